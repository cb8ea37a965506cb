/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/* Tests of the quantity analyzer: the scanner directly on table-driven
 * sentences (exact spans and features), then the plugin through the engine
 * on the fixture reports in tests/ against their .expected lists, then the
 * real report of the corpus when BAOGAO_CORPUS_DIR is set.
 *
 * Usage: test-quantity [GTest options] FIXTURE-DIR */

#include <baogao/baogao.h>
#include <string.h>

#include "quantity-scan.h"

static const char *fixture_dir;

/* {{{ Helpers */

/* A quantity as one line: span, value, unit, normalized, base_unit,
 * approx, counted_by, tab-separated, "-" for an absent feature. */
static char *
format_line (const char           *span,
             gsize                 span_len,
             const char           *value,
             const char           *unit,
             const char           *normalized,
             const char           *base_unit,
             const char           *approx,
             const char           *counted_by)
{
  return g_strdup_printf ("%.*s\t%s\t%s\t%s\t%s\t%s\t%s", (int) span_len, span,
                          value, unit, normalized, base_unit,
                          approx ? approx : "-", counted_by ? counted_by : "-");
}

static char *
format_number (const QuantityNumber *n)
{
  if (n->is_int)
    return g_strdup_printf ("%" G_GINT64_FORMAT, n->i);
  return g_strdup_printf ("%g", n->d);
}

static gboolean
collect_match (const QuantityMatch *match,
               gpointer             user_data)
{
  struct { const char *text; GPtrArray *lines; } *data = user_data;
  g_autofree char *value = format_number (&match->value);
  g_autofree char *normalized = format_number (&match->normalized);

  g_assert_cmpuint (match->byte_start, <, match->byte_end);
  /* the lengths the analyzer passes on instead of measuring */
  g_assert_cmpuint (match->unit_len, ==, strlen (match->unit));
  g_assert_cmpuint (match->base_unit_len, ==, strlen (match->base_unit));
  if (match->counted_by != NULL)
    g_assert_cmpuint (match->counted_by_len, ==, strlen (match->counted_by));
  g_ptr_array_add (data->lines,
                   format_line (data->text + match->byte_start,
                                match->byte_end - match->byte_start,
                                value, match->unit, normalized, match->base_unit,
                                quantity_approx_to_string (match->approx),
                                match->counted_by));
  return TRUE;
}

static GPtrArray *
scan_lines (const char *text,
            gssize      len)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
  struct { const char *text; GPtrArray *lines; } data = { text, lines };

  quantity_scan (text, len < 0 ? strlen (text) : (gsize) len, collect_match, &data);
  return lines;
}

static void
assert_lines (const char *what,
              GPtrArray  *got,
              const char *const *expected,
              guint       n_expected)
{
  for (guint i = 0; i < MAX (got->len, n_expected); i++)
    {
      const char *g = i < got->len ? g_ptr_array_index (got, i) : "(none)";
      const char *e = i < n_expected ? expected[i] : "(none)";

      if (g_strcmp0 (g, e) != 0)
        {
          g_test_message ("%s: quantity %u: got “%s”, expected “%s”", what, i, g, e);
          g_test_fail ();
        }
    }
}

/* }}} */

/* {{{ Table-driven cases */

typedef struct {
  const char *text;
  /* span|value|unit|normalized|base_unit|approx|counted_by */
  const char *expected[8];
} Case;

static void
run_cases (const Case *cases,
           guint       n_cases)
{
  for (guint c = 0; c < n_cases; c++)
    {
      g_autoptr(GPtrArray) got = scan_lines (cases[c].text, -1);
      g_autoptr(GPtrArray) want = g_ptr_array_new_with_free_func (g_free);

      for (guint i = 0; i < G_N_ELEMENTS (cases[c].expected) && cases[c].expected[i]; i++)
        {
          g_auto(GStrv) f = g_strsplit (cases[c].expected[i], "|", -1);

          g_assert_cmpuint (g_strv_length (f), ==, 7);
          g_ptr_array_add (want, g_strjoinv ("\t", f));
        }
      assert_lines (cases[c].text, got, (const char *const *) want->pdata, want->len);
    }
}

static void
test_numerals (void)
{
  static const Case cases[] = {
    { "全年审议法规草案三十余件，通过其中十二件。",
      { "三十余件|30|件|30|件|more_than|-", "十二件|12|件|12|件|-|-" } },
    { "对条例草案进行了两次审议，一百二十三项建议已办结。",
      { "两次|2|次|2|次|-|-", "一百二十三项|123|项|123|项|-|-" } },
    { "代表中有三十余人来自基层，五百零二名代表出席。",
      { "三十余人|30|人|30|人|more_than|-", "五百零二名|502|名|502|名|-|-" } },
    { "制定地方性法规１２件，收到意见３０多条。",
      { "１２件|12|件|12|件|-|-", "３０多条|30|条|30|条|more_than|-" } },
    { "走访企业1,200家，召开座谈会12,345人次。",
      { "1,200家|1200|家|1200|家|-|-", "12,345人次|12345|人次|12345|人次|-|-" } },
    { "常委会组成人员每人联系２至３名代表，征集意见一两次。",
      { "３名|3|名|3|名|-|-", "一两次|1|次|1|次|about|-" } },
    { "各地建成站点十二万个，其中三四个示范点。",
      { "十二万个|12|万个|120000|个|-|-", "三四个|3|个|3|个|about|-" } },
  };

  run_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_magnitudes (void)
{
  static const Case cases[] = {
    { "接待群众1.2万人次，涉及资金3.5亿元。",
      { "1.2万人次|1.2|万人次|12000|人次|-|-", "3.5亿元|3.5|亿元|350000000|元|-|-" } },
    { "捐款捐物1200余万元，月浏览量达10万余人次。",
      { "1200余万元|1200|万元|12000000|元|more_than|-",
        "10万余人次|100000|人次|100000|人次|more_than|达" } },
    { "预算1.27万亿元，建成农田3千万亩，线路3千米。",
      { "1.27万亿元|1.27|万亿元|1270000000000|元|-|-",
        "3千万亩|3000|万亩|30000000|亩|-|-", "3千米|3|千米|3|千米|-|-" } },
    { "组织１．５万余名代表，培训二十余万人次。",
      { "１．５万余名|15000|名|15000|名|more_than|-",
        "二十余万人次|20|万人次|200000|人次|more_than|-" } },
  };

  run_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_percentages (void)
{
  static const Case cases[] = {
    { "代表满意率98.6%，出席率９８．６％。",
      { "98.6%|98.6|%|98.6|%|-|-", "９８．６％|98.6|%|98.6|%|-|-" } },
    { "占比提高5个百分点，同比增长1.5倍。",
      { "5个百分点|5|个百分点|5|个百分点|-|-", "1.5倍|1.5|倍|1.5|倍|-|-" } },
    { "办复率百分之百，满意率百分之九十五以上。",
      { "百分之百|100|%|100|%|-|-", "百分之九十五以上|95|%|95|%|more_than|-" } },
    { "青年干部人数接近在编干部总数的40%。",
      { "40%|40|%|40|%|nearly|-" } },
    /* Chinese decimals with 点 */
    { "满意率百分之九十八点五，增长六点五%，提高零点八个百分点。",
      { "百分之九十八点五|98.5|%|98.5|%|-|-", "六点五%|6.5|%|6.5|%|-|-",
        "零点八个百分点|0.8|个百分点|0.8|个百分点|-|-" } },
    { "惠及一点二万人次，投入三点五亿元，百分之零点五以上。",
      { "一点二万人次|1.2|万人次|12000|人次|-|-", "三点五亿元|3.5|亿元|350000000|元|-|-",
        "百分之零点五以上|0.5|%|0.5|%|more_than|-" } },
    /* tenths, and a digit of the hundredths after them (九成五: 95 %) */
    { "满意率近九成，办结率九成五以上。",
      { "近九成|9|成|90|%|nearly|-", "九成五以上|9.5|成|95|%|more_than|-" } },
    /* 点 that is no decimal point: times, points of a speech, idioms */
    { "十二点三十分开会，提出三点建议，两点一线，一点一滴。", { NULL } },
  };

  run_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_approx (void)
{
  static const Case cases[] = {
    { "近300人参加，约40%的代表发言，200人左右列席。",
      { "近300人|300|人|300|人|nearly|-", "约40%|40|%|40|%|about|-",
        "200人左右|200|人|200|人|about|-" } },
    { "500人以上参加，超过1000件，逾百人到场，将近两千名，接近80%。",
      { "500人以上|500|人|500|人|more_than|-", "超过1000件|1000|件|1000|件|more_than|-",
        "逾百人|100|人|100|人|more_than|-", "将近两千名|2000|名|2000|名|nearly|-",
        "接近80%|80|%|80|%|nearly|-" } },
    { "大约60家，上万人次，数十次，几百名，百余人，十几个。",
      { "大约60家|60|家|60|家|about|-", "上万人次|10000|人次|10000|人次|more_than|-",
        "数十次|10|次|10|次|more_than|-", "几百名|100|名|100|名|more_than|-",
        "百余人|100|人|100|人|more_than|-", "十几个|10|个|10|个|more_than|-" } },
    { "历时两个多月，座谈3个多小时，十来个单位，3年多。",
      { "两个多月|2|个月|2|个月|more_than|-", "3个多小时|3|小时|3|小时|more_than|-",
        "十来个|10|个|10|个|about|-", "3年多|3|年|3|年|more_than|-" } },
    /* 最近, 节约, 附近 are words, not approximations */
    { "节约经费30万元，附近5个村。",
      { "30万元|30|万元|300000|元|-|-", "5个|5|个|5|个|-|-" } },
    /* 法规约: 约 after the noun 法规 is "about"; 签约, 公约 stay words */
    { "清理法规约二十件，签约3个项目，公约5条。",
      { "约二十件|20|件|20|件|about|-", "3个|3|个|3|个|-|-", "5条|5|条|5|条|-|-" } },
    /* 约 before 有; 签约有 stays a word */
    { "约有12.6万人次提出意见，签约有3个项目。",
      { "约有12.6万人次|12.6|万人次|126000|人次|about|-", "3个|3|个|3|个|-|-" } },
  };

  run_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_counters (void)
{
  static const Case cases[] = {
    { "审议法规共12件，培训累计3000余人次，合计40项，达到95%以上。",
      { "12件|12|件|12|件|-|共", "3000余人次|3000|人次|3000|人次|more_than|累计",
        "40项|40|项|40|项|-|合计", "95%以上|95|%|95|%|more_than|达到" } },
    { "捐款达1200余万元，全年共有82人次，总计约2亿元。",
      { "1200余万元|1200|万元|12000000|元|more_than|达", "82人次|82|人次|82|人次|-|共有",
        "约2亿元|2|亿元|200000000|元|about|总计" } },
    /* 下达 is "to issue", 公共 is "public": no counter */
    { "下达5批资金，公共3个。",
      { "5批|5|批|5|批|-|-", "3个|3|个|3|个|-|-" } },
    /* letters counted; 封闭 is "closed" */
    { "处理来信117封，实行3封闭管理。",
      { "117封|117|封|117|封|-|-" } },
    /* laws counted each time one is inspected */
    { "检查法律法规实施情况31部次。",
      { "31部次|31|部次|31|部次|-|-" } },
  };

  run_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_time_spans (void)
{
  static const Case cases[] = {
    { "连续3年召开会议，前11个月完成40项，用两年时间，为期3天。",
      { "3年|3|年|3|年|-|-", "11个月|11|个月|11|个月|-|-", "40项|40|项|40|项|-|-",
        "两年|2|年|2|年|-|-", "3天|3|天|3|天|-|-" } },
    { "近五年，十余年，任期5年，5个工作日内。",
      { "五年|5|年|5|年|-|-", "十余年|10|年|10|年|more_than|-", "5年|5|年|5|年|-|-",
        "5个工作日|5|个工作日|5|个工作日|-|-" } },
    /* a time frame, a label and years are not spans */
    { "五年来，一年来，近3个月来，三年行动，2023年，二〇二四年，2022年度，80年代。", { NULL } },
  };

  run_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_exclusions (void)
{
  static const Case cases[] = {
    { "2024年1月26日在第十四届人民代表大会第二次会议上。", { NULL } },
    { "分获第31届新闻奖，十四届全国人大一次会议，省十四届人大二次会议。", { NULL } },
    { "省委十三届四次、五次全会，第一时间，第一议题，第三方。", { NULL } },
    /* (头 before a Chinese numeral is an ordinal too) */
    { "常委会把这部法律列为执法检查的头一项，头两年。", { NULL } },
    { "推进5G网络建设，80后、90后、00后干部，G20峰会，C919客机，第3.1节。", { NULL } },
    { "制定《关于第十四个五年规划和60条措施的决定》，《关于〈某某条例〉的决定》，"
      "《某某条例等十二部法规汇编》，《〈某某条例〉等12部法规释义》。", { NULL } },
    /* except the count of the laws a package decision changes, after the
     * first of them */
    { "通过《关于修改〈某某条例〉等十二部法规的决定》《关于废止〈某某办法〉等3件地方性法规的决定》。",
      { "十二部|12|部|12|部|-|-", "3件|3|件|3|件|-|-" } },
    { "落实“一要点三计划”，运用“四个体系”，即“两个制度、两类清单、一个办法”。", { NULL } },
    { "坚定拥护两个确立，做到两个维护，增强四个意识，中央八项规定，五位一体。", { NULL } },
    { "一个具体实践，一批项目，一把手，一年来，一府一委两院，鹤岗两市。", { NULL } },
    { "七台河市，千家万户，三番五次，成千上万人，亿万人民，老百姓，千方百计。", { NULL } },
    /* a lone 一 counts only where it ends its clause after an activity */
    { "开展专题询问一次。检查法律一部，召开座谈会一次、论证会两次。",
      { "一次|1|次|1|次|-|-", "一部|1|部|1|部|-|-", "一次|1|次|1|次|-|-",
        "两次|2|次|2|次|-|-" } },
    /* people once an occasion, the 次 in brackets */
    { "依法任免国家机关工作人员583人（次），服务群众11.6万人(次)。",
      { "583人（次）|583|人次|583|人次|-|-", "11.6万人(次)|11.6|万人次|116000|人次|-|-" } },
    /* the title counted, right before (not a title's own words) */
    { "修订《某某省物业管理条例》一件，废止《某某省农药管理条例》一件。",
      { "一件|1|件|1|件|-|-", "一件|1|件|1|件|-|-" } },
    { "学习《某某条例》一次性讲清，《某某办法》一个月内印发。", { NULL } },
    { "一次性解决，进行一次集中检查，每年一次，每季度召开一次，再一次，这一次，第一次。",
      { NULL } },
    /* one of each of the things listed before 各; not each one person */
    { "修订、废止单行条例各一件，开展专题询问、满意度测评各一次，正副组长各一名。",
      { "一件|1|件|1|件|-|-", "一次|1|次|1|次|-|-" } },
    { "常委会会议实行一月一次，联系代表一年至少一次，一般一次。", { NULL } },
    /* a lone 一次 after a verb of holding and its 了, before the activity
     * a report counts (not a one-off check of no such kind) */
    { "开展了一次专题询问，组织了一次执法检查，举行了一场立法听证会，进行了一次集中检查。",
      { "一次|1|次|1|次|-|-", "一次|1|次|1|次|-|-", "一场|1|场|1|场|-|-" } },
    /* 两项 standing for the items just counted, before the word that
     * sums them (not two items counted) */
    { "已解决的217件，列入计划解决的121件，两项合计占89.2%。开展专题询问两项。",
      { "217件|217|件|217|件|-|-", "121件|121|件|121|件|-|-", "89.2%|89.2|%|89.2|%|-|-",
        "两项|2|项|2|项|-|-" } },
    /* a slogan of lone ones, each counting another thing (not a list of
     * counts of one thing) */
    { "做到评议一次、规范一方、带动一片。其中修改一件、废止一件。开展执法检查一次、走访一百余家企业。",
      { "一件|1|件|1|件|-|-", "一件|1|件|1|件|-|-", "一次|1|次|1|次|-|-", "一百余家|100|家|100|家|more_than|-" } },
    /* 二次 as "second": a second round, not twice */
    { "对建议进行二次督办，法规草案二次审议，二次开发，开展专题询问二次。",
      { "二次|2|次|2|次|-|-" } },
    /* a lone 一 in a list of counted items, ending a clause after a
     * counted noun, or between a counted act and a law */
    { "对一部法律、两部法规实施情况开展执法检查，审议3件议案和一件决定。",
      { "一部|1|部|1|部|-|-", "两部|2|部|2|部|-|-", "3件|3|件|3|件|-|-",
        "一件|1|件|1|件|-|-" } },
    /* …or of a list of counts alone, after 分别 (not 一件一件) */
    { "制定、修改、废止法规分别为十一件、四件、一件。办好一件件实事，一件一件抓落实。",
      { "十一件|11|件|11|件|-|-", "四件|4|件|4|件|-|-", "一件|1|件|1|件|-|-" } },
    { "听取审议专项工作报告一个，检查一部法规，补选委员一名。",
      { "一个|1|个|1|个|-|-", "一部|1|部|1|部|-|-", "一名|1|名|1|名|-|-" } },
    /* …in 篇, 条, 份 too, ending its clause (not 一条主线, 一份力量) */
    { "形成调研报告一篇，提出意见建议一条，编印简报一份。坚持一条主线，贡献一份力量。",
      { "一篇|1|篇|1|篇|-|-", "一条|1|条|1|条|-|-", "一份|1|份|1|份|-|-" } },
    { "对一部法律实施情况开展执法检查，制定一部条例。",
      { "一部|1|部|1|部|-|-", "一部|1|部|1|部|-|-" } },
    /* (not a slogan of parallel ones) */
    { "做到检查一部法律、规范一个领域。", { NULL } },
    /* …after the verb's 了, and a document of a kind review corrects, the
     * law or document maybe after a clause of what it is (撤销了一件与上位
     * 法相抵触的规范性文件); not a thing done once (纠正了一件事) */
    { "依法撤销了一件与上位法相抵触的规范性文件，督促纠正一件规章，纠正了一件事，审查了一件文件。",
      { "一件|1|件|1|件|-|-", "一件|1|件|1|件|-|-" } },
    /* …a government's rules ending the clause (一件设区的市政府规章) */
    { "依法撤销了一件设区的市政府规章。审查了一件市政府关心的事。",
      { "一件|1|件|1|件|-|-" } },
    /* 之多 after a count, as many as: the count stands */
    { "主任会议有18次之多，专题询问次之。",
      { "18次|18|次|18|次|-|-" } },
    /* one person after a personnel decision */
    { "接受一名代表辞职，补选一位省人大代表，这一名代表，一位代表提出。",
      { "一名|1|名|1|名|-|-", "一位|1|位|1|位|-|-" } },
    /* one of the things counted before, which something was done to */
    { "审查文件20件，其中一件已督促纠正，对其中一件予以撤销，其中一件事值得注意，对其中一件提出纠正意见。",
      { "20件|20|件|20|件|-|-", "一件|1|件|1|件|-|-", "一件|1|件|1|件|-|-", "一件|1|件|1|件|-|-" } },
    /* …or one opening its clause, before such a verb (一件列入会议议程);
     * not one before a noun (，一件事) */
    { "代表提出议案三件，经审议，一件列入会议议程，一件事值得注意。表决通过法规3件，一件为修改。",
      { "三件|3|件|3|件|-|-", "一件|1|件|1|件|-|-", "3件|3|件|3|件|-|-", "一件|1|件|1|件|-|-" } },
    /* no count in the lone 一: set phrases, slogans, a list of lone 一 */
    { "一个重要，一部分代表、两部分，一批项目、两批，一件事，一项重要工作，"
      "一个中心、两个基本点，成熟一个、审议一个，其中一个，任何一个，一法一例，"
      "一事一议，一件一件，一个一个，是一部好法律，一部法律、一部法规，一件事、两件事。",
      { "两批|2|批|2|批|-|-", "两个|2|个|2|个|-|-", "两件|2|件|2|件|-|-" } },
    { "四个一批，五个一工程，连续3年位列全省前三名，十分重要，两位数增长。",
      { "3年|3|年|3|年|-|-" } },
    /* slogans in half-width quotes too */
    { "落实\"两个制度、一个办法\"，运用\"四个体系\"，\"十四五\"期间召开会议8次。",
      { "8次|8|次|8|次|-|-" } },
  };

  run_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_separators (void)
{
  static const Case cases[] = {
    /* half-width commas between clauses are not thousands separators */
    { "制定法规10件,修改4件,废止5件。",
      { "10件|10|件|10|件|-|-", "4件|4|件|4|件|-|-", "5件|5|件|5|件|-|-" } },
    { "议案7件,建议188件(含代表团建议3件)。",
      { "7件|7|件|7|件|-|-", "188件|188|件|188|件|-|-", "3件|3|件|3|件|-|-" } },
    /* 1,260 with a unit after it is one number; 3,500 without is a list */
    { "参加代表1,260人次,分别为3,500,另有12,3456件。",
      { "1,260人次|1260|人次|1260|人次|-|-", "3456件|3456|件|3456|件|-|-" } },
    /* full-width: the full-width comma between full-width digits; a
     * clause's comma stays one */
    { "收集意见１，８６０条，办理１２，０００件，制定法规１０件，修改４件。",
      { "１，８６０条|1860|条|1860|条|-|-", "１２，０００件|12000|件|12000|件|-|-",
        "１０件|10|件|10|件|-|-", "４件|4|件|4|件|-|-" } },
    { "增长6.3%,较上年1.5倍。",
      { "6.3%|6.3|%|6.3|%|-|-", "1.5倍|1.5|倍|1.5|倍|-|-" } },
    /* spaced out in web and print copies: 余, 多, 万 after a space */
    { "调研560 余人次，接待群众 1.2 万人次，收集意见3200 多条，2023 年。",
      { "560 余人次|560|人次|560|人次|more_than|-", "1.2 万人次|1.2|万人次|12000|人次|-|-",
        "3200 多条|3200|条|3200|条|more_than|-" } },
    /* …and 万余 after a space: the 万 is the number's (15万余人) */
    { "关注用户 15 万余人，收集意见 4 万多条。",
      { "15 万余人|150000|人|150000|人|more_than|-", "4 万多条|40000|条|40000|条|more_than|-" } },
    /* …and spaces between thousands, half-width, no-break or thin, the
     * digits of either width (a list of numbers without units stays
     * unread); not an ideographic space, which parts a table's columns */
    { "任免1 035人次，来信1\u202F200余件，办理１ ０３５件，审议\u00A02\u2009500件，编号12 345，表中12\u3000345件。",
      { "1 035人次|1035|人次|1035|人次|-|-", "1\u202F200余件|1200|件|1200|件|more_than|-",
        "１ ０３５件|1035|件|1035|件|-|-", "2\u2009500件|2500|件|2500|件|-|-",
        "345件|345|件|345|件|-|-" } },
    /* …and the digits of a copy that spaces out every character, one or
     * two after a lone space (not a thousands group): 1 0件 is ten, not
     * a count of 0 after a stray 1; a longer number before a space is no
     * such copy's (2023 12件) */
    { "制定法规1 0件，审议１ ２件，收到意见1 2 3 条，2023 12件。",
      { "1 0件|10|件|10|件|-|-", "１ ２件|12|件|12|件|-|-", "1 2 3 条|123|条|123|条|-|-",
        "12件|12|件|12|件|-|-" } },
    /* a table's row, its unit in a column of its own aligned with spaces
     * and ending the line (not a unit words go on after: 5      件法规) */
    { "审议法规草案      9      件\n开展执法检查  4    次\n代表建议 5      件法规",
      { "9      件|9|件|9|件|-|-", "4    次|4|次|4|次|-|-" } },
    /* …lone digits only, as many as they come; two digits after a lone
     * one are a table's next column (执法检查 5 12次) */
    { "接待群众1 2 0 0余人次，执法检查 5 12次。",
      { "1 2 0 0余人次|1200|人次|1200|人次|more_than|-", "12次|12|次|12|次|-|-" } },
    /* a count in 万 whose unit is left out, when the clause ends after it
     * (not when words go on: 15万群众参与); 突破 is past it */
    { "关注人数达15.6万，阅读量突破120万，超过30万。人口345万\n有15万群众参与。",
      { "15.6万|15.6|万|156000||-|达", "突破120万|120|万|1200000||more_than|-",
        "超过30万|30|万|300000||more_than|-",
        "345万|345|万|3450000||-|-" } },
  };

  run_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_units (void)
{
  static const Case cases[] = {
    { "5家企业，94家单位，2名代表，3名校长，其中3人为女性，办好10件民生实事。",
      { "5家|5|家|5|家|-|-", "94家|94|家|94|家|-|-", "2名|2|名|2|名|-|-",
        "3名|3|名|3|名|-|-", "3人|3|人|3|人|-|-", "10件|10|件|10|件|-|-" } },
    { "检查7部法律，抽调3名干部，开设6期青年讲堂，检查建筑110处，立案3起。",
      { "7部|7|部|7|部|-|-", "3名|3|名|3|名|-|-", "6期|6|期|6|期|-|-",
        "110处|110|处|110|处|-|-", "3起|3|起|3|起|-|-" } },
    /* 部门, 批准, 处理, 期间 are words */
    { "5部门联合，3批准，12处理，十一期间，二期工程。", { NULL } },
    /* lectures and classes */
    { "举办法治讲座八讲，讲授专题党课5堂，开发培训课程12门，累计培训32学时。",
      { "八讲|8|讲|8|讲|-|-", "5堂|5|堂|5|堂|-|-", "12门|12|门|12|门|-|-",
        "32学时|32|学时|32|学时|-|-" } },
    { "代表履职学习共安排课程40课时、示范课3节，每期10课。",
      { "40课时|40|课时|40|课时|-|-", "3节|3|节|3|节|-|-", "10课|10|课|10|课|-|-" } },
    /* festivals, slogans and names: 节 and 门 after a numeral only as units */
    { "春节前后，两节期间，三八节，二十四节气，三门峡市，五讲四美，三讲教育，第3讲。",
      { NULL } },
  };

  run_cases (cases, G_N_ELEMENTS (cases));
}

static gboolean
stop_first (const QuantityMatch *match,
            gpointer             user_data)
{
  guint *n = user_data;

  (*n)++;
  return FALSE;
}

static void
test_robustness (void)
{
  static const char *const inputs[] = {
    "",
    "10",
    "10件",
    "共",
    "《",
    "《10件",
    "“两个",
    "百分之",
    "1,",
    "1,23",
    "1.",
    "１",
    "\xef\xbc",             /* truncated full-width digit */
    "10\xe4\xbb",           /* truncated 件 */
    "\xff\xfe" "10件\x80\x80",
    "万万万万万万万万万万万万万万万万万万万万万万万万万万万万万万人",
    "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十个",
    "99999999999999999999999999件，9999999999.999999999亿元，999999亿亿亿元",
    "1.2.3.4件，..5件，，，３，，，",
  };
  g_autoptr(GString) big = g_string_new (NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  static const char *const pieces[] = {
    "共", "近", "约", "10", "１２", "．", ".", ",", "，", "万", "亿", "余", "多",
    "件", "人次", "%", "《", "》", "“", "”", "第", "两", "十", "百", "年", "来",
    "以上", "\n", "\n\n", "\xe4", "\x80", "个", "月", "百分之",
  };
  guint n = 0;

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr(GPtrArray) lines = scan_lines (inputs[i], -1);
      g_assert_cmpuint (lines->len, <=, 4);
    }

  /* random concatenations of the interesting pieces: no crash, spans
   * inside the text (checked by collect_match and ASan) */
  for (guint i = 0; i < 20000; i++)
    g_string_append (big, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);
  {
    g_autoptr(GPtrArray) lines = scan_lines (big->str, big->len);
    g_assert_cmpuint (lines->len, >, 0);
  }

  /* the callback can stop the scan */
  quantity_scan ("3件4件5件", strlen ("3件4件5件"), stop_first, &n);
  g_assert_cmpuint (n, ==, 1);

  /* text that is not NUL-terminated at its length */
  {
    g_autoptr(GPtrArray) lines = scan_lines ("10件以上", strlen ("10件"));
    g_assert_cmpuint (lines->len, ==, 1);
    g_assert_cmpstr (g_ptr_array_index (lines, 0), ==, "10件\t10\t件\t10\t件\t-\t-");
  }
}

/* }}} */

/* {{{ Through the engine */

static BaogaoEngine *
get_engine (void)
{
  static BaogaoEngine *engine = NULL;

  if (engine == NULL)
    {
      const char *path = g_getenv ("BAOGAO_PLUGIN_PATH");
      const char *dirs[] = { path, NULL };
      g_autoptr(GError) error = NULL;

      g_assert_nonnull (path);
      engine = baogao_engine_new_with_search_path (dirs);
      baogao_engine_select (engine, (const char *[]) { "quantity", NULL }, &error);
      g_assert_no_error (error);
    }

  return engine;
}

static char *
format_feature (BaogaoAnnotation *a,
                const char       *key)
{
  switch (baogao_annotation_get_feature_type (a, key))
    {
    case BAOGAO_VALUE_INT:
      return g_strdup_printf ("%" G_GINT64_FORMAT, baogao_annotation_get_int (a, key, 0));
    case BAOGAO_VALUE_DOUBLE:
      return g_strdup_printf ("%g", baogao_annotation_get_double (a, key, 0));
    case BAOGAO_VALUE_STRING:
      return g_strdup (baogao_annotation_get_string (a, key));
    case BAOGAO_VALUE_NONE:
    case BAOGAO_VALUE_BOOLEAN:
    default:
      return g_strdup ("-");
    }
}

/* The quantities of @text through the engine, as lines. */
static GPtrArray *
analyze_lines (const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BaogaoDocument) doc = NULL;
  g_autoptr(GPtrArray) anns = NULL;
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
  const char *message = NULL;

  doc = baogao_document_new (text, -1, &error);
  g_assert_no_error (error);
  baogao_engine_analyze (get_engine (), doc, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (baogao_document_get_analyzer_status (doc, "quantity", &message),
                   ==, BAOGAO_RUN_OK);

  anns = baogao_document_get_annotations (doc, "quantity");
  for (guint i = 0; i < anns->len; i++)
    {
      BaogaoAnnotation *a = g_ptr_array_index (anns, i);
      g_autofree char *span = baogao_annotation_dup_text (a);
      g_autofree char *value = format_feature (a, "value");
      g_autofree char *unit = format_feature (a, "unit");
      g_autofree char *normalized = format_feature (a, "normalized");
      g_autofree char *base_unit = format_feature (a, "base_unit");
      g_autofree char *approx = format_feature (a, "approx");
      g_autofree char *counted_by = format_feature (a, "counted_by");

      g_assert_cmpstr (baogao_annotation_get_analyzer (a), ==, "quantity");
      g_assert_cmpint (baogao_annotation_get_feature_type (a, "value"), !=, BAOGAO_VALUE_NONE);
      g_ptr_array_add (lines, format_line (span, strlen (span), value, unit, normalized,
                                           base_unit,
                                           strcmp (approx, "-") ? approx : NULL,
                                           strcmp (counted_by, "-") ? counted_by : NULL));
    }

  return lines;
}

static void
test_fixture (gconstpointer data)
{
  const char *name = data;
  g_autofree char *txt_path = NULL, *exp_path = NULL, *text = NULL, *expected = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) got = NULL;
  g_autoptr(GPtrArray) want = g_ptr_array_new ();
  g_auto(GStrv) lines = NULL;

  if (fixture_dir == NULL)
    {
      g_test_skip ("no fixture directory given");
      return;
    }
  txt_path = g_strdup_printf ("%s/%s.txt", fixture_dir, name);
  exp_path = g_strdup_printf ("%s/%s.expected", fixture_dir, name);
  g_file_get_contents (txt_path, &text, NULL, &error);
  g_assert_no_error (error);
  g_file_get_contents (exp_path, &expected, NULL, &error);
  g_assert_no_error (error);

  lines = g_strsplit (expected, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    if (lines[i][0] != '\0' && lines[i][0] != '#')
      g_ptr_array_add (want, lines[i]);

  got = analyze_lines (text);
  assert_lines (name, got, (const char *const *) want->pdata, want->len);

  /* the scanner alone gives the same */
  {
    g_autoptr(GPtrArray) direct = scan_lines (text, -1);
    assert_lines (name, direct, (const char *const *) want->pdata, want->len);
  }
}

static void
test_engine_types (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BaogaoDocument) doc = NULL;
  g_autoptr(GPtrArray) anns = NULL;
  BaogaoAnnotation *a;
  g_autofree char *span = NULL;

  doc = baogao_document_new ("全年捐款1200余万元，增长5.5%。", -1, &error);
  g_assert_no_error (error);
  baogao_engine_analyze (get_engine (), doc, NULL, &error);
  g_assert_no_error (error);
  anns = baogao_document_get_annotations (doc, "quantity");
  g_assert_cmpuint (anns->len, ==, 2);

  a = g_ptr_array_index (anns, 0);
  span = baogao_annotation_dup_text (a);
  g_assert_cmpstr (span, ==, "1200余万元");
  g_assert_cmpuint (baogao_annotation_get_start (a), ==, 4);
  g_assert_cmpuint (baogao_annotation_get_end (a), ==, 11);
  g_assert_cmpint (baogao_annotation_get_feature_type (a, "value"), ==, BAOGAO_VALUE_INT);
  g_assert_cmpint (baogao_annotation_get_int (a, "value", 0), ==, 1200);
  g_assert_cmpint (baogao_annotation_get_feature_type (a, "normalized"), ==, BAOGAO_VALUE_INT);
  g_assert_cmpint (baogao_annotation_get_int (a, "normalized", 0), ==, 12000000);
  g_assert_cmpstr (baogao_annotation_get_string (a, "unit"), ==, "万元");
  g_assert_cmpstr (baogao_annotation_get_string (a, "base_unit"), ==, "元");
  g_assert_cmpstr (baogao_annotation_get_string (a, "approx"), ==, "more_than");
  g_assert_false (baogao_annotation_has_feature (a, "counted_by"));

  a = g_ptr_array_index (anns, 1);
  g_assert_cmpint (baogao_annotation_get_feature_type (a, "value"), ==, BAOGAO_VALUE_DOUBLE);
  g_assert_cmpfloat_with_epsilon (baogao_annotation_get_double (a, "value", 0), 5.5, 1e-9);
  g_assert_false (baogao_annotation_has_feature (a, "approx"));
}

static void
test_corpus (void)
{
  const char *dir = g_getenv ("BAOGAO_CORPUS_DIR");
  g_autofree char *path = NULL, *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) lines = NULL;

  if (dir == NULL)
    {
      g_test_skip ("BAOGAO_CORPUS_DIR is not set");
      return;
    }
  path = g_build_filename (dir, "heilongjiang-2024.txt", NULL);
  if (!g_file_get_contents (path, &text, NULL, &error))
    {
      g_test_skip (error->message);
      return;
    }

  /* the gold lists 89 quantities; the scorer in tests/gold/ checks them
   * one by one, here only that the analyzer is in that region */
  lines = analyze_lines (text);
  g_test_message ("%u quantities", lines->len);
  g_assert_cmpuint (lines->len, >=, 85);
  g_assert_cmpuint (lines->len, <=, 93);
}

/* }}} */

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  if (argc > 1)
    fixture_dir = argv[1];

  g_test_add_func ("/quantity/scan/numerals", test_numerals);
  g_test_add_func ("/quantity/scan/magnitudes", test_magnitudes);
  g_test_add_func ("/quantity/scan/percentages", test_percentages);
  g_test_add_func ("/quantity/scan/approx", test_approx);
  g_test_add_func ("/quantity/scan/counters", test_counters);
  g_test_add_func ("/quantity/scan/time-spans", test_time_spans);
  g_test_add_func ("/quantity/scan/exclusions", test_exclusions);
  g_test_add_func ("/quantity/scan/separators", test_separators);
  g_test_add_func ("/quantity/scan/units", test_units);
  g_test_add_func ("/quantity/scan/robustness", test_robustness);
  g_test_add_data_func ("/quantity/engine/national", "national", test_fixture);
  g_test_add_data_func ("/quantity/engine/provincial", "provincial", test_fixture);
  g_test_add_data_func ("/quantity/engine/municipal", "municipal", test_fixture);
  g_test_add_func ("/quantity/engine/types", test_engine_types);
  g_test_add_func ("/quantity/engine/corpus", test_corpus);

  return g_test_run ();
}

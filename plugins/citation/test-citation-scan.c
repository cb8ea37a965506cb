/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/* Unit tests of the citation scanner's rules, without the engine. The
 * sentences are written for these tests, in the styles of several
 * provinces' and the national reports. */

#include <string.h>

#include <glib.h>

#include "citation-scan.h"

typedef struct
{
  const char *title;    /* expected title text */
  const char *kind;
  const char *level;    /* NULL: no level */
  int         parent;   /* index into the expectations, -1 for none */
  gboolean    split;
  gboolean    unbalanced;
} Expect;

typedef struct
{
  GArray *citations;
  GArray *gaps;
  char   *text;
} Result;

static void
result_clear (Result *r)
{
  g_clear_pointer (&r->citations, g_array_unref);
  g_clear_pointer (&r->gaps, g_array_unref);
  g_clear_pointer (&r->text, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Result, result_clear)

static void
scan (Result     *r,
      const char *text)
{
  r->text = g_strdup (text);
  r->citations = g_array_new (FALSE, FALSE, sizeof (Citation));
  r->gaps = g_array_new (FALSE, FALSE, sizeof (CitationGap));
  citation_scan (r->text, strlen (r->text), r->citations, r->gaps);
  citation_classify (r->text, strlen (r->text), r->citations, r->gaps);
}

static char *
title_of (const Result   *r,
          const Citation *c)
{
  char buf[CITATION_TITLE_MAX_BYTES];
  gsize len = citation_copy_title (r->text, c, r->gaps, buf, sizeof buf);

  return g_strndup (buf, len);
}

/* The citations sorted by start, as indices into r->citations */
static guint *
by_position (const Result *r)
{
  guint *order = g_new (guint, r->citations->len + 1);

  for (guint i = 0; i < r->citations->len; i++)
    order[i] = i;
  for (guint i = 1; i < r->citations->len; i++)
    for (guint k = i; k > 0; k--)
      {
        const Citation *a = &g_array_index (r->citations, Citation, order[k - 1]);
        const Citation *b = &g_array_index (r->citations, Citation, order[k]);

        if (a->start > b->start || (a->start == b->start && a->end < b->end))
          {
            guint t = order[k];
            order[k] = order[k - 1];
            order[k - 1] = t;
          }
      }
  return order;
}

/* Checks that @text yields exactly the @expect citations, in order of
 * position */
static void
check (const char   *text,
       const Expect *expect,
       guint         n_expect)
{
  g_auto(Result) r = { 0, };
  g_autofree guint *order = NULL;

  scan (&r, text);
  order = by_position (&r);

  if (r.citations->len != n_expect)
    {
      for (guint i = 0; i < r.citations->len; i++)
        {
          g_autofree char *t = title_of (&r, &g_array_index (r.citations, Citation, order[i]));

          g_test_message ("found: %s", t);
        }
    }
  g_assert_cmpuint (r.citations->len, ==, n_expect);

  for (guint i = 0; i < n_expect && i < r.citations->len; i++)
    {
      const Citation *c = &g_array_index (r.citations, Citation, order[i]);
      g_autofree char *t = title_of (&r, c);

      g_assert_cmpstr (t, ==, expect[i].title);
      g_assert_cmpstr (citation_kind_to_string (c->kind), ==, expect[i].kind);
      g_assert_cmpstr (citation_level_to_string (c->level), ==, expect[i].level);
      g_assert_cmpint (c->split, ==, expect[i].split);
      g_assert_cmpint (c->unbalanced, ==, expect[i].unbalanced);
      /* the span holds the brackets */
      g_assert_true (memcmp (text + c->start, "《", 3) == 0 || memcmp (text + c->start, "〈", 3) == 0);
      if (!c->unbalanced)
        g_assert_true (memcmp (text + c->end - 3, "》", 3) == 0 ||
                       memcmp (text + c->end - 3, "〉", 3) == 0);
      if (expect[i].parent < 0)
        g_assert_cmpint (c->parent, ==, -1);
      else
        {
          g_assert_cmpint (c->parent, >=, 0);
          g_assert_cmpuint ((guint) c->parent, ==, order[expect[i].parent]);
        }
    }
}

#define CHECK(text, ...) \
  G_STMT_START { \
    static const Expect e_[] = { __VA_ARGS__ }; \
    check ((text), e_, G_N_ELEMENTS (e_)); \
  } G_STMT_END

static void
test_simple (void)
{
  CHECK ("常委会认真贯彻实施《中华人民共和国立法法》，修改《四川省立法条例》。",
         { "中华人民共和国立法法", "law", "national", -1 },
         { "四川省立法条例", "regulation", "provincial", -1 });
}

static void
test_nested_angle (void)
{
  CHECK ("审议通过《全国人民代表大会常务委员会关于修改〈中华人民共和国全国人民代表大会组织法〉的决定》。",
         { "全国人民代表大会常务委员会关于修改〈中华人民共和国全国人民代表大会组织法〉的决定",
           "decision", "national", -1 },
         { "中华人民共和国全国人民代表大会组织法", "law", "national", 0 });
}

static void
test_nested_double (void)
{
  CHECK ("出台《省人大常委会党组贯彻落实《中共中央关于加强新时代人大工作的意见》的实施意见》和《关于〈代表法〉实施办法》。",
         { "省人大常委会党组贯彻落实《中共中央关于加强新时代人大工作的意见》的实施意见",
           "opinion", "provincial", -1 },
         { "中共中央关于加强新时代人大工作的意见", "opinion", "party", 0 },
         { "关于〈代表法〉实施办法", "rules", NULL, -1 },
         { "代表法", "law", "national", 2 });
}

static void
test_split_marker (void)
{
  const char *text =
    "制定并严格执行《市人大常委会关于加强和改进\n\n(下转第五版)\n\n（上接第四版）\n\n"
    "地方立法工作的若干规定》，推进立法工作制度化。";
  g_auto(Result) r = { 0, };
  const Citation *c;

  CHECK (text, { "市人大常委会关于加强和改进地方立法工作的若干规定", "rules", "municipal", -1, TRUE });

  scan (&r, text);
  c = &g_array_index (r.citations, Citation, 0);
  g_assert_cmpuint (c->start, ==, (gsize) (strstr (text, "《") - text));
  g_assert_cmpuint (c->end, ==, (gsize) (strstr (text, "》") - text) + 3);
}

static void
test_split_nested (void)
{
  /* the outer title cut after its first words, the inner one whole on the
   * next page */
  CHECK ("三是严格执行《自治区人大常委会党组\n\n落实《中共中央关于加强新时代人大工作的意见》的实施办法》和《机关工作规则》，推进各项工作。",
         { "自治区人大常委会党组落实《中共中央关于加强新时代人大工作的意见》的实施办法",
           "rules", "provincial", -1, TRUE },
         { "中共中央关于加强新时代人大工作的意见", "opinion", "party", 0 },
         { "机关工作规则", "rules", NULL, -1 });
}

static void
test_split_glued_markers (void)
{
  CHECK ("认真学习《习近平关于坚持和完善人民代表大会制度（下转第2版）\n（上接第1版）论述摘编》，深刻领会。",
         { "习近平关于坚持和完善人民代表大会制度论述摘编", "publication", NULL, -1, TRUE });
}

static void
test_split_refused (void)
{
  /* a sentence end before the break, a paragraph marker after it, or no
   * closing bracket on the next line: no join */
  CHECK ("组织学习《关于加强和改进人大工作。\n\n二是加强代表工作》。",
         { "关于加强和改进人大工作", "other", NULL, -1, FALSE, TRUE });
  CHECK ("组织学习《关于加强和改进人大工作\n\n二是加强代表工作》。",
         { "关于加强和改进人大工作", "other", NULL, -1, FALSE, TRUE });
  CHECK ("组织学习《关于加强和改进人大工作\n\n加强代表工作。修改《代表法》。",
         { "关于加强和改进人大工作", "other", NULL, -1, FALSE, TRUE },
         { "代表法", "law", "national", -1 });
}

static void
test_unbalanced (void)
{
  /* never swallows the rest */
  CHECK ("开展《重庆市物业管理条例执法检查，推动问题整改。审议《重庆市养老服务条例》。",
         { "重庆市物业管理条例执法检查", "other", "municipal", -1, FALSE, TRUE },
         { "重庆市养老服务条例", "regulation", "municipal", -1 });
  CHECK ("全文完《关于",
         { "关于", "other", NULL, -1, FALSE, TRUE });
  check ("句末《", NULL, 0);
  check ("《》与《 》", NULL, 0);
  CHECK ("》》〉stray《一》〉》",
         { "一", "other", NULL, -1 });
}

static void
test_cap (void)
{
  g_autoptr(GString) s = g_string_new ("开展《");
  g_auto(Result) r = { 0, };
  guint n_balanced = 0;

  for (guint i = 0; i < 500; i++)
    g_string_append (s, "加强");
  g_string_append (s, "》。修改《江苏省人民代表大会常务委员会议事规则》。");
  scan (&r, s->str);
  for (guint i = 0; i < r.citations->len; i++)
    {
      const Citation *c = &g_array_index (r.citations, Citation, i);

      if (!c->unbalanced)
        {
          n_balanced++;
          g_assert_cmpuint (c->end - c->start, <, CITATION_MAX_CHARS * 4);
        }
      else
        g_assert_cmpuint (c->title_end - c->title_start, <=, 60 * 3);
    }
  g_assert_cmpuint (n_balanced, ==, 1);
}

static void
test_mismatched (void)
{
  /* an inner 〈 left open: the outer title still closes */
  CHECK ("审议《关于修改〈浙江省电力条例的决定》。",
         { "关于修改〈浙江省电力条例的决定", "decision", NULL, -1 },
         { "浙江省电力条例的决定", "decision", "provincial", 0, FALSE, TRUE });
}

static void
test_kinds (void)
{
  static const struct { const char *title; const char *kind; } kinds[] = {
    { "立法法", "law" }, { "监督法", "law" }, { "代表法", "law" }, { "民法典", "law" },
    { "中华人民共和国宪法", "law" }, { "刑法修正案（十二）", "law" },
    { "湖北省实施〈中华人民共和国代表法〉办法", "regulation" }, { "工作方法", "other" },
    { "广东省食品安全条例", "regulation" }, { "广东省食品安全条例（修订草案）", "regulation" },
    { "关于加强经济工作监督的决定", "decision" }, { "关于批准预算的决议", "decision" },
    { "常务委员会议事规则", "rules" }, { "实施细则", "rules" }, { "学会章程", "rules" },
    { "代表履职管理办法", "rules" }, { "请示报告工作制度", "rules" },
    { "立法规划（2023—2027年）", "plan" }, { "年度工作要点", "plan" },
    { "十四五规划纲要", "plan" }, { "立法工作计划", "plan" }, { "实施方案", "plan" },
    { "关于加强新时代人大工作的意见", "opinion" }, { "实施意见", "opinion" },
    { "合作框架协议", "agreement" }, { "战略合作备忘录", "agreement" }, { "协同立法协定", "agreement" },
    { "人民日报", "publication" }, { "人民代表报", "publication" }, { "求是", "other" },
    { "习近平关于坚持和完善人民代表大会制度的思想论述摘编", "publication" },
    { "毛泽东文选", "publication" }, { "人大工作文件选编", "publication" },
    { "政府工作报告", "speech" }, { "在庆祝全国人民代表大会成立70周年大会上的讲话", "speech" },
    { "关于部分地区违规问题的通报", "other" }, { "统计公报", "other" },
    { "新时代人才振兴60条", "other" },
    /* laws whose last word before 法 is one that usually ends no law
     * (司法, 算法): a law all the same */
    { "中华人民共和国公司法", "law" }, { "公司法", "law" }, { "预算法", "law" },
    { "中华人民共和国预算法", "law" }, { "中华人民共和国合伙企业法", "law" },
    { "中华人民共和国银行业监督管理法", "law" }, { "中华人民共和国商业银行法", "law" },
    { "中华人民共和国工会法", "law" }, { "中华人民共和国红十字会法", "law" },
    { "中华人民共和国公司法（修订草案）", "law" },
    /* … and the near-misses that stay what they were */
    { "公正司法", "other" }, { "推荐算法", "other" }, { "中华人民共和国史话", "other" },
    /* 规定 and 办法 whose title tells a congress made them: a province's
     * act carrying out a law, a special zone's 规定, a congress's own */
    { "湖南省实施〈中华人民共和国土地管理法〉办法", "regulation" },
    { "厦门经济特区促进两岸融合发展若干规定", "regulation" },
    { "海南自由贸易港反消费欺诈规定", "regulation" },
    { "上海市浦东新区绿色金融发展若干规定", "regulation" },
    { "河南省人民代表大会常务委员会讨论决定重大事项的规定", "regulation" },
    /* … and the rules that stay rules: a government's, a committee's
     * work rules, a party group's, the central ones, a bare 实施办法 */
    { "海南自由贸易港国际船舶登记管理办法", "rules" },
    { "省人大常委会机关内部请示汇报工作办法", "rules" },
    { "河南省人大常委会党组议事规定", "rules" },
    { "全国人民代表大会常务委员会关于县级以下人民代表大会代表直接选举的若干规定", "rules" },
    { "湖北省医疗机构管理实施办法", "rules" }, { "关于〈代表法〉实施办法", "rules" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      CitationKind k = citation_kind_of_title (kinds[i].title, strlen (kinds[i].title));

      if (g_strcmp0 (citation_kind_to_string (k), kinds[i].kind) != 0)
        g_printerr ("%s\n", kinds[i].title);
      g_assert_cmpstr (citation_kind_to_string (k), ==, kinds[i].kind);
    }
}

static void
test_context (void)
{
  CHECK ("为常委会组成人员订阅《中国人大》《民主与法制》等报刊杂志。",
         { "中国人大", "publication", NULL, -1 },
         { "民主与法制", "publication", NULL, -1 });
  CHECK ("在《法治日报》、《求是》等中央媒体上刊发报道。",
         { "法治日报", "publication", NULL, -1 },
         { "求是", "publication", NULL, -1 });
  CHECK ("与省广播电视台合作开设《代表风采》栏目。",
         { "代表风采", "publication", NULL, -1 });
  CHECK ("在《人民之友》刊发理论文章12篇。",
         { "人民之友", "publication", NULL, -1 });
  CHECK ("在全国人大座谈会上作了题为《坚持守正创新 推动地方立法高质量发展》的交流发言。",
         { "坚持守正创新 推动地方立法高质量发展", "speech", NULL, -1 });
  CHECK ("主任会议成员作《深入学习贯彻党的二十大精神》的专题辅导报告。",
         { "深入学习贯彻党的二十大精神", "speech", NULL, -1 });
  /* a context does not change a title that tells its kind */
  CHECK ("在《关于加强预算审查监督的决定》实施中。",
         { "关于加强预算审查监督的决定", "decision", NULL, -1 });
  /* nor a title whose context says nothing */
  CHECK ("开展《新时代人才振兴60条》落实情况的专题调研。",
         { "新时代人才振兴60条", "other", NULL, -1 });
}

/* 规定 and 办法 a congress passed, by their context, are regulations;
 * a government's, a chairpersons' meeting's or a party group's are not */
static void
test_congress_rules (void)
{
  CHECK ("省十四届人大常委会第五次会议审议通过《湖南省优化营商环境规定》。",
         { "湖南省优化营商环境规定", "regulation", "provincial", -1 });
  CHECK ("《湖南省物业服务规定》经省人大常委会第六次会议表决通过。",
         { "湖南省物业服务规定", "regulation", "provincial", -1 });
  CHECK ("出台《湖南省社会信用条例》《湖南省反消费欺诈规定》等法规。",
         { "湖南省社会信用条例", "regulation", "provincial", -1 },
         { "湖南省反消费欺诈规定", "regulation", "provincial", -1 });
  CHECK ("作出关于废止《湖南省农业机械管理办法》等三件地方性法规的决定。",
         { "湖南省农业机械管理办法", "regulation", "provincial", -1 });
  CHECK ("审查批准《长沙市养犬管理规定》。",
         { "长沙市养犬管理规定", "regulation", "municipal", -1 });
  /* near misses */
  CHECK ("《湖南省停车管理办法》经省政府常务会议审议通过。",
         { "湖南省停车管理办法", "rules", "provincial", -1 });
  CHECK ("主任会议通过《湖南省人大常委会代表联络办法》。",
         { "湖南省人大常委会代表联络办法", "rules", "provincial", -1 });
  CHECK ("省政府出台《湖南省公共资源交易管理办法》。",
         { "湖南省公共资源交易管理办法", "rules", "provincial", -1 });
  CHECK ("废止《湖南省医疗机构管理实施办法》。",
         { "湖南省医疗机构管理实施办法", "rules", "provincial", -1 });
  CHECK ("清理《湖南省城市供水管理办法》等法规规章。",
         { "湖南省城市供水管理办法", "rules", "provincial", -1 });
  CHECK ("常委会党组审议通过《湖南省人大常委会党组工作规则》和《湖南省人大常委会机关管理办法》。",
         { "湖南省人大常委会党组工作规则", "rules", "provincial", -1 },
         { "湖南省人大常委会机关管理办法", "rules", "provincial", -1 });
}

static void
test_levels (void)
{
  CHECK ("《中华人民共和国各级人民代表大会常务委员会监督法》《国务院关于加强审计工作的意见》"
         "《中共中央关于加强新时代人大工作的意见》《省委关于加强人大工作的意见》"
         "《河南省人民代表大会常务委员会关于加强国有资产管理情况监督的决定》"
         "《郑州市人民代表大会常务委员会议事规则》《关于加强城市建设的意见》",
         { "中华人民共和国各级人民代表大会常务委员会监督法", "law", "national", -1 },
         { "国务院关于加强审计工作的意见", "opinion", "national", -1 },
         { "中共中央关于加强新时代人大工作的意见", "opinion", "party", -1 },
         { "省委关于加强人大工作的意见", "opinion", "party", -1 },
         { "河南省人民代表大会常务委员会关于加强国有资产管理情况监督的决定", "decision", "provincial", -1 },
         { "郑州市人民代表大会常务委员会议事规则", "rules", "municipal", -1 },
         { "关于加强城市建设的意见", "opinion", NULL, -1 });
}

static void
test_copy_title_small_buffer (void)
{
  const char *text = "《加强人大工作》";
  g_auto(Result) r = { 0, };
  char buf[8];
  gsize len;

  scan (&r, text);
  g_assert_cmpuint (r.citations->len, ==, 1);
  len = citation_copy_title (r.text, &g_array_index (r.citations, Citation, 0), r.gaps,
                             buf, sizeof buf);
  g_assert_cmpuint (len, ==, 6);
  g_assert_cmpstr (buf, ==, "加强");
}

static const char *fuzz_pieces[] = {
  "《", "》", "〈", "〉", "\n", "\n\n", " ", "　", "(下转第五版)", "（上接第一版）", "(", "）",
  "。", "，", "二是", "（一）", "各位代表", "关于", "条例", "的决定", "人民日报", "订阅", "题为",
  "的讲话", "等媒体", "法", "办法", "栏目", "、", "中华人民共和国", "省", "市人大",
};

static void
test_fuzz (void)
{
  GRand *rand = g_rand_new_with_seed (42);
  guint iterations = g_test_slow () ? 200000 : 20000;

  for (guint it = 0; it < iterations; it++)
    {
      g_autoptr(GString) s = g_string_new (NULL);
      g_auto(Result) r = { 0, };
      guint n = (guint) g_rand_int_range (rand, 0, 80);
      gboolean bytes = g_rand_int_range (rand, 0, 5) == 0;

      for (guint k = 0; k < n; k++)
        {
          if (bytes && g_rand_int_range (rand, 0, 6) == 0)
            g_string_append_c (s, (char) g_rand_int_range (rand, 1, 256));
          else
            g_string_append (s, fuzz_pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (fuzz_pieces))]);
        }
      scan (&r, s->str);

      for (guint i = 0; i < r.citations->len; i++)
        {
          const Citation *c = &g_array_index (r.citations, Citation, i);
          g_autofree char *t = title_of (&r, c);

          g_assert_cmpuint (c->start, <, c->end);
          g_assert_cmpuint (c->end, <=, s->len);
          g_assert_cmpuint (c->title_start, ==, c->start + 3);
          g_assert_cmpuint (c->title_start, <=, c->title_end);
          g_assert_cmpuint (c->title_end, <=, c->end);
          g_assert_true (c->parent < (gint) r.citations->len);
          if (c->parent >= 0)
            {
              const Citation *p = &g_array_index (r.citations, Citation, c->parent);

              g_assert_cmpuint (p->start, <, c->start);
              g_assert_cmpuint (p->end, >=, c->end);
            }
          if (!bytes)
            {
              g_assert_true (g_utf8_validate (t, -1, NULL));
              g_assert_true (g_utf8_validate_len (s->str + c->start, c->end - c->start, NULL));
            }
        }
    }
  g_rand_free (rand);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_set_nonfatal_assertions ();

  g_test_add_func ("/citation-scan/simple", test_simple);
  g_test_add_func ("/citation-scan/nested-angle", test_nested_angle);
  g_test_add_func ("/citation-scan/nested-double", test_nested_double);
  g_test_add_func ("/citation-scan/split-marker", test_split_marker);
  g_test_add_func ("/citation-scan/split-nested", test_split_nested);
  g_test_add_func ("/citation-scan/split-glued-markers", test_split_glued_markers);
  g_test_add_func ("/citation-scan/split-refused", test_split_refused);
  g_test_add_func ("/citation-scan/unbalanced", test_unbalanced);
  g_test_add_func ("/citation-scan/cap", test_cap);
  g_test_add_func ("/citation-scan/mismatched", test_mismatched);
  g_test_add_func ("/citation-scan/kinds", test_kinds);
  g_test_add_func ("/citation-scan/context", test_context);
  g_test_add_func ("/citation-scan/levels", test_levels);
  g_test_add_func ("/citation-scan/congress-rules", test_congress_rules);
  g_test_add_func ("/citation-scan/copy-title-small-buffer", test_copy_title_small_buffer);
  g_test_add_func ("/citation-scan/fuzz", test_fuzz);

  return g_test_run ();
}

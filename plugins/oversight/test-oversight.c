/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/* The oversight analyzer: its scanner alone on short sentences, then the
 * plugin run by the engine on report excerpts written for these tests
 * (tests/NAME.txt, in the styles of a national, a provincial, a municipal and
 * an autonomous-region report) against the facts listed beside them
 * (tests/NAME.expected), and on the sample corpus when BAOGAO_CORPUS_DIR is
 * set. Usage: test-oversight [GTEST OPTIONS] FIXTURE_DIR */

#include <locale.h>
#include <string.h>

#include <baogao/baogao.h>
#include <json-glib/json-glib.h>

#include "oversight-scan.h"

static const char *fixture_dir;

/* ------------------------------------------------------------------ */
/* The scanner alone                                                    */

typedef struct
{
  GArray  *activities;
  GString *subjects;
} Result;

static void
result_clear (Result *r)
{
  g_clear_pointer (&r->activities, g_array_unref);
  if (r->subjects != NULL)
    g_string_free (g_steal_pointer (&r->subjects), TRUE);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Result, result_clear)

static void
scan (const char *text,
      gssize      length,
      Result     *r)
{
  r->activities = g_array_new (FALSE, FALSE, sizeof (OversightActivity));
  r->subjects = g_string_new (NULL);
  oversight_scan (text, length < 0 ? strlen (text) : (gsize) length, NULL, NULL,
                  r->activities, r->subjects);
}

static char *
subject_of (const Result            *r,
            const OversightActivity *a)
{
  return g_strndup (r->subjects->str + a->subject_offset, a->subject_len);
}

/* The activity of @kind with @subject (NULL: none), or NULL */
static const OversightActivity *
find (const Result  *r,
      OversightKind  kind,
      const char    *subject)
{
  for (guint i = 0; i < r->activities->len; i++)
    {
      const OversightActivity *a = &g_array_index (r->activities, OversightActivity, i);
      g_autofree char *s = subject_of (r, a);

      if (a->kind == kind && g_strcmp0 (subject ? subject : "", s) == 0)
        return a;
    }
  return NULL;
}

static void
dump (const Result *r)
{
  for (guint i = 0; i < r->activities->len; i++)
    {
      const OversightActivity *a = &g_array_index (r->activities, OversightActivity, i);
      g_autofree char *s = subject_of (r, a);

      g_test_message ("  %s [%s]", oversight_kind_to_string (a->kind), s);
    }
}

static void
assert_activity (const char    *text,
                 OversightKind  kind,
                 const char    *subject)
{
  g_auto(Result) r = { 0, };

  scan (text, -1, &r);
  if (find (&r, kind, subject) == NULL)
    {
      g_test_message ("in %s: no %s [%s]; found:", text, oversight_kind_to_string (kind),
                      subject ? subject : "");
      dump (&r);
      g_test_fail ();
    }
}

static void
assert_none (const char *text)
{
  g_auto(Result) r = { 0, };

  scan (text, -1, &r);
  if (r.activities->len != 0)
    {
      g_test_message ("in %s: expected nothing, found:", text);
      dump (&r);
      g_test_fail ();
    }
}

static void
test_scan_phrasings (void)
{
  /* laws in 《》, bare, before 实施情况, a national law with its
   * provincial regulation */
  assert_activity ("开展《中华人民共和国土地管理法》《某某省土地管理条例》执法检查。",
                   OVERSIGHT_LAW_INSPECTION, "中华人民共和国土地管理法;某某省土地管理条例");
  assert_activity ("检查了教育法、教师法的实施情况。", OVERSIGHT_LAW_INSPECTION, "教育法;教师法");
  assert_activity ("对就业促进法和对外贸易法贯彻实施情况开展执法检查。",
                   OVERSIGHT_LAW_INSPECTION, "就业促进法;对外贸易法");
  assert_activity ("开展森林保护“一法一例”执法检查。", OVERSIGHT_LAW_INSPECTION,
                   "森林保护“一法一例”");
  assert_activity ("开展为期两个月的民法典执法检查。", OVERSIGHT_LAW_INSPECTION, "民法典");
  assert_activity ("围绕《某某市文明行为促进条例》的实施情况，开展执法检查。",
                   OVERSIGHT_LAW_INSPECTION, "某某市文明行为促进条例");
  assert_activity ("开展执法检查，重点检查《某某省河道管理条例》实施情况。",
                   OVERSIGHT_LAW_INSPECTION, "某某省河道管理条例");
  assert_activity ("开展水法、防洪法和省实施水法办法执法检查。", OVERSIGHT_LAW_INSPECTION,
                   "水法;防洪法;省实施水法办法");
  assert_activity ("全国人大常委会执法检查组检查了食品安全法、农产品质量安全法的实施情况。",
                   OVERSIGHT_LAW_INSPECTION, "食品安全法;农产品质量安全法");
  assert_activity ("常委会对食品安全法、药品管理法等5部法律实施情况进行了检查。",
                   OVERSIGHT_LAW_INSPECTION, "食品安全法;药品管理法");
  assert_activity ("开展关于加强自然保护地管理的决定执法检查。", OVERSIGHT_LAW_INSPECTION,
                   "关于加强自然保护地管理的决定");
  assert_activity ("开展草原法和自治区草原管理条例“一法一条例”执法检查。",
                   OVERSIGHT_LAW_INSPECTION, "草原法;自治区草原管理条例");
  assert_activity ("配合全国人大常委会对某某省贯彻实施安全生产法情况进行检查。",
                   OVERSIGHT_LAW_INSPECTION, "安全生产法");
  assert_activity ("围绕黄河保护法实施一周年开展执法检查。", OVERSIGHT_LAW_INSPECTION,
                   "黄河保护法");
  assert_activity ("开展水法实施办法执法检查。", OVERSIGHT_LAW_INSPECTION, "水法实施办法");
  /* a pair named only by its label: no law read */
  assert_activity ("开展“一法一例”执法检查。", OVERSIGHT_LAW_INSPECTION, NULL);

  assert_activity ("听取和审议市政府关于教育工作情况的报告。", OVERSIGHT_WORK_REPORT, "教育工作");
  assert_activity ("听取审议省高级人民法院关于行政审判工作情况的专项报告。",
                   OVERSIGHT_WORK_REPORT, "行政审判工作");
  assert_activity ("首次听取审议全省国有资产管理情况综合报告。", OVERSIGHT_WORK_REPORT,
                   "全省国有资产管理");
  assert_activity ("听取和审议省人民政府关于计划执行情况的报告、关于预算执行情况的报告。",
                   OVERSIGHT_WORK_REPORT, "预算执行");
  assert_activity ("开展政府债务管理制度的建立和实施情况专项督查。", OVERSIGHT_INVESTIGATION,
                   "政府债务管理制度的建立和实施");
  assert_activity ("开展省本级规章、规范性文件合法性审查。", OVERSIGHT_FILING_REVIEW,
                   "省本级规章、规范性文件");
  assert_activity ("结合审议省政府关于养老服务工作情况的报告开展专题询问。",
                   OVERSIGHT_SPECIAL_INQUIRY, "养老服务工作");
  assert_activity ("听取和审议省高级人民法院关于知识产权审判工作情况的报告并开展专题询问。",
                   OVERSIGHT_SPECIAL_INQUIRY, "知识产权审判工作");
  assert_activity ("就优化营商环境开展专题询问。", OVERSIGHT_SPECIAL_INQUIRY, "优化营商环境");
  assert_activity ("开展养老服务体系建设情况专题询问。", OVERSIGHT_SPECIAL_INQUIRY,
                   "养老服务体系建设");
  assert_activity ("围绕耕地保护开展专题调研。", OVERSIGHT_INVESTIGATION, "耕地保护");
  assert_activity ("对全市水库安全进行视察。", OVERSIGHT_INVESTIGATION, "全市水库安全");
  assert_activity ("对市政府规章进行备案审查。", OVERSIGHT_FILING_REVIEW, "市政府规章");
  assert_activity ("围绕食品安全开展问卷调查。", OVERSIGHT_SURVEY, "食品安全");
  assert_activity ("作出关于加强知识产权保护工作的决议。", OVERSIGHT_RESOLUTION,
                   "加强知识产权保护工作");

  /* what is not oversight */
  assert_none ("作出人事任免决定。");
  assert_none ("决定任命张某为副市长。");
  assert_none ("习近平总书记视察我省时强调。");
  assert_none ("深入开展大调研活动，形成调研报告。");
  assert_none ("开展立法调研。");
  assert_none ("通过了解群众需求，改进工作。");
}

/* Does an activity of @text have a subject holding @piece? */
static void
assert_no_subject_with (const char *text,
                        const char *piece)
{
  g_auto(Result) r = { 0, };

  scan (text, -1, &r);
  for (guint i = 0; i < r.activities->len; i++)
    {
      const OversightActivity *a = &g_array_index (r.activities, OversightActivity, i);
      g_autofree char *s = subject_of (&r, a);

      if (strstr (s, piece) != NULL)
        {
          g_test_message ("in %s: a subject holds %s:", text, piece);
          dump (&r);
          g_test_fail ();
          return;
        }
    }
}

/* The number of activities of @kind in @text */
static guint
count_kind (const char    *text,
            OversightKind  kind)
{
  g_auto(Result) r = { 0, };
  guint n = 0;

  scan (text, -1, &r);
  for (guint i = 0; i < r.activities->len; i++)
    if (g_array_index (r.activities, OversightActivity, i).kind == kind)
      n++;
  return n;
}

/* An activity's subject comes from its own clause: not from a summary
 * clause nearby, not the bodies reporting, not a count */
static void
test_scan_own_clause (void)
{
  /* the counts and bodies of a summary of work reports */
  static const char luoyang[] =
    "听取审议市政府专项工作报告8个、市中级人民法院和市人民检察院专项工作报告各1个；"
    "对《中华人民共和国安全生产法》《河南省安全生产条例》实施情况开展执法检查；"
    "开展专题询问1次；围绕优化营商环境、乡村振兴开展专题调研6项。";
  static const char national[] =
    "全年听取审议国务院、国家监察委员会、最高人民法院、最高人民检察院工作报告19个，"
    "检查6部法律实施情况，开展专题询问2次、专题调研5项，作出决议1项。";
  static const char municipal[] =
    "全年听取和审议市政府、市监察委、市高级人民法院、市人民检察院专项工作报告23项，"
    "检查7部法律法规实施情况，开展专题询问3次。";
  static const char prefecture[] =
    "全年听取和审议州人民政府、州中级人民法院、州人民检察院工作报告11项，组织执法检查3次，"
    "开展专题询问一次，对8个县市开展视察。";

  assert_activity (luoyang, OVERSIGHT_WORK_REPORT, NULL);
  assert_activity (luoyang, OVERSIGHT_SPECIAL_INQUIRY, NULL);
  assert_no_subject_with (luoyang, "8个");
  assert_no_subject_with (luoyang, "法院");
  assert_activity (national, OVERSIGHT_WORK_REPORT, NULL);
  assert_activity (national, OVERSIGHT_SPECIAL_INQUIRY, NULL);
  assert_no_subject_with (national, "法院");
  assert_activity (municipal, OVERSIGHT_SPECIAL_INQUIRY, NULL);
  assert_no_subject_with (municipal, "法院");
  assert_activity (prefecture, OVERSIGHT_SPECIAL_INQUIRY, NULL);
  assert_activity (prefecture, OVERSIGHT_INVESTIGATION, NULL);
  assert_no_subject_with (prefecture, "法院");
  assert_no_subject_with (prefecture, "县市");
  /* a report heard further back, or an inquiry counted, is not what
   * the inquiry was on */
  assert_activity ("听取和审议省政府关于养老服务工作情况的报告，检查老年人权益保障法实施情况，"
                   "开展专题询问。", OVERSIGHT_SPECIAL_INQUIRY, NULL);
  assert_activity ("听取和审议省政府关于养老服务工作情况的报告，开展专题询问2次。",
                   OVERSIGHT_SPECIAL_INQUIRY, NULL);
  /* near misses: the report heard in the clause just before, or in the
   * same clause, is */
  assert_activity ("结合审议国务院关于金融工作情况的报告，开展专题询问；就推动乡村振兴开展专题调研。",
                   OVERSIGHT_SPECIAL_INQUIRY, "金融工作");
  assert_activity ("听取和审议省人民政府关于生态环境保护工作情况的报告，并开展专题询问。",
                   OVERSIGHT_SPECIAL_INQUIRY, "生态环境保护工作");
  assert_activity ("听取和审议州中级人民法院关于行政审判工作情况的报告。", OVERSIGHT_WORK_REPORT,
                   "行政审判工作");
  assert_activity ("对8个县市的重点项目开展视察。", OVERSIGHT_INVESTIGATION, "县市的重点项目");

  /* 报告 as one kind of business of an agenda total: no report heard */
  g_assert_cmpuint (count_kind ("审议法律案、决定案和报告等63项。", OVERSIGHT_WORK_REPORT), ==, 0);
  g_assert_cmpuint (count_kind ("审议法规、决定、报告等议题102项。", OVERSIGHT_WORK_REPORT), ==, 0);
  /* 议案报告: the bills and reports deliberated, no report on 议案 */
  g_assert_cmpuint (count_kind ("审议议案报告98件。", OVERSIGHT_WORK_REPORT), ==, 0);
  g_assert_cmpuint (count_kind ("审议法规案报告等45件。", OVERSIGHT_WORK_REPORT), ==, 0);
  /* near miss: a report on the bills is one */
  assert_activity ("听取审议代表议案办理情况的报告。", OVERSIGHT_WORK_REPORT, "代表议案办理");
  /* the set of bodies reporting, in any quotes, is no topic */
  assert_activity ("听取审议\"一府一委两院\"专项工作报告18个。", OVERSIGHT_WORK_REPORT, NULL);
  assert_no_subject_with ("听取审议\"一府一委两院\"专项工作报告18个。", "一府");
  assert_activity ("听取审议“一府两院”专项工作报告12个。", OVERSIGHT_WORK_REPORT, NULL);
  assert_no_subject_with ("听取审议「一府一委两院」工作报告9个。", "一府");
  assert_no_subject_with ("听取审议‘一府一委两院’工作报告9个。", "两院");
  /* near miss: the topic after the bodies is */
  assert_activity ("听取审议\"一府两院\"关于优化营商环境工作情况的报告。", OVERSIGHT_WORK_REPORT,
                   "优化营商环境工作");
  /* near miss: two reports joined by 和 */
  assert_activity ("听取审议审计工作报告和审计查出问题整改情况报告。", OVERSIGHT_WORK_REPORT,
                   "审计工作");
  assert_activity ("听取审议审计工作报告和审计查出问题整改情况报告。", OVERSIGHT_WORK_REPORT,
                   "审计查出问题整改");

  /* a kind of work is no subject (执法调研) */
  assert_activity ("开展执法检查和执法调研六次。", OVERSIGHT_INVESTIGATION, NULL);
  assert_no_subject_with ("开展执法检查和执法调研六次。", "执法");

  /* participants are not what was inspected */
  assert_activity ("组织部分县人大代表视察猕猴桃标准化示范园6个。", OVERSIGHT_INVESTIGATION, NULL);
  assert_no_subject_with ("组织部分县人大代表视察猕猴桃标准化示范园6个。", "代表");
}

/* The documents reviewed, without their counts; one review for the
 * documents of several bodies */
static void
test_scan_filing_counts (void)
{
  static const char two_bodies[] =
    "对市政府报送的38件政府规章和区人大常委会报送的126件规范性文件进行备案审查，"
    "对存在问题的4件提出纠正意见。";

  assert_activity ("对市政府报送备案的规范性文件14件进行审查。", OVERSIGHT_FILING_REVIEW,
                   "市政府报送备案的规范性文件");
  assert_activity ("对州政府报送备案的规范性文件十六件进行审查。", OVERSIGHT_FILING_REVIEW,
                   "州政府报送备案的规范性文件");
  assert_activity ("对州政府报送的16件规范性文件进行备案审查。", OVERSIGHT_FILING_REVIEW,
                   "州政府报送的规范性文件");
  assert_activity (two_bodies, OVERSIGHT_FILING_REVIEW,
                   "市政府报送的政府规章和区人大常委会报送的规范性文件");
  g_assert_cmpuint (count_kind (two_bodies, OVERSIGHT_FILING_REVIEW), ==, 1);
  /* a subject whose count was left out is no slice of the text */
  {
    g_auto(Result) r = { 0, };
    const OversightActivity *a;

    scan (two_bodies, -1, &r);
    a = find (&r, OVERSIGHT_FILING_REVIEW, "市政府报送的政府规章和区人大常委会报送的规范性文件");
    g_assert_nonnull (a);
    if (a != NULL)
      g_assert_cmpuint (a->subject_start, ==, G_MAXSIZE);
  }

  /* near misses: numbers that are no counts */
  assert_activity ("对2023年以来报送的规范性文件进行备案审查。", OVERSIGHT_FILING_REVIEW,
                   "2023年以来报送的规范性文件");
  assert_activity ("开展《新时代人才振兴60条》落实情况专题调研。", OVERSIGHT_INVESTIGATION,
                   "《新时代人才振兴60条》");
  assert_activity ("围绕高效办成一件事开展专题调研。", OVERSIGHT_INVESTIGATION, "高效办成一件事");
  assert_activity ("开展全省5G网络建设情况专题调研。", OVERSIGHT_INVESTIGATION, "全省5G网络建设");
}

/* The laws of an inspection listed after a colon */
static void
test_scan_colon_list (void)
{
  assert_activity ("执法检查对象：《中华人民共和国长江保护法》《上海市生活垃圾管理条例》"
                   "《上海市优化营商环境条例》。", OVERSIGHT_LAW_INSPECTION,
                   "中华人民共和国长江保护法;上海市生活垃圾管理条例;上海市优化营商环境条例");
  assert_activity ("开展执法检查：种子法、湿地保护法。", OVERSIGHT_LAW_INSPECTION,
                   "种子法;湿地保护法");
  /* near misses: a count after the colon; laws in the next sentence */
  /* (the laws listed, then their count: 共4部法律、法规) */
  assert_activity ("常委会对《中华人民共和国森林法》和《某省森林条例》、《中华人民共和国水法》和《某省水条例》"
                   "共4部法律、法规的实施情况进行了检查。", OVERSIGHT_LAW_INSPECTION,
                   "中华人民共和国森林法;某省森林条例;中华人民共和国水法;某省水条例");
  assert_activity ("执法检查：5项。", OVERSIGHT_LAW_INSPECTION, NULL);
  assert_activity ("开展执法检查：5项。《某某市养犬管理规定》修订工作有序推进。",
                   OVERSIGHT_LAW_INSPECTION, NULL);
}

/* A law named by its topic (大气污染防治执法检查: the 大气污染防治法),
 * not borrowed from the inspection of the clause before; one decision
 * and its count are one resolution */
static void
test_scan_topics_and_decisions (void)
{
  static const char joint[] =
    "对长江保护法和市水污染防治条例开展“一法一条例”执法检查，"
    "与四川省人大常委会联动开展川渝两地大气污染防治执法检查。";
  static const char decisions[] =
    "作出关于推动成渝地区双城经济圈建设的决定等决议决定9件。";
  static const char two_decisions[] =
    "作出关于加强生态文明建设的决议和关于促进科技创新的决定。";

  assert_activity (joint, OVERSIGHT_LAW_INSPECTION, "长江保护法;市水污染防治条例");
  assert_activity (joint, OVERSIGHT_LAW_INSPECTION, "大气污染防治法");
  assert_activity ("开展为期两个月的食品安全执法检查。", OVERSIGHT_LAW_INSPECTION, "食品安全法");
  assert_activity ("组织开展全省安全生产执法检查。", OVERSIGHT_LAW_INSPECTION, "安全生产法");
  /* near misses: words that name no law; a law named elsewhere in the
   * sentence */
  assert_activity ("开展专项执法检查。", OVERSIGHT_LAW_INSPECTION, NULL);
  assert_activity ("开展联合执法检查。", OVERSIGHT_LAW_INSPECTION, NULL);
  assert_activity ("开展生态环境执法检查。", OVERSIGHT_LAW_INSPECTION, NULL);
  assert_activity ("围绕《某某省河道管理条例》实施情况，开展执法检查。", OVERSIGHT_LAW_INSPECTION,
                   "某某省河道管理条例");

  assert_activity (decisions, OVERSIGHT_RESOLUTION, "推动成渝地区双城经济圈建设");
  g_assert_cmpuint (count_kind (decisions, OVERSIGHT_RESOLUTION), ==, 1);
  assert_activity (two_decisions, OVERSIGHT_RESOLUTION, "加强生态文明建设");
  assert_activity (two_decisions, OVERSIGHT_RESOLUTION, "促进科技创新");
  g_assert_cmpuint (count_kind ("作出决议决定9项。", OVERSIGHT_RESOLUTION), ==, 1);
  /* a kind of legislative act, not a decision on what was overseen */
  g_assert_cmpuint (count_kind ("作出法规性决定4件。", OVERSIGHT_RESOLUTION), ==, 0);
  g_assert_cmpuint (count_kind ("制定地方性法规12件，作出法律性问题决定2件。", OVERSIGHT_RESOLUTION), ==, 0);
  /* laws and decisions on legal questions passed: legislation */
  g_assert_cmpuint (count_kind ("通过法律和有关法律问题的决定21件。", OVERSIGHT_RESOLUTION), ==, 0);
  g_assert_cmpuint (count_kind ("通过法律、有关法律问题和重大问题的决定28件。", OVERSIGHT_RESOLUTION), ==, 0);
  g_assert_cmpuint (count_kind ("通过地方性法规和法规问题的决定15件。", OVERSIGHT_RESOLUTION), ==, 0);
  /* near miss: a decision on a subject still is one */
  assert_activity ("审议通过关于加强国有资产管理情况监督的决定。", OVERSIGHT_RESOLUTION,
                   "加强国有资产管理情况监督");
  assert_activity ("作出关于加强法治宣传教育的决议。", OVERSIGHT_RESOLUTION, "加强法治宣传教育");
}

/* 工作评议 and 满意度测评 are kinds of their own, with subjects from
 * their own clause */
static void
test_scan_evaluations (void)
{
  static const char county[] =
    "开展执法检查3次、视察调研8次，对2个部门开展工作评议，组织满意度测评3次，作出决议决定6项。";
  static const char inquiry[] =
    "三是围绕边境小康村建设开展专题询问1次，对询问中提出的问题进行满意度测评。";

  assert_activity ("对县教育局、县自然资源局开展工作评议，评议结果均为满意。",
                   OVERSIGHT_WORK_EVALUATION, "县教育局、县自然资源局");
  assert_activity ("对市交通运输局、市卫生健康委履职情况开展工作评议。",
                   OVERSIGHT_WORK_EVALUATION, "市交通运输局、市卫生健康委履职");
  assert_activity ("开展工作评议2项，对市政府2个部门进行满意度测评。", OVERSIGHT_WORK_EVALUATION,
                   NULL);
  assert_activity ("开展工作评议2项，对市政府2个部门进行满意度测评。",
                   OVERSIGHT_SATISFACTION_SURVEY, "市政府部门");
  assert_activity (county, OVERSIGHT_WORK_EVALUATION, NULL);
  assert_activity (county, OVERSIGHT_SATISFACTION_SURVEY, NULL);
  assert_no_subject_with (county, "部门");
  assert_activity (inquiry, OVERSIGHT_SPECIAL_INQUIRY, "边境小康村建设");
  assert_activity (inquiry, OVERSIGHT_SATISFACTION_SURVEY, NULL);
  assert_activity ("开展专题询问２次、满意度测评１次。", OVERSIGHT_SATISFACTION_SURVEY, NULL);
  assert_activity ("对审计查出问题整改情况进行满意度测评。", OVERSIGHT_SATISFACTION_SURVEY,
                   "审计查出问题整改");
  assert_activity ("对20名政府组成部门负责人开展履职评议。", OVERSIGHT_WORK_EVALUATION,
                   "政府组成部门负责人");
  /* the officials appraised are the subject, beside departments
   * appraised in the clause before */
  assert_activity ("对县政府9个部门开展工作评议，对4名县政府组成人员开展述职评议。",
                   OVERSIGHT_WORK_EVALUATION, "县政府部门");
  assert_activity ("对县政府9个部门开展工作评议，对4名县政府组成人员开展述职评议。",
                   OVERSIGHT_WORK_EVALUATION, "县政府组成人员");

  /* near misses: results, not activities; a questionnaire is still a
   * survey */
  assert_none ("评议结果满意度分别为92.3%和90.8%。");
  assert_none ("工作评议结果在全市通报。");
  assert_none ("满意度测评结果为优秀。");
  assert_none ("组织人大代表评议政府工作。");
  assert_activity ("发放调查问卷5000余份。", OVERSIGHT_SURVEY, NULL);
  g_assert_cmpuint (count_kind ("发放调查问卷5000余份。", OVERSIGHT_SATISFACTION_SURVEY), ==, 0);
}

/* Text copied with ASCII punctuation: a '.' after Chinese text or a
 * bracket ends a sentence, one in a number or after a list label does
 * not. The sentence is tried at every alignment of the AVX2 scan's
 * blocks (and in its scalar tail), whichever scan the build has. */
static void
test_scan_ascii_dot (void)
{
  static const char text[] =
    "对2023年度审议意见落实情况开展跟踪监督(共5项).备案审查规范性文件:全年审查425件,纠正12件."
    "对教育法实施情况开展执法检查.围绕1.5万亩耕地保护开展专题调研.2.就优化营商环境开展专题询问.";

  for (guint shift = 0; shift < 40; shift++)
    {
      g_autoptr(GString) s = g_string_new (NULL);
      g_auto(Result) r = { 0, };

      for (guint k = 0; k < shift; k++)
        g_string_append_c (s, 'a');
      g_string_append (s, "\n");
      g_string_append (s, text);
      /* the sentences near the end of the text too, after the blocks */
      for (guint k = 0; k < 40 - shift; k++)
        g_string_append_c (s, 'a');
      scan (s->str, (gssize) s->len, &r);
      if (find (&r, OVERSIGHT_FILING_REVIEW, NULL) == NULL ||
          find (&r, OVERSIGHT_LAW_INSPECTION, "教育法") == NULL ||
          find (&r, OVERSIGHT_INVESTIGATION, "1.5万亩耕地保护") == NULL ||
          find (&r, OVERSIGHT_SPECIAL_INQUIRY, "优化营商环境") == NULL)
        {
          g_test_message ("shift %u:", shift);
          dump (&r);
          g_test_fail ();
        }
      for (guint i = 0; i < r.activities->len; i++)
        {
          const OversightActivity *a = &g_array_index (r.activities, OversightActivity, i);

          /* no activity runs into the next sentence */
          if (g_strstr_len (s->str + a->start, (gssize) (a->end - a->start), ").") != NULL ||
              g_strstr_len (s->str + a->start, (gssize) (a->end - a->start), "件.") != NULL ||
              g_strstr_len (s->str + a->start, (gssize) (a->end - a->start), "查.") != NULL)
            {
              g_test_message ("shift %u: %s runs past a '.'", shift,
                              oversight_kind_to_string (a->kind));
              g_test_fail ();
            }
        }
    }
}

/* A sentence cut by a page break the reader did not repair */
static void
test_scan_page_break (void)
{
  static const char text[] =
    "三、监督工作\n\n"
    "一是坚持问题导向，聚焦群众反映强烈的突出问题，开展大气污染防治法执法检\n\n"
    "（下转第二版）\n\n"
    "（上接第一版）\n\n"
    "查，推动问题整改。\n\n"
    "四、代表工作\n\n";
  g_auto(Result) r = { 0, };
  const OversightActivity *a;

  scan (text, -1, &r);
  a = find (&r, OVERSIGHT_LAW_INSPECTION, "大气污染防治法");
  g_assert_nonnull (a);
  /* the span is in the original text, across the break */
  g_assert_true (strncmp (text + a->start, "开展", strlen ("开展")) == 0);
  g_assert_true (strncmp (text + a->end - strlen ("查"), "查", strlen ("查")) == 0);
  g_assert_nonnull (strstr (text + a->start, "（下转第二版）"));
  g_assert_cmpuint (a->end, >, (gsize) (strstr (text, "（上接第一版）") - text));
}

/* Short headings are not joined to what follows */
static void
test_scan_headings (void)
{
  static const char text[] =
    "三、依法开展执法检查\n\n"
    "《某某省消防条例》实施情况良好。\n";
  g_auto(Result) r = { 0, };

  scan (text, -1, &r);
  g_assert_null (find (&r, OVERSIGHT_LAW_INSPECTION, "某某省消防条例"));

  /* nor long ones, of a numbered part or section */
  {
    static const char * const long_headings[] = {
      "三、坚持正确监督、有效监督，推动党中央决策部署贯彻落实\n\n",
      "（二）坚持正确监督、有效监督，推动党中央决策部署贯彻落实\n\n",
    };

    for (guint i = 0; i < G_N_ELEMENTS (long_headings); i++)
      {
        g_autofree char *report = g_strconcat (long_headings[i],
                                               "全年听取审议国务院工作报告19个，开展专题询问2次。\n",
                                               NULL);
        g_auto(Result) h = { 0, };
        const OversightActivity *a;

        scan (report, -1, &h);
        a = find (&h, OVERSIGHT_WORK_REPORT, NULL);
        g_assert_nonnull (a);
        g_assert_true (g_str_has_prefix (report + a->start, "全年"));
      }
  }
}

/* Unbalanced brackets, stray bytes, text cut inside a character */
static void
test_scan_bad_input (void)
{
  static const char *texts[] = {
    "开展《某某省条例执法检查",
    "开展》》执法检查《《",
    "检查实施情况",
    "“”执法检查",
    "\xE6\x89\xA7\xE6\xB3\x95\xE6\xA3\x80",   /* 执法检 cut */
    "听取和审议关于的报告",
    "就开展专题询问",
    "作出决议",
    "\n\n\n",
    "",
  };
  guint32 seed = 1;

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_auto(Result) r = { 0, };

      scan (texts[i], -1, &r);
      for (guint j = 0; j < r.activities->len; j++)
        {
          const OversightActivity *a = &g_array_index (r.activities, OversightActivity, j);

          g_assert_cmpuint (a->start, <=, a->end);
          g_assert_cmpuint (a->end, <=, strlen (texts[i]));
        }
    }

  /* a clause longer than the walks to its bounds: they still fall
   * between characters */
  {
    g_autoptr(GString) s = g_string_new ("常委会开展执法检查3次");
    g_auto(Result) r = { 0, };

    for (guint k = 0; k < 400; k++)
      g_string_append (s, "是");
    g_string_append (s, "，听取和审议专项工作报告5个");
    scan (s->str, -1, &r);
    g_assert_cmpuint (r.activities->len, >, 0);
    for (guint j = 0; j < r.activities->len; j++)
      {
        const OversightActivity *a = &g_array_index (r.activities, OversightActivity, j);

        g_assert_cmpuint (a->end, <=, s->len);
        g_assert_cmpint ((guchar) s->str[a->start] & 0xC0, !=, 0x80);
        if (a->end < s->len)
          g_assert_cmpint ((guchar) s->str[a->end] & 0xC0, !=, 0x80);
      }
  }

  /* random bytes around the phrases */
  for (guint round = 0; round < 200; round++)
    {
      static const char *pieces[] = {
        "执法检查", "《", "》", "“", "”", "法", "条例", "，", "。", "\n", "开展", "对",
        "听取和审议", "关于", "报告", "专题询问", "\xE6", "\x80", "的", "情况", "决议",
        "作出", "（下转第二版）", "、", "和", "调研", "问卷", "规范性文件", "审查",
      };
      g_autoptr(GString) s = g_string_new (NULL);
      g_auto(Result) r = { 0, };

      for (guint k = 0; k < 60; k++)
        {
          seed = seed * 1103515245u + 12345u;
          g_string_append (s, pieces[(seed >> 16) % G_N_ELEMENTS (pieces)]);
        }
      scan (s->str, (gssize) s->len, &r);
      for (guint j = 0; j < r.activities->len; j++)
        {
          const OversightActivity *a = &g_array_index (r.activities, OversightActivity, j);

          g_assert_cmpuint (a->start, <=, a->end);
          g_assert_cmpuint (a->end, <=, s->len);
          g_assert_cmpuint (a->subject_offset + a->subject_len, <=, r.subjects->len);
        }
    }
}

/* ------------------------------------------------------------------ */
/* The plugin, run by the engine                                        */

static BaogaoEngine *
new_engine (void)
{
  const char *path = g_getenv ("BAOGAO_PLUGIN_PATH");
  g_autoptr(BaogaoEngine) engine = NULL;
  g_autoptr(GError) error = NULL;

  engine = baogao_engine_new_with_search_path ((const char *[]) { path, NULL });
  baogao_engine_select (engine, (const char *[]) { "oversight", NULL }, &error);
  g_assert_no_error (error);
  return g_steal_pointer (&engine);
}

static void
analyze (BaogaoDocument *doc)
{
  g_autoptr(BaogaoEngine) engine = new_engine ();
  g_autoptr(GError) error = NULL;

  baogao_engine_analyze (engine, doc, NULL, &error);
  g_assert_no_error (error);
}

static char *
format_number (BaogaoAnnotation *a,
               const char       *key)
{
  if (baogao_annotation_get_feature_type (a, key) == BAOGAO_VALUE_INT)
    return g_strdup_printf ("%" G_GINT64_FORMAT, baogao_annotation_get_int (a, key, 0));
  return g_strdup_printf ("%g", baogao_annotation_get_double (a, key, 0));
}

/* The facts of @doc as lines in the format of the .expected files */
static GHashTable *
document_facts (BaogaoDocument *doc)
{
  GHashTable *facts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) activities = baogao_document_get_annotations (doc, "oversight.activity");
  g_autoptr(GPtrArray) tallies = baogao_document_get_annotations (doc, "oversight.tally");

  for (guint i = 0; i < activities->len; i++)
    {
      BaogaoAnnotation *a = g_ptr_array_index (activities, i);
      const char *subject = baogao_annotation_get_string (a, "subject");
      char *line = g_strdup_printf ("activity\t%s\t%s\t%d",
                                    baogao_annotation_get_string (a, "kind"),
                                    subject ? subject : "-",
                                    baogao_annotation_get_boolean (a, "planned", FALSE));

      if (!g_hash_table_add (facts, line))
        g_test_message ("duplicate: %s", line);
    }
  for (guint i = 0; i < tallies->len; i++)
    {
      BaogaoAnnotation *a = g_ptr_array_index (tallies, i);
      g_autofree char *value = format_number (a, "value");

      g_hash_table_add (facts, g_strdup_printf ("tally\t%s\t%s\t%s",
                                                baogao_annotation_get_string (a, "measure"),
                                                value,
                                                baogao_annotation_get_string (a, "unit")));
    }
  return facts;
}

static void
test_fixture (gconstpointer data)
{
  const char *name = data;
  g_autofree char *txt = g_strdup_printf ("%s/%s.txt", fixture_dir, name);
  g_autofree char *exp = g_strdup_printf ("%s/%s.expected", fixture_dir, name);
  g_autofree char *text = NULL, *expected = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BaogaoDocument) doc = NULL;
  g_autoptr(GHashTable) facts = NULL;
  g_autoptr(GHashTable) wanted = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTableIter iter;
  gpointer key;
  guint missing = 0, extra = 0;

  g_file_get_contents (txt, &text, NULL, &error);
  g_assert_no_error (error);
  g_file_get_contents (exp, &expected, NULL, &error);
  g_assert_no_error (error);

  doc = baogao_document_new (text, -1, &error);
  g_assert_no_error (error);
  analyze (doc);
  facts = document_facts (doc);

  lines = g_strsplit (expected, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (lines[i][0] == '\0' || lines[i][0] == '#')
        continue;
      g_hash_table_add (wanted, lines[i]);
      if (!g_hash_table_contains (facts, lines[i]))
        {
          g_test_message ("%s: missing %s", name, lines[i]);
          missing++;
        }
    }
  g_hash_table_iter_init (&iter, facts);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!g_hash_table_contains (wanted, key))
      {
        g_test_message ("%s: extra %s", name, (const char *) key);
        extra++;
      }
  g_assert_cmpuint (missing, ==, 0);
  g_assert_cmpuint (extra, ==, 0);
}

/* Every activity lies in its sentence, which is its parent */
static void
test_parents (void)
{
  g_autofree char *txt = g_strdup_printf ("%s/provincial.txt", fixture_dir);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BaogaoDocument) doc = NULL;
  g_autoptr(GPtrArray) activities = NULL;
  guint with_parent = 0;

  g_file_get_contents (txt, &text, NULL, &error);
  g_assert_no_error (error);
  doc = baogao_document_new (text, -1, &error);
  g_assert_no_error (error);
  analyze (doc);
  activities = baogao_document_get_annotations (doc, "oversight.activity");
  g_assert_cmpuint (activities->len, >, 0);
  for (guint i = 0; i < activities->len; i++)
    {
      BaogaoAnnotation *a = g_ptr_array_index (activities, i);
      BaogaoAnnotation *p = baogao_annotation_get_parent (a);
      const char *subject = baogao_annotation_get_string (a, "subject");

      if (subject != NULL)
        {
          g_auto(GStrv) parts = g_strsplit (subject, ";", -1);

          g_assert_cmpint (baogao_annotation_get_int (a, "n_subjects", 0), ==,
                           (gint64) g_strv_length (parts));
        }
      if (p == NULL)
        continue;
      with_parent++;
      g_assert_cmpstr (baogao_annotation_get_annotation_type (p), ==, "structure.sentence");
      g_assert_cmpuint (baogao_annotation_get_start (p), <=, baogao_annotation_get_start (a));
      g_assert_cmpuint (baogao_annotation_get_end (p), >=, baogao_annotation_get_end (a));
    }
  g_assert_cmpuint (with_parent, >, activities->len / 2);
}

/* ------------------------------------------------------------------ */
/* The sample corpus                                                    */

static char *
normalize_name (const char *name)
{
  GString *s = g_string_new (NULL);

  for (const char *p = name; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0x300A || c == 0x300B || c == 0x3008 || c == 0x3009 || g_unichar_isspace (c))
        continue;
      if (c == 0x201C || c == 0x201D)
        c = '"';
      g_string_append_unichar (s, c);
    }
  if (g_str_has_prefix (s->str, "中华人民共和国"))
    g_string_erase (s, 0, strlen ("中华人民共和国"));
  return g_string_free (s, FALSE);
}

/* Every law the gold says was inspected is a subject of a law_inspection */
static void
test_corpus (void)
{
  const char *dir = g_getenv ("BAOGAO_CORPUS_DIR");
  g_autofree char *txt = NULL, *gold_path = NULL;
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BaogaoDocument) doc = NULL;
  g_autoptr(GPtrArray) activities = NULL;
  g_autoptr(GPtrArray) subjects = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) tallies = NULL;
  JsonArray *instruments;
  guint n_inspected = 0, found = 0;

  if (dir == NULL)
    {
      g_test_skip ("BAOGAO_CORPUS_DIR is not set");
      return;
    }
  txt = g_build_filename (dir, "heilongjiang-2024.txt", NULL);
  gold_path = g_build_filename (dir, "heilongjiang-2024.gold.json", NULL);
  if (!g_file_test (txt, G_FILE_TEST_EXISTS) || !g_file_test (gold_path, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("no sample report in BAOGAO_CORPUS_DIR");
      return;
    }

  doc = baogao_document_new_from_file (txt, NULL, &error);
  g_assert_no_error (error);
  analyze (doc);
  activities = baogao_document_get_annotations (doc, "oversight.activity");
  for (guint i = 0; i < activities->len; i++)
    {
      BaogaoAnnotation *a = g_ptr_array_index (activities, i);
      const char *subject = baogao_annotation_get_string (a, "subject");
      g_auto(GStrv) parts = NULL;

      if (g_strcmp0 (baogao_annotation_get_string (a, "kind"), "law_inspection") != 0 ||
          subject == NULL)
        continue;
      parts = g_strsplit (subject, ";", -1);
      for (guint j = 0; parts[j] != NULL; j++)
        g_ptr_array_add (subjects, normalize_name (parts[j]));
    }

  parser = json_parser_new ();
  json_parser_load_from_file (parser, gold_path, &error);
  g_assert_no_error (error);
  instruments = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)),
                                              "instruments");
  for (guint i = 0; i < json_array_get_length (instruments); i++)
    {
      JsonObject *entry = json_array_get_object_element (instruments, i);
      const char *action = json_object_get_string_member_with_default (entry, "action", "");
      const char *kind = json_object_get_string_member_with_default (entry, "kind", "");
      g_autofree char *name = NULL;
      gboolean hit = FALSE;

      if (!g_str_equal (action, "inspect") ||
          !(g_str_equal (kind, "law") || g_str_equal (kind, "regulation") ||
            g_str_equal (kind, "other")))
        continue;
      n_inspected++;
      name = normalize_name (json_object_get_string_member_with_default (entry, "name", ""));
      for (guint j = 0; j < subjects->len && !hit; j++)
        hit = g_str_equal (g_ptr_array_index (subjects, j), name);
      if (hit)
        found++;
      else
        g_test_message ("inspected law not found: %s", name);
    }
  g_assert_cmpuint (n_inspected, >, 0);
  g_assert_cmpuint (found, ==, n_inspected);

  /* the summary sentence's counts are oversight tallies */
  tallies = baogao_document_get_annotations (doc, "oversight.tally");
  g_assert_cmpuint (tallies->len, >=, 4);
}

int
main (int    argc,
      char **argv)
{
  static const char *fixtures[] = { "national", "provincial", "municipal", "autonomous" };

  /* messages name Chinese text: print them as UTF-8 */
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_set_nonfatal_assertions ();
  fixture_dir = argc > 1 ? argv[1] : "tests";

  g_test_add_func ("/oversight/scan/phrasings", test_scan_phrasings);
  g_test_add_func ("/oversight/scan/own-clause", test_scan_own_clause);
  g_test_add_func ("/oversight/scan/filing-counts", test_scan_filing_counts);
  g_test_add_func ("/oversight/scan/colon-list", test_scan_colon_list);
  g_test_add_func ("/oversight/scan/topics-and-decisions", test_scan_topics_and_decisions);
  g_test_add_func ("/oversight/scan/evaluations", test_scan_evaluations);
  g_test_add_func ("/oversight/scan/ascii-dot", test_scan_ascii_dot);
  g_test_add_func ("/oversight/scan/page-break", test_scan_page_break);
  g_test_add_func ("/oversight/scan/headings", test_scan_headings);
  g_test_add_func ("/oversight/scan/bad-input", test_scan_bad_input);
  for (guint i = 0; i < G_N_ELEMENTS (fixtures); i++)
    {
      g_autofree char *path = g_strdup_printf ("/oversight/fixture/%s", fixtures[i]);

      g_test_add_data_func (path, fixtures[i], test_fixture);
    }
  g_test_add_func ("/oversight/parents", test_parents);
  g_test_add_func ("/oversight/corpus", test_corpus);

  return g_test_run ();
}

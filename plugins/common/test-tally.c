/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/* The tally engine on small documents: a test analyzer calls
 * tally_write_domain() for every domain over the layers of the real
 * structure and quantity plugins. */

#include "baogao-tally.h"

#include <baogao/baogao-plugin.h>
#include <string.h>

static const char * const domains[] = {
  "political", "legislation", "oversight", "representation", "self_building",
};

/* --- a test analyzer that writes the tallies of every domain --------- */

#define TALLY_TYPE_TEST_ANALYZER (tally_test_analyzer_get_type ())
G_DECLARE_FINAL_TYPE (TallyTestAnalyzer, tally_test_analyzer, TALLY, TEST_ANALYZER, GObject)

struct _TallyTestAnalyzer
{
  GObject parent_instance;
};

static void tally_test_analyzer_iface_init (BaogaoAnalyzerInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TallyTestAnalyzer, tally_test_analyzer, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (BAOGAO_TYPE_ANALYZER,
                                                      tally_test_analyzer_iface_init))

static char *
test_get_name (BaogaoAnalyzer *self)
{
  return g_strdup ("tally-test");
}

static char *
test_get_version (BaogaoAnalyzer *self)
{
  return g_strdup ("1.0.0");
}

static char **
test_get_requires (BaogaoAnalyzer *self)
{
  return g_strsplit ("structure;quantity;citation", ";", -1);
}

static char **
test_get_provides (BaogaoAnalyzer *self)
{
  return g_strsplit ("political.tally;legislation.tally;oversight.tally;"
                     "representation.tally;self_building.tally", ";", -1);
}

static gboolean
test_analyze (BaogaoAnalyzer  *self,
              BaogaoDocument  *document,
              BaogaoLayer     *layer,
              GCancellable    *cancellable,
              GError         **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (domains); i++)
    if (!tally_write_domain (domains[i], document, layer, cancellable, error))
      return FALSE;
  return TRUE;
}

static void
tally_test_analyzer_iface_init (BaogaoAnalyzerInterface *iface)
{
  iface->get_name = test_get_name;
  iface->get_version = test_get_version;
  iface->get_requires = test_get_requires;
  iface->get_provides = test_get_provides;
  iface->analyze = test_analyze;
}

static void
tally_test_analyzer_class_init (TallyTestAnalyzerClass *klass)
{
}

static void
tally_test_analyzer_init (TallyTestAnalyzer *self)
{
}

/* --- helpers ----------------------------------------------------------- */

static BaogaoDocument *
analyze (const char *text)
{
  const char *path = g_getenv ("BAOGAO_PLUGIN_PATH");
  g_autoptr(BaogaoEngine) engine = NULL;
  g_autoptr(BaogaoAnalyzer) analyzer = NULL;
  g_autoptr(BaogaoDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  if (path == NULL)
    return NULL;
  engine = baogao_engine_new_with_search_path ((const char *[]) { path, NULL });
  analyzer = g_object_new (TALLY_TYPE_TEST_ANALYZER, NULL);
  g_assert_true (baogao_engine_add_analyzer (engine, analyzer, &error));
  g_assert_no_error (error);
  if (!baogao_engine_select (engine, (const char *[]) { "tally-test", NULL }, &error))
    return NULL;
  document = baogao_document_new (text, -1, &error);
  g_assert_no_error (error);
  g_assert_true (baogao_engine_analyze (engine, document, NULL, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&document);
}

/* The tally of @domain whose text ends with @ending, or NULL. */
static BaogaoAnnotation *
find_tally (BaogaoDocument *document,
            const char     *domain,
            const char     *ending)
{
  g_autofree char *type = g_strconcat (domain, ".tally", NULL);
  g_autoptr(GPtrArray) tallies = baogao_document_get_annotations (document, type);

  for (guint i = 0; i < tallies->len; i++)
    {
      BaogaoAnnotation *a = g_ptr_array_index (tallies, i);
      g_autofree char *text = baogao_annotation_dup_text (a);

      if (g_str_has_suffix (text, ending))
        return a;
    }
  return NULL;
}

static void
assert_tally (BaogaoDocument *document,
              const char     *domain,
              const char     *ending,
              const char     *measure,
              double          value)
{
  BaogaoAnnotation *a = find_tally (document, domain, ending);

  if (a == NULL)
    g_error ("no %s tally ending with “%s”", domain, ending);
  g_assert_cmpstr (baogao_annotation_get_string (a, "measure"), ==, measure);
  /* (as a double: 78.6% is not 78) */
  g_assert_cmpfloat_with_epsilon (baogao_annotation_get_double (a, "value", -1), value, 1e-9);
  g_assert_nonnull (baogao_annotation_get_parent (a));
  g_assert_cmpstr (baogao_annotation_get_annotation_type (baogao_annotation_get_parent (a)), ==,
                   "quantity");
}

static guint
count_type (BaogaoDocument *document,
            const char     *type)
{
  g_autoptr(GPtrArray) all = baogao_document_get_annotations (document, type);

  return all->len;
}

/* How many of @domain's tallies have @measure */
static guint
count_measure (BaogaoDocument *document,
               const char     *domain,
               const char     *measure)
{
  g_autofree char *type = g_strconcat (domain, ".tally", NULL);
  g_autoptr(GPtrArray) tallies = baogao_document_get_annotations (document, type);
  guint n = 0;

  for (guint i = 0; i < tallies->len; i++)
    if (g_strcmp0 (baogao_annotation_get_string (g_ptr_array_index (tallies, i), "measure"), measure) == 0)
      n++;
  return n;
}

#define SKIP_WITHOUT_PLUGINS(document) \
  G_STMT_START { \
    if ((document) == NULL) \
      { \
        g_test_skip ("structure and quantity plugins not found (BAOGAO_PLUGIN_PATH)"); \
        return; \
      } \
  } G_STMT_END

/* The title and meeting lines of a province's report on 2023, for the
 * tests' documents */
/* The title and the meeting line of a report of an invented congress of
 * @level (省, 市, 县…), given on @date at session @session of term
 * @term, all in Chinese numerals */
#define REPORT_HEAD(level, date, term, session) \
  "某某" level "人民代表大会常务委员会工作报告\n" \
  "——" date "在某某" level "第" term "届人民代表大会第" session "次会议上\n"

#define PROVINCE_2023 REPORT_HEAD ("省", "2024年1月20日", "十四", "二")

/* --- tests --------------------------------------------------------------- */

static const char report[] =
  "某某省人民代表大会常务委员会工作报告\n"
  "\n"
  "各位代表：\n"
  "\n"
  "一、坚持科学立法，提高立法质量\n"
  "\n"
  "全年制定地方性法规8件，修改5件、废止2件，废止法规性质的决定1件，"
  "批准设区的市法规14件。审议法规草案11件。制定修改法规和决定7件。"
  "打包修改涉及优化营商环境的法规9件。\n"
  "\n"
  "召开立法座谈会3次，听取意见。\n"
  "\n"
  "二、今年的主要任务\n"
  "\n"
  "计划制定地方性法规10件，修改法规6件。\n";

static void
test_legislation_counts (void)
{
  g_autoptr(BaogaoDocument) document = analyze (report);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "legislation", "制定地方性法规8件", "enacted", 8);
  assert_tally (document, "legislation", "修改5件", "amended", 5);
  assert_tally (document, "legislation", "废止2件", "repealed", 2);
  assert_tally (document, "legislation", "废止法规性质的决定1件", "decisions_repealed", 1);
  assert_tally (document, "legislation", "批准设区的市法规14件", "approved", 14);
  assert_tally (document, "legislation", "审议法规草案11件", "deliberated", 11);
  assert_tally (document, "legislation", "制定修改法规和决定7件", "enacted+amended", 7);
  assert_tally (document, "legislation", "打包修改涉及优化营商环境的法规9件", "amended_in_package", 9);

  /* the meetings held on drafts; the plans section has none */
  assert_tally (document, "legislation", "立法座谈会3次", "consultation_meetings", 3);
  g_assert_null (find_tally (document, "legislation", "10件"));
  g_assert_null (find_tally (document, "legislation", "6件"));
  g_assert_cmpuint (count_type (document, "legislation.tally"), ==, 9);
}

static void
test_one_domain_per_count (void)
{
  g_autoptr(BaogaoDocument) document = analyze (report);
  g_autoptr(GPtrArray) quantities = NULL;

  SKIP_WITHOUT_PLUGINS (document);

  /* every count is claimed by one domain at most */
  quantities = baogao_document_get_annotations (document, "quantity");
  for (guint i = 0; i < quantities->len; i++)
    {
      BaogaoAnnotation *q = g_ptr_array_index (quantities, i);
      guint claims = 0;

      for (guint d = 0; d < G_N_ELEMENTS (domains); d++)
        {
          g_autofree char *type = g_strconcat (domains[d], ".tally", NULL);
          g_autoptr(GPtrArray) tallies = baogao_document_get_annotations (document, type);

          for (guint t = 0; t < tallies->len; t++)
            if (baogao_annotation_get_parent (g_ptr_array_index (tallies, t)) == q)
              claims++;
        }
      g_assert_cmpuint (claims, <=, 1);
    }
}

static void
test_section_decides (void)
{
  /* the same words in an oversight section are not legislation counts */
  static const char text[] =
    "一、加强监督工作\n"
    "\n"
    "制定监督工作计划，修改5件工作规则。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);
  g_assert_cmpuint (count_type (document, "legislation.tally"), ==, 0);
}

static void
test_features (void)
{
  static const char text[] =
    "二、立法工作\n"
    "\n"
    "全年共制定法规20余件，修改法规十二件。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);
  BaogaoAnnotation *a;

  SKIP_WITHOUT_PLUGINS (document);

  a = find_tally (document, "legislation", "20余件");
  g_assert_nonnull (a);
  g_assert_cmpstr (baogao_annotation_get_string (a, "measure"), ==, "enacted");
  g_assert_cmpint (baogao_annotation_get_int (a, "value", -1), ==, 20);
  g_assert_cmpstr (baogao_annotation_get_string (a, "unit"), ==, "件");
  g_assert_cmpstr (baogao_annotation_get_string (a, "approx"), ==, "more_than");
  assert_tally (document, "legislation", "修改法规十二件", "amended", 12);
}

static void
test_empty (void)
{
  g_autoptr(BaogaoDocument) document = analyze ("没有数字的一句话。");

  SKIP_WITHOUT_PLUGINS (document);
  g_assert_cmpuint (count_type (document, "legislation.tally"), ==, 0);
}

/* The tally of any domain whose text ends with @ending, or NULL. */
static BaogaoAnnotation *
find_any_tally (BaogaoDocument *document,
                const char     *ending,
                const char    **domain)
{
  for (guint d = 0; d < G_N_ELEMENTS (domains); d++)
    {
      BaogaoAnnotation *a = find_tally (document, domains[d], ending);

      if (a != NULL)
        {
          if (domain != NULL)
            *domain = domains[d];
          return a;
        }
    }
  return NULL;
}

/* The tally written for the count whose text is @count (the first such
 * count of the document), in any domain, or NULL. */
static BaogaoAnnotation *
tally_of_count (BaogaoDocument *document,
                const char     *count,
                const char    **domain)
{
  for (guint d = 0; d < G_N_ELEMENTS (domains); d++)
    {
      g_autofree char *type = g_strconcat (domains[d], ".tally", NULL);
      g_autoptr(GPtrArray) tallies = baogao_document_get_annotations (document, type);

      for (guint i = 0; i < tallies->len; i++)
        {
          BaogaoAnnotation *a = g_ptr_array_index (tallies, i);
          BaogaoAnnotation *q = baogao_annotation_get_parent (a);
          g_autofree char *text = q != NULL ? baogao_annotation_dup_text (q) : NULL;

          if (g_strcmp0 (text, count) == 0)
            {
              if (domain != NULL)
                *domain = domains[d];
              return a;
            }
        }
    }
  return NULL;
}

/* The measure of the tally written for the count @count, or NULL */
static const char *
measure_of_count (BaogaoDocument *document,
                  const char     *count)
{
  BaogaoAnnotation *a = tally_of_count (document, count, NULL);

  return a != NULL ? baogao_annotation_get_string (a, "measure") : NULL;
}

/* The period of the tally written for the count @count (NULL: the
 * year's, or no tally) */
static const char *
period_of_count (BaogaoDocument *document,
                 const char     *count)
{
  BaogaoAnnotation *a = tally_of_count (document, count, NULL);

  return a != NULL ? baogao_annotation_get_string (a, "period") : NULL;
}

/* That @count is read as a count at all: an assertion that it is not
 * tallied, or not so, holds of anything else */
static void
assert_is_count (BaogaoDocument *document,
                 const char     *count)
{
  g_autoptr(GPtrArray) quantities = baogao_document_get_annotations (document, "quantity");
  gboolean found = FALSE;

  for (guint i = 0; i < quantities->len && !found; i++)
    {
      g_autofree char *text = baogao_annotation_dup_text (g_ptr_array_index (quantities, i));

      found = strcmp (text, count) == 0;
    }
  if (!found)
    g_error ("no count “%s” in the document", count);
}

static void
assert_no_tally_of_count (BaogaoDocument *document,
                          const char     *count)
{
  const char *domain = NULL;
  BaogaoAnnotation *a = tally_of_count (document, count, &domain);

  if (a != NULL)
    g_error ("“%s” counted as %s.%s", count, domain,
             baogao_annotation_get_string (a, "measure"));
  assert_is_count (document, count);
}

/* That the count @count is not tallied as @measure (tallied as another,
 * or not at all) */
static void
assert_count_not_as (BaogaoDocument *document,
                     const char     *count,
                     const char     *measure)
{
  assert_is_count (document, count);
  g_assert_cmpstr (measure_of_count (document, count), !=, measure);
}

/* Measures that city and county reports state often, and counts read
 * across a colon. */
static void
test_local_measures (void)
{
  static const char text[] =
    "二、监督工作\n"
    "\n"
    "开展工作评议2项，组织满意度测评3次。执法检查组深入12个市县开展检查。形成调研报告15篇。\n"
    "\n"
    "三、代表工作\n"
    "\n"
    "代表建议1800多件得到解决。代表满意率：98.7%。新建代表联络站120个，全省共建成代表之家、"
    "代表联络站2586个。票决产生民生实事项目10件。\n"
    "\n"
    "四、自身建设\n"
    "\n"
    "召开新闻发布会8次。专题讲座：8讲；机关干部培训：12期。\n"
    "\n"
    "五、政治建设\n"
    "\n"
    "向省委请示报告41件次。开展主题党日活动24次。通过主题党日等方式开展学习77次。\n"
    "\n"
    "六、立法工作\n"
    "\n"
    "全年审议法规、决定、报告等议题102项，审议法律案、决定案和报告等63项，审议法规草案12件。"
    "采取统筹打包方式，一并修改个人所得税法、公务员法等法律47件次。\n"
    "\n"
    "七、监督工作\n"
    "\n"
    "全年共接收报送备案的行政法规、司法解释、地方性法规等1238件。组织代表对20项民生实事项目进行票决。\n"
    "\n"
    "八、自身建设\n"
    "\n"
    "举办培训班5期，参训代表800余人次。党组理论学习中心组集体学习11次。"
    "听取审议市政府关于疫情防控工作情况的报告等工作报告二十项。对5名政府组成人员进行满意度测评。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "oversight", "工作评议2项", "work_evaluations", 2);
  /* (reports closed by 等工作报告 are work reports, not all kinds) */
  assert_tally (document, "oversight", "二十项", "work_reports", 20);
  /* (officials voted on one by one) */
  assert_tally (document, "oversight", "5名政府组成人员进行满意度测评", "officials_evaluated", 5);
  assert_tally (document, "oversight", "满意度测评3次", "satisfaction_surveys", 3);
  g_assert_null (find_any_tally (document, "12个", NULL));
  assert_tally (document, "oversight", "调研报告15篇", "research_reports", 15);
  g_assert_cmpstr (baogao_annotation_get_string (find_any_tally (document, "得到解决", NULL), "measure"), ==,
                   "suggestions_resolved");
  g_assert_cmpstr (baogao_annotation_get_string (find_tally (document, "representation", "满意率：98.7%"),
                                                 "measure"), ==, "satisfaction_rate");
  assert_tally (document, "representation", "代表联络站120个", "deputy_stations_added", 120);
  assert_tally (document, "representation", "代表联络站2586个", "deputy_stations", 2586);
  assert_tally (document, "representation", "民生实事项目10件", "livelihood_projects_voted", 10);
  assert_tally (document, "self_building", "新闻发布会8次", "press_conferences", 8);
  assert_tally (document, "self_building", "专题讲座：8讲", "lectures", 8);
  assert_tally (document, "self_building", "培训：12期", "trainings", 12);
  assert_tally (document, "political", "请示报告41件次", "matters_reported_to_party_committee", 41);
  assert_tally (document, "political", "主题党日活动24次", "party_day_activities", 24);
  g_assert_cmpstr (baogao_annotation_get_string (find_any_tally (document, "77次", NULL), "measure"), !=,
                   "party_day_activities");
  /* sessions' agenda, all kinds together, and bills deliberated */
  assert_tally (document, "self_building", "议题102项", "agenda_items", 102);
  assert_tally (document, "self_building", "报告等63项", "agenda_items", 63);
  assert_tally (document, "legislation", "审议法规草案12件", "deliberated", 12);
  assert_tally (document, "legislation", "法律47件次", "amended_in_package", 47);
  assert_tally (document, "oversight", "地方性法规等1238件", "normative_documents_filed", 1238);
  g_assert_cmpstr (baogao_annotation_get_string (find_tally (document, "representation", "进行票决"), "measure"), ==,
                   "livelihood_projects_voted");
  g_assert_cmpstr (baogao_annotation_get_string (find_tally (document, "representation", "800余人次"), "measure"), ==,
                   "deputies_trained");
  /* the Party group's studies are political wherever they are told */
  assert_tally (document, "political", "集体学习11次", "central_group_study_sessions", 11);
}

/* A total and its breakdown after 其中: parts of the same measure are no
 * tallies (a table summed by key would count them twice); parts of
 * other measures are. */
static void
test_breakdowns (void)
{
  static const char text[] =
    "一、代表工作\n"
    "\n"
    "依法任免国家机关工作人员96人次，其中任命72人次、免职24人次。代表提出建议133件（其中藏文书写的建议17件）。"
    "代表提出建议20件。在某全国人大代表提出议案建议216件，其中议案12件、建议204件。\n"
    "\n"
    "二、立法工作\n"
    "\n"
    "审议法规案32件，其中制定12件、修改9件。修改地方性法规18件（其中打包修改7件）。"
    "共计审议法规案15件，其中制定类9件、修改类6件。"
    "全年共制定、修改、废止地方性法规20件，其中制定7件、修改11件、废止2件。\n"
    "一年来，常委会制定修改废止地方性法规20件。"
    "常委会采取打包修改方式，一次性修改《某某省甲条例》《某某省乙条例》等地方性法规12件。"
    "采取打包方式，一次性修改《某某省丙条例》等七件法规中与上位法不一致的条款。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "representation", "96人次", "appointments", 96);
  /* (bills deliberated by the kind of what they would do: no laws made) */
  assert_tally (document, "legislation", "审议法规案15件", "deliberated", 15);
  /* (a combined count broken down, said again in another paragraph: the
   * parts stay the tallies) */
  g_assert_cmpuint (count_measure (document, "legislation", "enacted+amended+repealed"), ==, 0);
  /* (…the NPC's deputies' too) */
  g_assert_cmpuint (count_measure (document, "representation", "npc_motions+suggestions"), ==, 0);
  g_assert_null (find_tally (document, "legislation", "类9件"));
  g_assert_null (find_tally (document, "legislation", "类6件"));
  /* (the package said in the sentence's first clause, the verb and the
   * laws in the count's) */
  assert_tally (document, "legislation", "地方性法规12件", "amended_in_package", 12);
  g_assert_cmpstr (baogao_annotation_get_string (find_tally (document, "legislation", "七件"), "measure"), ==,
                   "amended_in_package");
  /* a part of a kind of its own, in an aside: counted apart */
  assert_tally (document, "legislation", "修改地方性法规18件", "amended", 18);
  assert_tally (document, "legislation", "打包修改7件", "amended_in_package", 7);
  g_assert_null (find_any_tally (document, "72人次", NULL));
  g_assert_null (find_any_tally (document, "24人次", NULL));
  /* (its span ends at the count: the aside's words are the part's) */
  assert_tally (document, "representation", "建议133件", "suggestions", 133);
  assert_no_tally_of_count (document, "17件");
  /* another sentence: a count of its own */
  assert_tally (document, "representation", "建议20件", "suggestions", 20);
  assert_tally (document, "legislation", "审议法规案32件", "deliberated", 32);
  assert_tally (document, "legislation", "制定12件", "enacted", 12);
  assert_tally (document, "legislation", "修改9件", "amended", 9);
}

/* Laws of a special zone (浦东新区法规, 经济特区法规, 自由贸易港法规) counted
 * after a total of the congress's laws are among them, wherever the
 * report says so; counted beside the city's own laws they are not. */
static void
test_special_zone_laws (void)
{
  static const char shanghai[] =
    "一、立法工作\n"
    "\n"
    "本年度新制定的地方性法规有8件，修改6件。\n"
    "\n"
    "聚焦引领区建设，浦东新区法规的制定数量为4件。\n";
  static const char shantou[] =
    "一、立法工作\n"
    "\n"
    "制定经济特区法规6件、设区的市法规3件。\n";
  /* the total in the summary, the zone's laws in the section */
  /* Hainan's free-trade-port laws beside its local laws */
  static const char hainan[] =
    "一、立法工作\n"
    "\n"
    "制定地方性法规4件、海南自由贸易港法规9件。\n";
  static const char summary[] =
    "过去一年，常委会共制定地方性法规11件，修改9件。\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "聚焦引领区建设，制定浦东新区法规5件。\n";
  g_autoptr(BaogaoDocument) first = analyze (shanghai);
  g_autoptr(BaogaoDocument) second = analyze (shantou);
  g_autoptr(BaogaoDocument) third = analyze (summary);

  SKIP_WITHOUT_PLUGINS (first);
  assert_tally (third, "legislation", "11件", "enacted", 11);
  {
    g_autoptr(BaogaoDocument) fourth = analyze (hainan);

    assert_tally (fourth, "legislation", "4件", "enacted", 4);
    assert_tally (fourth, "legislation", "9件", "enacted", 9);
  }
  g_assert_null (find_any_tally (third, "5件", NULL));

  assert_tally (first, "legislation", "有8件", "enacted", 8);
  assert_tally (first, "legislation", "修改6件", "amended", 6);
  g_assert_null (find_any_tally (first, "4件", NULL));
  assert_tally (second, "legislation", "经济特区法规6件", "enacted", 6);
  assert_tally (second, "legislation", "设区的市法规3件", "enacted", 3);
}

/* A sentence opening with the count of the sentence before says it
 * again, its noun the same things (9203件建议); equal counts of one
 * sentence, or said apart, or of other things (5件法规草案), stay. */
static void
test_restated_at_once (void)
{
  static const char text[] =
    "一、代表工作\n"
    "\n"
    "全国人大代表提出建议9203件。9203件建议由194家承办单位研究办理。"
    "会议期间提出建议35件，闭会期间提出建议35件。\n"
    "\n"
    "代表提出建议60件。另有60件建议转交地方办理。\n"
    "\n"
    "二、立法工作\n"
    "\n"
    "全年表决通过地方性法规5件。坚持开门立法，5件法规草案在市人大网站公开征求意见。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  /* (other things of the same number: the drafts are no laws passed) */
  assert_tally (document, "legislation", "公开征求意见", "drafts_published", 5);
  assert_tally (document, "representation", "建议9203件", "npc_suggestions", 9203);
  g_assert_null (find_any_tally (document, "9203件建议", NULL));
  assert_tally (document, "representation", "建议35件", "suggestions", 35);
  assert_tally (document, "representation", "闭会期间提出建议35件", "suggestions", 35);
  assert_tally (document, "representation", "建议60件", "suggestions", 60);
  assert_tally (document, "representation", "60件建议", "suggestions", 60);

  /* the set a sentence goes on about, named again: no second row; but
   * the only place a count is said stays */
  {
    g_autoptr(BaogaoDocument) named_again =
      analyze ("一、立法工作\n\n"
               "制定法规9件、修改法规18件。其中，修改的18件法规中有11件属于打包修改。\n\n"
               "在审议通过的12件法规中，创制性法规5件。\n");

    assert_tally (named_again, "legislation", "修改法规18件", "amended", 18);
    g_assert_null (find_tally (named_again, "legislation", "修改的18件"));
    assert_tally (named_again, "legislation", "打包修改", "amended_in_package", 11);
    assert_tally (named_again, "legislation", "审议通过的12件", "passed", 12);
  }
}

/* A list of counts after 分别为 gives each count its own item, with the
 * words the items share (地方性法规; 代表提出). */
static void
test_respective_lists (void)
{
  static const char text[] =
    "一、立法工作\n"
    "\n"
    "全年制定、修改、废止地方性法规分别为6件、十二件和2件。制定和修改决定分别为3件和1件。"
    "制定以及修订法规分别为7件和4件。\n"
    "\n"
    "二、监督工作\n"
    "\n"
    "常委会听取审议的专项工作报告、开展的执法检查分别是14项和5次。\n"
    "\n"
    "三、代表工作\n"
    "\n"
    "代表提出议案、建议分别为12件和647件，满意率和基本满意率分别为98%和100%。"
    "代表分别参加视察5次。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "legislation", "6件", "enacted", 6);
  assert_tally (document, "legislation", "十二件", "amended", 12);
  assert_tally (document, "legislation", "和2件", "repealed", 2);
  /* a conjunction of two characters */
  assert_tally (document, "legislation", "7件", "enacted", 7);
  assert_tally (document, "legislation", "和4件", "revised", 4);
  assert_tally (document, "oversight", "14项", "work_reports", 14);
  assert_tally (document, "oversight", "5次", "law_inspections", 5);
  assert_tally (document, "representation", "12件", "motions", 12);
  assert_tally (document, "representation", "647件", "suggestions", 647);
  assert_tally (document, "representation", "98%", "satisfaction_rate", 98);
  assert_tally (document, "representation", "100%", "basic_satisfaction_rate", 100);
}

/* The filing review in the words of city and county reports: the
 * documents found faulty are corrected ones, not the documents
 * reviewed, whether or not the correction is said in their clause. */
static void
test_filing_review_wording (void)
{
  static const char text[] =
    "一、监督工作\n"
    "\n"
    "共接收报备规范性文件148件，经审查发现问题5件，均已督促纠正。"
    "审查发现问题文件2件，已全部督促整改到位。"
    "审查规范性文件17件，审查中发现1件与上位法不一致，区政府已于当年修改。\n"
    "\n"
    "共接收报备文件两百一十二件。对其中与上位法相抵触的三件，督促制定机关及时予以纠正。"
    "对其中4件存在合法性问题的，提出修改意见，制定机关已全部修改。"
    "对司法解释提出纠正意见6件。\n"
    "\n"
    "审查规范性文件30件，对其中一件予以纠正。审查规范性文件40件。对其中7件存在合法性问题的文件，"
    "均已推动制定机关修改或者废止。对其中8件提出审查意见，制定机关均已修改完善。"
    "对审查中发现与宪法法律相抵触的司法解释9件，已督促最高人民法院予以纠正。\n"
    "\n"
    "审查规范性文件1102件。审查发现42件规范性文件存在合法性问题，已纠正36件。"
    "审查规范性文件486件，已督促制定机关修改或废止21件，依法撤销3件。"
    "作出关于法律问题和重大问题的决定4项。"
    "发现问题文件52件，已纠正46件。对省人民政府报送备案的规范性文件43件进行了审查，"
    "发现与法律法规相抵触的11件，已督促制定机关纠正11件。"
    "对发现的13件存在问题的规范性文件，督促制定机关予以纠正，对2件政府规章提出审查意见。"
    "开展规范性文件专项审查，审查文件420余件，推动修改废止不符合要求的27件。"
    "共接收报送备案的行政法规、司法解释和地方性法规4300余件，对其中的行政法规和司法解释逐件进行主动审查，共审查290件。"
    "审查规范性文件520件，发现问题33件，其中督促制定机关修改15件、废止8件，依法撤销2件，其余正在督促纠正。\n"
    "【备案审查】全年接收报备规范性文件213件，坚持有件必备、有备必审、有错必纠。\n"
    "全年共接收行政法规、地方性法规以及司法解释备案1380余件。收到公民提出的审查建议56件。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "oversight", "148件", "normative_documents_filed", 148);
  assert_tally (document, "oversight", "5件", "documents_corrected", 5);
  assert_tally (document, "oversight", "2件", "documents_corrected", 2);
  assert_tally (document, "oversight", "17件", "normative_documents_reviewed", 17);
  assert_tally (document, "oversight", "1件与上位法不一致", "documents_corrected", 1);
  assert_tally (document, "oversight", "两百一十二件", "normative_documents_filed", 212);
  assert_tally (document, "oversight", "三件，督促制定机关及时予以纠正", "documents_corrected", 3);
  assert_tally (document, "oversight", "4件存在合法性问题的，提出修改意见", "documents_corrected", 4);
  assert_tally (document, "oversight", "6件", "documents_corrected", 6);
  assert_tally (document, "oversight", "30件", "normative_documents_reviewed", 30);
  assert_tally (document, "oversight", "一件予以纠正", "documents_corrected", 1);
  assert_tally (document, "oversight", "修改或者废止", "documents_corrected", 7);
  assert_tally (document, "oversight", "8件提出审查意见", "documents_corrected", 8);
  assert_tally (document, "oversight", "9件", "documents_corrected", 9);
  /* the documents found faulty, then those put right: the second */
  assert_tally (document, "oversight", "36件", "documents_corrected", 36);
  assert_tally (document, "oversight", "46件", "documents_corrected", 46);
  g_assert_null (find_any_tally (document, "42件", NULL));
  /* (all those found put right: one fact, the second) */
  g_assert_null (find_any_tally (document, "相抵触的11件", NULL));
  assert_tally (document, "oversight", "纠正11件", "documents_corrected", 11);
  /* (not when the second is an opinion on other documents) */
  assert_tally (document, "oversight", "督促制定机关予以纠正", "documents_corrected", 13);
  assert_tally (document, "oversight", "2件政府规章提出审查意见", "documents_corrected", 2);
  /* (the documents filed named by their kinds, the review's total in a
   * clause of its own) */
  assert_tally (document, "oversight", "4300余件", "normative_documents_filed", 4300);
  assert_tally (document, "oversight", "290件", "normative_documents_reviewed", 290);
  /* (备案 said as the noun after what was filed) */
  assert_tally (document, "oversight", "1380余件", "normative_documents_filed", 1380);
  assert_tally (document, "oversight", "审查建议56件", "review_requests", 56);
  /* (found faulty, then after 其中 put right each way: the parts are
   * the corrections) */
  assert_tally (document, "oversight", "修改15件", "documents_corrected", 15);
  assert_tally (document, "oversight", "废止8件", "documents_corrected", 8);
  assert_tally (document, "oversight", "撤销2件", "documents_corrected", 2);
  g_assert_null (find_any_tally (document, "33件", NULL));
  /* (a label in 】 opening the paragraph is no part of its first clause) */
  assert_tally (document, "oversight", "213件", "normative_documents_filed", 213);
  /* documents changed at the review's urging are no laws changed */
  assert_tally (document, "oversight", "27件", "documents_corrected", 27);
  /* corrections of two kinds, both stay */
  assert_tally (document, "oversight", "21件", "documents_corrected", 21);
  assert_tally (document, "oversight", "3件", "documents_corrected", 3);
  /* decisions on legal questions are legislation's, in any section */
  assert_tally (document, "legislation", "4项", "decisions_made", 4);
}

/* A later law of an inspected list, its verb said before the list; all
 * there are after the new ones; the best suggestions, which are some of
 * the year's; the township congresses' directors trained under a
 * heading about guiding them. */
static void
test_laws_stocks_and_townships (void)
{
  static const char text[] =
    "一、立法工作\n"
    "\n"
    "新增基层立法联系点3个，总数增加到31个。配合全国人大常委会开展法律草案征求意见工作（9部）。"
    "在各区设立的6个基层立法联系点，全年报送意见建议380余条。"
    "就15部法规草案公开征集意见。对现行有效的23件单行条例开展清理，建议修改4件、废止1件。"
    "一审法规草案16件，二审13件。批准单行条例及其修正案7件。"
    "全市十六个区人大常委会共收集基层立法联系点意见1200条。基层立法联系点反馈意见（1240条）。\n"
    "\n"
    "二、监督工作\n"
    "\n"
    "常委会组成人员带队检查两部法律、一部条例的实施情况。\n"
    "\n"
    "三、代表工作\n"
    "\n"
    "代表提出建议227件，评选优秀代表建议10件。新建代表联络站16个，总数达到427个。"
    "组织人大代表1200余人次参加执法检查。指导10个区（市）人大常委会开展民生实事项目票决。"
    "全年代表进站履职3200余人次。问题解决率较上年提高4个百分点，达到78.6%。"
    "全市现有代表之家38个，今年改造提升12个。代表建议解决率由上年的74%提高到78.3%，"
    "满意率从95%提升至98.1%。代表建议办成率为76.5%。全市家站总数达到四百零三个。"
    "开展执法检查5项，对2部地方性法规、3部法律开展执法检查。\n"
    "\n"
    "四、指导镇人大工作\n"
    "\n"
    "举办镇人大主席、副主席培训班1期，培训32人。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "legislation", "3个", "legislative_contact_points_added", 3);
  assert_tally (document, "legislation", "31个", "legislative_contact_points", 31);
  /* (the points there are, described by their setting up) */
  assert_tally (document, "legislation", "6个基层立法联系点", "legislative_contact_points", 6);
  assert_tally (document, "legislation", "9部", "national_drafts_commented", 9);
  /* a clean-up's proposals are no acts; the congresses that collected
   * comments are not contact points */
  g_assert_null (find_any_tally (document, "4件", NULL));
  g_assert_null (find_any_tally (document, "1件", NULL));
  g_assert_null (find_any_tally (document, "十六个", NULL));
  assert_tally (document, "legislation", "1200条", "public_comments", 1200);
  assert_tally (document, "legislation", "16件", "deliberated", 16);
  assert_tally (document, "legislation", "13件", "deliberated", 13);
  assert_tally (document, "legislation", "修正案7件", "approved", 7);
  assert_tally (document, "legislation", "1240条", "public_comments", 1240);
  assert_tally (document, "legislation", "15部法规草案公开征集意见", "drafts_published", 15);
  assert_tally (document, "oversight", "两部", "law_inspections", 2);
  assert_tally (document, "oversight", "一部条例的实施情况", "law_inspections", 1);
  assert_tally (document, "representation", "227件", "suggestions", 227);
  assert_tally (document, "representation", "10件", "excellent_suggestions", 10);
  assert_tally (document, "representation", "16个", "deputy_stations_added", 16);
  assert_tally (document, "representation", "427个", "deputy_stations", 427);
  assert_tally (document, "representation", "1200余人次参加执法检查", "deputy_oversight_participations", 1200);
  g_assert_null (find_any_tally (document, "10个", NULL));
  assert_tally (document, "representation", "3200余人次", "deputy_activity_participations", 3200);
  /* a rate said after its change */
  assert_tally (document, "representation", "78.6%", "resolution_rate", 78.6);
  assert_tally (document, "representation", "38个", "deputy_stations", 38);
  assert_tally (document, "representation", "12个", "deputy_stations_upgraded", 12);
  /* the value a change went to, not the one it came from */
  assert_tally (document, "representation", "78.3%", "resolution_rate", 78.3);
  assert_tally (document, "representation", "98.1%", "satisfaction_rate", 98.1);
  g_assert_null (find_any_tally (document, "74%", NULL));
  g_assert_null (find_any_tally (document, "95%", NULL));
  assert_tally (document, "representation", "76.5%", "resolution_rate", 76.5);
  assert_tally (document, "representation", "四百零三个", "deputy_stations", 403);
  /* a total's breakdown that sums to it */
  assert_tally (document, "oversight", "5项", "law_inspections", 5);
  g_assert_null (find_any_tally (document, "2部", NULL));
  g_assert_null (find_any_tally (document, "3部", NULL));
  assert_tally (document, "representation", "32人", "directors_trained", 32);
}

/* A count whose words plainly name legislation, oversight or deputies'
 * work, in a section of another topic (a 数说 paragraph closing the
 * self-building section, a misleading heading), is still counted; a
 * count that only a bare word would give another domain is not. */
static void
test_plain_words_elsewhere (void)
{
  static const char text[] =
    "四、加强自身建设\n"
    "\n"
    "数说2022：审议法规案32件，制定地方性法规12件，开展执法检查4项，代表提出议案11件。\n"
    "\n"
    "二、依法开展监督\n"
    "\n"
    "全年制定地方性法规6件。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "legislation", "审议法规案32件", "deliberated", 32);
  assert_tally (document, "legislation", "制定地方性法规12件", "enacted", 12);
  assert_tally (document, "oversight", "执法检查4项", "law_inspections", 4);
  assert_tally (document, "legislation", "制定地方性法规6件", "enacted", 6);
}

/* The time a count covers: a time frame before it in its sentence, or
 * opening its paragraph (五年来，…), or a part about the whole term;
 * the year reported opening a sentence speaks for the year. */
static void
test_periods (void)
{
  static const char text[] =
    REPORT_HEAD ("省", "2023年1月15日", "十四", "一")
    "\n"
    "一、过去五年的主要工作\n"
    "\n"
    "常委会认真履职，共制定地方性法规53件。\n"
    "2022年，常委会制定地方性法规11件。\n"
    "三年来，常委会作出依法防控的决定2件。\n"
    "\n"
    "二、2022年的主要工作\n"
    "\n"
    "五年来，常委会坚持依法监督。开展执法检查31项。\n"
    "全年听取审议专项工作报告15个，一年来开展专题询问3次。\n"
    "\n"
    "三、代表工作\n"
    "\n"
    "2018年以来，累计办理代表建议3000件。2015年以来，累计培训代表900人次。"
    "2022年以来，代表提出议案12件。十五年来，建成代表之家30个。\n"
    "\n"
    "四、过去五年的主要工作\n"
    "\n"
    "其中2022年，开展执法检查8项。去年，常委会审查规范性文件120件。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);
  BaogaoAnnotation *a;

  SKIP_WITHOUT_PLUGINS (document);

  a = find_tally (document, "legislation", "53件");
  g_assert_nonnull (a);
  g_assert_cmpstr (baogao_annotation_get_string (a, "period"), ==, "term");
  a = find_tally (document, "legislation", "11件");
  g_assert_nonnull (a);
  g_assert_null (baogao_annotation_get_string (a, "period"));
  a = find_any_tally (document, "2件", NULL);
  g_assert_nonnull (a);
  g_assert_cmpstr (baogao_annotation_get_string (a, "period"), ==, "multi_year");
  /* the paragraph opens with 五年来: its next sentence too */
  a = find_tally (document, "oversight", "31项");
  g_assert_nonnull (a);
  g_assert_cmpstr (baogao_annotation_get_string (a, "period"), ==, "term");
  a = find_tally (document, "oversight", "15个");
  g_assert_nonnull (a);
  g_assert_null (baogao_annotation_get_string (a, "period"));
  a = find_tally (document, "oversight", "3次");
  g_assert_nonnull (a);
  g_assert_null (baogao_annotation_get_string (a, "period"));
  /* since a year: five years to the year reported are the term */
  a = find_any_tally (document, "3000件", NULL);
  g_assert_nonnull (a);
  g_assert_cmpstr (baogao_annotation_get_string (a, "period"), ==, "term");
  a = find_any_tally (document, "900人次", NULL);
  g_assert_nonnull (a);
  g_assert_cmpstr (baogao_annotation_get_string (a, "period"), ==, "multi_year");
  a = find_any_tally (document, "12件", NULL);
  g_assert_nonnull (a);
  g_assert_null (baogao_annotation_get_string (a, "period"));
  a = find_any_tally (document, "30个", NULL);
  g_assert_nonnull (a);
  g_assert_cmpstr (baogao_annotation_get_string (a, "period"), ==, "multi_year");
  /* the year reported named inside the term's part */
  a = find_tally (document, "oversight", "8项");
  g_assert_nonnull (a);
  g_assert_null (baogao_annotation_get_string (a, "period"));
  a = find_tally (document, "oversight", "120件");
  g_assert_nonnull (a);
  g_assert_null (baogao_annotation_get_string (a, "period"));
}

/* Plans said outside a plans section are not tallies; 将 that brings an
 * object forward does not make one. */
static void
test_plans_in_passing (void)
{
  static const char dated[] =
    PROVINCE_2023
    "\n"
    "三、监督工作\n"
    "\n"
    "2024年，常委会将重点做好以下工作：制定法规10件、开展专题询问3次。"
    "2023年，常委会开展专题调研5项。\n";
  g_autoptr(BaogaoDocument) later = analyze (dated);
  static const char text[] =
    "三、监督工作\n"
    "\n"
    "今年，常委会将开展执法检查5项。计划明年安排专题询问2次。拟废止法规4件。\n"
    "全年开展执法检查7项，将12件代表建议列为重点督办建议。已将3件法规草案提请审议。\n"
    "按照年度监督工作计划安排，听取审议专项工作报告8个。按计划召开常委会会议6次。\n"
    "常委会将审议意见交省政府研究处理，并开展专题询问4次。\n"
    "将对口联系工作制度化，开展专题调研9项。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_null (find_any_tally (document, "5项", NULL));
  g_assert_null (find_any_tally (document, "2次", NULL));
  g_assert_null (find_any_tally (document, "4件", NULL));
  assert_tally (document, "oversight", "执法检查7项", "law_inspections", 7);
  g_assert_nonnull (find_any_tally (document, "12件代表建议列为重点督办建议", NULL));
  /* 计划 as a noun, 将 bringing an object forward: the year's counts */
  assert_tally (document, "oversight", "专项工作报告8个", "work_reports", 8);
  g_assert_nonnull (find_any_tally (document, "6次", NULL));
  assert_tally (document, "oversight", "专题询问4次", "special_inquiries", 4);
  assert_tally (document, "oversight", "专题调研9项", "investigations", 9);

  /* a sentence about the year after the one reported */
  g_assert_null (find_any_tally (later, "10件", NULL));
  g_assert_null (find_any_tally (later, "3次", NULL));
  assert_tally (later, "oversight", "专题调研5项", "investigations", 5);
}

/* Every tally says whose count it is: the level of the congress, from
 * the report's region, unless its rule says (npc_delegation). */
static void
test_scope (void)
{
  static const char provincial[] =
    "某某省人民代表大会常务委员会工作报告\n\n二、立法工作\n\n制定地方性法规10件。\n";
  static const char municipal[] =
    "某某市人民代表大会常务委员会工作报告\n\n二、立法工作\n\n制定地方性法规3件。\n";
  static const char central[] =
    "北京市人民代表大会常务委员会工作报告\n\n二、立法工作\n\n制定地方性法规6件。\n";
  static const char prefecture[] =
    "阿里地区人民代表大会工作委员会工作报告\n\n二、立法工作\n\n制定地方性法规2件。\n";
  static const char national[] =
    "全国人民代表大会常务委员会工作报告\n\n二、立法工作\n\n制定法律6件。\n";
  static const char npc_deputies[] =
    "全国人民代表大会常务委员会工作报告\n\n四、代表工作\n\n培训全国人大代表2300余人次。\n";
  static const struct { const char *text, *ending, *scope; } cases[] = {
    { provincial, "10件", "provincial" },
    { municipal, "3件", "municipal" },
    { central, "6件", "provincial" },
    { national, "6件", "national" },
    { prefecture, "2件", "municipal" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(BaogaoDocument) document = analyze (cases[i].text);
      BaogaoAnnotation *a;

      SKIP_WITHOUT_PLUGINS (document);
      a = find_tally (document, "legislation", cases[i].ending);
      g_assert_nonnull (a);
      g_assert_cmpstr (baogao_annotation_get_string (a, "scope"), ==, cases[i].scope);
    }

  /* in the NPC's own report, the NPC's deputies are its own */
  {
    g_autoptr(BaogaoDocument) document = analyze (npc_deputies);
    BaogaoAnnotation *a = find_tally (document, "representation", "2300余人次");

    g_assert_nonnull (a);
    g_assert_cmpstr (baogao_annotation_get_string (a, "measure"), ==, "deputies_trained");
    g_assert_cmpstr (baogao_annotation_get_string (a, "scope"), ==, "national");
  }
}


/* Legislative contact points set up in the year, all there are, and
 * those something is done through; a legislative plan's projects and
 * the bills and reports deliberated together */
static void
test_contact_points_and_agenda (void)
{
  static const char text[] =
    "某某省人民代表大会常务委员会工作报告\n\n一、立法工作\n\n"
    "年度立法计划安排审议项目30件。新设基层立法联系点5个，全省立法联系点总数达到26个，"
    "通过11个基层立法联系点收集意见建议830条。新建基层立法联系点12个。\n\n"
    "二、自身建设\n\n全年审议议案报告98件。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_null (find_any_tally (document, "项目30件", NULL));
  assert_tally (document, "legislation", "立法联系点5个", "legislative_contact_points_added", 5);
  assert_tally (document, "legislation", "26个", "legislative_contact_points", 26);
  g_assert_null (find_any_tally (document, "11个", NULL));
  assert_tally (document, "legislation", "立法联系点12个", "legislative_contact_points_added", 12);
  assert_tally (document, "self_building", "议案报告98件", "agenda_items", 98);
}

/* The documents reviewed named once, before a colon or in the sentence's
 * first clause, for the count of the review and of the corrections */
static void
test_review_named_once (void)
{
  static const char text[] =
    "某某省人民代表大会常务委员会工作报告\n\n二、监督工作\n\n"
    "备案审查规范性文件:全年审查425件,纠正12件.\n"
    "对规范性文件开展备案审查，共审查56件，其中督促纠正2件。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "oversight", "审查425件", "normative_documents_reviewed", 425);
  assert_tally (document, "oversight", "纠正12件", "documents_corrected", 12);
  assert_tally (document, "oversight", "审查56件", "normative_documents_reviewed", 56);
  assert_tally (document, "oversight", "纠正2件", "documents_corrected", 2);
}

/* A count whose clause opens with another body is that body's: another
 * congress's keeps its level as the scope (各设区的市人大常委会制定法规
 * 35件 in a province's report is municipal), a government's rules are
 * no legislation of the congress, and what the congress guided a lower
 * one to make is the lower one's. The congress's own words stay its own. */
static void
test_other_bodies (void)
{
  static const char provincial[] =
    "某某省人民代表大会常务委员会工作报告\n\n二、立法工作\n\n"
    "全年制定地方性法规9件，修改16件。深圳市人大常委会制定经济特区法规12件。"
    "各设区的市人大常委会共制定法规35件，经省人大常委会批准施行。"
    "指导汕头、珠海制定经济特区法规6件。省政府制定规章8件。"
    "省人大常委会废止法规3件。常委会审议法规草案11件。"
    "审查批准设区的市法规22件。\n\n三、监督工作\n\n各县（市、区）人大常委会开展执法检查41次。"
    "全国人大常委会在我省开展执法检查2次。各市（地）人大常委会开展执法检查30次。\n";
  static const char municipal[] =
    "某某市人民代表大会常务委员会工作报告\n\n二、立法工作\n\n"
    "市人大常委会制定地方性法规3件。省人大常委会批准我市法规2件。\n\n"
    "三、监督工作\n\n指导各区人大常委会开展执法检查14次。\n";
  static const struct { const char *text, *domain, *ending, *scope; } cases[] = {
    { provincial, "legislation", "制定地方性法规9件", "provincial" },
    { provincial, "legislation", "修改16件", "provincial" },
    { provincial, "legislation", "经济特区法规12件", "municipal" },
    { provincial, "legislation", "制定法规35件", "municipal" },
    { provincial, "legislation", "经济特区法规6件", "municipal" },
    { provincial, "legislation", "规章8件", NULL },
    { provincial, "legislation", "废止法规3件", "provincial" },
    { provincial, "legislation", "法规草案11件", "provincial" },
    { provincial, "legislation", "法规22件", "provincial" },
    { provincial, "oversight", "执法检查41次", "county" },
    { provincial, "oversight", "执法检查2次", "national" },
    { provincial, "oversight", "执法检查30次", "municipal" },
    { municipal, "legislation", "法规3件", "municipal" },
    { municipal, "oversight", "执法检查14次", "county" },
    /* (the province's approval of the city's own: sent up) */
    { municipal, "legislation", "法规2件", "municipal" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(BaogaoDocument) document = analyze (cases[i].text);
      BaogaoAnnotation *a;

      SKIP_WITHOUT_PLUGINS (document);
      a = find_tally (document, cases[i].domain, cases[i].ending);
      if (cases[i].scope == NULL)
        {
          g_assert_null (find_any_tally (document, cases[i].ending, NULL));
          continue;
        }
      if (a == NULL)
        g_error ("no %s tally ending with “%s”", cases[i].domain, cases[i].ending);
      g_assert_cmpstr (baogao_annotation_get_string (a, "scope"), ==, cases[i].scope);
    }
  {
    g_autoptr(BaogaoDocument) document = analyze (municipal);

    g_assert_cmpstr (measure_of_count (document, "2件"), ==, "submitted_for_approval");
  }
}

static void
test_list_conjunctions (void)
{
  /* counts before their nouns, the last item joined by 和 or 及 */
  static const char text[] =
    "某某市人民代表大会常务委员会工作报告\n"
    "\n"
    "三、依法履行监督职责\n"
    "\n"
    "全年开展3次执法检查、2次专题询问和4项专题调研。"
    "听取5个专项工作报告及2次专题询问。"
    "组织代表参与执法检查，开展6次视察。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "oversight", "3次执法检查", "law_inspections", 3);
  assert_tally (document, "oversight", "2次专题询问", "special_inquiries", 2);
  assert_tally (document, "oversight", "4项专题调研", "investigations", 4);
  assert_tally (document, "oversight", "5个专项工作报告", "work_reports", 5);
  assert_tally (document, "oversight", "6次视察", "investigations", 6);
}

/* Decisions in a list with the verb said once: those on legal questions
 * are legislation's, those on major matters oversight's resolutions; laws
 * of a second kind borrow the verb at the clause head. A decision among
 * the laws passed is legislation's too. */
static void
test_list_borrowed_verb (void)
{
  static const char text[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "一、2024年主要工作\n"
    "\n"
    "过去一年，常委会作出法规性决定2件、重大事项决定8件，"
    "制定地方性法规6件、设区的市法规3件。\n"
    "\n"
    "二、立法工作\n"
    "\n"
    "审议并表决通过14件，其中新制定5件、修改7件、废止1件、作出决定1件。"
    "审议通过关于进一步做好疫情防控工作的决定等法规性决定两件。"
    "审议通过地方性法规19件、法规性决定3件。表决通过法规12件、有关法律问题的决定4件。"
    "对现行法规开展全面清理，共清理地方性法规198件、法规性决定13件。作出法规性决定和决议17件。\n"
    "\n"
    "三、监督工作\n"
    "\n"
    "开展执法检查3次。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  /* (a decision among the laws passed; a decision's title before its
   * kind, no agenda of all kinds) */
  assert_tally (document, "legislation", "作出决定1件", "decisions_made", 1);
  assert_tally (document, "legislation", "两件", "decisions_made", 2);
  assert_tally (document, "legislation", "法规性决定2件", "decisions_made", 2);
  /* (an item of the laws passed that names its kind) */
  assert_tally (document, "legislation", "地方性法规19件", "passed", 19);
  assert_tally (document, "legislation", "法规性决定3件", "decisions_made", 3);
  assert_tally (document, "legislation", "决定4件", "decisions_made", 4);
  assert_tally (document, "legislation", "法规性决定13件", "cleaned_up", 13);
  /* (decisions and resolutions together: a total of two measures) */
  assert_no_tally_of_count (document, "17件");
  assert_tally (document, "oversight", "重大事项决定8件", "resolutions", 8);
  assert_tally (document, "legislation", "制定地方性法规6件", "enacted", 6);
}

/* A count right after another counts the same thing in another unit and
 * takes its words: the oaths taken at the ceremonies, the deputies
 * trained in the sessions. */
static void
test_apposed_counts (void)
{
  static const char text[] =
    "某某市人民代表大会常务委员会工作报告\n"
    "\n"
    "三、代表工作\n"
    "\n"
    "组织宪法宣誓五场次六十二人，举办代表培训班2期300人次，举办代表学习班3期180人次。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "representation", "宣誓五场次", "oath_ceremonies", 5);
  assert_tally (document, "representation", "六十二人", "oaths", 62);
  assert_tally (document, "representation", "培训班2期", "deputy_trainings", 2);
  assert_tally (document, "representation", "300人次", "deputies_trained", 300);
  assert_tally (document, "representation", "学习班3期", "deputy_trainings", 3);
  assert_tally (document, "representation", "180人次", "deputies_trained", 180);
}

/* The committee's members and deputies investigating together: the
 * committee's investigations in its oversight section, the deputies'
 * inspections in theirs */
static void
test_members_with_deputies (void)
{
  static const char text[] =
    "某某县人民代表大会常务委员会工作报告\n"
    "\n"
    "一、依法履行监督职责\n"
    "\n"
    "组织常委会组成人员和代表开展视察调研十五次。\n"
    "\n"
    "二、代表工作\n"
    "\n"
    "组织常委会组成人员和代表开展视察调研六次。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "oversight", "视察调研十五次", "investigations", 15);
  assert_tally (document, "representation", "视察调研六次", "deputy_inspections", 6);
}

/* The research the leaders took up in the opening political section; not
 * the places visited for it */
static void
test_research_topics (void)
{
  static const char text[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "一、始终坚持党的全面领导\n"
    "\n"
    "深入开展主题教育，班子成员领题开展调研28项，深入36个单位开展调研，检视整改问题45个。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "political", "调研28项", "research_topics", 28);
  g_assert_null (find_tally (document, "political", "36个"));
  assert_tally (document, "political", "问题45个", "problems_identified", 45);
}

/* A rate said to date is the year's rate (截至目前，…办结率100%); a count
 * to date is a total of years. */
static void
test_rate_to_date (void)
{
  static const char text[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "三、代表工作\n"
    "\n"
    "代表提出建议892件。截至目前，代表建议办结率达100%，满意率98.5％，答复率百分之百。"
    "截至2024年底，累计办理代表建议3000件。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);
  BaogaoAnnotation *a;

  SKIP_WITHOUT_PLUGINS (document);

  a = find_any_tally (document, "100%", NULL);
  g_assert_nonnull (a);
  g_assert_null (baogao_annotation_get_string (a, "period"));
  a = find_any_tally (document, "98.5％", NULL);
  g_assert_nonnull (a);
  g_assert_null (baogao_annotation_get_string (a, "period"));
  a = find_any_tally (document, "百分之百", NULL);
  g_assert_nonnull (a);
  g_assert_null (baogao_annotation_get_string (a, "period"));
  a = find_any_tally (document, "3000件", NULL);
  g_assert_nonnull (a);
  g_assert_cmpstr (baogao_annotation_get_string (a, "period"), ==, "multi_year");
}

static void
test_list_tail (void)
{
  /* the activity said once after the last item counts for every item */
  static const char text[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "全年对5部法律、2部地方性法规开展执法检查，"
    "围绕乡村振兴、城市更新组织专题询问。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);
  BaogaoAnnotation *first;
  g_autofree char *first_text = NULL;

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "oversight", "5部", "law_inspections", 5);
  assert_tally (document, "oversight", "2部地方性法规开展执法检查", "law_inspections", 2);
  /* the tail cue does not stretch the earlier item's span over the list */
  first = find_tally (document, "oversight", "5部");
  first_text = baogao_annotation_dup_text (first);
  g_assert_null (strstr (first_text, "执法检查"));
}

static void
test_sentence_subject (void)
{
  /* the Party group, named once as the sentence's subject, is the one
   * that studies; without it the study is nobody's in particular */
  static const char text[] =
    "某某自治区人民代表大会常务委员会工作报告\n"
    "\n"
    "一、坚持党的全面领导\n"
    "\n"
    "常委会党组坚持把政治建设摆在首位，全年开展集体学习15次。"
    "常委会党组认真落实第一议题制度，召开党组会议21次、组织集体学习9次。"
    "机关各处室结合工作实际，开展集体学习30次。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "political", "集体学习15次", "party_group_study_sessions", 15);
  assert_tally (document, "political", "党组会议21次", "party_group_meetings", 21);
  assert_tally (document, "political", "集体学习9次", "party_group_study_sessions", 9);
  assert_tally (document, "political", "集体学习30次", "study_sessions", 30);
}

static void
test_innermost_topic (void)
{
  /* (一) units with topical headings inside a section of no topic: the
   * unit's topic decides */
  static const char text[] =
    "某某县人民代表大会常务委员会工作报告\n"
    "\n"
    "一、围绕中心履职尽责\n"
    "\n"
    "（一）加强自身建设。机关干部开展集体学习11次。\n"
    "\n"
    "（二）坚持党的领导。常委会班子开展集体学习7次。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);
  g_autoptr(GPtrArray) subsections = NULL;

  SKIP_WITHOUT_PLUGINS (document);

  subsections = baogao_document_get_annotations (document, "structure.subsection");
  if (subsections->len == 0 ||
      baogao_annotation_get_string (g_ptr_array_index (subsections, 0), "topic") == NULL)
    {
      /* the structure analyzer may make such units sections instead */
      g_autoptr(GPtrArray) sections = baogao_document_get_annotations (document, "structure.section");

      if (sections->len < 2)
        {
          g_test_skip ("the structure analyzer gives these units no topic");
          return;
        }
    }
  assert_tally (document, "self_building", "集体学习11次", "study_sessions", 11);
  assert_tally (document, "political", "集体学习7次", "study_sessions", 7);
}

static void
test_domain_ties (void)
{
  /* 满意率 is as much a political count (liaison) as a representation
   * one (suggestions): outside a topical section neither domain gets
   * it, inside one the section decides */
  static const char text[] =
    "某某市人民代表大会常务委员会工作报告\n"
    "\n"
    "全年共协调解决问题20个，满意率98%。\n"
    "\n"
    "一、坚持党的全面领导\n"
    "\n"
    "常委会组成人员联系企业30家，满意率97%。\n"
    "\n"
    "二、密切联系人民群众\n"
    "\n"
    "代表建议全部办结，满意率96%。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_null (find_any_tally (document, "98%", NULL));
  assert_tally (document, "political", "满意率97%", "satisfaction_rate", 97);
  assert_tally (document, "representation", "满意率96%", "satisfaction_rate", 96);
}

static void
test_overview_counts (void)
{
  /* the overview paragraph before the first section: meetings held,
   * decisions on legal questions apart from the other resolutions */
  static const char text[] =
    "某某市人民代表大会常务委员会工作报告\n"
    "\n"
    "各位代表：\n"
    "\n"
    "过去一年，市人大常委会召开常委会会议八次、主任会议二十二次，"
    "通过有关法律问题的决定3件，作出决议决定10项，"
    "开展执法检查3次，受理群众来信来访1500余件次，"
    "组织代表在联络站接待群众2600余人次。\n"
    "\n"
    "一、加强法治建设\n"
    "\n"
    "坚持每两个月召开一次常委会会议。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "self_building", "常委会会议八次", "standing_committee_sessions", 8);
  assert_tally (document, "self_building", "主任会议二十二次", "chairpersons_meetings", 22);
  assert_tally (document, "legislation", "有关法律问题的决定3件", "decisions_made", 3);
  assert_tally (document, "oversight", "作出决议决定10项", "resolutions", 10);
  assert_tally (document, "oversight", "来信来访1500余件次", "petitions_received", 1500);
  assert_tally (document, "representation", "接待群众2600余人次", "constituents_received", 2600);
  /* a rule of frequency is no count of meetings */
  g_assert_null (find_any_tally (document, "一次", NULL));
}

static void
test_filing_review (void)
{
  /* the national style of filing review */
  static const char text[] =
    "全国人民代表大会常务委员会工作报告\n"
    "\n"
    "四、做好备案审查工作\n"
    "\n"
    "全年审查报送备案的行政法规、监察法规、司法解释等900余件，"
    "对公民、组织提出的1500件审查建议逐一研究，"
    "督促有关机关纠正违规规范性文件80余件。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "oversight", "司法解释等900余件", "normative_documents_reviewed", 900);
  assert_tally (document, "oversight", "1500件审查建议", "review_requests", 1500);
  assert_tally (document, "oversight", "规范性文件80余件", "documents_corrected", 80);
}

static void
test_representation_rules (void)
{
  static const char text[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "四、密切同代表和人民群众的联系\n"
    "\n"
    "邀请五百余人次省人大代表列席常委会会议，组织四十名代表参加专题视察。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);
  const char *domain = NULL;

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "representation", "五百余人次省人大代表列席", "deputy_attendances", 500);
  /* deputies taking part in an activity are not deputies liaised with */
  if (find_any_tally (document, "四十名代表", &domain) != NULL)
    g_assert_cmpstr (domain, !=, "political");
  g_assert_null (find_tally (document, "political", "四十名"));
}

static void
test_self_building_rules (void)
{
  static const char text[] =
    "某某市人民代表大会常务委员会工作报告\n"
    "\n"
    "一、加强常委会自身建设\n"
    "\n"
    "举办“法治论坛”3期、处长论坛4期，组织青年干部读书交流会5次，"
    "举办青年干部培训班2期。获中国人大新闻奖一等奖1项、二等奖2项。获得省级以上表彰奖励12项。"
    "机关公开招录公务员5名，遴选干部3名。接收全国人大代表15名来我市视察调研。"
    "表彰先进集体6个、优秀个人21名。在全省人大新闻作品评选中获奖4件。"
    "机关获省委通报表彰先进集体2个。人大新闻稿件获省领导批示肯定3篇。\n"
    "\n"
    "二、推进科学立法\n"
    "\n"
    "立法过程中广泛征求社会各界意见建议3000余条。\n"
    "\n"
    "三、其他工作\n"
    "\n"
    "常委会共举行7次会议，召开3次专题会议。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "self_building", "3期", "forums", 3);
  /* the sessions, the count first; not meetings of a kind */
  assert_tally (document, "self_building", "7次会议", "standing_committee_sessions", 7);
  g_assert_null (find_tally (document, "self_building", "3次专题会议"));
  assert_tally (document, "self_building", "处长论坛4期", "division_chief_forums", 4);
  assert_tally (document, "self_building", "青年干部读书交流会5次", "youth_study_seminars", 5);
  assert_tally (document, "self_building", "培训班2期", "trainings", 2);
  assert_tally (document, "legislation", "意见建议3000余条", "public_comments", 3000);
  /* the grades of a news award named once */
  assert_tally (document, "self_building", "一等奖1项", "news_awards", 1);
  assert_tally (document, "self_building", "二等奖2项", "news_awards", 2);
  assert_tally (document, "self_building", "表彰奖励12项", "commendations", 12);
  /* staff recruited; not deputies the office receives */
  assert_tally (document, "self_building", "公务员5名", "recruits", 5);
  assert_tally (document, "self_building", "干部3名", "recruits", 3);
  g_assert_null (find_any_tally (document, "15名", NULL));
  assert_tally (document, "self_building", "获奖4件", "news_awards", 4);
  /* (a commendation received is one, whatever words follow 表彰; a
   * leader's endorsement is no award) */
  assert_tally (document, "self_building", "先进集体2个", "commendations", 2);
  g_assert_null (find_any_tally (document, "3篇", NULL));
  /* (commendations the congress gives are none it received) */
  g_assert_null (find_any_tally (document, "6个", NULL));
  g_assert_null (find_any_tally (document, "21名", NULL));
}

static void
test_list_ellipsis (void)
{
  /* the later items of a list name only the object: the verb at the
   * head of their clause is theirs too, unless they have their own */
  static const char text[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "一、坚持科学立法\n"
    "\n"
    "制定经济特区法规3件、设区的市法规2件，修改法规4件。"
    "全年审议法规案46件，其中制定自由贸易港法规10件、经济特区法规6件、省地方性法规7件。"
    "审查批准设区的市报批的法规8件和自治县报批的单行条例3件。"
    "制定法规9件、修改12件、废止1件。"
    "制定法规11件、审查批准设区的市法规5件。\n";
  static const char other[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "检查组走访企业120家、座谈会31次。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);
  g_autoptr(BaogaoDocument) near_miss = NULL;
  BaogaoAnnotation *a;
  g_autofree char *a_text = NULL;

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "legislation", "经济特区法规3件", "enacted", 3);
  assert_tally (document, "legislation", "设区的市法规2件", "enacted", 2);
  assert_tally (document, "legislation", "自由贸易港法规10件", "enacted", 10);
  assert_tally (document, "legislation", "经济特区法规6件", "enacted", 6);
  assert_tally (document, "legislation", "省地方性法规7件", "enacted", 7);
  assert_tally (document, "legislation", "法规8件", "approved", 8);
  assert_tally (document, "legislation", "单行条例3件", "approved", 3);
  /* items with verbs of their own keep them */
  assert_tally (document, "legislation", "修改12件", "amended", 12);
  assert_tally (document, "legislation", "废止1件", "repealed", 1);
  assert_tally (document, "legislation", "制定法规11件", "enacted", 11);
  assert_tally (document, "legislation", "审查批准设区的市法规5件", "approved", 5);
  /* the span is the item's own words, not the head's */
  a = find_tally (document, "legislation", "设区的市法规2件");
  a_text = baogao_annotation_dup_text (a);
  g_assert_cmpstr (a_text, ==, "设区的市法规2件");

  /* the head lends its verb to the item's object, not its measure to
   * an item of another kind */
  near_miss = analyze (other);
  g_assert_null (find_any_tally (near_miss, "31次", NULL));

  /* a count for each item is no total */
  g_clear_object (&near_miss);
  near_miss = analyze ("某某市人民代表大会常务委员会工作报告\n\n二、监督工作\n\n"
                       "听取审议市政府专项工作报告8个、市中级人民法院和市人民检察院专项工作报告各1个。\n");
  assert_tally (near_miss, "oversight", "报告8个", "work_reports", 8);
  g_assert_null (find_any_tally (near_miss, "1个", NULL));
}

static void
test_approved_cities (void)
{
  /* the standard sentence counts the cities too: they are no tally */
  static const char text[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "二、着力提高立法质量\n"
    "\n"
    "审查批准济南、青岛等16个设区的市报批的法规和决定53件。"
    "批准12个设区的市报批的法规和决定41件。"
    "批准南京、苏州等市法规37件。\n";
  static const char overview[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "一年来，审查批准济南、青岛等16个设区的市报批的法规和决定53件。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);
  g_autoptr(BaogaoDocument) outside = NULL;

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "legislation", "决定53件", "approved", 53);
  assert_tally (document, "legislation", "决定41件", "approved", 41);
  assert_tally (document, "legislation", "市法规37件", "approved", 37);
  g_assert_null (find_any_tally (document, "16个", NULL));
  g_assert_null (find_any_tally (document, "12个", NULL));

  outside = analyze (overview);
  assert_tally (outside, "legislation", "决定53件", "approved", 53);
  g_assert_null (find_any_tally (outside, "16个", NULL));
}

/* A city's laws sent up for approval are its own, not approvals given */
static void
test_submitted_for_approval (void)
{
  static const char text[] =
    "某某市人民代表大会常务委员会工作报告\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "经市人大常委会审议通过后报请省人大常委会批准法规5件，提请省人大常委会批准的3件法规均获批准。"
    "全年报请广东省人大常委会批准设区的市法规7件。"
    "报请四川省人大常委会审查批准单行条例两件、地方性法规四件。向省人大常委会报批法规6件、单行条例1件。\n";
  /* a province reviews what the cities sent up: approvals */
  static const char provincial[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "对报请批准的23件设区的市法规逐件进行合法性审查。审查批准各设区的市报请省人大常委会批准的法规38件。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "legislation", "批准法规5件", "submitted_for_approval", 5);
  assert_tally (document, "legislation", "批准的3件", "submitted_for_approval", 3);
  /* (the province named) */
  assert_tally (document, "legislation", "7件", "submitted_for_approval", 7);
  /* (…and the later items of a list) */
  assert_tally (document, "legislation", "地方性法规四件", "submitted_for_approval", 4);
  assert_tally (document, "legislation", "单行条例1件", "submitted_for_approval", 1);

  g_clear_object (&document);
  document = analyze (provincial);
  assert_tally (document, "legislation", "23件", "approved", 23);
  assert_tally (document, "legislation", "38件", "approved", 38);
}

static void
test_package_decisions (void)
{
  /* a decision that repeals or amends several laws at once counts them */
  static const char text[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "作出关于废止《某省甲规定》等三件地方性法规的决定。"
    "表决通过关于修改《某省水资源条例》等十件地方性法规的决定。\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "作出关于废止《某省乙条例》等4件法规的决定。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "legislation", "等三件地方性法规的决定", "repealed", 3);
  assert_tally (document, "legislation", "等十件地方性法规的决定", "amended_in_package", 10);
  assert_tally (document, "legislation", "等4件法规的决定", "repealed", 4);
}

static void
test_public_consultation (void)
{
  /* drafts put out for comment (次) and the comments received (条),
   * in a legislation section and outside any */
  static const char text[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "公开征求意见12次，收到各方面意见建议2300余条。\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "通过网站公开征求意见38次，征集意见建议1600余条。"
    "全年公开征求意见27次，收到各方面意见建议900余条。\n"
    "\n"
    "二、代表工作\n"
    "\n"
    "通过代表联络站收到群众意见建议3000余条。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "legislation", "征求意见12次", "public_consultations", 12);
  assert_tally (document, "legislation", "意见建议2300余条", "public_comments", 2300);
  assert_tally (document, "legislation", "征求意见38次", "public_consultations", 38);
  assert_tally (document, "legislation", "意见建议1600余条", "public_comments", 1600);
  assert_tally (document, "legislation", "征求意见27次", "public_consultations", 27);
  assert_tally (document, "legislation", "意见建议900余条", "public_comments", 900);
  /* the public's opinions deputies receive are not comments on drafts */
  g_assert_null (find_tally (document, "legislation", "3000余条"));
}

static void
test_filing_corrections (void)
{
  /* the documents corrected, counted after the reviewed ones */
  static const char text[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "三、加强监督工作\n"
    "\n"
    "备案审查规范性文件三百零六件，督促纠正十一件。"
    "全年审查规范性文件425件，纠正12件。"
    "全年接收报送备案的规范性文件372件，逐件开展审查，"
    "对存在合法性问题的7件提出审查意见，制定机关均已纠正。"
    "全年审查规范性文件417件，对发现问题的6件督促制定机关及时纠正。"
    "组织执法检查组5个，深入13个设区市。对3件规范性文件提出书面审查意见。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "oversight", "三百零六件", "normative_documents_reviewed", 306);
  assert_tally (document, "oversight", "督促纠正十一件", "documents_corrected", 11);
  assert_tally (document, "oversight", "纠正12件", "documents_corrected", 12);
  assert_tally (document, "oversight", "7件提出审查意见", "documents_corrected", 7);
  assert_tally (document, "oversight", "6件督促制定机关及时纠正", "documents_corrected", 6);
  /* (the count first: the documents sent an opinion, none reviewed) */
  assert_tally (document, "oversight", "3件规范性文件提出书面审查意见", "documents_corrected", 3);
  /* the inspection teams are no inspections */
  g_assert_null (find_any_tally (document, "5个", NULL));
}

static void
test_follow_up_and_evaluation (void)
{
  /* the follow-up of deliberation opinions, and the approval a work
   * report got in a satisfaction survey, in any section */
  static const char text[] =
    "某某自治区人民代表大会常务委员会工作报告\n"
    "\n"
    "对4项审议意见落实情况开展跟踪监督。对审议意见落实情况开展跟踪监督5项。\n"
    "\n"
    "一、助力筑牢我国北方重要生态安全屏障\n"
    "\n"
    "听取审议自治区人民政府关于林草生态建设情况的报告，并开展满意度测评，满意票率达86.4%。\n"
    "\n"
    "二、依法加强监督工作\n"
    "\n"
    "对其中2个报告开展满意度测评，满意率为91%。\n"
    "\n"
    "三、密切联系代表\n"
    "\n"
    "代表提出建议412件，均已按时办结，代表对办理结果满意率为99.3%。"
    "对12件重点督办建议开展跟踪监督。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "oversight", "4项审议意见落实情况开展跟踪监督", "follow_up_supervisions", 4);
  assert_tally (document, "oversight", "跟踪监督5项", "follow_up_supervisions", 5);
  g_assert_null (find_tally (document, "legislation", "5项"));
  assert_tally (document, "oversight", "满意票率达86.4%", "evaluation_approval_rate", 86.4);
  assert_tally (document, "oversight", "满意率为91%", "evaluation_approval_rate", 91);
  /* deputies' satisfaction with the handling of their suggestions, and
   * the follow-up of those, are representation's */
  assert_tally (document, "representation", "满意率为99.3%", "satisfaction_rate", 99.3);
  g_assert_null (find_tally (document, "oversight", "12件"));
}

/* A count whose own noun is a place (在21个街道建设代表之家) counts the
 * places, not what is built or done there; a place that names the
 * stations it has (15个社区代表联络站) stays their count. */
static void
test_place_counts (void)
{
  static const char text[] =
    "某某区人民代表大会常务委员会工作报告\n"
    "\n"
    "一、支持代表依法履职\n"
    "\n"
    "在21个街道全覆盖建设人大代表之家、代表联络站。"
    "全区313个乡镇（街道）均建立人大代表之家。"
    "在38个县（市、区）设立代表联络站。"
    "建成乡镇人大代表之家12个。建成15个社区代表联络站。"
    "新建9个村级代表联络站。2022年以来累计新建代表联络站43个。"
    "全区共有代表联络站168个，三年来累计新建51个。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);
  BaogaoAnnotation *a;

  SKIP_WITHOUT_PLUGINS (document);

  /* (the new ones of several years, totalled: added, not all there are) */
  assert_tally (document, "representation", "43个", "deputy_stations_added", 43);
  a = find_tally (document, "representation", "43个");
  g_assert_cmpstr (baogao_annotation_get_string (a, "period"), ==, "multi_year");
  assert_tally (document, "representation", "168个", "deputy_stations", 168);
  assert_tally (document, "representation", "51个", "deputy_stations_added", 51);
  assert_no_tally_of_count (document, "21个");
  assert_no_tally_of_count (document, "313个");
  assert_no_tally_of_count (document, "38个");
  assert_tally (document, "representation", "代表之家12个", "deputy_stations", 12);
  assert_tally (document, "representation", "15个社区代表联络站", "deputy_stations", 15);
  assert_tally (document, "representation", "新建9个村级代表联络站", "deputy_stations_added", 9);
}

/* Someone attending the committee's sessions (区委书记出席常委会会议2次)
 * counts their attendance, not the sessions held */
static void
test_sessions_attended (void)
{
  static const char text[] =
    "某某区人民代表大会常务委员会工作报告\n"
    "\n"
    "一、坚持党的领导\n"
    "\n"
    "区委书记出席常委会会议2次。省委主要负责同志出席常委会会议3次并讲话。"
    "全年召开常委会会议8次。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_no_tally_of_count (document, "2次");
  assert_no_tally_of_count (document, "3次");
  assert_tally (document, "self_building", "常委会会议8次", "standing_committee_sessions", 8);
}

/* The suggestions a government handled are its workload, not the count
 * of the deputies' own suggestions; how they were handled (rates) and
 * what the committee handed over or urged stay the deputies' */
static void
test_government_suggestions (void)
{
  static const char text[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "三、代表工作\n"
    "\n"
    "大会期间代表提出建议752件，已全部办复，代表满意率98.9%。"
    "省政府全年办理人大代表建议1086件（含市县转办件）。"
    "省人民政府共承办代表建议694件，办结率100%。"
    "常委会向省政府交办代表建议531件。"
    "督促承办单位认真办理代表建议477件。"
    "全国人大代表提出建议188件。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "representation", "建议752件", "suggestions", 752);
  assert_tally (document, "representation", "满意率98.9%", "satisfaction_rate", 98.9);
  assert_no_tally_of_count (document, "1086件");
  assert_no_tally_of_count (document, "694件");
  assert_tally (document, "representation", "办结率100%", "completion_rate", 100);
  assert_tally (document, "representation", "代表建议531件", "suggestions", 531);
  assert_tally (document, "representation", "代表建议477件", "suggestions", 477);
  assert_tally (document, "representation", "建议188件", "npc_suggestions", 188);
}

/* The clean-up of the laws in force (对…制定的147件现行有效法规进行全面
 * 清理) enacts nothing: it counts the laws it went through */
static void
test_laws_cleaned_up (void)
{
  static const char text[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "对省人大及其常委会制定的147件现行有效法规进行全面清理。"
    "全年制定地方性法规12件，修改19件。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "legislation", "147件现行有效法规进行全面清理", "cleaned_up", 147);
  g_assert_cmpuint (count_measure (document, "legislation", "enacted"), ==, 1);
  assert_tally (document, "legislation", "制定地方性法规12件", "enacted", 12);
  assert_tally (document, "legislation", "修改19件", "amended", 19);
}

/* Laws in force evaluated, the count before or after its noun; not the
 * evaluations planned */
static void
test_post_legislative_evaluations (void)
{
  static const char text[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "全年制定地方性法规8件，开展立法后评估2项，对5部法规开展立法后评估。"
    "今年拟开展立法后评估3项。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "legislation", "立法后评估2项", "post_legislative_evaluations", 2);
  assert_tally (document, "legislation", "5部法规开展立法后评估", "post_legislative_evaluations", 5);
  assert_no_tally_of_count (document, "3项");
}

/* Comments received on drafts, their count before its noun, and those
 * adopted; not the deputies' suggestions, in a legislation section or
 * outside any; the public's opinions deputies' stations collect stay
 * representation's */
static void
test_comments_received (void)
{
  static const char text[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "通过省人大常委会网站公开征求意见十几次，收到两千多条意见建议。"
    "全年共有16件法律草案公开征求意见，收到社会公众意见建议1.9万余条。"
    "通过代表联络站收集群众意见3.2万条。\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "通过网站公开征求意见9次，收到1200多条意见建议。"
    "对17部法规草案征集意见建议420条，其中被采纳38条。\n"
    "\n"
    "二、代表工作\n"
    "\n"
    "代表提出建议600件，其中被采纳的建议45件。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "legislation", "两千多条意见建议", "public_comments", 2000);
  assert_tally (document, "legislation", "意见建议1.9万余条", "public_comments", 19000);
  assert_tally (document, "legislation", "1200多条意见建议", "public_comments", 1200);
  assert_tally (document, "legislation", "征集意见建议420条", "public_comments", 420);
  assert_tally (document, "legislation", "被采纳38条", "public_comments_adopted", 38);
  assert_tally (document, "representation", "3.2万条", "public_opinions_collected", 3.2);
  /* suggestions adopted are no comments on drafts */
  g_assert_null (find_tally (document, "legislation", "45件"));
}

/* The documents a review found faulty and had corrected, counted in a
 * clause of their own before the correction */
static void
test_documents_found_faulty (void)
{
  static const char text[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "审查后发现问题并提出意见的11件，均已纠正。\n"
    "\n"
    "一、监督工作\n"
    "\n"
    "全年共接收报送备案的规范性文件189件，审查后发现问题并提出意见的13件，均已纠正。\n"
    "\n"
    "二、坚持党的领导\n"
    "\n"
    "开展巡视整改，发现问题14个。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "oversight", "发现问题并提出意见的11件", "documents_corrected", 11);
  assert_tally (document, "oversight", "发现问题并提出意见的13件", "documents_corrected", 13);
  assert_tally (document, "political", "发现问题14个", "problems_identified", 14);
}

/* Deputies' activities held (场次) and the deputies taking part (人次);
 * the 和 form of the resolution rate; the lower congresses' directors
 * trained, after their trainings */
static void
test_deputy_activities (void)
{
  static const char text[] =
    "某某自治州人民代表大会常务委员会工作报告\n"
    "\n"
    "一、代表工作\n"
    "\n"
    "组织代表开展“苗侗代表进村寨”活动46场次、1100余人次。"
    "组织代表开展活动47场次，参与代表1101人次。"
    "组织代表开展闭会期间集中视察2次，参加活动代表1350人次。"
    "组织代表参加视察调研活动320人次。"
    "组织代表参加活动九十余场、一千二百余人次。"
    "组织代表赴浙江开展考察活动3场。"
    "组织代表开展小组活动24次。"
    "开展联系代表活动90次。全年走访、座谈联系代表130余次。"
    "组织代表接待群众活动56场次。"
    "所提问题已解决和列入计划逐步解决的占81.4%。"
    "所提问题已经解决或者列入计划逐步解决的占82.6%。"
    "全市各级人大代表2.3万人次参加“代表活动周”。\n"
    "\n"
    "二、自身建设\n"
    "\n"
    "组织常委会组成人员及街道人大工委主任学习培训3期、160人次。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "representation", "46场次", "deputy_activities", 46);
  assert_tally (document, "representation", "2.3万人次参加“代表活动", "deputy_activity_participations", 2.3);
  assert_tally (document, "representation", "1100余人次", "deputy_activity_participations", 1100);
  assert_tally (document, "representation", "活动47场次", "deputy_activities", 47);
  assert_tally (document, "representation", "参与代表1101人次", "deputy_activity_participations", 1101);
  assert_tally (document, "representation", "集中视察2次", "deputy_inspections", 2);
  assert_tally (document, "representation", "活动代表1350人次", "deputy_activity_participations", 1350);
  assert_tally (document, "representation", "视察调研活动320人次", "deputy_research_participations", 320);
  assert_tally (document, "representation", "九十余场", "deputy_activities", 90);
  assert_tally (document, "representation", "一千二百余人次", "deputy_activity_participations", 1200);
  /* one trip */
  assert_no_tally_of_count (document, "3场");
  assert_tally (document, "representation", "小组活动24次", "deputy_group_activities", 24);
  assert_tally (document, "representation", "联系代表活动90次", "liaison_activities", 90);
  assert_tally (document, "representation", "联系代表130余次", "liaison_activities", 130);
  assert_tally (document, "representation", "接待群众活动56场次", "constituent_receptions", 56);
  assert_tally (document, "representation", "占81.4%", "resolution_rate", 81.4);
  assert_tally (document, "representation", "占82.6%", "resolution_rate", 82.6);
  assert_tally (document, "representation", "学习培训3期", "director_trainings", 3);
  assert_tally (document, "representation", "160人次", "directors_trained", 160);
}

/* A tally with its measure, value and period (NULL: the year's). */
static void
assert_period (BaogaoDocument *document,
               const char     *domain,
               const char     *ending,
               const char     *measure,
               gint64          value,
               const char     *period)
{
  BaogaoAnnotation *a;

  assert_tally (document, domain, ending, measure, value);
  a = find_tally (document, domain, ending);
  g_assert_cmpstr (baogao_annotation_get_string (a, "period"), ==, period);
}

/* The stations and contact points there are to date are not the year's
 * (a stock, multi_year), unlike those set up in the year (新建, 设立,
 * 今年建成) or done up (改造提升); the noun said once for the stock and
 * the new ones. */
static void
test_stocks (void)
{
  static const char text[] =
    REPORT_HEAD ("省", "2025年1月20日", "十四", "三")
    "\n"
    "一、立法工作\n"
    "\n"
    "在榕江县、从江县设立基层立法联系点2个。全省共设立基层立法联系点26个。"
    "全年建立基层立法联系点4个。新设基层立法联系点5个，全省立法联系点总数达到31个。\n"
    "\n"
    "二、代表工作\n"
    "\n"
    "全省建成代表之家、代表联络站3218个。代表之家、代表联络站总数达到216个。"
    "全市建成代表之家、代表联络站186个，今年新建18个。改造提升街道代表之家13个。"
    "今年建成代表联络站20个。新建代表联络站12个。目前共建成各级代表之家268个。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_period (document, "legislation", "立法联系点2个", "legislative_contact_points_added", 2, NULL);
  assert_period (document, "legislation", "立法联系点26个", "legislative_contact_points", 26,
                 "multi_year");
  assert_period (document, "legislation", "立法联系点4个", "legislative_contact_points_added", 4, NULL);
  assert_period (document, "legislation", "立法联系点5个", "legislative_contact_points_added", 5, NULL);
  assert_period (document, "legislation", "31个", "legislative_contact_points", 31, "multi_year");
  assert_period (document, "representation", "3218个", "deputy_stations", 3218, "multi_year");
  assert_period (document, "representation", "216个", "deputy_stations", 216, "multi_year");
  assert_period (document, "representation", "186个", "deputy_stations", 186, "multi_year");
  assert_period (document, "representation", "新建18个", "deputy_stations_added", 18, NULL);
  assert_period (document, "representation", "代表之家13个", "deputy_stations_upgraded", 13, NULL);
  assert_period (document, "representation", "代表联络站20个", "deputy_stations_added", 20, NULL);
  assert_period (document, "representation", "代表联络站12个", "deputy_stations_added", 12, NULL);
  assert_period (document, "representation", "268个", "deputy_stations", 268, "multi_year");
}

/* Totals since the term began (X届…成立以来, 换届以来) and 累计 alone
 * are not the year's; 累计 after the year said (全年累计, 一年来累计) and
 * since the year's session (X届人大N次会议以来) are. In a report given
 * at the term's third session, the term so far is years to date
 * (multi_year), not the whole term. */
static void
test_cumulative (void)
{
  static const char text[] =
    REPORT_HEAD ("省", "2025年1月20日", "十四", "三")
    "\n"
    "一、立法工作\n"
    "\n"
    "自省十四届人大常委会成立以来，累计制定法规21件，修改法规30件。"
    "新一届常委会履职以来，共废止法规7件。换届以来，批准设区的市法规41件。"
    "累计审议法规草案52件，出台法规23件。"
    "全年累计制定法规9件。一年来累计修改法规14件。全年共审议法规12件，累计废止法规6件。"
    "省十四届人大二次会议以来，代表提出议案15件。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_period (document, "legislation", "制定法规21件", "enacted", 21, "multi_year");
  assert_period (document, "legislation", "修改法规30件", "amended", 30, "multi_year");
  assert_period (document, "legislation", "废止法规7件", "repealed", 7, "multi_year");
  assert_period (document, "legislation", "法规41件", "approved", 41, "multi_year");
  assert_period (document, "legislation", "法规草案52件", "deliberated", 52, "multi_year");
  assert_period (document, "legislation", "出台法规23件", "enacted", 23, "multi_year");
  assert_period (document, "legislation", "制定法规9件", "enacted", 9, NULL);
  assert_period (document, "legislation", "修改法规14件", "amended", 14, NULL);
  assert_period (document, "legislation", "废止法规6件", "repealed", 6, NULL);
  assert_period (document, "representation", "议案15件", "motions", 15, NULL);

  /* (the same in the term's fourth year, at its fourth or fifth session;
   * the whole term in its last report, given at the next congress's first
   * session or at the term's last, a sixth or later) */
  {
    static const char fourth[] =
      REPORT_HEAD ("省", "2016年1月28日", "十二", "四")
      "\n"
      "一、立法工作\n"
      "\n"
      "本届以来制定地方性法规41件。\n";
    static const char last[] =
      REPORT_HEAD ("省", "2018年1月26日", "十三", "一")
      "\n"
      "一、立法工作\n"
      "\n"
      "本届以来制定地方性法规62件。\n";
    static const char sixth[] =
      REPORT_HEAD ("市", "2021年2月2日", "四", "六")
      "\n"
      "一、立法工作\n"
      "\n"
      "本届以来，常委会共制定地方性法规11件。\n";
    /* (a county's fifth session, the term's fourth year: so far) */
    static const char fifth[] =
      REPORT_HEAD ("县", "2025年1月9日", "十八", "五")
      "\n"
      "一、代表工作\n"
      "\n"
      "本届以来，常委会累计对代表建议开展重点督办37件。\n";
    g_autoptr(BaogaoDocument) so_far = analyze (fourth);
    g_autoptr(BaogaoDocument) whole = analyze (last);
    g_autoptr(BaogaoDocument) closing = analyze (sixth);
    g_autoptr(BaogaoDocument) county = analyze (fifth);

    assert_period (so_far, "legislation", "41件", "enacted", 41, "multi_year");
    assert_period (whole, "legislation", "62件", "enacted", 62, "term");
    assert_period (closing, "legislation", "11件", "enacted", 11, "term");
    assert_period (county, "representation", "37件", "key_suggestions", 37, "multi_year");
  }
}

/* A sentence opening with a later year in Chinese numerals is a plan,
 * as one in Arabic digits is; a plan word in the first clause after a
 * short one that only says when covers the whole sentence. The year
 * reported in Chinese numerals opening a sentence is the year. */
static void
test_plans_later_year (void)
{
  static const char text[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "——二〇二五年一月二十日在某某省第十四届人民代表大会第三次会议上\n"
    "\n"
    "一、加强自身建设\n"
    "\n"
    "二〇二五年，常委会计划制定修改法规20件左右，听取审议报告15个，开展执法检查4项。\n"
    "二〇二五年，常委会将听取审议报告16个，开展执法检查5项。\n"
    "今年，常委会计划听取审议报告17个，开展专题询问3次。\n"
    "二〇二四年，常委会听取审议报告18个，开展执法检查6项。\n"
    "按照年度工作计划，常委会听取审议报告19个，开展执法检查7项。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpint (baogao_document_get_metadata_int (document, "year_reported", 0), ==, 2024);
  g_assert_null (find_any_tally (document, "20件左右", NULL));
  g_assert_null (find_any_tally (document, "15个", NULL));
  g_assert_null (find_any_tally (document, "4项", NULL));
  g_assert_null (find_any_tally (document, "16个", NULL));
  g_assert_null (find_any_tally (document, "5项", NULL));
  g_assert_null (find_any_tally (document, "17个", NULL));
  g_assert_null (find_any_tally (document, "3次", NULL));
  assert_period (document, "oversight", "报告18个", "work_reports", 18, NULL);
  assert_tally (document, "oversight", "执法检查6项", "law_inspections", 6);
  /* 计划 as a noun in the first clause */
  assert_tally (document, "oversight", "报告19个", "work_reports", 19);
  assert_tally (document, "oversight", "执法检查7项", "law_inspections", 7);
}

/* A ledger box (数说2022) at the end of the last section: each line's
 * label says the domain of its counts; 各位代表： is no label. */
static void
test_ledger_labels (void)
{
  static const char text[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "各位代表：\n"
    "\n"
    "一、加强自身建设\n"
    "\n"
    "常委会加强机关建设，举办机关干部培训班3期。常委会审议通过2件。\n"
    "数说2022\n"
    "立法：审议法规案32件，通过28件，其中制定12件、修改9件。\n"
    "监督：听取审议报告16个，专题调研11项，审查规范性文件305件，纠正7件。\n"
    "代表：代表提出议案11件、建议837件。\n"
    "【监督】听取专项工作报告6个。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "legislation", "审议法规案32件", "deliberated", 32);
  assert_tally (document, "legislation", "通过28件", "passed", 28);
  assert_tally (document, "legislation", "制定12件", "enacted", 12);
  assert_tally (document, "legislation", "修改9件", "amended", 9);
  assert_tally (document, "oversight", "报告16个", "work_reports", 16);
  assert_tally (document, "oversight", "专题调研11项", "investigations", 11);
  assert_tally (document, "oversight", "305件", "normative_documents_reviewed", 305);
  assert_tally (document, "oversight", "纠正7件", "documents_corrected", 7);
  assert_tally (document, "representation", "议案11件", "motions", 11);
  assert_tally (document, "representation", "建议837件", "suggestions", 837);
  assert_tally (document, "oversight", "报告6个", "work_reports", 6);
  assert_tally (document, "self_building", "培训班3期", "trainings", 3);
  /* no label: the section's domain, where 通过 alone says nothing */
  assert_no_tally_of_count (document, "2件");
}

/* A clause of a verb or a total and its count reads the clause before
 * it when its own words decide nothing: the documents reviewed, the
 * training, the inspections the deputies took part in; a clause whose
 * own words decide keeps them. */
static void
test_elliptic_clauses (void)
{
  static const char text[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "一、监督工作\n"
    "\n"
    "一是听取审议专项工作报告，共听取审议省政府等报告18个；二是开展专题询问，开展专题询问1次；"
    "五是强化备案审查，审查规范性文件186件，纠正4件。\n"
    "\n"
    "二、代表工作\n"
    "\n"
    "全年组织代表集中视察和专题调研11次，参加代表230人次。"
    "组织州人大代表开展集中视察2次，参与代表达460人次。"
    "组织代表开展闭会期间集中视察3次，参加活动代表1350人次。"
    "举办代表培训四期、二百六十余人次。代表履职培训12期，共计960人次。\n"
    "\n"
    "三、自身建设\n"
    "\n"
    "组织机关干部培训五期、三百余人次。专题讲座：8讲；机关干部培训：14期，共计970人次；新闻发布会：6场。\n"
    "\n"
    "四、坚持党的全面领导\n"
    "\n"
    "制定年度学习计划，通过党组理论学习中心组学习、常委会会议前集体学法、机关读书班等形式，"
    "开展集中学习18次。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "oversight", "186件", "normative_documents_reviewed", 186);
  assert_tally (document, "oversight", "纠正4件", "documents_corrected", 4);
  assert_tally (document, "representation", "专题调研11次", "deputy_inspections", 11);
  assert_tally (document, "representation", "230人次", "deputy_research_participations", 230);
  assert_tally (document, "representation", "460人次", "deputy_research_participations", 460);
  assert_tally (document, "representation", "1350人次", "deputy_activity_participations", 1350);
  assert_tally (document, "representation", "培训四期", "deputy_trainings", 4);
  assert_tally (document, "representation", "二百六十余人次", "deputies_trained", 260);
  assert_tally (document, "representation", "培训12期", "deputy_trainings", 12);
  assert_tally (document, "representation", "960人次", "deputies_trained", 960);
  assert_tally (document, "self_building", "培训五期", "trainings", 5);
  assert_tally (document, "self_building", "三百余人次", "staff_trained", 300);
  assert_tally (document, "self_building", "14期", "trainings", 14);
  assert_tally (document, "self_building", "970人次", "staff_trained", 970);
  /* its own words decide: several forms of study, not the central group's */
  assert_tally (document, "political", "集中学习18次", "study_sessions", 18);
}

/* Laws counted with decisions on legal questions are laws passed, not
 * the resolutions of oversight; the agenda counted in 件次. */
static void
test_laws_and_decisions (void)
{
  static const char text[] =
    "全国人民代表大会常务委员会工作报告\n"
    "\n"
    "过去一年，全国人大常委会共举行常委会会议7次，审议法律、决定、报告等71件次，"
    "通过法律和有关法律问题的决定21件。\n"
    "\n"
    "一、监督工作\n"
    "\n"
    "作出决议决定3项。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "legislation", "决定21件", "passed", 21);
  /* the items taken up, once a session (件次) */
  assert_tally (document, "self_building", "报告等71件次", "agenda_items", 71);
  assert_tally (document, "oversight", "决议决定3项", "resolutions", 3);
}

/* The scope of @domain's tally ending with @ending, which must exist */
static const char *
tally_scope (BaogaoDocument *document,
             const char     *domain,
             const char     *ending)
{
  BaogaoAnnotation *a = find_tally (document, domain, ending);

  if (a == NULL)
    g_error ("no %s tally ending with “%s”", domain, ending);
  return baogao_annotation_get_string (a, "scope");
}

/* Township congresses' counts (乡镇人代会, 乡镇人大主席团, 街道人大工委)
 * and the deputies of another level named as the subject are theirs,
 * not the reporting congress's; its own deputies, the NPC's and its own
 * session (人代会期间) stay as they were. */
static void
test_lower_bodies (void)
{
  static const char county[] =
    "某某县人民代表大会常务委员会工作报告\n\n一、代表工作\n\n"
    "全年票决民生实事项目10件。各乡镇人代会共票决民生实事项目72件。"
    "乡镇人大主席团组织代表视察项目推进140余次。"
    "各乡镇人大主席团共收到代表建议319件，办结率100%。"
    "街道人大工委组织代表开展调研25次。"
    "县人大常委会组织代表视察2次。县十八届人大二次会议期间，代表提出建议146件，办结率98%。\n\n"
    "二、监督工作\n\n指导乡镇人大开展执法检查12次。全县18个乡镇人大开展专项调研29次。"
    "各乡镇人大全年开展执法检查21次、工作评议30项、专题询问8次。\n\n"
    "三、指导乡镇人大工作\n\n指导各乡镇人大开展执法检查26次、专题视察41次。\n";
  static const char municipality[] =
    "重庆市人民代表大会常务委员会工作报告\n\n一、监督工作\n\n"
    "检查法律法规实施情况6件次。指导区县人大常委会开展执法检查86次。"
    "指导各级人大开展专题询问12次。\n";
  static const char provincial[] =
    "某某省人民代表大会常务委员会工作报告\n\n一、代表工作\n\n"
    "省人大代表提出建议628件。各设区的市人大代表提出建议3.1万件。"
    "县乡两级人大代表提出建议5.6万件。我省全国人大代表提出建议188件。\n";
  static const struct { const char *text, *domain, *ending, *scope; } cases[] = {
    { county, "representation", "实事项目10件", "county" },
    { county, "representation", "实事项目72件", "township" },
    { county, "representation", "140余次", "township" },
    { county, "representation", "代表建议319件", "township" },
    /* the elliptic clause after it is about the same suggestions */
    { county, "representation", "办结率100%", "township" },
    { county, "representation", "调研25次", "township" },
    { county, "representation", "视察2次", "county" },
    { county, "representation", "建议146件", "county" },
    { county, "representation", "办结率98%", "county" },
    { county, "oversight", "执法检查12次", "township" },
    /* in a section on guiding them, whose topic is representation */
    { county, "oversight", "执法检查26次", "township" },
    { county, "oversight", "专题视察41次", "township" },
    /* the townships' congresses named by the count's own cue */
    { county, "oversight", "专项调研29次", "township" },
    /* the later items of a list the townships' congresses head */
    { county, "oversight", "工作评议30项", "township" },
    { county, "oversight", "专题询问8次", "township" },
    /* the congresses guided named with their level */
    { municipality, "oversight", "执法检查86次", "county" },
    { municipality, "oversight", "实施情况6件次", "provincial" },
    /* (the level below a municipality under the central government) */
    { municipality, "oversight", "专题询问12次", "county" },
    { provincial, "representation", "建议628件", "provincial" },
    { provincial, "representation", "建议3.1万件", "municipal" },
    { provincial, "representation", "建议5.6万件", "county" },
    { provincial, "representation", "建议188件", "npc_delegation" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(BaogaoDocument) document = analyze (cases[i].text);

      SKIP_WITHOUT_PLUGINS (document);
      g_assert_cmpstr (tally_scope (document, cases[i].domain, cases[i].ending), ==, cases[i].scope);
    }
}

/* What the committee's media and foreign exchanges count is theirs in
 * any section: the views of the deputies' platform told among the
 * deputies' work, the cooperation documents signed with parliaments
 * abroad; and so is the leaders' liaison with enterprises. */
static void
test_media_and_exchanges_anywhere (void)
{
  static const char text[] =
    PROVINCE_2023 "\n一、加强代表工作\n\n"
    "推进数字人大建设，“某某人大”微信公众号关注用户达62万人，"
    "“代表履职”应用累计访问量突破3600万次，注册代表用户14.8万人。\n\n"
    "二、对外交往\n\n"
    "常委会积极开展交往，与外国议会签署合作文件21项，与有关国家议会签署交流合作文件４份。\n\n"
    "三、立法工作\n\n与北京市、天津市人大常委会签署京津冀人大立法协同协议1项。"
    "常委会领导班子成员包联企业76家，帮助协调解决复工复产难题183个。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "self_building", "关注用户达62万人", "followers", 62);
  assert_tally (document, "self_building", "访问量突破3600万次", "page_views", 3600);
  assert_tally (document, "self_building", "合作文件21项", "agreements", 21);
  assert_tally (document, "self_building", "交流合作文件４份", "agreements", 4);
  assert_tally (document, "self_building", "立法协同协议1项", "agreements", 1);
  /* (the leaders' own liaison with enterprises, and the problems they
   * solved there, are political's) */
  assert_tally (document, "political", "包联企业76家", "enterprises_liaised", 76);
  assert_tally (document, "political", "难题183个", "problems_solved", 183);
}

/* Words of oversight that other congresses use: alerts the networked
 * budget system raised (触发预警, 发出预警提示), opinions an appraisal
 * fed back (反馈评议意见) and rectification proposed (整改建议), the
 * report of an investigation (调查报告); and counts near those words that
 * count something else. */
static void
test_oversight_wording (void)
{
  static const char text[] =
    PROVINCE_2023 "\n一、监督工作\n\n"
    "会后向被评议部门书面反馈评议意见52条。"
    "调查组调阅资金凭证1800余份，发现问题26个，提出整改建议15条。"
    "全年系统自动触发预警612条。全年系统共发出预警提示２１７条。"
    "调查委员会历时五个月，形成特定问题调查报告1篇。"
    "评议前，各评议小组深入乡镇和企业走访调研82次。对整改不力的3个部门，常委会约谈了主要负责人。"
    "对测评结果为基本满意的1个报告，责成有关部门重新研究处理。调查委员会由常委会组成人员和部分代表共15人组成。"
    "开展工作评议22项、述职评议56人次。对某某局、某某委4个部门负责人开展述职评议。"
    "报备的规范性文件，常委会共接收28件。公民、组织提出的审查建议，全年收到14件。"
    "审查407件，督促纠正存在合法性问题的文件34件，依法撤销1件与上位法相抵触的规范性文件。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "oversight", "反馈评议意见52条", "opinions_made", 52);
  assert_tally (document, "oversight", "整改建议15条", "opinions_made", 15);
  assert_tally (document, "oversight", "触发预警612条", "budget_alerts", 612);
  assert_tally (document, "oversight", "预警提示２１７条", "budget_alerts", 217);
  assert_tally (document, "oversight", "调查报告1篇", "research_reports", 1);
  /* what an appraisal's groups did, departments that failed to put
   * things right, a report picked out by a vote's result, the members of
   * a committee of investigation: none of what their words name */
  assert_no_tally_of_count (document, "82次");
  assert_no_tally_of_count (document, "3个");
  assert_no_tally_of_count (document, "1个");
  assert_no_tally_of_count (document, "15人");
  /* (officials appraised, in 人次 as older reports count them) */
  assert_tally (document, "oversight", "述职评议56人次", "officials_evaluated", 56);
  /* (…and counted by their departments, in a 述职评议) */
  g_assert_cmpstr (measure_of_count (document, "4个"), ==, "officials_evaluated");
  /* (what a clause names, received in the next: 报备的规范性文件，常委会共
   * 接收28件) */
  g_assert_cmpstr (measure_of_count (document, "28件"), ==, "normative_documents_filed");
  g_assert_cmpstr (measure_of_count (document, "14件"), ==, "review_requests");
  /* (documents put right, their faults named, and then others revoked:
   * both corrections) */
  g_assert_cmpstr (measure_of_count (document, "34件"), ==, "documents_corrected");
}

/* The Party group named as the subject makes its own study, its study
 * of the first item (第一议题) and its Party lectures political, in a
 * section on self-building too, and so does a Party campaign opening the
 * sentence for the problems it found (检视); a branch's lecture
 * and the office's Party group (机关党组) stay the section's, and a part
 * of the Party group's own study (其中…) is no row of another measure. */
static void
test_party_group_in_self_building (void)
{
  static const char text[] =
    PROVINCE_2023 "\n一、加强自身建设\n\n"
    "常委会党组坚持“第一议题”制度，全年通过“第一议题”学习传达重要讲话精神36次。"
    "常委会党组召开会议19次，开展专题党课3次。机关党支部开展专题党课4次。"
    "党组集体学习15次（其中通过“第一议题”学习9次）。"
    "开展主题教育，检视问题18个，制定整改措施46条，已完成整改43条。机关党组开展集体学习12次。"
    "机关党组坚持“第一议题”制度，全年通过“第一议题”学习28次。"
    "扎实开展“三严三实”专题教育，查找“不严不实”问题29个。深入开展“三严三实”专题教育，在机关作风建设专项整治中查找问题31个。"
    "深入开展党纪学习教育，常委会党组集体学习13次，开展专题研讨5次。机关全年集体学习十次，开展专题研讨三次。"
    "党组举办专题读书班2期。"
    "党组理论学习中心组开展专题学习14次，其中集中研讨7次。公众号全年推送稿件900篇，单篇最高阅读量10.2万次。"
    "在全区人大新闻宣传工作评选中获一等奖1项、二等奖3项。"
    "举办街镇人大干部培训班2期，培训160人次。"
    "举办县乡人大工作培训班4期，培训县乡人大负责同志和工作人员300人次。"
    "坚持“第一议题”制度，在常委会会议、主任会议上学习重要讲话精神31次。"
    "常委会党组坚持“第一议题”制度，在党组会议上学习重要指示批示精神38次。"
    "常委会党组集体学习46次，在“两学一做”学习教育中查找问题32个。"
    "常委会在省委统一部署下，开展深入学习实践科学发展观活动，查找突出问题27个。"
    "深入开展创先争优活动，梳理出突出问题12个。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  /* (the older campaigns, 学习实践科学发展观 2008–10 and 创先争优 2010–12,
   * said after the lead of who led it) */
  assert_tally (document, "political", "问题27个", "problems_identified", 27);
  assert_tally (document, "political", "问题12个", "problems_identified", 12);
  assert_tally (document, "political", "学习传达重要讲话精神36次", "study_sessions", 36);
  assert_tally (document, "political", "专题党课3次", "lectures", 3);
  assert_tally (document, "self_building", "专题党课4次", "lectures", 4);
  assert_tally (document, "political", "党组集体学习15次", "party_group_study_sessions", 15);
  g_assert_null (tally_of_count (document, "9次", NULL));
  assert_tally (document, "political", "检视问题18个", "problems_identified", 18);
  /* (and what it put right: the campaign's too) */
  assert_tally (document, "political", "整改43条", "problems_rectified", 43);
  /* (the office's Party group is the office's) */
  assert_tally (document, "self_building", "集体学习12次", "study_sessions", 12);
  assert_tally (document, "self_building", "学习28次", "study_sessions", 28);
  /* (an older campaign's findings too; not the office's own) */
  assert_tally (document, "political", "问题29个", "problems_identified", 29);
  assert_tally (document, "self_building", "问题31个", "problems_identified", 31);
  /* (seminars after a campaign or the Party group's study; the office's
   * own) */
  assert_tally (document, "political", "专题研讨5次", "study_sessions", 5);
  assert_tally (document, "self_building", "专题研讨三次", "study_sessions", 3);
  /* (the Party group's own class, in any section) */
  assert_tally (document, "political", "读书班2期", "guided_study_classes", 2);
  /* (a part of the central group's study; one post's best; the prizes
   * of an appraisal of news work) */
  assert_no_tally_of_count (document, "7次");
  assert_no_tally_of_count (document, "10.2万次");
  g_assert_cmpstr (measure_of_count (document, "1项"), ==, "news_awards");
  g_assert_cmpstr (measure_of_count (document, "3项"), ==, "news_awards");
  /* (the subdistricts' congress cadres trained are lower congresses') */
  assert_tally (document, "representation", "街镇人大干部培训班2期", "director_trainings", 2);
  assert_tally (document, "representation", "县乡人大工作培训班4期", "director_trainings", 4);
  /* (the system named first, the study said bare in the count's clause:
   * the study that opens meetings, also after the Party group) */
  g_assert_cmpstr (measure_of_count (document, "31次"), ==, "study_sessions");
  assert_tally (document, "political", "38次", "study_sessions", 38);
  /* (problems a campaign found are no study sessions) */
  g_assert_cmpstr (measure_of_count (document, "32个"), ==, "problems_identified");
}

/* A plan whose words a copy leaves out (常委会将……计划开展…) is still
 * a plan; what a clean-up found to change is no law changed; a part in
 * an aside that closes its total's clause (…开展审查（含专项审查35件）),
 * also after an aside that names no part, is in the total. */
static void
test_plans_cleanups_and_asides (void)
{
  static const char text[] =
    PROVINCE_2023 "\n一、立法工作\n\n"
    "共清理地方性法规183件，对需要修改、废止的12件作出安排。制定修改废止法规15件。"
    "废止不适应新形势的工作制度5项。\n\n"
    "二、监督工作\n\n"
    "对130件规范性文件开展审查（含专项审查35件）。听取审议专项工作报告9个。"
    "对86件规范性文件（政府规章）开展备案审查（含主动审查24件）。\n"
    "各位代表，新的一年，常委会将……计划开展执法检查５次，作出新的贡献！\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "legislation", "地方性法规183件", "cleaned_up", 183);
  assert_no_tally_of_count (document, "12件");
  assert_tally (document, "legislation", "制定修改废止法规15件", "enacted+amended+repealed", 15);
  /* (the rules of the committee's own work repealed are no laws) */
  g_assert_null (find_tally (document, "legislation", "5项"));
  g_assert_cmpstr (measure_of_count (document, "130件"), ==, "normative_documents_reviewed");
  assert_no_tally_of_count (document, "35件");
  /* (…after another aside that names no part) */
  g_assert_cmpstr (measure_of_count (document, "86件"), ==, "normative_documents_reviewed");
  assert_no_tally_of_count (document, "24件");
  assert_tally (document, "oversight", "专项工作报告9个", "work_reports", 9);
  assert_no_tally_of_count (document, "５次");
}

/* What a count counts may be named in its sentence's first clause and
 * left out of its own (…民生实事项目人大代表票决制，在…会议上票决产生12件;
 * 各级代表进家进站接待选民群众…，开展接待活动4200余场次), or named short
 * after its full name (实践基地…，累计建成基地（点）186个); and the words
 * other congresses use for their groups, research and the drafts of the
 * congress above (代表专业小组, 立法专题调研, 完成省人大常委会13件法规草案
 * 的意见征询; a district's 市人大常委会法规草案). */
static void
test_named_before_or_short (void)
{
  static const char county[] =
    "某某县人民代表大会常务委员会工作报告\n——2024年1月10日在某某县第十八届人民代表大会第三次会议上\n\n"
    "一、代表工作\n\n"
    "县本级首次实行民生实事项目人大代表票决制，在县十八届人大二次会议上票决产生12件。"
    "各级代表进家进站接待选民群众３．６万人次，开展接待活动４２００余场次。"
    "组建代表专业小组18个。新命名全过程人民民主实践基地20个，全县累计建成基地（点）186个。\n\n"
    "二、立法工作\n\n"
    "作为省人大常委会基层立法联系点，全年完成省人大常委会13件法规草案的意见征询，收集意见建议320余条。"
    "开展立法专题调研15次。常委会领导带队开展的立法调研，全年达23次。"
    "组织县人大代表和立法咨询专家参与立法调研近17次。\n";
  static const char district[] =
    "北京市某某区人民代表大会常务委员会工作报告\n——2024年1月10日在北京市某某区第十七届人民代表大会第三次会议上\n\n"
    "一、立法工作\n\n"
    "全年就《北京市物业管理条例（修订草案）》等十五件市人大常委会法规草案征求意见，收集意见建议约六百条。\n";
  g_autoptr(BaogaoDocument) document = analyze (county);
  g_autoptr(BaogaoDocument) other = NULL;

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "representation", "票决产生12件", "livelihood_projects_voted", 12);
  assert_tally (document, "representation", "接待活动４２００余场次", "constituent_receptions", 4200);
  assert_tally (document, "representation", "代表专业小组18个", "deputy_groups", 18);
  assert_tally (document, "representation", "基地（点）186个", "democracy_practice_bases", 186);
  g_assert_cmpstr (measure_of_count (document, "13件"), ==, "higher_drafts_commented");
  assert_tally (document, "legislation", "立法专题调研15次", "investigations", 15);
  /* (deputies taking part do not make it their inspections) */
  assert_tally (document, "legislation", "立法调研近17次", "investigations", 17);
  /* (the thing counted said first, then only the year and a verb of
   * reaching: …的立法调研，全年达23次) */
  g_assert_cmpstr (measure_of_count (document, "23次"), ==, "investigations");

  other = analyze (district);
  g_assert_cmpstr (measure_of_count (other, "十五件"), ==, "higher_drafts_commented");
}

/* An amount for each period (每年确定8件左右的重点建议, 每年开展执法检
 * 查不少于4次) is no count of the year's or the term's work; the total
 * said after it is (五年共督办重点建议41件, 坚持每月集中学习，全年共12
 * 次), and so is a rate said of each year. */
static void
test_per_period_amounts (void)
{
  static const char text[] =
    PROVINCE_2023 "\n一、代表工作\n\n"
    "常委会每年确定8件左右的重点建议，五年共督办重点建议41件。建议办结率每年均达100％。\n\n"
    "二、监督工作\n\n"
    "坚持每年开展执法检查不少于4次，全年共开展执法检查6次。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_no_tally_of_count (document, "8件左右");
  assert_tally (document, "representation", "重点建议41件", "key_suggestions", 41);
  assert_tally (document, "representation", "每年均达100％", "completion_rate", 100);
  assert_no_tally_of_count (document, "不少于4次");
  assert_tally (document, "oversight", "执法检查6次", "law_inspections", 6);
}

/* A total opened by 共计 and its verb over items of several measures
 * (共计开展执法检查、专题调研和视察活动26次) is none of them, as one
 * opened by 共 was. */
static void
test_total_opened_by_gongji (void)
{
  static const char text[] =
    PROVINCE_2023 "\n一、监督工作\n\n"
    "全年共计开展执法检查、专题调研和视察活动26次。全年共计开展执法检查8次。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_no_tally_of_count (document, "26次");
  assert_tally (document, "oversight", "8次", "law_inspections", 8);
}

/* Spans of years with parts of a year (2016年下半年至2017年上半年) are
 * spans; a note that breaks down the count its mark follows (① 含任命37
 * 人次、免职15人次) is no row of its own; the law studied together, said
 * plainly, is the office's in the Party group's section too. */
static void
test_spans_notes_and_lent_study (void)
{
  static const char text[] =
    "某某省人民代表大会常务委员会工作报告\n——2018年1月20日在某某省第十三届人民代表大会第一次会议上\n\n"
    "一、坚持党的领导\n\n"
    "常委会机关坚持每月集体学法，全年集体学法10次。\n\n"
    "二、代表工作\n\n"
    "2016年下半年至2017年上半年，全省县乡两级人大换届选举顺利完成，共选出县级人大代表4.3万名。"
    "全年任免国家机关工作人员52人次①。\n"
    "① 含任命37人次、免职15人次。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "self_building", "集体学法10次", "study_sessions", 10);
  g_assert_cmpstr (baogao_annotation_get_string (tally_of_count (document, "4.3万名", NULL), "period"), ==,
                   "multi_year");
  assert_tally (document, "representation", "52人次", "appointments", 52);
  assert_no_tally_of_count (document, "37人次");
  assert_no_tally_of_count (document, "15人次");
}

/* A sentence that opens with the occasion (市五届人大四次会议期间，) has
 * its subject in the clause after: the motions the later clause's count
 * says were put on the agenda are those. A clause that opens with 对 and
 * closes with a count and its noun (对…的5件建议，) is the topic of the
 * clause after it. */
static void
test_subject_after_occasion (void)
{
  static const char text[] =
    PROVINCE_2023 "\n一、代表工作\n\n"
    "省十四届人大二次会议期间，代表提出议案13件，经大会主席团决定，1件列入大会议程；提出建议520件。"
    "省十四届人大三次会议期间，代表提出议案56件，议案中有23件经大会主席团决定立案。"
    "对答复为基本满意的5件建议，交由承办单位再次研究办理。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "representation", "议案13件", "motions", 13);
  g_assert_cmpstr (measure_of_count (document, "1件"), ==, "motions_accepted");
  /* (…registered, the count first) */
  g_assert_cmpstr (measure_of_count (document, "23件"), ==, "motions_accepted");
  /* (a clause that opens with 对 and closes with the count and its noun
   * is the topic of the next, which tells what was done) */
  g_assert_cmpstr (measure_of_count (document, "5件"), ==, "suggestions_followed_up");
}

/* Deputies taking part in a list of research and inspections closed by
 * 等活动 took part in research (measures.md), named in the count's clause
 * or the sentence's first; a list naming work of other kinds, or
 * activities of all kinds, is activities. */
static void
test_research_listed_as_activities (void)
{
  static const char text[] =
    PROVINCE_2023 "\n一、代表工作\n\n"
    "组织代表参加执法检查、专题调研等活动820余人次。组织代表参加视察、调研、座谈等活动1200余人次。"
    "组织代表参加各类活动1600余人次。组织代表开展专题调研、视察等活动２１０余人次。"
    "邀请代表列席常委会会议126人次，参与执法检查、视察调研等活动900余人次。"
    "组织全国人大代表开展集中视察2次，参与执法检查、调研等活动90余人次。"
    "全市各级人大代表参加调研视察、联系群众、助企纾困等活动1.3万余人次。"
    "全市人大代表参加“双联系”活动约2.4万人次。"
    "组织全市各级人大代表积极投身疫情防控一线，参与人数达3.5万余人次。"
    "组织代表开展疫情防控专题调研3次，参加代表80余人次。"
    "组织代表开展专项视察和调研活动14次、参加人员430余人次。"
    "开展工作评议，评议组走访群众3000余人次。全市各级人大代表2.3万余人次参与脱贫攻坚。"
    "对新提请任命的22名政府组成人员进行了任前法律知识考试。"
    "委托某某大学举办代表履职能力提升专题班1期。对15件重点建议开展回访。对其中17件重点建议进行跟踪督办。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "representation", "820余人次", "deputy_research_participations", 820);
  assert_tally (document, "representation", "1200余人次", "deputy_activity_participations", 1200);
  assert_tally (document, "representation", "1600余人次", "deputy_activity_participations", 1600);
  assert_tally (document, "representation", "２１０余人次", "deputy_research_participations", 210);
  /* (the deputies named in the sentence's first clause, of the congress
   * or the NPC's) */
  assert_tally (document, "representation", "900余人次", "deputy_research_participations", 900);
  assert_tally (document, "representation", "90余人次", "npc_deputy_research_participations", 90);
  /* (liaising with the public, one of the activities, or a campaign
   * named for it: no deputies liaised with) */
  assert_tally (document, "representation", "1.3万余人次", "deputy_activity_participations", 13000);
  assert_tally (document, "representation", "2.4万人次", "deputy_activity_participations", 2.4);
  /* (the campaign named in the first clause, the count a predicate of
   * its own; not the deputies in research on it) */
  assert_tally (document, "representation", "3.5万余人次", "deputy_activity_participations", 35000);
  g_assert_cmpstr (measure_of_count (document, "80余人次"), ==, "deputy_research_participations");
  g_assert_cmpstr (measure_of_count (document, "430余人次"), ==, "deputy_research_participations");
  /* (the visits of an appraisal's group are no receptions; the deputies'
   * part in a campaign against poverty is a campaign's, as epidemic
   * prevention's) */
  assert_no_tally_of_count (document, "3000余人次");
  /* (those sitting the exam before an appointment are no appointments) */
  assert_no_tally_of_count (document, "22名");
  g_assert_cmpstr (measure_of_count (document, "2.3万余人次"), ==, "deputy_activity_participations");
  /* (a 专题班 is a training class; key suggestions taken up again after
   * their answer are followed up, followed while they are handled they
   * are key suggestions) */
  assert_tally (document, "representation", "专题班1期", "deputy_trainings", 1);
  g_assert_cmpstr (measure_of_count (document, "15件"), ==, "suggestions_followed_up");
  g_assert_cmpstr (measure_of_count (document, "17件"), ==, "key_suggestions");
}

/* A table of the year's figures set after the plans, headed 附表 and
 * with numbered rows (附表：2023年常委会主要工作数据 / 1　召开常委会会议
 * 　7次) is about the year reported, not a plan, and its heading is no
 * line of the table. */
static void
test_appendix_table (void)
{
  static const char text[] =
    REPORT_HEAD ("市", "2024年1月22日", "九", "四")
    "\n"
    "一、2023年主要工作\n"
    "\n"
    "常委会认真履行职责。\n"
    "\n"
    "二、2024年工作安排\n"
    "\n"
    "常委会将召开常委会会议10次。让我们携手奋进。\n"
    "\n"
    "附表：2023年常委会主要工作数据\n"
    "序号　项目　数量\n"
    "1　召开常委会会议　7次\n"
    "2　备案审查规范性文件　53件\n"
    "3　举办代表履职培训班　5期\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_no_tally_of_count (document, "10次");
  g_assert_cmpstr (measure_of_count (document, "7次"), ==, "standing_committee_sessions");
  g_assert_cmpstr (measure_of_count (document, "53件"), ==, "normative_documents_reviewed");
  g_assert_cmpstr (measure_of_count (document, "5期"), ==, "deputy_trainings");
}

/* The classes of the answers listed with the suggestions said once for
 * them all (A类、B类、C类建议分别为…) are each their class, not new
 * suggestions; the share of the first two together (A类和B类合计占…) is
 * the share solved or planned. */
static void
test_answer_classes_listed (void)
{
  static const char text[] =
    PROVINCE_2023 "\n一、代表工作\n\n"
    "代表提出建议406件，A类、B类、C类建议分别为186件、142件、78件。A类和B类合计占87.9%。"
    "有328件所提问题得到解决或列入计划解决。10件建议被评为年度优秀代表建议。5名代表的代表资格依法终止。"
    "2名代表因调离本市，其代表资格依法终止。"
    "代表对办理工作的满意率达99.2%。群众对问题办理的满意率达98.7%。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "representation", "建议406件", "suggestions", 406);
  g_assert_cmpstr (measure_of_count (document, "186件"), ==, "suggestions_resolved");
  g_assert_cmpstr (measure_of_count (document, "142件"), ==, "suggestions_planned");
  g_assert_cmpstr (measure_of_count (document, "78件"), ==, "suggestions_deferred");
  assert_tally (document, "representation", "87.9%", "resolution_rate", 87.9);
  /* (the count first, what became of it after: solved or planned, rated
   * excellent, a deputy's term ended) */
  g_assert_cmpstr (measure_of_count (document, "328件"), ==, "suggestions_resolved+planned");
  g_assert_cmpstr (measure_of_count (document, "10件"), ==, "excellent_suggestions");
  g_assert_cmpstr (measure_of_count (document, "5名"), ==, "terminations");
  /* (the verb after a clause of why: 2名代表因调离本市，其代表资格依法终止) */
  g_assert_cmpstr (measure_of_count (document, "2名"), ==, "terminations");
  /* (the deputies' satisfaction, not the public's) */
  assert_tally (document, "representation", "99.2%", "satisfaction_rate", 99.2);
  assert_no_tally_of_count (document, "98.7%");
}

/* A count right after a long list of titles with no 等 (…《A》《B》…《E》
 * 5件法规) and one after a list that goes on with ，以及 (制定《A》《B》，以
 * 及《C》等地方性法规10件) are the verb's; the projects a plan set out are
 * no projects completed; 分别 before a list of verbs gives each its count
 * after their object. */
static void
test_long_title_lists (void)
{
  static const char text[] =
    PROVINCE_2023 "\n一、立法工作\n\n"
    "全年制定《某某省城市更新条例》《某某省轨道交通条例》《某某省生活垃圾分类管理条例》"
    "《某某省历史文化名城保护条例》《某某省非物质文化遗产保护条例》5件法规。"
    "修改《某某省数字经济促进条例》《某某省社会信用条例》，以及《某某省生活垃圾管理条例》"
    "《某某省大运河文化带保护条例》等地方性法规10件。"
    "年度立法计划安排的十八个审议项目已完成十六个。"
    "全年共审议法规案12件，分别制定、修改单行条例2件、3件。\n"
    "\n"
    "二、监督工作\n"
    "\n"
    "分别听取审议省人民政府、省监察委员会、省高级人民法院、省人民检察院专项工作报告8个、1个、4个、6个。"
    "分别听取市人民政府、市监察委员会专项工作报告7个、5个。\n"
    "\n"
    "三、代表工作\n"
    "\n"
    "分别举办全国人大代表、省人大代表履职学习班2期和9期。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  /* (a longer list of bodies, the verb said once before them) */
  g_assert_cmpstr (measure_of_count (document, "1个"), ==, "work_reports");
  g_assert_cmpstr (measure_of_count (document, "4个"), ==, "work_reports");
  g_assert_cmpstr (measure_of_count (document, "6个"), ==, "work_reports");
  g_assert_cmpstr (measure_of_count (document, "5个"), ==, "work_reports");
  assert_tally (document, "legislation", "》5件", "enacted", 5);
  assert_tally (document, "legislation", "地方性法规10件", "amended", 10);
  /* (the plan's projects set out, the ones done counted after them) */
  assert_no_tally_of_count (document, "十八个");
  assert_tally (document, "legislation", "十六个", "plan_projects_completed", 16);
  /* (分别 before the verbs, the counts in their order after the object:
   * each verb its count, no combined count of the first) */
  g_assert_cmpstr (measure_of_count (document, "2件"), ==, "enacted");
  g_assert_cmpstr (measure_of_count (document, "3件"), ==, "amended");
  /* (the words after the last item's noun, the first item's too, are
   * every item's, whatever the items' lengths) */
  g_assert_cmpstr (measure_of_count (document, "2期"), ==, "npc_deputy_trainings");
  g_assert_cmpstr (measure_of_count (document, "9期"), ==, "deputy_trainings");
}

/* What is not yet solved is neither solved nor a new suggestion, and the
 * laws a motion touches are no motions (exclusions the tests above never
 * reached). */
static void
test_unsolved_and_motion_laws (void)
{
  static const char text[] =
    PROVINCE_2023 "\n二、代表工作\n\n"
    "代表建议已办理完毕，尚未解决的57件列入下一年度工作。"
    "对代表反映问题尚未解决的48件建议，逐件分析原因。"
    "代表所提议案所涉及的法规6件已列入立法计划。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_no_tally_of_count (document, "57件");
  assert_no_tally_of_count (document, "48件");
  assert_no_tally_of_count (document, "6件");
}

/* Sentences the rules of this change must leave as they were (the
 * review's): counts a fronted clause found itself, periods that name a
 * day or a meeting, a campaign's research, deputies' liaison, packages of
 * policies, a city's own drafts, other bodies' media and agreements, the
 * audit's proposals, other bases, twelve months across two years, a
 * city's and a county's two levels, parts of a total of the same name. */
static void
test_review17_left_alone (void)
{
  static const char province[] =
    PROVINCE_2023 "\n一、监督工作\n\n"
    "对审计查出的56个问题，督促整改到位52个。对征集到的1260条意见，逐条研究吸纳。"
    "代表通过每月15日代表接待日接待选民群众3200余人次。利用每季度一次的主任会议听取专项工作报告8项。"
    "结合主题教育，常委会领导深入基层调研32次，发现问题86个。"
    "推动政府办理代表建议，政务服务平台访问量突破2亿次。推动县政府与长三角城市签署合作文件12份。"
    "审计部门提出整改建议86条。新建全过程人民民主基层实践点5个，累计建成普法教育基地12个。"
    "2022年12月至2023年11月，常委会共受理群众来信来访1260件次。"
    "开展专题调研15次（其中立法调研6次）。\n\n"
    "二、代表工作\n\n"
    "常委会组成人员带领人大代表包联企业1200家，帮助解决问题360个。\n\n"
    "三、立法工作\n\n"
    "聚焦稳经济一揽子政策措施，修改优化营商环境条例等地方性法规3件。\n";
  static const char city[] =
    "某某市人民代表大会常务委员会工作报告\n——2024年1月10日在某某市第十七届人民代表大会第三次会议上\n\n"
    "一、立法工作\n\n全年共有12件市人大常委会法规草案向社会公开征求意见。\n";
  static const char county[] =
    "某某县人民代表大会常务委员会工作报告\n——2024年1月10日在某某县第十八届人民代表大会第三次会议上\n\n"
    "一、代表工作\n\n市县两级人大代表开展集中视察3次。1200余名各级人大代表接待群众5000人次。\n";
  g_autoptr(BaogaoDocument) document = analyze (province);
  g_autoptr(BaogaoDocument) second = NULL;
  g_autoptr(BaogaoDocument) third = NULL;

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "56个"), ==, "problems_identified");
  g_assert_cmpstr (measure_of_count (document, "52个"), ==, "problems_rectified");
  g_assert_null (find_tally (document, "legislation", "1260条"));
  g_assert_cmpstr (measure_of_count (document, "3200余人次"), ==, "constituents_received");
  g_assert_cmpstr (measure_of_count (document, "8项"), ==, "work_reports");
  g_assert_cmpstr (measure_of_count (document, "86个"), ==, "problems_identified");
  g_assert_null (find_tally (document, "political", "86个"));
  g_assert_cmpuint (count_measure (document, "self_building", "page_views"), ==, 0);
  g_assert_cmpuint (count_measure (document, "self_building", "agreements"), ==, 0);
  g_assert_cmpuint (count_measure (document, "oversight", "opinions_made"), ==, 0);
  g_assert_null (find_tally (document, "representation", "12个"));
  g_assert_null (baogao_annotation_get_string (tally_of_count (document, "1260件次", NULL), "period"));
  assert_tally (document, "legislation", "6次", "investigations", 6);
  g_assert_null (find_tally (document, "political", "1200家"));
  g_assert_cmpstr (measure_of_count (document, "3件"), ==, "amended");

  second = analyze (city);
  g_assert_cmpstr (measure_of_count (second, "12件"), ==, "drafts_published");

  third = analyze (county);
  g_assert_cmpstr (tally_scope (third, "representation", "视察3次"), ==, "county");
  g_assert_cmpstr (tally_scope (third, "representation", "5000人次"), ==, "all_levels");
}

/* The congresses or deputies of every level of the region, named
 * together as the subject (全省各级, 四级, 五级, 市、区、乡镇三级, 地方各
 * 级 in the NPC's report), count for all of them: `all_levels`, neither
 * the reporting congress's nor a level's. Deputies of every level the
 * congress organizes or trains are its own count, and so is a pair of
 * levels (县乡两级: the higher). */
static void
test_every_level (void)
{
  static const char province[] =
    PROVINCE_2023 "\n一、代表工作\n\n"
    "全省各级人大代表共提出建议1.2万余件，省人大代表提出建议856件。"
    "省市县乡四级人大代表参与疫情防控4.8万人次。"
    "全年市、区、乡镇三级人大代表进站接待群众3.2万人次，收集意见建议5700余条，推动解决实际问题1400余个。"
    "全省各级人大代表积极投身脱贫攻坚，捐款捐物2300余万元。"
    "组织各级人大代表开展集中视察320次。培训各级人大代表1.2万人次。"
    "县乡两级人大代表提出建议5.6万件。"
    "依托“家站”平台，全省五级人大代表依托代表之家、代表联络站接待群众14.6万人次，收集意见建议2.3万余条，"
    "推动解决群众急难愁盼问题6800个。\n\n二、监督工作\n\n"
    "全省各级人大常委会开展执法检查120次、专题询问45次。"
    "加强对县乡人大工作的指导，各县（市、区）人大常委会共开展执法检查130余次，听取审议专项工作报告600多个。"
    "各县（市、区）人大常委会开展专题询问20次，常委会听取专项工作报告12个。\n";
  static const char national[] =
    "全国人民代表大会常务委员会工作报告\n\n一、代表工作\n\n"
    "地方各级人大常委会全年组织宪法宣誓活动3800余次。全国各级人大代表进家入站接待群众160余万人次。\n";
  static const char county[] =
    "某某县人民代表大会常务委员会工作报告\n——2024年1月10日在某某县第十八届人民代表大会第三次会议上\n\n"
    "一、代表工作\n\n"
    "全县县乡两级人大代表进站接待群众4600余人次。全县1.3万余名各级人大代表收集意见建议2100条。"
    "全县２．１万名各级人大代表接待群众８.６万人次。三年来全县各级人大代表7600余人次参与疫情防控。"
    "组织860名县、乡人大代表向原选区选民述职。全县共有1500名各级人大代表向原选区选民述职。"
    "邀请86名各级人大代表列席常委会会议。县、乡两级人大代表年内进站接待群众9100人次。"
    "14个镇（街道）人大（工委）组织镇人大代表315名向选民述职。"
    "全县各级人大代表全年参加各类履职培训3400余人次。"
    "在脱贫攻坚中，全县各级人大代表结对帮扶贫困户1200余户，捐资捐物约580万元。"
    "全县各级人大代表闻令而动，投身疫情防控一线的有6300余人次。"
    "疫情期间，全县900余名各级人大代表投身疫情防控一线，捐款捐物折合人民币260余万元。"
    "出台《关于加强镇人大主席团建设的指导意见》，举办镇人大主席培训班2期。邀请乡镇人大主席列席常委会会议36人次。\n";
  static const char county_city[] =
    "晋江市人民代表大会常务委员会工作报告\n——2025年1月10日在晋江市第十八届人民代表大会第五次会议上\n\n"
    "一、代表工作\n\n"
    "全年市镇两级人大代表进站接待群众1.2万余人次。培训市镇两级人大代表520人次。"
    "组织1100余名市镇人大代表向选民述职。\n";
  static const char banner[] =
    "某某旗人民代表大会常务委员会工作报告\n——2024年1月10日在某某旗第十八届人民代表大会第三次会议上\n\n"
    "一、代表工作\n\n补选苏木人大代表4名。补选旗人大代表3名。\n";
  static const struct { const char *text, *domain, *ending, *scope; } cases[] = {
    /* (Inner Mongolia's townships, 苏木, and a banner's own deputies) */
    { banner, "representation", "4名", "township" },
    { banner, "representation", "3名", "county" },
    { province, "representation", "建议1.2万余件", "all_levels" },
    /* (deputies of every level named after their count) */
    { county, "representation", "1500名各级人大代表向原选区选民述职", "all_levels" },
    /* (…not after a verb of the congress's) */
    { county, "representation", "86名各级人大代表列席", "county" },
    /* (the county's two levels with 、 between them) */
    { county, "representation", "9100人次", "all_levels" },
    /* (the townships' bodies with the subdistricts' in brackets) */
    { county, "representation", "向选民述职", "township" },
    /* (the heads of the townships' congresses, whom it acts on) */
    { county, "representation", "培训班2期", "county" },
    { county, "representation", "36人次", "county" },
    { province, "representation", "建议856件", "provincial" },
    { province, "representation", "4.8万人次", "all_levels" },
    { province, "representation", "3.2万人次", "all_levels" },
    /* (a later clause with no subject of its own has the sentence's) */
    { province, "representation", "5700余条", "all_levels" },
    { province, "representation", "1400余个", "all_levels" },
    { province, "representation", "2300余万元", "all_levels" },
    { province, "representation", "视察320次", "provincial" },
    { province, "representation", "1.2万人次", "provincial" },
    { province, "representation", "建议5.6万件", "county" },
    /* (the subject in a later clause than the sentence's first, and
     * the clauses after it opening with their verbs: theirs too) */
    { province, "representation", "14.6万人次", "all_levels" },
    { province, "representation", "2.3万余条", "all_levels" },
    { province, "representation", "6800个", "all_levels" },
    { province, "oversight", "执法检查120次", "all_levels" },
    { province, "oversight", "专题询问45次", "all_levels" },
    /* (a later clause opening with its verb has the lower congress the
     * clause before named as who acts; not one naming its own) */
    { province, "oversight", "130余次", "county" },
    { province, "oversight", "600多个", "county" },
    { province, "oversight", "12个", "provincial" },
    { national, "representation", "3800余次", "all_levels" },
    { national, "representation", "160余万人次", "all_levels" },
    /* a county's two levels are all it has; the number of the deputies
     * may come first */
    { county, "representation", "4600余人次", "all_levels" },
    { county, "representation", "2100条", "all_levels" },
    { county, "representation", "８.６万人次", "all_levels" },
    /* (after a time frame with no comma) */
    { county, "representation", "7600余人次参与疫情防控", "all_levels" },
    /* (…and with a time word between the deputies and their verb) */
    { county, "representation", "3400余人次", "all_levels" },
    /* (…the deputies' clause after one of where, 在…中) */
    { county, "representation", "580万元", "all_levels" },
    /* (…a later clause opening with what deputies throw themselves into) */
    { county, "representation", "6300余人次", "all_levels" },
    /* (…after a first clause of when, 疫情期间，) */
    { county, "representation", "260余万元", "all_levels" },
    /* (a county-level city's two levels, 市 and 镇; not after the
     * congress's verb) */
    { county_city, "representation", "1.2万余人次", "all_levels" },
    { county_city, "representation", "520人次", "county" },
    /* (the city's own and its towns' deputies, the congress acting) */
    { county_city, "representation", "向选民述职", "county" },
    /* deputies of several levels listed, whom the congress organizes:
     * the highest level's, here its own */
    { county, "representation", "述职", "county" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(BaogaoDocument) document = analyze (cases[i].text);

      SKIP_WITHOUT_PLUGINS (document);
      g_assert_cmpstr (tally_scope (document, cases[i].domain, cases[i].ending), ==, cases[i].scope);
    }
}

/* A part named in an aside after its total is in the total when its
 * words are a bare verb; a part that names a measure of its own stays,
 * and so do the verbs of a combined total, which then goes (measures.md:
 * the combined counts are for a report that does not count each verb
 * apart) */
static void
test_subset_asides (void)
{
  static const char legislation[] =
    "某某市人民代表大会常务委员会工作报告\n\n二、立法工作\n\n"
    "全年制定地方性法规6件（含市十七届人大常委会第四十二次会议通过1件），修改4件。"
    "制定修改法规12件（其中制定5件、修改7件）。审议法规草案9件，其中通过8件。\n";
  static const char representation[] =
    "某某省人民代表大会常务委员会工作报告\n\n一、代表工作\n\n"
    "省人大代表提出建议428件（其中主任会议确定的重点建议140件）。\n\n三、监督工作\n\n"
    "备案审查规范性文件57件（其中督促纠正3件）。\n";
  g_autoptr(BaogaoDocument) document = analyze (legislation);
  g_autoptr(BaogaoDocument) other = NULL;

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "legislation", "法规6件", "enacted", 6);
  g_assert_null (find_any_tally (document, "通过1件", NULL));
  assert_tally (document, "legislation", "修改4件", "amended", 4);
  g_assert_null (find_any_tally (document, "法规12件", NULL));
  /* the verbs of a combined count, each apart: the measures it joins, as
   * the same words after 其中 without brackets give */
  assert_tally (document, "legislation", "制定5件", "enacted", 5);
  assert_tally (document, "legislation", "修改7件", "amended", 7);
  /* not an aside: a part of another measure after 其中 stays */
  assert_tally (document, "legislation", "通过8件", "passed", 8);

  other = analyze (representation);
  assert_tally (other, "representation", "建议428件", "suggestions", 428);
  assert_tally (other, "representation", "重点建议140件", "key_suggestions", 140);
  assert_tally (other, "oversight", "纠正3件", "documents_corrected", 3);
}

/* The maker of a document urged to correct it, wherever the clause is,
 * and the review opinions sent on documents: documents_corrected, not a
 * second count of the documents reviewed. Problems the oversight found
 * and had put right are oversight's in its section. */
static void
test_filing_makers_and_problems (void)
{
  static const char text[] =
    "某某省人民代表大会常务委员会工作报告\n\n三、监督工作\n\n"
    "全年听取审议专项工作报告15个，开展专题调研7项，备案审查规范性文件276件，督促制定机关纠正5件。"
    "开展专题调研3项，审查规范性文件88件，对其中4件督促制定机关予以纠正。"
    "备案审查规范性文件57件，提出审查意见3件。"
    "常委会组成人员深入66个贫困县开展监督，发现问题1386个，督促整改1203个。\n\n"
    "四、坚持党的全面领导\n\n开展专项检视，发现问题26个，整改问题24个。\n\n"
    "五、其他\n\n查找问题30个，整改问题20个。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "oversight", "规范性文件276件", "normative_documents_reviewed", 276);
  assert_tally (document, "oversight", "纠正5件", "documents_corrected", 5);
  assert_tally (document, "oversight", "规范性文件88件", "normative_documents_reviewed", 88);
  assert_tally (document, "oversight", "4件督促制定机关予以纠正", "documents_corrected", 4);
  assert_tally (document, "oversight", "规范性文件57件", "normative_documents_reviewed", 57);
  assert_tally (document, "oversight", "审查意见3件", "documents_corrected", 3);
  assert_tally (document, "oversight", "问题1386个", "problems_identified", 1386);
  assert_tally (document, "oversight", "整改1203个", "problems_rectified", 1203);
  g_assert_null (find_tally (document, "oversight", "66个"));
  /* the Party group's own, in its section */
  assert_tally (document, "political", "问题26个", "problems_identified", 26);
  assert_tally (document, "political", "24个", "problems_rectified", 24);
  /* and in a section of no domain, as before */
  assert_tally (document, "political", "问题30个", "problems_identified", 30);
  assert_tally (document, "political", "问题20个", "problems_rectified", 20);
}

/* Deputies in special oversight, deputy groups there are, drafts put out
 * for comment, and the heads of lower congresses trained or attending */
static void
test_deputies_directors_drafts (void)
{
  static const char provincial[] =
    "某某省人民代表大会常务委员会工作报告\n\n二、立法工作\n\n"
    "全年有15件法律草案公开征求意见，收到意见建议10.6万条。公开征求意见的法规草案12件。"
    "将9件法规草案向社会公开征求意见。立法公开征求意见3次。\n\n三、监督工作\n\n"
    "组织全省五级人大代表2.6万人次参与脱贫攻坚专项监督。\n\n四、代表工作\n\n"
    "组织代表开展专项监督6次，参加代表260人次。邀请基层代表列席常委会会议46人次。"
    "全市6个县（市）、4个区人大常委会主任列席常委会会议32人次。\n";
  static const char county[] =
    "某某县人民代表大会常务委员会工作报告\n\n一、代表工作\n\n"
    "全县组建代表小组86个，代表小组开展活动530余次。新建代表小组5个。"
    "举办乡镇人大主席培训班1期，培训38人。举办代表培训班3期，培训代表260人次。\n";
  g_autoptr(BaogaoDocument) document = analyze (provincial);
  g_autoptr(BaogaoDocument) other = NULL;
  BaogaoAnnotation *a;

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "legislation", "15件法律草案公开征求意见", "drafts_published", 15);
  assert_tally (document, "legislation", "10.6万条", "public_comments", 10.6);
  assert_tally (document, "legislation", "法规草案12件", "drafts_published", 12);
  assert_tally (document, "legislation", "9件法规草案向社会公开征求意见", "drafts_published", 9);
  assert_tally (document, "legislation", "征求意见3次", "public_consultations", 3);
  assert_tally (document, "representation", "2.6万人次参与脱贫攻坚专项监督", "deputy_oversight_participations", 2.6);
  g_assert_null (find_tally (document, "oversight", "专项监督"));
  assert_tally (document, "representation", "专项监督6次", "deputy_oversight_activities", 6);
  assert_tally (document, "representation", "260人次", "deputy_oversight_participations", 260);
  assert_tally (document, "representation", "列席常委会会议46人次", "deputy_attendances", 46);
  assert_tally (document, "representation", "32人次", "director_attendances", 32);

  other = analyze (county);
  a = find_tally (other, "representation", "代表小组86个");
  g_assert_nonnull (a);
  g_assert_cmpstr (baogao_annotation_get_string (a, "measure"), ==, "deputy_groups");
  g_assert_cmpstr (baogao_annotation_get_string (a, "period"), ==, "multi_year");
  a = find_tally (other, "representation", "530余次");
  g_assert_nonnull (a);
  g_assert_null (baogao_annotation_get_string (a, "period"));
  g_assert_null (find_any_tally (other, "代表小组5个", NULL));
  assert_tally (other, "representation", "培训班1期", "director_trainings", 1);
  assert_tally (other, "representation", "培训38人", "directors_trained", 38);
  assert_tally (other, "representation", "培训班3期", "deputy_trainings", 3);
  assert_tally (other, "representation", "260人次", "deputies_trained", 260);
}

/* Counts said after what they count, in a clause of their own: the
 * suggestions of the recess after those of the session, a review's total,
 * and the documents of a headless relative clause whose correction the
 * next clause says */
static void
test_counts_in_next_clause (void)
{
  static const char representation[] =
    "某某市人民代表大会常务委员会工作报告\n\n三、代表工作\n\n"
    "市十五届人大二次会议期间，代表共提出建议276件，闭会期间提出14件。"
    "区十八届人大一次会议期间，代表提出建议、批评和意见183件，闭会期间提出61件，分别交由57个承办单位办理。"
    "代表提出议案5件，闭会期间提出3件。"
    "审议代表建议办理情况的报告，提出意见12条。"
    "闭会期间组织代表视察2次。\n";
  static const char oversight[] =
    "某某市人民代表大会常务委员会工作报告\n\n二、监督工作\n\n"
    "对报送备案的规范性文件逐件审查，总量为一百四十三件。"
    "对报送备案的规范性文件进行审查，共计128件。"
    "对其中2件与上位法不一致的，督促制定机关作出修改。"
    "对其中4件存在问题的，已于年底前完成清理。"
    "对规范性文件进行审查，收到审查建议共计6件。"
    "开展执法检查，共计5次。\n";
  g_autoptr(BaogaoDocument) document = analyze (representation);
  g_autoptr(BaogaoDocument) other = NULL;

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "representation", "建议276件", "suggestions", 276);
  assert_tally (document, "representation", "闭会期间提出14件", "suggestions", 14);
  assert_tally (document, "representation", "意见183件", "suggestions", 183);
  assert_tally (document, "representation", "闭会期间提出61件", "suggestions", 61);
  assert_tally (document, "representation", "议案5件", "motions", 5);
  assert_tally (document, "representation", "闭会期间提出3件", "motions", 3);
  assert_no_tally_of_count (document, "12条");
  assert_no_tally_of_count (document, "57个");

  other = analyze (oversight);
  assert_tally (other, "oversight", "一百四十三件", "normative_documents_reviewed", 143);
  assert_tally (other, "oversight", "128件", "normative_documents_reviewed", 128);
  assert_tally (other, "oversight", "2件与上位法不一致的，督促制定机关作出修改", "documents_corrected", 2);
  assert_no_tally_of_count (other, "4件");
  assert_tally (other, "oversight", "6件", "review_requests", 6);
}

/* The rule tables compiled with the plugins are what the rules compile
 * to now (a cross build has none and compiles them at run time). */
static void
test_tables_data (void)
{
#ifdef TALLY_TABLES_EMBEDDED
  g_assert_cmpuint (tally_tables_data.n_rules, >, 0);
  g_assert_true (tally_tables_data_check ());
#else
  g_test_skip ("no tables compiled with the plugins");
#endif
}

/* A clause with no subject of its own has its sentence's, when that
 * names another congress; the provinces together in the NPC's report
 * are provincial, local congresses the level below. */
static void
test_subject_of_sentence (void)
{
  static const char county[] =
    "某县人民代表大会常务委员会工作报告\n"
    "\n"
    "二、代表工作\n"
    "\n"
    "各镇人大共召开人代会32次，共开展代表小组活动九百余次。"
    "四是召开全县人大工作座谈会1次，举办乡镇人大主席培训班3期。"
    "召开乡镇人大主席团主席座谈会2次，开展代表小组活动40次。\n";
  static const char npc[] =
    "全国人民代表大会常务委员会工作报告\n"
    "\n"
    "二、立法工作\n"
    "\n"
    "各省、自治区、直辖市人大及其常委会制定地方性法规500余件。地方人大及其常委会修改地方性法规600余件。\n";
  static const char province[] =
    "某省人民代表大会常务委员会工作报告\n"
    "\n"
    "二、立法工作\n"
    "\n"
    "各设区的市共制定法规十二件。省政府制定规章12件、修改8件。常委会制定法规6件、修改4件。"
    "省政府认真落实法规的实施要求，全年出台配套的政府规章7件。批准武汉、襄阳等设区的市制定和修改的法规31件。\n"
    "\n"
    "四、代表工作\n"
    "\n"
    "全省建成乡镇（街道）人大代表联络站1150个。24个镇人民代表大会票决产生镇级民生实事项目186项。"
    "代表提出书面意见205件。新建代表联络站十六个、“人大代表之家”四个，全省已达1600多个。"
    "建成嘎查村代表联络点2600余个。\n"
    "\n"
    "三、代表工作\n"
    "\n"
    "组织在闽全国人大代表开展集中视察三次。全国人大代表开展专题调研5次。组织省人大代表开展视察6次。"
    "罢免全国人大代表2名。"
    "各区县（自治县）人大常委会共票决民生实事项目420个。共票决产生县级民生实事项目百余件。"
    "共票决镇级民生实事项目125件。全省累计票决项目4127个。\n";
  static const char district[] =
    "北京市朝阳区人民代表大会常务委员会工作报告\n"
    "\n"
    "二、代表工作\n"
    "\n"
    "组织在朝阳的市人大代表开展视察调研11次。组织市、区人大代表开展集中视察4次。\n";
  /* a municipality under the central government calls its own deputies
   * 市人大代表, and has no cities' congresses below it */
  static const char municipality[] =
    "上海市人民代表大会常务委员会工作报告\n"
    "\n"
    "一、密切同代表和人民群众的联系\n"
    "\n"
    "常委会组成人员直接联系市人大代表320余名，全年开展联系活动110多次。\n";
  g_autoptr(BaogaoDocument) first = analyze (county);
  g_autoptr(BaogaoDocument) fifth = NULL;
  g_autoptr(BaogaoDocument) second = NULL;
  g_autoptr(BaogaoDocument) third = NULL;
  g_autoptr(BaogaoDocument) fourth = NULL;

  SKIP_WITHOUT_PLUGINS (first);
  second = analyze (npc);
  third = analyze (district);
  fourth = analyze (province);
  fifth = analyze (municipality);

  g_assert_cmpstr (tally_scope (fifth, "representation", "320余名"), ==, "provincial");
  g_assert_cmpstr (tally_scope (fifth, "representation", "110多次"), ==, "provincial");

  /* the NPC's deputies in a province's report, organized or not */
  g_assert_cmpstr (tally_scope (fourth, "representation", "三次"), ==, "npc_delegation");
  g_assert_cmpstr (tally_scope (fourth, "representation", "5次"), ==, "npc_delegation");
  g_assert_cmpstr (tally_scope (fourth, "representation", "6次"), ==, "provincial");
  /* with their own measure, whoever organized them */
  assert_tally (fourth, "representation", "三次", "npc_deputy_inspections", 3);
  assert_tally (fourth, "representation", "5次", "npc_deputy_inspections", 5);
  assert_tally (fourth, "representation", "6次", "deputy_inspections", 6);
  /* the province's decision on NPC deputies is the province's */
  g_assert_cmpstr (tally_scope (fourth, "representation", "2名"), ==, "provincial");
  /* counties named with a bracket, and projects of a level */
  g_assert_cmpstr (tally_scope (fourth, "representation", "420个"), ==, "county");
  g_assert_cmpstr (tally_scope (fourth, "representation", "百余件"), ==, "county");
  g_assert_cmpstr (tally_scope (fourth, "representation", "125件"), ==, "township");
  assert_tally (fourth, "representation", "4127个", "livelihood_projects_voted", 4127);

  /* the places whose congresses act, no body named; a government's list */
  g_assert_cmpstr (tally_scope (fourth, "legislation", "十二件"), ==, "municipal");
  g_assert_null (find_any_tally (fourth, "8件", NULL));
  /* (…and its rules, whoever the clause names) */
  assert_no_tally_of_count (fourth, "7件");
  /* (the cities' laws approved, their verbs said) */
  g_assert_cmpstr (measure_of_count (fourth, "31件"), ==, "approved");
  g_assert_cmpstr (tally_scope (fourth, "legislation", "4件"), ==, "provincial");
  /* the stations of a level, the reporting congress's count */
  g_assert_cmpstr (tally_scope (fourth, "representation", "1150个"), ==, "provincial");
  /* a count of congresses is none of what they did */
  g_assert_null (find_any_tally (fourth, "24个", NULL));
  g_assert_cmpstr (tally_scope (fourth, "representation", "186项"), ==, "township");
  assert_tally (fourth, "representation", "205件", "suggestions", 205);
  /* a list of stations after 个 is no count of congresses; stocks */
  assert_tally (fourth, "representation", "十六个", "deputy_stations_added", 16);
  assert_tally (fourth, "representation", "1600多个", "deputy_stations", 1600);
  assert_tally (fourth, "representation", "2600余个", "deputy_stations", 2600);

  /* deputies of the congress above, all of them: in a district of a
   * municipality under the central government, a provincial-level one */
  g_assert_cmpstr (tally_scope (third, "representation", "11次"), ==, "provincial");
  g_assert_cmpstr (tally_scope (third, "representation", "4次"), ==, "county");

  g_assert_cmpstr (tally_scope (first, "representation", "九百余次"), ==, "township");
  g_assert_cmpstr (tally_scope (first, "representation", "3期"), ==, "county");
  g_assert_cmpstr (tally_scope (first, "representation", "40次"), ==, "county");

  g_assert_cmpstr (tally_scope (second, "legislation", "500余件"), ==, "provincial");
  g_assert_cmpstr (tally_scope (second, "legislation", "600余件"), ==, "provincial");
}

/* The year reported named after a term's frame: the year's counts, not
 * the term's, and not a part of the term's total. */
static void
test_year_within_term (void)
{
  static const char text[] =
    "某省人民代表大会常务委员会工作报告\n"
    "——2023年1月15日在某省第十四届人民代表大会第一次会议上\n"
    "\n"
    "一、过去五年的主要工作\n"
    "\n"
    "二、立法工作\n"
    "\n"
    "五年来制定地方性法规42件，其中2022年制定9件。本届以来累计修改地方性法规60件，2022年修改15件。"
    "本届以来累计废止法规30件，力争实现全覆盖，2022年废止3件。"
    "十四届全国人大以来，常委会已制定法律13部。省十四届人大常委会以来，共废止法规7件。"
    "仅二〇二二年一年，常委会就审议法规案三十四件次。审议法律案、决定案等39件。作出法律性问题的决定2项。\n"
    "\n"
    "三、代表工作\n"
    "\n"
    "省十三届人大五次会议期间，代表提出建议812件。省十三届人大一次会议以来，代表共提出建议4586件。"
    "省十三届人大五次会议以来，代表提出的建议均已办结，满意率为98.1%。"
    "两年多来，代表培训班举办6期。\n"
    "\n"
    "“十四五”以来，常委会共制定地方性法规120余件。截至2022年底，共批准设区的市法规88件。"
    "二○一八年以来，共修改法规77件。八月以来，共批准设区的市法规6件。"
    "五年来，开展满意度测评９次；２０２２年对１２个部门逐一测评，平均满意票率８９．３％。\n"
    "\n"
    "五年来，代表提出建议3000件。自２０１５年起推行代表接待日制度，代表累计接待群众５８００余人次。\n"
    "\n"
    "【数说2022】\n"
    "▲ 常委会会议　8 次\n"
    "▲ 制定修改废止法规　27 件次\n";
  g_autoptr(BaogaoDocument) document = analyze (text);
  BaogaoAnnotation *a;

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "legislation", "42件", "enacted", 42);
  assert_tally (document, "legislation", "9件", "enacted", 9);
  assert_tally (document, "legislation", "15件", "amended", 15);
  a = find_tally (document, "legislation", "42件");
  g_assert_cmpstr (baogao_annotation_get_string (a, "period"), ==, "term");
  a = find_tally (document, "legislation", "9件");
  g_assert_null (baogao_annotation_get_string (a, "period"));
  a = find_tally (document, "legislation", "15件");
  g_assert_null (baogao_annotation_get_string (a, "period"));
  /* (the year named after a frame and a plan word too) */
  a = find_tally (document, "legislation", "废止3件");
  g_assert_nonnull (a);
  g_assert_null (baogao_annotation_get_string (a, "period"));
  /* since the term's congress was elected: its totals to date */
  a = find_tally (document, "legislation", "13部");
  g_assert_cmpstr (baogao_annotation_get_string (a, "period"), ==, "term");
  a = find_tally (document, "legislation", "7件");
  g_assert_cmpstr (baogao_annotation_get_string (a, "period"), ==, "term");
  /* the year named in Chinese numerals in the sentence */
  a = find_tally (document, "legislation", "三十四件次");
  g_assert_null (baogao_annotation_get_string (a, "period"));
  /* a session named is the year it was held in; since the first, the
   * term */
  a = find_tally (document, "representation", "812件");
  g_assert_null (baogao_annotation_get_string (a, "period"));
  a = find_tally (document, "representation", "4586件");
  g_assert_cmpstr (baogao_annotation_get_string (a, "period"), ==, "term");
  a = find_tally (document, "representation", "98.1%");
  g_assert_null (baogao_annotation_get_string (a, "period"));
  a = find_tally (document, "representation", "6期");
  g_assert_cmpstr (baogao_annotation_get_string (a, "period"), ==, "multi_year");
  /* since or to when, over more than the year */
  a = find_tally (document, "legislation", "120余件");
  g_assert_cmpstr (baogao_annotation_get_string (a, "period"), ==, "multi_year");
  a = find_tally (document, "legislation", "88件");
  g_assert_cmpstr (baogao_annotation_get_string (a, "period"), ==, "multi_year");
  /* a year in numerals with ○ for 〇: 2018 to 2022 are the term's five
   * years (not eighteen years, 一八年以来) */
  a = find_tally (document, "legislation", "77件");
  g_assert_cmpstr (baogao_annotation_get_string (a, "period"), ==, "term");
  /* the year named in full-width digits after the term's frame */
  a = find_tally (document, "oversight", "８９．３％");
  g_assert_nonnull (a);
  g_assert_null (baogao_annotation_get_string (a, "period"));
  a = find_tally (document, "oversight", "９次");
  g_assert_cmpstr (baogao_annotation_get_string (a, "period"), ==, "term");
  /* (…and since a year before the term, in full-width digits) */
  a = find_tally (document, "representation", "５８００余人次");
  g_assert_nonnull (a);
  g_assert_cmpstr (baogao_annotation_get_string (a, "period"), ==, "multi_year");
  /* since a month, no year named: within the year */
  a = find_tally (document, "legislation", "法规6件");
  g_assert_nonnull (a);
  g_assert_null (baogao_annotation_get_string (a, "period"));
  /* a box of the year's figures */
  a = find_tally (document, "self_building", "8 次");
  g_assert_null (baogao_annotation_get_string (a, "period"));
  a = find_tally (document, "legislation", "27 件次");
  g_assert_null (baogao_annotation_get_string (a, "period"));
  /* bills, not the sessions' items of all kinds */
  assert_tally (document, "legislation", "39件", "deliberated", 39);
  assert_tally (document, "legislation", "2项", "decisions_made", 2);
}

/* A county-level city's congress reports counts of its own level, a
 * prefecture's of its; the list of those cities, generated from the
 * gazetteer, is sorted for the search and holds all of the gazetteer's. */
static void
test_county_level_cities (void)
{
  static const char county_city[] =
    "温岭市人民代表大会常务委员会工作报告\n"
    "\n"
    "二、监督工作\n"
    "\n"
    "听取和审议专项工作报告14个。市人大常委会开展执法检查3次。\n"
    "\n"
    "三、代表工作\n"
    "\n"
    "组织市人大代表开展集中视察2次。\n";
  static const char prefecture[] =
    "杭州市人民代表大会常务委员会工作报告\n"
    "\n"
    "二、监督工作\n"
    "\n"
    "听取和审议专项工作报告14个。所辖八县三市人大常委会同步开展执法检查二十七次。\n";
  g_autoptr(BaogaoDocument) first = analyze (county_city);
  g_autoptr(BaogaoDocument) second = NULL;
  g_autofree char *gazetteer = NULL;
  g_auto(GStrv) lines = NULL;
  guint n = 0;

  for (guint i = 1; i < tally_n_county_level_cities; i++)
    g_assert_cmpint (strcmp (tally_county_level_cities[i - 1], tally_county_level_cities[i]), <, 0);

  g_assert_true (g_file_get_contents (GAZETTEER_PATH, &gazetteer, NULL, NULL));
  lines = g_strsplit (gazetteer, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", -1);

      if (lines[i][0] == '#' || g_strv_length (fields) < 3 ||
          strcmp (fields[2], "county") != 0 || !g_str_has_suffix (fields[0], "市"))
        continue;
      n++;
      g_assert_true (tally_is_county_level_city (fields[0]));
    }
  g_assert_cmpuint (n, ==, tally_n_county_level_cities);
  g_assert_false (tally_is_county_level_city ("杭州市"));
  g_assert_false (tally_is_county_level_city (NULL));

  SKIP_WITHOUT_PLUGINS (first);
  second = analyze (prefecture);
  g_assert_cmpstr (tally_scope (first, "oversight", "14个"), ==, "county");
  /* its 市 is itself */
  g_assert_cmpstr (tally_scope (first, "oversight", "3次"), ==, "county");
  g_assert_cmpstr (tally_scope (first, "representation", "2次"), ==, "county");
  g_assert_cmpstr (tally_scope (second, "oversight", "14个"), ==, "municipal");
  /* counties and county-level cities together */
  g_assert_cmpstr (tally_scope (second, "oversight", "二十七次"), ==, "county");
}

/* Research and meetings on drafts, officials appraised one by one,
 * study of the law, visits to deputies; a 座谈会 of no law is none of
 * legislation's, and deputies' reports to their voters are no officials
 * appraised */
static void
test_drafts_appraisals_visits (void)
{
  static const char text[] =
    "某某市人民代表大会常务委员会工作报告\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "开展立法调研三十余次，召开座谈会、论证会、听证会18场。\n"
    "\n"
    "二、监督工作\n"
    "\n"
    "对县政府12个部门开展工作评议，对5名市政府组成人员开展述职评议。"
    "履职评议政府组成部门负责人4名。\n"
    "\n"
    "三、代表工作\n"
    "\n"
    "走访市人大代表一百二十余人次。组织开展代表述职评议，共有86名代表向选民述职。"
    "召开代表座谈会6次。推动代表进家站点履职2.3万人次。组织区人大常委会负责同志培训2期。\n"
    "\n"
    "四、自身建设\n"
    "\n"
    "坚持会前学法制度，全年集体学法10次。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "legislation", "立法调研三十余次", "investigations", 30);
  assert_tally (document, "legislation", "座谈会、论证会、听证会18场", "consultation_meetings", 18);
  assert_tally (document, "oversight", "12个部门开展工作评议", "work_evaluations", 12);
  assert_tally (document, "oversight", "5名市政府组成人员开展述职评议", "officials_evaluated", 5);
  assert_tally (document, "oversight", "履职评议政府组成部门负责人4名", "officials_evaluated", 4);
  assert_tally (document, "representation", "走访市人大代表一百二十余人次", "deputies_liaised", 120);
  assert_tally (document, "representation", "2.3万人次", "deputy_activity_participations", 2.3);
  assert_tally (document, "representation", "培训2期", "director_trainings", 2);
  assert_tally (document, "self_building", "学法10次", "study_sessions", 10);
  g_assert_null (find_tally (document, "oversight", "86名"));
  g_assert_null (find_tally (document, "legislation", "6次"));
}

/* The NPC's filing review with the count before the documents, its
 * decisions on legal questions in either order of words, and the
 * organ's own problems in a self-building section */
static void
test_national_review_and_decisions (void)
{
  static const char text[] =
    "全国人民代表大会常务委员会工作报告\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "作出法律问题和有关重大问题的决定5件。\n"
    "\n"
    "二、监督工作\n"
    "\n"
    "对57件行政法规、司法解释进行备案审查，对新制定的21件行政法规和司法解释开展主动审查。"
    "对23件设区的市法规进行审查批准。"
    "对报送备案的1319件行政法规、监察法规、地方性法规、自治条例和单行条例、经济特区法规、司法解释逐件进行审查。\n"
    "\n"
    "三、自身建设\n"
    "\n"
    "开展作风建设专项整治，查找问题27个，已整改25个。完成重点调研课题14项，形成调研报告22篇。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "legislation", "法律问题和有关重大问题的决定5件", "decisions_made", 5);
  assert_tally (document, "oversight", "57件行政法规、司法解释进行备案审查", "normative_documents_reviewed", 57);
  assert_tally (document, "oversight", "21件行政法规和司法解释开展主动审查", "normative_documents_reviewed", 21);
  g_assert_null (find_tally (document, "oversight", "23件"));
  /* the review verb past a long list */
  assert_tally (document, "oversight", "1319件行政法规、监察法规、地方性法规", "normative_documents_reviewed", 1319);
  assert_tally (document, "self_building", "查找问题27个", "problems_identified", 27);
  assert_tally (document, "self_building", "整改25个", "problems_rectified", 25);
  g_assert_null (find_tally (document, "oversight", "27个"));
  /* the research it takes on for its own work */
  assert_tally (document, "self_building", "调研课题14项", "research_topics", 14);
  assert_tally (document, "self_building", "调研报告22篇", "research_reports", 22);
}

/* The people sworn in after the ceremonies, taking part; the NPC's
 * deputies as the subject of the clause before keep their own measures */
static void
test_oaths_and_npc_subject (void)
{
  static const char text[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "四、代表工作和人事任免\n"
    "\n"
    "组织宪法宣誓十一次、八十四人参加。为新任命人员组织宪法宣誓9次，62人参加。"
    "代表建议面商率100%，办结率98%。"
    "全国人大代表在十四届全国人大二次会议上提交议案十八件，提出建议二百三十一件。"
    "省人大代表提出建议六百件。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "representation", "宣誓十一次", "oath_ceremonies", 11);
  assert_tally (document, "representation", "八十四人参加", "oaths", 84);
  assert_tally (document, "representation", "62人参加", "oaths", 62);
  assert_tally (document, "representation", "面商率100%", "consultation_rate", 100);
  assert_tally (document, "representation", "办结率98%", "completion_rate", 98);
  assert_tally (document, "representation", "议案十八件", "npc_motions", 18);
  assert_tally (document, "representation", "建议二百三十一件", "npc_suggestions", 231);
  g_assert_cmpstr (tally_scope (document, "representation", "建议二百三十一件"), ==, "npc_delegation");
  assert_tally (document, "representation", "建议六百件", "suggestions", 600);
  g_assert_cmpstr (tally_scope (document, "representation", "建议六百件"), ==, "provincial");

  /* the committee's members liaising with deputies, in a report of no
   * sections: the committee's work with deputies, not the Party group's */
  {
    g_autoptr(BaogaoDocument) national = analyze ("全国人民代表大会常务委员会工作报告\n\n"
                                                  "一年来，常委会组成人员直接联系全国人大代表430多名。\n");

    assert_tally (national, "representation", "全国人大代表430多名", "deputies_liaised", 430);
    g_assert_null (find_tally (national, "political", "430多名"));
  }
  /* …nor when the deputies are bare 代表 and the members the subject */
  {
    g_autoptr(BaogaoDocument) provincial = analyze ("某某省人民代表大会常务委员会工作报告\n\n"
                                                    "常委会组成人员联系代表二百八十六名。\n");

    assert_tally (provincial, "representation", "二百八十六名", "deputies_liaised", 286);
  }
}

/* Amendments deliberated, drafts counted in 件次 or a higher congress's,
 * the NPC's council, drafts at stations and deputies named before the
 * liaison */
static void
test_drafts_stations_and_councils (void)
{
  static const char text[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "全年共审议宪法修正案、法律案、决定案等二十六件。有19件次法规草案向社会公开征求意见。"
    "配合全国人大常委会完成7部法律草案征求意见工作，另有4个法规草案在代表家站征求意见。"
    "配合设区的市人大常委会完成5部法规草案征求意见工作。开展立法协商12次。\n"
    "\n"
    "二、代表工作\n"
    "\n"
    "常委会组成人员与215名省人大代表建立直接联系。\n"
    "\n"
    "三、自身建设\n"
    "\n"
    "召开委员长会议33次。常委会全年举行委员长会议23次、常委会会议8次。班子成员讲授专题党课6堂。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "legislation", "二十六件", "deliberated", 26);
  assert_tally (document, "legislation", "向社会公开征求意见", "drafts_published", 19);
  assert_tally (document, "legislation", "在代表家站征求意见", "drafts_published", 4);
  /* the others' drafts it helped consult on are not its own */
  g_assert_cmpuint (count_measure (document, "legislation", "drafts_published"), ==, 2);
  assert_tally (document, "legislation", "立法协商12次", "consultation_meetings", 12);
  g_assert_cmpuint (count_measure (document, "representation", "deputy_stations"), ==, 0);
  assert_tally (document, "representation", "建立直接联系", "deputies_liaised", 215);
  assert_tally (document, "self_building", "委员长会议33次", "chairpersons_meetings", 33);
  /* the committee named first holds its council's meetings too */
  assert_tally (document, "self_building", "委员长会议23次", "chairpersons_meetings", 23);
  assert_tally (document, "self_building", "常委会会议8次", "standing_committee_sessions", 8);
  /* lessons are counted in 堂 */
  assert_tally (document, "self_building", "6堂", "lectures", 6);
}

/* Counts said again at the head of a later clause of the next sentence
 * (其中，23件议案…，1081件建议…) make no second row; subjects studied are
 * investigations, or the office's research topics in its section; a
 * list's item that is a title only counts what the one before it did */
static void
test_clause_restatements (void)
{
  static const char text[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "一、监督工作\n"
    "\n"
    "全年对7个方面工作开展专题调研。深入12个市县开展调研。\n"
    "\n"
    "二、自身建设\n"
    "\n"
    "机关围绕12个课题开展调研。全年编发《人大信息》96期、《立法动态》24期。\n"
    "\n"
    "三、代表工作\n"
    "\n"
    "大会以来，代表提出议案19件，建议903件。其中，19件议案全部交付有关专门委员会审议，903件建议已全部办复。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "oversight", "开展专题调研", "investigations", 7);
  g_assert_cmpuint (count_measure (document, "oversight", "investigations"), ==, 1);
  /* (topics of the office's own research, in its section) */
  assert_tally (document, "self_building", "课题开展调研", "research_topics", 12);
  /* a later item of a list, a title only, counts what the one before it did */
  assert_tally (document, "self_building", "《立法动态》24期", "newsletter_issues", 24);
  assert_tally (document, "representation", "议案19件", "motions", 19);
  assert_tally (document, "representation", "建议903件", "suggestions", 903);
  g_assert_cmpuint (count_measure (document, "representation", "motions"), ==, 1);
  g_assert_cmpuint (count_measure (document, "representation", "suggestions"), ==, 1);
}

/* A section whose heading names the Party's leadership holds the year's
 * laws: a sentence a count of which plain legislation words took is
 * about legislation, and its later counts are read so; the section's
 * own counts stay its own */
static void
test_sentence_lends_domain (void)
{
  static const char text[] =
    "全国人民代表大会常务委员会工作报告\n"
    "\n"
    "一、坚持党的领导、人民当家作主、依法治国有机统一\n"
    "\n"
    "一年来，常委会共审议法律案33件，通过其中的25件，包括制定法律8件，作出法律解释1件。"
    "常委会党组开展集体学习11次。五年来，作出法律解释、有关法律问题和重大问题的决定26件。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  /* (interpretations and decisions counted together: neither's count) */
  assert_no_tally_of_count (document, "26件");

  assert_tally (document, "legislation", "法律案33件", "deliberated", 33);
  assert_tally (document, "legislation", "通过其中的25件", "passed", 25);
  assert_tally (document, "legislation", "制定法律8件", "enacted", 8);
  assert_tally (document, "legislation", "法律解释1件", "interpreted", 1);
  assert_tally (document, "political", "集体学习11次", "party_group_study_sessions", 11);
}

/* The Party group's meetings, research, discipline education and
 * liaison */
static void
test_party_group_work (void)
{
  static const char text[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "一、坚持党的全面领导\n"
    "\n"
    "常委会党组全年召开党组会议32次，研究重大事项86项。党组成员围绕10个重点课题开展调研。"
    "扎实开展党纪学习教育，开展警示教育4次。常委会领导包联重点产业链12条。机关党组开展警示教育3次。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "political", "党组会议32次", "party_group_meetings", 32);
  assert_tally (document, "political", "研究重大事项86项", "matters_studied", 86);
  assert_tally (document, "political", "重点课题开展调研", "research_topics", 10);
  g_assert_cmpuint (count_measure (document, "oversight", "investigations"), ==, 0);
  assert_tally (document, "political", "警示教育4次", "warning_education_sessions", 4);
  assert_tally (document, "political", "产业链12条", "industry_chains_liaised", 12);
  /* (the office's Party group is the office's, in any section) */
  assert_tally (document, "self_building", "警示教育3次", "warning_education_sessions", 3);
}

/* Containers and kinds that are no counts of what they hold (6个方面突出
 * 问题, 议案…涉及制定修改法律项目的有223件), and a few wordings of what
 * deputies did: a rate of contact (沟通联系率), projects voted in full
 * words (投票表决产生), a campaign held out in (坚守抗疫一线), duty at
 * the stations counted before its verb (4.8万余人次进站履职) */
static void
test_containers_and_deputies_wordings (void)
{
  static const char text[] =
    "全国人民代表大会常务委员会工作报告\n"
    "\n"
    "一、监督工作\n"
    "\n"
    "执法检查报告列出存在的6个方面突出问题，提出8个方面意见建议。开展执法检查5次。\n"
    "\n"
    "二、代表工作\n"
    "\n"
    "代表提出的325件议案，涉及制定修改法律项目的有223件。"
    "代表提出建议1012件。这些建议分别由政府及其部门办理963件，法院、检察院等办理49件。"
    "组织代表向选民述职，述职满意率均达到91%以上。"
    "承办单位与代表沟通联系率达到99%以上。由代表投票表决产生了十件民生实事项目。"
    "疫情防控期间，各级人大代表5.8万余人次坚守抗疫一线。全省各级人大代表共4.7万余人次进站履职。"
    "全省3100余名各级人大代表参与疫情防控。组织全省8200余名各级人大代表参与乡村振兴专项监督。"
    "代表参与卡口值守、排查走访、物资保障等工作2.2万余人次。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_no_tally_of_count (document, "6个");
  assert_no_tally_of_count (document, "223件");
  /* (the suggestions counted by who handled them) */
  assert_tally (document, "representation", "1012件", "suggestions", 1012);
  assert_no_tally_of_count (document, "963件");
  /* (the voters' view of deputies' reports is no suggestions' rate) */
  assert_no_tally_of_count (document, "91%以上");
  g_assert_cmpstr (measure_of_count (document, "325件"), ==, "motions");
  assert_tally (document, "representation", "99%以上", "consultation_rate", 99);
  g_assert_cmpstr (measure_of_count (document, "十件"), ==, "livelihood_projects_voted");
  g_assert_cmpstr (measure_of_count (document, "5.8万余人次"), ==, "deputy_activity_participations");
  g_assert_cmpstr (measure_of_count (document, "4.7万余人次"), ==, "deputy_activity_participations");
  /* (the deputies counted before their noun, in 名) */
  g_assert_cmpstr (measure_of_count (document, "3100余名"), ==, "deputy_activity_participations");
  g_assert_cmpstr (measure_of_count (document, "8200余名"), ==, "deputy_oversight_participations");
  /* (works of several kinds closed by 等工作, a visit among them: no
   * deputies liaised with) */
  g_assert_cmpstr (measure_of_count (document, "2.2万余人次"), ==, "deputy_activity_participations");
}

/* The rules of the congress's own work, said so, in a section on
 * legislation too (its law-making rules named in the list, 法规草案起草工作
 * 规程); none of them a law revised */
static void
test_own_rules_anywhere (void)
{
  static const char text[] =
    "某某市人民代表大会常务委员会工作报告\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "制定地方性法规3件，修订法规2件。常委会制定了立法技术规范、法规草案起草工作规程等工作制度6项。"
    "制定修订工作制度15项。修订机关管理制度5项。\n"
    "\n"
    "二、监督工作\n"
    "\n"
    "开展执法检查5次。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "legislation", "修订法规2件", "revised", 2);
  assert_tally (document, "self_building", "工作制度6项", "rules_made", 6);
  assert_tally (document, "self_building", "工作制度15项", "rules_made", 15);
  g_assert_cmpuint (count_measure (document, "legislation", "revised"), ==, 1);
}

/* Deputies a general election chose, of the level they are named with;
 * the questions a special inquiry put */
static void
test_elections_and_inquiry_questions (void)
{
  static const char text[] =
    "某某市人民代表大会常务委员会工作报告\n"
    "\n"
    "二、监督工作\n"
    "\n"
    "围绕生态环境保护开展专题询问，10位常委会组成人员现场提出询问问题14个。审查批准市级预算调整方案2次。"
    "开展审计查出问题整改情况专题询问，委员们围绕屡审屡犯、整改不到位等现场提出询问问题17个。"
    "全年合计开展执法检查、专题询问13次。累计开展执法检查、专题询问19次。"
    "对2022年审议意见办理情况开展“回头看”9项。"
    "依法成立特定问题调查委员会，开展特定问题调查1项。"
    "围绕生态环境保护和养老服务两个议题开展专题询问。"
    "就食品安全开展专题询问1次，共有9个问题被委员们当场提出。"
    "听取审议国民经济和社会发展计划执行情况、预算执行情况、审计工作报告等8个报告。"
    "对市政府12个部门开展满意度测评，平均满意率为95.6%。\n"
    "\n"
    "三、代表工作\n"
    "\n"
    "完成市、区两级人大换届选举，选出区人大代表1286名，选举产生市人大代表480名。补选市人大代表3名。"
    "开展代表专题培训12场次。全市共选出8630名乡镇人大代表。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "oversight", "询问问题14个", "inquiry_questions", 14);
  /* (whatever topic the words before it name) */
  assert_tally (document, "oversight", "询问问题17个", "inquiry_questions", 17);
  /* (a total over two measures, 合计 or 累计 before the verb) */
  assert_no_tally_of_count (document, "13次");
  assert_no_tally_of_count (document, "19次");
  /* (a follow-up of opinions, counted after it) */
  g_assert_cmpstr (measure_of_count (document, "9项"), ==, "follow_up_supervisions");
  /* (the inquiry into a specific question the law lets it set up) */
  g_assert_cmpstr (measure_of_count (document, "1项"), ==, "investigations");
  /* (the topics an inquiry took up are no inquiries) */
  assert_no_tally_of_count (document, "两个");
  /* (the passive, the questions first) */
  g_assert_cmpstr (measure_of_count (document, "9个"), ==, "inquiry_questions");
  assert_tally (document, "oversight", "预算调整方案2次", "budget_adjustments_approved", 2);
  /* (reports the count's noun: not the agenda's items of all kinds) */
  assert_tally (document, "oversight", "8个报告", "work_reports", 8);
  assert_tally (document, "oversight", "平均满意率为95.6%", "evaluation_approval_rate", 95.6);
  assert_tally (document, "representation", "1286名", "deputies_elected", 1286);
  g_assert_cmpstr (tally_scope (document, "representation", "1286名"), ==, "county");
  assert_tally (document, "representation", "480名", "deputies_elected", 480);
  g_assert_cmpstr (tally_scope (document, "representation", "480名"), ==, "municipal");
  assert_tally (document, "representation", "补选市人大代表3名", "by_elections", 3);
  assert_tally (document, "representation", "培训12场次", "deputy_trainings", 12);
  /* (the deputies named after the count) */
  assert_tally (document, "representation", "8630名乡镇人大代表", "deputies_elected", 8630);
  g_assert_cmpstr (tally_scope (document, "representation", "8630名乡镇人大代表"), ==, "township");

  /* the NPC's deputies a province elects: its delegation */
  {
    g_autoptr(BaogaoDocument) provincial = analyze ("某某省人民代表大会常务委员会工作报告\n\n一、代表工作\n\n"
                                                    "依法选举产生出席十四届全国人大的代表95名。\n");

    assert_tally (provincial, "representation", "代表95名", "deputies_elected", 95);
    g_assert_cmpstr (tally_scope (provincial, "representation", "代表95名"), ==, "npc_delegation");
  }
}

/* Motions registered, suggestions taken up again, reception days */
static void
test_motions_follow_up_receptions (void)
{
  static const char text[] =
    "某某县人民代表大会常务委员会工作报告\n"
    "\n"
    "一、代表工作\n"
    "\n"
    "县十九届人大三次会议期间，代表提出议案6件，经大会主席团审议，立案2件；"
    "提出建议、批评和意见158件，已全部办结。"
    "开展代表建议办理“回头看”，对12件建议进行二次督办。"
    "开展“人大代表接待日”活动36场次，接待群众1200人次。"
    "全县各级代表依托家站开展活动2300次，参与代表1.1万人次。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "representation", "议案6件", "motions", 6);
  assert_tally (document, "representation", "立案2件", "motions_accepted", 2);
  assert_tally (document, "representation", "批评和意见158件", "suggestions", 158);
  assert_tally (document, "representation", "12件建议进行二次督办", "suggestions_followed_up", 12);
  g_assert_cmpuint (count_measure (document, "representation", "suggestions"), ==, 1);
  assert_tally (document, "representation", "接待日”活动36场次", "constituent_receptions", 36);
  assert_tally (document, "representation", "接待群众1200人次", "constituents_received", 1200);
  assert_tally (document, "representation", "活动2300次", "deputy_activities", 2300);
}

/* The study that opens meetings (第一议题), counted in sessions; not a
 * count of something else said after it */
static void
test_first_agenda_study (void)
{
  static const char text[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "一、坚持党的全面领导\n"
    "\n"
    "全年通过“第一议题”学习习近平总书记重要讲话精神35次。坚持“第一议题”制度，推动落实重点任务56个。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "political", "35次", "study_sessions", 35);
  g_assert_null (find_tally (document, "political", "56个"));
}

/* The NPC's comments on drafts and the people who gave them, in a
 * sentence whose first clause only says when; a law revoked on review */
static void
test_national_comments_and_revocations (void)
{
  static const char text[] =
    "全国人民代表大会常务委员会工作报告\n"
    "\n"
    "一年来，全年共有20件法律草案公开征求意见，有12.5万人次提出38.7万条意见。"
    "依法撤销了1件地方性法规。代表提出意见建议300条。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "legislation", "20件法律草案公开征求意见", "drafts_published", 20);
  assert_tally (document, "legislation", "12.5万人次提出", "public_commenters", 12.5);
  assert_tally (document, "legislation", "38.7万条意见", "public_comments", 38.7);
  assert_tally (document, "oversight", "1件地方性法规", "documents_corrected", 1);
  g_assert_null (find_tally (document, "legislation", "300条"));
}

/* The year's legislative plan carried out, the warnings of the networked
 * budget oversight, and the practice bases of whole-process people's
 * democracy; what a plan sets out, or other warnings, are none */
static void
test_plan_alerts_practice_bases (void)
{
  static const char text[] =
    "某某市人民代表大会常务委员会工作报告\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "年度立法计划安排审议项目25件。年度立法计划确定的32件立法项目全部完成。"
    "高质量完成年度立法计划，审议法规草案21件。立法计划中的8件调研项目全部完成。\n"
    "\n"
    "二、监督工作\n"
    "\n"
    "开展风险预警12次。依托预算联网监督系统，发出预警提示86条，督促整改问题41个。\n"
    "\n"
    "三、代表工作\n"
    "\n"
    "全市共建成全过程人民民主实践基地42个，其中今年新建15个。建成全过程人民民主最佳实践点9个。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "legislation", "32件立法项目全部完成", "plan_projects_completed", 32);
  assert_tally (document, "legislation", "21件", "deliberated", 21);
  assert_no_tally_of_count (document, "25件");
  assert_no_tally_of_count (document, "8件");
  assert_tally (document, "oversight", "86条", "budget_alerts", 86);
  assert_no_tally_of_count (document, "12次");
  assert_tally (document, "representation", "42个", "democracy_practice_bases", 42);
  assert_tally (document, "representation", "最佳实践点9个", "democracy_practice_bases", 9);
  g_assert_cmpstr (baogao_annotation_get_string (find_tally (document, "representation", "42个"), "period"),
                   ==, "multi_year");
  assert_tally (document, "representation", "15个", "democracy_practice_bases_added", 15);
}

/* 贵州 is a province, not a prefecture; a province's prefectures and
 * cities (各州（市）) are municipal */
static void
test_guizhou_and_prefectures (void)
{
  static const char text[] =
    "贵州省人民代表大会常务委员会工作报告\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "贵州人大常委会制定法规10件。各州（市）人大常委会全年制定法规22件。\n"
    "\n"
    "二、代表工作\n"
    "\n"
    "贵州人大代表提出议案12件。\n"
    "\n"
    "三、自身建设\n"
    "\n"
    "《贵州人大》微信公众号关注人数达到5.6万人。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "legislation", "法规10件", "enacted", 10);
  g_assert_cmpstr (tally_scope (document, "legislation", "法规10件"), ==, "provincial");
  g_assert_cmpstr (tally_scope (document, "legislation", "法规22件"), ==, "municipal");
  g_assert_cmpstr (tally_scope (document, "representation", "议案12件"), ==, "provincial");
  g_assert_cmpstr (tally_scope (document, "self_building", "5.6万人"), ==, "provincial");
}

/* Satisfaction rates: the combined share beside the plain one, the
 * basic share with its verb, appraisals averaged or listed with 分别;
 * questions an inquiry put or had answered */
static void
test_rates_and_questions (void)
{
  static const char text[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "一、代表工作\n"
    "\n"
    "代表满意和基本满意率99.3%，其中满意率89.2%。"
    "代表满意率88.5%，满意和基本满意率99.5%。"
    "代表建议满意率为85.5%，基本满意率为13.5%。"
    "议案办理满意和基本满意率100%。\n"
    "\n"
    "二、监督工作\n"
    "\n"
    "对市政府7个部门开展工作评议，评议满意率平均为92.6%。"
    "对听取审议的6个报告开展满意度测评，满意率分别为96.8%、95.4%、94.1%、93%。"
    "开展专题询问2次，现场提出问题16个，应询部门负责同志回答问题23个。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "representation", "99.3%", "basic_satisfaction_rate", 99.3);
  assert_tally (document, "representation", "89.2%", "satisfaction_rate", 89.2);
  assert_tally (document, "representation", "88.5%", "satisfaction_rate", 88.5);
  assert_tally (document, "representation", "99.5%", "basic_satisfaction_rate", 99.5);
  assert_tally (document, "representation", "85.5%", "satisfaction_rate", 85.5);
  assert_tally (document, "representation", "13.5%", "basic_satisfaction_rate", 13.5);
  assert_tally (document, "representation", "100%", "satisfaction_rate", 100);
  assert_tally (document, "oversight", "92.6%", "evaluation_approval_rate", 92.6);
  assert_tally (document, "oversight", "6个报告开展满意度测评", "satisfaction_surveys", 6);
  assert_tally (document, "oversight", "96.8%", "evaluation_approval_rate", 96.8);
  assert_tally (document, "oversight", "95.4%", "evaluation_approval_rate", 95.4);
  assert_tally (document, "oversight", "93%", "evaluation_approval_rate", 93);
  assert_tally (document, "oversight", "问题16个", "inquiry_questions", 16);

  {
    g_autoptr(BaogaoDocument) county = analyze ("某某县人民代表大会常务委员会工作报告\n\n一、监督工作\n\n"
                                                "对县政府4个部门开展满意度测评，满意票率分别为96.2%、94.8%、"
                                                "92.5%、90.1%。对12个部门开展工作评议，评议满意率均达到85%以上。\n");

    assert_tally (county, "oversight", "94.8%", "evaluation_approval_rate", 94.8);
    assert_tally (county, "oversight", "90.1%", "evaluation_approval_rate", 90.1);
    assert_tally (county, "oversight", "85%以上", "evaluation_approval_rate", 85);
  }
  assert_tally (document, "oversight", "问题23个", "inquiry_questions", 23);
}

/* Counts whose words are another domain's, in a section whose own rules
 * say nothing of them: the statutory work's from any section, when said
 * twice over or plainly; the office's from the Party group's section */
static void
test_words_of_another_section (void)
{
  static const char text[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "一、坚持党的领导，深入学习宣传贯彻宪法\n"
    "\n"
    "常委会党组研究重大事项七十余项。开展专题研讨4次。开展执法检查2次。代表提出建议500件。"
    "代表捐款捐物3.6亿元。在省级媒体开设专栏1个，刊发稿件85篇。\n"
    "\n"
    "二、立法工作\n"
    "\n"
    "制定法规5件。开展执法检查3次。深入走访企业55家。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "political", "七十余项", "matters_studied", 70);
  assert_tally (document, "political", "研讨4次", "study_sessions", 4);
  assert_tally (document, "oversight", "执法检查2次", "law_inspections", 2);
  assert_tally (document, "representation", "建议500件", "suggestions", 500);
  assert_tally (document, "representation", "3.6亿元", "deputy_donations", 3.6);
  assert_tally (document, "self_building", "专栏1个", "media_columns", 1);
  assert_tally (document, "self_building", "稿件85篇", "articles_published", 85);
  assert_tally (document, "legislation", "法规5件", "enacted", 5);
  assert_tally (document, "oversight", "执法检查3次", "law_inspections", 3);
  /* (the Party group's words, not lent to a section on laws) */
  assert_no_tally_of_count (document, "55家");
}

/* Regulations sent up (报批, 经省人大常委会批准 in a city's report),
 * reviews on request, deputies elected at a level named by its rank,
 * reading classes the Party group holds, cadres sent to villages */
static void
test_submissions_reviews_ranks (void)
{
  static const char provincial_text[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "一、坚持党的全面领导\n"
    "\n"
    "常委会党组举办党史学习教育专题读书班2期。常委会党组开展集体学习12次。\n"
    "\n"
    "二、立法工作\n"
    "\n"
    "各设区的市全年共报批法规草案十二件。\n"
    "\n"
    "三、监督工作\n"
    "\n"
    "全年审查规范性文件210件，其中依申请审查12件。\n"
    "\n"
    "四、代表工作\n"
    "\n"
    "选出县级人大代表1.9万名。\n"
    "\n"
    "五、自身建设\n"
    "\n"
    "选派3名干部到贫困村担任第一书记。\n";
  static const char municipal_text[] =
    "某某市人民代表大会常务委员会工作报告\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "年内经省人大常委会批准法规3件。\n";
  g_autoptr(BaogaoDocument) provincial = analyze (provincial_text);
  g_autoptr(BaogaoDocument) municipal = analyze (municipal_text);

  SKIP_WITHOUT_PLUGINS (provincial);

  assert_tally (provincial, "political", "读书班2期", "guided_study_classes", 2);
  assert_tally (provincial, "political", "学习12次", "party_group_study_sessions", 12);
  assert_tally (provincial, "legislation", "十二件", "submitted_for_approval", 12);
  g_assert_cmpstr (tally_scope (provincial, "legislation", "十二件"), ==, "municipal");
  assert_tally (provincial, "oversight", "210件", "normative_documents_reviewed", 210);
  assert_tally (provincial, "oversight", "依申请审查12件", "review_requests", 12);
  assert_tally (provincial, "representation", "1.9万名", "deputies_elected", 1.9);
  g_assert_cmpstr (tally_scope (provincial, "representation", "1.9万名"), ==, "county");
  assert_tally (provincial, "self_building", "担任第一书记", "cadres_rotated", 3);
  /* (the city's laws the province approved: not approvals it gave) */
  assert_tally (municipal, "legislation", "3件", "submitted_for_approval", 3);
}

/* In a paragraph about the term, a sentence that opens with the year
 * said as such (全年, 过去一年) is the year's; a stock there covers the
 * years it took (multi_year), and so does the total reached, said so,
 * even in a sentence that names the term (本届以来…，总数达到31个) */
static void
test_year_in_term_paragraph (void)
{
  static const char text[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "本届以来，常委会共制定法规53件。全年接收报备规范性文件297件。"
    "过去一年，常委会举行会议8次。全省基层立法联系点达到26个。\n"
    "本届以来共新建基层立法联系点12个，总数达到31个。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);
  BaogaoAnnotation *a;

  SKIP_WITHOUT_PLUGINS (document);

  a = find_tally (document, "legislation", "53件");
  g_assert_nonnull (a);
  g_assert_cmpstr (baogao_annotation_get_string (a, "period"), ==, "term");
  a = find_tally (document, "oversight", "297件");
  g_assert_nonnull (a);
  g_assert_null (baogao_annotation_get_string (a, "period"));
  a = find_tally (document, "self_building", "8次");
  g_assert_nonnull (a);
  g_assert_null (baogao_annotation_get_string (a, "period"));
  a = find_tally (document, "legislation", "26个");
  g_assert_nonnull (a);
  g_assert_cmpstr (baogao_annotation_get_string (a, "period"), ==, "multi_year");
  a = find_tally (document, "legislation", "31个");
  g_assert_nonnull (a);
  g_assert_cmpstr (baogao_annotation_get_string (a, "period"), ==, "multi_year");
}

/* One fact counted in two units, the second right after the first
 * (接待来访1.1万批次、2.3万人次): both are counts */
static void
test_second_unit_after_comma (void)
{
  static const char text[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "一、监督工作\n"
    "\n"
    "全年受理群众来信2800件，接待来访1.1万批次、2.3万人次。\n"
    "\n"
    "二、代表工作\n"
    "\n"
    "代表接待选民群众780余场次、4600余人次。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "oversight", "1.1万批次", "petitions_received", 1.1);
  assert_tally (document, "oversight", "2.3万人次", "petitions_received", 2.3);
  assert_tally (document, "representation", "780余场次", "constituent_receptions", 780);
  assert_tally (document, "representation", "4600余人次", "constituents_received", 4600);
}

/* A subdistrict's assembly of deputies (街道议政代表会) and its members
 * (议政代表) act at the township's level */
static void
test_subdistrict_assemblies (void)
{
  static const char text[] =
    "某某区人民代表大会常务委员会工作报告\n"
    "\n"
    "一、代表工作\n"
    "\n"
    "街道议政代表会听取审议街道办事处工作报告11个。议政代表提出意见建议312件。"
    "区人大代表提出建议186件。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "oversight", "11个", "work_reports", 11);
  g_assert_cmpstr (tally_scope (document, "oversight", "11个"), ==, "township");
  assert_tally (document, "representation", "312件", "suggestions", 312);
  g_assert_cmpstr (tally_scope (document, "representation", "312件"), ==, "township");
  g_assert_cmpstr (tally_scope (document, "representation", "186件"), ==, "county");
}

/* The words of a law's or a report's title say nothing of the count
 * after it; a publication's title, right before its count, does */
static void
test_words_inside_titles (void)
{
  static const char text[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "修改《某某省水资源条例》《某某省信访条例》等13件。修订《某某省人口与计划生育条例》等4件。\n"
    "\n"
    "二、自身建设\n"
    "\n"
    "编发《某某人大》杂志12期、《人大工作简报》36期。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "legislation", "13件", "amended", 13);
  assert_tally (document, "legislation", "4件", "revised", 4);
  assert_tally (document, "self_building", "36期", "newsletter_issues", 36);
}

/* A change from the year before: the count is the value reached (由上年
 * 的12件增至15件), and the difference is none (较上年增加5件) */
static void
test_changes_from_last_year (void)
{
  static const char text[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "一、代表工作\n"
    "\n"
    "重点督办建议由上年的12件增至15件。\n"
    "\n"
    "二、立法工作\n"
    "\n"
    "审议法规案28件，较上年增加5件。制定法规10件，比上年增加了3件。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "representation", "15件", "key_suggestions", 15);
  assert_no_tally_of_count (document, "12件");
  assert_tally (document, "legislation", "28件", "deliberated", 28);
  assert_no_tally_of_count (document, "5件");
  assert_tally (document, "legislation", "10件", "enacted", 10);
  assert_no_tally_of_count (document, "3件");
}

/* The laws the inspections covered, said after them (涉及法律法规42部);
 * visits to deputies named by where they serve (走访基层代表) */
static void
test_laws_covered_and_visits (void)
{
  static const char text[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "一、监督工作\n"
    "\n"
    "全年开展执法检查31次，涉及法律法规42部。\n"
    "\n"
    "二、代表工作\n"
    "\n"
    "常委会组成人员走访基层代表一百二十余次。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "oversight", "31次", "law_inspections", 31);
  assert_tally (document, "oversight", "42部", "law_inspections", 42);
  assert_tally (document, "representation", "一百二十余次", "liaison_activities", 120);
}

/* Where the year's work stood at a time of the year (截至11月底) is the
 * year's; to date (截至目前, 迄今) is more years */
static void
test_status_within_the_year (void)
{
  static const char text[] =
    "某某市人民代表大会常务委员会工作报告\n"
    "\n"
    "一、代表工作\n"
    "\n"
    "截至11月底，314件建议全部办结。截至年底，代表提出的402件建议全部办结。"
    "迄今共制定地方性法规286件。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);
  BaogaoAnnotation *a;

  SKIP_WITHOUT_PLUGINS (document);

  a = find_tally (document, "representation", "314件建议");
  g_assert_nonnull (a);
  g_assert_null (baogao_annotation_get_string (a, "period"));
  a = find_tally (document, "representation", "402件建议");
  g_assert_nonnull (a);
  g_assert_null (baogao_annotation_get_string (a, "period"));
  a = find_tally (document, "legislation", "286件");
  g_assert_nonnull (a);
  g_assert_cmpstr (baogao_annotation_get_string (a, "period"), ==, "multi_year");
}

/* Drafts of the congress above that a county commented on, as its
 * contact point too, and its comments on them: neither drafts it
 * published nor the public's comments */
static void
test_higher_drafts (void)
{
  static const char text[] =
    "某某县人民代表大会常务委员会工作报告\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "就自治区人大常委会征求意见的9件法规草案提出修改意见73条。"
    "对全国人大常委会征求意见的法律草案提出修改意见建议一百五十余条。"
    "公开征求意见的法规草案12件，收到意见建议300条。"
    "县人大常委会作为市人大常委会基层立法联系点，全年完成8件法规草案征求意见工作。"
    "作为全国人大常委会法工委基层立法联系点，全年对6部法律草案征求意见。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "legislation", "9件法规草案", "higher_drafts_commented", 9);
  /* (a contact point of the congress above, or of the NPC's) */
  assert_tally (document, "legislation", "8件法规草案征求意见", "higher_drafts_commented", 8);
  g_assert_cmpstr (measure_of_count (document, "6部"), ==, "national_drafts_commented");
  assert_no_tally_of_count (document, "73条");
  assert_no_tally_of_count (document, "一百五十余条");
  /* (a county makes no laws: the drafts it put out for comment are a
   * congress above's) */
  assert_tally (document, "legislation", "12件", "higher_drafts_commented", 12);
  assert_tally (document, "legislation", "300条", "public_comments", 300);
}

/* Deputy groups counted with what they did (全市78个代表小组开展活动420
 * 余次; 组建代表小组86个，开展小组活动700余次): both counts */
static void
test_deputy_groups_and_activities (void)
{
  static const char text[] =
    "某某市人民代表大会常务委员会工作报告\n"
    "\n"
    "一、代表工作\n"
    "\n"
    "全市78个代表小组开展活动420余次。组建代表小组86个，开展小组活动700余次。"
    "评选出优秀代表建议30件，表彰先进代表小组10个。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  /* (the groups commended are no groups there are) */
  assert_no_tally_of_count (document, "10个");
  assert_tally (document, "representation", "78个代表小组", "deputy_groups", 78);
  assert_tally (document, "representation", "420余次", "deputy_group_activities", 420);
  assert_tally (document, "representation", "86个", "deputy_groups", 86);
  assert_tally (document, "representation", "700余次", "deputy_group_activities", 700);
}

/* The Party group's agenda, projects it takes charge of (包保), the
 * term's body as a total's subject (本届常委会共…, 五年共…), a city's laws
 * sent up after their count, follow-ups of deliberation opinions, and
 * deputies' activities a subdistrict's body organised */
static void
test_city_report_phrases (void)
{
  static const char text[] =
    "某某市人民代表大会常务委员会工作报告\n"
    "\n"
    "一、坚持党的领导\n"
    "\n"
    "党组召开会议18次，研究讨论重要议题59个。常委会领导包保重点项目22个。\n"
    "\n"
    "二、立法工作\n"
    "\n"
    "本届常委会共制定地方性法规十四部。五年共审议法规草案40件次。本届共修改法规23件。"
    "另审议通过设区的市法规3件并报请省人大常委会批准。\n"
    "\n"
    "三、监督工作\n"
    "\n"
    "跟踪督办审议意见落实情况8件。\n"
    "\n"
    "四、代表工作\n"
    "\n"
    "街道人大工委开展代表活动49次。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);
  BaogaoAnnotation *a;

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "political", "59个", "matters_studied", 59);
  assert_tally (document, "political", "22个", "projects_liaised", 22);
  a = find_tally (document, "legislation", "十四部");
  g_assert_nonnull (a);
  g_assert_cmpstr (baogao_annotation_get_string (a, "period"), ==, "term");
  a = find_tally (document, "legislation", "40件次");
  g_assert_nonnull (a);
  g_assert_cmpstr (baogao_annotation_get_string (a, "period"), ==, "term");
  a = find_tally (document, "legislation", "修改法规23件");
  g_assert_nonnull (a);
  g_assert_cmpstr (baogao_annotation_get_string (a, "period"), ==, "term");
  assert_tally (document, "legislation", "批准", "submitted_for_approval", 3);
  assert_tally (document, "oversight", "8件", "follow_up_supervisions", 8);
  assert_tally (document, "representation", "49次", "deputy_activities", 49);
  g_assert_cmpstr (tally_scope (document, "representation", "49次"), ==, "township");
}

/* A long list of names closed by 等 and their kind before the count: the
 * verb at its head still speaks for it */
static void
test_count_after_long_list (void)
{
  static const char text[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "全年新制定某某省数字经济促进条例、某某省社会信用条例、某某省养老服务条例、某某省物业管理条例、"
    "某某省河道管理条例、某某省湿地保护条例等法规9件。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "legislation", "等法规9件", "enacted", 9);
}

/* Four verbs with 修正, decisions on legal questions named by their kind,
 * cities that made laws in a province's report, what a clean-up found,
 * and the laws packages changed */
static void
test_legislation_phrasings (void)
{
  static const char text[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "制定、修订、修正和废止地方性法规24件。制定《某某省关于加强生态保护的决定》等法规性决定7件。"
    "深圳市制定经济特区法规14件、珠海市制定7件。清理出需修改或废止的法规17件。"
    "先后8次开展打包修改，共修改法规97件次。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "legislation", "24件", "enacted+revised+amended+repealed", 24);
  assert_tally (document, "legislation", "法规性决定7件", "decisions_made", 7);
  assert_tally (document, "legislation", "14件", "enacted", 14);
  g_assert_cmpstr (tally_scope (document, "legislation", "14件"), ==, "municipal");
  g_assert_cmpstr (tally_scope (document, "legislation", "制定7件"), ==, "municipal");
  assert_no_tally_of_count (document, "17件");
  assert_tally (document, "legislation", "97件次", "amended_in_package", 97);
}

/* Places where a practice is in force are no counts of the work; new
 * contact points after all there are */
static void
test_places_topics_new_points (void)
{
  static const char text[] =
    "某某市人民代表大会常务委员会工作报告\n"
    "\n"
    "一、代表工作\n"
    "\n"
    "在全市11个区镇全面推行民生实事项目代表票决制。\n"
    "\n"
    "二、监督工作\n"
    "\n"
    "围绕教育、医疗两项民生议题开展专题询问2次。\n"
    "\n"
    "三、立法工作\n"
    "\n"
    "设立基层立法联系点27个，本年新增6个。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_no_tally_of_count (document, "11个");
  assert_tally (document, "oversight", "2次", "special_inquiries", 2);
  assert_tally (document, "legislation", "6个", "legislative_contact_points_added", 6);
}

/* The cadres of township congresses trained, as their heads are */
static void
test_township_cadres_trained (void)
{
  static const char text[] =
    "某某县人民代表大会常务委员会工作报告\n"
    "\n"
    "一、代表工作\n"
    "\n"
    "培训乡镇人大干部84人。举办县乡人大干部培训班2期。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "representation", "84人", "directors_trained", 84);
  assert_tally (document, "representation", "2期", "director_trainings", 2);
}

/* Sections about the year inside a part about the term (二、2022年立法工
 * 作, and 四、代表工作 after it) count the year's work */
static void
test_year_sections_in_term_part (void)
{
  static const char text[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "——2023年1月16日在某某省第十四届人民代表大会第一次会议上\n"
    "\n"
    "一、过去五年的主要工作\n"
    "\n"
    "常委会共制定地方性法规47件。\n"
    "\n"
    "二、2022年立法工作\n"
    "\n"
    "制定法规6件。\n"
    "\n"
    "三、代表工作\n"
    "\n"
    "代表提出建议800件。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);
  BaogaoAnnotation *a;

  SKIP_WITHOUT_PLUGINS (document);

  a = find_tally (document, "legislation", "47件");
  g_assert_nonnull (a);
  g_assert_cmpstr (baogao_annotation_get_string (a, "period"), ==, "term");
  a = find_tally (document, "legislation", "6件");
  g_assert_nonnull (a);
  g_assert_null (baogao_annotation_get_string (a, "period"));
  a = find_tally (document, "representation", "800件");
  g_assert_nonnull (a);
  g_assert_null (baogao_annotation_get_string (a, "period"));
}

/* Phrasings of the late 2010s: packages said as a way of amending, comments
 * heard on drafts, the members' study the Party group organises, what
 * each leader liaises, election staff's training, cadres sent to villages */
static void
test_older_phrasings (void)
{
  static const char text[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "一、坚持党的领导\n"
    "\n"
    "常委会党组坚持理论学习中心组学习制度，组织常委会组成人员和机关干部开展专题研讨6次。"
    "常委会领导每人包联1至2家民营企业，共包联企业31家。\n"
    "\n"
    "二、立法工作\n"
    "\n"
    "以打包方式对8件法规中涉及行政审批的条款作出修改。"
    "召开各类立法座谈会、论证会29场，听取社会各界意见建议3200多条。\n"
    "\n"
    "三、代表工作\n"
    "\n"
    "举办选举工作培训班3期。\n"
    "\n"
    "四、自身建设\n"
    "\n"
    "选派干部到脱贫攻坚一线驻村帮扶37人。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "political", "研讨6次", "study_sessions", 6);
  assert_tally (document, "political", "31家", "enterprises_liaised", 31);
  assert_no_tally_of_count (document, "2家");
  assert_tally (document, "legislation", "作出修改", "amended_in_package", 8);
  assert_tally (document, "legislation", "3200多条", "public_comments", 3200);
  assert_no_tally_of_count (document, "3期");
  assert_tally (document, "self_building", "37人", "cadres_rotated", 37);

  {
    g_autoptr(BaogaoDocument) county = analyze ("某某县人民代表大会常务委员会工作报告\n\n一、自身建设\n\n"
                                                "常委会会议前学法10次。全年召开常委会会议12次。\n");

    assert_tally (county, "self_building", "学法10次", "study_sessions", 10);
    assert_tally (county, "self_building", "12次", "standing_committee_sessions", 12);
  }
}

/* The delegation to the NPC's motions and suggestions counted together;
 * in the NPC's own report they are its own */
static void
test_npc_combined (void)
{
  g_autoptr(BaogaoDocument) provincial = analyze ("福建省人民代表大会常务委员会工作报告\n\n一、代表工作\n\n"
                                                  "在闽全国人大代表提出议案建议185件。\n");
  g_autoptr(BaogaoDocument) national = analyze ("全国人民代表大会常务委员会工作报告\n\n一、代表工作\n\n"
                                                "全国人大代表提出议案建议9000件。\n");

  SKIP_WITHOUT_PLUGINS (provincial);

  assert_tally (provincial, "representation", "185件", "npc_motions+suggestions", 185);
  g_assert_cmpstr (tally_scope (provincial, "representation", "185件"), ==, "npc_delegation");
  assert_tally (national, "representation", "9000件", "motions+suggestions", 9000);
  g_assert_cmpstr (tally_scope (national, "representation", "9000件"), ==, "national");

  /* the laws, their interpretations and decisions passed together are
   * passed; motions put on the list of the session's own, the count
   * after its verb */
  {
    g_autoptr(BaogaoDocument) laws = analyze ("全国人民代表大会常务委员会工作报告\n\n一、立法工作\n\n"
                                              "一年来，常委会通过法律、法律解释和有关法律问题的决定22件。"
                                              "截至2010年底，我国已制定现行宪法和有效法律共236件、行政法规690多件。"
                                              "常委会对国务院制定的行政法规21件、司法解释16件逐件进行审查。\n\n"
                                              "二、代表工作\n\n"
                                              "代表提出议案45件，经大会主席团审议决定，列为正式议案的12件。\n");

    assert_tally (laws, "legislation", "22件", "passed", 22);
    /* (the State Council's regulations are none of the NPC's laws made,
     * nor is the State Council the one reviewing them) */
    g_assert_null (find_any_tally (laws, "690多件", NULL));
    assert_tally (laws, "oversight", "21件", "normative_documents_reviewed", 21);
    assert_tally (laws, "representation", "12件", "motions_accepted", 12);
  }
}

/* Doubtful data the budget oversight system pushed, the deputies' homes,
 * stations and points together, contacts counted in 人次 */
static void
test_alerts_points_contacts (void)
{
  static const char text[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "一、监督工作\n"
    "\n"
    "依托预算联网监督系统，推送疑点数据1460条。\n"
    "\n"
    "二、代表工作\n"
    "\n"
    "全省建成家、站、点6000余个。全年开展联系活动600余人次。\n"
    "\n"
    "三、信访工作\n"
    "\n"
    "全年受理群众来信来访1200件次，交办督办重点信访事项15件。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "oversight", "1200件次", "petitions_received", 1200);
  /* (passed on, some of those received) */
  assert_no_tally_of_count (document, "15件");
  assert_tally (document, "oversight", "1460条", "budget_alerts", 1460);
  assert_tally (document, "representation", "6000余个", "deputy_stations", 6000);
  assert_tally (document, "representation", "600余人次", "liaison_activities", 600);
}

/* The information a congress sends up and what is taken up of it, its
 * theory seminars and their papers, and the laws a clean-up went
 * through: not the informatization research, the articles published,
 * what a clean-up found to change, nor the filing review's documents. */
static void
test_information_theory_clean_up (void)
{
  static const char text[] =
    "某某县人民代表大会常务委员会工作报告\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "开展法规集中清理，共清理地方性法规46件。清理出需修改的法规17件。"
    "对现行有效的132件法规进行全面清理。督促清理规范性文件325件。"
    "组织开展全面法规清理，对现行有效的二百一十六件地方性法规逐件进行审查。\n"
    "\n"
    "二、加强自身建设\n"
    "\n"
    "全年编发信息320余条，其中被省人大常委会办公厅采用18条。向地区人大工委报送信息240条。"
    "撰写信息化建设调研报告3篇。在各级媒体刊发稿件150篇。"
    "举办人大制度理论研讨会2次，征集理论研讨文章130余篇，评选优秀论文20篇。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);
  BaogaoAnnotation *sent;

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "legislation", "46件", "cleaned_up", 46);
  assert_tally (document, "legislation", "132件法规进行全面清理", "cleaned_up", 132);
  /* (the review that the clean-up named first is) */
  g_assert_cmpstr (measure_of_count (document, "二百一十六件"), ==, "cleaned_up");
  g_assert_null (find_tally (document, "legislation", "17件"));
  g_assert_null (find_tally (document, "legislation", "325件"));
  assert_tally (document, "self_building", "320余条", "info_items_sent", 320);
  assert_tally (document, "self_building", "18条", "info_items_adopted", 18);
  /* (sent to a prefecture's office, not a township's count) */
  sent = find_tally (document, "self_building", "240条");
  g_assert_nonnull (sent);
  g_assert_cmpstr (baogao_annotation_get_string (sent, "measure"), ==, "info_items_sent");
  g_assert_cmpstr (baogao_annotation_get_string (sent, "scope"), ==, "county");
  assert_tally (document, "self_building", "3篇", "research_reports", 3);
  assert_tally (document, "self_building", "150篇", "articles_published", 150);
  assert_tally (document, "self_building", "2次", "theory_seminars", 2);
  assert_tally (document, "self_building", "130余篇", "papers_collected", 130);
  g_assert_cmpuint (count_measure (document, "self_building", "papers_collected"), ==, 1);
}

/* The Party group's seminars on a theme and the study that opens its
 * meetings are study_sessions, as the vocabulary says, even where the
 * sentence names the Party group or its central group; its collective
 * study stays its own. */
static void
test_party_group_seminars (void)
{
  static const char text[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "一、坚持党的全面领导\n"
    "\n"
    "常委会党组召开会议24次，认真落实“第一议题”制度36次。"
    "党组理论学习中心组集中学习十二次，开展专题研讨4次。"
    "党组会议通过“第一议题”学习三十八次。常委会党组开展集体学习9次。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "political", "制度36次", "study_sessions", 36);
  assert_tally (document, "political", "专题研讨4次", "study_sessions", 4);
  assert_tally (document, "political", "三十八次", "study_sessions", 38);
  assert_tally (document, "political", "十二次", "central_group_study_sessions", 12);
  assert_tally (document, "political", "集体学习9次", "party_group_study_sessions", 9);
  assert_tally (document, "political", "24次", "party_group_meetings", 24);
}

/* The classes of the answers to deputies' suggestions: solved, planned
 * (B) and left for later (C), each with its share; the solved and the
 * planned together stay resolution_rate, the planned alone said with
 * 正在解决 too. */
static void
test_suggestion_classes (void)
{
  static const char text[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "一、代表工作\n"
    "\n"
    "代表提出的615件建议已全部办结，其中解决或基本解决的203件，占33%；列入计划逐步解决的271件，占44.1%；"
    "因条件限制或其他原因需以后解决的141件，占22.9%。"
    "B类（所提问题正在解决或列入计划逐步解决）231件。C类（因条件限制暂时难以解决）43件。"
    "所提问题已经解决或者列入计划逐步解决的占91.6%。已经解决的占68.9%，正在解决或列入计划的占24.1%。"
    "有8件议案列入立法规划。已解决或列入计划解决的127件。其中解决采纳的213件，占78.6%。"
    "所提问题已经解决或已列入计划解决的785件，占86.5%。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "representation", "203件", "suggestions_resolved", 203);
  assert_tally (document, "representation", "33%", "resolution_rate", 33);
  assert_tally (document, "representation", "271件", "suggestions_planned", 271);
  assert_tally (document, "representation", "44.1%", "planned_share", 44.1);
  assert_tally (document, "representation", "141件", "suggestions_deferred", 141);
  assert_tally (document, "representation", "22.9%", "deferred_share", 22.9);
  assert_tally (document, "representation", "231件", "suggestions_planned", 231);
  assert_tally (document, "representation", "43件", "suggestions_deferred", 43);
  assert_tally (document, "representation", "91.6%", "resolution_rate", 91.6);
  assert_tally (document, "representation", "68.9%", "resolution_rate", 68.9);
  assert_tally (document, "representation", "24.1%", "planned_share", 24.1);
  g_assert_null (find_tally (document, "representation", "8件"));
  assert_tally (document, "representation", "127件", "suggestions_resolved+planned", 127);
  assert_tally (document, "representation", "213件", "suggestions_resolved", 213);
  assert_tally (document, "representation", "78.6%", "resolution_rate", 78.6);
  /* (已 said again before the plan) */
  assert_tally (document, "representation", "785件", "suggestions_resolved+planned", 785);
  assert_tally (document, "representation", "86.5%", "resolution_rate", 86.5);
}

/* A subsection whose heading names other work only with weak words
 * (民意, 群众) stays in its section's domain: the comments received in a
 * section on legislation are on drafts, the approval rates of a section
 * on oversight its appraisals'. */
static void
test_subsections_keep_their_domain (void)
{
  static const char text[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "一、坚持科学立法民主立法\n"
    "\n"
    "（一）加强重点领域立法。制定地方性法规10件。\n"
    "（二）拓宽民意表达渠道。收到意见建议1800余条。\n"
    "\n"
    "二、依法履行监督职责\n"
    "\n"
    "（一）聚焦群众关切开展工作评议。对4个部门开展工作评议，评议结果满意率均在百分之九十以上。\n"
    "（二）认真办理代表建议。代表提出建议500件。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "legislation", "1800余条", "public_comments", 1800);
  assert_tally (document, "oversight", "百分之九十以上", "evaluation_approval_rate", 90);
  /* (代表 names the work plainly) */
  assert_tally (document, "representation", "500件", "suggestions", 500);
}

/* Counts before what they count, the verb with 了, and a consultation
 * named in the sentence's first clause. */
static void
test_counts_before_their_nouns (void)
{
  static const char text[] =
    "某某市人民代表大会常务委员会工作报告\n"
    "\n"
    "一、坚持党的领导\n"
    "\n"
    "全年召开了22次党组会议，组织了10次党组理论学习中心组学习。就立法规划等31件重大事项向市委请示报告。"
    "全年组织了8次常委会组成人员集体学法。\n"
    "\n"
    "二、立法工作\n"
    "\n"
    "对全国人大常委会征求意见的9部法律草案，提出了修改意见。"
    "办理省人大常委会征求意见工作，就6件法规草案提出修改意见。"
    "对全国人大常委会征求意见的法律草案逐件研究，共涉及法律草案11部。\n"
    "\n"
    "三、代表工作\n"
    "\n"
    "常委会组成人员与412名市人大代表建立了直接联系。\n"
    "\n"
    "四、监督工作\n"
    "\n"
    "开展专题询问，有10位常委会组成人员提出了19个问题。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "political", "22次党组会议", "party_group_meetings", 22);
  assert_tally (document, "political", "10次党组理论学习中心组", "central_group_study_sessions", 10);
  assert_tally (document, "political", "31件重大事项向市委请示报告", "matters_reported_to_party_committee", 31);
  assert_tally (document, "political", "8次常委会组成人员集体学法", "study_sessions", 8);
  assert_tally (document, "legislation", "9部法律草案，提出了修改意见", "national_drafts_commented", 9);
  assert_tally (document, "legislation", "6件法规草案提出修改意见", "higher_drafts_commented", 6);
  assert_tally (document, "legislation", "法律草案11部", "national_drafts_commented", 11);
  assert_tally (document, "representation", "412名市人大代表建立了直接联系", "deputies_liaised", 412);
  assert_tally (document, "oversight", "19个问题", "inquiry_questions", 19);
}

/* The NPC's deputies named by where they are (在青全国人大代表) are the
 * subject of the clauses after theirs, a year or 今年 opening them; the
 * year said after the term's frame, or opening the count's clause in a
 * part about the term, is the year's. */
static void
test_npc_deputies_of_a_place (void)
{
  static const char text[] =
    REPORT_HEAD ("省", "2023年1月15日", "十四", "一")
    "\n"
    "二、代表工作\n"
    "\n"
    "在青全国人大代表五年来提出建议216件，2022年提出议案1件、建议41件。"
    "在青全国人大代表五年来提出议案12件，今年提出议案7件。"
    "常委会组成人员联系全国人大代表43名、省人大代表260余名。\n"
    "\n"
    "三、过去五年的宣传工作\n"
    "\n"
    "五年来，编发简报60期。加强宣传，中国人大网全年发布稿件9200余篇。刊发稿件8000余篇。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);
  BaogaoAnnotation *a;

  SKIP_WITHOUT_PLUGINS (document);

  a = find_tally (document, "representation", "216件");
  g_assert_nonnull (a);
  g_assert_cmpstr (baogao_annotation_get_string (a, "period"), ==, "term");
  assert_tally (document, "representation", "议案1件", "npc_motions", 1);
  assert_tally (document, "representation", "建议41件", "npc_suggestions", 41);
  g_assert_cmpstr (tally_scope (document, "representation", "建议41件"), ==, "npc_delegation");
  g_assert_null (baogao_annotation_get_string (find_tally (document, "representation", "建议41件"), "period"));
  assert_tally (document, "representation", "议案7件", "npc_motions", 7);
  g_assert_null (baogao_annotation_get_string (find_tally (document, "representation", "议案7件"), "period"));
  /* a later item that names its own deputies is theirs */
  g_assert_cmpstr (tally_scope (document, "representation", "43名"), ==, "npc_delegation");
  g_assert_cmpstr (tally_scope (document, "representation", "260余名"), ==, "provincial");
  /* 全年 opening the count's clause, in a part about the term */
  g_assert_null (baogao_annotation_get_string (find_tally (document, "self_building", "9200余篇"), "period"));
  g_assert_cmpstr (baogao_annotation_get_string (find_tally (document, "self_building", "8000余篇"), "period"), ==,
                   "term");
}

/* The problems an appraisal found are no appraisals; cadres promoted
 * and moved at once are promoted. */
static void
test_appraisal_problems_promotions (void)
{
  static const char text[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "一、监督工作\n"
    "\n"
    "对6个部门开展工作评议。对评议中发现的46个问题督促整改。\n"
    "\n"
    "二、自身建设\n"
    "\n"
    "提拔调整处级干部17名，轮岗交流干部21人。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "oversight", "6个部门开展工作评议", "work_evaluations", 6);
  g_assert_cmpuint (count_measure (document, "oversight", "work_evaluations"), ==, 1);
  assert_tally (document, "self_building", "17名", "cadres_promoted", 17);
  assert_tally (document, "self_building", "21人", "cadres_rotated", 21);
}

/* Later clauses whose subject the first named (组织代表开展集中视察4次，
 * 专题调研11次; 组织全国人大代表…视察2次，参加调研210人次; the NPC's
 * deputies' inspections after a clause on them, not when the later
 * clause names deputies of its own), follow-ups
 * said alone in a section on deputies, and a few self-building phrasings;
 * a quoted name ending in 州 names no prefecture. */
static void
test_later_clauses_and_phrasings (void)
{
  static const char text[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "一、代表工作\n"
    "\n"
    "组织代表开展集中视察4次，专题调研11次。开展二次督办12件。"
    "常委会组织全国人大代表开展集中视察2次，参加调研210人次。"
    "组织在省全国人大代表参加专题调研等活动60人次，在省内开展集中视察3次。"
    "举办代表履职培训班5期，其中全国人大代表120人次；组织代表开展专题视察6次。\n"
    "\n"
    "二、自身建设\n"
    "\n"
    "举办“渝州人大讲堂”10期。发言人记者会举办12场。门户网站更新信息1500余条。"
    "选派32名干部赴兄弟省市人大跟岗学习。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "representation", "4次", "deputy_inspections", 4);
  assert_tally (document, "representation", "11次", "deputy_inspections", 11);
  assert_tally (document, "representation", "12件", "suggestions_followed_up", 12);
  assert_tally (document, "representation", "2次", "npc_deputy_inspections", 2);
  assert_tally (document, "representation", "210人次", "npc_deputy_research_participations", 210);
  assert_tally (document, "representation", "视察3次", "npc_deputy_inspections", 3);
  assert_tally (document, "representation", "专题视察6次", "deputy_inspections", 6);
  assert_tally (document, "self_building", "10期", "lecture_sessions", 10);
  g_assert_cmpstr (tally_scope (document, "self_building", "10期"), ==, "provincial");
  assert_tally (document, "self_building", "12场", "press_conferences", 12);
  assert_tally (document, "self_building", "1500余条", "articles_published", 1500);
  assert_tally (document, "self_building", "跟岗学习", "cadres_rotated", 32);
}

/* A count after a long list of names closed by the last name (修改民事诉
 * 讼法、刑法、…的办法4件法律) or by 等 (…条例、…条例等8件法律); the comments after the people who gave
 * them, but not those a congress sent on the drafts of the one above. */
static void
test_long_lists_and_comments (void)
{
  static const char text[] =
    "全国人民代表大会常务委员会工作报告\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "修改民事诉讼法、刑法、立法法、中国人民解放军选举全国人民代表大会和县级以上地方各级人民代表大会代表的办法4件法律。"
    "制定优化营商环境条例、数字经济促进条例、湿地保护条例、文明行为促进条例、农村供水条例、中小学校安全条例等8件法律。"
    "法律草案在中国人大网公开征求意见，共有11.2万人次提出意见建议31.6万条。\n";
  static const char county[] =
    "某某县人民代表大会常务委员会工作报告\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "对省人大常委会征求意见的7件法规草案提出修改建议45条。收到修改意见建议96条，其中42条被采纳。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);
  g_autoptr(BaogaoDocument) second = NULL;

  SKIP_WITHOUT_PLUGINS (document);
  second = analyze (county);

  assert_tally (document, "legislation", "4件", "amended", 4);
  assert_tally (document, "legislation", "8件", "enacted", 8);
  assert_tally (document, "legislation", "31.6万条", "public_comments", 31.6);
  assert_tally (second, "legislation", "7件法规草案", "higher_drafts_commented", 7);
  g_assert_null (find_tally (second, "legislation", "45条"));
  /* (the comments received named in the clause before) */
  assert_tally (second, "legislation", "42条被采纳", "public_comments_adopted", 42);
}

/* The later items of a filing review's list, the verb said once at the
 * clause's head; a count after a breakdown's semicolon */
static void
test_filing_review_list (void)
{
  static const char text[] =
    "某某州人民代表大会常务委员会工作报告\n"
    "\n"
    "二、监督工作\n"
    "\n"
    "全年审查州政府规范性文件十一件、县市人大常委会决议决定二十三件。\n";
  /* (the laws of the cities and the autonomous counties are approved by
   * a province's congress: a prefecture's approves none) */
  static const char province[] =
    PROVINCE_2023
    "\n"
    "三、立法工作\n"
    "\n"
    "审查批准设区的市法规38件，其中实体性法规29件、程序性法规9件；批准自治县单行条例2件。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);
  g_autoptr(BaogaoDocument) second = NULL;

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "oversight", "十一件", "normative_documents_reviewed", 11);
  assert_tally (document, "oversight", "二十三件", "normative_documents_reviewed", 23);
  /* a breakdown ends at a semicolon: the count after it is no part */
  second = analyze (province);
  assert_tally (second, "legislation", "38件", "approved", 38);
  g_assert_null (find_tally (second, "legislation", "9件"));
  assert_tally (second, "legislation", "2件", "approved", 2);
}

/* Suggestions picked for follow-up, named after their count; reception
 * activities; what is no count of legislation: an inspection's
 * meetings, budgets approved, the people's suggestions (人民建议), the
 * information points of a contact point; drafts the congress above
 * handed down for comment. */
static void
test_follow_ups_and_non_counts (void)
{
  static const char text[] =
    "某某市人民代表大会常务委员会工作报告\n"
    "\n"
    "一、代表工作\n"
    "\n"
    "将6件代表建议确定为重点督办件。常委会主任会议确定8件为重点督办件。"
    "组织代表进社区开展接待活动210场次。\n"
    "\n"
    "二、监督工作\n"
    "\n"
    "对安全生产法等6部法律法规实施情况开展执法检查，检查组分赴14个市州，召开座谈会23次。"
    "作出关于批准二〇二三年市级财政决算的决议等决议决定九项。\n"
    "\n"
    "三、立法工作\n"
    "\n"
    "承办省人大常委会交办的法规草案征求意见任务17件。全年征集人民建议430条。"
    "基层立法联系点设立信息采集点58个，今年新增信息采集点6个。推荐省级基层立法联系点1个。"
    "开展立法调研21次，就法规草案召开座谈会、论证会17场。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "representation", "6件代表建议确定为重点督办件", "key_suggestions", 6);
  assert_tally (document, "representation", "8件为重点督办件", "key_suggestions", 8);
  assert_tally (document, "representation", "210场次", "constituent_receptions", 210);
  assert_no_tally_of_count (document, "23次");
  g_assert_null (find_tally (document, "legislation", "九项"));
  assert_tally (document, "legislation", "17件", "higher_drafts_commented", 17);
  assert_no_tally_of_count (document, "430条");
  assert_no_tally_of_count (document, "58个");
  assert_no_tally_of_count (document, "6个");
  assert_no_tally_of_count (document, "1个");
  assert_tally (document, "legislation", "17场", "consultation_meetings", 17);
}

/* 任期以来 names the term; a county-level city's committee named with its
 * term (第九届市人大常委会) is the city's own, a county's. */
static void
test_term_named_with_its_number (void)
{
  static const char text[] =
    "宜都市人民代表大会常务委员会工作报告\n"
    "——2022年1月10日在宜都市第十届人民代表大会第一次会议上\n"
    "\n"
    "一、工作回顾\n"
    "\n"
    "第九届市人大常委会任期以来，共召开常委会会议三十八次，听取审议专项工作报告六十二个。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);
  BaogaoAnnotation *a;

  SKIP_WITHOUT_PLUGINS (document);

  a = find_tally (document, "oversight", "六十二个");
  g_assert_nonnull (a);
  g_assert_cmpstr (baogao_annotation_get_string (a, "period"), ==, "term");
  g_assert_cmpstr (baogao_annotation_get_string (a, "scope"), ==, "county");
  a = find_tally (document, "self_building", "三十八次");
  g_assert_nonnull (a);
  g_assert_cmpstr (baogao_annotation_get_string (a, "period"), ==, "term");
}

/* Laws and legal decisions passed together are passed; the committee's
 * members with deputies appraise and inspect; a bare satisfaction rate
 * in a section on oversight is an appraisal's; by-elections of deputies
 * of two levels, the voters of one no count; reports to voters in 人次;
 * information taken up told after the clause that sent it. */
static void
test_mixed_subjects_and_rates (void)
{
  static const char text[] =
    "某某县人民代表大会常务委员会工作报告\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "表决通过法规及法规性决定30部（件）。对上级人大常委会征求意见的14件法规草案组织征求意见。\n"
    "\n"
    "二、监督工作\n"
    "\n"
    "组织常委会组成人员和代表对县住建局、县医保局等5个部门开展工作评议。"
    "组织常委会组成人员和代表对7部法律法规开展执法检查。"
    "开展专题询问1次，并对县政府有关部门进行满意度测评，满意率为96.3%。"
    "接待台湾各界人士来访23批次。\n"
    "\n"
    "三、代表工作\n"
    "\n"
    "补选县人大代表4名、乡镇人大代表11名。补选中登记选民两万一千余人。县人大代表向选民述职560人次。\n"
    "\n"
    "四、自身建设\n"
    "\n"
    "微信公众号推文410条。集体学习14次；报送信息52条，被《某某人大》采用19条。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "legislation", "30部", "passed", 30);
  assert_tally (document, "legislation", "14件法规草案", "higher_drafts_commented", 14);
  assert_tally (document, "oversight", "开展工作评议", "work_evaluations", 5);
  assert_tally (document, "oversight", "开展执法检查", "law_inspections", 7);
  assert_tally (document, "oversight", "96.3%", "evaluation_approval_rate", 96.3);
  assert_no_tally_of_count (document, "23批次");
  assert_tally (document, "representation", "4名", "by_elections", 4);
  assert_tally (document, "representation", "11名", "by_elections", 11);
  g_assert_cmpstr (tally_scope (document, "representation", "11名"), ==, "township");
  assert_no_tally_of_count (document, "两万一千余人");
  assert_tally (document, "representation", "560人次", "deputies_reported", 560);
  assert_tally (document, "self_building", "410条", "articles_published", 410);
  assert_tally (document, "self_building", "19条", "info_items_adopted", 19);
}

/* Oversight said count first (审议了12个专项工作报告), officials appraised
 * with deputies taking part and in a list, opinions followed up in 条,
 * problems an audit showed; inquiries' problems and departments are no
 * inquiries, problems not yet put right no rectifications; motions
 * registered, the people after oath ceremonies; the committee's own
 * rules are no laws, the deputies' opinions on a budget no comments. */
static void
test_oversight_count_first (void)
{
  static const char text[] =
    "某某市人民代表大会常务委员会工作报告\n"
    "\n"
    "一、监督工作\n"
    "\n"
    "全年共审议了12个专项工作报告。组织常委会组成人员和部分市人大代表对8名政府组成人员开展述职评议。"
    "对县人民法院6名员额法官和县人民检察院4名员额检察官开展述职评议。对18条审议意见落实情况开展跟踪监督。"
    "审计工作报告反映的问题共计143个。三次专题询问共有应询部门26个。对尚未完成整改的13个问题持续跟踪。"
    "组织预算审查座谈会3场，收集代表意见建议62条。\n"
    "\n"
    "二、代表工作\n"
    "\n"
    "经大会主席团审议，其中3件列为正式议案。组织宪法宣誓五十四场、三百一十人次。\n"
    "\n"
    "三、自身建设\n"
    "\n"
    "制定修订人事任免、代表资格审查等制度7项。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "oversight", "专项工作报告", "work_reports", 12);
  assert_tally (document, "oversight", "开展述职评议", "officials_evaluated", 8);
  assert_tally (document, "oversight", "6名", "officials_evaluated", 6);
  assert_tally (document, "oversight", "跟踪监督", "follow_up_supervisions", 18);
  assert_tally (document, "oversight", "143个", "problems_identified", 143);
  assert_no_tally_of_count (document, "26个");
  assert_no_tally_of_count (document, "13个");
  assert_no_tally_of_count (document, "62条");
  assert_tally (document, "representation", "列为正式议案", "motions_accepted", 3);
  assert_tally (document, "representation", "三百一十人次", "oaths", 310);
  assert_tally (document, "self_building", "7项", "rules_made", 7);
}

/* More phrasings: deputies invited counted before they are named; drafts
 * published (公布); approvals by the congress above are no approvals of
 * the reporting one; practice stations; staff sent to trainings; a
 * lecture series named in the first clause; short videos; the Party
 * group's meetings counted before the verb; reports endorsed by leaders;
 * the year's share told after a total to date. */
static void
test_counts_before_verbs_and_year_shares (void)
{
  static const char text[] =
    REPORT_HEAD ("市", "2023年1月15日", "十七", "二")
    "\n"
    "一、坚持党的领导\n"
    "\n"
    "全年先后26次召开党组会议。形成调研报告16篇，其中5篇获市委主要领导批示。\n"
    "\n"
    "二、立法工作\n"
    "\n"
    "在人大网站公布法规草案12件。报请省人大常委会批准的法规共6件，已获批准5件。\n"
    "\n"
    "三、代表工作\n"
    "\n"
    "邀请324名市人大代表列席常委会会议。新建全过程人民民主基层实践站18个。"
    "截至2022年底，全市建成代表之家、代表联络站1012个，其中2022年新建代表联络站86个。\n"
    "\n"
    "四、自身建设\n"
    "\n"
    "选派11名干部参加省市人大系统组织的各类培训。开设“某某人大讲堂”，全年举办5期。视频号发布短视频85条。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);
  BaogaoAnnotation *a;

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "political", "召开党组会议", "party_group_meetings", 26);
  assert_tally (document, "political", "批示", "research_reports_awarded", 5);
  assert_tally (document, "legislation", "12件", "drafts_published", 12);
  g_assert_null (find_tally (document, "legislation", "5件"));
  assert_tally (document, "representation", "代表列席", "deputy_attendances", 324);
  assert_tally (document, "representation", "18个", "democracy_practice_bases_added", 18);
  a = find_tally (document, "representation", "86个");
  g_assert_nonnull (a);
  g_assert_cmpstr (baogao_annotation_get_string (a, "measure"), ==, "deputy_stations_added");
  g_assert_null (baogao_annotation_get_string (a, "period"));
  assert_tally (document, "self_building", "各类培训", "staff_trained", 11);
  assert_tally (document, "self_building", "5期", "lecture_sessions", 5);
  assert_tally (document, "self_building", "85条", "articles_published", 85);
}

/* The opinions oversight put forward: deliberation opinions anywhere, an
 * inspection's or a visit's in a section on oversight; in a section on
 * legislation the opinions given are comments, in one on deputies their
 * suggestions. */
static void
test_opinions_made (void)
{
  static const char text[] =
    "某某县人民代表大会常务委员会工作报告\n"
    "\n"
    "一、监督工作\n"
    "\n"
    "执法检查组深入基层，提出意见建议35条。听取审议专项工作报告8个，形成审议意见43条。"
    "对18条审议意见落实情况开展跟踪监督。\n"
    "\n"
    "二、立法工作\n"
    "\n"
    "基层立法联系点覆盖11个乡镇；联系点全年参与法规草案征求意见18件次，提出意见建议142条。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "oversight", "35条", "opinions_made", 35);
  assert_tally (document, "oversight", "43条", "opinions_made", 43);
  assert_tally (document, "oversight", "跟踪监督", "follow_up_supervisions", 18);
  g_assert_null (find_tally (document, "oversight", "142条"));
}

/* A count said once for each item of a list before it, with 均 or 各,
 * counts each item's measure; with 各, items of one measure make no
 * total. */
static void
test_counts_said_for_each_item (void)
{
  static const char text[] =
    "某某市人民代表大会常务委员会工作报告\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "修订、废止单行条例各1件。\n"
    "\n"
    "二、代表工作\n"
    "\n"
    "代表提出建议215件，办结率、满意率均达到100%。新建和提档升级代表联络站各20个。"
    "代表人均参加活动3次。补选市人大代表、接受代表辞职各2名。\n"
    "\n"
    "三、监督工作\n"
    "\n"
    "听取审议市中级人民法院和市人民检察院专项工作报告各1个。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpuint (count_measure (document, "legislation", "revised"), ==, 1);
  g_assert_cmpuint (count_measure (document, "legislation", "repealed"), ==, 1);
  g_assert_cmpuint (count_type (document, "legislation.tally"), ==, 2);
  assert_tally (document, "representation", "215件", "suggestions", 215);
  g_assert_cmpuint (count_measure (document, "representation", "completion_rate"), ==, 1);
  g_assert_cmpuint (count_measure (document, "representation", "satisfaction_rate"), ==, 1);
  g_assert_cmpuint (count_measure (document, "representation", "deputy_stations_added"), ==, 1);
  g_assert_cmpuint (count_measure (document, "representation", "deputy_stations_upgraded"), ==, 1);
  /* (each item a verb with its own object: 辞职 is not the first's) */
  g_assert_cmpuint (count_measure (document, "representation", "by_elections"), ==, 1);
  g_assert_cmpuint (count_measure (document, "representation", "resignations"), ==, 1);
  g_assert_null (find_any_tally (document, "各1个", NULL));
}

/* Deputies counted after the count (3200余人次代表参加, 1300余名代表参加
 * 学习), deputies reporting to the units that elected them; filing
 * review said with the count before its documents and verb, opinions on
 * the faulty found, requests within the review's reach. */
static void
test_people_after_counts_and_filing_review (void)
{
  static const char text[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "一、代表工作\n"
    "\n"
    "组织代表开展集中视察4次，3200余人次代表参加。举办代表学习班4期，共有1300余名代表参加学习。"
    "312名省人大代表向原选举单位报告履职情况。\n"
    "\n"
    "二、监督工作\n"
    "\n"
    "对报送备案的行政法规、司法解释共106件逐件进行审查，督促制定机关对40余件司法解释和地方性法规进行了纠正。"
    "全年共接收报备规范性文件91件，对发现的4件问题文件，依法提出审查意见。"
    "收到审查建议1527件，其中属于备案审查范围的有50件。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "representation", "4次", "deputy_inspections", 4);
  assert_tally (document, "representation", "3200余人次代表参加", "deputy_research_participations", 3200);
  assert_tally (document, "representation", "4期", "deputy_trainings", 4);
  assert_tally (document, "representation", "1300余名代表参加", "deputies_trained", 1300);
  assert_tally (document, "representation", "312名省人大代表向原选举单位报告", "deputies_reported", 312);
  assert_tally (document, "oversight", "106件逐件进行审查", "normative_documents_reviewed", 106);
  assert_tally (document, "oversight", "40余件司法解释和地方性法规进行了纠正", "documents_corrected", 40);
  assert_tally (document, "oversight", "91件", "normative_documents_filed", 91);
  assert_tally (document, "oversight", "4件问题文件", "documents_corrected", 4);
  assert_tally (document, "oversight", "1527件", "review_requests", 1527);
  assert_no_tally_of_count (document, "50件");
}

/* What each one did (每人…) is no count; a part after 其中 counted in
 * units of another kind than its total's is a count of its own. */
static void
test_per_person_and_parts_of_other_units (void)
{
  static const char text[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "一、坚持党的领导\n"
    "\n"
    "党组成员每人牵头1个重点课题，共领题调研11项。常委会组成人员每人联系2至3名代表。"
    "每名组成人员联系代表5名、共联系代表300余名。"
    "党组班子成员各领办1个调研课题，共领办调研课题8个。"
    "常委会领导同志各联系两家企业。\n"
    "\n"
    "二、监督工作\n"
    "\n"
    "全年受理群众来信来访1260件次，其中接待来访312批次、1023人次。"
    "审议专项工作报告12个，其中听取5个。常委会领导各专门委员会开展专题调研16次。\n"
    "\n"
    "三、代表工作\n"
    "\n"
    "代表对办理工作满意和基本满意的达到98.6%（其中满意率为81.2%）。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "political", "11项", "research_topics", 11);
  assert_no_tally_of_count (document, "1个");
  assert_no_tally_of_count (document, "3名");
  /* (the total of a list after a per-person item is a total) */
  assert_no_tally_of_count (document, "5名");
  assert_tally (document, "political", "300余名", "deputies_liaised", 300);
  /* (各 after the members: each one's; "1个" above asserts it for
   * both) */
  assert_tally (document, "political", "8个", "research_topics", 8);
  assert_no_tally_of_count (document, "两家");
  /* (各 opening a noun after the leaders: their count) */
  g_assert_cmpstr (measure_of_count (document, "16次"), ==, "investigations");
  assert_tally (document, "oversight", "1260件次", "petitions_received", 1260);
  assert_tally (document, "oversight", "312批次", "petitions_received", 312);
  assert_tally (document, "oversight", "1023人次", "petitions_received", 1023);
  assert_tally (document, "oversight", "报告12个", "work_reports", 12);
  assert_no_tally_of_count (document, "5个");
  /* (a rate in an aside is no part of the rate before it) */
  assert_tally (document, "representation", "98.6%", "basic_satisfaction_rate", 98.6);
  assert_tally (document, "representation", "81.2%", "satisfaction_rate", 81.2);
}

/* Phrasings of reports of other provinces and years: package decisions,
 * drafts published online, the NPC's legislative affairs commission,
 * contact points to date, townships voting, budget adjustments counted
 * first, oath ceremonies a chairpersons' meeting organized, suggestions
 * covered by key ones, the NPC delegation's own suggestions, rules made
 * (建章立制), quoted Party days, lectures counted in 讲, trainings of
 * deputies and staff. */
static void
test_phrasings_of_other_reports (void)
{
  static const char text[] =
    "某某市人民代表大会常务委员会工作报告\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "作出打包修改决定2件，一并修改单行条例4件。全年共有9件法规草案在人大网站上公开，征求意见700多条。"
    "承担全国人大常委会法工委委托的法律草案征求意见任务，全年共对3部法律草案征求意见。"
    "全市已设立基层立法联系点9个。\n"
    "\n"
    "二、监督工作\n"
    "\n"
    "两次审查批准市本级预算调整方案。\n"
    "\n"
    "三、代表工作\n"
    "\n"
    "全市66个乡镇（街道）人大持续开展民生实事项目代表票决，共票决项目330个。"
    "主任会议组织宪法宣誓活动4次。确定20项重点督办建议，涉及代表建议近400件。"
    "在市全国人大代表提出建议75件，全国人大代表团提出建议1件。"
    "常委会组成人员直接联系市人大代表290名，联系基层代表活动110余次。\n"
    "\n"
    "四、自身建设\n"
    "\n"
    "建章立制12项。机关各党支部开展“支部主题党日”活动96次。坚持举办常委会专题讲座，全年举办6讲。"
    "举办代表和机关干部培训班5期。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_no_tally_of_count (document, "2件");
  assert_tally (document, "legislation", "单行条例4件", "amended_in_package", 4);
  assert_tally (document, "legislation", "网站上公开", "drafts_published", 9);
  assert_tally (document, "legislation", "3部法律草案", "national_drafts_commented", 3);
  assert_tally (document, "legislation", "9个", "legislative_contact_points", 9);
  assert_tally (document, "oversight", "预算调整方案", "budget_adjustments_approved", 2);
  assert_no_tally_of_count (document, "66个");
  assert_tally (document, "representation", "330个", "livelihood_projects_voted", 330);
  assert_tally (document, "representation", "4次", "oath_ceremonies", 4);
  assert_tally (document, "representation", "20项重点督办建议", "key_suggestions", 20);
  assert_no_tally_of_count (document, "近400件");
  assert_tally (document, "representation", "75件", "npc_suggestions", 75);
  assert_tally (document, "representation", "1件", "npc_delegation_suggestions", 1);
  assert_tally (document, "representation", "110余次", "liaison_activities", 110);
  assert_tally (document, "self_building", "12项", "rules_made", 12);
  assert_tally (document, "political", "96次", "party_day_activities", 96);
  assert_tally (document, "self_building", "6讲", "lectures", 6);
  assert_tally (document, "self_building", "培训班5期", "trainings", 5);
}

/* Who acts, read past an item's number and a year that open the clause
 * (4.组织…, 2025年，市人大常委会…: a municipality's own committee), and
 * the congress's own deputies named in a clause after the NPC's. */
static void
test_actors_after_numbers_and_years (void)
{
  static const char text[] =
    "天津市人民代表大会常务委员会工作报告\n"
    "\n"
    "2025年，市人大常委会在市委坚强领导下，全年召开常委会会议十次、主任会议二十四次。\n"
    "\n"
    "一、代表工作\n"
    "\n"
    "组织在津全国人大代表开展集中视察2次，市人大代表参加专题调研680人次。\n"
    "\n"
    "二、立法工作\n"
    "\n"
    "五年来，共制定地方性法规25件。其中，仅过去一年，常委会就审议法律案33件，通过其中的19件。\n";
  static const char city[] =
    "三亚市人民代表大会常务委员会工作报告\n"
    "\n"
    "一、代表工作\n"
    "\n"
    "4.组织海南省人大代表、市人大代表开展视察调研活动14次。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);
  g_autoptr(BaogaoDocument) city_document = NULL;
  BaogaoAnnotation *a;

  SKIP_WITHOUT_PLUGINS (document);
  city_document = analyze (city);

  a = find_tally (document, "self_building", "常委会会议十次");
  g_assert_nonnull (a);
  g_assert_cmpstr (baogao_annotation_get_string (a, "scope"), ==, "provincial");
  /* (the year said a few words into a sentence after a term's total) */
  a = find_tally (document, "legislation", "审议法律案33件");
  g_assert_nonnull (a);
  g_assert_null (baogao_annotation_get_string (a, "period"));
  a = find_tally (city_document, "representation", "14次");
  g_assert_nonnull (a);
  g_assert_cmpstr (baogao_annotation_get_string (a, "scope"), ==, "municipal");
  assert_tally (document, "representation", "集中视察2次", "npc_deputy_inspections", 2);
  assert_tally (document, "representation", "680人次", "deputy_research_participations", 680);
  a = find_tally (document, "representation", "680人次");
  g_assert_cmpstr (baogao_annotation_get_string (a, "scope"), ==, "provincial");
}

/* Lists said with 分别 or 各 and a verb, one item with several counts
 * after 分别为, and a clause that only totals what its sentence named. */
static void
test_respective_verbs_and_totals (void)
{
  static const char text[] =
    "某某市人民代表大会常务委员会工作报告\n"
    "\n"
    "一、坚持党的领导\n"
    "\n"
    "常委会党组把党的领导贯穿人大工作全过程，重要工作和重大事项，均按程序向市委报告，全年合计18件。\n"
    "\n"
    "二、监督工作\n"
    "\n"
    "执法检查、专题询问、专题调研分别开展4次、1次和13项。执法检查和代表视察各开展2次。"
    "对6个部门开展工作评议，满意率分别为93.5%、91.2%和88.7%。"
    "先后听取和审议市政府关于乡村振兴、城市更新、义务教育优质均衡发展等工作报告，以及市法院、市检察院"
    "专项工作报告，全年共计21个。"
    "坚持有件必备、有备必审、有错必纠，全年收到报备的规范性文件二十一件，逐件审查后纠正1件。\n"
    "\n"
    "三、代表工作\n"
    "\n"
    "代表提出议案9件、建议619件，共628件。\n"
    "\n"
    "四、自身建设\n"
    "\n"
    "常委会会议、主任会议分别召开了8次和22次。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "political", "18件", "matters_reported_to_party_committee", 18);
  assert_tally (document, "oversight", "开展4次", "law_inspections", 4);
  assert_tally (document, "oversight", "1次", "special_inquiries", 1);
  assert_tally (document, "oversight", "13项", "investigations", 13);
  g_assert_cmpuint (count_measure (document, "oversight", "evaluation_approval_rate"), ==, 3);
  assert_tally (document, "oversight", "88.7%", "evaluation_approval_rate", 88.7);
  assert_tally (document, "oversight", "21个", "work_reports", 21);
  assert_tally (document, "oversight", "纠正1件", "documents_corrected", 1);
  assert_tally (document, "representation", "619件", "suggestions", 619);
  assert_no_tally_of_count (document, "628件");
  assert_tally (document, "self_building", "8次", "standing_committee_sessions", 8);
  assert_tally (document, "self_building", "22次", "chairpersons_meetings", 22);
}

/* 累计 speaks for the counts of its clauses up to a semicolon; the
 * practice bases there are, after the new ones. */
static void
test_cumulative_up_to_semicolons (void)
{
  static const char text[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "一、代表工作\n"
    "\n"
    "全省代表联络站累计建成1.2万个；分6期培训省人大代表，培训代表千余人次。"
    "新建全过程人民民主基层实践点8个，累计达到31个；升级改造代表之家5个。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);
  BaogaoAnnotation *a;

  SKIP_WITHOUT_PLUGINS (document);

  a = find_tally (document, "representation", "1.2万个");
  g_assert_nonnull (a);
  g_assert_cmpstr (baogao_annotation_get_string (a, "period"), ==, "multi_year");
  a = find_tally (document, "representation", "千余人次");
  g_assert_nonnull (a);
  g_assert_null (baogao_annotation_get_string (a, "period"));
  assert_tally (document, "representation", "31个", "democracy_practice_bases", 31);
  a = find_tally (document, "representation", "代表之家5个");
  g_assert_nonnull (a);
  g_assert_null (baogao_annotation_get_string (a, "period"));
}

/* More phrasings: passives and counts before their verbs (另有1件被废止,
 * 共有17件法规获得表决通过, 其中36个已整改到位, 其中2件作为议案立案, 被确
 * 定为重点处理的建议有20件), clean-ups named in the first clause, the
 * amendments that include package ones, a clean-up's proposals, a city's
 * laws approved with opinions, the A class of answers, 苏木 as places. */
static void
test_passives_and_counts_before_verbs (void)
{
  static const char text[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "全年制定地方性法规3件，另有1件被废止。全年审议法规案十八件，共有17件法规获得表决通过。"
    "对现行有效的省级法规开展专项清理，共清理187件，提出修改、废止建议9件。"
    "修改（含打包修改）21件。审查批准设区的市法规34件，对其中6件提出修改意见。\n"
    "\n"
    "二、监督工作\n"
    "\n"
    "执法检查组共发现问题43个，其中36个已整改到位。对5项审议意见开展跟踪问效。\n"
    "\n"
    "三、代表工作\n"
    "\n"
    "代表提出议案12件，经大会主席团审议，其中2件作为议案立案。"
    "代表提出的534件建议已全部办复；被确定为重点处理的建议有20件。"
    "代表提出建议124件，其中A类（已经解决）76件、B类（列入计划解决）39件。"
    "四个苏木镇共票决民生实事项目二十四件。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "legislation", "1件被废止", "repealed", 1);
  assert_tally (document, "legislation", "获得表决通过", "passed", 17);
  assert_tally (document, "legislation", "187件", "cleaned_up", 187);
  assert_no_tally_of_count (document, "9件");
  assert_tally (document, "legislation", "21件", "amended", 21);
  assert_tally (document, "legislation", "34件", "approved", 34);
  assert_no_tally_of_count (document, "6件");
  assert_tally (document, "oversight", "已整改到位", "problems_rectified", 36);
  assert_tally (document, "oversight", "跟踪问效", "follow_up_supervisions", 5);
  assert_tally (document, "representation", "作为议案立案", "motions_accepted", 2);
  assert_tally (document, "representation", "建议有20件", "key_suggestions", 20);
  assert_tally (document, "representation", "76件", "suggestions_resolved", 76);
  assert_no_tally_of_count (document, "四个");
  assert_tally (document, "representation", "二十四件", "livelihood_projects_voted", 24);
}

/* A clause that only names what it counts takes the verb of the clause
 * before it, for the same measure (镇人大代表412名); what became of the
 * things counted before is no such clause (已获批准5件). Township
 * congresses' resolutions are filed documents too. */
static void
test_elliptic_objects (void)
{
  static const char text[] =
    "某某区人民代表大会常务委员会工作报告\n"
    "\n"
    "一、依法做好选举任免工作\n"
    "\n"
    "最终依法选举产生区第十九届人大代表二百八十六名，镇人大代表四百一十二名。\n"
    "\n"
    "二、监督工作\n"
    "\n"
    "全年接收区政府规范性文件八件、街道人大工委决议决定12件，均按程序审查。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);
  BaogaoAnnotation *a;

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "representation", "二百八十六名", "deputies_elected", 286);
  assert_tally (document, "representation", "四百一十二名", "deputies_elected", 412);
  a = find_tally (document, "representation", "四百一十二名");
  g_assert_cmpstr (baogao_annotation_get_string (a, "scope"), ==, "township");
  assert_tally (document, "oversight", "八件", "normative_documents_filed", 8);
  assert_tally (document, "oversight", "12件", "normative_documents_filed", 12);
}

/* No tallies of plans said with 拟提请, 计划再新建, 将新建 or a target
 * (目标是到2025年…), of a difference from the year before said without
 * the count, of letters other bodies received, nor of the NPC's laws in
 * a province's report. */
static void
test_plans_targets_and_other_bodies (void)
{
  static const char text[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "按照今年立法计划，拟提请审议黄河流域生态保护条例等法规草案12件。"
    "目标是到2025年基层立法联系点达到50个。全年制定法规数量比上年多3件。"
    "去年，全国人大常委会审议通过法律草案17件，常委会对其中9件提出修改意见。\n"
    "\n"
    "二、监督工作\n"
    "\n"
    "省政府办理“12345”热线来信48.6万件。省法院全年受理群众来信1200件。常委会全年受理群众来信来访860件次。"
    "省信访局受理群众来信2.3万件。常委会办公厅信访局全年受理群众来信7.8万件次。\n"
    "\n"
    "三、代表工作\n"
    "\n"
    "今年，计划再新建代表联络站10个。今年将新建代表之家20个。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_no_tally_of_count (document, "12件");
  assert_no_tally_of_count (document, "50个");
  assert_no_tally_of_count (document, "3件");
  assert_no_tally_of_count (document, "17件");
  assert_no_tally_of_count (document, "48.6万件");
  assert_no_tally_of_count (document, "1200件");
  assert_tally (document, "oversight", "860件次", "petitions_received", 860);
  /* (the government's petition bureau; the committee's own) */
  assert_no_tally_of_count (document, "2.3万件");
  assert_tally (document, "oversight", "7.8万件次", "petitions_received", 7.8);
  assert_no_tally_of_count (document, "10个");
  assert_no_tally_of_count (document, "20个");
}

/* Revisions are amendments in a combined count's breakdown; packages
 * said with 作出; clean-ups as reviews of the laws in force; meetings of a
 * list closed by 等各类会议; stations upgraded of the first clause's; no
 * count of the members sent somewhere, of projects studied, of the
 * highest rate of an appraisal. */
static void
test_breakdowns_packages_and_extremes (void)
{
  static const char text[] =
    "某某市人民代表大会常务委员会工作报告\n"
    "\n"
    "一、坚持党的领导\n"
    "\n"
    "机关400余名党员干部下沉社区，连续奋战七十余天。\n"
    "\n"
    "二、立法工作\n"
    "\n"
    "全年制定、修改、废止法规共计13件（其中制定4件、修订2件、修正5件、废止2件）。"
    "对9部法规一揽子作出修改。完成法规清理，共梳理现行有效法规95件。"
    "立法过程中，召开企业家座谈会、专家论证会等各类会议14场。\n"
    "\n"
    "三、监督工作\n"
    "\n"
    "对“十三五”规划纲要确定的51项重大项目推进情况开展专题调研。"
    "对4个专项工作报告开展满意度测评，满意票率最高为95.2%。\n"
    "\n"
    "四、代表工作\n"
    "\n"
    "全市现有代表联络站1156个，其中新建38个、改造提升52个。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_no_tally_of_count (document, "400余名");
  assert_no_tally_of_count (document, "13件");
  assert_tally (document, "legislation", "修订2件", "revised", 2);
  assert_tally (document, "legislation", "修正5件", "amended", 5);
  assert_tally (document, "legislation", "一揽子作出修改", "amended_in_package", 9);
  assert_tally (document, "legislation", "95件", "cleaned_up", 95);
  assert_tally (document, "legislation", "14场", "consultation_meetings", 14);
  assert_no_tally_of_count (document, "51项");
  assert_no_tally_of_count (document, "95.2%");
  assert_tally (document, "representation", "38个", "deputy_stations_added", 38);
  assert_tally (document, "representation", "52个", "deputy_stations_upgraded", 52);
}

/* What a clean-up proposes after 其中 (其中建议修改14件、废止5件), awards
 * of reports (获…奖), 办理完成率, projects then the deputies' vote. */
static void
test_proposals_awards_and_votes (void)
{
  static const char text[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "一、坚持党的领导\n"
    "\n"
    "党组成员形成调研报告11篇，其中2篇获全省优秀调研成果奖。\n"
    "\n"
    "二、立法工作\n"
    "\n"
    "共清理法规67件，其中建议修改14件、废止5件。\n"
    "\n"
    "三、代表工作\n"
    "\n"
    "代表提出建议498件，办理完成率100%。2023年度民生实事项目10件由代表票决产生。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "political", "11篇", "research_reports", 11);
  assert_tally (document, "political", "成果奖", "research_reports_awarded", 2);
  assert_tally (document, "legislation", "67件", "cleaned_up", 67);
  assert_no_tally_of_count (document, "14件");
  assert_no_tally_of_count (document, "5件");
  assert_tally (document, "representation", "100%", "completion_rate", 100);
  assert_tally (document, "representation", "票决", "livelihood_projects_voted", 10);
}

/* A count after a long list of names closed by 等: titles (制定《A》《B》
 * 《C》等8件法规) or topics (…情况、…情况等16项专项工作报告) */
static void
test_long_lists_closed_by_deng (void)
{
  static const char text[] =
    "某某市人民代表大会常务委员会工作报告\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "制定《某某经济特区数字经济产业促进条例》《某某经济特区生态环境保护条例》《某某经济特区低空经济产业促进条例》等8件法规。\n"
    "\n"
    "二、监督工作\n"
    "\n"
    "听取和审议市政府关于国民经济和社会发展计划执行情况、预算执行情况、国有资产管理情况、教育优先发展情况、"
    "公立医院高质量发展情况、住房保障工作情况、河湖长制落实情况、中小企业服务工作情况等16项专项工作报告。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "legislation", "8件", "enacted", 8);
  assert_tally (document, "oversight", "专项工作报告", "work_reports", 16);
}

/* Autonomous areas' phrasings: laws of two kinds sent up in one list, the
 * count before 报经…批准, meetings on a revision said in the first
 * clause, 满意或基本满意率 alone, townships voting named first; no
 * follow-up of another body's projects. */
static void
test_autonomous_areas (void)
{
  static const char text[] =
    "某某傣族自治州人民代表大会常务委员会工作报告\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "向省人大常委会报请批准单行条例3件、地方性法规1件。以上4件法规报经省人大常委会批准后公布施行。"
    "启动《某某自治州自治条例》修订工作，召开座谈会、论证会11次，形成修订草案。\n"
    "\n"
    "二、监督工作\n"
    "\n"
    "州委确定的19个重点项目由常委会跟踪问效。\n"
    "\n"
    "三、代表工作\n"
    "\n"
    "代表提出建议836件，代表对办理工作满意或基本满意率达99.2%。"
    "全州31个乡镇全部推行民生实事项目人大代表票决制，共票决产生项目186件。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);
  BaogaoAnnotation *a;

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "legislation", "单行条例3件", "submitted_for_approval", 3);
  assert_tally (document, "legislation", "地方性法规1件", "submitted_for_approval", 1);
  /* (以上4件法规: the two counts before pointed back at as their sum, no
   * row of their own) */
  assert_no_tally_of_count (document, "4件");
  assert_tally (document, "legislation", "11次", "consultation_meetings", 11);
  assert_no_tally_of_count (document, "19个");
  assert_tally (document, "representation", "99.2%", "satisfaction_rate", 99.2);
  a = find_tally (document, "representation", "186件");
  g_assert_nonnull (a);
  g_assert_cmpstr (baogao_annotation_get_string (a, "scope"), ==, "township");
}

/* A part of a sentence after a semicolon adds its first clause to the
 * subject that < groups read. */
static void
test_subjects_after_semicolons (void)
{
  static const char text[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "一、坚持党的领导\n"
    "\n"
    "常委会党组召开会议28次；坚持重大事项请示报告制度，向省委报告工作19次。"
    "全省人大系统1.6万名代表投身防控一线，捐款捐物2.3亿元。\n"
    "\n"
    "二、监督工作\n"
    "\n"
    "形成调研报告6篇；对12个省级部门预算执行情况实施联网监督，系统推送预警信息1300余条。代表建议办结率100%。\n"
    "\n"
    "三、立法工作\n"
    "\n"
    "共收集意见二千三百余条，有四十三条被不同程度吸收。收集居民和企业意见建议892条，其中51条在法规文本中得到体现。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "political", "19次", "matters_reported_to_party_committee", 19);
  /* (the deputies named first: theirs in any section) */
  assert_tally (document, "representation", "2.3亿元", "deputy_donations", 2.3);
  /* (the deputies' completion rate named, in a section on oversight) */
  assert_tally (document, "representation", "100%", "completion_rate", 100);
  assert_tally (document, "oversight", "1300余条", "budget_alerts", 1300);
  assert_tally (document, "legislation", "被不同程度吸收", "public_comments_adopted", 43);
  assert_tally (document, "legislation", "得到体现", "public_comments_adopted", 51);
}

/* A district's consultations for the congresses above, named first, then
 * their drafts by kind: the laws the NPC's, the regulations the city's. */
static void
test_consultations_by_kind (void)
{
  static const char text[] =
    "某某区人民代表大会常务委员会工作报告\n"
    "\n"
    "一、服务地方立法\n"
    "\n"
    "全年承接市人大常委会征求意见任务共21件，其中国家法律草案9件、市地方性法规草案12件。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_no_tally_of_count (document, "21件");
  assert_tally (document, "legislation", "国家法律草案9件", "national_drafts_commented", 9);
  assert_tally (document, "legislation", "地方性法规草案12件", "higher_drafts_commented", 12);
}

/* Older and newer phrasings: 代表活动小组 and their activities, groups to
 * date named first, appraisals of departments' law enforcement, motions
 * listed as the session's, 当选无效, campaigns' meetings after the theme
 * education, practice bases newly named, a station total after the new
 * ones, treaties China signed, a totals clause with a verb, packages in
 * an aside, no count of the articles a package changes or of a number per
 * meeting. */
static void
test_older_and_newer_phrasings (void)
{
  static const char text[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "一、坚持党的领导\n"
    "\n"
    "常委会党组召开学习教育推进会4次。\n"
    "\n"
    "二、立法工作\n"
    "\n"
    "常委会一揽子修改59件法规的141个条文。修改法规10件（其中一并修改某某条例等5部法规）。"
    "常委会批准了同有关国家签订的条约和协定8件。\n"
    "\n"
    "三、监督工作\n"
    "\n"
    "对省高级人民法院、省人民检察院和省公安厅等3个单位的执法工作开展了评议。首次开展专题询问，全年共进行2次。\n"
    "\n"
    "四、代表工作\n"
    "\n"
    "各市州人大常委会将省人大代表编为代表活动小组，目前全省共有128个，全年开展小组活动360多次。"
    "代表提出议案23件，经大会主席团审议，决定将其中5件列为大会议案。确定4名代表当选无效。"
    "每次常委会会议均邀请5至8名基层代表列席。新认定省级全过程人民民主实践点18个。"
    "全省新建代表之家、联络站、联络点78个，升级改造215个，总数达到4700余个。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "political", "推进会4次", "theme_education_meetings", 4);
  assert_tally (document, "legislation", "59件", "amended_in_package", 59);
  assert_no_tally_of_count (document, "141个");
  assert_tally (document, "legislation", "10件", "amended", 10);
  assert_tally (document, "legislation", "5部", "amended_in_package", 5);
  assert_tally (document, "legislation", "8件", "treaties_approved", 8);
  assert_tally (document, "oversight", "开展了评议", "work_evaluations", 3);
  assert_tally (document, "oversight", "2次", "special_inquiries", 2);
  assert_tally (document, "representation", "128个", "deputy_groups", 128);
  assert_tally (document, "representation", "360多次", "deputy_group_activities", 360);
  assert_tally (document, "representation", "列为大会议案", "motions_accepted", 5);
  assert_tally (document, "representation", "当选无效", "terminations", 4);
  assert_no_tally_of_count (document, "8名");
  assert_tally (document, "representation", "18个", "democracy_practice_bases_added", 18);
  assert_tally (document, "representation", "4700余个", "deputy_stations", 4700);
}

/* A paragraph's frame after its item's number speaks for its later
 * sentences too (（一）五年来，…。全国人大及其常委会制定法律14件). */
static void
test_frame_after_item_number (void)
{
  static const char text[] =
    "全国人民代表大会常务委员会工作报告\n"
    "——2013年3月8日在第十二届全国人民代表大会第一次会议上\n"
    "\n"
    "一、坚持科学立法、民主立法\n"
    "\n"
    "（一）五年来，常委会共审议法律草案、法律解释草案和有关法律问题的决定草案106件，通过其中的86件。"
    "全国人大及其常委会制定法律14件，修改法律57件。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);
  BaogaoAnnotation *a;

  SKIP_WITHOUT_PLUGINS (document);

  a = find_tally (document, "legislation", "106件");
  g_assert_cmpstr (baogao_annotation_get_string (a, "period"), ==, "term");
  a = find_tally (document, "legislation", "制定法律14件");
  g_assert_nonnull (a);
  g_assert_cmpstr (baogao_annotation_get_string (a, "period"), ==, "term");
}

/* Ordinary reports' phrasings: campaign meetings after the campaign is
 * named, group activities after the groups, laws sent up said with 报,
 * pending bills, packages counted first, clean-ups as 全面梳理, NPC drafts
 * commented with 反馈, warning-education meetings of the Party group,
 * corrections after 对…文件, problems put right said first, the Party
 * committee's forwarding, investigations in 个, meetings while drafting,
 * agenda items as 审议和决定事项, cadres received. */
static void
test_ordinary_reports (void)
{
  static const char text[] =
    "某某市人民代表大会常务委员会工作报告\n"
    "\n"
    "一、坚持党的领导\n"
    "\n"
    "扎实开展主题教育，先后召开推进会、调度会5次。党组专门召开警示教育会议3次。"
    "全年向市委请示报告重大事项11件，市委批转常委会党组报告2件。\n"
    "\n"
    "二、立法工作\n"
    "\n"
    "上述3件法规报省人大常委会批准后施行。全年统筹推进立法项目6件，其中表决通过4件，继续审议1件。"
    "对其中22件以打包方式作出修改。开展法规专项清理，对现行有效的209件地方性法规进行全面梳理。"
    "就土地管理法修正案草案等12件法律草案反馈修改意见。起草物业管理条例过程中，召开座谈会、论证会20余场。\n"
    "\n"
    "三、监督工作\n"
    "\n"
    "备案审查规范性文件338件，对7件存在问题的规范性文件，督促制定机关予以纠正。督促整改审计查出问题41个。"
    "组织11个专题调研。\n"
    "\n"
    "四、代表工作\n"
    "\n"
    "全市组建代表小组28个，全年开展活动160余次。\n"
    "\n"
    "五、自身建设\n"
    "\n"
    "常委会审议和决定事项112项。机关接收挂职干部13名。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "political", "调度会5次", "theme_education_meetings", 5);
  assert_tally (document, "political", "3次", "warning_education_sessions", 3);
  assert_tally (document, "political", "11件", "matters_reported_to_party_committee", 11);
  assert_no_tally_of_count (document, "2件");
  assert_tally (document, "legislation", "批准", "submitted_for_approval", 3);
  assert_tally (document, "legislation", "表决通过4件", "passed", 4);
  assert_no_tally_of_count (document, "1件");
  assert_tally (document, "legislation", "作出修改", "amended_in_package", 22);
  assert_tally (document, "legislation", "全面梳理", "cleaned_up", 209);
  assert_tally (document, "legislation", "反馈修改意见", "national_drafts_commented", 12);
  assert_tally (document, "legislation", "20余场", "consultation_meetings", 20);
  assert_tally (document, "oversight", "338件", "normative_documents_reviewed", 338);
  assert_tally (document, "oversight", "予以纠正", "documents_corrected", 7);
  assert_tally (document, "oversight", "41个", "problems_rectified", 41);
  assert_tally (document, "oversight", "专题调研", "investigations", 11);
  assert_tally (document, "representation", "160余次", "deputy_group_activities", 160);
  assert_tally (document, "self_building", "112项", "agenda_items", 112);
  assert_no_tally_of_count (document, "13名");
}

/* The cities of a province named as who acts (全省设区的市累计制定…) */
static void
test_cities_of_the_province (void)
{
  static const char text[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "全省设区的市累计制定地方性法规已超过150件。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);
  BaogaoAnnotation *a;

  SKIP_WITHOUT_PLUGINS (document);

  a = find_tally (document, "legislation", "150件");
  g_assert_nonnull (a);
  g_assert_cmpstr (baogao_annotation_get_string (a, "scope"), ==, "municipal");
}

/* Bills put before the committee counted first, interpretations passed,
 * the laws a clean-up found to change, problems listed, problems followed
 * up, the presidium's referred motions. */
static void
test_bills_listed_problems_and_referred_motions (void)
{
  static const char text[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "全年共有23件法规草案提请常委会审议，表决通过十九件。通过法规解释1件。"
    "共清理地方性法规39件，对其中需要修改的12件、需要废止的4件提出处理意见。\n"
    "\n"
    "二、监督工作\n"
    "\n"
    "形成的检查报告共列举问题93个，提出意见建议27条。"
    "对审计查出的187个问题整改情况开展跟踪监督，推动整改到位问题165个。\n"
    "\n"
    "三、代表工作\n"
    "\n"
    "大会主席团交付专门委员会审议的议案32件。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "legislation", "提请常委会审议", "deliberated", 23);
  assert_tally (document, "legislation", "十九件", "passed", 19);
  assert_tally (document, "legislation", "解释1件", "interpreted", 1);
  assert_tally (document, "legislation", "39件", "cleaned_up", 39);
  assert_no_tally_of_count (document, "12件");
  assert_no_tally_of_count (document, "4件");
  assert_tally (document, "oversight", "93个", "problems_identified", 93);
  g_assert_cmpuint (count_measure (document, "oversight", "follow_up_supervisions"), ==, 0);
  assert_tally (document, "oversight", "165个", "problems_rectified", 165);
  assert_tally (document, "representation", "议案32件", "motions_accepted", 32);
}

/* A count opening a later sentence of its paragraph that says again a
 * count of an earlier one is no second row. */
static void
test_restatements_in_paragraphs (void)
{
  static const char text[] =
    "某某市人民代表大会常务委员会工作报告\n"
    "\n"
    "一、代表工作\n"
    "\n"
    "代表提出建议412件。常委会确定重点督办建议10件。目前，412件建议已全部办复。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpuint (count_measure (document, "representation", "suggestions"), ==, 1);
  assert_tally (document, "representation", "10件", "key_suggestions", 10);
}

/* Projects voted by the townships named first are theirs, the projects
 * named in the count's clause too; the reporting congress's own level
 * said (本级) stays its own. */
static void
test_townships_voting_named_first (void)
{
  static const char text[] =
    "某某州人民代表大会常务委员会工作报告\n"
    "\n"
    "一、代表工作\n"
    "\n"
    "全州10个镇全面推行民生实事项目人大代表票决制，共票决产生民生实事项目86件，州本级票决民生实事8件。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);
  BaogaoAnnotation *a;

  SKIP_WITHOUT_PLUGINS (document);

  a = find_tally (document, "representation", "86件");
  g_assert_nonnull (a);
  g_assert_cmpstr (baogao_annotation_get_string (a, "scope"), ==, "township");
  a = find_tally (document, "representation", "8件");
  g_assert_nonnull (a);
  g_assert_cmpstr (baogao_annotation_get_string (a, "scope"), !=, "township");
}

/* Plans that go on after 拟 or 将 in later clauses; no count of a
 * report's title, of people named in one decision, of a part in a note;
 * motions handled as motions, the NPC's deputies counted before their
 * training, key suggestions led by officials, resolutions on matters
 * counted first, places as 街乡 and the subdistricts' votes. */
static void
test_plans_going_on_and_named_people (void)
{
  static const char text[] =
    "某某区人民代表大会常务委员会工作报告\n"
    "\n"
    "一、监督工作\n"
    "\n"
    "常委会将紧扣中心工作，拟听取审议专项工作报告15个，开展执法检查5次。"
    "常委会听取审议区政府关于十件民生实事完成情况的报告。对两件重大事项作出决定。\n"
    "\n"
    "二、代表工作\n"
    "\n"
    "在第五次会议上，任命王某某等5名同志为区政府组成人员。"
    "代表提出议案9件，经大会主席团审议，3件作为议案处理。"
    "代表提出建议153件（注：含闭会期间代表提出的建议11件），其中10件由区政府领导领衔督办。"
    "组织在区全国人大代表21名参加专题学习班。"
    "全区43个街乡建成代表之家43个、代表联络站128个。"
    "全区29个街镇全面推行票决制，共票决产生街镇民生实事项目213个。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);
  BaogaoAnnotation *a;

  SKIP_WITHOUT_PLUGINS (document);

  assert_no_tally_of_count (document, "15个");
  assert_no_tally_of_count (document, "5次");
  assert_no_tally_of_count (document, "十件");
  assert_tally (document, "oversight", "作出决定", "resolutions", 2);
  assert_no_tally_of_count (document, "5名");
  assert_tally (document, "representation", "9件", "motions", 9);
  assert_tally (document, "representation", "作为议案处理", "motions_accepted", 3);
  assert_tally (document, "representation", "153件", "suggestions", 153);
  assert_no_tally_of_count (document, "11件");
  assert_tally (document, "representation", "领衔督办", "key_suggestions", 10);
  assert_tally (document, "representation", "专题学习班", "npc_deputies_trained", 21);
  /* (the 43 subdistricts are no stations: 43 and 128 only) */
  g_assert_cmpuint (count_measure (document, "representation", "deputy_stations"), ==, 2);
  a = find_tally (document, "representation", "213个");
  g_assert_nonnull (a);
  g_assert_cmpstr (baogao_annotation_get_string (a, "scope"), ==, "township");
}

/* The study before the committee's meetings is no central group's; the
 * Party committee's meetings are no committee sessions; appraisals of new
 * officials (履职测评); motions registered said in an aside; the solved or
 * adopted with 或者; reports chosen as the best are no reports written. */
static void
test_meetings_asides_and_best_reports (void)
{
  static const char text[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "一、坚持党的领导\n"
    "\n"
    "省委常委会会议听取省人大常委会党组工作汇报2次。"
    "党组理论学习中心组集体学习12次，常委会会议前集体学习16次。\n"
    "\n"
    "二、监督工作\n"
    "\n"
    "对9名新任政府组成人员开展履职测评。\n"
    "\n"
    "三、代表工作\n"
    "\n"
    "代表提出议案7件（其中立案3件）。已经解决或者采纳的413件。\n"
    "\n"
    "四、自身建设\n"
    "\n"
    "评选优秀调研报告10篇。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_no_tally_of_count (document, "2次");
  assert_tally (document, "political", "12次", "central_group_study_sessions", 12);
  assert_tally (document, "political", "16次", "study_sessions", 16);
  assert_tally (document, "oversight", "履职测评", "officials_evaluated", 9);
  assert_tally (document, "representation", "议案7件", "motions", 7);
  assert_tally (document, "representation", "立案3件", "motions_accepted", 3);
  assert_tally (document, "representation", "413件", "suggestions_resolved", 413);
  assert_no_tally_of_count (document, "10篇");
}

/* Problems put right, said after them; problems handed over for
 * rectification are no rectifications; deliberation opinions looked at
 * again (回头看); departments appraised (对…部门工作进行评议); opinions the
 * public sent online; suggestions handed over again; a subdistrict's
 * projects voted; 截至去年十一月底 is the year reported. */
static void
test_rectified_and_handed_again (void)
{
  static const char text[] =
    "某某县人民代表大会常务委员会工作报告\n"
    "\n"
    "一、监督工作\n"
    "\n"
    "推动审计查出的43个问题整改到位。交办整改问题98个，目前已整改完成86个。"
    "对上年度3项审议意见落实情况开展“回头看”。对县住建局、县医保局等四个部门工作进行评议。\n"
    "\n"
    "二、代表工作\n"
    "\n"
    "群众在线反映社情民意1286条。对上年度办理结果“不满意”的3件建议进行重新交办。"
    "票决产生街道民生实事项目40个。截至去年十一月底，代表建议已经解决的97件。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "oversight", "整改到位", "problems_rectified", 43);
  assert_no_tally_of_count (document, "98个");
  assert_tally (document, "oversight", "86个", "problems_rectified", 86);
  assert_tally (document, "oversight", "回头看", "follow_up_supervisions", 3);
  assert_tally (document, "oversight", "进行评议", "work_evaluations", 4);
  assert_tally (document, "representation", "1286条", "public_opinions_collected", 1286);
  assert_tally (document, "representation", "重新交办", "suggestions_followed_up", 3);
  /* a subdistrict's projects; the year reported said as 去年, to its end */
  g_assert_cmpstr (tally_scope (document, "representation", "40个"), ==, "township");
  assert_tally (document, "representation", "97件", "suggestions_resolved", 97);
  g_assert_null (baogao_annotation_get_string (find_tally (document, "representation", "97件"), "period"));
}

/* What a clean-up found to change is no amendment; contact points newly
 * named are the year's; legal decisions issued (出台); motions left for
 * study are no deferred suggestions; deputies who took part in trainings
 * (参训). */
static void
test_clean_up_findings_and_trainees (void)
{
  static const char text[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "新确定基层立法联系点4个。开展法规清理，清理法规198件，其中需要修改的24件。出台法规性决定3个。\n"
    "\n"
    "二、代表工作\n"
    "\n"
    "各专门委员会审议议案14件，其中7件已列入立法计划，3件留待继续研究。全省五级人大代表参训9000余人次。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "legislation", "4个", "legislative_contact_points_added", 4);
  assert_tally (document, "legislation", "198件", "cleaned_up", 198);
  assert_no_tally_of_count (document, "24件");
  assert_tally (document, "legislation", "3个", "decisions_made", 3);
  g_assert_null (find_tally (document, "representation", "3件"));
  assert_tally (document, "representation", "9000余人次", "deputies_trained", 9000);
}

/* Who acts, in a county-level city's report and among townships: the
 * city's own committee after an opener and its comma (一年来，市人大常委会
 * …), townships counted (全县11个乡镇（街道）人大…, 全市13个镇票决…) and
 * voting at their own sessions (在本级人代会上), a contact point's owner
 * named (我县作为省人大常委会基层立法联系点). */
static void
test_places_that_act (void)
{
  static const char city[] =
    "晋江市人民代表大会常务委员会工作报告\n"
    "——2023年1月10日在晋江市第十八届人民代表大会第三次会议上\n"
    "\n"
    "一、坚持党的全面领导\n"
    "\n"
    "一年来，市人大常委会在市委坚强领导下，召开常委会会议8次。\n"
    "\n"
    "二、代表工作\n"
    "\n"
    "票决产生民生实事项目10件，全市11个乡镇（街道）人大票决民生实事项目86个。"
    "全市13个镇票决产生民生实事项目126件。全市13个镇人大票决产生民生实事项目127件。"
    "全市乡镇人大在本级人代会上票决民生实事项目356个。\n";
  static const char county[] =
    "某某县人民代表大会常务委员会工作报告\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "我县作为省人大常委会基层立法联系点，全年组织召开立法征询座谈会21场。"
    "发挥省人大常委会基层立法联系点作用，组织征集立法意见建议410条，其中被采纳36条。\n";
  g_autoptr(BaogaoDocument) first = analyze (city);
  g_autoptr(BaogaoDocument) second = NULL;

  SKIP_WITHOUT_PLUGINS (first);
  second = analyze (county);

  g_assert_cmpstr (tally_scope (first, "self_building", "8次"), ==, "county");
  g_assert_cmpstr (tally_scope (first, "representation", "10件"), ==, "county");
  g_assert_cmpstr (tally_scope (first, "representation", "86个"), ==, "township");
  g_assert_null (find_any_tally (first, "11个", NULL));
  g_assert_null (find_any_tally (first, "13个", NULL));
  g_assert_cmpstr (tally_scope (first, "representation", "126件"), ==, "township");
  g_assert_cmpstr (tally_scope (first, "representation", "127件"), ==, "township");
  g_assert_cmpstr (tally_scope (first, "representation", "356个"), ==, "township");

  assert_tally (second, "legislation", "21场", "consultation_meetings", 21);
  g_assert_cmpstr (tally_scope (second, "legislation", "21场"), ==, "county");
  g_assert_cmpstr (tally_scope (second, "legislation", "410条"), ==, "county");
  g_assert_cmpstr (tally_scope (second, "legislation", "36条"), ==, "county");
}

/* Drafts published (发布法规草案), consultations told apart by clause,
 * a bill's readings no sessions, 集中研讨 as collective study, and a
 * month of the year reported named after 截至 (the year's, not a total
 * of years). */
static void
test_drafts_readings_and_months (void)
{
  static const char text[] =
    "赣州市人民代表大会常务委员会工作报告\n"
    "——2020年1月8日在赣州市第五届人民代表大会第五次会议上\n"
    "\n"
    "一、坚持党的领导\n"
    "\n"
    "常委会组成人员开展集中研讨4次。\n"
    "\n"
    "二、立法工作\n"
    "\n"
    "发布法规草案4件，征集意见建议320余条。条例草案经常委会会议三次审议后表决通过。"
    "对全国人大常委会征求意见的5部法律草案提出修改意见，对省人大常委会和上级市人大常委会征求意见的12件"
    "法规草案提出修改意见。\n"
    "\n"
    "三、代表工作\n"
    "\n"
    "大会期间代表提出建议248件。截至2019年11月，已解决的136件，占54.8%。截至2019年底，全市建成代表联络站120个。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "political", "4次", "study_sessions", 4);
  assert_tally (document, "legislation", "发布法规草案4件", "drafts_published", 4);
  assert_tally (document, "legislation", "320余条", "public_comments", 320);
  assert_no_tally_of_count (document, "三次");
  assert_tally (document, "legislation", "5部法律草案提出修改意见", "national_drafts_commented", 5);
  assert_tally (document, "legislation", "12件法规草案", "higher_drafts_commented", 12);
  assert_period (document, "representation", "136件", "suggestions_resolved", 136, NULL);
  assert_period (document, "representation", "120个", "deputy_stations", 120, "multi_year");
}

/* Counts said again in their own sentence or pointed back at (168件建议,
 * 上述…), a total over items of several measures (…共计31次), suggestions
 * found wanting, and phrasings of filing review, approval, study and
 * stations met in natural reports. */
static void
test_restated_totalled_and_pointed (void)
{
  static const char text[] =
    PROVINCE_2023
    "\n"
    "一、坚持党的领导\n"
    "\n"
    "严格落实“第一议题”制度，全年开展学习32次。全年召开常委会会议、主任会议共计31次。\n"
    "\n"
    "二、立法工作\n"
    "\n"
    "对11件设区的市法规予以批准。\n"
    "\n"
    "（五）加强自身建设。召开主任会议、秘书长办公会议共计57次。\n"
    "\n"
    "三、监督工作\n"
    "\n"
    "接收报备规范性文件152件，对148件进行主动审查。全年开展执法检查和专题调研共14次。\n"
    "\n"
    "四、代表工作\n"
    "\n"
    "代表提出建议１６８件，168件建议已全部办理答复。对办理结果不满意的7件建议，责成承办单位重新办理。"
    "代表提出议案12件。这12件议案全部交付专门委员会审议。"
    "全年新建代表联络站5个，全省已建成代表联络站912个。组织市县人大负责人列席常委会会议38人次。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "political", "开展学习32次", "study_sessions", 32);
  assert_no_tally_of_count (document, "31次");
  /* (…one of them a meeting of no measure) */
  assert_no_tally_of_count (document, "57次");
  assert_no_tally_of_count (document, "14次");
  assert_tally (document, "legislation", "11件设区的市法规予以批准", "approved", 11);
  assert_tally (document, "oversight", "152件", "normative_documents_filed", 152);
  assert_tally (document, "oversight", "148件进行主动审查", "normative_documents_reviewed", 148);
  g_assert_cmpuint (count_measure (document, "representation", "suggestions"), ==, 1);
  g_assert_cmpuint (count_measure (document, "representation", "motions"), ==, 1);
  /* (handled again: followed up, not new suggestions) */
  g_assert_cmpstr (measure_of_count (document, "7件"), ==, "suggestions_followed_up");
  assert_tally (document, "representation", "5个", "deputy_stations_added", 5);
  assert_period (document, "representation", "912个", "deputy_stations", 912, "multi_year");
  assert_tally (document, "representation", "38人次", "director_attendances", 38);
}

/* Who acts after 过去一年, the reporting committee before the body it
 * works for (常委会承接省人大常委会…), the deputies of a municipality
 * under the central government in its district's report; a count pointed
 * back at (上述3件法规) in another measure stays. */
static void
test_openers_objects_and_central_districts (void)
{
  static const char city[] =
    "慈溪市人民代表大会常务委员会工作报告\n"
    "\n"
    "一、综述\n"
    "\n"
    "过去一年，市人大常委会在市委的坚强领导下，开展执法检查4次。"
    "常委会承接省人大常委会法规草案征求意见任务9件，收集意见建议486条。\n";
  /* (pointed back at, in another measure: what became of the laws) */
  static const char prefecture[] =
    "某某市人民代表大会常务委员会工作报告\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "表决通过法规3件。上述3件法规报自治区人大常委会批准后施行。\n";
  static const char district[] =
    "重庆市渝中区人民代表大会常务委员会工作报告\n"
    "\n"
    "一、人事任免\n"
    "\n"
    "补选市人大代表1名。\n";
  g_autoptr(BaogaoDocument) first = analyze (city);
  g_autoptr(BaogaoDocument) second = NULL;
  g_autoptr(BaogaoDocument) third = NULL;

  SKIP_WITHOUT_PLUGINS (first);
  second = analyze (district);

  g_assert_cmpstr (tally_scope (first, "oversight", "4次"), ==, "county");
  g_assert_cmpstr (tally_scope (first, "legislation", "9件"), ==, "county");
  g_assert_cmpstr (tally_scope (first, "legislation", "486条"), ==, "county");
  g_assert_cmpstr (tally_scope (second, "representation", "1名"), ==, "provincial");

  third = analyze (prefecture);
  assert_tally (third, "legislation", "法规3件", "passed", 3);
  g_assert_cmpuint (count_measure (third, "legislation", "submitted_for_approval"), ==, 1);
}

/* Round-25 phrasings: 52人均… (all of them, not per head), 各一件, a
 * range (5至6部) no total, 分别 opening the clause after its list, the
 * words of an aside its counts', oath ceremonies in 批次, deputies counted
 * before 代表参与, an inspection's opinions no deputies' suggestions. */
static void
test_asides_ranges_and_lists_before (void)
{
  static const char text[] =
    PROVINCE_2023
    "\n"
    "一、立法工作\n"
    "\n"
    "全年共有17件法规草案获表决通过（制定9件、修改6件、废止2件）。修订、废止单行条例各一件。\n"
    "\n"
    "二、监督工作\n"
    "\n"
    "一是突出执法检查，每年检查法律法规5至6部。开展专题询问、专题调研，分别为2次、9项。"
    "组织省人大代表开展脱贫攻坚专项监督，1800余人次代表参与。"
    "组织各级人大代表开展生态环境专项监督，全省各级人大代表2300人次参与。\n"
    "\n"
    "三、代表工作\n"
    "\n"
    "新任命的52人均在常委会会议上进行宪法宣誓。组织新任命人员进行宪法宣誓，共11批次。"
    "常委会对食品安全法开展执法检查，检查组提出意见建议35条。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "legislation", "17件法规草案获表决通过", "passed", 17);
  assert_tally (document, "legislation", "制定9件", "enacted", 9);
  assert_tally (document, "legislation", "修改6件", "amended", 6);
  assert_tally (document, "legislation", "废止2件", "repealed", 2);
  g_assert_cmpuint (count_measure (document, "legislation", "passed"), ==, 1);
  g_assert_cmpuint (count_measure (document, "legislation", "revised"), ==, 1);
  g_assert_cmpuint (count_measure (document, "legislation", "repealed"), ==, 2);
  g_assert_null (find_any_tally (document, "6部", NULL));
  assert_tally (document, "oversight", "分别为2次", "special_inquiries", 2);
  assert_tally (document, "oversight", "9项", "investigations", 9);
  assert_tally (document, "representation", "1800余人次代表参与", "deputy_oversight_participations", 1800);
  assert_tally (document, "representation", "2300人次参与", "deputy_oversight_participations", 2300);
  assert_tally (document, "representation", "52人均在常委会会议上进行宪法宣誓", "oaths", 52);
  assert_tally (document, "representation", "共11批次", "oath_ceremonies", 11);
  /* (the inspection group named as who proposed: oversight's, in any
   * section) */
  assert_tally (document, "oversight", "35条", "opinions_made", 35);
  g_assert_cmpuint (count_measure (document, "representation", "suggestions"), ==, 0);
}

/* Townships named after their place or with the others of their level
 * (全市各镇人大, 各镇（街道、区）人大), an inspection's problems in a
 * section of no domain's (not the Party group's), and the advice a term's
 * last report gives the next committee (plans, no counts). */
static void
test_townships_and_closing_advice (void)
{
  static const char text[] =
    REPORT_HEAD ("市", "2022年1月6日", "十九", "一")
    "\n"
    "一、围绕高质量发展履职尽责\n"
    "\n"
    "常委会执法检查组发现问题45个，提出意见建议35条。\n"
    "\n"
    "二、代表工作\n"
    "\n"
    "各镇（街道、区）人大全年组织代表开展活动300余场次。全市各镇人大组织代表视察调研150余次。\n"
    "\n"
    "三、对新一届常委会工作的建议\n"
    "\n"
    "新一届常委会每年应安排听取审议专项工作报告10个左右，开展执法检查2次以上。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_null (find_tally (document, "political", "45个"));
  g_assert_cmpstr (tally_scope (document, "representation", "300余场次"), ==, "township");
  g_assert_cmpstr (tally_scope (document, "representation", "150余次"), ==, "township");
  g_assert_null (find_any_tally (document, "10个左右", NULL));
  g_assert_null (find_any_tally (document, "2次以上", NULL));

  /* …but a section on the deputies' suggestions on the committee's work
   * is no advice */
  {
    static const char suggestions[] =
      "某某市人民代表大会常务委员会工作报告\n"
      "\n"
      "一、坚持依法监督\n"
      "\n"
      "开展执法检查4次。\n"
      "\n"
      "二、认真办理代表对常委会工作的建议\n"
      "\n"
      "代表提出建议248件。\n";
    g_autoptr(BaogaoDocument) second = analyze (suggestions);

    assert_tally (second, "representation", "248件", "suggestions", 248);
  }
  /* …and advice for the years to come, as a part (今后五年工作的建议) */
  {
    static const char advice[] =
      "某某省人民代表大会常务委员会工作报告\n"
      "\n"
      "一、坚持依法监督\n"
      "\n"
      "开展执法检查4次。\n"
      "\n"
      "今后五年工作的建议\n"
      "\n"
      "新一届常委会要编制好五年立法规划，每年听取审议专项工作报告不少于15个。\n";
    g_autoptr(BaogaoDocument) third = analyze (advice);

    assert_tally (third, "oversight", "4次", "law_inspections", 4);
    g_assert_null (find_any_tally (third, "不少于15个", NULL));
  }
}

/* Round-26 phrasings: a total that 共 and one verb open over items of
 * several measures (共召开常委会会议、主任会议37次), townships counted
 * before 共票决, problems put right said after the audit's (督促审计查出问
 * 题整改128个), counts of one measure that add up to the first but are
 * more of the same (同时制定…) or its siblings in a list, information
 * adopted before its verb, what deputies did through a station, and a
 * county-level city's deputies after a verb (组织市人大代表). */
static void
test_totals_siblings_and_bare_levels (void)
{
  static const char province[] =
    "海南省人民代表大会常务委员会工作报告\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "制定海南自由贸易港法规9件，同时制定经济特区法规6件、省地方性法规3件。\n"
    "\n"
    "二、监督工作\n"
    "\n"
    "听取审议省政府专项工作报告8个、省高级人民法院专项工作报告5个、省人民检察院专项工作报告3个。"
    "审查批准预算调整方案1次，督促审计查出问题整改128个。\n"
    "\n"
    "三、代表工作\n"
    "\n"
    "全省145个镇（街道）共票决民生实事项目1120个。代表通过联络站帮助群众解决问题1130个。"
    "全省四级人大代表进站接待群众2.3万余人次，帮助群众解决实际问题1270余个。"
    "全省各级人大代表积极参加“人大代表在行动”主题活动，参加活动的代表达3.6万人次。"
    "全省各级人大代表积极投身乡村振兴工作和生态保护工作，推动解决问题2300余个。"
    "全省各级人大代表积极投身疫情防控一线，参与疫情防控4600余人次。"
    "作为全国人大常委会法工委基层立法联系点，全年完成31部法律草案征求意见工作，收集意见建议1260余条。\n"
    "\n"
    "四、自身建设\n"
    "\n"
    "一年来，常委会共召开常委会会议、主任会议37次，审议议题142项。向全国人大常委会报送信息95条，其中37条被采用。\n";
  static const char city[] =
    "江阴市人民代表大会常务委员会工作报告\n"
    "\n"
    "一、代表工作\n"
    "\n"
    "分三批组织市人大代表参加履职培训，共培训280人次。组织市人大代表210人参加履职培训。"
    "组织各镇人大主席赴浙江学习考察，举办培训班2期，培训130人次。"
    "组织代表开展民生实事项目专项监督4次，组织代表专题视察5次，代表参加调研视察活动890人次。\n";
  g_autoptr(BaogaoDocument) first = analyze (province);
  g_autoptr(BaogaoDocument) second = NULL;

  SKIP_WITHOUT_PLUGINS (first);
  second = analyze (city);

  g_assert_cmpuint (count_measure (first, "legislation", "enacted"), ==, 3);
  g_assert_cmpuint (count_measure (first, "oversight", "work_reports"), ==, 3);
  assert_tally (first, "oversight", "128个", "problems_rectified", 128);
  /* (the public helped is no congress guided: the deputies' own) */
  g_assert_cmpstr (tally_scope (first, "representation", "1270余个"), ==, "all_levels");
  /* (the deputies' verb after an adverb, its object long) */
  g_assert_cmpstr (tally_scope (first, "representation", "3.6万人次"), ==, "all_levels");
  g_assert_cmpstr (tally_scope (first, "representation", "2300余个"), ==, "all_levels");
  g_assert_cmpstr (tally_scope (first, "representation", "4600余人次"), ==, "all_levels");
  /* (the role it acts as leads in: the drafts are the subject's) */
  assert_tally (first, "legislation", "1260余条", "public_comments", 1260);
  g_assert_null (find_any_tally (first, "145个", NULL));
  g_assert_cmpstr (tally_scope (first, "representation", "1120个"), ==, "township");
  assert_tally (first, "representation", "1130个", "problems_solved", 1130);
  assert_no_tally_of_count (first, "37次");
  assert_tally (first, "self_building", "142项", "agenda_items", 142);
  assert_tally (first, "self_building", "37条被采用", "info_items_adopted", 37);

  g_assert_cmpstr (tally_scope (second, "representation", "280人次"), ==, "county");
  /* (the deputies named before their count, the training after it) */
  g_assert_cmpuint (count_measure (second, "representation", "deputies_trained"), ==, 2);
  /* (the heads named in the sentence's first clause: their sessions) */
  assert_tally (second, "representation", "培训班2期", "director_trainings", 2);
  /* (a clause naming its own activities: not the first clause's) */
  g_assert_cmpuint (count_measure (second, "representation", "deputy_research_participations"), ==, 1);
}

/* Round-27 phrasings: deputies of counties and the cities of their rank
 * (区、县（市）人大代表), the higher congress's consultation a committee
 * took on (承接…意见征集任务9件) and an award given by another (获江苏省人
 * 大新闻奖…): the reporting congress acts; township bodies listed, and a
 * count before the deputies' inspections. */
static void
test_ranks_tasks_and_awards (void)
{
  static const char city[] =
    "某某市人民代表大会常务委员会工作报告\n"
    "\n"
    "一、代表工作\n"
    "\n"
    "全市共选出区、县（市）人大代表4378名。选出区（县）人大代表1586名。选出县（区）人大代表200名。"
    "选出区（县、市）人大代表300名。\n";
  static const char county_city[] =
    "昆山市人民代表大会常务委员会工作报告\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "承接省人大常委会法规草案意见征集任务9件，收集意见建议430余条，其中12条被采纳。"
    "基层立法联系点对29部法律草案、41件省地方性法规草案征求意见。\n"
    "\n"
    "二、自身建设\n"
    "\n"
    "获江苏省人大新闻奖二等奖2项。\n";
  g_autoptr(BaogaoDocument) first = analyze (city);
  g_autoptr(BaogaoDocument) second = NULL;

  SKIP_WITHOUT_PLUGINS (first);
  second = analyze (county_city);

  g_assert_cmpstr (tally_scope (first, "representation", "4378名"), ==, "county");
  /* (the level with another of its rank in brackets) */
  g_assert_cmpstr (tally_scope (first, "representation", "1586名"), ==, "county");
  g_assert_cmpstr (tally_scope (first, "representation", "200名"), ==, "county");
  g_assert_cmpstr (tally_scope (first, "representation", "300名"), ==, "county");
  assert_tally (second, "legislation", "9件", "higher_drafts_commented", 9);
  /* (the NPC's drafts, then the province's named by its level) */
  assert_tally (second, "legislation", "29部法律草案", "national_drafts_commented", 29);
  assert_tally (second, "legislation", "41件省地方性法规草案", "higher_drafts_commented", 41);
  g_assert_cmpstr (tally_scope (second, "legislation", "9件"), ==, "county");
  g_assert_cmpstr (tally_scope (second, "legislation", "430余条"), ==, "county");
  g_assert_cmpstr (tally_scope (second, "self_building", "2项"), ==, "county");

  /* a list of township bodies, the last nearest the count; the count
   * before the deputies' inspections */
  {
    static const char district[] =
      "某某区人民代表大会常务委员会工作报告\n"
      "\n"
      "一、代表工作\n"
      "\n"
      "各镇人大、街道人大工委全年组织代表开展“家站点”接待活动1380余场次。常委会组织了3次代表集中视察。\n";
    g_autoptr(BaogaoDocument) third = analyze (district);

    g_assert_cmpstr (tally_scope (third, "representation", "1380余场次"), ==, "township");
    assert_tally (third, "representation", "3次代表集中视察", "deputy_inspections", 3);
  }
}

/* Round-28 phrasings: a part of the drafts deliberated in an aside
 * (（其中表决通过18件）), a total over two domains' measures (主任会议和
 * 党组会议共计37次), the economy's figures and what each leader took on
 * (no enterprises liaised), documents put right in a passive after them. */
static void
test_deliberated_parts_and_passives (void)
{
  static const char text[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "一、坚持党的领导\n"
    "\n"
    "全年召开主任会议和党组会议共计37次。全省新增市场主体18.6万户。"
    "党组班子成员每人联系一个县和2家重点企业，共帮助协调解决问题43个。\n"
    "\n"
    "二、立法工作\n"
    "\n"
    "常委会共审议法规草案23件（其中表决通过18件）。\n"
    "\n"
    "三、监督工作\n"
    "\n"
    "备案审查规范性文件156件，有3件被督促纠正。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_no_tally_of_count (document, "37次");
  g_assert_null (find_any_tally (document, "18.6万户", NULL));
  g_assert_null (find_any_tally (document, "2家重点企业", NULL));
  assert_tally (document, "political", "43个", "problems_solved", 43);
  assert_tally (document, "legislation", "法规草案23件", "deliberated", 23);
  assert_tally (document, "legislation", "表决通过18件", "passed", 18);
  assert_tally (document, "oversight", "156件", "normative_documents_reviewed", 156);
  assert_tally (document, "oversight", "3件被督促纠正", "documents_corrected", 3);

  /* the verb said once after 均 is each item's (办结率 alone, no 建议
   * named) */
  {
    static const char county[] =
      "某某县人民代表大会常务委员会工作报告\n"
      "\n"
      "四、坚持代表主体地位，密切联系人民群众\n"
      "\n"
      "代表提出建议183件，办结率、满意率均为100%。\n";
    g_autoptr(BaogaoDocument) second = analyze (county);

    g_assert_cmpuint (count_measure (second, "representation", "completion_rate"), ==, 1);
    g_assert_cmpuint (count_measure (second, "representation", "satisfaction_rate"), ==, 1);
  }
}

/* 分别 with its verb and object said once for all the counts after it
 * (分别审查40件、17件; 分别提出意见建议18条、23条; 满意和基本满意的分别占
 * …; 依次 as 分别) or for each item before it (分别开展专题询问1次), an appraisal named
 * in the clause before its count, problems put right counted before the
 * passive (已有52个被整改到位), and thousands parted by commas in a list. */
static void
test_respectively_with_verb (void)
{
  static const char text[] =
    "某某市人民代表大会常务委员会工作报告\n"
    "\n"
    "二、监督工作\n"
    "\n"
    "常委会对政府规章、规范性文件分别审查14件、117件，督促纠正3件。"
    "两个执法检查组分别提出意见建议18条、23条。"
    "开展述职评议，共评议6名政府组成人员。"
    "对审计查出的问题，已有52个被整改到位。"
    "就精准扶贫、农村义务教育、医疗保障分别开展专题询问2次。常委会主任、副主任分别带队开展视察12次。"
    "执法检查、专题询问、满意度测评依次开展了5次、1次和3次。\n"
    "\n"
    "三、代表工作\n"
    "\n"
    "代表对办理结果满意和基本满意的分别占91.2%、8.8%。"
    "指导换届选举，选出县人大代表3,760名、乡镇人大代表6,480名。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "oversight", "14件", "normative_documents_reviewed", 14);
  assert_tally (document, "oversight", "117件", "normative_documents_reviewed", 117);
  assert_tally (document, "oversight", "18条", "opinions_made", 18);
  assert_tally (document, "oversight", "23条", "opinions_made", 23);
  assert_tally (document, "oversight", "6名", "officials_evaluated", 6);
  assert_tally (document, "oversight", "52个被整改到位", "problems_rectified", 52);
  assert_tally (document, "representation", "91.2%", "satisfaction_rate", 91.2);
  assert_tally (document, "representation", "8.8%", "basic_satisfaction_rate", 8.8);
  /* (one count for each item: no total; but people who each did it
   * are no items counted) */
  assert_no_tally_of_count (document, "2次");
  assert_tally (document, "oversight", "视察12次", "investigations", 12);
  /* (依次, in order, as 分别) */
  assert_tally (document, "oversight", "5次", "law_inspections", 5);
  assert_tally (document, "oversight", "1次", "special_inquiries", 1);
  assert_tally (document, "oversight", "3次", "satisfaction_surveys", 3);
  /* (a comma between thousands parts no clause) */
  assert_tally (document, "representation", "3,760名", "deputies_elected", 3760);
  assert_tally (document, "representation", "6,480名", "deputies_elected", 6480);
}

/* Round-29 phrasings: parts said with 各 add up to a combined total (修
 * 订、废止各1件), a stock after a count (法规总数达到22件), bodies joined
 * before 的 (市政府和县人大常委会报备的规范性文件共52件: one total, no
 * list of measures), the Party group's study named after the central
 * group's, laws covered after the inspections' count, deputies taking
 * part counted in 名, and deputies named after their count. */
static void
test_round29_phrasings (void)
{
  static const char text[] =
    "某某市人民代表大会常务委员会工作报告\n"
    "\n"
    "一、坚持党的领导\n"
    "\n"
    "党组理论学习中心组学习13次，党组集体学习8次。\n"
    "\n"
    "二、立法工作\n"
    "\n"
    "制定、修订、废止地方性法规5件，其中制定3件，修订、废止各1件。"
    "清理后废止2件，现行法规总数达到22件。\n"
    "\n"
    "三、监督工作\n"
    "\n"
    "备案审查市政府和县人大常委会报备的规范性文件共52件。开展执法检查5次，涉及7部法律法规。\n"
    "\n"
    "四、代表工作\n"
    "\n"
    "代表提出议案11件，经大会主席团决定，2件议案列入会议议程。"
    "组织代表开展专项监督3次，共有260余名代表参加。共有3400余名乡镇人大代表向选民述职。\n"
    "\n"
    "五、坚持守正创新\n"
    "\n"
    "在自身建设方面，常委会集体学习11次，举办培训班3期。微信公众号关注人数达15.6万。\n"
    "\n"
    "常委会依法履职，举行会议33次。常委会机关深化作风建设，召开会议15次。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);
  BaogaoAnnotation *reported;

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "representation", "2件议案列入会议议程", "motions_accepted", 2);
  /* (a paragraph that opens with its domain: 在自身建设方面，…) */
  assert_tally (document, "self_building", "集体学习11次", "study_sessions", 11);
  assert_tally (document, "self_building", "培训班3期", "trainings", 3);
  /* (followers in 万, the unit left out) */
  assert_tally (document, "self_building", "15.6万", "followers", 15.6);
  /* (the committee named once, as the subject; not its office) */
  assert_tally (document, "self_building", "举行会议33次", "standing_committee_sessions", 33);
  assert_no_tally_of_count (document, "15次");
  assert_tally (document, "oversight", "涉及7部法律法规", "law_inspections", 7);
  assert_tally (document, "representation", "260余名代表参加", "deputy_oversight_participations", 260);
  /* (the deputies named after their count: the townships') */
  reported = find_tally (document, "representation", "向选民述职");
  g_assert_nonnull (reported);
  g_assert_cmpstr (baogao_annotation_get_string (reported, "measure"), ==, "deputies_reported");
  g_assert_cmpstr (baogao_annotation_get_string (reported, "scope"), ==, "township");
  assert_tally (document, "political", "中心组学习13次", "central_group_study_sessions", 13);
  assert_tally (document, "political", "党组集体学习8次", "party_group_study_sessions", 8);
  assert_no_tally_of_count (document, "5件");
  assert_tally (document, "legislation", "制定3件", "enacted", 3);
  g_assert_cmpuint (count_measure (document, "legislation", "repealed"), ==, 2);
  assert_no_tally_of_count (document, "22件");
  assert_tally (document, "oversight", "52件", "normative_documents_reviewed", 52);

  /* a county-level city's own name ending like a prefecture's (彭州人大):
   * its own congress */
  {
    static const char city[] =
      "彭州市人民代表大会常务委员会工作报告\n"
      "\n"
      "四、自身建设\n"
      "\n"
      "编发《彭州人大》季刊4期。\n";
    g_autoptr(BaogaoDocument) second = analyze (city);
    BaogaoAnnotation *issues = find_tally (second, "self_building", "4期");

    g_assert_nonnull (issues);
    g_assert_cmpstr (baogao_annotation_get_string (issues, "scope"), ==, "county");
  }

  /* drafts a county-level congress commented on are the congress above's,
   * its own count, whoever it names as consulting it */
  {
    static const char district[] =
      "某某市某某区人民代表大会常务委员会工作报告\n"
      "\n"
      "一、立法工作\n"
      "\n"
      "对征求意见的法规草案14件提出修改意见。"
      "全年完成省人大常委会、市人大常委会交办的法规草案征求意见任务16件。\n";
    g_autoptr(BaogaoDocument) second = analyze (district);
    BaogaoAnnotation *tasks = find_tally (second, "legislation", "任务16件");

    assert_tally (second, "legislation", "14件提出修改意见", "higher_drafts_commented", 14);
    g_assert_nonnull (tasks);
    g_assert_cmpstr (baogao_annotation_get_string (tasks, "measure"), ==, "higher_drafts_commented");
    g_assert_cmpstr (baogao_annotation_get_string (tasks, "scope"), ==, "county");
  }
}

/* Round-30 phrasings: the suggestions by their full name in a list (议案
 * 和建议、批评和意见), a verb said once before a list whose total is of one
 * measure (新建代表之家和代表联络站共13个), townships written 镇（街）,
 * counts of places (在18个县推进…, 29个街镇共票决…), activities in the
 * stations named before (站内开展活动), projects voted without their noun
 * (票决出项目286个), and a press conference in a section on legislation. */
static void
test_round30_phrasings (void)
{
  static const char text[] =
    "某某市人民代表大会常务委员会工作报告\n"
    "\n"
    "一、地方立法\n"
    "\n"
    "召开新闻发布会2场。\n"
    "\n"
    "二、代表工作\n"
    "\n"
    "代表提出议案和建议、批评和意见分别为6件和587件。新建代表之家和代表联络站共13个。"
    "全市各镇（街）人大组织代表活动600余场次。在18个县推进代表联络站建设。"
    "29个街镇共票决民生实事项目210项。全市已建成人大代表联络站51个，全年站内开展活动620余场次。"
    "开展民生实事项目代表票决，票决出项目286个。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);
  BaogaoAnnotation *activities;

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "self_building", "新闻发布会2场", "press_conferences", 2);
  assert_tally (document, "representation", "分别为6件", "motions", 6);
  assert_tally (document, "representation", "587件", "suggestions", 587);
  assert_tally (document, "representation", "共13个", "deputy_stations_added", 13);
  activities = find_tally (document, "representation", "600余场次");
  g_assert_nonnull (activities);
  g_assert_cmpstr (baogao_annotation_get_string (activities, "scope"), ==, "township");
  assert_no_tally_of_count (document, "18个");
  assert_no_tally_of_count (document, "29个");
  assert_tally (document, "representation", "210项", "livelihood_projects_voted", 210);
  assert_tally (document, "representation", "620余场次", "deputy_activities", 620);
  assert_tally (document, "representation", "286个", "livelihood_projects_voted", 286);
}

/* Round-31 phrasings: a box of figures parted by ideographic spaces (its
 * items apart, a table's label and figure together), plans said with 拟
 * before the count (拟对2部法律法规开展执法检查), practice points named
 * short, activities after deputies named in the sentence's first clause,
 * budget alerts without the system named, and comments sent up on the
 * drafts named before. */
static void
test_round31_phrasings (void)
{
  static const char text[] =
    "某某市人民代表大会常务委员会工作报告\n"
    "\n"
    "一、监督工作\n"
    "\n"
    "全年推送预警信息1200余条。常委会拟对2部法律法规开展执法检查。"
    "督促市场监管部门发布食品安全预警信息30余条。"
    "听取和审议市政府关于下一年度预算安排等专项工作报告12个。\n"
    "\n"
    "二、做好基层立法联系点工作\n"
    "\n"
    "对6部法律草案提出意见建议，共上报意见建议420条。\n"
    "\n"
    "三、代表工作\n"
    "\n"
    "组织代表开展集中视察6次，开展“进站履职”活动38场次。"
    "新建全过程人民民主基层实践点15个，全市已建成的基层实践点共122个。\n"
    "\n"
    "四、数说2021\n"
    "\n"
    "召开主任会议19次　听取和审议工作报告22项　开展专题询问3次\n"
    "作出决议决定　　　　11项\n"
    "开展执法检查　　　　五次\n"
    "接待来访群众　　　　约1200人次\n"
    "审议法规草案　　　　共12件\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "oversight", "1200余条", "budget_alerts", 1200);
  /* (a government's warnings; 下一年度 inside a noun is no plan) */
  assert_no_tally_of_count (document, "30余条");
  assert_tally (document, "oversight", "12个", "work_reports", 12);
  assert_tally (document, "legislation", "420条", "public_comments", 420);
  assert_no_tally_of_count (document, "2部");
  assert_tally (document, "representation", "38场次", "deputy_activities", 38);
  assert_tally (document, "representation", "共122个", "democracy_practice_bases", 122);
  assert_tally (document, "self_building", "主任会议19次", "chairpersons_meetings", 19);
  assert_tally (document, "oversight", "工作报告22项", "work_reports", 22);
  assert_tally (document, "oversight", "专题询问3次", "special_inquiries", 3);
  assert_tally (document, "oversight", "11项", "resolutions", 11);
  /* (a table's label and its figure, whatever the figure opens with) */
  assert_tally (document, "oversight", "五次", "law_inspections", 5);
  assert_tally (document, "oversight", "1200人次", "petitions_received", 1200);
  assert_tally (document, "legislation", "共12件", "deliberated", 12);
}

/* Round-32 phrasings: a total over items joined with 和 after 共召开 (常委
 * 会会议和主任会议118次: none of them), 变通规定 as an item of a list,
 * laws inspected in 件, decisions repealed (废止有关法律问题的决定1件),
 * a lead-in clause before the sentence's subject (健全立法公开机制，…),
 * a run-in heading ((五)自身建设。…), the office's warning education,
 * and a 方面 lead-in that holds its own sentence only. */
static void
test_round32_phrasings (void)
{
  static const char text[] =
    "某某自治州人民代表大会常务委员会工作报告\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "制定单行条例2件、变通规定1件。废止有关法律问题的决定1件。"
    "对不适应改革要求的有关法规性质的决定，常委会依法予以清理，废止了其中的4件。对涉及法规性质决定的法规进行清理，废止法规5件。"
    "健全立法公开机制，对16件法规草案公开征求意见，共有4600人次提出意见建议1.6万条。\n"
    "\n"
    "二、监督工作\n"
    "\n"
    "对3件单行条例实施情况进行检查。\n"
    "\n"
    "三、其他工作\n"
    "\n"
    "共召开常委会会议和主任会议118次。机关开展警示教育2次。\n"
    "\n"
    "代表工作方面，组织代表集中视察3次。常委会举办专题讲座6期。\n"
    "\n"
    "（五）自身建设。常委会组织集体学习11次。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "legislation", "变通规定1件", "enacted", 1);
  assert_tally (document, "legislation", "决定1件", "decisions_repealed", 1);
  /* (the decisions a topic first, in a clause of their own) */
  g_assert_cmpstr (measure_of_count (document, "4件"), ==, "decisions_repealed");
  g_assert_cmpstr (measure_of_count (document, "5件"), ==, "repealed");
  assert_tally (document, "legislation", "1.6万条", "public_comments", 1.6);
  assert_tally (document, "oversight", "进行检查", "law_inspections", 3);
  assert_no_tally_of_count (document, "118次");
  assert_tally (document, "self_building", "警示教育2次", "warning_education_sessions", 2);
  assert_tally (document, "representation", "视察3次", "deputy_inspections", 3);
  /* (not lost to the representation the sentence before said it is
   * about) */
  g_assert_true (find_tally (document, "political", "专题讲座6期") != NULL ||
                 find_tally (document, "self_building", "专题讲座6期") != NULL);

  /* how the year's suggestions stand to date is the year's (截至目前，已解
   * 决的186件); the stations built to date are a stock */
  {
    static const char city[] =
      "某某市人民代表大会常务委员会工作报告\n"
      "\n"
      "三、代表工作\n"
      "\n"
      "代表提出建议486件。截至目前，已解决的186件，列入计划逐步解决的94件。"
      "截至目前，全市共建成代表联络站312个。\n";
    g_autoptr(BaogaoDocument) second = analyze (city);
    BaogaoAnnotation *resolved = find_tally (second, "representation", "186件");
    BaogaoAnnotation *stations = find_tally (second, "representation", "312个");

    g_assert_nonnull (resolved);
    g_assert_cmpstr (baogao_annotation_get_string (resolved, "measure"), ==, "suggestions_resolved");
    g_assert_null (baogao_annotation_get_string (resolved, "period"));
    g_assert_nonnull (stations);
    g_assert_cmpstr (baogao_annotation_get_string (stations, "period"), ==, "multi_year");
  }
  assert_tally (document, "self_building", "集体学习11次", "study_sessions", 11);
}

/* Round-33 phrasings: rules of how often (每年走访代表不少于两次) and
 * speeches are no counts; a share totalled (解决率和列入计划解决率合计);
 * the first items of lists whose verb comes after the last (邀请…72人次、
 * …24人次列席; 组织42名…、156名…向选民述职); a long list of reports
 * closed by 等报告; a total over measures of which two agree; problems put
 * right with the department named between; a list said with 各 over two
 * domains; items that each end with their own noun (召开党组会议、…学习会
 * 议分别为18次、12次). */
static void
test_round33_phrasings (void)
{
  static const char text[] =
    "某某市人民代表大会常务委员会工作报告\n"
    "\n"
    "一、坚持党的全面领导\n"
    "\n"
    "主任会议、党组会议各召开14次。召开党组会议、党组理论学习中心组学习会议分别为18次、12次。\n"
    "\n"
    "二、坚持依法监督\n"
    "\n"
    "听取审议市人民政府关于国民经济和社会发展计划执行、预算执行和决算、审计工作、"
    "国有资产管理情况和金融企业国有资产等报告8个。开展执法检查、专题调研、视察共26次。"
    "督促有关部门整改审计查出问题1560个。\n"
    "\n"
    "三、代表工作\n"
    "\n"
    "邀请区人大代表72人次、镇人大主席24人次列席常委会会议。列席代表发言百余人次。"
    "组织42名县人大代表、156名乡镇人大代表向选民述职。解决率和列入计划解决率合计87.1%。"
    "每年走访代表不少于两次。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "self_building", "14次", "chairpersons_meetings", 14);
  assert_tally (document, "political", "14次", "party_group_meetings", 14);
  assert_tally (document, "political", "18次", "party_group_meetings", 18);
  assert_tally (document, "political", "12次", "central_group_study_sessions", 12);
  assert_tally (document, "oversight", "报告8个", "work_reports", 8);
  assert_no_tally_of_count (document, "26次");
  assert_tally (document, "oversight", "1560个", "problems_rectified", 1560);
  assert_tally (document, "representation", "72人次", "deputy_attendances", 72);
  g_assert_cmpuint (count_measure (document, "representation", "director_attendances"), ==, 1);
  assert_no_tally_of_count (document, "百余人次");
  assert_tally (document, "representation", "42名县人大代表", "deputies_reported", 42);
  {
    BaogaoAnnotation *township = find_tally (document, "representation", "向选民述职");

    g_assert_nonnull (township);
    g_assert_cmpstr (baogao_annotation_get_string (township, "scope"), ==, "township");
  }
  assert_tally (document, "representation", "87.1%", "resolution_rate", 87.1);
  assert_no_tally_of_count (document, "不少于两次");

  /* a paragraph's time frame after a short lead-in sentence (建议办理提质增
   * 效。五年来，…) reaches its later sentences; a sentence's own since
   * clause wins over it */
  {
    static const char county[] =
      "某某县人民代表大会常务委员会工作报告\n"
      "\n"
      "三、代表工作\n"
      "\n"
      "建议办理提质增效。五年来，县人大代表共提出建议1286件。已解决和列入计划解决的1092件，占84.9%。"
      "近年来，累计组织宪法宣誓活动15次。\n";
    g_autoptr(BaogaoDocument) second = analyze (county);
    BaogaoAnnotation *solved = find_tally (second, "representation", "1092件");
    BaogaoAnnotation *oaths = find_tally (second, "representation", "15次");

    g_assert_nonnull (solved);
    g_assert_cmpstr (baogao_annotation_get_string (solved, "period"), ==, "term");
    g_assert_nonnull (oaths);
    g_assert_cmpstr (baogao_annotation_get_string (oaths, "period"), ==, "multi_year");
  }

  /* since a year before the one reported, said with 起 */
  {
    static const char province[] =
      REPORT_HEAD ("省", "2023年1月12日", "十四", "一")
      "\n"
      "二、监督工作\n"
      "\n"
      "2019年起对专项工作报告开展满意度测评，共测评23次。\n"
      "自二〇二〇年起对部门开展工作评议，共评议12个部门。\n";
    g_autoptr(BaogaoDocument) second = analyze (province);
    BaogaoAnnotation *surveys = find_tally (second, "oversight", "23次");
    BaogaoAnnotation *appraised = find_tally (second, "oversight", "12个");

    g_assert_nonnull (surveys);
    g_assert_cmpstr (baogao_annotation_get_string (surveys, "period"), ==, "multi_year");
    /* (the year in Chinese digits) */
    g_assert_nonnull (appraised);
    g_assert_cmpstr (baogao_annotation_get_string (appraised, "period"), ==, "multi_year");
  }
}

/* Round-34 phrasings: counts before their verb (先后19次在人大网公开征求意
 * 见; 对9件法规草案进行了审议), the plan named in the clause before (立法计划
 * 的18件项目，完成17件), people taking part after a consultation (法规草案公
 * 开征求意见，1.2万人次参与), a five-year plan's years (“十四五”时期), and a
 * committee's opinion asked, which is no consultation of the public. */
static void
test_round34_phrasings (void)
{
  static const char text[] =
    REPORT_HEAD ("省", "2026年1月20日", "十四", "四")
    "\n"
    "一、立法工作\n"
    "\n"
    "先后19次在人大网公开征求意见。对9件法规草案进行了审议。立法计划的18件项目，完成17件。"
    "法规草案公开征求意见，1.2万人次参与。“十四五”时期共制定地方性法规60件。"
    "就条例草案3次向全国人大外事委征求意见。“十三五”期间，省人大常委会共修改地方性法规32件。"
    "在2021年至2022年县乡两级人大换届选举中，选出县级人大代表5.6万名。"
    "在2024年至2025年乡镇人大换届选举中，常委会加强指导，选出乡镇人大代表3.1万名。"
    "自2021年以来，常委会累计开展专题询问11次。联网监督系统自2022年运行以来推送预警信息2300余条。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);
  BaogaoAnnotation *enacted;

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "legislation", "公开征求意见", "public_consultations", 19);
  assert_tally (document, "legislation", "进行了审议", "deliberated", 9);
  assert_tally (document, "legislation", "完成17件", "plan_projects_completed", 17);
  assert_tally (document, "legislation", "1.2万人次参与", "public_commenters", 1.2);
  enacted = find_tally (document, "legislation", "60件");
  g_assert_nonnull (enacted);
  g_assert_cmpstr (baogao_annotation_get_string (enacted, "period"), ==, "multi_year");
  assert_no_tally_of_count (document, "3次");
  /* (…期间; a span of years in 在…中) */
  g_assert_cmpstr (baogao_annotation_get_string (find_tally (document, "legislation", "32件"), "period"), ==,
                   "multi_year");
  g_assert_cmpstr (baogao_annotation_get_string (find_tally (document, "representation", "5.6万名"), "period"), ==,
                   "multi_year");
  /* (…to the year reported) */
  g_assert_cmpstr (baogao_annotation_get_string (find_tally (document, "representation", "3.1万名"), "period"), ==,
                   "multi_year");
  /* (five years since, in a report of the term's fourth year: no term) */
  g_assert_cmpstr (baogao_annotation_get_string (find_tally (document, "oversight", "11次"), "period"), ==,
                   "multi_year");
  /* (a verb between the year and 以来, after 自) */
  g_assert_cmpstr (baogao_annotation_get_string (find_tally (document, "oversight", "2300余条"), "period"), ==,
                   "multi_year");

  /* counts pointed back at as their sum (上述903件建议) */
  {
    static const char province[] =
      "某某省人民代表大会常务委员会工作报告\n"
      "\n"
      "四、代表工作\n"
      "\n"
      "代表提出建议866件，闭会期间提出建议37件，上述903件建议已全部办结。\n";
    g_autoptr(BaogaoDocument) second = analyze (province);

    g_assert_cmpuint (count_measure (second, "representation", "suggestions"), ==, 2);
    assert_no_tally_of_count (second, "903件");
  }
}

/* Round-35 phrasings: the deputies appraised after those who reported
 * (组织42名代表向选民述职，对31名代表开展履职评议) are not reported; a
 * township body with 共 before its verb (各镇（街道）人大共组织…); deputies
 * of districts and county-level cities together (区市人大代表); regulations
 * gone through one by one (逐件进行了梳理); and a span of years (2010年至
 * 2011年，…), multi_year though it names the year reported. */
static void
test_round35_phrasings (void)
{
  static const char text[] =
    REPORT_HEAD ("市", "2012年1月10日", "十四", "五")
    "\n"
    "一、立法工作\n"
    "\n"
    "对现行有效的地方性法规183件逐件进行了梳理。2010年至2011年，常委会对78件地方性法规进行了全面清理。\n"
    "二〇〇九年至二〇一一年，共废止地方性法规9件。\n"
    "\n"
    "二、代表工作\n"
    "\n"
    "组织42名代表向选民述职，对31名代表开展履职评议。首次开展代表述职评议，评议代表30名。"
    "各镇（街道）人大共组织代表进站接待选民860余场次。指导换届选举，共选出区市人大代表2650名。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);
  BaogaoAnnotation *a;

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "legislation", "进行了梳理", "cleaned_up", 183);
  a = find_tally (document, "legislation", "进行了全面清理");
  g_assert_nonnull (a);
  g_assert_cmpfloat (baogao_annotation_get_double (a, "value", -1), ==, 78);
  g_assert_cmpstr (baogao_annotation_get_string (a, "period"), ==, "multi_year");
  a = find_tally (document, "legislation", "9件");
  g_assert_nonnull (a);
  g_assert_cmpstr (baogao_annotation_get_string (a, "period"), ==, "multi_year");
  assert_tally (document, "representation", "向选民述职", "deputies_reported", 42);
  assert_no_tally_of_count (document, "31名");
  assert_tally (document, "representation", "代表30名", "deputies_reported", 30);
  a = find_tally (document, "representation", "860余场次");
  g_assert_nonnull (a);
  g_assert_cmpstr (baogao_annotation_get_string (a, "scope"), ==, "township");
  a = find_tally (document, "representation", "2650名");
  g_assert_nonnull (a);
  g_assert_cmpstr (baogao_annotation_get_string (a, "scope"), ==, "county");

  /* draft laws consulted on below the NPC are the NPC's; in its own
   * report, drafts it put out for comment */
  {
    static const char district[] =
      "某某市某某区人民代表大会常务委员会工作报告\n"
      "\n"
      "一、服务国家立法\n"
      "\n"
      "全年对27部法律草案征求意见，汇总意见建议1126条。\n";
    static const char npc[] =
      "全国人民代表大会常务委员会工作报告\n"
      "\n"
      "一、立法工作\n"
      "\n"
      "全年对27部法律草案征求意见。\n";
    g_autoptr(BaogaoDocument) second = analyze (district);
    g_autoptr(BaogaoDocument) third = analyze (npc);

    assert_tally (second, "legislation", "征求意见", "national_drafts_commented", 27);
    assert_tally (second, "legislation", "1126条", "public_comments", 1126);
    assert_tally (third, "legislation", "征求意见", "drafts_published", 27);
  }
}

/* Round-36 phrasings: counts of counties before 人大常委会 and of
 * prefectures before 全部建立… are no stations; deputies named before
 * their count report (省人大代表134名向原选举单位报告履职情况); named draft
 * regulations
 * commented on (对《…条例（草案）》等7件法规草案提出修改意见); and a count
 * said again after 目前 (目前217件建议全部办复). */
static void
test_round36_phrasings (void)
{
  static const char text[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "三、代表工作\n"
    "\n"
    "16个州（市）全部建立代表联络站。129个县（市、区）人大常委会全部建立代表联络站。"
    "新建代表联络站12个、人大工作室5个。"
    "省人大代表134名向原选举单位报告履职情况。常委会组成人员直接联系全国人大代表102名。"
    "代表提出建议217件。目前217件建议全部办复。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);
  BaogaoAnnotation *liaised;

  SKIP_WITHOUT_PLUGINS (document);

  assert_no_tally_of_count (document, "16个");
  assert_no_tally_of_count (document, "129个");
  /* (a 、 outside brackets ends the places: the 12 are stations) */
  assert_tally (document, "representation", "12个", "deputy_stations_added", 12);
  assert_tally (document, "representation", "报告履职", "deputies_reported", 134);
  liaised = find_tally (document, "representation", "102名");
  g_assert_nonnull (liaised);
  g_assert_cmpstr (baogao_annotation_get_string (liaised, "measure"), ==, "deputies_liaised");
  g_assert_cmpuint (count_measure (document, "representation", "suggestions"), ==, 1);

  {
    static const char county[] =
      "某某县人民代表大会常务委员会工作报告\n"
      "\n"
      "一、立法工作\n"
      "\n"
      "对《某某省黑土地保护利用条例（草案）》等7件法规草案提出修改意见。\n";
    g_autoptr(BaogaoDocument) second = analyze (county);

    assert_tally (second, "legislation", "提出修改意见", "higher_drafts_commented", 7);
  }
}

/* Round-37 phrasings: words between a lower congress and its verb (各设区
 * 的市人大及其常委会全年制定…; 各镇人大在人代会上收到…); a lower congress
 * as the object of 加强对…指导; an election said in the passive (市人大代
 * 表599名已选举产生); consultations taken on for the congress above (承接
 * 省人大常委会法规草案征求意见13件); and 本届以来 in a report given at the
 * term's second session, which is the year reported. */
static void
test_round37_phrasings (void)
{
  static const char province[] =
    REPORT_HEAD ("省", "2024年1月25日", "十四", "二")
    "\n"
    "一、立法工作\n"
    "\n"
    "本届以来，审议法规草案21件。各设区的市人大及其常委会全年制定法规38件。\n"
    "\n"
    "三、代表工作\n"
    "\n"
    "加强对乡镇人大工作的指导，举办乡镇人大主席培训班1期。\n";
  static const char city[] =
    "某某市人民代表大会常务委员会工作报告\n"
    "\n"
    "三、代表工作\n"
    "\n"
    "各镇人大在人代会上收到代表建议2300件。市人大代表599名已选举产生。"
    "选举工作中，316名县人大代表已依法选举产生。\n"
    "\n"
    "五、自身建设\n"
    "\n"
    "微信公众号月均阅读量170万。\n";
  static const char county[] =
    "某某县人民代表大会常务委员会工作报告\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "承接省人大常委会法规草案征求意见13件。\n";
  g_autoptr(BaogaoDocument) first = analyze (province);
  g_autoptr(BaogaoDocument) second = analyze (city);
  g_autoptr(BaogaoDocument) third = analyze (county);
  BaogaoAnnotation *a;

  SKIP_WITHOUT_PLUGINS (first);

  a = find_tally (first, "legislation", "21件");
  g_assert_nonnull (a);
  g_assert_null (baogao_annotation_get_string (a, "period"));
  g_assert_cmpstr (tally_scope (first, "legislation", "38件"), ==, "municipal");
  g_assert_cmpstr (tally_scope (first, "representation", "1期"), ==, "provincial");
  g_assert_cmpstr (tally_scope (second, "representation", "2300件"), ==, "township");
  assert_tally (second, "representation", "599名已选举产生", "deputies_elected", 599);
  assert_tally (second, "representation", "已依法选举产生", "deputies_elected", 316);
  assert_tally (second, "self_building", "170万", "monthly_page_views", 170);
  assert_tally (third, "legislation", "13件", "higher_drafts_commented", 13);
}

/* Round-38 phrasings: inspections counted after a place (代表赴基层视察
 * 3次), which are no one trip; the deputies named in the first clause of
 * those who reported (…市人大代表中，向原选区选民述职的有112名); the
 * repeals of lower congresses approved (批准自治州废止单行条例1件), their
 * revisions and repeals said with 各 (no row: one measure), and a verb
 * before a list said with 分别 (批准法规和单行条例分别为6件、9件). */
static void
test_round38_phrasings (void)
{
  static const char province[] =
    "某某自治区人民代表大会常务委员会工作报告\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "批准自治州废止单行条例1件。批准自治州修订、废止单行条例各1件。"
    "批准法规和单行条例分别为6件、9件。\n"
    "\n"
    "二、代表工作\n"
    "\n"
    "组织代表赴边境一线集中视察3次。全区1100余名区人大代表中，向原选区选民述职的有112名。\n";
  g_autoptr(BaogaoDocument) document = analyze (province);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "legislation", "废止单行条例1件", "approved", 1);
  g_assert_cmpuint (count_measure (document, "legislation", "approved"), ==, 3);
  assert_tally (document, "legislation", "6件", "approved", 6);
  assert_tally (document, "legislation", "9件", "approved", 9);
  g_assert_cmpuint (count_measure (document, "legislation", "repealed"), ==, 0);
  g_assert_cmpuint (count_measure (document, "legislation", "revised"), ==, 0);
  assert_tally (document, "representation", "视察3次", "deputy_inspections", 3);
  assert_tally (document, "representation", "112名", "deputies_reported", 112);

  /* with no section to say the domain: the deputies who collect the
   * public's opinions and solve its problems, named in the first clause
   * (…，收集意见建议860多条，推动解决问题410个); a lead-in after the
   * committee (常委会坚持民主立法，将法律草案公开征求意见，…); laws and
   * interpretations passed together (no interpretations); a total in a
   * clause of its own after one of no count (…，组织代表参加专题调研、
   * 视察，共计1300余人次); a short first clause that names the domain
   * (常委会着力加强自身建设，…) */
  {
    static const char county[] =
      "某某县人民代表大会常务委员会工作报告\n"
      "\n"
      "组织代表进站接待选民群众2300余人次，收集意见建议860多条，推动解决问题410个。"
      "代表收集意见建议680余条。"
      "邀请代表列席常委会会议180人次，组织代表参加专题调研、视察，共计1300余人次。\n";
    static const char national[] =
      "全国人民代表大会常务委员会工作报告\n"
      "\n"
      "常委会坚持民主立法，将法律草案公开征求意见，有6.1万人提出意见23万条。"
      "通过法律、法律解释和有关法律问题的决定共21件。\n"
      "常委会着力加强自身建设，举办常委会专题讲座六次。\n";
    g_autoptr(BaogaoDocument) second = analyze (county);
    g_autoptr(BaogaoDocument) third = analyze (national);

    assert_tally (second, "representation", "860多条", "public_opinions_collected", 860);
    assert_tally (second, "representation", "410个", "problems_solved", 410);
    assert_tally (second, "representation", "680余条", "public_opinions_collected", 680);
    assert_tally (second, "representation", "1300余人次", "deputy_research_participations", 1300);
    assert_tally (third, "legislation", "23万条", "public_comments", 23);
    g_assert_cmpuint (count_measure (third, "legislation", "interpreted"), ==, 0);
    /* (a sentence whose short first clause names its domain) */
    assert_tally (third, "self_building", "六次", "lectures", 6);
  }
}

/* Round-39 phrasings: the year's part of a total of years, its noun said
 * in the clause before (…专项工作报告38个，其中2024年21个; …86期，去年30
 * 期; 2024年召开8次); a space before the count after 均为 or 各 (均为 100%,
 * 各 1件); 其中 before a list said with 分别 (其中甲局和乙局的满意票率分别
 * 为…); opinions followed up counted in 份. */
static void
test_round39_phrasings (void)
{
  static const char province[] =
    REPORT_HEAD ("省", "2025年1月10日", "十四", "三")
    "\n"
    "一、立法工作\n"
    "\n"
    "修订、废止地方性法规各 1件。\n"
    "\n"
    "二、监督工作\n"
    "\n"
    "换届以来，共听取和审议专项工作报告38个，其中2024年21个。"
    "对5个部门开展工作评议，其中甲局和乙局的满意票率分别为92.1%和89.7%。"
    "常委会对5份审议意见开展跟踪监督。\n"
    "\n"
    "三、代表工作\n"
    "\n"
    "面商率、办结率均为 100%。\n"
    "\n"
    "四、自身建设\n"
    "\n"
    "三年来，共编发《人大工作简报》86期，去年30期。本届以来，常委会召开常委会会议16次，2024年召开8次。\n"
    "本届以来，常委会共组织代表培训班9期。2024年，组织代表培训班3期。同年，组织代表集中视察5次。\n";
  g_autoptr(BaogaoDocument) document = analyze (province);
  BaogaoAnnotation *a;

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "legislation", "各 1件", "revised", 1);
  g_assert_cmpuint (count_measure (document, "legislation", "repealed"), ==, 1);
  a = find_tally (document, "oversight", "21个");
  g_assert_nonnull (a);
  g_assert_cmpstr (baogao_annotation_get_string (a, "measure"), ==, "work_reports");
  g_assert_null (baogao_annotation_get_string (a, "period"));
  g_assert_cmpuint (count_measure (document, "oversight", "evaluation_approval_rate"), ==, 2);
  assert_tally (document, "oversight", "5份审议意见开展跟踪监督", "follow_up_supervisions", 5);
  g_assert_cmpuint (count_measure (document, "representation", "consultation_rate"), ==, 1);
  g_assert_cmpuint (count_measure (document, "representation", "completion_rate"), ==, 1);
  assert_tally (document, "self_building", "去年30期", "newsletter_issues", 30);
  assert_tally (document, "self_building", "召开8次", "standing_committee_sessions", 8);
  /* (同年 after the year named is the year) */
  a = find_tally (document, "representation", "视察5次");
  g_assert_nonnull (a);
  g_assert_null (baogao_annotation_get_string (a, "period"));

  /* stations named after practice bases are stations (…实践点15个，新建代
   * 表联络站38个); lower congresses' heads invited after an adverb are
   * the objects of the verb (还邀请县区人大常委会主任…: the city's count) */
  {
    static const char city[] =
      "某某市人民代表大会常务委员会工作报告\n"
      "\n"
      "三、代表工作\n"
      "\n"
      "新建全过程人民民主基层实践点15个，新建代表联络站38个。"
      "还邀请县区人大常委会主任列席常委会会议40人次。\n";
    g_autoptr(BaogaoDocument) second = analyze (city);

    assert_tally (second, "representation", "联络站38个", "deputy_stations_added", 38);
    g_assert_cmpstr (tally_scope (second, "representation", "40人次"), ==, "municipal");
  }
}

/* Round-40 phrasings, with no section to say the domain: the classes of
 * answers said with 建议 (A类建议97件，占70.3%); the problems suggestions
 * raised (所提问题已解决的358件); an inspection's problems, the
 * inspection named before (执法检查组发现问题270个; 常委会开展执法检查，
 * 发现问题45个); a count pointed back at with 在 (在736件建议中); projects
 * liaised with 分包, not aid projects (落实帮扶项目5个); deputies named as
 * the subject of a later clause (代表列席…58人次，参与调研210人次). */
static void
test_round40_phrasings (void)
{
  static const char county[] =
    "某某县人民代表大会常务委员会工作报告\n"
    "\n"
    "A类建议97件，占70.3%；B类建议31件，占22.5%；C类建议10件，占7.2%。"
    "代表提出建议736件。在736件建议中，所提问题已解决的358件，占46.9%。"
    "执法检查组发现问题270个。常委会开展执法检查，发现问题45个。"
    "分包重点项目18个，落实帮扶项目5个。代表列席常委会会议58人次，参与调研210人次。\n";
  g_autoptr(BaogaoDocument) document = analyze (county);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "representation", "A类建议97件", "suggestions_resolved", 97);
  assert_tally (document, "representation", "70.3%", "resolution_rate", 70.3);
  assert_tally (document, "representation", "B类建议31件", "suggestions_planned", 31);
  assert_tally (document, "representation", "C类建议10件", "suggestions_deferred", 10);
  g_assert_cmpuint (count_measure (document, "representation", "suggestions"), ==, 1);
  assert_tally (document, "representation", "358件", "suggestions_resolved", 358);
  assert_tally (document, "oversight", "270个", "problems_identified", 270);
  assert_tally (document, "oversight", "45个", "problems_identified", 45);
  assert_tally (document, "political", "18个", "projects_liaised", 18);
  assert_no_tally_of_count (document, "5个");
  assert_tally (document, "representation", "210人次", "deputy_research_participations", 210);

  /* a box whose lines give the count first: no count takes the name of
   * the line before (8件 is not the 6件's 制定地方性法规), each its own
   * after it; a figure the prose states too is one indicator */
  {
    static const char province[] =
      "某某省人民代表大会常务委员会工作报告\n"
      "\n"
      "一、立法工作\n"
      "\n"
      "全年制定地方性法规6件。\n"
      "\n"
      "数读2024\n"
      "6件　制定地方性法规\n"
      "8件　修改地方性法规\n";
    g_autoptr(BaogaoDocument) second = analyze (province);

    g_autoptr(GPtrArray) indicators = baogao_document_get_indicators (second);
    guint enacted = 0;

    for (guint i = 0; i < indicators->len; i++)
      if (g_strcmp0 (baogao_indicator_get_key (g_ptr_array_index (indicators, i)), "legislation.enacted") == 0)
        enacted++;
    g_assert_cmpuint (enacted, ==, 1);
    g_assert_cmpstr (measure_of_count (second, "8件"), ==, "amended");
  }

  /* the laws approved, by what their congresses did: the cities' acts,
   * no rows of the province's (批准设区的市法规28件，其中制定14件、修改14件) */
  {
    static const char province[] =
      "某某省人民代表大会常务委员会工作报告\n"
      "\n"
      "一、立法工作\n"
      "\n"
      "表决通过法规22件，其中制定9件、修改13件。批准设区的市法规28件，其中制定14件、修改15件。"
      "开展立法后评估2次，评估法规3件。县级人大常委会设立的立法联系点已达183个。\n"
      "\n"
      "二、代表工作\n"
      "\n"
      "8个代表联络站完成提档升级。\n";
    g_autoptr(BaogaoDocument) third = analyze (province);
    BaogaoAnnotation *a;

    assert_tally (third, "legislation", "28件", "approved", 28);
    assert_tally (third, "legislation", "评估法规3件", "post_legislative_evaluations", 3);
    assert_tally (third, "representation", "提档升级", "deputy_stations_upgraded", 8);
    a = find_tally (third, "legislation", "183个");
    g_assert_nonnull (a);
    g_assert_cmpstr (baogao_annotation_get_string (a, "measure"), ==, "legislative_contact_points");
    assert_tally (third, "legislation", "制定9件", "enacted", 9);
    assert_no_tally_of_count (third, "14件");
    assert_no_tally_of_count (third, "15件");
  }
}

/* Round-41 phrasings: a later sentence of a paragraph that opens with
 * the year reported ends the paragraph's frame for the sentences after
 * it (五年来，…。2021年，…。共清理…31件: the year's). */
static void
test_round41_phrasings (void)
{
  static const char prefecture[] =
    REPORT_HEAD ("自治州", "2022年1月10日", "十五", "一")
    "\n"
    "一、立法工作\n"
    "\n"
    "五年来，开展立法调研80余次。2021年，审议法规草案4件。共清理现行单行条例31件。\n"
    "五年来，制定单行条例9件。共修改单行条例6件。\n"
    "五年来，全州现有基层立法联系点12个。\n"
    "五年来，新设基层立法联系点8个，全州基层立法联系点总数达到15个。\n";
  g_autoptr(BaogaoDocument) document = analyze (prefecture);
  BaogaoAnnotation *a;

  SKIP_WITHOUT_PLUGINS (document);

  a = find_tally (document, "legislation", "31件");
  g_assert_nonnull (a);
  g_assert_null (baogao_annotation_get_string (a, "period"));
  a = find_tally (document, "legislation", "80余次");
  g_assert_nonnull (a);
  g_assert_cmpstr (baogao_annotation_get_string (a, "period"), ==, "term");
  /* (what there is now, said so, is a stock to date whatever frame the
   * sentence opens with) */
  a = find_tally (document, "legislation", "12个");
  g_assert_nonnull (a);
  g_assert_cmpstr (baogao_annotation_get_string (a, "period"), ==, "multi_year");
  /* (…or the total reached) */
  a = find_tally (document, "legislation", "15个");
  g_assert_nonnull (a);
  g_assert_cmpstr (baogao_annotation_get_string (a, "period"), ==, "multi_year");
  /* (with no year said in between, the frame goes on) */
  a = find_tally (document, "legislation", "6件");
  g_assert_nonnull (a);
  g_assert_cmpstr (baogao_annotation_get_string (a, "period"), ==, "term");

  /* the older reports' 法规性决议; 接待居民; an inspection group's 提出建
   * 议 (oversight's opinions); a sum pointed back at with 以上; the Party
   * group's 突出问题; a bar (低于80%的); townships with subdistricts (镇
   * （街道）); drafts of the congress above, counted first; 提升班 */
  {
    static const char county[] =
      "某某县人民代表大会常务委员会工作报告\n"
      "\n"
      "一、坚持党的领导\n"
      "\n"
      "常委会党组查找突出问题18个。机关党支部集中学习24次（每个党支部均不少于12次）。\n"
      "\n"
      "二、立法工作\n"
      "\n"
      "作出法规性决议2件。就11件省人大常委会法规草案征求意见。\n"
      "\n"
      "三、监督工作\n"
      "\n"
      "执法检查组提出建议31条。对局长开展述职评议，满意票率低于80%的责令整改。"
      "听取和审议县政府专项工作报告10个、县检察院2个。就法规草案征求意见，收集意见建议420条。\n"
      "\n"
      "四、代表工作\n"
      "\n"
      "代表接待居民2600余人次。代表提出建议178件，闭会期间提出建议12件，以上190件建议均已按期办结。"
      "选举产生镇（街道）人大代表1426名。举办代表履职能力提升班2期。\n";
    g_autoptr(BaogaoDocument) second = analyze (county);

    assert_tally (second, "political", "突出问题18个", "problems_identified", 18);
    assert_tally (second, "legislation", "法规性决议2件", "decisions_made", 2);
    assert_tally (second, "legislation", "11件省人大常委会法规草案", "higher_drafts_commented", 11);
    assert_tally (second, "oversight", "31条", "opinions_made", 31);
    /* (a later item naming only a body counts what the first did) */
    assert_tally (second, "oversight", "县检察院2个", "work_reports", 2);
    /* (comments on drafts named in the first clause, in any section; a
     * floor per branch is no count) */
    assert_tally (second, "legislation", "420条", "public_comments", 420);
    g_assert_cmpuint (count_measure (second, "political", "branch_study_sessions"), ==, 1);
    assert_no_tally_of_count (second, "80%");
    assert_tally (second, "representation", "2600余人次", "constituents_received", 2600);
    assert_no_tally_of_count (second, "190件");
    g_assert_cmpstr (tally_scope (second, "representation", "1426名"), ==, "township");
    assert_tally (second, "representation", "提升班2期", "deputy_trainings", 2);
  }
}

/* Round-42 phrasings that are no counts of the congress's year: a plan
 * said with 年内将; a difference from the year before (比上年多召开常委会
 * 会议2次; …，比上年增加2次); a procuratorate's own count (省检察院提出检
 * 察建议1300件). And laws made anew in an aside; shares said with 分别 for
 * counts each in a clause of its own (已解决102件，列入计划解决51件，…，
 * 分别占57.3%、28.7%和14.0%). */
static void
test_round42_phrasings (void)
{
  static const char province[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "二、监督工作\n"
    "\n"
    "省检察院提出检察建议1300件。\n"
    "\n"
    "四、自身建设\n"
    "\n"
    "共召开常委会会议8次，比上年增加2次。比上年多召开主任会议3次。年内将召开常委会会议6次。\n"
    "\n"
    "五、立法工作\n"
    "\n"
    "制定地方性法规9件（含重新制定2件）。\n"
    "\n"
    "六、代表工作\n"
    "\n"
    "代表提出的178件建议中，已解决102件，列入计划解决51件，留作参考25件，分别占57.3%、28.7%和14.0%。"
    "增设代表联络站5个。\n";
  g_autoptr(BaogaoDocument) document = analyze (province);

  SKIP_WITHOUT_PLUGINS (document);

  assert_no_tally_of_count (document, "1300件");
  assert_tally (document, "self_building", "8次", "standing_committee_sessions", 8);
  assert_no_tally_of_count (document, "2次");
  assert_no_tally_of_count (document, "3次");
  assert_no_tally_of_count (document, "6次");
  /* (laws made anew are a kind of their own, in an aside too) */
  assert_tally (document, "legislation", "重新制定2件", "re_enacted", 2);
  /* (shares said with 分别 for counts each in a clause of its own) */
  assert_tally (document, "representation", "57.3%", "resolution_rate", 57.3);
  assert_tally (document, "representation", "28.7%", "planned_share", 28.7);
  assert_tally (document, "representation", "14.0%", "deferred_share", 14);
  assert_tally (document, "representation", "5个", "deputy_stations_added", 5);
}

/* Round-43 phrasings: later items of a list that name their own deputies
 * take their scope from them (联系省人大代表52名、市人大代表430名 in a
 * city's report: the second the city's). A province's report at an extra session's number
 * (the fifth, in the term's fourth year): its 本届以来 is to date, as the
 * year reported says; the NPC and the provinces' congresses are all
 * elected in the same years. */
static void
test_round43_phrasings (void)
{
  static const char province[] =
    REPORT_HEAD ("自治区", "2016年1月24日", "十二", "五")
    "\n"
    "二、监督工作\n"
    "\n"
    "本届以来累计开展专题询问5次。\n"
    "\n"
    "三、立法工作\n"
    "\n"
    "全年制定、修改、废止地方性法规5件。其中，制定2件，修改2件，废止1件。\n"
    "\n"
    "四、代表工作\n"
    "\n"
    "举办代表培训班2期，每期培训代表约150人。\n";
  static const char closing[] =
    REPORT_HEAD ("省", "2018年1月26日", "十三", "一")
    "\n"
    "二、监督工作\n"
    "\n"
    "本届以来累计开展专题询问9次。\n";
  g_autoptr(BaogaoDocument) document = analyze (province);
  g_autoptr(BaogaoDocument) last = analyze (closing);
  BaogaoAnnotation *a;

  SKIP_WITHOUT_PLUGINS (document);

  a = find_tally (document, "oversight", "5次");
  g_assert_nonnull (a);
  g_assert_cmpstr (baogao_annotation_get_string (a, "period"), ==, "multi_year");
  /* (a combined count broken down in the next sentence, opening with
   * 其中; a figure per session) */
  g_assert_cmpuint (count_measure (document, "legislation", "enacted+amended+repealed"), ==, 0);
  assert_tally (document, "legislation", "制定2件", "enacted", 2);
  g_assert_cmpuint (count_measure (document, "representation", "deputies_trained"), ==, 0);
  {
    static const char city[] =
      "某某市人民代表大会常务委员会工作报告\n"
      "\n"
      "三、代表工作\n"
      "\n"
      "常委会组成人员直接联系省人大代表52名、市人大代表430名。\n";
    g_autoptr(BaogaoDocument) third = analyze (city);

    g_assert_cmpstr (tally_scope (third, "representation", "52名"), ==, "provincial");
    g_assert_cmpstr (tally_scope (third, "representation", "430名"), ==, "municipal");
  }
  a = find_tally (last, "oversight", "9次");
  g_assert_nonnull (a);
  g_assert_cmpstr (baogao_annotation_get_string (a, "period"), ==, "term");
}

/* Round-45 phrasings: 进行了修正; the deputies visited, counted first (走
 * 访了98名代表); comments on the congress above's drafts are no deputies'
 * suggestions (对省人大常委会征求意见的法规草案提出意见建议42条); helping
 * the congress above (协助省人大常委会…) is the congress's own work. */
static void
test_round45_phrasings (void)
{
  static const char city[] =
    "某某市人民代表大会常务委员会工作报告\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "对2件法规进行了修正。对省人大常委会征求意见的法规草案提出意见建议42条。\n"
    "\n"
    "二、监督工作\n"
    "\n"
    "协助省人大常委会开展执法检查2次。\n"
    "\n"
    "三、代表工作\n"
    "\n"
    "走访了98名代表。建成全过程人民民主基层单元300余个。\n";
  g_autoptr(BaogaoDocument) document = analyze (city);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "legislation", "进行了修正", "amended", 2);
  g_assert_cmpuint (count_measure (document, "representation", "suggestions"), ==, 0);
  assert_tally (document, "representation", "98名代表", "deputies_liaised", 98);
  assert_tally (document, "representation", "300余个", "democracy_practice_bases", 300);
  /* (helping the congress above is the city's own work, not the level
   * below's) */
  g_assert_cmpstr (tally_scope (document, "oversight", "2次"), ==, "municipal");
}

/* What this session's rules must leave alone (its review): parts of the
 * laws approved that name their own instruments or who acts (…其中单行
 * 条例7件，常委会还制定地方性法规9件; 同时打包修改省本级法规12件); an
 * aside of laws made anew under approvals (批准…20件（含重新制定3件）);
 * 累计 after a sentence of the year; a sentence of the year with no count
 * still ending the paragraph's frame; places named with 每个 (在每个县
 * （市、区）设立…32个); another year's part (…21个，2022年17个); a
 * research group's proposals (调研组…提出修改建议40条); the members
 * taking part (组织常委会组成人员参与调研210人次); a short lead clause
 * in a section of another domain. */
/* The parts of the laws approved, after 其中, are the approving
 * congresses' acts, whatever their verbs share: 各 (修订、废止各1件),
 * the kind approved named (修订、废止单行条例各1件), or a 各 part
 * before another. A law of the reporting congress's own kind after
 * them is its own act. */
static void
test_approval_parts_with_each (void)
{
  static const char text[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "二、立法工作\n"
    "\n"
    "批准单行条例5件，其中修订、废止各1件，制定3件。"
    "审查批准设区的市法规22件，其中制定12件、修改8件，修订、废止单行条例各2件。"
    "审查批准设区的市法规16件，其中制定10件、修改4件，修改地方性法规6件。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "legislation", "5件", "approved", 5);
  assert_tally (document, "legislation", "22件", "approved", 22);
  assert_no_tally_of_count (document, "1件");
  assert_no_tally_of_count (document, "3件");
  assert_no_tally_of_count (document, "2件");
  assert_tally (document, "legislation", "地方性法规6件", "amended", 6);
}

/* A count said of a topic named in the clause before, as "the ones
 * V-ed number N" (法律草案，…提出修改意见的有23部): the topic's clause is
 * read too. Not a part after 其中, whose topic is its total. With them,
 * words that put the body filed with or the appraisal between the
 * usual ones (报送常委会备案的, 述职并接受评议的) and the problems
 * deputies helped solve as what they solved (推动解决的问题达…个). */
static void
test_topicalised_counts (void)
{
  static const char text[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "一、坚持党的领导\n"
    "\n"
    "专题党课由党组书记带头讲授，全年共讲授7次。\n"
    "\n"
    "二、立法工作\n"
    "\n"
    "全国人大常委会征求意见的法律草案，经组织研究提出修改意见的有21部。"
    "十二件地方性法规，是常委会通过制定和修改完成的，其中新制定的有5件。\n"
    "\n"
    "三、监督工作\n"
    "\n"
    "全年报送常委会备案的规范性文件有132件。公民、组织提出的审查建议，收到的共有17件。"
    "各设区的市报送自治区人大常委会备案的规范性文件有41件。"
    "向常委会述职并接受评议的政府组成人员有4名。\n"
    "\n"
    "四、代表工作\n"
    "\n"
    "辞去省人大代表职务的请求，依法接受的有3人。代表提出的建议、批评和意见，交办的有214件，现已全部办复。"
    "代表联络站推动解决的问题达960余个。\n"
    "\n"
    "五、监督工作\n"
    "\n"
    "常委会听取审议省政府关于代表建议办理情况的报告，组成人员提出意见的有36条。"
    "对8名政府组成人员开展述职评议，满意的有7名。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "political", "讲授7次", "lectures", 7);
  assert_tally (document, "legislation", "21部", "national_drafts_commented", 21);
  assert_tally (document, "legislation", "5件", "enacted", 5);
  assert_tally (document, "oversight", "132件", "normative_documents_filed", 132);
  assert_tally (document, "oversight", "41件", "normative_documents_filed", 41);
  assert_tally (document, "oversight", "17件", "review_requests", 17);
  assert_tally (document, "oversight", "4名", "officials_evaluated", 4);
  assert_tally (document, "representation", "3人", "resignations", 3);
  assert_tally (document, "representation", "214件", "suggestions", 214);
  assert_tally (document, "representation", "960余个", "problems_solved", 960);
  /* (the count's own words first: the topic's clause is read only when
   * they decide nothing, and never one with a count of its own) */
  assert_tally (document, "oversight", "36条", "opinions_made", 36);
  assert_no_tally_of_count (document, "7名");
}

/* An autonomous region's own deputies are 区人大代表, 区 said bare after
 * a count or a verb of the congress's; a city's 区人大代表 are its
 * districts' */
static void
test_region_deputies (void)
{
  static const char region[] =
    "某某自治区人民代表大会常务委员会工作报告\n"
    "\n"
    "一、代表工作\n"
    "\n"
    "162名区人大代表向原选举单位报告履职情况。组织130名区人大代表参加履职培训。"
    "培训新补选的代表和基层代表560余人。\n";
  static const char city[] =
    "某某市人民代表大会常务委员会工作报告\n"
    "\n"
    "一、代表工作\n"
    "\n"
    "1586名区人大代表参加履职培训。\n";
  g_autoptr(BaogaoDocument) document = analyze (region);
  g_autoptr(BaogaoDocument) second = analyze (city);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (tally_scope (document, "representation", "向原选举单位报告"), ==, "provincial");
  g_assert_cmpstr (tally_scope (document, "representation", "参加履职培训"), ==, "provincial");
  g_assert_cmpstr (tally_scope (second, "representation", "参加履职培训"), ==, "county");
  /* (deputies by-elected, then trained: a training) */
  assert_tally (document, "representation", "560余人", "deputies_trained", 560);
}

/* A term's last report with no parts (given at a new congress's first
 * session, 五年来 said in its opening): its sections tell of the term,
 * but where the year is said */
static void
test_term_report_without_parts (void)
{
  static const char text[] =
    REPORT_HEAD ("省", "2023年1月13日", "十四", "一")
    "\n"
    "各位代表：\n"
    "我代表某某省第十三届人民代表大会常务委员会，向大会报告工作。省十三届人大常委会自2018年1月产生以来，"
    "五年来，常委会共举行会议40次。\n"
    "\n"
    "一、坚持正确监督\n"
    "\n"
    "开展执法检查25次。2022年，开展执法检查5次。\n"
    "\n"
    "二、代表工作\n"
    "\n"
    "五年来，省人大代表提出建议4120件。\n"
    "\n"
    "依法行使任免权，组织宪法宣誓68次。依法补选省人大代表23名。\n";
  static const char annual[] =
    REPORT_HEAD ("省", "2024年1月13日", "十四", "二")
    "\n"
    "一、坚持正确监督\n"
    "\n"
    "开展执法检查6次。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);
  g_autoptr(BaogaoDocument) second = analyze (annual);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (baogao_annotation_get_string (find_tally (document, "oversight", "25次"), "period"), ==, "term");
  g_assert_null (baogao_annotation_get_string (find_tally (document, "oversight", "检查5次"), "period"));
  g_assert_cmpstr (baogao_annotation_get_string (find_tally (document, "representation", "23名"), "period"), ==, "term");
  g_assert_null (baogao_annotation_get_string (find_tally (second, "oversight", "6次"), "period"));
}

/* A combined count that another sentence says again as the laws passed,
 * of the same value, and breaks down by the same verbs (表决通过23件。其
 * 中…; 表决通过5件，分别是…): one fact, whose parts are the rows. Parts in
 * a bare list elsewhere, or a total of another value, leave it. */
static void
test_combined_passed_broken_down (void)
{
  static const char text[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "一年来，常委会制定、修改、废止地方性法规23件，听取审议专项工作报告12个。\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "常委会全年表决通过地方性法规23件。其中，制定7件，修订5件、修正7件，废止4件。"
    "同时，审查批准设区的市法规30件。\n";
  static const char respectively[] =
    "某某市人民代表大会常务委员会工作报告\n"
    "\n"
    "一年来，市人大常委会制定修改地方性法规5件。\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "表决通过地方性法规5件，分别是制定《某某市养犬管理条例》等3件，修改2件。\n";
  static const char kept[] =
    "某某市人民代表大会常务委员会工作报告\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "新制定地方性法规5件、修改7件。表决通过法规13件，其中制定6件、修改7件。\n"
    "\n"
    "二、自身建设\n"
    "\n"
    "一年来，制定修改地方性法规12件，举办培训班3期。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);
  g_autoptr(BaogaoDocument) second = analyze (respectively);
  g_autoptr(BaogaoDocument) third = analyze (kept);

  SKIP_WITHOUT_PLUGINS (document);

  /* (7 + 5 + 7 + 4: 修订 and 修正 are both 修改) */
  g_assert_cmpuint (count_measure (document, "legislation", "enacted+amended+repealed"), ==, 0);
  assert_tally (document, "legislation", "通过地方性法规23件", "passed", 23);
  assert_tally (document, "legislation", "制定7件", "enacted", 7);
  assert_tally (document, "legislation", "废止4件", "repealed", 4);
  g_assert_cmpuint (count_measure (second, "legislation", "enacted+amended"), ==, 0);
  assert_tally (second, "legislation", "修改2件", "amended", 2);
  /* (a bare list of 5 and 7; 13 passed, not 12) */
  g_assert_cmpuint (count_measure (third, "legislation", "enacted+amended"), ==, 1);
}

/* A combined count that a later section breaks down into its parts,
 * said first in the opening summary: one fact, whose parts are the
 * rows. A combined count of other terms is kept. */
static void
test_combined_before_breakdown (void)
{
  static const char text[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "一年来，常委会制定、修改、废止地方性法规26件，听取审议专项工作报告12个。"
    "各设区的市人大及其常委会制定、修改、废止地方性法规26件。\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "全年共制定、修改、废止地方性法规26件，其中制定9件、修改14件、废止3件。"
    "指导设区的市制定修改地方性法规8件。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  /* (the cities' own combined count, of the same value, is another fact) */
  g_assert_cmpuint (count_measure (document, "legislation", "enacted+amended+repealed"), ==, 1);
  g_assert_cmpstr (tally_scope (document, "legislation", "地方性法规26件"), ==, "municipal");
  assert_tally (document, "legislation", "制定9件", "enacted", 9);
  assert_tally (document, "legislation", "修改14件", "amended", 14);
  assert_tally (document, "legislation", "废止3件", "repealed", 3);

  /* (an autonomous region's congress naming itself in the summary) */
  {
    static const char region[] =
      "某某自治区人民代表大会常务委员会工作报告\n"
      "\n"
      "过去一年，自治区人大常委会在自治区党委坚强领导下，制定修改地方性法规17件。\n"
      "\n"
      "一、立法工作\n"
      "\n"
      "全年制定修改地方性法规17件，其中制定9件，修改8件。\n";
    g_autoptr(BaogaoDocument) second = analyze (region);

    g_assert_cmpuint (count_measure (second, "legislation", "enacted+amended"), ==, 0);
    assert_tally (second, "legislation", "制定9件", "enacted", 9);
  }
}

/* A count after 的 naming again the same count of an earlier sentence
 * of its paragraph, the same measure, in other figures too (２４件 …
 * 的24件法规中; 废止3件 … 废止了…的3件法规): no second row. Of another
 * measure it is a count of its own. */
static void
test_restated_after_de (void)
{
  static const char text[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "全年表决通过法规２４件。审议通过的24件法规中，制定、修改、废止的分别为7件、13件、4件。\n"
    "全年废止法规5件。同时，废止了与上位法不一致的5件法规。\n"
    "全年制定法规6件。此外，修改了与上位法不一致的6件法规。\n"
    "常委会全年废止地方性法规2件。各设区的市人大常委会废止了与上位法不一致的2件法规。\n"
    "全年表决通过法规7件，其中制定4件、修改3件。制定《某某省甲条例》《某某省乙条例》等4件法规。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  /* (the titles named after it, closed by 等: the same laws; 7件 of the
   * parts, 6件 and 4件) */
  g_assert_cmpuint (count_measure (document, "legislation", "enacted"), ==, 3);
  g_assert_cmpuint (count_measure (document, "legislation", "passed"), ==, 2);
  /* (4件 of the parts, 5件, and the province's and the cities' 2件) */
  g_assert_cmpuint (count_measure (document, "legislation", "repealed"), ==, 4);
  assert_tally (document, "legislation", "法规5件", "repealed", 5);
  assert_tally (document, "legislation", "的6件", "amended", 6);
}

/* A total said as the set its parts are in (在听取审议的16个报告中，…),
 * as with 其中: the parts of its measure are no rows */
static void
test_breakdown_of_set (void)
{
  static const char text[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "二、监督工作\n"
    "\n"
    "在听取审议的18个报告中，省政府报告13个，省监委、省法院、省检察院报告分别为1个、2个、2个。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "oversight", "18个报告", "work_reports", 18);
  g_assert_cmpuint (count_measure (document, "oversight", "work_reports"), ==, 1);
}

/* An elliptic clause after 其中 (其中2022年新建18个) reads the clause
 * before it: 其中 is not counted into its length */
static void
test_elliptic_part_with_year (void)
{
  static const char text[] =
    REPORT_HEAD ("市", "2023年1月10日", "十五", "二")
    "\n"
    "三、代表工作\n"
    "\n"
    "加强代表履职平台建设，全市建成人大代表之家、代表联络站２６４个，其中2022年新建２３个。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "representation", "２３个", "deputy_stations_added", 23);
}

/* A year named in a part after 其中 dates that part only: the clauses
 * after it are the sentence's frame's again (五年来…，其中2021年任免98人
 * 次；依法接受辞职14人) */
static void
test_year_of_closed_part (void)
{
  static const char text[] =
    REPORT_HEAD ("市", "2022年1月10日", "十五", "一")
    "\n"
    "三、代表工作\n"
    "\n"
    "五年来，共任免国家机关工作人员540人次，其中2021年任免87人次；依法接受辞职12人，补选市人大代表26名。\n"
    "五年来，常委会共制定、修改、废止地方性法规86件，其中2021年，制定7件、修改11件、废止3件。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);
  BaogaoAnnotation *a;

  SKIP_WITHOUT_PLUGINS (document);

  a = find_tally (document, "representation", "87人次");
  g_assert_nonnull (a);
  g_assert_null (baogao_annotation_get_string (a, "period"));
  a = find_tally (document, "representation", "12人");
  g_assert_nonnull (a);
  g_assert_cmpstr (baogao_annotation_get_string (a, "period"), ==, "term");
  a = find_tally (document, "representation", "26名");
  g_assert_nonnull (a);
  g_assert_cmpstr (baogao_annotation_get_string (a, "period"), ==, "term");
  /* (not a part up to a comma only: the year dates every part) */
  a = find_tally (document, "legislation", "修改11件");
  g_assert_nonnull (a);
  g_assert_null (baogao_annotation_get_string (a, "period"));
}

/* Deputies' suggestions called 意见, as some congresses name them: the
 * key ones (重点处理意见) and those taken up again */
static void
test_suggestions_called_opinions (void)
{
  static const char text[] =
    "某某市人民代表大会常务委员会工作报告\n"
    "\n"
    "三、代表工作\n"
    "\n"
    "选取涉及旧区改造、社区养老等重点处理意见共计19件，由常委会领导牵头督办。"
    "对代表不满意的6件意见进行再次研究办理。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "representation", "19件", "key_suggestions", 19);
  g_assert_cmpstr (measure_of_count (document, "6件"), ==, "suggestions_followed_up");
}

/* A clause longer than the window before a count, its verb first and a
 * list of places or bodies after it (审查批准贵阳市、遵义市等设区的市和…
 * 报批的法规、自治条例和单行条例共计31件): read up to its verb */
static void
test_long_list_before_count (void)
{
  static const char text[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "审查批准甲市、乙市、丙市等设区的市和东南、西南、西北三个自治州及十一个自治县报批的法规、自治条例和单行条例共计３７件。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "３７件"), ==, "approved");
}

/* A figures box's items split by bars (常委会会议７次｜主任会议１９次), and
 * a table's rows with the bar between label and count (执法检查｜３次):
 * each count its own item's words */
static void
test_box_bars (void)
{
  static const char text[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "【数说2024】常委会会议７次｜主任会议１９次｜审议法规草案１４件｜执法检查５次｜代表建议４８０件\n"
    "\n"
    "项目｜数量\n"
    "专题询问｜２次\n"
    "任免国家机关工作人员|４５人次\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "１４件"), ==, "deliberated");
  g_assert_cmpstr (measure_of_count (document, "５次"), ==, "law_inspections");
  g_assert_cmpstr (measure_of_count (document, "２次"), ==, "special_inquiries");
  g_assert_cmpstr (measure_of_count (document, "４５人次"), ==, "appointments");
}

/* A list said with 分别 whose items' own names hold a 、, joined by 和:
 * each count its item */
static void
test_respective_items_with_commas (void)
{
  static const char text[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "全年批准银川市、石嘴山市地方性法规和自治州、自治县单行条例分别为７件和１３件。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "７件"), ==, "approved");
  g_assert_cmpstr (measure_of_count (document, "１３件"), ==, "approved");
}

static void
test_review15_left_alone (void)
{
  static const char province[] =
    REPORT_HEAD ("省", "2023年1月10日", "十四", "一")
    "\n"
    "二、立法工作\n"
    "\n"
    "审查批准设区的市法规和自治州单行条例35件，其中单行条例7件，常委会还制定地方性法规9件。"
    "批准设区的市法规28件，其中制定14件、修改14件，同时打包修改省本级法规12件。批准设区的市法规20件（含重新制定3件）。"
    "审查批准设区的市报批的法规和自治县单行条例52件，其中设区的市制定法规22件、修改法规27件。"
    "修改法规13件，其中修订食品安全条例、旅游条例等7件，修正物业管理条例等6件。\n"
    "五年来，共制定法规45件。2022年，审议法规草案15件。累计清理法规31件。\n"
    "五年来，共审议法规草案80件。2022年，常委会首次开展专题询问。共开展执法检查30次。\n"
    "在每个县（市、区）设立基层立法联系点32个。常委会组成调研组赴5个市州开展调研，提出修改建议40条。\n"
    "\n"
    "三、监督工作\n"
    "\n"
    "全年听取和审议专项工作报告21个，2021年17个。\n"
    "\n"
    "四、代表工作\n"
    "\n"
    "邀请代表列席常委会会议180人次，组织常委会组成人员参与调研210人次。\n"
    "\n"
    "五、自身建设\n"
    "\n"
    "常委会着力加强监督工作，举办专题讲座4期。\n";
  g_autoptr(BaogaoDocument) document = analyze (province);
  BaogaoAnnotation *a;

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "legislation", "地方性法规9件", "enacted", 9);
  assert_tally (document, "legislation", "12件", "amended_in_package", 12);
  assert_no_tally_of_count (document, "14件");
  /* (修改 said of all the laws changed, then those revised and those
   * amended: the parts are each's, the total goes) */
  assert_tally (document, "legislation", "7件", "revised", 7);
  assert_tally (document, "legislation", "6件", "amended", 6);
  assert_no_tally_of_count (document, "13件");
  /* (the parts naming the cities as who acts are theirs too) */
  assert_tally (document, "legislation", "52件", "approved", 52);
  assert_no_tally_of_count (document, "22件");
  assert_no_tally_of_count (document, "27件");
  g_assert_cmpuint (count_measure (document, "legislation", "re_enacted"), ==, 0);
  a = find_tally (document, "legislation", "31件");
  g_assert_nonnull (a);
  g_assert_cmpstr (baogao_annotation_get_string (a, "period"), ==, "multi_year");
  a = find_tally (document, "oversight", "30次");
  g_assert_nonnull (a);
  g_assert_null (baogao_annotation_get_string (a, "period"));
  assert_tally (document, "legislation", "32个", "legislative_contact_points_added", 32);
  assert_no_tally_of_count (document, "40条");
  assert_tally (document, "oversight", "21个", "work_reports", 21);
  assert_no_tally_of_count (document, "17个");
  assert_no_tally_of_count (document, "210人次");
  assert_tally (document, "self_building", "4期", "lectures", 4);
}

/* Round-44 phrasings: a box of the year's figures set after the plans
 * (附：2024年区人大常委会履职数据一览) is about the year reported, not a
 * plan; a total broken down into parts of its measure in two domains
 * (开展调研36次，其中立法调研14次、监督调研22次). */
static void
test_round44_phrasings (void)
{
  BaogaoAnnotation *a;
  static const char district[] =
    REPORT_HEAD ("区", "2025年1月14日", "十八", "五")
    "\n"
    "一、2024年工作回顾\n"
    "\n"
    "常委会认真履行职责。就省人大常委会9件法规草案征求意见。\n"
    "\n"
    "二、2025年工作安排\n"
    "\n"
    "常委会将召开常委会会议10次。\n"
    "\n"
    "附：2024年区人大常委会履职数据一览\n"
    "召开常委会会议　11次\n"
    "开展执法检查　3次\n";
  static const char province[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "二、监督工作\n"
    "\n"
    "开展调研36次，其中立法调研14次、监督调研22次。\n"
    "回顾本届常委会五年的工作，共开展执法检查二十一次。\n"
    "\n"
    "四、代表工作\n"
    "\n"
    "新建全过程人民民主实践基地5个，全市实践基地达到31个。\n";
  g_autoptr(BaogaoDocument) document = analyze (district);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "self_building", "11次", "standing_committee_sessions", 11);
  assert_tally (document, "oversight", "3次", "law_inspections", 3);
  assert_no_tally_of_count (document, "10次");
  assert_tally (document, "legislation", "9件法规草案", "higher_drafts_commented", 9);

  /* (a total broken down into its measure's parts in two domains: the
   * parts are the tallies) */
  {
    g_autoptr(BaogaoDocument) second = analyze (province);

    assert_no_tally_of_count (second, "36次");
    assert_tally (second, "legislation", "14次", "investigations", 14);
    assert_tally (second, "oversight", "22次", "investigations", 22);
    /* (五年的工作: the term; the drafts of the congress above, named
     * before the count; practice bases named short) */
    a = find_tally (second, "oversight", "二十一次");
    g_assert_nonnull (a);
    g_assert_cmpstr (baogao_annotation_get_string (a, "period"), ==, "term");
    assert_tally (second, "representation", "31个", "democracy_practice_bases", 31);
  }
}

/* Round 47 of the probes: what was done about suggestions said beside
 * them, counts of other things near a measure's words, and parts in
 * another unit than their total's. */
static void
test_handling_and_other_nouns (void)
{
  static const char province[] =
    PROVINCE_2023
    "\n"
    "一、监督工作\n"
    "\n"
    "审计指出的217个问题中，已整改到位198个。执法检查报告共指出问题53个。"
    "对省政府任命的12名政府组成人员开展履职情况测评。"
    "开展跟踪监督5项，听取审议跟踪监督报告3个。对总投资12.6亿元的18个重点项目开展跟踪监督。"
    "全年受理群众信访事项1680件，其中来信1025件、来访655件；接待群众来访420批次1260人次。"
    "对2018年以来出台的规范性文件开展集中清理，共清理89件。\n"
    "\n"
    "二、代表工作\n"
    "\n"
    "对上届人大会议期间代表提出、仍在办理中的48件建议进行了跟踪督办。开展回访，回访建议120件。"
    "代表建议中已解决或列入计划解决的建议6164件。"
    "大会主席团决定将代表提出的9件议案列入大会议程，其余29件作为建议处理。"
    "另有7件议案经主席团决定作为建议处理。"
    "常委会组成人员走访联系代表1500余人次，听取代表意见建议2100余条。"
    "确认选举产生的45名代表当选无效，其代表资格终止。\n";
  g_autoptr(BaogaoDocument) document = analyze (province);

  SKIP_WITHOUT_PLUGINS (document);

  /* (motions handled as suggestions are no motions said) */
  assert_no_tally_of_count (document, "7件");

  /* problems pointed out are problems found */
  assert_tally (document, "oversight", "指出的217个问题", "problems_identified", 217);
  assert_tally (document, "oversight", "问题53个", "problems_identified", 53);
  /* officials appraised, named by who appointed them */
  assert_tally (document, "oversight", "12名政府组成人员开展履职情况测评", "officials_evaluated", 12);
  g_assert_cmpuint (count_measure (document, "representation", "appointments"), ==, 0);
  /* the reports on follow-ups heard are reports; projects followed are
   * no follow-ups of opinions */
  assert_tally (document, "oversight", "跟踪监督5项", "follow_up_supervisions", 5);
  assert_tally (document, "oversight", "跟踪监督报告3个", "work_reports", 3);
  assert_no_tally_of_count (document, "18个");
  /* visits in 批次 and 人次 are no parts of petitions in 件, whatever
   * they add up to */
  assert_tally (document, "oversight", "420批次", "petitions_received", 420);
  assert_tally (document, "oversight", "1260人次", "petitions_received", 1260);
  /* a clean-up of normative documents cleans up no laws */
  assert_no_tally_of_count (document, "89件");

  /* suggestions followed up, and those solved or planned, said with the
   * suggestions named */
  assert_tally (document, "representation", "48件建议进行了跟踪督办", "suggestions_followed_up", 48);
  assert_tally (document, "representation", "回访建议120件", "suggestions_followed_up", 120);
  assert_tally (document, "representation", "6164件", "suggestions_resolved+planned", 6164);
  /* motions handled as suggestions, and opinions heard on visits, are no
   * suggestions of the deputies */
  assert_no_tally_of_count (document, "29件");
  assert_no_tally_of_count (document, "2100余条");
  g_assert_cmpuint (count_measure (document, "representation", "suggestions"), ==, 0);
  /* an election made void ends mandates: no deputies elected */
  assert_tally (document, "representation", "45名代表当选无效", "terminations", 45);
  g_assert_cmpuint (count_measure (document, "representation", "deputies_elected"), ==, 0);
}

/* A time that qualifies the things counted (对近三年作出的15项…) is no
 * frame, but one that qualifies things counted later by another verb
 * (2018年以来出台的规范性文件…，共审查89件) is; 累计 speaks for no clause
 * that tells of what is new; the count
 * after the verb of motions accepted; laws sent up with the body above
 * unsaid; townships named after their kind (镇乡). */
static void
test_qualifying_times_and_orders (void)
{
  static const char city[] =
    REPORT_HEAD ("市", "2024年1月20日", "十七", "三")
    "\n"
    "一、立法工作\n"
    "\n"
    "全年报请批准法规4件。\n"
    "\n"
    "二、监督工作\n"
    "\n"
    "对近三年作出的15项审议意见开展跟踪监督。对近两年作出的１６项审议意见开展跟踪监督。"
    "指导各县（市、区）人大常委会开展执法检查46次。"
    "对2018年以来出台的规范性文件开展审查，共审查89件。近三年来，共开展专题询问6次。\n"
    "\n"
    "三、代表工作\n"
    "\n"
    "全市累计建成代表之家20个，新建代表联络站18个。代表提出议案4件，经大会主席团审议，列入会议议程1件。"
    "全区17个镇乡人大全年共组织代表视察调研86次。\n";
  g_autoptr(BaogaoDocument) document = analyze (city);
  BaogaoAnnotation *a;

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "legislation", "报请批准法规4件", "submitted_for_approval", 4);
  a = find_tally (document, "oversight", "15项审议意见开展跟踪监督");
  g_assert_nonnull (a);
  g_assert_null (baogao_annotation_get_string (a, "period"));
  /* (full-width digits too) */
  a = find_tally (document, "oversight", "１６项审议意见开展跟踪监督");
  g_assert_nonnull (a);
  g_assert_null (baogao_annotation_get_string (a, "period"));
  a = find_tally (document, "oversight", "执法检查46次");
  g_assert_nonnull (a);
  g_assert_null (baogao_annotation_get_string (a, "period"));
  /* (the things the time qualifies not counted there: a total of the
   * years, as 五年来制定的地方性法规达86件 is) */
  a = find_tally (document, "oversight", "89件");
  g_assert_nonnull (a);
  g_assert_cmpstr (baogao_annotation_get_string (a, "period"), ==, "multi_year");
  /* (a frame that is one: 近三年来，…) */
  a = find_tally (document, "oversight", "专题询问6次");
  g_assert_nonnull (a);
  g_assert_cmpstr (baogao_annotation_get_string (a, "period"), ==, "multi_year");

  a = find_tally (document, "representation", "20个");
  g_assert_nonnull (a);
  g_assert_cmpstr (baogao_annotation_get_string (a, "period"), ==, "multi_year");
  a = find_tally (document, "representation", "18个");
  g_assert_nonnull (a);
  g_assert_cmpstr (baogao_annotation_get_string (a, "measure"), ==, "deputy_stations_added");
  g_assert_null (baogao_annotation_get_string (a, "period"));
  assert_tally (document, "representation", "列入会议议程1件", "motions_accepted", 1);
  a = find_tally (document, "representation", "86次");
  g_assert_nonnull (a);
  g_assert_cmpstr (baogao_annotation_get_string (a, "scope"), ==, "township");
}

/* Rules of the work named after its steps are no bills but the
 * committee's own rules; package
 * decisions counted in 个 are no laws; the township chairs' class named
 * first speaks for the people trained after it, in any section; a rate
 * kept over years; the maker of a document named; the NPC's deputies
 * helped in their inspections. */
static void
test_steps_decisions_and_helpers (void)
{
  static const char province[] =
    PROVINCE_2023
    "\n"
    "一、立法工作\n"
    "\n"
    "出台法规起草、审议、立法协商等配套工作制度六项。审议法规草案12件。"
    "先后作出两个打包修改决定，一揽子修改法规12件。对其中与上位法不一致的9件作出打包修改决定。\n"
    "\n"
    "二、监督工作\n"
    "\n"
    "督促市政府修改了规范性文件3件。\n"
    "\n"
    "三、代表工作\n"
    "\n"
    "代表建议办结率连续五年保持100%。协助在省全国人大代表开展视察调研5次。"
    "制定修订常委会议事规则、代表议案处理办法等工作制度68项。\n"
    "\n"
    "四、自身建设\n"
    "\n"
    "举办乡镇人大主席、街道人大工委主任培训班1期，培训32人次。选派干部参加培训35人次。\n";
  g_autoptr(BaogaoDocument) document = analyze (province);

  SKIP_WITHOUT_PLUGINS (document);

  /* (the committee's own rules, said so: no bills) */
  g_assert_cmpstr (measure_of_count (document, "六项"), ==, "rules_made");
  assert_tally (document, "legislation", "审议法规草案12件", "deliberated", 12);
  assert_no_tally_of_count (document, "两个");
  assert_tally (document, "legislation", "一揽子修改法规12件", "amended_in_package", 12);
  assert_tally (document, "legislation", "9件作出打包修改", "amended_in_package", 9);
  assert_tally (document, "oversight", "规范性文件3件", "documents_corrected", 3);
  assert_tally (document, "representation", "100%", "completion_rate", 100);
  assert_tally (document, "representation", "视察调研5次", "npc_deputy_inspections", 5);
  g_assert_cmpuint (count_measure (document, "representation", "motions"), ==, 0);
  assert_tally (document, "representation", "培训32人次", "directors_trained", 32);
  assert_tally (document, "self_building", "培训35人次", "staff_trained", 35);
}

/* 全市人大代表 in a county-level city's report are its own; the
 * deputies' part in epidemic prevention, counted in 人次, whichever way
 * the count and the verb come. */
static void
test_own_city_and_campaigns (void)
{
  static const char city[] =
    "温岭市人民代表大会常务委员会工作报告\n"
    "——2022年1月10日在温岭市第十七届人民代表大会第一次会议上\n"
    "\n"
    "各位代表：\n"
    "\n"
    "一、代表工作\n"
    "\n"
    "全市人大代表提出建议238件。全市各级人大代表7.6万余人次参与卡口值守、物资转运等防控工作。"
    "全年累计参与疫情防控3.2万余人次。常委会机关干部参与疫情防控1200人次。\n";
  g_autoptr(BaogaoDocument) document = analyze (city);
  BaogaoAnnotation *a;

  SKIP_WITHOUT_PLUGINS (document);

  a = find_tally (document, "representation", "238件");
  g_assert_nonnull (a);
  g_assert_cmpstr (baogao_annotation_get_string (a, "scope"), ==, "county");
  assert_tally (document, "representation", "7.6万余人次参与卡口值守、物资转运等防控工作",
                "deputy_activity_participations", 76000);
  assert_tally (document, "representation", "3.2万余人次", "deputy_activity_participations", 32000);
  assert_no_tally_of_count (document, "1200人次");
}

/* A second list said with 分别 in the clause after the first, of as
 * many counts, is the same items': each share its item's. */
static void
test_second_respective_list (void)
{
  static const char province[] =
    PROVINCE_2023
    "\n"
    "一、代表工作\n"
    "\n"
    "已解决或部分解决、列入计划逐步解决、因条件限制需以后解决的分别为1103件、564件、249件，"
    "分别占57.6%、29.4%、13.0%。所提问题已解决的211件，正在解决和列入计划解决的156件，分别占46.0%和34.0%。\n";
  g_autoptr(BaogaoDocument) document = analyze (province);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "representation", "1103件", "suggestions_resolved", 1103);
  assert_tally (document, "representation", "57.6%", "resolution_rate", 57.6);
  assert_tally (document, "representation", "29.4%", "planned_share", 29.4);
  assert_tally (document, "representation", "13.0%", "deferred_share", 13.0);
  /* (the clauses before, each with its count, one with a 和 of its own) */
  assert_tally (document, "representation", "46.0%", "resolution_rate", 46.0);
  assert_tally (document, "representation", "34.0%", "planned_share", 34.0);
}

/* A plan whose verb comes after 将 and an adverbial (常委会将在…领导下,
 * whoever leads, 将坚持…) holds for the items that follow in its
 * sentence. */
static void
test_plans_after_adverbials (void)
{
  static const char province[] =
    PROVINCE_2023
    "\n"
    "一、监督工作\n"
    "\n"
    "全年开展专题询问2次。常委会将在省委领导下，重点做好以下工作：一是开展执法检查三次；二是听取审议专项工作报告二十个。"
    "常委会将坚持以人民为中心，组织代表视察5次。"
    "新的一年，常委会将在中共某省委员会的坚强领导下，开展专题调研4次。\n";
  g_autoptr(BaogaoDocument) document = analyze (province);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "oversight", "专题询问2次", "special_inquiries", 2);
  assert_no_tally_of_count (document, "三次");
  assert_no_tally_of_count (document, "二十个");
  assert_no_tally_of_count (document, "5次");
  /* (whatever the leading committee's name) */
  assert_no_tally_of_count (document, "4次");
}

/* Wordings from round 48 of the probes: cadres sent out (派出), deputies'
 * inspections in 批次, messages received at the stations, reception
 * days named first, bulletins named …简讯, motions on appointments that
 * are no bills, opinions on rectification made, the NPC's and the
 * province's drafts counted together, topics
 * taken wherever the leaders went. */
static void
test_round48_wordings (void)
{
  static const char county[] =
    REPORT_HEAD ("县", "2024年1月20日", "十八", "三")
    "\n"
    "一、坚持党的领导\n"
    "\n"
    "班子成员深入乡镇、园区领题调研16项。\n"
    "\n"
    "二、立法相关工作\n"
    "\n"
    "对全国人大常委会和省人大常委会征求意见的17件法律法规草案提出修改意见。审议通过人事任免案21件。\n"
    "\n"
    "三、监督工作\n"
    "\n"
    "发现问题37个，提出整改意见29条。\n"
    "\n"
    "四、代表工作\n"
    "\n"
    "组织代表视察调研21批次。代表通过网上联络站接收群众留言6800余条。"
    "各联络站坚持每月5日为选民接待日，全年共开展接待活动430余场次。\n"
    "\n"
    "五、自身建设\n"
    "\n"
    "先后派出驻村干部9名。编发《人大简讯》30期。\n";
  g_autoptr(BaogaoDocument) document = analyze (county);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "political", "领题调研16项", "research_topics", 16);
  assert_no_tally_of_count (document, "17件");
  assert_no_tally_of_count (document, "21件");
  assert_tally (document, "oversight", "提出整改意见29条", "opinions_made", 29);
  assert_tally (document, "representation", "视察调研21批次", "deputy_inspections", 21);
  assert_tally (document, "representation", "6800余条", "public_opinions_collected", 6800);
  assert_tally (document, "representation", "430余场次", "constituent_receptions", 430);
  assert_tally (document, "self_building", "驻村干部9名", "cadres_rotated", 9);
  assert_tally (document, "self_building", "30期", "newsletter_issues", 30);
}

/* The new and the upgraded stations counted together are neither; the
 * activities organised for deputies after their groups are counted are
 * no group activities. */
static void
test_stations_and_groups (void)
{
  static const char city[] =
    REPORT_HEAD ("市", "2024年1月20日", "十七", "三")
    "\n"
    "一、代表工作\n"
    "\n"
    "全市新建提升代表之家、代表联络站56个。提升改造代表之家8个。新建改建代表联络站140个。"
    "全市组建代表小组268个，组织代表开展“三进”活动1260余场次。"
    "确定提请市人代会票决的民生实事候选项目15件。市人代会票决产生民生实事项目10件。"
    "实现代表履职、预算监督、民生实事票决等12个场景上线运行。\n"
    "\n"
    "二、监督工作\n"
    "\n"
    "开展工作评议，向被评议部门反馈整改意见53条。对6个部门进行满意度测评，平均得票率为88.7%。"
    "全年形成审议意见书14份，并对其中5项审议意见的落实情况进行了跟踪检查。"
    "首次开展工作评议，选取市教育局、市住建局等7个部门作为评议对象。对两部法规草案各举行立法听证会1次。"
    "对市政府38个部门开展工作评议并进行满意度测评。\n";
  g_autoptr(BaogaoDocument) document = analyze (city);

  SKIP_WITHOUT_PLUGINS (document);

  assert_no_tally_of_count (document, "56个");
  assert_no_tally_of_count (document, "140个");
  /* (candidates put to a vote are none voted on, nor are an
   * application's features; the rectification opinions an appraisal sent
   * are opinions made) */
  assert_no_tally_of_count (document, "15件");
  assert_no_tally_of_count (document, "12个");
  assert_tally (document, "representation", "10件", "livelihood_projects_voted", 10);
  assert_tally (document, "oversight", "53条", "opinions_made", 53);
  assert_tally (document, "oversight", "88.7%", "evaluation_approval_rate", 88.7);
  /* (a part of another measure after 其中: the opinions followed up) */
  assert_tally (document, "oversight", "进行了跟踪检查", "follow_up_supervisions", 5);
  /* (the departments chosen as those appraised) */
  assert_tally (document, "oversight", "作为评议对象", "work_evaluations", 7);
  /* (a count for each of the things a count before it counted) */
  assert_no_tally_of_count (document, "1次");
  /* (departments appraised, then voted on: the appraisals) */
  g_assert_cmpstr (measure_of_count (document, "38个"), ==, "work_evaluations");
  assert_tally (document, "representation", "8个", "deputy_stations_upgraded", 8);
  assert_tally (document, "representation", "1260余场次", "deputy_activities", 1260);
}

/* The Party group named once as the subject of its meetings; the
 * questions before the verb of an inquiry, not the departments asked;
 * a plan said by 我们将. */
static void
test_subjects_questions_and_plans (void)
{
  static const char province[] =
    PROVINCE_2023
    "\n"
    "一、坚持党的领导\n"
    "\n"
    "常委会党组坚持民主集中制，全年共召开会议19次。\n"
    "\n"
    "二、监督工作\n"
    "\n"
    "14名常委会组成人员围绕21个问题进行询问。就大气污染防治向8个部门提出询问问题30个。\n"
    "\n"
    "三、自身建设\n"
    "\n"
    "新的一年，我们将举办人大制度理论研讨会2次。\n";
  g_autoptr(BaogaoDocument) document = analyze (province);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "political", "召开会议19次", "party_group_meetings", 19);
  assert_tally (document, "oversight", "21个问题进行询问", "inquiry_questions", 21);
  assert_tally (document, "oversight", "询问问题30个", "inquiry_questions", 30);
  assert_no_tally_of_count (document, "8个");
  assert_no_tally_of_count (document, "2次");
}

/* The NPC's deputies named as the subject stay the subject of a later
 * clause that opens with when or under whom (在全国人大会议期间提出…); a
 * body in such a phrase is no subject. A lower congress named as the
 * subject with its verb right after it is the subject of a later clause
 * though its first clause counts much (full-width digits too). */
static void
test_subjects_across_phrases (void)
{
  static const char province[] =
    PROVINCE_2023
    "\n"
    "一、代表工作\n"
    "\n"
    "在某全国人大代表依法履职，在全国人大会议期间提出建议61件。"
    "在某全国人大代表积极参与，在全国人大常委会组织下开展调研5次。"
    "省人大代表积极履职，在省人代会期间提出建议800件。\n"
    "\n"
    "二、监督工作\n"
    "\n"
    "各市人大常委会共开展执法检查４２次、专题询问１６次，听取审议专项工作报告１３０项。\n";
  g_autoptr(BaogaoDocument) document = analyze (province);
  BaogaoAnnotation *a;

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "representation", "61件", "npc_suggestions", 61);
  assert_tally (document, "representation", "调研5次", "npc_deputy_inspections", 5);
  assert_tally (document, "representation", "800件", "suggestions", 800);
  a = find_tally (document, "oversight", "１３０项");
  g_assert_nonnull (a);
  g_assert_cmpstr (baogao_annotation_get_string (a, "scope"), ==, "municipal");
}

/* Wordings from round 49 of the probes: drafts published, counted after
 * them; the laws a package touched; bills named once for a later item;
 * commenters who took part; a channel of proposals; comments of the
 * public received on drafts put out; suggestions re-handled, not yet
 * solved, turned from motions; classes written full-width, with a comma
 * in an item's brackets; the NPC's deputies after a time frame. */
static void
test_round49_wordings (void)
{
  static const char province[] =
    PROVINCE_2023
    "\n"
    "一、立法工作\n"
    "\n"
    "在人大网站上公布单行条例草案3件，征求社会各界意见。以打包方式修改法规两次，共涉及法规58件。"
    "对6件法规草案进行初次审议，对4件法规草案进行第二次审议，对3件进行第三次审议。"
    "通过公开征集、代表建议等渠道收集立法项目建议46件。"
    "将7件法规草案向社会公布征求意见，共收到群众意见4.8万余条。与某市人大常委会签署立法协同合作协议2项。\n"
    "\n"
    "二、代表工作\n"
    "\n"
    "对11件建议进行二次交办。对代表反映问题尚未解决的57件建议，督促承办单位再次研究办理。"
    "其余51件作为建议、批评和意见处理。在办理中与代表见面沟通的达到96%。"
    "代表提出建议586件，Ａ类（所提问题已经解决或采纳）、Ｂ类（正在解决或列入计划解决）、"
    "Ｃ类（因条件限制暂时不能解决，作出解释说明）分别为312件、201件、73件，分别占53.2%、34.3%、12.5%。"
    "在某全国人大代表认真履行职责，五年来在全国人代会上提出议案118件、建议1643件。\n";
  g_autoptr(BaogaoDocument) document = analyze (province);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "legislation", "草案3件", "drafts_published", 3);
  assert_tally (document, "legislation", "58件", "amended_in_package", 58);
  assert_tally (document, "legislation", "3件进行第三次审议", "deliberated", 3);
  assert_no_tally_of_count (document, "46件");
  assert_tally (document, "legislation", "4.8万余条", "public_comments", 48000);
  /* (cooperation agreed, in a section on legislation) */
  assert_tally (document, "self_building", "合作协议2项", "agreements", 2);
  assert_tally (document, "representation", "11件建议进行二次交办", "suggestions_followed_up", 11);
  /* (not new suggestions: those not yet solved, handled again, which the
   * clause after the count tells) */
  g_assert_cmpstr (measure_of_count (document, "57件"), ==, "suggestions_followed_up");
  assert_no_tally_of_count (document, "51件");
  assert_tally (document, "representation", "96%", "consultation_rate", 96);
  assert_tally (document, "representation", "312件", "suggestions_resolved", 312);
  assert_tally (document, "representation", "201件", "suggestions_planned", 201);
  assert_tally (document, "representation", "73件", "suggestions_deferred", 73);
  assert_tally (document, "representation", "53.2%", "resolution_rate", 53.2);
  assert_tally (document, "representation", "34.3%", "planned_share", 34.3);
  assert_tally (document, "representation", "12.5%", "deferred_share", 12.5);
  assert_tally (document, "representation", "议案118件", "npc_motions", 118);
  assert_tally (document, "representation", "建议1643件", "npc_suggestions", 1643);
}

/* In a part about the term, 全年 said in a clause speaks for the clauses
 * after it up to a semicolon. */
static void
test_year_said_mid_sentence (void)
{
  static const char province[] =
    REPORT_HEAD ("省", "2023年1月14日", "十四", "一")
    "\n"
    "各位代表：\n"
    "\n"
    "我受某某省第十三届人民代表大会常务委员会委托，向大会报告过去五年的工作，请予审议。\n"
    "\n"
    "一、坚持党的全面领导\n"
    "\n"
    "常委会党组把学习贯彻党的二十大精神作为首要政治任务，全年召开党组会议24次，研究重大事项93项；"
    "向省委请示报告重大事项131件。\n";
  g_autoptr(BaogaoDocument) document = analyze (province);
  BaogaoAnnotation *a;

  SKIP_WITHOUT_PLUGINS (document);

  a = find_tally (document, "political", "93项");
  g_assert_nonnull (a);
  g_assert_null (baogao_annotation_get_string (a, "period"));
  a = find_tally (document, "political", "131件");
  g_assert_nonnull (a);
  g_assert_cmpstr (baogao_annotation_get_string (a, "period"), ==, "term");
}

/* Wordings from round 50 of the probes: the consultative conference's
 * proposals and the discipline bodies' complaints are no congress's; the
 * government's rules repealed are no laws; practice bases named short;
 * a follow-up said 开展回访; towns and zones of township rank (区镇); a
 * 累计 reaching no clause with a subject of its own. */
static void
test_round50_wordings (void)
{
  static const char county[] =
    REPORT_HEAD ("县", "2025年1月10日", "十八", "五")
    "\n"
    "一、监督工作\n"
    "\n"
    "县监委报告，全县纪检监察机关全年受理信访举报1340件。"
    "据县政府报告，废止规范性文件和规章7件。各区镇人大全年开展执法检查18次。\n"
    "\n"
    "二、代表工作\n"
    "\n"
    "县政协全年立案提案352件。对15件建议开展回访。新建全过程人民民主基层实践点5个，累计建成实践点20个。"
    "全县累计建成代表联络站27个，代表通过联络站接待选民群众2100余人次。\n";
  g_autoptr(BaogaoDocument) document = analyze (county);
  BaogaoAnnotation *a;

  SKIP_WITHOUT_PLUGINS (document);

  assert_no_tally_of_count (document, "352件");
  assert_no_tally_of_count (document, "1340件");
  assert_no_tally_of_count (document, "7件");
  a = find_tally (document, "oversight", "18次");
  g_assert_nonnull (a);
  g_assert_cmpstr (baogao_annotation_get_string (a, "scope"), ==, "township");
  assert_tally (document, "representation", "15件建议开展回访", "suggestions_followed_up", 15);
  assert_tally (document, "representation", "20个", "democracy_practice_bases", 20);
  a = find_tally (document, "representation", "2100余人次");
  g_assert_nonnull (a);
  g_assert_null (baogao_annotation_get_string (a, "period"));
}

/* What the review of session 16 found the session's rules got wrong,
 * and a list numbered 1）2） in a long paragraph, which had hung the
 * reading of lists said with 分别. */
static void
test_review16_left_alone (void)
{
  static const char province[] =
    PROVINCE_2023
    "\n"
    "一、立法工作\n"
    "\n"
    "五年来制定的地方性法规达86件。审议通过地方性法规12件和人事任免事项。初审法规草案8件并全部向社会公开征求意见。"
    "一年来，常委会认真贯彻落实党中央和省委决策部署，紧紧围绕全省工作大局，依法履行宪法法律赋予的各项职责，"
    "重点抓了以下几方面工作：1）加强立法工作，坚持科学立法、民主立法、依法立法，不断提高立法质量和效率，"
    "广泛听取社会各界意见建议，统筹推进立改废释各项工作；2）审议和批准法规分别为13件、5件。\n"
    "\n"
    "二、监督工作\n"
    "\n"
    "常委会将在执法检查中发现的36个问题交由省政府研究处理。督促省政府及有关部门制定修改配套文件17件。\n"
    "\n"
    "三、代表工作\n"
    "\n"
    "代表围绕完善社会保障制度、优化营商环境等提出议案15件。承办单位见面沟通的建议满意率达到98.5%。"
    "组织群众参与志愿服务5000余人次。代表提出的520件建议已全部办复并逐一回访。今年全市建成代表联络站35个。\n";
  g_autoptr(BaogaoDocument) document = analyze (province);
  BaogaoAnnotation *a;

  SKIP_WITHOUT_PLUGINS (document);

  /* a total of the things made in the years, said after them */
  a = find_tally (document, "legislation", "86件");
  g_assert_nonnull (a);
  g_assert_cmpstr (baogao_annotation_get_string (a, "period"), ==, "term");
  assert_tally (document, "legislation", "12件", "passed", 12);
  assert_tally (document, "legislation", "8件", "deliberated", 8);
  assert_tally (document, "legislation", "13件", "deliberated", 13);
  assert_tally (document, "legislation", "5件", "approved", 5);
  /* 将 as 把 is no plan */
  assert_tally (document, "oversight", "36个问题", "problems_identified", 36);
  assert_no_tally_of_count (document, "17件");
  assert_tally (document, "representation", "议案15件", "motions", 15);
  assert_tally (document, "representation", "98.5%", "satisfaction_rate", 98.5);
  assert_no_tally_of_count (document, "5000余人次");
  assert_tally (document, "representation", "520件建议", "suggestions", 520);
  assert_tally (document, "representation", "35个", "deputy_stations_added", 35);
}

/* A count of people who act, before the verb whose objects a list
 * names: the later count is the objects' together, not the last item's
 * (300名代表提出议案和建议520件). */
static void
test_people_acting_on_listed_objects (void)
{
  static const char province[] =
    PROVINCE_2023
    "\n"
    "一、代表工作\n"
    "\n"
    "大会期间，312名代表提出建议和意见536件，已全部交由有关部门办理。"
    "省人大代表中的45名代表联名提出议案和建议83件。\n"
    "\n"
    "二、监督工作\n"
    "\n"
    "开展专题询问2次和专题调研6次。\n";
  g_autoptr(BaogaoDocument) document = analyze (province);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "representation", "536件", "suggestions", 536);
  assert_tally (document, "representation", "83件", "motions+suggestions", 83);
  /* (two counted items of one list, as before) */
  assert_tally (document, "oversight", "专题询问2次", "special_inquiries", 2);
  assert_tally (document, "oversight", "专题调研6次", "investigations", 6);
}

/* The laws counted, then the articles of them changed, the verb after
 * both (对12件法规的36个条款作出修改): the laws' count reads the verb;
 * the articles are no measure's. */
static void
test_articles_of_laws_counted (void)
{
  static const char province[] =
    PROVINCE_2023
    "\n"
    "一、立法工作\n"
    "\n"
    "常委会对12件地方性法规的36个条款作出修改。对7件法规中的19条予以修正。"
    "审议通过5件法规和12个决定，废止法规2件。常委会采取打包修改方式，对9件法规的23个条款作出修改。"
    "一并修改了4件法规中的11个条款。\n";
  g_autoptr(BaogaoDocument) document = analyze (province);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "12件"), ==, "amended");
  assert_no_tally_of_count (document, "36个");
  g_assert_cmpstr (measure_of_count (document, "7件"), ==, "amended");
  assert_no_tally_of_count (document, "19条");
  /* (two things listed are no laws and their articles) */
  g_assert_cmpstr (measure_of_count (document, "5件"), ==, "passed");
  /* (a package said in the sentence's first clause) */
  g_assert_cmpstr (measure_of_count (document, "9件"), ==, "amended_in_package");
  assert_no_tally_of_count (document, "23个");
  /* (the verb before the laws: as before) */
  g_assert_cmpstr (measure_of_count (document, "4件"), ==, "amended_in_package");
  assert_no_tally_of_count (document, "11个");
  assert_tally (document, "legislation", "废止法规2件", "repealed", 2);
}

/* The subject after a year and a lead-in clause (2023年，深入贯彻…学习
 * 教育，常委会党组召开专题会议，开展集体学习11次): both are passed over,
 * as either alone is. */
static void
test_subject_after_year_and_lead_in (void)
{
  static const char province[] =
    PROVINCE_2023
    "\n"
    "一、坚持党的全面领导\n"
    "\n"
    "2023年，深入贯彻中央八项规定精神学习教育，常委会党组召开专题会议，开展集体学习11次。"
    "今年以来，深入开展主题教育，常委会党组检视问题18个。\n"
    "\n"
    "二、加强自身建设\n"
    "\n"
    "按照省委统一部署，常委会党组扎实开展学习实践活动，查找突出问题16个。\n";
  g_autoptr(BaogaoDocument) document = analyze (province);
  const char *domain = NULL;

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "11次"), ==, "party_group_study_sessions");
  g_assert_cmpstr (measure_of_count (document, "18个"), ==, "problems_identified");
  /* (a lead-in with the numeral of a word, 统一, but no count: the
   * Party group after it is the subject, in a section on self-building
   * too) */
  g_assert_cmpstr (measure_of_count (document, "16个"), ==, "problems_identified");
  g_assert_nonnull (find_any_tally (document, "16个", &domain));
  g_assert_cmpstr (domain, ==, "political");
}

/* A part of a breakdown said again in a later sentence of its paragraph,
 * with the verb opening its clause (其中制定8件、修改12件、废止3件。……；
 * 废止3件与上位法不一致的地方性法规): one fact. */
static void
test_parts_said_again (void)
{
  static const char province[] =
    PROVINCE_2023
    "\n"
    "一、立法工作\n"
    "\n"
    "全年审议法规草案29件，表决通过23件，其中制定8件、修改12件、废止3件。"
    "制定某某省数据条例、促进新质生产力发展条例，修改某某省人口与计划生育条例；"
    "废止3件与上位法不一致、已不适应实际的地方性法规。"
    "审查批准设区的市法规15件。召开立法座谈会4次，召开论证会4次。\n"
    "\n"
    "在审查批准的１５件法规中，制定９件，修改６件。修改６件法规，落实上位法要求。\n";
  g_autoptr(BaogaoDocument) document = analyze (province);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpuint (count_measure (document, "legislation", "repealed"), ==, 1);
  g_assert_cmpuint (count_measure (document, "legislation", "enacted"), ==, 1);
  /* (…or the set said with 中: 在…的15件法规中，修改6件) */
  g_assert_cmpuint (count_measure (document, "legislation", "amended"), ==, 2);
  /* (no part: two facts of one measure, as before) */
  g_assert_cmpuint (count_measure (document, "legislation", "consultation_meetings"), ==, 2);
}

/* A decision passed in a section on legislation, named by its title's
 * words (审议通过关于…开展法治创新的决定1件): a legal decision, not a law
 * passed, nor the items of the meetings; in one on oversight, a
 * resolution, as before. */
static void
test_decisions_named_in_legislation (void)
{
  static const char city[] =
    REPORT_HEAD ("市", "2022年1月20日", "七", "二")
    "\n"
    "一、立法工作\n"
    "\n"
    "根据特区立法授权，审议通过关于在某某合作区开展法治创新的决定1件。"
    "审议通过关于加强生态环境保护的决定等决定3件。审议通过地方性法规和关于某某问题的决定共15件。\n"
    "\n"
    "二、监督工作\n"
    "\n"
    "听取审议市政府专项工作报告8个，作出关于加强水资源保护的决定2件。\n";
  g_autoptr(BaogaoDocument) document = analyze (city);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "1件"), ==, "decisions_made");
  g_assert_cmpstr (measure_of_count (document, "3件"), ==, "decisions_made");
  /* (laws and decisions counted together are no decisions) */
  assert_count_not_as (document, "15件", "decisions_made");
  g_assert_cmpstr (measure_of_count (document, "2件"), ==, "resolutions");
}

/* The people counted before the consultation on drafts they took part
 * in (有4.8万人次参与法规草案意见征集): commenters. */
static void
test_commenters_before_consultation (void)
{
  static const char province[] =
    PROVINCE_2023
    "\n"
    "一、立法工作\n"
    "\n"
    "全年有4.8万人次参与法规草案意见征集，提出意见建议9.6万余条。共有5200人次参与立法意见征集。"
    "组织代表300人次参与法规草案意见征集。\n";
  g_autoptr(BaogaoDocument) document = analyze (province);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "4.8万人次"), ==, "public_commenters");
  g_assert_cmpstr (measure_of_count (document, "5200人次"), ==, "public_commenters");
  g_assert_cmpstr (measure_of_count (document, "9.6万余条"), ==, "public_comments");
  /* (deputies are no public) */
  assert_count_not_as (document, "300人次", "public_commenters");
}

/* The deputies named in the sentence's first clause, the count opening
 * its own before the activity (全省各级人大代表积极投身脱贫攻坚，4.6万余
 * 人次参与…帮扶活动): their participations. */
static void
test_participations_after_deputies_clause (void)
{
  static const char province[] =
    PROVINCE_2023
    "\n"
    "一、代表工作\n"
    "\n"
    "全省各级人大代表积极投身脱贫攻坚，4.6万余人次参与“百企千村”等帮扶活动。"
    "全省各级人大代表积极投身乡村振兴，带动群众3.2万人次参与志愿服务活动。\n";
  g_autoptr(BaogaoDocument) document = analyze (province);
  BaogaoAnnotation *a;

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "4.6万余人次"), ==, "deputy_activity_participations");
  a = find_tally (document, "representation", "4.6万余人次");
  if (a == NULL)
    a = tally_of_count (document, "4.6万余人次", NULL);
  g_assert_cmpstr (baogao_annotation_get_string (a, "scope"), ==, "all_levels");
  assert_count_not_as (document, "3.2万人次", "deputy_activity_participations");
}

/* The voters' rating of the deputies who reported to them is no rate a
 * measure counts; the committee's rating of officials' reports is. */
static void
test_voters_ratings (void)
{
  static const char city[] =
    REPORT_HEAD ("市", "2021年1月20日", "十六", "五")
    "\n"
    "一、代表工作\n"
    "\n"
    "组织64名市人大代表向原选区选民述职，接受选民评议，测评满意率均在95%以上。\n"
    "\n"
    "二、监督工作\n"
    "\n"
    "对6名政府组成人员开展述职评议，测评满意率为96.5%。\n";
  g_autoptr(BaogaoDocument) document = analyze (city);

  SKIP_WITHOUT_PLUGINS (document);

  assert_no_tally_of_count (document, "95%以上");
  g_assert_cmpstr (measure_of_count (document, "96.5%"), ==, "evaluation_approval_rate");
}

/* A package counted, then its laws said again as amended in the same
 * sentence (…等十一件法规的决定，一次性修改法规十一件): one fact. */
static void
test_package_said_again (void)
{
  static const char city[] =
    REPORT_HEAD ("市", "2020年1月20日", "十五", "五")
    "\n"
    "一、立法工作\n"
    "\n"
    "通过关于修改《某某市甲条例》等十一件法规的决定，一次性修改法规十一件。修改法规4件。\n";
  static const char titled[] =
    REPORT_HEAD ("市", "2020年1月20日", "十五", "五")
    "\n"
    "一、立法工作\n"
    "\n"
    "审议通过《关于修改〈某某市乙条例〉等六件法规的决定》，一次性修改法规六件。\n";
  g_autoptr(BaogaoDocument) document = analyze (city);
  g_autoptr(BaogaoDocument) with_title = NULL;

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpuint (count_measure (document, "legislation", "amended_in_package"), ==, 1);
  /* (another sentence's amendments stay) */
  g_assert_cmpuint (count_measure (document, "legislation", "amended"), ==, 1);
  g_assert_cmpstr (measure_of_count (document, "4件"), ==, "amended");
  /* (the package in a title, said again outside it: one fact too) */
  with_title = analyze (titled);
  g_assert_cmpuint (count_measure (with_title, "legislation", "amended_in_package") +
                    count_measure (with_title, "legislation", "amended"), ==, 1);
}

/* Hearings and expert panels in a section on legislation are its
 * consultation meetings, whatever the sentence says they are on; a
 * panel in one on oversight is not. */
static void
test_hearings_in_legislation (void)
{
  static const char province[] =
    PROVINCE_2023
    "\n"
    "一、立法工作\n"
    "\n"
    "就民商事仲裁、离岛免税等重点法规召开论证会、听证会15次。召开听证会2次。\n"
    "\n"
    "二、监督工作\n"
    "\n"
    "围绕重大项目建设召开论证会3次。\n";
  g_autoptr(BaogaoDocument) document = analyze (province);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "15次"), ==, "consultation_meetings");
  g_assert_cmpstr (measure_of_count (document, "2次"), ==, "consultation_meetings");
  assert_count_not_as (document, "3次", "consultation_meetings");
}

/* A span of time in a clause that qualifies the laws counted (对2部实施
 * 满三年的…法规开展立法后评估): the words after it are the laws'; laws gone
 * through one by one (逐一梳理) are cleaned up. */
static void
test_laws_qualified_by_time (void)
{
  static const char province[] =
    PROVINCE_2023
    "\n"
    "一、立法工作\n"
    "\n"
    "对2部实施满三年的自贸港法规开展立法后评估。对3件施行10年以上的法规开展立法后评估。"
    "开展法规专项清理，对现行有效的196件省级地方性法规逐一梳理。\n";
  g_autoptr(BaogaoDocument) document = analyze (province);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "2部"), ==, "post_legislative_evaluations");
  g_assert_cmpstr (measure_of_count (document, "3件"), ==, "post_legislative_evaluations");
  assert_no_tally_of_count (document, "三年");
  g_assert_cmpstr (measure_of_count (document, "196件"), ==, "cleaned_up");
}

/* The deputies named in the sentence's first clause, their special
 * oversight counted in a later one (组织代表视察3次，开展专项监督5次). */
static void
test_deputies_oversight_after_comma (void)
{
  static const char county[] =
    REPORT_HEAD ("县", "2020年1月10日", "十八", "五")
    "\n"
    "一、代表工作\n"
    "\n"
    "组织代表视察3次，开展专项监督5次，参与代表260人次。\n";
  g_autoptr(BaogaoDocument) document = analyze (county);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "3次"), ==, "deputy_inspections");
  g_assert_cmpstr (measure_of_count (document, "5次"), ==, "deputy_oversight_activities");
}

/* Provinces and provincial-level cities acting together (川渝两省市人大常
 * 委会, 长三角三省一市人大常委会) are of the provinces' level. */
static void
test_provinces_and_cities_together (void)
{
  static const char province[] =
    PROVINCE_2023
    "\n"
    "一、立法工作\n"
    "\n"
    "川渝两省市人大常委会协同制定法规4件。长三角三省一市人大常委会联合开展执法检查2次。"
    "深圳市人大常委会制定经济特区法规12件。\n";
  g_autoptr(BaogaoDocument) document = analyze (province);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (baogao_annotation_get_string (tally_of_count (document, "4件", NULL), "scope"), ==, "provincial");
  g_assert_cmpstr (baogao_annotation_get_string (tally_of_count (document, "2次", NULL), "scope"), ==, "provincial");
  g_assert_cmpstr (baogao_annotation_get_string (tally_of_count (document, "12件", NULL), "scope"), ==, "municipal");
}

/* What a term's last report proposes to the next committee, outside a
 * section of plans (建议新一届常委会在任期内制定地方性法规10件以上), is a
 * plan. */
static void
test_proposals_to_next_committee (void)
{
  static const char city[] =
    REPORT_HEAD ("市", "2017年1月10日", "十五", "一")
    "\n"
    "一、过去五年的主要工作\n"
    "\n"
    "五年来，共制定地方性法规6件。\n"
    "\n"
    "各位代表，建议新一届常委会在任期内制定地方性法规10件以上，开展执法检查20次。\n";
  g_autoptr(BaogaoDocument) document = analyze (city);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "6件"), ==, "enacted");
  assert_no_tally_of_count (document, "10件以上");
  assert_no_tally_of_count (document, "20次");
}

/* Stations and contact points newly set up said 新成立 are the year's
 * new ones, not the stock. */
static void
test_set_up_said_newly_founded (void)
{
  static const char city[] =
    REPORT_HEAD ("市", "2024年1月20日", "十六", "三")
    "\n"
    "一、代表工作\n"
    "\n"
    "新成立代表联络站二十四个，全市代表联络站总数达到312个。\n"
    "\n"
    "二、立法工作\n"
    "\n"
    "新成立基层立法联系点5个。\n";
  g_autoptr(BaogaoDocument) document = analyze (city);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "二十四个"), ==, "deputy_stations_added");
  g_assert_cmpstr (measure_of_count (document, "312个"), ==, "deputy_stations");
  g_assert_cmpstr (measure_of_count (document, "5个"), ==, "legislative_contact_points_added");
}

/* A list of activities of several measures closed by 等活动 before its
 * count totals them: no row (开展执法检查、专题调研、视察等活动46项);
 * deputies taking part in such a list are their participations. */
static void
test_activities_listed_and_totalled (void)
{
  static const char city[] =
    REPORT_HEAD ("市", "2024年1月20日", "十六", "三")
    "\n"
    "一、监督工作\n"
    "\n"
    "组织开展执法检查、专题调研、视察等活动46项。开展专题调研、执法检查等监督活动31次。"
    "开展执法检查4次。\n"
    "\n"
    "二、代表工作\n"
    "\n"
    "组织代表参加执法检查、专题调研等活动820人次。\n";
  g_autoptr(BaogaoDocument) document = analyze (city);

  SKIP_WITHOUT_PLUGINS (document);

  assert_no_tally_of_count (document, "46项");
  assert_no_tally_of_count (document, "31次");
  g_assert_cmpstr (measure_of_count (document, "4次"), ==, "law_inspections");
  g_assert_cmpstr (measure_of_count (document, "820人次"), ==, "deputy_research_participations");
}

/* A count of subdistricts' working committees (43个街道工委) counts the
 * bodies, not the stations they run. */
static void
test_subdistrict_committees_counted (void)
{
  static const char district[] =
    "北京市某某区人民代表大会常务委员会工作报告\n"
    "——2024年1月10日在北京市某某区第十七届人民代表大会第三次会议上\n"
    "\n"
    "一、代表工作\n"
    "\n"
    "全区43个街道工委依托代表之家，组织代表开展接待活动1100余场次。全区建成代表之家43个。\n";
  g_autoptr(BaogaoDocument) document = analyze (district);

  SKIP_WITHOUT_PLUGINS (document);

  /* (the stations' own count, in the next sentence, only) */
  g_assert_cmpuint (count_measure (document, "representation", "deputy_stations"), ==, 1);
}

/* The officials counted first, reporting on their work to the committee
 * (3名区政府组成人员向常委会述职; 听取3名…履职情况报告并开展评议): the
 * officials appraised; deputies reporting to their voters are not. */
static void
test_officials_reporting_counted_first (void)
{
  static const char district[] =
    "上海市某某区人民代表大会常务委员会工作报告\n"
    "——2023年1月10日在上海市某某区第十八届人民代表大会第一次会议上\n"
    "\n"
    "一、监督工作\n"
    "\n"
    "3名区政府组成人员向常委会述职，常委会对其开展履职评议。听取4名区政府组成部门负责人履职情况报告并开展评议。\n"
    "\n"
    "二、代表工作\n"
    "\n"
    "组织56名区人大代表向选民述职。\n";
  g_autoptr(BaogaoDocument) document = analyze (district);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "3名"), ==, "officials_evaluated");
  g_assert_cmpstr (measure_of_count (document, "4名"), ==, "officials_evaluated");
  assert_count_not_as (document, "56名", "officials_evaluated");
}

/* Suggestions said in other orders: fronted with 对 after a clause that
 * qualifies them (对12件办理不到位的建议，常委会进行了二次交办), chosen
 * before the count (评选出15件优秀代表建议), and Shanghai's 书面意见 singled
 * out (领衔督办重点书面意见6件). */
static void
test_suggestions_in_other_orders (void)
{
  static const char city[] =
    REPORT_HEAD ("市", "2019年1月10日", "十七", "三")
    "\n"
    "一、代表工作\n"
    "\n"
    "代表提出建议612件。对12件办理不到位的建议，常委会进行了二次交办。常委会还首次评选出15件优秀代表建议。"
    "常委会主任会议成员领衔督办重点书面意见6件。\n";
  g_autoptr(BaogaoDocument) document = analyze (city);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "612件"), ==, "suggestions");
  g_assert_cmpstr (measure_of_count (document, "12件"), ==, "suggestions_followed_up");
  g_assert_cmpstr (measure_of_count (document, "15件"), ==, "excellent_suggestions");
  g_assert_cmpstr (measure_of_count (document, "6件"), ==, "key_suggestions");
}

/* Things named short after their full name in an earlier clause (全市实
 * 践点总数达到86个), and questions the committee's members put after an
 * inspection and an inquiry in one sentence. */
static void
test_short_names_and_members_questions (void)
{
  static const char city[] =
    REPORT_HEAD ("市", "2025年1月10日", "十七", "五")
    "\n"
    "一、监督工作\n"
    "\n"
    "开展执法检查5次，开展专题询问2次，常委会组成人员现场提出问题23个。\n"
    "\n"
    "二、代表工作\n"
    "\n"
    "常委会新建代表联络站15个，新建全过程人民民主基层实践点12个，全市实践点总数达到86个。"
    "全市代表联络站总数达到312个。\n";
  g_autoptr(BaogaoDocument) document = analyze (city);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "23个"), ==, "inquiry_questions");
  g_assert_cmpstr (measure_of_count (document, "86个"), ==, "democracy_practice_bases");
  g_assert_cmpstr (measure_of_count (document, "312个"), ==, "deputy_stations");
}

/* A list of verbs longer than a combined key's, a verb no key joins
 * after them (制定、修改、批准地方性法规和单行条例47件), is no row; the
 * keys' own lists stay. */
static void
test_verbs_beyond_combined_keys (void)
{
  static const char province[] =
    PROVINCE_2023
    "\n"
    "一、立法工作\n"
    "\n"
    "五年来，共制定、修改、批准地方性法规和单行条例47件。制定、修改地方性法规12件。"
    "制定、修改、废止、批准地方性法规30件。\n";
  g_autoptr(BaogaoDocument) document = analyze (province);

  SKIP_WITHOUT_PLUGINS (document);

  assert_no_tally_of_count (document, "47件");
  g_assert_cmpstr (measure_of_count (document, "12件"), ==, "enacted+amended");
  g_assert_cmpstr (measure_of_count (document, "30件"), ==, "enacted+amended+repealed+approved");
}

/* The practical deeds a Party campaign or the Party group took on are
 * political in a section on self-building too. */
static void
test_campaign_deeds_in_self_building (void)
{
  static const char province[] =
    PROVINCE_2023
    "\n"
    "一、坚持党的领导\n"
    "\n"
    "常委会党组召开会议20次。\n"
    "\n"
    "二、立法工作\n"
    "\n"
    "制定法规5件。\n"
    "\n"
    "三、加强自身建设\n"
    "\n"
    "2021年开展党史学习教育，常委会党组确定为民办实事项目12件。\n";
  g_autoptr(BaogaoDocument) document = analyze (province);
  const char *domain = NULL;

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "12件"), ==, "livelihood_projects");
  g_assert_nonnull (find_any_tally (document, "12件", &domain));
  g_assert_cmpstr (domain, ==, "political");
}

/* A resolution named by its title after 其中 is a part of the
 * resolutions, not the budget adjustment its title names; the adjustment
 * said as such is one. */
static void
test_resolution_titled_as_part (void)
{
  static const char county[] =
    REPORT_HEAD ("县", "2023年1月10日", "十八", "二")
    "\n"
    "一、监督工作\n"
    "\n"
    "全年作出决议决定9项，其中关于批准县级预算调整方案的决议1项。审查批准县级预算调整方案1次。\n"
    "\n"
    "二、其他工作\n"
    "\n"
    "作出关于批准增发国债和县级预算调整方案的决议2项。\n";
  g_autoptr(BaogaoDocument) document = analyze (county);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "9项"), ==, "resolutions");
  assert_no_tally_of_count (document, "1项");
  g_assert_cmpstr (measure_of_count (document, "1次"), ==, "budget_adjustments_approved");
  /* (a resolution said alone is the approval) */
  g_assert_cmpstr (measure_of_count (document, "2项"), ==, "budget_adjustments_approved");
}

/* The comments a district's committee put on its city's drafts are no
 * public comments it collected. */
static void
test_comments_on_city_drafts (void)
{
  static const char district[] =
    "杭州市某某区人民代表大会常务委员会工作报告\n"
    "——2025年1月10日在杭州市某某区第十七届人民代表大会第五次会议上\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "就杭州市人大常委会征求意见的7件法规草案提出意见建议83条。"
    "依托基层立法联系点，就市人大常委会征求意见的11件法规草案收集意见建议320条。"
    "对省人大常委会征求意见的6件法规草案认真研究，向省人大常委会反馈意见18条。\n";
  g_autoptr(BaogaoDocument) document = analyze (district);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "7件"), ==, "higher_drafts_commented");
  assert_count_not_as (document, "83条", "public_comments");
  /* (those collected from the public on them are) */
  g_assert_cmpstr (measure_of_count (document, "320条"), ==, "public_comments");
  /* (nor those fed back to the congress above, in a clause of their own) */
  assert_count_not_as (document, "18条", "public_comments");
}

/* Deputies taking part in a city's campaigns of local governance (接诉即
 * 办, 社区治理) are participations, as in epidemic prevention. */
static void
test_participations_in_local_governance (void)
{
  static const char district[] =
    "北京市某某区人民代表大会常务委员会工作报告\n"
    "——2024年1月10日在北京市某某区第十七届人民代表大会第三次会议上\n"
    "\n"
    "一、代表工作\n"
    "\n"
    "全区区、乡镇两级人大代表参与接诉即办“吹哨报到”和社区治理2.3万人次。\n";
  g_autoptr(BaogaoDocument) document = analyze (district);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "2.3万人次"), ==, "deputy_activity_participations");
}

/* A total whose words join the kinds it counts, broken down into parts
 * of two measures, is none; a total broken down into kinds within its
 * measure stays. */
static void
test_total_of_several_measures (void)
{
  static const char district[] =
    "上海市某某区人民代表大会常务委员会工作报告\n"
    "——2023年1月10日在上海市某某区第十八届人民代表大会第一次会议上\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "完成全国人大常委会法工委和市人大常委会的法律法规草案意见征询任务19件，其中法律草案7件、地方性法规草案12件。\n"
    "\n"
    "二、监督工作\n"
    "\n"
    "备案审查规范性文件228件，其中主动审查215件、依申请审查13件。\n";
  g_autoptr(BaogaoDocument) document = analyze (district);

  SKIP_WITHOUT_PLUGINS (document);

  assert_no_tally_of_count (document, "19件");
  g_assert_cmpstr (measure_of_count (document, "7件"), ==, "national_drafts_commented");
  g_assert_cmpstr (measure_of_count (document, "12件"), ==, "higher_drafts_commented");
  g_assert_cmpstr (measure_of_count (document, "228件"), ==, "normative_documents_reviewed");
}

/* A count said as the predicate of its own clause, the clause before
 * naming what it counts (审议的法规案，数量达到34件; 决议、决定，全年共计
 * 为11项; 跟踪监督，开展了6项; 已经解决或者列入计划解决的，有651件); not
 * a time frame alone (…，先后3次向…征求意见), nor a part of a set the
 * clause before names (上述执法检查中，有2次…). */
static void
test_counts_as_predicates (void)
{
  static const char province[] =
    PROVINCE_2023
    "\n"
    "一、立法工作\n"
    "\n"
    "审议的法规案，数量达到34件。座谈会、论证会、听证会，共计为46场。报请国务院批准的，全年为7件。"
    "重新制定边境管理条例，深入开展立法调研，先后3次向有关部门征求意见。\n"
    "\n"
    "二、监督工作\n"
    "\n"
    "专题询问围绕营商环境进行，次数为2次。作出的决议、决定，全年共计为11项。跟踪监督，开展了6项。"
    "人民群众的来信，常委会全年受理1804件。审查建议，全年收到的为12件。开展执法检查5次。上述执法检查中，有2次与全国人大常委会联动开展。\n"
    "\n"
    "三、代表工作\n"
    "\n"
    "代表提出建议812件。已经解决或者列入计划解决的，有651件。代表集中视察，全年组织的为4次。\n";
  g_autoptr(BaogaoDocument) document = analyze (province);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "34件"), ==, "deliberated");
  g_assert_cmpstr (measure_of_count (document, "46场"), ==, "consultation_meetings");
  g_assert_cmpstr (measure_of_count (document, "2次"), ==, "special_inquiries");
  g_assert_cmpstr (measure_of_count (document, "11项"), ==, "resolutions");
  g_assert_cmpstr (measure_of_count (document, "6项"), ==, "follow_up_supervisions");
  g_assert_cmpstr (measure_of_count (document, "1804件"), ==, "petitions_received");
  g_assert_cmpstr (measure_of_count (document, "12件"), ==, "review_requests");
  g_assert_cmpstr (measure_of_count (document, "651件"), ==, "suggestions_resolved+planned");
  g_assert_cmpstr (measure_of_count (document, "4次"), ==, "deputy_inspections");
  assert_no_tally_of_count (document, "3次");
  g_assert_cmpuint (count_measure (document, "oversight", "law_inspections"), ==, 1);
}

/* A count totalled in brackets right after its noun (专项工作报告（共计
 * 16个）) reads the words before the bracket, as one with 共 does. */
static void
test_totals_in_brackets (void)
{
  static const char province[] =
    PROVINCE_2023
    "\n"
    "一、监督工作\n"
    "\n"
    "听取和审议专项工作报告（共计16个），推动问题解决。开展执法检查（合计31次），覆盖全部市州。\n";
  g_autoptr(BaogaoDocument) document = analyze (province);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "16个"), ==, "work_reports");
  g_assert_cmpstr (measure_of_count (document, "31次"), ==, "law_inspections");
}

/* What a campaign that opens the sentence found, the measures it drew up
 * and what it put right are political in a section on self-building,
 * all three. */
static void
test_campaign_findings_all_political (void)
{
  static const char city[] =
    REPORT_HEAD ("市", "2024年1月10日", "十六", "四")
    "\n"
    "一、2023年主要工作\n"
    "\n"
    "（一）坚持立法为民\n"
    "\n"
    "制定法规3件。\n"
    "\n"
    "（二）坚持代表主体地位\n"
    "\n"
    "代表提出建议326件。\n"
    "\n"
    "（三）坚持从严从实，以自身建设提升履职能力\n"
    "\n"
    "扎实开展主题教育，检视问题十八个，制定整改措施四十六条，已完成整改四十三条。新招录公务员四名。\n";
  g_autoptr(BaogaoDocument) document = analyze (city);
  const char *domain = NULL;

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_nonnull (find_any_tally (document, "十八个", &domain));
  g_assert_cmpstr (domain, ==, "political");
  g_assert_nonnull (find_any_tally (document, "四十六条", &domain));
  g_assert_cmpstr (domain, ==, "political");
  g_assert_cmpstr (measure_of_count (document, "四十三条"), ==, "problems_rectified");
  g_assert_nonnull (find_any_tally (document, "四十三条", &domain));
  g_assert_cmpstr (domain, ==, "political");
}

/* Parts after 其中 in units of another kind that add up to their total
 * (1046件次，其中来信617件、来访429批次) are parts; those that do not
 * (1260件次，其中接待来访312批次、1023人次) count on their own. */
static void
test_parts_in_other_units_adding_up (void)
{
  static const char city[] =
    REPORT_HEAD ("市", "2013年1月10日", "十五", "二")
    "\n"
    "一、监督工作\n"
    "\n"
    "共受理群众来信来访1046件次，其中来信617件，来访429批次。"
    "受理来信来访1260件次，其中接待来访312批次、1023人次。\n";
  g_autoptr(BaogaoDocument) document = analyze (city);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "1046件次"), ==, "petitions_received");
  assert_no_tally_of_count (document, "429批次");
  g_assert_cmpstr (measure_of_count (document, "312批次"), ==, "petitions_received");
}

/* 分别 before the verb, the items after it joined by 和, then the counts
 * (分别开展执法检查和专题询问五次、两次): each count its item's. */
static void
test_respectively_before_items_joined_by_and (void)
{
  static const char city[] =
    REPORT_HEAD ("市", "2024年1月10日", "十六", "四")
    "\n"
    "一、立法工作\n"
    "\n"
    "分别开展立法调研和立法协商十二次、三次。\n"
    "\n"
    "二、监督工作\n"
    "\n"
    "分别开展执法检查和专题询问五次、两次。\n";
  g_autoptr(BaogaoDocument) document = analyze (city);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "十二次"), ==, "investigations");
  g_assert_cmpstr (measure_of_count (document, "三次"), ==, "consultation_meetings");
  g_assert_cmpstr (measure_of_count (document, "五次"), ==, "law_inspections");
  g_assert_cmpstr (measure_of_count (document, "两次"), ==, "special_inquiries");
}

/* The whole region guided, no level named (指导全省建成代表之家、代表联
 * 络站一万余个): every level's work, not the level below's. */
static void
test_whole_region_guided (void)
{
  static const char province[] =
    PROVINCE_2023
    "\n"
    "一、代表工作\n"
    "\n"
    "指导全省建成代表之家、代表联络站一万余个。指导市县人大常委会开展执法检查86次。\n";
  g_autoptr(BaogaoDocument) document = analyze (province);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (baogao_annotation_get_string (tally_of_count (document, "一万余个", NULL), "scope"), ==, "all_levels");
  /* (the congresses guided named: theirs) */
  g_assert_cmpstr (baogao_annotation_get_string (tally_of_count (document, "86次", NULL), "scope"), !=, "all_levels");
}

/* A share said in tenths (成) to date is the year's, as one in % is. */
static void
test_shares_in_tenths_to_date (void)
{
  static const char county[] =
    REPORT_HEAD ("县", "2025年1月10日", "十八", "五")
    "\n"
    "一、代表工作\n"
    "\n"
    "代表提出建议180件。截至目前，因条件限制需以后解决的三十六件，占近两成。\n";
  g_autoptr(BaogaoDocument) document = analyze (county);
  BaogaoAnnotation *a;

  SKIP_WITHOUT_PLUGINS (document);

  a = tally_of_count (document, "近两成", NULL);
  g_assert_nonnull (a);
  g_assert_null (baogao_annotation_get_string (a, "period"));
}

/* The rules of the committee's work with deputies are rules it made,
 * named so or in a list of its rules (…、代表建议办理工作办法等工作制度26
 * 项). */
static void
test_rules_of_work_with_deputies (void)
{
  static const char county[] =
    REPORT_HEAD ("县", "2024年1月10日", "十八", "四")
    "\n"
    "一、代表工作\n"
    "\n"
    "制定代表工作制度5项。\n"
    "\n"
    "二、自身建设\n"
    "\n"
    "制定修订常委会议事规则、主任会议议事规则、代表建议办理工作办法等工作制度26项。\n";
  g_autoptr(BaogaoDocument) document = analyze (county);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "5项"), ==, "rules_made");
  g_assert_cmpstr (measure_of_count (document, "26项"), ==, "rules_made");
}

/* Titles closed by 等 and their kind before the count read the verb
 * before the titles, however long (研究制定了《…》《…》等立法工作制度5
 * 项); law-making rules are rules made in a section on legislation. */
static void
test_titles_closed_by_kind (void)
{
  static const char city[] =
    REPORT_HEAD ("市", "2016年1月10日", "七", "五")
    "\n"
    "一、立法工作\n"
    "\n"
    "研究制定了《某某市人大常委会制定地方性法规程序规定》《某某市人大常委会法规草案起草工作规范》等立法工作制度5项。"
    "制定了《某某市人大常委会立法技术规范》等立法制度4项。\n";
  g_autoptr(BaogaoDocument) document = analyze (city);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "5项"), ==, "rules_made");
  g_assert_cmpstr (measure_of_count (document, "4项"), ==, "rules_made");
}

/* What a clean-up proposed (提出修改2件、废止1件的建议) is no law
 * amended; the projects a plan set out, the ones done counted after them
 * in the clause (确定的5件正式项目完成了4件), are none done. */
static void
test_proposed_and_planned_not_done (void)
{
  static const char city[] =
    REPORT_HEAD ("市", "2012年1月10日", "十三", "二")
    "\n"
    "一、立法工作\n"
    "\n"
    "对现行有效的36件地方性法规进行了全面清理，提出修改2件、废止1件的建议。"
    "年度立法计划确定的5件正式项目完成了4件。\n";
  g_autoptr(BaogaoDocument) document = analyze (city);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "36件"), ==, "cleaned_up");
  assert_no_tally_of_count (document, "2件");
  assert_no_tally_of_count (document, "5件");
  g_assert_cmpstr (measure_of_count (document, "4件"), ==, "plan_projects_completed");
}

/* A count opening a clause that says again some of the things an
 * earlier count counted (立案3件。…，3件议案均已办理完毕) is no second
 * row of the whole's measure. */
static void
test_some_of_them_said_again (void)
{
  static const char city[] =
    REPORT_HEAD ("市", "2013年1月10日", "十五", "二")
    "\n"
    "一、代表工作\n"
    "\n"
    "代表提出议案16件，经大会主席团审议，立案3件。常委会对议案办理情况进行了专项检查，3件议案均已办理完毕。\n";
  g_autoptr(BaogaoDocument) document = analyze (city);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpuint (count_measure (document, "representation", "motions"), ==, 1);
  g_assert_cmpuint (count_measure (document, "representation", "motions_accepted"), ==, 1);
}

/* The townships' votes named first, then the county's own projects of
 * its level after a semicolon: the county's. */
static void
test_own_level_after_townships (void)
{
  static const char county[] =
    REPORT_HEAD ("县", "2025年1月10日", "十八", "五")
    "\n"
    "一、代表工作\n"
    "\n"
    "全县各乡镇（街道）人大共票决民生实事项目112件；县十八届人大四次会议票决产生县级民生实事项目10件。\n";
  g_autoptr(BaogaoDocument) document = analyze (county);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (baogao_annotation_get_string (tally_of_count (document, "112件", NULL), "scope"), ==, "township");
  g_assert_cmpstr (baogao_annotation_get_string (tally_of_count (document, "10件", NULL), "scope"), ==, "county");
}

/* 累计 said of the group of one of the year's inspections totals its own
 * steps: the year's, not a total of years. */
static void
test_inspection_group_totals (void)
{
  static const char county[] =
    REPORT_HEAD ("县", "2025年1月10日", "十八", "五")
    "\n"
    "一、监督工作\n"
    "\n"
    "开展食品安全法执法检查，检查组累计走访乡镇和单位40余个，召开座谈会8场，向县政府提出意见建议26条。\n";
  g_autoptr(BaogaoDocument) document = analyze (county);
  BaogaoAnnotation *a;

  SKIP_WITHOUT_PLUGINS (document);

  a = tally_of_count (document, "26条", NULL);
  g_assert_nonnull (a);
  g_assert_null (baogao_annotation_get_string (a, "period"));
}

/* The thing named first, then its count after a frame of time (…，五年间
 * 共进行了四十六次; …，一年中有十九个; …，本届举办过三次; …，全年十次):
 * the count reads the clause before; a span said as a frame (五年间) is
 * no count bounding it. */
static void
test_counts_after_frames (void)
{
  static const char province[] =
    REPORT_HEAD ("省", "2018年1月25日", "十三", "一")
    "\n"
    "一、过去五年的主要工作\n"
    "\n"
    "（一）坚持党的领导\n"
    "\n"
    "党组理论学习中心组的集中学习，五年间共进行了四十六次。\n"
    "\n"
    "（二）监督工作\n"
    "\n"
    "专题询问，五年间开展了七次。听取和审议的专项工作报告，一年中有十九个。\n"
    "\n"
    "（三）自身建设\n"
    "\n"
    "人大制度理论研讨会，本届举办过三次。机关集体学法，全年十次。\n"
    "\n"
    "二、今后五年的建议\n";
  g_autoptr(BaogaoDocument) document = analyze (province);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "四十六次"), ==, "central_group_study_sessions");
  g_assert_cmpstr (measure_of_count (document, "七次"), ==, "special_inquiries");
  g_assert_cmpstr (measure_of_count (document, "十九个"), ==, "work_reports");
  g_assert_cmpstr (measure_of_count (document, "三次"), ==, "theory_seminars");
  g_assert_cmpstr (measure_of_count (document, "十次"), ==, "study_sessions");
  assert_no_tally_of_count (document, "五年");
}

/* Motions the presidium referred for deliberation as motions, said as a
 * relative clause (作为议案交…审议的4件), are the accepted ones, not more
 * motions. */
static void
test_motions_referred (void)
{
  static const char province[] =
    PROVINCE_2023
    "\n"
    "一、代表工作\n"
    "\n"
    "代表提出议案21件，经大会主席团决定，作为议案交有关专门委员会审议的4件，其余17件作为建议处理。\n";
  g_autoptr(BaogaoDocument) document = analyze (province);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "21件"), ==, "motions");
  g_assert_cmpstr (measure_of_count (document, "4件"), ==, "motions_accepted");
}

/* A stock said as what there is now (目前全市共建成…60个) in a sentence
 * of a term's last report is to date; stations new and rebuilt counted
 * together (新建、改扩建…28个) are neither measure; deputies taking part
 * in the seasons' work (防火, 防汛) are participations. */
static void
test_stocks_now_and_seasons_work (void)
{
  static const char county[] =
    REPORT_HEAD ("市", "2021年12月28日", "十九", "一")
    "\n"
    "一、过去五年的主要工作\n"
    "\n"
    "五年来，全市投入资金380万元，新建、改扩建代表之家和代表联络站28个，目前全市共建成代表之家、代表联络站60个。"
    "全市各级人大代表参与森林草原防火和防汛工作1500余人次。\n"
    "\n"
    "二、今后五年的建议\n";
  g_autoptr(BaogaoDocument) document = analyze (county);
  BaogaoAnnotation *a;

  SKIP_WITHOUT_PLUGINS (document);

  assert_no_tally_of_count (document, "28个");
  a = tally_of_count (document, "60个", NULL);
  g_assert_nonnull (a);
  g_assert_cmpstr (baogao_annotation_get_string (a, "measure"), ==, "deputy_stations");
  g_assert_cmpstr (baogao_annotation_get_string (a, "period"), ==, "multi_year");
  g_assert_cmpstr (measure_of_count (document, "1500余人次"), ==, "deputy_activity_participations");
}

/* The thing named first, then what there is now (基层立法联系点，目前已有
 * 二十四个; …，全省已建成的数量为2300余个), or the count the whole of its
 * clause (收到的理论文章，一百五十余篇); not a count opening a clause of its
 * own (…，6个部门平均满意率…). */
static void
test_counts_now_and_alone (void)
{
  static const char province[] =
    PROVINCE_2023
    "\n"
    "一、立法工作\n"
    "\n"
    "基层立法联系点，目前已有二十四个。\n"
    "\n"
    "二、监督工作\n"
    "\n"
    "对市教育局等6个部门开展工作评议，组织代表进行满意度测评，6个部门平均满意率为93.6%。\n"
    "\n"
    "三、代表工作\n"
    "\n"
    "代表之家、代表联络站，全省已建成的数量为2300余个。\n"
    "\n"
    "四、自身建设\n"
    "\n"
    "组织理论研讨，收到的理论文章，一百五十余篇。\n";
  g_autoptr(BaogaoDocument) document = analyze (province);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "二十四个"), ==, "legislative_contact_points");
  g_assert_cmpstr (measure_of_count (document, "2300余个"), ==, "deputy_stations");
  g_assert_cmpstr (measure_of_count (document, "一百五十余篇"), ==, "papers_collected");
  g_assert_cmpuint (count_measure (document, "oversight", "satisfaction_surveys"), ==, 0);
}

/* More predicates of a thing named first (…，则召开了十八次; …，全年举行8
 * 次; 代表们捐款捐物，折合金额达到3200余万元); the rate of letters and
 * visits is no suggestions' rate; a decision about a clean-up is a
 * decision. */
static void
test_more_predicates_and_plans (void)
{
  static const char city[] =
    REPORT_HEAD ("市", "2022年1月10日", "十七", "二")
    "\n"
    "一、立法工作\n"
    "\n"
    "作出有关法规清理的法规性决定二件。\n"
    "\n"
    "二、监督工作\n"
    "\n"
    "受理群众来信136件，交办转办126件，办结率98%。\n"
    "\n"
    "三、代表工作\n"
    "\n"
    "代表们捐款捐物，折合金额达到3200余万元。\n"
    "\n"
    "四、自身建设\n"
    "\n"
    "常委会会议，全年举行8次；主任会议，则召开了十八次。\n";
  g_autoptr(BaogaoDocument) document = analyze (city);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "二件"), ==, "decisions_made");
  assert_no_tally_of_count (document, "98%");
  g_assert_cmpstr (measure_of_count (document, "3200余万元"), ==, "deputy_donations");
  g_assert_cmpstr (measure_of_count (document, "8次"), ==, "standing_committee_sessions");
  g_assert_cmpstr (measure_of_count (document, "十八次"), ==, "chairpersons_meetings");
}

/* Deputies named first, the count opening a clause that joins the
 * campaign's work (…，4.3万余人次投身社区防控…一线); projects fixed by a
 * vote said in the first clause (经大会票决，确定…民生实事项目12项). */
static void
test_campaign_joined_and_vote_first (void)
{
  static const char city[] =
    REPORT_HEAD ("市", "2021年1月10日", "十五", "五")
    "\n"
    "一、代表工作\n"
    "\n"
    "全市各级人大代表闻令而动、冲锋在前，4.3万余人次投身社区防控、卡口值守、物资保障一线。"
    "经大会票决，确定2021年市级民生实事项目12项。\n";
  g_autoptr(BaogaoDocument) document = analyze (city);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "4.3万余人次"), ==, "deputy_activity_participations");
  g_assert_cmpstr (measure_of_count (document, "12项"), ==, "livelihood_projects_voted");
}

/* Deputies named outstanding (评选出优秀人大代表20名) are no deputies
 * elected; projects picked from a pool counted before them (从二十个候选项
 * 目中票决产生十个…) are voted on, the pool is not. */
static void
test_outstanding_deputies_not_elected (void)
{
  static const char county[] =
    REPORT_HEAD ("县", "2017年1月10日", "十七", "一")
    "\n"
    "一、代表工作\n"
    "\n"
    "依法选举产生县第十七届人大代表289名。评选出优秀人大代表20名。"
    "县十七届人大一次会议从二十个候选项目中票决产生十个县级民生实事项目。\n";
  g_autoptr(BaogaoDocument) document = analyze (county);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "289名"), ==, "deputies_elected");
  assert_count_not_as (document, "20名", "deputies_elected");
  /* (the projects picked from a pool counted before them) */
  g_assert_cmpstr (measure_of_count (document, "十个"), ==, "livelihood_projects_voted");
  assert_no_tally_of_count (document, "二十个");
}

/* The projects named before the pool they were picked from (民生实事项目从
 * 二十个候选项目中票决产生十个): the pool is no count of projects voted
 * on. A count that only totals reads the sentence before it, but not
 * across a semicolon when the clause before names what it counts
 * (补选…5名；代表资格终止的，共计3名); a clause naming only who did it
 * (参加的，) still reads the part before. Drafts fronted with 对, their
 * verb in the next clause (对…等七件法规草案，在网站上公开征求意见). */
static void
test_pools_semicolon_parts_and_fronted_drafts (void)
{
  static const char city[] =
    REPORT_HEAD ("市", "2024年1月10日", "十七", "四")
    "\n"
    "一、立法工作\n"
    "\n"
    "对文物保护条例等七件法规草案，在网站上公开征求意见。\n"
    "\n"
    "二、代表工作\n"
    "\n"
    "市民生实事项目从二十个候选项目中票决产生十个。"
    "补选市人大代表5名；代表资格终止的，共计3名。"
    "举办的代表培训班，有２期；参加的，有４２０人次。\n";
  g_autoptr(BaogaoDocument) document = analyze (city);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "七件"), ==, "drafts_published");
  g_assert_cmpstr (measure_of_count (document, "十个"), ==, "livelihood_projects_voted");
  assert_no_tally_of_count (document, "二十个");
  g_assert_cmpstr (measure_of_count (document, "5名"), ==, "by_elections");
  g_assert_cmpstr (measure_of_count (document, "3名"), ==, "terminations");
  g_assert_cmpstr (measure_of_count (document, "４２０人次"), ==, "deputies_trained");
}

/* A share said alone of the ones the clause before names (代表表示满意
 * 的，占96.3%): that clause is its words; a share after a clause that
 * names nothing it is of stays undecided. */
static void
test_shares_of_the_clause_before (void)
{
  static const char county[] =
    REPORT_HEAD ("县", "2021年1月10日", "十八", "五")
    "\n"
    "一、代表工作\n"
    "\n"
    "代表提出的建议186件，已全部办结；代表表示满意的，占96.3%；表示基本满意的，占比为3.7%。"
    "全县新建的代表联络站，占42%。\n";
  g_autoptr(BaogaoDocument) document = analyze (county);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "96.3%"), ==, "satisfaction_rate");
  g_assert_cmpstr (measure_of_count (document, "3.7%"), ==, "basic_satisfaction_rate");
  assert_no_tally_of_count (document, "42%");
}

/* Treaties counted after titles or who concluded them (审议批准《…引渡条
 * 约》等7件条约); deputies in a later clause who took part in an
 * inspection or research are not the trainees of the training the
 * sentence opens with. */
static void
test_treaties_after_titles_and_later_participants (void)
{
  static const char npc[] =
    "全国人民代表大会常务委员会工作报告\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "审议批准《中华人民共和国和某国引渡条约》等7件条约。"
    "审议批准了中国同有关国家缔结的14件条约。\n"
    "\n"
    "二、代表工作\n"
    "\n"
    "举办代表学习班６期，培训代表2200余人次；邀请177人次代表列席常委会会议；"
    "组织400余人次代表参加执法检查和专题调研。"
    "举办代表学习班4期，共有1300余名代表参加学习。\n";
  g_autoptr(BaogaoDocument) document = analyze (npc);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "7件"), ==, "treaties_approved");
  g_assert_cmpstr (measure_of_count (document, "14件"), ==, "treaties_approved");
  g_assert_cmpstr (measure_of_count (document, "2200余人次"), ==, "deputies_trained");
  g_assert_cmpstr (measure_of_count (document, "400余人次"), ==, "deputy_research_participations");
  g_assert_cmpstr (measure_of_count (document, "1300余名"), ==, "deputies_trained");
}

/* Budget oversight: comments on a budget's draft are no comments on a
 * law's; the members and the deputies sitting in put deliberation
 * opinions forward; the network's alerts said as 疑点信息; the groups a
 * follow-up is split into are no follow-ups. A total over years that
 * says the verb of the clause before again, its noun left out
 * (…，三年来累计推送6412条), counts what that clause counts. */
static void
test_budget_oversight_and_totals_over_years (void)
{
  static const char province[] =
    REPORT_HEAD ("省", "2025年1月20日", "十四", "三")
    "\n"
    "二、监督工作\n"
    "\n"
    "财政经济委员会组织部分代表和专家参与部门预算初审，对省本级预算草案提出意见建议58条。"
    "常委会组成人员和代表对国有资产报告提出审议意见21条。"
    "依托预算联网监督系统开展监督，全年推送疑点信息412条。"
    "全年系统推送预警信息2135条，三年来累计推送6412条。"
    "开展执法检查6次，三年来累计开展42次。"
    "对审计查出的15个突出问题，常委会领导牵头分成5个调研组开展跟踪监督。\n";
  g_autoptr(BaogaoDocument) document = analyze (province);

  SKIP_WITHOUT_PLUGINS (document);

  assert_count_not_as (document, "58条", "public_comments");
  g_assert_cmpstr (measure_of_count (document, "21条"), ==, "opinions_made");
  g_assert_cmpstr (measure_of_count (document, "412条"), ==, "budget_alerts");
  g_assert_cmpstr (measure_of_count (document, "2135条"), ==, "budget_alerts");
  g_assert_cmpstr (measure_of_count (document, "6412条"), ==, "budget_alerts");
  g_assert_cmpstr (measure_of_count (document, "6次"), ==, "law_inspections");
  g_assert_cmpstr (measure_of_count (document, "42次"), ==, "law_inspections");
  assert_count_not_as (document, "5个", "follow_up_supervisions");
}

/* A stock in a part of a sentence after a semicolon that says now
 * (…；目前，全市共有代表联络站168个) is what there is to date, whatever
 * the sentence's head says of the term; what the term added is the
 * term's. */
static void
test_stock_now_after_term_head (void)
{
  static const char city[] =
    REPORT_HEAD ("市", "2022年1月10日", "十七", "一")
    "\n"
    "三、代表工作\n"
    "\n"
    "本届以来，全市新建代表之家18个、代表联络站96个；目前，全市共有代表联络站168个。\n";
  g_autoptr(BaogaoDocument) document = analyze (city);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "96个"), ==, "deputy_stations_added");
  g_assert_cmpstr (period_of_count (document, "96个"), ==, "term");
  g_assert_cmpstr (measure_of_count (document, "168个"), ==, "deputy_stations");
  g_assert_cmpstr (period_of_count (document, "168个"), ==, "multi_year");
}

/* Opinions collected with no deputies named are the deputies' public's
 * in a section on deputies only (召开预算编制座谈会6场，收集意见建议97
 * 条 in one on oversight is not); a stock said with 共有 in a term's
 * sentence is what there is; places before what was built there (在全
 * 市16个区新建…); an aside telling what a count includes (法规草案（包括
 * 修改、废止草案）141件) gives it no verb; a yearly average is no count. */
static void
test_collected_stocks_places_asides_averages (void)
{
  static const char city[] =
    REPORT_HEAD ("市", "2022年1月10日", "十七", "一")
    "\n"
    "一、立法工作\n"
    "\n"
    "共审议法规草案（包括修改、废止草案）141件。本届以来年均制定法规4件左右。\n"
    "\n"
    "二、监督工作\n"
    "\n"
    "召开预算编制座谈会6场，收集意见建议97条。\n"
    "\n"
    "三、代表工作\n"
    "\n"
    "五年来，邀请代表列席常委会会议1200人次；全市共有代表之家、代表联络站275个。"
    "在全市16个区新建代表联络站25个。代表通过联络站收集群众意见建议970条。\n";
  g_autoptr(BaogaoDocument) document = analyze (city);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "141件"), ==, "deliberated");
  assert_no_tally_of_count (document, "4件左右");
  assert_count_not_as (document, "97条", "public_opinions_collected");
  g_assert_cmpstr (measure_of_count (document, "275个"), ==, "deputy_stations");
  g_assert_cmpstr (period_of_count (document, "275个"), ==, "multi_year");
  assert_no_tally_of_count (document, "16个");
  g_assert_cmpstr (measure_of_count (document, "25个"), ==, "deputy_stations_added");
  g_assert_cmpstr (measure_of_count (document, "970条"), ==, "public_opinions_collected");
}

/* A clause of no count right after the subject, naming the system the
 * count's work follows (坚持“第一议题”制度), is read with the subject: the
 * study that opens meetings is study_sessions though the Party group's
 * meetings or its central group's study are counted first. */
static void
test_system_clause_after_subject (void)
{
  static const char city[] =
    "某某市人民代表大会常务委员会工作报告\n"
    "\n"
    "一、坚持党的全面领导\n"
    "\n"
    "常委会党组全年召开党组会议14次，坚持“第一议题”制度，及时传达学习习近平总书记重要讲话精神26次。"
    "党组理论学习中心组学习11次，坚持“第一议题”制度，学习习近平总书记重要指示批示精神40次。"
    "常委会党组集体学习12次。\n";
  g_autoptr(BaogaoDocument) document = analyze (city);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "14次"), ==, "party_group_meetings");
  g_assert_cmpstr (measure_of_count (document, "26次"), ==, "study_sessions");
  g_assert_cmpstr (measure_of_count (document, "11次"), ==, "central_group_study_sessions");
  g_assert_cmpstr (measure_of_count (document, "40次"), ==, "study_sessions");
  g_assert_cmpstr (measure_of_count (document, "12次"), ==, "party_group_study_sessions");
}

/* Motions: a count the presidium registered is no agenda item (大会主席
 * 团审议决定立案3件); one made a motion of the session after it (作为大
 * 会议案) is accepted. Suggestions picked from a pool named with no count
 * (从代表建议中选出15件作为重点督办建议) are what they were picked as.
 * Problems left unsaid after the opinions collected (推动解决1.7万件). */
static void
test_motions_registered_picks_and_solved (void)
{
  static const char city[] =
    "某某市人民代表大会常务委员会工作报告\n"
    "\n"
    "三、代表工作\n"
    "\n"
    "代表提出议案41件，大会主席团审议决定立案3件。"
    "决定将关于加强生态保护的议案等２件作为大会议案。"
    "主任会议从代表建议中选出事关民生的15件作为重点督办建议。"
    "收集意见建议2.4万条，推动解决1.7万件。\n";
  g_autoptr(BaogaoDocument) document = analyze (city);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "41件"), ==, "motions");
  g_assert_cmpstr (measure_of_count (document, "3件"), ==, "motions_accepted");
  g_assert_cmpstr (measure_of_count (document, "２件"), ==, "motions_accepted");
  g_assert_cmpstr (measure_of_count (document, "15件"), ==, "key_suggestions");
  g_assert_cmpstr (measure_of_count (document, "1.7万件"), ==, "problems_solved");
}

/* Stations said as 站点 upgraded, in a section on deputies; the share of
 * the solved and the planned counted apart before it (…，合计占86.8%);
 * the ones of a set named with 中 that a subject matter picks (代表建议
 * 中，涉及…的有31件) are no count of the set again. */
static void
test_sites_joint_shares_and_subjects (void)
{
  static const char city[] =
    "某某市人民代表大会常务委员会工作报告\n"
    "\n"
    "三、代表工作\n"
    "\n"
    "今年对31个站点进行提档升级。"
    "代表建议246件，已解决的163件、列入计划解决的50件，合计占86.6%。"
    "代表建议中，涉及民族团结进步、民族文化保护的有31件。\n";
  g_autoptr(BaogaoDocument) document = analyze (city);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "31个"), ==, "deputy_stations_upgraded");
  g_assert_cmpstr (measure_of_count (document, "246件"), ==, "suggestions");
  g_assert_cmpstr (measure_of_count (document, "86.6%"), ==, "resolution_rate");
  assert_no_tally_of_count (document, "31件");
}

/* An object brought before its verb with 将 reads the verb that closes
 * its clause, however far (将5件单行条例草案在…上公开征求意见); a
 * congress asked or heard is no one who acts (书面征求各乡镇人大、县直部
 * 门意见，收到意见建议130余条: the county's own). */
static void
test_fronted_with_jiang_and_bodies_asked (void)
{
  static const char county[] =
    "某某傣族自治县人民代表大会常务委员会工作报告\n"
    "——2021年1月10日在某某县第十八届人民代表大会第五次会议上\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "将5件单行条例草案在县人大网站、县政府门户网站和《某某报》傣汉文版上公开征求意见。"
    "书面征求各乡镇人大、县直部门意见，收到意见建议130余条。\n"
    "\n"
    "二、代表工作\n"
    "\n"
    "各乡镇人大票决民生实事项目116件。\n";
  g_autoptr(BaogaoDocument) document = analyze (county);
  BaogaoAnnotation *a;

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "5件"), ==, "drafts_published");
  a = tally_of_count (document, "130余条", NULL);
  g_assert_nonnull (a);
  g_assert_cmpstr (baogao_annotation_get_string (a, "measure"), ==, "public_comments");
  g_assert_cmpstr (baogao_annotation_get_string (a, "scope"), ==, "county");
  a = tally_of_count (document, "116件", NULL);
  g_assert_nonnull (a);
  g_assert_cmpstr (baogao_annotation_get_string (a, "scope"), ==, "township");

  /* (…nor one named after 就, what the work was about: 联系点就省、市人大
   * 常委会征求意见的62件法规草案组织征询，召开…座谈会130余场) */
  {
    static const char district[] =
      "杭州市西湖区人民代表大会常务委员会工作报告\n"
      "\n"
      "一、立法工作\n"
      "\n"
      "三年多来，联系点先后就省、市人大常委会征求意见的６２件法规草案组织征询，召开立法征询座谈会１３０余场，"
      "收集意见建议２４００余条。\n";
    g_autoptr(BaogaoDocument) second = analyze (district);

    a = tally_of_count (second, "１３０余场", NULL);
    g_assert_nonnull (a);
    g_assert_cmpstr (baogao_annotation_get_string (a, "scope"), ==, "county");
  }
}

/* To date, then the year named in a later clause: the counts after that
 * clause are the year's too (截至2020年底，全市共建成…1012个，本年度新建
 * 238个，提档升级156个). */
static void
test_year_named_after_to_date (void)
{
  static const char city[] =
    REPORT_HEAD ("市", "2021年1月10日", "十六", "五")
    "\n"
    "三、代表工作\n"
    "\n"
    "截至2020年底，全市共建成代表之家、代表联络站1012个，本年度新建238个，提档升级156个。\n";
  g_autoptr(BaogaoDocument) document = analyze (city);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (period_of_count (document, "1012个"), ==, "multi_year");
  g_assert_cmpstr (measure_of_count (document, "238个"), ==, "deputy_stations_added");
  g_assert_null (period_of_count (document, "238个"));
  g_assert_cmpstr (measure_of_count (document, "156个"), ==, "deputy_stations_upgraded");
  g_assert_null (period_of_count (document, "156个"));
}

/* A count pointed back to with 这, tallied just before (立案3件。这3件议
 * 案由…并案形成), is no count of its own; nor are motions merged into
 * one (由…的9件议案并案形成). One pointing back to a count left undecided
 * keeps its words (围绕…，常委会开展了２次；这两次专题询问中…). */
static void
test_counts_pointed_back_to (void)
{
  static const char region[] =
    "某某自治区人民代表大会常务委员会工作报告\n"
    "\n"
    "二、监督工作\n"
    "\n"
    "围绕文旅融合发展和城市更新，常委会开展了２次；这两次专题询问中，常委会组成人员共提出问题２８个。\n"
    "\n"
    "三、代表工作\n"
    "\n"
    "代表提出议案41件，经大会主席团审议决定，立案3件。这3件议案由代表提出的内容相同或相近的9件议案并案形成。\n";
  g_autoptr(BaogaoDocument) document = analyze (region);
  g_autoptr(GPtrArray) tallies = NULL;
  guint motions_3 = 0;

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "41件"), ==, "motions");
  g_assert_cmpstr (measure_of_count (document, "3件"), ==, "motions_accepted");
  assert_no_tally_of_count (document, "9件");
  tallies = baogao_document_get_annotations (document, "representation.tally");
  for (guint i = 0; i < tallies->len; i++)
    {
      BaogaoAnnotation *a = g_ptr_array_index (tallies, i);

      if (baogao_annotation_get_double (a, "value", 0) == 3)
        motions_3++;
    }
  g_assert_cmpuint (motions_3, ==, 1);
  g_assert_nonnull (tally_of_count (document, "两次", NULL));
}

/* A box's figures with the count first and the name after a space or a
 * bar (8次｜常委会会议, 6期　代表履职培训班): the name is the count's
 * words, not the line before. */
static void
test_count_first_figures (void)
{
  static const char city[] =
    "某某市人民代表大会常务委员会工作报告\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "全年制定法规5件。\n"
    "\n"
    "【一图读懂2021年市人大常委会工作】\n"
    "8次｜常委会会议\n"
    "12次｜主任会议\n"
    "4次｜执法检查\n"
    "531件｜代表建议\n"
    "6期　代表履职培训班\n";
  g_autoptr(BaogaoDocument) document = analyze (city);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "8次"), ==, "standing_committee_sessions");
  g_assert_cmpstr (measure_of_count (document, "12次"), ==, "chairpersons_meetings");
  g_assert_cmpstr (measure_of_count (document, "4次"), ==, "law_inspections");
  g_assert_cmpstr (measure_of_count (document, "531件"), ==, "suggestions");
  g_assert_cmpstr (measure_of_count (document, "6期"), ==, "deputy_trainings");
}

/* A box of the term's figures (【数字看变化·五年来】, then ■ lines) is the
 * term's: its figures are the same facts as the opening's five-year
 * totals, one row each. */
static void
test_term_figures_box (void)
{
  static const char province[] =
    REPORT_HEAD ("省", "2023年1月15日", "十四", "一")
    "\n"
    "各位代表：\n"
    "五年来，常委会共召开会议42次，制定地方性法规62件。\n"
    "\n"
    "【数字看变化·五年来】\n"
    "■ 常委会会议　42次\n"
    "■ 制定法规　62件\n"
    "■ 执法检查　37次\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "2022年，制定地方性法规11件。\n";
  g_autoptr(BaogaoDocument) document = analyze (province);
  g_autoptr(GPtrArray) indicators = NULL;
  guint enacted_62 = 0;

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (period_of_count (document, "37次"), ==, "term");
  g_assert_cmpstr (measure_of_count (document, "37次"), ==, "law_inspections");
  g_assert_null (period_of_count (document, "11件"));
  indicators = baogao_document_get_indicators (document);
  for (guint i = 0; i < indicators->len; i++)
    {
      BaogaoIndicator *indicator = g_ptr_array_index (indicators, i);

      if (g_strcmp0 (baogao_indicator_get_key (indicator), "legislation.enacted") == 0 &&
          baogao_indicator_get_value (indicator) == 62)
        enacted_62++;
    }
  g_assert_cmpuint (enacted_62, ==, 1);
}

/* A lecture whatever it teaches (专题学习讲座8讲) is a lecture, not a study
 * session. */
static void
test_study_lectures (void)
{
  static const char city[] =
    "某某市人民代表大会常务委员会工作报告\n"
    "\n"
    "一、加强常委会自身建设\n"
    "\n"
    "常委会举办组成人员专题学习讲座8讲。举办机关干部业务学习讲座6场。\n";
  g_autoptr(BaogaoDocument) document = analyze (city);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "8讲"), ==, "lectures");
  g_assert_cmpstr (measure_of_count (document, "6场"), ==, "lectures");
}

/* A list said with 各 after a list of topics closed by 等 (对A、B、C等重大
 * 问题开展专题询问和满意度测评各12次): the items are what the verb does; a
 * rate whose clause opens with the year (比例逐年提高，2022年达到85.3%)
 * is the rate the clause before names; written opinions (书面意见) are
 * the deputies' suggestions when the deputies were named for the motions
 * before. */
static void
test_topics_before_each_rates_by_year_written_opinions (void)
{
  static const char province[] =
    REPORT_HEAD ("省", "2023年1月15日", "十四", "一")
    "\n"
    "一、监督工作\n"
    "\n"
    "对生态环境保护、营商环境、教育“双减”等重大问题开展专题询问和满意度测评各12次。\n"
    "\n"
    "二、代表工作\n"
    "\n"
    "代表提出议案11件，提出书面意见976件。"
    "代表所提问题解决或列入计划解决的比例逐年提高，2022年达到85.3%。\n";
  g_autoptr(BaogaoDocument) document = analyze (province);
  BaogaoAnnotation *a;

  SKIP_WITHOUT_PLUGINS (document);

  a = tally_of_count (document, "12次", NULL);
  g_assert_nonnull (a);
  g_assert_cmpuint (count_measure (document, "oversight", "special_inquiries"), ==, 1);
  g_assert_cmpuint (count_measure (document, "oversight", "satisfaction_surveys"), ==, 1);
  g_assert_cmpstr (measure_of_count (document, "976件"), ==, "suggestions");
  g_assert_cmpstr (measure_of_count (document, "85.3%"), ==, "resolution_rate");
}

/* A district's congress makes no laws: the drafts it put out for
 * comment, received or took part in consulting on are a congress
 * above's. */
static void
test_drafts_of_a_lawless_congress (void)
{
  static const char district[] =
    "武汉市江岸区人民代表大会常务委员会工作报告\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "先后就《武汉市城市绿化条例（修订草案）》《武汉市历史文化名城保护条例（草案）》等７件法规草案征求意见。"
    "全年收到市人大常委会法规草案征求意见稿９件。"
    "常委会全年参与了《某某条例（草案）》等十一件法规草案的意见征集工作。\n";
  g_autoptr(BaogaoDocument) document = analyze (district);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "７件"), ==, "higher_drafts_commented");
  g_assert_cmpstr (measure_of_count (document, "９件"), ==, "higher_drafts_commented");
  g_assert_cmpstr (measure_of_count (document, "十一件"), ==, "higher_drafts_commented");
}

/* People counted, then the batches they were split into (236名区人大代表
 * 分两批向选民述职): the verb after the batches is theirs. The deputies a
 * clause of no count sets to work (常委会组织代表全程监督) are the subject
 * of the clause after it. Warning education said with its verb after a
 * film (观看警示教育片开展警示教育3次). The whole region's stations after
 * the term's new ones (…，全区建成代表联络站37个) are what there is. */
static void
test_batches_deputies_set_to_work_films_and_stocks (void)
{
  static const char district[] =
    "杭州市西湖区人民代表大会常务委员会工作报告\n"
    "——2022年1月8日在杭州市西湖区第十七届人民代表大会第一次会议上\n"
    "\n"
    "一、坚持党的领导\n"
    "\n"
    "组织观看警示教育片开展警示教育3次。\n"
    "\n"
    "二、代表工作\n"
    "\n"
    "组织２３６名区人大代表分两批向选民述职。"
    "区七届人大五次会议票决产生民生实事项目10件，常委会组织代表全程监督，全年开展项目视察5次。"
    "五年来新建代表联络站２２个，全区建成代表联络站３７个。\n";
  g_autoptr(BaogaoDocument) document = analyze (district);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "3次"), ==, "warning_education_sessions");
  g_assert_cmpstr (measure_of_count (document, "２３６名"), ==, "deputies_reported");
  g_assert_cmpstr (measure_of_count (document, "5次"), ==, "deputy_inspections");
  g_assert_cmpstr (measure_of_count (document, "３７个"), ==, "deputy_stations");
  g_assert_cmpstr (period_of_count (document, "３７个"), ==, "multi_year");
}

/* Departments whose work was voted on are departments appraised
 * (work_evaluations); reports voted on are satisfaction votes. */
static void
test_departments_voted_on (void)
{
  static const char city[] =
    "某某市人民代表大会常务委员会工作报告\n"
    "\n"
    "一、监督工作\n"
    "\n"
    "首次对市发改委、市财政局等８个政府部门的工作进行满意度测评，平均满意票率为89.3%。"
    "对听取审议的6个专项工作报告进行满意度测评。\n";
  g_autoptr(BaogaoDocument) document = analyze (city);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "８个"), ==, "work_evaluations");
  g_assert_cmpstr (measure_of_count (document, "89.3%"), ==, "evaluation_approval_rate");
  g_assert_cmpstr (measure_of_count (document, "6个"), ==, "satisfaction_surveys");
}

/* Plans said with 拟在 or 计划于 (拟在五年内开展执法检查25次左右、专题询
 * 问10次左右): no count of the year, every item of the list. */
static void
test_plans_with_a_time_after_the_plan_word (void)
{
  static const char province[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "一、监督工作\n"
    "\n"
    "制定本届常委会五年监督工作规划，拟在五年内开展执法检查25次左右、专题询问10次左右。"
    "全年开展执法检查6次。\n";
  g_autoptr(BaogaoDocument) document = analyze (province);

  SKIP_WITHOUT_PLUGINS (document);

  assert_no_tally_of_count (document, "25次左右");
  assert_no_tally_of_count (document, "10次左右");
  g_assert_cmpstr (measure_of_count (document, "6次"), ==, "law_inspections");
}

/* The committee's Party group's warning education and a Party campaign's
 * research reports are political in a section on self-building; the
 * office's Party group's stay self-building's. */
static void
test_committee_party_group_in_self_building (void)
{
  static const char region[] =
    "某某自治区人民代表大会常务委员会工作报告\n"
    "\n"
    "一、加强常委会自身建设\n"
    "\n"
    "2022年，常委会党组组织开展警示教育4次。"
    "常委会党组扎实开展主题教育，召开主题教育推进会3次，班子成员领题调研14项，形成调研报告14篇。"
    "机关党组深入开展以案促改，开展警示教育2次。\n";
  g_autoptr(BaogaoDocument) document = analyze (region);
  const char *domain = NULL;

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_nonnull (tally_of_count (document, "4次", &domain));
  g_assert_cmpstr (domain, ==, "political");
  g_assert_nonnull (tally_of_count (document, "14篇", &domain));
  g_assert_cmpstr (domain, ==, "political");
  g_assert_cmpstr (measure_of_count (document, "14篇"), ==, "research_reports");
  g_assert_nonnull (tally_of_count (document, "2次", &domain));
  g_assert_cmpstr (domain, ==, "self_building");
}

/* Linking words before a count said after its topic (汇总为, 总数是, 一共
 * 有, 组织开展了, 共办了); a share after a clause that only has the count it
 * is the share of (列入计划逐步解决的，有98件，占27.5%). */
static void
test_more_links_and_shares_of_counts (void)
{
  static const char province[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "常委会审议的法规草案，一共有9件。\n"
    "\n"
    "二、监督工作\n"
    "\n"
    "对省政府报告的审议意见，汇总为46条。执法检查，常委会全年组织开展了6次。\n"
    "\n"
    "三、代表工作\n"
    "\n"
    "代表提出的建议，总数是356件。代表培训班，常委会共办了5期。"
    "其中，所提问题已经得到解决的，有203件，列入计划逐步解决的，有98件，占27.5%。\n";
  g_autoptr(BaogaoDocument) document = analyze (province);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "9件"), ==, "deliberated");
  g_assert_cmpstr (measure_of_count (document, "46条"), ==, "opinions_made");
  g_assert_cmpstr (measure_of_count (document, "6次"), ==, "law_inspections");
  g_assert_cmpstr (measure_of_count (document, "356件"), ==, "suggestions");
  g_assert_cmpstr (measure_of_count (document, "5期"), ==, "deputy_trainings");
  g_assert_cmpstr (measure_of_count (document, "98件"), ==, "suggestions_planned");
  g_assert_cmpstr (measure_of_count (document, "27.5%"), ==, "planned_share");
}

/* A span said as 本届以来 before a total (…，本届以来共有380人次), the
 * deputies trained said as 受训代表, and the visitors received with a
 * bare verb after their topic (来访群众，接待了410批次、1260人次). */
static void
test_term_totals_trainees_and_visitors (void)
{
  static const char region[] =
    REPORT_HEAD ("自治区", "2023年1月15日", "十四", "一")
    "\n"
    "一、监督工作\n"
    "\n"
    "来访群众，接待了410批次、1260人次。\n"
    "\n"
    "二、代表工作\n"
    "\n"
    "邀请代表列席常委会会议，本届以来共有380人次。"
    "自治区人大代表的履职培训，常委会举办了4期，受训代表达520人次。\n";
  g_autoptr(BaogaoDocument) document = analyze (region);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "410批次"), ==, "petitions_received");
  g_assert_cmpstr (measure_of_count (document, "1260人次"), ==, "petitions_received");
  g_assert_cmpstr (measure_of_count (document, "380人次"), ==, "deputy_attendances");
  g_assert_cmpstr (period_of_count (document, "380人次"), ==, "term");
  g_assert_cmpstr (measure_of_count (document, "520人次"), ==, "deputies_trained");
}

/* The laws of a set said as made or changed after their count, with a
 * copula (…等3件是首次制定，另有2件是修改; 等4件属于新制定). */
static void
test_laws_made_said_after_the_count (void)
{
  static const char city[] =
    "某某市人民代表大会常务委员会工作报告\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "审议通过的法规中，《某某市甲条例》等3件是首次制定，另有2件是修改。"
    "在审议的法规中，《某某市乙条例》等4件属于新制定。\n";
  g_autoptr(BaogaoDocument) document = analyze (city);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "3件"), ==, "enacted");
  g_assert_cmpstr (measure_of_count (document, "2件"), ==, "amended");
  g_assert_cmpstr (measure_of_count (document, "4件"), ==, "enacted");
}

/* Filing review in a section the classifier gives to legislation: every
 * verb after the bodies that made the documents is a correction (推动制定
 * 机关修改29件、废止16件), and one said bare after the review (审查中发现
 * 问题11个，…，已纠正7件). */
static void
test_corrections_listed_after_the_makers (void)
{
  static const char province[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "一、依法加强备案审查，维护国家法制统一\n"
    "\n"
    "共审查省政府规章、省政府及其办公厅规范性文件1065件，推动制定机关修改29件、废止16件。"
    "审查中发现问题11个，涉及规范性文件9件，经与制定机关沟通，已纠正7件。\n";
  g_autoptr(BaogaoDocument) document = analyze (province);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "29件"), ==, "documents_corrected");
  g_assert_cmpstr (measure_of_count (document, "16件"), ==, "documents_corrected");
  g_assert_cmpstr (measure_of_count (document, "7件"), ==, "documents_corrected");
}

/* A topic, then a clause of a bare verb and the count: a meeting's verb
 * alone (主任会议，召开十五次), a verb after an adverb (先后开展两次, 一年开
 * 了八次), a verb of receiving (审查建议，收到9件), 安排了; each part of a
 * sentence after a semicolon has its own topic (…；主任会议，开了十六次). */
static void
test_bare_verbs_after_topics (void)
{
  static const char province[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "一、坚持党的领导\n"
    "\n"
    "党组理论学习中心组的集体学习，全年安排了12次。\n"
    "\n"
    "二、监督工作\n"
    "\n"
    "专题询问，围绕营商环境，先后开展两次。公民、组织提出的审查建议，收到9件。\n"
    "\n"
    "三、加强自身建设\n"
    "\n"
    "常委会会议，一年开了八次；主任会议，开了十六次。\n";
  g_autoptr(BaogaoDocument) document = analyze (province);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "12次"), ==, "central_group_study_sessions");
  g_assert_cmpstr (measure_of_count (document, "两次"), ==, "special_inquiries");
  g_assert_cmpstr (measure_of_count (document, "9件"), ==, "review_requests");
  g_assert_cmpstr (measure_of_count (document, "八次"), ==, "standing_committee_sessions");
  g_assert_cmpstr (measure_of_count (document, "十六次"), ==, "chairpersons_meetings");

  /* (…and any short verb done, after the year or an adverb: 今年先后审查
   * 批准了2次, 依法接受了4名) */
  {
    static const char second_text[] =
      "某某省人民代表大会常务委员会工作报告\n"
      "\n"
      "一、监督工作\n"
      "\n"
      "省级预算调整方案，常委会今年先后审查批准了2次。\n"
      "\n"
      "二、代表工作\n"
      "\n"
      "省人大代表提出辞职的，常委会依法接受了4名。\n";
    g_autoptr(BaogaoDocument) second = analyze (second_text);

    g_assert_cmpstr (measure_of_count (second, "2次"), ==, "budget_adjustments_approved");
    g_assert_cmpstr (measure_of_count (second, "4名"), ==, "resignations");
  }
}

/* A clause that only totals what the sentence's subject did has that
 * subject's level (各乡镇人大主席团组织代表开展…活动，共计210余场次:
 * township; 全市各级人大代表参与疫情防控，共计4.3万余人次: all_levels). */
static void
test_totals_of_the_subject_s_level (void)
{
  static const char county[] =
    "某某县人民代表大会常务委员会工作报告\n"
    "\n"
    "一、代表工作\n"
    "\n"
    "各乡镇人大主席团组织代表开展“三联三帮”活动，共计２１０余场次。"
    "全县各级人大代表参与疫情防控，共计4300余人次。\n";
  g_autoptr(BaogaoDocument) document = analyze (county);
  BaogaoAnnotation *a;

  SKIP_WITHOUT_PLUGINS (document);

  a = tally_of_count (document, "２１０余场次", NULL);
  g_assert_nonnull (a);
  g_assert_cmpstr (baogao_annotation_get_string (a, "scope"), ==, "township");
  a = tally_of_count (document, "4300余人次", NULL);
  g_assert_nonnull (a);
  g_assert_cmpstr (baogao_annotation_get_string (a, "scope"), ==, "all_levels");
}

/* Decisions and resolutions said with 所作 (全年所作的决议、决定共9项) or
 * as a topic with 作出 after it (决议、决定，全年作出八项; 有关法律问题的决
 * 定，常委会作出了11件). */
static void
test_decisions_made_as_topics (void)
{
  static const char province[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "有关法律问题的决定，常委会作出了11件。\n"
    "\n"
    "二、监督工作\n"
    "\n"
    "全年所作的决议、决定共9项。决议、决定，全年作出八项。\n";
  g_autoptr(BaogaoDocument) document = analyze (province);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "11件"), ==, "decisions_made");
  g_assert_cmpstr (measure_of_count (document, "9项"), ==, "resolutions");
  g_assert_cmpstr (measure_of_count (document, "八项"), ==, "resolutions");
}

/* Reports counted first and heard in the passive (十一个专项工作报告被常
 * 委会听取和审议); what there is now said in brackets after its noun (基层
 * 立法联系点（现有３个）). */
static void
test_passive_reports_and_bracketed_stocks (void)
{
  static const char district[] =
    "济南市历城区人民代表大会常务委员会工作报告\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "积极发挥基层立法联系点（现有３个）作用。\n"
    "\n"
    "二、监督工作\n"
    "\n"
    "十一个专项工作报告被常委会听取和审议。\n";
  g_autoptr(BaogaoDocument) document = analyze (district);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "３个"), ==, "legislative_contact_points");
  g_assert_cmpstr (period_of_count (document, "３个"), ==, "multi_year");
  g_assert_cmpstr (measure_of_count (document, "十一个"), ==, "work_reports");

  /* (deputies joining the Party committee's central tasks: 投身“百千万工
   * 程”等中心工作，共计1.6万余人次) */
  {
    static const char region[] =
      "佛山市南海区人民代表大会常务委员会工作报告\n"
      "\n"
      "一、代表工作\n"
      "\n"
      "全区各级人大代表积极投身“百千万工程”等中心工作，共计１.６万余人次。\n";
    g_autoptr(BaogaoDocument) second = analyze (region);

    g_assert_cmpstr (measure_of_count (second, "１.６万余人次"), ==, "deputy_activity_participations");
  }
}

/* Suggestions answered with an explanation (作说明解释的53件，占9.7%); the
 * deputies who took part counted after the oversight the sentence's first
 * clause names (组织市人大代表开展专项监督4次，1260人次参加). */
static void
test_explained_suggestions_and_participants_after (void)
{
  static const char city[] =
    "宁波市人民代表大会常务委员会工作报告\n"
    "\n"
    "一、代表工作\n"
    "\n"
    "代表建议548件，已解决或列入计划解决的495件，占90.3%；作说明解释的５３件，占9.7%。"
    "组织市人大代表开展专项监督4次，1260人次参加。\n";
  g_autoptr(BaogaoDocument) document = analyze (city);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "５３件"), ==, "suggestions_deferred");
  g_assert_cmpstr (measure_of_count (document, "9.7%"), ==, "deferred_share");
  g_assert_cmpstr (measure_of_count (document, "1260人次"), ==, "deputy_oversight_participations");

  /* (deputies of townships named by their rank, 镇级) */
  {
    static const char second_text[] =
      "云浮市人民代表大会常务委员会工作报告\n"
      "\n"
      "一、代表工作\n"
      "\n"
      "全市共选出县级人大代表1386名、镇级人大代表3960名。\n";
    g_autoptr(BaogaoDocument) second = analyze (second_text);
    BaogaoAnnotation *a = tally_of_count (second, "3960名", NULL);

    g_assert_nonnull (a);
    g_assert_cmpstr (baogao_annotation_get_string (a, "scope"), ==, "township");
  }
}

/* A stock that grew, said with 扩展到 (基层立法联系点由10个扩展到25个): the
 * count it went to. */
static void
test_stock_extended_to (void)
{
  static const char city[] =
    "上海市人民代表大会常务委员会工作报告\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "基层立法联系点由10个扩展到25个。\n";
  g_autoptr(BaogaoDocument) document = analyze (city);

  SKIP_WITHOUT_PLUGINS (document);

  assert_no_tally_of_count (document, "10个");
  g_assert_cmpstr (measure_of_count (document, "25个"), ==, "legislative_contact_points");
}

/* The laws approved broken down again after a semicolon, another way
 * (…；按立法行为分，制定17件…; …；设区的市法规24件中，制定15件…): the
 * cities' acts, no enacted or amended of the reporting congress; an act
 * of its own after a semicolon stays (…；批准自治县单行条例2件). */
static void
test_approved_broken_down_again (void)
{
  static const char province[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "审查批准设区的市地方性法规、自治县单行条例28件，其中地方性法规24件、单行条例4件；"
    "按立法行为分，制定17件、修改9件、废止2件。"
    "审查批准设区的市法规和单行条例共计31件，其中设区的市法规24件、单行条例7件；"
    "设区的市法规24件中，制定15件、修改7件、废止3件。"
    "审查批准法规38件，其中实体性法规29件、程序性法规9件；批准自治县单行条例5件。\n";
  g_autoptr(BaogaoDocument) document = analyze (province);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "28件"), ==, "approved");
  assert_no_tally_of_count (document, "17件");
  assert_no_tally_of_count (document, "9件");
  assert_no_tally_of_count (document, "15件");
  assert_no_tally_of_count (document, "3件");
  g_assert_cmpstr (measure_of_count (document, "5件"), ==, "approved");
}

/* A span said since, run on into the clause's verb with no comma (自获得
 * 立法权以来共制定…7件), or in the clause after a lead-in (推进…系统建设，
 * 系统运行以来共推送…92条): counts over more years than the one reported. */
static void
test_since_run_on_and_after_lead_in (void)
{
  static const char city[] =
    REPORT_HEAD ("市", "2018年1月10日", "五", "三")
    "\n"
    "一、立法工作\n"
    "\n"
    "自获得立法权以来共制定地方性法规7件。全年制定地方性法规2件。\n"
    "\n"
    "二、监督工作\n"
    "\n"
    "推进预算联网监督系统建设，系统运行以来共推送预警问题线索９２条。\n";
  g_autoptr(BaogaoDocument) document = analyze (city);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (period_of_count (document, "7件"), ==, "multi_year");
  g_assert_null (period_of_count (document, "2件"));
  g_assert_cmpstr (measure_of_count (document, "９２条"), ==, "budget_alerts");
  g_assert_cmpstr (period_of_count (document, "９２条"), ==, "multi_year");
}

/* The level of the deputies a count names (补选省人大代表4名) is theirs,
 * not that of who acts: the clauses after it, elliptic or naming deputies
 * of their own, are the reporting congress's (终止代表资格6名; 接受2名市人
 * 大代表辞职 in a city's report). */
static void
test_named_deputies_level_not_carried (void)
{
  static const char city[] =
    REPORT_HEAD ("市", "2024年1月10日", "十七", "四")
    "\n"
    "一、代表工作\n"
    "\n"
    "补选省人大代表4名，终止代表资格6名。"
    "补选省人大代表3名，接受2名市人大代表辞职。\n";
  g_autoptr(BaogaoDocument) document = analyze (city);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (tally_scope (document, "representation", "补选省人大代表4名"), ==, "provincial");
  g_assert_cmpstr (tally_scope (document, "representation", "终止代表资格6名"), ==, "municipal");
  g_assert_cmpstr (tally_scope (document, "representation", "补选省人大代表3名"), ==, "provincial");
  g_assert_cmpstr (measure_of_count (document, "2名"), ==, "resignations");
  g_assert_cmpstr (tally_scope (document, "representation", "辞职"), ==, "municipal");
}

/* A sentence that opens with its topic alone, then a clause with the
 * count and its verb (执法检查，围绕…等4部法规开展; 在执法检查上，常委
 * 会围绕4部法律法规开展检查): the topic is what the count counts. Not a
 * time (执法检查中，…代表112人次参加). */
static void
test_bare_topic_first (void)
{
  static const char city[] =
    REPORT_HEAD ("市", "2024年1月10日", "十七", "四")
    "\n"
    "二、监督工作\n"
    "\n"
    "执法检查，围绕食品安全法等4部法规开展，检查组深入一线。"
    "在专题询问上，常委会聚焦养老服务组织了3次。"
    "专题询问，针对文旅融合发展开展了２次；这两次专题询问中，常委会组成人员共提出问题２８个。"
    "执法检查中，常委会组成人员和代表112人次参加。\n";
  g_autoptr(BaogaoDocument) document = analyze (city);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "4部"), ==, "law_inspections");
  g_assert_cmpstr (measure_of_count (document, "3次"), ==, "special_inquiries");
  g_assert_cmpstr (measure_of_count (document, "２次"), ==, "special_inquiries");
  assert_no_tally_of_count (document, "两次");
  assert_no_tally_of_count (document, "112人次");
}

/* An object fronted with 对 and how far it was carried out (对5项审议意
 * 见的落实情况，常委会又开展了跟踪监督): the verb of the clause after it
 * is the count's. */
static void
test_fronted_object_progress (void)
{
  static const char city[] =
    REPORT_HEAD ("市", "2024年1月10日", "十七", "四")
    "\n"
    "二、监督工作\n"
    "\n"
    "对5项审议意见的落实情况，常委会又开展了跟踪监督。\n";
  g_autoptr(BaogaoDocument) document = analyze (city);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "5项"), ==, "follow_up_supervisions");
}

/* The comments a congress sent on the drafts of the congress above, in
 * the clause after those drafts (…征求意见稿13件，组织…研究后反馈意见34
 * 条), and those of them taken up (…提出修改意见建议63条，被吸收采纳的有
 * 21条), are no comments it collected. */
static void
test_comments_sent_up (void)
{
  static const char city[] =
    REPORT_HEAD ("市", "2024年1月10日", "十七", "四")
    "\n"
    "一、立法工作\n"
    "\n"
    "全年收到省人大常委会法规草案征求意见稿13件，组织各区和有关部门研究后反馈意见34条。"
    "常委会还对省人大常委会征求意见的9件法规草案提出修改意见建议63条，被吸收采纳的有21条。"
    "公开征求意见5次，收到意见建议800余条，被采纳的有96条。"
    "研究全国人大常委会征求意见的法律草案16件，反馈意见建议240余条。"
    "对于省人大常委会征求意见的7件法规草案，常委会组织有关方面认真研究，提出了意见建议43条。\n";
  g_autoptr(BaogaoDocument) document = analyze (city);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "13件"), ==, "higher_drafts_commented");
  assert_no_tally_of_count (document, "34条");
  g_assert_cmpstr (measure_of_count (document, "9件"), ==, "higher_drafts_commented");
  assert_no_tally_of_count (document, "63条");
  assert_no_tally_of_count (document, "21条");
  g_assert_cmpstr (measure_of_count (document, "800余条"), ==, "public_comments");
  g_assert_cmpstr (measure_of_count (document, "96条"), ==, "public_comments_adopted");
  g_assert_cmpstr (measure_of_count (document, "16件"), ==, "national_drafts_commented");
  assert_no_tally_of_count (document, "240余条");
  g_assert_cmpstr (measure_of_count (document, "7件"), ==, "higher_drafts_commented");
  assert_no_tally_of_count (document, "43条");
}

/* Counts before their laws, the verb after 经 and who acted (25件法规
 * 草案经常委会会议审议; 19件法规经常委会会议表决通过), or in the next
 * clause (报批的法规和单行条例36件，经审查全部依法批准，其中制定20件…:
 * approved only, the parts being the cities' acts). Laws approved are
 * the approving congress's, whoever sent them up. */
static void
test_passive_verbs_after_laws (void)
{
  static const char province[] =
    REPORT_HEAD ("省", "2024年1月10日", "十四", "二")
    "\n"
    "一、立法工作\n"
    "\n"
    "全年有25件法规草案经常委会会议审议，19件法规经常委会会议表决通过。"
    "各市州报批的法规和单行条例36件，经审查全部依法批准，其中制定20件、修改13件、废止3件。"
    "常委会审议法规草案12件，经常委会会议审议通过10件。"
    "另依法废止地方性法规1件，均经国务院批准后施行。\n"
    "\n"
    "二、监督工作\n"
    "\n"
    "全年接收报备的规范性文件236件，经逐件审查，督促制定机关纠正11件。\n";
  g_autoptr(BaogaoDocument) document = analyze (province);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "25件"), ==, "deliberated");
  g_assert_cmpstr (measure_of_count (document, "19件"), ==, "passed");
  g_assert_cmpstr (measure_of_count (document, "36件"), ==, "approved");
  g_assert_cmpstr (tally_scope (document, "legislation", "批准"), ==, "provincial");
  assert_no_tally_of_count (document, "20件");
  assert_no_tally_of_count (document, "13件");
  assert_no_tally_of_count (document, "3件");
  g_assert_cmpstr (measure_of_count (document, "12件"), ==, "deliberated");
  g_assert_cmpstr (measure_of_count (document, "10件"), ==, "passed");
  g_assert_cmpstr (measure_of_count (document, "236件"), ==, "normative_documents_filed");
  g_assert_cmpstr (measure_of_count (document, "1件"), ==, "repealed");
}

/* A rule whose words reach back to the sentence's subject (常委会党组
 * 把…作为首要政治任务，…学习36次) gives way when the clause of no count
 * right before the count's says what it excludes (…，严格执行“第一议题”
 * 制度，全年学习36次: the study that opens meetings); not when that
 * clause has a count of its own. */
static void
test_subject_rule_vetoed_between (void)
{
  static const char province[] =
    REPORT_HEAD ("省", "2024年1月10日", "十四", "二")
    "\n"
    "一、坚持党的领导\n"
    "\n"
    "常委会党组把坚持党的全面领导作为最高政治原则，全年召开党组会议24次，严格执行“第一议题”制度，全年学习36次。"
    "常委会党组把学习贯彻党的创新理论作为首要政治任务，开展集体学习12次。\n";
  g_autoptr(BaogaoDocument) document = analyze (province);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "24次"), ==, "party_group_meetings");
  g_assert_cmpstr (measure_of_count (document, "36次"), ==, "study_sessions");
  g_assert_cmpstr (measure_of_count (document, "12次"), ==, "party_group_study_sessions");
}

/* 各 and a verb with its object before a count (主任会议成员各领衔1项重
 * 点调研课题; 对…专项工作报告各进行满意度测评1次): each one's count, no
 * total. */
static void
test_each_with_verb_and_object (void)
{
  static const char city[] =
    REPORT_HEAD ("市", "2024年1月10日", "十七", "四")
    "\n"
    "二、监督工作\n"
    "\n"
    "主任会议成员各领衔1项重点调研课题。"
    "对市中级人民法院、市人民检察院专项工作报告各进行满意度测评1次。"
    "开展专题询问2次。"
    "各检查组共回收调查问卷两万三千份。\n";
  g_autoptr(BaogaoDocument) document = analyze (city);

  SKIP_WITHOUT_PLUGINS (document);

  assert_no_tally_of_count (document, "1项");
  assert_no_tally_of_count (document, "1次");
  g_assert_cmpstr (measure_of_count (document, "2次"), ==, "special_inquiries");
  /* (各 and a body named after a verb, 检查组, is no such marker) */
  g_assert_cmpstr (measure_of_count (document, "两万三千份"), ==, "surveys");
}

/* Words that name a kind of the thing counted: the central group's
 * reading class (举办党组理论学习中心组读书班1期), questions put in an
 * inquiry (在专题询问中现场提问21个), warning education named as
 * activities, the films among them (观看警示教育片、旁听庭审等警示教育活
 * 动4次). */
static void
test_kinds_named_in_the_words (void)
{
  static const char province[] =
    REPORT_HEAD ("省", "2024年1月10日", "十四", "二")
    "\n"
    "一、坚持党的领导\n"
    "\n"
    "举办党组理论学习中心组读书班1期。\n"
    "\n"
    "二、监督工作\n"
    "\n"
    "围绕“两院”工作开展专题询问两次，委员们在专题询问中现场提问21个。\n"
    "\n"
    "三、自身建设\n"
    "\n"
    "组织机关党员干部观看警示教育片、旁听庭审等警示教育活动4次。\n";
  g_autoptr(BaogaoDocument) document = analyze (province);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "1期"), ==, "guided_study_classes");
  g_assert_cmpstr (measure_of_count (document, "两次"), ==, "special_inquiries");
  g_assert_cmpstr (measure_of_count (document, "21个"), ==, "inquiry_questions");
  g_assert_cmpstr (measure_of_count (document, "4次"), ==, "warning_education_sessions");
}

/* Research in a section on legislation, the laws named in the
 * sentence's first clause (围绕重点立法项目，就…深入市县开展调研二十余
 * 次); not an inspection's. */
static void
test_legislative_research_of_the_subject (void)
{
  static const char province[] =
    REPORT_HEAD ("省", "2024年1月10日", "十四", "二")
    "\n"
    "一、立法工作\n"
    "\n"
    "围绕重点立法项目，就法规中的难点问题深入市县开展调研二十余次。"
    "围绕条例实施情况，组织执法检查组开展调研6次。\n";
  g_autoptr(BaogaoDocument) document = analyze (province);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "二十余次"), ==, "investigations");
  assert_count_not_as (document, "6次", "investigations");
}

/* In a part about the term, a paragraph that opens with the year said
 * as such (今年是…100周年。; 今年，…) speaks for the year in all its
 * sentences. */
static void
test_paragraph_opening_this_year (void)
{
  static const char district[] =
    REPORT_HEAD ("区", "2021年11月20日", "十九", "一")
    "\n"
    "一、过去五年的主要工作\n"
    "\n"
    "五年来，常委会共听取和审议专项工作报告46个。\n"
    "今年是中国共产党成立100周年。常委会深入开展党史学习教育，党组书记讲专题党课3次。\n"
    "今年，常委会依法指导完成区、乡镇两级人大换届选举工作。全区选举产生区人大代表231名。\n";
  g_autoptr(BaogaoDocument) document = analyze (district);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (period_of_count (document, "46个"), ==, "term");
  g_assert_cmpstr (measure_of_count (document, "3次"), ==, "lectures");
  g_assert_null (period_of_count (document, "3次"));
  g_assert_cmpstr (measure_of_count (document, "231名"), ==, "deputies_elected");
  g_assert_null (period_of_count (document, "231名"));
}

/* Drafts named by what was done to them, the head noun after 的 (列入常
 * 委会会议议程审议的法规草案，全年为19件; 列入常委会会议议程的法规草案12
 * 件): drafts deliberated, not the sessions' agenda items. */
static void
test_drafts_on_the_agenda (void)
{
  static const char city[] =
    REPORT_HEAD ("市", "2024年1月10日", "十七", "四")
    "\n"
    "一、立法工作\n"
    "\n"
    "列入常委会会议议程审议的法规草案，全年为19件。"
    "列入常委会会议议程的法规草案12件。\n"
    "\n"
    "二、自身建设\n"
    "\n"
    "全年审议法规草案、报告等议题30项。\n";
  g_autoptr(BaogaoDocument) document = analyze (city);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "19件"), ==, "deliberated");
  g_assert_cmpstr (measure_of_count (document, "12件"), ==, "deliberated");
  g_assert_cmpstr (measure_of_count (document, "30项"), ==, "agenda_items");
}

/* Oversight counted before its object, the verb after who acted (6部法
 * 律法规的实施情况由常委会组成人员带队检查; 全年有5个专项工作报告提请常
 * 委会会议审议). */
static void
test_oversight_objects_first (void)
{
  static const char city[] =
    REPORT_HEAD ("市", "2024年1月10日", "十七", "四")
    "\n"
    "二、监督工作\n"
    "\n"
    "6部法律法规的实施情况由常委会组成人员带队检查。"
    "全年有5个专项工作报告提请常委会会议审议。\n";
  g_autoptr(BaogaoDocument) document = analyze (city);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "6部"), ==, "law_inspections");
  g_assert_cmpstr (measure_of_count (document, "5个"), ==, "work_reports");
}

/* Self-building and deputies' counts in other words: a rule named
 * after the documents it reviews (…、规范性文件备案审查办法等制度28项), a
 * prize of an appraisal of news work (作品获评…新闻舆论工作优秀作品二等奖1
 * 项), projects fixed by the townships' vote named before them (全区8个
 * 街道均完成民生实事项目票决工作，共确定项目64个). */
static void
test_rules_prizes_and_projects (void)
{
  static const char district[] =
    REPORT_HEAD ("区", "2024年1月10日", "十八", "三")
    "\n"
    "一、代表工作\n"
    "\n"
    "全区8个街道均完成民生实事项目票决工作，共确定项目64个。\n"
    "\n"
    "二、自身建设\n"
    "\n"
    "修订完善常委会议事规则、主任会议议事规则、规范性文件备案审查办法等制度28项。"
    "作品获评全省人大新闻舆论工作优秀作品二等奖1项。\n";
  g_autoptr(BaogaoDocument) document = analyze (district);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "64个"), ==, "livelihood_projects_voted");
  g_assert_cmpstr (tally_scope (document, "representation", "64个"), ==, "township");
  g_assert_cmpstr (measure_of_count (document, "28项"), ==, "rules_made");
  g_assert_cmpstr (measure_of_count (document, "1项"), ==, "news_awards");
}

/* The NPC's deputies the congress organizes, named in the clause before
 * an elliptic total (组织在滇全国人大代表参加学习培训，共计135人次): their
 * own measure, as when the count follows them in one clause. */
static void
test_npc_deputies_before_total (void)
{
  static const char province[] =
    REPORT_HEAD ("省", "2024年1月10日", "十四", "二")
    "\n"
    "一、代表工作\n"
    "\n"
    "常委会组织在滇全国人大代表参加学习培训，共计135人次。"
    "组织省人大代表参加学习培训，共计980人次。"
    "组织在滇全国人大代表开展集中视察和专题调研，参加代表达120人次。\n";
  g_autoptr(BaogaoDocument) document = analyze (province);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "135人次"), ==, "npc_deputies_trained");
  g_assert_cmpstr (measure_of_count (document, "980人次"), ==, "deputies_trained");
  g_assert_cmpstr (tally_scope (document, "representation", "980人次"), ==, "provincial");
  g_assert_cmpstr (measure_of_count (document, "120人次"), ==, "npc_deputy_research_participations");
}

/* A later item of a list said with 分别 (…，提出的议案和建议分别为86件和
 * 1124件) is of the subject the first item is of (在黔全国人大代表). */
static void
test_respective_items_share_subject (void)
{
  static const char province[] =
    REPORT_HEAD ("省", "2024年1月10日", "十四", "二")
    "\n"
    "一、代表工作\n"
    "\n"
    "在黔全国人大代表认真履行职责，提出的议案和建议分别为86件和1124件。"
    "省人大代表提出的议案和建议分别为9件和619件。\n";
  g_autoptr(BaogaoDocument) document = analyze (province);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "86件"), ==, "npc_motions");
  g_assert_cmpstr (measure_of_count (document, "1124件"), ==, "npc_suggestions");
  g_assert_cmpstr (measure_of_count (document, "9件"), ==, "motions");
  g_assert_cmpstr (measure_of_count (document, "619件"), ==, "suggestions");
}

/* Laws, officials, departments and opinions named as the object before
 * their verb: 对…等3件法规作出全面修订; 对…等2件法规予以重新制定; 对5名
 * 市政府组成人员的履职情况开展评议; 对省政府10个组成部门的工作，常委会
 * 开展了工作评议; and the opinions followed, counted after the verb (共
 * 跟踪审议意见14项). */
static void
test_objects_before_their_verbs (void)
{
  static const char province[] =
    REPORT_HEAD ("省", "2024年1月10日", "十四", "二")
    "\n"
    "一、立法工作\n"
    "\n"
    "常委会对《某某省生物多样性保护条例》等3件法规作出全面修订，对《某某省湖泊保护条例》等2件法规予以重新制定。\n"
    "\n"
    "二、监督工作\n"
    "\n"
    "常委会还对5名省政府组成人员的履职情况开展评议。"
    "对省政府10个组成部门的工作，常委会开展了工作评议。"
    "对上年度审议意见的研究处理情况开展跟踪问效，共跟踪审议意见14项。\n";
  g_autoptr(BaogaoDocument) document = analyze (province);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "3件"), ==, "revised");
  g_assert_cmpstr (measure_of_count (document, "2件"), ==, "re_enacted");
  g_assert_cmpstr (measure_of_count (document, "5名"), ==, "officials_evaluated");
  g_assert_cmpstr (measure_of_count (document, "10个"), ==, "work_evaluations");
  g_assert_cmpstr (measure_of_count (document, "14项"), ==, "follow_up_supervisions");
}

/* Party lectures given at the deputies' stations (深入基层立法联系点、代
 * 表联络站讲专题党课九次) or counted in 人次 (党组成员到所在支部讲党课7人
 * 次) are the Party group's; lectures for the deputies are not. */
static void
test_party_lectures_at_stations (void)
{
  static const char province[] =
    REPORT_HEAD ("省", "2024年1月10日", "十四", "二")
    "\n"
    "一、坚持党的领导\n"
    "\n"
    "主任会议组成人员深入基层立法联系点、代表联络站讲专题党课九次。"
    "党组成员到所在支部讲党课7人次。"
    "为代表举办专题讲座3场。\n";
  g_autoptr(BaogaoDocument) document = analyze (province);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "九次"), ==, "lectures");
  g_assert_cmpstr (measure_of_count (document, "7人次"), ==, "lectures");
  assert_count_not_as (document, "3场", "lectures");
}

/* A headless relative's count with what was done to them in the clause
 * after (发现存在…问题的12件，均已督促制定机关予以纠正: the documents
 * corrected); one decision amending several laws at once (以一个修改决定一
 * 次性修改…地方性法规9件: a package). */
static void
test_relative_count_and_one_decision (void)
{
  static const char province[] =
    REPORT_HEAD ("省", "2024年1月10日", "十四", "二")
    "\n"
    "一、立法工作\n"
    "\n"
    "在优化营商环境方面，采取“打包”方式，以一个修改决定一次性修改涉及“放管服”改革的地方性法规9件。"
    "配合机构改革等重大改革，先后通过6次打包修改，一次性修改法规73件。\n"
    "\n"
    "二、监督工作\n"
    "\n"
    "加强备案审查，共接收报送备案的规范性文件178件，逐件审查，发现存在与上位法不一致等问题的12件，均已督促制定机关予以纠正。\n";
  g_autoptr(BaogaoDocument) document = analyze (province);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "9件"), ==, "amended_in_package");
  g_assert_cmpstr (measure_of_count (document, "73件"), ==, "amended_in_package");
  g_assert_cmpstr (measure_of_count (document, "178件"), ==, "normative_documents_filed");
  g_assert_cmpstr (measure_of_count (document, "12件"), ==, "documents_corrected");
}

/* A total of the count before it and another thing, said with 与 (召开
 * 主任会议二十三次，与常委会会议合计三十次): no row, as a total over
 * several measures is none. */
static void
test_total_with_another_thing (void)
{
  static const char province[] =
    REPORT_HEAD ("省", "2024年1月10日", "十四", "二")
    "\n"
    "一、自身建设\n"
    "\n"
    "常委会全年召开主任会议二十三次，与常委会会议合计三十次，审议议题八十一项。\n";
  g_autoptr(BaogaoDocument) document = analyze (province);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "二十三次"), ==, "chairpersons_meetings");
  assert_no_tally_of_count (document, "三十次");
  g_assert_cmpstr (measure_of_count (document, "八十一项"), ==, "agenda_items");
}

/* Legislative contact points: the new ones counted before their verb
 * (基层立法联系点已扩容到18个，其中3个为今年新设), and all there are, the
 * points said short in a section on legislation (全市联系点扩充至25个). */
static void
test_contact_points_said_short (void)
{
  static const char city[] =
    REPORT_HEAD ("市", "2024年1月10日", "十七", "四")
    "\n"
    "一、立法工作\n"
    "\n"
    "市级基层立法联系点已扩容到18个，其中3个为今年新设。"
    "全市联系点扩充至25个。"
    "在立法论证方面，就某某条例草案举行立法听证会1次。基层立法联系点新增5个，已达22个，成为倾听民意的窗口。"
    "在甲县、乙市新设立2个州级基层立法联系点，全州联系点已有16个。\n";
  g_autoptr(BaogaoDocument) document = analyze (city);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "18个"), ==, "legislative_contact_points");
  g_assert_cmpstr (measure_of_count (document, "3个"), ==, "legislative_contact_points_added");
  g_assert_null (period_of_count (document, "3个"));
  g_assert_cmpstr (measure_of_count (document, "25个"), ==, "legislative_contact_points");
  /* (the new ones, then all there are, said short: 已达) */
  g_assert_cmpstr (measure_of_count (document, "5个"), ==, "legislative_contact_points_added");
  g_assert_cmpstr (measure_of_count (document, "22个"), ==, "legislative_contact_points");
  g_assert_cmpstr (measure_of_count (document, "2个"), ==, "legislative_contact_points_added");
  g_assert_cmpstr (measure_of_count (document, "16个"), ==, "legislative_contact_points");
}

/* What a count counts, not the topics listed before it (围绕代表建议办
 * 理、营商环境优化等领题调研9项: research topics; 成立脱贫攻坚、产业项
 * 目建设…等工作专班3个: task forces); meetings counted before their name
 * (先后组织13场立法座谈会和论证会); deputies' epidemic work said as 联防
 * 联控. */
static void
test_counted_not_topics (void)
{
  static const char province[] =
    REPORT_HEAD ("省", "2024年1月10日", "十四", "二")
    "\n"
    "一、坚持党的领导\n"
    "\n"
    "常委会党组成员围绕代表建议办理、营商环境优化等领题调研9项。"
    "成立脱贫攻坚、产业项目建设、扫黑除恶等工作专班3个。\n"
    "\n"
    "二、立法工作\n"
    "\n"
    "先后组织13场立法座谈会和论证会。\n"
    "\n"
    "三、代表工作\n"
    "\n"
    "全省各级人大代表30万余人次参与联防联控。\n";
  g_autoptr(BaogaoDocument) document = analyze (province);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "9项"), ==, "research_topics");
  g_assert_cmpstr (measure_of_count (document, "3个"), ==, "task_forces");
  g_assert_cmpstr (measure_of_count (document, "13场"), ==, "consultation_meetings");
  g_assert_cmpstr (measure_of_count (document, "30万余人次"), ==, "deputy_activity_participations");
  g_assert_cmpstr (tally_scope (document, "representation", "联防联控"), ==, "all_levels");
}

/* Counts said in other orders: ceremonies counted before their name (5
 * 次宣誓仪式中共有42名…宣誓); a total of deputies after what each member
 * does (每位常委会组成人员固定联系若干名市人大代表，共联系486名); the
 * NPC's drafts sent for comment, the drafts after the count (对全国人大常
 * 委会交来征求意见的62部法律草案逐一研究，…); the public's comments on
 * drafts published (两部条例草案…刊登后，群众来信来电提出意见建议370余
 * 条). */
static void
test_counts_in_other_orders (void)
{
  static const char city[] =
    REPORT_HEAD ("市", "2024年1月10日", "十七", "四")
    "\n"
    "一、立法工作\n"
    "\n"
    "对全国人大常委会交来征求意见的62部法律草案逐一研究，认真提出修改意见。"
    "两部条例草案在《某某日报》和市人大网站刊登后，群众来信来电提出意见建议370余条。\n"
    "\n"
    "二、代表工作\n"
    "\n"
    "宪法宣誓制度坚持不懈，5次宣誓仪式中共有42名被任命人员面向国旗庄严宣誓。"
    "每位常委会组成人员固定联系若干名市人大代表，共联系486名。\n";
  g_autoptr(BaogaoDocument) document = analyze (city);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "62部"), ==, "national_drafts_commented");
  g_assert_cmpstr (measure_of_count (document, "370余条"), ==, "public_comments");
  g_assert_cmpstr (measure_of_count (document, "5次"), ==, "oath_ceremonies");
  g_assert_cmpstr (measure_of_count (document, "42名"), ==, "oaths");
  g_assert_cmpstr (measure_of_count (document, "486名"), ==, "deputies_liaised");
}

/* An item of a list with a verb of its own its words leave undecided
 * borrows no verb from the head (包括制定法律47件、…、作出法律解释和有关
 * 法律问题的决定53件); a clause opening with the session it was done at
 * opens with its verb (在粤全国人大代表…，十四届全国人大一次会议期间提出
 * 议案建议312件); a paragraph whose lead-in is followed by the year
 * speaks for the year (本届最后一年，…。2022年，…。…开展了两次专题询问). */
static void
test_own_verbs_sessions_and_lead_ins (void)
{
  static const char national[] =
    "全国人民代表大会常务委员会工作报告\n"
    "——2023年3月7日在第十四届全国人民代表大会第一次会议上\n"
    "\n"
    "一、过去五年的主要工作\n"
    "\n"
    "五年来，通过法律案211件，包括制定法律47件、修改法律111件、作出法律解释和有关法律问题的决定53件。\n"
    "本届最后一年，监督工作力度不减。2022年，常委会对四部法律的实施情况组织执法检查。常委会还结合审议有关报告开展了两次专题询问。\n";
  static const char province[] =
    REPORT_HEAD ("省", "2024年1月10日", "十四", "二")
    "\n"
    "一、代表工作\n"
    "\n"
    "在粤全国人大代表履职积极性高，十四届全国人大一次会议期间提出议案建议312件。\n";
  g_autoptr(BaogaoDocument) document = analyze (national);
  g_autoptr(BaogaoDocument) second = analyze (province);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "47件"), ==, "enacted");
  assert_count_not_as (document, "53件", "enacted");
  g_assert_cmpstr (measure_of_count (document, "两次"), ==, "special_inquiries");
  g_assert_null (period_of_count (document, "两次"));
  g_assert_cmpstr (measure_of_count (second, "312件"), ==, "npc_motions+suggestions");
}

/* A clause whose own subject comes before the time it names (省人大代表在
 * 两会期间提出建议312件) does not open with its verb: the sentence's
 * subject before it (在粤全国人大代表) is not its own. */
static void
test_own_subject_before_session (void)
{
  static const char province[] =
    REPORT_HEAD ("省", "2024年1月10日", "十四", "二")
    "\n"
    "一、代表工作\n"
    "\n"
    "在粤全国人大代表履职积极性高，省人大代表在两会期间提出建议312件。\n";
  g_autoptr(BaogaoDocument) document = analyze (province);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "312件"), ==, "suggestions");
}

/* Work reports listed by body: the count after 工作报告等 (听取审议国务
 * 院、最高人民法院、最高人民检察院工作报告等19个: no agenda items), and
 * one after a list of reports in clauses of their own, the verb in the
 * sentence's first (…的综合报告，省高级人民法院关于…的报告，…等专项工作
 * 报告21个). */
static void
test_work_reports_listed_by_body (void)
{
  static const char province[] =
    REPORT_HEAD ("省", "2024年1月10日", "十四", "二")
    "\n"
    "一、监督工作\n"
    "\n"
    "常委会听取审议省政府、省高级人民法院、省人民检察院工作报告等19个。"
    "听取和审议省政府关于国民经济和社会发展计划执行情况的综合报告，省高级人民法院关于民事审判工作的报告，"
    "省人民检察院关于公益诉讼工作的报告等专项工作报告21个。\n";
  g_autoptr(BaogaoDocument) document = analyze (province);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "19个"), ==, "work_reports");
  g_assert_cmpstr (measure_of_count (document, "21个"), ==, "work_reports");
}

/* Deputies named in full (乡镇人民代表大会代表1153名: township); contact
 * points newly set up over the years (累计新设基层立法联系点9个); the
 * NPC's drafts named first, the count with 对 (…征求意见的法律草案，共对
 * 21件提出意见). */
static void
test_full_names_and_new_points (void)
{
  static const char county[] =
    REPORT_HEAD ("县", "2022年1月10日", "十八", "一")
    "\n"
    "一、代表工作\n"
    "\n"
    "选举产生县第十八届人民代表大会代表196名、乡镇人民代表大会代表1153名。\n";
  static const char province[] =
    REPORT_HEAD ("省", "2024年1月10日", "十四", "二")
    "\n"
    "一、立法工作\n"
    "\n"
    "本届以来，累计新设基层立法联系点9个，全省基层立法联系点达到27个。"
    "认真研究全国人大常委会法工委征求意见的法律草案，共对21件提出意见。\n";
  g_autoptr(BaogaoDocument) document = analyze (county);
  g_autoptr(BaogaoDocument) second = analyze (province);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (tally_scope (document, "representation", "196名"), ==, "county");
  g_assert_cmpstr (tally_scope (document, "representation", "1153名"), ==, "township");
  g_assert_cmpstr (measure_of_count (second, "9个"), ==, "legislative_contact_points_added");
  g_assert_cmpstr (measure_of_count (second, "27个"), ==, "legislative_contact_points");
  g_assert_cmpstr (measure_of_count (second, "21件"), ==, "national_drafts_commented");
}

/* The years gone through, said so (回顾第十七届县人大常委会走过的五年，…),
 * are the term. */
static void
test_years_gone_through (void)
{
  static const char county[] =
    REPORT_HEAD ("县", "2021年11月10日", "十八", "一")
    "\n"
    "一、自身建设\n"
    "\n"
    "回顾第十七届县人大常委会走过的五年，常委会共举行会议58次。\n";
  g_autoptr(BaogaoDocument) document = analyze (county);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (period_of_count (document, "58次"), ==, "term");
}

/* Resolutions and decisions said together, 批准 in one of their names
 * (作出关于批准2015年省级决算的决议等决议决定6项). */
static void
test_resolutions_approving (void)
{
  static const char province[] =
    REPORT_HEAD ("省", "2017年1月10日", "十二", "五")
    "\n"
    "一、监督工作\n"
    "\n"
    "常委会依法审查批准省级预算调整方案，作出关于批准2015年省级决算的决议等决议决定6项。"
    "批准设区的市法规12件。\n";
  g_autoptr(BaogaoDocument) document = analyze (province);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "6项"), ==, "resolutions");
  assert_count_not_as (document, "12件", "resolutions");
}

/* Information items named in the clause before, the verb said again
 * (报送工作信息，全年报送46条，被采用19条). */
static void
test_info_items_named_before (void)
{
  static const char province[] =
    REPORT_HEAD ("省", "2024年1月10日", "十四", "二")
    "\n"
    "一、自身建设\n"
    "\n"
    "积极向全国人大常委会报送工作信息，全年报送46条，被采用19条。\n";
  g_autoptr(BaogaoDocument) document = analyze (province);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "46条"), ==, "info_items_sent");
  g_assert_cmpstr (measure_of_count (document, "19条"), ==, "info_items_adopted");
}

/* The drafts of the congress above received, the city's in a county's
 * report (收到宜昌市人大常委会征求意见的法规草案8件), are drafts it
 * commented on, not comments; its own comments on them are none. */
static void
test_higher_drafts_received (void)
{
  static const char county[] =
    REPORT_HEAD ("县", "2024年1月10日", "十八", "三")
    "\n"
    "一、立法工作\n"
    "\n"
    "收到宜昌市人大常委会征求意见的法规草案8件，逐件组织相关部门研究，反馈修改意见26条。\n";
  g_autoptr(BaogaoDocument) document = analyze (county);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "8件"), ==, "higher_drafts_commented");
  assert_no_tally_of_count (document, "26条");
}

/* Drafts sent down by the congress above (省人大常委会先后发来法规草案征
 * 求意见稿7件) are the reporting congress's count of drafts commented
 * on; the office's Party group's lectures are self-building's (机关党组
 * 书记讲专题党课4次; 常委会机关党组以…为主线，组织…讲授专题党课12次 in
 * any section); a motion the
 * presidium registered, counted first (1件议案予以立案). */
static void
test_sent_down_office_and_registered (void)
{
  static const char city[] =
    REPORT_HEAD ("市", "2022年1月10日", "十七", "六")
    "\n"
    "一、立法工作\n"
    "\n"
    "省人大常委会先后发来法规草案征求意见稿7件，常委会组织研究后反馈意见31条。\n"
    "\n"
    "二、代表工作\n"
    "\n"
    "经大会主席团审议，1件议案予以立案，由常委会相关工作委员会牵头办理。\n"
    "\n"
    "三、自身建设\n"
    "\n"
    "机关党组书记讲专题党课4次。\n"
    "\n"
    "四、坚持党的领导\n"
    "\n"
    "常委会机关党组以主题教育为主线，组织机关各党支部书记讲授专题党课12次。\n";
  g_autoptr(BaogaoDocument) document = analyze (city);
  const char *domain = NULL;

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "7件"), ==, "higher_drafts_commented");
  g_assert_cmpstr (tally_scope (document, "legislation", "7件"), ==, "municipal");
  assert_no_tally_of_count (document, "31条");
  g_assert_cmpstr (measure_of_count (document, "1件"), ==, "motions_accepted");
  g_assert_nonnull (tally_of_count (document, "4次", &domain));
  g_assert_cmpstr (domain, ==, "self_building");
  g_assert_cmpstr (measure_of_count (document, "4次"), ==, "lectures");
  /* (…named as the sentence's subject, in a section on the Party's
   * leadership) */
  g_assert_nonnull (tally_of_count (document, "12次", &domain));
  g_assert_cmpstr (domain, ==, "self_building");
}

/* A district's own comments, compiled and sent up (汇总形成书面意见79条，
 * 按时报送上级人大常委会), are none; those collected from the public and
 * sent up are (收集社会各界意见建议340余条，经梳理上报省人大常委会).
 * Officials reporting on their work to the committee (11名区政府组成人员
 * 先后向常委会书面述职; 19名组成人员轮流向常委会报告履职情况，接受…评议)
 * are appraised; drafts put out for the grassroots' comment
 * (…等9件法规草案征求基层意见) are a congress above's in a district. */
static void
test_district_comments_and_officials (void)
{
  static const char district[] =
    REPORT_HEAD ("区", "2024年1月10日", "十八", "三")
    "\n"
    "一、立法工作\n"
    "\n"
    "全年就《某某市养犬管理条例（草案）》等9件法规草案征求基层意见。"
    "在此基础上，区人大常委会汇总形成书面意见79条，按时报送上级人大常委会。"
    "通过召开座谈会等方式，收集社会各界意见建议340余条，经梳理上报省人大常委会。\n"
    "\n"
    "二、监督工作\n"
    "\n"
    "11名区政府组成人员先后向常委会书面述职，常委会逐一进行评议。"
    "区政府19名组成人员轮流向常委会报告履职情况，接受常委会组成人员评议。\n";
  g_autoptr(BaogaoDocument) document = analyze (district);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "9件"), ==, "higher_drafts_commented");
  assert_no_tally_of_count (document, "79条");
  g_assert_cmpstr (measure_of_count (document, "340余条"), ==, "public_comments");
  g_assert_cmpstr (measure_of_count (document, "11名"), ==, "officials_evaluated");
  g_assert_cmpstr (measure_of_count (document, "19名"), ==, "officials_evaluated");
}

/* Those taken up of the comments a congress put to the one above, named
 * as whom they went to (向市人大常委会提出修改意见建议61条，其中19条被采
 * 纳), are no comments adopted. */
static void
test_comments_put_to_above_adopted (void)
{
  static const char district[] =
    REPORT_HEAD ("区", "2024年1月10日", "十八", "三")
    "\n"
    "一、立法工作\n"
    "\n"
    "在广泛听取意见的基础上，区人大常委会向市人大常委会提出修改意见建议61条，其中19条被采纳。"
    "公开征求意见5次，收到意见建议800余条，其中采纳96条。\n";
  g_autoptr(BaogaoDocument) document = analyze (district);

  SKIP_WITHOUT_PLUGINS (document);

  assert_no_tally_of_count (document, "61条");
  assert_no_tally_of_count (document, "19条");
  g_assert_cmpstr (measure_of_count (document, "96条"), ==, "public_comments_adopted");
}

/* Counts said with other verbs and counters: 党组全年开会24次; 吸收了其中
 * 的263条; 3家单位开展工作评议. */
static void
test_other_verbs_and_counters (void)
{
  static const char province[] =
    REPORT_HEAD ("省", "2024年1月10日", "十四", "二")
    "\n"
    "一、坚持党的领导\n"
    "\n"
    "党组全年开会24次，研究事项92项。\n"
    "\n"
    "二、立法工作\n"
    "\n"
    "草案两次公开征求意见，收到意见建议1100余条，吸收了其中的263条。\n"
    "\n"
    "三、监督工作\n"
    "\n"
    "选择省教育厅、省医疗保障局、省交通运输厅3家单位开展工作评议。\n";
  g_autoptr(BaogaoDocument) document = analyze (province);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "24次"), ==, "party_group_meetings");
  g_assert_cmpstr (measure_of_count (document, "263条"), ==, "public_comments_adopted");
  g_assert_cmpstr (measure_of_count (document, "3家"), ==, "work_evaluations");
}

/* The office's Party group and its central group studying (机关党组组织
 * 机关理论学习中心组学习12次) are self-building's, in any section. */
static void
test_office_central_group (void)
{
  static const char province[] =
    REPORT_HEAD ("省", "2023年1月10日", "十四", "一")
    "\n"
    "一、坚持党的领导\n"
    "\n"
    "党组理论学习中心组集中学习14次。"
    "机关党组组织机关理论学习中心组学习12次。\n";
  g_autoptr(BaogaoDocument) document = analyze (province);
  const char *domain = NULL;

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "14次"), ==, "central_group_study_sessions");
  g_assert_nonnull (tally_of_count (document, "12次", &domain));
  g_assert_cmpstr (domain, ==, "self_building");
  g_assert_cmpstr (measure_of_count (document, "12次"), ==, "study_sessions");
}

/* A list of meetings, then the year and the total (常委会会议、主任会议全
 * 年共召开32次; 党组会议和中心组学习全年合计31次): a total over several
 * measures, no row; 全年共 alone is the year's count; the Party group's
 * study named in the count's clause is its own, whatever the clause
 * before names (…、机关支部跟进学的学习格局，全年党组集体学习15次). */
static void
test_meetings_listed_then_total (void)
{
  static const char county[] =
    REPORT_HEAD ("县", "2021年1月10日", "十八", "五")
    "\n"
    "一、自身建设\n"
    "\n"
    "常委会会议、主任会议全年共召开32次。全年共召开常委会会议8次。"
    "常委会党组会议和中心组学习全年合计31次。"
    "常委会党组把学习贯彻党的二十大精神作为首要政治任务，构建党组会议带头学、机关支部跟进学的学习格局，"
    "全年党组集体学习15次。\n";
  g_autoptr(BaogaoDocument) document = analyze (county);

  SKIP_WITHOUT_PLUGINS (document);

  assert_no_tally_of_count (document, "32次");
  assert_no_tally_of_count (document, "31次");
  g_assert_cmpstr (measure_of_count (document, "15次"), ==, "party_group_study_sessions");
  g_assert_cmpstr (measure_of_count (document, "8次"), ==, "standing_committee_sessions");
}

/* Matters counted before the Party group studied them (对48项重大事项进
 * 行集体研究); comments sent back to the province and the city together
 * (向省市人大常委会反馈修改意见30条: none); visits of exchange received
 * (接待来访交流21批次: no petitions). */
static void
test_matters_comments_and_exchanges (void)
{
  static const char county[] =
    REPORT_HEAD ("县", "2022年1月10日", "十八", "一")
    "\n"
    "一、坚持党的领导\n"
    "\n"
    "常委会党组全年党组会议开了25次，对48项重大事项进行集体研究。\n"
    "\n"
    "二、立法工作\n"
    "\n"
    "通过基层立法联系点收集群众意见建议102条，向省市人大常委会反馈修改意见30条。\n"
    "\n"
    "三、自身建设\n"
    "\n"
    "加强与兄弟县市区人大的交流学习，全年接待来访交流21批次。\n";
  g_autoptr(BaogaoDocument) document = analyze (county);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "48项"), ==, "matters_studied");
  g_assert_cmpstr (measure_of_count (document, "102条"), ==, "public_comments");
  assert_no_tally_of_count (document, "30条");
  assert_count_not_as (document, "21批次", "petitions_received");
}

/* Drafts made public (公开法规草案17件，征求意见2600余条); practice bases
 * newly fixed (新确定…基层实践点25个: added, the year's). */
static void
test_drafts_public_and_bases_fixed (void)
{
  static const char province[] =
    REPORT_HEAD ("省", "2024年1月10日", "十四", "二")
    "\n"
    "一、立法工作\n"
    "\n"
    "通过门户网站和新闻媒体公开法规草案17件，征求意见2600余条。\n"
    "\n"
    "二、代表工作\n"
    "\n"
    "新确定省级全过程人民民主基层实践点25个。\n";
  g_autoptr(BaogaoDocument) document = analyze (province);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "17件"), ==, "drafts_published");
  g_assert_cmpstr (measure_of_count (document, "2600余条"), ==, "public_comments");
  g_assert_cmpstr (measure_of_count (document, "25个"), ==, "democracy_practice_bases_added");
  g_assert_null (period_of_count (document, "25个"));
}

/* Questions an inquiry's members 提了 (围绕…开展专题询问，8位委员现场提了
 * 16个问题). */
static void
test_inquiry_questions_ti_le (void)
{
  static const char city[] =
    REPORT_HEAD ("市", "2024年1月10日", "十七", "四")
    "\n"
    "二、监督工作\n"
    "\n"
    "围绕生态环境保护开展专题询问，8位委员现场提了16个问题。\n";
  g_autoptr(BaogaoDocument) document = analyze (city);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "16个"), ==, "inquiry_questions");
}

/* Suggestions taken up again, said 开展了回访 (对代表表示不满意的3件建议开
 * 展了回访). */
static void
test_suggestions_revisited (void)
{
  static const char city[] =
    REPORT_HEAD ("市", "2024年1月10日", "十七", "四")
    "\n"
    "二、代表工作\n"
    "\n"
    "会后，常委会对代表表示不满意的3件建议开展了回访，要求承办单位重新研究、再次答复。\n";
  g_autoptr(BaogaoDocument) document = analyze (city);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "3件"), ==, "suggestions_followed_up");
}

/* Suggestions revisited said 开展办理情况回访; drafts counted after the
 * consultations (公开征求意见11次，涉及法规草案10件); comments taken up by
 * the law (其中37条被法规吸收). */
static void
test_revisits_drafts_and_uptake (void)
{
  static const char city[] =
    REPORT_HEAD ("市", "2022年1月10日", "十七", "六")
    "\n"
    "一、立法工作\n"
    "\n"
    "常委会在网站上公开征求意见11次，涉及法规草案10件。"
    "这些联系点全年收集群众意见建议1300多条，其中37条被法规吸收。\n"
    "\n"
    "二、代表工作\n"
    "\n"
    "常委会对32件建议开展办理情况回访。\n";
  g_autoptr(BaogaoDocument) document = analyze (city);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "10件"), ==, "drafts_published");
  g_assert_cmpstr (measure_of_count (document, "37条"), ==, "public_comments_adopted");
  g_assert_cmpstr (measure_of_count (document, "32件"), ==, "suggestions_followed_up");
}

/* Drafts for comment published, named so (公布征求意见稿6件: drafts, not
 * comments); comments 吸纳; cooperation on laws agreed (签署协同立法协议2
 * 项). */
static void
test_drafts_for_comment_and_agreements (void)
{
  static const char prefecture[] =
    REPORT_HEAD ("自治州", "2020年1月10日", "十五", "四")
    "\n"
    "一、立法工作\n"
    "\n"
    "用两种文字同步公布征求意见稿6件，收到意见建议180余条，吸纳37条。\n"
    "\n"
    "二、自身建设\n"
    "\n"
    "与周边地区人大常委会签署协同立法协议2项。\n";
  g_autoptr(BaogaoDocument) document = analyze (prefecture);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "6件"), ==, "drafts_published");
  g_assert_cmpstr (measure_of_count (document, "180余条"), ==, "public_comments");
  g_assert_cmpstr (measure_of_count (document, "37条"), ==, "public_comments_adopted");
  g_assert_cmpstr (measure_of_count (document, "2项"), ==, "agreements");
}

/* The work's rules counted before their name, in a section on
 * legislation (修订《…立法程序规则》等三项立法工作制度). */
static void
test_law_making_rules_counted_first (void)
{
  static const char city[] =
    REPORT_HEAD ("市", "2024年1月10日", "十七", "四")
    "\n"
    "一、立法工作\n"
    "\n"
    "修订《某某市人民代表大会常务委员会立法程序规则》等三项立法工作制度。\n";
  g_autoptr(BaogaoDocument) document = analyze (city);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "三项"), ==, "rules_made");
}

/* Words some congresses use for known measures: deputies' groups named
 * in a clause before their activities (编组代表小组32个，全年开展小组活动
 * 150余次), an evening school for deputies (代表夜校), questions put at an
 * inquiry said 问询, documents counted before their correction (对4件…
 * 规范性文件作出修改或者予以废止), reports appraised (实施满意度测评), a
 * member of the committee by-elected (no deputy), practice points newly
 * made (新打造), and the
 * congress's own comments sent up (向上反馈修改意见58条: not the
 * public's). */
static void
test_other_words_for_measures (void)
{
  static const char text[] =
    REPORT_HEAD ("区", "2024年1月10日", "十八", "三")
    "\n"
    "一、立法工作\n"
    "\n"
    "对每件法规草案，通过代表联络站广泛听取意见，共征集基层意见建议216条，逐条梳理汇总后，向上反馈修改意见58条。\n"
    "\n"
    "二、监督工作\n"
    "\n"
    "组织了1次专题询问，常委会组成人员和代表现场问询问题九个，有关部门负责人现场作答。"
    "推动有关机关对4件存在问题的规范性文件作出修改或者予以废止。对听取的7个专项工作报告实施满意度测评。\n"
    "\n"
    "三、代表工作\n"
    "\n"
    "按照就近就便原则编组代表小组32个，全年开展小组活动150余次。开设“代表夜校”2期，260人次代表参加学习。"
    "目前全区共有代表之家、联络站54个；新打造全过程人民民主基层实践点6个。"
    "全年补选区人大代表3名；补选区第十八届人大常委会委员1名。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_tally (document, "legislation", "216条", "public_comments", 216);
  assert_no_tally_of_count (document, "58条");
  assert_tally (document, "oversight", "九个", "inquiry_questions", 9);
  /* (documents counted before their correction) */
  g_assert_cmpstr (measure_of_count (document, "4件"), ==, "documents_corrected");
  /* (the reports heard, appraised: the surveys') */
  g_assert_cmpstr (measure_of_count (document, "7个"), ==, "satisfaction_surveys");
  /* (deputies by-elected; not a member of the committee) */
  g_assert_cmpstr (measure_of_count (document, "3名"), ==, "by_elections");
  assert_no_tally_of_count (document, "1名");
  assert_tally (document, "representation", "150余次", "deputy_group_activities", 150);
  assert_tally (document, "representation", "2期", "deputy_trainings", 2);
  g_assert_cmpstr (measure_of_count (document, "260人次"), ==, "deputies_trained");
  assert_tally (document, "representation", "6个", "democracy_practice_bases_added", 6);
}

/* A total said after its parts, in a clause of its own right after
 * them (…报告13个、…报告1个，共14个; 任命…40人次，免去23人次，合计任免
 * 63人次), is the row, of the parts' measure, and the parts are none;
 * not a count after a semicolon, nor a total of parts of several
 * measures. */
static void
test_total_after_parts (void)
{
  static const char text[] =
    REPORT_HEAD ("市", "2024年1月10日", "十七", "三")
    "\n"
    "一、监督工作\n"
    "\n"
    "全年听取审议市人民政府专项工作报告十三个、市监察委员会专项工作报告一个、"
    "市中级人民法院和市人民检察院专项工作报告各一个，合计16个。"
    "开展执法检查5次、专题询问2次，共7次。开展执法检查3次、走访座谈4次，共9次。\n"
    "\n"
    "二、代表工作\n"
    "\n"
    "任命国家机关工作人员40人次，免去23人次，合计任免63人次。\n"
    "\n"
    "三、坚持党的领导\n"
    "\n"
    "党组举办读书班两期，集中学习原著；党组成员带头讲专题党课，共讲了九场。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "16个"), ==, "work_reports");
  assert_no_tally_of_count (document, "十三个");
  g_assert_cmpstr (measure_of_count (document, "63人次"), ==, "appointments");
  assert_no_tally_of_count (document, "40人次");
  assert_no_tally_of_count (document, "23人次");
  /* (parts of two measures: the total is none, the parts stay) */
  g_assert_cmpstr (measure_of_count (document, "5次"), ==, "law_inspections");
  g_assert_cmpstr (measure_of_count (document, "2次"), ==, "special_inquiries");
  assert_no_tally_of_count (document, "7次");
  /* (…or one part of no measure: the other stays as it is) */
  g_assert_cmpstr (measure_of_count (document, "3次"), ==, "law_inspections");
  assert_no_tally_of_count (document, "9次");
  /* (after a semicolon, no total of the classes) */
  g_assert_cmpstr (measure_of_count (document, "两期"), ==, "guided_study_classes");
}

/* Laws counted before their verb, the verb passive or with 作了 (…3部法
 * 规由常委会审议制定，《…条例》1部作了修改; 地方性法规2件经常委会制定). */
static void
test_laws_counted_before_their_verb (void)
{
  static const char text[] =
    REPORT_HEAD ("市", "2020年1月10日", "十五", "四")
    "\n"
    "一、立法工作\n"
    "\n"
    "年内，《某某市甲保护条例》《某某市乙管理条例》《某某市丙促进条例》3部法规由常委会审议制定，"
    "《某某市丁条例》1部作了修改。另有地方性法规2件经常委会会议审议制定。"
    "常委会审议并表决通过法规4件，三件为新制定，一件为修改。\n"
    "\n"
    "二、代表工作\n"
    "\n"
    "邀请32名乡镇人大主席列席常委会会议。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "3部"), ==, "enacted");
  g_assert_cmpstr (measure_of_count (document, "1部"), ==, "amended");
  g_assert_cmpstr (measure_of_count (document, "2件"), ==, "enacted");
  /* (a lone 一件 opening its clause, 为 and the verb after it) */
  g_assert_cmpstr (measure_of_count (document, "三件"), ==, "enacted");
  g_assert_cmpstr (measure_of_count (document, "一件"), ==, "amended");
  /* (the heads of the lower congresses named after their count) */
  g_assert_cmpstr (measure_of_count (document, "32名"), ==, "director_attendances");
}

/* A count whose clause says only the years and a total (五年共计58次)
 * reads the clause before it, as one saying only the year does. */
static void
test_years_and_total_alone (void)
{
  static const char text[] =
    REPORT_HEAD ("省", "2023年1月10日", "十四", "一")
    "\n"
    "一、坚持党的全面领导\n"
    "\n"
    "党组理论学习中心组围绕党的二十大精神开展专题学习研讨，五年共计58次。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "58次"), ==, "central_group_study_sessions");
  g_assert_cmpstr (period_of_count (document, "58次"), ==, "term");
}

/* Drafts of a congress above that name the reporting one as whom they
 * consulted (省人大常委会先后就12件法规草案征求我市意见), the comments it
 * sent back on them or on the NPC's drafts named as 征求意见稿 (…法律草案
 * 征求意见稿，反馈意见86条: its own, no public comments), and problems a
 * follow-up found (跟踪监督中发现问题86个: found, not followed). */
static void
test_higher_drafts_and_follow_up_findings (void)
{
  static const char text[] =
    REPORT_HEAD ("市", "2020年1月10日", "十五", "四")
    "\n"
    "一、立法工作\n"
    "\n"
    "省人大常委会先后就12件法规草案征求我市意见，常委会组织县市区人大认真研究，反馈修改意见56条。"
    "认真研究全国人大常委会发来的十件法律草案征求意见稿，反馈意见八十六条。\n"
    "\n"
    "二、监督工作\n"
    "\n"
    "对往年审议意见落实情况组织跟踪监督3项，跟踪监督中发现问题47个，已督促整改41个。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "12件"), ==, "higher_drafts_commented");
  assert_no_tally_of_count (document, "56条");
  g_assert_cmpstr (measure_of_count (document, "十件"), ==, "national_drafts_commented");
  assert_no_tally_of_count (document, "八十六条");
  g_assert_cmpstr (measure_of_count (document, "3项"), ==, "follow_up_supervisions");
  g_assert_cmpstr (measure_of_count (document, "47个"), ==, "problems_identified");
}

/* A sentence that opens with the campaign it tells of (党纪学习教育中，)
 * has its subject in the next clause: the Party group's study there is
 * its own (党组…开展集中学习8次), and the office's Party group's findings
 * are self-building's (主题教育中，机关党组…查找问题17个，已整改到位15个). */
static void
test_campaign_opening_the_sentence (void)
{
  static const char text[] =
    REPORT_HEAD ("县", "2024年1月10日", "十八", "三")
    "\n"
    "一、坚持党的全面领导\n"
    "\n"
    "党纪学习教育中，党组紧扣《中国共产党纪律处分条例》这一重点，开展集中学习8次、专题研讨3次。"
    "主题教育中，机关党组聚焦机关作风建设，查找问题17个，已整改到位15个。"
    "坚持“第一议题”制度，在党组会议、主任会议、常委会会议前集中学习三十八次。"
    "围绕贯彻落实中央和省委决策部署、审定常委会年度工作要点、研究立法规划调整和重要人事任免等重大问题，"
    "党组全年召开会议二十三次，研究审定重大事项64项。"
    "凡是常委会工作中的重大问题，以及监督工作中发现的涉及全局的重要情况，党组都坚持及时向县委请示报告，"
    "一年来报送的请示和报告达31件。"
    "凡重要事项一律提交党组会议研究，先后研究了包括年度立法计划和代表建议督办在内的事项72项。"
    "党组书记带头，班子成员跟进，深入分管委室、联系乡镇人大和机关各支部讲党课，累计11次。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);
  const char *domain = NULL;

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "8次"), ==, "party_group_study_sessions");
  g_assert_nonnull (tally_of_count (document, "17个", &domain));
  g_assert_cmpstr (domain, ==, "self_building");
  g_assert_cmpstr (measure_of_count (document, "17个"), ==, "problems_identified");
  g_assert_nonnull (tally_of_count (document, "15个", &domain));
  g_assert_cmpstr (domain, ==, "self_building");
  /* (study before the meetings: no training of the heads of congresses) */
  g_assert_cmpstr (measure_of_count (document, "三十八次"), ==, "study_sessions");
  /* (the Party group named in a later clause than the sentence's first) */
  g_assert_cmpstr (measure_of_count (document, "64项"), ==, "matters_studied");
  g_assert_cmpstr (measure_of_count (document, "31件"), ==, "matters_reported_to_party_committee");
  /* (the matters listed, deputies' suggestions among them: no suggestions) */
  g_assert_cmpstr (measure_of_count (document, "72项"), ==, "matters_studied");
  /* (short first clauses that name who acts are the subject's: not the
   * townships' congresses named as the object after them) */
  g_assert_cmpstr (tally_scope (document, "political", "11次"), ==, "county");
}

/* Documents corrected in other words: changed by their makers after
 * review (…，已自行修改或者废止十五件, not the seventeen found), a
 * government's rules revoked (依法撤销了一件设区的市政府规章). */
static void
test_documents_corrected_other_words (void)
{
  static const char text[] =
    REPORT_HEAD ("省", "2022年1月10日", "十三", "六")
    "\n"
    "二、监督工作\n"
    "\n"
    "对报送备案的二百四十九件规范性文件逐件审查，发现存在问题的文件十七件，经与制定机关沟通，已自行修改或者废止十五件。"
    "依法撤销了一件设区的市政府规章。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "十五件"), ==, "documents_corrected");
  assert_no_tally_of_count (document, "十七件");
  g_assert_cmpstr (measure_of_count (document, "一件"), ==, "documents_corrected");
}

/* Counts said before their verb, or after a purpose clause: questions
 * put at an inquiry (二十三个问题现场提出), drafts put out for comment
 * (十一次在省人大网站公开征求…对法规草案的意见; 法规草案…向社会公布十二
 * 次), a package amended after 为… (为贯彻实施民法典，…进行打包修改，一次
 * 修改法规4件), the NPC's drafts sent down (全国人大常委会发来的…等十四件法
 * 律草案). */
static void
test_counts_before_verbs_and_purposes (void)
{
  static const char text[] =
    PROVINCE_2023
    "\n"
    "一、立法工作\n"
    "\n"
    "全年十一次在省人大网站公开征求社会公众对法规草案的意见。"
    "法规草案通过省报和省人大网站向社会公布十二次。"
    "为贯彻实施民法典，常委会对涉及民法典的地方性法规进行打包修改，一次修改法规4件。"
    "认真研究全国人大常委会发来的民法典草案等十四件法律草案，及时反馈修改意见。"
    "成都、绵阳等21个市州报送批准的法规32件，经审查全部依法批准；其中制定法规18件、修改13件。\n"
    "\n"
    "二、监督工作\n"
    "\n"
    "围绕精准扶贫等议题开展专题询问两次，二十三个问题现场提出，省政府有关负责同志到会应询。"
    "围绕盐湖资源综合利用进行专题询问，14个问题当场得到回应。"
    "在审议省政府关于大气污染防治工作情况的报告时，开展了一次专题询问。"
    "对省政府6个部门的工作进行满意度测评，6个部门平均得到91.2%的满意票。"
    "来信来访方面，全年处理来信117封。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "十一次"), ==, "public_consultations");
  g_assert_cmpstr (measure_of_count (document, "十二次"), ==, "public_consultations");
  g_assert_cmpstr (measure_of_count (document, "4件"), ==, "amended_in_package");
  /* (the NPC's drafts sent down) */
  g_assert_cmpstr (measure_of_count (document, "十四件"), ==, "national_drafts_commented");
  /* (the laws approved broken down after a semicolon: the cities' acts) */
  g_assert_cmpstr (measure_of_count (document, "32件"), ==, "approved");
  assert_no_tally_of_count (document, "18件");
  assert_no_tally_of_count (document, "13件");
  g_assert_cmpstr (measure_of_count (document, "二十三个"), ==, "inquiry_questions");
  g_assert_cmpstr (measure_of_count (document, "14个"), ==, "inquiry_questions");
  /* (a lone 一次 before the activity, after 开展了) */
  g_assert_cmpstr (measure_of_count (document, "一次"), ==, "special_inquiries");
  g_assert_cmpstr (measure_of_count (document, "91.2%"), ==, "evaluation_approval_rate");
  /* (letters in 封) */
  g_assert_cmpstr (measure_of_count (document, "117封"), ==, "petitions_received");
}

/* Phrasings of the NPC's and other reports: documents filed counted
 * before their filing (共有1319件规范性文件报送常委会备案), the courts'
 * interpretations among them (其中…司法解释21件: no interpretations
 * made), contact points increased (去年增加7个: added); laws re-made said
 * after their count (2件法规为废旧立新); a province's drafts named
 * between 就 and 征求意见; the public's comments on them collected
 * (征集群众意见建议156条); study at several meetings (党组会议、主任会议…
 * 专题学习28次: no Party group's own); stations built and upgraded
 * together (新建、提档升级…41个: neither measure). */
static void
test_phrasings_of_round_85 (void)
{
  static const char national[] =
    "全国人民代表大会常务委员会工作报告\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "法制工作委员会基层立法联系点去年增加7个，目前已有45个。基层立法联系点建设不断加强。现有联系点共26个，覆盖全部设区的市。"
    "最高人民法院、最高人民检察院报送司法解释35件。\n"
    "\n"
    "二、监督工作\n"
    "\n"
    "全年共有1319件规范性文件报送常委会备案，其中行政法规33件、监察法规2件、司法解释21件。\n";
  static const char city[] =
    REPORT_HEAD ("市", "2019年1月10日", "九", "三")
    "\n"
    "一、坚持党的领导\n"
    "\n"
    "坚持“第一议题”制度，常委会党组会议、主任会议、常委会会议专题学习习近平总书记重要讲话精神28次。\n"
    "\n"
    "二、立法工作\n"
    "\n"
    "其中，《某某市甲条例》《某某市乙条例》2件法规为废旧立新，重新制定。"
    "对自治区人大常委会就《某某自治区乡村振兴促进条例（草案）》等征求意见的法规草案8件，我们提出了书面修改意见。"
    "依托基层立法联系点，就自治区人大常委会法规草案征集群众意见建议156条。\n"
    "\n"
    "三、代表工作\n"
    "\n"
    "新建、提档升级代表之家和代表联络站41个。"
    "市九届人大二次会议期间，代表提出议案建议共计205件，其中议案5件、建议200件。目前，205件议案建议已全部办复。\n";
  g_autoptr(BaogaoDocument) document = analyze (national);
  g_autoptr(BaogaoDocument) second = NULL;

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "7个"), ==, "legislative_contact_points_added");
  /* (the stock said in a clause of its own, or short) */
  g_assert_cmpstr (measure_of_count (document, "45个"), ==, "legislative_contact_points");
  g_assert_cmpstr (measure_of_count (document, "26个"), ==, "legislative_contact_points");
  g_assert_cmpstr (measure_of_count (document, "1319件"), ==, "normative_documents_filed");
  assert_count_not_as (document, "21件", "interpreted");
  /* (…said alone, in the section on laws) */
  assert_count_not_as (document, "35件", "interpreted");

  second = analyze (city);
  g_assert_cmpstr (measure_of_count (second, "28次"), ==, "study_sessions");
  g_assert_cmpstr (measure_of_count (second, "2件"), ==, "re_enacted");
  g_assert_cmpstr (measure_of_count (second, "8件"), ==, "higher_drafts_commented");
  g_assert_cmpstr (measure_of_count (second, "156条"), ==, "public_comments");
  assert_no_tally_of_count (second, "41个");
  /* (the count before both, said again: no motions of its own) */
  g_assert_cmpuint (count_measure (second, "representation", "motions"), ==, 1);
}

/* In a term-end report, a paragraph that opens with the session of the
 * year reported (省十三届人大五次会议期间，…) or with 去年 tells the
 * year's figures in all its sentences, after a part about the term. */
static void
test_session_of_the_year_in_a_term_report (void)
{
  static const char text[] =
    REPORT_HEAD ("省", "2023年1月12日", "十四", "一")
    "\n"
    "我代表某某省第十三届人民代表大会常务委员会，向大会报告过去五年的工作，请予审议。\n"
    "\n"
    "过去五年的主要工作\n"
    "\n"
    "四、坚持发挥代表作用\n"
    "\n"
    "代表提出建议3100余件，常委会组成人员联系代表1200人次。\n"
    "省十三届人大五次会议期间，代表提出建议651件。承办单位与代表面商率达到98%，代表对办理工作满意率为96.5%。"
    "对答复后仍不满意的11件建议，常委会进行了二次交办。\n"
    "\n"
    "五、监督工作\n"
    "\n"
    "去年共有31个专项工作报告提请常委会会议审议。常委会开展执法检查四次。\n"
    "\n"
    "六、代表工作\n"
    "\n"
    "省十三届人大一次会议期间，代表提出建议702件。代表对办理工作满意率为97.3%。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (period_of_count (document, "3100余件"), ==, "term");
  g_assert_null (period_of_count (document, "651件"));
  g_assert_null (period_of_count (document, "98%"));
  g_assert_null (period_of_count (document, "96.5%"));
  g_assert_null (period_of_count (document, "11件"));
  /* (…and one that opens with 去年) */
  g_assert_null (period_of_count (document, "四次"));
  /* (not another session of the term: the first, five years ago) */
  g_assert_cmpstr (period_of_count (document, "97.3%"), ==, "term");
}

/* Phrasings of round 86: suggestions solved or in the year's plan
 * (解决或列入年度计划解决的164件，占比80.8%), questions asked at an
 * inquiry (现场发问19个), laws inspected counted each time (检查法律法规
 * 实施情况31部次, the unit as written). */
static void
test_phrasings_of_round_86 (void)
{
  static const char text[] =
    REPORT_HEAD ("县", "2024年1月10日", "十八", "三")
    "\n"
    "一、监督工作\n"
    "\n"
    "围绕长江流域禁捕退捕工作组织开展专题询问，常委会组成人员和县人大代表现场发问19个。"
    "上述单行条例均报请省人大常委会批准，年内报批的3件全部获得批准。"
    "全县各乡镇（街道）人大（工委）围绕农村建房、安全生产等开展执法检查41次。"
    "由代表从15个候选项目中票决产生县政府民生实事项目10件。"
    "常委会检查法律法规实施情况31部次。\n"
    "\n"
    "二、代表工作\n"
    "\n"
    "截至12月底，问题得到解决或列入年度计划解决的164件，占比80.8%。"
    "代表提出议案和建议745件，其中议案9件、建议736件。常委会将9件议案交由有关专门委员会审议，将736件建议交由承办单位办理。"
    "对于代表不满意或办理进度较慢的建议，常委会不放过、不降格，对其中12件进行二次交办。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);
  BaogaoAnnotation *a;

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "19个"), ==, "inquiry_questions");
  /* (a county approves no laws: its own laws sent up and approved) */
  g_assert_cmpstr (measure_of_count (document, "3件"), ==, "submitted_for_approval");
  /* (the townships' congresses with the subdistricts' in brackets) */
  g_assert_cmpstr (tally_scope (document, "oversight", "41次"), ==, "township");
  /* (the candidates of a vote are no projects voted) */
  assert_no_tally_of_count (document, "15个");
  g_assert_cmpstr (measure_of_count (document, "10件"), ==, "livelihood_projects_voted");
  a = tally_of_count (document, "31部次", NULL);
  g_assert_nonnull (a);
  g_assert_cmpstr (baogao_annotation_get_string (a, "measure"), ==, "law_inspections");
  g_assert_cmpstr (baogao_annotation_get_string (a, "unit"), ==, "部次");
  g_assert_cmpstr (measure_of_count (document, "164件"), ==, "suggestions_resolved+planned");
  g_assert_cmpstr (measure_of_count (document, "80.8%"), ==, "resolution_rate");
  /* (counts handed on, said again: one row each) */
  g_assert_cmpuint (count_measure (document, "representation", "motions"), ==, 1);
  g_assert_cmpuint (count_measure (document, "representation", "suggestions"), ==, 1);
  /* (some of the suggestions named before, 其中, taken up again) */
  g_assert_cmpstr (measure_of_count (document, "12件"), ==, "suggestions_followed_up");
}

/* Phrasings of round 87: the delegations to the reporting congress's
 * own session, named with its deputies (代表团和代表联名提出议案十一件),
 * are no delegation to the NPC; questions pressed at an inquiry (追问14个
 * 问题); a topic as a label before a colon (执法检查：全年开展3次). */
static void
test_phrasings_of_round_87 (void)
{
  static const char text[] =
    REPORT_HEAD ("省", "2021年1月10日", "十三", "四")
    "\n"
    "三、代表工作\n"
    "\n"
    "在省十三届人大三次会议上，代表们提出建议七百九十五件，代表团和代表联名提出议案十一件。"
    "我省全国人大代表团提出议案3件。\n"
    "\n"
    "二、监督工作\n"
    "\n"
    "开展专题询问1次，常委会组成人员和人大代表连续追问14个问题。\n"
    "执法检查：全年开展5次，由常委会领导分别带队。批准调整预算2次，审查批准省本级决算。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "十一件"), ==, "motions");
  g_assert_cmpstr (tally_scope (document, "representation", "十一件"), ==, "provincial");
  g_assert_cmpstr (measure_of_count (document, "3件"), ==, "npc_motions");
  /* (questions pressed at an inquiry, 追问) */
  g_assert_cmpstr (measure_of_count (document, "14个"), ==, "inquiry_questions");
  /* (a topic as a label before a colon) */
  g_assert_cmpstr (measure_of_count (document, "5次"), ==, "law_inspections");
  /* (the budget's adjustments approved, 调整预算 said) */
  g_assert_cmpstr (measure_of_count (document, "2次"), ==, "budget_adjustments_approved");
}

/* A term's last report with no parts, given at the new congress's
 * first session: a section whose paragraph opens with the year reported
 * (2021年，…) tells the year in its paragraphs after it that say no
 * period, up to one that opens with the term (五年来，…); a section
 * without one tells the term. */
static void
test_year_paragraphs_in_a_term_report (void)
{
  static const char text[] =
    REPORT_HEAD ("市", "2022年1月6日", "十七", "一")
    "\n"
    "我代表某某市第十六届人民代表大会常务委员会，向大会报告2021年和过去五年的工作，请予审议。\n"
    "五年来，常委会共制定地方性法规16件。\n"
    "\n"
    "一、坚持立法为民\n"
    "\n"
    "2021年，常委会共审议法规草案6件，表决通过5件。\n"
    "坚持开门立法，法规草案公开征求意见8次，开展立法协商3次。\n"
    "\n"
    "二、坚持依法监督\n"
    "\n"
    "2021年，常委会听取审议专项工作报告17个。\n"
    "加强备案审查工作，备案审查规范性文件52件。\n"
    "五年来，常委会共开展专题询问9次。\n"
    "坚持问题导向，开展满意度测评12次。\n"
    "\n"
    "三、加强自身建设\n"
    "\n"
    "编发《某某人大》60期。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (period_of_count (document, "16件"), ==, "term");
  g_assert_null (period_of_count (document, "6件"));
  g_assert_null (period_of_count (document, "8次"));
  g_assert_null (period_of_count (document, "3次"));
  g_assert_null (period_of_count (document, "17个"));
  g_assert_null (period_of_count (document, "52件"));
  g_assert_cmpstr (period_of_count (document, "9次"), ==, "term");
  /* (after the term's paragraph, the term again) */
  g_assert_cmpstr (period_of_count (document, "12次"), ==, "term");
  /* (a section that says no year) */
  g_assert_cmpstr (period_of_count (document, "60期"), ==, "term");
}

/* A term's last report whose opening tells the five years, then says
 * that what follows reports the year (下面，重点报告2017年的工作): its
 * sections are the year's. */
static void
test_term_report_that_reports_the_year (void)
{
  static const char text[] =
    REPORT_HEAD ("省", "2018年1月25日", "十三", "一")
    "\n"
    "省十二届人大常委会任期即将届满。五年来，常委会共制定地方性法规38件，开展执法检查31次。\n"
    "2017年是本届常委会任期的最后一年。下面，重点报告2017年的工作。\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "制定地方性法规7件。\n"
    "\n"
    "二、监督工作\n"
    "\n"
    "听取和审议专项工作报告15个。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (period_of_count (document, "38件"), ==, "term");
  g_assert_cmpstr (period_of_count (document, "31次"), ==, "term");
  g_assert_null (period_of_count (document, "7件"));
  g_assert_null (period_of_count (document, "15个"));
}

/* …or announces them after the year said (一年来，常委会主要做了以下工
 * 作) */
static void
test_term_report_that_announces_the_year (void)
{
  static const char text[] =
    REPORT_HEAD ("市", "2018年1月25日", "十七", "一")
    "\n"
    "五年来，常委会共制定地方性法规38件，开展执法检查41次。\n"
    "2017年是本届常委会任期的最后一年。一年来，常委会主要做了以下工作。\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "制定地方性法规7件。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (period_of_count (document, "41次"), ==, "term");
  g_assert_null (period_of_count (document, "7件"));
}

/* …not when the sentence that announces them tells the five years
 * (五年来（2013—2017年），常委会主要做了以下工作) */
static void
test_term_report_that_announces_the_term (void)
{
  static const char text[] =
    REPORT_HEAD ("市", "2018年1月25日", "十七", "一")
    "\n"
    "五年来，常委会共开展执法检查41次。五年来（2013—2017年），常委会主要做了以下工作。\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "制定地方性法规37件。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (period_of_count (document, "37件"), ==, "term");
}

/* Phrasings of round 88: the kinds the problems found fall into, said
 * before them in one clause (检视出四个方面问题23个; 共有4个方面21个问
 * 题), are no problems; a count of aspects that is its clause's own
 * count (对7个方面工作开展专题调研) stays a count. */
static void
test_phrasings_of_round_88 (void)
{
  static const char text[] =
    PROVINCE_2023
    "\n"
    "一、坚持党的领导\n"
    "\n"
    "对照党章党规找差距，党组班子检视出四个方面问题23个，班子成员个人检视问题117个。"
    "对照检视出的问题清单共有4个方面21个问题，逐项拿出整改举措57条。\n"
    "\n"
    "二、监督工作\n"
    "\n"
    "全年对7个方面工作开展专题调研。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_no_tally_of_count (document, "四个");
  g_assert_cmpstr (measure_of_count (document, "23个"), ==, "problems_identified");
  assert_no_tally_of_count (document, "4个");
  g_assert_cmpstr (measure_of_count (document, "21个"), ==, "problems_identified");
  g_assert_cmpstr (measure_of_count (document, "7个"), ==, "investigations");
}

/* Phrasings of round 88 in a city's and a district's report: the city's
 * laws counted first, the province that approved them after (3件法规均
 * 由湖南省人大常委会审查批准); the drafts of the congress that asked
 * for comments (受省人大常委会委托，就…等9件法规草案征求基层意见), or of
 * both above a district (省、市人大常委会法规草案); suggestions chosen,
 * what they were made into in the next clause (选取…的15件建议，作为常委
 * 会重点督办建议), and those visited again (常委会组织回访). */
static void
test_phrasings_of_round_88_below (void)
{
  static const char city[] =
    REPORT_HEAD ("市", "2022年1月6日", "十七", "二")
    "\n"
    "一、立法工作\n"
    "\n"
    "全年制定地方性法规4件。3件法规均由湖南省人大常委会审查批准，已于年内公布施行。"
    "五件法规经省人大常委会批准施行，其中新制定三件、修正两件。"
    "受省人大常委会委托，就《某某省河道管理条例（修订草案）》等9件法规草案征求基层意见。"
    "通过联系点和市人大门户网站，征集到法规草案修改意见286条，其中被吸收采纳的有43条。\n";
  static const char district[] =
    REPORT_HEAD ("区", "2023年1月6日", "十九", "三")
    "\n"
    "一、立法工作\n"
    "\n"
    "常委会认真做好省、市人大常委会法规草案征求意见工作，对《某某省乡村振兴促进条例（草案）》等11部法规草案，"
    "广泛征集区人大代表、基层群众的意见。\n";
  static const char deputies[] =
    REPORT_HEAD ("市", "2019年1月6日", "十五", "四")
    "\n"
    "三、代表工作\n"
    "\n"
    "代表在市十五届人大三次会议期间提出建议276件。"
    "主任会议从中选取事关城区停车难等民生难题的15件建议，作为常委会重点督办建议，由常委会副主任分别领衔督办。"
    "对代表不满意的8件建议，常委会组织回访，督促承办单位重新办理。\n";
  g_autoptr(BaogaoDocument) third = analyze (deputies);
  g_autoptr(BaogaoDocument) first = analyze (city);
  g_autoptr(BaogaoDocument) second = analyze (district);

  SKIP_WITHOUT_PLUGINS (first);

  g_assert_cmpstr (measure_of_count (first, "3件"), ==, "submitted_for_approval");
  g_assert_cmpstr (measure_of_count (first, "五件"), ==, "submitted_for_approval");
  g_assert_cmpstr (measure_of_count (first, "三件"), ==, "enacted");
  g_assert_cmpstr (measure_of_count (first, "9件"), ==, "higher_drafts_commented");
  /* (the subject after a clause of the means: 通过…网站，征集到…) */
  g_assert_cmpstr (measure_of_count (first, "43条"), ==, "public_comments_adopted");
  g_assert_cmpstr (measure_of_count (second, "11部"), ==, "higher_drafts_commented");
  /* (the suggestions chosen, what they were made into in the next
   * clause; those followed up, 组织回访) */
  g_assert_cmpstr (measure_of_count (third, "15件"), ==, "key_suggestions");
  g_assert_cmpstr (measure_of_count (third, "8件"), ==, "suggestions_followed_up");
}

/* The cities' laws sent up for approval, broken down by what their
 * congresses did before the approval is said (报批的法规9件，其中制定7
 * 件、修改2件，经审查均予批准), or in an aside after it (…共28件，经审
 * 查全部依法予以批准（制定类14件、修改类12件、废止类2件）): approved, the
 * parts the cities' acts. */
static void
test_approved_broken_down_before_approval (void)
{
  static const char text[] =
    REPORT_HEAD ("省", "2018年1月12日", "十二", "七")
    "\n"
    "一、立法工作\n"
    "\n"
    "依法审查甲市、乙市等市报批的法规9件，其中制定7件、修改2件，经审查均予批准。"
    "各设区的市报请批准的单行条例和法规共28件，经审查全部依法予以批准（制定类14件、修改类12件、废止类2件）。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "9件"), ==, "approved");
  assert_no_tally_of_count (document, "7件");
  assert_no_tally_of_count (document, "2件");
  g_assert_cmpstr (measure_of_count (document, "28件"), ==, "approved");
  assert_no_tally_of_count (document, "14件");
  assert_no_tally_of_count (document, "12件");
  g_assert_cmpuint (count_measure (document, "legislation", "enacted"), ==, 0);
}

/* Phrasings of round 89: laws a clean-up found needing changes (经清理，
 * 需作修改的有2件) are not amended; the Party group's meetings counted
 * before the word (常委会党组先后召开14次会议), not the committee's
 * (党组书记主持召开9次主任会议). */
static void
test_phrasings_of_round_89 (void)
{
  static const char text[] =
    REPORT_HEAD ("市", "2021年1月12日", "十六", "六")
    "\n"
    "一、立法工作\n"
    "\n"
    "对本市2015年以来制定的10件地方性法规进行全面清理，经清理，需作修改的有2件，已列入今后立法计划。"
    "常委会对《某某市物业管理条例》《某某市城乡规划条例》2部法规开展立法后评估。"
    "《某某市养犬管理条例》1部作了修改。\n"
    "\n"
    "二、坚持党的领导\n"
    "\n"
    "常委会党组先后召开14次会议，研究重大事项36项。党组书记主持召开9次主任会议。"
    "常委会党组全年集体学习15次，其中专题学习党纪8次。"
    "党组理论学习中心组集体学习16次，其中围绕人大制度开展专题研讨3次。"
    "五年来，常委会党组集体学习76次，其中2020年专题学习18次。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "10件"), ==, "cleaned_up");
  assert_no_tally_of_count (document, "2件");
  /* (a law's title before the laws counted: its words are no plan) */
  g_assert_cmpstr (measure_of_count (document, "2部"), ==, "post_legislative_evaluations");
  g_assert_cmpstr (measure_of_count (document, "1部"), ==, "amended");
  g_assert_cmpstr (measure_of_count (document, "14次"), ==, "party_group_meetings");
  assert_count_not_as (document, "9次", "party_group_meetings");
  /* (a part of the Party group's study is its study, no other; a seminar
   * is counted apart) */
  g_assert_cmpstr (measure_of_count (document, "15次"), ==, "party_group_study_sessions");
  assert_no_tally_of_count (document, "8次");
  g_assert_cmpstr (measure_of_count (document, "3次"), ==, "study_sessions");
  /* (…but the year's part of a term's total is a count of its own) */
  g_assert_nonnull (tally_of_count (document, "18次", NULL));
}

/* Phrasings of round 89 in a county's report: the drafts fronted with 就
 * after when, their consultation in the next clause (全年就…等9件法规草
 * 案，向…征求意见); meetings on drafts held in firms among other places
 * (深入村社、企业和学校召开立法征求意见座谈会11场). */
static void
test_phrasings_of_round_89_county (void)
{
  static const char text[] =
    REPORT_HEAD ("县", "2022年1月6日", "十八", "一")
    "\n"
    "一、立法工作\n"
    "\n"
    "全年就《某某市农村人居环境治理条例（草案）》《某某省乡村振兴促进条例（草案）》等9件法规草案，"
    "向县级有关部门、乡镇人大和部分代表征求意见。"
    "围绕城市绿化等方面的法规草案，深入村社、企业和学校召开立法征求意见座谈会11场。"
    "征集到社会各界意见建议432条，经研究汇总后向某某市人大常委会反馈修改意见63条。"
    "每件草案都交由县政府相关部门研究，汇总形成修改意见57条，按时报送。"
    "全年共收到省、市人大常委会法规草案征求意见稿29件。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "9件"), ==, "higher_drafts_commented");
  /* (firms as where meetings on drafts were held) */
  g_assert_cmpstr (measure_of_count (document, "11场"), ==, "consultation_meetings");
  /* (the public's comments collected, not the congress's own sent up) */
  g_assert_cmpstr (measure_of_count (document, "432条"), ==, "public_comments");
  assert_no_tally_of_count (document, "63条");
  assert_no_tally_of_count (document, "57条");
  /* (a list of congresses after 共 is no total over measures) */
  g_assert_cmpstr (measure_of_count (document, "29件"), ==, "higher_drafts_commented");
}

/* Phrasings of round 90: one count said for each place of a list, with
 * 分别 or 各 (观音乡、三江乡选区分别补选县人大代表1名; 甲乡、乙乡选区各补选
 * 县人大代表1名), no total stated, is no row; one said with the total is
 * (依法补选县人大代表2名). */
static void
test_phrasings_of_round_90 (void)
{
  static const char text[] =
    REPORT_HEAD ("县", "2022年1月6日", "十八", "二")
    "\n"
    "三、代表工作\n"
    "\n"
    "观音乡、三江乡选区分别补选县人大代表1名。甲乡、乙乡选区各补选县人大代表一名。依法补选县人大代表2名。"
    "组织县人大代表参加执法检查、视察调研等活动共260人次。"
    "全县各级人大代表约1.5万人次参与“五水共治”。全县三级人大代表参与“四场硬仗”2100余人次。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_no_tally_of_count (document, "1名");
  assert_no_tally_of_count (document, "一名");
  g_assert_cmpstr (measure_of_count (document, "2名"), ==, "by_elections");
  /* (the deputies taking part in a list of activities and a total: one
   * measure) */
  g_assert_cmpstr (measure_of_count (document, "260人次"), ==, "deputy_research_participations");
  /* (a campaign named in quotes, after the count or before it) */
  g_assert_cmpstr (measure_of_count (document, "约1.5万人次"), ==, "deputy_activity_participations");
  g_assert_cmpstr (measure_of_count (document, "2100余人次"), ==, "deputy_activity_participations");
}

/* …and places named by what they are (深入58个贫困县开展专题调研): the
 * count counts them, not the work done there; petitions the government's
 * offices received (全省信访部门共受理信访事项3.1万件) are no congress's. */
static void
test_phrasings_of_round_90_places (void)
{
  static const char text[] =
    PROVINCE_2023
    "\n"
    "二、监督工作\n"
    "\n"
    "围绕脱贫攻坚，组织常委会组成人员深入58个贫困县开展专题调研。开展专题调研12次。"
    "与上届常委会任期内开展执法检查42次相比，监督力度明显加大。"
    "常委会全年受理群众来信来访1020件；全省信访部门共受理信访事项3.1万件。"
    "收到报备规范性文件31件，经审查，建议制定机关修改或废止3件。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_no_tally_of_count (document, "58个");
  g_assert_cmpstr (measure_of_count (document, "12次"), ==, "investigations");
  /* (a figure the year's is compared with) */
  assert_no_tally_of_count (document, "42次");
  /* (the government's petition offices are another body) */
  g_assert_cmpstr (measure_of_count (document, "1020件"), ==, "petitions_received");
  assert_no_tally_of_count (document, "3.1万件");
  /* (the review's opinion as advice to the drafting body) */
  g_assert_cmpstr (measure_of_count (document, "3件"), ==, "documents_corrected");
}

/* Phrasings of round 92: contact points set up said plainly (我们又设了
 * 3个基层立法联系点); suggestions named as the best before their count
 * (被评为优秀建议的代表建议有50件); a slogan of parallel ones (检查一部法
 * 律、规范一个领域) is no count; nor is a total after parts of two
 * measures (…学习13次，党组集体学习9次，合计开展集中学习22次). */
static void
test_phrasings_of_round_92 (void)
{
  static const char text[] =
    REPORT_HEAD ("市", "2022年1月6日", "十七", "二")
    "\n"
    "一、立法工作\n"
    "\n"
    "在甲县、乙区等地，我们又设了3个基层立法联系点。\n"
    "\n"
    "二、监督工作\n"
    "\n"
    "执法检查中做到检查一部法律、规范一个领域。开展执法检查5次。"
    "主任会议组成人员和有关专门委员会围绕监督中的重大问题开展专题调研二十余次。\n"
    "\n"
    "三、代表工作\n"
    "\n"
    "代表提出建议412件，被评为优秀建议的代表建议有20件。\n"
    "\n"
    "四、坚持党的领导\n"
    "\n"
    "党组理论学习中心组学习13次，党组集体学习9次，合计开展集中学习22次。"
    "常委会党组会议、主任会议各安排了十五次。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "3个"), ==, "legislative_contact_points_added");
  g_assert_cmpuint (count_measure (document, "oversight", "law_inspections"), ==, 1);
  /* (the work of the chairpersons' meeting's members, not its meetings) */
  g_assert_cmpstr (measure_of_count (document, "二十余次"), ==, "investigations");
  g_assert_cmpstr (measure_of_count (document, "20件"), ==, "excellent_suggestions");
  /* (a total after parts of two measures, naming its kind: no row) */
  g_assert_cmpstr (measure_of_count (document, "13次"), ==, "central_group_study_sessions");
  g_assert_cmpstr (measure_of_count (document, "9次"), ==, "party_group_study_sessions");
  assert_no_tally_of_count (document, "22次");
  /* (各 and a verb with 了 for a list of two measures: a row of each) */
  g_assert_cmpuint (count_measure (document, "political", "party_group_meetings"), ==, 1);
  g_assert_cmpuint (count_measure (document, "self_building", "chairpersons_meetings"), ==, 1);
}

/* A list whose head counted what another body makes, so no tally of the
 * congress's (国务院制定行政法规九件), goes on counting that body's acts:
 * 修订二十一件 is the State Council's too, in the NPC's report and in a
 * province's. */
static void
test_other_body_list_items (void)
{
  static const char national[] =
    "全国人民代表大会常务委员会工作报告\n"
    "——2023年3月7日在第十四届全国人民代表大会第一次会议上\n"
    "\n"
    "二、立法工作\n"
    "\n"
    "常委会全年制定法律6件，修改法律10件。同期，国务院全年制定行政法规九件、修订二十一件。\n";
  static const char provincial[] =
    PROVINCE_2023
    "\n"
    "一、立法工作\n"
    "\n"
    "全年制定地方性法规8件。省政府全年制定规章5件、修订7件、废止2件。修改地方性法规4件、废止1件。\n";
  g_autoptr(BaogaoDocument) document = analyze (national);
  g_autoptr(BaogaoDocument) province = NULL;

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "6件"), ==, "enacted");
  g_assert_cmpstr (measure_of_count (document, "10件"), ==, "amended");
  assert_no_tally_of_count (document, "九件");
  assert_no_tally_of_count (document, "二十一件");

  province = analyze (provincial);
  g_assert_cmpstr (measure_of_count (province, "8件"), ==, "enacted");
  assert_no_tally_of_count (province, "7件");
  assert_no_tally_of_count (province, "2件");
  /* (the congress's own list after it keeps its rows) */
  g_assert_cmpstr (measure_of_count (province, "4件"), ==, "amended");
  g_assert_cmpstr (measure_of_count (province, "1件"), ==, "repealed");
}

/* One count after 各 for a list of items each a verb with its object
 * (新招录公务员、选派干部到基层挂职锻炼各9名; 补选市人大代表、接受代表辞职
 * 各2名): each item its own row, whatever the lengths of the items. */
static void
test_each_after_items_with_verbs (void)
{
  static const char text[] =
    REPORT_HEAD ("市", "2021年1月8日", "十五", "五")
    "\n"
    "一、代表工作\n"
    "\n"
    "依法补选市人大代表、接受代表辞职各2名。\n"
    "\n"
    "二、自身建设\n"
    "\n"
    "优化干部队伍结构，新招录公务员、选派干部到基层挂职锻炼各9名。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpuint (count_measure (document, "representation", "by_elections"), ==, 1);
  g_assert_cmpuint (count_measure (document, "representation", "resignations"), ==, 1);
  g_assert_cmpuint (count_measure (document, "self_building", "recruits"), ==, 1);
  g_assert_cmpuint (count_measure (document, "self_building", "cadres_rotated"), ==, 1);
}

/* Phrasings of round 93: the NPC's deputies named by where they are
 * after the congress (全国人大驻邢代表); inspections said with 组织 after
 * them (执法检查组织了三次: no inspection team); the matters a session took
 * up (审议事项44项); measures another body took on the committee's
 * opinions (市政府根据审议意见出台整改措施31项: no opinions made); the
 * members studying the law (组成人员学法4次), and a lecture on it
 * (专题学法讲座6场). */
static void
test_phrasings_of_round_93 (void)
{
  static const char text[] =
    REPORT_HEAD ("市", "2024年1月10日", "十七", "四")
    "\n"
    "一、坚持党的领导\n"
    "\n"
    "常委会党组理论学习中心组专题学习16次，常委会会议前组织组成人员学法4次。\n"
    "\n"
    "二、监督工作\n"
    "\n"
    "执法检查组织了三次，先后对《某某法》等4部法律法规的实施情况开展检查。"
    "常委会提出审议意见25条，市政府根据审议意见出台整改措施31项。\n"
    "\n"
    "三、代表工作\n"
    "\n"
    "全国人大驻市代表提出建议67件。\n"
    "\n"
    "四、自身建设\n"
    "\n"
    "全年举行常委会会议9次，审议事项44项。组织机关干部举办专题学法讲座6场。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);
  BaogaoAnnotation *a;

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "4次"), ==, "study_sessions");
  g_assert_cmpstr (measure_of_count (document, "三次"), ==, "law_inspections");
  g_assert_cmpstr (measure_of_count (document, "4部"), ==, "law_inspections");
  g_assert_cmpstr (measure_of_count (document, "25条"), ==, "opinions_made");
  assert_no_tally_of_count (document, "31项");
  a = find_tally (document, "representation", "67件");
  g_assert_nonnull (a);
  g_assert_cmpstr (baogao_annotation_get_string (a, "measure"), ==, "npc_suggestions");
  g_assert_cmpstr (baogao_annotation_get_string (a, "scope"), ==, "npc_delegation");
  g_assert_cmpstr (measure_of_count (document, "44项"), ==, "agenda_items");
  g_assert_cmpstr (measure_of_count (document, "6场"), ==, "lectures");
}

/* Phrasings of round 93 in a county's report: a meeting on drafts of the
 * congresses above that deputies joined (组织…部分代表召开征求意见座谈会
 * 2次) is a consultation meeting; key suggestions named in the first
 * clause, counted with the verb only (确定重点督办建议，五年共督办58件). */
static void
test_phrasings_of_round_93_county (void)
{
  static const char text[] =
    REPORT_HEAD ("县", "2022年1月6日", "十八", "一")
    "\n"
    "一、立法相关工作\n"
    "\n"
    "对省人大常委会和市人大常委会征求意见的8件法规草案认真研究，组织相关部门、乡镇和部分代表召开征求意见座谈会2次，"
    "共提出修改意见31条。\n"
    "\n"
    "二、代表工作\n"
    "\n"
    "常委会每年确定重点督办建议，五年共督办58件，由主任会议成员领衔督办。"
    "组织代表开展视察活动12次，已督办完成9件。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "8件"), ==, "higher_drafts_commented");
  g_assert_cmpstr (measure_of_count (document, "2次"), ==, "consultation_meetings");
  g_assert_cmpstr (measure_of_count (document, "58件"), ==, "key_suggestions");
  g_assert_cmpstr (measure_of_count (document, "12次"), !=, "key_suggestions");
  g_assert_cmpstr (measure_of_count (document, "9件"), !=, "key_suggestions");
}

/* Phrasings of round 94: a list of activities after 开展 totalled with
 * no 共 (开展执法检查和专题调研13项) is no row; the Party's leadership
 * the committee works under is no leader's meeting (在市委的坚强领导下，
 * …先后举行7次会议); a stage of deliberation named (在起草和审议阶段召开
 * 专家论证会11次) keeps a consultation meeting; problems rectified after
 * they were handed over (交办后督促整改到位31个); receptions the deputies'
 * homes and stations held (各家站组织开放接待活动约1100场次); contact
 * points described as new (其中2021年新设立的5个); the plan said short
 * (年度计划确定的3个审议项目全部按期完成); suggestions chosen for a
 * leader to follow (遴选14件建议由市政府领导领衔督办). */
static void
test_phrasings_of_round_94 (void)
{
  static const char text[] =
    REPORT_HEAD ("市", "2022年1月6日", "十七", "二")
    "\n"
    "在市委的坚强领导下，市人大常委会坚持党的领导，先后举行7次会议，召开主任会议16次。\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "在立项阶段召开立项论证会5场，在起草和审议阶段召开专家论证会11次。"
    "年度计划确定的3个审议项目全部按期完成。"
    "基层立法联系点总数达到24个，其中2021年新设立的6个分布在园区和农村。\n"
    "\n"
    "二、监督工作\n"
    "\n"
    "全年听取审议专项工作报告22个，开展执法检查和专题调研13项。常委会开展执法检查和视察调研17次。"
    "各执法检查组共发现问题36个，交办后督促整改到位31个。\n"
    "\n"
    "三、代表工作\n"
    "\n"
    "代表提出建议520件，遴选14件建议由市政府领导领衔督办。"
    "各家站组织开放接待活动约1100场次。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "7次"), ==, "standing_committee_sessions");
  g_assert_cmpstr (measure_of_count (document, "5场"), ==, "consultation_meetings");
  g_assert_cmpstr (measure_of_count (document, "11次"), ==, "consultation_meetings");
  g_assert_cmpstr (measure_of_count (document, "3个"), ==, "plan_projects_completed");
  g_assert_cmpstr (measure_of_count (document, "24个"), ==, "legislative_contact_points");
  g_assert_cmpstr (measure_of_count (document, "6个"), ==, "legislative_contact_points_added");
  g_assert_cmpstr (measure_of_count (document, "22个"), ==, "work_reports");
  assert_no_tally_of_count (document, "13项");
  assert_no_tally_of_count (document, "17次");
  g_assert_cmpstr (measure_of_count (document, "36个"), ==, "problems_identified");
  g_assert_cmpstr (measure_of_count (document, "31个"), ==, "problems_rectified");
  g_assert_cmpstr (measure_of_count (document, "520件"), ==, "suggestions");
  g_assert_cmpstr (measure_of_count (document, "14件"), ==, "key_suggestions");
  g_assert_cmpstr (measure_of_count (document, "约1100场次"), ==, "constituent_receptions");
}

/* Laws counted together with legal decisions, broken down into the
 * verbs and the decisions made (制定、修改、废止地方性法规和法规性决定93
 * 件，其中制定41件、修改38件、废止11件，作出法规性决定3件): the parts are
 * the rows, and so they are for the same combined count said in a
 * summary before. */
static void
test_combined_with_decisions (void)
{
  static const char text[] =
    PROVINCE_2023
    "\n"
    "过去一年，常委会召开常委会会议10次，制定修改地方性法规和法规性决定17件。\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "全年制定修改地方性法规和法规性决定17件，其中制定7件、修改8件，作出法规性决定2件。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpuint (count_measure (document, "legislation", "enacted+amended"), ==, 0);
  g_assert_cmpstr (measure_of_count (document, "7件"), ==, "enacted");
  g_assert_cmpstr (measure_of_count (document, "8件"), ==, "amended");
  g_assert_cmpstr (measure_of_count (document, "2件"), ==, "decisions_made");
}

/* Phrasings of round 94, continued: the documents a review in the
 * sentence's first clause found faulty, their fault after the count
 * (备案审查规范性文件42件，发现2件存在与上位法不一致的问题), are
 * corrections; the share of suggestions solved and planned said after
 * 两项合计 is the resolution rate. */
static void
test_phrasings_of_round_94_reviews (void)
{
  static const char text[] =
    REPORT_HEAD ("市", "2019年1月8日", "十五", "三")
    "\n"
    "一、监督工作\n"
    "\n"
    "常委会备案审查规范性文件42件，发现2件存在与上位法不一致的问题，已督促制定机关纠正。\n"
    "\n"
    "二、代表工作\n"
    "\n"
    "代表提出建议379件，其中，已解决的217件，列入计划解决的121件，两项合计占89.2%。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "42件"), ==, "normative_documents_reviewed");
  g_assert_cmpstr (measure_of_count (document, "2件"), ==, "documents_corrected");
  g_assert_cmpuint (count_measure (document, "oversight", "problems_identified"), ==, 0);
  g_assert_cmpstr (measure_of_count (document, "217件"), ==, "suggestions_resolved");
  g_assert_cmpstr (measure_of_count (document, "89.2%"), ==, "resolution_rate");
}

/* Phrasings of round 94 on law-making: drafts printed in the papers
 * (全文刊登); laws in force gone through article by article (对现行有效的
 * 28件法规逐条梳理). */
static void
test_phrasings_of_round_94_legislation (void)
{
  static const char text[] =
    REPORT_HEAD ("市", "2024年1月9日", "十六", "三")
    "\n"
    "一、立法工作\n"
    "\n"
    "四件法规草案均在《某某日报》和某某人大网上全文刊登，共收到意见建议860余条。"
    "开展法规专项清理，对现行有效的28件法规逐条梳理。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "四件"), ==, "drafts_published");
  g_assert_cmpstr (measure_of_count (document, "860余条"), ==, "public_comments");
  g_assert_cmpstr (measure_of_count (document, "28件"), ==, "cleaned_up");
}

/* Phrasings of round 95: meetings said plainly (开了17次主任会议); a law
 * remade, said after the laws made (另有1件重新制定); motions put on the
 * session's agenda (2件议案列入本次会议议程); the contact points the new
 * ones were added to (在原有4个…基础上) are no stock; a lecture before the
 * sessions (常委会会议前安排…专题讲座6次) is no session; a slogan of
 * lone ones (评议一次、规范一方、带动一片) is no appraisal. */
static void
test_phrasings_of_round_95 (void)
{
  static const char text[] =
    REPORT_HEAD ("市", "2022年1月6日", "十七", "二")
    "\n"
    "这一年，我们举行常委会会议8次，开了17次主任会议。\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "全年制定地方性法规9件，另有1件重新制定。"
    "在原有4个基层立法联系点基础上新设立6个，总数达到10个。修订立法技术规范等制度4项。\n"
    "\n"
    "二、监督工作\n"
    "\n"
    "对3个部门开展工作评议，做到评议一次、规范一方、带动一片。\n"
    "\n"
    "三、代表工作\n"
    "\n"
    "经大会主席团审议，2件议案列入本次会议议程，其余作为建议交有关部门办理。\n"
    "\n"
    "四、自身建设\n"
    "\n"
    "常委会会议前安排宪法和法律专题讲座5次。《某某人大》刊发12期。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "8次"), ==, "standing_committee_sessions");
  g_assert_cmpstr (measure_of_count (document, "17次"), ==, "chairpersons_meetings");
  g_assert_cmpstr (measure_of_count (document, "9件"), ==, "enacted");
  g_assert_cmpstr (measure_of_count (document, "1件"), ==, "re_enacted");
  assert_no_tally_of_count (document, "4个");
  g_assert_cmpstr (measure_of_count (document, "6个"), ==, "legislative_contact_points_added");
  g_assert_cmpstr (measure_of_count (document, "3个"), ==, "work_evaluations");
  g_assert_cmpuint (count_measure (document, "oversight", "work_evaluations"), ==, 1);
  g_assert_cmpstr (measure_of_count (document, "2件"), ==, "motions_accepted");
  g_assert_cmpstr (measure_of_count (document, "5次"), ==, "lectures");
  /* (the rules of law-making work, in any section; a bulletin's issues
   * said with 刊发) */
  g_assert_cmpstr (measure_of_count (document, "4项"), ==, "rules_made");
  g_assert_cmpstr (measure_of_count (document, "12期"), ==, "newsletter_issues");
}

/* Phrasings of round 95, continued: topics taken, said short (全年领题14
 * 项); activities of several kinds closed by 等活动, the deputies named in
 * the sentence's first clause, are deputies' activities. */
static void
test_phrasings_of_round_95_sections (void)
{
  static const char text[] =
    REPORT_HEAD ("州", "2022年1月6日", "十四", "二")
    "\n"
    "一、坚持党的领导\n"
    "\n"
    "党组成员坚持领题调研，全年领题14项。\n"
    "\n"
    "二、监督工作\n"
    "\n"
    "开展专题询问两次，依次询问了耕地保护和生态环境保护两个议题，常委会组成人员共提出询问问题26个。\n"
    "\n"
    "三、代表工作\n"
    "\n"
    "全州组织开展“人大代表活动月”，各级人大代表参加活动1.8万余人次，"
    "开展进村入户走访、调研视察、政策宣讲等活动2600余场次。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "14项"), ==, "research_topics");
  g_assert_cmpstr (measure_of_count (document, "两次"), ==, "special_inquiries");
  g_assert_cmpstr (measure_of_count (document, "26个"), ==, "inquiry_questions");
  g_assert_cmpstr (measure_of_count (document, "2600余场次"), ==, "deputy_activities");
}

/* A term's last report whose sections tell the five years, then the year
 * in a paragraph of no count (2022年，常委会…依法开展监督。) before its
 * items (一是…, 二是…): the items are the year's, up to a paragraph
 * about the term again. */
static void
test_term_report_year_said_before_items (void)
{
  static const char text[] =
    REPORT_HEAD ("市", "2023年1月12日", "六", "一")
    "\n"
    "五年来，常委会忠实履行宪法法律赋予的职责。\n"
    "\n"
    "二、监督工作\n"
    "\n"
    "五年来，常委会共听取审议专项工作报告86个，开展执法检查31次。\n"
    "\n"
    "2022年，常委会紧扣稳增长、保民生，依法开展监督。\n"
    "\n"
    "一是听取和审议专项工作报告17个。\n"
    "\n"
    "二是开展执法检查5次，检查法律法规7部。\n"
    "\n"
    "三、代表工作\n"
    "\n"
    "五年来，代表提出建议4300件。\n"
    "\n"
    "坚持代表联系群众，代表进家站接待群众12.6万人次。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (period_of_count (document, "86个"), ==, "term");
  g_assert_cmpstr (period_of_count (document, "31次"), ==, "term");
  g_assert_null (period_of_count (document, "17个"));
  g_assert_null (period_of_count (document, "5次"));
  g_assert_null (period_of_count (document, "7部"));
  /* (another section, the year not said: the term) */
  g_assert_cmpstr (period_of_count (document, "4300件"), ==, "term");
  g_assert_cmpstr (period_of_count (document, "12.6万人次"), ==, "term");
}

/* What the rules of rounds 93 to 96 must not take: a lecture after the
 * meetings or the study counted (…17次并举办讲座3场); a session held before
 * the congress's session (在人代会前召开常委会会议3次); opinions chosen for
 * the leaders (确定12件重点审议意见由主任会议成员领衔督办); the work of
 * the government's yearly plan (年度计划确定的30项重点工作); drafts only
 * put before the committee (全部提请审议); laws still to be remade (另有3
 * 件需重新制定); the stock grown from the one before (由原有4个增加到10
 * 个); a list of examples before the verb keeps a total of activities no
 * row (围绕教育、医疗等民生领域开展执法检查和专题调研13次). */
static void
test_what_new_rules_leave (void)
{
  static const char text[] =
    REPORT_HEAD ("市", "2024年1月10日", "十七", "四")
    "\n"
    "一、立法工作\n"
    "\n"
    "年度立法计划确定的6件审议项目全部提请审议，已表决通过4件。另有3件需重新制定。"
    "基层立法联系点由原有4个增加到10个。\n"
    "\n"
    "二、监督工作\n"
    "\n"
    "围绕教育、医疗等民生领域开展执法检查和专题调研13次。确定12件重点审议意见由主任会议成员领衔督办。"
    "听取市政府关于年度计划执行情况的报告，年度计划确定的30项重点工作全部完成。\n"
    "\n"
    "三、自身建设\n"
    "\n"
    "在人代会前召开常委会会议5次。召开主任会议17次并举办讲座3场。集体学法9次并邀请专家作讲座2场。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "6件"), !=, "plan_projects_completed");
  assert_no_tally_of_count (document, "3件");
  g_assert_cmpstr (measure_of_count (document, "10个"), ==, "legislative_contact_points");
  assert_no_tally_of_count (document, "13次");
  g_assert_cmpstr (measure_of_count (document, "12件"), !=, "key_suggestions");
  g_assert_cmpstr (measure_of_count (document, "30项"), !=, "plan_projects_completed");
  g_assert_cmpstr (measure_of_count (document, "5次"), ==, "standing_committee_sessions");
  g_assert_cmpstr (measure_of_count (document, "17次"), ==, "chairpersons_meetings");
  g_assert_cmpstr (measure_of_count (document, "9次"), ==, "study_sessions");
}

/* The Party group's own work told in a section on self-building, the
 * group named as who acts: its review of itself (常委会党组召开专题民主生
 * 活会，检视问题二十一个，…已完成整改五十条), and a reading class after its
 * clause (…，党组开展警示教育4次，举办党纪学习教育读书班1期) are political;
 * the office's Party group's (机关党组…) stay self-building's. */
static void
test_party_group_review_in_self_building (void)
{
  static const char text[] =
    PROVINCE_2023
    "\n"
    "一、加强常委会自身建设\n"
    "\n"
    "常委会党组召开专题民主生活会，检视问题二十一个，制定整改措施五十八条，已完成整改五十条。"
    "党纪学习教育中，党组开展警示教育4次，举办党纪学习教育读书班1期。"
    "机关党组召开专题组织生活会，查找问题12个，已整改10个；举办读书班2期。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);
  BaogaoAnnotation *a;

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_nonnull (find_tally (document, "political", "二十一个"));
  g_assert_nonnull (find_tally (document, "political", "五十条"));
  g_assert_nonnull (find_tally (document, "political", "五十八条"));
  g_assert_nonnull (find_tally (document, "political", "1期"));
  a = find_tally (document, "self_building", "12个");
  g_assert_nonnull (a);
  g_assert_cmpstr (baogao_annotation_get_string (a, "measure"), ==, "problems_identified");
  g_assert_nonnull (find_tally (document, "self_building", "10个"));
  g_assert_nonnull (find_tally (document, "self_building", "2期"));
}

/* The cities' laws sent up, their approval said as the committee's
 * review in the next clause (…二十八件，常委会依法审查后全部予以批准), then
 * broken down by what the cities did (其中设区的市新制定法规十四件、修改十
 * 一件): approved only. */
static void
test_approved_after_review_then_parts (void)
{
  static const char text[] =
    PROVINCE_2023
    "\n"
    "一、立法工作\n"
    "\n"
    "各市州报批的地方性法规和单行条例二十八件，常委会依法审查后全部予以批准，"
    "其中设区的市新制定法规十四件、修改十一件，自治州单行条例三件。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "二十八件"), ==, "approved");
  assert_no_tally_of_count (document, "十四件");
  assert_no_tally_of_count (document, "十一件");
  g_assert_cmpuint (count_measure (document, "legislation", "enacted"), ==, 0);
}

/* A later item of a list whose head named the township congresses who
 * act is theirs though it names deputies as whom they act on (各苏木乡镇人
 * 大全年开展执法检查14次、组织代表视察23次). */
static void
test_township_list_item_acting_on_deputies (void)
{
  static const char text[] =
    REPORT_HEAD ("旗", "2021年1月8日", "十六", "五")
    "\n"
    "三、指导苏木乡镇人大工作\n"
    "\n"
    "各苏木乡镇人大全年开展执法检查14次、组织代表视察23次。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);
  BaogaoAnnotation *a;

  SKIP_WITHOUT_PLUGINS (document);

  a = find_tally (document, "oversight", "14次");
  g_assert_nonnull (a);
  g_assert_cmpstr (baogao_annotation_get_string (a, "scope"), ==, "township");
  a = find_tally (document, "representation", "23次");
  g_assert_nonnull (a);
  g_assert_cmpstr (baogao_annotation_get_string (a, "scope"), ==, "township");
}

/* Deputies elected named with the prefectures of their rank (选出市（州）
 * 人大代表6850名) are the cities' level, as 县（市、区） are the counties'. */
static void
test_deputies_of_cities_and_prefectures (void)
{
  static const char text[] =
    REPORT_HEAD ("省", "2023年1月12日", "十四", "一")
    "\n"
    "三、代表工作\n"
    "\n"
    "全省市级人大换届选举顺利完成，共选出市（州）人大代表6850名。县级人大换届选举共选出县（市、区）人大代表3.6万名。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);
  BaogaoAnnotation *a;

  SKIP_WITHOUT_PLUGINS (document);

  a = find_tally (document, "representation", "6850名");
  g_assert_nonnull (a);
  g_assert_cmpstr (baogao_annotation_get_string (a, "measure"), ==, "deputies_elected");
  g_assert_cmpstr (baogao_annotation_get_string (a, "scope"), ==, "municipal");
  a = find_tally (document, "representation", "3.6万名");
  g_assert_nonnull (a);
  g_assert_cmpstr (baogao_annotation_get_string (a, "scope"), ==, "county");
}

/* The stock new ones were added to (在原有5个代表联络站基础上新建3个;
 * 基层立法联系点在原有12个的基础上新增6个) is no count of any measure,
 * as the value a change started from is none. */
static void
test_base_added_to (void)
{
  static const char text[] =
    REPORT_HEAD ("市", "2021年1月8日", "十五", "五")
    "\n"
    "一、立法工作\n"
    "\n"
    "基层立法联系点在原有12个的基础上新增6个。\n"
    "\n"
    "二、代表工作\n"
    "\n"
    "在原有5个代表联络站基础上新建3个。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_no_tally_of_count (document, "12个");
  g_assert_cmpstr (measure_of_count (document, "6个"), ==, "legislative_contact_points_added");
  assert_no_tally_of_count (document, "5个");
  g_assert_cmpstr (measure_of_count (document, "3个"), ==, "deputy_stations_added");
}

/* Drafts of the congress above commented on, said with 为 (为省人大常委会
 * 11部法规草案提出修改意见): as with 对; the comments are no row */
static void
test_drafts_commented_for (void)
{
  static const char text[] =
    "某某市人民代表大会常务委员会工作报告\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "组织专家为省人大常委会11部法规草案提出修改意见63条。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "11部"), ==, "higher_drafts_commented");
  assert_no_tally_of_count (document, "63条");
}

/* Stations done up, the verb said once for a list (改造提升代表之家7个、
 * 代表联络站12个): both items are upgraded, the second is no stock */
static void
test_stations_upgraded_listed (void)
{
  static const char text[] =
    "某某市人民代表大会常务委员会工作报告\n"
    "\n"
    "一、代表工作\n"
    "\n"
    "全年提档升级代表之家7个、代表联络站12个。"
    "新建代表之家3个、改造代表联络站15个。"
    "全市改造提升代表之家9个、代表联络站总数达到120个。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "7个"), ==, "deputy_stations_upgraded");
  g_assert_cmpstr (measure_of_count (document, "12个"), ==, "deputy_stations_upgraded");
  g_assert_cmpstr (measure_of_count (document, "3个"), ==, "deputy_stations_added");
  g_assert_cmpstr (measure_of_count (document, "15个"), ==, "deputy_stations_upgraded");
  g_assert_cmpstr (measure_of_count (document, "9个"), ==, "deputy_stations_upgraded");
  g_assert_cmpstr (measure_of_count (document, "120个"), ==, "deputy_stations");
}

/* A sentence that opens with 其中 breaks down the totals of the one
 * before: its part of the same measure, or combined of theirs, is no
 * tally (…修改112件、废止19件。其中，制定修改…法规37件); a part of another
 * measure, or of one year of the term's, is */
static void
test_parts_in_next_sentence (void)
{
  static const char text[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "全年制定地方性法规14件，修改21件，废止3件。其中，制定修改生态环境方面的法规9件。"
    "审议法规草案32件。其中，表决通过28件。"
    "开展执法检查6次。其中，对食品安全法开展执法检查2次。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "14件"), ==, "enacted");
  g_assert_cmpstr (measure_of_count (document, "21件"), ==, "amended");
  g_assert_null (measure_of_count (document, "9件"));
  g_assert_cmpstr (measure_of_count (document, "32件"), ==, "deliberated");
  g_assert_cmpstr (measure_of_count (document, "28件"), ==, "passed");
  g_assert_cmpstr (measure_of_count (document, "6次"), ==, "law_inspections");
  g_assert_null (measure_of_count (document, "2次"));
  /* (in one sentence) */
  g_clear_object (&document);
  document = analyze ("某某市人民代表大会常务委员会工作报告\n\n一、立法工作\n\n"
                      "全年制定法规5件、修改4件，其中制定修改营商环境方面的法规6件。\n");
  g_assert_cmpstr (measure_of_count (document, "5件"), ==, "enacted");
  g_assert_null (measure_of_count (document, "6件"));
}

/* The stations named in the sentence's first clause, then the new ones
 * and all there are, said short (加强代表之家和代表联络站建设，全年新建43
 * 个，全市现有1210个): the second is the stock; not the groups there are
 * named in its own words (…，全县现有代表小组112个) */
static void
test_stations_stock_said_short (void)
{
  static const char text[] =
    "某某市人民代表大会常务委员会工作报告\n"
    "\n"
    "一、代表工作\n"
    "\n"
    "推进代表之家和代表联络站建设，全年新建43个，全市现有1210个。"
    "规范代表联络站运行，新建36个，全区已建成215个，全区现有代表小组112个。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "43个"), ==, "deputy_stations_added");
  g_assert_cmpstr (measure_of_count (document, "1210个"), ==, "deputy_stations");
  g_assert_cmpstr (measure_of_count (document, "36个"), ==, "deputy_stations_added");
  g_assert_cmpstr (measure_of_count (document, "215个"), ==, "deputy_stations");
  g_assert_cmpstr (measure_of_count (document, "112个"), ==, "deputy_groups");
}

/* Township chairs counted, the training said after the count (乡镇人大主
 * 席320人参加了培训): directors trained */
static void
test_directors_trained_after (void)
{
  static const char text[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "一、代表工作\n"
    "\n"
    "举办市县人大常委会主任培训班1期，乡镇人大主席320人参加了培训。"
    "街道人大工委主任86人参加集中轮训。"
    "组织代表150人参加履职培训。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "1期"), ==, "director_trainings");
  g_assert_cmpstr (measure_of_count (document, "320人"), ==, "directors_trained");
  g_assert_cmpstr (measure_of_count (document, "86人"), ==, "directors_trained");
  g_assert_cmpstr (measure_of_count (document, "150人"), !=, "directors_trained");
}

/* The questions answered, the inquiry said in an earlier clause than the
 * sentence's first (…，开展专题询问2次（…到会应询），常委会组成人员现场提
 * 问，共回答问题23个): inquiry questions, in a section on oversight */
static void
test_inquiry_questions_answered (void)
{
  static const char text[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "一、监督工作\n"
    "\n"
    "结合审议科技创新工作报告，开展专题询问2次（分管副省长和9个部门的负责人到会应询），"
    "常委会组成人员现场提问，共回答问题23个。\n"
    "\n"
    "二、代表工作\n"
    "\n"
    "代表联络站全年接待群众1200人次，回答问题86个。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "2次"), ==, "special_inquiries");
  g_assert_cmpstr (measure_of_count (document, "23个"), ==, "inquiry_questions");
  g_assert_cmpstr (measure_of_count (document, "86个"), !=, "inquiry_questions");
}

/* The problems to be put right, then those put right, in one clause or
 * the next (推动审计查出的213个问题整改到位198个; 应整改问题97个，已完成
 * 整改88个): the first is the problems found; not when its own words say
 * it was put right (督促整改问题120个，已整改到位98个) */
static void
test_problems_to_rectify (void)
{
  static const char text[] =
    "某某市人民代表大会常务委员会工作报告\n"
    "\n"
    "一、监督工作\n"
    "\n"
    "推动审计查出的213个问题整改到位198个。"
    "报告显示应整改问题97个，已完成整改88个。"
    "督促整改问题120个，已整改到位95个。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "213个"), ==, "problems_identified");
  g_assert_cmpstr (measure_of_count (document, "198个"), ==, "problems_rectified");
  g_assert_cmpstr (measure_of_count (document, "97个"), ==, "problems_identified");
  g_assert_cmpstr (measure_of_count (document, "88个"), ==, "problems_rectified");
  g_assert_cmpstr (measure_of_count (document, "120个"), ==, "problems_rectified");
  g_assert_cmpstr (measure_of_count (document, "95个"), ==, "problems_rectified");
}

/* The people who took part in a consultation on drafts, heard through
 * contact points and deputies' stations (…，通过基层立法联系点和代表联络
 * 站广泛听取意见，有2300余人次参与): commenters, not deputies liaised;
 * deputies who took part are not the public */
static void
test_commenters_through_stations (void)
{
  static const char text[] =
    "某某市人民代表大会常务委员会工作报告\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "法规草案公开征求意见4次，通过基层立法联系点和代表联络站广泛听取意见，有2300余人次参与，"
    "全年累计收到意见建议1100余条。"
    "法规草案向社会公开征求意见，组织人大代表300人次参与。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "2300余人次"), ==, "public_commenters");
  g_assert_cmpstr (measure_of_count (document, "1100余条"), ==, "public_comments");
  g_assert_cmpstr (measure_of_count (document, "300人次"), !=, "public_commenters");
}

/* Opinions followed up counted in 个 (共跟踪审议意见3个); a survey's
 * total said in the sentence's first clause (全年共开展问卷调查，回收有效
 * 问卷6800余份), not one whose first clause only says 公共 (围绕基本公共服
 * 务均等化开展问卷调查，发放问卷2000份); the deeds a Party campaign finished (…
 * 我为群众办实事…，办结实事36件) */
static void
test_follow_ups_surveys_deeds (void)
{
  static const char text[] =
    "某某市人民代表大会常务委员会工作报告\n"
    "\n"
    "一、监督工作\n"
    "\n"
    "对上年审议意见落实情况开展跟踪监督，共跟踪审议意见3个。"
    "全年共开展问卷调查，回收有效问卷6800余份。"
    "围绕基本公共服务均等化开展问卷调查，发放问卷2000份。\n"
    "\n"
    "二、自身建设\n"
    "\n"
    "常委会党组扎实开展党史学习教育；深入开展“我为群众办实事”实践活动，办结实事36件。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "3个"), ==, "follow_up_supervisions");
  g_assert_cmpstr (measure_of_count (document, "6800余份"), ==, "surveys");
  g_assert_null (measure_of_count (document, "2000份"));
  g_assert_cmpstr (measure_of_count (document, "36件"), ==, "livelihood_projects");
}

/* Personnel bills the committee decides are no deputies' motions (审议人
 * 事任免议案27件); the people sworn in, totalled after the ceremonies (宪法
 * 宣誓8批次共58人; …仪式31次，共有404名…国家工作人员进行宪法宣誓) */
static void
test_personnel_bills_and_oaths_totalled (void)
{
  static const char text[] =
    "某某县人民代表大会常务委员会工作报告\n"
    "\n"
    "一、代表工作\n"
    "\n"
    "常委会依法审议人事任免议案27件，任免国家机关工作人员47人次。"
    "组织新任命人员宪法宣誓8批次共58人。"
    "先后举行宪法宣誓仪式11次，共有96名由常委会任命的国家工作人员进行宪法宣誓。"
    "代表提出议案3件。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_null (measure_of_count (document, "27件"));
  g_assert_cmpstr (measure_of_count (document, "47人次"), ==, "appointments");
  g_assert_cmpstr (measure_of_count (document, "8批次"), ==, "oath_ceremonies");
  g_assert_cmpstr (measure_of_count (document, "58人"), ==, "oaths");
  g_assert_cmpstr (measure_of_count (document, "11次"), ==, "oath_ceremonies");
  g_assert_cmpstr (measure_of_count (document, "96名"), ==, "oaths");
  g_assert_cmpstr (measure_of_count (document, "3件"), ==, "motions");
}

/* Stations built in the year, the count before them and their building
 * after (年内又有6个代表联络站建成投用): added, not the stock after them */
static void
test_stations_built_after_count (void)
{
  static const char text[] =
    "某某县人民代表大会常务委员会工作报告\n"
    "\n"
    "一、代表工作\n"
    "\n"
    "年内又有6个代表联络站建成投用，全县代表联络站已达54个。"
    "今年8个代表之家挂牌运行。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "6个"), ==, "deputy_stations_added");
  g_assert_cmpstr (measure_of_count (document, "54个"), ==, "deputy_stations");
  g_assert_cmpstr (measure_of_count (document, "8个"), ==, "deputy_stations_added");
}

/* The public's comments on drafts, the consultation said in the
 * sentence's first clause and the deputies' stations a way they came
 * (…等7件法规草案组织征求意见，通过乡镇人大、代表联络站和网络平台收集社
 * 会各界意见建议160余条): public comments, not opinions the stations
 * collected; the congress's own comments sent up are none (向上级人大报
 * 送修改建议187条) */
static void
test_comments_through_channels (void)
{
  static const char text[] =
    "某某县人民代表大会常务委员会工作报告\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "先后就《某某省河道管理条例（草案）》等7件法规草案组织征求意见，"
    "通过乡镇人大、代表联络站和网络平台收集社会各界意见建议160余条，经过认真梳理，向省人大常委会提出修改意见28条。"
    "先后对省人大常委会交办的43件法规草案组织论证，收集意见建议600余条，经过研究梳理，向上级人大报送修改建议187条。\n"
    "\n"
    "二、代表工作\n"
    "\n"
    "各代表联络站收集群众意见建议320条。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "160余条"), ==, "public_comments");
  g_assert_null (measure_of_count (document, "28条"));
  g_assert_cmpstr (measure_of_count (document, "600余条"), ==, "public_comments");
  g_assert_null (measure_of_count (document, "187条"));
  g_assert_cmpstr (measure_of_count (document, "320条"), ==, "public_opinions_collected");
}

/* Laws sent up to the province named, said approved after the count
 * (年内报请湖北省人大常委会批准的3件单行条例已全部获得批准): in a county's
 * or a city's report its laws sent up; in the province's, approvals */
static void
test_approval_of_laws_sent_up (void)
{
  static const char sentence[] = "年内报请湖北省人大常委会批准的3件单行条例已全部获得批准。\n";
  static const char * const heads[] = {
    "某某自治县人民代表大会常务委员会工作报告\n\n一、立法工作\n\n",
    "某某市人民代表大会常务委员会工作报告\n\n一、立法工作\n\n",
    "某某省人民代表大会常务委员会工作报告\n\n一、立法工作\n\n",
  };
  static const char * const measures[] = { "submitted_for_approval", "submitted_for_approval", "approved" };

  for (guint i = 0; i < G_N_ELEMENTS (heads); i++)
    {
      g_autofree char *text = g_strconcat (heads[i], sentence, NULL);
      g_autoptr(BaogaoDocument) document = analyze (text);

      SKIP_WITHOUT_PLUGINS (document);
      g_assert_cmpstr (measure_of_count (document, "3件"), ==, measures[i]);
    }
}

/* Laws the committee decided to repeal (另决定废止不适应改革要求的地方性
 * 法规2件) are laws repealed, not decisions repealed; decisions are
 * (决定废止关于…的决定等法规性决定3件) */
static void
test_laws_repealed_by_decision (void)
{
  static const char text[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "全年审议法规草案27件，表决通过23件；另决定废止不适应改革要求的地方性法规2件。"
    "决定废止关于加强某某工作的决定等法规性决定3件。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "2件"), ==, "repealed");
  g_assert_cmpstr (measure_of_count (document, "3件"), ==, "decisions_repealed");
}

/* Two rates said with 和 and 都, then what they were kept at (面商率和办
 * 结率都保持在100%): a row of each */
static void
test_rates_kept_by_each (void)
{
  static const char text[] =
    "某某县人民代表大会常务委员会工作报告\n"
    "\n"
    "一、代表工作\n"
    "\n"
    "代表提出建议86件，面商率和办结率都保持在100%。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpuint (count_measure (document, "representation", "consultation_rate"), ==, 1);
  g_assert_cmpuint (count_measure (document, "representation", "completion_rate"), ==, 1);
}

/* The suggestions resolved or planned, counted together, then broken
 * down after 其中 (…已解决或列入计划解决的712件，占78.1%，其中已经解决498
 * 件、列入计划逐步解决214件): the parts are the rows, not the total too */
static void
test_resolved_and_planned_broken_down (void)
{
  static const char text[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "一、代表工作\n"
    "\n"
    "代表提出的建议全部办结，所提问题已解决或列入计划解决的712件，占78.1%，"
    "其中已经解决498件、列入计划逐步解决214件。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_null (measure_of_count (document, "712件"));
  g_assert_cmpstr (measure_of_count (document, "498件"), ==, "suggestions_resolved");
  g_assert_cmpstr (measure_of_count (document, "214件"), ==, "suggestions_planned");
}

/* Deputies' work said in other words: the report named before the
 * deputies counted (报告履职情况的代表有126名); the suggestions said as
 * written opinions (评选出优秀代表书面意见10件); the basic share after
 * the full one (另有2.9%表示基本满意); the people appointed said as cadres
 * (依法任免干部37人次), not the organ's own (加强机关干部队伍建设，全年提拔任
 * 免干部15名) */
static void
test_deputies_work_said_otherwise (void)
{
  static const char text[] =
    "某某县人民代表大会常务委员会工作报告\n"
    "\n"
    "一、代表工作\n"
    "\n"
    "组织代表向原选区选民报告履职情况，报告履职情况的代表有126名。"
    "年底前，评选出优秀代表书面意见10件并予以通报表扬。"
    "经征询，代表满意率为97.1%，另有2.9%表示基本满意。"
    "依法任免干部37人次。\n"
    "\n"
    "二、自身建设\n"
    "\n"
    "加强机关干部队伍建设，全年提拔任免干部15名。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "126名"), ==, "deputies_reported");
  g_assert_cmpstr (measure_of_count (document, "10件"), ==, "excellent_suggestions");
  g_assert_cmpstr (measure_of_count (document, "97.1%"), ==, "satisfaction_rate");
  g_assert_cmpstr (measure_of_count (document, "2.9%"), ==, "basic_satisfaction_rate");
  g_assert_cmpstr (measure_of_count (document, "37人次"), ==, "appointments");
  g_assert_cmpstr (measure_of_count (document, "15名"), !=, "appointments");
}

/* Livelihood projects chosen by the deputies' vote, the count before
 * them (投票选出十件民生实事项目), from candidates named before (从市政府提
 * 交的18个候选项目中无记名投票选出…): voted; the candidates are none */
static void
test_projects_chosen_by_vote (void)
{
  static const char text[] =
    "某某市人民代表大会常务委员会工作报告\n"
    "\n"
    "一、代表工作\n"
    "\n"
    "市人代会上，全体代表从市政府提交的18个候选项目中无记名投票选出十件民生实事项目。"
    "各区人代会投票选出民生实事项目36件。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_null (measure_of_count (document, "18个"));
  g_assert_cmpstr (measure_of_count (document, "十件"), ==, "livelihood_projects_voted");
  g_assert_cmpstr (measure_of_count (document, "36件"), ==, "livelihood_projects_voted");
}

/* Study of the Party branches named in the sentence's first clause (机关
 * 各党支部把…结合起来，…，全年集中学习共计214次): the branches', not other
 * study; not the Party group's named there */
static void
test_branch_study_named_first (void)
{
  static const char text[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "一、坚持党的领导\n"
    "\n"
    "机关各党支部把学习教育同业务工作结合起来，坚持每月安排专题学习，全年集中学习共计214次。"
    "常委会党组带头深学细悟，全年集体学习18次。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "214次"), ==, "branch_study_sessions");
  g_assert_cmpstr (measure_of_count (document, "18次"), ==, "party_group_study_sessions");
}

/* The new stations among all there are, said after the count (全县代表
 * 联络站达到40个，其中9个为今年新建): added */
static void
test_new_stations_of_stock (void)
{
  static const char text[] =
    "某某县人民代表大会常务委员会工作报告\n"
    "\n"
    "一、代表工作\n"
    "\n"
    "全县现有代表之家、代表联络站57个，其中9个为今年新建。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "57个"), ==, "deputy_stations");
  g_assert_cmpstr (measure_of_count (document, "9个"), ==, "deputy_stations_added");
}

/* Sessions counted before their nouns, as the means of the work (以10次
 * 常委会会议、22次主任会议为主要载体): sessions and chairpersons' meetings */
static void
test_sessions_as_means (void)
{
  static const char text[] =
    "某某县人民代表大会常务委员会工作报告\n"
    "\n"
    "一、自身建设\n"
    "\n"
    "以10次常委会会议、22次主任会议为主要载体，依法履职尽责。"
    "邀请县人大代表列席常委会会议86人次。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "10次"), ==, "standing_committee_sessions");
  g_assert_cmpstr (measure_of_count (document, "22次"), ==, "chairpersons_meetings");
  g_assert_cmpstr (measure_of_count (document, "86人次"), !=, "standing_committee_sessions");
}

/* A magnitude said vaguely (动辄吸引数万人参与; 几十次) states no count;
 * one said as a floor (上万人次) does */
static void
test_vague_magnitudes (void)
{
  static const char text[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "法规草案公开征求意见，动辄吸引数万人参与。"
    "法规草案公开征求意见，有上万人次参与。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_null (measure_of_count (document, "数万人"));
  g_assert_cmpstr (measure_of_count (document, "上万人次"), ==, "public_commenters");
}

/* The study that opens meetings (第一议题) named in the sentence's first
 * clause, the Party group or its meetings named too (坚持“第一议题”制度，党
 * 组会议专题学习…32次; 常委会党组坚持“第一议题”制度，全年学习研讨21次):
 * study_sessions, not the Party group's own collective study, which stays
 * its own (常委会党组坚持“第一议题”制度，全年集体学习12次) */
static void
test_first_item_study_of_party_group (void)
{
  static const char text[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "一、坚持党的领导\n"
    "\n"
    "坚持“第一议题”制度，党组会议专题学习习近平总书记重要讲话精神32次。"
    "常委会党组坚持“第一议题”制度，全年学习研讨21次。"
    "常委会党组坚持“第一议题”制度，全年集体学习12次。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "32次"), ==, "study_sessions");
  g_assert_cmpstr (measure_of_count (document, "21次"), ==, "study_sessions");
  g_assert_cmpstr (measure_of_count (document, "12次"), ==, "party_group_study_sessions");
}

/* Sessions counted before their nouns, the verb said once after the list
 * (全年8次常委会会议、29次主任会议均严格依法召开; 十次常委会会议、十八次主
 * 任会议相继召开) */
static void
test_sessions_held_after (void)
{
  static const char text[] =
    "某某市人民代表大会常务委员会工作报告\n"
    "\n"
    "一、自身建设\n"
    "\n"
    "全年8次常委会会议、29次主任会议均严格依法召开。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "8次"), ==, "standing_committee_sessions");
  g_assert_cmpstr (measure_of_count (document, "29次"), ==, "chairpersons_meetings");
}

/* Deputies elected, the election said after them (市八届人大代表580名已依
 * 法选出); some of the motions, what became of them said after (议案中有23
 * 件所提出的立法项目，已经列入…立法规划): no motions of their own */
static void
test_elected_after_and_motions_part (void)
{
  static const char text[] =
    "某某市人民代表大会常务委员会工作报告\n"
    "\n"
    "一、代表工作\n"
    "\n"
    "换届选举工作顺利完成，市八届人大代表580名已依法选出。"
    "代表提出议案32件。议案中有23件所提出的立法项目，已经列入常委会立法规划。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "580名"), ==, "deputies_elected");
  g_assert_cmpstr (measure_of_count (document, "32件"), ==, "motions");
  g_assert_null (measure_of_count (document, "23件"));
}

/* What the review of this change found its new rules must leave alone:
 * a bill's readings at sessions (通过两次常委会会议审议); the committee's own
 * leaders trained (常委会主任、副主任和秘书长等12人参加集中学习); what the
 * stations did in the year (今年35个代表联络站建立了意见建议办理台账); a
 * count of problems put right before those finished (整改问题28个，已完成
 * 整改26个); observers of an oath (组织新任命人员宪法宣誓3次，旁听人员共60
 * 人) */
static void
test_what_new_rules_leave_29 (void)
{
  static const char text[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "一、自身建设\n"
    "\n"
    "食品安全条例修订草案通过两次常委会会议审议后提请表决。"
    "常委会主任、副主任和秘书长等12人参加集中学习。\n"
    "\n"
    "二、代表工作\n"
    "\n"
    "今年35个代表联络站建立了意见建议办理台账。"
    "组织新任命人员宪法宣誓3次，旁听人员共60人。\n"
    "\n"
    "三、坚持党的领导\n"
    "\n"
    "常委会党组开展主题教育，检视问题30个，整改问题28个，已完成整改26个。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "两次"), !=, "standing_committee_sessions");
  g_assert_cmpstr (measure_of_count (document, "12人"), !=, "directors_trained");
  g_assert_cmpstr (measure_of_count (document, "35个"), !=, "deputy_stations_added");
  g_assert_cmpstr (measure_of_count (document, "60人"), !=, "oaths");
  g_assert_cmpstr (measure_of_count (document, "30个"), ==, "problems_identified");
  g_assert_cmpstr (measure_of_count (document, "28个"), !=, "problems_identified");
}

/* Party lectures named in the sentence's first clause, totalled after
 * (…到基层联系点讲党课，共讲9次) */
static void
test_lectures_totalled_after (void)
{
  static const char text[] =
    "某某州人民代表大会常务委员会工作报告\n"
    "\n"
    "一、坚持党的领导\n"
    "\n"
    "党组书记和党组成员到基层联系点讲党课，共讲9次。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "9次"), ==, "lectures");
}

/* A count in a clause of no verb, its noun after it, what was done to
 * them all said in the next clause (以上九件法规，全部报经…批准; 年度立法计
 * 划中的3件正式项目，均按期完成; …等19件事项，均按程序向市委请示报告); not
 * a clause with its own act (审议通过…等3件法规，均报经…批准施行: passed) */
static void
test_count_then_all_of_them (void)
{
  static const char text[] =
    "某某州人民代表大会常务委员会工作报告\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "以上九件法规，全部报经吉林省人大常委会批准。"
    "年度立法计划中的3件正式项目，均按期完成。"
    "常委会审议通过《某某州民族团结进步条例》等4件法规，均报经省人大常委会批准施行。\n"
    "\n"
    "二、坚持党的领导\n"
    "\n"
    "涉及城市更新、重大项目等19件事项，均按程序向州委请示报告。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "九件"), ==, "submitted_for_approval");
  g_assert_cmpstr (measure_of_count (document, "3件"), ==, "plan_projects_completed");
  g_assert_cmpstr (measure_of_count (document, "4件"), ==, "passed");
  g_assert_cmpstr (measure_of_count (document, "19件"), ==, "matters_reported_to_party_committee");
}

/* A total over acts, one of which has no measure for its unit and two of
 * which differ (听取审议报告、开展执法检查、专题调研共计二十四次): none of
 * them; drafts of several kinds totalled stay drafts deliberated (审议法
 * 律、决定草案和法律解释草案37件) */
static void
test_total_of_acts_one_unmeasured (void)
{
  static const char text[] =
    "某某县人民代表大会常务委员会工作报告\n"
    "\n"
    "一、监督工作\n"
    "\n"
    "全年，常委会听取审议报告、开展执法检查、专题调研共计二十四次。\n"
    "\n"
    "二、立法工作\n"
    "\n"
    "全年共审议法律、决定草案和法律解释草案37件。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_null (measure_of_count (document, "二十四次"));
  g_assert_cmpstr (measure_of_count (document, "37件"), ==, "deliberated");
}

/* A count of the scripts or tongues a thing was done in (以彝汉两种文字)
 * is the manner of the verb after it, which is the count's before it
 * too: 将五件法规草案以彝汉两种文字公开征求意见 */
static void
test_means_counted_between (void)
{
  static const char text[] =
    "某某彝族自治州人民代表大会常务委员会工作报告\n"
    "——2023年1月10日在某某彝族自治州第十一届人民代表大会第二次会议上\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "常委会将五件条例草案以彝汉两种文字在州人大网站公开征求意见。"
    "用蒙汉两种语言印发3件法规草案征求意见稿。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "五件"), ==, "drafts_published");
  assert_no_tally_of_count (document, "两种");
}

/* What was made of the things counted, said after 经 and who decided in
 * the next clause (代表联名提出的2件议案，经大会主席团决定列入会议议程);
 * and laws sent up whose review is their approval's (对…报批的地方性法规
 * （33件）进行合法性审查) */
static void
test_made_into_by_decision (void)
{
  static const char city[] =
    "某某市人民代表大会常务委员会工作报告\n"
    "——2022年1月10日在某某市第十七届人民代表大会第二次会议上\n"
    "\n"
    "一、代表工作\n"
    "\n"
    "市十七届人大一次会议期间，代表联名提出的4件议案，经大会主席团决定列入会议议程。\n";
  static const char province[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "对甲、乙等9个设区的市报批的地方性法规（27件）进行合法性审查，全部依法批准。"
    "依法审查自治州报批的单行条例3件。\n";
  g_autoptr(BaogaoDocument) document = analyze (city);
  g_autoptr(BaogaoDocument) laws = NULL;

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "4件"), ==, "motions_accepted");
  laws = analyze (province);
  g_assert_cmpstr (measure_of_count (laws, "27件"), ==, "approved");
  g_assert_cmpstr (measure_of_count (laws, "3件"), ==, "approved");
}

/* A label closed by a colon names the topic of the count after it,
 * whatever the label's words, at the sentence's head or after a
 * semicolon (任免：国家机关工作人员53人次；宪法宣誓：组织4次) */
static void
test_colon_labels_mid_sentence (void)
{
  static const char text[] =
    "某某区人民代表大会常务委员会工作报告\n"
    "\n"
    "一、代表工作\n"
    "\n"
    "任免：国家机关工作人员47人次；宪法宣誓：组织6次。"
    "票决民生实事项目：区级9件；补选区人大代表2名；辞职请求：依法接受3人。\n"
    "\n"
    "二、监督工作\n"
    "\n"
    "审议意见：形成31条，交区政府研究处理。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "47人次"), ==, "appointments");
  g_assert_cmpstr (measure_of_count (document, "6次"), ==, "oath_ceremonies");
  g_assert_cmpstr (measure_of_count (document, "9件"), ==, "livelihood_projects_voted");
  g_assert_cmpstr (measure_of_count (document, "3人"), ==, "resignations");
  g_assert_cmpstr (measure_of_count (document, "31条"), ==, "opinions_made");
}

/* Phrasings of round 101: laws sent up, their review after 经 in one
 * clause and their approval in the next (报批的…32件，经常委会审查，全部
 * 依法予以批准), the count before its noun too; a level's vote (三年来县
 * 级票决28件) */
static void
test_phrasings_of_round_101 (void)
{
  static const char province[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "各市州报批的二十六件地方性法规和单行条例，经常委会审查，全部依法予以批准。"
    "各市州报批的法规14件，经主任会议研究，均依法予以批准。\n";
  static const char county[] =
    "某某县人民代表大会常务委员会工作报告\n"
    "\n"
    "一、代表工作\n"
    "\n"
    "（四）民生实事项目代表票决。2019年起推行，三年来县级票决19件，各乡镇人大票决140个。\n";
  g_autoptr(BaogaoDocument) document = analyze (province);
  g_autoptr(BaogaoDocument) votes = NULL;

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "二十六件"), ==, "approved");
  g_assert_cmpstr (measure_of_count (document, "14件"), ==, "approved");
  votes = analyze (county);
  g_assert_cmpstr (measure_of_count (votes, "19件"), ==, "livelihood_projects_voted");
  g_assert_cmpstr (measure_of_count (votes, "140个"), ==, "livelihood_projects_voted");
}

/* What other bodies did beside the congress: the Party committee
 * convenes its own standing committee (省委先后3次召开常委会会议专题研究人
 * 大工作); a government's measures drawn up on the committee's opinions
 * are no opinions (针对审议意见制定整改措施47项) */
static void
test_other_bodies_sessions_and_measures (void)
{
  static const char text[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "一、坚持党的领导\n"
    "\n"
    "省委先后4次召开常委会会议专题研究人大工作。"
    "常委会全年召开常委会会议9次。\n"
    "\n"
    "二、监督工作\n"
    "\n"
    "省人民政府高度重视常委会审议意见，针对审议意见制定整改措施38项。"
    "常委会形成审议意见12份。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_no_tally_of_count (document, "4次");
  g_assert_cmpstr (measure_of_count (document, "9次"), ==, "standing_committee_sessions");
  g_assert_cmpstr (measure_of_count (document, "38项"), !=, "opinions_made");
  g_assert_cmpstr (measure_of_count (document, "12份"), ==, "opinions_made");
}

/* A city's laws said approved after their count or after 获批 (…均已获
 * 省人大常委会批准施行; 以上法规全部依法报请省人大常委会批准，年内获批4件)
 * are its laws sent up; those approved of a count sent up said before
 * them are a part, no row (共报请省人大常委会批准法规4件，已获批准3件) */
static void
test_approval_said_after (void)
{
  static const char text[] =
    "某某市人民代表大会常务委员会工作报告\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "以上法规和条例全部依法报请省人大常委会批准，年内获批6件。"
    "去年通过的2件法规均已获省人大常委会批准施行。"
    "本年度共报请省人大常委会批准法规5件，已获批准3件。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "6件"), ==, "submitted_for_approval");
  g_assert_cmpstr (measure_of_count (document, "2件"), ==, "submitted_for_approval");
  g_assert_cmpstr (measure_of_count (document, "5件"), ==, "submitted_for_approval");
  assert_no_tally_of_count (document, "3件");
}

/* Phrasings of round 102: meetings of several kinds closed with 等 and
 * totalled (召开常委会会议、主任会议、党组会议等40余次: no row); the
 * departments voted on counted after them (测评部门21个); the share of
 * the solved and the planned said of both (两者占比91.3%); problems still
 * being put right (正在整改5个: none rectified) */
static void
test_phrasings_of_round_102 (void)
{
  static const char text[] =
    "某某县人民代表大会常务委员会工作报告\n"
    "\n"
    "一、监督工作\n"
    "\n"
    "对县人民政府工作部门开展满意度测评，今年测评部门17个。"
    "审计工作报告提出的39个问题中，已整改33个，正在整改6个。\n"
    "\n"
    "二、代表工作\n"
    "\n"
    "已解决的102件，已列入计划解决的40件，两者占比88.2%。\n"
    "\n"
    "三、自身建设\n"
    "\n"
    "全年召开常委会会议、主任会议、党组会议等43次。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "17个"), ==, "work_evaluations");
  g_assert_cmpstr (measure_of_count (document, "33个"), ==, "problems_rectified");
  assert_no_tally_of_count (document, "6个");
  g_assert_cmpstr (measure_of_count (document, "88.2%"), ==, "resolution_rate");
  assert_no_tally_of_count (document, "43次");
}

/* A count of the places whose laws the next count counts, in one clause
 * (批准…4个自治县的单行条例和变通规定12件): the words before it are the
 * later count's too; drafts a province's working committee asked on (对
 * 省人大常委会法工委征求意见的法规草案12件) are the province's */
static void
test_owners_counted_and_committee_asked (void)
{
  static const char province[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "批准甲、乙、丙3个自治县的单行条例和变通规定11件。\n";
  static const char city[] =
    "某某市人民代表大会常务委员会工作报告\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "对省人大常委会法工委征求意见的法规草案14件，及时组织研究并反馈意见。\n";
  g_autoptr(BaogaoDocument) document = analyze (province);
  g_autoptr(BaogaoDocument) drafts = NULL;

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "11件"), ==, "approved");
  assert_no_tally_of_count (document, "3个");
  drafts = analyze (city);
  g_assert_cmpstr (measure_of_count (drafts, "14件"), ==, "higher_drafts_commented");
}

/* A draft's title says it is one (就《…条例（草案）》召开座谈会3场): its
 * closing 草案 is read, the rest of its words are not; agreements on
 * legislating together are agreements in any section (签署协同立法工作
 * 协议1项) */
static void
test_draft_titles_and_legislating_agreements (void)
{
  static const char text[] =
    "某某市人民代表大会常务委员会工作报告\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "就《某某市城市绿化条例（草案）》，常委会法制工作委员会召开座谈会4场。"
    "与周边两市人大常委会签署协同立法工作协议2项。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "4场"), ==, "consultation_meetings");
  g_assert_cmpstr (measure_of_count (document, "2项"), ==, "agreements");
}

/* Laws passed, then the same laws pointed back to with 这 and sent up
 * for approval (表决通过法规3件，这3件法规报请省人大常委会审查批准): the
 * sending up is a row of its own; a count pointed back to for what it
 * already counted is none (立案3件。这3件议案由…并案形成) */
static void
test_passed_then_these_sent_up (void)
{
  static const char text[] =
    "某某市人民代表大会常务委员会工作报告\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "表决通过法规4件，这4件法规报请省人大常委会审查批准后公布施行。\n"
    "\n"
    "二、代表工作\n"
    "\n"
    "代表提出议案41件，经大会主席团审议决定，立案3件。这3件议案由代表提出的内容相同或相近的9件议案并案形成。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpuint (count_measure (document, "legislation", "passed"), ==, 1);
  g_assert_cmpuint (count_measure (document, "legislation", "submitted_for_approval"), ==, 1);
  g_assert_cmpuint (count_measure (document, "representation", "motions_accepted"), ==, 1);
  g_assert_cmpuint (count_measure (document, "representation", "motions"), ==, 1);
}

/* Problems an audit report raised, counted before the word (审计工作报
 * 告反映的43个问题; 提出的46个问题中), and problems confirmed among a
 * system's alerts (经逐条核实，确认问题21个): problems identified */
static void
test_problems_raised_and_confirmed (void)
{
  static const char text[] =
    "某某县人民代表大会常务委员会工作报告\n"
    "\n"
    "一、监督工作\n"
    "\n"
    "常委会对审计工作报告反映的37个问题实行清单式跟踪督办，已整改到位31个。"
    "审计工作报告提出的44个问题中，已整改40个。"
    "全年系统推送疑点信息97条，经逐条核实，确认问题23个，已整改18个。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "37个"), ==, "problems_identified");
  g_assert_cmpstr (measure_of_count (document, "31个"), ==, "problems_rectified");
  g_assert_cmpstr (measure_of_count (document, "44个"), ==, "problems_identified");
  g_assert_cmpstr (measure_of_count (document, "23个"), ==, "problems_identified");
  g_assert_cmpstr (measure_of_count (document, "18个"), ==, "problems_rectified");
}

/* Phrasings of round 102, continued: a budget adjustment 审批 (依法审批县
 * 本级财政预算调整方案一次); first-agenda study counted before the study
 * (46次“第一议题”学习贯穿全年; 先后28次在会议开始时集体学习) */
static void
test_budget_approved_and_first_item_counted_before (void)
{
  static const char text[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "一、坚持党的领导\n"
    "\n"
    "常委会党组认真落实“第一议题”制度，39次“第一议题”学习贯穿全年。"
    "认真落实“第一议题”制度，先后27次在会议开始时集体学习习近平总书记重要讲话精神。\n"
    "\n"
    "二、监督工作\n"
    "\n"
    "依法审批省本级财政预算调整方案两次。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "39次"), ==, "study_sessions");
  g_assert_cmpstr (measure_of_count (document, "27次"), ==, "study_sessions");
  g_assert_cmpstr (measure_of_count (document, "两次"), ==, "budget_adjustments_approved");
}

/* The rounds an act was done in, between the things counted and the act
 * (对现行有效的36件单行条例进行了两轮全面清理): the act is the earlier
 * count's; going down to the grass roots counts no places (深入基层开展执
 * 法检查13次), so a total over it and other work is none of them */
static void
test_rounds_between_and_grass_roots (void)
{
  static const char county[] =
    "某某土家族自治县人民代表大会常务委员会工作报告\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "坚持立改废并举，对现行有效的31件单行条例进行了两轮全面清理。\n";
  static const char city[] =
    "某某市人民代表大会常务委员会工作报告\n"
    "\n"
    "一、监督工作\n"
    "\n"
    "深入基层开展执法检查13次。"
    "常委会组成人员深入基层开展视察、调研和执法检查共计120余次。\n";
  g_autoptr(BaogaoDocument) document = analyze (county);
  g_autoptr(BaogaoDocument) oversight = NULL;

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "31件"), ==, "cleaned_up");
  oversight = analyze (city);
  g_assert_cmpstr (measure_of_count (oversight, "13次"), ==, "law_inspections");
  assert_no_tally_of_count (oversight, "120余次");
}

/* A combined count whose parts add up to it with laws made anew among
 * them (制定修改地方性法规22件，其中制定8件、修改11件、重新制定3件): the
 * parts are the rows; the investigations of a group formed for them (组成
 * 调研组开展专题调研十九次) are investigations */
static void
test_remade_parts_and_groups_formed (void)
{
  static const char text[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "制定修改地方性法规21件，其中制定7件、修改11件、重新制定3件。\n"
    "\n"
    "二、监督工作\n"
    "\n"
    "常委会领导带队，组成调研组开展专题调研十七次。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  assert_no_tally_of_count (document, "21件");
  g_assert_cmpstr (measure_of_count (document, "3件"), ==, "re_enacted");
  g_assert_cmpstr (measure_of_count (document, "十七次"), ==, "investigations");
}

/* What the review of this session's rules found them doing to other
 * phrasings, each now left as it was: motions handled as suggestions;
 * opinions beside the measures others draw up; sessions held after the
 * Party committee's meeting; an inspection's site visits; a research
 * group's own steps; a part of a part; approvals of a list sent up; any
 * 工作协议; meetings that open with first-agenda study; leads checked */
static void
test_what_new_rules_leave_30 (void)
{
  static const char text[] =
    "某某市人民代表大会常务委员会工作报告\n"
    "\n"
    "一、代表工作\n"
    "\n"
    "代表联名提出的6件议案，经大会主席团决定作为建议处理。"
    "组织代表与选民签订履职工作协议120份。\n"
    "\n"
    "二、监督工作\n"
    "\n"
    "提出审议意见28条并督促“一府一委两院”制定整改措施。"
    "执法检查组深入乡镇、企业开展实地检查27次。"
    "调研组形成专题报告5项。"
    "核实问题线索12条，督促整改9条。"
    "在审计整改中督促整改问题38个。\n"
    "\n"
    "三、立法工作\n"
    "\n"
    "制定修改地方性法规9件，其中制定5件（含重新制定2件）、修改4件。"
    "向省人大常委会报批法规4件、单行条例3件，已获批准7件。\n"
    "\n"
    "四、自身建设\n"
    "\n"
    "在市委召开人大工作会议后及时召开常委会会议3次研究贯彻落实举措。"
    "全年召开主任会议16次均以“第一议题”学习开篇。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "6件"), ==, "motions");
  assert_no_tally_of_count (document, "120份");
  g_assert_cmpstr (measure_of_count (document, "28条"), ==, "opinions_made");
  assert_no_tally_of_count (document, "27次");
  assert_no_tally_of_count (document, "5项");
  assert_no_tally_of_count (document, "12条");
  g_assert_cmpstr (measure_of_count (document, "38个"), ==, "problems_rectified");
  assert_no_tally_of_count (document, "9件");
  assert_no_tally_of_count (document, "7件");
  g_assert_cmpstr (measure_of_count (document, "3次"), ==, "standing_committee_sessions");
  g_assert_cmpstr (measure_of_count (document, "16次"), !=, "study_sessions");
}

/* Phrasings of round 103: deputies joining a campaign the sentence opens
 * with (疫情防控中，全省各级人大代表3.1万余人次投身一线); the NPC's drafts
 * sent, named before their count (全国人大常委会发来的…等法律草案15部，及时
 * 反馈修改意见) */
static void
test_campaign_opened_and_npc_drafts_named (void)
{
  static const char text[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "认真研究全国人大常委会发来的民法典各分编草案等法律草案14部，及时反馈修改意见。\n"
    "\n"
    "二、代表工作\n"
    "\n"
    "疫情防控中，全省各级人大代表2.7万余人次投身一线，冲在前、干在先。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "14部"), ==, "national_drafts_commented");
  g_assert_cmpstr (measure_of_count (document, "2.7万余人次"), ==, "deputy_activity_participations");
}

/* Phrasings of round 104: suggestions fronted with 对, their handlers
 * asked to take them up again (对…12件建议，要求承办单位再次研究办理);
 * a government's administrative regulations (国务院…全年制定、修订行政
 * 法规十六件) are none of the NPC's laws */
static void
test_handlers_asked_and_administrative_regulations (void)
{
  static const char county[] =
    "某某县人民代表大会常务委员会工作报告\n"
    "\n"
    "一、代表工作\n"
    "\n"
    "常委会对解决难度较大的11件建议，要求承办单位再次研究办理。"
    "对代表提出的312件建议，要求承办单位认真办理。\n";
  static const char national[] =
    "全国人民代表大会常务委员会工作报告\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "国务院在法律通过后抓紧制定配套规定，全年制定、修订行政法规十六件。"
    "全年修订法律9件。\n";
  g_autoptr(BaogaoDocument) document = analyze (county);
  g_autoptr(BaogaoDocument) laws = NULL;

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "11件"), ==, "suggestions_followed_up");
  g_assert_cmpstr (measure_of_count (document, "312件"), ==, "suggestions");
  laws = analyze (national);
  assert_no_tally_of_count (laws, "十六件");
  g_assert_cmpstr (measure_of_count (laws, "9件"), ==, "revised");
}

/* A package said as one decision amending several laws (以一个决定统一修
 * 改了建筑、消防、城乡规划等方面的法律，共五件): amended_in_package */
static void
test_one_decision_amending_several (void)
{
  static const char text[] =
    "全国人民代表大会常务委员会工作报告\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "为深化“放管服”改革，常委会以一个决定统一修改了建筑、消防、城乡规划等方面的法律，共六件。\n";
  g_autoptr(BaogaoDocument) document = analyze (text);

  SKIP_WITHOUT_PLUGINS (document);

  g_assert_cmpstr (measure_of_count (document, "六件"), ==, "amended_in_package");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tally/legislation-counts", test_legislation_counts);
  g_test_add_func ("/tally/respectively-with-verb", test_respectively_with_verb);
  g_test_add_func ("/tally/round29-phrasings", test_round29_phrasings);
  g_test_add_func ("/tally/round30-phrasings", test_round30_phrasings);
  g_test_add_func ("/tally/round31-phrasings", test_round31_phrasings);
  g_test_add_func ("/tally/round32-phrasings", test_round32_phrasings);
  g_test_add_func ("/tally/round33-phrasings", test_round33_phrasings);
  g_test_add_func ("/tally/round34-phrasings", test_round34_phrasings);
  g_test_add_func ("/tally/round35-phrasings", test_round35_phrasings);
  g_test_add_func ("/tally/round36-phrasings", test_round36_phrasings);
  g_test_add_func ("/tally/round37-phrasings", test_round37_phrasings);
  g_test_add_func ("/tally/round38-phrasings", test_round38_phrasings);
  g_test_add_func ("/tally/round39-phrasings", test_round39_phrasings);
  g_test_add_func ("/tally/round40-phrasings", test_round40_phrasings);
  g_test_add_func ("/tally/round41-phrasings", test_round41_phrasings);
  g_test_add_func ("/tally/round42-phrasings", test_round42_phrasings);
  g_test_add_func ("/tally/round43-phrasings", test_round43_phrasings);
  g_test_add_func ("/tally/round44-phrasings", test_round44_phrasings);
  g_test_add_func ("/tally/round45-phrasings", test_round45_phrasings);
  g_test_add_func ("/tally/review15-left-alone", test_review15_left_alone);
  g_test_add_func ("/tally/handling-and-other-nouns", test_handling_and_other_nouns);
  g_test_add_func ("/tally/qualifying-times-and-orders", test_qualifying_times_and_orders);
  g_test_add_func ("/tally/steps-decisions-and-helpers", test_steps_decisions_and_helpers);
  g_test_add_func ("/tally/own-city-and-campaigns", test_own_city_and_campaigns);
  g_test_add_func ("/tally/second-respective-list", test_second_respective_list);
  g_test_add_func ("/tally/plans-after-adverbials", test_plans_after_adverbials);
  g_test_add_func ("/tally/round48-wordings", test_round48_wordings);
  g_test_add_func ("/tally/subjects-across-phrases", test_subjects_across_phrases);
  g_test_add_func ("/tally/subjects-questions-and-plans", test_subjects_questions_and_plans);
  g_test_add_func ("/tally/round49-wordings", test_round49_wordings);
  g_test_add_func ("/tally/year-said-mid-sentence", test_year_said_mid_sentence);
  g_test_add_func ("/tally/stations-and-groups", test_stations_and_groups);
  g_test_add_func ("/tally/review16-left-alone", test_review16_left_alone);
  g_test_add_func ("/tally/round50-wordings", test_round50_wordings);
  g_test_add_func ("/tally/drafts-appraisals-visits", test_drafts_appraisals_visits);
  g_test_add_func ("/tally/national-review-and-decisions", test_national_review_and_decisions);
  g_test_add_func ("/tally/oaths-and-npc-subject", test_oaths_and_npc_subject);
  g_test_add_func ("/tally/first-agenda-study", test_first_agenda_study);
  g_test_add_func ("/tally/national-comments-and-revocations", test_national_comments_and_revocations);
  g_test_add_func ("/tally/one-domain-per-count", test_one_domain_per_count);
  g_test_add_func ("/tally/section-decides", test_section_decides);
  g_test_add_func ("/tally/features", test_features);
  g_test_add_func ("/tally/empty", test_empty);
  g_test_add_func ("/tally/periods", test_periods);
  g_test_add_func ("/tally/local-measures", test_local_measures);
  g_test_add_func ("/tally/plain-words-elsewhere", test_plain_words_elsewhere);
  g_test_add_func ("/tally/breakdowns", test_breakdowns);
  g_test_add_func ("/tally/special-zone-laws", test_special_zone_laws);
  g_test_add_func ("/tally/restated-at-once", test_restated_at_once);
  g_test_add_func ("/tally/respective-lists", test_respective_lists);
  g_test_add_func ("/tally/filing-review-wording", test_filing_review_wording);
  g_test_add_func ("/tally/laws-stocks-and-townships", test_laws_stocks_and_townships);
  g_test_add_func ("/tally/county-level-cities", test_county_level_cities);
  g_test_add_func ("/tally/year-within-term", test_year_within_term);
  g_test_add_func ("/tally/subject-of-sentence", test_subject_of_sentence);
  g_test_add_func ("/tally/plans-in-passing", test_plans_in_passing);
  g_test_add_func ("/tally/scope", test_scope);
  g_test_add_func ("/tally/other-bodies", test_other_bodies);
  g_test_add_func ("/tally/review-named-once", test_review_named_once);
  g_test_add_func ("/tally/contact-points-and-agenda", test_contact_points_and_agenda);
  g_test_add_func ("/tally/list-conjunctions", test_list_conjunctions);
  g_test_add_func ("/tally/list-tail", test_list_tail);
  g_test_add_func ("/tally/list-borrowed-verb", test_list_borrowed_verb);
  g_test_add_func ("/tally/rate-to-date", test_rate_to_date);
  g_test_add_func ("/tally/submitted-for-approval", test_submitted_for_approval);
  g_test_add_func ("/tally/research-topics", test_research_topics);
  g_test_add_func ("/tally/members-with-deputies", test_members_with_deputies);
  g_test_add_func ("/tally/apposed-counts", test_apposed_counts);
  g_test_add_func ("/tally/sentence-subject", test_sentence_subject);
  g_test_add_func ("/tally/innermost-topic", test_innermost_topic);
  g_test_add_func ("/tally/domain-ties", test_domain_ties);
  g_test_add_func ("/tally/overview-counts", test_overview_counts);
  g_test_add_func ("/tally/filing-review", test_filing_review);
  g_test_add_func ("/tally/representation-rules", test_representation_rules);
  g_test_add_func ("/tally/self-building-rules", test_self_building_rules);
  g_test_add_func ("/tally/approval-parts-with-each", test_approval_parts_with_each);
  g_test_add_func ("/tally/topicalised-counts", test_topicalised_counts);
  g_test_add_func ("/tally/combined-before-breakdown", test_combined_before_breakdown);
  g_test_add_func ("/tally/combined-passed-broken-down", test_combined_passed_broken_down);
  g_test_add_func ("/tally/region-deputies", test_region_deputies);
  g_test_add_func ("/tally/term-report-without-parts", test_term_report_without_parts);
  g_test_add_func ("/tally/restated-after-de", test_restated_after_de);
  g_test_add_func ("/tally/breakdown-of-set", test_breakdown_of_set);
  g_test_add_func ("/tally/elliptic-part-with-year", test_elliptic_part_with_year);
  g_test_add_func ("/tally/year-of-closed-part", test_year_of_closed_part);
  g_test_add_func ("/tally/suggestions-called-opinions", test_suggestions_called_opinions);
  g_test_add_func ("/tally/long-list-before-count", test_long_list_before_count);
  g_test_add_func ("/tally/box-bars", test_box_bars);
  g_test_add_func ("/tally/respective-items-with-commas", test_respective_items_with_commas);
  g_test_add_func ("/tally/list-ellipsis", test_list_ellipsis);
  g_test_add_func ("/tally/approved-cities", test_approved_cities);
  g_test_add_func ("/tally/package-decisions", test_package_decisions);
  g_test_add_func ("/tally/counts-in-next-clause", test_counts_in_next_clause);
  g_test_add_func ("/tally/public-consultation", test_public_consultation);
  g_test_add_func ("/tally/filing-corrections", test_filing_corrections);
  g_test_add_func ("/tally/follow-up-and-evaluation", test_follow_up_and_evaluation);
  g_test_add_func ("/tally/place-counts", test_place_counts);
  g_test_add_func ("/tally/sessions-attended", test_sessions_attended);
  g_test_add_func ("/tally/government-suggestions", test_government_suggestions);
  g_test_add_func ("/tally/laws-cleaned-up", test_laws_cleaned_up);
  g_test_add_func ("/tally/post-legislative-evaluations", test_post_legislative_evaluations);
  g_test_add_func ("/tally/comments-received", test_comments_received);
  g_test_add_func ("/tally/documents-found-faulty", test_documents_found_faulty);
  g_test_add_func ("/tally/deputy-activities", test_deputy_activities);
  g_test_add_func ("/tally/stocks", test_stocks);
  g_test_add_func ("/tally/cumulative", test_cumulative);
  g_test_add_func ("/tally/plans-later-year", test_plans_later_year);
  g_test_add_func ("/tally/ledger-labels", test_ledger_labels);
  g_test_add_func ("/tally/elliptic-clauses", test_elliptic_clauses);
  g_test_add_func ("/tally/laws-and-decisions", test_laws_and_decisions);
  g_test_add_func ("/tally/lower-bodies", test_lower_bodies);
  g_test_add_func ("/tally/every-level", test_every_level);
  g_test_add_func ("/tally/review17-left-alone", test_review17_left_alone);
  g_test_add_func ("/tally/unsolved-and-motion-laws", test_unsolved_and_motion_laws);
  g_test_add_func ("/tally/long-title-lists", test_long_title_lists);
  g_test_add_func ("/tally/answer-classes-listed", test_answer_classes_listed);
  g_test_add_func ("/tally/appendix-table", test_appendix_table);
  g_test_add_func ("/tally/research-listed-as-activities", test_research_listed_as_activities);
  g_test_add_func ("/tally/subject-after-occasion", test_subject_after_occasion);
  g_test_add_func ("/tally/spans-notes-and-lent-study", test_spans_notes_and_lent_study);
  g_test_add_func ("/tally/total-opened-by-gongji", test_total_opened_by_gongji);
  g_test_add_func ("/tally/per-period-amounts", test_per_period_amounts);
  g_test_add_func ("/tally/named-before-or-short", test_named_before_or_short);
  g_test_add_func ("/tally/plans-cleanups-and-asides", test_plans_cleanups_and_asides);
  g_test_add_func ("/tally/media-and-exchanges-anywhere", test_media_and_exchanges_anywhere);
  g_test_add_func ("/tally/oversight-wording", test_oversight_wording);
  g_test_add_func ("/tally/party-group-in-self-building", test_party_group_in_self_building);
  g_test_add_func ("/tally/subset-asides", test_subset_asides);
  g_test_add_func ("/tally/filing-makers-and-problems", test_filing_makers_and_problems);
  g_test_add_func ("/tally/deputies-directors-drafts", test_deputies_directors_drafts);
  g_test_add_func ("/tally/tables-data", test_tables_data);
  g_test_add_func ("/tally/drafts-stations-and-councils", test_drafts_stations_and_councils);
  g_test_add_func ("/tally/clause-restatements", test_clause_restatements);
  g_test_add_func ("/tally/sentence-lends-domain", test_sentence_lends_domain);
  g_test_add_func ("/tally/party-group-work", test_party_group_work);
  g_test_add_func ("/tally/motions-follow-up-receptions", test_motions_follow_up_receptions);
  g_test_add_func ("/tally/elections-and-inquiry-questions", test_elections_and_inquiry_questions);
  g_test_add_func ("/tally/containers-and-deputies-wordings", test_containers_and_deputies_wordings);
  g_test_add_func ("/tally/own-rules-anywhere", test_own_rules_anywhere);
  g_test_add_func ("/tally/plan-alerts-practice-bases", test_plan_alerts_practice_bases);
  g_test_add_func ("/tally/guizhou-and-prefectures", test_guizhou_and_prefectures);
  g_test_add_func ("/tally/rates-and-questions", test_rates_and_questions);
  g_test_add_func ("/tally/words-of-another-section", test_words_of_another_section);
  g_test_add_func ("/tally/submissions-reviews-ranks", test_submissions_reviews_ranks);
  g_test_add_func ("/tally/year-in-term-paragraph", test_year_in_term_paragraph);
  g_test_add_func ("/tally/second-unit-after-comma", test_second_unit_after_comma);
  g_test_add_func ("/tally/subdistrict-assemblies", test_subdistrict_assemblies);
  g_test_add_func ("/tally/words-inside-titles", test_words_inside_titles);
  g_test_add_func ("/tally/changes-from-last-year", test_changes_from_last_year);
  g_test_add_func ("/tally/laws-covered-and-visits", test_laws_covered_and_visits);
  g_test_add_func ("/tally/status-within-the-year", test_status_within_the_year);
  g_test_add_func ("/tally/higher-drafts", test_higher_drafts);
  g_test_add_func ("/tally/deputy-groups-and-activities", test_deputy_groups_and_activities);
  g_test_add_func ("/tally/city-report-phrases", test_city_report_phrases);
  g_test_add_func ("/tally/count-after-long-list", test_count_after_long_list);
  g_test_add_func ("/tally/legislation-phrasings", test_legislation_phrasings);
  g_test_add_func ("/tally/places-topics-new-points", test_places_topics_new_points);
  g_test_add_func ("/tally/township-cadres-trained", test_township_cadres_trained);
  g_test_add_func ("/tally/alerts-points-contacts", test_alerts_points_contacts);
  g_test_add_func ("/tally/year-sections-in-term-part", test_year_sections_in_term_part);
  g_test_add_func ("/tally/older-phrasings", test_older_phrasings);
  g_test_add_func ("/tally/npc-combined", test_npc_combined);
  g_test_add_func ("/tally/information-theory-clean-up", test_information_theory_clean_up);
  g_test_add_func ("/tally/party-group-seminars", test_party_group_seminars);
  g_test_add_func ("/tally/suggestion-classes", test_suggestion_classes);
  g_test_add_func ("/tally/subsections-keep-their-domain", test_subsections_keep_their_domain);
  g_test_add_func ("/tally/counts-before-their-nouns", test_counts_before_their_nouns);
  g_test_add_func ("/tally/npc-deputies-of-a-place", test_npc_deputies_of_a_place);
  g_test_add_func ("/tally/appraisal-problems-promotions", test_appraisal_problems_promotions);
  g_test_add_func ("/tally/later-clauses-and-phrasings", test_later_clauses_and_phrasings);
  g_test_add_func ("/tally/long-lists-and-comments", test_long_lists_and_comments);
  g_test_add_func ("/tally/filing-review-list", test_filing_review_list);
  g_test_add_func ("/tally/follow-ups-and-non-counts", test_follow_ups_and_non_counts);
  g_test_add_func ("/tally/term-named-with-its-number", test_term_named_with_its_number);
  g_test_add_func ("/tally/mixed-subjects-and-rates", test_mixed_subjects_and_rates);
  g_test_add_func ("/tally/oversight-count-first", test_oversight_count_first);
  g_test_add_func ("/tally/counts-before-verbs-and-year-shares", test_counts_before_verbs_and_year_shares);
  g_test_add_func ("/tally/opinions-made", test_opinions_made);
  g_test_add_func ("/tally/counts-said-for-each-item", test_counts_said_for_each_item);
  g_test_add_func ("/tally/townships-voting-named-first", test_townships_voting_named_first);
  g_test_add_func ("/tally/restatements-in-paragraphs", test_restatements_in_paragraphs);
  g_test_add_func ("/tally/bills-listed-problems-and-referred-motions", test_bills_listed_problems_and_referred_motions);
  g_test_add_func ("/tally/cities-of-the-province", test_cities_of_the_province);
  g_test_add_func ("/tally/ordinary-reports", test_ordinary_reports);
  g_test_add_func ("/tally/frame-after-item-number", test_frame_after_item_number);
  g_test_add_func ("/tally/older-and-newer-phrasings", test_older_and_newer_phrasings);
  g_test_add_func ("/tally/consultations-by-kind", test_consultations_by_kind);
  g_test_add_func ("/tally/plans-going-on-and-named-people", test_plans_going_on_and_named_people);
  g_test_add_func ("/tally/subjects-after-semicolons", test_subjects_after_semicolons);
  g_test_add_func ("/tally/autonomous-areas", test_autonomous_areas);
  g_test_add_func ("/tally/long-lists-closed-by-deng", test_long_lists_closed_by_deng);
  g_test_add_func ("/tally/proposals-awards-and-votes", test_proposals_awards_and_votes);
  g_test_add_func ("/tally/breakdowns-packages-and-extremes", test_breakdowns_packages_and_extremes);
  g_test_add_func ("/tally/plans-targets-and-other-bodies", test_plans_targets_and_other_bodies);
  g_test_add_func ("/tally/elliptic-objects", test_elliptic_objects);
  g_test_add_func ("/tally/passives-and-counts-before-verbs", test_passives_and_counts_before_verbs);
  g_test_add_func ("/tally/cumulative-up-to-semicolons", test_cumulative_up_to_semicolons);
  g_test_add_func ("/tally/respective-verbs-and-totals", test_respective_verbs_and_totals);
  g_test_add_func ("/tally/actors-after-numbers-and-years", test_actors_after_numbers_and_years);
  g_test_add_func ("/tally/phrasings-of-other-reports", test_phrasings_of_other_reports);
  g_test_add_func ("/tally/per-person-and-parts-of-other-units", test_per_person_and_parts_of_other_units);
  g_test_add_func ("/tally/people-after-counts-and-filing-review", test_people_after_counts_and_filing_review);
  g_test_add_func ("/tally/meetings-asides-and-best-reports", test_meetings_asides_and_best_reports);
  g_test_add_func ("/tally/rectified-and-handed-again", test_rectified_and_handed_again);
  g_test_add_func ("/tally/clean-up-findings-and-trainees", test_clean_up_findings_and_trainees);
  g_test_add_func ("/tally/places-that-act", test_places_that_act);
  g_test_add_func ("/tally/drafts-readings-and-months", test_drafts_readings_and_months);
  g_test_add_func ("/tally/restated-totalled-and-pointed", test_restated_totalled_and_pointed);
  g_test_add_func ("/tally/openers-objects-and-central-districts", test_openers_objects_and_central_districts);
  g_test_add_func ("/tally/asides-ranges-and-lists-before", test_asides_ranges_and_lists_before);
  g_test_add_func ("/tally/townships-and-closing-advice", test_townships_and_closing_advice);
  g_test_add_func ("/tally/totals-siblings-and-bare-levels", test_totals_siblings_and_bare_levels);
  g_test_add_func ("/tally/ranks-tasks-and-awards", test_ranks_tasks_and_awards);
  g_test_add_func ("/tally/deliberated-parts-and-passives", test_deliberated_parts_and_passives);
  g_test_add_func ("/tally/people-acting-on-listed-objects", test_people_acting_on_listed_objects);
  g_test_add_func ("/tally/articles-of-laws-counted", test_articles_of_laws_counted);
  g_test_add_func ("/tally/subject-after-year-and-lead-in", test_subject_after_year_and_lead_in);
  g_test_add_func ("/tally/parts-said-again", test_parts_said_again);
  g_test_add_func ("/tally/decisions-named-in-legislation", test_decisions_named_in_legislation);
  g_test_add_func ("/tally/commenters-before-consultation", test_commenters_before_consultation);
  g_test_add_func ("/tally/participations-after-deputies-clause", test_participations_after_deputies_clause);
  g_test_add_func ("/tally/voters-ratings", test_voters_ratings);
  g_test_add_func ("/tally/package-said-again", test_package_said_again);
  g_test_add_func ("/tally/pools-semicolon-parts-and-fronted-drafts", test_pools_semicolon_parts_and_fronted_drafts);
  g_test_add_func ("/tally/shares-of-the-clause-before", test_shares_of_the_clause_before);
  g_test_add_func ("/tally/treaties-after-titles-and-later-participants", test_treaties_after_titles_and_later_participants);
  g_test_add_func ("/tally/budget-oversight-and-totals-over-years", test_budget_oversight_and_totals_over_years);
  g_test_add_func ("/tally/stock-now-after-term-head", test_stock_now_after_term_head);
  g_test_add_func ("/tally/collected-stocks-places-asides-averages", test_collected_stocks_places_asides_averages);
  g_test_add_func ("/tally/system-clause-after-subject", test_system_clause_after_subject);
  g_test_add_func ("/tally/motions-registered-picks-and-solved", test_motions_registered_picks_and_solved);
  g_test_add_func ("/tally/sites-joint-shares-and-subjects", test_sites_joint_shares_and_subjects);
  g_test_add_func ("/tally/fronted-with-jiang-and-bodies-asked", test_fronted_with_jiang_and_bodies_asked);
  g_test_add_func ("/tally/year-named-after-to-date", test_year_named_after_to_date);
  g_test_add_func ("/tally/counts-pointed-back-to", test_counts_pointed_back_to);
  g_test_add_func ("/tally/count-first-figures", test_count_first_figures);
  g_test_add_func ("/tally/term-figures-box", test_term_figures_box);
  g_test_add_func ("/tally/study-lectures", test_study_lectures);
  g_test_add_func ("/tally/topics-before-each-rates-by-year-written-opinions", test_topics_before_each_rates_by_year_written_opinions);
  g_test_add_func ("/tally/drafts-of-a-lawless-congress", test_drafts_of_a_lawless_congress);
  g_test_add_func ("/tally/batches-deputies-set-to-work-films-and-stocks", test_batches_deputies_set_to_work_films_and_stocks);
  g_test_add_func ("/tally/departments-voted-on", test_departments_voted_on);
  g_test_add_func ("/tally/plans-with-a-time-after-the-plan-word", test_plans_with_a_time_after_the_plan_word);
  g_test_add_func ("/tally/committee-party-group-in-self-building", test_committee_party_group_in_self_building);
  g_test_add_func ("/tally/more-links-and-shares-of-counts", test_more_links_and_shares_of_counts);
  g_test_add_func ("/tally/term-totals-trainees-and-visitors", test_term_totals_trainees_and_visitors);
  g_test_add_func ("/tally/laws-made-said-after-the-count", test_laws_made_said_after_the_count);
  g_test_add_func ("/tally/corrections-listed-after-the-makers", test_corrections_listed_after_the_makers);
  g_test_add_func ("/tally/bare-verbs-after-topics", test_bare_verbs_after_topics);
  g_test_add_func ("/tally/totals-of-the-subject-s-level", test_totals_of_the_subject_s_level);
  g_test_add_func ("/tally/decisions-made-as-topics", test_decisions_made_as_topics);
  g_test_add_func ("/tally/passive-reports-and-bracketed-stocks", test_passive_reports_and_bracketed_stocks);
  g_test_add_func ("/tally/explained-suggestions-and-participants-after", test_explained_suggestions_and_participants_after);
  g_test_add_func ("/tally/stock-extended-to", test_stock_extended_to);
  g_test_add_func ("/tally/approved-broken-down-again", test_approved_broken_down_again);
  g_test_add_func ("/tally/since-run-on-and-after-lead-in", test_since_run_on_and_after_lead_in);
  g_test_add_func ("/tally/hearings-in-legislation", test_hearings_in_legislation);
  g_test_add_func ("/tally/laws-qualified-by-time", test_laws_qualified_by_time);
  g_test_add_func ("/tally/deputies-oversight-after-comma", test_deputies_oversight_after_comma);
  g_test_add_func ("/tally/provinces-and-cities-together", test_provinces_and_cities_together);
  g_test_add_func ("/tally/proposals-to-next-committee", test_proposals_to_next_committee);
  g_test_add_func ("/tally/set-up-said-newly-founded", test_set_up_said_newly_founded);
  g_test_add_func ("/tally/activities-listed-and-totalled", test_activities_listed_and_totalled);
  g_test_add_func ("/tally/subdistrict-committees-counted", test_subdistrict_committees_counted);
  g_test_add_func ("/tally/officials-reporting-counted-first", test_officials_reporting_counted_first);
  g_test_add_func ("/tally/suggestions-in-other-orders", test_suggestions_in_other_orders);
  g_test_add_func ("/tally/short-names-and-members-questions", test_short_names_and_members_questions);
  g_test_add_func ("/tally/verbs-beyond-combined-keys", test_verbs_beyond_combined_keys);
  g_test_add_func ("/tally/campaign-deeds-in-self-building", test_campaign_deeds_in_self_building);
  g_test_add_func ("/tally/resolution-titled-as-part", test_resolution_titled_as_part);
  g_test_add_func ("/tally/comments-on-city-drafts", test_comments_on_city_drafts);
  g_test_add_func ("/tally/participations-in-local-governance", test_participations_in_local_governance);
  g_test_add_func ("/tally/total-of-several-measures", test_total_of_several_measures);
  g_test_add_func ("/tally/counts-as-predicates", test_counts_as_predicates);
  g_test_add_func ("/tally/totals-in-brackets", test_totals_in_brackets);
  g_test_add_func ("/tally/campaign-findings-all-political", test_campaign_findings_all_political);
  g_test_add_func ("/tally/parts-in-other-units-adding-up", test_parts_in_other_units_adding_up);
  g_test_add_func ("/tally/respectively-before-items-joined-by-and", test_respectively_before_items_joined_by_and);
  g_test_add_func ("/tally/whole-region-guided", test_whole_region_guided);
  g_test_add_func ("/tally/shares-in-tenths-to-date", test_shares_in_tenths_to_date);
  g_test_add_func ("/tally/rules-of-work-with-deputies", test_rules_of_work_with_deputies);
  g_test_add_func ("/tally/titles-closed-by-kind", test_titles_closed_by_kind);
  g_test_add_func ("/tally/proposed-and-planned-not-done", test_proposed_and_planned_not_done);
  g_test_add_func ("/tally/some-of-them-said-again", test_some_of_them_said_again);
  g_test_add_func ("/tally/own-level-after-townships", test_own_level_after_townships);
  g_test_add_func ("/tally/inspection-group-totals", test_inspection_group_totals);
  g_test_add_func ("/tally/counts-after-frames", test_counts_after_frames);
  g_test_add_func ("/tally/motions-referred", test_motions_referred);
  g_test_add_func ("/tally/stocks-now-and-seasons-work", test_stocks_now_and_seasons_work);
  g_test_add_func ("/tally/counts-now-and-alone", test_counts_now_and_alone);
  g_test_add_func ("/tally/more-predicates-and-plans", test_more_predicates_and_plans);
  g_test_add_func ("/tally/campaign-joined-and-vote-first", test_campaign_joined_and_vote_first);
  g_test_add_func ("/tally/outstanding-deputies-not-elected", test_outstanding_deputies_not_elected);

  g_test_add_func ("/tally/named-deputies-level-not-carried", test_named_deputies_level_not_carried);
  g_test_add_func ("/tally/bare-topic-first", test_bare_topic_first);
  g_test_add_func ("/tally/fronted-object-progress", test_fronted_object_progress);
  g_test_add_func ("/tally/comments-sent-up", test_comments_sent_up);
  g_test_add_func ("/tally/passive-verbs-after-laws", test_passive_verbs_after_laws);
  g_test_add_func ("/tally/subject-rule-vetoed-between", test_subject_rule_vetoed_between);
  g_test_add_func ("/tally/each-with-verb-and-object", test_each_with_verb_and_object);
  g_test_add_func ("/tally/kinds-named-in-the-words", test_kinds_named_in_the_words);
  g_test_add_func ("/tally/legislative-research-of-the-subject", test_legislative_research_of_the_subject);
  g_test_add_func ("/tally/paragraph-opening-this-year", test_paragraph_opening_this_year);
  g_test_add_func ("/tally/drafts-on-the-agenda", test_drafts_on_the_agenda);
  g_test_add_func ("/tally/oversight-objects-first", test_oversight_objects_first);
  g_test_add_func ("/tally/rules-prizes-and-projects", test_rules_prizes_and_projects);
  g_test_add_func ("/tally/npc-deputies-before-total", test_npc_deputies_before_total);
  g_test_add_func ("/tally/respective-items-share-subject", test_respective_items_share_subject);
  g_test_add_func ("/tally/objects-before-their-verbs", test_objects_before_their_verbs);
  g_test_add_func ("/tally/party-lectures-at-stations", test_party_lectures_at_stations);
  g_test_add_func ("/tally/relative-count-and-one-decision", test_relative_count_and_one_decision);
  g_test_add_func ("/tally/total-with-another-thing", test_total_with_another_thing);
  g_test_add_func ("/tally/contact-points-said-short", test_contact_points_said_short);
  g_test_add_func ("/tally/counted-not-topics", test_counted_not_topics);
  g_test_add_func ("/tally/counts-in-other-orders", test_counts_in_other_orders);
  g_test_add_func ("/tally/own-verbs-sessions-and-lead-ins", test_own_verbs_sessions_and_lead_ins);
  g_test_add_func ("/tally/work-reports-listed-by-body", test_work_reports_listed_by_body);
  g_test_add_func ("/tally/full-names-and-new-points", test_full_names_and_new_points);
  g_test_add_func ("/tally/years-gone-through", test_years_gone_through);
  g_test_add_func ("/tally/resolutions-approving", test_resolutions_approving);
  g_test_add_func ("/tally/info-items-named-before", test_info_items_named_before);
  g_test_add_func ("/tally/higher-drafts-received", test_higher_drafts_received);
  g_test_add_func ("/tally/sent-down-office-and-registered", test_sent_down_office_and_registered);
  g_test_add_func ("/tally/district-comments-and-officials", test_district_comments_and_officials);
  g_test_add_func ("/tally/comments-put-to-above-adopted", test_comments_put_to_above_adopted);
  g_test_add_func ("/tally/other-verbs-and-counters", test_other_verbs_and_counters);
  g_test_add_func ("/tally/office-central-group", test_office_central_group);
  g_test_add_func ("/tally/meetings-listed-then-total", test_meetings_listed_then_total);
  g_test_add_func ("/tally/matters-comments-and-exchanges", test_matters_comments_and_exchanges);
  g_test_add_func ("/tally/drafts-public-and-bases-fixed", test_drafts_public_and_bases_fixed);
  g_test_add_func ("/tally/inquiry-questions-ti-le", test_inquiry_questions_ti_le);
  g_test_add_func ("/tally/suggestions-revisited", test_suggestions_revisited);
  g_test_add_func ("/tally/revisits-drafts-and-uptake", test_revisits_drafts_and_uptake);
  g_test_add_func ("/tally/drafts-for-comment-and-agreements", test_drafts_for_comment_and_agreements);
  g_test_add_func ("/tally/law-making-rules-counted-first", test_law_making_rules_counted_first);
  g_test_add_func ("/tally/own-subject-before-session", test_own_subject_before_session);

  g_test_add_func ("/tally/other-words-for-measures", test_other_words_for_measures);
  g_test_add_func ("/tally/total-after-parts", test_total_after_parts);
  g_test_add_func ("/tally/laws-counted-before-their-verb", test_laws_counted_before_their_verb);
  g_test_add_func ("/tally/years-and-total-alone", test_years_and_total_alone);
  g_test_add_func ("/tally/higher-drafts-and-follow-up-findings", test_higher_drafts_and_follow_up_findings);
  g_test_add_func ("/tally/campaign-opening-the-sentence", test_campaign_opening_the_sentence);
  g_test_add_func ("/tally/documents-corrected-other-words", test_documents_corrected_other_words);
  g_test_add_func ("/tally/counts-before-verbs-and-purposes", test_counts_before_verbs_and_purposes);
  g_test_add_func ("/tally/phrasings-of-round-85", test_phrasings_of_round_85);
  g_test_add_func ("/tally/session-of-the-year-in-a-term-report", test_session_of_the_year_in_a_term_report);
  g_test_add_func ("/tally/phrasings-of-round-86", test_phrasings_of_round_86);
  g_test_add_func ("/tally/phrasings-of-round-87", test_phrasings_of_round_87);
  g_test_add_func ("/tally/year-paragraphs-in-a-term-report", test_year_paragraphs_in_a_term_report);
  g_test_add_func ("/tally/phrasings-of-round-88", test_phrasings_of_round_88);
  g_test_add_func ("/tally/approved-broken-down-before-approval", test_approved_broken_down_before_approval);
  g_test_add_func ("/tally/term-report-that-reports-the-year", test_term_report_that_reports_the_year);
  g_test_add_func ("/tally/phrasings-of-round-89", test_phrasings_of_round_89);
  g_test_add_func ("/tally/phrasings-of-round-88-below", test_phrasings_of_round_88_below);
  g_test_add_func ("/tally/phrasings-of-round-89-county", test_phrasings_of_round_89_county);
  g_test_add_func ("/tally/term-report-that-announces-the-year", test_term_report_that_announces_the_year);
  g_test_add_func ("/tally/phrasings-of-round-90", test_phrasings_of_round_90);
  g_test_add_func ("/tally/phrasings-of-round-90-places", test_phrasings_of_round_90_places);
  g_test_add_func ("/tally/term-report-that-announces-the-term", test_term_report_that_announces_the_term);
  g_test_add_func ("/tally/phrasings-of-round-92", test_phrasings_of_round_92);
  g_test_add_func ("/tally/other-body-list-items", test_other_body_list_items);
  g_test_add_func ("/tally/each-after-items-with-verbs", test_each_after_items_with_verbs);
  g_test_add_func ("/tally/phrasings-of-round-93", test_phrasings_of_round_93);
  g_test_add_func ("/tally/phrasings-of-round-93-county", test_phrasings_of_round_93_county);
  g_test_add_func ("/tally/phrasings-of-round-94", test_phrasings_of_round_94);
  g_test_add_func ("/tally/combined-with-decisions", test_combined_with_decisions);
  g_test_add_func ("/tally/phrasings-of-round-94-reviews", test_phrasings_of_round_94_reviews);
  g_test_add_func ("/tally/phrasings-of-round-94-legislation", test_phrasings_of_round_94_legislation);
  g_test_add_func ("/tally/phrasings-of-round-95", test_phrasings_of_round_95);
  g_test_add_func ("/tally/phrasings-of-round-95-sections", test_phrasings_of_round_95_sections);
  g_test_add_func ("/tally/term-report-year-said-before-items", test_term_report_year_said_before_items);
  g_test_add_func ("/tally/what-new-rules-leave", test_what_new_rules_leave);
  g_test_add_func ("/tally/party-group-review-in-self-building", test_party_group_review_in_self_building);
  g_test_add_func ("/tally/approved-after-review-then-parts", test_approved_after_review_then_parts);
  g_test_add_func ("/tally/township-list-item-acting-on-deputies", test_township_list_item_acting_on_deputies);
  g_test_add_func ("/tally/deputies-of-cities-and-prefectures", test_deputies_of_cities_and_prefectures);
  g_test_add_func ("/tally/base-added-to", test_base_added_to);
  g_test_add_func ("/tally/drafts-commented-for", test_drafts_commented_for);
  g_test_add_func ("/tally/stations-upgraded-listed", test_stations_upgraded_listed);
  g_test_add_func ("/tally/parts-in-next-sentence", test_parts_in_next_sentence);
  g_test_add_func ("/tally/stations-stock-said-short", test_stations_stock_said_short);
  g_test_add_func ("/tally/directors-trained-after", test_directors_trained_after);
  g_test_add_func ("/tally/inquiry-questions-answered", test_inquiry_questions_answered);
  g_test_add_func ("/tally/problems-to-rectify", test_problems_to_rectify);
  g_test_add_func ("/tally/commenters-through-stations", test_commenters_through_stations);
  g_test_add_func ("/tally/follow-ups-surveys-deeds", test_follow_ups_surveys_deeds);
  g_test_add_func ("/tally/personnel-bills-and-oaths-totalled", test_personnel_bills_and_oaths_totalled);
  g_test_add_func ("/tally/stations-built-after-count", test_stations_built_after_count);
  g_test_add_func ("/tally/comments-through-channels", test_comments_through_channels);
  g_test_add_func ("/tally/approval-of-laws-sent-up", test_approval_of_laws_sent_up);
  g_test_add_func ("/tally/laws-repealed-by-decision", test_laws_repealed_by_decision);
  g_test_add_func ("/tally/rates-kept-by-each", test_rates_kept_by_each);
  g_test_add_func ("/tally/resolved-and-planned-broken-down", test_resolved_and_planned_broken_down);
  g_test_add_func ("/tally/deputies-work-said-otherwise", test_deputies_work_said_otherwise);
  g_test_add_func ("/tally/projects-chosen-by-vote", test_projects_chosen_by_vote);
  g_test_add_func ("/tally/branch-study-named-first", test_branch_study_named_first);
  g_test_add_func ("/tally/new-stations-of-stock", test_new_stations_of_stock);
  g_test_add_func ("/tally/sessions-as-means", test_sessions_as_means);
  g_test_add_func ("/tally/vague-magnitudes", test_vague_magnitudes);
  g_test_add_func ("/tally/first-item-study-of-party-group", test_first_item_study_of_party_group);
  g_test_add_func ("/tally/sessions-held-after", test_sessions_held_after);
  g_test_add_func ("/tally/elected-after-and-motions-part", test_elected_after_and_motions_part);
  g_test_add_func ("/tally/what-new-rules-leave-29", test_what_new_rules_leave_29);
  g_test_add_func ("/tally/lectures-totalled-after", test_lectures_totalled_after);
  g_test_add_func ("/tally/count-then-all-of-them", test_count_then_all_of_them);
  g_test_add_func ("/tally/total-of-acts-one-unmeasured", test_total_of_acts_one_unmeasured);
  g_test_add_func ("/tally/means-counted-between", test_means_counted_between);
  g_test_add_func ("/tally/made-into-by-decision", test_made_into_by_decision);
  g_test_add_func ("/tally/colon-labels-mid-sentence", test_colon_labels_mid_sentence);
  g_test_add_func ("/tally/phrasings-of-round-101", test_phrasings_of_round_101);
  g_test_add_func ("/tally/other-bodies-sessions-and-measures", test_other_bodies_sessions_and_measures);
  g_test_add_func ("/tally/approval-said-after", test_approval_said_after);
  g_test_add_func ("/tally/phrasings-of-round-102", test_phrasings_of_round_102);
  g_test_add_func ("/tally/owners-counted-and-committee-asked", test_owners_counted_and_committee_asked);
  g_test_add_func ("/tally/draft-titles-and-legislating-agreements", test_draft_titles_and_legislating_agreements);
  g_test_add_func ("/tally/passed-then-these-sent-up", test_passed_then_these_sent_up);
  g_test_add_func ("/tally/problems-raised-and-confirmed", test_problems_raised_and_confirmed);
  g_test_add_func ("/tally/budget-approved-and-first-item-counted-before", test_budget_approved_and_first_item_counted_before);
  g_test_add_func ("/tally/rounds-between-and-grass-roots", test_rounds_between_and_grass_roots);
  g_test_add_func ("/tally/remade-parts-and-groups-formed", test_remade_parts_and_groups_formed);
  g_test_add_func ("/tally/what-new-rules-leave-30", test_what_new_rules_leave_30);
  g_test_add_func ("/tally/campaign-opened-and-npc-drafts-named", test_campaign_opened_and_npc_drafts_named);
  g_test_add_func ("/tally/handlers-asked-and-administrative-regulations", test_handlers_asked_and_administrative_regulations);
  g_test_add_func ("/tally/one-decision-amending-several", test_one_decision_amending_several);
  return g_test_run ();
}

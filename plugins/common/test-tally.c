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
  return g_strsplit ("structure;quantity", ";", -1);
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
              gint64          value)
{
  BaogaoAnnotation *a = find_tally (document, domain, ending);

  if (a == NULL)
    g_error ("no %s tally ending with “%s”", domain, ending);
  g_assert_cmpstr (baogao_annotation_get_string (a, "measure"), ==, measure);
  g_assert_cmpint (baogao_annotation_get_int (a, "value", -1), ==, value);
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

#define SKIP_WITHOUT_PLUGINS(document) \
  G_STMT_START { \
    if ((document) == NULL) \
      { \
        g_test_skip ("structure and quantity plugins not found (BAOGAO_PLUGIN_PATH)"); \
        return; \
      } \
  } G_STMT_END

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

  /* 召开…3次 is no legislation count; the plans section has none */
  g_assert_null (find_tally (document, "legislation", "3次"));
  g_assert_null (find_tally (document, "legislation", "10件"));
  g_assert_null (find_tally (document, "legislation", "6件"));
  g_assert_cmpuint (count_type (document, "legislation.tally"), ==, 8);
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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tally/legislation-counts", test_legislation_counts);
  g_test_add_func ("/tally/one-domain-per-count", test_one_domain_per_count);
  g_test_add_func ("/tally/section-decides", test_section_decides);
  g_test_add_func ("/tally/features", test_features);
  g_test_add_func ("/tally/empty", test_empty);

  return g_test_run ();
}

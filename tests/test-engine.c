/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/* The engine: discovery, loading and every way a plugin can be broken,
 * ordering, selection, merging, run-time failures, parallel runs that
 * must equal sequential ones, cancellation, and analyzers added as
 * objects. The plugins are in tests/plugins/. */

#include <baogao/baogao.h>
#include <string.h>


static const char *sample =
  "各位代表：\n我受常委会委托，向大会报告工作。制定地方性法规10件，修改4件！"
  "开展执法检查7项？听取和审议报告23个。\n";

static char *
plugin_dir (const char *scenario)
{
  return g_build_filename (TEST_PLUGIN_DIR, scenario, NULL);
}

static BaogaoEngine *
engine_for (const char *scenario,
            guint       max_threads)
{
  g_autofree char *dir = plugin_dir (scenario);
  const char * const path[] = { dir, NULL };
  BaogaoEngine *engine = baogao_engine_new_with_search_path (path);

  baogao_engine_set_max_threads (engine, max_threads);
  return engine;
}

static BaogaoPluginInfo *
find_plugin (GPtrArray  *plugins,
             const char *name)
{
  for (guint i = 0; i < plugins->len; i++)
    if (g_strcmp0 (baogao_plugin_info_get_name (g_ptr_array_index (plugins, i)), name) == 0)
      return g_ptr_array_index (plugins, i);
  return NULL;
}

static void
test_engine_discovery (void)
{
  g_autoptr(BaogaoEngine) engine = engine_for ("good", 1);
  g_autoptr(GPtrArray) plugins = baogao_engine_get_plugins (engine);
  BaogaoPluginInfo *words = find_plugin (plugins, "words");

  g_assert_cmpuint (plugins->len, ==, 8);
  g_assert_nonnull (words);
  g_assert_cmpstr (baogao_plugin_info_get_version (words), ==, "1.0.0");
  g_assert_cmpstr (baogao_plugin_info_get_module_name (words), ==, "words");
  g_assert_cmpstrv (baogao_plugin_info_get_requires (words), ((const char *[]) { "test.sentence", NULL }));
  g_assert_cmpstrv (baogao_plugin_info_get_provides (words), ((const char *[]) { "test.length", "test.tally", NULL }));
  g_assert_cmpuint (baogao_plugin_info_get_abi (words), ==, BAOGAO_PLUGIN_ABI);
  /* Reading keyfiles loads nothing. */
  g_assert_false (baogao_plugin_info_is_loaded (words));
  g_assert_true (baogao_plugin_info_is_available (words, NULL));
  g_assert_true (g_str_has_suffix (baogao_plugin_info_get_file (words), "words.plugin"));
}

static void
test_engine_default_search_path (void)
{
  g_auto(GStrv) path = NULL;

  g_setenv ("BAOGAO_PLUGIN_PATH", "/one:/two::/three", TRUE);
  path = baogao_engine_get_default_search_path ();
  g_assert_cmpuint (g_strv_length (path), ==, 4);
  g_assert_cmpstr (path[1], ==, "/one");
  g_assert_cmpstr (path[3], ==, "/three");
}

static void
check_load_error (BaogaoEngine *engine,
                  GPtrArray    *plugins,
                  const char   *name,
                  int           code,
                  const char   *fragment)
{
  BaogaoPluginInfo *info = find_plugin (plugins, name);
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) remembered = NULL;

  g_assert_nonnull (info);
  g_assert_false (baogao_engine_load_plugin (engine, info, &error));
  g_assert_error (error, BAOGAO_PLUGIN_ERROR, code);
  /* The message names the plugin. */
  g_assert_nonnull (strstr (error->message, name));
  if (fragment != NULL)
    g_assert_nonnull (strstr (error->message, fragment));
  g_assert_false (baogao_plugin_info_is_available (info, &remembered));
  g_assert_error (remembered, BAOGAO_PLUGIN_ERROR, code);
}

static void
test_engine_broken_plugins (void)
{
  g_autoptr(BaogaoEngine) engine = engine_for ("broken", 1);
  g_autoptr(GPtrArray) plugins = NULL;
  g_autoptr(GError) error = NULL;

  g_test_expect_message ("Baogao", G_LOG_LEVEL_WARNING, "*garbage*");
  g_test_expect_message ("Baogao", G_LOG_LEVEL_WARNING, "*noname*lacks the required key Name*");
  g_test_expect_message ("Baogao", G_LOG_LEVEL_WARNING, "*oldabi*ABI 999*");
  plugins = baogao_engine_get_plugins (engine);
  g_test_assert_expected_messages ();

  /* All are listed, usable or not. */
  g_assert_cmpuint (plugins->len, ==, 8);

  check_load_error (engine, plugins, "nomodule", BAOGAO_PLUGIN_ERROR_MISSING_MODULE, "cannot load module");
  check_load_error (engine, plugins, "noentry", BAOGAO_PLUGIN_ERROR_MISSING_ENTRY_POINT, "baogao_plugin_get_analyzer_type");
  check_load_error (engine, plugins, "badabi", BAOGAO_PLUGIN_ERROR_ABI_MISMATCH, "rebuild");
  check_load_error (engine, plugins, "oldabi", BAOGAO_PLUGIN_ERROR_ABI_MISMATCH, "999");
  check_load_error (engine, plugins, "notanalyzer", BAOGAO_PLUGIN_ERROR_NOT_AN_ANALYZER, "GFileIcon");
  check_load_error (engine, plugins, "garbage", BAOGAO_PLUGIN_ERROR_MALFORMED, NULL);
  check_load_error (engine, plugins, "noname", BAOGAO_PLUGIN_ERROR_MALFORMED, "Name");

  /* A broken plugin does not stop the others. */
  g_assert_true (baogao_engine_load_plugin (engine, find_plugin (plugins, "healthy"), &error));
  g_assert_no_error (error);
  g_assert_true (baogao_plugin_info_is_loaded (find_plugin (plugins, "healthy")));
}

static void
test_engine_broken_plugins_in_run (void)
{
  g_autoptr(BaogaoEngine) engine = engine_for ("broken", 1);
  g_autoptr(BaogaoDocument) doc = baogao_document_new (sample, -1, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sentences = NULL;
  const char *message;

  g_test_expect_message ("Baogao", G_LOG_LEVEL_WARNING, "*garbage*");
  g_test_expect_message ("Baogao", G_LOG_LEVEL_WARNING, "*noname*");
  g_test_expect_message ("Baogao", G_LOG_LEVEL_WARNING, "*oldabi*");
  g_assert_true (baogao_engine_analyze (engine, doc, NULL, &error));
  g_test_assert_expected_messages ();
  g_assert_no_error (error);

  /* Plugins that cannot load are recorded as failed, with the reason. */
  g_assert_cmpint (baogao_document_get_analyzer_status (doc, "noentry", &message), ==, BAOGAO_RUN_FAILED);
  g_assert_nonnull (strstr (message, "noentry"));
  g_assert_cmpint (baogao_document_get_analyzer_status (doc, "nomodule", NULL), ==, BAOGAO_RUN_FAILED);
  g_assert_cmpint (baogao_document_get_analyzer_status (doc, "healthy", &message), ==, BAOGAO_RUN_OK);
  g_assert_null (message);

  sentences = baogao_document_get_annotations (doc, "test.sentence");
  g_assert_cmpuint (sentences->len, ==, 5);
}

static void
test_engine_requirement_errors (void)
{
  g_autoptr(BaogaoEngine) engine = engine_for ("cycle", 1);
  g_autoptr(BaogaoDocument) doc = baogao_document_new (sample, -1, NULL);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) plan = NULL;
  const char *message;

  /* The first problem, in plan order (by name among the failed). */
  plan = baogao_engine_dup_plan (engine, &error);
  g_assert_null (plan);
  g_assert_error (error, BAOGAO_PLUGIN_ERROR, BAOGAO_PLUGIN_ERROR_UNKNOWN_REQUIREMENT);
  g_assert_nonnull (strstr (error->message, "orphan"));
  g_assert_nonnull (strstr (error->message, "no.such.type"));
  g_clear_error (&error);

  g_assert_true (baogao_engine_select (engine, (const char *[]) { "ping", NULL }, &error));
  plan = baogao_engine_dup_plan (engine, &error);
  g_assert_null (plan);
  g_assert_error (error, BAOGAO_PLUGIN_ERROR, BAOGAO_PLUGIN_ERROR_CYCLE);
  /* The message names the cycle. */
  g_assert_true (strstr (error->message, "ping → pong → ping") ||
                    strstr (error->message, "pong → ping → pong"));
  g_clear_error (&error);

  /* In a run, they fail and the rest goes on. */
  g_assert_true (baogao_engine_select (engine, NULL, &error));
  g_assert_true (baogao_engine_analyze (engine, doc, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (baogao_document_get_analyzer_status (doc, "ping", &message), ==, BAOGAO_RUN_FAILED);
  g_assert_nonnull (strstr (message, "cycle"));
  g_assert_cmpint (baogao_document_get_analyzer_status (doc, "orphan", NULL), ==, BAOGAO_RUN_FAILED);
  g_assert_cmpint (baogao_document_get_analyzer_status (doc, "fine", NULL), ==, BAOGAO_RUN_OK);
}

static void
test_engine_duplicate_plugin (void)
{
  g_autofree char *good = plugin_dir ("good");
  g_autofree char *dup = plugin_dir ("dup");
  const char * const path[] = { good, dup, NULL };
  g_autoptr(BaogaoEngine) engine = baogao_engine_new_with_search_path (path);
  g_autoptr(GPtrArray) plugins = NULL;
  g_autoptr(GError) error = NULL;
  BaogaoPluginInfo *first = NULL, *second = NULL;

  g_test_expect_message ("Baogao", G_LOG_LEVEL_WARNING, "*sentences*ignored*found first*");
  plugins = baogao_engine_get_plugins (engine);
  g_test_assert_expected_messages ();

  for (guint i = 0; i < plugins->len; i++)
    {
      BaogaoPluginInfo *info = g_ptr_array_index (plugins, i);

      if (g_strcmp0 (baogao_plugin_info_get_name (info), "sentences") != 0)
        continue;
      if (first == NULL)
        first = info;
      else
        second = info;
    }

  g_assert_nonnull (second);
  g_assert_true (g_str_has_prefix (baogao_plugin_info_get_file (first), good));
  g_assert_true (baogao_engine_get_plugin_info (engine, "sentences") == first);
  g_assert_false (baogao_plugin_info_is_available (second, &error));
  g_assert_error (error, BAOGAO_PLUGIN_ERROR, BAOGAO_PLUGIN_ERROR_DUPLICATE);
}

static BaogaoDocument *
run_good (guint               max_threads,
          const char * const *selection)
{
  g_autoptr(BaogaoEngine) engine = engine_for ("good", max_threads);
  BaogaoDocument *doc = baogao_document_new (sample, -1, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (baogao_engine_select (engine, selection, &error));
  g_assert_true (baogao_engine_analyze (engine, doc, NULL, &error));
  g_assert_no_error (error);

  return doc;
}

static const char * const working[] = { "words", "echo", "failing", "dependent", NULL };

static void
test_engine_run_and_merge (void)
{
  g_autoptr(BaogaoDocument) doc = run_good (1, working);
  g_autoptr(GPtrArray) sentences = baogao_document_get_annotations (doc, "test.sentence");
  g_autoptr(GPtrArray) lengths = baogao_document_get_annotations (doc, "test.length");
  g_autoptr(GPtrArray) indicators = baogao_document_get_indicators (doc);
  g_auto(GStrv) names = baogao_document_dup_analyzer_names (doc);
  g_auto(GStrv) provenance = NULL;
  const char *message;

  /* Order: failures first, then levels, by name within a level. */
  g_assert_cmpstrv (names, ((const char *[]) { "echo", "failing", "sentences", "dependent", "words", NULL }));

  /* echo and sentences wrote the same sentences: folded, both kept. */
  g_assert_cmpuint (sentences->len, ==, 5);
  provenance = baogao_annotation_dup_provenance (g_ptr_array_index (sentences, 1));
  g_assert_cmpstrv (provenance, ((const char *[]) { "echo", "sentences", NULL }));

  /* words read the merged sentences. */
  g_assert_cmpuint (lengths->len, ==, 5);
  for (guint i = 0; i < lengths->len; i++)
    g_assert_true (baogao_annotation_get_parent (g_ptr_array_index (lengths, i)) ==
                   g_ptr_array_index (sentences, i));

  /* A failure is recorded; who requires the failed analyzer is skipped. */
  g_assert_cmpint (baogao_document_get_analyzer_status (doc, "failing", &message), ==, BAOGAO_RUN_FAILED);
  g_assert_cmpstr (message, ==, "deliberate failure for the tests");
  g_assert_cmpint (baogao_document_get_analyzer_status (doc, "dependent", &message), ==, BAOGAO_RUN_SKIPPED);
  g_assert_nonnull (strstr (message, "failing"));
  g_assert_cmpint (baogao_document_get_analyzer_status (doc, "words", NULL), ==, BAOGAO_RUN_OK);

  /* test.tally annotations become indicators. */
  g_assert_cmpuint (indicators->len, ==, 3);
  g_assert_cmpstr (baogao_indicator_get_key (g_ptr_array_index (indicators, 0)), ==, "test.digits");
  g_assert_cmpfloat (baogao_indicator_get_value (g_ptr_array_index (indicators, 0)), ==, 3);
  g_assert_cmpstr (baogao_indicator_get_unit (g_ptr_array_index (indicators, 0)), ==, "个");
  g_assert_cmpstr (baogao_indicator_get_scope (g_ptr_array_index (indicators, 0)), ==, "sentence");
  g_assert_null (baogao_indicator_get_approx (g_ptr_array_index (indicators, 0)));
  g_assert_cmpstr (baogao_annotation_get_annotation_type (baogao_indicator_get_annotation (g_ptr_array_index (indicators, 0))),
                   ==, "test.tally");
}

static void
test_engine_contract_violations (void)
{
  g_autoptr(BaogaoDocument) doc = run_good (1, (const char *[]) { "badspan", "undeclared", "sentences", NULL });
  const char *message;

  g_assert_cmpint (baogao_document_get_analyzer_status (doc, "badspan", &message), ==, BAOGAO_RUN_FAILED);
  g_assert_nonnull (strstr (message, "invalid byte span"));
  g_assert_cmpint (baogao_document_get_analyzer_status (doc, "undeclared", &message), ==, BAOGAO_RUN_FAILED);
  g_assert_nonnull (strstr (message, "does not provide"));
  g_assert_cmpint (baogao_document_get_analyzer_status (doc, "sentences", NULL), ==, BAOGAO_RUN_OK);
}

static void
test_engine_selection (void)
{
  g_autoptr(BaogaoEngine) engine = engine_for ("good", 1);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) plan = NULL;

  /* Requirements are pulled in. */
  g_assert_true (baogao_engine_select (engine, (const char *[]) { "words", NULL }, &error));
  plan = baogao_engine_dup_plan (engine, &error);
  g_assert_no_error (error);
  g_assert_cmpstrv (plan, ((const char *[]) { "echo", "sentences", "words", NULL }));

  g_assert_false (baogao_engine_select (engine, (const char *[]) { "nonesuch", NULL }, &error));
  g_assert_error (error, BAOGAO_ERROR, BAOGAO_ERROR_UNKNOWN_ANALYZER);
  g_assert_nonnull (strstr (error->message, "nonesuch"));
}

static void
test_engine_parallel_equals_sequential (void)
{
  g_autoptr(BaogaoDocument) reference = run_good (1, working);
  g_autofree char *expected = baogao_document_to_json (reference, BAOGAO_JSON_NO_TIMINGS, NULL);
  g_autoptr(BaogaoEngine) engine = engine_for ("good", 4);
  g_autoptr(GError) error = NULL;

  g_assert_true (baogao_engine_select (engine, working, &error));

  for (guint i = 0; i < 200; i++)
    {
      g_autoptr(BaogaoDocument) doc = baogao_document_new (sample, -1, NULL);
      g_autofree char *json = NULL;

      g_assert_true (baogao_engine_analyze (engine, doc, NULL, &error));
      json = baogao_document_to_json (doc, BAOGAO_JSON_NO_TIMINGS, NULL);
      g_assert_cmpstr (json, ==, expected);
    }
}

typedef struct
{
  BaogaoEngine *engine;
  char         *expected;
} SharedRun;

static gpointer
analyze_in_thread (gpointer data)
{
  SharedRun *run = data;

  for (guint i = 0; i < 20; i++)
    {
      g_autoptr(BaogaoDocument) doc = baogao_document_new (sample, -1, NULL);
      g_autofree char *json = NULL;

      g_assert_true (baogao_engine_analyze (run->engine, doc, NULL, NULL));
      json = baogao_document_to_json (doc, BAOGAO_JSON_NO_TIMINGS, NULL);
      g_assert_cmpstr (json, ==, run->expected);
    }

  return NULL;
}

static void
test_engine_documents_in_threads (void)
{
  g_autoptr(BaogaoDocument) reference = run_good (1, working);
  SharedRun run = { engine_for ("good", 2), NULL };
  GThread *threads[4];

  run.expected = baogao_document_to_json (reference, BAOGAO_JSON_NO_TIMINGS, NULL);
  g_assert_true (baogao_engine_select (run.engine, working, NULL));

  /* One engine, several documents at once; plugins load on first use. */
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("analyze", analyze_in_thread, &run);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_thread_join (threads[i]);

  g_object_unref (run.engine);
  g_free (run.expected);
}

static gpointer
cancel_soon (gpointer data)
{
  g_usleep (50 * 1000);
  g_cancellable_cancel (data);
  return NULL;
}

static void
test_engine_cancellation (void)
{
  g_autoptr(BaogaoEngine) engine = engine_for ("good", 2);
  g_autoptr(BaogaoDocument) doc = baogao_document_new (sample, -1, NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  GThread *canceller;
  gint64 start;

  g_assert_true (baogao_engine_select (engine, (const char *[]) { "slow", "words", NULL }, NULL));

  /* Already cancelled: nothing runs. */
  g_cancellable_cancel (cancellable);
  g_assert_false (baogao_engine_analyze (engine, doc, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (baogao_document_get_n_annotations (doc), ==, 0);
  g_clear_error (&error);

  /* Cancelled while the slow analyzer works: the run stops early. */
  g_cancellable_reset (cancellable);
  canceller = g_thread_new ("cancel", cancel_soon, cancellable);
  start = g_get_monotonic_time ();
  g_assert_false (baogao_engine_analyze (engine, doc, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 4 * G_USEC_PER_SEC);
  g_thread_join (canceller);
}

/* An analyzer added as an object, as a binding would. */

#define TEST_TYPE_MARKS (test_marks_get_type ())
G_DECLARE_FINAL_TYPE (TestMarks, test_marks, TEST, MARKS, GObject)

struct _TestMarks
{
  GObject parent_instance;
};

static char *
test_marks_get_name (BaogaoAnalyzer *self)
{
  return g_strdup ("marks");
}

static char **
test_marks_get_requires (BaogaoAnalyzer *self)
{
  return g_strdupv ((char **) (const char *[]) { "words", NULL });
}

static char **
test_marks_get_provides (BaogaoAnalyzer *self)
{
  return g_strdupv ((char **) (const char *[]) { "test.mark", NULL });
}

static gboolean
test_marks_analyze (BaogaoAnalyzer  *self,
                    BaogaoDocument  *document,
                    BaogaoLayer     *layer,
                    GCancellable    *cancellable,
                    GError         **error)
{
  g_autoptr(GPtrArray) lengths = baogao_document_get_annotations (document, "test.length");

  for (guint i = 0; i < lengths->len; i++)
    {
      BaogaoAnnotation *a = g_ptr_array_index (lengths, i);
      guint h;

      /* Code points, as Python would. */
      h = baogao_layer_add (layer, "test.mark", baogao_annotation_get_start (a),
                            baogao_annotation_get_start (a) + 1);
      baogao_layer_set_parent (layer, h, a);
    }

  return TRUE;
}

static void
test_marks_iface_init (BaogaoAnalyzerInterface *iface)
{
  iface->get_name = test_marks_get_name;
  iface->get_requires = test_marks_get_requires;
  iface->get_provides = test_marks_get_provides;
  iface->analyze = test_marks_analyze;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (TestMarks, test_marks, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (BAOGAO_TYPE_ANALYZER, test_marks_iface_init))

static void test_marks_class_init (TestMarksClass *klass) { }
static void test_marks_init (TestMarks *self) { }

static void
test_engine_added_analyzer (void)
{
  g_autoptr(BaogaoEngine) engine = engine_for ("good", 2);
  g_autoptr(BaogaoAnalyzer) marks = g_object_new (TEST_TYPE_MARKS, NULL);
  g_autoptr(BaogaoAnalyzer) again = g_object_new (TEST_TYPE_MARKS, NULL);
  g_autoptr(BaogaoDocument) doc = baogao_document_new (sample, -1, NULL);
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *version = NULL;

  g_assert_true (baogao_engine_add_analyzer (engine, marks, &error));
  g_assert_false (baogao_engine_add_analyzer (engine, again, &error));
  g_assert_error (error, BAOGAO_ERROR, BAOGAO_ERROR_DUPLICATE_ANALYZER);
  g_clear_error (&error);

  /* Metadata not implemented falls back to defaults. */
  version = baogao_analyzer_get_version (marks);
  g_assert_cmpstr (version, ==, "0");
  g_assert_null (baogao_analyzer_get_plugin_info (marks));

  g_assert_true (baogao_engine_select (engine, (const char *[]) { "marks", NULL }, &error));
  g_assert_true (baogao_engine_analyze (engine, doc, NULL, &error));
  g_assert_no_error (error);

  found = baogao_document_get_annotations (doc, "test.mark");
  g_assert_cmpuint (found->len, ==, 5);
  g_assert_cmpstr (baogao_annotation_get_analyzer (g_ptr_array_index (found, 0)), ==, "marks");
  g_assert_cmpstr (baogao_annotation_get_annotation_type (baogao_annotation_get_parent (g_ptr_array_index (found, 0))),
                   ==, "test.length");

  /* The plugin analyzers know where they came from. */
  g_assert_nonnull (baogao_analyzer_get_plugin_info (baogao_engine_get_analyzer (engine, "words", NULL)));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/engine/discovery", test_engine_discovery);
  g_test_add_func ("/engine/default-search-path", test_engine_default_search_path);
  g_test_add_func ("/engine/broken-plugins", test_engine_broken_plugins);
  g_test_add_func ("/engine/broken-plugins-in-run", test_engine_broken_plugins_in_run);
  g_test_add_func ("/engine/requirement-errors", test_engine_requirement_errors);
  g_test_add_func ("/engine/duplicate-plugin", test_engine_duplicate_plugin);
  g_test_add_func ("/engine/run-and-merge", test_engine_run_and_merge);
  g_test_add_func ("/engine/contract-violations", test_engine_contract_violations);
  g_test_add_func ("/engine/selection", test_engine_selection);
  g_test_add_func ("/engine/parallel-equals-sequential", test_engine_parallel_equals_sequential);
  g_test_add_func ("/engine/documents-in-threads", test_engine_documents_in_threads);
  g_test_add_func ("/engine/cancellation", test_engine_cancellation);
  g_test_add_func ("/engine/added-analyzer", test_engine_added_analyzer);

  return g_test_run ();
}

/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/* Tests of the representation analyzer.
 *
 * The fixtures in tests/ are report excerpts written for these tests in
 * the styles different congresses use (the national report, a province
 * with full-width punctuation and 一是 items, a city with half-width
 * punctuation and Chinese numerals, an autonomous region that puts its
 * counts before their nouns). Each X.txt has an X.expected listing what
 * the analyzer must find:
 *
 *   tally MEASURE VALUE UNIT [scope=S] [todo]
 *       every representation.tally, no more and no less; `todo` marks a
 *       fact the tally engine cannot decide yet (reported as incomplete)
 *   personnel KIND [COUNT]
 *       every representation.personnel, no more and no less
 *   motion KIND COUNT SCOPE [by_delegation] [all_handled] [RATE=VALUE]
 *       every representation.motion with a count, no more and no less
 *   activity KIND [COUNT] [audience=A]
 *       activities that must be among the representation.activity ones
 *
 * The real report of the corpus (BAOGAO_CORPUS_DIR) is checked against
 * its gold tallies when it is there.
 */

#include <baogao/baogao.h>
#include <math.h>
#include <string.h>

#include "representation-scan.h"

static const char *data_dir;

/* {{{ helpers */

static BaogaoEngine *
new_engine (void)
{
  const char *path = g_getenv ("BAOGAO_PLUGIN_PATH");
  g_autoptr(GError) error = NULL;
  BaogaoEngine *engine;

  engine = baogao_engine_new_with_search_path ((const char *[]) { path, NULL });
  baogao_engine_select (engine, (const char *[]) { "representation", NULL }, &error);
  g_assert_no_error (error);
  return engine;
}

static BaogaoDocument *
analyze_text (const char *text)
{
  g_autoptr(BaogaoEngine) engine = new_engine ();
  g_autoptr(GError) error = NULL;
  BaogaoDocument *doc;

  doc = baogao_document_new (text, -1, &error);
  g_assert_no_error (error);
  baogao_engine_analyze (engine, doc, NULL, &error);
  g_assert_no_error (error);
  return doc;
}

static gboolean
number_feature (BaogaoAnnotation *a,
                const char       *key,
                double           *value)
{
  switch (baogao_annotation_get_feature_type (a, key))
    {
    case BAOGAO_VALUE_INT:
      *value = (double) baogao_annotation_get_int (a, key, 0);
      return TRUE;
    case BAOGAO_VALUE_DOUBLE:
      *value = baogao_annotation_get_double (a, key, 0);
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
same_number (double a,
             double b)
{
  return fabs (a - b) < 1e-6;
}

static char *
describe (BaogaoAnnotation *a)
{
  g_autofree char *text = baogao_annotation_dup_text (a);
  g_auto(GStrv) keys = baogao_annotation_dup_feature_keys (a);
  GString *s = g_string_new (NULL);

  g_string_append_printf (s, "%s “%s”", baogao_annotation_get_annotation_type (a), text);
  for (guint i = 0; keys[i] != NULL; i++)
    {
      double v;

      if (number_feature (a, keys[i], &v))
        g_string_append_printf (s, " %s=%g", keys[i], v);
      else if (baogao_annotation_get_string (a, keys[i]) != NULL)
        g_string_append_printf (s, " %s=%s", keys[i], baogao_annotation_get_string (a, keys[i]));
      else
        g_string_append_printf (s, " %s", keys[i]);
    }
  return g_string_free (s, FALSE);
}

/* }}} */

/* {{{ fixtures */

typedef struct
{
  GPtrArray  *anns;
  gboolean   *used;
  guint       failures;
  guint       todo_missed;
} Pool;

static void
pool_init (Pool           *pool,
           BaogaoDocument *doc,
           const char     *type)
{
  pool->anns = baogao_document_get_annotations (doc, type);
  pool->used = g_new0 (gboolean, MAX (pool->anns->len, 1));
  pool->failures = 0;
  pool->todo_missed = 0;
}

static void
pool_clear (Pool *pool)
{
  g_clear_pointer (&pool->anns, g_ptr_array_unref);
  g_clear_pointer (&pool->used, g_free);
}

static gboolean
check_option (BaogaoAnnotation *a,
              const char       *option)
{
  const char *eq = strchr (option, '=');

  if (eq == NULL)
    return baogao_annotation_get_boolean (a, option, FALSE);
  else
    {
      g_autofree char *key = g_strndup (option, eq - option);
      const char *want = eq + 1;
      double v;

      if (number_feature (a, key, &v))
        return same_number (v, g_ascii_strtod (want, NULL));
      return g_strcmp0 (baogao_annotation_get_string (a, key), want) == 0;
    }
}

static void
expect_tally (Pool  *pool,
              char **f)
{
  guint n = g_strv_length (f);
  const char *measure, *unit;
  double value;
  gboolean todo = FALSE;
  const char *scope = NULL;

  g_assert_cmpuint (n, >=, 4);
  measure = f[1];
  value = g_ascii_strtod (f[2], NULL);
  unit = f[3];
  for (guint i = 4; i < n; i++)
    if (strcmp (f[i], "todo") == 0)
      todo = TRUE;
    else if (g_str_has_prefix (f[i], "scope="))
      scope = f[i] + strlen ("scope=");

  for (guint i = 0; i < pool->anns->len; i++)
    {
      BaogaoAnnotation *a = g_ptr_array_index (pool->anns, i);
      double v;

      if (pool->used[i] || !number_feature (a, "value", &v) || !same_number (v, value))
        continue;
      if (g_strcmp0 (baogao_annotation_get_string (a, "measure"), measure) != 0 ||
          g_strcmp0 (baogao_annotation_get_string (a, "unit"), unit) != 0 ||
          (scope != NULL && g_strcmp0 (baogao_annotation_get_string (a, "scope"), scope) != 0))
        continue;
      pool->used[i] = TRUE;
      return;
    }

  if (todo)
    {
      /* the count is there under another measure: not an extra one */
      for (guint i = 0; i < pool->anns->len; i++)
        {
          BaogaoAnnotation *a = g_ptr_array_index (pool->anns, i);
          double v;

          if (!pool->used[i] && number_feature (a, "value", &v) && same_number (v, value) &&
              g_strcmp0 (baogao_annotation_get_string (a, "unit"), unit) == 0)
            {
              g_autofree char *d = describe (a);

              g_test_message ("todo: %s %g %s found as %s", measure, value, unit, d);
              pool->used[i] = TRUE;
              break;
            }
        }
      pool->todo_missed++;
      return;
    }

  g_test_message ("missing tally %s %g %s%s%s", measure, value, unit,
                  scope ? " scope=" : "", scope ? scope : "");
  pool->failures++;
}

static void
expect_personnel (Pool  *pool,
                  char **f)
{
  guint n = g_strv_length (f);
  gboolean has_count = n >= 3;
  double count = has_count ? g_ascii_strtod (f[2], NULL) : 0;

  for (guint i = 0; i < pool->anns->len; i++)
    {
      BaogaoAnnotation *a = g_ptr_array_index (pool->anns, i);
      double v;
      gboolean a_has = number_feature (a, "count", &v);

      if (pool->used[i] || g_strcmp0 (baogao_annotation_get_string (a, "kind"), f[1]) != 0)
        continue;
      if (a_has != has_count || (has_count && !same_number (v, count)))
        continue;
      pool->used[i] = TRUE;
      return;
    }
  g_test_message ("missing personnel %s %s", f[1], has_count ? f[2] : "");
  pool->failures++;
}

static void
expect_motion (Pool  *pool,
               char **f)
{
  guint n = g_strv_length (f);
  double count;

  g_assert_cmpuint (n, >=, 4);
  count = g_ascii_strtod (f[2], NULL);

  for (guint i = 0; i < pool->anns->len; i++)
    {
      BaogaoAnnotation *a = g_ptr_array_index (pool->anns, i);
      gboolean ok;
      double v;

      if (pool->used[i] || !number_feature (a, "count", &v) || !same_number (v, count))
        continue;
      if (g_strcmp0 (baogao_annotation_get_string (a, "kind"), f[1]) != 0)
        continue;
      pool->used[i] = TRUE;
      ok = g_strcmp0 (baogao_annotation_get_string (a, "scope"), f[3]) == 0;
      for (guint j = 4; j < n && ok; j++)
        ok = check_option (a, f[j]);
      if (!ok)
        {
          g_autofree char *d = describe (a);

          g_test_message ("motion %s %s: expected %s, found %s", f[1], f[2], f[3], d);
          pool->failures++;
        }
      return;
    }
  g_test_message ("missing motion %s %s %s", f[1], f[2], f[3]);
  pool->failures++;
}

static void
expect_activity (Pool  *pool,
                 char **f)
{
  guint n = g_strv_length (f);
  gboolean has_count = n >= 3 && g_ascii_isdigit (f[2][0]);
  double count = has_count ? g_ascii_strtod (f[2], NULL) : 0;

  for (guint i = 0; i < pool->anns->len; i++)
    {
      BaogaoAnnotation *a = g_ptr_array_index (pool->anns, i);
      gboolean ok = TRUE;
      double v;

      if (g_strcmp0 (baogao_annotation_get_string (a, "kind"), f[1]) != 0)
        continue;
      if (has_count && (!number_feature (a, "count", &v) || !same_number (v, count)))
        continue;
      for (guint j = has_count ? 3 : 2; j < n && ok; j++)
        ok = check_option (a, f[j]);
      if (ok)
        {
          pool->used[i] = TRUE;
          return;
        }
    }
  g_test_message ("missing activity %s %s", f[1], has_count ? f[2] : "");
  pool->failures++;
}

/* Annotations nobody expected (for the exact lists). */
static void
report_extras (Pool       *pool,
               gboolean    with_count_only)
{
  for (guint i = 0; i < pool->anns->len; i++)
    {
      BaogaoAnnotation *a = g_ptr_array_index (pool->anns, i);
      double v;

      if (pool->used[i])
        continue;
      if (with_count_only && !number_feature (a, "count", &v))
        continue;
      {
        g_autofree char *d = describe (a);

        g_test_message ("unexpected %s", d);
      }
      pool->failures++;
    }
}

static void
test_fixture (gconstpointer data)
{
  const char *name = data;
  g_autofree char *txt_path = g_strdup_printf ("%s/%s.txt", data_dir, name);
  g_autofree char *exp_path = g_strdup_printf ("%s/%s.expected", data_dir, name);
  g_autofree char *text = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BaogaoDocument) doc = NULL;
  g_auto(GStrv) lines = NULL;
  Pool tallies, personnel, motions, activities;
  guint failures, todo;

  g_file_get_contents (txt_path, &text, NULL, &error);
  g_assert_no_error (error);
  g_file_get_contents (exp_path, &expected, NULL, &error);
  g_assert_no_error (error);

  doc = analyze_text (text);
  pool_init (&tallies, doc, "representation.tally");
  pool_init (&personnel, doc, "representation.personnel");
  pool_init (&motions, doc, "representation.motion");
  pool_init (&activities, doc, "representation.activity");

  lines = g_strsplit (expected, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) f = NULL;

      g_strstrip (lines[i]);
      if (lines[i][0] == '\0' || lines[i][0] == '#')
        continue;
      f = g_strsplit_set (lines[i], " \t", -1);
      if (strcmp (f[0], "tally") == 0)
        expect_tally (&tallies, f);
      else if (strcmp (f[0], "personnel") == 0)
        expect_personnel (&personnel, f);
      else if (strcmp (f[0], "motion") == 0)
        expect_motion (&motions, f);
      else if (strcmp (f[0], "activity") == 0)
        expect_activity (&activities, f);
      else
        g_error ("%s: bad line “%s”", exp_path, lines[i]);
    }

  report_extras (&tallies, FALSE);
  report_extras (&personnel, FALSE);
  report_extras (&motions, TRUE);

  failures = tallies.failures + personnel.failures + motions.failures + activities.failures;
  todo = tallies.todo_missed;
  pool_clear (&tallies);
  pool_clear (&personnel);
  pool_clear (&motions);
  pool_clear (&activities);

  if (failures > 0)
    {
      g_test_fail_printf ("%s: %u expectation(s) not met", name, failures);
      return;
    }
  if (todo > 0)
    g_test_incomplete_printf ("%s: %u fact(s) the tally engine cannot decide yet", name, todo);
}

/* }}} */

/* {{{ small cases */

static void
test_level (void)
{
  gboolean municipality;

  g_assert_cmpint (rep_level_from_title ("全国人民代表大会常务委员会工作报告", -1, &municipality),
                   ==, REP_LEVEL_NATIONAL);
  g_assert_cmpint (rep_level_from_title ("江南省人民代表大会常务委员会工作报告", -1, &municipality),
                   ==, REP_LEVEL_PROVINCIAL);
  g_assert_false (municipality);
  g_assert_cmpint (rep_level_from_title ("宁川回族自治区人民代表大会常务委员会工作报告", -1, NULL),
                   ==, REP_LEVEL_PROVINCIAL);
  g_assert_cmpint (rep_level_from_title ("上海市人民代表大会常务委员会工作报告", -1, &municipality),
                   ==, REP_LEVEL_PROVINCIAL);
  g_assert_true (municipality);
  g_assert_cmpint (rep_level_from_title ("滨江市人民代表大会常务委员会工作报告", -1, &municipality),
                   ==, REP_LEVEL_MUNICIPAL);
  g_assert_false (municipality);
  g_assert_cmpint (rep_level_from_title ("某某自治州人民代表大会常务委员会工作报告", -1, NULL),
                   ==, REP_LEVEL_MUNICIPAL);
  g_assert_cmpint (rep_level_from_title ("青山县人民代表大会常务委员会工作报告", -1, NULL),
                   ==, REP_LEVEL_COUNTY);
  g_assert_cmpint (rep_level_from_title ("工作报告", -1, NULL), ==, REP_LEVEL_PROVINCIAL);
  g_assert_cmpint (rep_level_from_title (NULL, -1, NULL), ==, REP_LEVEL_PROVINCIAL);
}

/* Powers, duties and titles are no decisions; the verbs of decisions
 * are, with or without a count. */
static void
test_personnel_not_decisions (void)
{
  static const char text[] =
    "青山省人民代表大会常务委员会工作报告\n\n"
    "一、依法行使人事任免权，保障代表履职\n\n"
    "坚持党管干部原则同人大依法行使任免权相统一，做好人事任免工作，"
    "完善宪法宣誓制度，修订《青山省人大常委会罢免和补选代表办法》。"
    "决定任命李某为省人民政府副省长。\n";
  g_autoptr(BaogaoDocument) doc = analyze_text (text);
  g_autoptr(GPtrArray) personnel = baogao_document_get_annotations (doc, "representation.personnel");

  g_assert_cmpuint (personnel->len, ==, 1);
  g_assert_cmpstr (baogao_annotation_get_string (g_ptr_array_index (personnel, 0), "kind"),
                   ==, "appointment");
  g_assert_false (baogao_annotation_has_feature (g_ptr_array_index (personnel, 0), "count"));
}

/* An oversight section's 意见建议 are the committee's, not deputies'. */
static void
test_oversight_suggestions (void)
{
  static const char text[] =
    "青山省人民代表大会常务委员会工作报告\n\n"
    "一、增强监督实效\n\n"
    "开展食品安全法执法检查，提出意见建议32条。听取审议专项工作报告，提出建议18条。\n";
  g_autoptr(BaogaoDocument) doc = analyze_text (text);
  g_autoptr(GPtrArray) motions = baogao_document_get_annotations (doc, "representation.motion");
  g_autoptr(GPtrArray) tallies = baogao_document_get_annotations (doc, "representation.tally");

  g_assert_cmpuint (motions->len, ==, 0);
  g_assert_cmpuint (tallies->len, ==, 0);
}

/* Text that was not repaired: a clause broken by a page-break line. */
static void
test_unrepaired_text (void)
{
  static const char text[] =
    "青山省人民代表大会常务委员会工作报告\n\n"
    "四、发挥代表作用\n\n"
    "全年依法任免国家机关工作人员\n\n（下转第五版）\n\n"
    "一百二十人次。省人大代表提出建议五百件。\n";
  g_autoptr(BaogaoDocument) doc = analyze_text (text);
  g_autoptr(GPtrArray) motions = baogao_document_get_annotations (doc, "representation.motion");

  /* whatever becomes of the broken clause, the next one is read */
  g_assert_cmpuint (motions->len, ==, 1);
  g_assert_cmpstr (baogao_annotation_get_string (g_ptr_array_index (motions, 0), "kind"),
                   ==, "suggestion");
}

/* Bad input: nothing to find, and no crash. */
static void
test_bad_input (void)
{
  static const char *const texts[] = {
    "",
    "代表",
    "，，，。。。\n\n\n",
    "议案建议议案建议罢免补选终止资格",
    "《代表法》《罢免办法",
    "代表提出议案5件、、、建议%件",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(BaogaoDocument) doc = analyze_text (texts[i]);

      g_assert_nonnull (doc);
    }

  /* the scanner alone, with no counts nor zones, on every prefix of a
   * cue-rich text: never reads past the end */
  {
    static const char rich[] = "补选代表3名，终止代表资格。全国人大代表提出议案5件、建议12件，满意率98%。";
    gsize len = strlen (rich);

    for (gsize n = 0; n <= len; n++)
      {
        g_autofree char *copy = g_strndup (rich, n);
        GArray *found = rep_scan (copy, n, REP_LEVEL_PROVINCIAL, FALSE, NULL, 0, NULL, NULL, NULL, 0);

        g_array_unref (found);
      }
  }
}

/* }}} */

/* {{{ the corpus */

static void
test_corpus (void)
{
  const char *dir = g_getenv ("BAOGAO_CORPUS_DIR");
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BaogaoEngine) engine = NULL;
  g_autoptr(BaogaoDocument) doc = NULL;
  g_autoptr(GPtrArray) tallies = NULL;
  g_autoptr(GPtrArray) personnel = NULL;
  static const struct { const char *measure; double value; } some[] = {
    { "appointments", 535 }, { "oaths", 134 }, { "by_elections", 35 },
    { "terminations", 34 }, { "recalls", 2 }, { "motions", 18 },
    { "suggestions", 428 }, { "key_suggestions", 140 }, { "satisfaction_rate", 100 },
    { "npc_motions", 7 }, { "npc_delegation_suggestions", 3 },
  };

  if (dir == NULL)
    {
      g_test_skip ("BAOGAO_CORPUS_DIR is not set");
      return;
    }
  path = g_build_filename (dir, "heilongjiang-2024.txt", NULL);
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("no corpus report");
      return;
    }

  engine = new_engine ();
  doc = baogao_document_new_from_file (path, NULL, &error);
  g_assert_no_error (error);
  baogao_engine_analyze (engine, doc, NULL, &error);
  g_assert_no_error (error);

  tallies = baogao_document_get_annotations (doc, "representation.tally");
  for (guint i = 0; i < G_N_ELEMENTS (some); i++)
    {
      gboolean found = FALSE;

      for (guint j = 0; j < tallies->len && !found; j++)
        {
          BaogaoAnnotation *a = g_ptr_array_index (tallies, j);
          double v;

          found = g_strcmp0 (baogao_annotation_get_string (a, "measure"), some[i].measure) == 0 &&
                  number_feature (a, "value", &v) && same_number (v, some[i].value);
        }
      if (!found)
        g_test_fail_printf ("no %s tally of %g", some[i].measure, some[i].value);
    }

  personnel = baogao_document_get_annotations (doc, "representation.personnel");
  g_assert_cmpuint (personnel->len, >=, 5);
}

/* }}} */

int
main (int   argc,
      char *argv[])
{
  static const char *const fixtures[] = {
    "national-npc",
    "provincial-fullwidth",
    "municipal-halfwidth",
    "autonomous-countfirst",
    "provincial-variants",
    "stations-activities",
    "activities-places",
    "elliptic-stations",
    "county-township",
  };

  g_test_init (&argc, &argv, NULL);

  data_dir = argc > 1 ? argv[1] : "tests";

  g_test_add_func ("/representation/level", test_level);
  g_test_add_func ("/representation/personnel-not-decisions", test_personnel_not_decisions);
  g_test_add_func ("/representation/oversight-suggestions", test_oversight_suggestions);
  g_test_add_func ("/representation/unrepaired-text", test_unrepaired_text);
  g_test_add_func ("/representation/bad-input", test_bad_input);
  for (guint i = 0; i < G_N_ELEMENTS (fixtures); i++)
    {
      g_autofree char *name = g_strdup_printf ("/representation/fixture/%s", fixtures[i]);

      g_test_add_data_func (name, fixtures[i], test_fixture);
    }
  g_test_add_func ("/representation/corpus", test_corpus);

  return g_test_run ();
}

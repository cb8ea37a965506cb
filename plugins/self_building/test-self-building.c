/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/* Tests of the self_building analyzer: report excerpts of several styles
 * (tests/NAME.txt) with the facts they state (tests/NAME.expected), run
 * through the engine with the analyzers self_building requires; odd
 * inputs; and, when BAOGAO_CORPUS_DIR names the corpus, the sample
 * report. The fixture checks are shared with the political test. */

#define FIXTURE_DOMAIN "self_building"
#include "fixture-test.h"

/* The self-building section of the sample report states these counts;
 * the test checks the measures the analyzer gives them, not the text. */
static void
test_corpus (void)
{
  static const struct { const char *measure; double value; gboolean todo; } facts[] = {
    { "lecture_sessions", 6, FALSE },
    /* 3期厅级干部“导学课堂” follows 6期“人大讲堂”、 in a list: read once
     * the tally engine splits lists between their counts */
    { "guided_study_classes", 3, TRUE },
    { "division_chief_forums", 4, FALSE },
    { "youth_study_seminars", 6, FALSE },
    { "newsletter_issues", 23, FALSE },
    { "commendations", 40, FALSE },
    { "recruits", 14, FALSE },
    { "young_cadre_share", 50, FALSE },
    { "cadres_rotated", 21, FALSE },
    { "media_columns", 30, FALSE },
    { "monthly_page_views", 100000, FALSE },
    { "news_awards", 2, FALSE },
  };
  const char *dir = g_getenv ("BAOGAO_CORPUS_DIR");
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autoptr(BaogaoDocument) doc = NULL;
  g_autoptr(GPtrArray) tallies = NULL;
  g_autoptr(GPtrArray) agreements = NULL;

  if (dir == NULL)
    {
      g_test_skip ("BAOGAO_CORPUS_DIR is not set");
      return;
    }
  path = g_build_filename (dir, "heilongjiang-2024.txt", NULL);
  if (!g_file_get_contents (path, &text, NULL, NULL))
    {
      g_test_skip ("the sample report is not there");
      return;
    }

  doc = fixture_analyze (text);
  tallies = baogao_document_get_annotations (doc, "self_building.tally");
  g_assert_cmpuint (tallies->len, ==, G_N_ELEMENTS (facts));
  for (guint i = 0; i < G_N_ELEMENTS (facts); i++)
    {
      gboolean found = FALSE;

      for (guint k = 0; k < tallies->len && !found; k++)
        {
          BaogaoAnnotation *a = g_ptr_array_index (tallies, k);

          found = g_strcmp0 (baogao_annotation_get_string (a, "measure"), facts[i].measure) == 0 &&
                  fabs (fixture_value (a) - facts[i].value) < 1e-9;
        }
      if (!found && facts[i].todo)
        {
          g_test_incomplete_printf ("%s %g not read yet", facts[i].measure, facts[i].value);
          continue;
        }
      if (!found)
        g_test_message ("missing %s %g", facts[i].measure, facts[i].value);
      g_assert_true (found);
    }

  /* the two framework agreements cited by title */
  agreements = baogao_document_get_annotations (doc, "self_building.agreement");
  g_assert_cmpuint (agreements->len, >=, 2);
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  if (argc > 1)
    fixture_dir = argv[1];

  g_test_add_data_func ("/self_building/provincial", "provincial", test_fixture);
  g_test_add_data_func ("/self_building/municipal", "municipal", test_fixture);
  g_test_add_data_func ("/self_building/national", "national", test_fixture);
  g_test_add_func ("/self_building/odd-inputs", test_odd_inputs);
  g_test_add_func ("/self_building/corpus", test_corpus);

  return g_test_run ();
}

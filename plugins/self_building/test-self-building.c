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
  static const FixtureFact facts[] = {
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
  g_autoptr(BaogaoDocument) doc = fixture_check_corpus (facts, G_N_ELEMENTS (facts));
  g_autoptr(GPtrArray) agreements = NULL;

  if (doc == NULL)
    return;

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
  g_test_add_data_func ("/self_building/self-building-section", "self-building-section", test_fixture);
  g_test_add_func ("/self_building/odd-inputs", test_odd_inputs);
  g_test_add_func ("/self_building/corpus", test_corpus);

  return g_test_run ();
}

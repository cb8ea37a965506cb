/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/* Tests of the political analyzer: report excerpts of several styles
 * (tests/NAME.txt) with the facts they state (tests/NAME.expected), run
 * through the engine with the analyzers political requires; odd inputs;
 * and, when BAOGAO_CORPUS_DIR names the corpus, the sample report. */

#define FIXTURE_DOMAIN "political"
#include "fixture-test.h"

/* The opening section of the sample report states these counts; the
 * test checks the measures the analyzer gives them, not the text. */
static void
test_corpus (void)
{
  static const FixtureFact facts[] = {
    { "tasks_identified", 76 },
    { "party_group_study_sessions", 26 },
    { "central_group_study_sessions", 10 },
    { "lectures", 6 },
    { "theme_education_meetings", 6 },
    { "branch_study_sessions", 77 },
    { "party_members_covered", 1435 },
    { "research_reports_awarded", 4 },
    { "key_problem_projects", 7 },
    { "livelihood_projects", 11 },
    { "task_forces", 8 },
    { "problems_identified", 22 },
    { "rectification_measures", 87 },
    { "ledgers", 7 },
    { "matters_reported_to_party_committee", 298 },
    { "enterprises_liaised", 94 },
    { "institutions_liaised", 10 },
    { "experts_liaised", 10 },
    { "deputies_liaised", 73 },
    { "problems_solved", 170 },
    { "satisfaction_rate", 100 },
  };
  g_autoptr(BaogaoDocument) doc = fixture_check_corpus (facts, G_N_ELEMENTS (facts));
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  if (argc > 1)
    fixture_dir = argv[1];

  g_test_add_data_func ("/political/provincial", "provincial", test_fixture);
  g_test_add_data_func ("/political/municipal", "municipal", test_fixture);
  g_test_add_data_func ("/political/national", "national", test_fixture);
  g_test_add_data_func ("/political/self-building-section", "self-building-section", test_fixture);
  g_test_add_func ("/political/odd-inputs", test_odd_inputs);
  g_test_add_func ("/political/corpus", test_corpus);

  return g_test_run ();
}

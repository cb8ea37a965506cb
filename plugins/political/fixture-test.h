/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

#pragma once

/* Checks report excerpts against the facts they state, for the tests of
 * the political and self_building analyzers (included by both).
 *
 * Each excerpt NAME.txt in the fixture directory comes with NAME.expected,
 * one fact a line ('#' starts a comment):
 *
 *   tally MEASURE VALUE        a <domain>.tally with that measure and value
 *   todo MEASURE VALUE         the same, known not to be read yet: a miss
 *                              is reported as incomplete, not failed
 *   activity KIND [KEY=VALUE]… a <domain>.activity of that kind whose
 *                              features have those values; text=… asks
 *                              that the annotation's text contain the value
 *   no-activity KIND [KEY=VALUE]…  no such activity
 *   agreement [KEY=VALUE]…     a <domain>.agreement with those features
 *
 * The tallies listed are all the tallies of the domain the analyzer may
 * write: another one is a failure.
 *
 * The includer defines FIXTURE_DOMAIN (the analyzer and domain name)
 * before including this file. */

#include <baogao/baogao.h>

#include <locale.h>
#include <math.h>
#include <string.h>

static const char *fixture_dir = NULL;

static BaogaoEngine *
fixture_get_engine (void)
{
  static BaogaoEngine *engine = NULL;

  if (engine == NULL)
    {
      g_autoptr(GError) error = NULL;
      const char *path = g_getenv ("BAOGAO_PLUGIN_PATH");
      const char *dirs[] = { path, NULL };

      engine = baogao_engine_new_with_search_path (path != NULL ? dirs : NULL);
      baogao_engine_select (engine, (const char *[]) { FIXTURE_DOMAIN, NULL }, &error);
      g_assert_no_error (error);
    }
  return engine;
}

static BaogaoDocument *
fixture_analyze (const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BaogaoDocument) doc = baogao_document_new (text, -1, &error);

  g_assert_no_error (error);
  baogao_engine_analyze (fixture_get_engine (), doc, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (baogao_document_get_analyzer_status (doc, FIXTURE_DOMAIN, NULL), ==, BAOGAO_RUN_OK);
  return g_steal_pointer (&doc);
}

static double
fixture_value (BaogaoAnnotation *a)
{
  switch (baogao_annotation_get_feature_type (a, "value"))
    {
    case BAOGAO_VALUE_INT:
      return (double) baogao_annotation_get_int (a, "value", 0);
    case BAOGAO_VALUE_DOUBLE:
      return baogao_annotation_get_double (a, "value", 0);
    default:
      return NAN;
    }
}

/* Do the features of @a agree with the KEY=VALUE words @conditions? */
static gboolean
fixture_agrees (BaogaoAnnotation *a,
                char            **conditions)
{
  for (guint i = 0; conditions[i] != NULL; i++)
    {
      const char *eq = strchr (conditions[i], '=');
      g_autofree char *key = NULL;
      const char *want;

      if (eq == NULL)
        continue;
      key = g_strndup (conditions[i], eq - conditions[i]);
      want = eq + 1;
      if (strcmp (key, "text") == 0)
        {
          g_autofree char *text = baogao_annotation_dup_text (a);

          if (strstr (text, want) == NULL)
            return FALSE;
        }
      else if (g_strcmp0 (baogao_annotation_get_string (a, key), want) != 0)
        return FALSE;
    }
  return TRUE;
}

static void
fixture_describe (GString   *out,
                  GPtrArray *annotations)
{
  for (guint i = 0; i < annotations->len; i++)
    {
      BaogaoAnnotation *a = g_ptr_array_index (annotations, i);
      g_autofree char *text = baogao_annotation_dup_text (a);
      g_auto(GStrv) keys = baogao_annotation_dup_feature_keys (a);

      g_string_append_printf (out, "  %s «%s»", baogao_annotation_get_annotation_type (a), text);
      for (guint k = 0; keys[k] != NULL; k++)
        {
          const char *s = baogao_annotation_get_string (a, keys[k]);

          if (s != NULL)
            g_string_append_printf (out, " %s=%s", keys[k], s);
          else if (strcmp (keys[k], "value") == 0)
            g_string_append_printf (out, " value=%g", fixture_value (a));
        }
      g_string_append_c (out, '\n');
    }
}

static void
test_fixture (gconstpointer data)
{
  const char *name = data;
  g_autofree char *txt_path = NULL;
  g_autofree char *expected_path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BaogaoDocument) doc = NULL;
  g_autoptr(GPtrArray) tallies = NULL;
  g_autoptr(GPtrArray) activities = NULL;
  g_autoptr(GPtrArray) agreements = NULL;
  g_autofree gboolean *used = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GString) problems = g_string_new (NULL);
  g_autoptr(GString) todo = g_string_new (NULL);
  g_autoptr(GArray) todo_values = g_array_new (FALSE, FALSE, sizeof (double));

  if (fixture_dir == NULL)
    {
      g_test_skip ("no fixture directory given");
      return;
    }
  txt_path = g_build_filename (fixture_dir, name, NULL);
  expected_path = g_strconcat (txt_path, ".expected", NULL);
  {
    g_autofree char *t = g_strconcat (txt_path, ".txt", NULL);

    g_file_get_contents (t, &text, NULL, &error);
    g_assert_no_error (error);
  }
  g_file_get_contents (expected_path, &expected, NULL, &error);
  g_assert_no_error (error);

  doc = fixture_analyze (text);
  tallies = baogao_document_get_annotations (doc, FIXTURE_DOMAIN ".tally");
  activities = baogao_document_get_annotations (doc, FIXTURE_DOMAIN ".activity");
  agreements = baogao_document_get_annotations (doc, FIXTURE_DOMAIN ".agreement");
  used = g_new0 (gboolean, tallies->len + 1);

  lines = g_strsplit (expected, "\n", -1);
  for (guint l = 0; lines[l] != NULL; l++)
    {
      g_auto(GStrv) words = NULL;
      const char *what;

      g_strstrip (lines[l]);
      if (lines[l][0] == '\0' || lines[l][0] == '#')
        continue;
      words = g_strsplit_set (lines[l], " \t", -1);
      what = words[0];

      if (strcmp (what, "tally") == 0 || strcmp (what, "todo") == 0)
        {
          double value;
          gboolean found = FALSE;

          g_assert_nonnull (words[1]);
          g_assert_nonnull (words[2]);
          value = g_ascii_strtod (words[2], NULL);
          for (guint i = 0; i < tallies->len && !found; i++)
            {
              BaogaoAnnotation *a = g_ptr_array_index (tallies, i);

              if (!used[i] &&
                  g_strcmp0 (baogao_annotation_get_string (a, "measure"), words[1]) == 0 &&
                  fabs (fixture_value (a) - value) < 1e-9)
                used[i] = found = TRUE;
            }
          if (!found && what[0] == 't' && what[1] == 'a')
            g_string_append_printf (problems, "missing tally %s %s\n", words[1], words[2]);
          else if (!found)
            {
              g_string_append_printf (todo, "todo: tally %s %s not read yet\n", words[1], words[2]);
              g_array_append_val (todo_values, value);
            }
        }
      else if (strcmp (what, "activity") == 0 || strcmp (what, "no-activity") == 0)
        {
          gboolean found = FALSE;

          g_assert_nonnull (words[1]);
          for (guint i = 0; i < activities->len && !found; i++)
            {
              BaogaoAnnotation *a = g_ptr_array_index (activities, i);

              if (g_strcmp0 (baogao_annotation_get_string (a, "kind"), words[1]) == 0 &&
                  fixture_agrees (a, words + 2))
                found = TRUE;
            }
          if (what[0] == 'a' && !found)
            g_string_append_printf (problems, "missing: %s\n", lines[l]);
          else if (what[0] == 'n' && found)
            g_string_append_printf (problems, "unexpected: %s\n", lines[l]);
        }
      else if (strcmp (what, "agreement") == 0)
        {
          gboolean found = FALSE;

          for (guint i = 0; i < agreements->len && !found; i++)
            if (fixture_agrees (g_ptr_array_index (agreements, i), words + 1))
              found = TRUE;
          if (!found)
            g_string_append_printf (problems, "missing: %s\n", lines[l]);
        }
      else
        g_error ("%s: unknown line “%s”", expected_path, lines[l]);
    }

  /* every tally written is one the excerpt states (a todo one may have
   * been read under another measure) */
  for (guint i = 0; i < tallies->len; i++)
    {
      BaogaoAnnotation *a = g_ptr_array_index (tallies, i);
      gboolean excused = FALSE;

      if (used[i])
        continue;
      for (guint t = 0; t < todo_values->len && !excused; t++)
        if (fabs (g_array_index (todo_values, double, t) - fixture_value (a)) < 1e-9)
          excused = TRUE;
      if (!excused)
        {
          g_autofree char *t = baogao_annotation_dup_text (a);

          g_string_append_printf (problems, "extra tally %s %g «%s»\n",
                                  baogao_annotation_get_string (a, "measure"),
                                  fixture_value (a), t);
        }
    }

  if (problems->len > 0)
    {
      g_autoptr(GString) found = g_string_new (NULL);

      fixture_describe (found, tallies);
      fixture_describe (found, activities);
      fixture_describe (found, agreements);
      g_test_message ("%s:\n%sfound:\n%s", name, problems->str, found->str);
      g_test_fail ();
    }
  else if (todo->len > 0)
    g_test_incomplete (todo->str);
}

/* Text that is hardly a report must still give a well-formed result. */
/* A count the sample report states; @todo: known not to be read yet, so
 * that a miss is reported as incomplete, not failed. */
typedef struct
{
  const char *measure;
  double      value;
  gboolean    todo;
} FixtureFact;

/* Analyzes the sample report of the corpus and checks that the domain's
 * tallies are exactly @facts (measures and values, not the text). Returns
 * the document for further checks, or %NULL when the test was skipped. */
static BaogaoDocument *
fixture_check_corpus (const FixtureFact *facts,
                      guint              n_facts)
{
  const char *dir = g_getenv ("BAOGAO_CORPUS_DIR");
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) tallies = NULL;
  BaogaoDocument *doc;

  if (dir == NULL)
    {
      g_test_skip ("BAOGAO_CORPUS_DIR is not set");
      return NULL;
    }
  path = g_build_filename (dir, "heilongjiang-2024.txt", NULL);
  if (!g_file_get_contents (path, &text, NULL, NULL))
    {
      g_test_skip ("the sample report is not there");
      return NULL;
    }

  doc = fixture_analyze (text);
  tallies = baogao_document_get_annotations (doc, FIXTURE_DOMAIN ".tally");
  g_assert_cmpuint (tallies->len, ==, n_facts);
  for (guint i = 0; i < n_facts; i++)
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

  return doc;
}

static void
test_odd_inputs (void)
{
  static const char * const inputs[] = {
    "",
    "党组",
    "，，，；；。。",
    "请示报告",
    "包联企业、专家、",
    "“人大讲堂",
    "签署《合作协议",
    "全年召开党组会议32次，举办“人大讲堂”6期，签订合作协议3份，月浏览量10万人次",
    "一、\n\n（一）\n\n一是\n\n",
  };

  /* Clauses longer than the walks to their bounds reach, with no
   * delimiter anywhere near the counts: the bounds still fall between
   * characters. */
  g_autoptr(GString) long_clause = g_string_new ("一、立法工作\n");
  g_autoptr(GString) long_list = g_string_new (NULL);

  for (guint i = 0; i < 40; i++)
    {
      g_string_append (long_clause, "常委会党组对4部法律开展执法检查及党组集体学习12次");
      g_string_append (long_list, "党组党组党组12次、");
    }

  for (guint i = 0; i < G_N_ELEMENTS (inputs) + 2; i++)
    {
      const char *input = i < G_N_ELEMENTS (inputs) ? inputs[i]
                          : i == G_N_ELEMENTS (inputs) ? long_clause->str
                          : long_list->str;
      g_autoptr(BaogaoDocument) doc = fixture_analyze (input);
      g_autoptr(GPtrArray) all = baogao_document_get_annotations (doc, NULL);

      g_assert_cmpint (baogao_document_get_analyzer_status (doc, FIXTURE_DOMAIN, NULL),
                       ==, BAOGAO_RUN_OK);
      for (guint k = 0; k < all->len; k++)
        {
          BaogaoAnnotation *a = g_ptr_array_index (all, k);

          g_assert_cmpuint (baogao_annotation_get_byte_start (a), <=,
                            baogao_annotation_get_byte_end (a));
          g_assert_cmpuint (baogao_annotation_get_byte_end (a), <=, strlen (input));
        }
    }
}

/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/* The legislation analyzer on report excerpts written in the styles of
 * different congresses (tests/<name>.txt), each with the facts it states
 * (tests/<name>.expect, one per line, tab-separated):
 *
 *   instrument  NAME  ACTION  LEVEL  BODY|-  [yes|no: first_of_kind]
 *   kind  NAME  KIND               (the instrument NAME is of KIND)
 *   no-instrument  NAME            (not written as acted on)
 *   tally  MEASURE  VALUE
 *   count  legislation.tally|acted  N
 *
 * `acted` counts the instruments whose action is not cite or inspect.
 * With BAOGAO_CORPUS_DIR, the real report of the corpus is also run, for
 * crashes and sanity only (the scores are tests/gold/score_legislation.py's
 * business).
 */

#include <baogao/baogao.h>
#include <locale.h>
#include <string.h>

static const char *fixture_dir;

static BaogaoDocument *
analyze_text (const char *text)
{
  const char *path = g_getenv ("BAOGAO_PLUGIN_PATH");
  g_autoptr(BaogaoEngine) engine = NULL;
  g_autoptr(BaogaoDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (path);
  engine = baogao_engine_new_with_search_path ((const char *[]) { path, NULL });
  baogao_engine_select (engine, (const char *[]) { "legislation", NULL }, &error);
  g_assert_no_error (error);
  document = baogao_document_new (text, -1, &error);
  g_assert_no_error (error);
  baogao_engine_analyze (engine, document, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (baogao_document_get_analyzer_status (document, "legislation", NULL), ==,
                   BAOGAO_RUN_OK);
  return g_steal_pointer (&document);
}

static BaogaoAnnotation *
find_instrument (GPtrArray  *instruments,
                 const char *name)
{
  for (guint i = 0; i < instruments->len; i++)
    {
      BaogaoAnnotation *a = g_ptr_array_index (instruments, i);

      if (g_strcmp0 (baogao_annotation_get_string (a, "name"), name) == 0)
        return a;
    }
  return NULL;
}

static gboolean
acted (BaogaoAnnotation *a)
{
  const char *action = baogao_annotation_get_string (a, "action");

  return g_strcmp0 (action, "cite") != 0 && g_strcmp0 (action, "inspect") != 0;
}

static void
check_fixture (gconstpointer data)
{
  const char *name = data;
  g_autofree char *txt_path = g_strdup_printf ("%s/%s.txt", fixture_dir, name);
  g_autofree char *expect_path = g_strdup_printf ("%s/%s.expect", fixture_dir, name);
  g_autofree char *text = NULL;
  g_autofree char *expect = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BaogaoDocument) document = NULL;
  g_autoptr(GPtrArray) instruments = NULL;
  g_autoptr(GPtrArray) tallies = NULL;
  g_autoptr(GString) failures = g_string_new (NULL);

  g_file_get_contents (txt_path, &text, NULL, &error);
  g_assert_no_error (error);
  g_file_get_contents (expect_path, &expect, NULL, &error);
  g_assert_no_error (error);

  document = analyze_text (text);
  instruments = baogao_document_get_annotations (document, "legislation.instrument");
  tallies = baogao_document_get_annotations (document, "legislation.tally");

  lines = g_strsplit (expect, "\n", -1);
  for (guint l = 0; lines[l] != NULL; l++)
    {
      g_auto(GStrv) f = NULL;
      guint n;

      if (lines[l][0] == '\0' || lines[l][0] == '#')
        continue;
      f = g_strsplit (lines[l], "\t", -1);
      n = g_strv_length (f);

      if (strcmp (f[0], "instrument") == 0 && n >= 5)
        {
          BaogaoAnnotation *a = find_instrument (instruments, f[1]);
          const char *body;

          if (a == NULL)
            {
              g_string_append_printf (failures, "; missing instrument %s", f[1]);
              continue;
            }
          body = baogao_annotation_get_string (a, "body");
          if (g_strcmp0 (baogao_annotation_get_string (a, "action"), f[2]) != 0)
            g_string_append_printf (failures, "; %s: action %s, expected %s", f[1],
                                    baogao_annotation_get_string (a, "action"), f[2]);
          if (g_strcmp0 (baogao_annotation_get_string (a, "level"), f[3]) != 0)
            g_string_append_printf (failures, "; %s: level %s, expected %s", f[1],
                                    baogao_annotation_get_string (a, "level"), f[3]);
          if (g_strcmp0 (body, strcmp (f[4], "-") == 0 ? NULL : f[4]) != 0)
            g_string_append_printf (failures, "; %s: body %s, expected %s", f[1], body, f[4]);
          if (n >= 6 && baogao_annotation_get_boolean (a, "first_of_kind", FALSE) != (strcmp (f[5], "yes") == 0))
            g_string_append_printf (failures, "; %s: first_of_kind should be %s", f[1], f[5]);
        }
      else if (strcmp (f[0], "kind") == 0 && n >= 3)
        {
          BaogaoAnnotation *a = find_instrument (instruments, f[1]);

          if (a == NULL)
            g_string_append_printf (failures, "; missing instrument %s", f[1]);
          else if (g_strcmp0 (baogao_annotation_get_string (a, "kind"), f[2]) != 0)
            g_string_append_printf (failures, "; %s: kind %s, expected %s", f[1],
                                    baogao_annotation_get_string (a, "kind"), f[2]);
        }
      else if (strcmp (f[0], "no-instrument") == 0 && n >= 2)
        {
          BaogaoAnnotation *a = find_instrument (instruments, f[1]);

          if (a != NULL && acted (a))
            g_string_append_printf (failures, "; %s should not be acted on (%s)", f[1],
                                    baogao_annotation_get_string (a, "action"));
        }
      else if (strcmp (f[0], "tally") == 0 && n >= 3)
        {
          gint64 value = g_ascii_strtoll (f[2], NULL, 10);
          gboolean found = FALSE;

          for (guint i = 0; i < tallies->len && !found; i++)
            {
              BaogaoAnnotation *a = g_ptr_array_index (tallies, i);

              found = g_strcmp0 (baogao_annotation_get_string (a, "measure"), f[1]) == 0 &&
                      baogao_annotation_get_int (a, "value", -1) == value;
            }
          if (!found)
            g_string_append_printf (failures, "; missing tally %s = %s", f[1], f[2]);
        }
      else if (strcmp (f[0], "count") == 0 && n >= 3)
        {
          guint expected = (guint) g_ascii_strtoull (f[2], NULL, 10);
          guint got = 0;

          if (strcmp (f[1], "acted") == 0)
            {
              for (guint i = 0; i < instruments->len; i++)
                got += acted (g_ptr_array_index (instruments, i)) ? 1 : 0;
            }
          else
            {
              g_autoptr(GPtrArray) all = baogao_document_get_annotations (document, f[1]);

              got = all->len;
            }
          if (got != expected)
            g_string_append_printf (failures, "; %u %s, expected %u", got, f[1], expected);
        }
      else
        g_error ("%s:%u: bad line", expect_path, l + 1);
    }

  if (failures->len > 0)
    {
      for (guint i = 0; i < instruments->len; i++)
        {
          BaogaoAnnotation *a = g_ptr_array_index (instruments, i);

          g_test_message ("instrument %s %s %s %s %s", baogao_annotation_get_string (a, "name"),
                          baogao_annotation_get_string (a, "action"),
                          baogao_annotation_get_string (a, "kind"),
                          baogao_annotation_get_string (a, "level"),
                          baogao_annotation_get_string (a, "body"));
        }
      for (guint i = 0; i < tallies->len; i++)
        {
          BaogaoAnnotation *a = g_ptr_array_index (tallies, i);
          g_autofree char *t = baogao_annotation_dup_text (a);

          g_test_message ("tally %s %s", t, baogao_annotation_get_string (a, "measure"));
        }
      g_test_fail_printf ("%s%s", name, failures->str);
    }
}

static void
check_corpus (void)
{
  const char *dir = g_getenv ("BAOGAO_CORPUS_DIR");
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autoptr(BaogaoDocument) document = NULL;
  g_autoptr(GPtrArray) instruments = NULL;
  g_autoptr(GPtrArray) tallies = NULL;

  if (dir == NULL)
    {
      g_test_skip ("BAOGAO_CORPUS_DIR is not set");
      return;
    }
  path = g_build_filename (dir, "heilongjiang-2024.txt", NULL);
  if (!g_file_get_contents (path, &text, NULL, NULL))
    {
      g_test_skip ("no corpus report");
      return;
    }
  document = analyze_text (text);
  instruments = baogao_document_get_annotations (document, "legislation.instrument");
  tallies = baogao_document_get_annotations (document, "legislation.tally");
  g_assert_cmpuint (instruments->len, >, 0);
  g_assert_cmpuint (tallies->len, >, 0);
  for (guint i = 0; i < instruments->len; i++)
    {
      BaogaoAnnotation *a = g_ptr_array_index (instruments, i);

      g_assert_nonnull (baogao_annotation_get_string (a, "name"));
      g_assert_nonnull (baogao_annotation_get_string (a, "action"));
      g_assert_nonnull (baogao_annotation_get_string (a, "kind"));
    }
}

static void
check_bad_input (void)
{
  static const char * const inputs[] = {
    "",
    "制定",
    "制定《",
    "制定《》、《",
    "指导",
    "指导市制定",
    "审议通过关于修改的决定",
    "对进行修订",
    "二、立法工作\n\n制定法规",
    "修改、、、条例、",
  };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr(BaogaoDocument) document = analyze_text (inputs[i]);
      g_autoptr(GPtrArray) instruments = baogao_document_get_annotations (document, "legislation.instrument");

      g_assert_cmpuint (instruments->len, ==, 0);
    }
}

/* Lists reaching back further than the walks to their clause's start,
 * at every alignment: the walks still stop between characters, or the
 * layer would refuse the instrument and the analyzer fail. */
static void
check_long_reach (void)
{
  for (guint shift = 0; shift < 3; shift++)
    for (guint n = 6; n < 14; n++)
      {
        g_autoptr(GString) text = g_string_new ("二、立法工作\n");
        g_autoptr(BaogaoDocument) document = NULL;

        g_string_append (text, "打包修改");
        for (guint i = 0; i < n; i++)
          {
            g_string_append (text, "哈尔滨市城市绿化条例及");
            if (i == n - 2)
              g_string_append_len (text, "ab", shift);
          }
        g_string_append (text, "民营经济健康发展促进条例经三次审议后表决通过。\n");
        document = analyze_text (text->str);
        g_assert_cmpint (baogao_document_get_analyzer_status (document, "legislation", NULL),
                         ==, BAOGAO_RUN_OK);
      }
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *entry;

  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  if (argc < 2)
    g_error ("usage: test-legislation FIXTURE-DIR");
  fixture_dir = argv[1];

  dir = g_dir_open (fixture_dir, 0, NULL);
  g_assert_nonnull (dir);
  while ((entry = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (entry, ".expect"))
      g_ptr_array_add (names, g_strndup (entry, strlen (entry) - strlen (".expect")));
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_strdup_printf ("/legislation/fixture/%s",
                                               (const char *) g_ptr_array_index (names, i));

      g_test_add_data_func (path, g_ptr_array_index (names, i), check_fixture);
    }
  g_test_add_func ("/legislation/corpus", check_corpus);
  g_test_add_func ("/legislation/bad-input", check_bad_input);
  g_test_add_func ("/legislation/long-reach", check_long_reach);

  return g_test_run ();
}

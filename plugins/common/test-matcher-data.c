/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/* The matcher an analyzer was built with (see matcher-data.h): there,
 * loading, sound by the full check, and the same as its build function
 * makes now. Compiled for each analyzer with MATCHER_NAME and
 * MATCHER_BUILD, and linked with its code and its generated data.
 *
 *   test-<plugin>-matcher-data [--embedded] [INPUT]
 *
 * --embedded: the build made the data (not a cross build), so it must be
 * there. INPUT: the file the matcher is built from, if any. */

#include "matcher-data.h"

#if !defined(MATCHER_NAME) || !defined(MATCHER_BUILD)
#error "Compile with -DMATCHER_NAME=<plugin>_matcher_data -DMATCHER_BUILD=<build function>"
#endif

extern const MatcherData MATCHER_NAME;
BaogaoMatcher *MATCHER_BUILD (GBytes *input);

static gboolean embedded;
static GBytes *input;

static void
test_present (void)
{
  const MatcherData *data = &MATCHER_NAME;

  if (!embedded)
    {
      g_test_skip ("no matcher is built with the plugins in a cross build");
      return;
    }
  g_assert_cmpuint (data->size, >, 0);
  g_assert_cmpuint ((guintptr) data->bytes % 8, ==, 0);
  if (input != NULL)
    {
      gsize size;
      gconstpointer bytes = g_bytes_get_data (input, &size);

      g_assert_cmpuint (data->input_size, ==, size);
      g_assert_cmphex (data->input_digest, ==, matcher_data_digest (bytes, size));
    }
  else
    {
      g_assert_cmpuint (data->input_size, ==, 0);
    }
}

static void
test_loads (void)
{
  const MatcherData *data = &MATCHER_NAME;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BaogaoMatcher) checked = NULL;
  g_autoptr(BaogaoMatcher) loaded = NULL;
  gconstpointer input_data = NULL;
  gsize input_size = 0;

  if (data->size == 0)
    {
      g_test_skip ("no matcher was built with the plugin");
      return;
    }
  if (input != NULL)
    input_data = g_bytes_get_data (input, &input_size);

  /* What the analyzer does, and the check it skips */
  loaded = matcher_data_load (data, input_data, input_size);
  g_assert_nonnull (loaded);
  bytes = g_bytes_new_static (data->bytes, data->size);
  checked = baogao_matcher_new_from_bytes (bytes, FALSE, &error);
  g_assert_no_error (error);
  g_assert_nonnull (checked);
  g_assert_cmpuint (baogao_matcher_get_n_keywords (checked), >, 0);

  /* Another input is not its input */
  if (input != NULL)
    {
      g_autofree guint8 *other = g_malloc (input_size + 1);

      memcpy (other, input_data, input_size);
      other[input_size] = '\n';
      g_assert_null (matcher_data_load (data, other, input_size + 1));
      /* nor one of the same length with a byte changed, anywhere */
      for (gsize at = 0; at < input_size; at += input_size / 7 + 1)
        {
          other[at] ^= 0x20;
          g_assert_null (matcher_data_load (data, other, input_size));
          other[at] ^= 0x20;
        }

    }
  else
    {
      g_assert_null (matcher_data_load (data, "x", 1));
    }
}

static void
test_current (void)
{
  const MatcherData *data = &MATCHER_NAME;
  g_autoptr(BaogaoMatcher) built = NULL;
  g_autoptr(GBytes) fresh = NULL;
  g_autoptr(GBytes) kept = NULL;

  if (data->size == 0)
    {
      g_test_skip ("no matcher was built with the plugin");
      return;
    }
  built = MATCHER_BUILD (input);
  g_assert_nonnull (built);
  fresh = baogao_matcher_serialize (built);
  kept = g_bytes_new_static (data->bytes, data->size);
  g_assert_true (g_bytes_equal (fresh, kept));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  for (int i = 1; i < argc; i++)
    {
      if (strcmp (argv[i], "--embedded") == 0)
        {
          embedded = TRUE;
        }
      else
        {
          g_autoptr(GError) error = NULL;
          char *contents;
          gsize length;

          if (!g_file_get_contents (argv[i], &contents, &length, &error))
            g_error ("%s", error->message);
          input = g_bytes_new_take (contents, length);
        }
    }

  g_test_add_func ("/matcher-data/present", test_present);
  g_test_add_func ("/matcher-data/loads", test_loads);
  g_test_add_func ("/matcher-data/current", test_current);

  status = g_test_run ();
  g_clear_pointer (&input, g_bytes_unref);

  return status;
}

/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/* bench-oversight FILE [ROUNDS]: the throughput of the activity scanner
 * alone (no engine, no tallies) on FILE repeated to about 32 MB, best of
 * ROUNDS (default 5), in MB/s of report text. */

#include <stdio.h>
#include <stdlib.h>

#include "oversight-scan.h"

#define TARGET (32u << 20)

int
main (int    argc,
      char **argv)
{
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) activities = NULL;
  g_autoptr(GString) subjects = NULL;
  g_autoptr(GString) big = NULL;
  gsize len = 0;
  guint rounds = 5;
  double best = 0;

  if (argc < 2)
    {
      g_printerr ("usage: %s FILE [ROUNDS]\n", argv[0]);
      return 2;
    }
  if (!g_file_get_contents (argv[1], &text, &len, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  if (len == 0)
    return 0;
  if (argc > 2)
    rounds = (guint) MAX (1, atoi (argv[2]));

  big = g_string_sized_new (TARGET + len);
  while (big->len < TARGET)
    {
      g_string_append_len (big, text, (gssize) len);
      g_string_append (big, "\n\n");
    }

  activities = g_array_new (FALSE, FALSE, sizeof (OversightActivity));
  subjects = g_string_new (NULL);

  for (guint i = 0; i < rounds; i++)
    {
      gint64 t0, t1;

      g_array_set_size (activities, 0);
      g_string_truncate (subjects, 0);
      t0 = g_get_monotonic_time ();
      oversight_scan (big->str, big->len, NULL, NULL, activities, subjects);
      t1 = g_get_monotonic_time ();
      best = MAX (best, (double) big->len / (double) MAX (t1 - t0, 1));
    }

  printf ("%s: %" G_GSIZE_FORMAT " bytes, %u activities in %.1f MiB: best %.0f MB/s\n",
          argv[1], len, activities->len, big->len / 1048576.0, best);
  return 0;
}

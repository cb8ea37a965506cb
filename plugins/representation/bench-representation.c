/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/* Throughput of the representation scanner alone (the tally engine is
 * measured with the whole pipeline): bench-representation FILE [ROUNDS].
 * The counts are not needed for the keyword pass and the clause walk,
 * which are what costs; a run without them measures those. */

#include <glib.h>
#include <stdlib.h>

#include "representation-scan.h"

int
main (int   argc,
      char *argv[])
{
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;
  guint rounds;
  gint64 t0, t1;
  guint n = 0;

  if (argc < 2)
    {
      g_printerr ("usage: %s FILE [ROUNDS]\n", argv[0]);
      return 2;
    }
  if (!g_file_get_contents (argv[1], &text, &length, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  rounds = argc > 2 ? (guint) atoi (argv[2]) : 200;
  rounds = MAX (rounds, 1);

  /* warm up: builds the matcher */
  g_array_unref (rep_scan (text, length, REP_LEVEL_PROVINCIAL, FALSE, NULL, 0, NULL, NULL, NULL, 0));

  t0 = g_get_monotonic_time ();
  for (guint i = 0; i < rounds; i++)
    {
      GArray *found = rep_scan (text, length, REP_LEVEL_PROVINCIAL, FALSE, NULL, 0, NULL, NULL, NULL, 0);

      n += found->len;
      g_array_unref (found);
    }
  t1 = g_get_monotonic_time ();

  g_print ("%u rounds of %" G_GSIZE_FORMAT " bytes: %.1f MB/s (%u findings)\n",
           rounds, length, (double) length * rounds / (double) (t1 - t0), n / rounds);
  return 0;
}

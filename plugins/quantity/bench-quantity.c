/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/* Throughput of the quantity scanner alone:
 *
 *     bench-quantity FILE [ROUNDS]
 *
 * scans FILE, repeated to about 32 MB, ROUNDS times (default 10) and
 * prints the matches per copy and the best MB/s, in CPU time of the
 * scanning thread (wall time is meaningless on a loaded machine). */

#include <glib.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "quantity-scan.h"

static gint64
thread_cpu_usec (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

static gboolean
count_match (const QuantityMatch *match,
             gpointer             user_data)
{
  guint *n = user_data;

  (*n)++;
  return TRUE;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GString) big = NULL;
  gsize len;
  guint rounds = 10, copies, n_once = 0;
  double best = 0;

  if (argc < 2)
    {
      fprintf (stderr, "usage: %s FILE [ROUNDS]\n", argv[0]);
      return 2;
    }
  if (argc > 2)
    rounds = (guint) MAX (1, atoi (argv[2]));
  if (!g_file_get_contents (argv[1], &text, &len, &error))
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }

  quantity_scan (text, len, count_match, &n_once);

  copies = (guint) MAX (1, (32 << 20) / MAX (len, 1));
  big = g_string_sized_new (copies * (len + 1));
  for (guint i = 0; i < copies; i++)
    {
      g_string_append_len (big, text, len);
      g_string_append_c (big, '\n');
    }

  for (guint r = 0; r < rounds; r++)
    {
      guint n = 0;
      gint64 t0 = thread_cpu_usec (), t1;
      double mbs;

      quantity_scan (big->str, big->len, count_match, &n);
      t1 = thread_cpu_usec ();
      mbs = (double) big->len / (1 << 20) / ((double) MAX (t1 - t0, 1) / G_USEC_PER_SEC);
      best = MAX (best, mbs);
      if (n != n_once * copies)
        {
          fprintf (stderr, "unstable: %u matches, expected %u\n", n, n_once * copies);
          return 1;
        }
    }

  printf ("%s: %zu bytes, %u quantities; %.1f MiB scanned: best %.0f MB/s\n",
          argv[1], len, n_once, (double) big->len / (1 << 20), best);
  return 0;
}

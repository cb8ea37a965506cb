/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/* Measures the entity scanner alone: bench-entity [--dump] FILE [ROUNDS].
 * Prints MB/s; with --dump, the entities found. */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "entity-scan.h"

/* CPU time of the process, in µs: the machine may be shared */
static gint64
cpu_time (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

static void
count_hit (const EntityHit *hit,
           gpointer         user_data)
{
  guint *n = user_data;

  n[hit->kind]++;
}

typedef struct
{
  const char *text;
} Dump;

static void
dump_hit (const EntityHit *hit,
          gpointer         user_data)
{
  Dump *d = user_data;
  static const char * const kinds[] = { "person", "place", "org" };

  printf ("%-6s %.*s", kinds[hit->kind], (int) (hit->end - hit->start), d->text + hit->start);
  if (hit->kind == ENTITY_PLACE)
    printf ("\t%s\t%s", hit->level, hit->canonical ? hit->canonical : "");
  if (hit->title_end > hit->title_start)
    printf ("\ttitle=%.*s", (int) (hit->title_end - hit->title_start), d->text + hit->title_start);
  printf ("\n");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GError) error = NULL;
  g_autoptr (EntityModel) model = NULL;
  g_autofree char *text = NULL;
  gboolean dump = FALSE;
  gsize length;
  guint rounds = 200;
  guint counts[3] = { 0, };
  gint64 t0, t1, c0, c1;
  int arg = 1;

  if (arg < argc && strcmp (argv[arg], "--dump") == 0)
    {
      dump = TRUE;
      arg++;
    }
  if (arg >= argc)
    {
      g_printerr ("usage: %s [--dump] FILE [ROUNDS]\n", argv[0]);
      return 2;
    }
  if (!g_file_get_contents (argv[arg], &text, &length, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  if (arg + 1 < argc)
    rounds = MAX (1, atoi (argv[arg + 1]));

  model = entity_model_new_from_file (ENTITY_SOURCE_DIR "/gazetteer.tsv", &error);
  if (model == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  if (dump)
    {
      Dump d = { text };

      entity_scan (model, text, length, dump_hit, &d);
      return 0;
    }

  t0 = g_get_monotonic_time ();
  c0 = cpu_time ();
  for (guint i = 0; i < rounds; i++)
    entity_scan (model, text, length, count_hit, counts);
  c1 = cpu_time ();
  t1 = g_get_monotonic_time ();

  g_print ("%u rounds of %" G_GSIZE_FORMAT " bytes: %.1f MB/s of CPU time, %.1f MB/s of wall time "
           "(%u people, %u places, %u organizations a round)\n",
           rounds, length, (double) length * rounds / (double) MAX (c1 - c0, 1),
           (double) length * rounds / (double) MAX (t1 - t0, 1),
           counts[0] / rounds, counts[1] / rounds, counts[2] / rounds);
  return 0;
}

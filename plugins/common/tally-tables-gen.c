/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/* Compiles the tally rule tables when the plugins are built and writes
 * them as C (see baogao-tally.h):
 *
 *   tally-tables-gen OUTPUT.c
 *
 * Linked with the tally engine, tally-tables-none.c (no tables compiled
 * yet) and matcher-data-none.c (no matcher built yet).
 */

#include <stdio.h>

#include "baogao-tally.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *source = NULL;

  if (argc != 2)
    {
      fprintf (stderr, "Usage: %s OUTPUT.c\n", argv[0]);
      return 2;
    }

  source = tally_tables_data_to_c ();
  if (!g_file_set_contents (argv[1], source, -1, &error))
    {
      fprintf (stderr, "%s: %s\n", argv[0], error->message);
      return 1;
    }

  return 0;
}

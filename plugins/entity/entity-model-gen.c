/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/* Compiles the entity model of a gazetteer, and the character classes,
 * when the plugin is built and writes them as C (see
 * entity-model-data.h):
 *
 *   entity-model-gen OUTPUT.c GAZETTEER
 *
 * Linked with the scanner, entity-model-data-none.c (no model compiled
 * yet) and matcher-data-none.c (no matcher built yet).
 */

#include <stdio.h>

#include "entity-model-data.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) input = NULL;
  g_autofree char *source = NULL;
  char *contents;
  gsize length;

  if (argc != 3)
    {
      fprintf (stderr, "Usage: %s OUTPUT.c GAZETTEER\n", argv[0]);
      return 2;
    }

  if (!g_file_get_contents (argv[2], &contents, &length, &error))
    {
      fprintf (stderr, "%s: %s\n", argv[0], error->message);
      return 1;
    }
  input = g_bytes_new_take (contents, length);

  source = entity_model_data_to_c (input, &error);
  if (source == NULL || !g_file_set_contents (argv[1], source, -1, &error))
    {
      fprintf (stderr, "%s: %s\n", argv[0], error->message);
      return 1;
    }

  return 0;
}

/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/* Matchers built when a plugin is compiled.
 *
 * Building and sealing an analyzer's matcher takes a few million
 * instructions, more than scanning a report with it, and a process that
 * analyzes one report would pay it every time. So each shipped analyzer
 * that has a matcher builds it at compile time too: its code is compiled
 * once into a static library, which a small generator (matcher-gen.c)
 * links to call the analyzer's build function and write the serialized
 * matcher into <plugin>-matcher-data.c; the module links the same library
 * with that file. At run time the analyzer loads the bytes
 * (baogao_matcher_new_from_bytes(), trusted: they are its own) and falls
 * back on its build function when there are none (a cross build, which
 * cannot run the generator) or they do not load.
 *
 * A matcher built from a file (entity's gazetteer) keeps the length and a
 * digest of the file it was built from (matcher_data_digest ()); it is
 * used only for a file of that length and digest.
 *
 * The test test-matcher-data checks, for each analyzer, that the bytes are
 * there, load, pass the full check of untrusted bytes, and are what the
 * build function makes now.
 */

#pragma once

#include <string.h>

#include <baogao/baogao.h>

G_BEGIN_DECLS

typedef struct
{
  const guint64 *bytes;   /* the serialized matcher, 8-aligned */
  gsize size;             /* its length in bytes; 0: none was built */
  guint64 input_digest;   /* matcher_data_digest () of the file it was
                           * built from */
  gsize input_size;       /* that file's length; 0: built from code */
} MatcherData;

/* A digest of the file a matcher was built from, so that a module keeps
 * 8 bytes rather than a copy of the file to tell it at run time. Each
 * word of the file (eight bytes, the last one padded with zeros) is
 * mixed into the state by an exclusive or and a bijection (multiplying
 * by an odd number, then folding the high half into the low), so a file
 * that differs from the one built from in a single word always gets
 * another digest; files that differ more collide with odds of one in
 * 2^64. It tells an edited file from the shipped one, which is all it
 * is for; it is no defence against a file made to collide. Some
 * 20 000 cycles for the 38 KB gazetteer, where a SHA-256 would take
 * twenty times as long in every process. */
static inline guint64
matcher_data_digest (const void *data,
                     gsize       size)
{
  const guint8 *p = data;
  guint64 state = G_GUINT64_CONSTANT (0x9e3779b97f4a7c15) ^ size;

  for (gsize at = 0; at < size; at += 8)
    {
      guint64 word = 0;

      memcpy (&word, p + at, MIN (8, size - at));
      state = (state ^ GUINT64_FROM_LE (word)) * G_GUINT64_CONSTANT (0xff51afd7ed558ccd);
      state ^= state >> 32;
    }

  return state;
}

/* The function an analyzer builds its matcher with, sealed; @input: the
 * file it is built from, or NULL for one built from code alone. */
typedef BaogaoMatcher *(*MatcherBuildFunc) (GBytes *input);

/* The matcher serialized in @data, if it was built from the same @input
 * (%NULL and 0 for a matcher built from code alone) and loads here;
 * %NULL otherwise, and the caller builds it. */
static inline BaogaoMatcher *
matcher_data_load (const MatcherData *data,
                   const void        *input,
                   gsize              input_size)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  BaogaoMatcher *matcher;

  if (data->size == 0 || data->input_size != input_size
      || (input_size > 0 && matcher_data_digest (input, input_size) != data->input_digest))
    return NULL;

  bytes = g_bytes_new_static (data->bytes, data->size);
  matcher = baogao_matcher_new_from_bytes (bytes, TRUE, &error);
  if (matcher == NULL)
    g_debug ("Matcher built with the plugin not used: %s", error->message);

  return matcher;
}

/* A sealed matcher of the words of a table whose entries start with
 * their word (a const char *), each with its index as value: the build
 * function of most analyzers. */
static inline BaogaoMatcher *
matcher_data_from_table (const void *table,
                         gsize       n_entries,
                         gsize       entry_size)
{
  BaogaoMatcher *matcher = baogao_matcher_new ();

  for (gsize i = 0; i < n_entries; i++)
    {
      const char *word;

      memcpy (&word, (const guint8 *) table + i * entry_size, sizeof word);
      baogao_matcher_add (matcher, word, i);
    }
  baogao_matcher_seal (matcher);

  return matcher;
}

/* The matcher built with the plugin from code alone, or else the one
 * @build makes now. */
static inline BaogaoMatcher *
matcher_data_load_or_build (const MatcherData *data,
                            MatcherBuildFunc   build)
{
  BaogaoMatcher *matcher = matcher_data_load (data, NULL, 0);

  return matcher != NULL ? matcher : build (NULL);
}

G_END_DECLS

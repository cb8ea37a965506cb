/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/* A byte for each three-byte character (U+0800 to U+FFFF), for the scans
 * that look up every character of a text: marks, characters that start
 * a word of some list.
 *
 * A flat table of 64 Ki bytes would be one load, but a long text reads
 * all of it, and a process holds it all: each scan's table costs 64 KiB.
 * The map has two levels instead, as BaogaoMatcher's class table: the
 * block of 64 code points a character is in (its top ten bits) gives
 * where that block's bytes start; the blocks that hold no character of
 * the lists share one block of zeros. A map of a few hundred characters
 * takes a few kilobytes, and its lookup one more load.
 *
 * A character is given as the little-endian word of its bytes
 * (read_le24 () or a wider load: the bytes after the third are ignored),
 * which must be those of a three-byte character. Fill a map once per
 * process (char_map_init (), then char_map_slot () for each character)
 * before the scans read it; it is never freed.
 */

#pragma once

#include <string.h>

#include <glib.h>

#define CHAR_MAP_BLOCK  64
#define CHAR_MAP_BLOCKS 1024

typedef struct
{
  guint32  blocks[CHAR_MAP_BLOCKS];  /* where each block's bytes start in
                                      * bytes; 0: the zero block */
  guint8  *bytes;                    /* NULL until char_map_init () */
  guint32  n_bytes;
} CharMap;

/* The block of the three-byte character whose bytes are the low three of
 * @word: the four payload bits of its first byte and the six of its
 * second, put side by side by one multiplication (the two other products
 * fall below the top ten bits or off the 32). */
static inline guint32
char_map_block (guint32 word)
{
  return ((word & 0x3f0fu) * 0x10004000u) >> 22;
}

/* The byte of the character of @word; 0 if it was never set. */
static inline guint8
char_map_get (const CharMap *map,
              guint32        word)
{
  return map->bytes[map->blocks[char_map_block (word)] + (word >> 16 & 0x3f)];
}

/* Makes the map readable before any character is set. */
static inline void
char_map_init (CharMap *map)
{
  if (map->bytes == NULL)
    {
      map->bytes = g_malloc0 (CHAR_MAP_BLOCK);
      map->n_bytes = CHAR_MAP_BLOCK;
    }
}

/* Where the byte of the character of @word is kept, its block made if
 * it had none. */
static inline guint8 *
char_map_slot (CharMap *map,
               guint32  word)
{
  guint32 block = char_map_block (word);

  char_map_init (map);
  if (map->blocks[block] == 0)
    {
      map->bytes = g_realloc (map->bytes, map->n_bytes + CHAR_MAP_BLOCK);
      memset (map->bytes + map->n_bytes, 0, CHAR_MAP_BLOCK);
      map->blocks[block] = map->n_bytes;
      map->n_bytes += CHAR_MAP_BLOCK;
    }

  return &map->bytes[map->blocks[block] + (word >> 16 & 0x3f)];
}

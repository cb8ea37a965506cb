/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

#pragma once

#include <glib.h>
#include <string.h>

G_BEGIN_DECLS

static inline guint64
text_hash_mix (guint64 h,
               guint64 word)
{
  h = (h ^ word) * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15);
  return (h << 31) | (h >> 33);
}

/* A hash of every byte of @len bytes at @s, eight at a time (multiply,
 * rotate), for the analyzers' sets of names and subjects, which often
 * differ only in the middle (《…A…条例》, 《…B…条例》). A text whose length
 * is not a multiple of eight ends with its last eight bytes, which overlap
 * the word before: the same for the same text. @seed tells apart keys
 * that share their text (say, of another kind). */
static inline guint
text_hash (const char *s,
           gsize       len,
           guint       seed)
{
  guint64 h = (guint64) seed << 32 | len, word;
  gsize i;

  for (i = 0; i + 8 <= len; i += 8)
    {
      memcpy (&word, s + i, 8);
      h = text_hash_mix (h, word);
    }
  if (i < len && len >= 8)
    {
      memcpy (&word, s + len - 8, 8);
      h = text_hash_mix (h, word);
    }
  else if (i < len)
    {
      for (word = 0; i < len; i++)
        word = word << 8 | (guchar) s[i];
      h = text_hash_mix (h, word);
    }
  return (guint) (h ^ (h >> 32));
}

G_END_DECLS

/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

#pragma once

#include <glib.h>
#include <string.h>

G_BEGIN_DECLS

/* Words of the text, for the domain analyzers' scans: whether one is at a
 * place, whether one ends there, and a hash for their sets of names. The
 * text is UTF-8; the words are literals, NUL-terminated. */

/* Whether @word is at @p in @text, not running past @end. The first
 * three bytes rule out most places before the word is measured (the first
 * alone does not: most Chinese characters start with E4…E9). */
static inline gboolean
text_word_at (const char *text,
              gsize       p,
              gsize       end,
              const char *word)
{
  gsize n;

  if (p >= end || text[p] != word[0])
    return FALSE;
  if (word[1] != '\0' && (p + 1 >= end || text[p + 1] != word[1]))
    return FALSE;
  if (word[1] != '\0' && word[2] != '\0' && (p + 2 >= end || text[p + 2] != word[2]))
    return FALSE;
  n = strlen (word);
  return p + n <= end && memcmp (text + p, word, n) == 0;
}

/* Whether [@p, @end) of @text is @word, no more and no less. */
static inline gboolean
text_is_word (const char *text,
              gsize       p,
              gsize       end,
              const char *word)
{
  return end >= p && end - p == strlen (word) && memcmp (text + p, word, end - p) == 0;
}

/* Whether [@start, @p) of @text ends with @word. Its last two bytes are
 * compared before the word is measured. */
static inline gboolean
text_word_ends_at (const char *text,
                   gsize       start,
                   gsize       p,
                   const char *word)
{
  gsize n;

  if (p <= start)
    return FALSE;
  n = strlen (word);
  return p >= start + n && text[p - 1] == word[n - 1] && (n < 2 || text[p - 2] == word[n - 2]) &&
         memcmp (text + p - n, word, n) == 0;
}

/* The length of the first of the @n_words @words that is at @p in @text,
 * not running past @end; 0 when none is. */
static inline gsize
text_any_word_at (const char         *text,
                  gsize               p,
                  gsize               end,
                  const char * const *words,
                  gsize               n_words)
{
  for (gsize i = 0; i < n_words; i++)
    if (text_word_at (text, p, end, words[i]))
      return strlen (words[i]);
  return 0;
}

/* The length of the first of the @n_words @words that [@start, @p) of
 * @text ends with; 0 when it ends with none. */
static inline gsize
text_any_word_ends_at (const char         *text,
                       gsize               start,
                       gsize               p,
                       const char * const *words,
                       gsize               n_words)
{
  for (gsize i = 0; i < n_words; i++)
    if (text_word_ends_at (text, start, p, words[i]))
      return strlen (words[i]);
  return 0;
}

/* Where @word first occurs in [@from, @to) of @text, or G_MAXSIZE (an
 * empty @word at @from): its last byte found with memchr(), the rest
 * compared there. The last byte, not the first: a Chinese word's first
 * byte is a lead byte (E4…E9) that starts most characters of the text,
 * its last byte one of 64 (g_strstr_len() compares at every byte). */
static inline gsize
text_find (const char *text,
           gsize       from,
           gsize       to,
           const char *word)
{
  gsize n = strlen (word);

  if (n == 0 || to < from + n)
    return n == 0 ? from : G_MAXSIZE;
  for (gsize q = from + n - 1; q < to;)
    {
      const char *at = memchr (text + q, word[n - 1], to - q);

      if (at == NULL)
        return G_MAXSIZE;
      if (memcmp (at + 1 - n, word, n) == 0)
        return (gsize) (at + 1 - n - text);
      q = (gsize) (at - text) + 1;
    }
  return G_MAXSIZE;
}

/* Whether @word occurs in [@from, @to) of @text (see text_find ()) */
static inline gboolean
text_contains (const char *text,
               gsize       from,
               gsize       to,
               const char *word)
{
  return text_find (text, from, to, word) != G_MAXSIZE;
}

/* Whether any of the @n_words @words occurs in [@from, @to) of @text */
static inline gboolean
text_contains_any (const char         *text,
                   gsize               from,
                   gsize               to,
                   const char * const *words,
                   gsize               n_words)
{
  for (gsize i = 0; i < n_words; i++)
    if (text_contains (text, from, to, words[i]))
      return TRUE;
  return FALSE;
}

/* Does the ASCII '.' at @p end a sentence? Text copied from web pages
 * may have ASCII punctuation throughout: a '.' after Chinese text or a
 * closing bracket (…条例., …(共5项).) is its 。, while one in a number
 * (1.5万, 98.6%), a list label (2.) or a web address is not
 * punctuation. */
static inline gboolean
text_dot_ends_sentence (const char *text,
                        gsize       p)
{
  const guchar *c = (const guchar *) text + p;

  if (p >= 1 && c[-1] == ')')
    return TRUE;
  if (p < 3 || (c[-3] & 0xF0) != 0xE0)
    return FALSE;
  /* a CJK ideograph (lead bytes E4…E9), or ） ” 》 」 */
  return (c[-3] >= 0xE4 && c[-3] <= 0xE9) || memcmp (c - 3, "\uFF09", 3) == 0 ||
         memcmp (c - 3, "\u201D", 3) == 0 || memcmp (c - 3, "\u300B", 3) == 0 ||
         memcmp (c - 3, "\u300D", 3) == 0;
}

/* Walks that reach a number of bytes from a character stop at limits
 * that may fall inside one; these move such a limit onto a character
 * boundary, towards where the walk started.
 *
 * The first boundary at or after @p, and before @limit, itself one. */
static inline gsize
text_boundary_after (const char *text,
                     gsize       p,
                     gsize       limit)
{
  while (p < limit && ((guchar) text[p] & 0xC0) == 0x80)
    p++;
  return p;
}

/* The last boundary at or before @p, and after @floor, itself one, in a
 * text of @size bytes (@size is a boundary too). */
static inline gsize
text_boundary_before (const char *text,
                      gsize       p,
                      gsize       floor,
                      gsize       size)
{
  while (p > floor && p < size && ((guchar) text[p] & 0xC0) == 0x80)
    p--;
  return p;
}

/* The start of the character that ends at @p, not going below @lower
 * (@lower itself when @p is at or below it). Most characters of a report
 * take three bytes, so those are tested first. */
static inline gsize
text_prev_char (const char *text,
                gsize       lower,
                gsize       p)
{
  if (p <= lower)
    return lower;
  if (p - lower >= 3 && ((guchar) text[p - 3] & 0xF0) == 0xE0)
    return p - 3;
  p--;
  while (p > lower && ((guchar) text[p] & 0xC0) == 0x80)
    p--;
  return p;
}

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

#ifdef __SSE2__
#include <emmintrin.h>

/* The bytes of the 16 at @p that may start a clause delimiter, as a bit
 * mask: those below 0x40 (the ASCII delimiters, but also digits and
 * spaces, rare in report text) and the lead bytes 0xE3 (。、) and 0xEF
 * (，；：！？). Each caller confirms a candidate with its own delimiter
 * set, and keeps a plain C path for where SSE2 is not. */
static inline guint
text_delimiter_candidates16 (const guchar *p)
{
  __m128i v = _mm_loadu_si128 ((const __m128i *) (gconstpointer) p);
  __m128i low = _mm_cmpeq_epi8 (_mm_min_epu8 (v, _mm_set1_epi8 (0x3F)), v);
  __m128i e3 = _mm_cmpeq_epi8 (v, _mm_set1_epi8 ((char) 0xE3));
  __m128i ef = _mm_cmpeq_epi8 (v, _mm_set1_epi8 ((char) 0xEF));

  return (guint) _mm_movemask_epi8 (_mm_or_si128 (low, _mm_or_si128 (e3, ef)));
}
#endif

G_END_DECLS

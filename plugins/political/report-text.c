/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/* Clause bounds and word search over UTF-8 report text. A clause ends at
 * ，；。：！？ (and their half-width forms) and at line ends, not at 、,
 * which separates the items of one list. */

#include "report-text.h"

#include <string.h>

static gboolean
is_delimiter_char (const guchar *c,
                   gsize         avail,
                   guint        *len)
{
  if (avail == 0)
    return FALSE;
  switch (c[0])
    {
    case ',': case ';': case ':': case '!': case '?': case '\n':
      *len = 1;
      return TRUE;
    default:
      break;
    }
  if (avail >= 3)
    {
      /* ，；：！？ (U+FF0C, FF1B, FF1A, FF01, FF1F) and 。 (U+3002) */
      if (c[0] == 0xEF && c[1] == 0xBC &&
          (c[2] == 0x8C || c[2] == 0x9B || c[2] == 0x9A || c[2] == 0x81 || c[2] == 0x9F))
        {
          *len = 3;
          return TRUE;
        }
      if (c[0] == 0xE3 && c[1] == 0x80 && c[2] == 0x82)
        {
          *len = 3;
          return TRUE;
        }
    }
  return FALSE;
}

/* Returns the length of the clause delimiter starting at @p, or 0. */
guint
report_text_delimiter_at (const char *text,
                          gsize       p,
                          gsize       end)
{
  guint len = 0;

  if (p >= end)
    return 0;
  if (is_delimiter_char ((const guchar *) text + p, end - p, &len))
    return len;
  return 0;
}

/* Returns the length of the clause delimiter ending just before @p, or 0. */
guint
report_text_delimiter_before (const char *text,
                              gsize       lower,
                              gsize       p)
{
  const guchar *t = (const guchar *) text;
  guint len = 0;

  if (p <= lower)
    return 0;
  if (is_delimiter_char (t + p - 1, 1, &len) && len == 1)
    return 1;
  if (p - lower >= 3 && is_delimiter_char (t + p - 3, 3, &len) && len == 3)
    return 3;
  return 0;
}

/* The clause around [start, end): back to the previous delimiter and on to
 * the next one, at most REPORT_TEXT_CLAUSE_MAX bytes either way, with
 * surrounding white space left out. */
void
report_text_clause_bounds (const char *text,
                           gsize       size,
                           gsize       start,
                           gsize       end,
                           gsize      *clause_start,
                           gsize      *clause_end)
{
  gsize lower = start > REPORT_TEXT_CLAUSE_MAX ? start - REPORT_TEXT_CLAUSE_MAX : 0;
  gsize upper = MIN (size, end + REPORT_TEXT_CLAUSE_MAX);
  gsize s = start, e = end;

  while (s > lower && report_text_delimiter_before (text, lower, s) == 0)
    {
      s--;
      while (s > lower && ((guchar) text[s] & 0xC0) == 0x80)
        s--;
    }
  while (e < upper && report_text_delimiter_at (text, e, upper) == 0)
    {
      e++;
      while (e < upper && ((guchar) text[e] & 0xC0) == 0x80)
        e++;
    }

  /* white space, ASCII and U+3000 */
  for (;;)
    {
      if (s < e && g_ascii_isspace (text[s]))
        s++;
      else if (s + 3 <= e && memcmp (text + s, "\xe3\x80\x80", 3) == 0)
        s += 3;
      else
        break;
    }
  for (;;)
    {
      if (e > s && g_ascii_isspace (text[e - 1]))
        e--;
      else if (e >= s + 3 && memcmp (text + e - 3, "\xe3\x80\x80", 3) == 0)
        e -= 3;
      else
        break;
    }

  *clause_start = s;
  *clause_end = e;
}

static gboolean
is_numeral_at (const char *text,
               gsize       p,
               gsize       end)
{
  static const char *numerals[] = { "一", "二", "三", "四", "五", "六", "七", "八", "九", "十" };

  if (p + 3 > end)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (numerals); i++)
    if (memcmp (text + p, numerals[i], 3) == 0)
      return TRUE;
  return FALSE;
}

/* Skips an item marker at the head of a clause: 一是, 二要, (一), （二）,
 * 1. or 第三. Returns the new start. */
gsize
report_text_skip_enumerator (const char *text,
                             gsize       start,
                             gsize       end)
{
  gsize p = start;
  gsize q;

  /* (一) （一） */
  if (p < end && (text[p] == '(' || (p + 3 <= end && memcmp (text + p, "（", 3) == 0)))
    {
      q = p + (text[p] == '(' ? 1 : 3);
      while (q < end && (is_numeral_at (text, q, end) || g_ascii_isdigit (text[q])))
        q += g_ascii_isdigit (text[q]) ? 1 : 3;
      if (q > p + 1 && q < end && text[q] == ')')
        return q + 1;
      if (q > p + 1 && q + 3 <= end && memcmp (text + q, "）", 3) == 0)
        return q + 3;
      return start;
    }

  /* 一是 二要 */
  q = p;
  while (is_numeral_at (text, q, end))
    q += 3;
  if (q > p && q + 3 <= end &&
      (memcmp (text + q, "是", 3) == 0 || memcmp (text + q, "要", 3) == 0))
    return q + 3;

  /* 1. 2、 */
  q = p;
  while (q < end && g_ascii_isdigit (text[q]))
    q++;
  if (q > p && q < end && text[q] == '.')
    return q + 1;
  if (q > p && q + 3 <= end && memcmp (text + q, "、", 3) == 0)
    return q + 3;

  return start;
}

/* The first occurrence of @word in [start, end), or NULL. */
const char *
report_text_find (const char *text,
                  gsize       start,
                  gsize       end,
                  const char *word)
{
  gsize len = strlen (word);
  const char *p = text + start;
  const char *last;

  if (len == 0 || end <= start || end - start < len)
    return NULL;
  last = text + end - len;
  while (p <= last)
    {
      p = memchr (p, word[0], last - p + 1);
      if (p == NULL)
        return NULL;
      if (memcmp (p, word, len) == 0)
        return p;
      p++;
    }
  return NULL;
}

/* The earliest occurrence of any of @words (NULL-terminated) in
 * [start, end), the longest one at that position; its length in
 * @word_len. */
const char *
report_text_find_any (const char         *text,
                      gsize               start,
                      gsize               end,
                      const char * const *words,
                      gsize              *word_len)
{
  const char *best = NULL;
  gsize best_len = 0;

  for (guint i = 0; words[i] != NULL; i++)
    {
      const char *hit = report_text_find (text, start, end, words[i]);
      gsize len = strlen (words[i]);

      if (hit != NULL && (best == NULL || hit < best || (hit == best && len > best_len)))
        {
          best = hit;
          best_len = len;
        }
    }
  if (word_len != NULL)
    *word_len = best_len;
  return best;
}

/* Does [start, end) end with one of @words? */
gboolean
report_text_ends_with_any (const char         *text,
                           gsize               start,
                           gsize               end,
                           const char * const *words,
                           gsize              *word_len)
{
  for (guint i = 0; words[i] != NULL; i++)
    {
      gsize len = strlen (words[i]);

      if (end - start >= len && memcmp (text + end - len, words[i], len) == 0)
        {
          if (word_len != NULL)
            *word_len = len;
          return TRUE;
        }
    }
  return FALSE;
}

/* Moves the cursor forward to the spans that may cover [byte_start,
 * byte_end) and returns the innermost one that does, or NULL. Calls must
 * come in increasing @byte_start order. */
BaogaoAnnotation *
report_text_cursor_covering (ReportTextCursor *cursor,
                             gsize             byte_start,
                             gsize             byte_end)
{
  GPtrArray *spans = cursor->spans;
  BaogaoAnnotation *found = NULL;

  if (spans == NULL)
    return NULL;
  while (cursor->index < spans->len &&
         baogao_annotation_get_byte_end (g_ptr_array_index (spans, cursor->index)) <= byte_start)
    cursor->index++;
  for (guint i = cursor->index; i < spans->len; i++)
    {
      BaogaoAnnotation *a = g_ptr_array_index (spans, i);

      if (baogao_annotation_get_byte_start (a) > byte_start)
        break;
      if (baogao_annotation_get_byte_end (a) >= byte_end)
        found = a;
    }
  return found;
}

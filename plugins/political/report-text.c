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

/* report_text_delimiter_at () and _before (), inlined in the clause walks
 * below. */
static inline guint
delimiter_at (const char *text,
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

static inline guint
delimiter_before (const char *text,
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

/* Returns the length of the clause delimiter starting at @p, or 0. */
guint
report_text_delimiter_at (const char *text,
                          gsize       p,
                          gsize       end)
{
  return delimiter_at (text, p, end);
}

/* Returns the length of the clause delimiter ending just before @p, or 0. */
guint
report_text_delimiter_before (const char *text,
                              gsize       lower,
                              gsize       p)
{
  return delimiter_before (text, lower, p);
}

/* Bytes that may end a clause delimiter (the ASCII ones, the last bytes of
 * ，；：！？ and 。) and bytes that may start one (the ASCII ones, the lead
 * bytes of the others): clause_bounds () only looks closer at those. */
enum {
  MAY_END_DELIMITER = 1 << 0,
  MAY_START_DELIMITER = 1 << 1,
};

static const guint8 delimiter_bytes[256] = {
  [','] = MAY_END_DELIMITER | MAY_START_DELIMITER,
  [';'] = MAY_END_DELIMITER | MAY_START_DELIMITER,
  [':'] = MAY_END_DELIMITER | MAY_START_DELIMITER,
  ['!'] = MAY_END_DELIMITER | MAY_START_DELIMITER,
  ['?'] = MAY_END_DELIMITER | MAY_START_DELIMITER,
  ['\n'] = MAY_END_DELIMITER | MAY_START_DELIMITER,
  [0x8C] = MAY_END_DELIMITER, [0x9B] = MAY_END_DELIMITER, [0x9A] = MAY_END_DELIMITER,
  [0x81] = MAY_END_DELIMITER, [0x9F] = MAY_END_DELIMITER, [0x82] = MAY_END_DELIMITER,
  [0xEF] = MAY_START_DELIMITER, [0xE3] = MAY_START_DELIMITER,
};

/* The clause around [start, end): back to the previous delimiter and on to
 * the next one, at most REPORT_TEXT_CLAUSE_MAX bytes either way, with
 * surrounding white space left out.
 *
 * The bounds are the first character boundaries (bytes that are not
 * continuation bytes, and the limits) where a delimiter ends, going back,
 * or starts, going on. Every byte is looked at, through delimiter_bytes,
 * rather than every character decoded. */
void
report_text_clause_bounds (const char *text,
                           gsize       size,
                           gsize       start,
                           gsize       end,
                           gsize      *clause_start,
                           gsize      *clause_end)
{
  const guchar *t = (const guchar *) text;
  gsize lower = start > REPORT_TEXT_CLAUSE_MAX ? start - REPORT_TEXT_CLAUSE_MAX : 0;
  gsize upper = MIN (size, end + REPORT_TEXT_CLAUSE_MAX);
  gsize s = start, e = end;

  /* The walks may stop at their limits, with no delimiter before: the
   * limits are moved onto character boundaries, inside them (@start and
   * @end are boundaries) */
  while (lower < start && (t[lower] & 0xC0) == 0x80)
    lower++;
  while (upper > end && upper < size && (t[upper] & 0xC0) == 0x80)
    upper--;

  /* @start is where the walk back starts, whatever byte it is. Most
   * characters are CJK ideographs (lead bytes E4…E9, three bytes), which
   * no delimiter is: the walks step over them whole (the text is valid
   * UTF-8, so such a lead byte starts a whole character). */
  if (s > lower && delimiter_before (text, lower, s) == 0)
    {
      s--;
      while (s > lower)
        {
          if (s - lower >= 3 && t[s - 3] >= 0xE4 && t[s - 3] <= 0xE9)
            {
              s -= 3;
              continue;
            }
          if ((delimiter_bytes[t[s - 1]] & MAY_END_DELIMITER) &&
              (t[s] & 0xC0) != 0x80 &&
              delimiter_before (text, lower, s) != 0)
            break;
          s--;
        }
    }
  if (e < upper && delimiter_at (text, e, upper) == 0)
    {
      e++;
      while (e < upper)
        {
          if (t[e] >= 0xE4 && t[e] <= 0xE9)
            {
              e += 3;
              continue;
            }
          if ((delimiter_bytes[t[e]] & MAY_START_DELIMITER) &&
              (t[e] & 0xC0) != 0x80 &&
              delimiter_at (text, e, upper) != 0)
            break;
          e++;
        }
      e = MIN (e, upper);
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

/* Is there one of 一 … 十 at @p? */
static gboolean
is_numeral_at (const char *text,
               gsize       p,
               gsize       end)
{
  const guchar *t = (const guchar *) text + p;
  gunichar c;

  if (p + 3 > end || (t[0] & 0xF0) != 0xE0 || (t[1] & 0xC0) != 0x80 || (t[2] & 0xC0) != 0x80)
    return FALSE;
  c = (t[0] & 0x0F) << 12 | (t[1] & 0x3F) << 6 | (t[2] & 0x3F);
  switch (c)
    {
    case 0x4E00: case 0x4E8C: case 0x4E09: case 0x56DB: case 0x4E94:   /* 一二三四五 */
    case 0x516D: case 0x4E03: case 0x516B: case 0x4E5D: case 0x5341:   /* 六七八九十 */
      return TRUE;
    default:
      return FALSE;
    }
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

/* The first occurrence of the @len bytes of @word in [start, end), or
 * NULL.
 *
 * Candidates are found by @word's third byte (or its last, if shorter):
 * in Chinese text every third byte is one of a few lead bytes (E4–E9),
 * while a given continuation byte is rare, so memchr () stops far less
 * often. */
static const char *
find_len (const char *text,
          gsize       start,
          gsize       end,
          const char *word,
          gsize       len)
{
  const char *p, *last;
  gsize k;

  if (len == 0 || end <= start || end - start < len)
    return NULL;
  k = MIN (len, 3) - 1;
  p = text + start + k;
  last = text + end - len + k;
  while (p <= last)
    {
      p = memchr (p, word[k], last - p + 1);
      if (p == NULL)
        return NULL;
      if (memcmp (p - k, word, len) == 0)
        return p - k;
      p++;
    }
  return NULL;
}

/* The first occurrence of @word in [start, end), or NULL. */
const char *
report_text_find (const char *text,
                  gsize       start,
                  gsize       end,
                  const char *word)
{
  return find_len (text, start, end, word, strlen (word));
}

/* Builds the tables of @words, once. */
static inline void
words_ensure (ReportTextWords *words)
{
  if (g_once_init_enter (&words->once))
    {
      for (guint n = 0; words->words[n] != NULL; n++)
        {
          const char *word = words->words[n];
          gsize len = strlen (word);

          /* Word sets are constant: a set too large or a word too short
           * is a programming error, and must not become a write past the
           * tables even with assertions off. */
          if (G_UNLIKELY (n >= G_N_ELEMENTS (words->lengths) || len < 2))
            g_error ("report-text: word set too large or word “%s” too short", word);
          words->lengths[n] = len;
          words->second_bytes[(guchar) word[1]] |= G_GUINT64_CONSTANT (1) << n;
          words->last_bytes[(guchar) word[len - 1]] |= G_GUINT64_CONSTANT (1) << n;
        }
      g_once_init_leave (&words->once, 1);
    }
}

/* The earliest occurrence of any of @words in [start, end), the longest
 * one at that position; its length in @word_len.
 *
 * Words start with a character, so only the characters of the stretch are
 * tried (the text is valid UTF-8), and at each only the words whose second
 * byte is the one there: in Chinese text the first byte of most characters
 * is one of a few (E4–E9), while a given second byte is rare. */
const char *
report_text_find_any (ReportTextWords *words,
                      const char      *text,
                      gsize            start,
                      gsize            end,
                      gsize           *word_len)
{
  const guchar *t = (const guchar *) text;

  words_ensure (words);
  for (gsize p = start; p + 1 < end; p += g_utf8_skip[t[p]])
    {
      guint64 candidates = words->second_bytes[t[p + 1]];
      gsize best_len = 0;

      for (guint i = 0; candidates != 0; i++, candidates >>= 1)
        {
          const char *word = words->words[i];
          gsize len = words->lengths[i];

          if ((candidates & 1) && t[p] == (guchar) word[0] && len > best_len &&
              len <= end - p && memcmp (text + p, word, len) == 0)
            best_len = len;
        }
      if (best_len > 0)
        {
          if (word_len != NULL)
            *word_len = best_len;
          return text + p;
        }
    }
  if (word_len != NULL)
    *word_len = 0;
  return NULL;
}

/* The first of @words, in their order, that occurs in [start, end), or
 * NULL: one pass over the stretch, noting every word found (see
 * report_text_find_any ()). */
const char *
report_text_find_first_of (ReportTextWords *words,
                           const char      *text,
                           gsize            start,
                           gsize            end)
{
  const guchar *t = (const guchar *) text;
  guint64 found = 0;

  words_ensure (words);
  for (gsize p = start; p + 1 < end; p += g_utf8_skip[t[p]])
    {
      guint64 candidates = words->second_bytes[t[p + 1]] & ~found;

      for (guint i = 0; candidates != 0; i++, candidates >>= 1)
        {
          const char *word = words->words[i];
          gsize len = words->lengths[i];

          if ((candidates & 1) && t[p] == (guchar) word[0] && len <= end - p &&
              memcmp (text + p, word, len) == 0)
            found |= G_GUINT64_CONSTANT (1) << i;
        }
    }
  for (guint i = 0; found != 0; i++, found >>= 1)
    if (found & 1)
      return words->words[i];
  return NULL;
}

/* The occurrence of any of @words in [start, end) that ends last, the
 * longest one of those; its length in @word_len. Looks back from @end,
 * so it is cheap when there is one near @end. */
const char *
report_text_find_last_any (ReportTextWords *words,
                           const char      *text,
                           gsize            start,
                           gsize            end,
                           gsize           *word_len)
{
  const guchar *t = (const guchar *) text;

  words_ensure (words);
  for (gsize e = end; e > start; e--)
    {
      guint64 candidates = words->last_bytes[t[e - 1]];
      gsize best_len = 0;

      for (guint i = 0; candidates != 0; i++, candidates >>= 1)
        {
          gsize len = words->lengths[i];

          if ((candidates & 1) && len > best_len && len <= e - start &&
              memcmp (text + e - len, words->words[i], len) == 0)
            best_len = len;
        }
      if (best_len > 0)
        {
          if (word_len != NULL)
            *word_len = best_len;
          return text + e - best_len;
        }
    }
  if (word_len != NULL)
    *word_len = 0;
  return NULL;
}

/* Does [start, end) start with one of @words (none of them empty)? */
gboolean
report_text_starts_with_any (const char         *text,
                             gsize               start,
                             gsize               end,
                             const char * const *words)
{
  for (guint i = 0; words[i] != NULL; i++)
    if (report_text_word_at (text, start, end, words[i]) > 0)
      return TRUE;
  return FALSE;
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

/* Reads the bounds of every span, once: the cursor is asked for every
 * match. */
static G_NO_INLINE const gsize *
cursor_read_bounds (ReportTextCursor *cursor)
{
  GPtrArray *spans = cursor->spans;

  cursor->bounds = g_new (gsize, 2 * spans->len + 1);
  for (guint i = 0; i < spans->len; i++)
    {
      BaogaoAnnotation *a = g_ptr_array_index (spans, i);

      cursor->bounds[2 * i] = baogao_annotation_get_byte_start (a);
      cursor->bounds[2 * i + 1] = baogao_annotation_get_byte_end (a);
    }
  return cursor->bounds;
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
  const gsize *bounds;
  BaogaoAnnotation *found = NULL;

  if (spans == NULL)
    return NULL;
  bounds = cursor->bounds != NULL ? cursor->bounds : cursor_read_bounds (cursor);

  while (cursor->index < spans->len && bounds[2 * cursor->index + 1] <= byte_start)
    cursor->index++;
  for (guint i = cursor->index; i < spans->len; i++)
    {
      if (bounds[2 * i] > byte_start)
        break;
      if (bounds[2 * i + 1] >= byte_end)
        found = g_ptr_array_index (spans, i);
    }
  return found;
}

/* Frees what the cursor cached; the spans are not its own. */
void
report_text_cursor_clear (ReportTextCursor *cursor)
{
  g_clear_pointer (&cursor->bounds, g_free);
}

/* The `topic` of the innermost span that covers [byte_start, byte_end),
 * as report_text_cursor_covering () finds it, or NULL if there is none
 * or it has no topic. The topic is looked up once per span. */
const char *
report_text_cursor_topic (ReportTextCursor *cursor,
                          gsize             byte_start,
                          gsize             byte_end)
{
  BaogaoAnnotation *span = report_text_cursor_covering (cursor, byte_start, byte_end);

  if (span == NULL)
    return NULL;
  if (span != cursor->topic_span)
    {
      cursor->topic_span = span;
      cursor->topic = baogao_annotation_get_string (span, "topic");
    }
  return cursor->topic;
}

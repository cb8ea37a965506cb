/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/* Clause bounds and word search over UTF-8 report text. A clause ends at
 * ，；。：！？ (and their half-width forms) and at line ends, not at 、,
 * which separates the items of one list. */

#include "report-text.h"
#include "text-words.h"

#include <string.h>

#if defined(__SSE2__) && !defined(REPORT_TEXT_SCALAR_ONLY)
#include <emmintrin.h>
#endif

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

/* The walks of report_text_clause_bounds (), before white space is left
 * out: back from @start to where a delimiter ends, and on from @end to
 * where one starts, REPORT_TEXT_CLAUSE_MAX bytes at most.
 *
 * The text is valid UTF-8: a delimiter is whole characters, so it starts
 * on a character boundary and ends on one, and the bytes that start one
 * (ASCII, or the lead bytes 0xE3 and 0xEF) start a character wherever
 * they are. So the walks look only at those bytes, in any order, 16 at a
 * time where SSE2 is there. Delimiters do not overlap: going back, the
 * one that starts last is the one that ends last. */
static inline gsize
walk_back (const char *text,
           gsize       start)
{
  const guchar *t = (const guchar *) text;
  gsize lower = start > REPORT_TEXT_CLAUSE_MAX ? start - REPORT_TEXT_CLAUSE_MAX : 0;
  gsize q = start;
  guint len;

  /* The walk may stop at its limit, with no delimiter before: the limit
   * is moved onto a character boundary, inside it (@start is one) */
  lower = text_boundary_after (text, lower, start);

  /* the last delimiter that starts at or after @lower and ends by
   * @start: the walk stops at its end */
#if defined(__SSE2__) && !defined(REPORT_TEXT_SCALAR_ONLY)
  for (; q > lower && q >= 16; q -= 16)
    {
      guint mask = text_delimiter_candidates16 (t + q - 16);

      /* the last block may start before @lower */
      if (q - lower < 16)
        mask &= ~((1u << (16 - (q - lower))) - 1);
      while (mask != 0)
        {
          guint i = 31 - (guint) __builtin_clz (mask);
          gsize c = q - 16 + i;

          if (is_delimiter_char (t + c, start - c, &len))
            return c + len;
          mask &= ~(1u << i);
        }
    }
  if (q <= lower)
    return lower;
#endif
  while (q > lower)
    {
      q--;
      if (((delimiter_bytes[t[q]] & MAY_START_DELIMITER) != 0) &&
          is_delimiter_char (t + q, start - q, &len))
        return q + len;
    }
  return lower;
}

static inline gsize
walk_on (const char *text,
         gsize       size,
         gsize       end)
{
  const guchar *t = (const guchar *) text;
  gsize upper = MIN (size, end + REPORT_TEXT_CLAUSE_MAX);
  gsize e = end;
  guint len;

  /* (the limit onto a character boundary, inside it) */
  upper = text_boundary_before (text, upper, end, size);

  /* the first delimiter that starts at or after @end and ends by
   * @upper: the walk stops at its start */
#if defined(__SSE2__) && !defined(REPORT_TEXT_SCALAR_ONLY)
  for (; e + 16 <= upper; e += 16)
    {
      guint mask = text_delimiter_candidates16 (t + e);

      for (; mask != 0; mask &= mask - 1)
        {
          gsize c = e + (guint) __builtin_ctz (mask);

          if (is_delimiter_char (t + c, upper - c, &len))
            return c;
        }
    }
#endif
  for (; e < upper; e++)
    if (((delimiter_bytes[t[e]] & MAY_START_DELIMITER) != 0) &&
        is_delimiter_char (t + e, upper - e, &len))
      return e;
  return MAX (upper, end);
}

/* White space, ASCII and U+3000, left out at the start of [s, e) and at
 * its end */
static inline gsize
trim_start (const char *text,
            gsize       s,
            gsize       e)
{
  for (;;)
    {
      if (s < e && g_ascii_isspace (text[s]))
        s++;
      else if (s + 3 <= e && memcmp (text + s, "\xe3\x80\x80", 3) == 0)
        s += 3;
      else
        return s;
    }
}

static inline gsize
trim_end (const char *text,
          gsize       s,
          gsize       e)
{
  for (;;)
    {
      if (e > s && g_ascii_isspace (text[e - 1]))
        e--;
      else if (e >= s + 3 && memcmp (text + e - 3, "\xe3\x80\x80", 3) == 0)
        e -= 3;
      else
        return e;
    }
}

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
  gsize e = walk_on (text, size, end);
  gsize s = trim_start (text, walk_back (text, start), e);

  e = trim_end (text, s, e);

  *clause_start = s;
  *clause_end = e;
}

/* The bounds of report_text_clause_bounds () one at a time, for callers
 * that may not need both, when [start, end) starts and ends with other
 * than white space (a cue): then the trimming of either side stops before
 * reaching it, and each bound depends on its own walk only. */
gsize
report_text_clause_start (const char *text,
                          gsize       start,
                          gsize       end)
{
  return trim_start (text, walk_back (text, start), end);
}

gsize
report_text_clause_end (const char *text,
                        gsize       size,
                        gsize       start,
                        gsize       end)
{
  return trim_end (text, start, walk_on (text, size, end));
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

/* report_text_cursor_covering (), whatever the case; the index of the
 * span found in @found_index. */
static BaogaoAnnotation *
cursor_find (ReportTextCursor *cursor,
             gsize             byte_start,
             gsize             byte_end,
             guint            *found_index)
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
        {
          found = g_ptr_array_index (spans, i);
          *found_index = i;
        }
    }
  return found;
}

BaogaoAnnotation *
report_text_cursor_find (ReportTextCursor *cursor,
                         gsize             byte_start,
                         gsize             byte_end)
{
  guint index;

  return cursor_find (cursor, byte_start, byte_end, &index);
}

/* Frees what the cursor cached; the spans are not its own. */
void
report_text_cursor_clear (ReportTextCursor *cursor)
{
  g_clear_pointer (&cursor->bounds, g_free);
}

/* report_text_cursor_topic (), whatever the case. The topic is looked up
 * once per span. */
const char *
report_text_cursor_find_topic (ReportTextCursor *cursor,
                               gsize             byte_start,
                               gsize             byte_end)
{
  guint index = 0;
  BaogaoAnnotation *span = cursor_find (cursor, byte_start, byte_end, &index);

  if (span == NULL)
    return NULL;
  if (span != cursor->topic_span)
    {
      cursor->topic_span = span;
      cursor->topic = baogao_annotation_get_string (span, "topic");
    }
  cursor->topic_index = index;
  return cursor->topic;
}

/* What report_text_scan () takes for granted of the cues of the matcher
 * it is given: none holds a clause delimiter. Checked once per cue by the
 * analyzers when they make their matcher, so that a cue added later that
 * breaks it stops the tests rather than skip text silently. */
void
report_text_check_cue (const char *analyzer,
                       const char *cue)
{
  gsize len = strlen (cue);

  for (gsize p = 0; p < len; p++)
    if (report_text_delimiter_at (cue, p, len) != 0)
      g_error ("%s: the cue “%s” holds a clause delimiter, which "
               "report_text_scan () does not allow", analyzer, cue);
}

/* Leaving out what cannot matter
 *
 * No cue holds a clause delimiter and no clause reaches over one
 * (report_text_clause_bounds () stops at the first it meets): the text
 * falls apart, after each delimiter, into stretches whose matches, clauses
 * and groups of matches are their own. A leftmost-longest scan started
 * where no match straddles finds what the whole scan finds from there on,
 * and one that stops after a delimiter misses nothing before it. So a
 * stretch between two such cuts whose groups cannot write anything may be
 * left out, and the scan of the rest gives the very matches, clauses and
 * groups of a whole scan, less the left-out ones.
 *
 * A cited match may be moved onto its citation (self_building): no cut is
 * taken inside a citation or right after one that holds the delimiter. */

typedef struct
{
  const char *text;
  GPtrArray  *citations;
  gboolean    ready;            /* the fields below are set */
  gboolean    unsorted;         /* citations out of order: no cut at all */
  guint       n_citations;
  gsize      *citation_starts;
  gsize      *citation_reach;   /* the furthest end of citations 0 … i */
} Cuts;

/* Reads the citations' bounds, once, when a zone needs cuts. */
static gboolean
cuts_ensure (Cuts *cuts)
{
  GPtrArray *citations = cuts->citations;
  gsize reach = 0;

  if (cuts->ready)
    return !cuts->unsorted;
  cuts->ready = TRUE;
  if (citations == NULL || citations->len == 0)
    return TRUE;
  cuts->n_citations = citations->len;
  cuts->citation_starts = g_new (gsize, 2 * citations->len);
  cuts->citation_reach = cuts->citation_starts + citations->len;
  for (guint i = 0; i < citations->len; i++)
    {
      BaogaoAnnotation *c = g_ptr_array_index (citations, i);

      cuts->citation_starts[i] = baogao_annotation_get_byte_start (c);
      reach = MAX (reach, baogao_annotation_get_byte_end (c));
      cuts->citation_reach[i] = reach;
      /* the search over them needs them in order */
      if (i > 0 && cuts->citation_starts[i] < cuts->citation_starts[i - 1])
        cuts->unsorted = TRUE;
    }
  return !cuts->unsorted;
}

/* Does a delimiter end at @c, outside any citation? */
static gboolean
is_cut (const Cuts *cuts,
        gsize       c)
{
  const guchar *t = (const guchar *) cuts->text;
  guint lo = 0, hi = cuts->n_citations;

  if (c == 0 || !(delimiter_bytes[t[c - 1]] & MAY_END_DELIMITER) ||
      delimiter_before (cuts->text, 0, c) == 0)
    return FALSE;
  /* the citations that start before @c end before its delimiter */
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (cuts->citation_starts[mid] < c)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo == 0 || cuts->citation_reach[lo - 1] + 3 <= c;
}

/* The first cut in [c, limit), or @limit. Steps over CJK ideographs whole
 * (see report_text_clause_bounds ()). */
static gsize
next_cut (const Cuts *cuts,
          gsize       c,
          gsize       limit)
{
  const guchar *t = (const guchar *) cuts->text;

  while (c < limit && !is_cut (cuts, c))
    c += (t[c] >= 0xE4 && t[c] <= 0xE9) ? 3 : 1;
  return MIN (c, limit);
}

/* The last cut in (floor, c], or @floor. */
static gsize
prev_cut (const Cuts *cuts,
          gsize       c,
          gsize       floor)
{
  const guchar *t = (const guchar *) cuts->text;

  while (c > floor && !is_cut (cuts, c))
    c -= (c - floor >= 3 && t[c - 3] >= 0xE4 && t[c - 3] <= 0xE9) ? 3 : 1;
  return MAX (c, floor);
}

/* The index of the lowest bit set in @bits (not 0) */
static inline guint
lowest_bit (guint64 bits)
{
#if defined(__GNUC__) || defined(__clang__)
  return (guint) __builtin_ctzll (bits);
#else
  guint i = 0;

  for (; (bits & 1) == 0; bits >>= 1)
    i++;
  return i;
#endif
}

/* Builds the tables of @anchors, once. */
static void
anchors_ensure (ReportTextAnchors *anchors)
{
  if (g_once_init_enter (&anchors->once))
    {
      for (guint i = 0; anchors->words[i] != NULL; i++)
        {
          const guchar *w = (const guchar *) anchors->words[i];
          guint k = 0;

          /* constant tables: a programming error, not to become a write
           * past them */
          if (G_UNLIKELY (i >= 64 || w[0] < 0xE0 || w[0] >= 0xF0 || w[1] == 0 || w[2] == 0))
            g_error ("report-text: too many anchors or “%s” not one", anchors->words[i]);
          while (k < anchors->n_chars && memcmp (anchors->chars[k], w, 3) != 0)
            k++;
          if (k == anchors->n_chars)
            {
              guint l = 0;

              if (G_UNLIKELY (k == G_N_ELEMENTS (anchors->chars)))
                g_error ("report-text: anchors of too many first characters");
              memcpy (anchors->chars[k], w, 3);
              anchors->by_last[w[2]] |= 1u << k;
              anchors->n_chars++;
              while (l < anchors->n_lasts && anchors->lasts[l] != w[2])
                l++;
              if (l == anchors->n_lasts)
                {
                  if (G_UNLIKELY (l == G_N_ELEMENTS (anchors->lasts)))
                    g_error ("report-text: anchors of too many last bytes");
                  anchors->lasts[anchors->n_lasts++] = w[2];
                }
            }
          anchors->char_words[k] |= G_GUINT64_CONSTANT (1) << i;
        }
      g_once_init_leave (&anchors->once, 1);
    }
}

/* Does one of the words of @anchors start at @p, by @end? */
static inline gboolean
is_anchor (const ReportTextAnchors *anchors,
           const char              *text,
           gsize                    p,
           gsize                    end)
{
  const guchar *t = (const guchar *) text + p;
  guint chars;

  /* most candidates are the last bytes' matches in second bytes: the
   * byte two before is no lead byte then */
  if (t[0] < 0xE0)
    return FALSE;
  for (chars = anchors->by_last[t[2]]; chars != 0; chars &= chars - 1)
    {
      guint k = lowest_bit (chars);
      const guchar *c = anchors->chars[k];

      if (t[1] == c[1] && t[0] == c[0])
        {
          guint64 words = anchors->char_words[k];

          for (; words != 0; words &= words - 1)
            if (report_text_word_at (text, p, end, anchors->words[lowest_bit (words)]) > 0)
              return TRUE;
          return FALSE;
        }
    }
  return FALSE;
}

#if defined(__SSE2__) && !defined(REPORT_TEXT_SCALAR_ONLY)
/* next_anchor () with @n_lasts last bytes (the anchors' ones, the last
 * repeated), a constant where it is inlined; from @p while @p + 34 is in
 * the text. Returns where it stopped in @p_out. */
static G_ALWAYS_INLINE inline gsize
next_anchor_sse2 (const char              *text,
                  gsize                    p,
                  gsize                    end,
                  const ReportTextAnchors *anchors,
                  const guint              n_lasts,
                  gsize                   *p_out)
{
  const guchar *t = (const guchar *) text;
  __m128i lasts[G_N_ELEMENTS (anchors->lasts)];

  for (guint k = 0; k < n_lasts; k++)
    lasts[k] = _mm_set1_epi8 ((char) anchors->lasts[MIN (k, anchors->n_lasts - 1)]);

  for (; p + 34 <= end; p += 32)
    {
      __m128i at = _mm_loadu_si128 ((const __m128i *) (const void *) (t + p + 2));
      __m128i on = _mm_loadu_si128 ((const __m128i *) (const void *) (t + p + 18));
      __m128i hits_at = _mm_cmpeq_epi8 (at, lasts[0]);
      __m128i hits_on = _mm_cmpeq_epi8 (on, lasts[0]);
      guint mask;

#pragma GCC unroll 8
      for (guint k = 1; k < n_lasts; k++)
        {
          hits_at = _mm_or_si128 (hits_at, _mm_cmpeq_epi8 (at, lasts[k]));
          hits_on = _mm_or_si128 (hits_on, _mm_cmpeq_epi8 (on, lasts[k]));
        }
      mask = (guint) _mm_movemask_epi8 (hits_at) | (guint) _mm_movemask_epi8 (hits_on) << 16;
      for (; mask != 0; mask &= mask - 1)
        {
          gsize q = p + (guint) __builtin_ctz (mask);

          if (is_anchor (anchors, text, q, end))
            return q;
        }
    }
  *p_out = p;
  return end;
}
#endif

/* Where one of the anchors (see is_anchor ()) is first in [from, end),
 * or @end. Where SSE2 is there, candidates are found 32 bytes at a time
 * by the last bytes only: each is in one character in 60 or so, and each
 * candidate costs little. */
static gsize
next_anchor (const char              *text,
             gsize                    from,
             gsize                    end,
             const ReportTextAnchors *anchors)
{
  gsize p = from;

  if (end < from + 3 || anchors->n_chars == 0)
    return end;
#if defined(__SSE2__) && !defined(REPORT_TEXT_SCALAR_ONLY)
  {
    gsize found;

    /* (the loads reach p + 34) */
    if (anchors->n_lasts <= 2)
      found = next_anchor_sse2 (text, p, end, anchors, 2, &p);
    else if (anchors->n_lasts <= 4)
      found = next_anchor_sse2 (text, p, end, anchors, 4, &p);
    else
      found = next_anchor_sse2 (text, p, end, anchors, 8, &p);
    if (found < end)
      return found;
  }
#endif
  for (; p + 3 <= end; p++)
    if (is_anchor (anchors, text, p, end))
      return p;
  return end;
}

typedef struct
{
  gsize start;
  gsize end;
} Range;

static void
add_skip (GArray *skips,
          gsize   start,
          gsize   end)
{
  Range r = { start, end };

  if (end > start)
    g_array_append_val (skips, r);
}

/* The stretches of [zs, ze) to leave out: all of them (@anchors NULL), or
 * those that hold none of the words of @anchors. Stretches with one of
 * its characters are looked at closer, from cut to cut. Each walk over
 * the text goes where no other went: linear. */
static void
zone_skips (Cuts              *cuts,
            gsize              zs,
            gsize              ze,
            ReportTextAnchors *anchors,
            GArray            *skips)
{
  gsize a, b, keep_end;

  if (!cuts_ensure (cuts))
    return;
  a = next_cut (cuts, zs, ze);
  b = prev_cut (cuts, ze, a);
  if (a >= b)
    return;
  if (anchors == NULL)
    {
      add_skip (skips, a, b);
      return;
    }

  /* [keep_end, …) is left out so far */
  keep_end = a;
  while (keep_end < b)
    {
      gsize o = next_anchor (cuts->text, keep_end, b, anchors);
      gsize cs;

      if (o >= b)
        break;
      /* an anchor holds no delimiter: its stretch starts before it and
       * ends after it */
      cs = prev_cut (cuts, o, keep_end);
      add_skip (skips, keep_end, cs);
      keep_end = next_cut (cuts, o + 3, b);
    }
  add_skip (skips, keep_end, b);
}

static gboolean
is_own_topic (const char         *topic,
              const char * const *own_topics)
{
  for (guint i = 0; own_topics[i] != NULL; i++)
    if (strcmp (topic, own_topics[i]) == 0)
      return TRUE;
  return FALSE;
}

/* The zones of @spans (sorted by start) where @func needs no match, or
 * only those with an anchor: spans that overlap no other, so that every
 * match inside has the span's topic. */
static void
spans_skips (Cuts               *cuts,
             gsize               size,
             GPtrArray          *spans,
             const char * const *own_topics,
             ReportTextAnchors  *anchors,
             GArray             *skips)
{
  gsize reach = 0;

  for (guint k = 0; spans != NULL && k < spans->len; k++)
    {
      BaogaoAnnotation *span = g_ptr_array_index (spans, k);
      gsize s = baogao_annotation_get_byte_start (span);
      gsize e = baogao_annotation_get_byte_end (span);
      gboolean alone = reach <= s &&
                       (k + 1 == spans->len ||
                        baogao_annotation_get_byte_start (g_ptr_array_index (spans, k + 1)) >= e);
      const char *topic;

      reach = MAX (reach, e);
      if (!alone || s >= MIN (e, size))
        continue;
      topic = baogao_annotation_get_string (span, "topic");
      if (topic == NULL)
        continue;
      if (strcmp (topic, "plans") == 0)
        zone_skips (cuts, s, MIN (e, size), NULL, skips);
      else if (own_topics != NULL && anchors != NULL && !is_own_topic (topic, own_topics))
        zone_skips (cuts, s, MIN (e, size), anchors, skips);
    }
}

typedef struct
{
  BaogaoMatchFunc func;
  gpointer        user_data;
  gsize           offset;
} Shifted;

static gboolean
shifted_match (gsize    byte_start,
               gsize    byte_end,
               guint    value,
               gpointer user_data)
{
  Shifted *shifted = user_data;

  return shifted->func (shifted->offset + byte_start, shifted->offset + byte_end,
                        value, shifted->user_data);
}

static gint
compare_ranges (gconstpointer a,
                gconstpointer b)
{
  const Range *ra = a, *rb = b;

  return ra->start < rb->start ? -1 : ra->start > rb->start;
}

void
report_text_scan (BaogaoMatcher      *matcher,
                  const char         *text,
                  gsize               size,
                  GPtrArray          *parts,
                  GPtrArray          *sections,
                  GPtrArray          *citations,
                  const char * const *own_topics,
                  ReportTextAnchors  *anchors,
                  BaogaoMatchFunc     func,
                  gpointer            user_data)
{
  Cuts cuts = { text, citations, FALSE, FALSE, 0, NULL, NULL };
  /* a few stretches per section: room for them at once rather than a
   * growth step per first ones */
  g_autoptr(GArray) skips = g_array_sized_new (FALSE, FALSE, sizeof (Range), 64);
  Shifted shifted = { func, user_data, 0 };
  gsize pos = 0;

  if (size == 0)
    return;

  if (anchors != NULL)
    anchors_ensure (anchors);
  spans_skips (&cuts, size, parts, NULL, anchors, skips);
  spans_skips (&cuts, size, sections, own_topics, anchors, skips);
  g_array_sort (skips, compare_ranges);

  for (guint i = 0; i <= skips->len; i++)
    {
      gsize until = i < skips->len ? g_array_index (skips, Range, i).start : size;

      if (until > pos)
        {
          shifted.offset = pos;
          if (pos == 0)
            baogao_matcher_scan (matcher, text, until, BAOGAO_MATCH_LONGEST, func, user_data);
          else
            baogao_matcher_scan (matcher, text + pos, until - pos, BAOGAO_MATCH_LONGEST,
                                 shifted_match, &shifted);
        }
      if (i < skips->len)
        pos = MAX (pos, g_array_index (skips, Range, i).end);
    }
  g_free (cuts.citation_starts);
}

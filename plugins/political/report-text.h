/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

#pragma once

/* Small UTF-8 helpers over report text: clause bounds, searching a byte
 * range for words, and walking sorted annotation spans. Nothing here
 * allocates. Shared by the political and self_building analyzers (the
 * self_building module compiles this folder's report-text.c too). */

#include <baogao/baogao.h>

G_BEGIN_DECLS

/* How far a clause reaches at most, in bytes, on either side of a cue. */
#define REPORT_TEXT_CLAUSE_MAX 900

guint        report_text_delimiter_at     (const char         *text,
                                          gsize               p,
                                          gsize               end);
guint        report_text_delimiter_before (const char         *text,
                                          gsize               lower,
                                          gsize               p);
void         report_text_clause_bounds    (const char         *text,
                                          gsize               size,
                                          gsize               start,
                                          gsize               end,
                                          gsize              *clause_start,
                                          gsize              *clause_end);
gsize        report_text_clause_start     (const char         *text,
                                          gsize               start,
                                          gsize               end);
gsize        report_text_clause_end       (const char         *text,
                                          gsize               size,
                                          gsize               start,
                                          gsize               end);
gsize        report_text_skip_enumerator  (const char         *text,
                                          gsize               start,
                                          gsize               end);
const char  *report_text_find             (const char         *text,
                                          gsize               start,
                                          gsize               end,
                                          const char         *word);

/* A list of words looked for in many stretches of text: NULL-terminated,
 * at most 64, of two bytes or more, and static. The tables of their
 * second and last bytes are built on first use; declare one as
 *
 *   static const char * const party_words[] = { "党组", …, NULL };
 *   static ReportTextWords party_word_set = REPORT_TEXT_WORDS (party_words);
 */
typedef struct
{
  const char * const *words;
  gsize               once;
  gsize               lengths[64];
  guint64             second_bytes[256];   /* bit i: words[i] has the byte second */
  guint64             last_bytes[256];     /* bit i: words[i] ends with the byte */
} ReportTextWords;

#define REPORT_TEXT_WORDS(words) { (words), 0, { 0 }, { 0 }, { 0 } }

const char  *report_text_find_any         (ReportTextWords    *words,
                                          const char         *text,
                                          gsize               start,
                                          gsize               end,
                                          gsize              *word_len);
const char  *report_text_find_first_of    (ReportTextWords    *words,
                                          const char         *text,
                                          gsize               start,
                                          gsize               end);
const char  *report_text_find_last_any    (ReportTextWords    *words,
                                          const char         *text,
                                          gsize               start,
                                          gsize               end,
                                          gsize              *word_len);
gboolean     report_text_starts_with_any  (const char         *text,
                                          gsize               start,
                                          gsize               end,
                                          const char * const *words);
gboolean     report_text_ends_with_any    (const char         *text,
                                          gsize               start,
                                          gsize               end,
                                          const char * const *words,
                                          gsize              *word_len);

/* The length of @word (not empty) if it occurs at @p and ends by @end,
 * else 0. Compares as it goes: a word that differs early costs little. */
static inline gsize
report_text_word_at (const char *text,
                     gsize       p,
                     gsize       end,
                     const char *word)
{
  gsize k;

  for (k = 0; word[k] != '\0'; k++)
    if (p + k >= end || text[p + k] != word[k])
      return 0;
  return k;
}

/* What report_text_scan () looks for outside an analyzer's own sections:
 * words, NULL-terminated, at most 64, each starting with a three-byte
 * character, one of which each cue read there holds. Their first
 * characters are 16 different ones at most, with 8 different last bytes
 * at most. The tables are built on first use; declare one as
 *
 *   static const char * const agreement_words[] = { "协议", …, NULL };
 *   static ReportTextAnchors agreement_anchors = REPORT_TEXT_ANCHORS (agreement_words);
 */
typedef struct
{
  const char * const *words;
  gsize               once;
  guint               n_chars;
  guchar              chars[16][3]; /* the first characters */
  guint64             char_words[16]; /* bit i: words[i] starts with chars[k] */
  guint               n_lasts;
  guchar              lasts[8];     /* the last bytes of the chars */
  guint16             by_last[256]; /* bit k: chars[k] ends with the byte */
} ReportTextAnchors;

#define REPORT_TEXT_ANCHORS(words) { (words), 0, 0, { { 0 } }, { 0 }, 0, { 0 }, { 0 } }

/* Scans @text with @matcher for leftmost-longest matches, as
 * baogao_matcher_scan () would, but leaves out stretches where no match
 * can lead to anything: in a section (of @sections) whose topic is set and
 * not one of @own_topics (NULL-terminated), the clauses that hold none of
 * the words of @anchors, and the whole of a part or section whose topic
 * is "plans". @func gets offsets in @text, in order. See report-text.c
 * for why the matches left are exactly those of a whole scan. */
void         report_text_check_cue        (const char         *analyzer,
                                          const char         *cue);
void         report_text_scan             (BaogaoMatcher      *matcher,
                                          const char         *text,
                                          gsize               size,
                                          GPtrArray          *parts,
                                          GPtrArray          *sections,
                                          GPtrArray          *citations,
                                          const char * const *own_topics,
                                          ReportTextAnchors  *anchors,
                                          BaogaoMatchFunc     func,
                                          gpointer            user_data);

/* A cursor over annotations sorted by start. The fields after the first
 * two are caches (the spans' bounds, read once, and the last topic of
 * report_text_cursor_topic ()): leave them out when initializing, and
 * declare the cursor with g_auto () to free them. */
typedef struct
{
  GPtrArray        *spans;
  guint             index;
  gsize            *bounds;      /* start and end of span i at 2 i, 2 i + 1 */
  BaogaoAnnotation *topic_span;
  const char       *topic;
  guint             topic_index; /* the index of topic_span */
} ReportTextCursor;

BaogaoAnnotation *report_text_cursor_find     (ReportTextCursor *cursor,
                                               gsize             byte_start,
                                               gsize             byte_end);
const char       *report_text_cursor_find_topic (ReportTextCursor *cursor,
                                                 gsize             byte_start,
                                                 gsize             byte_end);
void              report_text_cursor_clear    (ReportTextCursor *cursor);

/* Moves the cursor forward to the spans that may cover [byte_start,
 * byte_end) and returns the innermost one that does, or NULL. Calls must
 * come in increasing @byte_start order.
 *
 * Inline, the common answer: once the bounds are read, no span covers
 * when the next one not over yet starts after @byte_start. */
static inline BaogaoAnnotation *
report_text_cursor_covering (ReportTextCursor *cursor,
                             gsize             byte_start,
                             gsize             byte_end)
{
  const gsize *bounds = cursor->bounds;

  if (bounds != NULL &&
      (cursor->index >= cursor->spans->len ||
       (bounds[2 * cursor->index + 1] > byte_start &&
        bounds[2 * cursor->index] > byte_start)))
    return NULL;
  return report_text_cursor_find (cursor, byte_start, byte_end);
}

/* The `topic` of the innermost span that covers [byte_start, byte_end),
 * as report_text_cursor_covering () finds it, or NULL if there is none
 * or it has no topic.
 *
 * Inline, the common answer: the span of the last topic still covers and
 * the one after it starts after @byte_start, so it is still the innermost
 * (the spans are sorted by start). */
static inline const char *
report_text_cursor_topic (ReportTextCursor *cursor,
                          gsize             byte_start,
                          gsize             byte_end)
{
  const gsize *bounds = cursor->bounds;
  guint i = cursor->topic_index;

  if (cursor->topic_span != NULL &&
      bounds[2 * i] <= byte_start && bounds[2 * i + 1] >= byte_end &&
      (i + 1 == cursor->spans->len || bounds[2 * i + 2] > byte_start))
    return cursor->topic;
  return report_text_cursor_find_topic (cursor, byte_start, byte_end);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ReportTextCursor, report_text_cursor_clear)

G_END_DECLS

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
} ReportTextCursor;

BaogaoAnnotation *report_text_cursor_covering (ReportTextCursor *cursor,
                                               gsize             byte_start,
                                               gsize             byte_end);
const char       *report_text_cursor_topic    (ReportTextCursor *cursor,
                                               gsize             byte_start,
                                               gsize             byte_end);
void              report_text_cursor_clear    (ReportTextCursor *cursor);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ReportTextCursor, report_text_cursor_clear)

G_END_DECLS

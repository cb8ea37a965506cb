/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The longest title, in characters, the brackets included */
#define CITATION_MAX_CHARS 200

/* The longest title in bytes that citation_copy_title() may write */
#define CITATION_TITLE_MAX_BYTES (CITATION_MAX_CHARS * 4 + 1)

typedef enum
{
  CITATION_KIND_OTHER,
  CITATION_KIND_LAW,
  CITATION_KIND_REGULATION,
  CITATION_KIND_DECISION,
  CITATION_KIND_RULES,
  CITATION_KIND_PLAN,
  CITATION_KIND_OPINION,
  CITATION_KIND_AGREEMENT,
  CITATION_KIND_PUBLICATION,
  CITATION_KIND_SPEECH,
} CitationKind;

typedef enum
{
  CITATION_LEVEL_UNKNOWN,
  CITATION_LEVEL_NATIONAL,
  CITATION_LEVEL_PARTY,
  CITATION_LEVEL_PROVINCIAL,
  CITATION_LEVEL_MUNICIPAL,
} CitationLevel;

/*
 * Citation:
 * @start: byte offset of the opening bracket
 * @end: byte offset after the closing bracket (after the title's last
 *   character when @unbalanced)
 * @title_start: byte offset of the title's first character
 * @title_end: byte offset after the title's last character
 * @parent: index of the citation that encloses this one, or -1
 * @first_gap: index of the first page-break gap inside the title
 * @n_gaps: how many gaps the title spans (when @split)
 * @depth: 0 for a title in running text, 1 inside another title, …
 * @split: the title continues after a page or line break
 * @unbalanced: no closing bracket was found: a best-effort title
 *
 * One 《…》 or 〈…〉 title.
 */
typedef struct
{
  gsize         start;
  gsize         end;
  gsize         title_start;
  gsize         title_end;
  gint          parent;
  guint         first_gap;
  guint         n_gaps;
  guint8        depth;
  guint8        split;
  guint8        unbalanced;
  CitationKind  kind;
  CitationLevel level;
} Citation;

/* A page or line break a title was joined across: the bytes left out of
 * its title */
typedef struct
{
  gsize start;
  gsize end;
} CitationGap;

void         citation_scan        (const char     *text,
                                   gsize           length,
                                   GArray         *citations,
                                   GArray         *gaps);
void         citation_classify    (const char     *text,
                                   gsize           length,
                                   GArray         *citations,
                                   const GArray   *gaps);
gsize        citation_copy_title  (const char     *text,
                                   const Citation *citation,
                                   const GArray   *gaps,
                                   char           *buffer,
                                   gsize           size);
CitationKind citation_kind_of_title (const char   *title,
                                     gsize         length);
const char  *citation_kind_to_string  (CitationKind  kind);
const char  *citation_level_to_string (CitationLevel level);

G_END_DECLS

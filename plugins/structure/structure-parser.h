/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The parser behind the structure analyzer: plain functions over UTF-8
 * text, with no dependency on the Baogao core, so that they can be tested
 * and measured on their own. */

typedef enum {
  STRUCTURE_TITLE,
  STRUCTURE_META,
  STRUCTURE_PART,
  STRUCTURE_SECTION,
  STRUCTURE_SUBSECTION,
  STRUCTURE_ITEM,
  STRUCTURE_PARAGRAPH,
  STRUCTURE_SENTENCE,
  STRUCTURE_N_KINDS
} StructureKind;

typedef enum {
  STRUCTURE_FIELD_DATE,
  STRUCTURE_FIELD_MEETING,
  STRUCTURE_FIELD_SPEAKER,
} StructureField;

typedef enum {
  STRUCTURE_TOPIC_NONE,
  STRUCTURE_TOPIC_POLITICAL,
  STRUCTURE_TOPIC_LEGISLATION,
  STRUCTURE_TOPIC_OVERSIGHT,
  STRUCTURE_TOPIC_REPRESENTATION,
  STRUCTURE_TOPIC_SELF_BUILDING,
  STRUCTURE_TOPIC_PLANS,
  STRUCTURE_TOPIC_OTHER,
  STRUCTURE_TOPIC_REVIEW,
  STRUCTURE_N_TOPICS
} StructureTopic;

/*
 * StructureSpan:
 * @kind: what the span is
 * @parent: index of the parent span in the same result, or -1
 * @start: first byte
 * @end: byte after the last one
 * @index: the ordinal written (section, subsection, item) or the
 *   #StructureField of a meta span
 * @topic: the topic of a part, section or subsection
 * @label_start: start of an item's marker ("二是")
 * @label_end: end of an item's marker
 * @heading: (nullable): the cleaned heading of a part, section or
 *   subsection, owned by the span
 * @term: a part, section or subsection about the whole term of the
 *   congress (过去五年的主要工作, 本届以来), not one year
 */
typedef struct
{
  StructureKind  kind;
  gint           parent;
  gsize          start;
  gsize          end;
  gint           index;
  StructureTopic topic;
  gsize          label_start;
  gsize          label_end;
  char          *heading;
  gboolean       term;
} StructureSpan;

/*
 * StructureResult:
 * @spans: (element-type StructureSpan): every span found, in no
 *   particular order; parents refer to indices in this array
 * @title, @date, @meeting, @speaker, @speaker_title, @region: (nullable):
 *   document metadata read from the header; @date is ISO 8601
 * @year_reported: the year the reported work was done, or 0
 */
typedef struct
{
  GArray *spans;
  char   *title;
  char   *date;
  char   *meeting;
  char   *speaker;
  char   *speaker_title;
  char   *region;
  gint    year_reported;
} StructureResult;

StructureResult *structure_parse               (const char      *text,
                                                gsize            length);
void             structure_result_free         (StructureResult *result);

const char      *structure_kind_to_type        (StructureKind    kind);
const char      *structure_topic_to_string     (StructureTopic   topic);
const char      *structure_field_to_string     (StructureField   field);

gboolean         structure_parse_date          (const char      *text,
                                                gsize            length,
                                                gsize           *consumed,
                                                gint            *year,
                                                gint            *month,
                                                gint            *day);
StructureTopic   structure_score_topic         (const char      *heading,
                                                gsize            length);

/* For the tests: do the stop-character marks the parser makes agree with
 * those of its plain byte-by-byte pass? */
gboolean         structure_check_stop_marks    (const char      *text,
                                                gsize            length);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StructureResult, structure_result_free)

G_END_DECLS

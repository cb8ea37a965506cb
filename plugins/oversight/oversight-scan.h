/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  OVERSIGHT_LAW_INSPECTION,
  OVERSIGHT_WORK_REPORT,
  OVERSIGHT_SPECIAL_INQUIRY,
  OVERSIGHT_INVESTIGATION,
  OVERSIGHT_FILING_REVIEW,
  OVERSIGHT_SURVEY,
  OVERSIGHT_RESOLUTION,
  OVERSIGHT_WORK_EVALUATION,
  OVERSIGHT_SATISFACTION_SURVEY,
  OVERSIGHT_N_KINDS,
} OversightKind;

/* The topic of the section a position lies in (structure.section) */
typedef enum
{
  OVERSIGHT_TOPIC_NONE,          /* outside any section */
  OVERSIGHT_TOPIC_OVERSIGHT,
  OVERSIGHT_TOPIC_OTHER,
  OVERSIGHT_TOPIC_POLITICAL,
  OVERSIGHT_TOPIC_LEGISLATION,
  OVERSIGHT_TOPIC_REPRESENTATION,
  OVERSIGHT_TOPIC_SELF_BUILDING,
} OversightTopic;

/* Added to a topic for a position in a plans part or section */
#define OVERSIGHT_TOPIC_PLANNED 0x100

/*
 * OversightTopicFunc:
 * @byte: a byte offset into the scanned text; successive calls come in
 *   increasing order
 * @user_data: the data passed to oversight_scan()
 *
 * Returns: the OversightTopic at @byte, with OVERSIGHT_TOPIC_PLANNED
 *   added when it is a plan for the coming year
 */
typedef guint (*OversightTopicFunc) (gsize    byte,
                                     gpointer user_data);

/*
 * OversightActivity:
 * @start: byte offset of the clause (or clauses) naming the activity
 * @end: byte offset after it
 * @kind: what kind of activity
 * @subject_offset: where the subject starts in the subjects string
 * @subject_len: its length in bytes, 0 when no subject could be read
 * @n_subjects: how many ';'-joined subjects (laws inspected) it has
 * @planned: the activity is a plan, not work done
 * @subject_start: where the subject is in the text when it is a slice of
 *   it (one subject, not across a page break joined), else G_MAXSIZE
 */
typedef struct
{
  gsize         start;
  gsize         end;
  OversightKind kind;
  guint         subject_offset;
  guint         subject_len;
  guint         n_subjects;
  gboolean      planned;
  gsize         subject_start;
} OversightActivity;

void         oversight_scan            (const char         *text,
                                        gsize               length,
                                        OversightTopicFunc  topic_func,
                                        gpointer            user_data,
                                        GArray             *activities,
                                        GString            *subjects);

const char  *oversight_kind_to_string  (OversightKind       kind);

G_END_DECLS

/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The level of the congress whose standing committee reports, highest
 * first: the order matters (a lower value is a higher congress). */
typedef enum
{
  REP_LEVEL_NATIONAL,
  REP_LEVEL_PROVINCIAL,
  REP_LEVEL_MUNICIPAL,
  REP_LEVEL_COUNTY,
} RepLevel;

/* What part of the report a span of text is in. */
typedef enum
{
  REP_ZONE_OTHER,
  REP_ZONE_REPRESENTATION,
  REP_ZONE_PLANS,
} RepZone;

/* A `quantity` of the document, as the scanner needs it. Its value and
 * units are read only for the counts of the clauses the scanner looks
 * at (see RepFillFunc). */
typedef struct
{
  gsize        start;       /* bytes */
  gsize        end;
  gboolean     filled;      /* the fields below are set */
  double       value;
  const char  *unit;        /* borrowed */
  const char  *base_unit;   /* borrowed, may be NULL */
  gint64       int_value;   /* the value, when it is an integer */
  gboolean     is_int;      /* ... which it is */
  gboolean     is_double;   /* it is a double, neither when it is missing */
} RepCount;

/*
 * RepFillFunc:
 * @count: a count whose start and end are set
 * @index: its index in the counts given to rep_scan()
 * @user_data: the data given to rep_scan()
 *
 * Sets the value, unit and base_unit of @count, and its filled flag.
 */
typedef void (*RepFillFunc) (RepCount *count,
                             guint     index,
                             gpointer  user_data);

/* A section or part of the document and what it is about. */
typedef struct
{
  gsize   start;
  gsize   end;
  RepZone zone;
} RepZoneSpan;

typedef enum
{
  REP_FINDING_PERSONNEL,
  REP_FINDING_MOTION,
  REP_FINDING_ACTIVITY,
} RepFindingType;

typedef enum
{
  REP_RATE_SATISFACTION,
  REP_RATE_COMPLETION,
  REP_RATE_RESOLUTION,
  REP_RATE_ADOPTION,
  REP_N_RATES,
} RepRate;

typedef struct
{
  RepFindingType type;
  gsize          start;
  gsize          end;
  const char    *kind;           /* static */
  const char    *cue;            /* static: the word that found it */
  gsize          cue_start;      /* where it is in the text */
  const char    *scope;          /* static, or NULL */
  const char    *audience;       /* static, or NULL (trainings) */
  int            count;          /* index into the counts, or -1 */
  gboolean       by_delegation;  /* 代表团建议: the delegation's own */
  gboolean       all_handled;    /* 已全部办理完毕 */
  guint          rate_mask;      /* 1 << RepRate for each rate set */
  double         rates[REP_N_RATES];
} RepFinding;

const char *rep_rate_to_string  (RepRate      rate);

RepLevel    rep_level_from_title (const char *title,
                                  gssize      length,
                                  gboolean   *municipality);

/* Finds the personnel decisions, motions and suggestions, and deputies'
 * activities of @text. @counts and @zones are sorted by start; @fill
 * (with @fill_data) fills in the counts not filled yet that the scanner
 * reads, or all are filled when it is %NULL. Returns a GArray of
 * RepFinding in text order (by start). Thread-safe. */
GArray     *rep_scan            (const char        *text,
                                 gsize              length,
                                 RepLevel           level,
                                 gboolean           municipality,
                                 RepCount          *counts,
                                 guint              n_counts,
                                 RepFillFunc        fill,
                                 gpointer           fill_data,
                                 const RepZoneSpan *zones,
                                 guint              n_zones);

G_END_DECLS

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

/* What of a count is read (RepCount.filled, RepFillFunc). */
typedef enum
{
  REP_FILL_UNIT      = 1 << 0,   /* unit */
  REP_FILL_BASE_UNIT = 1 << 1,   /* base_unit */
  REP_FILL_VALUE     = 1 << 2,   /* value, int_value, is_int, is_double */
} RepFill;

/* A `quantity` of the document, as the scanner needs it. Its fields are
 * read only when the scanner looks at them (see RepFillFunc): the unit
 * of a count it weighs, the base unit when the unit is not the one looked
 * for, the value of a rate. */
typedef struct
{
  gsize        start;       /* bytes */
  gsize        end;
  guint        filled;      /* RepFill: the fields below that are set */
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
 * @what: the fields to set
 * @user_data: the data given to rep_scan()
 *
 * Sets the fields @what of @count, and adds @what to its filled flags.
 */
typedef void (*RepFillFunc) (RepCount *count,
                             guint     index,
                             RepFill   what,
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
  gsize          cue_end;
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
 * (with @fill_data) fills in the fields of the counts that the scanner
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

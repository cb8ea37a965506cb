/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * The quantity scanner: a one-pass, allocation-free search for numbers with
 * a unit in UTF-8 text. It has no dependency on libbaogao so that it can be
 * unit-tested and benchmarked on its own; quantity.c turns its matches into
 * `quantity` annotations.
 */

typedef enum {
  QUANTITY_APPROX_NONE = 0,
  QUANTITY_APPROX_MORE_THAN,
  QUANTITY_APPROX_NEARLY,
  QUANTITY_APPROX_ABOUT,
} QuantityApprox;

typedef struct {
  gboolean is_int;
  gint64   i;   /* set when is_int */
  double   d;   /* always set */
} QuantityNumber;

typedef struct {
  gsize          byte_start;
  gsize          byte_end;
  QuantityNumber value;       /* as written: 1200 in 1200余万元 */
  QuantityNumber normalized;  /* value × the unit's multiplier */
  const char    *unit;        /* as written, e.g. "万元"; valid during the callback */
  gsize          unit_len;    /* (the lengths in bytes, without the NUL) */
  const char    *base_unit;   /* e.g. "元"; static */
  gsize          base_unit_len;
  QuantityApprox approx;
  const char    *counted_by;  /* 共, 达, 累计…, static, or NULL */
  gsize          counted_by_len;
} QuantityMatch;

typedef gboolean (*QuantityFunc) (const QuantityMatch *match,
                                  gpointer             user_data);

const char *quantity_approx_to_string (QuantityApprox approx);

void        quantity_scan             (const char   *text,
                                       gsize         length,
                                       QuantityFunc  func,
                                       gpointer      user_data);

G_END_DECLS

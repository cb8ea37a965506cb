/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

#pragma once

#include <glib-object.h>
#include <baogao/baogao-annotation.h>

G_BEGIN_DECLS

/* A typed feature or metadata value. Strings are borrowed: the store or
 * layer that holds the value keeps them in its string chunk. */
typedef struct
{
  BaogaoValueType type;
  union {
    const char *s;
    gint64      i;
    double      d;
    gboolean    b;
  } v;
} BaogaoValue;

/* A feature: a key (interned) and a value. */
typedef struct
{
  GQuark      key;
  BaogaoValue value;
} BaogaoFeature;

static inline gboolean
baogao_value_equal (const BaogaoValue *a,
                    const BaogaoValue *b)
{
  if (a->type != b->type)
    return FALSE;

  switch (a->type)
    {
    case BAOGAO_VALUE_STRING:
      return g_strcmp0 (a->v.s, b->v.s) == 0;
    case BAOGAO_VALUE_INT:
      return a->v.i == b->v.i;
    case BAOGAO_VALUE_DOUBLE:
      return a->v.d == b->v.d;
    case BAOGAO_VALUE_BOOLEAN:
      return !a->v.b == !b->v.b;
    case BAOGAO_VALUE_NONE:
    default:
      return TRUE;
    }
}

void baogao_value_to_gvalue (const BaogaoValue *value,
                             GValue            *gvalue);

G_END_DECLS

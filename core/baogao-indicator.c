/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/**
 * BaogaoIndicator:
 *
 * One row of a document's indicator table: a yearly count the report
 * states, such as `legislation.enacted` = 10 件.
 *
 * Indicators are derived by the engine from the `<domain>.tally`
 * annotations of the domain analyzers. The key is `<domain>.<measure>`;
 * a count that covers several measures joins them with `+`
 * (`legislation.enacted+amended`).
 */

#include "baogao-document-private.h"

#include <string.h>

struct _BaogaoIndicator
{
  gatomicrefcount   ref_count;
  char             *key;
  double            value;
  gboolean          is_integer;
  char             *unit;
  char             *approx;
  char             *scope;
  char             *period;
  BaogaoAnnotation *annotation;
  gboolean          owns_annotation;  /* holds a reference on the document */
  gboolean          in_block;         /* the document's, freed with its block */
};

G_DEFINE_BOXED_TYPE (BaogaoIndicator, baogao_indicator,
                     baogao_indicator_ref, baogao_indicator_unref)

/* The indicator and its strings are one allocation: the strings follow
 * the struct, so that an indicator costs one malloc, not five. */
static char *
put_string (char       **at,
            const char  *string,
            gsize        length)
{
  char *copy = *at;

  memcpy (copy, string, length);
  copy[length] = '\0';
  *at += length + 1;
  return copy;
}

/* The bytes baogao_indicator_place_joined() takes: the struct, then the
 * strings, rounded up for the next one. */
gsize
baogao_indicator_joined_size (gsize       prefix_len,
                              const char *suffix,
                              const char *unit,
                              const char *approx,
                              const char *scope,
                              const char *period)
{
  gsize size = sizeof (BaogaoIndicator) + prefix_len + 1 +
               (suffix != NULL ? strlen (suffix) + 1 : 0) +
               (unit != NULL ? strlen (unit) + 1 : 0) +
               (approx != NULL ? strlen (approx) + 1 : 0) +
               (scope != NULL ? strlen (scope) + 1 : 0) +
               (period != NULL ? strlen (period) + 1 : 0);

  return (size + 15) & ~(gsize) 15;
}

/* Makes an indicator in @memory, baogao_indicator_joined_size() bytes:
 * the key is @prefix, '.' and @suffix when @suffix is not NULL
 * (`<domain>.<measure>`), else @prefix alone. */
BaogaoIndicator *
baogao_indicator_place_joined (gpointer          memory,
                               const char       *prefix,
                               gsize             prefix_len,
                               const char       *suffix,
                               double            value,
                               gboolean          is_integer,
                               const char       *unit,
                               const char       *approx,
                               const char       *scope,
                               const char       *period,
                               BaogaoAnnotation *annotation)
{
  BaogaoIndicator *self = memory;
  char *at = (char *) (self + 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->key = at;
  memcpy (at, prefix, prefix_len);
  at += prefix_len;
  if (suffix != NULL)
    {
      gsize suffix_len = strlen (suffix);

      *at++ = '.';
      memcpy (at, suffix, suffix_len);
      at += suffix_len;
    }
  *at++ = '\0';
  self->value = value;
  self->is_integer = is_integer;
  self->unit = unit != NULL ? put_string (&at, unit, strlen (unit)) : NULL;
  self->approx = approx != NULL ? put_string (&at, approx, strlen (approx)) : NULL;
  self->scope = scope != NULL ? put_string (&at, scope, strlen (scope)) : NULL;
  self->period = period != NULL ? put_string (&at, period, strlen (period)) : NULL;
  /* Not a reference: the document owns its indicators, and a reference
   * from them to the document would be a cycle. */
  self->annotation = annotation;
  self->owns_annotation = FALSE;
  self->in_block = FALSE;

  return self;
}

/* Marks an indicator placed in a block of the document's: unref leaves
 * it be. */
void
baogao_indicator_set_in_block (BaogaoIndicator *self)
{
  self->in_block = TRUE;
}

BaogaoIndicator *
baogao_indicator_new (const char       *key,
                      double            value,
                      gboolean          is_integer,
                      const char       *unit,
                      const char       *approx,
                      const char       *scope,
                      const char       *period,
                      BaogaoAnnotation *annotation)
{
  gsize key_len = strlen (key);

  return baogao_indicator_place_joined (g_malloc (baogao_indicator_joined_size (key_len, NULL,
                                                                               unit, approx, scope,
                                                                               period)),
                                        key, key_len, NULL, value, is_integer,
                                        unit, approx, scope, period, annotation);
}

/* A copy for a caller outside the document: it keeps the document alive
 * through its annotation, so it may outlive the caller's reference. */
BaogaoIndicator *
baogao_indicator_copy_detached (const BaogaoIndicator *self)
{
  BaogaoIndicator *copy = baogao_indicator_new (self->key, self->value,
                                                self->is_integer, self->unit,
                                                self->approx, self->scope,
                                                self->period, self->annotation);

  if (copy->annotation != NULL)
    {
      baogao_annotation_ref (copy->annotation);
      copy->owns_annotation = TRUE;
    }

  return copy;
}

gboolean
baogao_indicator_is_integer (const BaogaoIndicator *self)
{
  return self->is_integer;
}

/**
 * baogao_indicator_ref:
 * @self: an indicator
 *
 * Returns: (transfer full): @self
 */
BaogaoIndicator *
baogao_indicator_ref (BaogaoIndicator *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

/**
 * baogao_indicator_unref:
 * @self: (transfer full): an indicator
 *
 * Drops a reference.
 */
void
baogao_indicator_unref (BaogaoIndicator *self)
{
  g_return_if_fail (self != NULL);

  if (g_atomic_ref_count_dec (&self->ref_count))
    {
      /* The strings are in the same allocation; the document frees the
       * block of its own. */
      if (self->in_block)
        return;
      if (self->owns_annotation)
        baogao_annotation_unref (self->annotation);
      g_free (self);
    }
}

/**
 * baogao_indicator_get_key:
 * @self: an indicator
 *
 * Returns: (transfer none): the key, `<domain>.<measure>`
 */
const char *
baogao_indicator_get_key (const BaogaoIndicator *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->key;
}

/**
 * baogao_indicator_get_value:
 * @self: an indicator
 *
 * Returns: the value as stated (1200 for 1200余万元)
 */
double
baogao_indicator_get_value (const BaogaoIndicator *self)
{
  g_return_val_if_fail (self != NULL, 0.0);
  return self->value;
}

/**
 * baogao_indicator_get_unit:
 * @self: an indicator
 *
 * Returns: (transfer none) (nullable): the unit as written, such as 件
 */
const char *
baogao_indicator_get_unit (const BaogaoIndicator *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->unit;
}

/**
 * baogao_indicator_get_approx:
 * @self: an indicator
 *
 * Returns: (transfer none) (nullable): %NULL for an exact count, else
 *   `more_than`, `nearly` or `about`
 */
const char *
baogao_indicator_get_approx (const BaogaoIndicator *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->approx;
}

/**
 * baogao_indicator_get_scope:
 * @self: an indicator
 *
 * Returns: (transfer none) (nullable): the scope of the count, such as
 *   `provincial`, if the analyzer stated one
 */
const char *
baogao_indicator_get_scope (const BaogaoIndicator *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->scope;
}

/**
 * baogao_indicator_get_period:
 * @self: an indicator
 *
 * The time the count covers when it is not the year reported: `term` for
 * the whole term of the congress (the report of a term's last year
 * reviews its five years first: 五年来，制定地方性法规53件), `multi_year`
 * for some other years (三年来, 近两年).
 *
 * Returns: (transfer none) (nullable): the period, or %NULL for the year
 *   reported
 */
const char *
baogao_indicator_get_period (const BaogaoIndicator *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->period;
}

/* The `quantity` the indicator's tally counts, or NULL */
static const BaogaoAnnotation *
counted_quantity (const BaogaoIndicator *self)
{
  const BaogaoAnnotation *parent;

  if (self->annotation == NULL)
    return NULL;
  parent = baogao_annotation_get_parent (self->annotation);
  if (parent == NULL || strcmp (baogao_annotation_get_annotation_type (parent), "quantity") != 0)
    return NULL;
  return parent;
}

/**
 * baogao_indicator_get_normalized:
 * @self: an indicator
 * @normalized: (out) (optional): the value in the base unit
 * @is_integer: (out) (optional): whether it is a whole number
 *
 * The value in the base unit of the count (see
 * baogao_indicator_get_base_unit()): 260万人次 is 2600000 人次 and 1200万元
 * 12000000 元, so that counts written with 万 or 亿 and without can be
 * summed. It comes from the `quantity` annotation the indicator's tally
 * counts (its parent), when that has a `normalized` feature.
 *
 * Returns: whether the indicator has a normalized value
 */
gboolean
baogao_indicator_get_normalized (const BaogaoIndicator *self,
                                 double                *normalized,
                                 gboolean              *is_integer)
{
  const BaogaoAnnotation *quantity;

  g_return_val_if_fail (self != NULL, FALSE);

  quantity = counted_quantity (self);
  if (quantity == NULL)
    return FALSE;
  switch (baogao_annotation_get_feature_type (quantity, "normalized"))
    {
    case BAOGAO_VALUE_INT:
      if (normalized != NULL)
        *normalized = (double) baogao_annotation_get_int (quantity, "normalized", 0);
      if (is_integer != NULL)
        *is_integer = TRUE;
      return TRUE;
    case BAOGAO_VALUE_DOUBLE:
      if (normalized != NULL)
        *normalized = baogao_annotation_get_double (quantity, "normalized", 0);
      if (is_integer != NULL)
        *is_integer = FALSE;
      return TRUE;
    case BAOGAO_VALUE_NONE:
    case BAOGAO_VALUE_STRING:
    case BAOGAO_VALUE_BOOLEAN:
    default:
      return FALSE;
    }
}

/**
 * baogao_indicator_get_base_unit:
 * @self: an indicator
 *
 * The unit of baogao_indicator_get_normalized(): the unit as written
 * without 万, 亿 and the like (人次 for 万人次, 元 for 亿元).
 *
 * Returns: (transfer none) (nullable): the base unit, or %NULL when the
 *   indicator has no normalized value
 */
const char *
baogao_indicator_get_base_unit (const BaogaoIndicator *self)
{
  const BaogaoAnnotation *quantity;

  g_return_val_if_fail (self != NULL, NULL);

  quantity = counted_quantity (self);
  if (quantity == NULL || !baogao_indicator_get_normalized (self, NULL, NULL))
    return NULL;
  return baogao_annotation_get_string (quantity, "base_unit");
}

/**
 * baogao_indicator_get_annotation:
 * @self: an indicator
 *
 * The tally annotation the indicator was derived from.
 *
 * Returns: (transfer none) (nullable): the annotation
 */
BaogaoAnnotation *
baogao_indicator_get_annotation (const BaogaoIndicator *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->annotation;
}

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

struct _BaogaoIndicator
{
  gatomicrefcount   ref_count;
  char             *key;
  double            value;
  gboolean          is_integer;
  char             *unit;
  char             *approx;
  char             *scope;
  BaogaoAnnotation *annotation;
  gboolean          owns_annotation;  /* holds a reference on the document */
};

G_DEFINE_BOXED_TYPE (BaogaoIndicator, baogao_indicator,
                     baogao_indicator_ref, baogao_indicator_unref)

BaogaoIndicator *
baogao_indicator_new (const char       *key,
                      double            value,
                      gboolean          is_integer,
                      const char       *unit,
                      const char       *approx,
                      const char       *scope,
                      BaogaoAnnotation *annotation)
{
  BaogaoIndicator *self = g_new0 (BaogaoIndicator, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->key = g_strdup (key);
  self->value = value;
  self->is_integer = is_integer;
  self->unit = g_strdup (unit);
  self->approx = g_strdup (approx);
  self->scope = g_strdup (scope);
  /* Not a reference: the document owns its indicators, and a reference
   * from them to the document would be a cycle. */
  self->annotation = annotation;

  return self;
}

/* A copy for a caller outside the document: it keeps the document alive
 * through its annotation, so it may outlive the caller's reference. */
BaogaoIndicator *
baogao_indicator_copy_detached (const BaogaoIndicator *self)
{
  BaogaoIndicator *copy = baogao_indicator_new (self->key, self->value,
                                                self->is_integer, self->unit,
                                                self->approx, self->scope,
                                                self->annotation);

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
      g_free (self->key);
      g_free (self->unit);
      g_free (self->approx);
      g_free (self->scope);
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

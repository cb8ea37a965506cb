/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/**
 * BaogaoAnnotation:
 *
 * A typed span of a document's text, with features.
 *
 * Annotations belong to their [class@Baogao.Document]: they are records in
 * its store, not objects of their own. Taking a reference to an annotation
 * ([method@Baogao.Annotation.ref]) keeps its document alive, so an
 * annotation obtained from a document can outlive the caller's reference
 * to the document.
 *
 * Spans are given twice: in Unicode code points (`start`, `end`, the
 * indices of Python strings) and in UTF-8 bytes (`byte_start`,
 * `byte_end`). Ends are exclusive.
 *
 * ```python
 * for sentence in doc.get_annotations("structure.sentence"):
 *     print(sentence.get_start(), doc.get_text()[sentence.get_start():sentence.get_end()])
 * ```
 */

#include "baogao-util-private.h"
#include "baogao-document-private.h"
#include "baogao-store-private.h"

G_DEFINE_BOXED_TYPE (BaogaoAnnotation, baogao_annotation,
                     baogao_annotation_ref, baogao_annotation_unref)

/**
 * baogao_annotation_ref:
 * @self: an annotation
 *
 * Takes a reference on the annotation, which keeps its document alive.
 *
 * Returns: (transfer full): @self
 */
BaogaoAnnotation *
baogao_annotation_ref (BaogaoAnnotation *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_object_ref (self->document);
  return self;
}

/**
 * baogao_annotation_unref:
 * @self: (transfer full): an annotation
 *
 * Drops a reference taken with [method@Baogao.Annotation.ref].
 */
void
baogao_annotation_unref (BaogaoAnnotation *self)
{
  g_return_if_fail (self != NULL);

  g_object_unref (self->document);
}

/**
 * baogao_annotation_get_id:
 * @self: an annotation
 *
 * The annotation's id: its index in the document's annotations, which are
 * sorted by start, longest first. Ids are final once the engine has run.
 *
 * Returns: the id
 */
guint
baogao_annotation_get_id (const BaogaoAnnotation *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->id;
}

/**
 * baogao_annotation_get_annotation_type:
 * @self: an annotation
 *
 * The annotation's type, such as `structure.sentence`.
 *
 * Returns: (transfer none): the type
 */
const char *
baogao_annotation_get_annotation_type (const BaogaoAnnotation *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return g_quark_to_string (self->type);
}

/**
 * baogao_annotation_get_start:
 * @self: an annotation
 *
 * Returns: where the span starts, in code points
 */
gsize
baogao_annotation_get_start (const BaogaoAnnotation *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->start;
}

/**
 * baogao_annotation_get_end:
 * @self: an annotation
 *
 * Returns: where the span ends (exclusive), in code points
 */
gsize
baogao_annotation_get_end (const BaogaoAnnotation *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->end;
}

/**
 * baogao_annotation_get_byte_start:
 * @self: an annotation
 *
 * Returns: where the span starts, in UTF-8 bytes
 */
gsize
baogao_annotation_get_byte_start (const BaogaoAnnotation *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->byte_start;
}

/**
 * baogao_annotation_get_byte_end:
 * @self: an annotation
 *
 * Returns: where the span ends (exclusive), in UTF-8 bytes
 */
gsize
baogao_annotation_get_byte_end (const BaogaoAnnotation *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->byte_end;
}

/**
 * baogao_annotation_dup_text:
 * @self: an annotation
 *
 * Copies the text the annotation covers.
 *
 * Returns: (transfer full): the covered text
 */
char *
baogao_annotation_dup_text (const BaogaoAnnotation *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return g_strndup (self->document->text + self->byte_start,
                    self->byte_end - self->byte_start);
}

/**
 * baogao_annotation_get_analyzer:
 * @self: an annotation
 *
 * The name of the analyzer that made the annotation. When several
 * analyzers made the same annotation, this is the first of them in the
 * run order; see [method@Baogao.Annotation.dup_provenance].
 *
 * Returns: (transfer none): the analyzer's name
 */
const char *
baogao_annotation_get_analyzer (const BaogaoAnnotation *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return g_ptr_array_index (self->document->store.analyzers, self->analyzer);
}

/**
 * baogao_annotation_dup_provenance:
 * @self: an annotation
 *
 * Every analyzer that made this annotation: identical annotations from
 * several analyzers are folded into one that remembers them all.
 *
 * Returns: (transfer full) (array zero-terminated=1): the analyzers' names
 */
char **
baogao_annotation_dup_provenance (const BaogaoAnnotation *self)
{
  BaogaoStore *store;
  const guint16 *extra;
  GStrvBuilder *builder;
  guint n;

  g_return_val_if_fail (self != NULL, NULL);

  store = &self->document->store;
  builder = g_strv_builder_new ();
  g_strv_builder_add (builder, g_ptr_array_index (store->analyzers, self->analyzer));
  extra = baogao_store_get_extra_analyzers (store, self, &n);
  for (guint i = 0; i < n; i++)
    g_strv_builder_add (builder, g_ptr_array_index (store->analyzers, extra[i]));

  return baogao_strv_builder_finish (builder);
}

/**
 * baogao_annotation_get_parent:
 * @self: an annotation
 *
 * The annotation this one belongs to, such as the sentence of a quantity,
 * if its analyzer said so.
 *
 * Returns: (transfer none) (nullable): the parent
 */
BaogaoAnnotation *
baogao_annotation_get_parent (const BaogaoAnnotation *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->parent;
}

static const BaogaoFeature *
lookup (const BaogaoAnnotation *self,
        const char             *key)
{
  return baogao_store_lookup_feature (&self->document->store, self, key);
}

/**
 * baogao_annotation_has_feature:
 * @self: an annotation
 * @key: a feature name
 *
 * Returns: whether the annotation has the feature
 */
gboolean
baogao_annotation_has_feature (const BaogaoAnnotation *self,
                               const char             *key)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (key != NULL, FALSE);
  return lookup (self, key) != NULL;
}

/**
 * baogao_annotation_get_feature_type:
 * @self: an annotation
 * @key: a feature name
 *
 * Returns: the type of the feature's value, or %BAOGAO_VALUE_NONE
 */
BaogaoValueType
baogao_annotation_get_feature_type (const BaogaoAnnotation *self,
                                    const char             *key)
{
  const BaogaoFeature *f;

  g_return_val_if_fail (self != NULL, BAOGAO_VALUE_NONE);
  g_return_val_if_fail (key != NULL, BAOGAO_VALUE_NONE);

  f = lookup (self, key);
  return f ? f->value.type : BAOGAO_VALUE_NONE;
}

/**
 * baogao_annotation_dup_feature_keys:
 * @self: an annotation
 *
 * The names of the annotation's features, in the order they were set.
 *
 * Returns: (transfer full) (array zero-terminated=1): the feature names
 */
char **
baogao_annotation_dup_feature_keys (const BaogaoAnnotation *self)
{
  const BaogaoFeature *features;
  char **keys;

  g_return_val_if_fail (self != NULL, NULL);

  features = baogao_store_get_features (&self->document->store, self);
  keys = g_new (char *, self->n_feat + 1);
  for (guint i = 0; i < self->n_feat; i++)
    keys[i] = g_strdup (g_quark_to_string (features[i].key));
  keys[self->n_feat] = NULL;

  return keys;
}

/**
 * baogao_annotation_get_string:
 * @self: an annotation
 * @key: a feature name
 *
 * Returns: (transfer none) (nullable): the string value of the feature,
 *   or %NULL if it is missing or not a string
 */
const char *
baogao_annotation_get_string (const BaogaoAnnotation *self,
                              const char             *key)
{
  const BaogaoFeature *f;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (key != NULL, NULL);

  f = lookup (self, key);
  if (f == NULL || f->value.type != BAOGAO_VALUE_STRING)
    return NULL;
  return f->value.v.s;
}

/**
 * baogao_annotation_get_int:
 * @self: an annotation
 * @key: a feature name
 * @default_value: what to return when the feature is missing
 *
 * An integer feature. A double feature is truncated; a boolean one is
 * 0 or 1.
 *
 * Returns: the value, or @default_value
 */
gint64
baogao_annotation_get_int (const BaogaoAnnotation *self,
                           const char             *key,
                           gint64                  default_value)
{
  const BaogaoFeature *f;

  g_return_val_if_fail (self != NULL, default_value);
  g_return_val_if_fail (key != NULL, default_value);

  f = lookup (self, key);
  if (f == NULL)
    return default_value;

  switch (f->value.type)
    {
    case BAOGAO_VALUE_INT:
      return f->value.v.i;
    case BAOGAO_VALUE_DOUBLE:
      return (gint64) f->value.v.d;
    case BAOGAO_VALUE_BOOLEAN:
      return f->value.v.b ? 1 : 0;
    case BAOGAO_VALUE_STRING:
    case BAOGAO_VALUE_NONE:
    default:
      return default_value;
    }
}

/**
 * baogao_annotation_get_double:
 * @self: an annotation
 * @key: a feature name
 * @default_value: what to return when the feature is missing
 *
 * A numeric feature as a double.
 *
 * Returns: the value, or @default_value
 */
double
baogao_annotation_get_double (const BaogaoAnnotation *self,
                              const char             *key,
                              double                  default_value)
{
  const BaogaoFeature *f;

  g_return_val_if_fail (self != NULL, default_value);
  g_return_val_if_fail (key != NULL, default_value);

  f = lookup (self, key);
  if (f == NULL)
    return default_value;
  if (f->value.type == BAOGAO_VALUE_DOUBLE)
    return f->value.v.d;
  if (f->value.type == BAOGAO_VALUE_INT)
    return (double) f->value.v.i;
  return default_value;
}

/**
 * baogao_annotation_get_boolean:
 * @self: an annotation
 * @key: a feature name
 * @default_value: what to return when the feature is missing
 *
 * Returns: the boolean value of the feature, or @default_value
 */
gboolean
baogao_annotation_get_boolean (const BaogaoAnnotation *self,
                               const char             *key,
                               gboolean                default_value)
{
  const BaogaoFeature *f;

  g_return_val_if_fail (self != NULL, default_value);
  g_return_val_if_fail (key != NULL, default_value);

  f = lookup (self, key);
  if (f == NULL || f->value.type != BAOGAO_VALUE_BOOLEAN)
    return default_value;
  return f->value.v.b;
}

void
baogao_value_to_gvalue (const BaogaoValue *value,
                        GValue            *gvalue)
{
  switch (value->type)
    {
    case BAOGAO_VALUE_STRING:
      g_value_init (gvalue, G_TYPE_STRING);
      g_value_set_string (gvalue, value->v.s);
      break;
    case BAOGAO_VALUE_INT:
      g_value_init (gvalue, G_TYPE_INT64);
      g_value_set_int64 (gvalue, value->v.i);
      break;
    case BAOGAO_VALUE_DOUBLE:
      g_value_init (gvalue, G_TYPE_DOUBLE);
      g_value_set_double (gvalue, value->v.d);
      break;
    case BAOGAO_VALUE_BOOLEAN:
      g_value_init (gvalue, G_TYPE_BOOLEAN);
      g_value_set_boolean (gvalue, value->v.b);
      break;
    case BAOGAO_VALUE_NONE:
    default:
      break;
    }
}

/**
 * baogao_annotation_get_feature:
 * @self: an annotation
 * @key: a feature name
 * @value: (out caller-allocates): an uninitialized #GValue, set to the
 *   feature's value (a string, #gint64, double or boolean)
 *
 * A feature as a #GValue, whatever its type. In Python and JavaScript this
 * returns the native value.
 *
 * Returns: %TRUE if the annotation has the feature; when %FALSE, @value is
 *   left uninitialized
 */
gboolean
baogao_annotation_get_feature (const BaogaoAnnotation *self,
                               const char             *key,
                               GValue                 *value)
{
  const BaogaoFeature *f;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (key != NULL, FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  f = lookup (self, key);
  if (f == NULL)
    return FALSE;

  baogao_value_to_gvalue (&f->value, value);
  return TRUE;
}

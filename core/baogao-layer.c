/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/**
 * BaogaoLayer:
 *
 * What one analyzer writes in one run: annotations with their features,
 * and document metadata.
 *
 * The engine gives each analyzer a fresh layer in
 * [method@Baogao.Analyzer.analyze]. The analyzer adds annotations with
 * [method@Baogao.Layer.add] (code points) or
 * [method@Baogao.Layer.add_bytes] (bytes, the natural unit of C code
 * scanning UTF-8) and sets features on the returned handle. When the
 * analyzer returns, the engine checks the layer and merges it into the
 * document, where the annotations get their ids.
 *
 * ```c
 * guint h = baogao_layer_add_bytes (layer, "legislation.tally", start, end);
 * baogao_layer_set_string (layer, h, "measure", "amended");
 * baogao_layer_set_int (layer, h, "value", 4);
 * ```
 *
 * A layer may only hold the annotation types its analyzer provides, on
 * valid spans (start < end, inside the text, on character boundaries);
 * anything else makes the analyzer's run fail with a message saying what
 * it did wrong. Adding annotations costs no allocation per annotation
 * beyond amortised array growth; strings are copied once into a chunk.
 */

#include "baogao-layer-private.h"
#include "baogao-document-private.h"

#include <baogao/baogao-error.h>
#include <math.h>
#include <string.h>

typedef struct
{
  guint32       handle;
  BaogaoFeature feature;
} LayerFeature;

typedef struct
{
  char        *key;
  BaogaoValue  value;
} LayerMetadata;

struct _BaogaoLayer
{
  GObject         parent_instance;

  BaogaoDocument *document;
  char           *analyzer_name;
  GQuark         *provides;      /* 0-terminated */
  GArray         *pending;       /* BaogaoPending */
  GArray         *features;      /* LayerFeature */
  GArray         *metadata;      /* LayerMetadata */
  GStringChunk   *strings;
  char           *violation;     /* first contract violation */

  /* Analyzers pass the same few type and key strings over and over:
   * remember the last ones (as their interned copies, compared by
   * content, since a caller's buffer may be reused for another string),
   * so that adding an annotation takes no global quark lock. */
  const char     *last_types[4];
  GQuark          last_type_quarks[4];
  guint           next_type_slot;
  const char     *last_keys[4];
  GQuark          last_key_quarks[4];
  guint           next_key_slot;
};

G_DEFINE_FINAL_TYPE (BaogaoLayer, baogao_layer, G_TYPE_OBJECT)

static void
layer_metadata_clear (gpointer data)
{
  g_free (((LayerMetadata *) data)->key);
}

static void
baogao_layer_finalize (GObject *object)
{
  BaogaoLayer *self = BAOGAO_LAYER (object);

  g_clear_object (&self->document);
  g_free (self->analyzer_name);
  g_free (self->provides);
  g_array_unref (self->pending);
  g_array_unref (self->features);
  g_array_unref (self->metadata);
  g_string_chunk_free (self->strings);
  g_free (self->violation);

  G_OBJECT_CLASS (baogao_layer_parent_class)->finalize (object);
}

static void
baogao_layer_class_init (BaogaoLayerClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = baogao_layer_finalize;
}

static void
baogao_layer_init (BaogaoLayer *self)
{
  self->pending = g_array_new (FALSE, FALSE, sizeof (BaogaoPending));
  self->features = g_array_new (FALSE, FALSE, sizeof (LayerFeature));
  self->metadata = g_array_new (FALSE, FALSE, sizeof (LayerMetadata));
  g_array_set_clear_func (self->metadata, layer_metadata_clear);
  self->strings = g_string_chunk_new (1024);
}

BaogaoLayer *
baogao_layer_new (BaogaoDocument     *document,
                  const char         *analyzer_name,
                  const char * const *provides)
{
  BaogaoLayer *self = g_object_new (BAOGAO_TYPE_LAYER, NULL);
  guint n = provides ? g_strv_length ((char **) provides) : 0;

  self->document = g_object_ref (document);
  self->analyzer_name = g_strdup (analyzer_name);
  self->provides = g_new0 (GQuark, n + 1);
  for (guint i = 0; i < n; i++)
    self->provides[i] = g_quark_from_string (provides[i]);

  return self;
}

G_GNUC_PRINTF (2, 3)
static void
violate (BaogaoLayer *self,
         const char  *format,
         ...)
{
  va_list args;

  if (self->violation != NULL)
    return;

  va_start (args, format);
  self->violation = g_strdup_vprintf (format, args);
  va_end (args);
}

static gboolean
provides_type (BaogaoLayer *self,
               GQuark       type)
{
  for (GQuark *q = self->provides; *q != 0; q++)
    if (*q == type)
      return TRUE;
  return FALSE;
}

/* The quark of @string, from a small cache of recent ones (compared by
 * content) before GLib's locked table. */
static GQuark
recent_quark (const char **strings,
              GQuark      *quarks,
              guint        n_slots,
              guint       *next_slot,
              const char  *string)
{
  GQuark quark;

  for (guint i = 0; i < n_slots; i++)
    if (strings[i] != NULL && strcmp (string, strings[i]) == 0)
      return quarks[i];

  quark = g_quark_from_string (string);
  strings[*next_slot] = g_quark_to_string (quark);
  quarks[*next_slot] = quark;
  *next_slot = (*next_slot + 1) % n_slots;

  return quark;
}

/**
 * baogao_layer_get_document:
 * @self: a layer
 *
 * Returns: (transfer none): the document the layer is for
 */
BaogaoDocument *
baogao_layer_get_document (BaogaoLayer *self)
{
  g_return_val_if_fail (BAOGAO_IS_LAYER (self), NULL);
  return self->document;
}

/**
 * baogao_layer_get_analyzer_name:
 * @self: a layer
 *
 * Returns: (transfer none): the name of the analyzer that writes the layer
 */
const char *
baogao_layer_get_analyzer_name (BaogaoLayer *self)
{
  g_return_val_if_fail (BAOGAO_IS_LAYER (self), NULL);
  return self->analyzer_name;
}

/**
 * baogao_layer_get_n_annotations:
 * @self: a layer
 *
 * Returns: how many annotations were added so far
 */
guint
baogao_layer_get_n_annotations (BaogaoLayer *self)
{
  g_return_val_if_fail (BAOGAO_IS_LAYER (self), 0);
  return self->pending->len;
}

/**
 * baogao_layer_add_bytes:
 * @self: a layer
 * @type: the annotation type; one the analyzer provides
 * @byte_start: start of the span, in UTF-8 bytes
 * @byte_end: end of the span (exclusive), in UTF-8 bytes
 *
 * Adds an annotation.
 *
 * Returns: a handle for the setters, or `BAOGAO_LAYER_INVALID` (`G_MAXUINT`)
 *   if the type or span is refused (the analyzer's run will then fail)
 */
guint
baogao_layer_add_bytes (BaogaoLayer *self,
                        const char  *type,
                        gsize        byte_start,
                        gsize        byte_end)
{
  BaogaoPending p = { 0 };
  GQuark quark;

  g_return_val_if_fail (BAOGAO_IS_LAYER (self), BAOGAO_LAYER_INVALID);
  g_return_val_if_fail (type != NULL, BAOGAO_LAYER_INVALID);

  quark = recent_quark (self->last_types, self->last_type_quarks,
                        G_N_ELEMENTS (self->last_types), &self->next_type_slot, type);

  if (!provides_type (self, quark))
    {
      violate (self, "added an annotation of type “%s”, which it does not provide", type);
      return BAOGAO_LAYER_INVALID;
    }

  if (byte_start >= byte_end || byte_end > self->document->size ||
      !baogao_document_is_char_boundary (self->document, byte_start) ||
      !baogao_document_is_char_boundary (self->document, byte_end))
    {
      violate (self, "added a “%s” annotation with an invalid byte span [%"
               G_GSIZE_FORMAT ", %" G_GSIZE_FORMAT ") (text size %" G_GSIZE_FORMAT ")",
               type, byte_start, byte_end, self->document->size);
      return BAOGAO_LAYER_INVALID;
    }

  if (self->pending->len >= G_MAXINT32)
    {
      violate (self, "added too many annotations");
      return BAOGAO_LAYER_INVALID;
    }

  p.type = quark;
  p.byte_start = byte_start;
  p.byte_end = byte_end;
  p.local_parent = -1;
  g_array_append_val (self->pending, p);

  return self->pending->len - 1;
}

/**
 * baogao_layer_add:
 * @self: a layer
 * @type: the annotation type; one the analyzer provides
 * @start: start of the span, in code points
 * @end: end of the span (exclusive), in code points
 *
 * Adds an annotation, with a span in code points (string indices in Python
 * and JavaScript).
 *
 * Returns: a handle for the setters, or `BAOGAO_LAYER_INVALID` (`G_MAXUINT`)
 *   if the type or span is refused (the analyzer's run will then fail)
 */
guint
baogao_layer_add (BaogaoLayer *self,
                  const char  *type,
                  gsize        start,
                  gsize        end)
{
  g_return_val_if_fail (BAOGAO_IS_LAYER (self), BAOGAO_LAYER_INVALID);
  g_return_val_if_fail (type != NULL, BAOGAO_LAYER_INVALID);

  if (start >= end || end > self->document->length)
    {
      violate (self, "added a “%s” annotation with an invalid span [%"
               G_GSIZE_FORMAT ", %" G_GSIZE_FORMAT ") (text length %" G_GSIZE_FORMAT ")",
               type, start, end, self->document->length);
      return BAOGAO_LAYER_INVALID;
    }

  return baogao_layer_add_bytes (self, type,
                                 baogao_document_offset_to_byte (self->document, start),
                                 baogao_document_offset_to_byte (self->document, end));
}

static BaogaoPending *
lookup_pending (BaogaoLayer *self,
                guint        handle)
{
  if (handle >= self->pending->len)
    {
      /* BAOGAO_LAYER_INVALID already recorded why. */
      if (handle != BAOGAO_LAYER_INVALID)
        violate (self, "used an unknown annotation handle %u", handle);
      return NULL;
    }
  return &g_array_index (self->pending, BaogaoPending, handle);
}

/**
 * baogao_layer_set_parent:
 * @self: a layer
 * @handle: an annotation of this layer
 * @parent: (nullable): an annotation of the document, from a layer the
 *   analyzer requires
 *
 * Makes @parent the parent of an annotation, such as the sentence a count
 * was found in.
 */
void
baogao_layer_set_parent (BaogaoLayer      *self,
                         guint             handle,
                         BaogaoAnnotation *parent)
{
  BaogaoPending *p;

  g_return_if_fail (BAOGAO_IS_LAYER (self));

  p = lookup_pending (self, handle);
  if (p == NULL)
    return;

  if (parent != NULL && parent->document != self->document)
    {
      violate (self, "set a parent from another document");
      return;
    }

  p->parent = parent;
  p->local_parent = -1;
}

/**
 * baogao_layer_set_local_parent:
 * @self: a layer
 * @handle: an annotation of this layer
 * @parent_handle: another annotation of this layer
 *
 * Makes an annotation of the same layer the parent of @handle, such as the
 * section of an item.
 */
void
baogao_layer_set_local_parent (BaogaoLayer *self,
                               guint        handle,
                               guint        parent_handle)
{
  BaogaoPending *p;

  g_return_if_fail (BAOGAO_IS_LAYER (self));

  p = lookup_pending (self, handle);
  if (p == NULL || lookup_pending (self, parent_handle) == NULL)
    return;

  if (parent_handle == handle)
    {
      violate (self, "made annotation %u its own parent", handle);
      return;
    }

  p->local_parent = parent_handle;
  p->parent = NULL;
}

static GQuark
key_quark (BaogaoLayer *self,
           const char  *key)
{
  return recent_quark (self->last_keys, self->last_key_quarks,
                       G_N_ELEMENTS (self->last_keys), &self->next_key_slot, key);
}

static void
set_feature (BaogaoLayer       *self,
             guint              handle,
             const char        *key,
             const BaogaoValue *value)
{
  LayerFeature f;

  if (lookup_pending (self, handle) == NULL)
    return;

  f.handle = handle;
  f.feature.key = key_quark (self, key);
  f.feature.value = *value;
  g_array_append_val (self->features, f);
}

/**
 * baogao_layer_set_string:
 * @self: a layer
 * @handle: an annotation of this layer
 * @key: the feature name
 * @value: the value, UTF-8
 *
 * Sets a string feature.
 */
void
baogao_layer_set_string (BaogaoLayer *self,
                         guint        handle,
                         const char  *key,
                         const char  *value)
{
  g_return_if_fail (value != NULL);

  baogao_layer_set_string_len (self, handle, key, value, -1);
}

/**
 * baogao_layer_set_string_len:
 * @self: a layer
 * @handle: an annotation of this layer
 * @key: the feature name
 * @value: (array length=length) (element-type guint8): the value, UTF-8
 * @length: the length of @value in bytes, or -1 if it is NUL-terminated
 *
 * Sets a string feature from a part of a string, such as a slice of the
 * text, without copying it first.
 */
void
baogao_layer_set_string_len (BaogaoLayer *self,
                             guint        handle,
                             const char  *key,
                             const char  *value,
                             gssize       length)
{
  BaogaoValue v = { BAOGAO_VALUE_STRING, { 0 } };
  gsize len;

  g_return_if_fail (BAOGAO_IS_LAYER (self));
  g_return_if_fail (key != NULL);
  g_return_if_fail (value != NULL);

  len = length < 0 ? strlen (value) : (gsize) length;
  if (!g_utf8_validate_len (value, len, NULL))
    {
      violate (self, "set feature “%s” to a string that is not valid UTF-8", key);
      return;
    }

  v.v.s = g_string_chunk_insert_len (self->strings, value, len);
  set_feature (self, handle, key, &v);
}

/**
 * baogao_layer_set_int:
 * @self: a layer
 * @handle: an annotation of this layer
 * @key: the feature name
 * @value: the value
 *
 * Sets an integer feature.
 */
void
baogao_layer_set_int (BaogaoLayer *self,
                      guint        handle,
                      const char  *key,
                      gint64       value)
{
  BaogaoValue v = { BAOGAO_VALUE_INT, { .i = value } };

  g_return_if_fail (BAOGAO_IS_LAYER (self));
  g_return_if_fail (key != NULL);

  set_feature (self, handle, key, &v);
}

/**
 * baogao_layer_set_double:
 * @self: a layer
 * @handle: an annotation of this layer
 * @key: the feature name
 * @value: the value, finite
 *
 * Sets a floating-point feature.
 */
void
baogao_layer_set_double (BaogaoLayer *self,
                         guint        handle,
                         const char  *key,
                         double       value)
{
  BaogaoValue v = { BAOGAO_VALUE_DOUBLE, { .d = value } };

  g_return_if_fail (BAOGAO_IS_LAYER (self));
  g_return_if_fail (key != NULL);

  if (!isfinite (value))
    {
      violate (self, "set feature “%s” to a value that is not finite", key);
      return;
    }

  set_feature (self, handle, key, &v);
}

/**
 * baogao_layer_set_boolean:
 * @self: a layer
 * @handle: an annotation of this layer
 * @key: the feature name
 * @value: the value
 *
 * Sets a boolean feature.
 */
void
baogao_layer_set_boolean (BaogaoLayer *self,
                          guint        handle,
                          const char  *key,
                          gboolean     value)
{
  BaogaoValue v = { BAOGAO_VALUE_BOOLEAN, { .b = !!value } };

  g_return_if_fail (BAOGAO_IS_LAYER (self));
  g_return_if_fail (key != NULL);

  set_feature (self, handle, key, &v);
}

static void
set_metadata (BaogaoLayer       *self,
              const char        *key,
              const BaogaoValue *value)
{
  LayerMetadata m = { g_strdup (key), *value };

  g_array_append_val (self->metadata, m);
}

/**
 * baogao_layer_set_metadata:
 * @self: a layer
 * @key: a metadata key, such as `date`
 * @value: the value, UTF-8
 *
 * Proposes a document metadata value. When the layer is merged, a key the
 * document already has keeps its value.
 */
void
baogao_layer_set_metadata (BaogaoLayer *self,
                           const char  *key,
                           const char  *value)
{
  BaogaoValue v = { BAOGAO_VALUE_STRING, { 0 } };

  g_return_if_fail (BAOGAO_IS_LAYER (self));
  g_return_if_fail (key != NULL);
  g_return_if_fail (value != NULL);

  if (!g_utf8_validate (value, -1, NULL))
    {
      violate (self, "set metadata “%s” to a string that is not valid UTF-8", key);
      return;
    }

  v.v.s = g_string_chunk_insert (self->strings, value);
  set_metadata (self, key, &v);
}

/**
 * baogao_layer_set_metadata_int:
 * @self: a layer
 * @key: a metadata key, such as `year_reported`
 * @value: the value
 *
 * Proposes an integer document metadata value.
 */
void
baogao_layer_set_metadata_int (BaogaoLayer *self,
                               const char  *key,
                               gint64       value)
{
  BaogaoValue v = { BAOGAO_VALUE_INT, { .i = value } };

  g_return_if_fail (BAOGAO_IS_LAYER (self));
  g_return_if_fail (key != NULL);

  set_metadata (self, key, &v);
}

/* Whether the analyzer kept the contract; the error names what it broke. */
gboolean
baogao_layer_check (BaogaoLayer  *self,
                    GError      **error)
{
  if (self->violation == NULL)
    return TRUE;

  g_set_error (error, BAOGAO_ERROR, BAOGAO_ERROR_ANALYZER_FAILED,
               "Analyzer “%s” %s", self->analyzer_name, self->violation);
  return FALSE;
}

static int
layer_feature_compare (gconstpointer a,
                       gconstpointer b)
{
  const LayerFeature *fa = a, *fb = b;

  return fa->handle < fb->handle ? -1 : fa->handle > fb->handle;
}

/* Merges the layer into the document's store and metadata. Features of
 * one annotation keep the order they were first set in; setting a key
 * again replaces its value. */
void
baogao_layer_merge_into (BaogaoLayer    *self,
                         BaogaoDocument *document)
{
  g_autoptr(GArray) features = NULL;
  BaogaoPending *pending = (BaogaoPending *) self->pending->data;
  guint i = 0;

  /* g_array_sort is a stable merge sort. */
  g_array_sort (self->features, layer_feature_compare);
  features = g_array_sized_new (FALSE, FALSE, sizeof (BaogaoFeature), self->features->len);

  while (i < self->features->len)
    {
      guint32 handle = g_array_index (self->features, LayerFeature, i).handle;
      guint first = features->len;

      for (; i < self->features->len; i++)
        {
          LayerFeature *lf = &g_array_index (self->features, LayerFeature, i);
          gboolean replaced = FALSE;

          if (lf->handle != handle)
            break;

          for (guint j = first; j < features->len; j++)
            if (g_array_index (features, BaogaoFeature, j).key == lf->feature.key)
              {
                g_array_index (features, BaogaoFeature, j).value = lf->feature.value;
                replaced = TRUE;
              }

          if (!replaced)
            g_array_append_val (features, lf->feature);
        }

      pending[handle].feat_first = first;
      pending[handle].n_feat = features->len - first;
    }

  baogao_store_merge (&document->store, document, pending, self->pending->len,
                      (const BaogaoFeature *) features->data,
                      baogao_store_intern_analyzer (&document->store, self->analyzer_name),
                      TRUE);

  for (i = 0; i < self->metadata->len; i++)
    {
      LayerMetadata *m = &g_array_index (self->metadata, LayerMetadata, i);

      baogao_document_set_metadata_value (document, m->key, &m->value, FALSE);
    }
}

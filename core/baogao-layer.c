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
 * beyond amortised array growth; strings are copied once into a chunk,
 * which the document keeps when the layer is merged.
 */

#include "baogao-layer-private.h"
#include "baogao-document-private.h"
#include "baogao-utf8-private.h"

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

typedef struct
{
  const char *string;   /* interned */
  GQuark      quark;
} QuarkSlot;

struct _BaogaoLayer
{
  GObject         parent_instance;

  BaogaoDocument *document;
  char           *analyzer_name;
  GQuark         *provides;      /* 0-terminated */
  BaogaoPending  *pending;       /* n_pending of pending_size */
  guint           n_pending;
  guint           pending_size;
  LayerFeature   *features;      /* n_features of features_size */
  guint           n_features;
  guint           features_size;
  GArray         *metadata;      /* LayerMetadata */
  GStringChunk   *strings;       /* handed to the store at merge */
  char           *violation;     /* first contract violation */
  gboolean        features_unordered; /* a feature set on an earlier handle */

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
  g_free (self->pending);
  g_free (self->features);
  g_array_unref (self->metadata);
  g_clear_pointer (&self->strings, g_string_chunk_free);
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

/* The chunk for string values; a new one if the layer was merged. */
static GStringChunk *
layer_strings (BaogaoLayer *self)
{
  if (self->strings == NULL)
    self->strings = g_string_chunk_new (1024);
  return self->strings;
}

/* Analyzers pass the same few type and key strings over and over, in
 * every document: caches of their quarks, one per thread (analyzers run on
 * the engine's threads, and quark strings live for the whole process),
 * spare adding an annotation GLib's global quark lock. */
static _Thread_local QuarkSlot type_quarks[128];
static _Thread_local QuarkSlot key_quarks[128];

/* The quark of @string, from a small cache of recent ones before GLib's
 * locked table: 64 sets of 2, the set chosen by the first two bytes, the
 * last one and the length, the most recent first in its set. Entries are
 * the interned copies, compared by content: a caller's buffer may be
 * reused for another string. */
static GQuark
cached_quark (QuarkSlot  *cache,
              const char *string)
{
  gsize length = strlen (string);
  guint hash = length == 0 ? 0 :
               ((guchar) string[0] * 31u + (guchar) string[1]) * 31u +
               (guchar) string[length - 1] * 7u + (guint) length;
  guint set = (hash & 63) * 2;
  QuarkSlot *slots = &cache[set];
  QuarkSlot found;

  if (slots[0].string != NULL && strcmp (slots[0].string, string) == 0)
    return slots[0].quark;

  if (slots[1].string != NULL && strcmp (slots[1].string, string) == 0)
    found = slots[1];
  else
    {
      found.quark = g_quark_from_string (string);
      found.string = g_quark_to_string (found.quark);
    }

  slots[1] = slots[0];
  slots[0] = found;
  return found.quark;
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
  return self->n_pending;
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

  quark = cached_quark (type_quarks, type);

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

  if (self->n_pending >= G_MAXINT32)
    {
      violate (self, "added too many annotations");
      return BAOGAO_LAYER_INVALID;
    }

  p.type = quark;
  p.byte_start = byte_start;
  p.byte_end = byte_end;
  p.local_parent = -1;
  if (G_UNLIKELY (self->n_pending == self->pending_size))
    {
      self->pending_size = MAX (64, self->pending_size * 2);
      self->pending = g_renew (BaogaoPending, self->pending, self->pending_size);
    }
  self->pending[self->n_pending] = p;

  return self->n_pending++;
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
  if (handle >= self->n_pending)
    {
      /* BAOGAO_LAYER_INVALID already recorded why. */
      if (handle != BAOGAO_LAYER_INVALID)
        violate (self, "used an unknown annotation handle %u", handle);
      return NULL;
    }
  return &self->pending[handle];
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
  return cached_quark (key_quarks, key);
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

  if (self->n_features > 0 && self->features[self->n_features - 1].handle > handle)
    self->features_unordered = TRUE;

  if (G_UNLIKELY (self->n_features == self->features_size))
    {
      if (self->features_size >= G_MAXINT32)
        {
          violate (self, "set too many features");
          return;
        }
      self->features_size = MAX (64, self->features_size * 2);
      self->features = g_renew (LayerFeature, self->features, self->features_size);
    }
  self->features[self->n_features++] = f;
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

  /* A slice of the text, cut on character boundaries, is valid UTF-8. */
  if (!baogao_document_is_text_slice (self->document, value, len) &&
      !baogao_utf8_is_valid (value, len))
    {
      violate (self, "set feature “%s” to a string that is not valid UTF-8", key);
      return;
    }

  v.v.s = g_string_chunk_insert_len (layer_strings (self), value, len);
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

  v.v.s = g_string_chunk_insert (layer_strings (self), value);
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
                       gconstpointer b,
                       gpointer      user_data)
{
  const LayerFeature *fa = a, *fb = b;

  return fa->handle < fb->handle ? -1 : fa->handle > fb->handle;
}

/* Merges the layer into the document's store and metadata. Features of
 * one annotation keep the order they were first set in; setting a key
 * again replaces its value. The store takes over the layer's strings. */
void
baogao_layer_merge_into (BaogaoLayer    *self,
                         BaogaoDocument *document)
{
  g_autoptr(GArray) features = NULL;
  BaogaoPending *pending = self->pending;
  const LayerFeature *set;
  BaogaoFeature *out;
  guint n_set = self->n_features;
  guint n_out = 0;
  guint i = 0;

  /* Analyzers mostly set features right after adding the annotation.
   * Otherwise: the order they were set in decides, so the sort must be
   * stable, as g_qsort_with_data() (a merge sort) is. */
  if (self->features_unordered)
    g_qsort_with_data (self->features, n_set, sizeof (LayerFeature),
                       layer_feature_compare, NULL);

  set = self->features;
  features = g_array_sized_new (FALSE, FALSE, sizeof (BaogaoFeature), n_set);
  g_array_set_size (features, n_set);
  out = (BaogaoFeature *) features->data;

  while (i < n_set)
    {
      guint32 handle = set[i].handle;
      guint first = n_out;

      for (; i < n_set && set[i].handle == handle; i++)
        {
          guint j;

          for (j = first; j < n_out; j++)
            if (out[j].key == set[i].feature.key)
              break;

          if (j < n_out)
            out[j].value = set[i].feature.value;
          else
            out[n_out++] = set[i].feature;
        }

      pending[handle].feat_first = first;
      pending[handle].n_feat = n_out - first;
    }

  baogao_store_merge (&document->store, document, pending, self->n_pending,
                      out, n_out, g_steal_pointer (&self->strings),
                      baogao_store_intern_analyzer (&document->store, self->analyzer_name),
                      TRUE);

  for (i = 0; i < self->metadata->len; i++)
    {
      LayerMetadata *m = &g_array_index (self->metadata, LayerMetadata, i);

      baogao_document_set_metadata_value (document, m->key, &m->value, FALSE);
    }
}

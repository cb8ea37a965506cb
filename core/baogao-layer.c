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

/* A key the layer was given, by the caller's address. The content is
 * checked unless the string is immutable (see
 * baogao_string_is_immutable()) in the generation @immutable. */
typedef struct
{
  const char *string;    /* the caller's pointer */
  const char *interned;  /* the quark's string, to check the content */
  GQuark      quark;
  gint        immutable; /* a generation, or 0 */
} PointerSlot;

/* A type the layer was given, by the caller's address, and the use of
 * the slots whose layer provides it. */
typedef struct
{
  const char *string;
  const char *interned;
  GQuark      quark;
  gint        immutable;
  guint64     provided_in;
} TypeSlot;

/* A string value the layer copied, by the caller's address, in use
 * @use of the slots. */
typedef struct
{
  const char *value;     /* the caller's pointer */
  const char *copy;      /* in the layer's strings */
  gsize       length;
  guint64     use;
} ValueSlot;

#define N_TYPE_SLOTS 16
#define N_KEY_SLOTS 256
#define N_VALUE_SLOTS 64
#define STRING_BLOCK_SIZE 4096

/* What analyzers passed last, by address (see pointer_slot()): a few KB,
 * which a layer borrows from a pool rather than having them cleared in
 * every new layer. A key's quark holds for any layer, so the key slots
 * are kept as they are from one layer to the next; type and value slots
 * count only in the use of the slots they were set in (a layer's value
 * copies are its own, and so is the check that it provides a type).
 * Slots are cleared once, when made. */
typedef struct _LayerSlots LayerSlots;

struct _LayerSlots
{
  LayerSlots  *next;     /* in the pool */
  guint64      use;      /* counts the layers (and merges) that had them */
  gint         generation; /* of immutable strings, when taken */
  TypeSlot     types[N_TYPE_SLOTS];
  PointerSlot  keys[N_KEY_SLOTS];
  ValueSlot    values[N_VALUE_SLOTS];
};

static GMutex slots_lock;
static LayerSlots *slots_pool;

static LayerSlots *
slots_take (void)
{
  LayerSlots *slots;

  g_mutex_lock (&slots_lock);
  slots = slots_pool;
  if (slots != NULL)
    slots_pool = slots->next;
  g_mutex_unlock (&slots_lock);

  if (slots == NULL)
    slots = g_new0 (LayerSlots, 1);
  slots->use++;

  /* A layer's run is too short for an object to be unloaded under it
   * (the analyzer's own never is): the generation is checked here. */
  baogao_immutable_refresh ();
  slots->generation = baogao_immutable_generation ();
  return slots;
}

static void
slots_give_back (LayerSlots *slots)
{
  g_mutex_lock (&slots_lock);
  slots->next = slots_pool;
  slots_pool = slots;
  g_mutex_unlock (&slots_lock);
}

struct _BaogaoLayer
{
  GObject         parent_instance;

  BaogaoDocument *document;
  char           *analyzer_name;
  GQuark         *provides;      /* 0-terminated */
  BaogaoPending  *pending;       /* n_pending of pending_size */
  guint           n_pending;
  guint           pending_size;
  BaogaoFeature  *features;      /* n_features of features_size */
  guint32        *feature_handles; /* the annotation of each, once unordered */
  guint           n_features;
  guint           features_size;
  guint           last_handle;   /* of the last feature set */
  guint64         last_keys;     /* bit (quark % 64) of each key set on it */
  GArray         *metadata;      /* LayerMetadata, or NULL */
  BaogaoStringBlock *strings;    /* handed to the store at merge */
  char           *strings_pos;   /* free space in the first block */
  gsize           strings_left;
  char           *violation;     /* first contract violation */
  gboolean        features_unordered; /* a feature set on an earlier handle */
  gboolean        merged;

  LayerSlots     *slots;
};

G_DEFINE_FINAL_TYPE (BaogaoLayer, baogao_layer, G_TYPE_OBJECT)

/* The layer's type, kept when its class is made. Every setter checks its
 * layer: comparing the instance's class's type with this spares a call of
 * baogao_layer_get_type() each time, and the type is final, so nothing
 * else can pass for a layer. The macro stands in for the inline function
 * of the same name, so that failed checks read the same. */
static GType layer_type;

static inline gboolean
is_layer (gconstpointer instance)
{
  const GTypeInstance *i = instance;

  return i != NULL && i->g_class != NULL && i->g_class->g_type == layer_type;
}

#define BAOGAO_IS_LAYER(instance) is_layer (instance)

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
  g_free (self->feature_handles);
  g_clear_pointer (&self->metadata, g_array_unref);
  if (self->slots != NULL)
    slots_give_back (self->slots);
  g_clear_pointer (&self->strings, baogao_string_blocks_free);
  g_free (self->violation);

  G_OBJECT_CLASS (baogao_layer_parent_class)->finalize (object);
}

static void
baogao_layer_class_init (BaogaoLayerClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = baogao_layer_finalize;
  layer_type = G_TYPE_FROM_CLASS (klass);
}

static void
baogao_layer_init (BaogaoLayer *self)
{
}

static GQuark cached_quark (QuarkSlot  *cache,
                            const char *string);
static _Thread_local QuarkSlot type_quarks[128];

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
    self->provides[i] = cached_quark (type_quarks, provides[i]);
  self->slots = slots_take ();

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

/* copy_string() when the first block lacks room: a long string gets a
 * block of its own (behind the first, which goes on being filled), a
 * short one a new first block. */
static const char *
copy_string_in_new_block (BaogaoLayer *self,
                          const char  *value,
                          gsize        length)
{
  BaogaoStringBlock *block;
  char *copy;

  if (length >= STRING_BLOCK_SIZE / 4)
    {
      block = g_malloc (sizeof (BaogaoStringBlock) + length + 1);
      if (self->strings != NULL)
        {
          block->next = self->strings->next;
          self->strings->next = block;
        }
      else
        {
          block->next = NULL;
          self->strings = block;
        }
      memcpy (block->data, value, length);
      block->data[length] = '\0';
      return block->data;
    }

  block = g_malloc (sizeof (BaogaoStringBlock) + STRING_BLOCK_SIZE);
  block->next = self->strings;
  self->strings = block;

  copy = block->data;
  memcpy (copy, value, length);
  copy[length] = '\0';
  self->strings_pos = copy + length + 1;
  self->strings_left = STRING_BLOCK_SIZE - (length + 1);

  return copy;
}

/* A NUL-terminated copy of @length bytes at @value, in the layer's
 * strings: blocks filled in turn. */
static inline const char *
copy_string (BaogaoLayer *self,
             const char  *value,
             gsize        length)
{
  char *copy;

  if (G_UNLIKELY (length >= self->strings_left))
    return copy_string_in_new_block (self, value, length);

  copy = self->strings_pos;
  memcpy (copy, value, length);
  copy[length] = '\0';
  self->strings_pos += length + 1;
  self->strings_left -= length + 1;

  return copy;
}

/* The slot of a caller's string among @n_slots (a power of 2): analyzers
 * pass the same type, key and value strings over and over, mostly
 * literals, so their address is the cheapest key. A slot still has to be
 * checked by content: a caller's buffer may be reused for another
 * string. */
static inline guint
pointer_slot (const char *string,
              guint       n_slots)
{
  guint64 h = (guint64) (guintptr) string * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15);

  return (guint) (h >> 40) & (n_slots - 1);
}

/* Analyzers pass the same few type and key strings over and over, in
 * every document: caches of their quarks, one per thread (analyzers run on
 * the engine's threads, and quark strings live for the whole process),
 * spare adding an annotation GLib's global quark lock. */
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
  TypeSlot *slot;
  GQuark quark;

  g_return_val_if_fail (BAOGAO_IS_LAYER (self), BAOGAO_LAYER_INVALID);
  g_return_val_if_fail (type != NULL, BAOGAO_LAYER_INVALID);

  slot = &self->slots->types[pointer_slot (type, N_TYPE_SLOTS)];
  if (slot->string == type && slot->provided_in == self->slots->use &&
      (slot->immutable == self->slots->generation || strcmp (slot->interned, type) == 0))
    quark = slot->quark;
  else
    {
      quark = cached_quark (type_quarks, type);

      if (!provides_type (self, quark))
        {
          violate (self, "added an annotation of type “%s”, which it does not provide", type);
          return BAOGAO_LAYER_INVALID;
        }

      if (slot->string != type || slot->quark != quark)
        {
          slot->string = type;
          slot->interned = g_quark_to_string (quark);
          slot->quark = quark;
          slot->immutable = baogao_string_is_immutable (type, strlen (slot->interned)) ?
                            self->slots->generation : 0;
        }
      slot->provided_in = self->slots->use;
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
      self->pending_size = MAX (512, self->pending_size * 2);
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

static inline GQuark
key_quark (BaogaoLayer *self,
           const char  *key)
{
  PointerSlot *slot = &self->slots->keys[pointer_slot (key, N_KEY_SLOTS)];

  if (slot->string != key ||
      (slot->immutable != self->slots->generation && strcmp (slot->interned, key) != 0))
    {
      slot->quark = cached_quark (key_quarks, key);
      slot->interned = g_quark_to_string (slot->quark);
      slot->string = key;
      slot->immutable = baogao_string_is_immutable (key, strlen (slot->interned)) ?
                        self->slots->generation : 0;
    }

  return slot->quark;
}

static gboolean
grow_features (BaogaoLayer *self)
{
  if (self->features_size >= G_MAXINT32)
    {
      violate (self, "set too many features");
      return FALSE;
    }
  self->features_size = MAX (256, self->features_size * 2);
  self->features = g_renew (BaogaoFeature, self->features, self->features_size);
  if (self->features_unordered)
    self->feature_handles = g_renew (guint32, self->feature_handles, self->features_size);
  return TRUE;
}

/* The first feature set on an earlier annotation: from now on each
 * feature's annotation is listed. Those set so far are each
 * annotation's together, in the order of the annotations. */
static void
start_unordered (BaogaoLayer *self)
{
  self->features_unordered = TRUE;
  self->feature_handles = g_new (guint32, self->features_size);
  for (guint h = 0; h < self->n_pending; h++)
    {
      const BaogaoPending *p = &self->pending[h];

      for (guint i = 0; i < p->n_feat; i++)
        self->feature_handles[p->feat_first + i] = h;
    }
}

/* Features of one annotation keep the order they were first set in;
 * setting a key again replaces its value. Analyzers mostly set features
 * right after adding the annotation: while they do, the features are
 * kept that way as they come, each annotation's together, and the array
 * is what the store takes over. Once a feature is set on an earlier
 * annotation, they are only listed, and put in order at merge. Inlined in
 * each setter: it is most of what they do. */
G_ALWAYS_INLINE static inline void
set_feature (BaogaoLayer       *self,
             guint              handle,
             const char        *key,
             const BaogaoValue *value)
{
  BaogaoPending *p;
  GQuark quark;

  if (G_UNLIKELY (handle >= self->n_pending))
    {
      lookup_pending (self, handle);
      return;
    }

  p = &self->pending[handle];
  quark = key_quark (self, key);

  if (G_LIKELY (!self->features_unordered))
    {
      guint64 bit = G_GUINT64_CONSTANT (1) << (quark & 63);

      if (self->n_features > 0 && handle == self->last_handle)
        {
          /* A key set again: the bits of those set rule most out. */
          if (self->last_keys & bit)
            {
              BaogaoFeature *f = &self->features[p->feat_first];

              for (guint i = 0; i < p->n_feat; i++)
                if (f[i].key == quark)
                  {
                    f[i].value = *value;
                    return;
                  }
            }
          self->last_keys |= bit;
        }
      else if (self->n_features > 0 && handle < self->last_handle)
        start_unordered (self);
      else
        {
          p->feat_first = self->n_features;
          p->n_feat = 0;
          self->last_keys = bit;
        }
    }

  if (G_UNLIKELY (self->n_features == self->features_size) && !grow_features (self))
    return;

  self->features[self->n_features].key = quark;
  self->features[self->n_features].value = *value;
  if (G_LIKELY (!self->features_unordered))
    p->n_feat++;
  else
    self->feature_handles[self->n_features] = handle;
  self->n_features++;
  self->last_handle = handle;
}

/* baogao_document_is_text_slice(), inline. */
static inline gboolean
is_text_slice (BaogaoDocument *document,
               const char     *data,
               gsize           length)
{
  guintptr at = (guintptr) data - (guintptr) document->text;

  /* Unsigned: a pointer before the text wraps to a large offset. */
  return at <= document->size &&
         length <= document->size - at &&
         baogao_document_is_char_boundary (document, at) &&
         baogao_document_is_char_boundary (document, at + length);
}

/* baogao_layer_set_string_len() past its checks, inlined in both string
 * setters. */
G_ALWAYS_INLINE static inline void
set_string (BaogaoLayer *self,
            guint        handle,
            const char  *key,
            const char  *value,
            gssize       length)
{
  BaogaoValue v = { BAOGAO_VALUE_STRING, { 0 } };
  ValueSlot *slot;
  gsize len;

  /* The same value again (say, a unit or a kind from a table): its copy
   * is shared, checked and copied once. Copies hold no NUL (see below),
   * so equal bytes up to the copy's NUL are an equal string. */
  slot = &self->slots->values[pointer_slot (value, N_VALUE_SLOTS)];
  if (slot->value == value && slot->use == self->slots->use &&
      (length < 0 ? strcmp (slot->copy, value) == 0
                  : (gsize) length == slot->length && memcmp (slot->copy, value, length) == 0))
    {
      v.v.s = slot->copy;
      set_feature (self, handle, key, &v);
      return;
    }

  len = length < 0 ? strlen (value) : (gsize) length;

  /* A slice of the text, cut on character boundaries, is valid UTF-8;
   * neither it nor a string that passes holds a NUL. */
  if (!is_text_slice (self->document, value, len) &&
      !baogao_utf8_is_valid (value, len))
    {
      violate (self, "set feature “%s” to a string that is not valid UTF-8", key);
      return;
    }

  v.v.s = copy_string (self, value, len);
  slot->value = value;
  slot->copy = v.v.s;
  slot->length = len;
  slot->use = self->slots->use;
  set_feature (self, handle, key, &v);
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
  /* The checks of baogao_layer_set_string_len(), in its order. */
  g_return_if_fail (value != NULL);
  g_return_if_fail (BAOGAO_IS_LAYER (self));
  g_return_if_fail (key != NULL);

  set_string (self, handle, key, value, -1);
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
  g_return_if_fail (BAOGAO_IS_LAYER (self));
  g_return_if_fail (key != NULL);
  g_return_if_fail (value != NULL);

  set_string (self, handle, key, value, length);
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

  if (self->metadata == NULL)
    {
      self->metadata = g_array_new (FALSE, FALSE, sizeof (LayerMetadata));
      g_array_set_clear_func (self->metadata, layer_metadata_clear);
    }
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

  v.v.s = copy_string (self, value, strlen (value));
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

/* Puts features set out of order in order (see set_feature()): stably
 * sorted by annotation, the first of each key in an annotation kept with
 * the last value set. Returns the new array; sets where each annotation's
 * are in @pending. */
static BaogaoFeature *
order_features (BaogaoLayer   *self,
                BaogaoPending *pending)
{
  g_autofree LayerFeature *set = g_new (LayerFeature, self->n_features);
  BaogaoFeature *out = g_new (BaogaoFeature, self->n_features);
  guint n_set = self->n_features;
  guint n_out = 0;
  guint i = 0;

  for (i = 0; i < n_set; i++)
    {
      set[i].handle = self->feature_handles[i];
      set[i].feature = self->features[i];
    }

  /* The order they were set in decides, so the sort must be stable, as
   * g_qsort_with_data() (a merge sort) is. */
  g_qsort_with_data (set, n_set, sizeof (LayerFeature), layer_feature_compare, NULL);

  i = 0;
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

  return out;
}

/* Merges the layer into the document's store and metadata, once: the
 * store takes over the layer's features and strings. */
void
baogao_layer_merge_into (BaogaoLayer    *self,
                         BaogaoDocument *document)
{
  BaogaoStore *store = &document->store;
  BaogaoFeature *features;
  guint i;

  g_return_if_fail (!self->merged);
  self->merged = TRUE;

  if (self->features_unordered)
    {
      features = order_features (self, self->pending);
      g_clear_pointer (&self->features, g_free);
    }
  else
    {
      /* The store keeps the array for the document's life: not with
       * most of it unused. */
      features = g_steal_pointer (&self->features);
      if (features != NULL && self->n_features < self->features_size / 2)
        features = g_renew (BaogaoFeature, features, self->n_features);
    }
  g_clear_pointer (&self->feature_handles, g_free);
  self->n_features = 0;
  self->features_size = 0;
  self->features_unordered = FALSE;

  /* The store keeps the strings; the slots pointing at them go. */
  baogao_store_merge_owned (store, document, self->pending, self->n_pending,
                            features, g_steal_pointer (&self->strings),
                            baogao_store_intern_analyzer (store, self->analyzer_name),
                            TRUE);
  self->strings_pos = NULL;
  self->strings_left = 0;
  self->slots->use++;

  for (i = 0; self->metadata != NULL && i < self->metadata->len; i++)
    {
      LayerMetadata *m = &g_array_index (self->metadata, LayerMetadata, i);

      /* Its strings are in the blocks the store now keeps. */
      baogao_document_take_metadata (document, g_steal_pointer (&m->key), &m->value);
    }
}

/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

#pragma once

#include <glib-object.h>
#include <baogao/baogao-annotation.h>
#include <baogao/baogao-document.h>

#include "baogao-value-private.h"

G_BEGIN_DECLS

/*
 * The annotation store of a document.
 *
 * Annotations are plain records allocated in blocks, one block per merged
 * layer, so a record's address never changes and a BaogaoAnnotation pointer
 * handed out stays valid as long as its document lives. The features of a
 * block's records are one array, the one the layer wrote; their strings
 * stay in the string blocks of that layer, which the store takes over at
 * merge (no copy, no hashing). Records are kept sorted by (start, longest
 * first, order of merging); the position in that order is the id.
 *
 * Span queries use an implicit augmented interval tree laid over the sorted
 * array (the array is the in-order walk of a balanced tree; each node keeps
 * the largest end of its subtree), one for all records and one per type,
 * kept sorted by merging each batch in (linear), their trees built on the
 * first overlap query after a change. Queries cost O(log n + k) and
 * allocate only the result array.
 */

struct _BaogaoAnnotation
{
  BaogaoDocument   *document;   /* not a reference: records live in it */
  BaogaoAnnotation *parent;
  BaogaoAnnotation *folded_into; /* set on a duplicate dropped at merge */
  const BaogaoFeature *features; /* n_feat of them */
  GQuark            type;
  guint32           start;
  guint32           end;
  guint32           byte_start;
  guint32           byte_end;
  guint32           id;
  guint32           n_feat;
  guint16           analyzer;
  guint16           n_extra_analyzers;
};

/* An annotation waiting to be merged: what a layer or the JSON reader
 * hands the store. */
typedef struct
{
  GQuark            type;
  guint32           byte_start;
  guint32           byte_end;
  gint32            local_parent;  /* index into the same batch, or -1 */
  BaogaoAnnotation *parent;        /* a merged annotation, or NULL */
  guint32           feat_first;    /* into the batch's feature array */
  guint32           n_feat;
} BaogaoPending;

typedef struct
{
  BaogaoAnnotation **sorted; /* len of size, in id order */
  guint      len;
  guint      size;
  guint32   *max_end;    /* augmented tree, same length as sorted */
  gint       tree_ready; /* max_end is built for sorted (atomic) */
} BaogaoSpanIndex;

/* A type and its index, in the store's open-addressing table. */
typedef struct
{
  GQuark           type;   /* 0: free */
  BaogaoSpanIndex *index;
} BaogaoTypeIndex;

/* The strings a layer writes: blocks filled one after the other, each
 * linked to the one filled before it. The store takes the list over at
 * merge. */
typedef struct _BaogaoStringBlock BaogaoStringBlock;

struct _BaogaoStringBlock
{
  BaogaoStringBlock *next;
  char               data[];
};

void               baogao_string_blocks_free     (BaogaoStringBlock      *blocks);

typedef struct
{
  GPtrArray    *blocks;      /* owned record arrays, and their BaogaoFeature arrays */
  GStringChunk *strings;     /* interned: names, metadata, borrowed strings */
  GPtrArray    *chunks;      /* BaogaoStringBlock lists, taken over from merged layers */
  GPtrArray    *analyzers;   /* analyzer index → name (in strings) */
  GHashTable   *provenance;  /* record → GArray of guint16, extra analyzers */
  BaogaoSpanIndex all;
  BaogaoTypeIndex *by_type;  /* n_types in type_slots (a power of 2) */
  guint         n_types;
  guint         type_slots;
  GPtrArray    *index_blocks; /* the type indexes, allocated in blocks */
  BaogaoSpanIndex *free_indexes; /* n_free_indexes left in the last block */
  guint         n_free_indexes;
  guint         ids_from;    /* records from there on may have stale ids */
  gboolean      dirty;       /* merged since ids were assigned */
} BaogaoStore;

gint               baogao_immutable_generation   (void);
void               baogao_immutable_refresh      (void);
gboolean           baogao_string_is_immutable    (const char             *string,
                                                  gsize                   length);

void               baogao_store_init             (BaogaoStore            *store);
void               baogao_store_clear            (BaogaoStore            *store);
guint16            baogao_store_intern_analyzer  (BaogaoStore            *store,
                                                  const char             *name);
const char        *baogao_store_intern_string    (BaogaoStore            *store,
                                                  const char             *string);
/* @strings: (transfer full) (nullable): the blocks that hold the
 * batch's strings, kept by the store; or NULL, and they are copied. */
BaogaoAnnotation  *baogao_store_merge            (BaogaoStore            *store,
                                                  BaogaoDocument         *document,
                                                  const BaogaoPending    *pending,
                                                  guint                   n_pending,
                                                  const BaogaoFeature    *features,
                                                  guint                   n_features,
                                                  BaogaoStringBlock      *strings,
                                                  guint16                 analyzer,
                                                  gboolean                fold_duplicates);
/* baogao_store_merge() of features the store takes over: @features
 * (transfer full) (nullable), whose strings are in @strings. */
BaogaoAnnotation  *baogao_store_merge_owned      (BaogaoStore            *store,
                                                  BaogaoDocument         *document,
                                                  const BaogaoPending    *pending,
                                                  guint                   n_pending,
                                                  BaogaoFeature          *features,
                                                  BaogaoStringBlock      *strings,
                                                  guint16                 analyzer,
                                                  gboolean                fold_duplicates);
void               baogao_store_add_provenance   (BaogaoStore            *store,
                                                  BaogaoAnnotation       *record,
                                                  guint16                 analyzer);
const guint16     *baogao_store_get_extra_analyzers (BaogaoStore         *store,
                                                  const BaogaoAnnotation *record,
                                                  guint                  *n);
void               baogao_store_commit           (BaogaoStore            *store);
guint              baogao_store_get_size         (BaogaoStore            *store);
BaogaoAnnotation  *baogao_store_get              (BaogaoStore            *store,
                                                  guint                   id);
const BaogaoFeature *baogao_store_get_features   (BaogaoStore            *store,
                                                  const BaogaoAnnotation *record);
const BaogaoFeature *baogao_store_lookup_feature (BaogaoStore            *store,
                                                  const BaogaoAnnotation *record,
                                                  const char             *key);

/* Queries; spans in code points. type 0 means every type. Results are
 * appended to @out in id order. */
void               baogao_store_query_type       (BaogaoStore            *store,
                                                  GQuark                  type,
                                                  GPtrArray              *out);
void               baogao_store_query_overlapping (BaogaoStore           *store,
                                                  GQuark                  type,
                                                  gsize                   start,
                                                  gsize                   end,
                                                  GPtrArray              *out);
void               baogao_store_query_inside     (BaogaoStore            *store,
                                                  GQuark                  type,
                                                  gsize                   start,
                                                  gsize                   end,
                                                  GPtrArray              *out);

G_END_DECLS

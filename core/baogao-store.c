/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/* The annotation store: see baogao-store-private.h for the layout. */

#include "baogao-document-private.h"
#include "baogao-store-private.h"

#include <string.h>

static void assign_ids (BaogaoStore *store);

static void
span_index_clear (BaogaoSpanIndex *index)
{
  g_clear_pointer (&index->sorted, g_ptr_array_unref);
  g_clear_pointer (&index->max_end, g_free);
}

static void
span_index_free (gpointer data)
{
  BaogaoSpanIndex *index = data;

  span_index_clear (index);
  g_free (index);
}

void
baogao_store_init (BaogaoStore *store)
{
  memset (store, 0, sizeof *store);
  store->blocks = g_ptr_array_new_with_free_func (g_free);
  store->features = g_array_new (FALSE, FALSE, sizeof (BaogaoFeature));
  store->strings = g_string_chunk_new (4096);
  store->chunks = g_ptr_array_new_with_free_func ((GDestroyNotify) g_string_chunk_free);
  store->analyzers = g_ptr_array_new ();
  store->provenance = g_hash_table_new_full (NULL, NULL, NULL,
                                             (GDestroyNotify) g_array_unref);
  store->all.sorted = g_ptr_array_new ();
  store->by_type = g_hash_table_new_full (NULL, NULL, NULL, span_index_free);
}

void
baogao_store_clear (BaogaoStore *store)
{
  g_clear_pointer (&store->blocks, g_ptr_array_unref);
  g_clear_pointer (&store->features, g_array_unref);
  g_clear_pointer (&store->strings, g_string_chunk_free);
  g_clear_pointer (&store->chunks, g_ptr_array_unref);
  g_clear_pointer (&store->analyzers, g_ptr_array_unref);
  g_clear_pointer (&store->provenance, g_hash_table_unref);
  g_clear_pointer (&store->by_type, g_hash_table_unref);
  span_index_clear (&store->all);
}

const char *
baogao_store_intern_string (BaogaoStore *store,
                            const char  *string)
{
  return g_string_chunk_insert_const (store->strings, string);
}

guint16
baogao_store_intern_analyzer (BaogaoStore *store,
                              const char  *name)
{
  const char *interned = baogao_store_intern_string (store, name);

  /* Chunk strings are unique, so pointers compare. */
  for (guint i = 0; i < store->analyzers->len; i++)
    if (g_ptr_array_index (store->analyzers, i) == interned)
      return i;

  g_assert (store->analyzers->len < G_MAXUINT16);
  g_ptr_array_add (store->analyzers, (gpointer) interned);
  return store->analyzers->len - 1;
}

/* Ids are assigned once after a batch of merges (the engine merges a
 * whole level, then commits), not after every layer. Readers call this
 * first; once committed it is a flag test, so concurrent readers of a
 * committed store never write, except to build a tree an overlap query
 * needs (under a lock, see span_index_tree()). */
void
baogao_store_commit (BaogaoStore *store)
{
  if (store->dirty)
    {
      assign_ids (store);
      store->dirty = FALSE;
    }
}

guint
baogao_store_get_size (BaogaoStore *store)
{
  return store->all.sorted->len;
}

BaogaoAnnotation *
baogao_store_get (BaogaoStore *store,
                  guint        id)
{
  baogao_store_commit (store);
  if (id >= store->all.sorted->len)
    return NULL;
  return g_ptr_array_index (store->all.sorted, id);
}

const BaogaoFeature *
baogao_store_get_features (BaogaoStore            *store,
                           const BaogaoAnnotation *record)
{
  if (record->n_feat == 0)
    return NULL;
  return &g_array_index (store->features, BaogaoFeature, record->feat_first);
}

const BaogaoFeature *
baogao_store_lookup_feature (BaogaoStore            *store,
                             const BaogaoAnnotation *record,
                             const char             *key)
{
  const BaogaoFeature *features = baogao_store_get_features (store, record);

  /* A record has a handful of features: comparing their names is cheaper
   * than g_quark_try_string(), which takes GLib's global quark lock, and
   * analyzers read features from several threads at once. */
  for (guint i = 0; i < record->n_feat; i++)
    {
      const char *name = g_quark_to_string (features[i].key);

      if (name[0] == key[0] && strcmp (name, key) == 0)
        return &features[i];
    }

  return NULL;
}

void
baogao_store_add_provenance (BaogaoStore      *store,
                             BaogaoAnnotation *record,
                             guint16           analyzer)
{
  GArray *extra;

  if (record->analyzer == analyzer)
    return;

  extra = g_hash_table_lookup (store->provenance, record);
  if (extra == NULL)
    {
      extra = g_array_new (FALSE, FALSE, sizeof (guint16));
      g_hash_table_insert (store->provenance, record, extra);
    }

  for (guint i = 0; i < extra->len; i++)
    if (g_array_index (extra, guint16, i) == analyzer)
      return;

  g_array_append_val (extra, analyzer);
  record->n_extra_analyzers = extra->len;
}

const guint16 *
baogao_store_get_extra_analyzers (BaogaoStore            *store,
                                  const BaogaoAnnotation *record,
                                  guint                  *n)
{
  GArray *extra;

  *n = 0;
  if (record->n_extra_analyzers == 0)
    return NULL;

  extra = g_hash_table_lookup (store->provenance, record);
  *n = extra->len;
  return (const guint16 *) extra->data;
}

/* Order of records: by start, then longest first (so that a container
 * comes before what it contains), then by merge sequence. */
static inline int
record_compare (const BaogaoAnnotation *a,
                const BaogaoAnnotation *b)
{
  if (a->byte_start != b->byte_start)
    return a->byte_start < b->byte_start ? -1 : 1;
  if (a->byte_end != b->byte_end)
    return a->byte_end > b->byte_end ? -1 : 1;
  if (a->seq != b->seq)
    return a->seq < b->seq ? -1 : 1;
  return 0;
}

/* Sorts @records by record_compare(), stably. A layer is typically a few
 * runs already in order (say, the activities of a domain, then its
 * tallies): a natural merge sort takes them as they are, so the cost is
 * n × log(runs), with the comparison inlined. */
static void
sort_runs (BaogaoAnnotation **records,
           guint              n)
{
  g_autofree BaogaoAnnotation **buffer = g_new (BaogaoAnnotation *, n);
  BaogaoAnnotation **from = records, **to = buffer;
  gboolean sorted = FALSE;

  while (!sorted)
    {
      guint start = 0, out = 0;

      sorted = TRUE;
      while (start < n)
        {
          guint mid = start + 1, end;
          guint i, j;

          while (mid < n && record_compare (from[mid - 1], from[mid]) <= 0)
            mid++;
          end = mid < n ? mid + 1 : n;
          while (end < n && record_compare (from[end - 1], from[end]) <= 0)
            end++;
          if (mid < n)
            sorted = FALSE;

          /* Merge [start, mid) and [mid, end); on ties the first wins. */
          for (i = start, j = mid; i < mid && j < end;)
            to[out++] = record_compare (from[j], from[i]) < 0 ? from[j++] : from[i++];
          while (i < mid)
            to[out++] = from[i++];
          while (j < end)
            to[out++] = from[j++];

          start = end;
        }

      {
        BaogaoAnnotation **swap = from;

        from = to;
        to = swap;
      }
    }

  if (from != records)
    memcpy (records, from, n * sizeof *records);
}

static gboolean
features_equal (BaogaoStore            *store,
                const BaogaoAnnotation *a,
                const BaogaoAnnotation *b)
{
  const BaogaoFeature *fa, *fb;

  if (a->n_feat != b->n_feat)
    return FALSE;

  fa = baogao_store_get_features (store, a);
  fb = baogao_store_get_features (store, b);

  /* Features are compared in order: an analyzer that writes the same
   * features in another order is a different annotation, which is rare
   * and harmless (it is kept, not folded). */
  for (guint i = 0; i < a->n_feat; i++)
    if (fa[i].key != fb[i].key || !baogao_value_equal (&fa[i].value, &fb[i].value))
      return FALSE;

  return TRUE;
}

static inline BaogaoAnnotation *
resolve_folded (BaogaoAnnotation *record)
{
  while (record != NULL && record->folded_into != NULL)
    record = record->folded_into;
  return record;
}

static gboolean
records_duplicate (BaogaoStore            *store,
                   const BaogaoAnnotation *a,
                   const BaogaoAnnotation *b)
{
  return a->type == b->type &&
         a->byte_start == b->byte_start &&
         a->byte_end == b->byte_end &&
         resolve_folded (a->parent) == resolve_folded (b->parent) &&
         features_equal (store, a, b);
}

/* First index in @sorted whose record does not sort before the span
 * (byte_start, byte_end) with the smallest sequence. */
static guint
lower_bound_span (GPtrArray *sorted,
                  guint32    byte_start,
                  guint32    byte_end)
{
  guint lo = 0, hi = sorted->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      const BaogaoAnnotation *r = g_ptr_array_index (sorted, mid);

      if (r->byte_start < byte_start ||
          (r->byte_start == byte_start && r->byte_end > byte_end))
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo;
}

static BaogaoAnnotation *
find_duplicate (BaogaoStore            *store,
                GPtrArray              *sorted,
                const BaogaoAnnotation *record)
{
  for (guint i = lower_bound_span (sorted, record->byte_start, record->byte_end);
       i < sorted->len; i++)
    {
      BaogaoAnnotation *other = g_ptr_array_index (sorted, i);

      if (other->byte_start != record->byte_start ||
          other->byte_end != record->byte_end)
        break;
      if (other != record && other->folded_into == NULL &&
          records_duplicate (store, other, record))
        return other;
    }

  return NULL;
}

/* Builds the max-end array of the implicit tree over [lo, hi). */
static guint32
build_max_end (BaogaoAnnotation **sorted,
               guint32           *max_end,
               guint              lo,
               guint              hi)
{
  guint mid;
  guint32 m, left, right;

  if (lo >= hi)
    return 0;

  mid = lo + (hi - lo) / 2;
  m = sorted[mid]->end;
  left = build_max_end (sorted, max_end, lo, mid);
  right = build_max_end (sorted, max_end, mid + 1, hi);
  m = MAX (m, MAX (left, right));
  max_end[mid] = m;

  return m;
}

/* The tree is built on the first overlap query after a change, not at
 * every commit: most indexes are only ever listed. Readers of a committed
 * store may run on several threads, hence the lock; once built, the flag
 * is read without it. */
static G_LOCK_DEFINE (tree_build);

static const guint32 *
span_index_tree (BaogaoSpanIndex *index)
{
  if (!g_atomic_int_get (&index->tree_ready))
    {
      G_LOCK (tree_build);
      if (!g_atomic_int_get (&index->tree_ready))
        {
          g_free (index->max_end);
          index->max_end = g_new (guint32, MAX (index->sorted->len, 1));
          build_max_end ((BaogaoAnnotation **) index->sorted->pdata, index->max_end,
                         0, index->sorted->len);
          g_atomic_int_set (&index->tree_ready, TRUE);
        }
      G_UNLOCK (tree_build);
    }

  return index->max_end;
}

/* Merges the sorted run @fresh into @index's sorted array: linear, one
 * new array. */
static void
span_index_merge (BaogaoSpanIndex   *index,
                  BaogaoAnnotation **fresh,
                  guint              n_fresh)
{
  BaogaoAnnotation **old = (BaogaoAnnotation **) index->sorted->pdata;
  guint n_old = index->sorted->len;
  GPtrArray *merged;
  BaogaoAnnotation **out;
  guint i = 0, j = 0, k = 0;

  if (n_fresh == 0)
    return;

  merged = g_ptr_array_sized_new (n_old + n_fresh);
  g_ptr_array_set_size (merged, n_old + n_fresh);
  out = (BaogaoAnnotation **) merged->pdata;

  while (i < n_old && j < n_fresh)
    out[k++] = record_compare (old[i], fresh[j]) < 0 ? old[i++] : fresh[j++];
  if (i < n_old)
    memcpy (out + k, old + i, (n_old - i) * sizeof *out);
  else
    memcpy (out + k, fresh + j, (n_fresh - j) * sizeof *out);

  g_ptr_array_unref (index->sorted);
  index->sorted = merged;
  index->tree_ready = FALSE;
}

static BaogaoSpanIndex *
type_index (BaogaoStore *store,
            GQuark       type)
{
  BaogaoSpanIndex *index = g_hash_table_lookup (store->by_type, GUINT_TO_POINTER (type));

  if (index == NULL)
    {
      index = g_new0 (BaogaoSpanIndex, 1);
      index->sorted = g_ptr_array_new ();
      g_hash_table_insert (store->by_type, GUINT_TO_POINTER (type), index);
    }

  return index;
}

#define MAX_GATHERED_TYPES 8

static int
record_type_compare (gconstpointer a,
                     gconstpointer b,
                     gpointer      user_data)
{
  GQuark ta = (*(BaogaoAnnotation * const *) a)->type;
  GQuark tb = (*(BaogaoAnnotation * const *) b)->type;

  return ta < tb ? -1 : ta > tb;
}

/* Adds the sorted records kept from one merge to the index of all records
 * and to those of their types. An index not touched keeps its arrays:
 * records of other types coming in do not change its order. */
static void
add_to_indexes (BaogaoStore       *store,
                BaogaoAnnotation **fresh,
                guint              n_fresh)
{
  g_autofree BaogaoAnnotation **by_type = NULL;
  GQuark types[MAX_GATHERED_TYPES];
  guint n_types;

  if (n_fresh == 0)
    return;

  span_index_merge (&store->all, fresh, n_fresh);

  /* The records grouped by type, each group in text order, then merged
   * group by group into their indexes. A layer holds a few types: up to
   * MAX_GATHERED_TYPES, one pass gathers each; beyond, a stable sort by
   * type groups them, so that a batch of many types stays n log n. */
  by_type = g_new (BaogaoAnnotation *, n_fresh);
  n_types = 0;
  for (guint i = 0; i < n_fresh && n_types <= MAX_GATHERED_TYPES; i++)
    {
      guint t = 0;

      while (t < n_types && types[t] != fresh[i]->type)
        t++;
      if (t == n_types && n_types++ < MAX_GATHERED_TYPES)
        types[t] = fresh[i]->type;
    }

  if (n_types <= MAX_GATHERED_TYPES)
    {
      guint n = 0;

      for (guint t = 0; t < n_types; t++)
        for (guint i = 0; i < n_fresh; i++)
          if (fresh[i]->type == types[t])
            by_type[n++] = fresh[i];
    }
  else
    {
      memcpy (by_type, fresh, n_fresh * sizeof *fresh);
      g_qsort_with_data (by_type, n_fresh, sizeof *by_type, record_type_compare, NULL);
    }

  for (guint first = 0, next; first < n_fresh; first = next)
    {
      GQuark type = by_type[first]->type;

      for (next = first + 1; next < n_fresh && by_type[next]->type == type; next++)
        ;
      span_index_merge (type_index (store, type), by_type + first, next - first);
    }
}

/* Ids follow the order of all records. */
static void
assign_ids (BaogaoStore *store)
{
  BaogaoAnnotation **all = (BaogaoAnnotation **) store->all.sorted->pdata;

  for (guint i = 0; i < store->all.sorted->len; i++)
    all[i]->id = i;
}

BaogaoAnnotation *
baogao_store_merge (BaogaoStore         *store,
                    BaogaoDocument      *document,
                    const BaogaoPending *pending,
                    guint                n_pending,
                    const BaogaoFeature *features,
                    guint                n_features,
                    GStringChunk        *strings,
                    guint16              analyzer,
                    gboolean             fold_duplicates)
{
  BaogaoAnnotation *block;
  g_autofree BaogaoAnnotation **fresh = NULL;
  guint feat_base = store->features->len;
  guint n_fresh = n_pending;
  gboolean in_order = TRUE;
  guint i, j;

  if (strings != NULL)
    g_ptr_array_add (store->chunks, strings);

  if (n_pending == 0)
    return NULL;

  /* Every field is set below: no need to clear the block first. */
  block = g_new (BaogaoAnnotation, n_pending);
  g_ptr_array_add (store->blocks, block);

  g_array_append_vals (store->features, features, n_features);
  if (strings == NULL)
    {
      BaogaoFeature *copied = &g_array_index (store->features, BaogaoFeature, feat_base);

      /* Borrowed strings: the store keeps copies. */
      for (i = 0; i < n_features; i++)
        if (copied[i].value.type == BAOGAO_VALUE_STRING)
          copied[i].value.v.s = g_string_chunk_insert_const (store->strings, copied[i].value.v.s);
    }

  fresh = g_new (BaogaoAnnotation *, n_pending);
  for (i = 0; i < n_pending; i++)
    {
      const BaogaoPending *p = &pending[i];
      BaogaoAnnotation *r = &block[i];

      r->document = document;
      r->folded_into = NULL;
      r->id = 0;
      r->n_extra_analyzers = 0;
      r->type = p->type;
      r->byte_start = p->byte_start;
      r->byte_end = p->byte_end;
      r->start = baogao_document_byte_to_offset_unchecked (document, p->byte_start);
      r->end = baogao_document_byte_to_offset_unchecked (document, p->byte_end);
      r->seq = store->next_seq++;
      r->analyzer = analyzer;

      if (p->local_parent >= 0 && (guint) p->local_parent < n_pending)
        r->parent = &block[p->local_parent];
      else
        r->parent = p->parent;

      r->feat_first = p->n_feat > 0 ? feat_base + p->feat_first : feat_base;
      r->n_feat = p->n_feat;

      fresh[i] = r;
      if (i > 0 && record_compare (fresh[i - 1], r) > 0)
        in_order = FALSE;
    }

  /* Analyzers mostly add in text order: sort only when one did not. */
  if (!in_order)
    sort_runs (fresh, n_pending);

  if (fold_duplicates)
    {
      guint kept = 0;

      for (i = 0; i < n_pending; i++)
        {
          BaogaoAnnotation *r = fresh[i];
          BaogaoAnnotation *dup = find_duplicate (store, store->all.sorted, r);

          if (dup == NULL)
            {
              /* Within the layer: an equal record kept earlier. */
              for (j = kept; j > 0; j--)
                {
                  BaogaoAnnotation *prev = fresh[j - 1];

                  if (prev->byte_start != r->byte_start || prev->byte_end != r->byte_end)
                    break;
                  if (prev->folded_into == NULL && records_duplicate (store, prev, r))
                    {
                      dup = prev;
                      break;
                    }
                }
            }

          if (dup != NULL)
            {
              r->folded_into = dup;
              baogao_store_add_provenance (store, dup, analyzer);
            }
          else
            fresh[kept++] = r;
        }
      n_fresh = kept;
    }

  /* Parents may point at folded records. */
  for (i = 0; i < n_pending; i++)
    block[i].parent = resolve_folded (block[i].parent);

  add_to_indexes (store, fresh, n_fresh);
  store->dirty = TRUE;

  return block;
}

static BaogaoSpanIndex *
lookup_index (BaogaoStore *store,
              GQuark       type)
{
  baogao_store_commit (store);
  if (type == 0)
    return &store->all;
  return g_hash_table_lookup (store->by_type, GUINT_TO_POINTER (type));
}

void
baogao_store_query_type (BaogaoStore *store,
                         GQuark       type,
                         GPtrArray   *out)
{
  BaogaoSpanIndex *index = lookup_index (store, type);

  if (index == NULL)
    return;

  g_ptr_array_extend (out, index->sorted, NULL, NULL);
}

static void
overlap_walk (const BaogaoSpanIndex *index,
              const guint32         *max_end,
              guint                  lo,
              guint                  hi,
              guint32                start,
              guint32                end,
              GPtrArray             *out)
{
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      BaogaoAnnotation *r;

      /* Nothing in this subtree reaches past start. */
      if (max_end[mid] <= start)
        return;

      overlap_walk (index, max_end, lo, mid, start, end, out);

      r = g_ptr_array_index (index->sorted, mid);
      if (r->start >= end)
        return;
      if (r->end > start)
        g_ptr_array_add (out, r);

      lo = mid + 1;
    }
}

void
baogao_store_query_overlapping (BaogaoStore *store,
                                GQuark       type,
                                gsize        start,
                                gsize        end,
                                GPtrArray   *out)
{
  BaogaoSpanIndex *index = lookup_index (store, type);

  if (index == NULL || start >= end || index->sorted->len == 0)
    return;

  overlap_walk (index, span_index_tree (index), 0, index->sorted->len,
                (guint32) MIN (start, G_MAXUINT32),
                (guint32) MIN (end, G_MAXUINT32), out);
}

void
baogao_store_query_inside (BaogaoStore *store,
                           GQuark       type,
                           gsize        start,
                           gsize        end,
                           GPtrArray   *out)
{
  BaogaoSpanIndex *index = lookup_index (store, type);
  guint lo = 0, hi;

  if (index == NULL || start >= end)
    return;

  hi = index->sorted->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (((BaogaoAnnotation *) g_ptr_array_index (index->sorted, mid))->start < start)
        lo = mid + 1;
      else
        hi = mid;
    }

  for (; lo < index->sorted->len; lo++)
    {
      BaogaoAnnotation *r = g_ptr_array_index (index->sorted, lo);

      if (r->start >= end)
        break;
      if (r->end <= end)
        g_ptr_array_add (out, r);
    }
}

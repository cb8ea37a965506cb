/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/* The annotation store: see baogao-store-private.h for the layout. */

/* dl_iterate_phdr(), see baogao_string_is_immutable(). */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif

#include "baogao-document-private.h"
#include "baogao-store-private.h"

#include <string.h>

#ifdef __GLIBC__
#include <link.h>
#endif

static void assign_ids (BaogaoStore *store);

/* Immutable strings.
 *
 * Analyzers pass the same keys and types over and over, mostly string
 * literals, and the caches of what they passed go by address. An address
 * alone does not say the string is the same (a caller's buffer may be
 * reused), unless the string is in a read-only segment of a loaded
 * object: then its bytes cannot change while the object is loaded. The
 * read-only ranges of the loaded objects are listed once, again when an
 * object was loaded since, and a change of generation drops every answer
 * when one was unloaded (plugin modules never are). */

static gint readonly_generation = 1;

#ifdef __GLIBC__
typedef struct
{
  guintptr start;
  guintptr end;
} ReadOnlyRange;

static GMutex readonly_lock;
static GArray *readonly_ranges;          /* ReadOnlyRange */
static unsigned long long readonly_adds;
static unsigned long long readonly_subs;

typedef struct
{
  unsigned long long adds;
  unsigned long long subs;
} LoadCounts;

static int
load_counts_cb (struct dl_phdr_info *info,
                size_t               size,
                void                *data)
{
  LoadCounts *counts = data;

  counts->adds = info->dlpi_adds;
  counts->subs = info->dlpi_subs;
  return 1;
}

static int
list_ranges_cb (struct dl_phdr_info *info,
                size_t               size,
                void                *data)
{
  GArray *ranges = data;

  for (int i = 0; i < info->dlpi_phnum; i++)
    {
      const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
      ReadOnlyRange range;

      if (ph->p_type != PT_LOAD || (ph->p_flags & PF_W) != 0 || ph->p_memsz == 0)
        continue;
      range.start = (guintptr) info->dlpi_addr + ph->p_vaddr;
      range.end = range.start + ph->p_memsz;
      g_array_append_val (ranges, range);
    }

  return 0;
}

static int
range_compare (gconstpointer a,
               gconstpointer b)
{
  const ReadOnlyRange *ra = a, *rb = b;

  return ra->start < rb->start ? -1 : ra->start > rb->start;
}

/* Under readonly_lock: brings the list up to date. */
static void
readonly_update_locked (void)
{
  LoadCounts counts = { 0, 0 };

  dl_iterate_phdr (load_counts_cb, &counts);
  if (readonly_ranges != NULL && counts.adds == readonly_adds && counts.subs == readonly_subs)
    return;

  if (counts.subs != readonly_subs)
    g_atomic_int_inc (&readonly_generation);
  readonly_adds = counts.adds;
  readonly_subs = counts.subs;

  if (readonly_ranges == NULL)
    readonly_ranges = g_array_new (FALSE, FALSE, sizeof (ReadOnlyRange));
  g_array_set_size (readonly_ranges, 0);
  dl_iterate_phdr (list_ranges_cb, readonly_ranges);
  /* Segments do not overlap: sorted, each address is in the last one
   * starting before it, if any. */
  g_array_sort (readonly_ranges, range_compare);
}

static gboolean
in_readonly_range_locked (guintptr start,
                          guintptr end)
{
  const ReadOnlyRange *ranges = (const ReadOnlyRange *) readonly_ranges->data;
  guint lo = 0, hi = readonly_ranges->len;

  /* The last range starting at or before @start. */
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (ranges[mid].start <= start)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo > 0 && end <= ranges[lo - 1].end;
}

#endif

/* The generation the answers of baogao_string_is_immutable() hold for:
 * compare it with the current one before relying on an answer. */
gint
baogao_immutable_generation (void)
{
  return g_atomic_int_get (&readonly_generation);
}

/* Checks whether an object was unloaded (cheap; each new layer does). */
void
baogao_immutable_refresh (void)
{
#ifdef __GLIBC__
  g_mutex_lock (&readonly_lock);
  readonly_update_locked ();
  g_mutex_unlock (&readonly_lock);
#endif
}

/* Whether the @length bytes at @string and the NUL after them lie in a
 * read-only segment of a loaded object: a string literal, say. */
gboolean
baogao_string_is_immutable (const char *string,
                            gsize       length)
{
#ifdef __GLIBC__
  guintptr start = (guintptr) string;
  guintptr end = start + length + 1;
  gboolean found;

  if (end <= start)
    return FALSE;

  g_mutex_lock (&readonly_lock);
  if (readonly_ranges == NULL)
    readonly_update_locked ();
  found = in_readonly_range_locked (start, end);
  if (!found)
    {
      /* Perhaps in an object loaded since the list was made. */
      readonly_update_locked ();
      found = in_readonly_range_locked (start, end);
    }
  g_mutex_unlock (&readonly_lock);

  return found;
#else
  return FALSE;
#endif
}

static void
span_index_clear (BaogaoSpanIndex *index)
{
  g_clear_pointer (&index->sorted, g_free);
  g_clear_pointer (&index->max_end, g_free);
  index->len = index->size = 0;
}

/* Room for @n records in @index. */
static inline void
span_index_reserve (BaogaoSpanIndex *index,
                    guint            n)
{
  if (G_UNLIKELY (n > index->size))
    {
      index->size = MAX (MAX (n, index->size * 2), 16);
      index->sorted = g_renew (BaogaoAnnotation *, index->sorted, index->size);
    }
}

void
baogao_store_init (BaogaoStore *store)
{
  memset (store, 0, sizeof *store);
  /* Sized for a few dozen merges: adding is then only storing. */
  store->blocks = g_ptr_array_new_full (32, g_free);
  store->strings = g_string_chunk_new (4096);
  store->chunks = g_ptr_array_new_full (16, (GDestroyNotify) baogao_string_blocks_free);
  store->analyzers = g_ptr_array_new ();
  store->provenance = g_hash_table_new_full (NULL, NULL, NULL,
                                             (GDestroyNotify) g_array_unref);
}

void
baogao_store_clear (BaogaoStore *store)
{
  g_clear_pointer (&store->blocks, g_ptr_array_unref);
  g_clear_pointer (&store->strings, g_string_chunk_free);
  g_clear_pointer (&store->chunks, g_ptr_array_unref);
  g_clear_pointer (&store->analyzers, g_ptr_array_unref);
  g_clear_pointer (&store->provenance, g_hash_table_unref);
  /* The type indexes live in blocks of the store (see type_index()). */
  for (guint i = 0; i < store->type_slots; i++)
    if (store->by_type[i].type != 0)
      span_index_clear (store->by_type[i].index);
  g_clear_pointer (&store->by_type, g_free);
  store->n_types = store->type_slots = 0;
  g_clear_pointer (&store->index_blocks, g_ptr_array_unref);
  span_index_clear (&store->all);
}

void
baogao_string_blocks_free (BaogaoStringBlock *blocks)
{
  while (blocks != NULL)
    {
      BaogaoStringBlock *next = blocks->next;

      g_free (blocks);
      blocks = next;
    }
}

const char *
baogao_store_intern_string (BaogaoStore *store,
                            const char  *string)
{
  return g_string_chunk_insert_const (store->strings, string);
}

/* Analyzers interned by comparing names: a document has a handful, and
 * the chunk's table of unique strings costs more to set up than the
 * comparisons. Beyond the first few, that table keeps it linear. */
#define N_ANALYZERS_COMPARED 16

guint16
baogao_store_intern_analyzer (BaogaoStore *store,
                              const char  *name)
{
  const char *interned;
  guint n = store->analyzers->len;

  for (guint i = 0; i < MIN (n, N_ANALYZERS_COMPARED); i++)
    if (strcmp (g_ptr_array_index (store->analyzers, i), name) == 0)
      return i;

  if (n < N_ANALYZERS_COMPARED)
    interned = g_string_chunk_insert (store->strings, name);
  else
    {
      /* Chunk strings are unique, so pointers compare. */
      interned = baogao_store_intern_string (store, name);
      for (guint i = N_ANALYZERS_COMPARED; i < n; i++)
        if (g_ptr_array_index (store->analyzers, i) == interned)
          return i;
    }

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
  return store->all.len;
}

BaogaoAnnotation *
baogao_store_get (BaogaoStore *store,
                  guint        id)
{
  /* Writers list every record by id: the flag is tested here. */
  if (G_UNLIKELY (store->dirty))
    baogao_store_commit (store);
  if (id >= store->all.len)
    return NULL;
  return store->all.sorted[id];
}

const BaogaoFeature *
baogao_store_get_features (BaogaoStore            *store,
                           const BaogaoAnnotation *record)
{
  return record->n_feat > 0 ? record->features : NULL;
}

/* The quarks of immutable keys asked for, by address, one cache per
 * thread (analyzers read features from several threads at once). */
typedef struct
{
  const char *key;
  GQuark      quark;
  gint        generation;
} LookupSlot;

#define N_LOOKUP_SLOTS 64

static _Thread_local LookupSlot lookup_slots[N_LOOKUP_SLOTS];

const BaogaoFeature *
baogao_store_lookup_feature (BaogaoStore            *store,
                             const BaogaoAnnotation *record,
                             const char             *key)
{
  const BaogaoFeature *features = record->features;
  guint64 h = (guint64) (guintptr) key * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15);
  LookupSlot *slot = &lookup_slots[(h >> 40) & (N_LOOKUP_SLOTS - 1)];
  const BaogaoFeature *found = NULL;

  /* A literal key seen before: its quark, compared as a number. */
  if (slot->key == key && slot->generation == baogao_immutable_generation ())
    {
      for (guint i = 0; i < record->n_feat; i++)
        if (features[i].key == slot->quark)
          return &features[i];
      return NULL;
    }

  /* A record has a handful of features: comparing their names is cheaper
   * than g_quark_try_string(), which takes GLib's global quark lock. */
  for (guint i = 0; i < record->n_feat; i++)
    {
      const char *name = g_quark_to_string (features[i].key);

      if (name[0] == key[0] && strcmp (name, key) == 0)
        {
          found = &features[i];
          break;
        }
    }

  /* The key's quark is known once a feature has it. */
  if (found != NULL)
    {
      gint generation = baogao_immutable_generation ();

      if (baogao_string_is_immutable (key, strlen (key)))
        {
          slot->key = key;
          slot->quark = found->key;
          slot->generation = generation;
        }
    }

  return found;
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
 * comes before what it contains), then in the order they were merged.
 * The span part is one number, the key below; the last part needs no
 * comparing: a batch is sorted stably from the order its records were
 * added in, and goes after the records of its spans merged before it. */
static inline guint64
span_key (guint32 byte_start,
          guint32 byte_end)
{
  return (guint64) byte_start << 32 | (G_MAXUINT32 - byte_end);
}

static inline guint64
record_key (const BaogaoAnnotation *r)
{
  return span_key (r->byte_start, r->byte_end);
}

/* A record of a batch being merged, with its key at hand for sorting. */
typedef struct
{
  guint64           key;
  BaogaoAnnotation *record;
} KeyedRecord;

/* The first index in [lo, hi) whose key is above @key (@above) or not
 * below it. */
static inline guint
search_keys (const KeyedRecord *records,
             guint              lo,
             guint              hi,
             guint64            key,
             gboolean           above)
{
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (above ? records[mid].key <= key : records[mid].key < key)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo;
}

/* Sorts @records by key, stably. A layer is typically a few runs already
 * in order (say, the activities of a domain, then its tallies, or
 * sentences with their paragraph added after them): a natural merge sort
 * takes them as they are, found once, then merged in pairs, so the cost
 * is n × log(runs). What a merge would leave in place, the start of the
 * first run and the end of the second, is found by binary search and
 * copied whole: a record added a little late costs a few moves. */
static void
sort_runs (KeyedRecord *records,
           guint        n)
{
  g_autofree KeyedRecord *buffer = g_new (KeyedRecord, n);
  g_autofree guint *bounds = NULL;
  KeyedRecord *from = records, *to = buffer;
  guint n_runs = 0;

  /* Run r is [bounds[r], bounds[r + 1]). */
  bounds = g_new (guint, n + 1);
  bounds[n_runs++] = 0;
  for (guint i = 1; i < n; i++)
    if (records[i - 1].key > records[i].key)
      bounds[n_runs++] = i;
  bounds[n_runs] = n;

  while (n_runs > 1)
    {
      guint merged = 0;

      for (guint r = 0; r < n_runs; r += 2)
        {
          guint start = bounds[r], mid, end, last, i, j, out;

          bounds[merged++] = start;
          if (r + 1 == n_runs)
            {
              memcpy (to + start, from + start, (bounds[r + 1] - start) * sizeof *to);
              continue;
            }

          mid = bounds[r + 1];
          end = bounds[r + 2];

          /* On ties the first wins: the first run's records up to the
           * second's first key, and the second's from the first's last
           * key, stay where they are. */
          i = search_keys (from, start, mid, from[mid].key, TRUE);
          last = search_keys (from, mid, end, from[mid - 1].key, FALSE);
          memcpy (to + start, from + start, (i - start) * sizeof *to);
          memcpy (to + last, from + last, (end - last) * sizeof *to);
          for (j = mid, out = i; i < mid && j < last;)
            to[out++] = from[j].key < from[i].key ? from[j++] : from[i++];
          if (i < mid)
            memcpy (to + out, from + i, (mid - i) * sizeof *to);
          else
            memcpy (to + out, from + j, (last - j) * sizeof *to);
        }
      bounds[merged] = n;
      n_runs = merged;

      {
        KeyedRecord *swap = from;

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

/* Whether @b repeats @a, which has the same span. */
static gboolean
records_duplicate (BaogaoStore            *store,
                   const BaogaoAnnotation *a,
                   const BaogaoAnnotation *b)
{
  return a->type == b->type &&
         resolve_folded (a->parent) == resolve_folded (b->parent) &&
         features_equal (store, a, b);
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
          index->max_end = g_new (guint32, MAX (index->len, 1));
          build_max_end (index->sorted, index->max_end, 0, index->len);
          g_atomic_int_set (&index->tree_ready, TRUE);
        }
      G_UNLOCK (tree_build);
    }

  return index->max_end;
}

/* Merges the sorted run @fresh into @index's sorted array, in place and
 * from the back: the array grows once (amortised), and what sorts before
 * the first fresh record is not touched. On equal keys the older record
 * stays first. */
static void
span_index_merge (BaogaoSpanIndex   *index,
                  BaogaoAnnotation **fresh,
                  guint              n_fresh)
{
  guint n_old = index->len;
  BaogaoAnnotation **a;
  guint i, j, k;

  if (n_fresh == 0)
    return;

  span_index_reserve (index, n_old + n_fresh);
  index->len = n_old + n_fresh;
  a = index->sorted;
  index->tree_ready = FALSE;

  if (n_old == 0 || record_key (a[n_old - 1]) <= record_key (fresh[0]))
    {
      memcpy (a + n_old, fresh, n_fresh * sizeof *a);
      return;
    }

  for (i = n_old, j = n_fresh, k = n_old + n_fresh; i > 0 && j > 0;)
    a[--k] = record_key (a[i - 1]) > record_key (fresh[j - 1]) ? a[--i] : fresh[--j];
  while (j > 0)
    a[--k] = fresh[--j];
}

#define INDEX_BLOCK_SIZE 16

static inline guint
type_hash (GQuark type)
{
  return (guint) (type * 0x9E3779B1u);
}

/* The index of @type, or NULL. Readers of a committed store call this
 * from several threads: it only reads. */
static BaogaoSpanIndex *
find_type_index (BaogaoStore *store,
                 GQuark       type)
{
  guint mask = store->type_slots - 1;

  if (store->n_types == 0 || type == 0)
    return NULL;

  for (guint i = type_hash (type) & mask;; i = (i + 1) & mask)
    {
      if (store->by_type[i].type == type)
        return store->by_type[i].index;
      if (store->by_type[i].type == 0)
        return NULL;
    }
}

static void
insert_type_index (BaogaoStore     *store,
                   GQuark           type,
                   BaogaoSpanIndex *index)
{
  guint mask;
  guint i;

  /* At most half full. */
  if (2 * (store->n_types + 1) > store->type_slots)
    {
      BaogaoTypeIndex *old = store->by_type;
      guint n_old = store->type_slots;

      store->type_slots = MAX (64, n_old * 2);
      store->by_type = g_new0 (BaogaoTypeIndex, store->type_slots);
      mask = store->type_slots - 1;
      for (guint k = 0; k < n_old; k++)
        if (old[k].type != 0)
          {
            for (i = type_hash (old[k].type) & mask; store->by_type[i].type != 0; i = (i + 1) & mask)
              ;
            store->by_type[i] = old[k];
          }
      g_free (old);
    }

  mask = store->type_slots - 1;
  for (i = type_hash (type) & mask; store->by_type[i].type != 0; i = (i + 1) & mask)
    ;
  store->by_type[i].type = type;
  store->by_type[i].index = index;
  store->n_types++;
}

static BaogaoSpanIndex *
type_index (BaogaoStore *store,
            GQuark       type,
            guint        n_fresh)
{
  BaogaoSpanIndex *index = find_type_index (store, type);

  if (index == NULL)
    {
      /* A document has a few dozen types: their indexes are allocated
       * in blocks, not one by one. */
      if (store->n_free_indexes == 0)
        {
          if (store->index_blocks == NULL)
            store->index_blocks = g_ptr_array_new_with_free_func (g_free);
          store->free_indexes = g_new0 (BaogaoSpanIndex, INDEX_BLOCK_SIZE);
          store->n_free_indexes = INDEX_BLOCK_SIZE;
          g_ptr_array_add (store->index_blocks, store->free_indexes);
        }
      index = store->free_indexes++;
      store->n_free_indexes--;
      index->sorted = g_new (BaogaoAnnotation *, MAX (n_fresh, 1));
      index->size = MAX (n_fresh, 1);
      insert_type_index (store, type, index);
    }

  return index;
}

#define MAX_GATHERED_TYPES 32

static int
record_type_compare (gconstpointer a,
                     gconstpointer b,
                     gpointer      user_data)
{
  GQuark ta = (*(BaogaoAnnotation * const *) a)->type;
  GQuark tb = (*(BaogaoAnnotation * const *) b)->type;

  return ta < tb ? -1 : ta > tb;
}

/* Adds the sorted records kept from one merge to the indexes of their
 * types; @by_type and @slots have room for @n_fresh. An index not touched
 * keeps its arrays: records of other types coming in do not change its
 * order. */
static void
add_to_type_indexes (BaogaoStore       *store,
                     BaogaoAnnotation **fresh,
                     guint              n_fresh,
                     BaogaoAnnotation **by_type,
                     guint8            *slots)
{
  GQuark types[MAX_GATHERED_TYPES];
  guint first[MAX_GATHERED_TYPES + 1];
  guint8 seen[64];  /* quark % 64 → where in types it was last found */
  guint n_types = 0;
  guint i;

  if (n_fresh == 0)
    return;

  /* The records grouped by type, each group in text order, then merged
   * group by group into their indexes. A layer holds a few types: a
   * counting sort groups them, each record's type found among those seen
   * (the previous record's first); beyond MAX_GATHERED_TYPES, a stable
   * sort by type, so that a batch of many types stays n log n. */
  memset (first, 0, sizeof first);
  memset (seen, 0, sizeof seen);
  for (i = 0; i < n_fresh; i++)
    {
      GQuark type = fresh[i]->type;
      guint t = seen[type & 63];

      if (t >= n_types || types[t] != type)
        {
          for (t = 0; t < n_types && types[t] != type; t++)
            ;
          if (t == n_types)
            {
              if (n_types == MAX_GATHERED_TYPES)
                break;
              types[n_types++] = type;
            }
          seen[type & 63] = t;
        }
      slots[i] = t;
      first[t + 1]++;
    }

  /* One type: the batch is its run. */
  if (i == n_fresh && n_types == 1)
    {
      span_index_merge (type_index (store, types[0], n_fresh), fresh, n_fresh);
      return;
    }

  if (i == n_fresh)
    {
      guint next[MAX_GATHERED_TYPES];

      for (guint t = 1; t <= n_types; t++)
        first[t] += first[t - 1];
      memcpy (next, first, n_types * sizeof *next);
      for (i = 0; i < n_fresh; i++)
        by_type[next[slots[i]]++] = fresh[i];

      for (guint t = 0; t < n_types; t++)
        span_index_merge (type_index (store, types[t], first[t + 1] - first[t]),
                          by_type + first[t], first[t + 1] - first[t]);
      return;
    }

  memcpy (by_type, fresh, n_fresh * sizeof *fresh);
  g_qsort_with_data (by_type, n_fresh, sizeof *by_type, record_type_compare, NULL);

  for (guint start = 0, next; start < n_fresh; start = next)
    {
      GQuark type = by_type[start]->type;

      for (next = start + 1; next < n_fresh && by_type[next]->type == type; next++)
        ;
      span_index_merge (type_index (store, type, next - start), by_type + start, next - start);
    }
}

/* The first index from @lo on whose record does not sort before @key:
 * galloping, so that a walk over @records costs the logarithms of its
 * steps rather than their lengths. */
static inline guint
gallop_lower_bound (BaogaoAnnotation **records,
                    guint              lo,
                    guint              n,
                    guint64            key)
{
  guint step = 1, hi;

  if (lo >= n || record_key (records[lo]) >= key)
    return lo;

  /* records[lo] sorts before key; records[hi] does not, or hi is n. */
  while (lo + step < n && record_key (records[lo + step]) < key)
    {
      lo += step;
      step *= 2;
    }
  hi = MIN (lo + step, n);

  while (hi - lo > 1)
    {
      guint mid = lo + (hi - lo) / 2;

      if (record_key (records[mid]) < key)
        lo = mid;
      else
        hi = mid;
    }

  return hi;
}

/* Merges the sorted batch @fresh into the index of all records, folding
 * its duplicates on the way when asked: a record equal to one merged
 * before (same type, span, parent and features), or to one of the batch
 * kept before it, is not added, and that one gets the batch's analyzer
 * as provenance. A first walk finds where each record of the batch goes
 * among the old ones (after those of its span, which merged earlier) and
 * so has the candidates for folding at hand; then the old records are
 * moved up in place, run by run from the back, to make room. The records
 * kept are written to @kept, in order; returns how many. */
static guint
merge_all (BaogaoStore       *store,
           const KeyedRecord *fresh,
           guint              n_fresh,
           guint16            analyzer,
           gboolean           fold_duplicates,
           BaogaoAnnotation **kept,
           guint             *at)
{
  BaogaoAnnotation **old = store->all.sorted;
  BaogaoAnnotation **all;
  guint n_old = store->all.len;
  guint n_kept = 0, hi;
  guint same_lo = 0, same_hi = 0;  /* old records with the current key */
  guint group = 0;                 /* where in @kept those with it start */

  for (guint j = 0; j < n_fresh; j++)
    {
      guint64 key = fresh[j].key;
      BaogaoAnnotation *r = fresh[j].record;
      BaogaoAnnotation *dup = NULL;

      if (j == 0 || key != fresh[j - 1].key)
        {
          same_lo = gallop_lower_bound (old, same_hi, n_old, key);
          for (same_hi = same_lo; same_hi < n_old && record_key (old[same_hi]) == key; same_hi++)
            ;
          group = n_kept;
        }

      if (fold_duplicates)
        {
          /* A record merged before, else one of the batch kept before
           * (the latest first). */
          for (guint k = same_lo; k < same_hi && dup == NULL; k++)
            if (old[k]->folded_into == NULL && records_duplicate (store, old[k], r))
              dup = old[k];
          for (guint k = n_kept; k > group && dup == NULL; k--)
            if (records_duplicate (store, kept[k - 1], r))
              dup = kept[k - 1];
        }

      if (dup != NULL)
        {
          r->folded_into = dup;
          baogao_store_add_provenance (store, dup, analyzer);
        }
      else
        {
          at[n_kept] = same_hi;
          kept[n_kept++] = r;
        }
    }

  if (n_kept == 0)
    return 0;

  /* Kept record k goes after the old ones before at[k] and after the k
   * kept before it; the old ones from at[k] on move up by k + 1. */
  span_index_reserve (&store->all, n_old + n_kept);
  store->all.len = n_old + n_kept;
  all = store->all.sorted;
  /* Ids before the first record kept stay as they are. */
  store->ids_from = MIN (store->ids_from, at[0]);
  hi = n_old;
  for (guint k = n_kept; k-- > 0;)
    {
      guint pos = at[k];

      if (hi > pos)
        memmove (all + pos + k + 1, all + pos, (hi - pos) * sizeof *all);
      all[pos + k] = kept[k];
      hi = pos;
    }
  store->all.tree_ready = FALSE;

  return n_kept;
}

/* Ids follow the order of all records. */
static void
assign_ids (BaogaoStore *store)
{
  BaogaoAnnotation **all = store->all.sorted;

  for (guint i = store->ids_from; i < store->all.len; i++)
    all[i]->id = i;
  store->ids_from = store->all.len;
}

BaogaoAnnotation *
baogao_store_merge (BaogaoStore         *store,
                    BaogaoDocument      *document,
                    const BaogaoPending *pending,
                    guint                n_pending,
                    const BaogaoFeature *features,
                    guint                n_features,
                    BaogaoStringBlock   *strings,
                    guint16              analyzer,
                    gboolean             fold_duplicates)
{
  BaogaoFeature *copied = NULL;

  if (n_pending > 0 && n_features > 0)
    {
      copied = g_memdup2 (features, n_features * sizeof *features);

      /* Borrowed strings: the store keeps copies. */
      if (strings == NULL)
        for (guint i = 0; i < n_features; i++)
          if (copied[i].value.type == BAOGAO_VALUE_STRING)
            copied[i].value.v.s = g_string_chunk_insert_const (store->strings, copied[i].value.v.s);
    }

  return baogao_store_merge_owned (store, document, pending, n_pending, copied,
                                   strings, analyzer, fold_duplicates);
}

/* baogao_document_byte_to_offset_inline() with the document's tables in
 * locals: the records written in between could alias the document as far
 * as the compiler knows (no strict aliasing), so it would load them again
 * for every conversion. */
typedef struct
{
  const guchar  *text;
  const guint32 *checkpoints;
  const guint8  *words;
  gsize          size;
  gsize          whole_words;  /* bytes in whole 8-byte words */
} OffsetTables;

static inline guint32
tables_byte_to_offset (const OffsetTables *t,
                       gsize               byte_offset)
{
  gsize n;
  guint32 count;

  byte_offset = MIN (byte_offset, t->size);
  n = byte_offset & 7;
  count = t->checkpoints[byte_offset >> BAOGAO_DOCUMENT_CHECKPOINT_SHIFT] +
          t->words[byte_offset >> 3];

  if (n == 0)
    return count;

  if (byte_offset < t->whole_words)
    {
      guint64 x, marks;

      memcpy (&x, t->text + (byte_offset & ~(gsize) 7), 8);
      x = GUINT64_FROM_LE (x) & ((G_GUINT64_CONSTANT (1) << (n * 8)) - 1);
      marks = ((x & ~(x << 1)) >> 7) & G_GUINT64_CONSTANT (0x0101010101010101);
      return count + n - ((marks * G_GUINT64_CONSTANT (0x0101010101010101)) >> 56);
    }

  for (gsize i = byte_offset & ~(gsize) 7; i < byte_offset; i++)
    count += (t->text[i] & 0xC0) != 0x80;
  return count;
}

BaogaoAnnotation *
baogao_store_merge_owned (BaogaoStore         *store,
                          BaogaoDocument      *document,
                          const BaogaoPending *pending,
                          guint                n_pending,
                          BaogaoFeature       *features,
                          BaogaoStringBlock   *strings,
                          guint16              analyzer,
                          gboolean             fold_duplicates)
{
  BaogaoAnnotation *block;
  g_autofree void *scratch = NULL;
  KeyedRecord *fresh;
  BaogaoAnnotation **kept, **by_type;
  guint *at;
  gboolean in_order = TRUE;
  guint n_kept;
  guint i;
  const OffsetTables tables = {
    (const guchar *) document->text, document->cp_checkpoints, document->cp_words,
    document->size, document->size & ~(gsize) 7
  };
  guint64 last_key = 0;

  if (features != NULL)
    g_ptr_array_add (store->blocks, features);
  if (strings != NULL)
    g_ptr_array_add (store->chunks, strings);

  if (n_pending == 0)
    return NULL;

  /* Every field is set below: no need to clear the block first. */
  block = g_new (BaogaoAnnotation, n_pending);
  g_ptr_array_add (store->blocks, block);

  /* The arrays of the merge, in one allocation. */
  scratch = g_malloc (n_pending * (sizeof *fresh + 2 * sizeof *kept + sizeof *at + 1));
  fresh = scratch;
  kept = (BaogaoAnnotation **) (fresh + n_pending);
  by_type = kept + n_pending;
  at = (guint *) (by_type + n_pending);
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
      r->start = tables_byte_to_offset (&tables, p->byte_start);
      r->end = tables_byte_to_offset (&tables, p->byte_end);
      r->analyzer = analyzer;

      if (p->local_parent >= 0 && (guint) p->local_parent < n_pending)
        r->parent = &block[p->local_parent];
      else
        r->parent = p->parent;

      r->features = p->n_feat > 0 ? features + p->feat_first : NULL;
      r->n_feat = p->n_feat;

      fresh[i].key = span_key (p->byte_start, p->byte_end);
      fresh[i].record = r;
      in_order &= fresh[i].key >= last_key;
      last_key = fresh[i].key;
    }

  /* Analyzers mostly add in text order: sort only when one did not. */
  if (!in_order)
    sort_runs (fresh, n_pending);

  n_kept = merge_all (store, fresh, n_pending, analyzer, fold_duplicates, kept, at);

  /* Parents may point at folded records. */
  for (i = 0; i < n_pending; i++)
    block[i].parent = resolve_folded (block[i].parent);

  add_to_type_indexes (store, kept, n_kept, by_type, (guint8 *) (at + n_pending));
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
  return find_type_index (store, type);
}

void
baogao_store_query_type (BaogaoStore *store,
                         GQuark       type,
                         GPtrArray   *out)
{
  BaogaoSpanIndex *index = lookup_index (store, type);

  if (index == NULL)
    return;

  if (index->len > 0)
    {
      guint n = out->len;

      g_ptr_array_set_size (out, n + index->len);
      memcpy (out->pdata + n, index->sorted, index->len * sizeof (gpointer));
    }
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

      r = index->sorted[mid];
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

  if (index == NULL || start >= end || index->len == 0)
    return;

  overlap_walk (index, span_index_tree (index), 0, index->len,
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

  hi = index->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (index->sorted[mid]->start < start)
        lo = mid + 1;
      else
        hi = mid;
    }

  for (; lo < index->len; lo++)
    {
      BaogaoAnnotation *r = index->sorted[lo];

      if (r->start >= end)
        break;
      if (r->end <= end)
        g_ptr_array_add (out, r);
    }
}

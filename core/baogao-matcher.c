/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/**
 * BaogaoMatcher:
 *
 * A set of keywords, each with a value, found all at once in a text.
 *
 * A matcher finds every keyword of its set in one pass over the text,
 * whatever the number of keywords, and reports each match as a byte range and
 * the value the keyword was added with. Analyzers use it for their
 * vocabularies (place names, verbs of legislation, bodies, titles).
 *
 * Build a matcher once per process, seal it, and share it: a sealed matcher
 * is immutable, and any number of threads may scan with it at the same time.
 *
 * ```c
 * enum { BODY, ACTION };
 *
 * static BaogaoMatcher *
 * get_matcher (void)
 * {
 *   static BaogaoMatcher *matcher = NULL;
 *
 *   if (g_once_init_enter (&matcher))
 *     {
 *       BaogaoMatcher *m = baogao_matcher_new ();
 *
 *       baogao_matcher_add (m, "常委会", BODY);
 *       baogao_matcher_add (m, "人大常委会", BODY);
 *       baogao_matcher_add (m, "制定", ACTION);
 *       baogao_matcher_seal (m);
 *       g_once_init_leave (&matcher, m);
 *     }
 *
 *   return matcher;
 * }
 *
 * static gboolean
 * on_match (gsize    start,
 *           gsize    end,
 *           guint    value,
 *           gpointer user_data)
 * {
 *   const char *text = user_data;
 *
 *   g_print ("%u: %.*s\n", value, (int) (end - start), text + start);
 *   return TRUE;
 * }
 *
 * …
 *   baogao_matcher_scan (get_matcher (), text, -1, BAOGAO_MATCH_LONGEST,
 *                        on_match, (gpointer) text);
 * ```
 *
 * ## Match modes
 *
 * With %BAOGAO_MATCH_ALL every occurrence of every keyword is
 * reported, overlapping and nested ones included, in order of end offset,
 * and for one end offset longest first. In "人大常委会" with the keywords
 * "常委会" and "人大常委会" both are reported.
 *
 * With %BAOGAO_MATCH_LONGEST the matches are leftmost-longest and
 * do not overlap: from the start of the text, the longest keyword starting at
 * the earliest possible offset is reported and the scan goes on after it.
 * There only "人大常委会" is reported.
 *
 * Keywords are valid UTF-8, so matches never start or end inside a character
 * of a valid UTF-8 text.
 *
 * ## Threads
 *
 * [method@Baogao.Matcher.add] and [method@Baogao.Matcher.seal] must not be
 * called from several threads at once, nor while another thread scans.
 * Scanning an unsealed matcher seals it first, which is a write: seal the
 * matcher before sharing it, as above. After that,
 * [method@Baogao.Matcher.scan] may run in any number of threads at once.
 *
 * Since: 0.1
 */

/*
 * Implementation notes
 *
 * An Aho–Corasick automaton over the bytes of the keywords.
 *
 * Byte classes: the bytes that occur in some keyword each get a class of
 * their own, all other bytes share class 0. Chinese keywords use a handful of
 * UTF-8 lead bytes (E4–E9) and the 64 continuation bytes, so a table row has
 * about 70 entries rather than 256.
 *
 * States are numbered in breadth-first order. The first K of them ("dense")
 * get a full row of precomputed transitions (a DFA: failures already
 * followed), K being what fits in DENSE_BYTES. The others ("sparse") keep
 * their trie children, sorted by class, and a failure link; a step from a
 * sparse state searches its children and follows failure links until a child
 * or a dense state is found. The failure chain of a sparse state always ends
 * in a dense one (the root is dense; failure links go to shallower states).
 *
 * Why: almost all of the time the automaton is at the root or one or two
 * bytes into a character, which are the first states in breadth-first order;
 * those steps cost one table load. A full DFA for every state would cost
 * 4 × states × classes bytes: about 2.5 MB for a gazetteer of 1000 place
 * names (9000 states × 70 classes), against a peak-memory budget of 8 MB plus
 * 20 × the input. The hybrid keeps the table within DENSE_BYTES (256 KiB);
 * each state also takes 16 bytes of StateInfo, and each sparse state 16 more.
 * Measured on report text (2.6 GHz EPYC): with 300 or 1000 keywords the
 * hybrid and a full DFA both run at 360–400 MB/s; with 2700 keywords the
 * hybrid is faster (150 against 100 MB/s), the full table no longer fitting
 * in the caches. With no match at all the loop runs at about 600 MB/s, one
 * dependent load per byte.
 *
 * A transition is a 32-bit "handle": for a dense state, its row's offset in
 * the table (state × row width, so that a step needs no multiply); for a
 * sparse state, the end of the table plus its sparse index. The top bit is
 * set when the target state has matches to report, so the hot loop tests one
 * bit. Each dense row has one extra entry after its classes: the state's
 * number, to find its depth and outputs.
 *
 * Outputs: each state knows whether it ends a keyword and the next state on
 * its failure chain that does (the dictionary-suffix link), so all matches
 * ending at an offset are listed longest first without allocating.
 *
 * Leftmost-longest: derived from the stream of all matches. For each start
 * offset, only the longest match seen so far is kept, in a ring of
 * (longest keyword + 1) slots. A candidate starting at p is final once no
 * keyword match still in progress can start at or before p, that is once
 * p < offset - depth (the current state's depth is the length of the longest
 * keyword prefix ending here). Final candidates are taken in order of start,
 * skipping those that overlap the previous one taken. This is linear in the
 * text, whatever the keywords.
 */

#include <string.h>

#include <baogao/baogao-matcher.h>

/* Size of the table of dense rows; see the notes above. Overridable for
 * tests of the sparse path. */
#ifndef BAOGAO_MATCHER_DENSE_BYTES
#define BAOGAO_MATCHER_DENSE_BYTES (256 * 1024)
#endif

#define HANDLE_OUTPUT ((guint32) 0x80000000u)
#define NONE          G_MAXUINT32

/* Longest keyword whose leftmost-longest ring fits on the stack. */
#define RING_ON_STACK 256

typedef struct
{
  guint32 fail;      /* handle of the failure state, no flag */
  guint32 first;     /* sparse index of the first child */
  guint32 n_children;
  guint8  in_class;  /* class of the byte leading to this state */
  guint8  has_output;
} SparseState;

typedef struct
{
  guint32 depth;     /* length in bytes of the path from the root */
  guint32 out_next;  /* next state on the failure chain ending a keyword */
  guint   value;
  guint32 ends_keyword;
} StateInfo;

struct _BaogaoMatcher
{
  gatomicrefcount ref_count;
  gboolean sealed;
  guint n_keywords;
  gsize max_length;

  /* Until sealed */
  GPtrArray *keywords;     /* of char *, owned */
  GArray *values;          /* of guint, parallel to keywords */
  GHashTable *index;       /* char * (from keywords) → index + 1 */

  /* Once sealed */
  guint8 byte_class[256];
  guint32 n_classes;
  guint32 row_width;       /* n_classes + 1 */
  guint32 n_states;
  guint32 n_dense;
  guint32 dense_end;       /* n_dense * row_width: first sparse handle */
  guint32 *dense;
  SparseState *sparse;
  StateInfo *info;
};

G_DEFINE_BOXED_TYPE (BaogaoMatcher, baogao_matcher,
                     baogao_matcher_ref, baogao_matcher_unref)

/**
 * baogao_matcher_new:
 *
 * Creates an empty matcher. Add keywords with [method@Baogao.Matcher.add],
 * then seal it with [method@Baogao.Matcher.seal].
 *
 * Returns: (transfer full): a new matcher
 *
 * Since: 0.1
 */
BaogaoMatcher *
baogao_matcher_new (void)
{
  BaogaoMatcher *self = g_new0 (BaogaoMatcher, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->keywords = g_ptr_array_new_with_free_func (g_free);
  self->values = g_array_new (FALSE, FALSE, sizeof (guint));
  self->index = g_hash_table_new (g_str_hash, g_str_equal);

  return self;
}

/**
 * baogao_matcher_ref:
 * @self: a matcher
 *
 * Acquires a reference on @self. This is thread-safe.
 *
 * Returns: (transfer full): @self
 *
 * Since: 0.1
 */
BaogaoMatcher *
baogao_matcher_ref (BaogaoMatcher *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);

  return self;
}

static void
clear_build_data (BaogaoMatcher *self)
{
  g_clear_pointer (&self->index, g_hash_table_unref);
  g_clear_pointer (&self->keywords, g_ptr_array_unref);
  g_clear_pointer (&self->values, g_array_unref);
}

/**
 * baogao_matcher_unref:
 * @self: (transfer full): a matcher
 *
 * Releases a reference on @self, and frees it when it was the last one.
 * This is thread-safe.
 *
 * Since: 0.1
 */
void
baogao_matcher_unref (BaogaoMatcher *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  clear_build_data (self);
  g_free (self->dense);
  g_free (self->sparse);
  g_free (self->info);
  g_free (self);
}

/**
 * baogao_matcher_add:
 * @self: a matcher, not sealed yet
 * @keyword: a non-empty, valid UTF-8 keyword
 * @value: the value to report for matches of @keyword
 *
 * Adds @keyword to the set. Adding a keyword again replaces its value.
 *
 * Adding to a sealed matcher is a programming error.
 *
 * Since: 0.1
 */
void
baogao_matcher_add (BaogaoMatcher *self,
                    const char    *keyword,
                    guint          value)
{
  gpointer found;
  gsize length;
  char *copy;

  g_return_if_fail (self != NULL);
  g_return_if_fail (!self->sealed);
  g_return_if_fail (keyword != NULL);
  g_return_if_fail (keyword[0] != '\0');
  g_return_if_fail (g_utf8_validate (keyword, -1, NULL));

  found = g_hash_table_lookup (self->index, keyword);
  if (found != NULL)
    {
      g_array_index (self->values, guint, GPOINTER_TO_UINT (found) - 1) = value;
      return;
    }

  length = strlen (keyword);
  /* Keep handles within 31 bits however large the set. */
  g_return_if_fail (length < G_MAXINT32 / 4);

  copy = g_strdup (keyword);
  g_ptr_array_add (self->keywords, copy);
  g_array_append_val (self->values, value);
  g_hash_table_insert (self->index, copy,
                       GUINT_TO_POINTER (self->keywords->len));
  self->n_keywords++;
  self->max_length = MAX (self->max_length, length);
}

/**
 * baogao_matcher_get_n_keywords:
 * @self: a matcher
 *
 * Gets the number of distinct keywords added to @self.
 *
 * Returns: the number of keywords
 *
 * Since: 0.1
 */
guint
baogao_matcher_get_n_keywords (BaogaoMatcher *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_keywords;
}

/* The build-time trie: children as linked lists of edges. */
typedef struct
{
  guint32 first_edge;
  guint32 keyword;
} TrieNode;

typedef struct
{
  guint32 target;
  guint32 next;
  guint8  byte;
} TrieEdge;

/* The breadth-first trie: the children of a state are consecutive states. */
typedef struct
{
  guint32 first_child;
  guint32 n_children;
  guint32 keyword;
  guint8  in_byte;
} BfsNode;

static int
compare_edges_by_byte (gconstpointer a,
                       gconstpointer b)
{
  const TrieEdge *ea = a;
  const TrieEdge *eb = b;

  return (int) ea->byte - (int) eb->byte;
}

static guint32
build_find_child (const BaogaoMatcher *self,
                  const BfsNode       *bfs,
                  guint32              state,
                  guint                klass)
{
  guint32 i;

  for (i = 0; i < bfs[state].n_children; i++)
    {
      guint32 child = bfs[state].first_child + i;

      if (self->byte_class[bfs[child].in_byte] == klass)
        return child;
    }

  return NONE;
}

/* The transition from @state on @klass, as a state number, while building:
 * dense rows then hold state numbers, not handles. */
static guint32
build_step (const BaogaoMatcher *self,
            const BfsNode       *bfs,
            const guint32       *fail,
            guint32              state,
            guint                klass)
{
  for (;;)
    {
      guint32 child;

      if (state < self->n_dense)
        return self->dense[state * self->row_width + klass];

      child = build_find_child (self, bfs, state, klass);
      if (child != NONE)
        return child;

      state = fail[state];
    }
}

static inline guint32
handle_of (const BaogaoMatcher *self,
           guint32              state)
{
  guint32 handle;

  if (state < self->n_dense)
    handle = state * self->row_width;
  else
    handle = self->dense_end + (state - self->n_dense);

  if (self->info[state].ends_keyword || self->info[state].out_next != NONE)
    handle |= HANDLE_OUTPUT;

  return handle;
}

/**
 * baogao_matcher_seal:
 * @self: a matcher
 *
 * Builds the automaton for the keywords added so far and makes @self
 * immutable: after this, [method@Baogao.Matcher.add] is a programming error
 * and [method@Baogao.Matcher.scan] may be called from any number of threads
 * at once.
 *
 * Sealing a sealed matcher does nothing. Sealing is not thread-safe: seal
 * once, before sharing the matcher (for instance inside g_once_init_enter()).
 *
 * Since: 0.1
 */
void
baogao_matcher_seal (BaogaoMatcher *self)
{
  g_autoptr(GArray) nodes = NULL;
  g_autoptr(GArray) edges = NULL;
  g_autoptr(GArray) kids = NULL;
  g_autofree BfsNode *bfs = NULL;
  g_autofree guint32 *order = NULL;
  g_autofree guint32 *fail = NULL;
  gboolean used[256] = { FALSE, };
  guint32 n_states, head, tail, s, i;
  gsize n_dense, dense_bytes;
  guint b, c;

  g_return_if_fail (self != NULL);

  if (self->sealed)
    return;

  /* The trie, with bytes as labels. */
  nodes = g_array_new (FALSE, FALSE, sizeof (TrieNode));
  edges = g_array_new (FALSE, FALSE, sizeof (TrieEdge));
  g_array_append_val (nodes, ((TrieNode) { NONE, NONE }));

  for (i = 0; i < self->keywords->len; i++)
    {
      const guint8 *p = g_ptr_array_index (self->keywords, i);
      guint32 node = 0;

      for (; *p != '\0'; p++)
        {
          guint32 e = g_array_index (nodes, TrieNode, node).first_edge;

          used[*p] = TRUE;

          while (e != NONE && g_array_index (edges, TrieEdge, e).byte != *p)
            e = g_array_index (edges, TrieEdge, e).next;

          if (e != NONE)
            {
              node = g_array_index (edges, TrieEdge, e).target;
            }
          else
            {
              TrieEdge edge = {
                .target = nodes->len,
                .next = g_array_index (nodes, TrieNode, node).first_edge,
                .byte = *p,
              };

              g_array_index (nodes, TrieNode, node).first_edge = edges->len;
              g_array_append_val (edges, edge);
              g_array_append_val (nodes, ((TrieNode) { NONE, NONE }));
              node = edge.target;
            }
        }

      g_array_index (nodes, TrieNode, node).keyword = i;
    }

  n_states = nodes->len;
  if (n_states >= G_MAXINT32 / 2)
    g_error ("Too many keywords in a BaogaoMatcher (%u states)", n_states);

  /* Byte classes, in byte order so that sorting by byte sorts by class. */
  self->n_classes = 1;
  for (b = 0; b < 256; b++)
    self->byte_class[b] = used[b] ? self->n_classes++ : 0;
  self->row_width = self->n_classes + 1;

  /* Breadth-first renumbering, children sorted by byte. */
  bfs = g_new0 (BfsNode, n_states);
  order = g_new (guint32, n_states);
  kids = g_array_new (FALSE, FALSE, sizeof (TrieEdge));
  order[0] = 0;
  bfs[0].keyword = NONE;
  for (head = 0, tail = 1; head < tail; head++)
    {
      guint32 e = g_array_index (nodes, TrieNode, order[head]).first_edge;

      g_array_set_size (kids, 0);
      for (; e != NONE; e = g_array_index (edges, TrieEdge, e).next)
        g_array_append_val (kids, g_array_index (edges, TrieEdge, e));
      g_array_sort (kids, compare_edges_by_byte);

      bfs[head].first_child = tail;
      bfs[head].n_children = kids->len;
      for (i = 0; i < kids->len; i++)
        {
          const TrieEdge *edge = &g_array_index (kids, TrieEdge, i);

          order[tail] = edge->target;
          bfs[tail].in_byte = edge->byte;
          bfs[tail].keyword = g_array_index (nodes, TrieNode, edge->target).keyword;
          tail++;
        }
    }
  g_assert (tail == n_states);

  g_clear_pointer (&nodes, g_array_unref);
  g_clear_pointer (&edges, g_array_unref);

  /* How many states get a dense row. */
  n_dense = BAOGAO_MATCHER_DENSE_BYTES / (self->row_width * sizeof (guint32));
  n_dense = CLAMP (n_dense, 1, n_states);
  self->n_states = n_states;
  self->n_dense = n_dense;
  self->dense_end = n_dense * self->row_width;
  dense_bytes = n_dense * self->row_width * sizeof (guint32);
  self->dense = g_malloc (dense_bytes);
  self->sparse = g_new0 (SparseState, n_states - n_dense);
  self->info = g_new0 (StateInfo, n_states);
  fail = g_new (guint32, n_states);

  /* Failure links, output links and dense rows (as state numbers), in
   * breadth-first order: everything a state needs is about shallower
   * states, which come first. */
  fail[0] = 0;
  self->info[0].out_next = NONE;
  for (s = 0; s < n_states; s++)
    {
      StateInfo *info = &self->info[s];

      if (bfs[s].keyword != NONE)
        {
          info->ends_keyword = TRUE;
          info->value = g_array_index (self->values, guint, bfs[s].keyword);
        }

      if (s < n_dense)
        {
          guint32 *row = self->dense + s * self->row_width;

          if (s == 0)
            memset (row, 0, self->n_classes * sizeof (guint32));
          else
            memcpy (row, self->dense + fail[s] * self->row_width,
                    self->n_classes * sizeof (guint32));

          for (i = 0; i < bfs[s].n_children; i++)
            {
              guint32 child = bfs[s].first_child + i;

              row[self->byte_class[bfs[child].in_byte]] = child;
            }
          row[self->n_classes] = s;
        }

      for (i = 0; i < bfs[s].n_children; i++)
        {
          guint32 child = bfs[s].first_child + i;
          guint32 f;

          c = self->byte_class[bfs[child].in_byte];
          f = s == 0 ? 0 : build_step (self, bfs, fail, fail[s], c);
          fail[child] = f;
          self->info[child].depth = info->depth + 1;
          self->info[child].out_next =
            bfs[f].keyword != NONE ? f : self->info[f].out_next;
        }
    }

  /* From state numbers to handles. */
  for (s = 0; s < n_dense; s++)
    {
      guint32 *row = self->dense + s * self->row_width;

      for (c = 0; c < self->n_classes; c++)
        row[c] = handle_of (self, row[c]);
    }

  for (s = n_dense; s < n_states; s++)
    {
      SparseState *sparse = &self->sparse[s - n_dense];

      sparse->fail = handle_of (self, fail[s]) & ~HANDLE_OUTPUT;
      sparse->first = bfs[s].n_children > 0 ? bfs[s].first_child - n_dense : 0;
      sparse->n_children = bfs[s].n_children;
      sparse->in_class = self->byte_class[bfs[s].in_byte];
      sparse->has_output = (handle_of (self, s) & HANDLE_OUTPUT) != 0;
    }

  clear_build_data (self);
  self->sealed = TRUE;
}

/* A step from a sparse state: search its children, else follow failure
 * links; the chain ends in a dense state. */
static guint32
sparse_step (const BaogaoMatcher *self,
             guint32              handle,
             guint                klass)
{
  while (handle >= self->dense_end)
    {
      const SparseState *state = &self->sparse[handle - self->dense_end];
      const SparseState *kids = self->sparse + state->first;
      guint32 lo = 0, hi = state->n_children;

      /* Children are sorted by class. */
      while (hi - lo > 4)
        {
          guint32 mid = lo + (hi - lo) / 2;

          if (kids[mid].in_class <= klass)
            lo = mid;
          else
            hi = mid;
        }
      for (; lo < hi; lo++)
        {
          if (kids[lo].in_class == klass)
            {
              guint32 next = self->dense_end + state->first + lo;

              return kids[lo].has_output ? next | HANDLE_OUTPUT : next;
            }
        }

      handle = state->fail;
    }

  return self->dense[handle + klass];
}

static inline guint32
state_of (const BaogaoMatcher *self,
          guint32              handle)
{
  if (handle < self->dense_end)
    return self->dense[handle + self->n_classes];
  else
    return self->n_dense + (handle - self->dense_end);
}

/* One step of the automaton, the output flag left in the handle. */
#define STEP(self, handle, klass) \
  (G_LIKELY ((handle) < (self)->dense_end) \
     ? (self)->dense[(handle) + (klass)] \
     : sparse_step ((self), (handle), (klass)))

static void
scan_all (const BaogaoMatcher *self,
          const guint8        *text,
          gsize                length,
          BaogaoMatchFunc      func,
          gpointer             user_data)
{
  const guint8 *byte_class = self->byte_class;
  guint32 handle = 0;
  gsize i;

  for (i = 0; i < length; i++)
    {
      handle = STEP (self, handle, byte_class[text[i]]);

      if (G_UNLIKELY (handle & HANDLE_OUTPUT))
        {
          guint32 s;

          handle &= ~HANDLE_OUTPUT;
          s = state_of (self, handle);
          if (!self->info[s].ends_keyword)
            s = self->info[s].out_next;

          for (; s != NONE; s = self->info[s].out_next)
            {
              const StateInfo *info = &self->info[s];

              if (!func (i + 1 - info->depth, i + 1, info->value, user_data))
                return;
            }
        }
    }
}

typedef struct
{
  gsize end;   /* 0: no candidate */
  guint value;
} Candidate;

static void
scan_longest (const BaogaoMatcher *self,
              const guint8        *text,
              gsize                length,
              BaogaoMatchFunc      func,
              gpointer             user_data)
{
  const guint8 *byte_class = self->byte_class;
  Candidate on_stack[RING_ON_STACK];
  g_autofree Candidate *on_heap = NULL;
  Candidate *ring;
  gsize mask, ring_size;
  gsize cursor = 0;   /* no match may start before this */
  gsize final = 0;    /* candidates before this are final and handled */
  gsize n_pending = 0;
  guint32 handle = 0;
  gsize i;

  /* Pending candidates start within the last max_length + 1 offsets. */
  ring_size = 1;
  while (ring_size < self->max_length + 1)
    ring_size <<= 1;
  mask = ring_size - 1;
  if (ring_size <= RING_ON_STACK)
    ring = on_stack;
  else
    ring = on_heap = g_new (Candidate, ring_size);
  memset (ring, 0, ring_size * sizeof (Candidate));

  for (i = 0; i < length; i++)
    {
      gsize end = i + 1;

      handle = STEP (self, handle, byte_class[text[i]]);

      if (G_UNLIKELY (handle & HANDLE_OUTPUT))
        {
          guint32 s;

          handle &= ~HANDLE_OUTPUT;
          s = state_of (self, handle);
          if (n_pending == 0)
            final = end - self->info[s].depth;
          if (!self->info[s].ends_keyword)
            s = self->info[s].out_next;

          /* A start has at most one match ending here, longer than any
           * match recorded for it before: it replaces them. */
          for (; s != NONE; s = self->info[s].out_next)
            {
              gsize start = end - self->info[s].depth;
              Candidate *slot = &ring[start & mask];

              if (start < cursor)
                continue;
              if (slot->end == 0)
                n_pending++;
              slot->end = end;
              slot->value = self->info[s].value;
            }
        }

      if (G_UNLIKELY (n_pending > 0))
        {
          gsize limit = end - self->info[state_of (self, handle)].depth;

          for (; final < limit; final++)
            {
              Candidate *slot = &ring[final & mask];

              if (slot->end == 0)
                continue;

              n_pending--;
              if (final >= cursor)
                {
                  if (!func (final, slot->end, slot->value, user_data))
                    return;
                  cursor = slot->end;
                }
              slot->end = 0;

              if (n_pending == 0)
                {
                  final = limit;
                  break;
                }
            }
        }
    }

  /* End of text: every candidate is final. */
  for (; n_pending > 0 && final < length; final++)
    {
      Candidate *slot = &ring[final & mask];

      if (slot->end == 0)
        continue;

      n_pending--;
      if (final >= cursor)
        {
          if (!func (final, slot->end, slot->value, user_data))
            return;
          cursor = slot->end;
        }
      slot->end = 0;
    }
}

/**
 * baogao_matcher_scan:
 * @self: a matcher
 * @text: (array length=length) (element-type guint8): the text to scan,
 *   UTF-8
 * @length: the length of @text in bytes, or -1 if it is NUL-terminated
 * @flags: which matches to report
 * @func: (scope call) (closure user_data): called for each match; it
 *   returns %FALSE to stop the scan
 * @user_data: data for @func
 *
 * Finds the keywords of @self in @text and calls @func for each match, in
 * the order @flags describes ([enum@Baogao.MatchFlags]). Offsets are in
 * bytes from the start of @text.
 *
 * The scan takes time linear in the length of @text (plus the number of
 * matches with %BAOGAO_MATCH_ALL) and allocates nothing per match.
 * With %BAOGAO_MATCH_LONGEST and a keyword longer than 255 bytes,
 * it allocates one buffer per call.
 *
 * If @self is not sealed yet, it is sealed first (see
 * [method@Baogao.Matcher.seal]); that first, implicit seal must not race with
 * other calls on @self. Once @self is sealed, any number of threads may scan
 * with it at the same time.
 *
 * Since: 0.1
 */
void
baogao_matcher_scan (BaogaoMatcher   *self,
                     const char      *text,
                     gssize           length,
                     BaogaoMatchFlags flags,
                     BaogaoMatchFunc  func,
                     gpointer         user_data)
{
  gsize n;

  g_return_if_fail (self != NULL);
  g_return_if_fail (text != NULL || length == 0);
  g_return_if_fail (flags == BAOGAO_MATCH_ALL || flags == BAOGAO_MATCH_LONGEST);
  g_return_if_fail (func != NULL);

  if (G_UNLIKELY (!self->sealed))
    baogao_matcher_seal (self);

  n = length < 0 ? strlen (text) : (gsize) length;
  if (n == 0 || self->n_keywords == 0)
    return;

  if (flags == BAOGAO_MATCH_ALL)
    scan_all (self, (const guint8 *) text, n, func, user_data);
  else
    scan_longest (self, (const guint8 *) text, n, func, user_data);
}

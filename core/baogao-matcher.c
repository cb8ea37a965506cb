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
 * of a valid UTF-8 text. In a text that is not valid UTF-8, matches are
 * still the byte ranges equal to a keyword, none inside a broken sequence.
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
 * An Aho–Corasick automaton over characters, run as a DFA whose transitions
 * are stored sparsely in a double array.
 *
 * Units and classes. The scan reads the text one unit at a time: a lead
 * byte followed by as many continuation bytes as it announces, or else any
 * single byte. Each distinct character of the keywords gets a class (first
 * characters of keywords first); every other unit, broken ones included, is
 * class 0. A three-byte unit — nearly all of Chinese report text — is
 * recognized by one 32-bit load and one mask test, and its class read from
 * a 64 Ki-entry table indexed by its 16 payload bits (mixed by a
 * multiplication, cheaper than putting them in order; index3()); ASCII
 * follows in the same table; two-byte units have a table of their own when
 * some keyword needs one, four-byte ones a sorted array. One step per
 * character instead of three.
 *
 * Continuation bytes never start a unit and are never left out of one that
 * covers them, so every valid character of the text starts a unit whatever
 * broken sequences come before it: matches are exactly the byte ranges
 * equal to a keyword, as with a byte automaton, and none starts or ends
 * inside a broken sequence.
 *
 * Transitions. In report text almost every transition leads where the same
 * character leads from the root. A state stores ("owns") only the
 * transitions that differ from the root's: its trie children and, through
 * its failure state, what that state owns. All are packed in one array of
 * 8-byte cells: a state has a base b; cell b is its own and holds its
 * number; its transition on class c is cell b + c, if that cell's check is
 * the state's handle. The root's transitions fill cells 0 to n_classes − 1,
 * which no state owns, so a step is
 *
 *   cell = cells[handle + class]
 *   handle = cell.check == handle ? cell.next : cells[class].next
 *
 * A handle is a base with two flags in its top bits: the state has matches
 * to report (HANDLE_OUTPUT), or its misses do not go to the root
 * (HANDLE_MISS, below).
 *
 * Why: the comparison is predicted false (the text goes on without
 * continuing a keyword), and then the next handle does not depend on the
 * current one, so successive steps overlap: the loop runs at the processor's
 * throughput, where a table-driven DFA waits on a chain of dependent loads,
 * three per character in a byte automaton. The loop (fast_run()) steps while
 * the handle has no flag and stops after the step that sets one; reporting,
 * failure chains and leftmost-longest bookkeeping are outside it. States
 * are placed first fit in breadth-first order, so the shallow, hot ones are
 * together at the start of the array.
 *
 * Memory stays bounded: a state whose failure state owns many transitions
 * (say, many keywords starting with the last character of another) would
 * copy them all. Past MAX_OWN_CELLS, a state owns only its children and on
 * a miss goes on from its failure state (HANDLE_MISS, miss_step()). Each
 * such hop is to a shallower state, so the scan stays linear. The plugins'
 * sets have no such state (at most 27 owned transitions).
 *
 * Outputs: each state knows whether it ends a keyword and the next state on
 * its failure chain that does (the dictionary-suffix link), so all matches
 * ending at an offset are listed longest first without allocating.
 *
 * Leftmost-longest: derived from the stream of all matches. For each start
 * offset, only the longest match seen so far is kept, in a ring of
 * (longest keyword + 1) slots. A candidate starting at p is final once no
 * keyword match still in progress can start at or before p, that is once
 * p < offset − depth (the current state's depth is the length in bytes of
 * the longest keyword prefix ending here). Final candidates are taken in
 * order of start, skipping those that overlap the previous one taken. This
 * is linear in the text, whatever the keywords. While no candidate is
 * pending, the scan runs the same fast loop as the all-matches mode.
 *
 * Measured with bench/bench-matcher on the corpus report repeated to 2 MB,
 * with the keyword sets the plugins build (EPYC Zen 4 at 2.6 GHz, -O2, best
 * of 40 scans, MB/s per CPU second; before: the byte automaton this
 * replaced, dense rows then sparse child lists):
 *
 *   set (keywords; share of characters     all matches     leftmost-longest
 *        starting a keyword; matches/KB)   before  after    before  after
 *   legislation (61; 8%; 2.3)                590   2490       590   2390
 *   self_building (69; 8%; 1.8)              590   2510       590   2440
 *   political (75; 11%; 7.8)                 570   2300       540   2060
 *   oversight (81; 10%; 5.3)                 580   2370       560   2190
 *   representation (190; 16%; 13.5)          530   2100       510   1810
 *   tallies (692; 43%; 41)                   390   1510       350   1070
 *   entity (2280; 45%; 29)                   370   1610       340   1240
 *
 * Memory: 8 bytes per cell (entity: 35 000 cells for 4 400 states,
 * tallies 5 300 for 1 400, domain sets under 3 000), 20 bytes per state,
 * and the 128 KiB class table, calloc'd: only its pages holding keyword
 * characters are written, the rest read as zero pages. In all, 500 KiB of
 * heap for the entity set, 140–200 KiB for the others. Sealing takes 5 ms
 * for the entity set, under 1 ms for the others. G_MESSAGES_DEBUG=Baogao
 * prints the sizes of each matcher sealed.
 */

#include <string.h>

#include <baogao/baogao-matcher.h>

/* Most cells a state owns before it falls back on its failure state at
 * scan time instead; see the notes. */
#define MAX_OWN_CELLS 48

#define HANDLE_OUTPUT ((guint32) 0x80000000u)
#define HANDLE_MISS   ((guint32) 0x40000000u)
#define HANDLE_BASE   ((guint32) 0x3fffffffu)
#define NO_OWNER      G_MAXUINT32
#define ASCII_CLASSES 0x10000
#define NONE          G_MAXUINT32

/* Longest keyword whose leftmost-longest ring fits on the stack. */
#define RING_ON_STACK 256

typedef struct
{
  guint32 check;     /* handle of the state owning the cell, or NO_OWNER */
  guint32 next;      /* its transition's handle; in a state's own cell
                      * (class 0), the state's number */
} Cell;

typedef struct
{
  guint32 depth;     /* length in bytes of the path from the root */
  guint32 out_next;  /* next state on the failure chain ending a keyword */
  guint32 miss;      /* HANDLE_MISS states: where to go on when no cell
                      * matches */
  guint   value;
  gboolean ends_keyword;
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
  guint32 n_classes;
  guint32 n_states;
  guint32 n_cells;
  guint32 n_class4;
  guint16 *classes;        /* index3 () of a three-byte unit → class,
                            * then ASCII_CLASSES + an ASCII byte → class */
  guint16 *class2;         /* 11-bit payload → class, or NULL: none */
  guint32 *class4_keys;    /* 21-bit payloads, sorted */
  guint16 *class4;         /* parallel to class4_keys */
  Cell *cells;
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
  g_free (self->class2);
  g_free (self->classes);
  g_free (self->class4_keys);
  g_free (self->class4);
  g_free (self->cells);
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
  /* Keep depths and offsets within 31 bits however large the set. */
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

/* Units: how the scan cuts text into characters. A lead byte followed by
 * as many continuation bytes as it announces is one unit, valid or not
 * (overlong forms, surrogates); any other byte is a unit of its own. The
 * bits a unit carries besides its markers (its payload) identify its bytes
 * among the units of its length, so the class tables are indexed by
 * payload (for three-byte units, mixed by index3 ()), one table per
 * length. */

static inline gboolean
is_continuation (guint8 byte)
{
  return (byte & 0xc0) == 0x80;
}

/* The index of a three-byte unit in the class table, from the little-endian
 * word of its bytes, whatever the fourth: its 16 payload bits, mixed by one
 * multiplication. Checked once by brute force to be one-to-one over the
 * 65536 three-byte units; the test "matcher/every-character" would fail
 * otherwise. Cheaper than putting the bits in order. */
static inline guint32
index3 (guint32 word)
{
  return (((word & 0x3f3f0fu) * 0x4011u) >> 6) & 0xffffu;
}

static inline guint32
read_le32 (const guint8 *p)
{
  guint32 word;

  memcpy (&word, p, sizeof word);

  return GUINT32_FROM_LE (word);
}

/* The length of the unit at @p, given that @left bytes remain, and its
 * payload. */
static inline guint
unit_at (const guint8 *p,
         gsize         left,
         guint32      *payload)
{
  guint8 b0 = p[0];

  if (b0 < 0x80)
    {
      *payload = b0;
      return 1;
    }
  if (b0 >= 0xc0 && b0 < 0xe0 && left >= 2 && is_continuation (p[1]))
    {
      *payload = ((guint32) (b0 & 0x1f) << 6) | (p[1] & 0x3f);
      return 2;
    }
  if (b0 >= 0xe0 && b0 < 0xf0 && left >= 3 && is_continuation (p[1])
      && is_continuation (p[2]))
    {
      *payload = index3 (b0 | (guint32) p[1] << 8 | (guint32) p[2] << 16);
      return 3;
    }
  if (b0 >= 0xf0 && b0 < 0xf8 && left >= 4 && is_continuation (p[1])
      && is_continuation (p[2]) && is_continuation (p[3]))
    {
      *payload = ((guint32) (b0 & 0x07) << 18) | ((guint32) (p[1] & 0x3f) << 12)
                 | ((guint32) (p[2] & 0x3f) << 6) | (p[3] & 0x3f);
      return 4;
    }

  *payload = G_MAXUINT32;   /* a byte of no unit */
  return 1;
}

static guint
class4_of (const BaogaoMatcher *self,
           guint32              payload)
{
  guint32 lo = 0, hi = self->n_class4;

  while (lo < hi)
    {
      guint32 mid = lo + (hi - lo) / 2;

      if (self->class4_keys[mid] < payload)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo < self->n_class4 && self->class4_keys[lo] == payload
         ? self->class4[lo] : 0;
}

/* The unit at @text + @i, any unit, within @length: its class times 8
 * plus its length. The scans call it for what their fast paths leave. */
static G_NO_INLINE guint32
next_unit_slow (const BaogaoMatcher *self,
                const guint8        *text,
                gsize                i,
                gsize                length)
{
  guint32 payload;
  guint32 n = unit_at (text + i, length - i, &payload);
  guint32 klass;

  if (payload == G_MAXUINT32)
    klass = 0;
  else if (n == 1)
    klass = self->classes[ASCII_CLASSES + payload];
  else if (n == 2)
    klass = self->class2 != NULL ? self->class2[payload] : 0;
  else if (n == 3)
    klass = self->classes[payload];
  else
    klass = class4_of (self, payload);

  return klass << 3 | n;
}

/* The build-time trie over classes: children as linked lists of edges. */
typedef struct
{
  guint32 first_edge;
  guint32 keyword;
} TrieNode;

typedef struct
{
  guint32 target;
  guint32 next;
  guint32 klass;
} TrieEdge;

/* The breadth-first trie: the children of a state are consecutive states,
 * in class order. */
typedef struct
{
  guint32 first_child;
  guint32 n_children;
  guint32 keyword;
  guint32 in_class;
  guint32 fail;
  guint32 miss;       /* state to go on from on a miss; 0: the root row */
  guint32 first_own;  /* its transitions in the owned list */
  guint32 n_own;
} BfsNode;

/* A transition a state owns: a class and the state it leads to. */
typedef struct
{
  guint32 klass;
  guint32 target;
} Own;

static int
compare_edges_by_class (gconstpointer a,
                        gconstpointer b)
{
  const TrieEdge *ea = a;
  const TrieEdge *eb = b;

  return ea->klass < eb->klass ? -1 : ea->klass > eb->klass;
}

static int
compare_guint32 (gconstpointer a,
                 gconstpointer b)
{
  guint32 x = *(const guint32 *) a, y = *(const guint32 *) b;

  return x < y ? -1 : x > y;
}

/* The automaton's transition from @state on @klass while building, as a
 * state number: its owned transitions, else those of its miss state, else
 * the root's. */
static guint32
build_delta (const BfsNode *bfs,
             const Own     *own,
             guint32        state,
             guint32        klass)
{
  for (;;)
    {
      const Own *list = own + bfs[state].first_own;
      guint32 lo = 0, hi = bfs[state].n_own;

      while (lo < hi)
        {
          guint32 mid = lo + (hi - lo) / 2;

          if (list[mid].klass < klass)
            lo = mid + 1;
          else
            hi = mid;
        }
      if (lo < bfs[state].n_own && list[lo].klass == klass)
        return list[lo].target;

      if (bfs[state].miss == 0)
        break;
      state = bfs[state].miss;
    }

  /* The root's own transitions are its children. */
  {
    guint32 lo = 0, hi = bfs[0].n_children;

    while (lo < hi)
      {
        guint32 mid = lo + (hi - lo) / 2;

        if (bfs[bfs[0].first_child + mid].in_class < klass)
          lo = mid + 1;
        else
          hi = mid;
      }
    if (lo < bfs[0].n_children && bfs[bfs[0].first_child + lo].in_class == klass)
      return bfs[0].first_child + lo;
  }

  return 0;
}

/* The cell allocator: which cells are free, as a forest in which each
 * used cell points further on and a free cell is its own root; finding
 * the first free cell from any point compresses the path walked. */
typedef struct
{
  guint32 *next;
  gsize capacity;
} FreeCells;

static void
free_cells_reserve (FreeCells *cells,
                    gsize      size)
{
  gsize bigger = cells->capacity;

  if (size <= cells->capacity)
    return;

  while (bigger < size)
    bigger = 2 * bigger + 64;
  cells->next = g_renew (guint32, cells->next, bigger);
  for (gsize c = cells->capacity; c < bigger; c++)
    cells->next[c] = c;
  cells->capacity = bigger;
}

static gsize
free_cells_find (FreeCells *cells,
                 gsize      from)
{
  gsize root = from, c;

  free_cells_reserve (cells, from + 2);
  while (cells->next[root] != root)
    {
      root = cells->next[root];
      free_cells_reserve (cells, root + 2);
    }
  for (c = from; c != root; )
    {
      gsize next = cells->next[c];

      cells->next[c] = root;
      c = next;
    }

  return root;
}

static inline gboolean
free_cells_is_free (const FreeCells *cells,
                    gsize            c)
{
  return cells->next[c] == c;
}

static inline void
free_cells_take (FreeCells *cells,
                 gsize      c)
{
  cells->next[c] = c + 1;
}

/* Places the states in the cell array, first fit in breadth-first order:
 * state s gets a base b such that cell b (its own) and cells b + c for each
 * class c it owns a transition on are free. Returns the bases.
 *
 * Candidates are free cells only. Free cells in a crowded stretch may fit
 * no state that owns transitions; once a state has tried many in vain, the
 * next ones start further on (the states owning none fill such holes). */
static guint32 *
place_states (const BfsNode *bfs,
              const Own     *own,
              guint32        n_states,
              guint32        n_classes,
              guint32       *n_cells)
{
  guint32 *base = g_new (guint32, n_states);
  FreeCells cells = { NULL, 0 };
  gsize search_from = 1, max_base = 0;
  guint32 s;

  free_cells_reserve (&cells, 2 * (gsize) n_states + 2 * n_classes + 64);
  /* The root: base 0, and the cells of its transitions. */
  base[0] = 0;
  for (gsize c = 0; c < n_classes; c++)
    free_cells_take (&cells, c);

  for (s = 1; s < n_states; s++)
    {
      const Own *list = own + bfs[s].first_own;
      guint32 n = bfs[s].n_own;
      guint32 top = n > 0 ? list[n - 1].klass : 0;
      guint tries = 0;
      gsize b, halfway = 0;

      b = free_cells_find (&cells, n == 0 ? 1 : search_from);
      for (;;)
        {
          guint32 k;

          free_cells_reserve (&cells, b + top + 2);
          for (k = 0; k < n && free_cells_is_free (&cells, b + list[k].klass); k++)
            ;
          if (k == n)
            break;

          tries++;
          if (tries == 16)
            halfway = b;
          b = free_cells_find (&cells, b + 1);
        }
      if (tries >= 32)
        search_from = halfway;

      base[s] = b;
      free_cells_take (&cells, b);
      for (guint32 k = 0; k < n; k++)
        free_cells_take (&cells, b + list[k].klass);
      max_base = MAX (max_base, b);
    }

  g_free (cells.next);
  if (max_base + n_classes >= HANDLE_BASE)
    g_error ("Too many keywords in a BaogaoMatcher (%" G_GSIZE_FORMAT " cells)",
             max_base + n_classes);
  *n_cells = max_base + n_classes;

  return base;
}

/* The classes: one per distinct character of the keywords, 0 for all
 * others. The first characters of keywords come first. */
static void
assign_classes (BaogaoMatcher *self,
                GHashTable    *char_class,
                GArray        *class_length)
{
  g_autoptr(GArray) first = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr(GArray) rest = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr(GArray) four = g_array_new (FALSE, FALSE, sizeof (guint32));
  guint8 zero = 0;
  guint32 i;

  for (i = 0; i < self->keywords->len; i++)
    {
      const char *p = g_ptr_array_index (self->keywords, i);
      gboolean is_first = TRUE;

      for (; *p != '\0'; p = g_utf8_next_char (p), is_first = FALSE)
        {
          gunichar c = g_utf8_get_char (p);
          gpointer key = GUINT_TO_POINTER (c + 1);
          gpointer known = g_hash_table_lookup (char_class, key);

          /* Values while collecting: 1 first character, 2 other. */
          if (known == NULL || (is_first && GPOINTER_TO_UINT (known) == 2))
            g_hash_table_insert (char_class, key, GUINT_TO_POINTER (is_first ? 1 : 2));
        }
    }

  {
    GHashTableIter iter;
    gpointer key, kind;

    g_hash_table_iter_init (&iter, char_class);
    while (g_hash_table_iter_next (&iter, &key, &kind))
      {
        guint32 c = GPOINTER_TO_UINT (key) - 1;

        g_array_append_val (GPOINTER_TO_UINT (kind) == 1 ? first : rest, c);
      }
  }
  g_array_sort (first, compare_guint32);
  g_array_sort (rest, compare_guint32);
  g_array_append_vals (first, rest->data, rest->len);

  self->n_classes = first->len + 1;
  if (self->n_classes > G_MAXUINT16)
    g_error ("Too many distinct characters in a BaogaoMatcher (%u)", first->len);

  self->classes = g_new0 (guint16, ASCII_CLASSES + 128);
  g_array_append_val (class_length, zero);

  for (i = 0; i < first->len; i++)
    {
      guint32 c = g_array_index (first, guint32, i);
      guint16 klass = i + 1;
      guint8 length = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;

      g_hash_table_insert (char_class, GUINT_TO_POINTER (c + 1), GUINT_TO_POINTER (klass));
      g_array_append_val (class_length, length);

      /* A character's payload is its code point, but for the index of
       * three-byte ones. */
      switch (length)
        {
        case 1:
          self->classes[ASCII_CLASSES + c] = klass;
          break;
        case 2:
          if (self->class2 == NULL)
            self->class2 = g_new0 (guint16, 1 << 11);
          self->class2[c] = klass;
          break;
        case 3:
          self->classes[index3 ((0xe0 | c >> 12) | (0x80 | (c >> 6 & 0x3f)) << 8
                               | (0x80 | (c & 0x3f)) << 16)] = klass;
          break;
        default:
          g_array_append_val (four, c);
          break;
        }
    }

  /* Sorted by code point within their group, so sort the 4-byte ones. */
  g_array_sort (four, compare_guint32);
  self->n_class4 = four->len;
  self->class4_keys = g_new (guint32, MAX (four->len, 1));
  self->class4 = g_new (guint16, MAX (four->len, 1));
  for (i = 0; i < four->len; i++)
    {
      guint32 c = g_array_index (four, guint32, i);

      self->class4_keys[i] = c;
      self->class4[i] = GPOINTER_TO_UINT (g_hash_table_lookup (char_class,
                                                                GUINT_TO_POINTER (c + 1)));
    }
}

static inline guint32
handle_of (const guint32 *base,
           const BfsNode *bfs,
           const StateInfo *info,
           guint32        state)
{
  guint32 handle = base[state];

  if (info[state].ends_keyword || info[state].out_next != NONE)
    handle |= HANDLE_OUTPUT;
  if (bfs[state].miss != 0)
    handle |= HANDLE_MISS;

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
  g_autoptr(GHashTable) char_class = NULL;
  g_autoptr(GArray) class_length = NULL;
  g_autoptr(GArray) nodes = NULL;
  g_autoptr(GArray) edges = NULL;
  g_autoptr(GArray) kids = NULL;
  g_autoptr(GArray) own = NULL;
  g_autofree BfsNode *bfs = NULL;
  g_autofree guint32 *order = NULL;
  g_autofree guint32 *base = NULL;
  StateInfo *info;
  guint32 n_states, head, tail, s, i;

  g_return_if_fail (self != NULL);

  if (self->sealed)
    return;

  char_class = g_hash_table_new (NULL, NULL);
  class_length = g_array_new (FALSE, FALSE, sizeof (guint8));
  assign_classes (self, char_class, class_length);

  /* The trie, with classes as labels. */
  nodes = g_array_new (FALSE, FALSE, sizeof (TrieNode));
  edges = g_array_new (FALSE, FALSE, sizeof (TrieEdge));
  g_array_append_val (nodes, ((TrieNode) { NONE, NONE }));

  for (i = 0; i < self->keywords->len; i++)
    {
      const char *p = g_ptr_array_index (self->keywords, i);
      guint32 node = 0;

      for (; *p != '\0'; p = g_utf8_next_char (p))
        {
          gpointer key = GUINT_TO_POINTER (g_utf8_get_char (p) + 1);
          guint32 klass = GPOINTER_TO_UINT (g_hash_table_lookup (char_class, key));
          guint32 e = g_array_index (nodes, TrieNode, node).first_edge;

          while (e != NONE && g_array_index (edges, TrieEdge, e).klass != klass)
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
                .klass = klass,
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
  if (n_states >= HANDLE_BASE / 2)
    g_error ("Too many keywords in a BaogaoMatcher (%u states)", n_states);

  /* Breadth-first renumbering, children sorted by class. */
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
      g_array_sort (kids, compare_edges_by_class);

      bfs[head].first_child = tail;
      bfs[head].n_children = kids->len;
      for (i = 0; i < kids->len; i++)
        {
          const TrieEdge *edge = &g_array_index (kids, TrieEdge, i);

          order[tail] = edge->target;
          bfs[tail].in_class = edge->klass;
          bfs[tail].keyword = g_array_index (nodes, TrieNode, edge->target).keyword;
          tail++;
        }
    }
  g_assert (tail == n_states);

  g_clear_pointer (&nodes, g_array_unref);
  g_clear_pointer (&edges, g_array_unref);
  g_clear_pointer (&order, g_free);

  /* Failure links, outputs and owned transitions, in breadth-first order:
   * everything a state needs is about shallower states, which come first.
   * A state owns its children and, unless they are too many, the
   * transitions its failure state owns; it goes on from the same miss
   * state. */
  info = self->info = g_new0 (StateInfo, n_states);
  own = g_array_new (FALSE, FALSE, sizeof (Own));
  info[0].out_next = NONE;
  for (s = 0; s < n_states; s++)
    {
      BfsNode *node = &bfs[s];
      guint32 f = node->fail;

      if (node->keyword != NONE)
        {
          info[s].ends_keyword = TRUE;
          info[s].value = g_array_index (self->values, guint, node->keyword);
        }

      node->first_own = own->len;
      if (s != 0)
        {
          const BfsNode *fnode = &bfs[f];
          guint32 a = 0, b = 0, n_merged = 0;
          gboolean inherit;

          /* The size of the merged list first. */
          while (a < node->n_children || b < fnode->n_own)
            {
              guint32 ca = a < node->n_children ? bfs[node->first_child + a].in_class : G_MAXUINT32;
              guint32 cb = b < fnode->n_own ? g_array_index (own, Own, fnode->first_own + b).klass : G_MAXUINT32;

              a += ca <= cb;
              b += cb <= ca;
              n_merged++;
            }
          inherit = f != 0 && n_merged <= MAX_OWN_CELLS;

          a = b = 0;
          while (a < node->n_children || (inherit && b < fnode->n_own))
            {
              guint32 ca = a < node->n_children ? bfs[node->first_child + a].in_class : G_MAXUINT32;
              guint32 cb = inherit && b < fnode->n_own
                           ? g_array_index (own, Own, fnode->first_own + b).klass : G_MAXUINT32;
              Own o;

              if (ca <= cb)
                o = (Own) { ca, node->first_child + a };
              else
                o = g_array_index (own, Own, fnode->first_own + b);
              a += ca <= cb;
              b += cb <= ca;
              g_array_append_val (own, o);
            }
          node->n_own = own->len - node->first_own;
          node->miss = f == 0 ? 0 : inherit ? fnode->miss : f;
        }

      for (i = 0; i < node->n_children; i++)
        {
          guint32 child = node->first_child + i;
          guint32 cf;

          cf = s == 0 ? 0 : build_delta (bfs, (const Own *) own->data, f, bfs[child].in_class);
          bfs[child].fail = cf;
          info[child].depth = info[s].depth
                              + g_array_index (class_length, guint8, bfs[child].in_class);
          info[child].out_next = bfs[cf].keyword != NONE ? cf : info[cf].out_next;
        }
    }

  /* The cells. */
  base = place_states (bfs, (const Own *) own->data, n_states, self->n_classes,
                       &self->n_cells);
  self->n_states = n_states;
  self->cells = g_new (Cell, self->n_cells);
  for (i = 0; i < self->n_cells; i++)
    self->cells[i] = (Cell) { NO_OWNER, 0 };

  for (s = 0; s < n_states; s++)
    {
      guint32 handle = handle_of (base, bfs, info, s);

      self->cells[base[s]].next = s;
      for (i = 0; i < bfs[s].n_own; i++)
        {
          const Own *o = &g_array_index (own, Own, bfs[s].first_own + i);

          self->cells[base[s] + o->klass] = (Cell) {
            handle, handle_of (base, bfs, info, o->target),
          };
        }
      info[s].miss = bfs[s].miss != 0 ? handle_of (base, bfs, info, bfs[s].miss) : 0;
    }

  /* The root's transitions, in cells it does not own: for any state,
   * cell c holds the root's transition on class c. */
  for (i = 0; i < bfs[0].n_children; i++)
    {
      guint32 child = bfs[0].first_child + i;

      self->cells[bfs[child].in_class].next = handle_of (base, bfs, info, child);
    }

  g_debug ("BaogaoMatcher: %u keywords, %u states, %u classes, %u cells",
           self->n_keywords, n_states, self->n_classes, self->n_cells);

  clear_build_data (self);
  self->sealed = TRUE;
}

/* The state a handle stands for. */
static inline guint32
state_of (const BaogaoMatcher *self,
          guint32              handle)
{
  return self->cells[handle & HANDLE_BASE].next;
}

/* A step from a state that owns no cell for @klass and goes on from
 * another state than the root: follow the miss links. */
static G_NO_INLINE guint32
miss_step (const BaogaoMatcher *self,
           guint32              handle,
           guint                klass)
{
  do
    {
      const Cell *cell;

      handle = self->info[state_of (self, handle)].miss;
      cell = &self->cells[(handle & HANDLE_BASE) + klass];
      if (cell->check == handle)
        return cell->next;
    }
  while (handle & HANDLE_MISS);

  return self->cells[klass].next;
}

/* The general forms of a step, for any handle and up to the end of the
 * text: NEXT_CLASS reads the class of the next unit and skips the unit,
 * STEP steps on the class, following miss links. They use `self`, `text`,
 * `length`, `i`, `classes` and `cells`. */
#define NEXT_CLASS(klass) \
  G_STMT_START { \
    guint32 word_; \
    \
    if (G_LIKELY (i + 4 <= length) \
        && ((word_ = read_le32 (text + i)) & 0xc0c0f0u) == 0x8080e0u) \
      { \
        (klass) = classes[index3 (word_)]; \
        i += 3; \
      } \
    else \
      { \
        guint32 unit_ = next_unit_slow (self, text, i, length); \
        \
        (klass) = unit_ >> 3; \
        i += unit_ & 7; \
      } \
  } G_STMT_END

#define STEP(handle, klass) \
  G_STMT_START { \
    const Cell *cell_ = &cells[((handle) & HANDLE_BASE) + (klass)]; \
    \
    if (cell_->check == (handle)) \
      (handle) = cell_->next; \
    else if (!((handle) & HANDLE_MISS)) \
      (handle) = cells[(klass)].next; \
    else \
      (handle) = miss_step (self, (handle), (klass)); \
  } G_STMT_END

/* The fast loop: steps from @i while the handle has no flag (no output to
 * report, no miss link) and four bytes can be read, and stops after the
 * step that sets a flag. Returns where it stopped, the handle in
 * *@handle_inout. Three-byte characters, read as one little-endian word
 * whose markers are checked at once, then ASCII, then the rest.
 *
 * The step: the state's own cell for the class, else the root's
 * transition, which does not depend on the state. The branch is predicted
 * not taken (the text goes on with no keyword), so the next step can start
 * before this one is known: the loop is bound by throughput, not by the
 * latency of a chain of loads.
 *
 * A function of its own, for both modes: with few live values, the
 * compiler keeps all of them in registers. */
static G_NO_INLINE gsize
fast_run (const BaogaoMatcher *self,
          const guint8        *text,
          gsize                length,
          gsize                i,
          guint32             *handle_inout)
{
  const guint16 *classes = self->classes;
  const Cell *cells = self->cells;
  gsize stop = length - 3;
  guint32 handle = *handle_inout;

  do
    {
      guint32 word = read_le32 (text + i);
      const Cell *cell;
      guint klass;

      if (G_LIKELY ((word & 0xc0c0f0u) == 0x8080e0u))
        {
          klass = classes[index3 (word)];
          i += 3;
        }
      else if ((word & 0x80) == 0)
        {
          klass = classes[ASCII_CLASSES + (word & 0x7f)];
          i += 1;
        }
      else
        {
          guint32 unit = next_unit_slow (self, text, i, length);

          klass = unit >> 3;
          i += unit & 7;
        }

      cell = &cells[handle + klass];
      if (G_UNLIKELY (cell->check == handle))
        handle = cell->next;
      else
        handle = cells[klass].next;
    }
  while (G_LIKELY (handle < HANDLE_MISS) && G_LIKELY (i < stop));

  *handle_inout = handle;

  return i;
}

static G_NO_INLINE void
scan_all (const BaogaoMatcher *self,
          const guint8        *text,
          gsize                length,
          BaogaoMatchFunc      func,
          gpointer             user_data)
{
  const guint16 *classes = self->classes;
  const Cell *cells = self->cells;
  gsize stop = length > 3 ? length - 3 : 0;   /* i < stop: 4 bytes readable */
  guint32 handle = 0;
  gsize i = 0;

  while (i < length)
    {
      if (handle < HANDLE_MISS && i < stop)
        {
          i = fast_run (self, text, length, i, &handle);
        }
      else
        {
          guint klass;

          NEXT_CLASS (klass);
          STEP (handle, klass);
        }

      if (G_UNLIKELY (handle & HANDLE_OUTPUT))
        {
          guint32 s = state_of (self, handle);

          if (!self->info[s].ends_keyword)
            s = self->info[s].out_next;

          for (; s != NONE; s = self->info[s].out_next)
            {
              const StateInfo *info = &self->info[s];

              if (!func (i - info->depth, i, info->value, user_data))
                return;
            }
        }
    }
}

/* Leftmost-longest bookkeeping, out of the scan loop. */
typedef struct
{
  gsize end;   /* 0: no candidate */
  guint value;
} Candidate;

typedef struct
{
  Candidate *ring;
  gsize mask;
  gsize cursor;      /* no match may start before this */
  gsize final;       /* candidates before this are final and handled */
  gsize n_pending;
  BaogaoMatchFunc func;
  gpointer user_data;
} Longest;

/* Records the matches ending at @end, in the state @handle stands for. */
static G_NO_INLINE void
longest_record (const BaogaoMatcher *self,
                Longest             *lm,
                guint32              handle,
                gsize                end)
{
  guint32 s = state_of (self, handle);

  if (lm->n_pending == 0)
    lm->final = end - self->info[s].depth;
  if (!self->info[s].ends_keyword)
    s = self->info[s].out_next;

  /* A start has at most one match ending here, longer than any match
   * recorded for it before: it replaces them. */
  for (; s != NONE; s = self->info[s].out_next)
    {
      gsize start = end - self->info[s].depth;
      Candidate *slot = &lm->ring[start & lm->mask];

      if (start < lm->cursor)
        continue;
      if (slot->end == 0)
        lm->n_pending++;
      slot->end = end;
      slot->value = self->info[s].value;
    }
}

/* Reports the candidates starting before @limit, which no match in
 * progress can overlap: those taken, in order of start, skipping those
 * overlapping the previous one taken. Returns %FALSE if the callback
 * stopped the scan. */
static G_NO_INLINE gboolean
longest_settle (Longest *lm,
                gsize    limit)
{
  for (; lm->final < limit; lm->final++)
    {
      Candidate *slot = &lm->ring[lm->final & lm->mask];

      if (slot->end == 0)
        continue;

      lm->n_pending--;
      if (lm->final >= lm->cursor)
        {
          if (!lm->func (lm->final, slot->end, slot->value, lm->user_data))
            return FALSE;
          lm->cursor = slot->end;
        }
      slot->end = 0;

      if (lm->n_pending == 0)
        {
          lm->final = limit;
          break;
        }
    }

  return TRUE;
}

static G_NO_INLINE void
scan_longest (const BaogaoMatcher *self,
              const guint8        *text,
              gsize                length,
              BaogaoMatchFunc      func,
              gpointer             user_data)
{
  const guint16 *classes = self->classes;
  const Cell *cells = self->cells;
  gsize stop = length > 3 ? length - 3 : 0;
  Candidate on_stack[RING_ON_STACK];
  g_autofree Candidate *on_heap = NULL;
  Longest lm = { NULL, 0, 0, 0, 0, func, user_data };
  gsize ring_size;
  guint32 handle = 0;
  gsize i = 0;

  /* Pending candidates start within the last max_length + 1 offsets. */
  ring_size = 1;
  while (ring_size < self->max_length + 1)
    ring_size <<= 1;
  lm.mask = ring_size - 1;
  if (ring_size <= RING_ON_STACK)
    lm.ring = on_stack;
  else
    lm.ring = on_heap = g_new (Candidate, ring_size);
  memset (lm.ring, 0, ring_size * sizeof (Candidate));

  while (i < length)
    {
      /* With no candidate pending, nothing to do but find the next
       * output. */
      if (lm.n_pending == 0 && handle < HANDLE_MISS && i < stop)
        {
          i = fast_run (self, text, length, i, &handle);
        }
      else
        {
          guint klass;

          NEXT_CLASS (klass);
          STEP (handle, klass);
        }

      if (G_UNLIKELY (handle & HANDLE_OUTPUT))
        longest_record (self, &lm, handle, i);

      if (lm.n_pending > 0)
        {
          gsize limit = i - self->info[state_of (self, handle)].depth;

          if (lm.final < limit && !longest_settle (&lm, limit))
            return;
        }
    }

  /* End of text: every candidate is final. */
  if (lm.n_pending > 0)
    longest_settle (&lm, length);
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

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
 * single byte. Each distinct character of the keywords gets a class; every
 * other unit, broken ones included, is class 0. The characters that start
 * no keyword come first, those that start one last (from first_class on),
 * so that the class alone tells whether a character leaves the root;
 * among the first, the second characters of keywords last (from
 * second_class on, below). A
 * three-byte unit — nearly all of Chinese report text — is recognized by
 * one 32-bit load, an exclusive or that clears its markers and one mask
 * test; its class is read from a table of two levels (of bytes when
 * there are at most 256 classes, else of guint16): the block of its code
 * point's top ten bits, put together by one multiplication and one shift
 * (block_of3 ()), then the entry of its last six bits in that block. The
 * characters that no keyword has in their block of 64 share one block
 * of zeros, so the table is a few tens of kilobytes and a scan of a long
 * text reads little memory. ASCII has a place of its own in the same
 * table, at an index the same word gives with one addition
 * (ascii_index()); two-byte
 * units have a table of their own when some keyword needs one, four-byte
 * ones a sorted array. One step per character instead of three.
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
 * b. The root's transitions fill cells 0 to n_classes − 1, which no state
 * owns. A handle is a base with two flags in its top bits: the state has
 * matches to report (HANDLE_OUTPUT), or its misses do not go to the root
 * (HANDLE_MISS, below). So a step from a handle without flags is
 *
 *   cell = cells[handle + class]
 *   handle = cell.check == handle ? cell.next : cells[class].next
 *
 * A cell nobody owns has check 0, the root's base (NO_OWNER): from the
 * root, that step reads the root's transitions as the root's own, which
 * they are, and the cells start zeroed.
 *
 * Why: the comparison is predicted false (the text goes on without
 * continuing a keyword), and then the next handle does not depend on the
 * current one, so successive steps overlap: the loop runs at the
 * processor's throughput, where a table-driven DFA waits on a chain of
 * dependent loads, three per character in a byte automaton. The loop
 * (fast_run()) steps while the handle has no flag; on a state with
 * matches, it calls the mode's function for them (report_all(),
 * report_longest()) and goes on; it stops on a state with a miss link
 * (failure chains are outside it). At the root, where the scan spends most
 * of its time, it does not even step: it reads classes until one is
 * first_class or above, two Chinese characters at a time (one 64-bit load,
 * one test of both sets of markers), and only then the cell of that class
 * (the root's transition). When no keyword is one character long (the
 * domain sets), it even looks up only the second of the two, most of the
 * time: if that one neither starts a keyword nor is the second character
 * of one (its class is below second_class), no keyword starts at either
 * of them, and the scan goes on at the root after both (one table load
 * for two characters; of the corpus report's characters, 14–26 % are
 * above second_class for those sets, 8–16 % above first_class). Elsewhere
 * it takes two steps a round. So the
 * end of the text is checked once for two characters: the fast loop runs
 * while FAST_MARGIN bytes are left, and the general step (NEXT_CLASS,
 * STEP) reads the last few. States are placed first fit in breadth-first
 * order, so the shallow, hot ones are together at the start of the array.
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
 * is linear in the text, whatever the keywords. The scan runs the same
 * fast loop as the all-matches mode, candidates pending or not, and takes
 * the final ones only where it records new ones, and at the end: the limit
 * only grows, and a final candidate stays final. It does so before it
 * records the new ones, so that all candidates pending start within the
 * longest keyword's length and never share a slot of the ring.
 *
 * Measured with bench/bench-matcher on the corpus report repeated to 2 MB,
 * with the keyword sets the plugins build (EPYC Zen 4 at 2.6 GHz, -O2, best
 * of 4 × 40 scans, MB/s per CPU second; before: one loop for all states
 * and a class index of four instructions; the byte automaton this
 * replaced did 340–590 MB/s). The figures move by up to 15 % with where
 * the loop's code happens to fall in memory; instruction counts do not.
 *
 *   set (keywords; share of characters     all matches     leftmost-longest
 *        starting a keyword; matches/KB)   before  after    before  after
 *   legislation (227; 8%; 2.3)              1720   3540      1700   3520
 *   self_building (70; 8%; 1.7)             1740   3620      1710   3590
 *   political (76; 11%; 8.4)                1620   3050      1550   2820
 *   representation (190; 16%; 13.5)         1530   2640      1430   2360
 *   tallies (768; 45%; 42)                  1150   1500       960   1200
 *   entity (2280; 45%; 29)                  1260   1620      1100   1380
 *
 * In instructions (callgrind, the same scans): 13 per character of the
 * corpus report with the legislation set instead of 21, 24 with the entity
 * set instead of 28 (its matches included). One analysis of the corpus
 * report runs 1.01 M instructions in the scans, down from 1.39 M. With
 * byte class tables and the root looking up one character of two: 0.82 M
 * in baogao_matcher_scan (the plugins' callbacks included), from 0.89 M.
 *
 * Memory: 8 bytes per cell (entity: 35 900 cells for 4 400 states,
 * tallies 34 300 for 5 100, domain sets under 3 000), 16 bytes per state,
 * and the class table: 4 KiB of block offsets, the zero block, two
 * blocks for ASCII, and a block of 64 entries for each 64 code points
 * that hold a keyword character, of guint16 (entity: 928
 * classes in 235 blocks, 31 KiB; tallies: 672 in 201, 27 KiB) or of
 * bytes (the domain sets, 67–175 classes, 3–8 KiB). The flat table of
 * 64 Ki entries it replaced took 128 or 64 KiB, all of it resident after
 * one report: its index scattered a text's characters over every page.
 * Two levels cost an extra load and four instructions per character (4 %
 * of an analysis in callgrind), for 430 KiB less in a process that loads
 * every analyzer. G_MESSAGES_DEBUG=
 * Baogao prints the sizes of each matcher sealed.
 *
 * Building. Every process builds its matchers before its first analysis,
 * so adding and sealing are kept linear and lean:
 *
 * - add() puts the keyword in a trie of characters at once: children are
 *   found in one open-addressing table keyed by (parent, character). The
 *   keyword is checked for UTF-8 on the way down the nodes it shares with
 *   others, and all of its new part before a node is added. Adding a
 *   keyword again only changes its value.
 * - Classes: the distinct characters are bits in two maps of the Basic
 *   Multilingual Plane (first characters, others), read back in order;
 *   the rare others are sorted. The children of each node are put in class
 *   order by two counting sorts (by class, then by parent), and the trie is
 *   renumbered breadth-first from there.
 * - Owned transitions are merged from the children and the failure
 *   state's list, which gives the children's failure states on the way; a
 *   leaf owning what its failure state owns shares that list.
 * - Placement keeps the free cells in a bit map read as bytes: the 64 bits
 *   from any byte are one unaligned load, so 56 bases are tried at once,
 *   and-ing the free bits at each offset the state owns until none is
 *   left (often after one offset). "32 free cells passed in vain" and "the
 *   16th of them" are counted with the popcnt instruction where the
 *   processor has it (checked at run time). The layout is the one first
 *   fit cell by cell gives, to the byte.
 * - The cells are calloc'd (a zeroed cell is owned by nobody): for the
 *   entity set, fresh pages that need no clearing.
 *
 * Measured with callgrind on `baogao analyze` of the corpus report: the
 * entity set (2280 keywords) takes 0.86 M instructions to add and 2.7 M to
 * seal, down from 2.6 M and 20.7 M with a hash table of keyword strings,
 * GArrays and a union-find first fit; the tallies (768 keywords) 0.28 M and
 * 0.88 M, from 0.83 M and 4.5 M. bench-matcher: sealing the entity set
 * takes about 1 ms instead of 4.5. The scans are the same as ever.
 */

#include <string.h>

#include "baogao-matcher-private.h"

/* Most cells a state owns before it falls back on its failure state at
 * scan time instead; see the notes. */
#define MAX_OWN_CELLS 48

/* Longest keyword whose leftmost-longest ring fits on the stack. */
#define RING_ON_STACK 256

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
  self->nodes_size = 1024;
  self->nodes = g_new (AddNode, self->nodes_size);
  self->nodes[0] = (AddNode) { 0, 0, 0 };
  self->n_nodes = 1;
  self->children_mask = 4095;
  self->children = g_new0 (guint32, self->children_mask + 1);

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
  g_clear_pointer (&self->nodes, g_free);
  g_clear_pointer (&self->children, g_free);
  self->n_nodes = self->nodes_size = 0;
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
  if (self->backing != NULL)
    {
      g_bytes_unref (self->backing);
    }
  else
    {
      g_free (self->class2);
      g_free (self->classes);
      g_free (self->class_blocks);
      g_free (self->class4_keys);
      g_free (self->class4);
      g_free (self->cells);
      g_free (self->info);
    }
  g_free (self);
}

/* valid_char_at () for all but one-byte and three-byte characters */
static G_NO_INLINE guint32
valid_char_at_slow (const guint8 *p)
{
  guint32 b0 = p[0], c;

  if (b0 < 0xc2 || (p[1] & 0xc0) != 0x80)
    return 0;
  if (b0 < 0xe0)
    return ((b0 & 0x1f) << 6 | (p[1] & 0x3f)) | 2u << 24;
  if (b0 < 0xf0 || b0 >= 0xf5 || (p[2] & 0xc0) != 0x80 || (p[3] & 0xc0) != 0x80)
    return 0;
  c = (b0 & 0x07) << 18 | (guint32) (p[1] & 0x3f) << 12 | (guint32) (p[2] & 0x3f) << 6
      | (p[3] & 0x3f);

  return c >= 0x10000 && c < 0x110000 ? c | 4u << 24 : 0;
}

/* The valid UTF-8 character at @p, not NUL: its code point, and its length
 * times 2^24; 0 if there is none there. The rules of g_utf8_validate(): no
 * overlong forms, no surrogates, nothing beyond U+10FFFF. @p is
 * NUL-terminated, so reading stops at the first byte that is not a
 * continuation byte. */
static inline guint32
valid_char_at (const guint8 *p)
{
  guint32 b0 = p[0];

  if (b0 < 0x80)
    return b0 | 1u << 24;
  if ((b0 & 0xf0) == 0xe0)
    {
      guint32 b1 = p[1], b2, c;

      if ((b1 & 0xc0) != 0x80)
        return 0;
      b2 = p[2];
      if ((b2 & 0xc0) != 0x80)
        return 0;
      /* The markers, E0 80 80, taken away at once */
      c = (b0 << 12) + (b1 << 6) + b2 - 0xe2080;

      return c >= 0x800 && c - 0xd800 >= 0x800 ? c | 3u << 24 : 0;
    }

  return valid_char_at_slow (p);
}

#define UNIT_CHAR(u)   ((u) & CHAR_MASK)
#define UNIT_LENGTH(u) ((u) >> 24)

static inline guint32
child_slot (guint32  parent,
            gunichar c,
            guint32  mask)
{
  guint64 key = (guint64) parent << 21 | c;

  return (guint32) ((key * G_GUINT64_CONSTANT (0x9e3779b97f4a7c15)) >> 32) & mask;
}

/* The child of @parent on @c in the trie of characters, or 0: none */
static inline guint32
trie_find (const BaogaoMatcher *self,
           guint32              parent,
           guint32              c)
{
  const guint32 *children = self->children;
  const AddNode *nodes = self->nodes;
  guint32 mask = self->children_mask;
  guint32 slot = child_slot (parent, c, mask);
  guint32 n;

  while ((n = children[slot]) != 0
         && (nodes[n].parent != parent || (nodes[n].ch & CHAR_MASK) != c))
    slot = (slot + 1) & mask;

  return n;
}

/* Makes the table of children four times larger */
static G_NO_INLINE void
trie_grow (BaogaoMatcher *self)
{
  guint32 mask = self->children_mask = 4 * self->children_mask + 3;

  g_free (self->children);
  self->children = g_new0 (guint32, mask + 1);
  for (guint32 i = 1; i < self->n_nodes; i++)
    {
      guint32 slot = child_slot (self->nodes[i].parent, self->nodes[i].ch & CHAR_MASK, mask);

      while (self->children[slot] != 0)
        slot = (slot + 1) & mask;
      self->children[slot] = i;
    }
}

static G_NO_INLINE void
trie_grow_nodes (BaogaoMatcher *self)
{
  if (self->nodes_size >= HANDLE_BASE / 2)
    g_error ("Too many keywords in a BaogaoMatcher (%u states)", self->n_nodes);
  self->nodes_size *= 2;
  self->nodes = g_renew (AddNode, self->nodes, self->nodes_size);
}

/* Adds a child of @parent on @c to the trie of characters; there is none
 * yet. */
static inline guint32
trie_add (BaogaoMatcher *self,
          guint32        parent,
          guint32        c)
{
  guint32 mask = self->children_mask;
  guint32 slot = child_slot (parent, c, mask);
  guint32 n;

  while (self->children[slot] != 0)
    slot = (slot + 1) & mask;

  if (G_UNLIKELY (self->n_nodes == self->nodes_size))
    trie_grow_nodes (self);
  n = self->n_nodes++;
  self->nodes[n] = (AddNode) { parent, c, 0 };
  self->children[slot] = n;

  /* At most half full */
  if (G_UNLIKELY (2 * self->n_nodes > mask))
    trie_grow (self);

  return n;
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
  const guint8 *p, *q;
  gunichar rest[16];
  guint n_rest = 0;
  gsize length;
  guint32 node = 0, u = 0;

  g_return_if_fail (self != NULL);
  g_return_if_fail (!self->sealed);
  g_return_if_fail (keyword != NULL);
  g_return_if_fail (keyword[0] != '\0');

  /* Down the trie as far as it goes, checking on the way */
  for (p = (const guint8 *) keyword; *p != '\0'; p += UNIT_LENGTH (u))
    {
      guint32 child;

      u = valid_char_at (p);
      if (u == 0)
        goto invalid;
      child = trie_find (self, node, UNIT_CHAR (u));
      if (child == 0)
        break;
      node = child;
    }

  /* The rest is new: checked, and kept, before anything is added */
  q = p;
  if (*q != '\0')
    {
      rest[n_rest++] = UNIT_CHAR (u);
      for (q += UNIT_LENGTH (u); *q != '\0'; q += UNIT_LENGTH (u), n_rest++)
        {
          u = valid_char_at (q);
          if (u == 0)
            goto invalid;
          if (n_rest < G_N_ELEMENTS (rest))
            rest[n_rest] = UNIT_CHAR (u);
        }
    }
  length = q - (const guint8 *) keyword;
  /* Keep depths and offsets within 31 bits however large the set. */
  g_return_if_fail (length < G_MAXINT32 / 4);

  if (n_rest <= G_N_ELEMENTS (rest))
    {
      for (guint i = 0; i < n_rest; i++)
        node = trie_add (self, node, rest[i]);
    }
  else
    {
      for (; *p != '\0'; p += UNIT_LENGTH (u))
        {
          u = valid_char_at (p);
          node = trie_add (self, node, UNIT_CHAR (u));
        }
    }

  if (!(self->nodes[node].ch & ENDS_KEYWORD))
    {
      self->nodes[node].ch |= ENDS_KEYWORD;
      self->n_keywords++;
    }
  self->nodes[node].value = value;
  self->max_length = MAX (self->max_length, length);
  return;

invalid:
  /* The same rule, for its message. */
  g_return_if_fail (g_utf8_validate (keyword, -1, NULL));
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
 * payload (for three-byte units, in two levels: class3_at ()), one table
 * per length. */

static inline gboolean
is_continuation (guint8 byte)
{
  return (byte & 0xc0) == 0x80;
}

/* The markers of a three-byte unit in the little-endian word of its bytes
 * (1110xxxx 10xxxxxx 10xxxxxx), and the bits they take. The scan flips
 * them: the word is a three-byte unit if no marker bit is left, and then
 * its low 24 bits are the payload alone. */
#define MARKERS3     0x8080e0u
#define MARKER_BITS3 0xc0c0f0u

/* The block of a three-byte unit in the class table (its code point's
 * top ten bits), from the little-endian word of its bytes with MARKERS3
 * flipped, whatever the fourth byte: the four payload bits of the lead
 * byte and the six of the second, put side by side by one
 * multiplication. Of the four products, the lead's at 2^28 and the
 * second byte's at 2^14 make the top ten bits, the other two fall below
 * them or off the 32 bits. The test "matcher/every-character" checks
 * every three-byte unit. */
static inline guint32
block_of3 (guint32 flipped)
{
  return ((flipped & 0x3f0fu) * 0x10004000u) >> 22;
}

/* The index of an ASCII byte in the class table: in ASCII's two blocks,
 * after the zero block, with its bits 5 and 6 flipped, so that the scan,
 * which has the byte with MARKERS3 flipped (the low byte of MARKERS3 is
 * E0), only adds ASCII_CLASSES − 0x80 to it. */
static inline guint32
ascii_index (guint32 byte)
{
  return ASCII_CLASSES + (byte ^ 0x60);
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
      *payload = (b0 | (guint32) p[1] << 8 | (guint32) p[2] << 16) ^ MARKERS3;
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

/* Entry @index of a class table of guint8 (@narrow) or guint16 */
G_ALWAYS_INLINE static inline guint
class_at (const void *classes,
          gsize       index,
          gboolean    narrow)
{
  return narrow ? ((const guint8 *) classes)[index]
                : ((const guint16 *) classes)[index];
}

/* The class of a three-byte unit, from the word of its bytes with
 * MARKERS3 flipped (its payload, and whatever the fourth byte) */
G_ALWAYS_INLINE static inline guint
class3_at (const guint32 *blocks,
           const void    *classes,
           guint32        flipped,
           gboolean       narrow)
{
  return class_at (classes, blocks[block_of3 (flipped)] + (flipped >> 16 & 0x3f),
                   narrow);
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
    klass = class_at (self->classes, ascii_index (payload), self->class_width == 1);
  else if (n == 2)
    klass = self->class2 != NULL ? self->class2[payload] : 0;
  else if (n == 3)
    klass = class3_at (self->class_blocks, self->classes, payload,
                       self->class_width == 1);
  else
    klass = class4_of (self, payload);

  return klass << 3 | n;
}

guint32
baogao_matcher_layout_id (void)
{
  guint32 id = block_of3 (0x00a5b4c3u ^ MARKERS3) * 0x9e3779b1u;

  id = (id ^ ascii_index ('a')) * 0x9e3779b1u;
  id = (id ^ HANDLE_OUTPUT ^ (HANDLE_MISS >> 1) ^ NO_OWNER) * 0x9e3779b1u;
  id = (id ^ MARKER_BITS3 ^ CLASS_BLOCKS ^ FIRST_UNIT_BLOCK << 12) * 0x9e3779b1u;
  /* Class tables of one or two bytes, and classes grouped by second_class */
  id = (id ^ 0x2c1a55u) * 0x9e3779b1u;

  return id;
}

/* The breadth-first trie over classes: the children of a state are
 * consecutive states, in class order. */
typedef struct
{
  guint32 first_child;
  guint32 n_children;
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

/* The placement of states counts bits: with the processor's instruction
 * for it where there is one, which x86-64 processors have had since 2008
 * but its baseline does not promise, so it is chosen at run time. */
#if (defined(__GNUC__) || defined(__clang__)) && defined(__x86_64__) && !defined(__POPCNT__)
#define POPCNT_AT_RUN_TIME 1
#endif

/* The number of bits set in @bits; @hw: with the popcnt instruction
 * (only in functions compiled for it) */
G_ALWAYS_INLINE static inline guint
count_bits (guint64  bits,
            gboolean hw)
{
#if defined(__POPCNT__) || defined(POPCNT_AT_RUN_TIME)
  if (hw)
    return __builtin_popcountll (bits);
#endif
  bits -= (bits >> 1) & G_GUINT64_CONSTANT (0x5555555555555555);
  bits = (bits & G_GUINT64_CONSTANT (0x3333333333333333))
         + ((bits >> 2) & G_GUINT64_CONSTANT (0x3333333333333333));
  bits = (bits + (bits >> 4)) & G_GUINT64_CONSTANT (0x0f0f0f0f0f0f0f0f);

  return (bits * G_GUINT64_CONSTANT (0x0101010101010101)) >> 56;
}

static inline guint
lowest_bit (guint64 bits)
{
#if defined(__GNUC__) || defined(__clang__)
  return __builtin_ctzll (bits);
#else
  guint n = 0;

  for (; !(bits & 1); bits >>= 1)
    n++;

  return n;
#endif
}

static inline guint8
char_length (gunichar c)
{
  return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
}

/* Until the matcher is sealed, the class table is one entry of guint16
 * per character of the Basic Multilingual Plane (two- and four-byte
 * characters have tables of their own), ASCII included, by code point. */
#define BUILD_CLASSES_LEN 0x10000

/* The class of a character of the keywords, while building. */
static inline guint32
class_of_char (const BaogaoMatcher *self,
               gunichar             c)
{
  switch (char_length (c))
    {
    case 2:
      return self->class2[c];
    case 4:
      return class4_of (self, c);
    default:
      return ((const guint16 *) self->classes)[c];
    }
}

static void
set_class (BaogaoMatcher *self,
           gunichar       c,
           guint16        klass)
{
  switch (char_length (c))
    {
    case 2:
      if (self->class2 == NULL)
        self->class2 = g_new0 (guint16, CLASS2_TABLE_LEN);
      self->class2[c] = klass;
      break;
    case 4:
      break;   /* in class4, made apart */
    default:
      ((guint16 *) self->classes)[c] = klass;
      break;
    }
}

/* Stores @klass at entry @index of a table of guint8 (@narrow) or
 * guint16 */
static inline void
set_class_at (void     *classes,
              gsize     index,
              guint     klass,
              gboolean  narrow)
{
  if (narrow)
    ((guint8 *) classes)[index] = klass;
  else
    ((guint16 *) classes)[index] = klass;
}

/* Makes the class table the scan reads from the one classes were
 * assigned in: blocks of the three-byte characters of the keywords only,
 * of guint8 when there are at most 256 classes (the same instructions
 * read them). */
static void
compact_classes (BaogaoMatcher *self)
{
  const guint16 *by_char = self->classes;
  gboolean narrow = self->n_classes <= G_MAXUINT8 + 1;
  guint32 width = narrow ? 1 : 2;
  guint32 n_blocks = 0;
  void *classes;

  self->class_blocks = g_new0 (guint32, CLASS_BLOCKS);
  for (guint32 b = 0x800 / CLASS_BLOCK; b < CLASS_BLOCKS; b++)
    for (guint32 k = 0; k < CLASS_BLOCK; k++)
      if (by_char[b * CLASS_BLOCK + k] != 0)
        {
          self->class_blocks[b] = FIRST_UNIT_BLOCK + n_blocks++ * CLASS_BLOCK;
          break;
        }

  self->class_table_len = FIRST_UNIT_BLOCK + n_blocks * CLASS_BLOCK;
  classes = g_malloc0 (self->class_table_len * width);
  for (gunichar c = 1; c < 0x80; c++)
    set_class_at (classes, ascii_index (c), by_char[c], narrow);
  for (guint32 b = 0x800 / CLASS_BLOCK; b < CLASS_BLOCKS; b++)
    if (self->class_blocks[b] != 0)
      for (guint32 k = 0; k < CLASS_BLOCK; k++)
        set_class_at (classes, self->class_blocks[b] + k,
                      by_char[b * CLASS_BLOCK + k], narrow);

  g_free (self->classes);
  self->classes = classes;
  self->class_width = width;
}

static int
compare_guint32 (gconstpointer a,
                 gconstpointer b)
{
  guint32 x = *(const guint32 *) a, y = *(const guint32 *) b;

  return x < y ? -1 : x > y;
}

/* The classes: one per distinct character of the keywords, 0 for all
 * others. The first characters of keywords come last, from
 * self->first_class on, so that the scan tells at once whether a class
 * starts a keyword; before them, from self->second_class on, the second
 * characters of keywords (and, to keep it simple, all other
 * supplementary ones), so that the scan tells at once whether a class
 * may start or go on with a keyword; each group in order of code point.
 * The characters of the Basic Multilingual Plane are sorted by setting
 * their bits in a map and reading them back in order. Returns the length
 * in bytes of each class's character. The table is of guint16 until the
 * matcher is sealed. */
static guint8 *
assign_classes (BaogaoMatcher *self)
{
  g_autofree guint64 *bits = g_new0 (guint64, 3 * 1024);
  guint64 *first = bits, *other = bits + 1024, *second = bits + 2048;
  g_autofree guint32 *astral = NULL;   /* c << 1 | not first, sorted */
  guint32 n_astral = 0, klass, i, w;
  gboolean one_character = FALSE;
  guint8 *class_length;

  for (i = 1; i < self->n_nodes; i++)
    {
      gunichar c = self->nodes[i].ch & CHAR_MASK;
      guint32 parent = self->nodes[i].parent;
      gboolean is_first = parent == 0;

      if (is_first && (self->nodes[i].ch & ENDS_KEYWORD))
        one_character = TRUE;
      if (c < 0x10000)
        {
          guint64 bit = G_GUINT64_CONSTANT (1) << (c & 63);

          (is_first ? first : other)[c >> 6] |= bit;
          if (!is_first && self->nodes[parent].parent == 0)
            second[c >> 6] |= bit;
        }
      else
        {
          if (astral == NULL)
            astral = g_new (guint32, self->n_nodes);
          astral[n_astral++] = c << 1 | !is_first;
        }
    }

  /* Supplementary characters are rare: sorted, then each kept once, as a
   * first character if it is one anywhere. */
  if (n_astral > 0)
    {
      guint32 n = 0;

      qsort (astral, n_astral, sizeof (guint32), compare_guint32);
      for (i = 0; i < n_astral; i++)
        if (n == 0 || astral[n - 1] >> 1 != astral[i] >> 1)
          astral[n++] = astral[i];
      n_astral = n;
    }

  self->classes = g_new0 (guint16, BUILD_CLASSES_LEN);
  self->class_width = 2;
  self->n_class4 = n_astral;
  self->class4_keys = g_new (guint32, MAX (n_astral, 1));
  self->class4 = g_new (guint16, MAX (n_astral, 1));
  /* No more classes than characters */
  class_length = g_new (guint8, self->n_nodes);
  class_length[0] = 0;
  klass = 1;

  /* Group 0: characters that neither start a keyword nor are the second
   * character of one; group 1: second characters that start no keyword;
   * group 2: the others */
  for (guint group = 0; group < 3; group++)
    {
      if (group == 1)
        self->second_class = klass;
      if (group == 2)
        self->first_class = klass;
      for (w = 0; w < 1024; w++)
        {
          guint64 word = group == 2 ? first[w]
                         : group == 1 ? second[w] & ~first[w]
                         : other[w] & ~first[w] & ~second[w];

          for (; word != 0; word &= word - 1)
            {
              gunichar c = w << 6 | lowest_bit (word);

              if (klass > G_MAXUINT16)
                g_error ("Too many distinct characters in a BaogaoMatcher");
              set_class (self, c, klass);
              class_length[klass++] = char_length (c);
            }
        }
      for (i = 0; i < n_astral; i++)
        if (group == 2 - (astral[i] & 1))
          {
            if (klass > G_MAXUINT16)
              g_error ("Too many distinct characters in a BaogaoMatcher");
            self->class4_keys[i] = astral[i] >> 1;
            self->class4[i] = klass;
            class_length[klass++] = 4;
          }
    }
  self->n_classes = klass;
  /* A keyword of one character may start before a character of any
   * class */
  if (one_character)
    self->second_class = 0;

  return class_length;
}

/* The automaton's transition from @state on @klass while building, as a
 * state number: its owned transitions, else those of its miss state, else
 * the root's. */
static guint32
build_delta (const BfsNode *bfs,
             const Own     *own,
             const guint32 *root_next,
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

  return root_next[klass];
}

/* The cell allocator: a bit map of the free cells, one bit a cell, in
 * bytes, so that the 64 bits from any byte on are one unaligned load. It
 * grows as needed, all of it free. Every cell below byte lowest is
 * taken. */
typedef struct
{
  guint8 *bytes;
  gsize n_bytes;     /* a multiple of 8 */
  gsize lowest;
} FreeCells;

static inline guint64
load_le64 (const guint8 *p)
{
  guint64 word;

  memcpy (&word, p, sizeof word);

  return GUINT64_FROM_LE (word);
}

static void
free_cells_reserve (FreeCells *cells,
                    gsize      n_bytes)
{
  gsize bigger = cells->n_bytes;

  if (n_bytes <= cells->n_bytes)
    return;

  while (bigger < n_bytes)
    bigger = 2 * bigger + 64;
  bigger = (bigger + 7) & ~(gsize) 7;
  cells->bytes = g_renew (guint8, cells->bytes, bigger);
  memset (cells->bytes + cells->n_bytes, 0xff, bigger - cells->n_bytes);
  cells->n_bytes = bigger;
}

static inline void
free_cells_take (FreeCells *cells,
                 gsize      c)
{
  cells->bytes[c >> 3] &= ~(1u << (c & 7));
}

/* Bases tried at once: 56, so that the cells at any offset from them are
 * within one load of 64 bits from a byte. */
#define WINDOW 56
#define WINDOW_MASK ((G_GUINT64_CONSTANT (1) << WINDOW) - 1)

/* The @n-th set bit of @word, counting from 1; there are that many */
static inline guint
nth_bit (guint64 word,
         guint   n)
{
  while (--n > 0)
    word &= word - 1;

  return lowest_bit (word);
}

/* Counts the free cells in @free, a window of them from @base on, among
 * those passed by the search: once *@count reaches 16, the 16th is in
 * *@sixteenth. */
G_ALWAYS_INLINE static inline void
count_passed (guint64   free,
              gsize     base,
              guint    *count,
              gsize    *sixteenth,
              gboolean  hw)
{
  guint n = count_bits (free, hw);

  if (*count < 16 && *count + n >= 16)
    *sixteenth = base + nth_bit (free, 16 - *count);
  *count += n;
}

/* The first base from @from on such that the cell at the base and those at
 * base + each class of @list are free: WINDOW bases at a time, a word of
 * candidates and-ed with the free cells at each offset, until none is
 * left.
 *
 * The free cells passed in vain are the candidates of the windows before
 * the one that fits, and those before the base in that one: if there are
 * at least 32 of them, the 16th in *@sixteenth, else 0. */
G_ALWAYS_INLINE static inline gsize
free_cells_fit (FreeCells *cells,
                gsize      from,
                const Own *list,
                guint32    n,
                guint32    top,
                gsize     *sixteenth,
                gboolean   hw)
{
  const Own *end = list + n;
  guint64 free, candidates;
  guint passed = 0;
  gsize j;

  *sixteenth = 0;
  if (from >> 3 <= cells->lowest)
    {
      while (cells->lowest < cells->n_bytes && cells->bytes[cells->lowest] == 0)
        cells->lowest++;
      from = MAX (from, cells->lowest << 3);
    }

  /* Bases 8 j to 8 j + WINDOW - 1 */
  j = from >> 3;
  if (G_UNLIKELY (j + (top >> 3) + 24 > cells->n_bytes))
    free_cells_reserve (cells, j + (top >> 3) + 24);
  free = load_le64 (cells->bytes + j) & WINDOW_MASK & (WINDOW_MASK << (from & 7));
  for (;;)
    {
      const guint8 *bytes = cells->bytes + j;
      const Own *o = list;

      candidates = free;
#define FREE_AT(c) (load_le64 (bytes + ((c) >> 3)) >> ((c) & 7))
      for (; o < end && candidates != 0; o++)
        candidates &= FREE_AT (o->klass);
#undef FREE_AT
      if (candidates != 0)
        {
          guint t = lowest_bit (candidates);

          /* Free cells before the base: fewer than 32 if it is that near */
          if (passed > 0 || (j << 3) + t - from >= 32)
            {
              if (passed < 32)
                count_passed (free & ((G_GUINT64_CONSTANT (1) << t) - 1), j << 3,
                              &passed, sixteenth, hw);
              if (passed < 32)
                *sixteenth = 0;
            }
          return (j << 3) + t;
        }

      if (passed < 32)
        count_passed (free, j << 3, &passed, sixteenth, hw);
      j += WINDOW / 8;
      if (G_UNLIKELY (j + (top >> 3) + 24 > cells->n_bytes))
        free_cells_reserve (cells, j + (top >> 3) + 24);
      free = load_le64 (cells->bytes + j) & WINDOW_MASK;
    }
}

/* Places the states in the cell array, first fit in breadth-first order:
 * state s gets the first free cell b from some point on such that cells
 * b + c for each class c it owns a transition on are free too; cell b is
 * its own. The bases are or-ed into @handle.
 *
 * Free cells in a crowded stretch may fit no state that owns transitions:
 * once a state has passed 32 free cells in vain, the next ones start from
 * the 16th of them (the states owning none fill such holes). */
G_ALWAYS_INLINE static inline void
place_states_with (const BfsNode *bfs,
                   const Own     *own,
                   guint32        n_states,
                   guint32        n_classes,
                   guint32       *handle,
                   guint32       *n_cells,
                   gboolean       hw)
{
  FreeCells cells = { NULL, 0, 0 };
  gsize search_from = 1, max_base = 0;
  guint32 s;

  free_cells_reserve (&cells, (3 * (gsize) n_states + 2 * n_classes + 64) / 8);
  /* The root: base 0, and the cells of its transitions. */
  for (gsize c = 0; c < n_classes; c++)
    free_cells_take (&cells, c);

  for (s = 1; s < n_states; s++)
    {
      const Own *list = own + bfs[s].first_own;
      guint32 n = bfs[s].n_own;
      guint32 top = n > 0 ? list[n - 1].klass : 0;
      gsize from = n == 0 ? 1 : search_from;

      guint8 *bytes;
      gsize b;

      gsize sixteenth;

      b = free_cells_fit (&cells, from, list, n, top, &sixteenth, hw);
      if (sixteenth != 0)
        search_from = sixteenth;

      handle[s] |= b;
      /* cells.bytes is the only pointer to them: a local copy lets the
       * compiler keep it in a register across the stores. */
      bytes = cells.bytes;
      bytes[b >> 3] &= ~(1u << (b & 7));
      for (const Own *o = list, *end = list + n; o < end; o++)
        {
          gsize c = b + o->klass;

          bytes[c >> 3] &= ~(1u << (c & 7));
        }
      max_base = MAX (max_base, b);
    }

  g_free (cells.bytes);
  if (max_base + n_classes >= HANDLE_BASE)
    g_error ("Too many keywords in a BaogaoMatcher (%" G_GSIZE_FORMAT " cells)",
             max_base + n_classes);
  *n_cells = max_base + n_classes;
}

#ifdef POPCNT_AT_RUN_TIME
__attribute__ ((target ("popcnt"))) static void
place_states_popcnt (const BfsNode *bfs,
                     const Own     *own,
                     guint32        n_states,
                     guint32        n_classes,
                     guint32       *handle,
                     guint32       *n_cells)
{
  place_states_with (bfs, own, n_states, n_classes, handle, n_cells, TRUE);
}
#endif

static void
place_states (const BfsNode *bfs,
              const Own     *own,
              guint32        n_states,
              guint32        n_classes,
              guint32       *handle,
              guint32       *n_cells)
{
#if defined(POPCNT_AT_RUN_TIME)
  __builtin_cpu_init ();
  if (__builtin_cpu_supports ("popcnt"))
    {
      place_states_popcnt (bfs, own, n_states, n_classes, handle, n_cells);
      return;
    }
#endif
#if defined(__POPCNT__)
  place_states_with (bfs, own, n_states, n_classes, handle, n_cells, TRUE);
#else
  place_states_with (bfs, own, n_states, n_classes, handle, n_cells, FALSE);
#endif
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
  g_autofree guint8 *class_length = NULL;
  g_autofree guint32 *node_class = NULL;
  g_autofree guint32 *by_class = NULL;
  g_autofree guint32 *start = NULL;
  g_autofree guint32 *kids = NULL;
  g_autofree guint32 *order = NULL;
  g_autofree guint32 *root_next = NULL;
  g_autofree BfsNode *bfs = NULL;
  g_autofree Own *own = NULL;
  g_autofree guint32 *handle = NULL;
  const AddNode *nodes;
  StateInfo *info;
  gsize n_own = 0, own_size;
  guint32 n_states, head, tail, s, i;

  g_return_if_fail (self != NULL);

  if (self->sealed)
    return;

  nodes = self->nodes;
  n_states = self->n_nodes;
  class_length = assign_classes (self);

  /* The children of each node in class order: the nodes sorted by class,
   * then, keeping that order, by parent (two counting sorts). */
  node_class = g_new (guint32, n_states);
  by_class = g_new (guint32, n_states);
  kids = g_new (guint32, n_states);
  start = g_new0 (guint32, MAX (self->n_classes, n_states) + 1);
  node_class[0] = 0;
  for (i = 1; i < n_states; i++)
    {
      node_class[i] = class_of_char (self, nodes[i].ch & CHAR_MASK);
      start[node_class[i] + 1]++;
    }
  for (i = 1; i <= self->n_classes; i++)
    start[i] += start[i - 1];
  for (i = 1; i < n_states; i++)
    by_class[start[node_class[i]]++] = i;

  memset (start, 0, (n_states + 1) * sizeof (guint32));
  for (i = 1; i < n_states; i++)
    start[nodes[i].parent + 1]++;
  for (i = 1; i <= n_states; i++)
    start[i] += start[i - 1];
  /* start[p] runs through the children of p, ending at the start of those
   * of p + 1: the children of p are at [start[p - 1], start[p]) after. */
  for (i = 0; i + 1 < n_states; i++)
    {
      guint32 node = by_class[i];

      kids[start[nodes[node].parent]++] = node;
    }

  /* Breadth-first renumbering. */
  bfs = g_new (BfsNode, n_states);
  info = self->info = g_new (StateInfo, n_states);
  order = g_new (guint32, n_states);
  root_next = g_new0 (guint32, self->n_classes);
  order[0] = 0;
  bfs[0] = (BfsNode) { 0, };
  info[0] = (StateInfo) { 0, FALSE, NONE, 0, 0 };
  for (head = 0, tail = 1; head < tail; head++)
    {
      guint32 node = order[head];
      guint32 from = node == 0 ? 0 : start[node - 1];

      bfs[head].first_child = tail;
      bfs[head].n_children = start[node] - from;
      for (i = from; i < start[node]; i++, tail++)
        {
          const AddNode *kid = &nodes[kids[i]];
          gboolean ends = (kid->ch & ENDS_KEYWORD) != 0;

          /* The other fields are set on the way down, before any use */
          order[tail] = kids[i];
          bfs[tail].in_class = node_class[kids[i]];
          info[tail].value = ends ? kid->value : 0;
          info[tail].ends_keyword = ends != FALSE;
        }
    }
  g_assert (tail == n_states);
  for (i = 0; i < bfs[0].n_children; i++)
    root_next[bfs[1 + i].in_class] = 1 + i;

  g_clear_pointer (&node_class, g_free);
  g_clear_pointer (&by_class, g_free);
  g_clear_pointer (&kids, g_free);
  g_clear_pointer (&start, g_free);
  g_clear_pointer (&order, g_free);

  /* Failure links, outputs and owned transitions, in breadth-first order:
   * everything a state needs is about shallower states, which come first.
   * A state owns its children and, unless they are too many, the
   * transitions its failure state owns; it goes on from the same miss
   * state. A leaf owning what its failure state owns shares its list.
   *
   * The failure state of a child on class c is the transition of the
   * state's failure state f on c: in the list f owns, met on the way when
   * the two lists are merged, else that of the state f goes on from. */
  /* Room enough for most sets: only what is written counts */
  own_size = 4 * (gsize) n_states + 64;
  own = g_new (Own, own_size);
  for (s = 0; s < n_states; s++)
    {
      BfsNode *node = &bfs[s];
      BfsNode *child = bfs + node->first_child;
      guint32 n_children = node->n_children;
      guint32 f = node->fail;
      const BfsNode *fnode = &bfs[f];
      gboolean inherit = f != 0;

      if (inherit && n_children + fnode->n_own > MAX_OWN_CELLS)
        {
          /* Merged, the list might be too long: count first. */
          const Own *fown = own + fnode->first_own;
          guint32 a = 0, b = 0, n_merged = 0;

          while (a < n_children || b < fnode->n_own)
            {
              guint32 ca = a < n_children ? child[a].in_class : G_MAXUINT32;
              guint32 cb = b < fnode->n_own ? fown[b].klass : G_MAXUINT32;

              a += ca <= cb;
              b += cb <= ca;
              n_merged++;
            }
          inherit = n_merged <= MAX_OWN_CELLS;
        }

      node->miss = f == 0 ? 0 : inherit ? fnode->miss : f;
      if (s == 0)
        {
          /* The root owns nothing: its transitions are the cells of the
           * classes themselves. Its children fail to it. */
          for (i = 0; i < n_children; i++)
            {
              child[i].fail = 0;
              info[1 + i].depth = class_length[child[i].in_class];
              info[1 + i].out_next = NONE;
            }
          node->first_own = node->n_own = 0;
          continue;
        }
      if (n_children == 0)
        {
          if (inherit)
            {
              node->first_own = fnode->first_own;
              node->n_own = fnode->n_own;
            }
          else
            {
              node->first_own = n_own;
              node->n_own = 0;
            }
          continue;
        }

      if (n_own + n_children + fnode->n_own > own_size)
        {
          own_size = 2 * own_size + n_children + fnode->n_own;
          own = g_renew (Own, own, own_size);
        }
      node->first_own = n_own;

      if (inherit)
        {
          const Own *fown = own + fnode->first_own;
          guint32 fmiss = fnode->miss;
          guint32 b = 0, m = fnode->n_own;

          for (guint32 a = 0; a < n_children; a++)
            {
              guint32 k = child[a].in_class;

              while (b < m && fown[b].klass < k)
                own[n_own++] = fown[b++];
              own[n_own++] = (Own) { k, node->first_child + a };
              if (b < m && fown[b].klass == k)
                child[a].fail = fown[b++].target;
              else if (fmiss == 0)
                child[a].fail = root_next[k];
              else
                child[a].fail = build_delta (bfs, own, root_next, fmiss, k);
            }
          while (b < m)
            own[n_own++] = fown[b++];
        }
      else
        {
          for (guint32 a = 0; a < n_children; a++)
            {
              guint32 k = child[a].in_class;

              own[n_own++] = (Own) { k, node->first_child + a };
              if (f == 0)
                child[a].fail = root_next[k];
              else
                child[a].fail = build_delta (bfs, own, root_next, f, k);
            }
        }
      node->n_own = n_own - node->first_own;

      for (i = 0; i < n_children; i++)
        {
          guint32 c = node->first_child + i;
          guint32 cf = bfs[c].fail;

          info[c].depth = info[s].depth + class_length[bfs[c].in_class];
          info[c].out_next = info[cf].ends_keyword ? cf : info[cf].out_next;
        }
    }

  /* The cells: each state's handle, its flags first, then its base. */
  handle = g_new (guint32, n_states);
  for (s = 0; s < n_states; s++)
    {
      handle[s] = 0;
      if (info[s].ends_keyword || info[s].out_next != NONE)
        handle[s] |= HANDLE_OUTPUT;
      if (bfs[s].miss != 0)
        handle[s] |= HANDLE_MISS;
    }
  place_states (bfs, own, n_states, self->n_classes, handle, &self->n_cells);
  self->n_states = n_states;

  /* Zeroed: no owner anywhere (see NO_OWNER), and no transition from the
   * root but those set below. */
  self->cells = g_new0 (Cell, self->n_cells);

  for (s = 0; s < n_states; s++)
    {
      const Own *list = own + bfs[s].first_own;
      const Own *end = list + bfs[s].n_own;
      guint32 base = handle[s] & HANDLE_BASE;
      Cell *row = self->cells + base;

      row->next = s;
      for (; list < end; list++)
        row[list->klass] = (Cell) { base, handle[list->target] };
      info[s].miss = bfs[s].miss != 0 ? handle[bfs[s].miss] : 0;
    }

  /* The root's transitions, in cells it does not own: for any state,
   * cell c holds the root's transition on class c. */
  for (i = 0; i < bfs[0].n_children; i++)
    {
      guint32 child = bfs[0].first_child + i;

      self->cells[bfs[child].in_class].next = handle[child];
    }

  compact_classes (self);

  /* g_debug () formats its message even when it is dropped */
  if (!g_log_writer_default_would_drop (G_LOG_LEVEL_DEBUG, G_LOG_DOMAIN))
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
      if (cell->check == (handle & HANDLE_BASE))
        return cell->next;
    }
  while (handle & HANDLE_MISS);

  return self->cells[klass].next;
}

/* The general forms of a step, for any handle and up to the end of the
 * text: NEXT_CLASS reads the class of the next unit and skips the unit,
 * STEP steps on the class, following miss links. They use `self`, `text`,
 * `length`, `i`, `blocks`, `classes`, `narrow` and `cells`. */
#define NEXT_CLASS(klass) \
  G_STMT_START { \
    guint32 flipped_; \
    \
    if (G_LIKELY (i + 4 <= length) \
        && ((flipped_ = read_le32 (text + i) ^ MARKERS3) & MARKER_BITS3) == 0) \
      { \
        (klass) = class3_at (blocks, classes, flipped_, narrow); \
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
    if (cell_->check == ((handle) & HANDLE_BASE)) \
      (handle) = cell_->next; \
    else if (!((handle) & HANDLE_MISS)) \
      (handle) = cells[(klass)].next; \
    else \
      (handle) = miss_step (self, (handle), (klass)); \
  } G_STMT_END

/* The class of the unit at *@i, four bytes or more from the end of @text,
 * given the little-endian word of its first four bytes with MARKERS3
 * flipped; skips the unit. Three-byte characters, whose markers are
 * checked at once, then ASCII, then the rest. */
G_ALWAYS_INLINE static inline guint
fast_class_flipped (const BaogaoMatcher *self,
                    const guint32       *blocks,
                    const void          *classes,
                    const guint8        *text,
                    gsize                length,
                    gsize               *i,
                    guint32              flipped,
                    gboolean             narrow)
{
  guint klass;

  if (G_UNLIKELY ((flipped & MARKER_BITS3) != 0))
    {
      if (flipped & 0x80)
        {
          /* The lead byte's top bit was clear: ASCII */
          klass = class_at (classes, ASCII_CLASSES - 0x80 + (flipped & 0xff),
                            narrow);
          *i += 1;
        }
      else
        {
          guint32 unit = next_unit_slow (self, text, *i, length);

          klass = unit >> 3;
          *i += unit & 7;
        }
    }
  else
    {
      klass = class3_at (blocks, classes, flipped, narrow);
      *i += 3;
    }

  return klass;
}

/* fast_class_flipped () of the four bytes at *@i, read here */
G_ALWAYS_INLINE static inline guint
fast_class (const BaogaoMatcher *self,
            const guint32       *blocks,
            const void          *classes,
            const guint8        *text,
            gsize                length,
            gsize               *i,
            gboolean             narrow)
{
  return fast_class_flipped (self, blocks, classes, text, length, i,
                             read_le32 (text + *i) ^ MARKERS3, narrow);
}

/* A step from @handle, not the root's, on @klass: the state's own cell
 * for the class, else the root's transition, which does not depend on the
 * state. The branch is predicted not taken (the text goes on with no
 * keyword), so the next step can start before this one is known: the loop
 * is bound by throughput, not by the latency of a chain of loads. */
G_ALWAYS_INLINE static inline guint32
fast_step (const Cell *cells,
           guint32     handle,
           guint       klass)
{
  if (G_UNLIKELY (cells[handle + klass].check == handle))
    return cells[handle + klass].next;

  return cells[klass].next;
}

/* fast_run () may start at i < length - FAST_MARGIN + 1: two units of at
 * most four bytes, and four readable bytes from the start of each; or
 * eight bytes from i on, read as two three-byte units. */
#define FAST_MARGIN 8

/* MARKERS3 and MARKER_BITS3 for two three-byte units in a row, in the
 * little-endian word of eight bytes from the first */
#define MARKERS3_PAIR     (MARKERS3 | (guint64) MARKERS3 << 24)
#define MARKER_BITS3_PAIR (MARKER_BITS3 | (guint64) MARKER_BITS3 << 24)

/* What a scan does with the matches ending at @end, in the state @handle
 * stands for: reports them, or keeps them as candidates. Returns %FALSE if
 * the callback stopped the scan. */
typedef gboolean (*OutputFunc) (const BaogaoMatcher *self,
                                guint32              handle,
                                gsize                end,
                                gpointer             data);

/* The fast loop: steps from *@i_inout while two more steps can read their
 * four bytes, handing the matches of the states it reaches to @output,
 * and stops on a state with a miss link, after handing its matches.
 * Returns where it stopped in *@i_inout, the handle in *@handle_inout,
 * and %FALSE if @output stopped the scan. The first handle may have
 * HANDLE_OUTPUT (its matches are handed already), not HANDLE_MISS: a
 * cell's check is the base of its owner, whatever the flags.
 *
 * At the root, most of the time, only classes are read: one that starts
 * no keyword (below first_class) leaves the root where it is, and the
 * next handle is read from the cell of the first one that does (the
 * root's transition); two Chinese characters are read at once. With
 * @skip (second_class is set: no keyword is one character long), only
 * the second of them is looked up, most of the time: if it neither
 * starts a keyword nor is the second character of one (below
 * second_class), no keyword starts at either, and the automaton stays
 * at the root through both. Elsewhere, fast_step () until back at the
 * root or on a flag, two steps per round. So the end of the text is
 * checked once for two characters.
 *
 * A function of its own, for both modes: with few live values, the
 * compiler keeps all of them in registers (inlined into the scans, it
 * spills some, and the loop runs slower). Matches are handed from inside
 * it: the loop is not left and entered again for each. One copy per
 * width of the class table (@narrow) and @skip, constants in each. */
G_ALWAYS_INLINE static inline gboolean
fast_run_with (const BaogaoMatcher *self,
               const guint8        *text,
               gsize                length,
               gsize               *i_inout,
               guint32             *handle_inout,
               OutputFunc           output,
               gpointer             data,
               gboolean             narrow,
               gboolean             skip)
{
  const guint32 *blocks = self->class_blocks;
  const void *classes = self->classes;
  const Cell *cells = self->cells;
  guint first_class = self->first_class;
  guint second_class = self->second_class;
  gsize stop = length - FAST_MARGIN + 1;
  gsize i = *i_inout;
  guint32 handle = *handle_inout & HANDLE_BASE;
  gboolean go_on = TRUE;

#define NEXT_CLASS_FAST() fast_class (self, blocks, classes, text, length, &i, narrow)
#define CLASS3(word) class3_at (blocks, classes, word, narrow)
  for (;;)
    {
      /* At the root, until a character starts a keyword: two three-byte
       * units at once when there are two (one load, one test of their
       * markers), else one unit. */
      if (handle == 0)
        {
          guint klass;

          for (;;)
            {
              guint64 pair;

              if (G_UNLIKELY (i >= stop))
                goto out;
              pair = load_le64 (text + i) ^ MARKERS3_PAIR;
              if (G_UNLIKELY ((pair & MARKER_BITS3_PAIR) != 0))
                {
                  /* One unit, whose first four bytes are in pair */
                  klass = fast_class_flipped (self, blocks, classes, text, length,
                                              &i, (guint32) pair, narrow);
                  if (klass >= first_class)
                    break;
                }
              else if (skip)
                {
                  /* From its fourth byte on: class3_at () ignores the byte
                   * after it */
                  klass = CLASS3 ((guint32) (pair >> 24));
                  i += 6;
                  if (G_LIKELY (klass < second_class))
                    continue;
                  if (CLASS3 ((guint32) pair) >= first_class)
                    {
                      klass = CLASS3 ((guint32) pair);
                      i -= 3;
                      break;
                    }
                  if (klass >= first_class)
                    break;
                }
              else
                {
                  klass = CLASS3 ((guint32) pair);
                  if (klass >= first_class)
                    {
                      i += 3;
                      break;
                    }
                  klass = CLASS3 ((guint32) (pair >> 24));
                  i += 6;
                  if (klass >= first_class)
                    break;
                }
            }
          handle = cells[klass].next;
        }

      /* Elsewhere, without flags: 0 < handle < HANDLE_MISS, that is
       * handle − 1 < HANDLE_MISS − 1 (0 − 1 wraps around). */
      while (handle - 1 < HANDLE_MISS - 1)
        {
          if (G_UNLIKELY (i >= stop))
            goto out;
          handle = fast_step (cells, handle, NEXT_CLASS_FAST ());
          if (handle - 1 >= HANDLE_MISS - 1)
            break;
          handle = fast_step (cells, handle, NEXT_CLASS_FAST ());
        }

      /* Back at the root, or a state with a flag */
      if (G_UNLIKELY (handle >= HANDLE_MISS))
        {
          if ((handle & HANDLE_OUTPUT) && !output (self, handle, i, data))
            {
              go_on = FALSE;
              goto out;
            }
          if (handle & HANDLE_MISS)
            goto out;
          handle &= HANDLE_BASE;
        }
    }
#undef CLASS3
#undef NEXT_CLASS_FAST

out:
  *i_inout = i;
  *handle_inout = handle;

  return go_on;
}

typedef gboolean (*FastRunFunc) (const BaogaoMatcher *self,
                                 const guint8        *text,
                                 gsize                length,
                                 gsize               *i_inout,
                                 guint32             *handle_inout,
                                 OutputFunc           output,
                                 gpointer             data);

#define DEFINE_FAST_RUN(name, narrow, skip) \
  static G_NO_INLINE gboolean \
  name (const BaogaoMatcher *self, \
        const guint8        *text, \
        gsize                length, \
        gsize               *i_inout, \
        guint32             *handle_inout, \
        OutputFunc           output, \
        gpointer             data) \
  { \
    return fast_run_with (self, text, length, i_inout, handle_inout, \
                          output, data, narrow, skip); \
  }

DEFINE_FAST_RUN (fast_run16, FALSE, FALSE)
DEFINE_FAST_RUN (fast_run16_skip, FALSE, TRUE)
DEFINE_FAST_RUN (fast_run8, TRUE, FALSE)
DEFINE_FAST_RUN (fast_run8_skip, TRUE, TRUE)

static inline FastRunFunc
fast_run_for (const BaogaoMatcher *self)
{
  if (self->class_width == 1)
    return self->second_class != 0 ? fast_run8_skip : fast_run8;

  return self->second_class != 0 ? fast_run16_skip : fast_run16;
}

/* Scan with all matches */
typedef struct
{
  BaogaoMatchFunc func;
  gpointer user_data;
} AllMatches;

/* An OutputFunc: reports the matches */
static G_NO_INLINE gboolean
report_all (const BaogaoMatcher *self,
            guint32              handle,
            gsize                end,
            gpointer             data)
{
  const AllMatches *all = data;
  guint32 s = state_of (self, handle);

  if (!self->info[s].ends_keyword)
    s = self->info[s].out_next;

  for (; s != NONE; s = self->info[s].out_next)
    {
      const StateInfo *info = &self->info[s];

      if (!all->func (end - info->depth, end, info->value, all->user_data))
        return FALSE;
    }

  return TRUE;
}

static G_NO_INLINE void
scan_all (const BaogaoMatcher *self,
          const guint8        *text,
          gsize                length,
          BaogaoMatchFunc      func,
          gpointer             user_data)
{
  const guint32 *blocks = self->class_blocks;
  const void *classes = self->classes;
  gboolean narrow = self->class_width == 1;
  FastRunFunc fast_run = fast_run_for (self);
  const Cell *cells = self->cells;
  gsize fast_stop = length >= FAST_MARGIN ? length - FAST_MARGIN + 1 : 0;
  AllMatches all = { func, user_data };
  guint32 handle = 0;
  gsize i = 0;

  while (i < length)
    {
      guint klass;

      if (!(handle & HANDLE_MISS) && i < fast_stop)
        {
          if (!fast_run (self, text, length, &i, &handle, report_all, &all))
            return;
          continue;
        }

      NEXT_CLASS (klass);
      STEP (handle, klass);
      if (G_UNLIKELY (handle & HANDLE_OUTPUT)
          && !report_all (self, handle, i, &all))
        return;
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
static void
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

/* An OutputFunc: takes the candidates that are final, then records the
 * matches ending at @end.
 *
 * Candidates are taken only there and at the end of the text, not at
 * every character: the limit only grows, and a candidate final once is
 * final for good. And first: then no pending candidate starts before the
 * longest keyword prefix ending here, so all of them and the new ones lie
 * within max_length offsets and do not share a slot of the ring. */
static G_NO_INLINE gboolean
report_longest (const BaogaoMatcher *self,
                guint32              handle,
                gsize                end,
                gpointer             data)
{
  Longest *lm = data;

  if (lm->n_pending > 0)
    {
      gsize limit = end - self->info[state_of (self, handle)].depth;

      if (lm->final < limit && !longest_settle (lm, limit))
        return FALSE;
    }
  longest_record (self, lm, handle, end);

  return TRUE;
}

static G_NO_INLINE void
scan_longest (const BaogaoMatcher *self,
              const guint8        *text,
              gsize                length,
              BaogaoMatchFunc      func,
              gpointer             user_data)
{
  const guint32 *blocks = self->class_blocks;
  const void *classes = self->classes;
  gboolean narrow = self->class_width == 1;
  FastRunFunc fast_run = fast_run_for (self);
  const Cell *cells = self->cells;
  gsize fast_stop = length >= FAST_MARGIN ? length - FAST_MARGIN + 1 : 0;
  Candidate on_stack[RING_ON_STACK];
  g_autofree Candidate *on_heap = NULL;
  Longest lm = { NULL, 0, 0, 0, 0, func, user_data };
  gsize ring_size;
  guint32 handle = 0;
  gsize i = 0;

  /* Pending candidates start within the last max_length + 1 offsets, and
   * no match is longer than the text. */
  ring_size = 1;
  while (ring_size < MIN (self->max_length, length) + 1)
    ring_size <<= 1;
  lm.mask = ring_size - 1;
  if (ring_size <= RING_ON_STACK)
    lm.ring = on_stack;
  else
    lm.ring = on_heap = g_new (Candidate, ring_size);
  memset (lm.ring, 0, ring_size * sizeof (Candidate));

  while (i < length)
    {
      guint klass;

      if (!(handle & HANDLE_MISS) && i < fast_stop)
        {
          if (!fast_run (self, text, length, &i, &handle, report_longest, &lm))
            return;
          continue;
        }

      NEXT_CLASS (klass);
      STEP (handle, klass);
      if (G_UNLIKELY (handle & HANDLE_OUTPUT)
          && !report_longest (self, handle, i, &lm))
        return;
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

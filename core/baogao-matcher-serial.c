/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/* A sealed matcher as bytes, and back.
 *
 * Building a matcher costs far more than scanning a report with it: the
 * entity set takes some 3.5 M instructions to add and seal, against about
 * 0.3 M for a scan. A program that analyzes one report pays that in every
 * process, so the shipped analyzers build their matchers when they are
 * compiled (plugins/common/matcher-gen.c) and keep the serialized form in
 * their read-only data; loading it only points the matcher's tables into
 * it. The pages are mapped from the module's file and come in as the
 * scans read them, without being written or cleared.
 *
 * The form is the automaton's tables as they are in memory, each at an
 * offset that is a multiple of 8, after a header that tells the layout
 * apart: a magic string, the byte order, a version of the form, the
 * sizes of the records (the class table's entries are of one byte or two,
 * in blocks)
 * and a number computed from how the scan reads the
 * tables (baogao_matcher_layout_id ()). Change SERIAL_VERSION with any
 * other change to what the tables mean. It is meant for the machine that made it (a
 * build, a cache), not as an exchange format.
 *
 * Data that did not come from baogao_matcher_serialize() could make a
 * scan read outside the tables or follow links for ever, so unless the
 * caller vouches for it, loading checks the automaton through, once
 * (check_automaton()): classes, cells, handles and links all in range,
 * links that shorten the match they stand for, and steps that never
 * lengthen it by more than the unit they read. That is enough for a scan
 * to stay inside the tables and the text, and to end.
 */

#include <string.h>

#include <baogao/baogao-error.h>

#include "baogao-matcher-private.h"

#define SERIAL_MAGIC      "BGMATCH"   /* with its NUL, 8 bytes */
#define SERIAL_BYTE_ORDER 0x01020304u
#define SERIAL_VERSION    3

typedef struct
{
  char magic[8];
  guint32 byte_order;
  guint32 version;
  guint32 cell_size;
  guint32 info_size;
  guint32 n_keywords;
  guint32 n_classes;
  guint32 first_class;
  guint32 n_states;
  guint32 n_cells;
  guint32 n_class4;
  guint32 has_class2;
  guint32 layout;           /* baogao_matcher_layout_id () */
  guint32 class_width;      /* 1 or 2 bytes per entry of the class table */
  guint32 second_class;
  guint32 class_table_len;  /* entries of the class table */
  guint32 reserved;         /* 0 */
  guint64 max_length;
} SerialHeader;

G_STATIC_ASSERT (sizeof (SerialHeader) % 8 == 0);

/* Where each table lies in the serialized form. */
typedef struct
{
  gsize classes;
  gsize class_blocks;
  gsize class2;
  gsize class4_keys;
  gsize class4;
  gsize cells;
  gsize info;
  gsize total;
} SerialLayout;

static inline gsize
round8 (gsize n)
{
  return (n + 7) & ~(gsize) 7;
}

/* The layout for the counts in @header; FALSE if its size does not fit
 * in a gsize (only with counts no matcher has). */
static gboolean
layout_of (const SerialHeader *header,
           SerialLayout       *layout)
{
  guint64 at = sizeof (SerialHeader);

  layout->classes = at;
  at += round8 ((guint64) header->class_table_len * header->class_width);
  layout->class_blocks = at;
  at += CLASS_BLOCKS * sizeof (guint32);
  layout->class2 = at;
  if (header->has_class2)
    at += round8 (CLASS2_TABLE_LEN * sizeof (guint16));
  layout->class4_keys = at;
  at += round8 ((guint64) header->n_class4 * sizeof (guint32));
  layout->class4 = at;
  at += round8 ((guint64) header->n_class4 * sizeof (guint16));
  layout->cells = at;
  at += (guint64) header->n_cells * sizeof (Cell);
  layout->info = at;
  at += round8 ((guint64) header->n_states * sizeof (StateInfo));
  layout->total = at;

  return at <= G_MAXSIZE;
}

/**
 * baogao_matcher_serialize:
 * @self: a matcher
 *
 * Gets the automaton of @self as bytes, which
 * [ctor@Baogao.Matcher.new_from_bytes] turns back into a matcher that finds
 * the same matches, without building anything. Programs use it to build
 * their matchers once, when they are compiled or into a cache, instead of
 * in every process.
 *
 * The bytes are for the machine they were made on: another byte order, or
 * another version of the form, makes
 * [ctor@Baogao.Matcher.new_from_bytes] fail with an error, never load
 * something else. The same keywords added in the same order give the same
 * bytes.
 *
 * If @self is not sealed yet, it is sealed first (see
 * [method@Baogao.Matcher.seal]), which must not race with other calls on
 * @self.
 *
 * Returns: (transfer full): the serialized matcher
 *
 * Since: 0.1
 */
GBytes *
baogao_matcher_serialize (BaogaoMatcher *self)
{
  SerialHeader header = { SERIAL_MAGIC, };
  SerialLayout layout;
  guint8 *data;

  g_return_val_if_fail (self != NULL, NULL);

  if (!self->sealed)
    baogao_matcher_seal (self);

  header.byte_order = SERIAL_BYTE_ORDER;
  header.version = SERIAL_VERSION;
  header.cell_size = sizeof (Cell);
  header.info_size = sizeof (StateInfo);
  header.n_keywords = self->n_keywords;
  header.n_classes = self->n_classes;
  header.first_class = self->first_class;
  header.n_states = self->n_states;
  header.n_cells = self->n_cells;
  header.n_class4 = self->n_class4;
  header.has_class2 = self->class2 != NULL;
  header.layout = baogao_matcher_layout_id ();
  header.class_width = self->class_width;
  header.second_class = self->second_class;
  header.class_table_len = self->class_table_len;
  header.max_length = self->max_length;
  if (!layout_of (&header, &layout))
    g_error ("BaogaoMatcher: too large to serialize");

  /* Zeroed, so that the padding between tables is the same every time */
  data = g_malloc0 (layout.total);
  memcpy (data, &header, sizeof header);
  memcpy (data + layout.classes, self->classes,
          self->class_table_len * self->class_width);
  memcpy (data + layout.class_blocks, self->class_blocks,
          CLASS_BLOCKS * sizeof (guint32));
  if (self->class2 != NULL)
    memcpy (data + layout.class2, self->class2,
            CLASS2_TABLE_LEN * sizeof (guint16));
  if (self->n_class4 > 0)
    {
      memcpy (data + layout.class4_keys, self->class4_keys,
              self->n_class4 * sizeof (guint32));
      memcpy (data + layout.class4, self->class4,
              self->n_class4 * sizeof (guint16));
    }
  memcpy (data + layout.cells, self->cells, self->n_cells * sizeof (Cell));
  /* Field by field: StateInfo may have padding of its own */
  for (guint32 s = 0; s < self->n_states; s++)
    {
      StateInfo *to = (StateInfo *) (data + layout.info) + s;

      to->depth = self->info[s].depth;
      to->out_next = self->info[s].out_next;
      to->miss = self->info[s].miss;
      to->value = self->info[s].value;
      to->ends_keyword = self->info[s].ends_keyword;
    }

  return g_bytes_new_take (data, layout.total);
}

/* The length in bytes of the units each class stands for, from the tables
 * that map units to it; 0 for a class no unit maps to. A class that units
 * of two lengths map to is an error (FALSE): a character is of one
 * length. Class 0, any other unit, is counted as one byte, the least a
 * unit takes. */
static gboolean
class_lengths (const BaogaoMatcher *self,
               guint8              *length)
{
#define SET_LENGTH(klass, n) \
  G_STMT_START { \
    guint32 k_ = (klass); \
    \
    if (k_ >= self->n_classes) \
      return FALSE; \
    if (k_ != 0) \
      { \
        if (length[k_] != 0 && length[k_] != (n)) \
          return FALSE; \
        length[k_] = (n); \
      } \
  } G_STMT_END

  /* The blocks that three-byte units read: the zero block or one past
   * ASCII, whole in the table */
  for (guint32 b = 0; b < CLASS_BLOCKS; b++)
    {
      guint32 at = self->class_blocks[b];

      if (at % CLASS_BLOCK != 0 || (at != 0 && at < FIRST_UNIT_BLOCK)
          || (guint64) at + CLASS_BLOCK > self->class_table_len)
        return FALSE;
    }
  for (guint32 i = 0; i < self->class_table_len; i++)
    {
      guint32 klass = self->class_width == 1
                      ? ((const guint8 *) self->classes)[i]
                      : ((const guint16 *) self->classes)[i];

      SET_LENGTH (klass, i >= ASCII_CLASSES && i < FIRST_UNIT_BLOCK ? 1 : 3);
    }
  if (self->class2 != NULL)
    for (guint32 i = 0; i < CLASS2_TABLE_LEN; i++)
      SET_LENGTH (self->class2[i], 2);
  for (guint32 i = 0; i < self->n_class4; i++)
    {
      if (i > 0 && self->class4_keys[i - 1] >= self->class4_keys[i])
        return FALSE;
      SET_LENGTH (self->class4[i], 4);
    }
#undef SET_LENGTH

  length[0] = 1;

  return TRUE;
}

/* Whether @handle may be stepped from: its row of cells lies inside the
 * array, and its own cell names a state. */
static inline gboolean
handle_ok (const BaogaoMatcher *self,
           guint32              handle)
{
  guint32 base = handle & HANDLE_BASE;

  return base <= self->n_cells - self->n_classes
         && self->cells[base].next < self->n_states;
}

static inline guint32
depth_of_handle (const BaogaoMatcher *self,
                 guint32              handle)
{
  return self->info[self->cells[handle & HANDLE_BASE].next].depth;
}

/* Whether the automaton of a matcher loaded from untrusted bytes is safe
 * to scan with; see the notes at the top. */
static gboolean
check_automaton (const BaogaoMatcher *self)
{
  g_autofree guint8 *length = NULL;
  guint32 deepest = 0;

  if (self->n_classes == 0 || self->n_classes > G_MAXUINT16 + 1
      || self->first_class > self->n_classes
      || self->second_class > self->first_class
      || self->n_states == 0 || self->n_states == NONE
      || self->n_cells < self->n_classes || self->n_cells > HANDLE_BASE
      || self->class_table_len < FIRST_UNIT_BLOCK
      || self->class_table_len % CLASS_BLOCK != 0
      || self->max_length >= G_MAXINT32 / 4)
    return FALSE;

  length = g_new0 (guint8, self->n_classes);
  if (!class_lengths (self, length))
    return FALSE;

  /* States: the root is at depth 0, and the output and miss links go to
   * shallower states, so that following them ends. */

  if (self->info[0].depth != 0)
    return FALSE;
  for (guint32 s = 0; s < self->n_states; s++)
    {
      const StateInfo *info = &self->info[s];

      deepest = MAX (deepest, info->depth);
      if (info->out_next != NONE
          && (info->out_next >= self->n_states
              || self->info[info->out_next].depth >= info->depth))
        return FALSE;
    }
  /* The longest keyword is the deepest state (a leaf): it sizes what a
   * leftmost-longest scan keeps, so it is bounded by what the bytes hold
   * (a state is one character, at most four bytes, deeper than its
   * parent) and not only by the header. */
  if (deepest != self->max_length || deepest > 4 * (guint64) (self->n_states - 1))
    return FALSE;
  for (guint32 s = 0; s < self->n_states; s++)
    {
      guint32 miss = self->info[s].miss;

      if (miss != 0
          && (!handle_ok (self, miss)
              || depth_of_handle (self, miss) >= self->info[s].depth))
        return FALSE;
    }

  /* Cells: the root's row (the first n_classes) and every owned cell are
   * transitions. Each leads to a handle that may be stepped from, at most
   * the unit read deeper than where it comes from. Other cells are rows'
   * own cells, read for their state's number. */
  for (guint32 c = 0; c < self->n_cells; c++)
    {
      const Cell *cell = &self->cells[c];
      guint32 from_depth, klass;

      if (c < self->n_classes)
        {
          /* the root's row, which no state owns: a step from another
           * state reading it as its own would bypass the check below */
          if (cell->check != NO_OWNER)
            return FALSE;
          from_depth = 0;
          klass = c;
        }
      else if (cell->check != NO_OWNER)
        {
          if (cell->check > c || !handle_ok (self, cell->check))
            return FALSE;
          klass = c - cell->check;
          if (klass >= self->n_classes)
            continue;   /* no unit reads it */
          from_depth = depth_of_handle (self, cell->check);
        }
      else
        {
          if (cell->next >= self->n_states)
            return FALSE;
          continue;
        }

      if (length[klass] == 0)
        continue;       /* no unit reads it */
      if (!handle_ok (self, cell->next)
          || depth_of_handle (self, cell->next) > from_depth + length[klass])
        return FALSE;
    }

  return TRUE;
}

/**
 * baogao_matcher_new_from_bytes:
 * @bytes: a matcher serialized by [method@Baogao.Matcher.serialize]
 * @trusted: whether @bytes is known to be what
 *   [method@Baogao.Matcher.serialize] gave, such as data built into the
 *   program; if %FALSE, the automaton is checked through first
 * @error: return location for a #GError, or %NULL
 *
 * Makes a sealed matcher from its serialized form, without building it.
 * When @bytes is aligned to 8 bytes, as data built into a program or a
 * mapped file is, the matcher's tables point into it and it is kept with
 * a reference; otherwise it is copied once.
 *
 * Bytes made on another machine or by another version of Baogao, or
 * truncated, give a %BAOGAO_ERROR_INVALID_FORMAT error. Unless @trusted,
 * an automaton that a scan could not safely run is refused the same way;
 * the check reads all of @bytes once. Loading never changes which matches
 * a matcher finds: to be sure that bytes made earlier are the matcher
 * wanted now, compare them with what the keywords build, as a test can.
 *
 * Returns: (transfer full): a new sealed matcher, or %NULL with @error set
 *
 * Since: 0.1
 */
BaogaoMatcher *
baogao_matcher_new_from_bytes (GBytes   *bytes,
                               gboolean  trusted,
                               GError  **error)
{
  g_autoptr(BaogaoMatcher) self = NULL;
  SerialHeader header;
  SerialLayout layout;
  const guint8 *data;
  gsize size;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &size);
  if (size < sizeof header)
    goto truncated;
  memcpy (&header, data, sizeof header);
  if (memcmp (header.magic, SERIAL_MAGIC, sizeof header.magic) != 0)
    {
      g_set_error (error, BAOGAO_ERROR, BAOGAO_ERROR_INVALID_FORMAT,
                   "Not a serialized matcher");
      return NULL;
    }
  if (header.byte_order != SERIAL_BYTE_ORDER
      || header.version != SERIAL_VERSION
      || header.layout != baogao_matcher_layout_id ()
      || header.cell_size != sizeof (Cell)
      || header.info_size != sizeof (StateInfo)
      || (header.class_width != 1 && header.class_width != 2)
      || header.reserved != 0)
    {
      g_set_error (error, BAOGAO_ERROR, BAOGAO_ERROR_INVALID_FORMAT,
                   "The serialized matcher was made for another machine or "
                   "version of Baogao (form %u); build it again",
                   header.version);
      return NULL;
    }
  if (!layout_of (&header, &layout) || layout.total != size)
    goto truncated;

  if (((guintptr) data & 7) == 0)
    {
      bytes = g_bytes_ref (bytes);
    }
  else
    {
      /* g_malloc () aligns to more than 8 */
      data = g_memdup2 (data, size);
      bytes = g_bytes_new_take ((gpointer) data, size);
    }

  self = g_new0 (BaogaoMatcher, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->backing = bytes;
  self->sealed = TRUE;
  self->n_keywords = header.n_keywords;
  self->max_length = header.max_length;
  self->n_classes = header.n_classes;
  self->first_class = header.first_class;
  self->n_states = header.n_states;
  self->n_cells = header.n_cells;
  self->n_class4 = header.n_class4;
  self->class_width = header.class_width;
  self->second_class = header.second_class;
  self->classes = (void *) (data + layout.classes);
  self->class_blocks = (guint32 *) (data + layout.class_blocks);
  self->class_table_len = header.class_table_len;
  self->class2 = header.has_class2 ? (guint16 *) (data + layout.class2) : NULL;
  self->class4_keys = (guint32 *) (data + layout.class4_keys);
  self->class4 = (guint16 *) (data + layout.class4);
  self->cells = (Cell *) (data + layout.cells);
  self->info = (StateInfo *) (data + layout.info);

  if (!trusted && !check_automaton (self))
    {
      g_set_error (error, BAOGAO_ERROR, BAOGAO_ERROR_INVALID_FORMAT,
                   "The serialized matcher is damaged");
      return NULL;
    }

  return g_steal_pointer (&self);

truncated:
  g_set_error (error, BAOGAO_ERROR, BAOGAO_ERROR_INVALID_FORMAT,
               "The serialized matcher is truncated");
  return NULL;
}

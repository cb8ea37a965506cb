/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/* The inside of a BaogaoMatcher, shared by the automaton
 * (baogao-matcher.c) and its serialized form (baogao-matcher-serial.c).
 * See the implementation notes in baogao-matcher.c. */

#pragma once

#include <baogao/baogao-matcher.h>

G_BEGIN_DECLS

#define HANDLE_OUTPUT ((guint32) 0x80000000u)
#define HANDLE_MISS   ((guint32) 0x40000000u)
#define HANDLE_BASE   ((guint32) 0x3fffffffu)
/* The check of a cell no state owns: the base of the root, which owns
 * none. The cells at the root's base are those of the classes, the
 * root's transitions: a step from the root that takes them for its own
 * gets the same, so the root need not be told apart. */
#define NO_OWNER      0
#define NONE          G_MAXUINT32

typedef struct
{
  guint32 check;     /* base of the state owning the cell, or NO_OWNER */
  guint32 next;      /* its transition's handle; in a state's own cell
                      * (class 0), the state's number */
} Cell;

typedef struct
{
  guint32 depth : 31;       /* length in bytes of the path from the root
                             * (keywords are shorter than 2^29 bytes) */
  guint32 ends_keyword : 1;
  guint32 out_next;         /* next state on the failure chain ending a
                             * keyword */
  guint32 miss;             /* HANDLE_MISS states: where to go on when no
                             * cell matches */
  guint32 value;
} StateInfo;

/* A node of the trie of characters the keywords are added to, until the
 * matcher is sealed. */
typedef struct
{
  guint32 parent;
  guint32 ch;        /* the character from the parent; ENDS_KEYWORD: a
                      * keyword ends here */
  guint   value;     /* if it does, its value */
} AddNode;

#define ENDS_KEYWORD ((guint32) 0x80000000u)
#define CHAR_MASK    ((guint32) 0x001fffffu)

struct _BaogaoMatcher
{
  gatomicrefcount ref_count;
  gboolean sealed;
  guint n_keywords;
  gsize max_length;

  /* Until sealed */
  AddNode *nodes;          /* nodes[0] is the root */
  guint32 n_nodes;
  guint32 nodes_size;
  guint32 *children;       /* open addressing: (parent, character) → node;
                            * 0: empty (the root is nobody's child) */
  guint32 children_mask;

  /* Once sealed */
  guint32 n_classes;
  guint32 first_class;     /* classes from this one on start keywords */
  guint32 n_states;
  guint32 n_cells;
  guint32 n_class4;
  guint32 second_class;    /* 0, or: some keyword starts or goes on
                            * with each character of a class from this
                            * one on, and none is one character long */
  guint32 class_width;     /* bytes per entry of classes: 1 when there are
                            * at most 256 classes, else 2 */
  void *classes;           /* guint8 or guint16 (class_width): blocks of
                            * CLASS_BLOCK entries, the first all 0, then
                            * ASCII (from ASCII_CLASSES), then the blocks
                            * of three-byte units that keywords use */
  guint32 *class_blocks;   /* CLASS_BLOCKS entries: where in classes the
                            * block of each 64 three-byte characters
                            * (block_of3 ()) starts */
  guint32 class_table_len; /* entries of classes */
  guint16 *class2;         /* 11-bit payload → class, or NULL: none */
  guint32 *class4_keys;    /* 21-bit payloads, sorted */
  guint16 *class4;         /* parallel to class4_keys */
  Cell *cells;
  StateInfo *info;
  GBytes *backing;         /* the serialized form the tables above point
                            * into, or NULL: they are the matcher's own */
};

/* The class table. A three-byte unit's class is entry (its last six
 * payload bits) of the block class_blocks[] gives for its other ten, the
 * code point's block of 64: report text uses a few thousand characters,
 * keywords a few hundred, so most blocks are the zero block and the
 * table is a few tens of kilobytes, where a flat one would be 64 Ki
 * entries that any long text reads all of. ASCII has two blocks of its
 * own at a fixed place. */
#define CLASS_BLOCK       64
#define CLASS_BLOCKS      1024
#define ASCII_CLASSES     CLASS_BLOCK
#define FIRST_UNIT_BLOCK  (ASCII_CLASSES + 128)
/* Entries of the two-byte class table: the 11-bit payloads */
#define CLASS2_TABLE_LEN (1 << 11)

/* A number that changes with the meaning of the tables at scan time:
 * how units are mixed into class-table indexes, and the handles' flags.
 * The serialized form records it, so that bytes made by a library that
 * reads its tables otherwise are refused even if nobody remembered to
 * change the form's version. */
guint32 baogao_matcher_layout_id (void);

G_END_DECLS

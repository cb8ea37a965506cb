/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/* The entity model built when the plugin is compiled.
 *
 * Parsing the gazetteer and making the character classes cost more than
 * scanning a report does, and a process that analyzes one report paid
 * them every time, with the pages they wrote. So the model of the
 * gazetteer the plugin installs is built at compile time too, by
 * entity-model-gen, and written as constant tables
 * (entity-model-data.c): at run time a gazetteer with the same bytes as
 * the one the matcher was built from (entity_matcher_data's copy) takes
 * them as they are, without a copy. Any other gazetteer, one a user
 * edited, is parsed as before. The character classes do not depend on
 * the gazetteer: every model takes the compiled ones.
 *
 * A cross build, which cannot run the generator, links
 * entity-model-data-none.c: every table empty, everything made at run
 * time.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* No parent: the offset of a place without one */
#define ENTITY_NO_PARENT G_MAXUINT32

/* A place of the gazetteer; names are offsets into the model's data */
typedef struct
{
  guint32 name;
  guint32 parent;       /* ENTITY_NO_PARENT when none */
  guint32 level;        /* a Level of entity-scan.c */
} EntityPlace;

typedef struct
{
  guint32 place;
  guint8 weak;
  guint8 form;          /* a Form of entity-scan.c */
} EntityAlias;

/* A name of the gazetteer, as the hash table of names compares it */
typedef struct
{
  guint32 word;         /* offset into the model's data */
  guint32 hash;
  guint32 length;
} EntityName;

/* The character classes (CC_* flags of entity-scan.c) of the characters
 * of the BMP. Fewer than a thousand of the 64 Ki have any, so the table
 * is cut into blocks of ENTITY_CLASS_BLOCK characters, each distinct
 * block stored once, and its entries are
 * indexes into the distinct values (value 0 is none): about 20 KB
 * instead of 256 KB, which every process that loads the plugin mapped
 * whole. The classes of c are
 * values[blocks[block_of[c / ENTITY_CLASS_BLOCK] * ENTITY_CLASS_BLOCK +
 * c % ENTITY_CLASS_BLOCK]]. */
#define ENTITY_CLASS_BLOCK 16

typedef struct
{
  const guint16 *block_of;  /* 0x10000 / ENTITY_CLASS_BLOCK entries */
  const guint16 *blocks;    /* n_blocks * ENTITY_CLASS_BLOCK entries */
  const guint32 *values;    /* n_values entries; NULL: none compiled */
  guint n_blocks;
  guint n_values;
} EntityClasses;

typedef struct
{
  /* The character classes and the table of pairs; classes.values and
   * pair_keys are NULL when they were not compiled */
  EntityClasses classes;
  const guint64 *pair_keys;
  const guint8 *pair_vals;
  guint pair_mask;

  /* The model of the gazetteer the plugin installs; n_places is 0 when
   * none was compiled */
  gsize input_size;     /* the length of that gazetteer */
  const char *data;     /* the gazetteer cut into strings, then padding */
  const EntityPlace *places;
  guint n_places;
  const EntityAlias *aliases;
  const EntityName *names;
  guint n_aliases;
  const guint32 *name_slots;
  guint name_mask;
  const guint32 *char_place;
  guint n_char_place;   /* entity_lexicon_len, when compiled */
} EntityModelData;

G_GNUC_INTERNAL extern const EntityModelData entity_model_data;

/* The model of the gazetteer @input, and the character classes, as the C
 * source of entity_model_data; NULL with @error set if @input is not a
 * valid gazetteer. */
char *entity_model_data_to_c (GBytes  *input,
                              GError **error);

G_END_DECLS

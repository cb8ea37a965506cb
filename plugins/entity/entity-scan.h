/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  ENTITY_PERSON,
  ENTITY_PLACE,
  ENTITY_ORGANIZATION,
} EntityKind;

/* One entity found. Offsets are in bytes of the scanned text. */
typedef struct
{
  EntityKind kind;
  gsize start;
  gsize end;
  const char *level;      /* place: country, region, province, … */
  const char *canonical;  /* place: the full name; NULL when it is the text */
  const char *parent;     /* place: the province or country, or NULL */
  gsize title_start;      /* person: the title, in the text; */
  gsize title_end;        /*   title_start == title_end when there is none */
} EntityHit;

typedef void (*EntityHitFunc) (const EntityHit *hit,
                               gpointer         user_data);

/* The gazetteer, the vocabulary and the matcher built from both: immutable
 * once made, shared by any number of threads. */
typedef struct _EntityModel EntityModel;

EntityModel *entity_model_new           (const char   *data,
                                         gsize         length,
                                         const char   *origin,
                                         GError      **error);
EntityModel *entity_model_new_from_file (const char   *path,
                                         GError      **error);
void         entity_model_free          (EntityModel  *self);
gboolean     entity_model_is_compiled   (const EntityModel *self);
gboolean     entity_model_classes_are_current (void);

guint        entity_model_count_places  (const EntityModel *self,
                                         const char        *level);
const char  *entity_model_lookup        (const EntityModel *self,
                                         const char        *name,
                                         const char       **level);

void         entity_scan                (const EntityModel *self,
                                         const char        *text,
                                         gsize              length,
                                         EntityHitFunc      func,
                                         gpointer           user_data);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EntityModel, entity_model_free)

G_END_DECLS

/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/* The entity analyzer: people (with their titles), places (with their level
 * and full name) and organizations. The work is in entity-scan.c; this file
 * loads the gazetteer once per process and writes the layer. */

#include <baogao/baogao-plugin.h>

#include "entity-scan.h"

#define GAZETTEER_FILE "gazetteer.tsv"

#define ENTITY_TYPE_ANALYZER (entity_analyzer_get_type ())
G_DECLARE_FINAL_TYPE (EntityAnalyzer, entity_analyzer, ENTITY, ANALYZER, GObject)

struct _EntityAnalyzer
{
  GObject parent_instance;
};

static void entity_analyzer_iface_init (BaogaoAnalyzerInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (EntityAnalyzer, entity_analyzer, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (BAOGAO_TYPE_ANALYZER,
                                                      entity_analyzer_iface_init))

BAOGAO_DEFINE_PLUGIN (entity_analyzer_get_type)

/* The model is built once per process, from the first gazetteer found (or
 * taken as compiled with the plugin, when that gazetteer is the one it
 * installs: see entity-model-data.h); a failure is not cached, so that a
 * later call may find the file. The model lives as long as the process
 * (the module is never unloaded). */
static GMutex model_lock;
static EntityModel *model;

static const EntityModel *
get_model (BaogaoAnalyzer  *analyzer,
           GError         **error)
{
  const EntityModel *result;
  BaogaoPluginInfo *info;
  const char *dir = NULL;

  result = g_atomic_pointer_get (&model);
  if (result != NULL)
    return result;

  g_mutex_lock (&model_lock);
  if (model == NULL)
    {
      g_autofree char *path = NULL;
      g_autoptr (GError) local_error = NULL;
      EntityModel *m;

      info = baogao_analyzer_get_plugin_info (analyzer);
      if (info != NULL)
        dir = baogao_plugin_info_get_module_dir (info);
#ifdef ENTITY_SOURCE_DIR
      if (dir == NULL)
        dir = ENTITY_SOURCE_DIR;
#endif
      if (dir == NULL)
        dir = ".";
      path = g_build_filename (dir, GAZETTEER_FILE, NULL);
      m = entity_model_new_from_file (path, &local_error);
      if (m == NULL)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                       "entity: cannot load the gazetteer %s: %s",
                       path, local_error->message);
          g_mutex_unlock (&model_lock);
          return NULL;
        }
      g_atomic_pointer_set (&model, m);
    }
  result = model;
  g_mutex_unlock (&model_lock);

  return result;
}

typedef struct
{
  BaogaoLayer *layer;
  const char *text;
} Writer;

static void
on_hit (const EntityHit *hit,
        gpointer         user_data)
{
  Writer *w = user_data;
  guint handle;

  switch (hit->kind)
    {
    case ENTITY_PERSON:
      handle = baogao_layer_add_bytes (w->layer, "entity.person", hit->start, hit->end);
      if (handle == BAOGAO_LAYER_INVALID)
        return;
      if (hit->title_end > hit->title_start)
        baogao_layer_set_string_len (w->layer, handle, "title", w->text + hit->title_start,
                                     hit->title_end - hit->title_start);
      break;

    case ENTITY_PLACE:
      handle = baogao_layer_add_bytes (w->layer, "entity.place", hit->start, hit->end);
      if (handle == BAOGAO_LAYER_INVALID)
        return;
      baogao_layer_set_string (w->layer, handle, "level", hit->level);
      if (hit->canonical != NULL)
        baogao_layer_set_string (w->layer, handle, "canonical", hit->canonical);
      else
        baogao_layer_set_string_len (w->layer, handle, "canonical", w->text + hit->start,
                                     hit->end - hit->start);
      if (hit->parent != NULL)
        baogao_layer_set_string (w->layer, handle, "parent", hit->parent);
      break;

    case ENTITY_ORGANIZATION:
      baogao_layer_add_bytes (w->layer, "entity.organization", hit->start, hit->end);
      break;

    default:
      g_assert_not_reached ();
    }
}

static gboolean
entity_analyzer_analyze (BaogaoAnalyzer  *analyzer,
                         BaogaoDocument  *document,
                         BaogaoLayer     *layer,
                         GCancellable    *cancellable,
                         GError         **error)
{
  const EntityModel *m;
  Writer w;

  m = get_model (analyzer, error);
  if (m == NULL)
    return FALSE;
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  w.layer = layer;
  w.text = baogao_document_get_text (document);
  entity_scan (m, w.text, baogao_document_get_size (document), on_hit, &w);

  return !g_cancellable_set_error_if_cancelled (cancellable, error);
}

static void
entity_analyzer_iface_init (BaogaoAnalyzerInterface *iface)
{
  iface->analyze = entity_analyzer_analyze;
}

static void
entity_analyzer_class_init (EntityAnalyzerClass *klass)
{
}

static void
entity_analyzer_init (EntityAnalyzer *self)
{
}

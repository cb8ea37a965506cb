/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/**
 * BaogaoEngine:
 *
 * Finds analyzer plugins, orders analyzers by what they require, runs them
 * over documents and merges their layers.
 *
 * ```c
 * g_autoptr(BaogaoEngine) engine = baogao_engine_new ();
 * g_autoptr(BaogaoDocument) doc = baogao_document_new_from_file ("report.txt", NULL, &error);
 *
 * if (doc == NULL || !baogao_engine_analyze (engine, doc, NULL, &error))
 *   g_printerr ("%s\n", error->message);
 * ```
 *
 * ## Plugins
 *
 * The engine looks for `*.plugin` keyfiles in the built-in plugin
 * directory, then in each directory of `BAOGAO_PLUGIN_PATH`
 * (colon-separated), each directory and its immediate subdirectories.
 * Keyfiles are read at the first need; modules are loaded only when their
 * analyzer is about to run (or by [method@Baogao.Engine.load_plugin]).
 * When two plugins have the same name, the first one found wins and the
 * other is reported as a duplicate. Analyzers can also be added as objects
 * ([method@Baogao.Engine.add_analyzer]), for example from Python.
 *
 * ## Running
 *
 * [method@Baogao.Engine.analyze] runs the selected analyzers (all by
 * default; see [method@Baogao.Engine.select]) and everything they
 * require. Analyzers are put in levels: an analyzer's level is one more
 * than the highest level of what it requires. Within a level they are
 * ordered by name and may run in parallel threads; their layers are merged
 * in that order whatever the threads do, so the result does not depend on
 * scheduling. An analyzer that fails is recorded in the document, with
 * its message, and analyzers that require it are skipped; the others'
 * results stay.
 */

#include "baogao-util-private.h"
#include "baogao-analyzer-private.h"
#include "baogao-document-private.h"
#include "baogao-layer-private.h"
#include "baogao-plugin-info-private.h"

#include <baogao/baogao-engine.h>
#include <baogao/baogao-error.h>
#include <string.h>

typedef struct
{
  char             *name;
  char             *version;
  char            **requires;
  char            **provides;
  BaogaoPluginInfo *info;       /* NULL for an analyzer added as an object */
  BaogaoAnalyzer   *analyzer;   /* NULL until the plugin is loaded */
} Entry;

typedef struct _Plan Plan;

struct _BaogaoEngine
{
  GObject      parent_instance;

  /* The plan of the current plugins and selection, kept from one run
   * to the next: building it costs as much as merging a layer. Dropped
   * when either changes. Loading a plugin does not change it: a
   * plugin's failure to load is remembered (see
   * baogao_plugin_info_load()), so a new plan would be the same. */
  Plan        *plan;

  GMutex       lock;
  char       **search_path;
  gboolean     discovered;
  GPtrArray   *plugins;    /* BaogaoPluginInfo, everything found */
  GPtrArray   *entries;    /* Entry, usable analyzers */
  char       **selection;  /* NULL: all */
  guint        max_threads;
  GThreadPool *pool;
};

G_DEFINE_FINAL_TYPE (BaogaoEngine, baogao_engine, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_MAX_THREADS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void run_job (gpointer data, gpointer user_data);
static void plan_unref (Plan *plan);
static void plan_drop_locked (BaogaoEngine *self);

static void
entry_free (gpointer data)
{
  Entry *entry = data;

  g_free (entry->name);
  g_free (entry->version);
  g_strfreev (entry->requires);
  g_strfreev (entry->provides);
  g_clear_pointer (&entry->info, baogao_plugin_info_unref);
  g_clear_object (&entry->analyzer);
  g_free (entry);
}

static void
baogao_engine_finalize (GObject *object)
{
  BaogaoEngine *self = BAOGAO_ENGINE (object);

  if (self->pool != NULL)
    g_thread_pool_free (self->pool, FALSE, TRUE);
  g_clear_pointer (&self->plan, plan_unref);
  g_ptr_array_unref (self->plugins);
  g_ptr_array_unref (self->entries);
  g_strfreev (self->search_path);
  g_strfreev (self->selection);
  g_mutex_clear (&self->lock);

  G_OBJECT_CLASS (baogao_engine_parent_class)->finalize (object);
}

static void
baogao_engine_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  BaogaoEngine *self = BAOGAO_ENGINE (object);

  switch (prop_id)
    {
    case PROP_MAX_THREADS:
      g_value_set_uint (value, self->max_threads);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
baogao_engine_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  BaogaoEngine *self = BAOGAO_ENGINE (object);

  switch (prop_id)
    {
    case PROP_MAX_THREADS:
      baogao_engine_set_max_threads (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
baogao_engine_class_init (BaogaoEngineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = baogao_engine_finalize;
  object_class->get_property = baogao_engine_get_property;
  object_class->set_property = baogao_engine_set_property;

  /**
   * BaogaoEngine:max-threads:
   *
   * How many analyzers of one level may run at once. 1 runs everything
   * in the calling thread. A new engine starts with the number of
   * processors, whatever the default below says.
   */
  properties[PROP_MAX_THREADS] =
    g_param_spec_uint ("max-threads", NULL, NULL, 1, 1024, 1,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
baogao_engine_init (BaogaoEngine *self)
{
  g_mutex_init (&self->lock);
  self->plugins = g_ptr_array_new_with_free_func ((GDestroyNotify) baogao_plugin_info_unref);
  self->entries = g_ptr_array_new_with_free_func (entry_free);
  self->max_threads = MAX (1, g_get_num_processors ());
}

/**
 * baogao_engine_get_default_search_path:
 *
 * The plugin directories a new engine searches: the built-in plugin
 * directory, then each directory in `BAOGAO_PLUGIN_PATH`.
 *
 * Returns: (transfer full) (array zero-terminated=1) (element-type filename):
 *   the directories
 */
char **
baogao_engine_get_default_search_path (void)
{
  GStrvBuilder *builder = g_strv_builder_new ();
  const char *env = g_getenv ("BAOGAO_PLUGIN_PATH");

  g_strv_builder_add (builder, BAOGAO_PLUGINDIR);

  if (env != NULL)
    {
      g_auto(GStrv) dirs = g_strsplit (env, G_SEARCHPATH_SEPARATOR_S, -1);

      for (guint i = 0; dirs[i] != NULL; i++)
        if (*dirs[i] != '\0')
          g_strv_builder_add (builder, dirs[i]);
    }

  return baogao_strv_builder_finish (builder);
}

/**
 * baogao_engine_new:
 *
 * Makes an engine that searches the default plugin path (see
 * [func@Baogao.Engine.get_default_search_path]).
 *
 * Returns: (transfer full): a new engine
 */
BaogaoEngine *
baogao_engine_new (void)
{
  BaogaoEngine *self = g_object_new (BAOGAO_TYPE_ENGINE, NULL);

  self->search_path = baogao_engine_get_default_search_path ();
  return self;
}

/**
 * baogao_engine_new_with_search_path:
 * @dirs: (array zero-terminated=1) (element-type filename) (nullable): the
 *   plugin directories, searched in order, or %NULL for none
 *
 * Makes an engine that searches only @dirs for plugins: an empty list
 * gives an engine with no plugins, for analyzers added as objects.
 *
 * Returns: (transfer full): a new engine
 */
BaogaoEngine *
baogao_engine_new_with_search_path (const char * const *dirs)
{
  BaogaoEngine *self = g_object_new (BAOGAO_TYPE_ENGINE, NULL);

  self->search_path = dirs ? g_strdupv ((char **) dirs) : g_new0 (char *, 1);
  return self;
}

/**
 * baogao_engine_get_search_path:
 * @self: an engine
 *
 * Returns: (transfer none) (array zero-terminated=1) (element-type filename):
 *   the plugin directories
 */
const char * const *
baogao_engine_get_search_path (BaogaoEngine *self)
{
  g_return_val_if_fail (BAOGAO_IS_ENGINE (self), NULL);
  return (const char * const *) self->search_path;
}

static Entry *
lookup_entry (BaogaoEngine *self,
              const char   *name)
{
  for (guint i = 0; i < self->entries->len; i++)
    {
      Entry *entry = g_ptr_array_index (self->entries, i);

      if (strcmp (entry->name, name) == 0)
        return entry;
    }
  return NULL;
}

static void
add_plugin_file (BaogaoEngine *self,
                 const char   *file)
{
  g_autoptr(GError) error = NULL;
  BaogaoPluginInfo *info = baogao_plugin_info_new_from_file (file, &error);
  Entry *entry;

  g_ptr_array_add (self->plugins, info);

  if (error != NULL)
    {
      g_warning ("%s", error->message);
      return;
    }

  if ((entry = lookup_entry (self, info->name)) != NULL)
    {
      g_set_error (&error, BAOGAO_PLUGIN_ERROR, BAOGAO_PLUGIN_ERROR_DUPLICATE,
                   "Plugin “%s”: %s is ignored, a plugin of that name was found first in %s",
                   info->name, file, entry->info ? entry->info->file : "an added analyzer");
      baogao_plugin_info_set_error (info, error);
      g_warning ("%s", error->message);
      return;
    }

  entry = g_new0 (Entry, 1);
  entry->name = g_strdup (info->name);
  entry->version = g_strdup (info->version);
  entry->requires = g_strdupv (info->requires);
  entry->provides = g_strdupv (info->provides);
  entry->info = baogao_plugin_info_ref (info);
  g_ptr_array_add (self->entries, entry);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static void
collect_plugin_files (const char *dir,
                      guint       depth,
                      GPtrArray  *files)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (d == NULL)
    return;

  /* Below the top, only keyfiles matter: a plugin's directory may hold
   * many other files (a build tree's does), each worth a path and a
   * sort otherwise */
  while ((name = g_dir_read_name (d)) != NULL)
    if (depth == 0 || g_str_has_suffix (name, ".plugin"))
      g_ptr_array_add (names, g_strdup (name));

  /* Directory order is arbitrary; discovery must not be. */
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      const char *entry = g_ptr_array_index (names, i);
      g_autofree char *path = g_build_filename (dir, entry, NULL);

      if (g_str_has_suffix (entry, ".plugin") &&
          g_file_test (path, G_FILE_TEST_IS_REGULAR))
        g_ptr_array_add (files, g_steal_pointer (&path));
      else if (depth == 0 && g_file_test (path, G_FILE_TEST_IS_DIR))
        collect_plugin_files (path, depth + 1, files);
    }
}

static void
discover_locked (BaogaoEngine *self)
{
  if (self->discovered)
    return;
  self->discovered = TRUE;
  plan_drop_locked (self);

  for (guint i = 0; self->search_path[i] != NULL; i++)
    {
      g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);

      collect_plugin_files (self->search_path[i], 0, files);
      for (guint j = 0; j < files->len; j++)
        add_plugin_file (self, g_ptr_array_index (files, j));
    }
}

/**
 * baogao_engine_get_plugins:
 * @self: an engine
 *
 * Every plugin found in the search path, in search order, the unusable
 * ones included (see [method@Baogao.PluginInfo.is_available]). Reads the
 * keyfiles on the first call; loads no module.
 *
 * Returns: (transfer container) (element-type BaogaoPluginInfo): the plugins
 */
GPtrArray *
baogao_engine_get_plugins (BaogaoEngine *self)
{
  GPtrArray *out;

  g_return_val_if_fail (BAOGAO_IS_ENGINE (self), NULL);

  g_mutex_lock (&self->lock);
  discover_locked (self);
  out = g_ptr_array_new_full (self->plugins->len, (GDestroyNotify) baogao_plugin_info_unref);
  for (guint i = 0; i < self->plugins->len; i++)
    g_ptr_array_add (out, baogao_plugin_info_ref (g_ptr_array_index (self->plugins, i)));
  g_mutex_unlock (&self->lock);

  /* The array holds references and drops them when freed: bindings take
   * the container, reference what they keep, and free it. */
  return out;
}

/**
 * baogao_engine_get_plugin_info:
 * @self: an engine
 * @name: a plugin name
 *
 * Returns: (transfer none) (nullable): the plugin that provides the
 *   analyzer @name, or %NULL
 */
BaogaoPluginInfo *
baogao_engine_get_plugin_info (BaogaoEngine *self,
                               const char   *name)
{
  Entry *entry;

  g_return_val_if_fail (BAOGAO_IS_ENGINE (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  g_mutex_lock (&self->lock);
  discover_locked (self);
  entry = lookup_entry (self, name);
  g_mutex_unlock (&self->lock);

  return entry ? entry->info : NULL;
}

/* Loads and instantiates an entry's plugin. */
static gboolean
ensure_analyzer_locked (BaogaoEngine  *self,
                        Entry         *entry,
                        GError       **error)
{
  GObject *object;

  if (entry->analyzer != NULL)
    return TRUE;

  g_assert (entry->info != NULL);
  if (!baogao_plugin_info_load (entry->info, error))
    return FALSE;

  object = g_object_new (entry->info->analyzer_type, NULL);
  entry->analyzer = BAOGAO_ANALYZER (object);
  baogao_analyzer_set_plugin_info (entry->analyzer, entry->info);

  return TRUE;
}

/**
 * baogao_engine_load_plugin:
 * @self: an engine
 * @info: a plugin of this engine
 * @error: return location for a #GError
 *
 * Loads a plugin's module and makes its analyzer now, rather than when
 * it is first needed. A failure is remembered on @info.
 *
 * Returns: %TRUE if the plugin is loaded
 */
gboolean
baogao_engine_load_plugin (BaogaoEngine      *self,
                           BaogaoPluginInfo  *info,
                           GError           **error)
{
  Entry *entry;
  gboolean ok;

  g_return_val_if_fail (BAOGAO_IS_ENGINE (self), FALSE);
  g_return_val_if_fail (info != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (info->error != NULL)
    {
      g_propagate_error (error, g_error_copy (info->error));
      return FALSE;
    }

  g_mutex_lock (&self->lock);
  discover_locked (self);
  entry = lookup_entry (self, info->name);
  if (entry == NULL || entry->info != info)
    {
      g_set_error (error, BAOGAO_PLUGIN_ERROR, BAOGAO_PLUGIN_ERROR_MISSING_MODULE,
                   "Plugin “%s” does not belong to this engine", info->name);
      ok = FALSE;
    }
  else
    ok = ensure_analyzer_locked (self, entry, error);
  g_mutex_unlock (&self->lock);

  return ok;
}

/**
 * baogao_engine_add_analyzer:
 * @self: an engine
 * @analyzer: an analyzer
 * @error: return location for a #GError
 *
 * Adds an analyzer object, such as one written in Python, next to the
 * plugins. Its metadata is read once, now.
 *
 * Returns: %TRUE on success; %FALSE if an analyzer of that name exists
 */
gboolean
baogao_engine_add_analyzer (BaogaoEngine    *self,
                            BaogaoAnalyzer  *analyzer,
                            GError         **error)
{
  g_autofree char *name = NULL;
  Entry *entry;

  g_return_val_if_fail (BAOGAO_IS_ENGINE (self), FALSE);
  g_return_val_if_fail (BAOGAO_IS_ANALYZER (analyzer), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  name = baogao_analyzer_get_name (analyzer);
  if (name == NULL || *name == '\0')
    {
      g_set_error (error, BAOGAO_ERROR, BAOGAO_ERROR_FAILED,
                   "An analyzer of type %s has no name", G_OBJECT_TYPE_NAME (analyzer));
      return FALSE;
    }

  g_mutex_lock (&self->lock);
  discover_locked (self);
  if (lookup_entry (self, name) != NULL)
    {
      g_mutex_unlock (&self->lock);
      g_set_error (error, BAOGAO_ERROR, BAOGAO_ERROR_DUPLICATE_ANALYZER,
                   "An analyzer named “%s” is already known to the engine", name);
      return FALSE;
    }

  entry = g_new0 (Entry, 1);
  entry->name = g_steal_pointer (&name);
  entry->version = baogao_analyzer_get_version (analyzer);
  entry->requires = baogao_analyzer_get_requires (analyzer);
  entry->provides = baogao_analyzer_get_provides (analyzer);
  if (entry->version == NULL)
    entry->version = g_strdup ("0");
  if (entry->requires == NULL)
    entry->requires = g_new0 (char *, 1);
  if (entry->provides == NULL)
    entry->provides = g_new0 (char *, 1);
  entry->analyzer = g_object_ref (analyzer);
  g_ptr_array_add (self->entries, entry);
  plan_drop_locked (self);
  g_mutex_unlock (&self->lock);

  return TRUE;
}

/**
 * baogao_engine_get_analyzer:
 * @self: an engine
 * @name: an analyzer name
 * @error: return location for a #GError
 *
 * Finds an analyzer, loading its plugin if needed.
 *
 * Returns: (transfer none): the analyzer, or %NULL with @error set
 */
BaogaoAnalyzer *
baogao_engine_get_analyzer (BaogaoEngine  *self,
                            const char    *name,
                            GError       **error)
{
  BaogaoAnalyzer *analyzer = NULL;
  Entry *entry;

  g_return_val_if_fail (BAOGAO_IS_ENGINE (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  g_mutex_lock (&self->lock);
  discover_locked (self);
  entry = lookup_entry (self, name);
  if (entry == NULL)
    g_set_error (error, BAOGAO_ERROR, BAOGAO_ERROR_UNKNOWN_ANALYZER,
                 "No analyzer is named “%s”", name);
  else if (ensure_analyzer_locked (self, entry, error))
    analyzer = entry->analyzer;
  g_mutex_unlock (&self->lock);

  return analyzer;
}

/**
 * baogao_engine_select:
 * @self: an engine
 * @names: (array zero-terminated=1) (nullable): analyzer names, or %NULL
 *   for all
 * @error: return location for a #GError
 *
 * Chooses which analyzers [method@Baogao.Engine.analyze] runs. What they
 * require is run too.
 *
 * Returns: %TRUE on success; %FALSE with %BAOGAO_ERROR_UNKNOWN_ANALYZER if
 *   a name is unknown (the selection is then unchanged)
 */
gboolean
baogao_engine_select (BaogaoEngine        *self,
                      const char * const  *names,
                      GError             **error)
{
  g_return_val_if_fail (BAOGAO_IS_ENGINE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  g_mutex_lock (&self->lock);
  discover_locked (self);

  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    if (lookup_entry (self, names[i]) == NULL)
      {
        g_autoptr(GString) known = g_string_new (NULL);

        for (guint j = 0; j < self->entries->len; j++)
          g_string_append_printf (known, "%s%s", j ? ", " : "",
                                  ((Entry *) g_ptr_array_index (self->entries, j))->name);
        g_mutex_unlock (&self->lock);
        g_set_error (error, BAOGAO_ERROR, BAOGAO_ERROR_UNKNOWN_ANALYZER,
                     "No analyzer is named “%s” (known: %s)", names[i],
                     known->len ? known->str : "none");
        return FALSE;
      }

  g_strfreev (self->selection);
  self->selection = names ? g_strdupv ((char **) names) : NULL;
  plan_drop_locked (self);
  g_mutex_unlock (&self->lock);

  return TRUE;
}

/**
 * baogao_engine_get_max_threads:
 * @self: an engine
 *
 * Returns: the value of [property@Baogao.Engine:max-threads]
 */
guint
baogao_engine_get_max_threads (BaogaoEngine *self)
{
  g_return_val_if_fail (BAOGAO_IS_ENGINE (self), 1);
  return self->max_threads;
}

/**
 * baogao_engine_set_max_threads:
 * @self: an engine
 * @max_threads: at least 1
 *
 * Sets [property@Baogao.Engine:max-threads]. Set it before the first run.
 */
void
baogao_engine_set_max_threads (BaogaoEngine *self,
                               guint         max_threads)
{
  g_return_if_fail (BAOGAO_IS_ENGINE (self));

  max_threads = MAX (max_threads, 1);
  g_mutex_lock (&self->lock);
  if (self->max_threads != max_threads)
    {
      self->max_threads = max_threads;
      if (self->pool != NULL)
        g_thread_pool_set_max_threads (self->pool, MAX (max_threads, 2) - 1, NULL);
      g_mutex_unlock (&self->lock);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAX_THREADS]);
      return;
    }
  g_mutex_unlock (&self->lock);
}

/* The plan of a run. */

typedef struct
{
  Entry     *entry;
  int        level;      /* -1 until placed */
  GError    *error;      /* why it cannot run, known before running */
  GPtrArray *deps;       /* PlanStep*, what it requires */
  gboolean   visiting;   /* for cycle search */
  gboolean   done;
} PlanStep;

struct _Plan
{
  gatomicrefcount ref_count;
  GPtrArray *steps;      /* PlanStep*, in run order; read-only once built */
  guint      n_levels;
};

static void
plan_step_free (gpointer data)
{
  PlanStep *step = data;

  g_clear_error (&step->error);
  g_ptr_array_unref (step->deps);
  g_free (step);
}

static void
plan_unref (Plan *plan)
{
  if (g_atomic_ref_count_dec (&plan->ref_count))
    {
      g_ptr_array_unref (plan->steps);
      g_free (plan);
    }
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Plan, plan_unref)

static gboolean
entry_satisfies (const Entry *entry,
                 const char  *requirement)
{
  if (strcmp (entry->name, requirement) == 0)
    return TRUE;
  return g_strv_contains ((const char * const *) entry->provides, requirement);
}

static PlanStep *
plan_step_for (GHashTable *steps,
               GPtrArray  *order,
               Entry      *entry)
{
  PlanStep *step = g_hash_table_lookup (steps, entry);

  if (step == NULL)
    {
      step = g_new0 (PlanStep, 1);
      step->entry = entry;
      step->level = -1;
      step->deps = g_ptr_array_new ();
      g_hash_table_insert (steps, entry, step);
      g_ptr_array_add (order, step);
    }

  return step;
}

/* Finds a cycle through @step's requirements and describes it. */
static gboolean
find_cycle (PlanStep  *step,
            GPtrArray *path,
            GString   *out)
{
  if (step->done)
    return FALSE;

  if (step->visiting)
    {
      guint i;

      for (i = 0; i < path->len && g_ptr_array_index (path, i) != step; i++)
        ;
      for (; i < path->len; i++)
        g_string_append_printf (out, "%s → ", ((PlanStep *) g_ptr_array_index (path, i))->entry->name);
      g_string_append (out, step->entry->name);
      return TRUE;
    }

  step->visiting = TRUE;
  g_ptr_array_add (path, step);
  for (guint i = 0; i < step->deps->len; i++)
    if (find_cycle (g_ptr_array_index (step->deps, i), path, out))
      return TRUE;
  g_ptr_array_remove_index (path, path->len - 1);
  step->visiting = FALSE;
  step->done = TRUE;

  return FALSE;
}

static int
step_compare (gconstpointer a,
              gconstpointer b)
{
  const PlanStep *sa = *(PlanStep * const *) a;
  const PlanStep *sb = *(PlanStep * const *) b;

  if (sa->level != sb->level)
    return sa->level < sb->level ? -1 : 1;
  return strcmp (sa->entry->name, sb->entry->name);
}

/* Builds the plan: the selection and what it requires, each with its
 * level, or with the error that keeps it from running. Steps that cannot
 * run get level -1 and come first. Loads the plugins that will run. */
static Plan *
plan_build_locked (BaogaoEngine *self)
{
  g_autoptr(GHashTable) steps = g_hash_table_new (NULL, NULL);
  Plan *plan = g_new0 (Plan, 1);
  GPtrArray *order;
  gboolean progress;
  guint i, j;

  g_atomic_ref_count_init (&plan->ref_count);
  discover_locked (self);
  plan->steps = order = g_ptr_array_new_with_free_func (plan_step_free);

  for (i = 0; i < self->entries->len; i++)
    {
      Entry *entry = g_ptr_array_index (self->entries, i);

      if (self->selection == NULL ||
          g_strv_contains ((const char * const *) self->selection, entry->name))
        plan_step_for (steps, order, entry);
    }

  /* Pull in requirements; order grows while we walk it. */
  for (i = 0; i < order->len; i++)
    {
      PlanStep *step = g_ptr_array_index (order, i);

      for (j = 0; step->entry->requires[j] != NULL; j++)
        {
          const char *req = step->entry->requires[j];
          gboolean found = FALSE;

          for (guint k = 0; k < self->entries->len; k++)
            {
              Entry *other = g_ptr_array_index (self->entries, k);

              if (other == step->entry || !entry_satisfies (other, req))
                continue;

              found = TRUE;
              g_ptr_array_add (step->deps, plan_step_for (steps, order, other));
            }

          if (!found && step->error == NULL)
            step->error = g_error_new (BAOGAO_PLUGIN_ERROR, BAOGAO_PLUGIN_ERROR_UNKNOWN_REQUIREMENT,
                                       "Analyzer “%s” requires “%s”, which no analyzer "
                                       "is named or provides", step->entry->name, req);
        }
    }

  /* Levels, by relaxation: a step is placed once all its deps are. */
  do
    {
      progress = FALSE;
      for (i = 0; i < order->len; i++)
        {
          PlanStep *step = g_ptr_array_index (order, i);
          int level = 0;
          gboolean ready = TRUE;

          if (step->level >= 0)
            continue;

          for (j = 0; j < step->deps->len && ready; j++)
            {
              PlanStep *dep = g_ptr_array_index (step->deps, j);

              if (dep->level < 0)
                ready = FALSE;
              else
                level = MAX (level, dep->level + 1);
            }

          if (ready)
            {
              step->level = level;
              progress = TRUE;
            }
        }
    }
  while (progress);

  /* What is left is on a cycle or depends on one. */
  for (i = 0; i < order->len; i++)
    {
      PlanStep *step = g_ptr_array_index (order, i);
      g_autoptr(GPtrArray) path = NULL;
      g_autoptr(GString) cycle = NULL;

      if (step->level >= 0 || step->error != NULL)
        continue;

      path = g_ptr_array_new ();
      cycle = g_string_new (NULL);
      for (j = 0; j < order->len; j++)
        {
          PlanStep *s = g_ptr_array_index (order, j);

          s->visiting = s->done = FALSE;
        }

      if (find_cycle (step, path, cycle))
        step->error = g_error_new (BAOGAO_PLUGIN_ERROR, BAOGAO_PLUGIN_ERROR_CYCLE,
                                   "Analyzer “%s” is part of or depends on a requirement "
                                   "cycle: %s", step->entry->name, cycle->str);
      else
        step->error = g_error_new (BAOGAO_PLUGIN_ERROR, BAOGAO_PLUGIN_ERROR_CYCLE,
                                   "Analyzer “%s” depends on a requirement cycle",
                                   step->entry->name);
    }

  /* Load what can run. */
  for (i = 0; i < order->len; i++)
    {
      PlanStep *step = g_ptr_array_index (order, i);

      if (step->error == NULL && !ensure_analyzer_locked (self, step->entry, &step->error))
        step->level = -1;
      if (step->error != NULL)
        step->level = -1;
    }

  g_ptr_array_sort (order, step_compare);
  for (i = 0; i < order->len; i++)
    plan->n_levels = MAX (plan->n_levels, (guint) (((PlanStep *) g_ptr_array_index (order, i))->level + 1));

  return plan;
}

/* The engine's plan, built if there is none: a reference. */
static Plan *
plan_get_locked (BaogaoEngine *self)
{
  if (self->plan == NULL)
    self->plan = plan_build_locked (self);

  g_atomic_ref_count_inc (&self->plan->ref_count);
  return self->plan;
}

/* The plugins or the selection changed. */
static void
plan_drop_locked (BaogaoEngine *self)
{
  g_clear_pointer (&self->plan, plan_unref);
}

/**
 * baogao_engine_dup_plan:
 * @self: an engine
 * @error: return location for a #GError
 *
 * The analyzers a run would start, in the order their layers are merged,
 * loading their plugins. Use it to check a set of plugins: any analyzer
 * that could not run is reported as an error ([error@Baogao.PluginError]:
 * an unknown requirement, a cycle, a plugin that does not load).
 *
 * Returns: (transfer full) (array zero-terminated=1): the analyzer names,
 *   or %NULL with @error set to the first problem found
 */
char **
baogao_engine_dup_plan (BaogaoEngine  *self,
                        GError       **error)
{
  g_autoptr(Plan) plan = NULL;
  GStrvBuilder *builder;

  g_return_val_if_fail (BAOGAO_IS_ENGINE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  g_mutex_lock (&self->lock);
  plan = plan_get_locked (self);
  g_mutex_unlock (&self->lock);

  for (guint i = 0; i < plan->steps->len; i++)
    {
      PlanStep *step = g_ptr_array_index (plan->steps, i);

      if (step->error != NULL)
        {
          g_propagate_error (error, g_error_copy (step->error));
          return NULL;
        }
    }

  builder = g_strv_builder_new ();
  for (guint i = 0; i < plan->steps->len; i++)
    g_strv_builder_add (builder, ((PlanStep *) g_ptr_array_index (plan->steps, i))->entry->name);

  return baogao_strv_builder_finish (builder);
}

/* Running. */

typedef struct
{
  PlanStep       *step;
  BaogaoDocument *document;
  BaogaoLayer    *layer;
  GCancellable   *cancellable;
  GError         *error;
  gboolean        ok;
  gint64          elapsed_us;

  /* Completion, shared by the jobs of one level. */
  GMutex         *mutex;
  GCond          *cond;
  guint          *pending;
} Job;

static void
job_run (Job *job)
{
  Entry *entry = job->step->entry;
  gint64 start = g_get_monotonic_time ();

  job->ok = baogao_analyzer_analyze (entry->analyzer, job->document, job->layer,
                                     job->cancellable, &job->error);
  job->elapsed_us = g_get_monotonic_time () - start;

  if (job->ok && job->error != NULL)
    {
      /* A binding may report success and an error; the error wins. */
      job->ok = FALSE;
    }
  else if (!job->ok && job->error == NULL)
    job->error = g_error_new (BAOGAO_ERROR, BAOGAO_ERROR_ANALYZER_FAILED,
                              "Analyzer “%s” failed without saying why", entry->name);

  if (job->ok)
    job->ok = baogao_layer_check (job->layer, &job->error);
}

static void
run_job (gpointer data,
         gpointer user_data)
{
  Job *job = data;

  job_run (job);

  g_mutex_lock (job->mutex);
  if (--*job->pending == 0)
    g_cond_signal (job->cond);
  g_mutex_unlock (job->mutex);
}

static GThreadPool *
ensure_pool (BaogaoEngine *self)
{
  GThreadPool *pool;

  /* The calling thread runs jobs too: the pool makes up the rest of
   * max-threads */
  g_mutex_lock (&self->lock);
  if (self->pool == NULL)
    self->pool = g_thread_pool_new (run_job, NULL, MAX (self->max_threads, 2) - 1,
                                    FALSE, NULL);
  pool = self->pool;
  g_mutex_unlock (&self->lock);

  return pool;
}

/* Whether a step can run: everything it requires ran. The reason for
 * skipping it is put in @why. */
static gboolean
deps_ok (PlanStep   *step,
         GHashTable *failed,
         char      **why)
{
  for (guint i = 0; i < step->deps->len; i++)
    {
      PlanStep *dep = g_ptr_array_index (step->deps, i);

      if (g_hash_table_contains (failed, dep))
        {
          *why = g_strdup_printf ("Skipped: analyzer “%s”, which “%s” requires, did not run",
                                  dep->entry->name, step->entry->name);
          return FALSE;
        }
    }

  return TRUE;
}

/* Runs the jobs of one level. Analyzers from C plugins may run in the pool;
 * analyzers added as objects run in the calling thread, since a binding's
 * runtime (gjs, for one) cannot be entered from another thread. The caller
 * works through its share while the pool works through the rest. */
static void
run_level (BaogaoEngine *self,
           GPtrArray    *jobs)
{
  g_autoptr(GPtrArray) here = g_ptr_array_new ();
  GMutex mutex;
  GCond cond;
  guint pending = 0;
  GThreadPool *pool = NULL;

  for (guint i = 0; i < jobs->len; i++)
    {
      Job *job = g_ptr_array_index (jobs, i);

      /* The first thread-safe job is kept for this thread too. */
      if (self->max_threads <= 1 || jobs->len == 1 ||
          job->step->entry->info == NULL || here->len == 0)
        g_ptr_array_add (here, job);
      else
        pending++;
    }

  if (pending > 0)
    {
      pool = ensure_pool (self);
      g_mutex_init (&mutex);
      g_cond_init (&cond);

      for (guint i = 0; i < jobs->len; i++)
        {
          Job *job = g_ptr_array_index (jobs, i);

          if (g_ptr_array_find (here, job, NULL))
            continue;
          job->mutex = &mutex;
          job->cond = &cond;
          job->pending = &pending;
          g_thread_pool_push (pool, job, NULL);
        }
    }

  for (guint i = 0; i < here->len; i++)
    job_run (g_ptr_array_index (here, i));

  if (pool != NULL)
    {
      g_mutex_lock (&mutex);
      while (pending > 0)
        g_cond_wait (&cond, &mutex);
      g_mutex_unlock (&mutex);

      g_cond_clear (&cond);
      g_mutex_clear (&mutex);
    }
}

static void
job_free (gpointer data)
{
  Job *job = data;

  g_clear_object (&job->layer);
  g_clear_error (&job->error);
  g_free (job);
}

/**
 * baogao_engine_analyze:
 * @self: an engine
 * @document: a document
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Runs the selected analyzers over a document and merges their layers
 * into it, then derives the indicator table. The engine may analyze
 * several documents at once from several threads.
 *
 * Analyzers that fail, or cannot run, do not make this call fail: they
 * are recorded in the document (see
 * [method@Baogao.Document.get_analyzer_status]).
 *
 * Returns: %TRUE on success; %FALSE with %G_IO_ERROR_CANCELLED if
 *   @cancellable was cancelled (the document then holds what was merged
 *   so far)
 */
gboolean
baogao_engine_analyze (BaogaoEngine    *self,
                       BaogaoDocument  *document,
                       GCancellable    *cancellable,
                       GError         **error)
{
  g_autoptr(Plan) plan = NULL;
  g_autoptr(GHashTable) failed = g_hash_table_new (NULL, NULL);
  guint i = 0;

  g_return_val_if_fail (BAOGAO_IS_ENGINE (self), FALSE);
  g_return_val_if_fail (BAOGAO_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  g_mutex_lock (&self->lock);
  plan = plan_get_locked (self);
  g_mutex_unlock (&self->lock);

  /* A document read from JSON may not be indexed yet; analyzers read it
   * from several threads. */
  baogao_store_commit (&document->store);

  /* Steps that cannot run come first. */
  for (; i < plan->steps->len; i++)
    {
      PlanStep *step = g_ptr_array_index (plan->steps, i);

      if (step->level >= 0)
        break;

      g_hash_table_add (failed, step);
      baogao_document_add_run (document, step->entry->name, step->entry->version,
                               BAOGAO_RUN_FAILED, step->error->message, 0);
    }

  while (i < plan->steps->len)
    {
      int level = ((PlanStep *) g_ptr_array_index (plan->steps, i))->level;
      g_autoptr(GPtrArray) jobs = g_ptr_array_new_with_free_func (job_free);
      guint first = i;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;

      for (; i < plan->steps->len; i++)
        {
          PlanStep *step = g_ptr_array_index (plan->steps, i);
          g_autofree char *why = NULL;
          Job *job;

          if (step->level != level)
            break;
          if (!deps_ok (step, failed, &why))
            continue;

          job = g_new0 (Job, 1);
          job->step = step;
          job->document = document;
          job->layer = baogao_layer_new (document, step->entry->name,
                                         (const char * const *) step->entry->provides);
          job->cancellable = cancellable;
          g_ptr_array_add (jobs, job);
        }

      run_level (self, jobs);

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;

      /* Merge and record in plan order, whatever order the threads
       * finished in. */
      for (guint k = first, j = 0; k < i; k++)
        {
          PlanStep *step = g_ptr_array_index (plan->steps, k);
          Job *job = j < jobs->len ? g_ptr_array_index (jobs, j) : NULL;
          g_autofree char *why = NULL;

          if (job == NULL || job->step != step)
            {
              deps_ok (step, failed, &why);
              g_hash_table_add (failed, step);
              baogao_document_add_run (document, step->entry->name, step->entry->version,
                                       BAOGAO_RUN_SKIPPED, why, 0);
              continue;
            }
          j++;

          if (job->ok)
            {
              baogao_layer_merge_into (job->layer, document);
              baogao_document_add_run (document, step->entry->name, step->entry->version,
                                       BAOGAO_RUN_OK, NULL, job->elapsed_us);
            }
          else
            {
              g_hash_table_add (failed, step);
              baogao_document_add_run (document, step->entry->name, step->entry->version,
                                       BAOGAO_RUN_FAILED, job->error->message, job->elapsed_us);
            }
        }

      /* Ids and indexes, before the next level reads them from threads. */
      baogao_store_commit (&document->store);
    }

  baogao_document_derive_indicators (document);
  return TRUE;
}

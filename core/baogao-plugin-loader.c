/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/* Loading plugin modules with libltdl.
 *
 * Modules are opened resident (never unloaded): they register static
 * GTypes, which cannot be registered twice, and a module that is gone
 * while one of its objects lives would crash. The keyfile's ABI was
 * checked when it was read; here the module's own ABI number is checked
 * before its entry point is called. libltdl keeps global state, so all
 * of it happens under one lock. */

#include "baogao-plugin-info-private.h"

#include <baogao/baogao-analyzer.h>
#include <baogao/baogao-error.h>
#include <baogao/baogao-plugin.h>
#include <ltdl.h>

G_LOCK_DEFINE_STATIC (ltdl);

static gboolean
ensure_ltdl (GError **error)
{
  static gboolean initialized;

  if (!initialized)
    {
      if (lt_dlinit () != 0)
        {
          g_set_error (error, BAOGAO_PLUGIN_ERROR, BAOGAO_PLUGIN_ERROR_MISSING_MODULE,
                       "Cannot initialise libltdl: %s", lt_dlerror ());
          return FALSE;
        }
      initialized = TRUE;
    }

  return TRUE;
}

static lt_dlhandle
open_resident (const char  *path,
               GError     **error)
{
  lt_dladvise advise;
  lt_dlhandle handle = NULL;

  if (lt_dladvise_init (&advise) != 0)
    return NULL;

  lt_dladvise_ext (&advise);
  lt_dladvise_resident (&advise);
  lt_dladvise_local (&advise);
  handle = lt_dlopenadvise (path, advise);
  lt_dladvise_destroy (&advise);

  return handle;
}

static gboolean
load_locked (BaogaoPluginInfo  *self,
             GError           **error)
{
  g_autofree char *path = NULL;
  lt_dlhandle handle;
  const guint *abi;
  GType (*entry) (void);
  GType type;

  if (!ensure_ltdl (error))
    return FALSE;

  path = g_build_filename (self->module_dir, self->module_name, NULL);
  handle = open_resident (path, error);
  if (handle == NULL)
    {
      const char *why = lt_dlerror ();

      g_set_error (error, BAOGAO_PLUGIN_ERROR, BAOGAO_PLUGIN_ERROR_MISSING_MODULE,
                   "Plugin “%s”: cannot load module “%s” from %s: %s",
                   self->name, self->module_name, self->module_dir,
                   why ? why : "unknown error");
      return FALSE;
    }

  abi = lt_dlsym (handle, BAOGAO_PLUGIN_ABI_SYMBOL);
  if (abi == NULL)
    {
      g_set_error (error, BAOGAO_PLUGIN_ERROR, BAOGAO_PLUGIN_ERROR_MISSING_ENTRY_POINT,
                   "Plugin “%s”: module %s does not export “%s” "
                   "(was it built with BAOGAO_DEFINE_PLUGIN?)",
                   self->name, path, BAOGAO_PLUGIN_ABI_SYMBOL);
      return FALSE;
    }

  if (*abi != BAOGAO_PLUGIN_ABI)
    {
      g_set_error (error, BAOGAO_PLUGIN_ERROR, BAOGAO_PLUGIN_ERROR_ABI_MISMATCH,
                   "Plugin “%s”: module %s was built for plugin ABI %u, this Baogao "
                   "has ABI %u; rebuild the plugin", self->name, path, *abi,
                   BAOGAO_PLUGIN_ABI);
      return FALSE;
    }

  entry = (GType (*) (void)) lt_dlsym (handle, BAOGAO_PLUGIN_ENTRY_SYMBOL);
  if (entry == NULL)
    {
      g_set_error (error, BAOGAO_PLUGIN_ERROR, BAOGAO_PLUGIN_ERROR_MISSING_ENTRY_POINT,
                   "Plugin “%s”: module %s does not export the entry point “%s” "
                   "(was it built with BAOGAO_DEFINE_PLUGIN?)",
                   self->name, path, BAOGAO_PLUGIN_ENTRY_SYMBOL);
      return FALSE;
    }

  type = entry ();
  if (!g_type_is_a (type, G_TYPE_OBJECT) || G_TYPE_IS_ABSTRACT (type) ||
      !g_type_is_a (type, BAOGAO_TYPE_ANALYZER))
    {
      g_set_error (error, BAOGAO_PLUGIN_ERROR, BAOGAO_PLUGIN_ERROR_NOT_AN_ANALYZER,
                   "Plugin “%s”: the entry point of %s returned type “%s”, which is not "
                   "an instantiable GObject implementing BaogaoAnalyzer",
                   self->name, path, type ? g_type_name (type) : "(invalid)");
      return FALSE;
    }

  self->analyzer_type = type;
  self->loaded = TRUE;
  return TRUE;
}

/* Loads the plugin's module once; remembers a failure on the info. */
gboolean
baogao_plugin_info_load (BaogaoPluginInfo  *self,
                         GError           **error)
{
  g_autoptr(GError) local_error = NULL;
  gboolean ok;

  G_LOCK (ltdl);

  if (self->loaded)
    ok = TRUE;
  else if (self->error != NULL)
    {
      local_error = g_error_copy (self->error);
      ok = FALSE;
    }
  else
    {
      ok = load_locked (self, &local_error);
      if (!ok)
        baogao_plugin_info_set_error (self, local_error);
    }

  G_UNLOCK (ltdl);

  if (!ok)
    g_propagate_error (error, g_steal_pointer (&local_error));
  return ok;
}

/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/**
 * BaogaoPluginInfo:
 *
 * What a plugin's `.plugin` keyfile says, read without loading its code.
 *
 * A plugin is a loadable module plus a keyfile beside it:
 *
 * ```ini
 * [Plugin]
 * Module=hello
 * Name=hello
 * Description=Marks greetings
 * Version=1.0.0
 * Abi=1
 * Requires=structure.sentence
 * Provides=hello.greeting
 * ```
 *
 * `Module`, `Name`, `Version`, `Abi` and `Provides` are required;
 * `Requires` lists analyzer names or annotation types, separated by `;`.
 * Keys of your own should start with `X-`.
 *
 * An info whose plugin cannot be used (a malformed keyfile, a module that
 * does not load) keeps the reason: see
 * [method@Baogao.PluginInfo.is_available].
 */

#include "baogao-util-private.h"
#include "baogao-plugin-info-private.h"

#include <baogao/baogao-error.h>
#include <baogao/baogao-version.h>
#include <string.h>

#define GROUP "Plugin"

G_DEFINE_BOXED_TYPE (BaogaoPluginInfo, baogao_plugin_info,
                     baogao_plugin_info_ref, baogao_plugin_info_unref)

static char **
read_list (GKeyFile   *keyfile,
           const char *key)
{
  g_auto(GStrv) raw = g_key_file_get_string_list (keyfile, GROUP, key, NULL, NULL);
  GStrvBuilder *builder = g_strv_builder_new ();

  for (guint i = 0; raw != NULL && raw[i] != NULL; i++)
    {
      char *item = g_strstrip (raw[i]);

      if (*item != '\0')
        g_strv_builder_add (builder, item);
    }

  return baogao_strv_builder_finish (builder);
}

static gboolean
is_valid_name (const char *name)
{
  if (name == NULL || *name == '\0')
    return FALSE;

  for (const char *p = name; *p; p++)
    if (!g_ascii_isalnum (*p) && *p != '_' && *p != '-' && *p != '.')
      return FALSE;

  return TRUE;
}

/* Always returns an info; a malformed keyfile gives an info, named after
 * the file, that carries the error (also returned in @error). */
BaogaoPluginInfo *
baogao_plugin_info_new_from_file (const char  *file,
                                  GError     **error)
{
  g_autoptr(GKeyFile) keyfile = g_key_file_new ();
  g_autoptr(GError) local_error = NULL;
  g_autofree char *basename = g_path_get_basename (file);
  BaogaoPluginInfo *self;

  self = g_new0 (BaogaoPluginInfo, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->file = g_strdup (file);
  self->module_dir = g_path_get_dirname (file);
  self->requires = g_new0 (char *, 1);
  self->provides = g_new0 (char *, 1);

  if (g_str_has_suffix (basename, ".plugin"))
    basename[strlen (basename) - strlen (".plugin")] = '\0';
  self->name = g_strdup (basename);

  if (!g_key_file_load_from_file (keyfile, file, G_KEY_FILE_NONE, &local_error))
    {
      g_set_error (error, BAOGAO_PLUGIN_ERROR, BAOGAO_PLUGIN_ERROR_MALFORMED,
                   "Plugin “%s”: cannot read %s: %s", self->name, file, local_error->message);
      goto fail;
    }

  if (!g_key_file_has_group (keyfile, GROUP))
    {
      g_set_error (error, BAOGAO_PLUGIN_ERROR, BAOGAO_PLUGIN_ERROR_MALFORMED,
                   "Plugin “%s”: %s has no [%s] group", self->name, file, GROUP);
      goto fail;
    }

  {
    static const char * const required[] = { "Name", "Module", "Version", "Abi", "Provides" };

    for (guint i = 0; i < G_N_ELEMENTS (required); i++)
      if (!g_key_file_has_key (keyfile, GROUP, required[i], NULL))
        {
          g_set_error (error, BAOGAO_PLUGIN_ERROR, BAOGAO_PLUGIN_ERROR_MALFORMED,
                       "Plugin “%s”: %s lacks the required key %s",
                       self->name, file, required[i]);
          goto fail;
        }
  }

  {
    g_autofree char *name = g_key_file_get_string (keyfile, GROUP, "Name", NULL);
    g_autofree char *module = g_key_file_get_string (keyfile, GROUP, "Module", NULL);

    if (!is_valid_name (name))
      {
        g_set_error (error, BAOGAO_PLUGIN_ERROR, BAOGAO_PLUGIN_ERROR_MALFORMED,
                     "Plugin “%s”: %s has an invalid Name “%s” (use letters, digits, _ - .)",
                     self->name, file, name ? name : "");
        goto fail;
      }
    g_free (self->name);
    self->name = g_steal_pointer (&name);

    if (!is_valid_name (module))
      {
        g_set_error (error, BAOGAO_PLUGIN_ERROR, BAOGAO_PLUGIN_ERROR_MALFORMED,
                     "Plugin “%s”: %s has an invalid Module “%s”",
                     self->name, file, module ? module : "");
        goto fail;
      }
    self->module_name = g_steal_pointer (&module);
  }

  self->version = g_key_file_get_string (keyfile, GROUP, "Version", NULL);
  /* Finding the description for the user's languages takes several
   * lookups per language, for a string few programs ask for: it is read
   * when first asked for. */
  self->keyfile = g_key_file_ref (keyfile);

  {
    g_autofree char *abi = g_key_file_get_string (keyfile, GROUP, "Abi", NULL);
    guint64 n;

    if (!g_ascii_string_to_unsigned (g_strstrip (abi), 10, 1, G_MAXUINT, &n, NULL))
      {
        g_set_error (error, BAOGAO_PLUGIN_ERROR, BAOGAO_PLUGIN_ERROR_MALFORMED,
                     "Plugin “%s”: %s has an invalid Abi “%s”", self->name, file, abi);
        goto fail;
      }
    self->abi = n;
  }

  g_strfreev (self->requires);
  self->requires = read_list (keyfile, "Requires");
  g_strfreev (self->provides);
  self->provides = read_list (keyfile, "Provides");

  if (self->abi != BAOGAO_PLUGIN_ABI)
    {
      g_set_error (error, BAOGAO_PLUGIN_ERROR, BAOGAO_PLUGIN_ERROR_ABI_MISMATCH,
                   "Plugin “%s”: %s was written for plugin ABI %u, this Baogao has ABI %u; "
                   "rebuild the plugin", self->name, file, self->abi, BAOGAO_PLUGIN_ABI);
      goto fail;
    }

  return self;

fail:
  if (error != NULL && *error != NULL)
    baogao_plugin_info_set_error (self, *error);
  else
    {
      /* The caller did not want the error; keep it on the info anyway. */
      self->error = g_error_new_literal (BAOGAO_PLUGIN_ERROR, BAOGAO_PLUGIN_ERROR_MALFORMED,
                                         "malformed plugin file");
    }
  return self;
}

void
baogao_plugin_info_set_error (BaogaoPluginInfo *self,
                              const GError     *error)
{
  g_clear_error (&self->error);
  self->error = g_error_copy (error);
}

/**
 * baogao_plugin_info_ref:
 * @self: a plugin info
 *
 * Returns: (transfer full): @self
 */
BaogaoPluginInfo *
baogao_plugin_info_ref (BaogaoPluginInfo *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

/**
 * baogao_plugin_info_unref:
 * @self: (transfer full): a plugin info
 *
 * Drops a reference.
 */
void
baogao_plugin_info_unref (BaogaoPluginInfo *self)
{
  g_return_if_fail (self != NULL);

  if (g_atomic_ref_count_dec (&self->ref_count))
    {
      g_free (self->file);
      g_free (self->module_dir);
      g_free (self->module_name);
      g_free (self->name);
      g_free (self->description);
      g_clear_pointer (&self->keyfile, g_key_file_unref);
      g_free (self->version);
      g_strfreev (self->requires);
      g_strfreev (self->provides);
      g_clear_error (&self->error);
      g_free (self);
    }
}

/**
 * baogao_plugin_info_get_name:
 * @self: a plugin info
 *
 * The plugin's name, which is also its analyzer's name. For a malformed
 * keyfile, the file's base name.
 *
 * Returns: (transfer none): the name
 */
const char *
baogao_plugin_info_get_name (const BaogaoPluginInfo *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->name;
}

/**
 * baogao_plugin_info_get_module_name:
 * @self: a plugin info
 *
 * Returns: (transfer none) (nullable): the module's file name without
 *   extension
 */
const char *
baogao_plugin_info_get_module_name (const BaogaoPluginInfo *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->module_name;
}

/**
 * baogao_plugin_info_get_description:
 * @self: a plugin info
 *
 * Returns: (transfer none) (nullable): a one-line description
 */
const char *
baogao_plugin_info_get_description (const BaogaoPluginInfo *self)
{
  BaogaoPluginInfo *info = (BaogaoPluginInfo *) self;

  g_return_val_if_fail (self != NULL, NULL);

  if (g_once_init_enter (&info->description_read))
    {
      if (info->keyfile != NULL)
        {
          info->description = g_key_file_get_locale_string (info->keyfile, GROUP,
                                                            "Description", NULL, NULL);
          if (info->description == NULL)
            info->description = g_strdup ("");
          g_clear_pointer (&info->keyfile, g_key_file_unref);
        }
      g_once_init_leave (&info->description_read, 1);
    }

  return info->description;
}

/**
 * baogao_plugin_info_get_version:
 * @self: a plugin info
 *
 * Returns: (transfer none) (nullable): the plugin's version
 */
const char *
baogao_plugin_info_get_version (const BaogaoPluginInfo *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->version;
}

/**
 * baogao_plugin_info_get_requires:
 * @self: a plugin info
 *
 * Returns: (transfer none) (array zero-terminated=1): the analyzer names
 *   and annotation types the plugin reads
 */
const char * const *
baogao_plugin_info_get_requires (const BaogaoPluginInfo *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return (const char * const *) self->requires;
}

/**
 * baogao_plugin_info_get_provides:
 * @self: a plugin info
 *
 * Returns: (transfer none) (array zero-terminated=1): the annotation types
 *   the plugin writes
 */
const char * const *
baogao_plugin_info_get_provides (const BaogaoPluginInfo *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return (const char * const *) self->provides;
}

/**
 * baogao_plugin_info_get_abi:
 * @self: a plugin info
 *
 * Returns: the plugin ABI the keyfile declares
 */
guint
baogao_plugin_info_get_abi (const BaogaoPluginInfo *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->abi;
}

/**
 * baogao_plugin_info_get_file:
 * @self: a plugin info
 *
 * Returns: (transfer none) (type filename): the path of the `.plugin` file
 */
const char *
baogao_plugin_info_get_file (const BaogaoPluginInfo *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->file;
}

/**
 * baogao_plugin_info_get_module_dir:
 * @self: a plugin info
 *
 * The directory of the plugin's module and keyfile; a plugin finds its
 * data files there.
 *
 * Returns: (transfer none) (type filename): the directory
 */
const char *
baogao_plugin_info_get_module_dir (const BaogaoPluginInfo *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->module_dir;
}

/**
 * baogao_plugin_info_is_loaded:
 * @self: a plugin info
 *
 * Returns: whether the plugin's module has been loaded
 */
gboolean
baogao_plugin_info_is_loaded (const BaogaoPluginInfo *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->loaded;
}

/**
 * baogao_plugin_info_is_available:
 * @self: a plugin info
 * @error: return location for the reason the plugin cannot be used
 *
 * Whether the plugin can be used as far as is known: its keyfile is valid
 * and, if loading was tried, the module loaded.
 *
 * Returns: %FALSE with @error set if the plugin is unusable
 */
gboolean
baogao_plugin_info_is_available (const BaogaoPluginInfo  *self,
                                 GError                 **error)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (self->error != NULL)
    {
      if (error != NULL)
        *error = g_error_copy (self->error);
      return FALSE;
    }

  return TRUE;
}

/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

#pragma once

#include <baogao/baogao-plugin-info.h>

G_BEGIN_DECLS

struct _BaogaoPluginInfo
{
  gatomicrefcount ref_count;

  char     *file;          /* the .plugin keyfile */
  char     *module_dir;
  char     *module_name;
  char     *name;
  char     *description;   /* read from keyfile when first asked for */
  GKeyFile *keyfile;
  gsize     description_read;
  char     *version;
  char    **requires;
  char    **provides;
  guint     abi;

  GType     analyzer_type; /* once loaded */
  gboolean  loaded;
  GError   *error;         /* why the plugin is unavailable */
};

BaogaoPluginInfo *baogao_plugin_info_new_from_file (const char        *file,
                                                    GError           **error);
void              baogao_plugin_info_set_error     (BaogaoPluginInfo  *self,
                                                    const GError      *error);
gboolean          baogao_plugin_info_load          (BaogaoPluginInfo  *self,
                                                    GError           **error);

G_END_DECLS

/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

#pragma once

#if !defined(__BAOGAO_INSIDE__) && !defined(BAOGAO_COMPILATION)
#error "Only <baogao/baogao.h> can be included directly."
#endif

#include <glib-object.h>
#include <baogao/baogao-version-macros.h>

G_BEGIN_DECLS

#define BAOGAO_TYPE_PLUGIN_INFO (baogao_plugin_info_get_type ())

typedef struct _BaogaoPluginInfo BaogaoPluginInfo;

BAOGAO_AVAILABLE_IN_ALL
GType               baogao_plugin_info_get_type        (void) G_GNUC_CONST;
BAOGAO_AVAILABLE_IN_ALL
BaogaoPluginInfo   *baogao_plugin_info_ref             (BaogaoPluginInfo *self);
BAOGAO_AVAILABLE_IN_ALL
void                baogao_plugin_info_unref           (BaogaoPluginInfo *self);
BAOGAO_AVAILABLE_IN_ALL
const char         *baogao_plugin_info_get_name        (const BaogaoPluginInfo *self);
BAOGAO_AVAILABLE_IN_ALL
const char         *baogao_plugin_info_get_module_name (const BaogaoPluginInfo *self);
BAOGAO_AVAILABLE_IN_ALL
const char         *baogao_plugin_info_get_description (const BaogaoPluginInfo *self);
BAOGAO_AVAILABLE_IN_ALL
const char         *baogao_plugin_info_get_version     (const BaogaoPluginInfo *self);
BAOGAO_AVAILABLE_IN_ALL
const char * const *baogao_plugin_info_get_requires    (const BaogaoPluginInfo *self);
BAOGAO_AVAILABLE_IN_ALL
const char * const *baogao_plugin_info_get_provides    (const BaogaoPluginInfo *self);
BAOGAO_AVAILABLE_IN_ALL
guint               baogao_plugin_info_get_abi         (const BaogaoPluginInfo *self);
BAOGAO_AVAILABLE_IN_ALL
const char         *baogao_plugin_info_get_file        (const BaogaoPluginInfo *self);
BAOGAO_AVAILABLE_IN_ALL
const char         *baogao_plugin_info_get_module_dir  (const BaogaoPluginInfo *self);
BAOGAO_AVAILABLE_IN_ALL
gboolean            baogao_plugin_info_is_loaded       (const BaogaoPluginInfo *self);
BAOGAO_AVAILABLE_IN_ALL
gboolean            baogao_plugin_info_is_available    (const BaogaoPluginInfo *self,
                                                        GError                **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BaogaoPluginInfo, baogao_plugin_info_unref)

G_END_DECLS

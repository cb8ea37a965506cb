/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

#pragma once

#if !defined(__BAOGAO_INSIDE__) && !defined(BAOGAO_COMPILATION)
#error "Only <baogao/baogao.h> can be included directly."
#endif

#include <gio/gio.h>
#include <baogao/baogao-version-macros.h>
#include <baogao/baogao-analyzer.h>
#include <baogao/baogao-document.h>
#include <baogao/baogao-plugin-info.h>

G_BEGIN_DECLS

#define BAOGAO_TYPE_ENGINE (baogao_engine_get_type ())

BAOGAO_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (BaogaoEngine, baogao_engine, BAOGAO, ENGINE, GObject)

BAOGAO_AVAILABLE_IN_ALL
BaogaoEngine       *baogao_engine_new                  (void);
BAOGAO_AVAILABLE_IN_ALL
BaogaoEngine       *baogao_engine_new_with_search_path (const char * const *dirs);
BAOGAO_AVAILABLE_IN_ALL
char              **baogao_engine_get_default_search_path (void);
BAOGAO_AVAILABLE_IN_ALL
const char * const *baogao_engine_get_search_path      (BaogaoEngine       *self);

BAOGAO_AVAILABLE_IN_ALL
GPtrArray          *baogao_engine_get_plugins          (BaogaoEngine       *self);
BAOGAO_AVAILABLE_IN_ALL
BaogaoPluginInfo   *baogao_engine_get_plugin_info      (BaogaoEngine       *self,
                                                        const char         *name);
BAOGAO_AVAILABLE_IN_ALL
gboolean            baogao_engine_load_plugin          (BaogaoEngine       *self,
                                                        BaogaoPluginInfo   *info,
                                                        GError            **error);

BAOGAO_AVAILABLE_IN_ALL
gboolean            baogao_engine_add_analyzer         (BaogaoEngine       *self,
                                                        BaogaoAnalyzer     *analyzer,
                                                        GError            **error);
BAOGAO_AVAILABLE_IN_ALL
BaogaoAnalyzer     *baogao_engine_get_analyzer         (BaogaoEngine       *self,
                                                        const char         *name,
                                                        GError            **error);
BAOGAO_AVAILABLE_IN_ALL
gboolean            baogao_engine_select               (BaogaoEngine       *self,
                                                        const char * const *names,
                                                        GError            **error);
BAOGAO_AVAILABLE_IN_ALL
char              **baogao_engine_dup_plan             (BaogaoEngine       *self,
                                                        GError            **error);

BAOGAO_AVAILABLE_IN_ALL
guint               baogao_engine_get_max_threads      (BaogaoEngine       *self);
BAOGAO_AVAILABLE_IN_ALL
void                baogao_engine_set_max_threads      (BaogaoEngine       *self,
                                                        guint               max_threads);

BAOGAO_AVAILABLE_IN_ALL
gboolean            baogao_engine_analyze              (BaogaoEngine       *self,
                                                        BaogaoDocument     *document,
                                                        GCancellable       *cancellable,
                                                        GError            **error);

G_END_DECLS

/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

#pragma once

#if !defined(__BAOGAO_INSIDE__) && !defined(BAOGAO_COMPILATION)
#error "Only <baogao/baogao.h> can be included directly."
#endif

#include <gio/gio.h>
#include <baogao/baogao-version-macros.h>
#include <baogao/baogao-document.h>
#include <baogao/baogao-layer.h>
#include <baogao/baogao-plugin-info.h>

G_BEGIN_DECLS

#define BAOGAO_TYPE_ANALYZER (baogao_analyzer_get_type ())

BAOGAO_AVAILABLE_IN_ALL
G_DECLARE_INTERFACE (BaogaoAnalyzer, baogao_analyzer, BAOGAO, ANALYZER, GObject)

/**
 * BaogaoAnalyzerInterface:
 * @get_name: returns the analyzer's name, unique in an engine
 * @get_version: returns the analyzer's version
 * @get_description: returns a one-line description
 * @get_requires: returns what the analyzer reads: analyzer names or
 *   annotation types
 * @get_provides: returns the annotation types the analyzer writes
 * @analyze: reads @document and writes annotations into @layer
 *
 * The virtual methods of [iface@Baogao.Analyzer]. An analyzer loaded from a
 * plugin only needs @analyze: the metadata methods default to the values of
 * its `.plugin` file.
 */
struct _BaogaoAnalyzerInterface
{
  GTypeInterface g_iface;

  char      *(*get_name)        (BaogaoAnalyzer  *self);
  char      *(*get_version)     (BaogaoAnalyzer  *self);
  char      *(*get_description) (BaogaoAnalyzer  *self);
  char     **(*get_requires)    (BaogaoAnalyzer  *self);
  char     **(*get_provides)    (BaogaoAnalyzer  *self);
  gboolean   (*analyze)         (BaogaoAnalyzer  *self,
                                 BaogaoDocument  *document,
                                 BaogaoLayer     *layer,
                                 GCancellable    *cancellable,
                                 GError         **error);

  /*< private >*/
  gpointer padding[8];
};

BAOGAO_AVAILABLE_IN_ALL
char      *baogao_analyzer_get_name        (BaogaoAnalyzer  *self);
BAOGAO_AVAILABLE_IN_ALL
char      *baogao_analyzer_get_version     (BaogaoAnalyzer  *self);
BAOGAO_AVAILABLE_IN_ALL
char      *baogao_analyzer_get_description (BaogaoAnalyzer  *self);
BAOGAO_AVAILABLE_IN_ALL
char     **baogao_analyzer_get_requires    (BaogaoAnalyzer  *self);
BAOGAO_AVAILABLE_IN_ALL
char     **baogao_analyzer_get_provides    (BaogaoAnalyzer  *self);
BAOGAO_AVAILABLE_IN_ALL
BaogaoPluginInfo *baogao_analyzer_get_plugin_info (BaogaoAnalyzer *self);
BAOGAO_AVAILABLE_IN_ALL
gboolean   baogao_analyzer_analyze         (BaogaoAnalyzer  *self,
                                            BaogaoDocument  *document,
                                            BaogaoLayer     *layer,
                                            GCancellable    *cancellable,
                                            GError         **error);

G_END_DECLS

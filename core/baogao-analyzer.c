/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/**
 * BaogaoAnalyzer:
 *
 * Finds one kind of thing in a report and writes it as annotations.
 *
 * An analyzer has a name, a version, the annotation types it provides,
 * and what it requires: analyzer names or annotation types whose merged
 * layers it reads. The engine runs it after everything it requires, with
 * a fresh [class@Baogao.Layer] to write into.
 *
 * Analyzers loaded from a plugin implement only `analyze`; their name,
 * version, requirements and provided types come from the `.plugin` file.
 * Analyzers added at run time, for example written in Python, implement
 * the metadata methods too:
 *
 * ```python
 * class Shouting(GObject.Object, Baogao.Analyzer):
 *     def do_get_name(self): return "shouting"
 *     def do_get_version(self): return "1.0"
 *     def do_get_description(self): return "Marks exclamation marks"
 *     def do_get_requires(self): return []
 *     def do_get_provides(self): return ["shouting.mark"]
 *     def do_analyze(self, document, layer, cancellable):
 *         for i, ch in enumerate(document.get_text()):
 *             if ch == "！":
 *                 layer.add("shouting.mark", i, i + 1)
 *         return True
 * ```
 *
 * The `analyze` of a plugin's analyzer may run in a worker thread, at the
 * same time as other analyzers of the same level (and, when one engine
 * analyzes several documents at once, over other documents): it must not
 * change shared state without locking. Analyzers added as objects run in
 * the thread that called [method@Baogao.Engine.analyze], which is what
 * Python and JavaScript need.
 */

#include "baogao-analyzer-private.h"
#include "baogao-plugin-info-private.h"

G_DEFINE_INTERFACE (BaogaoAnalyzer, baogao_analyzer, G_TYPE_OBJECT)

static GQuark
plugin_info_quark (void)
{
  static GQuark quark;

  if (G_UNLIKELY (quark == 0))
    quark = g_quark_from_static_string ("baogao-plugin-info");
  return quark;
}

void
baogao_analyzer_set_plugin_info (BaogaoAnalyzer   *self,
                                 BaogaoPluginInfo *info)
{
  g_object_set_qdata_full (G_OBJECT (self), plugin_info_quark (),
                           baogao_plugin_info_ref (info),
                           (GDestroyNotify) baogao_plugin_info_unref);
}

/**
 * baogao_analyzer_get_plugin_info:
 * @self: an analyzer
 *
 * The plugin the analyzer was loaded from. A plugin finds its data files
 * in [method@Baogao.PluginInfo.get_module_dir].
 *
 * Returns: (transfer none) (nullable): the plugin info, or %NULL for an
 *   analyzer that was not loaded from a plugin
 */
BaogaoPluginInfo *
baogao_analyzer_get_plugin_info (BaogaoAnalyzer *self)
{
  g_return_val_if_fail (BAOGAO_IS_ANALYZER (self), NULL);
  return g_object_get_qdata (G_OBJECT (self), plugin_info_quark ());
}

static char *
default_get_name (BaogaoAnalyzer *self)
{
  BaogaoPluginInfo *info = baogao_analyzer_get_plugin_info (self);

  return g_strdup (info ? info->name : G_OBJECT_TYPE_NAME (self));
}

static char *
default_get_version (BaogaoAnalyzer *self)
{
  BaogaoPluginInfo *info = baogao_analyzer_get_plugin_info (self);

  return g_strdup (info ? info->version : "0");
}

static char *
default_get_description (BaogaoAnalyzer *self)
{
  BaogaoPluginInfo *info = baogao_analyzer_get_plugin_info (self);

  return g_strdup (info ? baogao_plugin_info_get_description (info) : "");
}

static char **
default_get_requires (BaogaoAnalyzer *self)
{
  BaogaoPluginInfo *info = baogao_analyzer_get_plugin_info (self);

  return info ? g_strdupv (info->requires) : g_new0 (char *, 1);
}

static char **
default_get_provides (BaogaoAnalyzer *self)
{
  BaogaoPluginInfo *info = baogao_analyzer_get_plugin_info (self);

  return info ? g_strdupv (info->provides) : g_new0 (char *, 1);
}

static void
baogao_analyzer_default_init (BaogaoAnalyzerInterface *iface)
{
  iface->get_name = default_get_name;
  iface->get_version = default_get_version;
  iface->get_description = default_get_description;
  iface->get_requires = default_get_requires;
  iface->get_provides = default_get_provides;
}

/**
 * baogao_analyzer_get_name:
 * @self: an analyzer
 *
 * The analyzer's name: unique among the analyzers of an engine, used in
 * `--analyzers`, in requirements and as the provenance of annotations.
 *
 * Returns: (transfer full): the name
 */
char *
baogao_analyzer_get_name (BaogaoAnalyzer *self)
{
  g_return_val_if_fail (BAOGAO_IS_ANALYZER (self), NULL);
  return BAOGAO_ANALYZER_GET_IFACE (self)->get_name (self);
}

/**
 * baogao_analyzer_get_version:
 * @self: an analyzer
 *
 * Returns: (transfer full): the analyzer's version
 */
char *
baogao_analyzer_get_version (BaogaoAnalyzer *self)
{
  g_return_val_if_fail (BAOGAO_IS_ANALYZER (self), NULL);
  return BAOGAO_ANALYZER_GET_IFACE (self)->get_version (self);
}

/**
 * baogao_analyzer_get_description:
 * @self: an analyzer
 *
 * Returns: (transfer full): a one-line description
 */
char *
baogao_analyzer_get_description (BaogaoAnalyzer *self)
{
  g_return_val_if_fail (BAOGAO_IS_ANALYZER (self), NULL);
  return BAOGAO_ANALYZER_GET_IFACE (self)->get_description (self);
}

/**
 * baogao_analyzer_get_requires:
 * @self: an analyzer
 *
 * What the analyzer reads: names of analyzers, or annotation types that
 * some analyzer provides.
 *
 * Returns: (transfer full) (array zero-terminated=1): the requirements
 */
char **
baogao_analyzer_get_requires (BaogaoAnalyzer *self)
{
  g_return_val_if_fail (BAOGAO_IS_ANALYZER (self), NULL);
  return BAOGAO_ANALYZER_GET_IFACE (self)->get_requires (self);
}

/**
 * baogao_analyzer_get_provides:
 * @self: an analyzer
 *
 * The annotation types the analyzer writes; its layer may hold no others.
 *
 * Returns: (transfer full) (array zero-terminated=1): the types
 */
char **
baogao_analyzer_get_provides (BaogaoAnalyzer *self)
{
  g_return_val_if_fail (BAOGAO_IS_ANALYZER (self), NULL);
  return BAOGAO_ANALYZER_GET_IFACE (self)->get_provides (self);
}

/**
 * baogao_analyzer_analyze:
 * @self: an analyzer
 * @document: the document, with the merged layers of what @self requires
 * @layer: where to write
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Analyzes a document. Called by the engine; an analyzer should check
 * @cancellable now and then on long inputs.
 *
 * Returns: %TRUE on success; on failure the layer is dropped and the
 *   failure recorded in the document
 */
gboolean
baogao_analyzer_analyze (BaogaoAnalyzer  *self,
                         BaogaoDocument  *document,
                         BaogaoLayer     *layer,
                         GCancellable    *cancellable,
                         GError         **error)
{
  BaogaoAnalyzerInterface *iface;

  g_return_val_if_fail (BAOGAO_IS_ANALYZER (self), FALSE);
  g_return_val_if_fail (BAOGAO_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (BAOGAO_IS_LAYER (layer), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  iface = BAOGAO_ANALYZER_GET_IFACE (self);
  if (iface->analyze == NULL)
    {
      g_autofree char *name = baogao_analyzer_get_name (self);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   "Analyzer “%s” does not implement analyze()", name);
      return FALSE;
    }

  return iface->analyze (self, document, layer, cancellable, error);
}

/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

#pragma once

/* The one header a C plugin module includes besides <baogao/baogao.h>.
 * It is not part of the introspected API. */

#include <baogao/baogao.h>

G_BEGIN_DECLS

/**
 * BAOGAO_PLUGIN_ENTRY_SYMBOL:
 *
 * The name of the function a plugin module exports. It returns the
 * #GType of the object implementing [iface@Baogao.Analyzer].
 */
#define BAOGAO_PLUGIN_ENTRY_SYMBOL "baogao_plugin_get_analyzer_type"

/**
 * BAOGAO_PLUGIN_ABI_SYMBOL:
 *
 * The name of the `const guint` a plugin module exports, set to the
 * [const@Baogao.PLUGIN_ABI] it was built against.
 */
#define BAOGAO_PLUGIN_ABI_SYMBOL "baogao_plugin_abi"

#define _BAOGAO_PLUGIN_EXPORT __attribute__((visibility ("default")))

/**
 * BAOGAO_DEFINE_PLUGIN:
 * @get_type_func: the `*_get_type` function of the analyzer type
 *
 * Exports the entry point and the ABI number of a plugin module. Use it
 * once, in one source file of the module, after the type is defined:
 *
 * |[<!-- language="C" -->
 * G_DEFINE_FINAL_TYPE_WITH_CODE (HelloAnalyzer, hello_analyzer, G_TYPE_OBJECT,
 *                                G_IMPLEMENT_INTERFACE (BAOGAO_TYPE_ANALYZER,
 *                                                       hello_analyzer_iface_init))
 * BAOGAO_DEFINE_PLUGIN (hello_analyzer_get_type)
 * ]|
 */
#define BAOGAO_DEFINE_PLUGIN(get_type_func)                                   \
  _BAOGAO_PLUGIN_EXPORT extern const guint baogao_plugin_abi;                 \
  _BAOGAO_PLUGIN_EXPORT const guint baogao_plugin_abi = BAOGAO_PLUGIN_ABI;   \
  _BAOGAO_PLUGIN_EXPORT GType baogao_plugin_get_analyzer_type (void);         \
  _BAOGAO_PLUGIN_EXPORT GType baogao_plugin_get_analyzer_type (void)          \
  {                                                                           \
    return get_type_func ();                                                  \
  }

G_END_DECLS

/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

#pragma once

#if !defined(__BAOGAO_INSIDE__) && !defined(BAOGAO_COMPILATION)
#error "Only <baogao/baogao.h> can be included directly."
#endif

#include <glib.h>
#include <baogao/baogao-version-macros.h>

G_BEGIN_DECLS

/**
 * BAOGAO_ERROR:
 *
 * Error domain for documents, readers, the JSON format and analyzer runs.
 * Errors in this domain are from the [error@Baogao.Error] enumeration.
 */
#define BAOGAO_ERROR (baogao_error_quark ())

/**
 * BaogaoError:
 * @BAOGAO_ERROR_FAILED: a generic failure
 * @BAOGAO_ERROR_INVALID_ENCODING: the input is not text in any supported
 *   encoding, or not in the encoding that was asked for
 * @BAOGAO_ERROR_BINARY_DATA: the input holds NUL bytes or other binary data
 * @BAOGAO_ERROR_INVALID_FORMAT: a serialized document or matcher is
 *   malformed, or was made for another machine or version
 * @BAOGAO_ERROR_UNKNOWN_ANALYZER: an analyzer was asked for by a name that no
 *   plugin or added analyzer has
 * @BAOGAO_ERROR_DUPLICATE_ANALYZER: an analyzer with the same name was
 *   already added
 * @BAOGAO_ERROR_ANALYZER_FAILED: an analyzer failed or broke its contract
 * @BAOGAO_ERROR_INVALID_SPAN: a span lies outside the text or does not fall on
 *   character boundaries
 *
 * Error codes of the `BAOGAO_ERROR` domain ([func@Baogao.Error.quark]).
 */
typedef enum {
  BAOGAO_ERROR_FAILED,
  BAOGAO_ERROR_INVALID_ENCODING,
  BAOGAO_ERROR_BINARY_DATA,
  BAOGAO_ERROR_INVALID_FORMAT,
  BAOGAO_ERROR_UNKNOWN_ANALYZER,
  BAOGAO_ERROR_DUPLICATE_ANALYZER,
  BAOGAO_ERROR_ANALYZER_FAILED,
  BAOGAO_ERROR_INVALID_SPAN,
} BaogaoError;

/**
 * BAOGAO_PLUGIN_ERROR:
 *
 * Error domain for plugin discovery and loading. Errors in this domain are
 * from the [error@Baogao.PluginError] enumeration; every message names the
 * plugin and, where there is one, the file.
 */
#define BAOGAO_PLUGIN_ERROR (baogao_plugin_error_quark ())

/**
 * BaogaoPluginError:
 * @BAOGAO_PLUGIN_ERROR_MALFORMED: the `.plugin` keyfile cannot be parsed or
 *   lacks a required key
 * @BAOGAO_PLUGIN_ERROR_MISSING_MODULE: the module named by the keyfile cannot
 *   be found or opened
 * @BAOGAO_PLUGIN_ERROR_MISSING_ENTRY_POINT: the module does not export the
 *   Baogao entry point or ABI number
 * @BAOGAO_PLUGIN_ERROR_ABI_MISMATCH: the keyfile or the module was built for
 *   another plugin ABI
 * @BAOGAO_PLUGIN_ERROR_NOT_AN_ANALYZER: the entry point returned a type that
 *   does not implement [iface@Baogao.Analyzer]
 * @BAOGAO_PLUGIN_ERROR_UNKNOWN_REQUIREMENT: a requirement is neither an
 *   analyzer name nor an annotation type that some analyzer provides
 * @BAOGAO_PLUGIN_ERROR_CYCLE: requirements form a cycle
 * @BAOGAO_PLUGIN_ERROR_DUPLICATE: another plugin with the same name was found
 *   earlier in the search path
 *
 * Error codes of the `BAOGAO_PLUGIN_ERROR` domain
 * ([func@Baogao.PluginError.quark]).
 */
typedef enum {
  BAOGAO_PLUGIN_ERROR_MALFORMED,
  BAOGAO_PLUGIN_ERROR_MISSING_MODULE,
  BAOGAO_PLUGIN_ERROR_MISSING_ENTRY_POINT,
  BAOGAO_PLUGIN_ERROR_ABI_MISMATCH,
  BAOGAO_PLUGIN_ERROR_NOT_AN_ANALYZER,
  BAOGAO_PLUGIN_ERROR_UNKNOWN_REQUIREMENT,
  BAOGAO_PLUGIN_ERROR_CYCLE,
  BAOGAO_PLUGIN_ERROR_DUPLICATE,
} BaogaoPluginError;

BAOGAO_AVAILABLE_IN_ALL
GQuark baogao_error_quark        (void);
BAOGAO_AVAILABLE_IN_ALL
GQuark baogao_plugin_error_quark (void);

G_END_DECLS

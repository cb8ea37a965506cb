/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

#include <baogao/baogao-error.h>

/**
 * baogao_error_quark:
 *
 * The quark of the `BAOGAO_ERROR` domain, whose codes are [error@Baogao.Error].
 *
 * Returns: the error domain
 */
G_DEFINE_QUARK (baogao-error-quark, baogao_error)

/**
 * baogao_plugin_error_quark:
 *
 * The quark of the `BAOGAO_PLUGIN_ERROR` domain, whose codes are
 * [error@Baogao.PluginError].
 *
 * Returns: the error domain
 */
G_DEFINE_QUARK (baogao-plugin-error-quark, baogao_plugin_error)

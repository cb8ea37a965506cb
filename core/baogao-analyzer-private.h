/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

#pragma once

#include <baogao/baogao-analyzer.h>

G_BEGIN_DECLS

void baogao_analyzer_set_plugin_info (BaogaoAnalyzer   *self,
                                      BaogaoPluginInfo *info);

G_END_DECLS

/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

#pragma once

#include <baogao/baogao.h>

#include "matcher-data.h"

G_BEGIN_DECLS

/* The matcher built with the plugin (legislation-matcher-data.c) and the
 * function that builds it */
G_GNUC_INTERNAL extern const MatcherData legislation_matcher_data;
BaogaoMatcher *legislation_build_matcher (GBytes *input);

gboolean legislation_write_instruments (BaogaoDocument  *document,
                                        BaogaoLayer     *layer,
                                        GCancellable    *cancellable,
                                        GError         **error);

G_END_DECLS

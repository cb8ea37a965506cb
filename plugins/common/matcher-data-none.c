/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/* No matcher built with the plugin (see matcher-data.h): linked into the
 * generator, which builds it, and into the modules of a cross build,
 * which build theirs at run time. Compiled with MATCHER_NAME. */

#include "matcher-data.h"

#ifndef MATCHER_NAME
#error "Compile with -DMATCHER_NAME=<plugin>_matcher_data"
#endif

G_GNUC_INTERNAL const MatcherData MATCHER_NAME = { NULL, 0, 0, 0 };

/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/* No tally tables compiled with the plugins (see baogao-tally.h): linked
 * into the generator, which compiles them, and into the modules of a
 * cross build, which compile theirs at run time. */

#include "baogao-tally.h"

G_GNUC_INTERNAL const TallyTablesData tally_tables_data = { 0 };

/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/* No entity model compiled with the plugin (see entity-model-data.h):
 * linked into the generator, which compiles it, and into the module of a
 * cross build, which makes its model at run time. */

#include "entity-model-data.h"

G_GNUC_INTERNAL const EntityModelData entity_model_data = { 0 };

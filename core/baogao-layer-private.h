/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

#pragma once

#include <baogao/baogao-layer.h>

#include "baogao-store-private.h"

G_BEGIN_DECLS

BaogaoLayer *baogao_layer_new        (BaogaoDocument  *document,
                                      const char      *analyzer_name,
                                      const char * const *provides);
gboolean     baogao_layer_check      (BaogaoLayer     *self,
                                      GError         **error);
void         baogao_layer_merge_into (BaogaoLayer     *self,
                                      BaogaoDocument  *document);

G_END_DECLS

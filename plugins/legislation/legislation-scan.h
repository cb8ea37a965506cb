/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

#pragma once

#include <baogao/baogao.h>

G_BEGIN_DECLS

gboolean legislation_write_instruments (BaogaoDocument  *document,
                                        BaogaoLayer     *layer,
                                        GCancellable    *cancellable,
                                        GError         **error);

G_END_DECLS

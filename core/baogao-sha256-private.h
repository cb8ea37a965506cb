/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The SHA-256 digest of @length bytes at @data, as 64 lower-case hex
 * digits; free with g_free(). Uses the processor's SHA instructions when it
 * has them, GLib's GChecksum otherwise. */
char *baogao_sha256_hex (const guint8 *data,
                         gsize         length);

G_END_DECLS

/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * BaogaoDecoded:
 * @text: the decoded text, UTF-8, NUL-terminated, line ends normalised to \n,
 *   no BOM
 * @length: length of @text in bytes
 * @encoding: canonical name of the source encoding: "UTF-8", "UTF-16LE",
 *   "UTF-16BE" or "GB18030" (or what the caller forced, upper-cased)
 *
 * What the text reader makes of a file's bytes.
 */
typedef struct
{
  char  *text;
  gsize  length;
  char  *encoding;
} BaogaoDecoded;

/*
 * baogao_decode_text:
 * @data: the raw bytes of a file
 * @length: their count
 * @encoding: (nullable): force this encoding (any iconv name; "GBK" and
 *   "GB2312" are read as GB18030), or %NULL to detect
 * @out: (out caller-allocates): the result, to free with baogao_decoded_clear()
 * @error: BAOGAO_ERROR_INVALID_ENCODING with the offset of the first bad byte,
 *   or BAOGAO_ERROR_BINARY_DATA
 */
gboolean baogao_decode_text   (const guint8  *data,
                               gsize          length,
                               const char    *encoding,
                               BaogaoDecoded *out,
                               GError       **error);
void     baogao_decoded_clear (BaogaoDecoded *decoded);

char    *baogao_canonical_encoding (const char *name);

G_END_DECLS

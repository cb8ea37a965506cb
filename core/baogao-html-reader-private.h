/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

#pragma once

#include <glib.h>
#include <gmodule.h>

#include "baogao-reader-private.h"

G_BEGIN_DECLS

/*
 * baogao_html_sniff:
 * @data: (array length=length): the first bytes of a file, or all of them
 * @length: their count
 *
 * Whether the bytes look like an HTML page: after an optional byte-order
 * mark (UTF-8 or UTF-16) and white space the input starts with `<`, and its
 * first KiB holds `<!DOCTYPE html`, `<html`, `<head`, `<body`, `<meta`,
 * `<div` or `<p` (any case).
 *
 * Returns: %TRUE for what looks like HTML
 */
gboolean baogao_html_sniff   (const guint8  *data,
                              gsize          length);

/*
 * baogao_html_extract:
 * @data: (array length=length): the raw bytes of an HTML page
 * @length: their count
 * @encoding: (nullable): force this charset (any iconv name; "GBK" and
 *   "GB2312" are read as GB18030), or %NULL to detect it
 * @out: (out caller-allocates): the main text of the page, to free with
 *   baogao_decoded_clear(): one paragraph per line, each line ended by `\n`,
 *   and the charset the page was read in ("UTF-8", "GB18030", …)
 * @error: %BAOGAO_ERROR_INVALID_ENCODING when the bytes are not text in the
 *   charset forced, declared or detected, or the forced charset is unknown;
 *   %BAOGAO_ERROR_BINARY_DATA for input full of NUL bytes;
 *   %BAOGAO_ERROR_FAILED for empty or oversized input
 *
 * Extracts the main text of a page (the article, without navigation, page
 * furniture and scripts). A page without text is not an error: @out then
 * holds an empty text.
 *
 * The reader, with libxml2, is a module loaded the first time a page is
 * read (baogao-html-loader.c), so that reading text files does not pay
 * for linking libxml2, ICU and libstdc++ at every start. The module is
 * looked for at $BAOGAO_HTML_READER, beside the library (a build tree),
 * and in the installed module directory; if none loads, this fails with
 * %BAOGAO_ERROR_FAILED saying so.
 *
 * Returns: %TRUE on success; on failure the fields of @out are %NULL
 */
gboolean baogao_html_extract (const guint8  *data,
                              gsize          length,
                              const char    *encoding,
                              BaogaoDecoded *out,
                              GError       **error);

/* The module's entry point, with the arguments of baogao_html_extract(). */
G_MODULE_EXPORT gboolean baogao_html_reader_extract (const guint8  *data,
                                                     gsize          length,
                                                     const char    *encoding,
                                                     BaogaoDecoded *out,
                                                     GError       **error);
#define BAOGAO_HTML_READER_SYMBOL "baogao_html_reader_extract"
typedef gboolean (* BaogaoHtmlExtractFunc) (const guint8  *data,
                                            gsize          length,
                                            const char    *encoding,
                                            BaogaoDecoded *out,
                                            GError       **error);

/* The first occurrence of @needle (lower case ASCII) in @hay, ignoring
 * ASCII case, or %NULL. */
const guint8 *baogao_find_ascii_nocase (const guint8 *hay,
                                        gsize         hay_length,
                                        const char   *needle);

G_END_DECLS

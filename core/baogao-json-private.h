/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

#pragma once

#include <baogao/baogao-document.h>

G_BEGIN_DECLS

#define BAOGAO_DOCUMENT_FORMAT "baogao-document/1"

/* The names of the repair kinds in JSON, by BaogaoTextRepair */
static const char * const baogao_json_repair_kinds[] = {
  [BAOGAO_TEXT_REPAIR_JOIN] = "join",
  [BAOGAO_TEXT_REPAIR_PRINT_MARKER] = "print_marker",
  [BAOGAO_TEXT_REPAIR_SPACE] = "space",
};

char           *baogao_json_write_document (BaogaoDocument  *document,
                                            BaogaoJsonFlags  flags,
                                            gsize           *length);
/* Writes the same JSON a part at a time, each passed to @func; FALSE
 * if @func refused one (nothing more was passed on after it) */
gboolean        baogao_json_write_document_with (BaogaoDocument  *document,
                                                 BaogaoJsonFlags  flags,
                                                 BaogaoWriteFunc  func,
                                                 gpointer         user_data);
BaogaoDocument *baogao_json_read_document  (const char      *data,
                                            gssize           length,
                                            GError         **error);

/* Appends @s (UTF-8, @len bytes) to @out as a JSON string literal. */
void            baogao_json_append_string  (GString         *out,
                                            const char      *s,
                                            gssize           len);
/* Appends a finite double so that it reads back as the same double and as
 * a double (always with a '.' or an exponent). */
void            baogao_json_append_double  (GString         *out,
                                            double           value);

G_END_DECLS

/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

#pragma once

#if !defined(__BAOGAO_INSIDE__) && !defined(BAOGAO_COMPILATION)
#error "Only <baogao/baogao.h> can be included directly."
#endif

#include <gio/gio.h>
#include <baogao/baogao-version-macros.h>
#include <baogao/baogao-annotation.h>
#include <baogao/baogao-indicator.h>

G_BEGIN_DECLS

/**
 * BaogaoJsonFlags:
 * @BAOGAO_JSON_NONE: compact output, everything included
 * @BAOGAO_JSON_PRETTY: indent the output for people
 * @BAOGAO_JSON_NO_TIMINGS: leave out `elapsed_us`, so that two runs of the
 *   same analyzers over the same input give identical bytes
 *
 * Flags for [method@Baogao.Document.to_json].
 */
typedef enum /*< flags >*/ {
  BAOGAO_JSON_NONE       = 0,
  BAOGAO_JSON_PRETTY     = 1 << 0,
  BAOGAO_JSON_NO_TIMINGS = 1 << 1,
} BaogaoJsonFlags;

/**
 * BaogaoWriteFunc:
 * @data: (array length=length) (element-type guint8): the next part of
 *   the output
 * @length: the length of @data in bytes
 * @user_data: the data passed with the function
 *
 * Takes one part of an output written in parts, such as the JSON of
 * [method@Baogao.Document.write_json_to_callback]. @data belongs to the
 * writer and is only valid during the call.
 *
 * Returns: %TRUE to go on, %FALSE to stop the writing (the function keeps
 *   the reason)
 */
typedef gboolean (*BaogaoWriteFunc) (const guint8 *data,
                                     gsize         length,
                                     gpointer      user_data);

/**
 * BaogaoRunStatus:
 * @BAOGAO_RUN_OK: the analyzer ran and its layer was merged
 * @BAOGAO_RUN_FAILED: the analyzer failed; its layer was dropped
 * @BAOGAO_RUN_SKIPPED: the analyzer did not run because something it
 *   requires failed or was skipped
 *
 * What became of one analyzer in a run, as recorded in the document.
 */
typedef enum {
  BAOGAO_RUN_OK,
  BAOGAO_RUN_FAILED,
  BAOGAO_RUN_SKIPPED,
} BaogaoRunStatus;

/**
 * BaogaoTextRepair:
 * @BAOGAO_TEXT_REPAIR_JOIN: a line break that a print layout put in the
 *   middle of a sentence was removed
 * @BAOGAO_TEXT_REPAIR_PRINT_MARKER: a print marker such as `(下转第五版)`
 *   was lifted out of the text
 * @BAOGAO_TEXT_REPAIR_SPACE: a stray space that a web or PDF copy put in a
 *   sentence of the body (`专 题询问`, or the spaces of a line spaced out
 *   character by character) was removed
 *
 * What the reader removed from a source text; see
 * [method@Baogao.Document.get_repair].
 */
typedef enum {
  BAOGAO_TEXT_REPAIR_JOIN,
  BAOGAO_TEXT_REPAIR_PRINT_MARKER,
  BAOGAO_TEXT_REPAIR_SPACE,
} BaogaoTextRepair;

#define BAOGAO_TYPE_DOCUMENT (baogao_document_get_type ())

BAOGAO_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (BaogaoDocument, baogao_document, BAOGAO, DOCUMENT, GObject)

BAOGAO_AVAILABLE_IN_ALL
BaogaoDocument  *baogao_document_new                  (const char      *text,
                                                       gssize           length,
                                                       GError         **error);
BAOGAO_AVAILABLE_IN_ALL
BaogaoDocument  *baogao_document_new_from_bytes       (GBytes          *bytes,
                                                       const char      *encoding,
                                                       GError         **error);
BAOGAO_AVAILABLE_IN_ALL
BaogaoDocument  *baogao_document_new_from_file        (const char      *path,
                                                       const char      *encoding,
                                                       GError         **error);
BAOGAO_AVAILABLE_IN_ALL
BaogaoDocument  *baogao_document_new_from_json        (const char      *data,
                                                       gssize           length,
                                                       GError         **error);

BAOGAO_AVAILABLE_IN_ALL
const char      *baogao_document_get_text             (BaogaoDocument  *self);
BAOGAO_AVAILABLE_IN_ALL
gsize            baogao_document_get_size             (BaogaoDocument  *self);
BAOGAO_AVAILABLE_IN_ALL
gsize            baogao_document_get_length           (BaogaoDocument  *self);
BAOGAO_AVAILABLE_IN_ALL
gsize            baogao_document_offset_to_byte       (BaogaoDocument  *self,
                                                       gsize            offset);
BAOGAO_AVAILABLE_IN_ALL
gsize            baogao_document_byte_to_offset       (BaogaoDocument  *self,
                                                       gsize            byte_offset);
BAOGAO_AVAILABLE_IN_ALL
char            *baogao_document_dup_slice            (BaogaoDocument  *self,
                                                       gsize            start,
                                                       gsize            end);

BAOGAO_AVAILABLE_IN_ALL
const char      *baogao_document_get_source_path      (BaogaoDocument  *self);
BAOGAO_AVAILABLE_IN_ALL
void             baogao_document_set_source_path      (BaogaoDocument  *self,
                                                       const char      *path);
BAOGAO_AVAILABLE_IN_ALL
const char      *baogao_document_get_source_encoding  (BaogaoDocument  *self);
BAOGAO_AVAILABLE_IN_ALL
const char      *baogao_document_get_source_sha256    (BaogaoDocument  *self);
BAOGAO_AVAILABLE_IN_ALL
const char      *baogao_document_get_media_type       (BaogaoDocument  *self);

BAOGAO_AVAILABLE_IN_ALL
guint            baogao_document_get_n_repairs        (BaogaoDocument  *self);
BAOGAO_AVAILABLE_IN_ALL
BaogaoTextRepair baogao_document_get_repair           (BaogaoDocument  *self,
                                                       guint            index,
                                                       gsize           *offset,
                                                       const char     **removed,
                                                       guint           *page);
BAOGAO_AVAILABLE_IN_ALL
char            *baogao_document_dup_source_text      (BaogaoDocument  *self);
BAOGAO_AVAILABLE_IN_ALL
void             baogao_document_get_source_span      (BaogaoDocument  *self,
                                                       gsize            start,
                                                       gsize            end,
                                                       gsize           *source_start,
                                                       gsize           *source_end);

BAOGAO_AVAILABLE_IN_ALL
char           **baogao_document_dup_metadata_keys    (BaogaoDocument  *self);
BAOGAO_AVAILABLE_IN_ALL
BaogaoValueType  baogao_document_get_metadata_type    (BaogaoDocument  *self,
                                                       const char      *key);
BAOGAO_AVAILABLE_IN_ALL
const char      *baogao_document_get_metadata         (BaogaoDocument  *self,
                                                       const char      *key);
BAOGAO_AVAILABLE_IN_ALL
gint64           baogao_document_get_metadata_int     (BaogaoDocument  *self,
                                                       const char      *key,
                                                       gint64           default_value);
BAOGAO_AVAILABLE_IN_ALL
void             baogao_document_set_metadata         (BaogaoDocument  *self,
                                                       const char      *key,
                                                       const char      *value);
BAOGAO_AVAILABLE_IN_ALL
void             baogao_document_set_metadata_int     (BaogaoDocument  *self,
                                                       const char      *key,
                                                       gint64           value);

BAOGAO_AVAILABLE_IN_ALL
guint            baogao_document_get_n_annotations    (BaogaoDocument  *self);
BAOGAO_AVAILABLE_IN_ALL
BaogaoAnnotation *baogao_document_get_annotation      (BaogaoDocument  *self,
                                                       guint            id);
BAOGAO_AVAILABLE_IN_ALL
GPtrArray       *baogao_document_get_annotations      (BaogaoDocument  *self,
                                                       const char      *type);
BAOGAO_AVAILABLE_IN_ALL
GPtrArray       *baogao_document_get_annotations_at   (BaogaoDocument  *self,
                                                       gsize            offset,
                                                       const char      *type);
BAOGAO_AVAILABLE_IN_ALL
GPtrArray       *baogao_document_get_annotations_inside (BaogaoDocument *self,
                                                       gsize            start,
                                                       gsize            end,
                                                       const char      *type);
BAOGAO_AVAILABLE_IN_ALL
GPtrArray       *baogao_document_get_annotations_overlapping (BaogaoDocument *self,
                                                       gsize            start,
                                                       gsize            end,
                                                       const char      *type);

BAOGAO_AVAILABLE_IN_ALL
GPtrArray       *baogao_document_get_indicators       (BaogaoDocument  *self);

BAOGAO_AVAILABLE_IN_ALL
char           **baogao_document_dup_analyzer_names   (BaogaoDocument  *self);
BAOGAO_AVAILABLE_IN_ALL
BaogaoRunStatus  baogao_document_get_analyzer_status  (BaogaoDocument  *self,
                                                       const char      *name,
                                                       const char     **message);

BAOGAO_AVAILABLE_IN_ALL
char            *baogao_document_to_json              (BaogaoDocument  *self,
                                                       BaogaoJsonFlags  flags,
                                                       gsize           *length);
BAOGAO_AVAILABLE_IN_ALL
gboolean         baogao_document_write_json           (BaogaoDocument  *self,
                                                       GOutputStream   *stream,
                                                       BaogaoJsonFlags  flags,
                                                       GCancellable    *cancellable,
                                                       GError         **error);
BAOGAO_AVAILABLE_IN_ALL
gboolean         baogao_document_write_json_to_callback (BaogaoDocument  *self,
                                                         BaogaoJsonFlags  flags,
                                                         BaogaoWriteFunc  func,
                                                         gpointer         user_data);
BAOGAO_AVAILABLE_IN_ALL
gboolean         baogao_document_save_json            (BaogaoDocument  *self,
                                                       const char      *path,
                                                       BaogaoJsonFlags  flags,
                                                       GError         **error);

G_END_DECLS

/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

#pragma once

#if !defined(__BAOGAO_INSIDE__) && !defined(BAOGAO_COMPILATION)
#error "Only <baogao/baogao.h> can be included directly."
#endif

#include <glib-object.h>
#include <baogao/baogao-version-macros.h>
#include <baogao/baogao-annotation.h>
#include <baogao/baogao-document.h>

G_BEGIN_DECLS

/**
 * BAOGAO_LAYER_INVALID:
 *
 * The handle [method@Baogao.Layer.add] returns when a span is refused.
 */
#define BAOGAO_LAYER_INVALID G_MAXUINT

#define BAOGAO_TYPE_LAYER (baogao_layer_get_type ())

BAOGAO_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (BaogaoLayer, baogao_layer, BAOGAO, LAYER, GObject)

BAOGAO_AVAILABLE_IN_ALL
BaogaoDocument *baogao_layer_get_document      (BaogaoLayer      *self);
BAOGAO_AVAILABLE_IN_ALL
const char     *baogao_layer_get_analyzer_name (BaogaoLayer      *self);
BAOGAO_AVAILABLE_IN_ALL
guint           baogao_layer_get_n_annotations (BaogaoLayer      *self);

BAOGAO_AVAILABLE_IN_ALL
guint           baogao_layer_add               (BaogaoLayer      *self,
                                                const char       *type,
                                                gsize             start,
                                                gsize             end);
BAOGAO_AVAILABLE_IN_ALL
guint           baogao_layer_add_bytes         (BaogaoLayer      *self,
                                                const char       *type,
                                                gsize             byte_start,
                                                gsize             byte_end);
BAOGAO_AVAILABLE_IN_ALL
void            baogao_layer_set_parent        (BaogaoLayer      *self,
                                                guint             handle,
                                                BaogaoAnnotation *parent);
BAOGAO_AVAILABLE_IN_ALL
void            baogao_layer_set_local_parent  (BaogaoLayer      *self,
                                                guint             handle,
                                                guint             parent_handle);
BAOGAO_AVAILABLE_IN_ALL
void            baogao_layer_set_string        (BaogaoLayer      *self,
                                                guint             handle,
                                                const char       *key,
                                                const char       *value);
BAOGAO_AVAILABLE_IN_ALL
void            baogao_layer_set_string_len    (BaogaoLayer      *self,
                                                guint             handle,
                                                const char       *key,
                                                const char       *value,
                                                gssize            length);
BAOGAO_AVAILABLE_IN_ALL
void            baogao_layer_set_int           (BaogaoLayer      *self,
                                                guint             handle,
                                                const char       *key,
                                                gint64            value);
BAOGAO_AVAILABLE_IN_ALL
void            baogao_layer_set_double        (BaogaoLayer      *self,
                                                guint             handle,
                                                const char       *key,
                                                double            value);
BAOGAO_AVAILABLE_IN_ALL
void            baogao_layer_set_boolean       (BaogaoLayer      *self,
                                                guint             handle,
                                                const char       *key,
                                                gboolean          value);
BAOGAO_AVAILABLE_IN_ALL
void            baogao_layer_set_metadata      (BaogaoLayer      *self,
                                                const char       *key,
                                                const char       *value);
BAOGAO_AVAILABLE_IN_ALL
void            baogao_layer_set_metadata_int  (BaogaoLayer      *self,
                                                const char       *key,
                                                gint64            value);

G_END_DECLS

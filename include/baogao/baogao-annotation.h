/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

#pragma once

#if !defined(__BAOGAO_INSIDE__) && !defined(BAOGAO_COMPILATION)
#error "Only <baogao/baogao.h> can be included directly."
#endif

#include <glib-object.h>
#include <baogao/baogao-version-macros.h>

G_BEGIN_DECLS

/**
 * BaogaoValueType:
 * @BAOGAO_VALUE_NONE: no such feature
 * @BAOGAO_VALUE_STRING: a UTF-8 string
 * @BAOGAO_VALUE_INT: a 64-bit signed integer
 * @BAOGAO_VALUE_DOUBLE: a double
 * @BAOGAO_VALUE_BOOLEAN: a boolean
 *
 * The type of a feature or metadata value.
 */
typedef enum {
  BAOGAO_VALUE_NONE,
  BAOGAO_VALUE_STRING,
  BAOGAO_VALUE_INT,
  BAOGAO_VALUE_DOUBLE,
  BAOGAO_VALUE_BOOLEAN,
} BaogaoValueType;

#define BAOGAO_TYPE_ANNOTATION (baogao_annotation_get_type ())

typedef struct _BaogaoAnnotation BaogaoAnnotation;

BAOGAO_AVAILABLE_IN_ALL
GType                baogao_annotation_get_type          (void) G_GNUC_CONST;

BAOGAO_AVAILABLE_IN_ALL
BaogaoAnnotation    *baogao_annotation_ref               (BaogaoAnnotation *self);
BAOGAO_AVAILABLE_IN_ALL
void                 baogao_annotation_unref             (BaogaoAnnotation *self);

BAOGAO_AVAILABLE_IN_ALL
guint                baogao_annotation_get_id            (const BaogaoAnnotation *self);
BAOGAO_AVAILABLE_IN_ALL
const char          *baogao_annotation_get_annotation_type (const BaogaoAnnotation *self);
BAOGAO_AVAILABLE_IN_ALL
gsize                baogao_annotation_get_start         (const BaogaoAnnotation *self);
BAOGAO_AVAILABLE_IN_ALL
gsize                baogao_annotation_get_end           (const BaogaoAnnotation *self);
BAOGAO_AVAILABLE_IN_ALL
gsize                baogao_annotation_get_byte_start    (const BaogaoAnnotation *self);
BAOGAO_AVAILABLE_IN_ALL
gsize                baogao_annotation_get_byte_end      (const BaogaoAnnotation *self);
BAOGAO_AVAILABLE_IN_ALL
char                *baogao_annotation_dup_text          (const BaogaoAnnotation *self);
BAOGAO_AVAILABLE_IN_ALL
const char          *baogao_annotation_get_analyzer      (const BaogaoAnnotation *self);
BAOGAO_AVAILABLE_IN_ALL
char               **baogao_annotation_dup_provenance    (const BaogaoAnnotation *self);
BAOGAO_AVAILABLE_IN_ALL
BaogaoAnnotation    *baogao_annotation_get_parent        (const BaogaoAnnotation *self);

BAOGAO_AVAILABLE_IN_ALL
gboolean             baogao_annotation_has_feature       (const BaogaoAnnotation *self,
                                                          const char             *key);
BAOGAO_AVAILABLE_IN_ALL
BaogaoValueType      baogao_annotation_get_feature_type  (const BaogaoAnnotation *self,
                                                          const char             *key);
BAOGAO_AVAILABLE_IN_ALL
char               **baogao_annotation_dup_feature_keys  (const BaogaoAnnotation *self);
BAOGAO_AVAILABLE_IN_ALL
const char          *baogao_annotation_get_string        (const BaogaoAnnotation *self,
                                                          const char             *key);
BAOGAO_AVAILABLE_IN_ALL
gint64               baogao_annotation_get_int           (const BaogaoAnnotation *self,
                                                          const char             *key,
                                                          gint64                  default_value);
BAOGAO_AVAILABLE_IN_ALL
double               baogao_annotation_get_double        (const BaogaoAnnotation *self,
                                                          const char             *key,
                                                          double                  default_value);
BAOGAO_AVAILABLE_IN_ALL
gboolean             baogao_annotation_get_boolean       (const BaogaoAnnotation *self,
                                                          const char             *key,
                                                          gboolean                default_value);
BAOGAO_AVAILABLE_IN_ALL
gboolean             baogao_annotation_get_feature       (const BaogaoAnnotation *self,
                                                          const char             *key,
                                                          GValue                 *value);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BaogaoAnnotation, baogao_annotation_unref)

G_END_DECLS

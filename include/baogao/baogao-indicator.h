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

G_BEGIN_DECLS

#define BAOGAO_TYPE_INDICATOR (baogao_indicator_get_type ())

typedef struct _BaogaoIndicator BaogaoIndicator;

BAOGAO_AVAILABLE_IN_ALL
GType             baogao_indicator_get_type       (void) G_GNUC_CONST;
BAOGAO_AVAILABLE_IN_ALL
BaogaoIndicator  *baogao_indicator_ref            (BaogaoIndicator *self);
BAOGAO_AVAILABLE_IN_ALL
void              baogao_indicator_unref          (BaogaoIndicator *self);
BAOGAO_AVAILABLE_IN_ALL
const char       *baogao_indicator_get_key        (const BaogaoIndicator *self);
BAOGAO_AVAILABLE_IN_ALL
double            baogao_indicator_get_value      (const BaogaoIndicator *self);
BAOGAO_AVAILABLE_IN_ALL
const char       *baogao_indicator_get_unit       (const BaogaoIndicator *self);
BAOGAO_AVAILABLE_IN_ALL
const char       *baogao_indicator_get_approx     (const BaogaoIndicator *self);
BAOGAO_AVAILABLE_IN_ALL
const char       *baogao_indicator_get_scope      (const BaogaoIndicator *self);
BAOGAO_AVAILABLE_IN_ALL
const char       *baogao_indicator_get_period     (const BaogaoIndicator *self);
BAOGAO_AVAILABLE_IN_ALL
gboolean          baogao_indicator_get_normalized (const BaogaoIndicator *self,
                                                   double                *normalized,
                                                   gboolean              *is_integer);
BAOGAO_AVAILABLE_IN_ALL
const char       *baogao_indicator_get_base_unit  (const BaogaoIndicator *self);
BAOGAO_AVAILABLE_IN_ALL
BaogaoAnnotation *baogao_indicator_get_annotation (const BaogaoIndicator *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BaogaoIndicator, baogao_indicator_unref)

G_END_DECLS

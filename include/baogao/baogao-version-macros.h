/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

#pragma once

#if !defined(__BAOGAO_INSIDE__) && !defined(BAOGAO_COMPILATION)
#error "Only <baogao/baogao.h> can be included directly."
#endif

#include <glib.h>

#ifndef _BAOGAO_EXTERN
# define _BAOGAO_EXTERN __attribute__((visibility ("default"))) extern
#endif

#define BAOGAO_AVAILABLE_IN_ALL _BAOGAO_EXTERN

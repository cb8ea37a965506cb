/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

#pragma once

#define __BAOGAO_INSIDE__

#include <baogao/baogao-version.h>
#include <baogao/baogao-version-macros.h>
#include <baogao/baogao-error.h>
#include <baogao/baogao-annotation.h>
#include <baogao/baogao-indicator.h>
#include <baogao/baogao-document.h>
#include <baogao/baogao-layer.h>
#include <baogao/baogao-analyzer.h>
#include <baogao/baogao-plugin-info.h>
#include <baogao/baogao-engine.h>
#include <baogao/baogao-matcher.h>
#include <baogao/baogao-enum-types.h>

#undef __BAOGAO_INSIDE__

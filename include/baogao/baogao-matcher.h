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
 * BaogaoMatchFlags:
 * @BAOGAO_MATCH_ALL: report every occurrence of every keyword, overlapping
 *   and nested ones included, ordered by end then by length (longest first)
 * @BAOGAO_MATCH_LONGEST: report leftmost-longest, non-overlapping matches in
 *   text order: the longest keyword starting at the earliest offset, then
 *   the same again after its end
 *
 * How [method@Baogao.Matcher.scan] reports matches. The values are
 * alternatives, not bits to combine.
 *
 * Since: 0.1
 */
typedef enum {
  BAOGAO_MATCH_ALL,
  BAOGAO_MATCH_LONGEST,
} BaogaoMatchFlags;

/**
 * BaogaoMatchFunc:
 * @byte_start: where the match starts, in bytes
 * @byte_end: where the match ends (exclusive), in bytes
 * @value: the value the keyword was added with
 * @user_data: the data passed to [method@Baogao.Matcher.scan]
 *
 * Called for each match, in the thread that called
 * [method@Baogao.Matcher.scan]. Offsets are in bytes from the start of the
 * scanned text; `text + byte_start` is the matched keyword.
 *
 * Returns: %TRUE to go on, %FALSE to stop the scan
 *
 * Since: 0.1
 */
typedef gboolean (*BaogaoMatchFunc) (gsize    byte_start,
                                     gsize    byte_end,
                                     guint    value,
                                     gpointer user_data);

#define BAOGAO_TYPE_MATCHER (baogao_matcher_get_type ())

typedef struct _BaogaoMatcher BaogaoMatcher;

BAOGAO_AVAILABLE_IN_ALL
GType          baogao_matcher_get_type (void) G_GNUC_CONST;
BAOGAO_AVAILABLE_IN_ALL
BaogaoMatcher *baogao_matcher_new      (void);
BAOGAO_AVAILABLE_IN_ALL
BaogaoMatcher *baogao_matcher_ref      (BaogaoMatcher   *self);
BAOGAO_AVAILABLE_IN_ALL
void           baogao_matcher_unref    (BaogaoMatcher   *self);
BAOGAO_AVAILABLE_IN_ALL
void           baogao_matcher_add      (BaogaoMatcher   *self,
                                        const char      *keyword,
                                        guint            value);
BAOGAO_AVAILABLE_IN_ALL
guint          baogao_matcher_get_n_keywords (BaogaoMatcher *self);
BAOGAO_AVAILABLE_IN_ALL
void           baogao_matcher_seal     (BaogaoMatcher   *self);
BAOGAO_AVAILABLE_IN_ALL
GBytes        *baogao_matcher_serialize (BaogaoMatcher *self);
BAOGAO_AVAILABLE_IN_ALL
BaogaoMatcher *baogao_matcher_new_from_bytes (GBytes   *bytes,
                                              gboolean  trusted,
                                              GError  **error);
BAOGAO_AVAILABLE_IN_ALL
void           baogao_matcher_scan     (BaogaoMatcher   *self,
                                        const char      *text,
                                        gssize           length,
                                        BaogaoMatchFlags flags,
                                        BaogaoMatchFunc  func,
                                        gpointer         user_data);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BaogaoMatcher, baogao_matcher_unref)

G_END_DECLS

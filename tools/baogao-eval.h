/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

#pragma once

/* `baogao eval` scoring, shared by baogao-cmd-eval.c and
 * baogao-eval-score.c only; this header is not installed. */

#include <json-glib/json-glib.h>

#include "baogao-tool.h"

G_BEGIN_DECLS

/*
 * ToolEvalFigure:
 * @name: (not nullable): a static name, such as `approx_accuracy`
 * @value: its value, from 0 to 1
 *
 * A figure of a layer besides precision, recall and F1: the accuracy of a
 * secondary attribute among the matched entries.
 */
typedef struct
{
  const char *name;
  double      value;
} ToolEvalFigure;

/*
 * ToolEvalLayer:
 * @name: the layer: a list of the gold (`quantities`, `people`, …) or a
 *   part of one (`tallies.legislation`)
 * @n_gold: entries of the gold
 * @n_predicted: what the analyzers predicted for the layer
 * @tp: gold entries found
 * @fp: predictions that match no gold entry
 * @fn: gold entries not found
 * @precision: (@n_predicted - @fp) / @n_predicted
 * @recall: @tp / @n_gold
 * @f1: the harmonic mean of @precision and @recall
 * @precision_note: (nullable): a static sentence saying why the precision
 *   is only indicative in the gold's shape
 * @figures: (element-type ToolEvalFigure): accuracies
 *
 * The score of one layer.
 */
typedef struct
{
  char       *name;
  guint       n_gold;
  guint       n_predicted;
  guint       tp;
  guint       fp;
  guint       fn;
  double      precision;
  double      recall;
  double      f1;
  const char *precision_note;
  GArray     *figures;
} ToolEvalLayer;

void        tool_eval_layer_free        (ToolEvalLayer        *layer);
GPtrArray  *tool_eval_score             (BaogaoDocument       *document,
                                         JsonObject           *gold);
gboolean    tool_eval_layer_lookup      (const ToolEvalLayer  *layer,
                                         const char           *metric,
                                         double               *value);
gboolean    tool_eval_is_layer_name     (const char           *name);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ToolEvalLayer, tool_eval_layer_free)

G_END_DECLS

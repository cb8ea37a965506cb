/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/**
 * baogao eval:
 *
 * Scores an analyzed report against a hand-checked gold file: precision,
 * recall and F1 for each layer the gold holds, with the accuracy of a
 * secondary attribute (topic, measure, action, approx, title) where there
 * is one.
 *
 * ```
 * baogao eval result.json heilongjiang-2024.gold.json
 * baogao eval --json heilongjiang-2024.txt heilongjiang-2024.gold.json
 * baogao eval --bars bars.ini result.json heilongjiang-2024.gold.json
 * ```
 *
 * ## The result
 *
 * Either a `baogao-document/1` JSON document (as `baogao analyze` writes
 * it; an array of one document is accepted too), or a report, which is
 * analyzed first by every analyzer found on the plugin path. A file whose
 * first non-blank character is `{` or `[` is taken for JSON.
 *
 * ## Bars
 *
 * `--bars FILE` reads minimum values from a [struct@GLib.KeyFile], one group
 * per layer, one key per metric:
 *
 * ```ini
 * [quantities]
 * precision=0.95
 * recall=0.95
 * approx_accuracy=0.95
 * ```
 *
 * When a value is under its bar, the status is 5. A layer the gold does
 * not hold is reported as a warning and its bars are skipped; an unknown
 * layer or metric is a usage error.
 *
 * The matching rules are those of the test suite's scorers; see
 * `baogao-eval-score.c`.
 */

#include <string.h>

#include "baogao-eval.h"

#define BAR_EPSILON 1e-12

typedef struct
{
  char    *layer;
  char    *metric;
  double   bar;
  double   value;
  gboolean ok;
} BarCheck;

static void
bar_check_clear (gpointer data)
{
  BarCheck *check = data;

  g_free (check->layer);
  g_free (check->metric);
}

/* ------------------------------------------------------------------------ */
/* Loading                                                                   */

/* The first character of the data after a UTF-8 BOM and blanks, or 0. */
static char
first_character (const char *data,
                 gsize       length)
{
  gsize i = 0;

  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    i = 3;
  while (i < length && g_ascii_isspace (data[i]))
    i++;

  return i < length ? data[i] : '\0';
}

static gboolean
looks_like_json (const char *data,
                 gsize       length)
{
  char first = first_character (data, length);

  return first == '{' || first == '[';
}

/* A document from its JSON: an object, or an array holding one. */
static BaogaoDocument *
document_from_json (const char  *data,
                    gsize        length,
                    GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autofree char *element = NULL;
  JsonArray *array;
  JsonNode *root;

  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
    }

  if (first_character (data, length) == '{')
    return baogao_document_new_from_json (data, (gssize) length, error);

  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, data, (gssize) length, error))
    return NULL;

  root = json_parser_get_root (parser);
  array = json_node_get_array (root);
  if (json_array_get_length (array) != 1)
    {
      g_set_error (error, BAOGAO_ERROR, BAOGAO_ERROR_INVALID_FORMAT,
                   "holds %u documents; eval scores one",
                   json_array_get_length (array));
      return NULL;
    }

  element = json_to_string (json_array_get_element (array, 0), FALSE);

  return baogao_document_new_from_json (element, -1, error);
}

static void
warn_about_analyzers (BaogaoDocument *document,
                      const char     *display)
{
  g_auto(GStrv) names = baogao_document_dup_analyzer_names (document);

  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      const char *message = NULL;
      BaogaoRunStatus status = baogao_document_get_analyzer_status (document, names[i], &message);

      if (status == BAOGAO_RUN_FAILED)
        tool_warning (display, "analyzer “%s” failed: %s", names[i],
                      message != NULL ? message : "no message");
      else if (status == BAOGAO_RUN_SKIPPED)
        tool_warning (display, "analyzer “%s” skipped: %s", names[i],
                      message != NULL ? message : "a requirement did not run");
    }
}

/* Runs every analyzer on the plugin path over a report. */
static int
analyze_report (GBytes          *bytes,
                const char      *display,
                BaogaoDocument **out)
{
  g_autoptr(BaogaoEngine) engine = baogao_engine_new ();
  g_autoptr(BaogaoDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) plan = NULL;

  document = baogao_document_new_from_bytes (bytes, NULL, &error);
  if (document == NULL)
    {
      tool_error (display, "%s", error->message);
      return TOOL_EXIT_IO;
    }
  baogao_document_set_source_path (document, display);

  if (!baogao_engine_select (engine, NULL, &error)
      || (plan = baogao_engine_dup_plan (engine, &error)) == NULL)
    {
      tool_error (NULL, "%s", error->message);
      return TOOL_EXIT_SETUP;
    }

  if (!baogao_engine_analyze (engine, document, NULL, &error)
      && !g_error_matches (error, BAOGAO_ERROR, BAOGAO_ERROR_ANALYZER_FAILED))
    {
      tool_error (display, "%s", error->message);
      return TOOL_EXIT_SETUP;
    }
  warn_about_analyzers (document, display);

  *out = g_steal_pointer (&document);
  return TOOL_EXIT_OK;
}

static int
load_result (const char      *path,
             BaogaoDocument **out)
{
  g_autofree char *display = g_filename_display_name (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  char *data = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &data, &length, &error))
    {
      tool_error (display, "%s", error->message);
      return TOOL_EXIT_IO;
    }
  bytes = g_bytes_new_take (data, length);

  if (!looks_like_json (data, length))
    return analyze_report (bytes, display, out);

  *out = document_from_json (data, length, &error);
  if (*out == NULL)
    {
      tool_error (display, "not a baogao-document/1 JSON document: %s", error->message);
      return TOOL_EXIT_IO;
    }

  return TOOL_EXIT_OK;
}

static int
load_gold (const char  *path,
           JsonParser  *parser,
           JsonObject **out)
{
  g_autofree char *display = g_filename_display_name (path);
  g_autoptr(GError) error = NULL;
  JsonNode *root;

  if (!json_parser_load_from_file (parser, path, &error))
    {
      tool_error (display, "%s", error->message);
      return TOOL_EXIT_IO;
    }

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      tool_error (display, "a gold file is a JSON object");
      return TOOL_EXIT_IO;
    }

  *out = json_node_get_object (root);
  return TOOL_EXIT_OK;
}

/* ------------------------------------------------------------------------ */
/* Bars                                                                      */

static const ToolEvalLayer *
find_layer (GPtrArray  *layers,
            const char *name)
{
  for (guint i = 0; i < layers->len; i++)
    {
      const ToolEvalLayer *layer = layers->pdata[i];

      if (g_str_equal (layer->name, name))
        return layer;
    }

  return NULL;
}

/* Metrics a bar may name, whether the gold allows them or not. */
static gboolean
is_metric_name (const char *name)
{
  static const char * const metrics[] = {
    "precision", "recall", "f1", "topic_accuracy", "no_merge", "approx_accuracy",
    "measure_accuracy", "action_accuracy", "level_accuracy", "body_accuracy",
    "title_accuracy",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (metrics); i++)
    if (g_str_equal (metrics[i], name))
      return TRUE;

  return FALSE;
}

static int
check_bars (const char *path,
            GPtrArray  *layers,
            GArray     *checks)
{
  g_autofree char *display = g_filename_display_name (path);
  g_autoptr(GKeyFile) keyfile = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) groups = NULL;

  if (!g_key_file_load_from_file (keyfile, path, G_KEY_FILE_NONE, &error))
    {
      tool_error (display, "%s", error->message);
      return error->domain == G_FILE_ERROR ? TOOL_EXIT_IO : TOOL_EXIT_USAGE;
    }

  groups = g_key_file_get_groups (keyfile, NULL);
  for (guint g = 0; groups[g] != NULL; g++)
    {
      const ToolEvalLayer *layer;
      g_auto(GStrv) keys = NULL;

      if (!tool_eval_is_layer_name (groups[g]))
        {
          tool_error (display, "unknown layer “%s”", groups[g]);
          return TOOL_EXIT_USAGE;
        }

      layer = find_layer (layers, groups[g]);
      keys = g_key_file_get_keys (keyfile, groups[g], NULL, NULL);
      for (guint k = 0; keys != NULL && keys[k] != NULL; k++)
        {
          BarCheck check = { 0 };
          double bar;

          if (!is_metric_name (keys[k]))
            {
              tool_error (display, "[%s]: unknown metric “%s”", groups[g], keys[k]);
              return TOOL_EXIT_USAGE;
            }

          bar = g_key_file_get_double (keyfile, groups[g], keys[k], &error);
          if (error != NULL)
            {
              tool_error (display, "[%s] %s: %s", groups[g], keys[k], error->message);
              return TOOL_EXIT_USAGE;
            }

          if (layer == NULL)
            {
              tool_warning (display, "the gold has no layer “%s”; bar %s ignored",
                            groups[g], keys[k]);
              continue;
            }
          if (!tool_eval_layer_lookup (layer, keys[k], &check.value))
            {
              tool_warning (display, "layer “%s” has no %s; bar ignored", groups[g], keys[k]);
              continue;
            }

          check.layer = g_strdup (groups[g]);
          check.metric = g_strdup (keys[k]);
          check.bar = bar;
          check.ok = check.value + BAR_EPSILON >= bar;
          g_array_append_val (checks, check);
        }
    }

  return TOOL_EXIT_OK;
}

/* ------------------------------------------------------------------------ */
/* Output                                                                    */

static void
append_figures (GString             *out,
                const ToolEvalLayer *layer)
{
  for (guint i = 0; i < layer->figures->len; i++)
    {
      const ToolEvalFigure *figure = &g_array_index (layer->figures, ToolEvalFigure, i);
      const char *name = figure->name;
      gsize length = strlen (name);

      /* “approx_accuracy” reads as “approx” in the table */
      if (g_str_has_suffix (name, "_accuracy"))
        length -= strlen ("_accuracy");
      g_string_append_printf (out, "%s%.*s %.3f", i > 0 ? ", " : "", (int) length, name,
                              figure->value);
    }
}

static char *
format_text (GPtrArray  *layers,
             GArray     *checks,
             const char *result,
             const char *gold)
{
  static const char * const headers[] = {
    "LAYER", "GOLD", "PREDICTED", "TP", "FP", "FN", "PRECISION", "RECALL", "F1",
  };
  const gsize n_columns = G_N_ELEMENTS (headers);
  GString *out = g_string_new (NULL);
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  gsize widths[G_N_ELEMENTS (headers)] = { 0 };
  const char *note = NULL;

  for (guint i = 0; i < layers->len; i++)
    {
      const ToolEvalLayer *layer = layers->pdata[i];

      if (note == NULL)
        note = layer->precision_note;
    }

  g_string_append_printf (out, "%s scored against %s\n\n", result, gold);

  /* with a note, every precision has a mark column: “*” or a blank */
  for (gsize c = 0; c < n_columns; c++)
    g_ptr_array_add (cells, g_strconcat (headers[c], c == 6 && note != NULL ? " " : "", NULL));
  for (guint i = 0; i < layers->len; i++)
    {
      const ToolEvalLayer *layer = layers->pdata[i];

      g_ptr_array_add (cells, g_strdup (layer->name));
      g_ptr_array_add (cells, g_strdup_printf ("%u", layer->n_gold));
      g_ptr_array_add (cells, g_strdup_printf ("%u", layer->n_predicted));
      g_ptr_array_add (cells, g_strdup_printf ("%u", layer->tp));
      g_ptr_array_add (cells, g_strdup_printf ("%u", layer->fp));
      g_ptr_array_add (cells, g_strdup_printf ("%u", layer->fn));
      g_ptr_array_add (cells, g_strdup_printf ("%.3f%s", layer->precision,
                                               note == NULL ? ""
                                               : layer->precision_note != NULL ? "*" : " "));
      g_ptr_array_add (cells, g_strdup_printf ("%.3f", layer->recall));
      g_ptr_array_add (cells, g_strdup_printf ("%.3f", layer->f1));
    }

  for (guint i = 0; i < cells->len; i++)
    widths[i % n_columns] = MAX (widths[i % n_columns], tool_text_width (cells->pdata[i]));

  for (guint r = 0; r * n_columns < cells->len; r++)
    {
      const ToolEvalLayer *layer = r > 0 ? layers->pdata[r - 1] : NULL;

      for (gsize c = 0; c < n_columns; c++)
        {
          if (c > 0)
            g_string_append (out, "  ");
          tool_append_padded (out, cells->pdata[r * n_columns + c], widths[c], c > 0);
        }
      if (layer == NULL)
        g_string_append (out, "  OTHER");
      else if (layer->figures->len > 0)
        {
          g_string_append (out, "  ");
          append_figures (out, layer);
        }
      while (out->len > 0 && out->str[out->len - 1] == ' ')
        g_string_truncate (out, out->len - 1);
      g_string_append_c (out, '\n');
    }

  if (note != NULL)
    g_string_append_printf (out, "\n* precision is only indicative: %s.\n", note);

  if (checks != NULL && checks->len > 0)
    {
      guint n_below = 0;

      g_string_append (out, "\nBars\n");
      for (guint i = 0; i < checks->len; i++)
        {
          const BarCheck *check = &g_array_index (checks, BarCheck, i);
          g_autofree char *name = g_strdup_printf ("%s.%s", check->layer, check->metric);

          g_string_append (out, "  ");
          tool_append_padded (out, name, 36, FALSE);
          g_string_append_printf (out, "  %.3f %s %.3f  %s\n", check->value,
                                  check->ok ? "≥" : "<", check->bar,
                                  check->ok ? "ok" : "BELOW");
          n_below += !check->ok;
        }
      if (n_below > 0)
        g_string_append_printf (out, "%u of %u bars not reached\n", n_below, checks->len);
      else
        g_string_append_printf (out, "all %u bars reached\n", checks->len);
    }

  return g_string_free (out, FALSE);
}

static void
add_double (JsonBuilder *builder,
            const char  *name,
            double       value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_double_value (builder, value);
}

static void
add_int (JsonBuilder *builder,
         const char  *name,
         gint64       value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_int_value (builder, value);
}

static char *
format_json (GPtrArray  *layers,
             GArray     *checks,
             const char *result,
             const char *gold)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *json = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "result");
  json_builder_add_string_value (builder, result);
  json_builder_set_member_name (builder, "gold");
  json_builder_add_string_value (builder, gold);

  json_builder_set_member_name (builder, "layers");
  json_builder_begin_object (builder);
  for (guint i = 0; i < layers->len; i++)
    {
      const ToolEvalLayer *layer = layers->pdata[i];

      json_builder_set_member_name (builder, layer->name);
      json_builder_begin_object (builder);
      add_double (builder, "precision", layer->precision);
      add_double (builder, "recall", layer->recall);
      add_double (builder, "f1", layer->f1);
      add_int (builder, "tp", layer->tp);
      add_int (builder, "fp", layer->fp);
      add_int (builder, "fn", layer->fn);
      add_int (builder, "gold", layer->n_gold);
      add_int (builder, "predicted", layer->n_predicted);
      for (guint f = 0; f < layer->figures->len; f++)
        {
          const ToolEvalFigure *figure = &g_array_index (layer->figures, ToolEvalFigure, f);

          add_double (builder, figure->name, figure->value);
        }
      if (layer->precision_note != NULL)
        {
          json_builder_set_member_name (builder, "precision_note");
          json_builder_add_string_value (builder, layer->precision_note);
        }
      json_builder_end_object (builder);
    }
  json_builder_end_object (builder);

  if (checks != NULL)
    {
      json_builder_set_member_name (builder, "bars");
      json_builder_begin_array (builder);
      for (guint i = 0; i < checks->len; i++)
        {
          const BarCheck *check = &g_array_index (checks, BarCheck, i);

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "layer");
          json_builder_add_string_value (builder, check->layer);
          json_builder_set_member_name (builder, "metric");
          json_builder_add_string_value (builder, check->metric);
          add_double (builder, "value", check->value);
          add_double (builder, "bar", check->bar);
          json_builder_set_member_name (builder, "ok");
          json_builder_add_boolean_value (builder, check->ok);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
    }
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json = json_generator_to_data (generator, NULL);

  return g_strconcat (json, "\n", NULL);
}

/* ------------------------------------------------------------------------ */

int
tool_cmd_eval (char **args)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(BaogaoDocument) document = NULL;
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GPtrArray) layers = NULL;
  g_autoptr(GArray) checks = NULL;
  g_autofree char *bars = NULL;
  g_autofree char *output = NULL;
  g_autofree char *result_display = NULL;
  g_autofree char *gold_display = NULL;
  JsonObject *gold = NULL;
  gboolean json = FALSE;
  int status, finished;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json,
      "Print a JSON object instead of a table", NULL },
    { "bars", 'b', 0, G_OPTION_ARG_FILENAME, &bars,
      "Check the scores against the minimum values in FILE; exit 5 if one is not reached",
      "FILE" },
    G_OPTION_ENTRY_NULL
  };

  g_set_prgname ("baogao eval");
  context = g_option_context_new ("RESULT GOLD");
  g_option_context_set_summary (context,
    "Scores RESULT against GOLD, a hand-checked gold file: precision, recall\n"
    "and F1 per layer (metadata, sections, items, quantities, tallies,\n"
    "instruments, people, places, organizations: those GOLD holds), with the\n"
    "accuracy of a secondary attribute where there is one.\n"
    "\n"
    "RESULT is a baogao-document/1 JSON document, or a report that is first\n"
    "analyzed with every analyzer on the plugin path.");
  g_option_context_set_description (context,
    "Counts: TP gold entries found, FN gold entries missed, FP predictions\n"
    "matching no gold entry; precision = (PREDICTED - FP) / PREDICTED. Where\n"
    "the gold lists only some names (people, places, organizations), the\n"
    "precision is only indicative and marked with *.\n"
    "\n"
    "A bars FILE is a key file, one group per layer, one key per metric\n"
    "(precision, recall, f1, or an accuracy such as approx_accuracy):\n"
    "  [quantities]\n"
    "  recall=0.95\n"
    "\n"
    "Exit status:\n"
    "  0    success; every bar reached\n"
    "  1    usage error, or an unknown layer or metric in the bars file\n"
    "  2    RESULT, GOLD or the bars file cannot be read\n"
    "  3    plugin or engine setup error while analyzing a report\n"
    "  5    some score is under its bar\n"
    "\n"
    TOOL_ENVIRONMENT_HELP);
  g_option_context_add_main_entries (context, entries, NULL);

  status = tool_parse_options (context, &args);
  if (status != TOOL_EXIT_OK)
    return status;

  if (args[1] == NULL || args[2] == NULL)
    return tool_usage_error (context, "eval needs a RESULT and a GOLD file");
  if (args[3] != NULL)
    {
      g_autofree char *message = g_strdup_printf ("unexpected argument “%s”", args[3]);

      return tool_usage_error (context, message);
    }

  parser = json_parser_new ();
  status = load_gold (args[2], parser, &gold);
  if (status != TOOL_EXIT_OK)
    return status;

  status = load_result (args[1], &document);
  if (status != TOOL_EXIT_OK)
    return status;

  layers = tool_eval_score (document, gold);

  if (bars != NULL)
    {
      checks = g_array_new (FALSE, TRUE, sizeof (BarCheck));
      g_array_set_clear_func (checks, bar_check_clear);
      status = check_bars (bars, layers, checks);
      if (status != TOOL_EXIT_OK)
        return status;
      for (guint i = 0; i < checks->len; i++)
        if (!g_array_index (checks, BarCheck, i).ok)
          status = TOOL_EXIT_BELOW_BAR;
    }

  result_display = g_filename_display_name (args[1]);
  gold_display = g_filename_display_name (args[2]);
  output = json ? format_json (layers, checks, result_display, gold_display)
                : format_text (layers, checks, result_display, gold_display);

  /* a failed write leaves the stream's error flag set for the check */
  tool_write_stdout (output, strlen (output));

  finished = tool_finish_stdout ();  /* MAX() would run it twice */
  return MAX (status, finished);
}

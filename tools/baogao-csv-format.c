/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/**
 * baogao csv format:
 *
 * The `--format csv` table of indicators: one row per indicator, ready for
 * pandas (`pd.read_csv`) or R (`read.csv`). Several documents give one
 * table: one header, then the rows of each document in turn.
 *
 * ```
 * document,region,year,key,value,unit,normalized,base_unit,approx,scope,period,sentence
 * 2024.txt,某省,2023,legislation.enacted,6,件,6,件,,provincial,,全年制定地方性法规6件。
 * ```
 *
 * ## Dialect
 *
 * RFC 4180 with LF line ends: fields separated by commas; a field that
 * holds a comma, a double quote, a line feed or a carriage return is
 * quoted, its quotes doubled. UTF-8 without a byte-order mark unless
 * `--bom` is given (Excel wants one to recognise UTF-8).
 *
 * ## Columns
 *
 * - `document`: the input as named on the command line (`-` for standard
 *   input);
 * - `region`, `year`: the document's `region` and `year_reported`
 *   metadata, empty when unknown;
 * - `normalized`, `base_unit`: the value in the base unit of the count
 *   the indicator comes from (6.8 万人次 is 68000 人次), for comparing
 *   reports that write the same count differently; empty when the
 *   indicator's tally has no quantity;
 * - `key`, `value`, `unit`, `approx`, `scope`, `period`: the indicator;
 *   the value is an integer when it is one, otherwise the shortest decimal
 *   that reads back as the same double; null fields are empty (`period`
 *   is empty for the year reported, `term` or `multi_year` otherwise);
 * - `sentence`: the `structure.sentence` the indicator's annotation lies
 *   in, or the annotation's own text when no sentence holds it.
 */

#include <string.h>

#include "baogao-tool.h"

static const char * const csv_columns[] = {
  "document", "region", "year", "key", "value", "unit", "normalized", "base_unit", "approx", "scope",
  "period", "sentence",
};

/**
 * tool_format_shortest:
 * @value: a number
 *
 * Formats @value as an integer when it is integral (and not huge),
 * otherwise as the shortest decimal that reads back as @value, in the C
 * locale: 6, 97.5, 0.1.
 *
 * Returns: (transfer full): the text
 */
char *
tool_format_shortest (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (value > -1e15 && value < 1e15 && value == (double) (gint64) value)
    return g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) value);

  for (int precision = 1; precision <= 17; precision++)
    {
      char format[8];

      g_snprintf (format, sizeof format, "%%.%dg", precision);
      g_ascii_formatd (buffer, sizeof buffer, format, value);
      if (g_ascii_strtod (buffer, NULL) == value)
        return g_strdup (buffer);
    }

  /* NaN and the infinities never compare equal to themselves */
  return g_strdup (g_ascii_dtostr (buffer, sizeof buffer, value));
}

static void
append_field (GString    *out,
              const char *field)
{
  if (field == NULL)
    return;

  if (strpbrk (field, ",\"\n\r") == NULL)
    {
      g_string_append (out, field);
      return;
    }

  g_string_append_c (out, '"');
  for (const char *p = field; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

/**
 * tool_format_csv_header:
 * @out: where to append
 * @bom: whether to start with a UTF-8 byte-order mark
 *
 * Appends the header row of the indicator table.
 */
void
tool_format_csv_header (GString  *out,
                        gboolean  bom)
{
  if (bom)
    g_string_append (out, "\xEF\xBB\xBF");

  for (gsize i = 0; i < G_N_ELEMENTS (csv_columns); i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      g_string_append (out, csv_columns[i]);
    }
  g_string_append_c (out, '\n');
}

static char *
dup_year (BaogaoDocument *document)
{
  switch (baogao_document_get_metadata_type (document, "year_reported"))
    {
    case BAOGAO_VALUE_INT:
      return g_strdup_printf ("%" G_GINT64_FORMAT,
                              baogao_document_get_metadata_int (document, "year_reported", 0));
    case BAOGAO_VALUE_STRING:
      return g_strdup (baogao_document_get_metadata (document, "year_reported"));
    case BAOGAO_VALUE_NONE:
    case BAOGAO_VALUE_DOUBLE:
    case BAOGAO_VALUE_BOOLEAN:
    default:
      return NULL;
    }
}

/* The text of the innermost sentence that holds @annotation; its own text
 * when none does (no structure analyzer, or a count across a sentence
 * break). */
static char *
dup_sentence (BaogaoDocument         *document,
              const BaogaoAnnotation *annotation)
{
  gsize start = baogao_annotation_get_start (annotation);
  gsize end = baogao_annotation_get_end (annotation);
  g_autoptr(GPtrArray) sentences = baogao_document_get_annotations_at (document, start,
                                                                        "structure.sentence");
  const BaogaoAnnotation *best = NULL;

  for (guint i = 0; sentences != NULL && i < sentences->len; i++)
    {
      const BaogaoAnnotation *sentence = sentences->pdata[i];

      if (baogao_annotation_get_end (sentence) < end)
        continue;
      if (best == NULL
          || baogao_annotation_get_end (sentence) - baogao_annotation_get_start (sentence)
             < baogao_annotation_get_end (best) - baogao_annotation_get_start (best))
        best = sentence;
    }

  return baogao_annotation_dup_text (best != NULL ? best : annotation);
}

/* The indicator's `normalized` value as text, and its base unit in
 * *@base_unit; NULL when it has none. */
static char *
dup_normalized (const BaogaoIndicator  *indicator,
                const char            **base_unit)
{
  double normalized;
  gboolean is_integer;

  if (!baogao_indicator_get_normalized (indicator, &normalized, &is_integer))
    return NULL;
  *base_unit = baogao_indicator_get_base_unit (indicator);
  return is_integer ? g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) normalized)
                    : tool_format_shortest (normalized);
}

/**
 * tool_format_csv_rows:
 * @out: where to append
 * @document: an analyzed document
 * @document_name: the value of the `document` column
 *
 * Appends one row per indicator of @document, without a header.
 */
void
tool_format_csv_rows (GString        *out,
                      BaogaoDocument *document,
                      const char     *document_name)
{
  g_autoptr(GPtrArray) indicators = baogao_document_get_indicators (document);
  g_autofree char *year = dup_year (document);
  const char *region = baogao_document_get_metadata (document, "region");

  for (guint i = 0; indicators != NULL && i < indicators->len; i++)
    {
      const BaogaoIndicator *indicator = indicators->pdata[i];
      const BaogaoAnnotation *annotation = baogao_indicator_get_annotation (indicator);
      g_autofree char *value = tool_format_shortest (baogao_indicator_get_value (indicator));
      g_autofree char *sentence = annotation != NULL ? dup_sentence (document, annotation) : NULL;
      const char *base_unit = NULL;
      g_autofree char *normalized = dup_normalized (indicator, &base_unit);
      const char *fields[] = {
        document_name,
        region,
        year,
        baogao_indicator_get_key (indicator),
        value,
        baogao_indicator_get_unit (indicator),
        normalized,
        base_unit,
        baogao_indicator_get_approx (indicator),
        baogao_indicator_get_scope (indicator),
        baogao_indicator_get_period (indicator),
        sentence,
      };

      G_STATIC_ASSERT (G_N_ELEMENTS (fields) == G_N_ELEMENTS (csv_columns));

      for (gsize f = 0; f < G_N_ELEMENTS (fields); f++)
        {
          if (f > 0)
            g_string_append_c (out, ',');
          append_field (out, fields[f]);
        }
      g_string_append_c (out, '\n');
    }
}

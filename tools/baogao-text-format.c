/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/**
 * baogao text format:
 *
 * The `--format text` summary of an analyzed document, for people reading a
 * terminal: metadata, source, analyzer statuses, the sections, the number
 * of annotations of each type and the indicator table.
 *
 * ## Alignment
 *
 * Columns are aligned by display width, not by bytes or characters: a CJK
 * ideograph or full-width punctuation mark takes two terminal columns
 * ([func@GLib.unichar_iswide]), a combining mark none
 * ([func@GLib.unichar_iszerowidth]).
 */

#include <string.h>

#include "baogao-tool.h"

#define MAX_HEADING_WIDTH 60
#define MAX_SNIPPET_WIDTH 32

/* The metadata keys of the format, in the order people expect them. */
static const char * const metadata_order[] = {
  "title", "date", "meeting", "speaker", "speaker_title", "region", "year_reported",
};

gsize
tool_text_width (const char *text)
{
  gsize width = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_iszerowidth (c))
        continue;
      width += g_unichar_iswide (c) ? 2 : 1;
    }

  return width;
}

void
tool_append_padded (GString    *out,
                    const char *text,
                    gsize       width,
                    gboolean    align_right)
{
  gsize text_width = tool_text_width (text);
  gsize padding = text_width < width ? width - text_width : 0;

  if (align_right)
    {
      for (gsize i = 0; i < padding; i++)
        g_string_append_c (out, ' ');
      g_string_append (out, text);
    }
  else
    {
      g_string_append (out, text);
      for (gsize i = 0; i < padding; i++)
        g_string_append_c (out, ' ');
    }
}

/* Appends @text on one line, cut with “…” to @max_width columns, then pads
 * it to @pad_to columns. Runs of white space become one space. */
void
tool_append_truncated (GString    *out,
                       const char *text,
                       gsize       max_width,
                       gsize       pad_to)
{
  g_autoptr(GString) line = g_string_sized_new (strlen (text));
  gboolean space = FALSE;
  gsize width = 0;

  g_assert (max_width > 0);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        {
          space = line->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (line, ' ');
      space = FALSE;
      g_string_append_unichar (line, c);
    }

  if (tool_text_width (line->str) <= max_width)
    {
      g_string_append (out, line->str);
      width = tool_text_width (line->str);
    }
  else
    {
      /* keep one column for the ellipsis */
      for (const char *p = line->str; *p != '\0'; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);
          gsize w = g_unichar_iszerowidth (c) ? 0 : g_unichar_iswide (c) ? 2 : 1;

          if (width + w > max_width - 1)
            break;
          g_string_append_unichar (out, c);
          width += w;
        }
      g_string_append (out, "…");
      width++;
    }

  for (; width < pad_to; width++)
    g_string_append_c (out, ' ');
}

/* ------------------------------------------------------------------------ */
/* A table of UTF-8 cells, aligned on display width                         */

typedef struct
{
  guint      n_columns;
  guint      right_aligned;  /* bit i: column i aligned right */
  GPtrArray *cells;          /* row-major, (element-type utf8) */
} Table;

static void
table_init (Table *table,
            guint  n_columns,
            guint  right_aligned)
{
  table->n_columns = n_columns;
  table->right_aligned = right_aligned;
  table->cells = g_ptr_array_new_with_free_func (g_free);
}

/* Takes the @n_columns strings that follow. */
static void
table_add_row (Table *table,
               ...)
{
  va_list args;

  va_start (args, table);
  for (guint i = 0; i < table->n_columns; i++)
    {
      char *cell = va_arg (args, char *);

      g_ptr_array_add (table->cells, cell != NULL ? cell : g_strdup ("–"));
    }
  va_end (args);
}

static void
table_append (Table      *table,
              GString    *out,
              const char *indent)
{
  guint n_rows = table->cells->len / table->n_columns;
  g_autofree gsize *widths = g_new0 (gsize, table->n_columns);

  for (guint r = 0; r < n_rows; r++)
    for (guint c = 0; c < table->n_columns; c++)
      {
        const char *cell = table->cells->pdata[r * table->n_columns + c];

        widths[c] = MAX (widths[c], tool_text_width (cell));
      }

  for (guint r = 0; r < n_rows; r++)
    {
      gsize row_start = out->len;

      g_string_append (out, indent);
      for (guint c = 0; c < table->n_columns; c++)
        {
          const char *cell = table->cells->pdata[r * table->n_columns + c];
          gboolean right = (table->right_aligned & (1u << c)) != 0;
          gboolean last = c + 1 == table->n_columns;

          if (c > 0)
            g_string_append (out, "  ");
          /* no trailing blanks after the last column */
          if (last && !right)
            g_string_append (out, cell);
          else
            tool_append_padded (out, cell, widths[c], right);
        }
      /* empty trailing cells leave blanks */
      while (out->len > row_start && out->str[out->len - 1] == ' ')
        g_string_truncate (out, out->len - 1);
      g_string_append_c (out, '\n');
    }

  g_clear_pointer (&table->cells, g_ptr_array_unref);
}

static char *
truncate_cell (const char *text,
               gsize       max_width)
{
  GString *cell = g_string_new (NULL);

  tool_append_truncated (cell, text, max_width, 0);

  return g_string_free (cell, FALSE);
}

static char *
format_number (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (value > -1e15 && value < 1e15 && value == (double) (gint64) value)
    return g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) value);

  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.6g", value));
}

/* ------------------------------------------------------------------------ */
/* Sections of the summary                                                   */

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static char *
dup_metadata_value (BaogaoDocument *document,
                    const char     *key)
{
  const char *value;

  if (baogao_document_get_metadata_type (document, key) == BAOGAO_VALUE_INT)
    return g_strdup_printf ("%" G_GINT64_FORMAT,
                            baogao_document_get_metadata_int (document, key, 0));

  value = baogao_document_get_metadata (document, key);

  return value != NULL ? g_strdup (value) : NULL;
}

static gboolean
is_ordered_key (const char *key)
{
  for (gsize i = 0; i < G_N_ELEMENTS (metadata_order); i++)
    if (g_str_equal (metadata_order[i], key))
      return TRUE;

  return FALSE;
}

static void
append_metadata (GString        *out,
                 BaogaoDocument *document)
{
  g_auto(GStrv) keys = baogao_document_dup_metadata_keys (document);
  g_autoptr(GPtrArray) ordered = g_ptr_array_new ();
  g_autoptr(GPtrArray) others = g_ptr_array_new ();
  Table table;

  for (gsize i = 0; i < G_N_ELEMENTS (metadata_order); i++)
    if (keys != NULL && g_strv_contains ((const char * const *) keys, metadata_order[i]))
      g_ptr_array_add (ordered, (gpointer) metadata_order[i]);
  for (guint i = 0; keys != NULL && keys[i] != NULL; i++)
    if (!is_ordered_key (keys[i]))
      g_ptr_array_add (others, keys[i]);
  g_ptr_array_sort (others, compare_strings);
  g_ptr_array_extend_and_steal (ordered, g_steal_pointer (&others));

  g_string_append (out, "Metadata\n");
  if (ordered->len == 0)
    {
      g_string_append (out, "  (none found)\n");
      return;
    }

  table_init (&table, 2, 0);
  for (guint i = 0; i < ordered->len; i++)
    {
      const char *key = ordered->pdata[i];
      g_autofree char *value = dup_metadata_value (document, key);

      table_add_row (&table, g_strdup (key),
                     value != NULL ? truncate_cell (value, 72) : NULL);
    }
  table_append (&table, out, "  ");
}

static void
append_source (GString        *out,
               BaogaoDocument *document)
{
  const char *path = baogao_document_get_source_path (document);
  const char *encoding = baogao_document_get_source_encoding (document);
  const char *media_type = baogao_document_get_media_type (document);
  const char *sha256 = baogao_document_get_source_sha256 (document);
  Table table;

  g_string_append (out, "\nSource\n");
  table_init (&table, 2, 0);
  if (path != NULL)
    table_add_row (&table, g_strdup ("path"), g_strdup (path));
  table_add_row (&table, g_strdup ("encoding"), g_strdup (encoding));
  table_add_row (&table, g_strdup ("media_type"), g_strdup (media_type));
  table_add_row (&table, g_strdup ("size"),
                 g_strdup_printf ("%" G_GSIZE_FORMAT " bytes, %" G_GSIZE_FORMAT " characters",
                                  baogao_document_get_size (document),
                                  baogao_document_get_length (document)));
  if (sha256 != NULL)
    table_add_row (&table, g_strdup ("sha256"), g_strdup (sha256));
  table_append (&table, out, "  ");
}

static const char *
run_status_name (BaogaoRunStatus status)
{
  switch (status)
    {
    case BAOGAO_RUN_OK:
      return "ok";
    case BAOGAO_RUN_FAILED:
      return "failed";
    case BAOGAO_RUN_SKIPPED:
      return "skipped";
    default:
      return "unknown";
    }
}

static void
append_analyzers (GString        *out,
                  BaogaoDocument *document)
{
  g_auto(GStrv) names = baogao_document_dup_analyzer_names (document);
  Table table;

  g_string_append (out, "\nAnalyzers\n");
  if (names == NULL || names[0] == NULL)
    {
      g_string_append (out, "  (none ran)\n");
      return;
    }

  table_init (&table, 3, 0);
  for (guint i = 0; names[i] != NULL; i++)
    {
      const char *message = NULL;
      BaogaoRunStatus status = baogao_document_get_analyzer_status (document, names[i], &message);

      table_add_row (&table, g_strdup (names[i]), g_strdup (run_status_name (status)),
                     message != NULL ? truncate_cell (message, 100) : g_strdup (""));
    }
  table_append (&table, out, "  ");
}

/* The heading line of a part or section as the report writes it, marker
 * included (“一、…”); the `heading` feature when the text has none. */
static char *
dup_heading_line (const BaogaoAnnotation *annotation)
{
  g_autofree char *text = baogao_annotation_dup_text (annotation);
  const char *heading = baogao_annotation_get_string (annotation, "heading");
  char *newline = strchr (text, '\n');
  char *found;

  if (newline != NULL)
    *newline = '\0';
  if (*g_strstrip (text) == '\0' && heading != NULL)
    return g_strdup (heading);

  /* a run-in heading (“一、加强自身建设。深化……”): stop after the heading */
  if (heading != NULL && *heading != '\0' && (found = strstr (text, heading)) != NULL)
    found[strlen (heading)] = '\0';

  return g_steal_pointer (&text);
}

static void
add_heading_row (Table                  *table,
                 const BaogaoAnnotation *annotation,
                 const char             *indent)
{
  g_autofree char *line = dup_heading_line (annotation);
  g_autofree char *cell = truncate_cell (line, MAX_HEADING_WIDTH);

  table_add_row (table,
                 g_strconcat (indent, cell, NULL),
                 g_strdup (baogao_annotation_get_string (annotation, "topic")),
                 g_strdup_printf ("%" G_GSIZE_FORMAT "–%" G_GSIZE_FORMAT,
                                  baogao_annotation_get_start (annotation),
                                  baogao_annotation_get_end (annotation)));
}

static void
append_sections (GString        *out,
                 BaogaoDocument *document)
{
  g_autoptr(GPtrArray) sections = baogao_document_get_annotations (document, "structure.section");
  g_autoptr(GPtrArray) parts = baogao_document_get_annotations (document, "structure.part");
  guint next_part = 0;
  Table table;

  if (sections == NULL || sections->len == 0)
    return;

  g_string_append_printf (out, "\nSections (%u)\n", sections->len);
  table_init (&table, 3, 1u << 2);
  table_add_row (&table, g_strdup ("HEADING"), g_strdup ("TOPIC"), g_strdup ("CHARACTERS"));
  for (guint i = 0; i < sections->len; i++)
    {
      const BaogaoAnnotation *section = sections->pdata[i];
      gsize start = baogao_annotation_get_start (section);
      gboolean in_part = FALSE;

      /* the part (过去一年的主要工作, 今年的主要任务) a section opens, once */
      for (; parts != NULL && next_part < parts->len; next_part++)
        {
          const BaogaoAnnotation *part = parts->pdata[next_part];

          if (baogao_annotation_get_start (part) > start)
            break;
          if (baogao_annotation_get_end (part) > start)
            {
              add_heading_row (&table, part, "");
              next_part++;
              break;
            }
        }

      if (parts != NULL && next_part > 0)
        {
          const BaogaoAnnotation *part = parts->pdata[next_part - 1];

          in_part = baogao_annotation_get_start (part) <= start
                    && start < baogao_annotation_get_end (part);
        }

      add_heading_row (&table, section, in_part ? "  " : "");
    }
  table_append (&table, out, "  ");
}

static void
append_annotation_counts (GString        *out,
                          BaogaoDocument *document)
{
  g_autoptr(GPtrArray) annotations = baogao_document_get_annotations (document, NULL);
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) types = NULL;
  guint n = annotations != NULL ? annotations->len : 0;
  GHashTableIter iter;
  gpointer key;
  Table table;

  g_string_append_printf (out, "\nAnnotations (%u)\n", n);
  if (n == 0)
    {
      g_string_append (out, "  (none)\n");
      return;
    }

  /* the type strings belong to the annotations, which outlive the table */
  for (guint i = 0; i < n; i++)
    {
      const char *type = baogao_annotation_get_annotation_type (annotations->pdata[i]);
      guint count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, type));

      g_hash_table_insert (counts, (gpointer) type, GUINT_TO_POINTER (count + 1));
    }

  types = g_ptr_array_new ();
  g_hash_table_iter_init (&iter, counts);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (types, key);
  g_ptr_array_sort (types, compare_strings);

  table_init (&table, 2, 1u << 1);
  for (guint i = 0; i < types->len; i++)
    table_add_row (&table, g_strdup (types->pdata[i]),
                   g_strdup_printf ("%u", GPOINTER_TO_UINT (g_hash_table_lookup (counts,
                                                                                  types->pdata[i]))));
  table_append (&table, out, "  ");
}

static void
append_indicators (GString        *out,
                   BaogaoDocument *document)
{
  g_autoptr(GPtrArray) indicators = baogao_document_get_indicators (document);
  guint n = indicators != NULL ? indicators->len : 0;
  Table table;

  g_string_append_printf (out, "\nIndicators (%u)\n", n);
  if (n == 0)
    {
      g_string_append (out, "  (none)\n");
      return;
    }

  table_init (&table, 7, 1u << 1);
  table_add_row (&table, g_strdup ("KEY"), g_strdup ("VALUE"), g_strdup ("UNIT"),
                 g_strdup ("APPROX"), g_strdup ("SCOPE"), g_strdup ("PERIOD"), g_strdup ("TEXT"));
  for (guint i = 0; i < n; i++)
    {
      const BaogaoIndicator *indicator = indicators->pdata[i];
      BaogaoAnnotation *annotation = baogao_indicator_get_annotation (indicator);
      g_autofree char *text = annotation != NULL ? baogao_annotation_dup_text (annotation) : NULL;

      table_add_row (&table,
                     g_strdup (baogao_indicator_get_key (indicator)),
                     format_number (baogao_indicator_get_value (indicator)),
                     g_strdup (baogao_indicator_get_unit (indicator)),
                     g_strdup (baogao_indicator_get_approx (indicator)),
                     g_strdup (baogao_indicator_get_scope (indicator)),
                     g_strdup (baogao_indicator_get_period (indicator)),
                     text != NULL ? truncate_cell (text, MAX_SNIPPET_WIDTH) : NULL);
    }
  table_append (&table, out, "  ");
}

/**
 * tool_format_document:
 * @out: where to append
 * @document: an analyzed document
 * @display_name: the input's name, for the header line
 *
 * Appends the text summary of @document to @out.
 */
void
tool_format_document (GString        *out,
                      BaogaoDocument *document,
                      const char     *display_name)
{
  gsize rule = tool_text_width (display_name);

  g_string_append_printf (out, "%s\n", display_name);
  for (gsize i = 0; i < MAX (rule, 1); i++)
    g_string_append_c (out, '=');
  g_string_append (out, "\n\n");

  append_metadata (out, document);
  append_source (out, document);
  append_analyzers (out, document);
  append_sections (out, document);
  append_annotation_counts (out, document);
  append_indicators (out, document);
}

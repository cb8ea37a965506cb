/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/**
 * SECTION:structure
 *
 * The structure analyzer: the layout every other analyzer builds on.
 *
 * It writes `structure.title` and `structure.meta` (feature `field`: date,
 * meeting or speaker) for the header lines, `structure.part` (`heading`,
 * `topic`: review or plans) for 过去一年的主要工作-style headings, numbered
 * or not (一、过去一年的主要工作, 第一部分), `structure.section` (`index`,
 * `heading`, `topic`) for 一、… headings, `structure.subsection` (`index`,
 * `heading`, `topic`) for （一）… headings, `structure.item` (`index`,
 * `marker`) for 一是… enumerations, `structure.paragraph` for every
 * paragraph and `structure.sentence` for every sentence, each with its
 * parent. From the header it sets the document metadata `title` (a
 * …工作报告 or a 关于…工作（情况）的报告), `date`, `meeting`, `speaker`,
 * `speaker_title`, `region` and `year_reported` (a year written in the
 * title, else the year before the date in a report given in the first
 * half of a year).
 *
 * ## Topics
 *
 * A section's topic is political, legislation, oversight, representation,
 * self_building, plans (in a plans part, or about the year ahead) or other.
 * A subsection has one too: its heading's, or its section's when the
 * heading names no work or when the two tie. A part about the whole term
 * of the congress (过去五年的主要工作, 本届以来), as in the report of a
 * term's last year, has `period` term, and so do the units inside it:
 * its counts are totals over the term, not the year's; so are the
 * sections of a report without parts whose opening says it is about the
 * whole term (向大会报告五年来的工作) and names no year. A heading that
 * names the work done and the plans together (回顾与展望) is no plans
 * section: its sentences' own words tell plans. Where a part (or a report
 * without parts) has no 一、 section but at least two （一） units whose
 * headings mostly name some work, as in many municipal and county
 * reports, those units are its sections.
 *
 * ## Parents
 *
 * A sentence's parent is its paragraph; a paragraph's is its section (or
 * its part, outside sections); an item's is its subsection or section; a
 * subsection's is its section; a section's is its part. Domain analyzers
 * attribute what they find in a sentence to the innermost topic above it:
 * the subsection's, else the section's.
 *
 * ## Example
 *
 * ```sh
 * baogao analyze --analyzers structure --pretty report.txt
 * ```
 *
 * The parsing itself lives in structure-parser.c.
 */

#include <baogao/baogao.h>
#include <baogao/baogao-plugin.h>

#include "structure-parser.h"

#define STRUCTURE_TYPE_ANALYZER (structure_analyzer_get_type ())

G_DECLARE_FINAL_TYPE (StructureAnalyzer, structure_analyzer, STRUCTURE, ANALYZER, GObject)

struct _StructureAnalyzer
{
  GObject parent_instance;
};

static void structure_analyzer_iface_init (BaogaoAnalyzerInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (StructureAnalyzer, structure_analyzer, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (BAOGAO_TYPE_ANALYZER,
                                                      structure_analyzer_iface_init))

BAOGAO_DEFINE_PLUGIN (structure_analyzer_get_type)

static void
write_features (BaogaoLayer         *layer,
                guint                handle,
                const StructureSpan *span,
                const char          *text)
{
  switch (span->kind)
    {
    case STRUCTURE_META:
      baogao_layer_set_string (layer, handle, "field",
                               structure_field_to_string ((StructureField) span->index));
      break;

    case STRUCTURE_PART:
      baogao_layer_set_string (layer, handle, "heading", span->heading);
      baogao_layer_set_string (layer, handle, "topic",
                               structure_topic_to_string (span->topic));
      if (span->term)
        baogao_layer_set_string (layer, handle, "period", "term");
      break;

    case STRUCTURE_SECTION:
    case STRUCTURE_SUBSECTION:
      baogao_layer_set_int (layer, handle, "index", span->index);
      baogao_layer_set_string (layer, handle, "heading", span->heading);
      baogao_layer_set_string (layer, handle, "topic",
                               structure_topic_to_string (span->topic));
      if (span->term)
        baogao_layer_set_string (layer, handle, "period", "term");
      break;

    case STRUCTURE_ITEM:
      baogao_layer_set_int (layer, handle, "index", span->index);
      baogao_layer_set_string_len (layer, handle, "marker",
                                   text + span->label_start,
                                   (gssize) (span->label_end - span->label_start));
      break;

    case STRUCTURE_TITLE:
    case STRUCTURE_PARAGRAPH:
    case STRUCTURE_SENTENCE:
    case STRUCTURE_N_KINDS:
    default:
      break;
    }
}

static void
write_metadata (BaogaoLayer           *layer,
                const StructureResult *result)
{
  const struct
  {
    const char *key;
    const char *value;
  } strings[] = {
    { "title", result->title },
    { "date", result->date },
    { "meeting", result->meeting },
    { "speaker", result->speaker },
    { "speaker_title", result->speaker_title },
    { "region", result->region },
  };

  for (guint i = 0; i < G_N_ELEMENTS (strings); i++)
    if (strings[i].value != NULL && strings[i].value[0] != '\0')
      baogao_layer_set_metadata (layer, strings[i].key, strings[i].value);

  if (result->year_reported > 0)
    baogao_layer_set_metadata_int (layer, "year_reported", result->year_reported);
}

static gboolean
structure_analyzer_analyze (BaogaoAnalyzer  *analyzer,
                            BaogaoDocument  *document,
                            BaogaoLayer     *layer,
                            GCancellable    *cancellable,
                            GError         **error)
{
  g_autoptr(StructureResult) result = NULL;
  g_autofree guint *handles = NULL;
  const StructureSpan *spans;
  const char *types[STRUCTURE_N_KINDS];
  guint n_later = 0;
  const char *text;
  gsize size;
  guint n;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  text = baogao_document_get_text (document);
  size = baogao_document_get_size (document);
  result = structure_parse (text, size);
  n = result->spans->len;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  /* The type names once, not once per span. */
  for (guint k = 0; k < STRUCTURE_N_KINDS; k++)
    types[k] = structure_kind_to_type ((StructureKind) k);

  spans = (const StructureSpan *) (const void *) result->spans->data;
  handles = g_new (guint, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    {
      const StructureSpan *span = &spans[i];
      guint handle = BAOGAO_LAYER_INVALID;

      if (span->start < span->end && span->end <= size)
        handle = baogao_layer_add_bytes (layer, types[span->kind], span->start, span->end);
      handles[i] = handle;
      if (handle == BAOGAO_LAYER_INVALID)
        continue;

      write_features (layer, handle, span, text);

      /* Most parents come first, and get their handle before their
       * children: those that do not wait for the loop below. */
      if (span->parent < 0)
        continue;
      if ((guint) span->parent < i)
        {
          if (handles[span->parent] != BAOGAO_LAYER_INVALID)
            baogao_layer_set_local_parent (layer, handle, handles[span->parent]);
        }
      else
        n_later++;
    }

  /* The parents the parser created after their children, once every
   * handle exists. */
  for (guint i = 0; i < n && n_later > 0; i++)
    {
      const StructureSpan *span = &spans[i];

      if (handles[i] == BAOGAO_LAYER_INVALID || span->parent < 0 || (guint) span->parent < i)
        continue;
      n_later--;
      if (handles[span->parent] != BAOGAO_LAYER_INVALID)
        baogao_layer_set_local_parent (layer, handles[i], handles[span->parent]);
    }

  write_metadata (layer, result);

  return TRUE;
}

static void
structure_analyzer_iface_init (BaogaoAnalyzerInterface *iface)
{
  iface->analyze = structure_analyzer_analyze;
}

static void
structure_analyzer_class_init (StructureAnalyzerClass *klass)
{
}

static void
structure_analyzer_init (StructureAnalyzer *self)
{
}

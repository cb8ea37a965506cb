/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/**
 * SECTION:oversight
 *
 * The oversight analyzer: what the standing committee oversaw.
 *
 * It writes one `oversight.activity` annotation per activity the report
 * states, its span the clause that names it, with features:
 *
 * - `kind`: law_inspection (执法检查, 检查…实施情况), work_report
 *   (听取和审议…报告), special_inquiry (专题询问), investigation (专题调研,
 *   视察, 督查), filing_review (备案审查 of 规范性文件), survey (问卷调查,
 *   满意度测评, 第三方评估) or resolution (作出…决议/决定);
 * - `subject` (when it can be read): the laws inspected (';' between them,
 *   a “一法一例” pair named once as printed, or as its two titles), the
 *   topic of the report heard, or what the inquiry, investigation, review
 *   or resolution was about;
 * - `n_subjects`: how many laws or topics `subject` holds;
 * - `planned`: TRUE for an activity of the coming year's plans.
 *
 * There is one activity per kind and subject: a law inspected and then
 * reported on is one inspection, at its first mention. Its parent is the
 * sentence it is in.
 *
 * It also writes the `oversight.tally` annotations (laws inspected, work
 * reports, inquiries, investigations, normative documents reviewed,
 * resolutions, survey sizes) through the shared tally engine, whose rules
 * for this domain are in plugins/common/tally-rules-oversight.c.
 *
 * ## Example
 *
 * ```sh
 * baogao analyze --analyzers oversight --pretty report.txt
 * ```
 *
 * The scanning itself lives in oversight-scan.c.
 */

#include <baogao/baogao-plugin.h>

#include "baogao-tally.h"
#include "oversight-scan.h"

#define OVERSIGHT_TYPE_ANALYZER (oversight_analyzer_get_type ())
G_DECLARE_FINAL_TYPE (OversightAnalyzer, oversight_analyzer, OVERSIGHT, ANALYZER, GObject)

struct _OversightAnalyzer
{
  GObject parent_instance;
};

static void oversight_analyzer_iface_init (BaogaoAnalyzerInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (OversightAnalyzer, oversight_analyzer, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (BAOGAO_TYPE_ANALYZER,
                                                      oversight_analyzer_iface_init))

BAOGAO_DEFINE_PLUGIN (oversight_analyzer_get_type)

/* Walks the sections and parts of the document in text order, with the
 * topics read from the last ones found (a section holds many clauses) */
typedef struct
{
  GPtrArray        *sections;
  GPtrArray        *parts;
  guint             section;
  guint             part;
  BaogaoAnnotation *last_section;
  guint             section_topic;
  BaogaoAnnotation *last_part;
  gboolean          part_planned;
} Topics;

static BaogaoAnnotation *
covering (GPtrArray *spans,
          guint     *cursor,
          gsize      byte)
{
  while (*cursor < spans->len &&
         baogao_annotation_get_byte_end (g_ptr_array_index (spans, *cursor)) <= byte)
    (*cursor)++;
  if (*cursor < spans->len)
    {
      BaogaoAnnotation *a = g_ptr_array_index (spans, *cursor);

      if (baogao_annotation_get_byte_start (a) <= byte)
        return a;
    }
  return NULL;
}

static guint
topic_at (gsize    byte,
          gpointer user_data)
{
  static const struct
  {
    const char *name;
    guint       topic;
  } topics[] = {
    { "oversight", OVERSIGHT_TOPIC_OVERSIGHT },
    { "other", OVERSIGHT_TOPIC_OTHER },
    { "political", OVERSIGHT_TOPIC_POLITICAL },
    { "legislation", OVERSIGHT_TOPIC_LEGISLATION },
    { "representation", OVERSIGHT_TOPIC_REPRESENTATION },
    { "self_building", OVERSIGHT_TOPIC_SELF_BUILDING },
    { "plans", OVERSIGHT_TOPIC_OTHER | OVERSIGHT_TOPIC_PLANNED },
  };
  Topics *t = user_data;
  BaogaoAnnotation *section = covering (t->sections, &t->section, byte);
  BaogaoAnnotation *part = covering (t->parts, &t->part, byte);
  guint result = OVERSIGHT_TOPIC_NONE;

  if (section != NULL && section != t->last_section)
    {
      const char *name = baogao_annotation_get_string (section, "topic");

      t->last_section = section;
      t->section_topic = OVERSIGHT_TOPIC_OTHER;
      for (guint i = 0; name != NULL && i < G_N_ELEMENTS (topics); i++)
        if (g_str_equal (name, topics[i].name))
          t->section_topic = topics[i].topic;
    }
  if (section != NULL)
    result = t->section_topic;
  if (part != NULL && part != t->last_part)
    {
      t->last_part = part;
      t->part_planned = g_strcmp0 (baogao_annotation_get_string (part, "topic"), "plans") == 0;
    }
  if (part != NULL && t->part_planned)
    result |= OVERSIGHT_TOPIC_PLANNED;
  return result;
}

static gboolean
oversight_analyzer_analyze (BaogaoAnalyzer  *analyzer,
                            BaogaoDocument  *document,
                            BaogaoLayer     *layer,
                            GCancellable    *cancellable,
                            GError         **error)
{
  const char *text = baogao_document_get_text (document);
  gsize size = baogao_document_get_size (document);
  g_autoptr(GPtrArray) sections = NULL;
  g_autoptr(GPtrArray) parts = NULL;
  g_autoptr(GPtrArray) sentences = NULL;
  g_autoptr(GArray) activities = NULL;
  g_autoptr(GString) subjects = NULL;
  Topics topics;
  guint sentence = 0;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  if (!tally_write_domain ("oversight", document, layer, cancellable, error))
    return FALSE;

  sections = baogao_document_get_annotations (document, "structure.section");
  parts = baogao_document_get_annotations (document, "structure.part");
  sentences = baogao_document_get_annotations (document, "structure.sentence");
  topics = (Topics) { sections, parts, 0, 0, NULL, 0, NULL, FALSE };

  activities = g_array_new (FALSE, FALSE, sizeof (OversightActivity));
  subjects = g_string_new (NULL);
  oversight_scan (text, size, topic_at, &topics, activities, subjects);

  for (guint i = 0; i < activities->len; i++)
    {
      const OversightActivity *a = &g_array_index (activities, OversightActivity, i);
      guint h = baogao_layer_add_bytes (layer, "oversight.activity", a->start, a->end);
      BaogaoAnnotation *parent;

      if (h == BAOGAO_LAYER_INVALID)
        continue;
      baogao_layer_set_string (layer, h, "kind", oversight_kind_to_string (a->kind));
      if (a->subject_len > 0)
        {
          baogao_layer_set_string_len (layer, h, "subject", subjects->str + a->subject_offset,
                                       (gssize) a->subject_len);
          baogao_layer_set_int (layer, h, "n_subjects", MAX (a->n_subjects, 1));
        }
      if (a->planned)
        baogao_layer_set_boolean (layer, h, "planned", TRUE);

      /* activities come in text order, so do sentences */
      parent = covering (sentences, &sentence, a->start);
      if (parent != NULL && baogao_annotation_get_byte_end (parent) >= a->end)
        baogao_layer_set_parent (layer, h, parent);
    }

  return TRUE;
}

static void
oversight_analyzer_iface_init (BaogaoAnalyzerInterface *iface)
{
  iface->analyze = oversight_analyzer_analyze;
}

static void
oversight_analyzer_class_init (OversightAnalyzerClass *klass)
{
}

static void
oversight_analyzer_init (OversightAnalyzer *self)
{
}

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
 *   第三方评估), satisfaction_survey (满意度测评), work_evaluation (工作评议,
 *   履职评议) or resolution (作出…决议/决定);
 * - `subject` (when it can be read from the activity's own clause, or
 *   for an inquiry from the report heard just before it): the laws
 *   inspected (';' between them, a “一法一例” pair named once as printed,
 *   or as its two titles, or listed after a colon), the topic of the
 *   report heard, or what the inquiry, investigation, review, evaluation
 *   or resolution was about, without the counts in it (规范性文件14件 is
 *   about 规范性文件) and never the bodies reporting (“一府两院”);
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

/* A walk through spans in text order, asked about positions in text
 * order: the bounds of the span it is at are kept, as reading them takes
 * a call each, and the walk asks about the same span many times */
typedef struct
{
  GPtrArray *spans;
  guint      i;
  gsize      end;       /* of span i; G_MAXSIZE when i is past the last */
  guint      start_i;   /* the span whose start is @start, G_MAXUINT for none */
  gsize      start;
} Cursor;

static void
cursor_init (Cursor    *cursor,
             GPtrArray *spans)
{
  cursor->spans = spans;
  cursor->i = 0;
  cursor->end = spans->len > 0 ? baogao_annotation_get_byte_end (g_ptr_array_index (spans, 0)) :
                                 G_MAXSIZE;
  cursor->start_i = G_MAXUINT;
  cursor->start = 0;
}

/* The span covering @byte, or NULL */
static BaogaoAnnotation *
covering (Cursor *cursor,
          gsize   byte)
{
  GPtrArray *spans = cursor->spans;

  while (cursor->i < spans->len && cursor->end <= byte)
    {
      cursor->i++;
      cursor->end = cursor->i < spans->len ?
                    baogao_annotation_get_byte_end (g_ptr_array_index (spans, cursor->i)) :
                    G_MAXSIZE;
    }
  if (cursor->i < spans->len)
    {
      BaogaoAnnotation *a = g_ptr_array_index (spans, cursor->i);

      if (cursor->start_i != cursor->i)
        {
          cursor->start_i = cursor->i;
          cursor->start = baogao_annotation_get_byte_start (a);
        }
      if (cursor->start <= byte)
        return a;
    }
  return NULL;
}

/* Where the answer of covering () for the position it was last asked
 * about holds up to: the end of the span found, or the start of the next
 * one */
static gsize
covering_until (const Cursor *cursor,
                gsize         byte)
{
  if (cursor->i >= cursor->spans->len)
    return G_MAXSIZE;
  return cursor->start <= byte ? cursor->end : cursor->start;
}

/* Walks the sections and parts of the document in text order, with the
 * topics read from the last ones found (a section holds many clauses);
 * the topic found at @from holds on up to the next section or part
 * boundary, @until */
typedef struct
{
  Cursor            sections;
  Cursor            parts;
  BaogaoAnnotation *last_section;
  guint             section_topic;
  BaogaoAnnotation *last_part;
  gboolean          part_planned;
  gsize             from;
  gsize             until;
  guint             topic;
} Topics;

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
  BaogaoAnnotation *section, *part;
  guint result = OVERSIGHT_TOPIC_NONE;

  if (byte >= t->from && byte < t->until)
    return t->topic;
  section = covering (&t->sections, byte);
  part = covering (&t->parts, byte);

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
  t->from = byte;
  t->until = MIN (covering_until (&t->sections, byte), covering_until (&t->parts, byte));
  t->topic = result;
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
  Topics topics = { { NULL, }, };
  Cursor sentence;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  if (!tally_write_domain ("oversight", document, layer, cancellable, error))
    return FALSE;

  sections = baogao_document_get_annotations (document, "structure.section");
  parts = baogao_document_get_annotations (document, "structure.part");
  sentences = baogao_document_get_annotations (document, "structure.sentence");
  cursor_init (&topics.sections, sections);
  cursor_init (&topics.parts, parts);
  cursor_init (&sentence, sentences);

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
          /* a slice of the text is known to be valid UTF-8 */
          const char *subject = a->subject_start != G_MAXSIZE ?
                                text + a->subject_start : subjects->str + a->subject_offset;

          baogao_layer_set_string_len (layer, h, "subject", subject, (gssize) a->subject_len);
          baogao_layer_set_int (layer, h, "n_subjects", MAX (a->n_subjects, 1));
        }
      if (a->planned)
        baogao_layer_set_boolean (layer, h, "planned", TRUE);

      /* activities come in text order, so do sentences */
      parent = covering (&sentence, a->start);
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

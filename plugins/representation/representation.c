/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/**
 * SECTION:representation
 *
 * The representation analyzer: what the standing committee decided about
 * people, what deputies asked for, and what was done with and for them.
 *
 * It writes:
 *
 * - `representation.personnel` for each personnel decision the report
 *   states (依法任免国家机关工作人员156人次, 组织宪法宣誓134人, 补选…35名,
 *   终止…代表资格34名, 罢免…2名, 接受…辞职), with `kind` (appointment,
 *   oath, by_election, termination, recall, resignation), `cue` (the
 *   verb), and `count`, `unit`, `approx` when a count is stated (the
 *   quantity is the parent);
 * - `representation.motion` for each count of deputies' motions (议案)
 *   and suggestions (建议、批评和意见, 建议), with `kind` (motion,
 *   suggestion, key_suggestion, motion_and_suggestion), `scope` (the
 *   report's own congress: national, provincial, municipal or county; or
 *   its delegation to the congress above: npc_delegation for a province,
 *   provincial_delegation for a city; local for lower congresses),
 *   `count`, `unit`, `by_delegation` (代表团建议, made in the delegation's
 *   name), `all_handled` (已全部办理完毕) and the rates stated for them in
 *   % (`satisfaction_rate`, `completion_rate`, `resolution_rate`,
 *   `adoption_rate`);
 * - `representation.activity` for deputies' trainings and activities,
 *   with `kind` (training, station, contact, recess_activity, inspection,
 *   research, attendance, group_activity, forum, reporting, donation),
 *   `cue`, `count`/`unit` when stated, `scope` when the clause names whose
 *   deputies, and `audience` for trainings (deputies, npc_deputies,
 *   directors);
 * - `representation.tally` for the year's counts, decided by the shared
 *   tally engine of plugins/common with the rules of
 *   tally-rules-representation.c (appointments, oaths, by_elections,
 *   terminations, recalls, motions, suggestions, key_suggestions,
 *   satisfaction_rate, deputies_trained, npc_motions, …).
 *
 * The scope of a motion depends on the level of the reporting congress,
 * read from the document's title (全国人民代表大会…, 黑龙江省人民代表大会…,
 * 北京市人民代表大会… is provincial, 杭州市人民代表大会… municipal).
 *
 * ## Example
 *
 * |[
 * baogao analyze --analyzers representation --pretty report.txt
 * ]|
 */

#include <baogao/baogao.h>
#include <baogao/baogao-plugin.h>

#include "baogao-tally.h"
#include "representation-scan.h"

#define REPRESENTATION_TYPE_ANALYZER (representation_analyzer_get_type ())

G_DECLARE_FINAL_TYPE (RepresentationAnalyzer, representation_analyzer,
                      REPRESENTATION, ANALYZER, GObject)

struct _RepresentationAnalyzer
{
  GObject parent_instance;
};

static void representation_analyzer_iface_init (BaogaoAnalyzerInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RepresentationAnalyzer, representation_analyzer, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (BAOGAO_TYPE_ANALYZER,
                                                      representation_analyzer_iface_init))

BAOGAO_DEFINE_PLUGIN (representation_analyzer_get_type)

static const char *const type_names[] = {
  "representation.personnel",
  "representation.motion",
  "representation.activity",
};

/* The level of the reporting congress: from the title the structure
 * analyzer found, or else from the head of the text. */
static RepLevel
document_level (BaogaoDocument *document,
                gboolean       *municipality)
{
  const char *title = baogao_document_get_metadata (document, "title");
  const char *text;
  gsize size;

  if (title != NULL)
    return rep_level_from_title (title, -1, municipality);

  text = baogao_document_get_text (document);
  size = baogao_document_get_size (document);
  size = MIN (size, 1024);
  /* cut on a character boundary */
  while (size > 0 && size < baogao_document_get_size (document) &&
         ((guchar) text[size] & 0xC0) == 0x80)
    size--;
  return rep_level_from_title (text, size, municipality);
}

static gint
compare_zones (gconstpointer a,
               gconstpointer b)
{
  const RepZoneSpan *za = a;
  const RepZoneSpan *zb = b;

  if (za->start != zb->start)
    return za->start < zb->start ? -1 : 1;
  if (za->end != zb->end)
    return za->end > zb->end ? -1 : 1;
  return 0;
}

static void
add_zones (GArray         *zones,
           BaogaoDocument *document,
           const char     *type)
{
  g_autoptr(GPtrArray) spans = baogao_document_get_annotations (document, type);

  for (guint i = 0; i < spans->len; i++)
    {
      BaogaoAnnotation *a = g_ptr_array_index (spans, i);
      const char *topic = baogao_annotation_get_string (a, "topic");
      RepZoneSpan zone = {
        baogao_annotation_get_byte_start (a),
        baogao_annotation_get_byte_end (a),
        REP_ZONE_OTHER,
      };

      if (g_strcmp0 (topic, "representation") == 0)
        zone.zone = REP_ZONE_REPRESENTATION;
      else if (g_strcmp0 (topic, "plans") == 0)
        zone.zone = REP_ZONE_PLANS;
      else
        continue;
      g_array_append_val (zones, zone);
    }
}

/* Reads what the scanner asks of a count (a RepFillFunc) */
static void
fill_count (RepCount *count,
            guint     index,
            RepFill   what,
            gpointer  user_data)
{
  GPtrArray *quantities = user_data;
  BaogaoAnnotation *q = g_ptr_array_index (quantities, index);

  if (what & REP_FILL_UNIT)
    count->unit = baogao_annotation_get_string (q, "unit");
  if (what & REP_FILL_BASE_UNIT)
    count->base_unit = baogao_annotation_get_string (q, "base_unit");
  if (what & REP_FILL_VALUE)
    {
      BaogaoValueType type = baogao_annotation_get_feature_type (q, "value");

      count->is_int = type == BAOGAO_VALUE_INT;
      count->is_double = type == BAOGAO_VALUE_DOUBLE;
      if (count->is_int)
        {
          count->int_value = baogao_annotation_get_int (q, "value", 0);
          count->value = (double) count->int_value;
        }
      else
        count->value = baogao_annotation_get_double (q, "value", 0);
    }
  count->filled |= what;
}

static void
write_findings (BaogaoLayer *layer,
                const char  *text,
                GArray      *findings,
                RepCount    *counts,
                GPtrArray   *quantities)
{
  for (guint i = 0; i < findings->len; i++)
    {
      const RepFinding *f = &g_array_index (findings, RepFinding, i);
      guint handle;

      handle = baogao_layer_add_bytes (layer, type_names[f->type], f->start, f->end);
      if (handle == BAOGAO_LAYER_INVALID)
        continue;

      baogao_layer_set_string (layer, handle, "kind", f->kind);
      /* the cue as it stands in the text: the same bytes, known to be
       * UTF-8 */
      if (f->cue != NULL)
        baogao_layer_set_string_len (layer, handle, "cue", text + f->cue_start,
                                     (gssize) (f->cue_end - f->cue_start));
      if (f->scope != NULL)
        baogao_layer_set_string (layer, handle, "scope", f->scope);
      if (f->audience != NULL)
        baogao_layer_set_string (layer, handle, "audience", f->audience);
      if (f->count >= 0)
        {
          BaogaoAnnotation *q = g_ptr_array_index (quantities, f->count);
          RepCount *c = &counts[f->count];
          const char *approx = baogao_annotation_get_string (q, "approx");

          /* what the scan did not read of it: mostly the value */
          RepFill missing = (REP_FILL_UNIT | REP_FILL_VALUE) & ~c->filled;

          if (missing != 0)
            fill_count (c, f->count, missing, quantities);
          if (c->is_int)
            baogao_layer_set_int (layer, handle, "count", c->int_value);
          else if (c->is_double)
            baogao_layer_set_double (layer, handle, "count", c->value);
          if (c->unit != NULL)
            baogao_layer_set_string (layer, handle, "unit", c->unit);
          if (approx != NULL)
            baogao_layer_set_string (layer, handle, "approx", approx);
          baogao_layer_set_parent (layer, handle, q);
        }
      if (f->type == REP_FINDING_MOTION)
        {
          if (f->by_delegation)
            baogao_layer_set_boolean (layer, handle, "by_delegation", TRUE);
          if (f->all_handled)
            baogao_layer_set_boolean (layer, handle, "all_handled", TRUE);
          for (guint r = 0; r < REP_N_RATES; r++)
            if (f->rate_mask & (1u << r))
              baogao_layer_set_double (layer, handle, rep_rate_to_string (r), f->rates[r]);
        }
    }
}

static gboolean
representation_analyzer_analyze (BaogaoAnalyzer  *analyzer,
                                 BaogaoDocument  *document,
                                 BaogaoLayer     *layer,
                                 GCancellable    *cancellable,
                                 GError         **error)
{
  g_autoptr(GPtrArray) quantities = NULL;
  g_autofree RepCount *counts = NULL;
  g_autoptr(GArray) zones = NULL;
  g_autoptr(GArray) findings = NULL;
  gboolean municipality = FALSE;
  RepLevel level;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  level = document_level (document, &municipality);

  quantities = baogao_document_get_annotations (document, "quantity");
  counts = g_new (RepCount, quantities->len);
  /* their values and units are read when the scanner needs them */
  for (guint i = 0; i < quantities->len; i++)
    {
      BaogaoAnnotation *q = g_ptr_array_index (quantities, i);

      counts[i] = (RepCount) {
        baogao_annotation_get_byte_start (q),
        baogao_annotation_get_byte_end (q),
        0, 0, NULL, NULL, 0, FALSE, FALSE,
      };
    }

  zones = g_array_new (FALSE, FALSE, sizeof (RepZoneSpan));
  add_zones (zones, document, "structure.section");
  add_zones (zones, document, "structure.part");
  g_array_sort (zones, compare_zones);

  findings = rep_scan (baogao_document_get_text (document),
                       baogao_document_get_size (document),
                       level, municipality,
                       counts, quantities->len,
                       fill_count, quantities,
                       (const RepZoneSpan *) (gpointer) zones->data, zones->len);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  write_findings (layer, baogao_document_get_text (document), findings,
                  counts, quantities);

  return tally_write_domain ("representation", document, layer, cancellable, error);
}

static void
representation_analyzer_iface_init (BaogaoAnalyzerInterface *iface)
{
  iface->analyze = representation_analyzer_analyze;
}

static void
representation_analyzer_class_init (RepresentationAnalyzerClass *klass)
{
}

static void
representation_analyzer_init (RepresentationAnalyzer *self)
{
}

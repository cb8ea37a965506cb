/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/*
 * citation.c: the `citation` analyzer
 *
 * Marks every title in 《》 (or 〈〉) as a `citation` annotation whose span
 * includes the brackets. A title inside another one (`《关于〈…〉的决定》`,
 * `《…《…》…》`) is an annotation of its own, whose parent is the outer
 * title.
 *
 * Features:
 *
 * - `title`: the text between the brackets; for a title cut by a page break,
 *   without the break (newlines, blank lines, print markers)
 * - `kind`: law, regulation, decision, rules, plan, opinion, agreement,
 *   publication, speech or other
 * - `level` (when it shows): national, party, provincial, municipal
 * - `split`: TRUE for a title joined across a page or line break, here or
 *   by the reader (see [method@Baogao.Document.get_repair])
 * - `unbalanced`: TRUE for a best-effort title whose bracket never closes
 *
 * The scanning and the rules are in citation-scan.c.
 */

#include <baogao/baogao-plugin.h>

#include "citation-scan.h"

#define CITATION_TYPE_ANALYZER (citation_analyzer_get_type ())
G_DECLARE_FINAL_TYPE (CitationAnalyzer, citation_analyzer, CITATION, ANALYZER, GObject)

struct _CitationAnalyzer
{
  GObject parent_instance;
};

static void citation_analyzer_iface_init (BaogaoAnalyzerInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CitationAnalyzer, citation_analyzer, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (BAOGAO_TYPE_ANALYZER,
                                                      citation_analyzer_iface_init))

BAOGAO_DEFINE_PLUGIN (citation_analyzer_get_type)

/* Where the reader removed something from the text (a line break it joined,
 * a print marker), as byte offsets in text order; not the stray spaces it
 * removed, which split no title (《 某 某 条 例 》 in a spaced-out line) */
static GArray *
repair_positions (BaogaoDocument *document)
{
  guint n = baogao_document_get_n_repairs (document);
  GArray *positions = g_array_sized_new (FALSE, FALSE, sizeof (gsize), n);

  for (guint i = 0; i < n; i++)
    {
      gsize offset = 0;
      gsize byte;

      if (baogao_document_get_repair (document, i, &offset, NULL, NULL) == BAOGAO_TEXT_REPAIR_SPACE)
        continue;
      byte = baogao_document_offset_to_byte (document, offset);
      if (positions->len == 0 || g_array_index (positions, gsize, positions->len - 1) < byte)
        g_array_append_val (positions, byte);
    }
  return positions;
}

/* Whether one of @positions lies strictly inside [@start, @end) */
static gboolean
has_position_inside (const GArray *positions,
                     gsize         start,
                     gsize         end)
{
  guint lo = 0, hi = positions->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (positions, gsize, mid) <= start)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo < positions->len && g_array_index (positions, gsize, lo) < end;
}

static gboolean
citation_analyzer_analyze (BaogaoAnalyzer  *analyzer,
                           BaogaoDocument  *document,
                           BaogaoLayer     *layer,
                           GCancellable    *cancellable,
                           GError         **error)
{
  const char *text = baogao_document_get_text (document);
  gsize size = baogao_document_get_size (document);
  g_autoptr(GArray) citations = NULL;
  g_autoptr(GArray) gaps = NULL;
  g_autofree guint *handles = NULL;
  char title[CITATION_TITLE_MAX_BYTES];

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  citations = g_array_sized_new (FALSE, FALSE, sizeof (Citation), 64);
  gaps = g_array_new (FALSE, FALSE, sizeof (CitationGap));
  citation_scan (text, size, citations, gaps);
  if (citations->len == 0)
    return TRUE;
  citation_classify (text, size, citations, gaps);

  /* a title the reader already joined across a page break is split too */
  if (baogao_document_get_n_repairs (document) > 0)
    {
      g_autoptr(GArray) positions = repair_positions (document);

      for (guint i = 0; i < citations->len; i++)
        {
          Citation *c = &g_array_index (citations, Citation, i);

          if (!c->split && has_position_inside (positions, c->start, c->end))
            c->split = TRUE;
        }
    }

  handles = g_new (guint, citations->len);
  for (guint i = 0; i < citations->len; i++)
    {
      const Citation *c = &g_array_index (citations, Citation, i);
      guint h = baogao_layer_add_bytes (layer, "citation", c->start, c->end);
      const char *level = citation_level_to_string (c->level);

      handles[i] = h;
      if (h == BAOGAO_LAYER_INVALID)
        continue;

      if (c->n_gaps == 0)
        baogao_layer_set_string_len (layer, h, "title", text + c->title_start,
                                     (gssize) (c->title_end - c->title_start));
      else
        {
          gsize len = citation_copy_title (text, c, gaps, title, sizeof title);

          baogao_layer_set_string_len (layer, h, "title", title, (gssize) len);
        }
      baogao_layer_set_string (layer, h, "kind", citation_kind_to_string (c->kind));
      if (level != NULL)
        baogao_layer_set_string (layer, h, "level", level);
      if (c->split)
        baogao_layer_set_boolean (layer, h, "split", TRUE);
      if (c->unbalanced)
        baogao_layer_set_boolean (layer, h, "unbalanced", TRUE);
    }

  for (guint i = 0; i < citations->len; i++)
    {
      const Citation *c = &g_array_index (citations, Citation, i);

      if (c->parent >= 0 && handles[i] != BAOGAO_LAYER_INVALID &&
          handles[c->parent] != BAOGAO_LAYER_INVALID)
        baogao_layer_set_local_parent (layer, handles[i], handles[c->parent]);
    }

  return TRUE;
}

static void
citation_analyzer_iface_init (BaogaoAnalyzerInterface *iface)
{
  iface->analyze = citation_analyzer_analyze;
}

static void
citation_analyzer_class_init (CitationAnalyzerClass *klass)
{
}

static void
citation_analyzer_init (CitationAnalyzer *self)
{
}

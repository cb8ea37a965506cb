/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/**
 * baogao eval scoring:
 *
 * Pairs the entries of a hand-checked gold file with the annotations of an
 * analyzed document, layer by layer, by the rules of the scorers of the
 * test suite (`tests/gold/score_*.py`), and counts what was found.
 *
 * ```c
 * g_autoptr(GPtrArray) layers = tool_eval_score (document, gold);
 * ```
 *
 * ## The gold
 *
 * A JSON object. Gold entries carry snippets of the text, not offsets: a
 * snippet is looked for in the text as written, then with any white space
 * between its characters (a reader may join or keep line breaks). Each
 * list below that the gold holds is a layer; a missing one is not scored.
 *
 * - `metadata`: an object of fields, equal when the document states the
 *   same value (an integer also matches its decimal string). A null field
 *   is one the report does not state.
 * - `sections`: `{index, heading, topic}`; a `structure.section` with the
 *   same index and heading (white space and the width of , : ; ( ) ! ?
 *   aside) is a match; `topic_accuracy` among the matches.
 * - `items`: `{section, marker, ordinal, snippet}`; the marker and snippet
 *   are found inside the span of their gold section (from its heading to
 *   the next); a `structure.item` that starts there with the ordinal as
 *   its `index` is a match. `no_merge`: the items that swallow no other
 *   gold item's marker.
 * - `quantities`: `{snippet, value, unit, approx}`, in text order; an
 *   unused `quantity` overlapping the snippet's place with the same value
 *   and unit, as written or normalized (`normalized`, `base_unit`);
 *   `approx_accuracy` among the matches.
 * - `tallies`: `{snippet, domain, measure, value, unit, approx}`; an unused
 *   `<domain>.tally` overlapping the snippet's place with the same number,
 *   as written or through its parent quantity's normalized value;
 *   `measure_accuracy` among the matches. Scored for all domains together
 *   (`tallies`) and for each domain (`tallies.legislation`, …).
 * - `instruments`: those of kind law, regulation, rules or decision acted
 *   on (enact, amend, revise, repeal, re_enact, approve, deliberate,
 *   guide); a `legislation.instrument` of the same name (《》〈〉, white
 *   space and the width of parentheses aside), or overlapping the
 *   snippet with a name that ends the other. Precision counts the
 *   annotations of those kinds and actions. `action_accuracy`,
 *   `level_accuracy`, `body_accuracy` among the matches.
 * - `people` (`{name, title}`), `places`, `organizations` (strings):
 *   each distinct annotated name is a prediction; a gold name is found
 *   when an `entity.*` annotation's text (or, for places, its `canonical`
 *   feature) is the name, white space aside. `title_accuracy` for people.
 *   Precision is only indicative: the gold lists names once and leaves out
 *   generic mentions.
 *
 * ## Counting
 *
 * tp: gold entries found; fn: gold entries not found; fp: predictions
 * that match no gold entry. Precision is (predicted − fp) / predicted,
 * recall tp / gold, F1 their harmonic mean. An empty gold list gives recall
 * 1; nothing predicted gives precision 1 when the gold list is empty too,
 * and 0 otherwise (1 for the entity layers, as their scorer has it).
 *
 * Where a gold file holds something the scorers do not expect (a tally
 * domain outside the five of the design, a null metadata field), this
 * scores it; the test suite's scorers leave it out or count it as missed.
 */

#include <math.h>
#include <string.h>

#include "baogao-eval.h"

/* The tally domains of the design; a gold may name more. */
static const char * const tally_domains[] = {
  "political", "legislation", "oversight", "representation", "self_building",
};

/* The instruments the `instruments` layer scores: acted on, not cited. */
static const char * const instrument_kinds[] = {
  "law", "regulation", "rules", "decision",
};
static const char * const instrument_actions[] = {
  "enact", "amend", "revise", "repeal", "re_enact", "approve", "deliberate", "guide",
};

static const char * const layer_names[] = {
  "metadata", "sections", "items", "quantities", "tallies", "instruments",
  "people", "places", "organizations",
};

#define ENTITY_PRECISION_NOTE \
  "the gold lists each name once and leaves out generic mentions " \
  "that the analyzer rightly marks"

#define NO_PLACE G_MAXSIZE

typedef struct
{
  BaogaoDocument *document;
  JsonObject     *gold;
  gunichar       *text;    /* the document's text, one element per code point */
  gsize           length;
} Eval;

typedef struct
{
  gsize start;
  gsize end;
} Span;

/* ------------------------------------------------------------------------ */
/* Layers                                                                    */

void
tool_eval_layer_free (ToolEvalLayer *layer)
{
  if (layer == NULL)
    return;

  g_free (layer->name);
  g_array_unref (layer->figures);
  g_free (layer);
}

static ToolEvalLayer *
layer_new (const char *name)
{
  ToolEvalLayer *layer = g_new0 (ToolEvalLayer, 1);

  layer->name = g_strdup (name);
  layer->figures = g_array_new (FALSE, FALSE, sizeof (ToolEvalFigure));

  return layer;
}

static double
ratio (guint  numerator,
       guint  denominator,
       double empty)
{
  return denominator > 0 ? (double) numerator / denominator : empty;
}

static void
layer_add_figure (ToolEvalLayer *layer,
                  const char    *name,
                  double         value)
{
  ToolEvalFigure figure = { name, value };

  g_array_append_val (layer->figures, figure);
}

/* Derives fn, precision, recall and F1 from the counts; @empty_precision
 * when nothing was predicted. */
static void
layer_finish (ToolEvalLayer *layer,
              double         empty_precision)
{
  g_assert (layer->tp <= layer->n_gold);
  g_assert (layer->fp <= layer->n_predicted);

  layer->fn = layer->n_gold - layer->tp;
  layer->precision = ratio (layer->n_predicted - layer->fp, layer->n_predicted, empty_precision);
  layer->recall = ratio (layer->tp, layer->n_gold, 1.0);
  layer->f1 = layer->precision + layer->recall > 0
              ? 2 * layer->precision * layer->recall / (layer->precision + layer->recall)
              : 0.0;
}

gboolean
tool_eval_layer_lookup (const ToolEvalLayer *layer,
                        const char          *metric,
                        double              *value)
{
  if (g_str_equal (metric, "precision"))
    *value = layer->precision;
  else if (g_str_equal (metric, "recall"))
    *value = layer->recall;
  else if (g_str_equal (metric, "f1"))
    *value = layer->f1;
  else
    {
      for (guint i = 0; i < layer->figures->len; i++)
        {
          const ToolEvalFigure *figure = &g_array_index (layer->figures, ToolEvalFigure, i);

          if (g_str_equal (figure->name, metric))
            {
              *value = figure->value;
              return TRUE;
            }
        }
      return FALSE;
    }

  return TRUE;
}

gboolean
tool_eval_is_layer_name (const char *name)
{
  if (g_str_has_prefix (name, "tallies.") && name[strlen ("tallies.")] != '\0')
    return TRUE;

  for (gsize i = 0; i < G_N_ELEMENTS (layer_names); i++)
    if (g_str_equal (layer_names[i], name))
      return TRUE;

  return FALSE;
}

/* ------------------------------------------------------------------------ */
/* Reading the gold                                                          */

static JsonNode *
member (JsonObject *object,
        const char *key)
{
  return object != NULL && json_object_has_member (object, key)
         ? json_object_get_member (object, key)
         : NULL;
}

/* A UTF-8 string member; NULL when absent, null or of another type. */
static const char *
member_string (JsonObject *object,
               const char *key)
{
  JsonNode *node = member (object, key);
  const char *value;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node)
      || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  value = json_node_get_string (node);

  return value != NULL && g_utf8_validate (value, -1, NULL) ? value : NULL;
}

static gboolean
node_number (JsonNode *node,
             double   *value)
{
  GType type;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return FALSE;

  type = json_node_get_value_type (node);
  if (type == G_TYPE_INT64)
    *value = (double) json_node_get_int (node);
  else if (type == G_TYPE_DOUBLE)
    *value = json_node_get_double (node);
  else
    return FALSE;  /* booleans are not numbers here */

  return TRUE;
}

static gboolean
member_number (JsonObject *object,
               const char *key,
               double     *value)
{
  return node_number (member (object, key), value);
}

static gboolean
member_int (JsonObject *object,
            const char *key,
            gint64     *value)
{
  double number;

  if (!member_number (object, key, &number) || number != floor (number)
      || fabs (number) > 1e15)
    return FALSE;

  *value = (gint64) number;
  return TRUE;
}

static JsonArray *
member_array (JsonObject *object,
              const char *key)
{
  JsonNode *node = member (object, key);

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

static JsonObject *
member_object (JsonObject *object,
               const char *key)
{
  JsonNode *node = member (object, key);

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static JsonObject *
element_object (JsonArray *array,
                guint      index)
{
  JsonNode *node = json_array_get_element (array, index);

  return JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

/* ------------------------------------------------------------------------ */
/* Reading the annotations                                                   */

static const char *
feature_string (const BaogaoAnnotation *annotation,
                const char             *key)
{
  return baogao_annotation_get_string (annotation, key);
}

static gboolean
feature_number (const BaogaoAnnotation *annotation,
                const char             *key,
                double                 *value)
{
  switch (baogao_annotation_get_feature_type (annotation, key))
    {
    case BAOGAO_VALUE_INT:
      *value = (double) baogao_annotation_get_int (annotation, key, 0);
      return TRUE;
    case BAOGAO_VALUE_DOUBLE:
      *value = baogao_annotation_get_double (annotation, key, 0.0);
      return TRUE;
    case BAOGAO_VALUE_NONE:
    case BAOGAO_VALUE_STRING:
    case BAOGAO_VALUE_BOOLEAN:
    default:
      return FALSE;
    }
}

static gboolean
same_number (double a,
             double b)
{
  return fabs (a - b) <= 1e-9 * MAX (1.0, MAX (fabs (a), fabs (b)));
}

/* The feature against the gold member: numbers by value, otherwise as
 * strings; both missing is equal. */
static gboolean
feature_equals_member (const BaogaoAnnotation *annotation,
                       const char             *feature,
                       JsonObject             *object,
                       const char             *key)
{
  double a, b;
  gboolean a_number = feature_number (annotation, feature, &a);
  gboolean b_number = member_number (object, key, &b);

  if (a_number || b_number)
    return a_number && b_number && a == b;

  return g_strcmp0 (feature_string (annotation, feature), member_string (object, key)) == 0;
}

static gboolean
overlaps (const BaogaoAnnotation *annotation,
          const Span             *span)
{
  return baogao_annotation_get_start (annotation) < span->end
         && baogao_annotation_get_end (annotation) > span->start;
}

static int
compare_by_position (gconstpointer a,
                     gconstpointer b)
{
  const BaogaoAnnotation *x = *(const BaogaoAnnotation * const *) a;
  const BaogaoAnnotation *y = *(const BaogaoAnnotation * const *) b;
  gsize xs = baogao_annotation_get_start (x), ys = baogao_annotation_get_start (y);
  gsize xe = baogao_annotation_get_end (x), ye = baogao_annotation_get_end (y);
  guint xi = baogao_annotation_get_id (x), yi = baogao_annotation_get_id (y);

  if (xs != ys)
    return xs < ys ? -1 : 1;
  if (xe != ye)
    return xe < ye ? -1 : 1;
  return xi < yi ? -1 : xi > yi;
}

/* ------------------------------------------------------------------------ */
/* Text                                                                      */

/* Half-width , : ; ( ) ! ? as their full-width forms. */
static gunichar
fold_width (gunichar c)
{
  switch (c)
    {
    case ',':
      return 0xFF0C;
    case ':':
      return 0xFF1A;
    case ';':
      return 0xFF1B;
    case '(':
      return 0xFF08;
    case ')':
      return 0xFF09;
    case '!':
      return 0xFF01;
    case '?':
      return 0xFF1F;
    default:
      return c;
    }
}

typedef enum {
  NORM_SPACE    = 1 << 0,  /* drop white space */
  NORM_WIDTH    = 1 << 1,  /* half-width punctuation as full-width */
  NORM_BRACKETS = 1 << 2,  /* drop 《》〈〉, （） as () */
} NormFlags;

static char *
normalize (const char *text,
           NormFlags   flags)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((flags & NORM_SPACE) && g_unichar_isspace (c))
        continue;
      if (flags & NORM_BRACKETS)
        {
          if (c == 0x300A || c == 0x300B || c == 0x3008 || c == 0x3009)
            continue;
          if (c == 0xFF08)
            c = '(';
          else if (c == 0xFF09)
            c = ')';
        }
      if (flags & NORM_WIDTH)
        c = fold_width (c);
      g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

static gboolean
find_exact (const Eval     *eval,
            const gunichar *needle,
            gsize           n,
            gsize           from,
            Span           *span)
{
  if (n == 0)
    return FALSE;

  for (gsize i = from; i + n <= eval->length; i++)
    {
      if (eval->text[i] == needle[0]
          && memcmp (eval->text + i, needle, n * sizeof *needle) == 0)
        {
          span->start = i;
          span->end = i + n;
          return TRUE;
        }
    }

  return FALSE;
}

/* What the scorers' regular expressions `c1\s*c2\s*…` find: the needle's
 * characters but its white space, with any white space between them in the
 * text, wholly inside [@from, @to). With @fold, either width of
 * , : ; ( ) ! ? matches. */
static gboolean
find_loose (const Eval     *eval,
            const gunichar *needle,
            gsize           n,
            gsize           from,
            gsize           to,
            gboolean        fold,
            Span           *span)
{
  g_autofree gunichar *chars = g_new (gunichar, n + 1);
  gsize m = 0;

  for (gsize i = 0; i < n; i++)
    if (!g_unichar_isspace (needle[i]))
      chars[m++] = fold ? fold_width (needle[i]) : needle[i];
  if (m == 0)
    return FALSE;

  to = MIN (to, eval->length);
  for (gsize i = from; i < to; i++)
    {
      gsize j = i, k = 0;

      while (k < m)
        {
          if (k > 0)
            while (j < to && g_unichar_isspace (eval->text[j]))
              j++;
          if (j >= to || (fold ? fold_width (eval->text[j]) : eval->text[j]) != chars[k])
            break;
          j++;
          k++;
        }

      if (k == m)
        {
          span->start = i;
          span->end = j;
          return TRUE;
        }
    }

  return FALSE;
}

/* A snippet's place: as written at or after @cursor, as written anywhere,
 * then the same with white space between its characters. */
static gboolean
locate_snippet (const Eval *eval,
                const char *snippet,
                gsize       cursor,
                Span       *span)
{
  g_autofree gunichar *needle = NULL;
  glong n = 0;

  if (snippet == NULL || *snippet == '\0')
    return FALSE;

  needle = g_utf8_to_ucs4_fast (snippet, -1, &n);

  return find_exact (eval, needle, n, cursor, span)
         || find_exact (eval, needle, n, 0, span)
         || find_loose (eval, needle, n, cursor, G_MAXSIZE, FALSE, span)
         || find_loose (eval, needle, n, 0, G_MAXSIZE, FALSE, span);
}

/* Structure patterns: white space and punctuation width aside, inside
 * [@from, @to). */
static gboolean
locate_pattern (const Eval *eval,
                const char *pattern,
                gsize       from,
                gsize       to,
                Span       *span)
{
  g_autofree gunichar *needle = NULL;
  glong n = 0;

  needle = g_utf8_to_ucs4_fast (pattern, -1, &n);

  return find_loose (eval, needle, n, from, to, TRUE, span);
}

/* ------------------------------------------------------------------------ */
/* metadata                                                                  */

static gboolean
metadata_equal (BaogaoDocument *document,
                const char     *key,
                JsonNode       *want)
{
  BaogaoValueType type = baogao_document_get_metadata_type (document, key);
  GType want_type = JSON_NODE_HOLDS_VALUE (want) ? json_node_get_value_type (want) : G_TYPE_NONE;

  if (want_type == G_TYPE_INT64)
    {
      gint64 expected = json_node_get_int (want);
      const char *text;
      g_autofree char *stripped = NULL;
      gint64 got;

      if (type == BAOGAO_VALUE_INT)
        return baogao_document_get_metadata_int (document, key, 0) == expected;
      if (type != BAOGAO_VALUE_STRING || (text = baogao_document_get_metadata (document, key)) == NULL)
        return FALSE;
      stripped = g_strstrip (g_strdup (text));

      return g_ascii_string_to_signed (stripped, 10, G_MININT64, G_MAXINT64, &got, NULL)
             && got == expected;
    }

  if (want_type == G_TYPE_STRING)
    {
      const char *expected = json_node_get_string (want);

      if (type == BAOGAO_VALUE_INT)
        {
          g_autofree char *got = g_strdup_printf ("%" G_GINT64_FORMAT,
                                                  baogao_document_get_metadata_int (document, key, 0));

          return g_strcmp0 (got, expected) == 0;
        }

      return type == BAOGAO_VALUE_STRING
             && g_strcmp0 (baogao_document_get_metadata (document, key), expected) == 0;
    }

  return FALSE;
}

static ToolEvalLayer *
score_metadata (const Eval *eval)
{
  JsonObject *metadata = member_object (eval->gold, "metadata");
  g_autoptr(GList) keys = NULL;
  ToolEvalLayer *layer;

  if (metadata == NULL)
    return NULL;

  layer = layer_new ("metadata");
  keys = json_object_get_members (metadata);
  for (GList *l = keys; l != NULL; l = l->next)
    {
      const char *key = l->data;
      JsonNode *want = json_object_get_member (metadata, key);
      gboolean stated = baogao_document_get_metadata_type (eval->document, key) != BAOGAO_VALUE_NONE;

      /* a null field: the report does not state it */
      if (JSON_NODE_HOLDS_NULL (want))
        {
          if (stated)
            {
              layer->n_predicted++;
              layer->fp++;
            }
          continue;
        }

      layer->n_gold++;
      if (stated)
        layer->n_predicted++;
      if (metadata_equal (eval->document, key, want))
        layer->tp++;
      else if (stated)
        layer->fp++;
    }

  layer_finish (layer, layer->n_gold > 0 ? 0.0 : 1.0);

  return layer;
}

/* ------------------------------------------------------------------------ */
/* sections and items                                                        */

static ToolEvalLayer *
score_sections (const Eval *eval)
{
  JsonArray *gold = member_array (eval->gold, "sections");
  g_autoptr(GPtrArray) predicted = NULL;
  g_autofree gboolean *used = NULL;
  guint topic_right = 0;
  ToolEvalLayer *layer;

  if (gold == NULL)
    return NULL;

  layer = layer_new ("sections");
  predicted = baogao_document_get_annotations (eval->document, "structure.section");
  g_ptr_array_sort (predicted, compare_by_position);
  used = g_new0 (gboolean, predicted->len + 1);

  for (guint i = 0; i < json_array_get_length (gold); i++)
    {
      JsonObject *entry = element_object (gold, i);
      g_autofree char *heading = NULL;
      const char *topic;
      int hit = -1;

      if (entry == NULL)
        continue;
      layer->n_gold++;
      heading = normalize (member_string (entry, "heading"), NORM_SPACE | NORM_WIDTH);
      topic = member_string (entry, "topic");

      /* prefer the section whose topic agrees too */
      for (int pass = 0; pass < 2 && hit < 0; pass++)
        for (guint k = 0; k < predicted->len && hit < 0; k++)
          {
            const BaogaoAnnotation *section = predicted->pdata[k];
            g_autofree char *got = NULL;

            if (used[k] || !feature_equals_member (section, "index", entry, "index"))
              continue;
            if (pass == 0 && g_strcmp0 (feature_string (section, "topic"), topic) != 0)
              continue;
            got = normalize (feature_string (section, "heading"), NORM_SPACE | NORM_WIDTH);
            if (g_str_equal (got, heading))
              hit = (int) k;
          }

      if (hit < 0)
        continue;
      used[hit] = TRUE;
      layer->tp++;
      if (g_strcmp0 (feature_string (predicted->pdata[hit], "topic"), topic) == 0)
        topic_right++;
    }

  layer->n_predicted = predicted->len;
  layer->fp = predicted->len - layer->tp;
  layer_finish (layer, layer->n_gold > 0 ? 0.0 : 1.0);
  layer_add_figure (layer, "topic_accuracy",
                    ratio (topic_right, layer->tp, layer->n_gold > 0 ? 0.0 : 1.0));

  return layer;
}

/* 一 … 九十九, as section headings number themselves. */
static char *
chinese_numeral (gint64 n)
{
  static const char * const digits[] = {
    "零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
  };

  if (n <= 0 || n >= 100)
    return NULL;
  if (n <= 10)
    return g_strdup (digits[n]);
  if (n < 20)
    return g_strconcat ("十", digits[n - 10], NULL);

  return g_strconcat (digits[n / 10], "十", n % 10 != 0 ? digits[n % 10] : "", NULL);
}

/* Where each gold section lies: from its marker and heading (一、…) up to
 * the next section found; start NO_PLACE when not found. */
static Span *
gold_section_spans (const Eval *eval,
                    JsonArray  *sections,
                    guint      *n_spans)
{
  guint n = sections != NULL ? json_array_get_length (sections) : 0;
  Span *spans = g_new (Span, n + 1);
  gsize cursor = 0;

  for (guint i = 0; i < n; i++)
    {
      JsonObject *entry = element_object (sections, i);
      g_autofree char *numeral = NULL;
      g_autofree char *pattern = NULL;
      const char *heading;
      gint64 index = 0;
      Span span;

      spans[i].start = NO_PLACE;
      if (entry == NULL || !member_int (entry, "index", &index))
        continue;
      numeral = chinese_numeral (index);
      if (numeral == NULL)
        continue;
      heading = member_string (entry, "heading");
      pattern = g_strconcat (numeral, "、", heading != NULL ? heading : "", NULL);
      if (locate_pattern (eval, pattern, cursor, G_MAXSIZE, &span)
          || locate_pattern (eval, pattern, 0, G_MAXSIZE, &span))
        {
          spans[i].start = span.start;
          cursor = span.end;
        }
    }

  for (guint i = 0; i < n; i++)
    {
      if (spans[i].start == NO_PLACE)
        continue;
      spans[i].end = eval->length;
      for (guint j = i + 1; j < n; j++)
        if (spans[j].start != NO_PLACE && spans[j].start > spans[i].start)
          {
            spans[i].end = spans[j].start;
            break;
          }
    }

  *n_spans = n;
  return spans;
}

static ToolEvalLayer *
score_items (const Eval *eval)
{
  JsonArray *gold = member_array (eval->gold, "items");
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GArray) places = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autofree gboolean *used = NULL;
  g_autofree Span *spans = NULL;
  guint n_spans = 0, clean = 0;
  ToolEvalLayer *layer;

  if (gold == NULL)
    return NULL;

  layer = layer_new ("items");
  spans = gold_section_spans (eval, member_array (eval->gold, "sections"), &n_spans);
  entries = g_ptr_array_new ();
  places = g_array_new (FALSE, FALSE, sizeof (gsize));

  /* the place of each gold item's marker */
  for (guint i = 0; i < json_array_get_length (gold); i++)
    {
      JsonObject *entry = element_object (gold, i);
      const char *marker, *snippet;
      g_autofree char *pattern = NULL;
      gint64 section = 0;
      gsize place = NO_PLACE;
      Span span;

      if (entry == NULL)
        continue;
      marker = member_string (entry, "marker");
      snippet = member_string (entry, "snippet");
      pattern = g_strconcat (marker != NULL ? marker : "", snippet != NULL ? snippet : "", NULL);
      member_int (entry, "section", &section);

      if (section >= 1 && section <= n_spans && spans[section - 1].start != NO_PLACE
          && locate_pattern (eval, pattern, spans[section - 1].start, spans[section - 1].end, &span))
        place = span.start;
      else if (locate_pattern (eval, pattern, 0, G_MAXSIZE, &span))
        place = span.start;

      g_ptr_array_add (entries, entry);
      g_array_append_val (places, place);
    }

  items = baogao_document_get_annotations (eval->document, "structure.item");
  used = g_new0 (gboolean, items->len + 1);
  layer->n_gold = entries->len;
  for (guint i = 0; i < entries->len; i++)
    {
      gsize place = g_array_index (places, gsize, i);

      if (place == NO_PLACE)
        continue;
      for (guint k = 0; k < items->len; k++)
        {
          const BaogaoAnnotation *item = items->pdata[k];

          if (used[k] || baogao_annotation_get_start (item) != place
              || !feature_equals_member (item, "index", entries->pdata[i], "ordinal"))
            continue;
          used[k] = TRUE;
          layer->tp++;
          break;
        }
    }

  /* an item that holds another gold item's marker merged two */
  for (guint k = 0; k < items->len; k++)
    {
      gsize start = baogao_annotation_get_start (items->pdata[k]);
      gsize end = baogao_annotation_get_end (items->pdata[k]);
      gboolean merged = FALSE;

      for (guint i = 0; i < entries->len && !merged; i++)
        {
          gsize place = g_array_index (places, gsize, i);
          const char *marker = member_string (entries->pdata[i], "marker");

          if (place == NO_PLACE || place == start)
            continue;
          merged = start < place
                   && place + (gsize) g_utf8_strlen (marker != NULL ? marker : "", -1) <= end;
        }
      if (!merged)
        clean++;
    }

  layer->n_predicted = items->len;
  layer->fp = items->len - layer->tp;
  layer_finish (layer, layer->n_gold > 0 ? 0.0 : 1.0);
  layer_add_figure (layer, "no_merge", ratio (clean, items->len, layer->n_gold > 0 ? 0.0 : 1.0));

  return layer;
}

/* ------------------------------------------------------------------------ */
/* quantities and tallies                                                    */

static gboolean
quantity_agrees (const BaogaoAnnotation *quantity,
                 JsonObject             *entry)
{
  const char *unit = member_string (entry, "unit");
  double want, got;

  if (!member_number (entry, "value", &want))
    return FALSE;

  if (feature_number (quantity, "value", &got) && same_number (got, want)
      && g_strcmp0 (feature_string (quantity, "unit"), unit) == 0)
    return TRUE;

  return feature_number (quantity, "normalized", &got) && same_number (got, want)
         && g_strcmp0 (feature_string (quantity, "base_unit"), unit) == 0;
}

static ToolEvalLayer *
score_quantities (const Eval *eval)
{
  JsonArray *gold = member_array (eval->gold, "quantities");
  g_autoptr(GPtrArray) quantities = NULL;
  g_autofree gboolean *used = NULL;
  guint approx_right = 0;
  gsize cursor = 0;
  ToolEvalLayer *layer;

  if (gold == NULL)
    return NULL;

  layer = layer_new ("quantities");
  quantities = baogao_document_get_annotations (eval->document, "quantity");
  g_ptr_array_sort (quantities, compare_by_position);
  used = g_new0 (gboolean, quantities->len + 1);

  for (guint i = 0; i < json_array_get_length (gold); i++)
    {
      JsonObject *entry = element_object (gold, i);
      Span place;

      if (entry == NULL)
        continue;
      layer->n_gold++;
      if (!locate_snippet (eval, member_string (entry, "snippet"), cursor, &place))
        continue;
      cursor = place.start;

      for (guint k = 0; k < quantities->len; k++)
        {
          const BaogaoAnnotation *quantity = quantities->pdata[k];

          if (used[k] || !overlaps (quantity, &place) || !quantity_agrees (quantity, entry))
            continue;
          used[k] = TRUE;
          layer->tp++;
          if (g_strcmp0 (feature_string (quantity, "approx"), member_string (entry, "approx")) == 0)
            approx_right++;
          break;
        }
    }

  layer->n_predicted = quantities->len;
  layer->fp = quantities->len - layer->tp;
  layer_finish (layer, layer->n_gold > 0 ? 0.0 : 1.0);
  layer_add_figure (layer, "approx_accuracy",
                    ratio (approx_right, layer->tp, layer->n_gold > 0 ? 0.0 : 1.0));

  return layer;
}

/* The number as written (any unit when the gold gives none), or normalized
 * through the parent quantity. */
static gboolean
tally_agrees (const BaogaoAnnotation *tally,
              JsonObject             *entry)
{
  const char *unit = member_string (entry, "unit");
  const BaogaoAnnotation *parent;
  double want, got;

  if (!member_number (entry, "value", &want))
    return FALSE;

  if (feature_number (tally, "value", &got) && same_number (got, want)
      && (unit == NULL || g_strcmp0 (feature_string (tally, "unit"), unit) == 0))
    return TRUE;

  parent = baogao_annotation_get_parent (tally);

  return parent != NULL
         && feature_number (parent, "normalized", &got) && same_number (got, want)
         && (unit == NULL || g_strcmp0 (feature_string (parent, "base_unit"), unit) == 0);
}

static ToolEvalLayer *
score_tallies (const Eval         *eval,
               JsonArray          *gold,
               const char         *name,
               const char * const *domains)
{
  g_autoptr(GPtrArray) tallies = g_ptr_array_new ();
  g_autofree gboolean *used = NULL;
  guint measure_right = 0;
  gsize cursor = 0;
  ToolEvalLayer *layer = layer_new (name);

  for (guint d = 0; domains[d] != NULL; d++)
    {
      g_autofree char *type = g_strconcat (domains[d], ".tally", NULL);
      g_autoptr(GPtrArray) found = baogao_document_get_annotations (eval->document, type);

      g_ptr_array_extend (tallies, found, NULL, NULL);
    }
  g_ptr_array_sort (tallies, compare_by_position);
  used = g_new0 (gboolean, tallies->len + 1);

  for (guint i = 0; i < json_array_get_length (gold); i++)
    {
      JsonObject *entry = element_object (gold, i);
      const char *domain = member_string (entry, "domain");
      g_autofree char *type = NULL;
      Span place;

      if (entry == NULL || domain == NULL || !g_strv_contains (domains, domain))
        continue;
      layer->n_gold++;
      if (!locate_snippet (eval, member_string (entry, "snippet"), cursor, &place))
        continue;
      cursor = place.start;
      type = g_strconcat (domain, ".tally", NULL);

      for (guint k = 0; k < tallies->len; k++)
        {
          const BaogaoAnnotation *tally = tallies->pdata[k];

          if (used[k] || !g_str_equal (baogao_annotation_get_annotation_type (tally), type)
              || !overlaps (tally, &place) || !tally_agrees (tally, entry))
            continue;
          used[k] = TRUE;
          layer->tp++;
          if (g_strcmp0 (feature_string (tally, "measure"), member_string (entry, "measure")) == 0)
            measure_right++;
          break;
        }
    }

  layer->n_predicted = tallies->len;
  layer->fp = tallies->len - layer->tp;
  layer_finish (layer, layer->n_gold > 0 ? 0.0 : 1.0);
  layer_add_figure (layer, "measure_accuracy",
                    ratio (measure_right, layer->tp, layer->n_gold > 0 ? 0.0 : 1.0));

  return layer;
}

/* All domains together, then each domain that the gold or the document
 * has tallies of. */
static void
add_tally_layers (const Eval *eval,
                  GPtrArray  *layers)
{
  JsonArray *gold = member_array (eval->gold, "tallies");
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) domains = NULL;
  g_autoptr(GPtrArray) seen = NULL;

  if (gold == NULL)
    return;

  builder = g_strv_builder_new ();
  seen = g_ptr_array_new ();
  for (gsize d = 0; d < G_N_ELEMENTS (tally_domains); d++)
    {
      g_strv_builder_add (builder, tally_domains[d]);
      g_ptr_array_add (seen, (gpointer) tally_domains[d]);
    }
  for (guint i = 0; i < json_array_get_length (gold); i++)
    {
      const char *domain = member_string (element_object (gold, i), "domain");
      gboolean known = FALSE;

      if (domain == NULL || *domain == '\0')
        continue;
      for (guint k = 0; k < seen->len && !known; k++)
        known = g_str_equal (seen->pdata[k], domain);
      if (!known)
        {
          g_strv_builder_add (builder, domain);
          g_ptr_array_add (seen, (gpointer) domain);
        }
    }
  domains = g_strv_builder_end (builder);

  g_ptr_array_add (layers, score_tallies (eval, gold, "tallies", (const char * const *) domains));
  for (guint d = 0; domains[d] != NULL; d++)
    {
      const char *one[] = { domains[d], NULL };
      g_autofree char *name = g_strconcat ("tallies.", domains[d], NULL);
      ToolEvalLayer *layer = score_tallies (eval, gold, name, one);

      if (layer->n_gold == 0 && layer->n_predicted == 0)
        tool_eval_layer_free (layer);
      else
        g_ptr_array_add (layers, layer);
    }
}

/* ------------------------------------------------------------------------ */
/* instruments                                                               */

static gboolean
in_list (const char         *value,
         const char * const *list,
         gsize               n)
{
  for (gsize i = 0; value != NULL && i < n; i++)
    if (g_str_equal (list[i], value))
      return TRUE;

  return FALSE;
}

static gboolean
is_acted_instrument (const char *kind,
                     const char *action)
{
  return in_list (kind, instrument_kinds, G_N_ELEMENTS (instrument_kinds))
         && in_list (action, instrument_actions, G_N_ELEMENTS (instrument_actions));
}

static gboolean
locate_anywhere (const Eval *eval,
                 const char *snippet,
                 Span       *span)
{
  g_autofree gunichar *needle = NULL;
  glong n = 0;

  if (snippet == NULL || *snippet == '\0')
    return FALSE;

  needle = g_utf8_to_ucs4_fast (snippet, -1, &n);

  return find_exact (eval, needle, n, 0, span)
         || find_loose (eval, needle, n, 0, G_MAXSIZE, FALSE, span);
}

static ToolEvalLayer *
score_instruments (const Eval *eval)
{
  JsonArray *gold = member_array (eval->gold, "instruments");
  g_autoptr(GPtrArray) instruments = NULL;
  g_autoptr(GPtrArray) names = NULL;
  g_autofree gboolean *used = NULL;
  guint action_right = 0, level_right = 0, body_right = 0;
  ToolEvalLayer *layer;

  if (gold == NULL)
    return NULL;

  layer = layer_new ("instruments");
  instruments = baogao_document_get_annotations (eval->document, "legislation.instrument");
  used = g_new0 (gboolean, instruments->len + 1);
  names = g_ptr_array_new_with_free_func (g_free);
  for (guint k = 0; k < instruments->len; k++)
    g_ptr_array_add (names, normalize (feature_string (instruments->pdata[k], "name"),
                                       NORM_SPACE | NORM_BRACKETS));

  for (guint i = 0; i < json_array_get_length (gold); i++)
    {
      JsonObject *entry = element_object (gold, i);
      g_autofree char *name = NULL;
      const BaogaoAnnotation *instrument;
      int hit = -1;
      Span place;

      if (entry == NULL
          || !is_acted_instrument (member_string (entry, "kind"), member_string (entry, "action")))
        continue;
      layer->n_gold++;
      name = normalize (member_string (entry, "name"), NORM_SPACE | NORM_BRACKETS);

      for (guint k = 0; k < instruments->len && hit < 0; k++)
        if (!used[k] && g_str_equal (names->pdata[k], name))
          hit = (int) k;

      /* the name as printed may be longer or shorter: the place decides */
      if (hit < 0 && locate_anywhere (eval, member_string (entry, "snippet"), &place))
        for (guint k = 0; k < instruments->len && hit < 0; k++)
          {
            const char *got = names->pdata[k];

            if (used[k] || !overlaps (instruments->pdata[k], &place) || *got == '\0')
              continue;
            if (g_str_has_suffix (got, name) || g_str_has_suffix (name, got))
              hit = (int) k;
          }

      if (hit < 0)
        continue;
      used[hit] = TRUE;
      layer->tp++;
      instrument = instruments->pdata[hit];
      if (g_strcmp0 (feature_string (instrument, "action"), member_string (entry, "action")) == 0)
        action_right++;
      if (g_strcmp0 (feature_string (instrument, "level"), member_string (entry, "level")) == 0)
        level_right++;
      if (g_strcmp0 (feature_string (instrument, "body"), member_string (entry, "body")) == 0)
        body_right++;
    }

  /* predictions: the instruments of the scored kinds and actions */
  for (guint k = 0; k < instruments->len; k++)
    {
      const BaogaoAnnotation *instrument = instruments->pdata[k];

      if (!is_acted_instrument (feature_string (instrument, "kind"),
                                feature_string (instrument, "action")))
        continue;
      layer->n_predicted++;
      if (!used[k])
        layer->fp++;
    }

  layer_finish (layer, layer->n_gold > 0 ? 0.0 : 1.0);
  layer_add_figure (layer, "action_accuracy",
                    ratio (action_right, layer->tp, layer->n_gold > 0 ? 0.0 : 1.0));
  layer_add_figure (layer, "level_accuracy", ratio (level_right, layer->tp, 1.0));
  layer_add_figure (layer, "body_accuracy", ratio (body_right, layer->tp, 1.0));

  return layer;
}

/* ------------------------------------------------------------------------ */
/* people, places, organizations                                             */

/* The texts of the annotations of @type, white space aside, each mapped to
 * the set of the values of @feature they carry ("" for none). */
static GHashTable *
collect_entities (const Eval *eval,
                  const char *type,
                  const char *feature)
{
  g_autoptr(GPtrArray) annotations = baogao_document_get_annotations (eval->document, type);
  GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                             (GDestroyNotify) g_hash_table_unref);

  for (guint k = 0; k < annotations->len; k++)
    {
      const BaogaoAnnotation *annotation = annotations->pdata[k];
      g_autofree char *raw = baogao_annotation_dup_text (annotation);
      char *text = normalize (raw, NORM_SPACE);
      char *value = normalize (feature != NULL ? feature_string (annotation, feature) : NULL,
                               NORM_SPACE);
      GHashTable *values = g_hash_table_lookup (table, text);

      if (values == NULL)
        {
          values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
          g_hash_table_insert (table, text, values);
        }
      else
        {
          g_free (text);
        }
      g_hash_table_add (values, value);
    }

  return table;
}

static ToolEvalLayer *
score_people (const Eval *eval)
{
  JsonArray *gold = member_array (eval->gold, "people");
  g_autoptr(GHashTable) found = NULL;
  g_autoptr(GHashTable) gold_names = NULL;
  GHashTableIter iter;
  gpointer key;
  guint titled = 0;
  ToolEvalLayer *layer;

  if (gold == NULL)
    return NULL;

  layer = layer_new ("people");
  layer->precision_note = ENTITY_PRECISION_NOTE;
  found = collect_entities (eval, "entity.person", "title");
  gold_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < json_array_get_length (gold); i++)
    {
      JsonObject *entry = element_object (gold, i);
      const char *raw = member_string (entry, "name");
      char *name;
      GHashTable *titles;

      if (raw == NULL || *raw == '\0')
        continue;
      layer->n_gold++;
      name = normalize (raw, NORM_SPACE);
      titles = g_hash_table_lookup (found, name);
      if (titles != NULL)
        {
          g_autofree char *title = normalize (member_string (entry, "title"), NORM_SPACE);

          layer->tp++;
          if (g_hash_table_contains (titles, title))
            titled++;
        }
      g_hash_table_add (gold_names, name);
    }

  layer->n_predicted = g_hash_table_size (found);
  g_hash_table_iter_init (&iter, found);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!g_hash_table_contains (gold_names, key))
      layer->fp++;

  layer_finish (layer, 1.0);
  layer_add_figure (layer, "title_accuracy", ratio (titled, layer->tp, 1.0));

  return layer;
}

/* The normalized strings of a gold list of names, duplicates kept. */
static GPtrArray *
gold_names (JsonArray *gold)
{
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < json_array_get_length (gold); i++)
    {
      JsonNode *node = json_array_get_element (gold, i);
      const char *name;

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        continue;
      name = json_node_get_string (node);
      if (name != NULL && g_utf8_validate (name, -1, NULL))
        g_ptr_array_add (names, normalize (name, NORM_SPACE));
    }

  return names;
}

static GHashTable *
string_set (GPtrArray *strings)
{
  GHashTable *set = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < strings->len; i++)
    g_hash_table_add (set, strings->pdata[i]);

  return set;
}

static ToolEvalLayer *
score_places (const Eval *eval)
{
  JsonArray *gold = member_array (eval->gold, "places");
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GHashTable) wanted = NULL;
  g_autoptr(GHashTable) found = NULL;
  g_autoptr(GHashTable) canonical = NULL;
  GHashTableIter iter;
  gpointer key, value;
  ToolEvalLayer *layer;

  if (gold == NULL)
    return NULL;

  layer = layer_new ("places");
  layer->precision_note = ENTITY_PRECISION_NOTE;
  names = gold_names (gold);
  wanted = string_set (names);
  found = collect_entities (eval, "entity.place", "canonical");

  /* a prediction is a (text, canonical) pair */
  canonical = g_hash_table_new (g_str_hash, g_str_equal);
  g_hash_table_iter_init (&iter, found);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      GHashTableIter values;
      gpointer canon;

      g_hash_table_iter_init (&values, value);
      while (g_hash_table_iter_next (&values, &canon, NULL))
        {
          layer->n_predicted++;
          if (!g_hash_table_contains (wanted, key) && !g_hash_table_contains (wanted, canon))
            layer->fp++;
          if (*(const char *) canon != '\0')
            g_hash_table_add (canonical, canon);
        }
    }

  layer->n_gold = names->len;
  for (guint i = 0; i < names->len; i++)
    if (g_hash_table_contains (found, names->pdata[i])
        || g_hash_table_contains (canonical, names->pdata[i]))
      layer->tp++;

  layer_finish (layer, 1.0);

  return layer;
}

static ToolEvalLayer *
score_organizations (const Eval *eval)
{
  JsonArray *gold = member_array (eval->gold, "organizations");
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GHashTable) wanted = NULL;
  g_autoptr(GHashTable) found = NULL;
  GHashTableIter iter;
  gpointer key;
  ToolEvalLayer *layer;

  if (gold == NULL)
    return NULL;

  layer = layer_new ("organizations");
  layer->precision_note = ENTITY_PRECISION_NOTE;
  names = gold_names (gold);
  wanted = string_set (names);
  found = collect_entities (eval, "entity.organization", NULL);

  layer->n_gold = names->len;
  for (guint i = 0; i < names->len; i++)
    if (g_hash_table_contains (found, names->pdata[i]))
      layer->tp++;

  layer->n_predicted = g_hash_table_size (found);
  g_hash_table_iter_init (&iter, found);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!g_hash_table_contains (wanted, key))
      layer->fp++;

  layer_finish (layer, 1.0);

  return layer;
}

/* ------------------------------------------------------------------------ */

static void
add_layer (GPtrArray     *layers,
           ToolEvalLayer *layer)
{
  if (layer != NULL)
    g_ptr_array_add (layers, layer);
}

/**
 * tool_eval_score:
 * @document: an analyzed document
 * @gold: the gold object
 *
 * Scores every layer that @gold holds, in a fixed order: metadata,
 * sections, items, quantities, tallies (all, then per domain),
 * instruments, people, places, organizations.
 *
 * Returns: (transfer full) (element-type ToolEvalLayer): the layers
 */
GPtrArray *
tool_eval_score (BaogaoDocument *document,
                 JsonObject     *gold)
{
  GPtrArray *layers = g_ptr_array_new_with_free_func ((GDestroyNotify) tool_eval_layer_free);
  const char *text = baogao_document_get_text (document);
  glong length = 0;
  Eval eval = { 0 };

  eval.document = document;
  eval.gold = gold;
  eval.text = g_utf8_to_ucs4_fast (text, (glong) baogao_document_get_size (document), &length);
  eval.length = (gsize) length;

  add_layer (layers, score_metadata (&eval));
  add_layer (layers, score_sections (&eval));
  add_layer (layers, score_items (&eval));
  add_layer (layers, score_quantities (&eval));
  add_tally_layers (&eval, layers);
  add_layer (layers, score_instruments (&eval));
  add_layer (layers, score_people (&eval));
  add_layer (layers, score_places (&eval));
  add_layer (layers, score_organizations (&eval));

  g_free (eval.text);

  return layers;
}

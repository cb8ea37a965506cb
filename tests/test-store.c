/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/* The annotation store: queries against a brute-force reference on random
 * spans, ids in position order, duplicate folding and provenance. */

#include <baogao/baogao.h>
#include <string.h>

#include "baogao-document-private.h"
#include "baogao-layer-private.h"

static const char * const types[] = { "t.a", "t.b", "t.c", NULL };

/* A text of mixed one-, two- and three-byte characters. */
static char *
random_text (guint n_chars)
{
  static const char * const pieces[] = { "a", "é", "报", "告", "1", "，", "。", "\n" };
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < n_chars; i++)
    g_string_append (s, pieces[g_test_rand_int_range (0, G_N_ELEMENTS (pieces))]);

  return g_string_free (s, FALSE);
}

static BaogaoDocument *
random_document (guint n_chars,
                 guint n_layers,
                 guint n_per_layer)
{
  g_autofree char *text = random_text (n_chars);
  BaogaoDocument *doc = baogao_document_new (text, -1, NULL);

  for (guint l = 0; l < n_layers; l++)
    {
      g_autofree char *name = g_strdup_printf ("layer%u", l);
      g_autoptr(BaogaoLayer) layer = baogao_layer_new (doc, name, types);

      for (guint i = 0; i < n_per_layer; i++)
        {
          gsize start = g_test_rand_int_range (0, n_chars);
          gsize width = 1 + g_test_rand_int_range (0, 40);
          gsize end = MIN (n_chars, start + width);
          guint h = baogao_layer_add (layer, types[g_test_rand_int_range (0, 3)], start, end);

          g_assert_cmpuint (h, !=, BAOGAO_LAYER_INVALID);
          baogao_layer_set_int (layer, h, "n", i);
        }

      g_assert_true (baogao_layer_check (layer, NULL));
      baogao_layer_merge_into (layer, doc);
    }

  return doc;
}

typedef enum { AT, INSIDE, OVERLAPPING } Query;

static gboolean
matches (BaogaoAnnotation *a,
         Query             query,
         gsize             start,
         gsize             end,
         const char       *type)
{
  gsize s = baogao_annotation_get_start (a), e = baogao_annotation_get_end (a);

  if (type != NULL && g_strcmp0 (type, baogao_annotation_get_annotation_type (a)) != 0)
    return FALSE;

  switch (query)
    {
    case AT: return s <= start && start < e;
    case INSIDE: return start <= s && e <= end;
    case OVERLAPPING: return start < end && s < end && start < e;  /* an empty span overlaps nothing */
    default: g_assert_not_reached ();
    }
}

static void
check_query (BaogaoDocument *doc,
             Query           query,
             gsize           start,
             gsize           end,
             const char     *type)
{
  g_autoptr(GPtrArray) got = NULL;
  g_autoptr(GPtrArray) all = baogao_document_get_annotations (doc, NULL);
  guint k = 0;

  switch (query)
    {
    case AT: got = baogao_document_get_annotations_at (doc, start, type); break;
    case INSIDE: got = baogao_document_get_annotations_inside (doc, start, end, type); break;
    case OVERLAPPING: got = baogao_document_get_annotations_overlapping (doc, start, end, type); break;
    default: g_assert_not_reached ();
    }

  /* The reference walks everything; both are in id order. */
  for (guint i = 0; i < all->len; i++)
    {
      BaogaoAnnotation *a = g_ptr_array_index (all, i);

      if (!matches (a, query, start, end, type))
        continue;
      g_assert_cmpuint (k, <, got->len);
      g_assert_true (g_ptr_array_index (got, k) == a);
      k++;
    }
  g_assert_cmpuint (k, ==, got->len);
}

static void
test_store_queries_random (void)
{
  for (guint round = 0; round < 60; round++)
    {
      guint n_chars = g_test_rand_int_range (1, 400);
      g_autoptr(BaogaoDocument) doc = random_document (n_chars, 3, g_test_rand_int_range (0, 120));

      for (guint q = 0; q < 100; q++)
        {
          gsize start = g_test_rand_int_range (0, n_chars + 1);
          gsize end = start + g_test_rand_int_range (0, 60);
          const char *type = g_test_rand_bit () ? NULL : types[g_test_rand_int_range (0, 3)];

          check_query (doc, AT, start, end, type);
          check_query (doc, INSIDE, start, end, type);
          check_query (doc, OVERLAPPING, start, end, type);
        }
    }
}

static void
test_store_ids_in_order (void)
{
  g_autoptr(BaogaoDocument) doc = random_document (300, 4, 100);
  g_autoptr(GPtrArray) all = baogao_document_get_annotations (doc, NULL);

  for (guint i = 0; i < all->len; i++)
    {
      BaogaoAnnotation *a = g_ptr_array_index (all, i);
      g_autofree char *text = baogao_annotation_dup_text (a);
      g_autofree char *slice = baogao_document_dup_slice (doc, baogao_annotation_get_start (a),
                                                         baogao_annotation_get_end (a));

      g_assert_cmpuint (baogao_annotation_get_id (a), ==, i);
      g_assert_true (baogao_document_get_annotation (doc, i) == a);
      g_assert_cmpstr (text, ==, slice);
      g_assert_cmpuint (baogao_document_offset_to_byte (doc, baogao_annotation_get_start (a)), ==,
                        baogao_annotation_get_byte_start (a));

      if (i > 0)
        {
          BaogaoAnnotation *prev = g_ptr_array_index (all, i - 1);

          /* By start, longest first. */
          g_assert_cmpuint (baogao_annotation_get_start (prev), <=, baogao_annotation_get_start (a));
          if (baogao_annotation_get_start (prev) == baogao_annotation_get_start (a))
            g_assert_cmpuint (baogao_annotation_get_end (prev), >=, baogao_annotation_get_end (a));
        }
    }
}

static void
test_store_fold_duplicates (void)
{
  g_autoptr(BaogaoDocument) doc = baogao_document_new ("各位代表：我受常委会委托。", -1, NULL);
  const char * const provides[] = { "t.a", NULL };
  g_autoptr(BaogaoLayer) one = baogao_layer_new (doc, "one", provides);
  g_autoptr(BaogaoLayer) two = baogao_layer_new (doc, "two", provides);
  g_autoptr(GPtrArray) all = NULL;
  g_auto(GStrv) provenance = NULL;
  guint h;

  h = baogao_layer_add (one, "t.a", 0, 4);
  baogao_layer_set_string (one, h, "k", "v");
  h = baogao_layer_add (one, "t.a", 0, 4);   /* the same twice in one layer */
  baogao_layer_set_string (one, h, "k", "v");
  baogao_layer_merge_into (one, doc);

  h = baogao_layer_add (two, "t.a", 0, 4);   /* the same from another analyzer */
  baogao_layer_set_string (two, h, "k", "v");
  h = baogao_layer_add (two, "t.a", 0, 4);   /* same span, other features: kept */
  baogao_layer_set_string (two, h, "k", "w");
  baogao_layer_merge_into (two, doc);

  all = baogao_document_get_annotations (doc, "t.a");
  g_assert_cmpuint (all->len, ==, 2);
  provenance = baogao_annotation_dup_provenance (g_ptr_array_index (all, 0));
  g_assert_cmpstr (baogao_annotation_get_analyzer (g_ptr_array_index (all, 0)), ==, "one");
  g_assert_cmpuint (g_strv_length (provenance), ==, 2);
  g_assert_cmpstr (provenance[0], ==, "one");
  g_assert_cmpstr (provenance[1], ==, "two");
  g_assert_cmpstr (baogao_annotation_get_string (g_ptr_array_index (all, 1), "k"), ==, "w");
}

static void
test_store_features_and_parents (void)
{
  g_autoptr(BaogaoDocument) doc = baogao_document_new ("制定法规10件，修改4件。", -1, NULL);
  const char * const provides[] = { "t.a", "t.b", NULL };
  g_autoptr(BaogaoLayer) layer = baogao_layer_new (doc, "x", provides);
  g_autoptr(GPtrArray) children = NULL;
  g_autoptr(GPtrArray) sentences = NULL;
  BaogaoAnnotation *sentence, *child;
  g_auto(GStrv) keys = NULL;
  GValue value = G_VALUE_INIT;
  guint s, c;

  s = baogao_layer_add (layer, "t.a", 0, 13);
  c = baogao_layer_add (layer, "t.b", 4, 7);
  baogao_layer_set_local_parent (layer, c, s);
  baogao_layer_set_int (layer, c, "value", 10);
  baogao_layer_set_string (layer, c, "unit", "件");
  baogao_layer_set_double (layer, c, "ratio", 0.5);
  baogao_layer_set_boolean (layer, c, "exact", TRUE);
  baogao_layer_set_int (layer, c, "value", 12);  /* replaces, keeps its place */
  g_assert_true (baogao_layer_check (layer, NULL));
  baogao_layer_merge_into (layer, doc);

  sentences = baogao_document_get_annotations (doc, "t.a");
  sentence = g_ptr_array_index (sentences, 0);
  children = baogao_document_get_annotations (doc, "t.b");
  child = g_ptr_array_index (children, 0);
  g_assert_true (baogao_annotation_get_parent (child) == sentence);
  g_assert_cmpint (baogao_annotation_get_int (child, "value", -1), ==, 12);
  g_assert_cmpstr (baogao_annotation_get_string (child, "unit"), ==, "件");
  g_assert_cmpfloat (baogao_annotation_get_double (child, "ratio", 0), ==, 0.5);
  g_assert_true (baogao_annotation_get_boolean (child, "exact", FALSE));
  g_assert_cmpint (baogao_annotation_get_feature_type (child, "missing"), ==, BAOGAO_VALUE_NONE);
  keys = baogao_annotation_dup_feature_keys (child);
  g_assert_cmpstrv (keys, ((const char *[]) { "value", "unit", "ratio", "exact", NULL }));

  g_assert_true (baogao_annotation_get_feature (child, "value", &value));
  g_assert_true (G_VALUE_HOLDS_INT64 (&value));
  g_assert_cmpint (g_value_get_int64 (&value), ==, 12);
  g_value_unset (&value);

  {
    g_autofree char *text = baogao_annotation_dup_text (child);
    g_assert_cmpstr (text, ==, "10件");
  }
}

static void
test_store_annotation_outlives_document (void)
{
  BaogaoDocument *doc = random_document (50, 1, 5);
  g_autoptr(GPtrArray) all = baogao_document_get_annotations (doc, NULL);
  BaogaoAnnotation *a = baogao_annotation_ref (g_ptr_array_index (all, 0));

  g_object_unref (doc);
  g_assert_cmpuint (baogao_annotation_get_id (a), ==, 0);
  baogao_annotation_unref (a);
}

static void
test_store_layer_contract (void)
{
  g_autoptr(BaogaoDocument) doc = baogao_document_new ("报告", -1, NULL);
  const char * const provides[] = { "t.a", NULL };
  g_autoptr(GError) error = NULL;

  {
    g_autoptr(BaogaoLayer) layer = baogao_layer_new (doc, "x", provides);
    /* Inside a character. */
    g_assert_cmpuint (baogao_layer_add_bytes (layer, "t.a", 1, 3), ==, BAOGAO_LAYER_INVALID);
    g_assert_false (baogao_layer_check (layer, &error));
    g_assert_error (error, BAOGAO_ERROR, BAOGAO_ERROR_ANALYZER_FAILED);
    g_assert_nonnull (strstr (error->message, "invalid byte span"));
    g_clear_error (&error);
  }
  {
    g_autoptr(BaogaoLayer) layer = baogao_layer_new (doc, "x", provides);
    g_assert_cmpuint (baogao_layer_add (layer, "t.z", 0, 1), ==, BAOGAO_LAYER_INVALID);
    g_assert_false (baogao_layer_check (layer, &error));
    g_assert_nonnull (strstr (error->message, "does not provide"));
    g_clear_error (&error);
  }
  {
    g_autoptr(BaogaoLayer) layer = baogao_layer_new (doc, "x", provides);
    g_assert_cmpuint (baogao_layer_add (layer, "t.a", 1, 1), ==, BAOGAO_LAYER_INVALID);
    g_assert_cmpuint (baogao_layer_add (layer, "t.a", 0, 3), ==, BAOGAO_LAYER_INVALID);
    g_assert_false (baogao_layer_check (layer, NULL));
  }
}

static void
test_store_reused_type_buffer (void)
{
  g_autoptr(BaogaoDocument) doc = baogao_document_new ("报告工作", -1, NULL);
  const char * const provides[] = { "t.a", "t.b", NULL };
  g_autoptr(BaogaoLayer) layer = baogao_layer_new (doc, "x", provides);
  g_autoptr(GPtrArray) all = NULL;
  char type[8], key[8];

  /* The same buffer holds another type and key the second time. */
  strcpy (type, "t.a");
  strcpy (key, "k1");
  baogao_layer_set_int (layer, baogao_layer_add (layer, type, 0, 1), key, 1);
  strcpy (type, "t.b");
  strcpy (key, "k2");
  baogao_layer_set_int (layer, baogao_layer_add (layer, type, 1, 2), key, 2);
  g_assert_true (baogao_layer_check (layer, NULL));
  baogao_layer_merge_into (layer, doc);

  all = baogao_document_get_annotations (doc, NULL);
  g_assert_cmpstr (baogao_annotation_get_annotation_type (g_ptr_array_index (all, 1)), ==, "t.b");
  g_assert_true (baogao_annotation_has_feature (g_ptr_array_index (all, 1), "k2"));
  g_assert_false (baogao_annotation_has_feature (g_ptr_array_index (all, 1), "k1"));
}

/* Indicators come from the tallies of every domain in text order, with
 * a few tally types (merged by id) and with many (sorted). Lookups of a
 * feature by a key in a reused buffer see the new key. */
static void
check_tallies (guint n_domains)
{
  g_autofree char *text = random_text (400);
  g_autoptr(BaogaoDocument) doc = baogao_document_new (text, -1, NULL);
  g_autoptr(GPtrArray) provides = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(BaogaoLayer) layer = NULL;
  g_autoptr(GPtrArray) indicators = NULL;
  g_autoptr(GPtrArray) all = NULL;
  guint n_expected = 0;
  gsize last = 0;

  for (guint d = 0; d < n_domains; d++)
    g_ptr_array_add (provides, g_strdup_printf ("d%u.tally", d));
  g_ptr_array_add (provides, NULL);
  layer = baogao_layer_new (doc, "tallies", (const char * const *) provides->pdata);

  for (guint i = 0; i < 120; i++)
    {
      guint d = g_test_rand_int_range (0, n_domains);
      gsize start = g_test_rand_int_range (0, 399);
      guint h = baogao_layer_add (layer, g_ptr_array_index (provides, d), start, start + 1);

      /* Every fifth has no measure and makes no indicator. */
      if (i % 5 != 0)
        {
          baogao_layer_set_string (layer, h, "measure", i % 2 ? "enacted" : "amended");
          n_expected++;
        }
      baogao_layer_set_int (layer, h, "value", i);
      if (i % 3 == 0)
        baogao_layer_set_string (layer, h, "unit", "件");
    }
  g_assert_true (baogao_layer_check (layer, NULL));
  baogao_layer_merge_into (layer, doc);
  baogao_document_derive_indicators (doc);

  indicators = baogao_document_get_indicators (doc);
  g_assert_cmpuint (indicators->len, ==, n_expected);
  for (guint i = 0; i < indicators->len; i++)
    {
      BaogaoIndicator *ind = g_ptr_array_index (indicators, i);
      BaogaoAnnotation *a = baogao_indicator_get_annotation (ind);
      const char *type = baogao_annotation_get_annotation_type (a);
      g_autofree char *key = g_strdup_printf ("%.*s.%s", (int) (strlen (type) - 6), type,
                                              baogao_annotation_get_string (a, "measure"));

      g_assert_cmpuint (baogao_annotation_get_id (a), >=, last);
      last = baogao_annotation_get_id (a);
      g_assert_cmpstr (baogao_indicator_get_key (ind), ==, key);
      g_assert_cmpfloat (baogao_indicator_get_value (ind), ==,
                         (double) baogao_annotation_get_int (a, "value", -1));
      g_assert_cmpstr (baogao_indicator_get_unit (ind), ==, baogao_annotation_get_string (a, "unit"));
    }

  /* A key in a buffer of ours, written over. */
  all = baogao_document_get_annotations (doc, NULL);
  for (guint i = 0; i < all->len; i++)
    {
      BaogaoAnnotation *a = g_ptr_array_index (all, i);
      char key[8];

      strcpy (key, "value");
      g_assert_true (baogao_annotation_has_feature (a, key));
      strcpy (key, "unit");
      g_assert_true (baogao_annotation_has_feature (a, key) ==
                     (baogao_annotation_get_string (a, "unit") != NULL));
      strcpy (key, "valuf");
      g_assert_false (baogao_annotation_has_feature (a, key));
    }
}

/* A fact stated twice, in a summary and again in its section (another
 * paragraph), is one indicator: the first statement's, also when the
 * two count with classifiers of one kind (件, 部, 项…; 次, 场; 人, 名, 位).
 * Two tallies
 * differing in anything else an indicator shows (domain, measure,
 * value, unit, approx, scope, period) stay two. */
static void
test_store_indicators_restated (void)
{
  static const struct {
    const char *type, *measure;
    int value;
    const char *unit, *approx, *scope, *period;
    gboolean restates;
  } tallies[] = {
    { "legislation.tally", "approved", 22, "件", NULL, "provincial", NULL, FALSE },
    { "representation.tally", "appointments", 134, "人次", NULL, "provincial", NULL, FALSE },
    { "legislation.tally", "approved", 22, "件", NULL, "provincial", NULL, TRUE },
    { "legislation.tally", "approved", 22, "件", NULL, "provincial", "term", FALSE },
    { "legislation.tally", "approved", 22, "件", "more_than", "provincial", NULL, FALSE },
    /* a classifier of the same kind says the same (两件 … 两部) */
    { "legislation.tally", "approved", 22, "项", NULL, "provincial", NULL, TRUE },
    { "legislation.tally", "approved", 22, "%", NULL, "provincial", NULL, FALSE },
    { "legislation.tally", "approved", 22, "件", NULL, "municipal", NULL, FALSE },
    { "legislation.tally", "enacted", 22, "件", NULL, "provincial", NULL, FALSE },
    { "oversight.tally", "approved", 22, "件", NULL, "provincial", NULL, FALSE },
    { "legislation.tally", "approved", 21, "件", NULL, "provincial", NULL, FALSE },
    { "representation.tally", "appointments", 134, "人次", NULL, "provincial", NULL, TRUE },
    { "legislation.tally", "approved", 22, "件", "more_than", "provincial", NULL, TRUE },
    { "legislation.tally", "approved", 22, "件", NULL, "provincial", "term", TRUE },
    /* times of one kind too (四次 … 四场), but laws inspected (四部) are
     * no inspections (四次) */
    { "oversight.tally", "law_inspections", 4, "次", NULL, "provincial", NULL, FALSE },
    { "oversight.tally", "law_inspections", 4, "场", NULL, "provincial", NULL, TRUE },
    { "oversight.tally", "law_inspections", 4, "部", NULL, "provincial", NULL, FALSE },
    /* people of one kind too (述职评议5人 … 5名), but not people counted
     * once a time (5人次) */
    { "oversight.tally", "officials_evaluated", 5, "人", NULL, "provincial", NULL, FALSE },
    { "oversight.tally", "officials_evaluated", 5, "名", NULL, "provincial", NULL, TRUE },
    { "oversight.tally", "officials_evaluated", 5, "位", NULL, "provincial", NULL, TRUE },
    { "oversight.tally", "officials_evaluated", 5, "人次", NULL, "provincial", NULL, FALSE },
  };
  static const char * const provides[] = {
    "legislation.tally", "oversight.tally", "representation.tally", NULL
  };
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(BaogaoDocument) doc = NULL;
  g_autoptr(BaogaoLayer) layer = NULL;
  g_autoptr(GPtrArray) indicators = NULL;
  guint n = 0;

  /* one paragraph per tally */
  for (guint i = 0; i < G_N_ELEMENTS (tallies); i++)
    g_string_append (text, "审议法规\n");
  doc = baogao_document_new (text->str, -1, NULL);
  layer = baogao_layer_new (doc, "tallies", provides);

  for (guint i = 0; i < G_N_ELEMENTS (tallies); i++)
    {
      guint h = baogao_layer_add (layer, tallies[i].type, i * 5, i * 5 + 2);

      baogao_layer_set_string (layer, h, "measure", tallies[i].measure);
      baogao_layer_set_int (layer, h, "value", tallies[i].value);
      baogao_layer_set_string (layer, h, "unit", tallies[i].unit);
      if (tallies[i].approx != NULL)
        baogao_layer_set_string (layer, h, "approx", tallies[i].approx);
      baogao_layer_set_string (layer, h, "scope", tallies[i].scope);
      if (tallies[i].period != NULL)
        baogao_layer_set_string (layer, h, "period", tallies[i].period);
    }
  g_assert_true (baogao_layer_check (layer, NULL));
  baogao_layer_merge_into (layer, doc);
  baogao_document_derive_indicators (doc);

  indicators = baogao_document_get_indicators (doc);
  for (guint i = 0; i < G_N_ELEMENTS (tallies); i++)
    {
      BaogaoIndicator *ind;

      if (tallies[i].restates)
        continue;
      g_assert_cmpuint (n, <, indicators->len);
      ind = g_ptr_array_index (indicators, n++);
      g_assert_cmpuint (baogao_annotation_get_start (baogao_indicator_get_annotation (ind)), ==, i * 5);
    }
  g_assert_cmpuint (indicators->len, ==, n);

  /* the tallies themselves all stay */
  g_clear_pointer (&indicators, g_ptr_array_unref);
  indicators = baogao_document_get_annotations (doc, "legislation.tally");
  g_assert_cmpuint (indicators->len, ==, 11);

  /* in one paragraph, equal counts are two facts: 会议期间提出建议35件，
   * 闭会期间提出建议35件 */
  g_clear_pointer (&indicators, g_ptr_array_unref);
  g_clear_object (&layer);
  g_clear_object (&doc);
  doc = baogao_document_new ("会议期间建议35件，闭会期间建议35件。\n全年建议35件。\n", -1, NULL);
  layer = baogao_layer_new (doc, "tallies", provides);
  /* and a third in the next paragraph restates the first */
  for (guint i = 0; i < 3; i++)
    {
      static const gsize starts[] = { 4, 14, 23 };
      guint h = baogao_layer_add (layer, "representation.tally", starts[i], starts[i] + 5);

      baogao_layer_set_string (layer, h, "measure", "suggestions");
      baogao_layer_set_int (layer, h, "value", 35);
      baogao_layer_set_string (layer, h, "unit", "件");
      baogao_layer_set_string (layer, h, "scope", "provincial");
    }
  g_assert_true (baogao_layer_check (layer, NULL));
  baogao_layer_merge_into (layer, doc);
  baogao_document_derive_indicators (doc);
  indicators = baogao_document_get_indicators (doc);
  g_assert_cmpuint (indicators->len, ==, 2);
  g_assert_cmpuint (baogao_annotation_get_start (baogao_indicator_get_annotation (indicators->pdata[1])), ==, 14);
}

static void
test_store_indicators (void)
{
  check_tallies (3);
  check_tallies (20);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/store/queries-random", test_store_queries_random);
  g_test_add_func ("/store/ids-in-order", test_store_ids_in_order);
  g_test_add_func ("/store/fold-duplicates", test_store_fold_duplicates);
  g_test_add_func ("/store/features-and-parents", test_store_features_and_parents);
  g_test_add_func ("/store/annotation-outlives-document", test_store_annotation_outlives_document);
  g_test_add_func ("/store/layer-contract", test_store_layer_contract);
  g_test_add_func ("/store/reused-type-buffer", test_store_reused_type_buffer);
  g_test_add_func ("/store/indicators", test_store_indicators);
  g_test_add_func ("/store/indicators-restated", test_store_indicators_restated);

  return g_test_run ();
}

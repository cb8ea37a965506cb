/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/* The baogao-document/1 format: what it holds, write → read → write
 * byte-identical, and clear errors on malformed input. */

#include <baogao/baogao.h>
#include <json-glib/json-glib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "baogao-document-private.h"
#include "baogao-layer-private.h"

static const char *sample = "各位代表：\n“我受常委会委托”\t向大会报告工作。制定法规10件，满意率98.6%。\n";

/* A document with every kind of value, nested parents, provenance, a
 * failed run, metadata and indicators. */
static BaogaoDocument *
make_document (void)
{
  BaogaoDocument *doc = baogao_document_new (sample, -1, NULL);
  const char * const provides[] = { "s.sentence", "x.tally", NULL };
  g_autoptr(BaogaoLayer) one = baogao_layer_new (doc, "one", provides);
  g_autoptr(BaogaoLayer) two = baogao_layer_new (doc, "two", provides);
  guint s, t;

  baogao_document_set_source (doc, "/tmp/report \"1\".txt", "GB18030", "abc123", "text/plain");
  baogao_document_set_metadata (doc, "title", "某省人大常委会工作报告");
  baogao_document_set_metadata_int (doc, "year_reported", 2023);
  baogao_document_set_metadata (doc, "custom", "自定义\n值");

  s = baogao_layer_add (one, "s.sentence", 6, 23);
  baogao_layer_set_string (one, s, "quote", "“\\\"\t\x01");
  t = baogao_layer_add (one, "x.tally", 28, 31);
  baogao_layer_set_local_parent (one, t, s);
  baogao_layer_set_string (one, t, "measure", "enacted");
  baogao_layer_set_int (one, t, "value", 10);
  baogao_layer_set_string (one, t, "unit", "件");
  t = baogao_layer_add (one, "x.tally", 35, 40);
  baogao_layer_set_string (one, t, "measure", "satisfaction_rate");
  baogao_layer_set_double (one, t, "value", 98.6);
  baogao_layer_set_string (one, t, "unit", "%");
  baogao_layer_set_string (one, t, "approx", "about");
  baogao_layer_set_string (one, t, "scope", "provincial");
  baogao_layer_set_string (one, t, "period", "term");
  baogao_layer_set_boolean (one, t, "checked", FALSE);
  baogao_layer_set_double (one, t, "whole", 4.0);
  baogao_layer_set_double (one, t, "tiny", 1e-300);
  baogao_layer_set_int (one, t, "negative", G_MININT64);
  baogao_layer_set_int (one, t, "largest", G_MAXINT64);
  baogao_layer_set_int (one, t, "nine", 9);
  baogao_layer_set_int (one, t, "ten", 10);
  baogao_layer_set_int (one, t, "hundred", -100);
  baogao_layer_set_int (one, t, "odd", 1234567);
  baogao_layer_merge_into (one, doc);

  s = baogao_layer_add (two, "s.sentence", 6, 23);
  baogao_layer_set_string (two, s, "quote", "“\\\"\t\x01");
  baogao_layer_merge_into (two, doc);

  baogao_document_add_repair (doc, BAOGAO_TEXT_REPAIR_JOIN, 3, "\n\n", -1, 0, 0);
  baogao_document_add_repair (doc, BAOGAO_TEXT_REPAIR_PRINT_MARKER, 3, "(下转第五版)", -1, 5, 1);
  baogao_document_add_run (doc, "one", "1.0", BAOGAO_RUN_OK, NULL, 12);
  baogao_document_add_run (doc, "two", "2.0", BAOGAO_RUN_OK, NULL, 3);
  baogao_document_add_run (doc, "three", "0.1", BAOGAO_RUN_FAILED, "broke “badly”", 7);
  baogao_document_derive_indicators (doc);

  return doc;
}

static void
test_json_contents (void)
{
  g_autoptr(BaogaoDocument) doc = make_document ();
  g_autofree char *json = baogao_document_to_json (doc, BAOGAO_JSON_NONE, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root, *annotation, *indicator, *metadata;
  JsonArray *annotations;
  const char *text;

  g_assert_true (json_parser_load_from_data (parser, json, -1, &error));
  root = json_node_get_object (json_parser_get_root (parser));

  g_assert_cmpstr (json_object_get_string_member (root, "format"), ==, "baogao-document/1");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (root, "source"), "encoding"),
                   ==, "GB18030");
  metadata = json_object_get_object_member (root, "metadata");
  g_assert_cmpint (json_object_get_int_member (metadata, "year_reported"), ==, 2023);
  g_assert_true (json_object_get_null_member (metadata, "date"));
  g_assert_cmpstr (json_object_get_string_member (metadata, "custom"), ==, "自定义\n值");

  text = json_object_get_string_member (root, "text");
  g_assert_cmpstr (text, ==, sample);

  annotations = json_object_get_array_member (root, "annotations");
  g_assert_cmpuint (json_array_get_length (annotations), ==, 3);

  /* Code point offsets and byte offsets agree with the text. */
  for (guint i = 0; i < json_array_get_length (annotations); i++)
    {
      gint64 start, end, bs, be;
      g_autofree char *slice = NULL;

      annotation = json_array_get_object_element (annotations, i);
      start = json_object_get_int_member (annotation, "start");
      end = json_object_get_int_member (annotation, "end");
      bs = json_object_get_int_member (annotation, "byte_start");
      be = json_object_get_int_member (annotation, "byte_end");
      slice = g_utf8_substring (text, start, end);
      g_assert_cmpint (json_object_get_int_member (annotation, "id"), ==, i);
      g_assert_cmpstr (slice, ==, json_object_get_string_member (annotation, "text"));
      g_assert_cmpint (be - bs, ==, strlen (slice));
      g_assert_cmpint (memcmp (text + bs, slice, be - bs), ==, 0);
    }

  annotation = json_array_get_object_element (annotations, 0);
  g_assert_cmpstr (json_object_get_string_member (annotation, "analyzer"), ==, "one");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (annotation, "provenance")), ==, 2);
  annotation = json_array_get_object_element (annotations, 1);
  g_assert_cmpint (json_object_get_int_member (annotation, "parent"), ==, 0);

  /* Doubles stay doubles and short: 98.6, not 98.599999999999994. */
  g_assert_nonnull (strstr (json, "\"value\":98.6,"));
  g_assert_nonnull (strstr (json, "\"whole\":4.0,"));

  indicator = json_array_get_object_element (json_object_get_array_member (root, "indicators"), 1);
  g_assert_cmpstr (json_object_get_string_member (indicator, "key"), ==, "x.satisfaction_rate");
  g_assert_cmpstr (json_object_get_string_member (indicator, "approx"), ==, "about");
  g_assert_cmpstr (json_object_get_string_member (indicator, "scope"), ==, "provincial");
  g_assert_cmpstr (json_object_get_string_member (indicator, "period"), ==, "term");
  g_assert_cmpint (json_object_get_int_member (indicator, "annotation"), ==, 2);
  indicator = json_array_get_object_element (json_object_get_array_member (root, "indicators"), 0);
  g_assert_true (json_object_get_null_member (indicator, "approx"));
  g_assert_true (json_object_get_null_member (indicator, "period"));
  g_assert_true (JSON_NODE_TYPE (json_object_get_member (indicator, "value")) == JSON_NODE_VALUE &&
                 json_node_get_value_type (json_object_get_member (indicator, "value")) == G_TYPE_INT64);
}

static void
test_json_repairs (void)
{
  g_autoptr(BaogaoDocument) doc = make_document ();
  g_autofree char *json = baogao_document_to_json (doc, BAOGAO_JSON_NONE, NULL);
  g_autoptr(BaogaoDocument) copy = baogao_document_new_from_json (json, -1, NULL);
  g_autofree char *source = baogao_document_dup_source_text (copy);
  const char *removed;
  gsize offset, s, e;
  guint page;

  g_assert_nonnull (strstr (json, "\"repairs\":[{\"kind\":\"join\",\"at\":1,\"byte_at\":3,\"removed\":\"\\n\\n\"}"));
  g_assert_cmpuint (baogao_document_get_n_repairs (copy), ==, 2);
  g_assert_cmpint (baogao_document_get_repair (copy, 1, &offset, &removed, &page), ==,
                   BAOGAO_TEXT_REPAIR_PRINT_MARKER);
  g_assert_cmpuint (offset, ==, 1);
  g_assert_cmpstr (removed, ==, "(下转第五版)");
  g_assert_cmpuint (page, ==, 5);
  g_assert_true (g_str_has_prefix (source, "各\n\n(下转第五版)位代表"));

  /* A span across the removals covers them in the source. */
  baogao_document_get_source_span (copy, 0, 2, &s, &e);
  g_assert_cmpuint (s, ==, 0);
  g_assert_cmpuint (e, ==, 2 + 2 + 7);
  baogao_document_get_source_span (copy, 1, 2, &s, &e);
  g_assert_cmpuint (s, ==, 1 + 9);
  baogao_document_get_source_span (copy, 0, 1, &s, &e);
  g_assert_cmpuint (e, ==, 1);
}

/* A stray space the reader removed goes to JSON as a `space` repair and
 * comes back; a kind a later version adds is passed over. */
static void
test_json_space_repairs (void)
{
  static const char text[] = "某某市人大常委会工作报告\n\n各位代表：\n\n全年开展专 题询问2次。\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, strlen (text));
  g_autoptr(BaogaoDocument) doc = baogao_document_new_from_bytes (bytes, NULL, NULL);
  g_autofree char *json = baogao_document_to_json (doc, BAOGAO_JSON_NONE, NULL);
  g_autoptr(BaogaoDocument) copy = baogao_document_new_from_json (json, -1, NULL);
  g_autofree char *source = NULL;
  g_autofree char *later = NULL;
  g_autoptr(BaogaoDocument) later_copy = NULL;
  g_autoptr(GError) error = NULL;
  const char *removed;
  gsize offset;

  g_assert_nonnull (strstr (baogao_document_get_text (doc), "专题询问"));
  g_assert_nonnull (strstr (json, "\"kind\":\"space\""));
  g_assert_nonnull (copy);
  g_assert_cmpuint (baogao_document_get_n_repairs (copy), ==, 1);
  g_assert_cmpint (baogao_document_get_repair (copy, 0, &offset, &removed, NULL), ==, BAOGAO_TEXT_REPAIR_SPACE);
  g_assert_cmpstr (removed, ==, " ");
  source = baogao_document_dup_source_text (copy);
  g_assert_cmpstr (source, ==, text);

  {
    g_auto(GStrv) pieces = g_strsplit (json, "\"kind\":\"space\"", -1);

    later = g_strjoinv ("\"kind\":\"hyphen\"", pieces);
  }
  later_copy = baogao_document_new_from_json (later, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (baogao_document_get_n_repairs (later_copy), ==, 0);
}

static void
check_round_trip (BaogaoDocument  *doc,
                  BaogaoJsonFlags  flags)
{
  g_autofree char *first = baogao_document_to_json (doc, flags, NULL);
  g_autoptr(BaogaoDocument) copy = NULL;
  g_autofree char *second = NULL;
  g_autoptr(GError) error = NULL;

  copy = baogao_document_new_from_json (first, -1, &error);
  g_assert_no_error (error);
  second = baogao_document_to_json (copy, flags, NULL);
  g_assert_cmpstr (first, ==, second);
}

static void
test_json_round_trip (void)
{
  g_autoptr(BaogaoDocument) doc = make_document ();

  check_round_trip (doc, BAOGAO_JSON_NONE);
  check_round_trip (doc, BAOGAO_JSON_PRETTY);
  check_round_trip (doc, BAOGAO_JSON_NO_TIMINGS);
}

static void
test_json_round_trip_empty (void)
{
  g_autoptr(BaogaoDocument) doc = baogao_document_new ("", 0, NULL);

  check_round_trip (doc, BAOGAO_JSON_NONE);
  check_round_trip (doc, BAOGAO_JSON_PRETTY);
}

/* An indicator whose tally counts a `quantity` gives that quantity's
 * value in the base unit, so that 3.2万条 and 15000条 can be summed; one
 * whose tally counts nothing has null. Read back, the same. */
static void
test_json_indicator_normalized (void)
{
  static const char text[] = "收集群众意见3.2万条，制定法规10件。";
  const char * const provides[] = { "quantity", "x.tally", NULL };
  g_autoptr(BaogaoDocument) doc = baogao_document_new (text, -1, NULL);
  g_autoptr(BaogaoLayer) layer = baogao_layer_new (doc, "one", provides);
  g_autoptr(BaogaoDocument) copy = NULL;
  g_autoptr(GPtrArray) indicators = NULL;
  g_autofree char *json = NULL;
  double normalized = 0;
  gboolean is_integer = FALSE;
  guint q, t;

  q = baogao_layer_add (layer, "quantity", 6, 11);
  baogao_layer_set_double (layer, q, "value", 3.2);
  baogao_layer_set_string (layer, q, "unit", "万条");
  baogao_layer_set_int (layer, q, "normalized", 32000);
  baogao_layer_set_string (layer, q, "base_unit", "条");
  t = baogao_layer_add (layer, "x.tally", 2, 11);
  baogao_layer_set_local_parent (layer, t, q);
  baogao_layer_set_string (layer, t, "measure", "opinions");
  baogao_layer_set_double (layer, t, "value", 3.2);
  baogao_layer_set_string (layer, t, "unit", "万条");
  t = baogao_layer_add (layer, "x.tally", 12, 18);
  baogao_layer_set_string (layer, t, "measure", "enacted");
  baogao_layer_set_int (layer, t, "value", 10);
  g_assert_true (baogao_layer_check (layer, NULL));
  baogao_layer_merge_into (layer, doc);
  baogao_document_derive_indicators (doc);

  indicators = baogao_document_get_indicators (doc);
  g_assert_cmpuint (indicators->len, ==, 2);
  g_assert_true (baogao_indicator_get_normalized (indicators->pdata[0], &normalized, &is_integer));
  g_assert_cmpfloat (normalized, ==, 32000);
  g_assert_true (is_integer);
  g_assert_cmpstr (baogao_indicator_get_base_unit (indicators->pdata[0]), ==, "条");
  g_assert_false (baogao_indicator_get_normalized (indicators->pdata[1], NULL, NULL));
  g_assert_null (baogao_indicator_get_base_unit (indicators->pdata[1]));

  json = baogao_document_to_json (doc, BAOGAO_JSON_NONE, NULL);
  g_assert_nonnull (strstr (json, "\"value\":3.2,\"unit\":\"万条\",\"normalized\":32000,\"base_unit\":\"条\","));
  g_assert_nonnull (strstr (json, "\"normalized\":null,\"base_unit\":null,"));

  copy = baogao_document_new_from_json (json, -1, NULL);
  g_clear_pointer (&indicators, g_ptr_array_unref);
  indicators = baogao_document_get_indicators (copy);
  g_assert_true (baogao_indicator_get_normalized (indicators->pdata[0], &normalized, NULL));
  g_assert_cmpfloat (normalized, ==, 32000);
  check_round_trip (doc, BAOGAO_JSON_NONE);
}

static void
test_json_read_api (void)
{
  g_autoptr(BaogaoDocument) doc = make_document ();
  g_autofree char *json = baogao_document_to_json (doc, BAOGAO_JSON_PRETTY, NULL);
  g_autoptr(BaogaoDocument) copy = baogao_document_new_from_json (json, -1, NULL);
  g_autoptr(GPtrArray) tallies = baogao_document_get_annotations (copy, "x.tally");
  g_autoptr(GPtrArray) indicators = baogao_document_get_indicators (copy);
  BaogaoAnnotation *t = g_ptr_array_index (tallies, 1);

  g_assert_cmpstr (baogao_document_get_metadata (copy, "title"), ==, "某省人大常委会工作报告");
  g_assert_cmpint (baogao_document_get_metadata_int (copy, "year_reported", 0), ==, 2023);
  g_assert_cmpfloat (baogao_annotation_get_double (t, "value", 0), ==, 98.6);
  g_assert_cmpint (baogao_annotation_get_int (t, "negative", 0), ==, G_MININT64);
  g_assert_cmpint (baogao_annotation_get_int (t, "largest", 0), ==, G_MAXINT64);
  g_assert_cmpint (baogao_annotation_get_int (t, "nine", 0), ==, 9);
  g_assert_cmpint (baogao_annotation_get_int (t, "ten", 0), ==, 10);
  g_assert_cmpint (baogao_annotation_get_int (t, "hundred", 0), ==, -100);
  g_assert_cmpint (baogao_annotation_get_int (t, "odd", 0), ==, 1234567);
  /* written as an integer, digits only */
  g_assert_nonnull (strstr (json, "\"odd\":1234567}"));
  g_assert_cmpint (baogao_annotation_get_feature_type (t, "whole"), ==, BAOGAO_VALUE_DOUBLE);
  g_assert_cmpint (baogao_document_get_analyzer_status (copy, "three", NULL), ==, BAOGAO_RUN_FAILED);
  g_assert_cmpuint (indicators->len, ==, 2);
  g_assert_true (baogao_indicator_get_annotation (g_ptr_array_index (indicators, 1)) == t);
  g_assert_cmpstr (baogao_indicator_get_scope (g_ptr_array_index (indicators, 1)), ==, "provincial");
  g_assert_cmpstr (baogao_indicator_get_period (g_ptr_array_index (indicators, 1)), ==, "term");
  g_assert_null (baogao_indicator_get_period (g_ptr_array_index (indicators, 0)));
}

static void
test_json_save_atomic (void)
{
  g_autoptr(BaogaoDocument) doc = make_document ();
  g_autofree char *dir = g_dir_make_tmp ("baogao-json-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "out.json", NULL);
  g_autofree char *bad = g_build_filename (dir, "missing", "out.json", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *expected = baogao_document_to_json (doc, BAOGAO_JSON_PRETTY, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (baogao_document_save_json (doc, path, BAOGAO_JSON_PRETTY, &error));
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, expected);

  g_assert_false (baogao_document_save_json (doc, bad, BAOGAO_JSON_NONE, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);

  g_unlink (path);
  g_rmdir (dir);
}

/* A document whose JSON is several times the writer's chunk */
static BaogaoDocument *
make_long_document (void)
{
  g_autoptr(GString) text = g_string_new (NULL);
  const char * const provides[] = { "s.sentence", NULL };
  BaogaoDocument *doc;
  g_autoptr(BaogaoLayer) layer = NULL;

  for (guint i = 0; i < 2000; i++)
    g_string_append_printf (text, "第%u条：审议“法规”案%u件。\n", i, i % 7);
  doc = baogao_document_new (text->str, text->len, NULL);
  layer = baogao_layer_new (doc, "one", provides);
  for (gsize p = 0, k = 0; p < text->len; k++)
    {
      const char *end = strchr (text->str + p, '\n');
      guint s = baogao_layer_add (layer, "s.sentence", p, end - text->str);

      baogao_layer_set_int (layer, s, "n", k);
      baogao_layer_set_string (layer, s, "quote", "“\\\t");
      p = end - text->str + 1;
    }
  baogao_layer_merge_into (layer, doc);

  return doc;
}

static void
test_json_write_stream (void)
{
  BaogaoDocument *docs[] = { make_document (), make_long_document () };
  const BaogaoJsonFlags flags[] = { BAOGAO_JSON_NONE, BAOGAO_JSON_PRETTY };

  for (guint d = 0; d < G_N_ELEMENTS (docs); d++)
    for (guint f = 0; f < G_N_ELEMENTS (flags); f++)
      {
        g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
        g_autoptr(GError) error = NULL;
        g_autoptr(GBytes) written = NULL;
        g_autofree char *expected = NULL;
        gsize length;

        expected = baogao_document_to_json (docs[d], flags[f], &length);
        g_assert_true (baogao_document_write_json (docs[d], stream, flags[f], NULL, &error));
        g_assert_no_error (error);
        g_assert_false (g_output_stream_is_closed (stream));
        g_assert_true (g_output_stream_close (stream, NULL, NULL));
        written = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (stream));
        g_assert_cmpmem (g_bytes_get_data (written, NULL), g_bytes_get_size (written),
                         expected, length);
        if (d == 1)
          g_assert_cmpuint (length, >, 4 * 64 * 1024);
      }

  /* a stream that fills up: an error, and what fitted is the start */
  {
    g_autofree char *expected = baogao_document_to_json (docs[1], BAOGAO_JSON_NONE, NULL);
    gsize room = 100 * 1024;
    g_autofree char *buffer = g_malloc (room);
    g_autoptr(GOutputStream) stream = g_memory_output_stream_new (buffer, room, NULL, NULL);
    g_autoptr(GError) error = NULL;
    gsize n;

    g_assert_false (baogao_document_write_json (docs[1], stream, BAOGAO_JSON_NONE, NULL, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
    n = g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (stream));
    g_assert_cmpuint (n, >, 0);
    g_assert_cmpmem (buffer, n, expected, n);
  }

  /* a closed stream */
  {
    g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
    g_autoptr(GError) error = NULL;

    g_output_stream_close (stream, NULL, NULL);
    g_assert_false (baogao_document_write_json (docs[0], stream, BAOGAO_JSON_NONE, NULL, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CLOSED);
  }

  for (guint d = 0; d < G_N_ELEMENTS (docs); d++)
    g_object_unref (docs[d]);
}

/* A BaogaoWriteFunc that appends to a GString until it holds
 * stop_after bytes, and counts its calls */
typedef struct
{
  GString *out;
  gsize    stop_after;
  guint    n_calls;
} Collected;

static gboolean
collect_part (const guint8 *data,
              gsize         length,
              gpointer      user_data)
{
  Collected *collected = user_data;

  g_assert_cmpuint (length, >, 0);
  collected->n_calls++;
  g_string_append_len (collected->out, (const char *) data, length);
  return collected->out->len < collected->stop_after;
}

static void
test_json_write_callback (void)
{
  BaogaoDocument *docs[] = { make_document (), make_long_document () };
  const BaogaoJsonFlags flags[] = { BAOGAO_JSON_NONE, BAOGAO_JSON_PRETTY };

  for (guint d = 0; d < G_N_ELEMENTS (docs); d++)
    for (guint f = 0; f < G_N_ELEMENTS (flags); f++)
      {
        g_autofree char *expected = NULL;
        Collected collected = { g_string_new (NULL), G_MAXSIZE, 0 };
        gsize length;

        expected = baogao_document_to_json (docs[d], flags[f], &length);
        g_assert_true (baogao_document_write_json_to_callback (docs[d], flags[f],
                                                               collect_part, &collected));
        g_assert_cmpmem (collected.out->str, collected.out->len, expected, length);
        /* the long one in parts of some kilobytes, never whole */
        if (d == 1)
          g_assert_cmpuint (collected.n_calls, >=, length / (32 * 1024));
        g_string_free (collected.out, TRUE);
      }

  /* refused at the first part: no call after it, and FALSE */
  {
    g_autofree char *expected = baogao_document_to_json (docs[1], BAOGAO_JSON_NONE, NULL);
    Collected collected = { g_string_new (NULL), 1, 0 };

    g_assert_false (baogao_document_write_json_to_callback (docs[1], BAOGAO_JSON_NONE,
                                                            collect_part, &collected));
    g_assert_cmpuint (collected.n_calls, ==, 1);
    g_assert_cmpuint (collected.out->len, <, strlen (expected));
    g_assert_cmpmem (collected.out->str, collected.out->len, expected, collected.out->len);
    g_string_free (collected.out, TRUE);
  }

  for (guint d = 0; d < G_N_ELEMENTS (docs); d++)
    g_object_unref (docs[d]);
}

static void
test_json_malformed (void)
{
  static const struct { const char *json; const char *fragment; } cases[] = {
    { "", "top level" },
    { "{\"format\":", "Not a JSON document" },
    { "[1,2]", "top level" },
    { "{\"format\":\"other/2\",\"text\":\"x\"}", "format is" },
    { "{\"format\":\"baogao-document/1\"}", "no “text”" },
    { "{\"format\":\"baogao-document/1\",\"text\":\"报告\",\"annotations\":[{\"id\":0,\"type\":\"a\",\"analyzer\":\"x\",\"start\":0,\"end\":1,\"byte_start\":0,\"byte_end\":2}]}", "does not agree" },
    { "{\"format\":\"baogao-document/1\",\"text\":\"报告\",\"annotations\":[{\"id\":0,\"type\":\"a\",\"analyzer\":\"x\",\"start\":0,\"end\":9,\"byte_start\":0,\"byte_end\":3}]}", "out of range" },
    { "{\"format\":\"baogao-document/1\",\"text\":\"报告\",\"annotations\":[{\"id\":3,\"type\":\"a\",\"analyzer\":\"x\",\"start\":0,\"end\":1,\"byte_start\":0,\"byte_end\":3}]}", "“id”" },
    { "{\"format\":\"baogao-document/1\",\"text\":\"报告\",\"annotations\":[{\"id\":0,\"type\":\"a\",\"analyzer\":\"x\",\"start\":0,\"end\":1,\"byte_start\":0,\"byte_end\":3,\"parent\":5}]}", "“parent”" },
    { "{\"format\":\"baogao-document/1\",\"text\":\"报告\",\"annotations\":[{\"id\":0,\"type\":\"a\",\"analyzer\":\"x\",\"start\":0,\"end\":1,\"byte_start\":0,\"byte_end\":3,\"features\":{\"k\":[1]}}]}", "feature “k”" },
    { "{\"format\":\"baogao-document/1\",\"text\":\"x\",\"analyzers\":[{\"name\":\"a\",\"status\":\"weird\"}]}", "unknown status" },
    { "{\"format\":\"baogao-document/1\",\"text\":\"x\",\"indicators\":[{\"key\":\"a.b\",\"value\":\"1\"}]}", "numeric" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(BaogaoDocument) doc = baogao_document_new_from_json (cases[i].json, -1, &error);

      g_assert_null (doc);
      g_assert_error (error, BAOGAO_ERROR, BAOGAO_ERROR_INVALID_FORMAT);
      if (strstr (error->message, cases[i].fragment) == NULL)
        g_error ("case %u: “%s” lacks “%s”", i, error->message, cases[i].fragment);
    }
}

static void
test_json_unknown_keys_ignored (void)
{
  const char *json = "{\"format\":\"baogao-document/1\",\"future\":{\"x\":1},\"text\":\"报告\","
                     "\"annotations\":[{\"id\":0,\"type\":\"a\",\"analyzer\":\"x\",\"start\":1,\"end\":2,"
                     "\"byte_start\":3,\"byte_end\":6,\"later\":true}]}";
  g_autoptr(GError) error = NULL;
  g_autoptr(BaogaoDocument) doc = baogao_document_new_from_json (json, -1, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (baogao_document_get_n_annotations (doc), ==, 1);
}

/* Every byte that needs an escape, at every place in strings of every
 * length up to past two blocks of the writer's scans, reads back the
 * same. One annotation per length, so that few keys (quarks) are made. */
static void
test_json_escapes (void)
{
  static const char * const specials[] = { "\"", "\\", "\n", "\x01", "\x1f", "\t" };
  const char *provides[] = { "e.span", NULL };
  g_autoptr(BaogaoDocument) doc = baogao_document_new ("一二三四五六七八九十", -1, NULL);
  g_autoptr(BaogaoLayer) layer = baogao_layer_new (doc, "e", provides);
  g_autoptr(GPtrArray) expected = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *json = NULL;
  g_autoptr(BaogaoDocument) copy = NULL;
  g_autoptr(GPtrArray) spans = NULL;
  guint start = 0, end = 1;

  for (guint len = 1; len <= 40; len++)
    {
      /* a span of its own for each length: the text's 55 */
      guint h = baogao_layer_add (layer, "e.span", start, end);
      char key[32];

      g_snprintf (key, sizeof key, "length");
      baogao_layer_set_int (layer, h, key, len);
      for (guint at = 0; at < len; at++)
        for (guint k = 0; k < G_N_ELEMENTS (specials); k++)
          {
            GString *value = g_string_new (NULL);

            for (guint i = 0; i < len; i++)
              g_string_append (value, i == at ? specials[k] : (i % 3 == 0 ? "法" : "a"));
            g_snprintf (key, sizeof key, "k%u_%u", at, k);
            baogao_layer_set_string (layer, h, key, value->str);
            g_ptr_array_add (expected, g_string_free (value, FALSE));
          }
      if (++end > 10)
        end = ++start + 1;
    }
  baogao_layer_merge_into (layer, doc);

  json = baogao_document_to_json (doc, 0, NULL);
  copy = baogao_document_new_from_json (json, -1, NULL);
  g_assert_nonnull (copy);
  spans = baogao_document_get_annotations (copy, "e.span");
  g_assert_cmpuint (spans->len, ==, 40);

  for (guint s = 0, n = 0; s < spans->len; s++)
    {
      BaogaoAnnotation *a = g_ptr_array_index (spans, s);
      guint len = baogao_annotation_get_int (a, "length", 0);
      guint first = 0;

      /* the expected values of this length come after those of the
       * shorter ones */
      for (guint l = 1; l < len; l++)
        first += l * G_N_ELEMENTS (specials);
      n = first;
      for (guint at = 0; at < len; at++)
        for (guint k = 0; k < G_N_ELEMENTS (specials); k++, n++)
          {
            char key[32];

            g_snprintf (key, sizeof key, "k%u_%u", at, k);
            g_assert_cmpstr (baogao_annotation_get_string (a, key), ==,
                             g_ptr_array_index (expected, n));
          }
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/json/contents", test_json_contents);
  g_test_add_func ("/json/round-trip", test_json_round_trip);
  g_test_add_func ("/json/repairs", test_json_repairs);
  g_test_add_func ("/json/space-repairs", test_json_space_repairs);
  g_test_add_func ("/json/round-trip-empty", test_json_round_trip_empty);
  g_test_add_func ("/json/read-api", test_json_read_api);
  g_test_add_func ("/json/indicator-normalized", test_json_indicator_normalized);
  g_test_add_func ("/json/escapes", test_json_escapes);
  g_test_add_func ("/json/save-atomic", test_json_save_atomic);
  g_test_add_func ("/json/write-stream", test_json_write_stream);
  g_test_add_func ("/json/write-callback", test_json_write_callback);
  g_test_add_func ("/json/malformed", test_json_malformed);
  g_test_add_func ("/json/unknown-keys-ignored", test_json_unknown_keys_ignored);

  return g_test_run ();
}

/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/* BaogaoDocument: offsets, metadata, reading files and bytes. */

#include <baogao/baogao.h>
#include <glib/gstdio.h>
#include <string.h>

#include "baogao-document-private.h"
#include "baogao-sha256-private.h"

static void
test_document_offsets (void)
{
  /* Long enough to cross many checkpoints, with 1-4 byte characters. */
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(BaogaoDocument) doc = NULL;
  const char *p;
  gsize cp = 0;

  for (guint i = 0; i < 500; i++)
    g_string_append (text, (const char *[]) { "a", "é", "报", "😀", "１" }[i % 5]);

  doc = baogao_document_new (text->str, text->len, NULL);
  g_assert_cmpuint (baogao_document_get_size (doc), ==, text->len);
  g_assert_cmpuint (baogao_document_get_length (doc), ==, 500);

  for (p = text->str; ; p = g_utf8_next_char (p), cp++)
    {
      gsize byte = p - text->str;

      g_assert_cmpuint (baogao_document_offset_to_byte (doc, cp), ==, byte);
      g_assert_cmpuint (baogao_document_byte_to_offset (doc, byte), ==, cp);
      if (*p == '\0')
        break;
    }

  /* Past the end clamps. */
  g_assert_cmpuint (baogao_document_offset_to_byte (doc, 10000), ==, text->len);
  g_assert_cmpuint (baogao_document_byte_to_offset (doc, 100000), ==, 500);

  {
    g_autofree char *slice = baogao_document_dup_slice (doc, 1, 4);
    g_assert_cmpstr (slice, ==, "é报😀");
  }
}

static void
test_document_invalid_utf8 (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BaogaoDocument) doc = baogao_document_new ("报告\xff报告", -1, &error);

  g_assert_null (doc);
  g_assert_error (error, BAOGAO_ERROR, BAOGAO_ERROR_INVALID_ENCODING);
  g_assert_nonnull (strstr (error->message, "offset 6"));
}

static void
test_document_empty (void)
{
  g_autoptr(BaogaoDocument) doc = baogao_document_new ("", -1, NULL);
  g_autoptr(GPtrArray) none = baogao_document_get_annotations_at (doc, 0, NULL);

  g_assert_cmpuint (baogao_document_get_length (doc), ==, 0);
  g_assert_cmpuint (none->len, ==, 0);
  g_assert_cmpuint (baogao_document_offset_to_byte (doc, 0), ==, 0);
}

static void
test_document_metadata (void)
{
  g_autoptr(BaogaoDocument) doc = baogao_document_new ("x", -1, NULL);
  g_auto(GStrv) keys = NULL;

  g_assert_null (baogao_document_get_metadata (doc, "title"));
  baogao_document_set_metadata (doc, "title", "工作报告");
  baogao_document_set_metadata_int (doc, "year_reported", 2023);
  baogao_document_set_metadata (doc, "title", "常委会工作报告");

  g_assert_cmpstr (baogao_document_get_metadata (doc, "title"), ==, "常委会工作报告");
  g_assert_cmpint (baogao_document_get_metadata_int (doc, "year_reported", 0), ==, 2023);
  g_assert_null (baogao_document_get_metadata (doc, "year_reported"));
  g_assert_cmpint (baogao_document_get_metadata_type (doc, "year_reported"), ==, BAOGAO_VALUE_INT);
  keys = baogao_document_dup_metadata_keys (doc);
  g_assert_cmpstrv (keys, ((const char *[]) { "title", "year_reported", NULL }));
}

static void
test_document_from_file (void)
{
  g_autofree char *dir = g_dir_make_tmp ("baogao-doc-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "report.txt", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.txt", NULL);
  g_autofree char *gbk = NULL;
  g_autoptr(BaogaoDocument) doc = NULL;
  g_autoptr(GError) error = NULL;
  gsize gbk_len;

  gbk = g_convert ("各位代表：\r\n报告工作。\r\n", -1, "GB18030", "UTF-8", NULL, &gbk_len, NULL);
  g_assert_true (g_file_set_contents (path, gbk, gbk_len, NULL));

  doc = baogao_document_new_from_file (path, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (baogao_document_get_text (doc), ==, "各位代表：\n报告工作。\n");
  g_assert_cmpstr (baogao_document_get_source_encoding (doc), ==, "GB18030");
  g_assert_cmpstr (baogao_document_get_source_path (doc), ==, path);
  g_assert_cmpuint (strlen (baogao_document_get_source_sha256 (doc)), ==, 64);
  g_assert_cmpstr (baogao_document_get_media_type (doc), ==, "text/plain");
  g_clear_object (&doc);

  doc = baogao_document_new_from_file (missing, NULL, &error);
  g_assert_null (doc);
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_document_print_repair (void)
{
  const char *printed = "各位代表：\n\n制定法规10件，加大资\n\n(下转第五版)\n\n金投入。\n\n二是加强监督。\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (printed, strlen (printed));
  g_autoptr(GError) error = NULL;
  g_autoptr(BaogaoDocument) doc = baogao_document_new_from_bytes (bytes, NULL, &error);
  g_autofree char *source = NULL;
  g_autofree char *slice = NULL;
  const char *text;
  const char *at;
  gsize start, end, s, e;

  g_assert_no_error (error);
  text = baogao_document_get_text (doc);
  g_assert_nonnull (strstr (text, "加大资金投入。"));
  g_assert_null (strstr (text, "下转"));
  /* Real paragraph breaks stay. */
  g_assert_nonnull (strstr (text, "金投入。\n\n二是"));
  g_assert_cmpuint (baogao_document_get_n_repairs (doc), >=, 2);

  source = baogao_document_dup_source_text (doc);
  g_assert_cmpstr (source, ==, printed);

  /* 资金 in the text is 资\n\n(下转第五版)\n\n金 in the source. */
  at = strstr (text, "资金");
  start = g_utf8_pointer_to_offset (text, at);
  end = start + 2;
  baogao_document_get_source_span (doc, start, end, &s, &e);
  slice = g_utf8_substring (source, s, e);
  g_assert_cmpstr (slice, ==, "资\n\n(下转第五版)\n\n金");
}

/* The digest must be GLib's, whichever implementation the processor
 * gets: every length around the block and padding boundaries, and a long
 * input with all byte values. */
static void
test_document_sha256 (void)
{
  g_autofree guint8 *data = g_malloc (1 << 20);
  guint32 seed = 12345;
  gsize lengths[] = { 1000, 4096, 31382, (gsize) 1 << 20 };

  for (gsize i = 0; i < ((gsize) 1 << 20); i++)
    {
      seed = seed * 1103515245 + 12345;
      data[i] = (guint8) (seed >> 16);
    }

  for (gsize length = 0; length <= 200; length++)
    {
      g_autofree char *ours = baogao_sha256_hex (data, length);
      g_autofree char *glib = g_compute_checksum_for_data (G_CHECKSUM_SHA256, data, length);

      g_assert_cmpstr (ours, ==, glib);
    }
  for (guint i = 0; i < G_N_ELEMENTS (lengths); i++)
    {
      g_autofree char *ours = baogao_sha256_hex (data, lengths[i]);
      g_autofree char *glib = g_compute_checksum_for_data (G_CHECKSUM_SHA256, data, lengths[i]);

      g_assert_cmpstr (ours, ==, glib);
    }

  {
    /* A known answer: SHA-256 ("abc") */
    g_autofree char *abc = baogao_sha256_hex ((const guint8 *) "abc", 3);

    g_assert_cmpstr (abc, ==, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/document/offsets", test_document_offsets);
  g_test_add_func ("/document/invalid-utf8", test_document_invalid_utf8);
  g_test_add_func ("/document/empty", test_document_empty);
  g_test_add_func ("/document/metadata", test_document_metadata);
  g_test_add_func ("/document/from-file", test_document_from_file);
  g_test_add_func ("/document/print-repair", test_document_print_repair);
  g_test_add_func ("/document/sha256", test_document_sha256);

  return g_test_run ();
}

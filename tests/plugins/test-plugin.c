/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/* One source, many small analyzers for the engine tests: the build picks
 * the behaviour with -DTP_<BEHAVIOUR>. Some are broken on purpose. */

#include <baogao/baogao-plugin.h>
#include <string.h>

/* Each module registers its own type name (TP_TYPE_NAME, set by the
 * build), since several of them are loaded into one process. */
static GType test_analyzer_get_type (void);

static gboolean
is_sentence_end (gunichar c)
{
  return c == 0x3002 /* 。 */ || c == 0xFF01 /* ！ */ || c == 0xFF1F /* ？ */ || c == '\n';
}

/* Adds a test.sentence for every run of text up to a sentence end. */
G_GNUC_UNUSED static void
add_sentences (BaogaoDocument *document,
               BaogaoLayer    *layer)
{
  const char *text = baogao_document_get_text (document);
  gsize size = baogao_document_get_size (document);
  gsize start = 0;

  for (const char *p = text; p < text + size; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gsize end = (p - text) + (c == '\n' ? 0 : g_unichar_to_utf8 (c, NULL));

      if (!is_sentence_end (c))
        continue;
      if (end > start)
        {
          guint h = baogao_layer_add_bytes (layer, "test.sentence", start, end);
          baogao_layer_set_string (layer, h, "kind", "sentence");
        }
      start = (p - text) + g_unichar_to_utf8 (c, NULL);
    }

  if (size > start)
    baogao_layer_add_bytes (layer, "test.sentence", start, size);
}

static gboolean
test_analyzer_analyze (BaogaoAnalyzer  *analyzer,
                       BaogaoDocument  *document,
                       BaogaoLayer     *layer,
                       GCancellable    *cancellable,
                       GError         **error)
{
#if defined(TP_SENTENCES) || defined(TP_ECHO)
  add_sentences (document, layer);
  return TRUE;
#elif defined(TP_WORDS)
  /* Reads the merged sentences: one test.length per sentence, child of it,
   * and a tally of the digits found, as an indicator. */
  g_autoptr(GPtrArray) sentences = baogao_document_get_annotations (document, "test.sentence");
  const char *text = baogao_document_get_text (document);

  for (guint i = 0; i < sentences->len; i++)
    {
      BaogaoAnnotation *s = g_ptr_array_index (sentences, i);
      gsize bs = baogao_annotation_get_byte_start (s), be = baogao_annotation_get_byte_end (s);
      guint h = baogao_layer_add_bytes (layer, "test.length", bs, be);
      gint64 digits = 0;

      baogao_layer_set_parent (layer, h, s);
      baogao_layer_set_int (layer, h, "chars", baogao_annotation_get_end (s) - baogao_annotation_get_start (s));
      baogao_layer_set_double (layer, h, "share", (double) (be - bs) / baogao_document_get_size (document));
      baogao_layer_set_boolean (layer, h, "long", be - bs > 30);

      for (gsize b = bs; b < be; b++)
        digits += g_ascii_isdigit (text[b]);
      if (digits > 0)
        {
          guint t = baogao_layer_add_bytes (layer, "test.tally", bs, be);

          baogao_layer_set_local_parent (layer, t, h);
          baogao_layer_set_string (layer, t, "measure", "digits");
          baogao_layer_set_int (layer, t, "value", digits);
          baogao_layer_set_string (layer, t, "unit", "个");
          baogao_layer_set_string (layer, t, "scope", "sentence");
        }
    }
  return TRUE;
#elif defined(TP_FAIL)
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "deliberate failure for the tests");
  return FALSE;
#elif defined(TP_BADSPAN)
  baogao_layer_add_bytes (layer, "test.bad", 0, baogao_document_get_size (document) + 10);
  return TRUE;
#elif defined(TP_UNDECLARED)
  baogao_layer_add_bytes (layer, "test.sentence", 0, 1);
  return TRUE;
#elif defined(TP_SLOW)
  /* Works until cancelled, at most five seconds. */
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (g_get_monotonic_time () < deadline)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      g_usleep (1000);
    }
  return TRUE;
#else
  return TRUE;
#endif
}

static void
test_analyzer_iface_init (BaogaoAnalyzerInterface *iface)
{
  iface->analyze = test_analyzer_analyze;
}

G_GNUC_UNUSED static GType
test_analyzer_get_type (void)
{
  static gsize type_id;

  if (g_once_init_enter (&type_id))
    {
      const GInterfaceInfo iface = { (GInterfaceInitFunc) (void (*) (void)) test_analyzer_iface_init, NULL, NULL };
      GType type = g_type_register_static_simple (G_TYPE_OBJECT, TP_TYPE_NAME,
                                                  sizeof (GObjectClass), NULL,
                                                  sizeof (GObject), NULL, 0);

      g_type_add_interface_static (type, BAOGAO_TYPE_ANALYZER, &iface);
      g_once_init_leave (&type_id, type);
    }

  return type_id;
}

#if defined(TP_NO_ENTRY)
/* Exports the ABI number but no entry point. */
__attribute__((visibility ("default"))) extern const guint baogao_plugin_abi;
__attribute__((visibility ("default"))) const guint baogao_plugin_abi = BAOGAO_PLUGIN_ABI;
#elif defined(TP_BAD_ABI)
/* Built "for" another ABI. */
__attribute__((visibility ("default"))) extern const guint baogao_plugin_abi;
__attribute__((visibility ("default"))) const guint baogao_plugin_abi = BAOGAO_PLUGIN_ABI + 41;
__attribute__((visibility ("default"))) GType baogao_plugin_get_analyzer_type (void);
__attribute__((visibility ("default"))) GType
baogao_plugin_get_analyzer_type (void)
{
  return test_analyzer_get_type ();
}
#elif defined(TP_NOT_ANALYZER)
BAOGAO_DEFINE_PLUGIN (g_file_icon_get_type)
#else
BAOGAO_DEFINE_PLUGIN (test_analyzer_get_type)
#endif

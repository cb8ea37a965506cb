/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/*
 * hello: an example analyzer plugin built outside the Baogao tree.
 *
 * It marks every 你好 and 各位代表 in a document with a `hello.greeting`
 * annotation whose `greeting` feature is the phrase found. The keyword
 * matcher is built once per process; the scan itself allocates nothing per
 * match.
 *
 * The plugin's name, version, requirements and provided types come from
 * hello.plugin, so the analyzer implements only `analyze`.
 */

#include <baogao/baogao.h>
#include <baogao/baogao-plugin.h>

#define HELLO_TYPE_ANALYZER (hello_analyzer_get_type ())

G_DECLARE_FINAL_TYPE (HelloAnalyzer, hello_analyzer, HELLO, ANALYZER, GObject)

struct _HelloAnalyzer
{
  GObject parent_instance;
};

static void hello_analyzer_iface_init (BaogaoAnalyzerInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (HelloAnalyzer, hello_analyzer, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (BAOGAO_TYPE_ANALYZER,
                                                      hello_analyzer_iface_init))

BAOGAO_DEFINE_PLUGIN (hello_analyzer_get_type)

#define HELLO_ANNOTATION_TYPE "hello.greeting"

/* The matcher reports the index into this table as the match's value. */
static const char * const greetings[] = {
  "你好",
  "各位代表",
};

static BaogaoMatcher *
hello_get_matcher (void)
{
  static BaogaoMatcher *matcher = NULL;

  if (g_once_init_enter (&matcher))
    {
      BaogaoMatcher *m = baogao_matcher_new ();

      for (guint i = 0; i < G_N_ELEMENTS (greetings); i++)
        baogao_matcher_add (m, greetings[i], i);
      baogao_matcher_seal (m);

      /* Kept for the life of the process, as the module is never unloaded. */
      g_once_init_leave (&matcher, m);
    }

  return matcher;
}

static gboolean
hello_on_match (gsize    byte_start,
                gsize    byte_end,
                guint    value,
                gpointer user_data)
{
  BaogaoLayer *layer = user_data;
  guint handle;

  handle = baogao_layer_add_bytes (layer, HELLO_ANNOTATION_TYPE,
                                   byte_start, byte_end);
  if (handle != BAOGAO_LAYER_INVALID)
    baogao_layer_set_string (layer, handle, "greeting", greetings[value]);

  return TRUE;
}

static gboolean
hello_analyzer_analyze (BaogaoAnalyzer  *analyzer,
                        BaogaoDocument  *document,
                        BaogaoLayer     *layer,
                        GCancellable    *cancellable,
                        GError         **error)
{
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  baogao_matcher_scan (hello_get_matcher (),
                       baogao_document_get_text (document),
                       baogao_document_get_size (document),
                       BAOGAO_MATCH_LONGEST,
                       hello_on_match,
                       layer);

  return TRUE;
}

static void
hello_analyzer_iface_init (BaogaoAnalyzerInterface *iface)
{
  iface->analyze = hello_analyzer_analyze;
}

static void
hello_analyzer_class_init (HelloAnalyzerClass *klass)
{
}

static void
hello_analyzer_init (HelloAnalyzer *self)
{
}

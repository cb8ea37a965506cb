/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/* The citation analyzer run by the engine, as a plugin. The sample texts
 * are written for these tests. */

#include <string.h>

#include <baogao/baogao.h>

static void
run_engine (BaogaoDocument *doc)
{
  const char *path = g_getenv ("BAOGAO_PLUGIN_PATH");
  g_autoptr(BaogaoEngine) engine = NULL;
  g_autoptr(GError) error = NULL;

  engine = baogao_engine_new_with_search_path ((const char *[]) { path, NULL });
  baogao_engine_select (engine, (const char *[]) { "citation", NULL }, &error);
  g_assert_no_error (error);
  baogao_engine_analyze (engine, doc, NULL, &error);
  g_assert_no_error (error);
}

static BaogaoDocument *
analyze (const char *text,
         gssize      length)
{
  g_autoptr(BaogaoDocument) doc = NULL;
  g_autoptr(GError) error = NULL;

  doc = baogao_document_new (text, length, &error);
  g_assert_no_error (error);
  run_engine (doc);
  return g_steal_pointer (&doc);
}

static BaogaoAnnotation *
find_title (GPtrArray  *citations,
            const char *title)
{
  for (guint i = 0; i < citations->len; i++)
    {
      BaogaoAnnotation *a = g_ptr_array_index (citations, i);

      if (g_strcmp0 (baogao_annotation_get_string (a, "title"), title) == 0)
        return a;
    }
  return NULL;
}

/* A report passage in the style of a provincial report, with a nested
 * title, a title cut by a page break and an unbalanced bracket */
static const char sample[] =
  "三、坚持依法监督，着力增强监督实效\n\n"
  "听取审议省政府关于《中华人民共和国安全生产法》和《山东省安全生产条例》实施情况的报告。"
  "审议通过《省人大常委会关于修改〈山东省物业管理条例〉的决定》。"
  "制定并严格执行《省人大常委会党组关于加强\n\n"
  "（下转第三版）\n\n"
  "（上接第二版）\n\n"
  "和改进新时代人大代表工作的实施意见》，推动代表工作提质增效。"
  "为代表订阅《中国人大》《山东人大工作》等刊物。\n\n"
  "四是开展《山东省乡村振兴促进条例执法检查，推动条例落地见效。\n\n"
  "各位代表，新的一年……";

static void
test_sample (void)
{
  g_autoptr(BaogaoDocument) doc = analyze (sample, -1);
  g_autoptr(GPtrArray) citations = baogao_document_get_annotations (doc, "citation");
  BaogaoAnnotation *a, *outer, *inner;
  g_autofree char *text = NULL;

  g_assert_cmpuint (citations->len, ==, 8);

  a = find_title (citations, "中华人民共和国安全生产法");
  g_assert_nonnull (a);
  g_assert_cmpstr (baogao_annotation_get_string (a, "kind"), ==, "law");
  g_assert_cmpstr (baogao_annotation_get_string (a, "level"), ==, "national");
  text = baogao_annotation_dup_text (a);
  g_assert_cmpstr (text, ==, "《中华人民共和国安全生产法》");
  g_assert_null (baogao_annotation_get_parent (a));
  g_assert_false (baogao_annotation_get_boolean (a, "split", FALSE));

  a = find_title (citations, "山东省安全生产条例");
  g_assert_nonnull (a);
  g_assert_cmpstr (baogao_annotation_get_string (a, "kind"), ==, "regulation");
  g_assert_cmpstr (baogao_annotation_get_string (a, "level"), ==, "provincial");

  outer = find_title (citations, "省人大常委会关于修改〈山东省物业管理条例〉的决定");
  inner = find_title (citations, "山东省物业管理条例");
  g_assert_nonnull (outer);
  g_assert_nonnull (inner);
  g_assert_cmpstr (baogao_annotation_get_string (outer, "kind"), ==, "decision");
  g_assert_cmpstr (baogao_annotation_get_string (inner, "kind"), ==, "regulation");
  g_assert_true (baogao_annotation_get_parent (inner) == outer);
  g_assert_cmpuint (baogao_annotation_get_start (inner), >, baogao_annotation_get_start (outer));
  g_assert_cmpuint (baogao_annotation_get_end (inner), <, baogao_annotation_get_end (outer));

  a = find_title (citations, "省人大常委会党组关于加强和改进新时代人大代表工作的实施意见");
  g_assert_nonnull (a);
  g_assert_true (baogao_annotation_get_boolean (a, "split", FALSE));
  g_assert_cmpstr (baogao_annotation_get_string (a, "kind"), ==, "opinion");
  g_clear_pointer (&text, g_free);
  text = baogao_annotation_dup_text (a);
  g_assert_true (g_str_has_prefix (text, "《省人大常委会党组关于加强\n"));
  g_assert_true (g_str_has_suffix (text, "实施意见》"));
  g_assert_nonnull (strstr (text, "（下转第三版）"));

  a = find_title (citations, "中国人大");
  g_assert_nonnull (a);
  g_assert_cmpstr (baogao_annotation_get_string (a, "kind"), ==, "publication");
  a = find_title (citations, "山东人大工作");
  g_assert_nonnull (a);
  g_assert_cmpstr (baogao_annotation_get_string (a, "kind"), ==, "publication");

  a = find_title (citations, "山东省乡村振兴促进条例执法检查");
  g_assert_nonnull (a);
  g_assert_true (baogao_annotation_get_boolean (a, "unbalanced", FALSE));
  g_clear_pointer (&text, g_free);
  text = baogao_annotation_dup_text (a);
  g_assert_cmpstr (text, ==, "《山东省乡村振兴促进条例执法检查");
}

/* Read from a file's bytes, the text is repaired first: the title is one
 * line, and still marked split */
static void
test_repaired (void)
{
  static const char source[] =
    "二、坚持民主立法\n\n"
    "常委会认真贯彻《省人大常委会关于完善地方立法工作\n\n(下转第三版)\n\n(上接第二版)\n\n"
    "机制的若干规定》，立法质量稳步提高。修改《河北省人民代表大会常务委员会议事规则》。\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (source, sizeof source - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(BaogaoDocument) doc = baogao_document_new_from_bytes (bytes, NULL, &error);
  g_autoptr(GPtrArray) citations = NULL;
  BaogaoAnnotation *a;
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (baogao_document_get_n_repairs (doc), >, 0);
  run_engine (doc);
  citations = baogao_document_get_annotations (doc, "citation");
  g_assert_cmpuint (citations->len, ==, 2);

  a = find_title (citations, "省人大常委会关于完善地方立法工作机制的若干规定");
  g_assert_nonnull (a);
  g_assert_true (baogao_annotation_get_boolean (a, "split", FALSE));
  g_assert_cmpstr (baogao_annotation_get_string (a, "kind"), ==, "rules");
  text = baogao_annotation_dup_text (a);
  g_assert_cmpstr (text, ==, "《省人大常委会关于完善地方立法工作机制的若干规定》");

  a = find_title (citations, "河北省人民代表大会常务委员会议事规则");
  g_assert_nonnull (a);
  g_assert_false (baogao_annotation_get_boolean (a, "split", FALSE));
  g_assert_cmpstr (baogao_annotation_get_string (a, "level"), ==, "provincial");
}

/* The stray spaces of a line spaced out character by character, removed
 * on reading, split no title */
static void
test_spaced_out (void)
{
  static const char source[] =
    "各位代表：\n\n二、坚持民主立法\n\n"
    "制 定 《 某 某 市 物 业 管 理 条 例 》 等 法 规 1 0 件 。\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (source, sizeof source - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(BaogaoDocument) doc = baogao_document_new_from_bytes (bytes, NULL, &error);
  g_autoptr(GPtrArray) citations = NULL;
  BaogaoAnnotation *a;

  g_assert_no_error (error);
  g_assert_cmpuint (baogao_document_get_n_repairs (doc), >, 0);
  run_engine (doc);
  citations = baogao_document_get_annotations (doc, "citation");
  a = find_title (citations, "某某市物业管理条例");
  g_assert_nonnull (a);
  g_assert_false (baogao_annotation_get_boolean (a, "split", FALSE));
}

static void
test_national_style (void)
{
  /* the national report's phrasing, full-width everything */
  static const char text[] =
    "一年来，全国人大常委会审议宪法修改、法律案等34件，通过其中25件。"
    "制定《中华人民共和国外国国家豁免法》，修改《中华人民共和国立法法》，"
    "作出《全国人民代表大会常务委员会关于延长授权国务院在粤港澳大湾区内地九市开展香港法律执业者和澳门执业律师"
    "取得内地执业资质和从事律师职业试点工作期限的决定》。"
    "认真学习《习近平关于坚持和完善人民代表大会制度的思想论述摘编》。";
  g_autoptr(BaogaoDocument) doc = analyze (text, -1);
  g_autoptr(GPtrArray) citations = baogao_document_get_annotations (doc, "citation");
  static const char *kinds[] = { "law", "law", "decision", "publication" };

  g_assert_cmpuint (citations->len, ==, 4);
  for (guint i = 0; i < citations->len; i++)
    {
      BaogaoAnnotation *a = g_ptr_array_index (citations, i);

      g_assert_cmpstr (baogao_annotation_get_string (a, "kind"), ==, kinds[i]);
      g_assert_false (baogao_annotation_has_feature (a, "unbalanced"));
    }
}

static void
test_bad_input (void)
{
  static const char *texts[] = {
    "", "《", "》", "《》", "〈〉", "《\n\n》", "《《《《《《《《《《《《《《《《《《《《", "》》》》〉〉〈〈",
    "(下转第五版)《", "《(下转第五版)\n\n(上接第二版)》",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(BaogaoDocument) doc = analyze (texts[i], -1);
      g_autoptr(GPtrArray) citations = baogao_document_get_annotations (doc, "citation");

      g_assert_cmpuint (citations->len, <=, 20);
    }
}

static void
test_large_unbalanced (void)
{
  /* a megabyte of open brackets and text: bounded work, bounded output */
  g_autoptr(GString) s = g_string_new (NULL);
  g_autoptr(BaogaoDocument) doc = NULL;
  g_autoptr(GPtrArray) citations = NULL;

  while (s->len < 1024 * 1024)
    g_string_append (s, "《加强人大代表工作，推动");
  g_string_append (s, "\n\n《最后的标题》");
  doc = analyze (s->str, (gssize) s->len);
  citations = baogao_document_get_annotations (doc, "citation");
  g_assert_nonnull (find_title (citations, "最后的标题"));
  for (guint i = 0; i < citations->len; i++)
    {
      BaogaoAnnotation *a = g_ptr_array_index (citations, i);

      g_assert_cmpuint (baogao_annotation_get_end (a) - baogao_annotation_get_start (a), <=, 200);
    }
}

/* The real report: every 《 opens a citation, one title is cut by a page
 * break, none is unbalanced */
static void
test_corpus (void)
{
  const char *dir = g_getenv ("BAOGAO_CORPUS_DIR");
  g_autofree char *path = NULL;
  g_autofree char *data = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BaogaoDocument) doc = NULL;
  g_autoptr(GPtrArray) citations = NULL;
  const char *text;
  guint n_open = 0, n_split = 0;

  if (dir == NULL)
    {
      g_test_skip ("BAOGAO_CORPUS_DIR is not set");
      return;
    }
  path = g_build_filename (dir, "heilongjiang-2024.txt", NULL);
  if (!g_file_get_contents (path, &data, NULL, &error))
    {
      g_test_skip (error->message);
      return;
    }
  doc = analyze (data, -1);
  citations = baogao_document_get_annotations (doc, "citation");
  text = baogao_document_get_text (doc);

  for (const char *p = strstr (text, "《"); p; p = strstr (p + 3, "《"))
    {
      gsize at = (gsize) (p - text);
      gboolean found = FALSE;

      n_open++;
      for (guint i = 0; i < citations->len && !found; i++)
        found = baogao_annotation_get_byte_start (g_ptr_array_index (citations, i)) == at;
      g_assert_true (found);
    }
  for (guint i = 0; i < citations->len; i++)
    {
      BaogaoAnnotation *a = g_ptr_array_index (citations, i);

      g_assert_false (baogao_annotation_get_boolean (a, "unbalanced", FALSE));
      n_split += baogao_annotation_get_boolean (a, "split", FALSE);
    }
  g_assert_cmpuint (citations->len, ==, n_open);
  g_assert_cmpuint (n_split, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/citation/sample", test_sample);
  g_test_add_func ("/citation/repaired", test_repaired);
  g_test_add_func ("/citation/spaced-out", test_spaced_out);
  g_test_add_func ("/citation/national-style", test_national_style);
  g_test_add_func ("/citation/bad-input", test_bad_input);
  g_test_add_func ("/citation/large-unbalanced", test_large_unbalanced);
  g_test_add_func ("/citation/corpus", test_corpus);

  return g_test_run ();
}

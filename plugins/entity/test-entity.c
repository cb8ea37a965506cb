/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/* Tests of the entity analyzer: the gazetteer directly, then the plugin
 * through the engine on sentences written in several provinces' styles,
 * the failure on a missing gazetteer, and the real report of the corpus
 * against its gold when BAOGAO_CORPUS_DIR is set.
 *
 * Usage: test-entity [GTest options] SOURCE-DIR */

#include <baogao/baogao.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "entity-scan.h"

static const char *source_dir;

/* {{{ Helpers */

static EntityModel *
get_model (void)
{
  static EntityModel *model = NULL;

  if (model == NULL)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *path = g_build_filename (source_dir, "gazetteer.tsv", NULL);

      model = entity_model_new_from_file (path, &error);
      g_assert_no_error (error);
    }
  return model;
}

static BaogaoEngine *
get_engine (void)
{
  static BaogaoEngine *engine = NULL;

  if (engine == NULL)
    {
      const char *path = g_getenv ("BAOGAO_PLUGIN_PATH");
      const char *dirs[] = { path, NULL };
      g_autoptr(GError) error = NULL;

      g_assert_nonnull (path);
      engine = baogao_engine_new_with_search_path (dirs);
      baogao_engine_select (engine, (const char *[]) { "entity", NULL }, &error);
      g_assert_no_error (error);
    }
  return engine;
}

static BaogaoDocument *
analyze (const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BaogaoDocument) doc = NULL;
  const char *message = NULL;

  doc = baogao_document_new (text, -1, &error);
  g_assert_no_error (error);
  baogao_engine_analyze (get_engine (), doc, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (baogao_document_get_analyzer_status (doc, "entity", &message),
                   ==, BAOGAO_RUN_OK);
  return g_steal_pointer (&doc);
}

/* The annotation of @type whose text is @text, the @nth one (0-based), or
 * NULL */
static BaogaoAnnotation *
find (BaogaoDocument *doc,
      const char     *type,
      const char     *text,
      guint           nth)
{
  g_autoptr(GPtrArray) all = baogao_document_get_annotations (doc, type);

  for (guint i = 0; i < all->len; i++)
    {
      BaogaoAnnotation *a = g_ptr_array_index (all, i);
      g_autofree char *t = baogao_annotation_dup_text (a);

      if (g_strcmp0 (t, text) == 0 && nth-- == 0)
        return a;
    }
  return NULL;
}

static guint
count (BaogaoDocument *doc,
       const char     *type)
{
  g_autoptr(GPtrArray) all = baogao_document_get_annotations (doc, type);

  return all->len;
}

/* All texts of @type joined with |, for messages */
static char *
texts (BaogaoDocument *doc,
       const char     *type)
{
  g_autoptr(GPtrArray) all = baogao_document_get_annotations (doc, type);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < all->len; i++)
    {
      g_autofree char *t = baogao_annotation_dup_text (g_ptr_array_index (all, i));

      if (out->len > 0)
        g_string_append_c (out, '|');
      g_string_append (out, t);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
assert_entity (BaogaoDocument *doc,
               const char     *type,
               const char     *text,
               const char     *key,
               const char     *value)
{
  BaogaoAnnotation *a = find (doc, type, text, 0);

  if (a == NULL)
    {
      g_autofree char *all = texts (doc, type);

      g_error ("no %s “%s” among: %s", type, text, all);
    }
  if (key != NULL)
    g_assert_cmpstr (baogao_annotation_get_string (a, key), ==, value);
}

#define assert_person(doc, name, title) \
  assert_entity ((doc), "entity.person", (name), "title", (title))
#define assert_place(doc, name, level, canonical) \
  G_STMT_START { \
    assert_entity ((doc), "entity.place", (name), "level", (level)); \
    assert_entity ((doc), "entity.place", (name), "canonical", (canonical)); \
  } G_STMT_END
#define assert_org(doc, name) \
  assert_entity ((doc), "entity.organization", (name), NULL, NULL)

static void
assert_none (BaogaoDocument *doc,
             const char     *type,
             const char     *text)
{
  if (find (doc, type, text, 0) != NULL)
    g_error ("unexpected %s “%s”", type, text);
}

/* }}} */
/* {{{ Gazetteer */

static void
test_gazetteer_provinces (void)
{
  static const char * const provinces[] = {
    "北京市", "天津市", "上海市", "重庆市", "河北省", "山西省", "辽宁省", "吉林省", "黑龙江省",
    "江苏省", "浙江省", "安徽省", "福建省", "江西省", "山东省", "河南省", "湖北省", "湖南省",
    "广东省", "海南省", "四川省", "贵州省", "云南省", "陕西省", "甘肃省", "青海省", "台湾省",
    "内蒙古自治区", "广西壮族自治区", "西藏自治区", "宁夏回族自治区", "新疆维吾尔自治区",
    "香港特别行政区", "澳门特别行政区",
  };
  EntityModel *m = get_model ();

  g_assert_cmpuint (G_N_ELEMENTS (provinces), ==, 34);
  for (guint i = 0; i < G_N_ELEMENTS (provinces); i++)
    {
      const char *level = NULL;

      g_assert_cmpstr (entity_model_lookup (m, provinces[i], &level), ==, provinces[i]);
      g_assert_cmpstr (level, ==, "province");
    }
  g_assert_cmpuint (entity_model_count_places (m, "province"), ==, 34);
}

static void
test_gazetteer_prefectures (void)
{
  EntityModel *m = get_model ();
  const char *level = NULL;

  g_assert_cmpuint (entity_model_count_places (m, "prefecture"), >=, 330);

  /* Short forms and aliases fold into the full name */
  g_assert_cmpstr (entity_model_lookup (m, "哈尔滨", &level), ==, "哈尔滨市");
  g_assert_cmpstr (level, ==, "prefecture");
  g_assert_cmpstr (entity_model_lookup (m, "黑龙江", NULL), ==, "黑龙江省");
  g_assert_cmpstr (entity_model_lookup (m, "龙江", NULL), ==, "黑龙江省");
  g_assert_cmpstr (entity_model_lookup (m, "广西", NULL), ==, "广西壮族自治区");
  g_assert_cmpstr (entity_model_lookup (m, "内蒙古", NULL), ==, "内蒙古自治区");
  g_assert_cmpstr (entity_model_lookup (m, "延边州", NULL), ==, "延边朝鲜族自治州");
  g_assert_cmpstr (entity_model_lookup (m, "大兴安岭", NULL), ==, "大兴安岭地区");
  g_assert_cmpstr (entity_model_lookup (m, "锡林郭勒盟", &level), ==, "锡林郭勒盟");
  g_assert_cmpstr (level, ==, "prefecture");
  /* 吉林 is the province; the city is named in full */
  g_assert_cmpstr (entity_model_lookup (m, "吉林", &level), ==, "吉林省");
  g_assert_cmpstr (level, ==, "province");
  g_assert_cmpstr (entity_model_lookup (m, "吉林市", &level), ==, "吉林市");
  g_assert_cmpstr (level, ==, "prefecture");
  /* A few provinces' lists, complete */
  {
    static const char * const hainan[] = { "海口市", "三亚市", "三沙市", "儋州市" };
    static const char * const ningxia[] = { "银川市", "石嘴山市", "吴忠市", "固原市", "中卫市" };

    for (guint i = 0; i < G_N_ELEMENTS (hainan); i++)
      g_assert_nonnull (entity_model_lookup (m, hainan[i], NULL));
    for (guint i = 0; i < G_N_ELEMENTS (ningxia); i++)
      g_assert_nonnull (entity_model_lookup (m, ningxia[i], NULL));
  }
  g_assert_cmpstr (entity_model_lookup (m, "俄罗斯", &level), ==, "俄罗斯");
  g_assert_cmpstr (level, ==, "country");
  g_assert_cmpstr (entity_model_lookup (m, "长三角", &level), ==, "长三角");
  g_assert_cmpstr (level, ==, "region");
  g_assert_null (entity_model_lookup (m, "全国", NULL));
}

static void
test_gazetteer_errors (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EntityModel) m = NULL;

  m = entity_model_new_from_file ("/nonexistent/gazetteer.tsv", &error);
  g_assert_null (m);
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_clear_error (&error);

  m = entity_model_new ("# only a comment\n", -1 + sizeof "# only a comment\n", "test", &error);
  g_assert_null (m);
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL);
  g_clear_error (&error);

  m = entity_model_new ("某地\t-\tplanet\t-\t-\n", strlen ("某地\t-\tplanet\t-\t-\n"), "test", &error);
  g_assert_null (m);
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL);
  g_assert_nonnull (strstr (error->message, "line 1"));
  g_clear_error (&error);

  m = entity_model_new ("甲地\t甲\tcounty\t乙省\t-\n", strlen ("甲地\t甲\tcounty\t乙省\t-\n"), "test", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (entity_model_lookup (m, "甲", NULL), ==, "甲地");
}

static void
append_hit (const EntityHit *hit,
            gpointer         user_data)
{
  GString *out = user_data;

  g_string_append_printf (out, "%d %" G_GSIZE_FORMAT " %" G_GSIZE_FORMAT " %s %s %s %"
                          G_GSIZE_FORMAT " %" G_GSIZE_FORMAT "\n",
                          hit->kind, hit->start, hit->end, hit->level ? hit->level : "-",
                          hit->canonical ? hit->canonical : "-",
                          hit->parent ? hit->parent : "-", hit->title_start, hit->title_end);
}

/* Every hit of @m in @text, one line each */
static char *
scan_to_string (const EntityModel *m,
                const char        *text)
{
  GString *out = g_string_new (NULL);

  entity_scan (m, text, strlen (text), append_hit, out);
  return g_string_free (out, FALSE);
}

/* The model compiled with the plugin is taken for the gazetteer it
 * installs, and only for it; it finds what the model parsed from the same
 * places finds. */
static void
test_gazetteer_compiled (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (source_dir, "gazetteer.tsv", NULL);
  g_autofree char *data = NULL;
  g_autofree char *commented = NULL;
  g_autofree char *renamed = NULL;
  g_autoptr(EntityModel) compiled = NULL;
  g_autoptr(EntityModel) parsed = NULL;
  g_autoptr(EntityModel) edited = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GPtrArray) inputs = g_ptr_array_new_with_free_func (g_free);
  static const char * const levels[] = {
    NULL, "country", "region", "province", "prefecture", "county", "natural",
  };
  static const char * const fixtures[] = { "sichuan-mini", "guangdong-city-mini" };
  const char *corpus = g_getenv ("BAOGAO_CORPUS_DIR");
  char *where;
  gsize length;

  g_file_get_contents (path, &data, &length, &error);
  g_assert_no_error (error);
  compiled = entity_model_new (data, length, path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (entity_model_is_compiled (compiled), ==, ENTITY_MODEL_COMPILED);
  g_assert_cmpint (entity_model_classes_are_current (), ==, ENTITY_MODEL_COMPILED);

  /* The same places, other bytes: parsed */
  commented = g_strconcat (data, "# edited\n", NULL);
  parsed = entity_model_new (commented, strlen (commented), "commented", &error);
  g_assert_no_error (error);
  g_assert_false (entity_model_is_compiled (parsed));

  for (guint i = 0; i < G_N_ELEMENTS (levels); i++)
    g_assert_cmpuint (entity_model_count_places (compiled, levels[i]), ==,
                      entity_model_count_places (parsed, levels[i]));
  lines = g_strsplit (data, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", -1);

      if (lines[i][0] == '#' || g_strv_length (fields) < 4)
        continue;
      for (guint f = 0; f < 2; f++)
        {
          const char *name = fields[f][0] == '~' || fields[f][0] == '*' ? fields[f] + 1 : fields[f];
          const char *level_a = NULL, *level_b = NULL;

          g_assert_cmpstr (entity_model_lookup (compiled, name, &level_a), ==,
                           entity_model_lookup (parsed, name, &level_b));
          g_assert_cmpstr (level_a, ==, level_b);
        }
    }

  for (guint i = 0; i < G_N_ELEMENTS (fixtures); i++)
    {
      g_autofree char *name = g_strconcat (fixtures[i], ".txt", NULL);
      g_autofree char *file = g_build_filename (source_dir, "tests", name, NULL);
      char *text = NULL;

      g_file_get_contents (file, &text, NULL, &error);
      g_assert_no_error (error);
      g_ptr_array_add (inputs, text);
    }
  if (corpus != NULL)
    {
      g_autofree char *file = g_build_filename (corpus, "heilongjiang-2024.txt", NULL);
      char *text = NULL;

      if (g_file_get_contents (file, &text, NULL, NULL))
        g_ptr_array_add (inputs, text);
    }
  g_ptr_array_add (inputs, g_strdup ("省长许勤赴京、沪、港考察，在延边州、龙江县和东宁、同江调研。"));
  for (guint i = 0; i < inputs->len; i++)
    {
      g_autofree char *a = scan_to_string (compiled, g_ptr_array_index (inputs, i));
      g_autofree char *b = scan_to_string (parsed, g_ptr_array_index (inputs, i));

      g_assert_cmpstr (a, ==, b);
    }

  /* A place renamed, the length the same: the file as it is now */
  renamed = g_strdup (data);
  where = strstr (renamed, "辛集市\t~辛集\t");
  g_assert_nonnull (where);
  memcpy (where, "辛宁市\t~辛宁\t", strlen ("辛宁市\t~辛宁\t"));
  edited = entity_model_new (renamed, length, "renamed", &error);
  g_assert_no_error (error);
  g_assert_false (entity_model_is_compiled (edited));
  g_assert_cmpstr (entity_model_lookup (edited, "辛宁", NULL), ==, "辛宁市");
  g_assert_null (entity_model_lookup (edited, "辛集市", NULL));
  g_assert_null (entity_model_lookup (compiled, "辛宁", NULL));
  g_assert_cmpstr (entity_model_lookup (compiled, "辛集市", NULL), ==, "辛集市");
}

/* The analyzer reads a gazetteer a user edited beside the module, not the
 * model compiled with it. Run in a subprocess: the model is loaded once
 * per process. */
static void
test_edited_gazetteer (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *dir = g_dir_make_tmp ("entity-XXXXXX", &error);
      g_autofree char *plugin_dir = NULL;
      g_autofree char *shipped = NULL;
      g_autofree char *gazetteer = NULL;
      g_autofree char *edited = NULL;
      g_autoptr(BaogaoEngine) engine = NULL;
      g_autoptr(BaogaoDocument) doc = NULL;
      g_autoptr(EntityModel) m = NULL;
      BaogaoAnnotation *place;
      const char *names[] = { "entity.so", "entity.plugin" };
      const char *text = "代表们赴奇克特区和辛集市调研。";

      g_assert_no_error (error);
      plugin_dir = g_build_filename (dir, "entity", NULL);
      g_assert_cmpint (g_mkdir (plugin_dir, 0700), ==, 0);
      for (guint i = 0; i < G_N_ELEMENTS (names); i++)
        {
          g_autofree char *from = g_build_filename (g_getenv ("BAOGAO_PLUGIN_PATH"),
                                                    "entity", names[i], NULL);
          g_autofree char *to = g_build_filename (plugin_dir, names[i], NULL);
          g_autoptr(GFile) src = g_file_new_for_path (from);
          g_autoptr(GFile) dst = g_file_new_for_path (to);

          g_file_copy (src, dst, G_FILE_COPY_NONE, NULL, NULL, NULL, &error);
          g_assert_no_error (error);
        }
      shipped = g_build_filename (source_dir, "gazetteer.tsv", NULL);
      g_file_get_contents (shipped, &edited, NULL, &error);
      g_assert_no_error (error);
      gazetteer = g_build_filename (plugin_dir, "gazetteer.tsv", NULL);
      {
        g_autofree char *more = g_strconcat (edited, "奇克特区\t奇克\tcounty\t黑龙江省\t-\n", NULL);

        g_file_set_contents (gazetteer, more, -1, &error);
        g_assert_no_error (error);
      }

      /* The shipped model does not know the place */
      m = entity_model_new_from_file (shipped, &error);
      g_assert_no_error (error);
      g_assert_null (entity_model_lookup (m, "奇克特区", NULL));

      engine = baogao_engine_new_with_search_path ((const char *[]) { dir, NULL });
      baogao_engine_select (engine, (const char *[]) { "entity", NULL }, &error);
      g_assert_no_error (error);
      doc = baogao_document_new (text, -1, &error);
      g_assert_no_error (error);
      baogao_engine_analyze (engine, doc, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpint (baogao_document_get_analyzer_status (doc, "entity", NULL),
                       ==, BAOGAO_RUN_OK);
      place = find (doc, "entity.place", "奇克特区", 0);
      g_assert_nonnull (place);
      g_assert_nonnull (find (doc, "entity.place", "辛集市", 0));

      g_unlink (gazetteer);
      for (guint i = 0; i < G_N_ELEMENTS (names); i++)
        {
          g_autofree char *to = g_build_filename (plugin_dir, names[i], NULL);

          g_unlink (to);
        }
      g_rmdir (plugin_dir);
      g_rmdir (dir);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

/* The analyzer fails, with the file named, when its gazetteer is not beside
 * the module. Run in a subprocess: the model is loaded once per process. */
static void
test_missing_gazetteer (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *dir = g_dir_make_tmp ("entity-XXXXXX", &error);
      g_autofree char *plugin_dir = NULL;
      g_autoptr(BaogaoEngine) engine = NULL;
      g_autoptr(BaogaoDocument) doc = NULL;
      const char *message = NULL;
      const char *names[] = { "entity.so", "entity.plugin" };

      g_assert_no_error (error);
      plugin_dir = g_build_filename (dir, "entity", NULL);
      g_assert_cmpint (g_mkdir (plugin_dir, 0700), ==, 0);
      for (guint i = 0; i < G_N_ELEMENTS (names); i++)
        {
          g_autofree char *from = g_build_filename (g_getenv ("BAOGAO_PLUGIN_PATH"),
                                                    "entity", names[i], NULL);
          g_autofree char *to = g_build_filename (plugin_dir, names[i], NULL);
          g_autoptr(GFile) src = g_file_new_for_path (from);
          g_autoptr(GFile) dst = g_file_new_for_path (to);

          g_file_copy (src, dst, G_FILE_COPY_NONE, NULL, NULL, NULL, &error);
          g_assert_no_error (error);
        }

      engine = baogao_engine_new_with_search_path ((const char *[]) { dir, NULL });
      baogao_engine_select (engine, (const char *[]) { "entity", NULL }, &error);
      g_assert_no_error (error);
      doc = baogao_document_new ("赴京参加全国人大会议。", -1, &error);
      g_assert_no_error (error);
      baogao_engine_analyze (engine, doc, NULL, NULL);
      g_assert_cmpint (baogao_document_get_analyzer_status (doc, "entity", &message),
                       ==, BAOGAO_RUN_FAILED);
      g_assert_nonnull (message);
      g_assert_nonnull (strstr (message, "gazetteer.tsv"));
      g_assert_cmpuint (count (doc, "entity.place"), ==, 0);

      for (guint i = 0; i < G_N_ELEMENTS (names); i++)
        {
          g_autofree char *to = g_build_filename (plugin_dir, names[i], NULL);

          g_unlink (to);
        }
      g_rmdir (plugin_dir);
      g_rmdir (dir);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

/* }}} */
/* {{{ People */

static void
test_person_title_before (void)
{
  g_autoptr(BaogaoDocument) doc = analyze (
    "会议由省委书记陈志远主持。省长林海峰作了讲话。\n"
    "根据省人大代表周晓梅的建议，全国人大代表欧阳明远参加视察。\n"
    "市长李伟强调要抓好落实。");

  assert_person (doc, "陈志远", "省委书记");
  assert_person (doc, "林海峰", "省长");
  assert_person (doc, "周晓梅", "省人大代表");
  assert_person (doc, "欧阳明远", "全国人大代表");
  /* 强调 is the next word, not the third character of the name */
  assert_person (doc, "李伟", "市长");
  g_assert_cmpuint (count (doc, "entity.person"), ==, 5);
}

static void
test_person_title_after (void)
{
  g_autoptr(BaogaoDocument) doc = analyze (
    "工作得到马明辉书记、孙丽华省长充分肯定。"
    "张立军代表提出的建议已办理完毕，代表满意。"
    "在赵乐际委员长的关心下，获得李国栋副委员长高度评价。");

  assert_person (doc, "马明辉", "书记");
  assert_person (doc, "孙丽华", "省长");
  assert_person (doc, "张立军", "代表");
  assert_person (doc, "赵乐际", "委员长");
  assert_person (doc, "李国栋", "副委员长");
  /* 高度 after a title is not a name */
  assert_none (doc, "entity.person", "高度评");
  g_assert_cmpuint (count (doc, "entity.person"), ==, 5);
}

static void
test_person_speaker_line (void)
{
  g_autoptr(BaogaoDocument) doc = analyze (
    "湖南省人民代表大会常务委员会工作报告\n\n"
    "湖南省人大常委会副主任　谢卫东\n\n"
    "四川省人大常委会秘书长 何建\n"
    "各位代表：\n");

  assert_person (doc, "谢卫东", "湖南省人大常委会副主任");
  assert_person (doc, "何建", "四川省人大常委会秘书长");
  assert_org (doc, "湖南省人民代表大会常务委员会");
  assert_org (doc, "湖南省人大常委会");
  g_assert_cmpuint (count (doc, "entity.person"), ==, 2);
}

static void
test_person_list (void)
{
  g_autoptr(BaogaoDocument) doc = analyze (
    "举办专题讲座5次，邀请韩立新、诸葛文、马琳等法学专家作辅导报告。"
    "由刘洋、陈静等同志组成调研组。");

  assert_person (doc, "韩立新", "法学专家");
  assert_person (doc, "诸葛文", "法学专家");
  assert_person (doc, "马琳", "法学专家");
  assert_person (doc, "刘洋", "同志");
  assert_person (doc, "陈静", "同志");
  g_assert_cmpuint (count (doc, "entity.person"), ==, 5);
}

static void
test_person_title_lists (void)
{
  g_autoptr(BaogaoDocument) doc = analyze (
    "王建国、李红、欧阳晓峰副主任和陈刚秘书长分别带队检查。\n"
    "副主任周明、吴芳分别带队调研。\n"
    "全国人民代表大会常务委员会委员长 赵乐际\n");

  assert_person (doc, "王建国", "副主任");
  assert_person (doc, "李红", "副主任");
  assert_person (doc, "欧阳晓峰", "副主任");
  assert_person (doc, "陈刚", "秘书长");
  assert_person (doc, "周明", "副主任");
  assert_person (doc, "吴芳", "副主任");
  assert_person (doc, "赵乐际", "全国人民代表大会常务委员会委员长");
  g_assert_cmpuint (count (doc, "entity.person"), ==, 7);
}

static void
test_person_negatives (void)
{
  g_autoptr(BaogaoDocument) doc = analyze (
    "推动高质量发展，全面加强黄河流域生态保护，纪念建党周年，王府井商圈繁荣。\n"
    "召开代表大会，组织代表团，代表们积极履职，常委会委员联系代表，"
    "主任会议研究决定，省长办公会议审议，委员高度评价，代表向大会报告，"
    "服务和保障代表依法履职，石油企业代表参加。\n"
    "全体代表，部分代表，党员代表，群众代表，师生代表，居民代表，政协委员，宣传委员，一线代表。\n"
    "邀请相关专家，组织有关专家，听取法律专家意见，聘请知名学者，安全生产专家组。\n"
    "市委书记、市长，党支部书记，第一书记，书记处书记，办公室主任，村委会主任。\n"
    "省长办公会，市长热线，院长会议，检察长列席，部长级会谈，局长信箱。\n"
    "高度重视代表建议，全面加强委员履职，周密安排主任会议，王者之师，龙头企业，金融专家。\n"
    "全省累计建成代表之家5400余个，合计邀请代表800人次。\n");

  g_assert_cmpuint (count (doc, "entity.person"), ==, 0);
  assert_place (doc, "黄河流域", "region", "黄河流域");
}


static void
test_person_verb_after (void)
{
  g_autoptr(BaogaoDocument) doc = analyze (
    "常委会秘书长王某作关于代表资格审查的报告。副主任李明作了说明。"
    "副主任张军就执法检查作动员讲话，主任陈刚对做好工作提出要求，"
    "副主任刘华在会上讲话，秘书长赵强向会议报告，副主任孙伟率队调研。"
    "主任委员周立作说明。\n");

  assert_person (doc, "王某", "常委会秘书长");
  assert_person (doc, "李明", "副主任");
  assert_person (doc, "张军", "副主任");
  assert_person (doc, "陈刚", "主任");
  assert_person (doc, "刘华", "副主任");
  assert_person (doc, "赵强", "秘书长");
  assert_person (doc, "孙伟", "副主任");
  assert_person (doc, "周立", "主任委员");
  assert_none (doc, "entity.person", "王某作");
  assert_none (doc, "entity.person", "孙伟率");
  assert_none (doc, "entity.person", "周立作");
  /* a three-character name is kept whole */
  g_clear_object (&doc);
  doc = analyze ("副主任王建国作报告，副主任欧阳明远作说明。");
  assert_person (doc, "王建国", "副主任");
  assert_person (doc, "欧阳明远", "副主任");
}

static void
test_person_minority (void)
{
  g_autoptr(BaogaoDocument) doc = analyze (
    "新疆维吾尔自治区人大常委会副主任  艾力·买买提\n\n"
    "常委会副主任洛桑次仁带队赴阿里地区开展执法检查。\n"
    "主任张春林主持会议，副主任努尔兰·阿不都满金、哈丹巴特尔出席。\n"
    "热合曼·吐尔逊同志参加调研，阿依古丽‧买买提代表提出建议。"
    "副主任吐尔洪•阿不来提在会上讲话。委员巴特尔．额尔敦作说明。\n"
    "西藏自治区人大常委会副主任  多某某\n");

  assert_person (doc, "艾力·买买提", "新疆维吾尔自治区人大常委会副主任");
  assert_person (doc, "洛桑次仁", "常委会副主任");
  assert_person (doc, "张春林", "主任");
  assert_person (doc, "努尔兰·阿不都满金", "副主任");
  assert_person (doc, "哈丹巴特尔", "副主任");
  assert_person (doc, "热合曼·吐尔逊", "同志");
  assert_person (doc, "阿依古丽‧买买提", "代表");
  assert_person (doc, "吐尔洪•阿不来提", "副主任");
  assert_person (doc, "巴特尔．额尔敦", "委员");
  assert_person (doc, "多某某", "西藏自治区人大常委会副主任");
  assert_none (doc, "entity.person", "艾力");
  g_assert_cmpuint (count (doc, "entity.person"), ==, 10);
}

static void
test_person_minority_negatives (void)
{
  /* No name without a surname after a title but in a list or a speaker
   * line: common words stay words */
  g_autoptr(BaogaoDocument) doc = analyze (
    "副主任多次带队调研，主任特别强调，代表扎实履职，委员尼玛。"
    "主任会议，副主任委员，书记巴西考察，主任达到要求，代表拉萨市。"
    "研究生·博士，中国·黑龙江，2024·哈尔滨，代表·委员。\n");

  if (count (doc, "entity.person") != 0)
    {
      g_autofree char *all = texts (doc, "entity.person");

      g_error ("unexpected people: %s", all);
    }
}

/* A people's name before a title says whose deputy it is: the name after
 * the title is the person (苗族代表杨某某, 土家族代表向某某), the people
 * never one (苗族, 高山族, 苗侗 of 苗侗代表进村寨). */
static void
test_person_people_before_title (void)
{
  g_autoptr(BaogaoDocument) doc = analyze (
    "农民代表李某某、回族代表马某某参加视察。苗族代表杨某某提出建议3件。\n"
    "白族代表段某某、黎族代表符某某、高山族代表林某某、土家族代表向某某参加调研。\n"
    "藏族代表方某某发言，蒙古族代表巴特尔发言，维吾尔族代表艾力·买买提参加。\n"
    "组织代表开展“苗侗代表进村寨”活动，开展苗侗代表进村寨活动，藏羌代表参加。\n");

  assert_person (doc, "李某某", "代表");
  assert_person (doc, "马某某", "代表");
  assert_person (doc, "杨某某", "代表");
  assert_person (doc, "段某某", "代表");
  assert_person (doc, "符某某", "代表");
  assert_person (doc, "林某某", "代表");
  assert_person (doc, "向某某", "代表");
  assert_person (doc, "方某某", "代表");
  assert_person (doc, "巴特尔", "代表");
  assert_person (doc, "艾力·买买提", "代表");
  if (count (doc, "entity.person") != 10)
    {
      g_autofree char *all = texts (doc, "entity.person");

      g_error ("unexpected people: %s", all);
    }
}

/* ... but a surname that is mostly a word (向 高) is read as one after such
 * a title unless a name stands there, and two names that may be a
 * person's (苗壮) stay one. */
static void
test_person_people_before_title_negatives (void)
{
  g_autoptr(BaogaoDocument) doc = analyze (
    "苗族代表向大会提出建议。苗族代表向群众宣讲政策。土家族代表高度评价。"
    "组织少数民族代表进村入户宣讲，各族代表参加。\n");

  if (count (doc, "entity.person") != 0)
    {
      g_autofree char *all = texts (doc, "entity.person");

      g_error ("unexpected people: %s", all);
    }
  g_clear_object (&doc);
  doc = analyze ("苗壮代表提出建议，向明代表发言，代表向某某提出建议。\n");
  assert_person (doc, "苗壮", "代表");
  assert_person (doc, "向明", "代表");
  assert_none (doc, "entity.person", "向某某");
  /* (a verb before 代表, not a name: 丰 and 展 are surnames too) */
  g_clear_object (&doc);
  doc = analyze ("（二）丰富代表履职活动\n组织开展优秀代表建议评选，丰富代表活动形式。\n");
  if (count (doc, "entity.person") != 0)
    {
      g_autofree char *all = texts (doc, "entity.person");

      g_error ("unexpected people: %s", all);
    }
}

/* }}} */
/* {{{ Places */

static void
test_place_levels (void)
{
  g_autoptr(BaogaoDocument) doc = analyze (
    "吉林省吉林市加快发展，赴吉林调研。\n"
    "深入哈尔滨、齐齐哈尔、牡丹江市和大兴安岭地区调研。\n"
    "广西壮族自治区和宁夏的代表交流经验，学习昆山、义乌、晋江的做法。\n"
    "推进京津冀协同发展和粤港澳大湾区、长三角一体化建设，落实东北全面振兴战略。\n");

  assert_place (doc, "吉林省", "province", "吉林省");
  assert_place (doc, "吉林市", "prefecture", "吉林市");
  assert_place (doc, "吉林", "province", "吉林省");
  assert_place (doc, "哈尔滨", "prefecture", "哈尔滨市");
  assert_place (doc, "齐齐哈尔", "prefecture", "齐齐哈尔市");
  assert_place (doc, "牡丹江市", "prefecture", "牡丹江市");
  assert_place (doc, "大兴安岭地区", "prefecture", "大兴安岭地区");
  assert_place (doc, "广西壮族自治区", "province", "广西壮族自治区");
  assert_place (doc, "宁夏", "province", "宁夏回族自治区");
  assert_place (doc, "昆山", "county", "昆山市");
  assert_place (doc, "义乌", "county", "义乌市");
  assert_place (doc, "晋江", "county", "晋江市");
  assert_place (doc, "京津冀", "region", "京津冀");
  assert_place (doc, "粤港澳大湾区", "region", "粤港澳大湾区");
  assert_place (doc, "长三角", "region", "长三角");
  assert_place (doc, "东北", "region", "东北");
  assert_entity (doc, "entity.place", "哈尔滨", "parent", "黑龙江省");
}

static void
test_place_abbreviations (void)
{
  g_autoptr(BaogaoDocument) doc = analyze (
    "赴京汇报工作，深化中俄合作，扩大对俄贸易，参与中蒙俄经济走廊建设。"
    "观看京剧演出，沪渝两地交流。蒙古族群众和朝鲜族群众载歌载舞，内蒙古和龙江联动。"
    "龙江县和南京路不是省市。来粤调研，在湘考察，访港交流，港口建设，在新时代。"
    "组织在川全国人大代表视察，山川秀美。");

  assert_place (doc, "京", "province", "北京市");
  assert_place (doc, "俄", "country", "俄罗斯");
  g_assert_nonnull (find (doc, "entity.place", "俄", 2));
  assert_place (doc, "沪", "province", "上海市");
  assert_place (doc, "渝", "province", "重庆市");
  assert_place (doc, "内蒙古", "province", "内蒙古自治区");
  assert_place (doc, "龙江", "province", "黑龙江省");
  g_assert_null (find (doc, "entity.place", "龙江", 1));
  /* 京剧, 蒙 and 蒙古族, 朝鲜族, 南京路 are not places */
  g_assert_null (find (doc, "entity.place", "京", 1));
  assert_none (doc, "entity.place", "蒙");
  assert_none (doc, "entity.place", "蒙古");
  assert_none (doc, "entity.place", "朝鲜");
  assert_none (doc, "entity.place", "南京");
  assert_place (doc, "粤", "province", "广东省");
  assert_place (doc, "湘", "province", "湖南省");
  /* (川 after a verb of being or going only: not 山川) */
  assert_place (doc, "川", "province", "四川省");
  g_assert_null (find (doc, "entity.place", "川", 1));
  assert_place (doc, "港", "province", "香港特别行政区");
  g_assert_null (find (doc, "entity.place", "港", 1));
  assert_none (doc, "entity.place", "新");
}

static void
test_place_weak (void)
{
  g_autoptr(BaogaoDocument) doc = analyze (
    "深入绥芬河、东宁、同江、黑河等口岸调研。\n"
    "东宁的发展很快。\n"
    "要守护好大好河山和大同世界的理想，长治久安。\n"
    "东西南北中，党是领导一切的。确保定期检查，在机关中开展，依法国有资产管理，"
    "水利和田间道路，平安顺利，巩固原有成果。\n");

  assert_place (doc, "绥芬河", "county", "绥芬河市");
  assert_place (doc, "东宁", "county", "东宁市");
  assert_place (doc, "同江", "county", "同江市");
  assert_place (doc, "黑河", "prefecture", "黑河市");
  /* Alone, a weak name is not a place */
  g_assert_null (find (doc, "entity.place", "东宁", 1));
  assert_none (doc, "entity.place", "大同");
  assert_none (doc, "entity.place", "长治");
  g_assert_cmpuint (count (doc, "entity.place"), ==, 4);
}

static void
test_place_weak_context (void)
{
  g_autoptr(BaogaoDocument) doc = analyze ("支持河北保定发展，推动西南、西北地区协作。");

  /* After its province, or beside another place, a weak name counts */
  assert_place (doc, "保定", "prefecture", "保定市");
  assert_place (doc, "西南", "region", "西南");
  assert_place (doc, "西北地区", "region", "西北");
}

/* The country in the Party's fixed phrases is no place mentioned (the
 * gold leaves out places inside fixed names); named on its own it is */
static void
test_place_in_fixed_phrases (void)
{
  g_autoptr(BaogaoDocument) doc = analyze (
    "深入学习贯彻习近平新时代中国特色社会主义思想，以中国式现代化为引领，共筑中国梦。\n");

  assert_none (doc, "entity.place", "中国");
  g_clear_object (&doc);
  doc = analyze ("讲好中国人大故事，全面展现美丽中国建设的实践。\n");
  assert_place (doc, "中国", "country", "中国");
}

static void
test_place_from_text (void)
{
  g_autoptr(BaogaoDocument) doc = analyze (
    "指导杜尔伯特蒙古族自治县修改自治条例，支持本溪满族自治县发展。"
    "制定拉林河湿地保护条例，加强扎龙湿地和松花江保护。");

  assert_place (doc, "杜尔伯特蒙古族自治县", "county", "杜尔伯特蒙古族自治县");
  assert_place (doc, "本溪满族自治县", "county", "本溪满族自治县");
  assert_none (doc, "entity.place", "本溪");
  assert_place (doc, "拉林河湿地", "natural", "拉林河湿地");
  assert_place (doc, "扎龙湿地", "natural", "扎龙湿地");
  assert_place (doc, "松花江", "natural", "松花江");
}


static void
test_place_ethnic_and_autonomous (void)
{
  g_autoptr(BaogaoDocument) doc = analyze (
    "修订《延边朝鲜族自治州朝鲜语言文字工作条例》，保护朝鲜语和朝鲜文字，朝鲜族群众、"
    "蒙古语授课。依法行使自治州地方立法权，审查批准民族自治县单行条例，"
    "指导少数民族自治县和各民族自治州立法。\n"
    "批准长阳土家族自治县、三江侗族自治县、伊犁哈萨克自治州、察布查尔锡伯自治县的条例，"
    "支持鄂伦春自治旗发展，指导双鸭山特设自治县立法。与朝鲜开展交流，赴朝鲜访问，中朝友谊。\n");

  assert_none (doc, "entity.place", "依法行使自治州");
  assert_none (doc, "entity.place", "民族自治县");
  assert_none (doc, "entity.place", "少数民族自治县");
  assert_none (doc, "entity.place", "各民族自治州");
  assert_place (doc, "延边朝鲜族自治州", "prefecture", "延边朝鲜族自治州");
  assert_place (doc, "长阳土家族自治县", "county", "长阳土家族自治县");
  assert_place (doc, "三江侗族自治县", "county", "三江侗族自治县");
  assert_place (doc, "伊犁哈萨克自治州", "prefecture", "伊犁哈萨克自治州");
  assert_place (doc, "察布查尔锡伯自治县", "county", "察布查尔锡伯自治县");
  assert_place (doc, "鄂伦春自治旗", "county", "鄂伦春自治旗");
  assert_place (doc, "双鸭山特设自治县", "county", "双鸭山特设自治县");
  /* 朝鲜语 朝鲜文字 朝鲜族 are a language and a people; the country
   * named on its own stays */
  assert_place (doc, "朝鲜", "country", "朝鲜");
  g_assert_nonnull (find (doc, "entity.place", "朝鲜", 1));
  g_assert_null (find (doc, "entity.place", "朝鲜", 2));
  assert_none (doc, "entity.place", "蒙古");
}

/* }}} */
/* {{{ Organizations */

/* The autonomous regions' and prefectures' reports name their own
 * bodies without the region's name */
static void
test_org_autonomous_prefixes (void)
{
  g_autoptr(BaogaoDocument) doc = analyze (
    "自治区人大常委会制定法规9件，自治区人民政府提请审议条例草案3件，"
    "自治区党委高度重视。自治州人大常委会审议通过。长期自治。");

  assert_org (doc, "自治区人大常委会");
  assert_org (doc, "自治区人民政府");
  assert_org (doc, "自治区党委");
  assert_org (doc, "自治州人大常委会");
  assert_none (doc, "entity.organization", "自治");
}

static void
test_org_regions (void)
{
  g_autoptr(BaogaoDocument) doc = analyze (
    "浙江省人民政府、杭州市人大常委会和省政府有关部门参加。"
    "贯彻中共四川省委部署，落实四川省委要求，省委深改委听取汇报。"
    "江苏省第十四届人民代表大会第二次会议召开。省高级人民法院、省人民检察院、省纪委监委分别报告。"
    "河南省发展和改革委员会、广东省公安厅、市公安局配合。讲好龙江人大故事。"
    "与香港特区立法会、日本国会交流。哈尔滨市道里区人民政府、各市人大常委会、"
    "列席县人大常委会会议。");

  assert_org (doc, "浙江省人民政府");
  assert_org (doc, "杭州市人大常委会");
  assert_org (doc, "省政府");
  assert_org (doc, "中共四川省委");
  assert_org (doc, "四川省委");
  assert_org (doc, "省委深改委");
  assert_org (doc, "江苏省第十四届人民代表大会");
  assert_org (doc, "省高级人民法院");
  assert_org (doc, "省人民检察院");
  assert_org (doc, "省纪委监委");
  assert_org (doc, "河南省发展和改革委员会");
  assert_org (doc, "广东省公安厅");
  assert_org (doc, "市公安局");
  assert_none (doc, "entity.organization", "龙江人大");
  assert_org (doc, "香港特区立法会");
  assert_org (doc, "日本国会");
  assert_org (doc, "哈尔滨市道里区人民政府");
  assert_org (doc, "县人大常委会");
  assert_none (doc, "entity.organization", "各市人大常委会");
  assert_none (doc, "entity.organization", "市人大常委会");
  /* The places inside stay places */
  assert_place (doc, "浙江省", "province", "浙江省");
  assert_place (doc, "杭州市", "prefecture", "杭州市");
}

/* A county or district the gazetteer does not know, named before its
 * body; not a kind of area (开发区, 工业园区) nor 全区, 各区县, 两县 */
static void
test_org_unknown_counties (void)
{
  g_autoptr(BaogaoDocument) doc = analyze (
    "指导南岗区人大常委会开展执法检查，香坊区、平房区人大常委会组织代表视察，"
    "邀请长兴县人民政府参加，浦东新区人民政府配合，达茂旗人大常委会交流。"
    "各区县人大常委会、全区人大代表、开发区人大工委、高新区人民政府、经开区人大工委、"
    "工业园区人大工委、选区人大代表、两县人大常委会、社区人大代表联络站、"
    "示范区人民政府和市县乡三级人大参加，推动一区人大工作。");

  assert_org (doc, "南岗区人大常委会");
  assert_org (doc, "平房区人大常委会");
  assert_org (doc, "长兴县人民政府");
  assert_org (doc, "浦东新区人民政府");
  assert_org (doc, "达茂旗人大常委会");
  assert_place (doc, "南岗区", "county", "南岗区");
  assert_place (doc, "香坊区", "county", "香坊区");
  assert_place (doc, "平房区", "county", "平房区");
  assert_place (doc, "长兴县", "county", "长兴县");
  assert_place (doc, "浦东新区", "county", "浦东新区");
  assert_place (doc, "达茂旗", "county", "达茂旗");
  if (count (doc, "entity.place") != 6)
    {
      g_autofree char *all = texts (doc, "entity.place");

      g_error ("unexpected places: %s", all);
    }
}

/* …nor a verb or a count before a bare 县 区 (补选县人大代表, 十六名县人
 * 大代表), 自治区, a name cut after a number or an abbreviation, or a kind
 * of area after its city */
static void
test_org_unknown_counties_negatives (void)
{
  g_autoptr(BaogaoDocument) doc = analyze (
    "补选县人大代表3名，选出区人大代表一千名，十六名县人大代表参加，意见交县政府办理，"
    "受自治区人大常委会委托，四子王旗人大常委会、鄂托克前旗人大常委会和济源示范区人大工委交流，"
    "列席县人大常委会会议，确保区人大代表履职。");

  assert_none (doc, "entity.place", "补选县");
  assert_none (doc, "entity.place", "选出区");
  assert_none (doc, "entity.place", "十六名县");
  assert_none (doc, "entity.place", "意见交县");
  assert_none (doc, "entity.place", "受自治区");
  assert_none (doc, "entity.place", "自治区");
  assert_none (doc, "entity.place", "子王旗");
  assert_none (doc, "entity.place", "托克前旗");
  assert_none (doc, "entity.place", "示范区");
  assert_none (doc, "entity.place", "列席县");
  assert_none (doc, "entity.place", "确保区");
  assert_org (doc, "济源示范区人大");
}

static void
test_org_national (void)
{
  g_autoptr(BaogaoDocument) doc = analyze (
    "在党中央坚强领导下，全国人大常委会法制工作委员会、全国人大宪法和法律委员会、"
    "国务院办公厅、最高人民法院和最高人民检察院联合调研，向全国人大外事委征求意见，"
    "得到司法部和财政部支持，人民日报、新华社、中央广播电视总台等媒体报道。"
    "省人大常委会法制工作委员会、省人大社会建设委员会配合，设立代表工作委员会。");

  assert_org (doc, "党中央");
  assert_org (doc, "全国人大常委会法制工作委员会");
  assert_org (doc, "全国人大宪法和法律委员会");
  assert_org (doc, "国务院办公厅");
  assert_org (doc, "最高人民法院");
  assert_org (doc, "最高人民检察院");
  assert_org (doc, "全国人大外事委");
  assert_org (doc, "司法部");
  assert_org (doc, "财政部");
  assert_org (doc, "人民日报");
  assert_org (doc, "新华社");
  assert_org (doc, "中央广播电视总台");
  assert_org (doc, "省人大常委会法制工作委员会");
  assert_org (doc, "省人大社会建设委员会");
  assert_org (doc, "代表工作委员会");
}

static void
test_org_endings (void)
{
  g_autoptr(BaogaoDocument) doc = analyze (
    "推动成都天府智造科技股份有限公司上市，省政府与长城汽车集团签订协议，"
    "与清华大学、黑龙江大学合作，中国人民银行郑州中心支行参加，"
    "得到中央第三巡视指导组肯定，省营商环境办充分肯定。"
    "在《人民日报》《四川日报》刊发。");

  assert_org (doc, "成都天府智造科技股份有限公司");
  assert_org (doc, "长城汽车集团");
  assert_org (doc, "清华大学");
  assert_org (doc, "黑龙江大学");
  assert_org (doc, "中国人民银行郑州中心支行");
  assert_org (doc, "中央第三巡视指导组");
  assert_org (doc, "省营商环境办");
  /* Bracketed titles are publications (citations), not organizations */
  g_assert_null (find (doc, "entity.organization", "人民日报", 0));
  assert_none (doc, "entity.organization", "四川日报");
}

static void
test_org_negatives (void)
{
  g_autoptr(BaogaoDocument) doc = analyze (
    "坚持以人民为中心，服务发展大局，举办培训班，做到马上就办。"
    "省委工作部署落实到位，全省人大系统和各级人大常委会积极作为，走进法院、检察院。"
    "市场监管和城市管理中心工作。支持民营公司和上市公司发展，指导村民委员会换届，"
    "该集团和一家研究院参加。");

  /* Only 省委 (工作部署 is no 工作部) */
  if (count (doc, "entity.organization") != 1)
    {
      g_autofree char *all = texts (doc, "entity.organization");

      g_error ("unexpected organizations: %s", all);
    }
  assert_org (doc, "省委");
}


static void
test_org_in_titles (void)
{
  g_autoptr(BaogaoDocument) doc = analyze (
    "修订《中华人民共和国公司法》，修改《中华人民共和国商业银行法》《中华人民共和国人民法院组织法》"
    "《中华人民共和国农民专业合作社法》，制定《北京市国际科技创新中心建设条例》。"
    "贯彻《中共黑龙江省委关于加强人大工作的意见》《国务院关于加强审计工作的意见》"
    "《全国人民代表大会常务委员会关于设立全国生态日的决定》，落实《省人大常委会党组向省委请示报告工作制度》。"
    "与中国工商银行、黑龙江省农村信用社联合社合作，黑龙江大学参加。\n");

  assert_none (doc, "entity.organization", "中华人民共和国公司");
  assert_none (doc, "entity.organization", "中华人民共和国商业银行");
  assert_none (doc, "entity.organization", "中华人民共和国人民法院");
  assert_none (doc, "entity.organization", "中华人民共和国农民专业合作社");
  assert_none (doc, "entity.organization", "北京市国际科技创新中心");
  /* the body that issues a title, named first, is a mention */
  assert_org (doc, "中共黑龙江省委");
  assert_org (doc, "国务院");
  assert_org (doc, "全国人民代表大会常务委员会");
  assert_org (doc, "省人大常委会");
  /* … but not the bodies named inside it */
  assert_none (doc, "entity.organization", "省委");
  /* outside titles, endings still make organizations */
  assert_org (doc, "黑龙江大学");
  /* the places a title names stay places */
  assert_place (doc, "中华人民共和国", "country", "中国");
  assert_place (doc, "北京市", "province", "北京市");
}

/* }}} */
/* {{{ Fixtures: whole mini reports against their expected entities */

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static void
test_fixture (gconstpointer data)
{
  const char *name = data;
  g_autofree char *txt_path = g_strdup_printf ("%s/tests/%s.txt", source_dir, name);
  g_autofree char *exp_path = g_strdup_printf ("%s/tests/%s.expected", source_dir, name);
  g_autofree char *text = NULL;
  g_autofree char *expected_text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BaogaoDocument) doc = NULL;
  g_autoptr(GPtrArray) got = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) want = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) lines = NULL;
  static const char * const types[] = { "entity.person", "entity.place", "entity.organization" };
  static const char * const keys[] = { "title", "canonical", NULL };
  guint i;

  g_file_get_contents (txt_path, &text, NULL, &error);
  g_assert_no_error (error);
  g_file_get_contents (exp_path, &expected_text, NULL, &error);
  g_assert_no_error (error);
  doc = analyze (text);

  for (guint t = 0; t < G_N_ELEMENTS (types); t++)
    {
      g_autoptr(GPtrArray) all = baogao_document_get_annotations (doc, types[t]);

      for (i = 0; i < all->len; i++)
        {
          BaogaoAnnotation *a = g_ptr_array_index (all, i);
          g_autofree char *span = baogao_annotation_dup_text (a);
          const char *feature = keys[t] != NULL ? baogao_annotation_get_string (a, keys[t]) : NULL;

          g_ptr_array_add (got, g_strdup_printf ("%s\t%s\t%s", types[t], span,
                                                 feature != NULL ? feature : ""));
        }
    }
  lines = g_strsplit (expected_text, "\n", -1);
  for (i = 0; lines[i] != NULL; i++)
    if (lines[i][0] != '\0' && lines[i][0] != '#')
      g_ptr_array_add (want, g_strdup (lines[i]));

  g_ptr_array_sort (got, compare_strings);
  g_ptr_array_sort (want, compare_strings);
  for (i = 0; i < MAX (got->len, want->len); i++)
    {
      const char *g = i < got->len ? g_ptr_array_index (got, i) : "(none)";
      const char *w = i < want->len ? g_ptr_array_index (want, i) : "(none)";

      if (strcmp (g, w) != 0)
        g_error ("%s: entity %u: got “%s”, expected “%s”", name, i, g, w);
    }
}

/* }}} */
/* {{{ Robustness and the corpus */

static void
test_robustness (void)
{
  g_autoptr(BaogaoDocument) empty = analyze ("");
  g_autoptr(GString) big = g_string_new (NULL);
  g_autoptr(BaogaoDocument) doc = NULL;

  g_assert_cmpuint (baogao_document_get_n_annotations (empty), ==, 0);

  /* Longer than a chunk, with and without line ends; names at the edges */
  for (guint i = 0; i < 3000; i++)
    g_string_append (big, "省委书记陈志远在哈尔滨市调研，");
  g_string_append_c (big, '\n');
  for (guint i = 0; i < 3000; i++)
    g_string_append (big, "赴京汇报，");
  g_string_append (big, "省长林海峰");
  doc = analyze (big->str);
  g_assert_cmpuint (count (doc, "entity.person"), ==, 3001);
  g_assert_cmpuint (count (doc, "entity.place"), ==, 6000);
  assert_person (doc, "林海峰", "省长");
}

static void
test_corpus (void)
{
  const char *corpus = g_getenv ("BAOGAO_CORPUS_DIR");
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BaogaoDocument) doc = NULL;
  static const char * const people[] = {
    "王永康", "习近平", "王伟光", "李飞", "徐显明", "许勤", "梁惠玲", "李鸿忠", "赵乐际",
    "张景峰", "任子威",
  };

  if (corpus == NULL)
    {
      g_test_skip ("BAOGAO_CORPUS_DIR is not set");
      return;
    }
  path = g_build_filename (corpus, "heilongjiang-2024.txt", NULL);
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("the corpus report is absent");
      return;
    }
  doc = baogao_document_new_from_file (path, NULL, &error);
  g_assert_no_error (error);
  baogao_engine_analyze (get_engine (), doc, NULL, &error);
  g_assert_no_error (error);

  /* The people of the report are all there, with their titles */
  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    g_assert_nonnull (find (doc, "entity.person", people[i], 0));
  assert_person (doc, "王永康", "黑龙江省人大常委会副主任");
  assert_person (doc, "张景峰", "省人大代表");
  assert_place (doc, "嘟噜河湿地", "natural", "嘟噜河湿地");
  assert_org (doc, "中共黑龙江省委");
  assert_org (doc, "黑龙江省第十四届人民代表大会");
}

/* }}} */

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  source_dir = argc > 1 ? argv[1] : ENTITY_SOURCE_DIR;

  g_test_add_func ("/entity/gazetteer/provinces", test_gazetteer_provinces);
  g_test_add_func ("/entity/gazetteer/prefectures", test_gazetteer_prefectures);
  g_test_add_func ("/entity/gazetteer/errors", test_gazetteer_errors);
  g_test_add_func ("/entity/gazetteer/missing", test_missing_gazetteer);
  g_test_add_func ("/entity/gazetteer/compiled", test_gazetteer_compiled);
  g_test_add_func ("/entity/gazetteer/edited", test_edited_gazetteer);
  g_test_add_func ("/entity/person/title-before", test_person_title_before);
  g_test_add_func ("/entity/person/title-after", test_person_title_after);
  g_test_add_func ("/entity/person/speaker-line", test_person_speaker_line);
  g_test_add_func ("/entity/person/list", test_person_list);
  g_test_add_func ("/entity/person/title-lists", test_person_title_lists);
  g_test_add_func ("/entity/person/negatives", test_person_negatives);
  g_test_add_func ("/entity/person/verb-after", test_person_verb_after);
  g_test_add_func ("/entity/person/minority", test_person_minority);
  g_test_add_func ("/entity/person/minority-negatives", test_person_minority_negatives);
  g_test_add_func ("/entity/person/people-before-title", test_person_people_before_title);
  g_test_add_func ("/entity/person/people-before-title-negatives",
                   test_person_people_before_title_negatives);
  g_test_add_func ("/entity/place/levels", test_place_levels);
  g_test_add_func ("/entity/place/abbreviations", test_place_abbreviations);
  g_test_add_func ("/entity/place/weak", test_place_weak);
  g_test_add_func ("/entity/place/weak-context", test_place_weak_context);
  g_test_add_func ("/entity/place/in-fixed-phrases", test_place_in_fixed_phrases);
  g_test_add_func ("/entity/place/from-text", test_place_from_text);
  g_test_add_func ("/entity/place/ethnic-and-autonomous", test_place_ethnic_and_autonomous);
  g_test_add_func ("/entity/org/regions", test_org_regions);
  g_test_add_func ("/entity/org/national", test_org_national);
  g_test_add_func ("/entity/org/unknown-counties", test_org_unknown_counties);
  g_test_add_func ("/entity/org/unknown-counties-negatives", test_org_unknown_counties_negatives);
  g_test_add_func ("/entity/org/endings", test_org_endings);
  g_test_add_func ("/entity/org/negatives", test_org_negatives);
  g_test_add_func ("/entity/org/in-titles", test_org_in_titles);
  g_test_add_data_func ("/entity/fixture/sichuan-mini", "sichuan-mini", test_fixture);
  g_test_add_data_func ("/entity/fixture/guangdong-city-mini", "guangdong-city-mini", test_fixture);
  g_test_add_func ("/entity/org/autonomous-prefixes", test_org_autonomous_prefixes);
  g_test_add_func ("/entity/robustness", test_robustness);
  g_test_add_func ("/entity/corpus", test_corpus);

  return g_test_run ();
}

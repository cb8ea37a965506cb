/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/* Tests of the structure analyzer: the parser's helpers directly, then the
 * plugin through the engine on the fixtures in tests/ (mini reports in
 * several provinces' styles), then the real report of the corpus against
 * its gold when BAOGAO_CORPUS_DIR is set.
 *
 * Usage: test-structure [GTest options] FIXTURE-DIR */

#include <baogao/baogao.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "structure-parser.h"

static const char *fixture_dir;

/* {{{ Helpers */

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
      baogao_engine_select (engine, (const char *[]) { "structure", NULL }, &error);
      g_assert_no_error (error);
    }

  return engine;
}

static BaogaoDocument *
analyze_text (const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BaogaoDocument) doc = NULL;
  const char *message = NULL;

  doc = baogao_document_new (text, -1, &error);
  g_assert_no_error (error);
  baogao_engine_analyze (get_engine (), doc, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (baogao_document_get_analyzer_status (doc, "structure", &message),
                   ==, BAOGAO_RUN_OK);

  return g_steal_pointer (&doc);
}

static char *
read_fixture (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture_dir, name, NULL);
  char *text = NULL;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);

  return text;
}

static BaogaoDocument *
analyze_fixture (const char *name)
{
  g_autofree char *text = read_fixture (name);

  return analyze_text (text);
}

static GPtrArray *
get (BaogaoDocument *doc,
     const char     *type)
{
  GPtrArray *a = baogao_document_get_annotations (doc, type);

  g_assert_nonnull (a);
  return a;
}

static BaogaoAnnotation *
nth (GPtrArray *a,
     guint      i)
{
  g_assert_cmpuint (i, <, a->len);
  return g_ptr_array_index (a, i);
}

#define assert_text(ann, expected)                              \
  G_STMT_START {                                                \
    g_autofree char *_t = baogao_annotation_dup_text (ann);     \
    g_assert_cmpstr (_t, ==, (expected));                       \
  } G_STMT_END

static gboolean
text_has_prefix (BaogaoAnnotation *a,
                 const char       *prefix)
{
  g_autofree char *t = baogao_annotation_dup_text (a);

  return g_str_has_prefix (t, prefix);
}

static gboolean
text_has_suffix (BaogaoAnnotation *a,
                 const char       *suffix)
{
  g_autofree char *t = baogao_annotation_dup_text (a);

  return g_str_has_suffix (t, suffix);
}

static void
assert_meta (BaogaoDocument *doc,
             const char     *title,
             const char     *date,
             const char     *meeting,
             const char     *speaker,
             const char     *speaker_title,
             const char     *region,
             gint64          year)
{
  g_assert_cmpstr (baogao_document_get_metadata (doc, "title"), ==, title);
  g_assert_cmpstr (baogao_document_get_metadata (doc, "date"), ==, date);
  g_assert_cmpstr (baogao_document_get_metadata (doc, "meeting"), ==, meeting);
  g_assert_cmpstr (baogao_document_get_metadata (doc, "speaker"), ==, speaker);
  g_assert_cmpstr (baogao_document_get_metadata (doc, "speaker_title"), ==, speaker_title);
  g_assert_cmpstr (baogao_document_get_metadata (doc, "region"), ==, region);
  g_assert_cmpint (baogao_document_get_metadata_int (doc, "year_reported", 0), ==, year);
}

static void
assert_section (BaogaoAnnotation *a,
                gint64            index,
                const char       *heading,
                const char       *topic)
{
  g_assert_cmpint (baogao_annotation_get_int (a, "index", -1), ==, index);
  g_assert_cmpstr (baogao_annotation_get_string (a, "heading"), ==, heading);
  g_assert_cmpstr (baogao_annotation_get_string (a, "topic"), ==, topic);
}

/* Items of one section, their ordinals in order. */
static GArray *
item_ordinals (BaogaoDocument   *doc,
               BaogaoAnnotation *parent)
{
  g_autoptr(GPtrArray) items = get (doc, "structure.item");
  GArray *out = g_array_new (FALSE, FALSE, sizeof (gint));

  for (guint i = 0; i < items->len; i++)
    {
      BaogaoAnnotation *a = items->pdata[i];

      if (baogao_annotation_get_parent (a) == parent)
        {
          gint v = (gint) baogao_annotation_get_int (a, "index", -1);

          g_array_append_val (out, v);
        }
    }

  return out;
}

static void
assert_ordinals (BaogaoDocument   *doc,
                 BaogaoAnnotation *parent,
                 const gint       *expected,
                 guint             n)
{
  g_autoptr(GArray) got = item_ordinals (doc, parent);

  g_assert_cmpmem (got->data, got->len * sizeof (gint), expected, n * sizeof (gint));
}

static gboolean
is_space_char (gunichar c)
{
  return g_unichar_isspace (c) || c == 0x3000 || c == 0xFEFF || c == 0x200B;
}

/* What must hold of any result: sentences are non-empty, trimmed and
 * inside their paragraph; items nest and never overlap partially; every
 * span lies inside its parent. */
static void
check_invariants (BaogaoDocument *doc)
{
  g_autoptr(GPtrArray) sentences = get (doc, "structure.sentence");
  g_autoptr(GPtrArray) items = get (doc, "structure.item");
  g_autoptr(GPtrArray) all = get (doc, NULL);
  const char *text = baogao_document_get_text (doc);

  for (guint i = 0; i < sentences->len; i++)
    {
      BaogaoAnnotation *s = sentences->pdata[i];
      BaogaoAnnotation *p = baogao_annotation_get_parent (s);
      gsize bs = baogao_annotation_get_byte_start (s);
      gsize be = baogao_annotation_get_byte_end (s);

      g_assert_cmpuint (bs, <, be);
      g_assert_false (is_space_char (g_utf8_get_char (text + bs)));
      g_assert_false (is_space_char (g_utf8_get_char (g_utf8_prev_char (text + be))));
      g_assert_nonnull (p);
      g_assert_cmpstr (baogao_annotation_get_annotation_type (p), ==, "structure.paragraph");
    }

  for (guint i = 0; i < all->len; i++)
    {
      BaogaoAnnotation *a = all->pdata[i];
      BaogaoAnnotation *p = baogao_annotation_get_parent (a);

      g_assert_cmpuint (baogao_annotation_get_start (a), <, baogao_annotation_get_end (a));
      if (p == NULL)
        continue;
      g_assert_cmpuint (baogao_annotation_get_start (p), <=, baogao_annotation_get_start (a));
      g_assert_cmpuint (baogao_annotation_get_end (p), >=, baogao_annotation_get_end (a));
    }

  for (guint i = 0; i < items->len; i++)
    for (guint j = 0; j < items->len; j++)
      {
        BaogaoAnnotation *a = items->pdata[i];
        BaogaoAnnotation *b = items->pdata[j];

        if (i == j)
          continue;
        /* b starts inside a: then it is nested and ends inside a too. */
        if (baogao_annotation_get_start (b) > baogao_annotation_get_start (a) &&
            baogao_annotation_get_start (b) < baogao_annotation_get_end (a))
          g_assert_cmpuint (baogao_annotation_get_end (b), <=, baogao_annotation_get_end (a));
      }
}

/* }}} */

/* {{{ Parser helpers */

static void
test_parse_date (void)
{
  const struct
  {
    const char *text;
    gboolean    ok;
    gint        y, m, d;
  } cases[] = {
    { "2024年1月26日在", TRUE, 2024, 1, 26 },
    { "二〇二四年一月二十六日", TRUE, 2024, 1, 26 },
    { "二零二三年十二月三十一日", TRUE, 2023, 12, 31 },
    { "２０２４年３月８日", TRUE, 2024, 3, 8 },
    { "2024年2月30日", FALSE, 0, 0, 0 },
    { "2024年13月1日", FALSE, 0, 0, 0 },
    { "2024年1月", FALSE, 0, 0, 0 },
    { "12024年1月1日", FALSE, 0, 0, 0 },
    { "", FALSE, 0, 0, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gint y = 0, m = 0, d = 0;
      gsize used = 0;
      gboolean ok = structure_parse_date (cases[i].text, strlen (cases[i].text),
                                          &used, &y, &m, &d);

      g_assert_cmpint (ok, ==, cases[i].ok);
      if (!ok)
        continue;
      g_assert_cmpint (y, ==, cases[i].y);
      g_assert_cmpint (m, ==, cases[i].m);
      g_assert_cmpint (d, ==, cases[i].d);
    }
}

static void
test_score_topic (void)
{
  const struct
  {
    const char    *heading;
    StructureTopic topic;
  } cases[] = {
    { "学理论、铸忠诚，着力筑牢思想根基", STRUCTURE_TOPIC_POLITICAL },
    { "坚持和完善人民代表大会制度", STRUCTURE_TOPIC_POLITICAL },
    { "立良法、促善治，着力提升地方立法质效", STRUCTURE_TOPIC_LEGISLATION },
    { "全面贯彻实施宪法，维护宪法权威", STRUCTURE_TOPIC_LEGISLATION },
    { "寓支持于监督之中，增强监督刚性", STRUCTURE_TOPIC_OVERSIGHT },
    { "依法开展监督，推动法律法规有效实施", STRUCTURE_TOPIC_OVERSIGHT },
    { "加强和改进监督，保障法律正确实施", STRUCTURE_TOPIC_OVERSIGHT },
    /* (appraisals and petitions are the committee's oversight) */
    { "突出问题导向，深化工作评议和履职评议", STRUCTURE_TOPIC_OVERSIGHT },
    { "创新评议方式，推动依法行政", STRUCTURE_TOPIC_OVERSIGHT },
    { "认真做好信访工作", STRUCTURE_TOPIC_OVERSIGHT },
    { "尊重代表主体地位，提升代表工作水平", STRUCTURE_TOPIC_REPRESENTATION },
    { "以政治建设为统领，全面加强自身建设", STRUCTURE_TOPIC_SELF_BUILDING },
    { "锻造“四个机关”，打造过硬队伍", STRUCTURE_TOPIC_SELF_BUILDING },
    { "深化对外交往，服务国家外交大局", STRUCTURE_TOPIC_OTHER },
    { "今年的主要任务", STRUCTURE_TOPIC_PLANS },
    /* the work done and the plans in one heading: its sentences tell */
    { "本届以来的工作和今后五年的安排", STRUCTURE_TOPIC_OTHER },
    { "回顾与展望", STRUCTURE_TOPIC_OTHER },
    { "统筹推进各项工作", STRUCTURE_TOPIC_OTHER },
    { "坚持党对人大工作的全面领导", STRUCTURE_TOPIC_POLITICAL },
    { "坚持党对人大工作的领导", STRUCTURE_TOPIC_POLITICAL },
    { "坚持党的领导，深入学习宣传贯彻宪法", STRUCTURE_TOPIC_POLITICAL },
    { "坚持政治统领，以党纪学习教育推动全面从严治党走深走实", STRUCTURE_TOPIC_POLITICAL },
    /* the Party's campaigns of earlier years: 群众 in them is no deputies' */
    { "扎实开展党的群众路线教育实践活动", STRUCTURE_TOPIC_POLITICAL },
    { "深入开展“两学一做”学习教育", STRUCTURE_TOPIC_POLITICAL },
    { "扎实开展深入贯彻中央八项规定精神学习教育", STRUCTURE_TOPIC_POLITICAL },
    { "加强宪法实施和监督，维护宪法权威", STRUCTURE_TOPIC_LEGISLATION },
    { "坚持在党的全面领导下推进立法工作", STRUCTURE_TOPIC_LEGISLATION },
    /* the laws' implementation is oversight's */
    { "加强和改进监督工作，推动宪法法律实施", STRUCTURE_TOPIC_OVERSIGHT },
    { "依法开展监督，确保宪法法律全面有效实施", STRUCTURE_TOPIC_OVERSIGHT },
    /* appointments are representation's; with decisions, two works */
    { "依法行使任免权", STRUCTURE_TOPIC_REPRESENTATION },
    { "坚持依法任免，推进人事工作依法规范", STRUCTURE_TOPIC_REPRESENTATION },
    { "依法行使人事任免权，保障政权机关有效运转", STRUCTURE_TOPIC_REPRESENTATION },
    { "增强监督实效，推动宪法和法律的正确实施", STRUCTURE_TOPIC_OVERSIGHT },
    { "依法行使监督职权，保证宪法和法律全面有效实施", STRUCTURE_TOPIC_OVERSIGHT },
    { "依法做好人事任免", STRUCTURE_TOPIC_REPRESENTATION },
    { "依法行使重大事项决定权和人事任免权", STRUCTURE_TOPIC_OTHER },
    { "依法行使决定权和任免权", STRUCTURE_TOPIC_OTHER },
    { "依法作出决议决定和行使人事任免权", STRUCTURE_TOPIC_OTHER },
    { "坚持依法决定和任免，保障全省工作大局", STRUCTURE_TOPIC_OTHER },
    /* a theme, no work: the body decides (see test_body_topic()) */
    { "助力筑牢我国北方重要生态安全屏障", STRUCTURE_TOPIC_OTHER },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      StructureTopic t = structure_score_topic (cases[i].heading, strlen (cases[i].heading));

      g_test_message ("%s → %s", cases[i].heading, structure_topic_to_string (t));
      g_assert_cmpint (t, ==, cases[i].topic);
    }
}

/* Random texts built from the characters the parser looks at: no crash,
 * spans inside the text and inside their parents. */
static void
test_parse_random (void)
{
  static const char *const pieces[] = {
    "一", "二", "三", "十", "是", "、", "（", "）", "(", ")", "。", "，", "：",
    "；", "！", "?", "”", "“", "\n", "\n\n", " ", "　", "年", "月", "日",
    "2024", "会议", "主任", "工作报告", "人民代表大会", "下转第五版", "版",
    "过去一年的主要工作", "立法", "代表", "第", "部分", "a", "\xC2\xA0",
    "报告19个", "的", "3.5%", "关于", "的报告", "今年的主要任务", "（一）监督",
  };
  GRand *rand = g_rand_new_with_seed (20260126);

  for (guint round = 0; round < 2000; round++)
    {
      GString *s = g_string_new (NULL);
      guint n = g_rand_int_range (rand, 0, 120);
      StructureResult *r;

      for (guint k = 0; k < n; k++)
        g_string_append (s, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);

      r = structure_parse (s->str, s->len);
      for (guint i = 0; i < r->spans->len; i++)
        {
          StructureSpan *span = &g_array_index (r->spans, StructureSpan, i);

          g_assert_cmpuint (span->start, <, span->end);
          g_assert_cmpuint (span->end, <=, s->len);
          g_assert_true (g_utf8_validate (s->str + span->start,
                                          (gssize) (span->end - span->start), NULL));
          if (span->parent >= 0)
            {
              StructureSpan *p = &g_array_index (r->spans, StructureSpan, span->parent);

              g_assert_cmpuint (p->start, <=, span->start);
              g_assert_cmpuint (p->end, >=, span->end);
            }
        }
      structure_result_free (r);
      g_string_free (s, TRUE);
    }

  g_rand_free (rand);
}

/* The stop-character marks of the SIMD passes (those this build has)
 * agree with the plain pass, on random bytes rich in the bytes of the stop
 * characters (valid UTF-8 or not), at every alignment and length. */
static void
test_stop_marks (void)
{
  static const guchar bytes[] = {
    0xE3, 0x80, 0x82, 0xEF, 0xBC, 0x81, 0x9F, 0x88, 0xE6, 0x98, 0xAF, '!', '?',
    '(', '\n', 'a', 0xE4, 0xBC, '.',
  };
  GRand *rand = g_rand_new_with_seed (20260127);
  guchar *buf = g_malloc (4096 + 16);

  for (guint round = 0; round < 3000; round++)
    {
      gsize length = (gsize) g_rand_int_range (rand, 0, round < 2900 ? 300 : 4096);
      gsize offset = (gsize) g_rand_int_range (rand, 0, 16);

      for (gsize i = 0; i < length; i++)
        buf[offset + i] = bytes[g_rand_int_range (rand, 0, G_N_ELEMENTS (bytes))];
      g_assert_true (structure_check_stop_marks ((const char *) buf + offset, length));
    }

  g_free (buf);
  g_rand_free (rand);
}

/* }}} */

/* {{{ Fixtures */

static void
test_provincial (void)
{
  g_autoptr(BaogaoDocument) doc = analyze_fixture ("provincial-halfwidth.txt");
  g_autoptr(GPtrArray) sections = get (doc, "structure.section");
  g_autoptr(GPtrArray) items = get (doc, "structure.item");
  g_autoptr(GPtrArray) metas = get (doc, "structure.meta");
  g_autoptr(GPtrArray) titles = get (doc, "structure.title");
  g_autoptr(GPtrArray) paragraphs = get (doc, "structure.paragraph");
  g_autoptr(GPtrArray) sentences = get (doc, "structure.sentence");
  static const gint two[] = { 1, 2 };
  static const gint three[] = { 1, 2, 3 };
  BaogaoAnnotation *last;

  assert_meta (doc, "湖南省人民代表大会常务委员会工作报告", "2024-01-22",
               "2024年1月22日在湖南省第十四届人民代表大会第二次会议上",
               "张华", "湖南省人大常委会主任", "湖南省", 2023);

  g_assert_cmpuint (titles->len, ==, 1);
  assert_text (nth (titles, 0), "湖南省人民代表大会常务委员会工作报告");
  g_assert_cmpuint (metas->len, ==, 3);
  /* Sorted by start, the longer first: the meeting line holds the date. */
  g_assert_cmpstr (baogao_annotation_get_string (nth (metas, 0), "field"), ==, "meeting");
  g_assert_cmpstr (baogao_annotation_get_string (nth (metas, 1), "field"), ==, "date");
  assert_text (nth (metas, 1), "2024年1月22日");
  g_assert_cmpstr (baogao_annotation_get_string (nth (metas, 2), "field"), ==, "speaker");

  g_assert_cmpuint (sections->len, ==, 6);
  assert_section (nth (sections, 0), 1, "把牢政治方向,坚持党的全面领导", "political");
  assert_section (nth (sections, 1), 2, "聚焦高质量发展,着力提高立法质量", "legislation");
  assert_section (nth (sections, 2), 3, "坚持依法监督,推动增强监督实效", "oversight");
  assert_section (nth (sections, 3), 4, "密切联系群众,充分发挥代表作用", "representation");
  assert_section (nth (sections, 4), 5, "强化自身建设,全面提升履职能力", "self_building");
  assert_section (nth (sections, 5), 6, "2024年的主要任务", "plans");

  assert_ordinals (doc, nth (sections, 0), two, 2);
  assert_ordinals (doc, nth (sections, 1), three, 3);
  assert_ordinals (doc, nth (sections, 2), two, 2);
  assert_ordinals (doc, nth (sections, 3), two, 2);
  assert_ordinals (doc, nth (sections, 4), two, 2);
  assert_ordinals (doc, nth (sections, 5), three, 3);
  g_assert_cmpuint (items->len, ==, 14);

  /* Items written in one paragraph end where the next begins. */
  assert_text (nth (items, 2), "一是加强经济领域立法。制定优化营商环境条例,为市场主体提供制度保障。");
  g_assert_cmpstr (baogao_annotation_get_string (nth (items, 3), "marker"), ==, "二是");
  /* An inline series ends with its paragraph, not with the section. */
  assert_text (nth (items, 13), "三是增强监督实效。");

  /* The print marker belongs to no paragraph, sentence or section. */
  last = nth (paragraphs, paragraphs->len - 1);
  g_assert_true (text_has_suffix (last, "努力奋斗!"));
  g_assert_true (text_has_suffix (nth (sentences, sentences->len - 1), "努力奋斗!"));
  g_assert_cmpuint (baogao_annotation_get_end (nth (sections, 5)), ==,
                    baogao_annotation_get_end (last));
  g_assert_true (baogao_annotation_get_parent (last) == nth (sections, 5));

  check_invariants (doc);
}

static void
test_national (void)
{
  g_autoptr(BaogaoDocument) doc = analyze_fixture ("national-fullwidth.txt");
  g_autoptr(GPtrArray) sections = get (doc, "structure.section");
  g_autoptr(GPtrArray) subsections = get (doc, "structure.subsection");
  g_autoptr(GPtrArray) items = get (doc, "structure.item");
  g_autoptr(GPtrArray) sentences = get (doc, "structure.sentence");
  g_autoptr(GPtrArray) parts = get (doc, "structure.part");
  static const char *const expected[] = {
    "常委会围绕国家安全、科技创新等领域开展立法。",
    "委员们指出：“立法要紧跟时代。”",
    "大家一致认为，应当加快步伐！",
  };
  guint k = 0;

  assert_meta (doc, "全国人民代表大会常务委员会工作报告", "2024-03-08",
               "2024年3月8日在第十四届全国人民代表大会第二次会议上",
               "赵某某", "全国人民代表大会常务委员会委员长", "全国", 2023);

  g_assert_cmpuint (parts->len, ==, 0);
  g_assert_cmpuint (sections->len, ==, 6);
  assert_section (nth (sections, 0), 1, "坚持党的全面领导，确保人大工作正确政治方向", "political");
  assert_section (nth (sections, 1), 2, "加强重点领域立法，提高立法质量和效率", "legislation");
  assert_section (nth (sections, 2), 3, "依法行使监督职权，推动党中央重大决策部署贯彻落实", "oversight");
  /* A heading cut by a page break is read whole. */
  assert_section (nth (sections, 3), 4, "密切同人大代表的联系，着力发挥代表作用", "representation");
  assert_section (nth (sections, 4), 5, "全面加强自身建设，努力建设让党放心、让人民满意的“四个机关”", "self_building");
  assert_section (nth (sections, 5), 6, "2024年的主要任务", "plans");

  g_assert_cmpuint (subsections->len, ==, 6);
  g_assert_cmpint (baogao_annotation_get_int (nth (subsections, 0), "index", 0), ==, 1);
  g_assert_cmpstr (baogao_annotation_get_string (nth (subsections, 0), "heading"), ==, "完善国家机构组织法律");
  g_assert_cmpstr (baogao_annotation_get_string (nth (subsections, 1), "heading"), ==, "加强重点领域、新兴领域立法");
  g_assert_true (baogao_annotation_get_parent (nth (subsections, 1)) == nth (sections, 1));
  g_assert_true (baogao_annotation_get_parent (nth (subsections, 5)) == nth (sections, 5));
  /* Subsections have a topic of their own; in the plans section, plans. */
  g_assert_cmpstr (baogao_annotation_get_string (nth (subsections, 0), "topic"), ==, "legislation");
  g_assert_cmpstr (baogao_annotation_get_string (nth (subsections, 2), "topic"), ==, "oversight");
  g_assert_cmpstr (baogao_annotation_get_string (nth (subsections, 3), "topic"), ==, "oversight");
  g_assert_cmpstr (baogao_annotation_get_string (nth (subsections, 4), "topic"), ==, "plans");
  g_assert_cmpstr (baogao_annotation_get_string (nth (subsections, 5), "topic"), ==, "plans");

  /* Items belong to their subsection and stop at its end. */
  g_assert_cmpuint (items->len, ==, 2);
  g_assert_true (baogao_annotation_get_parent (nth (items, 0)) == nth (subsections, 0));
  assert_text (nth (items, 0), "一是修改全国人民代表大会组织法。");
  assert_text (nth (items, 1), "二是修改国务院组织法。");

  /* Closing quotes stay with their sentence. */
  for (guint i = 0; i < sentences->len && k < G_N_ELEMENTS (expected); i++)
    if (k > 0 || text_has_prefix (nth (sentences, i), "常委会围绕"))
      assert_text (nth (sentences, i), expected[k++]);
  g_assert_cmpuint (k, ==, G_N_ELEMENTS (expected));

  check_invariants (doc);
}

static void
test_municipal (void)
{
  g_autoptr(BaogaoDocument) doc = analyze_fixture ("municipal-parts.txt");
  g_autoptr(GPtrArray) parts = get (doc, "structure.part");
  g_autoptr(GPtrArray) sections = get (doc, "structure.section");
  g_autoptr(GPtrArray) items = get (doc, "structure.item");
  g_autoptr(GPtrArray) titles = get (doc, "structure.title");
  g_autoptr(GPtrArray) metas = get (doc, "structure.meta");
  static const gint three[] = { 1, 2, 3 };

  assert_meta (doc, "广州市人民代表大会常务委员会工作报告", "2024-01-16",
               "二〇二四年一月十六日在广州市第十六届人民代表大会第四次会议上",
               "王某某", "广州市人大常委会主任", "广州市", 2023);
  g_assert_cmpuint (titles->len, ==, 1);
  g_assert_cmpuint (metas->len, ==, 3);
  assert_text (nth (metas, 1), "二〇二四年一月十六日");

  g_assert_cmpuint (parts->len, ==, 2);
  g_assert_cmpstr (baogao_annotation_get_string (nth (parts, 0), "heading"), ==, "过去一年的主要工作");
  g_assert_cmpstr (baogao_annotation_get_string (nth (parts, 0), "topic"), ==, "review");
  g_assert_cmpstr (baogao_annotation_get_string (nth (parts, 1), "heading"), ==, "今年的主要任务");
  g_assert_cmpstr (baogao_annotation_get_string (nth (parts, 1), "topic"), ==, "plans");

  g_assert_cmpuint (sections->len, ==, 6);
  assert_section (nth (sections, 0), 1, "坚持正确政治方向", "political");
  assert_section (nth (sections, 1), 2, "提高地方立法质量", "legislation");
  assert_section (nth (sections, 2), 3, "增强监督工作实效", "oversight");
  /* Numbering starts again in the plans part, and all of it is plans. */
  assert_section (nth (sections, 3), 1, "强化政治引领", "plans");
  assert_section (nth (sections, 5), 3, "强化监督工作", "plans");
  g_assert_true (baogao_annotation_get_parent (nth (sections, 2)) == nth (parts, 0));
  g_assert_true (baogao_annotation_get_parent (nth (sections, 3)) == nth (parts, 1));
  g_assert_cmpuint (baogao_annotation_get_end (nth (parts, 0)), ==,
                    baogao_annotation_get_end (nth (sections, 2)));

  /* A heading without a number is no cut paragraph: it stays alone. */
  {
    g_autoptr(GPtrArray) paragraphs = get (doc, "structure.paragraph");
    gboolean seen = FALSE;

    for (guint i = 0; i < paragraphs->len; i++)
      if (text_has_prefix (nth (paragraphs, i), "学习贯彻走深走实"))
        {
          assert_text (nth (paragraphs, i), "学习贯彻走深走实，政治引领更加有力");
          g_assert_true (baogao_annotation_get_parent (nth (paragraphs, i)) == nth (sections, 0));
          seen = TRUE;
        }
    g_assert_true (seen);
  }

  /* （一）-style items inside a paragraph. */
  assert_ordinals (doc, nth (sections, 1), three, 3);
  g_assert_cmpstr (baogao_annotation_get_string (nth (items, 0), "marker"), ==, "（一）");
  assert_text (nth (items, 0), "（一）制定城市更新条例；");
  assert_text (nth (items, 2), "（三）废止1件不适应发展要求的法规。");
  g_assert_cmpuint (items->len, ==, 5);

  check_invariants (doc);
}

static void
test_missing_ordinal (void)
{
  g_autoptr(BaogaoDocument) doc = analyze_fixture ("autonomous-gap.txt");
  g_autoptr(GPtrArray) sections = get (doc, "structure.section");
  g_autoptr(GPtrArray) items = get (doc, "structure.item");
  g_autoptr(GPtrArray) sentences = get (doc, "structure.sentence");
  g_autoptr(GPtrArray) paragraphs = get (doc, "structure.paragraph");
  static const gint first[] = { 1, 3, 4, 1, 2, 3, 5 };
  static const gint second[] = { 1, 2 };
  BaogaoAnnotation *four = NULL;
  gboolean joined = FALSE;

  assert_meta (doc, "广西壮族自治区人民代表大会常务委员会工作报告", "2024-01-23",
               "2024年1月23日在广西壮族自治区第十四届人民代表大会第二次会议上",
               "李强", "自治区人大常委会副主任", "广西壮族自治区", 2023);

  g_assert_cmpuint (sections->len, ==, 2);
  assert_section (nth (sections, 0), 1, "坚持党的领导，筑牢政治忠诚", "political");
  assert_section (nth (sections, 1), 2, "发挥代表主体作用，拓展代表履职平台", "representation");

  /* 二是 was dropped: the others keep their ordinals; the series inside
   * 四是 is nested in it. */
  assert_ordinals (doc, nth (sections, 0), first, G_N_ELEMENTS (first));
  assert_ordinals (doc, nth (sections, 1), second, 2);

  for (guint i = 0; i < items->len; i++)
    if (baogao_annotation_get_int (nth (items, i), "index", 0) == 4)
      four = nth (items, i);
  g_assert_nonnull (four);
  assert_text (four, "四是严格落实请示报告制度。主要做法：一是完善工作规则；二是建立工作台账；"
                     "三是定期开展督查。全年请示报告重大事项45件。");
  assert_text (nth (items, 1), "三是认真开展主题教育。围绕民族团结进步开展调研，形成调研报告8篇。");
  assert_text (nth (items, 3), "一是完善工作规则；");
  assert_text (nth (items, 5), "三是定期开展督查。全年请示报告重大事项45件。");

  /* A sentence cut by a page break stays one sentence, in one paragraph. */
  for (guint i = 0; i < sentences->len; i++)
    {
      g_autofree char *t = baogao_annotation_dup_text (nth (sentences, i));

      if (strstr (t, "加大资") != NULL)
        {
          g_assert_nonnull (strstr (t, "金投入"));
          joined = TRUE;
        }
    }
  g_assert_true (joined);
  for (guint i = 0; i < paragraphs->len; i++)
    g_assert_false (text_has_prefix (nth (paragraphs, i), "金投入"));

  check_invariants (doc);
}

/* Parts numbered 一、 with topical （一） units and no 一、 section inside:
 * the units are the sections. The title is of the 关于…的报告 kind. */
static void
test_numbered_parts (void)
{
  g_autoptr(BaogaoDocument) doc = analyze_fixture ("numbered-parts.txt");
  g_autoptr(GPtrArray) parts = get (doc, "structure.part");
  g_autoptr(GPtrArray) sections = get (doc, "structure.section");
  g_autoptr(GPtrArray) subsections = get (doc, "structure.subsection");
  g_autoptr(GPtrArray) titles = get (doc, "structure.title");
  g_autoptr(GPtrArray) paragraphs = get (doc, "structure.paragraph");
  static const gint two[] = { 1, 2 };
  gboolean joined = FALSE;

  assert_meta (doc, "关于楚雄市人大常委会2023年工作情况的报告", "2024-02-20",
               "2024年2月20日在楚雄市第十届人民代表大会第三次会议上",
               "杨某某", "楚雄市人大常委会主任", "楚雄市", 2023);
  g_assert_cmpuint (titles->len, ==, 1);

  g_assert_cmpuint (parts->len, ==, 2);
  g_assert_cmpstr (baogao_annotation_get_string (nth (parts, 0), "heading"), ==, "过去一年的主要工作");
  g_assert_cmpstr (baogao_annotation_get_string (nth (parts, 0), "topic"), ==, "review");
  g_assert_true (text_has_prefix (nth (parts, 0), "一、过去一年的主要工作"));
  g_assert_cmpstr (baogao_annotation_get_string (nth (parts, 1), "heading"), ==, "2024年工作安排");
  g_assert_cmpstr (baogao_annotation_get_string (nth (parts, 1), "topic"), ==, "plans");

  g_assert_cmpuint (subsections->len, ==, 0);
  g_assert_cmpuint (sections->len, ==, 7);
  assert_section (nth (sections, 0), 1, "坚持党的领导，把牢正确政治方向", "political");
  /* A heading that ends at the first full stop, the paragraph going on. */
  assert_section (nth (sections, 1), 2, "坚持科学立法，提升立法质效", "legislation");
  assert_section (nth (sections, 2), 3, "依法履行监督职责，推动高质量发展", "oversight");
  assert_section (nth (sections, 3), 4, "尊重代表主体地位，做好代表工作", "representation");
  assert_section (nth (sections, 4), 5, "加强自身建设，提升履职能力", "self_building");
  assert_section (nth (sections, 5), 1, "坚持党的全面领导", "plans");
  assert_section (nth (sections, 6), 2, "持续提高监督实效", "plans");
  for (guint i = 0; i < 5; i++)
    g_assert_true (baogao_annotation_get_parent (nth (sections, i)) == nth (parts, 0));
  g_assert_true (baogao_annotation_get_parent (nth (sections, 6)) == nth (parts, 1));
  g_assert_cmpuint (baogao_annotation_get_end (nth (parts, 0)), ==,
                    baogao_annotation_get_end (nth (sections, 4)));
  assert_ordinals (doc, nth (sections, 2), two, 2);

  /* A short line cut by a page break is joined when the next line
   * finishes its phrase with a count, or when it ends with 的. */
  for (guint i = 0; i < paragraphs->len; i++)
    {
      g_autofree char *t = baogao_annotation_dup_text (nth (paragraphs, i));

      g_assert_false (g_str_has_prefix (t, "报告6个"));
      g_assert_false (g_str_has_prefix (t, "跟踪问效"));
      if (g_str_has_prefix (t, "听取和审议市政府专项工作"))
        {
          g_assert_true (g_str_has_suffix (t, "跟踪问效持续加强。"));
          g_assert_true (baogao_annotation_get_parent (nth (paragraphs, i)) == nth (sections, 3));
          joined = TRUE;
        }
    }
  g_assert_true (joined);

  check_invariants (doc);
}

/* Numbered parts whose units are （一）…: a 二、 after such a part, with no
 * 一、 section in between, is the next part even when its heading is no
 * part phrase (二、五年来的回顾), and the units of the first part are its
 * sections. */
static void
test_numbered_parts_follow (void)
{
  g_autoptr(BaogaoDocument) doc = analyze_text (
    "陕西省人民代表大会常务委员会工作报告\n\n"
    "——2023年1月13日在陕西省第十四届人民代表大会第一次会议上\n\n"
    "各位代表：\n\n"
    "一、２０２２年主要工作\n\n"
    "（一）立法工作。全年制定地方性法规１２件。\n\n"
    "（二）监督工作。听取审议专项工作报告１５个。\n\n"
    "二、五年来的回顾\n\n"
    "五年来，常委会共制定地方性法规５８件。\n\n"
    "三、今年的主要任务\n\n"
    "常委会将继续做好立法工作。\n");
  g_autoptr(GPtrArray) parts = get (doc, "structure.part");
  g_autoptr(GPtrArray) sections = get (doc, "structure.section");
  g_autoptr(GPtrArray) subsections = get (doc, "structure.subsection");

  g_assert_cmpuint (parts->len, ==, 3);
  g_assert_cmpstr (baogao_annotation_get_string (nth (parts, 0), "topic"), ==, "review");
  g_assert_cmpstr (baogao_annotation_get_string (nth (parts, 1), "heading"), ==, "五年来的回顾");
  g_assert_cmpstr (baogao_annotation_get_string (nth (parts, 1), "topic"), ==, "review");
  g_assert_cmpstr (baogao_annotation_get_string (nth (parts, 1), "period"), ==, "term");
  g_assert_cmpstr (baogao_annotation_get_string (nth (parts, 2), "topic"), ==, "plans");
  g_assert_cmpuint (subsections->len, ==, 0);
  g_assert_cmpuint (sections->len, ==, 2);
  assert_section (nth (sections, 0), 1, "立法工作", "legislation");
  assert_section (nth (sections, 1), 2, "监督工作", "oversight");
  for (guint i = 0; i < sections->len; i++)
    g_assert_true (baogao_annotation_get_parent (nth (sections, i)) == nth (parts, 0));
  check_invariants (doc);

  /* A part without units: what follows may be a section of a report
   * that opens with an overview, and stays one. */
  g_clear_object (&doc);
  doc = analyze_text (
    "某省人民代表大会常务委员会工作报告\n\n"
    "——2024年1月20日在某省第十四届人民代表大会第二次会议上\n\n"
    "各位代表：\n\n"
    "一、过去一年的主要工作\n\n"
    "一年来，常委会制定地方性法规9件。\n\n"
    "二、加强地方立法\n\n"
    "常委会坚持立法为民。\n");
  g_clear_pointer (&parts, g_ptr_array_unref);
  g_clear_pointer (&sections, g_ptr_array_unref);
  parts = get (doc, "structure.part");
  sections = get (doc, "structure.section");
  g_assert_cmpuint (parts->len, ==, 1);
  g_assert_cmpuint (sections->len, ==, 1);
  assert_section (nth (sections, 0), 2, "加强地方立法", "legislation");
  check_invariants (doc);
}

/* 第一，… paragraphs numbering the topical units of a part that has no
 * 一、 section are its sections, with run-in headings; 第一批 and 第一时间
 * are not markers. */
static void
test_ordinal_words (void)
{
  g_autoptr(BaogaoDocument) doc = analyze_fixture ("ordinal-words.txt");
  g_autoptr(GPtrArray) parts = get (doc, "structure.part");
  g_autoptr(GPtrArray) sections = get (doc, "structure.section");
  g_autoptr(GPtrArray) subsections = get (doc, "structure.subsection");

  g_assert_cmpuint (parts->len, ==, 2);
  g_assert_cmpuint (subsections->len, ==, 0);
  g_assert_cmpuint (sections->len, ==, 4);
  assert_section (nth (sections, 0), 1, "坚持党的领导，确保正确方向", "political");
  assert_section (nth (sections, 1), 2, "坚持立法为民，提高立法质量", "legislation");
  assert_section (nth (sections, 2), 3, "坚持依法监督，增强监督实效", "oversight");
  assert_section (nth (sections, 3), 4, "加强自身建设，提升履职水平", "self_building");
  for (guint i = 0; i < sections->len; i++)
    g_assert_true (baogao_annotation_get_parent (nth (sections, i)) == nth (parts, 0));
  g_assert_true (text_has_prefix (nth (sections, 2), "第三，坚持依法监督"));

  check_invariants (doc);
}

/* The report of a term's last year: a part about the whole term has
 * period term, and so do the units inside it; the year's part and the
 * closing 对今后工作的建议 part do not. */
static void
test_term_report (void)
{
  g_autoptr(BaogaoDocument) doc = analyze_fixture ("term-report.txt");
  g_autoptr(GPtrArray) parts = get (doc, "structure.part");
  g_autoptr(GPtrArray) sections = get (doc, "structure.section");

  g_assert_cmpuint (parts->len, ==, 3);
  g_assert_cmpstr (baogao_annotation_get_string (nth (parts, 0), "heading"), ==, "过去五年的主要工作");
  g_assert_cmpstr (baogao_annotation_get_string (nth (parts, 0), "period"), ==, "term");
  g_assert_cmpstr (baogao_annotation_get_string (nth (parts, 1), "heading"), ==, "2022年的主要工作");
  g_assert_null (baogao_annotation_get_string (nth (parts, 1), "period"));
  g_assert_cmpstr (baogao_annotation_get_string (nth (parts, 2), "heading"), ==, "对今后工作的建议");
  g_assert_cmpstr (baogao_annotation_get_string (nth (parts, 2), "topic"), ==, "plans");
  g_assert_null (baogao_annotation_get_string (nth (parts, 2), "period"));

  /* the term's part has two units, the second about the year */
  g_assert_cmpuint (sections->len, ==, 4);
  assert_section (nth (sections, 0), 1, "坚持立法先行", "legislation");
  g_assert_cmpstr (baogao_annotation_get_string (nth (sections, 0), "period"), ==, "term");
  g_assert_cmpstr (baogao_annotation_get_string (nth (sections, 1), "heading"), ==, "2022年主要工作");
  g_assert_null (baogao_annotation_get_string (nth (sections, 1), "period"));
  assert_section (nth (sections, 2), 1, "立法工作", "legislation");
  g_assert_null (baogao_annotation_get_string (nth (sections, 2), "period"));
  g_assert_cmpint (baogao_document_get_metadata_int (doc, "year_reported", 0), ==, 2022);

  check_invariants (doc);
}

/* A term's last report whose opening says it is about the whole term
 * (向大会报告五年来的工作), its sections in no part: they are about the
 * term; not when the opening names the year too. */
static void
test_whole_term_opening (void)
{
  static const char term[] =
    "某某市人民代表大会常务委员会工作报告\n"
    "——2021年12月28日在某某市第八届人民代表大会第一次会议上\n"
    "\n"
    "各位代表：\n"
    "\n"
    "我受某某市第七届人民代表大会常务委员会委托，向大会报告五年来的工作，请予审议。\n"
    "\n"
    "一、坚持立法为民，地方法规体系不断完善\n"
    "\n"
    "制定地方性法规12件。\n"
    "\n"
    "二、2021年的监督工作\n"
    "\n"
    "开展执法检查5次。\n";
  static const char year[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "——2023年1月14日在某某省第十四届人民代表大会第一次会议上\n"
    "\n"
    "各位代表：\n"
    "\n"
    "2022年是本届常委会任期的最后一年。一年来，常委会依法履职。本届常委会五年来共制定法规58件。\n"
    "\n"
    "一、坚持立法为民\n"
    "\n"
    "制定地方性法规12件。\n";
  g_autoptr(BaogaoDocument) doc = analyze_text (term);
  g_autoptr(BaogaoDocument) doc2 = analyze_text (year);
  g_autoptr(GPtrArray) sections = get (doc, "structure.section");
  g_autoptr(GPtrArray) sections2 = get (doc2, "structure.section");

  g_assert_cmpuint (sections->len, ==, 2);
  g_assert_cmpstr (baogao_annotation_get_string (nth (sections, 0), "period"), ==, "term");
  g_assert_null (baogao_annotation_get_string (nth (sections, 1), "period"));
  g_assert_cmpuint (sections2->len, ==, 1);
  g_assert_null (baogao_annotation_get_string (nth (sections2, 0), "period"));
  check_invariants (doc);
}

/* A term's report whose part about the term goes on with sections about
 * the year: 二、2022年立法工作 names one domain's work of the year, a
 * section, not a part; it and the sections after it are the year's. */
static void
test_term_year_sections (void)
{
  g_autoptr(BaogaoDocument) doc = analyze_fixture ("term-year-sections.txt");
  g_autoptr(GPtrArray) parts = get (doc, "structure.part");
  g_autoptr(GPtrArray) sections = get (doc, "structure.section");

  g_assert_cmpuint (parts->len, ==, 1);
  g_assert_cmpstr (baogao_annotation_get_string (nth (parts, 0), "period"), ==, "term");
  g_assert_cmpuint (sections->len, ==, 5);
  assert_section (nth (sections, 0), 2, "2022年立法工作", "legislation");
  assert_section (nth (sections, 1), 3, "2022年监督工作", "oversight");
  assert_section (nth (sections, 2), 4, "代表工作", "representation");
  assert_section (nth (sections, 3), 5, "常委会自身建设", "self_building");
  for (guint i = 0; i < 4; i++)
    g_assert_null (baogao_annotation_get_string (nth (sections, i), "period"));
  g_assert_cmpstr (baogao_annotation_get_string (nth (sections, 4), "topic"), ==, "plans");

  check_invariants (doc);
}

/* A term's report given at the year's end (December): its year's part,
 * named by the date's own year (2021年的主要工作) or said as 今年以来, is
 * the review, not the plans. */
static void
test_late_year_term (void)
{
  g_autoptr(BaogaoDocument) doc = analyze_fixture ("late-year-term.txt");
  g_autoptr(GPtrArray) parts = get (doc, "structure.part");

  g_assert_cmpint (baogao_document_get_metadata_int (doc, "year_reported", 0), ==, 2021);
  g_assert_cmpuint (parts->len, ==, 4);
  g_assert_cmpstr (baogao_annotation_get_string (nth (parts, 0), "period"), ==, "term");
  g_assert_cmpstr (baogao_annotation_get_string (nth (parts, 1), "heading"), ==, "2021年的主要工作");
  g_assert_cmpstr (baogao_annotation_get_string (nth (parts, 1), "topic"), ==, "review");
  g_assert_cmpstr (baogao_annotation_get_string (nth (parts, 2), "topic"), ==, "review");
  g_assert_cmpstr (baogao_annotation_get_string (nth (parts, 3), "topic"), ==, "plans");

  check_invariants (doc);
}

/* A part numbered 一、 (过去五年的主要工作) that is only a paragraph, then
 * sections numbered 二、三、 on: they continue the part's numbering, so
 * they are at its level, about the year, not the term's sections. */
static void
test_term_paragraph_part (void)
{
  g_autoptr(BaogaoDocument) doc = analyze_fixture ("term-paragraph-part.txt");
  g_autoptr(GPtrArray) parts = get (doc, "structure.part");
  g_autoptr(GPtrArray) sections = get (doc, "structure.section");

  g_assert_cmpuint (parts->len, >=, 1);
  g_assert_cmpstr (baogao_annotation_get_string (nth (parts, 0), "period"), ==, "term");
  g_assert_cmpuint (sections->len, >=, 2);
  g_assert_cmpstr (baogao_annotation_get_string (nth (sections, 0), "topic"), ==, "legislation");
  g_assert_null (baogao_annotation_get_string (nth (sections, 0), "period"));
  g_assert_null (baogao_annotation_get_parent (nth (sections, 0)));
  g_assert_cmpstr (baogao_annotation_get_string (nth (sections, 1), "topic"), ==, "oversight");
  g_assert_null (baogao_annotation_get_string (nth (sections, 1), "period"));

  check_invariants (doc);
}

/* 1. units whose short heading names a domain's work before their body
 * on the same line (1.监督工作。开展…) are sections. */
static void
test_arabic_inline (void)
{
  g_autoptr(BaogaoDocument) doc = analyze_fixture ("arabic-inline.txt");
  g_autoptr(GPtrArray) sections = get (doc, "structure.section");

  g_assert_cmpuint (sections->len, ==, 3);
  g_assert_cmpstr (baogao_annotation_get_string (nth (sections, 0), "topic"), ==, "oversight");
  g_assert_cmpstr (baogao_annotation_get_string (nth (sections, 1), "topic"), ==, "representation");
  g_assert_cmpstr (baogao_annotation_get_string (nth (sections, 2), "topic"), ==, "self_building");

  check_invariants (doc);
}

/* A report whose top level is （一）: no parts, no 一、, the units are the
 * sections. The body is named before 关于 in the title. */
static void
test_paren_top (void)
{
  g_autoptr(BaogaoDocument) doc = analyze_fixture ("paren-top.txt");
  g_autoptr(GPtrArray) parts = get (doc, "structure.part");
  g_autoptr(GPtrArray) sections = get (doc, "structure.section");
  g_autoptr(GPtrArray) subsections = get (doc, "structure.subsection");
  g_autoptr(GPtrArray) paragraphs = get (doc, "structure.paragraph");

  assert_meta (doc, "海口市美兰区人民代表大会常务委员会关于常委会工作情况的报告", "2024-01-12",
               "2024年1月12日在海口市美兰区第八届人民代表大会第四次会议上",
               "陈平", "区人大常委会主任", "海口市美兰区", 2023);

  g_assert_cmpuint (parts->len, ==, 0);
  g_assert_cmpuint (subsections->len, ==, 0);
  g_assert_cmpuint (sections->len, ==, 4);
  assert_section (nth (sections, 0), 1, "坚持政治引领，确保正确方向", "political");
  assert_section (nth (sections, 1), 2, "聚焦民生实事，增强监督刚性", "oversight");
  assert_section (nth (sections, 2), 3, "密切代表联系，激发履职活力", "representation");
  assert_section (nth (sections, 3), 4, "加强自身建设，提升履职效能", "self_building");
  g_assert_true (baogao_annotation_get_parent (nth (paragraphs, paragraphs->len - 1)) ==
                 nth (sections, 3));

  check_invariants (doc);
}

/* （一） lines stay subsections inside 一、 sections, and where their
 * headings name no work. */
static void
test_subsections (void)
{
  static const char *const text =
    "各位代表：\n"
    "一、加强地方立法\n"
    "（一）推动高质量发展\n"
    "制定促进民营经济发展条例。\n"
    "（二）加强备案审查\n"
    "审查规范性文件86件。\n"
    "二、增强监督实效\n"
    "（一）加强监督，回应代表关切\n"
    "督办重点建议15件。\n"
    "（二）深化对外交往\n"
    "接待外国议会代表团3批。\n";
  static const char *const plain =
    "各位代表：\n"
    "（一）总体情况\n"
    "一年来各项工作平稳推进。\n"
    "（二）几点体会\n"
    "必须始终坚持围绕中心、服务大局。\n";
  g_autoptr(BaogaoDocument) doc = analyze_text (text);
  g_autoptr(BaogaoDocument) doc2 = analyze_text (plain);
  g_autoptr(GPtrArray) sections = get (doc, "structure.section");
  g_autoptr(GPtrArray) subsections = get (doc, "structure.subsection");
  g_autoptr(GPtrArray) sections2 = get (doc2, "structure.section");
  g_autoptr(GPtrArray) subsections2 = get (doc2, "structure.subsection");
  static const char *const topics[] = { "legislation", "oversight", "oversight", "other" };

  g_assert_cmpuint (sections->len, ==, 2);
  g_assert_cmpuint (subsections->len, ==, 4);
  /* No keyword: the section's topic. A tie: the section's topic. */
  for (guint i = 0; i < 4; i++)
    {
      g_test_message ("%s", baogao_annotation_get_string (nth (subsections, i), "heading"));
      g_assert_cmpstr (baogao_annotation_get_string (nth (subsections, i), "topic"), ==, topics[i]);
      g_assert_true (baogao_annotation_get_parent (nth (subsections, i)) == nth (sections, i / 2));
    }

  /* Units whose headings name no work are no sections. */
  g_assert_cmpuint (sections2->len, ==, 0);
  g_assert_cmpuint (subsections2->len, ==, 2);
  g_assert_cmpstr (baogao_annotation_get_string (nth (subsections2, 0), "topic"), ==, "other");

  check_invariants (doc);
  check_invariants (doc2);
}

/* 1． headings alone on their lines are the sections of a part that has
 * no 一、 or （一） units; inside a section, or beside （一） units, or
 * run into their text, such lines are the body's. */
static void
test_arabic_units (void)
{
  static const char *const text =
    "各位代表：\n"
    "第一部分　过去一年的主要工作\n"
    "1．坚持立法引领，推进良法善治\n"
    "全年制定地方性法规9件。\n"
    "2．坚持依法监督，增强监督刚性\n"
    "开展执法检查5项。\n"
    "3．加强自身建设\n"
    "举办专题讲座5期。\n"
    "第二部分　今年的主要任务\n"
    "计划制定法规10件。\n";
  static const char *const inside =
    "各位代表：\n"
    "一、加强地方立法\n"
    "1．科学立法\n"
    "制定促进民营经济发展条例。\n"
    "2．民主立法\n"
    "公开征求意见12次。\n"
    "二、增强监督实效\n"
    "（一）加强经济监督\n"
    "听取计划执行报告。\n"
    "1．预算审查\n"
    "审查预算草案。\n"
    "（二）加强民生监督\n"
    "1.5万人参加评议。\n";
  g_autoptr(BaogaoDocument) doc = analyze_text (text);
  g_autoptr(BaogaoDocument) doc2 = analyze_text (inside);
  g_autoptr(GPtrArray) parts = get (doc, "structure.part");
  g_autoptr(GPtrArray) sections = get (doc, "structure.section");
  g_autoptr(GPtrArray) sections2 = get (doc2, "structure.section");
  g_autoptr(GPtrArray) subsections2 = get (doc2, "structure.subsection");

  g_assert_cmpuint (parts->len, ==, 2);
  g_assert_cmpuint (sections->len, ==, 3);
  assert_section (nth (sections, 0), 1, "坚持立法引领，推进良法善治", "legislation");
  assert_section (nth (sections, 1), 2, "坚持依法监督，增强监督刚性", "oversight");
  assert_section (nth (sections, 2), 3, "加强自身建设", "self_building");
  g_assert_true (baogao_annotation_get_parent (nth (sections, 2)) == nth (parts, 0));

  g_assert_cmpuint (sections2->len, ==, 2);
  g_assert_cmpuint (subsections2->len, ==, 2);
  g_assert_cmpstr (baogao_annotation_get_string (nth (subsections2, 1), "heading"), ==, "加强民生监督");

  check_invariants (doc);
  check_invariants (doc2);
}

/* A section whose heading names a theme, not a work, takes the topic its
 * body speaks for when one domain clearly does, and its subsections with
 * it; a body that tells of several works leaves it `other`. */
static void
test_body_topic (void)
{
  static const char *const text =
    "各位代表：\n"
    "一、助力筑牢我国北方重要生态安全屏障\n"
    "开展草原法和自治区草原管理条例执法检查，检查组分赴12个盟市实地检查。"
    "听取审议自治区人民政府关于林草生态建设情况的报告，并开展满意度测评。\n"
    "（一）聚焦黄河流域\n"
    "开展专题询问1次。\n"
    "（二）加强备案审查\n"
    "审查规范性文件86件。\n"
    "二、服务保障自由贸易港建设\n"
    "制定自由贸易港法规10件。听取审议专项工作报告11个，开展执法检查。"
    "代表提出建议120件，组织代表视察调研。\n"
    "三、助力优化营商环境\n"
    "推动各项工作。\n";
  g_autoptr(BaogaoDocument) doc = analyze_text (text);
  g_autoptr(GPtrArray) sections = get (doc, "structure.section");
  g_autoptr(GPtrArray) subsections = get (doc, "structure.subsection");

  g_assert_cmpuint (sections->len, ==, 3);
  assert_section (nth (sections, 0), 1, "助力筑牢我国北方重要生态安全屏障", "oversight");
  /* laws, inspections and suggestions: no one work */
  assert_section (nth (sections, 1), 2, "服务保障自由贸易港建设", "other");
  /* too few words to tell */
  assert_section (nth (sections, 2), 3, "助力优化营商环境", "other");

  g_assert_cmpuint (subsections->len, ==, 2);
  assert_section (nth (subsections, 0), 1, "聚焦黄河流域", "oversight");
  assert_section (nth (subsections, 1), 2, "加强备案审查", "oversight");

  check_invariants (doc);
}

/* Web and PDF copies with ASCII punctuation put '.' for 。: after a
 * Chinese character, a bracket or a per cent sign it ends a sentence and
 * a heading run into its paragraph, as 。 does; in numbers, addresses,
 * an ellipsis and a heading marker (一.) it does not. */
static void
test_ascii_period (void)
{
  static const char *const text =
    "各位代表:\n"
    "一.以高质量立法服务保障中国式现代化江苏新实践\n"
    "(一)突出重点领域立法.制定《江苏省数据条例》,修订《江苏省安全生产条例》."
    "与上海市同步审议通过有关决定.\n"
    "(二)加强设区的市立法指导.审查批准南京、苏州等13个设区的市报批的法规和决定37件,"
    "其中法规33件、决定4件;对报批法规提出修改意见260余条,涉及城市管理、生态环境、"
    "历史文化保护、基层治理等多个领域.\n"
    "(三)深化开门立法.全年公开征求意见27次.\n"
    "二.以正确监督有效监督助推高质量发展\n"
    "开展跟踪监督(共5项).全省地区生产总值增长5.8%.满意率98.6%.详见www.jsrd.gov.cn网站等...下一步继续努力.\n";
  g_autoptr(BaogaoDocument) doc = analyze_text (text);
  g_autoptr(GPtrArray) sections = get (doc, "structure.section");
  g_autoptr(GPtrArray) subsections = get (doc, "structure.subsection");
  g_autoptr(GPtrArray) items = get (doc, "structure.item");
  g_autoptr(GPtrArray) sentences = get (doc, "structure.sentence");
  static const char *const expected[] = {
    "各位代表:",
    "一.以高质量立法服务保障中国式现代化江苏新实践",
    "(一)突出重点领域立法.",
    "制定《江苏省数据条例》,修订《江苏省安全生产条例》.",
    "与上海市同步审议通过有关决定.",
    "(二)加强设区的市立法指导.",
    "审查批准南京、苏州等13个设区的市报批的法规和决定37件,"
    "其中法规33件、决定4件;对报批法规提出修改意见260余条,涉及城市管理、生态环境、"
    "历史文化保护、基层治理等多个领域.",
    "(三)深化开门立法.",
    "全年公开征求意见27次.",
    "二.以正确监督有效监督助推高质量发展",
    "开展跟踪监督(共5项).",
    "全省地区生产总值增长5.8%.",
    "满意率98.6%.",
    "详见www.jsrd.gov.cn网站等...下一步继续努力.",
  };

  g_assert_cmpuint (sections->len, ==, 2);
  /* the three units alike: subsections with their headings, not items */
  g_assert_cmpuint (subsections->len, ==, 3);
  g_assert_cmpuint (items->len, ==, 0);
  assert_section (nth (subsections, 0), 1, "突出重点领域立法", "legislation");
  assert_section (nth (subsections, 1), 2, "加强设区的市立法指导", "legislation");
  assert_section (nth (subsections, 2), 3, "深化开门立法", "legislation");

  g_assert_cmpuint (sentences->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    assert_text (nth (sentences, i), expected[i]);

  check_invariants (doc);
}

/* Titles of the 关于…的报告 kind: region from the body named, year from
 * the title or else from the date; titles spaced out. */
static void
test_title_variants (void)
{
  const struct
  {
    const char *text;
    const char *title;
    const char *region;
    gint64      year;
  } cases[] = {
    { "关于台州市人大常委会工作情况的报告\n"
      "（2024年2月21日在台州市第六届人民代表大会第三次会议上）\n各位代表：\n现在报告工作。\n",
      "关于台州市人大常委会工作情况的报告", "台州市", 2023 },
    { "淮安市人大常委会关于2023年工作情况的报告\n各位代表：\n现在报告工作。\n",
      "淮安市人大常委会关于2023年工作情况的报告", "淮安市", 2023 },
    { "黔东南苗族侗族自治州人民代表大会常务委员会\n关于2023年工作的报告\n"
      "——2024年1月9日在黔东南苗族侗族自治州第十五届人民代表大会第三次会议上\n各位代表：\n",
      "黔东南苗族侗族自治州人民代表大会常务委员会关于2023年工作的报告",
      "黔东南苗族侗族自治州", 2023 },
    { "关于市人大常委会工作情况的报告\n"
      "（2024年3月1日在鞍山市第十七届人民代表大会第二次会议上）\n各位代表：\n",
      "关于市人大常委会工作情况的报告", "鞍山市", 2023 },
    { "本溪市人大常委会关于常委会工作情况的报告\n"
      "（2024年1月18日在本溪市第十七届人民代表大会第三次会议上）\n各位代表：\n",
      "本溪市人大常委会关于常委会工作情况的报告", "本溪市", 2023 },
    { "关于本市人大常委会工作情况的报告\n"
      "（2024年1月18日在本溪市第十七届人民代表大会第三次会议上）\n各位代表：\n",
      "关于本市人大常委会工作情况的报告", "本溪市", 2023 },
    { "关于开展执法检查情况的说明\n各位代表：\n", NULL, NULL, 0 },
    /* spaced out character by character, on one line or two (a PDF
     * copy's): read without the spaces */
    { "安 吉 县 人 民 代 表 大 会 常 务 委 员 会 工 作 报 告\n"
      "——2020年1月10日在安吉县第十七届人民代表大会第五次会议上\n各位代表：\n",
      "安吉县人民代表大会常务委员会工作报告", "安吉县", 2019 },
    { "安 吉 县 人 民 代 表 大 会\n常 务 委 员 会 工 作 报 告\n"
      "——2020年1月10日在安吉县第十七届人民代表大会第五次会议上\n各位代表：\n",
      "安吉县人民代表大会常务委员会工作报告", "安吉县", 2019 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(BaogaoDocument) doc = analyze_text (cases[i].text);
      g_autoptr(GPtrArray) titles = get (doc, "structure.title");

      g_test_message ("%s", cases[i].text);
      g_assert_cmpstr (baogao_document_get_metadata (doc, "title"), ==, cases[i].title);
      g_assert_cmpstr (baogao_document_get_metadata (doc, "region"), ==, cases[i].region);
      g_assert_cmpint (baogao_document_get_metadata_int (doc, "year_reported", 0), ==,
                       cases[i].year);
      g_assert_cmpuint (titles->len, ==, cases[i].title != NULL ? 1 : 0);
      check_invariants (doc);
    }
}

/* Sections headed by words in 【】 alone on their lines, or opening their
 * paragraphs, with no number, as web copies set them; not a box of
 * figures (【数说2023】). */
static void
test_bracket_headings (void)
{
  static const char text[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "——2024年1月15日在某某省第十四届人民代表大会第二次会议上\n"
    "\n"
    "【坚持党的领导，扎实开展主题教育】\n"
    "　　常委会党组开展集体学习12次。\n"
    "　　【立法工作】\n"
    "　　全年制定地方性法规7件。\n"
    "【监督工作】\n"
    "　　开展执法检查6次。\n"
    "【数说2023】\n"
    "　　常委会会议　8次\n";
  g_autoptr(BaogaoDocument) doc = analyze_text (text);
  g_autoptr(GPtrArray) sections = get (doc, "structure.section");

  g_assert_cmpuint (sections->len, ==, 3);
  assert_section (nth (sections, 0), 1, "坚持党的领导，扎实开展主题教育", "political");
  assert_section (nth (sections, 1), 2, "立法工作", "legislation");
  assert_section (nth (sections, 2), 3, "监督工作", "oversight");
  check_invariants (doc);

  /* (a short label opening its paragraph, the body after it; not a
   * long one, nor one naming no domain's work) */
  {
    static const char run_in[] =
      "某某自治区人民代表大会常务委员会工作报告\n"
      "——2024年1月15日在某某自治区第十三届人民代表大会第二次会议上\n"
      "\n"
      "【立法工作】全年审议法规草案16件，制定6件。\n"
      "【监督工作】开展执法检查５次。\n"
      "【坚持党的领导，扎实开展主题教育，推动人大工作高质量发展】常委会党组开展集体学习12次。\n"
      "【数说】常委会会议8次。\n";
    g_autoptr(BaogaoDocument) third = analyze_text (run_in);
    g_autoptr(GPtrArray) labelled = get (third, "structure.section");

    g_assert_cmpuint (labelled->len, ==, 2);
    assert_section (nth (labelled, 0), 1, "立法工作", "legislation");
    assert_section (nth (labelled, 1), 2, "监督工作", "oversight");
    check_invariants (third);
  }

  /* (not a column's tag above the title, which keeps the header; nor
   * a heading in 【】 inside a numbered section) */
  {
    static const char tagged[] =
      "【立法动态】\n"
      "某某省人民代表大会常务委员会工作报告\n"
      "——2024年1月15日在某某省第十四届人民代表大会第二次会议上\n"
      "\n"
      "二、立法工作\n"
      "【提高立法质量】\n"
      "全年制定地方性法规7件。\n"
      "【推进民主立法】\n"
      "公开征求意见。\n"
      "三、监督工作\n"
      "开展执法检查6次。\n";
    g_autoptr(BaogaoDocument) second = analyze_text (tagged);
    g_autoptr(GPtrArray) numbered = get (second, "structure.section");

    g_assert_cmpstr (baogao_document_get_metadata (second, "region"), ==, "某某省");
    g_assert_cmpuint (numbered->len, ==, 2);
    assert_section (nth (numbered, 1), 3, "监督工作", "oversight");
  }
}

/* A county's part whose （一） units are its sections, and the 1． units
 * inside them their subsections, numbered again in each: headed by a few
 * words before 。 (建议办理。), naming some work or not; a title in a list
 * of them is body. */
static void
test_units_inside_promoted_sections (void)
{
  static const char text[] =
    "某某县人民代表大会常务委员会工作报告\n"
    "——2025年1月15日在某某县第十八届人民代表大会第五次会议上\n"
    "\n"
    "一、2024年主要工作\n"
    "（一）把牢政治方向：常委会党组集体学习12次。\n"
    "（二）增强监督实效：\n"
    "１．经济监督。听取审议计划执行报告2个。\n"
    "２．工作评议。对3个部门开展工作评议。\n"
    "３．《某某县河道管理条例》执法检查报告\n"
    "（三）发挥代表作用：\n"
    "1.建议办理。代表提出建议186件。\n"
    "2.深化民生实事项目代表票决制。票决项目10个。\n"
    "二、2025年工作安排\n"
    "继续做好各项工作。\n";
  g_autoptr(BaogaoDocument) doc = analyze_text (text);
  g_autoptr(GPtrArray) sections = get (doc, "structure.section");
  g_autoptr(GPtrArray) subsections = get (doc, "structure.subsection");

  g_assert_cmpuint (sections->len, ==, 3);
  assert_section (nth (sections, 1), 2, "增强监督实效", "oversight");
  g_assert_cmpuint (subsections->len, ==, 4);
  assert_section (nth (subsections, 0), 1, "经济监督", "oversight");
  assert_section (nth (subsections, 1), 2, "工作评议", "oversight");
  g_assert_cmpint (baogao_annotation_get_int (nth (subsections, 2), "index", -1), ==, 1);
  g_assert_cmpstr (baogao_annotation_get_string (nth (subsections, 2), "heading"), ==, "建议办理");
  assert_section (nth (subsections, 3), 2, "深化民生实事项目代表票决制", "representation");
  check_invariants (doc);
}

/* A box of the year's figures set between the review's sections and the
 * plans' (附表：…主要工作数据) is a part of its own that numbers nothing:
 * 六、 after it goes on from 五、. */
static void
test_figures_box_between_sections (void)
{
  static const char text[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "——2024年1月20日在某某省第十四届人民代表大会第二次会议上\n"
    "\n"
    "一、坚持党的领导\n"
    "常委会党组集体学习12次。\n"
    "二、坚持科学立法\n"
    "制定法规6件。\n"
    "三、坚持正确监督\n"
    "开展执法检查5次。\n"
    "四、坚持密切联系群众，充分发挥代表作用\n"
    "代表提出建议520件。\n"
    "五、坚持全面从严，加强常委会自身建设\n"
    "举办专题讲座6期。\n"
    "附表：2023年省人大常委会主要工作数据\n"
    "｜常委会会议｜8次｜\n"
    "六、2024年主要任务\n"
    "继续做好立法工作。\n";
  /* (its lines numbered, at the end: figures, no units) */
  static const char closing[] =
    "某某县人民代表大会常务委员会工作报告\n"
    "——2023年1月10日在某某县第十八届人民代表大会第二次会议上\n"
    "\n"
    "一、坚持正确监督\n"
    "开展执法检查3次。\n"
    "二、加强常委会自身建设\n"
    "举办专题讲座6期。\n"
    "附：2022年县人大常委会主要工作数据\n"
    "1. 召开常委会会议：8次\n"
    "2. 开展执法检查：3次\n"
    "3. 办理代表建议：186件\n";
  g_autoptr(BaogaoDocument) doc = analyze_text (text);
  g_autoptr(BaogaoDocument) second = analyze_text (closing);
  g_autoptr(GPtrArray) sections = get (doc, "structure.section");
  g_autoptr(GPtrArray) closing_sections = get (second, "structure.section");
  g_autoptr(GPtrArray) closing_subsections = get (second, "structure.subsection");

  g_assert_cmpuint (closing_sections->len, ==, 2);
  g_assert_cmpuint (closing_subsections->len, ==, 0);
  check_invariants (second);
  g_assert_cmpuint (sections->len, ==, 6);
  assert_section (nth (sections, 4), 5, "坚持全面从严，加强常委会自身建设", "self_building");
  assert_section (nth (sections, 5), 6, "2024年主要任务", "plans");
  check_invariants (doc);
}

/* Headings that a copy ran into their body, the line break after them
 * lost: the heading ends at a colon, before a lower number, or, in a
 * heading of two clauses, before the body's first words (常委会, 全年,
 * 围绕…) right after its last character; not inside a phrase (报请省人
 * 大常委会, 列席常委会) nor after a count. */
static void
test_run_in_headings (void)
{
  static const char text[] =
    "某某市人民代表大会常务委员会工作报告\n"
    "\n"
    "一、聚焦高质量发展，增强监督工作实效围绕市委中心工作，全年听取审议专项工作报告12个，开展执法检查5次，推动解决了一批群众关心的突出问题。\n"
    "二、坚持立法为民，不断提高地方立法质量1．科学编制立法计划。全年制定地方性法规3件。\n"
    "三、加强自身建设，提升履职能力水平常委会党组全年召开党组会议18次，开展集体学习12次，举办专题讲座6期，推动机关各项工作落地见效。\n"
    "四、把牢政治方向：常委会党组坚持“第一议题”制度，全年学习重要讲话精神32次，确保人大工作正确方向。\n";
  /* the line after a section heading, (一) of its own */
  static const char *const not_headings[] = {
    "坚持开门立法，积极报请省人大常委会批准法规3件，全年审议法规草案5件，制定法规2部，修改1部，完成年度立法计划，立法质量不断提高。",
    "密切代表联系，邀请全国人大代表和省人大代表列席常委会会议一百零二人次，组织在本市的全国人大代表视察调研三次，代表履职热情高涨。",
    "坚持党的全面领导，常委会党组始终围绕市委中心工作谋划和推进人大工作，召开党组会议十八次，研究重大事项四十余项，确保正确方向。",
    "依法开展监督，听取审议报告12个全年开展执法检查五次，推动解决了一批群众关心的突出问题，监督实效不断增强，人民群众满意度持续提高。",
    "加强统筹，做好围绕中心服务大局各项工作，推动解决了一批群众关心的突出问题，监督实效不断增强，人民群众满意度持续提高，取得实效。",
    "常委会组成人员认为：要进一步加强统筹，推动问题解决，切实把各项工作落到实处，取得实效。",
  };
  g_autoptr(BaogaoDocument) doc = analyze_text (text);
  g_autoptr(GPtrArray) sections = get (doc, "structure.section");
  g_autoptr(GPtrArray) sentences = get (doc, "structure.sentence");
  gboolean body_first = FALSE;

  g_assert_cmpuint (sections->len, ==, 4);
  assert_section (nth (sections, 0), 1, "聚焦高质量发展，增强监督工作实效", "oversight");
  assert_section (nth (sections, 1), 2, "坚持立法为民，不断提高地方立法质量", "legislation");
  assert_section (nth (sections, 2), 3, "加强自身建设，提升履职能力水平", "self_building");
  assert_section (nth (sections, 3), 4, "把牢政治方向", "political");
  /* (the body's first sentence starts after the heading) */
  for (guint i = 0; i < sentences->len; i++)
    body_first |= text_has_prefix (nth (sentences, i), "常委会党组全年召开党组会议18次");
  g_assert_true (body_first);
  check_invariants (doc);

  /* (not inside a phrase, nor after who acts or an adverb, nor after a
   * count, nor in a second clause of a few characters; a colon after
   * 认为 is what someone said) */
  for (guint i = 0; i < G_N_ELEMENTS (not_headings); i++)
    {
      g_autofree char *report = g_strconcat ("某某市人民代表大会常务委员会工作报告\n\n一、坚持立法为民\n（一）",
                                             not_headings[i], "\n", NULL);
      g_autoptr(BaogaoDocument) second = analyze_text (report);
      g_autoptr(GPtrArray) subsections = get (second, "structure.subsection");

      for (guint k = 0; k < subsections->len; k++)
        {
          const char *heading = baogao_annotation_get_string (nth (subsections, k), "heading");

          /* (a heading, if any, is the whole sentence, never cut inside) */
          g_assert_true (strstr (not_headings[i], heading) == not_headings[i] &&
                         strlen (heading) >= strlen (not_headings[i]) - strlen ("。"));
        }
      check_invariants (second);
    }
}

/* Section numbers set with a comma, half- or full-width (一,坚持立法为民;
 * 二，…), as some copies set them */
static void
test_comma_numbers (void)
{
  static const char text[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "一,坚持立法为民\n"
    "全年制定地方性法规6件。\n"
    "二，坚持依法监督\n"
    "全年开展执法检查4次。\n";
  g_autoptr(BaogaoDocument) doc = analyze_text (text);
  g_autoptr(GPtrArray) sections = get (doc, "structure.section");

  g_assert_cmpuint (sections->len, ==, 2);
  assert_section (nth (sections, 0), 1, "坚持立法为民", "legislation");
  assert_section (nth (sections, 1), 2, "坚持依法监督", "oversight");
  check_invariants (doc);

  /* (not the rest of a line broken inside an ordinal, 位居第 / 一，…) */
  {
    static const char broken[] =
      "某某省人民代表大会常务委员会工作报告\n"
      "\n"
      "三、监督工作\n"
      "常委会扎实开展执法检查工作，在全国人大系统综合考评中位居第\n"
      "一，发现问题270个，提出意见建议35条。\n";
    g_autoptr(BaogaoDocument) second = analyze_text (broken);
    g_autoptr(GPtrArray) one = get (second, "structure.section");

    g_assert_cmpuint (one->len, ==, 1);
  }
}

/* A section's number set off by a space (一 立法工作, 二　监督工作) before
 * a short heading alone on its line; not a line that goes on with a
 * sentence (一 年来…，), nor a numeral before a count. In a report whose
 * sections are set in 【】, a heading there naming work no domain owns
 * (【推进数字人大建设】) is a section too. */
static void
test_spaced_numbers_and_other_brackets (void)
{
  static const char text[] =
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "一 立法工作\n"
    "全年制定地方性法规6件。\n"
    "二　监督工作\n"
    "全年开展执法检查4次。\n"
    "三 年来，常委会召开会议12次。\n"
    "四 八件\n";
  g_autoptr(BaogaoDocument) doc = analyze_text (text);
  g_autoptr(GPtrArray) sections = get (doc, "structure.section");

  g_assert_cmpuint (sections->len, ==, 2);
  assert_section (nth (sections, 0), 1, "立法工作", "legislation");
  assert_section (nth (sections, 1), 2, "监督工作", "oversight");
  check_invariants (doc);

  {
    static const char bracketed[] =
      "某某省人民代表大会常务委员会工作报告\n"
      "——2017年1月20日在某某省第十二届人民代表大会第七次会议上\n"
      "\n"
      "【代表工作】\n"
      "代表提出建议600件。\n"
      "【推进数字人大建设】\n"
      "编发《人大代表工作信息》24期。\n"
      "【数说2016】\n"
      "常委会会议　8次\n";
    g_autoptr(BaogaoDocument) second = analyze_text (bracketed);
    g_autoptr(GPtrArray) two = get (second, "structure.section");

    g_assert_cmpuint (two->len, ==, 2);
    assert_section (nth (two, 0), 1, "代表工作", "representation");
    assert_section (nth (two, 1), 2, "推进数字人大建设", "other");
    check_invariants (second);
  }
}

/* A term's last report set out in parts that each name a kind of work
 * (第一部分 立法工作), its opening telling of the five years: each part is
 * the term's, though the opening names the year the term began (自2017年
 * 1月产生以来); a report on the year and the term keeps its parts as the
 * year's. */
static void
test_term_parts_naming_work (void)
{
  static const char text[] =
    "某某市人民代表大会常务委员会工作报告\n"
    "——2022年1月8日在某某市第十七届人民代表大会第一次会议上\n"
    "\n"
    "各位代表：\n"
    "我代表某某市第十六届人民代表大会常务委员会，向大会报告五年来的工作。\n"
    "第十六届市人大常委会自2017年1月产生以来，依法履职。\n"
    "第一部分 立法工作\n"
    "制定地方性法规21件。\n"
    "第二部分 监督工作\n"
    "组织满意度测评23次。\n";
  static const char year_too[] =
    "某某市人民代表大会常务委员会工作报告\n"
    "\n"
    "各位代表：\n"
    "我代表市人大常委会，向大会报告过去一年和五年来的工作。\n"
    "第一部分 立法工作\n"
    "制定地方性法规4件。\n";
  g_autoptr(BaogaoDocument) doc = analyze_text (text);
  g_autoptr(BaogaoDocument) second = analyze_text (year_too);
  g_autoptr(GPtrArray) parts = get (doc, "structure.part");
  g_autoptr(GPtrArray) others = get (second, "structure.part");

  g_assert_cmpuint (parts->len, ==, 2);
  g_assert_cmpstr (baogao_annotation_get_string (nth (parts, 0), "period"), ==, "term");
  g_assert_cmpstr (baogao_annotation_get_string (nth (parts, 1), "period"), ==, "term");
  check_invariants (doc);
  g_assert_cmpuint (others->len, ==, 1);
  g_assert_null (baogao_annotation_get_string (nth (others, 0), "period"));
}

/* A new term's outlook (本届常委会五年工作的总体考虑, 工作设想) is a
 * section of plans. */
static void
test_outlook_sections (void)
{
  static const char text[] =
    "某某市人民代表大会常务委员会工作报告\n"
    "\n"
    "一、立法工作\n"
    "全年制定地方性法规6件。\n"
    "二、本届常委会五年工作的总体考虑\n"
    "计划每年开展执法检查2次以上。\n"
    "三、2023年工作设想\n"
    "开展专题询问1次。\n";
  g_autoptr(BaogaoDocument) doc = analyze_text (text);
  g_autoptr(GPtrArray) sections = get (doc, "structure.section");

  g_assert_cmpuint (sections->len, ==, 3);
  assert_section (nth (sections, 0), 1, "立法工作", "legislation");
  assert_section (nth (sections, 1), 2, "本届常委会五年工作的总体考虑", "plans");
  assert_section (nth (sections, 2), 3, "2023年工作设想", "plans");
  check_invariants (doc);
}

static void
test_unstructured (void)
{
  g_autoptr(BaogaoDocument) doc = analyze_fixture ("unstructured.txt");
  g_autoptr(GPtrArray) all = get (doc, NULL);
  g_autoptr(GPtrArray) paragraphs = get (doc, "structure.paragraph");
  g_autoptr(GPtrArray) sentences = get (doc, "structure.sentence");
  g_auto(GStrv) keys = baogao_document_dup_metadata_keys (doc);

  for (guint i = 0; i < all->len; i++)
    {
      const char *type = baogao_annotation_get_annotation_type (nth (all, i));

      g_assert_true (g_str_equal (type, "structure.paragraph") ||
                     g_str_equal (type, "structure.sentence"));
    }

  g_assert_cmpuint (paragraphs->len, ==, 2);
  g_assert_cmpuint (sentences->len, ==, 5);
  assert_text (nth (sentences, 0), "今天天气晴朗。");
  assert_text (nth (sentences, 1), "我们去公园散步，看到很多人在锻炼身体！");
  assert_text (nth (sentences, 2), "有人问：“你们从哪里来？”");
  assert_text (nth (sentences, 3), "我们回答说来自北方。");
  /* No leading ideographic spaces, no final stop needed. */
  assert_text (nth (sentences, 4), "下午，大家一起讨论了城市规划的问题");
  g_assert_true (baogao_annotation_get_parent (nth (sentences, 4)) == nth (paragraphs, 1));

  for (guint i = 0; keys != NULL && keys[i] != NULL; i++)
    g_assert_false (g_str_equal (keys[i], "title") || g_str_equal (keys[i], "speaker") ||
                    g_str_equal (keys[i], "year_reported"));

  check_invariants (doc);
}

/* Lines that open with a bullet (■, ▲…) are whole: long lines of
 * figures with commas and no full stop are not joined as if a page break
 * had cut them, to each other nor to the paragraph after. */
static void
test_bullet_lines_stay_apart (void)
{
  g_autoptr(BaogaoDocument) doc = analyze_text (
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "一、立法工作\n"
    "\n"
    "■ 表决通过地方性法规19件，其中新制定6件，修改10件，废止3件\n"
    "■ 审查批准市州及民族自治地方报批的法规和单行条例23件，其中新制定11件、修改9件、废止3件\n"
    "\n"
    "聚焦生态文明建设立法，出台条例3件。\n");
  g_autoptr(GPtrArray) sentences = get (doc, "structure.sentence");
  guint bullets = 0;

  for (guint i = 0; i < sentences->len; i++)
    {
      g_autofree char *t = baogao_annotation_dup_text (nth (sentences, i));

      if (g_str_has_prefix (t, "■"))
        {
          bullets++;
          g_assert_null (strstr (t, "\n"));
          g_assert_null (strstr (t + strlen ("■"), "■"));
          g_assert_null (strstr (t, "聚焦"));
        }
    }
  g_assert_cmpuint (bullets, ==, 2);
  check_invariants (doc);
}

static void
test_edge_inputs (void)
{
  static const char *const inputs[] = {
    "",
    "\n\n\n",
    "　　\n \n",
    "(下转第五版)",
    "一、",
    "一是",
    "（一）",
    "一、二、三、四、五、六、七、八、九、十",
    "。。。！！？？”””",
    "各位代表：\n一是\n二是\n三是",
    "人民代表大会\n常务委员会工作报告\n",
    "黑龙江省人大常委会副主任\n",
    "2024年1月26日在会议上\n主任 王\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr(BaogaoDocument) doc = analyze_text (inputs[i]);

      check_invariants (doc);
    }
}

/* }}} */

/* {{{ Gold */

static gsize
char_offset (const char *text,
             const char *p)
{
  return (gsize) g_utf8_pointer_to_offset (text, p);
}

static void
test_gold (void)
{
  const char *corpus = g_getenv ("BAOGAO_CORPUS_DIR");
  g_autofree char *txt_path = NULL;
  g_autofree char *gold_path = NULL;
  g_autofree char *text = NULL;
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BaogaoDocument) doc = NULL;
  g_autoptr(GPtrArray) sections = NULL;
  g_autoptr(GPtrArray) items = NULL;
  JsonObject *gold, *meta;
  JsonArray *gsections, *gitems;
  static const char *const fields[] = {
    "title", "date", "meeting", "speaker", "speaker_title", "region",
  };
  guint found = 0;

  if (corpus == NULL)
    {
      g_test_skip ("BAOGAO_CORPUS_DIR not set");
      return;
    }

  txt_path = g_build_filename (corpus, "heilongjiang-2024.txt", NULL);
  gold_path = g_build_filename (corpus, "heilongjiang-2024.gold.json", NULL);
  if (!g_file_test (txt_path, G_FILE_TEST_EXISTS) || !g_file_test (gold_path, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("corpus report not found");
      return;
    }

  g_file_get_contents (txt_path, &text, NULL, &error);
  g_assert_no_error (error);
  doc = analyze_text (text);

  parser = json_parser_new ();
  json_parser_load_from_file (parser, gold_path, &error);
  g_assert_no_error (error);
  gold = json_node_get_object (json_parser_get_root (parser));
  meta = json_object_get_object_member (gold, "metadata");

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    g_assert_cmpstr (baogao_document_get_metadata (doc, fields[i]), ==,
                     json_object_get_string_member (meta, fields[i]));
  g_assert_cmpint (baogao_document_get_metadata_int (doc, "year_reported", 0), ==,
                   json_object_get_int_member (meta, "year_reported"));

  sections = get (doc, "structure.section");
  gsections = json_object_get_array_member (gold, "sections");
  g_assert_cmpuint (sections->len, ==, json_array_get_length (gsections));
  for (guint i = 0; i < sections->len; i++)
    {
      JsonObject *g = json_array_get_object_element (gsections, i);

      assert_section (nth (sections, i), json_object_get_int_member (g, "index"),
                      json_object_get_string_member (g, "heading"),
                      json_object_get_string_member (g, "topic"));
    }

  /* Every gold item starts an item with its ordinal; no item holds the
   * marker of another gold item. */
  items = get (doc, "structure.item");
  gitems = json_object_get_array_member (gold, "items");
  for (guint i = 0; i < json_array_get_length (gitems); i++)
    {
      JsonObject *g = json_array_get_object_element (gitems, i);
      g_autofree char *needle = g_strconcat (json_object_get_string_member (g, "marker"),
                                             json_object_get_string_member (g, "snippet"), NULL);
      BaogaoAnnotation *section = nth (sections, json_object_get_int_member (g, "section") - 1);
      const char *hit = text;
      gsize pos = G_MAXSIZE;

      while ((hit = strstr (hit, needle)) != NULL)
        {
          gsize off = char_offset (text, hit);

          if (off >= baogao_annotation_get_start (section) && off < baogao_annotation_get_end (section))
            {
              pos = off;
              break;
            }
          hit++;
        }
      g_assert_cmpuint (pos, !=, G_MAXSIZE);

      for (guint j = 0; j < items->len; j++)
        {
          BaogaoAnnotation *a = nth (items, j);

          if (baogao_annotation_get_start (a) == pos)
            {
              g_assert_cmpint (baogao_annotation_get_int (a, "index", 0), ==,
                               json_object_get_int_member (g, "ordinal"));
              found++;
            }
          else
            g_assert_false (pos > baogao_annotation_get_start (a) &&
                            pos < baogao_annotation_get_end (a));
        }
    }
  g_assert_cmpuint (found, ==, json_array_get_length (gitems));

  check_invariants (doc);
}

/* }}} */

/* A meeting line dated by its month only: no date, but the year reported
 * (a report given in January reviews the year before). */
static void
test_meeting_month_only (void)
{
  g_autoptr(BaogaoDocument) doc = analyze_text (
    "某某自治区人民代表大会常务委员会工作报告\n"
    "——2023年1月在某某自治区第十四届人民代表大会第一次会议上\n"
    "\n"
    "各位代表：\n"
    "\n"
    "我代表自治区人大常委会报告工作，请予审议。\n");

  assert_meta (doc, "某某自治区人民代表大会常务委员会工作报告", NULL,
               "2023年1月在某某自治区第十四届人民代表大会第一次会议上", NULL, NULL, "某某自治区", 2022);
}

/* A line of no Chinese before the title (a summary in English) ends no
 * header: the title, the meeting and the year reported are still read. */
static void
test_latin_line_before_title (void)
{
  g_autoptr(BaogaoDocument) doc = analyze_text (
    "Summary: work report of the Standing Committee for 2021 (delivered 8 March 2022); 19 laws enacted, 31 amended.\n"
    "某某省人民代表大会常务委员会工作报告\n"
    "——2022年1月8日在某某省第十三届人民代表大会第六次会议上\n"
    "\n"
    "各位代表：\n"
    "\n"
    "我代表省人大常委会报告工作，请予审议。\n");

  g_assert_cmpstr (baogao_document_get_metadata (doc, "title"), ==, "某某省人民代表大会常务委员会工作报告");
  g_assert_cmpstr (baogao_document_get_metadata (doc, "region"), ==, "某某省");
  g_assert_cmpint (baogao_document_get_metadata_int (doc, "year_reported", 0), ==, 2021);
}

/* A term's last report that closes with its proposals for the next five
 * years (对今后五年工作的建议), after sections and no part before: a part
 * of plans */
static void
test_term_plans_next_five_years (void)
{
  g_autoptr(BaogaoDocument) doc = analyze_text (
    "某某省人民代表大会常务委员会工作报告\n"
    "\n"
    "一、坚持立法为民\n"
    "\n"
    "五年来，制定地方性法规60件。\n"
    "\n"
    "二、依法正确有效监督\n"
    "\n"
    "五年来，开展执法检查30次。\n"
    "\n"
    "对今后五年工作的建议\n"
    "\n"
    "新一届常委会要继续围绕中心，建议五年内制定修改法规100件左右。\n");
  g_autoptr(GPtrArray) parts = get (doc, "structure.part");

  g_assert_cmpuint (parts->len, >=, 1);
  g_assert_cmpstr (baogao_annotation_get_string (nth (parts, parts->len - 1), "heading"), ==, "对今后五年工作的建议");
  g_assert_cmpstr (baogao_annotation_get_string (nth (parts, parts->len - 1), "topic"), ==, "plans");

  check_invariants (doc);
}

/* A report given in a year's second half (at a term's end in December)
 * reviews that same year: a subsection headed with it (（四）2021年监督工
 * 作。) is the year's work, not plans */
static void
test_late_year_subsection_heading (void)
{
  g_autoptr(BaogaoDocument) doc = analyze_text (
    "某某县人民代表大会常务委员会工作报告\n"
    "\n"
    "——2021年12月28日在某某县第十八届人民代表大会第一次会议上\n"
    "\n"
    "一、依法开展监督\n"
    "\n"
    "五年来，常委会听取审议专项工作报告87个。\n"
    "\n"
    "（一）聚焦民生改善。持续开展监督，推动补齐民生短板。\n"
    "\n"
    "（二）2021年监督工作。今年，常委会听取审议报告14个，开展执法检查3次。\n");
  g_autoptr(GPtrArray) subsections = get (doc, "structure.subsection");

  g_assert_cmpuint (subsections->len, ==, 2);
  g_assert_cmpstr (baogao_annotation_get_string (nth (subsections, 1), "topic"), !=, "plans");

  check_invariants (doc);
}

/* Sections set as bulleted lines with no number (◆良法善治　在立法引领
 * 上见实效), as some congresses' web copies set them: sections, their
 * topics read from their words; a box's bulleted figures are none */
static void
test_bulleted_section_headings (void)
{
  g_autoptr(BaogaoDocument) doc = analyze_text (
    "某某市人民代表大会常务委员会工作报告\n"
    "\n"
    "——2025年1月8日在某某市第五届人民代表大会第五次会议上\n"
    "\n"
    "各位代表：\n"
    "\n"
    "◆强根铸魂　在政治引领上作表率\n"
    "\n"
    "常委会党组全年召开党组会议19次。\n"
    "\n"
    "◆良法善治　在立法引领上见实效\n"
    "\n"
    "审议通过地方性法规4件。\n"
    "\n"
    "◆聚焦高质量发展，彰显监督刚性\n"
    "\n"
    "听取审议专项工作报告12个，开展执法检查3次。\n"
    "\n"
    "◆锻造过硬队伍　在自身建设上树标杆\n"
    "\n"
    "机关党组举办读书班2期。\n"
    "\n"
    "■常委会会议　8次\n"
    "\n"
    "■召开主任会议十六次\n");
  g_autoptr(GPtrArray) sections = get (doc, "structure.section");

  g_assert_cmpuint (sections->len, ==, 4);
  g_assert_cmpstr (baogao_annotation_get_string (nth (sections, 0), "topic"), ==, "political");
  g_assert_cmpstr (baogao_annotation_get_string (nth (sections, 1), "topic"), ==, "legislation");
  g_assert_cmpstr (baogao_annotation_get_string (nth (sections, 2), "topic"), ==, "oversight");
  g_assert_cmpstr (baogao_annotation_get_string (nth (sections, 3), "topic"), ==, "self_building");

  check_invariants (doc);
}

/* Bulleted lines in a report numbered with （一） or 一、 are items or
 * highlights inside its units, never its sections; nor are a box's lines
 * with counts in numerals (■召开常委会会议八次) */
static void
test_bullets_in_numbered_reports (void)
{
  g_autoptr(BaogaoDocument) doc = analyze_text (
    "某某县人民代表大会常务委员会工作报告\n"
    "\n"
    "——2024年1月8日在某某县第十八届人民代表大会第三次会议上\n"
    "\n"
    "各位代表：\n"
    "\n"
    "◆ 立法监督并重　代表工作出彩\n"
    "\n"
    "（一）依法开展监督\n"
    "\n"
    "听取审议专项工作报告12个。\n"
    "\n"
    "● 聚焦代表履职培训\n"
    "\n"
    "举办代表培训班3期。\n"
    "\n"
    "（二）加强自身建设\n"
    "\n"
    "■召开常委会会议八次\n");
  g_autoptr(GPtrArray) sections = get (doc, "structure.section");

  for (guint i = 0; i < sections->len; i++)
    {
      const char *heading = baogao_annotation_get_string (nth (sections, i), "heading");

      g_assert_null (strstr (heading, "代表工作出彩"));
      g_assert_null (strstr (heading, "履职培训"));
      g_assert_null (strstr (heading, "常委会会议"));
    }

  check_invariants (doc);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  if (argc > 1)
    fixture_dir = argv[1];
  else
    fixture_dir = g_getenv ("STRUCTURE_FIXTURE_DIR");
  if (fixture_dir == NULL)
    g_error ("usage: test-structure FIXTURE-DIR");

  g_test_add_func ("/structure/parser/date", test_parse_date);
  g_test_add_func ("/structure/parser/topic", test_score_topic);
  g_test_add_func ("/structure/parser/random", test_parse_random);
  g_test_add_func ("/structure/parser/stop-marks", test_stop_marks);
  g_test_add_func ("/structure/provincial", test_provincial);
  g_test_add_func ("/structure/national", test_national);
  g_test_add_func ("/structure/municipal", test_municipal);
  g_test_add_func ("/structure/missing-ordinal", test_missing_ordinal);
  g_test_add_func ("/structure/numbered-parts", test_numbered_parts);
  g_test_add_func ("/structure/numbered-parts-follow", test_numbered_parts_follow);
  g_test_add_func ("/structure/paren-top", test_paren_top);
  g_test_add_func ("/structure/ordinal-words", test_ordinal_words);
  g_test_add_func ("/structure/term-report", test_term_report);
  g_test_add_func ("/structure/whole-term-opening", test_whole_term_opening);
  g_test_add_func ("/structure/term-year-sections", test_term_year_sections);
  g_test_add_func ("/structure/meeting-month-only", test_meeting_month_only);
  g_test_add_func ("/structure/latin-line-before-title", test_latin_line_before_title);
  g_test_add_func ("/structure/late-year-term", test_late_year_term);
  g_test_add_func ("/structure/arabic-inline", test_arabic_inline);
  g_test_add_func ("/structure/term-paragraph-part", test_term_paragraph_part);
  g_test_add_func ("/structure/subsections", test_subsections);
  g_test_add_func ("/structure/arabic-units", test_arabic_units);
  g_test_add_func ("/structure/body-topic", test_body_topic);
  g_test_add_func ("/structure/ascii-period", test_ascii_period);
  g_test_add_func ("/structure/title-variants", test_title_variants);
  g_test_add_func ("/structure/bracket-headings", test_bracket_headings);
  g_test_add_func ("/structure/units-inside-promoted-sections", test_units_inside_promoted_sections);
  g_test_add_func ("/structure/figures-box-between-sections", test_figures_box_between_sections);
  g_test_add_func ("/structure/comma-numbers", test_comma_numbers);
  g_test_add_func ("/structure/run-in-headings", test_run_in_headings);
  g_test_add_func ("/structure/spaced-numbers-and-other-brackets", test_spaced_numbers_and_other_brackets);
  g_test_add_func ("/structure/term-parts-naming-work", test_term_parts_naming_work);
  g_test_add_func ("/structure/outlook-sections", test_outlook_sections);
  g_test_add_func ("/structure/unstructured", test_unstructured);
  g_test_add_func ("/structure/edge-inputs", test_edge_inputs);
  g_test_add_func ("/structure/bullet-lines-stay-apart", test_bullet_lines_stay_apart);
  g_test_add_func ("/structure/term-plans-next-five-years", test_term_plans_next_five_years);
  g_test_add_func ("/structure/late-year-subsection-heading", test_late_year_subsection_heading);
  g_test_add_func ("/structure/bulleted-section-headings", test_bulleted_section_headings);
  g_test_add_func ("/structure/bullets-in-numbered-reports", test_bullets_in_numbered_reports);
  g_test_add_func ("/structure/gold", test_gold);

  return g_test_run ();
}

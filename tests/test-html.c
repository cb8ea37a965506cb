/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/* Tests of the HTML reader: sniffing, charsets, main-text extraction,
 * white space, bad input and large pages. The pages are in data/html. */

#include <string.h>

#include "baogao-html-reader-private.h"
#include <baogao/baogao-error.h>

/* ---- Test data ---------------------------------------------------------- */

static char *data_dir;

static gboolean
is_data_dir (const char *dir)
{
  g_autofree char *probe = g_build_filename (dir, "trs-utf8.html", NULL);

  return g_file_test (probe, G_FILE_TEST_IS_REGULAR);
}

/* data/html beside this source file. G_TEST_SRCDIR when set; otherwise
 * __FILE__, which meson makes relative to the build root: tried against the
 * current directory and the directories above the executable. */
static char *
find_data_dir (const char *argv0)
{
  g_autofree char *source_dir = g_path_get_dirname (__FILE__);
  g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *exe_dir = NULL;
  g_autofree char *cwd = g_get_current_dir ();
  const char *srcdir = g_getenv ("G_TEST_SRCDIR");
  g_autoptr(GPtrArray) bases = g_ptr_array_new_with_free_func (g_free);
  guint i;

  if (srcdir != NULL)
    {
      char *dir = g_build_filename (srcdir, "data", "html", NULL);

      if (is_data_dir (dir))
        return dir;
      g_free (dir);
    }

  if (g_path_is_absolute (source_dir))
    {
      char *dir = g_build_filename (source_dir, "data", "html", NULL);

      if (is_data_dir (dir))
        return dir;
      g_free (dir);
    }

  exe_dir = g_path_get_dirname (exe != NULL ? exe : argv0);
  g_ptr_array_add (bases, g_strdup (cwd));
  g_ptr_array_add (bases, g_strdup (exe_dir));
  g_ptr_array_add (bases, g_build_filename (exe_dir, "..", NULL));
  g_ptr_array_add (bases, g_build_filename (exe_dir, "..", "..", NULL));

  for (i = 0; i < bases->len; i++)
    {
      char *dir = g_build_filename (g_ptr_array_index (bases, i), source_dir,
                                    "data", "html", NULL);

      if (is_data_dir (dir))
        return dir;
      g_free (dir);
    }

  return NULL;
}

static GBytes *
load_page (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_assert_nonnull (data_dir);
  path = g_build_filename (data_dir, name, NULL);
  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

/* ---- Helpers ------------------------------------------------------------ */

/* A string literal and its length, NULs included */
#define LITERAL(s) (s), (sizeof (s) - 1)

/* What every extracted text satisfies */
static void
check_text (const BaogaoDecoded *out)
{
  const char *line;

  g_assert_nonnull (out->text);
  g_assert_nonnull (out->encoding);
  g_assert_cmpuint (strlen (out->text), ==, out->length);
  g_assert_true (g_utf8_validate_len (out->text, out->length, NULL));
  g_assert_null (strchr (out->text, '\r'));
  if (out->length > 0)
    g_assert_cmpint (out->text[out->length - 1], ==, '\n');

  for (line = out->text; *line != '\0'; line = strchr (line, '\n') + 1)
    {
      const char *eol = strchr (line, '\n');

      g_assert_true (eol > line);                           /* not empty */
      g_assert_false (g_ascii_isspace (line[0]));
      g_assert_false (g_ascii_isspace (eol[-1]));
      g_assert_false (g_str_has_prefix (line, "\xe3\x80\x80"));  /* U+3000 */
    }
}

static gboolean
extract (const void     *data,
         gsize           length,
         const char     *encoding,
         BaogaoDecoded  *out,
         GError        **error)
{
  gboolean ok = baogao_html_extract (data, length, encoding, out, error);

  if (ok)
    check_text (out);
  else
    {
      if (error != NULL)
        g_assert_nonnull (*error);
      g_assert_null (out->text);
      g_assert_null (out->encoding);
    }

  return ok;
}

static void
assert_extracts (const void *data,
                 gsize       length,
                 const char *encoding,
                 const char *expected_text,
                 const char *expected_encoding)
{
  g_autoptr(GError) error = NULL;
  BaogaoDecoded out;

  extract (data, length, encoding, &out, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (out.text, ==, expected_text);
  if (expected_encoding != NULL)
    g_assert_cmpstr (out.encoding, ==, expected_encoding);
  baogao_decoded_clear (&out);
}

static void
assert_extracts_string (const char *html,
                        const char *expected_text)
{
  assert_extracts (html, strlen (html), NULL, expected_text, "UTF-8");
}

static void
assert_page (const char *name,
             const char *expected_text,
             const char *expected_encoding)
{
  g_autoptr(GBytes) page = load_page (name);

  g_assert_true (baogao_html_sniff (g_bytes_get_data (page, NULL),
                                    g_bytes_get_size (page)));
  assert_extracts (g_bytes_get_data (page, NULL), g_bytes_get_size (page),
                   NULL, expected_text, expected_encoding);
}

/* @page with @from replaced by @to, converted to @charset */
static GBytes *
rewrite_page (GBytes     *page,
              const char *from,
              const char *to,
              const char *charset)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = g_strndup (g_bytes_get_data (page, NULL),
                                     g_bytes_get_size (page));
  g_autoptr(GString) rewritten = g_string_new (text);
  char *converted;
  gsize length = 0;

  if (from != NULL)
    g_assert_cmpuint (g_string_replace (rewritten, from, to, 1), ==, 1);

  converted = g_convert (rewritten->str, rewritten->len, charset, "UTF-8",
                         NULL, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (converted, length);
}

/* ---- Pages -------------------------------------------------------------- */

#define TRS_TEXT \
  "某省人民代表大会常务委员会工作报告\n" \
  "各位代表：\n" \
  "现在，我代表省人民代表大会常务委员会向大会报告工作，请予审议。\n" \
  "一年来，常委会共制定地方性法规12件，修改8件，废止3件，批准设区的市法规" \
  "和自治条例、单行条例27件。\n" \
  "常委会听取审议专项工作报告15个，开展执法检查6次，组织专题询问2次，" \
  "进行专题调研9项。\n" \
  "常委会坚持代表主体地位，全年邀请省人大代表列席常委会会议136人次，" \
  "办理代表建议 718件，办结率100%。\n" \
  "常委会加强自身建设，举办代表履职学习班4期，培训代表620人次。\n" \
  "新的一年，我们将在省委坚强领导下，依法履职、开拓进取，为全省高质量" \
  "发展作出新的更大贡献！\n"

#define UTF8_META "<meta charset=\"utf-8\">"

static void
test_page_trs_utf8 (void)
{
  assert_page ("trs-utf8.html", TRS_TEXT, "UTF-8");
}

/* The same page saved as GB2312 (GBK), declared by http-equiv */
static void
test_page_trs_gb2312 (void)
{
  g_autoptr(GBytes) page = load_page ("trs-utf8.html");
  g_autoptr(GBytes) gbk = rewrite_page (page, UTF8_META,
    "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">",
    "GBK");

  g_assert_true (baogao_html_sniff (g_bytes_get_data (gbk, NULL),
                                    g_bytes_get_size (gbk)));
  assert_extracts (g_bytes_get_data (gbk, NULL), g_bytes_get_size (gbk), NULL,
                   TRS_TEXT, "GB18030");
}

/* Declared GBK spellings all read as GB18030 */
static void
test_charset_aliases (void)
{
  static const char * const names[] = {
    "gbk", "GB2312", "gb_2312-80", "x-gbk", "cp936", "GB18030", "EUC-CN",
  };
  g_autoptr(GBytes) page = load_page ("trs-utf8.html");
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *meta = g_strdup_printf ("<meta charset='%s' />",
                                               names[i]);
      g_autoptr(GBytes) gbk = rewrite_page (page, UTF8_META, meta, "GBK");

      assert_extracts (g_bytes_get_data (gbk, NULL), g_bytes_get_size (gbk),
                       NULL, TRS_TEXT, "GB18030");
    }
}

/* No declaration at all: sniffed */
static void
test_page_gbk_sniffed (void)
{
  g_autoptr(GBytes) page = load_page ("trs-utf8.html");
  g_autoptr(GBytes) gbk = rewrite_page (page, UTF8_META, "", "GBK");

  assert_extracts (g_bytes_get_data (gbk, NULL), g_bytes_get_size (gbk), NULL,
                   TRS_TEXT, "GB18030");

  /* A committed GBK file, with full-width digits */
  assert_page ("nocharset-gbk.html",
               "县人大常委会工作报告\n"
               "各位代表：\n"
               "过去一年，县人大常委会召开常委会会议７次，听取和审议“一府一委"
               "两院”工作报告１８项。\n"
               "常委会组织执法检查３次，对《中华人民共和国环境保护法》等法律在"
               "本县的实施情况进行检查。\n"
               "常委会开展代表“家站点”建设，全县共建成代表联络站２２个。\n",
               "GB18030");
}

/* A page that declares UTF-8 but is GBK: the bytes win */
static void
test_page_wrong_declaration (void)
{
  g_autoptr(GBytes) page = load_page ("trs-utf8.html");
  g_autoptr(GBytes) gbk = rewrite_page (page, NULL, NULL, "GBK");

  assert_extracts (g_bytes_get_data (gbk, NULL), g_bytes_get_size (gbk), NULL,
                   TRS_TEXT, "GB18030");
}

static void
test_forced_encoding (void)
{
  g_autoptr(GBytes) page = load_page ("trs-utf8.html");
  g_autoptr(GBytes) gbk = rewrite_page (page, NULL, NULL, "GBK");
  g_autoptr(GError) error = NULL;
  BaogaoDecoded out;

  /* Forced wins over the (wrong) declaration */
  assert_extracts (g_bytes_get_data (gbk, NULL), g_bytes_get_size (gbk),
                   "GBK", TRS_TEXT, "GB18030");
  assert_extracts (g_bytes_get_data (page, NULL), g_bytes_get_size (page),
                   "utf8", TRS_TEXT, "UTF-8");

  /* GBK forced to be UTF-8 is mostly bad bytes */
  g_assert_false (extract (g_bytes_get_data (gbk, NULL),
                           g_bytes_get_size (gbk), "UTF-8", &out, &error));
  g_assert_error (error, BAOGAO_ERROR, BAOGAO_ERROR_INVALID_ENCODING);
  g_test_message ("%s", error->message);
  g_clear_error (&error);

  g_assert_false (extract (g_bytes_get_data (page, NULL),
                           g_bytes_get_size (page), "X-NO-SUCH-CHARSET", &out,
                           &error));
  g_assert_error (error, BAOGAO_ERROR, BAOGAO_ERROR_INVALID_ENCODING);
  g_assert_nonnull (strstr (error->message, "X-NO-SUCH-CHARSET"));
  g_clear_error (&error);

  g_assert_false (extract (g_bytes_get_data (page, NULL),
                           g_bytes_get_size (page), " ", &out, &error));
  g_assert_error (error, BAOGAO_ERROR, BAOGAO_ERROR_INVALID_ENCODING);
}

static void
test_page_plain_p (void)
{
  /* No marker: the densest block is the body; the link bar, the
   * previous/next links and the page tools go */
  assert_page ("plain-p.html",
               "关于某市人大常委会2023年工作情况的报告\n"
               "——2024年1月10日在某市第十七届人民代表大会第三次会议上\n"
               "各位代表：\n"
               "2023年，市人大常委会紧紧围绕全市中心工作，认真履行宪法和法律"
               "赋予的职责。\n"
               "全年共召开常委会会议8次、主任会议20次，审议各类议题64项，作出"
               "决议决定11项。\n"
               "我们把立法工作放在突出位置，制定《某市文明行为促进条例》等法规"
               "3件。\n"
               "我们依法任免国家机关工作人员43人次，组织宪法宣誓活动5场。\n"
               "回顾一年来的工作，我们深刻体会到，必须始终坚持党的领导。\n",
               "UTF-8");
}

static void
test_page_br (void)
{
  /* &nbsp; and U+3000 indentation, empty lines between <br>s */
  assert_page ("br.html",
               "常委会工作报告（摘要）\n"
               "一、围绕中心大局，依法开展监督\n"
               "过去一年，常委会听取和审议县人民政府关于预算执行、审计工作等"
               "报告9项。\n"
               "二、坚持民主立法，积极参与地方立法\n"
               "常委会认真研究上级人大转来的法规草案5件，提出修改意见21条。\n"
               "三、尊重代表主体地位，强化代表服务保障\n"
               "全年组织代表视察调研11次，县人大代表提出的86件建议全部办复。\n",
               "UTF-8");
}

static void
test_page_table (void)
{
  assert_page ("table.html",
               "某省人大常委会2023年履职情况统计\n"
               "常委会2023年主要履职数据如下：\n"
               "项目\t数量\t同比\n"
               "制定法规\t12件\t增加2件\n"
               "修改法规\t8件\n"
               "执法检查\t6次\t持平\n"
               "办理代表建议\t718件\t减少15件\n"
               "以上数据截至2023年12月31日。\n",
               "UTF-8");
}

static void
test_page_line_breaks (void)
{
  /* Source line breaks between Chinese characters are not spaces; between
   * Latin words they are; a pre keeps its lines and inner spaces */
  assert_page ("linebreaks.html",
               "某市人大常委会工作报告\n"
               "一年来，常委会坚持依法履职，全年共审议法规草案9件，其中通过"
               "7件。\n"
               "常委会组织开展“优化营商环境”专题询问，推动解决一批群众关心的"
               "问题。\n"
               "常委会推进Baogao report system建设，共采集数据3500条，覆盖全部"
               "16个区县。\n"
               "附表一  代表议案\n"
               "附表二  代表建议\n",
               "UTF-8");
}

static void
test_page_layout_form (void)
{
  /* Everything in an ASP.NET form and layout tables: the form stays, the
   * marked div wins over the title cell, the date line and the menus */
  assert_page ("layout-form.html",
               "某自治区人大常委会工作报告\n"
               "各位代表：\n"
               "过去的一年，是全面贯彻党的二十大精神的开局之年。\n"
               "一年来，常委会制定条例4件，修改条例6件，审查批准单行条例2件。\n"
               "常委会加强预算审查监督，听取审议计划、预算、审计等报告7个。\n"
               "常委会密切同人大代表的联系，组织代表开展集中视察3次。\n",
               "UTF-8");
}

static void
test_page_density (void)
{
  /* Markers only on a small box: the paragraphs' div wins; a hidden div
   * goes; the heading above it is the title */
  assert_page ("density.html",
               "人大常委会工作报告全文\n"
               "各位代表：\n"
               "一年来，常委会认真贯彻中央和省委决策部署，扎实做好立法、监督、"
               "代表等各项工作。\n"
               "常委会把高质量立法作为重要任务，全年审议法规案14件，通过11件。\n"
               "常委会围绕经济社会发展中的重大问题，综合运用听取报告、执法检查、"
               "专题询问等方式开展监督。\n",
               "UTF-8");
}

/* ---- Details ------------------------------------------------------------ */

static void
test_whitespace (void)
{
  /* Runs become one space; line breaks next to Chinese go */
  assert_extracts_string ("<p>常委会 \t 审议\n通过\n 了 law  and\n\tregulation"
                          "</p>",
                          "常委会 审议通过了 law and regulation\n");
  /* A space between Chinese words stays, as in a plain-text report */
  assert_extracts_string ("<p>常委会副主任 王永康&nbsp;&nbsp;作报告</p>",
                          "常委会副主任 王永康 作报告\n");
  /* A line break next to Chinese goes; a plain space stays */
  assert_extracts_string ("<p>制定法规\n12件，修改 8 件</p>",
                          "制定法规12件，修改 8 件\n");
  /* Spaces around Chinese punctuation and quotes go, not next to Latin */
  assert_extracts_string ("<p>开展 “放管服” 改革 ， 成效明显 。 OK 。</p>",
                          "开展“放管服”改革，成效明显。 OK 。\n");
  /* Entities; &nbsp; is a space; zero-width spaces go */
  assert_extracts_string ("<p>&ldquo;十四五&rdquo;规划&mdash;&mdash;中期"
                          "&nbsp;&nbsp;评估&#8203;报告&amp;附件</p>",
                          "“十四五”规划——中期 评估报告&附件\n");
  /* U+3000 indents; inside a paragraph it stays */
  assert_extracts_string ("<p>\xe3\x80\x80\xe3\x80\x80第一条\xe3\x80\x80"
                          "为了规范工作</p>",
                          "第一条\xe3\x80\x80为了规范工作\n");
  /* Inline elements do not break; blocks and br do */
  assert_extracts_string ("<div>常委会<b>听取</b><span>报告</span><br>"
                          "审议<div>意见</div>通过</div>",
                          "常委会听取报告\n审议\n意见\n通过\n");
  /* Lists and headings */
  assert_extracts_string ("<div><h2>一、立法</h2><p>常委会审议法规。</p>"
                          "<ul><li>制定条例</li><li>修改条例</li></ul>"
                          "<dl><dt>监督</dt><dd>执法检查</dd></dl></div>",
                          "一、立法\n常委会审议法规。\n制定条例\n修改条例\n"
                          "监督\n执法检查\n");
  /* CRLF pre */
  assert_extracts_string ("<pre>第一行\r\n  第二行  有空格\r\n\r\n第三行</pre>",
                          "第一行\n第二行  有空格\n第三行\n");
}

static void
test_furniture (void)
{
  /* Every kind of furniture goes */
  assert_extracts_string (
    "<html><head><title>工作报告</title><style>p{}</style></head><body>"
    "<header>网站头部</header><nav>导航栏</nav>"
    "<div class=\"breadcrumb\">当前位置</div>"
    "<div id=\"SideBar\">侧边栏</div>"
    "<div class=\"share-box\">分享按钮</div>"
    "<div class=\"top-menu\">菜单</div>"
    "<form action=\"/s\"><input value=\"搜索框\"><button>搜索</button>"
    "<select><option>选项</option></select></form>"
    "<script>var a = '脚本';</script><noscript>无脚本</noscript>"
    "<iframe>内嵌框架</iframe>"
    "<aside>旁注</aside>"
    "<p>常委会全年审议法规草案九件。</p>"
    "<p hidden>隐藏段落</p>"
    "<p style=\"DISPLAY: none\">隐藏段落</p>"
    "<p style=\"visibility:hidden\">隐藏段落</p>"
    "<div role=\"navigation\">角色导航</div>"
    "<div class=\"copyright\">版权所有</div>"
    "<footer>页脚</footer></body></html>",
    "工作报告\n常委会全年审议法规草案九件。\n");

  /* A form that holds the page stays; a nav inside it still goes */
  assert_extracts_string (
    "<body><form id=\"form1\"><nav>导航栏</nav>"
    "<p>常委会全年审议法规草案九件。</p>"
    "<p>常委会开展执法检查六次。</p></form></body>",
    "常委会全年审议法规草案九件。\n常委会开展执法检查六次。\n");

  /* So does a wrapper whose class names furniture */
  assert_extracts_string (
    "<body><div class=\"page has-sidebar\">"
    "<div class=\"sidebar\"><a href=\"/1\">链接一</a></div>"
    "<p>常委会全年审议法规草案九件。</p></div></body>",
    "常委会全年审议法规草案九件。\n");

  /* Link lists in the article go; a paragraph with one link stays */
  assert_extracts_string (
    "<body><div class=\"content\">"
    "<p>常委会全年审议法规草案九件，详见<a href=\"/f\">附件</a>。</p>"
    "<ul><li><a href=\"/1\">相关报道一</a></li>"
    "<li><a href=\"/2\">相关报道二</a></li></ul>"
    "<p>【打印本页】【关闭窗口】</p>"
    "<p>字号：大 中 小</p>"
    "<p>大 中 小</p>"
    "</div></body>",
    "常委会全年审议法规草案九件，详见附件。\n大 中 小\n");
}

static void
test_main_text_choice (void)
{
  /* The marked element with the most text, narrowed to the inner marker
   * that holds it; the date line beside it goes */
  assert_extracts_string (
    "<body><div class=\"main\"><h1>报告</h1><div>发布日期：2024年</div>"
    "<div id=\"zoom\"><p>常委会全年审议法规草案九件。</p>"
    "<p>常委会开展执法检查六次，专题询问两次。</p>"
    "<p>常委会听取审议专项工作报告十五个。</p></div></div>"
    "<div class=\"content\">另一个很短的框</div></body>",
    "常委会全年审议法规草案九件。\n常委会开展执法检查六次，专题询问两次。\n"
    "常委会听取审议专项工作报告十五个。\n");

  /* A marker with little text loses to a dense block */
  assert_extracts_string (
    "<body><div class=\"text-center\">标题</div>"
    "<div><p>常委会全年审议法规草案九件。</p>"
    "<p>常委会开展执法检查六次，专题询问两次。</p></div></body>",
    "常委会全年审议法规草案九件。\n常委会开展执法检查六次，专题询问两次。\n");

  /* Text directly in the body, no paragraphs */
  assert_extracts_string ("<body>常委会全年审议法规草案九件。<br>"
                          "开展执法检查六次。</body>",
                          "常委会全年审议法规草案九件。\n开展执法检查六次。\n");

  /* Pages without Chinese are measured in visible characters */
  assert_extracts_string (
    "<body><div class=\"menu\"><a href=\"/\">Home</a> <a href=\"/a\">About</a>"
    "</div><div><p>The standing committee adopted nine laws.</p>"
    "<p>It held six inspections.</p></div></body>",
    "The standing committee adopted nine laws.\nIt held six inspections.\n");
}

static void
test_title (void)
{
  /* The site name goes, after _ | or a dash when it names a site */
  assert_extracts_string ("<title>工作报告_频道_中国人大网</title><p>正文。</p>",
                          "工作报告\n正文。\n");
  assert_extracts_string ("<title>工作报告 | 某省人大</title><p>正文。</p>",
                          "工作报告\n正文。\n");
  assert_extracts_string ("<title>工作报告 - 某市人大常委会</title><p>正文。</p>",
                          "工作报告\n正文。\n");
  /* A dash that is part of the title stays */
  assert_extracts_string ("<title>立法工作——回顾与展望</title><p>正文。</p>",
                          "立法工作——回顾与展望\n正文。\n");
  assert_extracts_string ("<title>2024-01-25</title><p>正文。</p>",
                          "2024-01-25\n正文。\n");
  /* Not repeated when the text starts with it, alone, later or split */
  assert_extracts_string ("<title>工作报告</title><h1>工作 报告</h1><p>正文。</p>",
                          "工作 报告\n正文。\n");
  assert_extracts_string ("<title>工作报告</title><p>某日</p><h1>工作报告</h1>"
                          "<p>正文。</p>",
                          "某日\n工作报告\n正文。\n");
  assert_extracts_string ("<title>某省人大常委会工作报告</title>"
                          "<h1>某省人大常委会<br>工作报告</h1><p>正文。</p>",
                          "某省人大常委会\n工作报告\n正文。\n");
  /* Empty or missing */
  assert_extracts_string ("<title> </title><p>正文。</p>", "正文。\n");
  assert_extracts_string ("<p>正文。</p>", "正文。\n");
}

static void
test_sniff (void)
{
  static const char * const html[] = {
    "<!DOCTYPE html><html><body>x</body></html>",
    "<!doctype HTML>",
    "\xef\xbb\xbf  \n<html>",
    "<HEAD><TITLE>x</TITLE></HEAD>",
    "<meta charset=gbk>",
    "<!-- comment --><div>x</div>",
    "<p>段落</p>",
    "<P\n>x",
    "<?xml version=\"1.0\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0\">",
    "<body>",
  };
  static const char * const not_html[] = {
    "",
    "   ",
    "各位代表：\n<p>不是以尖括号开头</p>",
    "{\"format\": \"baogao-document/1\"}",
    "<?xml version=\"1.0\"?><rss><channel><title>x</title></channel></rss>",
    "<pre>x</pre>",
    "<param>",
    "<b>bold</b>",
  };
  /* "<html>" in UTF-16LE with its mark */
  static const guint8 utf16[] = {
    0xff, 0xfe, '<', 0, 'h', 0, 't', 0, 'm', 0, 'l', 0, '>', 0,
  };
  static const guint8 utf16be[] = {
    0xfe, 0xff, 0, ' ', 0, '<', 0, 'P', 0, '>',
  };
  static const guint8 utf16_text[] = {
    0xff, 0xfe, 0x04, 0x54, '<', 0, 'p', 0, '>', 0,
  };
  g_autofree char *late = NULL;
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (html); i++)
    g_assert_true (baogao_html_sniff ((const guint8 *) html[i],
                                      strlen (html[i])));
  for (i = 0; i < G_N_ELEMENTS (not_html); i++)
    g_assert_false (baogao_html_sniff ((const guint8 *) not_html[i],
                                       strlen (not_html[i])));

  g_assert_true (baogao_html_sniff (utf16, sizeof utf16));
  g_assert_true (baogao_html_sniff (utf16be, sizeof utf16be));
  g_assert_false (baogao_html_sniff (utf16_text, sizeof utf16_text));
  g_assert_false (baogao_html_sniff (NULL, 0));

  /* Only the first KiB is looked at */
  late = g_strdup_printf ("<b>%*s<html>", 2000, "");
  g_assert_false (baogao_html_sniff ((const guint8 *) late, strlen (late)));
}

static void
test_utf16 (void)
{
  const char *html = "<html><head><meta charset=\"gbk\"></head>"
                     "<body><p>各位代表：</p></body></html>";
  g_autoptr(GError) error = NULL;
  gsize length = 0;
  g_autofree char *utf16 = g_convert (html, -1, "UTF-16LE", "UTF-8", NULL,
                                      &length, &error);
  g_autofree char *with_bom = NULL;

  g_assert_no_error (error);
  with_bom = g_malloc (length + 2);
  with_bom[0] = '\xff';
  with_bom[1] = '\xfe';
  memcpy (with_bom + 2, utf16, length);

  assert_extracts (with_bom, length + 2, NULL, "各位代表：\n", "UTF-16LE");

  /* A UTF-8 mark */
  assert_extracts (LITERAL ("\xef\xbb\xbf<p>各位代表：</p>"), NULL,
                   "各位代表：\n", "UTF-8");
}

static void
test_bad_bytes (void)
{
  g_autoptr(GError) error = NULL;
  BaogaoDecoded out;
  guint8 garbage[4096];
  gsize i;

  /* Empty input is an error, a page without text is not */
  g_assert_false (extract ("", 0, NULL, &out, &error));
  g_assert_error (error, BAOGAO_ERROR, BAOGAO_ERROR_FAILED);
  g_clear_error (&error);

  assert_extracts_string ("   \n ", "");
  assert_extracts_string ("<html></html>", "");
  assert_extracts_string ("<html><body><nav>导航</nav><script>x</script>"
                          "</body></html>", "");
  assert_extracts_string ("<frameset><frame src=\"a.html\"></frameset>", "");

  /* A few bad bytes in UTF-8 (a page cut short) become U+FFFD */
  assert_extracts (LITERAL ("<p>常委会\xff审议</p>"), NULL,
                   "常委会\xef\xbf\xbd审议\n", "UTF-8");
  assert_extracts (LITERAL ("<p>常委会审议通过了有关决定</p><p>报告\xe5\xb7"),
                   NULL, "常委会审议通过了有关决定\n报告\xef\xbf\xbd\n",
                   "UTF-8");

  /* NULs and control characters go */
  assert_extracts (LITERAL ("<p>常委\0会\x01审议</p>"), NULL, "常委会审议\n",
                   "UTF-8");

  /* Many bad bytes between good characters: replacements outgrow the
   * conversion buffer at every possible offset */
  for (i = 1; i <= 12; i++)
    {
      g_autoptr(GString) gbk = g_string_new (NULL);
      guint k, m;

      for (k = 0; k < 300; k++)
        {
          for (m = 0; m < i; m++)
            g_string_append (gbk, "\xb3\xa3");  /* 常 */
          g_string_append_c (gbk, '\xff');
        }
      if (extract (gbk->str, gbk->len, "GB18030", &out, &error))
        baogao_decoded_clear (&out);
      g_clear_error (&error);
    }

  /* Binary data is refused */
  for (i = 0; i < sizeof garbage; i++)
    garbage[i] = (i % 3 == 0) ? 0 : (guint8) (i * 7);
  g_assert_false (extract (garbage, sizeof garbage, NULL, &out, &error));
  g_assert_error (error, BAOGAO_ERROR, BAOGAO_ERROR_BINARY_DATA);
  g_test_message ("%s", error->message);
  g_clear_error (&error);

  g_assert_false (extract (garbage, sizeof garbage, "GBK", &out, &error));
  g_assert_error (error, BAOGAO_ERROR, BAOGAO_ERROR_BINARY_DATA);
  g_clear_error (&error);

  /* So is what is neither UTF-8 nor GB18030 */
  for (i = 0; i < sizeof garbage; i++)
    garbage[i] = (i % 2 == 0) ? 0xff : (guint8) (0x80 + i % 0x40);
  g_assert_false (extract (garbage, sizeof garbage, NULL, &out, &error));
  g_assert_error (error, BAOGAO_ERROR, BAOGAO_ERROR_INVALID_ENCODING);
  g_test_message ("%s", error->message);
  g_clear_error (&error);
}

/* Random bytes, and pages cut and mutated at random: no crash, and either an
 * error or text that passes check_text() */
static void
test_garbage (void)
{
  static const char * const names[] = {
    "trs-utf8.html", "nocharset-gbk.html", "table.html", "layout-form.html",
  };
  GRand *rand = g_rand_new_with_seed (20260101);
  guint round;

  for (round = 0; round < 400; round++)
    {
      g_autoptr(GBytes) page = load_page (names[round % G_N_ELEMENTS (names)]);
      gsize length = g_bytes_get_size (page);
      g_autofree guint8 *data = g_memdup2 (g_bytes_get_data (page, NULL),
                                           length);
      g_autoptr(GError) error = NULL;
      BaogaoDecoded out;
      guint n_mutations = g_rand_int_range (rand, 0, 40);
      guint i;

      if (round % 4 == 3)
        {
          for (i = 0; i < length; i++)
            data[i] = (guint8) g_rand_int (rand);
        }
      else
        {
          for (i = 0; i < n_mutations; i++)
            {
              static const char * const insert[] = {
                "<", ">", "</div>", "<p>", "&", "\"", "<!--", "<table>",
                "<pre>", "\0",
              };
              gsize at = g_rand_int_range (rand, 0, length);

              if (g_rand_boolean (rand))
                data[at] = (guint8) g_rand_int (rand);
              else
                {
                  const char *s = insert[g_rand_int_range (rand, 0,
                                                           G_N_ELEMENTS (insert))];
                  gsize n = s[0] == '\0' ? 1 : strlen (s);

                  memcpy (data + at, s, MIN (n, length - at));
                }
            }
          length = g_rand_int_range (rand, 1, length + 1);
        }

      baogao_html_sniff (data, length);
      if (extract (data, length, NULL, &out, &error))
        baogao_decoded_clear (&out);
    }

  g_rand_free (rand);
}

/* Deep nesting: libxml2 reads 256 levels; deeper pages must not crash or
 * take long */
static void
test_deep_nesting (void)
{
  g_autoptr(GString) html = g_string_new ("<html><body>");
  g_autoptr(GError) error = NULL;
  BaogaoDecoded out;
  guint i;

  for (i = 0; i < 200; i++)
    g_string_append (html, "<div><span>一</span>");
  g_string_append (html, "<p>常委会全年审议法规草案九件。</p>"
                         "<p>常委会开展执法检查六次。</p>");
  /* The innermost div holds the paragraphs, and its own span */
  assert_extracts (html->str, html->len, NULL,
                   "一\n常委会全年审议法规草案九件。\n常委会开展执法检查六次。\n",
                   "UTF-8");

  g_string_truncate (html, 0);
  for (i = 0; i < 100000; i++)
    g_string_append (html, "<div><b>常委会");
  for (i = 0; i < 100000; i++)
    g_string_append (html, "</i>");
  g_assert_true (extract (html->str, html->len, NULL, &out, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (out.length, >, 0);
  baogao_decoded_clear (&out);
}

/* A 5 MB page: linear time, all paragraphs */
static void
test_large_page (void)
{
  const char *paragraph = "<p>\xe3\x80\x80\xe3\x80\x80一年来，常委会共制定地方性"
                          "法规12件，<b>修改</b>8件，\n废止3件。</p>\n";
  const char *expected = "一年来，常委会共制定地方性法规12件，修改8件，废止3件。\n";
  g_autoptr(GString) html = g_string_new ("<html><head><title>报告</title>"
                                          "</head><body><div class=\"nav\">"
                                          "<a href=\"/\">首页</a></div>"
                                          "<div class=\"TRS_Editor\">");
  g_autoptr(GError) error = NULL;
  BaogaoDecoded out;
  gsize n = 0;
  gint64 start;
  double seconds;
  const char *p;

  while (html->len < 5 * 1024 * 1024)
    {
      g_string_append (html, paragraph);
      n++;
    }
  g_string_append (html, "</div></body></html>");

  start = g_get_monotonic_time ();
  g_assert_true (extract (html->str, html->len, NULL, &out, &error));
  seconds = (g_get_monotonic_time () - start) / 1e6;
  g_assert_no_error (error);
  g_test_message ("%" G_GSIZE_FORMAT " bytes in %.3f s: %.1f MB/s",
                  html->len, seconds, html->len / seconds / 1e6);

  g_assert_true (g_str_has_prefix (out.text, "报告\n"));
  g_assert_cmpuint (out.length, ==, strlen ("报告\n") + n * strlen (expected));
  for (p = out.text + strlen ("报告\n"); *p != '\0'; p += strlen (expected))
    g_assert_true (strncmp (p, expected, strlen (expected)) == 0);
  baogao_decoded_clear (&out);
}

/* What the HTML reader makes of a line of plain text: trimmed (U+3000
 * too), runs of spaces and tabs collapsed; %NULL when empty */
static char *
normalise_line (const char *line)
{
  GString *normal = g_string_new (NULL);
  const char *p = line;
  gboolean space = FALSE;

  for (;;)
    {
      if (*p == ' ' || *p == '\t' || *p == '\r')
        p++;
      else if (g_str_has_prefix (p, "\xe3\x80\x80"))
        p += 3;
      else
        break;
    }

  for (; *p != '\0'; p++)
    {
      if (*p == ' ' || *p == '\t' || *p == '\r')
        {
          space = TRUE;
          continue;
        }
      if (space)
        g_string_append_c (normal, ' ');
      space = FALSE;
      g_string_append_c (normal, *p);
    }

  while (g_str_has_suffix (normal->str, "\xe3\x80\x80"))
    g_string_truncate (normal, normal->len - 3);

  if (normal->len == 0)
    {
      g_string_free (normal, TRUE);
      return NULL;
    }
  return g_string_free (normal, FALSE);
}

/* The real report in the shared corpus, as a page: one <p> per line inside
 * a CMS article, between menus. Every line comes back. */
static void
test_corpus (void)
{
  const char *dir = g_getenv ("BAOGAO_CORPUS_DIR");
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GString) html = g_string_new (
    "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
    "<title>工作报告_人大网</title></head><body>"
    "<div class=\"nav\"><a href=\"/\">首页</a><a href=\"/a\">新闻</a></div>"
    "<div class=\"TRS_Editor\">\n");
  g_autoptr(GString) expected = g_string_new ("工作报告\n");
  gsize i;

  if (dir == NULL)
    {
      g_test_skip ("BAOGAO_CORPUS_DIR is not set");
      return;
    }
  path = g_build_filename (dir, "heilongjiang-2024.txt", NULL);
  if (!g_file_get_contents (path, &text, NULL, NULL))
    {
      g_test_skip ("The corpus has no heilongjiang-2024.txt");
      return;
    }

  lines = g_strsplit (text, "\n", -1);
  for (i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *escaped = g_markup_escape_text (lines[i], -1);
      g_autofree char *normal = normalise_line (lines[i]);

      g_string_append_printf (html, "<p>%s</p>\n", escaped);
      if (normal != NULL)
        g_string_append_printf (expected, "%s\n", normal);
    }
  g_string_append (html, "</div><div class=\"footer\">版权所有</div>"
                         "</body></html>");

  assert_extracts (html->str, html->len, NULL, expected->str, "UTF-8");
}

/* The same page from many threads at once */
static gpointer
extract_in_thread (gpointer data)
{
  GBytes *page = data;
  guint i;

  for (i = 0; i < 20; i++)
    {
      g_autoptr(GError) error = NULL;
      BaogaoDecoded out;

      if (!baogao_html_extract (g_bytes_get_data (page, NULL),
                                g_bytes_get_size (page), NULL, &out, &error))
        return GINT_TO_POINTER (FALSE);
      if (strcmp (out.text, TRS_TEXT) != 0)
        {
          baogao_decoded_clear (&out);
          return GINT_TO_POINTER (FALSE);
        }
      baogao_decoded_clear (&out);
    }

  return GINT_TO_POINTER (TRUE);
}

static void
test_threads (void)
{
  g_autoptr(GBytes) page = load_page ("trs-utf8.html");
  g_autoptr(GBytes) gbk = rewrite_page (page, NULL, NULL, "GBK");
  GThread *threads[8];
  guint i;

  for (i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("extract", extract_in_thread,
                               i % 2 ? page : gbk);
  for (i = 0; i < G_N_ELEMENTS (threads); i++)
    g_assert_true (GPOINTER_TO_INT (g_thread_join (threads[i])));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  data_dir = find_data_dir (argv[0]);
  if (data_dir == NULL)
    g_printerr ("test-html: cannot find data/html; set G_TEST_SRCDIR to the"
                " tests directory\n");

  g_test_add_func ("/html/sniff", test_sniff);
  g_test_add_func ("/html/page/trs-utf8", test_page_trs_utf8);
  g_test_add_func ("/html/page/trs-gb2312", test_page_trs_gb2312);
  g_test_add_func ("/html/page/gbk-sniffed", test_page_gbk_sniffed);
  g_test_add_func ("/html/page/wrong-declaration", test_page_wrong_declaration);
  g_test_add_func ("/html/page/plain-p", test_page_plain_p);
  g_test_add_func ("/html/page/br", test_page_br);
  g_test_add_func ("/html/page/table", test_page_table);
  g_test_add_func ("/html/page/line-breaks", test_page_line_breaks);
  g_test_add_func ("/html/page/layout-form", test_page_layout_form);
  g_test_add_func ("/html/page/density", test_page_density);
  g_test_add_func ("/html/charset/aliases", test_charset_aliases);
  g_test_add_func ("/html/charset/forced", test_forced_encoding);
  g_test_add_func ("/html/charset/utf16", test_utf16);
  g_test_add_func ("/html/text/whitespace", test_whitespace);
  g_test_add_func ("/html/text/furniture", test_furniture);
  g_test_add_func ("/html/text/main-text", test_main_text_choice);
  g_test_add_func ("/html/text/title", test_title);
  g_test_add_func ("/html/bad/bytes", test_bad_bytes);
  g_test_add_func ("/html/bad/garbage", test_garbage);
  g_test_add_func ("/html/bad/deep-nesting", test_deep_nesting);
  g_test_add_func ("/html/large-page", test_large_page);
  g_test_add_func ("/html/threads", test_threads);
  g_test_add_func ("/html/corpus", test_corpus);

  status = g_test_run ();
  g_free (data_dir);
  return status;
}

/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/*
 * baogao-html-reader.c: the main text of an HTML page
 *
 * Reports are often saved from the web sites of people's congresses. This
 * reader turns such a page into the text of a document: the article alone,
 * one paragraph per line, without the menus, banners, link lists and
 * scripts around it.
 *
 * It is built as a module of its own (baogao-html-reader.so), which the
 * core loads when it first meets a page: see baogao-html-loader.c. The
 * sniffer is in the core (baogao-html-sniff.c).
 *
 * ```c
 * BaogaoDecoded page;
 *
 * if (baogao_html_sniff (bytes, n_bytes) &&
 *     baogao_html_extract (bytes, n_bytes, NULL, &page, error))
 *   {
 *     g_print ("%s (%s)\n", page.text, page.encoding);
 *     baogao_decoded_clear (&page);
 *   }
 * ```
 *
 * ## Charset
 *
 * A forced charset wins. Otherwise a byte-order mark decides (UTF-8,
 * UTF-16LE, UTF-16BE); then a charset declared in the first 4 KiB, by
 * `<meta charset=…>`, `<meta http-equiv="Content-Type" content="…;
 * charset=…">` or an XML declaration; then the bytes themselves: UTF-8 when
 * they are (nearly all) valid UTF-8, else GB18030. GBK, GB2312 and their
 * aliases are read as GB18030, their superset; ISO-8859-1 and ASCII as
 * windows-1252, as browsers do. A declaration that the bytes clearly
 * contradict is ignored.
 *
 * The bytes are converted to UTF-8 before libxml2 parses them, so libxml2
 * never guesses. A few bad bytes (a page cut short, a stray byte in a GBK
 * page) become U+FFFD; more than one in 50 is an error.
 *
 * ## Main text
 *
 * 1. Never text: `script`, `style`, `head`, form controls, embedded objects
 *    and elements hidden by `hidden` or an inline `display: none`.
 * 2. Page furniture goes: `nav`, `header`, `footer`, `aside` and `menu`
 *    elements always; `form` elements and elements whose class, id or role
 *    contains nav, menu, header, footer, breadcrumb, share, sidebar or
 *    copyright unless they hold half the page's text outside links (an
 *    ASP.NET page wraps everything in a `form`, a wrapper may be a
 *    "has-sidebar" `div`).
 * 3. The article: among elements whose class or id contains a common CMS
 *    marker (content, article, TRS_Editor, zoom, text, main, detail,
 *    Custom_UnionStyle; also `article` and `main` elements) the one holding
 *    the most text outside links, narrowed to the innermost marked element
 *    that still holds 85 % of it. Otherwise, or when that element holds
 *    less than half the text of the densest block, the densest block: each
 *    paragraph (`p`, `h1`…`h6`, `li`, `dd`, `pre`, …) credits its text to
 *    its parent block and half of it to the grandparent; text directly in
 *    any other block (`div`, `td`, …, as on pages that separate paragraphs
 *    with `br`) credits that block and half its parent; the block with the
 *    highest score wins. Text counts in Chinese characters (in visible
 *    characters on pages without Chinese). When nothing scores, the whole
 *    body.
 * 4. Inside the article, blocks made mostly of link text (two links or
 *    more) are left out: lists of related reports, "previous / next"; and
 *    so are lines made only of page tools (【打印本页】【关闭窗口】,
 *    字号：大 中 小).
 *
 * All of this is three linear walks over the tree, without recursion.
 * libxml2 itself stops reading at 256 levels of nesting, a limit that also
 * keeps its handling of stray end tags linear; the text below that depth
 * is lost.
 *
 * ## Text
 *
 * Every block element (`p`, `div`, `h1`…`h6`, `li`, `tr`, `blockquote`,
 * `section`, `article`, …) and every `br` ends a paragraph; table cells of
 * a row are joined by a tab; each line of a `pre` is a paragraph. Inside a
 * paragraph a run of white space (`&nbsp;` included) becomes one space,
 * except that it goes when it holds a line break and touches a Chinese
 * character (the line breaks of the HTML source are not spaces in Chinese
 * text), and when it lies between Chinese punctuation and another Chinese
 * character (`开展 “放管服” 改革 ，`). A space between two Chinese words
 * stays, as in the text of the report: `副主任 王永康`, `依法履职 稳中求进`.
 * Paragraphs are trimmed, indentation by U+3000 is dropped, empty paragraphs
 * go. Each paragraph is followed by `\n`.
 *
 * The `<title>`, less a site name after `_`, `|` or a dash, is the first
 * line unless one of the first three lines (or the first lines joined) is
 * that title already.
 */

#include "baogao-html-reader-private.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/HTMLparser.h>

#include <baogao/baogao-error.h>

/* How much of the input the charset scan looks at */
#define CHARSET_SCAN_SIZE 4096

#define UTF8_BOM "\xef\xbb\xbf"
#define REPLACEMENT_CHARACTER "\xef\xbf\xbd"
#define INVALID_CHARACTER ((gunichar) 0x7fffffff)

/* Furniture by class, id or role stays when it holds 1/FURNITURE_SHARE of
 * the page's text outside links */
#define FURNITURE_SHARE 2
/* A marked element narrows to a marked descendant holding this % of it */
#define NARROW_PERCENT 85

/* ---- Element table ---------------------------------------------------- */

typedef enum
{
  TAG_BLOCK = 1 << 0,      /* ends a paragraph */
  TAG_DROP = 1 << 1,       /* never text */
  TAG_FURNITURE = 1 << 2,  /* navigation and page furniture */
  TAG_PARAGRAPH = 1 << 3,  /* p, li, h1…: its text scores its parent */
  TAG_CELL = 1 << 4,       /* td, th */
  TAG_BREAK = 1 << 5,      /* br */
  TAG_LINK = 1 << 6,       /* a */
  TAG_PRE = 1 << 7,        /* keeps its lines */
  TAG_MARKER = 1 << 8,     /* article, main */
} TagFlags;

typedef struct
{
  const char *name;
  guint flags;
} TagInfo;

/* Sorted by strcmp() for bsearch(); elements not listed are inline */
static const TagInfo tag_table[] = {
  { "a", TAG_LINK },
  { "address", TAG_BLOCK },
  { "area", TAG_DROP },
  { "article", TAG_BLOCK | TAG_MARKER },
  { "aside", TAG_BLOCK | TAG_FURNITURE },
  { "audio", TAG_DROP },
  { "blockquote", TAG_BLOCK | TAG_PARAGRAPH },
  { "body", TAG_BLOCK },
  { "br", TAG_BREAK },
  { "button", TAG_DROP },
  { "canvas", TAG_DROP },
  { "caption", TAG_BLOCK | TAG_PARAGRAPH },
  { "center", TAG_BLOCK },
  { "dd", TAG_BLOCK | TAG_PARAGRAPH },
  { "details", TAG_BLOCK },
  { "dialog", TAG_DROP },
  { "dir", TAG_BLOCK },
  { "div", TAG_BLOCK },
  { "dl", TAG_BLOCK },
  { "dt", TAG_BLOCK | TAG_PARAGRAPH },
  { "embed", TAG_DROP },
  { "fieldset", TAG_BLOCK },
  { "figcaption", TAG_BLOCK | TAG_PARAGRAPH },
  { "figure", TAG_BLOCK },
  { "footer", TAG_BLOCK | TAG_FURNITURE },
  { "form", TAG_BLOCK | TAG_FURNITURE },
  { "frame", TAG_DROP },
  { "frameset", TAG_DROP },
  { "h1", TAG_BLOCK | TAG_PARAGRAPH },
  { "h2", TAG_BLOCK | TAG_PARAGRAPH },
  { "h3", TAG_BLOCK | TAG_PARAGRAPH },
  { "h4", TAG_BLOCK | TAG_PARAGRAPH },
  { "h5", TAG_BLOCK | TAG_PARAGRAPH },
  { "h6", TAG_BLOCK | TAG_PARAGRAPH },
  { "head", TAG_DROP },
  { "header", TAG_BLOCK | TAG_FURNITURE },
  { "hgroup", TAG_BLOCK },
  { "hr", TAG_BLOCK },
  { "html", TAG_BLOCK },
  { "iframe", TAG_DROP },
  { "input", TAG_DROP },
  { "legend", TAG_BLOCK },
  { "li", TAG_BLOCK | TAG_PARAGRAPH },
  { "link", TAG_DROP },
  { "listing", TAG_BLOCK | TAG_PRE },
  { "main", TAG_BLOCK | TAG_MARKER },
  { "map", TAG_DROP },
  { "math", TAG_DROP },
  { "menu", TAG_BLOCK | TAG_FURNITURE },
  { "meta", TAG_DROP },
  { "nav", TAG_BLOCK | TAG_FURNITURE },
  { "noframes", TAG_DROP },
  { "noscript", TAG_DROP },
  { "object", TAG_DROP },
  { "ol", TAG_BLOCK },
  { "optgroup", TAG_DROP },
  { "option", TAG_DROP },
  { "p", TAG_BLOCK | TAG_PARAGRAPH },
  { "param", TAG_DROP },
  { "plaintext", TAG_BLOCK | TAG_PRE },
  { "pre", TAG_BLOCK | TAG_PARAGRAPH | TAG_PRE },
  { "script", TAG_DROP },
  { "section", TAG_BLOCK },
  { "select", TAG_DROP },
  { "source", TAG_DROP },
  { "style", TAG_DROP },
  { "summary", TAG_BLOCK },
  { "svg", TAG_DROP },
  { "table", TAG_BLOCK },
  { "tbody", TAG_BLOCK },
  { "td", TAG_BLOCK | TAG_CELL },
  { "template", TAG_DROP },
  { "textarea", TAG_DROP },
  { "tfoot", TAG_BLOCK },
  { "th", TAG_BLOCK | TAG_CELL },
  { "thead", TAG_BLOCK },
  { "title", TAG_DROP },
  { "tr", TAG_BLOCK },
  { "track", TAG_DROP },
  { "ul", TAG_BLOCK },
  { "video", TAG_DROP },
  { "xmp", TAG_BLOCK | TAG_PRE },
};

static int
compare_tag (const void *key,
             const void *element)
{
  return strcmp (key, ((const TagInfo *) element)->name);
}

static guint
tag_flags (const xmlChar *name)
{
  const TagInfo *info;

  if (name == NULL)
    return 0;
  info = bsearch (name, tag_table, G_N_ELEMENTS (tag_table),
                  sizeof (TagInfo), compare_tag);
  return info != NULL ? info->flags : 0;
}

/* Substrings of class, id or role that mark page furniture, and the main
 * text (lower case) */
static const char * const furniture_words[] = {
  "nav", "menu", "header", "footer", "breadcrumb", "share", "sidebar",
  "copyright", "banner", "contentinfo", "complementary",
};

static const char * const marker_words[] = {
  "content", "article", "trs_editor", "zoom", "text", "main", "detail",
  "custom_unionstyle",
};

static gpointer
init_once (gpointer data G_GNUC_UNUSED)
{
  gsize i;

  for (i = 1; i < G_N_ELEMENTS (tag_table); i++)
    g_assert (strcmp (tag_table[i - 1].name, tag_table[i].name) < 0);

  /* Not thread-safe itself: do it once before any parse */
  xmlInitParser ();
  return NULL;
}

static void
ensure_initialized (void)
{
  static GOnce once = G_ONCE_INIT;

  g_once (&once, init_once, NULL);
}

/* ---- Characters --------------------------------------------------------- */

/* Chinese text: CJK ideographs, radicals and punctuation, kana, full-width
 * forms. U+3000 is in the range but is white space to callers. */
static inline gboolean
is_cjk (gunichar c)
{
  return (c >= 0x2e80 && c <= 0x9fff) ||
         (c >= 0xf900 && c <= 0xfaff) ||
         (c >= 0xfe30 && c <= 0xfe4f) ||
         (c >= 0xff00 && c <= 0xffef) ||
         (c >= 0x20000 && c <= 0x3ffff);
}

/* Characters of Chinese text, for the white-space rules: also the quotes,
 * dashes, ellipsis, middle dot and "○" (zero in years) set in Chinese */
static inline gboolean
is_cjk_context (gunichar c)
{
  switch (c)
    {
    case 0x00b7:
    case 0x2014:
    case 0x2015:
    case 0x2018:
    case 0x2019:
    case 0x201c:
    case 0x201d:
    case 0x2026:
    case 0x25cb:
      return TRUE;
    default:
      return is_cjk (c);
    }
}

/* Chinese punctuation: CJK symbols and punctuation, full-width and vertical
 * forms of punctuation, and the quotes, dashes, ellipsis and middle dot set
 * in Chinese text */
static inline gboolean
is_cjk_punctuation (gunichar c)
{
  switch (c)
    {
    case 0x00b7:
    case 0x2014:
    case 0x2015:
    case 0x2018:
    case 0x2019:
    case 0x201c:
    case 0x201d:
    case 0x2026:
      return TRUE;
    default:
      return (c >= 0x3001 && c <= 0x303f) ||
             (c >= 0xfe10 && c <= 0xfe19) ||
             (c >= 0xfe30 && c <= 0xfe4f) ||
             (c >= 0xff01 && c <= 0xff0f) ||
             (c >= 0xff1a && c <= 0xff20) ||
             (c >= 0xff3b && c <= 0xff40) ||
             (c >= 0xff5b && c <= 0xff65);
    }
}

/* Collapsible white space (not U+3000, which indents Chinese paragraphs) */
static inline gboolean
is_space (gunichar c)
{
  return c == ' ' || (c >= '\t' && c <= '\r') || c == 0x85 || c == 0xa0 ||
         c == 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
         c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f;
}

static inline gboolean
is_line_break (gunichar c)
{
  return c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029;
}

/* Invisible characters that are dropped: controls that are not white
 * space, soft hyphen, zero-width space, direction marks, U+FEFF, and what
 * utf8_get() could not decode */
static inline gboolean
is_ignorable (gunichar c)
{
  return c < 0x20 || (c >= 0x7f && c < 0xa0) || c == 0xad ||
         c == 0x200b || c == 0x200e || c == 0x200f || c == 0xfeff ||
         c == INVALID_CHARACTER;
}

static inline gboolean
is_continuation (guchar b)
{
  return (b & 0xc0) == 0x80;
}

/* The character at @p in NUL-terminated text from libxml2, and its length
 * in *@length. Faster than g_utf8_get_char(); a malformed sequence is one
 * byte of INVALID_CHARACTER, and the terminator is never passed. */
static inline gunichar
utf8_get (const guchar *p,
          gsize        *length)
{
  guchar b = p[0];

  if (b < 0x80)
    {
      *length = 1;
      return b;
    }
  if (b >= 0xc2 && b < 0xe0 && is_continuation (p[1]))
    {
      *length = 2;
      return ((b & 0x1f) << 6) | (p[1] & 0x3f);
    }
  if (b >= 0xe0 && b < 0xf0 && is_continuation (p[1]) &&
      is_continuation (p[2]))
    {
      *length = 3;
      return ((b & 0x0f) << 12) | ((p[1] & 0x3f) << 6) | (p[2] & 0x3f);
    }
  if (b >= 0xf0 && b < 0xf5 && is_continuation (p[1]) &&
      is_continuation (p[2]) && is_continuation (p[3]))
    {
      *length = 4;
      return ((b & 0x07) << 18) | ((p[1] & 0x3f) << 12) |
             ((p[2] & 0x3f) << 6) | (p[3] & 0x3f);
    }

  *length = 1;
  return INVALID_CHARACTER;
}

/* ---- Byte scanning ------------------------------------------------------ */

static gboolean
contains_any_word (const char        *value,
                   const char * const *words,
                   gsize              n_words)
{
  gsize length;
  gsize i;

  if (value == NULL || value[0] == '\0')
    return FALSE;

  length = strlen (value);
  for (i = 0; i < n_words; i++)
    {
      if (baogao_find_ascii_nocase ((const guint8 *) value, length, words[i]) != NULL)
        return TRUE;
    }

  return FALSE;
}

/* ---- Charsets ----------------------------------------------------------- */

/* The reader's canonical name, with the web's rule that pages labelled
 * Latin-1 or ASCII are read as windows-1252. %NULL if empty. */
static char *
canonical_charset (const char *name)
{
  static const char * const latin1[] = {
    "ISO-8859-1", "ISO8859-1", "ISO_8859-1", "ISO-8859-1:1987", "ISO_8859-1:1987",
    "LATIN1", "L1", "ASCII", "US-ASCII", "CP1252", "WINDOWS-1252", "X-CP1252", NULL,
  };
  char *canonical = baogao_canonical_encoding (name);

  if (canonical != NULL && g_strv_contains (latin1, canonical))
    {
      g_free (canonical);
      return g_strdup ("WINDOWS-1252");
    }

  return canonical;
}

/* The value after "@attribute =" at @p (quotes optional), up to @end */
static char *
read_attribute_value (const guint8 *p,
                      const guint8 *end)
{
  const guint8 *start;

  while (p < end && g_ascii_isspace (*p))
    p++;
  if (p == end || *p != '=')
    return NULL;
  p++;
  while (p < end && (g_ascii_isspace (*p) || *p == '"' || *p == '\''))
    p++;

  start = p;
  while (p < end && (g_ascii_isalnum (*p) || *p == '-' || *p == '_' ||
                     *p == '.' || *p == ':'))
    p++;

  return p > start ? g_strndup ((const char *) start, p - start) : NULL;
}

/* The charset an XML declaration or a <meta> element in the first bytes
 * declares, as written, or %NULL */
static char *
declared_charset (const guint8 *data,
                  gsize         length)
{
  const guint8 *end = data + MIN (length, CHARSET_SCAN_SIZE);
  const guint8 *p = data;
  const guint8 *meta;

  if (end - data >= 5 && memcmp (data, "<?xml", 5) == 0)
    {
      const guint8 *decl_end = baogao_find_ascii_nocase (data, end - data, "?>");
      const guint8 *hit;

      if (decl_end == NULL)
        decl_end = end;
      hit = baogao_find_ascii_nocase (data, decl_end - data, "encoding");
      if (hit != NULL)
        {
          char *value = read_attribute_value (hit + 8, decl_end);

          if (value != NULL)
            return value;
        }
    }

  while ((meta = baogao_find_ascii_nocase (p, end - p, "<meta")) != NULL)
    {
      const guint8 *tag_end = memchr (meta, '>', end - meta);
      const guint8 *q = meta + 5;
      const guint8 *hit;

      if (tag_end == NULL)
        tag_end = end;

      while ((hit = baogao_find_ascii_nocase (q, tag_end - q, "charset")) != NULL)
        {
          char *value = read_attribute_value (hit + 7, tag_end);

          if (value != NULL)
            return value;
          q = hit + 7;
        }

      p = tag_end;
    }

  return NULL;
}

/* Text decoded from the page's bytes */
typedef struct
{
  char  *text;
  gsize  length;
  gsize  n_bad;        /* bytes or sequences replaced or dropped */
  gsize  n_invalid;    /* of those, invalid sequences (not NULs) */
  gsize  n_multibyte;  /* valid multibyte characters (UTF-8 only) */
} Decoding;

static void
decoding_clear (Decoding *decoding)
{
  g_clear_pointer (&decoding->text, g_free);
  memset (decoding, 0, sizeof *decoding);
}

static gboolean
too_many_bad (const Decoding *decoding,
              gsize           length)
{
  return decoding->n_bad > 8 && decoding->n_bad > length / 50;
}

/* UTF-8: invalid bytes become U+FFFD, NULs go */
static void
decode_utf8_lenient (const guint8 *data,
                     gsize         length,
                     Decoding     *out)
{
  GString *text;
  const char *p = (const char *) data;
  const char *end = p + length;

  if (g_utf8_validate_len (p, length, NULL))
    {
      out->text = g_malloc (length + 1);
      memcpy (out->text, data, length);
      out->text[length] = '\0';
      out->length = length;
      return;
    }

  text = g_string_sized_new (length + 1);
  while (p < end)
    {
      const char *valid_end;
      gboolean valid = g_utf8_validate_len (p, end - p, &valid_end);
      const char *q;

      for (q = p; q < valid_end; q++)
        out->n_multibyte += ((guint8) *q >= 0xc0);
      g_string_append_len (text, p, valid_end - p);
      if (valid)
        break;

      out->n_bad++;
      if (*valid_end == '\0')
        {
          p = valid_end + 1;
          continue;
        }

      /* One U+FFFD for a bad lead byte and the continuation bytes after
       * it (a character cut short) */
      out->n_invalid++;
      g_string_append (text, REPLACEMENT_CHARACTER);
      for (p = valid_end + 1; p < end && is_continuation (*p); p++)
        ;
    }

  out->length = text->len;
  out->text = g_string_free (text, FALSE);
}

/* Any other charset through iconv, leniently. FALSE if iconv does not know
 * @charset. */
static gboolean
decode_iconv_lenient (const guint8 *data,
                      gsize         length,
                      const char   *charset,
                      Decoding     *out)
{
  GIConv cd = g_iconv_open ("UTF-8", charset);
  gsize capacity = length / 2 * 3 + 64;
  char *buffer;
  gsize used = 0;
  char *in = (char *) data;
  gsize in_left = length;
  gsize i, j;

  if (cd == (GIConv) -1)
    return FALSE;

  buffer = g_malloc (capacity);
  while (in_left > 0)
    {
      char *outp;
      gsize out_left;
      gsize result;
      int saved_errno;

      if (capacity - used < 16)
        {
          capacity *= 2;
          buffer = g_realloc (buffer, capacity);
        }

      outp = buffer + used;
      out_left = capacity - used - 1;
      result = g_iconv (cd, &in, &in_left, &outp, &out_left);
      saved_errno = errno;
      used = outp - buffer;

      if (result != (gsize) -1)
        break;
      if (saved_errno == E2BIG)
        {
          capacity *= 2;
          buffer = g_realloc (buffer, capacity);
          continue;
        }

      /* EILSEQ, EINVAL (cut short) or anything else: skip one byte. The
       * conversion may have filled the buffer up to the bad byte. */
      if (capacity - used < 4)
        {
          capacity *= 2;
          buffer = g_realloc (buffer, capacity);
        }
      memcpy (buffer + used, REPLACEMENT_CHARACTER, 3);
      used += 3;
      out->n_bad++;
      out->n_invalid++;
      in++;
      in_left--;
    }

  /* The shift state of stateful charsets */
  for (;;)
    {
      char *outp;
      gsize out_left;

      if (capacity - used < 64)
        {
          capacity *= 2;
          buffer = g_realloc (buffer, capacity);
        }
      outp = buffer + used;
      out_left = capacity - used - 1;
      if (g_iconv (cd, NULL, NULL, &outp, &out_left) != (gsize) -1 ||
          errno != E2BIG)
        {
          used = outp - buffer;
          break;
        }
      used = outp - buffer;
    }
  g_iconv_close (cd);

  /* NUL characters (from NUL bytes, or NUL code units) go */
  for (i = j = 0; i < used; i++)
    {
      if (buffer[i] == '\0')
        out->n_bad++;
      else
        buffer[j++] = buffer[i];
    }
  buffer[j] = '\0';

  out->text = buffer;
  out->length = j;
  return TRUE;
}

static gboolean
decode_as (const guint8 *data,
           gsize         length,
           const char   *charset,
           Decoding     *out)
{
  memset (out, 0, sizeof *out);
  if (strcmp (charset, "UTF-8") == 0)
    {
      decode_utf8_lenient (data, length, out);
      return TRUE;
    }
  return decode_iconv_lenient (data, length, charset, out);
}

/* Refuses input with more NUL bytes than too_many_bad() allows: binary
 * data, or text in a charset whose bytes cannot be scanned as ASCII */
static gboolean
check_nul_bytes (const guint8  *data,
                 gsize          length,
                 GError       **error)
{
  const guint8 *p = data;
  const guint8 *end = data + length;
  const guint8 *first = NULL;
  gsize n_nul = 0;

  while ((p = memchr (p, '\0', end - p)) != NULL)
    {
      if (first == NULL)
        first = p;
      n_nul++;
      p++;
    }

  if (n_nul > 8 && n_nul > length / 50)
    {
      g_set_error (error, BAOGAO_ERROR, BAOGAO_ERROR_BINARY_DATA,
                   "The input is binary data, not an HTML page: %"
                   G_GSIZE_FORMAT " NUL bytes in %" G_GSIZE_FORMAT " bytes,"
                   " the first at byte offset %" G_GSIZE_FORMAT,
                   n_nul, length, (gsize) (first - data));
      return FALSE;
    }

  return TRUE;
}

static gboolean
is_wide_charset (const char *charset)
{
  return g_str_has_prefix (charset, "UTF-16") ||
         g_str_has_prefix (charset, "UTF-32") ||
         g_str_has_prefix (charset, "UCS");
}

/* Decodes the page: sets @out and the canonical charset in @charset_out */
static gboolean
decode_page (const guint8  *data,
             gsize          length,
             const char    *forced,
             Decoding      *out,
             char         **charset_out,
             GError       **error)
{
  g_autofree char *charset = NULL;
  g_autofree char *declared = NULL;
  gsize skip = 0;

  if (forced != NULL)
    {
      charset = canonical_charset (forced);
      if (charset == NULL)
        {
          g_set_error (error, BAOGAO_ERROR, BAOGAO_ERROR_INVALID_ENCODING,
                       "Unknown encoding “%s”: the name is empty", forced);
          return FALSE;
        }

      if (!is_wide_charset (charset) && !check_nul_bytes (data, length, error))
        return FALSE;

      if (strcmp (charset, "UTF-8") == 0 && length >= 3 &&
          memcmp (data, UTF8_BOM, 3) == 0)
        skip = 3;

      if (!decode_as (data + skip, length - skip, charset, out))
        {
          g_set_error (error, BAOGAO_ERROR, BAOGAO_ERROR_INVALID_ENCODING,
                       "Unknown encoding “%s”: iconv cannot convert from it",
                       forced);
          return FALSE;
        }
      if (too_many_bad (out, length))
        {
          g_set_error (error, BAOGAO_ERROR, BAOGAO_ERROR_INVALID_ENCODING,
                       "The HTML page is not valid %s: %" G_GSIZE_FORMAT
                       " bad bytes or characters in %" G_GSIZE_FORMAT
                       " bytes", charset, out->n_bad, length);
          decoding_clear (out);
          return FALSE;
        }
      *charset_out = g_steal_pointer (&charset);
      return TRUE;
    }

  /* A byte-order mark */
  if (length >= 3 && memcmp (data, UTF8_BOM, 3) == 0)
    skip = 3;
  else if (length >= 2 && ((data[0] == 0xff && data[1] == 0xfe) ||
                           (data[0] == 0xfe && data[1] == 0xff)))
    skip = 2;

  if (skip != 2 && !check_nul_bytes (data, length, error))
    return FALSE;

  if (skip > 0)
    {
      charset = g_strdup (skip == 3 ? "UTF-8" :
                          data[0] == 0xff ? "UTF-16LE" : "UTF-16BE");
      decode_as (data + skip, length - skip, charset, out);
      if (too_many_bad (out, length))
        {
          g_set_error (error, BAOGAO_ERROR, BAOGAO_ERROR_INVALID_ENCODING,
                       "The HTML page starts with a %s byte-order mark but"
                       " is not valid %s: %" G_GSIZE_FORMAT " bad bytes or"
                       " characters in %" G_GSIZE_FORMAT " bytes",
                       charset, charset, out->n_bad, length);
          decoding_clear (out);
          return FALSE;
        }
      *charset_out = g_steal_pointer (&charset);
      return TRUE;
    }

  /* A declaration; UTF-16 declared in bytes that can be scanned as ASCII
   * is wrong, and browsers read such pages as UTF-8 */
  declared = declared_charset (data, length);
  if (declared != NULL)
    {
      charset = canonical_charset (declared);
      if (charset != NULL && g_str_has_prefix (charset, "UTF-16"))
        {
          g_free (charset);
          charset = g_strdup ("UTF-8");
        }
      if (charset != NULL && decode_as (data, length, charset, out))
        {
          if (!too_many_bad (out, length))
            {
              *charset_out = g_steal_pointer (&charset);
              return TRUE;
            }
          decoding_clear (out);
        }
      g_clear_pointer (&charset, g_free);
    }

  /* Sniffing: UTF-8 when its valid multibyte characters outnumber the bad
   * sequences four to one (a page cut short, a stray byte), else GB18030.
   * Read as UTF-8, GBK text has about five bad sequences for one valid
   * character. */
  memset (out, 0, sizeof *out);
  decode_utf8_lenient (data, length, out);
  if ((out->n_invalid == 0 || out->n_invalid * 4 < out->n_multibyte) &&
      !too_many_bad (out, length))
    {
      *charset_out = g_strdup ("UTF-8");
      return TRUE;
    }

  decoding_clear (out);
  decode_as (data, length, "GB18030", out);
  if (too_many_bad (out, length))
    {
      g_set_error (error, BAOGAO_ERROR, BAOGAO_ERROR_INVALID_ENCODING,
                   "The HTML page is neither UTF-8 nor GB18030 (%"
                   G_GSIZE_FORMAT " bad bytes in %" G_GSIZE_FORMAT " bytes);"
                   " use --encoding to name its charset",
                   out->n_bad, length);
      decoding_clear (out);
      return FALSE;
    }

  *charset_out = g_strdup ("GB18030");
  return TRUE;
}

/* ---- Paragraphs --------------------------------------------------------- */

/* Page tools that some sites set as paragraphs of their own, often inside
 * the article's element: 【打印本页】【关闭窗口】, 字号：大 中 小 */
static const char * const tool_words[] = {
  "打印本页", "打印此页", "打印正文", "打印", "关闭窗口", "关闭本页",
  "关闭", "返回顶部", "返回首页", "返回列表", "返回", "收藏本页", "加入收藏",
  "收藏", "分享到", "分享", "字号", "字体",
  /* Only with one of the words above */
  "默认", "大", "中", "小",
};
#define N_TOOL_WORDS_ALONE 18

/* Separators between tools: ASCII punctuation and white space, and
 * 【】（）：｜· */
static gsize
tool_separator_length (const char *p)
{
  static const char * const separators[] = {
    "【", "】", "（", "）", "：", "｜", "·", "\xe3\x80\x80",
  };
  gsize i;

  if (g_ascii_isspace (*p) || g_ascii_ispunct (*p))
    return 1;
  for (i = 0; i < G_N_ELEMENTS (separators); i++)
    {
      if (g_str_has_prefix (p, separators[i]))
        return strlen (separators[i]);
    }
  return 0;
}

/* Whether @line (NUL-terminated) is only page tools */
static gboolean
is_tool_line (const char *line)
{
  const char *p = line;
  gboolean any = FALSE;

  G_STATIC_ASSERT (N_TOOL_WORDS_ALONE < G_N_ELEMENTS (tool_words));

  while (*p != '\0')
    {
      gsize n = tool_separator_length (p);
      gsize i;

      if (n > 0)
        {
          p += n;
          continue;
        }

      for (i = 0; i < G_N_ELEMENTS (tool_words); i++)
        {
          if (g_str_has_prefix (p, tool_words[i]))
            break;
        }
      if (i == G_N_ELEMENTS (tool_words))
        return FALSE;
      p += strlen (tool_words[i]);
      any |= i < N_TOOL_WORDS_ALONE;
    }

  return any;
}

/* Collects text into lines: collapses white space, trims, drops empties */
typedef struct
{
  gboolean  drop_tools;  /* drops lines of page tools */
  GString  *out;
  GString  *line;
  gunichar  last;      /* last character of the line; 0 at its start, '\t'
                        * after a cell separator */
  gboolean  space;     /* white space since @last */
  gboolean  newline;   /* and it held a line break */
} Emitter;

static void
emitter_init (Emitter *emitter,
              GString *out)
{
  emitter->drop_tools = FALSE;
  emitter->out = out;
  emitter->line = g_string_new (NULL);
  emitter->last = 0;
  emitter->space = FALSE;
  emitter->newline = FALSE;
}

static void
emitter_end_line (Emitter *emitter)
{
  GString *line = emitter->line;

  /* Trailing tabs of empty cells, spaces kept by pre, U+3000 */
  while (line->len > 0)
    {
      char c = line->str[line->len - 1];

      if (c == ' ' || c == '\t')
        g_string_truncate (line, line->len - 1);
      else if (line->len >= 3 &&
               memcmp (line->str + line->len - 3, "\xe3\x80\x80", 3) == 0)
        g_string_truncate (line, line->len - 3);
      else
        break;
    }

  if (line->len > 0)
    {
      /* Page tools are short */
      if (!(emitter->drop_tools && line->len <= 64 && is_tool_line (line->str)))
        {
          g_string_append_len (emitter->out, line->str, line->len);
          g_string_append_c (emitter->out, '\n');
        }
      g_string_truncate (line, 0);
    }

  emitter->last = 0;
  emitter->space = FALSE;
  emitter->newline = FALSE;
}

static void
emitter_clear (Emitter *emitter)
{
  emitter_end_line (emitter);
  g_string_free (emitter->line, TRUE);
  emitter->line = NULL;
}

/* Between two cells of a row */
static void
emitter_cell (Emitter *emitter)
{
  if (emitter->line->len > 0)
    {
      g_string_append_c (emitter->line, '\t');
      emitter->last = '\t';
    }
  emitter->space = FALSE;
  emitter->newline = FALSE;
}

static void
emitter_add_text (Emitter    *emitter,
                  const char *text)
{
  const guchar *p = (const guchar *) text;
  const guchar *run = NULL;  /* characters not appended yet */

  while (*p != '\0')
    {
      gsize n;
      gunichar c = utf8_get (p, &n);
      gboolean line_start = emitter->last == 0 || emitter->last == '\t';

      if (is_space (c) || is_ignorable (c) || (line_start && c == 0x3000))
        {
          if (run != NULL)
            {
              g_string_append_len (emitter->line, (const char *) run, p - run);
              run = NULL;
            }
          if (is_space (c))
            {
              emitter->space = TRUE;
              emitter->newline |= is_line_break (c);
            }
          p += n;
          continue;
        }

      if (emitter->space && !line_start)
        {
          gboolean cjk_before = is_cjk_context (emitter->last);
          gboolean cjk_after = is_cjk_context (c);

          /* A line break of the source next to Chinese is no space; nor
           * is a space around Chinese punctuation. A space between two
           * Chinese words stays: it separates a title from a name, or the
           * parts of a slogan. (The run ended when the space began.) */
          if (!(emitter->newline && (cjk_before || cjk_after)) &&
              !(cjk_before && cjk_after &&
                (is_cjk_punctuation (emitter->last) ||
                 is_cjk_punctuation (c))))
            g_string_append_c (emitter->line, ' ');
        }

      emitter->space = FALSE;
      emitter->newline = FALSE;
      if (run == NULL)
        run = p;
      emitter->last = c;
      p += n;
    }

  if (run != NULL)
    g_string_append_len (emitter->line, (const char *) run, p - run);
}

/* Text of a pre element: each source line is a line; spaces are kept
 * inside it */
static void
emitter_add_pre (Emitter    *emitter,
                 const char *text)
{
  const guchar *p;
  const guchar *next;

  for (p = (const guchar *) text; *p != '\0'; p = next)
    {
      gsize n;
      gunichar c = utf8_get (p, &n);

      next = p + n;
      if (c == '\r' && *next == '\n')
        continue;
      if (is_line_break (c))
        {
          emitter_end_line (emitter);
          continue;
        }
      if (is_ignorable (c))
        continue;
      if (emitter->line->len == 0 && (is_space (c) || c == 0x3000))
        continue;

      g_string_append_len (emitter->line, (const char *) p, n);
      emitter->last = c;
    }
}

/* ---- The tree ----------------------------------------------------------- */

typedef enum
{
  STATE_DROPPED = 1 << 0,    /* never text */
  STATE_FURNITURE = 1 << 1,  /* always furniture (by tag) */
  STATE_MAYBE_FURNITURE = 1 << 2,  /* furniture unless it holds the page */
  STATE_MARKER = 1 << 3,     /* class, id or tag of main text */
  STATE_IN_LINK = 1 << 4,
  STATE_REMOVED = 1 << 5,    /* furniture that goes */
  STATE_VISITED = 1 << 6,    /* entered by the output walk */
} NodeState;

/* What the walks learn about an element. "Visible" characters are those
 * that are not white space; "units" are Chinese characters, or visible
 * characters on a page without Chinese. */
typedef struct
{
  xmlNode *node;
  guint    tag;         /* TagFlags */
  guint    state;       /* NodeState */
  guint    block;       /* index of the nearest block, this one included */
  guint    end;         /* index after the last descendant */
  guint    raw;         /* visible characters outside links, furniture
                         * included */
  guint    chars;       /* visible characters */
  guint    link_chars;  /* of those, in links */
  guint    units;
  guint    link_units;
  guint    own;         /* units outside links for which this is the
                         * nearest block */
  guint    score;       /* text density, see choose_root() */
  guint    n_links;
} NodeInfo;

/* Counts of a text node, from pass 1 for pass 2 */
typedef struct
{
  guint visible;
  guint cjk;
} TextCounts;

typedef struct
{
  GArray   *infos;     /* NodeInfo, in document order */
  GArray   *texts;     /* TextCounts of text nodes, in document order */
  GArray   *markers;   /* guint indexes of marked elements */
  xmlNode  *title;     /* a title element met in the body */
  guint     raw_cjk;   /* Chinese characters of the page */
  gboolean  has_cjk;
  guint     page_raw;
} Page;

typedef gboolean (* EnterFunc) (xmlNode *node,
                                gpointer user_data);
typedef void     (* LeaveFunc) (xmlNode *node,
                                gpointer user_data);

/* Visits @root and its descendants in document order without recursion:
 * @enter says whether to go into a node's children; @leave is called for
 * every node @enter was called for, after its children */
static void
walk (xmlNode   *root,
      EnterFunc  enter,
      LeaveFunc  leave,
      gpointer   user_data)
{
  xmlNode *node = root;

  while (node != NULL)
    {
      if (enter (node, user_data) && node->children != NULL)
        {
          node = node->children;
          continue;
        }

      for (;;)
        {
          leave (node, user_data);
          if (node == root)
            return;
          if (node->next != NULL)
            {
              node = node->next;
              break;
            }
          node = node->parent;
        }
    }
}

static inline NodeInfo *
info_at (Page  *page,
         guint  index)
{
  return &g_array_index (page->infos, NodeInfo, index);
}

/* The NodeInfo of an element of the body, or %NULL */
static inline NodeInfo *
info_of (Page    *page,
         xmlNode *node)
{
  if (node == NULL || node->type != XML_ELEMENT_NODE || node->_private == NULL)
    return NULL;
  return info_at (page, GPOINTER_TO_UINT (node->_private) - 1);
}

static inline guint
index_of (Page     *page,
          NodeInfo *info)
{
  return info - (NodeInfo *) page->infos->data;
}

static inline gboolean
is_text_node (xmlNode *node)
{
  return node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE;
}

static void
count_text (const xmlChar *text,
            guint         *visible,
            guint         *cjk)
{
  const guchar *p = text;

  *visible = 0;
  *cjk = 0;
  if (p == NULL)
    return;

  while (*p != '\0')
    {
      gsize n;
      gunichar c;

      if (*p < 0x80)
        {
          *visible += *p > ' ' && *p != 0x7f;
          p++;
          continue;
        }

      c = utf8_get (p, &n);
      p += n;
      if (is_space (c) || is_ignorable (c) || c == 0x3000)
        continue;
      (*visible)++;
      *cjk += is_cjk (c);
    }
}

/* The value of attribute @name of @node, "" when it has no text, or %NULL
 * when it is absent */
static const char *
attribute (xmlNode    *node,
           const char *name)
{
  xmlAttr *attr;

  for (attr = node->properties; attr != NULL; attr = attr->next)
    {
      if (attr->name == NULL ||
          g_ascii_strcasecmp ((const char *) attr->name, name) != 0)
        continue;
      if (attr->children != NULL && is_text_node (attr->children) &&
          attr->children->content != NULL)
        return (const char *) attr->children->content;
      return "";
    }

  return NULL;
}

/* Whether an inline style sets @property to @value */
static gboolean
style_sets (const char *style,
            const char *property,
            const char *value)
{
  const guint8 *p = (const guint8 *) style;
  const guint8 *end = p + strlen (style);
  const guint8 *hit;
  gsize value_length = strlen (value);

  while ((hit = baogao_find_ascii_nocase (p, end - p, property)) != NULL)
    {
      p = hit + strlen (property);
      while (p < end && g_ascii_isspace (*p))
        p++;
      if (p == end || *p != ':')
        continue;
      p++;
      while (p < end && g_ascii_isspace (*p))
        p++;
      if ((gsize) (end - p) >= value_length &&
          g_ascii_strncasecmp ((const char *) p, value, value_length) == 0)
        return TRUE;
    }

  return FALSE;
}

static gboolean
is_hidden (xmlNode *node)
{
  const char *style;

  if (attribute (node, "hidden") != NULL)
    return TRUE;

  style = attribute (node, "style");
  return style != NULL &&
         (style_sets (style, "display", "none") ||
          style_sets (style, "visibility", "hidden"));
}

/* Pass 1: indexes the elements, drops what is never text, flags furniture
 * and markers, counts visible characters */
static gboolean
index_enter (xmlNode  *node,
             gpointer  user_data)
{
  Page *page = user_data;
  NodeInfo *parent = info_of (page, node->parent);
  NodeInfo info = { 0, };
  guint index;

  if (is_text_node (node))
    {
      TextCounts counts;

      count_text (node->content, &counts.visible, &counts.cjk);
      page->raw_cjk += counts.cjk;
      if (parent != NULL && !(parent->state & STATE_IN_LINK))
        parent->raw += counts.visible;
      g_array_append_val (page->texts, counts);
      node->_private = GUINT_TO_POINTER (page->texts->len);
      return FALSE;
    }

  if (node->type != XML_ELEMENT_NODE)
    return FALSE;

  index = page->infos->len;
  info.node = node;
  info.tag = tag_flags (node->name);
  info.block = ((info.tag & TAG_BLOCK) || parent == NULL) ? index
                                                          : parent->block;

  if ((info.tag & TAG_LINK) ||
      (parent != NULL && (parent->state & STATE_IN_LINK)))
    info.state |= STATE_IN_LINK;

  /* The body itself is neither dropped, nor furniture, nor a marker */
  if (parent != NULL)
    {
      if ((info.tag & TAG_DROP) || is_hidden (node))
        {
          info.state |= STATE_DROPPED;
          if (page->title == NULL && node->name != NULL &&
              strcmp ((const char *) node->name, "title") == 0)
            page->title = node;
        }
      else
        {
          const char *class_name = attribute (node, "class");
          const char *id = attribute (node, "id");
          const char *role = attribute (node, "role");

          if ((info.tag & TAG_FURNITURE) &&
              strcmp ((const char *) node->name, "form") != 0)
            info.state |= STATE_FURNITURE;
          else if ((info.tag & TAG_FURNITURE) ||
                   contains_any_word (class_name, furniture_words,
                                      G_N_ELEMENTS (furniture_words)) ||
                   contains_any_word (id, furniture_words,
                                      G_N_ELEMENTS (furniture_words)) ||
                   contains_any_word (role, furniture_words,
                                      G_N_ELEMENTS (furniture_words)))
            info.state |= STATE_MAYBE_FURNITURE;

          if ((info.tag & TAG_MARKER) ||
              contains_any_word (class_name, marker_words,
                                 G_N_ELEMENTS (marker_words)) ||
              contains_any_word (id, marker_words,
                                 G_N_ELEMENTS (marker_words)))
            info.state |= STATE_MARKER;
        }
    }

  g_array_append_val (page->infos, info);
  node->_private = GUINT_TO_POINTER (index + 1);

  return !(info.state & STATE_DROPPED);
}

static void
index_leave (xmlNode  *node,
             gpointer  user_data)
{
  Page *page = user_data;
  NodeInfo *info = info_of (page, node);
  NodeInfo *parent;

  if (info == NULL)
    return;

  info->end = page->infos->len;
  parent = info_of (page, node->parent);
  if (parent != NULL && !(info->state & STATE_DROPPED))
    parent->raw += info->raw;
}

/* Pass 2: removes furniture, measures text, scores density, collects
 * markers */
static gboolean
measure_enter (xmlNode  *node,
               gpointer  user_data)
{
  Page *page = user_data;
  NodeInfo *info;

  if (is_text_node (node))
    {
      NodeInfo *parent = info_of (page, node->parent);
      guint visible, cjk, units;

      if (parent == NULL)
        return FALSE;

      if (node->_private != NULL)
        {
          const TextCounts *counts =
            &g_array_index (page->texts, TextCounts,
                            GPOINTER_TO_UINT (node->_private) - 1);

          visible = counts->visible;
          cjk = counts->cjk;
        }
      else
        count_text (node->content, &visible, &cjk);
      units = page->has_cjk ? cjk : visible;
      parent->chars += visible;
      parent->units += units;
      if (parent->state & STATE_IN_LINK)
        {
          parent->link_chars += visible;
          parent->link_units += units;
        }
      else
        info_at (page, parent->block)->own += units;
      return FALSE;
    }

  info = info_of (page, node);
  if (info == NULL || (info->state & STATE_DROPPED))
    return FALSE;

  /* Furniture goes, unless it holds half the page's text outside links:
   * some pages wrap everything in a form, or in a "has-sidebar" div */
  if ((info->state & STATE_FURNITURE) ||
      ((info->state & STATE_MAYBE_FURNITURE) &&
       (guint64) info->raw * FURNITURE_SHARE < page->page_raw))
    {
      info->state |= STATE_REMOVED;
      return FALSE;
    }

  return TRUE;
}

/* The nearest block above the element of @info */
static NodeInfo *
parent_block (Page     *page,
              NodeInfo *info)
{
  NodeInfo *parent = info_of (page, info->node->parent);

  return parent != NULL ? info_at (page, parent->block) : NULL;
}

static void
measure_leave (xmlNode  *node,
               gpointer  user_data)
{
  Page *page = user_data;
  NodeInfo *info = info_of (page, node);
  NodeInfo *parent;
  guint own;

  if (info == NULL || (info->state & (STATE_DROPPED | STATE_REMOVED)))
    return;

  if (info->tag & TAG_LINK)
    info->n_links++;

  /* A paragraph credits its parent block and half its grandparent; other
   * blocks credit themselves and half their parent */
  own = info->own;
  if (own > 0)
    {
      NodeInfo *target = info;

      if (info->tag & TAG_PARAGRAPH)
        target = parent_block (page, info);
      if (target == NULL)
        target = info;
      target->score += own;
      target = parent_block (page, target);
      if (target != NULL)
        target->score += own / 2;
    }

  parent = info_of (page, node->parent);
  if (parent != NULL)
    {
      parent->chars += info->chars;
      parent->link_chars += info->link_chars;
      parent->units += info->units;
      parent->link_units += info->link_units;
      parent->n_links += info->n_links;
    }

  if (info->state & STATE_MARKER)
    {
      guint index = index_of (page, info);

      g_array_append_val (page->markers, index);
    }
}

static inline guint
text_weight (const NodeInfo *info)
{
  return info->units - info->link_units;
}

/* The element whose text is the main text: see the top of the file */
static xmlNode *
choose_root (Page *page)
{
  NodeInfo *infos = (NodeInfo *) page->infos->data;
  guint n = page->infos->len;
  guint densest = G_MAXUINT;
  guint marked = G_MAXUINT;
  guint narrowed;
  guint i;

  for (i = 0; i < n; i++)
    {
      if (infos[i].score > 0 &&
          (densest == G_MAXUINT || infos[i].score > infos[densest].score))
        densest = i;
    }

  for (i = 0; i < page->markers->len; i++)
    {
      guint m = g_array_index (page->markers, guint, i);

      if (text_weight (&infos[m]) > 0 &&
          (marked == G_MAXUINT ||
           text_weight (&infos[m]) > text_weight (&infos[marked])))
        marked = m;
    }

  if (marked == G_MAXUINT)
    return densest != G_MAXUINT ? infos[densest].node : infos[0].node;

  /* The innermost marked element that still holds most of the text */
  narrowed = marked;
  for (i = 0; i < page->markers->len; i++)
    {
      guint m = g_array_index (page->markers, guint, i);
      guint64 weight = text_weight (&infos[m]);
      guint64 outer = text_weight (&infos[marked]);

      if (m > marked && m < infos[marked].end &&
          weight * 100 >= outer * NARROW_PERCENT &&
          (weight < text_weight (&infos[narrowed]) ||
           (weight == text_weight (&infos[narrowed]) && m > narrowed)))
        narrowed = m;
    }

  if (densest != G_MAXUINT &&
      (guint64) text_weight (&infos[narrowed]) * 2 <
      text_weight (&infos[densest]))
    return infos[densest].node;

  return infos[narrowed].node;
}

/* Pass 3: the text */
typedef struct
{
  Page    *page;
  xmlNode *root;
  Emitter  emitter;
  guint    pre_depth;
} Output;

static gboolean
is_link_list (const NodeInfo *info)
{
  return (info->tag & TAG_BLOCK) && info->n_links >= 2 &&
         (guint64) info->link_chars * 2 > info->chars;
}

static gboolean
output_enter (xmlNode  *node,
              gpointer  user_data)
{
  Output *output = user_data;
  NodeInfo *info;

  if (is_text_node (node))
    {
      if (node->content != NULL)
        {
          if (output->pre_depth > 0)
            emitter_add_pre (&output->emitter, (const char *) node->content);
          else
            emitter_add_text (&output->emitter, (const char *) node->content);
        }
      return FALSE;
    }

  info = info_of (output->page, node);
  if (info == NULL)
    return FALSE;

  if ((info->state & (STATE_DROPPED | STATE_REMOVED)) ||
      (node != output->root && is_link_list (info)))
    {
      if (info->tag & (TAG_BLOCK | TAG_BREAK))
        emitter_end_line (&output->emitter);
      return FALSE;
    }

  info->state |= STATE_VISITED;
  if (info->tag & TAG_CELL)
    emitter_cell (&output->emitter);
  else if (info->tag & (TAG_BLOCK | TAG_BREAK))
    emitter_end_line (&output->emitter);
  if (info->tag & TAG_PRE)
    output->pre_depth++;

  return TRUE;
}

static void
output_leave (xmlNode  *node,
              gpointer  user_data)
{
  Output *output = user_data;
  NodeInfo *info = info_of (output->page, node);

  if (info == NULL || !(info->state & STATE_VISITED))
    return;

  if (info->tag & TAG_PRE)
    output->pre_depth--;
  if ((info->tag & TAG_BLOCK) && !(info->tag & TAG_CELL))
    emitter_end_line (&output->emitter);
}

/* ---- Title -------------------------------------------------------------- */

static xmlNode *
find_child (xmlNode    *parent,
            const char *name)
{
  xmlNode *child;

  if (parent == NULL)
    return NULL;

  for (child = parent->children; child != NULL; child = child->next)
    {
      if (child->type == XML_ELEMENT_NODE && child->name != NULL &&
          strcmp ((const char *) child->name, name) == 0)
        return child;
    }

  return NULL;
}

static gboolean
looks_like_site_name (const char *text)
{
  static const char * const words[] = {
    "网", "人大", "人民代表大会", "常委会", "政府", "门户", "首页", "官方",
    "频道", "在线", "新闻", "www", ".cn", ".com", ".org",
  };
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (words); i++)
    {
      if (strstr (text, words[i]) != NULL)
        return TRUE;
    }
  return FALSE;
}

/* Drops " - Site name" and "_Channel_Site" from a page title */
static void
strip_site_name (GString *title)
{
  static const char * const strong[] = { "_", "|", "｜", "丨" };
  static const char * const weak[] = { "-", "－", "—", "–" };
  guint round;

  for (round = 0; round < 3; round++)
    {
      const char *cut = NULL;
      const char *suffix = NULL;
      gboolean is_strong = FALSE;
      gsize prefix_length;
      gsize i;

      for (i = 0; i < G_N_ELEMENTS (strong) + G_N_ELEMENTS (weak); i++)
        {
          const char *separator = i < G_N_ELEMENTS (strong) ?
                                  strong[i] : weak[i - G_N_ELEMENTS (strong)];
          const char *hit = g_strrstr (title->str, separator);

          if (hit != NULL && (cut == NULL || hit > cut))
            {
              cut = hit;
              suffix = hit + strlen (separator);
              is_strong = i < G_N_ELEMENTS (strong);
            }
        }

      if (cut == NULL)
        return;

      while (*suffix == ' ')
        suffix++;
      prefix_length = cut - title->str;
      /* A doubled dash, spaces */
      while (prefix_length > 0 &&
             (title->str[prefix_length - 1] == ' ' ||
              title->str[prefix_length - 1] == '-'))
        prefix_length--;
      while (prefix_length >= 3 &&
             (memcmp (title->str + prefix_length - 3, "—", 3) == 0 ||
              memcmp (title->str + prefix_length - 3, "－", 3) == 0))
        prefix_length -= 3;

      if (g_utf8_strlen (title->str, prefix_length) < 2 ||
          g_utf8_strlen (suffix, -1) > 40 ||
          (!is_strong && !looks_like_site_name (suffix)))
        return;

      g_string_truncate (title, prefix_length);
    }
}

/* @text without spaces, tabs and U+3000 */
static GString *
squeeze (const char *text,
         gsize       length)
{
  GString *squeezed = g_string_sized_new (length);
  const char *end = text + length;
  const char *p;

  for (p = text; p < end; p++)
    {
      if (*p == ' ' || *p == '\t')
        continue;
      if (end - p >= 3 && memcmp (p, "\xe3\x80\x80", 3) == 0)
        {
          p += 2;
          continue;
        }
      g_string_append_c (squeezed, *p);
    }

  return squeezed;
}

/* Whether one of the first lines of @text, or the first lines joined, is
 * @title */
static gboolean
starts_with_title (const char    *text,
                   const GString *title)
{
  g_autoptr(GString) wanted = squeeze (title->str, title->len);
  g_autoptr(GString) joined = g_string_new (NULL);
  const char *line = text;
  guint i;

  for (i = 0; i < 3 && *line != '\0'; i++)
    {
      const char *eol = strchr (line, '\n');
      g_autoptr(GString) squeezed = NULL;

      if (eol == NULL)
        eol = line + strlen (line);
      squeezed = squeeze (line, eol - line);
      g_string_append_len (joined, squeezed->str, squeezed->len);
      if (g_string_equal (squeezed, wanted) || g_string_equal (joined, wanted))
        return TRUE;
      line = *eol != '\0' ? eol + 1 : eol;
    }

  return FALSE;
}

/* The page title, less the site name, on one line; %NULL if none */
static GString *
page_title (xmlNode *html,
            Page    *page)
{
  xmlNode *element = find_child (find_child (html, "head"), "title");
  g_autoptr(GString) line = g_string_new (NULL);
  xmlChar *content;
  Emitter emitter;

  if (element == NULL)
    element = page->title;
  if (element == NULL)
    return NULL;

  content = xmlNodeGetContent (element);
  if (content == NULL)
    return NULL;

  emitter_init (&emitter, line);
  emitter_add_text (&emitter, (const char *) content);
  emitter_clear (&emitter);
  xmlFree (content);

  if (line->len == 0)
    return NULL;
  g_string_truncate (line, line->len - 1);
  strip_site_name (line);
  return g_steal_pointer (&line);
}

/* ---- Extraction --------------------------------------------------------- */

static GString *
extract_main_text (const char *html,
                   gsize       length)
{
  const int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
                      HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                      HTML_PARSE_IGNORE_ENC;
  GString *text = g_string_new (NULL);
  g_autoptr(GString) title = NULL;
  htmlDocPtr doc;
  xmlNode *html_element;
  xmlNode *body;
  Page page = { 0, };
  Output output = { 0, };

  g_assert (length <= G_MAXINT);

  doc = htmlReadMemory (html, (int) length, NULL, "UTF-8", options);
  if (doc == NULL)
    return text;

  html_element = xmlDocGetRootElement (doc);
  if (html_element == NULL)
    {
      xmlFreeDoc (doc);
      return text;
    }
  body = find_child (html_element, "body");
  if (body == NULL)
    body = html_element;

  page.infos = g_array_new (FALSE, FALSE, sizeof (NodeInfo));
  page.texts = g_array_new (FALSE, FALSE, sizeof (TextCounts));
  page.markers = g_array_new (FALSE, FALSE, sizeof (guint));

  walk (body, index_enter, index_leave, &page);
  page.has_cjk = page.raw_cjk > 0;
  page.page_raw = info_of (&page, body)->raw;
  walk (body, measure_enter, measure_leave, &page);

  output.page = &page;
  output.root = choose_root (&page);
  emitter_init (&output.emitter, text);
  output.emitter.drop_tools = TRUE;
  walk (output.root, output_enter, output_leave, &output);
  emitter_clear (&output.emitter);

  title = page_title (html_element, &page);
  if (title != NULL && !starts_with_title (text->str, title))
    {
      g_string_append_c (title, '\n');
      g_string_prepend_len (text, title->str, title->len);
    }

  g_array_unref (page.infos);
  g_array_unref (page.texts);
  g_array_unref (page.markers);
  xmlFreeDoc (doc);

  return text;
}

G_MODULE_EXPORT gboolean
baogao_html_reader_extract (const guint8   *data,
                            gsize           length,
                            const char     *encoding,
                            BaogaoDecoded  *out,
                            GError        **error)
{
  Decoding decoding = { 0, };
  g_autofree char *charset = NULL;
  GString *text;

  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  out->text = NULL;
  out->length = 0;
  out->encoding = NULL;

  if (length == 0)
    {
      g_set_error (error, BAOGAO_ERROR, BAOGAO_ERROR_FAILED,
                   "The HTML page is empty");
      return FALSE;
    }

  ensure_initialized ();

  if (!decode_page (data, length, encoding, &decoding, &charset, error))
    return FALSE;

  if (decoding.length > G_MAXINT)
    {
      g_set_error (error, BAOGAO_ERROR, BAOGAO_ERROR_FAILED,
                   "The HTML page is too large: %" G_GSIZE_FORMAT " bytes"
                   " of text, more than the HTML parser takes",
                   decoding.length);
      decoding_clear (&decoding);
      return FALSE;
    }

  text = extract_main_text (decoding.text, decoding.length);
  decoding_clear (&decoding);

  /* libxml2 makes UTF-8 of UTF-8, and the emitter copies only whole
   * characters; this is a safety net */
  if (G_UNLIKELY (!g_utf8_validate_len (text->str, text->len, NULL)))
    {
      char *valid = g_utf8_make_valid (text->str, text->len);

      g_string_assign (text, valid);
      g_free (valid);
    }

  out->length = text->len;
  out->text = g_string_free (text, FALSE);
  out->encoding = g_steal_pointer (&charset);
  return TRUE;
}

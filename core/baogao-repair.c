/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/*
 * baogao-repair.c: undo a print layout
 *
 * Reports are often copied from a newspaper page or a PDF. The layout breaks
 * sentences where a column or a page ends (`加大资\n\n金投入`), and leaves
 * print markers that say where the article goes on (`(下转第五版)`) or where
 * it came from (`（上接第一版）`). baogao_repair_print_layout() removes the
 * markers and joins the broken lines, and records every removal so that
 * offsets into the repaired text map back to the original.
 *
 * ```c
 * g_autoptr(GArray) repairs = g_array_new (FALSE, FALSE, sizeof (BaogaoRepair));
 * gsize n;
 * g_autofree char *fixed = baogao_repair_print_layout (text, len, &n, repairs);
 * ```
 *
 * ## Lines
 *
 * The text is read as content lines: a line's content is what is left once
 * whitespace and print markers are set aside; a line without content is
 * blank. Between two content lines L and M lies a break: the end of L
 * (trailing whitespace, a marker glued to it), the newlines, blank and
 * marker lines, and the start of M (indentation, a marker glued to it).
 *
 * A break is joined (removed whole) when:
 *
 * - L is not in the title block (the lines before `各位代表`);
 * - L does not end a sentence: its last character is not one of
 *   `。！？；：”’」』）．.:;!?)…` (a closing quote after a character that
 *   ends none, `通过“第一议题”`, ends none);
 * - M starts with punctuation that cannot open a paragraph (`，、。）》”`…):
 *   join; otherwise
 * - M does not start a paragraph (`一、` `二是` `（三）` `(4)` `5、` `第一，`
 *   `各位代表` `同志们` `——`, a bullet, or a box's label: `监督：`,
 *   `【代表工作】`) and starts with a Chinese
 *   character, a digit, an opening bracket or a letter (not a letter or
 *   digit after a letter or digit: Latin words are not glued);
 * - L ends with a character, a digit, a letter, an opening bracket, `》`,
 *   `，` or `、`;
 * - and either L leaves a bracket open (`《省人大常委会组`), or L ends with
 *   a particle or conjunction no heading ends with (`的` `和` `之` `把` `被`
 *   `将` `或` `了`), or L is not a heading. A heading has no sentence
 *   punctuation (`。！？；`) inside; it starts with a section marker (not
 *   an item's `①`, nor an address that goes on, `各位代表，`) and is
 *   at most 100 characters long, or it has no comma or colon either and is
 *   at most 40 characters long (`过去一年的主要工作`). A line starting with
 *   `—` or ending with `会议上` (the date line) is a heading too. But an
 *   unmarked line of three Chinese characters or more is no heading when M
 *   goes on with a count that finishes its phrase: a number and its unit
 *   (`035件`), maybe after one or two characters (`专项工作` / `报告19个`),
 *   though not after a word a paragraph opens with (`全年` `共` `其中`
 *   `我省` …) and not a time (`2023年`, `5月`, `18个月来`).
 *
 * In text wrapped at a fixed width (most lines of one length, as
 * `pdftotext` writes them), a line of that length is not a heading.
 *
 * Any other break is kept as it is, minus its markers.
 *
 * ## Markers
 *
 * `(` or `（`, optional spaces, `下转`, `上接`, `转`, `接` or `续`, an
 * optional `第`, a page (Arabic or Chinese digits, an optional leading
 * letter, as in `A2`) and `版`, `页` or `面` — or `下页`/`上页`/`次页` —,
 * optional spaces, `)` or `）`. A marker is removed wherever it stands.
 *
 * ## Page lines
 *
 * A line that holds nothing but a newspaper's masthead or a PDF's running
 * header or footer — a date, a weekday, a page, the paper's name, a
 * column's name, editor credits; see is_page_line() — is removed like a
 * marker line, and recorded as a print marker: the break around it is read
 * as if it were blank (`单行条例4` / masthead / `1件` joins to `41件`).
 * A PDF's page number alone is one too, between dashes (`— 2 —`, `－2－`)
 * or said as a page (`第 2 页`, `第2页 共12页`), and so is a page number
 * opening or closing a line with a date (`06　特别关注　2025年1月22日`).
 *
 * ## Stray spaces
 *
 * Once the breaks are joined, the lines of the body (after the title
 * block) lose the spaces a web or PDF copy left in them: a lone space
 * between two Chinese characters of a sentence (`专 题询问`), but not in
 * a title or a quote, nor in a heading, where a space sets two phrases
 * apart; and every lone space of a line spaced out character by
 * character (`制 定 法 规 1 0 件`), but between two Latin letters. A
 * heading a PDF copy spaced out so (`一 、 立 法 工 作`, `（ 四 ） 加 强…`)
 * loses its spaces too: its marker opens a paragraph spaced out or not,
 * its length is counted without them, and it is never taken for a line
 * of the wrapping width. They are recorded as `space` removals. See
 * find_stray_spaces ().
 */

#include "baogao-repair-private.h"

#include <string.h>

/* How far into the text the title block may reach, in lines */
#define HEADER_MAX_LINES 60
/* A line this short without sentence punctuation is a heading */
#define HEADING_MAX_CHARS 40
/* ... this long when it starts with a section marker */
#define MARKED_HEADING_MAX_CHARS 100
/* The longest marker, in bytes: （ 下转 第 A 十二 版 ） with spaces */
#define MARKER_MAX_BYTES 48
/* Wrapped text: lines of one length (give or take one), between these (a
 * newspaper's narrow column holds 11 to 14 characters), that
 * go on directly on the next line make up at least 30% of the lines (and
 * there are at least WRAP_MIN_LINES of them) */
#define WRAP_MIN_CHARS 10
#define WRAP_MAX_CHARS 120
#define WRAP_MIN_LINES 8
/* How much longer than the wrapping width a wrapped line may be (a
 * closing punctuation mark hangs past it) */
#define WRAP_SLACK_CHARS 3

typedef const guchar uchar;

/* Decodes the character at @i, tolerating invalid UTF-8 (a bad byte reads
 * as U+FFFD and is one byte long). */
static gunichar
get_char (uchar *s,
          gsize  n,
          gsize  i,
          gsize *next)
{
  guchar c = s[i];
  gsize len;
  gunichar u;

  if (c < 0x80)
    {
      *next = i + 1;
      return c;
    }
  if (c >= 0xC2 && c < 0xE0)
    {
      len = 2;
      u = c & 0x1F;
    }
  else if (c >= 0xE0 && c < 0xF0)
    {
      len = 3;
      u = c & 0x0F;
    }
  else if (c >= 0xF0 && c < 0xF5)
    {
      len = 4;
      u = c & 0x07;
    }
  else
    {
      *next = i + 1;
      return 0xFFFD;
    }
  if (i + len > n)
    {
      *next = i + 1;
      return 0xFFFD;
    }
  for (gsize k = 1; k < len; k++)
    {
      if ((s[i + k] & 0xC0) != 0x80)
        {
          *next = i + 1;
          return 0xFFFD;
        }
      u = (u << 6) | (s[i + k] & 0x3F);
    }
  *next = i + len;
  return u;
}

/* The character that ends at @end (after @start), or 0 */
static gunichar
get_prev_char (uchar *s,
               gsize  start,
               gsize  end,
               gsize *begin)
{
  gsize i = end;
  gsize next;
  gunichar u;

  if (end <= start)
    return 0;
  i = end - 1;
  while (i > start && end - i < 4 && (s[i] & 0xC0) == 0x80)
    i--;
  u = get_char (s, end, i, &next);
  if (next != end)
    {
      i = end - 1;
      u = 0xFFFD;
    }
  if (begin)
    *begin = i;
  return u;
}

/* Byte length of the whitespace character at @i, or 0 */
static inline gsize
space_len (uchar *s,
           gsize  n,
           gsize  i)
{
  guchar c = s[i];

  if (c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f')
    return 1;
  if (c == 0xE3 && i + 2 < n && s[i + 1] == 0x80 && s[i + 2] == 0x80)
    return 3; /* U+3000 */
  if (c == 0xC2 && i + 1 < n && s[i + 1] == 0xA0)
    return 2; /* U+00A0 */
  return 0;
}

/* Byte length of the whitespace character ending at @end, or 0 */
static inline gsize
space_len_before (uchar *s,
                  gsize  start,
                  gsize  end)
{
  if (end <= start)
    return 0;
  switch (s[end - 1])
    {
    case ' ': case '\t': case '\r': case '\v': case '\f':
      return 1;
    case 0x80:
      if (end - start >= 3 && s[end - 3] == 0xE3 && s[end - 2] == 0x80)
        return 3;
      return 0;
    case 0xA0:
      if (end - start >= 2 && s[end - 2] == 0xC2)
        return 2;
      return 0;
    default:
      return 0;
    }
}

static inline gboolean
is_open_paren (uchar *s,
               gsize  n,
               gsize  i)
{
  return s[i] == '(' ||
         (s[i] == 0xEF && i + 2 < n && s[i + 1] == 0xBC && s[i + 2] == 0x88);
}

static inline gboolean
has_prefix (uchar      *s,
            gsize       n,
            gsize       i,
            const char *prefix,
            gsize       len)
{
  return i + len <= n && memcmp (s + i, prefix, len) == 0;
}

#define HAS(s, n, i, lit) has_prefix ((s), (n), (i), (lit), sizeof (lit) - 1)

/* The value of a Chinese digit, -1 for another character */
static int
chinese_digit (gunichar u)
{
  switch (u)
    {
    case 0x3007: /* 〇 */
    case 0x96F6: return 0; /* 零 */
    case 0x4E00: return 1; /* 一 */
    case 0x4E8C: /* 二 */
    case 0x4E24: return 2; /* 两 */
    case 0x4E09: return 3; /* 三 */
    case 0x56DB: return 4; /* 四 */
    case 0x4E94: return 5; /* 五 */
    case 0x516D: return 6; /* 六 */
    case 0x4E03: return 7; /* 七 */
    case 0x516B: return 8; /* 八 */
    case 0x4E5D: return 9; /* 九 */
    case 0x5341: return 10; /* 十 */
    case 0x767E: return 100; /* 百 */
    default: return -1;
    }
}

static int
arabic_digit (gunichar u)
{
  if (u >= '0' && u <= '9')
    return (int) (u - '0');
  if (u >= 0xFF10 && u <= 0xFF19)
    return (int) (u - 0xFF10);
  return -1;
}

gsize
baogao_repair_match_marker (const char *text,
                            gsize       length,
                            gsize       pos,
                            gint8      *direction,
                            guint16    *page)
{
  uchar *s = (uchar *) text;
  gsize n = MIN (length, pos + MARKER_MAX_BYTES);
  gsize i = pos;
  gsize next;
  gint8 dir;
  guint value = 0;
  guint section = 0;
  gboolean any_digit = FALSE;
  gboolean chinese = FALSE;
  gunichar u;

  g_return_val_if_fail (text != NULL || length == 0, 0);

  if (pos >= length || !is_open_paren (s, length, pos))
    return 0;
  i += s[i] == '(' ? 1 : 3;
  while (i < n && space_len (s, n, i) > 0)
    i += space_len (s, n, i);

  if (HAS (s, n, i, "下转"))
    dir = 1, i += 6;
  else if (HAS (s, n, i, "上接") || HAS (s, n, i, "紧接"))
    dir = -1, i += 6;
  else if (HAS (s, n, i, "转"))
    dir = 1, i += 3;
  else if (HAS (s, n, i, "接") || HAS (s, n, i, "续"))
    dir = -1, i += 3;
  else
    return 0;

  if (HAS (s, n, i, "下页") || HAS (s, n, i, "上页") ||
      HAS (s, n, i, "次页") || HAS (s, n, i, "后页") || HAS (s, n, i, "前页"))
    {
      i += 6;
    }
  else
    {
      if (HAS (s, n, i, "第"))
        i += 3;
      if (i < n && ((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= 'a' && s[i] <= 'z')))
        i++;
      while (i < n)
        {
          int d;

          u = get_char (s, n, i, &next);
          if ((d = arabic_digit (u)) >= 0 && !chinese)
            value = value * 10 + (guint) d;
          else if ((d = chinese_digit (u)) >= 0 && (chinese || !any_digit))
            {
              chinese = TRUE;
              if (d == 10 || d == 100)
                {
                  section += (value == 0 ? 1 : value) * (guint) d;
                  value = 0;
                }
              else
                value = value * 10 + (guint) d;
            }
          else
            break;
          any_digit = TRUE;
          if (value > 9999 || section > 9999)
            return 0;
          i = next;
        }
      if (!any_digit)
        return 0;
      value += section;
      if (!(HAS (s, n, i, "版") || HAS (s, n, i, "页") || HAS (s, n, i, "面")))
        return 0;
      i += 3;
    }

  while (i < n && space_len (s, n, i) > 0)
    i += space_len (s, n, i);
  if (i < n && s[i] == ')')
    i++;
  else if (HAS (s, n, i, "）"))
    i += 3;
  else
    return 0;

  if (direction)
    *direction = dir;
  if (page)
    *page = (guint16) MIN (value, G_MAXUINT16);
  return i;
}

/* Finds the next marker in [@from, @to) */
static gboolean
find_marker (uchar *s,
             gsize  n,
             gsize  from,
             gsize  to,
             gsize *m_start,
             gsize *m_end)
{
  gsize half = from, full = from;

  while (from < to)
    {
      const guchar *p;
      gsize i, e;

      /* the next ( and the next （ (EF BC 88), each found with memchr */
      if (half < from)
        half = from;
      if (half < to && s[half] != '(')
        {
          p = memchr (s + half, '(', to - half);
          half = p ? (gsize) (p - s) : to;
        }
      if (full < from)
        full = from;
      while (full < to && !(s[full] == 0xEF && full + 2 < n && s[full + 1] == 0xBC && s[full + 2] == 0x88))
        {
          p = memchr (s + full + 1, 0xEF, to - full - 1);
          full = p ? (gsize) (p - s) : to;
        }
      i = MIN (half, full);
      if (i >= to)
        return FALSE;
      e = baogao_repair_match_marker ((const char *) s, n, i, NULL, NULL);
      if (e != 0 && e <= to)
        {
          *m_start = i;
          *m_end = e;
          return TRUE;
        }
      from = i + 1;
    }
  return FALSE;
}

/* The start of a marker that ends exactly at @end (after @start), or
 * G_MAXSIZE */
static gsize
marker_ending_at (uchar *s,
                  gsize  n,
                  gsize  start,
                  gsize  end)
{
  gsize floor;

  if (end <= start)
    return G_MAXSIZE;
  if (!(s[end - 1] == ')' ||
        (end - start >= 3 && s[end - 3] == 0xEF && s[end - 2] == 0xBC && s[end - 1] == 0x89)))
    return G_MAXSIZE;
  floor = end - start > MARKER_MAX_BYTES ? end - MARKER_MAX_BYTES : start;
  for (gsize k = end - 1; k-- > floor;)
    {
      if (is_open_paren (s, n, k))
        {
          if (baogao_repair_match_marker ((const char *) s, n, k, NULL, NULL) == end)
            return k;
          return G_MAXSIZE;
        }
    }
  return G_MAXSIZE;
}

static gboolean
is_han (gunichar u)
{
  return (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF) ||
         (u >= 0xF900 && u <= 0xFAFF) || (u >= 0x20000 && u <= 0x3FFFF) ||
         u == 0x3007;
}

static gboolean
is_latin_or_digit (gunichar u)
{
  return (u >= '0' && u <= '9') || (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') ||
         (u >= 0xFF10 && u <= 0xFF19) || (u >= 0xFF21 && u <= 0xFF3A) ||
         (u >= 0xFF41 && u <= 0xFF5A);
}

/* Ends a sentence, a clause that closes a paragraph, or a heading */
static gboolean
is_terminal (gunichar u)
{
  switch (u)
    {
    case 0x3002: /* 。 */
    case 0xFF01: /* ！ */
    case 0xFF1F: /* ？ */
    case 0xFF1B: /* ； */
    case 0xFF1A: /* ： */
    case 0x201D: /* ” */
    case 0x2019: /* ’ */
    case 0x300D: /* 」 */
    case 0x300F: /* 』 */
    case 0xFF09: /* ） */
    case 0xFF0E: /* ． */
    case 0x2026: /* … */
    case '.': case ':': case ';': case '!': case '?': case ')':
      return TRUE;
    default:
      return FALSE;
    }
}

/* Inside a sentence only: ends a sentence but not a heading */
static gboolean
is_sentence_stop (gunichar u)
{
  return u == 0x3002 || u == 0xFF01 || u == 0xFF1F || u == 0xFF1B ||
         u == '!' || u == '?' || u == ';';
}

/* Cannot open a paragraph: what follows belongs to the line before */
static gboolean
is_continuing_punct (gunichar u)
{
  switch (u)
    {
    case 0xFF0C: /* ， */
    case 0x3001: /* 、 */
    case 0x3002: /* 。 */
    case 0xFF1B: /* ； */
    case 0xFF1A: /* ： */
    case 0xFF09: /* ） */
    case 0x300B: /* 》 */
    case 0x3009: /* 〉 */
    case 0x201D: /* ” */
    case 0x2019: /* ’ */
    case 0x300D: /* 」 */
    case 0x300F: /* 』 */
    case 0xFF01: /* ！ */
    case 0xFF1F: /* ？ */
    case 0xFF05: /* ％ */
    case ',': case ';': case ':': case ')': case '%': case '!': case '?':
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
is_open_bracket (gunichar u)
{
  switch (u)
    {
    case 0x300A: /* 《 */
    case 0x3008: /* 〈 */
    case 0x201C: /* “ */
    case 0x2018: /* ‘ */
    case 0xFF08: /* （ */
    case 0x300C: /* 「 */
    case 0x300E: /* 『 */
    case 0x3010: /* 【 */
    case '(': case '[':
      return TRUE;
    default:
      return FALSE;
    }
}

/* Whether the label of a line of a box that sums the year up starts at
 * @i: the name of a field of work and a colon (立法：审议法规案32件, 监督
 * 工作：…), or the name in 【】. Such lines end without a full stop, and
 * are no print lines to join. */
static gboolean
starts_ledger_label (uchar *s,
                     gsize  n,
                     gsize  i)
{
  static const char * const labels[] = {
    "立法", "地方立法", "立法工作", "监督", "监督工作", "人大监督", "代表", "代表工作",
    "代表履职", "服务代表", "自身建设", "机关建设", "宣传", "宣传工作", "新闻宣传",
    "人事任免", "决定任免",
  };
  gboolean bracket = HAS (s, n, i, "【");

  if (bracket)
    i += strlen ("【");
  for (guint k = 0; k < G_N_ELEMENTS (labels); k++)
    {
      gsize len = strlen (labels[k]);

      if (!has_prefix (s, n, i, labels[k], len))
        continue;
      /* (立法 is a prefix of 立法工作: read on when it is no label) */
      if (bracket ? HAS (s, n, i + len, "】")
                  : HAS (s, n, i + len, "：") || HAS (s, n, i + len, ":"))
        return TRUE;
    }
  return FALSE;
}

/* Past the one half-width space at @j that a line spaced out character
 * by character (一 、 立 法 工 作, （ 四 ）) sets between the characters
 * of its marker, or @j */
static inline gsize
skip_marker_space (uchar *s,
                   gsize  n,
                   gsize  j)
{
  return j + 1 < n && s[j] == ' ' && s[j + 1] != ' ' ? j + 1 : j;
}

/* Whether a paragraph or heading marker starts at @i: 一、 二是 （三） (4)
 * 5、 6. 第一， 第二部分 各位代表 同志们 —— a bullet, or the label of a
 * box's line; its characters may be spaced out (一 、, （ 四 ）) */
static gboolean
starts_paragraph (uchar *s,
                  gsize  n,
                  gsize  i)
{
  gsize j, next;
  gunichar u;
  guint count = 0;
  gboolean ordinal;

  if (i >= n)
    return FALSE;
  if (HAS (s, n, i, "各位代表") || HAS (s, n, i, "各位委员") ||
      HAS (s, n, i, "同志们") || HAS (s, n, i, "—") || starts_ledger_label (s, n, i))
    return TRUE;

  u = get_char (s, n, i, &next);
  switch (u)
    {
    case 0x25CF: case 0x25A0: case 0x25C6: case 0x25C7: case 0x25A1:
    case 0x25CB: case 0x2022: case 0x00B7: case 0x203B: case 0x2605:
    case 0x2606: case 0x25B2: case 0x25BA: case 0x2460: case 0x2461:
    case 0x2462: case 0x2463: case 0x2464: case 0x2465: case 0x2466:
    case 0x2467: case 0x2468: case 0x2469:
      return TRUE; /* ● ■ ◆ ◇ □ ○ • · ※ ★ ☆ ▲ ► ①…⑩ */
    default:
      break;
    }

  /* （一） (1) */
  if (u == '(' || u == 0xFF08)
    {
      j = skip_marker_space (s, n, next);
      while (j < n && count < 4)
        {
          u = get_char (s, n, j, &next);
          if (chinese_digit (u) < 0 && arabic_digit (u) < 0)
            break;
          count++;
          j = skip_marker_space (s, n, next);
        }
      if (count == 0 || j >= n)
        return FALSE;
      u = get_char (s, n, j, &next);
      return u == ')' || u == 0xFF09;
    }

  /* 第一， 第二部分 */
  j = i;
  ordinal = u == 0x7B2C; /* 第 */
  if (ordinal)
    j = skip_marker_space (s, n, next);

  /* 一、 二是 1、 2. */
  {
    gboolean chinese = FALSE;
    gboolean arabic = FALSE;

    while (j < n && count < 4)
      {
        u = get_char (s, n, j, &next);
        if (chinese_digit (u) >= 0 && u != 0x4E24 && !arabic)
          chinese = TRUE;
        else if (arabic_digit (u) >= 0 && !chinese)
          arabic = TRUE;
        else
          break;
        count++;
        j = next;
        /* (十 一 、: a number spaced out goes on) */
        if (skip_marker_space (s, n, j) != j)
          {
            gsize after;
            gunichar d = get_char (s, n, j + 1, &after);

            if ((chinese ? chinese_digit (d) >= 0 && d != 0x4E24 : arabic_digit (d) >= 0))
              j++;
          }
      }
    if (count == 0 || j >= n)
      return FALSE;
    /* (一 、, 一 是: spaced out) */
    j = skip_marker_space (s, n, j);
    u = get_char (s, n, j, &next);
    if (u == 0x3001) /* 、 */
      return TRUE;
    if (u == 0x662F && chinese) /* 是 */
      return TRUE;
    /* (一, and 一，: a heading's number as some copies set it; not after
     * Arabic digits, where a comma parts thousands) */
    if ((u == ',' || u == 0xFF0C) && chinese && !ordinal)
      return TRUE;
    if (!ordinal && arabic &&
        (u == 0xFF0E || u == ')' || u == 0xFF09 ||
         (u == '.' && (next >= n || arabic_digit (get_char (s, n, next, &next)) < 0))))
      return TRUE;
    if (ordinal)
      return u == 0xFF0C || u == ',' || u == 0xFF1A || u == ':' ||
             HAS (s, n, j, "部分") || HAS (s, n, j, "章") || HAS (s, n, j, "节") ||
             HAS (s, n, j, "篇") || HAS (s, n, j, "条");
  }
  return FALSE;
}

/* A unit a count is written with (19个, 5项, 1.2万余条) */
static gboolean
is_count_unit (gunichar u)
{
  switch (u)
    {
    case 0x4E2A: /* 个 */
    case 0x4EF6: /* 件 */
    case 0x9879: /* 项 */
    case 0x6B21: /* 次 */
    case 0x573A: /* 场 */
    case 0x671F: /* 期 */
    case 0x4EBA: /* 人 */
    case 0x540D: /* 名 */
    case 0x4F4D: /* 位 */
    case 0x90E8: /* 部 */
    case 0x7BC7: /* 篇 */
    case 0x6761: /* 条 */
    case 0x5BB6: /* 家 */
    case 0x6240: /* 所 */
    case 0x6279: /* 批 */
    case 0x5904: /* 处 */
    case 0x4EFD: /* 份 */
    case 0x7C7B: /* 类 */
    case 0x6237: /* 户 */
    case 0x5EA7: /* 座 */
    case 0x5957: /* 套 */
    case 0x672C: /* 本 */
    case 0x8F6E: /* 轮 */
    case 0x8D77: /* 起 */
    case 0x4E07: /* 万 */
    case 0x4EBF: /* 亿 */
    case 0x5343: /* 千 */
    case 0x4F59: /* 余 */
    case 0x591A: /* 多 */
    case 0x5143: /* 元 */
    case 0xFF05: /* ％ */
    case '%':
      return TRUE;
    default:
      return FALSE;
    }
}

/* A character a paragraph may open with before a number: a time, a total, a
 * determiner (全年, 共有, 累计, 其中, 今年, 各级, 我省, 本市 …) */
static gboolean
is_count_opening (gunichar u)
{
  switch (u)
    {
    case 0x5168: /* 全 */
    case 0x5171: /* 共 */
    case 0x7D2F: /* 累 */
    case 0x5148: /* 先 */
    case 0x5176: /* 其 */
    case 0x603B: /* 总 */
    case 0x5408: /* 合 */
    case 0x76EE: /* 目 */
    case 0x73B0: /* 现 */
    case 0x5DF2: /* 已 */
    case 0x65B0: /* 新 */
    case 0x8FD1: /* 近 */
    case 0x4ECA: /* 今 */
    case 0x53BB: /* 去 */
    case 0x660E: /* 明 */
    case 0x5E74: /* 年 */
    case 0x5404: /* 各 */
    case 0x6BCF: /* 每 */
    case 0x8FD9: /* 这 */
    case 0x6B64: /* 此 */
    case 0x8BE5: /* 该 */
    case 0x672C: /* 本 */
    case 0x6211: /* 我 */
    case 0x7EA6: /* 约 */
    case 0x8FBE: /* 达 */
    case 0x8D85: /* 超 */
    case 0x6709: /* 有 */
    case 0x5C4A: /* 届 */
      return TRUE;
    default:
      return FALSE;
    }
}

/* A character no heading ends with: a particle or a conjunction that needs
 * what follows (…的, …和, …之) */
static gboolean
is_dangling (gunichar u)
{
  switch (u)
    {
    case 0x7684: /* 的 */
    case 0x548C: /* 和 */
    case 0x4E4B: /* 之 */
    case 0x628A: /* 把 */
    case 0x88AB: /* 被 */
    case 0x5C06: /* 将 */
    case 0x6216: /* 或 */
    case 0x4E86: /* 了 */
      return TRUE;
    default:
      return FALSE;
    }
}

/* Whether the content at @i goes on with a count that belongs to the line
 * before: a number and its unit (`035件`, `19个`), maybe after one or two
 * characters that end a phrase the line began (`报告19个` after
 * `专项工作`). A paragraph opens with a subject, a time or a total before
 * its first count (`全年召开`, `2023年`, `5月以来`, `18个月来`), not so. */
static gboolean
continues_with_count (uchar *s,
                      gsize  n,
                      gsize  i)
{
  gsize next, after;
  guint han = 0, digits = 0;
  gunichar u;

  /* print markers inside the line are read as removed, as they will be */
  for (;;)
    {
      gsize me;

      while (i < n && is_open_paren (s, n, i) &&
             (me = baogao_repair_match_marker ((const char *) s, n, i, NULL, NULL)) != 0)
        i = me;
      if (i >= n)
        return FALSE;
      u = get_char (s, n, i, &next);

      if (digits == 0 && is_han (u) && chinese_digit (u) < 0)
        {
          if ((han == 0 && is_count_opening (u)) || is_dangling (u))
            return FALSE;
          if (++han > 2)
            return FALSE;
        }
      else if (arabic_digit (u) >= 0)
        digits++;
      else if (!(digits > 0 && (u == '.' || u == 0xFF0E) && next < n &&
                 arabic_digit (get_char (s, n, next, &after)) >= 0))
        break;
      i = next;
    }
  if (digits == 0 || !is_count_unit (u))
    return FALSE;

  /* 18个月来 */
  while (next < n && is_open_paren (s, n, next) &&
         (after = baogao_repair_match_marker ((const char *) s, n, next, NULL, NULL)) != 0)
    next = after;
  return !(u == 0x4E2A && next < n && get_char (s, n, next, &next) == 0x6708);
}

/* Whether the line [@start, @end) is a row of a table or a box of
 * figures: a bar between a figure's count and its name (8次｜常委会会议,
 * 常委会会议 | 8次), or columns aligned with a run of spaces or a tab
 * inside it (代表提出建议      682 件). Such a row has its own count; the
 * line after it is the next row, never the rest of its phrase. */
static gboolean
is_table_row (const uchar *s,
              gsize        start,
              gsize        end)
{
  guint spaces = 0;
  gsize i = start;

  /* (past the indent: 　　全年… is no column) */
  while (i < end && (s[i] == ' ' || s[i] == '\t' || (i + 3 <= end && memcmp (s + i, "\xE3\x80\x80", 3) == 0)))
    i += s[i] == 0xE3 ? 3 : 1;
  for (; i < end; i++)
    {
      if (s[i] == '|' || s[i] == '\t' || (i + 3 <= end && memcmp (s + i, "\xEF\xBD\x9C", 3) == 0))
        return TRUE;
      spaces = s[i] == ' ' ? spaces + 1 : 0;
      if (spaces >= 3)
        return TRUE;
    }
  return FALSE;
}

/* Whether the row [@start, @end) of a table or a box holds a count: a
 * number and its unit, maybe a column's spaces between (682 件, 8次｜…,
 * 98.2 %) */
static gboolean
row_has_count (uchar *s,
               gsize  start,
               gsize  end)
{
  gboolean digits = FALSE;
  gsize next;

  for (gsize k = start; k < end; k = next)
    {
      gunichar u = get_char (s, end, k, &next);

      if (digits && (is_count_unit (u) || u == '%' || u == 0xFF05))
        return TRUE;
      if (arabic_digit (u) >= 0 || u == '.')
        digits = TRUE;
      else if (!(digits && (u == ' ' || u == 0x3000)))
        digits = FALSE;
    }
  return FALSE;
}

/* The longest line of a box of figures (bytes): some 30 characters */
#define FIGURE_LINE_MAX_BYTES (30 * 3)

/* The longest heading of an appendix (bytes): 附表：2023年常委会主要工作数据 */
#define APPENDIX_HEADING_MAX_BYTES (24 * 3)

/* How far into a line a tab makes it a table's row (bytes) */
#define TABLE_ROW_MAX_BYTES (100 * 3)

/* Whether the line [@start, @end) is a field of a box of figures: a
 * name, a colon or white space and a count, nothing after it (制定地方性
 * 法规：8件, 开展执法检查 6次). Such lines stand apart like the box's
 * others. */
static gboolean
is_figure_line (uchar *s,
                gsize  start,
                gsize  end)
{
  gsize colon = 0, next;
  guint digits = 0, units = 0;

  /* (a box's line is short: a paragraph being joined is read no more) */
  if (end - start > FIGURE_LINE_MAX_BYTES)
    return FALSE;

  /* the count first, a dash or a space and the name (12件——全年制定的地
   * 方性法规, 6件　制定地方性法规) */
  for (gsize k = start; k < end; k = next)
    {
      gunichar u = get_char (s, end, k, &next);

      if (arabic_digit (u) >= 0 || u == '.' || u == 0xFF0E)
        digits++;
      else if (digits > 0 && units == 0 && is_count_unit (u))
        units++;
      else if (digits > 0 && units > 0 && (HAS (s, end, k, "——") || space_len (s, end, k) > 0))
        return TRUE;
      else
        break;
    }
  digits = units = 0;

  for (gsize k = start; k < end; k = next)
    {
      gunichar u = get_char (s, end, k, &next);

      if (u == 0xFF1A || u == ':')
        colon = next;
      else if (k > start && space_len (s, end, k) > 0)
        colon = k + space_len (s, end, k);
    }
  if (colon == 0 || colon == end)
    return FALSE;
  for (gsize k = colon; k < end; k = next)
    {
      gunichar u = get_char (s, end, k, &next);

      if (units == 0 && (arabic_digit (u) >= 0 || u == '.' || u == 0xFF0E))
        digits++;
      else if (digits > 0 && units == 0 && (u == 0x4E07 /* 万 */ || u == 0x4F59 /* 余 */ || u == 0x591A /* 多 */))
        continue;
      else if (digits > 0 && is_han (u) && ++units <= 2)
        continue;
      else if (space_len (s, end, k) == 0)
        return FALSE;
    }
  return digits > 0 && units > 0;
}

/* Whether [@start, @end) has a count: Arabic digits and a unit right
 * after them (新建42个). Headings do not state counts. */
static gboolean
has_count (uchar *s,
           gsize  start,
           gsize  end)
{
  gsize next;
  gboolean digits = FALSE, counted = FALSE;

  for (gsize k = start; k < end; k = next)
    {
      gunichar u = get_char (s, end, k, &next);

      if (digits && is_count_unit (u))
        counted = TRUE;
      /* (a clause goes on after it: a heading has none, 推动办好10件民生实事) */
      else if (counted && (u == 0xFF0C || u == ','))
        return TRUE;
      digits = arabic_digit (u) >= 0;
    }
  return FALSE;
}

/* Does the line at @m open with a count's unit (次, 余条, 多人次) that ends
 * its word: punctuation, a digit or the line's end after it, not another
 * character of a word the unit starts (人大, 本届, 部分)? */
static gboolean
opens_with_unit (uchar *s,
                 gsize  n,
                 gsize  m)
{
  gsize next;
  gunichar u = get_char (s, n, m, &next);

  /* (余, 多, 万 may stand before the unit: 1400⏎余条) */
  for (guint k = 0; k < 2 && (u == 0x4F59 || u == 0x591A || u == 0x4E07) && next < n; k++)
    u = get_char (s, n, next, &next);
  if (!is_count_unit (u))
    return FALSE;
  /* (人次: a unit of two characters) */
  if (u == 0x4EBA && next < n && HAS (s, n, next, "次"))
    next += 3;
  if (next >= n || s[next] == '\n')
    return TRUE;
  u = get_char (s, n, next, &next);
  return !is_han (u);
}

/* Whether the line at @i opens with an item's circled number (①…⑩) or
 * an address that goes on (各位代表，…): paragraph markers that mark no
 * heading, whose lines are as long as a sentence may be */
static gboolean
opens_item_or_address (uchar *s,
                       gsize  n,
                       gsize  i)
{
  static const char * const addresses[] = { "各位代表", "各位委员", "同志们" };
  gsize next;
  gunichar u = get_char (s, n, i, &next);

  if (u >= 0x2460 && u <= 0x2469)
    return TRUE;
  for (guint k = 0; k < G_N_ELEMENTS (addresses); k++)
    {
      gsize len = strlen (addresses[k]);

      if (has_prefix (s, n, i, addresses[k], len))
        return HAS (s, n, i + len, "，") || HAS (s, n, i + len, ",");
    }
  return FALSE;
}

static gsize lone_space_at (uchar *s,
                            gsize  start,
                            gsize  end,
                            gsize  i);
static gboolean is_spaced_out (uchar *s,
                               gsize  start,
                               gsize  end);

/* Whether the line [@start, @end) reads as a heading; the spaces of a
 * line spaced out character by character are not counted */
static gboolean
is_heading (uchar *s,
            gsize  start,
            gsize  end)
{
  gsize i = start, next;
  guint chars = 0;
  gunichar last = 0;
  gboolean clause = FALSE;
  gboolean spaced = is_spaced_out (s, start, end);

  while (i < end && space_len (s, end, i) > 0)
    i += space_len (s, end, i);
  if (i < end && HAS (s, end, i, "—"))
    return TRUE;
  if (end - i >= 9 && memcmp (s + end - 9, "会议上", 9) == 0)
    return TRUE;

  for (gsize k = i; k < end; k = next)
    {
      gunichar u;
      gsize gap = spaced ? lone_space_at (s, i, end, k) : 0;

      if (gap > 0)
        {
          next = k + gap;
          continue;
        }
      u = get_char (s, end, k, &next);
      if (last && is_sentence_stop (last))
        return FALSE;
      if (last == 0xFF0C || last == ',' || last == 0xFF1A || last == ':')
        clause = TRUE;
      last = u;
      /* too long for a heading either way: the rest of a line that
       * joining made long need not be read */
      if (++chars > MAX (HEADING_MAX_CHARS, MARKED_HEADING_MAX_CHARS))
        return FALSE;
    }
  if (starts_paragraph (s, end, i) && !opens_item_or_address (s, end, i))
    return chars <= MARKED_HEADING_MAX_CHARS;
  return chars <= HEADING_MAX_CHARS && !clause;
}

/* Page header and footer lines
 *
 * A newspaper page carries a masthead (`甘肃日报  2022年1月28日  星期五
 * 第5版  要闻`) and a PDF a running header or footer (`2022年1月28日　星期五
 * ５`, `责任编辑：张某某`). Copied with the text, such a line lands next to
 * the page-break markers, in the middle of a sentence, and would be glued
 * into it when the break is joined. It is read as items apart from white
 * space: a date or a gazette's issue (`2019年第1号`), a weekday, a page
 * (`第5版`, `A2版`, a bare number), the paper's name (a short word ending
 * in `报`, or a congress's gazette, `…常务委员会公报`), a column's name (a
 * short word) and editor credits. A line made of such items only, with at
 * least two of date, weekday, page and paper (a date alone or a column's
 * name alone may be real text), or of credits, or a newspaper's page alone
 * or with its column's name (`第3版`, `第3版 要闻`), is a page line.
 * Punctuation or a longer word anywhere in the line makes it text. */

/* A page line is short */
#define PAGE_LINE_MAX_BYTES (60 * 3)
#define PAGE_LINE_MAX_ITEMS 12
/* A paper's or a column's name, or a lunar date (`农历壬寅年腊月廿六`) */
#define PAGE_WORD_MAX_CHARS 10
/* …and a gazette's (某某省人民代表大会常务委员会公报) */
#define PAGE_GAZETTE_MAX_CHARS 24
#define PAGE_NAME_MAX_CHARS 4

/* Byte length of an item separator at @i (white space, `|`, `·`, `■` …),
 * or 0 */
static gsize
page_separator_len (uchar *s,
                    gsize  n,
                    gsize  i)
{
  gsize w = space_len (s, n, i);
  gsize next;

  if (w > 0)
    return w;
  switch (get_char (s, n, i, &next))
    {
    case '|': case '/': case 0xFF5C: /* ｜ */
    case 0x00B7: case 0x30FB: case 0x2022: /* · ・ • */
    case 0x25A0: case 0x25C6: case 0x25CF: /* ■ ◆ ● */
      return next - i;
    default:
      return 0;
    }
}

/* A number at @i of 1 to @max digits, Arabic or, when @chinese_ok, Chinese
 * (〇 一 … 十, not 两 or 百). Returns its end, or 0; sets @value and whether
 * it was written in Chinese. */
static gsize
page_number (uchar    *s,
             gsize     n,
             gsize     i,
             guint     max,
             gboolean  chinese_ok,
             guint    *value,
             gboolean *chinese)
{
  guint count = 0, val = 0, tens = 0;
  gboolean is_chinese = FALSE;
  gsize next;

  while (i < n && count <= max)
    {
      gunichar u = get_char (s, n, i, &next);
      int d;

      if ((d = arabic_digit (u)) >= 0 && !is_chinese)
        val = val * 10 + (guint) d;
      else if (chinese_ok && (count == 0 || is_chinese) &&
               (d = chinese_digit (u)) >= 0 && d != 100 && u != 0x4E24)
        {
          is_chinese = TRUE;
          if (d == 10)
            {
              tens += (val == 0 ? 1 : val) * 10;
              val = 0;
            }
          else
            val = val * 10 + (guint) d;
        }
      else
        break;
      count++;
      i = next;
    }
  if (count == 0 || count > max)
    return 0;
  if (value)
    *value = MIN (tens + val, 9999);
  if (chinese)
    *chinese = is_chinese;
  return i;
}

/* A date at @i: `2022年1月28日`, `1月28日`, `二〇二二年一月二十八日`,
 * `2022-01-28`, `2022.1.28`. Returns its end or 0. */
static gsize
page_date (uchar *s,
           gsize  n,
           gsize  i)
{
  gsize j;

  /* 2022-01-28: four ASCII digits and a separator */
  j = page_number (s, n, i, 4, FALSE, NULL, NULL);
  if (j == i + 4 && j < n && (s[j] == '-' || s[j] == '.' || s[j] == '/'))
    {
      guchar sep = s[j];

      j = page_number (s, n, j + 1, 2, FALSE, NULL, NULL);
      if (j != 0 && j < n && s[j] == sep)
        return page_number (s, n, j + 1, 2, FALSE, NULL, NULL);
      return 0;
    }

  /* [2022年]1月28日 */
  j = page_number (s, n, i, 4, TRUE, NULL, NULL);
  if (j == 0)
    return 0;
  /* a gazette's issue: 2019年第1号, 2019年第3期 */
  if (HAS (s, n, j, "年第"))
    {
      gsize k = page_number (s, n, j + 6, 3, TRUE, NULL, NULL);

      if (k != 0 && (HAS (s, n, k, "号") || HAS (s, n, k, "期")))
        return k + 3;
      return 0;
    }
  if (HAS (s, n, j, "年"))
    {
      j = page_number (s, n, j + 3, 3, TRUE, NULL, NULL);
      if (j == 0)
        return 0;
    }
  if (!HAS (s, n, j, "月"))
    return 0;
  j = page_number (s, n, j + 3, 3, TRUE, NULL, NULL);
  if (j == 0 || !HAS (s, n, j, "日"))
    return 0;
  return j + 3;
}

/* A weekday at @i: 星期五, 星期天, 周五. Returns its end or 0. */
static gsize
page_weekday (uchar *s,
              gsize  n,
              gsize  i)
{
  gsize j, next;
  gunichar u;
  int d;

  if (HAS (s, n, i, "星期"))
    j = i + 6;
  else if (HAS (s, n, i, "周"))
    j = i + 3;
  else
    return 0;
  if (j >= n)
    return 0;
  u = get_char (s, n, j, &next);
  d = chinese_digit (u);
  if ((d >= 1 && d <= 6 && u != 0x4E24) || u == 0x65E5 /* 日 */ ||
      (u == 0x5929 /* 天 */ && j == i + 6))
    return next;
  return 0;
}

/* A page at @i: `第5版`, `第五版`, `A2版`, `第 5 页` (@explicit), or a bare
 * number of up to three Arabic digits, maybe after a letter, that a
 * separator or the end follows. Returns its end or 0. */
static gsize
page_page (uchar    *s,
           gsize     n,
           gsize     i,
           gboolean *explicit,
           guint    *page)
{
  gsize j = i, k;
  gboolean ordinal = FALSE, chinese = FALSE;

  if (HAS (s, n, j, "第"))
    {
      ordinal = TRUE;
      j += 3;
      while (j < n && space_len (s, n, j) > 0)
        j += space_len (s, n, j);
    }
  if (j < n && ((s[j] >= 'A' && s[j] <= 'Z') || (s[j] >= 'a' && s[j] <= 'z')))
    j++;
  k = page_number (s, n, j, 3, TRUE, page, &chinese);
  if (k == 0)
    return 0;
  j = k;
  while (j < n && space_len (s, n, j) > 0)
    j += space_len (s, n, j);
  if (HAS (s, n, j, "版") || HAS (s, n, j, "页"))
    {
      *explicit = TRUE;
      return j + 3;
    }
  if (ordinal || chinese || (k < n && page_separator_len (s, n, k) == 0))
    return 0;
  *explicit = FALSE;
  return k;
}

/* The end of the editor's role the Han word [@i, @end) starts with, or 0.
 * A role that is also an ordinary word (`编辑出版`, `制图标准`) is @weak. */
static gsize
page_credit_role (uchar    *s,
                  gsize     end,
                  gsize     i,
                  gboolean *weak)
{
  static const char *const roles[] = {
    "责任编辑", "本版编辑", "本版责编", "美术编辑", "责编", "美编",
    /* weak */
    "版式设计", "编辑", "校对", "版式", "审校", "校审", "组版", "制图",
  };

  for (guint k = 0; k < G_N_ELEMENTS (roles); k++)
    if (has_prefix (s, end, i, roles[k], strlen (roles[k])))
      {
        *weak = k >= 6;
        return i + strlen (roles[k]);
      }
  return 0;
}

/* The end of the run of Han characters at @i, and their count */
static gsize
han_run (uchar *s,
         gsize  n,
         gsize  i,
         guint *chars)
{
  gsize next;

  *chars = 0;
  while (i < n && is_han (get_char (s, n, i, &next)))
    {
      (*chars)++;
      i = next;
    }
  return i;
}

/* The end of the dashes and white space at @i (a PDF's footer: — 2 —,
 * －2－, - 2 -), and how many dashes there were */
static gsize
skip_dashes (uchar *s,
             gsize  n,
             gsize  i,
             guint *dashes)
{
  *dashes = 0;
  while (i < n)
    {
      gsize next, w = space_len (s, n, i);

      if (w > 0)
        {
          i += w;
          continue;
        }
      switch (get_char (s, n, i, &next))
        {
        /* (and the dots some print a page's number between: ·5·) */
        case '-': case 0x2012: case 0x2013: case 0x2014: case 0x2212: case 0xFF0D:
        case 0x00B7: case 0x2022: case 0x30FB:
          (*dashes)++;
          i = next;
          continue;
        default:
          return i;
        }
    }
  return i;
}

/* Whether the content [@start, @end) of a line is a PDF's page number
 * alone: between dashes (— 2 —), or said as a page (第 2 页, 第2页 共12页);
 * sets @value to it */
static gboolean
is_page_number_line (uchar *s,
                     gsize  start,
                     gsize  end,
                     guint *value)
{
  guint before, after;
  gsize i = skip_dashes (s, end, start, &before);
  gsize j;

  if (before > 0)
    {
      j = page_number (s, end, i, 3, FALSE, value, NULL);
      return j != 0 && skip_dashes (s, end, j, &after) == end && after > 0;
    }
  if (!HAS (s, end, i, "第"))
    return FALSE;
  i = skip_dashes (s, end, i + 3, &before);
  j = page_number (s, end, i, 3, TRUE, value, NULL);
  if (j == 0 || before > 0)
    return FALSE;
  j = skip_dashes (s, end, j, &after);
  if (after > 0 || !HAS (s, end, j, "页"))
    return FALSE;
  j = skip_dashes (s, end, j + 3, &after);
  if (j == end)
    return after == 0;
  /* 共12页, 共 12 页 */
  if (after > 0 || !HAS (s, end, j, "共"))
    return FALSE;
  i = skip_dashes (s, end, j + 3, &before);
  j = page_number (s, end, i, 3, TRUE, NULL, NULL);
  if (j == 0 || before > 0)
    return FALSE;
  j = skip_dashes (s, end, j, &after);
  return after == 0 && HAS (s, end, j, "页") && skip_dashes (s, end, j + 3, &after) == end && after == 0;
}

/* The shortest line, in bytes, that a bare page number may break: a
 * line of running text (some 15 characters), not a label in a box of
 * figures (常委会会议 / 8) */
#define PAGE_BROKEN_LINE_MIN_BYTES (15 * 3)

/* Whether the content [@start, @end) of a line is a page number alone,
 * with no dashes (03), printed inside a sentence: the line of content
 * before it, [@prev_start, @prev_end), is running text broken off after a
 * Han character, and the line at @next goes on with a word, or with a
 * number after a page's leading zero (…接收报备规范性 / 03 / 文件152件…;
 * 会议 / 03 / 10次), not with a unit, which would make the number a count
 * or a date wrapped alone (…会议 / 8 / 次; 2023年 / 11 / 月). Sets @page. */
static gboolean
is_bare_page_number (uchar   *s,
                     gsize    n,
                     gsize    prev_start,
                     gsize    prev_end,
                     gsize    start,
                     gsize    end,
                     gsize    next,
                     guint16 *page)
{
  gsize after;
  guint value = 0;
  gunichar u;

  if (end <= start || end - start > 3 || prev_end < prev_start + PAGE_BROKEN_LINE_MIN_BYTES)
    return FALSE;
  for (gsize i = start; i < end; i++)
    {
      if (!g_ascii_isdigit (s[i]))
        return FALSE;
      value = value * 10 + (guint) (s[i] - '0');
    }
  if (!is_han (get_prev_char (s, prev_start, prev_end, NULL)))
    return FALSE;
  while (next < n && space_len (s, n, next) > 0)
    next += space_len (s, n, next);
  if (next >= n || s[next] == '\n')
    return FALSE;
  u = get_char (s, n, next, &after);
  if (!(is_han (u) && !is_count_unit (u)) && !g_unichar_isdigit (u))
    return FALSE;
  /* (a number wrapped before its date's unit, 在2023年 / 11 / 月召开, is
   * no page's; nor one a digit goes on after, 意见建议 / 32 / 0余条, but
   * a page's with its leading zero, 会议 / 03 / 10次) */
  if (u == 0x6708 /* 月 */ || u == 0x5E74 /* 年 */ || u == 0x65E5 /* 日 */ || u == 0x5C4A /* 届 */ ||
      (g_unichar_isdigit (u) && s[start] != '0'))
    return FALSE;
  *page = (guint16) value;
  return TRUE;
}

/* Whether the Han word [@i, @end) is a newspaper column's usual name */
static gboolean
is_column_name (uchar *s,
                gsize  i,
                gsize  end)
{
  static const char *const columns[] = {
    "要闻", "综合", "综合新闻", "新闻", "特别关注", "专版", "专题", "时政", "本地", "特刊", "两会",
    "两会特刊", "两会专版", "人大", "评论", "理论",
  };

  for (guint k = 0; k < G_N_ELEMENTS (columns); k++)
    if (end - i == strlen (columns[k]) && memcmp (s + i, columns[k], end - i) == 0)
      return TRUE;
  return FALSE;
}

/* Whether the content [@start, @end) of a line is a page header or footer;
 * sets @page to the page it names, 0 if none */
static gboolean
is_page_line (uchar   *s,
              gsize    start,
              gsize    end,
              guint16 *page)
{
  guint dates = 0, weekdays = 0, pages = 0, papers = 0;
  guint credits = 0, others = 0, items = 0;
  /* pages said as a newspaper's (版), and the words naming its columns */
  guint editions = 0, columns = 0;
  guint page_value = 0;
  /* a bare number opening or closing the line, beside a date: its page
   * (06　特别关注　2025年1月22日) */
  gboolean bare_first = FALSE, bare_last = FALSE;
  guint bare_value = 0;
  gsize i = start;

  if (end <= start || end - start > PAGE_LINE_MAX_BYTES)
    return FALSE;
  if (is_page_number_line (s, start, end, &page_value))
    {
      *page = (guint16) page_value;
      return TRUE;
    }

  while (i < end)
    {
      gsize j, w;
      guint chars;
      gboolean explicit = FALSE;
      guint value = 0;

      if ((w = page_separator_len (s, end, i)) > 0)
        {
          i += w;
          continue;
        }
      if (++items > PAGE_LINE_MAX_ITEMS)
        return FALSE;

      if ((j = page_date (s, end, i)) != 0)
        dates++;
      else if ((j = page_weekday (s, end, i)) != 0)
        weekdays++;
      else if ((j = page_page (s, end, i, &explicit, &value)) != 0)
        {
          if (explicit)
            {
              pages++;
              if (HAS (s, end, j - 3, "版"))
                editions++;
              if (page_value == 0)
                page_value = value;
            }
          else
            {
              others++;
              bare_first = bare_first || items == 1;
              bare_value = value;
            }
          bare_last = !explicit;
          i = j;
          continue;
        }
      else if ((j = han_run (s, end, i, &chars)) != i)
        {
          gboolean weak = FALSE;
          gsize role_end = page_credit_role (s, j, i, &weak);
          gboolean colon = role_end == j &&
                           (HAS (s, end, j, "：") || HAS (s, end, j, ":"));

          if (role_end != 0 && (!weak || colon))
            {
              guint name = 0;
              gsize k = role_end;

              /* 责任编辑张某某, 责任编辑：张某某, 美编 李某 */
              if (k == j)
                {
                  if (colon)
                    k += s[k] == ':' ? 1 : 3;
                  while (k < end && space_len (s, end, k) > 0)
                    k += space_len (s, end, k);
                  j = han_run (s, end, k, &name);
                  /* a two-character name set out with a space (周　敏) */
                  if (name == 1 && HAS (s, end, j, "\u3000"))
                    {
                      guint rest;
                      gsize m = han_run (s, end, j + 3, &rest);

                      if (rest == 1)
                        {
                          j = m;
                          name = 2;
                        }
                    }
                }
              else
                han_run (s, j, k, &name);
              if (name == 0 || name > PAGE_NAME_MAX_CHARS)
                return FALSE;
              credits++;
            }
          /* (a congress's gazette is longer: 某某省人民代表大会常务委员会公报) */
          else if (chars >= 2 && memcmp (s + j - 3, "报", 3) == 0 &&
                   (chars <= PAGE_WORD_MAX_CHARS ||
                    (chars <= PAGE_GAZETTE_MAX_CHARS && memcmp (s + j - 6, "公报", 6) == 0)))
            papers++;
          else if (chars >= 2 && chars <= PAGE_WORD_MAX_CHARS)
            {
              others++;
              if (is_column_name (s, i, j))
                columns++;
            }
          else
            return FALSE;
        }
      else
        return FALSE;
      bare_last = FALSE;
      i = j;
    }

  if (pages == 0 && dates > 0 && (bare_first || bare_last))
    {
      pages++;
      others--;
      page_value = bare_value;
    }
  /* a newspaper's page and the name of its column alone (第3版 要闻, 要
   * 闻 第3版), or the page alone (第3版): no line of a report says only
   * that */
  if (editions == 1 && pages == 1 && (columns == 1 || items == 1) && others == columns &&
      dates == 0 && weekdays == 0 && papers == 0 && credits == 0)
    {
      *page = (guint16) page_value;
      return TRUE;
    }
  if (!((dates > 0) + (weekdays > 0) + (pages > 0) + (papers > 0) >= 2 ||
        (credits > 0 && (dates + weekdays + pages + papers > 0 || others == 0))))
    return FALSE;
  *page = (guint16) page_value;
  return TRUE;
}

/* What should_join () needs to know of the current output line, read
 * once as the line grows: joining wrapped lines can make one line of the
 * whole text, and reading it again at every break would take time
 * quadratic in its length. */
typedef struct
{
  gsize line;           /* the line it is about (its start) */
  gsize content;        /* where the line's content starts, past white
                         * space; or the end read so far */
  gsize read;           /* the line is read up to here */
  int   title;          /* 《〈 open */
  int   quote;          /* “ open */
  int   paren;          /* （( open */
  guint han;            /* Han characters */
} LineState;

typedef struct
{
  uchar   *s;
  gsize    n;
  GString *out;
  GArray  *repairs;
  gsize    line_start;  /* start of the current output line */
  guint    wrap_min;    /* lines this long are wrapped (0: no wrapping) */
  guint    prev_chars;  /* length of the input line before the break */
  LineState state;      /* of the current output line */
  GArray  *page_lines;  /* PageLine: those of the break not yet emitted */
} Repairer;

/* A page header or footer line found in a break: its content (the line
 * minus white space and markers) */
typedef struct
{
  gsize   start;
  gsize   end;
  guint16 page;
} PageLine;

/* The start of the current output line's content, past white space. */
static gsize
line_content_start (Repairer *r)
{
  LineState *st = &r->state;
  uchar *out = (uchar *) r->out->str;
  gsize out_len = r->out->len;

  if (st->line != r->line_start)
    {
      *st = (LineState) { 0, };
      st->line = st->content = st->read = r->line_start;
    }

  while (st->content == st->read && st->content < out_len &&
         space_len (out, out_len, st->content) > 0)
    st->content = st->read = st->content + space_len (out, out_len, st->content);

  return st->content;
}

/* Brings the counts of r->state up to the end of the output, which only
 * grows and ends on a character boundary; after line_content_start (). */
static void
line_state_update (Repairer *r)
{
  LineState *st = &r->state;
  uchar *out = (uchar *) r->out->str;
  gsize out_len = r->out->len;
  gsize next;

  for (gsize k = st->read; k < out_len; k = next)
    {
      gunichar u = get_char (out, out_len, k, &next);

      switch (u)
        {
        case 0x300A: case 0x3008: st->title++; break;
        case 0x300B: case 0x3009: st->title = MAX (st->title - 1, 0); break;
        case 0x201C: st->quote++; break;
        case 0x201D: st->quote = MAX (st->quote - 1, 0); break;
        case 0xFF08: case '(': st->paren++; break;
        case 0xFF09: case ')': st->paren = MAX (st->paren - 1, 0); break;
        default: break;
        }
      st->han += is_han (u);
    }
  st->read = out_len;
}

static void
add_repair (Repairer        *r,
            BaogaoRepairKind kind,
            gsize            start,
            gsize            end,
            gint8            direction,
            guint16          page)
{
  BaogaoRepair rep = { kind, direction, page, start, end, r->out->len };

  if (r->repairs == NULL || start >= end)
    return;
  if (kind == BAOGAO_REPAIR_JOIN_LINES && r->repairs->len > 0)
    {
      BaogaoRepair *last = &g_array_index (r->repairs, BaogaoRepair, r->repairs->len - 1);

      if (last->kind == kind && last->src_end == start && last->out_pos == rep.out_pos)
        {
          last->src_end = end;
          return;
        }
    }
  g_array_append_val (r->repairs, rep);
}

static void
append (Repairer *r,
        gsize     start,
        gsize     end)
{
  const guchar *nl;
  const guchar *p = r->s + start;

  if (start >= end)
    return;
  g_string_append_len (r->out, (const char *) r->s + start, end - start);
  while ((nl = memchr (p, '\n', (gsize) (r->s + end - p))) != NULL)
    {
      r->line_start = r->out->len - (gsize) (r->s + end - (nl + 1));
      p = nl + 1;
    }
}

/* Copies [@start, @end) without its markers, or (@join) removes it all */
static void
emit_markers (Repairer *r,
              gsize     start,
              gsize     end,
              gboolean  join)
{
  gsize i = start, ms, me;

  while (i < end && find_marker (r->s, r->n, i, end, &ms, &me))
    {
      gint8 dir = 0;
      guint16 page = 0;

      if (join)
        add_repair (r, BAOGAO_REPAIR_JOIN_LINES, i, ms, 0, 0);
      else
        append (r, i, ms);
      baogao_repair_match_marker ((const char *) r->s, r->n, ms, &dir, &page);
      add_repair (r, BAOGAO_REPAIR_PRINT_MARKER, ms, me, dir, page);
      i = me;
    }
  if (join)
    add_repair (r, BAOGAO_REPAIR_JOIN_LINES, i, end, 0, 0);
  else
    append (r, i, end);
}

/* The same, without the page lines of the break either: a page line is
 * recorded as a print marker */
static void
emit (Repairer *r,
      gsize     start,
      gsize     end,
      gboolean  join)
{
  gsize i = start;
  guint k;

  for (k = 0; k < r->page_lines->len; k++)
    {
      const PageLine *pl = &g_array_index (r->page_lines, PageLine, k);

      if (pl->start < i || pl->end > end)
        break;
      emit_markers (r, i, pl->start, join);
      add_repair (r, BAOGAO_REPAIR_PRINT_MARKER, pl->start, pl->end, 0, pl->page);
      i = pl->end;
    }
  if (k > 0)
    g_array_remove_range (r->page_lines, 0, k);
  emit_markers (r, i, end, join);
}

/* Is @u a character a copy may have set a stray space beside: a Chinese
 * character or full-width punctuation (not a full-width digit or letter:
 * a space beside a number stays, as beside 560) */
static gboolean
is_cjk (gunichar u)
{
  return is_han (u) || (u >= 0x3001 && u <= 0x303F) || (u >= 0xFF01 && u <= 0xFF5E && !is_latin_or_digit (u)) ||
         u == 0x201C || u == 0x201D || u == 0x2018 || u == 0x2019 || u == 0x2014 || u == 0x2026;
}

/* The length of the one space at @i that stands between two other
 * characters (a half-width space or a no-break space, not a run of them,
 * nor U+3000, which sets parts of a line apart), or 0 */
static gsize
lone_space_at (uchar *s,
               gsize  start,
               gsize  end,
               gsize  i)
{
  gsize w = s[i] == ' ' ? 1 : space_len (s, end, i) == 2 /* U+00A0 */ ? 2 : 0;

  if (w == 0 || i == start || i + w >= end ||
      space_len (s, end, i + w) > 0 || space_len_before (s, start, i) > 0)
    return 0;
  return w;
}

/* Is the line [@start, @end) spaced out character by character, as some
 * PDF copies set a heading (一 、 立 法 工 作, （ 四 ） 加 强 自 身 建 设):
 * four Chinese characters or more, hardly two of them side by side, and
 * lone spaces between? */
static gboolean
is_spaced_out (uchar *s,
               gsize  start,
               gsize  end)
{
  guint han = 0, side_by_side = 0, spaces = 0;
  gboolean after_han = FALSE;

  for (gsize i = start; i < end; i++)
    {
      if (s[i] >= 0xE4 && s[i] <= 0xE9)
        {
          han++;
          side_by_side += after_han;
          after_han = TRUE;
          i += i + 2 < end ? 2 : 0;
          continue;
        }
      if ((s[i] == ' ' || s[i] == 0xC2) && lone_space_at (s, start, end, i) > 0)
        spaces++;
      after_han = FALSE;
    }
  return han >= 4 && spaces >= 3 && side_by_side * 4 <= han;
}

/* The characters a line opens with that decide whether the break before
 * it is joined (一、, （三）, 第一，, a count's unit): no stray space is
 * removed among them */
#define LINE_OPENING_CHARS 4

/* Is there a no-break space (C2 A0) in [@start, @end)? */
static gboolean
has_nbsp (uchar *s,
          gsize  start,
          gsize  end)
{
  const guchar *p = s + start, *e = s + end;

  while ((p = memchr (p, 0xC2, (gsize) (e - p))) != NULL && p + 1 < e)
    {
      if (p[1] == 0xA0)
        return TRUE;
      p++;
    }
  return FALSE;
}

/* Are @before and @after, two characters a space sets apart in the
 * opening of a line spaced out throughout, two ideographs of words (制 定),
 * none of them a numeral or 第, which may open an item (第 一, 一 是)? */
static gboolean
opening_words_apart (gunichar before,
                     gunichar after)
{
  return is_han (before) && is_han (after) && chinese_digit (before) < 0 && chinese_digit (after) < 0 &&
         before != 0x7B2C /* 第 */ && after != 0x7B2C;
}

/* A stray space found in the joined text: where, and how long */
typedef struct
{
  gsize at;
  gsize len;
} StraySpace;

/* Finds the stray spaces a web or PDF copy left in the line content
 * [@cs, @ce) of the body, appending them to @found:
 *
 * - in a line spaced out character by character (`制 定 法 规 1 0 件`: a
 *   lone space for every other Chinese character, or more), every lone
 *   space but one between two Latin letters;
 * - in any other line, one between two Chinese characters (`专 题询问`),
 *   though not in a title or a quote, where a space may set two phrases
 *   apart (《坚持… 不断…》); spaces beside a digit are read by the counts
 *   (`发布稿件 560 余篇`): those stay.
 *
 * The lines are those of the text once its breaks are joined, and only
 * lines that end a sentence lose spaces, past their first few characters
 * (a heading may set phrases apart with one, 一、坚持人民至上 加强立法工
 * 作) but for those between two ideographs, no numerals, of a line spaced
 * out (制 定 地 方…, not 一 是): what decides the joins does not change
 * when the spaces go, and a second repair finds none. */
static void
find_stray_spaces (uchar  *s,
                   gsize   cs,
                   gsize   ce,
                   GArray *found)
{
  gsize han = 0, spaces = 0, from = cs;
  gboolean spaced_out, throughout;
  gint titles = 0;
  gunichar last;

  /* (most lines have no space: a half-width one, or a no-break one, C2 A0) */
  if (memchr (s + cs, ' ', ce - cs) == NULL && !has_nbsp (s, cs, ce))
    return;
  /* (a line that ends a sentence: no break after it joins, whatever its
   * spaces, and none before it, as its opening is left as it is; or a
   * line spaced out character by character, a heading most often, whose
   * joins its spaces do not decide: see is_spaced_out ()) */
  last = get_prev_char (s, cs, ce, NULL);
  throughout = is_spaced_out (s, cs, ce);
  if (!is_sentence_stop (last) && !throughout)
    return;
  if (!throughout)
    for (guint n = 0; n < LINE_OPENING_CHARS && from < ce; n++)
      get_char (s, ce, from, &from);

  /* the lone spaces, and the Chinese characters by their first byte
   * (E4 … E9: U+4000 … U+9FFF), byte by byte */
  for (gsize i = cs; i < ce; i++)
    if (s[i] >= 0xE4 && s[i] <= 0xE9)
      han++;
    else if ((s[i] == ' ' || s[i] == 0xC2) && lone_space_at (s, cs, ce, i) > 0)
      spaces++;
  spaced_out = throughout || (han >= 8 && spaces * 2 >= han);

  for (gsize i = cs; i < ce; i++)
    {
      StraySpace space;
      gunichar before, after;

      /* (《…》, 〈…〉, “…”: E3 80 8A/88, E3 80 8B/89, E2 80 9C, E2 80 9D) */
      if ((s[i] == 0xE3 || s[i] == 0xE2) && i + 2 < ce && s[i + 1] == 0x80)
        {
          guchar c = s[i + 2];

          if ((s[i] == 0xE3 && (c == 0x8A || c == 0x88)) || (s[i] == 0xE2 && c == 0x9C))
            titles++;
          else if (((s[i] == 0xE3 && (c == 0x8B || c == 0x89)) || (s[i] == 0xE2 && c == 0x9D)) && titles > 0)
            titles--;
          continue;
        }
      if ((s[i] != ' ' && s[i] != 0xC2) || (i < from && !spaced_out))
        continue;
      space.at = i;
      space.len = lone_space_at (s, cs, ce, i);
      if (space.len == 0)
        continue;
      before = get_prev_char (s, cs, i, NULL);
      after = get_char (s, ce, i + space.len, &(gsize) { 0 });
      /* (a line spaced out throughout loses the spaces of its opening
       * between two ideographs too, 制 定 地 方 性 法 规…, not beside a
       * numeral, a digit or a mark, which may tell how it joins) */
      if (i < from ? opening_words_apart (before, after)
          : spaced_out ? !(before < 0x80 && g_ascii_isalpha (before) && after < 0x80 && g_ascii_isalpha (after))
                       : (titles == 0 && is_cjk (before) && is_cjk (after)))
        g_array_append_val (found, space);
      i += space.len - 1;
    }
}

static gsize find_header_end (uchar    *s,
                              gsize     n,
                              gboolean *found);

/* Where the text at @out_offset was in the source, by the records of
 * @repairs from @first on (see baogao_repair_map_to_source ()) */
static gsize
map_to_source_from (const GArray *repairs,
                    guint         first,
                    gsize         out_offset)
{
  const BaogaoRepair *reps = (const BaogaoRepair *) (const void *) repairs->data;
  gsize lo = first, hi = repairs->len;

  while (lo < hi)
    {
      gsize mid = lo + (hi - lo) / 2;

      if (reps[mid].out_pos <= out_offset)
        lo = mid + 1;
      else
        hi = mid;
    }
  if (lo == first)
    return out_offset;
  return out_offset + (reps[lo - 1].src_end - reps[lo - 1].out_pos);
}

/* Removes the stray spaces of the body of @text (@length bytes, the
 * print layout undone) in place, and adds their records to @repairs,
 * whose records from @first on are those of the layout: those are moved
 * to the text without the spaces, and the new ones are given their place
 * in the source (see find_stray_spaces ()). Returns the new length. */
static gsize
remove_stray_spaces (char   *text,
                     gsize   length,
                     GArray *repairs,
                     guint   first)
{
  uchar *s = (uchar *) text;
  gboolean has_header;
  gsize header_end = find_header_end (s, length, &has_header);
  g_autoptr(GArray) found = NULL;
  gsize w, from, line;

  if (!has_header)
    return length;

  found = g_array_new (FALSE, FALSE, sizeof (StraySpace));
  /* (from the line after 各位代表) */
  line = header_end;
  while (line < length && s[line] != '\n')
    line++;
  for (; line < length; )
    {
      const guchar *nl = memchr (s + line, '\n', length - line);
      gsize le = nl != NULL ? (gsize) (nl - s) : length;
      gsize cs = line, ce = le;

      while (cs < ce && space_len (s, ce, cs) > 0)
        cs += space_len (s, ce, cs);
      while (ce > cs && space_len_before (s, cs, ce) > 0)
        ce -= space_len_before (s, cs, ce);
      if (cs < ce)
        find_stray_spaces (s, cs, ce, found);
      line = le + 1;
    }
  if (found->len == 0)
    return length;

  /* the layout's records, in the text without the spaces; then the
   * spaces' own, in the source, merged in order */
  if (repairs != NULL)
    {
      guint n_layout = repairs->len - first, k = 0;
      g_autoptr(GArray) merged = g_array_sized_new (FALSE, FALSE, sizeof (BaogaoRepair), n_layout + found->len);
      gsize removed = 0;

      for (guint i = 0; i <= found->len; i++)
        {
          const StraySpace *sp = i < found->len ? &g_array_index (found, StraySpace, i) : NULL;
          gsize src = sp != NULL ? map_to_source_from (repairs, first, sp->at) : G_MAXSIZE;

          /* (a layout record at the space's place in the text comes
           * before it: what it removed is before the space) */
          for (; k < n_layout; k++)
            {
              BaogaoRepair rec = g_array_index (repairs, BaogaoRepair, first + k);

              if (rec.src_start >= src)
                break;
              rec.out_pos -= removed;
              g_array_append_val (merged, rec);
            }
          if (sp != NULL)
            {
              BaogaoRepair rec = { BAOGAO_REPAIR_SPACE, 0, 0, src, src + sp->len, sp->at - removed };

              g_array_append_val (merged, rec);
              removed += sp->len;
            }
        }
      g_array_set_size (repairs, first);
      g_array_append_vals (repairs, merged->data, merged->len);
    }

  /* and out of the text */
  w = from = 0;
  for (guint i = 0; i < found->len; i++)
    {
      const StraySpace *sp = &g_array_index (found, StraySpace, i);

      memmove (text + w, text + from, sp->at - from);
      w += sp->at - from;
      from = sp->at + sp->len;
    }
  memmove (text + w, text + from, length - from);
  w += length - from;
  text[w] = '\0';
  return w;
}

/* Whether @last, the closing quote at @last_at, closes a quote inside a
 * sentence: no mark that ends one stands before it */
static gboolean
closes_quote_inside (uchar   *out,
                     gsize    l_start,
                     gsize    last_at,
                     gunichar last)
{
  gunichar before;

  if (last != 0x201D && last != 0x2019 && last != 0x300D && last != 0x300F)
    return FALSE;
  before = get_prev_char (out, l_start, last_at, NULL);
  return before != 0 && !is_terminal (before);
}

/* Whether the break before the content starting at @m (on a line ending at
 * @m_end) joins the current output line */
static gboolean
should_join (Repairer *r,
             gsize     m,
             gsize     m_end)
{
  uchar *out = (uchar *) r->out->str;
  gsize out_len = r->out->len;
  gsize l_start;
  gsize next, last_at = 0;
  gunichar last, first;
  gboolean table_row;

  l_start = line_content_start (r);

  last = get_prev_char (out, l_start, out_len, &last_at);
  first = get_char (r->s, m_end, m, &next);

  /* a decimal point that the line ends with, a digit before it and one
   * after the break (满意率98. / 2%), is no full stop */
  if ((last == '.' || last == 0xFF0E /* ． */) && g_unichar_isdigit (first) &&
      g_unichar_isdigit (get_prev_char (out, l_start, last_at, NULL)))
    return TRUE;
  /* (a quote closed inside a sentence, 通过“第一议题”⏎学习…, ends none;
   * one closed after a full stop, …立法。”, does) */
  if (last == 0 || (is_terminal (last) && !closes_quote_inside (out, l_start, last_at, last)))
    return FALSE;
  /* (a line broken inside an ordinal, 位居第 / 一，…, opens no heading) */
  if (is_continuing_punct (first) || last == 0x7B2C /* 第 */)
    return TRUE;
  /* (nor a table's row, its cells apart by tabs: a row of a table is
   * one line, read up to some 100 characters) */
  if (is_figure_line (out, l_start, out_len) ||
      memchr (out + l_start, '\t', MIN (out_len - l_start, TABLE_ROW_MAX_BYTES)) != NULL)
    return FALSE;
  /* (nor the heading of an appendix, a table of figures set after the
   * report: 附表：2023年常委会主要工作数据; a heading's length, not a
   * wrapped paragraph's first line, 附件所列数据…) */
  if (out_len - l_start <= APPENDIX_HEADING_MAX_BYTES &&
      (HAS (out, out_len, l_start, "附表") || HAS (out, out_len, l_start, "附件") ||
       HAS (out, out_len, l_start, "附：")))
    return FALSE;
  if (starts_paragraph (r->s, m_end, m))
    return FALSE;
  /* in wrapped text, whose wrapped lines are not indented, a line
   * indented the Chinese way (two ideographic spaces) opens a paragraph:
   * what stands before it ended one (a heading as wide as a narrow
   * column). (A copy that indents every line, its breaks at page ends,
   * is no wrapped text.) */
  if (r->wrap_min > 0 && m >= 6 && memcmp (r->s + m - 6, "\u3000\u3000", 6) == 0)
    return FALSE;

  if (is_latin_or_digit (first))
    {
      /* keep Latin words and numbers apart; a digit may follow a character */
      if (is_latin_or_digit (last) && !(arabic_digit (first) >= 0 && arabic_digit (last) >= 0))
        return FALSE;
    }
  else if (!is_han (first) && !is_open_bracket (first))
    return FALSE;

  if (!(is_han (last) || is_latin_or_digit (last) || is_open_bracket (last) ||
        last == 0x300B || last == 0x3009 || last == 0xFF0C || last == 0x3001 || last == ',' ||
        closes_quote_inside (out, l_start, last_at, last)))
    return FALSE;

  line_state_update (r);
  if (r->state.title > 0 || r->state.quote > 0 || r->state.paren > 0)
    return TRUE;
  /* (a table's row or a box's figure has its own count: the next line is
   * the next row) */
  table_row = is_table_row (out, l_start, out_len);
  if (table_row && row_has_count (out, l_start, out_len))
    return FALSE;
  /* (a line of the wrapping width: a longer one, a heading or a line
   * that was never wrapped, is not) */
  if (r->wrap_min > 0 && r->prev_chars >= r->wrap_min && r->prev_chars <= r->wrap_min + WRAP_SLACK_CHARS &&
      !is_spaced_out (out, l_start, out_len))
    return TRUE;
  /* a short line that is no heading after all: it breaks off, or what
   * follows finishes its phrase with a count. (The line must be longer
   * than what may stand before a count: a line of just that is then never
   * joined to the count, and repairing again finds the same.) */
  if (is_dangling (last) ||
      (!starts_paragraph (out, out_len, l_start) && r->state.han >= 3 &&
       !table_row && continues_with_count (r->s, m_end, m)))
    return TRUE;
  /* a number whose unit opens the next line (专题询问1⏎次), a marked line
   * that states a count (（二）…全年新建42个,…站总⏎数达到…): no heading's.
   * (The line is a marked heading's length at most: is_heading () reads
   * no more either.) */
  if ((arabic_digit (last) >= 0 && opens_with_unit (r->s, m_end, m)) ||
      (starts_paragraph (out, out_len, l_start) &&
       has_count (out, l_start, MIN (out_len, l_start + FIGURE_LINE_MAX_BYTES * 3))))
    return TRUE;
  return !is_heading (out, l_start, out_len);
}

static guint
count_chars (uchar *s,
             gsize  start,
             gsize  end)
{
  guint chars = 0;

  for (gsize i = start; i < end; i++)
    chars += (s[i] & 0xC0) != 0x80;
  return chars;
}

/* Text from a PDF is often wrapped at a fixed width: most lines that go on
 * directly on the next line have the same length, give or take one, and
 * hardly any line is longer. Returns the shortest length of such a wrapped
 * line, or 0 when the text is not wrapped. */
static guint
find_wrap_width (uchar *s,
                 gsize  n)
{
  guint hist[WRAP_MAX_CHARS + 2] = { 0, };
  guint lines = 0, longer = 0, over = 0, best = 0, best_count = 0;
  guint chars = 0, prev_chars = 0;
  gboolean prev_goes_on = FALSE;
  gsize i = 0;

  /* the lengths of the lines of runs: a line that goes on directly on
   * the next one, which goes on too (a heading before its paragraph and
   * a blank line is none) */
  while (i < n)
    {
      const guchar *nl = memchr (s + i, '\n', n - i);
      gsize le, next;
      gboolean goes_on;

      if (nl == NULL)
        break;
      le = (gsize) (nl - s);
      next = le + 1;
      while (next < n && s[next] != '\n' && space_len (s, n, next) > 0)
        next += space_len (s, n, next);
      goes_on = next < n && s[next] != '\n';
      if (prev_goes_on && goes_on && prev_chars >= WRAP_MIN_CHARS)
        {
          if (prev_chars <= WRAP_MAX_CHARS)
            hist[prev_chars]++;
          else
            over++;
        }
      chars = 0;
      if (goes_on && le - i >= WRAP_MIN_CHARS)
        {
          while (le > i && space_len_before (s, i, le) > 0)
            le -= space_len_before (s, i, le);
          chars = count_chars (s, i, le);
        }
      prev_goes_on = goes_on;
      prev_chars = chars;
      i = (gsize) (nl - s) + 1;
    }

  for (guint w = WRAP_MIN_CHARS; w < WRAP_MAX_CHARS; w++)
    {
      guint count = hist[w - 1] + hist[w] + hist[w + 1];

      if (count > best_count)
        {
          best = w;
          best_count = count;
        }
    }
  if (best_count < WRAP_MIN_LINES)
    return 0;

  /* they make up a good part of those lines, and the longest ones */
  lines = over;
  longer = over;
  for (guint w = WRAP_MIN_CHARS; w <= WRAP_MAX_CHARS; w++)
    {
      lines += hist[w];
      longer += w > best + 1 ? hist[w] : 0;
    }
  if (best_count * 10 < lines * 3 || longer * 10 > lines)
    return 0;
  return best - 1;
}

/* The start of the line opening with 各位代表 (the end of the title block),
 * or 0; @found (optional): whether there is one */
static gsize
find_header_end (uchar    *s,
                 gsize     n,
                 gboolean *found)
{
  gsize i = 0;

  if (found != NULL)
    *found = TRUE;

  for (guint line = 0; line < HEADER_MAX_LINES && i < n; line++)
    {
      const guchar *nl = memchr (s + i, '\n', n - i);
      gsize j = i;

      for (;;)
        {
          gsize me;

          if (j < n && space_len (s, n, j) > 0)
            j += space_len (s, n, j);
          else if (j < n && is_open_paren (s, n, j) &&
                   (me = baogao_repair_match_marker ((const char *) s, n, j, NULL, NULL)) != 0)
            j = me;
          else
            break;
        }
      if (HAS (s, n, j, "各位代表"))
        return i;
      if (nl == NULL)
        break;
      i = (gsize) (nl - s) + 1;
    }
  if (found != NULL)
    *found = FALSE;
  return 0;
}

char *
baogao_repair_print_layout (const char *text,
                            gsize       length,
                            gsize      *out_length,
                            GArray     *repairs)
{
  Repairer r = { 0, };
  gsize header_end;
  guint first = repairs != NULL ? repairs->len : 0;
  gsize pos = 0;           /* input before @pos is done */
  gsize line = 0;
  gsize line_before = 0;   /* where the last line of content starts */
  gboolean have_content = FALSE;

  g_return_val_if_fail (text != NULL || length == 0, NULL);
  g_return_val_if_fail (repairs == NULL ||
                        g_array_get_element_size (repairs) == sizeof (BaogaoRepair), NULL);

  r.s = (uchar *) (text ? text : "");
  r.n = length;
  r.out = g_string_sized_new (length + 1);
  r.repairs = repairs;
  header_end = find_header_end (r.s, r.n, NULL);
  r.wrap_min = find_wrap_width (r.s, r.n);
  r.page_lines = g_array_new (FALSE, FALSE, sizeof (PageLine));

  while (line < r.n)
    {
      const guchar *nl = memchr (r.s + line, '\n', r.n - line);
      gsize le = nl ? (gsize) (nl - r.s) : r.n;
      gsize cs = line, ce = le;

      /* content start: skip whitespace and markers */
      while (cs < le)
        {
          gsize w = space_len (r.s, le, cs);
          gsize me;

          if (w > 0)
            cs += w;
          else if (is_open_paren (r.s, le, cs) &&
                   (me = baogao_repair_match_marker ((const char *) r.s, le, cs, NULL, NULL)) != 0)
            cs = me;
          else
            break;
        }

      if (cs < le)
        {
          PageLine pl;

          /* content end: the same, backwards */
          while (ce > cs)
            {
              gsize w = space_len_before (r.s, cs, ce);
              gsize ms;

              if (w > 0)
                ce -= w;
              else if ((ms = marker_ending_at (r.s, le, cs, ce)) != G_MAXSIZE)
                ce = ms;
              else
                break;
            }

          /* a page line is no content: the break goes on over it */
          if (is_page_line (r.s, cs, ce, &pl.page) ||
              (have_content && is_bare_page_number (r.s, r.n, line_before, pos, cs, ce, le + 1, &pl.page)))
            {
              pl.start = cs;
              pl.end = ce;
              g_array_append_val (r.page_lines, pl);
              line = le + 1;
              continue;
            }

          emit (&r, pos, cs,
                have_content && pos >= header_end && should_join (&r, cs, le));
          emit (&r, cs, ce, FALSE);
          line_before = cs;
          pos = ce;
          have_content = TRUE;
          if (r.wrap_min > 0)
            r.prev_chars = count_chars (r.s, line, ce);
        }

      line = le + 1;
    }
  emit (&r, pos, r.n, FALSE);
  g_array_unref (r.page_lines);
  g_string_truncate (r.out, remove_stray_spaces (r.out->str, r.out->len, repairs, first));

  if (out_length)
    *out_length = r.out->len;
  return g_string_free (r.out, FALSE);
}

gsize
baogao_repair_map_to_source (const GArray *repairs,
                             gsize         out_offset)
{
  g_return_val_if_fail (repairs != NULL, out_offset);

  return map_to_source_from (repairs, 0, out_offset);
}

/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/*
 * citation-scan.c: finding 《…》 titles
 *
 * One pass over the text finds every title in 《》 or 〈〉, nested ones too,
 * with a small stack of open brackets: `《关于〈…〉的决定》` is two titles,
 * the inner one a child of the outer one, and so is `《…《…》…》`.
 *
 * ## Titles cut by a page break
 *
 * A newspaper layout may cut a title where a page ends: the title opens on
 * one line and closes on a later one, after blank lines and perhaps print
 * markers such as `(下转第五版)` or `（上接第二版）`. When a line ends
 * inside a title, without sentence punctuation, and the next line with
 * content (blank and marker lines skipped, and not a line that starts a
 * paragraph, like `二是` or `（三）`) closes the open bracket before any
 * sentence punctuation, the title is joined across the break: its span
 * covers the break, its title text leaves the break out, and it is marked
 * `split`. Otherwise the line end closes the title as unbalanced.
 *
 * ## Unbalanced brackets
 *
 * A title is never longer than %CITATION_MAX_CHARS characters and never
 * crosses a paragraph break other than such a join. An opening bracket that
 * is not closed in time gives a best-effort title, marked `unbalanced`: the
 * text after the bracket up to the first punctuation, line end or bracket,
 * at most 60 characters (none when that is shorter than two characters).
 * A stray closing bracket is ignored.
 *
 * ## Kinds
 *
 * citation_classify() gives each title a kind, from the end of its title
 * (`…法` law, but not `办法` `方法` `司法` …, though `公司法`, `预算法` and
 * any `中华人民共和国…法` are laws, `…条例` regulation, `…决定` decision, `…办法` rules, `…方案`
 * plan, `…意见` opinion, `…协议` agreement, `…日报` publication, `…讲话`
 * speech; a trailing `（草案）` or `(2023—2027年)` is set aside first), and
 * for a title that says nothing by its end, from its context: `订阅《…》`,
 * `《…》《…》等报刊杂志`, `在《…》上刊发`, `《…》栏目` make publications, `题为《…》的发言`
 * a speech. Titles listed one after another (`《…》《…》`, `《…》、《…》`)
 * share their context. The level is national for `中华人民共和国…`, laws and
 * other central state bodies' documents, party for `中共…`, provincial or
 * municipal for `省…`, `XX省…`, `XX市…`.
 */

#include "citation-scan.h"

#include <string.h>

/* Open brackets more deeply nested than this are read as text */
#define MAX_DEPTH 8
/* Blank and marker lines a title may be joined across */
#define MAX_BREAK_LINES 8
/* The longest best-effort title of an unbalanced bracket, in characters */
#define MAX_UNBALANCED_CHARS 60
/* The longest print marker, in bytes */
#define MARKER_MAX_BYTES 48

typedef const guchar uchar;

/* 《 》 〈 〉 are E3 80 8A, E3 80 8B, E3 80 88, E3 80 89 */
#define IS_BRACKET(s, n, i) \
  ((s)[i] == 0xE3 && (i) + 2 < (n) && (s)[(i) + 1] == 0x80 && ((s)[(i) + 2] & 0xFC) == 0x88)
#define BRACKET_OPENS(c)  (((c) & 1) == 0)          /* 8A, 88 */
#define BRACKET_TYPE(c)   ((c) == 0x8A || (c) == 0x8B ? 0 : 1)

static G_NO_INLINE gunichar
get_char_slow (uchar *s,
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
    len = 2, u = c & 0x1F;
  else if (c >= 0xE0 && c < 0xF0)
    len = 3, u = c & 0x0F;
  else if (c >= 0xF0 && c < 0xF5)
    len = 4, u = c & 0x07;
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

/* The character at @i, or U+FFFD (one byte) for a malformed one. Most
 * characters of a report are ASCII or three bytes: those are decoded
 * inline, the same as get_char_slow() does, and the rest by it. */
static inline gunichar
get_char (uchar *s,
          gsize  n,
          gsize  i,
          gsize *next)
{
  guchar c = s[i];

  if (c < 0x80)
    {
      *next = i + 1;
      return c;
    }
  if ((c & 0xF0) == 0xE0 && i + 3 <= n &&
      (s[i + 1] & 0xC0) == 0x80 && (s[i + 2] & 0xC0) == 0x80)
    {
      *next = i + 3;
      return (gunichar) (c & 0x0F) << 12 | (gunichar) (s[i + 1] & 0x3F) << 6 | (s[i + 2] & 0x3F);
    }
  return get_char_slow (s, n, i, next);
}

/* The character ending at @end, not before @floor; 0 if none */
static G_NO_INLINE gunichar
get_prev_char_slow (uchar *s,
                    gsize  floor,
                    gsize  end,
                    gsize *begin)
{
  gsize i, next;
  gunichar u;

  if (end <= floor)
    return 0;
  i = end - 1;
  while (i > floor && end - i < 4 && (s[i] & 0xC0) == 0x80)
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

/* get_prev_char_slow(), with a whole three-byte character before @end
 * (most of a report) decoded inline: what it would find */
static inline gunichar
get_prev_char (uchar *s,
               gsize  floor,
               gsize  end,
               gsize *begin)
{
  if (end >= floor + 3 && (s[end - 3] & 0xF0) == 0xE0 &&
      (s[end - 2] & 0xC0) == 0x80 && (s[end - 1] & 0xC0) == 0x80)
    {
      if (begin)
        *begin = end - 3;
      return (gunichar) (s[end - 3] & 0x0F) << 12 | (gunichar) (s[end - 2] & 0x3F) << 6 |
             (s[end - 1] & 0x3F);
    }
  return get_prev_char_slow (s, floor, end, begin);
}

static inline gsize
space_len (uchar *s,
           gsize  n,
           gsize  i)
{
  guchar c = s[i];

  if (c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f')
    return 1;
  if (c == 0xE3 && i + 2 < n && s[i + 1] == 0x80 && s[i + 2] == 0x80)
    return 3;
  if (c == 0xC2 && i + 1 < n && s[i + 1] == 0xA0)
    return 2;
  return 0;
}

/* A word and its length, measured by the compiler: for the lists of
 * words tried at many places */
typedef struct
{
  const char *word;
  gsize       len;
} Lit;

#define LIT(lit) { (lit), sizeof (lit) - 1 }

/* Whether the @len bytes of @lit are at @i: the first two bytes
 * compared without a call (the first alone tells little in CJK text) */
static inline gboolean
has_bytes (uchar      *s,
           gsize       n,
           gsize       i,
           const char *lit,
           gsize       len)
{
  return i + len <= n && s[i] == (uchar) lit[0] && (len < 2 || s[i + 1] == (uchar) lit[1]) &&
         memcmp (s + i, lit, len) == 0;
}

/* (inline: the length of a literal is known to the compiler) */
static inline gboolean
has_lit (uchar      *s,
         gsize       n,
         gsize       i,
         const char *lit)
{
  return has_bytes (s, n, i, lit, strlen (lit));
}

static inline gboolean
ends_with_bytes (uchar      *s,
                 gsize       floor,
                 gsize       end,
                 const char *lit,
                 gsize       len)
{
  if (end < floor + len)
    return FALSE;
  /* from the last byte, which tells most CJK words apart: most tries fail
   * there, without a call to memcmp() */
  for (gsize k = len; k-- > 0;)
    if (s[end - len + k] != (uchar) lit[k])
      return FALSE;
  return TRUE;
}

static inline gboolean
ends_with_lit (uchar      *s,
               gsize       floor,
               gsize       end,
               const char *lit)
{
  return ends_with_bytes (s, floor, end, lit, strlen (lit));
}

static inline gboolean
is_sentence_stop (gunichar u)
{
  return u == 0x3002 || u == 0xFF01 || u == 0xFF1F || u == 0xFF1B ||
         u == '!' || u == '?' || u == ';';
}

static int
numeral_value (gunichar u)
{
  static const gunichar chinese[] = { 0x3007, 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94,
                                      0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341 };

  if (u >= '0' && u <= '9')
    return (int) (u - '0');
  if (u >= 0xFF10 && u <= 0xFF19)
    return (int) (u - 0xFF10);
  for (guint k = 0; k < G_N_ELEMENTS (chinese); k++)
    if (u == chinese[k])
      return (int) k;
  if (u == 0x96F6 || u == 0x767E || u == 0x4E24) /* 零 百 两 */
    return 0;
  return -1;
}

/* A print marker at @i: (下转第五版) （上接第一版） (转第2版) (接上页) */
static gsize
match_marker (uchar *s,
              gsize  length,
              gsize  i)
{
  gsize n = MIN (length, i + MARKER_MAX_BYTES);
  gsize next;
  guint digits = 0;

  if (s[i] == '(')
    i++;
  else if (has_lit (s, n, i, "（"))
    i += 3;
  else
    return 0;
  while (i < n && space_len (s, n, i))
    i += space_len (s, n, i);
  if (has_lit (s, n, i, "下转") || has_lit (s, n, i, "上接") || has_lit (s, n, i, "紧接"))
    i += 6;
  else if (has_lit (s, n, i, "转") || has_lit (s, n, i, "接") || has_lit (s, n, i, "续"))
    i += 3;
  else
    return 0;
  if (has_lit (s, n, i, "下页") || has_lit (s, n, i, "上页") || has_lit (s, n, i, "次页"))
    i += 6;
  else
    {
      if (has_lit (s, n, i, "第"))
        i += 3;
      if (i < n && g_ascii_isalpha (s[i]))
        i++;
      while (i < n && numeral_value (get_char (s, n, i, &next)) >= 0)
        i = next, digits++;
      if (digits == 0 ||
          !(has_lit (s, n, i, "版") || has_lit (s, n, i, "页") || has_lit (s, n, i, "面")))
        return 0;
      i += 3;
    }
  while (i < n && space_len (s, n, i))
    i += space_len (s, n, i);
  if (i < n && s[i] == ')')
    return i + 1;
  if (has_lit (s, n, i, "）"))
    return i + 3;
  return 0;
}

/* The start of a marker ending at @end, or @end */
static gsize
marker_before (uchar *s,
               gsize  floor,
               gsize  end)
{
  gsize low = end - floor > MARKER_MAX_BYTES ? end - MARKER_MAX_BYTES : floor;

  if (end <= floor || !(s[end - 1] == ')' || ends_with_lit (s, floor, end, "）")))
    return end;
  for (gsize k = end - 1; k-- > low;)
    {
      if (s[k] == '(' || (s[k] == 0xEF && k + 2 < end && s[k + 1] == 0xBC && s[k + 2] == 0x88))
        return match_marker (s, end, k) == end ? k : end;
    }
  return end;
}

/* Whether a line starting at @i opens a paragraph: 一、 二是 （三） 第一，
 * 各位代表 —— */
static gboolean
starts_paragraph (uchar *s,
                  gsize  n,
                  gsize  i)
{
  gsize j = i, next;
  guint count = 0;
  gunichar u;
  gboolean ordinal = FALSE, paren = FALSE;

  if (has_lit (s, n, i, "各位代表") || has_lit (s, n, i, "同志们") || has_lit (s, n, i, "—"))
    return TRUE;
  u = get_char (s, n, j, &next);
  if (u == '(' || u == 0xFF08)
    paren = TRUE, j = next;
  else if (u == 0x7B2C) /* 第 */
    ordinal = TRUE, j = next;
  while (j < n && count < 4 && numeral_value (get_char (s, n, j, &next)) >= 0)
    j = next, count++;
  if (count == 0 || j >= n)
    return FALSE;
  u = get_char (s, n, j, &next);
  if (paren)
    return u == ')' || u == 0xFF09;
  if (ordinal)
    return u == 0xFF0C || u == ',' || u == 0x3001 || u == 0x662F ||
           has_lit (s, n, j, "部分") || has_lit (s, n, j, "章");
  return u == 0x3001 || u == 0x662F || u == 0xFF0E; /* 、 是 ． */
}

typedef struct
{
  gsize  start;
  guint  rec_mark;  /* citations->len when it opened */
  guint  gap_mark;  /* gaps->len when it opened */
  guint8 type;      /* 0 《》, 1 〈〉 */
} Open;

typedef struct
{
  uchar  *s;
  gsize   n;
  GArray *citations;
  GArray *gaps;
  Open    stack[MAX_DEPTH];
  guint   depth;
  guint   chars;    /* characters since the outermost bracket opened */
} Scanner;

static void
close_title (Scanner *sc,
             guint    k,
             gsize    end)
{
  const Open *o = &sc->stack[k];
  Citation c = { 0, };
  guint index = sc->citations->len;
  gsize p;
  guint g;

  /* no title without a character outside spaces and breaks: 《》 《 》 */
  for (p = o->start + 3, g = o->gap_mark; p < end - 3; )
    {
      if (g < sc->gaps->len && p >= g_array_index (sc->gaps, CitationGap, g).start)
        {
          gsize gap_end = g_array_index (sc->gaps, CitationGap, g).end;

          p = MAX (p, gap_end);
          g++;
        }
      else if (space_len (sc->s, end - 3, p))
        p += space_len (sc->s, end - 3, p);
      else
        break;
    }
  if (p >= end - 3)
    return;

  c.start = o->start;
  c.end = end;
  c.title_start = o->start + 3;
  c.title_end = end - 3;
  c.parent = -1;
  c.first_gap = o->gap_mark;
  c.n_gaps = sc->gaps->len - o->gap_mark;
  c.depth = (guint8) k;
  c.split = c.n_gaps > 0;

  /* titles closed since this one opened and not adopted yet are its
   * children */
  for (guint r = o->rec_mark; r < index; r++)
    {
      Citation *child = &g_array_index (sc->citations, Citation, r);

      if (child->parent < 0)
        child->parent = (gint) index;
    }
  g_array_append_val (sc->citations, c);
}

/* A best-effort title for an opening bracket that was not closed before
 * @limit */
static void
close_unbalanced (Scanner *sc,
                  guint    k,
                  gsize    limit)
{
  const Open *o = &sc->stack[k];
  uchar *s = sc->s;
  gsize p = o->start + 3, next, end;
  gsize gap_start = G_MAXSIZE;
  guint chars = 0;
  Citation c = { 0, };

  if (o->gap_mark < sc->gaps->len)
    gap_start = g_array_index (sc->gaps, CitationGap, o->gap_mark).start;
  limit = MIN (MIN (limit, sc->n), gap_start);

  while (p < limit && s[p] != '\n' && chars < MAX_UNBALANCED_CHARS)
    {
      gunichar u = get_char (s, limit, p, &next);

      if (is_sentence_stop (u) || u == 0xFF0C || u == ',' || u == 0xFF1A || u == ':' ||
          u == 0x3001 || (u >= 0x3008 && u <= 0x300B) || u == 0xFFFD)
        break;
      chars++;
      p = next;
    }
  end = p;
  while (end > o->start + 3)
    {
      gsize begin;
      gunichar u = get_prev_char (s, o->start + 3, end, &begin);

      if (u == ' ' || u == '\t' || u == 0x3000 || u == 0xA0 || u == '\r')
        {
          end = begin;
          chars--;
        }
      else
        break;
    }
  if (chars < 2)
    return;

  c.start = o->start;
  c.end = end;
  c.title_start = o->start + 3;
  c.title_end = end;
  c.parent = -1;
  c.depth = (guint8) k;
  c.unbalanced = TRUE;
  g_array_append_val (sc->citations, c);
}

/* Closes entries @from and up of the stack as unbalanced */
static void
drop_from (Scanner *sc,
           guint    from,
           gsize    limit)
{
  while (sc->depth > from)
    {
      sc->depth--;
      close_unbalanced (sc, sc->depth, limit);
    }
}

/* At a line end inside a title: joins the title across the break and
 * returns where the scan goes on, or returns 0 when the title ends here. */
static gsize
try_join (Scanner *sc,
          gsize    nl)
{
  uchar *s = sc->s;
  gsize n = sc->n;
  gsize floor = sc->stack[sc->depth - 1].start + 3;
  gsize e = nl, j = nl, k, next;
  guint lines = 0, budget;
  int rel = 0;
  gunichar last;
  CitationGap gap;

  /* the end of the line's content: trailing spaces and a glued marker go */
  for (;;)
    {
      gsize m;
      gsize begin;
      gunichar u = get_prev_char (s, floor, e, &begin);

      if (u == ' ' || u == '\t' || u == '\r' || u == 0x3000 || u == 0xA0)
        e = begin;
      else if ((m = marker_before (s, floor, e)) != e)
        e = m;
      else
        break;
    }
  last = get_prev_char (s, floor, e, NULL);
  if (is_sentence_stop (last))
    return 0;

  /* skip newlines, blank lines and marker lines */
  for (;;)
    {
      gsize m;

      if (j < n && s[j] == '\n')
        {
          if (++lines > MAX_BREAK_LINES)
            return 0;
          j++;
        }
      else if (j < n && space_len (s, n, j))
        j += space_len (s, n, j);
      else if (j < n && (s[j] == '(' || s[j] == 0xEF) && (m = match_marker (s, n, j)) != 0)
        j = m;
      else
        break;
    }
  if (j >= n || starts_paragraph (s, n, j))
    return 0;

  /* the next line must close the title */
  budget = CITATION_MAX_CHARS > sc->chars ? CITATION_MAX_CHARS - sc->chars : 0;
  for (k = j; k < n && s[k] != '\n' && budget > 0; k = next, budget--)
    {
      gunichar u;

      if (IS_BRACKET (s, n, k))
        {
          if (BRACKET_OPENS (s[k + 2]))
            rel++;
          else if (rel-- == 0)
            break;
        }
      u = get_char (s, n, k, &next);
      if (is_sentence_stop (u))
        return 0;
    }
  if (rel >= 0)
    return 0;

  gap.start = e;
  gap.end = j;
  g_array_append_val (sc->gaps, gap);
  return j;
}

void
citation_scan (const char *text,
               gsize       length,
               GArray     *citations,
               GArray     *gaps)
{
  Scanner sc = { 0, };
  gsize i = 0;

  g_return_if_fail (text != NULL || length == 0);
  g_return_if_fail (citations != NULL && gaps != NULL);

  sc.s = (uchar *) text;
  sc.n = length;
  sc.citations = citations;
  sc.gaps = gaps;

  while (i < sc.n)
    {
      guchar b;

      if (sc.depth == 0)
        {
          /* fast path: the next opening bracket (E3 80 8A or E3 80 88),
           * passing the other E3 characters (。、) in a loop of its own */
          const guchar *p = sc.s + i, *end = sc.s + sc.n;
          Open o;

          for (;;)
            {
              p = memchr (p, 0xE3, (gsize) (end - p));
              if (p == NULL || (end - p > 2 && p[1] == 0x80 && (p[2] & 0xFD) == 0x88))
                break;
              p++;
            }
          if (p == NULL)
            break;
          i = (gsize) (p - sc.s);
          o = (Open) { i, citations->len, gaps->len, BRACKET_TYPE (sc.s[i + 2]) };
          sc.stack[sc.depth++] = o;
          sc.chars = 1;
          i += 3;
          continue;
        }

      b = sc.s[i];
      /* inside a title, most characters are CJK ideographs (lead bytes
       * E4…E9, three bytes): no bracket and no line end, counted at once
       * (their other bytes are counted as nothing, and are not a bracket
       * should the title be dropped) */
      if (b >= 0xE4 && b <= 0xE9 && i + 2 < sc.n &&
          (sc.s[i + 1] & 0xC0) == 0x80 && (sc.s[i + 2] & 0xC0) == 0x80)
        {
          /* (a run of them, until the title is dropped) */
          do
            {
              gboolean dropped = ++sc.chars > CITATION_MAX_CHARS;

              if (dropped)
                drop_from (&sc, 0, i);
              i += 3;
              if (dropped)
                break;
              b = i < sc.n ? sc.s[i] : 0;
            }
          while (b >= 0xE4 && b <= 0xE9 && i + 2 < sc.n &&
                 (sc.s[i + 1] & 0xC0) == 0x80 && (sc.s[i + 2] & 0xC0) == 0x80);
          continue;
        }
      if (IS_BRACKET (sc.s, sc.n, i))
        {
          guchar c = sc.s[i + 2];

          if (BRACKET_OPENS (c))
            {
              if (sc.depth < MAX_DEPTH)
                {
                  Open o = { i, citations->len, gaps->len, BRACKET_TYPE (c) };

                  sc.stack[sc.depth++] = o;
                }
            }
          else
            {
              guint type = BRACKET_TYPE (c);
              guint k = sc.depth;

              while (k > 0 && sc.stack[k - 1].type != type)
                k--;
              if (k > 0)
                {
                  /* brackets opened inside and left open are unbalanced */
                  drop_from (&sc, k, i);
                  close_title (&sc, k - 1, i + 3);
                  sc.depth = k - 1;
                }
            }
          i += 3;
          sc.chars++;
        }
      else if (b == '\n')
        {
          gsize resume = try_join (&sc, i);

          if (resume == 0)
            {
              drop_from (&sc, 0, i);
              i++;
            }
          else
            i = resume;
        }
      else
        {
          if ((b & 0xC0) != 0x80 && ++sc.chars > CITATION_MAX_CHARS)
            drop_from (&sc, 0, i);
          i++;
        }
    }
  drop_from (&sc, 0, sc.n);
}

gsize
citation_copy_title (const char     *text,
                     const Citation *citation,
                     const GArray   *gaps,
                     char           *buffer,
                     gsize           size)
{
  gsize p = citation->title_start;
  gsize len = 0;

  g_return_val_if_fail (size > 0, 0);

  for (guint g = 0; g <= citation->n_gaps; g++)
    {
      gsize to = citation->title_end;
      gsize next = citation->title_end;
      gsize chunk;

      if (g < citation->n_gaps)
        {
          const CitationGap *gap = &g_array_index (gaps, CitationGap, citation->first_gap + g);

          if (gap->start < p || gap->end > citation->title_end)
            continue;
          to = gap->start;
          next = gap->end;
        }
      chunk = MIN (to - p, size - 1 - len);
      memcpy (buffer + len, text + p, chunk);
      len += chunk;
      p = next;
    }
  /* never end inside a character */
  while (len > 0 && len == size - 1 && ((guchar) buffer[len - 1] & 0xC0) == 0x80)
    len--;
  if (len > 0 && len == size - 1 && (guchar) buffer[len - 1] >= 0xC0)
    len--;
  buffer[len] = '\0';
  return len;
}

/* Classification */

typedef struct
{
  const char  *suffix;
  gsize        len;
  CitationKind kind;
} Suffix;

#define S(lit) (lit), sizeof (lit) - 1

/* First match wins: the longer suffixes come first */
static const Suffix suffixes[] = {
  { S ("法典"), CITATION_KIND_LAW },
  { S ("办法"), CITATION_KIND_RULES },
  { S ("实施条例"), CITATION_KIND_REGULATION },
  { S ("条例"), CITATION_KIND_REGULATION },
  { S ("决定"), CITATION_KIND_DECISION },
  { S ("决议"), CITATION_KIND_DECISION },
  { S ("规定"), CITATION_KIND_RULES },
  { S ("规则"), CITATION_KIND_RULES },
  { S ("细则"), CITATION_KIND_RULES },
  { S ("章程"), CITATION_KIND_RULES },
  { S ("准则"), CITATION_KIND_RULES },
  { S ("守则"), CITATION_KIND_RULES },
  { S ("制度"), CITATION_KIND_RULES },
  { S ("机制"), CITATION_KIND_RULES },
  { S ("规程"), CITATION_KIND_RULES },
  { S ("规范"), CITATION_KIND_RULES },
  { S ("指引"), CITATION_KIND_RULES },
  { S ("清单"), CITATION_KIND_RULES },
  { S ("学习纲要"), CITATION_KIND_PUBLICATION },
  { S ("规划"), CITATION_KIND_PLAN },
  { S ("计划"), CITATION_KIND_PLAN },
  { S ("方案"), CITATION_KIND_PLAN },
  { S ("要点"), CITATION_KIND_PLAN },
  { S ("纲要"), CITATION_KIND_PLAN },
  { S ("安排"), CITATION_KIND_PLAN },
  { S ("路线图"), CITATION_KIND_PLAN },
  { S ("意见"), CITATION_KIND_OPINION },
  { S ("建议"), CITATION_KIND_OPINION },
  { S ("协议"), CITATION_KIND_AGREEMENT },
  { S ("协定"), CITATION_KIND_AGREEMENT },
  { S ("备忘录"), CITATION_KIND_AGREEMENT },
  { S ("合同"), CITATION_KIND_AGREEMENT },
  { S ("公约"), CITATION_KIND_AGREEMENT },
  { S ("条约"), CITATION_KIND_AGREEMENT },
  { S ("议定书"), CITATION_KIND_AGREEMENT },
  { S ("意向书"), CITATION_KIND_AGREEMENT },
  { S ("讲话"), CITATION_KIND_SPEECH },
  { S ("报告"), CITATION_KIND_SPEECH },
  { S ("发言"), CITATION_KIND_SPEECH },
  { S ("致辞"), CITATION_KIND_SPEECH },
  { S ("讲稿"), CITATION_KIND_SPEECH },
  { S ("汇报"), CITATION_KIND_SPEECH },
  { S ("演讲"), CITATION_KIND_SPEECH },
  { S ("讲座"), CITATION_KIND_SPEECH },
  { S ("杂志"), CITATION_KIND_PUBLICATION },
  { S ("周刊"), CITATION_KIND_PUBLICATION },
  { S ("月刊"), CITATION_KIND_PUBLICATION },
  { S ("旬刊"), CITATION_KIND_PUBLICATION },
  { S ("季刊"), CITATION_KIND_PUBLICATION },
  { S ("期刊"), CITATION_KIND_PUBLICATION },
  { S ("专刊"), CITATION_KIND_PUBLICATION },
  { S ("学刊"), CITATION_KIND_PUBLICATION },
  { S ("画报"), CITATION_KIND_PUBLICATION },
  { S ("选编"), CITATION_KIND_PUBLICATION },
  { S ("文选"), CITATION_KIND_PUBLICATION },
  { S ("摘编"), CITATION_KIND_PUBLICATION },
  { S ("文集"), CITATION_KIND_PUBLICATION },
  { S ("全集"), CITATION_KIND_PUBLICATION },
  { S ("选集"), CITATION_KIND_PUBLICATION },
  { S ("文库"), CITATION_KIND_PUBLICATION },
  { S ("文摘"), CITATION_KIND_PUBLICATION },
  { S ("读本"), CITATION_KIND_PUBLICATION },
  { S ("丛书"), CITATION_KIND_PUBLICATION },
  { S ("年鉴"), CITATION_KIND_PUBLICATION },
  { S ("汇编"), CITATION_KIND_PUBLICATION },
  { S ("问答"), CITATION_KIND_PUBLICATION },
  { S ("手册"), CITATION_KIND_PUBLICATION },
  { S ("词典"), CITATION_KIND_PUBLICATION },
  { S ("辞典"), CITATION_KIND_PUBLICATION },
  { S ("教材"), CITATION_KIND_PUBLICATION },
  { S ("通讯"), CITATION_KIND_PUBLICATION },
  { S ("之声"), CITATION_KIND_PUBLICATION },
};

/* The indices of a list of words by their last byte, each byte's in the
 * list's order: the few words that may end at a place, found at one
 * lookup (order[first[b]] up to order[first[b + 1]] end with b). */
typedef struct
{
  guint8 first[257];
  guint8 order[G_N_ELEMENTS (suffixes)];
} LastByteIndex;

G_STATIC_ASSERT (G_N_ELEMENTS (suffixes) <= G_MAXUINT8);

/* Fills @index for @n words whose last bytes are @last_bytes */
static void
last_byte_index_init (LastByteIndex *index,
                      const guint8  *last_bytes,
                      guint          n)
{
  guint fill[256];

  g_assert (n <= G_N_ELEMENTS (index->order));
  memset (index->first, 0, sizeof index->first);
  for (guint k = 0; k < n; k++)
    index->first[last_bytes[k] + 1]++;
  for (guint b = 0; b < 256; b++)
    index->first[b + 1] += index->first[b];
  for (guint b = 0; b < 256; b++)
    fill[b] = index->first[b];
  for (guint k = 0; k < n; k++)
    index->order[fill[last_bytes[k]]++] = (guint8) k;
}

/* The last-byte indices of suffixes[] and publication_words[], filled
 * once (see get_indices(), with the words of context below) */
typedef struct
{
  LastByteIndex suffixes;
  LastByteIndex publication_words;
} Indices;

static const Indices *get_indices (void);

/* 法 after these is not a law: 办法 方法 做法 说法 … */
static const char not_law_before[] =
  "办方做想说看用手写疗算语书兵司执技戏文章心提魔画笔句刀拳佛";
/* … unless the word before 法 is one a law is named for: 公司法 is no
 * 司法, 预算法 no 算法 */
static const Lit law_subjects[] = { LIT ("公司"), LIT ("预算") };
/* 报 after these is not a newspaper: 通报 公报 汇报 申报 … */
static const char not_paper_before[] =
  "通公汇申预举情捷电呈上填回警喜海年";

/* Whether @u is one of the characters of @set: @u encoded once, and
 * compared with the characters of @set as bytes */
static gboolean
char_in (gunichar    u,
         const char *set)
{
  char c[8];
  gsize len;

  /* no character of a set is U+0000, and a value past U+7FFFFFFF would
   * encode as nothing */
  if (u == 0 || u > 0x7FFFFFFF)
    return FALSE;
  len = (gsize) g_unichar_to_utf8 (u, c);
  for (const char *p = set, *next; *p; p = next)
    {
      gsize k = 0;

      next = g_utf8_next_char (p);
      if ((gsize) (next - p) != len || p[0] != c[0])
        continue;
      while (k < len && p[k] == c[k])
        k++;
      if (k == len)
        return TRUE;
    }
  return FALSE;
}

/* The title without a trailing （草案） (2023—2027年) 草案 修正案 */
static gsize
core_length (uchar *t,
             gsize  len)
{
  for (guint round = 0; round < 3; round++)
    {
      gsize begin = 0;
      gunichar u;

      while ((u = get_prev_char (t, 0, len, &begin)) == ' ' || u == 0x3000)
        len = begin;

      if (u == ')' || u == 0xFF09)
        {
          gsize k = begin;
          gsize low = begin > 80 ? begin - 80 : 0;
          gboolean found = FALSE;

          while (k > low)
            {
              gunichar v = get_prev_char (t, 0, k, &k);

              if (v == '(' || v == 0xFF08)
                {
                  found = TRUE;
                  break;
                }
              if (v == ')' || v == 0xFF09)
                break;
            }
          if (!found || k == 0)
            break;
          len = k;
          continue;
        }
      if (ends_with_lit (t, 0, len, "修正案") && len > 9)
        {
          len -= 9;
          continue;
        }
      if (ends_with_lit (t, 0, len, "草案") && len > 6)
        {
          len -= 6;
          continue;
        }
      break;
    }
  return len;
}

/* Whether @lit occurs in t[from, to). The search is for its last byte, a
 * continuation byte in a CJK word, far rarer than the lead bytes. */
static gboolean
occurs_bytes (uchar      *t,
              gsize       from,
              gsize       to,
              const char *lit,
              gsize       len)
{
  gsize last = from + len - 1;

  g_assert (len > 0);

  while (last < to)
    {
      uchar *q = memchr (t + last, (uchar) lit[len - 1], to - last);

      if (q == NULL)
        return FALSE;
      last = (gsize) (q - t);
      if (memcmp (t + last - (len - 1), lit, len) == 0)
        return TRUE;
      last++;
    }
  return FALSE;
}

static inline gboolean
occurs (uchar      *t,
        gsize       from,
        gsize       to,
        const char *lit)
{
  return occurs_bytes (t, from, to, lit, strlen (lit));
}

/* Whether a title [0, @len) ending with 规定 or 办法 names a congress's
 * regulation by itself: 某省实施〈…法〉办法 (a law carried out by its
 * province), a special zone's 规定 (经济特区, 自由贸易港, 浦东新区), or a
 * 规定 of a local congress (某省人民代表大会常务委员会关于…的规定). Not
 * the committee's own work rules (…工作办法, 机关…规定), nor a
 * government's or a party body's rules, which say none of this. */
static gboolean
congress_rules (uchar *t,
                gsize  len)
{
  gboolean provision = ends_with_lit (t, 0, len, "规定");

  if (!provision && !ends_with_lit (t, 0, len, "办法"))
    return FALSE;
  if (occurs (t, 0, len, "实施〈") || occurs (t, 0, len, "实施《"))
    return TRUE;
  if (!provision || occurs (t, 0, len, "工作") || occurs (t, 0, len, "机关") ||
      occurs (t, 0, len, "党"))
    return FALSE;
  if (occurs (t, 0, len, "经济特区") || occurs (t, 0, len, "自由贸易港") ||
      occurs (t, 0, len, "浦东新区"))
    return TRUE;
  return (occurs (t, 0, len, "人民代表大会") || occurs (t, 0, len, "人大常委会")) &&
         !has_lit (t, len, 0, "全国") && !has_lit (t, len, 0, "中共");
}

CitationKind
citation_kind_of_title (const char *title,
                        gsize       length)
{
  uchar *t = (uchar *) title;
  gsize len = core_length (t, length);
  gsize begin = 0;
  gunichar last, before;

  /* only the suffixes ending with the title's last byte may match, in
   * their order */
  if (len > 0)
    {
      const LastByteIndex *index = &get_indices ()->suffixes;
      guchar b = t[len - 1];

      for (guint j = index->first[b]; j < index->first[b + 1]; j++)
        {
          const Suffix *suffix = &suffixes[index->order[j]];

          if (ends_with_bytes (t, 0, len, suffix->suffix, suffix->len))
            {
              if (suffix->kind == CITATION_KIND_RULES && congress_rules (t, len))
                return CITATION_KIND_REGULATION;
              return suffix->kind;
            }
        }
    }

  last = get_prev_char (t, 0, len, &begin);
  before = get_prev_char (t, 0, begin, NULL);
  if (last == 0x6CD5 /* 法 */)
    {
      if (!char_in (before, not_law_before) || has_lit (t, len, 0, "中华人民共和国"))
        return CITATION_KIND_LAW;
      for (guint k = 0; k < G_N_ELEMENTS (law_subjects); k++)
        if (ends_with_bytes (t, 0, begin, law_subjects[k].word, law_subjects[k].len))
          return CITATION_KIND_LAW;
    }
  if (last == 0x62A5 /* 报 */ && begin > 0 && !char_in (before, not_paper_before))
    return CITATION_KIND_PUBLICATION;
  return CITATION_KIND_OTHER;
}

/* The head of a title: its first characters, read once for the tests of
 * level_of_title() */
typedef struct
{
  gunichar chars[9];   /* the first nine, or as many as there are */
  guint    n_chars;
} Head;

static void
read_head (uchar *t,
           gsize  len,
           Head  *head)
{
  gsize p = 0, next;
  guint k;

  for (k = 0; k < G_N_ELEMENTS (head->chars) && p < len; k++)
    {
      head->chars[k] = get_char (t, len, p, &next);
      p = next;
    }
  head->n_chars = k;
}

/* Whether the characters @word (of @n) follow one another in @head. As
 * bytes: a lead byte is no other character's, so the bytes of a word
 * occur in the head's bytes where its characters do. */
static gboolean
head_has (const Head     *head,
          const gunichar *word,
          guint           n)
{
  for (guint k = 0; k + n <= head->n_chars; k++)
    {
      guint j = 0;

      while (j < n && head->chars[k + j] == word[j])
        j++;
      if (j == n)
        return TRUE;
    }
  return FALSE;
}

/* Whether the title starts with a place name ending in @suffix: two to four
 * characters, not ending in one of @not_before, then @suffix */
static gboolean
region_at (const Head *head,
           gunichar    suffix,
           const char *not_before)
{
  for (guint k = 0; k < MIN (head->n_chars, 5); k++)
    if (head->chars[k] == suffix)
      return k >= 2 && !char_in (head->chars[k - 1], not_before);
  return FALSE;
}

static CitationLevel
level_of_title (uchar       *t,
                gsize        len,
                CitationKind kind)
{
  static const Lit national[] = {
    LIT ("中华人民共和国"), LIT ("全国人民代表大会"), LIT ("全国人大"), LIT ("国务院"),
    LIT ("最高人民法院"), LIT ("最高人民检察院"), LIT ("国家"),
  };
  static const Lit party[] = { LIT ("中共"), LIT ("中国共产党"), LIT ("中央") };
  static const gunichar provincial_party[] = { 0x7701, 0x59D4 };         /* 省委 */
  static const gunichar autonomous_region[] = { 0x81EA, 0x6CBB, 0x533A }; /* 自治区 */
  Head head;

  for (guint k = 0; k < G_N_ELEMENTS (national); k++)
    if (has_bytes (t, len, 0, national[k].word, national[k].len))
      return CITATION_LEVEL_NATIONAL;
  for (guint k = 0; k < G_N_ELEMENTS (party); k++)
    if (has_bytes (t, len, 0, party[k].word, party[k].len))
      return CITATION_LEVEL_PARTY;
  if (kind == CITATION_KIND_LAW)
    return CITATION_LEVEL_NATIONAL;

  /* 省委… 黑龙江省… 广西壮族自治区… 哈尔滨市人民代表大会… */
  read_head (t, len, &head);
  if (has_lit (t, len, 0, "省委") || head_has (&head, provincial_party, 2))
    return CITATION_LEVEL_PARTY;
  if (has_lit (t, len, 0, "省") || head_has (&head, autonomous_region, 3) ||
      region_at (&head, 0x7701 /* 省 */, "节反检各几两一二三四五六七八九十"))
    return CITATION_LEVEL_PROVINCIAL;
  if (has_lit (t, len, 0, "市") || region_at (&head, 0x5E02 /* 市 */, "城都超股上开门闹各几两一二三四五六七八九十"))
    return CITATION_LEVEL_MUNICIPAL;
  return CITATION_LEVEL_UNKNOWN;
}

/* Context */

static const Lit publication_words[] = {
  LIT ("媒体"), LIT ("报刊"), LIT ("报纸"), LIT ("杂志"), LIT ("刊物"), LIT ("期刊"), LIT ("栏目"),
  LIT ("专栏"), LIT ("节目"), LIT ("频道"), LIT ("专版"), LIT ("头版"), LIT ("客户端"),
  LIT ("公众号"), LIT ("网站"), LIT ("一书"), LIT ("丛书"),
};
static const Lit publication_verbs[] = {
  LIT ("刊发"), LIT ("刊登"), LIT ("刊载"), LIT ("登载"), LIT ("发表"), LIT ("播出"), LIT ("播发"),
  LIT ("上刊"), LIT ("上发"), LIT ("上登"), LIT ("上播"),
};
static const Lit publication_before[] = {
  LIT ("订阅"), LIT ("订购"), LIT ("征订"), LIT ("刊登在"), LIT ("发表在"), LIT ("刊发在"),
  LIT ("刊载于"), LIT ("发表于"), LIT ("刊发于"), LIT ("做客"), LIT ("登上"), LIT ("见诸"),
};
static const Lit speech_words[] = {
  LIT ("讲话"), LIT ("发言"), LIT ("报告"), LIT ("演讲"), LIT ("讲座"), LIT ("致辞"), LIT ("授课"),
  LIT ("党课"), LIT ("辅导"),
};

static const Indices *
get_indices (void)
{
  static Indices indices;
  static gsize once = 0;

  if (g_once_init_enter (&once))
    {
      guint8 last[G_N_ELEMENTS (suffixes)];

      for (guint k = 0; k < G_N_ELEMENTS (suffixes); k++)
        last[k] = (guint8) suffixes[k].suffix[suffixes[k].len - 1];
      last_byte_index_init (&indices.suffixes, last, G_N_ELEMENTS (suffixes));
      for (guint k = 0; k < G_N_ELEMENTS (publication_words); k++)
        last[k] = (guint8) publication_words[k].word[publication_words[k].len - 1];
      last_byte_index_init (&indices.publication_words, last, G_N_ELEMENTS (publication_words));
      g_once_init_leave (&once, 1);
    }
  return &indices;
}

/* The bytes after @pos up to @max characters, stopping at a comma, a
 * sentence end, a line end or a title */
static gsize
clause_end (uchar *s,
            gsize  n,
            gsize  pos,
            guint  max)
{
  gsize p = pos, next;

  for (guint k = 0; k < max && p < n; k++)
    {
      gunichar u = get_char (s, n, p, &next);

      if (is_sentence_stop (u) || u == 0xFF0C || u == ',' || u == '\n' || u == 0x300A)
        break;
      p = next;
    }
  return p;
}

/* Whether one of @words occurs in s[from, to): at each byte, only the
 * words ending with it (see LastByteIndex) are compared */
static gboolean
occurs_any (uchar               *s,
            gsize                from,
            gsize                to,
            const Lit           *words,
            const LastByteIndex *index)
{
  for (gsize q = from; q < to; q++)
    {
      guchar b = s[q];

      for (guint j = index->first[b]; j < index->first[b + 1]; j++)
        {
          const Lit *w = &words[index->order[j]];

          if (q + 1 >= from + w->len && memcmp (s + q + 1 - w->len, w->word, w->len) == 0)
            return TRUE;
        }
    }
  return FALSE;
}

static CitationKind
kind_from_context (uchar *s,
                   gsize  n,
                   gsize  start,
                   gsize  end)
{
  gsize after = clause_end (s, n, end, 12);
  gsize floor = start > 24 ? start - 24 : 0;

  for (guint k = 0; k < G_N_ELEMENTS (publication_before); k++)
    if (ends_with_bytes (s, floor, start, publication_before[k].word, publication_before[k].len))
      return CITATION_KIND_PUBLICATION;
  if (ends_with_lit (s, floor, start, "题为"))
    return occurs (s, end, after, "文章") ? CITATION_KIND_OTHER : CITATION_KIND_SPEECH;
  if (has_lit (s, n, end, "的"))
    {
      static const Lit modifiers[] = {
        LIT ("主旨"), LIT ("专题"), LIT ("大会"), LIT ("重要"), LIT ("书面"), LIT ("辅导"),
      };
      gsize p = end + 3;

      for (guint k = 0; k < G_N_ELEMENTS (modifiers); k++)
        if (has_bytes (s, n, p, modifiers[k].word, modifiers[k].len))
          {
            p += modifiers[k].len;
            break;
          }
      for (guint k = 0; k < G_N_ELEMENTS (speech_words); k++)
        if (has_bytes (s, n, p, speech_words[k].word, speech_words[k].len))
          return CITATION_KIND_SPEECH;
    }
  if (occurs_any (s, end, after, publication_words, &get_indices ()->publication_words))
    return CITATION_KIND_PUBLICATION;
  for (guint k = 0; k < G_N_ELEMENTS (publication_verbs); k++)
    if (has_bytes (s, n, end, publication_verbs[k].word, publication_verbs[k].len))
      return CITATION_KIND_PUBLICATION;
  return CITATION_KIND_OTHER;
}

/* Whether @c (of kind rules) ends with 规定 or 办法 and is not a body's
 * own work rules (…工作办法, 机关…规定, 党组…规定) nor central rules: one
 * a local congress passes as a regulation */
static gboolean
rules_of_congress_kind (uchar          *s,
                        const Citation *c)
{
  gsize len = core_length (s + c->title_start, c->title_end - c->title_start);
  uchar *t = s + c->title_start;

  return (ends_with_lit (t, 0, len, "规定") || ends_with_lit (t, 0, len, "办法")) &&
         !occurs (t, 0, len, "工作") && !occurs (t, 0, len, "机关") && !occurs (t, 0, len, "党") &&
         !has_lit (t, len, 0, "中共") && !has_lit (t, len, 0, "全国") &&
         !has_lit (t, len, 0, "国务院");
}

/* Whether a congress passed or approved the titles listed in [@start,
 * @end), by their context: the report calls them 法规 (《A规定》等法规,
 * 《A办法》等地方性法规6件), or a congress or its sitting passed them
 * (省人大常委会第五次会议审议通过《A规定》; 《A规定》经省人大常委会批准),
 * in their clause, with no government, party group or chairpersons'
 * meeting, whose rules theirs would be. */
static gboolean
passed_by_congress (uchar *s,
                    gsize  n,
                    gsize  start,
                    gsize  end)
{
  static const Lit congresses[] = { LIT ("人大"), LIT ("人民代表大会"), LIT ("次会议") };
  static const Lit others[] = {
    LIT ("政府"), LIT ("国务院"), LIT ("主任会议"), LIT ("党组"), LIT ("常务会议"), LIT ("党委"),
  };
  static const Lit passing[] = {
    LIT ("通过"), LIT ("通过了"), LIT ("批准"), LIT ("批准了"),
  };
  static const Lit zones[] = {
    LIT ("地方性"), LIT ("经济特区"), LIT ("自由贸易港"), LIT ("设区的市"),
  };
  gsize p = end, next, after, before, k;
  gboolean congress = FALSE, other = FALSE;

  /* 等法规, 等3件法规, 等地方性法规 (not 等法规规章) */
  if (has_lit (s, n, p, "等"))
    {
      p += strlen ("等");
      while (p < n && numeral_value (get_char (s, n, p, &next)) >= 0)
        p = next;
      if (has_lit (s, n, p, "件") || has_lit (s, n, p, "部") || has_lit (s, n, p, "项"))
        p += 3;
      for (k = 0; k < G_N_ELEMENTS (zones); k++)
        if (has_bytes (s, n, p, zones[k].word, zones[k].len))
          {
            p += zones[k].len;
            break;
          }
      if (has_lit (s, n, p, "法规") && !has_lit (s, n, p + 6, "规章") &&
          !has_lit (s, n, p + 6, "和规章") && !has_lit (s, n, p + 6, "、规章"))
        return TRUE;
    }

  /* the clause before the titles and the one they start */
  before = start;
  for (guint c = 0; c < 40 && before > 0; c++)
    {
      gsize b;
      gunichar u = get_prev_char (s, 0, before, &b);

      if (is_sentence_stop (u) || u == 0xFF0C || u == ',' || u == '\n' || u == 0x3001)
        break;
      before = b;
    }
  after = clause_end (s, n, end, 40);
  for (k = 0; k < G_N_ELEMENTS (others); k++)
    if (occurs_bytes (s, before, start, others[k].word, others[k].len) ||
        occurs_bytes (s, end, after, others[k].word, others[k].len))
      other = TRUE;
  if (other)
    return FALSE;

  /* 审查批准《某市A规定》: a city's regulation, approved by its
   * province's congress; …人大常委会…审议通过《A》 */
  if (ends_with_lit (s, before, start, "审查批准") || ends_with_lit (s, before, start, "审查批准了"))
    return TRUE;
  for (k = 0; k < G_N_ELEMENTS (passing) && !congress; k++)
    congress = ends_with_bytes (s, before, start, passing[k].word, passing[k].len);
  if (congress)
    {
      for (k = 0; k < G_N_ELEMENTS (congresses); k++)
        if (occurs_bytes (s, before, start, congresses[k].word, congresses[k].len))
          return TRUE;
    }

  /* 《A》(已、均、先后)经…人大常委会…通过 */
  p = end;
  for (guint round = 0; round < 2; round++)
    {
      static const Lit adverbs[] = { LIT ("已"), LIT ("均"), LIT ("先后"), LIT ("分别"), LIT ("都") };

      for (k = 0; k < G_N_ELEMENTS (adverbs); k++)
        if (has_bytes (s, after, p, adverbs[k].word, adverbs[k].len))
          {
            p += adverbs[k].len;
            break;
          }
    }
  if (!has_lit (s, after, p, "经"))
    return FALSE;
  congress = FALSE;
  for (k = 0; k < G_N_ELEMENTS (congresses) && !congress; k++)
    congress = occurs_bytes (s, p, after, congresses[k].word, congresses[k].len);
  return congress && (occurs (s, p, after, "通过") || occurs (s, p, after, "批准"));
}

/* Whether two titles are listed together: nothing, 、 和 及 与 或 between */
static gboolean
listed_together (uchar *s,
                 gsize  end,
                 gsize  next_start)
{
  static const Lit joins[] = {
    LIT ("、"), LIT ("和"), LIT ("及"), LIT ("与"), LIT ("或"), LIT ("以及"),
  };
  gsize len;

  if (next_start < end)
    return FALSE;
  len = next_start - end;
  if (len == 0)
    return TRUE;
  for (guint k = 0; k < G_N_ELEMENTS (joins); k++)
    if (len == joins[k].len && memcmp (s + end, joins[k].word, len) == 0)
      return TRUE;
  return FALSE;
}

void
citation_classify (const char   *text,
                   gsize         length,
                   GArray       *citations,
                   const GArray *gaps)
{
  uchar *s = (uchar *) text;
  char title[CITATION_TITLE_MAX_BYTES];
  guint i = 0;

  for (guint k = 0; k < citations->len; k++)
    {
      Citation *c = &g_array_index (citations, Citation, k);
      const char *t = text + c->title_start;
      gsize len = c->title_end - c->title_start;

      /* a title without a gap is the text between its brackets: what
       * citation_copy_title() would copy, when it fits */
      if (c->n_gaps > 0 || len >= sizeof title)
        {
          len = citation_copy_title (text, c, gaps, title, sizeof title);
          t = title;
        }
      c->kind = citation_kind_of_title (t, len);
      c->level = level_of_title ((uchar *) t, len, c->kind);
    }

  /* Top-level titles in runs listed together share a context. They are in
   * order of position: each closed before the next opened. */
  while (i < citations->len)
    {
      Citation *first = &g_array_index (citations, Citation, i);
      guint last = i, k;
      CitationKind context;
      gboolean publication_sibling = FALSE;

      if (first->depth > 0)
        {
          i++;
          continue;
        }
      for (k = i + 1; k < citations->len; k++)
        {
          const Citation *c = &g_array_index (citations, Citation, k);

          if (c->depth > 0)
            continue;
          if (!listed_together (s, g_array_index (citations, Citation, last).end, c->start))
            break;
          last = k;
        }

      context = kind_from_context (s, length, first->start,
                                   g_array_index (citations, Citation, last).end);
      for (k = i; k <= last; k++)
        {
          const Citation *c = &g_array_index (citations, Citation, k);

          if (c->depth == 0 && c->kind == CITATION_KIND_PUBLICATION)
            publication_sibling = TRUE;
        }
      if (publication_sibling && context == CITATION_KIND_OTHER)
        context = CITATION_KIND_PUBLICATION;

      for (k = i; k <= last; k++)
        {
          Citation *c = &g_array_index (citations, Citation, k);

          if (c->depth == 0 && c->kind == CITATION_KIND_OTHER)
            c->kind = context;
        }
      /* 规定, 办法 a congress passed: regulations (see congress_rules()
       * for those their title tells) */
      for (k = i; k <= last; k++)
        {
          Citation *c = &g_array_index (citations, Citation, k);

          if (c->depth == 0 && c->kind == CITATION_KIND_RULES &&
              rules_of_congress_kind (s, c) &&
              passed_by_congress (s, length, first->start,
                                  g_array_index (citations, Citation, last).end))
            c->kind = CITATION_KIND_REGULATION;
        }
      i = last + 1;
    }
}

const char *
citation_kind_to_string (CitationKind kind)
{
  static const char *names[] = {
    "other", "law", "regulation", "decision", "rules", "plan", "opinion", "agreement",
    "publication", "speech",
  };

  return (guint) kind < G_N_ELEMENTS (names) ? names[kind] : "other";
}

const char *
citation_level_to_string (CitationLevel level)
{
  static const char *names[] = { NULL, "national", "party", "provincial", "municipal" };

  return (guint) level < G_N_ELEMENTS (names) ? names[level] : NULL;
}

/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/**
 * SECTION:structure-parser
 *
 * The layout of a work report, read in one pass over its lines.
 *
 * A report opens with a header: the title (…人民代表大会常务委员会工作报告,
 * or 关于…工作情况的报告), the date and meeting line (2024年1月26日在…会议
 * 上, often led by a dash or put in parentheses) and the speaker line
 * (title, then the name). Then come optional parts (过去一年的主要工作,
 * 今年的主要任务, maybe numbered 一、), sections (一、…), subsections
 * (（一）…) and enumerated items (一是…, 二是…, or （一）… inside a
 * paragraph). Where a part has no 一、 section, its （一） units are its
 * sections. One line of text is one paragraph, except where a page break
 * cut a sentence in two: such lines are joined again.
 *
 * The parser works on bytes with hand-written UTF-8 checks; it allocates per
 * line and per span found, never per byte.
 *
 * ## Items
 *
 * Items form series: a series starts at 一是 and goes on with larger
 * ordinals; an ordinal may be missing in print (一是, 三是), and each item
 * keeps the ordinal written. A series whose items start paragraphs runs to
 * the end of its section or subsection; a series written inside one
 * paragraph (…：一是…；二是…。) ends with that paragraph and may be nested
 * inside an item of the outer series.
 */

#include "structure-parser.h"

#include <string.h>

/* The stop-character marks (see mark_stops()) use SSE2 where the
 * compiler targets it (all of x86-64), and AVX2 where the processor has it
 * too (chosen at run time), with a plain C path elsewhere.
 * STRUCTURE_SCALAR_ONLY forces the plain path and STRUCTURE_NO_AVX2 the
 * SSE2 one, so that their tests run on any x86-64. */
#if defined(__SSE2__) && !defined(STRUCTURE_SCALAR_ONLY)
#define STRUCTURE_SSE2 1
#include <emmintrin.h>
#if defined(__GNUC__) && (defined(__x86_64__) || defined(__i386__)) && \
    !defined(STRUCTURE_NO_AVX2)
#define STRUCTURE_AVX2 1
#include <immintrin.h>
#endif
#endif

/* {{{ UTF-8 helpers */

static inline gboolean
has_at (const char *p,
        const char *end,
        const char *lit,
        gsize       n)
{
  gsize i;

  if ((gsize) (end - p) < n)
    return FALSE;

  /* Most literals are one CJK character: compare bytes in place rather
   * than call memcmp. */
  for (i = 0; i < n; i++)
    if (p[i] != lit[i])
      return FALSE;

  return TRUE;
}

#define AT(p, end, lit) has_at ((p), (end), (lit), sizeof (lit) - 1)

/* Whether one of @words starts at @p, or ends at @q (after @start) */
static gboolean
starts_with_any (const char        *p,
                 const char        *end,
                 const char *const *words,
                 gsize              n_words)
{
  for (gsize i = 0; i < n_words; i++)
    if (has_at (p, end, words[i], strlen (words[i])))
      return TRUE;
  return FALSE;
}

static gboolean
ends_with_any (const char        *start,
               const char        *q,
               const char *const *words,
               gsize              n_words)
{
  for (gsize i = 0; i < n_words; i++)
    {
      gsize n = strlen (words[i]);

      if ((gsize) (q - start) >= n && memcmp (q - n, words[i], n) == 0)
        return TRUE;
    }
  return FALSE;
}

static inline gsize
char_len (const char *p,
          const char *end)
{
  guchar c = (guchar) *p;
  gsize n;

  if (c < 0xC0)
    n = 1;
  else if (c < 0xE0)
    n = 2;
  else if (c < 0xF0)
    n = 3;
  else
    n = 4;

  return MIN (n, (gsize) (end - p));
}

static inline const char *
char_prev (const char *p,
           const char *start)
{
  const char *q = p;
  int k = 0;

  if (q <= start)
    return start;

  q--;
  while (q > start && k < 3 && ((guchar) *q & 0xC0) == 0x80)
    {
      q--;
      k++;
    }

  return q;
}

/* How many of the eight bytes at @p start a character: all but the
 * continuation bytes (10xxxxxx), counted in one word. */
static inline gsize
n_starts8 (const char *p)
{
  guint64 x;
  guint64 cont;

  memcpy (&x, p, sizeof x);
  cont = (x & ~(x << 1) & G_GUINT64_CONSTANT (0x8080808080808080)) >> 7;

  /* The sum of the eight 0-or-1 bytes, in the top one. */
  return 8 - (gsize) ((cont * G_GUINT64_CONSTANT (0x0101010101010101)) >> 56);
}

static gsize
n_chars (const char *p,
         const char *end)
{
  gsize n = 0;

  for (; end - p >= 8; p += 8)
    n += n_starts8 (p);
  for (; p < end; p++)
    if (((guchar) *p & 0xC0) != 0x80)
      n++;

  return n;
}

/* n_chars(), but stops counting at @cap: enough to compare with a bound
 * without walking a whole paragraph. */
static gsize
n_chars_cap (const char *p,
             const char *end,
             gsize       cap)
{
  gsize n = 0;

  for (; end - p >= 8 && cap - n >= 8; p += 8)
    n += n_starts8 (p);
  for (; p < end && n < cap; p++)
    if (((guchar) *p & 0xC0) != 0x80)
      n++;

  return n;
}

/* The first @lit of @n bytes in [@p, @end), or %NULL. The search is for
 * the last byte, a continuation byte in most literals: lead bytes such as
 * E4 and E5 start a good part of all Chinese text, a continuation byte is
 * far rarer. */
static const char *
find (const char *p,
      const char *end,
      const char *lit,
      gsize       n)
{
  const char *last = p + n - 1;

  g_assert (n > 0);

  while (last < end)
    {
      const char *q = memchr (last, lit[n - 1], (gsize) (end - last));

      if (q == NULL)
        return NULL;
      /* In place: the literals are short, a call to memcmp() is not. */
      if (has_at (q - (n - 1), end, lit, n))
        return q - (n - 1);
      last = q + 1;
    }

  return NULL;
}

#define FIND(p, end, lit) find ((p), (end), (lit), sizeof (lit) - 1)

static const char *
rfind (const char *p,
       const char *end,
       const char *lit,
       gsize       n)
{
  const char *q;

  if ((gsize) (end - p) < n)
    return NULL;

  for (q = end - n; q >= p; q--)
    if (*q == *lit && has_at (q, end, lit, n))
      return q;

  return NULL;
}

/* White space as found in reports: ASCII, NBSP, the ideographic space, the
 * typographic spaces and zero-width characters of U+2000…U+200B, U+202F and
 * a stray BOM. */
static inline gsize
space_len (const char *p,
           const char *end)
{
  guchar c = (guchar) *p;

  if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v')
    return 1;
  if (c < 0xC2)
    return 0;
  if (c == 0xC2)
    return AT (p, end, "\xC2\xA0") ? 2 : 0;
  if (c == 0xE3)
    return AT (p, end, "\xE3\x80\x80") ? 3 : 0;
  if (c == 0xE2 && end - p >= 3 && (guchar) p[1] == 0x80 &&
      ((guchar) p[2] <= 0x8B || (guchar) p[2] == 0xAF))
    return 3;
  if (c == 0xEF)
    return AT (p, end, "\xEF\xBB\xBF") ? 3 : 0;

  return 0;
}

static const char *
skip_space (const char *p,
            const char *end)
{
  gsize n;

  while (p < end && (n = space_len (p, end)) > 0)
    p += n;

  return p;
}

static inline const char *
trim_back (const char *start,
           const char *end)
{
  /* By the length of the last character, as found from its last bytes:
   * one ASCII byte, C2 A0 or a three-byte space, as space_len() has them.
   * Each is tested here in place: most lines and sentences end with no
   * space, most in a byte no space ends with. */
  while (end > start)
    {
      guchar c = (guchar) end[-1];
      guchar a, b;

      if (c < 0x80)
        {
          if (!(c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'))
            break;
          end--;
          continue;
        }
      if (c == 0xA0 && end - start >= 2 && (guchar) end[-2] == 0xC2)
        {
          end -= 2;
          continue;
        }
      /* E3 80 80, E2 80 80…8B, E2 80 AF, EF BB BF */
      if (!(c <= 0x8B || c == 0xAF || c == 0xBF) || end - start < 3)
        break;
      a = (guchar) end[-3];
      b = (guchar) end[-2];
      if (!((a == 0xE3 && b == 0x80 && c == 0x80) ||
            (a == 0xE2 && b == 0x80 && (c <= 0x8B || c == 0xAF)) ||
            (a == 0xEF && b == 0xBB && c == 0xBF)))
        break;
      end -= 3;
    }

  return end;
}

/* 。！？!? */
static inline gsize
sentence_end_len (const char *p,
                  const char *end)
{
  guchar c = (guchar) *p;

  if (c == '!' || c == '?')
    return 1;
  if (c == 0xE3)
    return AT (p, end, "。") ? 3 : 0;
  if (c == 0xEF)
    return AT (p, end, "！") || AT (p, end, "？") ? 3 : 0;

  return 0;
}

/* Closing quotes and brackets stay with the sentence they close. */
static inline gsize
closer_len (const char *p,
            const char *end)
{
  guchar c = (guchar) *p;

  if (c == '"' || c == '\'' || c == ')' || c == ']')
    return 1;
  if (c == 0xE2)
    return AT (p, end, "”") || AT (p, end, "’") ? 3 : 0;
  if (c == 0xEF)
    return AT (p, end, "）") || AT (p, end, "］") ? 3 : 0;
  if (c == 0xE3)
    return (AT (p, end, "》") || AT (p, end, "」") || AT (p, end, "』") ||
            AT (p, end, "】") || AT (p, end, "〕") || AT (p, end, "〉")) ? 3 : 0;

  return 0;
}

/* The punctuation that may stand before an item marker written inside a
 * paragraph. */
static gboolean
is_item_boundary (const char *q,
                  const char *end)
{
  gsize n = (gsize) (end - q);

  if (n == 0)
    return FALSE;
  if (space_len (q, end) == n)
    return TRUE;
  if (n == 1)
    return *q == ':' || *q == ';' || *q == ',' || *q == '!' || *q == '?';
  if (n == 3)
    return AT (q, end, "：") || AT (q, end, "；") || AT (q, end, "。") ||
           AT (q, end, "，") || AT (q, end, "！") || AT (q, end, "？");

  return FALSE;
}

/* Does the line end where a sentence or clause may end? A line that does
 * not was probably cut by a page break. */
static gboolean
ends_terminal (const char *start,
               const char *end)
{
  const char *q;
  gsize n;

  if (end <= start)
    return TRUE;

  q = char_prev (end, start);
  n = (gsize) (end - q);

  if (sentence_end_len (q, end) == n || closer_len (q, end) == n)
    return TRUE;
  if (n == 1)
    return *q == ';' || *q == ':' || *q == '.';
  if (n == 3)
    return AT (q, end, "；") || AT (q, end, "：") || AT (q, end, "…") ||
           AT (q, end, "—") || AT (q, end, "．");

  return FALSE;
}

static gboolean
has_punctuation (const char *p,
                 const char *end)
{
  while (p < end)
    {
      guchar c = (guchar) *p;
      gsize n = char_len (p, end);

      if (n == 1 && (c == ',' || c == ';' || c == ':' || c == '!' || c == '?'))
        return TRUE;
      /* ，。；：！？、 by their bytes: E3 80 82/81, EF BC 8C/9B/9A/81/9F */
      if (n == 3)
        {
          guchar b = (guchar) p[1];
          guchar d = (guchar) p[2];

          if ((c == 0xE3 && b == 0x80 && (d == 0x82 || d == 0x81)) ||
              (c == 0xEF && b == 0xBC &&
               (d == 0x8C || d == 0x9B || d == 0x9A || d == 0x81 || d == 0x9F)))
            return TRUE;
        }
      p += n;
    }

  return FALSE;
}

/* Punctuation no paragraph opens with: the line goes on from the one
 * before. */
static gboolean
opens_with_continuation (const char *p,
                         const char *end)
{
  static const char *const puncts[] = {
    "，", "、", "。", "；", "：", "）", "》", "〉", "”", "’", "」", "』", "！",
    "？", "％",
  };
  guint i;

  if (p >= end)
    return FALSE;
  if (*p != '\0' && strchr (",;:)%!?", *p) != NULL)
    return TRUE;
  for (i = 0; i < G_N_ELEMENTS (puncts); i++)
    if (has_at (p, end, puncts[i], strlen (puncts[i])))
      return TRUE;

  return FALSE;
}

/* Particles and conjunctions no heading ends with: 的, 和, 之 … */
static gboolean
ends_dangling (const char *start,
               const char *end)
{
  static const char *const words[] = { "的", "和", "之", "把", "被", "将", "或", "了" };
  guint i;

  if (end - start < 3)
    return FALSE;
  for (i = 0; i < G_N_ELEMENTS (words); i++)
    if (has_at (end - 3, end, words[i], 3))
      return TRUE;

  return FALSE;
}

/* }}} */

/* {{{ Stop characters */

/* The sentence and item scans stop at a few characters: 。！？!? and
 * some . (see sentence_end_len_at()) end a sentence (add_sentences()),
 * 是 ends an item marker such as 二是 and （ ( open one such as （二）
 * (scan_items()). Looking for these in text that
 * holds none took most of the parser's time, each paragraph read twice.
 * Instead, one pass over the whole text marks where each of them starts,
 * a bit per byte in two bitmaps (see mark_stops()), and the scans jump
 * from mark to mark (see next_stop()). (Marking line feeds too costs more
 * than the memchr() of split_lines().)
 *
 * The marks are candidates, which the scans check: an ASCII character is
 * marked where its byte is, a three-byte one wherever its last two bytes
 * follow, whatever the byte before (80 82 for 。, BC 81 for ！ but also for
 * 企). Comparing the lead bytes too would cost more, over the whole text,
 * than the few false marks do. */

#define STOP_WORD_BITS 64

typedef struct
{
  guint64 *sentence;
  guint64 *item;
} StopMarks;

/* The words of each bitmap for a text of @length bytes. */
static inline gsize
stop_words (gsize length)
{
  return length / STOP_WORD_BITS + 1;
}

static inline void
set_stop (guint64 *bits,
          gsize    i)
{
  bits[i / STOP_WORD_BITS] |= (guint64) 1 << (i % STOP_WORD_BITS);
}

/* Marks the stop characters that may start in [@from, @length) of @t. */
static void
mark_stops_plain (const guchar    *t,
                  gsize            from,
                  gsize            length,
                  const StopMarks *marks)
{
  gsize i;

  for (i = from; i < length; i++)
    {
      guchar c = t[i];

      guchar b, d;

      if (c == '!' || c == '?' || c == '.')
        set_stop (marks->sentence, i);
      else if (c == '(')
        set_stop (marks->item, i);
      if (length - i < 3)
        continue;
      b = t[i + 1];
      d = t[i + 2];
      if ((b == 0x80 && d == 0x82) ||                                /* 。 */
          (b == 0xBC && (d == 0x81 || d == 0x9F)))                   /* ！？ */
        set_stop (marks->sentence, i);
      else if ((b == 0x98 && d == 0xAF) ||                           /* 是 */
               (b == 0xBC && d == 0x88))                             /* （ */
        set_stop (marks->item, i);
    }
}

/* The SIMD versions below compare the sixteen or thirty-two positions
 * from @p at once, as mark_stops_plain() does each: by the bytes at @p + i
 * (a0), @p + i + 1 (a1) and @p + i + 2 (a2). Two bytes past the last
 * position must be readable. The marks of a word of 64 positions are put
 * together from the masks. */
#define STOP_MASKS(W, T, EQ, AND, OR, MOVEMASK, a0, a1, a2, s, it)            \
  G_STMT_START {                                                               \
    const T bc_ = EQ (a1, 0xBC);                                               \
    (s) = (W) MOVEMASK (OR (OR (OR (EQ (a0, '!'), EQ (a0, '?')), EQ (a0, '.')), \
                            OR (AND (EQ (a1, 0x80), EQ (a2, 0x82)),            \
                                AND (bc_, OR (EQ (a2, 0x81), EQ (a2, 0x9F)))))); \
    (it) = (W) MOVEMASK (OR (EQ (a0, '('),                                     \
                             OR (AND (EQ (a1, 0x98), EQ (a2, 0xAF)),           \
                                 AND (bc_, EQ (a2, 0x88)))));                  \
  } G_STMT_END

#ifdef STRUCTURE_SSE2
static G_ALWAYS_INLINE inline void
stop_masks_sse2 (const char *p,
                 guint64    *s,
                 guint64    *it)
{
#define EQ(v, c) _mm_cmpeq_epi8 ((v), _mm_set1_epi8 ((char) (c)))
  const __m128i a0 = _mm_loadu_si128 ((const __m128i *) (const void *) p);
  const __m128i a1 = _mm_loadu_si128 ((const __m128i *) (const void *) (p + 1));
  const __m128i a2 = _mm_loadu_si128 ((const __m128i *) (const void *) (p + 2));

  STOP_MASKS (guint, __m128i, EQ, _mm_and_si128, _mm_or_si128, _mm_movemask_epi8,
              a0, a1, a2, *s, *it);
#undef EQ
}

/* The whole words mark_stops() can fill with SSE2; returns the bytes
 * done. */
static gsize
mark_stops_sse2 (const char      *text,
                 gsize            length,
                 const StopMarks *marks)
{
  gsize done;

  for (done = 0; length - done >= STOP_WORD_BITS + 2; done += STOP_WORD_BITS)
    {
      guint64 s[4], it[4];
      gsize w = done / STOP_WORD_BITS;

      for (guint k = 0; k < 4; k++)
        stop_masks_sse2 (text + done + 16 * k, &s[k], &it[k]);
      marks->sentence[w] = s[0] | s[1] << 16 | s[2] << 32 | s[3] << 48;
      marks->item[w] = it[0] | it[1] << 16 | it[2] << 32 | it[3] << 48;
    }

  return done;
}
#endif

#ifdef STRUCTURE_AVX2
__attribute__ ((target ("avx2"))) static G_ALWAYS_INLINE inline void
stop_masks_avx2 (const char *p,
                 guint64    *s,
                 guint64    *it)
{
#define EQ(v, c) _mm256_cmpeq_epi8 ((v), _mm256_set1_epi8 ((char) (c)))
  const __m256i a0 = _mm256_loadu_si256 ((const __m256i *) (const void *) p);
  const __m256i a1 = _mm256_loadu_si256 ((const __m256i *) (const void *) (p + 1));
  const __m256i a2 = _mm256_loadu_si256 ((const __m256i *) (const void *) (p + 2));

  STOP_MASKS (guint32, __m256i, EQ, _mm256_and_si256, _mm256_or_si256, _mm256_movemask_epi8,
              a0, a1, a2, *s, *it);
#undef EQ
}

__attribute__ ((target ("avx2"))) static gsize
mark_stops_avx2 (const char      *text,
                 gsize            length,
                 const StopMarks *marks)
{
  gsize done;

  for (done = 0; length - done >= STOP_WORD_BITS + 2; done += STOP_WORD_BITS)
    {
      guint64 s[2], it[2];
      gsize w = done / STOP_WORD_BITS;

      stop_masks_avx2 (text + done, &s[0], &it[0]);
      stop_masks_avx2 (text + done + 32, &s[1], &it[1]);
      marks->sentence[w] = s[0] | s[1] << 32;
      marks->item[w] = it[0] | it[1] << 32;
    }

  return done;
}

static gboolean
have_avx2 (void)
{
  static gsize checked = 0;
  static gboolean avx2 = FALSE;

  if (g_once_init_enter (&checked))
    {
      __builtin_cpu_init ();
      avx2 = __builtin_cpu_supports ("avx2") != 0;
      g_once_init_leave (&checked, 1);
    }

  return avx2;
}
#endif

/* Fills the bitmaps of @text, of @length bytes, each of stop_words()
 * words: whole words with SIMD where there is, the rest byte by byte. */
static void
mark_stops (const char      *text,
            gsize            length,
            const StopMarks *marks)
{
  gsize done = 0;
  gsize w;

#if defined(STRUCTURE_AVX2)
  if (have_avx2 ())
    done = mark_stops_avx2 (text, length, marks);
  else
    done = mark_stops_sse2 (text, length, marks);
#elif defined(STRUCTURE_SSE2)
  done = mark_stops_sse2 (text, length, marks);
#endif

  for (w = done / STOP_WORD_BITS; w < stop_words (length); w++)
    marks->sentence[w] = marks->item[w] = 0;
  mark_stops_plain ((const guchar *) text, done, length, marks);
}

gboolean
structure_check_stop_marks (const char *text,
                            gsize       length)
{
  gsize n = stop_words (length);
  guint64 *bits = g_new (guint64, 4 * n);
  StopMarks fast = { bits, bits + n };
  StopMarks plain = { bits + 2 * n, bits + 3 * n };
  gboolean same;

  mark_stops (text, length, &fast);
  memset (plain.sentence, 0, 2 * n * sizeof (guint64));
  mark_stops_plain ((const guchar *) text, 0, length, &plain);
  same = memcmp (fast.sentence, plain.sentence, 2 * n * sizeof (guint64)) == 0;
  g_free (bits);

  return same;
}

/* The first mark of @bits in [@from, @to), or @to. */
static inline gsize
next_stop (const guint64 *bits,
           gsize          from,
           gsize          to)
{
  gsize w = from / STOP_WORD_BITS;
  gsize last = (to - 1) / STOP_WORD_BITS;
  guint64 word;
  gsize i;

  if (from >= to)
    return to;

  word = bits[w] & (~(guint64) 0 << (from % STOP_WORD_BITS));
  while (word == 0)
    {
      if (++w > last)
        return to;
      word = bits[w];
    }

  i = w * STOP_WORD_BITS + (gsize) __builtin_ctzll (word);
  return MIN (i, to);
}

/* }}} */

/* {{{ Numbers */

/* A Chinese numeral character (3 bytes): 0…9, 10 for 十, -1 otherwise. */
static inline gint
cn_digit (const char *p,
          const char *end)
{
  if (end - p < 3)
    return -1;

  /* By the three bytes, without decoding them. */
  switch ((guint) (guchar) p[0] << 16 | (guint) (guchar) p[1] << 8 | (guchar) p[2])
    {
    case 0xE4B880: return 1;   /* 一 U+4E00 */
    case 0xE4BA8C: return 2;   /* 二 U+4E8C */
    case 0xE4B889: return 3;   /* 三 U+4E09 */
    case 0xE59B9B: return 4;   /* 四 U+56DB */
    case 0xE4BA94: return 5;   /* 五 U+4E94 */
    case 0xE585AD: return 6;   /* 六 U+516D */
    case 0xE4B883: return 7;   /* 七 U+4E03 */
    case 0xE585AB: return 8;   /* 八 U+516B */
    case 0xE4B99D: return 9;   /* 九 U+4E5D */
    case 0xE58D81: return 10;  /* 十 U+5341 */
    case 0xE38087:             /* 〇 U+3007 */
    case 0xE99BB6:             /* 零 U+96F6 */
    case 0xE2978B:             /* ○ U+25CB */
    case 0xEFBCAF:             /* Ｏ U+FF2F */
      return 0;
    default:
      return -1;
    }
}

static gint
ordinal_value (const gint *d,
               gint        n)
{
  if (n == 1)
    return d[0];
  if (n == 2)
    {
      if (d[0] == 10 && d[1] < 10)
        return 10 + d[1];
      if (d[0] >= 2 && d[0] < 10 && d[1] == 10)
        return d[0] * 10;
      return 0;
    }
  if (n == 3 && d[0] >= 2 && d[0] < 10 && d[1] == 10 && d[2] < 10)
    return d[0] * 10 + d[2];

  return 0;
}

static gint
read_cn_ordinal_at (const char  *p,
                    const char  *end,
                    const char **out)
{
  gint d[3];
  gint n = 0;
  gint v;

  while (n < 3 && p < end)
    {
      v = cn_digit (p, end);
      if (v < 1)
        break;
      d[n++] = v;
      p += 3;
    }

  if (n == 0 || (p < end && cn_digit (p, end) >= 0))
    return 0;

  v = ordinal_value (d, n);
  if (v > 0)
    *out = p;

  return v;
}

/* Reads an ordinal written in Chinese numerals (一 … 九十九) at @p. Returns
 * it and sets *@out after it, or returns 0. Most lines and positions
 * start with no numeral: that is told here, inline. */
static inline gint
read_cn_ordinal (const char  *p,
                 const char  *end,
                 const char **out)
{
  if (cn_digit (p, end) < 1)
    return 0;

  return read_cn_ordinal_at (p, end, out);
}

/* An ASCII or full-width digit. */
static inline gint
digit_at (const char *p,
          const char *end,
          gsize      *n)
{
  guchar c = (guchar) *p;

  if (c >= '0' && c <= '9')
    {
      *n = 1;
      return c - '0';
    }
  if (c == 0xEF && end - p >= 3 && (guchar) p[1] == 0xBC &&
      (guchar) p[2] >= 0x90 && (guchar) p[2] <= 0x99)
    {
      *n = 3;
      return (guchar) p[2] - 0x90;
    }

  return -1;
}

/* A CJK ideograph of the basic block at @p (3 bytes), or 0. */
static inline gunichar
han_at (const char *p,
        const char *end)
{
  gunichar c;

  if (end - p < 3 || ((guchar) p[0] & 0xF0) != 0xE0)
    return 0;
  c = g_utf8_get_char_validated (p, 3);
  return c >= 0x4E00 && c <= 0x9FFF ? c : 0;
}

/* Does the line at @p go on with a count that finishes the phrase of the
 * line before: a number and its unit (035件, 19个), maybe after one or two
 * characters (专项工作 / 报告19个)? A paragraph opens with a subject, a time
 * or a total before its first count (全年召开, 2023年, 5月以来, 我省14个),
 * not so. */
static gboolean
continues_with_count (const char *p,
                      const char *end)
{
  static const char *const openings[] = {
    "全", "共", "累", "先", "其", "总", "合", "目", "现", "已", "新", "近", "今",
    "去", "明", "年", "各", "每", "这", "此", "该", "本", "我", "约", "达", "超",
    "有", "届",
  };
  static const char *const units[] = {
    "个", "件", "项", "次", "场", "期", "人", "名", "位", "部", "篇", "条", "家",
    "所", "批", "处", "份", "类", "户", "座", "套", "本", "轮", "起", "万", "亿",
    "千", "余", "多", "元", "％", "%",
  };
  guint han = 0;
  guint digits = 0;
  gsize n;

  while (han < 3 && han_at (p, end) != 0 && cn_digit (p, end) < 0)
    {
      if (han == 0 && starts_with_any (p, end, openings, G_N_ELEMENTS (openings)))
        return FALSE;
      han++;
      p += 3;
    }
  if (han > 2)
    return FALSE;

  while (p < end)
    {
      if (digit_at (p, end, &n) >= 0)
        digits++;
      else if (digits > 0 && (*p == '.' || AT (p, end, "．")) &&
               p + (*p == '.' ? 1 : 3) < end &&
               digit_at (p + (*p == '.' ? 1 : 3), end, &n) >= 0)
        n = *p == '.' ? 1 : 3;
      else
        break;
      p += n;
    }
  if (digits == 0)
    return FALSE;

  /* 18个月来 */
  if (AT (p, end, "个月"))
    return FALSE;
  return starts_with_any (p, end, units, G_N_ELEMENTS (units));
}

static gint
read_arabic (const char  *p,
             const char  *end,
             gint         max_digits,
             const char **out)
{
  gint v = 0;
  gint k = 0;
  gsize n;
  gint d;

  while (p < end && k <= max_digits && (d = digit_at (p, end, &n)) >= 0)
    {
      v = v * 10 + d;
      p += n;
      k++;
    }

  if (k == 0 || k > max_digits)
    return -1;

  *out = p;
  return v;
}

static gint
read_year_at (const char  *p,
              const char  *end,
              const char **out)
{
  const char *q;
  gint v;
  gint k;

  /* Arabic digits start with 0…9 or, full-width, EF: most text has
   * neither, and goes straight to the Chinese ones. */
  if (p < end && (((guchar) *p >= '0' && (guchar) *p <= '9') || (guchar) *p == 0xEF) &&
      (v = read_arabic (p, end, 4, &q)) >= 0)
    {
      if (n_chars (p, q) != 4)
        return -1;
      *out = q;
      return v;
    }

  v = 0;
  for (k = 0; k < 4; k++)
    {
      gint d = cn_digit (p, end);

      if (d < 0 || d > 9)
        return -1;
      v = v * 10 + d;
      p += 3;
    }
  if (cn_digit (p, end) >= 0)
    return -1;

  *out = p;
  return v;
}

/* A year: four ASCII, full-width or Chinese digits (2024, ２０２４, 二〇二四).
 * The topic and date scans try every position of a heading: one that
 * starts no year is told here, inline. */
static inline gint
read_year (const char  *p,
           const char  *end,
           const char **out)
{
  gint d;

  if (p < end && (((guchar) *p >= '0' && (guchar) *p <= '9') || (guchar) *p == 0xEF))
    return read_year_at (p, end, out);

  d = cn_digit (p, end);
  return d >= 0 && d <= 9 ? read_year_at (p, end, out) : -1;
}

/* A month or day: one or two digits, or a Chinese numeral. */
static gint
read_small (const char  *p,
            const char  *end,
            const char **out)
{
  gint v = read_arabic (p, end, 2, out);

  if (v >= 0)
    return v;

  return read_cn_ordinal (p, end, out);
}

/* A year and a month opening [@text, @end) (2023年1月): TRUE, them in
 * *@year and *@month and where they end in *@after, or FALSE. */
static gboolean
parse_year_month (const char  *text,
                  const char  *end,
                  gint        *year,
                  gint        *month,
                  const char **after)
{
  const char *p;
  gint y, m;

  y = read_year (text, end, &p);
  if (y < 1900 || y > 2200 || !AT (p, end, "年"))
    return FALSE;
  m = read_small (p + 3, end, &p);
  if (m < 1 || m > 12 || !AT (p, end, "月"))
    return FALSE;
  *year = y;
  *month = m;
  *after = p + 3;
  return TRUE;
}

gboolean
structure_parse_date (const char *text,
                      gsize       length,
                      gsize      *consumed,
                      gint       *year,
                      gint       *month,
                      gint       *day)
{
  const char *end = text + length;
  const char *p;
  gint y, m, d;

  if (!parse_year_month (text, end, &y, &m, &p))
    return FALSE;

  d = read_small (p, end, &p);
  if (d < 1 || d > 31)
    return FALSE;
  if (AT (p, end, "日") || AT (p, end, "号"))
    p += 3;
  else
    return FALSE;

  if (d > g_date_get_days_in_month ((GDateMonth) m, (GDateYear) y))
    return FALSE;

  if (consumed)
    *consumed = (gsize) (p - text);
  if (year)
    *year = y;
  if (month)
    *month = m;
  if (day)
    *day = d;

  return TRUE;
}

/* }}} */

/* A sentence end at @p (see sentence_end_len()), where the text starts at
 * @text: also an ASCII full stop where web and PDF copies put one for 。
 * (突出重点领域立法.制定…, 跟踪监督(共5项).), after a Chinese character,
 * a closing bracket or quote or a per cent sign, and not before a letter
 * or digit: not in 5.8%, www.npc.gov.cn, 1.2万, an ellipsis ..., nor
 * after the numeral of a heading marker (一.) or a full-width digit. */
static inline gsize
sentence_end_len_at (const char *text,
                     const char *p,
                     const char *end)
{
  guchar c, next;

  if (*p != '.')
    return sentence_end_len (p, end);
  if (p == text)
    return 0;

  next = p + 1 < end ? (guchar) p[1] : 0;
  if (g_ascii_isalnum (next) || next == '.')
    return 0;

  c = (guchar) p[-1];
  if (c == ')' || c == '"' || c == '%' || c == ']')
    return 1;
  if (c < 0x80 || p - text < 3)
    return 0;
  /* full-width digits ０…９: EF BC 90…99 */
  if ((guchar) p[-3] == 0xEF && (guchar) p[-2] == 0xBC && c >= 0x90 && c <= 0x99)
    return 0;

  return cn_digit (p - 3, p) >= 0 ? 0 : 1;
}

/* {{{ Topics */

typedef struct
{
  const char *word;
  guint8      len;
  guint8      topic;
  guint8      weight;
} TopicWord;

#define W(s) (s), sizeof (s) - 1

/* Keywords of section headings. At each position the longest keyword
 * wins, so that the weightless entries hide their parts (人民代表大会 is no
 * evidence of 代表 work). */
static const TopicWord topic_words[] = {
  { W ("人民代表大会制度"), STRUCTURE_TOPIC_POLITICAL, 3 },
  { W ("人民代表大会"), STRUCTURE_TOPIC_NONE, 0 },
  { W ("代表大会"), STRUCTURE_TOPIC_NONE, 0 },
  { W ("国家机关"), STRUCTURE_TOPIC_NONE, 0 },
  /* (保障政权机关有效运转, after 依法行使人事任免权) */
  { W ("政权机关"), STRUCTURE_TOPIC_NONE, 0 },

  { W ("政治"), STRUCTURE_TOPIC_POLITICAL, 3 },
  { W ("党的领导"), STRUCTURE_TOPIC_POLITICAL, 4 },
  { W ("党的全面领导"), STRUCTURE_TOPIC_POLITICAL, 4 },
  /* 坚持党对人大工作的全面领导 */
  { W ("全面领导"), STRUCTURE_TOPIC_POLITICAL, 4 },
  { W ("党对人大工作"), STRUCTURE_TOPIC_POLITICAL, 4 },
  { W ("党委领导"), STRUCTURE_TOPIC_POLITICAL, 3 },
  { W ("党中央"), STRUCTURE_TOPIC_POLITICAL, 2 },
  { W ("思想"), STRUCTURE_TOPIC_POLITICAL, 2 },
  { W ("党性"), STRUCTURE_TOPIC_POLITICAL, 3 },
  { W ("忠诚"), STRUCTURE_TOPIC_POLITICAL, 3 },
  { W ("理论武装"), STRUCTURE_TOPIC_POLITICAL, 3 },
  { W ("主题教育"), STRUCTURE_TOPIC_POLITICAL, 3 },
  /* (坚持政治统领，以党纪学习教育推动全面从严治党走深走实: the Party's
   * campaigns and the political lead outweigh 从严治党) */
  { W ("党纪学习教育"), STRUCTURE_TOPIC_POLITICAL, 3 },
  /* the Party's campaigns of earlier years (党的群众路线教育实践活动,
   * 三严三实, 两学一做, 不忘初心、牢记使命, 党史学习教育): 群众 in them is
   * no deputies' work; with 自身建设 said too, the heading is that part's
   * (深入开展群众路线教育实践活动，加强常委会自身建设) */
  { W ("群众路线"), STRUCTURE_TOPIC_POLITICAL, 2 },
  { W ("教育实践活动"), STRUCTURE_TOPIC_POLITICAL, 2 },
  { W ("三严三实"), STRUCTURE_TOPIC_POLITICAL, 3 },
  { W ("两学一做"), STRUCTURE_TOPIC_POLITICAL, 3 },
  { W ("不忘初心"), STRUCTURE_TOPIC_POLITICAL, 3 },
  { W ("党史学习教育"), STRUCTURE_TOPIC_POLITICAL, 3 },
  /* (深入贯彻中央八项规定精神学习教育, 2025) */
  { W ("八项规定精神学习教育"), STRUCTURE_TOPIC_POLITICAL, 3 },
  { W ("政治统领"), STRUCTURE_TOPIC_POLITICAL, 4 },
  { W ("政治引领"), STRUCTURE_TOPIC_POLITICAL, 4 },
  { W ("两个确立"), STRUCTURE_TOPIC_POLITICAL, 3 },
  { W ("两个维护"), STRUCTURE_TOPIC_POLITICAL, 3 },
  { W ("习近平"), STRUCTURE_TOPIC_POLITICAL, 2 },
  { W ("初心使命"), STRUCTURE_TOPIC_POLITICAL, 2 },
  { W ("正确方向"), STRUCTURE_TOPIC_POLITICAL, 2 },

  { W ("立法"), STRUCTURE_TOPIC_LEGISLATION, 4 },
  { W ("法规"), STRUCTURE_TOPIC_LEGISLATION, 3 },
  { W ("法律"), STRUCTURE_TOPIC_LEGISLATION, 2 },
  { W ("法治"), STRUCTURE_TOPIC_LEGISLATION, 3 },
  { W ("法制"), STRUCTURE_TOPIC_LEGISLATION, 3 },
  { W ("良法"), STRUCTURE_TOPIC_LEGISLATION, 3 },
  { W ("宪法"), STRUCTURE_TOPIC_LEGISLATION, 4 },
  /* studying and spreading the constitution is no legislation (坚持党的领
   * 导，深入学习宣传贯彻宪法: the Party's leadership decides) */
  { W ("学习宣传贯彻宪法"), STRUCTURE_TOPIC_NONE, 0 },
  { W ("学习宣传宪法"), STRUCTURE_TOPIC_NONE, 0 },
  { W ("学习贯彻宪法"), STRUCTURE_TOPIC_NONE, 0 },
  { W ("宣传贯彻宪法"), STRUCTURE_TOPIC_NONE, 0 },
  { W ("宪法宣传"), STRUCTURE_TOPIC_NONE, 0 },
  { W ("条例"), STRUCTURE_TOPIC_LEGISLATION, 2 },
  /* the laws' implementation is what oversight sees to (加强和改进监督工
   * 作，推动宪法法律实施) */
  { W ("宪法法律实施"), STRUCTURE_TOPIC_OVERSIGHT, 3 },
  /* (确保宪法法律全面有效实施: the words together name no law-making;
   * nor do they with 和, the older reports' oversight formula: 增强监督
   * 实效，推动宪法和法律的正确实施) */
  { W ("宪法法律"), STRUCTURE_TOPIC_NONE, 0 },
  { W ("宪法和法律"), STRUCTURE_TOPIC_NONE, 0 },
  { W ("宪法和法律实施"), STRUCTURE_TOPIC_OVERSIGHT, 3 },
  /* (推进人事工作依法规范: no 法规) */
  { W ("依法规范"), STRUCTURE_TOPIC_NONE, 0 },
  { W ("法律实施"), STRUCTURE_TOPIC_OVERSIGHT, 2 },
  { W ("法律法规实施"), STRUCTURE_TOPIC_OVERSIGHT, 2 },
  /* (依法开展监督，推动法律法规有效实施: the laws in force, whose
   * implementation is seen to) */
  { W ("法律法规有效实施"), STRUCTURE_TOPIC_OVERSIGHT, 3 },
  { W ("法律法规全面有效实施"), STRUCTURE_TOPIC_OVERSIGHT, 3 },
  { W ("法律法规正确实施"), STRUCTURE_TOPIC_OVERSIGHT, 3 },
  { W ("法律法规贯彻实施"), STRUCTURE_TOPIC_OVERSIGHT, 3 },
  { W ("法律法规的实施"), STRUCTURE_TOPIC_OVERSIGHT, 3 },
  { W ("法律有效实施"), STRUCTURE_TOPIC_OVERSIGHT, 3 },
  { W ("法律正确实施"), STRUCTURE_TOPIC_OVERSIGHT, 3 },
  { W ("法规有效实施"), STRUCTURE_TOPIC_OVERSIGHT, 3 },
  { W ("法典"), STRUCTURE_TOPIC_LEGISLATION, 3 },

  { W ("监督"), STRUCTURE_TOPIC_OVERSIGHT, 4 },
  { W ("执法检查"), STRUCTURE_TOPIC_OVERSIGHT, 4 },
  { W ("专题询问"), STRUCTURE_TOPIC_OVERSIGHT, 4 },
  { W ("询问"), STRUCTURE_TOPIC_OVERSIGHT, 2 },
  { W ("视察"), STRUCTURE_TOPIC_OVERSIGHT, 2 },
  { W ("督查"), STRUCTURE_TOPIC_OVERSIGHT, 2 },
  { W ("预算"), STRUCTURE_TOPIC_OVERSIGHT, 2 },
  { W ("审计"), STRUCTURE_TOPIC_OVERSIGHT, 2 },
  { W ("国有资产"), STRUCTURE_TOPIC_OVERSIGHT, 2 },
  { W ("备案审查"), STRUCTURE_TOPIC_OVERSIGHT, 3 },
  { W ("审议"), STRUCTURE_TOPIC_OVERSIGHT, 1 },
  { W ("检查"), STRUCTURE_TOPIC_OVERSIGHT, 1 },
  { W ("实效"), STRUCTURE_TOPIC_OVERSIGHT, 1 },
  { W ("问效"), STRUCTURE_TOPIC_OVERSIGHT, 2 },
  /* appraisals of departments and officials, and letters and visits, are
   * the committee's oversight (深化工作评议和履职评议, 认真做好信访工作) */
  { W ("评议"), STRUCTURE_TOPIC_OVERSIGHT, 3 },
  { W ("信访"), STRUCTURE_TOPIC_OVERSIGHT, 3 },
  /* Beijing's reform of the government's hotline, which its congresses
   * oversee (围绕接诉即办改革，持续推动“每月一题”落实) */
  { W ("接诉即办"), STRUCTURE_TOPIC_OVERSIGHT, 3 },
  { W ("每月一题"), STRUCTURE_TOPIC_OVERSIGHT, 2 },

  { W ("代表"), STRUCTURE_TOPIC_REPRESENTATION, 4 },
  { W ("全过程人民民主"), STRUCTURE_TOPIC_REPRESENTATION, 2 },
  { W ("人民民主"), STRUCTURE_TOPIC_REPRESENTATION, 1 },
  { W ("选举"), STRUCTURE_TOPIC_REPRESENTATION, 2 },
  { W ("议案"), STRUCTURE_TOPIC_REPRESENTATION, 3 },
  { W ("民意"), STRUCTURE_TOPIC_REPRESENTATION, 2 },
  { W ("联系群众"), STRUCTURE_TOPIC_REPRESENTATION, 2 },
  { W ("群众"), STRUCTURE_TOPIC_REPRESENTATION, 1 },

  { W ("自身建设"), STRUCTURE_TOPIC_SELF_BUILDING, 5 },
  { W ("机关建设"), STRUCTURE_TOPIC_SELF_BUILDING, 4 },
  { W ("四个机关"), STRUCTURE_TOPIC_SELF_BUILDING, 4 },
  { W ("党的建设"), STRUCTURE_TOPIC_SELF_BUILDING, 3 },
  { W ("队伍"), STRUCTURE_TOPIC_SELF_BUILDING, 3 },
  { W ("作风"), STRUCTURE_TOPIC_SELF_BUILDING, 3 },
  { W ("干部"), STRUCTURE_TOPIC_SELF_BUILDING, 2 },
  { W ("机关"), STRUCTURE_TOPIC_SELF_BUILDING, 2 },
  { W ("能力建设"), STRUCTURE_TOPIC_SELF_BUILDING, 3 },
  { W ("履职能力"), STRUCTURE_TOPIC_SELF_BUILDING, 3 },
  { W ("从严治党"), STRUCTURE_TOPIC_SELF_BUILDING, 3 },
  { W ("党风廉政"), STRUCTURE_TOPIC_SELF_BUILDING, 3 },
  { W ("廉政"), STRUCTURE_TOPIC_SELF_BUILDING, 2 },
  { W ("本领"), STRUCTURE_TOPIC_SELF_BUILDING, 2 },
  { W ("纪律"), STRUCTURE_TOPIC_SELF_BUILDING, 2 },
  { W ("学习型"), STRUCTURE_TOPIC_SELF_BUILDING, 2 },
  { W ("铁军"), STRUCTURE_TOPIC_SELF_BUILDING, 3 },

  { W ("对外交往"), STRUCTURE_TOPIC_OTHER, 4 },
  { W ("外事"), STRUCTURE_TOPIC_OTHER, 4 },
  { W ("外交"), STRUCTURE_TOPIC_OTHER, 3 },
  { W ("对外"), STRUCTURE_TOPIC_OTHER, 3 },
  /* guiding the congresses of townships and streets (指导镇人大工作,
   * 加强对乡镇人大工作的指导): their presidiums and deputies' work,
   * counted as representation */
  { W ("乡镇人大"), STRUCTURE_TOPIC_REPRESENTATION, 3 },
  { W ("镇人大"), STRUCTURE_TOPIC_REPRESENTATION, 3 },
  { W ("街道人大"), STRUCTURE_TOPIC_REPRESENTATION, 3 },
  /* Appointments are counted as representation (任免, 宣誓, 补选, 辞职);
   * a heading that names decisions too (依法行使决定权和任免权) is about
   * two kinds of work, and its decisions are oversight's: `other`. */
  { W ("人事任免"), STRUCTURE_TOPIC_REPRESENTATION, 2 },
  { W ("任免"), STRUCTURE_TOPIC_REPRESENTATION, 2 },
  { W ("重大事项"), STRUCTURE_TOPIC_OTHER, 3 },
  { W ("讨论决定"), STRUCTURE_TOPIC_OTHER, 3 },
  { W ("决定权"), STRUCTURE_TOPIC_OTHER, 3 },
  { W ("依法决定"), STRUCTURE_TOPIC_OTHER, 3 },
  { W ("决议决定"), STRUCTURE_TOPIC_OTHER, 3 },
  { W ("理论研究"), STRUCTURE_TOPIC_OTHER, 2 },

  { W ("主要任务"), STRUCTURE_TOPIC_PLANS, 6 },
  { W ("工作安排"), STRUCTURE_TOPIC_PLANS, 6 },
  { W ("任务安排"), STRUCTURE_TOPIC_PLANS, 6 },
  { W ("工作任务"), STRUCTURE_TOPIC_PLANS, 5 },
  { W ("工作打算"), STRUCTURE_TOPIC_PLANS, 6 },
  { W ("今年"), STRUCTURE_TOPIC_PLANS, 6 },
  { W ("今后"), STRUCTURE_TOPIC_PLANS, 5 },
  { W ("明年"), STRUCTURE_TOPIC_PLANS, 5 },
  { W ("新的一年"), STRUCTURE_TOPIC_PLANS, 6 },
  { W ("下一步"), STRUCTURE_TOPIC_PLANS, 5 },
  { W ("展望"), STRUCTURE_TOPIC_PLANS, 5 },
  /* a new term's outlook (本届常委会五年工作的总体考虑, 总体设想) */
  { W ("总体考虑"), STRUCTURE_TOPIC_PLANS, 6 },
  { W ("总体设想"), STRUCTURE_TOPIC_PLANS, 6 },
  { W ("工作设想"), STRUCTURE_TOPIC_PLANS, 6 },
  { W ("工作思路"), STRUCTURE_TOPIC_PLANS, 6 },
  /* a term's last report advising the next committee (对新一届常委会工作
   * 的建议); not the deputies' suggestions on the committee's work (认真
   * 办理代表对常委会工作的建议) */
  { W ("新一届常委会工作的"), STRUCTURE_TOPIC_PLANS, 6 },
};

/* The keywords by their first character: word_first[b] … word_first[b + 1]
 * index (in table order) into word_order the keywords whose first three
 * bytes hash to bucket b. Built once per process. */
#define N_WORD_BUCKETS 64

static guint8 word_first[N_WORD_BUCKETS + 1];
static guint8 word_order[G_N_ELEMENTS (topic_words)];

G_STATIC_ASSERT (G_N_ELEMENTS (topic_words) < 256);

static inline guint
word_bucket (const char *p)
{
  return (((guint) (guchar) p[0] << 12) ^ ((guint) (guchar) p[1] << 6) ^
          (guint) (guchar) p[2]) % N_WORD_BUCKETS;
}

static void
ensure_word_index (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      guint count[N_WORD_BUCKETS] = { 0, };
      guint fill[N_WORD_BUCKETS];
      guint i, b;

      for (i = 0; i < G_N_ELEMENTS (topic_words); i++)
        {
          g_assert (topic_words[i].len >= 3);
          count[word_bucket (topic_words[i].word)]++;
        }
      word_first[0] = 0;
      for (b = 0; b < N_WORD_BUCKETS; b++)
        {
          word_first[b + 1] = (guint8) (word_first[b] + count[b]);
          fill[b] = word_first[b];
        }
      for (i = 0; i < G_N_ELEMENTS (topic_words); i++)
        word_order[fill[word_bucket (topic_words[i].word)]++] = (guint8) i;

      g_once_init_leave (&done, 1);
    }
}

/* Adds up the keywords of @p … @end to @score, by topic, and notes in
 * @last, unless NULL, where the last keyword of each topic was (1 + its
 * offset). A year
 * at or after @date_year (the first of plans, see first_plans_year())
 * marks plans; 0 disables that check. */
static void
add_topic_scores (const char *p,
                  const char *end,
                  gint        date_year,
                  gint       *score,
                  gsize      *last)
{
  const char *start = p;
  gint t;

  ensure_word_index ();

  while (p < end)
    {
      gsize best_len = 0;
      guint best_i = 0;
      guint i;
      const char *q;
      gint year;

      if (date_year > 0 && (year = read_year (p, end, &q)) > 0 && AT (q, end, "年"))
        {
          if (year >= date_year)
            {
              score[STRUCTURE_TOPIC_PLANS] += 6;
              if (last != NULL)
                last[STRUCTURE_TOPIC_PLANS] = (gsize) (p - start) + 1;
            }
          p = q + 3;
          continue;
        }

      /* Every keyword is at least three bytes long: only those of this
       * position's bucket can match, tried in table order. */
      if (end - p >= 3)
        {
          guint b = word_bucket (p);
          guint k;

          for (k = word_first[b]; k < word_first[b + 1]; k++)
            {
              gsize n;

              i = word_order[k];
              n = topic_words[i].len;
              if (n > best_len && topic_words[i].word[0] == *p &&
                  has_at (p, end, topic_words[i].word, n))
                {
                  best_len = n;
                  best_i = i;
                }
            }
        }

      if (best_len == 0)
        {
          p += char_len (p, end);
          continue;
        }

      t = topic_words[best_i].topic;
      score[t] += topic_words[best_i].weight;
      if (last != NULL)
        last[t] = (gsize) (p - start) + 1;
      p += best_len;
    }
}

/* Does the heading [@p, @end) name work done (回顾, 以来的工作, 过去五
 * 年)? */
static gboolean
names_work_done (const char *p,
                 const char *end)
{
  static const char *const done[] = { "回顾", "以来的工作", "以来工作", "过去", "五年来", "工作总结" };

  for (guint i = 0; i < G_N_ELEMENTS (done); i++)
    if (find (p, end, done[i], strlen (done[i])) != NULL)
      return TRUE;
  return FALSE;
}

/* Scores a heading (see add_topic_scores()). Returns
 * %STRUCTURE_TOPIC_NONE when no keyword speaks for any topic; sets
 * @weight, when not %NULL, to the score of the topic returned. */
static StructureTopic
score_topic_evidence_weight (const char     *p,
                             const char     *end,
                             gint            date_year,
                             StructureTopic  prefer,
                             gint           *weight)
{
  gint score[STRUCTURE_N_TOPICS] = { 0, };
  gsize last[STRUCTURE_N_TOPICS] = { 0, };
  StructureTopic best = STRUCTURE_TOPIC_NONE;
  gint t;

  add_topic_scores (p, end, date_year, score, last);

  /* Ties go to @prefer (the topic of the enclosing section), then to the
   * keyword written last: the closing clause of a heading (…，着力提升立法
   * 质量) names the work. */
  for (t = STRUCTURE_TOPIC_POLITICAL; t <= STRUCTURE_TOPIC_OTHER; t++)
    {
      if (score[t] == 0)
        continue;
      if (best == STRUCTURE_TOPIC_NONE || score[t] > score[best] ||
          (score[t] == score[best] && best != prefer &&
           (t == (gint) prefer || last[t] > last[best])))
        best = (StructureTopic) t;
    }

  /* a heading that names the work done too (本届以来的工作和今后五年的安
   * 排, 回顾与展望) is about both: its sentences' own words tell plans */
  if (best == STRUCTURE_TOPIC_PLANS && names_work_done (p, end))
    best = STRUCTURE_TOPIC_OTHER;

  if (weight != NULL)
    *weight = best == STRUCTURE_TOPIC_NONE ? 0 : score[best];
  return best;
}

/* score_topic_evidence_weight (), the weight left out */
static StructureTopic
score_topic_evidence (const char     *p,
                      const char     *end,
                      gint            date_year,
                      StructureTopic  prefer)
{
  return score_topic_evidence_weight (p, end, date_year, prefer, NULL);
}

/* Does @topic name the work of one domain (not plans, other or review)? */
static inline gboolean
is_domain_topic (StructureTopic topic)
{
  return topic >= STRUCTURE_TOPIC_POLITICAL && topic <= STRUCTURE_TOPIC_SELF_BUILDING;
}

/* Weight a body's keywords need to speak for a domain: two of its
 * strongest words. Tried on the sections of the corpus and of the test
 * reports whose headings name a domain (155): with this weight, and
 * when the domain has more than 5/7 of the body's weight, the body's
 * topic was the heading's for 96 and the others had none. */
#define BODY_MIN_SCORE 6

/* Weight a subsection's heading needs to name a domain other than its
 * section's: one strong word (代表, 议案, 执法检查…), not only weak ones
 * (民意, 群众, 选举). */
#define SUBSECTION_MIN_WEIGHT 3

/* The topic of a section whose heading names none (助力筑牢北方生态安全
 * 屏障, 服务保障自由贸易港建设), from the words of its body: the domain
 * whose keywords outweigh those of every other topic together two and a
 * half times, with some weight of their own (plans words do not count:
 * a review of the year may say 今年). A body that tells of several kinds
 * of work (an overview, a theme served by laws and inspections alike)
 * has none, and the section stays `other`, open to every domain's
 * counts. */
static StructureTopic
score_body_topic (const char *p,
                  const char *end)
{
  gint score[STRUCTURE_N_TOPICS] = { 0, };
  StructureTopic best = STRUCTURE_TOPIC_NONE;
  gint rest = 0;
  gint t;

  add_topic_scores (p, end, 0, score, NULL);
  for (t = STRUCTURE_TOPIC_POLITICAL; t <= STRUCTURE_TOPIC_OTHER; t++)
    {
      if (t != STRUCTURE_TOPIC_PLANS)
        rest += score[t];
      if (is_domain_topic ((StructureTopic) t) &&
          (best == STRUCTURE_TOPIC_NONE || score[t] > score[best]))
        best = (StructureTopic) t;
    }
  if (best == STRUCTURE_TOPIC_NONE)
    return best;
  rest -= score[best];

  return score[best] >= BODY_MIN_SCORE && 2 * score[best] > 5 * rest ? best : STRUCTURE_TOPIC_NONE;
}

/* The same, with %STRUCTURE_TOPIC_OTHER for a heading without evidence. */
static StructureTopic
score_topic (const char *p,
             const char *end,
             gint        date_year)
{
  StructureTopic t = score_topic_evidence (p, end, date_year, STRUCTURE_TOPIC_NONE);

  return t == STRUCTURE_TOPIC_NONE ? STRUCTURE_TOPIC_OTHER : t;
}

StructureTopic
structure_score_topic (const char *heading,
                       gsize       length)
{
  return score_topic (heading, heading + length, 0);
}

/* }}} */

/* {{{ Parser state */

typedef enum {
  LINE_BODY,
  LINE_PART,
  LINE_SECTION,
  LINE_SUBSECTION,
  LINE_CONT,
} LineKind;

typedef struct
{
  gsize  start;          /* content, trimmed, print markers removed */
  gsize  end;
  gsize  head_start;     /* heading text of a heading line */
  gsize  head_end;
  gsize  body_start;     /* what follows the heading inside the paragraph */
  gint   index;
  guint  kind : 4;
  guint  header : 1;
  guint  lead_marker : 1;
  guint  trail_marker : 1;
  guint  pure : 1;       /* a heading alone on its line */
  guint  topic : 4;
  guint  marker : 2;     /* a LineMarker: starts_with_marker(), once known */
  guint  arabic : 1;     /* a subsection numbered 1． (see promote_scope()) */
  guint  after_part : 1; /* a section at its numbered part's level (see classify_body()) */
  guint  run_in : 1;     /* a heading run into its body (run_in_heading ()) */
} Line;

/* Whether a line starts with an item or heading marker, as
 * starts_with_marker() finds: the paragraph joins ask it of a line
 * several times. */
typedef enum {
  LINE_MARKER_UNKNOWN,
  LINE_MARKER_NONE,
  LINE_MARKER_SOME,
} LineMarker;

typedef struct
{
  gsize start;
  gsize end;
} Para;

#define MAX_DEPTH 8

typedef struct
{
  gboolean para_level;
  gint     last;
  guint    para;
  gint     open_item;
} Series;

enum { SERIES_SHI, SERIES_PAREN, N_SERIES };

typedef struct
{
  const char      *text;
  gsize            len;
  /* The arrays are sized ahead (see array_push()): so many elements are
   * in use. */
  GArray          *lines;
  guint            n_lines;
  GArray          *paras;
  guint            n_paras;
  StructureResult *result;
  guint            n_spans;
  guint            header_end;
  gint             date_year;
  gint             date_month;
  gint             explicit_year;

  gint             cur_part;
  /* a section of the current part named a year (二、2022年立法工作): its
   * later sections (四、代表工作) are about that year too, not the term */
  gboolean         year_sections;
  /* the opening says the report is about the whole term (向大会报告五年
   * 来的工作): its sections outside parts are; -1 until looked at */
  gint             whole_term;
  gint             cur_section;
  /* The section whose heading names no topic, and where its body starts:
   * its topic is read from its body when it closes. */
  gint             untopical_section;
  gsize            untopical_from;
  gint             cur_sub;
  gsize            last_end;
  gboolean         seen_section;
  guint            n_intro;

  /* Where the stop characters are: see mark_stops(). */
  StopMarks        stops;

  Series           stack[N_SERIES][MAX_DEPTH];
  guint            depth[N_SERIES];
} Parser;

/* The first year a heading names for plans: the year the report was
 * given, or the next one when it was given in that year's second half,
 * as at a term's end in December, which reviews the year it is given in
 * (（四）2021年监督工作); 0 when the date is unknown. */
static gint
first_plans_year (const Parser *P)
{
  if (P->date_year <= 0)
    return 0;
  return P->date_month > 6 ? P->date_year + 1 : P->date_year;
}

#define LINE(P, i) (&g_array_index ((P)->lines, Line, (i)))
#define SPAN(P, i) (&g_array_index ((P)->result->spans, StructureSpan, (i)))

/* An array for array_push(), with room for @room elements. */
static GArray *
array_new_ahead (gsize size,
                 guint room)
{
  GArray *array = g_array_sized_new (FALSE, FALSE, (guint) size, room);

  return g_array_set_size (array, room);
}

/* Appends an element of @size bytes to @array, of which *@n elements are
 * in use, and returns it. The array's length is the room made so far,
 * doubled when full and cut to *@n when done: g_array_append_val()
 * costs a call and a memcpy() per element. */
/* Out of line, so that array_push() and its callers stay small. */
G_NO_INLINE static void
array_grow (GArray *array)
{
  g_array_set_size (array, MAX (16, array->len * 2));
}

static inline gpointer
array_push (GArray *array,
            guint  *n,
            gsize   size)
{
  if (G_UNLIKELY (*n == array->len))
    array_grow (array);

  return array->data + (*n)++ * size;
}

static inline gint
add_span (Parser        *P,
          StructureKind  kind,
          gsize          start,
          gsize          end,
          gint           parent)
{
  StructureSpan *span = array_push (P->result->spans, &P->n_spans, sizeof (StructureSpan));

  *span = (StructureSpan) {
    .kind = kind,
    .start = start,
    .end = end,
    .parent = parent,
    .topic = STRUCTURE_TOPIC_NONE,
  };

  return (gint) P->n_spans - 1;
}

static void
add_meta (Parser         *P,
          gsize           start,
          gsize           end,
          StructureField  field)
{
  gint span = add_span (P, STRUCTURE_META, start, end, -1);

  SPAN (P, span)->index = field;
}

/* Copies a heading without white space (a heading may run over a line
 * break) and without trailing punctuation. */
static char *
clean_heading (const char *p,
               const char *end)
{
  char *s = g_malloc ((gsize) (end - p) + 1);
  gsize len = 0;

  while (p < end)
    {
      gsize n = char_len (p, end);

      if (space_len (p, end) == 0)
        {
          /* One to four bytes: no call to memcpy(). */
          for (gsize k = 0; k < n; k++)
            s[len++] = p[k];
        }
      p += n;
    }

  while (len > 0)
    {
      const char *e = s + len;
      const char *q = char_prev (e, s);
      gsize n = (gsize) (e - q);

      if ((n == 1 && *q != '\0' && strchr (",.;:!?", *q) != NULL) ||
          (n == 3 && (AT (q, e, "，") || AT (q, e, "。") || AT (q, e, "；") ||
                      AT (q, e, "：") || AT (q, e, "、") || AT (q, e, "！") ||
                      AT (q, e, "？") || AT (q, e, "．"))))
        len -= n;
      else
        break;
    }
  s[len] = '\0';

  return s;
}

/* }}} */

/* {{{ Lines */

/* A print marker such as (下转第五版), （上接第一版） or (转第2版) at @p;
 * returns its length or 0. */
static gsize
print_marker_len (const char *p,
                  const char *end)
{
  const char *q = p;
  const char *inner;
  gsize k;

  if (AT (q, end, "（"))
    q += 3;
  else if (q < end && *q == '(')
    q++;
  else
    return 0;

  inner = q;
  for (k = 0; k < 12 && q < end; k++)
    {
      if (AT (q, end, "）") || *q == ')')
        {
          const char *close = q;

          q += *q == ')' ? 1 : 3;
          if (FIND (inner, close, "版") == NULL)
            return 0;
          if (FIND (inner, close, "转") == NULL && FIND (inner, close, "接") == NULL)
            return 0;
          return (gsize) (q - p);
        }
      q += char_len (q, end);
    }

  return 0;
}

static void
split_lines (Parser *P)
{
  const char *text = P->text;
  const char *end = text + P->len;
  const char *p = text;

  while (p < end)
    {
      const char *nl;
      const char *le;
      const char *s;
      const char *e;
      Line line = { 0, };
      gsize n;

      /* Half the lines of many reports are empty. */
      if (*p == '\n')
        {
          p++;
          continue;
        }

      nl = memchr (p, '\n', (gsize) (end - p));
      le = nl ? nl : end;
      s = skip_space (p, le);
      e = trim_back (s, le);

      /* Print markers at either end are not content; each opens with
       * ( or （, EF BC 88. */
      while (s < e && (*s == '(' || (guchar) *s == 0xEF) && (n = print_marker_len (s, e)) > 0)
        {
          s = skip_space (s + n, e);
          line.lead_marker = TRUE;
        }
      while (s < e)
        {
          const char *open = NULL;
          const char *q;

          if (e[-1] == ')' || (e - s >= 3 && AT (e - 3, e, "）")))
            {
              const char *lower = e - s > 40 ? e - 40 : s;

              for (q = e - 1; q >= lower; q--)
                {
                  if (*q == '(' || AT (q, e, "（"))
                    {
                      open = q;
                      break;
                    }
                  if (q == lower)
                    break;
                }
            }
          if (open == NULL || print_marker_len (open, e) != (gsize) (e - open))
            break;
          e = trim_back (s, open);
          line.trail_marker = TRUE;
        }

      if (s < e)
        {
          line.start = (gsize) (s - text);
          line.end = (gsize) (e - text);
          line.kind = LINE_BODY;
          line.head_start = line.head_end = line.body_start = line.end;
          *(Line *) array_push (P->lines, &P->n_lines, sizeof (Line)) = line;
        }

      p = nl ? nl + 1 : end;
    }
}

static inline const char *
line_start (Parser *P, Line *L)
{
  return P->text + L->start;
}

static inline const char *
line_end (Parser *P, Line *L)
{
  return P->text + L->end;
}

/* The mark after an ordinal @v at @q (、 ． ., and with @comma , ，),
 * and text after it: the ordinal in @index, that text in @after. */
static gboolean
read_ordinal_mark (const char  *q,
                   const char  *end,
                   gint         v,
                   gboolean     comma,
                   gint        *index,
                   const char **after)
{
  /* (or, after a Chinese numeral, a comma, as some copies set it: 一,坚
   * 持立法为民) */
  if (AT (q, end, "、") || AT (q, end, "．") || (comma && AT (q, end, "，")))
    q += 3;
  else if (q < end && (*q == '.' || (comma && *q == ',')))
    q++;
  else
    return FALSE;

  *index = v;
  *after = skip_space (q, end);

  return *after < end;
}

/* 一、 一． 一. 一, */
static gboolean
read_section_marker (const char  *p,
                     const char  *end,
                     gint        *index,
                     const char **after)
{
  const char *q;
  gint v = read_cn_ordinal (p, end, &q);

  return v != 0 && read_ordinal_mark (q, end, v, TRUE, index, after);
}

static gboolean has_digit (const char *p,
                           const char *end);

/* 一 立法工作, 二　监督工作: a section's number set off by a space, as
 * some copies set it, before a short heading alone on its line (no
 * punctuation, no digit: not 一 年来…, the rest of a broken line). */
static gboolean
read_spaced_section_marker (const char  *p,
                            const char  *end,
                            gint        *index,
                            const char **after)
{
  const char *q, *h, *t;
  gint v = read_cn_ordinal (p, end, &q);
  gsize n;

  if (v == 0 || q >= end || space_len (q, end) == 0)
    return FALSE;
  h = skip_space (q, end);
  t = trim_back (h, end);
  n = n_chars_cap (h, t, 31);
  if (n < 4 || n > 30 || han_at (h, t) == 0 || has_punctuation (h, t) || has_digit (h, t))
    return FALSE;
  *index = v;
  *after = h;
  return TRUE;
}

/* （一） (一) */
static gboolean
read_paren_marker (const char  *p,
                   const char  *end,
                   gint        *index,
                   const char **after)
{
  const char *q = p;
  gint v;

  if (AT (q, end, "（"))
    q += 3;
  else if (q < end && *q == '(')
    q++;
  else
    return FALSE;

  v = read_cn_ordinal (q, end, &q);
  if (v == 0)
    return FALSE;

  if (AT (q, end, "）"))
    q += 3;
  else if (q < end && *q == ')')
    q++;
  else
    return FALSE;

  *index = v;
  *after = q;

  return TRUE;
}

/* 1． 1. 1、 before a heading alone on its line: some reports number
 * their topical units so inside a part (第一部分), as others do with
 * （一）. Not a decimal (1.5): the mark is followed by no digit. */
static gboolean
read_arabic_marker (const char  *p,
                    const char  *end,
                    gint        *index,
                    const char **after)
{
  const char *q;
  gsize n;
  gint v = read_arabic (p, end, 2, &q);

  return v > 0 && read_ordinal_mark (q, end, v, FALSE, index, after) && digit_at (*after, end, &n) < 0;
}

/* 第一， 第一、 at the start of a paragraph: some reports number their
 * topical units so, as others do with （一） */
static gboolean
read_ordinal_word_marker (const char  *p,
                          const char  *end,
                          gint        *index,
                          const char **after)
{
  const char *q;
  gint v;

  if (!AT (p, end, "第"))
    return FALSE;
  v = read_cn_ordinal (p + 3, end, &q);
  if (v == 0)
    return FALSE;

  if (AT (q, end, "，") || AT (q, end, "、"))
    q += 3;
  else if (q < end && *q == ',')
    q++;
  else
    return FALSE;

  *index = v;
  *after = skip_space (q, end);

  return *after < end;
}

/* 第一部分 */
static gboolean
read_part_number (const char  *p,
                  const char  *end,
                  const char **after)
{
  const char *q;

  if (!AT (p, end, "第"))
    return FALSE;
  if (read_cn_ordinal (p + 3, end, &q) == 0 || !AT (q, end, "部分"))
    return FALSE;

  q += strlen ("部分");
  while (q < end && (space_len (q, end) > 0 || AT (q, end, "、") ||
                     AT (q, end, "：") || *q == ':'))
    q += space_len (q, end) > 0 ? space_len (q, end) : (*q == ':' ? 1 : 3);
  *after = q;

  return TRUE;
}

/* The words a body opens with, that a heading run into it on one line
 * is followed by with no mark between: who acts or when (…提升履职能力水
 * 平常委会党组…, …推动决策部署落地全年作出…, …增强监督实效围绕…) */
static const char *const body_openers[] = {
  "常委会", "省人大常委会", "市人大常委会", "县人大常委会", "区人大常委会",
  "州人大常委会", "自治区人大常委会", "全年", "围绕", "一年来", "今年以来",
  "过去一年", "本届以来", "五年来",
};

/* The characters before 常委会 or 全年 that make them part of the same
 * phrase, not a body's first words */
static const char *const not_before_opener[] = {
  "大", "席", "向", "由", "经", "对", "请", "在", "和", "与", "及", "同", "将",
  "把", "被", "为", "是", "的", "届", "本",
};


/* Words that make the clause they are in a sentence of the body, not a
 * heading's: who acts (常委会党组始终围绕…, 组成人员围绕…) or an adverb
 * right before the opener (紧紧围绕, 始终围绕) */
static const char *const body_clause_words[] = {
  "常委会", "党组", "组成人员", "委员", "代表",
};
static const char *const adverbs_before_opener[] = {
  "始终", "紧紧", "全力", "积极", "认真", "主动", "深入", "持续", "着力", "切实", "不断",
};

static gboolean
clause_of_body (const char *clause,
                const char *q)
{
  for (guint i = 0; i < G_N_ELEMENTS (body_clause_words); i++)
    if (find (clause, q, body_clause_words[i], strlen (body_clause_words[i])) != NULL)
      return TRUE;
  return ends_with_any (clause, q, adverbs_before_opener, G_N_ELEMENTS (adverbs_before_opener));
}

/* The verbs that introduce what someone said, before a colon (组成人员认
 * 为：…), which is no heading's end */
static const char *const speech_verbs[] = { "认为", "指出", "强调", "表示", "要求", "提出" };

/* Where a heading that a copy ran into its body, having lost the line
 * break after it, ends when no sentence ends soon enough to tell: at a
 * full-width colon (把牢政治方向：常委会党组…), before a lower number
 * (…服务大局（一）及时作出…, …提高立法质量1．科学编制…), or, in a
 * heading of two clauses, before a body opener right after its last
 * character (加强自身建设，提升履职能力水平常委会党组…). Within the first
 * 40 characters after @h; NULL if none. *@body: where the body starts.
 * @openers: look for body openers too, not only colons and numbers. */
static const char *
run_in_heading_end (const char  *h,
                    const char  *end,
                    gboolean     openers,
                    const char **body)
{
  const char *q, *prev = NULL, *clause = h;
  guint n = 0, since_comma = 0;
  gboolean comma = FALSE, digits = FALSE;
  gsize digit_len;

  for (q = h; q < end && n <= 40; prev = q, q += char_len (q, end), n++, since_comma++)
    {
      gint index;
      const char *after;

      if (n >= 4 && AT (q, end, "：") && !ends_with_any (h, q, speech_verbs, G_N_ELEMENTS (speech_verbs)))
        {
          *body = q + strlen ("：");
          return *body < end ? q : NULL;
        }
      if (n >= 4 && (read_paren_marker (q, end, &index, &after) || read_arabic_marker (q, end, &index, &after)))
        {
          *body = q;
          return q;
        }
      if (AT (q, end, "，"))
        {
          comma = TRUE;
          since_comma = 0;
          clause = q + strlen ("，");
          continue;
        }
      if (digit_at (q, end, &digit_len) >= 0)
        digits = TRUE;
      /* (not a word the opener is the end of, nor its verb or
       * preposition: 报请省人大常委会, 列席常委会会议, 向常委会报告; and a
       * heading states no count) */
      if (openers && comma && since_comma >= 5 && !digits && prev != NULL && han_at (prev, end) != 0 &&
          !starts_with_any (prev, end, not_before_opener, G_N_ELEMENTS (not_before_opener)) &&
          !clause_of_body (clause, q))
        if (starts_with_any (q, end, body_openers, G_N_ELEMENTS (body_openers)))
          {
            *body = q;
            return q;
          }
      if (sentence_end_len (q, end) > 0)
        break;
    }

  return NULL;
}

/* Makes @L a heading run into its body: the heading [@h, @t), the body
 * from @body */
static void
set_run_in (Line       *L,
            const char *text,
            const char *h,
            const char *t,
            const char *body)
{
  L->pure = FALSE;
  L->run_in = TRUE;
  L->head_start = (gsize) (h - text);
  L->head_end = (gsize) (t - text);
  L->body_start = (gsize) (body - text);
}

/* Makes @L a heading alone on its line: the heading [@h, @t), no body */
static void
set_alone (Line       *L,
           const char *text,
           const char *h,
           const char *t)
{
  L->pure = TRUE;
  L->head_start = (gsize) (h - text);
  L->head_end = (gsize) (t - text);
  L->body_start = L->end;
}

/* analyse_heading () of a line whose first sentence is too long for a
 * heading: a heading run into its body, or none */
static gboolean
run_in_heading (Line       *L,
                const char *text,
                const char *h)
{
  const char *body;
  const char *t = run_in_heading_end (h, text + L->end, TRUE, &body);

  if (t == NULL)
    return FALSE;
  set_run_in (L, text, h, t, body);
  return TRUE;
}

/* Looks at the text after a section or subsection marker: a heading alone,
 * a heading ending at the first full stop with the paragraph going on, or
 * a heading run into its body (run_in_heading_end ()). */
static gboolean
analyse_heading (Line       *L,
                 const char *text,
                 const char *h)
{
  const char *end = text + L->end;
  const char *q;
  const char *t = NULL;

  L->run_in = FALSE;
  for (q = h; q < end; q += char_len (q, end))
    if (sentence_end_len_at (text, q, end) > 0)
      {
        t = q;
        break;
      }

  if (t != NULL)
    {
      const char *r = t;

      while (r < end)
        {
          gsize n = sentence_end_len_at (text, r, end);

          if (n == 0)
            n = closer_len (r, end);
          if (n == 0)
            break;
          r += n;
        }
      if (r >= end)
        t = NULL;
      else
        {
          const char *body;
          const char *u;

          if (n_chars_cap (h, t, 41) > 40)
            return run_in_heading (L, text, h);
          /* (a heading run into a numbered first unit before the first
           * sentence ends: 坚持立法为民，提高立法质量1．科学编制立法计划。) */
          u = run_in_heading_end (h, t, FALSE, &body);
          if (u != NULL)
            {
              set_run_in (L, text, h, u, body);
              return TRUE;
            }
          L->pure = FALSE;
          L->head_start = (gsize) (h - text);
          L->head_end = (gsize) (t - text);
          L->body_start = (gsize) (t - text);
          return TRUE;
        }
    }

  if (n_chars_cap (h, end, 61) > 60)
    return run_in_heading (L, text, h);
  /* (one sentence, short enough for a heading alone, that a colon or a
   * lower number cuts: a heading run into its body, 把牢政治方向：常委会
   * 党组…。) */
  if (end > h && sentence_end_len (char_prev (end, h), end) > 0)
    {
      const char *body;
      const char *u = run_in_heading_end (h, end, FALSE, &body);

      if (u != NULL)
        {
          set_run_in (L, text, h, u, body);
          return TRUE;
        }
    }

  set_alone (L, text, h, text + L->end);

  return TRUE;
}

static gboolean
accept_ordinal (const Line *L,
                gint        index,
                gint        prev)
{
  if (index == prev + 1)
    return TRUE;
  if (!L->pure)
    return FALSE;

  return index == 1 || (index > prev && index <= prev + 3);
}

static const char *const part_words[] = {
  "主要工作", "工作回顾", "主要任务", "工作任务", "工作安排", "任务安排",
  "工作部署", "工作打算",
  /* the last part of a term's last report: 对今后工作的建议, 对新一届常委
   * 会工作的建议 */
  "今后工作的建议", "今后工作建议", "今后工作的几点建议", "新一届常委会工作的",
  /* (…对今后五年工作的建议) */
  "今后五年工作的建议", "今后五年工作建议",
};

static const char *const part_openings[] = {
  "一年来", "过去", "今年", "今后", "明年", "新的一年", "回顾",
  "五年来", "本届",
};

static const char *const plans_words[] = {
  "任务", "安排", "部署", "打算", "今年", "今后", "明年", "新的一年", "新一届常委会工作的",
};

static StructureTopic
part_topic (Parser     *P,
            const char *p,
            const char *end,
            gint       *year_out)
{
  const char *q;
  guint i;
  gint year;

  *year_out = 0;
  for (q = p; q < end; q += char_len (q, end))
    if ((year = read_year (q, end, &q)) > 0 && AT (q, end, "年"))
      {
        /* a year after the one reported: the plans (in a report given in
         * its year's second half, as at a term's end in December, the
         * date's own year is the one reported: 2021年的主要工作) */
        gint reported = P->date_month > 0 && P->date_month <= 6 ? P->date_year - 1 : P->date_year;

        *year_out = year;
        if (P->date_year > 0 && year > reported)
          return STRUCTURE_TOPIC_PLANS;
        break;
      }

  /* what was done since the year began (今年以来的主要工作, in a report
   * given in the year) */
  if (find (p, end, "今年以来", strlen ("今年以来")) != NULL)
    return STRUCTURE_TOPIC_REVIEW;
  for (i = 0; i < G_N_ELEMENTS (plans_words); i++)
    if (find (p, end, plans_words[i], strlen (plans_words[i])) != NULL)
      return names_work_done (p, end) ? STRUCTURE_TOPIC_REVIEW : STRUCTURE_TOPIC_PLANS;

  return STRUCTURE_TOPIC_REVIEW;
}

/* Does [@p, @end) name a part: 过去一年的主要工作, 2023年工作回顾,
 * 今年的主要任务, 今后一个时期的工作安排 …? */
static gboolean
is_part_phrase (const char *p,
                const char *end)
{
  const char *q;
  gsize nc;
  guint i;

  /* At most 24 characters of at most 4 bytes. */
  if (end - p > 24 * 4)
    return FALSE;

  /* Each part word holds 工作 or 任务, and so does each ending below but
   * 安排 and 回顾: most short lines fail this cheaper test. */
  if (FIND (p, end, "工作") == NULL && FIND (p, end, "任务") == NULL &&
      !(end - p >= 6 && (AT (end - 6, end, "安排") || AT (end - 6, end, "回顾"))))
    return FALSE;

  nc = n_chars (p, end);
  if (nc < 4 || nc > 24 || has_punctuation (p, end))
    return FALSE;

  for (i = 0; i < G_N_ELEMENTS (part_words); i++)
    if (find (p, end, part_words[i], strlen (part_words[i])) != NULL)
      return TRUE;

  for (i = 0; i < G_N_ELEMENTS (part_openings); i++)
    if (has_at (p, end, part_openings[i], strlen (part_openings[i])))
      break;
  if (i == G_N_ELEMENTS (part_openings) &&
      !(read_year (p, end, &q) > 0 && AT (q, end, "年")))
    return FALSE;
  /* a year's work of one domain is a section (二、2022年立法工作), not a
   * part about the year */
  if (i == G_N_ELEMENTS (part_openings) &&
      is_domain_topic (score_topic_evidence (q + strlen ("年"), end, 0, STRUCTURE_TOPIC_NONE)))
    return FALSE;
  q = char_prev (char_prev (end, p), p);

  /* 五年来的回顾; advice, said of the years to come (今后五年工作的建议) */
  return AT (q, end, "工作") || AT (q, end, "任务") || AT (q, end, "安排") ||
         AT (q, end, "回顾") || (i < G_N_ELEMENTS (part_openings) && AT (q, end, "建议"));
}

/* Does [@p, @end) head a box of the year reported's figures set after
 * the report (附：2024年区人大常委会履职数据一览, 数说2024, 附表：2023年常
 * 委会主要工作数据): a part of its
 * own, about the year, not the plans before it? Short, no sentence, the
 * year reported named. */
static gboolean
is_figures_box_heading (Parser     *P,
                        const char *p,
                        const char *end)
{
  static const char *const words[] = {
    "数说", "数读", "数据一览", "一览", "速览", "账本", "一图读懂",
    /* (a table set after it: 附表：2023年常委会主要工作数据) */
    "附表", "工作数据", "履职数据", "数据统计",
  };
  gint reported = P->date_month > 0 && P->date_month <= 6 ? P->date_year - 1 : P->date_year;
  const char *q, *after;
  gboolean named = FALSE;
  guint i;

  if (P->date_year <= 0 || end - p > 30 * 3 || FIND (p, end, "。") != NULL)
    return FALSE;
  for (q = p; q < end && !named; q += char_len (q, end))
    named = read_year (q, end, &after) == reported;
  if (!named)
    return FALSE;
  for (i = 0; i < G_N_ELEMENTS (words); i++)
    if (find (p, end, words[i], strlen (words[i])) != NULL)
      return TRUE;
  return FALSE;
}

static gboolean
is_part_heading (Parser *P,
                 Line   *L)
{
  const char *p = line_start (P, L);
  const char *end = line_end (P, L);
  const char *after;

  if (end - p <= 24 * 4 && read_part_number (p, end, &after))
    {
      set_alone (L, P->text, after, P->text + L->end);
      return TRUE;
    }

  if (!is_part_phrase (p, end) && !is_figures_box_heading (P, p, end))
    return FALSE;

  set_alone (L, P->text, P->text + L->start, P->text + L->end);
  return TRUE;
}

/* A part numbered like a section: 一、过去一年的主要工作 and
 * 二、2024年的主要任务, its section marker read already (@index, and @h
 * after it). The numbering starts at 一 or goes on from the part before,
 * so that the last section 六、2024年的主要任务 of a report without parts
 * stays a section. */
static gboolean
is_numbered_part (Parser     *P,
                  Line       *L,
                  gint        index,
                  const char *h,
                  gint        prev_part)
{
  const char *end = line_end (P, L);

  if ((index != 1 && index != prev_part + 1) || !is_part_phrase (h, end))
    return FALSE;

  L->index = index;
  set_alone (L, P->text, h, P->text + L->end);
  return TRUE;
}

/* The next part of a report whose numbered parts hold （一） units:
 * after 一、2022年主要工作 and its （一）（二）…, with no 一、 section
 * in it, 二、 is at the level of 一、, whatever it says (二、五年来的回顾,
 * 二、对今后工作的几点意见). @prev_section and @prev_sub are those seen
 * since the part. */
static gboolean
is_next_part (Parser     *P,
              Line       *L,
              gint        index,
              const char *h,
              gint        prev_part,
              gint        prev_section,
              gint        prev_sub)
{
  if (prev_part == 0 || index != prev_part + 1 || prev_section != 0 || prev_sub < 2)
    return FALSE;
  if (!analyse_heading (L, P->text, h) || !L->pure || n_chars_cap (h, line_end (P, L), 25) > 24)
    return FALSE;

  L->index = index;
  return TRUE;
}

static gboolean
starts_with_marker (Parser *P,
                    Line   *L)
{
  const char *p = line_start (P, L);
  const char *end = line_end (P, L);
  const char *q;
  gint index;
  gboolean marker;

  if (L->marker != LINE_MARKER_UNKNOWN)
    return L->marker == LINE_MARKER_SOME;

  marker = read_section_marker (p, end, &index, &q) || read_spaced_section_marker (p, end, &index, &q) ||
           read_paren_marker (p, end, &index, &q) ||
           (read_cn_ordinal (p, end, &q) > 0 && AT (q, end, "是"));
  L->marker = marker ? LINE_MARKER_SOME : LINE_MARKER_NONE;

  return marker;
}

/* A heading cut by a page break: 一、搭平台、建机制，/着力发挥代表作用. */
static gboolean opens_with_bullet (const char *p,
                                   const char *end);

static void
maybe_join_heading (Parser *P,
                    guint   i)
{
  Line *L = LINE (P, i);
  Line *N;
  const char *ls = line_start (P, L);
  const char *le = line_end (P, L);
  const char *ns, *ne;
  const char *q;
  gsize nc;

  if (!L->pure || i + 1 >= P->lines->len || L->trail_marker)
    return;

  N = LINE (P, i + 1);
  ns = line_start (P, N);
  ne = line_end (P, N);
  /* (nor a bulleted line, which is whole: 加强自身建设 then ■召开常委会会
   * 议八次) */
  if (N->lead_marker || N->kind != LINE_BODY || starts_with_marker (P, N) ||
      opens_with_bullet (ns, ne))
    return;

  /* Every test below only returns: the cheap bound goes first. */
  nc = n_chars_cap (ns, ne, 21);
  if (nc > 20)
    return;
  for (q = ns; q < ne; q += char_len (q, ne))
    if (sentence_end_len_at (P->text, q, ne) > 0 || AT (q, ne, "；") || AT (q, ne, "：") ||
        *q == ';' || *q == ':')
      return;

  q = char_prev (le, ls);
  if (!(AT (q, le, "，") || AT (q, le, "、") || *q == ',') && nc > 12)
    return;
  if (n_chars_cap (ls, le, 71 - nc) + nc > 70)
    return;

  N->kind = LINE_CONT;
  L->head_end = N->end;
  L->body_start = N->end;
}

/* }}} */

/* {{{ Header */

/* Could @year be the year a report dated P->date_year reports on? A
 * report given in the first half of a year reviews the year before; a
 * mention of the current year there is about plans. */
static gboolean
plausible_year (Parser *P,
                gint    year)
{
  if (year < 1949 || year > 2200)
    return FALSE;
  if (P->date_year == 0)
    return TRUE;
  if (year == P->date_year - 1)
    return TRUE;

  return year == P->date_year && P->date_month > 6;
}

static const char *const speaker_titles[] = { "委员长", "主任", "秘书长", "书记" };

static gboolean
is_cjk_name (const char *p,
             const char *end,
             gsize      *n_out)
{
  gsize n = 0;

  while (p < end)
    {
      gunichar c;
      gsize k = space_len (p, end);

      if (k > 0)
        {
          p += k;
          continue;
        }
      c = g_utf8_get_char_validated (p, end - p);
      if (c == (gunichar) -1 || c == (gunichar) -2)
        return FALSE;
      if (!((c >= 0x3400 && c <= 0x9FFF) || c == 0x00B7 || c == 0x2022 || c == 0x30FB))
        return FALSE;
      n++;
      p = g_utf8_next_char (p);
    }

  *n_out = n;
  return n >= 2 && n <= 10;
}

static char *
name_from (const char *p,
           const char *end)
{
  gsize n = 0;
  gsize len = 0;
  char *s;

  p = skip_space (p, end);
  end = trim_back (p, end);
  if (!is_cjk_name (p, end, &n))
    return NULL;

  /* Typesetters pad two-character names to three (王　明): the padding
   * is not part of the name. */
  s = g_malloc ((gsize) (end - p) + 1);
  while (p < end)
    {
      gsize k = space_len (p, end);

      if (k > 0 && n <= 4)
        {
          p += k;
          continue;
        }
      for (k = char_len (p, end); k > 0; k--)
        s[len++] = *p++;
    }
  s[len] = '\0';

  return s;
}

/* Strips ——, —, -, and enclosing parentheses from a header line. */
static void
header_inner (const char  *p,
              const char  *end,
              const char **out_start,
              const char **out_end)
{
  for (;;)
    {
      p = skip_space (p, end);
      if (AT (p, end, "—") || AT (p, end, "―") || AT (p, end, "─") ||
          AT (p, end, "－") || AT (p, end, "–"))
        p += 3;
      else if (p < end && *p == '-')
        p++;
      else
        break;
    }

  if (AT (p, end, "（") || (p < end && *p == '('))
    {
      p += *p == '(' ? 1 : 3;
      if (end - p >= 3 && AT (end - 3, end, "）"))
        end -= 3;
      else if (end > p && end[-1] == ')')
        end--;
    }

  p = skip_space (p, end);
  *out_start = p;
  *out_end = trim_back (p, end);
}

static char *
region_from_title (const char *title)
{
  const char *end = title + strlen (title);
  static const char *const bodies[] = {
    "人民代表大会常务委员会", "人大常委会", "人民代表大会", "常务委员会", "常委会",
  };
  const char *cut = NULL;
  const char *q;
  guint i;

  /* 关于某某市人大常委会工作情况的报告 */
  if (g_str_has_prefix (title, "关于"))
    title += strlen ("关于");

  if (g_str_has_prefix (title, "全国人民代表大会") || g_str_has_prefix (title, "全国人大"))
    return g_strdup ("全国");

  for (i = 0; i < G_N_ELEMENTS (bodies); i++)
    {
      q = find (title, end, bodies[i], strlen (bodies[i]));
      if (q != NULL && (cut == NULL || q < cut))
        cut = q;
    }
  if (cut == NULL || cut == title)
    return NULL;

  /* …省第十四届人民代表大会… */
  q = rfind (title, cut, "第", strlen ("第"));
  if (q != NULL && q > title && cut - 3 >= title && AT (cut - 3, cut, "届"))
    cut = q;

  /* 市人大常委会, 本市人大常委会: no name (but 本溪市 is one). */
  if (n_chars (title, cut) < 2 ||
      (n_chars (title, cut) == 2 && has_at (title, cut, "本", strlen ("本"))))
    return NULL;

  return g_strndup (title, (gsize) (cut - title));
}

static char *
region_from_meeting (const char *meeting)
{
  const char *end = meeting + strlen (meeting);
  const char *p = FIND (meeting, end, "在");
  const char *q;
  const char *body;

  if (p == NULL)
    return NULL;
  p += 3;
  body = FIND (p, end, "人民代表大会");
  if (body == NULL)
    return NULL;

  /* 在第十四届全国人民代表大会… */
  if (AT (p, end, "第") && (q = FIND (p, body, "届")) != NULL)
    p = q + 3;
  else if ((q = FIND (p, body, "第")) != NULL)
    body = q;

  return body > p ? g_strndup (p, (gsize) (body - p)) : NULL;
}

static char *
strip_spaces (const char *p,
              const char *end)
{
  char *s = g_malloc ((gsize) (end - p) + 1);
  gsize len = 0;

  while (p < end)
    {
      gsize n = space_len (p, end);

      if (n > 0)
        p += n;
      else
        for (n = char_len (p, end); n > 0; n--)
          s[len++] = *p++;
    }
  s[len] = '\0';

  return s;
}

static gboolean
ends_with_speaker_title (const char *p,
                         const char *end)
{
  guint i;

  for (i = 0; i < G_N_ELEMENTS (speaker_titles); i++)
    {
      gsize n = strlen (speaker_titles[i]);

      if ((gsize) (end - p) >= n && memcmp (end - n, speaker_titles[i], n) == 0)
        return TRUE;
    }

  return FALSE;
}

static void
header_speaker (Parser *P,
                guint   i)
{
  StructureResult *R = P->result;
  Line *L = LINE (P, i);
  const char *p = line_start (P, L);
  const char *end = line_end (P, L);
  const char *cut = NULL;
  char *name;
  guint k;
  gsize span_start = L->start;

  if (R->speaker != NULL)
    return;

  for (k = 0; k < G_N_ELEMENTS (speaker_titles); k++)
    {
      const char *q = rfind (p, end, speaker_titles[k], strlen (speaker_titles[k]));

      if (q != NULL && (cut == NULL || q + strlen (speaker_titles[k]) > cut))
        cut = q + strlen (speaker_titles[k]);
    }

  if (cut != NULL && cut < end)
    {
      if (has_punctuation (cut, end) || (name = name_from (cut, end)) == NULL)
        return;
      R->speaker = name;
      R->speaker_title = strip_spaces (p, trim_back (p, cut));
    }
  else if (cut == NULL && i > 0 && LINE (P, i - 1)->header)
    {
      /* The title on one line, the name on the next. */
      Line *T = LINE (P, i - 1);
      const char *ts = line_start (P, T);
      const char *te = line_end (P, T);

      if (!ends_with_speaker_title (ts, te) || has_punctuation (ts, te) ||
          (name = name_from (p, end)) == NULL)
        return;
      R->speaker = name;
      R->speaker_title = strip_spaces (ts, te);
      span_start = T->start;
    }
  else
    return;

  add_meta (P, span_start, L->end, STRUCTURE_FIELD_SPEAKER);
}

static gboolean
is_title_body (const char *p,
               const char *end)
{
  return FIND (p, end, "人民代表大会") != NULL || FIND (p, end, "常务委员会") != NULL ||
         FIND (p, end, "常委会") != NULL;
}

static gboolean
ends_with_report (const char *p,
                  const char *end)
{
  end = trim_back (p, end);

  return end - p >= 6 && AT (end - 6, end, "报告");
}

/* …常务委员会工作报告, and the titles of the reports some congresses hear
 * instead: 关于…工作（情况）的报告, …人大常委会关于…的报告. */
static gboolean
is_report_title (const char *p,
                 const char *end)
{
  if (FIND (p, end, "工作报告") != NULL)
    return TRUE;

  return ends_with_report (p, end) && FIND (p, end, "关于") != NULL &&
         (FIND (p, end, "工作") != NULL || is_title_body (p, end));
}

/* The first year written in @title (2023年), or 0. */
static gint
year_in_title (const char *title)
{
  const char *end = title + strlen (title);
  const char *p, *q;
  gint year;

  for (p = title; p < end; p += char_len (p, end))
    if ((year = read_year (p, end, &q)) > 0 && AT (q, end, "年"))
      return year;

  return 0;
}

/* "%04d-%02d-%02d" for a date structure_parse_date() read (a year of
 * four digits), without the cost of printf. */
static char *
format_date (gint year,
             gint month,
             gint day)
{
  char *s = g_malloc (11);

  s[0] = (char) ('0' + year / 1000 % 10);
  s[1] = (char) ('0' + year / 100 % 10);
  s[2] = (char) ('0' + year / 10 % 10);
  s[3] = (char) ('0' + year % 10);
  s[4] = '-';
  s[5] = (char) ('0' + month / 10 % 10);
  s[6] = (char) ('0' + month % 10);
  s[7] = '-';
  s[8] = (char) ('0' + day / 10 % 10);
  s[9] = (char) ('0' + day % 10);
  s[10] = '\0';

  return s;
}

/* Whether [@p, @end) holds a digit, half- or full-width */
static gboolean
has_digit (const char *p,
           const char *end)
{
  gsize n;

  for (; p < end; p += char_len (p, end))
    if (digit_at (p, end, &n) >= 0)
      return TRUE;
  return FALSE;
}

/* Whether [@p, @end) holds a CJK character (a lead byte of the ranges of
 * the ideographs and their punctuation: E3 to E9) */
static gboolean
has_cjk (const char *p,
         const char *end)
{
  for (; p < end; p++)
    if ((guchar) *p >= 0xE3 && (guchar) *p <= 0xE9)
      return TRUE;
  return FALSE;
}

static gboolean is_bracket_heading (Parser      *P,
                                    Line        *L,
                                    gboolean     any_work,
                                    const char **head,
                                    const char **head_end,
                                    const char **body);

static void
scan_header (Parser *P)
{
  StructureResult *R = P->result;
  guint n = P->lines->len;
  guint limit = MIN (n, 12);
  const char *h, *t, *body;
  /* a line naming a report was seen */
  gboolean titled = FALSE;
  guint i;
  gint title_line = -1;
  gboolean date_from_meeting = FALSE;

  for (i = 0; i < limit; i++)
    {
      Line *L = LINE (P, i);
      const char *p = line_start (P, L);
      const char *end = line_end (P, L);

      /* a line of no Chinese at all (a summary in English, a web
       * address) ends no header */
      if (!has_cjk (p, end))
        continue;
      /* (a heading in 【】 ends it only after the title: a web copy may
       * open with its column's tag, 【立法动态】) */
      if (AT (p, end, "各位代表") || FIND (p, end, "。") != NULL ||
          n_chars_cap (p, end, 81) > 80 || starts_with_marker (P, L) || is_part_heading (P, L) ||
          (titled && is_bracket_heading (P, L, FALSE, &h, &t, &body)))
        break;
      titled = titled || FIND (p, end, "报告") != NULL;
    }
  P->header_end = i;

  for (i = 0; i < P->header_end; i++)
    LINE (P, i)->header = TRUE;

  /* The title, maybe broken over two lines, maybe spaced out character
   * by character (安 吉 县 人 民 代 表 大 会…): read without its spaces. */
  for (i = 0; i < P->header_end && i < 6; i++)
    {
      Line *L = LINE (P, i);
      const char *p = line_start (P, L);
      const char *end = line_end (P, L);
      g_autofree char *bare = NULL;
      const char *bare_end;

      if (n_chars_cap (p, end, 101) > 100)
        continue;
      bare = strip_spaces (p, end);
      bare_end = bare + strlen (bare);
      if (n_chars_cap (bare, bare_end, 51) > 50)
        continue;
      if (is_report_title (bare, bare_end))
        {
          title_line = (gint) i;
          R->title = g_steal_pointer (&bare);
          add_span (P, STRUCTURE_TITLE, L->start, L->end, -1);
          break;
        }
      if (i + 1 < P->header_end && (is_title_body (bare, bare_end) || FIND (bare, bare_end, "关于") != NULL))
        {
          Line *N = LINE (P, i + 1);
          char *b = strip_spaces (line_start (P, N), line_end (P, N));
          const char *b_end = b + strlen (b);
          gsize nc = n_chars (b, b_end);
          char *both = g_strconcat (bare, b, NULL);
          gboolean report = (FIND (b, b_end, "工作报告") != NULL && nc <= 20) ||
                            (ends_with_report (b, b_end) && nc <= 24 &&
                             is_report_title (both, both + strlen (both)));

          g_free (b);
          if (report)
            {
              title_line = (gint) i + 1;
              R->title = both;
              N->kind = LINE_CONT;
              add_span (P, STRUCTURE_TITLE, L->start, N->end, -1);
              break;
            }
          g_free (both);
        }
    }

  for (i = title_line >= 0 ? (guint) title_line + 1 : 0; i < P->header_end; i++)
    {
      Line *L = LINE (P, i);
      const char *s, *e, *q;
      gsize nq;
      gboolean meeting;
      gboolean dated = FALSE;

      header_inner (line_start (P, L), line_end (P, L), &s, &e);
      if (s >= e)
        continue;

      meeting = FIND (s, e, "会议") != NULL;

      /* The first 40 characters, counted as they go by. */
      for (q = s, nq = 0; q < e && nq < 40;
           nq += n_chars (q, q + char_len (q, e)), q += char_len (q, e))
        {
          gsize used;
          gint y, m, d;

          if (!structure_parse_date (q, (gsize) (e - q), &used, &y, &m, &d))
            continue;

          /* A date alone on its line, or the date of the meeting line. */
          if (meeting || (q == s && q + used == e))
            {
              if (R->date == NULL || (meeting && !date_from_meeting))
                {
                  g_free (R->date);
                  R->date = format_date (y, m, d);
                  P->date_year = y;
                  P->date_month = m;
                  date_from_meeting = meeting;
                }
              add_meta (P, (gsize) (q - P->text), (gsize) (q + used - P->text),
                        STRUCTURE_FIELD_DATE);
              dated = TRUE;
            }
          break;
        }

      if (meeting)
        {
          const char *after;
          gint y, m;

          /* a meeting line dated by its month only (——2023年1月在…第一次
           * 会议上) still tells the year reported */
          if (P->date_year == 0 && parse_year_month (s, e, &y, &m, &after))
            {
              P->date_year = y;
              P->date_month = m;
            }
          if (R->meeting == NULL)
            R->meeting = g_strndup (s, (gsize) (e - s));
          add_meta (P, (gsize) (s - P->text), (gsize) (e - P->text),
                    STRUCTURE_FIELD_MEETING);
          continue;
        }

      if (!dated)
        header_speaker (P, i);
    }

  if (R->title != NULL)
    R->region = region_from_title (R->title);
  if (R->region == NULL && R->meeting != NULL)
    R->region = region_from_meeting (R->meeting);

  /* 关于2023年工作情况的报告 */
  if (R->title != NULL)
    {
      gint year = year_in_title (R->title);

      if (year > 0 && plausible_year (P, year))
        P->explicit_year = year;
    }
}

/* }}} */

/* {{{ Classification */

/* Makes @L a line of the body, with no heading. */
static void
line_make_body (Line *L)
{
  L->kind = LINE_BODY;
  L->arabic = FALSE;
  L->pure = FALSE;
  L->head_start = L->head_end = L->end;
  L->body_start = L->start;
}

/* Many reports (municipal and county ones, some provinces) number their
 * parts 一、… and their topical units （一）…, with no 一、 section inside a
 * part; some have （一） units at the top. Such units are the sections of
 * their part, when they are at least two and most of their headings name
 * some work (or the part is about plans), and the 1． units inside them
 * their subsections. */
static void
promote_scope (Parser   *P,
               guint     first,
               guint     stop,
               gboolean  plans)
{
  guint n_sub = 0;
  guint n_topical = 0;
  gboolean sections = FALSE, paren = FALSE, promote;
  guint i;

  /* 1． units are the part's only when no （一） ones are */
  for (i = first; i < stop && !paren; i++)
    paren = LINE (P, i)->kind == LINE_SUBSECTION && !LINE (P, i)->arabic;
  for (i = first; i < stop; i++)
    {
      Line *L = LINE (P, i);

      if (L->kind == LINE_SECTION)
        sections = TRUE;
      if (L->kind != LINE_SUBSECTION || (paren && L->arabic))
        continue;
      n_sub++;
      if (score_topic_evidence (P->text + L->head_start, P->text + L->head_end,
                                first_plans_year (P), STRUCTURE_TOPIC_NONE) != STRUCTURE_TOPIC_NONE)
        n_topical++;
    }

  promote = !sections && n_sub >= 2 && (plans || n_topical * 2 >= n_sub);
  for (i = first; i < stop; i++)
    {
      Line *L = LINE (P, i);

      if (L->kind != LINE_SUBSECTION)
        continue;
      /* (1． units inside （一） ones made sections: their subsections,
       * when headed by a few words, not by a sentence of counts nor a
       * title in a list of them) */
      if (L->arabic && paren && promote &&
          n_chars_cap (P->text + L->head_start, P->text + L->head_end, 21) <= 20 &&
          !has_digit (P->text + L->head_start, P->text + L->head_end) &&
          FIND (P->text + L->head_start, P->text + L->head_end, "《") == NULL)
        continue;
      if (L->arabic && (paren || !promote))
        {
          /* a numbered line of the body after all */
          line_make_body (L);
        }
      else if (promote)
        L->kind = LINE_SECTION;
    }
}

static void
promote_subsections (Parser *P)
{
  guint n = P->lines->len;
  guint first = P->header_end;
  gboolean plans = FALSE;
  guint i;

  for (i = P->header_end; i <= n; i++)
    {
      Line *L = i < n ? LINE (P, i) : NULL;
      gint year;

      if (L != NULL && L->kind != LINE_PART)
        continue;

      promote_scope (P, first, i, plans);
      if (L != NULL)
        plans = part_topic (P, P->text + L->head_start, P->text + L->head_end,
                            &year) == STRUCTURE_TOPIC_PLANS;
      first = i + 1;
    }
}

/* Does [@h, @t) hold a comma or a 、, joining clauses or the items of a
 * list, which a short label has none of? */
static gboolean
has_comma (const char *h,
           const char *t)
{
  for (const char *q = h; q < t; q += char_len (q, t))
    if (AT (q, t, "，") || AT (q, t, "、") || *q == ',')
      return TRUE;
  return FALSE;
}

/* Is the heading of @L, said before its body on its line, a few words
 * that name one domain's work (1.监督工作。, 2.代表工作。), and no more? */
static gboolean
names_work_inline (Parser *P,
                   Line   *L)
{
  const char *h = P->text + L->head_start;
  const char *t = P->text + L->head_end;

  return n_chars_cap (h, t, 13) <= 12 && !has_comma (h, t) &&
         is_domain_topic (score_topic_evidence (h, t, first_plans_year (P), STRUCTURE_TOPIC_NONE));
}

/* Is the heading of @L, said before its body on its line, a label of a
 * few words closed by 。 or ： (1．建议办理。, 4．工作评议：), with no count
 * nor comma in it? Inside a （一） unit, such 1． units are its parts. */
static gboolean
is_short_label (Parser *P,
                Line   *L)
{
  const char *h = P->text + L->head_start;
  const char *t = P->text + L->head_end;
  const char *end = line_end (P, L);

  return t < end && n_chars_cap (h, t, 17) <= 16 && !has_digit (h, t) && !has_comma (h, t) &&
         FIND (h, t, "《") == NULL && (AT (t, end, "。") || AT (t, end, "：") || AT (t, end, ":"));
}

/* The length of the bullet (■ ▲ ● …) at @p, 0 for none */
static gsize
bullet_len (const char *p,
            const char *end)
{
  static const char *const bullets[] = { "▲", "■", "●", "◆", "★", "□", "◇", "○", "•", "·", "▶" };

  for (guint i = 0; i < G_N_ELEMENTS (bullets); i++)
    if (has_at (p, end, bullets[i], strlen (bullets[i])))
      return strlen (bullets[i]);
  return 0;
}

/* Does [@p, @end) hold a count said in numerals (八次, 二十余次)? */
static gboolean
has_numeral_count (const char *p,
                   const char *end)
{
  /* (numerals beyond cn_digit ()'s, and what follows a count's last one) */
  static const char *const more[] = { "百", "千", "两" };
  static const char *const after[] = { "次", "件", "个", "人", "名", "期", "场", "项", "篇", "余", "多", "部", "条" };

  for (const char *q = p; q < end; q += char_len (q, end))
    if (cn_digit (q, end) > 0 || starts_with_any (q, end, more, G_N_ELEMENTS (more)))
      /* (every numeral is three bytes, and was found whole before @end) */
      if (starts_with_any (q + 3, end, after, G_N_ELEMENTS (after)))
        return TRUE;
  return FALSE;
}

/* Is @L a section's heading set as a bulleted line of its own with no
 * number, as some web copies set them (◆良法善治　在立法引领上见实效)?
 * Only one that names some work, or with @any_work (the report has set
 * its sections so before) any; never one with a figure, in digits or in
 * numerals, or with a sentence, as a box's bulleted lines are (■常委会会
 * 议　8次, ■召开常委会会议八次). The heading is [*@head, *@head_end). See
 * bullets_set_sections () for the reports whose bulleted lines may be
 * sections at all. */
static gboolean
is_bullet_heading (Parser      *P,
                   Line        *L,
                   gboolean     any_work,
                   const char **head,
                   const char **head_end)
{
  const char *p = skip_space (line_start (P, L), line_end (P, L));
  const char *end = trim_back (p, line_end (P, L));
  gsize n = bullet_len (p, end);
  const char *h = skip_space (p + n, end);

  if (n == 0 || h >= end || n_chars_cap (h, end, 31) > 30 || has_digit (h, end) || has_numeral_count (h, end) ||
      FIND (h, end, "。") != NULL || FIND (h, end, "：") != NULL || FIND (h, end, "；") != NULL)
    return FALSE;
  if (!any_work && score_topic_evidence (h, end, first_plans_year (P), STRUCTURE_TOPIC_NONE) == STRUCTURE_TOPIC_NONE)
    return FALSE;
  *head = h;
  *head_end = end;
  return TRUE;
}

/* Is @L a section's heading set in 【】 with no number, as web copies set
 * them: alone on its line (【立法工作】, 【坚持党的领导，扎实开展主题教
 * 育】), or opening its paragraph, a short one naming a domain's work
 * (【立法工作】全年审议法规草案16件…)? Only one that names some work: the
 * box of figures at a report's end (【数说2022】) is none; with @any_work
 * (the report has set its sections so before), any heading alone on its
 * line and with no digit does (【推进数字人大建设】). The heading is the
 * words inside, [*@head, *@head_end); *@body where the text after it
 * starts, or the line's end. */
static gboolean
is_bracket_heading (Parser      *P,
                    Line        *L,
                    gboolean     any_work,
                    const char **head,
                    const char **head_end,
                    const char **body)
{
  const char *p = skip_space (line_start (P, L), line_end (P, L));
  const char *end = trim_back (p, line_end (P, L));
  const char *h = p + strlen ("【");
  const char *t;
  StructureTopic topic;

  if (!AT (p, end, "【") || end - p < 2 * (gssize) strlen ("【"))
    return FALSE;
  t = find (h, end, "】", strlen ("】"));
  if (t == NULL || t == h || n_chars_cap (h, t, 31) > 30 || find (h, t, "【", strlen ("【")) != NULL)
    return FALSE;
  topic = score_topic_evidence (h, t, first_plans_year (P), STRUCTURE_TOPIC_NONE);
  *body = skip_space (t + strlen ("】"), end);
  if (topic == STRUCTURE_TOPIC_NONE && !(any_work && *body == end && !has_digit (h, t)))
    return FALSE;
  /* (text after it: a label of a few words naming one domain) */
  if (*body < end && (n_chars_cap (h, t, 13) > 12 || !is_domain_topic (topic)))
    return FALSE;
  *head = h;
  *head_end = t;
  return TRUE;
}

/* May the bulleted lines of the report's body be its sections: does no
 * line of it open with a section's or a subsection's number (一、, （一）),
 * which would make such lines items or highlights inside them, and do
 * two or more such lines name some work? */
static gboolean
bullets_set_sections (Parser *P)
{
  guint n_bullets = 0;

  for (guint i = P->header_end; i < P->lines->len; i++)
    {
      Line *L = LINE (P, i);
      const char *p = line_start (P, L);
      const char *end = line_end (P, L);
      const char *h, *t;
      gint index;

      if (read_section_marker (p, end, &index, &h) || read_spaced_section_marker (p, end, &index, &h) ||
          read_paren_marker (p, end, &index, &h))
        return FALSE;
      if (is_bullet_heading (P, L, FALSE, &h, &t))
        n_bullets++;
    }
  return n_bullets >= 2;
}

static void
classify_body (Parser *P)
{
  guint n = P->lines->len;
  gint prev_part = 0;
  gint prev_section = 0;
  gint prev_sub = 0;
  /* (1． units are numbered apart from （一） ones) */
  gint prev_arabic = 0;
  /* a section numbered 一、 was seen */
  gboolean numbered = FALSE;
  /* in a box of figures (附：2022年…主要工作数据), whose numbered lines are
   * its figures, not units (1. 召开常委会会议：8次) */
  gboolean in_box = FALSE;
  /* a section set in 【】, or as a bulleted line, was seen */
  gboolean bracketed = FALSE, bulleted = FALSE;
  /* (read once: no numbered units, bulleted headings) */
  gboolean bullets = bullets_set_sections (P);
  guint i;

  for (i = P->header_end; i < n; i++)
    {
      Line *L = LINE (P, i);
      const char *p = line_start (P, L);
      const char *end = line_end (P, L);
      const char *h, *t, *body;
      gint index;
      gboolean section;

      if (L->kind == LINE_CONT)
        continue;

      section = read_section_marker (p, end, &index, &h) || read_spaced_section_marker (p, end, &index, &h);
      if (section && (is_numbered_part (P, L, index, h, prev_part) ||
                      is_next_part (P, L, index, h, prev_part, prev_section, prev_sub)))
        {
          L->kind = LINE_PART;
          prev_part = L->index;
          prev_section = 0;
          prev_sub = prev_arabic = 0;
          in_box = FALSE;
          continue;
        }

      /* (a number set with a comma heads a line of its own only, no
       * sentence: 一,坚持立法为民; not 一，发现问题270个，…, the rest of a
       * broken line) */
      if (section &&
          analyse_heading (L, P->text, h) &&
          ((find (p, h, "，", strlen ("，")) == NULL && memchr (p, ',', (gsize) (h - p)) == NULL) ||
           (L->pure && find (h, end, "。", strlen ("。")) == NULL && !has_digit (h, end))) &&
          accept_ordinal (L, index, prev_section))
        {
          /* 二、 right after a part numbered 一、 with no unit of its own
           * yet continues the part's numbering: the part is over (一、过
           * 去五年的主要工作 and its paragraph, then 二、…立法, 三、…监督
           * about the year) */
          L->after_part = prev_part > 0 && prev_section == 0 && prev_sub == 0 && prev_arabic == 0 &&
                          index == prev_part + 1;
          numbered = TRUE;
          L->kind = LINE_SECTION;
          L->index = index;
          prev_section = index;
          prev_sub = prev_arabic = 0;
          maybe_join_heading (P, i);
          continue;
        }

      if (((read_paren_marker (p, end, &index, &h) && (h = skip_space (h, end)) < end) ||
           read_ordinal_word_marker (p, end, &index, &h)) &&
          analyse_heading (L, P->text, h) &&
          accept_ordinal (L, index, prev_sub))
        {
          L->kind = LINE_SUBSECTION;
          L->index = index;
          prev_sub = index;
          /* (its 1． units are numbered from 1) */
          prev_arabic = 0;
          maybe_join_heading (P, i);
          continue;
        }

      /* (only a heading alone on its line, or a short one naming a
       * domain's work before its body: 1．制定…条例，… is an item, 1.监督
       * 工作。开展… a unit) */
      if (!in_box && read_arabic_marker (p, end, &index, &h) &&
          analyse_heading (L, P->text, h) &&
          (L->pure || names_work_inline (P, L) || (prev_sub > 0 && is_short_label (P, L))) &&
          accept_ordinal (L, index, prev_arabic))
        {
          L->kind = LINE_SUBSECTION;
          L->arabic = TRUE;
          L->index = index;
          prev_arabic = index;
          continue;
        }

      if (is_part_heading (P, L))
        {
          L->kind = LINE_PART;
          /* (a box of figures set between the sections, 附表：2023年…主要
           * 工作数据, numbers none of its own: 六、2024年主要任务 after it
           * goes on from 五、) */
          in_box = is_figures_box_heading (P, p, end);
          if (!in_box)
            prev_section = 0;
          prev_sub = prev_arabic = 0;
          continue;
        }

      /* (in a report whose sections are numbered, a line in 【】 is a
       * heading inside one: 二、…立法 then 【提高立法质量】) */
      if (!numbered && is_bracket_heading (P, L, bracketed, &h, &t, &body))
        {
          bracketed = TRUE;
          if (body < end)
            set_run_in (L, P->text, h, t, body);
          else
            set_alone (L, P->text, h, t);
          L->kind = LINE_SECTION;
          L->index = ++prev_section;
          prev_sub = prev_arabic = 0;
          continue;
        }

      /* (…or as bulleted lines of their own) */
      if (bullets && !bracketed && is_bullet_heading (P, L, bulleted, &h, &t))
        {
          bulleted = TRUE;
          set_alone (L, P->text, h, t);
          L->kind = LINE_SECTION;
          L->index = ++prev_section;
          prev_sub = prev_arabic = 0;
          continue;
        }

      line_make_body (L);
    }

  promote_subsections (P);
}

/* }}} */

/* {{{ Items */

static gint
scope_container (Parser *P)
{
  if (P->cur_sub >= 0)
    return P->cur_sub;
  if (P->cur_section >= 0)
    return P->cur_section;
  return P->cur_part;
}

static void
close_series (Parser *P,
              Series *s,
              gsize   limit)
{
  StructureSpan *item;
  gsize end = limit;

  if (s->open_item < 0)
    return;

  if (!s->para_level)
    end = MIN (end, g_array_index (P->paras, Para, s->para).end);

  item = SPAN (P, s->open_item);
  end = (gsize) (trim_back (P->text + item->label_end, P->text + end) - P->text);
  item->end = MAX (end, item->label_end);
  s->open_item = -1;
}

static void
close_from (Parser *P,
            guint   kind,
            guint   level,
            gsize   limit)
{
  while (P->depth[kind] > level)
    {
      P->depth[kind]--;
      close_series (P, &P->stack[kind][P->depth[kind]], limit);
    }
}

static void
close_all_series (Parser *P,
                  gsize   limit)
{
  guint k;

  for (k = 0; k < N_SERIES; k++)
    close_from (P, k, 0, limit);
}

static void
series_add (Parser *P,
            Series *s,
            gint    ordinal,
            guint   para,
            gsize   pos,
            gsize   marker_end)
{
  gint item;

  close_series (P, s, pos);
  item = add_span (P, STRUCTURE_ITEM, pos, marker_end, scope_container (P));
  SPAN (P, item)->index = ordinal;
  SPAN (P, item)->label_start = pos;
  SPAN (P, item)->label_end = marker_end;
  s->last = ordinal;
  s->para = para;
  s->open_item = item;
}

static void
series_push (Parser   *P,
             guint     kind,
             gboolean  para_level,
             gint      ordinal,
             guint     para,
             gsize     pos,
             gsize     marker_end)
{
  Series *s;

  if (P->depth[kind] >= MAX_DEPTH)
    return;

  s = &P->stack[kind][P->depth[kind]++];
  s->para_level = para_level;
  s->open_item = -1;
  series_add (P, s, ordinal, para, pos, marker_end);
}

static void
on_marker (Parser   *P,
           guint     kind,
           gint      ordinal,
           gboolean  at_start,
           guint     para,
           gsize     pos,
           gsize     marker_end)
{
  Series *st = P->stack[kind];
  guint *depth = &P->depth[kind];
  Series *top;

  if (at_start)
    {
      if (ordinal == 1 || *depth == 0 || ordinal <= st[0].last)
        {
          close_from (P, kind, 0, pos);
          series_push (P, kind, TRUE, ordinal, para, pos, marker_end);
        }
      else
        {
          close_from (P, kind, 1, pos);
          st[0].para_level = TRUE;
          series_add (P, &st[0], ordinal, para, pos, marker_end);
        }
      return;
    }

  /* Inline series of earlier paragraphs have ended, unless the outermost
   * one goes on with the next ordinal. */
  while (*depth > 0)
    {
      top = &st[*depth - 1];
      if (top->para_level || top->para == para)
        break;
      if (*depth == 1 && ordinal == top->last + 1)
        {
          top->para_level = TRUE;
          break;
        }
      close_from (P, kind, *depth - 1, pos);
    }

  if (ordinal == 1)
    {
      if (*depth > 0 && !st[*depth - 1].para_level && st[*depth - 1].para == para)
        close_from (P, kind, *depth - 1, pos);
      series_push (P, kind, FALSE, ordinal, para, pos, marker_end);
      return;
    }

  if (*depth == 0)
    return;

  top = &st[*depth - 1];
  if (ordinal <= top->last || ordinal > top->last + 3)
    return;

  series_add (P, top, ordinal, para, pos, marker_end);
}

static void
scan_items (Parser *P,
            guint   para,
            gsize   para_start,
            gsize   scan_start,
            gsize   para_end)
{
  const char *text = P->text;
  const char *ps = text + para_start;
  const char *p = text + scan_start;
  const char *end = text + para_end;

  while (p < end)
    {
      /* 是, （ or ( */
      const char *h = text + next_stop (P->stops.item, (gsize) (p - text), para_end);
      const char *after;
      gint v;

      if (h >= end)
        break;

      /* A false mark (see mark_stops()). */
      if (!(*h == '(' || AT (h, end, "是") || AT (h, end, "（")))
        {
          p = h + 1;
          continue;
        }

      /* …是: walk back over the numeral. */
      if (AT (h, end, "是"))
        {
          const char *r = h;
          const char *o;
          gint k = 0;

          while (k < 4 && r - 3 >= text + scan_start && cn_digit (r - 3, h) >= 1)
            {
              r -= 3;
              k++;
            }
          if (k > 0 && k <= 3 && (v = read_cn_ordinal (r, h, &o)) > 0 && o == h)
            {
              gboolean at_start = r == ps;

              if (at_start || is_item_boundary (char_prev (r, ps), r))
                on_marker (P, SERIES_SHI, v, at_start, para,
                           (gsize) (r - text), (gsize) (h + 3 - text));
            }
          p = h + 3;
          continue;
        }

      if (read_paren_marker (h, end, &v, &after))
        {
          gboolean at_start = h == ps;

          if (at_start || is_item_boundary (char_prev (h, ps), h))
            on_marker (P, SERIES_PAREN, v, at_start, para,
                       (gsize) (h - text), (gsize) (after - text));
          p = after;
          continue;
        }

      p = h + (*h == '(' ? 1 : 3);
    }
}

/* }}} */

/* {{{ Paragraphs and sentences */

static void
add_sentences (Parser *P,
               gint    paragraph,
               gsize   start,
               gsize   end)
{
  const char *text = P->text;
  const char *p = text + start;
  const char *e = text + end;

  while (p < e)
    {
      const char *s;
      const char *q;
      const char *se;

      p = skip_space (p, e);
      if (p >= e)
        break;

      s = p;
      /* 。！？!?., past any false mark (see mark_stops()) */
      q = text + next_stop (P->stops.sentence, (gsize) (p - text), end);
      while (q < e && sentence_end_len_at (text, q, e) == 0)
        q = text + next_stop (P->stops.sentence, (gsize) (q + 1 - text), end);

      /* The sentence goes on over more ends and closing quotes or
       * brackets: 。” ？！ */
      while (q < e)
        {
          gsize n = sentence_end_len_at (text, q, e);

          if (n == 0)
            n = closer_len (q, e);
          if (n == 0)
            break;
          q += n;
        }

      se = trim_back (s, q);
      if (se > s)
        add_span (P, STRUCTURE_SENTENCE, (gsize) (s - text), (gsize) (se - text), paragraph);
      p = q;
    }
}

/* Does [@p, @end) open with a bullet (■ ▲ ● …), as the lines of a box of
 * figures do? Each such line is whole: a page break cuts no sentence
 * before one, and its own figures end with it. */
static gboolean
opens_with_bullet (const char *p,
                   const char *end)
{
  while (p < end && *p == ' ')
    p++;
  return bullet_len (p, end) != 0;
}

static gboolean
can_join (Parser *P,
          Line   *A,
          Line   *B)
{
  const char *as = line_start (P, A);
  const char *ae = line_end (P, A);

  if (A->header || B->header || B->kind != LINE_BODY)
    return FALSE;
  if ((A->kind == LINE_PART) || (A->kind != LINE_BODY && A->kind != LINE_CONT && A->pure))
    return FALSE;
  if (A->trail_marker || B->lead_marker)
    return FALSE;
  if (ends_terminal (as, ae))
    return FALSE;
  if (starts_with_marker (P, B) || AT (line_start (P, B), line_end (P, B), "各位代表") ||
      opens_with_bullet (as, ae) || opens_with_bullet (line_start (P, B), line_end (P, B)))
    return FALSE;

  /* A line that breaks off after a particle, or whose phrase the next line
   * finishes (…专项工作 / 报告19个，…), is cut whatever its length. */
  if (opens_with_continuation (line_start (P, B), line_end (P, B)) ||
      ends_dangling (as, ae) ||
      (!starts_with_marker (P, A) && continues_with_count (line_start (P, B), line_end (P, B))))
    return TRUE;

  /* The first half of a cut paragraph is prose: long, with commas. A short
   * line is more likely a heading without a number. */
  if (n_chars_cap (as, ae, 30) < 30 || !has_punctuation (as, ae))
    return FALSE;
  if (!ends_terminal (line_start (P, B), line_end (P, B)) &&
      n_chars_cap (line_start (P, B), line_end (P, B), 30) < 30)
    return FALSE;

  return TRUE;
}

/* Does the heading [@p, @end) of a part name the whole term of the
 * congress, as the report of a term's last year does (过去五年的主要工
 * 作, 五年来的工作回顾, 本届常委会的主要工作)? Sections and subsections
 * take their part's, or say so first (五年来立法工作): a 五年立法规划 is a
 * plan, not a period. */
static gboolean
heading_names_term (const char *p,
                    const char *end,
                    gboolean    at_start)
{
  static const char *const words[] = {
    "过去五年", "五年来", "五年以来", "过去5年", "5年来", "本届", "任期", "届以来",
  };

  if (FIND (p, end, "规划") != NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    {
      const char *w = at_start ? (has_at (p, end, words[i], strlen (words[i])) ? p : NULL)
                               : find (p, end, words[i], strlen (words[i]));

      if (w != NULL)
        return TRUE;
    }
  return FALSE;
}

/* Does the year ending at @q (its 年) start a span said with 以来 a few
 * words on, in its clause (2018年以来, 2017年1月产生以来)? */
static gboolean
starts_span (const char *q,
             const char *end)
{
  const char *r = q + strlen ("年");

  for (guint n = 0; r < end && n < 10; n++, r += char_len (r, end))
    {
      if (AT (r, end, "以来"))
        return TRUE;
      if (has_punctuation (r, r + char_len (r, end)))
        return FALSE;
    }
  return FALSE;
}

/* Does [@p, @end) name a year (2022年, 二〇二二年); with @but_since, one
 * not said as where a span starts (2018年以来)? */
static gboolean
names_year (const char *p,
            const char *end,
            gboolean    but_since)
{
  const char *q;

  for (; p < end; p += char_len (p, end))
    if (read_year (p, end, &q) > 0 && AT (q, end, "年") && !(but_since && starts_span (q, end)))
      return TRUE;
  return FALSE;
}

/* Does the opening of the report, before @end (its first section), say
 * it is about the whole term: 向大会报告五年来的工作, 报告本届常委会的工作? */
static gboolean
opening_names_term (Parser *P,
                    gsize   end)
{
  static const char *const words[] = {
    "报告五年来", "五年来的工作", "过去五年的工作", "报告本届常委会", "本届常委会五年", "本届以来的工作",
  };
  gsize start = P->header_end < P->n_lines ? LINE (P, P->header_end)->start : 0;
  const char *s = P->text + start, *e = P->text + end;
  gboolean term = FALSE;

  if (start >= end)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (words) && !term; i++)
    term = find (s, e, words[i], strlen (words[i])) != NULL;
  if (!term)
    return FALSE;
  /* (not a report on the term and the year, 报告过去一年和五年来的工作,
   * 过去五年的工作和2022年的主要工作, 2022年是本届常委会任期的最后一年。
   * 一年来，…: its sections tell each) */
  if (find (s, e, "一年", strlen ("一年")) != NULL)
    return FALSE;
  return !names_year (s, e, TRUE);
}

static void
open_container (Parser        *P,
                StructureKind  kind,
                Line          *L,
                gint           parent)
{
  gint span = add_span (P, kind, L->start, L->end, parent);
  StructureSpan *S = SPAN (P, span);

  S->index = L->index;
  S->heading = clean_heading (P->text + L->head_start, P->text + L->head_end);
  /* a unit of a term's part about one year (（七）2022年主要工作) is not
   * about the term */
  S->term = heading_names_term (P->text + L->head_start, P->text + L->head_end, TRUE) ||
            (parent >= 0 && SPAN (P, parent)->term &&
             !names_year (P->text + L->head_start, P->text + L->head_end, FALSE) &&
             !(kind == STRUCTURE_SECTION && P->year_sections));
  if (kind == STRUCTURE_SECTION && names_year (P->text + L->head_start, P->text + L->head_end, FALSE))
    P->year_sections = TRUE;
  /* a section outside parts of a report about the whole term (向大会报告
   * 五年来的工作，…一、坚持党的全面领导…) */
  if (!S->term && kind == STRUCTURE_SECTION && parent < 0 && !P->year_sections)
    {
      if (P->whole_term < 0)
        P->whole_term = opening_names_term (P, L->start);
      S->term = P->whole_term;
    }

  if (kind == STRUCTURE_PART)
    {
      gint year;

      S->topic = part_topic (P, P->text + L->head_start, P->text + L->head_end, &year);
      if (S->topic == STRUCTURE_TOPIC_REVIEW && year > 0 && P->explicit_year == 0 &&
          plausible_year (P, year))
        P->explicit_year = year;
      S->term = S->topic == STRUCTURE_TOPIC_REVIEW &&
                heading_names_term (P->text + L->head_start, P->text + L->head_end, FALSE);
      /* (a part of work done naming no year, in a report whose opening
       * says it tells of the whole term: 第一部分 立法工作 after 向大会报
       * 告五年来的工作) */
      if (!S->term && S->topic == STRUCTURE_TOPIC_REVIEW && year == 0)
        {
          if (P->whole_term < 0)
            P->whole_term = opening_names_term (P, L->start);
          S->term = P->whole_term;
        }
      P->cur_part = span;
      P->year_sections = FALSE;
    }
  else if (kind == STRUCTURE_SECTION)
    {
      if (P->cur_part >= 0 && SPAN (P, P->cur_part)->topic == STRUCTURE_TOPIC_PLANS)
        S->topic = STRUCTURE_TOPIC_PLANS;
      else
        {
          S->topic = score_topic_evidence (P->text + L->head_start, P->text + L->head_end,
                                           first_plans_year (P), STRUCTURE_TOPIC_NONE);
          if (S->topic == STRUCTURE_TOPIC_NONE)
            {
              S->topic = STRUCTURE_TOPIC_OTHER;
              P->untopical_section = span;
              P->untopical_from = L->pure ? L->end : L->body_start;
            }
        }
      P->cur_section = span;
    }
  else
    {
      /* Like a section's; but a heading that names no work, such as
       * （三）推动高质量发展, is about the work of its section, and ties go
       * to that too. */
      StructureTopic up = parent >= 0 ? SPAN (P, parent)->topic : STRUCTURE_TOPIC_NONE;
      gint weight = 0;

      if (up == STRUCTURE_TOPIC_PLANS)
        S->topic = STRUCTURE_TOPIC_PLANS;
      else
        S->topic = score_topic_evidence_weight (P->text + L->head_start, P->text + L->head_end,
                                                first_plans_year (P), up, &weight);
      /* A section of one domain keeps its subsections unless a heading
       * names other work plainly: （二）拓宽民意表达渠道 in a section on
       * legislation is still legislation (民意, 群众 are weak words) */
      if (is_domain_topic (up) && is_domain_topic (S->topic) && S->topic != up &&
          weight < SUBSECTION_MIN_WEIGHT)
        S->topic = up;
      if (S->topic == STRUCTURE_TOPIC_NONE)
        S->topic = is_domain_topic (up) ? up : STRUCTURE_TOPIC_OTHER;
      P->cur_sub = span;
    }
}

/* Gives the section @span, whose heading names no topic, the topic its
 * body speaks for, if any; and to its subsections whose headings name
 * none either, or tie, the same, as open_container() would have. */
static void
topic_from_body (Parser *P,
                 gint    span)
{
  StructureSpan *S = SPAN (P, span);
  StructureTopic topic;

  if (P->untopical_from >= S->end)
    return;
  topic = score_body_topic (P->text + P->untopical_from, P->text + S->end);
  if (topic == STRUCTURE_TOPIC_NONE)
    return;

  S->topic = topic;
  for (guint i = (guint) span + 1; i < P->n_spans; i++)
    {
      StructureSpan *U = SPAN (P, i);

      if (U->kind != STRUCTURE_SUBSECTION || U->parent != span || U->topic == STRUCTURE_TOPIC_PLANS)
        continue;
      U->topic = score_topic_evidence (U->heading, U->heading + strlen (U->heading),
                                       first_plans_year (P), topic);
      if (U->topic == STRUCTURE_TOPIC_NONE)
        U->topic = topic;
    }
}

static void
close_container (Parser *P,
                 gint   *which)
{
  if (*which >= 0)
    {
      StructureSpan *S = SPAN (P, *which);

      S->end = MAX (P->last_end, S->start);
      if (*which == P->untopical_section)
        {
          topic_from_body (P, *which);
          P->untopical_section = -1;
        }
      *which = -1;
    }
}

/* 2023年是…, 2023年，… at the start of an opening paragraph. */
static void
check_intro_year (Parser *P,
                  gsize   start,
                  gsize   end)
{
  const char *p = P->text + start;
  const char *e = P->text + end;
  const char *q;
  gint year;

  if (P->explicit_year != 0)
    return;

  year = read_year (p, e, &q);
  if (year <= 0 || !AT (q, e, "年"))
    return;
  q += 3;
  if (!(AT (q, e, "是") || AT (q, e, "，") || AT (q, e, "以来") || (q < e && *q == ',')))
    return;
  if (!plausible_year (P, year))
    return;

  P->explicit_year = year;
}

static void
build (Parser *P)
{
  guint n = P->lines->len;
  guint i;

  P->cur_part = P->cur_section = P->cur_sub = -1;
  P->untopical_section = -1;

  for (i = 0; i < n; i++)
    {
      Line *L = LINE (P, i);
      gsize pstart, pend, scan_start;
      gint parent;
      gint paragraph;
      Para para;
      guint j;

      if (L->kind == LINE_CONT)
        continue;

      if (!L->header)
        switch ((LineKind) L->kind)
          {
          case LINE_PART:
            close_all_series (P, P->last_end);
            close_container (P, &P->cur_sub);
            close_container (P, &P->cur_section);
            close_container (P, &P->cur_part);
            open_container (P, STRUCTURE_PART, L, -1);
            break;

          case LINE_SECTION:
            close_all_series (P, P->last_end);
            close_container (P, &P->cur_sub);
            close_container (P, &P->cur_section);
            if (L->after_part)
              close_container (P, &P->cur_part);
            open_container (P, STRUCTURE_SECTION, L, P->cur_part);
            P->seen_section = TRUE;
            break;

          case LINE_SUBSECTION:
            close_all_series (P, P->last_end);
            close_container (P, &P->cur_sub);
            open_container (P, STRUCTURE_SUBSECTION, L,
                            P->cur_section >= 0 ? P->cur_section : P->cur_part);
            break;

          case LINE_BODY:
          case LINE_CONT:
          default:
            break;
          }

      /* The paragraph, with the lines a page break cut from it. */
      pstart = L->start;
      pend = L->end;
      for (j = i; j + 1 < n; j++)
        {
          Line *N = LINE (P, j + 1);
          gboolean heading = L->header || L->kind == LINE_PART ||
                             (L->kind != LINE_BODY && L->pure);

          if (N->kind == LINE_CONT || (!heading && can_join (P, LINE (P, j), N)))
            {
              N->kind = LINE_CONT;
              pend = N->end;
            }
          else
            break;
        }

      parent = L->header ? -1 : P->cur_section >= 0 ? P->cur_section : P->cur_part;
      paragraph = add_span (P, STRUCTURE_PARAGRAPH, pstart, pend, parent);
      para.start = pstart;
      para.end = pend;
      *(Para *) array_push (P->paras, &P->n_paras, sizeof (Para)) = para;
      P->last_end = pend;

      if (!L->header)
        {
          if (L->kind == LINE_BODY)
            scan_start = pstart;
          else if (L->pure)
            scan_start = pend;
          else
            scan_start = L->body_start;

          if (scan_start < pend)
            scan_items (P, P->n_paras - 1, pstart, scan_start, pend);

          if (!P->seen_section && L->kind == LINE_BODY && P->n_intro++ < 6)
            check_intro_year (P, pstart, pend);
        }

      /* (a heading run into its body ends no sentence of its own: its
       * body's first sentence starts after it, not with it) */
      if (L->run_in && L->kind != LINE_BODY && !L->header)
        {
          add_sentences (P, paragraph, pstart, L->body_start);
          add_sentences (P, paragraph, L->body_start, pend);
        }
      else
        add_sentences (P, paragraph, pstart, pend);
    }

  close_all_series (P, P->last_end);
  close_container (P, &P->cur_sub);
  close_container (P, &P->cur_section);
  close_container (P, &P->cur_part);
}

/* }}} */

StructureResult *
structure_parse (const char *text,
                 gsize       length)
{
  Parser P = { 0, };
  StructureResult *R;

  g_return_val_if_fail (text != NULL || length == 0, NULL);

  R = g_new0 (StructureResult, 1);
  /* Room for a sentence every ~40 bytes and a line every ~120 bytes up
   * front, so that the arrays rarely grow while parsing. */
  R->spans = array_new_ahead (sizeof (StructureSpan), (guint) MIN (length / 40 + 16, 1 << 20));

  P.text = text ? text : "";
  P.len = length;
  P.result = R;
  P.whole_term = -1;
  P.lines = array_new_ahead (sizeof (Line), (guint) MIN (length / 120 + 16, 1 << 18));
  P.paras = array_new_ahead (sizeof (Para), (guint) MIN (length / 120 + 16, 1 << 18));
  P.stops.sentence = g_new (guint64, 2 * stop_words (length));
  P.stops.item = P.stops.sentence + stop_words (length);
  mark_stops (P.text, length, &P.stops);

  split_lines (&P);
  g_array_set_size (P.lines, P.n_lines);
  scan_header (&P);
  classify_body (&P);
  build (&P);
  g_array_set_size (R->spans, P.n_spans);

  if (P.explicit_year > 0)
    R->year_reported = P.explicit_year;
  else if (P.date_year > 0)
    R->year_reported = P.date_month <= 6 ? P.date_year - 1 : P.date_year;

  g_array_unref (P.lines);
  g_array_unref (P.paras);
  g_free (P.stops.sentence);

  return R;
}

void
structure_result_free (StructureResult *result)
{
  StructureSpan *spans;
  guint n;

  if (result == NULL)
    return;

  /* Only a few spans have a heading: a loop here is cheaper than a clear
   * function the array would call for each span, and a test than a call
   * to g_free(). */
  spans = (StructureSpan *) (void *) result->spans->data;
  n = result->spans->len;
  for (guint i = 0; i < n; i++)
    if (spans[i].heading != NULL)
      g_free (spans[i].heading);
  g_array_unref (result->spans);
  g_free (result->title);
  g_free (result->date);
  g_free (result->meeting);
  g_free (result->speaker);
  g_free (result->speaker_title);
  g_free (result->region);
  g_free (result);
}

const char *
structure_kind_to_type (StructureKind kind)
{
  static const char *const types[] = {
    "structure.title", "structure.meta", "structure.part", "structure.section",
    "structure.subsection", "structure.item", "structure.paragraph",
    "structure.sentence",
  };

  g_return_val_if_fail (kind < STRUCTURE_N_KINDS, NULL);

  return types[kind];
}

const char *
structure_topic_to_string (StructureTopic topic)
{
  static const char *const names[] = {
    NULL, "political", "legislation", "oversight", "representation",
    "self_building", "plans", "other", "review",
  };

  g_return_val_if_fail (topic < STRUCTURE_N_TOPICS, NULL);

  return names[topic];
}

const char *
structure_field_to_string (StructureField field)
{
  switch (field)
    {
    case STRUCTURE_FIELD_DATE:
      return "date";
    case STRUCTURE_FIELD_MEETING:
      return "meeting";
    case STRUCTURE_FIELD_SPEAKER:
      return "speaker";
    default:
      g_return_val_if_reached (NULL);
    }
}

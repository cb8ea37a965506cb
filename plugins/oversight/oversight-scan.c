/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/*
 * oversight-scan.c: finds the oversight activities a report states
 *
 * A congress report says what its standing committee oversaw in clauses
 * built around a few fixed phrases: 开展《…》执法检查, 听取和审议省政府关于
 * …情况的报告, 就…开展专题询问, 围绕…开展专题调研, 对…进行备案审查,
 * 发放调查问卷, 作出关于…的决议. The scanner finds those phrases in one
 * pass (a table of their first characters, then the few phrases starting
 * with a character found) that also records the punctuation bounding
 * clauses, sentences and titles, groups them by clause (text between
 * ，；。：！？ and their half-width forms, a '.' after Chinese text as 。,
 * 《…》 titles kept whole), and reads each activity's subject from the
 * clause around its phrase:
 *
 * - law inspections: the laws inspected, whether in 《》 or bare
 *   (种子法、湿地保护法执法检查; 对安全生产法贯彻实施情况进行检查), the
 *   “一法一例” pairs included; when the clause names none, the clause
 *   before or after it in the same sentence may;
 * - work reports: the topic between 关于 and (情况)的报告, or the words
 *   before 报告 once the reporting body (省政府, “一府两院”) is left out;
 * - the others: the words between a preposition (就, 围绕, 针对, 对) and the
 *   verb (开展, 进行), or between the verb and the phrase.
 *
 * Page breaks the reader did not repair (a sentence cut by blank lines and
 * a "(下转第五版)" line) are joined first, in a cleaned copy of the text
 * whose offsets map back to the original.
 */

#include "char-map.h"
#include "text-words.h"
#include "oversight-scan.h"

#include <stdlib.h>
#include <string.h>

/* The phrase scan tries thirty-two places at once with AVX2 where the
 * processor has it (chosen at run time: the x86-64 baseline does not
 * promise it), one or two characters at a time elsewhere;
 * OVERSIGHT_SCALAR_ONLY leaves the AVX2 path out, for the tests. */
#if (defined(__GNUC__) || defined(__clang__)) && defined(__x86_64__) && \
    !defined(OVERSIGHT_SCALAR_ONLY)
#define HAVE_AVX2_SCAN 1
#include <immintrin.h>
#endif

/* The longest clause or sentence looked at around a phrase, in bytes */
#define CLAUSE_MAX 900
#define SENTENCE_MAX 3000
/* The longest 《…》 title kept whole */
#define TITLE_MAX 600

/* Phrases read in one clause at most */
#define MAX_CLAUSE_HITS 32

/* Subjects longer than this (in bytes) are not read as subjects */
#define SUBJECT_MAX 360
#define LAW_NAME_MAX 150

/* ------------------------------------------------------------------ */
/* Small UTF-8 helpers                                                  */

static inline gsize
char_len (guchar c)
{
  if (c < 0xC0)
    return 1;
  if (c < 0xE0)
    return 2;
  if (c < 0xF0)
    return 3;
  return 4;
}

static inline guint32
read_le24 (const guchar *c)
{
  return (guint32) c[0] | (guint32) c[1] << 8 | (guint32) c[2] << 16;
}

/* The most words a WordList holds */
#define WORD_LIST_MAX 48

/* Bits of a WordList's character filters */
#define CHAR_FILTER_BITS 256

/* The bit of a character filter for the three-byte character @c: its
 * last two bytes, the ones that tell CJK characters apart, mixed */
static inline guint
char_filter_bit (const guchar *c)
{
  return ((c[1] & 0x3fu) ^ ((c[2] & 0x3fu) << 2)) % CHAR_FILTER_BITS;
}

/* Slots of a WordList's tables of first (last) three bytes */
#define WORD_SLOTS 128

/* No word: after every index of a word, so that the lowest of two
 * indices is the word to try first */
#define NO_WORD 0xff

/* A list of words, with their lengths and filters on their first and
 * last characters, so that most positions of a text are rejected without
 * looking at the words: a bit for each three-byte (CJK) character that
 * starts a word (and one for each that ends one), hashed by
 * char_filter_bit (), and flags for the words starting (ending) with another
 * character, which are always looked at. The words that pass are found by
 * their first (last) three bytes, in a small hash table of chains of the
 * words sharing them, in list order: a word is found among the few that
 * may be there rather than after trying all that come before it in the
 * list. Words shorter than three bytes are a chain of their own. Declared
 * as { .words = some_words }, filled in on first use. */
typedef struct
{
  const char * const *words;   /* NULL-terminated, longer ones first where
                                * one is a prefix of another */
  gsize               ready;
  guint               n_words;
  guint8              lengths[WORD_LIST_MAX];
  guint32             heads[WORD_LIST_MAX];   /* first three bytes, as read
                                               * by read_le24 (); SHORT_WORD
                                               * for shorter words */
  guint32             tails[WORD_LIST_MAX];   /* last three bytes, the same */
  guint8              head_slots[WORD_SLOTS]; /* the first word of each head,
                                               * NO_WORD for none */
  guint8              tail_slots[WORD_SLOTS];
  guint8              next_head[WORD_LIST_MAX];   /* the next word with the
                                                   * same head, NO_WORD
                                                   * after the last */
  guint8              next_tail[WORD_LIST_MAX];
  guint8              first_short;   /* the first word shorter than three
                                      * bytes; next_head chains them */
  guint64             short_firsts[4];   /* their first bytes */
  guint64             short_lasts[4];    /* their last bytes */
  guint64             firsts[CHAR_FILTER_BITS / 64];
  guint64             lasts[CHAR_FILTER_BITS / 64];
  gboolean            other_first;   /* some word starts with another character */
  gboolean            other_last;    /* some word ends with another character */
} WordList;

/* Not three bytes that read_le24 () can return */
#define SHORT_WORD G_MAXUINT32

static inline void
char_filter_add (guint64      *filter,
                 const guchar *c)
{
  guint bit = char_filter_bit (c);

  filter[bit / 64] |= G_GUINT64_CONSTANT (1) << (bit % 64);
}

/* May the three-byte character at @c be one of @filter's? */
static inline gboolean
char_filter_has (const guint64 *filter,
                 const guchar  *c)
{
  guint bit = char_filter_bit (c);

  return (filter[bit / 64] >> (bit % 64)) & 1;
}

static inline gboolean
is_lead3 (guchar c)
{
  return (c & 0xF0) == 0xE0;
}

/* The slot of three bytes in a WordList's table */
static inline guint
word_slot (guint32 bytes)
{
  return (bytes * 0x9E3779B1u) >> 25;
}

/* The first word in @slots whose @keys (heads or tails) are @key, or
 * NO_WORD */
static inline guint
word_slots_find (const guint8  *slots,
                 const guint32 *keys,
                 guint32        key)
{
  for (guint h = word_slot (key);; h = (h + 1) % WORD_SLOTS)
    if (slots[h] == NO_WORD || keys[slots[h]] == key)
      return slots[h];
}

/* Chains the word @i (of @key) in @slots and @next, after the words of
 * the same key before it */
static void
word_slots_add (guint8        *slots,
                guint8        *next,
                const guint32 *keys,
                guint          i)
{
  guint k = word_slots_find (slots, keys, keys[i]);

  next[i] = NO_WORD;
  if (k == NO_WORD)
    {
      guint h = word_slot (keys[i]);

      while (slots[h] != NO_WORD)
        h = (h + 1) % WORD_SLOTS;
      slots[h] = (guint8) i;
      return;
    }
  while (next[k] != NO_WORD)
    k = next[k];
  next[k] = (guint8) i;
}

static G_NO_INLINE void
word_list_fill (WordList *list)
{
  if (g_once_init_enter (&list->ready))
    {
      guint last_short = NO_WORD;

      memset (list->head_slots, NO_WORD, sizeof list->head_slots);
      memset (list->tail_slots, NO_WORD, sizeof list->tail_slots);
      list->first_short = NO_WORD;
      for (guint i = 0; list->words[i] != NULL; i++)
        {
          const guchar *w = (const guchar *) list->words[i];
          gsize n = strlen (list->words[i]);

          /* at most half the slots taken: chains of probes stay short */
          g_assert (i < WORD_LIST_MAX && WORD_LIST_MAX <= WORD_SLOTS / 2 && n < 256);
          list->lengths[i] = (guint8) n;
          list->heads[i] = n >= 3 ? read_le24 (w) : SHORT_WORD;
          list->tails[i] = n >= 3 ? read_le24 (w + n - 3) : SHORT_WORD;
          if (n >= 3)
            {
              word_slots_add (list->head_slots, list->next_head, list->heads, i);
              word_slots_add (list->tail_slots, list->next_tail, list->tails, i);
            }
          else
            {
              list->next_head[i] = NO_WORD;
              list->short_firsts[w[0] / 64] |= G_GUINT64_CONSTANT (1) << (w[0] % 64);
              list->short_lasts[w[n - 1] / 64] |= G_GUINT64_CONSTANT (1) << (w[n - 1] % 64);
              if (last_short == NO_WORD)
                list->first_short = (guint8) i;
              else
                list->next_head[last_short] = (guint8) i;
              last_short = i;
            }
          if (n >= 3 && is_lead3 (w[0]))
            char_filter_add (list->firsts, w);
          else
            list->other_first = TRUE;
          if (n >= 3 && is_lead3 (w[n - 3]))
            char_filter_add (list->lasts, w + n - 3);
          else
            list->other_last = TRUE;
          list->n_words = i + 1;
        }
      g_once_init_leave (&list->ready, 1);
    }
}

/* Fills @list in on first use; inline, as the lists are looked at every
 * few characters of a clause */
static inline void
word_list_init (WordList *list)
{
  if (G_UNLIKELY (g_atomic_pointer_get (&list->ready) == 0))
    word_list_fill (list);
}

/* Are the @n bytes at @a those at @b? For the few bytes of a word, a
 * loop costs less than a call to memcmp () */
static inline gboolean
bytes_equal (const char *a,
             const char *b,
             gsize       n)
{
  for (gsize k = 0; k < n; k++)
    if (a[k] != b[k])
      return FALSE;
  return TRUE;
}

/* Does a short word of @list start (end) with the byte @c? */
static inline gboolean
short_word_has (const guint64 *bytes,
                guchar         c)
{
  return (bytes[c / 64] >> (c % 64)) & 1;
}

/* The first word of @list at @p: the first in list order of those with
 * the three bytes there and of the short ones */
static G_NO_INLINE gsize
word_at_slow (const char     *t,
              gsize           p,
              gsize           end,
              const WordList *list)
{
  guint i = p + 3 <= end ?
            word_slots_find (list->head_slots, list->heads, read_le24 ((const guchar *) t + p)) :
            NO_WORD;
  guint j = list->first_short;

  if (j != NO_WORD && !short_word_has (list->short_firsts, (guchar) t[p]))
    j = NO_WORD;

  while (i != NO_WORD || j != NO_WORD)
    {
      if (i < j)
        {
          gsize n = list->lengths[i];

          if (p + n <= end && bytes_equal (t + p + 3, list->words[i] + 3, n - 3))
            return n;
          i = list->next_head[i];
        }
      else
        {
          gsize n = list->lengths[j];

          if (p + n <= end && bytes_equal (t + p, list->words[j], n))
            return n;
          j = list->next_head[j];
        }
    }
  return 0;
}

/* The length of the first word of @list found at @p, or 0 */
static inline gsize
word_at (const char *t,
         gsize       p,
         gsize       end,
         WordList   *list)
{
  const guchar *c = (const guchar *) t + p;

  if (p >= end)
    return 0;
  word_list_init (list);
  /* a word starting with the three-byte character at @p has its bit;
   * a word starting with another character starts elsewhere */
  if (p + 3 <= end && is_lead3 (c[0]))
    {
      if (!char_filter_has (list->firsts, c))
        return 0;
    }
  else if (!list->other_first)
    return 0;
  return word_at_slow (t, p, end, list);
}

/* The length of the first word of @list that ends at @p and starts at
 * or after @lower, or 0 */
static gsize
word_before (const char *t,
             gsize       lower,
             gsize       p,
             WordList   *list)
{
  word_list_init (list);
  if (p <= lower)
    return 0;
  /* as in word_at (), for the last character: in valid UTF-8, a lead
   * byte three bytes before @p starts the character that ends there */
  if (p >= lower + 3 && is_lead3 ((guchar) t[p - 3]))
    {
      if (!char_filter_has (list->lasts, (const guchar *) t + p - 3))
        return 0;
    }
  else if (!list->other_last)
    return 0;
  {
    /* as in word_at_slow (), by the last three bytes */
    guint i = p >= lower + 3 ?
              word_slots_find (list->tail_slots, list->tails, read_le24 ((const guchar *) t + p - 3)) :
              NO_WORD;
    guint j = list->first_short;

    if (j != NO_WORD && !short_word_has (list->short_lasts, (guchar) t[p - 1]))
      j = NO_WORD;

    while (i != NO_WORD || j != NO_WORD)
      {
        if (i < j)
          {
            gsize n = list->lengths[i];

            if (p >= lower + n && bytes_equal (t + p - n, list->words[i], n - 3))
              return n;
            i = list->next_tail[i];
          }
        else
          {
            gsize n = list->lengths[j];

            if (p >= lower + n && bytes_equal (t + p - n, list->words[j], n))
              return n;
            j = list->next_head[j];
          }
      }
  }
  return 0;
}

/* Is [s, e) one of the words of @list? */
static gboolean
word_is (const char *t,
         gsize       s,
         gsize       e,
         WordList   *list)
{
  word_list_init (list);
  if (e >= s + 3 && is_lead3 ((guchar) t[s]))
    {
      if (!char_filter_has (list->firsts, (const guchar *) t + s))
        return FALSE;
    }
  else if (!list->other_first)
    return FALSE;
  /* a word of three bytes or more has those at @s */
  for (guint i = e >= s + 3 ?
                 word_slots_find (list->head_slots, list->heads, read_le24 ((const guchar *) t + s)) :
                 list->first_short;
       i != NO_WORD; i = list->next_head[i])
    if (list->lengths[i] == e - s && bytes_equal (t + s, list->words[i], e - s))
      return TRUE;
  return FALSE;
}

/* The first @lit in [s, e), or NULL. @lit is a CJK word: its third byte,
 * the last of its first character, is rare enough in the text for
 * memchr() to skip to the few places worth comparing. */
static const char *
find_word (const char *t,
           gsize       s,
           gsize       e,
           const char *lit)
{
  gsize n = strlen (lit);
  const char *p, *end;

  g_assert (n >= 3);
  if (e < s + n)
    return NULL;
  p = t + s + 2;
  end = t + e - n + 3;   /* after the last place the third byte may be */
  while (p < end && (p = memchr (p, lit[2], (gsize) (end - p))) != NULL)
    {
      if (memcmp (p - 2, lit, n) == 0)
        return p - 2;
      p++;
    }
  return NULL;
}

/* The last @lit in [s, e), or NULL */
static const char *
find_last_word (const char *t,
                gsize       s,
                gsize       e,
                const char *lit)
{
  gsize n = strlen (lit);

  for (gsize p = e; p >= s + n; p--)
    if (t[p - 1] == lit[n - 1] && memcmp (t + p - n, lit, n) == 0)
      return t + p - n;
  return NULL;
}

static gboolean
contains (const char *t,
          gsize       s,
          gsize       e,
          const char *lit)
{
  return find_word (t, s, e, lit) != NULL;
}

/* The number of characters in [s, e), counted up to @limit at most: the
 * callers tell short words apart, in subjects of any length */
static guint
n_chars (const char *t,
         gsize       s,
         gsize       e,
         guint       limit)
{
  guint n = 0;

  for (gsize p = s; p < e && n < limit; p += char_len ((guchar) t[p]))
    n++;
  return n;
}

static gboolean
is_space_at (const char *t,
             gsize       p,
             gsize       end,
             gsize      *len)
{
  guchar c = (guchar) t[p];

  if (c == ' ' || c == '\t' || c == '\r')
    {
      *len = 1;
      return TRUE;
    }
  if (text_word_at (t, p, end, "\xE3\x80\x80"))   /* U+3000 */
    {
      *len = 3;
      return TRUE;
    }
  return FALSE;
}

/* Clause delimiters: ，；。：！？ and , ; : ! ?, and line ends */
static gsize
clause_delim_at (const char *t,
                 gsize       p,
                 gsize       end)
{
  const guchar *c = (const guchar *) t + p;

  if (p >= end)
    return 0;
  switch (c[0])
    {
    case ',': case ';': case ':': case '!': case '?': case '\n':
      return 1;
    case 0xEF:
      if (p + 3 <= end && c[1] == 0xBC &&
          (c[2] == 0x8C || c[2] == 0x9B || c[2] == 0x9A || c[2] == 0x81 || c[2] == 0x9F))
        return 3;
      return 0;
    case 0xE3:
      if (p + 3 <= end && c[1] == 0x80 && c[2] == 0x82)
        return 3;
      return 0;
    default:
      return 0;
    }
}

#define OPEN_TITLE  "\xE3\x80\x8A"   /* 《 */
#define CLOSE_TITLE "\xE3\x80\x8B"   /* 》 */
#define OPEN_QUOTE  "\xE2\x80\x9C"   /* “ */
#define CLOSE_QUOTE "\xE2\x80\x9D"   /* ” */

/* ------------------------------------------------------------------ */
/* Marks: the punctuation that bounds clauses, sentences and titles     */

/* The phrase scan records every clause or sentence end and every 《 and
 * 》 of the text, so that the bounds of a clause, a sentence or a title
 * are read from these marks instead of walking the text again. The text
 * is valid UTF-8 (a document's text is), so a mark is a whole character
 * and every character start is where a walk through the text would
 * look. */
typedef enum
{
  MARK_CLAUSE   = 1 << 0,   /* ends a clause: ，；：, ; : and all below */
  MARK_SENTENCE = 1 << 1,   /* ends a sentence: 。！？ ! ? and line ends */
  MARK_STOP     = 1 << 2,   /* no title goes on across it: 。 and line ends */
  MARK_OPEN     = 1 << 3,   /* 《 */
  MARK_CLOSE    = 1 << 4,   /* 》 */
  /* a '.' found, not recorded: it ends a sentence only after some
   * characters (see ascii_mark ()) */
  MARK_DOT      = 1 << 5,
} MarkFlags;

typedef struct
{
  gsize start;
  guint len;
  guint flags;
} Mark;

/* The text scanned, with its marks in text order */
typedef struct
{
  const char *t;
  gsize       len;
  Mark       *marks;
  gsize       n_marks;
  gsize       n_alloc;
  gsize      *last_found;   /* the last mark first_mark_from () found */
} Text;

static inline void
add_mark (Text  *text,
          gsize  start,
          guint  len,
          guint  flags)
{
  if (G_UNLIKELY (text->n_marks == text->n_alloc))
    {
      text->n_alloc = MAX (64, 2 * text->n_alloc);
      text->marks = g_renew (Mark, text->marks, text->n_alloc);
    }
  text->marks[text->n_marks++] = (Mark) { start, len, flags };
}

/* The index of the first mark starting at or after @p. The scan asks
 * about places near the last one, mostly after it: the search starts
 * there, in steps that double, before it halves the range found. */
static gsize
first_mark_from (const Text *text,
                 gsize       p)
{
  const Mark *marks = text->marks;
  gsize n = text->n_marks, h = MIN (*text->last_found, n), lo, hi;

  if (h == 0 || marks[h - 1].start < p)
    {
      /* at @h or after it */
      gsize step = 1;

      lo = hi = h;
      while (hi < n && marks[hi].start < p)
        {
          lo = hi + 1;
          hi = MIN (n, hi + step);
          step *= 2;
        }
    }
  else
    {
      lo = 0;
      hi = h - 1;
    }
  /* the mark is in [lo, hi] (hi: the end, or a mark at or after @p) */
  while (lo < hi)
    {
      gsize mid = lo + (hi - lo) / 2;

      if (marks[mid].start < p)
        lo = mid + 1;
      else
        hi = mid;
    }
  *text->last_found = lo;
  return lo;
}

/* The first character start at or after @p */
static gsize
next_char_start (const Text *text,
                 gsize       p)
{
  while (p < text->len && ((guchar) text->t[p] & 0xC0) == 0x80)
    p++;
  return p;
}

/* The end of the 《…》 title opening at @p (after its 》), or 0 when it
 * does not close within the sentence or within @end */
static gsize
title_end (const Text *text,
           gsize       p,
           gsize       end)
{
  gsize limit = MIN (end, p + TITLE_MAX);
  guint depth = 0;

  for (gsize i = first_mark_from (text, p); i < text->n_marks; i++)
    {
      const Mark *m = &text->marks[i];

      /* a mark cut by the limit is not one */
      if (m->start + m->len > limit)
        break;
      if (m->flags & MARK_OPEN)
        {
          /* titles nest one or two deep, not more */
          if (++depth > 3)
            return 0;
        }
      else if (m->flags & MARK_CLOSE)
        {
          if (--depth == 0)
            return m->start + m->len;
        }
      else if (m->flags & MARK_STOP)
        return 0;
    }
  return 0;
}

/* The start of the 《…》 title closing just before @p, or G_MAXSIZE */
static gsize
title_start (const Text *text,
             gsize       lower,
             gsize       p)
{
  gsize limit = p > lower + TITLE_MAX ? p - TITLE_MAX : lower;
  guint depth = 0;

  for (gsize i = first_mark_from (text, p); i > 0 && text->marks[i - 1].start >= limit; i--)
    {
      const Mark *m = &text->marks[i - 1];

      if (m->flags & MARK_CLOSE)
        {
          if (++depth > 3)
            return G_MAXSIZE;
        }
      else if (m->flags & MARK_OPEN)
        {
          if (--depth == 0)
            return m->start;
        }
      else if (m->flags & MARK_STOP)
        return G_MAXSIZE;
    }
  return G_MAXSIZE;
}

/* The clause around @p: [*cs, *ce), titles kept whole, no more than
 * CLAUSE_MAX bytes either way */
static void
clause_bounds (const Text *text,
               gsize       p,
               gsize      *cs,
               gsize      *ce)
{
  gsize lower = p > CLAUSE_MAX ? p - CLAUSE_MAX : 0;
  gsize upper = MIN (text->len, p + CLAUSE_MAX);
  gsize q = p;
  gsize i = first_mark_from (text, p);
  gsize first = i;

  /* With no delimiter that near, the clause ends at the limits: moved
   * onto character boundaries, towards @p */
  lower = text_boundary_after (text->t, lower, p);
  upper = text_boundary_before (text->t, upper, p, text->len);

  /* back to the end of the last clause delimiter, over whole titles */
  *cs = lower;
  while (i > 0 && text->marks[i - 1].start >= lower)
    {
      const Mark *m = &text->marks[--i];

      if (m->start + m->len > q)
        continue;   /* the character @p is in */
      if (m->flags & MARK_CLAUSE)
        {
          *cs = m->start + m->len;
          break;
        }
      if (m->flags & MARK_CLOSE)
        {
          gsize open = title_start (text, lower, m->start + m->len);

          if (open != G_MAXSIZE)
            {
              q = open;
              i = first_mark_from (text, open);
            }
        }
    }

  /* on to the next clause delimiter, over whole titles */
  *ce = upper;
  for (i = first; i < text->n_marks; i++)
    {
      const Mark *m = &text->marks[i];

      if (m->start + m->len > upper)
        break;
      if (m->flags & MARK_CLAUSE)
        {
          *ce = m->start;
          break;
        }
      if (m->flags & MARK_OPEN)
        {
          gsize close = title_end (text, m->start, upper);

          if (close != 0)
            i = first_mark_from (text, close) - 1;
        }
    }
}

/* The sentence around @p, no more than SENTENCE_MAX bytes either way;
 * *@se may end past that bound, at the end of the character there */
static void
sentence_bounds (const Text *text,
                 gsize       p,
                 gsize      *ss,
                 gsize      *se)
{
  gsize lower = p > SENTENCE_MAX ? p - SENTENCE_MAX : 0;
  gsize upper = MIN (text->len, p + SENTENCE_MAX);
  gsize first = first_mark_from (text, p);

  lower = text_boundary_after (text->t, lower, p);
  *ss = lower;
  for (gsize i = first; i > 0 && text->marks[i - 1].start >= lower; i--)
    {
      const Mark *m = &text->marks[i - 1];

      if ((m->flags & MARK_SENTENCE) && m->start + m->len <= p)
        {
          *ss = m->start + m->len;
          break;
        }
    }

  *se = p < upper ? next_char_start (text, upper) : p;
  for (gsize i = first; i < text->n_marks; i++)
    {
      const Mark *m = &text->marks[i];

      if (m->start + m->len > upper)
        break;
      if (m->flags & MARK_SENTENCE)
        {
          *se = m->start;
          break;
        }
    }
}

/* ------------------------------------------------------------------ */
/* The cleaned text: unrepaired page breaks joined                      */

typedef struct
{
  gsize clean;
  gsize orig;
} Segment;

typedef struct
{
  const char *text;      /* the cleaned text (maybe the original) */
  gsize       len;
  char       *owned;
  GArray     *segments;  /* Segment; NULL when text is the original */
} Clean;

/* A digit, half- or full-width (０-９, U+FF10–FF19), at @p: its length
 * in *@len */
static inline gboolean
is_arabic_digit_at (const char *t,
                    gsize       p,
                    gsize       e,
                    gsize      *len)
{
  guchar c = (guchar) t[p];

  if (c >= '0' && c <= '9')
    {
      *len = 1;
      return TRUE;
    }
  /* ０-９ */
  if (p + 3 <= e && c == 0xEF && (guchar) t[p + 1] == 0xBC &&
      (guchar) t[p + 2] >= 0x90 && (guchar) t[p + 2] <= 0x99)
    {
      *len = 3;
      return TRUE;
    }
  return FALSE;
}

static gboolean
is_cn_digit_at (const char *t,
                gsize       p,
                gsize       end,
                gsize      *len)
{
  static const char * const digits_words[] = {
    "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", NULL
  };
  static WordList digits = { .words = digits_words };

  if (is_arabic_digit_at (t, p, end, len))
    return TRUE;
  *len = word_at (t, p, end, &digits);
  return *len != 0;
}

/* Does the line at @p start like a heading or a new item (一、 （一）
 * (1) 第一 1. 一是)? */
static gboolean
starts_heading (const char *t,
                gsize       p,
                gsize       end)
{
  gsize n, q = p;
  gboolean paren = FALSE;

  if (text_word_at (t, q, end, "\xEF\xBC\x88"))   /* （ */
    {
      q += 3;
      paren = TRUE;
    }
  else if (q < end && t[q] == '(')
    {
      q += 1;
      paren = TRUE;
    }
  else if (text_word_at (t, q, end, "第"))
    q += 3;

  if (q >= end || !is_cn_digit_at (t, q, end, &n))
    return FALSE;
  while (q < end && is_cn_digit_at (t, q, end, &n))
    q += n;
  if (paren)
    return text_word_at (t, q, end, "\xEF\xBC\x89") || (q < end && t[q] == ')');
  return text_word_at (t, q, end, "、") || text_word_at (t, q, end, "是") ||
         text_word_at (t, q, end, "．") || (q < end && t[q] == '.') ||
         text_word_at (t, q, end, "，") || (q < end && t[q] == ',');
}

/* A print marker line: (下转第五版), （上接第一版） */
static gboolean
is_marker_line (const char *t,
                gsize       p,
                gsize       e)
{
  gsize n;

  while (p < e && is_space_at (t, p, e, &n))
    p += n;
  while (e > p && (t[e - 1] == ' ' || t[e - 1] == '\r' || t[e - 1] == '\t'))
    e--;
  if (e - p > 48 || e - p < 6)
    return FALSE;
  if (!(text_word_at (t, p, e, "\xEF\xBC\x88") || t[p] == '('))
    return FALSE;
  if (!(text_word_ends_at (t, p, e, "\xEF\xBC\x89") || t[e - 1] == ')'))
    return FALSE;
  return contains (t, p, e, "转") || contains (t, p, e, "接");
}

/* Whether the line [ls, le) ends a paragraph or heading, rather than
 * being cut by a page or print break */
static gboolean
line_ends_block (const char *t,
                 gsize       ls,
                 gsize       le)
{
  static const char * const finals_words[] = {
    "。", "！", "？", "；", "：", "…", "!", "?", ";", ":", NULL
  };
  static WordList finals = { .words = finals_words };
  static const char * const closers_words[] = {
    "”", "’", "」", "』", "）", ")", "】", "》", NULL
  };
  static WordList closers = { .words = closers_words };
  gsize n;

  while (le > ls && (t[le - 1] == ' ' || t[le - 1] == '\r' || t[le - 1] == '\t'))
    le--;
  while (le > ls && text_word_ends_at (t, ls, le, "\xE3\x80\x80"))
    le -= 3;
  if (le == ls)
    return TRUE;
  /* most paragraphs end with 。, the first of finals */
  if (text_word_ends_at (t, ls, le, "。") || word_before (t, ls, le, &finals) != 0)
    return TRUE;
  if ((n = word_before (t, ls, le, &closers)) != 0 && word_before (t, ls, le - n, &finals) != 0)
    return TRUE;
  /* headings and titles are short lines; a character is one to four
   * bytes: the bytes alone tell most lines, and the others are counted
   * no further than that (a long wrapped paragraph is one logical line,
   * and counting all of it at every break is quadratic) */
  if (le - ls >= 4 * 24)
    return FALSE;
  if (le - ls < 24)
    return TRUE;
  return n_chars (t, ls, le, 24) < 24;
}

/* Is the line [ls, le) the heading of a numbered part or section
 * (三、坚持正确监督…贯彻落实, （二）…), however long: a number and its
 * 、 or brackets, and no sentence end? A paragraph cut by a page break
 * starts so too, but has a sentence before the break. */
static gboolean
heading_line (const char *t,
              gsize       ls,
              gsize       le)
{
  gsize q = ls, n;
  gboolean paren = FALSE;

  while (q < le && is_space_at (t, q, le, &n))
    q += n;
  if (text_word_at (t, q, le, "\xEF\xBC\x88"))   /* （ */
    q += 3, paren = TRUE;
  else if (q < le && t[q] == '(')
    q += 1, paren = TRUE;
  if (q >= le || !is_cn_digit_at (t, q, le, &n))
    return FALSE;
  while (q < le && is_cn_digit_at (t, q, le, &n))
    q += n;
  if (paren ? !(text_word_at (t, q, le, "\xEF\xBC\x89") || (q < le && t[q] == ')')) :
              !text_word_at (t, q, le, "、"))
    return FALSE;
  /* a heading is a line of a few dozen characters */
  if (le - q > 4 * 60)
    return FALSE;
  return !contains (t, q, le, "。") && !contains (t, q, le, "；") && !contains (t, q, le, "！") &&
         !contains (t, q, le, "？");
}

static void
clean_init (Clean      *clean,
            const char *text,
            gsize       len)
{
  gsize i = 0, o = 0, line_start = 0;
  gboolean joined = FALSE;

  clean->text = text;
  clean->len = len;
  clean->owned = NULL;
  clean->segments = NULL;

  while (i < len)
    {
      const char *nl = memchr (text + i, '\n', len - i);
      gsize n, q;

      if (nl == NULL)
        break;
      n = nl - text;

      if (line_ends_block (text, line_start, n) || heading_line (text, line_start, n))
        {
          i = n + 1;
          line_start = i;
          continue;
        }

      /* skip blank lines and print markers up to the next content */
      q = n + 1;
      for (;;)
        {
          gsize s = q, m;
          const char *next;

          while (s < len && is_space_at (text, s, len, &m))
            s += m;
          if (s < len && text[s] == '\n')
            {
              q = s + 1;
              continue;
            }
          next = memchr (text + s, '\n', len - s);
          if (s < len && is_marker_line (text, s, next ? (gsize) (next - text) : len))
            {
              q = next ? (gsize) (next - text) + 1 : len;
              continue;
            }
          q = s;
          break;
        }

      if (q >= len || starts_heading (text, q, len))
        {
          i = n + 1;
          line_start = i;
          continue;
        }

      /* join: copy up to the break, then go on from the content */
      if (!joined)
        {
          clean->owned = g_malloc (len + 1);
          clean->segments = g_array_new (FALSE, FALSE, sizeof (Segment));
          g_array_append_val (clean->segments, ((Segment) { 0, 0 }));
          joined = TRUE;
          o = 0;
          /* everything before line_start was copied as is */
          memcpy (clean->owned, text, n);
          o = n;
        }
      else
        {
          const Segment *last = &g_array_index (clean->segments, Segment, clean->segments->len - 1);
          gsize from = last->orig + (o - last->clean);

          memcpy (clean->owned + o, text + from, n - from);
          o += n - from;
        }
      g_array_append_val (clean->segments, ((Segment) { o, q }));
      i = q;
      /* the joined line goes on: line_start stays */
    }

  if (joined)
    {
      const Segment *last = &g_array_index (clean->segments, Segment, clean->segments->len - 1);
      gsize from = last->orig + (o - last->clean);

      memcpy (clean->owned + o, text + from, len - from);
      o += len - from;
      clean->owned[o] = '\0';
      clean->text = clean->owned;
      clean->len = o;
    }
}

static void
clean_clear (Clean *clean)
{
  g_clear_pointer (&clean->owned, g_free);
  g_clear_pointer (&clean->segments, g_array_unref);
}

/* The original offset of the clean byte @c */
static gsize
clean_to_orig (const Clean *clean,
               gsize        c)
{
  guint lo = 0, hi;

  if (clean->segments == NULL)
    return c;
  hi = clean->segments->len;
  /* most of the text is after the last break joined */
  if (g_array_index (clean->segments, Segment, hi - 1).clean <= c)
    lo = hi - 1;
  while (hi - lo > 1)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (clean->segments, Segment, mid).clean <= c)
        lo = mid;
      else
        hi = mid;
    }
  {
    const Segment *s = &g_array_index (clean->segments, Segment, lo);

    return s->orig + (c - s->clean);
  }
}

/* ------------------------------------------------------------------ */
/* The phrases                                                          */

typedef enum
{
  R_IGNORE,
  R_ZFJC,       /* 执法检查 */
  R_JIANCHA,    /* 检查 */
  R_SHISHI,     /* 实施情况 */
  R_TINGQU,     /* 听取和审议 */
  R_BAOGAO,     /* 报告 */
  R_XUNWEN,     /* 专题询问 */
  R_DIAOYAN,    /* 专题调研, 视察 */
  R_BEIAN,      /* 备案审查 */
  R_SHENCHA,    /* 审查 */
  R_WENJIAN,    /* 规范性文件 */
  R_SURVEY,     /* 问卷调查 */
  R_MANYI,      /* 满意度测评 */
  R_PINGYI,     /* 评议 (of 工作评议) */
  R_ZUOCHU,     /* 作出 */
  R_JUEYI,      /* 决议 */
  R_JUEDING,    /* 决定 */
  N_ROLES,
} Role;

static const struct
{
  const char *word;
  Role        role;
} phrases[] = {
  /* words that contain a phrase but mean something else */
  { "调研报告", R_IGNORE },
  { "调研成果", R_IGNORE },
  { "调研课题", R_IGNORE },
  { "调查研究", R_IGNORE },
  { "立法调研", R_IGNORE },
  { "大调研", R_IGNORE },
  { "审查批准", R_IGNORE },
  { "审查和批准", R_IGNORE },
  { "请示报告", R_IGNORE },
  { "报告工作", R_IGNORE },
  { "述职报告", R_IGNORE },
  { "总书记视察", R_IGNORE },
  { "视察我省", R_IGNORE },
  { "视察我市", R_IGNORE },
  { "视察我区", R_IGNORE },
  { "检查组", R_IGNORE },
  { "审议意见", R_IGNORE },
  { "决定任命", R_IGNORE },
  { "任免决定", R_IGNORE },
  { "决定召开", R_IGNORE },
  { "通过了解", R_IGNORE },

  { "执法检查", R_ZFJC },
  { "执法大检查", R_ZFJC },
  { "执法检查组", R_ZFJC },
  { "检查", R_JIANCHA },
  { "检查了", R_JIANCHA },
  { "实施情况", R_SHISHI },
  { "贯彻实施情况", R_SHISHI },
  { "贯彻实施", R_SHISHI },
  { "执行情况", R_SHISHI },
  { "贯彻执行情况", R_SHISHI },
  { "贯彻落实情况", R_SHISHI },
  /* 工作评议, 履职评议, 述职评议: found by their 评议, as 工作 and 履职
   * are everywhere (see do_clause ()) */
  { "评议", R_PINGYI },
  { "听取和审议", R_TINGQU },
  { "听取审议", R_TINGQU },
  { "听取并审议", R_TINGQU },
  { "听取了", R_TINGQU },
  { "听取", R_TINGQU },
  { "审议了", R_TINGQU },
  { "审议", R_TINGQU },
  { "报告", R_BAOGAO },
  { "专题询问", R_XUNWEN },
  { "专题调研", R_DIAOYAN },
  { "专项调研", R_DIAOYAN },
  { "调研", R_DIAOYAN },
  { "视察", R_DIAOYAN },
  { "专题视察", R_DIAOYAN },
  { "集中视察", R_DIAOYAN },
  { "督查调研", R_DIAOYAN },
  { "跟踪调研", R_DIAOYAN },
  { "视察调研", R_DIAOYAN },
  { "调研视察", R_DIAOYAN },
  { "专项督查", R_DIAOYAN },
  { "督查", R_DIAOYAN },
  { "专项检查", R_DIAOYAN },
  { "备案审查", R_BEIAN },
  { "审查", R_SHENCHA },
  { "专项审查", R_SHENCHA },
  { "集中清理", R_SHENCHA },
  { "专项清理", R_SHENCHA },
  { "合法性审查", R_SHENCHA },
  { "合宪性审查", R_SHENCHA },
  { "规范性文件", R_WENJIAN },
  { "问卷调查", R_SURVEY },
  { "调查问卷", R_SURVEY },
  { "问卷", R_SURVEY },
  { "第三方评估", R_SURVEY },
  { "民意调查", R_SURVEY },
  { "抽样调查", R_SURVEY },
  { "满意度测评", R_MANYI },
  { "满意度调查", R_MANYI },
  { "满意度评价", R_MANYI },
  { "测评", R_MANYI },
  { "作出", R_ZUOCHU },
  { "作出了", R_ZUOCHU },
  { "做出", R_ZUOCHU },
  { "通过", R_ZUOCHU },
  { "通过了", R_ZUOCHU },
  { "审议通过", R_ZUOCHU },
  { "表决通过", R_ZUOCHU },
  { "决议", R_JUEYI },
  { "决定", R_JUEDING },
};

/* The phrases by their first character, for a hand-written scan: all of
 * them start with a three-byte (BMP CJK) character. A table indexed by
 * the sixteen payload bits of a three-byte character tells at once
 * whether it starts a phrase (and which ones) or is a mark; the few
 * characters that start one try their phrases, longest first. */
typedef struct
{
  guint16 first;     /* index into order */
  guint16 count;
  guint64 seconds;   /* low six bits of the last bytes of their second
                      * characters, to reject most places at once */
} FirstChar;

/* codes[] values: 0 for most characters, 1 + the index of its FirstChar
 * for a character starting phrases, CODE_MARK + its MarkFlags for a
 * mark */
#define CODE_MARK 0x80

typedef struct
{
  CharMap   codes;
  FirstChar firsts[G_N_ELEMENTS (phrases)];
  guint     n_firsts;
  guint16   order[G_N_ELEMENTS (phrases)];
  guint8    lengths[G_N_ELEMENTS (phrases)];
  guint32   seconds[G_N_ELEMENTS (phrases)];   /* second character, as
                                                * read by read_le24 () */
  guint32   thirds[G_N_ELEMENTS (phrases)];    /* third character, 0 for
                                                * phrases of two */
  /* For the AVX2 scan: eight classes of the characters that are marks
   * or start phrases, tested on the high and low halves (nibbles) of
   * each of their three bytes; a place is looked at when a class has
   * all six. Classes 0 and 1 hold the ASCII marks, whatever follows
   * them. See nibbles_init (). */
  guint8    nibbles[6][16];
  gboolean  avx2;
} PhraseTable;

static const guint8 ascii_marks[128] = {
  [','] = MARK_CLAUSE,
  [';'] = MARK_CLAUSE,
  [':'] = MARK_CLAUSE,
  ['!'] = MARK_CLAUSE | MARK_SENTENCE,
  ['?'] = MARK_CLAUSE | MARK_SENTENCE,
  ['\n'] = MARK_CLAUSE | MARK_SENTENCE | MARK_STOP,
  ['.'] = MARK_DOT,
};

/* The flags of the ASCII character at @p, 0 for none; a '.' ends a
 * sentence as text_dot_ends_sentence() says (web copies: …纠正12件.).
 * Both scans record their ASCII marks here, so that they find the same. */
static inline guint
ascii_mark (const guchar *t,
            gsize         p)
{
  guint flags = ascii_marks[t[p]];

  if (G_LIKELY (flags != MARK_DOT))
    return flags;
  return text_dot_ends_sentence ((const char *) t, p) ? MARK_CLAUSE | MARK_SENTENCE | MARK_STOP : 0;
}

static const struct
{
  const char *ch;
  guint       flags;
} wide_marks[] = {
  { "，", MARK_CLAUSE },
  { "；", MARK_CLAUSE },
  { "：", MARK_CLAUSE },
  { "！", MARK_CLAUSE | MARK_SENTENCE },
  { "？", MARK_CLAUSE | MARK_SENTENCE },
  { "。", MARK_CLAUSE | MARK_SENTENCE | MARK_STOP },
  { OPEN_TITLE, MARK_OPEN },
  { CLOSE_TITLE, MARK_CLOSE },
};


/* The nibble sets of a class of characters: a bit for each value of each
 * nibble one of them has, and how many values each set has */
typedef struct
{
  guint16 sets[6];
  guint   counts[6];
} NibbleClass;

/* How many byte combinations @class lets through once @c is in it */
static guint
nibble_class_size_with (const NibbleClass *class,
                        const guchar      *c)
{
  guint size = 1;

  for (guint i = 0; i < 6; i++)
    {
      guint v = i % 2 == 0 ? c[i / 2] >> 4 : c[i / 2] & 0xf;

      size *= class->counts[i] + ((class->sets[i] >> v) & 1 ? 0 : 1);
    }
  return size;
}

static void
nibble_class_add (NibbleClass  *class,
                  const guchar *c)
{
  for (guint i = 0; i < 6; i++)
    {
      guint v = i % 2 == 0 ? c[i / 2] >> 4 : c[i / 2] & 0xf;

      if (!((class->sets[i] >> v) & 1))
        {
          class->sets[i] |= 1u << v;
          class->counts[i]++;
        }
    }
}

/* Sorts the three-byte characters that are marks or start phrases into
 * classes 2 to 7, each where it adds the fewest byte combinations that
 * the class lets through (a character found by its class but by none of
 * its own is only looked at for nothing), then fills the tables in */
static void
nibbles_init (PhraseTable *table)
{
  NibbleClass classes[8] = { { { 0, }, { 0, } }, };
  gboolean done[CODE_MARK] = { FALSE, };

  /* in the order of the phrases, then of the marks */
  for (guint i = 0; i < G_N_ELEMENTS (phrases) + G_N_ELEMENTS (wide_marks); i++)
    {
      const guchar *c = (const guchar *) (i < G_N_ELEMENTS (phrases) ?
                                          phrases[i].word :
                                          wide_marks[i - G_N_ELEMENTS (phrases)].ch);
      guint code = char_map_get (&table->codes, read_le24 (c));
      guint best = 2, best_growth = G_MAXUINT;

      /* a character starting several phrases is sorted once */
      if (code < CODE_MARK)
        {
          if (done[code])
            continue;
          done[code] = TRUE;
        }

      for (guint k = 2; k < 8; k++)
        {
          guint size = 1, growth;

          for (guint j = 0; j < 6; j++)
            size *= classes[k].counts[j];
          growth = nibble_class_size_with (&classes[k], c) - size;
          if (growth < best_growth)
            {
              best = k;
              best_growth = growth;
            }
        }
      nibble_class_add (&classes[best], c);
    }

  /* ASCII marks: by their byte alone, \n ! , in class 0, : ; ? in 1 */
  for (guint c = 0; c < 128; c++)
    if (ascii_marks[c] != 0)
      {
        guint k = c < 0x30 ? 0 : 1;

        classes[k].sets[0] |= 1u << (c >> 4);
        classes[k].sets[1] |= 1u << (c & 0xf);
        for (guint i = 2; i < 6; i++)
          classes[k].sets[i] = 0xffff;
      }

  for (guint k = 0; k < 8; k++)
    for (guint i = 0; i < 6; i++)
      for (guint v = 0; v < 16; v++)
        if (classes[k].sets[i] & (1u << v))
          table->nibbles[i][v] |= (guint8) (1u << k);
}

static const PhraseTable *
get_phrases (void)
{
  static gsize once = 0;
  static PhraseTable table;

  if (g_once_init_enter (&once))
    {
      /* the phrases in the order of their first characters, longest
       * first, then in table order: sorted by one key each, which says
       * all that (an insertion sort: a few dozen phrases) */
      guint32 keys[G_N_ELEMENTS (phrases)];

      G_STATIC_ASSERT (G_N_ELEMENTS (phrases) < 256);
      for (guint i = 0; i < G_N_ELEMENTS (phrases); i++)
        {
          const guchar *w = (const guchar *) phrases[i].word;
          gsize n = strlen (phrases[i].word);
          guint32 key;
          guint j;

          /* a three-byte character and at least one more */
          g_assert ((w[0] & 0xF0) == 0xE0 && n >= 6 && n < 256);
          table.lengths[i] = (guint8) n;
          table.seconds[i] = read_le24 (w + 3);
          table.thirds[i] = table.lengths[i] >= 9 ? read_le24 (w + 6) : 0;
          key = g_utf8_get_char ((const char *) w) << 16 | (guint32) (255 - n) << 8 | i;
          for (j = i; j > 0 && keys[j - 1] > key; j--)
            keys[j] = keys[j - 1];
          keys[j] = key;
        }
      for (guint k = 0; k < G_N_ELEMENTS (phrases); k++)
        table.order[k] = keys[k] & 0xff;
      for (guint k = 0; k < G_N_ELEMENTS (phrases); k++)
        {
          guint8 *code = char_map_slot (&table.codes,
                                        read_le24 ((const guchar *) phrases[table.order[k]].word));

          if (*code == 0)
            {
              table.firsts[table.n_firsts] = (FirstChar) { (guint16) k, 0, 0 };
              *code = (guint8) ++table.n_firsts;
            }
          table.firsts[table.n_firsts - 1].count++;
          table.firsts[table.n_firsts - 1].seconds |=
            G_GUINT64_CONSTANT (1) << (phrases[table.order[k]].word[5] & 0x3F);
        }
      g_assert (table.n_firsts < CODE_MARK);
      for (guint i = 0; i < G_N_ELEMENTS (wide_marks); i++)
        *char_map_slot (&table.codes, read_le24 ((const guchar *) wide_marks[i].ch)) =
          CODE_MARK | wide_marks[i].flags;
      nibbles_init (&table);
#ifdef HAVE_AVX2_SCAN
      __builtin_cpu_init ();
      table.avx2 = __builtin_cpu_supports ("avx2");
#endif
      g_once_init_leave (&once, 1);
    }
  return &table;
}

typedef struct
{
  gsize start;
  gsize end;
  Role  role;
} Hit;

/* The phrases found, in text order */
typedef struct
{
  Hit   *v;
  guint  len;
  guint  alloc;
} Hits;

static inline void
add_hit (Hits  *hits,
         gsize  start,
         gsize  end,
         Role   role)
{
  if (G_UNLIKELY (hits->len == hits->alloc))
    {
      hits->alloc = MAX (64, 2 * hits->alloc);
      hits->v = g_renew (Hit, hits->v, hits->alloc);
    }
  hits->v[hits->len++] = (Hit) { start, end, role };
}

/* The three bytes at @c, where four can be read */
static inline guint32
read_le24_wide (const guchar *c)
{
  guint32 word;

  memcpy (&word, c, 4);
  return GUINT32_FROM_LE (word) & 0xffffffu;
}

/* The length of the longest phrase starting at @p, whose first character
 * is that of @first, or 0; appends its hit unless it is to be ignored.
 * @wide: ten bytes can be read from @p, whatever @len says. */
static G_ALWAYS_INLINE inline gsize
phrase_at (const PhraseTable *table,
           const FirstChar   *first,
           const guchar      *t,
           gsize              p,
           gsize              len,
           Hits              *hits,
           gboolean           wide)
{
  guint32 second;

  if ((!wide && p + 6 > len) || !(first->seconds & (G_GUINT64_CONSTANT (1) << (t[p + 5] & 0x3F))))
    return 0;
  second = wide ? read_le24_wide (t + p + 3) : read_le24 (t + p + 3);
  for (guint k = first->first; k < (guint) first->first + first->count; k++)
    {
      guint i = table->order[k];
      gsize n = table->lengths[i];

      if (table->seconds[i] == second && p + n <= len &&
          (n == 6 || ((wide ? read_le24_wide (t + p + 6) : read_le24 (t + p + 6)) == table->thirds[i] &&
                      (n == 9 || bytes_equal ((const char *) t + p + 9, phrases[i].word + 9, n - 9)))))
        {
          if (phrases[i].role != R_IGNORE)
            add_hit (hits, p, p + n, phrases[i].role);
          return n;
        }
    }
  return 0;
}

#ifdef HAVE_AVX2_SCAN
/* The character at @q, a candidate of the AVX2 scan (an ASCII character
 * or the start of a three-byte one, whole before the text's end):
 * records it if it is a mark, and its phrase if one starts there.
 * Returns the end of that phrase, or 0. */
static inline gsize
scan_candidate (const PhraseTable *table,
                const guchar      *t,
                Text              *text,
                Hits              *hits,
                gsize              q)
{
  guint code;
  gsize n;

  if (t[q] < 0x80)
    {
      guint flags = ascii_mark (t, q);

      if (flags != 0)
        add_mark (text, q, 1, flags);
      return 0;
    }
  code = char_map_get (&table->codes, read_le24_wide (t + q));
  if (G_LIKELY (code == 0))
    return 0;
  if (code & CODE_MARK)
    {
      add_mark (text, q, 3, code & ~CODE_MARK);
      return 0;
    }
  n = phrase_at (table, &table->firsts[code - 1], t, q, text->len, hits, TRUE);
  return n != 0 ? q + n : 0;
}

/* scan_text () on blocks of thirty-two bytes: a bit for each place where
 * a class of nibbles_init () has all six nibbles of the three bytes
 * there, then a look at each such place. Ten bytes past a block are read
 * (the first characters of a phrase at its end, four bytes at a time),
 * so the blocks stop that far before the end. Continuation bytes are in
 * no class, so a block may start inside a character. Returns where the
 * scan goes on from: after the last phrase found, or after the blocks,
 * maybe inside a character. */
__attribute__ ((target ("avx2"))) static gsize
scan_blocks_avx2 (const PhraseTable *table,
                  Text              *text,
                  Hits              *hits)
{
  const guchar *t = (const guchar *) text->t;
  const __m256i low = _mm256_set1_epi8 (0x0f);
  __m256i nibbles[6];
  gsize len = text->len, p, next = 0;
  /* copies that stay in registers, the text and hits being elsewhere */
  Text marked = *text;
  Hits found = *hits;

  for (guint i = 0; i < 6; i++)
    nibbles[i] = _mm256_broadcastsi128_si256 (_mm_loadu_si128 ((const __m128i *) (const void *) table->nibbles[i]));

  for (p = 0; p + 32 + 10 <= len; p += 32)
    {
      __m256i classes = _mm256_set1_epi8 (-1);
      guint32 mask;

#pragma GCC unroll 3
      for (guint i = 0; i < 3; i++)
        {
          __m256i b = _mm256_loadu_si256 ((const __m256i *) (const void *) (t + p + i));

          classes = _mm256_and_si256 (classes,
                                      _mm256_shuffle_epi8 (nibbles[2 * i],
                                                           _mm256_and_si256 (_mm256_srli_epi16 (b, 4), low)));
          classes = _mm256_and_si256 (classes,
                                      _mm256_shuffle_epi8 (nibbles[2 * i + 1],
                                                           _mm256_and_si256 (b, low)));
        }
      mask = ~(guint32) _mm256_movemask_epi8 (_mm256_cmpeq_epi8 (classes, _mm256_setzero_si256 ()));
      for (; mask != 0; mask &= mask - 1)
        {
          gsize q = p + (gsize) __builtin_ctz (mask), end;

          /* not inside the last phrase found */
          if (q >= next && (end = scan_candidate (table, t, &marked, &found, q)) != 0)
            next = end;
        }
    }
  *text = marked;
  *hits = found;
  return MAX (p, next);
}
#endif

/* Appends to @hits the leftmost-longest phrases of the text, in order,
 * and records its marks */
static void
scan_text (Text   *text,
           Hits   *hits)
{
  const PhraseTable *table = get_phrases ();
  const guchar *t = (const guchar *) text->t;
  gsize len = text->len;
  gsize p = 0;

#ifdef HAVE_AVX2_SCAN
  if (table->avx2)
    {
      p = scan_blocks_avx2 (table, text, hits);
      while (p < len && (t[p] & 0xC0) == 0x80)
        p++;
    }
#endif

  for (;;)
    {
      guint32 word;
      guint code;

      /* most characters: three bytes, neither a mark nor the start of a
       * phrase; two of them are tried at once, from the eight bytes at @p */
      for (; p + 8 <= len; p += 6)
        {
          guint64 pair;

          memcpy (&pair, t + p, 8);
          pair = GUINT64_FROM_LE (pair);
          if ((pair & G_GUINT64_CONSTANT (0xc0c0f0c0c0f0)) != G_GUINT64_CONSTANT (0x8080e08080e0) ||
              (char_map_get (&table->codes, (guint32) pair) |
               char_map_get (&table->codes, (guint32) (pair >> 24))) != 0)
            break;
        }
      if (p >= len)
        break;

      /* the character at @p (the first of the pair, maybe an ordinary
       * one): @word holds the four bytes there, little-endian, zeros
       * past the end */
      if (p + 4 <= len)
        {
          memcpy (&word, t + p, 4);
          word = GUINT32_FROM_LE (word);
        }
      else
        {
          word = 0;
          for (gsize k = len; k > p; k--)
            word = word << 8 | t[k - 1];
        }

      /* not a three-byte character: ASCII punctuation is a mark */
      if ((word & 0xc0c0f0u) != 0x8080e0u)
        {
          guchar c = t[p];
          guint flags = c < 0x80 ? ascii_mark (t, p) : 0;

          if (flags != 0)
            add_mark (text, p, 1, flags);
          p += char_len (c);
          continue;
        }

      code = char_map_get (&table->codes, word);
      if (G_LIKELY (code == 0))
        p += 3;
      else if (code & CODE_MARK)
        {
          add_mark (text, p, 3, code & ~CODE_MARK);
          p += 3;
        }
      else
        {
          gsize n = phrase_at (table, &table->firsts[code - 1], t, p, len, hits, FALSE);

          p += n ? n : 3;
        }
    }
}

/* ------------------------------------------------------------------ */
/* Subjects                                                             */

static const char * const separators_words[] = {
  "以及", "、", "，", ",", "和", "及", "与", "同", "并", " ", "\xE3\x80\x80", NULL
};
static WordList separators = { .words = separators_words };

static const char * const lead_noise_words[] = {
  "以及", "、", "，", ",", "和", "及", "与", "并", "了", " ", "\xE3\x80\x80", "对于", "关于",
  "等", NULL
};
static WordList lead_noise = { .words = lead_noise_words };

static void
trim_spaces (const char *t,
             gsize      *s,
             gsize      *e)
{
  gsize n;

  while (*s < *e && is_space_at (t, *s, *e, &n))
    *s += n;
  while (*e > *s)
    {
      gsize c = text_prev_char (t, *s, *e);

      if (!is_space_at (t, c, *e, &n))
        break;
      *e = c;
    }
}

static void
trim_lead (const char *t,
           gsize      *s,
           gsize       e)
{
  gsize n;

  while (*s < e && (n = word_at (t, *s, e, &lead_noise)) != 0)
    *s += n;
}

/* Strips the words that say how the topic was dealt with rather than what
 * it is (情况, 落实情况, 的) */
static void
trim_tail (const char *t,
           gsize       s,
           gsize      *e,
           gboolean    keep_implementation)
{
  static const char * const tails_words[] = {
    "贯彻实施情况", "贯彻落实情况", "贯彻执行情况", "实施情况", "落实情况",
    "执行情况", "进展情况", "推进情况", "工作情况", "情况", "的", "等", "以及", "和", "及",
    "与", "、", "逐件", "逐一", "逐项", "全面", "主动", "依法", "认真", "集中", NULL
  };
  static WordList tails = { .words = tails_words };
  static const char * const short_tails_words[] = { "情况", "的", "等", NULL };
  static WordList short_tails = { .words = short_tails_words };
  static const char * const joiners_words[] = { "和", "及", "与", "、", NULL };
  static WordList joiners = { .words = joiners_words };
  gboolean changed = TRUE;

  while (changed && *e > s)
    {
      gsize n = word_before (t, s, *e, keep_implementation ? &short_tails : &tails);

      /* 建立和实施情况: the 实施 belongs to the list */
      if (n > strlen ("情况") && text_word_ends_at (t, s, *e, "情况") &&
          word_before (t, s, *e - n, &joiners) != 0)
        n = strlen ("情况");
      changed = n != 0 && *e - n > s;
      if (changed)
        *e -= n;
    }
}

/* Words that say no more than "some" or "the work" */
static gboolean
is_generic (const char *t,
            gsize       s,
            gsize       e)
{
  static const char * const generic_words[] = {
    "专题", "专项", "相关", "有关", "重点", "集中", "联合", "实地", "深入", "工作",
    "监督", "多次", "系列", "一系列", "一批", "全面", "跟踪", "专项工作", "规范性文件",
    "各项", "年度", "多项", "这项", "此项", "全省", "全市", "全区", "全国", "省级",
    "市级", "两次", "多轮", "首次", "调研", "视察", "检查", "评估", "问卷", "报告",
    "其中", "部门", "单位", "公众", "群众",
    /* a kind of work, not what it is about (执法调研, 立法调研) */
    "执法", "立法", "司法", "普法", NULL
  };
  static WordList generic = { .words = generic_words };
  static const char * const pointers_words[] = {
    "其中", "上述", "这些", "有关", "相关", "其", NULL
  };
  static WordList pointers = { .words = pointers_words };
  guchar c;

  if (e <= s || n_chars (t, s, e, 2) < 2)
    return TRUE;
  if (word_is (t, s, e, &generic))
    return TRUE;
  /* 其中的规范性文件: points back, says nothing */
  if (word_at (t, s, e, &pointers) != 0)
    return TRUE;
  /* a count: 3次, 两项 */
  c = (guchar) t[s];
  if ((c >= '0' && c <= '9') && n_chars (t, s, e, 5) <= 4)
    return TRUE;
  return FALSE;
}

/* Leaves out a leading count (3次, 两项, 一次); TRUE if there was one */
static gboolean
skip_count (const char *t,
            gsize      *s,
            gsize       e)
{
  static const char * const units_words[] = { "次", "项", "个", "场", "轮", "批", "部", "件", NULL };
  static WordList units = { .words = units_words };
  gsize q = *s, n;
  gboolean digits = FALSE;

  while (q < e && (is_cn_digit_at (t, q, e, &n) || text_word_at (t, q, e, "两")))
    {
      q += n ? n : 3;
      n = 0;
      digits = TRUE;
    }
  if (digits && (n = word_at (t, q, e, &units)) != 0)
    {
      *s = q + n;
      return TRUE;
    }
  return FALSE;
}

/* The units of a count inside a subject: what was counted, not what */
static const char * const count_units_words[] = {
  "人次", "件", "项", "个", "次", "部", "家", "名", "人", "条", "份", "批", "场", "轮", "篇",
  "处", NULL
};
static WordList count_units = { .words = count_units_words };

/* What may follow the digits of a count before its unit */
static const char * const count_magnitudes_words[] = { "万", "千", "百", "余", "多", NULL };
static WordList count_magnitudes = { .words = count_magnitudes_words };

/* Chinese numerals beyond is_cn_digit_at ()'s */
static const char * const cn_numerals_words[] = { "百", "千", "万", "两", "零", "〇", NULL };
static WordList cn_numerals = { .words = cn_numerals_words };


/* The end of the count at @p (14件, 1.2万件, 200余件, and with @chinese
 * 十四件, 一千二百余件), or @p when no count starts there: digits, then
 * a unit of count_units */
static gsize
count_end (const char *t,
           gsize       p,
           gsize       e,
           gboolean    chinese)
{
  gsize q = p, n;
  gboolean digits = FALSE;

  while (q < e)
    {
      if (chinese ? is_cn_digit_at (t, q, e, &n) || (n = word_at (t, q, e, &cn_numerals)) != 0 :
                    is_arabic_digit_at (t, q, e, &n))
        digits = TRUE;
      else if (!digits || !(t[q] == '.' || (n = word_at (t, q, e, &count_magnitudes)) != 0 ||
                            (n = text_word_at (t, q, e, "．") ? 3 : 0) != 0))
        break;
      q += n ? n : 1;
      n = 0;
    }
  if (!digits)
    return p;
  n = word_at (t, q, e, &count_units);
  return n != 0 ? q + n : p;
}

/* Leaves out a count that ends the subject [s, *e): 规范性文件14件 is
 * about 规范性文件 */
static void
trim_count_tail (const char *t,
                 gsize       s,
                 gsize      *e)
{
  /* most subjects end in no unit */
  if (word_before (t, s, *e, &count_units) == 0)
    return;
  for (gsize p = s; p < *e; p += char_len ((guchar) t[p]))
    {
      gsize n;

      if ((is_cn_digit_at (t, p, *e, &n) || word_at (t, p, *e, &cn_numerals) != 0) &&
          count_end (t, p, *e, TRUE) == *e)
        {
          *e = p;
          return;
        }
    }
}

/* Bodies that report to the committee: 省政府、省法院, “一府两院” */
static void
skip_bodies (const char *t,
             gsize      *s,
             gsize       e)
{
  static const char * const regions_words[] = {
    "自治区", "自治州", "全国", "省", "市", "州", "县", "区", NULL
  };
  static WordList regions = { .words = regions_words };
  static const char * const bodies_words[] = {
    "“一府一委两院”", "“一府两院”", "一府一委两院", "一府两院", "人民政府", "政府",
    "国务院", "最高人民法院", "最高人民检察院", "高级人民法院", "中级人民法院",
    "人民法院", "人民检察院", "法院", "检察院", "国家监察委员会", "监察委员会", "监察委",
    "监委", "有关部门", "审计厅", "审计局", "审计署", "发展改革委", "财政厅", "财政局", NULL
  };
  static WordList bodies = { .words = bodies_words };
  /* "一府一委两院", 「一府两院」: the quotes of web copies and of other
   * places */
  static const char * const open_quotes_words[] = { "\"", "'", "‘", "「", "『", NULL };
  static WordList open_quotes = { .words = open_quotes_words };
  static const char * const close_quotes_words[] = { "\"", "'", "’", "」", "』", NULL };
  static WordList close_quotes = { .words = close_quotes_words };

  for (;;)
    {
      gsize q = *s, n;

      q += word_at (t, q, e, &open_quotes);
      if ((n = word_at (t, q, e, &bodies)) == 0)
        {
          q += word_at (t, q, e, &regions);
          n = word_at (t, q, e, &bodies);
        }
      if (n == 0)
        return;
      q += n;
      q += word_at (t, q, e, &close_quotes);
      while (q < e && (n = word_at (t, q, e, &separators)) != 0)
        q += n;
      if (q >= e)
        return;
      *s = q;
    }
}

/* ------------------------------------------------------------------ */
/* Law names                                                            */

static const char * const law_suffixes_words[] = {
  "条例", "办法", "规定", "细则", "规则", "决定", "法典", "修正案", "法", NULL
};
static WordList law_suffixes = { .words = law_suffixes_words };

/* What may follow the end of a law's name */
static const char * const name_followers_words[] = {
  "、", "，", ",", "；", ";", "以及", "和", "及", "与", "同", "等", "的", "贯彻", "实施情况",
  "执行情况", "落实情况", "情况", "执法", "检查", "开展", "进行", "专题", "跟踪", "修正",
  "实施的", "《", "“", "（", "(", " ", "\xE3\x80\x80",
  /* (their count after them: 《A》和《B》共2部法律、法规的实施情况) */
  "共", NULL
};
static WordList name_followers = { .words = name_followers_words };

/* 实施 after a law ends its name (黄河保护法实施一周年) unless it starts
 * the name of the law's implementing act (水法实施办法) */
static const char * const implementing_acts_words[] = {
  "实施办法", "实施条例", "实施细则", "实施规定", "实施意见", "实施若干", "实施〈", NULL
};
static WordList implementing_acts = { .words = implementing_acts_words };

static gboolean
name_ends_at (const char *t,
              gsize       p,
              gsize       end)
{
  if (p >= end || word_at (t, p, end, &name_followers) != 0)
    return TRUE;
  return text_word_at (t, p, end, "实施") && word_at (t, p, end, &implementing_acts) == 0;
}

/* Words after which the laws' names begin */
static const char * const name_anchors_words[] = {
  "听取和审议", "听取审议", "组织开展", "开展了", "开展", "进行了", "进行", "做好",
  "配合", "协助", "参与", "参加", "围绕", "聚焦", "针对", "检查了", "检查", "审议",
  "听取", "重点", "首次", "启动", "完成", "贯彻实施", "贯彻落实", "贯彻执行", "对", "就", NULL
};
static WordList name_anchors = { .words = name_anchors_words };

/* …and the words that start like an anchor but are part of a name */
static const char * const not_anchors_words[] = {
  "对外", "就业", "检查官", NULL
};
static WordList not_anchors = { .words = not_anchors_words };

/* Names of the body before a law's name: 全国人大常委会种子法 */
static void
skip_name_prefix (const char *t,
                  gsize      *s,
                  gsize       e)
{
  static const char * const prefixes_words[] = {
    "全国人大常委会", "全国人民代表大会常务委员会", "全国人大", "省人大常委会",
    "市人大常委会", "自治区人大常委会", "州人大常委会", "县人大常委会", "人大常委会",
    "常委会", "我省", "我市", "我区", "我州", "本省", "本市", "了", "的", NULL
  };
  static WordList prefixes = { .words = prefixes_words };
  gsize n;

  /* not trim_lead (): 关于 starts the names of decisions */
  while (*s < e && ((n = word_at (t, *s, e, &separators)) != 0 ||
                    (n = word_at (t, *s, e, &prefixes)) != 0))
    *s += n;
}

static gboolean
law_name_ok (const char *t,
             gsize       s,
             gsize       e)
{
  static const char * const bad_endings_words[] = {
    "执法", "司法", "立法", "普法", "守法", "依法", "方法", "做法", "用法", "说法", "想法",
    "合法", "违法", "章法", "手法", "书法", "算法", "语法", "疗法", "看法", "打法", "写法",
    "战法", "玩法", "兵法", "想办法", "有关规定", "相关规定", "决定", NULL
  };
  static WordList bad_endings = { .words = bad_endings_words };
  static const char * const bad_starts_words[] = {
    "有关", "相关", "各项", "上述", "这些", "该", "此", "其", "等", "本法", "各", "两法",
    "一法", "国法", "家法", "新法", "大法", "良法", "善法", "王法", NULL
  };
  static WordList bad_starts = { .words = bad_starts_words };
  guint n = n_chars (t, s, e, 3);

  if (e - s > LAW_NAME_MAX)
    return FALSE;
  /* 宪法, 水法, 刑法: short names, but not 执法 or a bare 办法 */
  if (n < 2 || (n == 2 && word_at (t, s, e, &law_suffixes) != 0))
    return FALSE;
  for (gsize p = s; p < e; p += char_len ((guchar) t[p]))
    {
      guchar c = (guchar) t[p];

      /* 0-9, ０-９: a count, not a name */
      if ((c >= '0' && c <= '9') ||
          (c == 0xEF && p + 2 < e && (guchar) t[p + 1] == 0xBC &&
           (guchar) t[p + 2] >= 0x90 && (guchar) t[p + 2] <= 0x99))
        return FALSE;
      if (clause_delim_at (t, p, e) != 0)
        return FALSE;
    }
  if (word_at (t, s, e, &bad_starts) != 0)
    return FALSE;
  /* “一法一例” alone names the pair the clause lists, not a law */
  if (text_word_at (t, s, e, OPEN_QUOTE "一法") || text_word_at (t, s, e, OPEN_QUOTE "两法") ||
      text_word_at (t, s, e, OPEN_QUOTE "一法") || text_word_at (t, s, e, OPEN_QUOTE "多法"))
    return FALSE;
  /* a bare 决定 is a law only when its name says what about (关于…的决定) */
  if (text_word_ends_at (t, s, e, "决定"))
    return contains (t, s, e, "关于");
  return word_before (t, s, e, &bad_endings) == 0;
}

/* Is the title text [s, e) (inside its 《》) the name of a law? */
static gboolean
law_title_ok (const char *t,
              gsize       s,
              gsize       e)
{
  static const char * const endings_words[] = {
    "条例", "办法", "规定", "细则", "规则", "决定", "决议", "法典", "修正案", "法", NULL
  };
  static WordList endings = { .words = endings_words };

  if (e <= s)
    return FALSE;
  return word_before (t, s, e, &endings) != 0 || contains (t, s, e, "一法一") ||
         contains (t, s, e, "法〉");
}

/* The end of a quoted “…” name that ends at @p (a ”) and holds a law
 * (“一法一例”), or 0 */
static gsize
quoted_law_at (const char *t,
               gsize       lower,
               gsize       p,
               gsize       end)
{
  gsize q = p, limit = p > lower + 36 ? p - 36 : lower;

  if (!text_word_at (t, p, end, CLOSE_QUOTE))
    return 0;
  while (q > limit)
    {
      q = text_prev_char (t, limit, q);
      if (text_word_at (t, q, p, OPEN_QUOTE))
        return contains (t, q, p, "法") ? p + 3 : 0;
    }
  return 0;
}

/* The verbs and prepositions around an activity's subject */
static const char * const verbs_words[] = {
  "组织开展", "深入开展", "开展了", "开展", "进行了", "进行", "组织了", "组织", "举行",
  "举办", "召开", "发放", "委托", "赴", NULL
};
static WordList verbs = { .words = verbs_words };

static const char * const prepositions_words[] = {
  "围绕", "聚焦", "针对", "结合", "对于", "关于", "就", "对", NULL
};
static WordList prepositions = { .words = prepositions_words };

/* The verbs that make a 调研 or a 问卷 an activity of the committee */
static const char * const activity_verbs_words[] = {
  "开展", "组织", "进行", "深入", "赴", "举行", "实施", "委托", "发放", "先后", "分赴",
  "采取", "运用", "采用", "引入", NULL
};
static WordList activity_verbs = { .words = activity_verbs_words };

/* What may start at a character, for the walks through a clause
 * (find_law_names (), phrase_subject (), verb_before ()): they try a
 * few word lists at every character, and most characters start no word
 * of any. One table, indexed like the phrase table by the payload bits
 * of a three-byte character, tells which lists have a word starting
 * with it, so that a walk tries only those. */
typedef enum
{
  START_TITLE         = 1 << 0,   /* 《 */
  START_CLOSE_QUOTE   = 1 << 1,   /* ” */
  START_NAME_ANCHOR   = 1 << 2,   /* name_anchors */
  START_LAW_SUFFIX    = 1 << 3,   /* law_suffixes */
  START_VERB          = 1 << 4,   /* verbs */
  START_PREPOSITION   = 1 << 5,   /* prepositions */
  START_ACTIVITY_VERB = 1 << 6,   /* activity_verbs */
} WordStart;

static CharMap word_starts;

static void
word_starts_add (const char *word,
                 WordStart   start)
{
  const guchar *w = (const guchar *) word;

  /* a word starting with another character is found by the walks
   * trying everything at such characters (see word_starts_at ()) */
  if ((w[0] & 0xF0) == 0xE0 && w[1] != '\0' && w[2] != '\0')
    *char_map_slot (&word_starts, read_le24 (w)) |= start;
}

static void
word_starts_init (void)
{
  static gsize once = 0;

  if (g_once_init_enter (&once))
    {
      static const struct
      {
        WordList  *list;
        WordStart  start;
      } lists[] = {
        { &name_anchors, START_NAME_ANCHOR },
        { &law_suffixes, START_LAW_SUFFIX },
        { &verbs, START_VERB },
        { &prepositions, START_PREPOSITION },
        { &activity_verbs, START_ACTIVITY_VERB },
      };

      char_map_init (&word_starts);
      word_starts_add (OPEN_TITLE, START_TITLE);
      word_starts_add (CLOSE_QUOTE, START_CLOSE_QUOTE);
      for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
        for (guint k = 0; lists[i].list->words[k] != NULL; k++)
          word_starts_add (lists[i].list->words[k], lists[i].start);
      g_once_init_leave (&once, 1);
    }
}

/* The WordStart bits of what may start at @p; all of them where the
 * character is not a whole three-byte one before @end */
static inline guint
word_starts_at (const char *t,
                gsize       p,
                gsize       end)
{
  const guchar *c = (const guchar *) t + p;

  if (p + 3 <= end && (c[0] & 0xF0) == 0xE0)
    return char_map_get (&word_starts, read_le24 (c));
  return G_MAXUINT;
}

/* The first place from @p, a character start, where word_starts_at ()
 * may have some of @bits: past the three-byte characters (read four
 * bytes at a time, while four can be) that start none of them */
static inline gsize
skip_word_starts (const char *t,
                  gsize       p,
                  gsize       end,
                  guint       bits)
{
  while (p + 4 <= end)
    {
      guint32 word;

      memcpy (&word, t + p, 4);
      word = GUINT32_FROM_LE (word);
      if ((word & 0xc0c0f0u) != 0x8080e0u || (char_map_get (&word_starts, word) & bits) != 0)
        break;
      p += 3;
    }
  return p;
}

typedef struct
{
  gsize s;
  gsize e;
} Range;

/* Appends to @names the laws named in [cs, ce): 《…》 titles of laws and
 * bare names ending in 法, 条例, 办法… followed by a list separator or by
 * the words of an inspection (执法检查, 实施情况) */
static void
find_law_names (const Text *text,
                gsize       cs,
                gsize       ce,
                GArray     *names)
{
  const char *t = text->t;
  gsize p = cs, piece = cs;

  while ((p = skip_word_starts (t, p, ce, START_TITLE | START_NAME_ANCHOR | START_CLOSE_QUOTE |
                                              START_LAW_SUFFIX)) < ce)
    {
      gsize n, name_end = 0;
      gboolean title = FALSE;

      /* nothing below starts at most characters */
      if (!(word_starts_at (t, p, ce) &
            (START_TITLE | START_NAME_ANCHOR | START_CLOSE_QUOTE | START_LAW_SUFFIX)))
        {
          p += char_len ((guchar) t[p]);
          continue;
        }

      if (text_word_at (t, p, ce, OPEN_TITLE))
        {
          gsize close = title_end (text, p, ce);

          if (close != 0)
            {
              name_end = close;
              title = TRUE;
              if (word_at (t, close, ce, &name_followers) == 0 && close < ce &&
                  !text_word_at (t, close, ce, OPEN_TITLE))
                {
                  /* 《…》 followed by more name text: not a name here */
                  p = close;
                  continue;
                }
              if (law_title_ok (t, p + 3, close - 3))
                g_array_append_val (names, ((Range) { p + 3, close - 3 }));
              p = piece = close;
              while (p < ce && (n = word_at (t, p, ce, &separators)) != 0)
                p += n;
              piece = p;
              continue;
            }
        }

      if ((n = word_at (t, p, ce, &name_anchors)) != 0 &&
          word_at (t, p, ce, &not_anchors) == 0 &&
          !(text_word_at (t, p, ce, "检查") && text_word_ends_at (t, cs, p, "执法")))
        {
          p += n;
          piece = p;
          continue;
        }

      if ((n = quoted_law_at (t, cs, p, ce)) != 0)
        name_end = n;
      else if ((n = word_at (t, p, ce, &law_suffixes)) != 0)
        name_end = p + n;

      if (name_end != 0 && !title &&
          name_ends_at (t, name_end, ce))
        {
          gsize s = piece, e = name_end;

          skip_name_prefix (t, &s, e);
          /* 为期两个月的X法: the name starts after the 的 */
          if (!contains (t, s, e, "关于"))
            {
              const char *de = find_last_word (t, s, e, "的");

              if (de != NULL)
                s = (gsize) (de - t) + 3;
            }
          trim_spaces (t, &s, &e);
          if (law_name_ok (t, s, e))
            g_array_append_val (names, ((Range) { s, e }));
          p = name_end;
          while (p < ce && (n = word_at (t, p, ce, &separators)) != 0)
            p += n;
          piece = p;
          continue;
        }

      p += char_len ((guchar) t[p]);
    }
}

/* ------------------------------------------------------------------ */
/* The scan                                                             */

typedef struct
{
  gsize         s;             /* clean offsets */
  gsize         e;
  gsize         sentence;      /* clean offset of its sentence start */
  OversightKind kind;
  guint         subject_offset;
  guint         subject_len;
  guint         n_subjects;
  gboolean      planned;
  gsize         subject_at;    /* clean offset of a single subject, else
                                * G_MAXSIZE */
} Candidate;

typedef struct
{
  const char         *t;
  gsize               len;
  const Text         *text;      /* t and len, with their marks */
  const Clean        *clean;
  OversightTopicFunc  topic_func;
  gpointer            user_data;
  const Hit          *hits;
  GArray             *candidates;
  GString            *subjects;
  GArray             *names;     /* Range, scratch */
  guint               first;     /* the hits of the current clause */
  guint               last;
  gsize               sentence_start;   /* the last sentence found */
  gsize               sentence_end;
} Scan;

/* Appends [s, e) of @t to @out without the counts in it (市政府报送的38件
 * 政府规章 is about 市政府报送的政府规章: the number belongs to the
 * tally); TRUE if some were left out. The counts are in Arabic digits,
 * outside 《》 and “”: Chinese numerals are too often part of a name
 * (一府两院, 一件事), and so is a number in a title (《人才振兴60条》). */
/* May [s, e) hold a digit? FALSE when it has no ASCII byte and no 0xEF
 * (the lead of ０-９), eight bytes at a time: most subjects are all CJK */
static gboolean
may_have_digit (const char *t,
                gsize       s,
                gsize       e)
{
  const guint64 high = G_GUINT64_CONSTANT (0x8080808080808080);
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
  gsize p = s;

  for (; p + 8 <= e; p += 8)
    {
      guint64 w, x;

      memcpy (&w, t + p, 8);
      x = w ^ (ones * 0xEF);
      /* an ASCII byte, or a byte 0xEF (a zero byte of @x) */
      if ((w & high) != high || ((x - ones) & ~x & high) != 0)
        return TRUE;
    }
  for (; p < e; p++)
    if ((guchar) t[p] < 0x80 || (guchar) t[p] == 0xEF)
      return TRUE;
  return FALSE;
}

static gboolean
append_without_counts (GString    *out,
                       const char *t,
                       gsize       s,
                       gsize       e)
{
  gsize from = s, n;
  gint quoted = 0;

  if (!may_have_digit (t, s, e))
    {
      g_string_append_len (out, t + s, (gssize) (e - s));
      return FALSE;
    }

  /* byte by byte: the bytes looked for are ASCII digits and the leads of
   * ０-９ (0xEF), 《》 (0xE3) and “” (0xE2), never inside a character */
  for (gsize p = s; p < e; p++)
    {
      guchar c = (guchar) t[p];
      gsize ce;

      if (c == 0xE3 || c == 0xE2)
        {
          if (text_word_at (t, p, e, OPEN_TITLE) || text_word_at (t, p, e, OPEN_QUOTE))
            quoted++;
          else if (text_word_at (t, p, e, CLOSE_TITLE) || text_word_at (t, p, e, CLOSE_QUOTE))
            quoted = MAX (quoted - 1, 0);
          continue;
        }
      if (quoted > 0 || !((c >= '0' && c <= '9') || (c == 0xEF && is_arabic_digit_at (t, p, e, &n))))
        continue;
      /* the count starts with the first digit of a run */
      if (p > s && is_arabic_digit_at (t, text_prev_char (t, s, p), e, &n))
        continue;
      ce = count_end (t, p, e, FALSE);
      if (ce == p)
        continue;
      g_string_append_len (out, t + from, (gssize) (p - from));
      from = ce;
      p = ce - 1;   /* the last byte of the unit: the loop steps on to @ce */
    }
  g_string_append_len (out, t + from, (gssize) (e - from));
  return from != s;
}

static void
add_candidate (Scan          *scan,
               OversightKind  kind,
               gsize          s,
               gsize          e,
               gsize          sentence,
               const Range   *subjects,
               guint          n_subjects,
               gboolean       planned)
{
  Candidate c = { 0, };
  gboolean cut = FALSE;

  trim_spaces (scan->t, &s, &e);
  c.s = s;
  c.e = e;
  c.sentence = sentence;
  c.kind = kind;
  c.planned = planned;
  c.subject_offset = scan->subjects->len;
  for (guint i = 0; i < n_subjects; i++)
    {
      /* the same law named twice in one clause counts once */
      gboolean seen = FALSE;

      for (guint j = 0; j < i && !seen; j++)
        seen = subjects[j].e - subjects[j].s == subjects[i].e - subjects[i].s &&
               memcmp (scan->t + subjects[j].s, scan->t + subjects[i].s,
                       subjects[i].e - subjects[i].s) == 0;
      if (seen)
        continue;
      if (c.n_subjects > 0)
        g_string_append_c (scan->subjects, ';');
      /* the names of laws have no counts (law_name_ok ()) */
      if (kind == OVERSIGHT_LAW_INSPECTION)
        g_string_append_len (scan->subjects, scan->t + subjects[i].s,
                             (gssize) (subjects[i].e - subjects[i].s));
      else if (append_without_counts (scan->subjects, scan->t, subjects[i].s, subjects[i].e))
        cut = TRUE;
      c.n_subjects++;
    }
  c.subject_len = scan->subjects->len - c.subject_offset;
  /* one subject (any others the same law again), as written: where it is */
  c.subject_at = c.n_subjects == 1 && !cut ? subjects[0].s : G_MAXSIZE;
  g_array_append_val (scan->candidates, c);
}

/* Is a subjectless activity of @kind worth reporting in a section of
 * @topic? Oversight, other and no section: yes. Elsewhere, an activity
 * must have a subject (a 执法检查 mentioned in the deputies' section is
 * the deputies' business), and some kinds are never oversight there. */
static gboolean
topic_allows (OversightKind kind,
              guint         topic,
              gboolean      has_subject)
{
  switch (topic)
    {
    case OVERSIGHT_TOPIC_NONE:
    case OVERSIGHT_TOPIC_OVERSIGHT:
    case OVERSIGHT_TOPIC_OTHER:
      return TRUE;
    default:
      break;
    }
  switch (kind)
    {
    case OVERSIGHT_LAW_INSPECTION:
    case OVERSIGHT_SPECIAL_INQUIRY:
      return has_subject;
    case OVERSIGHT_FILING_REVIEW:
      return TRUE;
    case OVERSIGHT_WORK_REPORT:
      return has_subject && topic == OVERSIGHT_TOPIC_REPRESENTATION;
    default:
      return FALSE;
    }
}

static const char * const hearing_verbs_words[] = { "审议", "听取", NULL };
static WordList hearing_verbs = { .words = hearing_verbs_words };

/* What ends the words before an activity that follows another: …的报告并
 * 开展专题询问, …报告后进行满意度测评 */
static const char * const linking_tails_words[] = { "基础上", "之后", "并", "后", "时", NULL };
static WordList linking_tails = { .words = linking_tails_words };

/* The topic of a work report in [s, e) (the text before its 报告) */
static gboolean
report_topic (const char *t,
              gsize      *s,
              gsize      *e)
{
  const char *about = find_word (t, *s, *e, "关于");
  gboolean changed = TRUE;

  if (about != NULL)
    *s = (gsize) (about - t) + strlen ("关于");
  else
    {
      /* 报告8个、市中级人民法院…报告: the count of the report before */
      trim_lead (t, s, *e);
      if (text_word_at (t, *s, *e, "各"))
        *s += strlen ("各");
      skip_count (t, s, *e);
      trim_lead (t, s, *e);
      skip_bodies (t, s, *e);
    }
  trim_lead (t, s, *e);
  /* …情况专项工作报告, …情况的报告, …工作报告 */
  while (changed && *e > *s)
    {
      changed = FALSE;
      if (text_word_ends_at (t, *s, *e, "工作") &&
          (text_word_ends_at (t, *s, *e - 6, "情况") || text_word_ends_at (t, *s, *e - 6, "专项") ||
           text_word_ends_at (t, *s, *e - 6, "的")))
        *e -= 6, changed = TRUE;
      else if (text_word_ends_at (t, *s, *e, "专项") || text_word_ends_at (t, *s, *e, "综合") ||
               text_word_ends_at (t, *s, *e, "书面") || text_word_ends_at (t, *s, *e, "专题"))
        *e -= 6, changed = TRUE;
      else if (text_word_ends_at (t, *s, *e, "的") && *e - 3 > *s)
        *e -= 3, changed = TRUE;
      else if (text_word_ends_at (t, *s, *e, "情况") && *e - 6 > *s)
        *e -= 6, changed = TRUE;
    }
  trim_spaces (t, s, e);
  return !is_generic (t, *s, *e) && *e - *s <= SUBJECT_MAX && !contains (t, *s, *e, "草案");
}

/* Does the subject [s, e) point back to another activity of the same
 * sentence (对询问中提出的问题进行满意度测评)? It names no topic then. */
static gboolean
points_back (const char *t,
             gsize       s,
             gsize       e)
{
  static const char * const back_words[] = {
    "询问", "检查", "审议", "调研", "视察", "评议", "测评", NULL
  };
  static WordList back = { .words = back_words };

  /* …中: one look for the 中, the rare one */
  for (const char *m = find_word (t, s, e, "中"); m != NULL;
       m = find_word (t, (gsize) (m - t) + 3, e, "中"))
    if (word_before (t, s, (gsize) (m - t), &back) != 0)
      return TRUE;
  return FALSE;
}

/* The subject of an activity named by the phrase [ps, pe) in the clause
 * [cs, ce): the words between the verb and the phrase (开展X专题调研), or
 * between a preposition and the verb (就X开展专题询问) */
static gboolean
phrase_subject (Scan          *scan,
                OversightKind  kind,
                gsize          cs,
                gsize          ps,
                gsize          pe,
                gsize         *out_s,
                gsize         *out_e)
{
  static const char * const participants_words[] = {
    "代表", "委员", "组成人员", "人大代表", NULL
  };
  static WordList participants = { .words = participants_words };
  const char *t = scan->t;
  gsize verb_s = G_MAXSIZE, verb_e = 0, prep_e = G_MAXSIZE, last_prep_e = G_MAXSIZE;
  gsize s, e, n;
  gboolean counted;

  /* a subject is near its phrase: look back no further than that */
  if (ps > cs + 2 * SUBJECT_MAX)
    {
      cs = ps - 2 * SUBJECT_MAX;
      while (cs < ps && ((guchar) t[cs] & 0xC0) == 0x80)
        cs++;
    }

  for (gsize p = cs; (p = skip_word_starts (t, p, ps, START_TITLE | START_VERB | START_PREPOSITION)) < ps;)
    {
      if (!(word_starts_at (t, p, ps) & (START_TITLE | START_VERB | START_PREPOSITION)))
        {
          p += char_len ((guchar) t[p]);
          continue;
        }
      if (text_word_at (t, p, ps, OPEN_TITLE))
        {
          gsize close = title_end (scan->text, p, ps);

          if (close != 0)
            {
              p = close;
              continue;
            }
        }
      if ((n = word_at (t, p, ps, &verbs)) != 0)
        {
          verb_s = p;
          verb_e = p + n;
          prep_e = last_prep_e;
          p += n;
          continue;
        }
      if ((n = word_at (t, p, ps, &prepositions)) != 0 && word_at (t, p, ps, &not_anchors) == 0)
        {
          last_prep_e = p + n;
          p += n;
          continue;
        }
      p += char_len ((guchar) t[p]);
    }

  if (verb_s == G_MAXSIZE)
    {
      /* no verb: 就X专题询问 */
      if (last_prep_e == G_MAXSIZE)
        return FALSE;
      s = last_prep_e;
      e = ps;
    }
  else
    {
      s = verb_e;
      e = kind == OVERSIGHT_SURVEY ? pe : ps;
      trim_lead (t, &s, e);
      skip_count (t, &s, e);
      if (kind == OVERSIGHT_SURVEY ? e - s <= pe - ps : s >= e)
        {
          /* the verb is right before the phrase: look before the verb */
          if (prep_e == G_MAXSIZE)
            return FALSE;
          s = prep_e;
          e = verb_s;
        }
    }

  /* not across another activity's phrase */
  for (guint i = scan->first; i < scan->last; i++)
    {
      const Hit *h = &scan->hits[i];

      if (h->start >= s && h->end <= e && h->start != ps &&
          (h->role == R_ZFJC || h->role == R_XUNWEN || h->role == R_DIAOYAN ||
           h->role == R_BEIAN || h->role == R_MANYI || h->role == R_PINGYI ||
           (h->role == R_SURVEY && kind != OVERSIGHT_SURVEY)))
        s = h->end;
    }

  trim_spaces (t, &s, &e);
  trim_lead (t, &s, e);
  counted = skip_count (t, &s, e);
  trim_lead (t, &s, e);
  /* 对8个县市开展视察, 对2个部门开展工作评议: what was counted, not
   * what about */
  if (counted && n_chars (t, s, e, 3) <= 2)
    return FALSE;
  trim_count_tail (t, s, &e);
  /* …的报告并开展专题询问, …报告后进行满意度测评 */
  {
    gsize n;

    while ((n = word_before (t, s, e, &linking_tails)) != 0)
      e -= n;
  }
  if (contains (t, s, e, "关于") && text_word_ends_at (t, s, e, "报告"))
    {
      e -= strlen ("报告");
      if (!report_topic (t, &s, &e))
        return FALSE;
    }
  else if (contains (t, s, e, "报告"))
    {
      /* 结合审议X报告开展专题询问, 就…的报告开展专题询问 */
      const char *r = find_word (t, s, e, "报告");
      gsize rs = s, re = (gsize) (r - t);

      trim_lead (t, &rs, re);
      if (word_at (t, rs, re, &hearing_verbs) != 0)
        {
          rs += 6;
          if (text_word_at (t, rs, re, "和审议") || text_word_at (t, rs, re, "并审议"))
            rs += 9;
          s = rs;
          e = re;
          if (!report_topic (t, &s, &e))
            return FALSE;
        }
      else if (text_word_ends_at (t, s, e, "报告") && e - s > strlen ("报告"))
        {
          e -= strlen ("报告");
          if (!report_topic (t, &s, &e))
            return FALSE;
        }
    }
  if (kind != OVERSIGHT_SURVEY)
    trim_tail (t, s, &e, FALSE);
  trim_spaces (t, &s, &e);
  if (is_generic (t, s, e) || e - s > SUBJECT_MAX || points_back (t, s, e))
    return FALSE;
  /* 组织部分县人大代表视察…: who took part, not what about; but the
   * officials an appraisal is of are its subject (对4名县政府组成人员开
   * 展述职评议) */
  if (kind != OVERSIGHT_WORK_EVALUATION && word_before (t, s, e, &participants) != 0)
    return FALSE;
  *out_s = s;
  *out_e = e;
  return TRUE;
}

G_STATIC_ASSERT (N_ROLES <= 32);

/* A bit (1 << role) for each role of the hits [first, last) */
static guint
clause_roles (Scan  *scan,
              guint  first,
              guint  last)
{
  guint roles = 0;

  for (guint i = first; i < last; i++)
    roles |= 1u << scan->hits[i].role;
  return roles;
}

static gboolean
verb_before (const char *t,
             gsize       cs,
             gsize       p)
{
  for (gsize q = cs; (q = skip_word_starts (t, q, p, START_ACTIVITY_VERB)) < p;
       q += char_len ((guchar) t[q]))
    if ((word_starts_at (t, q, p) & START_ACTIVITY_VERB) &&
        word_at (t, q, p, &activity_verbs) != 0)
      return TRUE;
  return FALSE;
}

/* A law named by its topic right before 执法检查, with no 法 (开展川渝两地
 * 大气污染防治执法检查, 食品安全执法检查): the topic, after the verb and
 * the places or partners, into @law. Only the topics of laws' names (…防治,
 * …保护, …安全): 专项执法检查, 联合执法检查 name no law. */
static gboolean
law_topic (const char *t,
           gsize       cs,
           gsize       ce,
           Range      *law)
{
  static const char * const topic_endings_words[] = {
    "防治", "保护", "安全", "生产", "促进", "保障", NULL
  };
  static WordList topic_endings = { .words = topic_endings_words };
  /* what may come before the topic: 川渝两地, 全省, 联动 */
  static const char * const scopes[] = {
    "两地", "三地", "多地", "全省", "全市", "全区", "全州", "全县", "联合", "联动", "同步",
    "协同", "专项", "集中", "的", NULL
  };
  const char *zfjc = find_word (t, cs, ce, "执法检查");
  gsize s = cs, e, n;

  if (zfjc == NULL)
    return FALSE;
  e = (gsize) (zfjc - t);
  /* after the last verb or anchor */
  for (gsize p = cs; p < e; p += char_len ((guchar) t[p]))
    if ((n = word_at (t, p, e, &name_anchors)) != 0 && word_at (t, p, e, &not_anchors) == 0)
      s = p + n;
  for (guint i = 0; scopes[i] != NULL; i++)
    {
      const char *w = find_last_word (t, s, e, scopes[i]);

      if (w != NULL)
        s = (gsize) (w - t) + strlen (scopes[i]);
    }
  trim_spaces (t, &s, &e);
  if (word_before (t, s, e, &topic_endings) == 0 || n_chars (t, s, e, 16) < 4 ||
      n_chars (t, s, e, 16) > 12 || contains (t, s, e, "法") || !law_name_ok (t, s, e))
    return FALSE;
  *law = (Range) { s, e };
  return TRUE;
}

/* Law inspection: the laws in the clause, else in the clause before or
 * after it in the same sentence when that one speaks of their
 * implementation */
static void
do_law_inspection (Scan    *scan,
                   gsize    cs,
                   gsize    ce,
                   gsize    ss,
                   gsize    se,
                   gboolean named_inspection,
                   guint    topic,
                   gboolean planned)
{
  const char *t = scan->t;
  gsize span_s = cs, span_e = ce;

  g_array_set_size (scan->names, 0);
  find_law_names (scan->text, cs, ce, scan->names);

  if (scan->names->len == 0 && named_inspection)
    {
      gsize ps, pe, d;
      Range law;

      /* the law named by its topic: 大气污染防治 → 大气污染防治法, no
       * slice of the text */
      if (law_topic (t, cs, ce, &law))
        {
          Candidate *c;

          if (!topic_allows (OVERSIGHT_LAW_INSPECTION, topic, TRUE))
            return;
          add_candidate (scan, OVERSIGHT_LAW_INSPECTION, cs, ce, ss, &law, 1, planned);
          c = &g_array_index (scan->candidates, Candidate, scan->candidates->len - 1);
          g_string_append (scan->subjects, "法");
          c->subject_len += strlen ("法");
          c->subject_at = G_MAXSIZE;
          return;
        }

      /* the clause before: 围绕《A》《B》实施情况，开展执法检查 */
      if (cs > ss)
        {
          gsize q = text_prev_char (t, ss, cs);

          clause_bounds (scan->text, q, &ps, &pe);
          ps = MAX (ps, ss);
          /* (not an inspection of its own: 对A开展执法检查，开展…执法检查) */
          if (pe <= cs && !contains (t, ps, pe, "执法检查") &&
              (contains (t, ps, pe, "实施情况") || contains (t, ps, pe, "执行情况") ||
               contains (t, ps, pe, "贯彻实施") || contains (t, ps, pe, "检查")))
            {
              find_law_names (scan->text, ps, pe, scan->names);
              if (scan->names->len > 0)
                span_s = ps;
            }
        }
      /* the clause after: 开展执法检查，重点检查《A》的实施情况; or the
       * list after a colon: 执法检查对象：《A》《B》 */
      if (scan->names->len == 0 && ce < se && (d = clause_delim_at (t, ce, se)) != 0)
        {
          gboolean colon = text_word_at (t, ce, se, "：") || t[ce] == ':';

          clause_bounds (scan->text, ce + d, &ps, &pe);
          pe = MIN (pe, se);
          if (colon || contains (t, ps, pe, "实施情况") || contains (t, ps, pe, "执行情况") ||
              contains (t, ps, pe, "贯彻实施") || contains (t, ps, pe, "检查"))
            {
              find_law_names (scan->text, ps, pe, scan->names);
              if (scan->names->len > 0)
                span_e = pe;
            }
        }
    }

  if (scan->names->len > 0)
    {
      if (topic_allows (OVERSIGHT_LAW_INSPECTION, topic, TRUE))
        add_candidate (scan, OVERSIGHT_LAW_INSPECTION, span_s, span_e, ss,
                       (const Range *) scan->names->data, scan->names->len, planned);
    }
  else if (named_inspection && topic_allows (OVERSIGHT_LAW_INSPECTION, topic, FALSE))
    add_candidate (scan, OVERSIGHT_LAW_INSPECTION, cs, ce, ss, NULL, 0, planned);
}

static const char * const list_joiners_words[] = { "以及", "、", "和", "及", "与", NULL };
static WordList list_joiners = { .words = list_joiners_words };

/* The kinds of bills deliberated */
static const char * const bill_words_words[] = { "议案", "法律案", "法规案", "决定案", "法案", NULL };
static WordList bill_words = { .words = bill_words_words };

static void
do_work_reports (Scan    *scan,
                 guint    first,
                 guint    last,
                 gsize    cs,
                 gsize    ce,
                 gsize    ss,
                 guint    topic,
                 gboolean planned)
{
  const char *t = scan->t;
  gsize seg = G_MAXSIZE;

  for (guint i = first; i < last; i++)
    {
      const Hit *h = &scan->hits[i];
      gsize s, e;
      Range subject;
      gboolean ok;

      if (h->role == R_TINGQU)
        {
          seg = h->end;
          continue;
        }
      if (h->role != R_BAOGAO || seg == G_MAXSIZE)
        continue;

      s = seg;
      e = h->start;
      seg = h->end;
      trim_spaces (t, &s, &e);
      /* 审议法律案、决定案和报告等63项: 报告 is one of the kinds of
       * business deliberated, not a report heard */
      if (word_before (t, s, e, &list_joiners) != 0)
        continue;
      /* 审议议案报告98件: the bills and the reports, no report on bills */
      if (word_before (t, s, e, &bill_words) != 0)
        continue;
      ok = e > s && report_topic (t, &s, &e);
      subject = (Range) { s, e };
      if (topic_allows (OVERSIGHT_WORK_REPORT, topic, ok))
        add_candidate (scan, OVERSIGHT_WORK_REPORT, cs, ce, ss, ok ? &subject : NULL, ok ? 1 : 0,
                       planned);
    }
}

/* The subject of the last work report read in the sentence starting at
 * @ss, for a special inquiry held on it */
static const Candidate *
sentence_report (Scan  *scan,
                 gsize  ss)
{
  for (guint i = scan->candidates->len; i > 0; i--)
    {
      const Candidate *c = &g_array_index (scan->candidates, Candidate, i - 1);

      if (c->sentence != ss)
        break;
      if (c->kind == OVERSIGHT_WORK_REPORT && c->subject_len > 0)
        return c;
    }
  return NULL;
}

/* Is there a count right after a phrase ending at @p (专题询问2次,
 * 专题询问两次)? */
static gboolean
count_follows (const char *t,
               gsize       p,
               gsize       e)
{
  gsize n;

  while (p < e && is_space_at (t, p, e, &n))
    p += n;
  return p < e && (is_cn_digit_at (t, p, e, &n) || text_word_at (t, p, e, "两"));
}

/* Does the clause starting at @cs follow right after @e, the end of the
 * candidate of an earlier clause, or is @e within the clause? Only
 * spaces and one clause delimiter between them. */
static gboolean
next_clause (const char *t,
             gsize       e,
             gsize       cs)
{
  gsize n;

  if (e >= cs)
    return TRUE;
  while (e < cs && is_space_at (t, e, cs, &n))
    e += n;
  if (e < cs && (n = clause_delim_at (t, e, cs)) != 0)
    e += n;
  while (e < cs && is_space_at (t, e, cs, &n))
    e += n;
  return e == cs;
}

/* A 决定 or 决议 made on what the committee oversaw, not on people */
static gboolean
decision_is_oversight (const char *t,
                       gsize       cs,
                       gsize       ce,
                       gsize       de)
{
  static const char * const after_verb_words[] = {
    "任命", "免去", "召开", "接受", "批准", "任免", "撤销", "由", NULL
  };
  static WordList after_verb = { .words = after_verb_words };
  static const char * const personnel[] = {
    "任免", "任命", "辞职", "罢免", "人事", "选举", NULL
  };

  if (word_at (t, de, ce, &after_verb) != 0)
    return FALSE;
  for (guint i = 0; personnel[i] != NULL; i++)
    if (contains (t, cs, ce, personnel[i]))
      return FALSE;
  return TRUE;
}

/* Does the subject [s, e) of a 决定 say that laws were passed with it
 * (通过法律和有关法律问题的决定21件, 通过地方性法规和法规问题的决定):
 * legislation's count, not a decision on what was overseen? */
static gboolean
passes_laws (const char *t,
             gsize       s,
             gsize       e)
{
  static const char * const laws_words[] = { "地方性法规", "法律", "法规", NULL };
  static WordList laws = { .words = laws_words };
  gsize n;

  if (contains (t, s, e, "法律问题") || contains (t, s, e, "法规问题"))
    return TRUE;
  /* 法律和…, 法规、…, or the laws alone */
  n = word_at (t, s, e, &laws);
  return n != 0 && (s + n == e || word_at (t, s + n, e, &list_joiners) != 0);
}

/* What is evaluated in a 评议 of the committee's oversight */
static const char * const evaluated_words[] = { "工作", "履职", "述职", NULL };
static WordList evaluated = { .words = evaluated_words };

static void
do_clause (Scan  *scan,
           guint  first,
           guint  last,
           gsize  cs,
           gsize  ce)
{
  const char *t = scan->t;
  gsize ss, se;
  guint topic_bits, topic;
  gboolean planned;
  gboolean zfjc, jiancha, shishi, wenjian;
  guint roles;

  scan->first = first;
  scan->last = last;
  /* clauses of one sentence come one after another */
  if (cs >= scan->sentence_start && cs < scan->sentence_end)
    {
      ss = scan->sentence_start;
      se = scan->sentence_end;
    }
  else
    {
      sentence_bounds (scan->text, scan->hits[first].start, &ss, &se);
      scan->sentence_start = ss;
      scan->sentence_end = se;
    }
  topic_bits = scan->topic_func ? scan->topic_func (clean_to_orig (scan->clean, cs), scan->user_data) : 0;
  topic = topic_bits & 0xff;
  planned = (topic_bits & OVERSIGHT_TOPIC_PLANNED) != 0;

  roles = clause_roles (scan, first, last);
  zfjc = (roles & (1u << R_ZFJC)) != 0;
  jiancha = (roles & (1u << R_JIANCHA)) != 0;
  shishi = (roles & (1u << R_SHISHI)) != 0;
  wenjian = (roles & (1u << R_WENJIAN)) != 0;

  if (zfjc || (jiancha && shishi))
    do_law_inspection (scan, cs, ce, ss, se, zfjc, topic, planned);

  if ((roles & (1u << R_TINGQU)) && (roles & (1u << R_BAOGAO)))
    do_work_reports (scan, first, last, cs, ce, ss, topic, planned);

  for (guint i = first; i < last; i++)
    {
      const Hit *h = &scan->hits[i];
      OversightKind kind;
      gsize s = 0, e = 0, ps = h->start;
      gboolean has_subject;
      Range subject;

      switch (h->role)
        {
        case R_XUNWEN:
          kind = OVERSIGHT_SPECIAL_INQUIRY;
          break;
        case R_DIAOYAN:
          if (!verb_before (t, cs, h->start) && !text_word_at (t, h->end, ce, "了"))
            continue;
          kind = OVERSIGHT_INVESTIGATION;
          break;
        case R_BEIAN:
          kind = OVERSIGHT_FILING_REVIEW;
          break;
        case R_SHENCHA:
          if (!wenjian && !contains (t, cs, ce, "规章"))
            continue;
          kind = OVERSIGHT_FILING_REVIEW;
          break;
        case R_SURVEY:
          if (!verb_before (t, cs, h->start))
            continue;
          kind = OVERSIGHT_SURVEY;
          break;
        case R_MANYI:
          /* 开展满意度测评; not 满意度测评结果为… */
          if (!verb_before (t, cs, h->start))
            continue;
          kind = OVERSIGHT_SATISFACTION_SURVEY;
          break;
        case R_PINGYI:
          /* 开展工作评议, 履职评议; not 工作评议结果, 代表评议 */
          if (word_before (t, cs, h->start, &evaluated) == 0)
            continue;
          ps = h->start - strlen ("工作");
          if (!verb_before (t, cs, ps))
            continue;
          kind = OVERSIGHT_WORK_EVALUATION;
          break;
        case R_JUEYI:
        case R_JUEDING:
          {
            gsize vs = G_MAXSIZE, ve = 0, named_e = 0;

            for (guint j = first; j < i; j++)
              {
                const Hit *v = &scan->hits[j];

                if (v->role == R_ZUOCHU)
                  vs = v->start, ve = v->end, named_e = 0;
                else if ((v->role == R_JUEYI || v->role == R_JUEDING) && vs != G_MAXSIZE)
                  named_e = v->end;
              }
            if (vs == G_MAXSIZE || !decision_is_oversight (t, cs, ce, h->end))
              continue;
            /* 作出关于X的决定等决议决定9件, 作出决议决定: the words after
             * the first 决定 of the verb count the decisions, unless they
             * name another (…的决定和关于Y的决议) */
            if (named_e != 0 && !contains (t, named_e, h->start, "关于"))
              continue;
            kind = OVERSIGHT_RESOLUTION;
            /* another decision's subject starts after the one before */
            s = named_e != 0 ? named_e : ve;
            e = h->start;
            {
              const char *about = find_word (t, s, e, "关于");

              if (about != NULL)
                s = (gsize) (about - t) + strlen ("关于");
            }
            trim_lead (t, &s, e);
            skip_count (t, &s, e);
            trim_tail (t, s, &e, TRUE);
            trim_spaces (t, &s, &e);
            /* a 决定 that changes a law is legislation's, and so are
             * 法规性决定 and 法律性问题决定 (a kind of act, not a subject) */
            if (contains (t, s, e, "修改") || contains (t, s, e, "废止") ||
                contains (t, s, e, "条例") || contains (t, s, e, "授权") ||
                contains (t, s, e, "法规性") || contains (t, s, e, "法律性") ||
                passes_laws (t, s, e))
              continue;
            has_subject = !is_generic (t, s, e) && e - s <= SUBJECT_MAX &&
                          !text_word_at (t, s, e, "决议") && !text_word_at (t, s, e, "决定");
            if (!topic_allows (kind, topic, has_subject))
              continue;
            subject = (Range) { s, e };
            add_candidate (scan, kind, cs, ce, ss, has_subject ? &subject : NULL,
                           has_subject ? 1 : 0, planned);
            continue;
          }
        default:
          continue;
        }

      has_subject = phrase_subject (scan, kind, cs, ps, h->end, &s, &e);
      /* 听取审议…的报告，并开展专题询问: the inquiry was on the report
       * heard in its clause or the one just before; 开展专题询问2次 is
       * a total, whatever reports a clause before it names */
      if (!has_subject && kind == OVERSIGHT_SPECIAL_INQUIRY && !count_follows (t, h->end, ce))
        {
          const Candidate *report = sentence_report (scan, ss);

          if (report != NULL && next_clause (t, report->e, cs))
            {
              guint off = report->subject_offset, len = report->subject_len;
              Candidate c = *report;

              if (!topic_allows (kind, topic, TRUE))
                continue;
              c.kind = kind;
              c.s = cs;
              c.e = ce;
              c.subject_offset = off;
              c.subject_len = len;
              c.planned = planned;
              trim_spaces (t, &c.s, &c.e);
              g_array_append_val (scan->candidates, c);
              continue;
            }
        }
      if (!topic_allows (kind, topic, has_subject))
        continue;
      subject = (Range) { s, e };
      add_candidate (scan, kind, cs, ce, ss, has_subject ? &subject : NULL,
                     has_subject ? 1 : 0, planned);
    }
}

/* The activities kept, one per kind, plan and subject: a set of
 * candidate indices in open addressing, at most half full */
typedef struct
{
  const Candidate *candidates;
  const char      *subjects;
  guint           *slots;      /* G_MAXUINT: empty */
  guint            mask;
} KeptSet;

static void
kept_set_init (KeptSet         *set,
               const Candidate *candidates,
               guint            n_candidates,
               const char      *subjects)
{
  guint size = 16;

  while (size < 2 * n_candidates)
    size *= 2;
  set->candidates = candidates;
  set->subjects = subjects;
  set->slots = g_new (guint, size);
  memset (set->slots, 0xff, size * sizeof (guint));
  set->mask = size - 1;
}

/* Adds the candidate @i; FALSE if one of the same kind, plan and subject
 * was added before */
static gboolean
kept_set_add (KeptSet *set,
              guint    i)
{
  const Candidate *c = &set->candidates[i];
  const char *s = set->subjects + c->subject_offset;
  guint h = text_hash (s, c->subject_len, (guint) c->kind * 2u + (c->planned ? 1u : 0u));

  for (h &= set->mask; set->slots[h] != G_MAXUINT; h = (h + 1) & set->mask)
    {
      const Candidate *o = &set->candidates[set->slots[h]];

      if (o->kind == c->kind && o->planned == c->planned && o->subject_len == c->subject_len &&
          memcmp (set->subjects + o->subject_offset, s, c->subject_len) == 0)
        return FALSE;
    }
  set->slots[h] = i;
  return TRUE;
}

static gint
compare_activities (gconstpointer a,
                    gconstpointer b)
{
  const OversightActivity *x = a, *y = b;

  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  if (x->kind != y->kind)
    return x->kind < y->kind ? -1 : 1;
  /* the order found: g_array_sort () is stable */
  return 0;
}

/**
 * oversight_scan:
 * @text: UTF-8 text
 * @length: its length in bytes
 * @topic_func: (nullable): tells the section topic of a position
 * @user_data: for @topic_func
 * @activities: an array of OversightActivity to append to
 * @subjects: where the subjects are stored, ';' between the laws of one
 *   inspection (with those of the activities left out, which no activity
 *   points to)
 *
 * Finds the oversight activities of @text, one per kind and subject, in
 * text order.
 */
void
oversight_scan (const char         *text,
                gsize               length,
                OversightTopicFunc  topic_func,
                gpointer            user_data,
                GArray             *activities,
                GString            *subjects)
{
  Clean clean;
  Text marked;
  Scan scan = { 0, };
  Hits hits;
  g_autoptr(GArray) candidates = NULL;
  g_autoptr(GArray) names = NULL;
  KeptSet kept;
  guint i, base, n_kept;
  gboolean sorted = TRUE;
  gsize last_mark = 0;

  g_return_if_fail (text != NULL || length == 0);
  g_return_if_fail (activities != NULL && subjects != NULL);

  if (length == 0)
    return;

  word_starts_init ();
  clean_init (&clean, text, length);
  hits = (Hits) { NULL, 0, 64 + length / 256 };
  hits.v = g_new (Hit, hits.alloc);
  /* report text has a mark every forty bytes or so */
  marked = (Text) { clean.text, clean.len, NULL, 0, MAX (64, clean.len / 16), &last_mark };
  marked.marks = g_new (Mark, marked.n_alloc);
  scan_text (&marked, &hits);
  if (hits.len == 0)
    {
      g_free (hits.v);
      g_free (marked.marks);
      clean_clear (&clean);
      return;
    }

  candidates = g_array_sized_new (FALSE, FALSE, sizeof (Candidate), hits.len);
  names = g_array_new (FALSE, FALSE, sizeof (Range));
  scan.t = clean.text;
  scan.len = clean.len;
  scan.text = &marked;
  scan.clean = &clean;
  scan.topic_func = topic_func;
  scan.user_data = user_data;
  scan.hits = hits.v;
  scan.candidates = candidates;
  /* the subjects of all candidates, some of them kept */
  scan.subjects = subjects;
  scan.names = names;

  /* hits grouped by clause */
  i = 0;
  while (i < hits.len)
    {
      const Hit *h = &hits.v[i];
      gsize cs, ce;
      guint last = i + 1;

      clause_bounds (&marked, h->start, &cs, &ce);
      while (last < hits.len && hits.v[last].start < ce)
        last++;
      /* a phrase that reaches past the clause end (none should) */
      ce = MAX (ce, hits.v[last - 1].end);
      /* a real clause names a few activities; a run of phrases without
       * punctuation is not read past the first ones */
      do_clause (&scan, i, MIN (last, i + MAX_CLAUSE_HITS), cs, ce);
      i = last;
    }

  /* one per kind and subject: a subjectless activity only when its
   * sentence names no subject of that kind */
  kept_set_init (&kept, (const Candidate *) (gpointer) candidates->data, candidates->len,
                 subjects->str);
  base = activities->len;
  n_kept = 0;
  g_array_set_size (activities, base + candidates->len);
  for (i = 0; i < candidates->len; i++)
    {
      const Candidate *c = &g_array_index (candidates, Candidate, i);
      OversightActivity *a = &g_array_index (activities, OversightActivity, base + n_kept);
      gboolean dropped = FALSE;

      /* the candidates of one sentence are next to one another */
      if (c->subject_len == 0)
        {
          guint j = i;

          while (j > 0 && g_array_index (candidates, Candidate, j - 1).sentence == c->sentence)
            j--;
          for (; j < candidates->len && !dropped; j++)
            {
              const Candidate *o = &g_array_index (candidates, Candidate, j);

              if (o->sentence != c->sentence)
                break;
              dropped = o->kind == c->kind && o->subject_len > 0;
            }
        }
      if (dropped)
        continue;
      if (!kept_set_add (&kept, i))
        continue;

      a->start = clean_to_orig (&clean, c->s);
      a->end = c->e > c->s ? clean_to_orig (&clean, c->e - 1) + 1 : a->start;
      /* the last byte of a character maps inside its segment */
      a->kind = c->kind;
      a->planned = c->planned;
      a->n_subjects = c->n_subjects;
      a->subject_offset = c->subject_offset;
      a->subject_len = c->subject_len;
      a->subject_start = G_MAXSIZE;
      if (c->subject_at != G_MAXSIZE && c->subject_len > 0)
        {
          gsize at = clean_to_orig (&clean, c->subject_at);

          /* not across a page break joined */
          if (clean_to_orig (&clean, c->subject_at + c->subject_len - 1) + 1 - at == c->subject_len)
            a->subject_start = at;
        }
      if (n_kept > 0 && compare_activities (a - 1, a) > 0)
        sorted = FALSE;
      n_kept++;
    }
  g_array_set_size (activities, base + n_kept);

  /* they mostly come in order already */
  if (base > 0 || !sorted)
    g_array_sort (activities, compare_activities);
  g_free (kept.slots);
  g_free (hits.v);
  g_free (marked.marks);
  clean_clear (&clean);
}

const char *
oversight_kind_to_string (OversightKind kind)
{
  static const char * const names[] = {
    "law_inspection", "work_report", "special_inquiry", "investigation",
    "filing_review", "survey", "resolution", "work_evaluation", "satisfaction_survey",
  };

  G_STATIC_ASSERT (G_N_ELEMENTS (names) == OVERSIGHT_N_KINDS);

  g_return_val_if_fail (kind < OVERSIGHT_N_KINDS, NULL);
  return names[kind];
}

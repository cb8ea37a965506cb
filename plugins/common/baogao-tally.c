/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/* The tally engine: decides, for every `quantity` of a document, which
 * domain and measure it is a tally of (see baogao-tally.h), and writes the
 * `<domain>.tally` annotations of one domain.
 *
 * The cues of all domains' rules are compiled into one Aho–Corasick
 * matcher and, for each keyword, the rule groups it stands for: when the
 * plugins are built (tally-tables-data.c, see baogao-tally.h), or else
 * once per process, only when a count has to be decided. For each
 * count the engine finds its two windows — the clause text before it (back
 * to a clause delimiter, the sentence start or the previous count) and
 * after it (up to a delimiter, the sentence end or the next count), split
 * between the items of a list — reads the cues in each, and collects for
 * every rule which of its cue groups occurred; the groups marked `^`, `<`
 * and `$` are also looked for in the clause head, the sentence's first
 * clause and the clause after the last count of the list.
 *
 * Deciding goes in three passes. First every count's windows are found
 * (CountWindows: plain text work, no cues). Then the text they cover is
 * scanned once: the windows of the counts of one clause touch or overlap,
 * so their stretches are merged and each scanned once, all cues kept in
 * one array. A window lies inside a stretch, so its cues are the kept ones
 * inside it, in the matcher's order (by end, longest first): the same as
 * scanning the window alone. The sentences' first clauses, which only the
 * few keywords of `<` groups are read in, are searched for those words
 * alone, into an array of their own in the same order (or, when they are
 * many, scanned with the rest). Last, each count reads its windows' cues
 * from those arrays.
 *
 * Each keyword lists, for each kind of window (ScanMode), the rule cue
 * groups it stands for there, so that reading a cue touches only the rules
 * it can speak for. A rule is noted complete when its last group is
 * found; only the complete ones are candidates. Except words are not
 * applied rule by rule: a count notes which keywords its own windows hold,
 * and a complete rule looks its except words up there.
 * Nothing is allocated per count: the per-rule state is one array per
 * thread, kept from one document to the next and made stale by a
 * generation number.
 *
 * Each domain analyzer is its own module with its own copy of this
 * library, and they run in parallel over the same document. The first one
 * to ask decides every count of the document and attaches the decisions to
 * it (object data named after a fingerprint of the rule tables, so that
 * only modules built from the same rules share them); the others wait for
 * it and only write their own domain's tallies, of the quantities the
 * decisions keep. The decisions are redone when the document's
 * annotations have changed since.
 */

#include "baogao-tally.h"
#include "text-words.h"

#include <stdlib.h>
#include <string.h>

/* The clause searches use SSE2 where the compiler targets it (all of
 * x86-64), plain C elsewhere; TALLY_SCALAR_ONLY forces the plain C, for
 * the tests. */
#if defined(__SSE2__) && !defined(TALLY_SCALAR_ONLY)
#define TALLY_USE_SSE2 1
#include <emmintrin.h>
#endif

#ifndef TALLY_HAVE_POLITICAL
#define TALLY_HAVE_POLITICAL 1
#endif
#ifndef TALLY_HAVE_LEGISLATION
#define TALLY_HAVE_LEGISLATION 1
#endif
#ifndef TALLY_HAVE_OVERSIGHT
#define TALLY_HAVE_OVERSIGHT 1
#endif
#ifndef TALLY_HAVE_REPRESENTATION
#define TALLY_HAVE_REPRESENTATION 1
#endif
#ifndef TALLY_HAVE_SELF_BUILDING
#define TALLY_HAVE_SELF_BUILDING 1
#endif

/* How far the windows reach at most, in bytes, when no delimiter,
 * sentence bound or other count comes first: some 50 characters before
 * the count, 30 after. */
#define WINDOW_BEFORE 150
/* …or after a list of names closed by 等 (see closes_list_of_names()) */
#define WINDOW_BEFORE_LIST 600
#define WINDOW_AFTER 90
/* …after an object brought before its verb with 将 or 把 */
#define WINDOW_AFTER_FRONTED 180

/* How long a sentence may be (bytes) for its counts to lend their
 * domain to its later ones (see decide()) */
#define LENDING_SENTENCE (400 * 3)

/* How far back the head of a count's sentence may be for `<` groups:
 * some 200 characters. */
#define SUBJECT_REACH 600
/* The longest lead-in sentence that may open a paragraph before its time
 * frame (建议办理提质增效。五年来，…), bytes */
#define PARAGRAPH_LEAD_IN (12 * 3)
/* …and before the year reported, said so (本届最后一年，监督工作力度不
 * 减。2022年，…): some 20 characters */
#define YEAR_LEAD_IN (20 * 3)
/* How far into a since clause or a span of years (2010年至2011年) the year
 * reported named is the clause's own, bytes */
#define SPAN_HEAD (12 * 3)

/* The most cue hits a thread's decider keeps room for between
 * documents (the corpus report has about a thousand). */
#define DECIDER_HITS_KEPT (64 * 1024)

/* The longest first clause of a sentence that only says when (今年，
 * 二〇二五年，下一步，): some 6 characters. */
#define SHORT_CLAUSE 18
/* How far a list's item may be from the item before it (bytes): 、专题询问 */
#define LIST_ITEM_REACH (16 * 3)
/* …or one of an occasion, some 24 characters (省十三届人大五次会议期间) */
#define OCCASION_CLAUSE (24 * 3)

/* The longest first clause of a sentence, without a count, that only
 * says what its work served: some 18 characters. */
#define LEAD_IN_CLAUSE 54

/* The longest first clause that only names the domain its sentence is
 * about (常委会着力加强自身建设，…): some 12 characters. */
#define SHORT_LEAD_CLAUSE (12 * 3)

/* The longest words before a count that make its clause elliptic, said
 * after the clause that names what it counts: some 6 characters. */
#define ELLIPTIC_CLAUSE 18
/* The longest clause naming the system a count's work follows, 坚持“第
 * 一议题”制度 */
#define SYSTEM_CLAUSE (16 * 3)

/* How far into an aside after a total its counts may be (bytes): some
 * 60 characters, (含市十七届人大常委会第四十二次会议通过1件). */
#define ASIDE_REACH (60 * 3)

/* Cue groups per side of a rule. */
#define MAX_GROUPS 8

/* What a document's counts were decided to be, shared by the domain
 * analyzers of one run (see get_decisions()). */
#define NO_RULE G_MAXUINT

typedef enum
{
  CUE_BEFORE,
  CUE_AFTER,
  CUE_EXCEPT,
} CueSide;

/* What part of the text around a count is being read. */
typedef enum
{
  SCAN_BEFORE,   /* the count's own window before it: every before cue (and except word) */
  SCAN_AFTER,    /* its own window after it: every after cue (and except word) */
  SCAN_HEAD,     /* the clause head, before the previous count: `^` and `<` groups */
  SCAN_SUBJECT,  /* the sentence's first clause: `<` groups */
  SCAN_TAIL,     /* after the last count of the count's list: `$` groups */
  N_SCAN_MODES,
} ScanMode;

/* One use of a keyword: in which rule, and which of its cue groups
 * (its bit in RuleState.found): before group g is slot g, after group g
 * slot MAX_GROUPS + g; and the rule's CompiledRule.need, at hand. */
typedef TallyCueUse CueUse;

/* A keyword of the `<` groups, looked for in subjects by its bytes. */
typedef TallySubjectWord SubjectWord;

/* The most such keywords looked for one by one: beyond that, scanning
 * the subjects with the matcher is cheaper. */
#define MAX_SUBJECT_WORDS TALLY_MAX_SUBJECT_WORDS

G_STATIC_ASSERT (N_SCAN_MODES == TALLY_N_SCAN_MODES);

typedef struct
{
  const TallyRule *rule;
  guint            domain;       /* index into tables.domains */
  guint8           n_before;
  guint8           n_after;
  guint16          need;         /* RuleState.found when every group is */
  guint            n_units;      /* 0: any */
  /* its one cue group says it plainly: every word of it is four
   * characters or more (执法检查, 专题询问); see candidate() */
  gboolean         plain;
  /* a group of its cues may be read in the sentence's subject (`<`) */
  gboolean         reads_subject;
} CompiledRule;

typedef struct
{
  const TallyDomain *domains[5];
  guint              n_domains;
  CompiledRule      *rules;
  guint              n_rules;
  /* keyword id → its uses when read in each mode: those of keyword k in
   * mode m are uses[m][use_start[m][k]] to uses[m][use_start[m][k + 1]],
   * in table order */
  const guint       *use_start[N_SCAN_MODES];   /* n_keywords + 1 entries */
  const CueUse      *uses[N_SCAN_MODES];
  guint              n_keywords;
  const guint8      *keyword_len;               /* capped at 255 */
  /* the except words of rule r: except_keywords[except_start[r]] to
   * except_keywords[except_start[r + 1]] */
  const guint       *except_start;
  const guint       *except_keywords;
  BaogaoMatcher     *matcher;
  /* names the tables, for sharing decisions between analyzers built
   * from the same rules */
  GQuark             cache_key;
  char              *cache_key_string;
  /* "<domain>.tally", interned: a layer may remember a type string by
   * its address, which a freed and reallocated string would reuse */
  const char        *tally_types[5];
  /* the keywords read in a sentence's subject (the `<` groups' ones):
   * few, so found there one by one rather than by scanning the
   * subjects with the matcher (see compile_subject_words()); unless
   * they are too many for that, and the subjects are scanned */
  gboolean           subjects_by_word;
  SubjectWord        subject_words[MAX_SUBJECT_WORDS];
  guint              n_subject_words;
} Tables;

/* Per-rule state while deciding one count; valid when `generation` is
 * the count's. */
typedef struct
{
  guint   generation;
  guint   touch;         /* how many rules the count's cues touched before */
  guint16 found;         /* the groups found, by CueUse slot */
  guint   cue_len;       /* sum over groups of the longest cue found */
  guint8  group_len[2 * MAX_GROUPS];   /* valid for the groups found */
  gsize   first_start;   /* earliest cue before the count */
  gsize   last_end;      /* latest end of a cue after the count */
  gsize   distance;      /* smallest distance of a cue to the count */
  /* a group was found only at the clause head, before the previous
   * count: borrowed from an earlier item of the count's list */
  gboolean borrowed;
} RuleState;

/* A cue found in the text. */
typedef struct
{
  gsize start;
  gsize end;
  guint keyword;
} CueHit;

/* Where a count reads its cues: [w_start, q_start) and [q_end, w_end)
 * are its own windows, [h_start, w_start) the head of its clause, then
 * its sentence's first clause and the rest of its list's clause, when
 * not empty. */
typedef struct
{
  gboolean skip;            /* a plan, or no count at all */
  gboolean each;            /* said for each item of a list before it (各) */
  int      section_domain;  /* see topic_domain() */
  guint8   period;          /* see Period */
  /* whether @period is said in the count's sentence, not by its
   * paragraph or the part it is in */
  gboolean period_said;
  /* whether @period is multi_year because the sentence opens with 截至 or
   * 迄今 (see TallyDomain's statuses) */
  gboolean period_to_date;
  gsize    q_start;
  gsize    q_end;
  gsize    h_start;
  gsize    e_start;         /* before @h_start: the clause before an elliptic one */
  /* before @w_start: the clause naming the topic of a count said as "the
   * ones V-ed number N" (see topic_counts), read when the count's own
   * words decide nothing; G_MAXSIZE when there is none */
  gsize    topic_start;
  gsize    w_start;
  gsize    w_end;
  gsize    subject_start;
  gsize    subject_end;
  /* where the subject's own clause starts, past the clauses before it
   * that only say when or what for (一年来，; 在脱贫攻坚中，) */
  gsize    subject_clause;
  /* where the count's sentence starts (G_MAXSIZE: in none) */
  gsize    sentence_start;
  gsize    tail_start;
  gsize    tail_end;
  /* the total whose part the count names in an aside after it
   * (G_MAXUINT: none; see in_subset_aside()) */
  guint    aside_total;
  /* where the window before the count ends: @q_start, or the end of
   * its item in a list said with 分别 (see split_respective_lists()),
   * whose shared words before and after the items are read too */
  gsize    own_end;
  gsize    prefix_start;
  gsize    prefix_end;
  gsize    suffix_start;
  gsize    suffix_end;
  /* the verb said once after 分别 for every item of the list
   * (对规章、规范性文件分别审查40件、17件: 审查) */
  gsize    verb_start;
  gsize    verb_end;
} CountWindows;

/* A stretch of text to scan for cues. */
typedef struct
{
  gsize start;
  gsize end;
} Stretch;

/* Deciding the counts of a document. One per thread, kept from one
 * document to the next: the rule states stay stale by their generation
 * number, which goes on. */
typedef struct
{
  const Tables *tables;
  const char   *text;
  /* every cue of the stretches the counts read, by end, then longest
   * first (the matcher's order) */
  CueHit       *hits;
  guint         n_hits;
  guint         hits_size;
  gsize         scan_base;     /* where the current scan starts */
  RuleState    *state;
  guint         n_touched;   /* the rules the count's cues touched */
  guint        *complete;    /* those with every cue group found */
  guint         n_complete;
  guint        *seen;        /* by keyword: the generation that last read it
                              * in a count's own windows */
  guint         generation;
  gsize         q_start;     /* the count */
  gsize         q_end;
  /* when the tables have subject words: their occurrences in the
   * subjects the counts read, in the matcher's order */
  CueHit       *subject_hits;
  guint         n_subject_hits;
  guint         subject_hits_size;
} Decider;

#define FNV_PRIME  G_GUINT64_CONSTANT (0x100000001b3)
#define BYTES_ONE  G_GUINT64_CONSTANT (0x0101010101010101)
#define BYTES_LOW7 G_GUINT64_CONSTANT (0x7f7f7f7f7f7f7f7f)

/* How many bytes of @word equal the byte @pattern repeats (exactly: no
 * borrow runs from one byte into the next). */
static inline guint
count_bytes (guint64 word,
             guint64 pattern)
{
  guint64 x = word ^ pattern;
  /* the top bit of each byte of x that is zero */
  guint64 zero = ~(((x & BYTES_LOW7) + BYTES_LOW7) | x | BYTES_LOW7);

  return (guint) (((zero >> 7) * BYTES_ONE) >> 56);
}

/* FNV-1a over the rule strings, separated by their lengths, eight bytes
 * at a time: the strings run to tens of kilobytes, and every module reads
 * them all. The last bytes of a string of eight or more are read as the
 * word that ends it, shifted to drop what the previous words held (the
 * words are read little-endian, the same on every host); a shorter one
 * byte by byte. When @n_items is not %NULL, sets it to the number of
 * @separator-separated items of @s (0 when it is %NULL or empty),
 * counted in the same words. */
G_ALWAYS_INLINE static inline guint64
fingerprint_add (guint64     h,
                 const char *s,
                 char        separator,
                 guint      *n_items)
{
  guint64 pattern = BYTES_ONE * (guchar) separator;
  guint n_separators = 0;
  gsize length = 0;

  if (s != NULL)
    {
      gsize n = length = strlen (s);

      if (n < sizeof (guint64))
        {
          guint64 word = 0;

          for (gsize i = 0; i < n; i++)
            word |= (guint64) (guchar) s[i] << (8 * i);
          if (n_items != NULL)
            n_separators += count_bytes (word, pattern);
          h = (h ^ word) * FNV_PRIME;
        }
      else
        {
          const char *last = s + n - sizeof (guint64);
          guint64 word;

          for (; n >= sizeof (guint64); s += sizeof (guint64), n -= sizeof (guint64))
            {
              memcpy (&word, s, sizeof word);
              word = GUINT64_FROM_LE (word);
              if (n_items != NULL)
                n_separators += count_bytes (word, pattern);
              h = (h ^ word) * FNV_PRIME;
            }
          if (n > 0)
            {
              /* the high bytes are the n last ones; the zeros shifted in
               * are no separator, @separator is not NUL */
              memcpy (&word, last, sizeof word);
              word = GUINT64_FROM_LE (word) >> (8 * (sizeof (guint64) - n));
              if (n_items != NULL)
                n_separators += count_bytes (word, pattern);
              h = (h ^ word) * FNV_PRIME;
            }
        }
    }
  if (n_items != NULL)
    *n_items = length == 0 ? 0 : n_separators + 1;
  return (h ^ (length + 0x1f)) * FNV_PRIME;
}

static guint
clamp_groups (guint       n,
              const char *domain,
              const char *measure)
{
  if (n > MAX_GROUPS)
    {
      g_critical ("tally rule %s.%s has more than %d cue groups", domain, measure, MAX_GROUPS);
      n = MAX_GROUPS;
    }
  return n;
}

static Tables tables;

/* The domains whose rules are linked in, and their tally types. */
static void
init_domains (Tables *t)
{
  const TallyDomain *all[] = {
#if TALLY_HAVE_POLITICAL
    &tally_domain_political,
#endif
#if TALLY_HAVE_LEGISLATION
    &tally_domain_legislation,
#endif
#if TALLY_HAVE_OVERSIGHT
    &tally_domain_oversight,
#endif
#if TALLY_HAVE_REPRESENTATION
    &tally_domain_representation,
#endif
#if TALLY_HAVE_SELF_BUILDING
    &tally_domain_self_building,
#endif
    NULL,
  };

  for (guint d = 0; all[d] != NULL; d++)
    {
      gsize len = strlen (all[d]->domain);
      char buffer[64];
      g_autofree char *copy = NULL;
      char *type = len + sizeof ".tally" <= sizeof buffer ?
                   buffer : (copy = g_malloc (len + sizeof ".tally"));

      memcpy (type, all[d]->domain, len);
      memcpy (type + len, ".tally", sizeof ".tally");
      t->tally_types[t->n_domains] = g_intern_string (type);
      t->domains[t->n_domains] = all[d];
      t->n_rules += all[d]->n_rules;
      t->n_domains++;
    }

  /* a CueUse names its rule in 16 bits */
  g_assert (t->n_rules <= G_MAXUINT16);
  /* every field is set below (clearing a few pages costs more than
   * filling them) */
  t->rules = g_new (CompiledRule, MAX (t->n_rules, 1));
}

/* Does @rule, of @n_groups cue groups, say its measure plainly: one
 * group, every word of it four characters or more (执法检查, 专题询问)?
 * See candidate(). */
static gboolean
says_plainly (const TallyRule *rule,
              guint            n_groups)
{
  const char *group = rule->cues != NULL ? rule->cues : rule->after;

  if (n_groups != 1 || group == NULL)
    return FALSE;
  group += strspn (group, "^<$");
  while (*group != '\0')
    {
      gsize len = strcspn (group, "|");

      if (g_utf8_strlen (group, (gssize) len) < 4)
        return FALSE;
      group += len;
      group += *group == '|';
    }
  return TRUE;
}

/* Sets the rules of @t, after init_domains(), from @info (one per rule),
 * or to no groups and any unit when it is %NULL. */
static void
set_rules (Tables              *t,
           const TallyRuleInfo *info)
{
  static const TallyRuleInfo none = { 0 };
  CompiledRule *compiled = t->rules;

  for (guint d = 0; d < t->n_domains; d++)
    {
      const TallyRule *rule = t->domains[d]->rules;
      const TallyRule *rules_end = rule + t->domains[d]->n_rules;

      for (; rule < rules_end; rule++, compiled++)
        {
          const TallyRuleInfo *from = info != NULL ? info++ : &none;

          compiled->rule = rule;
          compiled->domain = d;
          compiled->n_before = from->n_before;
          compiled->n_after = from->n_after;
          compiled->need = from->need;
          compiled->n_units = from->n_units;
          compiled->plain = says_plainly (rule, compiled->n_before + compiled->n_after);
          compiled->reads_subject = rule->cues != NULL && strchr (rule->cues, '<') != NULL;
        }
    }
}

/* Compiles the rules of @t, after init_domains(): their groups and
 * units, and the fingerprint that names them. */
static void
compile_rules (Tables *t)
{
  guint64 fingerprint = G_GUINT64_CONSTANT (0xcbf29ce484222325);

  for (guint d = 0, r = 0; d < t->n_domains; d++)
    {
      const TallyDomain *domain = t->domains[d];

      /* the domain's names once, then its rules */
      fingerprint = fingerprint_add (fingerprint, domain->domain, 0, NULL);
      fingerprint = fingerprint_add (fingerprint, domain->topic, 0, NULL);
      fingerprint = (fingerprint ^ domain->n_rules) * FNV_PRIME;
      for (guint i = 0; i < domain->n_rules; i++, r++)
        {
          const TallyRule *rule = &domain->rules[i];
          CompiledRule *compiled = &t->rules[r];
          guint n_before, n_after, n_units;

          fingerprint = fingerprint_add (fingerprint, rule->measure, 0, NULL);
          fingerprint = fingerprint_add (fingerprint, rule->cues, '&', &n_before);
          fingerprint = fingerprint_add (fingerprint, rule->units, '|', &n_units);
          fingerprint = fingerprint_add (fingerprint, rule->scope, 0, NULL);
          fingerprint = (fingerprint ^ (rule->anywhere ? 2 : 1)) * FNV_PRIME;
          fingerprint = fingerprint_add (fingerprint, rule->after, '&', &n_after);
          fingerprint = fingerprint_add (fingerprint, rule->except, 0, NULL);
          compiled->n_before = clamp_groups (n_before, domain->domain, rule->measure);
          compiled->n_after = clamp_groups (n_after, domain->domain, rule->measure);
          compiled->need = ((1u << compiled->n_before) - 1) |
                           ((1u << compiled->n_after) - 1) << MAX_GROUPS;
          compiled->n_units = n_units;
          compiled->plain = says_plainly (rule, compiled->n_before + compiled->n_after);
          compiled->reads_subject = rule->cues != NULL && strchr (rule->cues, '<') != NULL;
        }
    }

  t->cache_key_string = g_strdup_printf ("baogao-tally-decisions-%u-%016" G_GINT64_MODIFIER "x",
                                         t->n_rules, fingerprint);
}

/* Does tally_tables_data hold the compiled form of the rules of @t,
 * after init_domains()? It was compiled from the same rule tables as
 * the ones linked with it, unless it holds nothing: the counts tell. */
static gboolean
tables_data_usable (const Tables *t)
{
  const TallyTablesData *data = &tally_tables_data;

  if (data->n_rules == 0 || data->n_rules != t->n_rules || data->n_domains != t->n_domains)
    return FALSE;
  for (guint d = 0; d < t->n_domains; d++)
    if (data->domain_rules[d] != t->domains[d]->n_rules)
      return FALSE;
  return TRUE;
}

/* The rule tables, without their cues: cheap, and all that an analyzer
 * needs when another one already decided the document's counts. */
static const Tables *
get_tables (void)
{
  static gsize once = 0;

  if (g_once_init_enter (&once))
    {
      init_domains (&tables);
      if (tables_data_usable (&tables))
        {
          /* compiled with the plugins */
          set_rules (&tables, tally_tables_data.rules);
          tables.cache_key = g_quark_from_string (tally_tables_data.cache_key);
        }
      else
        {
          set_rules (&tables, NULL);
          compile_rules (&tables);
          tables.cache_key = g_quark_from_string (tables.cache_key_string);
        }

      g_once_init_leave (&once, 1);
    }

  return &tables;
}

/* A keyword of a cue group, while compiling: its id, the use, and the
 * modes that read it (bits of ScanMode). */
typedef struct
{
  guint  keyword;
  CueUse use;
  guint  modes;
} ParsedUse;

/* A keyword while compiling: a slice of the rule strings, which are
 * static, so it is not copied. */
typedef struct
{
  const char *word;
  gsize       len;
  guint       hash;
} ParsedKeyword;

/* Compiling runs once per process, but at its start, on some 2,500
 * alternatives: the keywords are told apart by a small open-addressing
 * hash table over the slices, and the arrays grow by hand, so that
 * nothing is allocated or copied per alternative. */
typedef struct
{
  ParsedKeyword *keywords;      /* by id */
  guint          n_keywords;
  guint          keywords_size;
  guint         *slots;         /* keyword id + 1, 0 when empty */
  guint          n_slots;       /* a power of two, over twice n_keywords */
  ParsedUse     *uses;
  guint          n_uses;
  guint          uses_size;
  guint         *except_ids;    /* keyword ids, rule after rule */
  guint          n_except_ids;
  guint          except_ids_size;
  BaogaoMatcher *matcher;       /* the keywords are added to it, if any */
  const Tables  *tables;        /* whose rules are parsed */
} CueParser;

/* Makes room for one more element of @element_size bytes in @array,
 * which holds @n of *@size: returns the array, moved if it had to grow. */
static gpointer
make_room (gpointer  array,
           guint     n,
           guint    *size,
           gsize     element_size)
{
  if (n < *size)
    return array;
  *size = MAX (256, *size * 2);
  return g_realloc_n (array, *size, element_size);
}

/* FNV-1a */
static guint
slice_hash (const char *word,
            gsize       len)
{
  guint h = 2166136261u;

  for (gsize i = 0; i < len; i++)
    h = (h ^ (guchar) word[i]) * 16777619u;
  return h;
}

/* The slot of the keyword [@word, @word + @len) with @hash: its own, or
 * the empty one where it would go. */
static guint *
keyword_slot (CueParser  *parser,
              const char *word,
              gsize       len,
              guint       hash)
{
  guint mask = parser->n_slots - 1;

  for (guint i = hash & mask;; i = (i + 1) & mask)
    {
      const ParsedKeyword *k;

      if (parser->slots[i] == 0)
        return &parser->slots[i];
      k = &parser->keywords[parser->slots[i] - 1];
      if (k->hash == hash && k->len == len && memcmp (k->word, word, len) == 0)
        return &parser->slots[i];
    }
}

/* Doubles the hash table. */
static void
grow_slots (CueParser *parser)
{
  parser->n_slots = MAX (1024, parser->n_slots * 2);
  g_free (parser->slots);
  parser->slots = g_new0 (guint, parser->n_slots);
  for (guint id = 0; id < parser->n_keywords; id++)
    {
      const ParsedKeyword *k = &parser->keywords[id];

      *keyword_slot (parser, k->word, k->len, k->hash) = id + 1;
    }
}

/* The id of the keyword [@word, @word_end), added to the matcher when
 * new. */
static guint
keyword_id (CueParser  *parser,
            const char *word,
            const char *word_end)
{
  gsize len = word_end - word;
  guint hash = slice_hash (word, len);
  guint *slot;
  ParsedKeyword *k;

  if (2 * (parser->n_keywords + 1) > parser->n_slots)
    grow_slots (parser);
  slot = keyword_slot (parser, word, len, hash);
  if (*slot != 0)
    return *slot - 1;

  parser->keywords = make_room (parser->keywords, parser->n_keywords, &parser->keywords_size,
                                sizeof (ParsedKeyword));
  k = &parser->keywords[parser->n_keywords++];
  k->word = word;
  k->len = len;
  k->hash = hash;
  *slot = parser->n_keywords;

  /* the matcher takes NUL-terminated keywords */
  if (parser->matcher != NULL)
  {
    char buffer[256];
    g_autofree char *copy = NULL;
    const char *keyword = buffer;

    if (len < sizeof buffer)
      {
        memcpy (buffer, word, len);
        buffer[len] = '\0';
      }
    else
      keyword = copy = g_strndup (word, len);
    baogao_matcher_add (parser->matcher, keyword, parser->n_keywords - 1);
  }
  return parser->n_keywords - 1;
}

/* Moves *@p to the next non-empty |-separated alternative of [*@p,
 * @end) and sets *@alternative_end; FALSE when there is none. */
static gboolean
next_alternative (const char **p,
                  const char  *end,
                  const char **alternative_end)
{
  while (*p < end)
    {
      const char *bar = memchr (*p, '|', end - *p);

      *alternative_end = bar != NULL ? bar : end;
      if (*alternative_end > *p)
        return TRUE;
      *p = *alternative_end + 1;
    }
  return FALSE;
}

/* Adds the alternatives of [@group, @group_end) as keywords of @use,
 * read in @modes. */
static void
parse_alternatives (CueParser  *parser,
                    const char *group,
                    const char *group_end,
                    CueUse      use,
                    guint       modes)
{
  const char *alternative_end;

  for (; next_alternative (&group, group_end, &alternative_end); group = alternative_end + 1)
    {
      ParsedUse parsed = { keyword_id (parser, group, alternative_end), use, modes };

      parser->uses = make_room (parser->uses, parser->n_uses, &parser->uses_size, sizeof (ParsedUse));
      parser->uses[parser->n_uses++] = parsed;
    }
}

/* Adds the cue groups of one side of rule @r. */
static void
parse_side (CueParser  *parser,
            guint       r,
            CueSide     side,
            const char *spec)
{
  const char *group = spec;

  if (spec == NULL || spec[0] == '\0')
    return;

  /* except words form one list of alternatives, kept by rule: they are
   * looked at only for the few rules that could decide a count */
  if (side == CUE_EXCEPT)
    {
      const char *end = spec + strlen (spec);
      const char *alternative_end;

      for (; next_alternative (&group, end, &alternative_end); group = alternative_end + 1)
        {
          guint id = keyword_id (parser, group, alternative_end);

          parser->except_ids = make_room (parser->except_ids, parser->n_except_ids,
                                          &parser->except_ids_size, sizeof (guint));
          parser->except_ids[parser->n_except_ids++] = id;
        }
      return;
    }

  for (guint g = 0; g < MAX_GROUPS; g++)
    {
      const char *amp = strchr (group, '&');
      const char *group_end = amp != NULL ? amp : group + strlen (group);
      CueUse use = { r, parser->tables->rules[r].need, side == CUE_BEFORE ? g : MAX_GROUPS + g };
      guint modes = side == CUE_BEFORE ? 1u << SCAN_BEFORE : 1u << SCAN_AFTER;

      /* ^: the group may also occur at the head of the clause, before the
       * previous count (我省代表团提出议案7件、建议188件: 代表团 speaks
       * for both counts) */
      if (side == CUE_BEFORE && group[0] == '^')
        {
          modes |= 1u << SCAN_HEAD;
          group++;
        }
      /* <: also at the head of the sentence (常委会党组…，开展集体学习12次:
       * the subject speaks for the count), and so at the clause head */
      else if (side == CUE_BEFORE && group[0] == '<')
        {
          modes |= 1u << SCAN_HEAD | 1u << SCAN_SUBJECT;
          group++;
        }
      /* $: also after the last count of the list (对4部法律、3部法规开展
       * 执法检查: 执法检查 speaks for 4部 too) */
      else if (side == CUE_AFTER && group[0] == '$')
        {
          modes |= 1u << SCAN_TAIL;
          group++;
        }
      parse_alternatives (parser, group, group_end, use, modes);

      if (amp == NULL)
        break;
      group = amp + 1;
    }
}

/* Parses the cues of every rule into @parser, noting where each rule's
 * except words start in @except_start (n_rules + 1 entries). */
static void
parse_rules (CueParser *parser,
             guint     *except_start)
{
  const Tables *t = parser->tables;

  for (guint r = 0; r < t->n_rules; r++)
    {
      const TallyRule *rule = t->rules[r].rule;

      parse_side (parser, r, CUE_BEFORE, rule->cues);
      parse_side (parser, r, CUE_AFTER, rule->after);
      except_start[r] = parser->n_except_ids;
      parse_side (parser, r, CUE_EXCEPT, rule->except);
    }
  except_start[t->n_rules] = parser->n_except_ids;
}

static void
cue_parser_clear (CueParser *parser)
{
  g_free (parser->uses);
  g_free (parser->keywords);
  g_free (parser->slots);
  g_free (parser->except_ids);
}

/* The matcher of the cues of every rule, each keyword with its id.
 * Called when the plugins are compiled (see matcher-data.h), and at run
 * time when the matcher built with them does not load. */
BaogaoMatcher *
tally_build_matcher (GBytes *input)
{
  CueParser parser = { 0 };
  g_autofree guint *except_start = NULL;

  parser.tables = get_tables ();
  except_start = g_new (guint, parser.tables->n_rules + 1);
  parser.matcher = baogao_matcher_new ();
  parse_rules (&parser, except_start);
  baogao_matcher_seal (parser.matcher);
  cue_parser_clear (&parser);

  return parser.matcher;
}

/* Compiles the cues of the rules of @t, after compile_rules(): the uses
 * of each keyword and the except words of each rule; and the matcher,
 * when @t has none yet. */
static void
compile_cues (Tables *t)
{
  CueParser parser = { 0 };
  guint *except_start;
  guint8 *keyword_len;

  parser.tables = t;
  if (t->matcher == NULL)
    parser.matcher = baogao_matcher_new ();
  except_start = g_new (guint, t->n_rules + 1);
  parse_rules (&parser, except_start);
  t->except_start = except_start;
  t->except_keywords = g_steal_pointer (&parser.except_ids);
  if (parser.matcher != NULL)
    {
      baogao_matcher_seal (parser.matcher);
      t->matcher = parser.matcher;
    }

  t->n_keywords = parser.n_keywords;
  keyword_len = g_new (guint8, MAX (parser.n_keywords, 1));
  for (guint k = 0; k < parser.n_keywords; k++)
    keyword_len[k] = MIN (parser.keywords[k].len, 255);
  t->keyword_len = keyword_len;

  /* the uses of each mode, grouped by keyword in table order (a
   * counting sort) */
  for (guint m = 0; m < N_SCAN_MODES; m++)
    {
      guint *start = g_new0 (guint, t->n_keywords + 2);
      CueUse *uses;

      for (guint u = 0; u < parser.n_uses; u++)
        {
          const ParsedUse *parsed = &parser.uses[u];

          if (parsed->modes & (1u << m))
            start[parsed->keyword + 2]++;
        }
      for (guint k = 2; k < t->n_keywords + 2; k++)
        start[k] += start[k - 1];
      uses = g_new (CueUse, MAX (start[t->n_keywords + 1], 1));
      for (guint u = 0; u < parser.n_uses; u++)
        {
          const ParsedUse *parsed = &parser.uses[u];

          if (parsed->modes & (1u << m))
            uses[start[parsed->keyword + 1]++] = parsed->use;
        }
      t->use_start[m] = start;
      t->uses[m] = uses;
    }

  cue_parser_clear (&parser);
}

/* Records the keyword matching the whole of a word, for
 * compile_subject_words(). */
static gboolean
whole_word_hit (gsize    byte_start,
                gsize    byte_end,
                guint    value,
                gpointer user_data)
{
  SubjectWord *word = user_data;

  if (byte_start == 0 && byte_end == word->len)
    word->keyword = value;
  return TRUE;
}

/* Finds, after compile_cues(), the keywords read in subjects: the
 * alternatives of the `<` groups, each with the id the matcher knows it
 * by. They are used only when they are exactly the keywords that have
 * uses in SCAN_SUBJECT, and few. */
static void
compile_subject_words (Tables *t)
{
  SubjectWord words[MAX_SUBJECT_WORDS];
  guint n = 0, n_used = 0;
  gboolean ok = TRUE;

  for (guint r = 0; ok && r < t->n_rules; r++)
    {
      const char *group = t->rules[r].rule->cues;

      for (guint g = 0; ok && group != NULL && g < MAX_GROUPS; g++)
        {
          const char *amp = strchr (group, '&');
          const char *group_end = amp != NULL ? amp : group + strlen (group);
          const char *alternative_end;

          if (group[0] == '<')
            for (group++; ok && next_alternative (&group, group_end, &alternative_end);
                 group = alternative_end + 1)
              {
                SubjectWord word = { group, alternative_end - group, G_MAXUINT };
                guint i;

                baogao_matcher_scan (t->matcher, word.word, word.len, BAOGAO_MATCH_ALL,
                                     whole_word_hit, &word);
                for (i = 0; i < n && words[i].keyword != word.keyword; i++)
                  ;
                if (word.keyword == G_MAXUINT || (i == n && n == MAX_SUBJECT_WORDS))
                  ok = FALSE;
                else if (i == n)
                  words[n++] = word;
              }
          group = amp != NULL ? amp + 1 : NULL;
        }
    }

  for (guint k = 0; ok && k < t->n_keywords; k++)
    if (t->use_start[SCAN_SUBJECT][k + 1] > t->use_start[SCAN_SUBJECT][k])
      {
        guint i;

        for (i = 0; i < n && words[i].keyword != k; i++)
          ;
        ok = i < n;
        n_used++;
      }

  if (ok && n_used == n)
    {
      memcpy (t->subject_words, words, n * sizeof (SubjectWord));
      t->n_subject_words = n;
      t->subjects_by_word = TRUE;
    }
}

/* Compiles the cues of every rule, once, when a count has to be decided:
 * the uses of each keyword, the subject words, and the matcher; those
 * compiled with the plugins when they are there, and the matcher built
 * with them if it loads. */
static void
ensure_cues (void)
{
  static gsize once = 0;

  if (g_once_init_enter (&once))
    {
      tables.matcher = matcher_data_load (&tally_matcher_data, NULL, 0);
      if (tables_data_usable (&tables))
        {
          const TallyTablesData *data = &tally_tables_data;

          /* the keyword ids are the matcher's: both were compiled from
           * the same rules, in the same order */
          if (tables.matcher == NULL)
            tables.matcher = tally_build_matcher (NULL);
          tables.n_keywords = data->n_keywords;
          tables.keyword_len = data->keyword_len;
          for (guint m = 0; m < N_SCAN_MODES; m++)
            {
              tables.use_start[m] = data->use_start[m];
              tables.uses[m] = data->uses[m];
            }
          tables.except_start = data->except_start;
          tables.except_keywords = data->except_keywords;
          tables.subjects_by_word = data->subjects_by_word;
          tables.n_subject_words = data->n_subject_words;
          memcpy (tables.subject_words, data->subject_words, sizeof tables.subject_words);
        }
      else
        {
          compile_cues (&tables);
          compile_subject_words (&tables);
        }

      g_once_init_leave (&once, 1);
    }
}

/* --- the tables compiled with the plugins ------------------------------ */

/* Every table of @t compiled now, as the modules do when there are no
 * tables compiled with the plugins. */
static void
compile_all (Tables *t)
{
  init_domains (t);
  set_rules (t, NULL);
  compile_rules (t);
  compile_cues (t);
  compile_subject_words (t);
}

static void
tables_clear (Tables *t)
{
  g_free (t->rules);
  for (guint m = 0; m < N_SCAN_MODES; m++)
    {
      g_free ((gpointer) t->use_start[m]);
      g_free ((gpointer) t->uses[m]);
    }
  g_free ((gpointer) t->keyword_len);
  g_free ((gpointer) t->except_start);
  g_free ((gpointer) t->except_keywords);
  g_clear_pointer (&t->matcher, baogao_matcher_unref);
  g_free (t->cache_key_string);
}

/* Appends @n guints (at least one, zero-padded: C has no empty arrays)
 * as the array @name. */
static void
append_uint_array (GString     *out,
                   const char  *type,
                   const char  *name,
                   const guint *values,
                   const guint8 *bytes,
                   gsize        n)
{
  g_string_append_printf (out, "static const %s %s[%" G_GSIZE_FORMAT "] = {",
                          type, name, MAX (n, 1));
  for (gsize i = 0; i < MAX (n, 1); i++)
    g_string_append_printf (out, "%s%u,", i % 12 == 0 ? "\n  " : " ",
                            i >= n ? 0 : values != NULL ? values[i] : bytes[i]);
  g_string_append (out, "\n};\n\n");
}

char *
tally_tables_data_to_c (void)
{
  Tables t = { 0 };
  GString *out = g_string_new ("/* Generated by tally-tables-gen from the rule tables; do not edit. */\n\n"
                               "#include \"baogao-tally.h\"\n\n");

  compile_all (&t);

  g_string_append_printf (out, "static const TallyRuleInfo rules[%u] = {\n", MAX (t.n_rules, 1));
  for (guint r = 0; r < MAX (t.n_rules, 1); r++)
    {
      CompiledRule none = { 0 };
      const CompiledRule *rule = r < t.n_rules ? &t.rules[r] : &none;

      g_string_append_printf (out, "  { %u, %u, %u, 0x%x, %u },\n", rule->domain,
                              rule->n_before, rule->n_after, rule->need, rule->n_units);
    }
  g_string_append (out, "};\n\n");
  append_uint_array (out, "guint8", "keyword_len", NULL, t.keyword_len, t.n_keywords);
  for (guint m = 0; m < N_SCAN_MODES; m++)
    {
      g_autofree char *name = g_strdup_printf ("use_start_%u", m);
      guint n_uses = t.use_start[m][t.n_keywords + 1];

      append_uint_array (out, "guint", name, t.use_start[m], NULL, t.n_keywords + 2);
      g_string_append_printf (out, "static const TallyCueUse uses_%u[%u] = {", m, MAX (n_uses, 1));
      for (guint u = 0; u < MAX (n_uses, 1); u++)
        {
          CueUse none = { 0 };
          const CueUse *use = u < n_uses ? &t.uses[m][u] : &none;

          g_string_append_printf (out, "%s{ %u, 0x%x, %u },", u % 4 == 0 ? "\n  " : " ",
                                  use->rule, use->need, use->slot);
        }
      g_string_append (out, "\n};\n\n");
    }
  append_uint_array (out, "guint", "except_start", t.except_start, NULL, t.n_rules + 1);
  append_uint_array (out, "guint", "except_keywords", t.except_keywords, NULL,
                     t.except_start[t.n_rules]);

  g_string_append_printf (out, "G_GNUC_INTERNAL const TallyTablesData tally_tables_data = {\n"
                          "  %u,\n  %u,\n  {", t.n_rules, t.n_domains);
  for (guint d = 0; d < t.n_domains; d++)
    g_string_append_printf (out, " %u,", t.domains[d]->n_rules);
  g_string_append_printf (out, " },\n  \"%s\",\n  rules,\n  %u,\n  keyword_len,\n"
                          "  { use_start_0, use_start_1, use_start_2, use_start_3, use_start_4 },\n"
                          "  { uses_0, uses_1, uses_2, uses_3, uses_4 },\n"
                          "  except_start,\n  except_keywords,\n  %s,\n  %u,\n  {\n",
                          t.cache_key_string, t.n_keywords,
                          t.subjects_by_word ? "TRUE" : "FALSE", t.n_subject_words);
  for (guint i = 0; i < t.n_subject_words; i++)
    {
      const SubjectWord *word = &t.subject_words[i];

      /* octal escapes: three digits at most, so no byte after one is
       * read as part of it */
      g_string_append (out, "    { \"");
      for (gsize b = 0; b < word->len; b++)
        g_string_append_printf (out, "\\%03o", (guchar) word->word[b]);
      g_string_append_printf (out, "\", %" G_GSIZE_FORMAT ", %u },\n", word->len, word->keyword);
    }
  g_string_append (out, "  },\n};\n");

  tables_clear (&t);
  return g_string_free (out, FALSE);
}

gboolean
tally_tables_data_check (void)
{
  const TallyTablesData *data = &tally_tables_data;
  Tables t = { 0 };
  gboolean same;

  compile_all (&t);
  same = tables_data_usable (&t) &&
         strcmp (data->cache_key, t.cache_key_string) == 0 &&
         data->n_keywords == t.n_keywords &&
         memcmp (data->keyword_len, t.keyword_len, t.n_keywords) == 0 &&
         memcmp (data->except_start, t.except_start, (t.n_rules + 1) * sizeof (guint)) == 0 &&
         memcmp (data->except_keywords, t.except_keywords,
                 t.except_start[t.n_rules] * sizeof (guint)) == 0 &&
         data->subjects_by_word == t.subjects_by_word &&
         data->n_subject_words == t.n_subject_words;
  for (guint r = 0; same && r < t.n_rules; r++)
    same = data->rules[r].domain == t.rules[r].domain &&
           data->rules[r].n_before == t.rules[r].n_before &&
           data->rules[r].n_after == t.rules[r].n_after &&
           data->rules[r].need == t.rules[r].need &&
           data->rules[r].n_units == t.rules[r].n_units;
  for (guint m = 0; same && m < N_SCAN_MODES; m++)
    {
      same = memcmp (data->use_start[m], t.use_start[m], (t.n_keywords + 2) * sizeof (guint)) == 0;
      for (guint u = 0; same && u < t.use_start[m][t.n_keywords + 1]; u++)
        same = data->uses[m][u].rule == t.uses[m][u].rule &&
               data->uses[m][u].need == t.uses[m][u].need &&
               data->uses[m][u].slot == t.uses[m][u].slot;
    }
  for (guint i = 0; same && i < t.n_subject_words; i++)
    same = data->subject_words[i].len == t.subject_words[i].len &&
           data->subject_words[i].keyword == t.subject_words[i].keyword &&
           memcmp (data->subject_words[i].word, t.subject_words[i].word, t.subject_words[i].len) == 0;

  tables_clear (&t);
  return same;
}
/* --- clauses and lists --------------------------------------------------
 *
 * The text is valid UTF-8 (documents check it), so a character's lead
 * byte gives its length, and a delimiter's bytes are never found inside
 * another character. */

/* Whether the ASCII comma at @p parts the thousands of a number (3,760名):
 * a digit before it, three after it and no fourth. The text is
 * NUL-terminated. */
static inline gboolean
thousands_comma_at (const char *text,
                    gsize       p)
{
  return p > 0 && g_ascii_isdigit (text[p - 1]) &&
         g_ascii_isdigit (text[p + 1]) && g_ascii_isdigit (text[p + 2]) &&
         g_ascii_isdigit (text[p + 3]) && !g_ascii_isdigit (text[p + 4]);
}

/* Whether the ideographic space at @p parts the items of a box of
 * figures (召开常委会会议8次　召开主任会议19次): a count ends right before
 * it and its run of spaces, its digits and at most two characters of
 * unit, and no digit follows; not a table's label and its figure (召开主
 * 任会议　　　　二十次, 接待来访群众　　约1200人次) nor its columns (286　
 * 　52.0%). The text is NUL-terminated. */
static gboolean
spaces_part_items (const char *text,
                   gsize       p)
{
  const guchar *t = (const guchar *) text;
  gsize q = p;

  while (t[q] == ' ' || (t[q] == 0xE3 && t[q + 1] == 0x80 && t[q + 2] == 0x80))
    q += t[q] == ' ' ? 1 : 3;
  if (g_ascii_isdigit (t[q]) || (t[q] == 0xEF && t[q + 1] == 0xBC && t[q + 2] >= 0x90 && t[q + 2] <= 0x99))
    return FALSE;
  while (p > 0 && (t[p - 1] == ' ' || (p >= 3 && t[p - 3] == 0xE3 && t[p - 2] == 0x80 && t[p - 1] == 0x80)))
    p -= t[p - 1] == ' ' ? 1 : 3;
  for (guint k = 0; k <= 2 && p > 0; k++)
    {
      if (g_ascii_isdigit (t[p - 1]) || t[p - 1] == '%' ||
          (p >= 3 && t[p - 3] == 0xEF && t[p - 2] == 0xBC && t[p - 1] >= 0x90 && t[p - 1] <= 0x99))
        return TRUE;
      /* (a unit: one CJK character) */
      if (p < 3 || t[p - 3] < 0xE4 || t[p - 3] > 0xE9)
        return FALSE;
      p -= 3;
    }
  return FALSE;
}

/* Is the UTF-8 character ending just before @p a clause delimiter?
 * Returns its length in bytes, or 0. The ideographic space is one where
 * it parts the items of a box of figures (see spaces_part_items ()). */
static inline guint
delimiter_before (const char *text,
                  gsize       lower,
                  gsize       p)
{
  const guchar *t = (const guchar *) text;

  if (p <= lower)
    return 0;
  switch (t[p - 1])
    {
    case ',':
      return thousands_comma_at (text, p - 1) ? 0 : 1;
    case ';': case ':': case '!': case '?':
      return 1;
    /* the last bytes of the wide ones below: look closer */
    case 0x8C: case 0x9B: case 0x9A: case 0x81: case 0x9F: case 0x82: case 0x80: case 0x91:
      break;
    default:
      return 0;
    }
  if (p - lower >= 3)
    {
      const guchar *c = t + p - 3;

      /* ，；：！？ (U+FF0C, FF1B, FF1A, FF01, FF1F), 。 (U+3002), the
       * ideographic space (U+3000) and 】 (U+3011), which closes a label
       * that opens a paragraph (【备案审查】全年接收…) */
      /* (as delimiter_at (): not a comma before 以及; the text ends with
       * a NUL) */
      if (c[0] == 0xEF && c[1] == 0xBC && c[2] == 0x8C && strncmp (text + p, "以及", strlen ("以及")) == 0)
        return 0;
      if (c[0] == 0xEF && c[1] == 0xBC &&
          (c[2] == 0x8C || c[2] == 0x9B || c[2] == 0x9A || c[2] == 0x81 || c[2] == 0x9F))
        return 3;
      if (c[0] == 0xE3 && c[1] == 0x80 &&
          (c[2] == 0x82 || c[2] == 0x91 || (c[2] == 0x80 && spaces_part_items (text, p))))
        return 3;
    }
  return 0;
}

/* Same, for the character starting at @p. */
static inline guint
delimiter_at (const char *text,
              gsize       p,
              gsize       upper)
{
  const guchar *c = (const guchar *) text + p;

  if (p >= upper)
    return 0;
  switch (c[0])
    {
    case ',':
      return thousands_comma_at (text, p) ? 0 : 1;
    /* (and the bars between a figures box's items: 常委会会议７次｜主任会议
     * １９次) */
    case ';': case ':': case '!': case '?': case '|':
      return 1;
    case 0xEF:
      /* (not a comma that goes on with the list before it: 制定《A》《B》，
       * 以及《C》等法规10件) */
      if (upper - p >= 9 && c[1] == 0xBC && c[2] == 0x8C && memcmp (c + 3, "以及", 6) == 0)
        return 0;
      if (upper - p >= 3 && c[1] == 0xBD && c[2] == 0x9C)   /* ｜ */
        return 3;
      return upper - p >= 3 && c[1] == 0xBC &&
             (c[2] == 0x8C || c[2] == 0x9B || c[2] == 0x9A || c[2] == 0x81 || c[2] == 0x9F) ? 3 : 0;
    case 0xE3:
      return upper - p >= 3 && c[1] == 0x80 &&
             (c[2] == 0x82 || c[2] == 0x91 || (c[2] == 0x80 && spaces_part_items (text, p))) ? 3 : 0;
    default:
      return 0;
    }
}

#ifdef TALLY_USE_SSE2
/* The bytes of @block that may start a clause delimiter, bit i for byte
 * i: the ASCII ones and the lead bytes of the wide ones (EF, E3). In
 * valid UTF-8 each starts a character, so the candidates of a stretch
 * are the characters the walks below would look at, sixteen bytes at a
 * time (CJK text has few of them). */
static inline guint
delimiter_leads (__m128i block)
{
  guint ascii = ~(guint) _mm_movemask_epi8 (block) & 0xffff;
  __m128i wide = _mm_or_si128 (_mm_cmpeq_epi8 (block, _mm_set1_epi8 ((char) 0xEF)),
                               _mm_cmpeq_epi8 (block, _mm_set1_epi8 ((char) 0xE3)));

  return ascii | (guint) _mm_movemask_epi8 (wide);
}
#endif

/* Where the clause going on at @p ends: at the first clause delimiter
 * from @p on, or at @upper (at most @size, the text's). */
static gsize
clause_end (const char *text,
            gsize       size,
            gsize       p,
            gsize       upper)
{
#ifdef TALLY_USE_SSE2
  /* sixteen bytes at a time, the last block masked to end at @upper
   * when the text goes on that far */
  while (p < upper && p + 16 <= size)
    {
      __m128i block = _mm_loadu_si128 ((const __m128i *) (text + p));
      guint leads = delimiter_leads (block);

      if (upper - p < 16)
        leads &= (1u << (upper - p)) - 1;
      for (; leads != 0; leads &= leads - 1)
        {
          gsize c = p + __builtin_ctz (leads);

          if (delimiter_at (text, c, upper) != 0)
            return c;
        }
      p += 16;
    }
  if (p >= upper)
    return upper;
  /* near the end of the text: the walk below, which steps over the
   * continuation bytes @p may have landed on one by one */
#endif
  while (p < upper)
    {
      guchar lead = (guchar) text[p];

      /* most of the text: CJK ideographs (lead bytes E4…E9), which end
       * no clause */
      if (lead < 0xE4 || lead > 0xE9)
        {
          if (delimiter_at (text, p, upper) != 0)
            return p;
        }
      p += g_utf8_skip[lead];
    }
  return MIN (p, upper);
}

/* Where the clause going on before @p starts: right after the last
 * clause delimiter before @p, or at @lower, which may fall inside a
 * character (the windows reach back a number of bytes). */
static gsize
clause_start (const char *text,
              gsize       lower,
              gsize       p)
{
  const guchar *t = (const guchar *) text;

#ifdef TALLY_USE_SSE2
  {
    /* sixteen bytes at a time, back from @p, the first block masked to
     * start at @lower: the delimiter starting last (a delimiter starts
     * at or after @lower and ends by @p) ends last */
    gsize end = p;

    while (p > lower && p >= 16)
      {
        __m128i block = _mm_loadu_si128 ((const __m128i *) (text + p - 16));
        guint leads = delimiter_leads (block);

        if (p - lower < 16)
          leads &= 0xffffu << (16 - (p - lower));
        while (leads != 0)
          {
            guint i = 31 - __builtin_clz (leads);
            guint len = delimiter_at (text, p - 16 + i, end);

            if (len != 0)
              return p - 16 + i + len;
            leads &= ~(1u << i);
          }
        p -= 16;
      }
    if (p <= lower)
      return lower;
    /* near the start of the text: byte by byte (@p may be inside a
     * character, so not the walk below) */
    for (; p > lower; p--)
      {
        guint len = delimiter_at (text, p - 1, end);

        if (len != 0)
          return p - 1 + len;
      }
    return lower;
  }
#endif
  while (p > lower)
    {
      /* most of the text: CJK ideographs (lead bytes E4…E9, three
       * bytes), after which no clause starts */
      if (p - lower >= 3 && t[p - 3] >= 0xE4 && t[p - 3] <= 0xE9)
        {
          p -= 3;
          continue;
        }
      if (delimiter_before (text, lower, p) != 0)
        break;
      /* back one character, not beyond @lower */
      if (p - lower >= 3 && (t[p - 3] & 0xF0) == 0xE0)
        {
          p -= 3;
          continue;
        }
      p--;
      while (p > lower && (t[p] & 0xC0) == 0x80)
        p--;
    }
  return p;
}

/* Is 、 at @p (with three bytes to read)? */
static inline gboolean
enum_comma_at (const char *text,
               gsize       p)
{
  const guchar *c = (const guchar *) text + p;

  return c[0] == 0xE3 && c[1] == 0x80 && c[2] == 0x81;
}

/* Two-character words in which 和, 及 or 与 joins no list items. */
static const char * const not_conjunctions[] = {
  "和谐", "和平", "和睦", "和美", "共和", "总和", "温和", "缓和", "柔和", "调和", "附和",
  "及时", "及早", "涉及", "普及", "波及", "危及", "惠及", "企及", "不及", "提及", "顾及",
  "参与", "给与", "授与", "赋与", "与会", "与其", "与否",
  /* (the end of 以及, found at its 以) */
  "以及",
};

/* Is a conjunction that joins two items of a list (和, 及, 以及, 与)
 * at @p, inside [@lower, @upper)? Returns its length in bytes, or 0. */
static inline guint
conjunction_at (const char *text,
                gsize       lower,
                gsize       p,
                gsize       upper)
{
  const char *c = text + p;

  /* 和 and 及 start with E5, 与 and 以 with E4: rule out the rest */
  if (p + 3 > upper || ((guchar) c[0] != 0xE4 && (guchar) c[0] != 0xE5))
    return 0;
  if (p + 6 <= upper && memcmp (c, "以及", 6) == 0)
    return 6;
  if (memcmp (c, "和", 3) != 0 && memcmp (c, "及", 3) != 0 && memcmp (c, "与", 3) != 0)
    return 0;
  for (guint i = 0; i < G_N_ELEMENTS (not_conjunctions); i++)
    {
      const char *word = not_conjunctions[i];

      if (memcmp (word, c, 3) == 0 && p + 6 <= upper && memcmp (word + 3, c + 3, 3) == 0)
        return 0;
      if (memcmp (word + 3, c, 3) == 0 && p >= lower + 3 && memcmp (word, c - 3, 3) == 0)
        return 0;
    }
  return 3;
}

/* Between two counts of one list (no clause delimiter between them),
 * the words before the separator name the earlier count and the words
 * after it the later one: 举办6期“人大讲堂”、3期“导学课堂”, 人大讲堂6期、
 * 读书班3期 and 开展2次专题询问和6次专题调研 alike. The separator is the
 * last 、 of the gap, or, when it has none, its last conjunction (和, 及,
 * 以及, 与). Returns where the later count's words begin in [@from, @to),
 * @from when the gap has no separator. */
static gsize
list_item_start (const char *text,
                 gsize       from,
                 gsize       to)
{
  for (gsize p = to; p >= from + 3; p--)
    if (enum_comma_at (text, p - 3))
      return p;
  for (gsize p = to; p >= from + 3; p--)
    {
      guint len = conjunction_at (text, from, p - 3, to);

      if (len > 0)
        return p - 3 + len;
    }
  return from;
}

/* Same, for where the earlier count's words end in [@from, @to): at the
 * first 、 of the gap or else at its first conjunction; @to when the gap
 * has no separator. */
static gsize
list_item_end (const char *text,
               gsize       from,
               gsize       to)
{
  /* both are characters of their own: step by character from @from,
   * the end of a count */
  for (gsize p = from; p + 3 <= to; p += g_utf8_skip[(guchar) text[p]])
    if (enum_comma_at (text, p))
      return p;
  for (gsize p = from; p + 3 <= to; p += g_utf8_skip[(guchar) text[p]])
    if (conjunction_at (text, from, p, to) > 0)
      return p;
  return to;
}

/* Do two counts of a clause, with [@from, @to) between them, belong to
 * one list: is there a list separator between them and no clause
 * delimiter? */
static gboolean
same_list (const char *text,
           gsize       from,
           gsize       to)
{
  gboolean separated = FALSE;

  /* delimiters and separators are characters of their own: step by
   * character from @from, the end of a count */
  for (gsize p = from; p < to; p += g_utf8_skip[(guchar) text[p]])
    {
      if (delimiter_at (text, p, to) > 0)
        return FALSE;
      if (!separated)
        separated = (p + 3 <= to && enum_comma_at (text, p)) ||
                    conjunction_at (text, from, p, to) > 0;
    }
  return separated;
}

/* How specific candidate @a is compared with @b: > 0 when @a is the
 * better, < 0 when @b is, 0 when neither is (the callers then decide by
 * table order within a domain, and not at all between domains). More
 * cue groups are more specific, then longer cues; then the cues nearest
 * to the count win. Between domains, a rule that accepts fewer units is
 * the more specific one too. */
static int
compare (const Tables    *tables,
         const RuleState *state,
         guint            a,
         guint            b)
{
  const CompiledRule *ra = &tables->rules[a];
  const CompiledRule *rb = &tables->rules[b];
  guint ga = ra->n_before + ra->n_after;
  guint gb = rb->n_before + rb->n_after;

  if (ga != gb)
    return ga > gb ? 1 : -1;
  if (state[a].cue_len != state[b].cue_len)
    return state[a].cue_len > state[b].cue_len ? 1 : -1;
  if (state[a].distance != state[b].distance)
    return state[a].distance < state[b].distance ? 1 : -1;
  /* (then the one the count's own words say whole, borrowing no group
   * from the clause head: in 新建代表之家3个、改造代表联络站15个 the second
   * is done up, 新建 is the first's) */
  if (state[a].borrowed != state[b].borrowed)
    return state[a].borrowed ? -1 : 1;
  if (ra->domain != rb->domain && ra->n_units != rb->n_units)
    {
      guint ua = ra->n_units == 0 ? G_MAXUINT : ra->n_units;
      guint ub = rb->n_units == 0 ? G_MAXUINT : rb->n_units;

      return ua < ub ? 1 : -1;
    }
  return 0;
}

static int
domain_index (const Tables *tables,
              const char   *name)
{
  for (guint d = 0; d < tables->n_domains; d++)
    if (strcmp (tables->domains[d]->domain, name) == 0)
      return d;
  return -1;
}

/* The domain owning a section topic, -1 for none (other, review…), or -2
 * for plans. */
static int
topic_domain (const Tables *tables,
              const char   *topic)
{
  if (topic == NULL)
    return -1;
  if (strcmp (topic, "plans") == 0)
    return -2;
  for (guint d = 0; d < tables->n_domains; d++)
    if (tables->domains[d]->topic != NULL && strcmp (tables->domains[d]->topic, topic) == 0)
      return d;
  return -1;
}

/* How far into its sentence the year said as such (全年, 过去一年) may
 * start to speak for it: 过去一年， or 2022年全年, 其中，仅过去一年 */
#define SENTENCE_HEAD_YEAR (8 * 3)

/* The time a count covers: the year reported (most), the whole term of
 * the congress (五年来, 本届以来, or a part about the term: the report of
 * a term's last year reviews it before the year), or some other years
 * (三年来, 近两年). Written as the tally's `period`, but for the year. */
typedef enum
{
  PERIOD_YEAR,
  PERIOD_TERM,
  PERIOD_YEARS,
  /* only while reading a sentence: the year reported, named (其中2017年,
   * 去年), which speaks for the year inside a part about the term */
  PERIOD_NAMED_YEAR,
} Period;

static const char * const period_names[] = { NULL, "term", "multi_year" };

/* The bytes of the character at @p, read as one number when it has three
 * (0 otherwise). */
static inline guint32
char3 (const char *text,
       gsize       p)
{
  const guchar *u = (const guchar *) text + p;

  return (u[0] & 0xf0) == 0xe0 ? (guint32) u[0] << 16 | (guint32) u[1] << 8 | u[2] : 0;
}

/* 〇 and 一 … 九, as char3 () reads them: index = value */
static const guint32 cn_digits[] = {
  0xe38087, 0xe4b880, 0xe4ba8c, 0xe4b889, 0xe59b9b, 0xe4ba94, 0xe585ad, 0xe4b883, 0xe585ab, 0xe4b99d,
};

static gint cn_digit_at (const char *text,
                         gsize       p,
                         gsize       end);
static gint wide_digit_at (const char *text,
                           gsize       p,
                           gsize       end);
static gint term_number_before (const char *text,
                                gsize       start,
                                gsize       q);

/* Is there a digit at @p: Arabic (half- or full-width) or Chinese (一 …
 * 九, 十, 两)? */
static gboolean
digit_char_at (const char *text,
               gsize       p,
               gsize       end)
{
  guint32 c;

  if (p >= end)
    return FALSE;
  if (g_ascii_isdigit (text[p]))
    return TRUE;
  if (p + 3 > end)
    return FALSE;
  c = char3 (text, p);
  return (c >= 0xefbc90 && c <= 0xefbc99) /* ０ … ９ */ || c == 0xe58d81 /* 十 */ ||
         c == 0xe4b8a4 /* 两 */ || cn_digit_at (text, p, end) >= 0;
}

/* Does the time said before @p qualify a count of things, with a verb
 * and 的 (对近三年作出的15项审议意见开展跟踪监督): what it counts was done
 * then, and something else is done to them now. A total of the things
 * made then, said after them (五年来制定的地方性法规达86件), is of the
 * years. */
static gboolean
qualifies_noun (const char *text,
                gsize       p,
                gsize       end)
{
  for (guint n = 0; n <= 4 && p + 3 <= end; n++, p += 3)
    {
      if (((guchar) text[p] & 0xF0) != 0xE0 || delimiter_at (text, p, end) > 0)
        return FALSE;
      if (text_word_at (text, p, end, "的"))
        return n > 0 && digit_char_at (text, p + 3, end);
    }
  return FALSE;
}

/* The time frame around @q, which holds 年, 届 or 任 (@c), if there is
 * one: its period, and where it starts in *@from. 五年来, 过去五年, 近五
 * 年, 五年间, 五年中 and 5年来 name the term, as 本届以来, 本届任期, 届内
 * and 任期内 do; 两年来, 近三年, 过去三年, 四年来 some other years. 一年来
 * is the year. A frame that qualifies a noun (近三年作出的…) is none: the
 * words after it are read up to @words_end. */
static Period
frame_at_anchor (const char *text,
                 gsize       start,
                 gsize       end,
                 gsize       words_end,
                 gsize       q,
                 guint32     c,
                 gint        year,
                 gint        session,
                 gint        term,
                 gsize      *from)
{
  /* what follows …年 for a time frame (…年来, …年以来; …年间, …年中 for
   * five years) */
  static const char * const sinces[] = { "来", "以来", "多来", "多以来" };
  /* (五年共审议…, 五年里, 五年累计, 本届常委会五年的工作) */
  static const char * const within[] = { "间", "中", "里", "共", "累计", "的工作" };
  gsize after = q + 3;

  if (c == 0xe5b9b4) /* 年 */
    {
      gsize n_at = q, k;
      guint n = 0, n_digits = 0, value = 0;
      gboolean has_ten = FALSE, has_zero = FALSE;
      Period period;

      /* 去年, said in the report given the next year: the year reported */
      if (q >= start + 3 && char3 (text, q - 3) == 0xe58ebb /* 去 */)
        {
          *from = q - 3;
          return PERIOD_NAMED_YEAR;
        }

      /* the number before 年: Arabic digits, or up to four Chinese or
       * full-width ones (二〇二二, ２０２２) */
      while (n_at > start && g_ascii_isdigit (text[n_at - 1]) && n_digits < 5)
        {
          n_at--;
          n_digits++;
        }
      if (n_digits > 0)
        for (gsize i = n_at; i < q; i++)
          value = value * 10 + (guint) (text[i] - '0');
      else
        /* read backwards: each numeral is worth ten times the one after
         * it, positionally (二〇一八); a 十 makes a count of years, not a
         * year, and its value is not used */
        for (guint place = 1; n_at >= start + 3 && n_digits < 4; place *= 10)
          {
            guint32 d = char3 (text, n_at - 3);
            gint k;

            if (d == 0xe58d81 /* 十 */)
              has_ten = TRUE, k = 10;
            else if (d == 0xe4b8a4 /* 两 */)
              k = 2;
            /* 〇, ○, 零 and 一 … 九 (a 〇 makes a year: 二〇一八) */
            else if ((k = cn_digit_at (text, n_at - 3, n_at)) >= 0)
              has_zero = has_zero || k == 0;
            /* ０ … ９, read as Arabic digits are */
            else if ((k = wide_digit_at (text, n_at - 3, n_at)) < 0)
              break;
            n_at -= 3;
            n_digits++;
            value += k * place;
          }
      if (n_digits == 0)
        return PERIOD_YEAR;

      /* a year (2018年以来, 二〇一八年以来): since then; the year reported
       * itself (其中2017年，…): that year */
      if (n_digits == 4 || has_zero)
        {
          gint since;

          if (year <= 0)
            return PERIOD_YEAR;
          /* (a short verb phrase may come between, after 自: 自2019年运行
           * 以来, 自2015年获得地方立法权以来) */
          if (!text_word_at (text, after, end, "以来") && n_at >= start + strlen ("自") &&
              text_word_ends_at (text, start, n_at, "自"))
            {
              gsize k = text_find (text, after, MIN (end, after + 10 * 3), "以来"), d = after;

              static const char * const term_began[] = { "产生", "成立", "履职", "组成", "换届", "选举" };

              while (k != G_MAXSIZE && d < k && delimiter_at (text, d, k) == 0)
                d += g_utf8_skip[(guchar) text[d]];
              /* (not since the congress began its term: 自2016年12月产生以
               * 来 is read as the term's) */
              if (k != G_MAXSIZE && d == k && !text_contains_any (text, after, k, term_began, G_N_ELEMENTS (term_began)))
                after = k;
            }
          if (!text_word_at (text, after, end, "以来"))
            {
              /* (二〇二二年 too, digit by digit) */
              if (n_digits == 4 && !has_ten && (gint) value == year)
                {
                  *from = n_at;
                  return PERIOD_NAMED_YEAR;
                }
              return PERIOD_YEAR;
            }
          since = (gint) value;
          if (has_ten || since >= year || since < year - 30 ||
              qualifies_noun (text, after + strlen ("以来"), words_end))
            return PERIOD_YEAR;
          *from = n_at;
          /* (five years are the term in a term's last report only: 自2010
           * 年以来 in a report of the term's second year began before it) */
          return year - since + 1 == 5 && session <= 1 ? PERIOD_TERM : PERIOD_YEARS;
        }

      /* a number of years: five (the term), or some other */
      if (n_digits == 1 && !has_ten)
        n = value;
      else
        n = 0;   /* 十五年, 25年: years, but not the term */
      if (n == 1)
        return PERIOD_YEAR;   /* 一年来: the year */
      period = n == 5 ? PERIOD_TERM : PERIOD_YEARS;

      /* …年来, …年以来, …年间, …年中; or 近…年, 过去…年 */
      if ((k = text_any_word_at (text, after, end, sinces, G_N_ELEMENTS (sinces))) != 0 ||
          (n == 5 && text_any_word_at (text, after, end, within, G_N_ELEMENTS (within)) != 0))
        {
          if (k != 0 && qualifies_noun (text, after + k, words_end))
            return PERIOD_YEAR;
          *from = n_at;
          if (n_at >= start + 3 && text_word_ends_at (text, start, n_at, "近"))
            *from = n_at - 3;
          else if (n_at >= start + 6 && text_word_ends_at (text, start, n_at, "过去"))
            *from = n_at - 6;
          return period;
        }
      if (n_at >= start + 3 && text_word_ends_at (text, start, n_at, "近"))
        {
          if (qualifies_noun (text, after, words_end))
            return PERIOD_YEAR;
          *from = n_at - 3;
          return period;
        }
      if (n >= 3 && n_at >= start + 6 && text_word_ends_at (text, start, n_at, "过去"))
        {
          *from = n_at - 6;
          return period;
        }
      /* (…the years gone through: 回顾第十七届县人大常委会走过的五年，…) */
      if (n >= 3 && n_at >= start + 9 && text_word_ends_at (text, start, n_at, "走过的"))
        {
          *from = n_at - 9;
          return period;
        }
      return PERIOD_YEAR;
    }

  if (c == 0xe5b18a) /* 届 */
    {
      gsize limit = MIN (end, after + 12 * 3);
      /* (the term so far: in a report given at the term's second session,
       * the year reported; at its third, fourth or fifth, the years to
       * date. A term's last report reviews the whole term: it is given at
       * the next congress's first session, or, where the next congress
       * met late in the year, at the term's sixth or a later one, as
       * sessions are about one a year. The NPC's and the provinces'
       * reports set the session from the year reported: see
       * find_windows ()) */
      Period so_far = session == 2 ? PERIOD_NAMED_YEAR :
                      session >= 3 && session <= 5 ? PERIOD_YEARS : PERIOD_TERM;

      if (text_word_at (text, after, end, "内"))
        {
          *from = q;
          return so_far;
        }
      /* 换届以来; 省十四届人大常委会成立以来, 新一届常委会履职以来:
       * since the term began (not 十三届人大六次会议以来, the year) */
      if (q >= start + 3 && text_word_ends_at (text, start, q, "换") &&
          text_word_at (text, after, end, "以来"))
        {
          *from = q - 3;
          return so_far;
        }
      for (gsize p = after; p < limit && delimiter_at (text, p, end) == 0;
           p += g_utf8_skip[(guchar) text[p]])
        if (text_word_at (text, p, end, "成立以来") || text_word_at (text, p, end, "履职以来") ||
            text_word_at (text, p, end, "任职以来") || text_word_at (text, p, end, "组成以来"))
          {
            *from = q;
            return so_far;
          }
      /* (本届常委会共制定…: the term's body as the subject of a total;
       * 本届共制定…, 本届累计…) */
      if (q >= start + 3 && text_word_ends_at (text, start, q, "本") &&
          (text_word_at (text, after, end, "以来") || text_word_at (text, after, end, "任期") ||
           text_word_at (text, after, end, "共") || text_word_at (text, after, end, "累计") ||
           text_word_at (text, after, end, "常委会共") || text_word_at (text, after, end, "人大常委会共") ||
           text_word_at (text, after, end, "常委会累计") || text_word_at (text, after, end, "人大常委会累计")))
        {
          *from = q - 3;
          return so_far;
        }
      /* 十四届以来, 十四届全国人大以来, 省十四届人大常委会以来, 本届常委会
       * 以来: the congress named, then 以来 at once (not 十三届人大六次会议
       * 以来, since a session) */
      {
        static const char * const bodies[] = {
          "全国人民代表大会常务委员会", "全国人民代表大会", "全国人大常委会", "全国人大",
          "人民代表大会常务委员会", "人民代表大会", "人大常委会", "人大", "常委会",
        };
        /* (本届常委会任期开始以来) */
        static const char * const terms[] = { "任期开始", "任期" };
        /* (第九届市人大常委会任期以来) */
        static const char * const levels[] = { "自治区", "省", "市", "州", "县", "区", "旗" };
        gsize p = after;
        gint held;

        p += text_any_word_at (text, p, end, levels, G_N_ELEMENTS (levels));
        p += text_any_word_at (text, p, end, bodies, G_N_ELEMENTS (bodies));
        p += text_any_word_at (text, p, end, terms, G_N_ELEMENTS (terms));
        if (text_word_at (text, p, end, "以来"))
          {
            *from = q;
            return so_far;
          }
        /* one of its sessions (十三届全国人大五次会议期间, 省十四届人大一次
         * 会议以来): since the first, the term; a session named, the year
         * it was held in, which in a report is the year reported */
        if ((held = cn_digit_at (text, p, end)) > 0 && text_word_at (text, p + 3, end, "次会议"))
          {
            p += 3 + strlen ("次会议");
            if (text_word_at (text, p, end, "召开"))
              p += strlen ("召开");
            *from = q;
            /* (since a session a year before the one the report is
             * given at, the year; since an earlier one, the term so far:
             * 一次会议以来 in a report given at the third; since the
             * first session of the term before, that term, since its last
             * ones, the year) */
            if (text_word_at (text, p, end, "以来"))
              {
                gint named = term_number_before (text, start, q);

                if (named > 0 && term > 0 && named < term)
                  return held == 1 ? PERIOD_TERM : PERIOD_NAMED_YEAR;
                return session > 0 && session - held > 1 ? PERIOD_TERM : PERIOD_NAMED_YEAR;
              }
            if (text_word_at (text, p, end, "期间") || text_word_at (text, p, end, "上"))
              return PERIOD_NAMED_YEAR;
          }
      }
      return PERIOD_YEAR;
    }

  /* 任 (任期内, 任期以来) */
  if (text_word_at (text, after, end, "期内") || text_word_at (text, after, end, "期以来"))
    {
      *from = q;
      return PERIOD_TERM;
    }
  return PERIOD_YEAR;
}

/* What a sentence says of the time of its counts: its first time frame
 * (where it starts, and its period) and its first word that makes the
 * counts after it plans, said outside a plans section (将开展执法检查5
 * 项, 计划明年安排专题询问2次, 拟废止4件, 力争制定10件; 将 followed by a
 * verb, not 将 that brings an object forward, 将12件建议列为重点, nor 已
 * 将). G_MAXSIZE where there is none. */
typedef struct
{
  gsize  start;
  gsize  end;
  gsize  words_end; /* where the words that qualify a frame may be read
                     * to (the sentence's end, when @end cuts it short) */
  gsize  scanned;   /* read up to here (the last byte of a character) */
  gsize  frame_at;
  Period frame;
  gsize  plan_at;
  gint   year;      /* the year reported, or 0 */
  gint   session;   /* the congress's session the report is given at
                     * (第二次会议: 2), or 0 */
  gint   term;      /* and its term (第十四届: 14), or 0 */
  gsize  named_year_at;   /* the year reported named (其中2017年, 去年) */
  gsize  this_year_at;    /* the year said as such (全年, 今年, 年内, 一年来, 过去一年) */
  gsize  cumulative_at;   /* 累计 not after the year said: a total of years */
} SentenceMarks;

/* Whether 将 or 计划 at @q follows who or when (常委会将, 今年将, 还将,
 * 今后将, 明年计划), or starts a clause, in [@start, @q) */
static gboolean
plan_subject_before (const char *text,
                     gsize       start,
                     gsize       q)
{
  static const guint32 subjects[] = {
    0xe4bc9a /* 会 */, 0xe5b9b4 /* 年 */, 0xe8bf98 /* 还 */, 0xe5b9b6 /* 并 */, 0xe4b99f /* 也 */,
    0xe4bb8d /* 仍 */, 0xe8a681 /* 要 */, 0xe5908e /* 后 */, 0xe5b086 /* 将 */,
    /* (年内将召开…; 我们将…) */
    0xe58685 /* 内 */, 0xe4bbac /* 们 */,
  };
  guint32 c;

  if (q < start + 3)
    return TRUE;
  c = char3 (text, q - 3);
  for (guint i = 0; i < G_N_ELEMENTS (subjects); i++)
    if (c == subjects[i])
      return TRUE;
  /* a clause's start */
  return c == 0xefbc8c /* ， */ || c == 0xefbc9b /* ； */ || c == 0xefbc9a /* ： */ ||
         c == 0xe38082 /* 。 */ || text[q - 1] == ',' || text[q - 1] == ';' || text[q - 1] == '\n';
}

static inline gboolean
sentence_marks_known (const SentenceMarks *m)
{
  return m->frame_at != G_MAXSIZE && m->plan_at != G_MAXSIZE && m->named_year_at != G_MAXSIZE;
}

/* Every frame holds 年, 届 or 任, at most three characters (or a digit)
 * after its start; every plan word starts with 明, 下, 力, 计, 拟, 将, 建
 * or 目. Looks at the character at @q, one of those, and returns whether
 * reading further can change nothing: the frame, the plan word and the
 * year reported named are known (the year named after a frame takes
 * the counts after it back to the year). */
static gboolean
sentence_mark_at (const char    *text,
                  gsize          start,
                  gsize          end,
                  gsize          q,
                  SentenceMarks *m)
{
  static const char * const plans[] = {
    "明年", "下一步", "力争",
    "计划开展", "计划安排", "计划组织", "计划制定", "计划审议", "计划听取", "计划举办", "计划召开",
    "拟开展", "拟安排", "拟组织", "拟制定", "拟修改", "拟修订", "拟废止", "拟审议", "拟听取", "拟举办",
    "拟出台", "拟提请", "拟对", "拟就", "计划对", "计划就",
    /* (拟在五年内开展执法检查25次左右) */
    "拟在", "拟于", "计划在", "计划于",
    /* (下一年度，常委会…) */
    "下一年度", "下年度",
    "计划新建", "计划再新建", "计划新增", "计划建成", "计划提请",
    "将开展", "将安排", "将组织", "将制定", "将修改", "将修订", "将废止", "将审议", "将听取", "将举办",
    "将召开", "将出台", "将完成", "将重点", "将继续", "将围绕", "将对", "将新建", "将新增", "将建成",
    "将提请",
    /* (a copy that leaves out what follows: 常委会将……计划开展执法检查5次) */
    "将……", "将…",
    "将坚持", "将进一步", "将聚焦", "将紧扣", "将紧紧围绕", "将认真", "将全力", "将积极",
    /* a target (目标是到2025年…达到50个) */
    "目标是", "目标为",
    /* what a clean-up proposes (清理…，建议修改4件、废止1件) */
    "建议修改", "建议废止", "建议修订", "建议制定",
    /* what a term's last report proposes to the next committee (建议新一
     * 届常委会在任期内制定地方性法规10件以上) */
    "建议新一届", "建议下一届", "建议新的一届", "建议今后",
  };
  guint32 c = char3 (text, q);

  switch (c)
    {
    case 0xe5b9b4: /* 年 */
      /* 全年, 今年, 本年度, 年内, 一年来 (and 当年, 同年 after the year
       * named): what is totalled after is the year's */
      if (m->this_year_at == G_MAXSIZE && q >= start + 3)
        {
          guint32 b = char3 (text, q - 3);

          /* (同年 only opening its sentence, after one that named the
           * year: 2020年，…，同年清理… is 2020's) */
          if (b == 0xe585a8 /* 全 */ || b == 0xe4bb8a /* 今 */ || b == 0xe69cac /* 本 */ ||
              b == 0xe5bd93 /* 当 */ || (b == 0xe5908c /* 同 */ && q - 3 == start) ||
              text_word_at (text, q + 3, end, "内") ||
              (b == 0xe4b880 /* 一 */ &&
               (text_word_at (text, q + 3, end, "来") || text_word_ends_at (text, start, q - 3, "过去") ||
                text_word_ends_at (text, start, q - 3, "这"))))
            m->this_year_at = q;
        }
      G_GNUC_FALLTHROUGH;
    case 0xe5b18a: /* 届 */
    case 0xe4bbbb: /* 任 */
      /* (the year reported named after a frame takes the counts after
       * it back to the year: 本届以来累计制定…42件，2022年制定9件) */
      if (m->frame_at == G_MAXSIZE || m->named_year_at == G_MAXSIZE)
        {
          gsize from = G_MAXSIZE;
          Period period = frame_at_anchor (text, start, end, m->words_end, q, c, m->year, m->session, m->term, &from);

          if (period == PERIOD_NAMED_YEAR)
            {
              if (m->named_year_at == G_MAXSIZE)
                m->named_year_at = from;
            }
          else if (period != PERIOD_YEAR && m->frame_at == G_MAXSIZE)
            {
              m->frame = period;
              m->frame_at = from;
            }
        }
      break;

    case 0xe8aea1: /* 计 */
      /* 累计, unless the year is said before it (全年累计): the total of
       * more years than the one reported */
      if (q >= start + 3 && char3 (text, q - 3) == 0xe7b4af /* 累 */)
        {
          if (m->cumulative_at == G_MAXSIZE && m->this_year_at == G_MAXSIZE)
            m->cumulative_at = q - 3;
          break;
        }
      G_GNUC_FALLTHROUGH;
    case 0xe5b086: /* 将 */
      /* 将 and 计划 say what will be done only after the one who will do
       * it or when (常委会将, 今年将, 还将, 明年计划), or at a clause's
       * start; elsewhere 将 brings an object forward (将审议意见交…) and
       * 计划 is a noun (按照年度立法计划安排) */
      if (!plan_subject_before (text, start, q))
        break;
      G_GNUC_FALLTHROUGH;
    case 0xe6988e: /* 明 */
    case 0xe4b88b: /* 下 */
    case 0xe58a9b: /* 力 */
    case 0xe68b9f: /* 拟 */
    case 0xe5bbba: /* 建 */
    case 0xe79bae: /* 目 */
      /* 建议 proposes only at a clause's start (清理…，建议修改4件), not
       * as a noun (代表提出建议修改…的议案) */
      if (c == 0xe5bbba && q > start && delimiter_before (text, start, q) == 0 &&
          !text_word_ends_at (text, start, q, "其中"))
        break;
      /* (nor as a review's opinion sent to the body that made a document:
       * 经审查，建议制定机关修改或废止3件) */
      if (c == 0xe5bbba && text_word_at (text, q, end, "建议制定机关"))
        break;
      /* (常委会将在市委的坚强领导下，重点做好以下工作：一是…, whoever leads;
       * not 将 as 把: 将在视察中收集的意见建议…交…) */
      if (c == 0xe5b086 && text_word_at (text, q, end, "将在"))
        {
          gsize clause = clause_end (text, end, q, end);

          if (m->plan_at == G_MAXSIZE &&
              (text_contains (text, q, clause, "领导下") || text_contains (text, q, clause, "带领下")))
            m->plan_at = q;
          break;
        }
      if (m->plan_at == G_MAXSIZE)
        for (guint i = 0; i < G_N_ELEMENTS (plans); i++)
          if (text_word_at (text, q, end, plans[i]))
            {
              gsize after = q + strlen (plans[i]);

              /* 下一年度 opens a plan at a clause's head only (下一年度，常
               * 委会…; not 下一年度预算安排的报告) */
              if (c == 0xe4b88b /* 下 */ && (strcmp (plans[i], "下一年度") == 0 || strcmp (plans[i], "下年度") == 0) &&
                  q > start && delimiter_before (text, start, q) == 0)
                break;
              /* 将审议意见, 将修改后的, 将重点督办建议, 将对口: the object */
              if (c == 0xe5b086 &&
                  (text_word_at (text, after, end, "意见") || text_word_at (text, after, end, "后") ||
                   text_word_at (text, after, end, "结果") || text_word_at (text, after, end, "情况") ||
                   text_word_at (text, after, end, "督办") || text_word_at (text, after, end, "建议") ||
                   text_word_at (text, after, end, "工作") || text_word_at (text, after, end, "口")))
                break;
              m->plan_at = q;
              break;
            }
      break;

    default:
      break;
    }
  return sentence_marks_known (m);
}

/* The last bytes of those characters: 年 B4, 届 8A, 任 BB, 将 86, 明 8E,
 * 下 8B, 力 9B, 计 A1, 拟 9F, 建 BA, 目 AE */
static inline gboolean
may_end_mark (guchar b)
{
  return b == 0xb4 || b == 0x8a || b == 0xbb || b == 0x86 || b == 0x8e || b == 0x8b ||
         b == 0x9b || b == 0xa1 || b == 0x9f || b == 0xba || b == 0xae;
}

static void
sentence_marks_init (SentenceMarks *m,
                     gsize          start,
                     gsize          end,
                     gint           year,
                     const gint    *meeting)
{
  m->year = year;
  m->session = meeting[0];
  m->term = meeting[1];
  m->named_year_at = m->this_year_at = m->cumulative_at = G_MAXSIZE;
  m->start = start;
  m->end = end;
  m->words_end = end;
  m->scanned = start + 2;
  m->frame_at = m->plan_at = G_MAXSIZE;
  m->frame = PERIOD_YEAR;
}

/* Reads the marks of the sentence of @m before @limit, going on from
 * where the last read stopped (the counts of a sentence come in order,
 * and only the words before each matter): only where one of those
 * characters ends, found 16 bytes at a time where SSE2 is there. */
static void
sentence_marks_read (const char    *text,
                     SentenceMarks *m,
                     gsize          limit)
{
  gsize stop = MIN (m->end, limit + 2);
  gsize p = m->scanned;

  if (sentence_marks_known (m))
    return;
#ifdef TALLY_USE_SSE2
  for (; p + 16 <= stop; p += 16)
    {
      static const guchar ends[] = { 0xb4, 0x8a, 0xbb, 0x86, 0x8e, 0x8b, 0x9b, 0xa1, 0x9f, 0xba, 0xae };
      __m128i block = _mm_loadu_si128 ((const __m128i *) (gconstpointer) (text + p));
      __m128i hit = _mm_setzero_si128 ();
      guint mask;

      for (guint i = 0; i < G_N_ELEMENTS (ends); i++)
        hit = _mm_or_si128 (hit, _mm_cmpeq_epi8 (block, _mm_set1_epi8 ((char) ends[i])));
      for (mask = (guint) _mm_movemask_epi8 (hit); mask != 0; mask &= mask - 1)
        if (sentence_mark_at (text, m->start, m->end, p + (guint) __builtin_ctz (mask) - 2, m))
          {
            m->scanned = stop;
            return;
          }
    }
#endif
  for (; p < stop; p++)
    if (may_end_mark ((guchar) text[p]) && sentence_mark_at (text, m->start, m->end, p - 2, m))
      break;
  m->scanned = MAX (p, m->scanned);
}

/* The value of the Chinese digit at @p (〇, ○ or 零 and 一 … 九), or -1. */
static gint
cn_digit_at (const char *text,
             gsize       p,
             gsize       end)
{
  guint32 c = p + 3 <= end ? char3 (text, p) : 0;

  if (c == 0xe2978b /* ○ */ || c == 0xe99bb6 /* 零 */)
    return 0;
  for (guint k = 0; k < G_N_ELEMENTS (cn_digits); k++)
    if (cn_digits[k] == c)
      return (gint) k;
  return -1;
}

/* The value of the full-width digit at @p (０ … ９: EF BC 90 … 99), or
 * -1. */
static gint
wide_digit_at (const char *text,
               gsize       p,
               gsize       end)
{
  guint32 c = p + 3 <= end ? char3 (text, p) : 0;

  return c >= 0xefbc90 && c <= 0xefbc99 ? (gint) (c - 0xefbc90) : -1;
}

/* How long the number of an item of a list at @p is (4. 4、 （四） (4)
 * 四是 一、), or 0. */
static gsize
item_number_at (const char *text,
                gsize       p,
                gsize       end)
{
  gsize q = p;

  if (text_word_at (text, q, end, "（") || (q < end && text[q] == '('))
    {
      gsize open = text[q] == '(' ? 1 : 3;

      q += open;
      while (q < end && (g_ascii_isdigit (text[q]) || cn_digit_at (text, q, end) >= 0 ||
                         text_word_at (text, q, end, "十")))
        q += g_ascii_isdigit (text[q]) ? 1 : 3;
      if (q > p + open && q < end && text[q] == ')')
        return q + 1 - p;
      if (q > p + open && text_word_at (text, q, end, "）"))
        return q + 3 - p;
      return 0;
    }
  while (q < end && q < p + 2 && g_ascii_isdigit (text[q]))
    q++;
  if (q > p)
    {
      /* (not a decimal point: 1.5万人次) */
      if (q < end && text[q] == '.' && !(q + 1 < end && g_ascii_isdigit (text[q + 1])))
        return q + 1 - p;
      if (text_word_at (text, q, end, "、") || text_word_at (text, q, end, "．"))
        return q + 3 - p;
      return 0;
    }
  while (q < end && (cn_digit_at (text, q, end) >= 0 || text_word_at (text, q, end, "十")))
    q += 3;
  if (q > p && (text_word_at (text, q, end, "是") || text_word_at (text, q, end, "、")))
    return q + 3 - p;
  return 0;
}

/* Whether [@start, @end) has a digit, Arabic (half- or full-width) or
 * Chinese (一 … 九, 十, 两). */
static gboolean
has_digit (const char *text,
           gsize       start,
           gsize       end)
{
  for (gsize p = start; p < end; p += g_utf8_skip[(guchar) text[p]])
    if (digit_char_at (text, p, end))
      return TRUE;
  return FALSE;
}

/* What each of some bodies did, said after 每个… */
static const char * const each_did[] = { "均", "都", "不少于", "至少", "不低于" };

/* People of whom 各 after them says each one did it (党组班子成员各领办1
 * 个调研课题; 常委会领导同志各联系两家企业) */
static const char * const each_person[] = { "成员", "委员", "同志", "领导", "负责人" };
/* …not 各 opening a noun (常委会领导各专门委员会开展调研12次, 各级, 各地) */
static const char * const each_not_person[] = {
  "级", "类", "地", "项", "种", "方面", "界", "专门", "部门", "单位", "工作", "委员会", "县", "市", "区", "乡", "镇",
};

/* Whether the words [@start, @end) before a count say it is each one's
 * (每人, 每名, 每位, 每个人, 每个党支部, 人均) or each time's (每次常委会会议
 * 均邀请5至8名基层代表列席; 每期培训约150人): a count per person, per body
 * or per event, not a total. */
static gboolean
is_per_person (const char *text,
               gsize       start,
               gsize       end)
{
  /* (每 is E6 AF 8F, 均 E5 9D 87: looked for by their last byte) */
  for (const char *b = text + start + 2; b < text + end && (b = memchr (b, 0x8f, text + end - b)) != NULL; b++)
    {
      gsize p = (gsize) (b - text);

      if (text_word_at (text, p - 2, end, "每") &&
          (text_word_at (text, p + 1, end, "人") || text_word_at (text, p + 1, end, "名") ||
           text_word_at (text, p + 1, end, "位") || text_word_at (text, p + 1, end, "个人") ||
           text_word_at (text, p + 1, end, "次") || text_word_at (text, p + 1, end, "期") ||
           text_word_at (text, p + 1, end, "场")))
        return TRUE;
      /* (each body, with what all of them did: 每个党支部均不少于12次; not
       * where the count's things are, 在每个县（市、区）设立…32个) */
      if (text_word_at (text, p - 2, end, "每") && text_word_at (text, p + 1, end, "个") &&
          text_contains_any (text, p + 1, end, each_did, G_N_ELEMENTS (each_did)))
        return TRUE;
    }
  for (const char *b = text + start + 5; b < text + end && (b = memchr (b, 0x87, text + end - b)) != NULL; b++)
    if (text_word_at (text, (gsize) (b - text) - 5, end, "人均"))
      return TRUE;
  /* (各 is E5 90 84) */
  for (const char *b = text + start + 2; b < text + end && (b = memchr (b, 0x84, text + end - b)) != NULL; b++)
    {
      gsize p = (gsize) (b - text) - 2;

      if (text_word_at (text, p, end, "各") &&
          text_any_word_ends_at (text, start, p, each_person, G_N_ELEMENTS (each_person)) != 0 &&
          text_any_word_at (text, p + strlen ("各"), end, each_not_person, G_N_ELEMENTS (each_not_person)) == 0 &&
          !digit_char_at (text, p + strlen ("各"), end))
        return TRUE;
    }
  return FALSE;
}

/* Whether the count [@q_start, @q_end) is a rule of how often, not a
 * count of the year's work: at least so many per period (每年走访代表不少
 * 于两次, 每季度至少听取1次) */
static gboolean
is_frequency_rule (const char *text,
                   gsize       h_start,
                   gsize       q_start,
                   gsize       q_end)
{
  static const char * const periods[] = { "每年", "每季度", "每月", "每半年", "每届", "每次会议" };
  static const char * const bounds[] = { "不少于", "至少", "不低于", "不超过" };

  return (text_any_word_at (text, q_start, q_end, bounds, G_N_ELEMENTS (bounds)) != 0 ||
          text_any_word_ends_at (text, h_start, q_start, bounds, G_N_ELEMENTS (bounds)) != 0) &&
         text_contains_any (text, h_start, q_start, periods, G_N_ELEMENTS (periods));
}

/* Whether the clause [@start, @end) only says what the work of its
 * sentence served (践行全过程人民民主; 推进“数字人大”建设; 围绕…; 为贯彻
 * 实施民法典): short,
 * without a count (the first count of the text from @start on starts at
 * @count; a name's numeral, 八项规定, is none), opening with such a
 * verb. */
static gboolean
is_lead_in (const char *text,
            gsize       start,
            gsize       end,
            gsize       count)
{
  static const char * const verbs[] = {
    "践行", "坚持", "推进", "围绕", "聚焦", "按照", "贯彻", "深化", "立足", "紧扣", "着眼", "服务",
    "助力", "紧紧围绕", "对标", "落实", "弘扬", "健全", "完善", "拓宽", "畅通", "创新", "优化",
    /* (what the congress is, as which it acts: 作为全国人大常委会法工委基层
     * 立法联系点，全年完成…) */
    "作为",
  };

  static const char * const adverbs[] = { "深入", "认真", "扎实", "全面", "持续", "大力" };

  /* (after an item's number: （三）践行…; after the committee, who
   * serves it: 常委会坚持民主立法，…; after an adverb: 深入贯彻…) */
  start += item_number_at (text, start, end);
  if (text_word_at (text, start, end, "常委会"))
    start += strlen ("常委会");
  /* (or after 为, its purpose: 为贯彻实施民法典，…) */
  if (text_word_at (text, start, end, "为"))
    start += strlen ("为");
  start += text_any_word_at (text, start, end, adverbs, G_N_ELEMENTS (adverbs));
  /* (a role may take a long name: 作为全国人大常委会法工委基层立法联系点) */
  return (end - start <= LEAD_IN_CLAUSE || (text_word_at (text, start, end, "作为") && end - start <= 2 * LEAD_IN_CLAUSE)) &&
         text_any_word_at (text, start, end, verbs, G_N_ELEMENTS (verbs)) != 0 &&
         count >= end;
}

/* The words a clause may open with before its verb (全年, 同时, 还…) */
static const char * const clause_adverbs[] = {
  "全年", "同时", "还", "并", "共", "累计", "先后", "分别", "今年", "当年", "年内", "其中", "另", "也", "又",
};

/* The year written at @p in four digits (2019, ２０１９, 二〇一九), its
 * length in bytes at @length; 0 for none. */
static gint
year_written_at (const char *text,
                 gsize       p,
                 gsize       end,
                 gsize      *length)
{
  gint y = 0;
  gsize q = p;

  while (q < end && q < p + 4 && g_ascii_isdigit (text[q]))
    y = y * 10 + (text[q++] - '0');
  if (q == p)
    {
      gint k;

      for (guint n = 0; n < 4 && ((k = cn_digit_at (text, q, end)) >= 0 || (k = wide_digit_at (text, q, end)) >= 0);
           n++, q += 3)
        y = y * 10 + k;
      if (q != p + 4 * 3)
        return 0;
    }
  else if (q != p + 4)
    return 0;
  *length = q - p;
  return y;
}

/* The year a sentence at @start opens with (2022年，…, 二〇二五年，…),
 * not a span (2018年以来); 0 for none. */
static gint
year_at_head (const char *text,
              gsize       start,
              gsize       end)
{
  gsize n = 0;
  gint y = year_written_at (text, start, end, &n);

  return y != 0 && text_word_at (text, start + n, end, "年") &&
         !text_word_at (text, start + n + strlen ("年"), end, "以来") ? y : 0;
}

/* Where the words of a part [@start, @end) start, past the 其中 that
 * opens it (其中2021年新建18个: an elliptic clause is no longer for it;
 * 其中修订、废止各1件: a bare verb) */
static gsize
past_subset_word (const char *text,
                  gsize       start,
                  gsize       end)
{
  return text_word_at (text, start, end, "其中") ? start + strlen ("其中") : start;
}

/* Does a ledger label end at @p: 】 after 【, else a colon? */
static inline gboolean
closes_label (const char *text,
              gsize       p,
              gsize       end,
              gboolean    bracket)
{
  /* (or a full stop, as a run-in heading: （五）自身建设。…) */
  return bracket ? text_word_at (text, p, end, "】") :
                   text_word_at (text, p, end, "：") || text_word_at (text, p, end, ":") ||
                   text_word_at (text, p, end, "。");
}

/* The names of the domains' work that label a box's line, open a
 * sentence (…方面，) or end its short first clause */
static const struct
{
  const char *label;
  const char *domain;
} domain_labels[] = {
  { "立法", "legislation" }, { "立法工作", "legislation" }, { "地方立法", "legislation" },
  { "监督", "oversight" }, { "监督工作", "oversight" }, { "人大监督", "oversight" },
  { "代表", "representation" }, { "代表工作", "representation" }, { "服务代表", "representation" },
  { "代表履职", "representation" },
  { "自身建设", "self_building" }, { "机关建设", "self_building" }, { "宣传", "self_building" },
  { "新闻宣传", "self_building" }, { "宣传工作", "self_building" },
};

/* The domain a ledger label opening a line or a sentence at @start says
 * (立法：审议法规案32件，通过28件; 【监督】…; 代表工作: …), -1 for none:
 * the boxes that sum the year up (数说2022, 一年工作“账本”) sit at the
 * end of a report, inside its last section, and their lines count the
 * work of every domain, with the noun said once by the label. The label
 * must be the whole of what comes before its colon (各位代表：is none).
 * Reports without a heading per domain open a sentence with the domain
 * instead (@aspects): (在)自身建设方面，…; the sentences after it in its
 * paragraph may be about other work. */
static int
ledger_label (const Tables *tables,
              const char   *text,
              gsize         start,
              gsize         end,
              gboolean      aspects)
{
  gsize p = start;
  gboolean bracket = FALSE, aspect;

  while (p < end && (text[p] == ' ' || text[p] == '\t'))
    p++;
  while (text_word_at (text, p, end, "\u3000"))
    p += 3;
  /* (after an item's number: （五）自身建设。) */
  p += item_number_at (text, p, end);
  if (text_word_at (text, p, end, "【"))
    {
      bracket = TRUE;
      p += 3;
    }
  /* every label is two or four characters long: most sentences are
   * ruled out by what follows those lengths */
  aspect = aspects && !bracket && (text_word_at (text, p + 2 * 3, end, "方面") || text_word_at (text, p + 4 * 3, end, "方面") ||
                        text_word_at (text, p + 3 * 3, end, "方面") || text_word_at (text, p + 5 * 3, end, "方面"));
  if (!aspect && !closes_label (text, p + 2 * 3, end, bracket) && !closes_label (text, p + 4 * 3, end, bracket))
    return -1;
  /* (在…方面，) */
  if (aspect && text_word_at (text, p, end, "在"))
    p += 3;
  for (guint i = 0; i < G_N_ELEMENTS (domain_labels); i++)
    if (text_word_at (text, p, end, domain_labels[i].label))
      {
        gsize q = p + strlen (domain_labels[i].label);

        if (closes_label (text, q, end, bracket) ||
            (aspect && text_word_at (text, q, end, "方面") && text_word_at (text, q + strlen ("方面"), end, "，")))
          return domain_index (tables, domain_labels[i].domain);
      }
  return -1;
}

/* The domain a short first clause of the sentence at @start names by its
 * longer name at its end (常委会着力加强自身建设，举办…), -1 for none: what
 * the sentence is about where no section says so. */
static int
short_lead_domain (const Tables *tables,
                   const char   *text,
                   gsize         start,
                   gsize         end)
{
  gsize comma = text_find (text, start, MIN (end, start + SHORT_LEAD_CLAUSE), "，");

  /* (the labels' longer names only: 自身建设, not 代表 or 宣传) */
  for (guint i = 0; comma != G_MAXSIZE && i < G_N_ELEMENTS (domain_labels); i++)
    if (strlen (domain_labels[i].label) == 4 * 3 && text_word_ends_at (text, start, comma, domain_labels[i].label))
      return domain_index (tables, domain_labels[i].domain);
  return -1;
}

/* Whether the sentence at @start opens with the year reported (2022年，…
 * in a report on 2022), which speaks for the year even inside a part about
 * the whole term. */
static gboolean
opens_with_year (const char *text,
                 gsize       start,
                 gsize       end,
                 gint        year)
{
  return year > 0 && year_at_head (text, start, end) == year;
}


/* The longest clause naming a session of the congress: some 20
 * characters, 在自治区十三届人大五次会议期间 */
#define SESSION_CLAUSE (22 * 3)

/* Whether the sentence [@start, @end) opens with the year reported,
 * named (2022年，…) or said as such (今年，… 全年，… 一年来，… 过去一年，…;
 * 去年，… in a report given early in the next year) */
static gboolean
opens_with_year_said (const char *text,
                      gsize       start,
                      gsize       end,
                      gint        year)
{
  static const char * const years[] = { "今年，", "全年，", "一年来，", "过去一年，", "去年，", "去年共", "去年全年" };

  return opens_with_year (text, start, end, year) ||
         text_any_word_at (text, start, end, years, G_N_ELEMENTS (years)) != 0;
}

/* Whether the sentence [@start, @end) opens with a session of the
 * congress in a clause of its own, the one held in the year reported
 * (省十三届人大五次会议期间，代表提出…; 在市十七届人大三次会议上，…),
 * for a report given at session @meeting[0] of term @meeting[1]: the
 * session before it in its term, or for one given at a term's first
 * session, a last session (the fifth or later) of the term before. Not
 * the sessions since one (…一次会议以来), nor all of them (历次会议). */
static gboolean
opens_with_session (const char *text,
                    gsize       start,
                    gsize       end,
                    const gint *meeting)
{
  static const char * const ends[] = { "次会议期间", "次会议上" };
  gsize comma = text_find (text, start, MIN (end, start + SESSION_CLAUSE), "，");
  gsize at, term_at;
  gint session, term;

  if (comma == G_MAXSIZE || meeting[0] <= 0 || meeting[1] <= 0 ||
      text_any_word_ends_at (text, start, comma, ends, G_N_ELEMENTS (ends)) == 0 ||
      text_contains (text, start, comma, "以来") || text_contains (text, start, comma, "历次"))
    return FALSE;
  at = text_find (text, start, comma, "次会议");
  term_at = text_find (text, start, comma, "届");
  if (at == G_MAXSIZE || at < start + 3 || term_at == G_MAXSIZE || term_at > at)
    return FALSE;
  session = cn_digit_at (text, at - 3, comma);
  term = term_number_before (text, start, term_at);
  if (meeting[0] > 1)
    return term == meeting[1] && session == meeting[0] - 1;
  return term == meeting[1] - 1 && session >= 5;
}

/* Do the words [@start, @end) before a count say what there is now (现
 * 有, 目前共有) or the total reached (总数达到, 达到)? */
static gboolean
says_total_now (const char *text,
                gsize       start,
                gsize       end)
{
  static const char * const now[] = {
    "现有", "目前共有", "目前有", "现共有", "目前已有", "总数", "总量", "达到", "增至", "增加到",
    /* (…；全市共有代表之家、代表联络站275个: what there is, not what the
     * term built, 五年来共建成…) */
    "共有", "已有",
    /* (…the whole region's, after the new ones: 五年来新建代表联络站22个，
     * 全区建成代表联络站37个) */
    "全区建成", "全市建成", "全县建成", "全省建成", "全州建成", "全旗建成",
    /* (目前全市共建成…60个) */
    "目前",
  };

  return text_contains_any (text, start, end, now, G_N_ELEMENTS (now));
}

/* Where the clause before @h_start starts, when it is the only one in
 * [@from, @h_start) (after its delimiter) and names the system some work
 * follows (坚持“第一议题”制度, 严格落实…学习制度) or the deputies the
 * committee sets to it (常委会组织代表全程监督), or G_MAXSIZE. */
static gsize
system_clause_before (const char *text,
                      gsize       from,
                      gsize       h_start)
{
  static const char * const follow[] = { "坚持", "严格落实", "落实", "严格执行", "执行", "坚持和完善" };
  static const char * const deputies[] = { "组织代表", "组织人大代表", "组织各级人大代表", "邀请代表", "带领代表" };
  gsize end, start;
  gboolean system;

  if (h_start < from + 2 * 3 || !text_word_ends_at (text, from, h_start, "，"))
    return G_MAXSIZE;
  end = h_start - strlen ("，");
  system = text_word_ends_at (text, from, end, "制度");
  start = from;
  if (text_word_at (text, start, end, "，"))
    start += strlen ("，");
  else if (start < end && text[start] == ',')
    start++;
  if (end - start > SYSTEM_CLAUSE || clause_start (text, start, end) != start)
    return G_MAXSIZE;
  /* (the Party group or the committee named again before it: 党组坚持
   * “第一议题”制度, 常委会组织代表…) */
  if (text_word_at (text, start, end, "党组"))
    start += strlen ("党组");
  else if (text_word_at (text, start, end, "常委会"))
    start += strlen ("常委会");
  if (system)
    return text_any_word_at (text, start, end, follow, G_N_ELEMENTS (follow)) != 0 ? start : G_MAXSIZE;
  return text_any_word_at (text, start, end, deputies, G_N_ELEMENTS (deputies)) != 0 ? start : G_MAXSIZE;
}

/* Does the clause before the one starting at @w_start only say now, a
 * part of its sentence after a semicolon (…；目前，全市共有代表联络站168
 * 个; …；截至目前，…)? What is counted there is what there is to date,
 * whatever the sentence's head says of the term. */
static gboolean
now_clause_before (const char *text,
                   gsize       w_start)
{
  static const char * const now[] = { "截至目前", "截止目前", "目前", "迄今", "迄今为止", "现在" };
  gsize end, n;

  if (w_start < 3 || !text_word_ends_at (text, 0, w_start, "，"))
    return FALSE;
  end = w_start - strlen ("，");
  n = text_any_word_ends_at (text, end >= 4 * 3 ? end - 4 * 3 : 0, end, now, G_N_ELEMENTS (now));
  return n != 0 && end - n >= 3 && text_word_ends_at (text, 0, end - n, "；");
}

/* Does a sentence in [@from, @to) open with the year reported (2022年，…
 * 今年，…): one with no count, between the sentences read? */
static gboolean
year_sentence_between (const char *text,
                       gsize       from,
                       gsize       to,
                       gint        year)
{
  for (gsize s = from; s < to;)
    {
      gsize stop;

      if (opens_with_year_said (text, s, to, year))
        return TRUE;
      if ((stop = text_find (text, s, to, "。")) == G_MAXSIZE)
        break;
      s = stop + strlen ("。");
    }
  return FALSE;
}

/* How far into a paragraph its opening year's 年， may end: 二〇二二年， */
#define YEAR_FRAME_REACH (6 * 3)

/* The time frame that opens the words at @h (五年来，…; 三年来，…), read in
 * their first characters, the words that may qualify it up to @end; sets
 * *@any to whether one was found at all. PERIOD_YEAR when none opens
 * them. */
static Period
head_frame (const char *text,
            gsize       h,
            gsize       end,
            gint        year,
            const gint *meeting,
            gboolean   *any)
{
  SentenceMarks head;

  sentence_marks_init (&head, h, MIN (end, h + 12), year, meeting);
  head.words_end = end;
  sentence_marks_read (text, &head, head.end);
  if (any != NULL)
    *any = head.frame_at != G_MAXSIZE;
  return head.frame_at - h <= 9 ? head.frame : PERIOD_YEAR;
}

/* Whether a paragraph of [@from, @to), among those with no count the
 * decider does not visit, opens with a period (2022年，常委会…依法开展监
 * 督。 before 一是…, 二是… paragraphs): the last one's in *@said,
 * PERIOD_YEAR for the year reported, PERIOD_TERM for a frame of the
 * term (五年来，…). */
static gboolean
skipped_paragraphs_period (const char *text,
                           gsize       from,
                           gsize       to,
                           gint        year,
                           const gint *meeting,
                           Period     *said)
{
  gboolean found = FALSE;

  for (gsize l = from; l < to;)
    {
      const char *nl = memchr (text + l, '\n', to - l);
      gsize h, line_end;

      if (nl == NULL)
        break;
      l = (gsize) (nl - text) + 1;
      nl = memchr (text + l, '\n', to - l);
      line_end = nl != NULL ? (gsize) (nl - text) : to;
      h = l;
      while (h < line_end && (text[h] == ' ' || text[h] == '\t'))
        h++;
      h += item_number_at (text, h, line_end);
      if (h >= line_end)
        continue;
      /* (the year as the frame of what follows, 2022年，… or 今年，…; not
       * a date, 2022年6月，…, nor the year described, 2022年是…) */
      if (opens_with_year_said (text, h, line_end, year) &&
          (text_find (text, h, MIN (line_end, h + YEAR_FRAME_REACH), "年，") != G_MAXSIZE ||
           text_find (text, h, MIN (line_end, h + YEAR_FRAME_REACH), "年来，") != G_MAXSIZE))
        {
          *said = PERIOD_YEAR;
          found = TRUE;
        }
      else if (head_frame (text, h, line_end, year, meeting, NULL) == PERIOD_TERM)
        {
          *said = PERIOD_TERM;
          found = TRUE;
        }
    }
  return found;
}

/* Spans of one structure type, sorted by start, with what the decision
 * needs of each. */
typedef struct
{
  gsize  start;
  gsize  end;
  int    domain;   /* topic_domain() of parts and sections */
  guint8 period;   /* PERIOD_TERM for a unit about the whole term */
} Span;

static GArray *
get_spans (const Tables   *tables,
           BaogaoDocument *document,
           const char     *type,
           gboolean        with_topic)
{
  g_autoptr(GPtrArray) all = baogao_document_get_annotations (document, type);
  GArray *spans = g_array_sized_new (FALSE, FALSE, sizeof (Span), all->len);
  g_array_set_size (spans, all->len);
  for (guint i = 0; i < all->len; i++)
    {
      BaogaoAnnotation *a = g_ptr_array_index (all, i);
      Span *span = &g_array_index (spans, Span, i);

      span->start = baogao_annotation_get_byte_start (a);
      span->end = baogao_annotation_get_byte_end (a);
      span->domain = with_topic ? topic_domain (tables, baogao_annotation_get_string (a, "topic")) : -1;
      span->period = with_topic && g_strcmp0 (baogao_annotation_get_string (a, "period"), "term") == 0 ?
                     PERIOD_TERM : PERIOD_YEAR;
    }
  return spans;
}

/* Moves *cursor forward over @spans and returns the one covering
 * [start, end), or NULL. Spans of one type may nest (a part and its
 * sections are of different types), so a few are looked at. */
static const Span *
covering (GArray *spans,
          guint  *cursor,
          gsize   start,
          gsize   end)
{
  while (*cursor < spans->len && g_array_index (spans, Span, *cursor).end <= start)
    (*cursor)++;
  for (guint i = *cursor; i < spans->len; i++)
    {
      const Span *span = &g_array_index (spans, Span, i);

      if (span->start > start)
        break;
      if (span->end >= end)
        return span;
    }
  return NULL;
}

static const char *below_scope (BaogaoDocument *document,
                                const char     *scope);
static const char *municipal_scope (BaogaoDocument *document);

/* Who does what a count counts, when its clause opens with another body
 * than the congress whose report it is: another congress (its level),
 * the congresses of townships and subdistricts (乡镇人大, 乡镇人代会, 乡
 * 镇人大主席团, 街道人大工委: township), deputies of another congress
 * (各设区的市人大代表提出建议3.1万件: municipal), a congress of the level
 * below, guided by the reporting one (指导…制定…6件), a government (省
 * 政府制定规章8件), or a government or another body the congress urges
 * (督促…): see TallyDomain.congress_only; and, in a report below the
 * NPC's, the NPC's deputies it organizes (组织在闽全国人大代表开展集中视察
 * 三次: npc_delegation). */
typedef enum
{
  ACTOR_OWN,
  ACTOR_NATIONAL,
  ACTOR_PROVINCIAL,
  ACTOR_MUNICIPAL,
  ACTOR_COUNTY,
  ACTOR_TOWNSHIP,
  ACTOR_BELOW,
  ACTOR_GOVERNMENT,
  ACTOR_URGED,
  ACTOR_NPC_DEPUTIES,
  ACTOR_EVERY_LEVEL,
} Actor;

/* The scope of each level, in the order of Actor */
static const char * const level_scopes[] = {
  NULL, "national", "provincial", "municipal", "county", "township",
};

/* The level of the congress whose report gives counts of @scope */
static Actor
document_level (const char *scope)
{
  for (guint i = ACTOR_NATIONAL; i <= ACTOR_COUNTY; i++)
    if (strcmp (scope, level_scopes[i]) == 0)
      return i;
  return ACTOR_PROVINCIAL;
}

/* How far into its clause a body may end (bytes): 各县（市、区）人大常委会
 * and 某某自治州人大常委会 fit, a clause that names a body in passing
 * after its verb does not. */
#define ACTOR_REACH (16 * 3)
/* How far from the count's first cue it may end (bytes): 共, 在我省开展 */
#define ACTOR_GAP (6 * 3)
/* …and before the end of the sentence's first clause, when it is the
 * subject of a later clause with its verb right after it: its own counts
 * may come between (各区人大常委会共开展执法检查４２次、专题询问１６次，
 * 听取…) */
#define SUBJECT_GAP (4 * ACTOR_REACH)

/* The times a clause may open with before its verb, or its subject
 * (五年来全省各级人大代表…) */
static const char * const frames_said[] = {
  "五年来", "三年来", "两年来", "四年来", "近年来", "本届以来", "五年间", "五年中", "五年里",
};

/* The level of the body named by the words before 人大常委会, 人大 or
 * 政府 at the head of a clause ([@p, @end)): 深圳市, 各设区的市, 各县（市、
 * 区）, 全国, 各乡镇, in a report of a congress of level @own (@own_city:
 * the name of the county-level city whose report it is, or NULL).
 * ACTOR_OWN when they name no level (the reporting congress: 常委会, 本届
 * 人大常委会, a county-level city's 市 or its name) or are no body's
 * name. */
/* The municipalities under the central government: provincial-level
 * congresses, with the districts' and counties' right below them */
static const char * const central[] = { "北京市", "天津市", "上海市", "重庆市" };

/* Is @region (nullable) in a municipality under the central government,
 * or one (北京市海淀区, 北京市)? */
static gboolean
in_central_municipality (const char *region)
{
  if (region == NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (central); i++)
    if (g_str_has_prefix (region, central[i]))
      return TRUE;
  return FALSE;
}

/* Is @region (nullable) a municipality under the central government? */
static gboolean
is_central_municipality (const char *region)
{
  if (region == NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (central); i++)
    if (strcmp (region, central[i]) == 0)
      return TRUE;
  return FALSE;
}

/* A bare level (省, 市, 县…) the reporting congress says: its own, or the
 * congress above when above it; a county-level city says 市 of itself. */
static inline Actor
bare_level_actor (Actor       level,
                  Actor       own,
                  const char *own_city)
{
  if (own_city && level == ACTOR_MUNICIPAL)
    return ACTOR_OWN;
  return level < own ? level : ACTOR_OWN;
}

/* Whether [@p, @end) ends with @city (彭州市) or its name without 市
 * (编发《彭州) */
static gboolean
names_city (const char *text,
            gsize       p,
            gsize       end,
            const char *city)
{
  gsize len = strlen (city);

  if (end - p >= len && memcmp (text + end - len, city, len) == 0)
    return TRUE;
  len -= strlen ("市");
  return end - p >= len && memcmp (text + end - len, city, len) == 0;
}

/* Do [@p, @end) name the congresses or deputies of every level of the
 * region together, as one subject: 各级, 全省各级, 我市各级, 地方各级 (in
 * the NPC's report, and 全国各级), 省市县乡四级, 全县三级, 全市1.3万余名各级? Not a pair
 * of levels (县乡两级: the higher of the two, but for a county's own; see
 * prefix_level ()), nor after a verb (组织各级…: the reporting congress
 * acts). */
static gboolean
names_every_level (const char *text,
                   gsize       p,
                   gsize       end)
{
  static const char * const every[] = { "各级", "三级", "四级", "五级" };
  static const char * const wholes[] = { "全", "我", "地方" };
  static const char * const levels[] = { "国", "省", "市", "县", "区", "乡", "镇", "州", "盟", "旗", "、" };
  /* (what a number of people is written with besides its digits) */
  static const char * const count_words[] = { ".", "．", "万", "余", "多", "百", "千" };
  static const char * const in_all[] = { "共有", "共计", "共", "有" };
  gsize n = text_any_word_ends_at (text, p, end, every, G_N_ELEMENTS (every));
  gsize q = end - n;

  if (n == 0)
    return FALSE;
  /* (the levels named one by one: 省市县乡四级, 全州州县乡三级) */
  while ((n = text_any_word_ends_at (text, p, q, levels, G_N_ELEMENTS (levels))) != 0)
    q -= n;
  /* (their number first: 全市1.3万余名各级人大代表) */
  if (text_word_ends_at (text, p, q, "名"))
    {
      gsize c = q - strlen ("名");

      while (c > p)
        {
          gsize prev = text_prev_char (text, p, c);

          if (!digit_char_at (text, prev, c) &&
              text_any_word_at (text, prev, c, count_words, G_N_ELEMENTS (count_words)) == 0)
            break;
          c = prev;
        }
      if (c < q - strlen ("名"))
        q = c;
      /* (…after 共有: 全省共有1.2万名各级人大代表) */
      q -= text_any_word_ends_at (text, p, q, in_all, G_N_ELEMENTS (in_all));
      /* (…after the place: 全省) */
      while ((n = text_any_word_ends_at (text, p, q, levels, G_N_ELEMENTS (levels))) != 0)
        q -= n;
    }
  if (q == p)
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (wholes); i++)
    if (text_is_word (text, p, q, wholes[i]))
      return TRUE;
  return FALSE;
}

/* A county's two levels named (see prefix_level ()); a county-level
 * city's are 市 and 镇 (市镇两级人大代表 in 晋江's report) */
static const char * const county_two_levels[] = {
  "县乡两级", "县镇两级", "区镇两级", "区乡两级", "区街两级", "县乡镇两级", "区街镇两级", "全县两级", "全区两级", "我县两级",
  "全市两级", "我市两级", "全旗两级", "市镇两级", "市乡两级", "市乡镇两级", "市镇街两级", "旗乡两级", "旗苏木两级",
  "区镇（街道）两级", "区乡（镇）两级", "县乡（镇）两级", "区街道两级",
};

/* Does [@p, @end) end with a county's two levels (see county_two_levels),
 * maybe with 、 after the first (区、镇两级, 县、乡两级)? */
static gboolean
names_county_two_levels (const char *text,
                         gsize       p,
                         gsize       end)
{
  if (text_any_word_ends_at (text, p, end, county_two_levels, G_N_ELEMENTS (county_two_levels)) != 0)
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (county_two_levels); i++)
    {
      const char *levels = county_two_levels[i];
      gsize n = strlen (levels), at = end - n - strlen ("、");

      if (end - p >= n + strlen ("、") && memcmp (text + at, levels, 3) == 0 &&
          memcmp (text + at + 3, "、", strlen ("、")) == 0 &&
          memcmp (text + at + 3 + strlen ("、"), levels + 3, n - 3) == 0)
        return TRUE;
    }
  return FALSE;
}

static Actor
prefix_level (const char *text,
              gsize       p,
              gsize       end,
              Actor       own,
              const char *own_city)
{
  static const struct { const char *suffix; Actor level; } suffixes[] = {
    { "自治区", ACTOR_PROVINCIAL }, { "省", ACTOR_PROVINCIAL }, { "省级", ACTOR_PROVINCIAL },
    /* provinces and provincial-level cities together (川渝两省市, 长三角三省
     * 一市), before the cities below */
    { "省市", ACTOR_PROVINCIAL }, { "省一市", ACTOR_PROVINCIAL },
    /* the provinces together, in the NPC's report (各省、自治区、直辖市人
     * 大及其常委会, 各省（区、市）) */
    { "直辖市", ACTOR_PROVINCIAL }, { "（区、市）", ACTOR_PROVINCIAL }, { "(区、市)", ACTOR_PROVINCIAL },
    /* the prefectures and cities of a province (各州（市）, 各地（州、
     * 市）), before the county-level cities of a district (各区（市）) */
    { "州（市）", ACTOR_MUNICIPAL }, { "州(市)", ACTOR_MUNICIPAL }, { "（州、市）", ACTOR_MUNICIPAL },
    { "(州、市)", ACTOR_MUNICIPAL },
    { "（市、区）", ACTOR_COUNTY }, { "(市、区)", ACTOR_COUNTY }, { "（市）", ACTOR_COUNTY },
    /* 各区县（自治县）, 各区（县）, 各县级市（区）, 县级人大 */
    { "（自治县）", ACTOR_COUNTY }, { "(自治县)", ACTOR_COUNTY }, { "（县）", ACTOR_COUNTY },
    { "(县)", ACTOR_COUNTY }, { "（区）", ACTOR_COUNTY }, { "(区)", ACTOR_COUNTY }, { "县级", ACTOR_COUNTY },
    { "市（州）", ACTOR_MUNICIPAL }, { "市(州)", ACTOR_MUNICIPAL },
    { "市（地）", ACTOR_MUNICIPAL }, { "市(地)", ACTOR_MUNICIPAL },
    { "县市区", ACTOR_COUNTY }, { "县区", ACTOR_COUNTY },
    /* county and township deputies together (县乡两级人大代表): the
     * higher of the two */
    { "县乡", ACTOR_COUNTY }, { "县乡两级", ACTOR_COUNTY }, { "县、乡", ACTOR_COUNTY },
    { "乡镇", ACTOR_TOWNSHIP }, { "乡（镇）", ACTOR_TOWNSHIP }, { "（街道）", ACTOR_TOWNSHIP },
    { "（街）", ACTOR_TOWNSHIP }, { "(街)", ACTOR_TOWNSHIP },
    /* (the other orders: 全区17个镇乡人大, 各街乡人大) */
    { "镇乡", ACTOR_TOWNSHIP }, { "街乡", ACTOR_TOWNSHIP }, { "乡街", ACTOR_TOWNSHIP }, { "街镇", ACTOR_TOWNSHIP },
    /* (towns and development zones of their rank: 各区镇人大) */
    { "区镇", ACTOR_TOWNSHIP },
    { "(街道)", ACTOR_TOWNSHIP }, { "镇街", ACTOR_TOWNSHIP }, { "街道", ACTOR_TOWNSHIP }, { "苏木", ACTOR_TOWNSHIP },
    { "地区", ACTOR_MUNICIPAL }, { "州", ACTOR_MUNICIPAL }, { "盟", ACTOR_MUNICIPAL },
    { "市州", ACTOR_MUNICIPAL }, { "市", ACTOR_MUNICIPAL },
    { "县", ACTOR_COUNTY }, { "区", ACTOR_COUNTY }, { "旗", ACTOR_COUNTY },
  };
  /* words that start a clause's adverbial, not a body's name (经省人大
   * 常委会批准, 向全国人大常委会报送, 在市人大常委会…) */
  static const char * const not_names[] = {
    "经", "由", "向", "对", "就", "在", "为", "与", "同", "和", "及", "报", "请", "按", "从", "被",
    "本",
    /* the reporting committee as the subject, the body its object
     * (常委会承接省人大常委会…任务9件) */
    "常委会",
    /* or a verb: 组织市县人大常委会负责同志培训两期 */
    "组织", "举办", "召开", "开展", "邀请", "听取", "接待", "联系", "走访", "支持", "推动", "加强", "指导",
    "配合", "协调", "会同", "联合", "参加", "参与", "围绕", "针对", "通过", "牵头", "带领",
    "获评", "获得", "荣获", "获", "培训", "选派", "推荐", "承接", "完成",
  };
  /* the reporting congress says 省人大常委会, 市人大 of itself; a bare
   * level above its own is the congress above (省人大常委会批准我市法规
   * in a city's report) */
  static const struct { const char *name; Actor level; } bare_levels[] = {
    { "省", ACTOR_PROVINCIAL }, { "自治区", ACTOR_PROVINCIAL }, { "市", ACTOR_MUNICIPAL }, { "州", ACTOR_MUNICIPAL },
    { "盟", ACTOR_MUNICIPAL }, { "县", ACTOR_COUNTY }, { "区", ACTOR_COUNTY }, { "旗", ACTOR_COUNTY },
  };
  static const char * const townships_counted[] = { "个镇", "个乡", "各镇", "各乡" };
  static const char * const townships_listed[] = { "镇（", "乡（", "镇(", "乡(" };
  /* (本 is in not_names) */
  static const char * const wholes[] = { "全", "我" };
  gsize adverb;

  if (p == end)
    return ACTOR_OWN;
  for (guint i = 0; i < G_N_ELEMENTS (bare_levels); i++)
    if (text_is_word (text, p, end, bare_levels[i].name))
      return bare_level_actor (bare_levels[i].level, own, own_city);
  /* a county-level city's own name, which may end like a prefecture's
   * (彭州人大, 邳州市人大常委会) */
  if (own_city != NULL && names_city (text, p, end, own_city))
    return ACTOR_OWN;
  /* the NPC's deputies of a place, named by where they are (在青全国人
   * 大代表, 驻市全国人大代表) */
  if (end - p <= 5 * 3 && end - p >= 4 * 3 && text_word_ends_at (text, p, end, "全国") &&
      (text_word_at (text, p, end, "在") || text_word_at (text, p, end, "驻")))
    return ACTOR_NATIONAL;
  /* (…after an adverb: 还邀请县区人大常委会主任列席…) */
  adverb = text_any_word_at (text, p, end, clause_adverbs, G_N_ELEMENTS (clause_adverbs));
  if (text_any_word_at (text, p + adverb, end, not_names, G_N_ELEMENTS (not_names)) != 0)
    return ACTOR_OWN;
  if (names_every_level (text, p + adverb, end))
    return ACTOR_EVERY_LEVEL;
  /* (a county's two levels, its own and its townships', are all it has:
   * 县乡两级人大代表, 全县两级 in a county's report; not 市县两级) */
  if (own == ACTOR_COUNTY && names_county_two_levels (text, p, end))
    return ACTOR_EVERY_LEVEL;
  /* the congress's own term named first (第九届市人大常委会): its level
   * is the words after it */
  if (text_word_at (text, p, end, "第"))
    for (gsize q = p + strlen ("第"); q + 3 <= end; q += 3)
      if (text_word_at (text, q, end, "届"))
        return prefix_level (text, q + strlen ("届"), end, own, own_city);
  if (text_word_at (text, p, end, "全国"))
    return ACTOR_NATIONAL;
  /* the congresses below the reporting one, all levels of them (地方人
   * 大及其常委会制定地方性法规600余件 in the NPC's report): the level
   * below, the highest of them */
  if (text_is_word (text, p, end, "地方") || text_is_word (text, p, end, "各地"))
    return own < ACTOR_COUNTY ? own + 1 : ACTOR_OWN;
  if (text_word_at (text, p, end, "各"))
    p += strlen ("各");
  /* 各乡, 各镇 (not a place's name ending in 乡 or 镇, which may be no
   * township's: 城乡, 返乡) */
  if (text_is_word (text, p, end, "乡") || text_is_word (text, p, end, "镇"))
    return ACTOR_TOWNSHIP;
  /* …and counted (全市13个镇人大票决…), after the place they are in
   * (全市各镇人大), or named with the others of their level (各镇（街道、
   * 区）人大) */
  if (text_any_word_ends_at (text, p, end, townships_counted, G_N_ELEMENTS (townships_counted)) != 0 ||
      text_any_word_at (text, p, end, townships_listed, G_N_ELEMENTS (townships_listed)) != 0)
    return ACTOR_TOWNSHIP;
  for (guint i = 0; i < G_N_ELEMENTS (central); i++)
    if (text_is_word (text, p, end, central[i]))
      return ACTOR_PROVINCIAL;
  /* the one province whose short name ends like a prefecture's (贵州人大
   * 常委会, not a 州's) */
  if (text_word_ends_at (text, p, end, "贵州"))
    return ACTOR_PROVINCIAL;
  /* counties and county-level cities together (州直八县三市, 各县市) */
  if (text_word_ends_at (text, p, end, "市") && text_contains (text, p, end, "县"))
    return ACTOR_COUNTY;
  /* a bare level after a verb (分三批组织市人大代表…), or the place as a
   * whole or ours (全市, 我市, 本州): as a bare level alone, the reporting
   * congress's own or the one above (全市人大代表 in a county-level
   * city's report are its own) */
  for (guint i = 0; i < G_N_ELEMENTS (bare_levels); i++)
    if (end - p > 3 && text_word_ends_at (text, p, end, bare_levels[i].name) &&
        (text_any_word_ends_at (text, p, end - 3, not_names, G_N_ELEMENTS (not_names)) != 0 ||
         text_any_word_ends_at (text, p, end - 3, wholes, G_N_ELEMENTS (wholes)) != 0))
      return bare_level_actor (bare_levels[i].level, own, own_city);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    if (text_word_ends_at (text, p, end, suffixes[i].suffix))
      return suffixes[i].level;
  return ACTOR_OWN;
}

/* Do the words before a government's name, [@p, @c), make it an object
 * (常委会向省政府…, 对市政府…, 由省政府…) rather than name it as the one
 * who acts (省政府, 各市人民政府)? */
static gboolean
names_object (const char *text,
              gsize       p,
              gsize       c)
{
  /* prepositions and verbs taking the government as their object;
   * seldom a character of the name of a place whose government a report
   * names (和 and 交 often are: 和田地区, 和平区, 交城县) */
  static const char * const markers[] = {
    "向", "对", "由", "经", "把", "将", "请", "为", "在", "给", "督促", "会同", "配合",
  };

  for (gsize q = p; q < c; q++)
    if (text_any_word_at (text, q, c, markers, G_N_ELEMENTS (markers)) != 0)
      return TRUE;
  return FALSE;
}

/* Do the words [@p, @c) before a body named at @c ask it or hear it
 * (征求, 听取, 邀请, 向, 就): the body is their object, not who acts? */
static gboolean
asks_body (const char *text,
           gsize       p,
           gsize       c)
{
  static const char * const asks[] = { "征求", "听取", "邀请", "向", "就" };

  return text_contains_any (text, p, c, asks, G_N_ELEMENTS (asks));
}

/* The verbs a clause or an item of a list may open with */
static const char * const clause_verbs[] = {
  "开展", "召开", "组织", "举办", "提出", "票决", "审议", "听取", "制定", "修改", "废止",
  "批准", "收到", "办理", "接待", "走访", "参加", "参与", "完成", "作出", "检查", "视察", "调研",
  "培训", "选举", "任免", "受理", "督办", "建成", "新建", "设立", "征集", "收集",
  /* (…，推动解决实际问题1.2万余个, 帮助群众解决…: what the subject's
   * work led to) */
  "推动解决", "协调解决", "帮助解决", "解决", "帮助群众", "帮助企业",
  /* (…，捐款捐物2300余万元: what the subject gave) */
  "捐款", "捐物", "捐赠", "捐资",
};

/* The congress's verbs whose object deputies are (邀请86名各级人大代表列
 * 席…, 组织…参加培训) */
static const char * const acts_on_deputies[] = {
  "邀请", "组织", "培训", "安排", "推荐", "动员", "带领", "联系", "走访",
};

/* The length of the verb of clause_verbs[] at @p, or 0 */
static inline gsize
clause_verb_at (const char *text,
                gsize       p,
                gsize       end)
{
  return text_any_word_at (text, p, end, clause_verbs, G_N_ELEMENTS (clause_verbs));
}

static gboolean opens_with_verb (const char *text,
                                 gsize       start,
                                 gsize       end);
static gsize shared_marker_before (const char *text,
                                   gsize       start,
                                   gsize       end);


/* Where a list of congresses' bodies that ends at @p with one goes on
 * ending (…人大、街道人大工委, …人大和街道人大工委): the end of the last one
 * named within a few characters, or @p. */
static gsize
bodies_listed_end (const char *text,
                   gsize       p,
                   gsize       end)
{
  static const char * const joins[] = { "、", "和", "及" };
  static const char * const bodies[] = { "人大常委会", "人大主席团", "人大工委", "人大" };
  gsize n;

  while ((n = text_any_word_at (text, p, end, joins, G_N_ELEMENTS (joins))) != 0)
    {
      gsize q = p + n, limit = MIN (end, q + 8 * 3), next = G_MAXSIZE;

      for (gsize c = q; c + 3 <= limit && next == G_MAXSIZE; c += g_utf8_skip[(guchar) text[c]])
        {
          gsize m = text_any_word_at (text, c, end, bodies, G_N_ELEMENTS (bodies));

          if (m != 0)
            next = c + m;
        }
      if (next == G_MAXSIZE)
        break;
      p = next;
    }
  return p;
}

/* Where the words end that may stand between a body and its verb and put
 * it no further from the count: a total, the year, its standing
 * committee, its session (各镇（街道）人大共组织代表…; 各设区的市人大及其常
 * 委会全年制定…; 各镇人大在人代会上收到…) */
static gsize
words_after_body_end (const char *text,
                      gsize       p,
                      gsize       end)
{
  static const char * const words[] = {
    "共计", "累计", "共", "全年", "今年", "及其常委会", "在人代会上", "在人代会期间",
    "在会上", "会议期间",
    /* (the subdistricts' bodies in brackets: 镇（街道）人大（工委）) */
    "（工委）", "(工委)", "（主席团）", "(主席团)",
  };
  gsize n;

  while ((n = text_any_word_at (text, p, end, words, G_N_ELEMENTS (words))) != 0)
    p += n;
  return p;
}

/* Does a verb follow at @p, after a body's name: a clause's, or that of
 * deputies named there (人大|代表积极参加…, 代表积极投身…), past 代表 and an
 * adverb of how (积极, 踊跃, 广泛, 主动, 深入)? */
static gboolean
deputies_act_at (const char *text,
                 gsize       p,
                 gsize       end)
{
  static const char * const how[] = { "积极", "踊跃", "广泛", "主动", "深入", "普遍" };
  /* (what deputies throw themselves into, besides clause_verbs[]) */
  static const char * const acts[] = { "投身", "带头", "助力", "奋战", "下沉" };

  if (text_word_at (text, p, end, "代表"))
    p += strlen ("代表");
  p += text_any_word_at (text, p, end, how, G_N_ELEMENTS (how));
  if (text_any_word_at (text, p, end, acts, G_N_ELEMENTS (acts)) != 0)
    return TRUE;
  return clause_verb_at (text, p, end) != 0;
}

/* Who does what the count counts, from the head of its clause, [@start,
 * @end): the words before the count's first cue (see Actor), in a report
 * of a congress of level @own (@own_city: the name of the county-level
 * city whose report it is, which calls itself 市, or NULL). A body named
 * more than ACTOR_GAP bytes before @end (past the words
 * words_after_body_end () skips) is no subject; with @as_subject, for a
 * sentence's first clause read as the subject of later ones, a body is
 * ACTOR_REACH from its end, or SUBJECT_GAP with its verb right after
 * it. */
static Actor
clause_actor (const char *text,
              gsize       start,
              gsize       end,
              Actor       own,
              const char *own_city,
              gboolean    as_subject)
{
  /* a time or a link word may come first: 全年, 同时 */
  static const char * const openers[] = {
    "全年", "一年来", "一年以来", "过去一年", "过去的一年", "今年", "去年", "同时", "此外", "另外", "目前",
    "截至目前", "其中",
  };
  /* the congresses first, 人大 (a prefix of the others) last of them;
   * then the governments, 国务院 last. 人大主席团 and 人大工委 are a
   * township's or a subdistrict's only (乡镇人大主席团, 街道人大工委), 人
   * 代会 the congress's session (各乡镇人代会票决…; the reporting
   * congress's own when nothing names another level); a subdistrict's
   * assembly of deputies (街道议政代表会) and its members (议政代表) are
   * a township's too */
  static const char * const bodies[] = {
    "人民代表大会常务委员会", "人大常委会", "人大主席团", "人大工委", "议政代表会", "议政代表",
    "人民代表大会", "人代会", "人大",
    "人民政府", "政府", "国务院",
    /* (the courts and procuratorates act for themselves, as governments
     * do: 省检察院提出检察建议1300件) */
    "人民法院", "人民检察院", "法院", "检察院",
  };
  enum { TOWNSHIP_FIRST = 2, TOWNSHIP_LAST = 5, FULL_NAME = 6, CONGRESS_LAST = 8, STATE_COUNCIL = 11 };
  /* what the congress does for those below it */
  static const char * const guides[] = { "指导", "帮助", "协助" };
  static const char * const helped_people[] = {
    "群众", "选民", "村民", "居民", "市民", "农民", "企业", "困难", "百姓", "老百姓", "职工", "代表",
  };
  /* the words before 市 or 州 that name no city (全市, 我市, 本州…) */
  static const char * const not_cities[] = { "全", "我", "本", "各", "该" };
  gsize p = start, reach, n;

  while (p < end && (text[p] == ' ' || text_word_at (text, p, end, "\u3000")))
    p += text[p] == ' ' ? 1 : 3;
  /* (an item's number: 4.组织…, 一是…; a year, 2025年，市人大常委会…) */
  p += item_number_at (text, p, end);
  if (year_written_at (text, p, end, &n) != 0 && text_word_at (text, p + n, end, "年"))
    {
      p += n + strlen ("年");
      if (text_word_at (text, p, end, "，"))
        p += strlen ("，");
    }
  if ((n = text_any_word_at (text, p, end, openers, G_N_ELEMENTS (openers))) != 0 ||
      (n = text_any_word_at (text, p, end, frames_said, G_N_ELEMENTS (frames_said))) != 0)
    {
      p += n;
      /* (一年来，市人大常委会…: the body's name starts after the comma) */
      if (text_word_at (text, p, end, "，"))
        p += strlen ("，");
    }
  /* (not the people helped: 帮助群众解决问题…) */
  if ((n = text_any_word_at (text, p, end, guides, G_N_ELEMENTS (guides))) != 0 &&
      text_any_word_at (text, p + n, end, helped_people, G_N_ELEMENTS (helped_people)) == 0)
    {
      /* the congresses guided, when they are named with their level
       * (指导区县人大常委会开展执法检查86次 in a municipality's report:
       * county); else the level below */
      static const char * const whole_region[] = { "全省", "全自治区", "全市", "全州", "全区", "全县", "全旗" };
      Actor guided = clause_actor (text, p + n, end, own, own_city, as_subject);
      gsize whole = text_any_word_at (text, p + n, end, whole_region, G_N_ELEMENTS (whole_region));

      /* (helping the congress above, 协助全国人大常委会开展执法检查2次,
       * is the reporting congress's own work) */
      if (guided >= ACTOR_NATIONAL && guided < own)
        return ACTOR_OWN;
      /* (the whole region guided, no level named: every level's work,
       * 指导全省建成代表之家、代表联络站一万余个) */
      if (guided == ACTOR_OWN && whole != 0 && opens_with_verb (text, p + n + whole, end))
        return ACTOR_EVERY_LEVEL;
      return guided > own && guided <= ACTOR_TOWNSHIP ? guided : ACTOR_BELOW;
    }
  if (text_word_at (text, p, end, "督促"))
    return ACTOR_URGED;

  reach = MIN (end, p + ACTOR_REACH);
  for (gsize c = p; c < reach; c++)
    for (guint i = 0;
         /* every body starts with 人, 政, 国, 议, 法 or 检: E4 BA BA, E6 94
          * BF, E5 9B BD, E8 AE AE, E6 B3 95, E6 A3 80 */
         c + 3 <= end && (char3 (text, c) == 0xe4baba || char3 (text, c) == 0xe694bf ||
                          char3 (text, c) == 0xe59bbd || char3 (text, c) == 0xe8aeae ||
                          char3 (text, c) == 0xe6b395 || char3 (text, c) == 0xe6a380) &&
         i < G_N_ELEMENTS (bodies);
         i++)
      /* (议政代表 may end past @end, its 代表 the count's first cue: the
       * text ends with a NUL) */
      if (text_word_at (text, c, end, bodies[i]) ||
          (i == TOWNSHIP_LAST && strncmp (text + c, bodies[i], strlen (bodies[i])) == 0))
        {
          gsize body_end = c + strlen (bodies[i]), verb;
          Actor level;

          /* (a list of bodies of one level, the last one nearest the
           * count: 各镇人大、街道人大工委全年组织代表…) */
          body_end = bodies_listed_end (text, body_end, end);

          /* the body does what the count counts: its verb follows it
           * (深圳市人大常委会制定…, 各设区的市人大常委会共制定…); a body
           * named further from the count is an object's part (全省人大
           * 系统先进集体1个、先进个人3名) */
          /* (…or its first clause's, when it is the subject of a later
           * clause: its verb right after it, its own counts may come
           * between, 各区人大常委会共开展执法检查４２次、专题询问１６次，
           * 听取…) */
          verb = words_after_body_end (text, body_end, end);
          /* (deputies, a time word between them and their verb: 全县各
           * 级人大代表全年参加…) */
          if ((i == CONGRESS_LAST || i == FULL_NAME) && text_word_at (text, body_end, end, "代表"))
            verb = words_after_body_end (text, body_end + strlen ("代表"), end);
          if (as_subject ? end > verb + ACTOR_REACH && !(end <= verb + SUBJECT_GAP && deputies_act_at (text, verb, end))
                         : end > verb + ACTOR_GAP)
            return ACTOR_OWN;
          /* (the owner of a contact point the reporting congress runs or
           * is: 我县作为省人大常委会基层立法联系点，…; 发挥省人大常委会基
           * 层立法联系点作用) */
          if (i <= CONGRESS_LAST &&
              (text_word_at (text, body_end, end, "基层立法联系点") ||
               text_word_at (text, body_end, end, "立法联系点")))
            return ACTOR_OWN;
          level = prefix_level (text, p, c, own, own_city);
          /* (a congress asked or heard, an object: 书面征求各乡镇人大、县
           * 直部门意见，收到意见建议130余条) */
          if (i <= CONGRESS_LAST && c > p && asks_body (text, p, c))
            return ACTOR_OWN;
          if (i > CONGRESS_LAST)
            /* a government, when something names it (省政府, 国务院,
             * 市人民政府); a bare 政府 may be an object's part, and so
             * is one after a preposition or a verb (常委会向省政府交办
             * 代表建议531件) */
            return i == STATE_COUNCIL || (c > p && !names_object (text, p, c)) ? ACTOR_GOVERNMENT : ACTOR_OWN;
          /* (not what is sent to a prefecture's office: 向地区人大工委报
           * 送信息240条) */
          if (i >= TOWNSHIP_FIRST && i <= TOWNSHIP_LAST && level == ACTOR_OWN)
            return text_word_at (text, p, c, "向") ? ACTOR_OWN : ACTOR_TOWNSHIP;
          /* 人大代表 are deputies, not a congress: the reporting
           * congress's (省人大代表 in a province's report, 各级人大代表),
           * the NPC's (npc_delegation below the NPC),
           * or another's named as the subject (各设区的市人大代表提出建
           * 议…, 乡镇人大代表…) */
          /* (代表 may be the count's first cue, at @end: the text ends
           * with a NUL); the deputies' stations of a level are the
           * reporting congress's (全州建成乡镇（街道）人大代表联络站115个) */
          if ((i == CONGRESS_LAST || i == FULL_NAME) && strncmp (text + body_end, "代表", strlen ("代表")) == 0)
            {
              const char *after = text + body_end + strlen ("代表");

              if (strncmp (after, "联络站", strlen ("联络站")) == 0 ||
                  strncmp (after, "之家", strlen ("之家")) == 0 ||
                  strncmp (after, "工作站", strlen ("工作站")) == 0)
                return ACTOR_OWN;
              return level == ACTOR_NATIONAL ? (own > ACTOR_NATIONAL ? ACTOR_NPC_DEPUTIES : ACTOR_OWN) : level;
            }
          return level;
        }
  /* the places whose congresses act, no body named (各设区的市制定法规十二
   * 件, 各市州…) */
  {
    static const struct { const char *places; Actor level; } places[] = {
      { "各设区的市", ACTOR_MUNICIPAL }, { "各市州", ACTOR_MUNICIPAL }, { "各市（州）", ACTOR_MUNICIPAL },
      { "各市(州)", ACTOR_MUNICIPAL }, { "各县（市、区）", ACTOR_COUNTY }, { "各县(市、区)", ACTOR_COUNTY },
      { "各县市区", ACTOR_COUNTY }, { "各乡镇", ACTOR_TOWNSHIP },
      /* (全省设区的市累计制定地方性法规已超过150件) */
      { "全省设区的市", ACTOR_MUNICIPAL }, { "全区设区的市", ACTOR_MUNICIPAL },
    };

    for (guint i = 0; (text_word_at (text, p, end, "各") || text_word_at (text, p, end, "全")) &&
                      i < G_N_ELEMENTS (places); i++)
      if (text_word_at (text, p, end, places[i].places))
        {
          gsize after = p + strlen (places[i].places);

          /* 共制定, 制定, the count's first cue right after them (not 各设
           * 区的市的法规), when said of the year (全年共报批) */
          if (text_word_at (text, after, end, "全年"))
            after += strlen ("全年");
          if (after == end || text_word_at (text, after, end, "共") || text_word_at (text, after, end, "累计") ||
              opens_with_verb (text, after, end))
            return places[i].level;
          break;
        }
  }
  /* a city or prefecture named as the one who acts, no body named (深圳
   * 市制定经济特区法规14件、珠海市制定7件 in a province's report): a name
   * of two to five characters, not 全市, 我市, 本州… */
  if (own < ACTOR_MUNICIPAL && text_any_word_at (text, p, end, not_cities, G_N_ELEMENTS (not_cities)) == 0 &&
      !opens_with_verb (text, p, end))
    {
      gsize q = p;

      for (guint n = 0; q < end && n < 6; n++)
        {
          /* (ideographs only: not a quoted name, 举办“渝州人大讲堂”) */
          if ((guchar) text[q] < 0xE4 || (guchar) text[q] > 0xE9)
            break;
          q = MIN (end, q + g_utf8_skip[(guchar) text[q]]);
          /* (the verb may be the count's first cue, at @end) */
          if (n >= 1 && (text_word_ends_at (text, p, q, "市") || text_word_ends_at (text, p, q, "州")) &&
              (q == end || opens_with_verb (text, q, end)))
            return ACTOR_MUNICIPAL;
        }
    }
  return ACTOR_OWN;
}

/* The most items of a list one count is said for (see choose_shared ()) */
#define MAX_SHARED 4

typedef struct
{
  guint       rule;       /* global rule index, or NO_RULE */
  gboolean    unit_read;  /* whether @unit is the quantity's unit */
  guint8      period;     /* see Period */
  gboolean    period_said; /* see CountWindows */
  gboolean    period_to_date;
  guint8      actor;      /* see Actor */
  gsize       start;      /* the tally's span, bytes */
  gsize       end;
  /* the quantity's unit feature, when deciding read it: a string of the
   * document's store, which stays while the document's annotations do
   * (the decisions are redone when they change) */
  const char *unit;
  /* the count's other measures, when one count is said for the items of
   * a list (办结率、面商率均达到100%; 修订、废止单行条例各1件): their
   * rules, NO_RULE after the last, and their spans' starts */
  guint       also[MAX_SHARED - 1];
  gsize       also_start[MAX_SHARED - 1];
} Decision;

/* Does the congress of the report @document, of @scope, make no laws: a
 * county's or a district's (county-level cities' too), not an autonomous
 * county's or banner's, which make their own regulations? */
static gboolean
makes_no_laws (BaogaoDocument *document,
               const char     *scope)
{
  const char *region = baogao_document_get_metadata (document, "region");

  return (strcmp (scope, "county") == 0 || strcmp (scope, "township") == 0) && region != NULL &&
         !g_str_has_suffix (region, "自治县") && !g_str_has_suffix (region, "自治旗");
}

/* The decisions for one document, shared by the domain analyzers: the
 * first one to come decides, the others wait for it and reuse them. */
typedef struct
{
  gatomicrefcount ref;
  GMutex          lock;
  gboolean        done;
  guint           stamp;      /* the document's annotation count then */
  /* the document's quantities then, one decision each: records of the
   * document, which never move (see baogao-store-private.h) */
  GPtrArray      *quantities;
  Decision       *decisions;
  /* whose counts the report gives (see tally_document_scope ()), those of
   * the congresses it guides (see below_scope()) and those of a city's
   * congress (see municipal_scope()): static strings */
  const char     *scope;
  const char     *below;
  const char     *municipal;
  /* the report's congress makes no laws: a county's or a district's,
   * not an autonomous county's or banner's */
  gboolean        lawless;
} Shared;

static gpointer
shared_ref (gpointer data,
            gpointer user_data)
{
  Shared *shared = data;

  if (shared != NULL)
    g_atomic_ref_count_inc (&shared->ref);
  return shared;
}

static void
shared_unref (gpointer data)
{
  Shared *shared = data;

  if (shared != NULL && g_atomic_ref_count_dec (&shared->ref))
    {
      g_mutex_clear (&shared->lock);
      g_clear_pointer (&shared->quantities, g_ptr_array_unref);
      g_free (shared->decisions);
      g_free (shared);
    }
}

static Shared *
shared_new (void)
{
  Shared *shared = g_new0 (Shared, 1);

  g_atomic_ref_count_init (&shared->ref);
  g_mutex_init (&shared->lock);
  return shared;
}

/* --- reading the cues around a count ----------------------------------- */

static gboolean record_hit_grow (gsize    byte_start,
                                 gsize    byte_end,
                                 guint    value,
                                 gpointer user_data);

static gboolean
record_hit (gsize    byte_start,
            gsize    byte_end,
            guint    value,
            gpointer user_data)
{
  Decider *d = user_data;
  CueHit *hit;

  /* growing is a tail call: the common path saves no registers */
  if (G_UNLIKELY (d->n_hits == d->hits_size))
    return record_hit_grow (byte_start, byte_end, value, user_data);
  hit = &d->hits[d->n_hits++];
  hit->start = d->scan_base + byte_start;
  hit->end = d->scan_base + byte_end;
  hit->keyword = value;
  return TRUE;
}

static G_NO_INLINE gboolean
record_hit_grow (gsize    byte_start,
                 gsize    byte_end,
                 guint    value,
                 gpointer user_data)
{
  Decider *d = user_data;

  d->hits_size = MAX (256, d->hits_size * 2);
  d->hits = g_renew (CueHit, d->hits, d->hits_size);
  return record_hit (byte_start, byte_end, value, user_data);
}

static void
add_stretch (Stretch *stretches,
             guint   *n,
             gsize    start,
             gsize    end)
{
  if (start < end)
    {
      stretches[*n].start = start;
      stretches[*n].end = end;
      (*n)++;
    }
}

/* The first occurrence of the @len bytes of @word in [@p, @limit), or
 * %NULL: memchr() for its last byte (in Chinese text, a continuation
 * byte, rarer than a lead byte), then the bytes before it. */
static const char *
find_word (const char *p,
           const char *limit,
           const char *word,
           gsize       len)
{
  const char *q = p + len - 1;

  while (q < limit)
    {
      q = memchr (q, (guchar) word[len - 1], limit - q);
      if (q == NULL)
        return NULL;
      if (memcmp (q - (len - 1), word, len - 1) == 0)
        return q - (len - 1);
      q++;
    }
  return NULL;
}

/* Adds the occurrences of the subject words in [@start, @end) to
 * d->subject_hits, in the matcher's order: by end, then longest first
 * (two words of one length ending together are one word). */
static void
find_subject_words_in (Decider *d,
                       gsize    start,
                       gsize    end)
{
  const Tables *tables = d->tables;
  guint first = d->n_subject_hits;

  for (guint k = 0; k < tables->n_subject_words; k++)
    {
      const SubjectWord *word = &tables->subject_words[k];
      const char *p = d->text + start;
      const char *limit = d->text + end;

      /* every occurrence, overlapping ones too: on from the next byte */
      while ((gsize) (limit - p) >= word->len)
        {
          const char *found = find_word (p, limit, word->word, word->len);
          CueHit *hit;
          guint i;

          if (found == NULL)
            break;
          if (d->n_subject_hits == d->subject_hits_size)
            {
              d->subject_hits_size = MAX (64, d->subject_hits_size * 2);
              d->subject_hits = g_renew (CueHit, d->subject_hits, d->subject_hits_size);
            }
          /* into place among the other words' hits (few) */
          for (i = d->n_subject_hits; i > first; i--)
            {
              const CueHit *other = &d->subject_hits[i - 1];
              gsize found_end = found - d->text + word->len;

              if (other->end < found_end ||
                  (other->end == found_end && other->end - other->start > word->len))
                break;
              d->subject_hits[i] = *other;
            }
          hit = &d->subject_hits[i];
          hit->start = found - d->text;
          hit->end = hit->start + word->len;
          hit->keyword = word->keyword;
          d->n_subject_hits++;
          p = found + 1;
        }
    }
}

/* Sorts stretches by start. They come nearly sorted, so an insertion
 * sort: a stretch comes after others starting later only by a bounded
 * reach (a subject comes back to the start of its sentence, at most
 * SUBJECT_REACH; a clause head back at most WINDOW_BEFORE; a list's tail,
 * once, precedes the heads of its list's other items). */
static void
sort_stretches (Stretch *stretches,
                guint    n)
{
  for (guint i = 1; i < n; i++)
    {
      Stretch item = stretches[i];
      guint j = i;

      for (; j > 0 && stretches[j - 1].start > item.start; j--)
        stretches[j] = stretches[j - 1];
      stretches[j] = item;
    }
}

/* Finds the subject words in the subjects the counts read: those of a
 * sentence all start at its start, so each sentence's longest is
 * searched, once. @scratch has room for a stretch per count. */
static void
find_subject_words (Decider            *d,
                    const CountWindows *windows,
                    guint               n_windows,
                    Stretch            *scratch)
{
  guint n = 0;

  d->n_subject_hits = 0;
  for (guint i = 0; i < n_windows; i++)
    {
      const CountWindows *w = &windows[i];

      if (w->skip || w->subject_start >= w->subject_end)
        continue;
      if (n > 0 && scratch[n - 1].start == w->subject_start)
        scratch[n - 1].end = MAX (scratch[n - 1].end, w->subject_end);
      else
        add_stretch (scratch, &n, w->subject_start, w->subject_end);
    }

  /* by start, merged where they overlap: then the hits of one come
   * before those of the next in the matcher's order too */
  sort_stretches (scratch, n);
  for (guint i = 0; i < n;)
    {
      gsize start = scratch[i].start, end = scratch[i].end;

      for (i++; i < n && scratch[i].start < end; i++)
        end = MAX (end, scratch[i].end);
      find_subject_words_in (d, start, end);
    }
}

/* Scans, once, the text every count reads its cues in: the stretches
 * its windows, clause head, subject and tail cover, merged where they
 * overlap or nearly touch (a scan costs more than a few characters). A
 * window lies inside one stretch, so its cues are the hits inside it. */
static void
scan_stretches (Decider            *d,
                const CountWindows *windows,
                guint               n_windows)
{
  /* merging across a gap this short is cheaper than one more scan */
  const gsize bridge = 16;
  g_autofree Stretch *all = g_new (Stretch, 3 * n_windows);
  guint n = 0;
  gsize tail_start = 0;

  for (guint i = 0; i < n_windows; i++)
    {
      const CountWindows *w = &windows[i];

      if (w->skip)
        continue;
      if (!d->tables->subjects_by_word)
        add_stretch (all, &n, w->subject_start, w->subject_end);
      /* (a box's figure's name may end past its count's clause: 8次｜常委
       * 会会议) */
      add_stretch (all, &n, MIN (w->e_start, w->h_start), MAX (w->w_end, w->suffix_end));
      /* every count of a list has its list's tail (which starts at
       * the list's last count, so its start names it): add it once, or
       * a long list would be as many stretches, and each head after
       * them would be sorted back past them all */
      if (w->tail_start < w->tail_end && w->tail_start != tail_start)
        {
          tail_start = w->tail_start;
          add_stretch (all, &n, w->tail_start, w->tail_end);
        }
    }

  sort_stretches (all, n);

  for (guint i = 0; i < n;)
    {
      gsize start = all[i].start, end = all[i].end;

      for (i++; i < n && all[i].start <= end + bridge; i++)
        end = MAX (end, all[i].end);
      d->scan_base = start;
      baogao_matcher_scan (d->tables->matcher, d->text + start, end - start,
                           BAOGAO_MATCH_ALL, record_hit, d);
    }

  if (d->tables->subjects_by_word)
    find_subject_words (d, windows, n_windows, all);
}

/* One step of a walk over the hits that drops those inside spans of the
 * text, the spans in text order: keeps the hits that end before
 * [@start, @end) (moved only once some were dropped), and drops those
 * inside it, keeping one that starts before it. *@kept and *@h are the
 * walk's place, see drop_hits_end (). */
static void
drop_hits_within (Decider *d,
                  gsize    start,
                  gsize    end,
                  guint   *kept,
                  guint   *h)
{
  guint from = *h;

  while (*h < d->n_hits && d->hits[*h].end <= start)
    (*h)++;
  if (*kept != from)
    memmove (d->hits + *kept, d->hits + from, (*h - from) * sizeof *d->hits);
  *kept += *h - from;
  for (; *h < d->n_hits && d->hits[*h].end <= end; (*h)++)
    if (d->hits[*h].start < start)
      d->hits[(*kept)++] = d->hits[*h];
}

/* Ends a walk of drop_hits_within (): keeps the hits after the last span. */
static void
drop_hits_end (Decider *d,
               guint    kept,
               guint    h)
{
  if (kept != h)
    memmove (d->hits + kept, d->hits + h, (d->n_hits - h) * sizeof *d->hits);
  d->n_hits = kept + (d->n_hits - h);
}

/* The nouns of laws a count after a law's title may name (《…》2部法规) */
static const char * const law_nouns[] = { "法规", "地方性法规", "条例", "单行条例", "法律" };

/* Is the title [@start, @end) a law's name (《某某市城乡规划条例》)? */
static gboolean
names_a_law (const char *text,
             gsize       start,
             gsize       end)
{
  static const char * const kinds[] = { "条例》", "法》", "规定》", "办法》", "细则》", "规则》" };

  return text_any_word_ends_at (text, start, end, kinds, G_N_ELEMENTS (kinds)) != 0;
}

/* Drops the cues found inside a 《…》 title that holds no count: a law's
 * or a report's name, whose words say nothing of the counts around it
 * (修改《…》《某某省信访条例》等13件: no petitions; 修订《某某省人口与计
 * 划生育条例》等4件: no plan). A package decision's title holds its count
 * (《关于修改〈X〉等六件地方性法规的决定》), and a publication's comes
 * right before it (《人大工作简报》36期): their words are read. The titles
 * are the citation layer's, in text order (a nested one inside the one
 * before it is passed over); the hits stay in their order. A draft's
 * title keeps the 草案 that closes it. */
static void
drop_hits_in_titles (Decider            *d,
                     GPtrArray          *titles,
                     const CountWindows *windows,
                     guint               n_windows)
{
  static const char * const draft_tails[] = { "（草案）》", "(草案)》", "草案》" };
  guint kept = 0, h = 0, qi = 0;
  gsize prev_end = 0;

  for (guint i = 0; i < titles->len && h < d->n_hits; i++)
    {
      BaogaoAnnotation *title = g_ptr_array_index (titles, i);
      gsize start = baogao_annotation_get_byte_start (title);
      gsize end = baogao_annotation_get_byte_end (title);

      if (start < prev_end)
        continue;
      prev_end = end;
      /* a count inside it or right after it, its words are read: the
       * title of what the count counts (编发《人大工作简报》36期), or a
       * law's that is the count's noun (《…条例》1部作了修改); not a law's
       * before the count's own noun, which only names one of the laws
       * counted (对《…城乡规划条例》《…》2部法规开展立法后评估: no plan) */
      while (qi < n_windows && windows[qi].q_start < start)
        qi++;
      if (qi < n_windows && windows[qi].q_start <= end &&
          (windows[qi].q_start < end || !names_a_law (d->text, start, end) ||
           !text_any_word_at (d->text, windows[qi].q_end, MAX (windows[qi].w_end, windows[qi].q_end), law_nouns,
                             G_N_ELEMENTS (law_nouns))))
        continue;
      /* (a draft's title says it is one: 就《…条例（草案）》召开座谈会3
       * 场, its 草案 read) */
      end -= text_any_word_ends_at (d->text, start, end, draft_tails, G_N_ELEMENTS (draft_tails));
      drop_hits_within (d, start, end, &kept, &h);
    }
  drop_hits_end (d, kept, h);
}

/* The longest aside telling what a count includes, set between its noun
 * and it */
#define INCLUSION_ASIDE (20 * 3)

/* Drops the cues found inside an aside that tells what a count includes,
 * set right before it, with no count of its own (审议法规草案（包括修改、
 * 废止草案）141件; 表决通过地方性法规（含法规性决定）14件): its words
 * qualify the count's noun, they are no verb of the count. The hits stay
 * in their order. */
static void
drop_hits_in_inclusions (Decider            *d,
                         const CountWindows *windows,
                         guint               n_windows)
{
  static const char * const includes[] = { "包括", "包含", "含", "其中包括", "其中含" };
  const char *text = d->text;
  guint kept = 0, h = 0;

  for (guint qi = 0; qi < n_windows && h < d->n_hits; qi++)
    {
      gsize q = windows[qi].q_start, close, lower, open = G_MAXSIZE;

      if (q < 6 || !text_word_ends_at (text, 0, q, "）"))
        continue;
      close = q - strlen ("）");
      lower = close > INCLUSION_ASIDE ? close - INCLUSION_ASIDE : 0;
      for (gsize p = text_find (text, lower, close, "（"); p != G_MAXSIZE; p = text_find (text, p + 3, close, "（"))
        open = p;
      if (open == G_MAXSIZE ||
          text_any_word_at (text, open + strlen ("（"), close, includes, G_N_ELEMENTS (includes)) == 0 ||
          (qi > 0 && windows[qi - 1].q_end > open))
        continue;
      drop_hits_within (d, open, q, &kept, &h);
    }
  drop_hits_end (d, kept, h);
}

/* Notes cue @hit, read in @mode, in the state of every rule it speaks
 * for there. Inlined into read_cues() for each mode, a constant there:
 * the per-mode tests fold away, and the decider's fields are read once
 * into locals (the rule states are guints too, so the compiler could not
 * keep them in registers across the stores). */
G_ALWAYS_INLINE static inline void
apply_cue (Decider      *d,
           const CueHit *hit,
           ScanMode      mode)
{
  const Tables *tables = d->tables;
  const guint *use_start = tables->use_start[mode] + hit->keyword;
  const CueUse *use = tables->uses[mode] + use_start[0];
  const CueUse *uses_end = tables->uses[mode] + use_start[1];
  RuleState *state = d->state;
  guint generation = d->generation;
  gsize hit_start = hit->start, hit_end = hit->end;
  guint len;
  gsize distance;

  /* most keywords speak for no rule at the clause head, in the subject
   * or after the list */
  if (use == uses_end)
    return;
  len = tables->keyword_len[hit->keyword];

  /* how far the cue is from the count: the same for every rule, as the
   * mode has cues of one side only (and except words, which have none) */
  if (mode == SCAN_BEFORE || mode == SCAN_HEAD || mode == SCAN_SUBJECT)
    distance = d->q_start >= hit_end ? d->q_start - hit_end : 0;
  else
    distance = hit_start >= d->q_end ? hit_start - d->q_end : 0;

  for (; use < uses_end; use++)
    {
      RuleState *st = &state[use->rule];
      guint slot = use->slot;
      guint bit = 1u << slot;

      if (st->generation != generation)
        {
          /* the rule's first cue for this count */
          st->generation = generation;
          st->found = bit;
          st->cue_len = len;
          st->group_len[slot] = len;
          st->first_start = mode == SCAN_BEFORE ? hit_start : G_MAXSIZE;
          st->last_end = mode == SCAN_AFTER ? hit_end : 0;
          st->distance = distance;
          st->borrowed = mode == SCAN_HEAD;
          st->touch = d->n_touched++;
          if (bit == use->need)
            d->complete[d->n_complete++] = use->rule;
          continue;
        }

      if (!(st->found & bit))
        {
          st->found |= bit;
          st->cue_len += len;
          st->group_len[slot] = len;
          st->borrowed |= mode == SCAN_HEAD;
          if (st->found == use->need)
            d->complete[d->n_complete++] = use->rule;
        }
      else if (len > st->group_len[slot])
        {
          st->cue_len += len - st->group_len[slot];
          st->group_len[slot] = len;
        }
      st->distance = MIN (st->distance, distance);
      if (mode == SCAN_BEFORE)
        st->first_start = MIN (st->first_start, hit_start);
      else if (mode == SCAN_AFTER)
        st->last_end = MAX (st->last_end, hit_end);
    }
}

/* Reads the cues of [@a, @b), in @mode. *@cursor is where a previous
 * read with it began: successive reads are near each other. Sets
 * *@cursor to the first cue ending after @a, and returns the first one
 * ending after @b (or *@cursor, when the stretch is empty). Inlined, so
 * that each mode gets its own loop. */
G_ALWAYS_INLINE static inline guint
read_cues_in (Decider      *d,
              const CueHit *hits,
              guint         n_hits,
              guint        *cursor,
              gsize         a,
              gsize         b,
              ScanMode      mode)
{
  guint i = *cursor;

  /* the first cue ending after @a; the cursor follows @a even when the
   * window is empty (counts side by side), or the next read would walk
   * from far behind */
  while (i > 0 && hits[i - 1].end > a)
    i--;
  while (i < n_hits && hits[i].end <= a)
    i++;
  *cursor = i;
  if (a >= b)
    return i;

  for (; i < n_hits && hits[i].end <= b; i++)
    if (hits[i].start >= a)
      {
        /* except words count in the count's own windows */
        if (mode == SCAN_BEFORE || mode == SCAN_AFTER)
          d->seen[hits[i].keyword] = d->generation;
        apply_cue (d, &hits[i], mode);
      }
  return i;
}

/* Same, for the cues of the stretches scanned. */
G_ALWAYS_INLINE static inline guint
read_cues (Decider  *d,
           guint    *cursor,
           gsize     a,
           gsize     b,
           ScanMode  mode)
{
  return read_cues_in (d, d->hits, d->n_hits, cursor, a, b, mode);
}

/* Starts deciding the count [@q_start, @q_end): every rule state is
 * stale. */
static void
begin_count (Decider *d,
             gsize    q_start,
             gsize    q_end)
{
  d->n_touched = 0;
  d->n_complete = 0;
  d->generation++;
  if (d->generation == 0)
    {
      /* wrapped around: forget every state */
      memset (d->state, 0, sizeof (RuleState) * d->tables->n_rules);
      memset (d->seen, 0, sizeof (guint) * d->tables->n_keywords);
      d->generation = 1;
    }
  d->q_start = q_start;
  d->q_end = q_end;
}

/* The unit of a count, read when a rule asks for it, and whether the
 * last units asked about accept it (many rules share one list of units:
 * COUNT_UNITS is one string). The unit and base unit are read once per
 * count, the unit kept for writing the tally. */
typedef struct
{
  BaogaoAnnotation *quantity;
  const char       *units;      /* the last list asked about, or NULL */
  gboolean          accepted;
  gboolean          unit_read;
  gboolean          base_unit_read;
  const char       *unit;
  const char       *base_unit;
} CountUnit;

/* Is @unit one of the |-separated @units? */
static gboolean
unit_in (const char *units,
         const char *unit)
{
  const char *p = units;

  if (unit == NULL)
    return FALSE;
  for (;;)
    {
      const char *u = unit;

      while (*u != '\0' && *u == *p && *p != '|')
        u++, p++;
      if (*u == '\0' && (*p == '|' || *p == '\0'))
        return TRUE;
      while (*p != '|' && *p != '\0')
        p++;
      if (*p == '\0')
        return FALSE;
      p++;
    }
}

static gboolean
unit_accepted (const CompiledRule *rule,
               CountUnit          *count)
{
  const char *units = rule->rule->units;

  if (rule->n_units == 0)
    return TRUE;
  if (units != count->units)
    {
      count->units = units;
      if (!count->unit_read)
        {
          count->unit = baogao_annotation_get_string (count->quantity, "unit");
          count->unit_read = TRUE;
        }
      count->accepted = unit_in (units, count->unit);
      if (!count->accepted)
        {
          if (!count->base_unit_read)
            {
              count->base_unit = baogao_annotation_get_string (count->quantity, "base_unit");
              count->base_unit_read = TRUE;
            }
          count->accepted = unit_in (units, count->base_unit);
        }
    }
  return count->accepted;
}

/* Has one of the except words of rule @r occurred in the count's own
 * windows? */
static gboolean
vetoed (const Decider *d,
        guint          r)
{
  const Tables *tables = d->tables;

  for (guint e = tables->except_start[r]; e < tables->except_start[r + 1]; e++)
    if (d->seen[tables->except_keywords[e]] == d->generation)
      return TRUE;
  return FALSE;
}

/* Does an except word of rule @r, whose `<` group may be found in the
 * sentence's subject, stand in the clause of no count before the
 * count's, [@from, @to)? Its words are no longer the subject's alone
 * (常委会党组把…作为首要政治任务，…，严格执行“第一议题”制度，全年学习
 * 36次: the study that opens meetings, not the Party group's own). */
static gboolean
vetoed_between (const Tables *tables,
                const char   *text,
                guint         r,
                gsize         from,
                gsize         to)
{
  const char *word = tables->rules[r].rule->except, *except_end, *word_end;

  if (word == NULL || from >= to || !tables->rules[r].reads_subject)
    return FALSE;
  except_end = word + strlen (word);
  for (; next_alternative (&word, except_end, &word_end); word = word_end + 1)
    if (find_word (text + from, text + to, word, (gsize) (word_end - word)) != NULL)
      return TRUE;
  return FALSE;
}

/* The start of the clause of no count that ends right before the one
 * at @p (past its delimiter), after @lower, for the count @qi; @p when
 * there is none. */
static gsize
clause_before (const char         *text,
               gsize               lower,
               gsize               p,
               const CountWindows *windows,
               guint               qi)
{
  const char *delimiter = g_utf8_find_prev_char (text + lower, text + p);
  gsize start;

  if (delimiter == NULL)
    return p;
  start = clause_start (text, lower, (gsize) (delimiter - text));
  if (qi > 0 && windows[qi - 1].q_end > start)
    return p;
  return start;
}

/* Takes rule @r out of the count's complete rules. */
static void
forget_complete (Decider *d,
                 guint    r)
{
  guint k = 0;

  for (guint t = 0; t < d->n_complete; t++)
    if (d->complete[t] != r)
      d->complete[k++] = d->complete[t];
  d->n_complete = k;
}

/* May a count in a section of domain @section be another domain's, @to,
 * when its words say so and the section's own rules say nothing? The
 * statutory work's, from any section: what legislation, oversight and
 * deputies' work count is said in words no other part uses. The Party
 * group's and the office's, each from the other's section only: their
 * words (联系, 走访, 发表) tell of other work elsewhere (走访企业55家 in
 * oversight research, 媒体发表报道50多篇 on a law). */
static gboolean
may_lend (const Tables *tables,
          int           section,
          guint         to)
{
  const char *name = tables->domains[to]->domain;
  const char *from = tables->domains[section]->domain;

  if (strcmp (name, "legislation") == 0 || strcmp (name, "oversight") == 0 ||
      strcmp (name, "representation") == 0)
    return TRUE;
  return (strcmp (name, "political") == 0 && strcmp (from, "self_building") == 0) ||
         (strcmp (name, "self_building") == 0 && strcmp (from, "political") == 0);
}

/* Can complete rule @r decide the count, in candidate pass @pass (0: the
 * `anywhere` rules, 1: the rules of @domain, or of every domain when
 * @domain < 0, 2: when @domain has none, another domain's rules whose
 * words say it twice over, two cue groups or more, or plainly, in words
 * of four characters or more (开展执法检查2次 in a section on the Party's
 * leadership, 代表提出建议500件 in one on oversight), unless they keep to
 * their own sections (TallyRule.own_sections))? */
static gboolean
candidate (const Tables *tables,
           guint         r,
           guint         pass,
           int           domain,
           CountUnit    *unit)
{
  const CompiledRule *rule = &tables->rules[r];

  if (pass == 0 && !rule->rule->anywhere)
    return FALSE;
  if (pass == 1 && domain >= 0 && (int) rule->domain != domain)
    return FALSE;
  if (pass == 2 &&
      (domain < 0 || (int) rule->domain == domain || rule->rule->own_sections ||
       (rule->n_before + rule->n_after < 2 && !rule->plain) || !may_lend (tables, domain, rule->domain)))
    return FALSE;
  return unit_accepted (rule, unit);
}

/* The rule that decides the count, among the rules its cues touched
 * (the first @max_touch of them), or NO_RULE. */
static guint
choose (Decider   *d,
        int        section_domain,
        guint      max_touch,
        CountUnit *unit)
{
  const Tables *tables = d->tables;
  const RuleState *state = d->state;
  guint best = NO_RULE, tied = NO_RULE, in_section = NO_RULE, pass;
  guint n_complete = 0;

  /* the rules with every group on both sides found and no veto, in the
   * order the count's cues touched them (they were completed in another
   * order); a veto is for good */
  for (guint t = 0; t < d->n_complete; t++)
    {
      guint r = d->complete[t];
      guint k = n_complete++;

      if (vetoed (d, r))
        {
          n_complete--;
          continue;
        }
      for (; k > 0 && state[d->complete[k - 1]].touch > state[r].touch; k--)
        d->complete[k] = d->complete[k - 1];
      d->complete[k] = r;
    }
  d->n_complete = n_complete;
  if (n_complete == 0)
    return NO_RULE;

  /* candidates: the complete ones whose unit is accepted; the `anywhere`
   * ones first, then the section's domain's, then, when none of those
   * speaks, another domain's whose words are plain (制定…法规 in a
   * self-building section's 数说 paragraph, or a section whose heading
   * misled its topic); the most specific wins (see compare()), by table
   * order within a domain */
  for (pass = 0; pass < 3 && best == NO_RULE; pass++)
    for (guint t = 0; t < n_complete; t++)
      {
        guint r = d->complete[t];
        int c;

        if (state[r].touch >= max_touch || !candidate (tables, r, pass, section_domain, unit))
          continue;
        if (best == NO_RULE)
          {
            best = r;
            continue;
          }
        c = compare (tables, state, r, best);
        if (c > 0 || (c == 0 && tables->rules[r].domain == tables->rules[best].domain && r < best))
          best = r;
      }
  if (best == NO_RULE)
    return NO_RULE;

  /* Two domains' rules equally specific and equally near: the section's
   * topic decides between them, or, outside a topical section, nothing
   * does and the count is left undecided (table order is no reason to
   * give it to either domain). */
  pass--;
  if (section_domain >= 0 && (int) tables->rules[best].domain == section_domain)
    in_section = best;
  for (guint t = 0; t < n_complete; t++)
    {
      guint r = d->complete[t];

      if (tables->rules[r].domain == tables->rules[best].domain || state[r].touch >= max_touch ||
          !candidate (tables, r, pass, section_domain, unit) ||
          compare (tables, state, r, best) != 0)
        continue;
      tied = r;
      if (section_domain >= 0 && (int) tables->rules[r].domain == section_domain &&
          (in_section == NO_RULE || r < in_section))
        in_section = r;
    }
  if (tied == NO_RULE)
    return best;
  if (in_section == NO_RULE)
    g_debug ("tally: the count at byte %" G_GSIZE_FORMAT " is %s.%s as much as %s.%s; "
             "left undecided",
             d->q_start, tables->domains[tables->rules[best].domain]->domain,
             tables->rules[best].rule->measure,
             tables->domains[tables->rules[tied].domain]->domain,
             tables->rules[tied].rule->measure);
  return in_section;
}

/* The index of the last count of the list that count @qi is an item
 * of (@qi itself when it is in no list or the last of its list), in the
 * sentence ending at @sentence_end. */
static guint
list_last (const char *text,
           GPtrArray  *quantities,
           guint       qi,
           gsize       sentence_end)
{
  guint j = qi;

  while (j + 1 < quantities->len)
    {
      gsize end = baogao_annotation_get_byte_end (g_ptr_array_index (quantities, j));
      gsize next = baogao_annotation_get_byte_start (g_ptr_array_index (quantities, j + 1));

      if (next < end || next - end > WINDOW_BEFORE || next >= sentence_end ||
          !same_list (text, end, next))
        break;
      j++;
    }
  return j;
}

/* Is the count ending at @q_end (in 个) a count of places: is its own
 * noun a place (在21个街道全覆盖建设代表之家, 313个乡镇（街道）均建立…,
 * 在38个县（市、区）设立…)? Such a count counts the places, whatever is
 * built or done there. A place that qualifies a noun after it is not
 * the count's noun (12个乡镇人大代表之家, 9个村级代表联络站, 15个市级项
 * 目). */
static gboolean
counts_places (const char *text,
               gsize       q_end,
               gsize       size)
{
  /* places whose name is no other word's start: any word but a noun
   * they qualify ends them */
  static const char * const places[] = {
    "街道", "乡镇", "镇街", "社区", "行政村", "自然村", "村居", "县区", "区县", "县市区",
    "县市", "市县", "市州", "市地", "地市", "盟市", "旗县", "设区的市", "设区市", "省辖市", "苏木", "嘎查",
    "街乡", "乡街", "街镇",
    /* (places by what they are: 深入58个贫困县开展专题调研) */
    "贫困县", "贫困村", "脱贫县", "脱贫村", "重点县", "边境县",
  };
  /* places of one character, which begin many words (市场, 区域, 村民):
   * only when a word that ends a place's name follows */
  static const char * const short_places[] = { "村", "镇", "乡", "县", "区", "市", "州" };
  /* nouns a place qualifies: the count is theirs */
  static const char * const qualified[] = {
    "人大", "人民", "代表", "政府", "党", "工委", "基层", "立法", "联络", "之家", "家站", "站",
    "级", "直", "属", "居委会", "村委会", "委员会", "部门", "单位", "机关", "干部", "书记",
    "主任", "群众", "居民", "选民", "项目", "企业",
  };
  /* what may follow a one-character place: a delimiter, a conjunction,
   * an adverb or a verb of building or covering */
  static const char * const after_short[] = {
    "、", "，", "。", "；", "和", "及", "与", "等", "均", "全", "都", "已", "的", "建立", "建设",
    "设立", "建成", "开展", "实现", "推行", "覆盖", "推进", "推动", "试点", "探索", "率先", "全部",
    /* (在全市16个区新建代表联络站25个) */
    "新建", "新设", "新增", "新成立",
  };
  gsize p = q_end, limit;
  gboolean short_place = FALSE, found = FALSE;

  if (q_end < 3 || memcmp (text + q_end - 3, "个", 3) != 0)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (places) && !found; i++)
    if (text_word_at (text, p, size, places[i]))
      {
        p += strlen (places[i]);
        found = TRUE;
      }
  for (guint i = 0; i < G_N_ELEMENTS (short_places) && !found; i++)
    if (text_word_at (text, p, size, short_places[i]))
      {
        p += strlen (short_places[i]);
        found = short_place = TRUE;
      }
  if (!found)
    return FALSE;

  /* the places named twice: 乡镇（街道）, 县（市、区） */
  limit = MIN (size, p + 8 * 3);
  if (text_word_at (text, p, size, "（") || text_word_at (text, p, size, "("))
    {
      gsize c = p;

      while (c < limit && !text_word_at (text, c, size, "）") && text[c] != ')')
        c++;
      if (c < limit)
        p = c + (text[c] == ')' ? 1 : 3);
    }

  if (text_any_word_at (text, p, size, qualified, G_N_ELEMENTS (qualified)) != 0)
    return FALSE;
  if (!short_place)
    return TRUE;
  if (p >= size || text[p] == ',' || text[p] == ';' || text[p] == '.' || text[p] == '\n')
    return TRUE;
  return text_any_word_at (text, p, size, after_short, G_N_ELEMENTS (after_short)) != 0;
}

/* Does an aside naming a part of a total open at @p (（含…, （其中…,
 * （包括…)? Returns where its words start, or 0. */
/* The words that name a part of a total (含…, 其中…, 包括…) */
static const char * const subset_parts[] = { "含", "其中", "包括", "包含", "内含" };

static gsize
subset_aside_at (const char *text,
                 gsize       p,
                 gsize       end)
{

  if (text_word_at (text, p, end, "（"))
    p += 3;
  else if (p < end && text[p] == '(')
    p++;
  else
    return 0;
  /* (a note: （注：含闭会期间代表提出的建议11件）) */
  if (text_word_at (text, p, end, "注：") || text_word_at (text, p, end, "注:"))
    p += text[p + 3] == ':' ? 4 : 6;
  return text_any_word_at (text, p, end, subset_parts, G_N_ELEMENTS (subset_parts)) != 0 ? p : 0;
}

/* Is the count starting at @q_start in an aside that names a part of
 * the total before it, right after it or closing its clause (制定地方性
 * 法规6件（含…通过1件）, 12件（其中制定5件、修改7件）, （包括…）)? The
 * part is in the total, not a count of its own. @total_end is where the
 * count before it ends; @aside is where the aside the counts before were
 * found in opens (G_MAXSIZE: none), and is updated. */
static gboolean
in_subset_aside (const char *text,
                 gsize       total_end,
                 gsize       q_start,
                 gsize      *aside)
{
  gsize p;

  /* a later count of the same aside (（其中制定5件、修改7件）) */
  if (*aside < q_start && q_start - *aside <= ASIDE_REACH)
    {
      for (gsize c = *aside; c < q_start; c++)
        if (text[c] == ')' || text_word_at (text, c, q_start, "）"))
          {
            *aside = G_MAXSIZE;
            break;
          }
      if (*aside != G_MAXSIZE)
        return TRUE;
    }
  *aside = G_MAXSIZE;

  if (total_end == 0 || total_end >= q_start || q_start - total_end > ASIDE_REACH)
    return FALSE;
  /* (the aside may close the total's clause, after its words: 对130件规
   * 范性文件开展审查（含专项审查35件）) */
  p = 0;
  for (gsize c = total_end; c < q_start && delimiter_at (text, c, q_start) == 0; c++)
    if ((text[c] == '(' || text_word_at (text, c, q_start, "（")) &&
        (p = subset_aside_at (text, c, q_start)) != 0)
      break;
  if (p == 0)
    return FALSE;
  for (gsize c = p; c < q_start; c++)
    if (text[c] == ')' || text_word_at (text, c, q_start, "）"))
      return FALSE;
  *aside = p;
  return TRUE;
}

/* Where the words of a count in an aside open in [@w_start, @q_start)
 * start, when the aside has words of its own before the count past a
 * part's word (（制定9件…, （其中制定9件…): right after its bracket; else
 * @w_start (（9件）, （其中9件为…）, no aside). */
static gsize
aside_words_start (const char *text,
                   gsize       w_start,
                   gsize       q_start)
{
  /* (a total's word, or what there is now, is none of its own: 专项工作
   * 报告（共计16个）, 基层立法联系点（现有３个）) */
  static const char * const totals[] = {
    "共计", "合计", "总计", "累计", "共", "现有", "目前有", "已有", "目前已有", "共有",
  };
  gsize open = G_MAXSIZE, p, n;

  /* (most windows hold no bracket: one is looked for before the walk) */
  if (memchr (text + w_start, '(', q_start - w_start) == NULL &&
      text_find (text, w_start, q_start, "（") == G_MAXSIZE)
    return w_start;
  for (p = w_start; p < q_start; p++)
    if (text[p] == '(')
      open = p + 1;
    else if (text_word_at (text, p, q_start, "（"))
      open = p + strlen ("（");
    else if (text[p] == ')' || text_word_at (text, p, q_start, "）"))
      open = G_MAXSIZE;
  if (open == G_MAXSIZE)
    return w_start;
  p = open;
  if ((n = text_any_word_at (text, p, q_start, subset_parts, G_N_ELEMENTS (subset_parts))) != 0)
    p += n;
  p += text_any_word_at (text, p, q_start, totals, G_N_ELEMENTS (totals));
  /* (two characters at least: a verb) */
  return q_start - p >= 2 * 3 ? open : w_start;
}

/* The longest clause naming the ones a count is of with no words of
 * what they are (参加的，) */
#define ELLIPTIC_TOPIC (5 * 3)

/* The words that end a clause counting the ones of a topic named in the
 * clause before (…，提出修改意见的有23部; …，依法接受的共有4人) */
static const char * const topic_counts[] = { "的有", "的共有", "的达", "的计", "的共计", "的合计" };

/* What a clause that opens with 对 and closes with a count may name, the
 * topic of the clause after it (对…的5件建议，交由…再次研究办理), in
 * words of four characters at most after the count (not 对13件法规草案公
 * 开征求意见, whose verb is its own); documents in any words (对其中6件
 * 存在问题的文件，督促…) */
#define FRONTED_OBJECT (4 * 3)
static const char * const fronted_objects[] = {
  "建议", "议案", "报告", "部门", "单位",
  /* (对…等七件法规草案，在网站上公开征求意见; 对一件…政府规章，依法发函
   * 要求制定机关纠正) */
  "草案", "法规", "法律", "条例", "规章",
  /* (对5项审议意见的落实情况，常委会又开展了跟踪监督) */
  "意见",
};
/* …and how far the object was carried out, after it (对5项审议意见的
 * 落实情况，…): still the object's words */
static const char * const fronted_progress[] = {
  "的落实情况", "的办理情况", "的整改情况", "的实施情况", "的执行情况",
  "落实情况", "办理情况", "整改情况", "实施情况", "执行情况",
  /* (…or their work: 对省政府10个组成部门的工作，常委会开展了工作评议) */
  "的工作情况", "的工作",
};
/* The longest words of a fronted object with a clause that qualifies
 * it: 12件办理不到位的建议 */
#define FRONTED_QUALIFIED_OBJECT (12 * 3)

/* Do the words [@start, @end) before a count open with 对 or 就, the
 * object's preposition, maybe after when (全年就…等9件法规草案，向…征求
 * 意见)? */
static gboolean
opens_with_about (const char *text,
                  gsize       start,
                  gsize       end)
{
  static const char * const when[] = { "全年", "年内", "今年", "一年来", "先后" };

  start += text_any_word_at (text, start, end, when, G_N_ELEMENTS (when));
  return text_word_at (text, start, end, "对") || text_word_at (text, start, end, "就");
}

/* Are the words [@q_end, @w_end) after a count the object fronted with
 * 对, alone (对12件建议，…) or after a clause that qualifies it (对12件办
 * 理不到位的建议，常委会进行了二次交办)? */
static gboolean
is_fronted_object (const char *text,
                   gsize       q_end,
                   gsize       w_end)
{
  gsize n = text_any_word_ends_at (text, q_end, w_end, fronted_progress, G_N_ELEMENTS (fronted_progress));

  w_end -= n;
  n = text_any_word_ends_at (text, q_end, w_end, fronted_objects, G_N_ELEMENTS (fronted_objects));
  return n != 0 &&
         (w_end - q_end <= FRONTED_OBJECT ||
          (w_end - q_end <= FRONTED_QUALIFIED_OBJECT && text_word_ends_at (text, q_end, w_end - n, "的")));
}

/* What a clause after an object counted may say it was made into
 * (…15件建议，作为常委会重点督办建议) */
static const char * const made_into[] = { "作为", "列为", "确定为", "列入" };

/* Does the clause at @p (up to @end) say what the things counted before
 * it were made into, at once or after 经 and who decided (作为重点督办建
 * 议; 经大会主席团决定列入会议议程), or what their handlers were asked to
 * do with them (要求承办单位再次研究办理)? */
static gboolean
made_into_at (const char *text,
              gsize       p,
              gsize       end)
{
  /* (not motions handled as suggestions, the fate of those not accepted:
   * 代表联名提出的3件议案，经主席团会议研究作为建议处理) */
  static const char * const as_suggestions[] = { "作为建议", "作为代表建议", "转为建议", "按建议" };
  static const char * const handlers_asked[] = { "要求承办单位", "责成承办单位", "督促承办单位", "交由承办单位" };
  gsize clause = clause_end (text, end, p, end);

  if (text_contains_any (text, p, clause, as_suggestions, G_N_ELEMENTS (as_suggestions)))
    return FALSE;
  if (text_any_word_at (text, p, end, made_into, G_N_ELEMENTS (made_into)) != 0 ||
      text_any_word_at (text, p, end, handlers_asked, G_N_ELEMENTS (handlers_asked)) != 0)
    return TRUE;
  return text_word_at (text, p, end, "经") && text_contains_any (text, p, clause, made_into, G_N_ELEMENTS (made_into));
}

/* The longest words naming the people counted before the reason for
 * what became of them (名代表因, 人因) */
#define REASON_REACH (3 * 3)

/* Do the words [@q_end, @w_end) after a count of people name them, then
 * open a reason (代表因调离本市, 人因工作调动)? */
static gboolean
reason_after_count (const char *text,
                    gsize       q_end,
                    gsize       w_end)
{
  static const char * const reasons[] = { "因", "由于" };

  for (gsize p = q_end; p <= MIN (w_end, q_end + REASON_REACH); p += g_utf8_skip[(guchar) text[p]])
    if (text_any_word_at (text, p, w_end, reasons, G_N_ELEMENTS (reasons)) != 0)
      return TRUE;
  return FALSE;
}

/* What a clause after 经 says was done to laws: passed, approved,
 * deliberated */
static const char * const passed_words[] = { "通过", "批准", "审议" };

/* Does a clause opening with 经 and who acted or how (经常委会会议审议,
 * 经审查全部依法批准, 均经表决通过), or with the committee's review
 * (常委会依法审查后…), start at @p, before @end? */
static gboolean
passive_clause_at (const char *text,
                   gsize       p,
                   gsize       end)
{
  /* (经 starts other words too: 经济, 经费, 经验…) */
  static const char * const not_passive[] = { "经济", "经费", "经验", "经营", "经历", "经典", "经办" };
  static const char * const openers[] = { "均", "全部", "都", "已" };
  /* (…or the committee's review said as such first: 常委会依法审查后全部
   * 予以批准) */
  static const char * const reviewed[] = { "常委会依法审查", "常委会审查后", "依法审查后", "审查后" };

  if (text_any_word_at (text, p, end, reviewed, G_N_ELEMENTS (reviewed)) != 0)
    return TRUE;
  p += text_any_word_at (text, p, end, openers, G_N_ELEMENTS (openers));
  return text_word_at (text, p, end, "经") &&
         text_any_word_at (text, p, end, not_passive, G_N_ELEMENTS (not_passive)) == 0;
}

/* The words that open a clause about all the things counted in the
 * clause before (…3件正式项目，均按期完成) */
static const char * const all_of_them[] = { "均", "全部", "都", "全都" };

/* Where the clauses at @p (up to @end) that say the things counted were
 * deliberated, passed or approved (passed_words) end: one opening with 经
 * and who acted or how that says so (经审查全部依法批准), or says who
 * reviewed them, then one on all of them (经常委会审查，全部依法予以批
 * 准); 0 for none */
static gsize
passed_after (const char *text,
              gsize       size,
              gsize       p,
              gsize       end)
{
  /* (not after the congress above named, which approves in a city's
   * report and is the reporting one in a province's: 经省人大常委会依法审
   * 查，全部予以批准 is read by the words before the count) */
  static const char * const above[] = { "省人大", "自治区人大", "省人民代表大会", "自治区人民代表大会" };
  gsize e;

  if (!passive_clause_at (text, p, end))
    return 0;
  e = clause_end (text, size, p, end);
  if (!text_contains_any (text, p, e, passed_words, G_N_ELEMENTS (passed_words)) &&
      !text_contains_any (text, p, e, above, G_N_ELEMENTS (above)) &&
      text_word_at (text, e, end, "，") &&
      text_any_word_at (text, e + strlen ("，"), end, all_of_them, G_N_ELEMENTS (all_of_them)) != 0)
    e = clause_end (text, size, e + strlen ("，"), end);
  return text_contains_any (text, p, e, passed_words, G_N_ELEMENTS (passed_words)) ? e : 0;
}

/* Verbs that make the words around a count a clause of their own, whose
 * act is the count's (审议通过…等3件法规，均报经…; 对…9件规范性文件进行审
 * 查，均未发现…) */
static const char * const acts_done[] = {
  "通过", "制定", "审议", "审查", "批准", "报请", "提请", "开展", "进行", "听取", "作出", "提出",
  "收到", "办理", "完成", "修改", "废止", "召开", "举办", "组织",
};

/* Does a clause start at @p, before @end, that only tells what was
 * done to the things counted before it, its subject left out (均已督促
 * 制定机关予以纠正, 已全部纠正)? */
static gboolean
predicate_clause_at (const char *text,
                     gsize       p,
                     gsize       end)
{
  static const char * const adverbs[] = { "均已", "均", "已全部", "全部", "已", "都" };
  static const char * const verbs[] = { "督促", "责成", "要求", "推动", "予以", "纠正", "依法纠正" };
  gsize n = text_any_word_at (text, p, end, adverbs, G_N_ELEMENTS (adverbs));

  return n != 0 && text_any_word_at (text, p + n, end, verbs, G_N_ELEMENTS (verbs)) != 0;
}

/* Does the opening [0, @end) of a term's last report say that what
 * follows reports @year (下面，重点报告2017年的工作; 着重报告一年来的工
 * 作; 一年来，常委会主要做了以下工作)? */
static gboolean
opening_reports_year (const char *text,
                      gsize       end,
                      gint        year)
{
  static const char * const reports[] = {
    "重点报告", "着重报告", "主要报告", "简要报告", "重点汇报", "着重汇报", "下面，报告", "下面报告",
  };
  static const char * const this_year[] = { "一年来", "过去一年", "本年度", "今年" };
  /* (…or the year said, opening a sentence that announces what follows:
   * 一年来，常委会主要做了以下工作; not of more years, 五年来（2013—2017
   * 年），…做了以下工作) */
  static const char * const announced[] = { "做了以下工作", "开展了以下工作", "主要工作如下", "做了以下几方面工作" };
  static const char * const more_years[] = { "五年", "本届", "—", "－", "至" };

  for (guint i = 0; i < G_N_ELEMENTS (announced); i++)
    for (gsize at = 0; (at = text_find (text, at, end, announced[i])) != G_MAXSIZE; at++)
      {
        gsize from = at;

        /* (back to the sentence's start) */
        while (from > 0 && !text_word_ends_at (text, 0, from, "。") && text[from - 1] != '\n')
          from--;
        if (opens_with_year_said (text, from, at, year) &&
            !text_contains_any (text, from, at, more_years, G_N_ELEMENTS (more_years)))
          return TRUE;
      }
  for (guint i = 0; i < G_N_ELEMENTS (reports); i++)
    for (gsize at = 0; (at = text_find (text, at, end, reports[i])) != G_MAXSIZE; at++)
      {
        gsize p = at + strlen (reports[i]);

        if (opens_with_year (text, p, end, year) || text_any_word_at (text, p, end, this_year, G_N_ELEMENTS (this_year)) != 0)
          return TRUE;
      }
  return FALSE;
}

/* Sets [@tail_start, @tail_end) to the clause after the parts of the
 * count @qi, broken down after 其中 in the clauses right after its own,
 * when that clause has no count and opens with 经 (…9件，其中制定7件、修
 * 改2件，经审查均予批准); leaves them alone otherwise. */
static void
breakdown_tail (const char *text,
                gsize       size,
                GPtrArray  *quantities,
                guint       qi,
                gsize       sentence_end,
                gsize      *tail_start,
                gsize      *tail_end)
{
  gsize own_end = clause_end (text, size, baogao_annotation_get_byte_end (g_ptr_array_index (quantities, qi)),
                              sentence_end);
  gsize p = own_end;
  guint next = qi + 1;

  if (!text_word_at (text, p, sentence_end, "，") || !text_word_at (text, p + strlen ("，"), sentence_end, "其中"))
    return;
  /* (the parts: the clauses with a count, after the count's own) */
  while (p < sentence_end && text_word_at (text, p, sentence_end, "，"))
    {
      gsize start = p + strlen ("，");
      gsize end = clause_end (text, size, start, sentence_end);
      gboolean counted = FALSE;

      while (next < quantities->len &&
             baogao_annotation_get_byte_start (g_ptr_array_index (quantities, next)) < end)
        {
          counted = counted || baogao_annotation_get_byte_start (g_ptr_array_index (quantities, next)) >= start;
          next++;
        }
      if (!counted)
        {
          if (start > own_end + strlen ("，") && passive_clause_at (text, start, end))
            {
              *tail_start = start;
              *tail_end = end;
            }
          return;
        }
      p = end;
    }
}

/* …unless the clause found or received them itself (对审计查出的56个问
 * 题，…; 对征集到的1260条意见，…): a count of its own */
static const char * const fronted_found[] = { "查出", "发现", "征集", "收到", "收集", "排查" };

/* Is the count at @q, in the line that starts at @line, in a note, a line
 * that opens with a note's mark (①…⑩, ※, 注：, [1]) and tells the parts
 * of a count it marks (① 含任命37人次、免职15人次; 注：其中…)? */
static gboolean
in_note_of_parts (const char *text,
                  gsize       line,
                  gsize       q)
{
  static const char * const marks[] = {
    "①", "②", "③", "④", "⑤", "⑥", "⑦", "⑧", "⑨", "⑩", "※", "注：", "注:",
  };
  gsize p = line, n;

  /* (a note is short) */
  if (q - line > 120 * 3)
    return FALSE;
  if (text[p] == '[')
    {
      const char *close = memchr (text + p, ']', q - p);

      if (close == NULL)
        return FALSE;
      p = (gsize) (close - text) + 1;
    }
  else if ((n = text_any_word_at (text, p, q, marks, G_N_ELEMENTS (marks))) != 0)
    p += n;
  else
    return FALSE;
  while (p < q && (text[p] == ' ' || text_word_at (text, p, q, "　") || text_word_at (text, p, q, "：")))
    p += text[p] == ' ' ? 1 : 3;
  return text_any_word_at (text, p, q, subset_parts, G_N_ELEMENTS (subset_parts)) != 0;
}

/* Does [@start, @end), the words of a count's clause before it, say
 * that the count is for each period (每年, 每季度, 每月…, 年均), no total
 * (共, 累计, 合计) said after that? */
static gboolean
per_period_before (const char *text,
                   gsize       start,
                   gsize       end)
{
  static const char * const periods[] = { "每年", "每季度", "每月", "每半年", "每周", "每届", "每次" };
  static const char * const totals[] = { "共", "累计", "合计", "总计", "全年" };
  static const char * const period_named[] = { "日", "的", "“" };
  gsize at = G_MAXSIZE;

  /* the last period said (each starts with 每), or a yearly average
   * (本届以来年均制定法规4件左右) */
  for (gsize p = text_find (text, start, end, "每"); p != G_MAXSIZE; p = text_find (text, p + strlen ("每"), end, "每"))
    if (text_any_word_at (text, p, end, periods, G_N_ELEMENTS (periods)) != 0)
      at = p;
  {
    gsize avg = text_find (text, start, end, "年均");

    if (avg != G_MAXSIZE && (at == G_MAXSIZE || avg > at))
      at = avg;
  }
  if (at == G_MAXSIZE)
    return FALSE;
  /* (the period names a day or a meeting, not the amount: 每月15日代表接
   * 待日接待…3200余人次, 利用每季度一次的主任会议听取…8项) */
  return !text_contains_any (text, at, end, totals, G_N_ELEMENTS (totals)) &&
         !text_contains_any (text, at, end, period_named, G_N_ELEMENTS (period_named));
}

/* Does the count at @p end a range, its first number right before a 至,
 * 到, dash or tilde (5至6部, 二至三次, 80-120人)? */
static gboolean
ends_range (const char *text,
            gsize       p)
{
  static const char * const marks[] = { "至", "到", "—", "－", "～", "~", "-" };
  gsize n = text_any_word_ends_at (text, 0, p, marks, G_N_ELEMENTS (marks));
  gsize before = p - n, last;

  if (n == 0 || before == 0)
    return FALSE;
  /* the character before the mark: an ASCII digit, or three bytes */
  last = (guchar) text[before - 1] < 0x80 ? before - 1 : before >= 3 ? before - 3 : before;
  return has_digit (text, last, before);
}

/* How far back a list said in the clause before 分别 may start (bytes) */
#define LIST_CLAUSE_REACH (40 * 3)

/* Is the count ending at @p, in 个, one of congresses (个镇人民代表大会,
 * 个县市区人大常委会, 个区人大, 个乡镇（街道）人大, 个街道工委: a
 * subdistrict's working committee of the congress), or of the townships
 * that vote, no body named (13个镇票决产生…)? */
static gboolean
counts_congresses (const char *text,
                   gsize       p,
                   gsize       end)
{
  static const char * const bodies[] = { "人民代表大会", "人大常委会", "人大主席团", "人大", "人代会", "工委" };
  static const char * const opening[] = { "（", "(" };
  static const char * const closing[] = { "）", ")" };
  static const char * const township_words[] = { "乡镇", "镇街", "街道", "镇", "乡", "、" };
  gsize limit, q;
  guint depth = 0;

  if (p < 3 || memcmp (text + p - 3, "个", 3) != 0)
    return FALSE;
  limit = MIN (end, p + 10 * 3);
  /* the places named first, in ideographs (镇, 县市区) and brackets
   * (乡镇（街道）) only (not 、“人大代表之家”); not the deputies (人大代表) */
  for (q = p; q < limit; )
    {
      gsize n = text_any_word_at (text, q, end, bodies, G_N_ELEMENTS (bodies));

      if (n != 0)
        return q > p && !text_word_at (text, q + n, end, "代表");
      /* (a 、 only inside brackets: 县（市、区）, not 联络站12个、人大工作室) */
      if ((n = text_any_word_at (text, q, end, opening, G_N_ELEMENTS (opening))) != 0)
        {
          depth++;
          q += n;
        }
      else if (depth > 0 && (n = text_any_word_at (text, q, end, closing, G_N_ELEMENTS (closing))) != 0)
        {
          depth--;
          q += n;
        }
      else if (depth > 0 && text_word_at (text, q, end, "、"))
        q += strlen ("、");
      else if ((guchar) text[q] >= 0xE4 && (guchar) text[q] <= 0xE9 && q + 3 <= limit)
        q += 3;
      else
        break;
    }
  /* (the townships themselves vote: 全市13个镇票决产生民生实事项目126件,
   * 145个镇（街道）共票决…) */
  for (q = p; q < limit; )
    {
      gsize n;

      if ((n = text_any_word_at (text, q, end, township_words, G_N_ELEMENTS (township_words))) != 0 ||
          (n = text_any_word_at (text, q, end, opening, G_N_ELEMENTS (opening))) != 0 ||
          (n = text_any_word_at (text, q, end, closing, G_N_ELEMENTS (closing))) != 0)
        q += n;
      else
        break;
    }
  if (q == p)
    return FALSE;
  if (text_word_at (text, q, end, "共"))
    q += strlen ("共");
  return text_word_at (text, q, end, "票决");
}

/* Does a law's name end at @q: …例, …定, …法, …则, or a title (…》)? */
static inline gboolean
law_name_ends_at (const char *text,
                  gsize       lower,
                  gsize       q)
{
  switch (q >= lower + 3 ? char3 (text, q - 3) : 0)
    {
    case 0xe4be8b: case 0xe5ae9a: case 0xe6b395: case 0xe58899:
    case 0xe3808b: /* 》 */
      return TRUE;
    default:
      return FALSE;
    }
}

/* The longest kind after titles closed by 等 (《A》《B》等立法工作制度) */
#define TITLES_KIND_REACH (8 * 3)

/* Does [@lower, @q) end with a list of names closed by 等 and the kind of
 * what they are (…条例、…条例等法规, 等地方性法规, 等法律), by 等 alone,
 * the kind after the count (…条例、…条例等8件法规), or by the last name
 * itself (修改民事诉讼法、刑法、…的办法4件法律; 《A》《B》5件法规)? */
static gboolean
closes_list_of_names (const char *text,
                      gsize       lower,
                      gsize       q)
{
  static const char * const kinds[] = {
    "等法规", "等地方性法规", "等法律", "等法律法规", "等条例", "等单行条例", "等法规和决定",
  };
  static const char * const reports[] = { "等报告", "等工作报告", "等专项工作报告", "等专项报告" };
  guint32 last = q >= lower + 3 ? char3 (text, q - 3) : 0;

  /* (most counts follow none: their last character first); any list of
   * names closed by 等 (听取和审议…情况、…情况等16项专项工作报告) */
  if (last == 0xe7ad89 /* 等 */)
    return law_name_ends_at (text, lower, q - 3) || text_contains (text, lower, q, "、");
  /* (titles one after the other, the count right after the last: 制定
   * 《…条例》《…条例》…《…条例》5件法规) */
  if (last == 0xe3808b /* 》 */ &&
      (text_contains (text, lower, q, "》《") || text_contains (text, lower, q, "》、《")))
    return TRUE;
  /* (…情况和金融企业国有资产等报告8个) */
  if (last == 0xe5918a /* 告 */)
    return text_any_word_ends_at (text, lower, q, reports, G_N_ELEMENTS (reports)) != 0 &&
           text_contains (text, lower, q, "、");
  /* (titles closed by 等 and a kind of a few characters, whatever it is:
   * 制定了《A》《B》等立法工作制度5项) */
  if (q >= lower + TITLES_KIND_REACH + strlen ("》等") &&
      text_contains (text, q - TITLES_KIND_REACH - strlen ("》等"), q, "》等"))
    return TRUE;
  if (last != 0xe8a784 /* 规 */ && last != 0xe5be8b /* 律 */ && !law_name_ends_at (text, lower, q))
    return FALSE;
  return text_any_word_ends_at (text, lower, q, kinds, G_N_ELEMENTS (kinds)) != 0 ||
         (law_name_ends_at (text, lower, q) && text_contains (text, lower, q, "、"));
}

/* Is the count [@q_start, @q_end) the stock something was added to, 原有
 * before it in its words from @w_start and 基础上 after it before @end
 * (在原有4个基层立法联系点基础上新设立6个)? */
static gboolean
is_base_added_to (const char *text,
                  gsize       w_start,
                  gsize       q_start,
                  gsize       q_end,
                  gsize       end)
{
  return text_contains (text, w_start, q_start, "原有") && text_contains (text, q_end, end, "基础上");
}

/* Does a change start at @p, after the value it started from (提高到,
 * 提升至, 增加到, 下降到…)? */
static gboolean
changes_from (const char *text,
              gsize       p,
              gsize       end)
{
  static const char * const verbs[] = {
    "提高", "提升", "增加", "增长", "上升", "升高", "下降", "降低", "减少", "降", "增", "升", "减", "提",
    /* (基层立法联系点由10个扩展到25个) */
    "扩展", "扩大", "拓展", "发展",
  };
  gsize n;

  /* (most counts are followed by none: 提 增 上 升 下 降 减 扩 拓 发 all
   * start with E4, E5 or E6 and are told apart at their first character) */
  switch (p + 3 <= end ? char3 (text, p) : 0)
    {
    case 0xe689a9: /* 扩 */
    case 0xe68b93: /* 拓 */
    case 0xe58f91: /* 发 */
    case 0xe68f90: /* 提 */
    case 0xe5a29e: /* 增 */
    case 0xe4b88a: /* 上 */
    case 0xe58d87: /* 升 */
    case 0xe4b88b: /* 下 */
    case 0xe9998d: /* 降 */
    case 0xe5878f: /* 减 */
      break;
    default:
      return FALSE;
    }
  n = text_any_word_at (text, p, end, verbs, G_N_ELEMENTS (verbs));
  if (n != 0)
    return text_word_at (text, p + n, end, "到") || text_word_at (text, p + n, end, "至");
  return FALSE;
}

/* Is the count at @q the difference from another year's (较上年增加5件,
 * 比上年减少3个, 同比增长15%): a comparison before it in [@lower, @q),
 * and a change right before it? */
static gboolean
is_change_amount (const char *text,
                  gsize       lower,
                  gsize       q)
{
  static const char * const changes[] = {
    "增加", "增长", "减少", "下降", "提高", "上升", "降低", "增加了", "增长了", "减少了", "下降了",
    "提高了", "上升了", "降低了", "多", "少", "多了", "少了",
  };
  static const char * const comparisons[] = {
    "较上年", "比上年", "同比", "较去年", "比去年", "较上届", "比上届", "较上一年", "比上一年",
  };

  /* (most counts follow none: the last character first, 加 长 少 降 高 升
   * 低 了 or 多) */
  switch (q >= lower + 3 ? char3 (text, q - 3) : 0)
    {
    case 0xe58aa0: case 0xe995bf: case 0xe5b091: case 0xe9998d: case 0xe9ab98: case 0xe58d87:
    case 0xe4bd8e: case 0xe4ba86: case 0xe5a49a:
      break;
    default:
      return FALSE;
    }
  return text_any_word_ends_at (text, lower, q, changes, G_N_ELEMENTS (changes)) != 0 &&
         text_contains_any (text, lower, q, comparisons, G_N_ELEMENTS (comparisons));
}

/* Does [@p, @end) start with a time of a year, no year named: 11月底,
 * 十二月, 年底, 年末; or of the year before, said in the report given the
 * next year, which is the year reported (去年十一月底, 去年底)? */
static gboolean
names_month_of_year (const char *text,
                     gsize       p,
                     gsize       end)
{
  gsize q;

  if (text_word_at (text, p, end, "去年"))
    {
      p += strlen ("去年");
      if (text_word_at (text, p, end, "底"))
        return TRUE;
    }
  q = p;
  if (text_word_at (text, p, end, "年底") || text_word_at (text, p, end, "年末"))
    return TRUE;
  while (q < end && q < p + 2 && g_ascii_isdigit (text[q]))
    q++;
  if (q == p)
    while (q + 3 <= end && q < p + 3 * 3 &&
           (cn_digit_at (text, q, end) > 0 || text_word_at (text, q, end, "十")))
      q += 3;
  return q > p && text_word_at (text, q, end, "月");
}

/* The month written in Arabic digits at *@p (10月, 3月份), its number,
 * *@p moved past it; 0 for none. */
static gint
month_written_at (const char *text,
                  gsize      *p,
                  gsize       end)
{
  gsize q = *p;
  gint month = 0;

  while (q < end && g_ascii_isdigit (text[q]) && q - *p < 2)
    month = month * 10 + (text[q++] - '0');
  if (q == *p || month < 1 || month > 12 || !text_word_at (text, q, end, "月"))
    return 0;
  q += strlen ("月");
  if (text_word_at (text, q, end, "份"))
    q += strlen ("份");
  *p = q;
  return month;
}

/* Whether a span of years opens [@start, @end) (2010年至2011年,
 * 2019—2021年, 二〇一九年至二〇二一年, 2016年下半年至2017年上半年) */
static gboolean
opens_span_of_years (const char *text,
                     gsize       start,
                     gsize       end)
{
  static const char * const to_words[] = { "至", "到", "—", "-", "－" };
  /* (a part of the year, or its month: 2016年下半年至2017年上半年,
   * 2021年10月至2022年初) */
  static const char * const parts[] = { "上半年", "下半年", "初", "底", "末" };
  gsize n = 0, m = 0, to, after;
  gint from = year_written_at (text, start, end, &n), until, from_month, until_month;

  if (from == 0)
    return FALSE;
  start += n;
  if (text_word_at (text, start, end, "年"))
    start += strlen ("年");
  start += text_any_word_at (text, start, end, parts, G_N_ELEMENTS (parts));
  from_month = month_written_at (text, &start, end);
  if ((to = text_any_word_at (text, start, end, to_words, G_N_ELEMENTS (to_words))) == 0)
    return FALSE;
  until = year_written_at (text, start + to, end, &m);
  if (until <= from || !text_word_at (text, start + to + m, end, "年"))
    return FALSE;
  /* (twelve months across two years are a year: 2022年12月至2023年11月) */
  after = start + to + m + strlen ("年");
  until_month = month_written_at (text, &after, end);
  return from_month == 0 || until_month == 0 || until * 12 + until_month - (from * 12 + from_month) >= 12;
}

/* Does [@start, @end) open with a span of years (see
 * opens_span_of_years ()), maybe said as when (在2021年至2022年…换届选举
 * 中)? */
static gboolean
opens_span_as_when (const char *text,
                    gsize       start,
                    gsize       end)
{
  if (text_word_at (text, start, end, "在"))
    start += strlen ("在");
  return opens_span_of_years (text, start, end);
}

/* Where the first clause of the sentence [@start, @end) says since or to
 * when the counts after it run, over more than the year reported (… 以来,
 * 近年来, 截至…, 迄今), or G_MAXSIZE; not the year itself (年初以来), nor
 * what the sentence marks read (今年以来, 去年以来, 五年来, 本届以来).
 * @year_digits: the year reported, or "". */
static gsize
since_clause (const char *text,
              gsize       size,
              gsize       start,
              gsize       end,
              const char *year_digits,
              gboolean   *to_date)
{
  static const char * const to_dates[] = { "截至", "截止", "迄今" };
  static const char * const openers[] = { "近年来", "多年来", "历年来" };
  /* (a five-year plan's years: “十四五”时期, “十一五”期间) */
  static const char * const plan_periods[] = {
    "五”时期", "五\"时期", "五时期", "五’时期", "五”期间", "五\"期间", "五期间", "五’期间",
  };
  /* (今年以来, 去年以来 end with 年以来, which the marks read) */
  static const char * const the_year[] = { "年初以来", "年内以来" };
  gsize first = clause_end (text, size, start, end);

  gsize n;

  *to_date = FALSE;
  if ((n = text_any_word_at (text, start, first, to_dates, G_N_ELEMENTS (to_dates))) != 0)
    {
      /* a time of the year reported, no year named (截至11月底, 截至年
       * 底): where the year's work stood then, the year's */
      if (names_month_of_year (text, start + n, first))
        return G_MAXSIZE;
      /* …or a month of the year reported, named (截至2019年11月 in a
       * report on 2019); not its end (截至2019年底), which may close a
       * total of years */
      if (year_digits[0] != '\0' && text_word_at (text, start + n, first, year_digits) &&
          text_word_at (text, start + n + strlen (year_digits), first, "年") &&
          names_month_of_year (text, start + n + strlen (year_digits) + strlen ("年"), first))
        return G_MAXSIZE;
      *to_date = TRUE;
      return start;
    }
  if (text_any_word_at (text, start, first, openers, G_N_ELEMENTS (openers)) != 0 ||
      text_contains_any (text, start, MIN (first, start + 12 * 3), plan_periods, G_N_ELEMENTS (plan_periods)))
    return start;
  /* a year before the one reported, and 起 (2019年起, 自二〇一九年起…) */
  {
    gsize y = start + (text_word_at (text, start, first, "自") ? strlen ("自") : 0), n = 0;
    gint since = year_written_at (text, y, first, &n);

    if (since != 0 && text_word_at (text, y + n, first, "年起") &&
        (year_digits[0] == '\0' || since < atoi (year_digits)))
      return start;
  }
  if (opens_span_as_when (text, start, first))
    return start;
  /* (the span may run on into the clause's verb, no comma after it:
   * 系统运行以来共推送…, 自获得立法权以来共制定…) */
  if (!text_word_ends_at (text, start, first, "以来"))
    {
      gsize yilai = text_find (text, start, MIN (first, start + 16 * 3), "以来");

      if (yilai != G_MAXSIZE)
        first = yilai + strlen ("以来");
    }
  /* (…年以来, 年来: the marks read the years) */
  if (!text_word_ends_at (text, start, first, "以来") || text_word_ends_at (text, start, first, "年以来"))
    return G_MAXSIZE;
  if (text_any_word_ends_at (text, start, first, the_year, G_N_ELEMENTS (the_year)) != 0)
    return G_MAXSIZE;
  /* a month, no year named (八月以来, 今年8月份以来): within the year */
  {
    static const char * const leads[] = { "自今年", "从今年", "今年", "自", "从" };
    gsize m = start + text_any_word_at (text, start, first, leads, G_N_ELEMENTS (leads));

    if (names_month_of_year (text, m, first) &&
        (text_word_ends_at (text, start, first, "月以来") || text_word_ends_at (text, start, first, "月份以来")))
      return G_MAXSIZE;
  }
  return start;
}

/* Is the count [@q_start, @q_end) a bar that those below or above it
 * meet (满意票率低于80%的责令整改; 得票未过半数的), not a figure of the
 * year, the words before it from @start? */
static gboolean
is_threshold (const char *text,
              gsize       start,
              gsize       q_start,
              gsize       q_end,
              gsize       size)
{
  static const char * const bars[] = { "低于", "高于", "不足", "未达到", "达不到", "未过" };

  return text_any_word_ends_at (text, start, q_start, bars, G_N_ELEMENTS (bars)) != 0 &&
         text_word_at (text, q_end, size, "的");
}

/* Does the clause [@start, @end) before a count compare with the year
 * before (比上年多召开常委会会议2次; …，比上年增加2次): the count is a
 * difference, not the year's figure? */
static gboolean
is_comparison (const char *text,
               gsize       start,
               gsize       end)
{
  static const char * const than[] = { "比上年", "比去年", "较上年", "较去年", "同比", "比上一年" };

  return text_any_word_at (text, start, end, than, G_N_ELEMENTS (than)) != 0;
}

/* Is the count ending at @q_end, in the clause from @start in a sentence
 * ending at @sentence_end, what the year's is compared with (与上届常委
 * 会任期内制定法规42件相比): a figure of another time, no count of the
 * work reported? */
static gboolean
is_compared_figure (const char *text,
                    gsize       size,
                    gsize       start,
                    gsize       q_end,
                    gsize       sentence_end)
{
  static const char * const compared[] = { "相比", "相较", "比较" };
  static const char * const with[] = { "与", "同", "和" };

  /* (the clause's end is looked for only after its opening word) */
  return text_any_word_at (text, start, q_end, with, G_N_ELEMENTS (with)) != 0 &&
         text_contains_any (text, q_end, clause_end (text, size, q_end, sentence_end), compared, G_N_ELEMENTS (compared));
}

/* Is there a semicolon, full- or half-width, in [@from, @to)? */
static inline gboolean
has_semicolon (const char *text,
               gsize       from,
               gsize       to)
{
  return text_contains (text, from, to, "；") || memchr (text + from, ';', to - from) != NULL;
}

/* Is the year named at @year_at the year of a part after 其中 that a
 * semicolon closes before @q_start (五年来，…612人次，其中2021年任免98人
 * 次；依法接受辞职14人): the clauses after it are the frame's again. Not
 * up to a comma only: 其中2022年，制定9件、修改12件 dates every part. */
static gboolean
year_of_closed_part (const char *text,
                     gsize       year_at,
                     gsize       q_start)
{
  gsize n = 0;

  if (year_at >= q_start || year_at < strlen ("其中") ||
      !text_word_ends_at (text, 0, year_at, "其中"))
    return FALSE;
  year_written_at (text, year_at, q_start, &n);
  return n > 0 && has_semicolon (text, year_at, q_start);
}

/* Does a 累计 at @cumulative_at speak for the count at @q_start: up to a
 * semicolon (…累计建成1.2万个；分6期培训…: the year's), and not for a
 * later clause that tells of what is new (累计建成代表之家20个，新建联络
 * 站18个: the year's), nor when it totals the steps of one of the year's
 * inspections (检查组累计走访…)? */
static gboolean
cumulative_reaches (const char *text,
                    gsize       cumulative_at,
                    gsize       q_start)
{
  static const char * const added[] = {
    "新建", "新增", "新设", "新认定", "新命名", "新成立", "新挂牌", "其中新建", "其中新增", "当年新建", "今年新建",
  };
  /* (the groups of one of the year's inspections or visits, whose 累计
   * totals their own steps: 检查组累计走访乡镇和单位40余个，…提出意见建议
   * 26条) */
  static const char * const groups[] = { "检查组", "调研组", "视察组", "评议组", "询问组", "专题组" };
  gsize start;

  if (has_semicolon (text, cumulative_at, q_start) ||
      text_any_word_ends_at (text, cumulative_at >= 4 * 3 ? cumulative_at - 4 * 3 : 0, cumulative_at,
                             groups, G_N_ELEMENTS (groups)) != 0)
    return FALSE;
  start = clause_start (text, cumulative_at, q_start);
  /* (…，代表通过联络站接待选民群众2100余人次: a subject of its own) */
  return start <= cumulative_at || (text_any_word_at (text, start, q_start, added, G_N_ELEMENTS (added)) == 0 &&
                                    !text_word_at (text, start, q_start, "代表") &&
                                    !text_word_at (text, start, q_start, "各"));
}

/* Is the quantity @q a rate (98.5%, 百分之百, 3‰)? */
static gboolean
count_is_rate (BaogaoAnnotation *q)
{
  const char *unit = baogao_annotation_get_string (q, "unit");

  /* (成, tenths: 近七成) */
  return g_strcmp0 (unit, "%") == 0 || g_strcmp0 (unit, "‰") == 0 || g_strcmp0 (unit, "成") == 0;
}

/* Does the line [@p, @end) start with a bullet (▲ ■ ● ◆ ★ □ ◇ ○ •
 * ·), as the lines of a box of figures do? */
static gboolean
starts_with_bullet (const char *text,
                    gsize       p,
                    gsize       end)
{
  static const char * const bullets[] = { "▲", "■", "●", "◆", "★", "□", "◇", "○", "•", "·", "▶" };

  while (p < end && text[p] == ' ')
    p++;
  return text_any_word_at (text, p, end, bullets, G_N_ELEMENTS (bullets)) != 0;
}

/* The words of a box of figures' heading (【数说2022】, 2022年工作数据：,
 * 一图读懂2022年常委会工作) */
static const char * const box_words[] = {
  "数说", "数据", "一览", "看懂", "读懂", "速览", "盘点", "账本", "【",
};

/* Finds the line before the one at @p, when it may head a box of
 * figures: short, with no full stop, and a box's word or bracket in it
 * (see box_words[]). [*@start, *@end), trailing spaces left out; FALSE
 * when there is no such line. */
static gboolean
box_header_before (const char *text,
                   gsize       p,
                   gsize      *start,
                   gsize      *end)
{
  if (p < 2 || text[p - 1] != '\n')
    return FALSE;
  *end = p - 1;
  while (*end > 0 && (text[*end - 1] == '\r' || text[*end - 1] == ' '))
    (*end)--;
  *start = *end;
  while (*start > 0 && text[*start - 1] != '\n')
    (*start)--;
  return *end > *start && *end - *start <= 30 * 3 && !text_contains (text, *start, *end, "。") &&
         text_contains_any (text, *start, *end, box_words, G_N_ELEMENTS (box_words));
}

/* Is the line before the one at @p the heading of a box of the term's
 * figures: short, with no full stop, naming the term and a box's word
 * or bracket (【数字看变化·五年来】, 五年工作数据)? */
static gboolean
term_box_header_before (const char *text,
                        gsize       p)
{
  static const char * const terms[] = { "五年来", "本届以来", "过去五年", "五年间", "五年工作", "本届" };
  gsize start, end;

  return box_header_before (text, p, &start, &end) &&
         text_contains_any (text, start, end, terms, G_N_ELEMENTS (terms));
}

/* Is the line before the one at @p the heading of a box of the year's
 * figures: short, with no full stop, naming the year reported, in
 * @digits or numerals (@cn), and a box's word or bracket? */
static gboolean
year_box_header_before (const char *text,
                        gsize       p,
                        const char *digits,
                        const char *cn)
{
  gsize start, end;

  return box_header_before (text, p, &start, &end) &&
         (text_contains (text, start, end, digits) || text_contains (text, start, end, cn));
}

/* The term of a congress named by the numerals ending at @q (十四 in 十四
 * 届, 十 in 十届), or 0. */
static gint
term_number_before (const char *text,
                    gsize       start,
                    gsize       q)
{
  gint value = 0, units = -1, tens;

  /* at most 二十九: units, then 十, then tens */
  if (q >= start + 3 && (units = cn_digit_at (text, q - 3, q)) > 0)
    q -= 3;
  else
    units = 0;
  if (q < start + 3 || char3 (text, q - 3) != 0xe58d81 /* 十 */)
    return units;
  q -= 3;
  value = 10 + units;
  if (q >= start + 3 && (tens = cn_digit_at (text, q - 3, q)) > 1)
    value += 10 * (tens - 1);
  return value;
}

/* The session and the term of its congress a report is given at, from
 * its meeting line (在黑龙江省第十四届人民代表大会第二次会议上: 2, 14), or
 * 0 each. */
static void
report_meeting (const char *meeting,
                gint       *numbers)
{
  const char *p;
  gsize len;

  numbers[0] = numbers[1] = 0;
  if (meeting == NULL)
    return;
  len = strlen (meeting);
  if ((p = strstr (meeting, "届")) != NULL)
    numbers[1] = term_number_before (meeting, 0, (gsize) (p - meeting));
  for (p = meeting; (p = strstr (p, "次会议")) != NULL; p += strlen ("次会议"))
    {
      gsize at = (gsize) (p - meeting);

      if (at >= 6 && memcmp (meeting + at - 6, "第", 3) == 0)
        {
          gint n = cn_digit_at (meeting, at - 3, len);

          if (n > 0)
            {
              numbers[0] = n;
              return;
            }
        }
    }
}

/* Is the year reported named (2022年, @year_digits) or said as such (今
 * 年, 全年) after the clause of the frame at @since_at and before the
 * count at @q, in a clause after that one: in the count's own, or in one
 * before it, whose year its own goes on with (截至2020年底，全市共建成…
 * 1012个，本年度新建238个，提档升级156个)? */
static gboolean
year_in_own_clause (const char *text,
                    gsize       lower,
                    gsize       since_at,
                    gsize       q,
                    const char *year_digits)
{
  static const char * const this_year[] = { "今年", "全年", "当年", "年内", "本年度" };
  gsize cs = clause_start (text, lower, q);
  gsize after;

  if (cs <= since_at)
    return FALSE;
  after = text_find (text, since_at, cs, "，");
  after = after != G_MAXSIZE ? after + strlen ("，") : cs;
  return (year_digits[0] != '\0' && text_contains (text, after, q, year_digits)) ||
         text_contains_any (text, after, q, this_year, G_N_ELEMENTS (this_year));
}

/* Whether one of the last @n characters of [@start, @end) is @c (as
 * char3 () reads it): a cheap test before a search for words ending with
 * it and a verb after it. */
static inline gboolean
tail_has_char (const char *text,
               gsize       start,
               gsize       end,
               guint32     c,
               guint       n)
{
  for (guint k = 1; k <= n && end >= start + 3 * k; k++)
    if (char3 (text, end - 3 * k) == c)
      return TRUE;
  return FALSE;
}

/* The verbs between 均, 各, 都 or 共 and the counts they apply to (均达到
 * 100%, 各开展4次, 共审查148件) */
static const char * const shared_verbs[] = {
  "达到", "达", "为", "是", "有", "超过", "开展", "开展了", "召开", "召开了", "举办", "举办了",
  "举行", "举行了", "进行", "组织", "审议", "听取", "制定", "提出", "收到", "完成",
  "审查",
  /* (党组集体学习、理论学习中心组学习各安排了十二次) */
  "安排", "安排了", "进行了", "组织了",
  /* (面商率和办结率都保持在100%) */
  "保持在", "稳定在", "在",
};

/* Whether 各 and a verb (各1件, 各开展4次) end at @end: the count after
 * is each item's. */
static gboolean
each_ends_at (const char *text,
              gsize       start,
              gsize       end)
{
  gsize marker = shared_marker_before (text, start, end);

  return marker != G_MAXSIZE && text_word_at (text, marker, end, "各");
}


/* Is the quantity @q a span of time said as a frame, the years or months
 * the counts after it are of (五年间, 五年中, 一年中, 三年里)? */
static gboolean
spans_frame (const char       *text,
             gsize             size,
             BaogaoAnnotation *q)
{
  static const char * const frames[] = { "间", "中", "里" };
  gsize end = baogao_annotation_get_byte_end (q);

  /* (the text first: most counts are followed by none of these) */
  return text_any_word_at (text, end, size, frames, G_N_ELEMENTS (frames)) != 0 &&
         unit_in ("年|个月", baogao_annotation_get_string (q, "unit"));
}

/* Where the first of @quantities (in text order) that starts at @from or
 * after starts, G_MAXSIZE for none */
static gsize
first_count_from (GPtrArray *quantities,
                  gsize      from)
{
  guint lo = 0, hi = quantities->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (baogao_annotation_get_byte_start (g_ptr_array_index (quantities, mid)) < from)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo < quantities->len ? baogao_annotation_get_byte_start (g_ptr_array_index (quantities, lo)) : G_MAXSIZE;
}

/* The end of the subject of the sentence, or part of a sentence, that
 * starts at @start: its first clause, or its second when the first only
 * says when (一年来，全年共有20件法律草案公开征求意见，…; 市五届人大四
 * 次会议期间，代表提出议案13件，…) or what the
 * work served (践行全过程人民民主，全年有21件法规草案公开征求意见…; 推进
 * “数字人大”建设，预算联网监督系统…). Where that clause starts is left
 * in *@clause_start. */
static gsize
subject_clause_end (const char *text,
                    gsize       size,
                    GPtrArray  *quantities,
                    gsize       start,
                    gsize       end,
                    gsize      *clause_start)
{
  /* (…or when, an occasion: 市五届人大四次会议期间，代表提出议案13件; or
   * under whom: 常委会在省委统一部署下，开展…活动，查找问题27个; or in
   * what campaign, naming no one: 党纪学习教育中，党组…开展集中学习8次) */
  static const char * const occasions[] = {
    "期间", "会议上", "闭会后", "部署下", "领导下", "带领下", "指导下",
  };
  static const char * const campaigns[] = { "教育中", "活动中" };
  /* (or by what means: 通过联系点和州人大门户网站，征集到…意见286条) */
  static const char * const means[] = { "通过", "依托", "借助", "利用" };
  gsize first = clause_end (text, size, start, end);

  /* (two such, the when and then what: 2023年，深入贯彻…学习教育，常委会
   * 党组召开专题会议，…) */
  for (guint passed = 0; passed < 2 && first < end; passed++)
    {
      if (!(first - start <= SHORT_CLAUSE || is_lead_in (text, start, first, first_count_from (quantities, start)) ||
            (first - start <= OCCASION_CLAUSE &&
             (text_any_word_ends_at (text, start, first, occasions, G_N_ELEMENTS (occasions)) != 0 ||
              ((text_any_word_ends_at (text, start, first, campaigns, G_N_ELEMENTS (campaigns)) != 0 ||
                text_any_word_at (text, start, first, means, G_N_ELEMENTS (means)) != 0) &&
               !text_contains (text, start, first, "党组") && !text_contains (text, start, first, "常委会"))))))
        break;
      start = first + delimiter_at (text, first, end);
      first = clause_end (text, size, start, end);
    }
  *clause_start = start;
  return first;
}

/* The verbs that may stand bare before a count whose noun was said
 * before it (全年共进行2次, 2024年召开8次). */
static const char * const bare_verbs[] = {
  "组织开展", "进行", "开展", "举办", "举行", "召开", "组织", "安排", "作出", "办", "开",
  /* (来访群众，接待了410批次; 群众来信，办理了3200件) */
  "接待", "受理", "办理",
};

/* The longest words that only total or say how many (常委会全年进行的共
 * 计为, 全省已建成的数量为): some 12 characters */
#define ONLY_TOTALS_MAX (14 * 3)

/* Whether the words [@start, @end) before a count only total what
 * another clause names (合计, 全年共计, 共, 累计…, with 全年 or a verb of
 * reaching), or only say how many there were (全年为, 共计为, 有, 数量达到,
 * 次数为, 比例为; 全年进行的共计为, 收到的为; 开展了): no noun or verb of
 * their own. */
static gboolean
only_totals (const char *text,
             gsize       start,
             gsize       end)
{
  static const char * const totals[] = { "合计", "共计", "总计", "累计", "共有", "一共", "总共", "共", "计" };
  static const char * const lead[] = { "全年", "今年", "年内", "一年来", "一年中", "一年里", "本届", "先后" };
  /* (…or of what the things became: 审议意见，汇总为46条) */
  static const char * const reach[] = {
    "达到", "达", "逾", "超过", "近", "约", "有", "为", "是", "汇总为", "整理为", "梳理为", "归纳为",
  };
  /* (the committee that did it, and the verbs of receiving what the clause
   * before names: 报送备案的规范性文件，常委会共接收28件) */
  static const char * const received[] = { "收到", "接收", "受理" };
  /* (the size of what the clause before names: 审议的法规案，数量达到34件) */
  static const char * const sizes[] = { "数量", "次数", "人数", "比例", "总数", "总量", "折合金额", "金额" };
  /* (where, and what there is now: 代表之家、代表联络站，全省已建成的数量为
   * 2300余个; 基层立法联系点，目前已有二十四个) */
  static const char * const places[] = { "全省", "全市", "全县", "全区", "全州", "全国" };
  static const char * const now[] = { "目前已有", "目前共有", "目前有", "现已有", "现有", "已有", "共有" };
  static const char * const built[] = { "已建成", "建成" };
  gsize p = start, n, k, v;
  gboolean said_year;

  /* (such words are short: most windows are not, and are ruled out
   * before the word lists are read) */
  if (end - start > ONLY_TOTALS_MAX)
    return FALSE;
  /* (…，则召开了十八次: the other of two) */
  p += text_word_at (text, p, end, "则") ? strlen ("则") : 0;
  p += text_word_at (text, p, end, "常委会") ? strlen ("常委会") : 0;
  p += text_any_word_at (text, p, end, places, G_N_ELEMENTS (places));
  if ((n = text_any_word_at (text, p, end, now, G_N_ELEMENTS (now))) != 0 && p + n == end)
    return TRUE;
  said_year = text_any_word_at (text, p, end, lead, G_N_ELEMENTS (lead)) != 0 &&
              !text_word_at (text, p, end, "先后");
  if ((n = text_any_word_at (text, p, end, built, G_N_ELEMENTS (built))) != 0 &&
      text_word_at (text, p + n, end, "的"))
    p += n + strlen ("的");
  /* (the longer of the two: 本届以来 before 本届) */
  n = MAX (text_any_word_at (text, p, end, lead, G_N_ELEMENTS (lead)),
           text_any_word_at (text, p, end, frames_said, G_N_ELEMENTS (frames_said)));
  /* (the year or the years alone: 机关集体学法，全年十次; not 先后, which
   * tells how, not how many: 先后3次向…征求意见) */
  if (n != 0 && p + n == end)
    return !text_word_at (text, p, end, "先后");
  /* (…or the years said bare before a total: 五年共计58次) */
  if (n == 0)
    {
      static const char * const years[] = { "五年", "三年", "两年", "四年", "十年" };

      n = text_any_word_at (text, p, end, years, G_N_ELEMENTS (years));
      if (n != 0 && text_any_word_at (text, p + n, end, totals, G_N_ELEMENTS (totals)) == 0)
        n = 0;
    }
  p += n;
  /* (…what was done, named by 的: 全年组织的为4次, 收到的为12件) */
  if (((v = text_any_word_at (text, p, end, bare_verbs, G_N_ELEMENTS (bare_verbs))) != 0 ||
       (v = text_any_word_at (text, p, end, received, G_N_ELEMENTS (received))) != 0) &&
      text_word_at (text, p + v, end, "的"))
    p += v + strlen ("的");
  p += text_any_word_at (text, p, end, sizes, G_N_ELEMENTS (sizes));
  /* (the year or the years said, then only a verb of reaching: 立法调研，
   * 全年达23次; 法规草案公开征求意见的，全年有6件; or that verb alone,
   * 已经解决或者列入计划解决的，有651件; not a part of a set the clause
   * before names, 上述执法检查中，有2次…) */
  k = text_any_word_at (text, p, end, reach, G_N_ELEMENTS (reach));
  if (k != 0 && p + k == end)
    return !(p == start && start >= 2 * 3 && (text_word_ends_at (text, 0, start, "中，") ||
                                             text_word_ends_at (text, 0, start, "中,")));
  n = text_any_word_at (text, p, end, totals, G_N_ELEMENTS (totals));
  p += n;
  /* (…a verb of receiving after the year or a total: 全年收到14件, 共接
   * 收28件) */
  k = text_any_word_at (text, p, end, received, G_N_ELEMENTS (received));
  if (k != 0 && p + k == end)
    return TRUE;
  /* (no total: a bare verb alone, done, 跟踪监督，开展了6项, 全年进行了
   * 28次, 本届举办过三次; or after the year said, 全年举行8次) */
  if (n == 0)
    {
      /* (…or after an adverb of how often or also, 先后开展两次, 也有两件;
       * or a meeting's verb alone, 主任会议，召开十五次) */
      static const char * const adverbs[] = { "先后", "也", "还", "又", "一年", "依法", "已" };
      static const char * const meeting_verbs[] = { "召开", "举行", "开" };
      gsize a = text_any_word_at (text, p, end, adverbs, G_N_ELEMENTS (adverbs));
      /* (先后 said as the lead: 先后开展两次) */
      gboolean adverb = a != 0 || text_word_at (text, start, end, "先后");

      if (a != 0 && text_word_at (text, p + a, end, "有") && p + a + strlen ("有") == end)
        return TRUE;
      if (p == start && end > p && text_any_word_at (text, p, end, meeting_verbs, G_N_ELEMENTS (meeting_verbs)) == end - p)
        return TRUE;
      p += a;
      /* (…and, after the year or an adverb, any short verb done: 今年又增
       * 加了5个, 今年先后审查批准了2次, 依法接受了4名) */
      if ((said_year || adverb || p > start) && end >= p + 2 * 3 && end - p <= 5 * 3 &&
          text_word_ends_at (text, p, end, "了") && delimiter_before (text, p, end) == 0)
        return TRUE;
      v = text_any_word_at (text, p, end, bare_verbs, G_N_ELEMENTS (bare_verbs));
      if (v == 0)
        v = text_any_word_at (text, p, end, received, G_N_ELEMENTS (received));
      return v != 0 &&
             (((text_word_at (text, p + v, end, "了") || text_word_at (text, p + v, end, "过")) &&
               p + v + strlen ("了") == end) ||
              ((p > start || adverb) && p + v == end && (said_year || adverb)));
    }
  p += text_any_word_at (text, p, end, bare_verbs, G_N_ELEMENTS (bare_verbs));
  p += text_word_at (text, p, end, "了") ? strlen ("了") : 0;
  p += text_any_word_at (text, p, end, reach, G_N_ELEMENTS (reach));
  return p == end;
}

/* Whether the words [@w_start, @q_start) before a count are a span of
 * years, maybe a total, and the two-character verb of the clause before
 * it again, its noun left out (推送预警信息2135条，三年来累计推送6412条;
 * 开展执法检查6次，五年来共开展42次): the same thing counted over the
 * years. The clause before ends at @w_start (after its delimiter); it is
 * looked for from @lower. */
static gboolean
frame_total_of_verb_before (const char *text,
                            gsize       lower,
                            gsize       w_start,
                            gsize       q_start)
{
  static const char * const totals[] = { "累计", "共计", "共", "合计" };
  char verb[2 * 3 + 1];
  gsize p = w_start, before_end;

  if (q_start - w_start > (5 + 2 + 2) * 3 || w_start < lower + 3)
    return FALSE;
  p += text_any_word_at (text, p, q_start, frames_said, G_N_ELEMENTS (frames_said));
  if (p == w_start)
    return FALSE;
  p += text_any_word_at (text, p, q_start, totals, G_N_ELEMENTS (totals));
  if (q_start - p != 2 * 3)
    return FALSE;
  memcpy (verb, text + p, 2 * 3);
  verb[2 * 3] = '\0';
  before_end = w_start - (text[w_start - 1] == ',' ? 1 : 3);
  return text_find (text, clause_start (text, lower, before_end), before_end, verb) != G_MAXSIZE;
}

/* The length of the separator at @p between a figure's count and its
 * name on a box's line (a space, an ideographic space, ——, ｜ or |), or
 * 0. */
static gsize
figure_separator_at (const char *text,
                     gsize       p,
                     gsize       end)
{
  static const char * const separators[] = { "\u3000", "——", "｜", "|", " ", "\t" };

  return text_any_word_at (text, p, end, separators, G_N_ELEMENTS (separators));
}

/* Where the line that [@p, @end) starts in ends: the first newline, or
 * @end. */
static gsize
line_end_before (const char *text,
                 gsize       p,
                 gsize       end)
{
  const char *nl = p < end ? memchr (text + p, '\n', end - p) : NULL;

  return nl != NULL ? (gsize) (nl - text) : end;
}

/* Does the count [@q_start, @q_end) open its line, a space, a dash or a
 * bar and its name after it (6件　制定地方性法规, 12件——全年制定的地方性法
 * 规, 8次｜常委会会议), as a box of figures may set them? */
static gboolean
opens_count_first_line (const char *text,
                        gsize       size,
                        gsize       q_start,
                        gsize       q_end)
{
  gsize p = q_start;

  while (p > 0 && (text[p - 1] == ' ' || text[p - 1] == '\t'))
    p--;
  if (p > 0 && text[p - 1] != '\n')
    return FALSE;
  /* (a lone space is none: the 5 件 of a copy that spaces its words) */
  return figure_separator_at (text, q_end, size) != 0 &&
         !(text[q_end] == ' ' && figure_separator_at (text, q_end + 1, size) == 0);
}

/* Whether the words [@start, @end) before a count only name the year
 * it is of, the noun said in the clause before (…专项工作报告38个，其中
 * 2024年21个; …86期，去年30期; 2024年召开8次): the year's part of a
 * total of years. */
static gboolean
only_names_year (const char *text,
                 gsize       start,
                 gsize       end,
                 gint        year)
{
  static const char * const years[] = { "去年", "今年", "当年", "本年度" };
  /* (or a copula or a verb of reaching: 2024年为21个, 2024年共21个, 比例逐年
   * 提高，2022年达到85.3%) */
  static const char * const copulas[] = { "为", "共", "达到", "达", "提高到", "提升到", "上升到" };
  gsize p = start, n = 0;

  if (text_word_at (text, p, end, "其中"))
    p += strlen ("其中");
  if (year > 0 && year_written_at (text, p, end, &n) == year && text_word_at (text, p + n, end, "年"))
    p += n + strlen ("年");
  else if ((n = text_any_word_at (text, p, end, years, G_N_ELEMENTS (years))) != 0)
    p += n;
  else
    return FALSE;
  if ((n = text_any_word_at (text, p, end, bare_verbs, G_N_ELEMENTS (bare_verbs))) == 0)
    n = text_any_word_at (text, p, end, copulas, G_N_ELEMENTS (copulas));
  return p + n == end;
}


/* Is @scope the NPC's or a province's, whose congresses are elected in
 * the same years? */
static inline gboolean
is_top_level (const char *scope)
{
  return strcmp (scope, "national") == 0 || strcmp (scope, "provincial") == 0;
}

/* Is the count at [@next_start, @next_end) one of the articles (条款,
 * 条文, 条) of the laws the count ending at @q_end counts, with only their
 * name between, and the clause's verb after them (对12件法规的36个条款作
 * 出修改, 对7件法规中的19条予以修正; not 一并修改了59件法律中的141个条款,
 * whose verb is before)? */
static gboolean
counts_articles_of (const char *text,
                    gsize       size,
                    gsize       q_end,
                    gsize       next_start,
                    gsize       next_end)
{
  static const char * const articles[] = { "条款", "条文" };
  gsize end = next_end;

  if (next_start < q_end || next_start - q_end > 12 * 3 ||
      !text_word_ends_at (text, q_end, next_start, "的"))
    return FALSE;
  for (gsize p = q_end; p < next_start; p += g_utf8_skip[(guchar) text[p]])
    if (delimiter_at (text, p, next_start) > 0 || enum_comma_at (text, p) ||
        conjunction_at (text, q_end, p, next_start) > 0)
      return FALSE;
  if (!text_word_ends_at (text, next_start, next_end, "条"))
    {
      gsize n = text_any_word_at (text, next_end, size, articles, G_N_ELEMENTS (articles));

      if (n == 0)
        return FALSE;
      end += n;
    }
  return end < size && delimiter_at (text, end, size) == 0 && text[end] != '\n';
}

/* Is [@from, @to) within one clause and one item of a list: no clause
 * delimiter, no enumeration comma? */
static gboolean
one_item_between (const char *text,
                  gsize       from,
                  gsize       to)
{
  for (gsize c = from; c < to; c += g_utf8_skip[(guchar) text[c]])
    if (delimiter_at (text, c, to) > 0 || enum_comma_at (text, c))
      return FALSE;
  return TRUE;
}

/* Is the count at [@next_start, @next_end) a span of time in a clause
 * that qualifies the noun of the count ending at @q_end, with only a few
 * words between (对2部实施满三年的法规开展立法后评估, 5件施行超过10年以
 * 上的法规)? Then the words after it are the earlier count's too. */
static gboolean
spans_time_of (const char       *text,
               gsize             size,
               gsize             q_end,
               BaogaoAnnotation *next)
{
  static const char * const bounds[] = { "以上", "以下", "以内", "多", "" };
  gsize next_start = baogao_annotation_get_byte_start (next);
  gsize p = baogao_annotation_get_byte_end (next);

  if (next_start < q_end || next_start - q_end > 6 * 3)
    return FALSE;
  for (guint b = 0; b < G_N_ELEMENTS (bounds); b++)
    if (text_word_at (text, p, size, bounds[b]))
      {
        p += strlen (bounds[b]);
        break;
      }
  if (!text_word_at (text, p, size, "的") || !one_item_between (text, q_end, next_start))
    return FALSE;
  /* (the unit last: the annotation's lookup costs most) */
  return unit_in ("年|个月|月|天|周", baogao_annotation_get_string (next, "unit"));
}

/* Is the count at [@next_start, @next_end) one of the scripts or tongues
 * the act said after it is done in, brought in with 以 or 用 a few words
 * after the count ending at @q_end (将五件法规草案以彝汉两种文字公开征求
 * 意见)? Then the words after it are the earlier count's too. */
static gboolean
counts_means_of (const char       *text,
                 gsize             size,
                 gsize             q_end,
                 BaogaoAnnotation *next)
{
  static const char * const means[] = { "文字", "语言", "语种" };
  static const char * const with[] = { "以", "用", "使用", "采用" };
  gsize next_start = baogao_annotation_get_byte_start (next);
  gsize next_end = baogao_annotation_get_byte_end (next);

  return next_start >= q_end && next_start - q_end <= 12 * 3 &&
         text_any_word_at (text, next_end, MIN (size, next_end + 2 * 3), means, G_N_ELEMENTS (means)) != 0 &&
         one_item_between (text, q_end, next_start) &&
         text_contains_any (text, q_end, next_start, with, G_N_ELEMENTS (with)) &&
         unit_in ("种", baogao_annotation_get_string (next, "unit"));
}

/* Is the count at @next, in 轮 or 遍, the rounds the act said after it
 * was done in over the things the count ending at @q_end counts, with
 * only their name and 进行 or 开展 between, no delimiter, within 12
 * characters (对现行有效的36件单行条例进行了两轮全面清理)? Then the words
 * after it are the earlier count's too. */
static gboolean
counts_rounds_of (const char       *text,
                  gsize             q_end,
                  BaogaoAnnotation *next)
{
  static const char * const done[] = { "进行了", "进行", "开展了", "开展" };
  gsize next_start = baogao_annotation_get_byte_start (next);

  if (next_start < q_end || next_start - q_end > 12 * 3 ||
      text_any_word_ends_at (text, q_end, next_start, done, G_N_ELEMENTS (done)) == 0 ||
      !one_item_between (text, q_end, next_start))
    return FALSE;
  return unit_in ("轮|遍", baogao_annotation_get_string (next, "unit"));
}

/* The longest name of a pool between its count and 中 (个候选项目中) */
#define POOL_NAME_REACH (10 * 3)

/* Where the words of a count after @prev_end start, when the count before
 * it, at @prev_start, counts a pool the later one is picked from (从20个候
 * 选项目中票决产生10个): right after the pool's 中; else @prev_end. */
static gsize
after_pool (const char *text,
            gsize       size,
            gsize       prev_start,
            gsize       prev_end,
            gsize       q_start)
{
  gsize in_at;

  if (prev_start < 3 ||
      !(text_word_ends_at (text, 0, prev_start, "从") || text_word_ends_at (text, 0, prev_start, "在")))
    return prev_end;
  in_at = text_find (text, prev_end, MIN (q_start, prev_end + POOL_NAME_REACH), "中");
  if (in_at == G_MAXSIZE)
    return prev_end;
  if (clause_end (text, size, prev_end, in_at) < in_at)
    return prev_end;
  return in_at + strlen ("中");
}

/* Where the words of a count start when its clause names, before it, a
 * pool it was picked from with no count of its own (主任会议从代表建议中
 * 选出15件作为重点督办建议): right after the pool's 中, the pool's words
 * being no noun of the count; else @w_start. */
static gsize
after_uncounted_pool (const char *text,
                      gsize       w_start,
                      gsize       q_start)
{
  static const char * const picks[] = { "选出", "选取", "遴选", "筛选", "挑选", "精选", "确定", "选择" };
  gsize from = text_find (text, w_start, q_start, "从");
  gsize in_at;

  if (from == G_MAXSIZE)
    return w_start;
  in_at = text_find (text, from, MIN (q_start, from + strlen ("从") + POOL_NAME_REACH), "中");
  if (in_at == G_MAXSIZE ||
      text_any_word_at (text, in_at + strlen ("中"), q_start, picks, G_N_ELEMENTS (picks)) == 0)
    return w_start;
  return in_at + strlen ("中");
}

/* Do the words [@w_start, @q_start) before a count bring it forward as
 * the object of a verb said after it, with 将 or 把 opening them (将5件
 * 法规草案…公开征求意见)? */
static gboolean
fronted_with_jiang (const char *text,
                    gsize       w_start,
                    gsize       q_start)
{
  return q_start - w_start <= 3 * 3 &&
         (text_word_at (text, w_start, q_start, "将") || text_word_at (text, w_start, q_start, "把"));
}

static gboolean same_count (const char         *text,
                            GPtrArray          *quantities,
                            const CountWindows *windows,
                            guint               qi,
                            guint               qj);

/* How far back a count pointed back to (这3件) may have been said */
#define POINTED_BACK_REACH (200 * 3)

/* Is count @qi pointed back to with 这 (这3件议案由…并案形成), the same
 * count tallied in the last POINTED_BACK_REACH bytes? Returns that
 * count's index, G_MAXUINT for none. (Not 以上 or 上述, which often bring
 * the count again as another thing: …，以上3件法规均已报请批准; nor one
 * pointing back to a count left undecided, 专题询问，…开展了２次；这两次专
 * 题询问中…, whose words it says.) */
static guint
points_back (const char         *text,
             GPtrArray          *quantities,
             const CountWindows *windows,
             const Decision     *decisions,
             guint               qi)
{
  static const char * const these[] = { "这", "这些", "该", "此" };
  gsize q = windows[qi].q_start;

  if (q < 3 || text_any_word_ends_at (text, q >= 2 * 3 ? q - 2 * 3 : 0, q, these, G_N_ELEMENTS (these)) == 0)
    return G_MAXUINT;
  for (guint j = qi; j-- > 0 && windows[j].q_end + POINTED_BACK_REACH >= q;)
    if (decisions[j].rule != NO_RULE && same_count (text, quantities, windows, j, qi))
      return j;
  return G_MAXUINT;
}

/* Is @next, a count after the one ending at @q_end, the batches or
 * rounds the ones counted were split into, right after 分 (…代表分两批
 * 向选民述职, 分三次)? */
static gboolean
splits_into_batches (const char       *text,
                     gsize             q_end,
                     BaogaoAnnotation *next)
{
  gsize start = baogao_annotation_get_byte_start (next);

  return start >= q_end + 3 && start - q_end <= 12 * 3 && text_word_ends_at (text, q_end, start, "分") &&
         unit_in ("批|次|期|组|轮", baogao_annotation_get_string (next, "unit"));
}

/* Between a count of people and a later count of its clause (312名代表提
 * 出建议和意见536件), does the earlier count's verb of submitting stand
 * before the list separator of [@from, @to)? Then the people are the
 * verb's subject, and the separator joins its objects, which the later
 * count counts together: no list of two counted items. */
static gboolean
people_submit_before (const char       *text,
                      BaogaoAnnotation *people,
                      gsize             from,
                      gsize             to)
{
  static const char * const submit[] = { "提出", "提交", "领衔", "联名" };
  gsize item = list_item_start (text, from, to);

  return item > from &&
         unit_in ("名|人|位", baogao_annotation_get_string (people, "unit")) &&
         text_contains_any (text, from, item, submit, G_N_ELEMENTS (submit));
}

/* The longest clause that only names a sentence's topic (在执法检查上,
 * 专题询问方面): some 8 characters. */
#define BARE_TOPIC (8 * 3)

/* Is [@start, @end) short enough to name a topic, one clause (not 今年，执
 * 法检查) with no figure? A label a colon closes is (任免：; 宪法宣誓：),
 * whatever its words. */
static gboolean
colon_label (const char *text,
             gsize       start,
             gsize       end)
{
  if (end <= start || end - start > BARE_TOPIC || clause_end (text, end, start, end) != end)
    return FALSE;
  for (gsize p = start; p < end; p++)
    if (g_ascii_isdigit (text[p]))
      return FALSE;
  return TRUE;
}

/* Is [@start, @end) a sentence's first clause that names its topic and
 * nothing else: a label with no verb first (执法检查; 在备案审查上)? */
static gboolean
bare_topic_clause (const char *text,
                   gsize       start,
                   gsize       end)
{
  return colon_label (text, start, end) && clause_verb_at (text, start, end) == 0 &&
         /* (a time, not a topic: 执法检查中，…代表112人次参加) */
         !text_word_ends_at (text, start, end, "中");
}

/* Does the count ending at @prev_end count the places or bodies whose
 * things the count at @q_start counts, in one clause (批准…4个自治县的单
 * 行条例和变通规定12件)? Then the words before it are the later count's
 * too. */
static gboolean
counts_owners_of (const char *text,
                  gsize       prev_end,
                  gsize       q_start)
{
  static const char * const owners[] = {
    "设区的市的", "自治县的", "自治州的", "部门的", "单位的",
    "县的", "市的", "区的", "州的", "旗的",
  };

  if (prev_end < strlen ("个") || !text_word_ends_at (text, 0, prev_end, "个") ||
      text_any_word_at (text, prev_end, q_start, owners, G_N_ELEMENTS (owners)) == 0)
    return FALSE;
  return one_item_between (text, prev_end, q_start);
}

/* Finds where each count reads its cues (see CountWindows): fills
 * @windows, one per quantity. */
static gboolean
find_windows (const Tables    *tables,
              BaogaoDocument  *document,
              GPtrArray       *quantities,
              CountWindows    *windows,
              GCancellable    *cancellable,
              GError         **error)
{
  const char *text = baogao_document_get_text (document);
  gsize size = baogao_document_get_size (document);
  g_autoptr(GArray) sections = get_spans (tables, document, "structure.section", TRUE);
  g_autoptr(GArray) subsections = get_spans (tables, document, "structure.subsection", TRUE);
  g_autoptr(GArray) parts = get_spans (tables, document, "structure.part", TRUE);
  g_autoptr(GArray) sentences = get_spans (tables, document, "structure.sentence", FALSE);
  guint section_cursor = 0, subsection_cursor = 0, part_cursor = 0, sentence_cursor = 0;
  /* the first clause of the last sentence whose subject was read */
  gsize subject_sentence = 0, subject_end = 0, subject_clause = 0, subject_part = 0, next_part = G_MAXSIZE;
  gboolean subject_known = FALSE;
  /* per sentence: where its first time frame and its first plan word
   * are (G_MAXSIZE: none), read once; per paragraph: the time frame
   * that opens it (五年来，…), which speaks for all its sentences */
  gsize frame_sentence = G_MAXSIZE;
  SentenceMarks marks = {
    0, 0, 0, 0, G_MAXSIZE, PERIOD_YEAR, G_MAXSIZE, 0, 0, 0, G_MAXSIZE, G_MAXSIZE, G_MAXSIZE,
  };
  gsize paragraph_start = G_MAXSIZE;
  Period paragraph_period = PERIOD_YEAR;
  /* the section whose last paragraph opening with a period said one
   * (2021年，…; 五年来，…), and which */
  const Span *said_section = NULL;
  Period said_period = PERIOD_YEAR;
  /* where the last sentence read ends */
  gsize visited_end = 0;
  gboolean sentence_year = FALSE, paragraph_year = FALSE, year_box = FALSE, term_box = FALSE;
  /* where the sentence's first clause says since or to when, or
   * G_MAXSIZE */
  gsize since_at = G_MAXSIZE;
  gboolean to_date = FALSE;
  /* the domain a ledger label opening the sentence, or its line, says */
  int sentence_label = -1, paragraph_label = -1, sentence_lead = -1;
  const int political = domain_index (tables, "political");
  /* the start of the line of the last sentence read, found by a walk
   * over the text once */
  gsize line_start = 0, newline_scan = 0;
  gint year = (gint) baogao_document_get_metadata_int (document, "year_reported", 0);
  /* the session and the term of the congress the report is given at */
  gint meeting[2];
  gboolean term_opening;
  /* the year reported written in digits and in numerals (2022, 二〇二二) */
  char year_digits[16] = "", year_numerals[16 * 3] = "";
  gsize prev_end = 0;
  /* the year the current sentence opens with, 0 for none */
  gint sentence_head_year = 0;
  /* the list the current count is an item of: its last count, and the
   * tail of its clause after that count */
  guint list_end = 0;
  gboolean list_known = FALSE;
  gsize tail_start = 0, tail_end = 0;
  /* the aside naming a part of a total the last counts were in, and
   * that total; the count that ends at @prev_end */
  gsize aside = G_MAXSIZE;
  guint aside_total = G_MAXUINT, prev_qi = G_MAXUINT;

  report_meeting (baogao_document_get_metadata (document, "meeting"), meeting);
  /* (the opening before the first section tells of the five years) */
  {
    static const char * const five_years[] = { "五年来", "过去五年", "本届以来", "五年间", "五年中" };
    gsize first = sections->len > 0 ? g_array_index (sections, Span, 0).start : size;

    term_opening = text_contains_any (text, 0, MIN (first, size), five_years, G_N_ELEMENTS (five_years));
  }
  /* the NPC and the provinces' congresses are all elected in the same
   * years (2013, 2018, 2023: a report on 2017 is a term's last); the year
   * reported says which of its term's years a report is in, as the
   * session cannot once extra sessions have pushed it on: as if given at
   * the first session (the term's last report), the second (the term's
   * first year) or a later one */
  if (year > 0 && baogao_document_get_metadata (document, "region") != NULL &&
      is_top_level (tally_document_scope (document)))
    meeting[0] = year % 5 == 2 ? 1 : year % 5 == 3 ? 2 : 3;
  if (year > 0)
    {
      static const char * const numerals[] = { "〇", "一", "二", "三", "四", "五", "六", "七", "八", "九" };

      g_snprintf (year_digits, sizeof year_digits, "%d", year);
      for (gsize i = 0; year_digits[i] >= '0' && year_digits[i] <= '9'; i++)
        g_strlcat (year_numerals, numerals[year_digits[i] - '0'], sizeof year_numerals);
    }
  /* (…unless it says the sections that follow report the year: 五年来，
   * …。下面，重点报告2017年的工作) */
  if (term_opening && year > 0)
    term_opening = !opening_reports_year (text, sections->len > 0 ? MIN (g_array_index (sections, Span, 0).start, size) : size,
                                          year);
  for (guint qi = 0; qi < quantities->len; qi++)
    {
      BaogaoAnnotation *q = g_ptr_array_index (quantities, qi);
      CountWindows *w = &windows[qi];
      gsize q_start = baogao_annotation_get_byte_start (q);
      gsize q_end = baogao_annotation_get_byte_end (q);
      gsize next_start = qi + 1 < quantities->len ?
        baogao_annotation_get_byte_start (g_ptr_array_index (quantities, qi + 1)) : size;
      const Span *section, *subsection, *part, *sentence;
      gsize lower, upper, w_start, w_end, head_lower, h_start;
      gboolean count_first;

      w->skip = TRUE;
      w->aside_total = G_MAXUINT;
      w->topic_start = G_MAXSIZE;
      /* (set for every count, skipped ones too, in the text and in
       * order: the passes after the decisions read them all) */
      w->q_start = MIN (q_start, size);
      w->q_end = MAX (w->q_start, MIN (q_end, size));
      w->own_end = q_start;
      w->w_end = w->q_end;
      w->prefix_start = w->prefix_end = w->suffix_start = w->suffix_end = 0;
      w->verb_start = w->verb_end = 0;
      if (qi % 256 == 255 && g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      if (q_end > size || q_start >= q_end)
        continue;
      /* a span of time said as a frame (五年间, 一年中): no count, and no
       * bound of the windows around it (专题询问，五年间开展了七次) */
      if (spans_frame (text, size, q))
        continue;

      /* a magnitude said vaguely (数万人, 几十次) states no count; 十几次
       * is ten and more, as 十余次 */
      if (text_word_at (text, q_start, q_end, "数") || text_word_at (text, q_start, q_end, "几"))
        goto next;

      /* plans are not tallies */
      part = covering (parts, &part_cursor, q_start, q_end);
      if (part != NULL && part->domain == -2)
        goto next;
      /* the innermost topic decides: a subsection's, when it has one of
       * a domain (or plans), else the section's */
      section = covering (sections, &section_cursor, q_start, q_end);
      subsection = covering (subsections, &subsection_cursor, q_start, q_end);
      w->section_domain = section != NULL ? section->domain : -1;
      if (subsection != NULL && subsection->domain != -1)
        w->section_domain = subsection->domain;
      if (w->section_domain == -2)
        goto next;
      /* a count of places is none of what is done there */
      if (counts_places (text, q_end, size))
        goto next;
      /* a part of a total, in an aside after it, is decided, and
       * dropped after (see drop_breakdowns()) */
      {
        gsize open_before = aside;

        if (in_subset_aside (text, prev_end, q_start, &aside))
          {
            if (aside != open_before || aside_total == G_MAXUINT)
              aside_total = prev_qi;
            w->aside_total = aside_total;
          }
        else
          aside_total = G_MAXUINT;
      }
      w->skip = FALSE;
      w->each = FALSE;

      /* the windows: back to the clause start, the sentence start or the
       * previous count; on to the clause end, the sentence end or the
       * next count */
      sentence = covering (sentences, &sentence_cursor, q_start, q_end);

      /* a plan said outside a plans section (今年将开展…5项) is none; a
       * count after a time frame (五年来，…), or in a unit about the
       * whole term, covers more than the year */
      if (sentence != NULL)
        {
          if (frame_sentence != sentence->start)
            {
              gsize p = sentence->start;

              frame_sentence = sentence->start;
              sentence_marks_init (&marks, sentence->start, sentence->end, year, meeting);
              sentence_head_year = year > 0 ? year_at_head (text, sentence->start, sentence->end) : 0;
              sentence_year = year > 0 && sentence_head_year == year;
              sentence_label = ledger_label (tables, text, sentence->start, sentence->end, TRUE);
              sentence_lead = short_lead_domain (tables, text, sentence->start, sentence->end);
              since_at = since_clause (text, size, sentence->start, sentence->end, year_digits, &to_date);
              /* (…or its second, after a first of no count that only says
               * what the work served: 推进预算联网监督系统建设，系统运行以
               * 来，共推送预警线索92条) */
              if (since_at == G_MAXSIZE)
                {
                  gsize first = clause_end (text, size, sentence->start, sentence->end);
                  gsize count = first_count_from (quantities, sentence->start);

                  if (first < sentence->end && count > first &&
                      (first - sentence->start <= SHORT_CLAUSE || is_lead_in (text, sentence->start, first, count)))
                    {
                      gsize second = first + delimiter_at (text, first, sentence->end);
                      gboolean second_to_date = FALSE;
                      gsize at = since_clause (text, size, second, sentence->end, year_digits, &second_to_date);

                      /* (only a span said since, not to date) */
                      if (at != G_MAXSIZE && !second_to_date)
                        since_at = at;
                    }
                }
              /* the paragraph's head: a frame or the year there speaks
               * for all its sentences */
              while (newline_scan < p)
                {
                  const char *nl = memchr (text + newline_scan, '\n', p - newline_scan);

                  if (nl == NULL)
                    {
                      newline_scan = p;
                      break;
                    }
                  line_start = newline_scan = (gsize) (nl - text) + 1;
                }
              p = line_start;
              while (p < sentence->start && (text[p] == ' ' || text[p] == '\t'))
                p++;
              if (p != paragraph_start)
                {
                  gboolean paragraph_year_after_lead = FALSE, any_frame;
                  /* (after its item's number: （一）五年来，…) */
                  gsize h = p + item_number_at (text, p, sentence->end);

                  /* (a paragraph of no count before it, in the section,
                   * may have said the period: 2022年，常委会…依法开展监督。
                   * then 一是…, 二是…; read only where the period said
                   * is, in a term's last report with no parts, below) */
                  if (meeting[0] == 1 && parts->len == 0 && term_opening && section != NULL && year > 0 &&
                      skipped_paragraphs_period (text, MAX (visited_end, section->start), p, year, meeting,
                                                 &said_period))
                    said_section = section;
                  paragraph_start = p;
                  paragraph_period = head_frame (text, h, sentence->end, year, meeting, &any_frame);
                  /* (or after a short lead-in sentence, a run-in heading:
                   * 建议办理提质增效。五年来，…) */
                  if (!any_frame)
                    {
                      gsize stop = text_find (text, h, MIN (sentence->end, h + PARAGRAPH_LEAD_IN), "。");

                      if (stop != G_MAXSIZE)
                        paragraph_period = head_frame (text, stop + strlen ("。"), sentence->end, year, meeting, NULL);
                    }
                  /* (…or the year after a lead-in sentence: 本届最后一年，
                   * 监督工作力度不减。2022年，常委会…) */
                  {
                    gsize stop = text_find (text, h, MIN (size, h + YEAR_LEAD_IN), "。");

                    /* (a lead-in of no count: not 开展执法检查25次。2022年，…) */
                    paragraph_year_after_lead = stop != G_MAXSIZE && first_count_from (quantities, h) > stop &&
                                                opens_with_year_said (text, stop + strlen ("。"), size, year);
                  }
                  /* (the year said as such too, in a part about the term:
                   * 今年是…100周年。常委会…讲专题党课3次) */
                  /* (…or with the session of the year: 省十三届人大五次会议
                   * 期间，代表提出建议651件。…满意率为96.5%) */
                  paragraph_year = opens_with_year_said (text, h, sentence->end, year) ||
                                   text_word_at (text, h, sentence->end, "今年是") || paragraph_year_after_lead ||
                                   opens_with_session (text, h, sentence->end, meeting);
                  paragraph_label = ledger_label (tables, text, p, sentence->end, FALSE);
                  /* a box of the year's figures (【数说2022】, then ▲ lines)
                   * in a part about the term */
                  year_box = year > 0 &&
                             (year_box_header_before (text, p, year_digits, year_numerals) ||
                              (year_box && starts_with_bullet (text, p, sentence->end)));
                  paragraph_year = paragraph_year || year_box;
                  /* …or of the term's (【数字看变化·五年来】, then ■ lines) */
                  term_box = !year_box &&
                             (term_box_header_before (text, p) ||
                              (term_box && starts_with_bullet (text, p, sentence->end)));
                  if (term_box && paragraph_period == PERIOD_YEAR)
                    paragraph_period = PERIOD_TERM;
                  if (paragraph_year || paragraph_period == PERIOD_TERM)
                    {
                      said_section = section;
                      said_period = paragraph_year ? PERIOD_YEAR : PERIOD_TERM;
                    }
                }
              /* (a later sentence that opens with the year reported ends
               * the paragraph's frame for the sentences after it: 五年来，
               * …。2021年，审议法规草案4件。共清理…31件) */
              else if (opens_with_year_said (text, sentence->start, sentence->end, year) ||
                       year_sentence_between (text, visited_end, sentence->start, year))
                {
                  paragraph_period = PERIOD_YEAR;
                  paragraph_year = TRUE;
                }
              visited_end = sentence->end;
            }
          sentence_marks_read (text, &marks, q_start);
          /* a ledger's label is the innermost unit */
          if (sentence_label >= 0)
            w->section_domain = sentence_label;
          else if (paragraph_label >= 0)
            w->section_domain = paragraph_label;
          /* (a short first clause naming the domain, in a section of none
           * or of the Party's leadership, whose heading may be no domain's
           * though its sentences are: 常委会着力加强自身建设，举办…) */
          else if (sentence_lead >= 0 && (w->section_domain < 0 || w->section_domain == political))
            w->section_domain = sentence_lead;
        }
      /* the nearest says: a time frame before the count in its sentence,
       * the year reported opening it, what opens its paragraph, then
       * the unit it is in */
      w->period = PERIOD_YEAR;
      w->period_to_date = FALSE;
      w->period_said = sentence != NULL && ((marks.frame_at < q_start) || (since_at < q_start && !to_date));
      /* (a frame, then the year said as such before the count: 五年来提出
       * 建议216件，今年提出议案7件) */
      if (sentence != NULL && marks.frame_at < q_start &&
          (marks.named_year_at > q_start || marks.named_year_at < marks.frame_at ||
           year_of_closed_part (text, marks.named_year_at, q_start)) &&
          !(marks.this_year_at > marks.frame_at && marks.this_year_at < q_start))
        w->period = marks.frame;
      /* to date, the year reported named or not (截至2023年底, 迄今); but
       * a rate to date is a rate of the year's work, not a total of years
       * (截至目前，代表建议办结率达100%) */
      /* (not the year's share, named in a clause of its own after it:
       * 截至2022年底建成…1012个，其中2022年新建86个; 截至目前…，今年开
       * 展活动5400余次) */
      else if (sentence != NULL && since_at < q_start && to_date &&
               !count_is_rate (q) && !year_in_own_clause (text, sentence->start, since_at, q_start, year_digits))
        {
          w->period = PERIOD_YEARS;
          w->period_to_date = TRUE;
        }
      /* (the year reported named as a span's end is the span's: 2010年至
       * 2011年，…) */
      else if (sentence != NULL &&
               (sentence_year ||
                (marks.named_year_at < q_start &&
                 !(since_at < q_start && !to_date && marks.named_year_at < since_at + SPAN_HEAD &&
                   opens_span_as_when (text, since_at, q_start)))))
        w->period = PERIOD_YEAR;
      /* a sentence, or the count's clause, that opens with the year said
       * as such (全年, 过去一年, 今年以来), in a paragraph or a part about
       * the term (…，中国人大网全年发布稿件9200余篇) */
      else if (sentence != NULL && marks.this_year_at < q_start &&
               (marks.this_year_at <= sentence->start + SENTENCE_HEAD_YEAR ||
                /* (and the clauses after it, up to a semicolon: …，全年召开
                 * 党组会议24次，研究重大事项93项) */
                !has_semicolon (text, marks.this_year_at, q_start)))
        w->period = PERIOD_YEAR;
      /* a count after a clause saying since when (“十四五”以来, 自2015年
       * 获得地方立法权以来, 党的十八大以来, 近年来), over more years than the
       * year, in a paragraph or a part about the term too */
      else if (sentence != NULL && since_at < q_start && !to_date)
        w->period = PERIOD_YEARS;
      /* (累计 in a paragraph about the year is still a total of years:
       * 五年来，…。2022年，…。累计清理法规31件) */
      else if (sentence != NULL && (paragraph_year || paragraph_period != PERIOD_YEAR))
        w->period = paragraph_period == PERIOD_YEAR && marks.cumulative_at < q_start &&
                    cumulative_reaches (text, marks.cumulative_at, q_start) ? PERIOD_YEARS : paragraph_period;
      /* the innermost unit: the structure tells a unit about a year in
       * a part about the term (二、2022年立法工作 and the sections after
       * it) */
      else if ((subsection != NULL ? subsection->period :
                section != NULL ? section->period :
                part != NULL ? part->period : PERIOD_YEAR) == PERIOD_TERM)
        w->period = PERIOD_TERM;
      /* a term's last report with no parts, its sections about the five
       * years (given at a new congress's first session, 五年来 said in its
       * opening): the term, unless the year is said, here or opening an
       * earlier paragraph of the section after any about the term
       * (2021年，常委会…。\n坚持开门立法，…) */
      else if (meeting[0] == 1 && parts->len == 0 && section != NULL && term_opening &&
               !(said_section == section && said_period == PERIOD_YEAR))
        w->period = PERIOD_TERM;
      /* 累计 said of the year's work alone is a total of more years, up
       * to a semicolon (…累计建成1.2万个；分6期培训…: the year's) */
      else if (sentence != NULL && marks.cumulative_at < q_start &&
               cumulative_reaches (text, marks.cumulative_at, q_start))
        w->period = PERIOD_YEARS;

      /* a list of names closed by 等 and their kind before the count
       * (制定A条例、B条例…等法规9件): its verb may be further back */
      lower = q_start > WINDOW_BEFORE ? q_start - WINDOW_BEFORE : 0;
      /* (…or a list of places or bodies in one clause, longer than the
       * window, up to its verb: 审查批准贵阳市、遵义市等设区的市和黔东南、
       * 黔南…三个自治州及十一个自治县报批的法规、自治条例和单行条例共计31件) */
      if (closes_list_of_names (text, lower, q_start) ||
          (lower > 0 && clause_start (text, lower, q_start) == lower && text_contains (text, lower, q_start, "、")))
        lower = q_start > WINDOW_BEFORE_LIST ? q_start - WINDOW_BEFORE_LIST : 0;
      upper = MIN (size, q_end + WINDOW_AFTER);
      if (sentence != NULL)
        {
          lower = MAX (lower, sentence->start);
          upper = MIN (upper, sentence->end);
        }
      /* a box's line with the count first (6件　制定地方性法规): the line
       * before is another figure's name, not this count's words; the
       * name after it is (see below) */
      count_first = opens_count_first_line (text, size, q_start, q_end);
      if (count_first)
        lower = q_start;
      head_lower = lower;
      if (prev_end <= q_start && !counts_owners_of (text, prev_end, q_start))
        lower = MAX (lower, prev_end);
      /* (not at a count of the batches the ones counted were split into,
       * 236名区人大代表分两批向选民述职: the verb after it is theirs) */
      if (next_start >= q_end && !(qi + 1 < quantities->len &&
                                   splits_into_batches (text, q_end, g_ptr_array_index (quantities, qi + 1))))
        upper = MIN (upper, next_start);

      w_start = clause_start (text, lower, q_start);
      /* an object brought before its verb with 将 or 把 (将5件单行条例草案
       * 在州人大网站和《…报》上公开征求意见): the verb closes the clause,
       * which may reach further than the window */
      if (fronted_with_jiang (text, w_start, q_start) && upper == q_end + WINDOW_AFTER &&
          (sentence == NULL || upper < sentence->end) && (qi + 1 >= quantities->len || next_start > upper))
        {
          upper = MIN (size, q_end + WINDOW_AFTER_FRONTED);
          if (sentence != NULL)
            upper = MIN (upper, sentence->end);
          if (qi + 1 < quantities->len)
            upper = MIN (upper, next_start);
        }
      w_end = clause_end (text, size, q_end, upper);
      /* (…the figure's name, after its count on the box's line, read as
       * the words before it: 8次｜常委会会议) */
      if (count_first)
        {
          gsize line_end = line_end_before (text, q_end, sentence != NULL ? sentence->end : size);

          w->suffix_start = q_end;
          while (w->suffix_start < line_end && figure_separator_at (text, w->suffix_start, line_end) != 0)
            w->suffix_start += figure_separator_at (text, w->suffix_start, line_end);
          w->suffix_end = line_end;
        }
      /* the laws counted, then their articles changed (对12件法规的36个条
       * 款作出修改), or a span of time in a clause that qualifies them (对
       * 2部实施满三年的法规开展…): the verb after is the laws' too */
      if (w_end == next_start && qi + 1 < quantities->len &&
          (counts_articles_of (text, size, q_end, next_start,
                               baogao_annotation_get_byte_end (g_ptr_array_index (quantities, qi + 1))) ||
           spans_time_of (text, size, q_end, g_ptr_array_index (quantities, qi + 1)) ||
           counts_means_of (text, size, q_end, g_ptr_array_index (quantities, qi + 1)) ||
           counts_rounds_of (text, q_end, g_ptr_array_index (quantities, qi + 1))))
        {
          upper = MIN (size, q_end + (fronted_with_jiang (text, w_start, q_start) ? WINDOW_AFTER_FRONTED : WINDOW_AFTER));
          if (sentence != NULL)
            upper = MIN (upper, sentence->end);
          w_end = clause_end (text, size, q_end, upper);
        }
      /* a note that breaks down a count its mark follows (…任免国家机关工
       * 作人员52人次①, then ① 含任命37人次、免职15人次): its parts */
      if (sentence != NULL && in_note_of_parts (text, line_start, q_start))
        {
          w->skip = TRUE;
          goto next;
        }
      /* an amount for each period (常委会每年确定8件左右的重点建议, 每年开
       * 展执法检查不少于4次) is no count of the work of the year or the
       * term; a rate may be said of each year (办结率每年均达100%) */
      if (per_period_before (text, w_start, q_start) && !count_is_rate (q))
        {
          w->skip = TRUE;
          goto next;
        }
      /* a count in a headless relative clause, the topic of the next
       * one (对其中2件与上位法不一致的，督促制定机关作出修改): what was
       * done to it is said there; … */
      /* …and a count closing a clause that opens with 对, the topic of
       * the next one (对其中与上位法相抵触的三件，督促制定机关予以纠正; 对其中
       * 6件存在合法性问题的文件，均已推动…; 对答复为基本满意的5件建议，交由
       * 承办单位再次研究办理; not 对…开展执法检查2次，检查组…) */
      if (w_end < upper &&
          ((w_end > q_end && text_word_ends_at (text, q_end, w_end, "的")) ||
           (opens_with_about (text, w_start, q_start) &&
            ((w_end == q_end && (text_word_ends_at (text, w_start, q_start, "的") ||
                                 text_word_ends_at (text, w_start, q_start, "其中"))) ||
             (w_end > q_end && text_word_ends_at (text, q_end, w_end, "文件")) ||
             (w_end > q_end && is_fronted_object (text, q_end, w_end) &&
              !text_contains_any (text, w_start, q_start, fronted_found, G_N_ELEMENTS (fronted_found)))))))
        {
          gsize d = delimiter_at (text, w_end, upper);

          if ((d == 1 && text[w_end] == ',') || (d == 3 && text_word_at (text, w_end, upper, "，")))
            w_end = clause_end (text, size, w_end + d, upper);
        }
      /* …and a count closing a clause whose verb, after 经 and who acted,
       * opens the next one (报批的法规和单行条例36件，经审查全部依法批准) */
      else if (w_end < upper && text_word_at (text, w_end, upper, "，") &&
               /* (not one whose clause has its own verb: 另依法废止地方性法规
                * 1件，均经…批准后施行) */
               !opens_with_verb (text, w_start, q_start) && !text_word_at (text, w_start, q_start, "另") &&
               (w_end == q_end ?
                (passive_clause_at (text, w_end + strlen ("，"), upper) ||
                 /* (…or a headless relative's count, what was done to
                  * them after it: 发现存在…问题的12件，均已督促制定机关予以
                  * 纠正) */
                 (text_word_ends_at (text, w_start, q_start, "的") &&
                  predicate_clause_at (text, w_end + strlen ("，"), upper))) :
                /* (…or a count before its noun, passed or approved said
                 * after: 报批的三十二件地方性法规和单行条例，经常委会审查，
                 * 全部依法予以批准) */
                (w_end - q_end <= FRONTED_QUALIFIED_OBJECT &&
                 !text_contains_any (text, q_end, w_end, acts_done, G_N_ELEMENTS (acts_done)) &&
                 passed_after (text, size, w_end + strlen ("，"), upper) != 0)))
        {
          gsize sentence_end = sentence != NULL ? sentence->end : size;
          gsize next_end = passed_after (text, size, w_end + strlen ("，"), sentence_end);

          if (next_end == 0)
            next_end = clause_end (text, size, w_end + strlen ("，"), sentence_end);

          /* (not one with a count of its own: …法规草案12件，经常委会会
           * 议审议通过10件; and only for a law's passage or approval, not
           * a review of what was filed: 接收报备的规范性文件236件，经逐件
           * 审查) */
          if (next_end <= next_start && next_end <= upper &&
              (text_contains_any (text, w_end, next_end, passed_words, G_N_ELEMENTS (passed_words)) ||
               !passive_clause_at (text, w_end + strlen ("，"), upper)))
            w_end = next_end;
        }
      /* …and the object counted closing its clause, what it was made
       * into said in the next (选取…的15件建议，作为常委会重点督办建议),
       * or a count of people whose clause only tells why, after them
       * (3名代表因调离本市，代表资格自行终止): what became of them is said
       * in the next clause */
      else if (w_end > q_end && w_end < upper && text_word_at (text, w_end, upper, "，") &&
               ((is_fronted_object (text, q_end, w_end) &&
                 made_into_at (text, w_end + strlen ("，"), upper)) ||
                (!opens_with_verb (text, w_start, q_start) && reason_after_count (text, q_end, w_end))))
        {
          gsize next_end = clause_end (text, size, w_end + strlen ("，"),
                                       sentence != NULL ? sentence->end : size);

          if (next_end <= next_start && next_end <= upper)
            w_end = next_end;
        }
      /* …and a count in a clause of no verb, its noun after it, what was
       * done to them all said in the next clause (以上九件法规，全部报经…批
       * 准; 年度立法计划中的3件正式项目，均按期完成; …等19件事项，均按程序向
       * 市委请示报告) */
      else if (w_end > q_end && w_end < upper && text_word_at (text, w_end, upper, "，") &&
               text_any_word_at (text, w_end + strlen ("，"), upper, all_of_them, G_N_ELEMENTS (all_of_them)) != 0 &&
               !text_contains_any (text, w_start, w_end, acts_done, G_N_ELEMENTS (acts_done)))
        {
          gsize next_end = clause_end (text, size, w_end + strlen ("，"),
                                       sentence != NULL ? sentence->end : size);

          if (next_end <= next_start && next_end <= upper)
            w_end = next_end;
        }

      /* the words of an aside naming a part of the total are the part's
       * (建议428件（其中…重点建议140件）), and so are those of any aside
       * right after the count (审议法规案25件（通过19件）: 通过 is not the
       * 25's) */
      if (subset_aside_at (text, q_end, w_end) != 0 ||
          (q_end < w_end && (text[q_end] == '(' || text_word_at (text, q_end, w_end, "（"))))
        w_end = q_end;

      /* a count of congresses (24个镇人民代表大会票决…, 86个县市区人大常委会共
       * 建成…): the bodies that did what the count after says; the end of
       * a range (每年检查法律法规5至6部), which no total is */
      if (counts_congresses (text, q_end, upper) || ends_range (text, w->q_start))
        {
          w->skip = TRUE;
          goto next;
        }
      /* the kinds the things counted after it fall into (检视出四个方面问
       * 题23个; 问题清单共有4个方面21个问题): not 对7个方面工作开展专题调
       * 研, the count of its clause */
      if (text_word_at (text, q_end, upper, "方面") &&
          next_start < clause_end (text, size, q_end, sentence != NULL ? sentence->end : size))
        {
          w->skip = TRUE;
          goto next;
        }

      /* the value a change started from (解决率由上年的74%提高到78.3%,
       * 建议由794件增加到836件): the count is the one it went to, which
       * reads the words before this one as its own; and so is the stock
       * new ones were added to (在原有4个基层立法联系点基础上新设立6个) */
      if (changes_from (text, q_end, upper) || is_base_added_to (text, w_start, q_start, q_end, upper))
        {
          w->skip = TRUE;
          continue;
        }

      /* the difference from the year before (较上年增加5件) is no count
       * of the year's work */
      if (is_change_amount (text, w_start, q_start))
        {
          w->skip = TRUE;
          goto next;
        }

      /* a count for each item of a list (法院和检察院专项工作报告各1个)
       * is no total: the items are not counted. It is each item's own
       * measure's, when they have different ones (see choose_shared ()) */
      w->each = each_ends_at (text, lower, q_start);

      /* a sentence about a later year than the one reported (2024年，常
       * 委会将…) is a plan */
      if (sentence != NULL && year > 0 && sentence_head_year > year)
        {
          w->skip = TRUE;
          goto next;
        }
      /* a plan, in the count's own clause or in its sentence's first one
       * (常委会将开展执法检查5项，…), or its second after a first that
       * only says when (今年，常委会计划…): no tally */
      if (sentence != NULL && marks.plan_at < q_start)
        {
          gsize first_end = clause_end (text, size, sentence->start, sentence->end);
          /* (in the count's clause, before the list item it is: 建议修改
           * 4件、废止1件) */
          gboolean planned = marks.plan_at >= clause_start (text, head_lower, w_start) ||
                             marks.plan_at < first_end;

          if (!planned && first_end - sentence->start <= SHORT_CLAUSE && first_end < sentence->end)
            {
              gsize second = first_end + delimiter_at (text, first_end, sentence->end);

              planned = marks.plan_at < clause_end (text, size, second, sentence->end);
            }

          /* (or, said with 拟, 将 or 计划, in a clause before the count's,
           * which the plan goes on in up to a semicolon: 常委会将…，拟听取
           * 审议专项工作报告15个，开展执法检查5次; not 力争…, a wish) */
          if (!planned && !has_semicolon (text, marks.plan_at, q_start) &&
              (char3 (text, marks.plan_at) == 0xe68b9f /* 拟 */ ||
               char3 (text, marks.plan_at) == 0xe5b086 /* 将 */ ||
               char3 (text, marks.plan_at) == 0xe8aea1 /* 计 */))
            planned = TRUE;
          if (!planned && w_start > marks.plan_at)
            {
              SentenceMarks own;

              sentence_marks_init (&own, w_start, q_start, year, meeting);
              sentence_marks_read (text, &own, q_start);
              planned = own.plan_at < q_start;
            }
          if (planned)
            {
              w->skip = TRUE;
              goto next;
            }
        }
      /* a count right after a colon (满意率：98.7%, 专题讲座：8讲) or a
       * table's bar reads the words before it */
      {
        gsize c = w_start;

        while (c < q_start && (text[c] == ' ' || text_word_at (text, c, q_start, "\u3000")))
          c += text[c] == ' ' ? 1 : 3;
        if (c == q_start && w_start > lower)
          {
            /* (or a table's bar: 常委会会议｜10次) */
            if (w_start >= lower + 3 && (text_word_ends_at (text, lower, w_start, "：") ||
                                         text_word_ends_at (text, lower, w_start, "｜")))
              w_start = clause_start (text, lower, w_start - 3);
            else if (text[w_start - 1] == ':' || text[w_start - 1] == '|')
              w_start = clause_start (text, lower, w_start - 1);
          }
      }

      /* a count said of a topic, as "the ones V-ed number N", after the
       * clause that names it (全国人大常委会征求意见的法律草案，经研究提出
       * 修改意见的有23部; 审查建议，收到的有38件): the count's own clause
       * has its verb, the one before its object, which is read when the
       * count's own words decide nothing. Not a clause with a count of its
       * own (对8名…开展述职评议，满意的有7名), nor for a part of a total
       * said before (…通过制定和修改完成的，其中新制定的有6件). */
      if (w_start > lower && text_word_ends_at (text, lower, w_start, "，") &&
          text_any_word_ends_at (text, w_start, q_start, topic_counts, G_N_ELEMENTS (topic_counts)) != 0 &&
          !text_contains (text, w_start, q_start, "其中"))
        {
          gsize topic = clause_start (text, lower, w_start - strlen ("，"));

          /* (not the ones of a set named with 中 that a subject matter
           * picks: 代表建议中，涉及民族团结进步的有31件) */
          if (text_word_ends_at (text, topic, w_start - strlen ("，"), "中") &&
              (text_word_at (text, w_start, q_start, "涉及") || text_word_at (text, w_start, q_start, "关于")))
            {
              w->skip = TRUE;
              goto next;
            }
          if (topic > lower || lower > prev_end || prev_end == 0)
            w->topic_start = topic;
        }

      /* …and one whose sentence opens with its topic alone (执法检查，围
       * 绕…等4部法规开展; 在执法检查上，常委会围绕4部法律法规开展检查;
       * a label, 执法检查：全年开展3次): the count's own clause, right after
       * it, has its verb */
      else if (w_start > lower && sentence != NULL &&
               (text_word_ends_at (text, lower, w_start, "，") || text_word_ends_at (text, lower, w_start, "：")) &&
               bare_topic_clause (text, sentence->start, w_start - strlen ("，")) &&
               (prev_end == 0 || prev_end <= sentence->start))
        w->topic_start = sentence->start;
      /* …or a label before a colon, which names the topic whatever its
       * words, at the sentence's head or after a semicolon (任免：国家机关
       * 工作人员53人次；宪法宣誓：组织4次) */
      else if (w_start >= lower + strlen ("：") && sentence != NULL && text_word_ends_at (text, lower, w_start, "："))
        {
          gsize label = clause_start (text, MAX (lower, sentence->start), w_start - strlen ("："));

          if ((label == sentence->start || text_word_ends_at (text, sentence->start, label, "；")) &&
              (prev_end == 0 || prev_end <= label) &&
              colon_label (text, label, w_start - strlen ("：")))
            w->topic_start = label;
        }

      /* a count in an aside with words of its own before it reads
       * them, not the total's outside (…获表决通过（制定9件、修改6件）) */
      w_start = aside_words_start (text, w_start, q_start);

      /* a pool the count is picked from, counted before it (从20个候选项目
       * 中票决产生10个…): its words start after the pool's 中 */
      if (prev_end > 0 && prev_end <= q_start && w_start == prev_end)
        w_start = after_pool (text, size,
                              baogao_annotation_get_byte_start (g_ptr_array_index (quantities, prev_qi)),
                              prev_end, q_start);
      /* …or one named with no count (从代表建议中选出15件…) */
      w_start = after_uncounted_pool (text, w_start, q_start);
      /* between two counts of one clause, split the words at the list
       * separator (see list_item_start()) */
      if (prev_end > 0 && prev_end <= q_start && w_start == prev_end &&
          /* (not a list the count is said for with 均 or 各: …183件，办结
           * 率、满意率均为100%) */
          shared_marker_before (text, w_start, q_start) == G_MAXSIZE &&
          !people_submit_before (text, g_ptr_array_index (quantities, prev_qi), w_start, q_start))
        w_start = list_item_start (text, w_start, q_start);
      if (qi + 1 < quantities->len && next_start >= q_end && w_end == next_start)
        w_end = list_item_end (text, q_end, w_end);

      /* the list this count is an item of, and the rest of the clause
       * after its last count, for `$` groups */
      if (!list_known || qi > list_end)
        {
          list_end = list_last (text, quantities, qi, sentence != NULL ? sentence->end : size);
          list_known = TRUE;
          tail_start = tail_end = 0;
          if (list_end > qi)
            {
              gsize bound;

              tail_start = baogao_annotation_get_byte_end (g_ptr_array_index (quantities, list_end));
              bound = MIN (size, tail_start + WINDOW_AFTER);
              if (sentence != NULL)
                bound = MIN (bound, sentence->end);
              if (list_end + 1 < quantities->len)
                {
                  gsize after = baogao_annotation_get_byte_start (g_ptr_array_index (quantities, list_end + 1));

                  if (after >= tail_start)
                    bound = MIN (bound, after);
                }
              tail_end = clause_end (text, size, tail_start, bound);
            }
        }
      w->tail_start = w->tail_end = 0;
      if (list_end > qi && tail_end > tail_start)
        {
          w->tail_start = tail_start;
          w->tail_end = tail_end;
        }
      /* (a total broken down after 其中, what was done to all of it said
       * after its parts: 报批的法规9件，其中制定7件、修改2件，经审查均予
       * 批准) */
      else if (list_end <= qi)
        breakdown_tail (text, size, quantities, qi, sentence != NULL ? sentence->end : size,
                        &w->tail_start, &w->tail_end);

      /* the clause head, before the previous count, for `^` and `<`
       * groups */
      h_start = clause_start (text, head_lower, w_start);

      /* what each one did (党组成员每人牵头1个重点课题; 每人包联…市人大
       * 代表5名) is no count of the year's work; the total follows */
      if (is_per_person (text, h_start, q_start) && !only_totals (text, w_start, q_start) &&
          !text_contains (text, w_start, q_start, "共"))
        {
          w->skip = TRUE;
          goto next;
        }
      /* …and a rule of how often (每年走访代表不少于两次), or a bar that
       * some fall under (满意票率低于80%的责令整改) */
      if (is_frequency_rule (text, h_start, q_start, q_end) || is_threshold (text, w_start, q_start, q_end, size) ||
          is_comparison (text, h_start, q_start) ||
          is_compared_figure (text, size, h_start, q_end, sentence != NULL ? sentence->end : size))
        {
          w->skip = TRUE;
          goto next;
        }
      /* a clause of a verb or a total and the count (审查规范性文件186
       * 件，纠正4件; 培训12期，共计960人次; 视察11次，参加代表230人次)
       * may say what it counts once, in the clause before: when its own
       * words decide nothing, that clause is read as its head */
      w->e_start = h_start;
      if (h_start == w_start && w_start > head_lower &&
          (text[w_start - 1] == ',' || text_word_ends_at (text, head_lower, w_start, "，")) &&
          (q_start - past_subset_word (text, w_start, q_start) <= ELLIPTIC_CLAUSE || only_totals (text, w_start, q_start) ||
           frame_total_of_verb_before (text, head_lower, w_start, q_start)))
        {
          gsize e = clause_start (text, head_lower, w_start - (text[w_start - 1] == ',' ? 1 : 3));

          /* that clause a count after a label (机关干部培训：12期，共计
           * 960人次): the label too */
          if (e > head_lower && text[e - 1] == ':')
            e = clause_start (text, head_lower, e - 1);
          else if (text_word_ends_at (text, head_lower, e, "："))
            e = clause_start (text, head_lower, e - 3);
          /* …or a share after a clause that only has the count it is the
           * share of: the topic named before that (列入计划逐步解决的，有98
           * 件，占27.5%) */
          else if (count_is_rate (q) && qi > 0 && e > head_lower + 3 && windows[qi - 1].q_start >= e &&
                   windows[qi - 1].q_end <= w_start && only_totals (text, e, windows[qi - 1].q_start) &&
                   text_word_ends_at (text, head_lower, e, "，"))
            e = clause_start (text, head_lower, e - strlen ("，"));
          w->e_start = e;
          /* …and one that only totals (…重大事项，均按程序向市委报告，全年
           * 合计18件) the sentence before it */
          if (only_totals (text, w_start, q_start))
            {
              w->e_start = sentence != NULL && q_start - sentence->start <= SUBJECT_REACH ?
                             sentence->start : head_lower;
              /* (not past a semicolon, after which another part of the
               * sentence tells its own thing: 补选代表5名；代表资格终止
               * 的，共计3名; unless the clause before names only who did
               * it: 举办培训班2期；参加的，有420人次) */
              if (w_start - e > ELLIPTIC_TOPIC || !text_word_ends_at (text, e, w_start - strlen ("，"), "的"))
                for (gsize semi = text_find (text, w->e_start, e, "；"); semi != G_MAXSIZE;
                     semi = text_find (text, w->e_start, e, "；"))
                  w->e_start = semi + strlen ("；");
            }
        }

      /* (a run of text without full stops is no sentence to read
       * as a whole) */
      w->sentence_start = sentence != NULL && sentence->end - sentence->start <= LENDING_SENTENCE ?
        sentence->start : G_MAXSIZE;
      /* the sentence's first clause, its subject, for `<` groups */
      w->subject_start = w->subject_end = w->subject_clause = 0;
      if (sentence != NULL && sentence->start < h_start && q_start - sentence->start <= SUBJECT_REACH)
        {
          /* the end of the sentence's first clause, found once per
           * sentence (the text is valid UTF-8: a delimiter starting
           * before @h_start, a character bound, ends by it) */
          if (subject_sentence != sentence->start || !subject_known)
            {
              subject_sentence = sentence->start;
              subject_known = TRUE;
              subject_part = sentence->start;
              next_part = text_find (text, subject_part, sentence->end, "；");
              subject_end = subject_clause_end (text, size, quantities, subject_part, sentence->end, &subject_clause);
            }
          /* in a part of the sentence after a semicolon, the subject
           * reaches on to the end of the part's own first clause, the
           * parts before included (形成调研报告6篇；对…实施联网监督，系统
           * 推送预警信息1300余条) */
          while (next_part < h_start)
            {
              subject_part = next_part + strlen ("；");
              next_part = text_find (text, subject_part, sentence->end, "；");
              subject_end = subject_clause_end (text, size, quantities, subject_part, sentence->end, &subject_clause);
            }
          w->subject_start = sentence->start;
          w->subject_end = MIN (subject_end, h_start);
          w->subject_clause = MIN (subject_clause, w->subject_end);
          /* (…and the clause right after the subject, of no count,
           * naming the system the count's work follows: 常委会党组召开党
           * 组会议14次，坚持“第一议题”制度，传达学习…26次) */
          if (w->subject_end < h_start)
            {
              gsize system = system_clause_before (text, w->subject_end, h_start);

              if (system != G_MAXSIZE && system >= prev_end)
                w->subject_end = h_start;
            }
        }

      w->h_start = h_start;
      w->w_start = w_start;
      w->w_end = w_end;

    next:
      if (q_end >= prev_end)
        prev_qi = qi;
      prev_end = MAX (prev_end, q_end);
    }

  return TRUE;
}

static void
decider_free (gpointer data)
{
  Decider *d = data;

  g_free (d->hits);
  g_free (d->subject_hits);
  g_free (d->state);
  g_free (d->complete);
  g_free (d->seen);
  g_free (d);
}

/* Freed when the thread ends. The destroy function is this module's
 * code, so the module must never be unloaded while a thread that used
 * it lives: the core never unloads analyzer plugins. */
static GPrivate decider_key = G_PRIVATE_INIT (decider_free);

/* The calling thread's decider. */
static Decider *
get_decider (const Tables *tables)
{
  Decider *d = g_private_get (&decider_key);

  if (d == NULL)
    {
      d = g_new0 (Decider, 1);
      d->tables = tables;
      d->state = g_new0 (RuleState, MAX (tables->n_rules, 1));
      d->complete = g_new (guint, MAX (tables->n_rules, 1));
      d->seen = g_new0 (guint, MAX (tables->n_keywords, 1));
      g_private_set (&decider_key, d);
    }
  return d;
}


/* The most characters between 分别 and the first count of its list: a
 * verb and its object (分别提出意见建议18条、23条; 分别补选县人大代表1名) */
#define RESPECTIVE_WORDS 8

/* Whether 分别 or 依次 (in order) starts at @p */
static gboolean
respective_word_at (const char *text,
                    gsize       p,
                    gsize       end)
{
  return p + 6 <= end &&
         ((char3 (text, p) == 0xe58886 /* 分 */ && char3 (text, p + 3) == 0xe588ab /* 别 */) ||
          (char3 (text, p) == 0xe4be9d /* 依 */ && char3 (text, p + 3) == 0xe6aca1 /* 次 */));
}

/* The words that say a list's counts are, in order, those of the items
 * named before (制定、修改、废止地方性法规分别为6件、12件和2件), right
 * before its first count, with what they say once for all of them: 分
 * 别 or 依次 and the few characters after it (分别召开了8次和22次; 分别提
 * 出意见建议18条、23条; 依次开展了4次、1次和2次). Returns their length,
 * or 0. */
static gsize
respectively_before (const char *text,
                     gsize       start,
                     gsize       end)
{
  /* (all CJK characters between: 3 bytes each) */
  for (guint k = 2; k <= RESPECTIVE_WORDS + 2 && end >= start + 3 * k; k++)
    if (respective_word_at (text, end - 3 * k, end))
      return 3 * k;
  return 0;
}

/* How long the separator between two counts of a list at @p is (、，
 * 和 及 与 以及), or 0. */
static gsize
count_separator_at (const char *text,
                    gsize       p,
                    gsize       end)
{
  static const char * const words[] = { "、", "，", "和", "及", "与", "以及", "," };
  gsize n = text_any_word_at (text, p, end, words, G_N_ELEMENTS (words));

  return n != 0 && p + n == end ? n : 0;
}

/* 代表建议、批评和意见: the deputies' suggestions, by their full name */
#define SUGGESTIONS_IN_FULL "建议、批评和意见"

/* Splits [@start, @end) into at most @max items at its 、 outside
 * brackets and quotes, and when that gives one too few, the last item
 * at its last conjunction (制定和修改法规; see conjunction_at ()); or,
 * without @at_commas, at its conjunctions only (西宁市、海东市地方性法规和
 * 自治州、自治县单行条例: items whose names hold a 、). Fills @bounds with
 * each item's start and @ends with its end (before its separator),
 * returns the number of items, 0 when there are more than @max. */
static guint
split_items_with (const char *text,
                  gsize       start,
                  gsize       end,
                  gsize      *bounds,
                  gsize      *ends,
                  guint       max,
                  gboolean    at_commas)
{
  guint n = 1, depth = 0;
  gsize last_join = 0, join_len = 0;

  bounds[0] = start;
  for (gsize p = start; p < end; p += g_utf8_skip[(guchar) text[p]])
    {
      gsize len;

      /* one item, though written with a 、 and a 和: the name of the
       * deputies' suggestions (议案和建议、批评和意见) */
      if (depth == 0 && text_word_at (text, p, end, SUGGESTIONS_IN_FULL))
        {
          p += strlen (SUGGESTIONS_IN_FULL) - strlen ("见");
          continue;
        }
      if (text_word_at (text, p, end, "《") || text_word_at (text, p, end, "“") ||
          text_word_at (text, p, end, "（"))
        depth++;
      else if (depth > 0 && (text_word_at (text, p, end, "》") || text_word_at (text, p, end, "”") ||
                             text_word_at (text, p, end, "）")))
        depth--;
      else if (at_commas && depth == 0 && p + 3 <= end && enum_comma_at (text, p))
        {
          if (n == max)
            return 0;
          ends[n - 1] = p;
          bounds[n++] = p + 3;
          last_join = 0;
        }
      else if (depth == 0 && (len = conjunction_at (text, start, p, end)) > 0)
        {
          if (at_commas)
            {
              last_join = p;
              join_len = len;
            }
          else if (p > start && p + len < end)
            {
              if (n == max)
                return 0;
              ends[n - 1] = p;
              bounds[n++] = p + len;
            }
        }
    }
  bounds[n] = ends[n - 1] = end;
  /* (a join at the very start or end joins nothing) */
  if (at_commas && n + 1 == max && last_join > bounds[n - 1] && last_join + join_len < end)
    {
      ends[n - 1] = last_join;
      bounds[n] = last_join + join_len;
      ends[n++] = end;
    }
  return n;
}

static guint
split_items (const char *text,
             gsize       start,
             gsize       end,
             gsize      *bounds,
             gsize      *ends,
             guint       max)
{
  return split_items_with (text, start, end, bounds, ends, max, TRUE);
}

/* Where the items of a list said with 各 or 均 before @marker start: past
 * a list of topics closed by 等 and a verb after it (对A、B、C等重大问题
 * 开展专题询问和满意度测评各12次: the items are what the verb does), or
 * @start. */
static gsize
topics_closed_before (const char *text,
                      gsize       start,
                      gsize       marker)
{
  static const char * const verbs[] = { "开展", "进行", "组织", "举办", "召开", "举行" };
  gsize deng = G_MAXSIZE;

  for (gsize p = text_find (text, start, marker, "等"); p != G_MAXSIZE; p = text_find (text, p + 3, marker, "等"))
    deng = p;
  if (deng == G_MAXSIZE || !text_contains (text, start, deng, "、") ||
      !text_contains_any (text, deng + strlen ("等"), marker, verbs, G_N_ELEMENTS (verbs)))
    return start;
  return deng + strlen ("等");
}

/* The verbs before a list that are every item's, as no noun starts with
 * them */
static const char * const item_verbs[] = {
  "批准", "审查批准", "制定", "废止", "受理", "收到", "票决", "新建", "建成",
  /* (分别听取省人民政府、省监察委员会专项工作报告8个、3个) */
  "听取审议", "听取和审议", "听取",
};

/* Does an item of a list open with a verb (clause_verbs[], item_verbs[]
 * or one of the personnel decisions: 补选, 接受…辞职, 罢免)? */
static gboolean
item_opens_with_verb (const char *text,
                      gsize       start,
                      gsize       end)
{
  static const char * const personnel[] = { "补选", "接受", "罢免", "终止", "任命", "免去", "撤销" };

  return clause_verb_at (text, start, end) != 0 ||
         text_any_word_at (text, start, end, item_verbs, G_N_ELEMENTS (item_verbs)) != 0 ||
         text_any_word_at (text, start, end, personnel, G_N_ELEMENTS (personnel)) != 0;
}

/* The words the @n items split_items () found share, said once (制定、
 * 修改…地方性法规: 地方性法规 is every item's; 代表提出议案、建议: 代表提出
 * is): the first item's beyond the length of the others', in
 * *@prefix_len, the last one's likewise in *@suffix_len; in a list of
 * things a count totals (@total), also a verb the first item opens with. */
static void
items_shared_words (const char  *text,
                    const gsize *bounds,
                    const gsize *ends,
                    guint        n,
                    gboolean     total,
                    gsize       *prefix_len,
                    gsize       *suffix_len)
{
  /* (其中 before the first item is none of its words: 其中甲局和乙局的满
   * 意票率分别为…) */
  gsize lead = text_word_at (text, bounds[0], ends[0], "其中") ? strlen ("其中") : 0;
  gsize first_len = ends[0] - bounds[0] - lead;
  gsize reference = n > 2 ? ends[1] - bounds[1] : MIN (first_len, ends[n - 1] - bounds[n - 1]);
  gsize verb;

  *prefix_len = *suffix_len = 0;
  if (first_len > reference)
    *prefix_len = lead + first_len - reference;
  if (ends[n - 1] - bounds[n - 1] > reference)
    *suffix_len = ends[n - 1] - bounds[n - 1] - reference;
  /* (in a list of things totalled, a verb the first item opens with and
   * the next does not is every item's, whatever their lengths: 新建代表之
   * 家和代表联络站共13个; elsewhere it may start a noun: 审议意见和专题调
   * 研报告分别交办12件、8件, unless it never does: 批准法规和单行条例分别
   * 为6件、9件) */
  verb = total ? clause_verb_at (text, bounds[0], ends[0])
               : text_any_word_at (text, bounds[0], ends[0], item_verbs, G_N_ELEMENTS (item_verbs));
  if (verb > *prefix_len && verb < ends[0] - bounds[0] && clause_verb_at (text, bounds[1], ends[1]) == 0)
    *prefix_len = verb;
  /* (the items being verbs, what the first says before its own is every
   * item's: 批准自治州修订、废止单行条例 — the cities' repeals approved) */
  if (clause_verb_at (text, bounds[n - 1], ends[n - 1]) != 0 ||
      text_word_at (text, bounds[n - 1], ends[n - 1], "修订"))
    {
      gsize own = ends[0] - bounds[0] > 6 ? ends[0] - 6 : bounds[0];

      if (own > bounds[0] + *prefix_len &&
          (clause_verb_at (text, own, ends[0]) == 6 || text_word_at (text, own, ends[0], "修订")))
        *prefix_len = own - bounds[0];
    }
  /* (in a list said with 分别, the first item's last two characters, its
   * noun, inside the last one: the words after them are every item's,
   * whatever the lengths, 全国人大代表、省人大代表履职学习班) */
  /* (not when the first and the last are each a verb with its object:
   * 补选市人大代表、接受代表辞职各2名 — 辞职 is the last one's) */
  if (!total && ends[0] - bounds[0] >= 6 && ends[n - 1] - bounds[n - 1] > 6 &&
      (text[ends[0] - 6] & 0xC0) != 0x80 &&
      !(item_opens_with_verb (text, bounds[0], ends[0]) && item_opens_with_verb (text, bounds[n - 1], ends[n - 1])))
    {
      char noun[7];
      gsize at;

      memcpy (noun, text + ends[0] - 6, 6);
      noun[6] = '\0';
      at = text_find (text, bounds[n - 1], ends[n - 1] - 6, noun);
      if (at != G_MAXSIZE)
        *suffix_len = ends[n - 1] - (at + 6);
    }
  /* (no words shared after the items when the first ends as the last
   * does, its own noun said: 召开党组会议、党组理论学习中心组学习会议) */
  if (*suffix_len > 0 && ends[0] - bounds[0] >= 6 && ends[n - 1] - bounds[n - 1] >= 6 &&
      memcmp (text + ends[0] - 6, text + ends[n - 1] - 6, 6) == 0)
    *suffix_len = 0;
  /* (on character bounds only) */
  if ((text[bounds[0] + *prefix_len] & 0xC0) == 0x80)
    *prefix_len = 0;
  if ((text[ends[n - 1] - *suffix_len] & 0xC0) == 0x80)
    *suffix_len = 0;
}

/* The words that end a body's name in a list (市政府和县人大常委会报备的…) */
static const char * const list_bodies[] = {
  "政府", "常委会", "人大", "法院", "检察院", "监委", "监察委员会", "部门", "单位",
};

/* …and those that end a person's title (常委会主任、副主任) */
static const char * const list_people[] = {
  /* (matched as endings: 主任 is 副主任 too) */
  "主任", "委员长", "秘书长", "委员", "领导", "成员", "组成人员", "代表", "干部",
};

/* How far back from @p a reading may go, not below @lower: to the start
 * of @p's line when it is after @lower, else to the first character
 * starting at or after @lower (the reach is counted in bytes). */
static gsize
line_reach (const char *text,
            gsize       lower,
            gsize       p)
{
  for (gsize q = p; q > lower; q--)
    if (text[q - 1] == '\n')
      return q;
  return text_boundary_after (text, lower, p);
}

/* Where the clause that holds [@start, @end) starts, when @start is
 * right after a clause break inside brackets that close in it (…（暂时
 * 不能解决，作出解释说明）…): before the bracket's clause; else @start. */
static gsize
bracket_clause_start (const char *text,
                      gsize       start,
                      gsize       end)
{
  gint depth = 0;
  gsize lower = start > 3 * LIST_CLAUSE_REACH ? start - 3 * LIST_CLAUSE_REACH : 0;

  for (gsize p = start; p < end; p += g_utf8_skip[(guchar) text[p]])
    if (text_word_at (text, p, end, "（"))
      depth++;
    else if (text_word_at (text, p, end, "）") && --depth < 0)
      break;
  if (depth >= 0)
    return start;
  /* (the line's start, when within reach, is a clause's start too) */
  lower = line_reach (text, lower, start);
  /* the bracket it closes, and the start of its clause */
  for (gsize p = start; p > lower; p = text_prev_char (text, lower, p))
    if (text_word_at (text, p, start, "（"))
      {
        gsize c = clause_start (text, lower, p);

        /* (no clause break nor line start within reach: the list is not
         * told apart) */
        return c > lower || (lower > 0 && text[lower - 1] == '\n') ? c : start;
      }
  return start;
}

/* The level whose count @decision is: its actor, or the scope its rule
 * writes (the townships' inspections, 各乡镇人大开展执法检查21次, read by
 * a rule of theirs), as an Actor */
static Actor
decided_level (const Tables   *tables,
               const Decision *decision)
{
  const char *scope = decision->rule != NO_RULE ? tables->rules[decision->rule].rule->scope : NULL;

  if (decision->actor != ACTOR_OWN || scope == NULL)
    return decision->actor;
  for (guint i = ACTOR_NATIONAL; i <= ACTOR_TOWNSHIP; i++)
    if (strcmp (scope, level_scopes[i]) == 0)
      return i;
  return ACTOR_OWN;
}

/* Was @decision's level that of the deputies its count names (补选省人大
 * 代表4名), not that of who acts? Such a level is no subject for the
 * clauses after it. */
static gboolean
decided_by_deputies_named (const Tables   *tables,
                           const Decision *decision)
{
  const char *scope = decision->rule != NO_RULE ? tables->rules[decision->rule].rule->scope : NULL;

  return scope != NULL && strcmp (scope, TALLY_SCOPE_NAMED_DEPUTIES) == 0;
}

/* Is [@from, @to) one clause break within a sentence (see delimiter_at
 * ()), and no more? */
static gboolean
clause_break_between (const char *text,
                      gsize       from,
                      gsize       to)
{
  return to > from && delimiter_at (text, from, to) == to - from && !text_word_at (text, from, to, "。");
}

/* How far before the first count 分别 may open a list of verbs and their
 * object, or a verb and its objects (bytes): 分别制定、修改、废止地方性法规;
 * 分别听取审议省人民政府、省监察委员会、省高级人民法院、省人民检察院专项工作报告 */
#define LEADING_LIST_REACH (40 * 3)

/* The most counts of a list said with 分别 that are matched with items */
#define MAX_RESPECTIVE 8

/* The @n clauses or items that end right before @end with counts of
 * their own, the last count's at @qi - 1, one after the other with only a
 * comma or a 、 between (已解决102件，列入计划解决51件，分别占…; 已解决的
 * 102件、列入计划解决的51件分别占…): the items of a list of counts after
 * 分别, each its words with its count. Fills @bounds and
 * @ends as split_items () does; returns @n, or 0 when the clauses are not
 * so. */
static guint
clauses_before_respectively (const char         *text,
                             const CountWindows *windows,
                             guint               qi,
                             guint               n,
                             gsize               end,
                             gsize              *bounds,
                             gsize              *ends)
{
  gsize next_start = end;

  if (qi < n)
    return 0;
  for (guint k = n; k-- > 0;)
    {
      const CountWindows *c = &windows[qi - n + k];

      if (c->skip || c->w_start >= c->q_start)
        return 0;
      if (k + 1 == n ? c->q_end != end
                     : c->q_end + strlen ("，") != next_start ||
                         (!text_word_at (text, c->q_end, next_start, "，") &&
                          !text_word_at (text, c->q_end, next_start, "、")))
        return 0;
      bounds[k] = c->w_start;
      ends[k] = c->q_end;
      next_start = c->w_start;
    }
  bounds[n] = end;
  return n;
}

static gboolean joins_items (const char *text,
                             gsize       start,
                             gsize       end);

/* A list of counts after 分别为 gives each count the item named before
 * it in the same place (制定、修改、废止地方性法规分别为6件、12件和2件:
 * enacted 6, amended 12, repealed 2; 代表提出议案、建议分别为12件和647件;
 * 听取和审议专项工作报告、开展执法检查分别为14项和5次), not all the items to
 * the first count. Items said in parallel share the words before the
 * first one's own and after the last one's (制定、修改…地方性法规: 地方性法
 * 规 is every item's; 代表提出议案、建议: 代表提出 is): each count reads
 * its item and those words. Lists whose items and counts are not as many
 * are left as they are. */
static void
split_respective_lists (const char   *text,
                        GPtrArray    *quantities,
                        CountWindows *windows)
{
  /* the list said with 分别 last split: its first count and how many */
  guint last_first = G_MAXUINT, last_n = 0;

  for (guint qi = 0; qi < quantities->len; qi++)
    {
      CountWindows *first = &windows[qi];
      gsize bounds[MAX_RESPECTIVE + 1], marker, s_end, join_end[MAX_RESPECTIVE], list_start;
      gsize prefix_len, suffix_len, verb_start, lead = G_MAXSIZE;
      guint n = 1, n_items;

      if (first->skip || first->w_start >= first->q_start)
        continue;
      marker = respectively_before (text, first->w_start, first->q_start);
      /* (or 分别 before the list, its items verbs with their object, the
       * counts right after it: 分别制定、修改法规3件、4件; 分别开展立法调研
       * 和立法协商十二次、三次) */
      if (marker == 0)
        {
          lead = text_find (text, first->w_start, first->q_start, "分别");
          if (lead == G_MAXSIZE || first->q_start - lead > LEADING_LIST_REACH ||
              !joins_items (text, lead, first->q_start))
            continue;
        }
      /* the counts one after the other, with only a separator between */
      while (qi + n < quantities->len && n < MAX_RESPECTIVE &&
             !windows[qi + n].skip &&
             count_separator_at (text, windows[qi + n - 1].q_end, windows[qi + n].q_start) > 0)
        n++;
      if (lead != G_MAXSIZE)
        {
          if (n < 2 || split_items (text, lead + strlen ("分别"), first->q_start, bounds, join_end, n) != n)
            {
              qi += n - 1;
              continue;
            }
          verb_start = first->q_start;
          goto assign;
        }
      s_end = first->q_start - marker;
      /* a second list said with 分别 right after the first, in the next
       * clause, of as many counts (…的分别为1103件、564件、249件，分别占
       * 57.6%、29.4%、13.0%): each count is the same item's */
      if (n == last_n && last_first + last_n == qi && qi > 0 &&
          clause_break_between (text, windows[qi - 1].q_end, s_end))
        {
          for (guint k = 0; k < n; k++)
            {
              const CountWindows *item = &windows[last_first + k];
              CountWindows *w = &windows[qi + k];

              w->w_start = item->w_start;
              w->own_end = item->own_end;
              w->h_start = item->h_start;
              w->e_start = item->e_start;
              w->subject_start = item->subject_start;
              w->subject_end = item->subject_end;
              w->prefix_start = item->prefix_start;
              w->prefix_end = item->prefix_end;
              w->suffix_start = item->suffix_start;
              w->suffix_end = item->suffix_end;
              w->verb_start = respective_word_at (text, s_end, first->q_start) ? s_end + strlen ("分别") : first->q_start;
              w->verb_end = first->q_start;
              w->tail_start = w->tail_end = 0;
            }
          last_n = 0;
          qi += n - 1;
          continue;
        }
      /* one count after 分别 for the items of a list (就精准扶贫、义务教
       * 育分别开展专题询问1次) is each item's, no total (see each_ends_at
       * ()) */
      if (n < 2)
        {
          gsize b[MAX_RESPECTIVE + 1], e[MAX_RESPECTIVE];
          guint n_list = s_end > first->w_start ?
            split_items (text, first->w_start, s_end, b, e, MAX_RESPECTIVE) : 0;

          /* (not people or bodies who each did it: 常委会主任、副主任分别
           * 带队开展视察12次; but those it was done to: 对市法院、市检察院
           * 分别开展专题询问1次) */
          if (n_list >= 2 &&
              (text_word_at (text, b[0], e[0], "对") || text_word_at (text, b[0], e[0], "就") ||
               (text_any_word_ends_at (text, b[n_list - 1], e[n_list - 1], list_bodies, G_N_ELEMENTS (list_bodies)) == 0 &&
               text_any_word_ends_at (text, b[n_list - 1], e[n_list - 1], list_people, G_N_ELEMENTS (list_people)) == 0)))
            first->each = TRUE;
          continue;
        }
      /* (the words after 分别 are every count's) */
      verb_start = respective_word_at (text, s_end, first->q_start) ? s_end + strlen ("分别") : first->q_start;
      /* the list in the clause before, 分别 opening the count's
       * (开展专题询问、专题调研，分别为2次、9项) */
      list_start = first->w_start;
      if (s_end == first->w_start && first->w_start >= 3 && text_word_ends_at (text, 0, first->w_start, "，"))
        {
          gsize lower;

          s_end = first->w_start - strlen ("，");
          lower = s_end > LIST_CLAUSE_REACH ? s_end - LIST_CLAUSE_REACH : 0;
          list_start = clause_start (text, line_reach (text, lower, s_end), s_end);
        }
      /* (a clause break inside an item's brackets is none: C类（因条件限制
       * 暂时不能解决，作出解释说明）、…分别为…) */
      list_start = bracket_clause_start (text, list_start, s_end);
      if (text_word_ends_at (text, list_start, s_end, "的"))
        s_end -= 3;
      /* (the clauses before, each with its own count, first: an item may
       * hold a 和 of its own, 已解决的211件，正在解决和列入计划解决的156件，
       * 分别占…) */
      n_items = 0;
      if (list_start != first->w_start)
        n_items = clauses_before_respectively (text, windows, qi, n, s_end, bounds, join_end);
      if (n_items != n)
        n_items = split_items (text, list_start, s_end, bounds, join_end, n);
      /* (items whose own names hold a 、, joined by 和: 西宁市、海东市地方性
       * 法规和自治州、自治县单行条例分别为6件和11件) */
      if (n_items != n)
        n_items = split_items_with (text, list_start, s_end, bounds, join_end, n, FALSE);
      /* one item for all the counts (满意率分别为93.5%、91.2%和88.7%):
       * each count reads it (in the count's clause only) */
      if (n_items == 1 && list_start == first->w_start)
        {
          for (guint k = 1; k < n; k++)
            {
              CountWindows *w = &windows[qi + k];

              w->h_start = w->e_start = w->w_start;
              w->subject_start = first->subject_start;
              w->subject_end = first->subject_end;
              w->prefix_start = list_start;
              w->prefix_end = s_end;
              w->verb_start = verb_start;
              w->verb_end = first->q_start;
              w->tail_start = w->tail_end = 0;
            }
          qi += n - 1;
          continue;
        }
      /* (the items the clauses before, each with its own count: 已解决102
       * 件，列入计划解决51件，分别占57.3%和28.7% — each share is its
       * clause's), when not read above */
      if (n_items != n && list_start == first->w_start &&
          clauses_before_respectively (text, windows, qi, n, s_end, bounds, join_end) == n)
        n_items = n;
      if (n_items != n)
        {
          qi += n - 1;
          continue;
        }
    assign:
      items_shared_words (text, bounds, join_end, n, FALSE, &prefix_len, &suffix_len);

      for (guint k = 0; k < n; k++)
        {
          CountWindows *w = &windows[qi + k];

          w->w_start = bounds[k];
          w->own_end = join_end[k];
          w->verb_start = verb_start;
          w->verb_end = first->q_start;
          /* (the first item before where the count's clause seemed to
           * start: a clause break in a bracket, C类（…，…）) */
          if (k == 0 && bounds[0] < w->h_start)
            w->h_start = w->e_start = bounds[0];
          if (k > 0)
            {
              w->h_start = w->e_start = w->w_start;
              w->subject_start = first->subject_start;
              w->subject_end = first->subject_end;
              w->prefix_start = bounds[0];
              w->prefix_end = bounds[0] + prefix_len;
            }
          if (k + 1 < n)
            {
              w->suffix_start = join_end[n - 1] - suffix_len;
              w->suffix_end = join_end[n - 1];
            }
          w->tail_start = w->tail_end = 0;
        }
      last_first = qi;
      last_n = n;
      qi += n - 1;
    }
}

/* Where the spaces, half- or full-width, that end [@start, @end) start
 * (均为 100%, 各　1件: a copy's spacing) */
static inline gsize
spaces_start_before (const char *text,
                     gsize       start,
                     gsize       end)
{
  while (end > start && (text[end - 1] == ' ' || text_word_ends_at (text, start, end, "\u3000")))
    end -= text[end - 1] == ' ' ? 1 : 3;
  return end;
}

/* Where the word 均, 各 or 都 (and a verb after it) starts right before
 * a count, which it says for each item of the list before it (办结率、面
 * 商率均达到100%; 修订、废止单行条例各1件), or G_MAXSIZE. */
static gsize
shared_marker_before (const char *text,
                      gsize       start,
                      gsize       end)
{
  static const char * const markers[] = { "均", "各", "都" };
  gsize n;

  end = spaces_start_before (text, start, end);

  if (!tail_has_char (text, start, end, 0xe59d87 /* 均 */, 4) &&
      !tail_has_char (text, start, end, 0xe59084 /* 各 */, 4) &&
      !tail_has_char (text, start, end, 0xe983bd /* 都 */, 4))
    return G_MAXSIZE;
  end -= text_any_word_ends_at (text, start, end, shared_verbs, G_N_ELEMENTS (shared_verbs));
  n = text_any_word_ends_at (text, start, end, markers, G_N_ELEMENTS (markers));
  /* (not 人均 or 平均, a mean; not 首都, 成都) */
  if (n == 0 || text_word_ends_at (text, start, end, "人均") || text_word_ends_at (text, start, end, "平均") ||
      text_word_ends_at (text, start, end, "首都") || text_word_ends_at (text, start, end, "成都"))
    return G_MAXSIZE;
  return end - n;
}

/* Do 各 and a verb stand in the count's words [@start, @end), a verb
 * and its object between them and the count (主任会议成员各领衔1项重点调
 * 研课题; 对两院专项工作报告各进行满意度测评1次)? The count is each
 * one's. */
static gboolean
each_verb_before (const char *text,
                  gsize       start,
                  gsize       end)
{
  static const char * const more_verbs[] = {
    "进行", "领衔", "牵头", "联系", "包联", "负责", "举行", "确定",
    /* (甲乡、乙乡选区各补选县人大代表1名) */
    "补选", "罢免", "任命", "免去",
  };
  /* (not a verb that names a body: 各检查组共回收问卷…, 各调研组) */
  static const char * const bodies[] = { "组", "团", "班", "队", "站", "点", "室", "处", "中心" };
  gsize at = text_find (text, start, end, "各");

  for (; at != G_MAXSIZE; at = text_find (text, at + strlen ("各"), end, "各"))
    {
      gsize p = at + strlen ("各");
      gsize n = clause_verb_at (text, p, end);

      if (n == 0)
        n = text_any_word_at (text, p, end, more_verbs, G_N_ELEMENTS (more_verbs));
      if (n != 0 && text_any_word_at (text, p + n, end, bodies, G_N_ELEMENTS (bodies)) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Is the count of @w said for each of the things the count of @prev
 * counted, in its clause: 各 after them, before @w's verb (对两部法规草案各
 * 举行立法听证会1次, 对3个部门各开展工作评议1次)? */
static gboolean
per_item_of_count (const char         *text,
                   const CountWindows *prev,
                   const CountWindows *w)
{
  /* (各 before a verb: not 各镇人民代表大会代表1052名, an item of its own) */
  return prev->q_end < w->q_start && clause_end (text, w->q_start, prev->q_end, w->q_start) == w->q_start &&
         each_verb_before (text, prev->q_end, w->q_start);
}

/* Whether [@start, @end) joins items: a 、 or a conjunction (常委会会议和
 * 主任会议) */
static gboolean
joins_items (const char *text,
             gsize       start,
             gsize       end)
{
  if (text_find (text, start, end, "、") != G_MAXSIZE)
    return TRUE;
  for (gsize p = start; p < end; p += g_utf8_skip[(guchar) text[p]])
    if (conjunction_at (text, start, p, end) != 0)
      return TRUE;
  return FALSE;
}

/* The activities a list a count totals may name, each item ending with
 * one (执法检查、专题调研、视察) */
static const char * const listed_activities[] = { "检查", "调研", "询问", "视察", "评议", "测评", "督查", "督导" };

/* Where the word 共, 共计, 合计 or 总计 starts right before a count, which
 * then totals the items of the list before it (召开常委会会议、主任会议共
 * 计31次), or G_MAXSIZE. */
static gsize
total_marker_before (const char *text,
                     gsize       start,
                     gsize       end)
{
  static const char * const markers[] = { "共计", "合计", "总计", "共" };
  /* what a list totalled after 全年 may end with, besides activities */
  static const char * const gatherings[] = { "会议", "学习", "研讨" };
  gsize n;

  end = spaces_start_before (text, start, end);

  if (!tail_has_char (text, start, end, 0xe585b1 /* 共 */, 4) &&
      !tail_has_char (text, start, end, 0xe8aea1 /* 计 */, 4))
    return G_MAXSIZE;
  end -= text_any_word_ends_at (text, start, end, shared_verbs, G_N_ELEMENTS (shared_verbs));
  n = text_any_word_ends_at (text, start, end, markers, G_N_ELEMENTS (markers));
  if (n == 0)
    return G_MAXSIZE;
  /* (the list right before it: not 全年共, 一共; but a list of
   * activities before 全年共, 常委会会议、主任会议全年共召开32次; 党组会
   * 议和中心组学习全年合计31次) */
  if (text_word_ends_at (text, start, end - n, "全年"))
    {
      gsize list_end = end - n - strlen ("全年");

      return list_end > start &&
             (text_any_word_ends_at (text, start, list_end, gatherings, G_N_ELEMENTS (gatherings)) != 0 ||
              text_any_word_ends_at (text, start, list_end, listed_activities, G_N_ELEMENTS (listed_activities)) != 0) &&
             joins_items (text, start, list_end) ? list_end : G_MAXSIZE;
    }
  if (text_word_ends_at (text, start, end - n, "一") || text_word_ends_at (text, start, end - n, "总"))
    return G_MAXSIZE;
  return end - n;
}

/* Where a list ends that 共 (合计, 累计, 总计) and its verb open before a
 * count (共召开常委会会议、主任会议37次; 全年合计开展执法检查、专题询问13
 * 次): at @end, the count; or G_MAXSIZE, also for a list of examples of
 * one kind (共审议法规、决定等议题30项). */
static gsize
total_verb_list (const char *text,
                 gsize       start,
                 gsize       end)
{
  static const char * const totals[] = { "共", "合计", "累计", "总计" };
  gsize found = G_MAXSIZE;

  for (guint k = 0; k < G_N_ELEMENTS (totals) && found == G_MAXSIZE; k++)
    {
      gsize at = text_find (text, start, end, totals[k]);

      /* (the one that opens a verb, 共计 too: not 公共, 共同) */
      while (at != G_MAXSIZE &&
             !opens_with_verb (text, at + strlen (totals[k]) +
                               (k == 0 && text_word_at (text, at + strlen ("共"), end, "计") ? strlen ("计") : 0),
                               end))
        at = text_find (text, at + strlen (totals[k]), end, totals[k]);
      found = at;
    }
  if (found == G_MAXSIZE || !joins_items (text, found, end) || text_find (text, found, end, "等") != G_MAXSIZE)
    return G_MAXSIZE;
  return end;
}

/* Where a list of activities ends that 开展 or 进行 opens right before a count,
 * no 共 said (开展执法检查和专题调研13项; 开展执法检查、视察调研17次):
 * the count totals them as if it were; at @end, or G_MAXSIZE, also for
 * a list of examples of one kind (…等) and for items that are no
 * activities (开展乡村振兴和生态保护专题调研12次: one of them). */
static gsize
activities_listed_before (const char *text,
                          gsize       start,
                          gsize       end)
{
  gsize verb, p, item;
  guint n_items = 1;

  end = spaces_start_before (text, start, end);
  if (text_any_word_ends_at (text, start, end, listed_activities, G_N_ELEMENTS (listed_activities)) == 0)
    return G_MAXSIZE;
  /* (the subject and when may come first: 常委会共开展…, 各乡镇人大五年来共
   * 开展…; 开展 and 进行 are as long) */
  verb = text_find (text, start, end, "开展");
  if (verb == G_MAXSIZE)
    verb = text_find (text, start, end, "进行");
  if (verb == G_MAXSIZE)
    return G_MAXSIZE;
  p = verb + strlen ("开展");
  if (text_word_at (text, p, end, "了"))
    p += strlen ("了");
  /* (examples of a kind after the verb: 开展执法检查、调研等监督活动) */
  if (text_find (text, p, end, "等") != G_MAXSIZE)
    return G_MAXSIZE;
  /* (each item ends with an activity: the words before every 、 or 和) */
  item = p;
  for (gsize q = p; q < end;)
    {
      gsize n = text_word_at (text, q, end, "、") ? strlen ("、") : conjunction_at (text, p, q, end);

      if (n == 0)
        {
          q += g_utf8_skip[(guchar) text[q]];
          continue;
        }
      if (text_any_word_ends_at (text, item, q, listed_activities, G_N_ELEMENTS (listed_activities)) == 0)
        return G_MAXSIZE;
      n_items++;
      item = q = q + n;
    }
  return n_items >= 2 ? end : G_MAXSIZE;
}

/* Where 等 starts when a list of items joined by 、 closes with it and a
 * word for activities of any kind, or nothing, right before a count (开展
 * 执法检查、专题调研、视察等活动46项; 专题调研、执法检查等监督活动31次;
 * 召开常委会会议、主任会议、党组会议等40余次), which then totals the
 * items, or G_MAXSIZE. */
static gsize
list_closed_by_activities (const char *text,
                           gsize       start,
                           gsize       end)
{
  static const char * const closers[] = {
    "等活动", "等监督活动", "等各类活动", "等各项活动", "等工作",
    /* (or nothing, after meetings, whose kinds are measures: 召开常委会
     * 会议、主任会议、党组会议等40余次; not 对市住建局、市交通运输局等6个
     * 部门…) */
    "等会议", "等",
  };
  gsize n;

  end = spaces_start_before (text, start, end);
  n = text_any_word_ends_at (text, start, end, closers, G_N_ELEMENTS (closers));
  if (n == 0 || text_find (text, start, end - n, "、") == G_MAXSIZE ||
      (n == strlen ("等") && !text_word_ends_at (text, start, end - n, "会议")))
    return G_MAXSIZE;
  return end - n;
}

/* Whether a count before count @qi, ending after @from, is a tally
 * (decided already). */
static gboolean
tallies_between (const CountWindows *windows,
                 const Decision     *decisions,
                 guint               qi,
                 gsize               from)
{
  for (guint k = qi; k-- > 0 && windows[k].q_end > from;)
    if (!windows[k].skip && decisions[k].rule != NO_RULE)
      return TRUE;
  return FALSE;
}


/* A count right after another, nothing between them, counts the same
 * thing in another unit (组织宪法宣誓五场次六十二人, 举办培训班2期300
 * 人次): it shares the earlier count's words before it, as an item of a
 * list said with 分别 shares the first item's, its span starting at
 * itself. */
static void
share_apposed_counts (GPtrArray    *quantities,
                      CountWindows *windows)
{
  /* how many counts in a row took the words of the one before them: a
   * count is said in two or three units at most (2期300人次15天), and a
   * longer run is no such thing */
  guint run = 0;

  for (guint qi = 1; qi < quantities->len; qi++)
    {
      CountWindows *w = &windows[qi];
      const CountWindows *prev = &windows[qi - 1];

      if (w->skip || prev->skip || w->q_start != prev->q_end || w->prefix_start < w->prefix_end)
        {
          run = 0;
          continue;
        }
      if (prev->w_start < prev->own_end)
        {
          w->prefix_start = prev->w_start;
          w->prefix_end = prev->own_end;
          run = 1;
        }
      /* (a third in a row: the words the second took) */
      else if (run == 1)
        {
          w->prefix_start = prev->prefix_start;
          w->prefix_end = prev->prefix_end;
          run = 2;
        }
      else
        run = 0;
    }
}

/* Is @part one of the measures the combined @total joins (enacted in
 * enacted+amended: 制定修改法规12件（其中制定5件、修改7件） counts each
 * verb apart, which the combined count does not; re_enacted is enacted
 * there)? */
static gboolean
part_of_combined (const char *total,
                  const char *part)
{
  gsize n;

  if (strchr (total, '+') == NULL || strchr (part, '+') != NULL)
    return FALSE;
  /* (the NPC's deputies' parts of their combined count: npc_motions of
   * npc_motions+suggestions, or of motions+suggestions, whose measure the
   * deputies named make npc_ when it is written) */
  total += g_str_has_prefix (total, "npc_") ? strlen ("npc_") : 0;
  part += g_str_has_prefix (part, "npc_") ? strlen ("npc_") : 0;
  /* (laws made anew are made: 制定修改地方性法规22件，其中制定8件、修改11
   * 件、重新制定3件) */
  if (strcmp (part, "re_enacted") == 0)
    part = "enacted";
  /* (a noun its first measure names for all: suggestions_planned of
   * suggestions_resolved+planned) */
  {
    const char *noun_end = strchr (total, '_');

    if (noun_end != NULL && noun_end < strchr (total, '+') &&
        strncmp (part, total, (gsize) (noun_end + 1 - total)) == 0)
      {
        part += noun_end + 1 - total;
        total = noun_end + 1;
      }
  }
  n = strlen (part);
  for (const char *p = total; (p = strstr (p, part)) != NULL; p += n)
    if ((p == total || p[-1] == '+') && (p[n] == '\0' || p[n] == '+'))
      return TRUE;
  return FALSE;
}

/* Where the part of [@from, @to) after its last full-width semicolon
 * starts, or G_MAXSIZE when there is none */
static gsize
after_last_semicolon (const char *text,
                      gsize       from,
                      gsize       to)
{
  gsize part = G_MAXSIZE;

  for (gsize p = text_find (text, from, to, "；"); p != G_MAXSIZE; p = text_find (text, p + strlen ("；"), to, "；"))
    part = p + strlen ("；");
  return part;
}

/* Does the part of a sentence after its last semicolon in [@from, @to)
 * break the same total down again, another way (…；按立法行为分，制定17
 * 件; …；设区的市法规24件中，制定15件), its first clause a way of counting
 * or the set the parts are in? */
static gboolean
breaks_down_again (const char *text,
                   gsize       from,
                   gsize       to)
{
  gsize part = after_last_semicolon (text, from, to), first;

  if (part == G_MAXSIZE)
    return FALSE;
  first = text_find (text, part, to, "，");
  if (first == G_MAXSIZE || first - part > 16 * 3)
    return FALSE;
  return (text_word_at (text, part, first, "按") && text_word_ends_at (text, part, first, "分")) ||
         text_word_ends_at (text, part, first, "中");
}

/* Does the part of a sentence after its last semicolon in [@from, @to)
 * open with 其中, the breakdown of the total before the semicolon (…32
 * 件，经审查全部依法批准；其中制定法规18件、修改14件)? */
static gboolean
semicolon_opens_breakdown (const char *text,
                           gsize       from,
                           gsize       to)
{
  gsize part = after_last_semicolon (text, from, to);

  return part != G_MAXSIZE && text_word_at (text, part, to, "其中");
}

/* Does a breakdown (其中…) start in [@from, @to) and go on to @to: no
 * semicolon after its 其中 (审查批准法规38件，其中实体性法规29件、程序性
 * 法规9件；批准自治县单行条例2件: the 2 is no part)? */
static gboolean
breakdown_reaches (const char *text,
                   gsize       from,
                   gsize       to)
{
  gsize at = text_find (text, from, to, "其中");

  /* (or the total as the set the parts are in: 在听取审议的16个报告中，省
   * 政府报告12个…; its noun of a few characters, then 中，) */
  if (at == G_MAXSIZE)
    {
      gsize in_at = text_find (text, from, MIN (to, from + 6 * 3 + strlen ("中，")), "中，");

      if (in_at == G_MAXSIZE || clause_end (text, to, from, in_at) < in_at)
        return FALSE;
      return !has_semicolon (text, in_at, to);
    }
  for (gsize next; (next = text_find (text, at + strlen ("其中"), to, "其中")) != G_MAXSIZE; )
    at = next;
  return !has_semicolon (text, at, to) || breaks_down_again (text, at, to);
}


/* Is [@from, @to), between the laws approved and a part, the clause of
 * their approval, then an aside that the part is in (报请批准的法规共28
 * 件，经审查全部依法予以批准（制定类14件、修改类12件…）)? */
static gboolean
aside_after_approval (const char *text,
                      gsize       from,
                      gsize       to)
{
  gsize open = G_MAXSIZE;

  for (gsize p = from; p < to; p += g_utf8_skip[(guchar) text[p]])
    if (text[p] == '(' || text_word_at (text, p, to, "（"))
      open = p;
    else if (text[p] == ')' || text_word_at (text, p, to, "）"))
      open = G_MAXSIZE;
  return open != G_MAXSIZE && !has_semicolon (text, from, to) && text_contains (text, from, open, "批准");
}

/* What the unit of the count @q counts: people (人, 名, 人次), times or
 * batches (次, 场, 批次, 期), or things (件, 项, 个, 条…, and none) */
typedef enum
{
  UNIT_THINGS,
  UNIT_PEOPLE,
  UNIT_TIMES,
} UnitKind;

static UnitKind
unit_kind (BaogaoAnnotation *q)
{
  const char *unit = baogao_annotation_get_string (q, "base_unit");

  if (unit == NULL)
    unit = baogao_annotation_get_string (q, "unit");
  if (unit_in ("人|名|位|人次", unit))
    return UNIT_PEOPLE;
  if (unit_in ("次|场|场次|批|批次|期|轮", unit))
    return UNIT_TIMES;
  return UNIT_THINGS;
}

/* Is @part a count of one of the verbs the combined @total joins, a
 * package's amendments being amendments? */
static gboolean
counts_verb_of (const char *total,
                const char *part)
{
  /* (the laws passed, by what was done: 表决通过17件（其中制定9件…）; the
   * drafts deliberated, by what became of them: 审议法规草案23件（其中表决
   * 通过18件）) */
  if ((strcmp (total, "passed") == 0 && unit_in ("enacted|amended|revised|repealed|amended_in_package", part)) ||
      (strcmp (total, "deliberated") == 0 &&
       unit_in ("passed|enacted|amended|revised|repealed|amended_in_package", part)))
    return TRUE;
  /* (修订 and 修正 are both 修改: a combined count of 修改 holds them) */
  return part_of_combined (total, part) ||
         ((strcmp (part, "amended_in_package") == 0 || strcmp (part, "revised") == 0) &&
          part_of_combined (total, "amended"));
}

/* What the laws a congress approves may be broken down by: their
 * congresses' acts, never the approving one's */
#define APPROVED_PARTS "enacted|amended|revised|repealed|re_enacted|amended_in_package|enacted+amended"

/* Is @total a measure of @part's kind, its name @part's after a qualifier
 * (party_group_study_sessions of study_sessions), not @part itself? */
static gboolean
measure_of_kind (const char *total,
                 const char *part)
{
  gsize t = strlen (total), p = strlen (part);

  return t > p + 1 && total[t - p - 1] == '_' && strcmp (total + t - p, part) == 0;
}

/* Are the words [@start, @end) before a part of the laws approved a bare
 * verb (制定, 修改, 修订、废止各, after 其中 if it opens them), maybe with
 * the kind of law the congresses approved make (修订、废止单行条例各1件),
 * not a clause naming its own instruments or who acts (常委会还制定地方
 * 性法规9件; 同时打包修改省本级法规12件)? */
static gboolean
bare_part (const char *text,
           gsize       start,
           gsize       end)
{
  static const char * const own[] = { "法规", "条例", "常委会", "同时", "另外", "此外", "还" };
  /* (the kinds a congress approves, which its own acts are not) */
  static const char * const approved_kinds[] = { "单行条例", "自治条例", "设区的市法规", "市法规", "州法规" };
  /* (…and the congresses whose acts they are, named as who acts: 其中设
   * 区的市制定法规22件) */
  static const char * const approving[] = { "设区的市", "各设区的市", "设区市", "市州", "各市州", "各市" };
  gsize kind_at, kind_len = 0;

  start = past_subset_word (text, start, end);
  start += text_any_word_at (text, start, end, approving, G_N_ELEMENTS (approving));
  /* (新 before the verb: 其中设区的市新制定法规十四件) */
  if (text_word_at (text, start, end, "新"))
    start += strlen ("新");
  /* (a verb and 法规, no more: the cities' laws, of the list the total
   * counts: …、修改法规27件) */
  if (end - start <= 4 * 3 && text_word_ends_at (text, start, end, "法规") && end - start > strlen ("法规") &&
      !text_contains_any (text, start, end - strlen ("法规"), own, G_N_ELEMENTS (own)))
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (approved_kinds) && kind_len == 0; i++)
    if ((kind_at = text_find (text, start, end, approved_kinds[i])) != G_MAXSIZE)
      kind_len = strlen (approved_kinds[i]);
  if (kind_len == 0)
    return end - start <= 6 * 3 && !text_contains_any (text, start, end, own, G_N_ELEMENTS (own));
  return end - start - kind_len <= 6 * 3 &&
         !text_contains_any (text, start, kind_at, own, G_N_ELEMENTS (own)) &&
         !text_contains_any (text, kind_at + kind_len, end, own, G_N_ELEMENTS (own));
}

/* Does [@from, @to) say documents were put right (纠正, 撤销…), not
 * only that an opinion asked for it (提出纠正意见)? */
static gboolean
says_corrected (const char *text,
                gsize       from,
                gsize       to)
{
  static const char * const corrects[] = { "纠正", "撤销", "督促修改", "修改或者废止", "修改或废止" };

  for (guint k = 0; k < G_N_ELEMENTS (corrects); k++)
    for (gsize p = text_find (text, from, to, corrects[k]); p != G_MAXSIZE;
         p = text_find (text, p + strlen (corrects[k]), to, corrects[k]))
      if (!text_word_at (text, p + strlen (corrects[k]), to, "意见"))
        return TRUE;
  return FALSE;
}

/* Does [@from, @to) say documents were changed (修改, 废止, 纠正…), not
 * only that an opinion asked for it? */
static gboolean
says_changed (const char *text,
              gsize       from,
              gsize       to)
{
  static const char * const changes[] = { "修改", "修正", "废止" };

  return says_corrected (text, from, to) ||
         text_contains_any (text, from, to, changes, G_N_ELEMENTS (changes));
}

/* Is [@from, @to) in order and inside one sentence: no 。 and no line
 * end between? */
static gboolean
in_one_sentence (const char *text,
                 gsize       from,
                 gsize       to)
{
  return from <= to && !text_contains (text, from, to, "。") && memchr (text + from, '\n', to - from) == NULL;
}

/* Do the counts of @total's measure after it, in its sentence, add up to
 * it (受理来信来访1046件次，其中来信617件、来访429批次): its parts, in
 * whatever units? @rules: the rule each count was decided by, before any
 * part was dropped. */
static gboolean
parts_add_up (const Tables       *tables,
              const char         *text,
              GPtrArray          *quantities,
              const CountWindows *windows,
              const guint        *rules,
              guint               total)
{
  const char *measure = tables->rules[rules[total]].rule->measure;
  double value = baogao_annotation_get_double (g_ptr_array_index (quantities, total), "value", -1), sum = 0;
  gsize from = windows[total].q_end;

  for (guint k = total + 1; k < quantities->len && sum < value; k++)
    {
      const CountWindows *w = &windows[k];

      if (!in_one_sentence (text, from, w->q_start))
        break;
      from = w->q_end;
      if (rules[k] != NO_RULE && strcmp (tables->rules[rules[k]].rule->measure, measure) == 0)
        sum += baogao_annotation_get_double (g_ptr_array_index (quantities, k), "value", -1);
    }
  return sum == value;
}

/* Where the full stop is that ends the sentence before the one of the
 * count at @q_start, when the count's sentence opens with 其中 and
 * follows that one in its paragraph (…修改112件、废止19件。其中，制定修改
 * 生态环境保护方面的法规37件): its parts are of the totals there.
 * G_MAXSIZE when it does not, or the count is more than @reach bytes on. */
static gsize
part_sentence_after (const char *text,
                     gsize       q_start,
                     gsize       reach)
{
  gsize floor = q_start > reach ? q_start - reach : 0;

  /* (。 is E3 80 82: only its last byte is looked at first) */
  for (gsize p = q_start; p > floor; p--)
    {
      if (text[p - 1] == '\n')
        return G_MAXSIZE;
      if ((guchar) text[p - 1] == 0x82 && p >= floor + strlen ("。") &&
          memcmp (text + p - strlen ("。"), "。", strlen ("。")) == 0)
        return text_word_at (text, p, q_start, "其中") ? p - strlen ("。") : G_MAXSIZE;
    }
  return G_MAXSIZE;
}

/* A total and its breakdown after 其中, of the same measure (任免96人
 * 次，其中任命72人次、免职24人次; 建议133件（其中…17件）): the parts are no
 * tallies of their own, or a table summed by key would count them twice.
 * Parts of other measures stay (审议法规案32件，其中制定12件). Looks back
 * from each decided count, within its sentence, to the last decided one
 * of the same rule measure, with 其中 between them and no semicolon
 * after it (see breakdown_reaches()); or in the sentence before, when
 * the part's opens with 其中 (…修改112件、废止19件。其中，制定修改…法规37
 * 件). A combined part of totals said verb by verb is in them too (…制定
 * 46件、修改112件，其中制定修改…37件).
 *
 * A part named in an aside right after its total (制定地方性法规6件（含
 * …会议通过1件）, （其中…）, （包括…）) of the total's domain is in the
 * total too when its words are a bare verb that only the section makes
 * a measure (通过1件, 制定5件: its rule is not `anywhere`), unless it is
 * one of the verbs of a combined total (制定修改法规12件（其中制定5件、修
 * 改7件）); a part that names a kind of its own, a measure wherever it is
 * said, is counted apart (建议428件（其中…重点建议140件）: key_suggestions;
 * 建议188件（含代表团建议3件）). */
static void
drop_breakdowns (const Tables       *tables,
                 const char         *text,
                 GPtrArray          *quantities,
                 const CountWindows *windows,
                 Decision           *decisions)
{
  /* (the rules as decided, for totals whose parts are dropped as the walk
   * goes: see parts_add_up ()) */
  g_autofree guint *rules = g_new (guint, MAX (quantities->len, 1));

  for (guint qi = 0; qi < quantities->len; qi++)
    rules[qi] = decisions[qi].rule;
  for (guint qi = 1; qi < quantities->len; qi++)
    {
      const char *measure;
      gboolean in_total = FALSE, nearest = TRUE, revised_between = FALSE;
      /* (read when the walk first reaches the sentence before) */
      gsize part_open = G_MAXSIZE;
      gboolean part_read = FALSE;

      if (decisions[qi].rule == NO_RULE)
        continue;
      measure = tables->rules[decisions[qi].rule].rule->measure;
      if (windows[qi].aside_total != G_MAXUINT)
        {
          const Decision *total = &decisions[windows[qi].aside_total];
          const TallyRule *rule = tables->rules[decisions[qi].rule].rule;

          /* (the laws approved, and an aside on what their congresses did:
           * 批准设区的市法规20件（含重新制定3件）) */
          if (total->rule != NO_RULE && strcmp (tables->rules[total->rule].rule->measure, "approved") == 0 &&
              unit_in (APPROVED_PARTS, measure))
            {
              decisions[qi].rule = NO_RULE;
              continue;
            }
          /* (a part of the same kind in another domain's total: the
           * Party group's study, and the first item's study in it, 党组集体
           * 学习15次（其中通过“第一议题”学习9次）) */
          if (total->rule != NO_RULE &&
              tables->rules[total->rule].domain != tables->rules[decisions[qi].rule].domain &&
              measure_of_kind (tables->rules[total->rule].rule->measure, measure) &&
              unit_kind (g_ptr_array_index (quantities, qi)) ==
                unit_kind (g_ptr_array_index (quantities, windows[qi].aside_total)))
            {
              decisions[qi].rule = NO_RULE;
              continue;
            }
          if (total->rule != NO_RULE &&
              tables->rules[total->rule].domain == tables->rules[decisions[qi].rule].domain &&
              (!rule->anywhere || strcmp (tables->rules[total->rule].rule->measure, measure) == 0) &&
              !counts_verb_of (tables->rules[total->rule].rule->measure, measure) &&
              /* (a rate is no part of another: 满意和基本满意的达到98.6%
               * （其中满意率为81.2%）) */
              !(count_is_rate (g_ptr_array_index (quantities, qi)) &&
                count_is_rate (g_ptr_array_index (quantities, windows[qi].aside_total)) &&
                strcmp (tables->rules[total->rule].rule->measure, measure) != 0))
            {
              decisions[qi].rule = NO_RULE;
              continue;
            }
        }
      for (guint qj = qi; qj-- > 0;)
        {
          gsize from, to;

          if (windows[qj].skip || decisions[qj].rule == NO_RULE)
            continue;
          from = windows[qj].q_end;
          to = windows[qi].q_start;
          if (from >= to || to - from > 600)
            break;
          /* the same sentence: no full stop between; or the one before
           * a sentence of parts */
          if (memchr (text + from, '\n', to - from) != NULL)
            break;
          if (text_contains (text, from, to, "。"))
            {
              if (!part_read)
                {
                  part_open = part_sentence_after (text, windows[qi].q_start, 600);
                  part_read = TRUE;
                }
              if (part_open == G_MAXSIZE || part_open < from || text_contains (text, from, part_open, "。"))
                break;
            }
          /* (the laws approved, by what their congresses did: 批准设区的
           * 市法规28件，其中制定14件、修改14件 — the cities' acts, not the
           * reporting congress's; the bills deliberated, by the kind of
           * what they would do: 审议法规案15件，其中制定类9件、修改类6件 —
           * no laws made yet) */
          if (nearest && (strcmp (tables->rules[decisions[qj].rule].rule->measure, "approved") == 0 ||
                          (strcmp (tables->rules[decisions[qj].rule].rule->measure, "deliberated") == 0 &&
                           text_contains (text, windows[qi].w_start, windows[qi].q_start, "类"))) &&
              unit_in (APPROVED_PARTS, measure) &&
              (breakdown_reaches (text, from, to) || aside_after_approval (text, from, to)) &&
              (!has_semicolon (text, from, to) || breaks_down_again (text, from, to) ||
               semicolon_opens_breakdown (text, from, to)) &&
              bare_part (text, windows[qi].w_start, windows[qi].q_start))
            {
              in_total = TRUE;
              break;
            }
          nearest = FALSE;
          if (strcmp (tables->rules[decisions[qj].rule].rule->measure, "revised") == 0)
            revised_between = TRUE;
          /* (a part after 其中 of the kind its total is a qualified one
           * of: 常委会党组全年集体学习15次，其中专题学习党纪8次 — the
           * Party group's study, not other study; but a seminar is
           * counted apart, 其中…开展专题研讨3次, and no rate is a part) */
          if (tables->rules[decisions[qj].rule].domain == tables->rules[decisions[qi].rule].domain &&
              measure_of_kind (tables->rules[decisions[qj].rule].rule->measure, measure) &&
              decisions[qj].period == decisions[qi].period &&
              !count_is_rate (g_ptr_array_index (quantities, qi)) &&
              !text_contains (text, windows[qi].w_start, windows[qi].q_start, "研讨") &&
              text_contains (text, from, to, "其中") && breakdown_reaches (text, from, to) &&
              unit_kind (g_ptr_array_index (quantities, qj)) == unit_kind (g_ptr_array_index (quantities, qi)))
            {
              in_total = TRUE;
              break;
            }
          if (tables->rules[decisions[qj].rule].domain != tables->rules[decisions[qi].rule].domain ||
              (strcmp (tables->rules[decisions[qj].rule].rule->measure, measure) != 0 &&
               !part_of_combined (measure, tables->rules[decisions[qj].rule].rule->measure)))
            continue;
          /* (the year's part of a term's total is a count of its own:
           * 五年来制定…42件，其中2022年制定9件; so is a part counted
           * in units of another kind: 受理来信来访1260件次，其中接待来访
           * 312批次、1023人次; unless the parts add up to the total, 1046件
           * 次，其中来信617件、来访429批次) */
          in_total = decisions[qj].period == decisions[qi].period &&
                     (unit_kind (g_ptr_array_index (quantities, qj)) ==
                        unit_kind (g_ptr_array_index (quantities, qi)) ||
                      parts_add_up (tables, text, quantities, windows, rules, qj)) &&
                     breakdown_reaches (text, from, to);
          /* (the documents a review found faulty, then, after 其中, those
           * put right each way: the parts are the corrections, the total
           * no correction — 发现问题32件，其中督促制定机关修改14件、废止9
           * 件; see drop_found_before_corrected()) */
          /* (修改 said of all the laws changed, then after 其中 those
           * revised and those amended: 修改法律8件，其中修订…6件，修正…2
           * 件 — the total is of two measures, the parts are each's) */
          if (in_total && revised_between && strcmp (measure, "amended") == 0)
            {
              in_total = FALSE;
              decisions[qj].rule = NO_RULE;
            }
          if (in_total && strcmp (measure, "documents_corrected") == 0 &&
              text_contains (text, windows[qj].w_start, windows[qj].q_start, "发现") &&
              !says_corrected (text, windows[qj].w_start, windows[qj].q_start) &&
              says_changed (text, windows[qi].w_start, windows[qi].q_start))
            {
              in_total = FALSE;
              decisions[qj].rule = NO_RULE;
            }
          break;
        }
      if (in_total)
        decisions[qi].rule = NO_RULE;
    }
}

/* The rule of @domain's table that first counts @measure, or NO_RULE */
static guint
rule_of_measure (const Tables *tables,
                 guint         domain,
                 const char   *measure)
{
  for (guint r = 0; r < tables->n_rules; r++)
    if (tables->rules[r].domain == domain && strcmp (tables->rules[r].rule->measure, measure) == 0)
      return r;
  return NO_RULE;
}

/* Does the clause of count @qi name the share satisfied or basically
 * satisfied (满意和基本满意率) before the count, after @from? */
static gboolean
names_both_satisfied (const char         *text,
                      const CountWindows *w,
                      gsize               from)
{
  static const char * const both[] = { "和基本满意", "、基本满意", "及基本满意", "或基本满意" };
  /* (the words right before the count, whatever its windows: 满意和基本
   * 满意率达99.2%) */
  gsize start = MAX (w->q_start > 12 * 3 ? w->q_start - 12 * 3 : 0, from);

  /* (满意率和基本满意率分别为98%和100%: each rate its own) */
  return start < w->q_start && !text_contains (text, start, w->q_start, "分别") &&
         text_contains_any (text, start, w->q_start, both, G_N_ELEMENTS (both));
}

/* The most bytes between two rates read as a pair (see below) */
#define MAX_RATES_APART (24 * 3)

/* Two satisfaction rates in a row in one sentence, one of them the share
 * satisfied or basically satisfied (满意和基本满意率99.3%，其中满意率
 * 89.2%; 满意率88.5%，满意和基本满意率99.5%): that one is
 * basic_satisfaction_rate, the other the satisfaction rate. Said alone,
 * the combined share is the satisfaction rate (see the representation
 * rules), whichever rule read it. Before drop_breakdowns (): 其中 does not
 * make one rate a part of the other. */
static void
pair_satisfaction_rates (const Tables       *tables,
                         const char         *text,
                         GPtrArray          *quantities,
                         const CountWindows *windows,
                         Decision           *decisions)
{
  /* the combined share said alone is the satisfaction rate, whichever
   * rule read it (满意和基本满意率达99.2%: 基本满意率 and 达) */
  for (guint qi = 0; qi < quantities->len; qi++)
    {
      const CompiledRule *rule;
      guint plain;

      if (decisions[qi].rule == NO_RULE)
        continue;
      rule = &tables->rules[decisions[qi].rule];
      if (strcmp (rule->rule->measure, "basic_satisfaction_rate") == 0 &&
          names_both_satisfied (text, &windows[qi], 0) &&
          (plain = rule_of_measure (tables, rule->domain, "satisfaction_rate")) != NO_RULE)
        decisions[qi].rule = plain;
    }
  for (guint qi = 0; qi + 1 < quantities->len; qi++)
    {
      const guint qj = qi + 1;
      const CompiledRule *a, *b;
      gboolean i_both, j_both;
      guint combined, basic;

      if (decisions[qi].rule == NO_RULE || decisions[qj].rule == NO_RULE)
        continue;
      a = &tables->rules[decisions[qi].rule];
      b = &tables->rules[decisions[qj].rule];
      if (a->domain != b->domain || strcmp (a->rule->measure, "satisfaction_rate") != 0 ||
          strcmp (b->rule->measure, "satisfaction_rate") != 0 ||
          windows[qi].q_end > windows[qj].q_start ||
          windows[qj].q_start - windows[qi].q_end > MAX_RATES_APART ||
          memchr (text + windows[qi].q_end, '\n', windows[qj].q_start - windows[qi].q_end) != NULL ||
          text_contains (text, windows[qi].q_end, windows[qj].q_start, "。"))
        continue;
      i_both = names_both_satisfied (text, &windows[qi], 0);
      j_both = names_both_satisfied (text, &windows[qj], windows[qi].q_end);
      if (i_both == j_both)
        continue;
      combined = i_both ? qi : qj;
      basic = rule_of_measure (tables, a->domain, "basic_satisfaction_rate");
      if (basic != NO_RULE)
        decisions[combined].rule = basic;
    }
}

/* The most counts after a total that may be its breakdown */
#define MAX_PARTS 8

/* A total broken down after 其中 into parts that add up to it, of its
 * measure in several domains (开展调研36次，其中立法调研14次、监督调研22
 * 次): the parts are the tallies, as a combined count's are, and the
 * total, of one domain only, is none. Runs before drop_breakdowns (),
 * which would drop the part of the total's own domain. */
static void
drop_total_of_mixed_parts (const Tables       *tables,
                           const char         *text,
                           GPtrArray          *quantities,
                           const CountWindows *windows,
                           Decision           *decisions)
{
  for (guint qi = 0; qi + 2 < quantities->len; qi++)
    {
      const char *measure;
      double value, sum = 0;
      guint n = 0;
      gboolean mixed = FALSE;
      gsize from;

      if (decisions[qi].rule == NO_RULE)
        continue;
      measure = tables->rules[decisions[qi].rule].rule->measure;
      value = baogao_annotation_get_double (g_ptr_array_index (quantities, qi), "value", -1);
      from = windows[qi].q_end;
      for (guint qj = qi + 1; qj < quantities->len && n < MAX_PARTS && sum < value; qj++)
        {
          const CountWindows *w = &windows[qj];

          /* in the total's sentence, after its 其中 */
          if (w->q_start < from || memchr (text + from, '\n', w->q_start - from) != NULL ||
              text_contains (text, from, w->q_start, "。") ||
              (n == 0 && !text_contains (text, from, w->q_start, "其中")) ||
              decisions[qj].rule == NO_RULE ||
              unit_kind (g_ptr_array_index (quantities, qj)) != unit_kind (g_ptr_array_index (quantities, qi)))
            break;
          /* (parts of the total's measure in each domain: investigations
           * for laws and for oversight; others are a breakdown of their
           * own, see drop_breakdowns ()) */
          if (strcmp (tables->rules[decisions[qj].rule].rule->measure, measure) != 0)
            break;
          mixed = mixed || tables->rules[decisions[qj].rule].domain != tables->rules[decisions[qi].rule].domain;
          from = w->q_end;
          n++;
          sum += baogao_annotation_get_double (g_ptr_array_index (quantities, qj), "value", -1);
        }
      if (n >= 2 && mixed && sum == value && strchr (measure, '+') == NULL)
        decisions[qi].rule = NO_RULE;
    }
}

/* A total broken down after 其中 into parts of two measures or more that
 * add up to it, one of them the total's own, its words joining the kinds
 * it counts (完成全国人大常委会法工委和市人大常委会的法律法规草案意见征
 * 询任务19件，其中法律草案7件、地方性法规草案12件): the total counts
 * things of several measures under one, and is none; the parts are the
 * tallies.
 * Runs before drop_breakdowns (), which would drop the part of the
 * total's own measure. */
static void
drop_total_of_several_measures (const Tables       *tables,
                                const char         *text,
                                GPtrArray          *quantities,
                                const CountWindows *windows,
                                Decision           *decisions)
{
  for (guint qi = 0; qi + 2 < quantities->len; qi++)
    {
      const char *measure;
      double value, sum = 0;
      guint n = 0;
      gboolean own = FALSE, other = FALSE;
      gsize from;

      if (decisions[qi].rule == NO_RULE)
        continue;
      measure = tables->rules[decisions[qi].rule].rule->measure;
      value = baogao_annotation_get_double (g_ptr_array_index (quantities, qi), "value", -1);
      from = windows[qi].q_end;
      for (guint qj = qi + 1; qj < quantities->len && n < MAX_PARTS && sum < value; qj++)
        {
          const CountWindows *w = &windows[qj];

          /* in the total's sentence, after its 其中 */
          if (w->q_start < from || memchr (text + from, '\n', w->q_start - from) != NULL ||
              text_contains (text, from, w->q_start, "。") ||
              (n == 0 && !text_contains (text, from, w->q_start, "其中")) ||
              decisions[qj].rule == NO_RULE ||
              unit_kind (g_ptr_array_index (quantities, qj)) != unit_kind (g_ptr_array_index (quantities, qi)) ||
              tables->rules[decisions[qj].rule].domain != tables->rules[decisions[qi].rule].domain)
            break;
          if (strcmp (tables->rules[decisions[qj].rule].rule->measure, measure) == 0)
            own = TRUE;
          else
            other = TRUE;
          from = w->q_end;
          n++;
          sum += baogao_annotation_get_double (g_ptr_array_index (quantities, qj), "value", -1);
        }
      /* (the total's own words join the kinds it counts: not a part of
       * a kind within its measure, 备案审查规范性文件228件，其中主动审查
       * 215件、依申请审查13件) */
      if (n >= 2 && own && other && sum == value && strchr (measure, '+') == NULL &&
          joins_items (text, windows[qi].w_start, windows[qi].q_start))
        decisions[qi].rule = NO_RULE;
    }
}

/* The delimiters that end a clause, full- and half-width (not 、, which
 * joins the items of a list) */
static const char * const clause_breaks[] = { "，", "；", "。", "：", ",", ";" };

/* A total after its parts, in a clause of its own that says little but
 * 合计, 共计, 共 or 总计, right after the last part (听取审议市政府专项工作
 * 报告13个、市监委专项工作报告1个，共14个; 任命…40人次，免去23人次，合计任
 * 免63人次): the parts before it in its sentence (no 。 or ； between)
 * that have a measure all have the same, the
 * counts before it sum to no more than it (a part said with 各 may count
 * for two), and it has that measure or none. The total is the row, of
 * the parts' measure; the parts are none. */
static void
take_total_after_parts (const Tables       *tables,
                        const char         *text,
                        GPtrArray          *quantities,
                        const CountWindows *windows,
                        Decision           *decisions)
{
  static const char * const markers[] = { "合计", "共计", "总计", "共" };

  for (guint qi = 1; qi < quantities->len; qi++)
    {
      const CountWindows *w = &windows[qi];
      BaogaoAnnotation *q = g_ptr_array_index (quantities, qi);
      double value = baogao_annotation_get_double (q, "value", -1), sum = 0;
      guint parts[MAX_PARTS], n = 0, last = NO_RULE;
      gsize marker, p;
      gboolean mixed = FALSE, full = FALSE, measures_differ = FALSE, unruled = FALSE, named;

      /* (the clause: a comma, the marker, a verb at most) */
      if (w->skip || w->w_start < 3 || !text_word_ends_at (text, 0, w->w_start, "，") ||
          /* (in the clause right after the last part's: …报告一个、…报告各
           * 一个，合计16个) */
          windows[qi - 1].q_end > w->w_start - strlen ("，") ||
          text_contains_any (text, windows[qi - 1].q_end, w->w_start - strlen ("，"), clause_breaks,
                             G_N_ELEMENTS (clause_breaks)) ||
          (marker = text_any_word_at (text, w->w_start, w->q_start, markers, G_N_ELEMENTS (markers))) == 0 ||
          w->q_start - (w->w_start + marker) > 8 * 3 || value <= 1)
        continue;
      /* (a total that names its kind, 合计开展集中学习22次, is only read
       * for parts of several measures, below) */
      named = w->q_start - (w->w_start + marker) > 2 * 3;
      if (decisions[qi].rule != NO_RULE && decisions[qi].also[0] != NO_RULE)
        continue;
      p = w->w_start;
      for (guint qj = qi; qj-- > 0;)
        {
          const CountWindows *part = &windows[qj];

          if (part->skip || part->q_end > p || text_contains (text, part->q_end, p, "。") ||
              has_semicolon (text, part->q_end, p) || memchr (text + part->q_end, '\n', p - part->q_end) != NULL ||
              unit_kind (g_ptr_array_index (quantities, qj)) != unit_kind (q))
            break;
          /* (more parts than are read: no total taken) */
          if (n == MAX_PARTS)
            {
              full = TRUE;
              break;
            }
          p = part->w_start < part->q_start ? part->w_start : part->q_start;
          sum += baogao_annotation_get_double (g_ptr_array_index (quantities, qj), "value", -1);
          /* (a part of no measure makes it a total of other things too,
           * 开展执法检查5次、走访座谈2次，共7次; but for one said for
           * each of a list, 各一个, which the measure's words name) */
          if (decisions[qj].rule == NO_RULE)
            {
              if (!part->each)
                mixed = unruled = TRUE;
              continue;
            }
          if (last != NO_RULE &&
              (strcmp (tables->rules[decisions[qj].rule].rule->measure, tables->rules[last].rule->measure) != 0 ||
               decisions[qj].period != decisions[parts[0]].period || decisions[qj].actor != decisions[parts[0]].actor))
            mixed = measures_differ = TRUE;
          /* (a part said for a list of several measures is none of one) */
          if (decisions[qj].also[0] != NO_RULE)
            mixed = TRUE;
          last = decisions[qj].rule;
          parts[n++] = qj;
        }
      /* (the parts of several measures, all with one, summing to it: a
       * total over them, no row of any one; 中心组学习13次，党组集体学习9
       * 次，合计开展集中学习22次) */
      if (measures_differ && !unruled && !full && n >= 2 && sum == value && decisions[qi].rule != NO_RULE &&
          decisions[qi].also[0] == NO_RULE)
        {
          decisions[qi].rule = NO_RULE;
          continue;
        }
      if (n == 0 || named || mixed || full || sum > value || strchr (tables->rules[last].rule->measure, '+') != NULL ||
          (decisions[qi].rule != NO_RULE &&
           strcmp (tables->rules[decisions[qi].rule].rule->measure, tables->rules[last].rule->measure) != 0))
        continue;
      if (decisions[qi].rule == NO_RULE)
        {
          decisions[qi] = decisions[parts[0]];
          decisions[qi].unit_read = FALSE;
          decisions[qi].start = w->w_start;
          decisions[qi].end = w->q_end;
        }
      for (guint k = 0; k < n; k++)
        decisions[parts[k]].rule = NO_RULE;
    }
}

/* Counts of a total's measure right after it, in its sentence or the
 * next of its paragraph, whose values sum to the total's (开展执法检查5项，
 * 对2部地方性法规、3部法律开展执法检查; 审议专项工作报告12个，其中听取5个、
 * 审议7个 is dropped already): its breakdown, no tallies of their own. */
static void
drop_summed_parts (const Tables       *tables,
                   const char         *text,
                   GPtrArray          *quantities,
                   const CountWindows *windows,
                   Decision           *decisions)
{
  static const char * const more_of_the_same[] = { "同时", "另外", "此外", "另有", "还" };

  for (guint qi = 0; qi + 2 < quantities->len; qi++)
    {
      const CompiledRule *total;
      double value, sum = 0;
      guint parts[MAX_PARTS], n = 0, sentences = 0;
      UnitKind total_kind;
      gsize from;

      if (decisions[qi].rule == NO_RULE)
        continue;
      total = &tables->rules[decisions[qi].rule];
      value = baogao_annotation_get_double (g_ptr_array_index (quantities, qi), "value", -1);
      if (value <= 1)
        continue;
      /* parts count what the total counts: 接待来访420批次1260人次 are
       * no parts of 受理信访事项1680件 */
      total_kind = unit_kind (g_ptr_array_index (quantities, qi));
      from = windows[qi].q_end;
      for (guint qj = qi + 1; qj < quantities->len && n < MAX_PARTS && sum < value; qj++)
        {
          const CountWindows *w = &windows[qj];

          /* in the total's sentence or the next, in its paragraph */
          if (w->q_start < from || memchr (text + from, '\n', w->q_start - from) != NULL)
            break;
          if (text_contains (text, from, w->q_start, "。") && ++sentences > 1)
            break;
          if (decisions[qj].rule == NO_RULE)
            {
              from = w->q_end;
              continue;
            }
          if (tables->rules[decisions[qj].rule].domain != total->domain ||
              strcmp (tables->rules[decisions[qj].rule].rule->measure, total->rule->measure) != 0 ||
              decisions[qj].actor != decisions[qi].actor || decisions[qj].period != decisions[qi].period ||
              unit_kind (g_ptr_array_index (quantities, qj)) != total_kind)
            break;
          /* (not more of the same, said as such: 制定…法规9件，同时制定…6件、
           * …3件; nor the total's siblings in its own list: 听取…报告8个、
           * …报告5个、…报告3个) */
          if (n == 0 && (text_contains_any (text, windows[qi].q_end, w->q_start, more_of_the_same,
                                            G_N_ELEMENTS (more_of_the_same)) ||
                         !text_contains_any (text, windows[qi].q_end, w->q_start, clause_breaks,
                                             G_N_ELEMENTS (clause_breaks))))
            break;
          from = w->q_end;
          parts[n++] = qj;
          sum += baogao_annotation_get_double (g_ptr_array_index (quantities, qj), "value", -1);
        }
      if (n >= 2 && sum == value)
        for (guint k = 0; k < n; k++)
          decisions[parts[k]].rule = NO_RULE;
    }
}


/* Is the one full stop in [@from, @to) right after @from (but for a
 * closing bracket or quote) and followed by 其中, the next sentence
 * breaking down the count at @from (…法规5件。其中，制定2件…)? */
static gboolean
opens_subset_after_stop (const char *text,
                         gsize       from,
                         gsize       to)
{
  gsize stop = text_find (text, from, to, "。");

  return stop != G_MAXSIZE && stop - from <= 3 &&
         text_word_at (text, stop + strlen ("。"), to, "其中") &&
         !text_contains (text, stop + strlen ("。"), to, "。");
}

/* How many combined counts broken down a document's later restatements
 * are compared with */
#define BROKEN_DOWN_KEPT 16

/* A combined count broken down: the same fact said again is one of the
 * same measure, value, period and body */
typedef struct
{
  const char *measure;
  double      value;
  Period      period;
  Actor       actor;
} BrokenDown;

static gboolean
broken_again (const BrokenDown *broken,
              guint             n_broken,
              const char       *measure,
              double            value,
              const Decision   *decision)
{
  for (guint b = 0; b < n_broken; b++)
    if (broken[b].value == value && broken[b].period == decision->period &&
        broken[b].actor == decision->actor && strcmp (broken[b].measure, measure) == 0)
      return TRUE;
  return FALSE;
}

/* Do the counts after the one at @at, in its sentence or the next one
 * when it opens with 其中 (…法规5件。其中，制定2件，…), of its period,
 * count the verbs of @combined apart, two or more summing to @value? */
static gboolean
parts_after (const Tables       *tables,
             const char         *text,
             GPtrArray          *quantities,
             const CountWindows *windows,
             const Decision     *decisions,
             guint               at,
             const CompiledRule *combined,
             double              value)
{
  gsize from = windows[at].q_end;
  double sum = 0;
  guint n = 0;
  /* (the laws counted with the legal decisions, whose part is then the
   * decisions made: 制定、修改、废止地方性法规和法规性决定93件，其中制定41
   * 件、修改38件、废止11件，作出法规性决定3件) */
  gboolean with_decisions = text_contains (text, windows[at].w_start, windows[at].q_start, "法规性决定") ||
                            text_contains (text, windows[at].w_start, windows[at].q_start, "法律问题的决定");

  for (guint qj = at + 1; qj < quantities->len && sum < value; qj++)
    {
      const CountWindows *w = &windows[qj];
      guint parts = 0;

      if (w->q_start < from || memchr (text + from, '\n', w->q_start - from) != NULL ||
          (text_contains (text, from, w->q_start, "。") && !opens_subset_after_stop (text, from, w->q_start)))
        break;
      from = w->q_end;
      /* (not a part of a part, in its aside: 其中制定5件（含重新制定2件）) */
      if (decisions[qj].rule == NO_RULE || decisions[qj].period != decisions[at].period ||
          (w->aside_total != G_MAXUINT && w->aside_total != at))
        continue;
      /* (a count said for each item of a list, 修订、废止各1件, is a part
       * once for each) */
      for (guint k = 0; k < MAX_SHARED; k++)
        {
          guint r = k == 0 ? decisions[qj].rule : decisions[qj].also[k - 1];

          if (r == NO_RULE)
            break;
          if (tables->rules[r].domain == combined->domain &&
              (counts_verb_of (combined->rule->measure, tables->rules[r].rule->measure) ||
               (with_decisions && strcmp (tables->rules[r].rule->measure, "decisions_made") == 0)))
            parts++;
        }
      n += parts;
      sum += parts * baogao_annotation_get_double (g_ptr_array_index (quantities, qj), "value", -1);
    }
  return n >= 2 && sum == value;
}

/* Is the combined count at @qi the laws passed that another sentence
 * counts, of the same value, period and congress, and breaks down by
 * the same verbs (制定、修改、废止地方性法规23件 in a summary; 表决通过23
 * 件。其中，制定7件，修改12件，废止4件 in its section): the same fact, whose
 * parts are the tallies? */
static gboolean
passed_broken_down (const Tables       *tables,
                    const char         *text,
                    GPtrArray          *quantities,
                    const CountWindows *windows,
                    const Decision     *decisions,
                    guint               qi,
                    double              value)
{
  const CompiledRule *combined = &tables->rules[decisions[qi].rule];

  for (guint qt = 0; qt < quantities->len; qt++)
    if (qt != qi && decisions[qt].rule != NO_RULE && decisions[qt].period == decisions[qi].period &&
        decisions[qt].actor == decisions[qi].actor &&
        tables->rules[decisions[qt].rule].domain == combined->domain &&
        strcmp (tables->rules[decisions[qt].rule].rule->measure, "passed") == 0 &&
        baogao_annotation_get_double (g_ptr_array_index (quantities, qt), "value", -1) == value &&
        parts_after (tables, text, quantities, windows, decisions, qt, combined, value))
      return TRUE;
  return FALSE;
}

/* A combined count whose verbs the same sentence counts apart, the parts
 * summing to it (制定、修改、废止地方性法规20件（其中制定7件、修改11件、废止
 * 2件）; …42件，其中制定8件，一揽子修改32件，废止2件): the combined
 * measure is for a report that does not count them apart, and the parts
 * are the tallies. The same combined count said elsewhere in the same
 * terms, before the breakdown (an opening summary's 制定、修改、废止地方性
 * 法规26件) or after it (a closing summary's, a box's), is the same fact. */
static void
drop_broken_down_combined (const Tables       *tables,
                           const char         *text,
                           GPtrArray          *quantities,
                           const CountWindows *windows,
                           Decision           *decisions)
{
  /* the combined counts broken down so far: one said again later in the
   * same terms (a closing summary's or a box's 制定修改废止地方性法规66件)
   * is the same fact, whose parts are the tallies */
  BrokenDown broken[BROKEN_DOWN_KEPT];
  guint n_broken = 0;

  for (guint qi = 0; qi < quantities->len; qi++)
    {
      const CompiledRule *total;
      double value;

      if (decisions[qi].rule == NO_RULE)
        continue;
      total = &tables->rules[decisions[qi].rule];
      if (strchr (total->rule->measure, '+') == NULL)
        continue;
      value = baogao_annotation_get_double (g_ptr_array_index (quantities, qi), "value", -1);
      if (broken_again (broken, n_broken, total->rule->measure, value, &decisions[qi]) ||
          passed_broken_down (tables, text, quantities, windows, decisions, qi, value))
        {
          decisions[qi].rule = NO_RULE;
          continue;
        }
      if (parts_after (tables, text, quantities, windows, decisions, qi, total, value))
        {
          if (n_broken < BROKEN_DOWN_KEPT)
            {
              broken[n_broken].measure = total->rule->measure;
              broken[n_broken].value = value;
              broken[n_broken].period = decisions[qi].period;
              broken[n_broken].actor = decisions[qi].actor;
              n_broken++;
            }
          decisions[qi].rule = NO_RULE;
        }
    }

  /* (the same said before its breakdown) */
  for (guint qi = 0; qi < quantities->len && n_broken > 0; qi++)
    {
      const char *measure;
      double value;

      if (decisions[qi].rule == NO_RULE)
        continue;
      measure = tables->rules[decisions[qi].rule].rule->measure;
      if (strchr (measure, '+') == NULL)
        continue;
      value = baogao_annotation_get_double (g_ptr_array_index (quantities, qi), "value", -1);
      if (broken_again (broken, n_broken, measure, value, &decisions[qi]))
        decisions[qi].rule = NO_RULE;
    }
}

/* Is the count @a before @b in the same sentence, with nothing but
 * @stop between them to end it (。 and line ends always do), and as large
 * or larger: a whole, then the part of it done? */
static gboolean
larger_before_in_sentence (const char         *text,
                           GPtrArray          *quantities,
                           const CountWindows *windows,
                           guint               a,
                           guint               b,
                           const char         *stop)
{
  gsize from = windows[a].q_end, to = windows[b].q_start;

  return in_one_sentence (text, from, to) && (stop == NULL || !text_contains (text, from, to, stop)) &&
         baogao_annotation_get_double (g_ptr_array_index (quantities, a), "value", 0) >=
         baogao_annotation_get_double (g_ptr_array_index (quantities, b), "value", 0);
}

/* In one sentence, a city's laws sent up for approval, then those of
 * them approved (共报请省人大常委会批准法规4件，已获批准4件; 报批法规4件、
 * 单行条例2件，已获批准5件): all are read as sent up, and the last, no
 * larger than those sent before it, is a part of them, no row of its
 * own. */
static void
drop_approved_of_sent (const Tables       *tables,
                       const char         *text,
                       GPtrArray          *quantities,
                       const CountWindows *windows,
                       Decision           *decisions)
{
  static const char * const approved[] = { "获批", "获得批准", "获准", "已获" };
  static const char * const sent_up[] = { "报请", "提请", "报送", "报经", "上报", "报批" };
  guint last = G_MAXUINT;
  double sent = 0;

  for (guint qi = 0; qi < quantities->len; qi++)
    {
      double value;

      if (decisions[qi].rule == NO_RULE ||
          strcmp (tables->rules[decisions[qi].rule].rule->measure, "submitted_for_approval") != 0)
        continue;
      value = baogao_annotation_get_double (g_ptr_array_index (quantities, qi), "value", 0);
      if (last == G_MAXUINT || !in_one_sentence (text, windows[last].q_end, windows[qi].q_start))
        sent = 0;
      /* (not one whose own words say it was sent up too: …报请省人大常委
       * 会批准法规5件，提请省人大常委会批准的3件法规均获批准) */
      else if (value <= sent &&
               text_contains_any (text, windows[qi].w_start, MAX (windows[qi].w_end, windows[qi].q_end),
                                  approved, G_N_ELEMENTS (approved)) &&
               !text_contains_any (text, windows[qi].w_start, windows[qi].q_start, sent_up, G_N_ELEMENTS (sent_up)))
        {
          decisions[qi].rule = NO_RULE;
          continue;
        }
      sent += value;
      last = qi;
    }
}

/* In one sentence, the documents a review found faulty, or sent an
 * opinion on, then those put right (审查发现42件…存在合法性问题，已纠正36
 * 件; 提出审查意见42件，制定机关已纠正36件): both are read as corrections,
 * and only the second is. The first, larger or as large (all found were
 * put right), is dropped. */
static void
drop_found_before_corrected (const Tables       *tables,
                             const char         *text,
                             GPtrArray          *quantities,
                             const CountWindows *windows,
                             Decision           *decisions)
{
  guint last = G_MAXUINT;

  for (guint qi = 0; qi < quantities->len; qi++)
    {
      if (decisions[qi].rule == NO_RULE ||
          strcmp (tables->rules[decisions[qi].rule].rule->measure, "documents_corrected") != 0)
        continue;
      if (last != G_MAXUINT && larger_before_in_sentence (text, quantities, windows, last, qi, NULL) &&
          (text_contains (text, windows[last].w_start, windows[last].w_end, "发现") ||
           text_contains (text, windows[last].w_start, windows[last].w_end, "意见") ||
           text_contains (text, windows[last].w_start, windows[last].w_end, "问题")) &&
          /* (not when the first says its documents were put right: 督促纠
           * 正存在合法性问题的文件34件，依法撤销1件…; nor when the second
           * is no correction: 对发现的4件存在问题的文件，督促制定机关予以纠
           * 正，对1件规章提出审查意见) */
          !says_corrected (text, windows[last].w_start, windows[last].q_start) &&
          says_corrected (text, windows[qi].w_start, windows[qi].w_end))
        decisions[last].rule = NO_RULE;
      last = qi;
    }
}

/* In one sentence, the problems to be put right, then those put right
 * (推动审计查出的213个问题整改到位198个; 应整改问题97个，已完成整改88个):
 * both are read as rectified, and only the second is. The first, as
 * large or larger, is the problems found; unless its own words say it
 * was done (督促整改问题120个，已整改到位98个: the first is what the
 * committee had put right, the second what is finished). */
static void
relabel_problems_before_rectified (const Tables       *tables,
                                   const char         *text,
                                   GPtrArray          *quantities,
                                   const CountWindows *windows,
                                   Decision           *decisions)
{
  static const char * const done[] = {
    "已整改", "整改到位", "完成整改", "整改完成", "督促整改", "推动整改", "立行立改", "已完成",
  };
  /* (what was to be put right, said so: 应整改问题97个) */
  static const char * const to_do[] = { "应整改", "需整改", "需要整改", "待整改" };
  guint last = G_MAXUINT;

  for (guint qi = 0; qi < quantities->len; qi++)
    {
      if (decisions[qi].rule == NO_RULE ||
          strcmp (tables->rules[decisions[qi].rule].rule->measure, "problems_rectified") != 0)
        continue;
      if (last != G_MAXUINT && decisions[last].rule != NO_RULE &&
          tables->rules[decisions[last].rule].domain == tables->rules[decisions[qi].rule].domain &&
          larger_before_in_sentence (text, quantities, windows, last, qi, "；") &&
          windows[qi].q_start - windows[last].q_end <= 24 * 3 &&
          (!text_contains (text, windows[last].w_start, windows[last].q_start, "整改") ||
           text_contains_any (text, windows[last].w_start, windows[last].q_start, to_do, G_N_ELEMENTS (to_do))) &&
          text_contains_any (text, windows[last].q_end, windows[qi].q_start, done, G_N_ELEMENTS (done)))
        decisions[last].rule = rule_of_measure (tables, tables->rules[decisions[last].rule].domain,
                                                "problems_identified");
      last = qi;
    }
}

/* The laws of a special zone, which the national law lets some
 * congresses make (浦东新区法规, 经济特区法规, 海南自由贸易港法规). */
static gboolean
names_special_zone_laws (const char *text,
                         gsize       from,
                         gsize       to)
{
  static const char * const kinds[] = { "浦东新区法规", "经济特区法规", "自由贸易港法规" };

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    if (text_contains (text, from, to, kinds[k]))
      return TRUE;
  return FALSE;
}

/* Does the count of @w name the congress's laws in general (地方性法规,
 * 法规), not a kind of them (设区的市法规, 自治条例, a special zone's)? */
static gboolean
names_laws_in_general (const char         *text,
                       const CountWindows *w)
{
  static const char * const kinds[] = { "设区的市", "地级以上市", "设区市", "自治条例", "单行条例" };

  if (!text_contains (text, w->w_start, w->w_end, "法规") ||
      names_special_zone_laws (text, w->w_start, w->w_end))
    return FALSE;
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    if (text_contains (text, w->w_start, w->w_end, kinds[k]))
      return FALSE;
  return TRUE;
}

/* How many counts back a total of the congress's laws may be for the
 * special zone's laws counted after it (a summary's total is some
 * dozens of counts before its section's) */
#define SPECIAL_ZONE_REACH 256

/* A count of a special zone's laws after a total of the congress's laws
 * of the same measure, in its section or in a summary before (新制定的地
 * 方性法规有8件 … 浦东新区法规的制定数量为4件), counts some of them
 * again: they are local laws too, and the reports that count them apart
 * give the total first. It is no tally of its own, as a part after 其中
 * is not. Beside the city's own laws (制定经济特区法规6件、设区的市法规3件)
 * it stays, and so does another body's count (深圳市人大常委会制定经济特区
 * 法规12件 in the province's report) or one of another period. */
static void
drop_special_zone_parts (const Tables       *tables,
                         const char         *text,
                         GPtrArray          *quantities,
                         const CountWindows *windows,
                         Decision           *decisions)
{
  for (guint qi = 1; qi < quantities->len; qi++)
    {
      const CountWindows *w = &windows[qi];
      const CompiledRule *rule;

      if (decisions[qi].rule == NO_RULE ||
          !names_special_zone_laws (text, w->w_start, w->w_end))
        continue;
      rule = &tables->rules[decisions[qi].rule];
      for (guint qj = qi; qj-- > 0 && qi - qj <= SPECIAL_ZONE_REACH;)
        {
          const CountWindows *v = &windows[qj];
          const CompiledRule *total;

          if (v->skip || decisions[qj].rule == NO_RULE)
            continue;
          total = &tables->rules[decisions[qj].rule];
          /* (an item of the same list is a sibling: 制定地方性法规4件、海南自
           * 由贸易港法规9件) */
          if (v->q_end <= w->q_start && clause_end (text, w->q_start, v->q_end, w->q_start) == w->q_start &&
              memchr (text + v->q_end, '\n', w->q_start - v->q_end) == NULL)
            break;
          if (total->domain == rule->domain &&
              decisions[qj].actor == decisions[qi].actor &&
              decisions[qj].period == decisions[qi].period &&
              strcmp (total->rule->measure, rule->rule->measure) == 0 &&
              names_laws_in_general (text, v))
            {
              decisions[qi].rule = NO_RULE;
              break;
            }
        }
    }
}

/* Does the sentence before @at end at it (a full stop, then at most
 * spaces)? Returns where its 。 starts, or G_MAXSIZE. */
static gsize
full_stop_before (const char *text,
                  gsize       at)
{
  while (at > 0 && (text[at - 1] == ' ' || text[at - 1] == '\t'))
    at--;
  if (at >= 3 && memcmp (text + at - 3, "。", 3) == 0)
    return at - 3;
  return G_MAXSIZE;
}

/* Are the counts of @v and @w written the same (9203件 and 9203件)? */
static inline gboolean
same_count_words (const char         *text,
                  const CountWindows *v,
                  const CountWindows *w)
{
  return v->q_end - v->q_start == w->q_end - w->q_start &&
         memcmp (text + v->q_start, text + w->q_start, w->q_end - w->q_start) == 0;
}

/* Are the counts @qi and @qj the same count, written alike (9203件 and
 * 9203件) or in other figures (１６８件 and 168件, 一百六十八件)? */
static gboolean
same_count (const char         *text,
            GPtrArray          *quantities,
            const CountWindows *windows,
            guint               qi,
            guint               qj)
{
  BaogaoAnnotation *a, *b;

  if (same_count_words (text, &windows[qi], &windows[qj]))
    return TRUE;
  a = g_ptr_array_index (quantities, qi);
  b = g_ptr_array_index (quantities, qj);
  return baogao_annotation_get_double (a, "value", -1) == baogao_annotation_get_double (b, "value", -2) &&
         g_strcmp0 (baogao_annotation_get_string (a, "unit"), baogao_annotation_get_string (b, "unit")) == 0 &&
         g_strcmp0 (baogao_annotation_get_string (a, "approx"), baogao_annotation_get_string (b, "approx")) == 0;
}

/* Where the words end that a count opening its sentence or a clause at
 * @at may say again: the 。 before @at, past a 其中 (其中，23件议案…), or,
 * when @at opens a later clause (…审议，1081件建议已全部办复), the 。
 * before its sentence; or G_MAXSIZE when @at opens no clause or its
 * sentence opens the paragraph. *@closer: the count may also say again
 * a count of an earlier clause of its own sentence (代表提出建议168件，168
 * 件建议已全部办理答复), or it points back (上述168件建议, 这168件): then
 * the end of the clause before, or of the sentence before the pointer's,
 * and only a count of its own measure is said again (上述3件法规报自治区人
 * 大常委会批准 tells what became of the laws passed). */
static gsize
sentence_before_opening (const char *text,
                         gsize       at,
                         gsize      *closer)
{
  /* (and the words that only date it: 目前217件建议全部办复; or hand on
   * what was counted: 常委会将9件议案交由有关专门委员会审议) */
  static const char * const subsets[] = {
    "其中，", "其中：", "其中,", "其中", "截至目前，", "截至目前", "目前，", "目前", "常委会将", "将",
  };
  /* (the count pointed back at: 上述168件建议, 这168件建议, 在736件建议
   * 中) */
  static const char * const pointers[] = { "上述", "这些", "以上", "这", "在" };
  static const char * const clause_ends[] = { "，", "；" };
  gsize n, p, stop;
  gboolean pointed;

  *closer = G_MAXSIZE;
  n = text_any_word_ends_at (text, 0, at, pointers, G_N_ELEMENTS (pointers));
  pointed = n != 0;
  at -= n;
  if ((n = text_any_word_ends_at (text, 0, at, subsets, G_N_ELEMENTS (subsets))) != 0)
    at -= n;
  if ((stop = full_stop_before (text, at)) != G_MAXSIZE)
    {
      if (!pointed)
        return stop;
      *closer = stop;
      return G_MAXSIZE;
    }
  if ((n = text_any_word_ends_at (text, 0, at, clause_ends, G_N_ELEMENTS (clause_ends))) == 0)
    return G_MAXSIZE;
  *closer = at - n;
  if (pointed)
    return G_MAXSIZE;
  for (p = at; p > 0 && text[p - 1] != '\n'; p--)
    if (p >= 3 && memcmp (text + p - 3, "。", 3) == 0)
      return p - 3;
  return G_MAXSIZE;
}

/* Does the noun right after the count of @w (9203件建议由…) stand in the
 * words of @v's count (代表提出建议9203件), so that @w says those things
 * again, not other things of the same number (表决通过5件。5件法规草案在…
 * 公开征求意见)? The noun is read up to four characters, to a word that
 * goes on the clause (由, 在, 均…). */
static gboolean
names_same_things (const char         *text,
                   const CountWindows *v,
                   const CountWindows *w)
{
  static const char * const stops[] = {
    "由", "在", "均", "已", "全", "都", "和", "的", "被", "中", "经", "向", "为", "并", "于", "及",
  };
  char noun[4 * 3 + 1];
  gsize p = w->q_end, n = 0;

  while (n < 4 && p + 3 <= w->w_end && (guchar) text[p] >= 0xE4 && (guchar) text[p] <= 0xE9 &&
         text_any_word_at (text, p, w->w_end, stops, G_N_ELEMENTS (stops)) == 0)
    {
      p += 3;
      n++;
    }
  /* (no noun of its own: the earlier count's, 9203件。9203件由…) */
  if (n == 0)
    return TRUE;
  memcpy (noun, text + w->q_end, p - w->q_end);
  noun[p - w->q_end] = '\0';
  return text_find (text, v->w_start, MAX (v->w_end, v->q_end), noun) != G_MAXSIZE;
}

/* Is @part a measure of some of the things of @whole, named after it
 * (motions_accepted of motions: 立案3件。…，3件议案均已办理完毕)? */
static gboolean
measure_of_kind_of (const char *part,
                    const char *whole)
{
  gsize n = strlen (whole);

  return strncmp (part, whole, n) == 0 && part[n] == '_';
}

/* The words that point back at counts said before (上述903件建议) */
static const char * const sum_pointers[] = { "上述", "这些", "以上" };

/* A count that opens its sentence or a clause of it saying again a count
 * of a sentence before it in its paragraph (代表提出建议9203件。9203件建议
 * 由194家承办单位办理; 代表提出议案23件，建议1081件。其中，23件议案全部交
 * 付…审议，1081件建议已全部办复; …。常委会确定重点督办建议10件。目前，412
 * 件建议已全部办复): the same fact, which its new words would make a second
 * row (here of another measure, the subject being gone); of its own
 * measure, an earlier clause of its own sentence too, or any count before
 * when it points back (see sentence_before_opening ()). The count must be
 * the same, in any figures (9203件; １６８件 and 168件). */
static void
drop_sentence_restatements (const char         *text,
                            const Tables       *tables,
                            GPtrArray          *quantities,
                            const CountWindows *windows,
                            Decision           *decisions)
{
  /* where the paragraph of the current count starts: the sentences
   * before in it (代表提出建议412件。常委会确定重点督办建议10件。目前，
   * 412件建议已全部办复); found going forward, the counts in text order */
  gsize paragraph = 0, scanned = 0;

  for (guint qi = 1; qi < quantities->len; qi++)
    {
      const CountWindows *w = &windows[qi];
      gsize stop, closer, reach;
      const char *nl;

      if (decisions[qi].rule == NO_RULE)
        continue;
      stop = sentence_before_opening (text, w->q_start, &closer);
      if (stop == G_MAXSIZE && closer == G_MAXSIZE)
        continue;
      while (scanned < w->q_start && (nl = memchr (text + scanned, '\n', w->q_start - scanned)) != NULL)
        paragraph = scanned = (gsize) (nl - text) + 1;
      scanned = MAX (scanned, w->q_start);
      /* (the furthest a count said again may end) */
      reach = MAX (stop != G_MAXSIZE ? stop : 0, closer != G_MAXSIZE ? closer : 0);
      for (guint qj = qi; qj-- > 0;)
        {
          const CountWindows *v = &windows[qj];
          gboolean restated;

          /* in the sentences before, not further (past the counts of the
           * count's own sentence before it) */
          if (v->q_start < paragraph)
            break;
          if (v->q_end > reach || decisions[qj].rule == NO_RULE || !same_count (text, quantities, windows, qj, qi))
            continue;
          restated = stop != G_MAXSIZE && v->q_end <= stop &&
                     (strcmp (tables->rules[decisions[qj].rule].rule->measure,
                              tables->rules[decisions[qi].rule].rule->measure) == 0 ||
                      names_same_things (text, v, w) ||
                      measure_of_kind_of (tables->rules[decisions[qj].rule].rule->measure,
                                          tables->rules[decisions[qi].rule].rule->measure));
          /* (closer: of its own measure only) */
          if (!restated && closer != G_MAXSIZE && v->q_end <= closer)
            restated = strcmp (tables->rules[decisions[qj].rule].rule->measure,
                               tables->rules[decisions[qi].rule].rule->measure) == 0;
          if (restated)
            {
              decisions[qi].rule = NO_RULE;
              break;
            }
        }
      /* (or points back at the sum of counts of its measure: 代表提出建议866
       * 件，闭会期间提出建议37件，上述903件建议已全部办结) */
      if (decisions[qi].rule != NO_RULE && closer != G_MAXSIZE &&
          text_any_word_ends_at (text, 0, w->q_start, sum_pointers, G_N_ELEMENTS (sum_pointers)) != 0)
        {
          double value = baogao_annotation_get_double (g_ptr_array_index (quantities, qi), "value", -1), sum = 0;
          guint n = 0;

          for (guint qj = qi; qj-- > 0 && windows[qj].q_start >= paragraph;)
            if (windows[qj].q_end <= closer && decisions[qj].rule != NO_RULE &&
                strcmp (tables->rules[decisions[qj].rule].rule->measure,
                        tables->rules[decisions[qi].rule].rule->measure) == 0)
              {
                sum += baogao_annotation_get_double (g_ptr_array_index (quantities, qj), "value", -1);
                n++;
              }
          if (n >= 2 && sum == value)
            decisions[qi].rule = NO_RULE;
        }
    }
}

/* Is the count of @w the one a package decision's title gives, the laws
 * it changes (《关于修改〈X〉等八部地方性法规的决定》): after the nested
 * title of the first of them and 等, with 决定》 soon after? */
static gboolean
in_package_title (const char         *text,
                  const CountWindows *w)
{
  gsize close_at;

  if (!text_word_ends_at (text, 0, w->q_start, "〉等") && !text_word_ends_at (text, 0, w->q_start, "》等"))
    return FALSE;
  close_at = text_find (text, w->q_end, MIN (w->w_end, w->q_end + 24 * 3), "决定》");
  return close_at != G_MAXSIZE;
}

/* A count that names again, as the set the sentence goes on about, a
 * count said before it in its paragraph (制定法规9件、修改法规18件……其中，
 * 修改的18件法规中有11件属于打包修改; 在审议通过的12件法规中): 的 right
 * before it and 中 after its noun, in its window, and an earlier count of
 * the same value decided as the same measure, of the same body and
 * period (not the cities' after the province's). The 中 alone does not do:
 * 审议通过的12件法规中 may be the only place the year's count is said.
 * Without 中, a count after 的 names again one of an earlier sentence of
 * its paragraph (废止3件。……废止了与上位法不一致的3件法规), and so does one
 * closing the titles it names (其中制定4件。制定《A》《B》等4件法规). */
static void
drop_referenced_restatements (const Tables       *tables,
                              const char         *text,
                              GPtrArray          *quantities,
                              const CountWindows *windows,
                              Decision           *decisions)
{
  for (guint qi = 1; qi < quantities->len; qi++)
    {
      const CountWindows *w = &windows[qi];
      gsize in_at, paragraph;

      /* (or after the titles it names, closed by 等: 其中制定4件。制定《A》
       * 《B》等4件法规) */
      if (decisions[qi].rule == NO_RULE || w->q_start < strlen ("的") ||
          !(text_word_ends_at (text, w->q_start - strlen ("的"), w->q_start, "的") ||
            (text_word_ends_at (text, 0, w->q_start, "》等") && !in_package_title (text, w))))
        continue;
      /* (中 within a few characters of the noun: 18件法规中, 12件中) */
      in_at = text_find (text, w->q_end, MIN (w->w_end, w->q_end + 8 * 3), "中");
      for (paragraph = w->q_start; paragraph > 0 && text[paragraph - 1] != '\n'; paragraph--)
        ;
      for (guint qj = qi; qj-- > 0;)
        {
          const CountWindows *v = &windows[qj];

          if (v->q_start < paragraph)
            break;
          if (decisions[qj].rule != NO_RULE && same_count (text, quantities, windows, qj, qi) &&
              decisions[qj].actor == decisions[qi].actor && decisions[qj].period == decisions[qi].period &&
              (in_at != G_MAXSIZE || text_contains (text, v->q_end, w->q_start, "。")) &&
              strcmp (tables->rules[decisions[qj].rule].rule->measure,
                      tables->rules[decisions[qi].rule].rule->measure) == 0)
            {
              decisions[qi].rule = NO_RULE;
              break;
            }
        }
    }
}

/* The longest verb that may open the clause of a part said again (废止,
 * 废止了, 修改了): a few characters */
#define RESTATED_PART_VERB (3 * 3)

/* A part of a breakdown (表决通过23件，其中制定8件、修改12件、废止3件)
 * said again in a later sentence of its paragraph, its verb opening its
 * clause (…；废止3件与上位法不一致的地方性法规): one fact, the part. The
 * two are the same count, decided as the same measure, of the same body
 * and period; the earlier is after 其中 in its sentence, or after the set
 * it breaks down (在通过的19件法规中，制定7件…). Two counts of
 * one measure neither of which is a part (召开座谈会4次……召开论证会4次)
 * stay two. */
static void
drop_parts_restated (const Tables       *tables,
                     const char         *text,
                     GPtrArray          *quantities,
                     const CountWindows *windows,
                     Decision           *decisions)
{
  /* where the paragraph of the current count starts, found going forward
   * (the counts are in text order) */
  gsize paragraph = 0, scanned = 0;

  for (guint qi = 1; qi < quantities->len; qi++)
    {
      const CountWindows *w = &windows[qi];
      gsize opening;
      const char *nl;

      if (decisions[qi].rule == NO_RULE || w->q_start - w->w_start > RESTATED_PART_VERB ||
          w->q_start == w->w_start)
        continue;
      /* (its window opens its clause: a delimiter or the line's start
       * before it) */
      opening = w->w_start;
      if (opening > 0 && text[opening - 1] != '\n' && delimiter_before (text, 0, opening) == 0)
        continue;
      while (scanned < w->q_start && (nl = memchr (text + scanned, '\n', w->q_start - scanned)) != NULL)
        paragraph = scanned = (gsize) (nl - text) + 1;
      scanned = MAX (scanned, w->q_start);
      for (guint qj = qi; qj-- > 0;)
        {
          const CountWindows *v = &windows[qj];
          gsize sentence;

          if (v->q_start < paragraph)
            break;
          if (decisions[qj].rule == NO_RULE || !same_count (text, quantities, windows, qj, qi) ||
              decisions[qj].actor != decisions[qi].actor || decisions[qj].period != decisions[qi].period ||
              strcmp (tables->rules[decisions[qj].rule].rule->measure,
                      tables->rules[decisions[qi].rule].rule->measure) != 0 ||
              !text_contains (text, v->q_end, w->q_start, "。"))
            continue;
          /* (the earlier a part: 其中 before it in its sentence) */
          sentence = paragraph;
          for (gsize at = text_find (text, paragraph, v->q_start, "。"); at != G_MAXSIZE;
               at = text_find (text, at + strlen ("。"), v->q_start, "。"))
            sentence = at + strlen ("。");
          if (text_contains (text, sentence, v->q_start, "其中") ||
              text_contains (text, sentence, v->q_start, "中，"))
            {
              decisions[qi].rule = NO_RULE;
              break;
            }
        }
    }
}

/* A package of amendments counted, then its laws said again as amended
 * in the same sentence, written alike (通过关于修改《X》等十一件法规的决
 * 定，一次性修改法规十一件): one fact, the package's. */
static void
drop_package_said_again (const Tables       *tables,
                         const char         *text,
                         GPtrArray          *quantities,
                         const CountWindows *windows,
                         Decision           *decisions)
{
  for (guint qi = 1; qi < quantities->len; qi++)
    {
      const CountWindows *w = &windows[qi];

      /* (the package said again as one, 一次性修改法规十一件, too) */
      if (decisions[qi].rule == NO_RULE ||
          (strcmp (tables->rules[decisions[qi].rule].rule->measure, "amended") != 0 &&
           strcmp (tables->rules[decisions[qi].rule].rule->measure, "amended_in_package") != 0))
        continue;
      for (guint qj = qi; qj-- > 0;)
        {
          const CountWindows *v = &windows[qj];

          if (v->q_end > w->q_start || text_contains (text, v->q_end, w->q_start, "。") ||
              memchr (text + v->q_end, '\n', w->q_start - v->q_end) != NULL)
            break;
          if (decisions[qj].rule != NO_RULE &&
              strcmp (tables->rules[decisions[qj].rule].rule->measure, "amended_in_package") == 0 &&
              same_count (text, quantities, windows, qj, qi))
            {
              decisions[qi].rule = NO_RULE;
              break;
            }
        }
    }
}

/* How far after a count of comments the clause saying they were sent up
 * may end (bytes): some 20 characters */
#define SENT_UP_REACH (20 * 3)

/* Is @decision a count of drafts of a congress above, the NPC's
 * included, that the congress commented on? */
static gboolean
comments_sent_up_on (const Tables   *tables,
                     const Decision *decision)
{
  const char *measure = tables->rules[decision->rule].rule->measure;

  return strcmp (measure, "higher_drafts_commented") == 0 || strcmp (measure, "national_drafts_commented") == 0;
}

/* Whether one of the @n_collected words of collecting from others occurs
 * in [@start, @end), not as a part of the drafts' name */
static gboolean
collects_between (const char         *text,
                  gsize               start,
                  gsize               end,
                  const char * const *collected,
                  gsize               n_collected)
{
  for (gsize i = 0; i < n_collected; i++)
    for (gsize at = text_find (text, start, end, collected[i]); at != G_MAXSIZE;
         at = text_find (text, at + strlen (collected[i]), end, collected[i]))
      /* (not the drafts' name: 法律草案征求意见稿, 征求意见的法规草案) */
      if (!text_word_at (text, at, end, "征求意见稿") && !text_word_at (text, at, end, "征求意见的") &&
          !text_word_at (text, at, end, "征求我"))
        return TRUE;
  return FALSE;
}

/* The comments the congress put on the drafts of a congress above it,
 * counted in the clause of those drafts (就杭州市人大常委会征求意见的7
 * 件法规草案提出意见建议83条): no comments it collected on drafts. Those
 * it collected from the public on them, through a contact point, are
 * (…11件法规草案收集意见建议320条). */
static void
drop_comments_on_higher_drafts (const Tables       *tables,
                                const char         *text,
                                GPtrArray          *quantities,
                                const CountWindows *windows,
                                Decision           *decisions)
{
  /* (汇总, last, compiles what the congress itself says: not collected
   * from others for what a later clause says was sent up) */
  static const char * const collected[] = { "收集", "征集", "汇集", "征求", "收到", "汇总" };
  /* (…and in a later clause of the sentence, sent back up or put
   * forward: 收到…法规草案征求意见稿13件，组织…研究后反馈意见34条; 对于
   * 省人大常委会征求意见的9件法规草案，常委会组织有关方面认真研究，提出
   * 了意见建议43条) */
  static const char * const sent_up[] = { "反馈", "报送", "回复", "提出" };

  for (guint qi = 1; qi < quantities->len; qi++)
    {
      const CountWindows *v = &windows[qi - 1], *w = &windows[qi];
      gsize clause;

      if (decisions[qi].rule == NO_RULE || decisions[qi - 1].rule == NO_RULE ||
          strcmp (tables->rules[decisions[qi].rule].rule->measure, "public_comments") != 0 ||
          !comments_sent_up_on (tables, &decisions[qi - 1]) ||
          v->q_end > w->q_start ||
          collects_between (text, v->q_end, w->q_start, collected, G_N_ELEMENTS (collected)))
        continue;
      clause = clause_end (text, w->q_start, v->q_end, w->q_start);
      if (clause != w->q_start &&
          (text_contains (text, clause, w->q_start, "。") || has_semicolon (text, clause, w->q_start) ||
           !text_contains_any (text, clause_start (text, clause, w->q_start), w->q_start, sent_up,
                               G_N_ELEMENTS (sent_up))))
        continue;
      decisions[qi].rule = NO_RULE;
    }

  /* …nor those the next clause says were sent up (区人大常委会汇总形成书面
   * 意见79条，按时报送上级人大常委会) */
  for (guint qi = 0; qi < quantities->len; qi++)
    {
      static const char * const sent_to_above[] = {
        "报送上级人大", "报送省人大", "报送市人大", "报送自治区人大", "报送全国人大", "反馈上级人大", "反馈省人大",
        "反馈市人大", "上报上级人大", "上报省人大", "上报市人大",
      };
      const CountWindows *w = &windows[qi];
      gsize after, limit, next;

      /* (not those collected from the public, then sent up: 收集社会各界
       * 意见建议340余条，经梳理上报省人大常委会) */
      if (decisions[qi].rule == NO_RULE ||
          strcmp (tables->rules[decisions[qi].rule].rule->measure, "public_comments") != 0 ||
          strncmp (text + w->q_end, "，", strlen ("，")) != 0 ||
          text_contains_any (text, clause_start (text, w->h_start, w->q_start), w->q_start, collected,
                             G_N_ELEMENTS (collected) - 1))
        continue;
      after = w->q_end + strlen ("，");
      /* (the text ends with a NUL) */
      for (limit = after; limit < after + SENT_UP_REACH && text[limit] != '\0'; limit++)
        ;
      next = clause_end (text, limit, after, limit);
      if (qi + 1 < quantities->len && windows[qi + 1].q_start < next)
        continue;
      if (text_contains_any (text, after, next, sent_to_above, G_N_ELEMENTS (sent_to_above)))
        decisions[qi].rule = NO_RULE;
    }

  /* …nor those of them taken up, after comments of no row in the same
   * sentence that went to the congress above: after its drafts (对省人
   * 大常委会征求意见的11件法规草案提出修改意见建议63条，被吸收采纳的有21
   * 条), or named as whom they went to (向市人大常委会提出修改意见建议61
   * 条，其中19条被采纳) */
  for (guint qi = 1; qi < quantities->len; qi++)
    {
      static const char * const put_to_above[] = {
        "向省人大常委会", "向市人大常委会", "向自治区人大常委会", "向州人大常委会", "向全国人大常委会", "向上级人大",
      };
      const CountWindows *u = &windows[qi - (qi >= 2 ? 2 : 1)], *v = &windows[qi - 1], *w = &windows[qi];
      gsize from;

      /* (a skipped count's window is not set past its count) */
      if (decisions[qi].rule == NO_RULE || decisions[qi - 1].rule != NO_RULE || v->skip ||
          strcmp (tables->rules[decisions[qi].rule].rule->measure, "public_comments_adopted") != 0 ||
          v->q_end > w->q_start || text_contains (text, v->q_end, w->q_start, "。"))
        continue;
      from = clause_start (text, v->h_start, v->q_start);
      if ((qi >= 2 && decisions[qi - 2].rule != NO_RULE && comments_sent_up_on (tables, &decisions[qi - 2]) &&
           u->q_end <= w->q_start && !text_contains (text, u->q_end, w->q_start, "。") &&
           !text_contains_any (text, u->q_end, w->q_start, collected, G_N_ELEMENTS (collected))) ||
          (text_contains_any (text, from, v->q_start, put_to_above, G_N_ELEMENTS (put_to_above)) &&
           !text_contains_any (text, from, v->q_start, collected, G_N_ELEMENTS (collected))))
        decisions[qi].rule = NO_RULE;
    }
}

/* A rate the voters gave their deputies, who reported to them (组织64名
 * 代表向原选区选民述职，接受选民评议，测评满意率均在95%以上): no rate of
 * the committee's appraisals, nor of anything measures.md counts. Not
 * the officials' reports the committee appraised (对6名政府组成人员开展
 * 述职评议，满意率…), which no voters rate. */
static void
drop_voters_ratings (const Tables       *tables,
                     const char         *text,
                     GPtrArray          *quantities,
                     const CountWindows *windows,
                     Decision           *decisions)
{
  for (guint qi = 0; qi < quantities->len; qi++)
    {
      const CountWindows *w = &windows[qi];
      const char *measure;
      gsize from;

      if (decisions[qi].rule == NO_RULE || w->sentence_start == G_MAXSIZE)
        continue;
      measure = tables->rules[decisions[qi].rule].rule->measure;
      if (strcmp (measure, "evaluation_approval_rate") != 0 && strcmp (measure, "satisfaction_rate") != 0)
        continue;
      from = w->sentence_start;
      if (text_contains (text, from, w->q_start, "述职") && text_contains (text, from, w->q_start, "选民"))
        decisions[qi].rule = NO_RULE;
    }
}

/* A package decision's count in its title said again in its sentence
 * (审议通过《关于修改〈X〉等8部地方性法规的决定》，对8部法规进行打包修
 * 改): one fact, whose words outside the title are kept. The two counts
 * are written the same and decided as the same measure. Or a part of a
 * count the section gave before (废止法规5件……通过《关于废止〈X〉等3件
 * 地方性法规的决定》): the year's count is the one before, and the part
 * would be added to it. */
static void
drop_title_restatements (const Tables       *tables,
                         const char         *text,
                         GPtrArray          *quantities,
                         const CountWindows *windows,
                         Decision           *decisions)
{
  for (guint qi = 0; qi < quantities->len; qi++)
    {
      const CountWindows *w = &windows[qi];

      if (decisions[qi].rule == NO_RULE || !in_package_title (text, w))
        continue;
      for (guint qj = 0; qj < quantities->len; qj++)
        {
          const CountWindows *v = &windows[qj];
          gsize from = MIN (v->q_end, w->q_end), to = MAX (v->q_start, w->q_start);

          if (qj == qi || decisions[qj].rule == NO_RULE ||
              strcmp (tables->rules[decisions[qj].rule].rule->measure,
                      tables->rules[decisions[qi].rule].rule->measure) != 0)
            continue;
          /* before it in a section of the same domain, or the same count
           * in one sentence */
          if ((qj < qi && v->section_domain == w->section_domain && v->section_domain >= 0) ||
              (same_count_words (text, v, w) && in_one_sentence (text, from, to)))
            {
              decisions[qi].rule = NO_RULE;
              break;
            }
        }
    }
}

/* The level of the deputies that [@start, @end) names, when they are
 * all of one congress above @own (市人大代表 in a district's report,
 * 省人大代表 in a city's, 全国人大代表 anywhere below the NPC:
 * ACTOR_NPC_DEPUTIES); ACTOR_OWN when none are, or when the own
 * congress's deputies or deputies of every level are named too (各级人大
 * 代表, 省市区三级人大代表). @own_city: the county-level city whose
 * report it is, or NULL. */
static Actor
deputies_above (const char *text,
                gsize       start,
                gsize       end,
                Actor       own,
                const char *own_city)
{
  static const struct { const char *level; Actor actor; } levels[] = {
    { "省", ACTOR_PROVINCIAL }, { "自治区", ACTOR_PROVINCIAL }, { "市", ACTOR_MUNICIPAL },
    { "州", ACTOR_MUNICIPAL }, { "全国", ACTOR_NATIONAL },
  };
  /* the congress's own decisions on deputies: the deputies are their
   * object, not who acts (罢免全国人大代表2名, 补选全国人大代表2名) */
  static const char * const personnel[] = { "罢免", "补选", "选举", "终止", "辞职", "资格" };
  Actor found = ACTOR_OWN;
  gsize at = text_find (text, start, end, "人大代表");

  /* (most windows name no deputies: looked for first) */
  if (at == G_MAXSIZE)
    return ACTOR_OWN;
  if (text_contains_any (text, start, end, personnel, G_N_ELEMENTS (personnel)))
    return ACTOR_OWN;
  for (; at != G_MAXSIZE; at = text_find (text, at + strlen ("人大代表"), end, "人大代表"))
    {
      Actor here = ACTOR_OWN;

      for (guint i = 0; i < G_N_ELEMENTS (levels); i++)
        if (text_word_ends_at (text, start, at, levels[i].level))
          here = levels[i].actor;
      /* (a county-level city's own deputies are 市人大代表) */
      if (own_city && here == ACTOR_MUNICIPAL)
        here = ACTOR_OWN;
      /* (not 三级人大代表, 各级, 市区两级) */
      if (here == ACTOR_OWN || here >= own || (found != ACTOR_OWN && found != here))
        return ACTOR_OWN;
      found = here;
    }
  /* the NPC's deputies: the delegation of the reporting province, or
   * those elected in the city or county (在闽, 驻滇, 在朝阳的) */
  return found == ACTOR_NATIONAL ? ACTOR_NPC_DEPUTIES : found;
}

/* Is the level word at @p said bare, no place's name before it: at
 * @start, after a count (162名区人大代表) or a verb of the congress's
 * (组织区人大代表…)? */
static gboolean
level_said_bare (const char *text,
                 gsize       start,
                 gsize       p)
{
  static const char * const before[] = { "名", "位", "余", "多", "人", "，" };

  return p == start || (guchar) text[p - 1] < 0x80 ||
         text_any_word_ends_at (text, start, p, before, G_N_ELEMENTS (before)) != 0 ||
         text_any_word_ends_at (text, start, p, acts_on_deputies, G_N_ELEMENTS (acts_on_deputies)) != 0;
}

/* The level of the deputies [@start, @end) names first (选出区人大代表
 * 1586名 in a city's report: county; the NPC's deputies below the NPC:
 * ACTOR_NPC_DEPUTIES), for a count whose scope is theirs
 * (TALLY_SCOPE_NAMED_DEPUTIES); ACTOR_OWN when they are the reporting
 * congress's, of several levels (县乡两级: the higher), or unnamed. */
static Actor
named_deputies_level (const char *text,
                      gsize       start,
                      gsize       end,
                      Actor       own,
                      const char *own_city)
{
  /* longest first where one ends another */
  static const struct { const char *level; Actor actor; } levels[] = {
    { "县乡两级", ACTOR_COUNTY }, { "县乡", ACTOR_COUNTY },
    /* (a county-level city's or a district's own and its towns': 市镇人大代
     * 表, 区镇) */
    { "市镇", ACTOR_COUNTY }, { "市乡", ACTOR_COUNTY }, { "区镇", ACTOR_COUNTY }, { "区街", ACTOR_COUNTY },
    /* districts and county-level cities together (区市人大代表, 县市区) */
    { "区市县", ACTOR_COUNTY }, { "县市区", ACTOR_COUNTY }, { "区市", ACTOR_COUNTY }, { "县市", ACTOR_COUNTY },
    { "区县", ACTOR_COUNTY }, { "县区", ACTOR_COUNTY },
    /* counties and the cities of their rank (区、县（市）人大代表, 县（市、
     * 区）人大代表) */
    { "（市）", ACTOR_COUNTY }, { "（市、区）", ACTOR_COUNTY }, { "（区、市）", ACTOR_COUNTY },
    { "(市)", ACTOR_COUNTY }, { "(市、区)", ACTOR_COUNTY }, { "(区、市)", ACTOR_COUNTY },
    /* (区（县）, 县（区）, 区（县、市）人大代表) */
    { "（县）", ACTOR_COUNTY }, { "（区）", ACTOR_COUNTY }, { "（县、市）", ACTOR_COUNTY },
    { "（县、区）", ACTOR_COUNTY }, { "（区、县）", ACTOR_COUNTY }, { "(县)", ACTOR_COUNTY },
    { "(区)", ACTOR_COUNTY }, { "(县、市)", ACTOR_COUNTY },
    /* cities with the prefectures of their rank (市（州）人大代表) */
    { "（州）", ACTOR_MUNICIPAL }, { "(州)", ACTOR_MUNICIPAL },
    /* townships with the subdistricts of their rank (镇（街道）人大代表) */
    { "（街道）", ACTOR_TOWNSHIP }, { "(街道)", ACTOR_TOWNSHIP }, { "（街）", ACTOR_TOWNSHIP },
    { "镇街", ACTOR_TOWNSHIP },
    /* a level named by its rank (选出县级人大代表1.9万名) */
    { "省级", ACTOR_PROVINCIAL }, { "市级", ACTOR_MUNICIPAL }, { "县级", ACTOR_COUNTY },
    { "乡级", ACTOR_TOWNSHIP }, { "乡镇级", ACTOR_TOWNSHIP }, { "镇级", ACTOR_TOWNSHIP },
    { "自治区", ACTOR_PROVINCIAL }, { "省", ACTOR_PROVINCIAL }, { "自治州", ACTOR_MUNICIPAL },
    { "市", ACTOR_MUNICIPAL }, { "州", ACTOR_MUNICIPAL }, { "盟", ACTOR_MUNICIPAL },
    { "县", ACTOR_COUNTY }, { "区", ACTOR_COUNTY }, { "旗", ACTOR_COUNTY },
    { "乡镇", ACTOR_TOWNSHIP }, { "镇乡", ACTOR_TOWNSHIP }, { "乡", ACTOR_TOWNSHIP }, { "镇", ACTOR_TOWNSHIP },
    { "街道", ACTOR_TOWNSHIP },
    /* (Inner Mongolia's townships: 苏木乡镇人大代表) */
    { "苏木", ACTOR_TOWNSHIP },
  };
  gsize at;

  /* the NPC's deputies, whichever way they are named (全国人大代表, 出席
   * 十四届全国人大的代表): the province's or city's delegation */
  if (text_contains (text, start, end, "全国人大") || text_contains (text, start, end, "全国人民代表大会"))
    return own > ACTOR_NATIONAL ? ACTOR_NPC_DEPUTIES : ACTOR_OWN;
  /* the deputies named last before the count: 补选县人大代表4名、乡镇人
   * 大代表11名 counts the township's second */
  /* (or named in full: 乡镇人民代表大会代表1153名) */
  at = text_find (text, start, end, "人大代表");
  for (gsize next; at != G_MAXSIZE && (next = text_find (text, at + strlen ("人大代表"), end, "人大代表")) != G_MAXSIZE; )
    at = next;
  {
    gsize full = text_find (text, start, end, "人民代表大会代表");

    for (gsize next; full != G_MAXSIZE &&
                     (next = text_find (text, full + strlen ("人民代表大会代表"), end, "人民代表大会代表")) != G_MAXSIZE; )
      full = next;
    if (full != G_MAXSIZE && (at == G_MAXSIZE || full > at))
      at = full;
  }
  if (at == G_MAXSIZE)
    return ACTOR_OWN;
  /* deputies of every level (1.2万名各级人大代表; levels listed, 市、县、乡
   * 三级, are read below) */
  if (text_word_ends_at (text, start, at, "各级"))
    return ACTOR_EVERY_LEVEL;
  /* deputies of several levels listed (市、县、乡人大代表): the highest's,
   * as of two (县乡两级) */
  {
    static const struct { const char *level; Actor actor; } listed[] = {
      { "省", ACTOR_PROVINCIAL }, { "市", ACTOR_MUNICIPAL }, { "州", ACTOR_MUNICIPAL }, { "县", ACTOR_COUNTY },
      { "区", ACTOR_COUNTY }, { "乡", ACTOR_TOWNSHIP }, { "镇", ACTOR_TOWNSHIP },
    };
    Actor highest = ACTOR_EVERY_LEVEL;
    gsize p = at, n;
    guint named = 0;

    while (p > start)
      {
        if (text_word_ends_at (text, start, p, "、"))
          {
            p -= strlen ("、");
            continue;
          }
        n = 0;
        for (guint i = 0; i < G_N_ELEMENTS (listed) && n == 0; i++)
          if (text_word_ends_at (text, start, p, listed[i].level))
            {
              n = strlen (listed[i].level);
              highest = MIN (highest, listed[i].actor);
            }
        if (n == 0)
          break;
        p -= n;
        named++;
      }
    if (named >= 2 && text_find (text, p, at, "、") != G_MAXSIZE)
      {
        if ((own_city && highest == ACTOR_MUNICIPAL) || highest == own)
          return ACTOR_OWN;
        return highest;
      }
  }
  for (guint i = 0; i < G_N_ELEMENTS (levels); i++)
    if (text_word_ends_at (text, start, at, levels[i].level))
      {
        /* (a county-level city's own deputies are 市人大代表; an
         * autonomous region's, 区人大代表, 区 said bare) */
        if ((own_city && levels[i].actor == ACTOR_MUNICIPAL) || levels[i].actor == own ||
            (own == ACTOR_PROVINCIAL && strcmp (levels[i].level, "区") == 0 &&
             level_said_bare (text, start, at - strlen ("区"))))
          return ACTOR_OWN;
        return levels[i].actor;
      }
  return ACTOR_OWN;
}

/* Are [@start, @end) one title and nothing else (《立法动态》)? */
static gboolean
words_are_title (const char *text,
                 gsize       start,
                 gsize       end)
{
  return end - start > strlen ("《》") && text_word_at (text, start, end, "《") &&
         text_word_ends_at (text, start, end, "》") &&
         text_find (text, start + strlen ("《"), end - strlen ("》"), "》") == G_MAXSIZE;
}

/* Are [@start, @end) a body's name and nothing else (市检察院, 区法院)? */
static gboolean
words_are_body (const char *text,
                gsize       start,
                gsize       end)
{
  return end > start && end - start <= 8 * 3 &&
         text_any_word_ends_at (text, start, end, list_bodies, G_N_ELEMENTS (list_bodies)) != 0 &&
         !opens_with_verb (text, start, end);
}

/* Do [@start, @end) name a congress (人大, 人代会)? */
static gboolean
names_congress (const char *text,
                gsize       start,
                gsize       end)
{
  return text_contains (text, start, end, "人大") || text_contains (text, start, end, "人代会");
}

/* Where the verb starts after a phrase at @p saying when or under whom
 * (在全国人大会议期间提出…, 在十四届全国人大一次会议上提出…, 在全国人大常
 * 委会组织下开展…), or @p when there is none: a congress named in it
 * is no subject. */
static gsize
skip_when_said (const char *text,
                gsize       p,
                gsize       end)
{
  static const char * const ends[] = { "期间", "会议上", "会上", "组织下", "领导下", "带领下", "支持下", "指导下" };

  if (!text_word_at (text, p, end, "在"))
    return p;
  for (gsize q = p + strlen ("在"), n = 0; q < end && n < 24; q += g_utf8_skip[(guchar) text[q]], n++)
    {
      gsize k;

      if (delimiter_at (text, q, end) > 0)
        break;
      if ((k = text_any_word_at (text, q, end, ends, G_N_ELEMENTS (ends))) != 0 &&
          clause_verb_at (text, q + k, end) != 0)
        return q + k;
    }
  return p;
}

/* How far a clause may open with the session or time something was done
 * at, 期间 closing it (bytes): some 16 characters, 十四届全国人大一次会议期间 */
#define DURING_REACH (16 * 3)

/* Does the clause [@start, @end) open with its verb, naming no one who
 * acts (开展代表小组活动九百余次, 共票决…)? */
static gboolean
opens_with_verb (const char *text,
                 gsize       start,
                 gsize       end)
{
  gsize p = start, n = 0;

  /* an item's number first (四是召开…, 4.组织…) */
  p += item_number_at (text, p, end);
  /* a year first (2022年提出议案1件) */
  if (year_written_at (text, p, end, &n) != 0 && text_word_at (text, p + n, end, "年"))
    p += n + strlen ("年");
  /* (or the years it counts: 五年来在全国人代会上提出议案118件) */
  p += text_any_word_at (text, p, end, frames_said, G_N_ELEMENTS (frames_said));
  /* (or a session it was done at: 十四届全国人大一次会议期间提出议案建议
   * 312件) */
  {
    gsize during = text_find (text, p, MIN (end, p + DURING_REACH), "期间");

    /* (a session, named alone or after 在: not who acts before it,
     * 常委会在疫情期间…, 省人大代表在两会期间…) */
    if (during != G_MAXSIZE && text_find (text, p, during, "，") == G_MAXSIZE &&
        text_word_ends_at (text, p, during, "会议") &&
        (text_find (text, p, during, "在") == G_MAXSIZE || text_word_at (text, p, during, "在")))
      p = during + strlen ("期间");
  }
  p += text_any_word_at (text, p, end, clause_adverbs, G_N_ELEMENTS (clause_adverbs));
  return clause_verb_at (text, skip_when_said (text, p, end), end) != 0;
}

/* The rule of one item of a list that a count is said for: its own
 * words [@start, @end), the words the items share that are not in it
 * ([@p_start, @p_end) and [@s_start, @s_end), when not empty), the words
 * from the shared @marker (均, 各 and a verb) to the count, the window
 * after the count and the head of its clause. Reads from @cursor, a
 * cursor of the count's reading. */
static guint
choose_for_item (Decider            *d,
                 const CountWindows *w,
                 guint               cursor,
                 gsize               start,
                 gsize               end,
                 gsize               p_start,
                 gsize               p_end,
                 gsize               s_start,
                 gsize               s_end,
                 gsize               marker,
                 CountUnit          *unit)
{
  guint c = cursor, after, shared;

  begin_count (d, w->q_start, w->q_end);
  after = read_cues (d, &c, start, end, SCAN_BEFORE);
  shared = c;
  if (p_start < p_end)
    read_cues (d, &shared, p_start, p_end, SCAN_BEFORE);
  shared = c;
  if (s_start < s_end)
    read_cues (d, &shared, s_start, s_end, SCAN_BEFORE);
  /* the verb said once for all the items, after 均 or 各 (办结率、满意率均
   * 为100%: 为) */
  shared = c;
  if (marker < w->q_start)
    read_cues (d, &shared, marker, w->q_start, SCAN_BEFORE);
  c = MAX (c, after);
  read_cues (d, &c, w->q_end, w->w_end, SCAN_AFTER);
  c = cursor;
  read_cues (d, &c, w->h_start, w->w_start, SCAN_HEAD);
  return choose (d, w->section_domain, G_MAXUINT, unit);
}

/* A count said once for each item of the list before it, after 均, 各
 * or 都 (办结率、面商率均达到100%; 修订、废止单行条例各1件; 新建和提档升级代
 * 表联络站各20个), counts each item's measure: returns the first item's
 * rule and puts the others' in @decision's `also`, when every item has a
 * measure of its own, of any domain (@any_domain: a total, none of its
 * items' measures, for which `also` holds only the first one that differs
 * from the first item's); else returns @best, the count's rule as
 * its whole window decided it. After, the span fields of the returned
 * rule's state (first_start, last_end) are its own; the rest of the
 * decider's state is the last item's reading. */

/* Are the items ending at @a and @b both meetings (主任会议、秘书长办公
 * 会议)? Meetings of different bodies are different measures, where
 * drafts of laws and of decisions are all drafts deliberated. */
static gboolean
both_meetings (const char *text,
               gsize       a,
               gsize       b)
{
  return text_word_ends_at (text, 0, a, "会议") && text_word_ends_at (text, 0, b, "会议");
}

static guint
choose_shared (Decider            *d,
               const CountWindows *w,
               gsize               marker,
               guint               cursor,
               CountUnit          *unit,
               guint               best,
               gboolean            any_domain,
               Decision           *decision)
{
  /* the levels of congresses, said short in a list (省、市人大常委会) */
  static const char * const levels[] = { "省", "市", "县", "区", "州", "乡", "镇" };
  const CompiledRule *rules = d->tables->rules;
  gsize bounds[MAX_SHARED + 1], ends[MAX_SHARED], starts[MAX_SHARED];
  gsize prefix_len, suffix_len;
  gsize best_start = d->state[best].first_start, best_end = d->state[best].last_end;
  guint chosen[MAX_SHARED], n = 0, n_undecided = 0;

  gsize list_start = topics_closed_before (d->text, w->w_start, marker);

  /* the most items the list splits into (A、B和C: three), the split
   * left in @bounds and @ends */
  for (guint max = MAX_SHARED; max >= 2 && n == 0; max--)
    if (split_items (d->text, list_start, marker, bounds, ends, max) == max)
      n = max;
  if (n < 2)
    return best;
  /* (a total of what bodies joined in the list did: 备案审查市政府和县人
   * 大常委会报备的规范性文件共52件; not 法律解释和有关法律问题的决定) */
  if (any_domain &&
      (text_any_word_ends_at (d->text, bounds[0], ends[0], list_bodies, G_N_ELEMENTS (list_bodies)) != 0 ||
       /* (…or the levels of congresses said short: 共收到省、市人大常委会法
        * 规草案征求意见稿63件) */
       (text_any_word_ends_at (d->text, bounds[0], ends[0], levels, G_N_ELEMENTS (levels)) != 0 &&
        text_find (d->text, bounds[1], ends[1], "人大") != G_MAXSIZE)))
    return best;
  items_shared_words (d->text, bounds, ends, n, any_domain, &prefix_len, &suffix_len);

  /* (the first item last: its state is the decision's) */
  for (guint k = n; k-- > 0;)
    {
      chosen[k] = choose_for_item (d, w, cursor, bounds[k], ends[k],
                                   k > 0 ? bounds[0] : 0, k > 0 ? bounds[0] + prefix_len : 0,
                                   k + 1 < n ? ends[n - 1] - suffix_len : 0, k + 1 < n ? ends[n - 1] : 0,
                                   marker, unit);
      /* (in a list said with 均 or 各, words the last item says after
       * the others' length are its own when they make an item before it
       * its measure: 新招录公务员、选派干部到基层挂职锻炼各9名 — 挂职锻炼 is
       * the second's; a total's may be every item's, 党组会议、主任会议、
       * 常委会会议开展“第一议题”学习共计140余次) */
      if (!any_domain && k + 1 < n && suffix_len > 0 && chosen[k] != NO_RULE && chosen[n - 1] != NO_RULE &&
          strcmp (rules[chosen[k]].rule->measure, rules[chosen[n - 1]].rule->measure) == 0)
        chosen[k] = choose_for_item (d, w, cursor, bounds[k], ends[k],
                                     k > 0 ? bounds[0] : 0, k > 0 ? bounds[0] + prefix_len : 0, 0, 0,
                                     marker, unit);
      /* (a total of meetings, one of them of no measure: 召开主任会议、秘
       * 书长办公会议共计150余次 is none of them) */
      if (chosen[k] == NO_RULE)
        {
          for (guint j = 0; any_domain && j < n; j++)
            if (j != k && both_meetings (d->text, ends[k], ends[j]))
              {
                d->state[best].first_start = best_start;
                d->state[best].last_end = best_end;
                return NO_RULE;
              }
          /* (a total is none of its items' measures once two of them
           * differ, whatever the others: 听取审议报告、开展执法检查、专题调
           * 研共计24次) */
          if (any_domain)
            {
              n_undecided++;
              continue;
            }
          goto whole;
        }
      /* (a list said with 均 or 各 needs a measure of its own for every
       * item, of any domain: 主任会议、党组会议各召开14次; one totalled is
       * none of them as soon as two differ: 开展执法检查、专题调研、视察共26
       * 次) */
      for (guint j = k + 1; j < n; j++)
        if (!any_domain && strcmp (rules[chosen[j]].rule->measure, rules[chosen[k]].rule->measure) == 0)
          goto whole;
      starts[k] = MAX (MIN (w->q_start, d->state[chosen[k]].first_start), bounds[k]);
    }

  /* (a total is none of them once two items' measures differ; with an
   * item of no measure, only when every item is an act, a verb in it or an
   * activity closing it: 法律、决定草案和法律解释草案37件 are drafts, 常委
   * 会会议、主任会议…学习共26次 is study). The caller needs no more than
   * the first item and the one that differs. */
  if (any_domain)
    {
      guint first = G_MAXUINT;

      for (guint k = 0; n_undecided > 0 && k < n; k++)
        if (!text_contains_any (d->text, bounds[k], ends[k], clause_verbs, G_N_ELEMENTS (clause_verbs)) &&
            text_any_word_ends_at (d->text, bounds[k], ends[k], listed_activities, G_N_ELEMENTS (listed_activities)) == 0)
          goto whole;
      for (guint k = 0; k < n; k++)
        {
          if (chosen[k] == NO_RULE)
            continue;
          if (first == G_MAXUINT)
            first = k;
          else if (strcmp (rules[chosen[k]].rule->measure, rules[chosen[first]].rule->measure) != 0)
            {
              decision->also[0] = chosen[k];
              decision->also_start[0] = starts[k];
              if (MAX_SHARED > 2)
                decision->also[1] = NO_RULE;
              return chosen[first];
            }
        }
      goto whole;
    }
  for (guint k = 1; k < n; k++)
    {
      decision->also[k - 1] = chosen[k];
      decision->also_start[k - 1] = starts[k];
    }
  if (n < MAX_SHARED)
    decision->also[n - 1] = NO_RULE;
  return chosen[0];

whole:
  d->state[best].first_start = best_start;
  d->state[best].last_end = best_end;
  return best;
}

/* Whether the words [@start, @end) before a count only name what it
 * counts (镇人大代表): no verb of their own, nor a word that tells what
 * became of the things the clause before counted (已获批准5件, 其中…,
 * 涉及…, 被…) or that the count is all there are (总数达到22件). */
static gboolean
names_only (const char *text,
            gsize       start,
            gsize       end)
{
  static const char * const not_names[] = {
    "已", "获", "被", "经", "涉及", "报送", "其中", "共", "均", "占", "累计", "全部",
    /* (a stock: 废止2件，法规总数达到22件) */
    "总数", "总量", "达到", "增至", "增加到",
  };

  return start < end && !opens_with_verb (text, start, end) &&
         !text_contains_any (text, start, end, not_names, G_N_ELEMENTS (not_names));
}

/* Whether the count at @q_start is a share said alone of the ones the
 * clause before it names (代表表示满意和基本满意的，占98.5%): its own
 * words [@w_start, @q_start) are only 占 (占比, 约占…) and the clause
 * before, [@e_start, @h_start), ends with 的. */
static gboolean
share_of_topic (const char *text,
                gsize       e_start,
                gsize       h_start,
                gsize       w_start,
                gsize       q_start)
{
  static const char * const shares[] = { "占比为", "占比达", "占比", "占到", "约占", "占" };
  gsize n = text_any_word_at (text, w_start, q_start, shares, G_N_ELEMENTS (shares));
  gsize d;

  if (n == 0 || w_start + n != q_start || h_start < e_start + 3)
    return FALSE;
  d = text[h_start - 1] == ',' ? 1 : 3;
  return h_start >= e_start + d + 3 && text_word_ends_at (text, e_start, h_start - d, "的");
}

/* Do the words [@start, @end) of a list's item name a congress (人大,
 * 常委会) or deputies of their own, as who acts? Deputies right after
 * the congress's verb are whom it acts on (各乡镇人大开展执法检查14次、组
 * 织代表视察23次: 组织代表), no actor of the item's own. */
static gboolean
names_own_actor (const char *text,
                 gsize       start,
                 gsize       end)
{
  static const char * const bodies[] = { "人大", "常委会" };

  if (text_contains_any (text, start, end, bodies, G_N_ELEMENTS (bodies)))
    return TRUE;
  for (gsize at = text_find (text, start, end, "代表"); at != G_MAXSIZE;
       at = text_find (text, at + strlen ("代表"), end, "代表"))
    if (text_any_word_ends_at (text, start, at, acts_on_deputies, G_N_ELEMENTS (acts_on_deputies)) == 0)
      return TRUE;
  return FALSE;
}

/* Decides every count of the document: fills @decisions (one per
 * quantity). */
static gboolean
decide (const Tables    *tables,
        BaogaoDocument  *document,
        const char      *scope,
        GPtrArray       *quantities,
        Decision        *decisions,
        GCancellable    *cancellable,
        GError         **error)
{
  /* the reporting city's or county's own laws, named so */
  static const char * const own_laws[] = { "我市", "本市", "我州", "本州", "我县", "本县", "我区", "我盟" };
  g_autofree CountWindows *windows = g_new (CountWindows, quantities->len);
  g_autoptr(GPtrArray) titles = NULL;
  Decider *d;
  /* the year reported, or 0 */
  gint year;
  /* where the reads of the counts' clauses, of their sentences'
   * subjects and of their lists' tails are, in d->hits: each kind of
   * read moves forward on its own (the tail of a long list is far ahead
   * of its items, so sharing a cursor would walk back over the whole
   * list for every item) */
  guint cursor = 0, subject_cursor = 0, tail_cursor = 0, head_cursor, after_cursor, n_own;
  /* the last count decided */
  guint last = G_MAXUINT;
  /* the sentence an earlier count of which another domain's plain words
   * took from its section's (see below), and that domain */
  gsize lent_sentence = G_MAXSIZE;
  int lent_domain = -1;
  /* the sentence whose subject was read last, and who it names */
  gsize subject_read = G_MAXSIZE, subject_read_end = G_MAXSIZE;
  Actor subject_actor = ACTOR_OWN;
  /* the words that name who acts, in a clause before a sentence's
   * subject */
  static const char * const actors_named[] = { "人大", "人代会", "党组", "常委会", "代表", "主任", "书记", "成员", "委员" };
  /* the domain of deputies' counts, whose deputies may be another
   * congress's */
  int representation = domain_index (tables, "representation");

  Actor own = document_level (scope);
  /* a county-level city's report (温岭市): 市人大常委会 and 市人大代表 are
   * its own */
  const char *region = baogao_document_get_metadata (document, "region");
  const char *own_city = own == ACTOR_COUNTY && region != NULL && g_str_has_suffix (region, "市") ? region : NULL;

  if (!find_windows (tables, document, quantities, windows, cancellable, error))
    return FALSE;
  split_respective_lists (baogao_document_get_text (document), quantities, windows);
  share_apposed_counts (quantities, windows);

  ensure_cues ();
  d = get_decider (tables);
  d->text = baogao_document_get_text (document);
  year = (gint) baogao_document_get_metadata_int (document, "year_reported", 0);
  d->n_hits = 0;
  scan_stretches (d, windows, quantities->len);
  titles = baogao_document_get_annotations (document, "citation");
  drop_hits_in_titles (d, titles, windows, quantities->len);
  drop_hits_in_inclusions (d, windows, quantities->len);

  for (guint qi = 0; qi < quantities->len; qi++)
    {
      const CountWindows *w = &windows[qi];
      CountUnit unit = { g_ptr_array_index (quantities, qi), NULL, FALSE, FALSE, FALSE, NULL, NULL };
      gsize marker;
      guint best, pointed;

      decisions[qi].rule = NO_RULE;
      decisions[qi].unit_read = FALSE;
      decisions[qi].also[0] = NO_RULE;
      decisions[qi].actor = ACTOR_OWN;
      if (w->skip)
        continue;
      /* a count pointed back to, tallied just before (立案3件。这3件议案
       * 由…并案形成): no count of its own, unless it counts the next
       * step of laws passed, their sending up (表决通过法规3件，这3件法规
       * 报请省人大常委会审查批准, see below) */
      pointed = points_back (d->text, quantities, windows, decisions, qi);

      begin_count (d, w->q_start, w->q_end);
      /* the clause head is read back from the window's start, and the
       * window after the count from where the one before it ended: no
       * cue is walked over twice. The count's own windows first: the
       * rules they touch are the first n_own (see below). */
      after_cursor = read_cues (d, &cursor, w->w_start, w->own_end, SCAN_BEFORE);
      head_cursor = cursor;
      if (G_UNLIKELY (w->prefix_start < w->prefix_end || w->suffix_start < w->suffix_end ||
                      w->verb_start < w->verb_end))
        {
          guint shared = cursor;

          read_cues (d, &shared, w->prefix_start, w->prefix_end, SCAN_BEFORE);
          read_cues (d, &shared, w->suffix_start, w->suffix_end, SCAN_BEFORE);
          if (w->verb_start < w->verb_end)
            read_cues (d, &shared, w->verb_start, w->verb_end, SCAN_BEFORE);
        }
      cursor = MAX (cursor, after_cursor);
      read_cues (d, &cursor, w->q_end, w->w_end, SCAN_AFTER);
      n_own = d->n_touched;
      read_cues (d, &head_cursor, w->h_start, w->w_start, SCAN_HEAD);
      if (tables->subjects_by_word)
        read_cues_in (d, d->subject_hits, d->n_subject_hits, &subject_cursor,
                      w->subject_start, w->subject_end, SCAN_SUBJECT);
      else
        read_cues (d, &subject_cursor, w->subject_start, w->subject_end, SCAN_SUBJECT);

      if (d->n_touched == 0 && w->tail_start == w->tail_end && w->e_start >= w->h_start)
        continue;

      best = choose (d, w->section_domain, G_MAXUINT, &unit);
      while (best != NO_RULE && w->subject_start < w->subject_end && w->subject_end < w->h_start &&
             vetoed_between (tables, d->text, best, clause_before (d->text, w->subject_end, w->h_start, windows, qi),
                             w->h_start))
        {
          forget_complete (d, best);
          best = choose (d, w->section_domain, G_MAXUINT, &unit);
        }

      /* A count its own words leave undecided may take its words from
       * after the last count of its list, for `$` groups: in 对4部法律、
       * 3部法规开展执法检查 the activity is said once for both; in 听取
       * 5个专项工作报告及2次专题询问 the first count has its own. */
      if (best == NO_RULE && w->tail_start < w->tail_end)
        {
          /* the tail is after the count's clause: start from there
           * rather than from the previous list's tail */
          tail_cursor = MAX (tail_cursor, cursor);
          read_cues (d, &tail_cursor, w->tail_start, w->tail_end, SCAN_TAIL);
          best = choose (d, w->section_domain, G_MAXUINT, &unit);
        }

      /* A count said of the topic the clause before names (…法律草案，
       * 经研究提出修改意见的有23部) reads that clause as its own words
       * when its own decide nothing. */
      if (best == NO_RULE && w->topic_start != G_MAXSIZE)
        {
          guint topic_cursor = head_cursor;

          read_cues (d, &topic_cursor, w->topic_start, w->w_start, SCAN_BEFORE);
          best = choose (d, w->section_domain, G_MAXUINT, &unit);
        }

      /* A later item of a list whose own words name only the object
       * reads the verb at the head of its clause, said once for the
       * list: 制定经济特区法规3件、设区的市法规2件. The rule must still
       * be one the item's own words touched (its object), so that the
       * head lends a verb to what the item names, not its own measure
       * to whatever follows it (走访企业120家、座谈会31次); an item with
       * a verb of its own was decided above (制定法规9件、修改12件). */
      /* (not to an item with a verb of its own that its words leave
       * undecided: 包括制定法律47件、…、作出法律解释和有关法律问题的决定53
       * 件) */
      if (best == NO_RULE && n_own > 0 && w->h_start < w->w_start && !opens_with_verb (d->text, w->w_start, w->q_start))
        {
          gsize own_start = w->w_start;

          read_cues (d, &head_cursor, w->h_start, w->w_start, SCAN_BEFORE);
          best = choose (d, w->section_domain, n_own, &unit);
          /* the span is the item's, not the head's */
          while (own_start < w->q_start && (d->text[own_start] == ' ' ||
                                            text_word_at (d->text, own_start, w->q_start, "\u3000")))
            own_start += d->text[own_start] == ' ' ? 1 : 3;
          if (best != NO_RULE && d->state[best].first_start < own_start)
            d->state[best].first_start = own_start;
        }

      /* An elliptic clause left undecided reads the clause before it,
       * for `^` and `<` groups: 审查规范性文件186件，纠正4件. */
      if (best == NO_RULE && w->e_start < w->h_start)
        {
          guint before = head_cursor;
          /* (a total over years saying the verb of the clause before
           * again: see frame_total_of_verb_before ()) */
          gboolean over_years = frame_total_of_verb_before (d->text, w->e_start, w->w_start, w->q_start);

          read_cues (d, &head_cursor, w->e_start, w->h_start, SCAN_HEAD);
          best = choose (d, w->section_domain, G_MAXUINT, &unit);
          /* …and one that only totals what the sentence before it names
           * (…报请省人大常委会批准的法规，合计7件; 听取和审议…工作报告，以
           * 及…专项工作报告，全年共计21个: see find_windows ()) reads it
           * as its own words; not a sum of the counts before it (代表提出
           * 议案9件、建议619件，共628件) */
          /* (…and one that only names the year, the year's part of the
           * total of years before it, reads that clause as its own words:
           * 共听取和审议专项工作报告38个，其中2024年21个) */
          if (best == NO_RULE && only_names_year (d->text, w->w_start, w->q_start, year))
            {
              read_cues (d, &before, w->e_start, w->h_start, SCAN_BEFORE);
              best = choose (d, w->section_domain, G_MAXUINT, &unit);
            }
          /* (…or is the whole of its clause: 收到的理论文章，一百五十余篇;
           * or only its share: 代表表示满意的，占98.5%) */
          else if (best == NO_RULE && (only_totals (d->text, w->w_start, w->q_start) ||
                                       over_years || (w->w_start == w->q_start && w->w_end == w->q_end) ||
                                       share_of_topic (d->text, w->e_start, w->h_start, w->w_start, w->q_start)))
            {
              gsize from = w->e_start;

              /* (…or the clause right before it, of no count of its own,
               * when the sentence's counts before are tallies: 邀请代表列
               * 席常委会会议180人次，组织代表参加专题调研、视察，共计1300余
               * 人次) */
              if (tallies_between (windows, decisions, qi, from) && w->w_start > from + 3)
                {
                  /* (the delimiter before the clause, of one byte or three) */
                  const char *delimiter = g_utf8_find_prev_char (d->text + from, d->text + w->w_start);

                  from = clause_start (d->text, from, delimiter != NULL ? (gsize) (delimiter - d->text) : from);
                }
              if (!tallies_between (windows, decisions, qi, from))
                {
                  read_cues (d, &before, from, w->h_start, SCAN_BEFORE);
                  best = choose (d, w->section_domain, G_MAXUINT, &unit);
                }
              /* (…unless it counts the same over the years, the count
               * before the year's part of it: 开展执法检查6次，三年来累计
               * 开展42次; its span is its own clause) */
              else if (over_years)
                {
                  read_cues (d, &before, from, w->h_start, SCAN_BEFORE);
                  best = choose (d, w->section_domain, G_MAXUINT, &unit);
                  if (best != NO_RULE)
                    d->state[best].first_start = MAX (d->state[best].first_start, w->w_start);
                }
            }

        }

      /* A sentence whose count another domain's plain words took
       * (共审议法律案37件 in a section on the Party's leadership, the
       * heading having misled its topic) is about that domain's work:
       * its later counts that the section's domain leaves undecided
       * are read as if in a section of that domain (通过其中的29件),
       * by their own words (the first n_own rules touched). */
      if (best == NO_RULE && lent_domain >= 0 && w->sentence_start == lent_sentence)
        best = choose (d, lent_domain, n_own, &unit);
      else if (best != NO_RULE && !w->each && w->section_domain >= 0 && w->sentence_start != G_MAXSIZE &&
               (int) tables->rules[best].domain != w->section_domain && !tables->rules[best].rule->anywhere)
        {
          lent_sentence = w->sentence_start;
          lent_domain = tables->rules[best].domain;
        }

      /* A later item of a list whose own words are a title only (编发
       * 《人大信息》96期、《立法动态》24期), or a body only (听取和审议市政
       * 府专项工作报告10个、市检察院2个), counts what the item before it
       * counted, in the same unit. */
      if (best == NO_RULE && qi > 0 && last == qi - 1 && windows[last].h_start == w->h_start &&
          (words_are_title (d->text, w->w_start, w->q_start) ||
           (text_word_at (d->text, windows[last].q_end, w->w_start, "、") &&
            words_are_body (d->text, w->w_start, w->q_start))) &&
          g_strcmp0 (baogao_annotation_get_string (g_ptr_array_index (quantities, last), "unit"),
                     baogao_annotation_get_string (unit.quantity, "unit")) == 0)
        {
          best = decisions[last].rule;
          d->state[best].first_start = w->w_start;
          d->state[best].last_end = w->q_end;
        }
      /* A count right after another, only 、 between them, in another
       * unit its rule accepts: the same fact counted another way (接待来
       * 访1.1万批次、2.3万人次; 780余场次、4600余人次). */
      else if (best == NO_RULE && qi > 0 && last == qi - 1 && decisions[last].rule != NO_RULE &&
               w->q_start == windows[last].q_end + strlen ("、") &&
               text_word_at (d->text, windows[last].q_end, w->q_start, "、") &&
               g_strcmp0 (baogao_annotation_get_string (g_ptr_array_index (quantities, last), "unit"),
                          baogao_annotation_get_string (unit.quantity, "unit")) != 0 &&
               unit_accepted (&tables->rules[decisions[last].rule], &unit))
        {
          best = decisions[last].rule;
          d->state[best].first_start = w->q_start;
          d->state[best].last_end = w->q_end;
        }

      /* An elliptic clause that only names what it counts, a count of
       * the clause before it decided (选举产生区人大代表286名，镇人大代表
       * 412名), takes that clause's verb for its own words, as a later
       * item of a list does its head's (above) */
      if (best == NO_RULE && n_own > 0 && w->e_start < w->h_start && qi > 0 &&
          decisions[qi - 1].rule != NO_RULE && windows[qi - 1].q_start >= w->e_start &&
          names_only (d->text, w->w_start, w->q_start))
        {
          guint c = head_cursor;

          read_cues (d, &c, w->e_start, w->h_start, SCAN_BEFORE);
          best = choose (d, w->section_domain, n_own, &unit);
          /* (the same measure as the count before, of another object) */
          if (best != NO_RULE &&
              strcmp (tables->rules[best].rule->measure, tables->rules[decisions[qi - 1].rule].rule->measure) != 0)
            best = NO_RULE;
        }

      /* one count said for each item of a list before it */
      if (best != NO_RULE && w->w_start < w->own_end &&
          (marker = shared_marker_before (d->text, w->w_start, w->own_end)) != G_MAXSIZE)
        best = choose_shared (d, w, marker, head_cursor, &unit, best, FALSE, &decisions[qi]);
      /* (with 各, no total of one measure: 法院和检察院专项工作报告各1个) */
      if (w->each && decisions[qi].also[0] == NO_RULE)
        best = NO_RULE;
      /* (nor a count for each of the things a count before it in its
       * clause counted: 对两部法规草案各举行立法听证会1次) */
      if (best != NO_RULE && qi > 0 && per_item_of_count (d->text, &windows[qi - 1], w))
        best = NO_RULE;
      /* (…nor a total of the count before it and another thing, 与 and
       * that thing first: 召开主任会议二十三次，与常委会会议合计三十次) */
      if (best != NO_RULE && w->w_start < w->q_start &&
          (text_word_at (d->text, w->w_start, w->q_start, "与") || text_word_at (d->text, w->w_start, w->q_start, "连同")) &&
          total_marker_before (d->text, w->w_start, w->q_start) != G_MAXSIZE)
        best = NO_RULE;
      /* (…nor for each of the people or things its own words name, 各
       * and a verb with its object before the count: 主任会议成员各领衔1
       * 项重点调研课题; 对…专项工作报告各进行满意度测评1次) */
      if (best != NO_RULE && decisions[qi].also[0] == NO_RULE &&
          each_verb_before (d->text, w->w_start, w->q_start))
        best = NO_RULE;
      /* one total of the items of a list before it, each of a measure of
       * its own (召开常委会会议、主任会议共计31次; 开展执法检查和专题调研
       * 共14次; 开展执法检查、专题调研、视察等活动46项): a count of none of
       * them, unless the rule counts them together (制定、修改法规共12件:
       * enacted+amended) */
      /* (a share totalled, 解决率和列入计划解决率合计87.1%, is one share;
       * the people who took part in the activities listed, one measure
       * whatever the activities, 参加执法检查、视察调研等活动共260人次) */
      if (best != NO_RULE && decisions[qi].also[0] == NO_RULE && w->w_start < w->own_end &&
          strchr (tables->rules[best].rule->measure, '+') == NULL && !count_is_rate (unit.quantity) &&
          !g_str_has_suffix (tables->rules[best].rule->measure, "_participations") &&
          ((marker = total_marker_before (d->text, w->w_start, w->own_end)) != G_MAXSIZE ||
           (marker = total_verb_list (d->text, w->w_start, w->own_end)) != G_MAXSIZE ||
           (marker = activities_listed_before (d->text, w->w_start, w->own_end)) != G_MAXSIZE ||
           /* (of activities, not of the people taking part in them:
            * 组织代表参加执法检查、视察等活动4600人次) */
           (!unit_in ("人次|人|名|位", baogao_annotation_get_string (unit.quantity, "unit")) &&
            (marker = list_closed_by_activities (d->text, w->w_start, w->own_end)) != G_MAXSIZE)))
        {
          Decision items = { .also = { NO_RULE } };
          CountUnit item_unit = unit;

          best = choose_shared (d, w, marker, head_cursor, &item_unit, best, TRUE, &items);
          if (items.also[0] != NO_RULE)
            best = NO_RULE;
        }

      if (best != NO_RULE && pointed != G_MAXUINT &&
          (decisions[qi].also[0] != NO_RULE ||
           strcmp (tables->rules[best].rule->measure, "submitted_for_approval") != 0 ||
           strcmp (tables->rules[decisions[pointed].rule].rule->measure, "submitted_for_approval") == 0))
        best = NO_RULE;
      if (best != NO_RULE)
        {
          decisions[qi].rule = best;
          decisions[qi].unit_read = unit.unit_read;
          decisions[qi].period = w->period;
          /* (what there is now, said so, is a stock's to date whatever
           * frame the sentence opens with: 五年来，全州现有基层立法联系点
           * 12个, …联系点总数达到12个) */
          decisions[qi].period_said = w->period_said && !says_total_now (d->text, w->w_start, w->q_start) &&
                                      !now_clause_before (d->text, w->w_start);
          decisions[qi].period_to_date = w->period_to_date;
          decisions[qi].unit = unit.unit;
          decisions[qi].start = MIN (w->q_start, d->state[best].first_start);
          /* an item of a list said with 分别: its span starts at the item,
           * not at the words it shares with the first */
          if (w->prefix_start < w->prefix_end && decisions[qi].start < w->w_start)
            decisions[qi].start = w->w_start;
          decisions[qi].end = MAX (w->q_end, d->state[best].last_end);
          decisions[qi].actor = w->h_start < decisions[qi].start ?
            clause_actor (d->text, w->h_start, decisions[qi].start, own, own_city, FALSE) : ACTOR_OWN;
          /* a clause with no subject of its own has its sentence's, when
           * that names another congress (各镇人大共召开人代会32次，开展代
           * 表小组活动九百余次) */
          if (decisions[qi].actor == ACTOR_OWN && w->subject_start < w->subject_end)
            {
              /* (its verb may be further from the body than a count's
               * first cue: 各镇人大共召开人代会32次); read once a sentence,
               * and only when it names a congress */
              if (w->subject_start != subject_read || w->subject_end != subject_read_end)
                {
                  subject_read = w->subject_start;
                  subject_read_end = w->subject_end;
                  subject_actor = ACTOR_OWN;
                  if (names_congress (d->text, w->subject_start, w->subject_end))
                    {
                      /* (from the subject's own clause, past those of when
                       * or what for, unless they name who acts: 在脱贫攻坚
                       * 中，全市各级人大代表结对帮扶…，捐资捐物约580万元; not
                       * 党组书记带头，班子成员跟进，…联系县市区人大…) */
                      gsize from = text_contains_any (d->text, w->subject_start, w->subject_clause, actors_named,
                                                      G_N_ELEMENTS (actors_named)) ?
                                     w->subject_start : w->subject_clause;

                      if (!opens_with_verb (d->text, from, w->subject_end))
                        subject_actor = clause_actor (d->text, from, w->subject_end, own, own_city, TRUE);
                    }
                }
              /* (the NPC's deputies too: 在青全国人大代表五年来提出建议216件，
               * 2022年提出议案1件; and a clause the count opens: 全省各级人
               * 大代表积极投身脱贫攻坚，4.6万余人次参与…) */
              if (((subject_actor >= ACTOR_NATIONAL && subject_actor <= ACTOR_TOWNSHIP) ||
                   subject_actor == ACTOR_NPC_DEPUTIES || subject_actor == ACTOR_EVERY_LEVEL) &&
                  (opens_with_verb (d->text, w->h_start, w->q_start) || w->h_start == w->q_start ||
                   /* (…or with what deputies throw themselves into: 全区各级
                    * 人大代表闻令而动，投身…一线的有6.3万余人次) */
                   deputies_act_at (d->text, w->h_start, w->q_start) ||
                   /* (…or only totals what the subject did: 各乡镇人大主席
                    * 团组织代表开展…活动，共计210余场次) */
                   only_totals (d->text, w->w_start, w->q_start)))
                decisions[qi].actor = subject_actor;
            }
          /* a later item of a list whose head named who acts (省政府制定
           * 规章12件、修改8件), unless the item names its own deputies
           * (联系省人大代表52名、市人大代表430名: the city's own second) */
          if (decisions[qi].actor == ACTOR_OWN && last != G_MAXUINT && w->w_start > w->h_start &&
              windows[last].h_start == w->h_start && decisions[last].actor != ACTOR_OWN)
            decisions[qi].actor = text_find (d->text, w->w_start, w->q_start, "人大代表") == G_MAXSIZE ?
                                    decisions[last].actor :
                                    named_deputies_level (d->text, w->w_start, w->q_start, own, own_city);
          /* …and so is one after a head that was no tally of the
           * congress's, what it counted being another body's kind of act
           * (国务院全年制定行政法规九件、修订二十一件): the head's body acts
           * in the item too */
          /* (not an item that names its own body: …、全国人大常委会制定法
           * 律12件) */
          if (decisions[qi].actor == ACTOR_OWN && qi > 0 && w->w_start > w->h_start &&
              !windows[qi - 1].skip && decisions[qi - 1].rule == NO_RULE &&
              windows[qi - 1].h_start == w->h_start &&
              text_is_word (d->text, windows[qi - 1].q_end, w->w_start, "、") &&
              !names_congress (d->text, w->w_start, w->q_start) &&
              clause_actor (d->text, w->h_start, windows[qi - 1].q_start, own, own_city, TRUE) == ACTOR_GOVERNMENT)
            decisions[qi].actor = ACTOR_GOVERNMENT;
          /* …and a later item of a list said with 分别, whose words start
           * where the first item's do (在黔全国人大代表…，提出的议案和建议分
           * 别为86件和1124件) */
          if (decisions[qi].actor == ACTOR_OWN && last != G_MAXUINT && w->prefix_start < w->prefix_end &&
              windows[last].w_start == w->prefix_start && decisions[last].actor != ACTOR_OWN &&
              !decided_by_deputies_named (tables, &decisions[last]) &&
              text_find (d->text, w->w_start, w->q_start, "代表") == G_MAXSIZE)
            decisions[qi].actor = decisions[last].actor;
          /* …and a later item of a list of counts each with its noun,
           * the body named at the head of its clause (各乡镇人大全年开展执
           * 法检查21次、工作评议30项、专题询问8次): nothing but a 、 after
           * the item before, which counted for that body, and no deputies
           * or body of its own */
          if (decisions[qi].actor == ACTOR_OWN && last != G_MAXUINT && windows[last].q_end <= w->q_start &&
              w->q_start - windows[last].q_end <= LIST_ITEM_REACH &&
              text_contains (d->text, windows[last].q_end, w->q_start, "、") &&
              clause_end (d->text, baogao_document_get_size (document), windows[last].q_end, w->q_start) == w->q_start &&
              !names_own_actor (d->text, windows[last].q_end, w->q_start))
            {
              Actor before = decisions[last].actor;
              Actor written = decided_level (tables, &decisions[last]);

              /* (a level the item before's rule wrote only when its clause
               * names that body as who acts, not as whom the congress
               * joined: 常委会会同乡镇人大开展执法检查12次、专题询问3次) */
              if (before == ACTOR_OWN && written != ACTOR_OWN &&
                  clause_actor (d->text, windows[last].h_start, windows[last].q_start, own, own_city, TRUE) == written)
                before = written;
              if (before != ACTOR_OWN && before != ACTOR_NPC_DEPUTIES)
                decisions[qi].actor = before;
            }
          /* …and a later clause of the sentence that opens with its verb
           * and names no deputies of its own, when the clause of a count
           * before, the clauses between opening with their verbs too,
           * named as its subject those who did it, not the sentence's
           * first (依托…平台，五级人大代表进站接待选民2860余人次，收集意见建
           * 议640条，推动解决问题235个; 全省各级人大代表全年通过代表之家…
           * 接待群众…，…) */
          if (decisions[qi].actor == ACTOR_OWN && last != G_MAXUINT &&
              ((decisions[last].actor >= ACTOR_NATIONAL && decisions[last].actor <= ACTOR_TOWNSHIP) ||
               decisions[last].actor == ACTOR_NPC_DEPUTIES || decisions[last].actor == ACTOR_EVERY_LEVEL) &&
              tables->rules[decisions[last].rule].domain == tables->rules[best].domain &&
              (opens_with_verb (d->text, w->h_start, w->q_start) || w->h_start == w->q_start) &&
              !text_contains (d->text, w->h_start, w->q_start, "代表") &&
              !names_congress (d->text, w->h_start, w->q_start))
            {
              guint j = last;

              /* (back over counts with a rule only: a skipped count's
               * windows are not read) */
              while (j > 0 && windows[j].h_start < windows[j].q_start &&
                     opens_with_verb (d->text, windows[j].h_start, windows[j].q_start) &&
                     !windows[j - 1].skip && decisions[j - 1].rule != NO_RULE &&
                     decisions[j - 1].actor == decisions[last].actor)
                j--;
              if (decisions[j].rule != NO_RULE &&
                  windows[j].q_end <= w->h_start && windows[j].h_start < windows[j].q_start &&
                  !text_contains (d->text, windows[j].q_end, w->h_start, "。") &&
                  !text_contains (d->text, windows[j].q_end, w->h_start, "；") &&
                  !item_opens_with_verb (d->text, windows[j].h_start, windows[j].q_start) &&
                  decisions[j].actor == decisions[last].actor &&
                  clause_actor (d->text, windows[j].h_start, windows[j].q_start, own, own_city, TRUE) ==
                    decisions[j].actor)
                decisions[qi].actor = decisions[last].actor;
            }
          /* …unless the item names its own deputies (联系全国人大代表43名、
           * 省人大代表260余名: the second are the province's) */
          if (w->w_start > w->h_start && decisions[qi].actor == ACTOR_NPC_DEPUTIES &&
              text_find (d->text, w->w_start, w->q_start, "人大代表") != G_MAXSIZE)
            decisions[qi].actor = named_deputies_level (d->text, w->w_start, w->q_start, own, own_city);
          /* deputies of a congress above the reporting one, whom it
           * organizes (组织在朝阳的市人大代表开展视察调研11次 in a
           * district's report) */
          if (decisions[qi].actor == ACTOR_OWN && own > ACTOR_NATIONAL &&
              (int) tables->rules[best].domain == representation)
            decisions[qi].actor = deputies_above (d->text, w->h_start, w->q_start, own, own_city);
          /* (…and in the clause before, when the count's clause is
           * elliptic and names no deputies of a level of its own: 组织在滇
           * 全国人大代表参加学习培训，共计135人次; …，参加代表达120人次) */
          if (decisions[qi].actor == ACTOR_OWN && own > ACTOR_NATIONAL &&
              (int) tables->rules[best].domain == representation &&
              w->e_start < w->h_start && text_find (d->text, w->h_start, w->q_end, "人大代表") == G_MAXSIZE)
            decisions[qi].actor = deputies_above (d->text, w->e_start, w->h_start, own, own_city);
          /* …or named after their count, up to the words that told what
           * it counts (3400余名乡镇人大代表向选民述职; the second item of
           * 组织42名县人大代表、156名乡镇人大代表向选民述职 too, whatever the
           * first's) */
          if ((int) tables->rules[best].domain == representation && decisions[qi].end > w->q_end &&
              (decisions[qi].actor == ACTOR_OWN ||
               text_find (d->text, w->q_end, decisions[qi].end, "人大代表") != G_MAXSIZE))
            {
              decisions[qi].actor = named_deputies_level (d->text, w->q_end, decisions[qi].end, own, own_city);
              /* (deputies of every level are the count's subject, 全省共有
               * 1.2万名各级人大代表向选民述职; after a verb of the congress's,
               * 组织1200名各级人大代表参加培训, its own count) */
              if (decisions[qi].actor == ACTOR_EVERY_LEVEL &&
                  (opens_with_verb (d->text, w->h_start, w->q_start) ||
                   text_contains_any (d->text, w->h_start, w->q_start, acts_on_deputies, G_N_ELEMENTS (acts_on_deputies))))
                decisions[qi].actor = ACTOR_OWN;
            }
          /* deputies elected: of the level they are named with, in the
           * count's item of a list too (补选县人大代表4名、乡镇人大代表11名) */
          if (tables->rules[best].rule->scope != NULL &&
              strcmp (tables->rules[best].rule->scope, TALLY_SCOPE_NAMED_DEPUTIES) == 0)
            decisions[qi].actor = named_deputies_level (d->text, MIN (decisions[qi].start, w->w_start),
                                                        decisions[qi].end,
                                                        own, own_city);
          /* the heads of lower congresses trained, or sitting in on the
           * committee's sessions, are its own count when its verb opens
           * the clause (举办镇人大主席培训班1期; 邀请乡镇人大主席列席常委会
           * 会议36人次): they are whom it acts on, not who acts */
          if (decisions[qi].actor != ACTOR_OWN &&
              g_str_has_prefix (tables->rules[best].rule->measure, "director") &&
              (opens_with_verb (d->text, w->h_start, w->q_start) ||
               text_any_word_at (d->text, w->h_start, w->q_start, acts_on_deputies, G_N_ELEMENTS (acts_on_deputies)) != 0))
            decisions[qi].actor = ACTOR_OWN;
          /* an elliptic clause is about what the clause before it
           * counted, done by the same body (各乡镇人大主席团共收到代表
           * 建议319件，办结率100%) */
          if (decisions[qi].actor == ACTOR_OWN && w->e_start < w->h_start && last != G_MAXUINT &&
              windows[last].q_start >= w->e_start && windows[last].q_start < w->h_start &&
              /* (not the level of the deputies it named: 补选省人大代表4名，
               * 终止代表资格6名 in a city's report) */
              !decided_by_deputies_named (tables, &decisions[last]))
            decisions[qi].actor = decisions[last].actor;
          /* …and so is a clause that opens with its verb, after one whose
           * own words named a lower congress as who acts, in the same
           * sentence (…，各区市县人大常委会共开展执法检查130余次，听取审议
           * 专项工作报告600多个) */
          if (decisions[qi].actor == ACTOR_OWN && last != G_MAXUINT &&
              decisions[last].actor >= ACTOR_MUNICIPAL && decisions[last].actor <= ACTOR_TOWNSHIP &&
              windows[last].q_end <= w->h_start && w->h_start < w->q_start &&
              !text_contains (d->text, windows[last].q_end, w->q_start, "。") &&
              !has_semicolon (d->text, windows[last].q_end, w->q_start) &&
              opens_with_verb (d->text, w->h_start, w->q_start) &&
              /* (not one naming deputies or a congress of its own: 选出区
               * 人大代表1286名，选举产生市人大代表480名) */
              text_find (d->text, w->h_start, MAX (w->q_end, decisions[qi].end), "人大") == G_MAXSIZE &&
              clause_actor (d->text, windows[last].h_start, windows[last].q_start, own, own_city, TRUE) ==
                decisions[last].actor)
            decisions[qi].actor = decisions[last].actor;
          /* laws approved are the approving congress's act, whoever sent
           * them up (各市州报批的法规36件，经审查全部依法批准; not 省人大常委
           * 会批准我市法规2件 in a city's report, the province's act) */
          if (decisions[qi].actor > own && decisions[qi].actor <= ACTOR_BELOW &&
              strcmp (tables->rules[best].rule->measure, "approved") == 0)
            decisions[qi].actor = ACTOR_OWN;
          /* …and a city's or a county's congress approves no laws: its own
           * count of laws approved is of its laws sent up (上述单行条例均报请
           * 省人大常委会批准，年内报批的3件全部获得批准), and so is the
           * province's approval of them (自治区人大常委会先后批准我市报批的
           * 地方性法规四件) */
          if (own >= ACTOR_MUNICIPAL && own <= ACTOR_COUNTY &&
              (decisions[qi].actor == ACTOR_OWN ||
               (decisions[qi].actor >= ACTOR_NATIONAL && decisions[qi].actor < own &&
                text_contains_any (d->text, w->subject_start < w->subject_end ? w->subject_start : w->h_start,
                                   MAX (w->w_end, w->q_end), own_laws, G_N_ELEMENTS (own_laws)))) &&
              strcmp (tables->rules[best].rule->measure, "approved") == 0)
            {
              guint sent = rule_of_measure (tables, tables->rules[best].domain, "submitted_for_approval");

              if (sent != NO_RULE)
                {
                  decisions[qi].rule = sent;
                  decisions[qi].actor = ACTOR_OWN;
                }
            }
          /* …and the drafts of a congress above it was consulted on, its
           * own count whoever sent them (省人大常委会先后发来法规草案征求意见
           * 稿7件) */
          if (decisions[qi].actor >= ACTOR_NATIONAL && decisions[qi].actor < own &&
              comments_sent_up_on (tables, &decisions[qi]))
            decisions[qi].actor = ACTOR_OWN;
          last = qi;
        }
    }

  pair_satisfaction_rates (tables, d->text, quantities, windows, decisions);
  drop_total_of_mixed_parts (tables, d->text, quantities, windows, decisions);
  drop_total_of_several_measures (tables, d->text, quantities, windows, decisions);
  drop_breakdowns (tables, d->text, quantities, windows, decisions);
  drop_special_zone_parts (tables, d->text, quantities, windows, decisions);
  take_total_after_parts (tables, d->text, quantities, windows, decisions);
  drop_summed_parts (tables, d->text, quantities, windows, decisions);
  drop_broken_down_combined (tables, d->text, quantities, windows, decisions);
  drop_found_before_corrected (tables, d->text, quantities, windows, decisions);
  relabel_problems_before_rectified (tables, d->text, quantities, windows, decisions);
  drop_approved_of_sent (tables, d->text, quantities, windows, decisions);
  drop_sentence_restatements (d->text, tables, quantities, windows, decisions);
  drop_referenced_restatements (tables, d->text, quantities, windows, decisions);
  drop_parts_restated (tables, d->text, quantities, windows, decisions);
  drop_voters_ratings (tables, d->text, quantities, windows, decisions);
  drop_comments_on_higher_drafts (tables, d->text, quantities, windows, decisions);
  drop_title_restatements (tables, d->text, quantities, windows, decisions);
  /* (after the titles' counts are settled: the package may be one of
   * them) */
  drop_package_said_again (tables, d->text, quantities, windows, decisions);

  /* the hits arrays are kept for the next document, but not at the
   * size of the largest one ever seen */
  if (d->hits_size > DECIDER_HITS_KEPT)
    {
      g_clear_pointer (&d->hits, g_free);
      d->hits_size = 0;
    }
  d->n_hits = 0;
  if (d->subject_hits_size > DECIDER_HITS_KEPT)
    {
      g_clear_pointer (&d->subject_hits, g_free);
      d->subject_hits_size = 0;
    }
  d->n_subject_hits = 0;

  return TRUE;
}

/* The decisions for @document, computed by the first analyzer that asks
 * and reused by the others (they are in other modules, each with its own
 * copy of this library: the tables' fingerprint names what they share),
 * with the quantities they are for. Returns them referenced and locked,
 * or %NULL when cancelled. */
static Shared *
get_decisions (const Tables    *tables,
               BaogaoDocument  *document,
               GCancellable    *cancellable,
               GError         **error)
{
  guint stamp = baogao_document_get_n_annotations (document);
  /* by quark: the string API looks the quark up under GLib's lock */
  Shared *shared = g_object_dup_qdata (G_OBJECT (document), tables->cache_key, shared_ref, NULL);

  if (shared == NULL)
    {
      Shared *fresh = shared_new ();

      shared_ref (fresh, NULL);
      if (g_object_replace_qdata (G_OBJECT (document), tables->cache_key, NULL, fresh,
                                  shared_unref, NULL))
        shared = fresh;
      else
        {
          shared_unref (fresh);
          shared_unref (fresh);
          shared = g_object_dup_qdata (G_OBJECT (document), tables->cache_key, shared_ref, NULL);
          if (shared == NULL)
            {
              /* replaced and gone in between: decide alone */
              shared = shared_new ();
            }
        }
    }

  g_mutex_lock (&shared->lock);
  if (!shared->done || shared->stamp != stamp)
    {
      GPtrArray *quantities = baogao_document_get_annotations (document, "quantity");

      g_clear_pointer (&shared->quantities, g_ptr_array_unref);
      g_clear_pointer (&shared->decisions, g_free);
      shared->quantities = quantities;
      shared->stamp = stamp;
      /* decide() sets every decision; the cues are compiled only when
       * there is a count to decide */
      shared->decisions = g_new (Decision, MAX (quantities->len, 1));
      shared->scope = tally_document_scope (document);
      shared->below = below_scope (document, shared->scope);
      shared->municipal = municipal_scope (document);
      shared->lawless = makes_no_laws (document, shared->scope);
      shared->done = quantities->len == 0 ||
                     decide (tables, document, shared->scope, quantities, shared->decisions,
                             cancellable, error);
      if (!shared->done)
        {
          g_mutex_unlock (&shared->lock);
          shared_unref (shared);
          return NULL;
        }
    }

  /* returned locked: the caller reads the decisions, then unlocks */
  return shared;
}

static int
compare_names (const void *a,
               const void *b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Is @region a county-level city (温岭市, 昆山市: some 390 of them)? Its
 * name ends in 市 like a prefecture's. */
gboolean
tally_is_county_level_city (const char *region)
{
  return region != NULL &&
         bsearch (&region, tally_county_level_cities, tally_n_county_level_cities,
                  sizeof (const char *), compare_names) != NULL;
}

/* Whose counts a report gives, unless a rule says (npc_delegation): the
 * congress of its level. national for the NPC's, provincial for a
 * province's, an autonomous region's or a municipality's under the
 * central government, municipal for a city's, an autonomous
 * prefecture's or a league's, county for a county's or a district's. */
const char *
tally_document_scope (BaogaoDocument *document)
{
  static const char * const municipal[] = { "市", "自治州", "州", "盟", "地区" };
  static const char * const county[] = { "县", "区", "旗" };
  const char *region = baogao_document_get_metadata (document, "region");
  const char *title = baogao_document_get_metadata (document, "title");

  if ((title != NULL && g_str_has_prefix (title, "全国人民代表大会")) ||
      g_strcmp0 (region, "全国") == 0)
    return "national";
  if (region == NULL || is_central_municipality (region))
    return "provincial";
  if (g_str_has_suffix (region, "省") || g_str_has_suffix (region, "自治区"))
    return "provincial";
  /* (地区 before 区: a prefecture, not a district) */
  if (g_str_has_suffix (region, "地区"))
    return "municipal";
  for (guint i = 0; i < G_N_ELEMENTS (county); i++)
    if (g_str_has_suffix (region, county[i]))
      return "county";
  if (g_str_has_suffix (region, "市") && tally_is_county_level_city (region))
    return "county";
  for (guint i = 0; i < G_N_ELEMENTS (municipal); i++)
    if (g_str_has_suffix (region, municipal[i]))
      return "municipal";
  return "provincial";
}

/* The scope of the congresses right below those of @scope, which a
 * report's congress guides: the provinces' below the NPC, the cities'
 * below a province, but the districts' and counties' below a
 * municipality under the central government (its report's scope is
 * provincial). */
static const char *
below_scope (BaogaoDocument *document,
             const char     *scope)
{
  static const char * const below[][2] = {
    { "national", "provincial" }, { "provincial", "municipal" }, { "municipal", "county" },
    { "county", "township" },
  };
  const char *region = baogao_document_get_metadata (document, "region");
  guint i;

  for (i = 0; i < G_N_ELEMENTS (below); i++)
    if (g_str_equal (scope, below[i][0]))
      break;
  if (i == G_N_ELEMENTS (below))
    return scope;
  /* (below a provincial-level congress) */
  if (i == 1 && is_central_municipality (region))
    return "county";
  return below[i][1];
}

/* The scope of the congress a report calls a city's (市人大): provincial
 * in a municipality under the central government and in its districts'
 * reports (上海市 names its own deputies 市人大代表; 北京市海淀区 names
 * Beijing's so), which have no cities' congresses; else municipal. */
static const char *
municipal_scope (BaogaoDocument *document)
{
  return in_central_municipality (baogao_document_get_metadata (document, "region")) ? "provincial" : "municipal";
}

/* The scope of a count done by @actor, in a report whose congress's
 * is @own: another congress's level (@municipal for a city's), or @below
 * for what the congress guided. */
static const char *
actor_scope (Actor       actor,
             const char *own,
             const char *below,
             const char *municipal)
{
  if (actor == ACTOR_BELOW)
    return below;
  if (actor == ACTOR_MUNICIPAL)
    return municipal;
  if (actor >= ACTOR_NATIONAL && actor <= ACTOR_TOWNSHIP)
    return level_scopes[actor];
  if (actor == ACTOR_NPC_DEPUTIES)
    return "npc_delegation";
  if (actor == ACTOR_EVERY_LEVEL)
    return "all_levels";
  return own;
}

/* The measure of @domain for what the NPC's deputies of the province or
 * city count, npc_@measure, if the domain has it; else @measure. */
static const char *
npc_measure (const TallyDomain *domain,
             const char        *measure)
{
  for (guint i = 0; i < domain->n_rules; i++)
    {
      const char *m = domain->rules[i].measure;

      if (g_str_has_prefix (m, "npc_") && strcmp (m + strlen ("npc_"), measure) == 0)
        return m;
    }
  return measure;
}

/* Is @measure of @domain one that a count done by @actor, a government
 * or a body urged, cannot be (see TallyDomain.congress_only)? */
static gboolean
congress_only (const TallyDomain *domain,
               const char        *measure,
               Actor              actor)
{
  const char *only = domain->congress_only;

  if (only == NULL)
    return FALSE;
  if (strcmp (only, "*") == 0)
    return TRUE;
  /* (unit_in() reads any |-separated list) */
  return actor == ACTOR_GOVERNMENT && unit_in (only, measure);
}

static void
copy_number (BaogaoLayer      *layer,
             guint             handle,
             BaogaoAnnotation *quantity,
             const char       *key)
{
  switch (baogao_annotation_get_feature_type (quantity, key))
    {
    case BAOGAO_VALUE_INT:
      baogao_layer_set_int (layer, handle, key, baogao_annotation_get_int (quantity, key, 0));
      break;
    case BAOGAO_VALUE_DOUBLE:
      baogao_layer_set_double (layer, handle, key, baogao_annotation_get_double (quantity, key, 0));
      break;
    default:
      break;
    }
}

/* Writes the tally of @rule for the count @q as @decision decided it,
 * starting at @start, into @layer (of the domain @want). */
static void
write_tally (const Tables     *tables,
             const Shared     *shared,
             int               want,
             BaogaoLayer      *layer,
             BaogaoAnnotation *q,
             const Decision   *decision,
             guint             r,
             gsize             start)
{
  const TallyRule *rule = tables->rules[r].rule;
  const char *scope = shared->scope;
  gboolean national = strcmp (scope, "national") == 0;
  const char *unit, *approx;
  guint handle;

  /* what a government did is not the congress's or its deputies'
   * count (省政府制定规章8件, 省政府办理代表建议1086件) */
  if ((decision->actor == ACTOR_GOVERNMENT || decision->actor == ACTOR_URGED) &&
      congress_only (tables->domains[want], rule->measure, decision->actor))
    return;
  /* nor are the NPC's laws a lower congress's (去年，全国人大常委会审议通过
   * 法律草案12件 in a province's report) */
  if (decision->actor == ACTOR_NATIONAL && !national && strcmp (tables->domains[want]->domain, "legislation") == 0)
    return;
  handle = baogao_layer_add_bytes (layer, tables->tally_types[want], start, decision->end);
  if (handle == BAOGAO_LAYER_INVALID)
    return;
  /* In the NPC's own report, the NPC's deputies are the congress's
   * own: 培训全国人大代表2300余人次 is deputies_trained, national */
  if (national && rule->scope != NULL && strcmp (rule->scope, "npc_delegation") == 0 &&
      g_str_has_prefix (rule->measure, "npc_"))
    {
      baogao_layer_set_string (layer, handle, "measure", rule->measure + strlen ("npc_"));
      baogao_layer_set_string (layer, handle, "scope", scope);
    }
  else
    {
      const char *measure = rule->measure;

      /* the NPC's deputies as the subject of a clause that does not
       * name them again (全国人大代表…提交议案18件，提出建议231件):
       * their own measure, where the domain has one */
      if (decision->actor == ACTOR_NPC_DEPUTIES && !national &&
          (rule->scope == NULL || rule->scope[0] == '\0'))
        measure = npc_measure (tables->domains[want], measure);
      /* (the NPC's drafts consulted on are, in its own report, drafts it
       * put out for comment) */
      if (national && strcmp (measure, "national_drafts_commented") == 0)
        measure = "drafts_published";
      /* (and the drafts a congress that makes no laws put out for comment
       * are a congress above's: 就《武汉市…条例（草案）》等７件法规草案征
       * 求意见 in a district's report) */
      else if (shared->lawless && strcmp (measure, "drafts_published") == 0)
        measure = "higher_drafts_commented";
      baogao_layer_set_string (layer, handle, "measure", measure);
      baogao_layer_set_string (layer, handle, "scope",
                               rule->scope != NULL && rule->scope[0] != '\0' &&
                               strcmp (rule->scope, TALLY_SCOPE_NAMED_DEPUTIES) != 0 ?
                                 rule->scope : actor_scope (decision->actor, scope, shared->below, shared->municipal));
    }
  copy_number (layer, handle, q, "value");
  unit = decision->unit_read ? decision->unit : baogao_annotation_get_string (q, "unit");
  if (unit != NULL)
    baogao_layer_set_string (layer, handle, "unit", unit);
  approx = baogao_annotation_get_string (q, "approx");
  if (approx != NULL)
    baogao_layer_set_string (layer, handle, "approx", approx);
  /* a count of what there is to date covers the years it took, the
   * term only when its sentence says so (本届以来共建成…), not the
   * paragraph or the part about the term it is in */
  if (tables->domains[want]->stocks != NULL && unit_in (tables->domains[want]->stocks, rule->measure) &&
      (decision->period == PERIOD_YEAR || (decision->period == PERIOD_TERM && !decision->period_said)))
    baogao_layer_set_string (layer, handle, "period", period_names[PERIOD_YEARS]);
  /* (the year's items as they stand to date: 截至目前，已解决186件) */
  else if (decision->period_to_date && tables->domains[want]->statuses != NULL &&
           unit_in (tables->domains[want]->statuses, rule->measure))
    ;
  else if (decision->period != PERIOD_YEAR)
    baogao_layer_set_string (layer, handle, "period", period_names[decision->period]);
  baogao_layer_set_parent (layer, handle, q);
}

gboolean
tally_write_domain (const char      *domain,
                    BaogaoDocument  *document,
                    BaogaoLayer     *layer,
                    GCancellable    *cancellable,
                    GError         **error)
{
  const Tables *tables;
  GPtrArray *quantities;
  Shared *shared;
  int want;

  g_return_val_if_fail (domain != NULL, FALSE);
  g_return_val_if_fail (BAOGAO_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (BAOGAO_IS_LAYER (layer), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  tables = get_tables ();
  want = domain_index (tables, domain);
  if (want < 0)
    return TRUE;

  shared = get_decisions (tables, document, cancellable, error);
  if (shared == NULL)
    return FALSE;
  quantities = shared->quantities;

  for (guint qi = 0; qi < quantities->len; qi++)
    {
      const Decision *decision = &shared->decisions[qi];
      BaogaoAnnotation *q = g_ptr_array_index (quantities, qi);

      if (decision->rule == NO_RULE)
        continue;
      if ((int) tables->rules[decision->rule].domain == want)
        write_tally (tables, shared, want, layer, q, decision, decision->rule, decision->start);
      for (guint k = 0; k < MAX_SHARED - 1 && decision->also[k] != NO_RULE; k++)
        if ((int) tables->rules[decision->also[k]].domain == want)
          write_tally (tables, shared, want, layer, q, decision, decision->also[k], decision->also_start[k]);
    }

  g_mutex_unlock (&shared->lock);
  shared_unref (shared);
  return TRUE;
}

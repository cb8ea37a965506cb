/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/* Finding the instruments a report says the congress acted on.
 *
 * Reports name an instrument right after the verb that acts on it:
 *
 *   制定民营经济健康发展促进条例，…          bare name after a verb
 *   审议《中国（某某）自由贸易试验区条例》    a 《》 title after a verb
 *   制定《A办法》《B规定》和《C细则》        a list of titles
 *   制定法规3件，包括《A条例》《B条例》      …listed after a count of them
 *   修订议事规则、组成人员守则               a 、 list of bare names
 *   指导某某市制定美丽乡村建设条例           guided: body 某某市
 *   指导甲州市、乙州市…，共同制定X条例       guided, joint: body 甲州市、乙州市
 *   批准《某某市城市绿化条例》               approved: body 某某市
 *   审议通过关于修改〈某某条例〉的决定        the wrapped title is amended
 *   对某某条例进行了全面修订                 verb after the name
 *   对《A》《B》作出修正, 对X法草案进行二审    …after a list of titles too
 *   X条例（草案）经三次审议后表决通过         passed after its readings
 *   《A》《B》经省人大常委会批准后施行        …or by a body named after 经
 *   《X》于7月29日经…表决通过, 《X》修订通过  …after a date; an edit
 *   表决通过《X法》修订草案                   a revision bill: X revised
 *   出台《X条例》配套规定                     not X: its supporting rules
 *   批准《…引渡条约》                          a treaty approved
 *   1　某某省X条例　修订　2020年5月29日        a table's row (see scan_tables())
 *
 * The verbs are found with one Aho–Corasick pass (leftmost-longest, so
 * 重新制定 beats 制定 and 审议通过 beats 审议); everything else is local
 * work at the few hundred verb positions. A name ends with an instrument
 * word (条例, 规定, 办法, 细则, 规则, 守则, 决定, 决议, 法); a verb that is
 * only planned (加快修改, 拟制定, 列入立法计划) is not an action, unless
 * the bill was then deliberated. Each instrument is written once, at its
 * first mention as acted on; titles never acted on are written with
 * action `cite` when they are laws, regulations, rules or decisions, or
 * `inspect` when listed as what an inspection checked.
 */

#include "baogao-tally.h"
#include "matcher-data.h"
#include "text-words.h"
#include "legislation-scan.h"

#include <string.h>

typedef enum
{
  ACT_NONE,
  ACT_ENACT,
  ACT_AMEND,
  ACT_REVISE,
  ACT_REPEAL,
  ACT_RE_ENACT,
  ACT_APPROVE,
  ACT_DELIBERATE,
  ACT_GUIDE,
  ACT_INSPECT,
  ACT_CITE,
} Action;

static const char * const action_names[] = {
  NULL, "enact", "amend", "revise", "repeal", "re_enact", "approve",
  "deliberate", "guide", "inspect", "cite",
};

/* Matcher values: verbs carry their action; the other words are marks. */
enum
{
  MARK_BASE = 100,
  MARK_GUIDE = MARK_BASE,     /* 指导 */
  MARK_FIRST,                 /* 全国首部… */
  /* 对X进行修订: the act after the name; plus the action */
  MARK_AFTER = 200,
};

typedef struct
{
  const char *word;
  guint       value;
} Word;

static const Word verbs[] = {
  { "制定", ACT_ENACT }, { "制订", ACT_ENACT }, { "出台", ACT_ENACT },
  { "新制定", ACT_ENACT }, { "制定出台", ACT_ENACT }, { "颁布", ACT_ENACT },
  { "颁布实施", ACT_ENACT }, { "出台实施", ACT_ENACT },
  { "审议通过", ACT_ENACT }, { "表决通过", ACT_ENACT }, { "通过", ACT_ENACT },
  { "作出", ACT_ENACT }, { "作出了", ACT_ENACT }, { "印发", ACT_ENACT },
  { "修改", ACT_AMEND }, { "修正", ACT_AMEND }, { "打包修改", ACT_AMEND },
  { "一揽子修改", ACT_AMEND }, { "集中修改", ACT_AMEND },
  { "修订", ACT_REVISE }, { "全面修订", ACT_REVISE },
  { "废止", ACT_REPEAL }, { "废除", ACT_REPEAL },
  { "重新制定", ACT_RE_ENACT }, { "废旧立新", ACT_RE_ENACT },
  { "批准", ACT_APPROVE }, { "审查批准", ACT_APPROVE }, { "批准了", ACT_APPROVE },
  { "审查批准了", ACT_APPROVE },
  { "审议", ACT_DELIBERATE }, { "审议了", ACT_DELIBERATE }, { "初审", ACT_DELIBERATE },
  { "初次审议", ACT_DELIBERATE }, { "一审", ACT_DELIBERATE }, { "二审", ACT_DELIBERATE },
  { "三审", ACT_DELIBERATE },
  { "二次审议", ACT_DELIBERATE }, { "三次审议", ACT_DELIBERATE },
  { "指导", MARK_GUIDE },
  { "全国首部", MARK_FIRST }, { "全国首个", MARK_FIRST }, { "全国首批", MARK_FIRST },
  { "全国第一部", MARK_FIRST }, { "国内首部", MARK_FIRST }, { "全国率先", MARK_FIRST },
  { "在全国率先", MARK_FIRST }, { "全国首创", MARK_FIRST }, { "我国首部", MARK_FIRST },
};

/* Is [@start, @end) one of the verbs above, and nothing else? */
static gboolean
is_verb_word (const char *text,
              gsize       start,
              gsize       end)
{
  for (guint i = 0; i < G_N_ELEMENTS (verbs); i++)
    if (verbs[i].value < MARK_BASE && strlen (verbs[i].word) == end - start &&
        memcmp (text + start, verbs[i].word, end - start) == 0)
      return TRUE;
  return FALSE;
}

/* The act stated after the name, built into the matcher as every
 * auxiliary × degree × act below (对X进行了全面修订, 对X作出修正, 对X予以
 * 废止, 对X草案进行第二次审议, 对X进行二审). */
static const char * const after_auxiliaries[] = {
  "进行", "进行了", "作出", "作出了", "作了", "予以", "实施",
};
static const char * const after_degrees[] = { "", "全面", "部分" };
static const Word after_acts[] = {
  { "修订", ACT_REVISE }, { "修改", ACT_AMEND }, { "修正", ACT_AMEND }, { "废止", ACT_REPEAL },
  /* 对《A》等5件法规进行打包修改 */
  { "打包修改", ACT_AMEND }, { "一揽子修改", ACT_AMEND }, { "集中修改", ACT_AMEND },
  { "打包修正", ACT_AMEND }, { "集中修正", ACT_AMEND },
  /* a city's law approved (对X市报批的《A》予以批准, 进行审查并予以批准) */
  { "批准", ACT_APPROVE }, { "审查批准", ACT_APPROVE }, { "审查并批准", ACT_APPROVE },
  { "审查并予以批准", ACT_APPROVE },
};
/* …with 进行 and 进行了 only */
static const char * const after_readings[] = {
  "审议", "初次审议", "再次审议", "第一次审议", "第二次审议", "第三次审议", "第四次审议",
  "一次审议", "二次审议", "两次审议", "三次审议", "四次审议", "初审", "一审", "二审", "三审",
};

/* A word and its length, measured by the compiler: for lists looked
 * for backwards, where the length is needed first. */
typedef struct
{
  const char *word;
  gsize       len;
} Term;

#define TERM(s) { s, sizeof (s) - 1 }

/* Words looked for at many places of the text, with filters filled with
 * the matcher (see get_matcher()): the second bytes of the words, their
 * first two bytes, and their last bytes. The first byte of most
 * characters of a report is one of a few (E4…E9, for CJK ideographs) and
 * tells little; a place where the byte that would be a word's second, or
 * last, is none of theirs is passed at one lookup. Where it is, the low
 * four bits of the first byte and the second byte are looked up together,
 * as one bit of 16 × 256, before the words are. Words have two bytes at
 * least. */
typedef struct
{
  const Term *terms;
  guint       n_terms;
  gboolean    second_bytes[256];
  guint8      first_pairs[16 * 256 / 8];
  gboolean    last_bytes[256];
} WordList;

#define WORD_LIST(terms) { terms, G_N_ELEMENTS (terms), { FALSE }, { 0 }, { FALSE } }

/* The bit of first_pairs for the bytes @b0 @b1 */
#define WORD_PAIR(b0, b1) (((guint) ((guchar) (b0) & 0x0F) << 8) | (guchar) (b1))

/* Words before a verb that make the act a plan (加快修改, 拟制定). */
static const Term plan_terms[] = {
  TERM ("加快"), TERM ("抓紧"), TERM ("拟"), TERM ("计划"), TERM ("适时"), TERM ("启动"),
  TERM ("推动"), TERM ("推进"), TERM ("将"), TERM ("筹备"), TERM ("研究"), TERM ("建议"),
  TERM ("准备"), TERM ("着手"), TERM ("争取"), TERM ("提出"),
};
static WordList plan_words = WORD_LIST (plan_terms);

/* Words after the name that make the act a project or a proposal
 * (…列入立法计划, …的建议). */
static const Term project_terms[] = {
  TERM ("立法计划"), TERM ("立法项目"), TERM ("增列"), TERM ("立法规划"), TERM ("列入"),
  TERM ("的建议"), TERM ("等建议"), TERM ("意见建议"), TERM ("提出建议"), TERM ("的意见"),
  TERM ("等意见"),
};
static WordList project_words = WORD_LIST (project_terms);

/* Between 经 and the verb after a name (《X》经省人大常委会第六次会议表决
 * 通过, X条例草案经三次审议后表决通过): a congress, its sitting or its
 * readings. */
static const Term via_body_terms[] = {
  TERM ("人大"), TERM ("常委会"), TERM ("常务委员会"), TERM ("代表大会"), TERM ("大会"),
  TERM ("会议"), TERM ("审议"), TERM ("次"),
};
static WordList via_bodies = WORD_LIST (via_body_terms);

/* …and what makes it another body's act, or a step before the vote:
 * government rules (经市政府常务会议审议通过), party documents (经省委常委会
 * 审议), a bill only referred (经主任会议研究决定提请常委会审议). */
static const Term via_other_terms[] = {
  TERM ("政府"), TERM ("国务院"), TERM ("党"), TERM ("省委"), TERM ("市委"), TERM ("州委"),
  TERM ("县委"), TERM ("区委"), TERM ("主任会议"), TERM ("提请"), TERM ("报请"), TERM ("提交"),
};
static WordList via_others = WORD_LIST (via_other_terms);

/* Instrument words a bare name may end with, longest first, and the kind
 * they give. */
typedef struct
{
  const char *suffix;
  const char *kind;
  gsize       len;     /* strlen (suffix), measured once by the compiler */
} Suffix;

#define SUFFIX(s, k) { s, k, sizeof (s) - 1 }

/* The kinds, one string each: a kind from suffixes[] is told by its
 * address */
static const char kind_law[] = "law";
static const char kind_regulation[] = "regulation";
static const char kind_rules[] = "rules";
static const char kind_decision[] = "decision";

static const Suffix suffixes[] = {
  SUFFIX ("实施办法", kind_regulation), SUFFIX ("实施细则", kind_regulation),
  SUFFIX ("实施条例", kind_regulation), SUFFIX ("自治条例", kind_regulation),
  SUFFIX ("单行条例", kind_regulation), SUFFIX ("条例", kind_regulation),
  SUFFIX ("规定", kind_regulation), SUFFIX ("办法", kind_regulation),
  SUFFIX ("细则", kind_regulation), SUFFIX ("规则", kind_rules), SUFFIX ("守则", kind_rules),
  SUFFIX ("决定", kind_decision), SUFFIX ("决议", kind_decision), SUFFIX ("法典", kind_law),
  SUFFIX ("法", kind_law),
};

#undef SUFFIX

/* suffixes[] by their last byte, each byte's in their order (those of
 * suffix_by_last_byte[b] up to those of suffix_by_last_byte[b + 1] in
 * suffix_order end with b): the few that may end a name, found at one
 * lookup. Filled with the matcher (see get_matcher()). */
static guint8 suffix_by_last_byte[257];
static guint8 suffix_order[G_N_ELEMENTS (suffixes)];

/* A three-byte character as a number, to compare at once */
static inline guint32
char3 (const char *p)
{
  return (guint32) (guchar) p[0] << 16 | (guint32) (guchar) p[1] << 8 | (guchar) p[2];
}

/* Every instrument word is of three-byte characters, four at most */
#define SUFFIX_MAX_CHARS 4

/* The characters of an instrument word before its last, as numbers, to
 * compare with those of a name for all the words of a last character at
 * once: the second- and third-to-last packed in @near (24 bits each), the
 * fourth-to-last in @far, with the masks of those the word has (a word
 * has no character where the masks are 0). Filled with the matcher (see
 * suffix_tables_init()). */
typedef struct
{
  guint64 near;
  guint64 near_mask;
  guint32 far;
  guint32 far_mask;
} SuffixKey;

static SuffixKey suffix_keys[G_N_ELEMENTS (suffixes)];

/* The last character of the instrument words ending with a byte (例 E4
 * BE 8B, 法 E6 B3 95…), as a number, or 0: one per byte. Most names tried
 * end with none, and are ruled out at one lookup and a comparison. */
static guint32 suffix_last_char[256];

/* Names that end like an instrument but are not one: 立法, 执法, 司法…,
 * by the character before 法 (each of three bytes). */
static const char not_law_heads[] =
  "立执司普守依方做说想看用违合非宪办手算章变无写文语";

/* …as numbers (see char3()), filled with the matcher */
static guint32 not_law_head_chars[(sizeof not_law_heads - 1) / 3];

/* Laws whose last two characters before 法 would be such a word: 公司法
 * (not 司法), 预算法 (not 算法), 开发利用法 and 法律适用法 (not 用法), as
 * numbers. */
static const char law_heads_after[] = "公司预算利用适用";
static guint32 law_head_pairs[(sizeof law_heads_after - 1) / 3];

/* Names that are no place: 各市, 全县, 本市, 市县, 有关县区… (see
 * place_end()) */
static const Term generic_place_terms[] = {
  TERM ("各"), TERM ("全"), TERM ("该"), TERM ("本"), TERM ("我"), TERM ("其"), TERM ("每"),
  TERM ("此"), TERM ("两"), TERM ("几"), TERM ("多"), TERM ("并"), TERM ("市"), TERM ("县"),
  TERM ("区"), TERM ("州"), TERM ("省"), TERM ("有关"), TERM ("相关"), TERM ("部分"), TERM ("所辖"),
  TERM ("下辖"), TERM ("设区"), TERM ("一些"), TERM ("若干"), TERM ("地方"), TERM ("城乡"),
};
static WordList generic_places = WORD_LIST (generic_place_terms);

/* Words a name does not start with. */
static const Term generic_prefix_terms[] = {
  TERM ("有关"), TERM ("相关"), TERM ("该"), TERM ("本"), TERM ("此"), TERM ("上述"), TERM ("配套"),
  TERM ("一批"), TERM ("若干"), TERM ("各项"), TERM ("部分"), TERM ("系列"), TERM ("多部"), TERM ("其他"),
  TERM ("其它"), TERM ("各类"), TERM ("这"), TERM ("那"), TERM ("一系列"), TERM ("地方性"), TERM ("新的"),
  TERM ("重大"), TERM ("重要"), TERM ("以上"), TERM ("上位"), TERM ("下位"), TERM ("所"),
  TERM ("我省相关"), TERM ("我市相关"), TERM ("我区相关"), TERM ("我省有关"), TERM ("我市有关"),
  /* a heading's or a list's joints, not a name */
  TERM ("和"), TERM ("及"), TERM ("与"), TERM ("或"), TERM ("等"), TERM ("的"), TERM ("并"),
  TERM ("、"),
};
static WordList generic_prefixes = WORD_LIST (generic_prefix_terms);

/* Words that, alone before an instrument word, do not name one. */
static const Term generic_stems[] = {
  TERM ("工作"), TERM ("管理"), TERM ("实施"), TERM ("具体"), TERM ("相应"), TERM ("明确"), TERM ("专门"),
  TERM ("详细"), TERM ("严格"), TERM ("必要"), TERM ("特别"), TERM ("原则"), TERM ("一般"), TERM ("补充"),
  TERM ("过渡"), TERM ("暂行"), TERM ("试行"), TERM ("禁止性"), TERM ("授权"), TERM ("法律"), TERM ("法规"),
  TERM ("地方"), TERM ("相关"), TERM ("配套"), TERM ("单行"), TERM ("自治"), TERM ("条例"), TERM ("规范"),
  TERM ("制度"), TERM ("创新性"), TERM ("原则性"), TERM ("针对性"), TERM ("前瞻性"), TERM ("创制性"),
};

/* Categories of instruments, not one: 审议宪法相关法、法律案…, 作出法规性
 * 决定3件 (the branches of the legal system, and the kinds of acts). */
static const Term generic_names[] = {
  TERM ("宪法相关法"), TERM ("民法商法"), TERM ("行政法"), TERM ("经济法"), TERM ("社会法"),
  TERM ("诉讼与非诉讼程序法"), TERM ("非诉讼程序法"), TERM ("程序法"), TERM ("实体法"),
  TERM ("法规性决定"), TERM ("法律性决定"), TERM ("法规性质决定"), TERM ("法律性问题决定"),
  /* kinds of acts, not names (作出决议决定等86项) */
  TERM ("决议决定"), TERM ("决定决议"), TERM ("法规规章"), TERM ("法律法规"), TERM ("条例规定"),
  TERM ("法律案和决定"), TERM ("法规案和决定"), TERM ("法律和决定"), TERM ("法规和决定"),
};

/* Skipped between a verb and the name, the first that is there. */
static const Term filler_terms[] = {
  TERM ("并严格执行"), TERM ("并认真执行"), TERM ("并实施"), TERM ("并印发"), TERM ("并出台"),
  TERM ("出台"), TERM ("印发"), TERM ("并执行"), TERM ("了"), TERM ("并通过"), TERM ("通过了"),
  TERM ("通过"), TERM ("完善"),
  /* 新制定的有A条例、B条例, 修改的是C条例 */
  TERM ("的有"), TERM ("的是"), TERM ("的包括"),
};
static WordList filler_words = WORD_LIST (filler_terms);

typedef struct
{
  gsize        start;         /* span of the name, bytes (with 《》 for titles) */
  gsize        end;
  const char  *name;          /* the text's or its title's: not owned */
  gsize        name_len;
  gsize        key;           /* the name normalized (see normalize_name()): */
  gsize        key_len;       /* where it is in Scan.keys */
  const char  *kind;
  Action       action;
  char        *body;
  const char  *level;
  gboolean     first_of_kind;
  BaogaoAnnotation *citation; /* the title, or NULL */
  gsize        verb_start;    /* where the act was stated */
} Instrument;

typedef struct
{
  gsize start;
  gsize end;
  guint value;
} Hit;

/* Are @before and @head (as numbers) one of law_head_pairs? */
static inline gboolean
is_law_head_pair (guint32 before,
                  guint32 head)
{
  for (guint i = 0; i + 1 < G_N_ELEMENTS (law_head_pairs); i += 2)
    if (law_head_pairs[i] == before && law_head_pairs[i + 1] == head)
      return TRUE;
  return FALSE;
}

static void
word_list_init (WordList *list)
{
  for (guint i = 0; i < list->n_terms; i++)
    {
      const Term *term = &list->terms[i];
      guint pair = WORD_PAIR (term->word[0], term->word[1]);

      g_assert (term->len >= 2);
      list->second_bytes[(guchar) term->word[1]] = TRUE;
      list->first_pairs[pair / 8] |= 1 << (pair % 8);
      list->last_bytes[(guchar) term->word[term->len - 1]] = TRUE;
    }
}

/* The matcher of verbs and marks, built from the tables above. Also
 * called when the plugin is compiled (see matcher-data.h). */
BaogaoMatcher *
legislation_build_matcher (GBytes *input)
{
  BaogaoMatcher *m = baogao_matcher_new ();

  for (guint i = 0; i < G_N_ELEMENTS (verbs); i++)
    baogao_matcher_add (m, verbs[i].word, verbs[i].value);
  for (guint i = 0; i < G_N_ELEMENTS (after_auxiliaries); i++)
    {
      for (guint j = 0; j < G_N_ELEMENTS (after_degrees); j++)
        for (guint k = 0; k < G_N_ELEMENTS (after_acts); k++)
          {
            g_autofree char *word = g_strconcat (after_auxiliaries[i], after_degrees[j],
                                                 after_acts[k].word, NULL);

            baogao_matcher_add (m, word, MARK_AFTER + after_acts[k].value);
          }
      if (g_str_has_prefix (after_auxiliaries[i], "进行"))
        for (guint j = 0; j < G_N_ELEMENTS (after_readings); j++)
          {
            g_autofree char *word = g_strconcat (after_auxiliaries[i], after_readings[j], NULL);

            baogao_matcher_add (m, word, MARK_AFTER + ACT_DELIBERATE);
          }
    }
  baogao_matcher_seal (m);

  return m;
}

/* Fills the tables of suffixes[] for find_suffix() and name_suffix() */
static void
suffix_tables_init (void)
{
  guint fill[256];

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    suffix_by_last_byte[(guchar) suffixes[i].suffix[suffixes[i].len - 1] + 1]++;
  for (guint b = 0; b < 256; b++)
    suffix_by_last_byte[b + 1] += suffix_by_last_byte[b];
  for (guint b = 0; b < 256; b++)
    fill[b] = suffix_by_last_byte[b];
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      const Suffix *suffix = &suffixes[i];
      guchar b = (guchar) suffix->suffix[suffix->len - 1];
      guint32 last = char3 (suffix->suffix + suffix->len - 3);

      g_assert (suffix->len % 3 == 0 && suffix->len / 3 <= SUFFIX_MAX_CHARS);
      suffix_order[fill[b]++] = (guint8) i;
      /* the words of a last byte end with one character */
      g_assert (suffix_last_char[b] == 0 || suffix_last_char[b] == last);
      suffix_last_char[b] = last;
      for (guint m = 1; m < suffix->len / 3; m++)
        {
          guint32 c = char3 (suffix->suffix + suffix->len - 3 * (m + 1));

          if (m == 3)
            {
              suffix_keys[i].far = c;
              suffix_keys[i].far_mask = 0xFFFFFF;
            }
          else
            {
              suffix_keys[i].near |= (guint64) c << (24 * (m - 1));
              suffix_keys[i].near_mask |= (guint64) 0xFFFFFF << (24 * (m - 1));
            }
        }
    }
  for (guint i = 0; i < G_N_ELEMENTS (not_law_head_chars); i++)
    not_law_head_chars[i] = char3 (not_law_heads + 3 * i);
  for (guint i = 0; i < G_N_ELEMENTS (law_head_pairs); i++)
    law_head_pairs[i] = char3 (law_heads_after + 3 * i);
}

/* The suffix tables and the word lists' filters, once per process */
static void
tables_init (void)
{
  static gsize once = 0;

  if (g_once_init_enter (&once))
    {
      suffix_tables_init ();
      word_list_init (&plan_words);
      word_list_init (&project_words);
      word_list_init (&generic_prefixes);
      word_list_init (&filler_words);
      word_list_init (&generic_places);
      word_list_init (&via_bodies);
      word_list_init (&via_others);
      g_once_init_leave (&once, 1);
    }
}

/* The matcher, the one built with the plugin if it loads */
static BaogaoMatcher *
get_matcher (void)
{
  static gsize once = 0;
  static BaogaoMatcher *matcher;

  if (g_once_init_enter (&once))
    {
      matcher = matcher_data_load_or_build (&legislation_matcher_data, legislation_build_matcher);
      g_once_init_leave (&once, 1);
    }
  return matcher;
}

/* The hits of a document, grown by hand: a call per hit to append to a
 * GArray would cost more than what is done with most. */
typedef struct
{
  Hit   *items;
  guint  len;
  guint  size;
} HitList;

static gboolean
collect_hit (gsize    byte_start,
             gsize    byte_end,
             guint    value,
             gpointer user_data)
{
  HitList *hits = user_data;

  if (hits->len == hits->size)
    {
      hits->size = MAX (256, 2 * hits->size);
      hits->items = g_renew (Hit, hits->items, hits->size);
    }
  hits->items[hits->len++] = (Hit) { byte_start, byte_end, value };
  return TRUE;
}

static void
instrument_clear (gpointer data)
{
  Instrument *in = data;

  g_free (in->body);
}

/* --- UTF-8 text helpers ------------------------------------------------
 *
 * The text is valid UTF-8 (documents check it). */

/* Does [@start, @p) end with @term? */
static inline gboolean
ends_with_term (const char *text,
                gsize       start,
                gsize       p,
                const Term *term)
{
  return p >= start + term->len && text[p - 1] == term->word[term->len - 1] &&
         memcmp (text + p - term->len, term->word, term->len) == 0;
}

/* Does one of the words of @list start at @p, and end by @end? */
static inline gboolean
word_list_at (const WordList *list,
              const char     *text,
              gsize           p,
              gsize           end)
{
  guint pair;

  if (p + 1 >= end || !list->second_bytes[(guchar) text[p + 1]])
    return FALSE;
  pair = WORD_PAIR (text[p], text[p + 1]);
  if (!(list->first_pairs[pair / 8] & (1 << (pair % 8))))
    return FALSE;
  for (guint i = 0; i < list->n_terms; i++)
    {
      const Term *term = &list->terms[i];

      /* the first two bytes before a call */
      if (text[p] == term->word[0] && text[p + 1] == term->word[1] && p + term->len <= end &&
          memcmp (text + p, term->word, term->len) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Does [@start, @p) end with one of the words of @list? */
static inline gboolean
word_list_ends_at (const WordList *list,
                   const char     *text,
                   gsize           start,
                   gsize           p)
{
  if (p <= start || !list->last_bytes[(guchar) text[p - 1]])
    return FALSE;
  for (guint i = 0; i < list->n_terms; i++)
    if (ends_with_term (text, start, p, &list->terms[i]))
      return TRUE;
  return FALSE;
}

static inline gsize
next_char (const char *text,
           gsize       p,
           gsize       end)
{
  guchar lead = (guchar) text[p];

  /* most characters: three bytes (most of all) or ASCII */
  if ((lead & 0xF0) == 0xE0 && p + 3 <= end)
    return p + 3;
  if (lead < 0x80)
    return p + 1;
  /* others, and inside a character (where a window reaching back a
   * number of bytes may start): up to the next character */
  p++;
  while (p < end && ((guchar) text[p] & 0xC0) == 0x80)
    p++;
  return p;
}

static glong
n_chars (const char *text,
         gsize       start,
         gsize       end)
{
  return g_utf8_strlen (text + start, (gssize) (end - start));
}

/* A clause delimiter at @p (not 、, which separates list items): its
 * length in bytes, or 0. A line break counts too, and a '.' that ends a
 * sentence. */
static inline guint
clause_delimiter (const char *text,
                  gsize       p,
                  gsize       end)
{
  const guchar *c = (const guchar *) text + p;

  if (p >= end)
    return 0;
  switch (c[0])
    {
    case ',': case ';': case ':': case '!': case '?': case '\n':
      return 1;
    case '.':
      return text_dot_ends_sentence (text, p) ? 1 : 0;
    case 0xEF:
      /* ，；：！？ (U+FF0C, FF1B, FF1A, FF01, FF1F) */
      if (end - p >= 3 && c[1] == 0xBC &&
          (c[2] == 0x8C || c[2] == 0x9B || c[2] == 0x9A || c[2] == 0x81 || c[2] == 0x9F))
        return 3;
      return 0;
    case 0xE3:
      /* 。 (U+3002) */
      if (end - p >= 3 && c[1] == 0x80 && c[2] == 0x82)
        return 3;
      return 0;
    default:
      return 0;
    }
}

static gsize
clause_end (const char *text,
            gsize       p,
            gsize       limit)
{
  while (p < limit)
    {
      guchar lead = (guchar) text[p];

      /* most of the text: CJK ideographs (lead bytes E4…E9, three
       * bytes), which end no clause */
      if (lead >= 0xE4 && lead <= 0xE9)
        {
          p += 3;
          continue;
        }
      if (clause_delimiter (text, p, limit) != 0)
        return p;
      p = next_char (text, p, limit);
    }
  /* not past @limit, where a character may straddle it */
  return MIN (p, limit);
}

/* Does a CJK ideograph (lead byte E4…E9, three bytes) end at @p, after
 * @lower? Most characters are, and none ends a clause or a sentence:
 * walks back step over them at once. */
static inline gboolean
ideograph_before (const char *text,
                  gsize       lower,
                  gsize       p)
{
  return p - lower >= 3 && (guchar) text[p - 3] >= 0xE4 && (guchar) text[p - 3] <= 0xE9;
}

static gsize
clause_start (const char *text,
              gsize       lower,
              gsize       p)
{
  /* callers reach back a number of bytes: the limit is moved onto a
   * character boundary, or a walk that gets there would end inside one */
  lower = text_boundary_after (text, lower, p);
  while (p > lower)
    {
      gsize q;

      if (ideograph_before (text, lower, p))
        {
          p -= 3;
          continue;
        }
      q = text_prev_char (text, lower, p);
      if (clause_delimiter (text, q, p) != 0)
        break;
      p = q;
    }
  return p;
}

/* Sentence end for a position: the next 。！？ or blank line, bounded. */
static gsize
sentence_end (const char *text,
              gsize       p,
              gsize       limit)
{
  while (p < limit)
    {
      if (text_word_at (text, p, limit, "。") || text_word_at (text, p, limit, "！") ||
          text_word_at (text, p, limit, "？") || (text[p] == '.' && text_dot_ends_sentence (text, p)))
        return p;
      p = next_char (text, p, limit);
    }
  return limit;
}

static gsize
sentence_start (const char *text,
                gsize       lower,
                gsize       p)
{
  /* callers reach back a number of bytes: the limit is moved onto a
   * character boundary, or a walk that gets there would end inside one */
  lower = text_boundary_after (text, lower, p);
  while (p > lower)
    {
      gsize q;

      if (ideograph_before (text, lower, p))
        {
          p -= 3;
          continue;
        }
      q = text_prev_char (text, lower, p);
      if (text_word_at (text, q, p, "。") || text_word_at (text, q, p, "！") || text_word_at (text, q, p, "？") ||
          (text[q] == '.' && text_dot_ends_sentence (text, q)) ||
          (text[q] == '\n' && q > lower && text[q - 1] == '\n'))
        break;
      p = q;
    }
  return p;
}

static inline gboolean
is_digit_or_numeral (const char *text,
                     gsize       p,
                     gsize       end)
{
  const guchar *c = (const guchar *) text + p;

  if (g_ascii_isdigit (c[0]))
    return TRUE;
  /* every numeral starts with E4 or E5, and has three bytes */
  if ((c[0] != 0xE4 && c[0] != 0xE5) || p + 3 > end)
    return FALSE;
  switch ((c[0] & 0x0F) << 12 | (c[1] & 0x3F) << 6 | (c[2] & 0x3F))
    {
    case 0x4E00: case 0x4E8C: case 0x4E24: case 0x4E09:   /* 一二两三 */
    case 0x56DB: case 0x4E94: case 0x516D: case 0x4E03:   /* 四五六七 */
    case 0x516B: case 0x4E5D: case 0x5341: case 0x51E0:   /* 八九十几 */
      return TRUE;
    default:
      return FALSE;
    }
}

/* Is @p a digit (ASCII or full-width) or a numeral, 〇 零 百 too? */
static inline gboolean
at_number (const char *text,
           gsize       p,
           gsize       end)
{
  const guchar *c = (const guchar *) text + p;

  if (is_digit_or_numeral (text, p, end))
    return TRUE;
  if (p + 3 > end)
    return FALSE;
  /* ０…９ (EF BC 90…99) */
  if (c[0] == 0xEF && c[1] == 0xBC && c[2] >= 0x90 && c[2] <= 0x99)
    return TRUE;
  return text_word_at (text, p, end, "〇") || text_word_at (text, p, end, "零") ||
         text_word_at (text, p, end, "百");
}

/* --- names ---------------------------------------------------------------- */

static const Suffix *
find_suffix (const char *text,
             gsize       start,
             gsize       end)
{
  guint32 chars[SUFFIX_MAX_CHARS] = { 0 };
  guint64 near;
  guchar b;

  if (end < start + 3)
    return NULL;
  /* only the instrument words ending with the name's last character, in
   * the order of suffixes[]: those of its last byte */
  b = (guchar) text[end - 1];
  if (suffix_last_char[b] == 0 || char3 (text + end - 3) != suffix_last_char[b])
    return NULL;
  /* every instrument word is of three-byte characters: those before the
   * last, read once as numbers (where there is room) for all the words */
  for (guint m = 1; m < SUFFIX_MAX_CHARS && end >= start + 3 * (m + 1); m++)
    chars[m] = char3 (text + end - 3 * (m + 1));
  near = (guint64) chars[1] | (guint64) chars[2] << 24;
  for (guint j = suffix_by_last_byte[b]; j < suffix_by_last_byte[b + 1]; j++)
    {
      guint k = suffix_order[j];
      const Suffix *suffix = &suffixes[k];
      const SuffixKey *key = &suffix_keys[k];

      /* (a character with no room before @start is 0, which none is) */
      if ((near & key->near_mask) != key->near || (chars[3] & key->far_mask) != key->far)
        continue;
      if (suffix->len == 3 && suffix->kind == kind_law && end >= start + 6 &&
          !is_law_head_pair (chars[2], chars[1]))
        for (guint i = 0; i < G_N_ELEMENTS (not_law_head_chars); i++)
          if (chars[1] == not_law_head_chars[i])
            return NULL;
      return suffix;
    }
  return NULL;
}

/* Does [@start, @end) end with the last character of an instrument
 * word? When not, it ends with none (see name_suffix()). */
static inline gboolean
ends_like_name (const char *text,
                gsize       start,
                gsize       end)
{
  guint32 last;

  if (end < start + 3)
    return FALSE;
  last = suffix_last_char[(guchar) text[end - 1]];
  return last != 0 && (guchar) text[end - 2] == ((last >> 8) & 0xFF) &&
         (guchar) text[end - 3] == last >> 16;
}

/* The instrument word [@start, @end) ends with, or NULL. Tried at many
 * places: the last character rules out most at once, without a call. */
static inline const Suffix *
name_suffix (const char *text,
             gsize       start,
             gsize       end)
{
  if (!ends_like_name (text, start, end))
    return NULL;
  return find_suffix (text, start, end);
}

/* May an instrument word (条例, 法…) end anywhere in [@start + 3, @end]?
 * When not, no name can be taken from [@start, @end). Only the last
 * character of the words is looked for, at each character from @start
 * (a character start): TRUE may be wrong, FALSE is not. The last
 * characters of the words are CJK ideographs (lead bytes E4…E9, three
 * bytes), the only characters looked at. */
static gboolean
may_end_name (const char *text,
              gsize       start,
              gsize       end)
{
  gsize e = start;

  while (e < end)
    {
      guchar lead = (guchar) text[e];

      if (lead >= 0xE4 && lead <= 0xE9 && e + 3 <= end)
        {
          guint32 last = suffix_last_char[(guchar) text[e + 2]];

          e += 3;
          if (last != 0 && char3 (text + e - 3) == last)
            return TRUE;
          continue;
        }
      e = next_char (text, e, end);
    }
  return FALSE;
}

/* Strips a trailing 草案, (草案), 修正案… after the instrument word. */
static gsize
strip_draft (const char *text,
             gsize       start,
             gsize       end,
             gboolean   *draft)
{
  static const char * const drafts[] = {
    "（修订草案）", "(修订草案)", "（修正草案）", "(修正草案)", "（草案）", "(草案)",
    "修订草案", "修正草案", "修正案草案", "修正案", "修订案", "草案",
  };

  /* every draft mark ends with 案, ） or ): rule out the rest at once */
  if (end <= start ||
      (text[end - 1] != ')' &&
       !(end >= start + 3 && (memcmp (text + end - 3, "案", 3) == 0 ||
                              memcmp (text + end - 3, "）", 3) == 0))))
    return end;
  for (guint i = 0; i < G_N_ELEMENTS (drafts); i++)
    if (text_word_ends_at (text, start, end, drafts[i]))
      {
        *draft = TRUE;
        return end - strlen (drafts[i]);
      }
  return end;
}

/* The act a draft mark [@start, @end) stripped from a name proposes:
 * 修订草案, （修订草案）, 修订案 revise; 修正草案, 修正案 amend; else
 * ACT_NONE (草案: a new instrument, or not said). */
static Action
draft_edition (const char *text,
               gsize       start,
               gsize       end)
{
  if (text_contains (text, start, end, "修订"))
    return ACT_REVISE;
  if (text_contains (text, start, end, "修正"))
    return ACT_AMEND;
  return ACT_NONE;
}

/* A revision or amendment bill named right after a title at @p
 * (《X法》修订草案, 《X条例》修正案): its act, else ACT_NONE. */
static Action
edition_after (const char *text,
               gsize       p,
               gsize       limit)
{
  static const Word marks[] = {
    { "修订草案", ACT_REVISE }, { "修订案", ACT_REVISE }, { "（修订草案）", ACT_REVISE },
    { "(修订草案)", ACT_REVISE }, { "修正草案", ACT_AMEND }, { "修正案", ACT_AMEND },
    { "（修正草案）", ACT_AMEND }, { "(修正草案)", ACT_AMEND },
  };

  /* each starts with 修 (E4 BF AE), （ (EF BC 88) or ( */
  if (p >= limit || (text[p] != '(' && (guchar) text[p] != 0xE4 && (guchar) text[p] != 0xEF))
    return ACT_NONE;
  for (guint i = 0; i < G_N_ELEMENTS (marks); i++)
    if (text_word_at (text, p, limit, marks[i].word))
      return marks[i].value;
  return ACT_NONE;
}

/* Rules that carry out a title, named right after it (出台《X条例》配套
 * 规定, 制定《X法》实施办法, 《X》的实施细则): the act is on them, not
 * on X. */
static gboolean
support_after (const char *text,
               gsize       p,
               gsize       limit)
{
  static const char * const joints[] = { "的", "相关", "有关" };
  static const char * const rules[] = {
    "细则", "办法", "条例", "意见", "方案", "规定", "规则",
  };
  /* the first characters of the joints, 配套 and 实施: most titles are
   * followed by none */
  static const char firsts[] = "的相有配实";

  if (p + 3 > limit)
    return FALSE;
  {
    gboolean any = FALSE;

    for (guint i = 0; i + 3 <= sizeof firsts - 1 && !any; i += 3)
      any = memcmp (text + p, firsts + i, 3) == 0;
    if (!any)
      return FALSE;
  }
  p += text_any_word_at (text, p, limit, joints, G_N_ELEMENTS (joints));
  if (text_word_at (text, p, limit, "配套"))
    return TRUE;
  if (!text_word_at (text, p, limit, "实施"))
    return FALSE;
  p += strlen ("实施");
  return text_any_word_at (text, p, limit, rules, G_N_ELEMENTS (rules)) != 0;
}

/* The editions a title or name may be marked with, and their acts */
static const Word edition_marks[] = {
  { "（修订）", ACT_REVISE }, { "(修订)", ACT_REVISE },
  { "（修正）", ACT_AMEND }, { "(修正)", ACT_AMEND },
};

/* The act of the edition mark [@start, @end) ends with (X条例（修订）:
 * ACT_REVISE), and the mark's length in @len; or ACT_NONE */
static Action
edition_mark_ending (const char *text,
                     gsize       start,
                     gsize       end,
                     gsize      *len)
{
  for (guint i = 0; i < G_N_ELEMENTS (edition_marks); i++)
    if (text_word_ends_at (text, start, end, edition_marks[i].word))
      {
        *len = strlen (edition_marks[i].word);
        return edition_marks[i].value;
      }
  *len = 0;
  return ACT_NONE;
}

/* The length of @title without the edition or the draft it names, and
 * that edition's act in @edition (else ACT_NONE): 《X条例（修订）》 passed
 * is X revised, 《X条例（修订草案）》 is the bill that revises X, and the
 * name is X条例 wherever it is mentioned. */
static gsize
strip_edition (const char *title,
               gsize       len,
               Action     *edition)
{
  gboolean draft = FALSE;
  gsize stripped, mark;

  *edition = edition_mark_ending (title, 0, len, &mark);
  if (*edition != ACT_NONE)
    return len - mark;
  /* 《X条例（修订草案）》: the bill is X条例 */
  stripped = strip_draft (title, 0, len, &draft);
  if (stripped < len && name_suffix (title, 0, stripped) != NULL)
    {
      *edition = draft_edition (title, stripped, len);
      return stripped;
    }
  return len;
}

/* Is the title at @open (《) inside a bare name from @start the law
 * that the name's measures implement: after 实施, its 》 right before
 * the instrument word at @suffix_start (…实施《X法》办法), and no other
 * title inside it? */
static gboolean
names_implemented_law (const char *text,
                       gsize       start,
                       gsize       open,
                       gsize       suffix_start)
{
  gsize inside = open + strlen ("《"), close;

  if (!text_word_ends_at (text, start, open, "实施") || suffix_start < inside + strlen ("》"))
    return FALSE;
  close = suffix_start - strlen ("》");
  return text_word_at (text, close, suffix_start, "》") &&
         !text_contains (text, inside, close, "《") && !text_contains (text, inside, close, "》");
}

/* Is [start, end) a plausible bare instrument name? */
static const Suffix *
check_name (const char *text,
            gsize       start,
            gsize       end)
{
  const Suffix *suffix;
  gboolean law;
  glong len = 0;

  if (end <= start)
    return NULL;
  suffix = name_suffix (text, start, end);
  if (suffix == NULL)
    return NULL;
  law = suffix->kind == kind_law;
  /* at most 60 characters (of four bytes at most), see below */
  if (end - start > 60 * 4)
    return NULL;
  /* what comes before the instrument word must name something: not
   * 实施办法, 具体规定, 管理办法 alone (the stems have two or three
   * characters; the first compared without a call) */
  {
    gsize stem_end = end - suffix->len;

    if (stem_end - start <= 9)
      for (guint i = 0; i < G_N_ELEMENTS (generic_stems); i++)
        if (stem_end - start == generic_stems[i].len &&
            memcmp (text + start, generic_stems[i].word, 3) == 0 &&
            memcmp (text + start, generic_stems[i].word, generic_stems[i].len) == 0)
          return NULL;
  }
  if (word_list_at (&generic_prefixes, text, start, end))
    return NULL;
  /* (of three to nine characters) */
  if (end - start >= 9 && end - start <= 27)
    for (guint i = 0; i < G_N_ELEMENTS (generic_names); i++)
      if (end - start == generic_names[i].len &&
          memcmp (text + start, generic_names[i].word, generic_names[i].len) == 0)
        return NULL;
  /* one walk over the name: its length in characters, and what it may
   * not hold */
  for (gsize p = start; p < end; p = next_char (text, p, end))
    {
      guchar b0 = (guchar) text[p];

      len++;
      /* characters with lead bytes E7…E9 (U+7000…U+9FFF) are none of
       * those looked for below but 草 (E8 8D 89): most of a name.
       * 法规草案和法规性决定: a draft inside is a list of bills, not a
       * name (a draft mark at the end is stripped before) */
      if (b0 >= 0xE7 && b0 <= 0xE9)
        {
          if (b0 == 0xE8 && (guchar) text[p + 1] == 0x8D && (guchar) text[p + 2] == 0x89 &&
              text_word_at (text, p, end, "草案"))
            return NULL;
          continue;
        }
      /* a bare law name (制定国家发展规划法) is risky: a short run of CJK
       * ideographs only (U+4E00…U+9FFF, in valid UTF-8: E4 B8 80 … E9 BF
       * BF) */
      if (law && (b0 < 0xE4 || b0 > 0xE9 || (b0 == 0xE4 && (guchar) text[p + 1] < 0xB8)))
        return NULL;
      if (g_ascii_isdigit (text[p]) || text[p] == ' ' || text[p] == '\n')
        return NULL;
      /* "法规10件", "两部条例", "十余项制度办法": counts, not names (but
       * an ordinal in a decision's name: 关于开展第七个五年法治宣传教育的
       * 决议; not 第三个历史决议) */
      if (is_digit_or_numeral (text, p, end) &&
          !(text_word_ends_at (text, start, p, "第") && text_word_at (text, start, end, "关于")))
        {
          gsize q = next_char (text, p, end);

          if (text_word_at (text, q, end, "余") || text_word_at (text, q, end, "多"))
            q = next_char (text, q, end);
          if (text_word_at (text, q, end, "件") || text_word_at (text, q, end, "部") ||
              text_word_at (text, q, end, "项") || text_word_at (text, q, end, "个"))
            return NULL;
        }
      /* a title only inside the name of the measures implementing a
       * law, said without brackets of its own: 省实施《中华人民共和国
       * 妇女权益保障法》办法 */
      if (text_word_at (text, p, end, "《"))
        {
          gsize word = end - suffix->len;

          if (!names_implemented_law (text, start, p, word))
            return NULL;
          /* the title's characters after 《, its 》 included, counted
           * here; the walk goes on at the instrument word */
          len += n_chars (text, p + strlen ("《"), word);
          p = word - strlen ("》");
          continue;
        }
      if (text_word_at (text, p, end, "》"))
        return NULL;
      /* 设区的市法规和自治条例: kinds of instruments, not a name */
      if (text_word_at (text, p, end, "法规") &&
          (text_word_at (text, p, end, "法规和") || text_word_at (text, p, end, "法规及") ||
           text_word_at (text, p, end, "法规、") || text_word_at (text, p, end, "法规以及")))
        return NULL;
    }
  if (len < (law ? 3 : 4) || len > 60)
    return NULL;
  /* the longest law names have about thirty characters */
  if (law && len > 30)
    return NULL;
  /* the instrument word is of three-byte characters */
  if (len - (glong) suffix->len / 3 < (law ? 1 : 2))
    return NULL;
  return suffix;
}

/* What a place name (city, prefecture, league, county) ends with, longest
 * first at a position, and the words that make the suffix part of another
 * word when they follow it (市场, 市民, 县域, 区域, 旗帜, 盟员). */
static const struct
{
  const char *suffix;
  const char *words_after;   /* |-separated */
} place_suffixes[] = {
  { "自治州", NULL }, { "自治县", NULL }, { "自治旗", NULL }, { "地区", "间|性|差" },
  { "市", "场|民|域|级|容|政|貌|值|辖|属|直|情|长" }, { "州", NULL },
  { "盟", "员|友|约|军" }, { "县", "域|级|城|情|长|委" }, { "旗", "帜|舰|号|下|手" },
  { "区", "域|划|别|分|块|间|位|性|长" },
};

/* Whether one of the |-separated @words starts at @p. */
static gboolean
any_at (const char *text,
        gsize       p,
        gsize       limit,
        const char *words)
{
  const char *w = words;

  while (w != NULL && *w != '\0')
    {
      const char *bar = strchr (w, '|');
      gsize n = bar != NULL ? (gsize) (bar - w) : strlen (w);

      if (p + n <= limit && memcmp (text + p, w, n) == 0)
        return TRUE;
      w = bar != NULL ? bar + 1 : NULL;
    }
  return FALSE;
}

/* Whether the character [p, q) is one of the characters of @set. */
static gboolean
char_in (const char *text,
         gsize       p,
         gsize       q,
         const char *set)
{
  for (const char *c = set; *c != '\0'; c = g_utf8_next_char (c))
    if ((gsize) (g_utf8_next_char (c) - c) == q - p && memcmp (c, text + p, q - p) == 0)
      return TRUE;
  return FALSE;
}

/* The first characters of place_suffixes[], as bits (of their low six
 * bits), filled once */
static guint64
get_place_suffix_starts (void)
{
  static gsize starts = 0;

  if (g_once_init_enter (&starts))
    {
      guint64 bits = 0;

      for (guint k = 0; k < G_N_ELEMENTS (place_suffixes); k++)
        bits |= G_GUINT64_CONSTANT (1) << (g_utf8_get_char (place_suffixes[k].suffix) & 63);
      /* (never 0: g_once_init_leave() takes no 0) */
      g_once_init_leave (&starts, (gsize) (bits | 1));
    }
  return starts;
}

/* The end of a place name starting at @p, before @limit (七台河市, 温州市,
 * 恩施州, 大兴安岭地区, 木溪瑶族自治县), or 0. The name runs up to the
 * first place suffix; 州 ends it only when 市 does not follow (温州市,
 * 郑州市 are cities, not 温州 + 市…). A district (区) ends it only with
 * @districts, and never a region (自治区) or a zone (开发区, 园区). Names
 * have at most four characters before the suffix, but autonomous ones. */
static gsize
place_end (const char *text,
           gsize       p,
           gsize       limit,
           gboolean    districts)
{
  /* 自治区, 开发区, 园区, 示范区…: no body that legislates */
  static const char * const zones = "治发园范护景社片辖能验贸城战";
  guint64 suffix_starts = get_place_suffix_starts ();
  gsize q = p;
  guint n = 0;

  /* names that are no place: 各市, 全县, 本市, 市县, 有关县区… */
  if (word_list_at (&generic_places, text, p, limit))
    return 0;

  while (q < limit && n < 16)
    {
      guchar lead = (guchar) text[q];
      /* the text is valid UTF-8: three-byte characters decoded here */
      gunichar c = (lead & 0xF0) == 0xE0 ?
        (gunichar) (lead & 0x0F) << 12 | (gunichar) ((guchar) text[q + 1] & 0x3F) << 6 |
        ((guchar) text[q + 2] & 0x3F) :
        g_utf8_get_char (text + q);
      /* (one character of three bytes, not past @limit: what
       * text_word_at() would find) */
      gboolean whole = q + 3 <= limit;

      /* CJK ideographs only: no punctuation, digits or spaces */
      if (c < 0x4E00 || c > 0x9FFF)
        return 0;
      /* 黑龙江省…, 关于…: no city's own name */
      if ((whole && (c == 0x7701 /* 省 */ || c == 0x7684 /* 的 */)) ||
          text_word_at (text, q, limit, "关于"))
        return 0;
      if (n > 0 && whole && (c == 0x548C /* 和 */ || c == 0x4E0E /* 与 */ || c == 0x53CA /* 及 */))
        return 0;
      /* (the first characters of place_suffixes[] rule out most at
       * once, see get_place_suffix_starts()) */
      if (n > 0 && !(suffix_starts & (G_GUINT64_CONSTANT (1) << (c & 63))))
        {
          q = next_char (text, q, limit);
          n++;
          continue;
        }
      for (guint k = 0; n > 0 && k < G_N_ELEMENTS (place_suffixes); k++)
        if (text_word_at (text, q, limit, place_suffixes[k].suffix))
          {
            const char *suffix = place_suffixes[k].suffix;
            gsize e = q + strlen (suffix);

            if (strcmp (suffix, "州") == 0 && text_word_at (text, e, limit, "市"))
              continue;
            if (strcmp (suffix, "区") == 0 &&
                (!districts || char_in (text, text_prev_char (text, p, q), q, zones)))
              return 0;
            if (any_at (text, e, limit, place_suffixes[k].words_after))
              return 0;
            /* a city or county has a short name (齐齐哈尔市, 大兴安岭地区);
             * only autonomous ones name their peoples */
            if (n > 4 && !g_str_has_prefix (suffix, "自治"))
              return 0;
            return e;
          }
      q = next_char (text, q, limit);
      n++;
    }
  return 0;
}

/* The length of a city, prefecture or county at the start of a name
 * (哈尔滨市城市绿化条例 → 哈尔滨市), or 0. */
static gsize
place_prefix (const char *text,
              gsize       start,
              gsize       end)
{
  gsize e = place_end (text, start, end, FALSE);

  /* at least three characters: 某某市, not 新市 */
  return e > 0 && n_chars (text, start, e) >= 3 ? e - start : 0;
}

/* Does [@name, @name + @len) start with @prefix? */
static inline gboolean
has_prefix (const char *name,
            gsize       len,
            const char *prefix)
{
  gsize n = strlen (prefix);

  return n <= len && memcmp (name, prefix, n) == 0;
}

/* Does the name start with a municipality directly under the central
 * government (北京市, 天津市, 上海市, 重庆市)? Its congress is a
 * provincial one: its regulations are provincial, with no body. */
static gboolean
of_municipality (const char *name,
                 gsize       len)
{
  static const char * const municipalities[] = { "北京市", "天津市", "上海市", "重庆市" };

  for (guint i = 0; i < G_N_ELEMENTS (municipalities); i++)
    if (has_prefix (name, len, municipalities[i]))
      return TRUE;
  return FALSE;
}

static const char *
level_of (const char *kind,
          const char *name,
          gsize       name_len,
          const char *body,
          const char *citation_level,
          const char *default_level)
{
  /* an autonomous area's (自治州, 自治县), a county's (石门县, 某某旗:
   * guided by its prefecture), else a city's */
  if (body != NULL)
    return strstr (body, "自治") != NULL ? "autonomous" :
           g_str_has_suffix (body, "县") || g_str_has_suffix (body, "旗") ? "county" : "municipal";
  if (has_prefix (name, name_len, "中华人民共和国") ||
      has_prefix (name, name_len, "全国人民代表大会"))
    return "national";
  if (citation_level != NULL)
    return citation_level;
  if (kind != NULL && kind[0] == 'l' && strcmp (kind, "law") == 0)
    return "national";
  return default_level;
}

/* --- the scan --------------------------------------------------------------- */

/* The instruments kept, by key: open addressing over their indices in
 * Scan.instruments, at most half full. Each slot holds its key's hash, so
 * a probe compares hashes first and rarely reads a key. */
typedef struct
{
  guint hash;
  guint index;                   /* G_MAXUINT: empty */
} KeySlot;

typedef struct
{
  KeySlot *slots;                /* NULL until the first instrument */
  guint    mask;
  guint    n_kept;
} KeySet;

static void
key_set_clear (KeySet *set)
{
  g_clear_pointer (&set->slots, g_free);
  set->mask = 0;
  set->n_kept = 0;
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (KeySet, key_set_clear)

/* Makes room for one more instrument in @set, doubling it when it would
 * be more than half full. */
static void
key_set_reserve (KeySet *set)
{
  guint size = set->slots != NULL ? set->mask + 1 : 0;
  guint new_size;
  KeySlot *slots;

  if (2 * (set->n_kept + 1) <= size)
    return;
  new_size = size > 0 ? 2 * size : 64;
  slots = g_new (KeySlot, new_size);
  for (guint i = 0; i < new_size; i++)
    slots[i].index = G_MAXUINT;
  for (guint i = 0; i < size; i++)
    {
      guint h;

      if (set->slots[i].index == G_MAXUINT)
        continue;
      for (h = set->slots[i].hash & (new_size - 1); slots[h].index != G_MAXUINT;
           h = (h + 1) & (new_size - 1))
        ;
      slots[h] = set->slots[i];
    }
  g_free (set->slots);
  set->slots = slots;
  set->mask = new_size - 1;
}


typedef struct
{
  BaogaoDocument *document;
  const char     *text;
  gsize           size;
  const Hit      *hits;          /* in text order */
  guint           n_hits;
  GPtrArray      *citations;     /* top-level and nested `citation`s */
  gsize          *citation_starts;
  gsize          *citation_ends;
  int             citation_cursor; /* the last answer of citation_index() */
  gsize          *citation_max_ends; /* the last end of those up to each */
  GPtrArray      *plans;         /* plans parts and sections */
  GArray         *instruments;   /* Instrument, each key once */
  GString        *keys;          /* their keys, one after the other */
  KeySet         *kept;          /* the instruments by key */
  const char     *default_level;
  /* the level of what the reporting congress itself makes, when a county
   * (its decisions: 县人大常委会作出关于…的决议), or NULL */
  const char     *own_level;
  const char     *region;          /* the reporting congress's, or NULL */
} Scan;

static gboolean
in_plans (Scan  *scan,
          gsize  p)
{
  for (guint i = 0; i < scan->plans->len; i++)
    {
      BaogaoAnnotation *a = g_ptr_array_index (scan->plans, i);

      if (baogao_annotation_get_byte_start (a) <= p && p < baogao_annotation_get_byte_end (a))
        return TRUE;
    }
  return FALSE;
}

/* The index of the last citation starting at or before @p, or -1.
 * Citations come sorted by start. The places asked about are near the
 * hit being scanned, and hits come in text order: the answer is found
 * from the last one, a few steps away, not searched for. */
static int
citation_index (Scan  *scan,
                gsize  p)
{
  int i = scan->citation_cursor;
  int n = (int) scan->citations->len;

  while (i + 1 < n && scan->citation_starts[i + 1] <= p)
    i++;
  while (i >= 0 && scan->citation_starts[i] > p)
    i--;
  scan->citation_cursor = i;
  return i;
}

/* The outermost citation starting at @p (its 《), or NULL. */
static BaogaoAnnotation *
citation_at (Scan  *scan,
             gsize  p)
{
  int i = citation_index (scan, p);

  if (i < 0 || scan->citation_starts[i] != p)
    return NULL;
  /* nested titles starting at the same place: the first is the longest */
  while (i > 0 && scan->citation_starts[i - 1] == p)
    i--;
  return g_ptr_array_index (scan->citations, i);
}

/* A citation covering @p, or NULL. Titles nest but do not overlap, so
 * the outer one of a nest is found a few steps back at most. */
static BaogaoAnnotation *
citation_covering (Scan  *scan,
                   gsize  p)
{
  int i = citation_index (scan, p);

  /* none of the citations up to @i ends after @p: none covers it (most
   * places are outside every title) */
  if (i < 0 || scan->citation_max_ends[i] <= p)
    return NULL;

  for (int k = 0; i >= 0 && k < 8; i--, k++)
    if (p < scan->citation_ends[i])
      return g_ptr_array_index (scan->citations, i);
  return NULL;
}

/* Appends @name normalized to @keys (no spaces or brackets, half-width
 * parentheses): what tells instruments apart. Returns its length. */
static gsize
normalize_name (const char *name,
                gsize       len,
                GString    *keys)
{
  gsize key = keys->len;
  const char *end = name + len;
  char *o;

  /* never longer than the name: characters are copied as they are,
   * dropped, or replaced by one byte */
  g_string_set_size (keys, key + len);
  o = keys->str + key;
  for (const char *p = name; p < end;)
    {
      const char *next;
      gunichar c;

      /* U+4000…U+9FFF (lead bytes E4…E9, three bytes) holds no space
       * and no mark to drop or replace: a run of it is copied as it is */
      if ((guchar) *p >= 0xE4 && (guchar) *p <= 0xE9)
        {
          const char *run = p;

          do
            p += 3;
          while (p < end && (guchar) *p >= 0xE4 && (guchar) *p <= 0xE9);
          memcpy (o, run, p - run);
          o += p - run;
          continue;
        }
      next = g_utf8_next_char (p);
      if ((guchar) *p < 0x80)
        {
          if (!g_unichar_isspace ((guchar) *p))
            *o++ = *p;
          p = next;
          continue;
        }
      c = g_utf8_get_char (p);
      if (g_unichar_isspace (c) || c == 0x300A || c == 0x300B || c == 0x3008 || c == 0x3009)
        ;
      else if (c == 0xFF08)
        *o++ = '(';
      else if (c == 0xFF09)
        *o++ = ')';
      else
        {
          memcpy (o, p, next - p);
          o += next - p;
        }
      p = next;
    }
  g_string_truncate (keys, o - keys->str);
  return keys->len - key;
}

/* The act of a package decision named from @start (关于修改〈X〉…的决定:
 * ACT_AMEND, 关于废止…: ACT_REPEAL, 关于批准…: ACT_APPROVE), with or
 * without the name of the body that made it first (某某省人民代表大会常务
 * 委员会关于修改〈X〉等六件地方性法规的决定, 省人大常委会关于废止…); the
 * end of its verb in @verb_end. ACT_NONE for any other name. */
static Action
package_act (const char *text,
             gsize       start,
             gsize       end,
             gsize      *verb_end)
{
  static const Word verbs[] = {
    { "关于修改", ACT_AMEND }, { "关于废止", ACT_REPEAL }, { "关于批准", ACT_APPROVE },
  };
  static const char * const bodies[] = { "人民代表大会常务委员会", "人大常委会", "常务委员会", "常委会" };
  gsize about = text_find (text, start, end, "关于");

  if (about == G_MAXSIZE ||
      (about != start && text_any_word_ends_at (text, start, about, bodies, G_N_ELEMENTS (bodies)) == 0))
    return ACT_NONE;
  for (guint i = 0; i < G_N_ELEMENTS (verbs); i++)
    if (text_word_at (text, about, end, verbs[i].word))
      {
        if (verb_end != NULL)
          *verb_end = about + strlen (verbs[i].word);
        return verbs[i].value;
      }
  return ACT_NONE;
}

/* The body of an instrument named from [start, end): a place at the start
 * of the name, for approved and municipal ones. */
static char *
body_from_name (const char *text,
                gsize       start,
                gsize       end)
{
  gsize n = place_prefix (text, start, end);

  return n > 0 ? g_strndup (text + start, n) : NULL;
}

/* Is the bare name [@name, @name + @name_len), of a 规定, 办法 or 细则, a
 * body's own rules (…工作办法, 机关…规定, 党组…规定) rather than a
 * regulation? The same test as the citations' for titles. */
static gboolean
own_rules (const char *name,
           gsize       name_len)
{
  static const char * const words[] = { "工作", "机关", "党组" };

  if (!text_word_ends_at (name, 0, name_len, "规定") && !text_word_ends_at (name, 0, name_len, "办法") &&
      !text_word_ends_at (name, 0, name_len, "细则"))
    return FALSE;
  return text_contains_any (name, 0, name_len, words, G_N_ELEMENTS (words));
}

/* Notes the instrument named [@name, @name + @name_len), a slice of the
 * text or a citation's title (either outlives the scan), unless it is
 * known already. */
static void
add_instrument (Scan             *scan,
                gsize             start,
                gsize             end,
                const char       *name,
                gsize             name_len,
                const char       *kind,
                Action            action,
                const char       *body,
                BaogaoAnnotation *citation,
                gsize             verb_start)
{
  Instrument in = { 0 };
  const char *citation_level = NULL;
  gboolean municipal = FALSE;
  gsize key, key_len;
  guint hash;
  KeySlot *slot;

  /* procedural decisions (convening a session, appointments) are not
   * instruments */
  if (kind != NULL && kind[0] == 'd' && strcmp (kind, "decision") == 0)
    {
      static const char * const procedural[] = {
        "召开", "任免", "任命", "辞职", "补选", "代表资格", "罢免", "预算", "决算",
        "国民经济和社会发展", "表彰", "命名", "授予", "荣誉", "选举",
      };

      for (guint i = 0; i < G_N_ELEMENTS (procedural); i++)
        {
          const char *at = g_strstr_len (name, name_len, procedural[i]);
          gsize after;

          if (at == NULL)
            continue;
          /* 关于完善…选举制度的决定: the electoral system, no election */
          after = (gsize) (at - name) + strlen (procedural[i]);
          if (strcmp (procedural[i], "选举") == 0 && text_word_at (name, after, name_len, "制度"))
            continue;
          return;
        }
    }

  /* 代表联系群众工作办法, 机关公文处理规定: the committee's own rules, as
   * the citations' kind of such titles says (a bare name has none) */
  if (citation == NULL && kind == kind_regulation && own_rules (name, name_len))
    kind = kind_rules;

  /* 公务员法 and 《中华人民共和国公务员法》 are one law */
  key = scan->keys->len;
  if (kind != NULL && strcmp (kind, kind_law) == 0 && has_prefix (name, name_len, "中华人民共和国") &&
      name_len > strlen ("中华人民共和国"))
    key_len = normalize_name (name + strlen ("中华人民共和国"), name_len - strlen ("中华人民共和国"),
                              scan->keys);
  else
    key_len = normalize_name (name, name_len, scan->keys);
  if (key_len == 0)
    return;

  /* the instrument of the same key, or the free slot of the new one */
  key_set_reserve (scan->kept);
  hash = text_hash (scan->keys->str + key, key_len, 0);
  for (guint h = hash & scan->kept->mask;; h = (h + 1) & scan->kept->mask)
    {
      Instrument *seen;

      slot = &scan->kept->slots[h];
      if (slot->index == G_MAXUINT)
        break;
      seen = &g_array_index (scan->instruments, Instrument, slot->index);

      if (slot->hash != hash || seen->key_len != key_len ||
          memcmp (scan->keys->str + seen->key, scan->keys->str + key, key_len) != 0)
        continue;
      g_string_truncate (scan->keys, key);
      /* a bill deliberated, then passed, or a law amended in a package
       * and revised as a whole: what was done in the end */
      if ((seen->action == ACT_DELIBERATE &&
           (action == ACT_ENACT || action == ACT_AMEND || action == ACT_REVISE ||
            action == ACT_REPEAL || action == ACT_RE_ENACT)) ||
          (seen->action == ACT_AMEND && action == ACT_REVISE))
        seen->action = action;
      return;
    }

  in.start = start;
  in.end = end;
  in.name = name;
  in.name_len = name_len;
  in.kind = kind;
  in.action = action;
  in.citation = citation;
  in.verb_start = verb_start;
  if (citation != NULL)
    {
      citation_level = baogao_annotation_get_string (citation, "level");
      municipal = citation_level != NULL && strcmp (citation_level, "municipal") == 0;
      /* 北京市…条例: a provincial-level congress's, whatever the title's
       * place word says */
      if (municipal && of_municipality (name, name_len))
        {
          municipal = FALSE;
          citation_level = "provincial";
        }
    }
  /* a city's or an autonomous county's own instrument, in a report of
   * another level (a province's, a county's citing its prefecture's): the
   * body is the place its name starts with */
  if (body == NULL && municipal && strcmp (scan->default_level, "municipal") != 0 &&
      strcmp (scan->default_level, "autonomous") != 0)
    in.body = body_from_name (name, 0, name_len);
  /* a law of another place than the reporting one that no title's level
   * names (《凉山彝族自治州移风易俗条例》 inspected in a county's report):
   * that place's */
  else if (body == NULL && citation != NULL && citation_level == NULL && scan->region != NULL)
    {
      g_autofree char *place = body_from_name (name, 0, name_len);

      /* (the reporting place's own: no body) */
      if (place != NULL && !g_str_has_prefix (scan->region, place) &&
          !g_str_has_prefix (place, scan->region))
        in.body = g_steal_pointer (&place);
    }
  else if (body != NULL)
    in.body = g_strdup (body);
  if (municipal && in.body == NULL)
    citation_level = NULL;
  in.level = level_of (kind, name, name_len, in.body, citation_level, scan->default_level);
  /* a county makes no laws, but decides: its own decisions are a
   * county's */
  if (scan->own_level != NULL && in.body == NULL && citation_level == NULL && action == ACT_ENACT &&
      kind != NULL && strcmp (kind, kind_decision) == 0 && in.level == scan->default_level)
    in.level = scan->own_level;
  in.key = key;
  in.key_len = key_len;
  slot->hash = hash;
  slot->index = scan->instruments->len;
  scan->kept->n_kept++;
  g_array_append_val (scan->instruments, in);
}

/* The places right after 指导 at @p, before @limit, as a body:
 *
 *   七台河市…                     七台河市
 *   温州市、台州市… / 宁波市和舟山市…   温州市、台州市 / 宁波市、舟山市
 *   佳木斯、鹤岗两市… / 甲、乙等市…     佳木斯、鹤岗 / 甲、乙
 *
 * or NULL. Sets @end after the places and @n_places. */
static char *
guided_places (const char *text,
               gsize       p,
               gsize       limit,
               gsize      *end,
               guint      *n_places)
{
  static const char * const fillers[] = {
    "和支持", "和帮助", "并支持", "并帮助", "并督促", "支持", "帮助", "督促", "推动",
  };
  static const char * const joins[] = { "、", "和", "及", "以及", "与" };
  g_autoptr(GString) body = g_string_new (NULL);
  gsize q;
  guint n = 0;

  for (guint i = 0; i < G_N_ELEMENTS (fillers); i++)
    if (text_word_at (text, p, limit, fillers[i]))
      {
        p += strlen (fillers[i]);
        break;
      }

  /* names with their suffix, joined by 、 or 和 */
  q = p;
  for (;;)
    {
      gsize e = place_end (text, q, limit, TRUE);
      gsize next = 0;

      if (e == 0)
        break;
      if (n > 0)
        g_string_append (body, "、");
      g_string_append_len (body, text + q, (gssize) (e - q));
      n++;
      q = e;
      for (guint k = 0; k < G_N_ELEMENTS (joins) && next == 0; k++)
        if (text_word_at (text, q, limit, joins[k]) && place_end (text, q + strlen (joins[k]), limit, TRUE) > 0)
          next = q + strlen (joins[k]);
      if (next == 0)
        break;
      q = next;
    }
  if (n > 0)
    {
      *end = q;
      *n_places = n;
      return g_string_free (g_steal_pointer (&body), FALSE);
    }

  /* names without a suffix, then 两市, 三县, 等市: a joint body */
  q = p;
  for (guint k = 0; q < limit && k < 16; q = next_char (text, q, limit), k++)
    {
      gsize r;

      if (clause_delimiter (text, q, limit) != 0)
        return NULL;
      if (!is_digit_or_numeral (text, q, limit) && !text_word_at (text, q, limit, "等"))
        continue;
      r = next_char (text, q, limit);
      for (guint j = 0; j < G_N_ELEMENTS (place_suffixes); j++)
        if (text_word_at (text, r, limit, place_suffixes[j].suffix))
          {
            if (q == p)
              return NULL;
            *end = r + strlen (place_suffixes[j].suffix);
            *n_places = 2;
            return g_strndup (text + p, q - p);
          }
    }
  return NULL;
}

/* 指导X市… before the verb, in the same sentence: the body (see
 * guided_places()), or NULL. The places and the verb share a clause, unless
 * the act is a joint one: several places, a joint verb (共同制定, 联合制定,
 * 协同制定) or joint guidance (开展协同立法, 区域协同): 指导温州市、台州市
 * 开展协同立法，共同制定瓯江流域保护条例. */
static char *
guided_body (Scan  *scan,
             guint  verb_hit)
{
  static const char * const joint_words[] = { "共同", "联合", "协同", "一体", "区域" };
  const char *text = scan->text;
  const Hit *verb = &scan->hits[verb_hit];
  gsize reach = verb->start > 240 ? verb->start - 240 : 0;
  gboolean guided = FALSE;
  gsize lower;

  /* the sentence start matters only when 指导 comes in reach */
  for (guint i = verb_hit; i-- > 0 && !guided;)
    {
      const Hit *h = &scan->hits[i];

      if (h->start < reach)
        break;
      guided = h->value == MARK_GUIDE;
    }
  if (!guided)
    return NULL;
  lower = sentence_start (text, reach, verb->start);

  for (guint i = verb_hit; i-- > 0;)
    {
      const Hit *h = &scan->hits[i];
      g_autofree char *body = NULL;
      gsize places_end = 0, guide_end;
      guint n_places = 0;
      gboolean joint;

      if (h->start < lower)
        break;
      if (h->value != MARK_GUIDE)
        continue;

      body = guided_places (text, h->end, MIN (verb->start, h->end + 120), &places_end, &n_places);
      if (body == NULL)
        return NULL;
      guide_end = clause_end (text, places_end, verb->start);
      if (guide_end == verb->start)
        return g_steal_pointer (&body);

      /* the verb is in a later clause: only for a joint act */
      joint = n_places > 1;
      for (guint k = 0; k < G_N_ELEMENTS (joint_words) && !joint; k++)
        {
          joint = text_word_ends_at (text, guide_end, verb->start, joint_words[k]);
          for (gsize q = places_end; q < guide_end && !joint; q = next_char (text, q, guide_end))
            joint = text_word_at (text, q, guide_end, joint_words[k]);
        }
      return joint ? g_steal_pointer (&body) : NULL;
    }
  return NULL;
}

/* Is the act at @p planned (将对X进行修订, 拟对…)? Looks at most two
 * characters before @p. */
static gboolean
planned_before (const char *text,
                gsize       lower,
                gsize       p)
{
  for (guint gap = 0; gap < 3 && p > lower; gap++)
    {
      if (word_list_ends_at (&plan_words, text, lower, p))
        return TRUE;
      p = text_prev_char (text, lower, p);
    }
  return FALSE;
}

/* Is the act only planned? Looks for 加快, 拟, 计划… right before the
 * verb (at most two characters before), or 立法计划/立法项目/增列 after
 * it in its clause. */
static gboolean
planned (Scan  *scan,
         guint  verb_hit,
         gsize  name_end)
{
  const char *text = scan->text;
  const Hit *verb = &scan->hits[verb_hit];
  gsize cstart = clause_start (text, verb->start > 30 ? verb->start - 30 : 0, verb->start);
  gsize limit;
  gsize p;

  if (planned_before (text, cstart, verb->start))
    return TRUE;
  /* …列入立法计划, …的建议: a project or a proposal, in the clause (up
   * to its delimiter, see clause_end(), in the same walk: the words hold
   * none, so one that fits before @limit ends before the delimiter) */
  limit = MIN (scan->size, name_end + 120);
  for (p = name_end; p < limit; p = next_char (text, p, limit))
    {
      guchar lead = (guchar) text[p];

      if (!(lead >= 0xE4 && lead <= 0xE9) && clause_delimiter (text, p, limit) != 0)
        break;
      if (word_list_at (&project_words, text, p, limit))
        return TRUE;
    }
  return FALSE;
}

/* A planned bill whose draft was then deliberated, in the next sentences
 * of its paragraph (…条例草案进行了两次审议), was deliberated. */
static gboolean
deliberated_later (Scan  *scan,
                   gsize  from)
{
  const char *text = scan->text;
  gsize limit = MIN (scan->size, from + 600);
  gboolean draft = FALSE;
  guint sentences = 0;

  for (gsize p = from; p < limit; p = next_char (text, p, limit))
    {
      if (text[p] == '\n' && p + 1 < limit && text[p + 1] == '\n')
        break;
      if (text_word_at (text, p, limit, "。"))
        {
          draft = FALSE;
          if (++sentences > 2)
            break;
        }
      if (text_word_at (text, p, limit, "草案"))
        draft = TRUE;
      if (draft && text_word_at (text, p, limit, "审议"))
        return TRUE;
    }
  return FALSE;
}

/* The start of the title that follows the one ending at @p in a list, or
 * G_MAXSIZE: 《A》《B》, 《A》、《B》, 《A》和《B》, or a short bare item
 * between (《A》《B》及相应事项清单以及《C》). */
static gsize
next_title (Scan  *scan,
            gsize  p,
            gsize  limit)
{
  static const char * const joins[] = { "、", "和", "及", "以及", "与", "，", "," };
  const char *text = scan->text;
  gsize q = p;
  guint n_skipped = 0;

  if (citation_at (scan, p) != NULL)
    return p;
  for (guint j = 0; j < G_N_ELEMENTS (joins); j++)
    if (text_word_at (text, p, limit, joins[j]) && citation_at (scan, p + strlen (joins[j])) != NULL)
      return p + strlen (joins[j]);
  for (; q < limit && n_skipped < 16; q = next_char (text, q, limit), n_skipped++)
    {
      if (text_word_at (text, q, limit, "《"))
        break;
      /* not across a comma */
      for (guint j = 0; j < 5; j++)
        if (q > p && text_word_at (text, q, limit, joins[j]) &&
            citation_at (scan, q + strlen (joins[j])) != NULL)
          return q + strlen (joins[j]);
    }
  return G_MAXSIZE;
}

/* Does @title name a treaty (…条约, …协定, …公约, …议定书)? */
static gboolean
treaty_title (const char *title)
{
  return g_str_has_suffix (title, "条约") || g_str_has_suffix (title, "协定") ||
         g_str_has_suffix (title, "公约") || g_str_has_suffix (title, "议定书");
}

/* Titles after a verb: 《A》《B》、《C》和《D》. With @instruments_only,
 * laws, regulations, rules and decisions only, not plans or opinions (the
 * act stated after the titles: 《X规划》经…批准 is no instrument). */
static guint
take_titles (Scan       *scan,
             gsize       p,
             gsize       limit,
             Action      action,
             const char *body,
             guint       verb_hit,
             gboolean    instruments_only)
{
  guint n = 0;

  for (;;)
    {
      BaogaoAnnotation *c = citation_at (scan, p);
      const char *kind, *title;
      gsize end;

      if (c == NULL)
        break;
      end = baogao_annotation_get_byte_end (c);
      kind = baogao_annotation_get_string (c, "kind");
      title = baogao_annotation_get_string (c, "title");
      /* 批准《…引渡条约》: a treaty the committee decided to ratify (not
       * a 合作协议 signed, nor one only mentioned) */
      if (title != NULL && kind != NULL && action == ACT_APPROVE && strcmp (kind, "agreement") == 0 &&
          treaty_title (title))
        {
          add_instrument (scan, baogao_annotation_get_byte_start (c), end, title, strlen (title),
                          kind, action, NULL, c, scan->hits[verb_hit].start);
          n++;
        }
      else if (title != NULL && kind != NULL &&
               (strcmp (kind, "law") == 0 || strcmp (kind, "regulation") == 0 ||
                strcmp (kind, "rules") == 0 || strcmp (kind, "decision") == 0 ||
                strcmp (kind, "plan") == 0 || strcmp (kind, "opinion") == 0 ||
                strcmp (kind, "other") == 0))
        {
          Action a = action, package;
          g_autofree char *own_body = NULL;
          const char *b = body;
          gsize title_len = strlen (title);

          if (strcmp (kind, "other") == 0 && name_suffix (title, 0, strlen (title)) == NULL)
            goto next;
          if (instruments_only && (strcmp (kind, "plan") == 0 || strcmp (kind, "opinion") == 0))
            goto next;
          /* 出台《X条例》配套规定: X is cited (see add_cited()) */
          if (support_after (scan->text, end, limit))
            goto next;
          if (a == ACT_APPROVE && b == NULL)
            b = own_body = body_from_name (title, 0, strlen (title));
          /* 关于修改〈X〉的决定: X is what is amended */
          if ((package = package_act (title, 0, title_len, NULL)) != ACT_NONE)
            {
              /* 批准《关于修改〈某市…条例〉的决定》: a city's amendment,
               * approved */
              Action inner_action = action == ACT_APPROVE ? ACT_APPROVE : package;
              gboolean any = FALSE;

              for (guint i = citation_index (scan, baogao_annotation_get_byte_start (c)) + 1;
                   i < scan->citations->len; i++)
                {
                  BaogaoAnnotation *inner = g_ptr_array_index (scan->citations, i);
                  const char *inner_title = baogao_annotation_get_string (inner, "title");
                  const char *inner_kind = baogao_annotation_get_string (inner, "kind");

                  if (baogao_annotation_get_byte_start (inner) <= baogao_annotation_get_byte_start (c))
                    continue;
                  if (baogao_annotation_get_byte_start (inner) >= end)
                    break;
                  if (inner_title == NULL)
                    continue;
                  {
                    g_autofree char *inner_body = inner_action == ACT_APPROVE && body == NULL ?
                      body_from_name (inner_title, 0, strlen (inner_title)) : NULL;

                    add_instrument (scan, baogao_annotation_get_byte_start (inner),
                                    baogao_annotation_get_byte_end (inner),
                                    inner_title, strlen (inner_title),
                                    inner_kind != NULL ? inner_kind : "regulation", inner_action,
                                    inner_body != NULL ? inner_body : body, inner,
                                    scan->hits[verb_hit].start);
                  }
                  any = TRUE;
                }
              if (any)
                goto next;
            }
          /* 通过《X条例（修订）》: X is revised, or amended (（修正）) */
          {
            Action edition = ACT_NONE;

            title_len = strip_edition (title, title_len, &edition);
            /* 表决通过《X法》修订草案: the bill named after the title */
            if (edition == ACT_NONE)
              edition = edition_after (scan->text, end, limit);
            if (a == ACT_ENACT && edition != ACT_NONE)
              a = edition;
          }
          add_instrument (scan, baogao_annotation_get_byte_start (c), end, title, title_len,
                          kind, a, b, c, scan->hits[verb_hit].start);
          n++;
        }
    next:
      p = next_title (scan, end, limit);
      if (p == G_MAXSIZE)
        break;
    }
  return n;
}

/* The end of the list of titles starting at @p (《A》《B》、《C》), before
 * @limit. */
static gsize
title_list_end (Scan  *scan,
                gsize  p,
                gsize  limit)
{
  gsize end = p;

  for (guint n = 0; n < 64; n++)
    {
      BaogaoAnnotation *c = citation_at (scan, p);

      if (c == NULL)
        break;
      end = baogao_annotation_get_byte_end (c);
      p = next_title (scan, end, limit);
      if (p == G_MAXSIZE)
        break;
    }
  return end;
}

/* After the words at @p that say the instrument is a first, which are
 * no part of its name (制定全国首部数据条例, 出台我省首部…条例; the mark
 * is read apart: see mark_first_of_kind ()), or @p. */
static gsize
after_first_mark (const char *text,
                  gsize       p,
                  gsize       end)
{
  static const char * const marks[] = {
    "全国首部", "全国首个", "全国第一部", "国内首部", "我国首部", "全省首部", "我省首部",
    "本省首部", "全市首部", "我市首部", "本市首部", "首部",
  };

  return p + text_any_word_at (text, p, end, marks, G_N_ELEMENTS (marks));
}

/* Is the 、 at @p of a set phrase that names take whole (代表建议、批评和
 * 意见办理条例), rather than a separator of a list of names? */
static gboolean
comma_in_name (const char *text,
               gsize       seg,
               gsize       p,
               gsize       limit)
{
  static const char * const phrases[] = { "建议、批评和意见" };

  for (guint i = 0; i < G_N_ELEMENTS (phrases); i++)
    {
      gsize k = strstr (phrases[i], "、") - phrases[i];

      if (p >= seg + k && text_word_at (text, p - k, limit, phrases[i]))
        return TRUE;
    }
  return FALSE;
}

/* Where a count of the names before it starts, when [@seg, @end) ends
 * with one (某某省丙条例三件法规, 某某省数字政府条例1件): numerals, a
 * unit, maybe the kind of instrument; else @end. */
static gsize
count_tail_start (const char *text,
                  gsize       seg,
                  gsize       end)
{
  static const char * const units[] = { "件", "部", "项", "个" };
  static const char * const kinds[] = {
    "地方性法规", "法律法规", "单行条例", "自治条例", "法规", "法律", "条例",
  };

  for (gsize p = seg; p < end; p = next_char (text, p, end))
    {
      gsize q = p, n;

      if (!is_digit_or_numeral (text, p, end))
        continue;
      while (q < end && is_digit_or_numeral (text, q, end))
        q = next_char (text, q, end);
      if ((n = text_any_word_at (text, q, end, units, G_N_ELEMENTS (units))) == 0)
        continue;
      q += n;
      q += text_any_word_at (text, q, end, kinds, G_N_ELEMENTS (kinds));
      if (q == end && p > seg)
        return p;
    }
  return end;
}

/* Does the name [@p, @end) open with a place's name, two characters or
 * more and its level (某某省, 黄山市, 延边朝鲜族自治州)? */
static gboolean
names_place_first (const char *text,
                   gsize       p,
                   gsize       end)
{
  static const char * const levels[] = { "自治区", "自治州", "自治县", "省", "市", "州", "县", "区", "盟", "旗" };
  gsize q = p;

  /* (自治县自治条例和单行条例: kinds, no place) */
  if (text_word_at (text, p, end, "自治") || text_word_at (text, p, end, "设区的市"))
    return FALSE;
  for (guint n = 0; q < end && n < 12; n++, q = next_char (text, q, end))
    if (n >= 2 && text_any_word_at (text, q, end, levels, G_N_ELEMENTS (levels)) != 0)
      return TRUE;
  return FALSE;
}

/* Bare names after a verb, up to the clause end: one name, or a 、 list
 * (修订A规则、B规则、C守则); a list of modifiers before the name is cut at
 * the last 的 (制定全面规范人民调解、行政调解的调解条例 → 调解条例). A
 * draft passed (审议通过X条例草案) was only deliberated, unless
 * @drafts_passed (the act is stated after the names: …草案经审议通过), when
 * a revision or amendment bill (X法修订草案, X条例修正案) revises or amends
 * X. */
static void
take_bare (Scan       *scan,
           gsize       p,
           gsize       limit,
           Action      action,
           const char *body,
           guint       verb_hit,
           gboolean    only_one,
           gboolean    drafts_passed)
{
  const char *text = scan->text;
  gboolean modifiers = FALSE;
  gboolean any = FALSE;
  gsize seg = p;

  while (seg < limit)
    {
      gsize seg_end = seg;
      gsize name_start, name_end;
      gboolean draft = FALSE;
      gboolean last = FALSE;
      /* the edition a passed name is marked with (X条例（修订）) */
      Action marked;
      gsize list_end, mark;
      const Suffix *suffix;

      /* the segment: up to 、 or the clause end; 等 ends the list */
      while (seg_end < limit &&
             (!text_word_at (text, seg_end, limit, "、") || comma_in_name (text, seg, seg_end, limit)))
        {
          if (text_word_at (text, seg_end, limit, "等") && seg_end > seg &&
              name_suffix (text, seg, strip_draft (text, seg, seg_end, &draft)) != NULL)
            {
              last = TRUE;
              break;
            }
          seg_end = next_char (text, seg_end, limit);
        }
      /* a count after the last name ends the list (废止A、B和C三件法规),
       * or after a lone name that names its place (制定某某省数字政府条例
       * 1件; not 作出决议决定11项) */
      {
        gsize tail = count_tail_start (text, seg, seg_end);

        if (tail != seg_end && (any || names_place_first (text, seg, tail)))
          {
            seg_end = tail;
            last = TRUE;
          }
      }
      /* a name marked with its edition (X条例（修订）、Y条例（修正）): the
       * list goes on after the mark */
      list_end = seg_end;
      marked = edition_mark_ending (text, seg, seg_end, &mark);
      seg_end -= mark;

      /* a name followed by more words in its clause: 将修改X条例增列为…,
       * 审议X条例草案, 制定X条例并… */
      if (!any && !modifiers && seg == p &&
          name_suffix (text, seg, strip_draft (text, seg, seg_end, &draft)) == NULL)
        {
          static const char * const connectors[] = {
            "增列", "列入", "列为", "作为", "并", "草案", "修正案", "（", "(",
          };

          for (gsize q = next_char (text, seg, seg_end); q < seg_end; q = next_char (text, q, seg_end))
            {
              gboolean connector = FALSE;

              /* a name ending at @q first: rarely, and cheap to rule out
               * (its last character; the whole word once a connector
               * follows) */
              if (!ends_like_name (text, seg, q))
                continue;
              for (guint k = 0; k < G_N_ELEMENTS (connectors); k++)
                if (text_word_at (text, q, seg_end, connectors[k]))
                  connector = TRUE;
              if (connector && name_suffix (text, seg, q) != NULL)
                {
                  gsize r = q;

                  /* keep a draft mark with the name, to strip it below */
                  while (r < seg_end && strip_draft (text, seg, r, &draft) == r)
                    {
                      if (r - q > 18)
                        break;
                      r = next_char (text, r, seg_end);
                    }
                  seg_end = (r < seg_end && r - q <= 18) ? r : q;
                  last = TRUE;
                  break;
                }
            }
        }

      draft = FALSE;
      name_start = seg;
      name_end = strip_draft (text, seg, seg_end, &draft);

      /* 和/及 between two names: A条例和B条例 */
      {
        gsize q;

        for (q = name_start; q < name_end; q = next_char (text, q, name_end))
          {
            static const char * const ands[] = { "和", "及", "以及", "与" };

            /* the last character of the first name's instrument word
             * first: rarely there, and cheap to rule out (check_name()
             * looks for the whole word) */
            if (!ends_like_name (text, name_start, q))
              continue;
            for (guint k = 0; k < G_N_ELEMENTS (ands); k++)
              if (text_word_at (text, q, name_end, ands[k]) && check_name (text, name_start, q) != NULL &&
                  check_name (text, q + strlen (ands[k]), name_end) != NULL)
                {
                  add_instrument (scan, name_start, q, text + name_start, q - name_start,
                                  check_name (text, name_start, q)->kind, action, body, NULL,
                                  scan->hits[verb_hit].start);
                  name_start = q + strlen (ands[k]);
                  any = TRUE;
                  break;
                }
          }
      }

      suffix = name_suffix (text, name_start, name_end);
      if (suffix == NULL)
        {
          /* a modifier list before the name, or the end of the list */
          if (any || n_chars (text, seg, seg_end) > 30)
            return;
          modifiers = TRUE;
        }
      else
        {
          gsize cut = name_start, after_last_of = name_start, inner_start, about_at = name_start;
          gboolean has_about = FALSE;
          Action inner;

          for (gsize q = name_start; q < name_end; q = next_char (text, q, name_end))
            {
              if (!has_about && text_word_at (text, q, name_end, "关于"))
                {
                  has_about = TRUE;
                  about_at = q;
                }
              if (text_word_at (text, q, name_end, "的"))
                after_last_of = q + strlen ("的");
            }
          if (!has_about)
            cut = after_last_of;
          /* (a verb said again before the title: 其中作出关于…的决议) */
          else if (is_verb_word (text, name_start, about_at))
            cut = about_at;
          if (cut != name_start)
            name_start = cut;
          else if (modifiers)
            return;
          name_start = after_first_mark (text, name_start, name_end);

          /* 关于修改X条例的决定, its body named first or not: X is
           * amended */
          if (has_about && text_word_ends_at (text, name_start, name_end, "的决定") &&
              ((inner = package_act (text, name_start, name_end, &inner_start)) == ACT_AMEND ||
               inner == ACT_REPEAL))
            {
              gsize inner_end = name_end - strlen ("的决定");
              const Suffix *inner_suffix = check_name (text, inner_start, inner_end);

              if (inner_suffix != NULL)
                {
                  add_instrument (scan, inner_start, inner_end, text + inner_start,
                                  inner_end - inner_start, inner_suffix->kind,
                                  inner, NULL, NULL, scan->hits[verb_hit].start);
                  any = TRUE;
                }
            }
          else if ((suffix = check_name (text, name_start, name_end)) != NULL)
            {
              g_autofree char *own_body = NULL;
              const char *b = body;

              Action a = action;

              if (action == ACT_APPROVE && b == NULL)
                b = own_body = body_from_name (text, name_start, name_end);
              /* X法修订草案经三次审议后表决通过: X revised */
              if (draft && action == ACT_ENACT)
                {
                  Action edition = draft_edition (text, name_end, seg_end);

                  a = !drafts_passed ? ACT_DELIBERATE : edition != ACT_NONE ? edition : action;
                }
              /* 审议通过X条例（修订）: X revised */
              else if (marked != ACT_NONE && action == ACT_ENACT)
                a = marked;
              add_instrument (scan, name_start, name_end, text + name_start, name_end - name_start,
                              suffix->kind, a, b, NULL, scan->hits[verb_hit].start);
              any = TRUE;
            }
          else
            return;
          if (only_one)
            return;
        }

      if (last || list_end >= limit)
        return;
      seg = list_end + strlen ("、");
    }
}

static gsize
skip_fillers (const char *text,
              gsize       p,
              gsize       limit)
{
  gboolean again = TRUE;

  /* (whether one is there first: at one lookup, most often) */
  while (again && word_list_at (&filler_words, text, p, limit))
    {
      again = FALSE;
      for (guint i = 0; i < G_N_ELEMENTS (filler_terms); i++)
        if (text_word_at (text, p, limit, filler_terms[i].word))
          {
            p += filler_terms[i].len;
            again = TRUE;
            break;
          }
    }
  return p;
}

/* Is the bill of the clause ending at @p referred to a congress for
 * deliberation in the next clause, and not passed in its sentence (修改
 * 《X》的相关条款，已提请省人大常委会审议; not …，提请常委会会议审议通过后
 * 施行, nor a city's regulation sent for approval, 报请省人大常委会批准,
 * which its congress made)? */
static gboolean
referred_after (Scan  *scan,
                gsize  p)
{
  static const char * const adverbs[] = { "目前", "现已", "现", "已经", "已", "均", "并" };
  static const char * const referrals[] = { "提请", "报请", "提交" };
  static const char * const done[] = { "通过", "施行", "实施", "公布", "生效", "批准" };
  const char *text = scan->text;
  guint delimiter = clause_delimiter (text, p, scan->size);
  gboolean deliberation = FALSE;
  gsize limit, send;

  /* in the sentence, past its comma */
  if (delimiter == 0 || text[p] == '\n' || text[p] == '.' || text_word_at (text, p, scan->size, "。"))
    return FALSE;
  p += delimiter;
  limit = MIN (scan->size, p + 120);
  for (guint n = 0; n < 2; n++)
    p += text_any_word_at (text, p, limit, adverbs, G_N_ELEMENTS (adverbs));
  if (text_any_word_at (text, p, limit, referrals, G_N_ELEMENTS (referrals)) == 0)
    return FALSE;
  send = sentence_end (text, p, limit);
  for (gsize q = p; q < send; q = next_char (text, q, send))
    {
      if (text_any_word_at (text, q, send, done, G_N_ELEMENTS (done)) != 0)
        return FALSE;
      if (text_word_at (text, q, send, "审议"))
        deliberation = TRUE;
    }
  return deliberation;
}

/* Does [@p, @end) end with a count of instruments (3件, 五部)? Returns
 * where the count starts, or G_MAXSIZE. */
static gsize
count_ending_at (const char *text,
                 gsize       p,
                 gsize       end)
{
  static const char * const counters[] = { "件", "部", "项", "个" };
  gsize q = end - text_any_word_ends_at (text, p, end, counters, G_N_ELEMENTS (counters));

  if (q < end && q > p && at_number (text, text_prev_char (text, p, q), q))
    return q;
  return G_MAXSIZE;
}

/* Where the first opening bracket of [@p, @end) is, （ or (, or
 * G_MAXSIZE. */
static gsize
first_bracket (const char *text,
               gsize       p,
               gsize       end)
{
  const char *ascii = memchr (text + p, '(', end - p);
  gsize stop = ascii != NULL ? (gsize) (ascii - text) : end;
  gsize wide = text_find (text, p, stop, "（");

  if (wide != G_MAXSIZE)
    return wide;
  return ascii != NULL ? stop : G_MAXSIZE;
}

/* After a count of what the verb acted on (制定地方性法规3件), the laws
 * listed in the next clause (，包括《A》《B》等 / ，分别是… / ：《A》… /
 * ，即A、B) or in brackets right after it (新制定5件（A条例、B规定等）):
 * where they start, or G_MAXSIZE; *@list_end is where they end. The count
 * must end the verb's clause, and no other verb may share it (制定、修改法
 * 规10件，包括… says not which law had which act). */
static gsize
listed_after_count (Scan  *scan,
                    guint  verb_hit,
                    gsize  p,
                    gsize  limit,
                    gsize *list_end)
{
  static const char * const openers[] = {
    "具体包括", "其中包括", "主要包括", "包括", "分别是", "分别为", "主要有", "即", "为", "如",
    "其中",
  };
  const char *text = scan->text;
  const Hit *verb = &scan->hits[verb_hit];
  guint delimiter = clause_delimiter (text, limit, scan->size);
  gboolean colon, bracket = FALSE;
  gsize q, count_end = limit;

  /* 新制定5件（A、B等）: brackets right after the count */
  q = first_bracket (text, p, limit);
  if (q != G_MAXSIZE && count_ending_at (text, p, q) != G_MAXSIZE)
    {
      gsize open = q + (text[q] == '(' ? 1 : 3), close;

      for (close = open; close < limit; close = next_char (text, close, limit))
        if (text_word_at (text, close, limit, "）") || text[close] == ')')
          break;
      if (close < limit)
        {
          bracket = TRUE;
          count_end = q;
          *list_end = close;
          q = open;
        }
    }
  if (!bracket &&
      (delimiter == 0 || limit <= p || text[limit] == '\n' ||
       text_word_at (text, limit, scan->size, "。") || text[limit] == '.' ||
       count_ending_at (text, p, limit) == G_MAXSIZE))
    return G_MAXSIZE;
  if ((verb_hit > 0 && scan->hits[verb_hit - 1].value < MARK_BASE &&
       scan->hits[verb_hit - 1].end >= clause_start (text, verb->start > 60 ? verb->start - 60 : 0,
                                                     verb->start)) ||
      (verb_hit + 1 < scan->n_hits && scan->hits[verb_hit + 1].value < MARK_BASE &&
       scan->hits[verb_hit + 1].start < count_end))
    return G_MAXSIZE;
  if (!bracket)
    {
      colon = text_word_at (text, limit, scan->size, "：") || text[limit] == ':';
      q = limit + delimiter;
    }
  else
    colon = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (openers); i++)
    if (text_word_at (text, q, scan->size, openers[i]))
      {
        q += strlen (openers[i]);
        colon = TRUE;
        break;
      }
  if (!colon)
    return G_MAXSIZE;
  if (text_word_at (text, q, scan->size, "："))
    q += strlen ("：");
  if (!bracket)
    *list_end = clause_end (text, q, MIN (scan->size, q + 360));
  return q < *list_end ? q : G_MAXSIZE;
}

/* Where a title starts after the words at @p, within @max_chars
 * characters and no punctuation (but 、 when @listed: names listed), when
 * those words end with one of @ends; G_MAXSIZE when there is none. The
 * walk goes by lead bytes: 《 、 。 are E3 80 8A, 81, 82; full-width
 * punctuation starts EF BC. */
static gsize
title_after_words (const char         *text,
                   gsize               p,
                   gsize               limit,
                   gsize               max_chars,
                   gboolean            listed,
                   const char * const *ends,
                   guint               n_ends)
{
  const guchar *b = (const guchar *) text;
  gsize end = MIN (limit, p + max_chars * 3), t;

  for (t = p; t + 3 <= end; t += b[t] < 0xE0 ? 2 : b[t] < 0xF0 ? 3 : 4)
    {
      if (b[t] < 0x80)
        return G_MAXSIZE;
      if (b[t] == 0xE3 && b[t + 1] == 0x80)
        {
          if (b[t + 2] == 0x8A)
            break;
          if ((b[t + 2] == 0x81 && !listed) || b[t + 2] == 0x82)
            return G_MAXSIZE;
        }
      else if (b[t] == 0xEF && b[t + 1] == 0xBC)
        return G_MAXSIZE;
    }
  if (t + 3 > end || t < p + 2 * 3)
    return G_MAXSIZE;
  return text_any_word_ends_at (text, p, t, ends, n_ends) != 0 ? t : G_MAXSIZE;
}

/* Where a title starts after the name of the body that sent it for
 * approval at @p (福州市《, 福州市报批的《, 某某自治县人大常委会报请批准的
 * 《), within some 20 characters; G_MAXSIZE when there is none. */
static gsize
body_before_title (const char *text,
                   gsize       p,
                   gsize       limit)
{
  static const char * const ends[] = {
    "报批的", "报请批准的", "报送的", "提请批准的", "市", "州", "县", "区", "旗", "盟",
  };

  return title_after_words (text, p, limit, 20, TRUE, ends, G_N_ELEMENTS (ends));
}

/* Where a title starts after the words at @p that say what kind of law
 * it is (全国首部…专项法规《, 我省首部地方性法规《, 专门法规《, 首部《),
 * within some 30 characters; G_MAXSIZE when there is none. */
static gsize
kind_before_title (const char *text,
                   gsize       p,
                   gsize       limit)
{
  static const char * const kinds[] = { "法规", "条例", "法律", "首部", "规定" };

  return title_after_words (text, p, limit, 30, FALSE, kinds, G_N_ELEMENTS (kinds));
}

static void
scan_verb (Scan  *scan,
           guint  hit_index)
{
  const char *text = scan->text;
  const Hit *verb = &scan->hits[hit_index];
  Action action = verb->value;
  g_autofree char *body = NULL;
  gsize p, limit;

  if (in_plans (scan, verb->start))
    return;
  /* a verb that qualifies a law, not an act (根据新修订的行政处罚法, 新制定
   * 的X法, 修改后的X条例) */
  if ((text_word_ends_at (text, verb->start > 3 ? verb->start - 3 : 0, verb->start, "新") &&
       text_word_at (text, verb->end, scan->size, "的")) ||
      text_word_at (text, verb->end, scan->size, "后的"))
    return;
  /* a verb inside a title (《关于修改…的决定》) is the title's business */
  if (citation_covering (scan, verb->start) != NULL)
    return;

  limit = clause_end (text, verb->end, MIN (scan->size, verb->end + 360));
  p = skip_fillers (text, verb->end, limit);
  /* the verb heading its clause, 的 and the titles it made (制定的《A》
   * 《B》，修订的《C》，…); after a word, 的 makes the act a qualifier
   * (贯彻修订的《X》) */
  if (text_word_at (text, p, limit, "的") && citation_at (scan, p + strlen ("的")) != NULL &&
      clause_start (text, verb->start > 12 ? verb->start - 12 : 0, verb->start) == verb->start)
    p += strlen ("的");

  /* another verb right after this one acts instead (通过修改…), except
   * after 批准, which approves the change (批准修订《…自治县…条例》) */
  if (hit_index + 1 < scan->n_hits)
    {
      const Hit *next = &scan->hits[hit_index + 1];

      if (next->start == p && next->value < MARK_BASE)
        return;
    }
  if (hit_index > 0 && (action == ACT_AMEND || action == ACT_REVISE || action == ACT_REPEAL) &&
      scan->hits[hit_index - 1].value == ACT_APPROVE &&
      skip_fillers (text, scan->hits[hit_index - 1].end, verb->start) == verb->start)
    action = ACT_APPROVE;

  /* 批准福州市《…》, 审查批准福州市报批的《…》: the body whose law it is,
   * between the verb and the title */
  if (action == ACT_APPROVE && citation_at (scan, p) == NULL)
    {
      gsize t = body_before_title (text, p, limit);

      if (t != G_MAXSIZE && citation_at (scan, t) != NULL)
        p = t;
    }

  if (action == ACT_ENACT || action == ACT_AMEND || action == ACT_REVISE || action == ACT_RE_ENACT)
    {
      body = guided_body (scan, hit_index);
      if (body != NULL)
        action = ACT_GUIDE;
    }
  /* 修改《X》的相关条款，已提请省人大常委会审议: a bill so far (not
   * 审议通过X，报请…: passed, then sent on) */
  if ((action == ACT_ENACT || action == ACT_AMEND || action == ACT_REVISE ||
       action == ACT_REPEAL || action == ACT_RE_ENACT) &&
      !text_word_ends_at (text, verb->start, verb->end, "通过") && referred_after (scan, limit))
    action = ACT_DELIBERATE;

  /* 制定全国首部…专项法规《X》, 我省首部地方性法规《X》: the words that
   * say what kind of law it is come between the verb and the title */
  if (citation_at (scan, p) == NULL)
    {
      gsize t = kind_before_title (text, p, limit);

      if (t != G_MAXSIZE && citation_at (scan, t) != NULL)
        p = t;
    }

  if (citation_at (scan, p) != NULL)
    {
      if (planned (scan, hit_index, baogao_annotation_get_byte_end (citation_at (scan, p))))
        {
          if (!deliberated_later (scan, limit))
            return;
          action = ACT_DELIBERATE;
        }
      take_titles (scan, p, limit, action, body, hit_index, FALSE);
      return;
    }

  /* 制定地方性法规3件，包括《A》《B》; 新制定5件（A条例、B规定等）: the
   * laws take the count's verb */
  {
    gsize list_end = 0;
    gsize listed = listed_after_count (scan, hit_index, p, limit, &list_end);

    if (listed != G_MAXSIZE && !planned (scan, hit_index, verb->end))
      {
        if (citation_at (scan, listed) != NULL)
          take_titles (scan, listed, list_end, action, body, hit_index, FALSE);
        else
          take_bare (scan, listed, list_end, action, body, hit_index, FALSE, FALSE);
      }
  }

  /* bare names: only verbs that act on instruments, and only where an
   * instrument word may end (most clauses of other acts have none) */
  {
    Action bare_action = action;

    if (!may_end_name (text, p, limit))
      return;
    if (planned (scan, hit_index, verb->end))
      {
        if (!deliberated_later (scan, limit))
          return;
        bare_action = ACT_DELIBERATE;
      }
    /* 印发 takes titles only */
    if (text_word_at (text, verb->start, verb->end, "印发"))
      return;
    take_bare (scan, p, limit, bare_action, body, hit_index, FALSE, FALSE);
  }
}

/* After a list of titles that a verb after them acts on: what may come
 * between the last title and the verb (草案, 等三部法规), or FALSE. */
static gboolean
list_tail (const char *text,
           gsize       p,
           gsize       end)
{
  gboolean draft = FALSE;

  if (p == end || strip_draft (text, p, end, &draft) == p)
    return TRUE;
  /* 《A》《B》等3部法规, 《A》等十二件 */
  if (text_word_at (text, p, end, "等") && n_chars (text, p, end) <= 10)
    {
      for (gsize q = p; q < end; q = next_char (text, q, end))
        if (clause_delimiter (text, q, end) != 0 || text_word_at (text, q, end, "《"))
          return FALSE;
      return TRUE;
    }
  return FALSE;
}

/* 对X条例进行(了)(全面)修订/修改/审议, 对X规定予以废止, 对《A》《B》作出
 * 修正: the act after the name, which starts after 对. */
static void
scan_after (Scan  *scan,
            guint  hit_index)
{
  const char *text = scan->text;
  const Hit *mark = &scan->hits[hit_index];
  Action action = mark->value - MARK_AFTER;
  gsize cstart = clause_start (text, mark->start > 240 ? mark->start - 240 : 0, mark->start);
  gsize p, name_start, name_end;
  gboolean draft = FALSE, found = FALSE;

  if (in_plans (scan, mark->start))
    return;
  /* 对X进行修改提出建议: a proposal */
  {
    gsize cend = clause_end (text, mark->end, MIN (scan->size, mark->end + 60));

    for (p = mark->end; p < cend; p = next_char (text, p, cend))
      if (text_word_at (text, p, cend, "建议") || text_word_at (text, p, cend, "意见") || text_word_at (text, p, cend, "提出"))
        return;
  }
  /* (将《X》予以废止, 把《X》…: titles only, as 将 plans too, 将于明年
   * 进行修订) */
  for (p = mark->start; p > cstart && !found; )
    {
      p = text_prev_char (text, cstart, p);
      found = text_word_at (text, p, mark->start, "对") ||
              ((text_word_at (text, p, mark->start, "将") || text_word_at (text, p, mark->start, "把")) &&
               citation_at (scan, p + strlen ("将")) != NULL);
    }
  if (!found || planned_before (text, cstart, p))
    return;
  /* 对照X法作了修订: X is what the law was brought in line with */
  if (text_word_at (text, p, mark->start, "对照"))
    return;
  name_start = p + strlen ("对");
  name_end = mark->start;
  /* (对福州市报批的《A》予以批准: the body that sent it comes first) */
  if (action == ACT_APPROVE && citation_at (scan, name_start) == NULL)
    {
      gsize t = body_before_title (text, name_start, name_end);

      if (t != G_MAXSIZE && citation_at (scan, t) != NULL)
        name_start = t;
    }

  if (citation_at (scan, name_start) != NULL)
    {
      if (list_tail (text, title_list_end (scan, name_start, name_end), name_end))
        take_titles (scan, name_start, name_end, action, NULL, hit_index, FALSE);
      return;
    }
  name_end = strip_draft (text, name_start, name_end, &draft);
  take_bare (scan, name_start, name_end, action, NULL, hit_index, FALSE, FALSE);
}

/* Words a clause may open with before the names acted on (其中《A》经…) */
static const char * const name_openers[] = {
  "其中", "同时", "此外", "另外", "另有", "目前", "今年", "全年", "年内", "去年", "已", "均",
};

/* @p past a label ("B08 ", "1.") and an opener of name_openers[] */
static gsize
skip_opener (const char *text,
             gsize       p,
             gsize       end)
{
  while (p < end && (guchar) text[p] < 0x80)
    p++;
  return p + text_any_word_at (text, p, end, name_openers, G_N_ELEMENTS (name_openers));
}

/* What may stand between the names and a verb stated after them without
 * 经 (see scan_posed()): the bill (修正案, 等3件法规草案), a time (于9月,
 * 同日), adverbs (先后, 顺利, 获得), the sitting (在省人大常委会第十次会议
 * 上), the readings, and, last, the bill's referral (提请常委会会议). Any
 * other word makes the verb another act's (《X》通过明确…, 将于…提请,
 * 未获通过). */
static const Term posed_gap_terms[] = {
  /* the bill */
  TERM ("（修订草案）"), TERM ("(修订草案)"), TERM ("（修正草案）"), TERM ("(修正草案)"),
  TERM ("（草案）"), TERM ("(草案)"), TERM ("修订草案"), TERM ("修正草案"), TERM ("修正案"),
  TERM ("修订案"), TERM ("草案"), TERM ("等"), TERM ("件"), TERM ("部"), TERM ("项"),
  TERM ("地方性法规"), TERM ("法规"), TERM ("法律"), TERM ("单行条例"),
  /* the time */
  TERM ("于"), TERM ("年"), TERM ("月"), TERM ("日"), TERM ("份"), TERM ("底"), TERM ("初"),
  TERM ("上旬"), TERM ("中旬"), TERM ("下旬"), TERM ("今年"), TERM ("同年"), TERM ("当年"),
  TERM ("同月"), TERM ("当月"), TERM ("同日"), TERM ("当日"), TERM ("上半年"), TERM ("下半年"),
  TERM ("年内"), TERM ("随后"), TERM ("目前"),
  /* adverbs */
  TERM ("已"), TERM ("均"), TERM ("都"), TERM ("也"), TERM ("先后"), TERM ("分别"), TERM ("依法"),
  TERM ("相继"), TERM ("陆续"), TERM ("依次"), TERM ("正式"), TERM ("顺利"), TERM ("首次"),
  TERM ("以"), TERM ("全票"), TERM ("高票"), TERM ("一致"), TERM ("最终"), TERM ("并"),
  TERM ("获得"), TERM ("获"), TERM ("得到"), TERM ("予以"), TERM ("后"), TERM ("完成"),
  /* the sitting and the readings */
  TERM ("在"), TERM ("会议上"), TERM ("大会上"), TERM ("会上"), TERM ("省"), TERM ("市"),
  TERM ("自治区"), TERM ("州"), TERM ("县"), TERM ("人大"), TERM ("人民代表大会"),
  TERM ("常委会"), TERM ("常务委员会"), TERM ("会议"), TERM ("全体会议"), TERM ("大会"),
  TERM ("本次"), TERM ("第"), TERM ("次"), TERM ("届"), TERM ("审议"), TERM ("初审"),
  TERM ("一审"), TERM ("二审"), TERM ("三审"), TERM ("再次"), TERM ("继续"), TERM ("表决"),
  /* the referral (from here on) */
  TERM ("提请"), TERM ("提交"), TERM ("报请"), TERM ("报"),
};
#define POSED_FIRST_REFERRAL (G_N_ELEMENTS (posed_gap_terms) - 4)

/* Does [@p, @end) hold only words of posed_gap_terms[] and numbers?
 * Sets @referred when the bill was referred there (提请…). */
static gboolean
posed_gap (const char *text,
           gsize       p,
           gsize       end,
           gboolean   *referred)
{
  *referred = FALSE;
  for (guint n = 0; p < end; n++)
    {
      gsize best = 0;
      gboolean referral = FALSE;

      /* a gap is a few words: a longer one is a sentence of its own */
      if (n >= 24)
        return FALSE;
      if (at_number (text, p, end))
        {
          p = next_char (text, p, end);
          continue;
        }
      for (guint i = 0; i < G_N_ELEMENTS (posed_gap_terms); i++)
        if (posed_gap_terms[i].len > best && text_word_at (text, p, end, posed_gap_terms[i].word))
          {
            best = posed_gap_terms[i].len;
            referral = i >= POSED_FIRST_REFERRAL;
          }
      if (best == 0)
        return FALSE;
      if (referral)
        *referred = TRUE;
      p += best;
    }
  return TRUE;
}

/* The act of @verb stated after the names without 经 (see scan_posed()),
 * or ACT_NONE */
static Action
posed_action (Scan      *scan,
              const Hit *verb,
              gboolean   referred)
{
  if (text_word_ends_at (scan->text, verb->start, verb->end, "通过"))
    return ACT_ENACT;
  if (verb->value == ACT_APPROVE)
    {
      if (referred)
        return ACT_DELIBERATE;
      if (strcmp (scan->default_level, "municipal") == 0 ||
          strcmp (scan->default_level, "autonomous") == 0)
        return ACT_ENACT;
      return ACT_APPROVE;
    }
  if (verb->value == ACT_DELIBERATE)
    return ACT_DELIBERATE;
  return ACT_NONE;
}

/* Is @verb one that makes, changes or repeals a law by its own word
 * (制定, 出台, 修订, 废止…; not 通过, 作出, 印发, 批准 or a reading)? */
static gboolean
is_edit (Scan      *scan,
         const Hit *verb)
{
  const char *text = scan->text;

  if (verb->value != ACT_ENACT && verb->value != ACT_AMEND && verb->value != ACT_REVISE &&
      verb->value != ACT_REPEAL && verb->value != ACT_RE_ENACT)
    return FALSE;
  return !text_word_ends_at (text, verb->start, verb->end, "通过") &&
         !text_word_at (text, verb->start, verb->end, "作出") &&
         !text_word_at (text, verb->start, verb->end, "印发");
}

/* Does [@p, @end), between titles and an edit that ends their clause,
 * hold only the few words that say it was done (完成, 为, 的, 已…)? */
static gboolean
edit_gap (const char *text,
          gsize       p,
          gsize       end)
{
  static const char * const words[] = {
    "顺利完成", "完成", "实现", "为", "的", "已经", "已", "均", "获", "予以", "正式",
  };

  for (guint n = 0; p < end; n++)
    {
      gsize len = text_any_word_at (text, p, end, words, G_N_ELEMENTS (words));

      if (len == 0 || n >= 3)
        return FALSE;
      p += len;
    }
  return TRUE;
}

/* The edit named right before a bare 通过 at @hit_index (《X》修订通过,
 * 经…会议修改通过): the hit before it, ending where it starts, if it
 * amends or revises; else NULL. */
static const Hit *
edit_before (Scan  *scan,
             guint  hit_index)
{
  const Hit *verb = &scan->hits[hit_index];
  const Hit *prev;

  if (hit_index == 0 || verb->end - verb->start != strlen ("通过") ||
      !text_word_at (scan->text, verb->start, verb->end, "通过"))
    return NULL;
  prev = &scan->hits[hit_index - 1];
  if (prev->end != verb->start || (prev->value != ACT_AMEND && prev->value != ACT_REVISE))
    return NULL;
  return prev;
}

/* The titles' maker and its act, opening the clause before them (制定的
 * 《X》经省人大常委会批准, 州人大常委会修订的《X》…): @p past them, and the
 * act in @made; else @p, and ACT_NONE. The maker is a few words at most. */
static gsize
skip_maker (Scan   *scan,
            gsize   p,
            gsize   end,
            Action *made)
{
  static const Word made_words[] = {
    { "新制定的", ACT_ENACT }, { "制定的", ACT_ENACT }, { "修改的", ACT_AMEND },
    { "修正的", ACT_AMEND }, { "修订的", ACT_REVISE },
  };
  const char *text = scan->text;
  gsize q = p;

  *made = ACT_NONE;
  for (guint n = 0; n < 12 && q < end; n++, q = next_char (text, q, end))
    {
      if (clause_delimiter (text, q, end) != 0 || text_word_at (text, q, end, "《"))
        break;
      for (guint i = 0; i < G_N_ELEMENTS (made_words); i++)
        if (text_word_at (text, q, end, made_words[i].word) &&
            citation_at (scan, q + strlen (made_words[i].word)) != NULL)
          {
            *made = made_words[i].value;
            return q + strlen (made_words[i].word);
          }
    }
  return p;
}

/* The act stated after the names without 经, in one clause that opens
 * with them:
 *
 *   《A》于9月通过, 《A》修正案获得通过
 *   《A》等3件法规草案于11月提请常委会会议一审
 *   《A》修正案、《B》先后提请审议并获通过
 *   《A》已报省人大常委会批准
 *   《A》修订通过 (the edit right before 通过 is the act)
 *
 * Between the names and the verb, only the words of posed_gap_terms[];
 * after the verb, the clause ends, or 后, 并… follow (not 《A》通过明确…,
 * where 通过 is "by"). 通过 passes the bill, whatever the readings and
 * the referral before; a reading deliberates it; 批准 approves it (in a
 * city's own report: its congress made it, as after 经), unless it was
 * only referred for approval: a bill so far. Bare names need words
 * between them and the verb. */
static void
scan_posed (Scan  *scan,
            guint  hit_index)
{
  static const char * const after_act[] = { "后", "并", "和", "及", "以及", "、" };
  const char *text = scan->text;
  const Hit *verb = &scan->hits[hit_index];
  const Hit *edit = edit_before (scan, hit_index);
  Action action = verb->value, made;
  gboolean referred = FALSE;
  gsize cstart, cend, name_start, p;
  /* the names and the gap end before the edit of 修订通过 */
  gsize gap_end = edit != NULL ? edit->start : verb->start;

  /* after the verb */
  cend = clause_end (text, verb->end, MIN (scan->size, verb->end + 12));
  p = verb->end;
  if (text_word_at (text, p, cend, "了"))
    p += strlen ("了");
  if (p < cend && text_any_word_at (text, p, cend, after_act, G_N_ELEMENTS (after_act)) == 0)
    return;

  /* the names, at the clause start */
  cstart = clause_start (text, gap_end > 360 ? gap_end - 360 : 0, gap_end);
  name_start = skip_opener (text, cstart, gap_end);
  name_start = skip_maker (scan, name_start, gap_end, &made);
  if (name_start >= gap_end)
    return;

  if (citation_at (scan, name_start) != NULL)
    {
      gsize list_end = title_list_end (scan, name_start, gap_end);

      /* 《A》完成全面修订, 《B》为新制定, 《C》《D》的出台: the act itself
       * ends the clause */
      if (is_edit (scan, verb) && edit_gap (text, list_end, gap_end))
        {
          take_titles (scan, name_start, gap_end, verb->value, NULL, hit_index, TRUE);
          return;
        }
      if (!posed_gap (text, list_end, gap_end, &referred))
        return;
      action = posed_action (scan, verb, referred);
      /* 修订通过: revised; 修订的《X》经…批准: the maker's act */
      if (action == ACT_ENACT && edit != NULL)
        action = edit->value;
      else if (action == ACT_ENACT && made != ACT_NONE)
        action = made;
      if (action != ACT_NONE)
        take_titles (scan, name_start, gap_end, action, NULL, hit_index, TRUE);
      return;
    }

  /* a bare name: the first end of one the gap follows (none but the
   * edit's: 数据条例修订通过) */
  for (gsize q = next_char (text, name_start, gap_end); q < gap_end || (q == gap_end && edit != NULL);
       q = next_char (text, q, gap_end))
    {
      gboolean draft = FALSE;
      gsize name_end = q;

      if (!ends_like_name (text, name_start, q) ||
          !posed_gap (text, q, gap_end, &referred) || name_suffix (text, name_start, q) == NULL)
        continue;
      /* the bill's draft mark, with the name (see take_bare()) */
      for (gsize r = gap_end; r > q; r = text_prev_char (text, q, r))
        if (strip_draft (text, q, r, &draft) == q)
          {
            name_end = r;
            break;
          }
      action = posed_action (scan, verb, referred);
      if (action == ACT_ENACT && edit != NULL)
        action = edit->value;
      if (action != ACT_NONE)
        take_bare (scan, name_start, name_end, action, NULL, hit_index, FALSE, TRUE);
      return;
    }
}

/* Does [@p, @end), between the names and 经, hold only the words of a
 * bill or a time (《X》于7月29日经…, 《A》《B》两部法规草案已经…), and
 * no referral? */
static gboolean
gap_before_via (const char *text,
                gsize       p,
                gsize       end)
{
  gboolean referred = FALSE;

  return posed_gap (text, p, end, &referred) && !referred;
}

/* The end of the bare names in [@start, @end), before 经: @end when a name
 * or its draft ends there, else the first end of a name, with its draft
 * mark, that gap_before_via() follows (X条例于3月经…, A条例、B条例两部法规
 * 草案已经…), else @end. */
static gsize
bare_names_end (const char *text,
                gsize       start,
                gsize       end)
{
  gboolean draft = FALSE;

  if (name_suffix (text, start, strip_draft (text, start, end, &draft)) != NULL)
    return end;
  for (gsize q = next_char (text, start, end); q < end; q = next_char (text, q, end))
    {
      if (!ends_like_name (text, start, q) || name_suffix (text, start, q) == NULL ||
          !gap_before_via (text, q, end))
        continue;
      for (gsize r = end; r > q; r = text_prev_char (text, q, r))
        if (strip_draft (text, q, r, &draft) == q)
          return r;
      return q;
    }
  return end;
}

/* What lies between 经 and the verb after a name (see scan_passed()). */
typedef enum
{
  VIA_NONE,      /* another body's act, or a step before the vote */
  VIA_BARE,      /* nothing: 经审议通过, 经批准 */
  VIA_CONGRESS,  /* a congress, its sitting or its readings */
} Via;

static Via
via_between (const char *text,
             gsize       start,
             gsize       end)
{
  gboolean congress = FALSE;

  if (start == end)
    return VIA_BARE;
  for (gsize p = start; p < end; p = next_char (text, p, end))
    {
      if (word_list_at (&via_others, text, p, end))
        return VIA_NONE;
      if (!congress && word_list_at (&via_bodies, text, p, end))
        congress = TRUE;
    }
  return congress ? VIA_CONGRESS : VIA_NONE;
}

/* The act stated after the names, with 经 (or 经过) and who acted before
 * the verb, in one clause:
 *
 *   《A》《B》经市十六届人大常委会第四次会议审议通过后公布施行
 *   《A》《B》经江苏省人大常委会批准后公布施行
 *   X法修订草案经三次审议后表决通过, X条例（草案）经两次审议
 *   《A》已于2023年9月28日经…批准, 《A》《B》两部法规草案已经…审议
 *   制定的《A》经省…批准 (修订的《A》…: revised, in the city's report)
 *
 * The verb at @hit_index is the one after 经: 通过 passes the bill; 批准
 * approves a city's regulation, which in the city's own report was enacted
 * by its congress; 审议 passes it when 通过 follows in the sentence, else
 * deliberates it, when a congress or the readings are named; 修订通过,
 * 修改通过 revise or amend. Between 经 and the verb, at most thirty
 * characters, none of another body (政府, 党组…). The names or titles run
 * from the clause start to 经, where only a bill's or a time's words may
 * follow them (see gap_before_via()); 施行以来 after the verb is an
 * instrument in force, not an act of the year. */
static void
scan_passed (Scan  *scan,
             guint  hit_index)
{
  /* between the names and 经: 《A》已经…, 均经…, 报经… */
  static const char * const adverbs[] = {
    "已", "均", "都", "报", "先后", "分别", "依法", "相继", "陆续", "依次", "正式",
  };
  /* 经济, 经营…: no 经 of an act */
  static const char * const not_via = "济营验费历典纪销办手贸";
  const char *text = scan->text;
  const Hit *verb = &scan->hits[hit_index];
  Action action = verb->value, made;
  gboolean passes, readings;
  gsize lower, via = G_MAXSIZE, via_end, cstart, name_start, name_end;
  Via between;

  /* only 通过, 批准 and 审议 may have their bill before 经 */
  passes = text_word_ends_at (text, verb->start, verb->end, "通过");
  if (in_plans (scan, verb->start) || citation_covering (scan, verb->start) != NULL)
    return;
  /* (an edit may be stated after its titles without 经: 《A》完成全面修订) */
  if (!passes && action != ACT_APPROVE && action != ACT_DELIBERATE)
    {
      if (is_edit (scan, verb))
        scan_posed (scan, hit_index);
      return;
    }

  /* 经 in the clause, at most thirty characters before the verb: the
   * nearest, not in a title (《…经济特区…》) nor a word (经济, 经营) */
  lower = clause_start (text, verb->start > 90 ? verb->start - 90 : 0, verb->start);
  for (gsize p = verb->start; p > lower;)
    {
      gsize after;

      p = text_prev_char (text, lower, p);
      if (!text_word_at (text, p, verb->start, "经") || citation_covering (scan, p) != NULL)
        continue;
      after = p + strlen ("经");
      if (!text_word_at (text, after, verb->start, "过") && after < verb->start &&
          char_in (text, after, next_char (text, after, verb->start), not_via))
        continue;
      via = p;
      break;
    }
  if (via == G_MAXSIZE)
    {
      scan_posed (scan, hit_index);
      return;
    }
  via_end = via + strlen ("经");
  if (text_word_at (text, via_end, verb->start, "过"))
    via_end += strlen ("过");
  between = via_between (text, via_end, verb->start);
  if (between == VIA_NONE)
    return;
  /* 于2016年经…批准施行以来: an instrument in force, not this year's act */
  {
    gsize cend = clause_end (text, verb->end, MIN (scan->size, verb->end + 60));

    if (text_contains (text, verb->end, cend, "以来"))
      return;
  }

  /* 初审, 三次审议, 经两次审议: the readings are counted */
  readings = action == ACT_DELIBERATE && !text_word_at (text, verb->start, verb->end, "审议");
  if (passes)
    {
      /* 经表决未通过 */
      gsize q = text_prev_char (text, via_end, verb->start);

      if (text_word_at (text, verb->start, verb->end, "通过") && verb->start > via_end &&
          (text_word_at (text, q, verb->start, "未") || text_word_at (text, q, verb->start, "不")))
        return;
      action = ACT_ENACT;
      /* 经…会议修订通过 */
      {
        const Hit *edit = edit_before (scan, hit_index);

        if (edit != NULL && edit->start >= via_end)
          action = edit->value;
      }
    }
  else if (action == ACT_APPROVE)
    {
      /* a city's or a prefecture's own report: its congress made it,
       * the province approved it; else the report's congress approved
       * it */
      if (strcmp (scan->default_level, "municipal") == 0 ||
          strcmp (scan->default_level, "autonomous") == 0)
        action = ACT_ENACT;
    }
  else
    {
      gsize send = sentence_end (text, verb->end, MIN (scan->size, verb->end + 90));

      action = ACT_NONE;
      /* 经三次审议后表决通过, not 未通过 */
      for (gsize p = verb->end; p < send; p = next_char (text, p, send))
        if (text_word_at (text, p, send, "通过"))
          {
            gsize q = text_prev_char (text, verb->end, p);

            if (p > verb->end && (text_word_at (text, q, p, "未") || text_word_at (text, q, p, "不")))
              return;
            action = ACT_ENACT;
            break;
          }
      /* 经两次审议, 经常委会会议审议: deliberated */
      if (action == ACT_NONE)
        {
          if (between != VIA_CONGRESS && !readings)
            return;
          action = ACT_DELIBERATE;
        }
    }

  /* the names: from the clause start to 经, less 已, 均… before it */
  cstart = clause_start (text, via > 360 ? via - 360 : 0, via);
  if (planned_before (text, cstart, via))
    return;
  name_end = via;
  for (guint n = 0; n < 2; n++)
    for (guint i = 0; i < G_N_ELEMENTS (adverbs); i++)
      if (text_word_ends_at (text, cstart, name_end, adverbs[i]))
        {
          name_end -= strlen (adverbs[i]);
          break;
        }
  /* (past a label: "B08 《X》经…", "1.《X》经…", and the maker:
   * "制定的《X》经…") */
  name_start = skip_opener (text, cstart, name_end);
  name_start = skip_maker (scan, name_start, name_end, &made);
  if (name_start >= name_end)
    return;
  /* 修订的《X》经省人大常委会批准, in the city's report: revised */
  if (action == ACT_ENACT && made != ACT_NONE)
    action = made;
  if (citation_at (scan, name_start) != NULL)
    {
      gsize list_end = title_list_end (scan, name_start, name_end);

      if (list_tail (text, list_end, name_end) || gap_before_via (text, list_end, name_end))
        take_titles (scan, name_start, name_end, action, NULL, hit_index, TRUE);
      return;
    }
  name_end = bare_names_end (text, name_start, name_end);
  take_bare (scan, name_start, name_end, action, NULL, hit_index, FALSE, TRUE);
}

/* Orders instruments by end, then by index */
static int
compare_by_end (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  const Instrument *instruments = user_data;
  guint i = *(const guint *) a, j = *(const guint *) b;

  if (instruments[i].end != instruments[j].end)
    return instruments[i].end < instruments[j].end ? -1 : 1;
  return i < j ? -1 : i > j;
}

/* Does the sentence at @p, before @mark, open with the law (a title,
 * 该条例, 该法规, 这部法规, 这是)? */
static gboolean
opens_with_the_law (Scan  *scan,
                    gsize  p,
                    gsize  mark)
{
  static const char * const pointers[] = {
    "该条例", "该法规", "该法", "该规定", "该办法", "这部法规", "这部条例", "这是", "此举",
  };
  const char *text = scan->text;

  while (p < mark && (text[p] == ' ' || text[p] == '\n' || text_word_at (text, p, mark, "\u3000")))
    p += text[p] == ' ' || text[p] == '\n' ? 1 : 3;
  if (citation_at (scan, p) != NULL)
    return TRUE;
  return text_any_word_at (text, p, mark, pointers, G_N_ELEMENTS (pointers)) != 0;
}

static void
mark_first_of_kind (Scan *scan)
{
  const char *text = scan->text;
  const Instrument *instruments = (const Instrument *) (gpointer) scan->instruments->data;
  guint n = scan->instruments->len;
  g_autofree guint *by_end = NULL;

  for (guint i = 0; i < scan->n_hits; i++)
    {
      const Hit *h = &scan->hits[i];
      gsize s_start, s_end, c_end;
      guint lo, hi, first = G_MAXUINT;
      int best = -1;

      if (h->value != MARK_FIRST)
        continue;
      s_start = sentence_start (text, h->start > 600 ? h->start - 600 : 0, h->start);
      s_end = sentence_end (text, h->end, MIN (scan->size, h->end + 600));
      c_end = clause_end (text, h->end, s_end);

      /* the instrument whose act the mark qualifies: one named after the
       * mark in its clause (制定全国首部…条例), the first noted, else the
       * last noted before it in its sentence (…条例，成为全国首部…). Either
       * ends in [s_start, c_end]. Of a few instruments, all are looked
       * at; of many, those ending there, found by end in an index sorted
       * once: the marks of a long document cost no more than the
       * instruments of their sentences. */
      lo = 0;
      hi = n;
      if (n > 64)
        {
          if (by_end == NULL)
            {
              by_end = g_new (guint, n);
              for (guint k = 0; k < n; k++)
                by_end[k] = k;
              g_qsort_with_data (by_end, (gint) n, sizeof (guint), compare_by_end,
                                 (gpointer) instruments);
            }
          while (lo < hi)
            {
              guint mid = lo + (hi - lo) / 2;

              if (instruments[by_end[mid]].end < s_start)
                lo = mid + 1;
              else
                hi = mid;
            }
          hi = n;
        }
      for (guint j = lo; j < hi; j++)
        {
          guint k = by_end != NULL ? by_end[j] : j;
          const Instrument *in = &instruments[k];

          if (in->end > c_end)
            {
              if (by_end != NULL)
                break;
              continue;
            }
          /* (acted on after the mark too: 在全国率先制定《X》) */
          if ((in->verb_start < h->start && in->end > h->end) ||
              (in->start >= h->end && in->action != ACT_CITE && in->action != ACT_INSPECT))
            first = MIN (first, k);
          else if (in->end <= h->start && in->start >= s_start && (int) k > best)
            best = (int) k;
        }
      if (first != G_MAXUINT)
        best = (int) first;
      /* a sentence of its own about the law acted on before (制定《X》。
       * 《X》是全国首部…; 该条例在全国率先…): the last one noted before it */
      if (best < 0 && opens_with_the_law (scan, s_start, h->start))
        {
          /* the nearest ones before, by end: of many, found in the
           * index by end, and at most some dozens looked at */
          guint top = n, looked = 0;

          /* (past the ones ending before @s_start, found above: those
           * ending at it) */
          if (by_end != NULL)
            for (top = lo; top < n && instruments[by_end[top]].end <= s_start; top++)
              ;
          for (guint j = top; j-- > 0 && looked < 64;)
            {
              guint k = by_end != NULL ? by_end[j] : j;
              const Instrument *in = &instruments[k];

              if (in->end > s_start)
                continue;
              looked++;
              if (s_start - in->end > 600)
                break;
              if (in->action != ACT_CITE && in->action != ACT_INSPECT)
                {
                  best = (int) k;
                  break;
                }
            }
        }
      if (best >= 0)
        g_array_index (scan->instruments, Instrument, best).first_of_kind = TRUE;
    }
}

/* Turns the title marks of a bare name (省实施《X法》办法) into the
 * marks of a title inside a title (〈X法〉), as the name reads when the
 * report brackets it: one name however it is written. In place: the
 * marks have the same length in UTF-8. */
static void
inner_title_marks (char *name)
{
  for (char *p = name; (p = strstr (p, "\xe3\x80")) != NULL; p += 3)
    if ((guchar) p[2] == 0x8a || (guchar) p[2] == 0x8b)
      p[2] = (char) ((guchar) p[2] - 2);
}

/* The name of @in, as a slice of the text when it is one: a title is
 * most often the very text inside its brackets, and a slice of the text
 * is written without checking its encoding again. */
static const char *
instrument_name (Scan             *scan,
                 const Instrument *in)
{
  gsize inside = in->start + strlen ("《");

  if (in->citation != NULL && inside + in->name_len <= scan->size &&
      memcmp (scan->text + inside, in->name, in->name_len) == 0)
    return scan->text + inside;
  return in->name;
}

/* Where the list of titles the title at @start is in starts: the first
 * of the titles right before it, joined by nothing, 、, 和, 及 or 与. */
static gsize
title_list_start (Scan  *scan,
                  gsize  start)
{
  static const char * const joins[] = { "、", "和", "及", "与" };
  const char *text = scan->text;
  gsize p = start;

  for (guint n = 0; n < 64 && p > 0; n++)
    {
      gsize q = p;
      BaogaoAnnotation *before;

      for (guint i = 0; i < G_N_ELEMENTS (joins); i++)
        if (text_word_ends_at (text, 0, q, joins[i]))
          {
            q -= strlen (joins[i]);
            break;
          }
      if (!text_word_ends_at (text, 0, q, "》"))
        break;
      before = citation_covering (scan, q - strlen ("》"));
      if (before == NULL || baogao_annotation_get_byte_end (before) != q)
        break;
      p = baogao_annotation_get_byte_start (before);
    }
  return p;
}

/* Is the list of titles holding the one at @start introduced as what an
 * inspection checked: by a label (执法检查对象：《A》《B》, 开展执法检查:
 * 《A》), or by a few words right after 执法检查 (执法检查对象为《A》)? */
static gboolean
inspection_before (Scan  *scan,
                   gsize  start)
{
  static const char * const gaps[] = {
    "", "对象", "对象为", "对象是", "对象包括", "内容为", "包括", "涉及", "了",
  };
  const char *text = scan->text;
  gsize p = title_list_start (scan, start), lower;

  lower = p > 90 ? p - 90 : 0;

  /* a label: the clause before a colon */
  if (p > 0)
    {
      gsize colon = text_prev_char (text, lower, p);

      if (text_word_at (text, colon, p, "：") || text[colon] == ':')
        {
          gsize label = clause_start (text, lower, colon);

          return text_contains (text, label, colon, "执法检查");
        }
    }
  for (guint i = 0; i < G_N_ELEMENTS (gaps); i++)
    {
      gsize gap = strlen (gaps[i]);

      if (p < lower + gap || (gap > 0 && !text_word_ends_at (text, lower, p, gaps[i])))
        continue;
      if (text_word_ends_at (text, lower, p - gap, "执法检查"))
        return TRUE;
    }
  return FALSE;
}

/* Do the words after a list of titles, [@p, @end), say that their
 * implementation was inspected (…的实施情况进行了检查, 实施情况开展检
 * 查)? */
static gboolean
inspected_after (const char *text,
                 gsize       p,
                 gsize       end)
{
  static const char * const checks[] = {
    "进行检查", "进行了检查", "开展检查", "开展了检查", "组织检查", "进行执法检查", "开展执法检查",
  };
  gsize at = text_find (text, p, end, "情况");

  if (at == G_MAXSIZE)
    return FALSE;
  at += strlen ("情况");
  return text_any_word_at (text, at, end, checks, G_N_ELEMENTS (checks)) != 0;
}

/* How far before an inspection its list of laws may start, in bytes */
#define MAX_INSPECTED_LIST 600

/* Titles of laws, regulations, rules and decisions mentioned without an
 * act on them (贯彻落实《…》, 根据《…》): action cite, or inspect when
 * their clause is a law-enforcement inspection. */
static void
add_cited (Scan *scan)
{
  const char *text = scan->text;

  for (guint i = 0; i < scan->citations->len; i++)
    {
      BaogaoAnnotation *c = g_ptr_array_index (scan->citations, i);
      const char *kind = baogao_annotation_get_string (c, "kind");
      const char *title = baogao_annotation_get_string (c, "title");
      gsize start = baogao_annotation_get_byte_start (c);
      gsize end = baogao_annotation_get_byte_end (c);
      gsize cend;
      Action action = ACT_CITE;

      if (kind == NULL || title == NULL || in_plans (scan, start))
        continue;
      /* a title inside another is part of its name (《某某省实施〈X法〉办
       * 法》), or the law a package decision changes, written as acted on */
      if (baogao_annotation_get_parent (c) != NULL &&
          g_strcmp0 (baogao_annotation_get_annotation_type (baogao_annotation_get_parent (c)), "citation") == 0)
        continue;
      /* 《关于修改〈X〉的决定》 stands for X, written as acted on */
      if (package_act (title, 0, strlen (title), NULL) != ACT_NONE)
        continue;
      if (strcmp (kind, "law") != 0 && strcmp (kind, "regulation") != 0 &&
          strcmp (kind, "rules") != 0 && strcmp (kind, "decision") != 0)
        continue;
      /* past the titles listed with this one: 对《A》《B》开展执法检查
       * inspects both */
      {
        gsize list_end = title_list_end (scan, start, clause_end (text, end, MIN (scan->size, end + 600)));

        /* (bare names may follow in the list: 对《A》、B法、《C》开展执法
         * 检查) */
        cend = clause_end (text, list_end, MIN (scan->size, list_end + 180));
        if (text_contains (text, end, cend, "执法检查"))
          action = ACT_INSPECT;
        /* 检查《A》《B》等5部法律法规的实施情况 */
        else
          {
            gsize first = title_list_start (scan, start);

            /* (a later list of the clause: 检查《A》等5部法律和《B》等2部法规
             * 的实施情况) */
            gsize cs = clause_start (text, first > 240 ? first - 240 : 0, first);

            if ((text_word_ends_at (text, 0, first, "检查") || text_word_ends_at (text, 0, first, "检查了") ||
                 (text_word_at (text, cs, first, "检查") && !text_word_at (text, cs, first, "检查组"))) &&
                text_contains (text, end, cend, "实施情况"))
              action = ACT_INSPECT;
            /* 对《A》和《B》的实施情况进行了检查, 对《A》实施情况开展检查 */
            else if (inspected_after (text, end, cend))
              action = ACT_INSPECT;
          }
      }
      /* …or named before them: 执法检查对象：《A》《B》 */
      if (action == ACT_CITE && inspection_before (scan, start))
        action = ACT_INSPECT;
      {
        Action edition;

        add_instrument (scan, start, end, title, strip_edition (title, strlen (title), &edition),
                        kind, action, NULL, c, start);
      }
    }
}

/* The bare names of the list [@seg, @end), joined by 、, 和, 及 and
 * ended by 等 or @end: instruments inspected, stated at @verb. */
static void
take_inspected_list (Scan  *scan,
                     gsize  seg,
                     gsize  end,
                     gsize  verb)
{
  static const char * const joints[] = { "、", "和", "及", "以及" };
  const char *text = scan->text;

  while (seg < end)
    {
      gsize seg_end = seg, joint = 0;
      const Suffix *suffix;
      gboolean last = FALSE;

      /* the item: up to a joint, 等 or the end */
      while (seg_end < end)
        {
          if ((joint = text_any_word_at (text, seg_end, end, joints, G_N_ELEMENTS (joints))) != 0 &&
              (name_suffix (text, seg, seg_end) != NULL || text_word_ends_at (text, seg, seg_end, "》")))
            break;
          if (text_word_at (text, seg_end, end, "等") && name_suffix (text, seg, seg_end) != NULL)
            {
              last = TRUE;
              break;
            }
          joint = 0;
          seg_end = next_char (text, seg_end, end);
        }
      if (!text_word_at (text, seg, seg_end, "《") && (suffix = check_name (text, seg, seg_end)) != NULL)
        add_instrument (scan, seg, seg_end, text + seg, seg_end - seg, suffix->kind, ACT_INSPECT,
                        NULL, NULL, verb);
      if (last || joint == 0)
        break;
      seg = seg_end + joint;
    }
}

/* Bare names of the laws a law-enforcement inspection checked, listed
 * before it after 对 or 就 (对环境保护法、某某省水污染防治条例开展执法检
 * 查), or after 检查 with their implementation (检查野生动物保护法、传染病
 * 防治法等6部法律的实施情况): action inspect. The 《》 titles among them
 * are add_cited ()'s; the list ends at 等 (…等5部法律法规). */
static void
add_inspected_bare (Scan *scan)
{
  static const char * const verbs[] = { "组织开展", "开展", "进行", "组织" };
  const char *text = scan->text;
  gsize p = 0;

  while ((p = text_find (text, p, scan->size, "执法检查")) != G_MAXSIZE)
    {
      gsize verb = p, start, seg;
      gsize n;

      p += strlen ("执法检查");
      if ((n = text_any_word_ends_at (text, 0, verb, verbs, G_N_ELEMENTS (verbs))) != 0)
        verb -= n;
      start = clause_start (text, verb > MAX_INSPECTED_LIST ? verb - MAX_INSPECTED_LIST : 0, verb);
      seg = text_find (text, start, verb, "对");
      if (seg == G_MAXSIZE)
        seg = text_find (text, start, verb, "就");
      if (seg == G_MAXSIZE)
        continue;
      take_inspected_list (scan, seg + strlen ("对"), verb, verb);
    }

  for (p = 0; (p = text_find (text, p, scan->size, "检查")) != G_MAXSIZE; )
    {
      gsize verb = p, seg, cend, impl;

      p += strlen ("检查");
      /* (执法检查 is the loop's above; 检查组 and 检查了解 check no law) */
      if (text_word_ends_at (text, 0, verb, "执法") || text_word_at (text, p, scan->size, "组"))
        continue;
      seg = p;
      if (text_word_at (text, seg, scan->size, "了"))
        seg += strlen ("了");
      cend = clause_end (text, seg, MIN (scan->size, seg + MAX_INSPECTED_LIST));
      impl = text_find (text, seg, cend, "实施情况");
      if (impl == G_MAXSIZE || text_word_at (text, seg, cend, "《"))
        continue;
      if (text_word_ends_at (text, seg, impl, "贯彻"))
        impl -= strlen ("贯彻");
      if (text_word_ends_at (text, seg, impl, "的"))
        impl -= strlen ("的");
      take_inspected_list (scan, seg, impl, verb);
    }
}

/* --- tables of the year's laws ----------------------------------------------- */

/* Reports may list the year's laws in a table, or a numbered list, after
 * the text (附表：2020年审议通过的法规), a row a line:
 *
 *   序号　法规名称　类别　通过时间                    (a header, skipped)
 *   1　某某省乡村振兴促进条例　制定　2020年3月26日      the act in a column
 *   2　《某某省野生动物保护条例》　修订　2020年5月29日
 *   1．《某某省X条例》（2020年3月26日通过）           …or after the name
 *   9　关于修改《某某省Y条例》的决定　修改             Y amended
 *
 * The rows are numbered from 1 on, one after the other, and come under a
 * caption or heading about laws (附表…法规, 二、立法工作) or a sentence
 * announcing them (…制定的地方性法规如下：); a row without an act of its
 * own takes the caption's (制定的地方性法规: enacted), and without either
 * it is no instrument. A row is a name and short cells only: a numbered
 * list of work (1．制定…条例，完善…) has a verb in its name or a clause
 * after it, and is no table. */

/* The acts a cell of a row, or the end of the parenthesis after its name,
 * states, longest first where one ends another */
static const Word column_acts[] = {
  { "修订通过", ACT_REVISE }, { "修正通过", ACT_AMEND }, { "修改通过", ACT_AMEND },
  { "审议通过", ACT_ENACT }, { "表决通过", ACT_ENACT }, { "重新制定", ACT_RE_ENACT },
  { "审查批准", ACT_APPROVE }, { "全面修订", ACT_REVISE }, { "打包修改", ACT_AMEND },
  { "新制定", ACT_ENACT }, { "制定", ACT_ENACT }, { "制订", ACT_ENACT }, { "通过", ACT_ENACT },
  { "修改", ACT_AMEND }, { "修正", ACT_AMEND }, { "修订", ACT_REVISE }, { "废止", ACT_REPEAL },
  { "批准", ACT_APPROVE },
};

/* Words of a caption that make its list a plan, not the year's acts */
static const char * const table_plan_words[] = { "计划", "规划", "拟", "明年", "今后", "建议" };

/* Words of a caption about laws */
static const char * const table_law_words[] = { "法规", "法律", "条例", "立法" };

/* A column separator at @p: a tab, spaces, or full-width spaces; its
 * length in bytes, or 0 */
static gsize
table_gap (const char *text,
           gsize       p,
           gsize       end)
{
  gsize q = p;

  while (q < end)
    {
      if (text[q] == '\t' || text[q] == ' ')
        q++;
      else if (text_word_at (text, q, end, "\xe3\x80\x80"))
        q += 3;
      else
        break;
    }
  return q - p;
}

/* The act of the row cell or parenthesis [@start, @end) (@whole: the
 * cell is only the act; else the parenthesis ends with it), or ACT_NONE */
static Action
column_act (const char *text,
            gsize       start,
            gsize       end,
            gboolean    whole)
{
  for (guint i = 0; i < G_N_ELEMENTS (column_acts); i++)
    {
      gsize n = strlen (column_acts[i].word);

      if (whole ? (end - start == n && memcmp (text + start, column_acts[i].word, n) == 0) :
                  text_word_ends_at (text, start, end, column_acts[i].word))
        return column_acts[i].value;
    }
  return ACT_NONE;
}

/* The index of the first hit of the matcher at or after @p (hits are in
 * text order: found by halving) */
static guint
first_hit (Scan  *scan,
           gsize  p)
{
  guint lo = 0, hi = scan->n_hits;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (scan->hits[mid].start < p)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* Is there a hit of the matcher in [@start, @end)? */
static gboolean
hit_within (Scan  *scan,
            gsize  start,
            gsize  end)
{
  guint i = first_hit (scan, start);

  return i < scan->n_hits && scan->hits[i].start < end;
}

typedef struct
{
  guint             number;
  gsize             start;      /* the name's span (with 《》 for a title) */
  gsize             end;
  const char       *name;
  gsize             name_len;
  const char       *kind;
  BaogaoAnnotation *citation;
  Action            action;     /* the row's own, or ACT_NONE */
  gsize             after;      /* where the row goes on after the name */
} TableRow;

/* Reads the line [@p, @end) as a row of a table of laws into @row. */
static gboolean
table_row (Scan     *scan,
           gsize     p,
           gsize     end,
           TableRow *row)
{
  const char *text = scan->text;
  guint digits = 0;
  gsize q;
  Action package;

  memset (row, 0, sizeof *row);
  p += table_gap (text, p, end);
  /* the number: 1, 01, １ */
  while (p < end && digits < 3)
    {
      const guchar *c = (const guchar *) text + p;

      if (g_ascii_isdigit (c[0]))
        {
          row->number = row->number * 10 + (c[0] - '0');
          p++;
        }
      else if (p + 3 <= end && c[0] == 0xEF && c[1] == 0xBC && c[2] >= 0x90 && c[2] <= 0x99)
        {
          row->number = row->number * 10 + (c[2] - 0x90);
          p += 3;
        }
      else
        break;
      digits++;
    }
  if (digits == 0 || row->number == 0)
    return FALSE;
  /* …then a column, or a list label's mark (1．, 1.) */
  q = p + table_gap (text, p, end);
  if (q == p)
    {
      if (text_word_at (text, p, end, "．") || text_word_at (text, p, end, "、"))
        q = p + 3;
      else if (text[p] == '.')
        q = p + 1;
      else if (!text_word_at (text, p, end, "《"))
        return FALSE;
      q += table_gap (text, q, end);
    }
  p = q;

  /* the name: 关于修改《X》的决定 or 《关于废止〈X〉的决定》 (X amended,
   * repealed), a title, or a bare name filling its cell */
  row->citation = citation_at (scan, p);
  package = package_act (text, row->citation != NULL ? p + strlen ("《") : p, end, NULL);
  if (package == ACT_AMEND || package == ACT_REPEAL)
    {
      gsize cell_end;
      const char *kind, *title;
      BaogaoAnnotation *inner = NULL;
      Action edition;

      for (cell_end = p; cell_end < end && table_gap (text, cell_end, end) == 0;
           cell_end = next_char (text, cell_end, end))
        ;
      if (!text_contains (text, p, cell_end, "的决定"))
        return FALSE;
      for (guint i = (guint) (citation_index (scan, p) + 1); i < scan->citations->len; i++)
        {
          BaogaoAnnotation *c = g_ptr_array_index (scan->citations, i);

          if (baogao_annotation_get_byte_start (c) >= cell_end)
            break;
          if (baogao_annotation_get_byte_start (c) > p)
            {
              inner = c;
              break;
            }
        }
      if (inner == NULL || (title = baogao_annotation_get_string (inner, "title")) == NULL)
        return FALSE;
      kind = baogao_annotation_get_string (inner, "kind");
      row->action = package;
      row->citation = inner;
      row->start = baogao_annotation_get_byte_start (inner);
      row->end = baogao_annotation_get_byte_end (inner);
      row->after = cell_end;
      row->name = title;
      row->name_len = strip_edition (title, strlen (title), &edition);
      row->kind = kind != NULL ? kind : kind_regulation;
    }
  else if (row->citation != NULL)
    {
      const char *kind = baogao_annotation_get_string (row->citation, "kind");
      const char *title = baogao_annotation_get_string (row->citation, "title");
      Action edition;

      if (kind == NULL || title == NULL ||
          (strcmp (kind, "law") != 0 && strcmp (kind, "regulation") != 0 &&
           strcmp (kind, "rules") != 0 && strcmp (kind, "decision") != 0))
        return FALSE;
      row->start = p;
      row->end = row->after = baogao_annotation_get_byte_end (row->citation);
      row->name = title;
      row->name_len = strip_edition (title, strlen (title), &edition);
      row->kind = kind;
      row->action = edition;
    }
  else
    {
      const Suffix *suffix;
      gboolean draft = FALSE;
      gsize name_end;

      for (q = p; q < end && table_gap (text, q, end) == 0 &&
           !text_word_at (text, q, end, "（") && text[q] != '('; q = next_char (text, q, end))
        /* punctuation in the cell: a clause, not a name (CJK marks and
         * full-width forms: E3 80 …, EF BC …) */
        if (text_word_at (text, q, end, "\xE3\x80") || text_word_at (text, q, end, "\xEF\xBC"))
          return FALSE;
      name_end = strip_draft (text, p, q, &draft);
      suffix = check_name (text, p, name_end);
      /* a verb in the cell: an item of work (1．制定X条例) */
      if (suffix == NULL || hit_within (scan, p, name_end))
        return FALSE;
      row->start = p;
      row->end = row->after = name_end;
      row->name = text + p;
      row->name_len = name_end - p;
      row->kind = suffix->kind;
    }
  p = row->after;

  /* a parenthesis right after the name: （2020年3月26日通过） */
  if (text_word_at (text, p, end, "（") || (p < end && text[p] == '('))
    {
      gsize open = p, close = 0;

      for (q = p; q < end && q < open + 60 * 3; q = next_char (text, q, end))
        if (text_word_at (text, q, end, "）") || text[q] == ')')
          {
            close = q;
            break;
          }
      if (close == 0)
        return FALSE;
      {
        Action a = column_act (text, open, close, FALSE);

        if (a != ACT_NONE)
          row->action = a;
      }
      p = next_char (text, close, end);
    }

  /* the other cells: an act, a date, a sitting (2020年3月26日, 第十五次
   * 会议); short, apart from the name, and no clause. A row may end
   * with 。 or ；. */
  if (text_word_ends_at (text, p, end, "。") || text_word_ends_at (text, p, end, "；"))
    end -= 3;
  if (p < end && table_gap (text, p, end) == 0)
    return FALSE;
  if (end - p > 60 * 3)
    return FALSE;
  for (q = p; q < end; q = next_char (text, q, end))
    if (clause_delimiter (text, q, end) != 0 || text_word_at (text, q, end, "；") ||
        text_word_at (text, q, end, "、"))
      return FALSE;
  while (p < end)
    {
      gsize cell_end;
      Action a;

      p += table_gap (text, p, end);
      for (cell_end = p; cell_end < end && table_gap (text, cell_end, end) == 0;
           cell_end = next_char (text, cell_end, end))
        ;
      a = column_act (text, p, cell_end, TRUE);
      if (a != ACT_NONE)
        row->action = a;
      p = cell_end;
    }
  return TRUE;
}

/* Is the line [@p, @end) a table's header (序号　法规名称　类别…)? */
static gboolean
table_header (const char *text,
              gsize       p,
              gsize       end)
{
  /* (every line but the rows is asked) */
  if (end - p > 40 * 3)
    return FALSE;
  return text_contains (text, p, end, "序号") || text_contains (text, p, end, "名称");
}

/* Reads the line [@p, @end) as a caption of a table of laws, or a
 * sentence announcing one: its last sentence must name laws, not plans.
 * Returns whether it is, and the act it states in @action (ACT_NONE: not
 * said). */
static gboolean
table_caption (Scan   *scan,
               gsize   p,
               gsize   end,
               Action *action)
{
  const char *text = scan->text;
  gsize start = p;

  *action = ACT_NONE;
  /* its last sentence */
  for (gsize q = p; q < end; q = next_char (text, q, end))
    if (text_word_at (text, q, end, "。") || text_word_at (text, q, end, "！") ||
        text_word_at (text, q, end, "？") || text_word_at (text, q, end, "；"))
      start = q + 3;
  if (start >= end || end - start > 80 * 3)
    return FALSE;
  if (!text_contains_any (text, start, end, table_law_words, G_N_ELEMENTS (table_law_words)) ||
      text_contains_any (text, start, end, table_plan_words, G_N_ELEMENTS (table_plan_words)))
    return FALSE;
  /* the last act it states (审议通过的法规: passed) */
  for (guint i = first_hit (scan, start); i < scan->n_hits; i++)
    {
      const Hit *h = &scan->hits[i];

      if (h->start >= end)
        break;
      if (h->value < MARK_BASE)
        *action = (Action) h->value;
    }
  return TRUE;
}

/* The instruments of the tables of laws, read line by line: the lines of
 * the text, and those the reader joined (a row ends no sentence, and the
 * next starts with its number: see baogao-repair.c). The caption is read
 * only once a row 1 follows it. */
static void
scan_tables (Scan *scan)
{
  const char *text = scan->text;
  guint n_repairs = baogao_document_get_n_repairs (scan->document);
  g_autoptr(GArray) joins = g_array_new (FALSE, FALSE, sizeof (gsize));
  guint next_join = 0;
  gsize p = 0;
  gsize caption_start = 0, caption_end = 0;     /* the last line but a row or a header */
  Action caption_action = ACT_NONE;
  guint last_number = 0;

  for (guint i = 0; i < n_repairs; i++)
    {
      gsize offset, at;
      const char *removed;

      if (baogao_document_get_repair (scan->document, i, &offset, &removed, NULL) !=
            BAOGAO_TEXT_REPAIR_JOIN || removed == NULL || strchr (removed, '\n') == NULL)
        continue;
      at = baogao_document_offset_to_byte (scan->document, offset);
      g_array_append_val (joins, at);
    }

  while (p < scan->size)
    {
      const char *nl = memchr (text + p, '\n', scan->size - p);
      gsize end = nl != NULL ? (gsize) (nl - text) : scan->size;
      gsize next;
      TableRow row;

      while (next_join < joins->len && g_array_index (joins, gsize, next_join) <= p)
        next_join++;
      if (next_join < joins->len && g_array_index (joins, gsize, next_join) < end)
        {
          end = g_array_index (joins, gsize, next_join);
          next = end;
        }
      else
        next = end + 1;

      if (end <= p + table_gap (text, p, end))
        ;
      else if (table_row (scan, p, end, &row) && row.number == last_number + 1 &&
               (last_number > 0 ||
                (caption_end > caption_start &&
                 table_caption (scan, caption_start, caption_end, &caption_action))))
        {
          Action a = row.action != ACT_NONE ? row.action : caption_action;

          last_number = row.number;
          if (a == ACT_APPROVE && (strcmp (scan->default_level, "municipal") == 0 ||
                                   strcmp (scan->default_level, "autonomous") == 0))
            a = ACT_ENACT;
          if (a != ACT_NONE && !in_plans (scan, row.start))
            {
              g_autofree char *body = a == ACT_APPROVE ?
                body_from_name (row.name, 0, row.name_len) : NULL;

              add_instrument (scan, row.start, row.end, row.name, row.name_len, row.kind, a,
                              body, row.citation, row.start);
            }
        }
      else if (last_number == 0 && table_header (text, p, end))
        ;
      else
        {
          last_number = 0;
          caption_start = p;
          caption_end = end;
        }
      p = next;
    }
}

static const char *
document_level (BaogaoDocument *document)
{
  const char *region = baogao_document_get_metadata (document, "region");
  const char *title = baogao_document_get_metadata (document, "title");

  if ((title != NULL && g_str_has_prefix (title, "全国人民代表大会")) ||
      g_strcmp0 (region, "全国") == 0)
    return "national";
  if (region != NULL)
    {
      if (g_str_has_suffix (region, "自治州") || g_str_has_suffix (region, "自治县") ||
          g_str_has_suffix (region, "自治旗"))
        return "autonomous";
      /* (a county, a district or a county-level city, 温岭市, makes no
       * laws: the laws it names are the province's unless their names or
       * titles say) */
      if (g_str_has_suffix (region, "市") && !tally_is_county_level_city (region) &&
          !g_str_has_prefix (region, "北京") && !g_str_has_prefix (region, "天津") &&
          !g_str_has_prefix (region, "上海") && !g_str_has_prefix (region, "重庆"))
        return "municipal";
    }
  return "provincial";
}

gboolean
legislation_write_instruments (BaogaoDocument  *document,
                               BaogaoLayer     *layer,
                               GCancellable    *cancellable,
                               GError         **error)
{
  Scan scan = { 0 };
  HitList hits = { NULL, 0, 0 };
  g_autofree Hit *hit_items = NULL;
  g_autoptr(GPtrArray) citations = NULL;
  g_autofree gsize *citation_starts = NULL;
  g_autofree gsize *citation_ends = NULL;
  g_autofree gsize *citation_max_ends = NULL;
  g_autoptr(GPtrArray) plans = g_ptr_array_new ();
  g_autoptr(GArray) instruments = g_array_sized_new (FALSE, TRUE, sizeof (Instrument), 64);
  g_autoptr(GString) keys = g_string_sized_new (1024);
  g_auto(KeySet) kept = { NULL, 0, 0 };
  const char *kinds[] = { "structure.part", "structure.section" };

  tables_init ();
  g_array_set_clear_func (instruments, instrument_clear);

  scan.document = document;
  scan.text = baogao_document_get_text (document);
  scan.size = baogao_document_get_size (document);
  scan.instruments = instruments;
  scan.keys = keys;
  scan.kept = &kept;
  scan.default_level = document_level (document);
  /* (a county's report, not an autonomous county's: see document_level ()) */
  scan.own_level = strcmp (scan.default_level, "provincial") == 0 &&
                   strcmp (tally_document_scope (document), "county") == 0 ? "county" : NULL;
  scan.region = baogao_document_get_metadata (document, "region");

  citations = baogao_document_get_annotations (document, "citation");
  scan.citations = citations;
  citation_starts = g_new (gsize, citations->len + 1);
  citation_ends = g_new (gsize, citations->len + 1);
  citation_max_ends = g_new (gsize, citations->len + 1);
  for (guint i = 0; i < citations->len; i++)
    {
      citation_starts[i] = baogao_annotation_get_byte_start (g_ptr_array_index (citations, i));
      citation_ends[i] = baogao_annotation_get_byte_end (g_ptr_array_index (citations, i));
      citation_max_ends[i] = i > 0 ? MAX (citation_max_ends[i - 1], citation_ends[i]) : citation_ends[i];
    }
  scan.citation_starts = citation_starts;
  scan.citation_ends = citation_ends;
  scan.citation_cursor = -1;
  scan.citation_max_ends = citation_max_ends;
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_autoptr(GPtrArray) spans = baogao_document_get_annotations (document, kinds[k]);

      for (guint i = 0; i < spans->len; i++)
        if (g_strcmp0 (baogao_annotation_get_string (g_ptr_array_index (spans, i), "topic"), "plans") == 0)
          g_ptr_array_add (plans, g_ptr_array_index (spans, i));
    }
  scan.plans = plans;

  baogao_matcher_scan (get_matcher (), scan.text, scan.size, BAOGAO_MATCH_LONGEST, collect_hit, &hits);
  hit_items = hits.items;
  scan.hits = hits.items;
  scan.n_hits = hits.len;

  for (guint i = 0; i < scan.n_hits; i++)
    {
      const Hit *h = &scan.hits[i];

      if (i % 256 == 255 && g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      if (h->value < MARK_BASE)
        {
          scan_passed (&scan, i);
          scan_verb (&scan, i);
        }
      else if (h->value >= MARK_AFTER)
        scan_after (&scan, i);
    }
  scan_tables (&scan);
  add_cited (&scan);
  add_inspected_bare (&scan);
  mark_first_of_kind (&scan);

  for (guint i = 0; i < instruments->len; i++)
    {
      const Instrument *in = &g_array_index (instruments, Instrument, i);
      guint handle = baogao_layer_add_bytes (layer, "legislation.instrument", in->start, in->end);

      if (handle == BAOGAO_LAYER_INVALID)
        continue;
      if (in->citation == NULL && g_strstr_len (in->name, in->name_len, "《") != NULL)
        {
          g_autofree char *name = g_strndup (in->name, in->name_len);

          inner_title_marks (name);
          baogao_layer_set_string_len (layer, handle, "name", name, in->name_len);
        }
      else
        baogao_layer_set_string_len (layer, handle, "name", instrument_name (&scan, in), in->name_len);
      baogao_layer_set_string (layer, handle, "action", action_names[in->action]);
      baogao_layer_set_string (layer, handle, "kind", in->kind);
      if (in->level != NULL)
        baogao_layer_set_string (layer, handle, "level", in->level);
      if (in->body != NULL)
        baogao_layer_set_string (layer, handle, "body", in->body);
      baogao_layer_set_boolean (layer, handle, "first_of_kind", in->first_of_kind);
      if (in->citation != NULL)
        baogao_layer_set_parent (layer, handle, in->citation);
    }

  return TRUE;
}

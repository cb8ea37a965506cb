/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

#pragma once

/* Tallies: the yearly counts a report states, for the domain analyzers.
 *
 * Every domain analyzer (political, legislation, oversight, representation,
 * self_building) links this private shared library (libbaogao-tally,
 * installed beside the plugins' folder), so a process holds one copy of
 * the engine, its rule tables and its matcher, however many of the
 * analyzers it loads; TALLY_EXPORT marks the functions they call. It
 * decides, once and the same way in every analyzer, which domain and
 * measure each `quantity` annotation of the document belongs to, and each
 * analyzer writes the `<domain>.tally` annotations of its own domain.
 * Deciding in one place means a count is never claimed by two domains.
 *
 * A count belongs to the domain of the innermost topical unit it sits in
 * — the `topic` of its `structure.subsection` when that is a domain (or
 * plans), else the `topic` of its `structure.section`; or the domain a
 * ledger label opening its sentence or line says (立法：审议法规案32件，
 * 通过28件 in a 数说2022 box at the end of the last section) — unless its
 * words say otherwise: a rule marked `anywhere` claims a count for its domain
 * whatever the section (执法检查 is oversight even when a legislation
 * section mentions it). Counts in a `plans` part, section or subsection
 * are plans, not tallies, and are skipped; so are counts said as plans
 * elsewhere: after 将 and a verb (今年将开展执法检查5项, not 将12件建议列
 * 为重点), 计划开展, 拟废止, 力争, 明年, 下一步 in their clause or in
 * their sentence's first (or second, after a first that only says when:
 * 今年，常委会计划…), and every count of a sentence that opens with a
 * later year (2025年，…, 二〇二五年，…).
 *
 * A breakdown after 其中 of the same measure as the total before it, in
 * one sentence (任免96人次，其中任命72人次、免职24人次), is part of that
 * total, not a tally: a table summed by key would count it twice; so is
 * a part in an aside right after its total (制定地方性法规6件（含…通过1
 * 件）, （其中制定5件、修改7件）) whose words are a bare verb, unlike one
 * naming a measure of its own (（其中…重点建议140件）). Nor
 * is a count whose own noun is a place (在21个街道全覆盖建设代表之家,
 * 313个乡镇（街道）均建立…): it counts the places, not what is done
 * there; a place that qualifies the noun after it (12个乡镇人大代表之家)
 * is not the count's noun.
 *
 * Each tally says whose count it is (`scope`: the rule's, such as
 * npc_delegation, else the level of the congress: national, provincial,
 * municipal, county; or the level of another congress that opens the
 * count's clause as its subject — 深圳市人大常委会制定经济特区法规12件 in
 * a province's report is municipal, 指导…制定…6件 is the level below;
 * township for the congresses of townships and subdistricts and their
 * bodies (各乡镇人代会共票决民生实事项目72件, 乡镇人大主席团, 街道人大
 * 工委); deputies of another level named as the subject count for it
 * (各设区的市人大代表提出建议3.1万件: municipal, 县乡两级人大代表: county,
 * but in a county's own report every level it has: all_levels, as are
 * 全省各级人大代表, 省市县乡四级, 地方各级人大常委会),
 * while the congress's own deputies and the NPC's (npc_delegation by
 * their rules) stay as they are; an elliptic clause after the subject's
 * (…收到代表建议319件，办结率100%) is the same body's —
 * while a government's rules, 省政府制定规章8件, are no legislation
 * tally, nor the suggestions a government handled, 省政府办理代表建议
 * 1086件, the deputies' suggestions: see TallyDomain.congress_only) and, when it is not the year's, the time it covers
 * (`period`): term for the whole term of the congress (五年来, or 本届以
 * 来, 任期内, 省十四届人大常委会成立以来, 换届以来 in a term's last report,
 * or a part or section about the term: the report of a term's last year
 * reviews its five years), multi_year for other years (三年来, 近两年; the
 * term so far in a report given within it, which the NPC's and the
 * provinces' tell by the year reported, the others' by their session). The nearest says: a time
 * frame before the count in its sentence, then the year reported opening
 * the sentence (2022年，…), then what opens its paragraph, then the unit
 * it is in; last, 累计 before the count in its sentence makes it
 * multi_year, unless the year is said before it (全年累计, 一年来累计).
 * A count of what there is to date (all the stations there are: the
 * domain's `stocks`) is multi_year when nothing says the term.
 *
 * The measure comes from rule tables, one per domain (tally-rules-*.c):
 * a rule matches when each of its cue groups occurs in the count's clause
 * before the count (from the clause start, or from the previous count of
 * the same clause), each of its `after` groups occurs after the count
 * (up to the clause end or the next count), none of its `except` words
 * occurs in either window, and the count's unit (or base unit) is one it
 * accepts. Clauses end at ，；。：！？ and their half-width forms and at
 * sentence bounds, not at 、, which separates the items of one list.
 *
 * Lists: counts of one clause with a list separator between them — 、, or
 * the conjunctions 和, 及, 以及, 与 (not inside words such as 参与, 及时,
 * 和谐) — are items of one list. Between two items the words before the
 * separator name the earlier count and those after it the later one (the
 * last 、 of the gap, or its last conjunction when it has no 、):
 * 开展4次执法检查、2次专题询问和6次专题调研 gives each count its own
 * noun. Cue groups may reach beyond a count's own windows when marked:
 * `^` before groups also match at the head of the clause (before the
 * previous count), `<` ones also in the sentence's first clause, its
 * subject, and `$` after groups also after the last count of the list,
 * up to the clause end (对4部法律、3部法规开展执法检查), for a count that
 * no rule decides by its own words (听取5个报告及2次专题询问: 5个 is
 * decided by 报告, and 专题询问 is not read for it). A later count of a
 * clause that its own words (and the tail) leave undecided reads the
 * whole clause head as words before it, for a rule its own words touched:
 * the verb said once for a list of objects (制定经济特区法规3件、设区的
 * 市法规2件; 批准…法规8件和…单行条例3件), while 制定法规9件、修改12件
 * keeps its own verb and 走访企业120家、座谈会31次 lends 座谈会 nothing.
 * A count whose clause holds a few words at most before it (纠正4件,
 * 共计960人次, 参加代表230人次) and that its own words leave undecided
 * reads the clause before it (and the label before that clause's colon)
 * as its head, for `^` and `<` groups: 审查规范性文件186件，纠正4件;
 * 机关干部培训：12期，共计960人次.
 *
 * The most specific matching rule wins: most cue groups, then longest
 * cues, then the cues nearest to the count; within one domain, then table
 * order. Among the matching rules: if some are `anywhere`, the best of
 * those wins; otherwise, in a unit whose topic is a domain, the best rule
 * of that domain, or when it has none, the best rule of legislation,
 * oversight or representation with two cue groups or more (their plain
 * words: 共审议法律案37件 under a heading about the Party's leadership);
 * in a section of topic `other`, or outside any section, the best rule
 * of any domain. Rules of two domains are never told apart by table
 * order: when their best rules are equally specific and equally near,
 * the one accepting fewer units wins, and when that ties too, the unit's
 * topic decides if it is one of the two domains; otherwise the count is
 * left undecided (no tally; a debug message names the two rules). A
 * sentence one of whose counts went to another domain by such plain
 * words is about that domain's work: its later counts that the section's
 * domain leaves undecided are read as in a section of that domain (通过
 * 其中的29件).
 *
 * The `<domain>.tally` span runs from the first cue before the count (or
 * the count) to the end of the count (or of the last cue after it); cues
 * found at the clause or sentence head or after the list do not stretch
 * it.
 */

#include <baogao/baogao.h>

#include "matcher-data.h"

G_BEGIN_DECLS

/* What the library exports to the modules that link it; the rest of it is
 * hidden (its tests and generators link the static library, which holds
 * all of it). */
#define TALLY_EXPORT __attribute__ ((visibility ("default")))


/* A rule's scope: the level of the deputies its count's words name */
#define TALLY_SCOPE_NAMED_DEPUTIES "named_deputies"

typedef struct
{
  /* The measure, from the DESIGN.md vocabulary; several joined by '+'. */
  const char *measure;
  /* Cue groups separated by '&'; within a group, alternatives separated
   * by '|'. "制定|出台&法规|条例" matches 制定地方性法规. A group that
   * starts with '^' may also occur at the head of the clause, before the
   * previous count: in "^代表团&建议", 代表团 in 我省代表团提出议案7件、
   * 建议188件 speaks for 188件 too. A group that starts with '<' may
   * also occur in the first clause of the count's sentence (its subject,
   * within some 200 characters) or at the head of the clause: "<党组&
   * 集体学习" in 常委会党组把…作为首要政治任务，开展集体学习12次. */
  const char *cues;
  /* Accepted units separated by '|' (件|部), or NULL for any. */
  const char *units;
  /* Optional scope written on the tally (provincial, npc_delegation…),
   * or TALLY_SCOPE_NAMED_DEPUTIES: the level of the deputies the count's
   * words name (选出区人大代表1586名 in a city's report: county). */
  const char *scope;
  /* Claims the count for this domain in any section. */
  gboolean    anywhere;
  /* Optional cue groups (same syntax as @cues) that must follow the
   * count, between it and the end of its clause or the next count:
   * "10名专家" needs after="专家". A rule may have only @after cues. A
   * group that starts with '$' may also occur after the last count of
   * the count's list, up to the clause end, when the count's own words
   * decide nothing: "$执法检查" in 对4部法律、3部法规开展执法检查 speaks
   * for 4部 too. */
  const char *after;
  /* Optional words, '|'-separated, that cancel the rule when they occur
   * in the count's windows (before or after it): "计划|拟". */
  const char *except;
  /* Reads the count in a section of its own domain (or of none) only:
   * never lent to another domain's section, where the same words count
   * something else (提出意见建议35条: oversight's opinions, a draft's
   * comments in a section on legislation). Defaults to FALSE. */
  gboolean    own_sections;
} TallyRule;

typedef struct
{
  const char      *domain;   /* political, legislation, … */
  const char      *topic;    /* the structure.section topic it owns */
  const TallyRule *rules;
  guint            n_rules;
  /* The measures that only the congress and its deputies count,
   * '|'-separated, or "*" for all the domain's: a count whose clause
   * opens with a government as the one who acts (省政府制定规章8件,
   * 省政府全年办理人大代表建议1086件) is none of them. With "*", a
   * government the congress urges (督促省政府制定…) acts too; with a
   * list, what a government is urged to do (督促承办单位办理代表建议…件)
   * is still the deputies' count. */
  const char      *congress_only;
  /* The measures that count what there is to date, '|'-separated: all
   * the stations there are (全省建成代表之家3218个, 总数达到216个), not
   * those of the year, whose own measures are apart (…_added). Such a
   * count is not the year's: its period is multi_year, unless its words
   * or its unit say the term. */
  const char      *stocks;
  /* The measures that tell where the year's own items stand, '|'-
   * separated (已解决的建议186件): 截至目前 before such a count dates it,
   * it does not make it a total of years. */
  const char      *statuses;
} TallyDomain;

/* The rule tables, one per domain, in tally-rules-<domain>.c. */
extern const TallyDomain tally_domain_political;
extern const TallyDomain tally_domain_legislation;
extern const TallyDomain tally_domain_oversight;
extern const TallyDomain tally_domain_representation;
extern const TallyDomain tally_domain_self_building;

/* Writes a `<domain>.tally` annotation for every count of the document
 * that belongs to @domain: features measure, value, unit, approx (when
 * the quantity has one), scope, period (when not the year), and the
 * quantity as parent. Requires the structure, quantity and citation
 * layers (the citations are the titles whose words are no cues). Thread-safe;
 * the rule tables are compiled once per process. */
TALLY_EXPORT
gboolean tally_write_domain (const char      *domain,
                             BaogaoDocument  *document,
                             BaogaoLayer     *layer,
                             GCancellable    *cancellable,
                             GError         **error);

/* Decisions on legal questions, a law-like act of a congress: counted by
 * legislation (decisions_made), never as the resolutions oversight
 * makes; the two rule tables share the words. (法规性决议 is the older
 * reports' word for them.) */
#define TALLY_LEGAL_DECISIONS \
  "有关法律问题|法律问题和重大问题|法律问题和有关重大问题|法规性决定|法规性质的决定|法律问题的决定|法律性问题|" \
  "法规问题的决定|法规性问题|法规性决议"

/* What a body's review of its own work says, for the Party group's
 * (political) and the office's (self_building) counts: the verbs that
 * find problems (检视问题22个, 查找问题27个), those that put them right
 * (已完成整改61条), and the reports research gives (调研报告22篇). The
 * rule tables of the two domains share the words. */
#define TALLY_FIND_PROBLEMS \
  "检视|查摆|梳理|查找|查出|排查|发现|检视查出|检视出|查摆出|征集|收集|剖析"
#define TALLY_RECTIFY "整改|整改到位|完成整改|已整改|整改完成|立行立改|整改落实"
#define TALLY_RESEARCH_REPORTS "调研报告|研究报告|调查报告"
/* The office's own Party organs, whose work is self-building's in any
 * section (机关党组开展警示教育3次), not the Party group's (political) */
#define TALLY_OFFICE_PARTY_ORGANS "机关党组|机关党委"
/* warning education (开展警示教育4次), and the films it shows, which are
 * not its sessions (观看警示教育片5部) */
#define TALLY_WARNING_EDUCATION "警示教育|警示教育大会|警示教育活动|警示教育会"
#define TALLY_WARNING_FILMS "片|影片|专题片"

/* The rule tables compiled when the plugins are built.
 *
 * The engine compiles its rule tables once per process, when it is first
 * used: the fingerprint that names them (tens of kilobytes of rule
 * strings) and the cues' uses. That is over a million instructions, more
 * than deciding the corpus report, so the generator tally-tables-gen
 * compiles them when the plugins are built and writes them as C
 * (tally-tables-data.c), as the matcher is (see matcher-data.h); the
 * engine uses them when they are there and match the rules linked in, and
 * compiles the rules itself otherwise (a cross build, which cannot run the generator, links
 * tally-tables-none.c). The test test-tally checks that they are what the
 * rules compile to now. The types are the engine's own, written here
 * only for the generated file. */

#define TALLY_N_SCAN_MODES 5
#define TALLY_MAX_SUBJECT_WORDS 4

/* One use of a keyword: in which rule, and which of its cue groups
 * (its bit in the rule's found groups); and the rule's need, at hand. */
typedef struct
{
  guint16 rule;
  guint16 need;
  guint8  slot;
} TallyCueUse;

/* A keyword of the `<` groups, looked for in subjects by its bytes. */
typedef struct
{
  const char *word;
  gsize       len;
  guint       keyword;
} TallySubjectWord;

/* What a rule compiles to, besides the rule itself. */
typedef struct
{
  guint8  domain;
  guint8  n_before;
  guint8  n_after;
  guint16 need;
  guint   n_units;
} TallyRuleInfo;

typedef struct
{
  guint                   n_rules;      /* 0: none compiled */
  guint                   n_domains;
  guint                   domain_rules[5];
  const char             *cache_key;
  const TallyRuleInfo    *rules;
  guint                   n_keywords;
  const guint8           *keyword_len;
  const guint            *use_start[TALLY_N_SCAN_MODES];
  const TallyCueUse      *uses[TALLY_N_SCAN_MODES];
  const guint            *except_start;
  const guint            *except_keywords;
  gboolean                subjects_by_word;
  guint                   n_subject_words;
  TallySubjectWord        subject_words[TALLY_MAX_SUBJECT_WORDS];
} TallyTablesData;

G_GNUC_INTERNAL extern const TallyTablesData tally_tables_data;

/* The rule tables compiled now, as the C source of tally_tables_data
 * (for tally-tables-gen); free it with g_free(). */
char *tally_tables_data_to_c (void);

/* Whether tally_tables_data holds what the rules compile to now (FALSE
 * when it holds nothing). */
gboolean tally_tables_data_check (void);

/* The matcher of the rules' cues built with the plugins
 * (tally-matcher-data.c; see matcher-data.h) and the function that builds
 * it */
G_GNUC_INTERNAL extern const MatcherData tally_matcher_data;
BaogaoMatcher *tally_build_matcher (GBytes *input);

/* The county-level cities (县级市), in byte order: their congresses
 * report counts of scope `county`. tally-county-cities.c, written by
 * county-cities-gen.py from the entity analyzer's gazetteer when the
 * plugins are built. */
G_GNUC_INTERNAL extern const char * const tally_county_level_cities[];
G_GNUC_INTERNAL extern const guint tally_n_county_level_cities;

/* Whether @region is one of tally_county_level_cities */
TALLY_EXPORT
gboolean tally_is_county_level_city (const char *region);

/* The scope of @document's own counts, from its region and title:
 * national, provincial (a municipality's under the central government
 * too), municipal (a prefecture's, an autonomous prefecture's, a
 * league's), or county (a county's, a district's, a banner's, a
 * county-level city's) */
TALLY_EXPORT
const char *tally_document_scope (BaogaoDocument *document);

G_END_DECLS

/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/* The representation scanner: personnel decisions, deputies' motions and
 * suggestions, and deputies' activities, from one keyword pass.
 *
 * One Aho–Corasick matcher (built once per process) finds every cue word
 * of the text, leftmost-longest, so that a longer word hides the shorter
 * ones inside it: 人民代表大会 is not a deputy (代表), 全国人大常委会 is
 * not the delegation (全国人大), 法规议案 is a bill and not a motion. The
 * hits are then read clause by clause (a clause ends at ，；。：！？ and
 * their half-width forms, or at a line end), with the counts (`quantity`
 * annotations) of the clause:
 *
 * - a personnel verb (任免, 宪法宣誓, 补选, 终止…资格, 罢免, 辞职) takes
 *   the count of people that follows it in its clause, or else the one
 *   before it; a verb that only names the power or the work (任免权,
 *   任免工作, 宣誓制度) or that sits inside a 《》 title is no decision;
 * - a count of 件/项/条 is a motion, suggestion or key suggestion when
 *   the nearest motion word of its stretch of the clause (from the
 *   previous count) says so, or, failing that, the word right after it
 *   (271件议案). Its scope comes from the last scope word of the
 *   paragraph before it: 全国人大代表, 十四届全国人大一次会议 or 代表团
 *   mean the delegation to the congress above (the NPC for a province),
 *   省人大代表 or 省十四届人大 the report's own congress, and with none
 *   the report's own congress is meant;
 * - a % count after a rate word (满意率, 办结率, 解决或列入计划解决) is a
 *   rate of the motions of its sentence (or of the paragraph's last ones);
 * - an activity word (代表培训, 代表之家, 闭会期间活动, 视察, 调研, 列席,
 *   代表小组活动…) is a deputies' activity when its clause speaks of
 *   deputies (or, for trainings, inspections and research, when it sits
 *   in the representation section); it takes the count just before it
 *   (举办2期…学习班) or else the one after it (培训代表1200人次).
 *
 * Nothing is allocated per hit: the hits, the findings and the merged
 * zones are arrays allocated once per document.
 */

#include "representation-scan.h"
#include "text-words.h"

#include <baogao/baogao.h>
#include <string.h>

#include "matcher-data.h"

/* The matcher built with the plugin (representation-matcher-data.c) and
 * the function that builds it */
G_GNUC_INTERNAL extern const MatcherData representation_matcher_data;
BaogaoMatcher *representation_build_matcher (GBytes *input);

/* The delimiter searches look at 16 bytes at a time with SSE2 where the
 * compiler targets it (all of x86-64), with a plain C path elsewhere;
 * REPRESENTATION_SCALAR_ONLY forces the plain path. */
#if defined(__SSE2__) && !defined(REPRESENTATION_SCALAR_ONLY)
#include <emmintrin.h>
#define REP_USE_SSE2 1
#endif

enum
{
  F_DEPUTY        = 1 << 0,   /* speaks of deputies */
  F_NEUTRAL       = 1 << 1,   /* only hides shorter words */
  F_DIRECTOR      = 1 << 2,   /* 主任 of a standing committee */
  F_MASSES        = 1 << 3,   /* 群众, 选民 */
  F_QUALIFICATION = 1 << 4,   /* 资格 */
  F_ALL_HANDLED   = 1 << 5,   /* 全部办理完毕 */
  F_GENERIC       = 1 << 6,   /* 意见建议: deputies' only in context */
  F_BY_DELEGATION = 1 << 7,   /* 代表团建议 */
  F_CADRE         = 1 << 8,   /* the organ's own cadres: 干部, 处级 */
  F_PARTY         = 1 << 9,   /* Party members: 入党, 党员 */
};

typedef enum
{
  SC_NONE,
  SC_NATIONAL,
  SC_PROVINCIAL,
  SC_MUNICIPAL,
  SC_COUNTY,
  SC_UP,        /* 代表团: the report's delegation to the congress above */
  SC_ORDINAL,   /* 届人大: look at what precedes the ordinal */
  SC_OWN,       /* 本次大会 */
} ScopeCue;

typedef enum
{
  P_NONE,
  P_APPOINTMENT,
  P_OATH,
  P_BY_ELECTION,
  P_TERMINATION,
  P_TERMINATION_Q,   /* 终止: a termination when 资格 follows */
  P_RECALL,
  P_RESIGNATION,
} PersonnelKind;

typedef enum
{
  M_NONE,
  M_MOTION,
  M_SUGGESTION,
  M_KEY,
  M_COMBINED,
} MotionKind;

typedef enum
{
  A_NONE,
  A_TRAINING,
  A_STATION,
  A_CONTACT,
  A_RECESS,
  A_INSPECTION,
  A_RESEARCH,
  A_ATTENDANCE,
  A_GROUP,
  A_FORUM,
  A_REPORTING,
  A_DONATION,
} ActivityKind;

typedef struct
{
  const char *word;
  guint16     flags;
  guint8      scope;      /* ScopeCue */
  guint8      personnel;  /* PersonnelKind */
  guint8      motion;     /* MotionKind */
  guint8      rate;       /* RepRate + 1, or 0 */
  guint8      activity;   /* ActivityKind */
} Keyword;

#define RATE(r) ((r) + 1)

static const Keyword keywords[] = {
  /* words that only hide the shorter ones inside them */
  { "人民代表大会", F_NEUTRAL, 0, 0, 0, 0, 0 },
  { "代表大会", F_NEUTRAL, 0, 0, 0, 0, 0 },
  { "代表性", F_NEUTRAL, 0, 0, 0, 0, 0 },
  { "代表着", F_NEUTRAL, 0, 0, 0, 0, 0 },
  { "代表了", F_NEUTRAL, 0, 0, 0, 0, 0 },
  { "为代表", F_NEUTRAL, 0, 0, 0, 0, 0 },
  { "典型代表", F_NEUTRAL, 0, 0, 0, 0, 0 },
  { "代表作", F_NEUTRAL, 0, 0, 0, 0, 0 },
  { "企业家代表", F_NEUTRAL, 0, 0, 0, 0, 0 },
  { "群众代表", F_NEUTRAL, 0, 0, 0, 0, 0 },
  { "党代表", F_NEUTRAL, 0, 0, 0, 0, 0 },
  { "代表处", F_NEUTRAL, 0, 0, 0, 0, 0 },
  { "代表资格审查委员会", F_NEUTRAL, 0, 0, 0, 0, 0 },
  { "代表工作委员会", F_NEUTRAL, 0, 0, 0, 0, 0 },
  { "全国人大常委会", F_NEUTRAL, 0, 0, 0, 0, 0 },
  { "全国人大常委", F_NEUTRAL, 0, 0, 0, 0, 0 },
  { "全国人民代表大会常务委员会", F_NEUTRAL, 0, 0, 0, 0, 0 },
  { "全国人大机关", F_NEUTRAL, 0, 0, 0, 0, 0 },
  { "全国人大有关", F_NEUTRAL, 0, 0, 0, 0, 0 },
  { "全国人大专门委员会", F_NEUTRAL, 0, 0, 0, 0, 0 },
  { "全国人大各专门委员会", F_NEUTRAL, 0, 0, 0, 0, 0 },
  { "法规议案", F_NEUTRAL, 0, 0, 0, 0, 0 },
  { "法律议案", F_NEUTRAL, 0, 0, 0, 0, 0 },
  { "法规案", F_NEUTRAL, 0, 0, 0, 0, 0 },
  { "法律案", F_NEUTRAL, 0, 0, 0, 0, 0 },
  { "主任会议", F_NEUTRAL, 0, 0, 0, 0, 0 },
  { "副主任", F_NEUTRAL, 0, 0, 0, 0, 0 },
  { "新任命", F_NEUTRAL, 0, 0, 0, 0, 0 },
  { "所建议", F_NEUTRAL, 0, 0, 0, 0, 0 },
  { "建议稿", F_NEUTRAL, 0, 0, 0, 0, 0 },
  /* leaders' visits are not deputies' inspections */
  { "总书记视察", F_NEUTRAL, 0, 0, 0, 0, 0 },
  { "视察我省", F_NEUTRAL, 0, 0, 0, 0, 0 },
  { "视察我市", F_NEUTRAL, 0, 0, 0, 0, 0 },
  { "视察我区", F_NEUTRAL, 0, 0, 0, 0, 0 },
  { "视察时", F_NEUTRAL, 0, 0, 0, 0, 0 },
  { "视察期间", F_NEUTRAL, 0, 0, 0, 0, 0 },

  /* deputies, and whose */
  { "代表", F_DEPUTY, 0, 0, 0, 0, 0 },
  { "代表们", F_DEPUTY, 0, 0, 0, 0, 0 },
  { "人大代表", F_DEPUTY, 0, 0, 0, 0, 0 },
  { "各级人大代表", F_DEPUTY, 0, 0, 0, 0, 0 },
  { "五级人大代表", F_DEPUTY, 0, 0, 0, 0, 0 },
  { "全国人大代表", F_DEPUTY, SC_NATIONAL, 0, 0, 0, 0 },
  { "全国人民代表大会代表", F_DEPUTY, SC_NATIONAL, 0, 0, 0, 0 },
  { "全国人大", 0, SC_NATIONAL, 0, 0, 0, 0 },
  { "全国人民代表大会", 0, SC_NATIONAL, 0, 0, 0, 0 },
  { "省人大代表", F_DEPUTY, SC_PROVINCIAL, 0, 0, 0, 0 },
  { "省人民代表大会代表", F_DEPUTY, SC_PROVINCIAL, 0, 0, 0, 0 },
  { "自治区人大代表", F_DEPUTY, SC_PROVINCIAL, 0, 0, 0, 0 },
  { "市人大代表", F_DEPUTY, SC_MUNICIPAL, 0, 0, 0, 0 },
  { "州人大代表", F_DEPUTY, SC_MUNICIPAL, 0, 0, 0, 0 },
  { "县人大代表", F_DEPUTY, SC_COUNTY, 0, 0, 0, 0 },
  { "区人大代表", F_DEPUTY, SC_COUNTY, 0, 0, 0, 0 },
  { "县乡人大代表", F_DEPUTY, SC_COUNTY, 0, 0, 0, 0 },
  { "乡镇人大代表", F_DEPUTY, SC_COUNTY, 0, 0, 0, 0 },
  { "代表团", F_DEPUTY, SC_UP, 0, 0, 0, 0 },
  { "届人大", 0, SC_ORDINAL, 0, 0, 0, 0 },
  { "届人民代表大会", 0, SC_ORDINAL, 0, 0, 0, 0 },
  { "本次大会", 0, SC_OWN, 0, 0, 0, 0 },
  { "上次大会", 0, SC_OWN, 0, 0, 0, 0 },
  { "主任", F_DIRECTOR, 0, 0, 0, 0, 0 },
  { "群众", F_MASSES, 0, 0, 0, 0, 0 },
  { "选民", F_MASSES, 0, 0, 0, 0, 0 },
  { "资格", F_QUALIFICATION, 0, 0, 0, 0, 0 },
  { "干部", F_CADRE, 0, 0, 0, 0, 0 },
  { "处级", F_CADRE, 0, 0, 0, 0, 0 },
  { "厅级", F_CADRE, 0, 0, 0, 0, 0 },
  { "科级", F_CADRE, 0, 0, 0, 0, 0 },
  { "职级", F_CADRE, 0, 0, 0, 0, 0 },
  { "选调生", F_CADRE, 0, 0, 0, 0, 0 },
  { "公务员", F_CADRE, 0, 0, 0, 0, 0 },
  { "入党", F_PARTY, 0, 0, 0, 0, 0 },
  { "党员", F_PARTY, 0, 0, 0, 0, 0 },
  { "誓词", F_PARTY, 0, 0, 0, 0, 0 },
  { "代表资格", F_QUALIFICATION | F_DEPUTY, 0, 0, 0, 0, 0 },

  /* personnel decisions */
  { "任免", 0, 0, P_APPOINTMENT, 0, 0, 0 },
  { "人事任免", 0, 0, P_APPOINTMENT, 0, 0, 0 },
  { "批准任免", 0, 0, P_APPOINTMENT, 0, 0, 0 },
  { "决定任免", 0, 0, P_APPOINTMENT, 0, 0, 0 },
  { "任命", 0, 0, P_APPOINTMENT, 0, 0, 0 },
  { "决定任命", 0, 0, P_APPOINTMENT, 0, 0, 0 },
  { "免去", 0, 0, P_APPOINTMENT, 0, 0, 0 },
  { "免职", 0, 0, P_APPOINTMENT, 0, 0, 0 },
  { "宪法宣誓", 0, 0, P_OATH, 0, 0, 0 },
  { "宣誓", 0, 0, P_OATH, 0, 0, 0 },
  { "补选", 0, 0, P_BY_ELECTION, 0, 0, 0 },
  { "终止", 0, 0, P_TERMINATION_Q, 0, 0, 0 },
  { "资格终止", F_QUALIFICATION, 0, P_TERMINATION, 0, 0, 0 },
  { "代表资格终止", F_QUALIFICATION | F_DEPUTY, 0, P_TERMINATION, 0, 0, 0 },
  { "罢免", 0, 0, P_RECALL, 0, 0, 0 },
  { "辞职", 0, 0, P_RESIGNATION, 0, 0, 0 },
  { "辞去", 0, 0, P_RESIGNATION, 0, 0, 0 },
  { "请辞", 0, 0, P_RESIGNATION, 0, 0, 0 },

  /* motions and suggestions */
  { "议案", 0, 0, 0, M_MOTION, 0, 0 },
  { "代表议案", F_DEPUTY, 0, 0, M_MOTION, 0, 0 },
  { "建议", 0, 0, 0, M_SUGGESTION, 0, 0 },
  { "代表建议", F_DEPUTY, 0, 0, M_SUGGESTION, 0, 0 },
  { "建议、批评和意见", F_DEPUTY, 0, 0, M_SUGGESTION, 0, 0 },
  { "建议批评和意见", F_DEPUTY, 0, 0, M_SUGGESTION, 0, 0 },
  { "批评和意见", F_DEPUTY, 0, 0, M_SUGGESTION, 0, 0 },
  { "意见建议", F_GENERIC, 0, 0, M_SUGGESTION, 0, 0 },
  { "意见和建议", F_GENERIC, 0, 0, M_SUGGESTION, 0, 0 },
  { "代表团建议", F_DEPUTY | F_BY_DELEGATION, SC_UP, 0, M_SUGGESTION, 0, 0 },
  { "代表团名义", F_DEPUTY | F_BY_DELEGATION, SC_UP, 0, 0, 0, 0 },
  { "重点建议", 0, 0, 0, M_KEY, 0, 0 },
  { "重点督办建议", 0, 0, 0, M_KEY, 0, 0 },
  { "重点督办", 0, 0, 0, M_KEY, 0, 0 },
  { "重点处理建议", 0, 0, 0, M_KEY, 0, 0 },
  { "重点办理建议", 0, 0, 0, M_KEY, 0, 0 },
  { "议案建议", 0, 0, 0, M_COMBINED, 0, 0 },
  { "议案和建议", 0, 0, 0, M_COMBINED, 0, 0 },
  { "议案、建议", 0, 0, 0, M_COMBINED, 0, 0 },

  /* how they were handled */
  { "满意率", 0, 0, 0, 0, RATE (REP_RATE_SATISFACTION), 0 },
  { "满意度", 0, 0, 0, 0, RATE (REP_RATE_SATISFACTION), 0 },
  { "满意", 0, 0, 0, 0, RATE (REP_RATE_SATISFACTION), 0 },
  { "基本满意", 0, 0, 0, 0, RATE (REP_RATE_SATISFACTION), 0 },
  { "满意和基本满意", 0, 0, 0, 0, RATE (REP_RATE_SATISFACTION), 0 },
  { "办结率", 0, 0, 0, 0, RATE (REP_RATE_COMPLETION), 0 },
  { "办复率", 0, 0, 0, 0, RATE (REP_RATE_COMPLETION), 0 },
  { "答复率", 0, 0, 0, 0, RATE (REP_RATE_COMPLETION), 0 },
  { "解决率", 0, 0, 0, 0, RATE (REP_RATE_RESOLUTION), 0 },
  { "解决或列入计划解决", 0, 0, 0, 0, RATE (REP_RATE_RESOLUTION), 0 },
  { "解决或计划解决", 0, 0, 0, 0, RATE (REP_RATE_RESOLUTION), 0 },
  { "解决或列入计划", 0, 0, 0, 0, RATE (REP_RATE_RESOLUTION), 0 },
  { "解决或逐步解决", 0, 0, 0, 0, RATE (REP_RATE_RESOLUTION), 0 },
  { "解决或者列入计划解决", 0, 0, 0, 0, RATE (REP_RATE_RESOLUTION), 0 },
  { "解决或者计划解决", 0, 0, 0, 0, RATE (REP_RATE_RESOLUTION), 0 },
  { "解决或者列入计划", 0, 0, 0, 0, RATE (REP_RATE_RESOLUTION), 0 },
  { "采纳", 0, 0, 0, 0, RATE (REP_RATE_ADOPTION), 0 },
  { "采纳率", 0, 0, 0, 0, RATE (REP_RATE_ADOPTION), 0 },
  { "得到解决", 0, 0, 0, 0, RATE (REP_RATE_RESOLUTION), 0 },
  { "全部办理完毕", F_ALL_HANDLED, 0, 0, 0, 0, 0 },
  { "全部办结", F_ALL_HANDLED, 0, 0, 0, 0, 0 },
  { "全部按时办结", F_ALL_HANDLED, 0, 0, 0, 0, 0 },
  { "全部办复", F_ALL_HANDLED, 0, 0, 0, 0, 0 },
  { "全部答复", F_ALL_HANDLED, 0, 0, 0, 0, 0 },
  { "均已办结", F_ALL_HANDLED, 0, 0, 0, 0, 0 },
  { "均已办理完毕", F_ALL_HANDLED, 0, 0, 0, 0, 0 },
  { "均已答复", F_ALL_HANDLED, 0, 0, 0, 0, 0 },

  /* trainings */
  { "代表培训", F_DEPUTY, 0, 0, 0, 0, A_TRAINING },
  { "培训代表", F_DEPUTY, 0, 0, 0, 0, A_TRAINING },
  { "轮训代表", F_DEPUTY, 0, 0, 0, 0, A_TRAINING },
  { "代表轮训", F_DEPUTY, 0, 0, 0, 0, A_TRAINING },
  { "代表学习班", F_DEPUTY, 0, 0, 0, 0, A_TRAINING },
  { "代表培训班", F_DEPUTY, 0, 0, 0, 0, A_TRAINING },
  { "代表研修班", F_DEPUTY, 0, 0, 0, 0, A_TRAINING },
  { "代表履职学习班", F_DEPUTY, 0, 0, 0, 0, A_TRAINING },
  { "履职学习班", F_DEPUTY, 0, 0, 0, 0, A_TRAINING },
  { "履职培训", F_DEPUTY, 0, 0, 0, 0, A_TRAINING },
  { "主任培训班", F_DIRECTOR, 0, 0, 0, 0, A_TRAINING },
  { "主任学习班", F_DIRECTOR, 0, 0, 0, 0, A_TRAINING },
  { "培训", 0, 0, 0, 0, 0, A_TRAINING },
  { "轮训", 0, 0, 0, 0, 0, A_TRAINING },
  { "学习班", 0, 0, 0, 0, 0, A_TRAINING },
  { "培训班", 0, 0, 0, 0, 0, A_TRAINING },
  { "研修班", 0, 0, 0, 0, 0, A_TRAINING },
  { "研讨班", 0, 0, 0, 0, 0, A_TRAINING },

  /* stations, groups, contact */
  { "代表之家", F_DEPUTY, 0, 0, 0, 0, A_STATION },
  { "代表联络站", F_DEPUTY, 0, 0, 0, 0, A_STATION },
  { "代表工作站", F_DEPUTY, 0, 0, 0, 0, A_STATION },
  { "代表活动站", F_DEPUTY, 0, 0, 0, 0, A_STATION },
  { "代表活动室", F_DEPUTY, 0, 0, 0, 0, A_STATION },
  { "代表家站", F_DEPUTY, 0, 0, 0, 0, A_STATION },
  { "代表站", F_DEPUTY, 0, 0, 0, 0, A_STATION },
  { "联络站", F_DEPUTY, 0, 0, 0, 0, A_STATION },
  { "代表小组活动", F_DEPUTY, 0, 0, 0, 0, A_GROUP },
  { "代表小组", F_DEPUTY, 0, 0, 0, 0, A_GROUP },
  { "联系群众", F_MASSES, 0, 0, 0, 0, A_CONTACT },
  { "联系人民群众", F_MASSES, 0, 0, 0, 0, A_CONTACT },
  { "联系选民", F_MASSES, 0, 0, 0, 0, A_CONTACT },
  { "接待选民", F_MASSES, 0, 0, 0, 0, A_CONTACT },
  { "接待群众", F_MASSES, 0, 0, 0, 0, A_CONTACT },
  { "走访选民", F_MASSES, 0, 0, 0, 0, A_CONTACT },
  { "联系代表", F_DEPUTY, 0, 0, 0, 0, A_CONTACT },
  { "联系", 0, 0, 0, 0, 0, A_CONTACT },

  /* other activities */
  { "闭会期间活动", F_DEPUTY, 0, 0, 0, 0, A_RECESS },
  { "闭会期间", 0, 0, 0, 0, 0, A_RECESS },
  { "视察", 0, 0, 0, 0, 0, A_INSPECTION },
  { "代表视察", F_DEPUTY, 0, 0, 0, 0, A_INSPECTION },
  { "调研", 0, 0, 0, 0, 0, A_RESEARCH },
  { "代表调研", F_DEPUTY, 0, 0, 0, 0, A_RESEARCH },
  { "列席", 0, 0, 0, 0, 0, A_ATTENDANCE },
  { "座谈会", 0, 0, 0, 0, 0, A_FORUM },
  { "座谈", 0, 0, 0, 0, 0, A_FORUM },
  { "述职", 0, 0, 0, 0, 0, A_REPORTING },
  { "履职报告", 0, 0, 0, 0, 0, A_REPORTING },
  { "捐款", 0, 0, 0, 0, 0, A_DONATION },
  { "捐物", 0, 0, 0, 0, 0, A_DONATION },
  { "捐款捐物", 0, 0, 0, 0, 0, A_DONATION },
  { "捐赠", 0, 0, 0, 0, 0, A_DONATION },
  { "捐资", 0, 0, 0, 0, 0, A_DONATION },
};

static const char * const personnel_names[] = {
  NULL, "appointment", "oath", "by_election", "termination", "termination",
  "recall", "resignation",
};

static const char * const motion_names[] = {
  NULL, "motion", "suggestion", "key_suggestion", "motion_and_suggestion",
};

static const char * const activity_names[] = {
  NULL, "training", "station", "contact", "recess_activity", "inspection",
  "research", "attendance", "group_activity", "forum", "reporting", "donation",
};

static const char * const level_names[] = {
  "national", "provincial", "municipal", "county",
};

static const char * const delegation_names[] = {
  "npc_delegation", "provincial_delegation", "municipal_delegation", "county_delegation",
};

typedef struct
{
  gsize start;
  gsize end;
  guint kw;
} Hit;

/* The hits of the scan, in text order: a plain array, as collect_hit()
 * runs for every cue word of the text */
typedef struct
{
  Hit  *data;
  guint len;
  guint size;
} Hits;

/* The step from a character to the next by its first byte, 0 for the
 * first bytes of the delimiters (, : ; ! ? \n and the lead bytes of
 * ，；：！？ and 。), which are looked at. Filled in once, with the
 * matcher. */
static guint8 char_steps[256];

static void
init_char_steps (void)
{
  static const guchar delimiter_firsts[] = { '\n', ',', ':', ';', '!', '?', 0xEF, 0xE3 };

  for (guint c = 0; c < 256; c++)
    char_steps[c] = c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  for (guint i = 0; i < G_N_ELEMENTS (delimiter_firsts); i++)
    char_steps[delimiter_firsts[i]] = 0;
}

/* The matcher of the keywords, built from the table above. Also called
 * when the plugin is compiled (see matcher-data.h). */
BaogaoMatcher *
representation_build_matcher (GBytes *input)
{
  G_STATIC_ASSERT (G_STRUCT_OFFSET (Keyword, word) == 0);

  return matcher_data_from_table (keywords, G_N_ELEMENTS (keywords), sizeof keywords[0]);
}

/* The matcher, the one built with the plugin if it loads */
static BaogaoMatcher *
get_matcher (void)
{
  static gsize once = 0;
  static BaogaoMatcher *matcher;

  if (g_once_init_enter (&once))
    {
      matcher = matcher_data_load_or_build (&representation_matcher_data,
                                            representation_build_matcher);
      init_char_steps ();
      g_once_init_leave (&once, 1);
    }

  return matcher;
}

const char *
rep_rate_to_string (RepRate rate)
{
  switch (rate)
    {
    case REP_RATE_SATISFACTION:
      return "satisfaction_rate";
    case REP_RATE_COMPLETION:
      return "completion_rate";
    case REP_RATE_RESOLUTION:
      return "resolution_rate";
    case REP_RATE_ADOPTION:
      return "adoption_rate";
    case REP_N_RATES:
    default:
      return NULL;
    }
}

static gboolean
starts_with (const char *p,
             const char *end,
             const char *word)
{
  gsize n = strlen (word);

  return (gsize) (end - p) >= n && memcmp (p, word, n) == 0;
}

/* The level of the congress named just before 人民代表大会 in a title:
 * 黑龙江省人民代表大会常务委员会工作报告 is provincial. */
RepLevel
rep_level_from_title (const char *title,
                      gssize      length,
                      gboolean   *municipality)
{
  static const char *const municipalities[] = { "北京市", "天津市", "上海市", "重庆市" };
  const char *congress = "人民代表大会";
  const char *end;
  const char *p;
  gsize n = strlen (congress);

  if (municipality != NULL)
    *municipality = FALSE;
  if (title == NULL)
    return REP_LEVEL_PROVINCIAL;
  if (length < 0)
    length = strlen (title);
  end = title + length;

  for (guint i = 0; i < G_N_ELEMENTS (municipalities); i++)
    if (starts_with (title, end, municipalities[i]))
      {
        if (municipality != NULL)
          *municipality = TRUE;
        return REP_LEVEL_PROVINCIAL;
      }

  for (p = title; p + n <= end; p++)
    {
      const char *before;

      if (memcmp (p, congress, n) != 0)
        continue;
      if (p - title >= 6 && memcmp (p - 6, "全国", 6) == 0)
        return REP_LEVEL_NATIONAL;
      if (p - title >= 9 && memcmp (p - 9, "自治区", 9) == 0)
        return REP_LEVEL_PROVINCIAL;
      if (p - title < 3)
        return REP_LEVEL_PROVINCIAL;
      before = p - 3;
      if (memcmp (before, "省", 3) == 0)
        return REP_LEVEL_PROVINCIAL;
      if (memcmp (before, "市", 3) == 0 || memcmp (before, "州", 3) == 0 ||
          memcmp (before, "盟", 3) == 0)
        return REP_LEVEL_MUNICIPAL;
      if (memcmp (before, "县", 3) == 0 || memcmp (before, "区", 3) == 0 ||
          memcmp (before, "旗", 3) == 0)
        return REP_LEVEL_COUNTY;
      return REP_LEVEL_PROVINCIAL;
    }

  return REP_LEVEL_PROVINCIAL;
}

/* ---- text helpers ---------------------------------------------------- */

typedef enum
{
  DELIM_NONE,
  DELIM_CLAUSE,      /* ，；：, ; : */
  DELIM_SENTENCE,    /* 。！？! ? */
  DELIM_LINE,        /* \n */
} Delim;

/* The delimiter starting at @p (its length in *len). A half-width comma
 * or colon between digits (1,200 or 10:30) is not one. */
G_ALWAYS_INLINE static inline Delim
delimiter_at (const char *text,
              gsize       p,
              gsize       length,
              guint      *len)
{
  const guchar *t = (const guchar *) text;

  *len = 1;
  switch (t[p])
    {
    case '\n':
      return DELIM_LINE;
    case ',': case ':':
      if (p > 0 && p + 1 < length && g_ascii_isdigit (t[p - 1]) && g_ascii_isdigit (t[p + 1]))
        return DELIM_NONE;
      return DELIM_CLAUSE;
    case ';':
      return DELIM_CLAUSE;
    case '!': case '?':
      return DELIM_SENTENCE;
    case 0xEF:
      if (p + 2 < length && t[p + 1] == 0xBC)
        {
          *len = 3;
          switch (t[p + 2])
            {
            case 0x8C: case 0x9B: case 0x9A:   /* ，；： */
              return DELIM_CLAUSE;
            case 0x81: case 0x9F:              /* ！？ */
              return DELIM_SENTENCE;
            default:
              break;
            }
        }
      break;
    case 0xE3:
      if (p + 2 < length && t[p + 1] == 0x80 && t[p + 2] == 0x82)   /* 。 */
        {
          *len = 3;
          return DELIM_SENTENCE;
        }
      break;
    default:
      break;
    }
  *len = 1;
  return DELIM_NONE;
}

/* The first delimiter starting in [p, end), as delimiter_at (text, q,
 * @limit) sees it: its offset, its kind in *d and length in *len; @end
 * if there is none. The text is valid UTF-8: the bytes that start a
 * delimiter (char_steps[] 0) start a character wherever they are, so
 * the bytes can be looked at in any order and 16 at a time; @p must be
 * on a character boundary. */
G_ALWAYS_INLINE static inline gsize
next_delimiter (const char *text,
                gsize       p,
                gsize       end,
                gsize       limit,
                Delim      *d,
                guint      *len)
{
  const guchar *t = (const guchar *) text;

#ifdef REP_USE_SSE2
  for (; p + 16 <= end; p += 16)
    {
      guint mask = text_delimiter_candidates16 (t + p);

      for (; mask != 0; mask &= mask - 1)
        {
          gsize c = p + (guint) __builtin_ctz (mask);

          if (char_steps[t[c]] == 0 &&
              (*d = delimiter_at (text, c, limit, len)) != DELIM_NONE)
            return c;
        }
    }
#endif
  for (; p < end; p++)
    if (char_steps[t[p]] == 0 && (*d = delimiter_at (text, p, limit, len)) != DELIM_NONE)
      return p;
  return end;
}

/* Start of the clause holding @p: the end of the last delimiter that
 * starts at or after @lower and ends by @p, else @lower. Delimiters do
 * not overlap, so it is the one that starts last, found from @p back,
 * 16 bytes at a time (the bytes before @lower are read, not looked at). */
static gsize
clause_start (const char *text,
              gsize       length,
              gsize       lower,
              gsize       p)
{
  const guchar *t = (const guchar *) text;
  gsize q = p;
  guint len;

#ifdef REP_USE_SSE2
  for (; q > lower && q >= 16; q -= 16)
    {
      guint mask = text_delimiter_candidates16 (t + q - 16);

      /* the last block may start before @lower */
      if (q - lower < 16)
        mask &= ~((1u << (16 - (q - lower))) - 1);
      while (mask != 0)
        {
          guint i = 31 - (guint) __builtin_clz (mask);
          gsize c = q - 16 + i;

          if (char_steps[t[c]] == 0 &&
              delimiter_at (text, c, length, &len) != DELIM_NONE && c + len <= p)
            return c + len;
          mask &= ~(1u << i);
        }
    }
  if (q <= lower)
    return lower;
#endif
  while (q > lower)
    {
      q--;
      if (char_steps[t[q]] == 0 &&
          delimiter_at (text, q, length, &len) != DELIM_NONE && q + len <= p)
        return q + len;
    }
  return lower;
}

/* Does a sentence end (or a line) start in [p, end)? */
static gboolean
sentence_end_in (const char *text,
                 gsize       length,
                 gsize       p,
                 gsize       end)
{
  Delim d = DELIM_NONE;
  guint len;

  for (; (p = next_delimiter (text, p, end, length, &d, &len)) < end; p += len)
    if (d == DELIM_SENTENCE || d == DELIM_LINE)
      return TRUE;
  return FALSE;
}

/* Is @p inside a 《…》 title that opened in [lower, p)? UTF-8 is
 * self-synchronising, so the bytes of 《 and 》 can be looked for
 * anywhere. */
static gboolean
inside_title (const char *text,
              gsize       lower,
              gsize       p)
{
  const guchar *t = (const guchar *) text;

  while (p >= lower + 3)
    {
      p--;
      if (t[p] == 0xE3 && t[p + 1] == 0x80)
        {
          if (t[p + 2] == 0x8A)   /* 《 */
            return TRUE;
          if (t[p + 2] == 0x8B)   /* 》 */
            return FALSE;
        }
    }
  return FALSE;
}

static gboolean
is_numeral (const char *text,
            gsize       p,
            guint      *len)
{
  static const char *const numerals[] = {
    "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "零", "〇", "第",
  };
  guchar c = (guchar) text[p];

  if (g_ascii_isdigit (c))
    {
      *len = 1;
      return TRUE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (numerals); i++)
    if (memcmp (text + p, numerals[i], 3) == 0)
      {
        *len = 3;
        return TRUE;
      }
  return FALSE;
}

/* 省十四届人大, 市第十七届人民代表大会: the level named before the ordinal. */
static int
ordinal_level (const char *text,
               gsize       lower,
               gsize       p,
               RepLevel    own,
               gboolean    municipality)
{
  gsize q = p;

  /* step back over the ordinal's numerals (ASCII ones are one byte) */
  for (;;)
    {
      guint len;

      if (q > lower && g_ascii_isdigit ((guchar) text[q - 1]))
        {
          q--;
          continue;
        }
      if (q >= lower + 3 && is_numeral (text, q - 3, &len) && len == 3)
        {
          q -= 3;
          continue;
        }
      break;
    }
  if (q >= lower + 6 && memcmp (text + q - 6, "全国", 6) == 0)
    return REP_LEVEL_NATIONAL;
  if (q >= lower + 9 && memcmp (text + q - 9, "自治区", 9) == 0)
    return REP_LEVEL_PROVINCIAL;
  if (q >= lower + 3)
    {
      const char *c = text + q - 3;

      if (memcmp (c, "省", 3) == 0)
        return REP_LEVEL_PROVINCIAL;
      if (memcmp (c, "市", 3) == 0)
        return municipality ? REP_LEVEL_PROVINCIAL : REP_LEVEL_MUNICIPAL;
      if (memcmp (c, "州", 3) == 0 || memcmp (c, "盟", 3) == 0)
        return REP_LEVEL_MUNICIPAL;
      if (memcmp (c, "县", 3) == 0 || memcmp (c, "区", 3) == 0 || memcmp (c, "旗", 3) == 0)
        return REP_LEVEL_COUNTY;
    }
  return own;
}

/* ---- the scan --------------------------------------------------------- */

#define MAX_GROUP 64

/* The longest clause read at once, in bytes (some 200 characters) */
#define MAX_CLAUSE 600

typedef struct
{
  const char        *text;
  gsize              length;
  RepLevel           level;
  gboolean           municipality;
  RepCount          *counts;
  guint              n_counts;
  RepFillFunc        fill;
  gpointer           fill_data;
  Hits               hits;
  GArray            *out;

  /* paragraph state */
  int                scope_level;       /* -1: none said yet */
  guint              para_motions[MAX_GROUP];   /* indices into out */
  guint              n_para_motions;
  guint              sentence_first;    /* first of para_motions in this sentence */
  guint              group_first;       /* first of the last sentence that had some */
  MotionKind         sentence_kind;     /* a motion word of the sentence */
} Scan;

static const Keyword *
kw_of (const Scan *s,
       guint       h)
{
  return &keywords[s->hits.data[h].kw];
}

static const Hit *
hit_at (const Scan *s,
        guint       h)
{
  return &s->hits.data[h];
}

/* Makes sure the fields @what of count @q are read. */
static inline void
need (const Scan *s,
      guint       q,
      RepFill     what)
{
  RepCount *c = &s->counts[q];

  if ((c->filled & what) != what && s->fill != NULL)
    s->fill (c, q, what & ~c->filled, s->fill_data);
}

/* Is the unit or base unit of count @q one of @units? The base unit is
 * read only when the unit is not one of them. */
static gboolean
unit_in (const Scan        *s,
         guint              q,
         const char *const *units)
{
  const RepCount *count = &s->counts[q];

  need (s, q, REP_FILL_UNIT);
  if (count->unit != NULL)
    for (guint i = 0; units[i] != NULL; i++)
      if (strcmp (count->unit, units[i]) == 0)
        return TRUE;
  need (s, q, REP_FILL_BASE_UNIT);
  if (count->base_unit != NULL)
    for (guint i = 0; units[i] != NULL; i++)
      if (strcmp (count->base_unit, units[i]) == 0)
        return TRUE;
  return FALSE;
}

static const char *const people_units[] = { "人", "名", "人次", "位", NULL };
static const char *const ceremony_units[] = { "人", "名", "人次", "位", "次", "场", "批", NULL };
static const char *const motion_units[] = { "件", "项", NULL };
static const char *const suggestion_units[] = { "件", "项", "条", NULL };
static const char *const station_units[] = { "个", "家", "处", "所", "座", NULL };
static const char *const activity_units[] = {
  "人", "名", "人次", "位", "次", "场", "期", "批", "个", "期次", "场次", "班次", NULL
};
static const char *const money_units[] = { "元", "万元", "亿元", NULL };

static const char *
scope_name (const Scan *s,
            int         level)
{
  if (level < 0)
    return level_names[s->level];
  if (level == (int) s->level)
    return level_names[level];
  if (level < (int) s->level)
    return delegation_names[level];
  return "local";
}

/* The level a scope word speaks of, or -1 when it speaks of none. */
static int
scope_level_of (const Scan *s,
                guint       h)
{
  const Keyword *k = kw_of (s, h);

  switch ((ScopeCue) k->scope)
    {
    case SC_NATIONAL:
      return REP_LEVEL_NATIONAL;
    case SC_PROVINCIAL:
      return REP_LEVEL_PROVINCIAL;
    case SC_MUNICIPAL:
      return s->municipality ? REP_LEVEL_PROVINCIAL : REP_LEVEL_MUNICIPAL;
    case SC_COUNTY:
      return REP_LEVEL_COUNTY;
    case SC_UP:
      return s->level == REP_LEVEL_NATIONAL ? REP_LEVEL_NATIONAL : (int) s->level - 1;
    case SC_ORDINAL:
      return ordinal_level (s->text, 0, hit_at (s, h)->start, s->level, s->municipality);
    case SC_OWN:
      return s->level;
    case SC_NONE:
    default:
      return -1;
    }
}

static RepFinding *
add_finding (Scan           *s,
             RepFindingType  type,
             gsize           start,
             gsize           end,
             const char     *kind,
             const Hit      *cue,
             int             count)
{
  RepFinding f = { 0 };

  f.type = type;
  f.start = start;
  f.end = end;
  f.kind = kind;
  f.cue = keywords[cue->kw].word;
  f.cue_start = cue->start;
  f.cue_end = cue->end;
  f.count = count;
  g_array_append_val (s->out, f);
  return &g_array_index (s->out, RepFinding, s->out->len - 1);
}

/* The motions a rate or a 全部办理完毕 of the current sentence speaks of:
 * those of the sentence, or else those of the paragraph's last sentence
 * that had some. */
static void
motions_in_reach (const Scan *s,
                  guint      *first,
                  guint      *last)
{
  *last = s->n_para_motions;
  *first = s->sentence_first < s->n_para_motions ? s->sentence_first : s->group_first;
}

static void
note_motion (Scan *s,
             guint index)
{
  if (s->n_para_motions == MAX_GROUP)
    {
      /* keep the most recent half */
      memmove (s->para_motions, s->para_motions + MAX_GROUP / 2,
               (MAX_GROUP / 2) * sizeof (guint));
      s->n_para_motions = MAX_GROUP / 2;
      s->sentence_first = s->sentence_first > MAX_GROUP / 2 ?
                          s->sentence_first - MAX_GROUP / 2 : 0;
      s->group_first = s->group_first > MAX_GROUP / 2 ?
                       s->group_first - MAX_GROUP / 2 : 0;
    }
  s->para_motions[s->n_para_motions++] = index;
}

/* Words right after a personnel verb that make it a power, a duty or a
 * rule rather than a decision: 任免权, 任免工作, 宣誓制度. */
static gboolean
names_the_power (const char *text,
                 gsize       p,
                 gsize       end)
{
  static const char *const suffixes[] = {
    "权", "工作", "制度", "办法", "规定", "程序", "机制", "事项", "职权", "仪式制度",
    "的程序", "的办法", "的规定",
  };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    if (starts_with (text + p, text + end, suffixes[i]))
      return TRUE;
  return FALSE;
}

static void
do_personnel (Scan  *s,
              guint  h,
              guint  h0,
              guint  h1,
              guint  q0,
              guint  q1,
              gsize  cs,
              gsize  ce,
              int   *last_kind,
              int   *last_index)
{
  const Hit *hit = hit_at (s, h);
  const Keyword *k = kw_of (s, h);
  PersonnelKind kind = k->personnel;
  const char *const *units = kind == P_OATH ? ceremony_units : people_units;
  gsize lower = cs, upper = ce;
  int count = -1;
  RepFinding *f;

  if (names_the_power (s->text, hit->end, ce) || inside_title (s->text, cs, hit->start))
    return;

  /* the organ's own cadres, Party members' oaths */
  for (guint j = h0; j < h1; j++)
    {
      guint16 flags = kw_of (s, j)->flags;

      if ((kind == P_APPOINTMENT && (flags & F_CADRE)) ||
          (kind == P_OATH && (flags & F_PARTY)))
        return;
    }

  if (kind == P_TERMINATION_Q)
    {
      gboolean qualified = FALSE;

      for (guint j = h + 1; j < h1 && !qualified; j++)
        qualified = (kw_of (s, j)->flags & F_QUALIFICATION) != 0;
      if (!qualified)
        return;
      kind = P_TERMINATION;
    }

  /* the stretch of the clause that is this verb's: from the previous
   * personnel verb to the next one */
  for (guint j = h; j-- > h0;)
    if (kw_of (s, j)->personnel != P_NONE)
      {
        lower = hit_at (s, j)->end;
        break;
      }
  for (guint j = h + 1; j < h1; j++)
    if (kw_of (s, j)->personnel != P_NONE && kw_of (s, j)->personnel != P_TERMINATION_Q)
      {
        upper = hit_at (s, j)->start;
        break;
      }

  /* the count after the verb, or else the one before */
  for (guint q = q0; q < q1; q++)
    if (s->counts[q].start >= hit->end && s->counts[q].end <= upper &&
        unit_in (s, q, units))
      {
        count = q;
        break;
      }
  if (count < 0)
    for (guint q = q1; q-- > q0;)
      if (s->counts[q].end <= hit->start && s->counts[q].start >= lower &&
          unit_in (s, q, units))
        {
          count = q;
          break;
        }

  /* 任免…任命 in one clause is one decision */
  if (*last_kind == (int) kind && *last_index >= 0)
    {
      RepFinding *prev = &g_array_index (s->out, RepFinding, *last_index);

      if (prev->count < 0 || count < 0 || prev->count == count)
        {
          if (prev->count < 0 && count >= 0)
            {
              prev->count = count;
              prev->end = MAX (prev->end, s->counts[count].end);
              prev->start = MIN (prev->start, s->counts[count].start);
            }
          return;
        }
    }

  f = add_finding (s, REP_FINDING_PERSONNEL, hit->start, hit->end,
                   personnel_names[kind], hit, count);
  if (count >= 0)
    {
      f->start = MIN (f->start, s->counts[count].start);
      f->end = MAX (f->end, s->counts[count].end);
    }
  *last_kind = kind;
  *last_index = s->out->len - 1;
}

static void
do_activity (Scan     *s,
             guint     h,
             guint     h0,
             guint     h1,
             guint     q0,
             guint     q1,
             gsize     cs,
             RepZone   zone,
             gboolean  deputies,
             gboolean  directors,
             gboolean  masses,
             int      *last_kind,
             int      *last_index,
             gsize    *last_hit_end)
{
  const Hit *hit = hit_at (s, h);
  const Keyword *k = kw_of (s, h);
  ActivityKind kind = k->activity;
  const char *const *units;
  gboolean ok;
  gsize lower = cs, upper = G_MAXSIZE, scope_upper = G_MAXSIZE;
  int count = -1;
  int scope = -1;
  RepFinding *f;

  /* does the clause speak of deputies' activities? */
  switch (kind)
    {
    case A_STATION:
    case A_GROUP:
      ok = TRUE;
      break;
    case A_TRAINING:
      ok = deputies || directors || (k->flags & (F_DEPUTY | F_DIRECTOR)) ||
           zone == REP_ZONE_REPRESENTATION;
      break;
    case A_INSPECTION:
    case A_RESEARCH:
    case A_RECESS:
    case A_DONATION:
      ok = deputies || (k->flags & F_DEPUTY) || zone == REP_ZONE_REPRESENTATION;
      break;
    case A_CONTACT:
      ok = deputies || (k->flags & F_DEPUTY) ||
           ((masses || (k->flags & F_MASSES)) && zone == REP_ZONE_REPRESENTATION);
      break;
    case A_ATTENDANCE:
    case A_FORUM:
    case A_REPORTING:
      ok = deputies || (k->flags & F_DEPUTY);
      break;
    case A_NONE:
    default:
      ok = FALSE;
      break;
    }
  if (!ok)
    return;

  switch (kind)
    {
    case A_STATION:
      units = station_units;
      break;
    case A_DONATION:
      units = money_units;
      break;
    default:
      units = activity_units;
      break;
    }

  /* the count just before (after the previous activity word and with no
   * count between), or else the first after (before the next one) */
  for (guint j = h; j-- > h0;)
    if (kw_of (s, j)->activity != A_NONE)
      {
        lower = hit_at (s, j)->end;
        break;
      }
  for (guint j = h + 1; j < h1; j++)
    if (kw_of (s, j)->activity != A_NONE)
      {
        scope_upper = MIN (scope_upper, hit_at (s, j)->start);
        if (kw_of (s, j)->activity != (guint8) kind)
          {
            upper = hit_at (s, j)->start;
            break;
          }
      }
  for (guint q = q1; q-- > q0;)
    if (s->counts[q].end <= hit->start)
      {
        if (s->counts[q].start >= lower && unit_in (s, q, units))
          count = q;
        break;
      }
  if (count < 0)
    for (guint q = q0; q < q1; q++)
      if (s->counts[q].start >= hit->end)
        {
          if (s->counts[q].end <= upper && unit_in (s, q, units))
            count = q;
          break;
        }

  /* the same activity said twice with no count between: one activity */
  if (*last_kind == (int) kind && *last_index >= 0)
    {
      RepFinding *prev = &g_array_index (s->out, RepFinding, *last_index);
      gboolean count_between = FALSE;

      for (guint q = q0; q < q1; q++)
        if (s->counts[q].start >= *last_hit_end && s->counts[q].end <= hit->start)
          count_between = TRUE;
      if (!count_between &&
          ((prev->cue == k->word && count < 0) || (count >= 0 && count == prev->count)))
        {
          prev->end = MAX (prev->end, hit->end);
          *last_hit_end = hit->end;
          return;
        }
    }

  f = add_finding (s, REP_FINDING_ACTIVITY, hit->start, hit->end,
                   activity_names[kind], hit, count);
  if (count >= 0)
    {
      f->start = MIN (f->start, s->counts[count].start);
      f->end = MAX (f->end, s->counts[count].end);
    }

  /* whose activity: the nearest scope word of its stretch of the clause
   * that names deputies */
  {
    gsize best = G_MAXSIZE;

    for (guint j = h0; j < h1; j++)
      {
        const Keyword *o = kw_of (s, j);
        gsize d;
        int level;

        if (o->scope == SC_NONE || !(o->flags & F_DEPUTY))
          continue;
        if (hit_at (s, j)->start < lower || hit_at (s, j)->end > scope_upper)
          continue;
        level = scope_level_of (s, j);
        if (level < 0)
          continue;
        d = hit_at (s, j)->start > hit->start ? hit_at (s, j)->start - hit->start
                                              : hit->start - hit_at (s, j)->start;
        if (d < best)
          {
            best = d;
            scope = level;
          }
      }
    if (scope >= 0)
      f->scope = scope_name (s, scope);
  }

  if (kind == A_TRAINING)
    {
      /* who is trained: from the previous count (or the clause start) to
       * the end of the training word */
      gsize from = lower;
      gboolean npc = FALSE, dep = FALSE, dir = FALSE;

      for (guint q = q0; q < q1; q++)
        if (s->counts[q].end <= hit->start && (count < 0 || (int) q != count))
          from = MAX (from, s->counts[q].end);
      for (guint j = h0; j < h1; j++)
        {
          const Keyword *o = kw_of (s, j);
          const Hit *oh = hit_at (s, j);

          if (oh->start < from || oh->end > hit->end)
            continue;
          if (o->flags & F_DIRECTOR)
            dir = TRUE;
          if (o->flags & F_DEPUTY)
            {
              dep = TRUE;
              if (scope_level_of (s, j) == REP_LEVEL_NATIONAL && o->scope != SC_NONE &&
                  s->level != REP_LEVEL_NATIONAL)
                npc = TRUE;
            }
        }
      f->audience = dir && !dep ? "directors" : npc ? "npc_deputies" : "deputies";
    }

  *last_kind = kind;
  *last_index = s->out->len - 1;
  *last_hit_end = hit->end;
}

/* A count of the clause: a motion or suggestion, or a rate of them. */
static void
do_count (Scan    *s,
          guint    q,
          guint    q0,
          guint    q1,
          guint    h0,
          guint    h1,
          gsize    cs,
          gsize    ce,
          RepZone  zone,
          gboolean deputies)
{
  const RepCount *c = &s->counts[q];
  gsize lo = q > q0 ? s->counts[q - 1].end : cs;
  gsize hi = q + 1 < q1 ? s->counts[q + 1].start : ce;
  gboolean is_rate;
  int before = -1, after = -1;
  int best;

  need (s, q, REP_FILL_UNIT);
  is_rate = c->unit != NULL && strcmp (c->unit, "%") == 0;

  for (guint j = h0; j < h1; j++)
    {
      const Hit *hit = hit_at (s, j);
      const Keyword *k = kw_of (s, j);
      gboolean wanted = is_rate ? k->rate != 0 : k->motion != M_NONE;

      if (!wanted)
        continue;
      if (hit->start >= lo && hit->end <= c->start)
        before = j;
      else if (hit->start >= c->end && hit->end <= hi && after < 0)
        after = j;
    }
  /* the word next to the count: 议案12件、建议865件 read back, 26件议案和
   * 1135件建议 forward */
  best = before;
  if (after >= 0 &&
      (before < 0 ||
       hit_at (s, after)->start - c->end < c->start - hit_at (s, before)->end))
    best = after;
  if (best < 0)
    return;

  if (!is_rate)
    {
      const Keyword *k = kw_of (s, best);
      const Hit *hit = hit_at (s, best);
      MotionKind kind = k->motion;
      gboolean context;
      RepFinding *f;

      if (!unit_in (s, q, kind == M_MOTION ? motion_units : suggestion_units))
        return;
      if (k->flags & F_GENERIC)
        context = deputies && zone == REP_ZONE_REPRESENTATION;
      else if (kind == M_SUGGESTION)
        context = deputies || (k->flags & F_DEPUTY) || zone == REP_ZONE_REPRESENTATION;
      else
        context = TRUE;
      if (!context)
        return;

      f = add_finding (s, REP_FINDING_MOTION, MIN (hit->start, c->start), MAX (hit->end, c->end),
                       motion_names[kind], hit, q);
      f->by_delegation = (k->flags & F_BY_DELEGATION) != 0;
      for (guint j = h0; j < h1 && !f->by_delegation; j++)
        if (hit_at (s, j)->start >= lo && hit_at (s, j)->end <= c->start)
          f->by_delegation = (kw_of (s, j)->flags & F_BY_DELEGATION) != 0;
      if (k->scope != SC_NONE)
        f->scope = scope_name (s, scope_level_of (s, best));
      else
        f->scope = scope_name (s, s->scope_level);
      note_motion (s, s->out->len - 1);
      s->sentence_kind = kind;
    }
  else
    {
      const Keyword *k = kw_of (s, best);
      const Hit *hit = hit_at (s, best);
      RepRate rate = k->rate - 1;
      guint first, last;

      motions_in_reach (s, &first, &last);
      if (first == last)
        {
          RepFinding *f;

          /* a rate of motions the sentence names without counting them */
          if (s->sentence_kind == M_NONE)
            return;
          f = add_finding (s, REP_FINDING_MOTION, MIN (hit->start, c->start),
                           MAX (hit->end, c->end), motion_names[s->sentence_kind], hit, -1);
          f->scope = scope_name (s, s->scope_level);
          need (s, q, REP_FILL_VALUE);
          f->rate_mask |= 1u << rate;
          f->rates[rate] = c->value;
          note_motion (s, s->out->len - 1);
          return;
        }
      need (s, q, REP_FILL_VALUE);
      for (guint i = first; i < last; i++)
        {
          RepFinding *f = &g_array_index (s->out, RepFinding, s->para_motions[i]);

          f->rate_mask |= 1u << rate;
          f->rates[rate] = c->value;
        }
    }
}

static void
do_clause (Scan    *s,
           gsize    cs,
           gsize    ce,
           guint    h0,
           guint    h1,
           guint    q0,
           guint    q1,
           RepZone  zone,
           guint    flags,
           gboolean count_words)
{
  gboolean deputies = (flags & F_DEPUTY) != 0;
  gboolean directors = (flags & F_DIRECTOR) != 0;
  gboolean masses = (flags & F_MASSES) != 0;
  int p_kind = -1, p_index = -1;
  int a_kind = -1, a_index = -1;
  gsize a_hit_end = 0;
  guint h, q;

  /* hits and counts in text order: scope words update the paragraph's
   * scope before the counts after them are read */
  h = h0;
  q = q0;
  while (h < h1 || q < q1)
    {
      gboolean take_hit = h < h1 && (q >= q1 || hit_at (s, h)->start < s->counts[q].start);

      if (take_hit)
        {
          const Keyword *k = kw_of (s, h);

          if (k->scope != SC_NONE)
            {
              int level = scope_level_of (s, h);

              if (level >= 0)
                s->scope_level = level;
            }
          if (k->motion != M_NONE && !(k->flags & F_GENERIC) &&
              (deputies || (k->flags & F_DEPUTY) || zone == REP_ZONE_REPRESENTATION))
            s->sentence_kind = k->motion;
          if (k->flags & F_ALL_HANDLED)
            {
              guint first, last;

              motions_in_reach (s, &first, &last);
              for (guint i = first; i < last; i++)
                g_array_index (s->out, RepFinding, s->para_motions[i]).all_handled = TRUE;
            }
          if (k->personnel != P_NONE)
            do_personnel (s, h, h0, h1, q0, q1, cs, ce, &p_kind, &p_index);
          if (k->activity != A_NONE)
            do_activity (s, h, h0, h1, q0, q1, cs, zone, deputies, directors, masses,
                         &a_kind, &a_index, &a_hit_end);
          h++;
        }
      else
        {
          /* a count is a motion or a rate only next to such a word */
          if (count_words)
            do_count (s, q, q0, q1, h0, h1, cs, ce, zone, deputies);
          q++;
        }
    }
}

/* Adds a hit when the array is full: out of line (a tail call), so that
 * collect_hit () itself, called for every cue word, needs no stack
 * frame */
static G_GNUC_NO_INLINE gboolean
grow_and_add_hit (Hits  *hits,
                  gsize  byte_start,
                  gsize  byte_end,
                  guint  value)
{
  hits->size *= 2;
  hits->data = g_renew (Hit, hits->data, hits->size);
  hits->data[hits->len++] = (Hit) { byte_start, byte_end, value };
  return TRUE;
}

static gboolean
collect_hit (gsize    byte_start,
             gsize    byte_end,
             guint    value,
             gpointer user_data)
{
  Hits *hits = user_data;

  if (keywords[value].flags & F_NEUTRAL)
    return TRUE;
  if (G_UNLIKELY (hits->len == hits->size))
    return grow_and_add_hit (hits, byte_start, byte_end, value);
  hits->data[hits->len++] = (Hit) { byte_start, byte_end, value };
  return TRUE;
}

static gint
compare_findings (gconstpointer a,
                  gconstpointer b)
{
  const RepFinding *fa = a;
  const RepFinding *fb = b;

  if (fa->start != fb->start)
    return fa->start < fb->start ? -1 : 1;
  if (fa->end != fb->end)
    return fa->end < fb->end ? -1 : 1;
  return (int) fa->type - (int) fb->type;
}

GArray *
rep_scan (const char        *text,
          gsize              length,
          RepLevel           level,
          gboolean           municipality,
          RepCount          *counts,
          guint              n_counts,
          RepFillFunc        fill,
          gpointer           fill_data,
          const RepZoneSpan *zones,
          guint              n_zones)
{
  Scan s = { 0 };
  guint h = 0, qc = 0, rc = 0, pc = 0, n_rep = 0, n_plans = 0;
  gsize prev_end = 0;
  gsize next_line = 0;
  gboolean next_line_known = FALSE;
  RepZoneSpan *rep_zones, *plan_zones;
  const Hit *hits;
  guint n_hits;

  s.text = text;
  s.length = length;
  s.level = level;
  s.municipality = municipality;
  s.counts = counts;
  s.n_counts = n_counts;
  s.fill = fill;
  s.fill_data = fill_data;
  /* report text has a cue word every hundred bytes or so, and a
   * finding for a few of them */
  s.hits.size = (guint) MIN (64 + length / 64, G_MAXUINT / 2);
  s.hits.data = g_new (Hit, s.hits.size);
  s.out = g_array_sized_new (FALSE, TRUE, sizeof (RepFinding), 16 + length / 512);
  s.scope_level = -1;

  /* the representation and the plans zones, each merged into spans that
   * do not overlap, in order, for a cursor */
  rep_zones = g_new (RepZoneSpan, 2 * (gsize) n_zones + 1);
  plan_zones = rep_zones + n_zones;
  for (guint z = 0; z < n_zones; z++)
    {
      gboolean plans = zones[z].zone == REP_ZONE_PLANS;
      RepZoneSpan *merged = plans ? plan_zones : rep_zones;
      guint *n = plans ? &n_plans : &n_rep;

      if (zones[z].start >= zones[z].end || zones[z].zone == REP_ZONE_OTHER)
        continue;
      if (*n > 0 && zones[z].start <= merged[*n - 1].end)
        merged[*n - 1].end = MAX (merged[*n - 1].end, zones[z].end);
      else
        merged[(*n)++] = zones[z];
    }

  baogao_matcher_scan (get_matcher (), text, length, BAOGAO_MATCH_LONGEST, collect_hit, &s.hits);
  hits = s.hits.data;
  n_hits = s.hits.len;

  while (h < n_hits)
    {
      const Hit *first = &hits[h];
      gsize cs, ce, lower, bound;
      guint h1, q0, q1, len, flags;
      gboolean line = FALSE, sentence = FALSE, count_words;
      RepZone zone = REP_ZONE_OTHER;
      Delim d;

      /* a clause is cut after MAX_CLAUSE bytes: text without punctuation
       * must not make the per-clause work quadratic */
      lower = MAX (prev_end, first->start > MAX_CLAUSE ? first->start - MAX_CLAUSE : 0);
      lower = text_boundary_after (text, lower, first->start);
      cs = clause_start (text, length, lower, first->start);
      bound = MIN (length, first->end + MAX_CLAUSE);
      ce = next_delimiter (text, first->end, bound, bound, &d, &len);
      ce = text_boundary_before (text, ce, first->end, length);

      /* the boundaries crossed since the previous clause: a line end
       * (the first one after the previous clause, looked for once),
       * else a sentence end. Ending a sentence that noted no motion and
       * no motion word changes nothing: the walk to look for one is left
       * out then. */
      if (!next_line_known || next_line < prev_end)
        {
          const char *nl = memchr (text + prev_end, '\n', length - prev_end);

          next_line = nl != NULL ? (gsize) (nl - text) : length;
          next_line_known = TRUE;
        }
      line = next_line < cs;
      if (line)
        sentence = TRUE;
      else if (s.sentence_first != s.n_para_motions || s.sentence_kind != M_NONE)
        sentence = sentence_end_in (text, length, prev_end, cs);

      if (sentence)
        {
          if (s.sentence_first < s.n_para_motions)
            s.group_first = s.sentence_first;
          s.sentence_first = s.n_para_motions;
          s.sentence_kind = M_NONE;
        }
      if (line)
        {
          s.scope_level = -1;
          s.n_para_motions = s.sentence_first = s.group_first = 0;
        }

      h1 = h;
      flags = 0;
      count_words = FALSE;
      while (h1 < n_hits && hits[h1].start < ce)
        {
          const Keyword *k = &keywords[hits[h1].kw];

          /* a keyword may run over the delimiter (a full stop inside a
           * cue is not possible, but be safe) */
          ce = MAX (ce, hits[h1].end);
          flags |= k->flags;
          count_words |= (k->motion | k->rate) != 0;
          h1++;
        }

      while (qc < n_counts && counts[qc].start < cs)
        qc++;
      q0 = qc;
      q1 = q0;
      while (q1 < n_counts && counts[q1].start < ce && counts[q1].end <= ce)
        q1++;

      /* the zone of the clause start: plans over representation */
      while (rc < n_rep && rep_zones[rc].end <= cs)
        rc++;
      while (pc < n_plans && plan_zones[pc].end <= cs)
        pc++;
      if (pc < n_plans && plan_zones[pc].start <= cs)
        zone = REP_ZONE_PLANS;
      else if (rc < n_rep && rep_zones[rc].start <= cs)
        zone = REP_ZONE_REPRESENTATION;

      if (zone != REP_ZONE_PLANS)
        do_clause (&s, cs, ce, h, h1, q0, q1, zone, flags, count_words);

      h = h1;
      prev_end = ce;
    }

  g_free (s.hits.data);
  g_free (rep_zones);
  /* the findings come mostly in order already: sorted (stably, as
   * g_array_sort () does) only when they are not */
  for (guint i = 1; i < s.out->len; i++)
    if (compare_findings (&g_array_index (s.out, RepFinding, i - 1),
                          &g_array_index (s.out, RepFinding, i)) > 0)
      {
        g_array_sort (s.out, compare_findings);
        break;
      }
  return s.out;
}

/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/**
 * SECTION:political
 *
 * The political analyzer: the opening part nearly every congress report
 * has on Party leadership — the Party group's political study, the matters
 * it reported to the Party committee, the enterprises and experts its
 * members liaised with, the problems found and put right — and the counts
 * it states.
 *
 * It writes:
 *
 * - `political.activity` over each clause that says one of these things,
 *   with `kind`:
 *   - `party_study`: 党组理论学习中心组学习, 党组会议传达学习, 集体学习,
 *     专题读书班, 专题党课, 三会一课, 主题教育 study; `body` is who studied
 *     (党组, 理论学习中心组, 党支部) and `subject` what, when the clause
 *     names it (学习贯彻习近平法治思想 → 习近平法治思想);
 *   - `report_to_party`: 向省委请示报告重大事项; `subject` is the Party
 *     committee reported to (省委, 市委, 党中央);
 *   - `liaison`: 联系服务企业, 包联企业, 走访企业, 联系专家; `subject` lists
 *     who was liaised with (企业、科研院所、专家);
 *   - `rectification`: 检视问题, 整改措施, 问题整改; `subject` is the
 *     quoted or titled matter when there is one.
 *   Party study and reports to the Party committee are read in every
 *   section (they mean the same everywhere); liaison, rectification and
 *   study formats any body may hold (集体学习, 读书班) only in a political
 *   section or one of no domain, or when the clause names the Party.
 *   Nothing is read in the plans part of a report.
 * - `political.tally` for the year's counts (党组集体学习26次 → measure
 *   party_group_study_sessions, value 26), decided by the shared tally
 *   engine of plugins/common with the rules of tally-rules-political.c.
 */

#include <baogao/baogao.h>
#include <baogao/baogao-plugin.h>

#include <string.h>

#include "baogao-tally.h"
#include "matcher-data.h"
#include "report-text.h"

/* The matcher built with the plugin (political-matcher-data.c) and the
 * function that builds it */
G_GNUC_INTERNAL extern const MatcherData political_matcher_data;
BaogaoMatcher *political_build_matcher (GBytes *input);

typedef enum
{
  KIND_PARTY_STUDY,
  KIND_REPORT_TO_PARTY,
  KIND_LIAISON,
  KIND_RECTIFICATION,
  N_KINDS
} ActivityKind;

static const char * const kind_names[N_KINDS] = {
  "party_study",
  "report_to_party",
  "liaison",
  "rectification",
};

typedef enum
{
  ROLE_STUDY_PARTY,      /* a Party study format: 理论学习中心组, 党课 */
  ROLE_STUDY_GENERIC,    /* a format any body may hold: 集体学习, 读书班 */
  ROLE_PARTY_CONTEXT,    /* Party words that make study Party study */
  ROLE_REPORT_STRONG,    /* 请示报告 */
  ROLE_REPORT_WEAK,      /* 报告, 汇报: only towards a Party committee */
  ROLE_LIAISE_VERB,
  ROLE_LIAISE_OBJECT,
  ROLE_LIAISE_OBJECT_WEAK, /* 代表: listed, but not liaison on its own */
  ROLE_RECTIFY,
} CueRole;

typedef struct
{
  const char *word;
  CueRole     role;
} Cue;

static const Cue cues[] = {
  { "党组理论学习中心组", ROLE_STUDY_PARTY },
  { "理论学习中心组", ROLE_STUDY_PARTY },
  { "中心组学习", ROLE_STUDY_PARTY },
  { "中心组集体学习", ROLE_STUDY_PARTY },
  { "党组集体学习", ROLE_STUDY_PARTY },
  { "党组会议传达学习", ROLE_STUDY_PARTY },
  { "专题党课", ROLE_STUDY_PARTY },
  { "党课", ROLE_STUDY_PARTY },
  { "三会一课", ROLE_STUDY_PARTY },
  { "主题党日", ROLE_STUDY_PARTY },
  { "第一议题", ROLE_STUDY_PARTY },
  { "主题教育读书班", ROLE_STUDY_PARTY },
  { "集体学习", ROLE_STUDY_GENERIC },
  { "专题学习", ROLE_STUDY_GENERIC },
  { "传达学习", ROLE_STUDY_GENERIC },
  { "学习研讨", ROLE_STUDY_GENERIC },
  { "交流研讨", ROLE_STUDY_GENERIC },
  { "专题研讨", ROLE_STUDY_GENERIC },
  { "学习会", ROLE_STUDY_GENERIC },
  { "读书班", ROLE_STUDY_GENERIC },
  { "专题读书班", ROLE_STUDY_GENERIC },
  { "读书会", ROLE_STUDY_GENERIC },
  { "专题讲座", ROLE_STUDY_GENERIC },
  { "专题辅导", ROLE_STUDY_GENERIC },
  { "集中学习", ROLE_STUDY_GENERIC },
  { "党组会议", ROLE_PARTY_CONTEXT },
  { "党组扩大会议", ROLE_PARTY_CONTEXT },
  { "主题教育", ROLE_PARTY_CONTEXT },
  { "请示报告", ROLE_REPORT_STRONG },
  { "请示汇报", ROLE_REPORT_STRONG },
  { "报告重大事项", ROLE_REPORT_STRONG },
  { "重大事项报告", ROLE_REPORT_STRONG },
  { "报告", ROLE_REPORT_WEAK },
  { "汇报", ROLE_REPORT_WEAK },
  { "请示", ROLE_REPORT_WEAK },
  { "报请", ROLE_REPORT_WEAK },
  { "包联", ROLE_LIAISE_VERB },
  { "联系", ROLE_LIAISE_VERB },
  { "联系服务", ROLE_LIAISE_VERB },
  { "走访", ROLE_LIAISE_VERB },
  { "服务", ROLE_LIAISE_VERB },
  { "对接", ROLE_LIAISE_VERB },
  { "帮扶", ROLE_LIAISE_VERB },
  { "结对", ROLE_LIAISE_VERB },
  { "挂钩联系", ROLE_LIAISE_VERB },
  { "深入", ROLE_LIAISE_VERB },
  { "企业", ROLE_LIAISE_OBJECT },
  { "民营企业", ROLE_LIAISE_OBJECT },
  { "中小企业", ROLE_LIAISE_OBJECT },
  { "市场主体", ROLE_LIAISE_OBJECT },
  { "商会", ROLE_LIAISE_OBJECT },
  { "科研院所", ROLE_LIAISE_OBJECT },
  { "科研机构", ROLE_LIAISE_OBJECT },
  { "高校", ROLE_LIAISE_OBJECT },
  { "高等院校", ROLE_LIAISE_OBJECT },
  { "专家", ROLE_LIAISE_OBJECT },
  { "专家学者", ROLE_LIAISE_OBJECT },
  { "学者", ROLE_LIAISE_OBJECT },
  { "重点项目", ROLE_LIAISE_OBJECT },
  { "园区", ROLE_LIAISE_OBJECT },
  { "代表", ROLE_LIAISE_OBJECT_WEAK },
  { "人大代表", ROLE_LIAISE_OBJECT_WEAK },
  { "检视问题", ROLE_RECTIFY },
  { "检视整改", ROLE_RECTIFY },
  { "检视查出", ROLE_RECTIFY },
  { "查摆问题", ROLE_RECTIFY },
  { "整改措施", ROLE_RECTIFY },
  { "整改举措", ROLE_RECTIFY },
  { "整改落实", ROLE_RECTIFY },
  { "问题整改", ROLE_RECTIFY },
  { "整改问题", ROLE_RECTIFY },
  { "立行立改", ROLE_RECTIFY },
  { "专项整治", ROLE_RECTIFY },
  { "整改到位", ROLE_RECTIFY },
  { "全部整改", ROLE_RECTIFY },
  { "检视剖析", ROLE_RECTIFY },
};

/* Words that make a study format Party study, wherever it is. */
static const char * const party_words[] = {
  "党组", "党委", "支部", "党员", "党的", "主题教育", "中心组", "习近平",
  "总书记", "党中央", "党章", "党纪", "党性", NULL,
};
static ReportTextWords party_word_set = REPORT_TEXT_WORDS (party_words);

/* Study words a Party context needs in its clause. */
static const char * const study_words[] = {
  "学习", "研讨", "党课", "读书", "传达", NULL,
};
static ReportTextWords study_word_set = REPORT_TEXT_WORDS (study_words);

/* Who studied, most specific first. */
static const char * const study_bodies[] = {
  "党组理论学习中心组", "理论学习中心组", "机关党委", "机关党组", "党组", "党支部",
  "支部", NULL,
};
static ReportTextWords study_body_set = REPORT_TEXT_WORDS (study_bodies);

/* The Party committees one reports to. */
static const char * const party_committees[] = {
  "党中央", "中共中央", "自治区党委", "省委", "市委", "州委", "盟委", "县委",
  "区委", "同级党委", "上级党委", "党委", NULL,
};
static ReportTextWords party_committee_set = REPORT_TEXT_WORDS (party_committees);

/* Hearings of government reports are not reports to the Party. */
static const char * const hearing_words[] = {
  "听取", "审议", "工作报告", "调研报告", "报告会", NULL,
};
static ReportTextWords hearing_word_set = REPORT_TEXT_WORDS (hearing_words);

/* Verbs of study, and the words that start what is studied. */
static const char * const study_verbs[] = {
  "学习", "贯彻", "研讨", "领会", "研学", NULL,
};
static ReportTextWords study_verb_set = REPORT_TEXT_WORDS (study_verbs);
static const char * const study_fillers[] = {
  "学习", "贯彻", "宣传", "领会", "研讨", "传达", "宣讲", "了", "和", "好", NULL,
};
static const char * const study_topics[] = {
  "习近平", "党的", "党中央", "总书记", "中央", "《", "“", "宪法", "新时代",
  "全会", "二十大", "十九大", "省委", "市委", "重要讲话", "重要指示", "全国两会",
  "两会", "条例", "准则", "党章", "党纪", "马克思", NULL,
};
/* Where what is studied stops. */
static const char * const study_stops[] = {
  "作为", "列为", "纳入", "贯穿", "为主题", "为重点", "的同时", "入脑入心",
  "等", NULL,
};
static ReportTextWords study_stop_set = REPORT_TEXT_WORDS (study_stops);

typedef struct
{
  gsize  start;
  gsize  end;
  guint  cue;
} Match;

/* The matcher of the cues, built from the table above. Also called when
 * the plugin is compiled (see matcher-data.h). */
BaogaoMatcher *
political_build_matcher (GBytes *input)
{
  G_STATIC_ASSERT (G_STRUCT_OFFSET (Cue, word) == 0);

  return matcher_data_from_table (cues, G_N_ELEMENTS (cues), sizeof cues[0]);
}

/* The matcher, the one built with the plugin if it loads */
static BaogaoMatcher *
get_matcher (void)
{
  static BaogaoMatcher *matcher = NULL;

  if (g_once_init_enter (&matcher))
    {
      for (guint i = 0; i < G_N_ELEMENTS (cues); i++)
        report_text_check_cue ("political", cues[i].word);
      g_once_init_leave (&matcher,
                         matcher_data_load_or_build (&political_matcher_data,
                                                     political_build_matcher));
    }

  return matcher;
}

/* The matches of a document, grown by hand: a call per match to append
 * to a GArray costs more than the rest of what is done with most. */
typedef struct
{
  Match *items;
  guint  len;
  guint  size;
} MatchList;

static gboolean
collect_match (gsize    byte_start,
               gsize    byte_end,
               guint    value,
               gpointer user_data)
{
  MatchList *matches = user_data;

  if (matches->len == matches->size)
    {
      matches->size = MAX (256, 2 * matches->size);
      matches->items = g_renew (Match, matches->items, matches->size);
    }
  matches->items[matches->len++] = (Match) { byte_start, byte_end, value };
  return TRUE;
}

static gboolean
clause_has_any (const char      *text,
                gsize            start,
                gsize            end,
                ReportTextWords *words)
{
  return report_text_find_any (words, text, start, end, NULL) != NULL;
}

/* What the clause says was studied: the words after a study verb that
 * start like a doctrine, a document or a meeting's spirit. */
static gboolean
find_study_subject (const char *text,
                    gsize       start,
                    gsize       end,
                    gsize      *subject_start,
                    gsize      *subject_end)
{
  gsize p = start;

  for (;;)
    {
      gsize len = 0;
      const char *hit = report_text_find_any (&study_verb_set, text, p, end, &len);
      gsize q, stop_len = 0;
      const char *stop;
      gboolean skipped = TRUE;

      if (hit == NULL)
        return FALSE;
      q = (hit - text) + len;
      while (skipped)
        {
          skipped = FALSE;
          for (guint i = 0; study_fillers[i] != NULL; i++)
            {
              gsize flen = report_text_word_at (text, q, end, study_fillers[i]);

              if (flen > 0)
                {
                  q += flen;
                  skipped = TRUE;
                  break;
                }
            }
        }
      for (guint i = 0; study_topics[i] != NULL; i++)
        {
          gsize tlen = report_text_word_at (text, q, end, study_topics[i]);

          if (tlen > 0)
            {
              gsize e = end;

              /* a title or a quote is the whole subject */
              if (strcmp (study_topics[i], "《") == 0 || strcmp (study_topics[i], "“") == 0)
                {
                  const char *close = report_text_find (text, q, end,
                                                      study_topics[i][0] == '\xe3' ? "》" : "”");

                  if (close != NULL)
                    e = (close - text) + 3;
                }
              else
                {
                  stop = report_text_find_any (&study_stop_set, text, q + tlen, end, &stop_len);
                  if (stop != NULL)
                    e = stop - text;
                }
              if (e > q)
                {
                  *subject_start = q;
                  *subject_end = e;
                  return TRUE;
                }
            }
        }
      p = (hit - text) + len;
    }
}

/* The Party committee the clause reports to: an organization after 向, or
 * any committee the clause names. */
static const char *
find_committee (const char *text,
                gsize       start,
                gsize       end,
                GPtrArray  *organizations,
                guint      *org_cursor,
                gsize      *out_start,
                gsize      *out_end)
{
  const char *towards = report_text_find (text, start, end, "向");
  const char *hit;
  gsize len = 0;

  /* organizations first: 中共黑龙江省委 is one name */
  while (*org_cursor < organizations->len &&
         baogao_annotation_get_byte_start (g_ptr_array_index (organizations, *org_cursor)) < start)
    (*org_cursor)++;
  for (guint i = *org_cursor; i < organizations->len; i++)
    {
      BaogaoAnnotation *org = g_ptr_array_index (organizations, i);
      gsize os = baogao_annotation_get_byte_start (org);
      gsize oe = baogao_annotation_get_byte_end (org);

      if (os >= end)
        break;
      if (oe > end)
        continue;
      if (towards != NULL && os < (gsize) (towards - text))
        continue;
      if (report_text_ends_with_any (text, os, oe, party_committees, NULL))
        {
          *out_start = os;
          *out_end = oe;
          return text + os;
        }
    }

  hit = report_text_find_any (&party_committee_set, text,
                              towards != NULL ? (gsize) (towards - text) : start, end, &len);
  if (hit == NULL && towards != NULL)
    hit = report_text_find_any (&party_committee_set, text, start, end, &len);
  if (hit == NULL)
    return NULL;
  *out_start = hit - text;
  *out_end = *out_start + len;
  return hit;
}

/* A quoted or titled matter in the clause: “…” or 《…》. */
static gboolean
find_quoted (const char *text,
             gsize       start,
             gsize       end,
             gsize      *out_start,
             gsize      *out_end)
{
  static const char * const opens[] = { "《", "“", NULL };
  static ReportTextWords open_set = REPORT_TEXT_WORDS (opens);
  gsize len = 0;
  const char *open = report_text_find_any (&open_set, text, start, end, &len);
  const char *close;

  if (open == NULL)
    return FALSE;
  close = report_text_find (text, (open - text) + len, end, open[2] == '\x8a' ? "》" : "”");
  if (close == NULL || close == open + len)
    return FALSE;
  *out_start = (open - text) + len;
  *out_end = close - text;
  return TRUE;
}

static guint
add_activity (BaogaoLayer  *layer,
              ActivityKind  kind,
              gsize         start,
              gsize         end)
{
  guint handle = baogao_layer_add_bytes (layer, "political.activity", start, end);

  if (handle != BAOGAO_LAYER_INVALID)
    baogao_layer_set_string (layer, handle, "kind", kind_names[kind]);
  return handle;
}

static void
write_clause (BaogaoLayer *layer,
              const char  *text,
              gsize        cs,
              gsize        ce,
              const Match *matches,
              guint        n,
              gboolean     political_topic,
              GPtrArray   *organizations,
              guint       *org_cursor)
{
  gboolean study = FALSE, report = FALSE, rectify = FALSE;
  gboolean context = FALSE, weak_report = FALSE, generic_study = FALSE;
  gsize first_verb = G_MAXSIZE;
  guint n_objects = 0;
  gsize s, e;
  guint handle;

  for (guint i = 0; i < n; i++)
    {
      switch (cues[matches[i].cue].role)
        {
        case ROLE_STUDY_PARTY:
          study = TRUE;
          break;
        case ROLE_STUDY_GENERIC:
          generic_study = TRUE;
          break;
        case ROLE_PARTY_CONTEXT:
          context = TRUE;
          break;
        case ROLE_REPORT_STRONG:
          report = TRUE;
          break;
        case ROLE_REPORT_WEAK:
          weak_report = TRUE;
          break;
        case ROLE_LIAISE_VERB:
          first_verb = MIN (first_verb, matches[i].start);
          break;
        case ROLE_LIAISE_OBJECT:
          if (matches[i].start >= first_verb)
            n_objects++;
          break;
        case ROLE_LIAISE_OBJECT_WEAK:
          break;
        case ROLE_RECTIFY:
          rectify = TRUE;
          break;
        default:
          g_assert_not_reached ();
        }
    }

  /* a format any body may hold is Party study in a political section, or
   * where the clause names the Party */
  if (generic_study && !study &&
      (political_topic || clause_has_any (text, cs, ce, &party_word_set)))
    study = TRUE;
  if (context && !study && clause_has_any (text, cs, ce, &study_word_set))
    study = TRUE;

  if (study)
    {
      handle = add_activity (layer, KIND_PARTY_STUDY, cs, ce);
      if (handle != BAOGAO_LAYER_INVALID)
        {
          /* the most specific body the clause names */
          const char *body = report_text_find_first_of (&study_body_set, text, cs, ce);

          if (body != NULL)
            baogao_layer_set_string (layer, handle, "body", body);
          if (find_study_subject (text, cs, ce, &s, &e))
            baogao_layer_set_string_len (layer, handle, "subject", text + s, e - s);
        }
    }

  /* 报告 and 汇报 count only towards a Party committee, and not when the
   * clause hears reports (looked at last: the dearest test) */
  if (!report && weak_report)
    {
      const char *towards = report_text_find (text, cs, ce, "向");
      gboolean to_committee = FALSE;

      if (towards != NULL &&
          report_text_find_any (&party_committee_set, text, towards - text, ce, NULL) != NULL)
        to_committee = TRUE;
      /* 报请省委, 请示市委: the committee right after the verb */
      for (guint i = 0; i < n && !to_committee; i++)
        if (cues[matches[i].cue].role == ROLE_REPORT_WEAK &&
            report_text_starts_with_any (text, matches[i].end, MIN (ce, matches[i].end + 18),
                                         party_committees))
          to_committee = TRUE;
      report = to_committee && !clause_has_any (text, cs, ce, &hearing_word_set);
    }
  if (report)
    {
      handle = add_activity (layer, KIND_REPORT_TO_PARTY, cs, ce);
      if (handle != BAOGAO_LAYER_INVALID &&
          find_committee (text, cs, ce, organizations, org_cursor, &s, &e) != NULL)
        baogao_layer_set_string_len (layer, handle, "subject", text + s, e - s);
    }

  if (political_topic && n_objects > 0)
    {
      handle = add_activity (layer, KIND_LIAISON, cs, ce);
      if (handle != BAOGAO_LAYER_INVALID)
        {
          g_autoptr(GString) subject = g_string_new (NULL);

          /* who, in the order the clause lists them, each once */
          for (guint i = 0; i < n; i++)
            {
              const Cue *cue = &cues[matches[i].cue];
              gboolean seen = FALSE;

              if ((cue->role != ROLE_LIAISE_OBJECT && cue->role != ROLE_LIAISE_OBJECT_WEAK) ||
                  matches[i].start < first_verb)
                continue;
              for (guint j = 0; j < i; j++)
                if (matches[j].cue == matches[i].cue && matches[j].start >= first_verb)
                  seen = TRUE;
              if (seen)
                continue;
              if (subject->len > 0)
                g_string_append (subject, "、");
              g_string_append (subject, cue->word);
            }
          baogao_layer_set_string (layer, handle, "subject", subject->str);
        }
    }

  if (political_topic && rectify)
    {
      handle = add_activity (layer, KIND_RECTIFICATION, cs, ce);
      if (handle != BAOGAO_LAYER_INVALID && find_quoted (text, cs, ce, &s, &e))
        baogao_layer_set_string_len (layer, handle, "subject", text + s, e - s);
    }
}

/* Can write_clause () write anything for @matches? Beyond their roles, it
 * only looks for reasons not to. Matches are in text order, so an object
 * after a verb in the list comes after the first verb in the text. */
static gboolean
clause_may_write (const Match *matches,
                  guint        n,
                  gboolean     political_topic)
{
  gboolean verb = FALSE;

  for (guint i = 0; i < n; i++)
    {
      switch (cues[matches[i].cue].role)
        {
        case ROLE_STUDY_PARTY:
        case ROLE_STUDY_GENERIC:
        case ROLE_PARTY_CONTEXT:
        case ROLE_REPORT_STRONG:
        case ROLE_REPORT_WEAK:
          return TRUE;
        case ROLE_RECTIFY:
          if (political_topic)
            return TRUE;
          break;
        case ROLE_LIAISE_VERB:
          verb = TRUE;
          break;
        case ROLE_LIAISE_OBJECT:
          if (political_topic && verb)
            return TRUE;
          break;
        case ROLE_LIAISE_OBJECT_WEAK:
        default:
          break;
        }
    }
  return FALSE;
}

static gboolean
political_write_activities (BaogaoDocument  *document,
                            BaogaoLayer     *layer,
                            GCancellable    *cancellable,
                            GError         **error)
{
  const char *text = baogao_document_get_text (document);
  gsize size = baogao_document_get_size (document);
  g_autoptr(GPtrArray) sections = baogao_document_get_annotations (document, "structure.section");
  g_autoptr(GPtrArray) parts = baogao_document_get_annotations (document, "structure.part");
  g_autoptr(GPtrArray) citations = baogao_document_get_annotations (document, "citation");
  g_autoptr(GPtrArray) organizations = baogao_document_get_annotations (document, "entity.organization");
  MatchList matches = { NULL, 0, 0 };
  g_autofree Match *match_items = NULL;
  g_auto (ReportTextCursor) section_cursor = { sections, 0 };
  g_auto (ReportTextCursor) part_cursor = { parts, 0 };
  g_auto (ReportTextCursor) citation_cursor = { citations, 0 };
  guint org_cursor = 0;
  guint kept = 0;
  const char *last_part_topic = NULL, *last_topic = NULL;
  gboolean part_plans = FALSE, section_plans = FALSE, section_political = TRUE;
  gboolean topic_known = FALSE;

  if (size == 0)
    return TRUE;

  /* nothing is read in the plans (the cues of study and of reporting,
   * read in every section, are too common to look for others first) */
  report_text_scan (get_matcher (), text, size, parts, sections, citations,
                    NULL, NULL, collect_match, &matches);
  match_items = matches.items;

  /* words inside a cited title are its name, not what was done */
  for (guint i = 0; i < matches.len; i++)
    {
      Match *m = &matches.items[i];

      if (report_text_cursor_covering (&citation_cursor, m->start, m->end) != NULL)
        continue;
      matches.items[kept++] = *m;
    }
  matches.len = kept;

  for (guint i = 0; i < matches.len;)
    {
      const Match *m = &matches.items[i];
      gsize cs, ce;
      guint j;
      const char *topic, *part_topic;
      gboolean political_topic;

      if (i % 256 == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;

      /* who was liaised with only matters after a verb of liaison: such
       * words (代表, 企业, frequent in every section) open no clause */
      if (cues[m->cue].role == ROLE_LIAISE_OBJECT ||
          cues[m->cue].role == ROLE_LIAISE_OBJECT_WEAK)
        {
          i++;
          continue;
        }

      /* the end first: it makes the group; the start only if the group
       * may write something */
      ce = report_text_clause_end (text, size, m->start, m->end);
      for (j = i + 1; j < matches.len && matches.items[j].start < ce; j++)
        ;

      /* the topics are compared once per span, not per clause */
      part_topic = report_text_cursor_topic (&part_cursor, m->start, m->end);
      topic = report_text_cursor_topic (&section_cursor, m->start, m->end);
      if (part_topic != last_part_topic)
        {
          last_part_topic = part_topic;
          part_plans = g_strcmp0 (part_topic, "plans") == 0;
        }
      if (topic != last_topic || !topic_known)
        {
          last_topic = topic;
          topic_known = TRUE;
          section_plans = g_strcmp0 (topic, "plans") == 0;
          section_political = topic == NULL ||
                              strcmp (topic, "political") == 0 ||
                              strcmp (topic, "other") == 0;
        }
      political_topic = section_political;
      if (!part_plans && !section_plans &&
          clause_may_write (m, j - i, political_topic))
        {
          cs = report_text_clause_start (text, m->start, m->end);
          cs = report_text_skip_enumerator (text, cs, ce);
          if (cs < ce)
            write_clause (layer, text, cs, ce, m, j - i, political_topic,
                          organizations, &org_cursor);
        }
      i = j;
    }

  return TRUE;
}

#define POLITICAL_TYPE_ANALYZER (political_analyzer_get_type ())

G_DECLARE_FINAL_TYPE (PoliticalAnalyzer, political_analyzer, POLITICAL, ANALYZER, GObject)

struct _PoliticalAnalyzer
{
  GObject parent_instance;
};

static void political_analyzer_iface_init (BaogaoAnalyzerInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PoliticalAnalyzer, political_analyzer, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (BAOGAO_TYPE_ANALYZER,
                                                      political_analyzer_iface_init))

BAOGAO_DEFINE_PLUGIN (political_analyzer_get_type)

static gboolean
political_analyzer_analyze (BaogaoAnalyzer  *analyzer,
                            BaogaoDocument  *document,
                            BaogaoLayer     *layer,
                            GCancellable    *cancellable,
                            GError         **error)
{
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  if (!political_write_activities (document, layer, cancellable, error))
    return FALSE;

  return tally_write_domain ("political", document, layer, cancellable, error);
}

static void
political_analyzer_iface_init (BaogaoAnalyzerInterface *iface)
{
  iface->analyze = political_analyzer_analyze;
}

static void
political_analyzer_class_init (PoliticalAnalyzerClass *klass)
{
}

static void
political_analyzer_init (PoliticalAnalyzer *self)
{
}

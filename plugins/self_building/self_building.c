/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/**
 * SECTION:self_building
 *
 * The self_building analyzer: what a standing committee and its office
 * did for themselves in the year (自身建设) — study and training, staff
 * recruited and rotated, awards and commendations, publicity, cooperation
 * agreements with other congresses — and the counts the report states.
 *
 * It writes:
 *
 * - `self_building.activity` over each clause that says one of these
 *   things, with `kind`:
 *   - `study`: 讲堂, 论坛, 读书班, 学习班, 培训班, 研讨会; `subject` is the
 *     format's name (人大讲堂, 全省立法工作人员培训班);
 *   - `recruitment`: 招录, 遴选, 公开招聘; `subject` who (选调生, 公务员);
 *   - `rotation`: 轮岗, 交流任职; `subject` who (优秀年轻处级干部);
 *   - `award`: 表彰, 荣获, 评为, 获奖; `subject` the award (中国人大新闻奖);
 *   - `publicity`: 专栏, 栏目, 公众号, 网站, 浏览量, 发稿; `subject` the
 *     quoted names of the columns or platforms, '、'-joined.
 *   These are read in a self-building section or one of no domain (a
 *   deputies' training in a representation section is representation).
 * - `self_building.agreement` for each cooperation agreement (合作协议,
 *   框架协议, 战略合作协议, 合作备忘录) wherever the report mentions it:
 *   `name` from its 《》 title when it has one, else the words between the
 *   signing verb and 协议 (签署战略合作协议 → 战略合作协议); `parties` the
 *   bodies the clause names before the verb, '、'-joined, when stated.
 * - `self_building.tally` for the year's counts (举办6期“人大讲堂” →
 *   measure lecture_sessions, value 6), decided by the shared tally
 *   engine of plugins/common with the rules of tally-rules-self_building.c.
 *
 * Nothing is read in the plans part of a report.
 */

#include <baogao/baogao.h>
#include <baogao/baogao-plugin.h>

#include <string.h>

#include "baogao-tally.h"
#include "matcher-data.h"
#include "report-text.h"

/* The matcher built with the plugin (self_building-matcher-data.c) and the
 * function that builds it */
G_GNUC_INTERNAL extern const MatcherData self_building_matcher_data;
BaogaoMatcher *self_building_build_matcher (GBytes *input);

typedef enum
{
  KIND_STUDY,
  KIND_RECRUITMENT,
  KIND_ROTATION,
  KIND_AWARD,
  KIND_PUBLICITY,
  N_KINDS
} ActivityKind;

static const char * const kind_names[N_KINDS] = {
  "study",
  "recruitment",
  "rotation",
  "award",
  "publicity",
};

typedef enum
{
  ROLE_STUDY,
  ROLE_RECRUIT,
  ROLE_ROTATE,
  ROLE_ROTATE_WEAK,     /* 交流: rotation only of cadres */
  ROLE_AWARD_VERB,      /* 荣获 …: the award follows */
  ROLE_AWARD_NOUN,      /* …新闻奖: the award ends here */
  ROLE_COMMEND,         /* 表彰: the commending body precedes */
  ROLE_PUBLICITY,
  ROLE_AGREEMENT,
} CueRole;

typedef struct
{
  const char *word;
  CueRole     role;
} Cue;

static const Cue cues[] = {
  { "讲堂", ROLE_STUDY },
  { "大讲堂", ROLE_STUDY },
  { "讲坛", ROLE_STUDY },
  { "论坛", ROLE_STUDY },
  { "读书班", ROLE_STUDY },
  { "读书会", ROLE_STUDY },
  { "学习班", ROLE_STUDY },
  { "培训班", ROLE_STUDY },
  { "研修班", ROLE_STUDY },
  { "专题班", ROLE_STUDY },
  { "研讨会", ROLE_STUDY },
  { "研讨班", ROLE_STUDY },
  { "研讨交流会", ROLE_STUDY },
  { "学习交流会", ROLE_STUDY },
  { "导学课堂", ROLE_STUDY },
  { "讲座", ROLE_STUDY },
  { "专题讲座", ROLE_STUDY },
  { "轮训", ROLE_STUDY },
  { "集中培训", ROLE_STUDY },
  { "专题培训", ROLE_STUDY },
  { "业务培训", ROLE_STUDY },
  { "岗前培训", ROLE_STUDY },
  { "初任培训", ROLE_STUDY },
  { "招录", ROLE_RECRUIT },
  { "遴选", ROLE_RECRUIT },
  { "公开遴选", ROLE_RECRUIT },
  { "公开招聘", ROLE_RECRUIT },
  { "招聘", ROLE_RECRUIT },
  { "考录", ROLE_RECRUIT },
  { "公开选调", ROLE_RECRUIT },
  { "调入", ROLE_RECRUIT },
  { "录用", ROLE_RECRUIT },
  { "轮岗", ROLE_ROTATE },
  { "轮岗交流", ROLE_ROTATE },
  { "交流轮岗", ROLE_ROTATE },
  { "交流任职", ROLE_ROTATE },
  { "转任", ROLE_ROTATE },
  { "挂职", ROLE_ROTATE },
  { "挂职锻炼", ROLE_ROTATE },
  { "交流", ROLE_ROTATE_WEAK },
  { "荣获", ROLE_AWARD_VERB },
  { "获评", ROLE_AWARD_VERB },
  { "被评为", ROLE_AWARD_VERB },
  { "评为", ROLE_AWARD_VERB },
  { "荣膺", ROLE_AWARD_VERB },
  { "获奖", ROLE_AWARD_NOUN },
  { "新闻奖", ROLE_AWARD_NOUN },
  { "好新闻", ROLE_AWARD_NOUN },
  { "等奖", ROLE_AWARD_NOUN },
  { "表彰", ROLE_COMMEND },
  { "通报表扬", ROLE_COMMEND },
  { "通报表彰", ROLE_COMMEND },
  { "嘉奖", ROLE_COMMEND },
  { "专栏", ROLE_PUBLICITY },
  { "栏目", ROLE_PUBLICITY },
  { "公众号", ROLE_PUBLICITY },
  { "网站", ROLE_PUBLICITY },
  { "门户网站", ROLE_PUBLICITY },
  { "浏览量", ROLE_PUBLICITY },
  { "阅读量", ROLE_PUBLICITY },
  { "点击量", ROLE_PUBLICITY },
  { "发稿", ROLE_PUBLICITY },
  { "新媒体", ROLE_PUBLICITY },
  { "客户端", ROLE_PUBLICITY },
  { "视频号", ROLE_PUBLICITY },
  { "新闻发布会", ROLE_PUBLICITY },
  { "宣传报道", ROLE_PUBLICITY },
  { "协议", ROLE_AGREEMENT },
  { "备忘录", ROLE_AGREEMENT },
  { "协定", ROLE_AGREEMENT },
};

/* Where a format's name starts: after one of these. */
static const char * const name_openers[] = {
  "举办", "开展", "组织", "举行", "召开", "开设", "开办", "参加", "办好", "创办",
  "建好用好", "用好", "建好", "开辟", "推出", "通过", "利用", "依托", "在", "、", "和",
  "及", "以及", "了", NULL,
};
static ReportTextWords name_opener_set = REPORT_TEXT_WORDS (name_openers);

/* Clauses where 交流 is not moving cadres. */
static const char * const not_rotation[] = {
  "研讨", "座谈", "交流会", "经验", "学习", "培训", "论坛", "合作", "交流互鉴",
  "交流发言", NULL,
};
static ReportTextWords not_rotation_set = REPORT_TEXT_WORDS (not_rotation);

/* Signing verbs before an agreement. */
static const char * const signing_verbs[] = {
  "签订", "签署", "会商签署", "共同签署", "签约", "达成", "缔结", "签定", NULL,
};
static ReportTextWords signing_verb_set = REPORT_TEXT_WORDS (signing_verbs);

/* The generic names an agreement is called by, longest first. */
static const char * const agreement_names[] = {
  "战略合作框架协议", "合作框架协议", "战略合作协议", "框架合作协议", "合作备忘录",
  "框架协议", "合作协议", "备忘录", "协议", "协定", NULL,
};

/* The topics of the sections where every cue is read (a section of no
 * topic is one too), and the cues read in other sections: those of role
 * ROLE_AGREEMENT. */
static const char * const self_building_topics[] = { "self_building", "other", NULL };
static const char * const agreement_words[] = { "协议", "协定", "备忘录", NULL };
static ReportTextAnchors agreement_anchors = REPORT_TEXT_ANCHORS (agreement_words);

typedef struct
{
  gsize       start;
  gsize       end;
  guint       cue;
  /* for a cited agreement, the title (owned by the citation), else NULL */
  const char *title;
} Match;

/* The matcher of the cues, built from the table above. Also called when
 * the plugin is compiled (see matcher-data.h). */
BaogaoMatcher *
self_building_build_matcher (GBytes *input)
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
      /* report_text_scan () leaves out, outside self-building sections,
       * the clauses without an agreement word: every agreement cue must
       * hold one */
      for (guint i = 0; i < G_N_ELEMENTS (cues); i++)
        {
          gboolean anchored = FALSE;

          report_text_check_cue ("self_building", cues[i].word);
          for (guint k = 0; agreement_words[k] != NULL; k++)
            anchored |= strstr (cues[i].word, agreement_words[k]) != NULL;
          if (cues[i].role == ROLE_AGREEMENT && !anchored)
            g_error ("self_building: the agreement cue “%s” holds none of the "
                     "agreement words report_text_scan () looks for", cues[i].word);
        }
      g_once_init_leave (&matcher,
                         matcher_data_load_or_build (&self_building_matcher_data,
                                                     self_building_build_matcher));
    }

  return matcher;
}

static gboolean
collect_match (gsize    byte_start,
               gsize    byte_end,
               guint    value,
               gpointer user_data)
{
  GArray *matches = user_data;
  Match m = { byte_start, byte_end, value, NULL };

  g_array_append_val (matches, m);
  return TRUE;
}

static gboolean
starts_with (const char *text,
             gsize       p,
             gsize       end,
             const char *word)
{
  gsize len = strlen (word);

  return p + len <= end && memcmp (text + p, word, len) == 0;
}

/* Is there a digit or a numeral at @p: 0-9, 一 … 十 两 百 千 万, ０-９ */
static gboolean
is_count_char (const char *text,
               gsize       p,
               gsize       end)
{
  const guchar *t = (const guchar *) text + p;
  gunichar c;

  if (p >= end)
    return FALSE;
  if (g_ascii_isdigit (t[0]))
    return TRUE;
  /* the numerals are all three bytes long */
  if (p + 3 > end || (t[0] & 0xF0) != 0xE0 || (t[1] & 0xC0) != 0x80 || (t[2] & 0xC0) != 0x80)
    return FALSE;
  c = (t[0] & 0x0F) << 12 | (t[1] & 0x3F) << 6 | (t[2] & 0x3F);
  switch (c)
    {
    case 0x4E00: case 0x4E8C: case 0x4E09: case 0x56DB: case 0x4E94:   /* 一二三四五 */
    case 0x516D: case 0x4E03: case 0x516B: case 0x4E5D: case 0x5341:   /* 六七八九十 */
    case 0x4E24: case 0x767E: case 0x5343: case 0x4E07:                /* 两百千万 */
      return TRUE;
    default:
      return c >= 0xFF10 && c <= 0xFF19;                                 /* ０-９ */
    }
}

static gsize
next_char (const char *text,
           gsize       p,
           gsize       end)
{
  p++;
  while (p < end && ((guchar) text[p] & 0xC0) == 0x80)
    p++;
  return p;
}

/* If @p is inside a “…” of the clause, its content. */
static gboolean
inside_quote (const char *text,
              gsize       cs,
              gsize       ce,
              gsize       p,
              gsize      *qs,
              gsize      *qe)
{
  const char *open = NULL;
  const char *hit;
  const char *close;
  gsize from = cs;

  while ((hit = report_text_find (text, from, p, "“")) != NULL)
    {
      open = hit;
      from = (hit - text) + 3;
    }
  if (open == NULL)
    return FALSE;
  if (report_text_find (text, (open - text) + 3, p, "”") != NULL)
    return FALSE;
  close = report_text_find (text, p, ce, "”");
  if (close == NULL)
    return FALSE;
  *qs = (open - text) + 3;
  *qe = close - text;
  return *qe > *qs;
}

/* The start of the name ending at @end: after the last opener before it,
 * past a leading count (6期) and 了. An opener right before @end opens
 * nothing. */
static gsize
name_start (const char *text,
            gsize       cs,
            gsize       end)
{
  gsize s = cs;
  gsize len = 0;
  const char *opener;

  /* the opener that ends last, one byte or more before @end */
  opener = end > cs ? report_text_find_last_any (&name_opener_set, text, cs, end - 1, &len) : NULL;
  if (opener != NULL)
    s = (opener - text) + len;

  /* a count before the name: 6期, 两个 */
  if (is_count_char (text, s, end))
    {
      gsize p = s;

      while (p < end && is_count_char (text, p, end))
        p = next_char (text, p, end);
      if (p < end)
        p = next_char (text, p, end);   /* the unit */
      if (p < end)
        s = p;
    }
  return s;
}

/* The end of the phrase starting at @p: before a count, 、, 等 or the
 * clause end. */
static gsize
phrase_end (const char *text,
            gsize       p,
            gsize       ce)
{
  while (p < ce)
    {
      if (is_count_char (text, p, ce) || starts_with (text, p, ce, "、") ||
          starts_with (text, p, ce, "等") || starts_with (text, p, ce, "，") ||
          text[p] == ',')
        break;
      p = next_char (text, p, ce);
    }
  return p;
}

static void
set_span (BaogaoLayer *layer,
          guint        handle,
          const char  *key,
          const char  *text,
          gsize        start,
          gsize        end)
{
  /* drop quotes around a name */
  if (end - start >= 6 && starts_with (text, start, end, "“") &&
      memcmp (text + end - 3, "”", 3) == 0)
    {
      start += 3;
      end -= 3;
    }
  if (end > start)
    baogao_layer_set_string_len (layer, handle, key, text + start, end - start);
}

/* All “…” (or "…") of the clause, '、'-joined. */
static char *
quoted_names (const char *text,
              gsize       cs,
              gsize       ce)
{
  GString *names = NULL;
  gsize p = cs;

  while (p < ce)
    {
      gsize qs, qe;
      const char *close;

      if (starts_with (text, p, ce, "“"))
        {
          qs = p + 3;
          close = report_text_find (text, qs, ce, "”");
        }
      else if (text[p] == '"')
        {
          qs = p + 1;
          close = report_text_find (text, qs, ce, "\"");
        }
      else
        {
          p = next_char (text, p, ce);
          continue;
        }
      if (close == NULL)
        break;
      qe = close - text;
      if (qe > qs)
        {
          if (names == NULL)
            names = g_string_new (NULL);
          else
            g_string_append (names, "、");
          g_string_append_len (names, text + qs, qe - qs);
        }
      p = qe + (text[qe] == '"' ? 1 : 3);
    }
  return names != NULL ? g_string_free (names, FALSE) : NULL;
}

static guint
add_activity (BaogaoLayer  *layer,
              ActivityKind  kind,
              gsize         start,
              gsize         end)
{
  guint handle = baogao_layer_add_bytes (layer, "self_building.activity", start, end);

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
              guint        n)
{
  const Match *first[N_KINDS] = { NULL, };
  gsize study_name_start = 0;
  gsize s, e;
  guint handle;

  for (guint i = 0; i < n; i++)
    {
      const Match *m = &matches[i];
      ActivityKind kind;

      switch (cues[m->cue].role)
        {
        case ROLE_STUDY:
          /* the first format counts, the others change nothing */
          if (first[KIND_STUDY] != NULL)
            continue;
          /* deputies' and lower congresses' trainings are representation */
          s = name_start (text, cs, m->start);
          if (report_text_find (text, s, m->end, "代表") != NULL)
            continue;
          study_name_start = s;
          kind = KIND_STUDY;
          break;
        case ROLE_RECRUIT:
          kind = KIND_RECRUITMENT;
          break;
        case ROLE_ROTATE:
          kind = KIND_ROTATION;
          break;
        case ROLE_ROTATE_WEAK:
          if (report_text_find (text, cs, ce, "干部") == NULL ||
              report_text_find_any (&not_rotation_set, text, cs, ce, NULL) != NULL)
            continue;
          kind = KIND_ROTATION;
          break;
        case ROLE_AWARD_VERB:
        case ROLE_AWARD_NOUN:
        case ROLE_COMMEND:
          kind = KIND_AWARD;
          break;
        case ROLE_PUBLICITY:
          kind = KIND_PUBLICITY;
          break;
        case ROLE_AGREEMENT:
          continue;
        default:
          g_assert_not_reached ();
        }
      /* award: the verb or noun that names the award beats 获奖 */
      if (first[kind] == NULL ||
          (kind == KIND_AWARD && cues[first[kind]->cue].role == ROLE_COMMEND &&
           cues[m->cue].role != ROLE_COMMEND))
        first[kind] = m;
      else if (kind == KIND_AWARD && strcmp (cues[first[kind]->cue].word, "获奖") == 0)
        first[kind] = m;
    }

  for (guint k = 0; k < N_KINDS; k++)
    {
      const Match *m = first[k];

      if (m == NULL)
        continue;
      handle = add_activity (layer, k, cs, ce);
      if (handle == BAOGAO_LAYER_INVALID)
        continue;

      switch (k)
        {
        case KIND_STUDY:
          if (inside_quote (text, cs, ce, m->start, &s, &e))
            set_span (layer, handle, "subject", text, s, e);
          else
            set_span (layer, handle, "subject", text, study_name_start, m->end);
          break;

        case KIND_RECRUITMENT:
        case KIND_ROTATION:
          s = m->end;
          while (starts_with (text, s, ce, "和") || starts_with (text, s, ce, "了") ||
                 starts_with (text, s, ce, "、"))
            s += 3;
          e = phrase_end (text, s, ce);
          if (e > s)
            set_span (layer, handle, "subject", text, s, e);
          break;

        case KIND_AWARD:
          switch (cues[m->cue].role)
            {
            case ROLE_AWARD_VERB:
              e = phrase_end (text, m->end, ce);
              if (e > m->end)
                set_span (layer, handle, "subject", text, m->end, e);
              break;
            case ROLE_AWARD_NOUN:
              {
                static const char * const winning[] = { "荣获", "分获", "获得", "获", NULL };
                const char *best = NULL;
                gsize best_len = 0;

                if (strcmp (cues[m->cue].word, "获奖") == 0)
                  break;
                /* the last winning verb before the noun */
                for (guint w = 0; winning[w] != NULL; w++)
                  {
                    const char *hit = report_text_find (text, cs, m->start, winning[w]);

                    while (hit != NULL)
                      {
                        if (best == NULL || hit > best)
                          {
                            best = hit;
                            best_len = strlen (winning[w]);
                          }
                        hit = report_text_find (text, (hit - text) + 1, m->start, winning[w]);
                      }
                  }
                if (best != NULL)
                  set_span (layer, handle, "subject", text, (best - text) + best_len, m->end);
              }
              break;
            case ROLE_COMMEND:
              {
                const char *by = report_text_find (text, cs, m->start, "被");

                if (by != NULL)
                  set_span (layer, handle, "subject", text, (by - text) + 3, m->end);
              }
              break;
            default:
              break;
            }
          break;

        case KIND_PUBLICITY:
          {
            g_autofree char *names = quoted_names (text, cs, ce);

            if (names != NULL)
              baogao_layer_set_string (layer, handle, "subject", names);
            else if (strcmp (cues[m->cue].word, "浏览量") != 0 &&
                     strcmp (cues[m->cue].word, "阅读量") != 0 &&
                     strcmp (cues[m->cue].word, "点击量") != 0 &&
                     strcmp (cues[m->cue].word, "发稿") != 0)
              set_span (layer, handle, "subject", text, name_start (text, cs, m->start), m->end);
          }
          break;

        default:
          break;
        }
    }
}

/* The bodies of the document: its organizations and its places, each in
 * id order (by start, longest first), as the store gives them. */
typedef struct
{
  GPtrArray *organizations;
  GPtrArray *places;
} Bodies;

/* The index of the first of @spans (sorted by start) that starts at or
 * after @start */
static guint
first_starting_from (GPtrArray *spans,
                     gsize      start)
{
  guint lo = 0, hi = spans->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (baogao_annotation_get_byte_start (g_ptr_array_index (spans, mid)) < start)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* Does @a come before @b: by start, the longer first */
static gboolean
comes_before (BaogaoAnnotation *a,
              BaogaoAnnotation *b)
{
  gsize as = baogao_annotation_get_byte_start (a);
  gsize bs = baogao_annotation_get_byte_start (b);

  return as != bs ? as < bs : baogao_annotation_get_byte_end (a) > baogao_annotation_get_byte_end (b);
}

/* The bodies named in [start, end): organizations and places, '、'-joined;
 * when none is known, the words on either side of 与 (X与Y). */
static char *
find_parties (const char   *text,
              gsize         start,
              gsize         end,
              const Bodies *bodies)
{
  GPtrArray *orgs = bodies->organizations;
  GPtrArray *places = bodies->places;
  GString *parties = NULL;
  gsize last_end = 0;
  const char *with;
  guint i = first_starting_from (orgs, start);
  guint j = first_starting_from (places, start);

  /* both lists merged, by start and the longer first; an organization
   * before a place of the same span */
  while (i < orgs->len || j < places->len)
    {
      BaogaoAnnotation *a;
      gsize as, ae;

      if (j == places->len ||
          (i < orgs->len && !comes_before (g_ptr_array_index (places, j),
                                           g_ptr_array_index (orgs, i))))
        a = g_ptr_array_index (orgs, i++);
      else
        a = g_ptr_array_index (places, j++);
      as = baogao_annotation_get_byte_start (a);
      ae = baogao_annotation_get_byte_end (a);

      if (as >= end)
        break;
      if (ae > end)
        continue;
      /* an organization and the place inside it: keep the outer */
      if (parties != NULL && as < last_end)
        continue;
      if (parties == NULL)
        parties = g_string_new (NULL);
      else
        g_string_append (parties, "、");
      g_string_append_len (parties, text + as, ae - as);
      last_end = ae;
    }
  if (parties != NULL)
    return g_string_free (parties, FALSE);

  with = report_text_find (text, start, end, "与");
  if (with != NULL)
    {
      static const char * const leads[] = { "促成", "推动", "推进", "积极", "主动", NULL };
      gsize ws = with - text;
      gsize ls = start;
      gsize rs = ws + 3;

      for (guint i = 0; leads[i] != NULL; i++)
        if (starts_with (text, ls, ws, leads[i]))
          ls += strlen (leads[i]);
      parties = g_string_new (NULL);
      if (ws > ls)
        {
          g_string_append_len (parties, text + ls, ws - ls);
          if (end > rs)
            g_string_append (parties, "、");
        }
      if (end > rs)
        g_string_append_len (parties, text + rs, end - rs);
      if (parties->len > 0)
        return g_string_free (parties, FALSE);
      g_string_free (parties, TRUE);
    }
  return NULL;
}

static void
write_agreement (BaogaoLayer  *layer,
                 const char   *text,
                 gsize         cs,
                 gsize         ce,
                 const char   *name,
                 gssize        name_len,
                 gsize         span_s,
                 gsize         span_e,
                 const Bodies *bodies)
{
  guint handle = baogao_layer_add_bytes (layer, "self_building.agreement", span_s, span_e);
  gsize len = 0;
  const char *verb;
  gsize parties_end;
  g_autofree char *parties = NULL;

  if (handle == BAOGAO_LAYER_INVALID)
    return;
  baogao_layer_set_string_len (layer, handle, "name", name, name_len);

  /* the parties come before the signing verb, or before the name */
  verb = report_text_find_any (&signing_verb_set, text, cs, span_s, &len);
  parties_end = verb != NULL ? (gsize) (verb - text) : span_s;
  if (parties_end > cs)
    parties = find_parties (text, cs, parties_end, bodies);
  if (parties != NULL)
    baogao_layer_set_string (layer, handle, "parties", parties);
}

/* The agreements of one clause: cited ones by their title, bare ones by
 * the words after the signing verb. */
static void
write_clause_agreements (BaogaoLayer  *layer,
                         const char   *text,
                         gsize         cs,
                         gsize         ce,
                         const Match  *m,
                         const Bodies *bodies)
{
  gsize len = 0, verb_len = 0, nlen = 0;
  const char *verb = NULL;
  const char *hit;
  gsize from = cs;
  gsize name_s;

  /* the last signing verb before the noun */
  while ((hit = report_text_find_any (&signing_verb_set, text, from, m->start, &len)) != NULL)
    {
      verb = hit;
      verb_len = len;
      from = (hit - text) + len;
    }
  if (verb != NULL)
    {
      gsize vs = verb - text;

      name_s = vs + verb_len;
      if (starts_with (text, name_s, m->start, "了"))
        name_s += 3;
      /* a name of reasonable length that lists no parties */
      if (m->start - name_s <= 60 &&
          report_text_find (text, name_s, m->start, "与") == NULL &&
          report_text_find (text, name_s, m->start, "、") == NULL)
        {
          /* a slice of the text: written without copying it, or checking
           * it again */
          write_agreement (layer, text, cs, ce, text + name_s, m->end - name_s, vs, m->end, bodies);
          return;
        }
    }

  /* no verb: the generic name (合作协议) the noun ends */
  if (report_text_ends_with_any (text, cs, m->end, agreement_names, &nlen))
    {
      name_s = m->end - nlen;
      /* 协议 alone must be a cooperation one */
      if (nlen <= 6 && verb == NULL &&
          report_text_find (text, cs, ce, "合作") == NULL)
        return;
      write_agreement (layer, text, cs, ce, text + name_s, m->end - name_s, name_s, m->end, bodies);
    }
}

static gboolean
self_building_write_activities (BaogaoDocument  *document,
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
  g_autoptr(GPtrArray) places = baogao_document_get_annotations (document, "entity.place");
  Bodies bodies = { organizations, places };
  g_autoptr(GArray) matches = g_array_sized_new (FALSE, FALSE, sizeof (Match), 256);
  g_auto (ReportTextCursor) section_cursor = { sections, 0 };
  g_auto (ReportTextCursor) part_cursor = { parts, 0 };
  g_auto (ReportTextCursor) citation_cursor = { citations, 0 };
  gsize last_citation_end = 0;
  guint kept = 0;

  if (size == 0)
    return TRUE;

  /* outside self-building sections, only clauses with an agreement can
   * write anything */
  report_text_scan (get_matcher (), text, size, parts, sections, citations,
                    self_building_topics, &agreement_anchors, collect_match, matches);

  for (guint i = 0; i < matches->len; i++)
    {
      Match *m = &g_array_index (matches, Match, i);
      BaogaoAnnotation *citation = report_text_cursor_covering (&citation_cursor, m->start, m->end);

      if (citation != NULL)
        {
          gsize c_start = baogao_annotation_get_byte_start (citation);
          gsize c_end = baogao_annotation_get_byte_end (citation);
          const char *kind = baogao_annotation_get_string (citation, "kind");
          const char *title = baogao_annotation_get_string (citation, "title");

          /* a cited agreement: one per title, named by it */
          if (cues[m->cue].role == ROLE_AGREEMENT && c_start >= last_citation_end &&
              title != NULL && title[0] != '\0' &&
              (g_strcmp0 (kind, "agreement") == 0 ||
               report_text_ends_with_any (title, 0, strlen (title), agreement_names, NULL)))
            {
              m->start = c_start;
              m->end = c_end;
              m->title = title;
              last_citation_end = c_end;
              g_array_index (matches, Match, kept++) = *m;
            }
          continue;
        }
      g_array_index (matches, Match, kept++) = *m;
    }
  g_array_set_size (matches, kept);

  for (guint i = 0; i < matches->len;)
    {
      Match *m = &g_array_index (matches, Match, i);
      gsize cs, ce;
      guint j;
      const char *topic, *part_topic;
      gboolean plans, own_topic;

      if (i % 256 == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;

      report_text_clause_bounds (text, size, m->start, m->end, &cs, &ce);
      for (j = i + 1; j < matches->len && g_array_index (matches, Match, j).start < ce; j++)
        ;

      part_topic = report_text_cursor_topic (&part_cursor, m->start, m->end);
      topic = report_text_cursor_topic (&section_cursor, m->start, m->end);
      plans = g_strcmp0 (part_topic, "plans") == 0 || g_strcmp0 (topic, "plans") == 0;
      own_topic = topic == NULL ||
                  strcmp (topic, "self_building") == 0 ||
                  strcmp (topic, "other") == 0;

      if (!plans)
        {
          guint n_plain = 0;

          cs = report_text_skip_enumerator (text, cs, ce);

          /* agreements, wherever they are */
          for (guint k = i; k < j; k++)
            {
              Match *a = &g_array_index (matches, Match, k);

              if (a->title != NULL)
                write_agreement (layer, text, cs, ce, a->title, -1, a->start, a->end, &bodies);
              else if (cues[a->cue].role == ROLE_AGREEMENT)
                write_clause_agreements (layer, text, cs, ce, a, &bodies);
            }

          /* the other activities: plain matches only */
          if (own_topic)
            {
              g_autofree Match *plain = g_new (Match, j - i);

              for (guint k = i; k < j; k++)
                {
                  const Match *a = &g_array_index (matches, Match, k);

                  if (a->title == NULL)
                    plain[n_plain++] = *a;
                }
              if (n_plain > 0 && cs < ce)
                write_clause (layer, text, cs, ce, plain, n_plain);
            }
        }
      i = j;
    }

  return TRUE;
}

#define SELF_BUILDING_TYPE_ANALYZER (self_building_analyzer_get_type ())

G_DECLARE_FINAL_TYPE (SelfBuildingAnalyzer, self_building_analyzer, SELF_BUILDING, ANALYZER, GObject)

struct _SelfBuildingAnalyzer
{
  GObject parent_instance;
};

static void self_building_analyzer_iface_init (BaogaoAnalyzerInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SelfBuildingAnalyzer, self_building_analyzer, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (BAOGAO_TYPE_ANALYZER,
                                                      self_building_analyzer_iface_init))

BAOGAO_DEFINE_PLUGIN (self_building_analyzer_get_type)

static gboolean
self_building_analyzer_analyze (BaogaoAnalyzer  *analyzer,
                                BaogaoDocument  *document,
                                BaogaoLayer     *layer,
                                GCancellable    *cancellable,
                                GError         **error)
{
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  if (!self_building_write_activities (document, layer, cancellable, error))
    return FALSE;

  return tally_write_domain ("self_building", document, layer, cancellable, error);
}

static void
self_building_analyzer_iface_init (BaogaoAnalyzerInterface *iface)
{
  iface->analyze = self_building_analyzer_analyze;
}

static void
self_building_analyzer_class_init (SelfBuildingAnalyzerClass *klass)
{
}

static void
self_building_analyzer_init (SelfBuildingAnalyzer *self)
{
}

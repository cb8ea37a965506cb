/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/* The tally engine: decides, for every `quantity` of a document, which
 * domain and measure it is a tally of (see baogao-tally.h), and writes the
 * `<domain>.tally` annotations of one domain.
 *
 * The cues of all domains' rules are compiled, once per process and only
 * when a count has to be decided, into one Aho–Corasick matcher. For each
 * count the engine finds its two windows — the clause text before it (back
 * to a clause delimiter, the sentence start or the previous count) and
 * after it (up to a delimiter, the sentence end or the next count), split
 * between the items of a list — scans each once, and collects for every
 * rule which of its cue groups occurred; the groups marked `^`, `<` and
 * `$` are also looked for in the clause head, the sentence's first clause
 * and the clause after the last count of the list.
 * Nothing is allocated per count: the per-rule state is one array per
 * document, reset lazily by a generation number.
 *
 * Each domain analyzer is its own module with its own copy of this
 * library, and they run in parallel over the same document. The first one
 * to ask decides every count of the document and attaches the decisions to
 * it (object data named after a fingerprint of the rule tables, so that
 * only modules built from the same rules share them); the others wait for
 * it and only write their own domain's tallies. The decisions are redone
 * when the document's annotations have changed since.
 */

#include "baogao-tally.h"

#include <string.h>

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
#define WINDOW_AFTER 90

/* How far back the head of a count's sentence may be for `<` groups:
 * some 200 characters. */
#define SUBJECT_REACH 600

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

/* One use of a keyword: in which rule, which side and which group. */
typedef struct
{
  guint   rule;
  guint8  side;
  guint8  group;
} CueUse;

typedef struct
{
  const TallyRule *rule;
  guint            domain;       /* index into tables.domains */
  guint8           n_before;
  guint8           n_after;
  guint8           head_mask;    /* `^` groups, also read at the clause head */
  guint8           subject_mask; /* `<` groups, also read at the sentence head */
  guint8           tail_mask;    /* `$` after groups, also read after the list */
  guint            n_units;      /* 0: any */
  GQuark          *units;        /* 0-terminated; NULL: any */
} CompiledRule;

typedef struct
{
  const TallyDomain *domains[5];
  guint              n_domains;
  CompiledRule      *rules;
  guint              n_rules;
  /* keyword id → its uses, as a range of `uses` */
  guint             *use_start;  /* n_keywords + 1 entries */
  CueUse            *uses;
  guint             *keyword_len;
  BaogaoMatcher     *matcher;
  /* names the tables, for sharing decisions between analyzers built
   * from the same rules */
  GQuark             cache_key;
  /* "<domain>.tally", interned: a layer may remember a type string by
   * its address, which a freed and reallocated string would reuse */
  const char        *tally_types[5];
} Tables;

/* Per-rule state while deciding one count; valid when `generation` is
 * the count's. */
typedef struct
{
  guint   generation;
  guint16 before_mask;
  guint16 after_mask;
  guint   cue_len;       /* sum over groups of the longest cue found */
  guint8  group_len[2 * MAX_GROUPS];
  gboolean vetoed;
  gsize   first_start;   /* earliest cue before the count */
  gsize   last_end;      /* latest end of a cue after the count */
  gsize   distance;      /* smallest distance of a cue to the count */
} RuleState;

/* What part of the text around a count is being scanned. */
typedef enum
{
  SCAN_WINDOW,   /* the count's own windows: every cue */
  SCAN_HEAD,     /* the clause head, before the previous count: `^` and `<` groups */
  SCAN_SUBJECT,  /* the sentence's first clause: `<` groups */
  SCAN_TAIL,     /* after the last count of the count's list: `$` groups */
} ScanMode;

typedef struct
{
  const Tables *tables;
  RuleState    *state;
  guint        *touched;
  guint         n_touched;
  guint         generation;
  CueSide       side;
  ScanMode      mode;
  gsize         base;        /* byte offset of the scanned window */
  gsize         q_start;
  gsize         q_end;
} ScanData;

/* djb2 over the rule strings, separated */
static guint32
fingerprint_add (guint32     h,
                 const char *s)
{
  if (s != NULL)
    for (; *s != '\0'; s++)
      h = h * 33 + (guchar) *s;
  return h * 33 + 0x1f;
}

static guint
count_groups (const char *spec,
              const char *domain,
              const char *measure)
{
  guint n = 1;

  if (spec == NULL || spec[0] == '\0')
    return 0;
  for (const char *p = spec; *p != '\0'; p++)
    n += *p == '&';
  if (n > MAX_GROUPS)
    {
      g_critical ("tally rule %s.%s has more than %d cue groups", domain, measure, MAX_GROUPS);
      n = MAX_GROUPS;
    }
  return n;
}

static Tables tables;

/* The rule tables, without their cues: cheap, and all that an analyzer
 * needs when another one already decided the document's counts. */
static const Tables *
get_tables (void)
{
  static gsize once = 0;

  if (g_once_init_enter (&once))
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
      guint n_rules = 0;
      guint r = 0;
      guint32 fingerprint = 5381;

      for (guint d = 0; all[d] != NULL; d++)
        {
          g_autofree char *type = g_strconcat (all[d]->domain, ".tally", NULL);

          tables.tally_types[tables.n_domains] = g_intern_string (type);
          tables.domains[tables.n_domains++] = all[d];
          n_rules += all[d]->n_rules;
        }

      tables.rules = g_new0 (CompiledRule, MAX (n_rules, 1));
      tables.n_rules = n_rules;

      for (guint d = 0; d < tables.n_domains; d++)
        {
          const TallyDomain *domain = tables.domains[d];

          for (guint i = 0; i < domain->n_rules; i++, r++)
            {
              const TallyRule *rule = &domain->rules[i];
              CompiledRule *compiled = &tables.rules[r];

              compiled->rule = rule;
              compiled->domain = d;
              compiled->n_before = count_groups (rule->cues, domain->domain, rule->measure);
              compiled->n_after = count_groups (rule->after, domain->domain, rule->measure);
              if (rule->units != NULL && rule->units[0] != '\0')
                {
                  g_auto(GStrv) units = g_strsplit (rule->units, "|", -1);
                  guint n = g_strv_length (units);

                  compiled->n_units = n;
                  compiled->units = g_new0 (GQuark, n + 1);
                  for (guint u = 0; u < n; u++)
                    compiled->units[u] = g_quark_from_string (units[u]);
                }
              fingerprint = fingerprint_add (fingerprint, domain->domain);
              fingerprint = fingerprint_add (fingerprint, domain->topic);
              fingerprint = fingerprint_add (fingerprint, rule->measure);
              fingerprint = fingerprint_add (fingerprint, rule->cues);
              fingerprint = fingerprint_add (fingerprint, rule->units);
              fingerprint = fingerprint_add (fingerprint, rule->scope);
              fingerprint = fingerprint_add (fingerprint, rule->anywhere ? "1" : "0");
              fingerprint = fingerprint_add (fingerprint, rule->after);
              fingerprint = fingerprint_add (fingerprint, rule->except);
            }
        }

      {
        g_autofree char *key = g_strdup_printf ("baogao-tally-decisions-%u-%08x",
                                                tables.n_rules, fingerprint);

        tables.cache_key = g_quark_from_string (key);
      }

      g_once_init_leave (&once, 1);
    }

  return &tables;
}

/* Compiles the cues of every rule into one matcher, once, when a count
 * has to be decided. */
static void
ensure_cues (void)
{
  static gsize once = 0;

  if (g_once_init_enter (&once))
    {
      g_autoptr(GHashTable) keyword_ids = g_hash_table_new (g_str_hash, g_str_equal);
      g_autoptr(GPtrArray) keywords = g_ptr_array_new_with_free_func (g_free);
      /* per keyword: a GArray of CueUse */
      g_autoptr(GPtrArray) use_lists = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
      guint n_uses = 0;

      for (guint r = 0; r < tables.n_rules; r++)
        {
          const TallyRule *rule = tables.rules[r].rule;
          const char *specs[3] = { rule->cues, rule->after, rule->except };

          for (guint side = CUE_BEFORE; side <= CUE_EXCEPT; side++)
            {
              g_auto(GStrv) groups = NULL;
              guint n_groups;

              if (specs[side] == NULL || specs[side][0] == '\0')
                continue;

              /* except words form one group of alternatives */
              if (side == CUE_EXCEPT)
                groups = g_strsplit (specs[side], "\n", 1);
              else
                groups = g_strsplit (specs[side], "&", -1);
              n_groups = MIN (g_strv_length (groups), MAX_GROUPS);

              for (guint g = 0; g < n_groups; g++)
                {
                  g_auto(GStrv) alternatives = NULL;
                  const char *group = groups[g];

                  /* ^: the group may also occur at the head of the clause,
                   * before the previous count (我省代表团提出议案7件、建议
                   * 188件: 代表团 speaks for both counts) */
                  if (side == CUE_BEFORE && group[0] == '^')
                    {
                      tables.rules[r].head_mask |= 1u << g;
                      group++;
                    }
                  /* <: also at the head of the sentence (常委会党组…，开展
                   * 集体学习12次: the subject speaks for the count) */
                  else if (side == CUE_BEFORE && group[0] == '<')
                    {
                      tables.rules[r].subject_mask |= 1u << g;
                      group++;
                    }
                  /* $: also after the last count of the list (对4部法律、
                   * 3部法规开展执法检查: 执法检查 speaks for 4部 too) */
                  else if (side == CUE_AFTER && group[0] == '$')
                    {
                      tables.rules[r].tail_mask |= 1u << g;
                      group++;
                    }
                  alternatives = g_strsplit (group, "|", -1);

                  for (guint a = 0; alternatives[a] != NULL; a++)
                    {
                      CueUse use = { r, side, g };
                      gpointer id;

                      if (alternatives[a][0] == '\0')
                        continue;
                      if (!g_hash_table_lookup_extended (keyword_ids, alternatives[a], NULL, &id))
                        {
                          char *copy = g_strdup (alternatives[a]);

                          id = GUINT_TO_POINTER (keywords->len);
                          g_ptr_array_add (keywords, copy);
                          g_ptr_array_add (use_lists, g_array_new (FALSE, FALSE, sizeof (CueUse)));
                          g_hash_table_insert (keyword_ids, copy, id);
                        }
                      g_array_append_val (g_ptr_array_index (use_lists, GPOINTER_TO_UINT (id)), use);
                      n_uses++;
                    }
                }
            }
        }

      tables.matcher = baogao_matcher_new ();
      tables.use_start = g_new0 (guint, keywords->len + 1);
      tables.keyword_len = g_new0 (guint, MAX (keywords->len, 1));
      tables.uses = g_new0 (CueUse, MAX (n_uses, 1));
      n_uses = 0;
      for (guint k = 0; k < keywords->len; k++)
        {
          GArray *list = g_ptr_array_index (use_lists, k);
          const char *keyword = g_ptr_array_index (keywords, k);

          tables.use_start[k] = n_uses;
          memcpy (tables.uses + n_uses, list->data, list->len * sizeof (CueUse));
          n_uses += list->len;
          tables.keyword_len[k] = strlen (keyword);
          baogao_matcher_add (tables.matcher, keyword, k);
        }
      tables.use_start[keywords->len] = n_uses;
      baogao_matcher_seal (tables.matcher);

      g_once_init_leave (&once, 1);
    }
}

static gboolean
on_cue (gsize    byte_start,
        gsize    byte_end,
        guint    value,
        gpointer user_data)
{
  ScanData *data = user_data;
  const Tables *tables = data->tables;
  gsize start = data->base + byte_start;
  gsize end = data->base + byte_end;
  guint len = MIN (tables->keyword_len[value], 255);

  for (guint u = tables->use_start[value]; u < tables->use_start[value + 1]; u++)
    {
      const CueUse *use = &tables->uses[u];
      RuleState *st = &data->state[use->rule];
      gsize distance;
      guint slot;

      if (use->side != CUE_EXCEPT && use->side != data->side)
        continue;
      switch (data->mode)
        {
        case SCAN_WINDOW:
          break;
        case SCAN_HEAD:
          if (use->side != CUE_BEFORE ||
              !((tables->rules[use->rule].head_mask | tables->rules[use->rule].subject_mask) &
                (1u << use->group)))
            continue;
          break;
        case SCAN_SUBJECT:
          if (use->side != CUE_BEFORE || !(tables->rules[use->rule].subject_mask & (1u << use->group)))
            continue;
          break;
        case SCAN_TAIL:
          if (use->side != CUE_AFTER || !(tables->rules[use->rule].tail_mask & (1u << use->group)))
            continue;
          break;
        default:
          g_assert_not_reached ();
        }

      if (st->generation != data->generation)
        {
          st->generation = data->generation;
          st->before_mask = st->after_mask = 0;
          st->cue_len = 0;
          memset (st->group_len, 0, sizeof st->group_len);
          st->vetoed = FALSE;
          st->first_start = G_MAXSIZE;
          st->last_end = 0;
          st->distance = G_MAXSIZE;
          data->touched[data->n_touched++] = use->rule;
        }

      if (use->side == CUE_EXCEPT)
        {
          st->vetoed = TRUE;
          continue;
        }

      if (use->side == CUE_BEFORE)
        {
          slot = use->group;
          st->before_mask |= 1u << use->group;
          if (data->mode == SCAN_WINDOW)
            st->first_start = MIN (st->first_start, start);
          distance = data->q_start >= end ? data->q_start - end : 0;
        }
      else
        {
          slot = MAX_GROUPS + use->group;
          st->after_mask |= 1u << use->group;
          if (data->mode == SCAN_WINDOW)
            st->last_end = MAX (st->last_end, end);
          distance = start >= data->q_end ? start - data->q_end : 0;
        }
      if (len > st->group_len[slot])
        {
          st->cue_len += len - st->group_len[slot];
          st->group_len[slot] = len;
        }
      st->distance = MIN (st->distance, distance);
    }

  return TRUE;
}

/* Is the UTF-8 character ending just before @p a clause delimiter?
 * Returns its length in bytes, or 0. */
static guint
delimiter_before (const char *text,
                  gsize       lower,
                  gsize       p)
{
  const guchar *t = (const guchar *) text;

  if (p <= lower)
    return 0;
  switch (t[p - 1])
    {
    case ',': case ';': case ':': case '!': case '?':
      return 1;
    default:
      break;
    }
  if (p - lower >= 3)
    {
      const guchar *c = t + p - 3;

      /* ，；：！？ (U+FF0C, FF1B, FF1A, FF01, FF1F) and 。 (U+3002) */
      if (c[0] == 0xEF && c[1] == 0xBC &&
          (c[2] == 0x8C || c[2] == 0x9B || c[2] == 0x9A || c[2] == 0x81 || c[2] == 0x9F))
        return 3;
      if (c[0] == 0xE3 && c[1] == 0x80 && c[2] == 0x82)
        return 3;
    }
  return 0;
}

/* Same, for the character starting at @p. */
static guint
delimiter_at (const char *text,
              gsize       p,
              gsize       upper)
{
  const guchar *t = (const guchar *) text;

  if (p >= upper)
    return 0;
  switch (t[p])
    {
    case ',': case ';': case ':': case '!': case '?':
      return 1;
    default:
      break;
    }
  if (upper - p >= 3)
    {
      const guchar *c = t + p;

      if (c[0] == 0xEF && c[1] == 0xBC &&
          (c[2] == 0x8C || c[2] == 0x9B || c[2] == 0x9A || c[2] == 0x81 || c[2] == 0x9F))
        return 3;
      if (c[0] == 0xE3 && c[1] == 0x80 && c[2] == 0x82)
        return 3;
    }
  return 0;
}


#define ENUM_COMMA "\xe3\x80\x81"  /* 、 */

/* Two-character words in which 和, 及 or 与 joins no list items. */
static const char * const not_conjunctions[] = {
  "和谐", "和平", "和睦", "和美", "共和", "总和", "温和", "缓和", "柔和", "调和", "附和",
  "及时", "及早", "涉及", "普及", "波及", "危及", "惠及", "企及", "不及", "提及", "顾及",
  "参与", "给与", "授与", "赋与", "与会", "与其", "与否",
};

/* Is a conjunction that joins two items of a list (和, 及, 以及, 与)
 * at @p, inside [@lower, @upper)? Returns its length in bytes, or 0. */
static guint
conjunction_at (const char *text,
                gsize       lower,
                gsize       p,
                gsize       upper)
{
  const char *c = text + p;

  if (p + 3 > upper)
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
    if (memcmp (text + p - 3, ENUM_COMMA, 3) == 0)
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
  for (gsize p = from; p + 3 <= to; p++)
    if (memcmp (text + p, ENUM_COMMA, 3) == 0)
      return p;
  for (gsize p = from; p + 3 <= to; p++)
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

  for (gsize p = from; p < to; p++)
    {
      if (delimiter_at (text, p, to) > 0)
        return FALSE;
      if (!separated)
        separated = (p + 3 <= to && memcmp (text + p, ENUM_COMMA, 3) == 0) ||
                    conjunction_at (text, from, p, to) > 0;
    }
  return separated;
}


static gboolean
unit_accepted (const CompiledRule *rule,
               GQuark              unit,
               GQuark              base_unit)
{
  if (rule->units == NULL)
    return TRUE;
  for (guint i = 0; rule->units[i] != 0; i++)
    if ((unit != 0 && rule->units[i] == unit) || (base_unit != 0 && rule->units[i] == base_unit))
      return TRUE;
  return FALSE;
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

/* Spans of one structure type, sorted by start, with what the decision
 * needs of each. */
typedef struct
{
  gsize start;
  gsize end;
  int   domain;   /* topic_domain() of parts and sections */
} Span;

static GArray *
get_spans (const Tables   *tables,
           BaogaoDocument *document,
           const char     *type,
           gboolean        with_topic)
{
  g_autoptr(GPtrArray) all = baogao_document_get_annotations (document, type);
  GArray *spans = g_array_sized_new (FALSE, FALSE, sizeof (Span), all->len);

  for (guint i = 0; i < all->len; i++)
    {
      BaogaoAnnotation *a = g_ptr_array_index (all, i);
      Span span = {
        baogao_annotation_get_byte_start (a),
        baogao_annotation_get_byte_end (a),
        with_topic ? topic_domain (tables, baogao_annotation_get_string (a, "topic")) : -1,
      };

      g_array_append_val (spans, span);
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

typedef struct
{
  guint rule;       /* global rule index, or NO_RULE */
  gsize start;      /* the tally's span, bytes */
  gsize end;
} Decision;

/* The decisions for one document, shared by the domain analyzers: the
 * first one to come decides, the others wait for it and reuse them. */
typedef struct
{
  gatomicrefcount ref;
  GMutex          lock;
  gboolean        done;
  guint           stamp;      /* the document's annotation count then */
  guint           n;
  Decision       *decisions;
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

/* Can rule @r decide the count whose state is @st, in candidate pass
 * @pass (0: the `anywhere` rules, 1: the rules of @domain, or of every
 * domain when @domain < 0)? */
static gboolean
candidate (const Tables    *tables,
           const RuleState *state,
           guint            r,
           guint            pass,
           int              domain,
           GQuark           unit,
           GQuark           base_unit)
{
  const CompiledRule *rule = &tables->rules[r];
  const RuleState *st = &state[r];
  guint need_before = (1u << rule->n_before) - 1;
  guint need_after = (1u << rule->n_after) - 1;

  if (st->vetoed || rule->n_before + rule->n_after == 0)
    return FALSE;
  if (st->before_mask != need_before || st->after_mask != need_after)
    return FALSE;
  if (pass == 0 && !rule->rule->anywhere)
    return FALSE;
  if (pass == 1 && domain >= 0 && (int) rule->domain != domain)
    return FALSE;
  return unit_accepted (rule, unit, base_unit);
}

/* The rule that decides a count, among the @n_touched rules of
 * @touched whose state the scans of its windows left, or NO_RULE. */
static guint
choose (const Tables    *tables,
        const RuleState *state,
        const guint     *touched,
        guint            n_touched,
        int              section_domain,
        GQuark           unit,
        GQuark           base_unit,
        gsize            q_start)
{
  guint best = NO_RULE, tied = NO_RULE, in_section = NO_RULE, pass;

  /* candidates: every group on both sides found, no veto, unit ok;
   * the `anywhere` ones first, then the section's domain's; the most
   * specific wins (see compare()), by table order within a domain */
  for (pass = 0; pass < 2 && best == NO_RULE; pass++)
    for (guint t = 0; t < n_touched; t++)
      {
        guint r = touched[t];
        int c;

        if (!candidate (tables, state, r, pass, section_domain, unit, base_unit))
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
  for (guint t = 0; t < n_touched; t++)
    {
      guint r = touched[t];

      if (tables->rules[r].domain == tables->rules[best].domain ||
          !candidate (tables, state, r, pass, section_domain, unit, base_unit) ||
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
             q_start, tables->domains[tables->rules[best].domain]->domain,
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

/* Decides every count of the document: fills @decisions (one per
 * quantity). */
static gboolean
decide (const Tables    *tables,
        BaogaoDocument  *document,
        GPtrArray       *quantities,
        Decision        *decisions,
        GCancellable    *cancellable,
        GError         **error)
{
  const char *text = baogao_document_get_text (document);
  gsize size = baogao_document_get_size (document);
  g_autoptr(GArray) sections = get_spans (tables, document, "structure.section", TRUE);
  g_autoptr(GArray) subsections = get_spans (tables, document, "structure.subsection", TRUE);
  g_autoptr(GArray) parts = get_spans (tables, document, "structure.part", TRUE);
  g_autoptr(GArray) sentences = get_spans (tables, document, "structure.sentence", FALSE);
  g_autofree RuleState *state = g_new0 (RuleState, MAX (tables->n_rules, 1));
  g_autofree guint *touched = g_new0 (guint, MAX (tables->n_rules, 1));
  guint section_cursor = 0, subsection_cursor = 0, part_cursor = 0, sentence_cursor = 0;
  /* the first clause of the last sentence whose subject was read */
  gsize subject_sentence = 0, subject_end = 0;
  gboolean subject_known = FALSE;
  gsize prev_end = 0;
  /* the list the current count is an item of: its last count, and the
   * tail of its clause after that count */
  guint list_end = 0;
  gboolean list_known = FALSE;
  gsize tail_start = 0, tail_end = 0;
  ScanData data = { 0 };

  ensure_cues ();
  data.tables = tables;
  data.state = state;
  data.touched = touched;

  for (guint qi = 0; qi < quantities->len; qi++)
    {
      BaogaoAnnotation *q = g_ptr_array_index (quantities, qi);
      gsize q_start = baogao_annotation_get_byte_start (q);
      gsize q_end = baogao_annotation_get_byte_end (q);
      gsize next_start = qi + 1 < quantities->len ?
        baogao_annotation_get_byte_start (g_ptr_array_index (quantities, qi + 1)) : size;
      const Span *section, *subsection, *part, *sentence;
      gsize lower, upper, w_start, w_end, head_lower, h_start;
      GQuark unit, base_unit;
      int section_domain;
      guint best;

      decisions[qi].rule = NO_RULE;
      if (qi % 256 == 255 && g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      if (q_end > size || q_start >= q_end)
        continue;

      /* plans are not tallies */
      part = covering (parts, &part_cursor, q_start, q_end);
      if (part != NULL && part->domain == -2)
        goto next;
      /* the innermost topic decides: a subsection's, when it has one of
       * a domain (or plans), else the section's */
      section = covering (sections, &section_cursor, q_start, q_end);
      subsection = covering (subsections, &subsection_cursor, q_start, q_end);
      section_domain = section != NULL ? section->domain : -1;
      if (subsection != NULL && subsection->domain != -1)
        section_domain = subsection->domain;
      if (section_domain == -2)
        goto next;

      /* the windows: back to the clause start, the sentence start or the
       * previous count; on to the clause end, the sentence end or the
       * next count */
      sentence = covering (sentences, &sentence_cursor, q_start, q_end);
      lower = q_start > WINDOW_BEFORE ? q_start - WINDOW_BEFORE : 0;
      upper = MIN (size, q_end + WINDOW_AFTER);
      if (sentence != NULL)
        {
          lower = MAX (lower, sentence->start);
          upper = MIN (upper, sentence->end);
        }
      head_lower = lower;
      if (prev_end <= q_start)
        lower = MAX (lower, prev_end);
      if (next_start >= q_end)
        upper = MIN (upper, next_start);

      w_start = q_start;
      while (w_start > lower && delimiter_before (text, lower, w_start) == 0)
        {
          w_start--;
          while (w_start > lower && ((guchar) text[w_start] & 0xC0) == 0x80)
            w_start--;
        }
      w_end = q_end;
      while (w_end < upper && delimiter_at (text, w_end, upper) == 0)
        {
          w_end++;
          while (w_end < upper && ((guchar) text[w_end] & 0xC0) == 0x80)
            w_end++;
        }

      /* between two counts of one clause, split the words at the list
       * separator (see list_item_start()) */
      if (prev_end > 0 && prev_end <= q_start && w_start == prev_end)
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
              tail_end = tail_start;
              while (tail_end < bound && delimiter_at (text, tail_end, bound) == 0)
                {
                  tail_end++;
                  while (tail_end < bound && ((guchar) text[tail_end] & 0xC0) == 0x80)
                    tail_end++;
                }
            }
        }

      data.n_touched = 0;
      data.generation++;
      if (data.generation == 0)
        {
          /* wrapped around: forget every state */
          memset (state, 0, sizeof (RuleState) * tables->n_rules);
          data.generation = 1;
        }
      data.q_start = q_start;
      data.q_end = q_end;

      data.side = CUE_BEFORE;
      data.mode = SCAN_WINDOW;
      data.base = w_start;
      if (q_start > w_start)
        baogao_matcher_scan (tables->matcher, text + w_start, q_start - w_start,
                             BAOGAO_MATCH_ALL, on_cue, &data);
      /* the clause head, before the previous count, for `^` and `<`
       * groups */
      h_start = w_start;
      if (delimiter_before (text, head_lower, w_start) == 0)
        while (h_start > head_lower && delimiter_before (text, head_lower, h_start) == 0)
          {
            h_start--;
            while (h_start > head_lower && ((guchar) text[h_start] & 0xC0) == 0x80)
              h_start--;
          }
      if (h_start < w_start)
        {
          data.mode = SCAN_HEAD;
          data.base = h_start;
          baogao_matcher_scan (tables->matcher, text + h_start, w_start - h_start,
                               BAOGAO_MATCH_ALL, on_cue, &data);
        }
      /* the sentence's first clause, its subject, for `<` groups */
      if (sentence != NULL && sentence->start < h_start && q_start - sentence->start <= SUBJECT_REACH)
        {
          gsize s_end;

          /* the end of the sentence's first clause, found once per
           * sentence (the text is valid UTF-8: a delimiter starting
           * before @h_start, a character bound, ends by it) */
          if (subject_sentence != sentence->start || !subject_known)
            {
              subject_sentence = sentence->start;
              subject_known = TRUE;
              subject_end = sentence->start;
              while (subject_end < sentence->end && delimiter_at (text, subject_end, sentence->end) == 0)
                {
                  subject_end++;
                  while (subject_end < sentence->end && ((guchar) text[subject_end] & 0xC0) == 0x80)
                    subject_end++;
                }
            }
          s_end = MIN (subject_end, h_start);
          data.mode = SCAN_SUBJECT;
          data.base = sentence->start;
          baogao_matcher_scan (tables->matcher, text + sentence->start, s_end - sentence->start,
                               BAOGAO_MATCH_ALL, on_cue, &data);
        }
      data.side = CUE_AFTER;
      data.mode = SCAN_WINDOW;
      data.base = q_end;
      if (w_end > q_end)
        baogao_matcher_scan (tables->matcher, text + q_end, w_end - q_end,
                             BAOGAO_MATCH_ALL, on_cue, &data);

      if (data.n_touched == 0 && !(list_end > qi && tail_end > tail_start))
        goto next;

      unit = g_quark_try_string (baogao_annotation_get_string (q, "unit"));
      base_unit = g_quark_try_string (baogao_annotation_get_string (q, "base_unit"));
      best = choose (tables, state, touched, data.n_touched, section_domain, unit, base_unit, q_start);

      /* A count its own words leave undecided may take its words from
       * after the last count of its list, for `$` groups: in 对4部法律、
       * 3部法规开展执法检查 the activity is said once for both; in 听取
       * 5个专项工作报告及2次专题询问 the first count has its own. */
      if (best == NO_RULE && list_end > qi && tail_end > tail_start)
        {
          data.mode = SCAN_TAIL;
          data.side = CUE_AFTER;
          data.base = tail_start;
          baogao_matcher_scan (tables->matcher, text + tail_start, tail_end - tail_start,
                               BAOGAO_MATCH_ALL, on_cue, &data);
          data.mode = SCAN_WINDOW;
          best = choose (tables, state, touched, data.n_touched, section_domain, unit, base_unit, q_start);
        }

      if (best != NO_RULE)
        {
          decisions[qi].rule = best;
          decisions[qi].start = MIN (q_start, state[best].first_start);
          decisions[qi].end = MAX (q_end, state[best].last_end);
        }

    next:
      prev_end = MAX (prev_end, q_end);
    }

  return TRUE;
}

/* The decisions for @document, computed by the first analyzer that asks
 * and reused by the others (they are in other modules, each with its own
 * copy of this library: the tables' fingerprint names what they share).
 * Returns them referenced and locked, or %NULL when cancelled. */
static Shared *
get_decisions (const Tables    *tables,
               BaogaoDocument  *document,
               GPtrArray       *quantities,
               GCancellable    *cancellable,
               GError         **error)
{
  const char *key = g_quark_to_string (tables->cache_key);
  guint stamp = baogao_document_get_n_annotations (document);
  Shared *shared = g_object_dup_data (G_OBJECT (document), key, shared_ref, NULL);

  if (shared == NULL)
    {
      Shared *fresh = shared_new ();

      shared_ref (fresh, NULL);
      if (g_object_replace_data (G_OBJECT (document), key, NULL, fresh, shared_unref, NULL))
        shared = fresh;
      else
        {
          shared_unref (fresh);
          shared_unref (fresh);
          shared = g_object_dup_data (G_OBJECT (document), key, shared_ref, NULL);
          if (shared == NULL)
            {
              /* replaced and gone in between: decide alone */
              shared = shared_new ();
            }
        }
    }

  g_mutex_lock (&shared->lock);
  if (!shared->done || shared->stamp != stamp || shared->n != quantities->len)
    {
      g_free (shared->decisions);
      shared->decisions = g_new0 (Decision, MAX (quantities->len, 1));
      shared->n = quantities->len;
      shared->stamp = stamp;
      shared->done = decide (tables, document, quantities, shared->decisions, cancellable, error);
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

gboolean
tally_write_domain (const char      *domain,
                    BaogaoDocument  *document,
                    BaogaoLayer     *layer,
                    GCancellable    *cancellable,
                    GError         **error)
{
  const Tables *tables;
  g_autoptr(GPtrArray) quantities = NULL;
  const char *tally_type;
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

  quantities = baogao_document_get_annotations (document, "quantity");
  if (quantities->len == 0)
    return TRUE;

  shared = get_decisions (tables, document, quantities, cancellable, error);
  if (shared == NULL)
    return FALSE;

  tally_type = tables->tally_types[want];
  for (guint qi = 0; qi < quantities->len; qi++)
    {
      const Decision *decision = &shared->decisions[qi];
      BaogaoAnnotation *q = g_ptr_array_index (quantities, qi);
      const TallyRule *rule;
      const char *unit, *approx;
      guint handle;

      if (decision->rule == NO_RULE || (int) tables->rules[decision->rule].domain != want)
        continue;

      rule = tables->rules[decision->rule].rule;
      handle = baogao_layer_add_bytes (layer, tally_type, decision->start, decision->end);
      if (handle == BAOGAO_LAYER_INVALID)
        continue;
      baogao_layer_set_string (layer, handle, "measure", rule->measure);
      copy_number (layer, handle, q, "value");
      unit = baogao_annotation_get_string (q, "unit");
      if (unit != NULL)
        baogao_layer_set_string (layer, handle, "unit", unit);
      approx = baogao_annotation_get_string (q, "approx");
      if (approx != NULL)
        baogao_layer_set_string (layer, handle, "approx", approx);
      if (rule->scope != NULL && rule->scope[0] != '\0')
        baogao_layer_set_string (layer, handle, "scope", rule->scope);
      baogao_layer_set_parent (layer, handle, q);
    }

  g_mutex_unlock (&shared->lock);
  shared_unref (shared);
  return TRUE;
}

/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

#pragma once

/* Tallies: the yearly counts a report states, for the domain analyzers.
 *
 * Every domain analyzer (political, legislation, oversight, representation,
 * self_building) links this small static library. It decides, once and the
 * same way in every analyzer, which domain and measure each `quantity`
 * annotation of the document belongs to, and each analyzer writes the
 * `<domain>.tally` annotations of its own domain. Deciding in one place
 * means a count is never claimed by two domains.
 *
 * A count belongs to the domain of the section it sits in (the `topic` of
 * its `structure.section`), unless its words say otherwise: a rule marked
 * `anywhere` claims a count for its domain whatever the section (执法检查
 * is oversight even when a legislation section mentions it). Counts in a
 * `plans` section or part are plans, not tallies, and are skipped.
 *
 * The measure comes from rule tables, one per domain (tally-rules-*.c):
 * a rule matches when each of its cue groups occurs in the count's clause
 * before the count (from the clause start, or from the previous count of
 * the same clause), each of its `after` groups occurs after the count
 * (up to the clause end or the next count), none of its `except` words
 * occurs in either window, and the count's unit (or base unit) is one it
 * accepts. Clauses end at ，；。：！？ and their half-width forms and at
 * sentence bounds, not at 、, which separates the items of one list. The
 * most specific matching rule wins (most cue groups, then longest cues,
 * then nearest to the count, then table order).
 *
 * Among the matching rules: if some are `anywhere`, the best of those
 * wins; otherwise, in a section whose topic is a domain, the best rule
 * of that domain (and none from other domains); in a section of topic
 * `other`, or outside any section, the best rule of any domain.
 *
 * The `<domain>.tally` span runs from the first cue before the count (or
 * the count) to the end of the count (or of the last cue after it).
 */

#include <baogao/baogao.h>

G_BEGIN_DECLS

typedef struct
{
  /* The measure, from the DESIGN.md vocabulary; several joined by '+'. */
  const char *measure;
  /* Cue groups separated by '&'; within a group, alternatives separated
   * by '|'. "制定|出台&法规|条例" matches 制定地方性法规. A group that
   * starts with '^' may also occur at the head of the clause, before the
   * previous count: in "^代表团&建议", 代表团 in 我省代表团提出议案7件、
   * 建议188件 speaks for 188件 too. */
  const char *cues;
  /* Accepted units separated by '|' (件|部), or NULL for any. */
  const char *units;
  /* Optional scope written on the tally (provincial, npc_delegation…). */
  const char *scope;
  /* Claims the count for this domain in any section. */
  gboolean    anywhere;
  /* Optional cue groups (same syntax as @cues) that must follow the
   * count, between it and the end of its clause or the next count:
   * "10名专家" needs after="专家". A rule may have only @after cues. */
  const char *after;
  /* Optional words, '|'-separated, that cancel the rule when they occur
   * in the count's windows (before or after it): "计划|拟". */
  const char *except;
} TallyRule;

typedef struct
{
  const char      *domain;   /* political, legislation, … */
  const char      *topic;    /* the structure.section topic it owns */
  const TallyRule *rules;
  guint            n_rules;
} TallyDomain;

/* The rule tables, one per domain, in tally-rules-<domain>.c. */
extern const TallyDomain tally_domain_political;
extern const TallyDomain tally_domain_legislation;
extern const TallyDomain tally_domain_oversight;
extern const TallyDomain tally_domain_representation;
extern const TallyDomain tally_domain_self_building;

/* Writes a `<domain>.tally` annotation for every count of the document
 * that belongs to @domain: features measure, value, unit, approx (when
 * the quantity has one), scope (when the rule has one), and the quantity
 * as parent. Requires the structure and quantity layers. Thread-safe;
 * the rule tables are compiled once per process. */
gboolean tally_write_domain (const char      *domain,
                             BaogaoDocument  *document,
                             BaogaoLayer     *layer,
                             GCancellable    *cancellable,
                             GError         **error);

G_END_DECLS

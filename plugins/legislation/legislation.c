/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/**
 * SECTION:legislation
 *
 * The legislation analyzer: the laws and regulations a report says the
 * congress acted on, and the year's legislative counts.
 *
 * It writes:
 *
 * - `legislation.instrument` for every instrument acted on, named in 《》
 *   or bare (制定民营经济健康发展促进条例): features `name` (without the
 *   brackets), `action` (enact, amend, revise, repeal, re_enact, approve,
 *   deliberate, guide), `kind` (law, regulation, rules, decision, plan,
 *   opinion, or agreement: a treaty approved, 批准《…引渡条约》; a body's
 *   own work rules, 代表联系群众工作办法, are rules, not regulations),
 *   `level` (national, provincial, municipal, autonomous, or the
 *   title's own: party), `body` (the sub-provincial or joint body of a
 *   municipal or autonomous instrument: 指导七台河市制定… → 七台河市) and
 *   `first_of_kind` (全国首部…). Each instrument is written once, at its
 *   first mention as acted on (公务员法 and 《中华人民共和国公务员法》 are
 *   one); a bill deliberated and then passed, or a law amended and then
 *   revised, gets the final action. Titles of laws, regulations, rules
 *   and decisions that are only mentioned are written too, with action
 *   `cite` (贯彻落实《…》) or `inspect` (《…》执法检查, 执法检查对象：《…》).
 * - `legislation.tally` for the year's counts (制定地方性法规10件 →
 *   measure enacted, value 10), decided by the shared tally engine of
 *   plugins/common with the rules of tally-rules-legislation.c.
 *
 * The instrument scanning lives in legislation-scan.c.
 */

#include <baogao/baogao.h>
#include <baogao/baogao-plugin.h>

#include "baogao-tally.h"
#include "legislation-scan.h"

#define LEGISLATION_TYPE_ANALYZER (legislation_analyzer_get_type ())

G_DECLARE_FINAL_TYPE (LegislationAnalyzer, legislation_analyzer, LEGISLATION, ANALYZER, GObject)

struct _LegislationAnalyzer
{
  GObject parent_instance;
};

static void legislation_analyzer_iface_init (BaogaoAnalyzerInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LegislationAnalyzer, legislation_analyzer, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (BAOGAO_TYPE_ANALYZER,
                                                      legislation_analyzer_iface_init))

BAOGAO_DEFINE_PLUGIN (legislation_analyzer_get_type)

static gboolean
legislation_analyzer_analyze (BaogaoAnalyzer  *analyzer,
                              BaogaoDocument  *document,
                              BaogaoLayer     *layer,
                              GCancellable    *cancellable,
                              GError         **error)
{
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  if (!legislation_write_instruments (document, layer, cancellable, error))
    return FALSE;

  return tally_write_domain ("legislation", document, layer, cancellable, error);
}

static void
legislation_analyzer_iface_init (BaogaoAnalyzerInterface *iface)
{
  iface->analyze = legislation_analyzer_analyze;
}

static void
legislation_analyzer_class_init (LegislationAnalyzerClass *klass)
{
}

static void
legislation_analyzer_init (LegislationAnalyzer *self)
{
}

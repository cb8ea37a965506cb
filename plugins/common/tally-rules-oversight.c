/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/* Oversight tallies: how many laws the standing committee inspected, how
 * many work reports it heard, how many special inquiries, investigations,
 * filing reviews and resolutions the year held.
 *
 * Reports state these as a verb phrase and a count, most often in one
 * summary sentence at the head of the oversight section: 检查7部法律法规
 * 实施情况, 听取和审议专项工作报告17项, 开展专题询问两次, 开展专题调研
 * 7项, 备案审查规范性文件41件, 作出决议决定3项; national reports say
 * 检查6部法律实施情况 and 听取审议国务院…工作报告37个. The count may also
 * come before its activity (对6部法律法规开展执法检查, 听取12个专项工作
 * 报告), which the `after` cues read.
 *
 * 执法检查, 专题询问 and 备案审查 of 规范性文件 are oversight wherever
 * they are said (`anywhere`), unless deputies are the ones counted
 * (代表参加执法检查 is representation). The other cues (检查, 听取, 调研,
 * 作出决定) mean oversight only inside an oversight section.
 *
 * Survey sizes (问卷…份, 调查…人) are only tallies when the report
 * totals them (全年, 共, 累计); the size of one inspection's questionnaire
 * is a detail of that activity, not a yearly count.
 *
 * Measures beyond DESIGN.md: normative_documents_filed (规范性文件 received
 * for filing, 接收报备…件).
 */

#include "baogao-tally.h"

/* Deputies or staff counted, not activities */
#define NOT_ACTIVITIES "代表|人次"

static const TallyRule oversight_rules[] = {
  /* law-enforcement inspections: the laws inspected, or the inspections */
  { "law_inspections", "执法检查", "件|部|项", NULL, TRUE, NULL, NOT_ACTIVITIES },
  { "law_inspections", "执法检查", "次|个", NULL, FALSE, NULL, NOT_ACTIVITIES },
  { "law_inspections", NULL, "件|部|项", NULL, TRUE, "执法检查", NOT_ACTIVITIES },
  { "law_inspections", "检查|检查了", "部|件|项", NULL, FALSE, NULL,
    "发现|问题|隐患|企业|单位|项目|点位|案件|案卷|整改|" NOT_ACTIVITIES },
  { "law_inspections", "检查|检查了&法律|法规|条例", "部|件|项", NULL, TRUE, NULL,
    "发现|问题|隐患|案件|案卷|清理|废止|修改|制定|批准|" NOT_ACTIVITIES },
  { "law_inspections", "对|就", "部", NULL, FALSE, "检查|实施情况", NOT_ACTIVITIES },

  /* reports heard and deliberated */
  { "work_reports", "听取|审议|听取和审议|听取审议&报告", "个|项|件|份", NULL, FALSE, NULL, "草案|代表" },
  { "work_reports", "听取|听取和审议|听取审议", "个|项|件|份", NULL, FALSE, "报告", "草案" },
  { "work_reports", "听取和审议|听取审议|听取并审议", "个|项|件", NULL, FALSE, NULL, "意见|建议|草案" },

  /* special inquiries */
  { "special_inquiries", "专题询问", "次|项|场|个", NULL, TRUE, NULL, "代表|人次" },
  { "special_inquiries", NULL, "次|项|场|个", NULL, TRUE, "专题询问", "代表|人次" },

  /* investigations by the committee (deputies' own ones are representation) */
  { "investigations", "专题调研|调研|视察|专项调研|督查|跟踪调研|视察调研", "次|项", NULL, FALSE, NULL,
    "立法调研|" NOT_ACTIVITIES },
  { "investigations", "开展|组织|进行", "次|项", NULL, FALSE, "专题调研|调研|视察", NOT_ACTIVITIES },

  /* filing review of normative documents */
  { "normative_documents_reviewed", "备案审查|审查|审查了|主动审查|逐件审查&规范性文件", "件|份|部|个", NULL, TRUE, NULL, NULL },
  { "normative_documents_reviewed", "备案审查", "件|份", NULL, TRUE, NULL, "代表" },
  { "normative_documents_reviewed", "审查", "件|份", NULL, TRUE, "规范性文件", NULL },
  { "normative_documents_reviewed", NULL, "件|份", NULL, TRUE, "规范性文件&审查|逐件审查|备案审查", NULL },
  { "normative_documents_filed", "报备|报送备案|接收|收到|备案登记&规范性文件", "件|份|部|个", NULL, TRUE, NULL, "审查" },
  { "normative_documents_filed", "报备|报送备案|接收|收到|备案登记", "件|份", NULL, TRUE, "规范性文件", "审查" },

  /* resolutions and decisions the committee made on what it oversaw */
  { "resolutions", "作出|通过|审议通过|表决通过&决议|决定", "件|项|个", NULL, FALSE, NULL, "任免|任命|人事|废止|批准" },
  { "resolutions", "作出|通过|审议通过|表决通过", "件|项|个", NULL, FALSE, "决议|决定", "任免|任命|人事|废止|批准" },

  /* survey sizes, when the report totals them */
  { "surveys", "全年|共|累计|共计|总计|合计&问卷|问卷调查|调查|测评", "份|人|人次", NULL, FALSE, NULL, NULL },
};

const TallyDomain tally_domain_oversight = {
  "oversight",
  "oversight",
  oversight_rules,
  G_N_ELEMENTS (oversight_rules),
};

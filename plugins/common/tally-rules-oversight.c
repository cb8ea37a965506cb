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
 * 报告), which the `after` cues read; in a list the activity named once
 * after its last item counts for every item (对4部法律、3部法规开展执法
 * 检查, 开展2次专题询问、5项专题调研: `$` groups).
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
 * Filing review (备案审查) reviews 规范性文件 in provincial reports and, in
 * the national one, 报送备案的行政法规、监察法规、…司法解释: both are
 * normative_documents_reviewed. Citizens' requests for a review (审查建议)
 * and the documents the committee had corrected (纠正, 撤销, 督促修改…文件)
 * are counted apart.
 *
 * Petitions (信访, 来信来访) are the standing committee's own work with
 * the public, counted here wherever they are said; deputies receiving
 * constituents (代表接待群众) are representation.
 *
 * The corrected documents are often counted after the reviewed ones,
 * the documents named once for both (审查规范性文件425件，纠正12件; 对存在
 * 合法性问题的7件提出审查意见; 对发现问题的6件督促制定机关及时纠正).
 *
 * Measures beyond DESIGN.md: budget_adjustments_approved (审查批准预算调
 * 整方案2次), budget_alerts (the warnings of the networked
 * oversight of budgets: 推送预警问题线索1260条), inquiry_questions (the
 * questions special
 * inquiries put: 现场提出询问问题15个), normative_documents_filed (规范性文件 received
 * for filing, 接收报备…件), review_requests (审查建议…件),
 * documents_corrected (纠正…文件…件), petitions_received (受理信访…件,
 * 接待来访…人次), follow_up_supervisions (跟踪监督…项: the follow-up of
 * the committee's deliberation opinions), evaluation_approval_rate (the
 * 满意票率 of a 满意度测评 of a work report: the committee's vote on it,
 * not deputies' satisfaction with the handling of their suggestions,
 * which is representation.satisfaction_rate), problems_identified and
 * problems_rectified (发现问题1386个，督促整改1203个: what the committee's
 * oversight found and had put right; the same names as the Party
 * group's own in political, which wins in a section of no domain),
 * officials_evaluated (对3名…负责人开展述职评议: the officials appraised,
 * where work_evaluations counts the departments or items), opinions_made
 * (形成审议意见43条, 执法检查组提出意见建议35条: the opinions oversight
 * put forward).
 *
 * A document the review found faulty is corrected by the body that made
 * it (督促制定机关纠正5件, 对其中5件督促制定机关予以纠正): 制定机关 says
 * it is a filing review's wherever the clause is. The review opinions
 * sent on documents (备案审查规范性文件57件，提出审查意见3件) count the
 * documents found faulty, as 对存在合法性问题的7件提出审查意见 does:
 * documents_corrected, not a second count of the documents reviewed.
 */

#include "baogao-tally.h"

/* The networked oversight systems that give warnings, and warnings that
 * are none of theirs */
#define ALERT_SYSTEMS "联网监督|预算|国有资产|国资|监督系统|监督平台"
/* Reports heard, counted again as the ones a vote was held on (对听取审
 * 议的6个报告开展满意度测评): satisfaction_surveys */
/* (and the counts in a report's title: 关于十件民生实事完成情况的报告) */
#define NOT_REPORTS_HEARD "满意度测评|开展测评|进行测评|实施测评|民生实事|实事项目|" \
  /* (nor the problems a report showed, counted after it: 听取审议审计工作报
   * 告并对审计查出的68个问题整改情况开展跟踪监督) */ \
  "个问题|查出的|反映的"
/* Petitions passed on to other bodies or followed up */
#define PETITIONS_PASSED_ON "交办|督办|转办|批转|转交"
#define NOT_ALERTS "警示|预警机制|气象|灾害"

/* Deputies or staff counted, not activities */
/* opinions that are not the committee's own, or what was done with them
 * (…and, but for an appraisal's, fed back) */
#define NOT_OPINIONS_GIVEN "代表|群众|选民|网民|社会各界|落实|整改情况|整改落实|督促整改|推动整改|整改到位|完成整改|" \
  /* (what another body did on them: 市政府根据审议意见出台整改措施31项) */ \
  "根据审议意见|按照审议意见|依据审议意见|对照审议意见|针对审议意见|围绕审议意见|就审议意见"
#define NOT_OPINIONS_MADE NOT_OPINIONS_GIVEN "|反馈"
#define NOT_ACTIVITIES "代表|人次"
/* problems handed over to be rectified, not those rectified (交办问题清
 * 单36个); after they were, 交办后督促整改到位31个, they are */
#define HANDED_OVER "交办问题|交办整改|交办了|交办的|交办给|交办至|书面交办|一并交办|交办有关|交办清单"
/* the groups a follow-up or an inspection is split into (分成5个调研组) */
#define FOLLOW_UP_GROUPS "调研组|检查组|督导组|督查组|工作组|专题组|小组|" \
  /* (nor the problems a follow-up found: 跟踪监督中发现问题86个) */ \
  "发现问题|发现的问题|查找问题|查找出问题|梳理出问题"
/* the committee's members named first, deputies with them */
#define WITH_DEPUTIES "组成人员和代表|组成人员和人大代表|组成人员及代表|组成人员、代表|委员和代表"
/* …with anyone, deputies among them (组织常委会组成人员和部分市人大代表) */
#define WITH_MEMBERS "组成人员和|组成人员及|组成人员、|委员和"
/* the congresses of townships and streets and their bodies */
#define TOWNSHIP_CONGRESSES "乡镇人大|镇人大|乡人大|街道人大|乡镇人大主席团|街道人大工委|" \
  /* (the subdistricts' in brackets: 各乡镇（街道）人大（工委）) */ \
  "（街道）人大|(街道)人大"
/* Research that is not the committee's oversight, or its groups and
 * products rather than the investigations, nor the visits of the groups
 * of an appraisal (各评议小组…走访调研82次) */
#define NOT_INVESTIGATIONS "立法调研|调研组|调研报告|调研课题|调研成果|调研点|评议小组|评议组"
/* where the committee went, counted: 深入12个市县, 赴8个地市 */
#define NOT_PLACES "深入|赴|走访|到|前往|覆盖"
/* The corrected, the documents named in the sentence's first clause */
#define CORRECTED "纠正|督促纠正|予以纠正|推动纠正|已纠正|及时纠正|督促制定机关纠正|督促制定机关及时纠正|撤销|督促修改|督促废止"
/* legislation's decisions, and laws counted with decisions */
#define NOT_RESOLUTIONS TALLY_LEGAL_DECISIONS "|法律和|法规和|法律、|法规、|修改决定|修正决定|打包修改"
/* What a filing review reviews */
#define FILED "规范性文件|行政法规|监察法规|司法解释|地方性法规|自治条例|单行条例|经济特区法规|规章|政府规章"
/* Counts of what a filing review's words may also be said of:
 * deputies' suggestions, enterprises, hazards */
/* An appraisal of departments joined to the vote on them (对38个部门开展
 * 工作评议并进行满意度测评): the departments are the appraisals' count */
#define APPRAISED_AND_VOTED "工作评议并|工作评议和|工作评议及|工作评议、"
/* Bodies other than the congress that receive letters and visits, and
 * their hotlines (a government's petition bureau, not the committee's
 * own: 常委会办公厅信访局) */
#define OTHER_RECEIVERS "法院|检察院|政府|公安|国家信访局|省信访局|市信访局|县信访局|区信访局|州信访局|" \
  "12345|热线|市长信箱|省长信箱|书记信箱|纪检监察|监委|信访举报|" \
  /* (the government's petition offices as a whole, not the committee's \
   * own: 全市信访部门共受理信访事项3.1万件) */ \
  "全省信访部门|全市信访部门|全县信访部门|全区信访部门|全州信访部门|各级信访部门|政府信访部门|信访系统"
/* The highest or the lowest of an appraisal's rates, no rate of it as a
 * whole (满意票率最高为95.2%) */
#define EXTREMES "最高|最低"
/* The requests within a review's reach (对其中属于审查范围的112件提出处理
 * 意见): some of the requests, not documents reviewed or corrected */
#define IN_REACH "审查范围"
/* (nor what a clean-up of laws found to change: 对其中需要修改的12件、
 * 需要废止的4件提出处理意见) */
#define NOT_FILING_REVIEW "代表|建议|企业|隐患|需要修改|需要废止|需修改|需废止|" IN_REACH
/* Review opinions sent on the documents found faulty */
#define OPINIONS "提出审查意见|提出书面审查意见|发出审查意见|书面审查意见|审查意见函|审查意见书|提出纠正意见|提出修改意见|" \
  "提出处理意见|提出了审查意见|提出了处理意见"
/* The documents' faults named (对存在合法性问题的7件, 与上位法不一致的) */
#define FAULTY_WORDS "合法性问题|存在问题|发现问题|问题的|不一致的|相抵触的|不适当的"
/* Documents a review found faulty, which the reports then say were put
 * right (审查发现问题文件2件，已全部督促整改到位; 经审查发现问题5件) */
#define FOUND_FAULTY "发现问题|问题文件|存在问题|合法性问题|不一致的|相抵触的|不适当的|违背上位法"
#define FAULTY_AFTER "与上位法不一致|与上位法相抵触|存在问题|存在合法性问题|不适当|违背上位法|不符合上位法"
/* The body that made a document, corrected or changed at the review's
 * request */
#define MAKER_CORRECTS "纠正|予以纠正|修改|修正|废止|撤销|改正|整改"
/* Oversight finding problems, and putting them right: more units than
 * political's, which wins the tie in a section of no domain */
#define PROBLEM_UNITS "个|件|项|条|批|类|处|件次|次"
/* a total said in a clause of its own */
#define TOTALLING "总量为|总数为|数量为|共计|总计|合计|总量达|总数达"
#define FIND "发现|查找|查出|排查|梳理|检查发现|督查发现|查摆|列举|列出|指出|揭示"

static const TallyRule oversight_rules[] = {
  /* law-enforcement inspections: the laws inspected, or the inspections */
  { "law_inspections", "执法检查", "件|部|项", NULL, TRUE, NULL, NOT_ACTIVITIES },
  { "law_inspections", WITH_DEPUTIES, "件|部|项", NULL, TRUE, "执法检查", "人次" },
  /* not the places an inspection went to (检查组深入12个市县) */
  /* nor the inspection teams (组织执法检查组6个), counted with 个: the
   * times may be said with 组织 after (执法检查组织了三次) */
  { "law_inspections", "执法检查", "次", NULL, FALSE, NULL, NOT_ACTIVITIES "|" NOT_PLACES "|检查报告" },
  /* (going down to the grass roots says no places: 深入基层开展执法检查
   * 130余次; not the visits an inspection made, 执法检查组深入乡镇、企业开展
   * 实地检查28次) */
  { "law_inspections", "深入基层&执法检查", "次", NULL, FALSE, NULL, NOT_ACTIVITIES "|检查组|赴|走访|到|前往|覆盖|检查报告" },
  { "law_inspections", "执法检查", "个", NULL, FALSE, NULL, NOT_ACTIVITIES "|" NOT_PLACES "|检查组|检查报告" },
  { "law_inspections", NULL, "次", NULL, FALSE, "执法检查", NOT_ACTIVITIES },
  /* the townships' congresses inspecting, wherever the report puts them
   * (指导各乡镇人大开展执法检查26次, in a section on guiding them whose
   * topic is representation): oversight, of scope township, which the
   * cue itself names (全县21个乡镇人大开展执法检查…) */
  { "law_inspections", TOWNSHIP_CONGRESSES "&执法检查", "次|个", "township", TRUE, NULL,
    NOT_ACTIVITIES "|" NOT_PLACES "|检查组" },
  /* 对4部法律、3部法规开展执法检查: the activity after the list counts
   * each of its items */
  { "law_inspections", NULL, "件|部|项", NULL, TRUE, "$执法检查", NOT_ACTIVITIES },
  { "law_inspections", "检查|检查了", "部|件|项", NULL, FALSE, NULL,
    "发现|问题|隐患|企业|单位|项目|点位|案件|案卷|整改|" NOT_ACTIVITIES },
  /* (…the laws counted each time one is inspected: 检查法律法规实施情况31部次) */
  { "law_inspections", "检查|检查了&法律|法规|条例", "部|件|项|部次|件次", NULL, TRUE, NULL,
    "发现|问题|隐患|案件|案卷|清理|废止|修改|制定|批准|" NOT_ACTIVITIES },
  { "law_inspections", "对|就", "部", NULL, FALSE, "检查|实施情况", NOT_ACTIVITIES },
  /* (the laws first, their inspection after who did it: 6部法律法规的实
   * 施情况由常委会组成人员带队检查) */
  { "law_inspections", NULL, "部|件", NULL, FALSE, "法律|法规|条例&实施情况|贯彻实施情况|执行情况&由|经&检查",
    NOT_ACTIVITIES },
  /* (laws counted in 件: 对3件单行条例实施情况进行检查) */
  { "law_inspections", "对|就", "件", NULL, FALSE, "法律|法规|条例&实施情况&检查", NOT_ACTIVITIES },
  /* a later law of a list, its verb said once before the list (检查两部
   * 法律、一部条例的实施情况) */
  { "law_inspections", "检查|检查了", "部", NULL, FALSE, "实施情况|贯彻实施情况|执行情况", NOT_ACTIVITIES },
  /* the laws the inspections of the clause before covered (开展执法检查
   * 31次，涉及法律法规42部) */
  { "law_inspections", "<执法检查&涉及|覆盖|包括&法律|法规|条例", "部|件", NULL, TRUE, NULL, NOT_ACTIVITIES },
  { "law_inspections", "<执法检查&涉及|覆盖|包括", "部|件", NULL, TRUE, "法律|法规|条例", NOT_ACTIVITIES },
  /* the inspections, counted in 次 (检查法律法规实施情况6次) */
  { "law_inspections", "检查&法律法规实施情况|法律实施情况|法规实施情况|实施情况检查", "次|项|件次", NULL, FALSE, NULL,
    NOT_ACTIVITIES "|" NOT_PLACES },

  /* reports heard and deliberated */
  { "work_reports", "听取|审议|听取和审议|听取审议&报告", "个|项|件|份", NULL, FALSE, NULL, "草案|代表|" NOT_REPORTS_HEARD },
  /* (the reports listed by body in clauses of their own, the verb in the
   * sentence's first: 听取和审议省政府关于…的综合报告，省高级人民法院关于…
   * 的报告，省人民检察院关于…的报告等专项工作报告21个) */
  { "work_reports", "<听取|听取和审议|听取审议|听取并审议&等专项工作报告|等工作报告|等报告", "个|项|份", NULL, FALSE, NULL,
    "草案|代表|" NOT_REPORTS_HEARD },
  { "work_reports", "听取|听取和审议|听取审议", "个|项|件|份", NULL, FALSE, "报告", "草案|" NOT_REPORTS_HEARD },
  { "work_reports", "听取和审议|听取审议|听取并审议", "个|项|件", NULL, FALSE, NULL, "意见|建议|草案|" NOT_REPORTS_HEARD },
  /* reports as the count's own noun (听取审议计划执行情况、预算执行情
   * 况、审计工作报告等8个报告): oversight in any section, and not the
   * agenda's items of all kinds (审议…报告等71件次) */
  { "work_reports", "听取|听取审议|听取和审议|听取并审议", "个|项|份", NULL, TRUE, "报告", "草案|代表|意见|建议|" NOT_REPORTS_HEARD },
  /* (the reports counted first, heard in the passive: 十一个专项工作报告被
   * 常委会听取和审议) */
  { "work_reports", NULL, "个|项|份", NULL, FALSE, "工作报告|专项工作报告|专项报告|情况报告&被&听取|审议", "草案|" NOT_REPORTS_HEARD },
  /* (…or put before the sessions: 全年有5个专项工作报告提请常委会会议审议) */
  { "work_reports", NULL, "个|项|份", NULL, FALSE, "工作报告|专项工作报告|专项报告|情况报告&提请|提交&审议",
    "草案|" NOT_REPORTS_HEARD },
  /* the count before the reports, 审议 alone (全年共审议了12个专项工作报告) */
  { "work_reports", "审议|审议了", "个|项|份", NULL, FALSE, "工作报告|专项工作报告|专项报告|情况报告",
    "草案|代表|意见|建议|" NOT_REPORTS_HEARD },

  /* special inquiries */
  { "special_inquiries", "专题询问", "次|场|场次", NULL, TRUE, NULL, "代表|人次" },
  { "special_inquiries", NULL, "次|场|场次", NULL, TRUE, "$专题询问", "代表|人次" },
  /* in 项 and 个, the topics of inquiries; not the problems they raised
   * nor the departments answering (梳理出的37个问题, 应询部门26个) */
  { "special_inquiries", "专题询问", "项|个", NULL, TRUE, NULL, "代表|人次|问题|提问|部门|单位|负责人" },
  /* (nor the topics it took up, counted first: 围绕…两个议题开展专题询问) */
  { "special_inquiries", NULL, "项|个", NULL, TRUE, "$专题询问", "代表|人次|问题|部门|单位|负责人|议题" },
  /* the questions an inquiry put (现场提出询问问题15个, 询问问题23个) */
  { "inquiry_questions", "询问问题|提出询问|提问|询问了|现场询问|应询问题|问询问题|现场问询|现场发问|发问|追问", "个|条|项", NULL, TRUE, NULL,
    "代表建议|审查建议|发现|整改" },
  /* (the questions said put, whatever topic the words before name: 围绕
   * 屡审屡犯、整改不到位等现场提出询问问题15个) */
  { "inquiry_questions", "提出询问问题|现场提出询问问题|提出询问问题|提出了询问问题", "个|条|项", NULL, TRUE, NULL,
    "代表建议|审查建议" },
  /* the questions put or answered, in the sentence of an inquiry
   * (开展专题询问2次，现场提出问题16个，应询部门负责同志回答问题23个) */
  { "inquiry_questions", "<询问|应询&现场提出|回答|提出|答复|提出了|回答了&问题", "个|条|项", NULL, TRUE, NULL,
    "代表建议|审查建议|发现|整改|解决" },
  /* (the questions answered, in a section on oversight, where they are
   * an inquiry's, said in an earlier clause: …开展专题询问2次，…，共回答问
   * 题23个) */
  { "inquiry_questions", "回答问题|回答了问题|现场回答问题|当场回答问题|回答询问问题", "个|条|项", NULL, FALSE, NULL,
    "代表建议|审查建议|群众|咨询|网民", TRUE },
  /* the questions before the verb of the inquiry (14名组成人员围绕21个问
   * 题进行询问) */
  { "inquiry_questions", "围绕|就|针对", "个|条|项", NULL, TRUE, "问题&询问|提问",
    "代表建议|审查建议|发现|整改|解决|部门|单位|负责人|方面" },
  /* (the committee's members putting the questions, whatever the
   * sentence's first clause: 开展执法检查5次，开展专题询问2次，常委会组
   * 成人员现场提出问题23个) */
  { "inquiry_questions", "组成人员|常委会委员|委员&现场提出|提出|现场提问|提问|提出了|提了|现场提了&问题", "个|条|项", NULL, FALSE, NULL,
    "代表建议|审查建议|发现|整改|解决|意见|检查组" },
  /* (有10位常委会组成人员提出了19个问题) */
  { "inquiry_questions", "<询问|应询&现场提出|回答|提出|答复|提出了|回答了|提了|现场提了", "个|条|项", NULL, TRUE, "问题",
    "代表建议|审查建议|发现|整改|解决" },
  /* (the passive, the questions first: 开展专题询问2次，共有21个问题被委员们
   * 当场提出) */
  { "inquiry_questions", "<询问|应询", "个|条|项", NULL, TRUE, "问题&被&提出|提问|询问",
    "代表建议|审查建议|发现|整改|解决" },
  /* (…said put, no 被: 开展专题询问两次，二十三个问题现场提出; or
   * answered: 14个问题当场得到回应) */
  { "inquiry_questions", "<询问|应询", "个|条|项", NULL, TRUE,
    "问题&现场提出|当场提出|当场得到回应|当场得到答复|现场得到回应|现场得到答复",
    "代表建议|审查建议|发现|整改|解决" },

  /* investigations by the committee (deputies' own ones are representation) */
  /* the inquiries into a specific question the law lets a committee set
   * up, in any section (开展特定问题调查1项) */
  { "investigations", "特定问题调查", "次|项|个", NULL, TRUE, NULL, "代表|建议" },
  { "investigations", "专题调研|调研|视察|专项调研|督查|跟踪调研|视察调研", "次|项", NULL, FALSE, NULL,
    NOT_INVESTIGATIONS "|" NOT_ACTIVITIES },
  /* (…by a group formed for them, which is no count of groups: 组成调研
   * 组开展专题调研十九次; not the group's own steps, 调研组形成专题报告5项) */
  { "investigations", "组成调研组|成立调研组|组建调研组&专题调研|专项调研|视察调研|调研", "次|项", NULL, FALSE, NULL,
    "立法调研|调研报告|调研课题|调研成果|调研点|评议小组|评议组|" NOT_ACTIVITIES },
  /* the committee's members with deputies (组织常委会组成人员和代表开展视
   * 察调研15次): the committee's own investigations, in its oversight */
  { "investigations", "常委会组成人员|组成人员&专题调研|调研|视察|专项调研|视察调研", "次|项", NULL, FALSE, NULL,
    NOT_INVESTIGATIONS "|人次" },
  /* the townships' congresses investigating, as they inspect (指导各乡镇
   * 人大开展执法检查26次、专题视察41次): oversight wherever it is said */
  { "investigations", "^" TOWNSHIP_CONGRESSES "&专题调研|调研|视察|专题视察|专项调研|视察调研", "次|项", "township", TRUE, NULL,
    NOT_INVESTIGATIONS "|" NOT_ACTIVITIES },
  /* count first (5项专题调研); not 个, which counts the places visited
   * (深入52个点位开展调研) far more often than investigations */
  /* (组织11个专题调研) */
  { "investigations", "组织|开展", "个", NULL, FALSE, "专题调研|专项调研", NOT_INVESTIGATIONS "|" NOT_ACTIVITIES },
  /* (not the projects studied: 对…51项重大项目推进情况开展专题调研) */
  { "investigations", NULL, "次|项", NULL, FALSE, "$专题调研|调研|视察|专项调研|跟踪调研",
    NOT_INVESTIGATIONS "|" NOT_ACTIVITIES "|项目" },
  /* …but the subjects studied, in 个 (对7个方面工作开展专题调研, 围绕5个
   * 专题开展调研) */
  { "investigations", NULL, "个", NULL, FALSE, "方面|课题|领域|专题开展|专题进行&专题调研|调研|视察|专项调研|跟踪调研",
    NOT_INVESTIGATIONS "|" NOT_ACTIVITIES "|" NOT_PLACES },

  /* filing review of normative documents */
  /* (not the documents sent a review opinion: 对4件规范性文件提出审查意见,
   * documents_corrected) */
  { "normative_documents_reviewed", "备案审查|审查|审查了|主动审查|逐件审查&规范性文件", "件|份|部|个", NULL, TRUE, NULL,
    "发现|相抵触|不一致|审查意见" },
  /* 审查报送备案的行政法规、监察法规、…司法解释等1342件 (批准 is the
   * approval of lower congresses' regulations: legislation) */
  { "normative_documents_reviewed", "备案审查|审查|审查了|主动审查|逐件审查&报送备案|备案的|报备的&" FILED,
    "件|份|部|个", NULL, TRUE, NULL, "批准" },
  { "normative_documents_reviewed", "备案审查|审查|审查了|主动审查|逐件审查&行政法规|监察法规|司法解释",
    "件|份|部|个", NULL, TRUE, NULL, "批准|发现|相抵触|不一致" },
  /* requests that the committee review a document (审查建议, 审查要求) */
  { "review_requests", "审查建议|审查要求|审查申请", "件|份|条|项|个", NULL, TRUE, NULL, NULL },
  /* the documents reviewed on such requests (依申请审查12件), also after
   * the documents reviewed in all (审查规范性文件210件，其中依申请审查12件) */
  { "review_requests", "依申请审查|依申请进行审查|依申请开展审查|依申请", "件|份|项|个", NULL, TRUE, NULL, NULL },
  { "review_requests", "<规范性文件|文件|审查&依申请&审查|进行审查|开展审查", "件|份|项|个", NULL, TRUE, NULL, NULL },
  { "review_requests", NULL, "件|份|条|项|个", NULL, TRUE, "审查建议|审查要求|审查申请", NULL },
  /* documents the committee had corrected, revoked or amended */
  { "documents_corrected", "纠正|督促纠正|予以纠正|撤销|督促修改|督促制定机关修改|督促废止|修改或者废止|修改或废止&文件|规范性文件|问题文件",
    "件|份|个|部", NULL, TRUE, NULL, NULL },
  { "documents_corrected", "纠正|督促纠正|撤销|推动纠正|督促制定机关纠正", "件|份|个|部", NULL, TRUE, "文件|规范性文件", NULL },
  /* (a lower congress's decisions or resolutions revoked: 依法撤销区人大
   * 常委会不适当决定1件) */
  { "documents_corrected", "撤销|撤销了|依法撤销|予以撤销&不适当的决定|不适当决定|不适当的决议|不适当决议|决定|决议",
    "件|项|个", NULL, TRUE, NULL, "代表|建议|任命|职务|资格" },
  /* the maker named (督促市政府修改了规范性文件1件) */
  { "documents_corrected", "督促|要求|责成&纠正|修改|废止|撤销|修改或者废止|修改或废止&文件|规范性文件|问题文件",
    "件|份|个|部", NULL, TRUE, NULL, "代表|建议|配套|制定修改|制定出台|出台" },
  /* a law or an interpretation revoked on review (依法撤销了1件地方性法规) */
  { "documents_corrected", "撤销|撤销了|依法撤销|予以撤销", "件|部", NULL, TRUE, "地方性法规|法规|司法解释|行政法规|监察法规|规章|政府规章",
    "代表|建议|批准" },
  /* 备案审查规范性文件306件，督促纠正11件: the documents named once */
  { "documents_corrected", "<规范性文件|备案审查|审查中&" CORRECTED, "件|份|个", NULL, TRUE, NULL, "代表|建议" },
  /* the bodies that made them named at the head of the list, each verb an
   * item (推动制定机关修改29件、废止16件), in any section */
  { "documents_corrected", "^制定机关&修改|废止|撤销|纠正", "件|份|个|部", NULL, TRUE, NULL, "代表|建议|意见" },
  /* (…the review's opinion said as advice to the drafting body: 经审
   * 查，建议制定机关修改或废止3件) */
  { "documents_corrected", "建议制定机关&修改|废止|撤销|纠正", "件|份|个|部", NULL, TRUE, NULL, "代表|代表建议|意见建议" },
  /* (the count before the passive: …规范性文件156件，有3件被督促纠正) */
  { "documents_corrected", "<规范性文件|备案审查", "件|份|个", NULL, TRUE, "被督促纠正|被纠正|被撤销|被依法撤销|被督促修改",
    "代表|建议" },
  /* the faulty documents named in the clause before (发现问题文件42件，
   * 已纠正36件) */
  { "documents_corrected", CORRECTED "&^问题文件|规范性文件", "件|份|个", NULL, TRUE, NULL, "代表|建议" },
  /* the documents found faulty, and corrected or sent a review opinion
   * (对存在合法性问题的7件提出审查意见, 对发现问题的6件督促…纠正) */
  { "documents_corrected", FAULTY_WORDS, "件|份|个", NULL, TRUE,
    CORRECTED "|" OPINIONS, NOT_FILING_REVIEW },
  /* the correction in the next clause, the opinion in the count's own
   * (审查后发现问题并提出意见的11件，均已纠正): a review in the
   * sentence says whose problems they are (not the Party group's) */
  { "documents_corrected", "<审查|备案|规范性文件&" FAULTY_WORDS "&提出意见|" OPINIONS, "件|份|个", NULL, TRUE, NULL,
    NOT_FILING_REVIEW },
  /* the maker of the documents urged to correct them (督促制定机关纠正
   * 5件, 对其中5件督促制定机关予以纠正) */
  { "documents_corrected", "制定机关&" MAKER_CORRECTS, "件|份|个|部", NULL, TRUE, NULL, "代表|建议" },
  { "documents_corrected", NULL, "件|份|个|部", NULL, TRUE, "制定机关&" MAKER_CORRECTS, "代表|建议" },
  /* the review named in the sentence's first clause, its documents
   * changed at its urging, the maker unnamed (开展法规规章和规范性文件专项
   * 审查…，推动修改废止不符合要求的27件): no laws the congress changed */
  { "documents_corrected", "<规范性文件|备案审查&推动|督促&" MAKER_CORRECTS "|修改废止|修改或者废止", "件|份|个|部", NULL, TRUE,
    NULL, "代表|建议" },
  /* (…or changed by their makers themselves: 对报送备案的249件规范性文件逐件
   * 审查，发现存在问题的文件17件，…，已自行修改或者废止15件) */
  { "documents_corrected", "<规范性文件|备案审查|报送备案&自行修改|自行纠正|自行废止|主动纠正|主动修改", "件|份|个|部", NULL, TRUE,
    NULL, "代表|建议" },
  /* review opinions on the documents named once (备案审查规范性文件57
   * 件，提出审查意见3件; 审查规范性文件57件，对3件提出审查意见) */
  { "documents_corrected", "<规范性文件|备案审查&" OPINIONS, "件|份|个", NULL, TRUE, NULL, "代表|建议|" IN_REACH },
  { "documents_corrected", "<规范性文件|备案审查", "件|份|个", NULL, TRUE, OPINIONS, "代表|建议|" IN_REACH },
  /* (the count first, after 对, the correction after the documents: 推
   * 动有关机关对7件存在问题的规范性文件作出修改或者予以废止) */
  { "documents_corrected", "对", "件|份|个|部", NULL, TRUE,
    "规范性文件|文件&作出修改|予以修改|予以废止|予以撤销|予以纠正|修改或者废止|修改或废止|作出修改或者予以废止|进行纠正",
    "代表|建议|" IN_REACH },
  /* (the count first, after 对: 对4件规范性文件提出审查意见) */
  { "documents_corrected", "对", "件|份|个", NULL, TRUE, "规范性文件&" OPINIONS, "代表|建议|" IN_REACH },
  /* some of the documents reviewed, put right or sent an opinion (审查…
   * 20件，对其中1件督促纠正; 对其中3件提出审查意见) */
  { "documents_corrected", "<规范性文件|备案|审查&其中", "件|份|个", NULL, TRUE, CORRECTED "|" MAKER_CORRECTS,
    NOT_FILING_REVIEW "|意见" },
  /* (opinions asking for changes, 提出修改意见, only when the documents
   * are named: not of a city's laws approved, 审查批准设区的市法规34件，
   * 对其中3件提出修改意见) */
  { "documents_corrected", "其中", "件|份|个", NULL, TRUE, OPINIONS, NOT_FILING_REVIEW "|修改意见" },
  { "documents_corrected", "<规范性文件|备案|文件&其中", "件|份|个", NULL, TRUE, OPINIONS, NOT_FILING_REVIEW },
  /* the faulty ones of the documents reviewed, the opinion in the next
   * clause (对其中两件存在合法性问题的，提出修改意见) */
  { "documents_corrected", "其中", "件|份|个", NULL, TRUE,
    "合法性问题|存在问题|不一致|相抵触|不适当|问题的&" OPINIONS, NOT_FILING_REVIEW },
  /* the NPC's review of regulations and judicial interpretations (对司
   * 法解释提出纠正意见3件) */
  { "documents_corrected", "行政法规|监察法规|司法解释&" OPINIONS, "件|份|个|部", NULL, TRUE, NULL, "代表|建议" },
  /* the documents a review found faulty, said without the correction
   * that follows (…经审查发现问题5件，均已督促纠正; 审查中发现1件与上位
   * 法不一致，…已修改): not the documents reviewed */
  { "documents_corrected", "<审查|备案审查|规范性文件&" FOUND_FAULTY, "件|份", NULL, TRUE, NULL, NOT_FILING_REVIEW },
  { "documents_corrected", "审查|备案审查&" FOUND_FAULTY, "件|份", NULL, TRUE, NULL, NOT_FILING_REVIEW },
  { "documents_corrected", "审查|备案审查&发现", "件|份", NULL, TRUE, FAULTY_AFTER, NOT_FILING_REVIEW },
  /* (…the review in the sentence's first clause: 备案审查规范性文件42件，
   * 发现2件存在与上位法不一致的问题) */
  { "documents_corrected", "<审查|备案审查|规范性文件&发现", "件|份", NULL, TRUE, FAULTY_AFTER, NOT_FILING_REVIEW },
  { "normative_documents_reviewed", "备案审查", "件|份", NULL, TRUE, NULL, "代表|发现|移送|" IN_REACH },
  /* the faulty documents a review found, their fault after the count
   * (对发现的4件问题文件，依法提出审查意见) */
  { "documents_corrected", "<审查|备案|规范性文件&发现的|发现", "件|份", NULL, TRUE, "问题文件|存在问题的文件", NOT_FILING_REVIEW },
  /* the count before the documents and the correction (督促制定机关对40
   * 余件司法解释和地方性法规进行了纠正) */
  { "documents_corrected", "制定机关|对", "件|份|个|部", NULL, TRUE, FILED "|文件&纠正|予以撤销|撤销",
    "代表|建议|审查建议|" IN_REACH },
  /* the documents named once, before a colon or in the sentence's first
   * clause (备案审查规范性文件：全年审查425件，纠正12件) */
  /* (not those sent on to the body they are for: 移送审查2件) */
  { "normative_documents_reviewed", "<规范性文件&审查|审查了|逐件审查|主动审查", "件|份", NULL, TRUE, NULL,
    "代表|建议|纠正|审查意见|制定机关|发现|移送|" IN_REACH },
  /* (…the documents filed named by their kinds: 共接收报送备案的行政法规、
   * 司法解释…4300余件，对其中的行政法规和司法解释逐件进行主动审查，共审查
   * 290件) */
  { "normative_documents_reviewed", "<报送备案|报备|备案审查&审查|审查了|逐件审查|主动审查", "件|份", NULL, TRUE, NULL,
    "代表|建议|纠正|审查意见|制定机关|发现|移送|报送|报备|接收|收到|" IN_REACH },
  /* …the count before the review (接收报备规范性文件152件，对148件进行主动
   * 审查) */
  { "normative_documents_reviewed", "<规范性文件", "件|份", NULL, TRUE, "审查|主动审查|进行审查|逐件审查|备案审查",
    "代表|建议|纠正|审查意见|制定机关|发现|" IN_REACH },
  /* the review said first, its total in a clause of its own (对报送备
   * 案的规范性文件逐件审查，总量为143件; …进行审查，共计143件) */
  { "normative_documents_reviewed", "<规范性文件&<审查|逐件审查|主动审查|进行审查&" TOTALLING, "件|份", NULL, TRUE, NULL,
    "代表|建议|纠正|审查意见|制定机关|问题|报送|报备|接收|收到|移送" },
  /* a later item of a list, the verb at the clause's head (审查州政府规
   * 范性文件十一件、县市人大常委会决议决定二十三件) */
  { "normative_documents_reviewed", "^审查|逐件审查|备案审查|主动审查&规范性文件|决议决定|决议、决定|规章|司法解释|行政法规",
    "件|份", NULL, TRUE, NULL, "代表|建议|纠正|审查意见|发现|问题|作出|移送" },
  { "normative_documents_reviewed", "审查", "件|份", NULL, TRUE, "规范性文件", "发现|移送|审查意见" },
  { "normative_documents_reviewed", "审查|逐件审查|备案审查&报备文件|备案文件", "件|份", NULL, TRUE, NULL, "代表|纠正|发现|问题" },
  { "normative_documents_reviewed", NULL, "件|份", NULL, TRUE, "规范性文件&审查|逐件审查|备案审查", "发现|移送|审查意见" },
  /* the count first, after 对 (对57件行政法规、司法解释进行备案审查, 对新
   * 制定的21件行政法规和司法解释开展主动审查) */
  { "normative_documents_reviewed", "对", "件|份|部", NULL, TRUE,
    "行政法规|监察法规|司法解释|规范性文件&进行审查|进行了审查|予以审查|逐件审查|备案审查|主动审查|审查",
    "代表|审查建议|审查要求|发现|批准|审查意见" },
  /* the documents filed, after 对, whose review comes after a list too
   * long for the window (对报送备案的1319件行政法规、监察法规、地方性法规、
   * 自治条例和单行条例、经济特区法规、司法解释逐件进行审查): 对 the
   * filed documents is their review */
  { "normative_documents_reviewed", "对&报送备案的|报送备案|备案的|报备的", "件|份|部", NULL, TRUE,
    "行政法规|监察法规|司法解释|规范性文件|地方性法规", "代表|审查建议|审查要求|发现|批准|接收|收到" },
  /* the documents named before the count, their review after it (对报送
   * 备案的行政法规、司法解释共106件逐件进行审查; 对国务院制定的行政法规21
   * 件、司法解释16件逐件进行审查) */
  { "normative_documents_reviewed", "对&" FILED "|报送备案的|备案的|报备的", "件|份|部", NULL, TRUE,
    "$逐件进行审查|进行审查|逐件审查|进行了审查|予以审查|主动审查|备案审查",
    "代表|审查建议|审查要求|发现|批准|接收|收到|" IN_REACH },
  /* 对报送备案的规范性文件14件进行审查 */
  { "normative_documents_reviewed", "规范性文件", "件|份|部|个", NULL, TRUE,
    "进行审查|进行了审查|予以审查|逐件审查|备案审查|审查", "代表|审查建议|审查要求|发现" },
  /* (the body filed with said between, whichever it is: 报送常委会备案的,
   * 报自治区人大常委会备案的规范性文件有156件) */
  { "normative_documents_filed", "报备|报送备案|接收|接受|收到|备案登记|常委会备案&规范性文件|决议决定|决议、决定", "件|份|部|个", NULL,
    TRUE, NULL,
    "审查|纠正" },
  /* the short noun (共接收报备文件212件; 审查报备文件212件) */
  { "normative_documents_filed", "接收|收到|备案登记&报备文件|备案文件", "件|份|部|个", NULL, TRUE, NULL, "审查|纠正|发现" },
  /* (the documents before their filing: 共有1319件规范性文件报送常委会备
   * 案; 规范性文件213件报送备案) */
  { "normative_documents_filed", NULL, "件|份|部|个", NULL, TRUE, "规范性文件&报送备案|报送常委会备案|报常委会备案|报送本级人大常委会备案",
    "审查|纠正|发现|批准|建议" },
  { "normative_documents_filed", "规范性文件", "件|份|部|个", NULL, TRUE, "报送备案|报送常委会备案|报常委会备案",
    "审查|纠正|发现|批准|建议" },
  /* 接收报送备案的行政法规、司法解释、地方性法规等1238件 */
  { "normative_documents_filed", "接收|收到|备案登记&报送备案|报备&" FILED, "件|份|部|个", NULL, TRUE, NULL, "审查|纠正|批准" },
  { "normative_documents_filed", "报备|报送备案|接收|收到|备案登记", "件|份", NULL, TRUE, "规范性文件", "审查|纠正" },
  /* (the documents, then their filing: 接受规范性文件备案19件) */
  { "normative_documents_filed", "接受|接收|收到|登记&规范性文件&备案", "件|份", NULL, TRUE, NULL, "审查|纠正|批准|建议" },
  /* (备案 said as the noun after what was filed: 接收行政法规、地方性法规
   * 以及司法解释备案1380余件) */
  { "normative_documents_filed", "接收|收到&" FILED "&备案", "件|份", NULL, TRUE, NULL, "审查|纠正|批准|建议" },

  /* resolutions and decisions the committee made on what it oversaw;
   * not decisions on legal questions, nor laws counted with decisions
   * (通过法律和有关法律问题的决定21件): legislation */
  { "resolutions", "作出|通过|审议通过|表决通过|所作|所作出&决议|决定", "件|项|个", NULL, FALSE, NULL,
    "任免|任命|人事|废止|批准|" NOT_RESOLUTIONS },
  { "resolutions", "作出|通过|审议通过|表决通过", "件|项|个", NULL, FALSE, "决议|决定",
    "任免|任命|人事|废止|批准|" NOT_RESOLUTIONS },
  /* (resolutions and decisions said together, 批准 in one of their names:
   * 作出关于批准2015年省级决算的决议等决议决定6项) */
  { "resolutions", "作出|通过|审议通过|表决通过&决议决定|决议、决定|决议和决定", "件|项|个", NULL, FALSE, NULL,
    "任免|任命|人事|废止|" NOT_RESOLUTIONS },
  /* decisions on major matters named as such, the verb said once for a
   * list (作出法规性决定2件、重大事项决定8件) */
  /* the matters counted before the act (对两件重大事项作出决定) */
  { "resolutions", NULL, "件|项|个", NULL, FALSE, "重大事项&作出决定|作出决议|作出决议决定", "任免|任命|人事" },
  { "resolutions", "重大事项决定|重大事项的决定|重大事项决议|重大事项的决议", "件|项|个", NULL, FALSE, NULL,
    "任免|任命|人事|废止|批准" },

  /* budget adjustments approved (审查批准省级预算调整方案2次): the
   * year's changes to the budget the congress passed */
  /* (not the resolutions it heads: 作出批准…预算调整方案等决议决定十项;
   * nor one resolution named by its title as a part of them: 其中关于批
   * 准县级预算调整方案的决议1项; a resolution said alone is the approval,
   * 作出关于批准…预算调整方案的决议1项) */
  { "budget_adjustments_approved", "批准|审查批准|审议批准|审查和批准|审批|依法审批&预算调整|预算调整方案|调整预算", "次|项|个|件", NULL, TRUE,
    NULL, "决议决定|等决议|等决定|其中关于|等事项" },
  { "budget_adjustments_approved", "批准|审查批准|审议批准|审查和批准|审批|依法审批", "次|项|个|件", NULL, TRUE,
    "预算调整|预算调整方案", NULL },
  /* the times first (两次审查批准市本级预算调整方案) */
  { "budget_adjustments_approved", NULL, "次", NULL, TRUE,
    "批准|审查批准|审议批准|审查和批准&预算调整|预算调整方案", NULL },

  /* warnings the networked budget and state-assets oversight systems
   * gave (联网监督系统推送预警问题线索1260条, 发出预警信息86条, 推送疑点
 * 数据1460条) */
  { "budget_alerts", "<" ALERT_SYSTEMS "&预警|疑点|疑点数据|疑点信息|问题线索", "条|个|次|批|项", NULL, TRUE, NULL, NOT_ALERTS },
  { "budget_alerts", "<" ALERT_SYSTEMS, "条|个|次|批|项", NULL, TRUE, "预警", NOT_ALERTS },
  /* the alerts the system pushed, the system left out (推送预警信息1200余
   * 条), in oversight's sections; not a government's warnings (督促市场
   * 监管部门发布食品安全预警信息30余条) */
  { "budget_alerts", "推送|推送了|系统推送|系统发出|发出&预警信息|预警提示|预警问题|疑点信息|疑点数据|预警线索|疑点线索",
    "条|个|次|批|项", NULL, FALSE, NULL,
    NOT_ALERTS "|" ALERT_SYSTEMS "|部门|政府|食品|安全|疫情|市场" },
  /* (the system's own word: 全年系统自动触发预警612条) */
  { "budget_alerts", "触发|自动触发|系统触发&预警", "条|个|次|批|项", NULL, FALSE, NULL,
    NOT_ALERTS "|部门|政府|食品|安全|疫情|市场" },

  /* petitions (信访): letters and visits the committee received */
  /* (not those passed on or followed up, some of them: 交办督办重点信访
   * 事项15件) */
  /* (nor those another body received: 市法院全年受理群众来信1200件, 市政
   * 府办理“12345”市长信箱来信48.6万件) */
  { "petitions_received", "信访|来信来访|来信|来访|信访件|信访事项|群众来信", "件|件次|封|批|批次|人次|人", NULL, TRUE, NULL,
    "代表|台湾|港澳|考察|团组|代表团|外宾|来宾|来访交流|交流|" PETITIONS_PASSED_ON "|" OTHER_RECEIVERS },
  { "petitions_received", NULL, "件|件次|封|批|批次|人次|人", NULL, TRUE, "信访|来信来访|来信|来访|信访件|信访事项",
    "代表|" PETITIONS_PASSED_ON "|" OTHER_RECEIVERS },

  /* appraisals of departments' work (工作评议) and satisfaction votes
   * on their reports (满意度测评): city and county congresses' oversight */
  /* (not what the appraisal groups did for it: 评议前，各评议小组…走访调研
   * 82次) */
  { "work_evaluations", "工作评议|专项工作评议|履职评议|评议", "项|次|个", NULL, TRUE, NULL,
    "代表|满意度|问题|发现|走访|调研|座谈" },
  { "work_evaluations", NULL, "项|次|个", NULL, TRUE, "工作评议|专项工作评议|履职评议", "代表|满意度" },
  /* (the departments counted in 家: 选择市教育和体育局…3家单位开展工作评议) */
  { "work_evaluations", NULL, "家", NULL, TRUE, "单位|部门&工作评议|专项工作评议|评议", "代表|满意度|问题" },
  /* (对县住建局等四个部门工作进行评议) */
  { "work_evaluations", "对", "个|项", NULL, FALSE, "部门|单位&进行评议|开展评议|进行工作评议", "代表|满意度|问题" },
  /* (组织省人大代表对…等2个部门开展了工作评议; 对…等3个单位的执法工作开展
   * 了评议) */
  { "work_evaluations", "对", "个|项", NULL, FALSE, "部门|单位&工作评议|开展了评议|进行了评议|执法评议", "满意度|问题" },
  /* (…and then a vote on them: 对38个部门开展工作评议并进行满意度测评) */
  { "work_evaluations", "对", "个|项", NULL, FALSE, "部门|单位&" APPRAISED_AND_VOTED, "问题" },
  /* (the departments whose work was voted on: 对…等８个政府部门的工作进行
   * 满意度测评, the count of what was appraised, not of votes) */
  { "work_evaluations", "对", "个|家", NULL, TRUE, "部门|单位&满意度测评", "问题|报告" },
  /* (the departments chosen as those appraised: 选取…等6个部门作为评议对
   * 象, 确定6个部门为评议对象) */
  { "work_evaluations", "选取|确定|选定|选择", "个|家", NULL, TRUE, "部门|单位&评议对象", "满意度|问题|代表" },
  /* the departments voted on, counted after them (今年测评部门21个) */
  { "work_evaluations", "测评部门|测评单位|被测评部门|被测评单位|参评部门|评议部门|被评议部门", "个|家", NULL, TRUE, NULL,
    "问题|报告|代表" },
  /* the committee's members with deputies (组织常委会组成人员和代表对5个
   * 部门开展工作评议): the committee's appraisals, and inspections */
  { "work_evaluations", WITH_DEPUTIES, "项|次|个", NULL, TRUE, "工作评议|专项工作评议|履职评议|评议", "满意度|问题|发现" },
  /* the officials appraised one by one (对3名县政府组成人员开展述职评议,
   * 履职评议政府组成部门负责人6名): people, apart from the departments
   * or items; deputies reporting to their voters are representation */
  /* (in 人次 too, as the older reports count them: 述职评议56人次) */
  /* (and 述职并接受评议: 向常委会述职并接受评议的市政府组成人员有3名) */
  { "officials_evaluated", "述职评议|履职评议|任职评议|履职测评|述职测评|述职并接受评议|述职并接受测评", "人|名|位|人次", NULL, TRUE,
    NULL, "代表" },
  { "officials_evaluated", NULL, "人|名|位|人次", NULL, TRUE,
    "述职评议|履职评议|任职评议|履职测评|述职测评|履职情况测评|履职情况评议|履职评价|履职情况评价|述职并接受评议|述职并接受测评",
    "代表" },
  /* (the officials counted first, reporting to the committee on their
   * work: 3名区政府组成人员向常委会述职; 听取3名…履职情况报告并开展评议) */
  { "officials_evaluated", NULL, "人|名|位", NULL, TRUE,
    "政府组成人员|负责人|法官|检察官&向常委会述职|向人大常委会述职|履职情况报告|述职报告|履职报告", "代表|选民" },
  /* (…or reporting on their work to it, said otherwise: 11名区政府组成人员
   * 先后向常委会书面述职; 区政府19名组成人员轮流向常委会报告履职情况，接
   * 受…评议) */
  { "officials_evaluated", NULL, "人|名|位", NULL, TRUE,
    "政府组成人员|组成人员|负责人&书面述职|述职并|报告履职情况|接受评议|接受测评", "代表|选民" },
  /* (the officials themselves voted on: 对5名政府组成人员进行满意度测评) */
  { "officials_evaluated", NULL, "人|名|位", NULL, TRUE, "政府组成人员|负责人&满意度测评|测评", "代表" },
  /* (…or their work appraised: 对5名市政府组成人员的履职情况开展评议) */
  { "officials_evaluated", "对", "人|名|位", NULL, TRUE, "政府组成人员|负责人&履职情况|工作情况&开展评议|进行评议|评议",
    "代表" },
  /* deputies taking part with the committee's members (组织常委会组成人员
   * 和部分市人大代表对8名政府组成人员开展述职评议); the earlier items of
   * a list (对6名员额法官和4名员额检察官开展述职评议) */
  { "officials_evaluated", WITH_MEMBERS, "人|名|位", NULL, TRUE, "述职评议|履职评议|任职评议", NULL },
  { "officials_evaluated", NULL, "人|名|位", NULL, TRUE, "$述职评议|$履职评议|$任职评议", "代表" },
  /* the officials counted by their departments (对…3个部门负责人开展述职评
   * 议) */
  { "officials_evaluated", NULL, "个", NULL, TRUE,
    "部门负责人|部门主要负责人|单位负责人|单位主要负责人&述职评议", "代表" },
  /* the appraisal named in the sentence's first clause (开展述职评议，共评
   * 议4名政府组成人员) */
  { "officials_evaluated", "<述职评议|履职评议|任职评议&评议|测评", "人|名|位", NULL, TRUE, NULL, "代表" },
  /* (not the reports picked out by the result: 对测评结果为基本满意的1个
   * 报告，责成…) */
  /* (not the departments appraised and then voted on: 对38个部门开展工作
   * 评议并进行满意度测评, work_evaluations) */
  { "satisfaction_surveys", "满意度测评|测评", "次|项|个", NULL, TRUE, NULL, "测评结果|结果为|" APPRAISED_AND_VOTED },
  { "satisfaction_surveys", NULL, "次|项|个", NULL, TRUE, "满意度测评", APPRAISED_AND_VOTED },
  /* the share of satisfied votes such a survey gave: 满意票 are cast
   * by the committee's members; a 满意率 after a 测评 of a report said
   * in the sentence's first clause or the count's own (对2个报告开展满
   * 意度测评，满意率为91%), not deputies' 测评 of how their suggestions
   * were handled */
  /* (满意票率分别为96.2%、94.8%…: every rate of the list) */
  { "evaluation_approval_rate", "^满意票率|满意票", "%", NULL, TRUE, NULL, EXTREMES },
  /* the rate of an appraisal named (评议满意率均达到85%以上) */
  { "evaluation_approval_rate", "评议满意率|测评满意率|评议满意度|测评满意度", "%", NULL, TRUE, NULL, "代表|建议|议案|" EXTREMES },
  { "evaluation_approval_rate", "<报告&<测评&^满意率|满意度|满意和基本满意率", "%", NULL, TRUE, NULL, "代表|建议|议案|" EXTREMES },
  /* the departments appraised together, their average (对市政府12个部门
   * 开展满意度测评，平均满意率为95.6%; 平均得票率为88.7%) */
  { "evaluation_approval_rate", "<测评|评议&平均满意率|平均满意度|平均得票率", "%", NULL, TRUE, NULL, "代表|建议|议案|" EXTREMES },
  /* (the share of satisfied votes said after it: 6个部门平均得到91.2%的满
   * 意票) */
  { "evaluation_approval_rate", "<测评|评议", "%", NULL, TRUE, "满意票", "代表|建议|议案|" EXTREMES },
  /* in a section on oversight, the appraisal named in the sentence
   * (开展工作评议，评议结果满意率均在百分之九十以上), or a rate alone (…，
   * 并对有关部门进行满意度测评，满意率为96.3%): an appraisal's, not the
   * deputies' */
  { "evaluation_approval_rate", "<测评|评议|工作评议|满意度测评&满意率|满意度|满意票率", "%", NULL, FALSE, NULL, "代表|建议|议案|" EXTREMES },
  { "evaluation_approval_rate", "满意率|满意度|满意票率", "%", NULL, FALSE, NULL, "代表|建议|议案|群众|选民|基本满意|" EXTREMES },
  /* (评议满意率平均为92.6%) */
  { "evaluation_approval_rate", "<测评|评议&满意率|满意度|满意票率&平均", "%", NULL, TRUE, NULL, "代表|建议|议案|" EXTREMES },

  /* the follow-up of deliberation opinions (对4项审议意见落实情况开展跟
   * 踪监督, 开展跟踪监督5项); not the follow-up of deputies' suggestions
   * (对12件重点建议跟踪监督: representation) */
  /* (nor the reports on them heard: 听取审议跟踪监督报告3个) */
  { "follow_up_supervisions", "跟踪监督|跟踪问效", "项|次|个|件|份", NULL, TRUE, NULL,
    "建议|代表|议案|整改问题|项目|" FOLLOW_UP_GROUPS "|跟踪监督报告|跟踪监督情况报告|跟踪监督工作报告|跟踪问效报告|跟踪问效情况报告" },
  /* (not projects followed: 州委确定的19个重点项目由常委会跟踪问效; nor
   * the groups who follow up: 分成5个调研组开展跟踪监督) */
  { "follow_up_supervisions", NULL, "项|次|个|件|份", NULL, TRUE, "跟踪问效", "建议|代表|议案|整改问题|项目|" FOLLOW_UP_GROUPS },
  /* (not the problems followed: 对审计查出的187个问题整改情况开展跟踪监督) */
  { "follow_up_supervisions", NULL, "项|次|个|件|份", NULL, TRUE, "跟踪监督",
    "建议|代表|议案|整改问题|问题整改|项目|" FOLLOW_UP_GROUPS },
  /* (the opinions followed counted after the verb: 共跟踪审议意见14项) */
  { "follow_up_supervisions", "跟踪|跟踪督办|跟踪落实", "项|条|件|个", NULL, TRUE, "审议意见", "建议|代表|议案|整改问题" },
  { "follow_up_supervisions", "跟踪|跟踪督办|跟踪落实&审议意见", "项|条|件|个", NULL, TRUE, NULL,
    "代表建议|代表|议案|整改问题|政策|文件|措施|制度|问题" },
  /* (对18条审议意见落实情况开展跟踪监督) */
  { "follow_up_supervisions", NULL, "条", NULL, TRUE, "审议意见&跟踪监督|跟踪督办", "建议|代表|议案|整改问题" },
  /* (对上年度3项审议意见落实情况开展“回头看”) */
  { "follow_up_supervisions", NULL, "项|条|件|个", NULL, TRUE, "审议意见&回头看", "建议|代表|议案|整改问题" },
  /* (跟踪督办审议意见落实情况8件, 对8件审议意见落实情况开展跟踪督办) */
  { "follow_up_supervisions", "跟踪督办&审议意见", "项|次|个|件|份", NULL, TRUE, NULL, "建议|代表|议案|整改问题" },
  /* (the follow-up said before its count: 对审议意见办理情况开展“回头看”9项) */
  { "follow_up_supervisions", "审议意见&回头看", "项|次|个|件", NULL, TRUE, NULL, "建议|代表|议案|整改问题" },
  { "follow_up_supervisions", NULL, "项|次|个|件|份", NULL, TRUE, "审议意见&跟踪督办|跟踪检查", "建议|代表|议案|整改问题" },
  /* the reports an investigation wrote */
  { "research_reports", "调研报告", "篇|份|个", NULL, FALSE, NULL, "获奖|奖|优秀" },
  /* (what an investigation of a specific question wrote: 形成特定问题调查
   * 报告1篇; not reports heard) */
  { "research_reports", "形成|撰写|完成|提交|起草&调查报告", "篇|份|个", NULL, FALSE, NULL, "获奖|奖|优秀|听取|审议" },
  { "research_reports", NULL, "篇|份|个", NULL, FALSE, "调研报告", "获奖|奖|优秀" },

  /* problems the oversight found and had put right (深入66个贫困县开
   * 展监督，发现问题1386个，督促整改1203个) */
  /* (not the problems put right, said before: 督促整改审计查出问题41个) */
  /* (nor the Party group's own: 常委会党组查找突出问题18个) */
  /* (nor the kinds of problems a report lists: 6个方面突出问题) */
  { "problems_identified", FIND "&问题|突出问题|短板", PROBLEM_UNITS, NULL, FALSE, NULL,
    "解决|整改措施|整改到位|完成整改|已整改|规范性文件|文件|隐患|代表|建议|督促整改|推动整改|问题整改|整改审计|党组|方面" },
  /* (the inspection named in the sentence's first clause: 常委会开展执法检
   * 查，发现问题270个) */
  { "problems_identified", "<执法检查|检查组|视察|专题调研&" FIND "&问题|突出问题|短板", PROBLEM_UNITS, NULL, FALSE, NULL,
    "解决|整改措施|整改到位|完成整改|已整改|规范性文件|文件|隐患|代表|建议|督促整改|推动整改|问题整改|整改审计|方面" },
  { "problems_identified", FIND, PROBLEM_UNITS, NULL, FALSE, "问题|突出问题",
    "解决|整改措施|整改到位|完成整改|已整改|规范性文件|文件|代表|建议|方面" },
  /* (…the count before them: 审计工作报告反映的43个问题; 审计工作报告提出
   * 的46个问题中，已整改41个) */
  { "problems_identified", "审计&反映的|指出的|揭示的|查出的|提出的", PROBLEM_UNITS, NULL, FALSE, "问题",
    "解决|整改措施|整改到位|完成整改|已整改|代表|建议|督促整改|推动整改|整改审计" },
  /* (the alerts a system sent checked, the problems confirmed: 经逐条核实，
   * 确认问题21个) */
  { "problems_identified", "核实确认|确认|核实属实|经核实属实&问题", PROBLEM_UNITS, NULL, FALSE, NULL, "解决|整改|代表|建议|线索" },
  /* (审计工作报告反映的问题共计143个) */
  { "problems_identified", "审计&反映的问题|指出的问题|揭示的问题|查出的问题", PROBLEM_UNITS, NULL, FALSE, NULL,
    "解决|整改措施|整改到位|完成整改|已整改|代表|建议|督促整改|推动整改|整改审计" },
  { "problems_rectified", "整改|督促整改|推动整改|整改到位|完成整改|已整改|整改完成|立行立改", PROBLEM_UNITS, NULL, FALSE, NULL,
    "措施|举措|任务|清单|方案|文件|代表|建议|跟踪监督|尚未|未完成|未整改|梳理出|" HANDED_OVER "|整改意见|整改不力|整改不到位|"
    /* (still being put right: 已整改41个，正在整改5个) */
    "正在整改|正在推进整改|正在落实整改" },
  /* some of the problems found, the count before the word (共发现问题43
   * 个，其中36个已整改到位; 对审计查出的问题，已有52个被整改到位) */
  { "problems_rectified", "<问题&其中|已有|共有", PROBLEM_UNITS, NULL, FALSE, "整改到位|完成整改|已整改|整改完成|得到整改",
    "措施|举措|任务|清单|方案|文件|代表|建议|尚未|未完成|未整改|" HANDED_OVER },
  /* the problems before the word (推动审计查出的43个问题整改到位) */
  { "problems_rectified", NULL, PROBLEM_UNITS, NULL, FALSE, "问题&整改到位|完成整改|已整改|整改完成|得到整改",
    "措施|举措|任务|清单|方案|文件|代表|建议|尚未|未完成|未整改|" HANDED_OVER },

  /* the opinions oversight put forward: the committee's deliberation
   * opinions (形成审议意见43条, anywhere), and, in a section on
   * oversight, the opinions of an inspection or a visit (执法检查组…提出意
   * 见建议35条); not those followed up, nor the deputies' or the
   * public's, nor those on drafts and laws sent for approval (legislation:
   * 对报批法规提出修改意见120条, 有11.8万人次提出意见28.6万条) */
  { "opinions_made", "审议意见|审议意见书", "条|项|份|件", NULL, TRUE, NULL, NOT_OPINIONS_MADE "|跟踪|督办|办理" },
  /* (the members with deputies who sat in, who put them forward: 常委会
   * 组成人员和代表对…报告提出审议意见21条) */
  { "opinions_made", WITH_DEPUTIES "|组成人员和列席代表&审议意见|审议意见书", "条|项|份|件", NULL, TRUE, NULL,
    "群众|选民|网民|社会各界|落实|整改情况|整改落实|督促整改|推动整改|整改到位|完成整改|反馈|跟踪|督办|办理" },
  /* (in a section on oversight only, never lent to another's, where the
   * opinions are comments on drafts or deputies' suggestions) */
  /* what an appraisal of officials or departments told them (会后向被评议
   * 部门书面反馈评议意见52条, 交办整改意见62条) */
  { "opinions_made", "提出|形成|反馈|书面反馈|交办&评议意见|整改意见", "条|项|份|件", NULL, TRUE, NULL,
    NOT_OPINIONS_GIVEN "|跟踪|督办|办理" },
  { "opinions_made", "提出|形成|梳理|汇总|提交&意见建议|意见和建议|意见|整改建议", "条|项", NULL, FALSE, NULL,
    NOT_OPINIONS_MADE "|征求|收到|收集|征集|立法|草案|采纳|报批|修改意见|联系点|人次|审计", TRUE },
  /* what an inspection proposed, the group named as who did, in any
   * section (执法检查组提出建议31条; 检查组发现问题84个，提出建议31条):
   * not the deputies' suggestions; not a research group's, which may
   * comment on drafts (调研组…提出修改建议40条) */
  { "opinions_made", "<执法检查组|检查组|视察组|执法检查&提出|形成&建议|意见建议|意见和建议|意见", "条|项", NULL, TRUE, NULL,
    NOT_OPINIONS_MADE "|征求|收到|收集|征集|立法|草案|采纳|报批|修改意见|联系点|人次|代表" },
  /* survey sizes, when the report totals them */
  /* (not the members of a committee of investigation: 调查委员会由…共15
   * 人组成) */
  { "surveys", "全年|共|累计|共计|总计|合计&问卷|问卷调查|调查|测评", "份|人|人次", NULL, FALSE, NULL, "组成|委员会|调查组" },
  /* (the total said in the sentence's first clause, the questionnaires
   * after it: 全年共开展问卷调查，回收有效问卷6800余份) */
  { "surveys", "<全年|共开展|共组织|共发放|共回收|累计|共计|总计|合计&<问卷调查|问卷调研|满意度调查|民意调查&回收|发放|收回|收集",
    "份|人|人次", NULL, FALSE, NULL, "组成|委员会|调查组|检查组|执法检查" },
};

const TallyDomain tally_domain_oversight = {
  "oversight",
  "oversight",
  oversight_rules,
  G_N_ELEMENTS (oversight_rules),
};

/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/* Political tallies: what the opening section of a report counts about the
 * standing committee's Party group — its study sessions, the matters it
 * reported to the Party committee, the enterprises, institutions, experts
 * and deputies its members liaised with, the problems found, solved and
 * rectified.
 *
 * Reports state these as an activity and a count: 党组集体学习26次,
 * 召开党组会议32次, 党组理论学习中心组学习12次, 举办专题讲座6次, 向省委
 * (市委, 党委) 请示报告重大事项46件, 检视问题22个、制定整改措施87条,
 * 包联企业94家, 协调解决问题170个; or count first: 联系服务12家企业,
 * 建立7本台账, 成立8个工作专班. Lists share their verb (包联94家企业、10个
 * 科研院所、10名专家), so the `after` cues read the noun that follows a
 * count on its own.
 *
 * These cues mean politics only inside a political section (or a section
 * of no domain): a self-building section's 党组集体学习 is the office's
 * own study and counted there. What cannot be read any other way claims
 * its count everywhere: 请示报告…事项, the Party group's meetings (党组
 * 会议…次) and its central group's study (理论学习中心组), which many
 * reports tell of in the self-building section.
 *
 * Measures beyond DESIGN.md (which has study_sessions, requests_reported,
 * enterprises_served, problems_solved): the fine-grained names used by the
 * hand-checked gold — tasks_identified, party_group_study_sessions,
 * central_group_study_sessions, lectures, theme_education_meetings,
 * branch_study_sessions, party_members_covered, research_reports_awarded,
 * key_problem_projects, livelihood_projects, task_forces,
 * problems_identified, rectification_measures, ledgers,
 * matters_reported_to_party_committee, enterprises_liaised,
 * institutions_liaised, experts_liaised, deputies_liaised,
 * satisfaction_rate — and party_group_meetings (召开党组会议N次),
 * guided_study_classes (读书班), research_reports (调研报告N篇),
 * problems_rectified (整改问题N个), projects_liaised (包联重点项目N个),
 * research_topics (领题开展调研N项), matters_studied (the Party group's
 * meetings: 研究重大事项86项), warning_education_sessions (开展警示教育4
 * 次) and industry_chains_liaised (包联重点产业链12条).
 * key_problem_projects are projects that tackle a hard problem (攻坚,
 * 破难, 攻关 with 项目, 课题…); livelihood_projects the people's-
 * livelihood projects and lists (民生实事, 民生项目, 民生清单).
 */

#include "baogao-tally.h"

/* what each one of the leaders took on */
#define PER_MEMBER "每人|每位|每名"
/* the economy's figures, not enterprises the committee served */
#define NOT_LIAISED "新增|新登记|总量|总数|净增|增长"
/* the problems of oversight, not the Party group's */
#define NOT_PARTY_PROBLEMS "执法检查|检查组|审计"
/* reading and study classes, whoever holds them (党组举办党史学习教育专
 * 题读书班2期: a class, not the Party group's study session) */
#define STUDY_CLASSES "读书班|读书会|专题读书班|学习班|专题班|研讨班"
#define TIMES     "次|场|期|轮|个|场次"
/* how the Party group's own meetings are counted, wherever they are told */
/* the study the Party group holds that is counted apart from its
 * collective study, whoever the sentence names: the seminars on a theme
 * (党组…开展专题研讨4次) and the study that opens meetings (党组会议通过
 * “第一议题”学习38次) are study_sessions */
#define NOT_PARTY_GROUP_STUDY "专题研讨|集中研讨|第一议题|会议前|会前|、主任会议|、常委会会议|主任会议、|常委会会议、"
#define PG_TIMES  "次|场次"
#define ITEMS     "项|个|件|条|批|类|处|件次"
#define PEOPLE    "名|位|人|人次"
#define BODIES    "家|个|户|所"
/* the committee's leaders and members, named as who liaise */
#define LEADERS   "领导|组成人员|党组|班子成员|主任会议成员|委员"

/* Party bodies that study together */
#define CENTRAL   "理论学习中心组|中心组"

#define STUDY     "学习|集体学习|专题学习|传达学习|学习研讨|交流研讨|研讨|学习会|学习交流"
/* Verbs of liaison */
#define LIAISE    "包联|包保|包抓|分包|联系|联系服务|走访|服务|对接|帮扶|挂钩联系|结对|联络|调研走访"
#define ENTERPRISES "企业|民营企业|民企|市场主体|中小企业|重点企业|商会"
#define INSTITUTIONS "科研院所|高校|高等院校|院校|科研机构|研究院|研究所|院所|大学"
#define EXPERTS   "专家|学者|专家学者|智库"
/* Solving verbs and what is solved */
#define SOLVE     "解决|协调解决|帮助解决|推动解决|化解|办结|破解|解决了|协调|帮助"
#define PROBLEMS  "问题|诉求|难题|困难|堵点|卡点|难点|事项"
/* Projects, and the people's-livelihood ones */
#define PROJECTS  "项目|课题|工程|任务"
#define LIVELIHOOD "民生实事|民生项目|民生清单|民生工程|实事项目|惠民项目|民生实事项目"
/* Finding problems */
#define FIND      TALLY_FIND_PROBLEMS
/* The Party's campaigns, whose findings are political whatever section
 * tells of them: theme education (2019, 2023), the later 学习教育 (党史,
 * 党纪), and the older ones (先进性教育 2005–06, 深入学习实践科学发展观活动
 * 2008–10, 创先争优 2010–12, 群众路线教育实践活动 2013–14, 三严三实 2015,
 * 两学一做 2016) */
#define CAMPAIGNS "主题教育|学习教育|三严三实|群众路线|教育实践活动|两学一做|学习实践活动|学习实践科学发展观|" \
  "创先争优|先进性教育"
/* …and the Party group's own review of itself, named as who holds it
 * (常委会党组召开专题民主生活会，检视问题二十一个), in any section */
#define PARTY_REVIEWS CAMPAIGNS "|常委会党组召开|人大常委会党组召开|党组召开专题民主生活会|党组专题民主生活会"

static const TallyRule political_rules[] = {
  /* Party-group and central-group study */
  /* the Party group's central group studies are political work in any
   * section (a self-building section tells of them too) */
  /* (not the group's reading classes: 举办党组理论学习中心组读书班1期) */
  /* (…nor the office's own central group: 机关理论学习中心组学习10次) */
  { "central_group_study_sessions", CENTRAL "&" STUDY, TIMES, NULL, TRUE, NULL,
    STUDY_CLASSES "|机关理论学习中心组|机关中心组|" TALLY_OFFICE_PARTY_ORGANS },
  { "central_group_study_sessions", CENTRAL, TIMES, NULL, TRUE, NULL,
    STUDY_CLASSES "|机关理论学习中心组|机关中心组|" TALLY_OFFICE_PARTY_ORGANS },
  /* the count before the group (组织了10次党组理论学习中心组学习) */
  { "central_group_study_sessions", "开展|组织|举行|组织了|开展了|举行了", TIMES, NULL, TRUE, CENTRAL,
    "集体学习|专题学习|集中学习|学习研讨|党组会议" },
  /* the central group named once, in the sentence's subject: 常委会党组
   * 一是坚持理论学习中心组学习制度，全年集体学习14次 — not the study of
   * the office's staff or branches said after it, nor the Party group's
   * own named after it (…中心组学习13次，党组集体学习8次) */
  { "central_group_study_sessions", "<" CENTRAL "&集体学习|专题学习|学习研讨|集中学习", TIMES, NULL, TRUE, NULL,
    "机关|干部|支部|党员|青年|代表|会议前|会前|党组集体学习|党组专题学习|党组集中学习" },
  /* the study that opens meetings (第一议题), the system named in the
   * sentence's first clause and the study said bare in the count's, in any
   * section: 坚持“第一议题”制度，在常委会会议上学习…31次; before the Party
   * group's own study below, which it is not though the Party group opens
   * the sentence (常委会党组坚持“第一议题”制度，在党组会议上学习…38次); not
   * the group's study said as such after it (…，党组集体学习12次) */
  { "study_sessions", "<第一议题&开展学习|组织学习|进行学习|学习|传达学习", "次|场|轮|场次", NULL, TRUE, NULL,
    "集体学习|集中学习|专题学习|中心组|党组集体|党组学习|党组织|支部|机关党委|代表|其中|" STUDY_CLASSES },
  /* (…the Party group or its meetings named too, in the subject or the
   * count's words: 坚持“第一议题”制度，党组会议专题学习…32次; 常委会党组坚持
   * “第一议题”制度，全年学习研讨21次 — the study that opens its meetings) */
  { "study_sessions", "<第一议题&党组会议专题学习|党组会议上学习|党组会议学习|专题学习|学习研讨|传达学习|跟进学习", "次|场|轮|场次",
    NULL, TRUE, NULL,
    "集体学习|集中学习|中心组|党组集体|党组学习|党组织|支部|机关党委|代表|其中|" STUDY_CLASSES },
  /* (…the count before the study: 46次“第一议题”学习贯穿全年; 坚持“第一
   * 议题”制度，先后28次在会议开始时集体学习…) */
  { "study_sessions", NULL, "次|场|轮|场次", NULL, TRUE, "第一议题&学习",
    "会议|召开|中心组|党组织|支部|机关党委|代表|" STUDY_CLASSES },
  { "study_sessions", "<第一议题", "次|场|轮|场次", NULL, TRUE, "会议开始时集体学习|会前集体学习|会议开始前集体学习|会议开始时学习|会前学习",
    "中心组|党组织|支部|机关党委|代表|" STUDY_CLASSES },
  /* the Party group may be named once, as the sentence's subject:
   * 常委会党组把…作为首要政治任务，开展集体学习12次 */
  /* (not the members' or the staff's, whom the Party group organises:
   * 组织常委会组成人员和机关干部开展专题研讨6次) */
  /* (in any section: the words name the Party group, 常委会党组集体学习11次
   * in one on self-building) */
  { "party_group_study_sessions", "<党组&" STUDY, TIMES, NULL, TRUE, NULL,
    STUDY_CLASSES "|组成人员|机关干部|干部职工|机关党员|机关党组|党组织|支部|其中|扩大学习|推进会|动员会|部署会|问题|" NOT_PARTY_GROUP_STUDY },
  /* (…or named with its study in the count's own clause, whatever the
   * clauses before it tell of: 构建党组会议带头学、…、机关支部跟进学的学习
   * 格局，全年党组集体学习15次) */
  { "party_group_study_sessions", "党组集体学习|党组专题学习|党组集中学习|党组学习", TIMES, NULL, TRUE, NULL,
    STUDY_CLASSES "|机关党组|党组织|其中|" NOT_PARTY_GROUP_STUDY },
  /* the Party group's meetings are its own, whatever section tells of
   * them (二是召开党组会议38次 in a self-building section): said in 次 */
  { "party_group_study_sessions", "党组会议|党组会&" STUDY, PG_TIMES, NULL, TRUE, NULL, NOT_PARTY_GROUP_STUDY },
  { "party_group_meetings", "党组会议|党组会|党组扩大会议", PG_TIMES, NULL, TRUE, NULL, "学习|中心组" },
  { "party_group_meetings", "召开|举行|组织召开", PG_TIMES, NULL, TRUE, "党组会议|党组会|党组扩大会议", "学习" },
  { "party_group_meetings", "党组&召开&会议", PG_TIMES, NULL, TRUE, NULL, "学习|中心组|主题教育|专题会议|警示教育" },
  /* (…the count before the meetings: 常委会党组先后召开14次会议) */
  { "party_group_meetings", "党组&召开|举行", PG_TIMES, NULL, TRUE, "会议",
    "学习|中心组|主题教育|专题会议|警示教育|机关党组|主任会议|常委会会议|常务委员会会议|座谈会|推进会|"     "工作会议|扩大会议|联席会议|民主生活会" },
  /* (…said 开会: 党组全年开会24次) */
  { "party_group_meetings", "党组&开会", PG_TIMES, NULL, TRUE, NULL, "学习|中心组|主题教育|专题会议|警示教育|机关党组" },
  { "party_group_study_sessions", "党组会议|党组会&" STUDY, TIMES, NULL, FALSE, NULL, NOT_PARTY_GROUP_STUDY },
  { "party_group_meetings", "党组会议|党组会|党组扩大会议", TIMES, NULL, FALSE, NULL, "学习|中心组" },
  /* the count before the verb (全年先后26次召开党组会议) */
  { "party_group_meetings", NULL, PG_TIMES, NULL, TRUE, "召开党组会议|召开党组扩大会议|举行党组会议", "学习|中心组" },
  { "party_group_meetings", "召开|举行|组织召开", TIMES, NULL, FALSE, "党组会议|党组会|党组扩大会议", "学习" },
  { "party_group_meetings", "党组&召开&会议", TIMES, NULL, FALSE, NULL, "学习|中心组|主题教育|专题会议|警示教育" },
  /* the Party group named in the sentence's first clause (常委会党组坚持
   * 民主集中制，全年共召开会议19次) */
  { "party_group_meetings", "<党组&召开|举行&会议", PG_TIMES, NULL, FALSE, NULL,
    "学习|中心组|主题教育|专题会议|警示教育|常委会会议|主任会议|座谈会|推进会|现场会|培训|工作会议|全省|全市|全县|全区" },
  { "branch_study_sessions", "支部|党支部|三会一课|主题党日|党小组&" STUDY "|学习活动|集中学习", TIMES, NULL, FALSE, NULL, NULL },
  { "branch_study_sessions", "支部|党支部|三会一课|主题党日|党小组", TIMES, NULL, FALSE, STUDY "|学习活动|集中学习", NULL },
  /* (the branches named in the sentence's first clause: 机关各党支部把学习
   * 教育同业务工作结合起来，…，全年集中学习共计214次) */
  { "branch_study_sessions", "<党支部|各支部&集中学习|学习活动|" STUDY, TIMES, NULL, FALSE, NULL, "党组|中心组" },
  { "study_sessions", "集体学习|专题学习|学习研讨|交流研讨|学习会|集中学习|专题研讨|集中研讨|传达学习|学习交流", TIMES, NULL, FALSE, NULL, STUDY_CLASSES },
  /* the study that opens the Party group's and the committee's meetings
   * (通过“第一议题”学习…35次) */
  { "study_sessions", "第一议题&学习|传达学习|专题学习|集体学习", "次|场|期|轮|场次", NULL, FALSE, NULL, NULL },
  /* (严格落实“第一议题”制度，全年开展学习32次: the study named in the
   * sentence's first clause; not the Party group's own, nor classes) */
  { "study_sessions", "<第一议题&开展学习|组织学习|进行学习", "次|场|轮|场次", NULL, FALSE, NULL,
    "党组|" STUDY_CLASSES },
  /* (落实“第一议题”制度36次) */
  { "study_sessions", "第一议题", "次|场|轮|场次", NULL, FALSE, NULL, NULL },
  /* the Party group's own, its subject named in the sentence's first
   * clause, in any section (常委会党组坚持“第一议题”制度，全年通过“第一议
   * 题”学习…36次 in one on self-building); its lectures too (常委会党组召
   * 开会议19次…，开展专题党课3次); not the branches', nor a part of the
   * Party group's own study (党组集体学习15次(其中通过“第一议题”学习9次)) */
  { "study_sessions", "<党组&第一议题&学习|传达学习|专题学习|集体学习", "次|场|期|轮|场次", NULL, TRUE, NULL,
    "党组织|支部|机关党委|代表|其中" },
  /* (not the office's Party group's: 机关党组书记讲专题党课4次) */
  { "lectures", "<党组&党课|专题党课", TIMES "|讲|堂", NULL, TRUE, NULL, "党组织|支部|代表|" TALLY_OFFICE_PARTY_ORGANS },
  /* the seminars after the Party group's or its central group's study,
   * or of a campaign that opens the sentence, in any section (中心组学习
   * 12次，开展专题研讨6次; 深入开展党纪学习教育，…开展专题研讨4次) */
  /* (not a part of the group's study, after 其中: 中心组专题学习12次，其中
   * 集中研讨6次) */
  { "study_sessions", "<党组|中心组|" CAMPAIGNS "&专题研讨|集中研讨", TIMES, NULL, TRUE, NULL,
    "党组织|支部|机关党委|机关党组|代表|其中|" STUDY_CLASSES },
  /* (the lectures named as the sentence's topic, the verb with the count:
   * 专题党课由党组书记带头讲授，全年共讲授6次) */
  { "lectures", "<党课|专题党课&讲授|授课|讲党课|共讲|共讲授", TIMES "|讲|堂", NULL, FALSE, NULL, "党组织|支部|机关党委|代表" },
  { "study_sessions", "开展|组织|举行|召开|开展了|组织了|举行了", TIMES, NULL, FALSE,
    "集体学习|专题学习|学习研讨|学习会|集中学习|专题研讨|集中研讨|集体学法|专题学法", NULL },
  /* (not the deputies' lectures, 为代表举办讲座) */
  { "lectures", "讲座|专题讲座|法治讲座|法制讲座|专题辅导|辅导报告|党课|专题党课|宣讲|报告会|辅导讲座|学习讲座|专题学习讲座|"
    "业务学习讲座", TIMES "|讲|堂", NULL, FALSE, NULL, "代表" },
  { "lectures", NULL, TIMES "|讲", NULL, FALSE, "讲座|专题讲座|专题辅导|辅导报告|党课|专题党课|宣讲|报告会", "代表" },
  /* (…but the Party lectures given at the deputies' stations are the
   * Party group's: 深入基层立法联系点、代表联络站讲专题党课九次) */
  { "lectures", "联络站|代表之家|工作站|联系点&讲党课|讲专题党课|讲授党课|讲授专题党课", TIMES "|讲|堂", NULL, FALSE, NULL,
    "为代表|给代表|向代表" },
  /* (…and in 人次, the lecturers counted once a lecture: 党组成员到所在支部
   * 讲党课7人次) */
  { "lectures", "讲党课|讲专题党课|讲授党课|讲授专题党课", "人次", NULL, FALSE, NULL, "代表" },
  /* (the Party group's own, in any section: 党组举办专题读书班2期) */
  { "guided_study_classes", "党组举办|党组开展|党组组织|党组集中&" STUDY_CLASSES, "期|次|场|场次|个|班", NULL, TRUE, NULL,
    "代表|机关党组|支部|机关党委|党员干部|机关干部|组成人员|会议" },
  /* (…the Party group who acts named in the sentence's first clause, after
   * a comma, which 机关党组 is not: 党纪学习教育中，党组开展警示教育4次，举办
   * 党纪学习教育读书班1期) */
  { "guided_study_classes", "<，党组举办|，党组开展|，党组组织|常委会党组&举办|开办&" STUDY_CLASSES, "期|次|场|场次|个|班", NULL, TRUE, NULL,
    "代表|机关党组|支部|机关党委|党员干部|机关干部|组成人员|会议" },
  { "guided_study_classes", STUDY_CLASSES, "期|次|场|场次|个|班", NULL, FALSE, NULL, "代表" },
  { "guided_study_classes", NULL, "期|次|场|场次|个|班", NULL, FALSE, "读书班|读书会|学习班|专题班|研讨班", "代表" },
  /* (not the members sent to work somewhere: 机关400余名党员干部下沉社区) */
  { "party_members_covered", "党员|党员干部", PEOPLE, NULL, FALSE, NULL, "下沉|奋战|值守|驻村|优秀共产党员|优秀党员" },
  { "party_members_covered", NULL, PEOPLE, NULL, FALSE, "党员|党员干部", "下沉|奋战|值守|驻村|优秀共产党员|优秀党员" },

  /* theme education (主题教育) and its meetings */
  /* (and the campaigns after it: 党纪学习教育 in 2024, 中央八项规定精神学习
   * 教育 in 2025) */
  { "theme_education_meetings", "主题教育|党纪学习教育|学习教育&会议|专题会议|推进会|部署会|工作会|调度会|领导小组会议", TIMES,
    NULL, FALSE, NULL, NULL },
  { "theme_education_meetings", "召开|举行|组织召开", TIMES, NULL, FALSE, "专题会议|推进会|部署会|调度会|领导小组会议", "党组" },
  /* the campaign named in the first clause (扎实开展主题教育，先后召开推进
   * 会、调度会5次) */
  { "theme_education_meetings", "<主题教育|学习教育&推进会|调度会|部署会|专题会议", TIMES, NULL, FALSE, NULL, NULL },
  { "theme_education_meetings", "主题教育&召开|举行", TIMES, NULL, FALSE, "会议|推进会|部署会", NULL },

  /* research and its results */
  { "research_reports_awarded", "调研报告|研究报告|调研成果|课题成果&获奖|评为|获评|被评为|入选", "篇|份|个|项", NULL, FALSE, NULL, NULL },
  { "research_reports_awarded", "调研报告|研究报告|调研成果|课题成果", "篇|份|个|项", NULL, FALSE, "获奖|评为|获评|被评为|入选|获得", NULL },
  { "research_reports_awarded", NULL, "篇|份", NULL, FALSE, "获奖|评为|获评|被评为|荣获|入选", NULL },
  /* (2篇调研报告获全省人大系统优秀调研成果) */
  { "research_reports_awarded", NULL, "篇|份", NULL, FALSE, "调研报告|研究报告&获|荣获|获评|评为|入选", NULL },
  /* (其中2篇获全省优秀调研成果奖) */
  { "research_reports_awarded", NULL, "篇|份", NULL, FALSE, "获|荣获&奖", NULL },
  /* endorsed by the Party committee's leaders (其中5篇获省委主要领导批示) */
  { "research_reports_awarded", NULL, "篇|份", NULL, FALSE, "获&批示|肯定性批示", NULL },
  { "research_reports", TALLY_RESEARCH_REPORTS, "篇|份|个|项", NULL, FALSE, NULL, "获奖|评为|获评|入选|评选|评出|优秀调研" },
  { "research_reports", NULL, "篇|份", NULL, FALSE, TALLY_RESEARCH_REPORTS, "获奖|评为|获评|入选|评选|评出|优秀调研" },
  /* (a Party campaign's, the campaign opening the sentence, in any
   * section: 常委会党组扎实开展…主题教育，…领题调研14项，形成调研报告14篇) */
  { "research_reports", "<" CAMPAIGNS "&" TALLY_RESEARCH_REPORTS, "篇|份|个|项", NULL, TRUE, NULL,
    "获奖|评为|获评|入选|评选|评出|优秀调研|代表|机关党" },
  /* the research the leaders took up (班子成员领题开展调研28项): the
   * topics studied, not the committee's oversight (开展专题调研7项); not
   * the places visited nor its reports */
  { "research_topics", "领题|课题|调研课题|主题教育&调研|专题调研|课题调研|调查研究", "项|个", NULL, FALSE, NULL,
    "报告|成果|走访|深入|赴|点位|企业|单位" },
  /* topics taken, said so, wherever the leaders went for them (深入区
   * 县、开发区领题调研16项) */
  { "research_topics", "领题&调研|专题调研|课题调研|调查研究", "项|个", NULL, FALSE, NULL, "报告|成果" },
  /* (…or said short: 全年领题14项) */
  { "research_topics", "领题|领办课题|领衔课题", "项|个", NULL, FALSE, NULL, "报告|成果|走访|深入|赴|点位|企业|单位" },
  /* the topics first (党组成员围绕10个重点课题开展调研) */
  { "research_topics", NULL, "项|个", NULL, FALSE, "课题|重点课题|调研课题&调研|专题调研|调查研究",
    "报告|成果|走访|深入|赴|点位|企业|单位" },
  /* projects that tackle a hard problem (攻坚项目, 破难项目, 攻关课题) */
  /* (not the task forces set up for them: 成立脱贫攻坚、产业项目建设…等工
   * 作专班3个) */
  { "key_problem_projects", "攻坚|破难|攻关|攻坚克难&" PROJECTS, ITEMS, NULL, FALSE, NULL, "报告|专班" },
  { "key_problem_projects", NULL, ITEMS, NULL, FALSE, "攻坚|破难|攻关|攻坚克难&" PROJECTS, "报告|专班" },
  /* (not the candidates for the deputies' vote: 票决的民生实事候选项目15件) */
  { "livelihood_projects", LIVELIHOOD "|为民办实事|办实事", ITEMS, NULL, FALSE, NULL, "候选" },
  { "livelihood_projects", NULL, ITEMS, NULL, FALSE, LIVELIHOOD, "人大|票决" },
  /* (the practical deeds a Party campaign or the Party group took on, in
   * any section: 开展党史学习教育，常委会党组确定为民办实事项目12件 in one
   * on self-building) */
  { "livelihood_projects", "<" CAMPAIGNS "|党组&为民办实事|办实事|办结实事|完成实事", ITEMS, NULL, TRUE, NULL,
    "候选|票决|机关党" },
  { "task_forces", "专班|工作专班|攻坚专班|产业专班", "个|支", NULL, FALSE, NULL, NULL },
  { "task_forces", NULL, "个|支", NULL, FALSE, "专班|工作专班|攻坚专班|产业专班", NULL },
  { "tasks_identified", "梳理|形成|分解|确定|细化|明确|列出|提出|梳理形成|细化分解&任务|重点任务|具体任务|工作任务", ITEMS, NULL, FALSE, NULL, "交办" },
  { "tasks_identified", "梳理|形成|分解|确定|细化|明确|列出|梳理形成|细化分解|细化为|分解为", ITEMS, NULL, FALSE, "任务", "交办" },

  /* problems found, rectified and solved (not an inspection's or an
   * audit's, which are oversight's, in a section of no domain's: 执法检查
   * 组发现问题45个, 审计工作报告指出的问题中已整改到位316个) */
  { "problems_identified", FIND "&问题|突出问题|短板|不足|差距", ITEMS, NULL, FALSE, NULL,
    "解决|整改措施|整改到位|完成整改|已整改|" NOT_PARTY_PROBLEMS },
  { "problems_identified", FIND, ITEMS, NULL, FALSE, "问题|突出问题|短板|不足", "解决|整改措施|" NOT_PARTY_PROBLEMS },
  /* what a campaign of the Party's, opening the sentence, found, in any
   * section (开展主题教育，检视问题18个 in one on self-building) */
  /* (by the campaign's own words, 检视, 查摆: not what research found in
   * its course, 结合主题教育，…调研32次，发现问题86个) */
  /* (not the office's own findings: 机关查找作风方面问题27个) */
  { "problems_identified", "<" PARTY_REVIEWS "&检视|查摆|检视出|查摆出|检视查摆|查找|查找出|梳理出|梳理&问题|突出问题|短板|不足", ITEMS, NULL, TRUE,
    NULL, "解决|整改措施|整改到位|完成整改|已整改|代表|机关|" NOT_PARTY_PROBLEMS },
  { "rectification_measures", "整改措施|整改举措|整改任务|整改清单|整改方案|整改事项", ITEMS, NULL, FALSE, NULL, NULL },
  { "rectification_measures", NULL, ITEMS, NULL, FALSE, "整改措施|整改举措|整改任务", NULL },
  { "rectification_measures", "制定|提出|落实|明确&措施|举措", ITEMS, NULL, FALSE, NULL, "问题" },
  { "problems_rectified", TALLY_RECTIFY, ITEMS, NULL, FALSE, NULL, "措施|举措|任务|清单|方案|" NOT_PARTY_PROBLEMS },
  /* (…and what the campaign that opens the sentence put right, in any
   * section, as what it found: 开展主题教育，检视问题18个，…，已完成整改
   * 43条 in one on self-building) */
  { "problems_rectified", "<" PARTY_REVIEWS "&" TALLY_RECTIFY, ITEMS, NULL, TRUE, NULL,
    "措施|举措|任务|清单|方案|代表|机关|" NOT_PARTY_PROBLEMS },
  { "rectification_measures", "<" CAMPAIGNS "&整改措施|整改举措|整改任务", ITEMS, NULL, TRUE, NULL, "代表|机关" },
  { "ledgers", "台账|工作台账|清单台账", "本|个|项|套|类|份", NULL, FALSE, NULL, NULL },
  { "ledgers", NULL, "本|个|项|套|类|份", NULL, FALSE, "台账", NULL },

  /* what the Party group's meetings took up (召开党组会议32次，研究重大事
   * 项86项) */
  { "matters_studied", "<党组&研究|研究决定|研究讨论|讨论决定&重大事项|重要事项|事项", ITEMS, NULL, FALSE, NULL,
    "请示|报告|汇报|交办" },
  /* (…the Party group named in a later clause than the sentence's first,
   * in a section on the Party's leadership: …，党组全年召开会议二十三次，
   * 研究审定重大事项64项; 先后研究了包括…在内的事项72项) */
  { "matters_studied", "研究|研究了|研究审定|审定|研究决定|研究讨论|讨论决定&重大事项|重要事项|在内的事项", ITEMS, NULL, FALSE,
    NULL, "请示|报告|汇报|交办" },
  { "matters_studied", "^研究|研究了|研究审定|审定|研究讨论|讨论决定&在内的事项", ITEMS, NULL, FALSE, NULL, "请示|报告|汇报|交办" },
  /* the Party group's agenda (党组召开会议18次，研究讨论重要议题59个),
   * wherever it is told: not the committee's sessions' agenda */
  /* (the matters counted before the verb: 党组…对48项重大事项进行集体研究) */
  { "matters_studied", "<党组&对", ITEMS, NULL, FALSE, "重大事项|重要事项&研究|集体研究|研究讨论|讨论研究",
    "请示|报告|汇报|交办|常委会会议|主任会议" },
  { "matters_studied", "<党组&研究|研究决定|研究讨论|讨论决定&重要议题|重大议题|议题", ITEMS, NULL, TRUE, NULL,
    "请示|报告|汇报|交办|常委会会议|主任会议" },

  /* warning education (开展警示教育4次, 召开警示教育大会2场) */
  /* (not the office's Party organs': 机关党组开展警示教育3次) */
  { "warning_education_sessions", TALLY_WARNING_EDUCATION, TIMES, NULL, FALSE, NULL, TALLY_WARNING_FILMS "|" TALLY_OFFICE_PARTY_ORGANS },
  /* (the committee's Party group's, named as who did it, in any section:
   * 常委会党组组织开展警示教育4次 in one on self-building) */
  { "warning_education_sessions", "<常委会党组|人大常委会党组&" TALLY_WARNING_EDUCATION, TIMES, NULL, TRUE, NULL,
    TALLY_WARNING_FILMS "|" TALLY_OFFICE_PARTY_ORGANS "|机关" },
  /* (the sessions said with their verb, a film they showed named before:
   * 组织观看警示教育片开展警示教育3次) */
  { "warning_education_sessions", "开展警示教育|进行警示教育|举行警示教育", TIMES, NULL, FALSE, NULL, TALLY_OFFICE_PARTY_ORGANS },
  /* (…or the activities named as such, the films among them: 观看警示教
   * 育片、旁听庭审等警示教育活动4次) */
  { "warning_education_sessions", "警示教育活动", "次|场|场次", NULL, FALSE, NULL, TALLY_OFFICE_PARTY_ORGANS },

  /* reporting to the Party committee */
  /* the branches' themed Party days (主题党日活动24次) */
  { "party_day_activities", "主题党日活动|党日活动|主题党日", TIMES, NULL, TRUE, NULL, "方式|学习" },
  { "matters_reported_to_party_committee", "请示报告|请示汇报|报请|请示&事项|重大事项|重要事项|重要情况|重大问题", ITEMS "|次", NULL, TRUE, NULL, NULL },
  { "matters_reported_to_party_committee", "请示报告|请示汇报|报请|请示", ITEMS "|次", NULL, TRUE, "事项|重大事项|重要事项", NULL },
  { "matters_reported_to_party_committee", "报告|汇报&重大事项|重要事项|重要情况", ITEMS "|次", NULL, FALSE, NULL, "听取|审议" },
  { "matters_reported_to_party_committee", "请示报告|请示汇报|报请|请示和报告|请示、报告|请示及报告", ITEMS "|次", NULL, FALSE, NULL,
    NULL },
  /* the matters named in the sentence's first clause, the count after a
   * bare verb (凡重大事项均及时向省委请示报告，全年共报告27件) */
  { "matters_reported_to_party_committee", "<请示报告|请示汇报&报告|汇报|请示", ITEMS "|次", NULL, FALSE, NULL, "听取|审议|批转" },
  /* the matters before the verb (就立法规划等31件重大事项向省委请示报告) */
  { "matters_reported_to_party_committee", NULL, "件|项", NULL, TRUE,
    "事项|重大事项|重要事项|重要情况|重大问题&请示报告|请示汇报|报请|请示", "学习|会议" },

  /* liaison with enterprises, institutions, experts, deputies */
  /* (not what each one liaises: 每人包联1至2家民营企业) */
  /* (not what each leader took on: 每人联系2家; nor the economy's
   * figures: 全市新增市场主体18.6万户) */
  /* (the leaders' own liaison, said so, in any section: 常委会领导班子成员
   * 包联企业76家 in one whose heading tells of the laws; and the problems
   * they solved there, 帮助协调解决复工复产难题183个; not the deputies') */
  { "enterprises_liaised", "<" LEADERS "&包联|包保|包抓|挂钩联系&" ENTERPRISES, BODIES, NULL, TRUE, NULL,
    PER_MEMBER "|" NOT_LIAISED "|代表" },
  { "problems_solved", "<" LEADERS "&<包联|包保|包抓|挂钩联系&" SOLVE "&" PROBLEMS, ITEMS, NULL, TRUE, NULL,
    "检视|查摆|整改措施|所提问题|代表|群众反映" },
  { "enterprises_liaised", LIAISE "&" ENTERPRISES, BODIES, NULL, FALSE, NULL, PER_MEMBER },
  { "enterprises_liaised", LIAISE, BODIES, NULL, FALSE, ENTERPRISES, PER_MEMBER },
  { "enterprises_liaised", NULL, "家|户", NULL, FALSE, ENTERPRISES, PER_MEMBER "|" NOT_LIAISED },
  { "enterprises_liaised", ENTERPRISES, "家|户", NULL, FALSE, NULL, "解决|问题|诉求|" PER_MEMBER "|" NOT_LIAISED },
  { "institutions_liaised", LIAISE "&" INSTITUTIONS, BODIES, NULL, FALSE, NULL, NULL },
  { "institutions_liaised", LIAISE, BODIES, NULL, FALSE, INSTITUTIONS, NULL },
  { "institutions_liaised", NULL, BODIES, NULL, FALSE, INSTITUTIONS, NULL },
  { "institutions_liaised", INSTITUTIONS, BODIES, NULL, FALSE, NULL, "解决|问题|诉求" },
  /* industrial chains (包联重点产业链12条) */
  { "industry_chains_liaised", LIAISE "&产业链|重点产业链", "条|个", NULL, FALSE, NULL, NULL },
  { "industry_chains_liaised", LIAISE, "条|个", NULL, FALSE, "产业链|重点产业链", NULL },
  /* (not the projects of aid to villages: 落实帮扶项目5个) */
  { "projects_liaised", LIAISE "&项目|重点项目|重大项目", ITEMS, NULL, FALSE, NULL, "帮扶项目|扶贫项目" },
  { "projects_liaised", LIAISE, ITEMS, NULL, FALSE, "项目|重点项目|重大项目", "攻坚|破难|民生|帮扶项目|扶贫项目" },
  { "experts_liaised", LIAISE "&" EXPERTS, PEOPLE, NULL, FALSE, NULL, NULL },
  { "experts_liaised", LIAISE, PEOPLE, NULL, FALSE, EXPERTS, NULL },
  { "experts_liaised", NULL, PEOPLE, NULL, FALSE, EXPERTS, "邀请|讲座|辅导|授课" },
  /* the deputies a member liaises with (包联…73名代表: the verb may head
   * the list); deputies counted for what they did are representation */
  { "deputies_liaised", LIAISE "&代表|人大代表", PEOPLE, NULL, FALSE, NULL, NULL },
  { "deputies_liaised", "^" LIAISE, PEOPLE, NULL, FALSE, "代表|人大代表", "参加|参与|出席|列席|培训|宣讲|调研|视察" },
  /* (not the problems deputies' suggestions raised: 所提问题已解决的358件) */
  { "problems_solved", SOLVE "&" PROBLEMS, ITEMS, NULL, FALSE, NULL, "检视|查摆|整改措施|所提问题" },
  { "problems_solved", SOLVE, ITEMS, NULL, FALSE, PROBLEMS, "检视|查摆|整改措施|所提问题" },
  { "satisfaction_rate", "满意率|满意度", "%", NULL, FALSE, NULL, NULL },
};

const TallyDomain tally_domain_political = {
  "political",
  "political",
  political_rules,
  G_N_ELEMENTS (political_rules),
};

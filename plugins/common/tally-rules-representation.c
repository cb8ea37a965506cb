/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/* Representation tallies: the personnel decisions of the year, the
 * deputies' motions and suggestions and how they were handled, and what
 * the standing committee did for its deputies (trainings, activities).
 *
 * Personnel decisions are stated as a verb and a count: 任免国家机关工作
 * 人员156人次, 组织宪法宣誓134人, 补选省人大代表35名, 终止…代表资格34名,
 * 罢免…代表2名, 接受…辞职3名. Those verbs are the committee's own acts
 * wherever the report says them (`anywhere`).
 *
 * Motions (议案) and suggestions (建议、批评和意见, 建议) come as 代表提出
 * 议案18件、建议428件, 交付…审议的代表议案487件, or count first: 代表提
 * 出的271件议案. 议案 and the formal 建议、批评和意见 are deputies' words
 * anywhere; a bare 建议 is one only inside a representation section (an
 * oversight section's 意见建议 are the committee's). Counts for the
 * province's delegation to the National People's Congress take `npc_`
 * measures and the npc_delegation scope when their clause says so
 * (全国人大代表, 代表团); 代表团建议 are the delegation's own suggestions.
 * Rates (满意率, 办结率, 解决或列入计划解决的比例) are % counts.
 *
 * Trainings count people (培训代表…人次: deputies_trained) or sessions
 * (举办…代表履职学习班2期: deputy_trainings); the 主任 of lower
 * congresses' standing committees, and the 主席 of township congresses
 * (乡镇人大主席培训班1期，培训38人), have their own (director_trainings,
 * directors_trained), and so has their attending the committee's
 * meetings (…人大常委会主任列席常委会会议32人次: director_attendances).
 * Deputies' activities are tallies only when totalled for the year
 * (全年, 累计, 共有) or counted in 人次, and not when the count is one
 * trip (赴…开展考察活动3场; inspections counted after 赴 are still
 * inspections) or help given to another body (协助, 配合).
 *
 * Measures beyond DESIGN.md: resignations, oath_ceremonies,
 * basic_satisfaction_rate (基本满意率 given beside the satisfaction rate),
 * excellent_suggestions (评选优秀代表建议: some of the year's),
 * completion_rate, resolution_rate, adoption_rate, consultation_rate (面商率: the
 * handlers met or talked with the deputy), motions+suggestions, npc_motions,
 * npc_suggestions, npc_delegation_suggestions, npc_deputies_trained,
 * npc_deputy_trainings, deputy_trainings, director_trainings,
 * directors_trained, deputy_donations, deputy_groups,
 * deputy_group_activities, deputy_stations (all there are, a stock),
 * deputy_stations_upgraded (改造提升), deputy_attendances,
 * deputy_inspections, npc_deputy_inspections (the deputies to the NPC
 * the province or city serves), deputy_research_participations, npc_deputy_research_participations,
 * deputies_liaised, public_opinions_collected (收集群众意见建议…条: what
 * the public told deputies, not the deputies' own suggestions),
 * constituents_received (代表…接待群众…人次: the
 * deputies' own contact with the public; petitions to the committee,
 * 信访, are oversight's petitions_received), constituent_receptions (the
 * receptions held, …场次), deputies_reported (deputies who reported on
 * their work to their constituents, 述职), liaison_activities (the
 * committee members' contacts with deputies, 联系活动…次), problems_solved
 * (the people's problems deputies helped solve), deputy_activities (the
 * deputies' activities held, …场次), motions_accepted (the motions
 * registered: 立案2件), suggestions_followed_up (对12件建议进行二次督办),
 * the classes of the answers: suggestions_planned and planned_share (列入计
 * 划逐步解决的271件，占44.1%), suggestions_deferred and deferred_share (因
 * 条件限制需以后解决的141件), and suggestions_resolved+planned (the two
 * counted together, 已解决或列入计划解决的127件),
 * deputies_elected (the deputies a
 * general election chose, 选出区人大代表1586名: scope their level) and
 * deputy_activity_participations
 * (the deputies taking part, …人次), deputy_oversight_activities and
 * deputy_oversight_participations (the special oversight deputies were
 * organised for, 组织代表开展专项监督6次，参加代表260人次; 组织全省五级
 * 人大代表2.6万人次参与…专项监督), director_attendances (see above).
 * The deputy groups there are (全县组建代表小组86个) are a stock, as the
 * stations are, and as the practice bases of whole-process people's
 * democracy are (democracy_practice_bases: 建成全过程人民民主实践基地42
 * 个; democracy_practice_bases_added for those set up in the year).
 */

#include "baogao-tally.h"

#define PEOPLE   "人|名|人次|位"
#define PAPERS   "件|项|条"
#define SESSIONS "期|次|场|批|班次|期次|场次"
#define RATE     "%"

/* Who the delegation to the NPC is */
#define NPC      "全国人大代表|全国人民代表大会代表|代表团|" \
  /* (named by where they are, after the congress: 全国人大驻邢代表) */ \
  "全国人大驻"
/* the delegations to the reporting congress's own session, named with
 * its deputies (代表团和代表联名提出议案十一件) */
#define OWN_DELEGATIONS "代表团和代表|代表团、代表|代表团或代表|代表团及代表"
/* Training words */
#define TRAINING "培训|轮训|学习班|培训班|研修班|研修|研讨班|集中学习|履职学习|参训|提升班|专题班|代表夜校|履职夜校"
/* The count is a yearly total */
#define TOTAL    "全年|累计|共有|一年来|先后|共组织|共邀请|年内|总计|合计"
/* Help given to another body's activity */
#define HELPING "协助|配合|陪同"
/* One trip, or help given to another body's activity */
#define ONE_EVENT "赴|" HELPING
/* between the congress's sessions, when deputies submit suggestions too */
#define RECESS   "闭会期间|闭会以来|闭会后|休会期间"
/* submitting motions or suggestions */
#define SUBMIT   "提出|提交|领衔提出"
/* Bills, not deputies' motions */
/* (and the rules of the work, named after what they rule: 代表议案处理
 * 办法等工作制度68项) */
#define BILLS    "法规议案|法律议案|法规案|法律案|草案|等工作制度|配套工作制度|等制度|议案所提|议案所涉|议案涉及|" \
  /* (some of the motions, what became of them said after: 议案中有23件所提出的
   * 立法项目，已经列入…立法规划) */ \
  "议案中有|议案中的|" \
  /* (the personnel bills the committee decides: 审议人事任免议案27件) */ \
  "任免议案|人事议案|任命议案|" \
  /* (motions not taken as such: 9件议案经主席团决定作为建议处理) */ \
  "作为建议处理|作为建议办理|转为建议|转作建议"
/* The organ's own cadres, not officials the committee appoints */
#define CADRES   "干部|处级|厅级|科级|职级|选调生|公务员"
/* Receiving constituents */
#define RECEIVE  "接待群众|接待选民|接待来访群众|接待人民群众|接待来访选民|走访群众|走访选民|接待居民|走访居民"
/* not the deputies a general election chose: by-elections, officers,
 * candidates, and those elected whose election was void (…选举产生的45
 * 名代表当选无效: terminations) */
#define NOT_ELECTED "补选|主任|副主任|委员|主席|秘书长|候选人|代表团|当选无效|" \
  /* (nor deputies named outstanding: 评选出优秀人大代表20名) */ \
  "优秀|评选|表彰"
/* Party members' oaths */
#define PARTY_OATH "入党|党员|誓词"
/* the standing committee's own members and staff, whose trainings (常委会
 * 组成人员履职学习班) are self-building, not deputies' */
#define MEMBERS "组成人员|机关干部"
/* the heads of lower congresses: their standing committees' 主任, the
 * township congresses' 主席 (乡镇人大主席, 人大主席团主席) */
#define DIRECTORS "主任|人大主席|主席团主席|人大常委会负责同志|人大负责同志|人大常委会主要负责同志|人大常委会负责人|人大负责人|人大主要负责人|" \
  "乡镇人大干部|县乡人大干部|基层人大干部|乡镇人大工作者|" \
  /* (with the subdistricts' offices: 街镇人大干部培训班, 街乡) */ \
  "街镇人大干部|镇街人大干部|街乡人大干部|乡街人大干部|乡镇（街道）人大干部|镇（街道）人大干部"
/* the work of the lower congresses, whose classes train their heads */
#define LOWER_CONGRESS_WORK "县乡人大工作|基层人大工作|乡镇人大工作|市县人大工作|县级人大工作|乡镇（街道）人大工作"
/* the heads of township congresses and subdistrict offices, named so
 * that no other 主任 is taken for them */
#define TOWNSHIP_HEADS "乡镇人大主席|镇人大主席|乡人大主席|人大主席团主席|街道人大工委主任|人大工委主任|人大主席"
/* the places where voting on projects is in force, not projects (在全市11
 * 个区镇全面推行…票决制) */
#define NOT_VOTED_HERE "推行|全面推行|实行|全面实行|推广|全覆盖|票决制"
/* the candidates put to a vote, not yet voted on (确定提请…票决的民生实事
 * 候选项目15件), and the features of an application named by what they do
 * (代表履职、民生实事票决等12个场景上线运行) */
#define NOT_PROJECTS_VOTED "候选|场景|模块|功能"
/* the bodies of townships' and subdistricts' congresses */
#define TOWNSHIP_BODIES "人大主席团|人大工委|乡镇人大|街道人大"
/* the verbs of taking part in a campaign of work… */
#define JOIN "参与|参加|投身|下沉|奋战|坚守"
/* …and the work the deputies joined: epidemic prevention (防控工作,
 * 疫情防控, 值守) and the like */
#define CAMPAIGN_WORK "防控工作|疫情防控|防控|联防联控|抗疫|值守|卡口|核酸检测|志愿服务|抗洪|抢险|救灾|脱贫攻坚|精准扶贫|扫黑除恶|" \
  /* (and the cities' campaigns of local governance: 代表参与接诉即办“吹哨报到”
   * 和社区治理2.3万人次) */ \
  "接诉即办|吹哨报到|社区治理|基层治理|网格化管理|乡村振兴|文明城市创建|" \
  /* (and the seasons' and the census's: 参与森林草原防火和防汛工作1500余人次) */ \
  "防汛|防火|森林防火|灾后重建|抗旱|人口普查|环境整治|平安建设|" \
  /* (and the Party committee's central tasks: 投身“百千万工程”等中心工作) */ \
  "中心工作|重点工作|中心任务|" \
  /* (and any campaign named in quotes: 约15万人次参与“五水共治”; 参与“四场 \
   * 硬仗”2.1万余人次) */ \
  "“|「"
/* the committee's groups, whose visits to the public are a step of their
 * work, not deputies receiving it (评议组走访群众3000余人次) */
#define GROUPS_VISITING "评议组|评议小组|检查组|调研组|视察组"
/* the special oversight deputies take part in */
#define OVERSIGHT "专项监督|监督活动|专项视察监督"
/* deputies' homes and liaison stations */
#define STATIONS "代表之家|代表联络站|代表工作站|代表活动站|代表活动室|代表家站|代表站|联络站|家站|代表联络点|代表联系点|" \
  "家站点|家、站、点|代表家站点"
/* all the stations there are, not those built in the year */
#define STOCK    "共建成|累计|总数|共有|总量|达到|共设立|现有|已建成|已建立|已设立"
/* setting stations up in the year */
/* (新成立, 新挂牌: set up in the year too) */
#define SET_UP   "新建|新增|新设|增设|新建成|设立|新认定|命名|新成立|新组建|新挂牌|新确定|新打造"
/* the new and the upgraded counted together (新建提升代表之家、联络站56
 * 个): neither measure */
#define NEW_AND_UPGRADED "新建提升|新建和提升|新建、提升|新建或提升|新建改造|新建和改造|新建、改造|新建或改造|新建及提升|" \
  "新建改建|新建和改建|新建、改建|新建扩建|新建改扩建|新建升级|新建和升级|新建、升级|新建或改建|" \
  "新建、改扩建|新建和改扩建|新建或改扩建|新建、扩建|新建、提档升级|新建或提档升级|新建提档升级|新建、提质升级"
/* doing up stations there were (改造提升代表之家13个): neither new ones
 * nor all there are */
#define UPGRADE  "改造|提升|提档|升级|提质|改扩建|改建|提标"
/* the practice bases of whole-process people's democracy (全过程人民民主
 * 实践基地, …基层实践点), also named short once the report has said what
 * they are (基层实践点) */
/* (with a qualifier before the kind: 全过程人民民主最佳实践点, 示范点) */
#define PRACTICE_BASES "人民民主实践基地|人民民主基层实践点|人民民主实践点|人民民主实践站|人民民主实践中心|" \
  "人民民主基层实践站|人民民主基层实践基地|基层实践点|基层实践基地|基层实践站|实践基地|人民民主基层单元|" \
  "人民民主最佳实践点|人民民主示范点|人民民主优秀实践点|人民民主示范实践点|人民民主实践示范点"
/* what was done about a suggestion, said after it */
#define RESOLVED "得到解决|已经解决|已解决|得到落实|解决或基本解决"
/* the answers that plan to solve what a suggestion raised, and those
 * that leave it for later or explain why not (the B and C classes);
 * 解决或列入计划 is both the solved and the planned (resolution_rate) */
#define PLANNED "列入计划逐步解决|列入计划解决|列入计划|列入规划|计划逐步解决|逐步解决|正在解决|B类|B类建议|Ｂ类|Ｂ类建议|" \
  "列入年度计划|纳入计划|纳入规划|正在解决或列入计划|正在解决或列入计划解决|正在解决或列入计划逐步解决|" \
  "正在解决或者列入计划|正在解决或者列入计划逐步解决|正在解决和列入计划|正在解决或计划解决"
/* not the motions a plan of laws or of oversight took up (8件议案列入
 * 立法规划) */
#define NOT_PLANNED "立法|议案|监督计划|工作计划|工作要点"
/* the solved and the planned together, whose longer cues win over the
 * planned's (but not over 正在解决或列入计划, the planned alone) */
#define SOLVED_OR_PLANNED "解决或列入计划|解决或列入计划解决|解决或列入计划逐步解决|解决或计划解决|" \
  /* (the plan named: 问题得到解决或列入年度计划解决的164件) */ \
  "解决或列入年度计划|解决或列入年度计划解决|解决或纳入年度计划|" \
  "解决或计划逐步解决|解决或列入规划|解决或列入规划解决|解决或列入规划逐步解决|" \
  "解决或纳入计划|解决或纳入计划解决|解决或纳入计划逐步解决|解决或逐步解决|" \
  "解决或正在解决|解决和列入计划|解决和列入计划解决|解决和列入计划逐步解决|" \
  "解决和计划解决|解决和计划逐步解决|解决和列入规划|解决和列入规划解决|" \
  "解决和列入规划逐步解决|解决和纳入计划|解决和纳入计划解决|解决和纳入计划逐步解决|" \
  "解决和逐步解决|解决和正在解决|解决或者列入计划|解决或者列入计划解决|" \
  "解决或者列入计划逐步解决|解决或者计划解决|解决或者计划逐步解决|解决或者列入规划|" \
  "解决或者列入规划解决|解决或者列入规划逐步解决|解决或者纳入计划|解决或者纳入计划解决|" \
  "解决或者纳入计划逐步解决|解决或者逐步解决|解决或者正在解决|" \
  /* (已 said again: 已经解决或已列入计划解决的785件) */ \
  "解决或已列入计划|解决或已列入计划解决|解决或已列入计划逐步解决|解决或已纳入计划|解决或已纳入计划解决|" \
  "解决或已经列入计划|解决或已经列入计划解决|解决或者已列入计划|解决或者已列入计划解决|解决和已列入计划|" \
  "解决和已列入计划解决|解决或已列入规划|" \
  /* (the classes of both: A类和B类合计占87.9%) */ \
  "A类和B类|A类、B类|A、B类|A类与B类|Ａ类和Ｂ类|Ａ类、Ｂ类|Ａ、Ｂ类|AB类"
#define DEFERRED "因条件限制|条件限制|受条件限制|暂时难以解决|暂时不能解决|暂不能解决|暂难解决|难以解决|以后解决|" \
  "留作参考|作为参考|留待以后|待条件成熟|解释说明|说明解释|C类|C类建议|Ｃ类|Ｃ类建议"
/* officials who report on their work to the committee (述职) */
#define NOT_DEPUTY_REPORTS "主任|负责人|干部|法官|检察官|组成人员|任命|被任命|局长|院长"
/* activities of a kind, counted by their own measures (inspections,
 * receptions, groups, liaison, attendances, trainings) or none */
#define ACTIVITY_KINDS "调研|视察|执法检查|接待|走访|小组|联系|列席|培训|学习|述职|宣誓|信访|捐|" ONE_EVENT
/* activities of several kinds counted together */
#define ALL_ACTIVITIES "等活动|各类活动|各项活动|系列活动|等履职活动"
/* solving the people's problems (推动解决民生问题920个) */
#define SOLVE    "解决|推动解决|协调解决|帮助解决|化解|推动化解"
#define PROBLEMS "问题|诉求|难题|困难|难事|烦心事|急难愁盼"
/* problems found or rectified; and the suggestions whose problems were
 * solved (所提问题已解决或基本解决的305件: suggestions_resolved) */
#define NOT_SOLVED "检视|查摆|整改|建议|所提|基本解决|已解决|已经解决|得到解决|解决的|列入"
#define SOLVED_BY  "推动解决的|协调解决的|帮助解决的|推动化解的"
/* the public's opinions, collected by deputies or their stations */
#define PUBLIC_OPINIONS "群众|社情民意|民意|收集|征集|汇集|梳理"
/* the suggestions a set of key ones covers (确定20项重点督办建议，涉及代表
 * 建议近400件), or those the deputies were not satisfied with (对办理结果
 * 不满意的7件建议，责成…重新办理): some of the year's, no count of their
 * own; nor an inspection's (检查组提出意见建议35条) */
#define COVERED "涉及代表建议|涉及建议|涵盖代表建议|涵盖建议|包含代表建议|包括代表建议|专题询问|不满意|检查组|尚未解决|未解决的|" \
  /* (nor those counted by who handled them: 建议分别由省政府及其部门办理963件) */ \
  "分别由"
/* the deputies' opinions heard on visits, and motions handled as
 * suggestions: no count of the suggestions deputies made */
#define NOT_SUGGESTED "听取代表意见|听取代表的意见|听取意见建议|作为建议|转为建议|作为代表建议|转作建议|作为建议、批评和意见|" \
  "转为建议、批评和意见|等制度|等工作制度"
/* taking suggestions up again after their answer… */
#define TAKEN_UP_AGAIN "二次督办|再督办|再次督办|重新办理|二次办理|重新交办|回访建议|二次交办|再次交办|再次研究|重新研究|再次办理|" \
  "再次答复|重新答复|开展回访|进行回访|跟踪回访|开展了回访|进行了回访|情况回访|组织回访|组织了回访|逐件回访"
/* …or followed while they are handled */
#define FOLLOW_UP TAKEN_UP_AGAIN "|跟踪督办|回头看"
/* cases a court, a prosecutor or the police registered */
/* the reporting congress's own level, said so (州本级票决民生实事8件, 本级
 * 票决…); not the townships' own sessions (在本级人代会上票决) */
#define NOT_OWN_LEVEL "省本级|市本级|州本级|县本级|区本级|盟本级|旗本级|本级票决|本级共票决"
/* (nor the proposals of the political consultative conference: 市政协立案
 * 提案352件) */
#define NOT_MOTION_CASES "案件|审查|调查|检察|法院|公安|侦查|诉讼|提案|政协"
/* Rates of an appraisal of government departments, not of the handling
 * of deputies' suggestions */
/* (…nor the public's, with what was done for them: 群众对问题办理的满意率
 * 达98.7%) */
#define THE_PUBLICS_RATES "群众对|群众满意|选民对|选民满意"
#define NOT_DEPUTIES_RATES "测评|评议|部门|平均|" THE_PUBLICS_RATES
/* rates of what is no suggestion: the voters' view of deputies' reports
 * (述职满意率), the share of the public's demands met (诉求解决率) */
#define NOT_SUGGESTION_RATES "述职|诉求解决率|诉求办结率|" \
  /* (the rates of letters and visits: 受理群众来信136件…，办结率98%) */ \
  "信访|来信|来访"

static const TallyRule representation_rules[] = {
  /* personnel decisions */
  /* (not the people of one decision, named: 任命王某某等5名同志为…) */
  /* (not officials appraised, named by who appointed them: 对区政府任命
   * 的12名政府组成人员开展履职情况测评) */
  /* (nor those sitting the exam before it: 对新提请任命的22名政府组成人员进
   * 行了任前法律知识考试) */
  /* (the people appointed said as cadres: 依法任免干部37人次; not the
   * organ's own, 机关干部) */
  { "appointments", "任免干部|任命干部|依法任免干部", PEOPLE, NULL, FALSE, NULL,
    "机关|提拔|选调|交流|挂职|公务员|职级|宣誓|测评|干部队伍", TRUE },
  { "appointments", "任免|任命|免去|免职|批准任免|决定任免|人事任免", PEOPLE, NULL, TRUE, NULL,
    CADRES "|宣誓|同志|测评|述职评议|履职评议|工作评议|考试|考法|任前" },
  { "oaths", "宣誓", PEOPLE, NULL, TRUE, NULL, PARTY_OATH },
  { "oaths", NULL, PEOPLE, NULL, TRUE, "宣誓", PARTY_OATH },
  /* the people after the ceremonies, taking part (组织宪法宣誓11次、84人
   * 参加; 组织宪法宣誓11次，84人参加) */
  { "oaths", "^宣誓", PEOPLE, NULL, TRUE, "参加|参与", PARTY_OATH "|代表|调研|视察|活动" },
  /* the people after the ceremonies (组织宪法宣誓五十四场、三百一十人次) */
  { "oaths", "^宣誓", "人次", NULL, TRUE, NULL, PARTY_OATH "|代表|调研|视察|活动" },
  /* (…totalled: 组织新任命人员宪法宣誓8批次共58人) */
  { "oaths", "^宣誓&共|共计|合计|累计", PEOPLE, NULL, TRUE, NULL, PARTY_OATH "|代表|调研|视察|活动|旁听|观摩|见证|列席" },
  { "oath_ceremonies", "宣誓", "次|场|批|批次|场次", NULL, TRUE, NULL, PARTY_OATH },
  /* (the ceremonies counted before their name: 5次宣誓仪式中共有42名…宣誓) */
  { "oath_ceremonies", NULL, "次|场|批|批次|场次", NULL, TRUE, "宣誓仪式|宪法宣誓仪式|宣誓活动", PARTY_OATH },
  /* deputies elected at a general election (换届选举…选出区人大代表1586
   * 名); the level is the deputies' (see the scope), not a by-election */
  { "deputies_elected", "选出|选举产生|依法选举产生|共选出|选举出&代表|人大代表", PEOPLE, TALLY_SCOPE_NAMED_DEPUTIES, TRUE, NULL,
    NOT_ELECTED },
  { "deputies_elected", "选出|选举产生|依法选举产生|共选出|选举出", PEOPLE, TALLY_SCOPE_NAMED_DEPUTIES, TRUE, "代表|人大代表",
    NOT_ELECTED },
  /* the election said after, in the passive (市人大代表599名已选举产生;
   * 599名市人大代表已依法选举产生) */
  { "deputies_elected", "代表", PEOPLE, TALLY_SCOPE_NAMED_DEPUTIES, TRUE,
    "已选举产生|已依法选举产生|选举产生|已依法选出|已选出|依法选出|全部选出", NOT_ELECTED },
  { "deputies_elected", NULL, PEOPLE, TALLY_SCOPE_NAMED_DEPUTIES, TRUE,
    "代表&已选举产生|已依法选举产生|选举产生|已依法选出|已选出|依法选出|全部选出", NOT_ELECTED },
  /* of the level of the deputies named (补选县人大代表4名、乡镇人大代表11
   * 名), but the NPC's deputies the congress elects are its own act, as
   * their recall is (补选全国人大代表2名: provincial); not the voters of a
   * by-election (补选中登记选民两万一千余人) */
  /* (not the deputies so elected, trained: 培训新补选的代表560余人) */
  /* (not the committee's members by-elected: 补选县第十八届人大常委会委员1
   * 名, 补选常委会副主任1名) */
#define NOT_DEPUTIES_ELECTED "常委会委员|常务委员会委员|组成人员|副主任|秘书长|主任委员"
  { "by_elections", "^补选&全国人大代表|全国人民代表大会代表", PEOPLE, NULL, TRUE, NULL, "选民|登记|参选|培训" },
  { "by_elections", "^补选", PEOPLE, TALLY_SCOPE_NAMED_DEPUTIES, TRUE, NULL, "选民|登记|参选|培训|" NOT_DEPUTIES_ELECTED },
  { "by_elections", NULL, PEOPLE, NULL, TRUE, "补选", "选民|登记|参选|" NOT_DEPUTIES_ELECTED },
#undef NOT_DEPUTIES_ELECTED
  { "terminations", "终止&资格", PEOPLE, NULL, TRUE, NULL, NULL },
  { "terminations", "终止", PEOPLE, NULL, TRUE, "资格", NULL },
  { "terminations", "资格终止|资格自行终止", PEOPLE, NULL, TRUE, NULL, NULL },
  /* (确定45名全国人大代表当选无效) */
  { "terminations", NULL, PEOPLE, NULL, TRUE, "当选无效", NULL },
  { "terminations", NULL, PEOPLE, NULL, TRUE, "资格终止|资格自行终止|终止代表资格|资格依法终止|资格依法自行终止", NULL },
  { "recalls", "罢免", PEOPLE, NULL, TRUE, NULL, NULL },
  { "recalls", NULL, PEOPLE, NULL, TRUE, "罢免", NULL },
  { "resignations", "辞职|辞去|请辞", PEOPLE, NULL, TRUE, NULL, NULL },
  { "resignations", NULL, PEOPLE, NULL, TRUE, "辞职|辞去|请辞", NULL },

  /* motions */
  /* the motions the presidium registered as such (议案6件，经大会主席团审
   * 议，立案2件); not a case registered by a court or prosecutor */
  /* (a measure wherever it is said, in an aside too: 代表提出议案7件（其中
   * 立案3件）) */
  { "motions_accepted", "<议案&立案|决定立案|列为议案|作为议案处理|列为大会议案|列入会议议程|列入大会议程|列入议程|"
    "列为正式议案|作为正式议案|立为议案", "件|项", NULL, TRUE, NULL,
    NOT_MOTION_CASES "|法规议案|法律议案|法规案|法律案" },
  /* (…the count before the motions: 经大会主席团审议，1件议案予以立案) */
  { "motions_accepted", NULL, "件|项", NULL, TRUE, "议案&予以立案|决定立案|立案", NOT_MOTION_CASES },
  /* (…or put on the session's agenda: 2件议案列入本次会议议程) */
  { "motions_accepted", NULL, "件|项", NULL, TRUE, "议案&列入本次会议议程|列入会议议程|列入大会议程|列入议程",
    NOT_MOTION_CASES "|法规议案|法律议案|法规案|法律案" },
  /* the motions the presidium referred to the committees (大会主席团交付
   * 专门委员会审议的议案325件) */
  { "motions_accepted", "交付&审议的议案", "件|项", NULL, TRUE, NULL, NOT_MOTION_CASES },
  /* (…作为议案交有关专门委员会审议的4件, 确定为大会议案的4件) */
  { "motions_accepted", "作为议案交|作为议案交付|确定为大会议案|确定为正式议案|确定为议案", "件|项", NULL, TRUE, NULL,
    NOT_MOTION_CASES },
  /* (决定将其中５件列为大会议案) */
  { "motions_accepted", "<议案", "件|项", NULL, TRUE, "列为大会议案|列为正式议案|列为议案|作为大会议案|作为正式议案",
    NOT_MOTION_CASES },
  /* motions the presidium put on the session's agenda (2件议案列入会议
   * 议程; 其中2件列入大会议程) */
  { "motions_accepted", "<议案", "件|项", NULL, TRUE, "列入会议议程|列入大会议程|列入议程", NOT_MOTION_CASES },
  /* …or registered, the count first (议案中有23件经大会主席团决定立案) */
  { "motions_accepted", "<议案", "件|项", NULL, TRUE, "决定立案|予以立案|立案", NOT_MOTION_CASES "|未立案|不予立案" },
  { "motions_accepted", NULL, "件|项", NULL, TRUE, "议案&列入会议议程|列入大会议程|列入议程", NOT_MOTION_CASES },
  /* (经大会主席团审议，其中3件列为正式议案) */
  { "motions_accepted", NULL, "件|项", NULL, FALSE, "列为正式议案|列为议案|作为正式议案|立为议案|作为议案处理|作为议案",
    NOT_MOTION_CASES },
  { "motions_accepted", "立案|决定立案", "件|项", NULL, FALSE, NULL, NOT_MOTION_CASES "|建议" },
  /* some of the motions, the count before the verb (其中2件作为议案立案) */
  { "motions_accepted", "<议案&其中", "件|项", NULL, TRUE, "立案|作为议案|列为议案|列为正式议案", NOT_MOTION_CASES },
  /* (not the motions merged into one: 由…的9件议案并案形成) */
  { "motions", "议案", "件|项", NULL, FALSE, NULL, BILLS "|并案" },
  { "motions", NULL, "件|项", NULL, FALSE, "议案", BILLS "|并案" },
  { "motions", "代表&议案", "件|项", NULL, TRUE, NULL, BILLS "|并案" },
  { "motions", "代表", "件|项", NULL, TRUE, "议案", BILLS "|并案" },
  /* (not the delegations of the reporting congress's own session, with
   * its deputies: 代表团和代表联名提出议案十一件) */
  { "npc_motions", NPC "&议案", "件|项", "npc_delegation", TRUE, NULL, BILLS "|" OWN_DELEGATIONS },
  /* 代表提出议案12件，闭会期间提出3件 */
  { "motions", "^议案&" RECESS "&" SUBMIT, "件|项", NULL, FALSE, NULL, BILLS "|建议" },
  { "npc_motions", NPC, "件|项", "npc_delegation", TRUE, "议案", BILLS "|" OWN_DELEGATIONS },
  { "motions+suggestions", "议案建议|议案和建议|议案、建议", PAPERS, NULL, FALSE, NULL, BILLS },
  { "motions+suggestions", "代表&议案建议|议案和建议|议案、建议", PAPERS, NULL, TRUE, NULL, BILLS },
  /* (the count before them: 205件议案建议已全部办复) */
  { "motions+suggestions", NULL, PAPERS, NULL, FALSE, "议案建议|议案和建议|议案、建议", BILLS },
  /* the delegation's to the NPC, counted together (在闽全国人大代表提出议
   * 案建议185件, 提出建议、议案27件) */
  { "npc_motions+suggestions", NPC "&议案建议|议案和建议|议案、建议|建议、议案|建议和议案|建议议案", PAPERS,
    "npc_delegation", TRUE, NULL, BILLS },

  /* livelihood projects the deputies chose by vote (民生实事项目票决):
   * city and county congresses */
  /* the level the projects are of (票决产生县级民生实事项目百余件, 共票决
   * 镇级民生实事项目118件): the congresses of that level voted on them */
  { "livelihood_projects_voted", "票决&县级民生实事项目|县级民生实事|县级实事项目|县级民生项目",
    "件|项|个", "county", TRUE, NULL, NOT_PROJECTS_VOTED },
  { "livelihood_projects_voted", "票决&镇级民生实事项目|乡镇民生实事项目|乡镇级民生实事项目|镇级民生实事|"
    "乡镇民生实事|镇级实事项目|镇级民生项目|乡级民生实事项目|街道民生实事项目|街道民生实事|镇街民生实事项目|"
    "街镇民生实事项目|街镇民生实事",
    "件|项|个", "township", TRUE, NULL, NOT_PROJECTS_VOTED },
  { "livelihood_projects_voted", "票决|投票选出|投票选定|投票确定&民生实事|实事项目|民生项目|民生实事项目", "件|项|个", NULL, TRUE, NULL,
    NOT_PROJECTS_VOTED },
  /* the projects voted on, 民生实事 said before (票决项目4127个) */
  { "livelihood_projects_voted", "票决项目|票决产生项目|票决出项目", "件|项|个", NULL, TRUE, NULL, NOT_PROJECTS_VOTED },
  /* (the vote said in full: 由代表投票表决产生了十件市级民生实事项目) */
  { "livelihood_projects_voted", "投票表决产生|投票表决出|投票表决|投票选出|投票选定|投票确定", "件|项|个", NULL, TRUE, "民生实事|实事项目|民生项目", NOT_PROJECTS_VOTED },
  /* (…chosen from the candidates: 从市政府提交的18个候选项目中无记名投票选
   * 出十件民生实事项目) */
  { "livelihood_projects_voted", "候选项目中|候选项目里&投票选出|投票选定|投票确定|票决出|票决产生|选出", "件|项|个", NULL, TRUE,
    "民生实事|实事项目|民生项目", "场景|模块|功能" },
  { "livelihood_projects_voted", "票决", "件|项|个", NULL, TRUE, "民生实事|实事项目|民生项目", NOT_PROJECTS_VOTED },
  /* a level's vote, which only projects are put to (三年来县级票决28件，
   * 各乡镇人大票决217个) */
  { "livelihood_projects_voted", "县级票决|市级票决|区级票决|州级票决|旗级票决|本级票决", "件|项|个", NULL, TRUE, NULL,
    NOT_PROJECTS_VOTED },
  /* (the projects named in the sentence's first clause: 市本级实行民生实
   * 事项目人大代表票决制，在市人大四次会议上票决产生12件) */
  { "livelihood_projects_voted", "<民生实事|实事项目|民生项目&票决产生|票决出|票决确定", "件|项|个", NULL, TRUE, NULL,
    NOT_VOTED_HERE "|候选" },
  /* the townships voting, named in the first clause (全州31个乡镇全部推
   * 行…票决制，共票决产生项目186件) */
  /* (not the reporting congress's own, said so: 州本级票决民生实事8件) */
  /* (nor the projects of a level above, named so in a later part of the
   * sentence: …；县十八届人大四次会议票决产生县级民生实事项目10件) */
  { "livelihood_projects_voted", "<乡镇|各镇|个镇|镇票决|街道|街镇|街乡|镇街|苏木&票决", "件|项|个", "township", TRUE, NULL,
    NOT_OWN_LEVEL "|县级|区级|市级|旗级|州级" },
  /* (…，共票决产生民生实事项目86件: the projects named too) */
  { "livelihood_projects_voted", "<乡镇|各镇|个镇|镇票决|街道|街镇|街乡|镇街|苏木&票决&民生实事|实事项目|民生项目|项目", "件|项|个",
    "township", TRUE, NULL, NOT_OWN_LEVEL "|县级|区级|市级|旗级|州级" },
  /* (…or the vote named before, the projects fixed by it: 全区8个街道均完
   * 成民生实事项目票决工作，共确定项目64个) */
  { "livelihood_projects_voted", "<乡镇|各镇|个镇|街道|街镇|街乡|镇街|苏木&<票决&确定|共确定&项目|民生实事|实事项目|民生项目",
    "件|项|个", "township", TRUE, NULL, NOT_OWN_LEVEL "|县级|区级|市级|旗级|州级|候选|提请" },
  /* (the vote in the sentence's first clause, the projects fixed by it:
   * 经大会票决，确定2023年市级民生实事项目12项) */
  { "livelihood_projects_voted", "<票决&确定&民生实事|实事项目|民生项目", "件|项|个", NULL, TRUE, NULL,
    NOT_VOTED_HERE "|候选|提请" },
  /* the projects, then the vote (民生实事项目10件由代表票决产生) */
  { "livelihood_projects_voted", "民生实事|实事项目|民生项目", "件|项|个", NULL, TRUE, "票决", NOT_VOTED_HERE "|候选" },
  /* 对20项民生实事项目进行票决 */
  /* (not the congresses guided to vote: 指导10个区（市）人大常委会开展民生
   * 实事项目票决) */
  { "livelihood_projects_voted", NULL, "件|项|个", NULL, TRUE, "民生实事|实事项目|民生项目&票决",
    "区（市）人大|县（市、区）人大|区人大常委会|县人大常委会|人大常委会开展|乡镇人大|（街道）人大|街道人大|" NOT_VOTED_HERE
    /* (nor the candidates voted on: 从15个候选项目中票决产生…10件) */
    "|候选" },

  /* suggestions */
  /* opinions of the public that deputies and their stations collect (not
   * the deputies' own: 收集代表意见建议62条); who collected unsaid, in a
   * section on deputies only (elsewhere the committee's own: 召开预算编制
   * 座谈会6场，收集意见建议97条) */
  { "public_opinions_collected", "收集|征集|汇集|听取&群众|社情民意|民意|意见建议|意见和建议",
    "条|件|个", NULL, FALSE, NULL, "代表提出|代表意见|立法|草案", TRUE },
  { "public_opinions_collected", "收集|征集|汇集", "条|件|个", NULL, FALSE,
    "意见建议|意见和建议|社情民意", "代表提出|代表意见|立法|草案", TRUE },
  /* the deputies named as who collected, in the sentence's first clause
   * too (组织代表进站接待选民群众2300余人次，收集意见建议860多条): not
   * comments on a draft, where no section says the domain; nor the
   * opinions deputies and others gave, named as such (收集到代表、群众和
   * 机关干部提出的意见建议426条) */
  { "public_opinions_collected", "<代表&收集|征集|汇集&意见建议|意见和建议|意见|建议", "条|件|个", NULL, FALSE,
    NULL, "代表提出|代表意见|代表建议|立法|草案|法规|条例|提出的意见|提出的建议" },
  /* the messages the public left, received at the deputies' stations
   * (代表通过网上联络站接收群众留言6800余条) */
  { "public_opinions_collected", "<联络站|代表之家|家站|代表站&接收|收到|受理&群众留言|留言|群众意见", "条|件|个", NULL, FALSE,
    NULL, "代表提出|代表建议|立法|草案|法规|条例|信访" },
  /* (群众在线反映社情民意1286条) */
  { "public_opinions_collected", "反映社情民意|反映民意|社情民意", "条|件|个", NULL, FALSE, NULL, "代表提出|立法|草案" },
  /* not the public's opinions that deputies collect (收集群众意见建议1.2万条) */
  /* (nor comments on drafts: 对省人大常委会征求意见的法规草案提出意见建议42条) */
  /* (nor the deputies' opinions heard on visits: 听取代表意见建议2100余
   * 条; nor motions handled as suggestions: 其余29件作为建议处理) */
  /* (nor the suggestions as the topic of research taken by the leaders:
   * 围绕代表建议办理、营商环境优化等领题调研9项) */
  { "suggestions", "建议", PAPERS, NULL, FALSE, NULL,
    PUBLIC_OPINIONS "|" COVERED "|" NOT_SUGGESTED "|法规草案|法律草案|征求意见的|领题|课题" },
  /* the deputies named, for a section of another domain (代表提出建议500件) */
  /* (not proposals for laws to make, the deputies among those who made
   * them: 共收到…人大代表和社会各界提出的立法建议项目37件) */
  { "suggestions", "代表&提出|所提|提交|领衔提出&建议", PAPERS, NULL, FALSE, NULL,
    PUBLIC_OPINIONS "|" COVERED "|立法建议|建议项目|立法项目" },
  { "suggestions", NULL, PAPERS, NULL, FALSE, "建议", PUBLIC_OPINIONS "|" FOLLOW_UP "|" COVERED "|" NOT_SUGGESTED "|草案|征求意见|提案" },
  /* the year's suggestions taken up again (对12件建议进行二次督办, 开展
   * 建议办理“回头看”…): some of them, not more */
  { "suggestions_followed_up", NULL, PAPERS, NULL, FALSE, "建议&" FOLLOW_UP, PUBLIC_OPINIONS },
  { "suggestions_followed_up", FOLLOW_UP "&建议", PAPERS, NULL, FALSE, NULL, PUBLIC_OPINIONS },
  /* (some of the suggestions the sentence named, 其中 said: 对于代表不满意的
   * 建议，…对其中12件进行二次交办) */
  { "suggestions_followed_up", "<建议&其中", PAPERS, NULL, FALSE, TAKEN_UP_AGAIN, PUBLIC_OPINIONS "|信访|案件|审议意见" },
  /* (the deputies' 意见, as some congresses name their suggestions: 对代
   * 表不满意的7件意见进行再次研究办理) */
  { "suggestions_followed_up", "代表", PAPERS, NULL, FALSE, "意见&" FOLLOW_UP, PUBLIC_OPINIONS "|审议意见" },
  /* (开展二次督办12件, in a section on deputies' work) */
  { "suggestions_followed_up", FOLLOW_UP, PAPERS, NULL, FALSE, NULL, PUBLIC_OPINIONS "|信访|案件|审议意见" },
  /* (not a channel of proposals of other things: 通过…代表建议等渠道收集
   * 立法项目建议46件) */
  { "suggestions", "代表建议|代表所提建议|代表提出的建议|建议、批评和意见|建议批评和意见|批评和意见",
    PAPERS, NULL, TRUE, NULL, FOLLOW_UP "|" COVERED "|立法项目|等渠道|渠道|提案|等制度|等工作制度|领题|课题|"
    /* (nor one of the matters a meeting took up: …代表建议督办在内的事项72项) */
    "在内的事项|等事项" },
  { "suggestions", "代表", "件", NULL, TRUE, "建议|批评和意见", "意见建议|议案|" FOLLOW_UP "|" COVERED },
  /* Shanghai's word for them (代表提出书面意见208件) */
  { "suggestions", "代表&书面意见", PAPERS, NULL, TRUE, NULL, NULL },
  /* (the deputies named once for the motions before: 代表提出议案11件，提
   * 出书面意见976件) */
  { "suggestions", "^代表&提出|提交&书面意见", PAPERS, NULL, TRUE, NULL, "重点|办理|答复" },
  { "suggestions", NULL, PAPERS, NULL, TRUE, "建议、批评和意见|建议批评和意见|批评和意见", NOT_SUGGESTED },
  /* the suggestions of the recess, after those of the session, say
   * only when and the verb: 代表共提出建议276件，闭会期间提出14件. They
   * are the deputies' suggestions too, a second count of the same
   * measure (the year's total is their sum) */
  { "suggestions", "^建议|批评和意见&" RECESS "&" SUBMIT, PAPERS, NULL, FALSE, NULL,
    PUBLIC_OPINIONS "|议案" },
  { "npc_suggestions", NPC "&建议", PAPERS, "npc_delegation", TRUE, NULL, "意见建议" },
  /* 我省代表团提出议案7件、建议188件: the delegation at the head of the
   * clause speaks for the list's later items too. A `^` group may sit
   * before the previous count; this needs the engine to read `^` groups
   * (without it the rule is the one above again). */
  { "npc_suggestions", "^" NPC "&建议", PAPERS, "npc_delegation", TRUE, NULL, "意见建议|省人大代表|市人大代表" },
  { "npc_suggestions", NPC, PAPERS, "npc_delegation", TRUE, "建议", "意见建议|议案" },
  { "npc_delegation_suggestions", "代表团建议|代表团名义&建议", PAPERS, "npc_delegation", TRUE, NULL, NULL },
  /* the delegation as the subject of its own clause (在宁全国人大代表提出
   * 议案8件、建议75件，全国人大代表团提出建议1件) */
  { "npc_delegation_suggestions", "全国人大代表团|代表团&提出|提交&建议", PAPERS, "npc_delegation", TRUE, NULL, "代表团成员|代表团代表" },
  /* (and 意见, as some congresses name them: 重点处理意见23件) */
  { "key_suggestions", "重点建议|重点督办建议|重点督办|重点处理建议|重点办理建议|重点处理意见|重点督办意见|重点书面意见", PAPERS, NULL, TRUE,
    NULL, NULL },
  /* (被确定为重点处理的建议有20件) */
  { "key_suggestions", "重点处理|重点办理|重点督办&建议", PAPERS, NULL, TRUE, NULL, NULL },
  /* (其中10件由省政府领导领衔督办) */
  { "key_suggestions", "<建议&其中", PAPERS, NULL, TRUE, "领衔督办|领办|牵头督办", NULL },
  /* (…or chosen for it: 遴选14件建议由市政府领导领衔督办) */
  { "key_suggestions", "遴选|遴选出|选定|选取|筛选|筛选出|确定", PAPERS, NULL, TRUE, "建议&领衔督办|领办|牵头督办",
    TAKEN_UP_AGAIN },
  /* (the key suggestions named in the sentence's first clause, the count
   * with the verb only: 常委会每年确定重点督办建议，五年共督办58件) */
  { "key_suggestions", "<重点督办建议|重点建议|重点督办件&共督办|累计督办|先后督办", PAPERS, NULL, TRUE, NULL, "其中|办结|完成|" TAKEN_UP_AGAIN },
  /* suggestions singled out as the year's best (评选优秀代表建议10件):
   * some of the year's, not more of them */
  { "excellent_suggestions", "优秀建议|优秀代表建议|优秀议案建议|优秀议案和建议|精品建议", PAPERS, NULL, TRUE, NULL, NULL },
  /* (the count first: 10件建议被评为年度优秀代表建议) */
  { "excellent_suggestions", NULL, PAPERS, NULL, TRUE, "评为&优秀建议|优秀代表建议|优秀议案建议|精品建议", NULL },
  /* (…or said before the count: 被评为优秀建议的代表建议有50件) */
  { "excellent_suggestions", "评为|评选为&优秀建议|优秀代表建议|优秀议案建议|精品建议", PAPERS, NULL, TRUE, NULL, NULL },
  /* (…or the choosing before it: 评选出15件优秀代表建议) */
  { "excellent_suggestions", "评选|评选出|评出|遴选出", PAPERS, NULL, TRUE, "优秀建议|优秀代表建议|优秀议案建议|精品建议", NULL },
  /* (the suggestions said as the deputies' written opinions: 评选出优秀代
   * 表书面意见10件) */
  { "excellent_suggestions", "评选|评选出|评出|遴选出|评为|表彰&优秀代表书面意见|优秀书面意见|优秀代表意见建议", PAPERS, NULL, TRUE, NULL, NULL },
  /* (not key suggestions taken up again after their answer: 对15件重点建议
   * 开展回访, 对6件重点建议进行二次交办; followed while they are handled,
   * 对其中17件重点建议进行跟踪督办, they are key suggestions) */
  { "key_suggestions", NULL, PAPERS, NULL, TRUE, "重点建议|重点督办建议|重点处理建议|重点办理建议",
    TAKEN_UP_AGAIN },
  /* (将6件代表建议确定为重点督办件, 确定8件为重点督办件) */
  { "key_suggestions", NULL, PAPERS, NULL, TRUE, "重点督办|重点督办件|重点督办项目|重点督办事项", NULL },

  /* how they were handled */
  /* the share satisfied or basically satisfied, when given beside the
   * share satisfied (满意率和基本满意率分别为98%和100%); said alone of both
   * (满意和基本满意率100%) it is the satisfaction rate */
#define BOTH_SATISFIED "满意和基本满意|和基本满意|、基本满意|及基本满意"
  { "basic_satisfaction_rate", "基本满意率", RATE, NULL, FALSE, NULL, BOTH_SATISFIED },
  /* (the share said first, then what it said: 满意率为97.1%，另有2.9%表示
   * 基本满意) */
  { "basic_satisfaction_rate", "另有|有", RATE, NULL, FALSE, "表示基本满意|认为基本满意|评价为基本满意", BOTH_SATISFIED },
  /* the item of a list said with 分别 (满意和基本满意的分别为95.4%和4.6%) */
  { "basic_satisfaction_rate", "基本满意的|基本满意", RATE, NULL, FALSE, NULL, BOTH_SATISFIED "|满意和基本满意|满意或基本满意" },
  /* …the deputies named (代表对办理结果满意和基本满意的分别占91.2%、8.8%) */
  { "basic_satisfaction_rate", "代表&基本满意的|基本满意", RATE, NULL, TRUE, NULL, BOTH_SATISFIED "|满意和基本满意|满意或基本满意" },
  { "basic_satisfaction_rate", "代表&基本满意率", RATE, NULL, TRUE, NULL, BOTH_SATISFIED },
  /* said with its verb, as the satisfaction rate before it often is
   * (满意率为85.5%，基本满意率为13.5%; 满意率达86%、基本满意率达14%) */
  { "basic_satisfaction_rate", "基本满意率&达到|达|为|至", RATE, NULL, FALSE, NULL,
    "满意和基本满意|满意和基本满意率|满意、基本满意|满意及基本满意" },
  { "satisfaction_rate", "满意率|满意度|满意|基本满意", RATE, NULL, FALSE, NULL, THE_PUBLICS_RATES "|" NOT_SUGGESTION_RATES },
  /* a rate said after its change, the rate named in the clause before
   * (问题解决率较上年提高4个百分点，达到78.6%) */
  { "satisfaction_rate", "^满意率|满意度&达到|达|为|至|保持|保持在|始终保持", RATE, NULL, FALSE, NULL,
    NOT_DEPUTIES_RATES "|" NOT_SUGGESTION_RATES },
  /* the suggestions named in the sentence's first clause, in a summary
   * (办理代表建议821件，满意率98.1%) */
  { "satisfaction_rate", "<代表建议|代表提出|建议&满意率|满意度", RATE, NULL, TRUE, NULL,
    NOT_DEPUTIES_RATES "|基本满意" },
  { "resolution_rate", "^解决率|办成率&达到|达|为|至|保持|保持在|始终保持", RATE, NULL, FALSE, NULL,
    NOT_DEPUTIES_RATES "|" NOT_SUGGESTION_RATES },
  { "completion_rate", "^办结率|办复率|答复率&达到|达|为|至|保持|保持在|始终保持", RATE, NULL, FALSE, NULL,
    NOT_DEPUTIES_RATES "|" NOT_SUGGESTION_RATES },
  { "satisfaction_rate", "代表&满意率|满意度|满意", RATE, NULL, TRUE, NULL, NULL },
  { "satisfaction_rate", NULL, RATE, NULL, TRUE, "代表&满意", NULL },
  { "completion_rate", "办结率|办复率|答复率|办理完毕|办结|办理完成率", RATE, NULL, FALSE, NULL, NOT_SUGGESTION_RATES },
  /* the suggestions named, in any section (代表建议办结率100%) */
  { "completion_rate", "代表建议|建议&办结率|办复率|答复率|办理完成率", RATE, NULL, TRUE, NULL, NULL },
  { "resolution_rate", "办成率|解决或列入计划|解决或列入年度计划|解决或计划解决|解决或者列入计划|解决或者计划解决|解决或逐步解决|解决率|得到解决|已经解决|"
    "解决和列入计划|解决和计划解决|解决和正在解决|解决或正在解决|已解决|解决率和列入计划解决率|解决率和列入计划",
    RATE, NULL, FALSE, NULL, NOT_SUGGESTION_RATES },
  { "resolution_rate", NULL, RATE, NULL, FALSE, "解决", NOT_SUGGESTION_RATES },
  /* the share of the resolved counted before (解决或基本解决的215件，占
   * 67.6%) */
  { "resolution_rate", "^解决或基本解决|已解决|得到解决|已经解决|解决的|解决采纳|解决或采纳&占", RATE, NULL, FALSE, NULL, NULL },
  /* the classes of the answers after those solved: planned to be solved
   * (列入计划逐步解决的271件，占44.1%; B类…201件; 正在解决或列入计划的占
   * 24.1%) and left for later or explained (因条件限制需以后解决的141件,
   * C类…73件); the longer cues win over the solved's 解决的 */
  { "suggestions_planned", PLANNED, PAPERS, NULL, FALSE, NULL, NOT_PLANNED },
  { "suggestions_planned", NULL, PAPERS, NULL, FALSE, PLANNED, NOT_PLANNED },
  { "planned_share", "^" PLANNED "&占", RATE, NULL, FALSE, NULL, NOT_PLANNED },
  { "planned_share", PLANNED, RATE, NULL, FALSE, NULL, NOT_PLANNED },
  /* the solved and the planned counted together (已解决或列入计划解决的
   * 127件): both measures, as the share of them is resolution_rate */
  { "suggestions_resolved+planned", SOLVED_OR_PLANNED, PAPERS, NULL, FALSE, NULL, RATE },
  /* …the suggestions named, a measure wherever it is said (代表建议中已解
   * 决或列入计划解决的建议6164件) */
  { "suggestions_resolved+planned", "建议&" SOLVED_OR_PLANNED, PAPERS, NULL, TRUE, NULL, RATE },
  /* (the count first: 有419件所提问题得到解决或列入计划解决) */
  { "suggestions_resolved+planned", NULL, PAPERS, NULL, FALSE, SOLVED_OR_PLANNED, RATE },
  { "resolution_rate", "^" SOLVED_OR_PLANNED "&占", RATE, NULL, FALSE, NULL, NULL },
  { "resolution_rate", SOLVED_OR_PLANNED, RATE, NULL, FALSE, NULL, NULL },
  /* (the two classes counted apart, then their share together: 已解决的
   * 1623件、列入计划解决的712件，两项合计占86.8%) */
  { "resolution_rate", "^已解决|得到解决|已经解决|解决的&^" PLANNED "&两项合计|二者合计|两者合计|合计占|共占|两者占比|二者占比|两项占比|两者占|二者占|两项占", RATE, NULL, FALSE,
    NULL, NULL },
  /* the classes listed with the suggestions said once for them all (A类、
   * B类、C类建议分别为186件、142件、78件): each class with the noun, more
   * than the suggestions alone */
  { "suggestions_resolved", "A类|Ａ类&建议", PAPERS, NULL, FALSE, NULL, RATE },
  { "suggestions_planned", "B类|Ｂ类&建议", PAPERS, NULL, FALSE, NULL, RATE },
  { "suggestions_deferred", "C类|Ｃ类&建议", PAPERS, NULL, FALSE, NULL, RATE "|议案" },
  /* (not motions left for later study: 审议议案14件，其中…3件留待继续研究) */
  { "suggestions_deferred", DEFERRED, PAPERS, NULL, FALSE, NULL, "议案" },
  { "suggestions_deferred", NULL, PAPERS, NULL, FALSE, DEFERRED, "议案" },
  { "deferred_share", "^" DEFERRED "&占", RATE, NULL, FALSE, NULL, NULL },
  { "deferred_share", DEFERRED, RATE, NULL, FALSE, NULL, NULL },
  /* suggestions that got what they asked for (1800多件得到解决, 解决或基
   * 本解决的215件) */
  { "suggestions_resolved", "解决或基本解决|已解决|已经解决|得到解决的|解决的|解决采纳|解决或采纳|解决或者采纳|A类|A类建议|Ａ类|Ａ类建议",
    PAPERS, NULL, FALSE, NULL, RATE "|尚未解决|未解决|未能解决|没有解决" },
  /* the share of the A class, solved (A类建议97件，占70.3%) */
  { "resolution_rate", "^A类|A类建议|Ａ类|Ａ类建议&占", RATE, NULL, FALSE, NULL, NULL },
  /* the suggestions named before, a measure wherever it is said (截至11月
   * 底，代表建议已经解决的97件) */
  { "suggestions_resolved", "建议&已经解决的|已解决的|得到解决的|解决或基本解决的", PAPERS, NULL, TRUE, NULL, RATE },
  { "suggestions_resolved", NULL, PAPERS, NULL, FALSE, RESOLVED, NULL },
  { "suggestions_resolved", "建议", PAPERS, NULL, TRUE, RESOLVED,
    "问题|困难|诉求" },
  { "adoption_rate", "采纳率|采纳", RATE, NULL, FALSE, NULL, NULL },
  { "adoption_rate", NULL, RATE, NULL, FALSE, "采纳", NULL },
  /* the share of suggestions whose handlers met or talked with the
   * deputy who made them (面商率100%): a deputies' measure wherever it is
   * said */
  { "consultation_rate", "面商率|见面率|沟通率|面复率|见面沟通率|当面沟通率|沟通联系率|联系沟通率", RATE, NULL, TRUE, NULL, NULL },
  /* (在办理中与代表见面沟通的达到96%; 当面沟通的建议占92%) */
  { "consultation_rate", "见面沟通的|当面沟通的|面对面沟通的|见面沟通|当面沟通&达到|达|占|为", RATE, NULL, TRUE, NULL,
    "满意率|满意度|办结率|解决率|办复率" },

  /* trainings: the people trained */
  { "deputies_trained", "培训代表|轮训代表|代表培训|代表学习班|代表履职学习|代表轮训|代表研修|履职学习班|履职培训|参训代表|参训人大代表|"
    "受训代表|受训人大代表|受训的代表|受训的人大代表|受训的各级人大代表", PEOPLE, NULL, TRUE, NULL, MEMBERS },
  { "deputies_trained", TRAINING "&代表", PEOPLE, NULL, FALSE, NULL, NULL },
  { "deputies_trained", NULL, PEOPLE, NULL, FALSE, "代表&" TRAINING, NULL },
  /* the people after the sessions, the training said once for both
   * (代表培训4期、260余人次; 代表履职培训12期，共计960人次) */
  { "deputies_trained", "^代表&^" TRAINING, "人次", NULL, FALSE, NULL, "主任|" MEMBERS "|" CADRES },
  /* the deputies taking part said after the count, the training in the
   * sentence's first clause (举办代表学习班4期，共有1300余名代表参加学习);
   * not the deputies of a later clause who took part in other work
   * (…；组织400余人次代表参加执法检查和专题调研) */
  { "deputies_trained", "<" TRAINING, PEOPLE, NULL, FALSE, "代表&参加|参与|参训",
    MEMBERS "|" CADRES "|执法检查|调研|视察|列席|座谈|接待" },
  /* the deputies named before their count, the training after it (组织市
   * 人大代表210人参加履职培训) */
  { "deputies_trained", "代表", PEOPLE, NULL, FALSE, "参加|参与&" TRAINING, "主任|主席|" MEMBERS "|" CADRES },
  { "npc_deputies_trained", "全国人大代表|全国人民代表大会代表&" TRAINING, PEOPLE, "npc_delegation", TRUE, NULL, NULL },
  /* the count after the deputies, the training after it (组织在宁全国人
   * 大代表21名参加专题学习班) */
  { "npc_deputies_trained", "全国人大代表|全国人民代表大会代表", PEOPLE, "npc_delegation", TRUE, "参加&" TRAINING, NULL },
  { "npc_deputies_trained", NULL, PEOPLE, "npc_delegation", TRUE,
    "全国人大代表|全国人民代表大会代表&" TRAINING, NULL },
  { "directors_trained", DIRECTORS "&" TRAINING, PEOPLE, NULL, FALSE, NULL, "代表|机关|处室|科室|办公室" },
  /* the people after the sessions, the directors said once for both
   * (街道人大工委主任学习培训3期、160人次), wherever the sessions are
   * counted (director_trainings) */
  { "directors_trained", "^" DIRECTORS "&^" TRAINING, "人次", NULL, TRUE, NULL, "代表|机关|处室|科室|办公室" },
  /* the people in a clause of their own after the sessions (举办乡镇人
   * 大主席培训班1期，培训38人) */
  { "directors_trained", "^" DIRECTORS "&^" TRAINING "&培训|参训|参加", PEOPLE, NULL, TRUE, NULL,
    "代表|机关|处室|科室|办公室" },
  { "directors_trained", NULL, PEOPLE, NULL, FALSE, DIRECTORS "&" TRAINING, "代表|机关|处室|科室|办公室" },
  /* (the people named before the count, the training after: 乡镇人大主
   * 席320人参加了培训) */
  { "directors_trained", TOWNSHIP_HEADS "|乡镇人大干部|县乡人大干部|基层人大干部|人大常委会主任", PEOPLE, NULL, FALSE, TRAINING,
    "代表|机关|处室|科室|办公室|主任会议|组成人员" },
  /* …the class named in the sentence's first clause, in any section (举办
   * 乡镇人大主席、街道人大工委主任培训班1期，培训32人次) */
  { "directors_trained", "<" TOWNSHIP_HEADS "&<" TRAINING "&培训|参训|参加", PEOPLE, NULL, TRUE, NULL,
    "代表|机关|处室|科室|办公室|组成人员|干部|主任会议" },

  /* trainings: the sessions held */
  { "deputy_trainings", "代表学习班|代表培训班|代表履职学习班|履职学习班|履职培训班|代表研修班|代表轮训班",
    SESSIONS, NULL, TRUE, NULL, MEMBERS },
  { "deputy_trainings", NULL, SESSIONS, NULL, TRUE,
    "代表学习班|代表培训班|代表履职学习班|履职学习班|履职培训班|代表研修班|代表轮训班", MEMBERS },
  { "deputy_trainings", "代表&" TRAINING, SESSIONS, NULL, FALSE, NULL, DIRECTORS "|" MEMBERS },
  /* (not the election staff's: 举办选举工作培训班3期) */
  { "deputy_trainings", TRAINING, SESSIONS, NULL, FALSE, NULL, DIRECTORS "|" CADRES "|" MEMBERS "|选举工作" },
  { "deputy_trainings", NULL, SESSIONS, NULL, FALSE, "代表&" TRAINING, DIRECTORS "|" MEMBERS },
  { "npc_deputy_trainings", "全国人大代表|全国人民代表大会代表&" TRAINING, SESSIONS, "npc_delegation", TRUE, NULL, NULL },
  { "npc_deputy_trainings", NULL, SESSIONS, "npc_delegation", TRUE,
    "全国人大代表|全国人民代表大会代表&" TRAINING, NULL },
  /* (not the study before the meetings the heads hold: 在党组会议、主任会议
   * 前集中学习38次) */
  { "director_trainings", DIRECTORS "&" TRAINING, SESSIONS, NULL, TRUE, NULL, "代表|主任会议|会议前|会前" },
  /* the classes on the lower congresses' work, which their heads attend
   * (举办全省县乡人大工作培训班3期) */
  { "director_trainings", LOWER_CONGRESS_WORK "&" TRAINING, SESSIONS, NULL, TRUE, NULL, "代表" },
  { "director_trainings", NULL, SESSIONS, NULL, TRUE, DIRECTORS "&" TRAINING, "机关|处室|科室|办公室" },
  /* (the heads named in the sentence's first clause: 组织县（市、区）人大常
   * 委会主任、乡镇人大主席赴浙江学习考察，举办培训班2期) */
  { "director_trainings", "<" DIRECTORS "&" TRAINING, SESSIONS, NULL, TRUE, NULL,
    "代表|机关|处室|科室|办公室|主任会议|讲座|" MEMBERS },

  /* what deputies gave */
  { "deputy_donations", "捐款|捐物|捐资|捐赠|募捐|捐助", "元", NULL, FALSE, NULL, NULL },
  /* the deputies named, for a section of another domain (代表捐款捐物3.6
   * 亿元 in the year's account of the epidemic) */
  { "deputy_donations", "代表&捐款|捐物|捐资|捐赠|募捐|捐助", "元", NULL, FALSE, NULL, NULL },
  /* the deputies named in the sentence's first clause, in any section
   * (全省人大系统1.6万名代表投身防控一线，捐款捐物2.3亿元) */
  { "deputy_donations", "<代表&捐款|捐物|捐资|捐赠|募捐|捐助", "元", NULL, TRUE, NULL, NULL },

  /* deputies' groups, stations and activities */
  /* all there are (a stock, see the domain's stocks); not those set up
   * in the year, which have no measure */
  /* (not the groups commended: 表彰先进代表小组10个) */
#define GROUPS_COMMENDED "表彰|评选|评为|命名|先进代表小组|优秀代表小组"
  { "deputy_groups", "代表小组|代表活动小组|代表专业小组|专业代表小组", "个", NULL, FALSE, NULL,
    "活动|新建|新增|新设|新组建|新成立|" GROUPS_COMMENDED },
  /* (the older name, 代表活动小组, holds 活动: 编成代表活动小组158个) */
  { "deputy_groups", "代表活动小组", "个", NULL, FALSE, NULL,
    "小组活动|开展活动|新建|新增|新设|新组建|新成立|" GROUPS_COMMENDED },
  /* (全市78个代表小组开展活动420余次: the groups, then what they did) */
  { "deputy_groups", NULL, "个", NULL, FALSE, "代表小组", "代表小组活动|小组活动|新建|新增|新设|新组建|新成立|" GROUPS_COMMENDED },
  { "deputy_group_activities", "代表小组|代表活动小组&活动", "次|场|场次|期|批", NULL, FALSE, NULL, NULL },
  { "deputy_group_activities", "<代表活动小组|代表小组&活动|开展活动", "次|场|场次|期|批", NULL, FALSE, NULL,
    "组织代表|组织人大代表|组织各级人大代表|组织全市代表|组织全县代表" },
  /* all there are, the groups named first (…编为代表活动小组，目前全省共
   * 有128个) */
  { "deputy_groups", "<代表小组|代表活动小组&共有|总数|现有", "个", NULL, FALSE, NULL, "活动" },
  { "deputy_group_activities", NULL, "次|场|场次|期|批", NULL, FALSE, "代表小组&活动", NULL },
  /* the groups set up in the sentence's first clause (组建代表小组86个，
   * 开展小组活动700余次) */
  { "deputy_group_activities", "<代表小组&小组活动|小组集中活动", "次|场|场次|期|批", NULL, FALSE, NULL, NULL },
  /* 组织代表开展小组活动二百余次 */
  { "deputy_group_activities", "代表&小组活动|小组集中活动", "次|场|场次|期|批", NULL, FALSE, NULL, NULL },
  /* (the groups named in a clause before: 编组代表小组32个，全年开展小组
   * 活动150余次; not a Party group's, nor a study or inspection group's) */
  { "deputy_group_activities", "小组活动|小组集中活动", "次|场|场次|期|批", NULL, FALSE, NULL,
    "党小组|学习小组|调研小组|检查小组|工作小组|领导小组" },
  /* the stations built in the year (新建, 新增, 设立), and all there are
   * (全省建成代表之家3218个: a stock, see the domain's stocks) */
  /* (全市新建代表之家12家: 全市 says where, not that it is the stock);
   * the verb may head a list (新建代表之家12家、代表联络站37个) */
  { "deputy_stations_added", "^" SET_UP "&" STATIONS,
    "个|家|处|所|座", NULL, TRUE, NULL, STOCK "|" NEW_AND_UPGRADED },
  { "deputy_stations_added", SET_UP, "个|家|处|所|座", NULL, TRUE,
    STATIONS, STOCK "|" NEW_AND_UPGRADED },
  /* the stations named once, for all there are and the new ones
   * (全市建成代表之家186个，今年新建18个) */
  { "deputy_stations_added", "<" STATIONS "&新建|新增|新设|新建成|新成立|新挂牌", "个|家|处|所|座", NULL, FALSE,
    NULL, STOCK "|立法|联系点|小组|" NEW_AND_UPGRADED },
  /* the new ones of several years, totalled (2022年以来累计新建代表联络站
   * 43个): stations added, over the years said, not all there are */
  { "deputy_stations_added", "累计新建|累计新增|累计新设|累计新建成&" STATIONS, "个|家|处|所|座", NULL, TRUE,
    NULL, NEW_AND_UPGRADED },
  { "deputy_stations_added", "<" STATIONS "&累计新建|累计新增|累计新设|累计新建成", "个|家|处|所|座", NULL, FALSE,
    NULL, "立法|联系点|小组|" NEW_AND_UPGRADED },
  /* built in the year said (今年建成代表联络站20个) */
  { "deputy_stations_added", "全年|今年|年内|本年度|当年&建立|建成|建设&" STATIONS, "个|家|处|所|座", NULL, TRUE,
    NULL, STOCK },
  /* (the new ones of all there are, said after the count: 全县代表联络站达
   * 到40个，其中9个为今年新建) */
  { "deputy_stations_added", "<" STATIONS "&其中", "个|家|处|所|座", NULL, TRUE,
    "为今年新建|系今年新建|是今年新建|为当年新建|为年内新建|为新建|为本年新建", NULL },
  /* (…the stations and their building said after the count: 年内又有6个
   * 代表联络站建成投用) */
  { "deputy_stations_added", "全年|今年|年内|本年度|当年|又有", "个|家|处|所|座", NULL, TRUE,
    STATIONS "&建成|投用|投入使用|挂牌|揭牌", STOCK },
  /* (…the year said in the sentence's first clause; not the stations of
   * the whole place said after the year's: 年内新建…18个，全市建成…172个) */
  { "deputy_stations_added", "<全年|今年|年内|本年度|当年&建立|建成|建设&" STATIONS, "个|家|处|所|座", NULL, TRUE,
    NULL, STOCK "|全市|全县|全区|全省|全州|全旗" },
  { "deputy_stations_upgraded", UPGRADE "&" STATIONS, "个|家|处|所|座", NULL, TRUE, NULL, NEW_AND_UPGRADED },
  { "deputy_stations_upgraded", UPGRADE, "个|家|处|所|座", NULL, TRUE, STATIONS, NEW_AND_UPGRADED },
  /* (the verb may head a list: 改造提升代表之家7个、代表联络站12个) */
  { "deputy_stations_upgraded", "^" UPGRADE "&" STATIONS, "个|家|处|所|座", NULL, TRUE, NULL, NEW_AND_UPGRADED "|" STOCK },
  /* the stations named in the clause before (全市现有代表联络站38个，今年
   * 改造提升12个) */
  { "deputy_stations_upgraded", UPGRADE "&^" STATIONS, "个|家|处|所|座", NULL, TRUE, NULL, NEW_AND_UPGRADED },
  /* …or in the sentence's first clause (全市现有代表联络站1156个，其中新
   * 建38个、改造提升52个) */
  { "deputy_stations_upgraded", "<" STATIONS "&" UPGRADE, "个|家|处|所|座", NULL, TRUE, NULL, NEW_AND_UPGRADED },
  /* the count first (8个代表联络站完成提档升级) */
  { "deputy_stations_upgraded", NULL, "个|家|处|所|座", NULL, TRUE, STATIONS "&" UPGRADE, NEW_AND_UPGRADED },
  /* (the stations said as 站点, in a section on deputies: 对31个站点进行提
   * 档升级) */
  { "deputy_stations_upgraded", NULL, "个|家|处|所|座", NULL, FALSE, "站点|阵地&" UPGRADE, NEW_AND_UPGRADED },
  /* (not the stations an online platform lists: 代表履职平台上线代表联络
   * 站482个) */
  /* (not what deputies did through them: 代表通过联络站帮助群众解决问题
   * 1130个) */
  { "deputy_stations", STATIONS,
    "个|家|处|所|座", NULL, TRUE, NULL, UPGRADE "|上线|平台|问题|解决" },
  /* …the stations named in the sentence's first clause (全省新建代表之家、
   * 联络站、联络点78个，升级改造215个，总数达到4700余个; 加强代表之家和代
   * 表联络站建设，全年新建43个，全市现有1210个) */
  /* (not the practice bases named short in the count's own words:
   * …，全市实践点总数达到86个) */
  { "deputy_stations", "<" STATIONS "&总数|总量|现有|共有|已有|已建成|累计建成",
    "个|家|处|所|座", NULL, TRUE, NULL, UPGRADE "|实践点|实践基地|实践站|小组|阵地|平台" },
  /* all there are, after the new ones (新建代表联络站16个，总数达到427个) */
  { "deputy_stations", "^" STATIONS "&总数|总量|增加到|增至|达到|累计|共有|已达|已有",
    "个|家|处|所|座", NULL, TRUE, NULL, UPGRADE "|实践点|实践基地|实践站" },
  /* (not drafts put out for comment there: 5个法规草案在代表家站征求意见) */
  { "deputy_stations", NULL, "个|家|处|所|座", NULL, TRUE,
    STATIONS, UPGRADE "|草案" },
  /* the practice bases of whole-process people's democracy, set up in
   * the year or all there are (a stock) */
  { "democracy_practice_bases_added", "^" SET_UP "&" PRACTICE_BASES, "个|家|处", NULL, TRUE, NULL, STOCK },
  { "democracy_practice_bases_added", SET_UP, "个|家|处", NULL, TRUE, PRACTICE_BASES, STOCK },
  /* named once, for all there are and the new ones (全市建成…实践基地
   * 42个，其中今年新建15个); not stations named after them (…实践点15个，
   * 新建代表联络站38个) */
  { "democracy_practice_bases_added", "<" PRACTICE_BASES "&新建|新增|新设|新建成|新成立|新挂牌", "个|家|处", NULL, TRUE,
    NULL, STOCK "|" STATIONS },
  { "democracy_practice_bases", PRACTICE_BASES, "个|家|处", NULL, TRUE, NULL, NULL },
  { "democracy_practice_bases", NULL, "个|家|处", NULL, TRUE, PRACTICE_BASES, NULL },
  /* (named short after the full name: 新建全过程人民民主基层实践点5个，累计
   * 建成实践点20个) */
  { "democracy_practice_bases", "<" PRACTICE_BASES "&累计|总数|共建成|已建成|达到&实践点|实践基地|实践站|基地（点）|基地(点)",
    "个|家|处", NULL, TRUE, NULL, NULL },
  /* (the short name alone, the stock said after it: 全市实践点总数达到86
   * 个, after the stations' count in the sentence) */
  { "democracy_practice_bases", "实践点|实践基地&总数|总量|累计|达到|共有|已达", "个|家|处", NULL, TRUE, NULL, NULL },
  /* all there are, after the new ones (新建…基层实践点八个，累计达到31个) */
  { "democracy_practice_bases", "^" PRACTICE_BASES "&总数|总量|增加到|增至|达到|累计|共有|已达|已有",
    "个|家|处", NULL, TRUE, NULL, NULL },
  { "deputy_attendances", "代表&列席", "人次", NULL, FALSE, NULL, ONE_EVENT "|发言" },
  { "deputy_attendances", "代表", "人次", NULL, FALSE, "列席", ONE_EVENT "|发言" },
  /* 邀请近两百人次代表列席常委会会议: the deputies after the count */
  { "deputy_attendances", NULL, "人次", NULL, FALSE, "代表&列席", ONE_EVENT "|发言" },
  { "deputy_attendances", "邀请|组织|安排", "人次", NULL, FALSE, "列席", ONE_EVENT "|发言" },
  { "deputy_attendances", TOTAL "&代表&列席", PEOPLE, NULL, FALSE, NULL, ONE_EVENT "|发言" },
  { "deputy_attendances", TOTAL, PEOPLE, NULL, FALSE, "代表&列席", ONE_EVENT "|发言" },
  /* the deputies counted before they are named (邀请324名全国人大代表列席
   * 常委会会议) */
  { "deputy_attendances", "邀请|组织|安排", PEOPLE, NULL, FALSE, "代表&列席", ONE_EVENT "|发言" },
  /* the first item of a list of attendances, the verb said after the last
   * (邀请区人大代表72人次、镇人大主席24人次列席常委会会议) */
  { "deputy_attendances", "邀请|组织|安排&代表", "人次", NULL, FALSE, "$列席", ONE_EVENT "|发言|列席|参加|参与" },
  /* lower congresses' heads attending the committee's meetings (…人大
   * 常委会主任列席常委会会议32人次): not deputies */
  { "director_attendances", DIRECTORS "&列席", "人次|人|名", NULL, FALSE, NULL, "代表|" ONE_EVENT },
  { "director_attendances", DIRECTORS, "人次|人|名", NULL, FALSE, "列席", "代表|" ONE_EVENT },
  /* (the heads named after their count: 邀请32名乡镇人大主席列席常委会会议) */
  { "director_attendances", NULL, "人次|人|名", NULL, FALSE, DIRECTORS "&列席", "代表|" ONE_EVENT },
  /* the special oversight deputies were organised for, in any section
   * (组织全省五级人大代表2.6万人次参与脱贫攻坚专项监督), and the deputies
   * taking part in a clause of their own (组织代表开展专项监督6次，参加
   * 代表260人次) */
  { "deputy_oversight_activities", "代表&" OVERSIGHT, "次|场|批|场次", NULL, TRUE, NULL, ONE_EVENT },
  /* (the deputies named in the sentence's first clause, in a section on
   * their work: 组织代表视察3次，开展专项监督5次) */
  { "deputy_oversight_activities", "<代表&" OVERSIGHT, "次|场|批|场次", NULL, FALSE, NULL, ONE_EVENT },
  { "deputy_oversight_participations", "代表&" OVERSIGHT, "人次", NULL, TRUE, NULL, ONE_EVENT },
  { "deputy_oversight_participations", "代表", "人次", NULL, TRUE, "参与|参加&" OVERSIGHT, ONE_EVENT },
  /* (not a clause naming other activities: …专项监督4次，…，代表参加调研视
   * 察活动890人次) */
  { "deputy_oversight_participations", "<" OVERSIGHT "&代表&参加|参与", "人次", NULL, TRUE, NULL, ONE_EVENT "|调研|视察" },
  /* (组织省人大代表开展专项监督，1800余人次代表参与; …，共有260余名代
   * 表参加) */
  { "deputy_oversight_participations", "<" OVERSIGHT, "人次|人|名|位", NULL, TRUE, "代表参与|代表参加", ONE_EVENT },
  /* (…开展乡村振兴专项监督，全省各级人大代表3.6万人次参与) */
  { "deputy_oversight_participations", "<" OVERSIGHT "&代表", "人次", NULL, TRUE, "参与|参加", ONE_EVENT },
  /* (the deputies and the oversight both in the sentence's first clause,
   * the people who took part after it: 组织市人大代表开展专项监督4次，1260
   * 人次参加) */
  { "deputy_oversight_participations", "<" OVERSIGHT "&<代表", "人次", NULL, TRUE, "参与|参加", ONE_EVENT "|调研|视察" },
  /* (the count before the deputies: 组织全市8000余名各级人大代表参与乡村振
   * 兴专项监督) */
  { "deputy_oversight_participations", NULL, "人次|名|人|位", NULL, TRUE, "代表&参与|参加&" OVERSIGHT, ONE_EVENT },
  /* deputies taking part in the committee's law inspections (组织人大代
   * 表1200余人次参加执法检查) */
  { "deputy_oversight_participations", "代表&执法检查", "人次", NULL, TRUE, NULL,
    ONE_EVENT "|视察|调研|列席|等活动" },
  { "deputy_oversight_participations", "代表", "人次", NULL, TRUE, "参与|参加&执法检查|检查",
    ONE_EVENT "|视察|调研|列席|等活动" },
  /* not research on the stations (开展“人大代表之家”规范化建设调研12次) */
  /* (the deputies named in the sentence's first clause: 组织代表开展集中
   * 视察4次，专题调研11次). Inspections counted after a place (代表赴基层
   * 视察3次) are not one trip. */
  { "deputy_inspections", "<代表&调研|视察", "次|场|批|批次|场次", NULL, FALSE, NULL, HELPING "|" STATIONS },
  { "deputy_inspections", "代表", "次|场|批|批次|场次", NULL, FALSE, "调研|视察", HELPING "|" STATIONS },
  /* the count first (组织了3次代表集中视察) */
  { "deputy_inspections", NULL, "次|场|批|批次|场次", NULL, FALSE, "代表&调研|视察", HELPING "|" STATIONS },
  { "deputy_research_participations", "代表&调研|视察", "人次", NULL, FALSE, NULL, ONE_EVENT },
  { "deputy_research_participations", "代表", "人次", NULL, FALSE, "调研|视察", ONE_EVENT },
  /* the deputies taking part in a clause of their own, after the
   * inspections counted (组织代表集中视察和专题调研11次，参加代表230人
   * 次) */
  { "deputy_research_participations", "<调研|视察&代表&参加|参与", "人次", NULL, FALSE, NULL, ONE_EVENT "|活动" },
  /* (…the inspections and research named with the deputies in the
   * sentence's first clause: 组织代表开展专项视察和调研活动12次、参加人员
   * 420余人次) */
  { "deputy_research_participations", "<调研|视察&<代表&参加人员|参与人员|参加代表|参与代表", "人次", NULL, FALSE, NULL,
    ONE_EVENT "|执法检查|专项监督|" MEMBERS },
  /* (the deputies named as the sentence's subject: 代表列席常委会会议58人
   * 次，参与调研210人次) */
  { "deputy_research_participations", "<代表&参加|参与&调研|视察", "人次", NULL, FALSE, NULL,
    ONE_EVENT "|活动|" MEMBERS "|机关干部|干部|专家" },
  /* the deputies taking part said after the count (3200余人次代表参加;
   * 组织近2000名代表参加集中视察和专题调研) */
  { "deputy_research_participations", "<调研|视察", "人次", NULL, FALSE, "代表&参加|参与", ONE_EVENT "|活动" },
  { "deputy_research_participations", NULL, "人次|名|人|位", NULL, FALSE, "代表&参加|参与&调研|视察", ONE_EVENT },
  { "deputy_research_participations", TOTAL "&代表&调研|视察", PEOPLE, NULL, FALSE, NULL, ONE_EVENT },
  { "deputy_research_participations", TOTAL, PEOPLE, NULL, FALSE, "代表&调研|视察", ONE_EVENT },
  { "npc_deputy_research_participations", NPC "&调研|视察", "人次", "npc_delegation", FALSE, NULL, ONE_EVENT },
  { "npc_deputy_research_participations", NPC, "人次", "npc_delegation", FALSE, "调研|视察", ONE_EVENT },
  /* (常委会组织全国人大代表开展集中视察2次，参加调研210人次) */
  /* (not deputies of the congress's own, named in the count's clause:
   * 组织在津全国人大代表开展集中视察2次，市人大代表参加专题调研680人次) */
  { "npc_deputy_research_participations", "<" NPC "&调研|视察&参加|参与", "人次", "npc_delegation", FALSE, NULL,
    ONE_EVENT "|省人大代表|市人大代表|州人大代表|县人大代表|区人大代表|自治区人大代表" },
  { "npc_deputy_research_participations", "<" NPC "&参加|参与&执法检查|调研|视察&" ALL_ACTIVITIES, "人次", "npc_delegation",
    FALSE, NULL, ONE_EVENT "|省人大代表|市人大代表|州人大代表|县人大代表|区人大代表|自治区人大代表" },
  { "npc_deputy_research_participations", TOTAL "&" NPC "&调研|视察", PEOPLE, "npc_delegation", FALSE, NULL, ONE_EVENT },
  { "npc_deputy_research_participations", TOTAL, PEOPLE, "npc_delegation", FALSE, NPC "&调研|视察", ONE_EVENT },
  /* the inspections and research the NPC's deputies of the province or
   * city made (全国人大代表在我省开展集中视察3次) */
  { "npc_deputy_inspections", NPC "&调研|视察", "次|场|批|场次", "npc_delegation", FALSE, NULL, "赴|" STATIONS },
  { "npc_deputy_inspections", NPC, "次|场|批|场次", "npc_delegation", FALSE, "调研|视察", "赴|" STATIONS },
  /* the NPC's deputies named in the sentence's first clause, a later
   * clause counting their inspections (组织在苏全国人大代表参加…活动85人
   * 次，在省内开展集中视察2次); not when that clause names deputies
   * (组织代表开展集中视察4次: its own) */
  { "npc_deputy_inspections", "<" NPC "&调研|视察", "次|场|批|场次", "npc_delegation", FALSE, NULL,
    "赴|代表|" STATIONS },
  /* the deputies' activities of the year, said as such (组织代表开展
   * “进村寨”活动46场次; 次 only when totalled), and the deputies taking
   * part (1100余人次, 参与代表1101人次, 参加活动代表1350人次): the list's
   * later item reads them at the clause head, the participants in a
   * clause of their own the activity in the sentence's first. Activities
   * of a kind have their own measures. */
  { "deputy_activities", "^代表&^活动", "场次|场|批次", NULL, FALSE, NULL, ACTIVITY_KINDS },
  /* the deputies named in the sentence's first clause (组织代表开展集中视
   * 察6次，开展“进站履职”活动38场次) */
  { "deputy_activities", "<组织代表|组织人大代表|代表们|广大代表&活动", "场次|场|批次", NULL, FALSE, NULL,
    ACTIVITY_KINDS "|居民|群众|代表|机关|干部|志愿|职工|党员" },
  { "deputy_activities", TOTAL "&代表&活动", "次|批", NULL, FALSE, NULL, ACTIVITY_KINDS },
  /* a township's or subdistrict's body that organised them, the year's
   * (街道人大工委开展代表活动49次) */
  { "deputy_activities", TOWNSHIP_BODIES "&代表&活动", "次|批|场|场次", "township", FALSE, NULL, ACTIVITY_KINDS "|" ONE_EVENT },
  /* the activities held at the deputies' stations, a year's worth (代表
   * 依托家站开展活动2.3万次) */
  { "deputy_activities", "代表&" STATIONS "&活动", "次|批", NULL, FALSE, NULL, ACTIVITY_KINDS },
  /* …the stations named in the sentence's first clause (建成代表联络站51
   * 个，全年站内开展活动620余场次) */
  { "deputy_activities", "<" STATIONS "&站内|站点内|家站内&活动", "场次|场|次|批", NULL, FALSE, NULL, ACTIVITY_KINDS },
  { "deputy_activity_participations", "^代表&^活动", "人次", NULL, FALSE, NULL, ACTIVITY_KINDS },
  /* deputies on duty at their stations (代表进站履职3200余人次; receiving
   * the public there is constituents_received) */
  { "deputy_activity_participations", "代表&进站履职|进站|进家入站|到站履职|进家站点|进家站|进站点|进家入站履职", "人次", NULL, FALSE, NULL,
    "接待|群众|选民" },
  /* (the count before the verb: 全省各级人大代表共4.8万余人次进站履职) */
  { "deputy_activity_participations", "代表", "人次", NULL, FALSE, "进站履职|进站|进家入站|到站履职|进家站点|进家站|进站点|进家入站履职",
    "接待|群众|选民" },
  { "deputy_activity_participations", "<活动&代表&参与|参加", "人次", NULL, FALSE, NULL, ACTIVITY_KINDS },
  /* (deputies taking part in works of several kinds listed, closed by
   * 等工作: 代表参与卡口值守、排查走访、物资保障等工作2.1万余人次; 参与矛盾
   * 纠纷化解、安全生产检查等基层治理工作3200余人次) */
  { "deputy_activity_participations", "代表&" JOIN "&等工作|等各项工作|等基层治理工作", "人次", NULL, FALSE, NULL,
    ONE_EVENT "|" MEMBERS },
  /* (a campaign named in quotes, whose name ends in 联系: 县乡两级人大代
   * 表参加“双联系”活动约1.5万人次) */
  { "deputy_activity_participations", "代表&参与|参加&联系”活动|联系\"活动|联系」活动", "人次", NULL, FALSE, NULL, ONE_EVENT },
  /* the deputies first, what they took part in after (全省五级人大代表2.3
   * 万人次参加“人大代表活动周”) */
  { "deputy_activity_participations", "代表", "人次", NULL, FALSE, "参与|参加&活动", ACTIVITY_KINDS },
  /* (…and the campaign's work after the verb of joining it: 全市各级人大代
   * 表闻令而动，4.3万余人次投身社区防控、卡口值守…一线) */
  { "deputy_activity_participations", "<代表", "人次", NULL, FALSE, JOIN "&" CAMPAIGN_WORK,
    ACTIVITY_KINDS "|群众|选民|干部|志愿者|企业" },
  /* (…the deputies named in the sentence's first clause, the count
   * opening its own: 全省各级人大代表积极投身脱贫攻坚，4.6万余人次参与
   * …帮扶活动; not others they brought along, 带动群众…) */
  { "deputy_activity_participations", "<代表", "人次", NULL, FALSE, "参与|参加&活动",
    ACTIVITY_KINDS "|群众|选民|干部|志愿者|企业" },
  /* the deputies' part in a campaign of work, epidemic prevention most of
   * all (全省五级人大代表7.6万余人次参与…等防控工作; 全年累计参与疫情防控4.6
   * 万人次; 参与封控值守等防控工作累计2.1万人次) */
  { "deputy_activity_participations", "<代表&" JOIN, "人次", NULL, FALSE,
    CAMPAIGN_WORK, ACTIVITY_KINDS },
  { "deputy_activity_participations", "<代表&" JOIN "&" CAMPAIGN_WORK, "人次", NULL, FALSE, NULL,
    ACTIVITY_KINDS },
  /* (the campaign and the deputies named in the sentence's first clause,
   * the count a predicate of its own: 组织各级人大代表投身疫情防控一线，参
   * 与人数达12万余人次) */
  { "deputy_activity_participations", "<代表&<" CAMPAIGN_WORK "&参与人数|参加人数|参与人次|参加人次",
    "人次", NULL, FALSE, NULL, ACTIVITY_KINDS },
  /* (the campaign opening the sentence, the deputies before the count,
   * their joining after it: 疫情防控中，全省各级人大代表3.1万余人次投身一线) */
  { "deputy_activity_participations", "<" CAMPAIGN_WORK "&代表", "人次", NULL, FALSE, JOIN,
    ACTIVITY_KINDS "|群众|选民|干部|志愿者|企业" },
  /* (the deputies named before the count, the work after it: 全省五级人
   * 大代表7.6万余人次参与…等防控工作) */
  { "deputy_activity_participations", "代表", "人次", NULL, FALSE, JOIN "&" CAMPAIGN_WORK,
    ACTIVITY_KINDS },
  /* (the count before the deputies: 近1500人次代表参与社区值守; 全州
   * 3000余名各级人大代表参与疫情防控) */
  { "deputy_activity_participations", NULL, "人次|名|人", NULL, FALSE, "代表&" JOIN "&" CAMPAIGN_WORK,
    ACTIVITY_KINDS },
  /* (in a section on deputies, said of them before: 全年累计参与防控工
   * 作3.2万余人次) */
  { "deputy_activity_participations", JOIN "&" CAMPAIGN_WORK, "人次", NULL, FALSE, NULL,
    ACTIVITY_KINDS "|干部|机关|组成人员|党员|职工|群众|居民|志愿者|青年|学生" },
  /* research and inspections named, then 等活动 (组织代表参加执法检查、专
   * 题调研等活动820余人次): the deputies' part in them, research; not
   * when the list names work of another kind (座谈, 走访, 培训…) */
#define NOT_RESEARCH_ONLY "座谈|走访|接待|培训|学习|宣讲|志愿|防控|联系|述职|列席|捐|慰问|宣传|评议|活动月|主题活动"
  { "deputy_research_participations", "代表&参加|参与|开展&执法检查|调研|视察&" ALL_ACTIVITIES, "人次", NULL, FALSE, NULL,
    ONE_EVENT "|" NOT_RESEARCH_ONLY },
  /* (the deputies named in the sentence's first clause: 邀请市人大代表列
   * 席常委会会议126人次，参与执法检查、视察调研等活动900余人次) */
  { "deputy_research_participations", "<代表&参加|参与&执法检查|调研|视察&" ALL_ACTIVITIES, "人次", NULL, FALSE, NULL,
    ONE_EVENT "|" NOT_RESEARCH_ONLY "|" MEMBERS "|机关干部|干部|专家" },
  /* activities of several kinds together (参加视察、调研、座谈等活动
   * 九十余场、一千二百余人次, 参加各类活动1600余人次) are all of them */
  { "deputy_activities", "^代表&^" ALL_ACTIVITIES, "场次|场|次|批|批次", NULL, FALSE, NULL, ONE_EVENT },
  /* (…the deputies named in the sentence's first clause: 各级人大代表参加
   * 活动1.8万余人次，开展…调研视察、政策宣讲等活动2600余场次) */
  { "deputy_activities", "<代表&^" ALL_ACTIVITIES, "场次|场|批次", NULL, FALSE, NULL, ONE_EVENT },
  { "deputy_activity_participations", "^代表&^" ALL_ACTIVITIES, "人次", NULL, FALSE, NULL, ONE_EVENT },
  /* deputies receiving constituents (代表进家站点接待群众…人次); the
   * committee's own petition work (信访) is oversight */
  { "constituents_received", "代表&" RECEIVE, PEOPLE "|批次|批", NULL, TRUE, NULL, "信访|" GROUPS_VISITING },
  { "constituents_received", "代表&接待|走访|联系", PEOPLE "|批次|批", NULL, TRUE, "群众|选民", "信访|" GROUPS_VISITING },
  /* (接待农牧民群众六百余人次) */
  { "constituents_received", "代表&接待|走访&群众|选民", PEOPLE "|批次|批", NULL, TRUE, NULL, "信访|" GROUPS_VISITING },
  { "constituents_received", RECEIVE, PEOPLE "|批次|批", NULL, FALSE, NULL, "信访|" GROUPS_VISITING },
  /* the people after the receptions held (接待选民群众780余场次、4600余
   * 人次) */
  { "constituents_received", "^代表&^" RECEIVE, "人次", NULL, TRUE, NULL, "信访|" GROUPS_VISITING },
  /* the receptions held, not the people received (接待选民群众1800余场次) */
  { "constituent_receptions", RECEIVE, "场次|场|次", NULL, FALSE, NULL, "信访|来信|来访" },
  /* the deputies' reception days held (开展“人大代表接待日”活动36场次) */
  { "constituent_receptions", "接待日|代表接待日|接待选民日|接待群众日|选民接待日", "场次|场|次|期", NULL, FALSE, NULL,
    "信访|来信|来访" },
  { "constituent_receptions", "代表&接待", "场次|场", NULL, FALSE, "群众|选民", "信访|来信|来访" },
  /* (组织代表进社区开展接待活动210场次) */
  { "constituent_receptions", "代表&接待活动|接待群众活动|接待选民活动", "场次|场|次", NULL, FALSE, NULL, "信访|来信|来访" },
  /* (…or the homes and stations where they are held: 各家站组织开放接待
   * 活动约1100场次) */
  { "constituent_receptions", "家站|代表之家|联络站|代表工作站&接待活动|开放接待|接待群众活动|接待选民活动", "场次|场|次",
    NULL, FALSE, NULL, "信访|来信|来访" },
  /* (the deputies named in the sentence's first clause: 各级代表进家进站
   * 接待选民群众3.6万人次，开展接待活动4200余场次) */
  { "constituent_receptions", "<代表&接待活动|接待群众活动|接待选民活动", "场次|场|次", NULL, FALSE, NULL, "信访|来信|来访" },
  /* (the reception days named in the sentence's first clause: 坚持每月5
   * 日为选民接待日，全年共开展接待活动430余场次) */
  { "constituent_receptions", "<接待日|代表接待日|接待选民日|接待群众日|选民接待日&接待活动", "场次|场|次", NULL, FALSE, NULL,
    "信访|来信|来访" },
  /* deputies who reported on their work to their constituents: 153名市
   * 人大代表向原选区选民述职, 组织120名代表向选民述职; 述职 may open the
   * sentence (组织代表向选民述职，共260名代表参加; 开展代表述职评议，评
   * 议代表30名) — not officials' 述职 to the committee */
  { "deputies_reported", NULL, "人|名|位", NULL, FALSE, "代表&述职", NOT_DEPUTY_REPORTS },
  /* the deputies named before their count (省人大代表134名向原选举单位报告
   * 履职情况) */
  { "deputies_reported", "代表", "人|名|位", NULL, FALSE, "述职|报告履职|汇报履职|选民|原选区|原选举单位", NOT_DEPUTY_REPORTS "|履职评议" },
  /* (…and the report said before them: 报告履职情况的代表有126名) */
  { "deputies_reported", "述职|报告履职|汇报履职&代表", "人|名|位", NULL, FALSE, NULL, NOT_DEPUTY_REPORTS "|履职评议" },
  /* the first item of a list, the report said after the last (组织42名县人
   * 大代表、156名乡镇人大代表向选民述职) */
  { "deputies_reported", NULL, "人|名|位", NULL, FALSE, "代表&$述职", NOT_DEPUTY_REPORTS },
  /* (县人大代表向选民述职560人次) */
  { "deputies_reported", "代表&述职", "人次|人|名|位", NULL, FALSE, NULL, NOT_DEPUTY_REPORTS },
  /* (not the deputies appraised in a clause of their own: 组织42名代表向选
   * 民述职，对31名代表开展履职评议) */
  { "deputies_reported", "<述职&代表", "人|名|位", NULL, FALSE, NULL, NOT_DEPUTY_REPORTS "|履职评议" },
  { "deputies_reported", "<述职", "人|名|位", NULL, FALSE, "代表", NOT_DEPUTY_REPORTS "|履职评议" },
  /* (the deputies named in the first clause: 全市1100余名市人大代表中，向原
   * 选区选民述职的有112名) */
  { "deputies_reported", "<代表&述职", "人|名|位", NULL, FALSE, NULL, NOT_DEPUTY_REPORTS "|履职评议" },
  /* (312名省人大代表向原选举单位报告履职情况) */
  { "deputies_reported", NULL, "人|名|位", NULL, FALSE, "代表&选民|原选区|原选举单位|选区&报告|汇报", NOT_DEPUTY_REPORTS },
  { "deputies_reported", NULL, "人|名|位", NULL, FALSE, "代表&报告履职|汇报履职", NOT_DEPUTY_REPORTS },
  /* deputies liaising with the public, one of the activities a count of
   * them lists (代表参加调研视察、联系群众、助企纾困等活动1.2万余人次):
   * not the deputies liaised with */
#define NOT_LIAISING_DEPUTIES "联系群众|联系选民|联系人民群众|联系服务群众|等活动|立法联系点"
  /* (the deputies named in full: 常委会组成人员直接联系全国人大代表430多名
   * is the committee's work with deputies, not the Party group's 包联
   * in a section of no domain) */
  { "deputies_liaised", "联系&代表|人大代表|全国人大代表|省人大代表|市人大代表|县人大代表", PEOPLE, NULL, FALSE, NULL,
    "每位|每名|每人|每个|各联系|分别|" NOT_LIAISING_DEPUTIES },
  { "deputies_liaised", "联系", PEOPLE, NULL, FALSE, "代表", "每位|每名|每人|每个|各联系|分别|" NOT_LIAISING_DEPUTIES },
  /* (the deputies visited, counted first: 走访了98名代表) */
  { "deputies_liaised", "走访|走访了", PEOPLE, NULL, FALSE, "代表", "每位|每名|每人|每个|分别|企业|群众|选民" },
  /* the committee's members as who liaise (常委会组成人员联系代表286名):
   * its work with deputies, not the Party group's, where no section says */
  { "deputies_liaised", "<常委会组成人员|组成人员|常委会委员&联系|直接联系|联系了&代表|人大代表", PEOPLE, NULL, FALSE, NULL,
    "每位|每名|每人|每个|各联系|分别" },
  /* (the deputies named in the sentence's first clause, the total after
   * what each member does: 每位常委会组成人员固定联系若干名市人大代表，共
   * 联系486名) */
  { "deputies_liaised", "<代表|人大代表&共联系|累计联系|共计联系|合计联系", PEOPLE, NULL, FALSE, NULL,
    "群众|选民|企业|居民|村民|" NOT_LIAISING_DEPUTIES },
  /* the deputies first (与346名市人大代表建立直接联系) */
  { "deputies_liaised", NULL, PEOPLE, NULL, FALSE, "代表&建立联系|建立直接联系|保持联系|保持直接联系|建立了联系|建立了直接联系|保持了联系|保持了直接联系",
    "每位|每名|每人|每个|各联系|分别" },
  /* visits to deputies (走访省人大代表150余人次) */
  { "deputies_liaised", "走访&代表", PEOPLE, NULL, FALSE, NULL, "每位|每名|每人|每个|分别|企业|群众|选民" },
  /* the contacts themselves (开展联系活动90多次) */
  { "liaison_activities", "联系活动|联系代表活动|走访代表|走访联系|联系走访|走访基层代表|走访人大代表|走访基层人大代表|"
    "联系基层代表活动|联系人大代表活动|联系基层人大代表活动|联系代表开展活动",
    "次|场|批|场次|人次", NULL, FALSE, NULL,
    "每位|每名|每人|每个|分别|企业" },
  /* (the verb and the deputies, in times: 全年走访、座谈联系代表200余次) */
  { "liaison_activities", "联系代表|联系人大代表|联系基层代表", "次|场|批|场次", NULL, FALSE, NULL,
    "每位|每名|每人|每个|分别|企业|联系代表活动" },

  /* problems of the people that deputies and their stations helped
   * solve (推动解决民生问题920个); in a political section the same words
   * are the Party group's (political.problems_solved), and so they are
   * in a section of no domain unless they name the people's problems:
   * the bare rule accepts more units than political's, which wins the
   * tie there */
  { "problems_solved", SOLVE "&" PROBLEMS, "个|件|项|条|批|类|处|件次|次", NULL, FALSE, NULL, NOT_SOLVED },
  /* (…or the deputies who solved them, named in the sentence's first
   * clause: 组织代表进站接待选民群众…，推动解决问题410个) */
  { "problems_solved", "<代表&" SOLVE "&" PROBLEMS, "个|件|项|条", NULL, FALSE, NULL, NOT_SOLVED "|党组|党员" },
  { "problems_solved", SOLVE "&民生|群众|选民|急难愁盼|身边&" PROBLEMS, "个|件|项|条", NULL, FALSE, NULL,
    NOT_SOLVED "|企业" },
  /* (the problems as what they helped solve, 推动解决的问题达1100余个: not
   * a status, 已解决的, which NOT_SOLVED leaves out) */
  { "problems_solved", SOLVED_BY "&" PROBLEMS, "个|件|项|条", NULL, FALSE, NULL, "检视|查摆|整改|建议|所提|列入|党组|党员" },
  /* (the problems left unsaid after the opinions the clause before
   * collected: 收集意见建议2.4万条，推动解决1.7万件) */
  { "problems_solved", "推动解决|协调解决|帮助解决|推动化解", "个|件|项|条", NULL, FALSE, NULL, NOT_SOLVED "|党组|党员" },
};

const TallyDomain tally_domain_representation = {
  "representation",
  "representation",
  representation_rules,
  G_N_ELEMENTS (representation_rules),
  /* the deputies' own motions and suggestions, not those a government
   * handled (省人民政府共承办代表建议694件, counted with the cities'
   * and counties'); how they were handled (rates) is the deputies' too */
  "motions|suggestions|motions+suggestions|npc_motions|npc_suggestions|npc_delegation_suggestions",
  /* the stations and groups there are, built over the years */
  "deputy_stations|deputy_groups|democracy_practice_bases",
  /* how the year's suggestions stand (截至目前，已解决的186件) */
  "suggestions_resolved|suggestions_resolved+planned|suggestions_planned|suggestions_deferred|"
  "suggestions_followed_up",
};

/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/* Self-building tallies: what the standing committee and its office did
 * for themselves in the year — study sessions, lectures, forums and
 * trainings, the staff recruited, rotated and promoted, the awards and
 * commendations they received, their publicity (columns, newsletters,
 * articles, page views) and the cooperation agreements they signed.
 *
 * Reports count the programme of the year's study as sessions of named
 * formats: 举办6期“人大讲堂”, 3期“导学课堂”, 4期“处长论坛”, 青年理论学习
 * 小组研讨6期, 举办机关干部培训班5期、培训320人次; the staff as people:
 * 招录公务员8名, 公开遴选12人, 调入选调生14人, 轮岗交流干部21人; and
 * publicity as columns, issues and views: 开设专栏30余个, 编发《人大工作
 * 简报》23期, 月浏览量10万余人次, 在中央媒体发稿120篇. Awards come as
 * 荣获…奖3项 or, count first, 两件新闻作品获中国人大新闻奖. The format
 * name often follows the count ("6期“人大讲堂”"), hence the `after` rules.
 *
 * These cues mean self-building only inside a self-building section (or a
 * section of no domain): deputies' trainings and a political section's
 * Party study are counted by their own domains.
 *
 * Measures beyond DESIGN.md (which has study_sessions, lectures,
 * trainings, staff_recruited, awards): the gold's lecture_sessions (讲堂),
 * guided_study_classes (导学, 读书班), division_chief_forums (处长论坛;
 * other forums are forums),
 * youth_study_seminars, newsletter_issues, commendations, recruits (used
 * for staff_recruited), young_cadre_share, cadres_rotated, media_columns,
 * monthly_page_views, news_awards; and staff_trained (培训…人次),
 * cadres_promoted (提拔, 晋升), page_views (views not per month),
 * articles_published (发稿, 刊发…篇), agreements (签订协议…份),
 * standing_committee_sessions (召开常委会会议9次, 常委会举行会议8次) and
 * chairpersons_meetings (主任会议24次), research_topics and
 * research_reports (the research the organ takes on for its own work:
 * 完成重点调研课题14项, 形成调研报告22篇), problems_identified and
 * problems_rectified (what the organ's review of its own work style
 * found and put right; the Party group's are political's), followers
 * (of its accounts: 关注用户8万余人), info_items_sent and info_items_adopted
 * (报送信息86条，被采用32条), theory_seminars (理论研讨会) and
 * papers_collected (征集理论文章130篇), and rules_made (the rules of its
 * own work made or revised: 制定修订工作制度15项) and
 * warning_education_sessions (the office's: 开展警示教育3次).
 */

#include "baogao-tally.h"

/* The congress commending others, the verb before its object: no
 * commendation it received, unless it says it received it (获…通报表彰
 * 先进集体2个: the rule with 获, 受到…) */
#define COMMENDS_OTHERS "表彰先进|表彰优秀|予以表彰|进行表彰|给予表彰"

/* 议项 inside 审议项目: the projects of a legislative plan are no agenda
 * (立法计划安排审议项目30件) */
/* (not motions a presidium registered: 大会主席团审议决定立案3件) */
#define NOT_AGENDA "审议项目|立法项目|立法计划|立案|主席团|的法规草案|的法律草案|的草案|的法规案|的法律案"

/* 件次: an item taken up at more than one session counts once a session
 * (审议法规、决定、报告等71件次) */
#define AGENDA_UNITS "项|个|件|件次"

#define TIMES     "期|次|场|场次|个|轮|届|批|讲|班"
#define PEOPLE    "人|名|位|人次"
#define ITEMS     "项|个|件|次|篇|条"
/* problems found in the organ's own work: more units than political's,
 * whose rules win where no section says whose work it is */
#define PROBLEMS  "项|个|件|条|批|类|处|件次|次"

/* other bodies' media, whose figures a section on their oversight may
 * give (督促县文旅局…抖音账号粉丝数达120万人) */
#define NOT_OWN_MEDIA "督促|推动|文旅|政府|局|委员会办公室"

/* information sent up, and taken up by the body it was sent to */
#define INFO "信息|工作信息|政务信息|人大信息|信息稿件|信息专报"
#define INFO_SENT "报送|上报|编报|编发|报送信息|上报信息|编写|撰写|呈报"
#define INFO_TAKEN "采用|采纳|刊用|录用|选用|转发|批示"
/* not what was taken up, nor the deputies' or the public's opinions, nor
 * reports on informatization (信息化建设调研报告3篇) */
#define NOT_INFO_SENT INFO_TAKEN "|代表|建议|意见|线索|信息化|报告|论文"
#define THEORY_SEMINARS "理论研讨会|理论研讨|理论研究会|理论研讨活动|制度理论研讨|理论研讨交流会"
#define PAPERS "论文|理论文章|研讨文章|理论研究文章|理论研讨文章|研究文章"

#define TRAIN     "培训班|培训|轮训|研修班|研修|学习班|专题班|业务培训|集中培训|岗前培训|初任培训"
#define NOT_DEPUTIES "代表|主任"
/* how young staff study together */
#define YOUTH_STUDY "研讨|读书|沙龙|座谈|交流|论坛|理论学习|学习小组|学习会|学习交流|学习研讨|学习活动"
#define YOUTH_NOT_STUDY "培训|学习班|培训班"
/* young staff; 以下 because 35岁 is a count of its own and bounds the window */
#define YOUNG     "年轻|青年|35岁以下|35周岁以下|40岁以下|40周岁以下|80后|85后|90后|95后|00后|岁以下|以下"

#define STANDING_SESSIONS "常委会会议|常务委员会会议|常委会全体会议"
/* the NPC's council is its chairman's (委员长会议) */
#define CHAIRPERSONS "主任会议|委员长会议"
/* not the meetings held: deputies or leaders attending them (列席, 区委
 * 书记出席常委会会议2次), a rule of frequency, the study at them (常委会
 * 会议前学法10次), the readings a bill went through (条例草案经常委会会
 * 议三次审议后表决通过) */
#define NOT_SESSIONS "列席|出席|代表|每|一般|原则上|学法|集体学法|会前学法|学习|省委常委会|市委常委会|县委常委会|党委常委会|" \
  /* (the Party committee's, which convenes its own standing committee: \
   * 省委先后3次召开常委会会议专题研究人大工作) */ \
  "省委先后|市委先后|县委先后|区委先后|州委先后|省委召开常委会|市委召开常委会|县委召开常委会|区委召开常委会|" \
  "州委召开常委会|" \
  /* (what is held before them: 常委会会议前安排宪法和法律专题讲座6次; not \
   * 在人代会前召开常委会会议3次) */ \
  "会议前安排|会议前举办|会议前开展|会议前组织|会前安排|会前举办|会前组织|" \
  "经常委会|经过常委会|经常务委员会"
/* meetings the committee's subject did not hold as the committee */
#define NOT_COMMITTEE_SESSIONS "党组|主任|委员长|机关|专门委员会|专委会|工作机构|工作委员会|组成人员|" \
  /* (its leaders, not the Party's leadership it works under: 在市委的坚强领导下) */ \
  "领导班子|领导小组|领导干部|领导同志|会领导|领导带队|" \
  "专题|座谈|联席|推进|调度|部署|视频|工作会议|第"

static const TallyRule self_building_rules[] = {
  /* the research the committee and its office take on for their own
   * work (完成重点调研课题14项, 课题研究12项) and the reports it gives
   * (形成调研报告22篇) */
  { "research_topics", "调研课题|研究课题|课题研究|重点课题|课题", "项|个|批", NULL, FALSE, NULL, "代表|获奖|评为" },
  { "research_topics", NULL, "项|个|批", NULL, FALSE, "调研课题|研究课题|课题研究|重点课题", "代表|获奖|评为" },
  /* (围绕10个课题开展调研) */
  { "research_topics", NULL, "项|个|批", NULL, FALSE, "课题&调研|调查研究", "代表|获奖|评为" },
  /* (more units than political's, whose rules win where no section says
   * whose work it is) */
  { "research_reports", TALLY_RESEARCH_REPORTS, "篇|份|个|项|部", NULL, FALSE, NULL, "获奖|评为|获评|入选|代表|评选|评出|优秀调研" },
  { "research_reports", NULL, "篇|份|个|项|部", NULL, FALSE, TALLY_RESEARCH_REPORTS, "获奖|评为|获评|入选|代表" },
  /* what the organ's review of its own work style found and put right
   * (开展作风建设专项整治，查找问题27个，已整改25个); not the lists they
   * were put on (梳理问题清单3个) */
  /* (not an inspection's or an audit's, which are oversight's: 执法检查组
   * 发现问题270个) */
  { "problems_identified", TALLY_FIND_PROBLEMS "&问题|突出问题|短板|不足|差距", PROBLEMS, NULL, FALSE, NULL,
    "清单|台账|解决|整改措施|整改到位|完成整改|已整改|执法检查|检查组|审计" },
  { "problems_rectified", TALLY_RECTIFY, PROBLEMS, NULL, FALSE, NULL,
    "措施|举措|任务|清单|方案|执法检查|检查组|审计" },
  /* (the office's Party organs' findings, named as the sentence's
   * subject, in any section: 主题教育中，机关党组聚焦机关作风建设，查找问题
   * 17个，已整改到位15个) */
  /* (in the units of problems, not of times: the Party group's campaign
   * in the sentence's first clause names the same problems) */
  { "problems_identified", "<" TALLY_OFFICE_PARTY_ORGANS "&" TALLY_FIND_PROBLEMS "&问题|突出问题|短板|不足|差距",
    "项|个|件|条|批|类|处", NULL, TRUE, NULL, "清单|台账|解决|整改措施|整改到位|完成整改|已整改|执法检查|检查组|审计|代表" },
  { "problems_rectified", "<" TALLY_OFFICE_PARTY_ORGANS "&" TALLY_RECTIFY, "项|个|件|条|批|类|处", NULL, TRUE, NULL,
    "措施|举措|任务|清单|方案|执法检查|检查组|审计|代表" },
  /* the office's warning education (机关开展警示教育3次; the Party
   * group's are political's) */
  { "warning_education_sessions", TALLY_WARNING_EDUCATION, TIMES, NULL, FALSE, NULL, TALLY_WARNING_FILMS },
  /* (the activities named as such, the films among them: 组织机关党员干
   * 部观看警示教育片、旁听庭审等警示教育活动4次) */
  { "warning_education_sessions", "警示教育活动", "次|场|场次", NULL, FALSE, NULL, NULL },
  /* the office's own, named so (机关开展警示教育2次); its Party organs'
   * in any section (机关党组开展警示教育3次) */
  { "warning_education_sessions", "机关&" TALLY_WARNING_EDUCATION, TIMES, NULL, FALSE, NULL, TALLY_WARNING_FILMS },
  { "warning_education_sessions", TALLY_OFFICE_PARTY_ORGANS "&" TALLY_WARNING_EDUCATION, TIMES, NULL, TRUE, NULL, TALLY_WARNING_FILMS },
  /* the study programme */
  { "lecture_sessions", "讲堂|大讲堂|人大讲堂|讲坛", TIMES, NULL, FALSE, NULL, NULL },
  { "lecture_sessions", NULL, TIMES, NULL, FALSE, "讲堂|大讲堂|讲坛", NULL },
  /* the series named in the sentence's first clause (开设“燕赵人大讲堂”，
   * 全年举办5期) */
  { "lecture_sessions", "<讲堂|大讲堂|人大讲堂|讲坛&举办|开讲", TIMES, NULL, FALSE, NULL, "学法|学习|研讨|培训|座谈|讲座" },
  { "guided_study_classes", "导学|读书班|读书会|专题读书班|导学课堂|读书活动", TIMES, NULL, FALSE, NULL, NULL },
  { "guided_study_classes", NULL, TIMES, NULL, FALSE, "导学|读书班|读书会|导学课堂", NULL },
  /* forums in general, the division chiefs' own (处长论坛) apart */
  { "division_chief_forums", "处长论坛|处长讲坛", TIMES, NULL, FALSE, NULL, NULL },
  { "division_chief_forums", NULL, TIMES, NULL, FALSE, "处长论坛|处长讲坛", NULL },
  { "forums", "论坛", TIMES, NULL, FALSE, NULL, "处长" },
  { "forums", NULL, TIMES, NULL, FALSE, "论坛", "处长" },
  /* young staff's own study (not their trainings) */
  { "youth_study_seminars", "青年|年轻干部|青年干部|青年理论学习小组&" YOUTH_STUDY, TIMES, NULL, FALSE, NULL, YOUTH_NOT_STUDY },
  { "youth_study_seminars", NULL, TIMES, NULL, FALSE, "青年|年轻干部|青年干部&" YOUTH_STUDY, YOUTH_NOT_STUDY },
  /* (not a part of another's study, after 其中: 中心组专题学习12次，其中集
   * 中研讨6次) */
  { "study_sessions", "集体学习|专题学习|学习会|学习研讨|交流研讨|专题研讨|集中研讨|中心组学习|理论学习|集中学习|传达学习|学习交流|学法|集体学法|会前学法|专题学法", TIMES, NULL, FALSE, NULL, NOT_DEPUTIES "|其中|学法讲座" },
  /* (the law studied together, said plainly: the office's wherever the
   * Party group's section tells of it, 常委会机关…全年集体学法10次) */
  { "study_sessions", "集体学法|会前学法|专题学法|集中学法|常委会学法|" \
    /* (…and the members studying it, 会议前组织组成人员学法4次; not a
     * lecture on it, 举办专题学法讲座6场) */ \
    "组成人员学法", TIMES, NULL, FALSE, NULL, NOT_DEPUTIES "|学法讲座" },
  { "study_sessions", "开展|组织|举行|召开|举办|开展了|组织了|举行了", TIMES, NULL, FALSE,
    "集体学习|专题学习|学习会|学习研讨|专题研讨|集中研讨|集中学习|集体学法|专题学法", NOT_DEPUTIES "|学法讲座" },
  { "study_sessions", "第一议题&学习|传达学习|专题学习|集体学习", "次|场|期|轮|场次", NULL, FALSE, NULL, NOT_DEPUTIES },
  /* the office's own Party group, named as the sentence's subject, in
   * any section (机关党组坚持“第一议题”制度，全年通过“第一议题”学习28
   * 次): not the standing committee's Party group, whose study is
   * political */
  /* (the office's Party group or central group as who studies, in any
   * section: 机关党组坚持理论学习，机关理论学习中心组学习10次) */
  { "study_sessions", "<机关党组|机关党委|机关理论学习中心组&中心组学习|学习|集体学习|集中学习|专题学习", TIMES, NULL, TRUE, NULL,
    NOT_DEPUTIES "|其中|读书班|学习班|培训班" },
  { "study_sessions", "<机关党组&第一议题&学习|传达学习|专题学习|集体学习", "次|场|期|轮|场次", NULL, TRUE, NULL,
    "代表|其中" },
  /* (a lecture whatever it teaches: 专题学习讲座8讲 is no study session) */
  { "lectures", "讲座|专题讲座|法治讲座|法制讲座|专题辅导|辅导报告|专题党课|党课|报告会|学习讲座|专题学习讲座|业务学习讲座",
    TIMES "|堂", NULL, FALSE, NULL, NULL },
  { "lectures", NULL, TIMES, NULL, FALSE, "讲座|专题讲座|专题辅导|辅导报告|党课|报告会", NULL },
  /* the office's Party organs' lectures, named as the sentence's
   * subject, in any section (常委会机关党组以…为主题，组织机关各党支部书记
   * 讲授专题党课12次): not the standing committee's Party group's */
  { "lectures", "<" TALLY_OFFICE_PARTY_ORGANS "&专题党课|党课|讲座|专题讲座|专题辅导", TIMES "|堂", NULL, TRUE, NULL, "代表" },
  /* the series named in the sentence's first clause, the count in 讲
   * (坚持举办常委会专题讲座，全年举办6讲) */
  { "lectures", "<讲座|专题讲座|法治讲座|专题辅导|讲堂", "讲", NULL, FALSE, NULL, NULL },
  { "trainings", TRAIN, TIMES, NULL, FALSE, NULL, NOT_DEPUTIES "|人次|参训" },
  { "trainings", NULL, TIMES, NULL, FALSE, TRAIN, NOT_DEPUTIES },
  /* deputies trained with the staff (举办代表和机关干部培训班5期) */
  { "trainings", "机关干部|干部职工&" TRAIN, TIMES, NULL, FALSE, NULL, "主任|人次|参训" },
  { "staff_trained", TRAIN "|参训|培训干部|培训人员", PEOPLE, NULL, FALSE, NULL, NOT_DEPUTIES },
  { "staff_trained", NULL, PEOPLE, NULL, FALSE, "参训|参加培训|接受培训", NOT_DEPUTIES },
  /* (选派11名干部参加省市人大系统组织的各类培训) */
  { "staff_trained", "选派|组织|安排", PEOPLE, NULL, FALSE, "参加|参与&培训|培训班|研修", NOT_DEPUTIES },
  /* the people after the sessions, the training said once for both
   * (机关干部培训4期、260余人次; 培训：12期，共计960人次) */
  { "staff_trained", "^" TRAIN, "人次", NULL, FALSE, NULL, NOT_DEPUTIES },

  /* publications */
  { "newsletter_issues", "简报|专刊|期刊|刊物|内刊|专报|工作通讯|通讯|快报|增刊|月刊|季刊|会刊|工作动态|情况反映|公报|常委会公报|年鉴|简讯", "期", NULL, FALSE, NULL, NULL },
  { "newsletter_issues", NULL, "期", NULL, FALSE, "简报|专刊|期刊|刊物|内刊|专报|通讯|快报|增刊|月刊|季刊|会刊|工作动态|情况反映|公报|常委会公报|年鉴|简讯", NULL },
  { "newsletter_issues", "编发|编报|印发|编印|出版|编辑出版|刊印|编辑|出刊|发行|刊发", "期", NULL, FALSE, NULL, "培训|讲堂|论坛" },

  /* awards and commendations received; not those the congress gives
   * (表彰先进集体40个、先进个人80名; 对…予以表彰) */
  { "commendations", "获|荣获|获得|受到|被&表彰|通报表扬|表扬|嘉奖|通报表彰|记功|通报嘉奖", ITEMS "|人|名", NULL, FALSE, NULL,
    NULL },
  { "commendations", "表彰|通报表扬|表扬|嘉奖|通报表彰|记功|通报嘉奖", ITEMS "|人|名", NULL, FALSE, NULL, COMMENDS_OTHERS },
  { "commendations", NULL, ITEMS "|人|名", NULL, FALSE, "表彰|通报表扬|表扬|嘉奖|通报表彰|记功|通报嘉奖", COMMENDS_OTHERS },
  { "news_awards", "新闻奖|好新闻|新闻作品奖", "件|篇|个|项|部", NULL, FALSE, NULL, NULL },
  { "news_awards", NULL, "件|篇|个|项|部", NULL, FALSE, "新闻奖|好新闻|新闻作品奖", NULL },
  { "news_awards", NULL, "件|篇|个|项|部", NULL, FALSE, "新闻作品|新闻稿件|作品|新闻报道&获|奖", NULL },
  /* (the works named before the count: 在全省人大新闻作品评选中获奖5件) */
  { "news_awards", "新闻作品|新闻稿件|新闻报道&获奖|荣获", "件|篇|个|项", NULL, FALSE, NULL, NULL },
  /* (prizes of an appraisal of news work: 在全区人大新闻宣传工作评选中获一
   * 等奖1项、二等奖3项) */
  { "news_awards", "^新闻宣传|新闻工作|新闻舆论工作|新闻舆论&^获|荣获|获评&一等奖|二等奖|三等奖|特等奖|优秀奖", "件|篇|个|项",
    NULL, FALSE, NULL, NULL },
  /* the grades of a news award named once (获中国人大新闻奖一等奖1项、二等
   * 奖2项) */
  { "news_awards", "^新闻奖|好新闻|新闻作品奖&一等奖|二等奖|三等奖|特等奖|优秀奖|一等|二等|三等", "件|篇|个|项|部",
    NULL, FALSE, NULL, NULL },
  /* the verb also at the clause head: 获评先进集体1个、先进个人3名 */
  { "awards", "^荣获|获得|获评|荣膺|被评为|评为|获|获奖&奖|称号|荣誉|先进|优秀|一等|二等|三等", ITEMS "|人|名", NULL, FALSE, NULL, "新闻|表彰|表扬|调研报告" },
  { "awards", "荣获|获评|荣膺|被评为|获奖", ITEMS "|人|名", NULL, FALSE, NULL, "新闻|表彰|表扬|调研报告" },
  { "awards", NULL, ITEMS "|人|名", NULL, FALSE, "获奖|荣获|获评|被评为|评为", "新闻|表彰|表扬|调研报告" },

  /* staff */
  /* (not cadres seconded for a while: 机关接收挂职干部12名) */
  { "recruits", "招录|遴选|招聘|公开招聘|调入|选调|选调生|考录|公开选调|考试录用|引进|接收|录用|新进", PEOPLE, NULL, FALSE, NULL,
    "培训|学习|研讨|挂职|新进展|代表" },
  { "recruits", NULL, PEOPLE, NULL, FALSE, "选调生|公务员|新录用|新招录", "培训|学习|研讨|代表" },
  { "young_cadre_share", YOUNG "&干部|公务员|工作人员|人员", "%", NULL, FALSE, NULL, NULL },
  { "young_cadre_share", YOUNG, "%", NULL, FALSE, "干部", NULL },
  { "cadres_rotated", "轮岗|交流|调整|转任|轮岗交流|交流任职|交流轮岗|调整交流|跨部门交流|双向交流|挂职|挂职锻炼", PEOPLE, NULL, FALSE, NULL,
    "研讨|座谈|交流会|经验|学习|培训|论坛|代表|接收|接受" },
  /* (not the cadres received: 机关接收挂职干部12名) */
  { "cadres_rotated", NULL, PEOPLE, NULL, FALSE, "轮岗|轮岗交流|交流任职|转任|挂职|挂职锻炼", "接收|接受" },
  /* sent to villages or the front line of a campaign (选派3名干部到贫困村
   * 担任第一书记, 选派13名干部驻村帮扶) */
  { "cadres_rotated", "选派|派驻|下派|派出", PEOPLE, NULL, FALSE, "第一书记|驻村|工作队|帮扶|一线|挂职|基层锻炼|跟岗学习|跟班学习|跟岗锻炼", "代表" },
  { "cadres_rotated", "选派|派驻|下派|派出&第一书记|驻村|工作队|帮扶|一线", PEOPLE, NULL, FALSE, NULL, "代表" },
  { "cadres_promoted", "提拔|晋升|职级晋升|提任|选拔任用|晋升职级|提拔使用|提拔重用|晋级|提拔调整|提拔交流|提拔任用", PEOPLE, NULL, FALSE, NULL, NULL },
  { "cadres_promoted", NULL, PEOPLE, NULL, FALSE, "提拔|晋升职级|提拔使用|提拔重用", NULL },

  /* publicity */
  { "media_columns", "专栏|栏目|专题栏目|专题专栏|板块", "个|档|项", NULL, FALSE, NULL, NULL },
  { "media_columns", "开设|开辟|推出|创办|设立|开通", "个|档", NULL, FALSE, "专栏|栏目|板块", NULL },
  /* the verb said too, for a section of another domain (开设专栏1个) */
  { "media_columns", "开设|开辟|推出|创办|设立|开通&专栏|栏目|专题栏目|专题专栏", "个|档|项", NULL, FALSE, NULL, NULL },
  { "monthly_page_views", "月浏览量|月均浏览量|月阅读量|月均阅读量|月点击量|月均点击量|月访问量|月均访问量|每月浏览|每月阅读|月均浏览|月均阅读|月点击|月浏览",
    "人次|次|万人次|万次|万", NULL, FALSE, NULL, NULL },
  /* (not one post's best: 单篇最高阅读量10.2万次) */
  { "page_views", "浏览量|阅读量|点击量|访问量|播放量|浏览人次|阅读人次|访问人次|浏览次数|点击次数|阅读次数", "人次|次|万人次|万次|万", NULL, FALSE, NULL, "月浏览|月均|每月|月阅读|月点击|月访问|最高|单篇|单条" },
  /* (the congress's own media, named so, in any section: a paragraph on
   * the deputies' platform says “代表履职”应用累计访问量突破3600万次; not
   * a government's platform) */
  { "page_views", "<人大|代表&浏览量|阅读量|点击量|访问量|播放量|浏览人次|阅读人次|访问人次", "人次|次|万人次|万次|万", NULL, TRUE, NULL,
    "月浏览|月均|每月|月阅读|月点击|月访问|最高|单篇|单条|政务|政府|" NOT_OWN_MEDIA },
  /* press conferences the committee held (召开新闻发布会8次) */
  /* (the committee's publicity in any section: 召开新闻发布会2场 in one on
   * legislation) */
  { "press_conferences", "新闻发布会|发布会|新闻通气会|记者会|发言人记者会|新闻发言人", "次|场|期|场次", NULL, TRUE, NULL, NULL },
  { "press_conferences", NULL, "次|场|期|场次", NULL, TRUE, "新闻发布会|新闻通气会|记者会", NULL },
  /* the information sent up to the congress above and the Party
   * committee (向全国人大常委会报送信息86条), and what they took up (被采
   * 用32条), before the articles the media published */
  { "info_items_adopted", "<" INFO "&" INFO_TAKEN, "条|篇|件|期|次", NULL, FALSE, NULL, NULL },
  /* (报送信息52条，被《某某人大》采用19条, the information named in the
   * clause before) */
  { "info_items_adopted", "被&" INFO_TAKEN, "条|篇", NULL, FALSE, NULL, "代表|建议|意见|论文|调研报告" },
  /* (…报送信息95条，其中37条被采用: the count before the verb) */
  { "info_items_adopted", "<" INFO, "条|篇", NULL, FALSE, "被&" INFO_TAKEN, "代表|建议|意见|论文|调研报告" },
  { "info_items_sent", INFO_SENT "&" INFO, "条|篇|件", NULL, FALSE, NULL, NOT_INFO_SENT },
  { "info_items_sent", INFO_SENT, "条|篇|件", NULL, FALSE, INFO, NOT_INFO_SENT },
  /* (the items named in the clause before, the verb said again: 报送工
   * 作信息，全年报送46条) */
  { "info_items_sent", "^" INFO "&" INFO_SENT, "条|篇|件", NULL, FALSE, NULL, NOT_INFO_SENT },
  /* the seminars on the theory of the people's congresses, and the
   * papers they called for (征集理论研讨文章130余篇) */
  { "theory_seminars", THEORY_SEMINARS, TIMES, NULL, FALSE, NULL, NULL },
  { "theory_seminars", NULL, TIMES, NULL, FALSE, THEORY_SEMINARS, NULL },
  { "papers_collected", "征集|收到|撰写|形成|提交|报送|收集|汇编&" PAPERS, "篇|份", NULL, FALSE, NULL, "获奖|优秀|评选|评出|入选" },
  { "papers_collected", "征集|收到|撰写|形成|提交|收集", "篇|份", NULL, FALSE, PAPERS, "获奖|优秀|评选|评出|入选" },
  { "articles_published", "发稿|刊发|发表|刊载|播发|推送|采用|刊登|发布|播出|编发|刊播|推出|更新&稿件|文章|报道|信息|新闻|稿|消息|作品|短视频|视频", "篇|条|件|次|个", NULL, FALSE, NULL, "获奖|奖|发布会|通气会|预警" },
  { "articles_published", "发稿|刊发|发表|刊载|播发|刊登|推送|刊播|推文|发布推文", "篇|条|件", NULL, FALSE, NULL, "获奖|奖" },
  { "articles_published", "发稿|刊发|发表|刊载|播发|推送|刊登|发布|播出|编发", "篇|条|件", NULL, FALSE, "稿件|文章|报道|信息|新闻|稿|消息", "获奖|奖" },

  /* followers of its accounts (关注用户8万余人, 粉丝2.3万人; a bare
   * 粉丝数达到12.6万 has no unit, and is no quantity) */
  { "followers", "粉丝|粉丝数|粉丝量|关注用户|关注人数|订阅用户|订阅数|用户数", "万|人|名|个|万人|户|万户", NULL, FALSE, NULL,
    "浏览|阅读|点击|访问" },
  { "followers", "<人大|代表&粉丝|粉丝数|粉丝量|关注用户|关注人数|订阅用户", "万|人|名|个|万人|户|万户", NULL, TRUE, NULL,
    "浏览|阅读|点击|访问|" NOT_OWN_MEDIA },

  /* the rules of its own work it made or revised (制定修订工作制度15项,
   * 建立健全机关制度12项, 人事任免、代表资格审查等制度7项), the rules of
   * its work with deputies too (制定代表工作制度5项; 修改完善常委会议事规
   * 则、代表建议办理工作办法等制度43项); not the committee's laws */
  /* (laws counted with them are none of them; a rule of law-making work
   * named in a list is: 制定了法规草案起草工作规程等工作制度6项) */
#define LAWS_COUNTED "地方性法规|单行条例|自治条例|法律|规范性文件|法规和|法规、|条例和|条例、"
#define RULES_MADE "制定|修订|修改|完善|建立|健全|出台|建立健全|修订完善|制定修订|制定完善|制定修改"
#define RULES_UNITS "项|个|件|部|份|套"
  { "rules_made", RULES_MADE "&制度|工作制度|规章制度|机关制度|内部制度", RULES_UNITS, NULL, FALSE, NULL,
    LAWS_COUNTED },
  /* (its work's rules, said so, in any section: a section on legislation
   * tells of its law-making rules, 研究制定了立法工作规程…等工作制度7项,
   * 修订立法技术规范等制度4项;
   * not those it urged others to make) */
  { "rules_made", RULES_MADE "&工作制度|立法制度|配套制度|》等制度|等制度|工作规范|工作规程|工作规则|技术规范", RULES_UNITS, NULL, TRUE, NULL,
    LAWS_COUNTED "|督促|推动|政府|部门" },
  { "rules_made", RULES_MADE, RULES_UNITS, NULL, FALSE, "制度|工作制度|规章制度|机关制度", LAWS_COUNTED },
  /* (…its work's rules counted before their name, in any section: 修订《…
   * 立法程序规则》等三项立法工作制度) */
  { "rules_made", RULES_MADE, RULES_UNITS, NULL, TRUE, "立法工作制度|工作制度|工作规程|工作规则|工作规范",
    LAWS_COUNTED "|督促|推动|政府|部门" },
  /* (a rule named after the documents it reviews is a rule, not a law
   * counted: …、规范性文件备案审查办法等制度28项, which LAWS_COUNTED's
   * 规范性文件 stops above) */
  { "rules_made", RULES_MADE "&备案审查办法|规范性文件备案审查办法|备案审查工作规程|规范性文件备案审查工作规程&制度",
    RULES_UNITS, NULL, FALSE, NULL, "地方性法规|单行条例|自治条例|法律" },
  { "rules_made", "建章立制|立规建制", RULES_UNITS, NULL, FALSE, NULL, LAWS_COUNTED },

  /* cooperation */
  /* (not treaties approved: 批准了中国同有关国家签订的引渡条约等条约和协
   * 定8件) */
  { "agreements", "签订|签署|会商签署|共同签署|达成|缔结&协议|备忘录|协定|框架协议|合作协议|协同立法协议|立法协议", "份|项|个|件", NULL, FALSE, NULL,
    "条约|批准" },
  { "agreements", "签订|签署|会商签署|共同签署|达成|缔结", "份|项|个|件", NULL, FALSE, "协议|备忘录|协定", "条约|批准" },
  /* cooperation agreed, said so, in any section (与…市人大常委会签署区域
   * 协同立法合作框架协议1项 in one on legislation) */
  { "agreements", "签订|签署|会商签署|共同签署&合作协议|框架协议|合作备忘录|协作协议|协同协议|合作文件|交流合作文件|谅解备忘录|"
    "协同立法工作协议|协同立法协议|立法协作协议|立法合作协议",
    "份|项|个|件", NULL, TRUE, NULL, "条约|批准|企业|项目|招商|政府|推动|督促" },

  /* the meetings the standing committee held: its sessions (常委会会议)
   * and its council of chairpersons (主任会议). Reports give them in
   * the overview paragraph, before the first section, so they are
   * claimed anywhere; the committee's own work, they are counted with
   * its self-building. */
  { "standing_committee_sessions", STANDING_SESSIONS, "次", NULL, TRUE, NULL, NOT_SESSIONS },
  /* the items the sessions took up, all kinds together (审议法规、决定、
   * 报告等议题102项): not laws deliberated nor reports heard */
  { "agenda_items", "审议|审议了|共审议|研究|讨论&议题|议程|议项", AGENDA_UNITS, NULL, TRUE, NULL, NOT_AGENDA },
  { "agenda_items", "审议和决定事项|审议决定事项|审议决定|"
    /* (the matters a session took up, no decision said: 举行常委会会议9
     * 次，审议事项44项) */
    "审议事项|审议各类事项|审议的事项", AGENDA_UNITS, NULL, TRUE, NULL, NOT_AGENDA },
  /* (not 审议法律案、决定案等39件: bills, laws and decisions, of the
   * legislation; with 报告 they are the items of all kinds) */
  /* (not work reports named so: 听取审议专项工作报告和审计工作报告等共17个,
   * 听取审议…的报告等工作报告二十项;
   * nor decisions on legal questions, a title before their kind:
   * 审议通过关于…的决定等法规性决定两件; nor the acts passed, 审议通过
   * 关于…的决定等决定3件) */
  { "agenda_items", "审议|审议了|共审议&报告等|决定等|事项等|议案等|议案报告|议案和报告|议案、报告",
    AGENDA_UNITS, NULL, TRUE, NULL, "专项工作报告|工作报告和|工作报告、|等工作报告|工作报告等|审议通过|表决通过|" TALLY_LEGAL_DECISIONS },
  { "agenda_items", "审议|审议了|共审议|研究|讨论", AGENDA_UNITS, NULL, TRUE, "议题|议程|议项", NOT_AGENDA },
  { "standing_committee_sessions", "召开|举行|组织召开", "次", NULL, TRUE, STANDING_SESSIONS, NOT_SESSIONS },
  /* (the sessions as the means: 以10次常委会会议、22次主任会议为主要载体;
   * not a bill's readings, 通过两次常委会会议审议) */
  { "standing_committee_sessions", "^以", "次", NULL, TRUE, STANDING_SESSIONS "&$为主要载体|为载体|为平台|为抓手|为依托",
    NOT_SESSIONS },
  /* (…the verb after them: 全年8次常委会会议、29次主任会议均严格依法召开) */
  { "standing_committee_sessions", NULL, "次", NULL, TRUE, STANDING_SESSIONS "&$召开|举行", NOT_SESSIONS },
  /* the committee as the subject of 举行会议, the noun left out:
   * 省人大常委会共举行会议8次, 常委会全年召开会议9次 — not the meetings
   * of its Party group, its council of chairpersons, its bodies or
   * members, nor meetings of a kind (专题会议, 座谈会); with the noun, the
   * rules above read it */
  { "standing_committee_sessions", "常委会|常务委员会&举行|召开|共举行|共召开&会议", "次", NULL, TRUE, NULL,
    NOT_SESSIONS "|" NOT_COMMITTEE_SESSIONS "|" STANDING_SESSIONS },
  /* the committee named once, as the sentence's subject (常委会依法履职，
   * 举行会议33次; 常委会在省委的坚强领导下，共举行会议33次); not its
   * office, Party group or bodies (常委会机关…，召开会议15次) */
  { "standing_committee_sessions", "<常委会在|常委会依法|常委会全年|常委会一年来|常务委员会在|常务委员会依法&"
    "举行会议|召开会议|共举行会议|共召开会议|举行了会议", "次", NULL, TRUE, NULL,
    NOT_SESSIONS "|" NOT_COMMITTEE_SESSIONS "|" STANDING_SESSIONS },
  /* the count first: 全国人大常委会共举行7次会议 */
  { "standing_committee_sessions", "常委会|常务委员会&举行|召开|共举行|共召开", "次", NULL, TRUE, "会议",
    NOT_SESSIONS "|" NOT_COMMITTEE_SESSIONS "|" STANDING_SESSIONS },
  /* (not the work of its members, named so: 委员长会议组成人员…开展立法调研
   * 二十余次) */
  { "chairpersons_meetings", CHAIRPERSONS, "次", NULL, TRUE, NULL, NOT_SESSIONS "|成员|组成人员|宣誓" },
  /* (said plainly: 开了17次主任会议) */
  { "chairpersons_meetings", "召开|举行|组织召开|开了|召开了|举行了", "次", NULL, TRUE, CHAIRPERSONS, NOT_SESSIONS "|成员|组成人员|宣誓" },
  { "chairpersons_meetings", "^以", "次", NULL, TRUE, CHAIRPERSONS "&$为主要载体|为载体|为平台|为抓手|为依托",
    NOT_SESSIONS "|成员|组成人员|宣誓" },
  { "chairpersons_meetings", NULL, "次", NULL, TRUE, CHAIRPERSONS "&$召开|举行", NOT_SESSIONS "|成员|组成人员|宣誓" },
};

const TallyDomain tally_domain_self_building = {
  "self_building",
  "self_building",
  self_building_rules,
  G_N_ELEMENTS (self_building_rules),
  NULL,
  /* the followers an account has, to date */
  "followers",
};

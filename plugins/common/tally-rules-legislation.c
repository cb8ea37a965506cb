/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/* Legislation tallies: how many laws or regulations the year's work
 * enacted, amended, revised, repealed, approved or deliberated.
 *
 * Congress reports state these as a verb, the kind of instrument and a
 * count: 制定地方性法规10件, 修改法律13部, 制定修改法规12件, 批准设区的市
 * 法规和决定22件, 废止法规性质的决定1件, 审议法律草案32件, 作出法律解释
 * 2件; often the instrument is said once for a list of counts (制定法规10
 * 件，修改4件、废止5件), so a bare verb before a count is enough inside a
 * legislation section. Combined verbs give combined measures
 * (enacted+amended). Measures beyond DESIGN.md: passed (审议通过/表决通过,
 * whatever the kind of change), re_enacted (重新制定, 废旧立新),
 * amended_in_package (打包修改, 一揽子修改, 集中修改), treaties_approved
 * (批准条约和协定), decisions_made (通过/作出 有关法律问题的决定, 法规性
 * 决定: other 决议 and 决定 are oversight's resolutions),
 * legislative_contact_points (基层立法联系点; legislative_contact_points_added
 * for those set up in the year), public_comments (征求意见
 * 建议…条, 收到各方面意见建议…条: the comments collected on drafts),
 * public_comments_adopted (其中被采纳38条: the comments the drafts took),
 * public_commenters (有12.5万人次提出…意见: the people who commented),
 * consultation_meetings (座谈会、论证会、听证会…场: the meetings held on
 * drafts), investigations (立法调研…次: the research done for them),
 * public_consultations (公开征求意见…次: the times drafts were put out
 * for comment), drafts_published (全年有15件法律草案公开征求意见, 公开征
 * 求意见的法规草案15件: the drafts put out, in 件, apart from the
 * comments they got, in 条), national_drafts_commented (the NPC's draft
 * laws a province or city was consulted on: 配合全国人大常委会开展法律
 * 草案征求意见工作（9部）), post_legislative_evaluations (立法后评估: the
 * laws in force evaluated), submitted_for_approval (a city's laws sent up:
 * 报请省人大常委会批准法规5件), higher_drafts_commented (the drafts of the
 * congress above a city or county that it was consulted on: 就自治区人大常
 * 委会征求意见的9件法规草案提出修改意见), plan_projects_completed (the projects of the
 * year's legislative plan carried out: 完成年度立法计划项目26件),
 * cleaned_up (the laws in force a clean-up went through: 共清理地方性法规
 * 46件).
 *
 * The standard sentence on lower congresses' regulations counts the
 * cities too (审查批准济南、青岛等16个设区的市报批的法规和决定53件): the
 * approved are counted in 件 (or 部, 项), never in 个, which counts the
 * cities. A package decision names the laws it changes before its count
 * (关于废止《…》等三件地方性法规的决定, 关于修改《…》等十件…的决定).
 */

#include "baogao-tally.h"

#define INSTRUMENTS "法规|条例|法律|地方性法规|单行条例|自治条例|变通规定|补充规定|规章|法案|法律案|法规案|草案|法规草案|法律草案"
#define COUNT_UNITS "件|部|项|个|篇|件次"
/* what a clean-up goes through, and what it does not count so */
#define CLEANED "法规|地方性法规|条例|单行条例|自治条例|法规规章|法律"
#define CLEANING "清理|进行清理|开展清理|全面清理|集中清理|专项清理|进行全面清理|进行集中清理|进行全面梳理|全面梳理|" \
  "进行了梳理|进行梳理|逐件梳理|逐件进行了梳理|逐一梳理|逐一进行梳理|逐件逐条梳理|逐条梳理|逐条进行梳理"
#define NOT_CLEANED_UP "清理出|需修改|需废止|需要修改|需要废止|需修改或废止|应当修改|应当废止|需予修改|需予废止|" \
  "建议|拟|规范性文件|" \
  /* (nor decisions about a clean-up: 作出有关法规清理的法规性决定二件) */ \
  "清理的法规性决定|清理的决定"
/* rules of the work, whose names hold its steps (法规起草、审议、立法协商
 * 等配套工作制度) */
#define NOT_BILLS "等工作制度|配套工作制度|配套制度|等制度"
/* the NPC's drafts counted together with the congress above's (对全国人大
 * 常委会和省人大常委会征求意见的17件法律法规草案): a total that no measure
 * is */
#define ALSO_NATIONAL "全国人大常委会和|全国人大常委会、|全国人大和|全国人大、|法律法规草案"
/* sending a law up for approval, to the body named (报请省人大常委会批
 * 准): a province's 对报请批准的23件设区的市法规 are the ones it approves */
#define SUBMITTED "报请省|提请省|报送省|报省人大|报请自治区|提请自治区|报送自治区|报自治区人大|" \
  "向省人大常委会报请|向自治区人大常委会报请|报经省|报经自治区|" \
  /* (the province named: 上报黑龙江省人大常委会批准法规3件) */ \
  "上报"
/* the cities' laws sent up, named so in the province's report */
#define SENT_UP_FOR_APPROVAL "报请省人大常委会批准的|提请省人大常委会批准的|报省人大常委会批准的|" \
  "报请自治区人大常委会批准的|提请自治区人大常委会批准的|报自治区人大常委会批准的|报请批准的|提请批准的"
/* a city's laws sent up to the congress above that approves them (报请
 * 省人大常委会批准) */
#define SENDS_UP "报请|提请|报送|报经|上报"
#define ABOVE_APPROVES "省人大常委会批准|自治区人大常委会批准|省人大常委会审查批准"
/* approved by the congress above, said in a city's report (经省人大常委会
 * 批准) */
#define APPROVED_ABOVE "经省人大常委会|经省人大|经省人民代表大会常务委员会|经自治区人大常委会|经自治区人大"
#define EVALUATION_UNITS "件|部|项|个|次"
/* evaluations planned, or of what is not a law (立法计划, 立法项目) */
#define NOT_EVALUATIONS "计划|拟|将|项目|规划"
#define PASSED_UNITS "件|部|项|篇|件次"
/* what a draft goes through on its way to the public, not to a vote */
/* (nor the motions on appointments the committee passed: 审议通过人事任免
 * 案21件) */
#define NOT_PASSED "网站|门户|公众号|新媒体|媒体|报纸|联系点|平台|渠道|征求意见|征求基层意见|公开征求|全文公布|公布|" \
  "任免案"
/* Decisions on legal questions */
#define LEGAL_DECISIONS TALLY_LEGAL_DECISIONS
/* Decisions repealed or approved, drafts, and laws or regulations
 * counted together with the decisions (法规和法规性质的决定15件: passed) */
#define NOT_DECISIONS "废止|批准|草案|法律案|法规案|地方性法规|条例|法规和|法律和|法规、|法律、|法规及|法律及|" \
  /* (a province's decisions and its resolutions of oversight together:
   * 作出法规性决定和决议11件, a total of two measures; not the NPC's 有关
   * 法律问题的决定和决议, both legal acts) */ \
  "法规性决定和决议|法规性决定、决议|法规性决定及决议|法规性决定与决议|" \
  INTERPRETATIONS_AND_DECISIONS
/* interpretations and decisions counted together (作出法律解释、有关法律问
 * 题和重大问题的决定26件): a total of two measures that no combined key
 * has, neither's count */
#define INTERPRETATIONS_AND_DECISIONS "法律解释、|法律解释和|法律解释及|法规解释、|法规解释和"
/* What a clean-up of the laws in force found to change, not changed yet */
#define CLEAN_UP "清理出|需修改|需废止|需要修改|需要废止|需修改或废止|应当修改|应当废止|需予修改|需予废止|" \
  "需作修改|需作出修改|需要作出修改|需进行修改|需予以修改|需作废止|需予以废止"
/* Amending many at once */
#define PACKAGE "打包修改|一揽子修改|集中修改|打包修正|一揽子修正|统筹修改|集中修正|打包修订|一揽子修订|" \
  "一揽子作出修改|一揽子进行修改|打包作出修改|打包进行修改|" \
  /* (one decision amending several: 以一个决定统一修改了…等方面的法律，共五件) */ \
  "一个决定统一修改|一个决定一并修改|一个决定集中修改|统一修改了"
/* amendments that include package ones, said in an aside before the
 * count (修改（含打包修改）21件): amended; not a count of the package ones
 * in an aside (…合计24件（含打包修改9件）) */
/* the way of a package, said in a sentence's first clause */
#define PACKAGE_WAY "打包|打包方式|打包修改|一揽子修改|一揽子方式|一揽子修正"
#define PACKAGE_INCLUDED "含打包修改）|包括打包修改）|含一揽子修改）|含打包修正）|含打包修改)|含打包）"
/* Collecting comments */
#define COLLECT "征求|征集|收集|广泛征求|公开征求|反馈|征得|汇总|收集汇总"
/* Receiving comments, which is collecting them when the sentence is
 * about drafts put out for comment (公开征求意见12次，收到各方面意见建议
 * 2300余条) */
#define RECEIVE "收到|共收到|收集到|征集到|汇集|收到各方面|听取"
/* Deputies' stations, whose collected opinions are the public's, not
 * comments on drafts */
#define STATIONS "联络站|代表之家|家站|社情民意"
/* Drafts put out for comment */
#define PUBLISH_DRAFTS "全文公布|向社会公布|公开发布|全文公开|社会全文公布|全文发布|公布|发布|网上公开|网站公开|网站上公开|公开|" \
  /* (printed in the papers: 在《长治日报》和长治人大网上全文刊登) */ \
  "全文刊登|刊登|全文刊发"
/* the meetings of an inspection or a visit, not on drafts (…开展执法检查，
 * 检查组分赴14个市州，召开座谈会23次) */
#define NOT_CONSULTATIONS "执法检查|检查组|视察|实施情况|贯彻实施"
/* bills deliberated, not the meetings held on them (a stage of the work,
 * 在起草和审议阶段召开专家论证会11次, is none) */
#define NOT_CONSULTATION_REVIEW "审议了|审议通过|提请审议|审议法规|审议草案|审议的|常委会审议|会议审议|审议后|审议中"
#define CONSULT "征求意见|征求各方面意见|征求社会各界意见|征求社会意见|征求公众意见|征集意见|征求基层意见|征求群众意见"
/* The drafts of a higher congress a lower one helps consult on (配合省人
 * 大常委会完成11部法规草案征求意见工作): not drafts it put out */
#define HIGHER_DRAFTS "配合|协助"
/* The drafts of the congress above a city or county that it was consulted
 * on (就自治区人大常委会征求意见的9件法规草案…提出修改意见, 配合省人大
 * 常委会…), and those of the NPC: not drafts of its own, nor comments the
 * public gave on them */
#define HIGHER_CONSULTED "省人大常委会征求意见|自治区人大常委会征求意见|省人大征求意见|自治区人大征求意见|" \
  /* (the drafts named between: 自治区人大常委会就《…（草案）》等征求意见的) */ \
  "省人大常委会就|自治区人大常委会就|" \
  "省人大常委会法规草案|自治区人大常委会法规草案|" \
  "省人大常委会交办|自治区人大常委会交办|市人大常委会交办|征求意见任务|意见征询任务|意见征集任务|征集意见任务|" \
  "上级人大常委会征求意见|上级人大征求意见|" \
  /* (the congress's own comments sent up: 向省人大常委会反馈意见18条) */ \
  "向省人大常委会反馈|向自治区人大常委会反馈|向全国人大常委会反馈|向市人大常委会反馈|向上级人大反馈|" \
  "向上反馈|向上级反馈|向上级人大常委会反馈|" \
  "向省市人大常委会反馈|向省、市人大常委会反馈|向省市人大反馈|" \
  "配合省人大常委会|配合自治区人大常委会|协助省人大常委会|协助自治区人大常委会|" \
  "市人大常委会征求意见|州人大常委会征求意见|配合市人大常委会|协助市人大常委会|" \
  /* (the congress above that asked for it: 受省人大常委会委托，就…等9件法规 \
   * 草案征求基层意见; both above a county: 省、市人大常委会法规草案) */ \
  "受省人大常委会委托|受自治区人大常委会委托|受市人大常委会委托|受州人大常委会委托|" \
  "省、市人大常委会法规草案|省市人大常委会法规草案|省、市人大法规草案"
/* …or its working committee, which in a province's own report is its own
 * (对省人大常委会法工委征求意见的法规草案12件，及时…反馈意见) */
#define HIGHER_COMMITTEE_CONSULTED "省人大常委会法工委征求意见|自治区人大常委会法工委征求意见|" \
  "省人大常委会法制工作委员会征求意见|自治区人大常委会法制工作委员会征求意见"
#define NATIONAL_CONSULTED "全国人大常委会征求意见|全国人大征求意见|全国人民代表大会常务委员会征求意见|" \
  "全国人大常委会法工委|全国人大常委会法制工作委员会|全国人大法工委"
/* …the drafts of the congress above named by its level (41件省地方性法
 * 规草案) */
#define LEVEL_DRAFTS "省地方性法规草案|省法规草案|自治区地方性法规草案|自治区法规草案|省级地方性法规草案|省级法规草案"
/* …the four: drafts that are not the congress's own to publish */
#define NOT_OWN_DRAFTS HIGHER_DRAFTS "|" HIGHER_CONSULTED "|" NATIONAL_CONSULTED "|" LEVEL_DRAFTS "|发来|送来|转来|交来"
/* enterprises met or served, whose meetings are no consultation on drafts */
#define NOT_CONSULTATION_FIRMS "走访企业|服务企业|包联企业|联系企业|企业座谈会|企业家座谈会|企业负责人座谈会"
/* the congress's own comments on drafts, sent to the body that drafted
 * them (汇总形成修改意见57条; 向长沙市人大常委会反馈修改意见63条): no
 * public's */
#define OWN_COMMENTS "反馈修改意见|形成修改意见|汇总形成|上报修改意见|报送修改意见|反馈修改建议|上报修改建议|报送修改建议|向上级人大"
/* The drafts put out */
#define DRAFTS "法规草案|法律草案|草案|法规案|法律案"
/* a budget's drafts, which are no law's (对预算草案提出意见建议58条), and
 * the drafts themselves received for comment (征求意见稿９件) */
#define NOT_BUDGET_DRAFTS "预算草案|决算草案|预算调整方案|预算调整草案|征求意见稿"
/* Plan projects not carried out, or not the year's own (调研项目, 预备项目:
 * projects studied for later; 未完成: the rest) */
#define PLAN_NOT_DONE "调研项目|预备项目|未完成|继续审议|明年|下一年"
/* Units of the regulations approved: not 个, the cities that sent them */
#define APPROVED_UNITS PASSED_UNITS
/* The legislative contact points there are, and those something is done
 * through or that were put forward for a higher level (推荐省级基层立法联
 * 系点1个) */
#define CONTACT_TOTAL "共建成|累计|总数|共有|总量|达到|已达|共设立|现有|已设立|已建立|已建成|已有"
#define CONTACT_STOCK CONTACT_TOTAL "|" \
  /* (the points there are, described: 在襄阳等地设立的4个基层立法联系点，…) */ \
  "设立的|建立的|设置的|建成的"
/* setting points up: in the year, unless the stock is said */
#define CONTACT_SET_UP "新建|新增|新设|增设|新设立|新建成|设立|新确定|新认定|新成立|新挂牌|增加|新增加|" \
  /* (said plainly: 我们又设了3个基层立法联系点) */ \
  "设了|又设|又新设|新设了|增设了|设立了"
/* the year said as such */
#define THIS_YEAR "全年|今年|年内|本年度|当年"
#define CONTACT_THROUGH "通过|依托|借助|利用|推荐|申报"
/* Counts of plans and of documents that are not laws or regulations,
 * and the laws in force a clean-up went through (对…制定的147件现行有
 * 效法规进行全面清理) */
#define NOT_INSTRUMENTS "计划|拟|立法规划|规范性文件|制度|方案|措施|清单|机制|工作规则|实施意见|清理|现行有效|" \
  "法规性决定|法规性质的决定|法律项目|法规项目|" \
  /* (what other bodies make: the legal system's stock, 法律236件、行政法规 \
   * 690多件, or what a review reads) */ \
  "行政法规|监察法规|司法解释|" \
  /* (a government's rules named so: 出台配套的政府规章8件; 省政府制定规 \
   * 章12件 is a government's count by who acts) */ \
  "政府规章|配套规章"

static const TallyRule legislation_rules[] = {
  /* combined verbs: each with and without the kind of instrument, so
   * that they outrank the single verbs they contain */
/* (not the committee's own rules: 制定修订人事任免、代表资格审查等制度7项) */
/* (nor the deputies' motions on law-making: 议案…涉及制定修改法律项目的有223件) */
#define NOT_LAWS_MADE "制度|工作规则|议事规则|工作规程|实施意见|修改建议|废止建议|修订建议|制定建议|法律项目|法规项目|立法项目|" \
  /* (a government's: 国务院…全年制定、修订行政法规十六件) */ \
  "行政法规|政府规章|部门规章"
/* (nor what a clean-up found to change: 对需要修改、废止的12件作出安排) */
#define COMBINED_EXCEPT(measure, verbs, except) \
  { measure, verbs, COUNT_UNITS, NULL, FALSE, NULL, NOT_LAWS_MADE "|" CLEAN_UP except }, \
  { measure, verbs "&" INSTRUMENTS, COUNT_UNITS, NULL, FALSE, NULL, NOT_LAWS_MADE "|" CLEAN_UP except }
/* (not a longer list of verbs than the key's, a verb no key joins after
 * them: 制定、修改、批准地方性法规和单行条例47件 is no row; nor the laws
 * of the cities approved, their verbs said: 批准…设区的市制定和修改的法规
 * 31件 is approved) */
#define COMBINED(measure, verbs) \
  COMBINED_EXCEPT (measure, verbs, "|批准|、解释|和解释|" \
                   /* (nor the rules of its own work: 制定修订立法工作规范8项) */ \
                   "工作规范|工作规程|工作规则|工作制度|等制度")
  COMBINED_EXCEPT ("enacted+amended+repealed+interpreted", "立改废释|制定、修改、废止、解释|制定修改废止解释", ""),
  /* four and three verbs with 修订 (制定、修订、修改、废止…30件; 新制定、修订
   * 和废止法规25件) */
  COMBINED ("enacted+revised+amended+repealed", "制定、修订、修改、废止|制定、修改、修订、废止|制定修订修改废止|"
            "制定、修订、修改和废止|制定、修改、修订和废止|制定、修订、修正、废止|制定、修订、修正和废止|"
            "制定、修正、修订、废止|制定修订修正废止"),
  COMBINED ("enacted+revised+repealed", "制定、修订和废止|制定、修订、废止|制定修订废止|制定、修订或者废止"),
  COMBINED_EXCEPT ("enacted+amended+repealed+approved", "制定、修改、废止和批准|制定、修改、废止、批准|制定修改废止和批准|"
                   "制定修改废止批准", ""),
  COMBINED ("enacted+amended+repealed", "立改废|制定修改废止|制定、修改、废止|制定、修改和废止|制定修改和废止|制定、修改或者废止|"
            "制定、修正、废止|制定、修正和废止|制定修正废止"),
  COMBINED ("enacted+amended", "制定修改|制定、修改|制定和修改|制定或修改|立改|新制定和修改|制定、修正|制定修正"),
  COMBINED ("enacted+revised", "制定修订|制定、修订|制定和修订"),
  COMBINED ("amended+repealed", "修改废止|修改、废止|修改和废止|修正、废止|修正和废止"),
  COMBINED ("revised+repealed", "修订废止|修订、废止|修订和废止"),
  COMBINED ("amended+revised", "修改修订|修改、修订|修改和修订|修订、修改|修订和修改|修正、修订"),
#undef COMBINED
#undef COMBINED_EXCEPT

  /* single verbs, with and without the kind of instrument (not the first
   * of a list of verbs that goes on to approving: 制定、修改、批准…47件) */
  { "enacted", "制定|出台|新制定|新出台|颁布|新立", COUNT_UNITS,
    NULL, FALSE, NULL, NOT_INSTRUMENTS "|、批准|和批准|及批准|、审查批准" },
  { "enacted", "制定|出台|新制定|新出台|颁布&" INSTRUMENTS, COUNT_UNITS,
    NULL, FALSE, NULL, NOT_INSTRUMENTS "|、批准|和批准|及批准|、审查批准" },
  /* (a kind of its own wherever it is said, and so counted apart in an
   * aside after the year's enactments: 制定地方性法规9件（含重新制定2件）) */
  { "re_enacted", "重新制定|废旧立新|废止并重新制定", COUNT_UNITS, NULL, TRUE },
  { "re_enacted", "重新制定|废旧立新&" INSTRUMENTS, COUNT_UNITS, NULL, TRUE },
  /* (not the amendments of lower congresses' laws approved: 批准单行条例
   * 及其修正案7件 is approved; nor amendments deliberated: 审议宪法修正案、
   * 法律案等34件) */
  /* (nor what a clean-up proposed: 提出修改2件、废止1件的建议) */
  { "amended", "修改|修正", COUNT_UNITS,
    NULL, FALSE, NULL, NOT_INSTRUMENTS "|意见|建议|批准|修正草案|修订草案|修改草案|修正案|修改决定|修正决定|条文|条款|提出修改|" CLEAN_UP },
  { "amended", "修改|修正&" INSTRUMENTS, COUNT_UNITS,
    NULL, FALSE, NULL, NOT_INSTRUMENTS "|意见|建议|批准|修正草案|修订草案|修改草案|修正案|条文|条款|提出修改|" CLEAN_UP },
  /* a kind of its own wherever it is said, and so counted apart in an
   * aside after the year's amendments (修改18件（其中打包修改9件）) */
  /* (not the package decisions: 作出打包修改决定1件，一并修改单行条例4件) */
  /* (nor the amendments that include package ones: 修改（含打包修改）21件) */
  { "amended_in_package", PACKAGE, COUNT_UNITS, NULL, TRUE, NULL,
    "修改决定|修正决定|修改的决定|修正的决定|条文|" PACKAGE_INCLUDED },
  /* (not the articles changed: 一揽子修改59件法律的141个条文) */
  { "amended_in_package", "打包|一揽子&修改|修正|修订&" INSTRUMENTS, COUNT_UNITS, NULL, TRUE, NULL,
    PACKAGE_INCLUDED "|条文" },
  /* the count first, the way after it (对其中22件以打包方式作出修改; 有9件
   * 是…以打包方式一并修改的) */
  { "amended_in_package", NULL, COUNT_UNITS, NULL, TRUE, "打包方式|一揽子方式&修改|修正|作出修改", NULL },
  /* the way said apart from the verb (以打包方式修改9件, 采取一揽子方式修
   * 正…) */
  { "amended_in_package", "打包方式|一揽子方式|打包形式|一揽子形式&修改|修正|修订", COUNT_UNITS, NULL, TRUE },
  /* 采取统筹打包方式，一并修改个人所得税法、公务员法等法律47件次 */
  /* (a kind of its own in an aside too: 修改法律10件（其中一并修改保险
   * 法等5部法律）) */
  /* (not the articles: 一并修改了59件法律中的141个条款) */
  { "amended_in_package", "一并修改|一并修正|统筹修改", COUNT_UNITS, NULL, TRUE, NULL, "条款|条文" },
  { "amended_in_package", "一并修改|一并修正|统筹修改&" INSTRUMENTS, COUNT_UNITS, NULL, TRUE, NULL, "条款|条文" },
  /* the laws a package touched, said after it (以打包方式修改法规两次，共涉
   * 及法规58件) */
  { "amended_in_package", "<打包方式|一揽子方式|打包修改|一揽子修改&涉及", COUNT_UNITS, NULL, TRUE, NULL, "条文|条款" },
  /* …or the way said in the sentence's first clause, the verb in the
   * count's (常委会采取打包修改方式，一次性修改《A》《B》等地方性法规12件;
   * 采取打包方式，一次性修改…等七件法规中与上位法不一致的条款: the laws) */
  /* (not a package of policies: 聚焦稳经济一揽子政策措施，修改…3件) */
  { "amended_in_package", "<" PACKAGE_WAY "&修改|修正|修订|一次性修改|一并修改&" INSTRUMENTS,
    COUNT_UNITS, NULL, TRUE, NULL, PACKAGE_INCLUDED "|条文|个条款" },
  { "amended_in_package", "<" PACKAGE_WAY "&一次性修改|一次性修正", COUNT_UNITS, NULL, TRUE, NULL,
    PACKAGE_INCLUDED "|条文|个条款" },
  /* (…or said amended at once, laws counted: …，先后通过6次打包修改，一次
   * 性修改法规73件) */
  { "amended_in_package", "一次性修改|一次性修正", COUNT_UNITS, NULL, TRUE, NULL,
    PACKAGE_INCLUDED "|条文|个条款|条款" },
  /* (…or one decision said to amend them at once: 以一个修改决定一次性修
   * 改…地方性法规9件) */
  { "amended_in_package", "一个修改决定|一个修正决定|一个决定&一次性修改|一次性修正|一并修改", COUNT_UNITS, NULL, TRUE, NULL,
    PACKAGE_INCLUDED "|条文|个条款" },
  /* (…the verb after the laws and their articles: 通过打包修改的方式，对
   * 59件法律的141个条款作出修改) */
  { "amended_in_package", "<" PACKAGE_WAY, COUNT_UNITS, NULL, TRUE,
    INSTRUMENTS "&作出修改|进行修改|予以修改|作出修正|进行修正|予以修正", PACKAGE_INCLUDED },
  /* (…in one go, the verb before the laws: 对…地方性法规进行打包修改，一
   * 次修改法规4件) */
  { "amended_in_package", "<" PACKAGE_WAY "&一次修改|一次修正|一次性修改|一并修改|共修改|修改", COUNT_UNITS, NULL, TRUE, NULL,
    PACKAGE_INCLUDED "|条文|条款|计划|拟|决定" },
  /* count first: 对《…》等5件法规进行打包修改, 对其中9件作出打包修改决
   * 定; in 个, not the decisions (作出两个打包修改决定) */
  { "amended_in_package", NULL, "件|部|项|篇|件次", NULL, FALSE, PACKAGE },
  { "amended_in_package", NULL, "个", NULL, FALSE, PACKAGE, "修改决定|修正决定|修订决定" },
  { "enacted+amended+repealed+interpreted", NULL, COUNT_UNITS, NULL, FALSE, "立改废释" },
  { "enacted+amended+repealed", NULL, COUNT_UNITS, NULL, FALSE, "立改废" },
  { "amended", NULL, COUNT_UNITS, NULL, FALSE,
    INSTRUMENTS "&进行修改|作出修改|予以修改|进行了修改|作了修改|进行修正|作出修正|予以修正|进行了修正|作了修正",
    NOT_INSTRUMENTS "|意见|建议|一揽子|打包" },
  { "repealed", NULL, COUNT_UNITS, NULL, FALSE,
    INSTRUMENTS "&予以废止|进行废止|宣布废止|予以废除", "决议" },
  /* (…the laws named before their count: 《…条例》1部作了修改; 3部法规由
   * 常委会审议制定) */
  { "amended", INSTRUMENTS, COUNT_UNITS, NULL, FALSE,
    "进行修改|作出修改|予以修改|进行了修改|作了修改|进行修正|作出修正|予以修正|作了修正",
    NOT_INSTRUMENTS "|意见|建议|一揽子|打包|计划|条款|条文" },
  { "repealed", INSTRUMENTS, COUNT_UNITS, NULL, FALSE, "予以废止|进行废止|宣布废止|予以废除", "决定|决议|计划|建议|条款|条文" },
  { "enacted", INSTRUMENTS, COUNT_UNITS, NULL, FALSE, "由|经&审议制定|制定", NOT_INSTRUMENTS "|计划|批准" },
  { "enacted", NULL, COUNT_UNITS, NULL, FALSE, INSTRUMENTS "&由|经&审议制定|制定", NOT_INSTRUMENTS "|计划|批准" },
  /* (…revised as a whole, or made anew: 对《…条例》等3件法规作出全面修订,
   * 对…等2件法规予以重新制定) */
  { "revised", NULL, COUNT_UNITS, NULL, FALSE,
    INSTRUMENTS "&作出全面修订|进行全面修订|予以全面修订|全面修订|进行修订|作出修订|予以修订|进行了修订|作了修订",
    NOT_INSTRUMENTS "|意见|建议|一揽子|打包" },
  { "re_enacted", NULL, COUNT_UNITS, NULL, FALSE, INSTRUMENTS "&予以重新制定|重新制定|进行重新制定|为废旧立新|废旧立新",
    NOT_INSTRUMENTS },
  /* (…the laws left out, after the ones counted with them: 制定地方性法规
   * 9件，另有1件重新制定) */
  { "re_enacted", "另有|另外|此外|还有", COUNT_UNITS, NULL, FALSE, "重新制定|废旧立新",
    NOT_INSTRUMENTS "|需|需要|正在|将|有待|待" },
  /* the laws of a set said as made or changed after their count, with
   * a copula (审议通过的法规中，…等3件是首次制定，另有2件是修改; 等4件属于新
   * 制定) */
  { "enacted", NULL, COUNT_UNITS, NULL, FALSE, "是首次制定|是新制定|属于新制定|为新制定|属于制定|系新制定|属于首次制定",
    "计划|拟" },
  { "amended", NULL, COUNT_UNITS, NULL, FALSE, "是修改|属于修改|为修改|属于修正|是修正|系修改|系修正", "计划|拟" },
  { "revised", NULL, COUNT_UNITS, NULL, FALSE, "是修订|属于修订|为修订|系修订|属于全面修订", "计划|拟" },
  /* (not the drafts deliberated: 审议自治条例修订草案一件) */
  /* (not the committee's own rules: 制定修订工作制度15项) */
  /* (nor a government's: 全年制定、修订行政法规十六件) */
  { "revised", "修订|全面修订", COUNT_UNITS,
    NULL, FALSE, NULL, "计划|拟|批准|修订草案|修正草案|制度|工作规则|实施意见|行政法规|政府规章|部门规章" },
  { "revised", "修订|全面修订&" INSTRUMENTS, COUNT_UNITS,
    NULL, FALSE, NULL, "计划|拟|批准|修订草案|修正草案|制度|工作规则|实施意见|行政法规|政府规章|部门规章" },
  /* not what a clean-up proposes or found (建议修改4件、废止1件; 清理出
   * 需修改或废止的法规17件), nor the repeals of lower congresses approved
   * (批准自治州废止单行条例1件), as their revisions are not */
  /* (nor the government's rules it repealed, 据省政府报告，…废止规章7件) */
  /* (nor the rules of the committee's own work: 废止不适应新形势的制度5项,
   * 制度规范…清理废止4项) */
  /* (the decisions named in the sentence's first clause, the repeal in a
   * later one: 对…有关法规性质的决定，常委会依法予以清理，废止了其中的2件) */
  { "decisions_repealed", "<对&<法规性质的决定|法规性决定|法规性质决定&废止|废除", COUNT_UNITS, NULL, FALSE, NULL,
    "建议废止|建议|批准|草案|法规|条例|规章" },
  { "repealed", "废止|废除", COUNT_UNITS,
    NULL, FALSE, NULL, "决定|决议|建议废止|建议|批准|规章|制度|" CLEAN_UP },
  { "repealed", "废止|废除&" INSTRUMENTS, COUNT_UNITS,
    NULL, FALSE, NULL, "决定|决议|重新制定|建议废止|批准|规章|" CLEAN_UP },
  /* the count first, passive (另有1件被废止) */
  { "repealed", NULL, COUNT_UNITS, NULL, FALSE, "被废止|被废除|予以废止", "决定|决议|建议|" CLEAN_UP },
  /* (the committee's decision to repeal laws, not decisions repealed:
   * 另决定废止不适应改革要求的地方性法规2件) */
  { "repealed", "决定废止|决定废除&" INSTRUMENTS, COUNT_UNITS, NULL, FALSE, NULL,
    "决议|的决定|法规性决定|重新制定|建议废止|批准|规章|" CLEAN_UP },
  /* (not decisions named for what they repeal: 作出关于废止…的决定等有关
   * 法律问题的决定3件; nor laws the committee decided to repeal: 另决定
   * 废止不适应改革要求的地方性法规2件) */
  { "decisions_repealed", "废止|废除&决定|决议", COUNT_UNITS, NULL, FALSE, NULL,
    "关于废止|关于废除|的地方性法规|的单行条例|的自治条例" },
  /* a package decision: 作出关于废止《…》等三件地方性法规的决定,
   * 表决通过关于修改《…》等十件地方性法规的决定 (the count is of the
   * laws it changes, not of decisions) */
  { "repealed", "关于废止", COUNT_UNITS, NULL, FALSE, INSTRUMENTS "&决定" },
  { "amended_in_package", "关于修改|关于修正", COUNT_UNITS, NULL, FALSE, INSTRUMENTS "&决定" },
  /* a package said as a way of amending (以打包方式对8件法规…作出修改,
   * 采取打包方式修改《甲条例》等7件法规) */
  { "amended_in_package", "打包方式|打包形式|一揽子方式|打包的方式", COUNT_UNITS, NULL, FALSE,
    INSTRUMENTS "&修改|修正", CLEAN_UP },
  { "amended_in_package", "打包方式|打包形式|一揽子方式|打包的方式&修改|修正", COUNT_UNITS, NULL, FALSE,
    INSTRUMENTS, CLEAN_UP },
  /* the laws the packages of the sentence's first clause changed (先后8次
   * 开展打包修改，共修改法规97件次) */
  { "amended_in_package", "<" PACKAGE "&修改|修正", COUNT_UNITS, NULL, FALSE, NULL, CLEAN_UP "|修改决定|修正决定|修改的决定|修正的决定|" PACKAGE_INCLUDED },
  { "amended+repealed", "关于修改和废止|关于修改、废止|关于废止和修改", COUNT_UNITS, NULL, FALSE,
    INSTRUMENTS "&决定" },
  /* (not budgets and final accounts: 作出关于批准…决算的决议等决议决定九项;
   * nor the last of a list of verbs no key joins, 制定、修改、批准…47件) */
#define VERBS_BEFORE_APPROVING "制定、修改、批准|修改、批准|制定、批准|制定和批准|修改和批准|制定、修改和批准"
  { "approved", "批准|审查批准|审查批准了|批准了", APPROVED_UNITS,
    NULL, FALSE, NULL, "条约|协定|公约|决算|预算|决议决定|已获批准|获得批准|" SUBMITTED "|" APPROVED_ABOVE "|" VERBS_BEFORE_APPROVING },
  /* 决定 too: 批准…报批的法规和决定53件 */
  { "approved", "批准|审查批准&设区的市|自治州|自治县|市州|市（州）|市(州)|单行条例|自治条例|法规|条例|决定", APPROVED_UNITS,
    NULL, FALSE, NULL, "条约|协定|公约|决算|预算|决议决定|已获批准|获得批准|" SUBMITTED "|" APPROVED_ABOVE "|" VERBS_BEFORE_APPROVING },
#undef VERBS_BEFORE_APPROVING
  /* the count before the laws and the verb (对11件设区的市法规予以批准) */
  { "approved", NULL, APPROVED_UNITS, NULL, FALSE, "法规|条例|单行条例|自治条例|决定&予以批准|依法予以批准",
    "条约|协定|公约|决算|预算|" SUBMITTED "|" APPROVED_ABOVE },
  /* the laws sent up counted, their approval after them (报批的法规和单
   * 行条例36件，经审查全部依法批准) */
  { "approved", "报批|报请批准|报请审查批准|提请批准", APPROVED_UNITS, NULL, FALSE, "批准",
    "条约|协定|公约|决算|预算|" APPROVED_ABOVE },
  /* (…after their parts: 报批的法规9件，其中制定7件、修改2件，经审查均予
   * 批准) */
  { "approved", "报批|报请批准|报请审查批准|提请批准", APPROVED_UNITS, NULL, FALSE, "$批准",
    "条约|协定|公约|决算|预算|" APPROVED_ABOVE },
  /* the laws sent up reviewed, which is their approval's review (对各设区
   * 的市报批的地方性法规（33件）进行合法性审查; 审查设区的市报批的法规
   * 12件; 报请批准的, which says 批准, is read by the rules above) */
  { "approved", "报批的", APPROVED_UNITS, NULL, FALSE, "合法性审查|进行审查|进行了审查|依法审查",
    "条约|协定|公约|决算|预算|" SUBMITTED "|" APPROVED_ABOVE },
  { "approved", "审查|依法审查|合法性审查&报批的", APPROVED_UNITS, NULL, FALSE, NULL,
    "条约|协定|公约|决算|预算|" SUBMITTED "|" APPROVED_ABOVE },
  /* the laws the cities sent up, the verb before the cities counted
   * (审查批准沈阳、大连等12个设区的市报批法规31件) */
  { "approved", "^批准|审查批准|审查批准了|批准了&报批|报批的|报请批准|报请批准的", APPROVED_UNITS,
    NULL, FALSE, NULL, "条约|协定|公约|" SUBMITTED "|" APPROVED_ABOVE },
  /* the laws the cities sent up, in the province's report (审查批准各设区
   * 的市报请省人大常委会批准的法规38件): 的 makes the sending the laws'
   * description, not the act counted */
  { "approved", "审查批准|审议批准|依法批准|审查批准了&" SENT_UP_FOR_APPROVAL, APPROVED_UNITS, NULL, FALSE, NULL, "条约|协定|公约|决算|预算" },
  /* a city's laws sent to its province, the province named (报请广东省人
   * 大常委会批准设区的市法规5件) */
  { "submitted_for_approval", SENDS_UP "&" ABOVE_APPROVES,
    APPROVED_UNITS, NULL, FALSE, NULL, "已获批准|获得批准" },
  /* (…said approved after the count: the approval, which in a city's or
   * a county's report is of its laws sent up, see tally_write_domain ();
   * 年内报请湖北省人大常委会批准的3件单行条例已全部获得批准) */
  { "approved", SENDS_UP "&" ABOVE_APPROVES, APPROVED_UNITS, NULL, FALSE, "已获批准|获得批准|予以批准|全部批准",
    "条约|协定|公约|决算|预算" },
  /* laws said approved after their count, which in a city's or a
   * county's report are its laws sent up (3件法规均已获省人大常委会批准施
   * 行), and after their sending up said in the first clause (以上法规全
   * 部依法报请省人大常委会批准，年内获批4件) */
  { "approved", NULL, APPROVED_UNITS, NULL, FALSE,
    "法规|条例|单行条例|自治条例&已获省人大常委会批准|获省人大常委会批准|已获自治区人大常委会批准|获自治区人大常委会批准|"
    "已经省人大常委会批准|已获批准|均获批准|全部获批",
    "条约|协定|公约|决算|预算|计划|拟|将" },
  { "approved", "<法规|条例|单行条例|自治条例&获批|获得批准|已获批准", APPROVED_UNITS, NULL, FALSE, NULL,
    "条约|协定|公约|决算|预算|计划|拟|将|联系点|试点|项目|资金" },
  /* (…a later item of its list, its kind named: 报请四川省人大常委会审查批
   * 准单行条例两件、地方性法规三件; 向省人大常委会报批法规3件、单行条例2件) */
  { "submitted_for_approval", "^" SENDS_UP "&^" ABOVE_APPROVES "|"
    "自治区人大常委会审查批准&法规|条例|单行条例|自治条例|地方性法规", APPROVED_UNITS, NULL, FALSE, NULL,
    "已获批准|获得批准|批准的|" SENT_UP_FOR_APPROVAL },
  { "submitted_for_approval", "^报批&^省人大常委会|自治区人大常委会&法规|条例|单行条例|自治条例|地方性法规", APPROVED_UNITS, NULL,
    FALSE, NULL, "批准|审查|通过|报批的" },
  /* a city's or autonomous area's laws sent up for approval (报请省人大常
   * 委会批准法规5件): its own, not approvals it gave */
  { "submitted_for_approval", SUBMITTED "&批准", APPROVED_UNITS },
  /* (the kind named, for a later item of the list: 报请批准单行条例3件、
   * 地方性法规1件) */
  { "submitted_for_approval", SUBMITTED "&批准&法规|条例|单行条例|自治条例|地方性法规", APPROVED_UNITS, NULL, FALSE, NULL,
    "批准的|审查批准|审议批准" },
  /* the body above left unsaid (全年报请批准法规4件), but not the laws
   * sent up that a province approves (审查批准报请批准的法规…) */
  { "submitted_for_approval", "报请批准|提请批准|报请审查批准|提请审查批准&法规|条例|单行条例|自治条例|地方性法规",
    APPROVED_UNITS, NULL, FALSE, NULL, SENT_UP_FOR_APPROVAL "|审查批准了|依法批准|予以批准" },
  /* (上述3件法规报自治区人大常委会批准后施行) */
  { "submitted_for_approval", NULL, APPROVED_UNITS, NULL, FALSE, "报省人大常委会批准|报自治区人大常委会批准",
    "已获批准|获得批准" },
  /* the count first (以上4件单行条例报经广东省人大常委会批准后公布施行) */
  { "submitted_for_approval", NULL, APPROVED_UNITS, NULL, FALSE,
    "报经|报请|提请|报送&省人大常委会|自治区人大常委会&批准", "已获批准|获得批准" },
  /* sent up after the count (审议通过设区的市法规3件并报请省人大常委会批准) */
  { "submitted_for_approval", "通过|审议通过|制定|表决通过", APPROVED_UNITS, NULL, FALSE, SUBMITTED "&批准", NULL },
  /* (报批法规草案十二件: the approval asked for; 批准…报批的法规: given,
   * 报批的 naming what the congress approved) */
  { "submitted_for_approval", "报批", APPROVED_UNITS, NULL, FALSE, NULL, "批准|审查|通过|报批的" },
  /* a city's laws the province approved, in the city's report (经省人大常
   * 委会批准法规3件) */
  { "submitted_for_approval", APPROVED_ABOVE "&批准", APPROVED_UNITS },
  /* (…the laws counted first, the province that approved them after,
   * with 由 or 经: 3件法规均由湖南省人大常委会审查批准; 五件法规经省人大常委
   * 会批准施行) */
  { "submitted_for_approval", NULL, APPROVED_UNITS, NULL, FALSE,
    "由&省人大常委会|自治区人大常委会|省人民代表大会常务委员会&批准", "设区的市|市州|各市|报批的|条约|协定" },
  { "submitted_for_approval", NULL, APPROVED_UNITS, NULL, FALSE, APPROVED_ABOVE "&批准",
    "设区的市|市州|各市|报批的|条约|协定" },
  { "treaties_approved", "批准&条约|协定|公约", COUNT_UNITS },
  /* (the treaties after their count, titles or who concluded them
   * between: 审议批准《…引渡条约》等7件条约; 批准了中国同有关国家缔结的14件
   * 条约) */
  { "treaties_approved", "批准", COUNT_UNITS, NULL, FALSE, "条约|协定|公约", "报批|提请" },
  /* (not 个: 通过26个基层立法联系点收集意见 is through them) */
  /* (通过 as through: 法规草案通过省人大门户网站全文公布15件, 通过基层立
   * 法联系点就23件法律草案征求意见) */
  /* (not interpretations: 通过法律解释1件) */
  { "passed", "审议通过|表决通过|通过", PASSED_UNITS,
    NULL, FALSE, NULL, "批准|解释|" NOT_PASSED },
  { "passed", "审议通过|表决通过|通过&" INSTRUMENTS, PASSED_UNITS,
    NULL, FALSE, NULL, "批准|解释|" NOT_PASSED },
  /* (the laws, their interpretations and decisions passed together, in
   * the NPC's report: 通过法律、法律解释和有关法律问题的决定22件) */
  { "passed", "审议通过|表决通过|通过&法律、法律解释|法律和法律解释|法律及法律解释", PASSED_UNITS,
    NULL, FALSE, NULL, "批准|" NOT_PASSED },
  /* the count first, the vote after it (共有17件法规获得表决通过, 有18件
   * 经表决获得通过) */
  { "passed", NULL, PASSED_UNITS, NULL, FALSE, "获得表决通过|获表决通过|经表决获得通过|经表决通过|获得通过",
    "批准|" NOT_PASSED },
  /* …after 经 and who voted (19件法规经常委会会议表决通过) */
  { "passed", NULL, PASSED_UNITS, NULL, FALSE, "法规|法律|条例|草案|法规案|法律案&经&表决通过|审议通过|通过",
    "批准|" NOT_PASSED },
  /* not the follow-up of the committee's deliberation opinions (对审议
   * 意见落实情况开展跟踪监督5项: oversight) */
  /* the bills first, put before the committee (全年共有23件法规草案提请常
   * 委会审议) */
  { "deliberated", NULL, COUNT_UNITS, NULL, FALSE, "草案|法规案|法律案&提请|提交&审议", "通过|批准|计划|拟" },
  /* …or put on the sessions' agenda (列入常委会会议议程的法规草案19件) */
  { "deliberated", "列入&议程&草案|法规案|法律案", COUNT_UNITS, NULL, FALSE, NULL, "通过|批准|计划|拟" },
  /* …or after 经 and who deliberated them (25件法规草案经常委会会议审议) */
  { "deliberated", NULL, COUNT_UNITS, NULL, FALSE, "草案|法规案|法律案&经&审议", "通过|批准|计划|拟" },
  /* (not the bills still pending: 其中表决通过3件，继续审议1件; nor the
   * rules of the work, its steps named: 出台法规起草、审议…等工作制度6项) */
  { "deliberated", "审议|初次审议|初审|一审|二审|三审|再次审议|审议了|提请审议", COUNT_UNITS,
    NULL, FALSE, NULL, "通过|批准|报告|审议意见|跟踪监督|审议项目|立法计划|继续审议|" NOT_BILLS },
  { "deliberated", "审议|初次审议|初审|一审|二审|三审|再次审议|审议了|提请审议&" INSTRUMENTS, COUNT_UNITS,
    NULL, FALSE, NULL, "通过|批准|报告|审议意见|跟踪监督|审议项目|立法计划|继续审议|" NOT_BILLS },
  /* the bills before the verb (对9件法规草案进行了审议), named once in the
   * sentence for its later items (…，对3件进行第三次审议) */
  { "deliberated", "<法规草案|法律草案|法规案&对", COUNT_UNITS, NULL, FALSE,
    "进行初次审议|进行第二次审议|进行第三次审议|进行二次审议|进行三次审议|进行审议|进行了审议",
    "通过|批准|报告|审议意见|意见" },
  /* the bills before the verb (对9件法规草案进行了审议) */
  { "deliberated", "对", COUNT_UNITS, NULL, FALSE, "草案|法规案|法律案&进行审议|进行了审议|审议",
    "通过|批准|报告|审议意见|跟踪监督|审议项目|立法计划|继续审议|提出|意见" },
  /* (not laws and interpretations passed together: 通过法律、法律解释和有
   * 关法律问题的决定共21件) */
  { "interpreted", "法律解释|法规解释|作出解释|解释", COUNT_UNITS, NULL, FALSE, NULL,
    "法律、法律解释|法律和法律解释|法律及法律解释|法规、法规解释|法规和法规解释|" INTERPRETATIONS_AND_DECISIONS "|"
    /* (nor the courts' interpretations filed: …其中司法解释57件) */
    "司法解释" },
  /* decisions on legal questions (a law-like act of the congress); any
   * other 决议 or 决定 is the oversight of what the committee heard */
  { "decisions_made", "通过|作出|作出了|审议通过|表决通过|出台|制定|所作|所作出&" LEGAL_DECISIONS, COUNT_UNITS,
    NULL, FALSE, NULL, NOT_DECISIONS },
  /* a decision named by its title's words in a section on legislation
   * (审议通过关于在…合作区开展法治创新的决定1件, …的决定等决定3件): a
   * law-like act, not a law passed; in one on oversight, a resolution */
  { "decisions_made", "审议通过|表决通过|通过|作出|作出了&的决定|决定等决定", COUNT_UNITS,
    NULL, FALSE, NULL, NOT_DECISIONS "|决议|重大事项|任免|任命|人事" },
  /* the kind said right before the count, whatever the verb (制定《…的
   * 决定》等法规性决定7件) */
  { "decisions_made", "等法规性决定|等法规性质的决定|等法律性问题的决定|等有关法律问题的决定", COUNT_UNITS,
    NULL, FALSE, NULL, NULL },
  /* …or as an item of a list of the laws passed (审议通过地方性法规19件、
   * 法规性决定2件; not of those cleaned up, 清理地方性法规198件、法规性决定
   * 12件) */
  { "decisions_made", "^通过|审议通过|表决通过|作出|作出了|出台&^、&" LEGAL_DECISIONS, COUNT_UNITS, NULL, FALSE, NULL,
    NOT_DECISIONS },
  { "decisions_made", "通过|作出|作出了|审议通过|表决通过", COUNT_UNITS,
    NULL, FALSE, LEGAL_DECISIONS, NOT_DECISIONS },
  /* a decision among the laws passed, listed by what was done to them
   * (表决通过14件，其中新制定5件、修改7件、废止1件、作出决定1件): a
   * law-like act, not an oversight resolution */
  { "decisions_made", "^制定|新制定|修改|修订|废止&作出决定|作出决议", COUNT_UNITS, NULL, FALSE, NULL,
    "任免|任命|人事|重大事项" },
  /* comments collected on draft laws (征求意见建议1.2万条); not the
   * public's opinions that deputies' stations collect (通过代表联络站
   * 收集群众意见3.2万条: representation) */
  /* (in sections on legislation only, unless the law-making is said:
   * elsewhere the opinions a campaign or a body collected, 开展…教育实践
   * 活动，征求意见建议387条) */
  { "public_comments", "立法|草案|法规|条例&" COLLECT "&意见建议|意见和建议|意见|建议", "条",
    NULL, FALSE, NULL, OWN_COMMENTS "|代表建议|代表意见|议案|立法项目|立项|立法建议|建议项目|人民建议|" STATIONS "|" HIGHER_CONSULTED "|" NATIONAL_CONSULTED "|" NOT_BUDGET_DRAFTS },
  { "public_comments", COLLECT "&意见建议|意见和建议|意见|建议", "条|件",
    NULL, FALSE, NULL, OWN_COMMENTS "|代表建议|代表意见|议案|立法项目|立项|立法建议|建议项目|人民建议|征求意见稿|" STATIONS "|" HIGHER_CONSULTED "|"
    NATIONAL_CONSULTED, TRUE },
  /* (the drafts named in the sentence's first clause: 就法规草案征求意
   * 见，收集意见建议420条 — comments on them in any section) */
  { "public_comments", "<法规草案|法律草案|条例草案&" COLLECT "&意见建议|意见和建议|意见|建议", "条",
    NULL, TRUE, NULL, OWN_COMMENTS "|代表建议|代表意见|议案|立法项目|立项|立法建议|建议项目|人民建议|" STATIONS "|" HIGHER_CONSULTED "|" NATIONAL_CONSULTED "|" NOT_BUDGET_DRAFTS },
  { "public_comments", COLLECT, "条|件",
    NULL, FALSE, "意见建议|意见和建议|意见|建议",
    OWN_COMMENTS "|代表建议|议案|立法项目|立项|人民建议|" STATIONS "|" HIGHER_CONSULTED "|" NATIONAL_CONSULTED, TRUE },
  /* the public's comments collected on a higher congress's drafts, said so
   * (就省人大常委会法规草案征集群众意见建议156条): not the congress's own */
  /* (…the drafts' consultation said in the sentence's first clause, the
   * deputies' stations only a way the comments came: 就…等7件法规草案组织
   * 征求意见，通过乡镇人大、代表联络站和网络平台收集社会各界意见建议160
   * 余条) */
  { "public_comments", "<法规草案|法律草案|条例草案|草案&<" CONSULT "|组织征求意见&通过|依托|借助&" COLLECT "&意见建议|意见和建议|意见|建议",
    "条", NULL, TRUE, NULL, OWN_COMMENTS "|代表建议|代表意见|议案|修改意见|" NOT_BUDGET_DRAFTS },
  { "public_comments", "征集|收集|征求|广泛征求|广泛收集&群众意见|群众的意见|社会各界意见|公众意见|基层意见|社会公众意见|群众意见建议",
    "条", NULL, FALSE, NULL, OWN_COMMENTS "|代表建议|议案|提出修改意见|人民建议|" STATIONS },
  /* what the contact points sent (基层立法联系点报送意见建议600余条), in
   * any section */
  { "public_comments", "立法联系点|联系点&报送|提出|提交|上报&意见建议|意见和建议|意见|建议", "条",
    NULL, TRUE, NULL, NULL },
  /* …on the drafts named in the sentence's first clause (对6部法律草案提出
   * 意见建议，共上报意见建议420条) */
  { "public_comments", "<立法联系点|联系点|法律草案|法规草案&报送|提交|上报&意见建议|意见和建议|意见|建议", "条",
    NULL, TRUE, NULL, "代表|" OWN_COMMENTS "|" NOT_BUDGET_DRAFTS },
  /* 公开征求意见12次，收到各方面意见建议2300余条: received, after the
   * drafts were put out, in the sentence's first clause or the count's
   * own, or from the public at large (收到社会公众意见建议1.9万余条);
   * the count may come before its noun (收到两千多条意见建议); not the
   * public's opinions deputies collect (representation) */
  /* (not the drafts of a congress above received: 收到宜昌市人大常委会征求
   * 意见的法规草案8件) */
  { "public_comments", "<" CONSULT "|立法|法规草案|法律草案|社会公众&" RECEIVE "&意见建议|意见和建议|意见|建议", "条|件",
    NULL, FALSE, NULL, OWN_COMMENTS "|代表建议|议案|立法项目|立项|立法建议|建议项目|群众|选民|代表|" NOT_BUDGET_DRAFTS "|"
    HIGHER_CONSULTED "|" NATIONAL_CONSULTED },
  { "public_comments", "<" CONSULT "|立法|法规草案|法律草案|社会公众&" RECEIVE, "条|件",
    NULL, FALSE, "意见建议|意见和建议|意见|建议", OWN_COMMENTS "|代表建议|议案|立法项目|立项|立法建议|建议项目|群众|选民|代表|" NOT_BUDGET_DRAFTS "|"
    HIGHER_CONSULTED "|" NATIONAL_CONSULTED },
  /* the public's comments on drafts put out in the sentence's first
   * clause (…草案全文公布征求意见，共收到人民群众提出的意见11543件) */
  { "public_comments", "<草案&<" PUBLISH_DRAFTS "|" CONSULT "&" RECEIVE "&意见", "条|件", NULL, FALSE, NULL,
    OWN_COMMENTS "|代表建议|议案|立法项目|立项|立法建议|建议项目|选民|代表|" STATIONS "|" HIGHER_CONSULTED "|" NATIONAL_CONSULTED "|" NOT_BUDGET_DRAFTS },
  /* the public's comments on drafts published, named in the sentence's
   * first clause (两部条例草案在《团结报》和州人大网站刊登后，群众来信来电
   * 提出意见建议370余条) */
  { "public_comments", "<草案&<刊登|公布|刊发|发布|全文公布&提出|反映&意见建议|意见和建议|意见", "条|件", NULL, FALSE, NULL,
    OWN_COMMENTS "|代表|选民|联系点|" HIGHER_CONSULTED "|" NATIONAL_CONSULTED },
  /* in a section on legislation, the comments received need not say
   * they were on drafts (（二）拓宽民意表达渠道。收到意见建议1800余条) */
  { "public_comments", RECEIVE "&意见建议|意见和建议|意见|建议", "条", NULL, FALSE, NULL,
    OWN_COMMENTS "|代表建议|议案|立法项目|立项|立法建议|建议项目|群众|选民|代表|" STATIONS "|" HIGHER_CONSULTED "|" NATIONAL_CONSULTED },
  /* the comments and the people who gave them, in a sentence about drafts
   * put out for comment (有12.5万人次提出38.7万条意见) */
  { "public_comments", "<" CONSULT "|公开征求意见|草案&提出", "条|件", NULL, FALSE, "意见建议|意见和建议|意见|建议",
    OWN_COMMENTS "|代表建议|议案|代表|群众|选民|" HIGHER_CONSULTED "|" NATIONAL_CONSULTED "|" NOT_BUDGET_DRAFTS },
  /* (有11.2万人次提出意见建议31.6万条; not the comments a congress sent
   * on the drafts of the one above, 提出修改意见86条) */
  { "public_comments", "<" CONSULT "|公开征求意见|草案|开门立法&提出&意见建议|意见和建议|意见|建议", "条", NULL, FALSE, NULL,
    OWN_COMMENTS "|代表建议|议案|代表|群众|选民|修改意见|修改建议|人大常委会提出|常委会提出|" HIGHER_CONSULTED "|" NATIONAL_CONSULTED "|" NOT_BUDGET_DRAFTS },
  /* (the deputies, not their stations where the public came: …，通过基层
   * 立法联系点和代表联络站广泛听取意见，有2300余人次参与) */
#define DEPUTIES_NOT_STATIONS "人大代表|代表参与|代表参加|代表提出|名代表|位代表|组织代表|邀请代表|代表们|各级代表|部分代表|级代表"
  { "public_commenters", "<" CONSULT "|公开征求意见|草案", "人|人次|名|位", NULL, FALSE, "提出|提交|发表",
    "代表|群众|选民|专家" },
  /* the people first, the drafts' consultation they took part in after
   * them (有4.8万人次参与法规草案意见征集, 5200人次参与立法意见征集) */
  { "public_commenters", NULL, "人|人次|名|位", NULL, FALSE,
    "参与|参加&意见征集|征求意见|征集意见|意见征求|立法意见征集", "代表|专家|委员" },
  /* (法规草案公开征求意见，1.2万人次参与) */
  { "public_commenters", "<公开征求意见|向社会征求意见|向社会公开征求意见|全文公布|向社会公布", "人|人次|名|位", NULL, FALSE, "参与|参加",
    DEPUTIES_NOT_STATIONS "|群众|选民|专家" },
  /* the comments adopted, after those collected (征集意见建议420条，其中
   * 被采纳38条); not the deputies' suggestions adopted */
  { "public_comments_adopted", "<" COLLECT "|" CONSULT "|" RECEIVE "|立法|草案|社会公众&采纳|被采纳|吸收采纳|采纳吸收|吸收了|吸收|吸纳", "条|件",
    NULL, FALSE, NULL, "代表|议案" },
  { "public_comments_adopted", "<" COLLECT "|" CONSULT "|" RECEIVE "|立法|草案|社会公众", "条|件",
    NULL, FALSE, "被采纳|采纳|吸收采纳|被吸收|被不同程度吸收|得到体现|吸纳", "代表|议案" },
  /* (…taken up by the law: 收集群众意见建议1300多条，其中37条被法规吸收) */
  { "public_comments_adopted", "<" COLLECT "|" CONSULT "|" RECEIVE "|立法|草案|社会公众", "条|件",
    NULL, FALSE, "被&吸收|吸纳|采纳", "代表|议案" },
  /* the drafts put out for comment (全年有15件法律草案公开征求意见, 将
   * 15件法规草案向社会公开征求意见, 公开征求意见的法规草案15件) */
  /* draft laws consulted on below the NPC, not put out for comment (全年
   * 对27部法律草案征求意见 in a district's report): the NPC's (in its own
   * report, drafts it published; see tally_write_domain ()) */
  /* draft regulations the congress commented on, named (对《…条例（草
   * 案）》等7件法规草案提出修改意见): the congress above's; not the
   * cities' it approves (with 为, the congress above named: see below) */
  { "higher_drafts_commented", "对|就", "件|部|项|个", NULL, FALSE,
    "法规草案|地方性法规草案&提出修改意见|提出意见|反馈意见|反馈修改意见|提出意见建议",
    "全国人大|全国人民代表大会|法律草案|报批|设区的市|设区市|市州|联系点|" HIGHER_DRAFTS "|" HIGHER_CONSULTED },
  /* the consultations taken on for the congress above (承接省人大常委会法
   * 规草案征求意见13件) */
  { "higher_drafts_commented", "承接|承担&法规草案|草案&征求意见|意见征集|意见征询", "件|部|项|个", NULL, FALSE, NULL,
    "全国人大|全国人民代表大会|法律草案|国家法律" },
  { "national_drafts_commented", "法律草案&" CONSULT, "件|部|项|个", NULL, FALSE, NULL,
    "公开征求意见|向社会|社会公众|网上|人大网|收到|意见建议|条" },
  { "national_drafts_commented", NULL, "件|部|项|个", NULL, FALSE, "法律草案&" CONSULT,
    "公开征求意见|向社会|社会公众|网上|人大网|收到|意见建议|条" },
  { "drafts_published", CONSULT "&" DRAFTS, "件|部|项|个|件次", NULL, FALSE, NULL,
    "收到|意见建议|条|联系点|参与|" NOT_OWN_DRAFTS },
  { "drafts_published", NULL, "件|部|项|个|件次", NULL, FALSE, DRAFTS "&" CONSULT,
    "收到|意见建议|就省人大常委会|就自治区人大常委会|联系点|参与|国家、省|" NOT_OWN_DRAFTS },
  /* (公布单行条例草案3件; 将法规草案3件向社会公开征求意见: the count after
   * the drafts) */
  { "drafts_published", PUBLISH_DRAFTS "&" DRAFTS, "件|部|项|个|件次", NULL, FALSE, NULL,
    "收到|意见建议|" NOT_OWN_DRAFTS },
  { "drafts_published", DRAFTS, "件|部|项|个|件次", NULL, FALSE, "向社会公开征求意见|向社会征求意见|公开征求意见",
    "收到|意见建议|审议|初审|一审|二审|三审|" NOT_OWN_DRAFTS },
  /* (法规草案通过门户网站全文公布15件, 将12件法规草案向社会全文公布) */
  { "drafts_published", DRAFTS "&" PUBLISH_DRAFTS, "件|部|项|个|件次", NULL, FALSE, NULL, "收到|意见建议|条|" NOT_OWN_DRAFTS },
  /* (the drafts for comment published, named so: 公布征求意见稿6件) */
  { "drafts_published", PUBLISH_DRAFTS "&征求意见稿", "件|部|项|个", NULL, FALSE, NULL, "收到|意见建议|条|" NOT_OWN_DRAFTS },
  /* (the consultations counted first, then the drafts they took in:
   * 公开征求意见11次，涉及法规草案10件) */
  { "drafts_published", "<公开征求意见|向社会征求意见|向社会公开征求意见|公开征集意见&涉及|包括&" DRAFTS, "件|部|项|个", NULL, FALSE, NULL,
    "收到|意见建议|条|" NOT_OWN_DRAFTS },
  { "drafts_published", NULL, "件|部|项|个|件次", NULL, FALSE, DRAFTS "&" PUBLISH_DRAFTS, "收到|意见建议|" NOT_OWN_DRAFTS },
  { "higher_drafts_commented", HIGHER_CONSULTED "&" DRAFTS, "件|部|项|个", NULL, FALSE, NULL, ALSO_NATIONAL },
  { "higher_drafts_commented", "对|就&" HIGHER_COMMITTEE_CONSULTED "&" DRAFTS, "件|部|项|个", NULL, FALSE, NULL, ALSO_NATIONAL },
  /* (the drafts received for comment, said as the draft's paper: 收到市人
   * 大常委会法规草案征求意见稿９件) */
  { "higher_drafts_commented", "收到|接收|承接|发来|送来|转来&征求意见稿", "件|部|项|个", NULL, FALSE, NULL, ALSO_NATIONAL },
  /* the drafts sent down by the congresses above (省、市人大常委会交来的12
   * 件法规草案; 省人大常委会先后发来法规草案征求意见稿7件) */
  { "higher_drafts_commented", "发来|送来|转来|交来&法规草案|条例草案|草案", "件|部|项|个", NULL, FALSE, NULL,
    ALSO_NATIONAL "|全国人大|法律草案" },
  { "higher_drafts_commented", "发来|送来|转来|交来", "件|部|项|个", NULL, FALSE, "法规草案|条例草案|草案|征求意见稿",
    ALSO_NATIONAL "|全国人大|法律草案" },
  /* (…the NPC's laws sent: 全国人大常委会发来的民法典草案等十四件法律草案) */
  { "national_drafts_commented", "全国人大常委会|全国人大|全国人民代表大会常务委员会&发来|送来|转来|交来", "件|部|项|个", NULL,
    FALSE, "法律草案|征求意见稿", NULL },
  /* (…the drafts named before the count: 全国人大常委会发来的…等法律草案15
   * 部，及时反馈修改意见) */
  { "national_drafts_commented", "全国人大常委会|全国人大|全国人民代表大会常务委员会&发来|送来|转来|交来&法律草案",
    "件|部|项|个", NULL, FALSE, NULL, NULL },
  /* (…or the consultation on them taken part in: 参与了…等十一件法规草案
   * 的意见征集工作) */
  { "higher_drafts_commented", "参与|参与了|参加", "件|部|项|个", NULL, FALSE, DRAFTS "&意见征集|征求意见|意见征询",
    ALSO_NATIONAL },
  /* drafts the congress commented on, the body consulting it unnamed (对征
   * 求意见的法规草案14件提出修改意见): not its own, which it does not comment
   * on, nor the cities' it approves */
  { "higher_drafts_commented", CONSULT "&法规草案|地方性法规草案", "件|部|项|个", NULL, FALSE,
    "提出修改意见|提出意见|反馈意见|反馈修改意见|提出意见建议",
    "全国人大|全国人民代表大会|法律草案|设区的市|设区市|市州|" HIGHER_DRAFTS "|" HIGHER_CONSULTED },
  { "higher_drafts_commented", HIGHER_CONSULTED, "件|部|项|个", NULL, FALSE, DRAFTS, ALSO_NATIONAL },
  /* the drafts of the congress above, the reporting one named as whom
   * it consulted (省人大常委会先后就12件法规草案征求我市意见) */
  { "higher_drafts_commented", NULL, "件|部|项|个", NULL, FALSE,
    "法规草案|条例草案|草案&征求我市|征求我县|征求我区|征求我州|征求我旗|征求我盟", "法律草案" },
  { "national_drafts_commented", NULL, "件|部|项|个", NULL, FALSE, "法律草案&征求我省|征求我区|征求我市", NULL },
  /* the count before the drafts of the congress above (就11件省人大常委会
   * 法规草案征求意见), or after it (就省人大常委会9件法规草案征求意见) */
  { "higher_drafts_commented", NULL, "件|部|项|个", NULL, FALSE, "省人大常委会法规草案|自治区人大常委会法规草案", NULL },
  /* (…named by their level, in a list after the NPC's: 对29部法律草案、41件
   * 省地方性法规草案征求意见) */
  { "higher_drafts_commented", NULL, "件|部|项|个", NULL, FALSE, LEVEL_DRAFTS, NULL },
  /* (the NPC's drafts first in such a list, the consultation said after
   * its last item) */
  { "national_drafts_commented", NULL, "件|部|项|个", NULL, FALSE, "法律草案&$" CONSULT "|$提出意见|$提出修改意见",
    "公开征求意见|向社会|社会公众|网上|人大网|收到|意见建议|条" },
  /* (a city's drafts consulted on, 就 said: a district's or county's,
   * 就…等十五件市人大常委会法规草案征求意见; not a city's own drafts put
   * out, 12件市人大常委会法规草案向社会公开征求意见) */
  { "higher_drafts_commented", "就|对", "件|部|项|个", NULL, FALSE,
    "市人大常委会法规草案|州人大常委会法规草案&征求意见|提出意见|提出修改意见", "向社会|公开征求|设区的市|报批|批准" },
  { "higher_drafts_commented", "就省人大常委会|就自治区人大常委会|对省人大常委会|对自治区人大常委会|为省人大常委会|为自治区人大常委会|"
    "承接省人大常委会|承接自治区人大常委会|"
    "完成省人大常委会|完成自治区人大常委会|完成市人大常委会",
    "件|部|项|个", NULL, FALSE, DRAFTS, NULL },
  /* the NPC's draft laws the congress was consulted on (配合全国人大常委
   * 会开展法律草案征求意见工作（9部）; 对全国人大常委会征求意见的12部法
   * 律草案提出修改意见): not drafts of its own */
  { "national_drafts_commented", "全国人大|全国人民代表大会&法律草案|法律案&" CONSULT "|征求意见|意见",
    "件|部|项|个", NULL, FALSE, NULL, NULL },
  { "national_drafts_commented", "全国人大|全国人民代表大会", "件|部|项|个", NULL, FALSE,
    "法律草案|法律案&征求意见|修改意见|意见建议|意见", NULL },
  /* (…sent for comment, the drafts after the count: 对全国人大常委会交来征
   * 求意见的62部法律草案逐一研究，认真提出修改意见) */
  { "national_drafts_commented", "全国人大|全国人民代表大会&征求意见|交来|转来|送来", "件|部|项|个", NULL, FALSE,
    "法律草案|法律案", "公开征求意见|向社会|社会公众|网上|人大网" },
  /* the consultation named in the sentence's first clause, the drafts
   * after the count (对全国人大常委会征求意见的9部法律草案，提出了修改意
   * 见; 办理省人大常委会征求意见工作，就9件法规草案提出修改意见) */
  /* (not a later clause's own consultation: …，对省人大常委会和泉州市人大
   * 常委会征求意见的12件法规草案提出修改意见) */
  { "national_drafts_commented", "<" NATIONAL_CONSULTED, "件|部|项|个", NULL, FALSE, DRAFTS, HIGHER_CONSULTED },
  /* or the drafts before it, in a later clause (…征求意见的法律草案提出修
   * 改意见，共涉及法律草案86部) */
  { "national_drafts_commented", "<" NATIONAL_CONSULTED "&法律草案", "件|部", NULL, FALSE, NULL, HIGHER_CONSULTED },
  /* (…the drafts named in the sentence's first clause, the count with
   * 对 and the comments after it: 对全国人大常委会征求意见的法律草案，共对21
   * 件提出意见) */
  { "national_drafts_commented", "<" NATIONAL_CONSULTED "&对", "件|部", NULL, FALSE,
    "提出意见|提出修改意见|反馈意见|提出了意见|提出了修改意见|反馈修改意见", HIGHER_CONSULTED },
  /* draft laws, the NPC's, commented on by a lower congress (就…等12件
   * 法律草案反馈修改意见) */
  { "national_drafts_commented", NULL, "件|部", NULL, FALSE, "法律草案&反馈|提出&修改意见|意见", NULL },
  { "higher_drafts_commented", "<" HIGHER_CONSULTED, "件|部|项|个", NULL, FALSE, DRAFTS, ALSO_NATIONAL },
  /* a lower congress serving as a contact point of the one above,
   * named in the sentence's first clause (作为泉州市人大常委会基层立法联系
   * 点，全年就9件法规草案征求意见): the drafts are that congress's (the
   * NPC's draft laws are national_drafts_commented) */
  { "higher_drafts_commented", "<作为&<基层立法联系点|立法联系点", "件|部|项|个", NULL, FALSE, DRAFTS "&" CONSULT,
    ALSO_NATIONAL "|法律草案|法律案" },
  /* the consultations named first, then their drafts by kind (承接市人大
   * 常委会征求意见任务共21件，其中国家法律草案9件、市地方性法规草案12件):
   * the laws the NPC's, the regulations the congress's above */
  { "national_drafts_commented", "<" HIGHER_CONSULTED "&国家法律草案|法律草案", "件|部|项|个", NULL, FALSE, NULL, NULL },
  { "higher_drafts_commented", "<" HIGHER_CONSULTED "&法规草案|地方性法规草案|市级法规草案", "件|部|项|个", NULL, FALSE, NULL,
    "法律草案" },
  /* the times drafts were put out for comment */
  { "public_consultations", CONSULT, "次|轮|批|批次",
    NULL, FALSE, NULL, "代表|人次" },
  /* the count before the verb (先后19次在人大网公开征求意见); not a
   * committee's opinion asked (3次向全国人大外事委征求意见) */
  { "public_consultations", NULL, "次|轮|批|批次", NULL, FALSE,
    "公开征求意见|向社会征求意见|向社会公开征求意见|公开征集意见|网上征求意见|征求社会各界意见|征求社会意见",
    "代表|人次|意见建议" },
  /* (…with where and what in between: 十一次在省人大网站公开征求社会公众
   * 对法规草案的意见; the drafts named first, 法规草案通过…网站向社会公布十
   * 二次) */
  { "public_consultations", NULL, "次|轮|批|批次", NULL, FALSE, "公开征求|向社会征求|网上征求&草案", "代表|人次|意见建议" },
  { "public_consultations", "草案&" PUBLISH_DRAFTS, "次|轮|批|批次", NULL, FALSE, NULL, "代表|人次|意见建议|" NOT_OWN_DRAFTS },
  /* the meetings held on drafts (开展立法调研46次，召开座谈会、论证会、
   * 听证会38场; 举行立法听证会2次): the sentence says it is about laws
   * (座谈会 alone may be any part of the work) */
  /* (not an inspection's: 检查组分赴14个市州，召开座谈会23次; nor firms'
   * meetings, though firms may be where they were held: 深入村社、企业和
   * 学校召开立法征求意见座谈会11场) */
  { "consultation_meetings", "<立法|草案|法规案|法律案|修订工作|修改工作|起草工作|起草|过程中&座谈会|论证会|听证会|协调会|咨询会|评估会",
    "次|场|场次|个",
    NULL, FALSE, NULL, "代表座谈会|代表小组|代表之家|代表联络站|代表活动|人次|" NOT_CONSULTATION_FIRMS "|" NOT_CONSULTATION_REVIEW "|" NOT_CONSULTATIONS },
  { "consultation_meetings", "<立法|草案|法规案|法律案", "次|场|场次|个", NULL, FALSE,
    "座谈会|论证会|听证会|协调会|咨询会|评估会", "代表座谈会|代表小组|代表之家|代表联络站|代表活动|人次|" NOT_CONSULTATION_FIRMS "|" NOT_CONSULTATION_REVIEW "|" NOT_CONSULTATIONS },
  /* hearings and expert panels, which a section on legislation holds on
   * its drafts whatever the sentence says they are on (就…等重点法规召开论
   * 证会、听证会15次; 召开听证会2次) */
  /* (…the count before them: 先后组织13场立法座谈会和论证会) */
  { "consultation_meetings", "组织|召开|举行|举办", "次|场|场次", NULL, FALSE,
    "立法座谈会|立法论证会|立法听证会|论证会|听证会", "代表|人次|" NOT_CONSULTATION_FIRMS "|" NOT_CONSULTATION_REVIEW "|" NOT_CONSULTATIONS },
  { "consultation_meetings", "论证会|听证会", "次|场|场次|个", NULL, FALSE, NULL,
    "代表|人次|" NOT_CONSULTATION_FIRMS "|" NOT_CONSULTATION_REVIEW "|" NOT_CONSULTATIONS },
  /* the meetings of a list closed by 等, its heads named (召开企业家座谈会、专
   * 家论证会等各类会议14场) */
  { "consultation_meetings", "<立法|草案|法规案|法律案&座谈会|论证会|听证会&等各类会议|等会议|等各种会议", "次|场|场次|个",
    NULL, FALSE, NULL, "代表|人次|" NOT_CONSULTATION_REVIEW "|" NOT_CONSULTATIONS },
  /* (立法协商: the consultations on drafts with the political
   * consultative conference and others, 开展立法协商12次) */
  { "consultation_meetings", "立法座谈会|立法论证会|立法听证会|立法协调会|立法协商|立法意见征求会|意见征求会|征求意见会|立法意见征询会|意见征询会",
    "次|场|场次|个", NULL, TRUE, NULL,
    "人次" },
  /* the year's legislative plan carried out, in its projects (完成年度立
   * 法计划项目26件, 年度立法计划确定的32件立法项目全部完成); not what the
   * plan sets out (立法计划安排审议项目25件) nor its research projects */
  { "plan_projects_completed", "完成|全部完成|圆满完成|如期完成&立法计划|立法工作计划", "件|项|部|个", NULL, FALSE, NULL,
    PLAN_NOT_DONE },
  /* (not the projects set out, the ones done counted after them: 立法计划
   * 安排的十八个审议项目已完成十六个; 确定的26件正式项目中完成25件) */
  /* (…done said as passed, 年度立法计划确定的4件正式项目全部提请审议并
   * 通过; not only put before the committee, 全部提请审议) */
  { "plan_projects_completed", "立法计划|立法工作计划", "件|项|部|个", NULL, FALSE,
    "完成|全部完成|圆满完成|如期完成|审议完毕|提请审议并通过|全部审议通过|均已审议通过",
    PLAN_NOT_DONE "|项目已完成|中完成|中已完成|项目完成了|项目完成" },
  /* (…the plan said short, its projects named: 年度计划确定的3个审议项目
   * 全部按期完成; not the government's plan's work, 年度计划确定的30项重点
   * 工作) */
  { "plan_projects_completed", "年度计划", "件|项|部|个", NULL, FALSE,
    "审议项目|立法项目|正式项目&完成|全部完成|圆满完成|如期完成|按期完成|审议完毕|提请审议并通过", PLAN_NOT_DONE },
  /* the plan named in the clause before (立法计划的18件项目，完成17件) */
  { "plan_projects_completed", "<立法计划|立法工作计划&完成|已完成|共完成", "件|项|部|个", NULL, FALSE, NULL, PLAN_NOT_DONE },
  /* the research done on drafts and plans (开展立法调研46次) */
  { "investigations", "立法调研|立法专题调研|立法专项调研", "次|项|场|场次|批|批次", NULL, TRUE, NULL, "人次|代表建议|代表议案" },
  { "investigations", NULL, "次|项|场|场次|批|批次", NULL, TRUE, "立法调研", "人次|代表" },
  /* (the laws named in the sentence's first clause, in a section on
   * legislation: 围绕重点立法项目，就…深入市县开展调研二十余次) */
  { "investigations", "<立法|法规|草案|条例&开展调研|深入调研|实地调研|调研", "次|场|场次|批|批次", NULL, FALSE, NULL,
    "人次|代表|执法检查|视察|监督|评估" },
  /* the points set up in the year (新设, 设立), and all there are (a
   * stock, see the domain's stocks); not the points
   * something was done through (通过26个基层立法联系点收集意见) */
  { "legislative_contact_points_added", "^" CONTACT_SET_UP "&立法联系点|基层立法联系点",
    "个|家|处", NULL, FALSE, NULL, CONTACT_STOCK "|采集点" },
  { "legislative_contact_points_added", CONTACT_SET_UP, "个|家|处", NULL, FALSE,
    "立法联系点|基层立法联系点", CONTACT_STOCK "|采集点" },
  /* the points named once, for all there are and the new ones (设立基层
   * 立法联系点27个，本年新增6个) */
  /* (…described as new: 其中2021年新设立的5个) */
  { "legislative_contact_points_added", "<立法联系点|基层立法联系点&新增|新建|新设|新成立|新挂牌", "个|家|处", NULL, FALSE, NULL,
    CONTACT_TOTAL "|采集点" },
  /* (…the new ones counted before their verb: 基层立法联系点已扩容到18个，
   * 其中3个为今年新设) */
  { "legislative_contact_points_added", "<立法联系点|基层立法联系点", "个|家|处", NULL, FALSE,
    "新设|新增|新建|新设立|新成立|新挂牌|新确定", CONTACT_TOTAL "|采集点" },
  /* (the new ones of the years said, 累计新设: 本届以来，累计新设基层立法
   * 联系点9个，总数达到27个) */
  { "legislative_contact_points_added", "累计新设|累计新增|累计新建|累计增设|共新设|共新增|共新建&立法联系点|基层立法联系点",
    "个|家|处", NULL, FALSE, NULL, "共有|总数|总量|达到|已达|现有|采集点" },
  /* built in the year said (全年建立基层立法联系点4个) */
  { "legislative_contact_points_added", "<" THIS_YEAR "&建立|建成|建设&立法联系点|基层立法联系点",
    "个|家|处", NULL, FALSE, NULL, CONTACT_STOCK "|采集点" },
  { "legislative_contact_points", "立法联系点|基层立法联系点", "个|家|处", NULL, FALSE, NULL, CONTACT_THROUGH "|采集点" },
  /* all there are, after the new ones (新增基层立法联系点3个，总数增加到
   * 31个; 基层立法联系点新增5个，已达22个) */
  { "legislative_contact_points", "^立法联系点|基层立法联系点&总数|总量|增加到|增至|达到|累计|共有|已达|已有",
    "个|家|处", NULL, FALSE, NULL, CONTACT_THROUGH },
  /* (the points said short, in a section on legislation, what they grew
   * to: 全市联系点扩充至25个; 全州联系点已有16个) */
  { "legislative_contact_points", "联系点&扩充至|扩容至|扩大到|扩容到|增加到|增至|总数达到|总数达|已有|已达|共有|达到",
    "个|家|处", NULL, FALSE, NULL, CONTACT_THROUGH "|代表|联络站|采集点" },
  /* (…what there is now, said short or in a clause of its own after the
   * points: 现有联系点共20个; 基层立法联系点从无到有，目前已达8个; …去年
   * 增加7个，目前已有45个) */
  { "legislative_contact_points", "现有联系点|目前联系点|联系点总数", "个|家|处", NULL, FALSE, NULL,
    CONTACT_THROUGH "|代表|联络站|采集点" },
  { "legislative_contact_points", "<立法联系点|基层立法联系点&目前已达|目前已有|目前共有|现已达|现有|目前有",
    "个|家|处", NULL, FALSE, NULL, CONTACT_THROUGH "|代表|联络站|采集点" },
  /* (新增设12个基层立法联系点，联系点总数达到22个) */
  { "legislative_contact_points", "<立法联系点|基层立法联系点&总数|总量|增加到|增至|累计",
    "个|家|处", NULL, FALSE, NULL, CONTACT_THROUGH },
  /* (not the congresses that collected through them: 十六个区人大常委会共
   * 收集基层立法联系点意见) */
  { "legislative_contact_points", NULL, "个|家|处", NULL, FALSE, "立法联系点|基层立法联系点",
    CONTACT_THROUGH "|人大常委会|常委会|人大" },

  /* how laws in force work, evaluated (开展立法后评估3项, 对12部法规开展
   * 立法后评估: the laws evaluated) */
  { "post_legislative_evaluations", "立法后评估|立法评估|立法质量评估", EVALUATION_UNITS, NULL, FALSE, NULL,
    NOT_EVALUATIONS },
  { "post_legislative_evaluations", NULL, EVALUATION_UNITS, NULL, FALSE, "立法后评估|立法评估|立法质量评估",
    NOT_EVALUATIONS },
  /* the laws evaluated, in a clause after the evaluations (开展立法后评估2
   * 次，评估法规3件) */
  { "post_legislative_evaluations", "<立法后评估|立法评估|立法质量评估&评估&法规|法律|条例", "件|部|项", NULL, FALSE, NULL,
    NOT_EVALUATIONS },

  /* the laws in force a clean-up went through (开展法规集中清理，共清理
   * 地方性法规46件; 对现行有效的132件法规进行全面清理); not what it found
   * to change (清理出需修改的法规17件), nor the documents of the filing
   * review (清理规范性文件325件) */
  { "cleaned_up", "清理|全面清理|集中清理|专项清理|清理了&" CLEANED, COUNT_UNITS, NULL, FALSE, NULL, NOT_CLEANED_UP },
  { "cleaned_up", CLEANED, COUNT_UNITS, NULL, FALSE, CLEANING, NOT_CLEANED_UP },
  { "cleaned_up", NULL, COUNT_UNITS, NULL, FALSE, CLEANED "&" CLEANING, NOT_CLEANED_UP },
  /* a clean-up said as a review of the laws in force (共梳理现行有效法规
   * 95件) */
  { "cleaned_up", "梳理&现行有效|现行&" CLEANED, COUNT_UNITS, NULL, FALSE, NULL, NOT_CLEANED_UP },
  /* the clean-up named in the sentence's first clause (对现行有效的省级法
   * 规开展专项清理，共清理187件; …法规专项清理，涉及法规37件), when it
   * names laws there (not 对…出台的规范性文件开展集中清理，共清理89件) */
  { "cleaned_up", "<" CLEANED "&<清理&清理|涉及", COUNT_UNITS, NULL, FALSE, NULL, NOT_CLEANED_UP "|修改|废止" },
  /* (…the laws gone through said after the count, with the review that
   * the clean-up is: 开展全面法规清理，对现行有效的216件地方性法规逐件进行
   * 审查) */
  { "cleaned_up", "<清理&现行有效|现行", COUNT_UNITS, NULL, FALSE, CLEANED "&逐件进行审查|逐件审查|进行审查|逐件进行了审查",
    NOT_CLEANED_UP "|修改|废止" },
};

const TallyDomain tally_domain_legislation = {
  "legislation",
  "legislation",
  legislation_rules,
  G_N_ELEMENTS (legislation_rules),
  /* a government's rules and regulations are no legislation of the
   * congress */
  "*",
  /* the contact points there are, set up over the years */
  "legislative_contact_points",
};

/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/* Tests of baogao_repair_print_layout(): joining lines a print layout broke,
 * removing print markers, mapping offsets back. The fixtures are written for
 * these tests in the styles of several provinces' reports. */

#include <string.h>

#include <glib.h>

#include "baogao-repair-private.h"

typedef struct
{
  const char *name;
  const char *input;
  const char *expected;
  guint       n_joins;     /* JOIN_LINES records */
  guint       n_markers;   /* PRINT_MARKER records */
  guint       n_spaces;    /* SPACE records */
} Case;

static const Case cases[] = {
  /* a web copy's stray spaces, in the body only */
  { "stray-space",
    "某某市人民代表大会常务委员会工作报告\n——2024年1月在第十七届人民代表大会第三次会议上\n市人大常委会主任 张三\n\n"
    "各位代表：\n\n全年开展专 题询问 2 次，任 免国家机关工作人员 52 人次。\n",
    "某某市人民代表大会常务委员会工作报告\n——2024年1月在第十七届人民代表大会第三次会议上\n市人大常委会主任 张三\n\n"
    "各位代表：\n\n全年开展专题询问 2 次，任免国家机关工作人员 52 人次。\n",
    0, 0, 2 },
  /* …and where the text opens with 各位代表, indented */
  { "stray-space-indented-opening",
    "　　各位代表：\n\n全年开展专 题询问2次。\n",
    "　　各位代表：\n\n全年开展专题询问2次。\n",
    0, 0, 1 },
  /* a space that sets two phrases apart, in a title, a quote or a
   * heading, stays */
  { "phrase-space",
    "各位代表：\n\n一、坚持人民至上 加强立法工作\n\n作了题为《坚持守正创新 推动高质量发展》的报告，开展“学思想 强党性”活动。\n",
    NULL, 0, 0, 0 },
  /* a line spaced out character by character loses all its spaces but
   * those between Latin letters, those of its marker too (一 是, 一 、:
   * a marker spaced out opens a paragraph all the same) */
  { "spaced-out",
    "各位代表：\n\n制 定 地 方 性 法 规 1 0 件 ， 修 改 5 件 ， 推 动 Open Data 建 设 。\n",
    "各位代表：\n\n制定地方性法规10件，修改5件，推动Open Data建设。\n",
    0, 0, 21 },
  { "spaced-out-item",
    "各位代表：\n\n一 是 制 定 地 方 性 法 规 1 0 件 ， 修 改 5 件 。\n",
    "各位代表：\n\n一是制定地方性法规10件，修改5件。\n",
    0, 0, 17 },
  /* …and so does a heading spaced out, which ends no sentence: its
   * spaces decide none of its joins */
  { "spaced-out-unended",
    "各位代表：\n\n一 、 坚 持 立 法 为 民 加 强 立 法 工 作\n\n全年制定法规10件。\n",
    "各位代表：\n\n一、坚持立法为民加强立法工作\n\n全年制定法规10件。\n",
    0, 0, 13 },
  /* (a number spaced out as a marker, 十 一 、, and a year in the
   * heading) */
  { "spaced-out-heading-numbers",
    "各位代表：\n\n十 一 、 2024 年 工 作 回 顾\n\n全年制定法规10件。\n",
    "各位代表：\n\n十一、2024年工作回顾\n\n全年制定法规10件。\n",
    0, 0, 8 },
  /* a heading spaced out in text a PDF wrapped at a fixed width, as wide
   * as its wrapped lines once spaced out: not joined to the line before
   * (it opens a paragraph) nor to the line after (it is a heading) */
  { "spaced-out-heading-in-wrapped-text",
    "各位代表：\n"
    "依法接受代表辞职，补选市人大代表三名，组织\n"
    "宪法宣誓五次，三十四名国家工作人员参加宣誓\n"
    "，进一步增强了国家工作人员的宪法意识和法治\n"
    "观念，推动形成尊崇宪法、学习宪法、遵守宪法\n"
    "的良好氛围。\n"
    "（ 四 ） 加 强 自 身 建 设 ， 提 升 履 职\n"
    "组织集体学法五次，制定修订制度规范十二项，\n"
    "常委会履职的制度化、规范化水平进一步提升，\n"
    "加强人大宣传工作，在各级媒体发表稿件九十六\n"
    "篇，报送信息一百二十条，被采用四十八条，人\n"
    "大工作的社会影响力和群众知晓度不断提升。\n",
    "各位代表：\n"
    "依法接受代表辞职，补选市人大代表三名，组织宪法宣誓五次，三十四名国家工作人员参加宣誓，进一步增强了国家工作人员的宪法意识和法治"
    "观念，推动形成尊崇宪法、学习宪法、遵守宪法的良好氛围。\n"
    "（四）加强自身建设，提升履职\n"
    "组织集体学法五次，制定修订制度规范十二项，常委会履职的制度化、规范化水平进一步提升，加强人大宣传工作，在各级媒体发表稿件九十六"
    "篇，报送信息一百二十条，被采用四十八条，人大工作的社会影响力和群众知晓度不断提升。\n",
    8, 0, 13 },
  /* a quote closed inside a sentence ends no line (通过“第一议题”⏎学习),
   * one closed after a full stop does */
  { "quote-closed-mid-sentence",
    "各位代表：\n\n坚持“第一议题”制度，通过“第一议题”\n学习重要讲话精神38次。他说：“要加强立法。”\n全年制定法规10件。\n",
    "各位代表：\n\n坚持“第一议题”制度，通过“第一议题”学习重要讲话精神38次。他说：“要加强立法。”\n全年制定法规10件。\n",
    1, 0, 0 },
  /* an address that opens a paragraph (各位代表，…) and an item marked
   * ① that goes on past a comma are no headings: their lines join */
  { "address-and-circled-item-wrapped",
    "各位代表：\n\n①制定《某某省土壤污染防治条例》，为打好\n净土保卫战提供法治保障。\n"
    "各位代表，一年来常委会工作取得的成绩，是全\n体代表共同努力的结果。\n①立法工作\n全年制定法规10件。\n",
    "各位代表：\n\n①制定《某某省土壤污染防治条例》，为打好净土保卫战提供法治保障。\n"
    "各位代表，一年来常委会工作取得的成绩，是全体代表共同努力的结果。\n①立法工作\n全年制定法规10件。\n",
    2, 0, 0 },
  /* a space beside a number stays, full-width too */
  { "space-beside-digits",
    "各位代表：\n\n全年，常委会开展执法检查 ４次，专题询问 2 次。\n",
    NULL, 0, 0, 0 },
  /* the heading of an appendix, a table of figures, stands apart from
   * the table's first row */
  { "appendix-heading",
    "各位代表：\n\n让我们携手奋进。\n\n附表：2023年常委会主要工作数据\n序号　项目　数量\n",
    NULL, 0, 0, 0 },
  /* …but a wrapped paragraph that opens with 附件 joins as any other */
  { "appendix-paragraph",
    "各位代表：\n\n附件所列的各项数据均经统计部门逐项核实，全年审议法规草案2\n件。\n",
    "各位代表：\n\n附件所列的各项数据均经统计部门逐项核实，全年审议法规草案2件。\n", 1, 0, 0 },
  /* no title block found: nothing is taken for a body */
  { "spaces-without-title-block",
    "全年开展专 题询问2次。\n",
    NULL, 0, 0, 0 },
  { "mid-word",
    "一年来，常委会坚持问题导向，督促财政部门加大资\n金投入，全年安排专项资金3.2亿元。\n",
    "一年来，常委会坚持问题导向，督促财政部门加大资金投入，全年安排专项资金3.2亿元。\n",
    1, 0 },
  { "blank-line",
    "坚持正确选人用人导向，依法任免国家机关工作人\n\n员412人，组织宪法宣誓97人，补选省人大代表12名。\n\n二是加强代表工作。",
    "坚持正确选人用人导向，依法任免国家机关工作人员412人，组织宪法宣誓97人，补选省人大代表12名。\n\n二是加强代表工作。",
    1, 0 },
  { "marker-lines",
    "围绕长江大保护开展执法检查，督促沿江各市县落实河长制，推进生态文明建\n\n(下转第五版)\n\n（上接第四版）\n\n设，促进经济社会可持续发展。",
    "围绕长江大保护开展执法检查，督促沿江各市县落实河长制，推进生态文明建设，促进经济社会可持续发展。",
    3, 2 },
  { "marker-glued-end",
    "举办全省立法工作人员培训班，提高立法队伍业务素质和能力。(下转第五版)",
    "举办全省立法工作人员培训班，提高立法队伍业务素质和能力。",
    0, 1 },
  { "marker-glued-break",
    "省人大常委会聚焦乡村振兴，组织开展专题询问，推动政府有关部门加大资（下转第2版）\n\n（上接第1版）金投入，补齐农村基础设施短板。",
    "省人大常委会聚焦乡村振兴，组织开展专题询问，推动政府有关部门加大资金投入，补齐农村基础设施短板。",
    1, 2 },
  { "marker-kept-break",
    "全年审议法规草案23件。\n\n(转第2版)\n\n二、依法监督",
    "全年审议法规草案23件。\n\n\n\n二、依法监督",
    0, 1 },
  { "heading",
    "一、坚持党的全面领导，着力提升政治能力\n\n常委会坚持以习近平新时代中国特色社会主义思想为指导。",
    NULL, 0, 0 },
  { "heading-unmarked",
    "过去一年的主要工作\n\n2023年是全面贯彻党的二十大精神的开局之年。",
    NULL, 0, 0 },
  { "heading-long-marked",
    "一、深入学习贯彻习近平新时代中国特色社会主义思想和党的二十大精神，坚持党对人大工作的全面领导\n\n常委会始终把坚持党的全面领导作为根本政治原则。",
    NULL, 0, 0 },
  { "heading-item",
    "（二）聚焦高质量发展，加强经济工作监督\n\n听取审议计划执行情况报告。",
    NULL, 0, 0 },
  /* a marked line is no heading when it ends with a number whose unit
   * opens the next line, or states a count itself (a PDF copy's wraps) */
  { "marked-number-then-unit",
    "（一）全年听取审议市政府专项工作报告13项,开展专题询问1\n次,对其中6个专项工作报告开展满意度测评。",
    "（一）全年听取审议市政府专项工作报告13项,开展专题询问1次,对其中6个专项工作报告开展满意度测评。",
    1, 0 },
  { "marked-line-with-count",
    "（二）持续推进代表之家、代表联络站建设,全年新建42个,全市代表之家、站总\n数达到1056个。",
    "（二）持续推进代表之家、代表联络站建设,全年新建42个,全市代表之家、站总数达到1056个。",
    1, 0 },
  /* the lines of a box of figures stand apart, with a colon or a space
   * before their counts */
  { "figure-lines",
    "数说2024\n召开常委会会议：9次\n制定地方性法规：8件\n开展执法检查 6次\n作出决议决定 11项\n\n一、立法工作",
    NULL, 0, 0 },
  /* and so do lines of a count first, a dash and its name */
  { "figure-lines-count-first",
    "12件——全年制定的地方性法规\n51件——审查批准的设区的市法规\n",
    NULL, 0, 0 },
  /* a table's rows, their cells apart by tabs, stand apart too */
  { "table-rows",
    "项目\t数量\t备注\n召开常委会会议\t7次\t第二次至第八次会议\n召开主任会议\t16次\n",
    NULL, 0, 0 },
  { "heading-item-then-count",
    "（三）加强代表工作\n\n10个代表小组开展活动。",
    NULL, 0, 0 },
  { "sentence-end",
    "常委会组成人员认真审议，提出意见建议56条。\n\n同时，委托第三方开展立法后评估。\n\n各项工作取得新进展！\n\n代表们普遍反映良好",
    NULL, 0, 0 },
  { "next-paragraph-marker",
    "开展专题调研，推动解决群众急难愁盼问题，不断加大资\n\n二是加强预算审查监督。\n\n"
    "持续推进人大预算联网监督系统建设，推动形成全口径审查、全过程监管的预算监督格局，推动形成\n\n"
    "（三）加强国有资产管理监督\n\n"
    "深入开展调研，听取审议省政府关于国有资产管理情况的综合报告，督促有关部门补短板、强弱项，推动\n\n"
    "第一，完善制度。\n\n"
    "加快推进人大监督与纪检监察监督、审计监督、统计监督等各类监督贯通协调，加快推进\n\n"
    "3．强化跟踪问效\n\n"
    "聚焦群众关心的教育、医疗、养老等民生实事，组织代表开展专题视察，推动出台一批惠民利民措施\n\n"
    "——坚持以人民为中心",
    NULL, 0, 0 },
  { "ledger-box",
    "【数说2024】\n立法：审议法规案12件，通过9件\n监督：听取报告12个、执法检查4次\n"
    "【代表工作】办理建议236件\n代表工作：走访代表120人次",
    NULL, 0, 0 },
  /* lines too long for headings: only the label keeps them apart */
  { "ledger-box-long-lines",
    "立法工作：审议地方性法规草案24件，通过18件，批准设区的市法规和自治州单行条例31件，清理法规46件\n"
    "监督工作：听取审议专项工作报告22个，开展执法检查6次、专题询问2次、专题调研15项，备案审查规范性文件213件\n"
    "【代表工作】办理代表建议1024件，代表满意率98.5%，组织代表视察调研1200余人次，培训代表800人次\n"
    "代表履职：代表进站履职3200余人次，接待群众1.2万人次，收集意见建议2300余条，推动解决问题920个",
    NULL, 0, 0 },
  { "ledger-label-word-wrapped",
    "常委会组成人员深入基层开展调研，听取人大代\n表意见，形成调研报告6篇。",
    "常委会组成人员深入基层开展调研，听取人大代表意见，形成调研报告6篇。",
    1, 0 },
  { "short-paragraph-start",
    "一年来，常委会坚持问题导向，督促财政部门加大资\n\n金投入。",
    "一年来，常委会坚持问题导向，督促财政部门加大资金投入。",
    1, 0 },
  { "split-title",
    "制定并严格执行《省人大常委会关于加强和改进地方立法\n\n（下转第三版）\n\n（上接第二版）\n\n工作的若干规定》，推进立法工作制度化、规范化。",
    "制定并严格执行《省人大常委会关于加强和改进地方立法工作的若干规定》，推进立法工作制度化、规范化。",
    3, 2 },
  { "split-title-short-line",
    "出台《关于加强\n\n县乡人大工作和建设的实施意见》。",
    "出台《关于加强县乡人大工作和建设的实施意见》。",
    1, 0 },
  { "continuing-punct",
    "开展企业国有资产、金融国有资产\n\n、行政事业性国有资产和国有自然资源资产管理情况监督。",
    "开展企业国有资产、金融国有资产、行政事业性国有资产和国有自然资源资产管理情况监督。",
    1, 0 },
  { "indented",
    "　　全年共审议地方性法规草案15件，批准设区的市法规19件，推动立法质量和效率\n\n　　同步提升。\n\n　　二是坚持民主立法。\n\n　　立法工作\n\n　　取得新成效",
    "　　全年共审议地方性法规草案15件，批准设区的市法规19件，推动立法质量和效率同步提升。\n\n　　二是坚持民主立法。\n\n　　立法工作\n\n　　取得新成效",
    1, 0 },
  { "header-block",
    "广东省人民代表大会常务委员会工作报告\n\n——2024年1月24日在广东省第十四届人民代表大会第二次会议上\n\n广东省人大常委会主任\n\n张三\n\n各位代表：\n\n现在，我代表省人民代表大会常务委员会，向大会报告工作，请予审议。",
    NULL, 0, 0 },
  { "date-line",
    "四川省人民代表大会常务委员会工作报告\n2024年1月27日在四川省第十四届人民代表大会第二次会议上\n省人大常委会副主任 李四\n\n各位代表：",
    NULL, 0, 0 },
  { "latin",
    "积极探索政府和社会资本合作PPP\n\nmode在基础设施领域的应用，提高资金使用效益，推进项目落地见效，全年落地项目一批",
    NULL, 0, 0 },
  { "digits",
    "全年共办理代表建议1\n\n035件，办复率100%。",
    "全年共办理代表建议1035件，办复率100%。",
    1, 0 },
  { "digits-long",
    "围绕代表建议办理工作，主任会议确定重点督办建议，由常委会领导牵头督办，全年共办理代表建议1\n\n035件，办复率100%。",
    "围绕代表建议办理工作，主任会议确定重点督办建议，由常委会领导牵头督办，全年共办理代表建议1035件，办复率100%。",
    1, 0 },
  /* A short line without punctuation is no heading when what follows
   * finishes its phrase with a count, or when it breaks off after a
   * particle. */
  { "count-after-word",
    "听取和审议市政府专项工作\n\n报告15个，检查4部法律法规实施情况。",
    "听取和审议市政府专项工作报告15个，检查4部法律法规实施情况。",
    1, 0 },
  { "count-after-word-marker",
    "围绕乡村振兴组织代表专题\n\n（下转第三版）\n\n（上接第二版）\n\n视察8次，提出意见建议60余条。",
    "围绕乡村振兴组织代表专题视察8次，提出意见建议60余条。",
    3, 2 },
  { "count-alone",
    "组织各级代表开展集中视察调研活动\n\n26次，参加代表300余人次。",
    "组织各级代表开展集中视察调研活动26次，参加代表300余人次。",
    1, 0 },
  { "count-percent",
    "代表对建议办理工作的满意率达到\n\n98.6%，比上年有所提高。",
    "代表对建议办理工作的满意率达到98.6%，比上年有所提高。",
    1, 0 },
  { "dangling-particle",
    "常委会对审议意见落实情况的\n\n跟踪问效持续加强，代表满意率达百分之\n\n九十八。",
    "常委会对审议意见落实情况的跟踪问效持续加强，代表满意率达百分之九十八。",
    2, 0 },
  /* ... but headings followed by a paragraph that opens with a count, a
   * time or a subject stay apart. */
  { "heading-then-count",
    "提高地方立法质量\n\n全年制定法规12件，修改8件。\n\n"
    "加强代表工作\n\n共收到代表建议568件，已全部办复。\n\n"
    "推进基层人大建设\n\n我省14个市州全部出台实施意见。\n\n"
    "工作回顾\n\n5月以来，常委会开展专题调研。\n\n"
    "过去五年的工作\n\n18个月来，常委会持续推进立法。\n\n"
    "二、强化监督实效\n\n12个专项工作报告全部按期审议。\n\n"
    "（三）加强预算审查监督\n\n3.2亿元专项资金全部落实到位。",
    NULL, 0, 0 },
  { "heading-then-year",
    "过去一年的主要工作\n\n2023年是全面贯彻党的二十大精神的开局之年。\n\n"
    "一、坚持党的领导\n\n常委会党组严格执行请示报告制度。\n\n"
    "今年的主要任务\n\n2024年是中华人民共和国成立75周年。",
    NULL, 0, 0 },
  { "marker-page-forms",
    "据统计(下转第A2版)\n(接上页)，全年(转下页) 共(续第十二版)计(转第２版)",
    "据统计，全年 共计",
    1, 5 },
  { "not-a-marker",
    "（转发第五版）(下转第) (上接第五章) （一）",
    NULL, 0, 0 },
  { "wrapped",
    "二、坚持依法监督\n常委会坚持正确监督有效监督依法监督相统一\n围绕全省中心工作综合运用听取审议专项工作\n报告执法检查专题询问等方式开展监督工作推\n动解决了一批群众急难愁盼问题。\n三、加强代表工作\n全年共收到代表建议五百余件全部按期办结代\n表满意率持续提高常委会领导同志带头联系基\n层代表认真听取意见建议不断丰富代表联系群\n众的内容和形式。\n四、加强自身建设\n坚持以政治建设为统领扎实开展主题教育深入\n推进模范机关建设持续加强干部队伍建设严格\n落实中央八项规定精神机关作风建设取得新成\n效。",
    "二、坚持依法监督\n常委会坚持正确监督有效监督依法监督相统一围绕全省中心工作综合运用听取审议专项工作报告执法检查专题询问等方式开展监督工作推动解决了一批群众急难愁盼问题。\n三、加强代表工作\n全年共收到代表建议五百余件全部按期办结代表满意率持续提高常委会领导同志带头联系基层代表认真听取意见建议不断丰富代表联系群众的内容和形式。\n四、加强自身建设\n坚持以政治建设为统领扎实开展主题教育深入推进模范机关建设持续加强干部队伍建设严格落实中央八项规定精神机关作风建设取得新成效。",
    9, 0 },
  /* a newspaper's narrow column, its paragraphs indented, its headings
   * longer than the column and left alone */
  { "wrapped-narrow",
    "一、坚持依法监督，推动决策部署落地见效\n\n"
    "　　常委会听取审议省政府\n专项工作报告15个，开展\n执法检查6次，组织专题询\n问2次，作出决议决定9项。\n\n"
    "二、加强代表工作，密切同人民群众的联系\n\n"
    "　　通过联系点收集意见建\n议2600余条，其中被采\n纳的有214条，代表建议\n办结率达到百分之百。全\n年举办代表履职培训班5\n期，培训代表1300余人\n次，邀请代表列席常委会会\n议86人次，组织代表视察\n调研12次。\n\n"
    "三、加强常委会自身建设\n\n　　全年召开常委会会议8\n次、主任会议21次。",
    "一、坚持依法监督，推动决策部署落地见效\n\n"
    "　　常委会听取审议省政府专项工作报告15个，开展执法检查6次，组织专题询问2次，作出决议决定9项。\n\n"
    "二、加强代表工作，密切同人民群众的联系\n\n"
    "　　通过联系点收集意见建议2600余条，其中被采纳的有214条，代表建议办结率达到百分之百。全年举办代表履职培训班5期，培训代表1300余人次，邀请代表列席常委会会议86人次，组织代表视察调研12次。\n\n"
    "三、加强常委会自身建设\n\n　　全年召开常委会会议8次、主任会议21次。",
    12, 0 },
  /* numbered headings of one length, each before its one-line paragraph
   * and a blank line: no wrapped text, nothing joined */
  { "headings-before-paragraphs",
    "一、坚持党的全面领导确保正确方向\n常委会围绕中心工作依法履职，全年开展相关工作取得明显成效，得到各方面充分肯定和好评。\n\n二、推进科学立法提高立法质量\n常委会围绕中心工作依法履职，全年开展相关工作取得明显成效，得到各方面充分肯定和好评。\n\n三、坚持正确监督增强监督实效\n常委会围绕中心工作依法履职，全年开展相关工作取得明显成效，得到各方面充分肯定和好评。\n\n四、支持代表依法履职密切联系群众\n常委会围绕中心工作依法履职，全年开展相关工作取得明显成效，得到各方面充分肯定和好评。\n\n五、加强自身建设提高履职能力\n常委会围绕中心工作依法履职，全年开展相关工作取得明显成效，得到各方面充分肯定和好评。\n\n六、深化人大宣传讲好人大故事\n常委会围绕中心工作依法履职，全年开展相关工作取得明显成效，得到各方面充分肯定和好评。\n\n七、推进基层立法联系点建设工作\n常委会围绕中心工作依法履职，全年开展相关工作取得明显成效，得到各方面充分肯定和好评。\n\n八、加强预算审查监督和国资监督\n常委会围绕中心工作依法履职，全年开展相关工作取得明显成效，得到各方面充分肯定和好评。\n\n九、做好备案审查维护法制统一\n常委会围绕中心工作依法履职，全年开展相关工作取得明显成效，得到各方面充分肯定和好评。\n\n十、依法行使人事任免权保障运转\n常委会围绕中心工作依法履职，全年开展相关工作取得明显成效，得到各方面充分肯定和好评。\n\n十一、持续推进代表之家站点建设\n常委会围绕中心工作依法履职，全年开展相关工作取得明显成效，得到各方面充分肯定和好评。\n\n十二、扎实开展主题教育推动整改\n常委会围绕中心工作依法履职，全年开展相关工作取得明显成效，得到各方面充分肯定和好评。\n\n",
    NULL, 0, 0 },
  /* a heading with a count, no clause after it, and a number ending a
   * line before a word that a unit's character starts: not joined */
  { "heading-with-count-and-annex",
    "（三）推动办好10件民生实事\n\n常委会围绕民生实事开展监督。\n\n附件1\n人大代表建议办理情况统计表",
    NULL, 0, 0 },
  { "bracket-open",
    "  会议审议了《关于加强\n\n  基层治理的若干规定（草案）》和《关于\n开展专项监督\n的决定》。\n",
    "  会议审议了《关于加强基层治理的若干规定（草案）》和《关于开展专项监督的决定》。\n",
    3, 0 },
  /* Page headers and footers of a newspaper or a PDF are removed like
   * markers, and the sentence they split is joined. */
  { "page-masthead",
    "一年来，审查批准市州报批的法规和单行条例4\n（下转第五版）\n\n"
    "甘肃日报  2022年1月28日  星期五  第5版  要闻\n\n（上接第四版）\n1件，听取审议工作报告18个。",
    "一年来，审查批准市州报批的法规和单行条例41件，听取审议工作报告18个。",
    4, 3 },
  { "page-date-line",
    "一年来，审查批准法规41件，听取审议\n（下转第五版）\n\n2022年1月28日　星期五　５\n\n（上接第四版）\n工作报告18个。",
    "一年来，审查批准法规41件，听取审议工作报告18个。",
    4, 3 },
  { "page-line-without-markers",
    "全年共办理代表建议1\n\n人民代表报 2023年3月5日 第3版\n\n035件，办复率100%。",
    "全年共办理代表建议1035件，办复率100%。",
    2, 1 },
  { "page-line-between-paragraphs",
    "审查批准法规41件。\n\n某某日报 2022年1月28日 星期五 第5版\n\n听取审议工作报告18个。",
    "审查批准法规41件。\n\n\n\n听取审议工作报告18个。",
    0, 1 },
  { "page-line-forms",
    "常委会坚持问题导向，督促财政部门加大资\n"
    "■ 2024年1月26日 星期五 ■ 编辑：张某 ■ 美编 李某某 ■\n"
    "二〇二四年一月二十六日 周五 第A2版 两会特刊·要闻 农历腊月十六\n"
    "2024-01-26 | 第五版 | 综合\n"
    "责任编辑：王某某  校对：赵某\n"
    "金投入。",
    "常委会坚持问题导向，督促财政部门加大资金投入。",
    5, 4 },
  /* a PDF's page number alone (— 2 —, 第 2 页), and a page number opening
   * or closing a line with a date */
  { "page-number-lines",
    "一年来，法规草案在人大网公开征\n— 2 —\n求意见十八次，收到意见\n－3－\n建议2300余条，其中采纳\n"
    "- 4 -\n312条，召开论证会\n第 5 页\n11场。开展立法后评估\n第6页 共12页\n2项，采纳二百\n"
    "06　　特别关注　　2025年1月22日\n余条，基本满意率\n2025年1月22日　要闻　07\n百分之一点八，\n第 7 页 共 12 页\n"
    "办结率百分之百。",
    "一年来，法规草案在人大网公开征求意见十八次，收到意见建议2300余条，其中采纳312条，召开论证会11场。"
    "开展立法后评估2项，采纳二百余条，基本满意率百分之一点八，办结率百分之百。",
    16, 8 },
  /* a newspaper's page and its column alone, between markers that split
   * a count */
  { "page-and-column-line",
    "常委会党组领题调研1（下转第3版）\n第3版 要闻\n（上接第2版）4项。建成代表联络站3\n要闻 第5版\n680个。",
    "常委会党组领题调研14项。建成代表联络站3680个。",
    4, 4 },
  /* …or the page alone, between blank lines */
  { "page-line-alone",
    "听取审议专项工作报告15个，开展执法检\n\n第3版\n\n查6次，开展专题询问2次。",
    "听取审议专项工作报告15个，开展执法检查6次，开展专题询问2次。",
    2, 1 },
  /* a PDF copy's running header (a congress's gazette and its issue) and
   * a page number between dots */
  { "gazette-header-and-dotted-page",
    "共收到意见建议1400\n某某省人民代表大会常务委员会公报 2019年第1号\n余条，被采纳的有210条；召开论证会\n·5·\n12场。",
    "共收到意见建议1400余条，被采纳的有210条；召开论证会12场。",
    4, 2 },
  /* a page number alone with no dashes, printed inside a sentence of
   * running text (…规范性 / 03 / 文件152件); not a count wrapped alone
   * before its unit, nor a figure under its label in a box */
  { "bare-page-number",
    "预算联网监督系统推送预警信息860余条，均已核实处理。接收报备规范性\n03\n文件152件，督促纠正4件。\n\n"
    "全年召开常委会会议和主任会议，其中常委会会议\n8\n次，主任会议20次。",
    "预算联网监督系统推送预警信息860余条，均已核实处理。接收报备规范性文件152件，督促纠正4件。\n\n"
    "全年召开常委会会议和主任会议，其中常委会会议8次，主任会议20次。",
    4, 1 },
  /* a box's lines with the count first and a space before the name: each
   * a line of its own, or a count would take the line before for its
   * words */
  { "count-first-box-lines",
    "数读2024\n6件　制定地方性法规\n8件　修改地方性法规\n763件　代表建议",
    NULL, 0, 0 },
  /* …and a table's rows aligned with spaces, a row of a part among them
   * (其中：…): each row is its own line */
  { "table-rows-aligned-with-spaces",
    "项目                              数量\n代表提出建议                      682 件\n"
    "其中：已解决或列入计划解决        546 件\n重点督办建议                       20 件",
    NULL, 0, 0 },
  /* …and with a bar between them (8次｜常委会会议): each line has its own
   * count, the one opening the next line is the next figure's */
  { "count-first-bar-lines",
    "【一图读懂】\n8次｜常委会会议\n12次｜主任会议\n531件 | 代表建议",
    NULL, 0, 0 },
  /* a heading numbered with a comma (一,坚持立法为民) opens a paragraph;
   * a count's thousands parted by a comma open none */
  { "comma-numbered-heading",
    "一,坚持立法为民\n全年制定地方性法规6件。一年来，通过各种渠道共收到社会各界意见建议\n1,200条。",
    "一,坚持立法为民\n全年制定地方性法规6件。一年来，通过各种渠道共收到社会各界意见建议1,200条。",
    1, 0 },
  /* …but a line broken inside an ordinal (位居第 / 一，…) is joined */
  { "broken-ordinal",
    "常委会扎实开展执法检查工作，在全国人大系统综合考评中位居第\n一，发现问题270个，提出意见建议35条。",
    "常委会扎实开展执法检查工作，在全国人大系统综合考评中位居第一，发现问题270个，提出意见建议35条。",
    1, 0 },
  /* a page number with no leading zero before a digit (意见建议 / 32 / 0余
   * 条) or a date's unit (2023年 / 11 / 月) is the rest of a number */
  { "numbers-wrapped-alone",
    "一年来，通过各种渠道面向社会共收集意见建议\n32\n0余条。常委会在全国人大常委会的指导下于2023年\n11\n月召开论证会3次。",
    "一年来，通过各种渠道面向社会共收集意见建议320余条。常委会在全国人大常委会的指导下于2023年11月召开论证会3次。",
    4, 0 },
  /* a line broken after a decimal point (满意率98. / 2%) */
  { "decimal-point-at-break",
    "代表提出的建议全部办结，代表满意率98.\n2%。收集意见建议2．\n1万余条。",
    "代表提出的建议全部办结，代表满意率98.2%。收集意见建议2．1万余条。",
    2, 0 },
  /* the page's credits, names set out with a space (周　敏) */
  { "credits-with-spaced-names",
    "常委会坚持问题导向，督促财政部门加大资\n本版责编：周　敏　　美术编辑：黄　磊\n金投入。",
    "常委会坚持问题导向，督促财政部门加大资金投入。",
    2, 1 },
  /* ... but no line that may be text: a date alone, a paper's name alone,
   * a column's name with a bare number, a page with other words, a
   * heading, a sentence about a paper. */
  { "not-a-page-line",
    "二、2024年1月26日\n\n2024年1月26日\n\n甘肃日报\n\n3 要闻\n\n第5版 内容\n\n"
    "编辑出版\n\n2023年工作安排\n\n过去一年的主要工作\n\n"
    "在《甘肃日报》2022年1月28日第5版刊发报道。\n\n省人大常委会主任 张某某\n\n"
    "——2 月\n\n第2页的内容\n\n— 二 —\n\n3 2024年\n\n第 2 页 要闻",
    NULL, 0, 0 },
  { "empty", "", NULL, 0, 0 },
  { "only-newlines", "\n\n\n", NULL, 0, 0 },
  { "only-marker", "(下转第五版)", "", 0, 1 },
};

static char *
repair (const char *input,
        gsize       len,
        gsize      *out_len,
        GArray     *repairs)
{
  return baogao_repair_print_layout (input, len, out_len, repairs);
}

/* Every output byte comes from an input byte with the same value, the end
 * maps to the end, and the records are consistent. */
static void
check_mapping (const char   *input,
               gsize         len,
               const char   *output,
               gsize         out_len,
               const GArray *repairs)
{
  gsize removed = 0;
  gsize prev_end = 0;

  for (guint i = 0; i < repairs->len; i++)
    {
      const BaogaoRepair *r = &g_array_index (repairs, BaogaoRepair, i);

      g_assert_cmpuint (r->src_start, <, r->src_end);
      g_assert_cmpuint (r->src_start, >=, prev_end);
      g_assert_cmpuint (r->src_end, <=, len);
      g_assert_cmpuint (r->out_pos, ==, r->src_start - removed);
      removed += r->src_end - r->src_start;
      prev_end = r->src_end;
      /* a marker opens with a bracket, ( or （ (EF BC 88); a page line
       * (direction 0) has no white space at either end */
      if (r->kind == BAOGAO_REPAIR_PRINT_MARKER && r->direction != 0)
        g_assert_true (r->src_start + 1 < r->src_end &&
                       (input[r->src_start] == '(' || (guchar) input[r->src_start] == 0xEF));
      else if (r->kind == BAOGAO_REPAIR_PRINT_MARKER)
        g_assert_true (r->src_start + 1 < r->src_end &&
                       !g_ascii_isspace (input[r->src_start]) &&
                       !g_ascii_isspace (input[r->src_end - 1]));
      /* a stray space is one space */
      else if (r->kind == BAOGAO_REPAIR_SPACE)
        g_assert_true ((r->src_end == r->src_start + 1 && input[r->src_start] == ' ') ||
                       (r->src_end == r->src_start + 2 && (guchar) input[r->src_start] == 0xC2 &&
                        (guchar) input[r->src_start + 1] == 0xA0));
      else
        g_assert_cmpint (r->kind, ==, BAOGAO_REPAIR_JOIN_LINES);
    }
  g_assert_cmpuint (out_len + removed, ==, len);

  for (gsize o = 0; o < out_len; o++)
    {
      gsize src = baogao_repair_map_to_source (repairs, o);

      g_assert_cmpuint (src, <, len);
      g_assert_cmpint (input[src], ==, output[o]);
      if (o > 0)
        g_assert_cmpuint (src, >, baogao_repair_map_to_source (repairs, o - 1));
    }
  g_assert_cmpuint (baogao_repair_map_to_source (repairs, out_len), <=, len);
  g_assert_cmpuint (baogao_repair_map_to_source (repairs, out_len), >=,
                    out_len == 0 ? 0 : baogao_repair_map_to_source (repairs, out_len - 1) + 1);
}

static void
check_idempotent (const char *output,
                  gsize       out_len)
{
  g_autoptr(GArray) again = g_array_new (FALSE, FALSE, sizeof (BaogaoRepair));
  gsize len2 = 0;
  g_autofree char *twice = repair (output, out_len, &len2, again);

  g_assert_cmpuint (len2, ==, out_len);
  g_assert_cmpmem (twice, len2, output, out_len);
  g_assert_cmpuint (again->len, ==, 0);
}

static void
test_case (gconstpointer data)
{
  const Case *c = data;
  const char *expected = c->expected ? c->expected : c->input;
  g_autoptr(GArray) repairs = g_array_new (FALSE, FALSE, sizeof (BaogaoRepair));
  gsize len = strlen (c->input);
  gsize out_len = 0;
  g_autofree char *out = repair (c->input, len, &out_len, repairs);
  guint joins = 0, markers = 0, spaces = 0;

  g_assert_nonnull (out);
  g_assert_cmpuint (strlen (out), ==, out_len);
  g_assert_cmpstr (out, ==, expected);

  for (guint i = 0; i < repairs->len; i++)
    {
      if (g_array_index (repairs, BaogaoRepair, i).kind == BAOGAO_REPAIR_JOIN_LINES)
        joins++;
      else if (g_array_index (repairs, BaogaoRepair, i).kind == BAOGAO_REPAIR_SPACE)
        spaces++;
      else
        markers++;
    }
  g_assert_cmpuint (joins, ==, c->n_joins);
  g_assert_cmpuint (markers, ==, c->n_markers);
  g_assert_cmpuint (spaces, ==, c->n_spaces);

  check_mapping (c->input, len, out, out_len, repairs);
  check_idempotent (out, out_len);
}

static void
test_marker_fields (void)
{
  static const struct { const char *text; gint8 direction; guint16 page; } markers[] = {
    { "(下转第五版)", 1, 5 },
    { "（上接第一版）", -1, 1 },
    { "(转第2版)", 1, 2 },
    { "（ 转第１２版 ）", 1, 12 },
    { "(接第十二版)", -1, 12 },
    { "(下转第二十版)", 1, 20 },
    { "(上接第A3版)", -1, 3 },
    { "(续第3页)", -1, 3 },
    { "(转下页)", 1, 0 },
    { "（紧接第一版）", -1, 1 },
  };
  static const char *non_markers[] = {
    "(下转)", "(下转第版)", "（转发第五版）", "(下转第五版", "(一)", "(第五版)", "(转第5章)",
    "(下转第五版）", /* mixed parens are fine: see below */
  };

  for (guint i = 0; i < G_N_ELEMENTS (markers); i++)
    {
      gint8 dir = 0;
      guint16 page = 99;
      gsize len = strlen (markers[i].text);

      g_assert_cmpuint (baogao_repair_match_marker (markers[i].text, len, 0, &dir, &page), ==, len);
      g_assert_cmpint (dir, ==, markers[i].direction);
      g_assert_cmpuint (page, ==, markers[i].page);
    }
  for (guint i = 0; i + 1 < G_N_ELEMENTS (non_markers); i++)
    g_assert_cmpuint (baogao_repair_match_marker (non_markers[i], strlen (non_markers[i]), 0,
                                                  NULL, NULL), ==, 0);
  /* a half-width opening with a full-width closing, as typed */
  g_assert_cmpuint (baogao_repair_match_marker (non_markers[7], strlen (non_markers[7]), 0,
                                                NULL, NULL), ==, strlen (non_markers[7]));
}

/* A page line is recorded as a print marker with the page it names and no
 * direction */
static void
test_page_line_fields (void)
{
  const char *input = "审查批准法规4\n\n甘肃日报  2022年1月28日  星期五  第5版  要闻\n\n1件。";
  g_autoptr(GArray) repairs = g_array_new (FALSE, FALSE, sizeof (BaogaoRepair));
  gsize out_len = 0;
  g_autofree char *out = repair (input, strlen (input), &out_len, repairs);
  guint markers = 0;

  g_assert_cmpstr (out, ==, "审查批准法规41件。");
  for (guint i = 0; i < repairs->len; i++)
    {
      const BaogaoRepair *r = &g_array_index (repairs, BaogaoRepair, i);

      if (r->kind != BAOGAO_REPAIR_PRINT_MARKER)
        continue;
      markers++;
      g_assert_cmpint (r->direction, ==, 0);
      g_assert_cmpuint (r->page, ==, 5);
      g_assert_cmpmem (input + r->src_start, r->src_end - r->src_start,
                       "甘肃日报  2022年1月28日  星期五  第5版  要闻",
                       strlen ("甘肃日报  2022年1月28日  星期五  第5版  要闻"));
    }
  g_assert_cmpuint (markers, ==, 1);
}

static void
test_no_repairs_array (void)
{
  const char *input = "推动加大资（\n\n金投入）。(下转第五版)";
  gsize out_len = 0;
  g_autofree char *out = repair (input, strlen (input), &out_len, NULL);
  g_autoptr(GArray) empty = g_array_new (FALSE, FALSE, sizeof (BaogaoRepair));

  g_assert_cmpstr (out, ==, "推动加大资（金投入）。");
  g_assert_cmpuint (baogao_repair_map_to_source (empty, 5), ==, 5);
}

static void
test_not_nul_terminated (void)
{
  /* the length is what counts, not a NUL */
  const char input[] = "加大资\n\n金投入（下转第五版）XYZ";
  gsize len = strlen (input) - 3;
  gsize out_len = 0;
  g_autofree char *out = repair (input, len, &out_len, NULL);

  g_assert_cmpstr (out, ==, "加大资\n\n金投入");
}

static const char *fuzz_pieces[] = {
  "\n", "\n\n", "\n\n\n", " ", "　", "\t", "\r",
  "(下转第五版)", "（上接第一版）", "(转第2版)", "（下转第", "版）", "(", ")", "（", "）",
  "。", "，", "、", "：", "；", "！", "？", "”", "“", "…", "——", ".", ",",
  "《", "》", "〈", "〉", "一、", "（一）", "二是", "第一，", "各位代表：", "3．",
  "加大资", "金投入", "常委会", "审议", "条例", "2023年", "535人", "PPP", "mode",
  "会议上", "过去一年的主要工作", "常委会坚持正确监督有效监督", "全年共收到代表建议五百余件全部按期",
  "\n二、坚持", "。\n", "报告15个", "26次", "98.6%", "全年", "的", "个月", "专项工作",
  "甘肃日报", "2022年1月28日", "星期五", "第5版", "要闻", "责任编辑：", "张某", "５",
};

static const char *fuzz_bytes[] = {
  "\xff", "\xe4\xb8", "\xc2", "\x80", "\xef\xbc", "\xe3\x80", "\0",
};

static void
test_fuzz (void)
{
  GRand *rand = g_rand_new_with_seed (20240126);
  guint iterations = g_test_slow () ? 100000 : 5000;

  for (guint it = 0; it < iterations; it++)
    {
      g_autoptr(GString) input = g_string_new (NULL);
      g_autoptr(GArray) repairs = g_array_new (FALSE, FALSE, sizeof (BaogaoRepair));
      gboolean valid_input = g_rand_int_range (rand, 0, 4) != 0;
      guint n = (guint) g_rand_int_range (rand, 0, 60);
      g_autofree char *out = NULL;
      gsize out_len = 0;

      for (guint k = 0; k < n; k++)
        {
          if (!valid_input && g_rand_int_range (rand, 0, 8) == 0)
            {
              const char *b = fuzz_bytes[g_rand_int_range (rand, 0, G_N_ELEMENTS (fuzz_bytes))];

              g_string_append_len (input, b, b[0] ? (gssize) strlen (b) : 1);
            }
          else
            g_string_append (input, fuzz_pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (fuzz_pieces))]);
        }
      if (valid_input)
        g_assert_true (g_utf8_validate_len (input->str, input->len, NULL));

      out = repair (input->str, input->len, &out_len, repairs);
      g_assert_nonnull (out);
      g_assert_cmpint (out[out_len], ==, '\0');
      if (valid_input)
        {
          g_assert_true (g_utf8_validate_len (out, out_len, NULL));
          check_idempotent (out, out_len);
        }
      check_mapping (input->str, input->len, out, out_len, repairs);
    }
  g_rand_free (rand);
}

static void
test_random_bytes (void)
{
  GRand *rand = g_rand_new_with_seed (7);

  for (guint it = 0; it < 2000; it++)
    {
      guint n = (guint) g_rand_int_range (rand, 0, 200);
      g_autofree guchar *data = g_malloc (n + 1);
      g_autoptr(GArray) repairs = g_array_new (FALSE, FALSE, sizeof (BaogaoRepair));
      g_autofree char *out = NULL;
      gsize out_len = 0;

      for (guint k = 0; k < n; k++)
        {
          /* mostly the bytes that matter here */
          static const guchar interesting[] = { '\n', '(', ')', 0xEF, 0xBC, 0x88, 0x89, 0xE3, 0x80,
                                                0x82, 0xE4, 0xB8, 0x8B, 0xE8, 0xBD, 0xAC, ' ' };

          data[k] = g_rand_boolean (rand)
            ? interesting[g_rand_int_range (rand, 0, G_N_ELEMENTS (interesting))]
            : (guchar) g_rand_int_range (rand, 0, 256);
        }
      data[n] = 0;
      out = repair ((const char *) data, n, &out_len, repairs);
      check_mapping ((const char *) data, n, out, out_len, repairs);
    }
  g_rand_free (rand);
}

/* The real report, when the corpus is at hand: joins happen, headings stay
 * at the start of their lines, repairing twice changes nothing. */
static void
test_corpus (void)
{
  const char *dir = g_getenv ("BAOGAO_CORPUS_DIR");
  g_autofree char *path = NULL;
  g_autofree char *data = NULL;
  g_autofree char *out = NULL;
  g_autoptr(GArray) repairs = g_array_new (FALSE, FALSE, sizeof (BaogaoRepair));
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) in_lines = NULL;
  g_auto(GStrv) out_lines = NULL;
  gsize len = 0, out_len = 0;
  guint joins = 0, markers = 0;
  guint in_headings = 0, out_headings = 0;
  static const char *section_marks[] = { "一、", "二、", "三、", "四、", "五、", "六、", "七、" };

  if (dir == NULL)
    {
      g_test_skip ("BAOGAO_CORPUS_DIR is not set");
      return;
    }
  path = g_build_filename (dir, "heilongjiang-2024.txt", NULL);
  if (!g_file_get_contents (path, &data, &len, &error))
    {
      g_test_skip (error->message);
      return;
    }

  out = repair (data, len, &out_len, repairs);
  check_mapping (data, len, out, out_len, repairs);
  check_idempotent (out, out_len);

  for (guint i = 0; i < repairs->len; i++)
    {
      const BaogaoRepair *r = &g_array_index (repairs, BaogaoRepair, i);

      if (r->kind == BAOGAO_REPAIR_JOIN_LINES)
        joins++;
      else
        markers++;
      if (g_test_verbose ())
        g_test_message ("%s at %" G_GSIZE_FORMAT ": %.*s",
                        r->kind == BAOGAO_REPAIR_JOIN_LINES ? "join" : "marker",
                        r->src_start, (int) (r->src_end - r->src_start), data + r->src_start);
    }
  g_assert_cmpuint (joins, >=, 3);
  g_assert_cmpuint (markers, >=, 1);

  in_lines = g_strsplit (data, "\n", -1);
  out_lines = g_strsplit (out, "\n", -1);
  for (guint i = 0; in_lines[i]; i++)
    for (guint k = 0; k < G_N_ELEMENTS (section_marks); k++)
      in_headings += g_str_has_prefix (in_lines[i], section_marks[k]);
  for (guint i = 0; out_lines[i]; i++)
    for (guint k = 0; k < G_N_ELEMENTS (section_marks); k++)
      out_headings += g_str_has_prefix (out_lines[i], section_marks[k]);
  g_assert_cmpuint (in_headings, >, 0);
  g_assert_cmpuint (out_headings, ==, in_headings);
  /* joined lines never end a sentence first */
  for (guint i = 0; i < repairs->len; i++)
    {
      const BaogaoRepair *r = &g_array_index (repairs, BaogaoRepair, i);

      if (r->kind == BAOGAO_REPAIR_JOIN_LINES && r->out_pos >= 3)
        g_assert_false (memcmp (out + r->out_pos - 3, "。", 3) == 0);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_set_nonfatal_assertions ();

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/repair/case/%s", cases[i].name);

      g_test_add_data_func (path, &cases[i], test_case);
    }
  g_test_add_func ("/repair/marker-fields", test_marker_fields);
  g_test_add_func ("/repair/page-line-fields", test_page_line_fields);
  g_test_add_func ("/repair/no-repairs-array", test_no_repairs_array);
  g_test_add_func ("/repair/not-nul-terminated", test_not_nul_terminated);
  g_test_add_func ("/repair/fuzz", test_fuzz);
  g_test_add_func ("/repair/random-bytes", test_random_bytes);
  g_test_add_func ("/repair/corpus", test_corpus);

  return g_test_run ();
}

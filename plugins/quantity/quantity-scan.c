/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/*
 * The quantity scanner.
 *
 * One pass over the UTF-8 text, from trigger to trigger: digits, Chinese
 * numerals, 《 and opening quotes, one character in ten. The search for
 * the next one reads 16 or 32 bytes at once where the CPU has SSSE3 or
 * AVX2 (next_trigger ()); elsewhere each character is looked up in a
 * bitmap of the triggers. At a numeral the scanner reads, in this order:
 *
 *     [counter] [approx] number [multiplier] [approx] [万|亿] unit [approx]
 *      共/达…    近/约/超过…  12/1.5/十二   万/千     余/多/来           件/人次/%… 以上/左右
 *
 * and keeps the match unless an exclusion rule says the numeral is not a
 * count:
 *
 * - ordinals: 第31届, 第二次会议, 第5—11次会议, 十三届四次全会, 人大二次会议;
 * - dates and years: 2023年, 1月26日, 二〇二四年 (年 is a unit only in time
 *   spans: 连续3年, 近五年, 用两年时间, 十余年, 3年多);
 * - time frames "N年来", "近3个月来": "over the past N years";
 * - anything inside a 《…》 title, nested titles included;
 * - slogans: a Chinese numeral inside a short “…” or "…" quote (“两个确立”,
 *   “一要点三计划”), a few well-known set phrases written without quotes
 *   (两个维护, 八项规定, 五位一体), numbered slogans (四个一批), idioms (千家万户)
 *   and place names (七台河);
 * - the indefinite 一 (一个, 一批, 一年来), unless it ends its clause after
 *   the activity it counts (开展专题询问一次。, but not 每年一次), and bare
 *   百/千/万 (百姓, 万家) unless an approximation makes them a number (逾百
 *   人, 上万人次, 百余人);
 * - 二次 meaning "second", a second round of a process (二次督办, 二次审
 *   议, 二次开发), not "twice";
 * - rankings (前三名), model names (5G, G20), labels (80后: 后 is no unit).
 *
 * ## Conventions
 *
 * - `value` and `unit` are as written. A 万 or 亿 written right before the
 *   unit belongs to the unit: 1200万元 is 1200 万元 (base 元), 1.2万人次 is
 *   1.2 万人次 (base 人次). A 万 or 亿 separated from the unit by 余/多
 *   belongs to the number: 10万余人次 is 100000 人次, while 1200余万元 is
 *   1200 万元. 千 and 百 after digits fold into the number (3千人 is 3000 人).
 * - Chinese decimals read like digits: 百分之九十八点五 is 98.5 %, 一点二万人次
 *   is 1.2 万人次 (点 is no decimal point in 十二点三十分 or 三点建议).
 * - `normalized` is value × the multiplier of the unit, in `base_unit`;
 *   percentages stay percentages (98.6 %), 八成 is 80 %.
 * - Approximations: more_than (余, 多, 几, 以上, 超过, 逾, 至少, 上百, 数十),
 *   nearly (近, 将近, 接近), about (约, 大约, 左右, 十来个, 三四个).
 * - The span covers the approximation words and the unit, not the counter
 *   (共, 达, 累计…), which is reported as `counted_by`. An approximation a
 *   few characters before a share (接近在编干部总数50%) sets `approx` without
 *   widening the span.
 * - A half-width comma is a thousands separator only in d,ddd followed by
 *   a unit: 1,260人次 is one number, 法规10件,修改4件 two. So is a
 *   full-width one between full-width digits (１，８６０条), and a space
 *   (half-width, ideographic, no-break or thin) in copies from the web
 *   and from PDFs (1 035人次).
 */

#include "quantity-scan.h"

#include <string.h>

/* The search for the next trigger uses SSSE3 or AVX2 when the CPU has
 * them (see find_trigger_simd ()), with the plain C walk elsewhere;
 * QUANTITY_SCALAR_ONLY forces the plain walk, QUANTITY_NO_AVX2 SSSE3. */
#if (defined(__x86_64__) || defined(__i386__)) && defined(__GNUC__) && \
    !defined(QUANTITY_SCALAR_ONLY)
#define QUANTITY_SIMD 1
#include <immintrin.h>
#endif

/* A string literal and its length in bytes. */
#define W(str) str, sizeof (str) - 1

typedef struct {
  const char *text;       /* as it appears in the text */
  gsize       len;
  const char *canonical;  /* the unit reported */
  gsize       canonical_len;
  guint8      kind;
  const char *blocked;    /* '|'-separated words that may not follow */
  const char *base;       /* the base unit when not canonical */
  gsize       base_len;
  gint64      scale;      /* canonical → base (0: 1) */
} Unit;

enum {
  UNIT_COUNT,
  UNIT_YEAR,      /* 年: only with a time-span cue */
  UNIT_TIME,
  UNIT_RATIO,
  UNIT_MEASURE,
};

/* Longest entries are found first by match_unit() whatever the order. */
static const Unit units[] = {
  /* ratios */
  { W("%"), W("%"), UNIT_RATIO, NULL },
  { W("％"), W("%"), UNIT_RATIO, NULL },
  { W("‰"), W("‰"), UNIT_RATIO, NULL },
  { W("个百分点"), W("个百分点"), UNIT_RATIO, NULL },
  { W("百分点"), W("个百分点"), UNIT_RATIO, NULL },
  { W("倍"), W("倍"), UNIT_RATIO, NULL },
  /* 八成: 80% */
  { W("成"), W("成"), UNIT_RATIO,
    "员|立|为|果|效|绩|功|本|熟|就|长|型|都|交|品|套|批|年|人|分|份|才|片|网|像|规模|"
    "体系|建制|了|形|真|色|语|因|败|全|器|材|药|行|事|家|名|群|堆|千|百|万|亿",
    W("%"), 10 },
  /* time */
  { W("年"), W("年"), UNIT_YEAR, "代|度|级|龄|华|轻|终|均|货|会|报|鉴|画|薪|节" },
  { W("个月"), W("个月"), UNIT_TIME, NULL },
  { W("个星期"), W("个星期"), UNIT_TIME, NULL },
  { W("个小时"), W("小时"), UNIT_TIME, NULL },
  { W("个工作日"), W("个工作日"), UNIT_TIME, NULL },
  { W("工作日"), W("个工作日"), UNIT_TIME, NULL },
  { W("天"), W("天"), UNIT_TIME, "然|津|地|空|气|下|使|堂|府|山|池|河|门|才|真|性|平" },
  { W("小时"), W("小时"), UNIT_TIME, NULL },
  { W("分钟"), W("分钟"), UNIT_TIME, NULL },
  { W("周岁"), W("周岁"), UNIT_TIME, NULL },
  { W("周"), W("周"), UNIT_TIME, "年|边|期|末|转|密|全|到|知|围|刊|报|一|二|三|四|五|六|日" },
  { W("岁"), W("岁"), UNIT_TIME, "月" },
  /* people and counts */
  { W("人次"), W("人次"), UNIT_COUNT, NULL },
  /* (583人（次）: people counted once an occasion) */
  { W("人（次）"), W("人次"), UNIT_COUNT, NULL },
  { W("人(次)"), W("人次"), UNIT_COUNT, NULL },
  { W("户次"), W("户次"), UNIT_COUNT, NULL },
  { W("件次"), W("件次"), UNIT_COUNT, NULL },
  /* (laws inspected, each time one: 检查法律法规实施情况31部次) */
  { W("部次"), W("部次"), UNIT_COUNT, NULL },
  { W("批次"), W("批次"), UNIT_COUNT, NULL },
  { W("项次"), W("项次"), UNIT_COUNT, NULL },
  { W("期次"), W("期次"), UNIT_COUNT, NULL },
  { W("班次"), W("班次"), UNIT_COUNT, NULL },
  { W("家次"), W("家次"), UNIT_COUNT, NULL },
  { W("场次"), W("场次"), UNIT_COUNT, NULL },
  { W("架次"), W("架次"), UNIT_COUNT, NULL },
  /* (52人均…: the 52 all, not per head) */
  { W("人"), W("人"), UNIT_COUNT, "民|员|士|大|才|格|性|生|心|文|事|力|类|物|身|权|们" },
  { W("名"), W("名"), UNIT_COUNT, "称|誉|录|片" },
  { W("位"), W("位"), UNIT_COUNT, "置|于|数|列|居|次|子|移|一" },
  { W("个"), W("个"), UNIT_COUNT, "性|别|案|税|股" },
  { W("项"), W("项"), UNIT_COUNT, "链" },
  { W("件"), W("件"), UNIT_COUNT, NULL },
  /* (次之, second in rank: not after a count's 次之多, as many as) */
  { W("次"), W("次"), UNIT_COUNT, "日|要|序|生|数|级|第|之后|之前|之间|之内|年|月|贷|优" },
  { W("家"), W("家"), UNIT_COUNT, "庭|属|长|乡|族|风|里|门|底|产|务|书" },
  { W("户"), W("户"), UNIT_COUNT, "籍|口|外|型|主" },
  { W("所"), W("所"), UNIT_COUNT, "有|在|以|属|得|谓|长|需|述|做|说|能|知|处|获" },
  { W("条"), W("条"), UNIT_COUNT, "例|件|理|约|令|文|幅|形|块" },
  { W("款"), W("款"), UNIT_COUNT, "物|项|额" },
  { W("章"), W("章"), UNIT_COUNT, "程|法" },
  { W("篇"), W("篇"), UNIT_COUNT, "章|幅" },
  { W("部"), W("部"), UNIT_COUNT, "门|分|署|长|委|队|位|件|落|属|际|级|局|署|室" },
  { W("期"), W("期"), UNIT_COUNT, "间|待|望|盼|限|工程|项目|满|货|末|中|初|内|许|刑" },
  { W("场"), W("场"), UNIT_COUNT, "所|景|地|馆|合|面|域|长|主|站|内|外|上" },
  { W("批"), W("批"), UNIT_COUNT, "准|复|示|评|转|办|判|量|发" },
  { W("份"), W("份"), UNIT_COUNT, "额|子|量" },
  { W("本"), W("本"), UNIT_COUNT,
    "级|次|届|身|质|地|土|职|领|色|来|市|省|县|部|单|底|着|金|科|期|年|月|规" },
  { W("册"), W("册"), UNIT_COUNT, "封|子" },
  /* (letters: 处理来信117封; not 封闭, 封面, 封存…) */
  { W("封"), W("封"), UNIT_COUNT, "闭|面|锁|存|建|号|底|顶|装|印|条|口|控|堵|山|疆|赏|杀" },
  { W("处"), W("处"), UNIT_COUNT, "理|置|长|室|级|罚|分|于|境|事|在|世|方" },
  { W("起"), W("起"), UNIT_COUNT, "草|步|点|诉|来|源|到|始|航|跑|码|因|见|飞" },
  { W("例"), W("例"), UNIT_COUNT, "如|外|会|证|行|子" },
  { W("宗"), W("宗"), UNIT_COUNT, "教|旨|族|师" },
  { W("笔"), W("笔"), UNIT_COUNT, "记|者|谈|试|墨|画" },
  { W("类"), W("类"), UNIT_COUNT, "似|别|型" },
  { W("种"), W("种"), UNIT_COUNT, "植|子|业|养|粮|源|类|苗|群|族" },
  { W("组"), W("组"), UNIT_COUNT, "织|成|建|长|团|合|委|件|图|稿" },
  { W("支"), W("支"), UNIT_COUNT, "持|付|出|援|部|撑|柱|行" },
  { W("轮"), W("轮"), UNIT_COUNT, "流|换|船|岗|训" },
  { W("座"), W("座"), UNIT_COUNT, "谈|位|次|右" },
  { W("套"), W("套"), UNIT_COUNT, "餐|路|取" },
  { W("台"), W("台"), UNIT_COUNT, "账|湾|阶|风|站|前|上|下|词|式|胞|属|州|港" },
  { W("辆"), W("辆"), UNIT_COUNT, NULL },
  { W("艘"), W("艘"), UNIT_COUNT, NULL },
  { W("架"), W("架"), UNIT_COUNT, "构|设|子|势" },
  { W("张"), W("张"), UNIT_COUNT, "贴|扬|力|弛|家|口|开|罗" },
  { W("栋"), W("栋"), UNIT_COUNT, NULL },
  { W("幢"), W("幢"), UNIT_COUNT, NULL },
  { W("村"), W("村"), UNIT_COUNT, "民|庄|级|委|镇|居|干|落|集|规|务|寨" },
  /* lectures and classes: 专题讲座6讲, 党课3堂, 课程12门, 培训40课时 */
  { W("讲"), W("讲"), UNIT_COUNT,
    "话|解|座|授|述|究|师|稿|评|演|义|理|清|明|透|好|求|法|台|坛|堂|政治|学习|正气|教育|故事|四美" },
  { W("堂"), W("堂"), UNIT_COUNT, "会审|兄|姐|弟|妹|皇" },
  { W("课"), W("课"), UNIT_COUNT, "题|程|堂|件|外|本|余|后|前|间|表|桌|税" },
  { W("课时"), W("课时"), UNIT_COUNT, NULL },
  { W("学时"), W("学时"), UNIT_COUNT, NULL },
  /* 节 after a numeral only (3节课), never a festival (两节期间, 三八节) or
   * 二十四节气 */
  { W("节"), W("节"), UNIT_COUNT,
    "日|约|点|能|省|奏|制|假|庆|目|水|电|俭|气|令|段|选|录|期|前|后|间|礼|操|外|支" },
  { W("门"), W("门"), UNIT_COUNT,
    "户|槛|类|口|面|前|诊|票|店|窗|路|第|派|徒|生|禁|牌|外|内|头|卫|岗|市|峡|县|湾|关|下|楼" },
  { W("元"), W("元"), UNIT_MEASURE, "旦|素|首|老|宵|年|月|帅|气|件|化" },
  { W("美元"), W("美元"), UNIT_MEASURE, NULL },
  { W("亩"), W("亩"), UNIT_MEASURE, NULL },
  { W("公顷"), W("公顷"), UNIT_MEASURE, NULL },
  { W("平方公里"), W("平方公里"), UNIT_MEASURE, NULL },
  { W("平方千米"), W("平方千米"), UNIT_MEASURE, NULL },
  { W("平方米"), W("平方米"), UNIT_MEASURE, NULL },
  { W("立方米"), W("立方米"), UNIT_MEASURE, NULL },
  { W("公里"), W("公里"), UNIT_MEASURE, NULL },
  { W("千米"), W("千米"), UNIT_MEASURE, NULL },
  { W("米"), W("米"), UNIT_MEASURE, "饭|粮|面|业|兰|国|制|尔" },
  { W("吨"), W("吨"), UNIT_MEASURE, "位" },
  { W("千瓦时"), W("千瓦时"), UNIT_MEASURE, NULL },
  { W("千瓦"), W("千瓦"), UNIT_MEASURE, NULL },
  { W("千克"), W("千克"), UNIT_MEASURE, NULL },
  { W("公斤"), W("公斤"), UNIT_MEASURE, NULL },
};

typedef struct {
  const char    *word;
  gsize          len;
  QuantityApprox approx;
  const char    *not_after;   /* characters that make the word part of
                                 another word when they precede it */
} Affix;

/* Checked in order: a word before the words it ends with. */
static const Affix approx_prefixes[] = {
  { W("将近"), QUANTITY_APPROX_NEARLY, NULL },
  { W("接近"), QUANTITY_APPROX_NEARLY, NULL },
  { W("近"), QUANTITY_APPROX_NEARLY, "最附靠临亲邻贴走就远新相迫浅逼趋" },
  { W("大约"), QUANTITY_APPROX_ABOUT, NULL },
  /* (约有12.6万人次提出意见: the approximation before 有) */
  { W("约有"), QUANTITY_APPROX_ABOUT, "节制签预公条合邀特婉违履集契相规简隐爽赴守践失毁解誓缔和" },
  { W("约为"), QUANTITY_APPROX_ABOUT, "节制签预公条合邀特婉违履集契相规简隐爽赴守践失毁解誓缔和" },
  { W("约"), QUANTITY_APPROX_ABOUT, "节制签预公条合邀特婉违履集契相规简隐爽赴守践失毁解誓缔和" },
  { W("不少于"), QUANTITY_APPROX_MORE_THAN, NULL },
  { W("不低于"), QUANTITY_APPROX_MORE_THAN, NULL },
  { W("超过"), QUANTITY_APPROX_MORE_THAN, NULL },
  { W("至少"), QUANTITY_APPROX_MORE_THAN, NULL },
  { W("逾"), QUANTITY_APPROX_MORE_THAN, NULL },
  /* (关注用户突破10万人: past it) */
  { W("突破"), QUANTITY_APPROX_MORE_THAN, NULL },
  { W("超"), QUANTITY_APPROX_MORE_THAN, "赶高追" },
};

static const Affix counters[] = {
  { W("共计"), 0, NULL },
  { W("共有"), 0, NULL },
  { W("总共"), 0, NULL },
  { W("一共"), 0, NULL },
  { W("累计"), 0, NULL },
  { W("合计"), 0, NULL },
  { W("总计"), 0, NULL },
  { W("达到"), 0, NULL },
  { W("多达"), 0, NULL },
  { W("高达"), 0, NULL },
  { W("长达"), 0, NULL },
  { W("共"), 0, "公中总一" },
  { W("达"), 0, "下表传转通送抵到发直畅豁腾雷练上布" },
};

typedef struct {
  const char *word;
  gsize       len;
} Word;

/* Words right before a number of years that make "N年" a time span. */
static const Word year_cues_before[] = {
  { W("连续") }, { W("近") }, { W("前") }, { W("历时") }, { W("用") }, { W("经过") },
  { W("过去") }, { W("未来") }, { W("最近") }, { W("今后") }, { W("持续") }, { W("长达") },
  { W("满") }, { W("每") }, { W("达") }, { W("共") }, { W("累计") }, { W("历经") },
  { W("耗时") }, { W("为期") }, { W("坚持") }, { W("已有") }, { W("花了") }, { W("花") },
  { W("用了") }, { W("时隔") }, { W("相隔") }, { W("间隔") }, { W("至少") }, { W("任期") },
  { W("期限") }, { W("延长") }, { W("缩短") },
};

/* Words right after "N年" that make it a time span. */
static const Word year_cues_after[] = {
  { W("时间") }, { W("间") }, { W("内") }, { W("之久") }, { W("期间") }, { W("多") },
  { W("以上") }, { W("左右") }, { W("有余") },
};

/* Set phrases and names in which a numeral followed by a unit is not a
 * count: { text before the numeral, text from the numeral on }. */
static const struct {
  const char *before;
  gsize       before_len;
  const char *at;
  gsize       at_len;
} set_phrases[] = {
  { W(""), W("两个确立") }, { W(""), W("两个维护") }, { W(""), W("四个意识") },
  { W(""), W("四个自信") }, { W(""), W("四个全面") }, { W(""), W("四个伟大") },
  { W(""), W("四个机关") }, { W(""), W("两个一百年") }, { W(""), W("两个大局") },
  { W(""), W("两个结合") }, { W(""), W("两个毫不动摇") }, { W(""), W("三个代表") },
  { W(""), W("三个务必") }, { W(""), W("两个务必") }, { W(""), W("五位一体") },
  { W(""), W("三位一体") }, { W(""), W("八项规定") }, { W(""), W("四项基本原则") },
  { W(""), W("五个必由之路") }, { W(""), W("十个明确") }, { W(""), W("十四个坚持") },
  { W(""), W("十个坚持") }, { W(""), W("六个必须坚持") }, { W(""), W("五个一工程") },
  { W(""), W("三个有利于") }, { W(""), W("四个服从") }, { W(""), W("两个覆盖") },
  { W(""), W("四个不摘") }, { W(""), W("三个区分开来") }, { W(""), W("两个健康") },
  { W(""), W("三个一百年") }, { W(""), W("千家万户") }, { W("千家"), W("万户") },
  { W("成千上"), W("万") }, { W(""), W("千千万万") }, { W(""), W("百家争鸣") },
  { W("三番"), W("五次") }, { W(""), W("三天两头") }, { W(""), W("两条腿") },
  { W(""), W("两只手") }, { W(""), W("一五一十") }, { W(""), W("七台河") },
  { W(""), W("五家渠") }, { W(""), W("三台县") }, { W(""), W("五台山") },
  { W(""), W("五台县") }, { W(""), W("九台区") }, { W(""), W("九台市") },
  { W(""), W("三八节") }, { W(""), W("三八妇女节") }, { W(""), W("三门峡") },
  { W(""), W("三门县") },
};

/* Chinese numerals. */
static int
cn_digit (gunichar c)
{
  switch (c)
    {
    case 0x96F6: case 0x3007: return 0;
    case 0x4E00: return 1;          /* 一 */
    case 0x4E8C: case 0x4E24: return 2;  /* 二 两 */
    case 0x4E09: return 3;
    case 0x56DB: return 4;
    case 0x4E94: return 5;
    case 0x516D: return 6;
    case 0x4E03: return 7;
    case 0x516B: return 8;
    case 0x4E5D: return 9;
    default: return -1;
    }
}

static gint64
cn_magnitude (gunichar c)
{
  switch (c)
    {
    case 0x5341: return 10;          /* 十 */
    case 0x767E: return 100;         /* 百 */
    case 0x5343: return 1000;        /* 千 */
    case 0x4E07: return 10000;       /* 万 */
    case 0x4EBF: return 100000000;   /* 亿 */
    default: return 0;
    }
}

/* cn_digit () and cn_magnitude () in one: the digit (0 to 9) or the
 * magnitude (10 for 十 to 10^8 for 亿) of @c, or -1 */
static inline gint64
cn_value (gunichar c)
{
  switch (c)
    {
    case 0x96F6: case 0x3007: return 0;
    case 0x4E00: return 1;
    case 0x4E8C: case 0x4E24: return 2;
    case 0x4E09: return 3;
    case 0x56DB: return 4;
    case 0x4E94: return 5;
    case 0x516D: return 6;
    case 0x4E03: return 7;
    case 0x516B: return 8;
    case 0x4E5D: return 9;
    case 0x5341: return 10;
    case 0x767E: return 100;
    case 0x5343: return 1000;
    case 0x4E07: return 10000;
    case 0x4EBF: return 100000000;
    default: return -1;
    }
}

/* cn_value () as a table, for the scan of numerals: the 17 numerals hash
 * to distinct slots of 64 (Fibonacci hashing, as unit_slot ()); an empty
 * slot has the value -1. Built once. */
static struct {
  gunichar c;
  gint64   value;
} cn_slots[64];

static inline guint
cn_slot (gunichar c)
{
  return (c * 0x9E3779B1u) >> 26;
}

static void
make_cn_slots (void)
{
  static const gunichar numerals[] = {
    0x96F6, 0x3007, 0x4E00, 0x4E8C, 0x4E24, 0x4E09, 0x56DB, 0x4E94, 0x516D,
    0x4E03, 0x516B, 0x4E5D, 0x5341, 0x767E, 0x5343, 0x4E07, 0x4EBF,
  };

  for (guint k = 0; k < G_N_ELEMENTS (cn_slots); k++)
    cn_slots[k].value = -1;
  for (guint i = 0; i < G_N_ELEMENTS (numerals); i++)
    {
      guint k = cn_slot (numerals[i]);

      if (G_UNLIKELY (cn_slots[k].value >= 0))
        g_error ("quantity: two numerals in one slot");
      cn_slots[k].c = numerals[i];
      cn_slots[k].value = cn_value (numerals[i]);
    }
}

/* The value of the Chinese numeral at @q (cn_value ()), or -1: all of
 * them have three bytes */
static inline gint64
cn_value_at (const guint8 *s,
             gsize         len,
             gsize         q)
{
  gunichar c;
  guint k;

  if (q + 2 >= len || (s[q] & 0xF0) != 0xE0)
    return -1;
  c = ((gunichar) (s[q] & 0x0F) << 12) | ((gunichar) (s[q + 1] & 0x3F) << 6) | (s[q + 2] & 0x3F);
  k = cn_slot (c);
  return cn_slots[k].c == c ? cn_slots[k].value : -1;
}

#define CP_TITLE_OPEN   0x300A  /* 《 */
#define CP_TITLE_CLOSE  0x300B  /* 》 */
#define CP_DI           0x7B2C  /* 第 */
#define CP_TOU          0x5934  /* 头, before a Chinese numeral: an ordinal (头一项) */
#define CP_JIE          0x5C4A  /* 届 */

/* The trigger bitmap over the BMP, and the units sorted by their first
 * character, built once. */
static guint64 trigger_bits[65536 / 64];
/* The same bitmap for skip_plain (), indexed by bytes: the first two bytes
 * of a character, the first as the high byte, give one of a few distinct
 * rows of trigger_bits, whose bit (third byte & 63) is the trigger bit. A
 * first byte that starts no three-byte character gets ROW_STOP, every bit
 * set, so that the loop needs no test of its own for it; it is 0 so that
 * only the rows of three-byte characters need to be filled in, and those
 * are one run of 4 KiB: the rest of the table is never written, and
 * takes no memory. */
enum { ROW_STOP, ROW_EMPTY, MAX_ROWS = 64 };
static guint8 trigger_row_of[65536];
static guint64 trigger_rows[MAX_ROWS];
static struct {
  guint32  first;  /* unit_key_at () of the unit's text */
  guint    unit;
} unit_index[G_N_ELEMENTS (units)];
/* The runs of unit_index with the same first character, found by its
 * key: open addressing, an empty slot has n == 0. */
#define UNIT_SLOTS 256
G_STATIC_ASSERT (G_N_ELEMENTS (units) < UNIT_SLOTS);   /* fits start, n */
static struct {
  guint32  first;
  guint8   start;
  guint8   n;
} unit_slots[UNIT_SLOTS];
/* For each unit, a bit for the low six bits of the first code point of
 * each word of its blocked list: most characters after a unit start no
 * such word, and then the list need not be read. */
static guint64 blocked_first[G_N_ELEMENTS (units)];
/* and for the next six bits, (code point >> 6) & 63: both must be set */
static guint64 blocked_first_high[G_N_ELEMENTS (units)];
/* The words of the blocked lists, split once: those of units[i] are
 * blocked_words[blocked_start[i]] up to blocked_words[blocked_start[i + 1]]. */
#define MAX_BLOCKED_WORDS 1024
static Word blocked_words[MAX_BLOCKED_WORDS];
static guint16 blocked_start[G_N_ELEMENTS (units) + 1];

/* set_phrases by the first character of their numeral: the runs of
 * phrase_order [phrase_heads[k].start, phrase_heads[k + 1].start) */
static guint8 phrase_order[G_N_ELEMENTS (set_phrases)];
static struct {
  gunichar first;
  guint8   start;
} phrase_heads[G_N_ELEMENTS (set_phrases) + 1];
static guint n_phrase_heads;

/* A bit for (last byte & 63) of each word of approx_prefixes and of
 * counters: the low six bits of the last code point. Most numerals follow
 * no such word, and then the tables need not be read. */
static guint64 approx_prefix_last;
static guint64 counter_last;

/* The first character at @p as a key of unit_slots: an ASCII byte, or
 * the first three bytes of any other character, undecoded (no unit starts
 * with a character of two or four bytes, whose key then matches none). */
static inline guint32
unit_key_at (const guint8 *s,
             gsize         len,
             gsize         p)
{
  if (s[p] < 0x80)
    return s[p];
  if (p + 2 < len)
    return s[p] | (guint32) s[p + 1] << 8 | (guint32) s[p + 2] << 16;
  return 0;
}

/* Fibonacci hashing: the multiplier is 2^32 divided by the golden ratio,
 * whose top bits spread neighbouring keys apart. */
static inline guint
unit_slot (guint32 c)
{
  return ((c * 0x9E3779B1u) >> 24) % UNIT_SLOTS;
}

static guint64
last_byte_mask (const Affix *words,
                guint        n_words)
{
  guint64 mask = 0;

  for (guint i = 0; i < n_words; i++)
    mask |= G_GUINT64_CONSTANT (1) << (words[i].word[words[i].len - 1] & 63);
  return mask;
}

/* Whether the character that ends at @p may end a word of a table whose
 * last_byte_mask () is @mask */
static inline gboolean
may_end_word (const guint8 *s,
              gsize         p,
              guint64       mask)
{
  return p > 0 && ((mask >> (s[p - 1] & 63)) & 1);
}

static void
set_trigger (gunichar c)
{
  trigger_bits[c >> 6] |= G_GUINT64_CONSTANT (1) << (c & 63);
}

static void
make_trigger_rows (void)
{
  guint n_rows = ROW_EMPTY + 1;

  trigger_rows[ROW_STOP] = G_MAXUINT64;
  /* the second byte as decode_at () reads it: its low six bits; first
   * every row of a three-byte character empty */
  memset (&trigger_row_of[0xE0 << 8], ROW_EMPTY, 0x10 << 8);
  for (guint b0 = 0xE0; b0 < 0xF0; b0++)
    for (guint b1 = 0; b1 < 64; b1++)
      {
        guint64 row = trigger_bits[(b0 & 0x0F) << 6 | b1];
        guint id;

        if (row == 0)
          continue;
        for (id = ROW_EMPTY + 1; id < n_rows && trigger_rows[id] != row; id++)
          ;
        if (id == n_rows)
          {
            /* a row per trigger at most: a few dozen */
            if (G_UNLIKELY (n_rows >= MAX_ROWS))
              g_error ("quantity: the triggers need more than %d rows", MAX_ROWS);
            trigger_rows[n_rows++] = row;
          }
        for (guint high = 0; high < 256; high += 64)
          trigger_row_of[b0 << 8 | high | b1] = id;
      }
}

/* The filter of find_trigger_ssse3 () and find_trigger_avx2 (): a
 * three-byte trigger is told by its last two bytes, each looked up by its
 * two nibbles in tables of eight bits, one per group of triggers (a group
 * shares a second byte, mostly): a position whose bytes have a bit in
 * common in all four lookups may start a trigger of that group. Its first
 * byte (E4 to E9 for most Chinese) tells little. [0] and [1]: low and high
 * nibble of the second byte, [2] and [3] of the third. */
static guint8 nibble_tables[4][16] __attribute__ ((aligned (16)));
#ifdef QUANTITY_SIMD
/* 0: none, 1: SSSE3, 2: AVX2; set once by init_tables () */
static int simd_level;
#endif

static guint
nibble_group (guint8 second)
{
  switch (second)
    {
    case 0xB8: return 0;  /* 一 七 万 三 两 */
    case 0xBA: return 1;  /* 二 五 亿 */
    case 0x80: return 2;  /* 〇 《 「 『 “ */
    case 0x85: return 3;  /* 六 八 */
    case 0x9B: return 4;  /* 四 零 */
    case 0x8D: return 5;  /* 十 千 */
    case 0xB9: case 0x99: return 6;  /* 九 百 */
    default: return 7;    /* ０-９ (BC) and any other */
    }
}

static void
make_nibble_tables (void)
{
  /* no trigger of two bytes: the scan decodes the others as three */
  for (guint w = 0x80 >> 6; w < 0x800 >> 6; w++)
    if (trigger_bits[w] != 0)
      g_error ("quantity: a two-byte trigger, which the scan does not read");

  /* every trigger of three bytes, from the bitmap (its words of no
   * trigger, nearly all, are passed over whole) */
  for (gunichar w = 0x800 >> 6; w < G_N_ELEMENTS (trigger_bits); w++)
    for (guint64 bits = trigger_bits[w]; bits != 0; bits &= bits - 1)
      {
        gunichar c = w << 6 | (gunichar) __builtin_ctzll (bits);
        guint8 b1 = 0x80 | ((c >> 6) & 0x3F), b2 = 0x80 | (c & 0x3F);
        guint8 bit = 1 << nibble_group (b1);

        nibble_tables[0][b1 & 15] |= bit;
        nibble_tables[1][b1 >> 4] |= bit;
        nibble_tables[2][b2 & 15] |= bit;
        nibble_tables[3][b2 >> 4] |= bit;
      }
}

static inline gsize decode_at (const guint8 *s,
                               gsize         len,
                               gsize         p,
                               gunichar     *cp);

static void
make_phrase_heads (void)
{
  gunichar firsts[G_N_ELEMENTS (set_phrases)];
  guint n = 0;

  G_STATIC_ASSERT (G_N_ELEMENTS (set_phrases) < 256);
  for (guint i = 0; i < G_N_ELEMENTS (set_phrases); i++)
    decode_at ((const guint8 *) set_phrases[i].at, set_phrases[i].at_len, 0, &firsts[i]);
  for (guint i = 0; i < G_N_ELEMENTS (set_phrases); i++)
    {
      guint k;

      /* a new first character: its run, in table order */
      for (k = 0; k < n_phrase_heads && phrase_heads[k].first != firsts[i]; k++)
        ;
      if (k < n_phrase_heads)
        continue;
      phrase_heads[n_phrase_heads].first = firsts[i];
      phrase_heads[n_phrase_heads++].start = n;
      for (guint j = i; j < G_N_ELEMENTS (set_phrases); j++)
        if (firsts[j] == firsts[i])
          phrase_order[n++] = j;
    }
  phrase_heads[n_phrase_heads].start = n;
}

static void
init_tables (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      guint n_blocked = 0;
      static const gunichar extra[] = {
        0x96F6, 0x3007, 0x4E00, 0x4E8C, 0x4E24, 0x4E09, 0x56DB, 0x4E94, 0x516D,
        0x4E03, 0x516B, 0x4E5D, 0x5341, 0x767E, 0x5343, 0x4E07, 0x4EBF,
        CP_TITLE_OPEN, 0x201C /* “ */, 0x300C /* 「 */, 0x300E /* 『 */,
      };
      for (gunichar c = '0'; c <= '9'; c++)
        set_trigger (c);
      for (gunichar c = 0xFF10; c <= 0xFF19; c++)
        set_trigger (c);
      for (guint i = 0; i < G_N_ELEMENTS (extra); i++)
        set_trigger (extra[i]);
      make_trigger_rows ();
      make_nibble_tables ();
#ifdef QUANTITY_SIMD
      __builtin_cpu_init ();
#ifndef QUANTITY_NO_AVX2
      if (__builtin_cpu_supports ("avx2"))
        simd_level = 2;
      else
#endif
      if (__builtin_cpu_supports ("ssse3"))
        simd_level = 1;
#endif

      for (guint i = 0; i < G_N_ELEMENTS (units); i++)
        {
          const char *w = units[i].blocked;

          blocked_start[i] = n_blocked;
          while (w != NULL)
            {
              const char *bar = strchr (w, '|');
              gsize wlen = bar != NULL ? (gsize) (bar - w) : strlen (w);
              gunichar c;

              decode_at ((const guint8 *) w, strlen (w), 0, &c);
              blocked_first[i] |= G_GUINT64_CONSTANT (1) << (c & 63);
              blocked_first_high[i] |= G_GUINT64_CONSTANT (1) << ((c >> 6) & 63);
              /* (an empty word blocks nothing) */
              if (wlen > 0)
                {
                  if (G_UNLIKELY (n_blocked >= MAX_BLOCKED_WORDS))
                    g_error ("quantity: more than %d blocked words", MAX_BLOCKED_WORDS);
                  blocked_words[n_blocked++] = (Word) { w, wlen };
                }
              w = bar != NULL ? bar + 1 : NULL;
            }
        }
      blocked_start[G_N_ELEMENTS (units)] = n_blocked;

      /* insertion sort: ~90 entries, once */
      for (guint i = 0; i < G_N_ELEMENTS (units); i++)
        {
          guint32 c = unit_key_at ((const guint8 *) units[i].text, units[i].len, 0);
          guint j = i;

          while (j > 0 && unit_index[j - 1].first > c)
            {
              unit_index[j] = unit_index[j - 1];
              j--;
            }
          unit_index[j].first = c;
          unit_index[j].unit = i;
        }
      for (guint i = 0; i < G_N_ELEMENTS (units); i++)
        {
          guint k = unit_slot (unit_index[i].first);

          while (unit_slots[k].n > 0 && unit_slots[k].first != unit_index[i].first)
            k = (k + 1) % UNIT_SLOTS;
          if (unit_slots[k].n == 0)
            {
              unit_slots[k].first = unit_index[i].first;
              unit_slots[k].start = i;
            }
          unit_slots[k].n++;
        }

      make_phrase_heads ();
      make_cn_slots ();
      approx_prefix_last = last_byte_mask (approx_prefixes, G_N_ELEMENTS (approx_prefixes));
      counter_last = last_byte_mask (counters, G_N_ELEMENTS (counters));
      g_once_init_leave (&done, 1);
    }
}

static inline gboolean
is_trigger (gunichar c)
{
  return c < 65536 && (trigger_bits[c >> 6] >> (c & 63)) & 1;
}

/* Whether skip_plain () stops at @q: a trigger, or no three-byte
 * character */
static inline gboolean
plain_stop_at (const guint8 *q)
{
  guint64 row = trigger_rows[trigger_row_of[(guint) q[0] << 8 | q[1]]];

  return (row >> (q[2] & 0x3F)) & 1;
}

/* Skips the three-byte characters from @p that are no trigger, most of
 * the text: the trigger bit is found from their bytes (the bitmap row
 * from the first two, the bit from the last) without decoding them. */
static inline gsize
skip_plain (const guint8 *s,
            gsize         len,
            gsize         p)
{
  const guint8 *q = s + p, *last;

  if (len < 3)
    return p;
  /* the last place a three-byte character may start */
  last = s + len - 3;
  /* two characters a round, which halves the loop's own cost */
  while (q + 3 <= last)
    {
      if (plain_stop_at (q))
        return q - s;
      if (plain_stop_at (q + 3))
        return q + 3 - s;
      q += 6;
    }
  if (q <= last && !plain_stop_at (q))
    q += 3;

  return q - s;
}

/* Decodes the code point at @p (no validation beyond bounds: the document
 * text is valid UTF-8; on garbage this still never reads past @len). */
static inline gsize
decode_at (const guint8 *s,
           gsize         len,
           gsize         p,
           gunichar     *cp)
{
  guint8 b = s[p];

  /* Chinese first: most characters read here are */
  if ((b & 0xF0) == 0xE0 && p + 2 < len)
    {
      *cp = ((gunichar) (b & 0x0F) << 12) | ((gunichar) (s[p + 1] & 0x3F) << 6) | (s[p + 2] & 0x3F);
      return 3;
    }
  if (b < 0x80)
    {
      *cp = b;
      return 1;
    }
  if (b >= 0xC0 && b < 0xE0 && p + 1 < len)
    {
      *cp = ((gunichar) (b & 0x1F) << 6) | (s[p + 1] & 0x3F);
      return 2;
    }
  if (b >= 0xF0 && b < 0xF8 && p + 3 < len)
    {
      *cp = ((gunichar) (b & 0x07) << 18) | ((gunichar) (s[p + 1] & 0x3F) << 12) |
            ((gunichar) (s[p + 2] & 0x3F) << 6) | (s[p + 3] & 0x3F);
      return 4;
    }
  *cp = 0xFFFD;
  return 1;
}

/* Whether a trigger starts at @i, a position from which three bytes can
 * be read: an ASCII digit or ", or a three-byte character that is_trigger ()
 * (not a byte inside a character, nor any other) */
static inline gboolean
trigger_starts_at (const guint8 *s,
                   gsize         i)
{
  guint8 b = s[i];

  if (b < 0x80)
    return (b >= '0' && b <= '9') || b == '"';
  return (b & 0xF0) == 0xE0 && plain_stop_at (s + i);
}

#ifdef QUANTITY_SIMD
/* The positions of a block that may start a trigger, in @mask: ASCII
 * digits and " exactly, three-byte triggers by their last two bytes
 * (nibble_tables). Written once for both widths. */
#define TRIGGER_CANDIDATES(V, P, ONES, q, mask)                               \
  G_STMT_START {                                                              \
    V a0 = P##_loadu_si##ONES ((const V *) (const void *) (q));               \
    V a1 = P##_loadu_si##ONES ((const V *) (const void *) ((q) + 1));         \
    V a2 = P##_loadu_si##ONES ((const V *) (const void *) ((q) + 2));         \
    V t1 = P##_and_si##ONES (                                                 \
      P##_shuffle_epi8 (lo1, P##_and_si##ONES (a1, nibble)),                  \
      P##_shuffle_epi8 (hi1, P##_and_si##ONES (P##_srli_epi16 (a1, 4), nibble))); \
    V t2 = P##_and_si##ONES (                                                 \
      P##_shuffle_epi8 (lo2, P##_and_si##ONES (a2, nibble)),                  \
      P##_shuffle_epi8 (hi2, P##_and_si##ONES (P##_srli_epi16 (a2, 4), nibble))); \
    V d = P##_sub_epi8 (a0, zero_char);                                       \
    V ascii = P##_or_si##ONES (P##_cmpeq_epi8 (P##_min_epu8 (d, nine), d),    \
                               P##_cmpeq_epi8 (a0, quote));                   \
    mask = ~(guint32) P##_movemask_epi8 (                                     \
             P##_cmpeq_epi8 (P##_and_si##ONES (t1, t2), zero)) |              \
           (guint32) P##_movemask_epi8 (ascii);                               \
  } G_STMT_END

/* What find_trigger_ssse3 () and find_trigger_avx2 () return: the trigger
 * found, or where fewer than 18 (34) bytes are left, which may be inside
 * a character. */
typedef struct {
  gsize    p;
  gboolean found;
} TriggerSearch;

/* The constants of the searches, loaded rather than built at each call */
static const guint8 simd_nibble[32] __attribute__ ((aligned (32))) = {
  [0 ... 31] = 0x0F };
static const guint8 simd_zero_char[32] __attribute__ ((aligned (32))) = {
  [0 ... 31] = '0' };
static const guint8 simd_nine[32] __attribute__ ((aligned (32))) = {
  [0 ... 31] = 9 };
static const guint8 simd_quote[32] __attribute__ ((aligned (32))) = {
  [0 ... 31] = '"' };

/* Looks for the first trigger from @p, sixteen positions a round; every
 * candidate is checked in full. */
__attribute__ ((target ("ssse3"))) static TriggerSearch
find_trigger_ssse3 (const guint8 *s,
                    gsize         len,
                    gsize         q)
{
  const __m128i lo1 = _mm_load_si128 ((const __m128i *) (const void *) nibble_tables[0]);
  const __m128i hi1 = _mm_load_si128 ((const __m128i *) (const void *) nibble_tables[1]);
  const __m128i lo2 = _mm_load_si128 ((const __m128i *) (const void *) nibble_tables[2]);
  const __m128i hi2 = _mm_load_si128 ((const __m128i *) (const void *) nibble_tables[3]);
  const __m128i nibble = _mm_load_si128 ((const __m128i *) (const void *) simd_nibble);
  const __m128i zero_char = _mm_load_si128 ((const __m128i *) (const void *) simd_zero_char);
  const __m128i nine = _mm_load_si128 ((const __m128i *) (const void *) simd_nine);
  const __m128i quote = _mm_load_si128 ((const __m128i *) (const void *) simd_quote);
  const __m128i zero = _mm_setzero_si128 ();

  for (; len - q >= 16 + 2; q += 16)
    {
      guint32 mask;

      TRIGGER_CANDIDATES (__m128i, _mm, 128, s + q, mask);
      for (mask &= 0xFFFF; mask != 0; mask &= mask - 1)
        if (trigger_starts_at (s, q + __builtin_ctz (mask)))
          return (TriggerSearch) { q + __builtin_ctz (mask), TRUE };
    }
  return (TriggerSearch) { q, FALSE };
}

/* find_trigger_ssse3 () thirty-two positions a round */
__attribute__ ((target ("avx2"))) static TriggerSearch
find_trigger_avx2 (const guint8 *s,
                   gsize         len,
                   gsize         q)
{
  const __m256i lo1 = _mm256_broadcastsi128_si256 (
    _mm_load_si128 ((const __m128i *) (const void *) nibble_tables[0]));
  const __m256i hi1 = _mm256_broadcastsi128_si256 (
    _mm_load_si128 ((const __m128i *) (const void *) nibble_tables[1]));
  const __m256i lo2 = _mm256_broadcastsi128_si256 (
    _mm_load_si128 ((const __m128i *) (const void *) nibble_tables[2]));
  const __m256i hi2 = _mm256_broadcastsi128_si256 (
    _mm_load_si128 ((const __m128i *) (const void *) nibble_tables[3]));
  const __m256i nibble = _mm256_load_si256 ((const __m256i *) (const void *) simd_nibble);
  const __m256i zero_char = _mm256_load_si256 ((const __m256i *) (const void *) simd_zero_char);
  const __m256i nine = _mm256_load_si256 ((const __m256i *) (const void *) simd_nine);
  const __m256i quote = _mm256_load_si256 ((const __m256i *) (const void *) simd_quote);
  const __m256i zero = _mm256_setzero_si256 ();

  for (; len - q >= 32 + 2; q += 32)
    {
      guint32 mask;

      TRIGGER_CANDIDATES (__m256i, _mm256, 256, s + q, mask);
      for (; mask != 0; mask &= mask - 1)
        if (trigger_starts_at (s, q + __builtin_ctz (mask)))
          return (TriggerSearch) { q + __builtin_ctz (mask), TRUE };
    }
  return (TriggerSearch) { q, FALSE };
}
#endif

/* The first trigger from @p, a character start: where the scan has work
 * to do. Everything else, nine characters in ten, is stepped over here. */
static inline gsize
next_trigger (const guint8 *s,
              gsize         len,
              gsize         p)
{
#ifdef QUANTITY_SIMD
  if (simd_level > 0 && len - p >= 16 + 2)
    {
      gsize start = p;
      TriggerSearch found = simd_level == 2 ? find_trigger_avx2 (s, len, p)
                                            : find_trigger_ssse3 (s, len, p);

      p = found.p;
      if (found.found)
        return p;
      /* back to the start of the character, for the walk below */
      while (p > start && (s[p] & 0xC0) == 0x80)
        p--;
    }
#endif

  while (p < len)
    {
      guint8 b = s[p];
      gunichar c;
      gsize n;

      if (b < 0x80)
        {
          if ((b >= '0' && b <= '9') || b == '"')
            return p;
          p++;
          continue;
        }
      if ((b & 0xF0) == 0xE0)
        {
          gsize q = skip_plain (s, len, p);

          if (q > p)
            {
              p = q;
              continue;
            }
        }
      n = decode_at (s, len, p, &c);
      if (is_trigger (c))
        return p;
      p += n;
    }
  return p;
}

/* decode_before () for the start of the text or other than a three-byte
 * character */
static G_NO_INLINE gsize
decode_before_other (const guint8 *s,
                     gsize         p,
                     gunichar     *cp)
{
  gsize q;

  if (p == 0)
    {
      *cp = 0;
      return G_MAXSIZE;
    }
  q = p - 1;
  while (q > 0 && (s[q] & 0xC0) == 0x80 && p - q < 4)
    q--;
  decode_at (s, p, q, cp);
  return q;
}

/* The code point ending at @p; returns its start, or G_MAXSIZE (and 0 in
 * @cp) at the start of the text. */
static inline gsize
decode_before (const guint8 *s,
               gsize         p,
               gunichar     *cp)
{
  /* most often a three-byte character, found here as the walk of
   * decode_before_other () would find it */
  if (p >= 3 && (s[p - 3] & 0xF0) == 0xE0 && (s[p - 2] & 0xC0) == 0x80 && (s[p - 1] & 0xC0) == 0x80)
    {
      *cp = ((gunichar) (s[p - 3] & 0x0F) << 12) | ((gunichar) (s[p - 2] & 0x3F) << 6) | (s[p - 1] & 0x3F);
      return p - 3;
    }
  /* then ASCII */
  if (p > 0 && s[p - 1] < 0x80)
    {
      *cp = s[p - 1];
      return p - 1;
    }
  return decode_before_other (s, p, cp);
}

static inline gboolean
has_at (const guint8 *s,
        gsize         len,
        gsize         p,
        const char   *word,
        gsize         wlen)
{
  /* short words: a loop beats a call to memcmp, and the first or second
   * byte usually differs */
  if (p + wlen > len)
    return FALSE;
  /* the last byte first: in a CJK word it tells most apart */
  if (wlen > 0 && s[p + wlen - 1] != (guint8) word[wlen - 1])
    return FALSE;
  for (gsize i = 0; i < wlen; i++)
    if (s[p + i] != (guint8) word[i])
      return FALSE;
  return TRUE;
}

static inline gboolean
has_before (const guint8 *s,
            gsize         p,
            const char   *word,
            gsize         wlen)
{
  if (wlen > p)
    return FALSE;
  /* from the last byte, which tells most CJK words apart */
  for (gsize i = wlen; i-- > 0;)
    if (s[p - wlen + i] != (guint8) word[i])
      return FALSE;
  return TRUE;
}

/* Does one of @words end at @p? */
static gboolean
any_word_before (const guint8 *s,
                 gsize         p,
                 const Word   *words,
                 guint         n_words)
{
  for (guint i = 0; i < n_words; i++)
    if (has_before (s, p, words[i].word, words[i].len))
      return TRUE;
  return FALSE;
}

/* Does one of @words start at @p? */
static gboolean
any_word_at (const guint8 *s,
             gsize         len,
             gsize         p,
             const Word   *words,
             guint         n_words)
{
  for (guint i = 0; i < n_words; i++)
    if (has_at (s, len, p, words[i].word, words[i].len))
      return TRUE;
  return FALSE;
}

/* Whether a word of the blocked list of units[@unit] starts at @p */
static gboolean
blocked_at (const guint8 *s,
            gsize         len,
            gsize         p,
            guint         unit)
{
  for (guint i = blocked_start[unit]; i < blocked_start[unit + 1]; i++)
    if (has_at (s, len, p, blocked_words[i].word, blocked_words[i].len))
      return TRUE;
  return FALSE;
}

/* Whether the code point @c occurs in the UTF-8 string @set. */
static gboolean
char_in (gunichar    c,
         const char *set)
{
  const guint8 *u = (const guint8 *) set;
  gsize n = strlen (set);

  for (gsize i = 0; i < n;)
    {
      gunichar d;
      i += decode_at (u, n, i, &d);
      if (d == c)
        return TRUE;
    }
  return FALSE;
}

static inline gsize
skip_spaces (const guint8 *s,
             gsize         len,
             gsize         p)
{
  /* most often no space at all */
  if (p >= len || (s[p] != ' ' && s[p] != '\t' &&
                   (s[p] != 0xE3 || p + 2 >= len || s[p + 1] != 0x80 || s[p + 2] != 0x80)))
    return p;
  for (guint i = 0; i < 2 && p < len; i++)
    {
      if (s[p] == ' ' || s[p] == '\t')
        p++;
      else if (has_at (s, len, p, "\xE3\x80\x80", 3))  /* U+3000 */
        p += 3;
      else
        break;
    }
  return p;
}

/* Past a run of spaces that aligns a table's columns (at most 16
 * characters: spaces, tabs, ideographic spaces) */
static gsize
skip_column_spaces (const guint8 *s,
                    gsize         len,
                    gsize         p)
{
  for (guint i = 0; i < 16 && p < len; i++)
    {
      if (s[p] == ' ' || s[p] == '\t')
        p++;
      else if (has_at (s, len, p, "\xE3\x80\x80", 3))
        p += 3;
      else
        break;
    }
  return p;
}

/* Does a line end at @p, maybe after spaces (or the text)? */
static gboolean
ends_line_at (const guint8 *s,
              gsize         len,
              gsize         p)
{
  while (p < len && (s[p] == ' ' || s[p] == '\t' || s[p] == '\r'))
    p++;
  return p >= len || s[p] == '\n';
}

static inline gsize
skip_spaces_before (const guint8 *s,
                    gsize         p)
{
  /* as in skip_spaces (); U+3000 is E3 80 80 */
  if (p == 0 || (s[p - 1] != ' ' && s[p - 1] != '\t' &&
                 (s[p - 1] != 0x80 || p < 3 || s[p - 2] != 0x80 || s[p - 3] != 0xE3)))
    return p;
  for (guint i = 0; i < 2 && p > 0; i++)
    {
      if (s[p - 1] == ' ' || s[p - 1] == '\t')
        p--;
      else if (has_before (s, p, "\xE3\x80\x80", 3))
        p -= 3;
      else
        break;
    }
  return p;
}

/* Whether @unit is written @text */
static inline gboolean
unit_is (const Unit *unit,
         const char *text)
{
  return unit->len == strlen (text) && memcmp (unit->text, text, strlen (text)) == 0;
}

static const Unit *
match_unit (const guint8 *s,
            gsize         len,
            gsize         p)
{
  const Unit *best = NULL;
  gsize best_len = 0;
  guint32 c;
  guint k, end;

  if (p >= len)
    return NULL;
  c = unit_key_at (s, len, p);

  /* the entries whose first character is c */
  for (k = unit_slot (c); unit_slots[k].n > 0 && unit_slots[k].first != c; k = (k + 1) % UNIT_SLOTS)
    ;
  end = unit_slots[k].start + unit_slots[k].n;

  for (guint i = unit_slots[k].start; i < end; i++)
    {
      const Unit *u = &units[unit_index[i].unit];

      if (u->len <= best_len || !has_at (s, len, p, u->text, u->len))
        continue;
      if (u->blocked && p + u->len < len)
        {
          gunichar next;

          decode_at (s, len, p + u->len, &next);
          if (((blocked_first[unit_index[i].unit] >> (next & 63)) & 1) &&
              ((blocked_first_high[unit_index[i].unit] >> ((next >> 6) & 63)) & 1) &&
              blocked_at (s, len, p + u->len, unit_index[i].unit))
            continue;
        }
      best = u;
      best_len = u->len;
    }
  return best;
}

/* ---------------------------------------------------------------- */

typedef struct {
  const guint8 *s;
  gsize         len;
  gsize         last_end;
  gsize         quote_start;   /* a short “…” quote: slogans */
  gsize         quote_end;
  QuantityFunc  func;
  gpointer      user_data;
  gboolean      stop;
} Scan;

/* A parsed numeral. Arabic: mantissa / 10^decimals, then a run of
 * multipliers (百千万亿). Chinese: the run of numeral characters. */
typedef struct {
  gsize    start;
  gsize    digits_end;     /* end of the digits (arabic) */
  gsize    end;            /* end of digits and multipliers */
  gboolean chinese;
  gint64   mantissa;
  guint    decimals;
  guint    n_digits;
  QuantityApprox range;    /* 三四个, 一两次: about */
  gboolean positional;     /* Chinese digits without magnitudes: 二〇二三 */
  gboolean had_separator;  /* read 1,234 */
  guint    spaced;         /* digits read after a lone space: 1 0件 */
  /* multipliers (arabic) or all characters (Chinese); the token arrays
   * are last, and only read up to n_tok: numeral_init() leaves them be */
  guint    n_tok;
  gint64   tok_val[24];    /* Chinese: digit (0-9) or magnitude (≥10) */
  gboolean tok_mag[24];
  gsize    tok_pos[25];
} Numeral;

/* Clears @num up to its token arrays, a tenth of its size: a numeral is
 * read at every digit and Chinese numeral of the text. */
static inline void
numeral_init (Numeral *num,
              gsize    start)
{
  memset (num, 0, G_STRUCT_OFFSET (Numeral, tok_val));
  num->start = start;
}

static inline gsize
digit_at (const guint8 *s,
          gsize         len,
          gsize         p,
          int          *d)
{
  if (p < len && s[p] >= '0' && s[p] <= '9')
    {
      *d = s[p] - '0';
      return 1;
    }
  /* ０-９: EF BC 90-99 */
  if (p + 2 < len && s[p] == 0xEF && s[p + 1] == 0xBC && s[p + 2] >= 0x90 && s[p + 2] <= 0x99)
    {
      *d = s[p + 2] - 0x90;
      return 3;
    }
  return 0;
}

static inline gsize
decimal_point_at (const guint8 *s,
                  gsize         len,
                  gsize         p)
{
  if (p < len && s[p] == '.')
    return 1;
  if (has_at (s, len, p, "．", 3))
    return 3;
  return 0;
}

/* The length of the space at @p that may separate thousands (a
 * half-width, ideographic, no-break or thin one), or 0. */
static inline gsize
space_separator_at (const guint8 *s,
                     gsize         len,
                     gsize         p)
{
  /* (not the ideographic space, which parts a table's columns) */
  switch (s[p])
    {
    case ' ':
      return 1;
    case 0xC2:
      return has_at (s, len, p, "\u00A0", 2) ? 2 : 0;
    case 0xE2:
      return has_at (s, len, p, "\u2009", 3) || has_at (s, len, p, "\u202F", 3) ? 3 : 0;
    default:
      return 0;
    }
}

/* Reads digits at @p; with @thousands, accepts 1,234,567. Returns FALSE
 * when there are too many digits to be a count (an id, a phone number). */
static gboolean
parse_arabic (const guint8 *s,
              gsize         len,
              gsize         p,
              gboolean      thousands,
              Numeral      *num)
{
  gsize q = p, n;
  int d;
  guint group = 0;

  numeral_init (num, p);

  while ((n = digit_at (s, len, q, &d)))
    {
      num->mantissa = num->mantissa * 10 + d;
      num->n_digits++;
      group++;
      q += n;
      if (num->n_digits > 15)
        return FALSE;
      /* thousands separator: ",ddd" not followed by a digit; after
       * full-width digits, the full-width comma too (１，８６０条); a
       * space, the digits after it of either width (1 035人次) */
      if (thousands && group <= 3 && q < len)
        {
          gboolean any_width = TRUE;
          gsize sep, r, m;
          guint k = 0;
          int e;

          if (s[q] == ',')
            sep = 1;
          else if (n == 3 && has_at (s, len, q, "，", 3))
            {
              sep = 3;
              any_width = FALSE;
            }
          else
            sep = space_separator_at (s, len, q);
          if (sep == 0)
            continue;
          r = q + sep;
          while (k < 3 && (m = digit_at (s, len, r, &e)) && (any_width || m == 3))
            {
              r += m;
              k++;
            }
          if (k == 3 && !digit_at (s, len, r, &e))
            {
              q += sep;
              group = 0;
              num->had_separator = TRUE;
            }
          /* a copy that spaces out every character (法规1 0件, １ ２件,
           * 1 2 0 0余人次): a lone digit after a lone half-width space,
           * after lone digits only, is the number's own; not two digits
           * (执法检查 5 12次: a table's columns), which is no such copy */
          else if (s[q] == ' ' && group == 1 && num->n_digits == num->spaced + 1 && k == 1 &&
                   !digit_at (s, len, r, &e))
            {
              q += sep;
              group = 0;
              num->spaced++;
            }
        }
    }

  /* decimals */
  if ((n = decimal_point_at (s, len, q)) && digit_at (s, len, q + n, &d))
    {
      q += n;
      while ((n = digit_at (s, len, q, &d)))
        {
          if (num->decimals < 6 && num->n_digits < 15)
            {
              num->mantissa = num->mantissa * 10 + d;
              num->decimals++;
              num->n_digits++;
            }
          q += n;
        }
    }
  num->digits_end = q;

  /* multipliers: 百千万亿 right after the digits */
  num->tok_pos[0] = q;
  while (num->n_tok < 3)
    {
      /* (digits and 十 are below 100) */
      gint64 mag = cn_value_at (s, len, q);

      if (mag < 100)
        break;
      num->tok_val[num->n_tok] = mag;
      num->tok_mag[num->n_tok] = TRUE;
      q += 3;
      num->tok_pos[++num->n_tok] = q;
    }
  num->end = q;
  return TRUE;
}

static gboolean chinese_value (const Numeral  *num,
                               guint           n,
                               gint64         *out,
                               QuantityApprox *range);

/* 九十八点五, 一点二万, 零点五: the numeral read at @point (点) is a
 * Chinese decimal. It then becomes what the same number written in digits
 * gives (mantissa, decimals, then 百千万亿 multipliers), so that the rest
 * of the scan treats both alike. Left as it is when 点 is no decimal point:
 * 十二点三十分 (a time), 两点意见 (no digit after it). */
static void
chinese_decimal (const guint8 *s,
                 gsize         len,
                 gsize         point,
                 Numeral      *num)
{
  gint64 whole = 0, frac = 0, scale = 1;
  guint decimals = 0, whole_digits = 0;
  QuantityApprox range = QUANTITY_APPROX_NONE;
  gsize q = point + 3;
  gunichar c = 0;

  /* the whole part has no 万 or 亿 (一万点五 is no number), so it stays
   * under 10^4 and the mantissa with six decimals fits */
  for (guint i = 0; i < num->n_tok; i++)
    if (num->tok_mag[i] && num->tok_val[i] >= 10000)
      return;
  if (num->n_tok == 1 && !num->tok_mag[0] && num->tok_val[0] == 0)
    whole = 0;
  else if ((num->positional && num->n_tok > 1) ||
           !chinese_value (num, num->n_tok, &whole, &range) || range != QUANTITY_APPROX_NONE)
    return;

  /* the fraction: digits only (两 is no digit there) */
  while (q < len && decimals < 6)
    {
      gsize m = decode_at (s, len, q, &c);
      int d = cn_digit (c);

      if (d < 0 || c == 0x4E24)
        break;
      frac = frac * 10 + d;
      scale *= 10;
      decimals++;
      q += m;
    }
  if (decimals == 0)
    return;
  if (q < len)
    {
      decode_at (s, len, q, &c);
      if (cn_digit (c) >= 0 || cn_magnitude (c) == 10)
        return;
    }

  for (gint64 w = whole; w > 0; w /= 10)
    whole_digits++;
  num->chinese = FALSE;
  num->positional = FALSE;
  num->mantissa = whole * scale + frac;
  num->decimals = decimals;
  num->n_digits = whole_digits + decimals;
  num->digits_end = q;

  /* multipliers, as after digits */
  num->n_tok = 0;
  num->tok_pos[0] = q;
  while (num->n_tok < 3)
    {
      /* (digits and 十 are below 100) */
      gint64 mag = cn_value_at (s, len, q);

      if (mag < 100)
        break;
      num->tok_val[num->n_tok] = mag;
      num->tok_mag[num->n_tok] = TRUE;
      q += 3;
      num->tok_pos[++num->n_tok] = q;
    }
  num->end = q;
}

static gboolean
parse_chinese (const guint8 *s,
               gsize         len,
               gsize         p,
               Numeral      *num)
{
  gsize q = p;

  numeral_init (num, p);
  num->chinese = TRUE;
  num->positional = TRUE;
  num->tok_pos[0] = p;

  for (;;)
    {
      gint64 v = cn_value_at (s, len, q);

      if (v < 0)
        break;
      if (num->n_tok == G_N_ELEMENTS (num->tok_val))
        {
          /* far too long for a number: skip the whole run */
          while (cn_value_at (s, len, q) >= 0)
            q += 3;
          num->end = q;
          return FALSE;
        }
      num->tok_val[num->n_tok] = v;
      num->tok_mag[num->n_tok] = v >= 10;
      if (v >= 10)
        num->positional = FALSE;
      q += 3;
      num->tok_pos[++num->n_tok] = q;
    }
  num->digits_end = q;
  num->end = q;
  if (num->n_tok == 0)
    return FALSE;
  if (has_at (s, len, q, "点", 3))
    chinese_decimal (s, len, q, num);
  return TRUE;
}

/* The value of Chinese tokens [0, n): FALSE for malformed runs. */
static gboolean
chinese_value (const Numeral  *num,
               guint           n,
               gint64         *out,
               QuantityApprox *range)
{
  gint64 total = 0, section = 0, digit = -1;
  gboolean any_mag = FALSE;

  *range = QUANTITY_APPROX_NONE;
  if (n == 0)
    return FALSE;

  for (guint i = 0; i < n; i++)
    any_mag |= num->tok_mag[i];

  if (!any_mag)
    {
      gboolean has_zero = FALSE;

      for (guint i = 0; i < n; i++)
        has_zero |= num->tok_val[i] == 0;
      if (n == 1)
        {
          *out = num->tok_val[0];
          return *out > 0;
        }
      if (n == 2 && !has_zero && num->tok_val[1] > num->tok_val[0])
        {
          /* 三四个, 一两次, 三五天: a rough range */
          *out = num->tok_val[0];
          *range = QUANTITY_APPROX_ABOUT;
          return TRUE;
        }
      if (n >= 3 || has_zero)
        {
          /* 二〇二三: digit by digit (years, mostly) */
          gint64 v = 0;
          for (guint i = 0; i < n && i < 15; i++)
            v = v * 10 + num->tok_val[i];
          *out = v;
          return TRUE;
        }
      return FALSE;
    }

  for (guint i = 0; i < n; i++)
    {
      gint64 v = num->tok_val[i];

      if (!num->tok_mag[i])
        {
          if (v == 0)
            {
              digit = -1;  /* 一百零五 */
              continue;
            }
          if (digit >= 0)
            return FALSE;  /* 二三十: a range we do not read */
          digit = v;
        }
      else if (v < 10000)
        {
          section += (digit < 0 ? 1 : digit) * v;
          digit = -1;
        }
      else if (v == 10000)
        {
          section += digit < 0 ? 0 : digit;
          total += (section == 0 ? 1 : section) * 10000;
          section = 0;
          digit = -1;
        }
      else
        {
          gint64 t = total + section + (digit < 0 ? 0 : digit);
          if (t > G_GINT64_CONSTANT (100000))
            return FALSE;
          total = (t == 0 ? 1 : t) * 100000000;
          section = 0;
          digit = -1;
        }
    }
  *out = total + section + (digit < 0 ? 0 : digit);
  return *out > 0;
}

static const double pow10_table[] = { 1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8 };

static void
make_number (gint64          mantissa,
             guint           decimals,
             gint64          multiplier,
             QuantityNumber *out)
{
  gint64 m;

  if (__builtin_mul_overflow (mantissa, multiplier, &m))
    {
      out->is_int = FALSE;
      out->i = 0;
      out->d = (double) mantissa * (double) multiplier / pow10_table[decimals];
      return;
    }
  while (decimals > 0 && m % 10 == 0)
    {
      m /= 10;
      decimals--;
    }
  out->is_int = decimals == 0;
  out->i = out->is_int ? m : 0;
  out->d = (double) m / pow10_table[decimals];
}

static gboolean
is_clause_break (gunichar c)
{
  switch (c)
    {
    case 0: case '\n': case ',': case ';': case ':': case '.': case '!': case '?':
    case 0xFF0C: case 0xFF1B: case 0xFF1A: case 0x3002: case 0xFF01: case 0xFF1F:
    case 0x3001:
      return TRUE;
    default:
      return FALSE;
    }
}

/* Whether a clause or the text ends at @p: a clause break, a line's end,
 * or what closes an aside or a quote */
static gboolean
ends_clause_at (const guint8 *s,
                gsize         len,
                gsize         p)
{
  gunichar c = 0;

  if (p < len)
    decode_at (s, len, p, &c);
  switch (c)
    {
    case '\r': case ')': case 0xFF09: case 0x201D: case 0x300D: case 0x300B:
      return TRUE;
    default:
      return is_clause_break (c);
    }
}

/* 接近在编干部总数50%: an approximation word a few characters before a
 * share ("总数的", "总量"), still inside the clause. */
static QuantityApprox
distant_share_approx (const guint8 *s,
                      gsize         p)
{
  static const Word share_ends[] = {
    { W("的") }, { W("总数") }, { W("总量") }, { W("总额") }, { W("总和") }, { W("人数") },
  };
  static const Affix words[] = {
    { W("将近"), QUANTITY_APPROX_NEARLY, NULL },
    { W("接近"), QUANTITY_APPROX_NEARLY, NULL },
    { W("超过"), QUANTITY_APPROX_MORE_THAN, NULL },
    { W("大约"), QUANTITY_APPROX_ABOUT, NULL },
    { W("约占"), QUANTITY_APPROX_ABOUT, NULL },
  };
  gsize q = p;

  if (!any_word_before (s, p, share_ends, G_N_ELEMENTS (share_ends)))
    return QUANTITY_APPROX_NONE;

  for (guint k = 0; k < 14 && q != G_MAXSIZE && q > 0; k++)
    {
      gunichar c;

      for (guint i = 0; i < G_N_ELEMENTS (words); i++)
        if (has_before (s, q, words[i].word, words[i].len))
          return words[i].approx;
      q = decode_before (s, q, &c);
      if (is_clause_break (c))
        break;
    }
  return QUANTITY_APPROX_NONE;
}

/* 法规约二十件: 约 after the noun 法规 is "about", although 规约 is a
 * word; @p is where the approximation word starts and @c the character
 * before it. */
static gboolean
approx_after_noun (const guint8 *s,
                   gsize         p,
                   gunichar      c)
{
  return c == 0x89C4 /* 规 */ && p >= 6 && has_before (s, p - 3, "法", 3);
}

static gboolean
in_set_phrase (const guint8 *s,
               gsize         len,
               gsize         p,
               gunichar      first)
{
  guint k;

  /* the phrases that start with the numeral @first */
  for (k = 0; k < n_phrase_heads && phrase_heads[k].first != first; k++)
    ;
  if (k == n_phrase_heads)
    return FALSE;
  for (guint j = phrase_heads[k].start; j < phrase_heads[k + 1].start; j++)
    {
      guint i = phrase_order[j];
      gsize nb = set_phrases[i].before_len;

      if (has_at (s, len, p, set_phrases[i].at, set_phrases[i].at_len) &&
          (nb == 0 || has_before (s, p, set_phrases[i].before, nb)))
        return TRUE;
    }
  return FALSE;
}

static gboolean
is_year_span (const guint8  *s,
              gsize          len,
              gsize          before,     /* where the prefix (approx or number) starts */
              gsize          after,      /* right after 年 */
              gboolean       approx_cue)
{
  if (approx_cue)
    return TRUE;
  if (any_word_before (s, before, year_cues_before, G_N_ELEMENTS (year_cues_before)))
    return TRUE;
  return any_word_at (s, len, after, year_cues_after, G_N_ELEMENTS (year_cues_after));
}

static gsize
skip_digit_run (const guint8 *s,
                gsize         len,
                gsize         p)
{
  gsize n;
  int d;

  while ((n = digit_at (s, len, p, &d)))
    p += n;
  return p;
}

static gboolean
is_numeral_char (gunichar c)
{
  return (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19) ||
         cn_digit (c) >= 0 || cn_magnitude (c) > 0;
}

/* —–-～~至到、: what joins the numbers of a range or list. */
static inline gboolean
is_range_mark (gunichar c)
{
  switch (c)
    {
    case 0x2014: case 0x2013: case '-': case 0xFF5E: case '~':
    case 0x81F3: case 0x5230: case 0x3001:
      return TRUE;
    default:
      return FALSE;
    }
}

/* Whether the number after @prev, the character at @prev_start, ends a
 * range or list that began with 第: 第5—11次, 第三、四次, 第十二至十五次. */
static gboolean
ordinal_range (const guint8 *s,
               gsize         prev_start,
               gunichar      prev)
{
  gunichar c = prev;
  gsize q = prev_start;
  guint n = 0;

  if (q == G_MAXSIZE || !is_range_mark (c))
    return FALSE;
  /* 第5——11次 */
  if (c == 0x2014 && q != G_MAXSIZE)
    {
      gunichar d;
      gsize r = decode_before (s, q, &d);
      if (r != G_MAXSIZE && d == 0x2014)
        q = r;
    }
  while (q != G_MAXSIZE && n < 16)
    {
      gsize r = decode_before (s, q, &c);

      if (r == G_MAXSIZE || !is_numeral_char (c))
        break;
      q = r;
      n++;
    }
  if (n == 0 || q == G_MAXSIZE)
    return FALSE;
  decode_before (s, q, &c);
  return c == CP_DI;
}

/* Whether @c is a numeral that is no lone 一 when read from its end
 * backwards: the character before it, at @q, is looked at for 一. */
static gboolean
counted_numeral_before (const guint8 *s,
                        gsize         q,
                        gunichar      c)
{
  gunichar d;

  if (!is_numeral_char (c))
    return FALSE;
  if (c != 0x4e00 /* 一 */)
    return TRUE;
  /* 十一 is a number, a lone 一 is not */
  return decode_before (s, q, &d) != G_MAXSIZE && is_numeral_char (d);
}

/* The classifiers of a counted item in a list: 一部法律、两部法规. 个 is
 * not one, for the slogans (一个中心、两个基本点), nor 批 (一批、两批). */
#define LIST_CLASSIFIERS "部件项次场期名"

/* Whether the lone 一 + classifier (its end at @unit_end) is an item of
 * a list with other counted items: 一部法律、两部法规 or 两部法规、一部法
 * 律, or counts alone (分别为十一件、四件、一件). The noun of an item is
 * short and has no numeral in it, so slogans (一府一委两院, 一件一件) are
 * no lists. */
static gboolean
lone_one_listed (const guint8 *s,
                 gsize         len,
                 gsize         num_start,
                 gsize         unit_end)
{
  gunichar c, prev;
  gsize p = unit_end, q;
  guint n = 0;

  /* 一件事, 一次性, 一项重要…: a set phrase, whatever the list */
  if (p < len && (decode_at (s, len, p, &c), char_in (c, "事性分重大些样种类半")))
    return FALSE;

  /* forwards: the noun, 、 and a counted numeral with a classifier */
  while (p < len && n < 9)
    {
      gsize k = decode_at (s, len, p, &c);

      if (c == 0x3001 /* 、 */ || c == 0x548c /* 和 */)
        break;
      if (c < 0x4e00 || c > 0x9fff || is_numeral_char (c))
        {
          n = 9;
          break;
        }
      p += k;
      n++;
    }
  if (n < 9 && p < len)
    {
      gunichar first;

      p += 3;
      q = p;
      for (guint k = 0; q < len && k < 4; k++)
        {
          gsize w = decode_at (s, len, q, &c);

          if (!is_numeral_char (c))
            break;
          q += w;
        }
      /* 两部, 十二件; a lone 一 again (一部法律、一部法规) stays out */
      if (q > p && q < len && !(q == p + 3 && (decode_at (s, len, p, &first), first == 0x4e00)) &&
          (decode_at (s, len, q, &c), char_in (c, LIST_CLASSIFIERS)))
        return TRUE;
    }

  /* backwards: 、 before the 一, a short noun, a classifier after a
   * counted numeral */
  q = decode_before (s, num_start, &c);
  if (q == G_MAXSIZE || (c != 0x3001 && c != 0x548c))
    return FALSE;
  for (n = 0; n < 10 && (q = decode_before (s, q, &c)) != G_MAXSIZE; n++)
    {
      gsize r;

      if (c < 0x4e00 || c > 0x9fff)
        return FALSE;
      if (!char_in (c, LIST_CLASSIFIERS))
        {
          if (is_numeral_char (c))
            return FALSE;
          continue;
        }
      r = decode_before (s, q, &prev);
      if (r != G_MAXSIZE && counted_numeral_before (s, r, prev))
        return TRUE;
    }
  return FALSE;
}

/* The acts of a report that take a law as their object, and the law
 * nouns: 检查一部法规, 对一部法律实施情况开展执法检查. */
static const Word law_verbs[] = {
  { W("制定") }, { W("修改") }, { W("修订") }, { W("废止") }, { W("批准") },
  { W("审查") }, { W("检查") }, { W("审议") }, { W("通过") }, { W("出台") },
  { W("清理") }, { W("评估") }, { W("对") }, { W("就") },
  /* (what filing review does to a document) */
  { W("撤销") }, { W("纠正") },
};
static const Word law_nouns[] = {
  { W("法律") }, { W("法规") }, { W("条例") }, { W("地方性法规") },
  { W("单行条例") }, { W("自治条例") }, { W("规范性文件") }, { W("规章") },
};

/* How far after 一件 the law may be named after a clause of what it is
 * (一件与上位法相抵触的规范性文件), in bytes */
#define LONE_ONE_LAW_REACH (20 * 3)

/* Whether the lone 一 + classifier right after a verb of a counted act,
 * maybe with its 了, counts the law after it: 制定一部条例, 检查一件法规,
 * 撤销了一件与上位法相抵触的规范性文件. */
static gboolean
lone_one_law (const guint8 *s,
              gsize         len,
              gsize         num_start,
              gsize         unit_end)
{
  gsize end = MIN (len, unit_end + LONE_ONE_LAW_REACH);
  gboolean noun = any_word_at (s, len, unit_end, law_nouns, G_N_ELEMENTS (law_nouns));

  /* (…的规范性文件, in the clause; or a law noun that ends it, 一件设区的
   * 市政府规章，) */
  for (gsize p = unit_end; p + 3 <= end && !noun; p++)
    {
      gunichar c;

      if ((s[p] & 0xC0) == 0x80)
        continue;
      if (decode_at (s, len, p, &c) == 3 && char_in (c, "，。；、！？"))
        break;
      if (c == 0x7684 /* 的 */)
        noun = any_word_at (s, len, p + 3, law_nouns, G_N_ELEMENTS (law_nouns));
      else if (has_at (s, len, p, "规章", strlen ("规章")) && p + 6 + 3 <= len &&
               decode_at (s, len, p + 6, &c) == 3 && char_in (c, "，。；"))
        noun = TRUE;
    }
  if (!noun)
    return FALSE;
  /* (a slogan of parallel ones: 检查一部法律、规范一个领域) */
  for (gsize p = unit_end; p + 3 <= end; p++)
    {
      gunichar c;

      if ((s[p] & 0xC0) == 0x80)
        continue;
      if (decode_at (s, len, p, &c) == 3 && char_in (c, "，。；！？"))
        break;
      if (c == 0x3001 /* 、 */)
        {
          if (p + 3 + 2 * 3 + strlen ("一个") <= len &&
              (has_at (s, len, p + 3 + 2 * 3, "一个", strlen ("一个")) ||
               has_at (s, len, p + 3 + 2 * 3, "一片", strlen ("一片"))))
            return FALSE;
          break;
        }
    }
  if (has_before (s, num_start, "了", strlen ("了")))
    num_start -= strlen ("了");
  return any_word_before (s, num_start, law_verbs, G_N_ELEMENTS (law_verbs));
}

/* The personnel decisions a lone 一名 follows (接受一名代表辞职, 补选一名
 * 省人大代表, 罢免一名) */
static const Word personnel_verbs[] = {
  { W("接受") }, { W("补选") }, { W("罢免") }, { W("任命") }, { W("免去") }, { W("选举") },
  { W("终止") },
};

/* Whether the lone 一 + 名/位 at @num_start follows a personnel decision */
static gboolean
lone_one_person (const guint8 *s,
                 gsize         num_start,
                 gunichar      unit)
{
  return (unit == 0x540d /* 名 */ || unit == 0x4f4d /* 位 */) &&
         any_word_before (s, num_start, personnel_verbs, G_N_ELEMENTS (personnel_verbs));
}

/* Whether the lone 一 + classifier at @num_start is one of the things
 * counted before, which something was done to (审查…20件，其中一件已督促
 * 纠正; 对其中一件予以纠正, 对其中一件提出纠正意见): after 其中, or at its
 * clause's head, before such a verb (@next). */
static gboolean
lone_one_of_them (const guint8 *s,
                  gsize         num_start,
                  gunichar      next)
{
  /* (…or opening its clause, the things counted in the clause before:
   * 代表提出议案三件，经大会主席团审议决定，一件列入会议议程; 表决通过法规3
   * 件，两件为新制定，一件为修改) */
  return (has_before (s, num_start, "其中", strlen ("其中")) && char_in (next, "已予督被由经均提")) ||
         ((has_before (s, num_start, "，", strlen ("，")) || has_before (s, num_start, "；", strlen ("；"))) &&
          char_in (next, "列被获经转作为"));
}

/* The verbs of holding an activity, and the activities a report counts,
 * for a lone 一次 between them */
static const Word holding_verbs[] = {
  { W("开展") }, { W("组织") }, { W("举行") }, { W("举办") }, { W("进行") }, { W("召开") },
};
static const Word counted_activities[] = {
  { W("专题询问") }, { W("执法检查") }, { W("满意度测评") }, { W("视察") }, { W("专题视察") },
  { W("专题调研") }, { W("工作评议") }, { W("听证会") }, { W("立法听证会") }, { W("论证会") },
  { W("立法论证会") }, { W("专题询问会") }, { W("联组会议") },
};

/* Whether the lone 一 + classifier (次 or 场) at @num_start, ending at
 * @unit_end, follows a verb of holding with its 了 and comes before an
 * activity a report counts: 开展了一次专题询问, 举行了一场立法听证会 tell
 * what was done, 进行一次集中检查 does not. */
static gboolean
lone_one_activity (const guint8 *s,
                   gsize         len,
                   gsize         num_start,
                   gsize         unit_end)
{
  if (!has_at (s, len, unit_end - 3, "次", strlen ("次")) &&
      !has_at (s, len, unit_end - 3, "场", strlen ("场")))
    return FALSE;
  if (!has_before (s, num_start, "了", strlen ("了")))
    return FALSE;
  return any_word_before (s, num_start - strlen ("了"), holding_verbs, G_N_ELEMENTS (holding_verbs)) &&
         any_word_at (s, len, unit_end, counted_activities, G_N_ELEMENTS (counted_activities));
}

/* Whether the number at @num_start and its unit, ending at @unit_end,
 * are 二次 meaning "second" rather than "twice": a second round of a
 * process (二次督办, 二次审议, 二次开发), the word right after it. Twice
 * is said 两次, or 二次 at the end of its clause (开展专题询问二次). */
static gboolean
second_round (const guint8 *s,
              gsize         len,
              gsize         num_start,
              gsize         unit_end)
{
  static const char * const rounds[] = {
    "督办", "交办", "办理", "审议", "审查", "开发", "创业", "整改", "回访", "评估", "分配",
    "供水", "污染", "修订", "修改", "征求", "答复", "协商", "调研", "元",
  };

  if (unit_end != num_start + strlen ("二次") || !has_at (s, len, num_start, "二次", strlen ("二次")))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (rounds); i++)
    if (has_at (s, len, unit_end, rounds[i], strlen (rounds[i])))
      return TRUE;
  return FALSE;
}

/* Whether the number at @num_start and its unit, ending at @unit_end,
 * are 两项 (二项, 三项, 两类) standing for the items just counted, before
 * the word that sums them (…解决的217件，列入计划解决的121件，两项合计占
 * 89.2%): a pronoun, no count. */
static gboolean
items_summed (const guint8 *s,
              gsize         len,
              gsize         num_start,
              gsize         unit_end)
{
  static const Word pronouns[] = { { W("两项") }, { W("二项") }, { W("两类") }, { W("三项") } };
  static const Word sums[] = {
    { W("合计") }, { W("共计") }, { W("总计") }, { W("相加") }, { W("加起来") }, { W("之和") }, { W("共占") },
  };

  return unit_end == num_start + strlen ("两项") && any_word_at (s, len, num_start, pronouns, G_N_ELEMENTS (pronouns)) &&
         any_word_at (s, len, unit_end, sums, G_N_ELEMENTS (sums));
}

/* Whether the item of a list at @p is a two-character verb and a lone 一
 * of a slogan's measure word ending it (规范一方、, 带动一片。, 整改一批，). */
static gboolean
slogan_item_after (const guint8 *s,
                   gsize         len,
                   gsize         p)
{
  gsize one = p + 2 * 3;
  gunichar word, after;

  if (one + strlen ("一") + 3 + 3 > len || !has_at (s, len, one, "一", strlen ("一")))
    return FALSE;
  if (decode_at (s, len, one + strlen ("一"), &word) != 3 || !char_in (word, "方片批"))
    return FALSE;
  return decode_at (s, len, one + strlen ("一") + 3, &after) == 3 && char_in (after, "，。；、");
}

/* Whether the lone 一 at @num_start, ending at @num_end, counts
 * something: 开展专题询问一次, 检查法律一部, 专项工作报告一个 end their
 * clause with it, after the activity they count; 一部法律、两部法规 is an
 * item of a list of counts; 检查一部法规 has a counted act before it and
 * a law after it; so does 各一件 after a list (修订、废止法规各一件). 一次
 * 性, 进行一次集中检查, 每年一次, 各一名, 再一次, 这一次, 一个重要, 一部
 * 分, 一件事 do not. */
static gboolean
lone_one_counts (const guint8 *s,
                 gsize         len,
                 gsize         num_start,
                 gsize         num_end)
{
  gunichar unit, next, before;
  gboolean person = FALSE;

  if (num_end + 3 > len || decode_at (s, len, num_end, &unit) != 3)
    return FALSE;
  /* most 一 are not followed by one of these: the test that refuses
   * them comes first, and cheap */
  switch (unit)
    {
    case 0x6b21: /* 次 */
    case 0x9879: /* 项 */
    case 0x4ef6: /* 件 */
    case 0x90e8: /* 部 */
    case 0x573a: /* 场 */
    case 0x671f: /* 期 */
    /* (形成调研报告一篇, 提出意见建议一条, 编印简报一份; not 一条主线, 一份
     * 力量, which go on after it) */
    case 0x7bc7: /* 篇 */
    case 0x6761: /* 条 */
    case 0x4efd: /* 份 */
      break;
    case 0x4e2a: /* 个 */
    case 0x540d: /* 名 */
    case 0x4f4d: /* 位 */
    case 0x4eba: /* 人 */
      person = TRUE;
      break;
    default:
      return FALSE;
    }
  if (num_end + 3 < len)
    {
      decode_at (s, len, num_end + 3, &next);
      if (!char_in (next, "，。；、！？,;!?\n"))
        {
          /* 一部法律、两部法规; 检查一部法规 */
          return (!person && (lone_one_listed (s, len, num_start, num_end + 3) ||
                              lone_one_law (s, len, num_start, num_end + 3) ||
                              lone_one_activity (s, len, num_start, num_end + 3) ||
                              lone_one_of_them (s, num_start, next))) ||
                 lone_one_person (s, num_start, unit);
        }
      /* 成熟一个、审议一个 is a slogan, and so is 评议一次、规范一方、带动一
       * 片: another verb and a lone 一 of a slogan's measure word (方, 片,
       * 批) that ends its item (not 走访一百余家企业, 清理一批规范性文件) */
      if (next == 0x3001 && (person || slogan_item_after (s, len, num_end + 3 + 3)))
        return FALSE;
    }

  if (decode_before (s, num_start, &before) == G_MAXSIZE)
    return FALSE;
  /* the last count of a list (分别为十一件、四件、一件。) */
  if (before == 0x3001 /* 、 */)
    return !person && lone_one_listed (s, len, num_start, num_end + 3);
  /* (一月一次, 一年至少一次: how often; 其中一个, 任何一个); a title
   * may be what is counted (修订《…条例》一件。) */
  if ((before != 0x300b /* 》 */ && (before < 0x4e00 || before > 0x9fff)) ||
      char_in (before, "第逐统唯同万之再又这那哪某任年月周天日季度少般何中"))
    return FALSE;
  /* (修订、废止法规各一件: one of each; not 各一名, 各一个, each one) */
  if (before == 0x5404 /* 各 */ && person)
    return FALSE;
  /* 一件一件, 一个一个: one by one */
  if (before == unit)
    return FALSE;
  /* 每年一次, 每季度一次: how often, not how many */
  for (gsize p = num_start, n = 0; n < 6 && (p = decode_before (s, p, &before)) != G_MAXSIZE; n++)
    {
      gunichar prior;

      if (before == 0x6bcf /* 每 */)
        return FALSE;
      /* 成熟一个、审议一个: a slogan (the classifiers are 3 bytes) */
      if (person && before == 0x3001 &&
          decode_before (s, p, &prior) != G_MAXSIZE && prior == unit &&
          p >= 6 && has_before (s, p - 3, "一", 3))
        return FALSE;
    }
  return TRUE;
}

/* Tries to read a quantity whose numeral starts at @p, the code point
 * @first. Sets @resume to where the scan goes on and @separator when the
 * numeral was read with a thousands separator (the caller then retries
 * without). */
static gboolean
try_quantity (Scan     *sc,
              gsize     p,
              gunichar  first,
              gboolean  thousands,
              gsize    *resume,
              gboolean *separator)
{
  static const Unit percent_unit = { W(""), W("%"), UNIT_RATIO, NULL };
  static const Unit months_more = { W("个多月"), W("个月"), UNIT_TIME, NULL };
  static const Unit hours_more = { W("个多小时"), W("小时"), UNIT_TIME, NULL };
  static const Unit magnitude_only = { W(""), W(""), UNIT_COUNT, NULL };
  const guint8 *s = sc->s;
  gsize len = sc->len;
  Numeral num;
  gunichar prev, c;
  gsize q, unit_start, unit_end, m2_start, m2_end, start, end, pre, prev_start;
  gboolean percent_words = FALSE, infix = FALSE, bare_magnitude = FALSE, spaced_magnitude = FALSE;
  gboolean temporal_prefix = FALSE, has_prefix = FALSE;
  const Unit *unit = NULL;
  QuantityApprox approx = QUANTITY_APPROX_NONE, range = QUANTITY_APPROX_NONE;
  /* the digit after the tenths in 九成五 (95 %), or -1 */
  gint tenths_digit = -1;
  const char *counted_by = NULL;
  gsize counted_by_len = 0;
  gint64 m1 = 1, m2 = 1, int_value = 0;
  guint n_value_tok;
  char unit_buf[48];
  QuantityMatch match;
  int d;

  *separator = FALSE;
  prev_start = decode_before (s, p, &prev);

  /* 1. the numeral; 百分之九十 is a percentage written out */
  if (first == 0x767E && has_at (s, len, p, "百分之", 9) && p + 9 < len)
    {
      gsize r = p + 9;

      if (digit_at (s, len, r, &d))
        percent_words = parse_arabic (s, len, r, thousands, &num);
      else
        {
          decode_at (s, len, r, &c);
          if (cn_digit (c) >= 0 || cn_magnitude (c) > 0)
            percent_words = parse_chinese (s, len, r, &num);
        }
    }
  if (!percent_words)
    {
      if (digit_at (s, len, p, &d))
        {
          /* model names (G20, C919) and section numbers (3.1) */
          if ((prev < 0x80 && g_ascii_isalpha (prev)) || prev == '.' || prev == 0xFF0E ||
              !parse_arabic (s, len, p, thousands, &num))
            {
              *resume = skip_digit_run (s, len, p);
              return FALSE;
            }
        }
      else if (!parse_chinese (s, len, p, &num))
        {
          *resume = MAX (num.end, p + 1);
          return FALSE;
        }
      /* ordinals: 第31届, 第二次会议, 第一时间, 第5—11次会议, 第三、四次;
       * 头一项 */
      if (prev == CP_DI || (prev == CP_TOU && num.chinese) || ordinal_range (s, prev_start, prev))
        {
          *resume = num.end;
          return FALSE;
        }
    }
  *separator = num.had_separator;
  *resume = num.end;
  q = num.end;
  /* what step 4 refuses whatever follows, known now: the indefinite 一
   * (一个, 统一, 进一步: most numerals of a report) and 二〇二三 */
  if (num.chinese &&
      ((num.n_tok == 1 && !num.tok_mag[0] && num.tok_val[0] == 1 &&
        !lone_one_counts (s, len, num.start, num.end)) ||
       (num.positional && num.n_tok >= 3)))
    return FALSE;

  /* (spaced out in web and print copies: 560 余人次, 1.2 万人次) */
  if (!num.chinese)
    {
      gsize spaced = skip_spaces (s, len, q);

      if (spaced != q && (has_at (s, len, spaced, "余", 3) || has_at (s, len, spaced, "多", 3)))
        q = spaced;
      else if (spaced != q && (has_at (s, len, spaced, "万", 3) || has_at (s, len, spaced, "亿", 3)))
        spaced_magnitude = TRUE;
    }

  /* 2. infix approximation: 50余人, 200多名, 二十几名, 十来个 */
  if (has_at (s, len, q, "余", 3) || has_at (s, len, q, "多", 3))
    infix = TRUE;
  else if (num.chinese && num.tok_mag[num.n_tok - 1] && has_at (s, len, q, "几", 3))
    infix = TRUE;
  else if (num.chinese && num.tok_mag[num.n_tok - 1] && num.tok_val[num.n_tok - 1] < 10000 &&
           has_at (s, len, q, "来", 3))
    {
      infix = TRUE;
      approx = QUANTITY_APPROX_ABOUT;
    }
  if (infix)
    {
      if (approx == QUANTITY_APPROX_NONE)
        approx = QUANTITY_APPROX_MORE_THAN;
      q += 3;
    }

  /* 3. the unit, with the 万/亿 written right before it */
  if (percent_words)
    {
      unit = &percent_unit;
      unit_start = m2_start = m2_end = q;
      n_value_tok = num.n_tok;
    }
  else if (infix || spaced_magnitude)
    {
      /* 1200余万元: the 万 is the unit's; 10万余人次: it was the number's */
      q = skip_spaces (s, len, q);
      m2_start = q;
      while (has_at (s, len, q, "万", 3) || has_at (s, len, q, "亿", 3))
        {
          gint64 mag = has_at (s, len, q, "万", 3) ? 10000 : 100000000;

          if (__builtin_mul_overflow (m2, mag, &m2) ||
              m2 > G_GINT64_CONSTANT (1000000000000))
            return FALSE;
          q += 3;
        }
      m2_end = q;
      /* 15 万余人, spaced out: the 万 is the number's, as in 10万余人次 */
      if (spaced_magnitude && !infix && (has_at (s, len, q, "余", 3) || has_at (s, len, q, "多", 3)))
        {
          m1 = m2;
          m2 = 1;
          q += 3;
          m2_start = m2_end = q;
          if (approx == QUANTITY_APPROX_NONE)
            approx = QUANTITY_APPROX_MORE_THAN;
        }
      unit_start = q;
      unit = match_unit (s, len, q);
      n_value_tok = num.n_tok;
    }
  else
    {
      guint k = num.n_tok;

      if (!num.chinese && num.n_tok > 0 && num.tok_val[0] <= 1000 &&
          (unit = match_unit (s, len, num.digits_end)))
        {
          /* 3千米, 5千瓦: the unit starts with the multiplier */
          k = num.n_tok = 0;
          num.end = num.digits_end;
          *resume = num.end;
          unit_start = m2_start = m2_end = num.end;
        }
      else
        {
          while (k > 0 && num.tok_mag[k - 1] && num.tok_val[k - 1] >= 10000)
            k--;
          /* a Chinese numeral keeps a number: 万人 is 10000 人 */
          if (num.chinese && k == 0)
            k = 1;
          m2_start = num.tok_pos[k];
          m2_end = num.end;
          for (guint i = k; i < num.n_tok; i++)
            {
              if (__builtin_mul_overflow (m2, num.tok_val[i], &m2) ||
                  m2 > G_GINT64_CONSTANT (1000000000000))
                return FALSE;
            }
          unit_start = skip_spaces (s, len, num.end);
          if (has_at (s, len, unit_start, "个多月", 9))
            {
              unit = &months_more;
              approx = QUANTITY_APPROX_MORE_THAN;
            }
          else if (has_at (s, len, unit_start, "个多小时", 12))
            {
              unit = &hours_more;
              approx = QUANTITY_APPROX_MORE_THAN;
            }
          else
            unit = match_unit (s, len, unit_start);
          /* (a table's row, the unit in a column of its own, aligned with
           * spaces, the line ending after it: 审议法规草案      9      件) */
          if (unit == NULL)
            {
              gsize column = skip_column_spaces (s, len, unit_start);
              const Unit *u = column > unit_start ? match_unit (s, len, column) : NULL;

              if (u != NULL && ends_line_at (s, len, column + u->len))
                {
                  unit = u;
                  unit_start = column;
                }
            }
          /* 关注人数达15.6万，: a count in 万 with its unit left out, when
           * the clause ends right after it */
          if (unit == NULL && !num.chinese && k < num.n_tok && ends_clause_at (s, len, unit_start))
            unit = &magnitude_only;
        }
      n_value_tok = k;
    }
  if (!unit)
    return FALSE;
  unit_end = unit_start + unit->len;
  /* 二次督办: a second round, no count */
  if (num.chinese && second_round (s, len, num.start, unit_end))
    return FALSE;
  /* 两项合计: the items before, summed */
  if (num.chinese && items_summed (s, len, num.start, unit_end))
    return FALSE;

  /* 4. the value */
  if (num.chinese)
    {
      /* 一个, 一批, 一年来: the indefinite 一, unless it ends a clause
       * after an activity (开展专题询问一次。) */
      if (num.n_tok == 1 && !num.tok_mag[0] && num.tok_val[0] == 1 &&
          !lone_one_counts (s, len, num.start, num.end))
        return FALSE;
      /* 二〇二三年 or a code */
      if (num.positional && num.n_tok >= 3)
        return FALSE;
      if (!chinese_value (&num, n_value_tok, &int_value, &range))
        return FALSE;
      bare_magnitude = TRUE;
      for (guint i = 0; i < num.n_tok; i++)
        bare_magnitude &= num.tok_mag[i] && num.tok_val[i] >= 100;
    }
  else
    {
      for (guint i = 0; i < n_value_tok; i++)
        if (__builtin_mul_overflow (m1, num.tok_val[i], &m1))
          return FALSE;
    }

  /* 5. the approximation word and the counter before the number */
  start = percent_words ? p : num.start;
  pre = skip_spaces_before (s, start);
  /* (read only when the character before may end one of the words) */
  for (guint i = 0; i < G_N_ELEMENTS (approx_prefixes) && may_end_word (s, pre, approx_prefix_last); i++)
    {
      const Affix *a = &approx_prefixes[i];
      gsize n = a->len;

      if (!has_before (s, pre, a->word, n) || pre - n < sc->last_end)
        continue;
      if (a->not_after && decode_before (s, pre - n, &c) != G_MAXSIZE && char_in (c, a->not_after) &&
          !approx_after_noun (s, pre - n, c))
        break;
      if ((unit->kind == UNIT_YEAR || unit->kind == UNIT_TIME) &&
          a->approx == QUANTITY_APPROX_NEARLY && n == 3)
        {
          /* 近三年, 近3个月: the last three years, not "nearly" */
          temporal_prefix = TRUE;
          break;
        }
      if (approx == QUANTITY_APPROX_NONE)
        approx = a->approx;
      start = pre - n;
      has_prefix = TRUE;
      break;
    }
  if (!has_prefix && num.chinese && num.tok_mag[0] && pre >= sc->last_end + 3)
    {
      /* 上百人, 上万人; 数十次, 几百名: "more than" the magnitude */
      gunichar before = 0;
      gboolean several = FALSE;

      if (pre >= 6)
        decode_before (s, pre - 3, &before);
      if (has_before (s, pre, "上", 3) && bare_magnitude)
        several = TRUE;
      else if ((has_before (s, pre, "数", 3) || has_before (s, pre, "几", 3)) &&
               !char_in (before, "人次总件分半多少无倍参个函变系指基常约岁天户票位"))
        several = TRUE;
      if (several)
        {
          approx = QUANTITY_APPROX_MORE_THAN;
          start = pre - 3;
          has_prefix = TRUE;
        }
    }
  /* bare 百/千/万 without such a word are words: 百姓, 千万, 万家 */
  if (bare_magnitude && !has_prefix && !infix && !percent_words)
    return FALSE;

  pre = skip_spaces_before (s, start);
  for (guint i = 0; i < G_N_ELEMENTS (counters) && may_end_word (s, pre, counter_last); i++)
    {
      gsize n = counters[i].len;

      if (!has_before (s, pre, counters[i].word, n))
        continue;
      if (counters[i].not_after && decode_before (s, pre - n, &c) != G_MAXSIZE &&
          char_in (c, counters[i].not_after))
        break;
      counted_by = counters[i].word;
      counted_by_len = n;
      break;
    }

  /* 6. what looks like a quantity but is not one */
  if (unit->kind == UNIT_YEAR)
    {
      /* 2023年 is a date; 连续3年, 近五年, 十余年, 3年多 are spans */
      if (!num.chinese && num.n_digits >= 4)
        return FALSE;
      if (num.chinese && num.positional && num.n_tok >= 2 && range == QUANTITY_APPROX_NONE)
        return FALSE;
      if (!is_year_span (s, len, start, unit_end,
                         infix || temporal_prefix || has_prefix || counted_by != NULL))
        return FALSE;
    }
  /* 五年来, 近3个月来, 一年以来: "over the past N years", a time frame
   * rather than a count */
  if ((unit->kind == UNIT_YEAR || unit->kind == UNIT_TIME) &&
      (has_at (s, len, unit_end, "来", 3) || has_at (s, len, unit_end, "以来", 6)))
    return FALSE;
  /* rankings: 前三名, 前10位 */
  if (prev == 0x524D /* 前 */ &&
      (unit_is (unit, "名") || unit_is (unit, "位")))
    return FALSE;
  if (!percent_words && unit_is (unit, "次"))
    {
      /* sessions: 十三届四次全会, 人大二次会议 */
      if (has_at (s, len, unit_end, "全会", 6) || has_at (s, len, unit_end, "全体会议", 12))
        return FALSE;
      if (prev == CP_JIE)
        return FALSE;
      if (has_at (s, len, unit_end, "会议", 6) && char_in (prev, "届大委、"))
        return FALSE;
    }
  if (num.chinese && !percent_words)
    {
      /* slogans: “两个确立”, “一要点三计划”; set phrases and names */
      if (num.start > sc->quote_start && num.start < sc->quote_end)
        return FALSE;
      if (in_set_phrase (s, len, num.start, first))
        return FALSE;
      /* 四个一批, 五个一工程, 两个百年: numbered slogans */
      if (unit_is (unit, "个") && unit_end < len)
        {
          gunichar next;

          decode_at (s, len, unit_end, &next);
          if (cn_digit (next) >= 0 || cn_magnitude (next) > 0)
            return FALSE;
        }
    }

  /* 7. the approximation word after the unit */
  end = unit_end;
  /* (a digit of the hundredths after the tenths: 九成五, 95 %) */
  if (num.chinese && unit_is (unit, "成") && end < len)
    {
      gunichar next = 0;
      gsize n = decode_at (s, len, end, &next);

      if (n == 3 && cn_digit (next) >= 1)
        {
          tenths_digit = cn_digit (next);
          end += n;
        }
    }
  if (has_at (s, len, end, "以上", 6))
    {
      approx = QUANTITY_APPROX_MORE_THAN;
      end += 6;
    }
  else if (has_at (s, len, end, "左右", 6))
    {
      if (approx == QUANTITY_APPROX_NONE)
        approx = QUANTITY_APPROX_ABOUT;
      end += 6;
    }
  else if (has_at (s, len, end, "有余", 6))
    {
      approx = QUANTITY_APPROX_MORE_THAN;
      end += 6;
    }
  else if ((unit->kind == UNIT_YEAR || unit->kind == UNIT_TIME) && !infix &&
           unit != &months_more && unit != &hours_more &&
           (has_at (s, len, end, "多", 3) || has_at (s, len, end, "余", 3)))
    {
      approx = QUANTITY_APPROX_MORE_THAN;
      end += 3;
    }
  /* 两年多来: a time frame too */
  if ((unit->kind == UNIT_YEAR || unit->kind == UNIT_TIME) && end > unit_end &&
      (has_at (s, len, end, "来", 3) || has_at (s, len, end, "以来", 6)))
    return FALSE;
  if (approx == QUANTITY_APPROX_NONE)
    approx = range;
  if (approx == QUANTITY_APPROX_NONE && unit->kind == UNIT_RATIO)
    approx = distant_share_approx (s, start);

  if (start < sc->last_end)
    return FALSE;

  /* 8. report it */
  {
    gsize n2 = m2_end - m2_start;
    gsize nc = unit->canonical_len;

    if (n2 + nc + 1 > sizeof unit_buf)
      return FALSE;
    if (n2 == 0)
      {
        /* most units: the canonical one as it is */
        match.unit = unit->canonical;
      }
    else
      {
        /* 万元: a few bytes, a loop rather than two calls to memcpy */
        for (gsize i = 0; i < n2; i++)
          unit_buf[i] = (char) s[m2_start + i];
        for (gsize i = 0; i <= nc; i++)
          unit_buf[n2 + i] = unit->canonical[i];
        match.unit = unit_buf;
      }
    match.unit_len = n2 + nc;
  }

  match.byte_start = start;
  match.byte_end = end;
  if (num.chinese && tenths_digit >= 0)
    {
      make_number (int_value * 10 + tenths_digit, 1, 1, &match.value);
      make_number (int_value * 10 + tenths_digit, 1, m2 * (unit->scale ? unit->scale : 1), &match.normalized);
    }
  else if (num.chinese)
    {
      make_number (int_value, 0, 1, &match.value);
      make_number (int_value, 0, m2 * (unit->scale ? unit->scale : 1), &match.normalized);
    }
  else
    {
      gint64 mant;

      if (__builtin_mul_overflow (num.mantissa, m1, &mant))
        return FALSE;
      make_number (mant, num.decimals, 1, &match.value);
      make_number (mant, num.decimals, m2 * (unit->scale ? unit->scale : 1), &match.normalized);
    }
  match.base_unit = unit->base ? unit->base : unit->canonical;
  match.base_unit_len = unit->base ? unit->base_len : unit->canonical_len;
  match.approx = approx;
  match.counted_by = counted_by;
  match.counted_by_len = counted_by_len;

  sc->last_end = end;
  *resume = end;
  if (!sc->func (&match, sc->user_data))
    sc->stop = TRUE;
  return TRUE;
}

/* (inlined in the scan loop: a call less per numeral) */
static G_ALWAYS_INLINE inline gsize
scan_numeral (Scan     *sc,
              gsize     p,
              gunichar  first)
{
  gsize resume;
  gboolean separator;

  if (try_quantity (sc, p, first, TRUE, &resume, &separator) || !separator)
    return resume;
  /* 1,234 without a unit after it: a list, read the first number alone */
  try_quantity (sc, p, first, FALSE, &resume, &separator);
  return resume;
}

/* The first position from @p before @limit that holds the byte @a or @b,
 * or @limit. The walks below look for a few characters only, all of which
 * start with one of two bytes; in valid UTF-8 such a byte always starts a
 * character. */
static inline gsize
find_byte2 (const guint8 *s,
            gsize         p,
            gsize         limit,
            guint8        a,
            guint8        b)
{
#if defined(QUANTITY_SIMD) && defined(__SSE2__)
  const __m128i va = _mm_set1_epi8 ((char) a), vb = _mm_set1_epi8 ((char) b);

  for (; p < limit && limit - p >= 16; p += 16)
    {
      __m128i x = _mm_loadu_si128 ((const __m128i *) (const void *) (s + p));
      guint mask = (guint) _mm_movemask_epi8 (_mm_or_si128 (_mm_cmpeq_epi8 (x, va),
                                                            _mm_cmpeq_epi8 (x, vb)));

      if (mask != 0)
        return p + (gsize) __builtin_ctz (mask);
    }
#endif
  for (; p < limit; p++)
    if (s[p] == a || s[p] == b)
      return p;
  return limit;
}

/* The end of the 《…》 title opening at @p (nesting-aware), or 0 when it
 * does not close within a paragraph: then the 《 is read as text. Failed
 * searches spend @budget, so that a run of unclosed 《 stays linear. */
static gsize
title_end (const guint8 *s,
           gsize         len,
           gsize         p,
           gssize       *budget)
{
  guint depth = 0;
  gsize q = p, limit = MIN (len, p + 900);

  if (*budget <= 0)
    return 0;

  /* 《 and 》 start with E3 */
  while ((q = find_byte2 (s, q, limit, 0xE3, '\n')) < limit)
    {
      gunichar c;
      gsize n = decode_at (s, len, q, &c);

      if (c == CP_TITLE_OPEN)
        depth++;
      else if (c == CP_TITLE_CLOSE)
        {
          if (--depth == 0)
            return q + n;
        }
      else if (c == '\n' && q + 1 < len && s[q + 1] == '\n')
        break;
      q += n;
    }
  /* at @limit, the budget counts the character across it whole, as a
   * walk from character to character does */
  while (q < len && (s[q] & 0xC0) == 0x80)
    q++;
  *budget -= (gssize) (q - p);
  return 0;
}

/* The end of a short quote opening at @p, or 0. */
static gsize
quote_end (const guint8 *s,
           gsize         len,
           gsize         p,
           gunichar      open)
{
  /* ” 」 』, or the same " for half-width quotes */
  gunichar close = open == 0x201C ? 0x201D : open == '"' ? '"' : open + 1;
  gsize q = p, limit = MIN (len, p + 3 * 36);
  /* the first byte of both quotes: they are in the same block */
  guint8 lead = open < 0x80 ? (guint8) open : 0xE0 | open >> 12;

  while ((q = find_byte2 (s, q, limit, lead, '\n')) < limit)
    {
      gunichar c;
      gsize n = decode_at (s, len, q, &c);

      if (c == close)
        return q;
      if (c == '\n' || (c == open && open != '"'))
        return 0;
      q += n;
    }
  return 0;
}

/* The count of a package decision named as a title, 《关于修改〈X〉等六件地
 * 方性法规的决定》: the laws it changes, the one number of a title that is
 * a count. It follows the nested title of the first of them and 等, in a
 * title [@start, @end) that ends with 决定》. */
static void
scan_package_title (Scan  *sc,
                    gsize  start,
                    gsize  end)
{
  static const char decision[] = "决定》";
  static const char deng[] = "等";
  const gsize n_decision = sizeof decision - 1;
  gsize limit;

  if (end - start < n_decision + 9 || memcmp (sc->s + end - n_decision, decision, n_decision) != 0)
    return;
  limit = end - n_decision;
  /* 等 and a numeral after it: 等 starts with E7 */
  for (gsize q = start + 1; q + 6 <= limit; q++)
    {
      const guint8 *at = memchr (sc->s + q, 0xE7, limit - q);
      gunichar before, c;

      if (at == NULL)
        return;
      q = (gsize) (at - sc->s);
      if (q + 6 > limit)
        return;

      if (memcmp (sc->s + q, deng, 3) != 0 || decode_before (sc->s, q, &before) != q - 3
          || (before != 0x3009 /* 〉 */ && before != CP_TITLE_CLOSE))
        continue;
      decode_at (sc->s, end, q + 3, &c);
      if (c < 0x80 ? g_ascii_isdigit (c) : is_trigger (c) && c != CP_TITLE_OPEN)
        scan_numeral (sc, q + 3, c);
      return;
    }
}

const char *
quantity_approx_to_string (QuantityApprox approx)
{
  switch (approx)
    {
    case QUANTITY_APPROX_MORE_THAN: return "more_than";
    case QUANTITY_APPROX_NEARLY: return "nearly";
    case QUANTITY_APPROX_ABOUT: return "about";
    case QUANTITY_APPROX_NONE:
    default:
      return NULL;
    }
}

void
quantity_scan (const char   *text,
               gsize         length,
               QuantityFunc  func,
               gpointer      user_data)
{
  Scan sc = { 0, };
  gsize p = 0;
  gssize title_budget = (gssize) MIN (length, G_MAXSSIZE / 4) + 65536;

  g_assert (text != NULL || length == 0);
  g_assert (func != NULL);

  init_tables ();

  sc.s = (const guint8 *) text;
  sc.len = length;
  sc.func = func;
  sc.user_data = user_data;

  while (!sc.stop && (p = next_trigger (sc.s, length, p)) < length)
    {
      gunichar c;
      gsize n;

      if (sc.s[p] < 0x80)
        {
          if (sc.s[p] != '"')
            p = scan_numeral (&sc, p, sc.s[p]);
          else if (p != sc.quote_end)
            {
              /* a half-width quote that opens (the one that closes the
               * current quote does not) */
              gsize e = quote_end (sc.s, length, p + 1, '"');
              if (e)
                {
                  sc.quote_start = p;
                  sc.quote_end = e;
                }
              p++;
            }
          else
            p++;
          continue;
        }
      /* a trigger other than ASCII has three bytes (make_nibble_tables ()
       * checks it), and next_trigger () saw them all */
      c = ((gunichar) (sc.s[p] & 0x0F) << 12) | ((gunichar) (sc.s[p + 1] & 0x3F) << 6) |
          (sc.s[p + 2] & 0x3F);
      n = 3;
      if (c == CP_TITLE_OPEN)
        {
          gsize e = title_end (sc.s, length, p, &title_budget);

          if (e)
            scan_package_title (&sc, p, e);
          p = e ? e : p + n;
        }
      else if (c == 0x201C || c == 0x300C || c == 0x300E)
        {
          gsize e = quote_end (sc.s, length, p + n, c);
          if (e)
            {
              sc.quote_start = p;
              sc.quote_end = e;
            }
          p += n;
        }
      else
        {
          gsize next = scan_numeral (&sc, p, c);
          p = next > p ? next : p + n;
        }
    }
}

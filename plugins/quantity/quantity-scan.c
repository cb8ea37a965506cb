/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/*
 * The quantity scanner.
 *
 * One pass over the UTF-8 text, one code point at a time. Each code point
 * is looked up in a bitmap of "triggers" (digits, Chinese numerals, 《 and
 * opening quotes); everything else costs a decode and a bit test. At a
 * numeral the scanner reads, in this order:
 *
 *     [counter] [approx prefix] number [multiplier] [approx infix] [万|亿] unit [approx suffix]
 *       共/达…   近/约/超过/逾…   12/1.5/十二   万/千     余/多/来           件/人次/%… 以上/左右
 *
 * and keeps the match unless one of the exclusion rules says the numeral
 * is not a count: an ordinal (第…, 十三届四次…), a date or a year
 * (2023年, 1月26日), a title (anything inside 《…》), a slogan (a Chinese
 * numeral inside a short “…” quote, or a set phrase such as 两个确立), a
 * place name (七台河) or the indefinite 一 (一个, 一批, 一年来).
 *
 * ## Conventions
 *
 * - `value` and `unit` are as written. A 万 or 亿 written right before the
 *   unit belongs to the unit: 1200万元 is 1200 万元 (base 元), 1.2万人次 is
 *   1.2 万人次 (base 人次). A 万 or 亿 separated from the unit by 余/多
 *   belongs to the number: 10万余人次 is 100000 人次. 千 and 百 after
 *   digits always fold into the number (3千人 is 3000 人).
 * - `normalized` is value × the multiplier of the unit, in `base_unit`;
 *   percentages stay percentages (98.6 %).
 * - The span covers the approximation words and the unit, not the counter
 *   (共, 达…), which is reported as `counted_by`.
 * - 年 is a unit only in time spans (连续3年, 近五年, 3年多, 用两年时间);
 *   "N年来" is the idiom "over the past N years" and is not counted.
 */

#include "quantity-scan.h"

#include <string.h>

typedef struct {
  const char *text;       /* as it appears in the text */
  const char *canonical;  /* the unit reported */
  guint8      kind;
  const char *blocked;    /* '|'-separated words that may not follow */
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
  { "%", "%", UNIT_RATIO, NULL },
  { "％", "%", UNIT_RATIO, NULL },
  { "‰", "‰", UNIT_RATIO, NULL },
  { "个百分点", "个百分点", UNIT_RATIO, NULL },
  { "百分点", "个百分点", UNIT_RATIO, NULL },
  { "倍", "倍", UNIT_RATIO, NULL },
  /* time */
  { "年", "年", UNIT_YEAR, "代|度|级|龄|华|轻|终|均|货|会|报|鉴|画|薪|节" },
  { "个月", "个月", UNIT_TIME, NULL },
  { "个星期", "个星期", UNIT_TIME, NULL },
  { "个小时", "小时", UNIT_TIME, NULL },
  { "个工作日", "个工作日", UNIT_TIME, NULL },
  { "工作日", "个工作日", UNIT_TIME, NULL },
  { "天", "天", UNIT_TIME, "然|津|地|空|气|下|使|堂|府|山|池|河|门|才|真|性|平" },
  { "小时", "小时", UNIT_TIME, NULL },
  { "分钟", "分钟", UNIT_TIME, NULL },
  { "周岁", "周岁", UNIT_TIME, NULL },
  { "周", "周", UNIT_TIME, "年|边|期|末|转|密|全|到|知|围|刊|报|一|二|三|四|五|六|日" },
  { "岁", "岁", UNIT_TIME, "月" },
  /* people and counts */
  { "人次", "人次", UNIT_COUNT, NULL },
  { "户次", "户次", UNIT_COUNT, NULL },
  { "件次", "件次", UNIT_COUNT, NULL },
  { "批次", "批次", UNIT_COUNT, NULL },
  { "场次", "场次", UNIT_COUNT, NULL },
  { "架次", "架次", UNIT_COUNT, NULL },
  { "人", "人", UNIT_COUNT, "民|员|士|大|才|格|性|生|心|文|事|力|类|物|均|身|权|们" },
  { "名", "名", UNIT_COUNT, "称|誉|录|片" },
  { "位", "位", UNIT_COUNT, "置|于|数|列|居|次|子|移|一" },
  { "个", "个", UNIT_COUNT, "性|别|案|税|股" },
  { "项", "项", UNIT_COUNT, "链" },
  { "件", "件", UNIT_COUNT, NULL },
  { "次", "次", UNIT_COUNT, "日|要|序|生|数|级|第|之|年|月|贷|优" },
  { "家", "家", UNIT_COUNT, "庭|属|长|乡|族|风|里|门|底|产|务|书" },
  { "户", "户", UNIT_COUNT, "籍|口|外|型|主" },
  { "所", "所", UNIT_COUNT, "有|在|以|属|得|谓|长|需|述|做|说|能|知|处|获" },
  { "条", "条", UNIT_COUNT, "例|件|理|约|令|文|幅|形|块" },
  { "款", "款", UNIT_COUNT, "物|项|额" },
  { "章", "章", UNIT_COUNT, "程|法" },
  { "篇", "篇", UNIT_COUNT, "章|幅" },
  { "部", "部", UNIT_COUNT, "门|分|署|长|委|队|位|件|落|属|际|级|局|署|室" },
  { "期", "期", UNIT_COUNT, "间|待|望|盼|限|工程|项目|满|货|末|中|初|内|许|刑" },
  { "场", "场", UNIT_COUNT, "所|景|地|馆|合|面|域|长|主|站|内|外|上" },
  { "批", "批", UNIT_COUNT, "准|复|示|评|转|办|判|量|发" },
  { "份", "份", UNIT_COUNT, "额|子|量" },
  { "本", "本", UNIT_COUNT, "级|次|届|身|质|地|土|职|领|色|来|市|省|县|部|单|底|着|金|科|期|年|月|规" },
  { "册", "册", UNIT_COUNT, "封|子" },
  { "处", "处", UNIT_COUNT, "理|置|长|室|级|罚|分|于|境|事|在|世|方" },
  { "起", "起", UNIT_COUNT, "草|步|点|诉|来|源|到|始|航|跑|码|因|见|飞" },
  { "例", "例", UNIT_COUNT, "如|外|会|证|行|子" },
  { "宗", "宗", UNIT_COUNT, "教|旨|族|师" },
  { "笔", "笔", UNIT_COUNT, "记|者|谈|试|墨|画" },
  { "类", "类", UNIT_COUNT, "似|别|型" },
  { "种", "种", UNIT_COUNT, "植|子|业|养|粮|源|类|苗|群|族" },
  { "组", "组", UNIT_COUNT, "织|成|建|长|团|合|委|件|图|稿" },
  { "支", "支", UNIT_COUNT, "持|付|出|援|部|撑|柱|行" },
  { "轮", "轮", UNIT_COUNT, "流|换|船|岗|训" },
  { "座", "座", UNIT_COUNT, "谈|位|次|右" },
  { "套", "套", UNIT_COUNT, "餐|路|取" },
  { "台", "台", UNIT_COUNT, "账|湾|阶|风|站|前|上|下|词|式|胞|属|州|港" },
  { "辆", "辆", UNIT_COUNT, NULL },
  { "艘", "艘", UNIT_COUNT, NULL },
  { "架", "架", UNIT_COUNT, "构|设|子|势" },
  { "张", "张", UNIT_COUNT, "贴|扬|力|弛|家|口|开|罗" },
  { "栋", "栋", UNIT_COUNT, NULL },
  { "幢", "幢", UNIT_COUNT, NULL },
  { "村", "村", UNIT_COUNT, "民|庄|级|委|镇|居|干|落|集|规|务|寨" },
  { "元", "元", UNIT_MEASURE, "旦|素|首|老|宵|年|月|帅|气|件|化" },
  { "美元", "美元", UNIT_MEASURE, NULL },
  { "亩", "亩", UNIT_MEASURE, NULL },
  { "公顷", "公顷", UNIT_MEASURE, NULL },
  { "平方公里", "平方公里", UNIT_MEASURE, NULL },
  { "平方千米", "平方千米", UNIT_MEASURE, NULL },
  { "平方米", "平方米", UNIT_MEASURE, NULL },
  { "立方米", "立方米", UNIT_MEASURE, NULL },
  { "公里", "公里", UNIT_MEASURE, NULL },
  { "千米", "千米", UNIT_MEASURE, NULL },
  { "米", "米", UNIT_MEASURE, "饭|粮|面|业|兰|国|制|尔" },
  { "吨", "吨", UNIT_MEASURE, "位" },
  { "千瓦时", "千瓦时", UNIT_MEASURE, NULL },
  { "千瓦", "千瓦", UNIT_MEASURE, NULL },
  { "千克", "千克", UNIT_MEASURE, NULL },
  { "公斤", "公斤", UNIT_MEASURE, NULL },
};

typedef struct {
  const char    *word;
  QuantityApprox approx;
  const char    *not_after;   /* characters that make the word part of
                                 another word when they precede it */
} Affix;

/* Checked in order: a word before the words it ends with. */
static const Affix approx_prefixes[] = {
  { "将近", QUANTITY_APPROX_NEARLY, NULL },
  { "接近", QUANTITY_APPROX_NEARLY, NULL },
  { "近", QUANTITY_APPROX_NEARLY, "最附靠临亲邻贴走就远新相迫浅逼趋" },
  { "大约", QUANTITY_APPROX_ABOUT, NULL },
  { "约为", QUANTITY_APPROX_ABOUT, "节制签预公条合邀特婉违履集契相规简隐爽赴守践失毁解誓缔和" },
  { "约", QUANTITY_APPROX_ABOUT, "节制签预公条合邀特婉违履集契相规简隐爽赴守践失毁解誓缔和" },
  { "不少于", QUANTITY_APPROX_MORE_THAN, NULL },
  { "不低于", QUANTITY_APPROX_MORE_THAN, NULL },
  { "超过", QUANTITY_APPROX_MORE_THAN, NULL },
  { "至少", QUANTITY_APPROX_MORE_THAN, NULL },
  { "逾", QUANTITY_APPROX_MORE_THAN, NULL },
  { "超", QUANTITY_APPROX_MORE_THAN, "赶高追" },
};

static const Affix counters[] = {
  { "共计", 0, NULL },
  { "共有", 0, NULL },
  { "总共", 0, NULL },
  { "一共", 0, NULL },
  { "累计", 0, NULL },
  { "合计", 0, NULL },
  { "总计", 0, NULL },
  { "达到", 0, NULL },
  { "多达", 0, NULL },
  { "高达", 0, NULL },
  { "长达", 0, NULL },
  { "共", 0, "公中总一" },
  { "达", 0, "下表传转通送抵到发直畅豁腾雷练上布" },
};

/* Words right before a number of years that make "N年" a time span. */
static const char *const year_cues_before[] = {
  "连续", "近", "前", "历时", "用", "经过", "过去", "未来", "最近", "今后",
  "持续", "长达", "满", "每", "达", "共", "累计", "历经", "耗时", "为期",
  "坚持", "已有", "花了", "花", "用了", "时隔", "相隔", "间隔", "至少",
  "任期", "期限", "延长", "缩短",
};

/* Words right after "N年" that make it a time span. */
static const char *const year_cues_after[] = {
  "时间", "间", "内", "之久", "期间", "多", "以上", "左右", "有余",
};

/* Set phrases and names in which a numeral followed by a unit is not a
 * count: { text before the numeral, text from the numeral on }. */
static const struct {
  const char *before;
  const char *at;
} set_phrases[] = {
  { "", "两个确立" }, { "", "两个维护" }, { "", "四个意识" }, { "", "四个自信" },
  { "", "四个全面" }, { "", "四个伟大" }, { "", "四个机关" }, { "", "两个一百年" },
  { "", "两个大局" }, { "", "两个结合" }, { "", "两个毫不动摇" }, { "", "三个代表" },
  { "", "三个务必" }, { "", "两个务必" }, { "", "五位一体" }, { "", "三位一体" },
  { "", "八项规定" }, { "", "四项基本原则" }, { "", "五个必由之路" }, { "", "十个明确" },
  { "", "十四个坚持" }, { "", "十个坚持" }, { "", "六个必须坚持" }, { "", "五个一工程" },
  { "", "三个有利于" }, { "", "四个服从" }, { "", "两个覆盖" }, { "", "四个不摘" },
  { "", "三个区分开来" }, { "", "两个健康" }, { "", "三个一百年" }, { "", "四个体系" },
  { "", "千家万户" }, { "千家", "万户" }, { "成千上", "万" }, { "", "千千万万" }, { "", "百家争鸣" }, { "三番", "五次" },
  { "", "三天两头" }, { "", "两条腿" }, { "", "两只手" }, { "", "一五一十" },
  { "", "七台河" }, { "", "五家渠" }, { "", "三台县" }, { "", "五台山" }, { "", "五台县" },
  { "", "九台区" }, { "", "九台市" },
};

/* Chinese numerals. */
#define CN_ZERO_A 0x96F6 /* 零 */
#define CN_ZERO_B 0x3007 /* 〇 */

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

#define CP_TITLE_OPEN   0x300A  /* 《 */
#define CP_TITLE_CLOSE  0x300B  /* 》 */
#define CP_DI           0x7B2C  /* 第 */
#define CP_JIE          0x5C4A  /* 届 */

/* The trigger bitmap over the BMP, built once. */
static guint64 trigger_bits[65536 / 64];

static void
set_trigger (gunichar c)
{
  trigger_bits[c >> 6] |= G_GUINT64_CONSTANT (1) << (c & 63);
}

static void
init_triggers (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
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
      g_once_init_leave (&done, 1);
    }
}

static inline gboolean
is_trigger (gunichar c)
{
  return c < 65536 && (trigger_bits[c >> 6] >> (c & 63)) & 1;
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

  if (b < 0x80)
    {
      *cp = b;
      return 1;
    }
  if (b >= 0xE0 && b < 0xF0 && p + 2 < len)
    {
      *cp = ((gunichar) (b & 0x0F) << 12) | ((gunichar) (s[p + 1] & 0x3F) << 6) | (s[p + 2] & 0x3F);
      return 3;
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

/* The code point ending at @p; returns its start, or G_MAXSIZE at @lo. */
static inline gsize
decode_before (const guint8 *s,
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

static inline gboolean
has_at (const guint8 *s,
        gsize         len,
        gsize         p,
        const char   *word,
        gsize         wlen)
{
  return p + wlen <= len && memcmp (s + p, word, wlen) == 0;
}

static inline gboolean
has_before (const guint8 *s,
            gsize         p,
            const char   *word,
            gsize         wlen)
{
  return wlen <= p && memcmp (s + p - wlen, word, wlen) == 0;
}

/* Whether one of the '|'-separated words of @list starts at @p. */
static gboolean
any_at (const guint8 *s,
        gsize         len,
        gsize         p,
        const char   *list)
{
  while (list && *list)
    {
      const char *bar = strchr (list, '|');
      gsize n = bar ? (gsize) (bar - list) : strlen (list);

      if (has_at (s, len, p, list, n))
        return TRUE;
      list = bar ? bar + 1 : NULL;
    }
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

static gsize
skip_spaces (const guint8 *s,
             gsize         len,
             gsize         p)
{
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

static gsize
skip_spaces_before (const guint8 *s,
                    gsize         p)
{
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

static const Unit *
match_unit (const guint8 *s,
            gsize         len,
            gsize         p)
{
  const Unit *best = NULL;
  gsize best_len = 0;

  if (p >= len)
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (units); i++)
    {
      const Unit *u = &units[i];
      gsize n;

      if ((guint8) u->text[0] != s[p])
        continue;
      n = strlen (u->text);
      if (n <= best_len || !has_at (s, len, p, u->text, n))
        continue;
      if (u->blocked && any_at (s, len, p + n, u->blocked))
        continue;
      best = u;
      best_len = n;
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
  /* multipliers (arabic) or all characters (Chinese) */
  guint    n_tok;
  gint64   tok_val[24];    /* Chinese: digit (0-9) or magnitude (≥10) */
  gboolean tok_mag[24];
  gsize    tok_pos[25];
  gboolean positional;     /* Chinese digits without magnitudes: 二〇二三 */
  gboolean had_separator;  /* read 1,234 */
} Numeral;

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

  memset (num, 0, sizeof *num);
  num->start = p;

  while ((n = digit_at (s, len, q, &d)))
    {
      num->mantissa = num->mantissa * 10 + d;
      num->n_digits++;
      group++;
      q += n;
      if (num->n_digits > 15)
        return FALSE;
      /* thousands separator: ",ddd" not followed by a digit */
      if (thousands && group <= 3 && q < len && s[q] == ',')
        {
          gsize r = q + 1, m;
          guint k = 0;
          int e;

          while (k < 3 && (m = digit_at (s, len, r, &e)))
            {
              r += m;
              k++;
            }
          if (k == 3 && !digit_at (s, len, r, &e))
            {
              q++;
              group = 0;
              num->had_separator = TRUE;
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
  while (q < len && num->n_tok < 3)
    {
      gunichar c;
      gsize m = decode_at (s, len, q, &c);
      gint64 mag = cn_magnitude (c);

      if (mag < 100)
        break;
      num->tok_val[num->n_tok] = mag;
      num->tok_mag[num->n_tok] = TRUE;
      q += m;
      num->tok_pos[++num->n_tok] = q;
    }
  num->end = q;
  return TRUE;
}

static gboolean
parse_chinese (const guint8 *s,
               gsize         len,
               gsize         p,
               Numeral      *num)
{
  gsize q = p;

  memset (num, 0, sizeof *num);
  num->start = p;
  num->chinese = TRUE;
  num->positional = TRUE;
  num->tok_pos[0] = p;

  while (q < len)
    {
      gunichar c;
      gsize m = decode_at (s, len, q, &c);
      int d = cn_digit (c);
      gint64 mag = d < 0 ? cn_magnitude (c) : 0;

      if (d < 0 && mag == 0)
        break;
      if (num->n_tok == G_N_ELEMENTS (num->tok_val))
        {
          /* far too long for a number: skip the whole run */
          while (q < len && (decode_at (s, len, q, &c), cn_digit (c) >= 0 || cn_magnitude (c) > 0))
            q += decode_at (s, len, q, &c);
          num->end = q;
          return FALSE;
        }
      num->tok_val[num->n_tok] = d >= 0 ? d : mag;
      num->tok_mag[num->n_tok] = d < 0;
      if (d < 0)
        num->positional = FALSE;
      q += m;
      num->tok_pos[++num->n_tok] = q;
    }
  num->digits_end = q;
  num->end = q;
  return num->n_tok > 0;
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

/* 接近在编干部总数50%: an approximation word a few characters before a
 * share ("总数的", "总量"), still inside the clause. */
static QuantityApprox
distant_share_approx (const guint8 *s,
                      gsize         p)
{
  static const char *const share_ends[] = { "的", "总数", "总量", "总额", "总和", "人数" };
  static const Affix words[] = {
    { "将近", QUANTITY_APPROX_NEARLY, NULL },
    { "接近", QUANTITY_APPROX_NEARLY, NULL },
    { "超过", QUANTITY_APPROX_MORE_THAN, NULL },
    { "大约", QUANTITY_APPROX_ABOUT, NULL },
  };
  gboolean share = FALSE;
  gsize q = p;

  for (guint i = 0; i < G_N_ELEMENTS (share_ends); i++)
    if (has_before (s, p, share_ends[i], strlen (share_ends[i])))
      share = TRUE;
  if (!share)
    return QUANTITY_APPROX_NONE;

  for (guint k = 0; k < 14 && q != G_MAXSIZE && q > 0; k++)
    {
      gunichar c;

      for (guint i = 0; i < G_N_ELEMENTS (words); i++)
        if (has_before (s, q, words[i].word, strlen (words[i].word)))
          return words[i].approx;
      q = decode_before (s, q, &c);
      if (is_clause_break (c))
        break;
    }
  return QUANTITY_APPROX_NONE;
}

static gboolean
in_set_phrase (const guint8 *s,
               gsize         len,
               gsize         p)
{
  for (guint i = 0; i < G_N_ELEMENTS (set_phrases); i++)
    {
      gsize nb = strlen (set_phrases[i].before);
      gsize na = strlen (set_phrases[i].at);

      if (s[p] == (guint8) set_phrases[i].at[0] &&
          has_at (s, len, p, set_phrases[i].at, na) &&
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
  for (guint i = 0; i < G_N_ELEMENTS (year_cues_before); i++)
    if (has_before (s, before, year_cues_before[i], strlen (year_cues_before[i])))
      return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (year_cues_after); i++)
    if (has_at (s, len, after, year_cues_after[i], strlen (year_cues_after[i])))
      return TRUE;
  return FALSE;
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

/* Tries to read a quantity whose numeral starts at @p. Sets @resume to
 * where the scan goes on and @separator when the numeral was read with a
 * thousands separator (the caller then retries without). */
static gboolean
try_quantity (Scan     *sc,
              gsize     p,
              gboolean  thousands,
              gsize    *resume,
              gboolean *separator)
{
  static const Unit percent_unit = { "", "%", UNIT_RATIO, NULL };
  static const Unit months_more = { "个多月", "个月", UNIT_TIME, NULL };
  static const Unit hours_more = { "个多小时", "小时", UNIT_TIME, NULL };
  const guint8 *s = sc->s;
  gsize len = sc->len;
  Numeral num;
  gunichar first, prev, c;
  gsize q, unit_start, unit_end, m2_start, m2_end, start, end, pre;
  gboolean percent_words = FALSE, infix = FALSE, bare_magnitude = FALSE;
  gboolean temporal_prefix = FALSE, has_prefix = FALSE;
  const Unit *unit = NULL;
  QuantityApprox approx = QUANTITY_APPROX_NONE, range = QUANTITY_APPROX_NONE;
  const char *counted_by = NULL;
  gint64 m1 = 1, m2 = 1, int_value = 0;
  guint n_value_tok;
  char unit_buf[48];
  QuantityMatch match;
  int d;

  *separator = FALSE;
  decode_at (s, len, p, &first);
  decode_before (s, p, &prev);

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
      /* ordinals: 第31届, 第二次会议, 第一时间 */
      if (prev == CP_DI)
        {
          *resume = num.end;
          return FALSE;
        }
    }
  *separator = num.had_separator;
  *resume = num.end;
  q = num.end;

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
  else if (infix)
    {
      /* 1200余万元: the 万 is the unit's; 10万余人次: it was the number's */
      q = skip_spaces (s, len, q);
      m2_start = q;
      while (has_at (s, len, q, "万", 3) || has_at (s, len, q, "亿", 3))
        {
          if (__builtin_mul_overflow (m2, has_at (s, len, q, "万", 3) ? 10000 : 100000000, &m2) ||
              m2 > G_GINT64_CONSTANT (1000000000000))
            return FALSE;
          q += 3;
        }
      m2_end = q;
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
            unit = &months_more;
          else if (has_at (s, len, unit_start, "个多小时", 12))
            unit = &hours_more;
          else
            unit = match_unit (s, len, unit_start);
          if (unit == &months_more || unit == &hours_more)
            approx = QUANTITY_APPROX_MORE_THAN;
        }
      n_value_tok = k;
    }
  if (!unit)
    return FALSE;
  unit_end = unit_start + strlen (unit->text);

  /* 4. the value */
  if (num.chinese)
    {
      /* 一个, 一批, 一年来: the indefinite 一 */
      if (num.n_tok == 1 && !num.tok_mag[0] && num.tok_val[0] == 1)
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
  for (guint i = 0; i < G_N_ELEMENTS (approx_prefixes); i++)
    {
      const Affix *a = &approx_prefixes[i];
      gsize n = strlen (a->word);

      if (!has_before (s, pre, a->word, n) || pre - n < sc->last_end)
        continue;
      if (a->not_after && decode_before (s, pre - n, &c) != G_MAXSIZE && char_in (c, a->not_after))
        break;
      if ((unit->kind == UNIT_YEAR || unit->kind == UNIT_TIME) && strcmp (a->word, "近") == 0)
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

  for (guint i = 0; i < G_N_ELEMENTS (counters); i++)
    {
      gsize n = strlen (counters[i].word);

      if (!has_before (s, start, counters[i].word, n))
        continue;
      if (counters[i].not_after && decode_before (s, start - n, &c) != G_MAXSIZE &&
          char_in (c, counters[i].not_after))
        break;
      counted_by = counters[i].word;
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
  if (prev == 0x524D /* 前 */ && (strcmp (unit->text, "名") == 0 || strcmp (unit->text, "位") == 0))
    return FALSE;
  if (!percent_words && strcmp (unit->text, "次") == 0)
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
      if (in_set_phrase (s, len, num.start))
        return FALSE;
      /* 四个一批, 五个一工程, 两个一百年: numbered slogans */
      if (strcmp (unit->text, "个") == 0 && has_at (s, len, unit_end, "一", 3))
        return FALSE;
    }

  /* 7. the approximation word after the unit */
  end = unit_end;
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
  if (approx == QUANTITY_APPROX_NONE)
    approx = range;
  if (approx == QUANTITY_APPROX_NONE && unit->kind == UNIT_RATIO)
    approx = distant_share_approx (s, start);

  if (start < sc->last_end)
    return FALSE;

  /* 8. report it */
  {
    gsize n2 = m2_end - m2_start;
    gsize nc = strlen (unit->canonical);

    if (n2 + nc + 1 > sizeof unit_buf)
      return FALSE;
    memcpy (unit_buf, s + m2_start, n2);
    memcpy (unit_buf + n2, unit->canonical, nc + 1);
  }

  memset (&match, 0, sizeof match);
  match.byte_start = start;
  match.byte_end = end;
  if (num.chinese)
    {
      make_number (int_value, 0, 1, &match.value);
      make_number (int_value, 0, m2, &match.normalized);
    }
  else
    {
      gint64 mant;

      if (__builtin_mul_overflow (num.mantissa, m1, &mant))
        return FALSE;
      make_number (mant, num.decimals, 1, &match.value);
      make_number (mant, num.decimals, m2, &match.normalized);
    }
  match.unit = unit_buf;
  match.base_unit = unit->canonical;
  match.approx = approx;
  match.counted_by = counted_by;

  sc->last_end = end;
  *resume = end;
  if (!sc->func (&match, sc->user_data))
    sc->stop = TRUE;
  return TRUE;
}

static gsize
scan_numeral (Scan  *sc,
              gsize  p)
{
  gsize resume;
  gboolean separator;

  if (try_quantity (sc, p, TRUE, &resume, &separator) || !separator)
    return resume;
  /* 1,234 without a unit after it: a list, read the first number alone */
  try_quantity (sc, p, FALSE, &resume, &separator);
  return resume;
}

/* The end of the 《…》 title opening at @p (nesting-aware), or 0 when it
 * does not close within a paragraph: then the 《 is read as text. */
static gsize
title_end (const guint8 *s,
           gsize         len,
           gsize         p)
{
  guint depth = 0;
  gsize q = p, limit = MIN (len, p + 900);

  while (q < limit)
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
        return 0;
      q += n;
    }
  return 0;
}

/* The end of a short quote opening at @p, or 0. */
static gsize
quote_end (const guint8 *s,
           gsize         len,
           gsize         p,
           gunichar      open)
{
  gunichar close = open == 0x201C ? 0x201D : open + 1;  /* ” 」 』 */
  gsize q = p, limit = MIN (len, p + 3 * 36);

  while (q < limit)
    {
      gunichar c;
      gsize n = decode_at (s, len, q, &c);

      if (c == close)
        return q;
      if (c == '\n' || c == open)
        return 0;
      q += n;
    }
  return 0;
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

  g_assert (text != NULL || length == 0);
  g_assert (func != NULL);

  init_triggers ();

  sc.s = (const guint8 *) text;
  sc.len = length;
  sc.func = func;
  sc.user_data = user_data;

  while (p < length && !sc.stop)
    {
      guint8 b = sc.s[p];
      gunichar c;
      gsize n;

      if (b < 0x80)
        {
          if (b >= '0' && b <= '9')
            p = scan_numeral (&sc, p);
          else
            p++;
          continue;
        }
      n = decode_at (sc.s, length, p, &c);
      if (G_LIKELY (!is_trigger (c)))
        {
          p += n;
          continue;
        }
      if (c == CP_TITLE_OPEN)
        {
          gsize e = title_end (sc.s, length, p);
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
          gsize next = scan_numeral (&sc, p);
          p = next > p ? next : p + n;
        }
    }
}

/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What a keyword of the entity matcher is. The matcher value of a keyword is
 * kind << 24 | index, the index being into the gazetteer's aliases for
 * LEX_PLACE and into entity_lexicon[] for everything else. */
typedef enum {
  LEX_NONE,
  LEX_PLACE,       /* a gazetteer name */
  LEX_PLACE_CHAR,  /* a one-character abbreviation: 京 沪 俄 … */
  LEX_PREFIX,      /* 省 市 县 (admin) or 全国 国家 中央 中共 (national) */
  LEX_KNOWN_ORG,   /* a body that is an organization on its own: 国务院 */
  LEX_BODY,        /* a body that needs a region before it: 人大常委会, 政府 */
  LEX_SUBBODY,     /* a part of a body: 办公厅, 法工委, 代表工作委员会 */
  LEX_ENDING,      /* a generic ending: 集团, 大学, 委员会, 局 */
  LEX_TITLE,       /* 书记, 主任, 代表, 专家学者 … */
  LEX_BOUNDARY,    /* a word an organization name never spans: 得到, 推动;
                    * lazy but for region words (全省, 我市) */
  LEX_TRIGGER,     /* introduces a list of people: 邀请, 包括 */
  LEX_LIST_END,    /* 等 */
  LEX_PERSON,      /* a well-known person: 习近平 */
  LEX_PLACE_SUFFIX,/* 自治县 自治旗 自治州 */
  LEX_WETLAND,     /* 湿地 */
  LEX_BLOCK,       /* a word that only hides what it contains: 城市, 中心组 */
} LexKind;

/* LEX_PREFIX flags */
#define LEX_PREFIX_ADMIN     (1 << 0)   /* 省 市 县: may start a body (lazy) */
#define LEX_PREFIX_NATIONAL  (1 << 1)   /* 全国 国家 中央 */
#define LEX_PREFIX_PARTY     (1 << 2)   /* 中共: 中共 + place + 委 */

/* LEX_SUBBODY flags */
#define LEX_SUB_STANDALONE   (1 << 0)   /* an organization without a body before it */

/* LEX_ENDING flags */
#define LEX_END_STRONG       (1 << 0)   /* may follow a plain boundary */
#define LEX_END_SINGLE       (1 << 1)   /* one character (局 厅 办): checked more */

/* LEX_TITLE flags */
#define LEX_TITLE_BEFORE     (1 << 0)   /* may stand before a name: 省长许某 */
#define LEX_TITLE_AFTER      (1 << 1)   /* may stand after a name: 许某书记 */
#define LEX_TITLE_ROLE       (1 << 2)   /* closes a list: 等知名专家学者 */

/* Flag of any entry: not a keyword of the matcher but looked up lazily
 * around other tokens (common words that would slow the scan down) */
#define LEX_LAZY             (1 << 7)

/* LEX_PLACE_CHAR flags */
#define LEX_CHAR_ALWAYS      (1 << 0)   /* unambiguous: 沪 渝 俄 */
#define LEX_CHAR_MOTION      (1 << 1)   /* only after 赴 在 进 来 …: 京 津 */
#define LEX_CHAR_VISIT       (1 << 2)   /* only after 赴 访 来 驻: 港 澳 */

typedef struct
{
  const char *word;
  guint8 kind;
  guint8 flags;
  const char *extra;   /* LEX_PLACE_CHAR: the canonical place */
} LexEntry;

extern const LexEntry entity_lexicon[];
extern const guint entity_lexicon_len;

/* Characters, one string each, UTF-8 */
extern const char entity_surnames[];            /* single-character surnames */
extern const char * const entity_compound_surnames[];
extern const char entity_weak_surnames[];       /* also common function words */
extern const char entity_not_in_names[];        /* never in a given name */
extern const char entity_name_stop[];           /* ends a name: 3rd char test */
extern const char entity_translit_chars[];      /* spell names without a surname */
extern const char * const entity_name_stop_bigrams[];
extern const char entity_boundary_chars[];      /* 的 了 与 和 … */
extern const char * const entity_stop_bigrams[];/* 高度 全面 … never names */
extern const char * const entity_generic_bodies[]; /* 上市 (公司), 村民 (委员会) */

G_END_DECLS

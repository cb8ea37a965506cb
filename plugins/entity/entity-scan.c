/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/* Finds people, places and organizations in report text.
 *
 * One pass of a matcher that holds every place name of the gazetteer and
 * the vocabulary (bodies, endings, titles, region words) turns the text into
 * a sparse list of leftmost-longest tokens. Words too common to be worth a
 * token (boundary verbs such as 推动 or 得到, and 省 市 县 as prefixes) are
 * looked up lazily, only around the tokens that need them. Everything else
 * is a local look at the tokens and the few characters around them:
 *
 * - places: a gazetteer token, unless it is a short form that names a
 *   smaller place (龙江县, 南京路) or a people (蒙古族); weak short forms
 *   (东宁, 同江: ordinary words too) count only beside another place in a
 *   list; 自治县 names and wetlands are cut from the text around them.
 *   A one-character abbreviation is a place only when it can be nothing
 *   else (俄 沪 渝) or after a verb of motion (赴京, 来粤, 在湘; 港 and 澳
 *   only after 赴 访 来 驻); 蒙 黑 吉 新 宁 … are never taken alone, so
 *   京剧, 新时代 and 中蒙俄's 蒙 are no places. A language (朝鲜语, 俄文)
 *   is no place either, and a 自治县 name cut from the text must name its
 *   people (长阳土家族自治县) or start with a place: 民族自治县 and
 *   依法行使自治州 are none.
 * - organizations: a region before a body (黑龙江省 + 人大常委会, 省 + 政府,
 *   中共 + 黑龙江省 + 委), a known national body, either followed by its
 *   parts (全国人大常委会 + 办公厅), or a generic ending (集团, 大学, 局)
 *   with the name running back to the nearest region, prefix or boundary;
 *   a generic name (上市公司, 村民委员会) is none. Inside a 《…》 title only
 *   the body that issues it, named first (《国务院关于…的决定》), is one:
 *   公司 of 《中华人民共和国公司法》 is what the law is about.
 * - people: a surname and one or two more characters right before a title
 *   (许某书记), right after one (省长许某, 副主任 王某), or in a list
 *   joined by 、 around such a name or closed by 等 and a role
 *   (邀请王某、李某等知名专家学者). The span is the name; the title, with
 *   the body before it (省人大常委会副主任), is the `title` feature.
 *   Beside a title, names of peoples who use no surname count too: parts
 *   joined by a dot (艾力·买买提), or after the title three to six
 *   characters that spell such names and end where a word starts
 *   (副主任洛桑次仁带队).
 *
 * The text is handled in chunks cut at line ends, so that memory stays
 * bounded on very large inputs; no entity spans a line end.
 */

#include <string.h>

#include <baogao/baogao.h>

#include "entity-lexicon.h"
#include "entity-model-data.h"
#include "entity-scan.h"
#include "matcher-data.h"
#include "text-words.h"

/* The matcher built with the plugin (entity-matcher-data.c), from the
 * gazetteer it installs */
G_GNUC_INTERNAL extern const MatcherData entity_matcher_data;
BaogaoMatcher *entity_build_matcher (GBytes *input);

#define KIND_SHIFT 24
#define INDEX_MASK 0xffffffu
#define MAKE_VALUE(kind, index) (((guint) (kind) << KIND_SHIFT) | (guint) (index))

#define CHUNK_BYTES (64 * 1024)

/* Zero bytes after the gazetteer in memory: name_hash () reads words of
 * four bytes */
#define PADDING 4

/* Character classes, one bit each, for the Basic Multilingual Plane */
enum {
  CC_SURNAME   = 1 << 0,
  CC_WEAK_SUR  = 1 << 1,
  CC_NOT_NAME  = 1 << 2,
  CC_NAME_STOP = 1 << 3,
  CC_BOUNDARY  = 1 << 4,
  CC_WATER     = 1 << 5,
  CC_MOTION    = 1 << 6,
  CC_VISIT     = 1 << 7,
  CC_SMALLER   = 1 << 8,   /* after a short name, a smaller place: 龙江县 */
  CC_SUB_STOP  = 1 << 9,   /* after a part of a body, a longer word: 工作部署 */
  CC_BAN_PRE   = 1 << 10,  /* before 办, a verb: 举办 督办 */
  CC_BAN_POST  = 1 << 11,  /* after 办, a word: 办理 办法 */
  CC_JU_POST   = 1 << 12,  /* after 局 厅, a word: 局面 */
  CC_WEI_POST  = 1 << 13,  /* after 省委 etc., a word: 委员 委托 */
  CC_QUANT     = 1 << 14,  /* before 省 市 县, many of them: 各市 两县 */
  CC_JU_PRE    = 1 << 15,  /* before 局 厅, a word: 大局 格局 展厅 */
  /* Bits 16 to 21: PAIR_* flags shifted, the first character of a pair
   * with that flag (CC_PAIR (PAIR_NOT_NAME): 高 of 高度) */
  CC_COMPOUND_SECOND = 1 << 22,  /* the second of a compound surname: 阳 */
  CC_TRANSLIT  = 1 << 23,  /* spells Tibetan, Mongolian, Uyghur names: 洛桑 */
  CC_NAME_END  = 1 << 24,  /* ends a name written without a surname: 在 作 */
  CC_PEOPLE    = 1 << 25,  /* a people's short name: 苗 侗 藏 */
  CC_PEOPLE_ONLY = 1 << 26,  /* ... that is no surname or given name: 侗 */
};

#define CC_PAIR_SHIFT 16
#define CC_PAIR(pair_flag) ((guint32) (pair_flag) << CC_PAIR_SHIFT)

/* What a pair of characters is */
enum {
  PAIR_COMPOUND_SURNAME = 1 << 0,   /* 欧阳 */
  PAIR_NOT_NAME         = 1 << 1,   /* 高度: a surname and a word */
  PAIR_NAME_STOP        = 1 << 2,   /* 强调: starts the word after a name */
  PAIR_BOUNDARY_START   = 1 << 3,   /* starts a boundary word: 推动 */
  PAIR_BOUNDARY_END     = 1 << 4,   /* ends a boundary word */
  PAIR_NOT_PREFIX       = 1 << 5,   /* 省 市 县 ending a word: 上市 节省 */
};

typedef enum {
  LEVEL_COUNTRY,
  LEVEL_REGION,
  LEVEL_PROVINCE,
  LEVEL_PREFECTURE,
  LEVEL_COUNTY,
  LEVEL_NATURAL,
  N_LEVELS
} Level;

static const char * const level_names[N_LEVELS] = {
  "country", "region", "province", "prefecture", "county", "natural",
};
static const guint8 level_lengths[N_LEVELS] = { 7, 6, 8, 10, 6, 7 };

/* Names are offsets into the model's data (entity-model-data.h) */
typedef EntityPlace Place;

typedef enum {
  FORM_ALIAS,           /* another name: 香港特区, 延边州 */
  FORM_FULL,            /* the full name: 黑龙江省 */
  FORM_SHORT,           /* the usual short form: 黑龙江 */
  FORM_LITERARY,        /* a literary name: 龙江, 齐鲁 */
} Form;

typedef EntityAlias Alias;
typedef EntityName Name;

struct _EntityModel
{
  gboolean compiled;    /* the tables are entity_model_data's, not owned */
  const char *data;     /* the gazetteer, cut into strings in place */
  Place *places;
  guint n_places;
  guint places_size;
  Alias *aliases;       /* the distinct names, first come first */
  Name *names;          /* parallel to aliases */
  guint n_aliases;
  guint aliases_size;
  guint32 *name_slots;  /* open addressing: alias index + 1, 0: empty */
  guint name_mask;
  guint32 *char_place;  /* lexicon index → place index, for LEX_PLACE_CHAR */
  const guint64 *pair_keys;  /* open addressing: two code points → PAIR_*
                             * flags; shared by all models */
  const guint8 *pair_vals;
  guint pair_mask;
  EntityClasses classes;     /* shared by all models */
  BaogaoMatcher *matcher;
};

/* ------------------------------------------------------------------ */
/* UTF-8 */

static inline gunichar
get_char (const char *text,
          gsize       pos,
          gsize       end,
          gsize      *next)
{
  const guchar *p = (const guchar *) text + pos;
  guchar c = p[0];

  /* Chinese first: the cases do not overlap */
  if ((c & 0xf0) == 0xe0 && pos + 3 <= end)
    {
      *next = pos + 3;
      return ((c & 0x0f) << 12) | ((p[1] & 0x3f) << 6) | (p[2] & 0x3f);
    }
  if (c < 0x80 || pos + 1 > end)
    {
      *next = pos + 1;
      return c;
    }
  if ((c & 0xe0) == 0xc0 && pos + 2 <= end)
    {
      *next = pos + 2;
      return ((c & 0x1f) << 6) | (p[1] & 0x3f);
    }
  if ((c & 0xf8) == 0xf0 && pos + 4 <= end)
    {
      *next = pos + 4;
      return ((c & 0x07) << 18) | ((p[1] & 0x3f) << 12) | ((p[2] & 0x3f) << 6) | (p[3] & 0x3f);
    }
  *next = pos + 1;
  return 0xfffd;
}

/* Always inlined: called all over the rules, it is mostly one test */
G_ALWAYS_INLINE static inline gunichar
char_before (const char *text,
             gsize       begin,
             gsize       pos,
             gsize      *start)
{
  const guchar *t = (const guchar *) text;
  gsize p, next;

  if (pos <= begin)
    {
      *start = pos;
      return 0;
    }
  /* Chinese first: a lead byte of three and two continuation bytes */
  if (pos - begin >= 3 && (t[pos - 3] & 0xf0) == 0xe0 &&
      (t[pos - 2] & 0xc0) == 0x80 && (t[pos - 1] & 0xc0) == 0x80)
    {
      *start = pos - 3;
      return ((t[pos - 3] & 0x0f) << 12) | ((t[pos - 2] & 0x3f) << 6) | (t[pos - 1] & 0x3f);
    }
  p = text_prev_char (text, begin, pos);
  *start = p;
  return get_char (text, p, pos, &next);
}

static inline gboolean
is_cjk (gunichar c)
{
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) ||
         (c >= 0xf900 && c <= 0xfaff) || c == 0x3007;
}

static inline gboolean
is_space (gunichar c)
{
  return c == ' ' || c == '\t' || c == 0x3000 || c == 0xa0;
}

static inline gboolean
is_digit_char (gunichar c)
{
  return (c >= '0' && c <= '9') || (c >= 0xff10 && c <= 0xff19) ||
         c == 0x3007 || c == 0x96f6 /* 零 */ || c == 0x4e00 /* 一 */ ||
         c == 0x4e8c || c == 0x4e09 || c == 0x56db || c == 0x4e94 ||
         c == 0x516d || c == 0x4e03 || c == 0x516b || c == 0x4e5d ||
         c == 0x5341 || c == 0x767e;
}

static inline guint32
cclass (const EntityModel *m,
        gunichar           c)
{
  const EntityClasses *k = &m->classes;

  if (c >= 0x10000)
    return 0;
  return k->values[k->blocks[k->block_of[c / ENTITY_CLASS_BLOCK] * ENTITY_CLASS_BLOCK +
                             c % ENTITY_CLASS_BLOCK]];
}

static inline guint64
pair_key (gunichar a,
          gunichar b)
{
  return ((guint64) a << 32) | b;
}

static inline guint
pair_slot (guint64 key,
           guint   mask)
{
  return (guint) ((key * G_GUINT64_CONSTANT (0x9e3779b97f4a7c15)) >> 40) & mask;
}

/* The flags among @want of the pair @a @b. Most characters start no pair
 * with those flags, as their class tells: no look-up then. */
static inline guint
pair_flags (const EntityModel *m,
            gunichar           a,
            gunichar           b,
            guint              want)
{
  guint64 key;
  guint i;

  if (!(cclass (m, a) & CC_PAIR (want)))
    return 0;
  key = pair_key (a, b);
  i = pair_slot (key, m->pair_mask);
  while (m->pair_keys[i] != 0)
    {
      if (m->pair_keys[i] == key)
        return m->pair_vals[i] & want;
      i = (i + 1) & m->pair_mask;
    }
  return 0;
}

/* ------------------------------------------------------------------ */
/* The model */

/* The level named by the @length bytes at @s */
static gboolean
parse_level_len (const char *s,
                 gsize       length,
                 Level      *level)
{
  Level l;

  /* Told by the first letter and another one: country county, province
   * prefecture */
  switch (s[0])
    {
    case 'c':
      l = length == 7 ? LEVEL_COUNTRY : LEVEL_COUNTY;
      break;
    case 'p':
      l = length == 8 ? LEVEL_PROVINCE : LEVEL_PREFECTURE;
      break;
    case 'r':
      l = LEVEL_REGION;
      break;
    default:
      l = LEVEL_NATURAL;
      break;
    }
  if (length != level_lengths[l] || memcmp (s, level_names[l], length) != 0)
    return FALSE;
  *level = l;
  return TRUE;
}

static gboolean
parse_level (const char *s,
             Level      *level)
{
  return parse_level_len (s, strlen (s), level);
}

/* The valid UTF-8 character at @p, its bytes as one number in *@chunk,
 * first byte lowest, and its length; 0 if there is none (a NUL is none). */
static G_NO_INLINE guint
other_char (const guchar *p,
            guint32      *chunk)
{
  guint n = (guchar) g_utf8_skip[p[0]];

  /* Stops at a NUL: not a continuation byte */
  if (p[0] == 0 || !g_utf8_validate_len ((const char *) p, n, NULL))
    return 0;
  *chunk = 0;
  for (guint i = 0; i < n; i++)
    *chunk |= (guint32) p[i] << (8 * i);
  return n;
}

/* A hash of @word, character by character (its bytes as one number, times
 * an odd constant), its length in *@length; G_MAXUINT32 in *@length if
 * @word is not valid UTF-8. Three-byte characters are checked for their
 * markers, then for the two forms that are not allowed: overlong ones
 * (E0 80–9F …) and surrogates (ED A0–BF …), told by the low bits of the
 * lead byte and bit 5 of the next.
 *
 * @padded: three bytes after the NUL that ends @word may be read, so a
 * three-byte character is read and checked as one word. */
static inline guint32
name_hash (const char *word,
           gboolean    padded,
           guint32    *length)
{
  const guchar *p = (const guchar *) word;
  guint32 h = 0x811c9dc5u, chunk;
  guint n;

  for (;;)
    {
      guint32 b = p[0];

      if (b < 0x80)
        {
          if (b == 0)
            break;
          h = (h ^ b) * 0x9e3779b1u;
          p++;
          continue;
        }
      if (padded)
        {
          guint32 w, bits;

          memcpy (&w, p, sizeof w);
          w = GUINT32_FROM_LE (w);
          bits = w & 0x200f;
          if ((w & 0xc0c0f0) == 0x8080e0 && bits != 0 && bits != 0x200d)
            {
              h = (h ^ (w & 0xffffff)) * 0x9e3779b1u;
              p += 3;
              continue;
            }
        }
      else if ((b & 0xf0) == 0xe0)
        {
          guint32 b1 = p[1], b2, bits;

          if ((b1 & 0xc0) == 0x80)
            {
              b2 = p[2];
              bits = (b & 0x0f) << 8 | (b1 & 0x20);
              if ((b2 & 0xc0) == 0x80 && bits != 0 && bits != 0xd20)
                {
                  h = (h ^ (b | b1 << 8 | b2 << 16)) * 0x9e3779b1u;
                  p += 3;
                  continue;
                }
            }
        }
      n = other_char (p, &chunk);
      if (n == 0)
        {
          *length = G_MAXUINT32;
          return 0;
        }
      h = (h ^ chunk) * 0x9e3779b1u;
      p += n;
    }
  *length = p - (const guchar *) word;
  return h ^ (h >> 16);
}

/* The slot of @word in the table of names: the one holding it, or the
 * empty one where it would go */
static inline guint
name_slot (const EntityModel *self,
           const char        *word,
           guint32            hash,
           guint32            length)
{
  guint i = hash & self->name_mask;
  guint32 idx;

  while ((idx = self->name_slots[i]) != 0)
    {
      const Name *name = &self->names[idx - 1];

      if (name->hash == hash && name->length == length &&
          memcmp (self->data + name->word, word, length) == 0)
        break;
      i = (i + 1) & self->name_mask;
    }
  return i;
}

/* The alias index of @word, or G_MAXUINT32 */
static guint32
find_name (const EntityModel *self,
           const char        *word)
{
  guint32 length, hash = name_hash (word, FALSE, &length);
  guint32 idx;

  if (length == G_MAXUINT32)
    return G_MAXUINT32;
  idx = self->name_slots[name_slot (self, word, hash, length)];

  return idx == 0 ? G_MAXUINT32 : idx - 1;
}

static void
grow_names (EntityModel *self)
{
  guint size = 2 * (self->name_mask + 1);

  g_free (self->name_slots);
  self->name_slots = g_new0 (guint32, size);
  self->name_mask = size - 1;
  for (guint i = 0; i < self->n_aliases; i++)
    {
      const Name *name = &self->names[i];

      self->name_slots[name_slot (self, self->data + name->word, name->hash,
                                  name->length)] = i + 1;
    }
}

/* What ends a word of the gazetteer */
enum {
  STOP_LINE = 1 << 0,    /* a line feed, or the NUL after the last line */
  STOP_TAB = 1 << 1,
  STOP_COMMA = 1 << 2,
};

static const guint8 stop_class[256] = {
  ['\0'] = STOP_LINE, ['\n'] = STOP_LINE, ['\t'] = STOP_TAB, [','] = STOP_COMMA,
};

/* Scans the word at @p, in the gazetteer, up to a byte of a class in
 * @stops (a line feed or the end always stops it): where it ends, and its
 * hash as name_hash () makes it in *@hash; NULL if it is not valid UTF-8. */
static inline char *
scan_word (char    *word,
           guint    stops,
           guint32 *hash)
{
  guchar *p = (guchar *) word;
  guint32 h = 0x811c9dc5u, chunk;
  guint n;

  stops |= STOP_LINE;
  for (;;)
    {
      guint32 b = p[0];

      if (b < 0x80)
        {
          if (stop_class[b] & stops)
            break;
          h = (h ^ b) * 0x9e3779b1u;
          p++;
          continue;
        }
      {
        guint32 w, bits;

        memcpy (&w, p, sizeof w);
        w = GUINT32_FROM_LE (w);
        bits = w & 0x200f;
        if ((w & 0xc0c0f0) == 0x8080e0 && bits != 0 && bits != 0x200d)
          {
            h = (h ^ (w & 0xffffff)) * 0x9e3779b1u;
            p += 3;
            continue;
          }
      }
      n = other_char (p, &chunk);
      if (n == 0)
        return NULL;
      h = (h ^ chunk) * 0x9e3779b1u;
      p += n;
    }
  *hash = h ^ (h >> 16);
  return (char *) p;
}

/* A name of a place, scanned; the first place to claim a name keeps it */
static inline void
add_name (EntityModel *self,
          const char  *word,
          guint32      length,
          guint32      hash,
          Alias        alias)
{
  guint slot;

  if (length == 0 || (length == 1 && word[0] == '-'))
    return;
  slot = name_slot (self, word, hash, length);
  if (self->name_slots[slot] != 0)
    return;

  if (self->n_aliases == self->aliases_size)
    {
      self->aliases_size *= 2;
      self->aliases = g_renew (Alias, self->aliases, self->aliases_size);
      self->names = g_renew (Name, self->names, self->aliases_size);
    }
  self->aliases[self->n_aliases] = alias;
  self->names[self->n_aliases] = (Name) { word - self->data, hash, length };
  self->n_aliases++;
  self->name_slots[slot] = self->n_aliases;

  /* At most half full */
  if (2 * self->n_aliases > self->name_mask)
    grow_names (self);
}

/* The word at @field: the mark before it, if any, in @alias, and where the
 * word starts */
static inline char *
word_mark (char  *field,
           Alias *alias)
{
  if (field[0] == '~')
    {
      alias->weak = 1;
      return field + 1;
    }
  if (field[0] == '*')
    {
      alias->form = FORM_LITERARY;
      return field + 1;
    }
  return field;
}

/* Cuts @word, the last of the last field of its line, before the space
 * that ends it, and hashes it again if there was any. Returns its
 * length. */
static guint32
chomp_word (char    *word,
            char    *end,
            guint32 *hash)
{
  char *e = end;
  guint32 length;

  while (e > word && g_ascii_isspace (e[-1]))
    e--;
  if (e == end)
    return end - word;
  *e = '\0';
  *hash = name_hash (word, TRUE, &length);
  return length;
}

/* The character at @p, valid UTF-8, and the position after it */
static inline gunichar
next_char (const char **p)
{
  const guchar *s = (const guchar *) *p;

  if (s[0] < 0x80)
    {
      *p += 1;
      return s[0];
    }
  if (s[0] < 0xe0)
    {
      *p += 2;
      return ((s[0] & 0x1f) << 6) | (s[1] & 0x3f);
    }
  if (s[0] < 0xf0)
    {
      *p += 3;
      return ((s[0] & 0x0f) << 12) | ((s[1] & 0x3f) << 6) | (s[2] & 0x3f);
    }
  *p += 4;
  return ((s[0] & 0x07) << 18) | ((s[1] & 0x3f) << 12) | ((s[2] & 0x3f) << 6) | (s[3] & 0x3f);
}

/* The classes of characters and pairs of characters come from the
 * vocabulary alone: made once per process, in zeroed static storage, and
 * shared by every model. Room for a few hundred pairs at a low load. The
 * classes are made in a flat table (made_classes, only while they are
 * made), then compressed (classes_compress()). */
#define PAIR_SLOTS 4096

static guint32 *made_classes;
static EntityClasses static_classes;
static guint64 static_pair_keys[PAIR_SLOTS];
static guint8 static_pair_vals[PAIR_SLOTS];

static void
set_chars (const char *chars,
           guint32     bit)
{
  for (const char *p = chars; *p; )
    {
      gunichar c = next_char (&p);

      if (c < 0x10000)
        made_classes[c] |= bit;
    }
}

static void
set_pair (const char *two,
          guint       flag)
{
  gunichar a = next_char (&two);
  gunichar b = next_char (&two);
  guint64 key = pair_key (a, b);
  guint i = pair_slot (key, PAIR_SLOTS - 1);

  while (static_pair_keys[i] != 0 && static_pair_keys[i] != key)
    i = (i + 1) & (PAIR_SLOTS - 1);
  static_pair_keys[i] = key;
  static_pair_vals[i] |= flag;
  if (a < 0x10000)
    made_classes[a] |= CC_PAIR (flag);
}

/* Compresses the classes @flat of the 0x10000 characters of the BMP into
 * @classes (see EntityClasses), in newly allocated arrays. */
static void
classes_compress (const guint32 *flat,
                  EntityClasses *classes)
{
  g_autoptr(GHashTable) value_index = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) block_index = g_hash_table_new_full (g_bytes_hash, g_bytes_equal,
                                                             (GDestroyNotify) g_bytes_unref, NULL);
  GArray *values = g_array_new (FALSE, FALSE, sizeof (guint32));
  GArray *blocks = g_array_new (FALSE, FALSE, sizeof (guint16));
  guint16 *block_of = g_new (guint16, 0x10000 / ENTITY_CLASS_BLOCK);
  guint32 none = 0;

  /* value 0 is none */
  g_array_append_val (values, none);
  for (gunichar c0 = 0; c0 < 0x10000; c0 += ENTITY_CLASS_BLOCK)
    {
      guint16 entries[ENTITY_CLASS_BLOCK];
      GBytes *key;
      gpointer found;

      for (guint i = 0; i < ENTITY_CLASS_BLOCK; i++)
        {
          guint32 v = flat[c0 + i];

          if (v == 0)
            entries[i] = 0;
          else if ((found = g_hash_table_lookup (value_index, GUINT_TO_POINTER (v))) != NULL)
            entries[i] = GPOINTER_TO_UINT (found);
          else
            {
              /* at most 0x10000 values, one a character, 0 among them */
              g_assert (values->len <= G_MAXUINT16);
              entries[i] = values->len;
              g_hash_table_insert (value_index, GUINT_TO_POINTER (v), GUINT_TO_POINTER (values->len));
              g_array_append_val (values, v);
            }
        }
      key = g_bytes_new (entries, sizeof entries);
      if (g_hash_table_lookup_extended (block_index, key, NULL, &found))
        {
          block_of[c0 / ENTITY_CLASS_BLOCK] = GPOINTER_TO_UINT (found);
          g_bytes_unref (key);
        }
      else
        {
          guint n = blocks->len / ENTITY_CLASS_BLOCK;

          block_of[c0 / ENTITY_CLASS_BLOCK] = n;
          g_hash_table_insert (block_index, key, GUINT_TO_POINTER (n));
          g_array_append_vals (blocks, entries, ENTITY_CLASS_BLOCK);
        }
    }

  classes->n_values = values->len;
  classes->n_blocks = blocks->len / ENTITY_CLASS_BLOCK;
  classes->values = (const guint32 *) g_array_free (values, FALSE);
  classes->blocks = (const guint16 *) g_array_free (blocks, FALSE);
  classes->block_of = block_of;
}

static void
make_classes (void)
{
  made_classes = g_new0 (guint32, 0x10000);
  set_chars (entity_surnames, CC_SURNAME);
  set_chars (entity_weak_surnames, CC_WEAK_SUR);
  set_chars (entity_not_in_names, CC_NOT_NAME);
  set_chars (entity_name_stop, CC_NAME_STOP);
  set_chars (entity_boundary_chars, CC_BOUNDARY);
  set_chars ("河湖江泡淀海洲滩岛沟湾泊", CC_WATER);
  set_chars ("赴在进来抵离返驻晋留出访", CC_MOTION);
  set_chars ("赴访来驻", CC_VISIT);
  set_chars ("县镇乡村路街族", CC_SMALLER);
  set_chars ("署分门件位队落员托", CC_SUB_STOP);
  set_chars ("举承主督交协合创开代帮包兴筹查申首批转联领来去照试操置采购好怎难可要快严专公"
             "直手亲即没不能会应该必易速限立接经在就马法自民官分再多少同共并新先后都全集当现一特",
             CC_BAN_PRE);
  set_chars ("理法公事好学结实件成案妥得到了起过班证税报的展会厂企园医刊", CC_BAN_POST);
  set_chars ("面势限长部", CC_JU_POST);
  set_chars ("格大布开全当结时变新破残僵棋饭赌骗终败胜定顾战危乱困出入平和搅设做展餐客门议舞歌前休宴营",
             CC_JU_PRE);
  set_chars ("员托屈婉派任", CC_WEI_POST);
  set_chars ("各全我本该外每两多诸几三四五这那此某其一", CC_QUANT);
  set_chars (entity_translit_chars, CC_TRANSLIT);
  set_chars ("的了在是和与及等对向为把被将从于以就并作率", CC_NAME_END);
  /* Two peoples named together by their short names (苗侗, 藏羌), as in
   * the names of autonomous areas; one of them not a name's character, or
   * 苗壮 and 白瑶 could be people */
  set_chars ("苗侗瑶彝壮藏回满傣黎白羌畲佤蒙维朝水京怒汉土哈", CC_PEOPLE);
  set_chars ("侗彝傣佤羌畲藏回", CC_PEOPLE_ONLY);
  for (guint i = 0; entity_compound_surnames[i] != NULL; i++)
    {
      const char *second = entity_compound_surnames[i];
      gunichar c;

      set_pair (second, PAIR_COMPOUND_SURNAME);
      next_char (&second);
      c = next_char (&second);
      if (c < 0x10000)
        made_classes[c] |= CC_COMPOUND_SECOND;
    }
  for (guint i = 0; entity_stop_bigrams[i] != NULL; i++)
    set_pair (entity_stop_bigrams[i], PAIR_NOT_NAME);
  for (guint i = 0; entity_name_stop_bigrams[i] != NULL; i++)
    set_pair (entity_name_stop_bigrams[i], PAIR_NAME_STOP);
  {
    static const char * const words[] = {
      "上市", "城市", "超市", "都市", "股市", "门市", "夜市", "集市", "菜市", "开市", "闭市",
      "罢市", "黑市", "花市", "早市", "楼市", "车市", "债市", "汇市", "鸟市", "灯市", "反省",
      "节省", "自省", "内省", "行省", "俭省", "晨省", "郡县", "州县", "区县", "乡县", NULL
    };

    for (guint i = 0; words[i] != NULL; i++)
      set_pair (words[i], PAIR_NOT_PREFIX);
  }
  /* Lazy boundary words: their first two and last two characters */
  for (guint i = 0; i < entity_lexicon_len; i++)
    {
      const LexEntry *e = &entity_lexicon[i];
      const char *last2 = e->word, *p = e->word;
      guint n = 0;

      if (e->kind != LEX_BOUNDARY || !(e->flags & LEX_LAZY))
        continue;
      /* last2 trails p by two characters */
      while (*p != '\0')
        {
          next_char (&p);
          if (++n > 2)
            next_char (&last2);
        }
      if (n < 2)
        continue;
      set_pair (e->word, PAIR_BOUNDARY_START);
      set_pair (last2, PAIR_BOUNDARY_END);
    }
  classes_compress (made_classes, &static_classes);
  g_clear_pointer (&made_classes, g_free);
}

/* The classes made from the vocabulary now, once per process */
static const EntityClasses *
get_made_classes (void)
{
  static gsize made = 0;

  if (g_once_init_enter (&made))
    {
      make_classes ();
      g_once_init_leave (&made, 1);
    }
  return &static_classes;
}

/* The matcher of the gazetteer's names (places first) and the vocabulary,
 * which wins a tie. */
static BaogaoMatcher *
build_matcher (const EntityModel *self)
{
  BaogaoMatcher *matcher = baogao_matcher_new ();

  for (guint i = 0; i < self->n_aliases; i++)
    baogao_matcher_add (matcher, self->data + self->names[i].word, MAKE_VALUE (LEX_PLACE, i));
  for (guint i = 0; i < entity_lexicon_len; i++)
    {
      const LexEntry *e = &entity_lexicon[i];

      if (e->flags & LEX_LAZY)
        continue;
      if (e->kind == LEX_PLACE_CHAR && self->char_place[i] == G_MAXUINT32)
        continue;
      baogao_matcher_add (matcher, e->word, MAKE_VALUE (e->kind, i));
    }
  baogao_matcher_seal (matcher);

  return matcher;
}

/* The character classes: the ones compiled with the plugin, or else the
 * ones made now, once per process */
static void
model_set_classes (EntityModel *self)
{
  const EntityModelData *d = &entity_model_data;

  if (d->classes.values != NULL)
    {
      self->classes = d->classes;
      self->pair_keys = d->pair_keys;
      self->pair_vals = d->pair_vals;
      self->pair_mask = d->pair_mask;
      return;
    }

  self->classes = *get_made_classes ();
  self->pair_mask = PAIR_SLOTS - 1;
  self->pair_keys = static_pair_keys;
  self->pair_vals = static_pair_vals;
}

/* Whether the character and pair classes compiled with the plugin are
 * those the vocabulary makes now (FALSE when none were compiled) */
gboolean
entity_model_classes_are_current (void)
{
  const EntityModelData *d = &entity_model_data;
  EntityModel compiled = { 0 }, made = { 0 };

  if (d->classes.values == NULL)
    return FALSE;
  compiled.classes = d->classes;
  made.classes = *get_made_classes ();
  for (gunichar c = 0; c < 0x10000; c++)
    if (cclass (&compiled, c) != cclass (&made, c))
      return FALSE;
  return d->pair_mask == PAIR_SLOTS - 1 &&
         memcmp (d->pair_keys, static_pair_keys, sizeof static_pair_keys) == 0 &&
         memcmp (d->pair_vals, static_pair_vals, sizeof static_pair_vals) == 0;
}

/* Whether the model compiled with the plugin is the model of the
 * gazetteer @data of @length bytes: the one the matcher was built from,
 * which the model was built from too (both from the gazetteer the plugin
 * installs) */
static gboolean
compiled_model_is_of (const char *data,
                      gsize       length)
{
  const EntityModelData *d = &entity_model_data;
  const MatcherData *m = &entity_matcher_data;

  return d->n_places > 0 && d->n_char_place == entity_lexicon_len &&
         m->input_size > 0 && d->input_size == m->input_size &&
         length == m->input_size && matcher_data_digest (data, length) == m->input_digest;
}

/* The model compiled with the plugin: its tables are used in place,
 * nothing is copied, and the matcher built with the plugin goes with
 * it */
static EntityModel *
model_new_compiled (void)
{
  const EntityModelData *d = &entity_model_data;
  const MatcherData *m = &entity_matcher_data;
  EntityModel *self = g_new0 (EntityModel, 1);

  /* Never written nor freed: see entity_model_free () */
  self->compiled = TRUE;
  self->data = d->data;
  self->places = (Place *) d->places;
  self->n_places = d->n_places;
  self->aliases = (Alias *) d->aliases;
  self->names = (Name *) d->names;
  self->n_aliases = d->n_aliases;
  self->name_slots = (guint32 *) d->name_slots;
  self->name_mask = d->name_mask;
  self->char_place = (guint32 *) d->char_place;
  model_set_classes (self);

  if (m->size > 0)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (m->bytes, m->size);
      g_autoptr(GError) error = NULL;

      /* trusted: the plugin's own */
      self->matcher = baogao_matcher_new_from_bytes (bytes, TRUE, &error);
      if (self->matcher == NULL)
        g_debug ("Matcher built with the plugin not used: %s", error->message);
    }
  if (self->matcher == NULL)
    self->matcher = build_matcher (self);

  return self;
}

/* Builds the model from @data, a copy of the gazetteer of @length bytes
 * followed by PADDING zero bytes, which it takes; the model and the
 * matcher built with the plugin if @built_in and they were built from the
 * same bytes. */
static EntityModel *
model_new_take (char        *data,
                gsize        length,
                const char  *origin,
                gboolean     built_in,
                GError     **error)
{
  g_autoptr (EntityModel) self = NULL;
  char *p, *unchecked = data, *end = data + length;
  guint lineno = 0;

  if (built_in && compiled_model_is_of (data, length))
    {
      g_free (data);
      return model_new_compiled ();
    }

  self = g_new0 (EntityModel, 1);
  /* The matcher built with the plugin, if this is the gazetteer it was
   * built from: checked before the lines are cut in place */
  if (built_in)
    self->matcher = matcher_data_load (&entity_matcher_data, data, length);

  /* What is kept of each line is checked to be valid UTF-8 on the way,
   * names as they are hashed; comments are not looked at. */
  self->data = data;
  if (memchr (data, '\0', length) != NULL)
    goto invalid;

  /* Room for the gazetteer shipped (961 places, 1633 names): no copies
   * as they are added */
  self->places_size = 1024;
  self->places = g_new (Place, self->places_size);
  self->aliases_size = 2048;
  self->aliases = g_new (Alias, self->aliases_size);
  self->names = g_new (Name, self->aliases_size);
  self->name_mask = 4096 - 1;
  self->name_slots = g_new0 (guint32, self->name_mask + 1);
  model_set_classes (self);

  /* One pass over each line: its fields and the words of its aliases
   * cut at tabs and commas, names hashed, all checked on the way */
  for (p = data; p < end; )
    {
      char *field, *word, *q, stop;
      Place place;
      Level level;
      guint32 hash, place_index = self->n_places;
      Alias alias;

      lineno++;
      if (*p == '\n')
        {
          p++;
          continue;
        }
      if (*p == '#' || *p == '\r')
        {
          /* Not looked at, but valid all the same */
          q = memchr (p, '\n', end - p);
          if (q == NULL)
            q = end;
          if (!g_utf8_validate_len (p, q - p, NULL))
            goto invalid;
          p = q + 1;
          continue;
        }

      /* The name, then the short form */
      field = p;
      alias = (Alias) { place_index, 0, FORM_FULL };
      word = word_mark (field, &alias);
      q = scan_word (word, STOP_TAB, &hash);
      if (q == NULL)
        goto invalid;
      unchecked = q;
      if (*q != '\t' || q == field)
        goto bad_line;
      *q = '\0';
      add_name (self, word, q - word, hash, alias);
      /* A weak name: "~" marks the keyword, not the canonical name */
      place.name = (field[0] == '~' ? field + 1 : field) - data;

      alias = (Alias) { place_index, 0, FORM_SHORT };
      word = word_mark (q + 1, &alias);
      q = scan_word (word, STOP_TAB, &hash);
      if (q == NULL)
        goto invalid;
      unchecked = q;
      if (*q != '\t')
        goto bad_line;
      *q = '\0';
      add_name (self, word, q - word, hash, alias);

      /* The level, letters only */
      field = q + 1;
      for (q = field; !(stop_class[(guchar) *q] & (STOP_LINE | STOP_TAB)); q++)
        ;
      unchecked = field;
      if (*q != '\t' || !parse_level_len (field, q - field, &level))
        goto bad_line;
      place.level = level;
      *q = '\0';

      /* The parent, then the aliases if the line goes on */
      field = q + 1;
      q = scan_word (field, STOP_TAB, &hash);
      if (q == NULL)
        goto invalid;
      stop = *q;
      *q = '\0';
      if (stop != '\t' && q > field && g_ascii_isspace (q[-1]))
        chomp_word (field, q, &hash);
      place.parent = strcmp (field, "-") == 0 ? ENTITY_NO_PARENT : (guint32) (field - data);
      if (self->n_places == self->places_size)
        {
          self->places_size *= 2;
          self->places = g_renew (Place, self->places, self->places_size);
        }
      self->places[self->n_places++] = place;

      /* The aliases end at the next tab, if any: what follows it is not
       * looked at, but must be valid all the same. The last field, parent
       * or aliases, goes without the space that ends it. */
      while (stop == '\t' || stop == ',')
        {
          guint32 word_length;

          alias = (Alias) { place_index, 0, FORM_ALIAS };
          word = word_mark (q + 1, &alias);
          q = scan_word (word, STOP_COMMA | STOP_TAB, &hash);
          if (q == NULL)
            goto invalid;
          stop = *q;
          *q = '\0';
          word_length = stop == ',' || q == word || !g_ascii_isspace (q[-1])
                        ? (guint32) (q - word) : chomp_word (word, q, &hash);
          add_name (self, word, word_length, hash, alias);
          if (stop == '\t')
            {
              char *rest = q + 1;

              q = memchr (rest, '\n', end - rest);
              if (q == NULL)
                q = end;
              if (!g_utf8_validate_len (rest, q - rest, NULL))
                goto invalid;
              break;
            }
        }
      /* After the line feed that ended the line, or at the end */
      p = q + 1;
    }

  if (self->n_places == 0)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL,
                   "Gazetteer %s has no places", origin);
      return NULL;
    }

  /* The place of each one-character place word, if the gazetteer has it */
  self->char_place = g_new (guint32, entity_lexicon_len);
  for (guint i = 0; i < entity_lexicon_len; i++)
    {
      const LexEntry *e = &entity_lexicon[i];

      self->char_place[i] = G_MAXUINT32;
      if (e->kind == LEX_PLACE_CHAR && !(e->flags & LEX_LAZY))
        {
          guint32 idx = find_name (self, e->extra);

          if (idx != G_MAXUINT32)
            self->char_place[i] = self->aliases[idx].place;
        }
    }

  if (self->matcher == NULL)
    self->matcher = build_matcher (self);

  return g_steal_pointer (&self);

invalid:
  g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL,
               "Gazetteer %s is not valid UTF-8", origin);
  return NULL;

bad_line:
  /* Invalid UTF-8 anywhere, from where the line went wrong on, is the
   * error to tell, as if the whole file were checked first */
  if (!g_utf8_validate_len (unchecked, end - unchecked, NULL))
    goto invalid;
  g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL,
               "Gazetteer %s, line %u: expected name, short form, level "
               "(country, region, province, prefecture, county, natural), "
               "parent and aliases separated by tabs", origin, lineno);
  return NULL;
}

/* The model of a padded copy of @data (see PADDING), built with the
 * compiled tables when @use_compiled and they are for these bytes */
static EntityModel *
model_new_copy (const char  *data,
                gsize        length,
                const char  *origin,
                gboolean     use_compiled,
                GError     **error)
{
  char *copy = g_malloc (length + PADDING);

  memcpy (copy, data, length);
  memset (copy + length, 0, PADDING);
  return model_new_take (copy, length, origin, use_compiled, error);
}

EntityModel *
entity_model_new (const char  *data,
                  gsize        length,
                  const char  *origin,
                  GError     **error)
{
  g_return_val_if_fail (data != NULL, NULL);

  return model_new_copy (data, length, origin, TRUE, error);
}

EntityModel *
entity_model_new_from_file (const char  *path,
                            GError     **error)
{
  char *contents = NULL;
  gsize length;

  if (!g_file_get_contents (path, &contents, &length, error))
    return NULL;
  contents = g_realloc (contents, length + PADDING);
  memset (contents + length, 0, PADDING);
  return model_new_take (contents, length, path, TRUE, error);
}

/* The matcher of the model of the gazetteer @input, built. Also called
 * when the plugin is compiled, with the gazetteer it installs (see
 * matcher-data.h). */
BaogaoMatcher *
entity_build_matcher (GBytes *input)
{
  g_autoptr(EntityModel) model = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;
  const char *data;

  g_return_val_if_fail (input != NULL, NULL);

  data = g_bytes_get_data (input, &length);
  model = model_new_copy (data, length, "gazetteer", FALSE, &error);
  if (model == NULL)
    {
      g_critical ("entity: %s", error->message);
      return NULL;
    }

  return baogao_matcher_ref (model->matcher);
}

/* @n values of @values as a C array of @type named @name; only the
 * values that are not 0 are written when @sparse */
static void
append_array (GString     *out,
              const char  *type,
              const char  *name,
              const void  *values,
              gsize        value_size,
              gsize        n,
              gboolean     sparse)
{
  g_string_append_printf (out, "static const %s %s[%" G_GSIZE_FORMAT "] = {",
                          type, name, MAX (n, 1));
  for (gsize i = 0, k = 0; i < n; i++)
    {
      guint64 v = 0;

      /* the value as it is in memory, on the machine that loads it */
      if (value_size == 8)
        memcpy (&v, (const guint8 *) values + 8 * i, 8);
      else if (value_size == 4)
        v = ((const guint32 *) values)[i];
      else if (value_size == 2)
        v = ((const guint16 *) values)[i];
      else
        v = ((const guint8 *) values)[i];
      if (sparse && v == 0)
        continue;
      if (sparse)
        g_string_append_printf (out, "%s[%" G_GSIZE_FORMAT "] = 0x%" G_GINT64_MODIFIER "x,",
                                k % 6 == 0 ? "\n  " : " ", i, v);
      else
        g_string_append_printf (out, "%s0x%" G_GINT64_MODIFIER "x,",
                                k % 8 == 0 ? "\n  " : " ", v);
      k++;
    }
  g_string_append (out, "\n};\n\n");
}

char *
entity_model_data_to_c (GBytes  *input,
                        GError **error)
{
  g_autoptr(EntityModel) model = NULL;
  GString *out;
  gsize length, data_size;
  const char *bytes;

  g_return_val_if_fail (input != NULL, NULL);

  bytes = g_bytes_get_data (input, &length);
  model = model_new_copy (bytes, length, "gazetteer", FALSE, error);
  if (model == NULL)
    return NULL;
  data_size = length + PADDING;

  out = g_string_new ("/* Generated by entity-model-gen from the gazetteer and the vocabulary;\n"
                      " * do not edit. */\n\n"
                      "#include \"entity-model-data.h\"\n\n");
  append_array (out, "guint16", "class_block_of", model->classes.block_of, 2,
                0x10000 / ENTITY_CLASS_BLOCK, TRUE);
  append_array (out, "guint16", "class_blocks", model->classes.blocks, 2,
                (gsize) model->classes.n_blocks * ENTITY_CLASS_BLOCK, FALSE);
  append_array (out, "guint32", "class_values", model->classes.values, 4,
                model->classes.n_values, FALSE);
  append_array (out, "guint64", "pair_keys", model->pair_keys, 8, model->pair_mask + 1, TRUE);
  append_array (out, "guint8", "pair_vals", model->pair_vals, 1, model->pair_mask + 1, TRUE);
  {
    gsize n_words = (data_size + 7) / 8;
    guint64 *words = g_new0 (guint64, n_words);

    memcpy (words, model->data, data_size);
    append_array (out, "guint64", "data", words, 8, n_words, FALSE);
    g_free (words);
  }
  g_string_append_printf (out, "static const EntityPlace places[%u] = {\n", model->n_places);
  for (guint i = 0; i < model->n_places; i++)
    g_string_append_printf (out, "  { %u, %u, %u },\n", model->places[i].name,
                            model->places[i].parent, model->places[i].level);
  g_string_append (out, "};\n\n");
  g_string_append_printf (out, "static const EntityAlias aliases[%u] = {", model->n_aliases);
  for (guint i = 0; i < model->n_aliases; i++)
    g_string_append_printf (out, "%s{ %u, %u, %u },", i % 6 == 0 ? "\n  " : " ",
                            model->aliases[i].place, model->aliases[i].weak,
                            model->aliases[i].form);
  g_string_append (out, "\n};\n\n");
  g_string_append_printf (out, "static const EntityName names[%u] = {", model->n_aliases);
  for (guint i = 0; i < model->n_aliases; i++)
    g_string_append_printf (out, "%s{ %u, 0x%x, %u },", i % 4 == 0 ? "\n  " : " ",
                            model->names[i].word, model->names[i].hash,
                            model->names[i].length);
  g_string_append (out, "\n};\n\n");
  append_array (out, "guint32", "name_slots", model->name_slots, 4, model->name_mask + 1, TRUE);
  append_array (out, "guint32", "char_place", model->char_place, 4, entity_lexicon_len, FALSE);

  g_string_append_printf (out,
                          "G_GNUC_INTERNAL const EntityModelData entity_model_data = {\n"
                          "  { class_block_of, class_blocks, class_values, %u, %u },\n"
                          "  pair_keys, pair_vals, %u,\n"
                          "  %" G_GSIZE_FORMAT ", (const char *) data,\n"
                          "  places, %u,\n"
                          "  aliases, names, %u,\n"
                          "  name_slots, %u,\n"
                          "  char_place, %u,\n"
                          "};\n",
                          model->classes.n_blocks, model->classes.n_values,
                          model->pair_mask, length, model->n_places, model->n_aliases,
                          model->name_mask, entity_lexicon_len);

  return g_string_free (out, FALSE);
}

void
entity_model_free (EntityModel *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->matcher, baogao_matcher_unref);
  if (!self->compiled)
    {
      g_free (self->name_slots);
      g_free (self->names);
      g_free (self->places);
      g_free (self->aliases);
      g_free (self->char_place);
      g_free ((char *) self->data);
    }
  g_free (self);
}

/* Whether @self is the model compiled with the plugin (its gazetteer is
 * the one the plugin installs), rather than one parsed at run time */
gboolean
entity_model_is_compiled (const EntityModel *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->compiled;
}

guint
entity_model_count_places (const EntityModel *self,
                           const char        *level)
{
  guint n = 0;
  Level l = N_LEVELS;

  g_return_val_if_fail (self != NULL, 0);

  if (level != NULL && !parse_level (level, &l))
    return 0;
  for (guint i = 0; i < self->n_places; i++)
    if (level == NULL || self->places[i].level == l)
      n++;
  return n;
}

const char *
entity_model_lookup (const EntityModel *self,
                     const char        *name,
                     const char       **level)
{
  guint32 idx;
  const Place *place;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  idx = find_name (self, name);
  if (idx == G_MAXUINT32)
    return NULL;
  place = &self->places[self->aliases[idx].place];
  if (level != NULL)
    *level = level_names[place->level];
  return self->data + place->name;
}

/* ------------------------------------------------------------------ */
/* Scanning */

enum {
  TOK_ACCEPTED   = 1 << 0,   /* a place that counts */
  TOK_PENDING    = 1 << 1,   /* a weak place waiting for a neighbour */
  TOK_SUPPRESSED = 1 << 2,   /* part of something larger */
  TOK_HAS_NAME   = 1 << 3,   /* a title that found its name before it */
};

typedef struct
{
  guint32 start;      /* relative to the chunk */
  guint32 end;
  guint32 index;      /* the matcher's value until index_tokens () */
  guint8 kind;
  guint8 flags;
} Tok;

/* The LexEntry flags of a token not of LEX_PLACE; read where a rule needs
 * them, a few tokens, rather than for every token */
static inline guint
tok_lexflags (const Tok *t)
{
  return entity_lexicon[t->index].flags;
}

typedef struct
{
  EntityHit *v;
  guint n;
  guint cap;
} HitVec;

/* A new hit at the end of @vec, to be filled in: every field is set */
static inline EntityHit *
hitvec_add (HitVec *vec)
{
  if (vec->n == vec->cap)
    {
      vec->cap = MAX (64, vec->cap * 2);
      vec->v = g_renew (EntityHit, vec->v, vec->cap);
    }
  return &vec->v[vec->n++];
}

/* A hit with the fields that only people have cleared */
static inline void
set_hit (EntityHit   *hit,
         EntityKind   kind,
         gsize        start,
         gsize        end,
         const char  *level,
         const char  *canonical,
         const char  *parent)
{
  hit->kind = kind;
  hit->start = start;
  hit->end = end;
  hit->level = level;
  hit->canonical = canonical;
  hit->parent = parent;
  hit->title_start = 0;
  hit->title_end = 0;
}

/* The indices of the tokens of some kinds, in text order: most passes
 * look at a few kinds only, a small part of the tokens */
typedef struct
{
  guint *v;
  guint n;
  guint cap;
} TokList;

/* A 《…》 or 〈…〉 title of the chunk: the bytes between its brackets */
typedef struct
{
  guint32 start;
  guint32 end;
  gint32 parent;      /* the title it is inside, or -1 */
} Title;

typedef struct
{
  Title *v;
  guint n;
  guint cap;
} TitleVec;

typedef struct
{
  const EntityModel *m;
  const char *text;   /* the chunk */
  gsize len;
  Tok *toks;          /* leftmost-longest, in text order, between two
                       * sentinels: toks[-1] ends at 0, toks[n_toks] at
                       * G_MAXUINT32 (from index_tokens () on) */
  guint n_toks;
  guint cap_toks;     /* room for this many, sentinels not counted */
  guint cursor;       /* the last answer of tok_after () */
  guint *block_toks;  /* tok_after () of each multiple of BLOCK_BYTES */
  gsize cap_blocks;
  TokList places;     /* LEX_PLACE, LEX_PLACE_CHAR */
  TokList marks;      /* LEX_PLACE_SUFFIX, LEX_WETLAND */
  TokList people;     /* LEX_PERSON, LEX_TITLE, LEX_LIST_END */
  HitVec orgs;        /* relative offsets */
  HitVec hits;        /* relative offsets */
  TitleVec titles;    /* in order of their start */
} Scan;

/* Stores the token of a match as the @n-th, the last one. Only what the
 * matcher gives: many tokens are replaced by a longer match later, so the
 * value is decoded in index_tokens (), for those that are kept. */
static inline void
set_tok (Scan  *s,
         guint  n,
         gsize  start,
         gsize  end,
         guint  value)
{
  Tok *t = &s->toks[n];

  t->start = start;
  t->end = end;
  t->index = value;
  s->n_toks = n + 1;
}

/* set_tok () after growing the array: out of line, so that on_match (),
 * which runs for every match, calls nothing and needs no stack frame */
static G_NO_INLINE gboolean
grow_set_tok (Scan  *s,
              guint  n,
              gsize  start,
              gsize  end,
              guint  value)
{
  s->cap_toks *= 2;
  s->toks = g_renew (Tok, s->toks - 1, s->cap_toks + 2) + 1;
  set_tok (s, n, start, end, value);
  return TRUE;
}

/* The matcher reports every match, by end then longest first; this keeps
 * the leftmost-longest ones: a match replaces those it covers, unless an
 * earlier match overlaps its start. */
static gboolean
on_match (gsize    start,
          gsize    end,
          guint    value,
          gpointer user_data)
{
  Scan *s = user_data;
  const Tok *toks = s->toks;
  guint n = s->n_toks;

  while (n > 0 && toks[n - 1].start >= start)
    n--;
  if (n > 0 && toks[n - 1].end > start)
    return TRUE;
  if (G_UNLIKELY (n == s->cap_toks))
    return grow_set_tok (s, n, start, end, value);
  set_tok (s, n, start, end, value);
  return TRUE;
}

#define TOK(s, i) (&(s)->toks[(i)])

/* Token look-ups by offset narrow their binary search to the tokens of
 * one block of the chunk: those between tok_after () of the block's start
 * and of the next block's, kept in Scan.block_toks. */
#define BLOCK_SHIFT 7
#define BLOCK_BYTES (1 << BLOCK_SHIFT)

/* Makes room for every token in @list, emptied */
static void
toklist_reset (TokList *list,
               guint    n_toks)
{
  list->n = 0;
  if (n_toks > list->cap)
    {
      list->cap = n_toks;
      list->v = g_renew (guint, list->v, list->cap);
    }
}

/* Decodes the matcher values of the tokens, and makes the block index of
 * the tokens and their lists by kind */
static void
index_tokens (Scan *s)
{
  gsize n_blocks = (s->len >> BLOCK_SHIFT) + 2;
  gsize b = 0;
  Tok *toks = s->toks;
  guint n_toks = s->n_toks;
  guint *block_toks, *places, *marks, *people;
  guint n_places = 0, n_marks = 0, n_people = 0;

  if (n_blocks > s->cap_blocks)
    {
      s->cap_blocks = n_blocks;
      s->block_toks = g_renew (guint, s->block_toks, s->cap_blocks);
    }
  toklist_reset (&s->places, n_toks);
  toklist_reset (&s->marks, n_toks);
  toklist_reset (&s->people, n_toks);
  /* (in local variables: the stores below might alias Scan otherwise) */
  block_toks = s->block_toks;
  places = s->places.v;
  marks = s->marks.v;
  people = s->people.v;

  for (guint i = 0; i < n_toks; i++)
    {
      guint value = toks[i].index, kind = value >> KIND_SHIFT;
      guint index = value & INDEX_MASK;

      toks[i].index = index;
      toks[i].kind = kind;
      toks[i].flags = 0;

      /* Token ends only grow: each block not yet given a token starts
       * before the end of this one */
      for (; (b << BLOCK_SHIFT) < toks[i].end; b++)
        block_toks[b] = i;

      switch (kind)
        {
        case LEX_PLACE:
        case LEX_PLACE_CHAR:
          places[n_places++] = i;
          break;
        case LEX_PLACE_SUFFIX:
        case LEX_WETLAND:
          marks[n_marks++] = i;
          break;
        case LEX_PERSON:
        case LEX_TITLE:
        case LEX_LIST_END:
          people[n_people++] = i;
          break;
        default:
          break;
        }
    }
  for (; b < n_blocks; b++)
    block_toks[b] = n_toks;
  toks[n_toks] = (Tok) { .start = G_MAXUINT32, .end = G_MAXUINT32, .kind = LEX_NONE };
  s->cursor = 0;
  s->places.n = n_places;
  s->marks.n = n_marks;
  s->people.n = n_people;
}

/* The index of the first token that ends after @pos. Most look-ups are
 * around the token being handled, near the one before: first a few steps
 * from the last answer (token ends grow strictly; the sentinels stop the
 * steps), then a binary search in the block. */
static guint
tok_after (Scan  *s,
           gsize  pos)
{
  guint i = s->cursor;
  const Tok *t = s->toks + i;   /* (t[-1]: i is unsigned) */
  gsize block;
  guint lo, hi;

  if (t[-1].end <= pos)
    {
      if (t[0].end > pos)
        return i;
      if (t[1].end > pos)
        return s->cursor = i + 1;
      if (t[2].end > pos)
        return s->cursor = i + 2;
    }
  else if (t[-2].end <= pos)
    return s->cursor = i - 1;   /* i > 0: toks[-1] ends at 0 */

  /* past the last block, so past every token */
  block = pos >> BLOCK_SHIFT;
  if (block > s->len >> BLOCK_SHIFT)
    return s->cursor = s->n_toks;
  lo = s->block_toks[block];
  hi = s->block_toks[block + 1];

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (TOK (s, mid)->end <= pos)
        lo = mid + 1;
      else
        hi = mid;
    }
  return s->cursor = lo;
}

/* The token starting exactly at @pos, or NULL */
static Tok *
tok_at (Scan  *s,
        gsize  pos)
{
  guint i = tok_after (s, pos);

  if (i < s->n_toks && TOK (s, i)->start == pos)
    return TOK (s, i);
  return NULL;
}

/* The token ending exactly at @pos, or NULL */
static Tok *
tok_ending_at (Scan  *s,
               gsize  pos)
{
  guint i = tok_after (s, pos);

  if (i > 0 && TOK (s, i - 1)->end == pos)
    return TOK (s, i - 1);
  return NULL;
}

static const Place *
tok_place (Scan      *s,
           const Tok *t)
{
  const Alias *a = &s->m->aliases[t->index];

  return &s->m->places[a->place];
}

static const Alias *
tok_alias (Scan      *s,
           const Tok *t)
{
  return &s->m->aliases[t->index];
}

static gboolean
tok_is_admin_place (Scan      *s,
                    const Tok *t)
{
  Level l;

  if (t->kind != LEX_PLACE || !(t->flags & TOK_ACCEPTED))
    return FALSE;
  l = tok_place (s, t)->level;
  return l == LEVEL_PROVINCE || l == LEVEL_PREFECTURE || l == LEVEL_COUNTY;
}

static gboolean
text_has_prefix_at (Scan       *s,
                    gsize       pos,
                    const char *word)
{
  gsize n = strlen (word);

  return pos + n <= s->len && memcmp (s->text + pos, word, n) == 0;
}

/* Does a (lazy) boundary word end with @c1, the character that starts at
 * @p1: 推动|哈尔滨? Every caller has just read @c1 with char_before (), so
 * only the character before it is read here. */
static gboolean
boundary_word_ends_with (Scan     *s,
                         gunichar  c1,
                         gsize     p1)
{
  gsize p2;
  gunichar c2 = char_before (s->text, 0, p1, &p2);

  return c1 != 0 && c2 != 0 && pair_flags (s->m, c2, c1, PAIR_BOUNDARY_END);
}

/* Is the character at @pos an admin prefix (省 市 县) that no token
 * covers: 省|政府, 市|人大 */
static gboolean
admin_prefix_at (Scan  *s,
                 gsize  pos)
{
  guint i;

  if (pos + 3 > s->len)
    return FALSE;
  if (memcmp (s->text + pos, "省", 3) != 0 && memcmp (s->text + pos, "市", 3) != 0 &&
      memcmp (s->text + pos, "县", 3) != 0)
    return FALSE;
  i = tok_after (s, pos);
  if (i < s->n_toks && TOK (s, i)->start <= pos)
    return FALSE;
  /* 各市, 两县: not one body; 上市, 节省: not a prefix */
  if (pos > 0)
    {
      gsize q, nx;
      gunichar c = char_before (s->text, 0, pos, &q);

      if ((cclass (s->m, c) & CC_QUANT) ||
          pair_flags (s->m, c, get_char (s->text, pos, s->len, &nx), PAIR_NOT_PREFIX))
        return FALSE;
    }
  return TRUE;
}

static void
add_place_hit (Scan        *s,
               gsize        start,
               gsize        end,
               const Place *place,
               Level        level)
{
  const char *data = s->m->data;

  set_hit (hitvec_add (&s->hits), ENTITY_PLACE, start, end,
           level_names[place != NULL ? place->level : level],
           place != NULL ? data + place->name : NULL,
           place != NULL && place->parent != ENTITY_NO_PARENT ? data + place->parent : NULL);
}

/* ---- places ---- */

/* Is the text between two tokens a list separator? */
static gboolean
is_separator (Scan  *s,
              gsize  from,
              gsize  to)
{
  static const char * const seps[] = { "、", "和", "与", "及", "以及", NULL };

  for (guint i = 0; seps[i] != NULL; i++)
    if (to - from == strlen (seps[i]) && memcmp (s->text + from, seps[i], to - from) == 0)
      return TRUE;
  return FALSE;
}

/* Does a language's name end with the place name that ends at @pos: 语
 * (朝鲜语, 俄语), or 文 for writing (朝鲜文字, 蒙古文版, 俄文、) but not a
 * word of 文 (日本文化) */
static gboolean
is_language_after (Scan  *s,
                   gsize  pos)
{
  gsize next, next2;
  gunichar c, d;

  if (pos >= s->len)
    return FALSE;
  c = get_char (s->text, pos, s->len, &next);
  if (c == 0x8bed /* 语 */)
    return TRUE;
  if (c != 0x6587 /* 文 */)
    return FALSE;
  d = next < s->len ? get_char (s->text, next, s->len, &next2) : 0;
  return d == 0x5b57 /* 字 */ || d == 0x7248 /* 版 */ || !is_cjk (d) ||
         (cclass (s->m, d) & CC_BOUNDARY);
}

static void
find_places (Scan *s)
{
  const EntityModel *m = s->m;
  gboolean changed;
  guint n_pending = 0;

  for (guint j = 0; j < s->places.n; j++)
    {
      Tok *t = TOK (s, s->places.v[j]);

      if (t->kind == LEX_PLACE)
        {
          const Alias *a = tok_alias (s, t);
          const Place *p = tok_place (s, t);
          gsize next;
          gunichar after = t->end < s->len ? get_char (s->text, t->end, s->len, &next) : 0;

          /* 蒙古族, 朝鲜族: a people; 朝鲜语, 朝鲜文字: a language */
          if (after == 0x65cf /* 族 */ || is_language_after (s, t->end))
            continue;
          /* 龙江县, 南京路: a smaller place of that name */
          if (a->form != FORM_FULL && (cclass (m, after) & CC_SMALLER))
            continue;
          else if (after == 0x573a /* 场 */ && g_str_has_suffix (m->data + p->name, "市"))
            continue;   /* X市场 is a market */
          if (a->weak)
            {
              t->flags |= TOK_PENDING;
              n_pending++;
            }
          else
            t->flags |= TOK_ACCEPTED;
        }
      else if (t->kind == LEX_PLACE_CHAR)
        {
          gsize bstart;
          gunichar before = char_before (s->text, 0, t->start, &bstart);
          guint8 f = tok_lexflags (t);

          if (is_language_after (s, t->end))
            continue;
          if ((f & LEX_CHAR_ALWAYS) ||
              ((f & LEX_CHAR_MOTION) && (cclass (m, before) & CC_MOTION)) ||
              ((f & LEX_CHAR_VISIT) && (cclass (m, before) & CC_VISIT)))
            t->flags |= TOK_ACCEPTED;
        }
    }

  /* A weak name counts beside a place in a list, or right after its
   * province or prefecture (黑龙江东宁) */
  do
    {
      changed = FALSE;
      /* only places are pending */
      for (guint j = 0; n_pending > 0 && j < s->places.n; j++)
        {
          guint i = s->places.v[j];
          Tok *t = TOK (s, i);
          gboolean ok = FALSE;

          if (!(t->flags & TOK_PENDING))
            continue;
          if (i > 0)
            {
              Tok *p = TOK (s, i - 1);

              if ((p->kind == LEX_PLACE || p->kind == LEX_PLACE_CHAR) &&
                  (p->flags & TOK_ACCEPTED) &&
                  (is_separator (s, p->end, t->start) ||
                   (p->end == t->start && p->kind == LEX_PLACE &&
                    tok_place (s, p)->level <= LEVEL_PREFECTURE)))
                ok = TRUE;
            }
          if (!ok && i + 1 < s->n_toks)
            {
              Tok *n = TOK (s, i + 1);

              if ((n->kind == LEX_PLACE || n->kind == LEX_PLACE_CHAR) &&
                  (n->flags & TOK_ACCEPTED) && is_separator (s, t->end, n->start))
                ok = TRUE;
            }
          if (ok)
            {
              t->flags = (t->flags & ~TOK_PENDING) | TOK_ACCEPTED;
              n_pending--;
              changed = TRUE;
            }
        }
    }
  while (changed && n_pending > 0);
}

/* Walks back from @pos over characters that may belong to a name: CJK, not
 * a boundary character, not inside a boundary-like token. Returns the
 * earliest position reached; *place_start gets the start of the earliest
 * accepted place token met (or G_MAXSIZE). */
static gsize
walk_back (Scan  *s,
           gsize  pos,
           guint  max_chars,
           gsize *place_start,
           guint  place_max_level)
{
  guint i = tok_after (s, pos);
  guint n = 0;

  *place_start = G_MAXSIZE;
  while (pos > 0 && n < max_chars)
    {
      Tok *t = i > 0 ? TOK (s, i - 1) : NULL;

      if (t != NULL && t->end == pos)
        {
          if (t->kind == LEX_PLACE && (t->flags & TOK_ACCEPTED) &&
              tok_place (s, t)->level <= place_max_level)
            {
              *place_start = t->start;
              pos = t->start;
              n++;
              i--;
              continue;
            }
          if (t->kind == LEX_PLACE || t->kind == LEX_BLOCK || t->kind == LEX_BODY ||
              t->kind == LEX_ENDING || t->kind == LEX_SUBBODY || t->kind == LEX_WETLAND ||
              (t->kind == LEX_PLACE_CHAR && !(t->flags & TOK_ACCEPTED)))
            {
              /* Plain characters for this purpose (鄂 of 鄂伦春 too) */
              gsize tstart = t->start;

              n += g_utf8_strlen (s->text + tstart, t->end - tstart);
              pos = tstart;
              i--;
              continue;
            }
          break;
        }
      else
        {
          gsize p;
          gunichar c = char_before (s->text, 0, pos, &p);

          if (!is_cjk (c) || (cclass (s->m, c) & CC_BOUNDARY) || boundary_word_ends_with (s, c, p))
            break;
          pos = p;
          n++;
        }
    }
  return pos;
}

/* Does the text [@start, @end) before 自治县 自治州 自治旗 end with a
 * people: X族 but the generic 民族, or a people named without 族 in the
 * names of its areas (伊犁哈萨克自治州, 鄂伦春自治旗)? */
static gboolean
names_people_before (Scan  *s,
                     gsize  start,
                     gsize  end)
{
  static const char * const peoples[] = {
    "蒙古", "哈萨克", "柯尔克孜", "锡伯", "塔吉克", "鄂伦春", "鄂温克", "达斡尔", NULL
  };
  gsize p, q;
  gunichar c = char_before (s->text, start, end, &p);

  if (c == 0x65cf /* 族 */)
    return char_before (s->text, start, p, &q) != 0x6c11 /* 民 */;
  for (guint i = 0; peoples[i] != NULL; i++)
    {
      gsize n = strlen (peoples[i]);

      if (end - start >= n && memcmp (s->text + end - n, peoples[i], n) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
find_place_suffixes (Scan *s)
{
  for (guint j = 0; j < s->marks.n; j++)
    {
      guint i = s->marks.v[j];
      Tok *t = TOK (s, i);

      if (t->kind == LEX_PLACE_SUFFIX)
        {
          gsize place_start;
          gsize start = walk_back (s, t->start, 8, &place_start, LEVEL_PREFECTURE);
          Level level = text_has_prefix_at (s, t->start, "自治州") ? LEVEL_PREFECTURE : LEVEL_COUNTY;

          if (place_start != G_MAXSIZE)
            start = place_start;
          if (g_utf8_strlen (s->text + start, t->start - start) < 2)
            continue;
          /* A name that starts with no place of the gazetteer names its
           * people (长阳土家族自治县): 依法行使自治州 and 民族自治县 are no
           * names */
          if (place_start == G_MAXSIZE && !names_people_before (s, start, t->start))
            continue;
          /* The place it starts with is part of the name */
          for (guint j = tok_after (s, start); j < i; j++)
            TOK (s, j)->flags |= TOK_SUPPRESSED;
          add_place_hit (s, start, t->end, NULL, level);
        }
      else if (t->kind == LEX_WETLAND)
        {
          gsize p, place_start, start;
          gunichar c = char_before (s->text, 0, t->start, &p);
          Tok *prev = tok_ending_at (s, t->start);

          if (prev != NULL && prev->kind == LEX_PLACE && (prev->flags & TOK_ACCEPTED))
            {
              if (tok_place (s, prev)->level != LEVEL_NATURAL &&
                  tok_place (s, prev)->level != LEVEL_COUNTY)
                continue;
              add_place_hit (s, prev->start, t->end, NULL, LEVEL_NATURAL);
              continue;
            }
          if (!(cclass (s->m, c) & CC_WATER))
            continue;
          start = walk_back (s, t->start, 6, &place_start, LEVEL_NATURAL);
          /* The walk must have stopped at a boundary, not run out */
          if (g_utf8_strlen (s->text + start, t->start - start) < 2 ||
              g_utf8_strlen (s->text + start, t->start - start) >= 6)
            continue;
          add_place_hit (s, start, t->end, NULL, LEVEL_NATURAL);
        }
    }
}

static void
emit_places (Scan *s)
{
  for (guint j = 0; j < s->places.n; j++)
    {
      Tok *t = TOK (s, s->places.v[j]);

      if (!(t->flags & TOK_ACCEPTED) || (t->flags & TOK_SUPPRESSED))
        continue;
      if (t->kind == LEX_PLACE)
        add_place_hit (s, t->start, t->end, tok_place (s, t), 0);
      else if (t->kind == LEX_PLACE_CHAR && s->m->char_place[t->index] != G_MAXUINT32)
        add_place_hit (s, t->start, t->end,
                       &s->m->places[s->m->char_place[t->index]], 0);
    }
}

/* ---- titles ---- */

/* Deeper titles are read as text */
#define MAX_TITLE_DEPTH 8

/* The titles of the chunk, nested ones with their parent. A title not
 * closed on its line holds nothing. */
static void
find_titles (Scan *s)
{
  const guchar *t = (const guchar *) s->text;
  gint32 stack[MAX_TITLE_DEPTH];
  guint depth = 0;
  gsize pos = 0;

  s->titles.n = 0;
  while (pos + 3 <= s->len)
    {
      const guchar *q = memchr (t + pos, 0xe3, s->len - pos);
      const guchar *nl;
      gsize at;

      if (q == NULL)
        break;
      at = q - t;
      /* an unclosed title ends with its line */
      if (depth > 0 && (nl = memchr (t + pos, '\n', at - pos)) != NULL)
        {
          depth = 0;
          pos = (nl - t) + 1;
          continue;
        }
      pos = at + 1;
      /* 《 》 〈 〉 are E3 80 8A, 8B, 88, 89 */
      if (at + 3 > s->len || t[at + 1] != 0x80 || (t[at + 2] & 0xfc) != 0x88)
        continue;
      pos = at + 3;
      if ((t[at + 2] & 1) == 0)
        {
          Title *title;

          if (depth == MAX_TITLE_DEPTH)
            continue;
          if (s->titles.n == s->titles.cap)
            {
              s->titles.cap = MAX (16, 2 * s->titles.cap);
              s->titles.v = g_renew (Title, s->titles.v, s->titles.cap);
            }
          title = &s->titles.v[s->titles.n];
          title->start = at + 3;
          title->end = at + 3;     /* nothing until it closes */
          title->parent = depth > 0 ? stack[depth - 1] : -1;
          stack[depth++] = s->titles.n++;
        }
      else if (depth > 0)
        s->titles.v[stack[--depth]].end = at;
    }
}

/* The innermost title that holds [@start, @end), or NULL. *@cursor is
 * the answer's place to the last call: spans asked in the order of the
 * text are found stepping on from it. */
static const Title *
title_around (Scan  *s,
              gsize  start,
              gsize  end,
              guint *cursor)
{
  guint lo = 0, hi = s->titles.n;
  gint32 k;

  /* the last title to start at or before @start */
  if (*cursor <= hi && (*cursor == 0 || s->titles.v[*cursor - 1].start <= start))
    {
      lo = *cursor;
      while (lo < hi && s->titles.v[lo].start <= start)
        lo++;
    }
  else
    while (lo < hi)
      {
        guint mid = (lo + hi) / 2;

        if (s->titles.v[mid].start <= start)
          lo = mid + 1;
        else
          hi = mid;
      }
  *cursor = lo;
  /* one that holds the span holds that one, if it is not that one */
  for (k = (gint32) lo - 1; k >= 0; k = s->titles.v[k].parent)
    if (s->titles.v[k].end >= end)
      return &s->titles.v[k];
  return NULL;
}

/* ---- organizations ---- */

static void
add_org (Scan  *s,
         gsize  start,
         gsize  end)
{
  /* 《人民日报》 is a publication, not the organization */
  if (start >= 3 && end + 3 <= s->len &&
      memcmp (s->text + start - 3, "《", 3) == 0 && memcmp (s->text + end, "》", 3) == 0)
    return;

  /* A longer name that contains the previous one replaces it */
  while (s->orgs.n > 0)
    {
      EntityHit *last = &s->orgs.v[s->orgs.n - 1];

      if (last->start >= start && last->end <= end)
        s->orgs.n--;
      else if (start >= last->start && end <= last->end)
        return;
      else
        break;
    }

  set_hit (hitvec_add (&s->orgs), ENTITY_ORGANIZATION, start, end, NULL, NULL, NULL);
}

/* Skips back over an ordinal session that ends at @pos: 第十四届, 十四届 */
static gsize
skip_session_back (Scan  *s,
                   gsize  pos)
{
  gsize p, q;
  guint digits = 0;
  gunichar c;

  if (pos < 3 || memcmp (s->text + pos - 3, "届", 3) != 0)
    return pos;
  p = pos - 3;
  while ((c = char_before (s->text, 0, p, &q)) != 0 && is_digit_char (c))
    {
      digits++;
      p = q;
    }
  if (digits == 0)
    return pos;
  if (p >= 3 && memcmp (s->text + p - 3, "第", 3) == 0)
    p -= 3;
  return p;
}

/* The start of the region before a body that starts at @pos: a place
 * (黑龙江省), maybe after 中共, or 省 市 县; G_MAXSIZE when none */
static gsize
place_chain_before (Scan  *s,
                    gsize  pos)
{
  Tok *t;
  gsize start = G_MAXSIZE;

  while ((t = tok_ending_at (s, pos)) != NULL &&
         ((tok_is_admin_place (s, t) && tok_alias (s, t)->form != FORM_LITERARY) ||
          (t->kind == LEX_PREFIX && (tok_lexflags (t) & LEX_PREFIX_PARTY) && start != G_MAXSIZE)))
    {
      start = pos = t->start;
    }
  return start;
}

/* The characters that end a kind of area before 区 rather than a
 * district's name (开发区, 示范区, 工业园区, 保税区, 风景区…), those that do
 * only in two characters (高新区, 经开区), and the levels, which make no
 * name before 县 区 旗 (全市区, 区县) */
static const char area_kind_chars[] = "地老园郊牧垦矿库湾特灾街片校营专选辖社景发范贸护验聚能心游业务税宅港民";
static const char short_area_kind_chars[] = "新开";
static const char level_chars[] = "省市县区乡镇村旗";
/* …and the characters that end a verb rather than a name (补选县人大, 选
 * 出区人大代表, 意见交县政府, 确保区…), and the numbers and counting words
 * of a count before a bare 县 (十六名县人大代表): in no name of these
 * (城关区, 成华区 keep 关 and 成 but as a last character: 建成区) */
static const char not_last_chars[] = "保成开分治";
static const char not_name_chars[] = "〇一二三四五六七八九十百千万两名位个件条份部年时次项点"
                                     "选出免收去止训受命案好邻有属展交联";
/* verbs that take the own county's or district's body as their object,
 * 县 区 said bare (列席县人大常委会会议, 联系区人大代表), which no name is
 * (the boundary words, 指导 参加, are the lexicon's) */
static const char * const object_verbs[] = {
  "列席", "联系", "帮助", "要求", "加强", "推进", "来自", "服务", "健全", "完善", "建立", "对接",
  "主持", "约见", "视察", "调研", "考察", "督查", "检查", "评议", "报送", "抄送", "报告", "委托",
  "推荐", "选派", "选举", "作为", "成为", "属于", "召集", "协同", "当选", "代表", "领导", "相关",
};

/* Does the name [@start, @end) before 区 end like a kind of area
 * (开发区, 高新区) rather than a district? */
static gboolean
is_area_kind (Scan  *s,
              gsize  start,
              gsize  end)
{
  gsize p;
  gunichar last = char_before (s->text, start, end - 3, &p);

  return g_utf8_strchr (area_kind_chars, -1, last) != NULL ||
         (p == start + 3 && g_utf8_strchr (short_area_kind_chars, -1, last) != NULL);
}

/* The start of the name of a county, district or banner that the
 * gazetteer does not know, ending at @pos with 县 区 or 旗, which no
 * token covers: after its city (哈尔滨市道里区), with *@city set to the
 * city's start, or after a boundary (指导南岗区, 、长兴县), two or three
 * characters, neither a number's (一区) nor a kind of area (开发区);
 * G_MAXSIZE when there is none. */
static gsize
county_name_before (Scan  *s,
                    gsize  pos,
                    gsize *city)
{
  gsize p, q;
  guint chars = 0;
  gunichar c, last = 0;
  gboolean district;
  Tok *t;

  *city = G_MAXSIZE;
  if (pos < 3 || tok_ending_at (s, pos) != NULL)
    return G_MAXSIZE;
  district = memcmp (s->text + pos - 3, "区", 3) == 0;
  if (!district && memcmp (s->text + pos - 3, "县", 3) != 0 && memcmp (s->text + pos - 3, "旗", 3) != 0)
    return G_MAXSIZE;
  p = pos - 3;
  /* (through a one-character abbreviation not taken as a place: 宾川县,
   * 永川区) */
  while (chars < 4 && ((t = tok_ending_at (s, p)) == NULL ||
                       (t->kind == LEX_PLACE_CHAR && !(t->flags & TOK_ACCEPTED))))
    {
      c = char_before (s->text, 0, p, &q);
      if (!is_cjk (c) || (cclass (s->m, c) & CC_BOUNDARY))
        break;
      if (chars == 0)
        last = c;
      p = q;
      chars++;
    }
  if (chars == 0)
    return G_MAXSIZE;
  /* (any name after its city: 长治市城区) */
  if ((*city = place_chain_before (s, p)) != G_MAXSIZE)
    return p;

  /* Alone: no numbers nor verbs in what the walk took (四子王旗 is not 子
   * 王旗), which must be the name, and end no other word */
  for (gsize r = p; r < pos - 3; r = q)
    if (g_utf8_strchr (not_name_chars, -1, get_char (s->text, r, pos, &q)) != NULL)
      return G_MAXSIZE;
  for (gsize r = p; r < pos - 3; )
    {
      c = get_char (s->text, r, pos, &q);
      if ((cclass (s->m, c) & CC_QUANT) || boundary_word_ends_with (s, c, r))
        p = q;
      r = q;
    }
  chars = g_utf8_strlen (s->text + p, pos - 3 - p);
  if (chars < 2 || chars > 3 || g_utf8_strchr (level_chars, -1, last) != NULL ||
      g_utf8_strchr (not_last_chars, -1, last) != NULL)
    return G_MAXSIZE;
  for (guint i = 0; i < G_N_ELEMENTS (object_verbs); i++)
    if (text_has_prefix_at (s, p, object_verbs[i]))
      return G_MAXSIZE;
  /* (after a word that is no boundary, or a place's abbreviation: 鄂托
   * 克前旗 is not 托克前旗) */
  if (p > 0)
    {
      Tok *before = tok_ending_at (s, p);

      c = char_before (s->text, 0, p, &q);
      if (before != NULL ? before->kind == LEX_PLACE || before->kind == LEX_PLACE_CHAR
                         : is_cjk (c) && !(cclass (s->m, c) & (CC_BOUNDARY | CC_QUANT)) &&
                           !boundary_word_ends_with (s, c, q))
        return G_MAXSIZE;
    }
  if (district && is_area_kind (s, p, pos))
    return G_MAXSIZE;
  return p;
}

/* Adds the county, district or banner [@start, @end) that
 * county_name_before () found before a body, and those listed before it
 * with 、 (香坊区、平房区人大常委会); @after_city: it was named after its
 * city, which no list goes on before */
static void
add_county_places (Scan     *s,
                   gsize     start,
                   gsize     end,
                   gboolean  after_city)
{
  gsize city;

  while (start != G_MAXSIZE)
    {
      /* (济源示范区人大: the org, but no county) */
      if (memcmp (s->text + end - 3, "区", 3) == 0 && is_area_kind (s, start, end))
        break;
      add_place_hit (s, start, end, NULL, LEVEL_COUNTY);
      if (after_city || start < 3 || memcmp (s->text + start - 3, "、", 3) != 0)
        break;
      end = start - 3;
      start = county_name_before (s, end, &city);
      after_city = city != G_MAXSIZE;
    }
}

/* The start of the region before a body that starts at @pos: a place
 * chain, a county or district (whose name, when @county is not NULL, is
 * stored in *@county and *@county_end, with *@after_city), an admin
 * prefix or 自治区; G_MAXSIZE when none */
static gsize
region_before (Scan     *s,
               gsize     pos,
               gsize    *county,
               gsize    *county_end,
               gboolean *after_city)
{
  gsize start, city;

  pos = skip_session_back (s, pos);
  start = place_chain_before (s, pos);
  if (start != G_MAXSIZE)
    return start;

  /* A county or district: after its city, 哈尔滨市道里区 + 人民政府, or
   * alone, 南岗区 + 人大常委会 */
  if ((start = county_name_before (s, pos, &city)) != G_MAXSIZE)
    {
      if (county != NULL)
        {
          *county = start;
          *county_end = pos;
          *after_city = city != G_MAXSIZE;
        }
      return city != G_MAXSIZE ? city : start;
    }

  if (pos >= 3 && admin_prefix_at (s, pos - 3))
    return pos - 3;
  /* The autonomous regions' reports name their own bodies so:
   * 自治区人大常委会, 自治区人民政府, 自治州人大常委会 */
  if (pos >= 9 && (memcmp (s->text + pos - 9, "自治区", 9) == 0 ||
                   memcmp (s->text + pos - 9, "自治州", 9) == 0 ||
                   memcmp (s->text + pos - 9, "自治县", 9) == 0))
    return pos - 9;
  return G_MAXSIZE;
}

/* Extends an organization ending at token index @i (exclusive end @end)
 * with the parts that follow it. Returns the new end and moves *i. */
static gsize
extend_subbodies (Scan  *s,
                  guint *i,
                  gsize  end)
{
  while (*i < s->n_toks)
    {
      Tok *t = TOK (s, *i);

      gsize nx;
      gunichar c;

      if (t->start != end || t->kind != LEX_SUBBODY)
        break;
      /* 工作部署 is not 工作部 */
      c = t->end < s->len ? get_char (s->text, t->end, s->len, &nx) : 0;
      if (cclass (s->m, c) & CC_SUB_STOP)
        break;
      end = t->end;
      (*i)++;
    }
  return end;
}

static gboolean
is_org_start_token (Scan      *s,
                    const Tok *t)
{
  if (t->kind == LEX_PREFIX || t->kind == LEX_KNOWN_ORG)
    return TRUE;
  if (t->kind == LEX_PLACE && (t->flags & TOK_ACCEPTED))
    return tok_place (s, t)->level != LEVEL_NATURAL;
  return FALSE;
}

/* The start of a generic-ending organization whose ending starts at token
 * @ti, or G_MAXSIZE */
static gsize
ending_start (Scan  *s,
              guint  ti)
{
  Tok *end_tok = TOK (s, ti);
  gsize pos = end_tok->start;
  guint i = ti;
  guint n = 0;
  gsize candidate = G_MAXSIZE;
  gsize stop;
  guint body;

  while (pos > 0 && n <= 10)
    {
      Tok *t = i > 0 ? TOK (s, i - 1) : NULL;

      /* An organization found before may start this one */
      if (s->orgs.n > 0 && pos < end_tok->start &&
          s->orgs.v[s->orgs.n - 1].end == pos)
        {
          candidate = s->orgs.v[s->orgs.n - 1].start;
          break;
        }
      if (t != NULL && t->end == pos)
        {
          if (is_org_start_token (s, t))
            {
              candidate = t->start;
              break;
            }
          if (t->kind == LEX_BODY || t->kind == LEX_SUBBODY || t->kind == LEX_ENDING ||
              (t->kind == LEX_PLACE && !(t->flags & TOK_ACCEPTED)))
            {
              n += g_utf8_strlen (s->text + t->start, t->end - t->start);
              pos = t->start;
              i--;
              continue;
            }
          break;
        }
      else
        {
          gsize p;
          gunichar c = char_before (s->text, 0, pos, &p);

          if (!is_cjk (c) || (cclass (s->m, c) & CC_BOUNDARY) || boundary_word_ends_with (s, c, p))
            break;
          if (admin_prefix_at (s, p))
            {
              candidate = p;
              break;
            }
          pos = p;
          n++;
        }
    }
  stop = pos;

  if (candidate != G_MAXSIZE)
    {
      Tok *t;
      guint j = tok_after (s, candidate);

      /* Through directly adjacent region tokens: 中国人民银行 + 黑龙江省 */
      while (j > 0 && (t = TOK (s, j - 1))->end == candidate && is_org_start_token (s, t))
        {
          candidate = t->start;
          j--;
        }
      /* Or an organization already found right before */
      if (s->orgs.n > 0)
        {
          EntityHit *last = &s->orgs.v[s->orgs.n - 1];

          if (last->end == candidate || (last->start < candidate && last->end > candidate))
            candidate = last->start;
        }
      return candidate;
    }

  if (!(tok_lexflags (end_tok) & LEX_END_STRONG))
    return G_MAXSIZE;
  body = g_utf8_strlen (s->text + stop, end_tok->start - stop);
  if (body < 2 || body > 8)
    return G_MAXSIZE;
  /* 该公司, 一家企业集团, 上市公司: no name */
  {
    gsize next;
    gunichar c = get_char (s->text, stop, end_tok->start, &next);

    if (cclass (s->m, c) & CC_QUANT)
      return G_MAXSIZE;
    for (guint k = 0; entity_generic_bodies[k] != NULL; k++)
      {
        gsize n;

        /* most differ in their first byte: no need for their length */
        if (entity_generic_bodies[k][0] != s->text[stop])
          continue;
        n = strlen (entity_generic_bodies[k]);
        if (n == end_tok->start - stop &&
            memcmp (s->text + stop, entity_generic_bodies[k], n) == 0)
          return G_MAXSIZE;
      }
  }
  return stop;
}

static gboolean
single_ending_ok (Scan      *s,
                  const Tok *t)
{
  gsize p, next;
  gunichar before = char_before (s->text, 0, t->start, &p);
  gunichar after = t->end < s->len ? get_char (s->text, t->end, s->len, &next) : 0;

  if (text_has_prefix_at (s, t->start, "办"))
    return !(cclass (s->m, before) & CC_BAN_PRE) && !(cclass (s->m, after) & CC_BAN_POST);
  return !(cclass (s->m, before) & CC_JU_PRE) && !(cclass (s->m, after) & CC_JU_POST);
}

static void
find_orgs (Scan *s)
{
  /* The kinds of the tokens the rules below start from: titles, boundary
   * words and the like, half the tokens, are passed over at once */
  const guint org_kinds = 1u << LEX_BODY | 1u << LEX_PLACE | 1u << LEX_KNOWN_ORG |
                          1u << LEX_SUBBODY | 1u << LEX_ENDING;
  guint i = 0;
  guint title_cursor = 0;

  while (i < s->n_toks)
    {
      Tok *t = TOK (s, i);

      if (!((1u << t->kind) & org_kinds))
        {
          i++;
          continue;
        }
      if (t->kind == LEX_BODY)
        {
          /* A region then a body: 黑龙江省人大常委会, 省政府 */
          gsize county = G_MAXSIZE, county_end = 0;
          gboolean after_city = FALSE;
          gsize start = region_before (s, t->start, &county, &county_end, &after_city);

          if (start != G_MAXSIZE)
            {
              guint k = i + 1;

              add_county_places (s, county, county_end, after_city);
              add_org (s, start, extend_subbodies (s, &k, t->end));
              i = k;
              continue;
            }
        }
      else if (tok_is_admin_place (s, t) && text_has_prefix_at (s, t->end, "委"))
        {
          /* 黑龙江省委, 中共哈尔滨市委, not 委员 or 委托 */
          const char *name = s->text + t->start;
          gsize n = t->end - t->start;
          gsize after = t->end + strlen ("委"), nx;
          gunichar c = after < s->len ? get_char (s->text, after, s->len, &nx) : 0;
          gsize start = region_before (s, t->end, NULL, NULL, NULL);

          if (text_has_prefix_at (s, after, "员会"))
            {
              guint k = tok_after (s, after + strlen ("员会"));

              add_org (s, start, extend_subbodies (s, &k, after + strlen ("员会")));
              i = k;
              continue;
            }
          if (n >= 3 && (memcmp (name + n - 3, "省", 3) == 0 || memcmp (name + n - 3, "市", 3) == 0 ||
                         memcmp (name + n - 3, "县", 3) == 0 || memcmp (name + n - 3, "州", 3) == 0 ||
                         memcmp (name + n - 3, "区", 3) == 0) &&
              !(cclass (s->m, c) & CC_WEI_POST))
            {
              guint k = tok_after (s, after);

              add_org (s, start, extend_subbodies (s, &k, after));
              i = k;
              continue;
            }
        }
      else if (t->kind == LEX_KNOWN_ORG ||
               (t->kind == LEX_SUBBODY && (tok_lexflags (t) & LEX_SUB_STANDALONE)))
        {
          guint k = i + 1;
          gsize end = extend_subbodies (s, &k, t->end);

          add_org (s, t->start, end);
          i = k;
          continue;
        }
      else if (t->kind == LEX_ENDING)
        {
          gsize start;

          if ((tok_lexflags (t) & LEX_END_SINGLE) && !single_ending_ok (s, t))
            {
              i++;
              continue;
            }
          /* In a title, an ending is mostly what the title is about:
           * 公司法, 商业银行法, 国际科技创新中心建设条例 */
          if (s->titles.n > 0 && title_around (s, t->start, t->end, &title_cursor) != NULL)
            {
              i++;
              continue;
            }
          start = ending_start (s, i);
          if (start != G_MAXSIZE &&
              !((tok_lexflags (t) & LEX_END_SINGLE) &&
                g_utf8_strlen (s->text + start, t->start - start) < 2))
            {
              guint k = i + 1;

              add_org (s, start, extend_subbodies (s, &k, t->end));
              i = k;
              continue;
            }
        }
      i++;
    }
}

/* ---- people ---- */

/* Does the text before @end name a people: X族 (苗族, 土家族, 少数民族)
 * or two peoples' short names (苗侗)? Before a title (苗族代表杨某某,
 * 苗侗代表进村寨) that is who the title is of, not a name. */
static gboolean
people_ends_at (Scan  *s,
                gsize  end)
{
  gsize p, q;
  gunichar c = char_before (s->text, 0, end, &p);
  gunichar d;
  guint32 cc, cd;

  if (c == 0x65cf /* 族 */)
    return TRUE;
  d = char_before (s->text, 0, p, &q);
  cc = cclass (s->m, c);
  cd = cclass (s->m, d);
  return (cc & CC_PEOPLE) && (cd & CC_PEOPLE) && ((cc | cd) & CC_PEOPLE_ONLY);
}

/* Is [start, end) a plausible name: a surname and one to three more
 * characters, none of which may be an institution word or belong to a
 * token other than a place inside the given name? */
static gboolean
name_ok (Scan  *s,
         gsize  start,
         gsize  end)
{
  const EntityModel *m = s->m;
  gunichar chars[5];
  guint n = 0;
  gsize p = start, next;
  gboolean compound;
  guint i;

  while (p < end && n < 5)
    {
      chars[n++] = get_char (s->text, p, end, &next);
      p = next;
    }
  if (p < end || n < 2 || n > 4)
    return FALSE;

  compound = pair_flags (m, chars[0], chars[1], PAIR_COMPOUND_SURNAME) != 0;
  if (!compound && !(cclass (m, chars[0]) & CC_SURNAME))
    return FALSE;
  if (n == 4 && !compound)
    return FALSE;
  if (compound && n < 3)
    return FALSE;
  if (pair_flags (m, chars[0], chars[1], PAIR_NOT_NAME))
    return FALSE;
  if (people_ends_at (s, end))
    return FALSE;
  for (i = compound ? 2 : 1; i < n; i++)
    if (!is_cjk (chars[i]) || (cclass (m, chars[i]) & CC_NOT_NAME))
      return FALSE;
  /* No word that a name never holds: 和保障 */
  for (i = 0; i + 1 < n; i++)
    if (pair_flags (m, chars[i], chars[i + 1], PAIR_BOUNDARY_START))
      return FALSE;

  /* Tokens inside: only places that start after the surname */
  for (i = tok_after (s, start); i < s->n_toks; i++)
    {
      Tok *t = TOK (s, i);

      if (t->start >= end)
        break;
      if (t->start <= start)
        return FALSE;
      if (t->kind != LEX_PLACE || t->end > end)
        return FALSE;
    }
  return TRUE;
}

static void
suppress_places_in (Scan  *s,
                    gsize  start,
                    gsize  end)
{
  for (guint i = tok_after (s, start); i < s->n_toks; i++)
    {
      Tok *t = TOK (s, i);

      if (t->start >= end)
        break;
      if (t->kind == LEX_PLACE)
        t->flags |= TOK_SUPPRESSED;
    }
}

/* May a name that ends before a title start at @start? Not when the
 * character before makes a word with the surname (安|全生产), and a surname
 * that is mostly a common word (高 全 万 …) only where a word starts. */
static gboolean
name_start_ok (Scan  *s,
               gsize  start)
{
  const EntityModel *m = s->m;
  gsize q, nx;
  gunichar prev = char_before (s->text, 0, start, &q);
  gunichar first = get_char (s->text, start, s->len, &nx);

  if (prev == 0 || !is_cjk (prev))
    return TRUE;
  if (pair_flags (m, prev, first, PAIR_NOT_NAME))
    return FALSE;
  if (!(cclass (m, first) & CC_WEAK_SUR))
    return TRUE;
  return (cclass (m, prev) & CC_BOUNDARY) || tok_ending_at (s, start) != NULL ||
         boundary_word_ends_with (s, prev, q);
}

/* A name that ends at @end: 许某, 梁某某, 欧阳某某. Returns its start or
 * G_MAXSIZE. */
static gsize
name_before (Scan  *s,
             gsize  end)
{
  const EntityModel *m = s->m;
  gunichar c[5] = { 0, };
  gsize at[5] = { 0, };
  gsize pos = end;
  guint n = 0;

  while (n < 4)
    {
      gsize p;
      gunichar ch;

      /* A fourth character only counts before the second of a compound
       * surname (欧阳某某): below, n >= 4 goes with such a pair */
      if (n == 3 && c[3] < 0x10000 && !(cclass (m, c[3]) & CC_COMPOUND_SECOND))
        break;
      ch = char_before (s->text, 0, pos, &p);
      if (!is_cjk (ch))
        break;
      /* name_ok () rejects every name whose last character is never in
       * one (代表 after 省委|代表): most titles stop here, at the first
       * character read */
      if (n == 0 && (cclass (m, ch) & CC_NOT_NAME))
        return G_MAXSIZE;
      n++;
      c[n] = ch;
      at[n] = p;
      pos = p;
    }
  if (n < 2)
    return G_MAXSIZE;

  if (n >= 4 && pair_flags (m, c[4], c[3], PAIR_COMPOUND_SURNAME) && name_ok (s, at[4], end))
    return at[4];
  if (n >= 3 && pair_flags (m, c[3], c[2], PAIR_COMPOUND_SURNAME) && name_ok (s, at[3], end))
    return at[3];
  if (n >= 3 && (cclass (m, c[3]) & CC_SURNAME) &&
      !((cclass (m, c[3]) & CC_WEAK_SUR) && (cclass (m, c[2]) & CC_SURNAME)) &&
      name_start_ok (s, at[3]) && name_ok (s, at[3], end))
    return at[3];
  if ((cclass (m, c[2]) & CC_SURNAME) && name_start_ok (s, at[2]) && name_ok (s, at[2], end))
    return at[2];
  return G_MAXSIZE;
}

/* Is [start, end), alone on a speaker line after the title, a name
 * written without a surname (多某某, 洛桑次仁): two to four characters of
 * a name, no token among them? */
static gboolean
speaker_name_ok (Scan  *s,
                 gsize  start,
                 gsize  end)
{
  guint n = 0;
  guint i = tok_after (s, start);

  if (i < s->n_toks && TOK (s, i)->start < end)
    return FALSE;
  for (gsize p = start, next; p < end; p = next, n++)
    {
      gunichar c = get_char (s->text, p, end, &next);
      guint32 cc = cclass (s->m, c);

      if (!is_cjk (c) || ((cc & CC_NOT_NAME) && !(cc & CC_TRANSLIT)))
        return FALSE;
    }
  return n >= 2 && n <= 4;
}

static gboolean name_ends_at (Scan  *s,
                              gsize  pos);

/* Is a name expected after the title that starts at @title (G_MAXSIZE:
 * none): is that title of a people (苗族代表|向某某)? */
static gboolean
name_expected (Scan  *s,
               gsize  title)
{
  return title != G_MAXSIZE && people_ends_at (s, title);
}

/* name_expected (), kept in *@cache (-1: not asked yet) */
static inline gboolean
name_expected_once (Scan  *s,
                    gsize  title,
                    gint  *cache)
{
  if (*cache < 0)
    *cache = name_expected (s, title);
  return *cache;
}

/* A name that starts at @start. Returns its end or G_MAXSIZE. With
 * @to_line_end (a speaker line: 副主任 王某某), the name runs to the end of
 * the line. Where a name is expected after the title that starts at @title
 * (name_expected ()), a surname that is mostly a word (向 高 方) counts too
 * when the next word starts right after the name. That is asked only of
 * such a surname: most titles are followed by none. */
static gsize
name_after (Scan     *s,
            gsize     start,
            gboolean  to_line_end,
            gsize     title)
{
  const EntityModel *m = s->m;
  gunichar c[6] = { 0, };
  gsize at[6] = { 0, };
  gsize pos = start, next;
  guint n = 0;
  gboolean compound;
  guint len;
  /* name_expected (), asked once: -1 until then */
  gint expected = -1;

  while (n < 5 && pos < s->len)
    {
      gunichar ch = get_char (s->text, pos, s->len, &next);

      if (!is_cjk (ch))
        break;
      c[n] = ch;
      at[n] = pos;
      n++;
      pos = next;
      /* Most titles have no name after them: the first two characters
       * tell, as below, without reading on */
      if (n == 2 && !to_line_end &&
          !pair_flags (m, c[0], c[1], PAIR_COMPOUND_SURNAME) &&
          (!(cclass (m, c[0]) & CC_SURNAME) ||
           ((cclass (m, c[0]) & CC_WEAK_SUR) && !name_expected_once (s, title, &expected))))
        return G_MAXSIZE;
    }
  at[n] = pos;
  if (n < 2)
    return G_MAXSIZE;

  if (to_line_end)
    {
      gunichar after = pos < s->len ? get_char (s->text, pos, s->len, &next) : '\n';

      if (n <= 4 && (after == '\n' || after == '\r' || is_space (after)) &&
          (name_ok (s, start, pos) || speaker_name_ok (s, start, pos)))
        return pos;
    }

  compound = pair_flags (m, c[0], c[1], PAIR_COMPOUND_SURNAME) != 0;
  if (!compound && (!(cclass (m, c[0]) & CC_SURNAME) ||
                    ((cclass (m, c[0]) & CC_WEAK_SUR) && !name_expected_once (s, title, &expected))))
    return G_MAXSIZE;

  /* How long: three characters unless the third starts the next word */
  len = compound ? 3 : 2;
  if (n > len &&
      !(cclass (m, c[len]) & CC_NAME_STOP) &&
      !(n > len + 1 && pair_flags (m, c[len], c[len + 1], PAIR_NAME_STOP | PAIR_BOUNDARY_START)) &&
      tok_at (s, at[len]) == NULL)
    len++;
  if (!name_ok (s, start, at[len]))
    return G_MAXSIZE;
  if (!compound && (cclass (m, c[0]) & CC_WEAK_SUR) && !name_ends_at (s, at[len]))
    return G_MAXSIZE;
  return at[len];
}

/* The dots that join the parts of a name written without a surname
 * (艾力·买买提): · ‧ • ． ・ */
static inline gboolean
is_name_dot (gunichar c)
{
  return c == 0x00b7 || c == 0x2027 || c == 0x2022 || c == 0xff0e || c == 0x30fb;
}

/* Does the word after a name start at @pos: a character that ends such a
 * name (在 作), a word that follows names (出席 带队), or a token but a
 * place (同志, 代表, 全省)? */
static gboolean
name_ends_at (Scan  *s,
              gsize  pos)
{
  const EntityModel *m = s->m;
  gsize next, next2;
  gunichar c, d;
  Tok *t;

  if (pos >= s->len)
    return TRUE;
  c = get_char (s->text, pos, s->len, &next);
  if (!is_cjk (c) || (cclass (m, c) & CC_NAME_END))
    return TRUE;
  t = tok_at (s, pos);
  if (t != NULL && t->kind != LEX_PLACE && t->kind != LEX_PLACE_CHAR)
    return TRUE;
  d = next < s->len ? get_char (s->text, next, s->len, &next2) : 0;
  return pair_flags (m, c, d, PAIR_NAME_STOP | PAIR_BOUNDARY_START) != 0;
}

/* A name of the peoples that write none with a surname, starting at
 * @start, right after a title: parts joined by a dot (努尔兰·阿不都满金),
 * the first character one that spells such names, each part of two to
 * seven characters, the last one ending where the next
 * word starts; or, without a dot, three to six characters that all spell
 * such names (洛桑次仁, 哈丹巴特尔), no place among them, and the next
 * word right after. Returns its end or G_MAXSIZE. */
static gsize
minority_name_after (Scan  *s,
                     gsize  start)
{
  const EntityModel *m = s->m;
  gsize pos = start, next;
  guint parts = 0;

  /* Most titles are followed by a Han name or by words: only a name
   * whose first character spells such names, with a dot in the next
   * eight characters or three such characters first, is read on */
  if (start >= s->len || !(cclass (m, get_char (s->text, start, s->len, &next)) & CC_TRANSLIT))
    return G_MAXSIZE;
  {
    guint n = 0, spelled = 0;
    gboolean dot = FALSE;

    for (gsize p = start; n < 8 && p < s->len; p = next, n++)
      {
        gunichar c = get_char (s->text, p, s->len, &next);

        if (is_name_dot (c))
          {
            dot = n >= 2;
            break;
          }
        if (!is_cjk (c))
          break;
        if (spelled == n && (cclass (m, c) & CC_TRANSLIT))
          spelled++;
      }
    if (!dot && spelled < 3)
      return G_MAXSIZE;
  }

  for (;;)
    {
      guint n = 0;
      gboolean spelled = TRUE;
      gunichar c = 0;

      while (n < 7 && pos < s->len)
        {
          Tok *t;

          c = get_char (s->text, pos, s->len, &next);
          if (!is_cjk (c) || (n >= 2 && name_ends_at (s, pos)))
            break;
          t = tok_at (s, pos);
          if (t != NULL && t->kind != LEX_PLACE && t->kind != LEX_PLACE_CHAR)
            break;
          if (t != NULL && parts == 0)
            spelled = FALSE;
          if (!(cclass (m, c) & CC_TRANSLIT))
            spelled = FALSE;
          n++;
          pos = next;
        }
      if (n < 2)
        return G_MAXSIZE;
      parts++;
      if (pos < s->len && is_name_dot (get_char (s->text, pos, s->len, &next)) && parts < 4)
        {
          pos = next;
          continue;
        }
      if (!name_ends_at (s, pos))
        return G_MAXSIZE;
      if (parts > 1)
        return pos;
      /* No dot: the spelling alone tells a name from words */
      return spelled && n >= 3 && n <= 6 ? pos : G_MAXSIZE;
    }
}

/* A name of parts joined by a dot that ends at @end, right before a title
 * (热合曼·吐尔逊同志). Returns its start or G_MAXSIZE. */
static gsize
minority_name_before (Scan  *s,
                      gsize  end)
{
  gsize pos = end, p;
  guint parts = 0;

  /* Most titles have no dot before them: looked for first, characters
   * alone. Most characters on the way are of U+5000..U+9FFF, three bytes
   * led by E5..E9, which char_before () would decode as CJK and no dot:
   * those are stepped over on their bytes alone. */
  {
    const guchar *b = (const guchar *) s->text;
    guint n = 0;
    gunichar c = 0;

    for (p = end; n < 8; n++)
      {
        if (p >= 3 && (guchar) (b[p - 3] - 0xe5) <= 0xe9 - 0xe5 &&
            (b[p - 2] & 0xc0) == 0x80 && (b[p - 1] & 0xc0) == 0x80)
          {
            p -= 3;
            continue;
          }
        if (!is_cjk (c = char_before (s->text, 0, p, &p)))
          break;
      }
    if (n < 2 || n == 8 || !is_name_dot (c))
      return G_MAXSIZE;
  }

  for (;;)
    {
      guint n = 0;
      gunichar c;

      while (n < 7)
        {
          Tok *t = tok_ending_at (s, pos);

          c = char_before (s->text, 0, pos, &p);
          if (!is_cjk (c) || (cclass (s->m, c) & CC_BOUNDARY) || boundary_word_ends_with (s, c, p) ||
              (t != NULL && t->kind != LEX_PLACE && t->kind != LEX_PLACE_CHAR))
            break;
          n++;
          pos = p;
        }
      if (n < 2)
        return G_MAXSIZE;
      parts++;
      c = char_before (s->text, 0, pos, &p);
      if (is_name_dot (c) && parts < 4)
        {
          pos = p;
          continue;
        }
      /* The first part may not run on into the words before it */
      if (n == 7 || parts < 2)
        return G_MAXSIZE;
      return pos;
    }
}

/* Where the title that ends at the title token @t starts: the body or
 * region right before it belongs to it (省委书记, 全国人大代表) */
static gsize
title_start (Scan      *s,
             const Tok *t)
{
  gsize start = t->start;
  guint lo = 0, hi = s->orgs.n;

  /* The organization ending at @start, if any. Their ends grow strictly:
   * find_orgs () goes on after the end of each one it adds, and add_org ()
   * only drops the last ones. */
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (s->orgs.v[mid].end <= start)
        lo = mid + 1;
      else
        hi = mid;
    }
  if (lo > 0 && s->orgs.v[lo - 1].end == start)
    return s->orgs.v[lo - 1].start;
  for (;;)
    {
      Tok *p = tok_ending_at (s, start);

      if (p == NULL || !((p->kind == LEX_PLACE && (p->flags & TOK_ACCEPTED)) ||
                         p->kind == LEX_PREFIX || p->kind == LEX_KNOWN_ORG ||
                         p->kind == LEX_BODY || p->kind == LEX_SUBBODY))
        break;
      start = p->start;
    }
  return start;
}

static void
add_person (Scan  *s,
            gsize  start,
            gsize  end,
            gsize  tstart,
            gsize  tend)
{
  EntityHit *hit;

  /* The same name found twice (a title on each side) */
  for (guint i = s->hits.n; i > 0 && i + 4 > s->hits.n; i--)
    {
      EntityHit *h = &s->hits.v[i - 1];

      if (h->kind == ENTITY_PERSON && h->start == start && h->end == end)
        return;
    }

  hit = hitvec_add (&s->hits);
  set_hit (hit, ENTITY_PERSON, start, end, NULL, NULL, NULL);
  hit->title_start = tstart;
  hit->title_end = tend;
  suppress_places_in (s, start, end);
}

/* Is the name that starts at @first introduced: after a trigger (邀请), a
 * boundary word or character, or punctuation? */
static gboolean
introduced_at (Scan  *s,
               gsize  first)
{
  Tok *p = tok_ending_at (s, first);
  gsize q;
  gunichar c = char_before (s->text, 0, first, &q);

  return (p != NULL && (p->kind == LEX_TRIGGER || p->kind == LEX_BOUNDARY)) ||
         !is_cjk (c) || (cclass (s->m, c) & CC_BOUNDARY) || boundary_word_ends_with (s, c, q);
}

/* Names separated by 、 that end at @pos (the start of a name already
 * found): 张某、李某、|王某副委员长. Returns how many were stored. */
static guint
names_before (Scan  *s,
              gsize  pos,
              gsize *starts,
              gsize *ends,
              guint  max)
{
  guint n = 0;
  gsize p, q;
  gunichar c;

  while (n < max)
    {
      guint chars = 0;
      gsize item_end;

      c = char_before (s->text, 0, pos, &q);
      if (c != 0x3001 /* 、 */)
        break;
      item_end = q;
      p = q;
      while (chars < 5)
        {
          gsize r;

          c = char_before (s->text, 0, p, &r);
          if (!is_cjk (c))
            break;
          p = r;
          chars++;
        }
      if (chars >= 2 && chars <= 4 && name_ok (s, p, item_end) &&
          char_before (s->text, 0, p, &q) == 0x3001)
        {
          starts[n] = p;
          ends[n] = item_end;
          n++;
          pos = p;
          continue;
        }
      /* The first of the list runs into the words before it */
      p = name_before (s, item_end);
      if (p != G_MAXSIZE && introduced_at (s, p))
        {
          starts[n] = p;
          ends[n] = item_end;
          n++;
        }
      break;
    }
  return n;
}

/* Names separated by 、 after a name that ends at @pos: 副委员长张某、李某 */
static void
names_after (Scan  *s,
             gsize  pos,
             gsize  tstart,
             gsize  tend)
{
  for (guint n = 0; n < 16 && text_has_prefix_at (s, pos, "、"); n++)
    {
      gsize p = pos + strlen ("、"), next;
      guint chars = 0;

      /* 副主任努尔兰·阿不都满金、哈丹巴特尔 */
      if ((p = minority_name_after (s, pos + strlen ("、"))) != G_MAXSIZE)
        {
          add_person (s, pos + strlen ("、"), p, tstart, tend);
          pos = p;
          continue;
        }
      p = pos + strlen ("、");
      while (chars < 5 && p < s->len && is_cjk (get_char (s->text, p, s->len, &next)))
        {
          p = next;
          chars++;
        }
      if (chars < 2)
        break;
      if (chars > 4 || !name_ok (s, pos + strlen ("、"), p))
        {
          /* The last of the list runs into the words after it */
          p = name_after (s, pos + strlen ("、"), FALSE, G_MAXSIZE);
          if (p == G_MAXSIZE)
            break;
          add_person (s, pos + strlen ("、"), p, tstart, tend);
          break;
        }
      add_person (s, pos + strlen ("、"), p, tstart, tend);
      pos = p;
    }
}

/* A list of names closed by 等 and a role: 邀请王某、李某、赵某等知名专家 */
static void
find_list (Scan *s,
           guint di)
{
  const EntityModel *m = s->m;
  Tok *d = TOK (s, di);
  gsize role_end = 0;
  gsize names_start[16], names_end[16];
  guint n_names = 0;
  gsize first;
  gunichar c;
  guint n = 0;

  /* The role: a role word within eight characters after 等 */
  for (guint i = di + 1; i < s->n_toks; i++)
    {
      Tok *t = TOK (s, i);
      gsize p, next;
      gboolean clean = TRUE;

      if (t->start - d->end > 8 * 3)
        break;
      for (p = d->end; p < t->start; p = next)
        {
          c = get_char (s->text, p, t->start, &next);
          if (!is_cjk (c) || (cclass (m, c) & CC_BOUNDARY))
            clean = FALSE;
        }
      if (!clean)
        break;
      if (t->kind == LEX_TITLE && (tok_lexflags (t) & LEX_TITLE_ROLE))
        {
          role_end = t->end;
          break;
        }
    }
  if (role_end == 0)
    return;

  /* Names separated by 、, back from 等 */
  first = name_before (s, d->start);
  if (first == G_MAXSIZE)
    return;
  n_names = names_before (s, first, names_start + 1, names_end + 1, 15);
  if (n_names == 0 && !introduced_at (s, first))
    return;
  names_start[0] = first;
  names_end[0] = d->start;
  n_names++;

  /* In text order */
  for (n = 0; n < n_names / 2; n++)
    {
      gsize a = names_start[n], b = names_end[n];

      names_start[n] = names_start[n_names - 1 - n];
      names_end[n] = names_end[n_names - 1 - n];
      names_start[n_names - 1 - n] = a;
      names_end[n_names - 1 - n] = b;
    }

  for (n = 0; n < n_names; n++)
    add_person (s, names_start[n], names_end[n], d->end, role_end);
}

static void
find_people (Scan *s)
{
  for (guint j = 0; j < s->people.n; j++)
    {
      guint i = s->people.v[j];
      Tok *t = TOK (s, i);

      if (t->kind == LEX_PERSON)
        {
          Tok *n = i + 1 < s->n_toks ? TOK (s, i + 1) : NULL;
          gsize before = t->start, q;
          Tok *p;

          /* 委员长 赵某: a speaker line */
          while (before > 0 && is_space (char_before (s->text, 0, before, &q)))
            before = q;
          p = tok_ending_at (s, before);

          if (n != NULL && n->start == t->end && n->kind == LEX_TITLE &&
              (tok_lexflags (n) & LEX_TITLE_AFTER))
            {
              add_person (s, t->start, t->end, n->start, n->end);
              n->flags |= TOK_HAS_NAME;
            }
          else if (p != NULL && p->kind == LEX_TITLE && (tok_lexflags (p) & LEX_TITLE_BEFORE))
            add_person (s, t->start, t->end, title_start (s, p), p->end);
          else
            add_person (s, t->start, t->end, 0, 0);
        }
      else if (t->kind == LEX_TITLE)
        {
          gsize start, end, pos, next;
          gboolean spaced = FALSE;

          if (t->flags & TOK_HAS_NAME)
            continue;
          if ((tok_lexflags (t) & LEX_TITLE_AFTER) &&
              (start = minority_name_before (s, t->start)) != G_MAXSIZE)
            {
              add_person (s, start, t->start, t->start, t->end);
              continue;
            }
          if ((tok_lexflags (t) & LEX_TITLE_AFTER) &&
              (start = name_before (s, t->start)) != G_MAXSIZE)
            {
              gsize starts[16], ends[16];
              guint n = names_before (s, start, starts, ends, 16);

              /* 张某、李某副委员长: each has the title */
              while (n > 0)
                {
                  n--;
                  add_person (s, starts[n], ends[n], t->start, t->end);
                }
              add_person (s, start, t->start, t->start, t->end);
              continue;
            }
          if (!(tok_lexflags (t) & LEX_TITLE_BEFORE))
            continue;
          pos = t->end;
          while (pos < s->len && is_space (get_char (s->text, pos, s->len, &next)))
            {
              pos = next;
              spaced = TRUE;
            }
          /* A name without a surname first: the Han rules would take
           * 艾力 of 艾力·买买提, 哈丹巴 of 哈丹巴特尔 */
          if ((end = minority_name_after (s, pos)) != G_MAXSIZE ||
              (end = name_after (s, pos, spaced, t->start)) != G_MAXSIZE)
            {
              Tok *n = tok_at (s, end);

              add_person (s, pos, end, title_start (s, t), t->end);
              /* 省长许某同志: the title after is taken */
              if (n != NULL && n->kind == LEX_TITLE)
                n->flags |= TOK_HAS_NAME;
              names_after (s, end, title_start (s, t), t->end);
            }
        }
      else if (t->kind == LEX_LIST_END)
        find_list (s, i);
    }
}

static void
scan_chunk (Scan          *s,
            gsize          offset,
            EntityHitFunc  func,
            gpointer       user_data)
{
  s->n_toks = 0;
  s->orgs.n = 0;
  s->hits.n = 0;

  baogao_matcher_scan (s->m->matcher, s->text, s->len, BAOGAO_MATCH_ALL, on_match, s);
  index_tokens (s);

  find_titles (s);
  find_places (s);
  find_place_suffixes (s);
  find_orgs (s);
  find_people (s);
  emit_places (s);

  /* In place: the hits of the chunk are not looked at again */
  for (guint i = 0, title_cursor = 0; i < s->orgs.n; i++)
    {
      EntityHit *hit = &s->orgs.v[i];

      /* In a title, only the body that issues it, named first
       * (《国务院关于…的决定》), is a mention: the others are part of
       * the title's name */
      if (s->titles.n > 0)
        {
          const Title *title = title_around (s, hit->start, hit->end, &title_cursor);

          if (title != NULL && title->start != hit->start)
            continue;
        }
      hit->start += offset;
      hit->end += offset;
      func (hit, user_data);
    }
  for (guint i = 0; i < s->hits.n; i++)
    {
      EntityHit *hit = &s->hits.v[i];

      hit->start += offset;
      hit->end += offset;
      if (hit->title_end > hit->title_start)
        {
          hit->title_start += offset;
          hit->title_end += offset;
        }
      else
        hit->title_start = hit->title_end = 0;
      func (hit, user_data);
    }
}

void
entity_scan (const EntityModel *self,
             const char        *text,
             gsize              length,
             EntityHitFunc      func,
             gpointer           user_data)
{
  Scan s = { 0, };
  gsize pos = 0;

  g_return_if_fail (self != NULL);
  g_return_if_fail (text != NULL || length == 0);
  g_return_if_fail (func != NULL);

  s.m = self;
  s.cap_toks = 1024;
  s.toks = g_new (Tok, s.cap_toks + 2) + 1;
  /* The sentinel before the first token */
  s.toks[-1] = (Tok) { 0, };


  while (pos < length)
    {
      gsize end = length;

      if (length - pos > CHUNK_BYTES)
        {
          const char *nl = memchr (text + pos + CHUNK_BYTES, '\n', length - pos - CHUNK_BYTES);

          end = nl != NULL ? (gsize) (nl - text) + 1 : length;
          /* A text without line ends: cut between characters */
          if (end - pos > 4 * CHUNK_BYTES)
            {
              end = pos + 4 * CHUNK_BYTES;
              while (end > pos && (((guchar) text[end]) & 0xc0) == 0x80)
                end--;
            }
        }
      s.text = text + pos;
      s.len = end - pos;
      scan_chunk (&s, pos, func, user_data);
      pos = end;
    }

  g_free (s.toks - 1);
  g_free (s.block_toks);
  g_free (s.places.v);
  g_free (s.marks.v);
  g_free (s.people.v);
  g_free (s.orgs.v);
  g_free (s.hits.v);
  g_free (s.titles.v);
}

/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/* Tests of BaogaoMatcher: small known cases, then both match modes against
 * brute-force references on random keyword sets and texts. */

#include <string.h>

#include <baogao/baogao-error.h>
#include <baogao/baogao-matcher.h>

#include "baogao-matcher-private.h"

typedef struct
{
  gsize start;
  gsize end;
  guint value;
} Match;

typedef struct
{
  GArray *matches;
  guint stop_after;   /* 0: never stop */
} Collector;

static gboolean
collect (gsize    start,
         gsize    end,
         guint    value,
         gpointer user_data)
{
  Collector *collector = user_data;
  Match m = { start, end, value };

  g_array_append_val (collector->matches, m);

  return collector->stop_after == 0 ||
         collector->matches->len < collector->stop_after;
}

static GArray *
scan (BaogaoMatcher   *matcher,
      const char      *text,
      gssize           length,
      BaogaoMatchFlags flags)
{
  Collector collector = { g_array_new (FALSE, FALSE, sizeof (Match)), 0 };

  baogao_matcher_scan (matcher, text, length, flags, collect, &collector);

  return collector.matches;
}

/* A match given as the text before it, the keyword and its value. */
typedef struct
{
  const char *before;
  const char *keyword;
  guint value;
} Expected;

static void
assert_matches (GArray         *matches,
                const Expected *expected,
                guint           n_expected)
{
  guint i;

  for (i = 0; i < MIN (matches->len, n_expected); i++)
    {
      const Match *m = &g_array_index (matches, Match, i);
      gsize start = strlen (expected[i].before);

      g_test_message ("match %u: expected value %u at %" G_GSIZE_FORMAT,
                      i, expected[i].value, start);
      g_assert_cmpuint (m->start, ==, start);
      g_assert_cmpuint (m->end, ==, start + strlen (expected[i].keyword));
      g_assert_cmpuint (m->value, ==, expected[i].value);
    }
  g_assert_cmpuint (matches->len, ==, n_expected);
}

static void
assert_same_matches (GArray *a,
                     GArray *b)
{
  guint i;

  g_assert_cmpuint (a->len, ==, b->len);
  for (i = 0; i < a->len; i++)
    {
      const Match *ma = &g_array_index (a, Match, i);
      const Match *mb = &g_array_index (b, Match, i);

      g_assert_cmpuint (ma->start, ==, mb->start);
      g_assert_cmpuint (ma->end, ==, mb->end);
      g_assert_cmpuint (ma->value, ==, mb->value);
    }
}

static void
test_classic (void)
{
  g_autoptr(BaogaoMatcher) matcher = baogao_matcher_new ();
  g_autoptr(GArray) all = NULL;
  g_autoptr(GArray) longest = NULL;
  static const Expected expected_all[] = {
    { "u", "she", 2 },
    { "us", "he", 1 },
    { "us", "hers", 4 },
    { "ushers a", "his", 3 },
    { "ushers ahis ", "she", 2 },
    { "ushers ahis s", "he", 1 },
  };
  static const Expected expected_longest[] = {
    { "u", "she", 2 },
    { "ushers a", "his", 3 },
    { "ushers ahis ", "she", 2 },
  };

  baogao_matcher_add (matcher, "he", 1);
  baogao_matcher_add (matcher, "she", 2);
  baogao_matcher_add (matcher, "his", 3);
  baogao_matcher_add (matcher, "hers", 4);
  baogao_matcher_seal (matcher);
  g_assert_cmpuint (baogao_matcher_get_n_keywords (matcher), ==, 4);

  all = scan (matcher, "ushers ahis she", -1, BAOGAO_MATCH_ALL);
  assert_matches (all, expected_all, G_N_ELEMENTS (expected_all));

  longest = scan (matcher, "ushers ahis she", -1, BAOGAO_MATCH_LONGEST);
  assert_matches (longest, expected_longest, G_N_ELEMENTS (expected_longest));
}

enum {
  FAGUI = 1,
  DIFANG_FAGUI,
  TIAOLI,
  RENDA_CHANGWEIHUI,
  CHANGWEIHUI,
};

static BaogaoMatcher *
make_chinese_matcher (void)
{
  BaogaoMatcher *matcher = baogao_matcher_new ();

  baogao_matcher_add (matcher, "法规", FAGUI);
  baogao_matcher_add (matcher, "地方性法规", DIFANG_FAGUI);
  baogao_matcher_add (matcher, "条例", TIAOLI);
  baogao_matcher_add (matcher, "人大常委会", RENDA_CHANGWEIHUI);
  baogao_matcher_add (matcher, "常委会", CHANGWEIHUI);

  return matcher;
}

static void
test_chinese (void)
{
  g_autoptr(BaogaoMatcher) matcher = make_chinese_matcher ();
  g_autoptr(GArray) all = NULL;
  g_autoptr(GArray) longest = NULL;
  const char *text = "本届人大常委会审议通过地方性法规八件，其中条例五件；常委会还清理了法规。";
  static const Expected expected_all[] = {
    { "本届", "人大常委会", RENDA_CHANGWEIHUI },
    { "本届人大", "常委会", CHANGWEIHUI },
    { "本届人大常委会审议通过", "地方性法规", DIFANG_FAGUI },
    { "本届人大常委会审议通过地方性", "法规", FAGUI },
    { "本届人大常委会审议通过地方性法规八件，其中", "条例", TIAOLI },
    { "本届人大常委会审议通过地方性法规八件，其中条例五件；", "常委会", CHANGWEIHUI },
    { "本届人大常委会审议通过地方性法规八件，其中条例五件；常委会还清理了", "法规", FAGUI },
  };
  static const Expected expected_longest[] = {
    { "本届", "人大常委会", RENDA_CHANGWEIHUI },
    { "本届人大常委会审议通过", "地方性法规", DIFANG_FAGUI },
    { "本届人大常委会审议通过地方性法规八件，其中", "条例", TIAOLI },
    { "本届人大常委会审议通过地方性法规八件，其中条例五件；", "常委会", CHANGWEIHUI },
    { "本届人大常委会审议通过地方性法规八件，其中条例五件；常委会还清理了", "法规", FAGUI },
  };

  all = scan (matcher, text, -1, BAOGAO_MATCH_ALL);
  assert_matches (all, expected_all, G_N_ELEMENTS (expected_all));

  longest = scan (matcher, text, -1, BAOGAO_MATCH_LONGEST);
  assert_matches (longest, expected_longest, G_N_ELEMENTS (expected_longest));
}

/* Leftmost wins over longest: 委会法规 is found by its leftmost keyword. */
static void
test_leftmost (void)
{
  g_autoptr(BaogaoMatcher) matcher = baogao_matcher_new ();
  g_autoptr(GArray) longest = NULL;
  g_autoptr(GArray) all = NULL;
  static const Expected expected_longest[] = {
    { "", "常委", 1 },
    { "常委会", "法规", 3 },
  };
  static const Expected expected_all[] = {
    { "", "常委", 1 },
    { "常委会", "法规", 3 },
    { "常", "委会法规条例", 2 },
  };

  baogao_matcher_add (matcher, "常委", 1);
  baogao_matcher_add (matcher, "委会法规条例", 2);
  baogao_matcher_add (matcher, "法规", 3);

  /* Not sealed: the first scan seals. */
  longest = scan (matcher, "常委会法规条例", -1, BAOGAO_MATCH_LONGEST);
  assert_matches (longest, expected_longest, G_N_ELEMENTS (expected_longest));

  all = scan (matcher, "常委会法规条例", -1, BAOGAO_MATCH_ALL);
  assert_matches (all, expected_all, G_N_ELEMENTS (expected_all));
}

static void
test_values (void)
{
  g_autoptr(BaogaoMatcher) matcher = baogao_matcher_new ();
  g_autoptr(GArray) all = NULL;
  static const Expected expected[] = {
    { "审议", "条例", 7 },
  };

  baogao_matcher_add (matcher, "条例", 1);
  baogao_matcher_add (matcher, "条例", 7);
  g_assert_cmpuint (baogao_matcher_get_n_keywords (matcher), ==, 1);
  baogao_matcher_seal (matcher);
  baogao_matcher_seal (matcher);
  g_assert_cmpuint (baogao_matcher_get_n_keywords (matcher), ==, 1);

  all = scan (matcher, "审议条例", -1, BAOGAO_MATCH_ALL);
  assert_matches (all, expected, G_N_ELEMENTS (expected));
}

static void
test_length (void)
{
  g_autoptr(BaogaoMatcher) matcher = make_chinese_matcher ();
  const char *text = "修改条例和法规";
  gsize cut = strlen ("修改条例和法");
  GArray *matches;
  BaogaoMatchFlags flags;

  for (flags = BAOGAO_MATCH_ALL; flags <= BAOGAO_MATCH_LONGEST; flags++)
    {
      static const Expected expected[] = {
        { "修改", "条例", TIAOLI },
      };

      /* A keyword running past @length is not found. */
      matches = scan (matcher, text, cut, flags);
      assert_matches (matches, expected, G_N_ELEMENTS (expected));
      g_array_unref (matches);

      matches = scan (matcher, text, strlen (text), flags);
      g_assert_cmpuint (matches->len, ==, 2);
      g_array_unref (matches);
    }
}

static void
test_empty (void)
{
  g_autoptr(BaogaoMatcher) matcher = make_chinese_matcher ();
  g_autoptr(BaogaoMatcher) nothing = baogao_matcher_new ();
  BaogaoMatchFlags flags;

  for (flags = BAOGAO_MATCH_ALL; flags <= BAOGAO_MATCH_LONGEST; flags++)
    {
      GArray *matches;

      matches = scan (matcher, "", -1, flags);
      g_assert_cmpuint (matches->len, ==, 0);
      g_array_unref (matches);

      matches = scan (matcher, "条例", 0, flags);
      g_assert_cmpuint (matches->len, ==, 0);
      g_array_unref (matches);

      matches = scan (matcher, NULL, 0, flags);
      g_assert_cmpuint (matches->len, ==, 0);
      g_array_unref (matches);

      /* No keywords at all. */
      matches = scan (nothing, "条例", -1, flags);
      g_assert_cmpuint (matches->len, ==, 0);
      g_array_unref (matches);
    }

  g_assert_cmpuint (baogao_matcher_get_n_keywords (nothing), ==, 0);
}

static void
test_stop (void)
{
  g_autoptr(BaogaoMatcher) matcher = make_chinese_matcher ();
  const char *text = "人大常委会制定地方性法规和条例，常委会批准条例。";
  BaogaoMatchFlags flags;

  for (flags = BAOGAO_MATCH_ALL; flags <= BAOGAO_MATCH_LONGEST; flags++)
    {
      guint n;

      for (n = 1; n <= 3; n++)
        {
          Collector collector = { g_array_new (FALSE, FALSE, sizeof (Match)), n };
          g_autoptr(GArray) full = scan (matcher, text, -1, flags);

          baogao_matcher_scan (matcher, text, -1, flags, collect, &collector);
          g_assert_cmpuint (collector.matches->len, ==, n);
          g_array_set_size (full, n);
          assert_same_matches (collector.matches, full);
          g_array_unref (collector.matches);
        }
    }
}

/* A keyword longer than the ring the longest mode keeps on the stack. */
static void
test_long_keyword (void)
{
  g_autoptr(BaogaoMatcher) matcher = baogao_matcher_new ();
  g_autoptr(GString) keyword = g_string_new (NULL);
  g_autoptr(GString) text = g_string_new ("前言");
  g_autoptr(GArray) matches = NULL;
  guint i;

  for (i = 0; i < 120; i++)
    g_string_append (keyword, i % 2 ? "法" : "规");
  baogao_matcher_add (matcher, keyword->str, 1);
  baogao_matcher_add (matcher, "规法", 2);
  g_string_append (text, keyword->str);
  g_string_append (text, "规法");

  matches = scan (matcher, text->str, text->len, BAOGAO_MATCH_LONGEST);
  g_assert_cmpuint (matches->len, ==, 2);
  g_assert_cmpuint (g_array_index (matches, Match, 0).start, ==, strlen ("前言"));
  g_assert_cmpuint (g_array_index (matches, Match, 0).end, ==,
                    strlen ("前言") + keyword->len);
  g_assert_cmpuint (g_array_index (matches, Match, 1).value, ==, 2);
}

static void
test_boxed (void)
{
  BaogaoMatcher *matcher = make_chinese_matcher ();
  BaogaoMatcher *copy;

  g_assert_true (G_TYPE_IS_BOXED (BAOGAO_TYPE_MATCHER));
  copy = g_boxed_copy (BAOGAO_TYPE_MATCHER, matcher);
  g_assert_true (copy == matcher);
  g_boxed_free (BAOGAO_TYPE_MATCHER, copy);
  g_assert_true (baogao_matcher_ref (matcher) == matcher);
  baogao_matcher_unref (matcher);
  baogao_matcher_unref (matcher);
}

static void
test_refused (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(BaogaoMatcher) matcher = baogao_matcher_new ();

      baogao_matcher_add (matcher, "", 1);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*CRITICAL*keyword[0] != '\\0'*");
}

static void
test_refused_invalid (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(BaogaoMatcher) matcher = baogao_matcher_new ();

      baogao_matcher_add (matcher, "\xe6\x9d", 1);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*CRITICAL*g_utf8_validate*");
}

/* Each form g_utf8_validate() refuses is refused, whether the keyword
 * starts new or down a path other keywords already made, and nothing of
 * it is added. */
static void
test_refused_forms (void)
{
  static const char * const invalid[] = {
    "\x80",                   /* continuation byte alone */
    "\xc0\xaf",               /* overlong, two bytes */
    "\xc1\xbf",
    "\xe0\x80\xaf",           /* overlong, three bytes */
    "\xe0\x9f\xbf",
    "\xed\xa0\x80",           /* surrogates */
    "\xed\xbf\xbf",
    "\xf0\x8f\xbf\xbf",       /* overlong, four bytes */
    "\xf4\x90\x80\x80",       /* beyond U+10FFFF */
    "\xf5\x80\x80\x80",
    "\xf8\x88\x80\x80\x80",   /* five bytes */
    "\xfe", "\xff",
    "\xe6\xb3",               /* cut short */
    "\xe6",
    "\xf0\xa0\x80",
    "\xc3",
    "\xe6\x41\x95",           /* not a continuation */
    "\xf0\xa0\x41\x80",
  };
  static const char * const prefixes[] = { "", "法", "法规", "a", "法规条例人大常委会" };
  g_autoptr(BaogaoMatcher) matcher = baogao_matcher_new ();
  g_autoptr(GArray) matches = NULL;
  guint i, j;

  baogao_matcher_add (matcher, "法规条例人大常委会", 1);
  baogao_matcher_add (matcher, "a", 2);

  for (i = 0; i < G_N_ELEMENTS (invalid); i++)
    for (j = 0; j < G_N_ELEMENTS (prefixes); j++)
      {
        g_autofree char *before = g_strconcat (prefixes[j], invalid[i], NULL);
        g_autofree char *after = g_strconcat (prefixes[j], invalid[i], "条", NULL);

        g_assert_false (g_utf8_validate (before, -1, NULL));
        g_test_expect_message ("Baogao", G_LOG_LEVEL_CRITICAL, "*g_utf8_validate*");
        baogao_matcher_add (matcher, before, 3);
        g_test_assert_expected_messages ();
        g_test_expect_message ("Baogao", G_LOG_LEVEL_CRITICAL, "*g_utf8_validate*");
        baogao_matcher_add (matcher, after, 4);
        g_test_assert_expected_messages ();
      }
  g_assert_cmpuint (baogao_matcher_get_n_keywords (matcher), ==, 2);

  /* Nothing half added: the automaton has the two keywords only. */
  matches = scan (matcher, "法规条例人大常委会a条法规", -1, BAOGAO_MATCH_ALL);
  g_assert_cmpuint (matches->len, ==, 2);
  g_assert_cmpuint (g_array_index (matches, Match, 0).value, ==, 1);
  g_assert_cmpuint (g_array_index (matches, Match, 1).value, ==, 2);
}

static guint n_criticals;

static void
count_criticals (const char     *log_domain,
                 GLogLevelFlags  log_level,
                 const char     *message,
                 gpointer        user_data)
{
  n_criticals++;
}

/* Byte sequences of one to four bytes, from bytes at every boundary of
 * UTF-8: each is a keyword if and only if g_utf8_validate() takes it. */
static void
test_validity (void)
{
  static const guint8 bytes[] = {
    0x01, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2,
    0xdf, 0xe0, 0xe1, 0xec, 0xed, 0xee, 0xef, 0xf0, 0xf1, 0xf3, 0xf4, 0xf5,
    0xf7, 0xf8, 0xfb, 0xfc, 0xfe, 0xff,
  };
  static const guint8 tails[] = { 0x41, 0x80, 0x8f, 0x90, 0xa0, 0xbf, 0xc0 };
  g_autoptr(BaogaoMatcher) matcher = baogao_matcher_new ();
  GLogLevelFlags fatal = g_log_set_always_fatal (G_LOG_FATAL_MASK);
  guint handler = g_log_set_handler ("Baogao", G_LOG_LEVEL_CRITICAL, count_criticals, NULL);
  guint n_valid = 0, n_invalid = 0;
  guint a, b, c, d;

  n_criticals = 0;
  for (a = 0; a < G_N_ELEMENTS (bytes); a++)
    for (b = 0; b <= G_N_ELEMENTS (bytes); b++)
      for (c = 0; c <= (b < G_N_ELEMENTS (bytes) ? G_N_ELEMENTS (bytes) : 0); c++)
        for (d = 0; d <= (c < G_N_ELEMENTS (bytes) ? G_N_ELEMENTS (tails) : 0); d++)
          {
            char keyword[5] = { 0, };
            guint n = 0;

            keyword[n++] = bytes[a];
            if (b < G_N_ELEMENTS (bytes))
              keyword[n++] = bytes[b];
            if (b < G_N_ELEMENTS (bytes) && c < G_N_ELEMENTS (bytes))
              keyword[n++] = bytes[c];
            if (b < G_N_ELEMENTS (bytes) && c < G_N_ELEMENTS (bytes) && d < G_N_ELEMENTS (tails))
              keyword[n++] = tails[d];

            if (g_utf8_validate (keyword, -1, NULL))
              {
                guint before = baogao_matcher_get_n_keywords (matcher);

                baogao_matcher_add (matcher, keyword, n);
                /* Each sequence is one keyword; some come twice. */
                g_assert_cmpuint (baogao_matcher_get_n_keywords (matcher), <=, before + 1);
                n_valid++;
              }
            else
              {
                guint before = n_criticals;

                baogao_matcher_add (matcher, keyword, n);
                g_assert_cmpuint (n_criticals, ==, before + 1);
                n_invalid++;
              }
          }
  g_assert_cmpuint (n_criticals, ==, n_invalid);
  g_log_remove_handler ("Baogao", handler);
  g_log_set_always_fatal (fatal);
  g_test_message ("%u valid, %u invalid sequences", n_valid, n_invalid);
  g_assert_cmpuint (n_valid, >, 0);
}

static void
test_refused_sealed (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(BaogaoMatcher) matcher = make_chinese_matcher ();
      g_autoptr(GArray) matches = scan (matcher, "条例", -1, BAOGAO_MATCH_ALL);

      g_assert_cmpuint (matches->len, ==, 1);
      baogao_matcher_add (matcher, "决定", 1);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*CRITICAL*!self->sealed*");
}

/* Random keyword sets and texts against brute force. */

typedef struct
{
  GHashTable *values;    /* keyword → last value */
  GHashTable *buckets;   /* first character → GPtrArray of keywords,
                          * longest first */
} Reference;

static void
reference_clear (Reference *ref)
{
  g_clear_pointer (&ref->buckets, g_hash_table_unref);
  g_clear_pointer (&ref->values, g_hash_table_unref);
}

static int
compare_longest_first (gconstpointer a,
                       gconstpointer b)
{
  const char *ka = *(const char * const *) a;
  const char *kb = *(const char * const *) b;
  gsize la = strlen (ka), lb = strlen (kb);

  if (la != lb)
    return la > lb ? -1 : 1;
  return strcmp (ka, kb);
}

static char *
random_string (GRand              *rand,
               const char * const *alphabet,
               guint               n_letters,
               guint               min_length,
               guint               max_length)
{
  GString *s = g_string_new (NULL);
  guint n = g_rand_int_range (rand, min_length, max_length + 1);
  guint i;

  for (i = 0; i < n; i++)
    g_string_append (s, alphabet[g_rand_int_range (rand, 0, n_letters)]);

  return g_string_free (s, FALSE);
}

/* Adds @n random keywords of @min_length to @max_length letters to
 * @matcher and @ref, some twice. */
static void
add_random_keywords_from (GRand              *rand,
                          BaogaoMatcher      *matcher,
                          Reference          *ref,
                          const char * const *alphabet,
                          guint               n_letters,
                          guint               n,
                          guint               min_length,
                          guint               max_length)
{
  GHashTableIter iter;
  gpointer key, bucket;
  guint i;

  ref->values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  ref->buckets = g_hash_table_new_full (NULL, NULL, NULL,
                                        (GDestroyNotify) g_ptr_array_unref);

  for (i = 0; i < n; i++)
    {
      char *keyword = random_string (rand, alphabet, n_letters, min_length, max_length);
      guint value = g_rand_int_range (rand, 0, 1000);

      baogao_matcher_add (matcher, keyword, value);
      g_hash_table_replace (ref->values, keyword, GUINT_TO_POINTER (value));
    }

  g_assert_cmpuint (baogao_matcher_get_n_keywords (matcher), ==,
                    g_hash_table_size (ref->values));

  /* Only to make the brute force affordable for thousands of keywords. */
  g_hash_table_iter_init (&iter, ref->values);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      gpointer first = GUINT_TO_POINTER (g_utf8_get_char (key));

      bucket = g_hash_table_lookup (ref->buckets, first);
      if (bucket == NULL)
        {
          bucket = g_ptr_array_new ();
          g_hash_table_insert (ref->buckets, first, bucket);
        }
      g_ptr_array_add (bucket, key);
    }

  g_hash_table_iter_init (&iter, ref->buckets);
  while (g_hash_table_iter_next (&iter, NULL, &bucket))
    g_ptr_array_sort (bucket, compare_longest_first);
}

/* Adds @n random keywords to @matcher and @ref, some twice. */
static void
add_random_keywords (GRand              *rand,
                     BaogaoMatcher      *matcher,
                     Reference          *ref,
                     const char * const *alphabet,
                     guint               n_letters,
                     guint               n,
                     guint               max_length)
{
  add_random_keywords_from (rand, matcher, ref, alphabet, n_letters, n, 1,
                            max_length);
}

/* Adds the NULL-terminated @keywords to @matcher and @ref, each with its
 * index as value. */
static void
add_keyword_list (BaogaoMatcher      *matcher,
                  Reference          *ref,
                  const char * const *keywords)
{
  GHashTableIter iter;
  gpointer key, bucket;
  guint i;

  ref->values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  ref->buckets = g_hash_table_new_full (NULL, NULL, NULL,
                                        (GDestroyNotify) g_ptr_array_unref);

  for (i = 0; keywords[i] != NULL; i++)
    {
      baogao_matcher_add (matcher, keywords[i], i);
      g_hash_table_replace (ref->values, g_strdup (keywords[i]), GUINT_TO_POINTER (i));
    }

  g_hash_table_iter_init (&iter, ref->values);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      gpointer first = GUINT_TO_POINTER (g_utf8_get_char (key));

      bucket = g_hash_table_lookup (ref->buckets, first);
      if (bucket == NULL)
        {
          bucket = g_ptr_array_new ();
          g_hash_table_insert (ref->buckets, first, bucket);
        }
      g_ptr_array_add (bucket, key);
    }

  g_hash_table_iter_init (&iter, ref->buckets);
  while (g_hash_table_iter_next (&iter, NULL, &bucket))
    g_ptr_array_sort (bucket, compare_longest_first);
}

/* Every keyword matching at @start, longest first. */
static void
brute_at (const Reference *ref,
          const char      *text,
          gsize            length,
          gsize            start,
          GArray          *matches)
{
  gunichar first = g_utf8_get_char_validated (text + start, length - start);
  GPtrArray *bucket;
  guint k;

  if (first == (gunichar) -1 || first == (gunichar) -2)
    return;

  bucket = g_hash_table_lookup (ref->buckets, GUINT_TO_POINTER (first));
  for (k = 0; bucket != NULL && k < bucket->len; k++)
    {
      const char *keyword = g_ptr_array_index (bucket, k);
      gsize n = strlen (keyword);

      if (start + n <= length && memcmp (text + start, keyword, n) == 0)
        {
          Match m = {
            start, start + n,
            GPOINTER_TO_UINT (g_hash_table_lookup (ref->values, keyword)),
          };

          g_array_append_val (matches, m);
        }
    }
}

static int
compare_by_end_longest_first (gconstpointer a,
                              gconstpointer b)
{
  const Match *ma = a;
  const Match *mb = b;

  if (ma->end != mb->end)
    return ma->end < mb->end ? -1 : 1;
  if (ma->start != mb->start)
    return ma->start < mb->start ? -1 : 1;
  return 0;
}

static GArray *
brute_all (const Reference *ref,
           const char      *text,
           gsize            length)
{
  GArray *matches = g_array_new (FALSE, FALSE, sizeof (Match));
  gsize start;

  for (start = 0; start < length; start++)
    brute_at (ref, text, length, start, matches);
  g_array_sort (matches, compare_by_end_longest_first);

  return matches;
}

static GArray *
brute_longest (const Reference *ref,
               const char      *text,
               gsize            length)
{
  g_autoptr(GArray) here = g_array_new (FALSE, FALSE, sizeof (Match));
  GArray *matches = g_array_new (FALSE, FALSE, sizeof (Match));
  gsize start = 0;

  while (start < length)
    {
      g_array_set_size (here, 0);
      brute_at (ref, text, length, start, here);

      if (here->len > 0)
        {
          Match m = g_array_index (here, Match, 0);

          g_array_append_val (matches, m);
          start = m.end;
        }
      else
        {
          start++;
        }
    }

  return matches;
}

static void
check_against_reference (BaogaoMatcher   *matcher,
                         const Reference *ref,
                         const char      *text)
{
  gsize length = strlen (text);
  g_autoptr(GArray) all = scan (matcher, text, length, BAOGAO_MATCH_ALL);
  g_autoptr(GArray) all_ref = brute_all (ref, text, length);
  g_autoptr(GArray) longest = scan (matcher, text, -1, BAOGAO_MATCH_LONGEST);
  g_autoptr(GArray) longest_ref = brute_longest (ref, text, length);

  assert_same_matches (all, all_ref);
  assert_same_matches (longest, longest_ref);
}

static const char * const chinese_letters[] = {
  "法", "规", "条", "例", "人", "大", "常", "委", "会", "，",
};

static const char * const ascii_letters[] = { "a", "b", "c" };

static void
run_random_rounds (const char * const *alphabet,
                   guint               n_letters,
                   guint               max_keyword_length,
                   guint               seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  guint round;

  for (round = 0; round < 300; round++)
    {
      g_autoptr(BaogaoMatcher) matcher = baogao_matcher_new ();
      Reference ref = { NULL, };
      guint n_keywords = g_rand_int_range (rand, 1, 40);
      guint t;

      add_random_keywords (rand, matcher, &ref, alphabet, n_letters,
                           n_keywords, max_keyword_length);
      if (g_rand_boolean (rand))
        baogao_matcher_seal (matcher);

      for (t = 0; t < 4; t++)
        {
          g_autofree char *text =
            random_string (rand, alphabet, n_letters, 0, 200);

          check_against_reference (matcher, &ref, text);
        }

      reference_clear (&ref);
    }
}

static void
test_random_chinese (void)
{
  /* Letters are taken at random from the first few only, so that keywords
   * overlap a lot. */
  run_random_rounds (chinese_letters, 4, 5, 20260101);
  run_random_rounds (chinese_letters, G_N_ELEMENTS (chinese_letters), 6, 7);
}

static void
test_random_ascii (void)
{
  /* Two or three letters and long keywords: deep failure chains, many
   * nested matches. */
  run_random_rounds (ascii_letters, 2, 12, 42);
  run_random_rounds (ascii_letters, 3, 8, 4242);
}

/* Many keywords over many characters: more states than dense rows, so most
 * steps take the sparse path. */
static void
test_random_large (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (99);
  g_autoptr(BaogaoMatcher) matcher = baogao_matcher_new ();
  g_autoptr(GPtrArray) letters = g_ptr_array_new_with_free_func (g_free);
  Reference ref = { NULL, };
  guint i;

  /* 40 CJK characters from different rows of the block. */
  for (i = 0; i < 40; i++)
    {
      char buf[8] = { 0, };

      g_unichar_to_utf8 (0x4E00 + i * 397, buf);
      g_ptr_array_add (letters, g_strdup (buf));
    }

  add_random_keywords (rand, matcher, &ref,
                       (const char * const *) letters->pdata, letters->len,
                       4000, 6);
  baogao_matcher_seal (matcher);

  for (i = 0; i < 50; i++)
    {
      g_autofree char *text = random_string (rand,
                                             (const char * const *) letters->pdata,
                                             letters->len, 0, 3000);

      check_against_reference (matcher, &ref, text);
    }

  reference_clear (&ref);
}

/* Every character of a given UTF-8 length as a keyword of its own: each
 * is found, with its own value, and nothing else is. The scan reads
 * characters through tables indexed by their bits; this checks that no
 * two characters share an entry. */

typedef struct
{
  const char *text;
  gsize expected_start;
  guint n;
  gboolean failed;
} EveryData;

static gboolean
check_every (gsize    start,
             gsize    end,
             guint    value,
             gpointer user_data)
{
  EveryData *data = user_data;
  gunichar c = g_utf8_get_char (data->text + start);

  if (start != data->expected_start || c != value
      || end != start + g_unichar_to_utf8 (c, NULL))
    {
      g_test_message ("match %u: [%" G_GSIZE_FORMAT ", %" G_GSIZE_FORMAT ") value U+%04X,"
                      " expected at %" G_GSIZE_FORMAT, data->n, start, end, value,
                      data->expected_start);
      data->failed = TRUE;
      return FALSE;
    }

  data->expected_start = end;
  data->n++;

  return TRUE;
}

static void
check_every_character (const gunichar *chars,
                       guint           n_chars,
                       const char     *junk)
{
  g_autoptr(BaogaoMatcher) matcher = baogao_matcher_new ();
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GArray) matches = NULL;
  EveryData data = { NULL, 0, 0, FALSE };
  guint i;

  for (i = 0; i < n_chars; i++)
    {
      char buf[8] = { 0, };

      g_unichar_to_utf8 (chars[i], buf);
      baogao_matcher_add (matcher, buf, chars[i]);
      g_string_append (text, buf);
    }
  baogao_matcher_seal (matcher);
  g_assert_cmpuint (baogao_matcher_get_n_keywords (matcher), ==, n_chars);

  data.text = text->str;
  baogao_matcher_scan (matcher, text->str, text->len, BAOGAO_MATCH_ALL, check_every, &data);
  g_assert_false (data.failed);
  g_assert_cmpuint (data.n, ==, n_chars);

  data.expected_start = 0;
  data.n = 0;
  baogao_matcher_scan (matcher, text->str, text->len, BAOGAO_MATCH_LONGEST, check_every, &data);
  g_assert_false (data.failed);
  g_assert_cmpuint (data.n, ==, n_chars);

  /* Byte sequences shaped like characters of these lengths but invalid
   * (overlong forms, surrogates, beyond U+10FFFF) match nothing. */
  matches = scan (matcher, junk, -1, BAOGAO_MATCH_ALL);
  g_assert_cmpuint (matches->len, ==, 0);
}

static void
test_every_character (void)
{
  g_autoptr(GArray) chars = g_array_new (FALSE, FALSE, sizeof (gunichar));
  g_autoptr(GString) junk = g_string_new (NULL);
  gunichar c;
  guint b;

  /* Three-byte characters: as many as there are classes. */
  for (c = 0x800; c <= 0xffff; c++)
    if (c < 0xd800 || c > 0xdfff)
      g_array_append_val (chars, c);
  for (b = 0; b < 0x800; b += 7)
    {
      /* Overlong forms of U+0000–U+07FF */
      g_string_append_c (junk, (char) 0xe0);
      g_string_append_c (junk, (char) (0x80 | b >> 6));
      g_string_append_c (junk, (char) (0x80 | (b & 0x3f)));
    }
  for (b = 0xd800; b <= 0xdfff; b += 5)
    {
      /* Surrogates */
      g_string_append_c (junk, (char) (0xe0 | b >> 12));
      g_string_append_c (junk, (char) (0x80 | (b >> 6 & 0x3f)));
      g_string_append_c (junk, (char) (0x80 | (b & 0x3f)));
    }
  check_every_character ((const gunichar *) chars->data, chars->len, junk->str);

  /* ASCII, two-byte characters and some four-byte ones. */
  g_array_set_size (chars, 0);
  g_string_truncate (junk, 0);
  for (c = 1; c <= 0x7ff; c++)
    g_array_append_val (chars, c);
  for (c = 0x10000; c <= 0x10ffff; c += 251)
    g_array_append_val (chars, c);
  /* Overlong forms of ASCII and of four-byte characters, beyond U+10FFFF,
   * lone continuation bytes, bytes that begin nothing */
  g_string_append (junk, "\xc1\xa1\xc0\x80\xc1\xbf\xf0\x80\x80\x80\xf0\x8f\xbf\xbf"
                         "\xf4\x90\x80\x80\xf7\xbf\xbf\xbf\x80\xbf\xf8\xff\xfe");
  check_every_character ((const gunichar *) chars->data, chars->len, junk->str);
}

/* Texts with broken UTF-8 around keyword characters of every length:
 * matches are the byte ranges equal to a keyword, as brute force finds
 * them, never inside a broken sequence; every prefix of the text too,
 * which cuts characters at the end. */
static const char * const mixed_letters[] = {
  "法", "规", "a", "%", "é", "·", "\xf0\xa0\x80\x80", "，",
};

static const char * const broken_pieces[] = {
  "\xe6", "\xe6\xb3", "\xb3", "\x95", "\xc3", "\xf0\xa0", "\xf0\xa0\x80",
  "\xc1\xa1", "\xe0\x80\xa5", "\xed\xa0\x80", "\xff", "\xf8\x88\x80\x80\x80",
  "\xe6\xb3\xe6\xb3\x95",
};

static char *
random_broken_text (GRand *rand,
                    guint  n_pieces)
{
  GString *s = g_string_new (NULL);
  guint i;

  for (i = 0; i < n_pieces; i++)
    {
      if (g_rand_int_range (rand, 0, 4) == 0)
        g_string_append (s, broken_pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (broken_pieces))]);
      else
        g_string_append (s, mixed_letters[g_rand_int_range (rand, 0, G_N_ELEMENTS (mixed_letters))]);
    }

  return g_string_free (s, FALSE);
}

/* No keyword of one character: at the root, the scan looks up only the
 * second of two Chinese characters, unless it may start or go on with a
 * keyword (second_class). With few characters the class table is of
 * bytes, with many (one round in five) of guint16. Texts of Chinese and
 * other characters, broken ones too, so that pairs fall at every offset;
 * loaded from bytes as well. */
static void
test_random_skip (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (5150);
  g_autoptr(GPtrArray) many = g_ptr_array_new_with_free_func (g_free);
  guint round;

  for (guint i = 0; i < 400; i++)
    {
      char buf[8] = { 0, };

      g_unichar_to_utf8 (0x4E00 + i * 37, buf);
      g_ptr_array_add (many, g_strdup (buf));
    }

  for (round = 0; round < 250; round++)
    {
      g_autoptr(BaogaoMatcher) matcher = baogao_matcher_new ();
      g_autoptr(BaogaoMatcher) loaded = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      Reference ref = { NULL, };
      gboolean wide = round % 5 == 4;
      const char * const *alphabet = wide ? (const char * const *) many->pdata
                                     : round % 2 ? chinese_letters : mixed_letters;
      guint n_letters = wide ? many->len
                        : round % 2 ? G_N_ELEMENTS (chinese_letters) - (round / 2) % 6
                        : G_N_ELEMENTS (mixed_letters);

      add_random_keywords_from (rand, matcher, &ref, alphabet, n_letters,
                                wide ? 600 : g_rand_int_range (rand, 1, 40),
                                2, 2 + round % 5);
      baogao_matcher_seal (matcher);
      g_assert_cmpuint (matcher->second_class, >, 0);
      g_assert_cmpuint (matcher->class_width, ==, wide ? 2 : 1);
      bytes = baogao_matcher_serialize (matcher);
      loaded = baogao_matcher_new_from_bytes (bytes, FALSE, &error);
      g_assert_no_error (error);

      for (guint t = 0; t < 4; t++)
        {
          g_autofree char *text = !wide && t == 3
                                  ? random_broken_text (rand, 150)
                                  : random_string (rand, alphabet, n_letters, 0, 300);

          check_against_reference (matcher, &ref, text);
          check_against_reference (loaded, &ref, text);
        }
      reference_clear (&ref);
    }
}

/* Long keywords over characters of every length: the new part of a
 * keyword is often longer than what add() keeps on the way. */
static void
test_random_long (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (777);
  guint round;

  for (round = 0; round < 60; round++)
    {
      g_autoptr(BaogaoMatcher) matcher = baogao_matcher_new ();
      Reference ref = { NULL, };
      guint t;

      add_random_keywords (rand, matcher, &ref, mixed_letters, 3 + round % 6,
                           g_rand_int_range (rand, 1, 60), 40);
      for (t = 0; t < 3; t++)
        {
          g_autofree char *text = random_string (rand, mixed_letters, 3 + round % 6, 0, 400);

          check_against_reference (matcher, &ref, text);
        }
      reference_clear (&ref);
    }
}

static void
test_random_broken (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (1234);
  guint round;

  for (round = 0; round < 200; round++)
    {
      g_autoptr(BaogaoMatcher) matcher = baogao_matcher_new ();
      Reference ref = { NULL, };
      guint t;

      add_random_keywords (rand, matcher, &ref, mixed_letters,
                           G_N_ELEMENTS (mixed_letters),
                           g_rand_int_range (rand, 1, 30), 4);

      for (t = 0; t < 3; t++)
        {
          g_autofree char *text = random_broken_text (rand, g_rand_int_range (rand, 0, 60));
          gsize length = strlen (text), cut;

          check_against_reference (matcher, &ref, text);

          for (cut = 0; cut <= length; cut++)
            {
              g_autoptr(GArray) all = scan (matcher, text, cut, BAOGAO_MATCH_ALL);
              g_autoptr(GArray) all_ref = brute_all (&ref, text, cut);
              g_autoptr(GArray) longest = scan (matcher, text, cut, BAOGAO_MATCH_LONGEST);
              g_autoptr(GArray) longest_ref = brute_longest (&ref, text, cut);

              assert_same_matches (all, all_ref);
              assert_same_matches (longest, longest_ref);
            }
        }

      reference_clear (&ref);
    }
}

/* Every window of texts mixing characters of every length, broken
 * sequences and keyword pieces: windows that start inside a character or
 * a broken sequence, end by cutting one, or are shorter or longer than
 * what the scan's fast loop needs, so that its fast and careful paths
 * meet at every offset. */
static void
test_random_windows (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (4321);
  guint round;

  for (round = 0; round < 40; round++)
    {
      g_autoptr(BaogaoMatcher) matcher = baogao_matcher_new ();
      Reference ref = { NULL, };
      g_autofree char *text = NULL;
      gsize length, start, end;

      add_random_keywords (rand, matcher, &ref, mixed_letters,
                           G_N_ELEMENTS (mixed_letters),
                           g_rand_int_range (rand, 1, 30), 5);
      text = random_broken_text (rand, g_rand_int_range (rand, 10, 40));
      length = strlen (text);

      for (start = 0; start < length; start++)
        for (end = start; end <= length && end <= start + 48; end++)
          {
            /* A copy of its own, so that memory checkers see any read
             * past its end */
            g_autofree char *window = g_memdup2 (text + start, MAX (end - start, 1));
            g_autoptr(GArray) all = scan (matcher, window, end - start, BAOGAO_MATCH_ALL);
            g_autoptr(GArray) all_ref = brute_all (&ref, window, end - start);
            g_autoptr(GArray) longest = scan (matcher, window, end - start,
                                              BAOGAO_MATCH_LONGEST);
            g_autoptr(GArray) longest_ref = brute_longest (&ref, window, end - start);

            assert_same_matches (all, all_ref);
            assert_same_matches (longest, longest_ref);
          }

      reference_clear (&ref);
    }
}

/* Leftmost-longest while a long keyword is in progress: the shorter
 * matches inside it stay candidates over long stretches, through which
 * the scan runs its fast loop, and are taken or dropped late; with
 * keywords longer than the candidates kept on the stack too. */
static void
test_longest_pending (void)
{
  static const char * const pieces[] = { "法", "规", "规规规规规", "条", "例", "a", "，" };
  g_autoptr(GRand) rand = g_rand_new_with_seed (8086);
  g_autoptr(GPtrArray) keywords = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(BaogaoMatcher) matcher = baogao_matcher_new ();
  Reference ref = { NULL, };
  const guint lengths[] = { 20, 100, 300 };
  guint i, t;

  g_ptr_array_add (keywords, g_strdup ("规规"));
  g_ptr_array_add (keywords, g_strdup ("法规"));
  g_ptr_array_add (keywords, g_strdup ("规条"));
  g_ptr_array_add (keywords, g_strdup ("条例"));
  for (i = 0; i < G_N_ELEMENTS (lengths); i++)
    {
      g_autoptr(GString) keyword = g_string_new ("法");

      for (t = 0; t < lengths[i]; t++)
        g_string_append (keyword, "规");
      g_string_append (keyword, "条");
      g_ptr_array_add (keywords, g_string_free (g_steal_pointer (&keyword), FALSE));
    }
  g_ptr_array_add (keywords, NULL);
  add_keyword_list (matcher, &ref, (const char * const *) keywords->pdata);

  for (t = 0; t < 60; t++)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      guint n = g_rand_int_range (rand, 0, 200);

      for (i = 0; i < n; i++)
        g_string_append (text, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);
      /* And the long keywords, whole or cut short */
      if (t % 2 == 0)
        {
          guint k = g_rand_int_range (rand, 4, keywords->len - 1);
          const char *keyword = keywords->pdata[k];
          gsize cut = strlen (keyword) - 3 * g_rand_int_range (rand, 0, 2);

          g_string_insert_len (text, g_rand_int_range (rand, 0, text->len / 3 + 1) * 3,
                               keyword, cut);
        }

      check_against_reference (matcher, &ref, text->str);
    }

  reference_clear (&ref);
}

/* A candidate left pending by a keyword in progress ("ab" of "abc"),
 * then a run of any length that the fast loop goes through without
 * stopping, then a match, so starting at every offset modulo the ring of
 * candidates: the pending one is settled before the new one takes its
 * slot. */
static void
test_longest_late (void)
{
  static const char * const keywords[] = { "abc", "ab", "b", "法规条", "法规", "规", NULL };
  g_autoptr(BaogaoMatcher) matcher = baogao_matcher_new ();
  Reference ref = { NULL, };

  add_keyword_list (matcher, &ref, keywords);
  for (guint n = 0; n < 40; n++)
    {
      g_autoptr(GString) text = g_string_new ("ab");
      g_autoptr(GString) chinese = g_string_new ("法规");

      for (guint k = 0; k < n; k++)
        {
          g_string_append_c (text, 'x');
          g_string_append (chinese, "，");
        }
      /* and more after it, so that it is not near the end */
      g_string_append (text, "bxxxxxxxxxx");
      g_string_append (chinese, "规，，，，");
      check_against_reference (matcher, &ref, text->str);
      check_against_reference (matcher, &ref, chinese->str);
    }

  reference_clear (&ref);
}

/* States whose failure state has many transitions do not copy them; a
 * step from such a state goes on from its failure state at scan time,
 * through chains of them. Keywords "乙" + one of 60 characters, "甲乙" + one
 * of 60 others, and longer keywords ending in "甲乙" or "乙" give such
 * states and chains; texts made of those pieces exercise them. */
static void
test_random_hubs (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (2718);
  g_autoptr(GPtrArray) letters = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) pieces = g_ptr_array_new_with_free_func (g_free);
  guint round, i;

  g_ptr_array_add (letters, g_strdup ("甲"));
  g_ptr_array_add (letters, g_strdup ("乙"));
  g_ptr_array_add (letters, g_strdup ("丙"));
  for (i = 0; i < 120; i++)
    {
      char buf[8] = { 0, };

      g_unichar_to_utf8 (0x5000 + i * 37, buf);
      g_ptr_array_add (letters, g_strdup (buf));
    }

  for (round = 0; round < 20; round++)
    {
      g_autoptr(BaogaoMatcher) matcher = baogao_matcher_new ();
      Reference ref = { NULL, };
      g_autoptr(GPtrArray) keywords = g_ptr_array_new_with_free_func (g_free);
      GHashTableIter iter;
      gpointer key, bucket;
      guint t;

      /* A few random keywords over the same letters, then the hubs. */
      add_random_keywords (rand, matcher, &ref, (const char * const *) letters->pdata,
                           letters->len, g_rand_int_range (rand, 1, 40), 4);
      for (i = 0; i < 60; i++)
        {
          g_ptr_array_add (keywords, g_strconcat ("乙", letters->pdata[3 + i], NULL));
          g_ptr_array_add (keywords, g_strconcat ("甲乙", letters->pdata[63 + i], NULL));
        }
      g_ptr_array_add (keywords, g_strdup ("甲乙"));
      g_ptr_array_add (keywords, g_strdup ("丙甲乙"));
      g_ptr_array_add (keywords, g_strdup ("丙丙甲乙"));
      g_ptr_array_add (keywords, g_strdup ("丙乙"));
      for (i = 0; i < keywords->len; i++)
        {
          if (g_rand_int_range (rand, 0, 4) == 0)
            continue;
          baogao_matcher_add (matcher, keywords->pdata[i], 1000 + i);
          g_hash_table_replace (ref.values, g_strdup (keywords->pdata[i]),
                                GUINT_TO_POINTER (1000 + i));
        }

      /* The reference's buckets again, with the new keywords. */
      g_clear_pointer (&ref.buckets, g_hash_table_unref);
      ref.buckets = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
      g_hash_table_iter_init (&iter, ref.values);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        {
          gpointer first = GUINT_TO_POINTER (g_utf8_get_char (key));

          bucket = g_hash_table_lookup (ref.buckets, first);
          if (bucket == NULL)
            {
              bucket = g_ptr_array_new ();
              g_hash_table_insert (ref.buckets, first, bucket);
            }
          g_ptr_array_add (bucket, key);
        }
      g_hash_table_iter_init (&iter, ref.buckets);
      while (g_hash_table_iter_next (&iter, NULL, &bucket))
        g_ptr_array_sort (bucket, compare_longest_first);

      g_ptr_array_set_size (pieces, 0);
      g_ptr_array_add (pieces, g_strdup ("丙丙甲乙"));
      g_ptr_array_add (pieces, g_strdup ("丙甲乙"));
      g_ptr_array_add (pieces, g_strdup ("甲乙"));
      g_ptr_array_add (pieces, g_strdup ("乙"));
      for (i = 0; i < letters->len; i++)
        g_ptr_array_add (pieces, g_strdup (letters->pdata[i]));

      for (t = 0; t < 20; t++)
        {
          g_autoptr(GString) text = g_string_new (NULL);
          guint n = g_rand_int_range (rand, 0, 300);

          for (i = 0; i < n; i++)
            {
              /* Mostly the hub pieces, so that their states are left on
               * all sorts of characters. */
              guint k = g_rand_int_range (rand, 0, 3) == 0
                        ? g_rand_int_range (rand, 0, pieces->len)
                        : g_rand_int_range (rand, 0, 7);

              g_string_append (text, pieces->pdata[k]);
            }

          check_against_reference (matcher, &ref, text->str);
        }

      reference_clear (&ref);
    }
}

/* Real report text, when the corpus is there: keywords cut from it (so
 * that they overlap and nest as real vocabularies do) and as many random
 * strings of its characters, against brute force on the whole text. */
static void
test_corpus (void)
{
  const char *dir = g_getenv ("BAOGAO_CORPUS_DIR");
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GArray) offsets = g_array_new (FALSE, FALSE, sizeof (gsize));
  g_autoptr(GRand) rand = g_rand_new_with_seed (2024);
  gsize length;
  guint n_keywords;

  if (dir == NULL || *dir == '\0')
    {
      g_test_skip ("BAOGAO_CORPUS_DIR is not set");
      return;
    }
  path = g_build_filename (dir, "heilongjiang-2024.txt", NULL);
  if (!g_file_get_contents (path, &text, &length, NULL))
    {
      g_test_skip ("no corpus report");
      return;
    }

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gsize offset = p - text;

      g_array_append_val (offsets, offset);
    }

  for (n_keywords = 50; n_keywords <= 3200; n_keywords *= 4)
    {
      g_autoptr(BaogaoMatcher) matcher = baogao_matcher_new ();
      Reference ref = { NULL, };
      g_autoptr(GPtrArray) keywords = g_ptr_array_new_with_free_func (g_free);
      guint i;

      for (i = 0; i < n_keywords; i++)
        {
          guint at = g_rand_int_range (rand, 0, offsets->len - 8);
          guint n = g_rand_int_range (rand, 1, 7);
          gsize start = g_array_index (offsets, gsize, at);

          if (i % 2 == 0)
            {
              g_ptr_array_add (keywords,
                               g_strndup (text + start,
                                          g_array_index (offsets, gsize, at + n) - start));
            }
          else
            {
              GString *keyword = g_string_new (NULL);

              for (guint k = 0; k < n; k++)
                {
                  gsize c = g_array_index (offsets, gsize,
                                           g_rand_int_range (rand, 0, offsets->len - 1));

                  g_string_append_unichar (keyword, g_utf8_get_char (text + c));
                }
              g_ptr_array_add (keywords, g_string_free (keyword, FALSE));
            }
        }
      g_ptr_array_add (keywords, NULL);

      add_keyword_list (matcher, &ref, (const char * const *) keywords->pdata);
      check_against_reference (matcher, &ref, text);
      reference_clear (&ref);
    }
}

/* Several threads scanning one sealed matcher. */

/* Serialized matchers */

/* @matcher serialized and loaded back, trusted or checked, from aligned
 * or unaligned bytes; serializing what was loaded gives the same bytes. */
static BaogaoMatcher *
reload (BaogaoMatcher *matcher,
        gboolean       trusted,
        gboolean       unaligned)
{
  g_autoptr(GBytes) bytes = baogao_matcher_serialize (matcher);
  g_autoptr(GBytes) input = NULL;
  g_autoptr(GBytes) again = NULL;
  g_autoptr(GError) error = NULL;
  BaogaoMatcher *loaded;

  if (unaligned)
    {
      gsize size;
      const guint8 *data = g_bytes_get_data (bytes, &size);
      guint8 *shifted = g_malloc (size + 1);
      g_autoptr(GBytes) whole = NULL;

      memcpy (shifted + 1, data, size);
      whole = g_bytes_new_take (shifted, size + 1);
      input = g_bytes_new_from_bytes (whole, 1, size);
      g_assert_cmpuint ((guintptr) g_bytes_get_data (input, NULL) & 7, !=, 0);
    }
  else
    {
      input = g_bytes_ref (bytes);
    }

  loaded = baogao_matcher_new_from_bytes (input, trusted, &error);
  g_assert_no_error (error);
  g_assert_nonnull (loaded);
  g_assert_cmpuint (baogao_matcher_get_n_keywords (loaded), ==,
                    baogao_matcher_get_n_keywords (matcher));

  again = baogao_matcher_serialize (loaded);
  g_assert_true (g_bytes_equal (again, bytes));

  return loaded;
}

static void
test_serial_round_trip (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (90210);
  guint round;

  for (round = 0; round < 120; round++)
    {
      g_autoptr(BaogaoMatcher) matcher = baogao_matcher_new ();
      g_autoptr(BaogaoMatcher) loaded = NULL;
      g_autoptr(GBytes) first = NULL;
      g_autoptr(GBytes) second = NULL;
      Reference ref = { NULL, };
      guint t;

      add_random_keywords (rand, matcher, &ref, mixed_letters,
                           G_N_ELEMENTS (mixed_letters),
                           g_rand_int_range (rand, 1, 80), 12);
      /* Serializing seals, and the same matcher gives the same bytes */
      first = baogao_matcher_serialize (matcher);
      second = baogao_matcher_serialize (matcher);
      g_assert_true (g_bytes_equal (first, second));

      loaded = reload (matcher, round % 2 == 0, round % 3 == 0);
      for (t = 0; t < 4; t++)
        {
          g_autofree char *text = t % 2 == 0
            ? random_string (rand, mixed_letters, G_N_ELEMENTS (mixed_letters), 0, 300)
            : random_broken_text (rand, 120);

          check_against_reference (loaded, &ref, text);
        }
      reference_clear (&ref);
    }
}

/* A matcher without keywords, and a large one with long keywords, whose
 * leftmost-longest scans keep their candidates on the heap. */
static void
test_serial_extremes (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (5);
  g_autoptr(BaogaoMatcher) empty = baogao_matcher_new ();
  g_autoptr(BaogaoMatcher) empty_loaded = reload (empty, FALSE, FALSE);
  g_autoptr(BaogaoMatcher) large = baogao_matcher_new ();
  g_autoptr(BaogaoMatcher) large_loaded = NULL;
  g_autoptr(GArray) none = scan (empty_loaded, "人大常委会", -1, BAOGAO_MATCH_ALL);
  Reference ref = { NULL, };

  g_assert_cmpuint (none->len, ==, 0);

  add_random_keywords (rand, large, &ref, chinese_letters,
                       G_N_ELEMENTS (chinese_letters), 3000, 120);
  large_loaded = reload (large, FALSE, TRUE);
  for (guint t = 0; t < 3; t++)
    {
      g_autofree char *text = random_string (rand, chinese_letters,
                                             G_N_ELEMENTS (chinese_letters),
                                             500, 2000);

      check_against_reference (large_loaded, &ref, text);
    }
  reference_clear (&ref);
}

/* Bytes that must be refused, loaded as @trusted or not */
static void
assert_refused (GBytes   *bytes,
                gboolean  trusted)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BaogaoMatcher) loaded = baogao_matcher_new_from_bytes (bytes, trusted, &error);

  g_assert_null (loaded);
  g_assert_error (error, BAOGAO_ERROR, BAOGAO_ERROR_INVALID_FORMAT);
}

/* Bytes of another kind, machine or version are refused, even trusted. */
static void
test_serial_refused (void)
{
  g_autoptr(BaogaoMatcher) matcher = make_chinese_matcher ();
  g_autoptr(GBytes) bytes = baogao_matcher_serialize (matcher);
  gsize size;
  const guint8 *data = g_bytes_get_data (bytes, &size);
  /* magic, byte order, version, cell size, layout, class width: at 0, 8,
   * 12, 16, 52, 56 */
  const gsize fields[] = { 0, 8, 12, 16, 52, 56 };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_autofree guint8 *copy = g_memdup2 (data, size);
      g_autoptr(GBytes) changed = NULL;

      copy[fields[i]] ^= 0x11;
      changed = g_bytes_new (copy, size);
      assert_refused (changed, TRUE);
    }

  for (gsize cut = 0; cut < size; cut += cut < 64 ? 1 : size / 7)
    {
      g_autoptr(GBytes) truncated = g_bytes_new (data, cut);

      assert_refused (truncated, TRUE);
    }
  {
    g_autofree guint8 *longer = g_malloc0 (size + 8);
    g_autoptr(GBytes) padded = NULL;

    memcpy (longer, data, size);
    padded = g_bytes_new (longer, size + 8);
    assert_refused (padded, TRUE);
  }
}

/* Damaged tables: checked, each load either fails or gives a matcher
 * whose scans end, with matches inside the text (the sanitizers and
 * valgrind see any read outside the tables). */
static void
test_serial_damaged (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (2718);
  g_autoptr(BaogaoMatcher) matcher = baogao_matcher_new ();
  g_autoptr(GBytes) bytes = NULL;
  Reference ref = { NULL, };
  guint n_refused = 0;
  gsize size;
  const guint8 *data;

  add_random_keywords (rand, matcher, &ref, mixed_letters,
                       G_N_ELEMENTS (mixed_letters), 60, 8);
  reference_clear (&ref);
  bytes = baogao_matcher_serialize (matcher);
  data = g_bytes_get_data (bytes, &size);

  for (guint round = 0; round < 400; round++)
    {
      g_autofree guint8 *copy = g_memdup2 (data, size);
      g_autoptr(GBytes) damaged = NULL;
      g_autoptr(BaogaoMatcher) loaded = NULL;
      g_autoptr(GError) error = NULL;
      guint n_changes = g_rand_int_range (rand, 1, 4);

      for (guint c = 0; c < n_changes; c++)
        {
          /* Past the magic, byte order and version; mostly in the
           * cells and states at the end */
          gsize at = g_rand_boolean (rand)
                     ? (gsize) g_rand_int_range (rand, 16, size)
                     : size - 1 - g_rand_int_range (rand, 0, MIN (size - 16, 4096));

          copy[at] = g_rand_boolean (rand) ? copy[at] ^ (1u << g_rand_int_range (rand, 0, 8))
                                           : (guint8) g_rand_int_range (rand, 0, 256);
        }
      damaged = g_bytes_new (copy, size);
      loaded = baogao_matcher_new_from_bytes (damaged, FALSE, &error);
      if (loaded == NULL)
        {
          g_assert_error (error, BAOGAO_ERROR, BAOGAO_ERROR_INVALID_FORMAT);
          n_refused++;
          continue;
        }
      for (guint t = 0; t < 2; t++)
        {
          g_autofree char *text = random_broken_text (rand, 150);
          gsize length = strlen (text);
          g_autoptr(GArray) all = scan (loaded, text, length, BAOGAO_MATCH_ALL);
          g_autoptr(GArray) longest = scan (loaded, text, length, BAOGAO_MATCH_LONGEST);

          for (guint i = 0; i < all->len; i++)
            {
              const Match *m = &g_array_index (all, Match, i);

              g_assert_cmpuint (m->start, <=, m->end);
              g_assert_cmpuint (m->end, <=, length);
            }
          for (guint i = 0; i < longest->len; i++)
            {
              const Match *m = &g_array_index (longest, Match, i);

              g_assert_cmpuint (m->start, <=, m->end);
              g_assert_cmpuint (m->end, <=, length);
            }
        }
    }

  /* The check is not a formality: most damage is caught */
  g_test_message ("%u of 400 damaged matchers refused", n_refused);
  g_assert_cmpuint (n_refused, >, 100);
}

/* Serialized matchers made by hand, in the form baogao-matcher-serial.c
 * writes: a header, the class tables (the class table, its blocks, the
 * four-byte keys and classes), the cells and the states. */
typedef struct
{
  char magic[8];
  guint32 byte_order, version, cell_size, info_size, n_keywords, n_classes,
          first_class, n_states, n_cells, n_class4, has_class2, layout,
          class_width, second_class, class_table_len, reserved;
  guint64 max_length;
} CraftedHeader;

static gsize
round_up8 (gsize n)
{
  return (n + 7) & ~(gsize) 7;
}

/* A matcher of 'a' (class 1) and maybe a four-byte character (class 2),
 * with @cells and @states as given. */
static GBytes *
crafted_matcher_with_table (guint32          n_classes,
                            const Cell      *cells,
                            guint32          n_cells,
                            const StateInfo *states,
                            guint32          n_states,
                            guint64          max_length,
                            guint32          table_len)
{
  CraftedHeader header = { "BGMATCH", 0x01020304u, 3, sizeof (Cell), sizeof (StateInfo),
                           1, n_classes, 1, n_states, n_cells, 1, 0,
                           baogao_matcher_layout_id (), 2, 0, table_len, 0,
                           max_length };
  gsize o_classes = sizeof header;
  gsize o_blocks = o_classes + round_up8 (table_len * sizeof (guint16));
  gsize o_keys = o_blocks + CLASS_BLOCKS * sizeof (guint32);
  gsize o_class4 = o_keys + 8;
  gsize o_cells = o_class4 + 8;
  gsize o_states = o_cells + n_cells * sizeof (Cell);
  gsize size = o_states + round_up8 (n_states * sizeof (StateInfo));
  guint8 *data = g_malloc0 (size);

  memcpy (data, &header, sizeof header);
  if (table_len > ASCII_CLASSES + ('a' ^ 0x60))
    ((guint16 *) (data + o_classes))[ASCII_CLASSES + ('a' ^ 0x60)] = 1;
  ((guint32 *) (data + o_keys))[0] = 0x1D7D8;
  ((guint16 *) (data + o_class4))[0] = n_classes > 2 ? 2 : 0;
  memcpy (data + o_cells, cells, n_cells * sizeof (Cell));
  memcpy (data + o_states, states, n_states * sizeof (StateInfo));

  return g_bytes_new_take (data, size);
}

static GBytes *
crafted_matcher (guint32          n_classes,
                 const Cell      *cells,
                 guint32          n_cells,
                 const StateInfo *states,
                 guint32          n_states,
                 guint64          max_length)
{
  return crafted_matcher_with_table (n_classes, cells, n_cells, states, n_states, max_length,
                                     FIRST_UNIT_BLOCK);
}

static void
test_serial_crafted (void)
{
  /* The keyword "a": the root's cell for 'a' leads to a state (own cell
   * at 2) that ends a keyword. */
  static const Cell good_cells[] = { { 0, 0 }, { 0, HANDLE_OUTPUT | 2 }, { 0, 1 }, { 0, 0 } };
  static const StateInfo good_states[] = { { 0, FALSE, NONE, 0, 0 }, { 1, TRUE, NONE, 0, 7 } };
  /* A state of base 1 owning a cell of the root's row: a step on 'a'
   * from it would be checked as the root's step on the four-byte class,
   * and reach a state four bytes deep after one byte. */
  static const Cell row_cells[] = { { 0, 0 }, { 0, 1 }, { 1, 0x80000003u }, { 0, 2 }, { 0, 0 }, { 0, 0 } };
  static const StateInfo row_states[] = { { 0, FALSE, NONE, 0, 0 }, { 1, FALSE, NONE, 0, 0 },
                                          { 4, TRUE, NONE, 0, 7 } };
  /* An unreachable state deep enough to make a leftmost-longest scan
   * allocate gigabytes */
  static const StateInfo deep_states[] = { { 0, FALSE, NONE, 0, 0 }, { 1, TRUE, NONE, 0, 7 },
                                           { 0x1ffffffe, FALSE, NONE, 0, 0 } };
  g_autoptr(GBytes) good = crafted_matcher (2, good_cells, G_N_ELEMENTS (good_cells),
                                            good_states, G_N_ELEMENTS (good_states), 1);
  g_autoptr(GBytes) row = crafted_matcher (3, row_cells, G_N_ELEMENTS (row_cells),
                                           row_states, G_N_ELEMENTS (row_states), 4);
  g_autoptr(GBytes) deep = crafted_matcher (2, good_cells, G_N_ELEMENTS (good_cells),
                                            deep_states, G_N_ELEMENTS (deep_states), 0x1ffffffe);
  g_autoptr(GError) error = NULL;
  g_autoptr(BaogaoMatcher) matcher = NULL;
  g_autoptr(GArray) matches = NULL;

  /* the form is right: the good one loads and finds its keyword */
  matcher = baogao_matcher_new_from_bytes (good, FALSE, &error);
  g_assert_no_error (error);
  matches = scan (matcher, "xaax", -1, BAOGAO_MATCH_LONGEST);
  g_assert_cmpuint (matches->len, ==, 2);
  g_assert_cmpuint (g_array_index (matches, Match, 0).start, ==, 1);
  g_assert_cmpuint (g_array_index (matches, Match, 1).end, ==, 3);

  assert_refused (row, FALSE);

  assert_refused (deep, FALSE);

  /* second_class past first_class */
  {
    gsize size;
    const guint8 *data = g_bytes_get_data (good, &size);
    g_autofree guint8 *copy = g_memdup2 (data, size);
    g_autoptr(GBytes) changed = NULL;

    G_STATIC_ASSERT (G_STRUCT_OFFSET (CraftedHeader, second_class) == 60);
    ((CraftedHeader *) copy)->second_class = 2;
    changed = g_bytes_new (copy, size);
    assert_refused (changed, FALSE);
  }

  /* a class table too short for ASCII's blocks, which every scan may
   * read, or with the block of 中 past its end */
  {
    const guint32 short_lens[] = { 0, CLASS_BLOCK, FIRST_UNIT_BLOCK - 1 };

    for (guint k = 0; k < G_N_ELEMENTS (short_lens); k++)
      {
        g_autoptr(GBytes) bytes = crafted_matcher_with_table (2, good_cells, G_N_ELEMENTS (good_cells),
                                                              good_states, G_N_ELEMENTS (good_states), 1,
                                                              short_lens[k]);

        assert_refused (bytes, FALSE);
      }
  }

  /* a block of three-byte characters that is ASCII's (a three-byte unit
   * would read a one-byte class), or past the table: the good one with
   * the block of 中 changed */
  {
    const guint32 bad_blocks[] = { ASCII_CLASSES, ASCII_CLASSES + CLASS_BLOCK,
                                   FIRST_UNIT_BLOCK, FIRST_UNIT_BLOCK + 1 };

    for (guint b = 0; b < G_N_ELEMENTS (bad_blocks); b++)
      {
        gsize size;
        const guint8 *data = g_bytes_get_data (good, &size);
        g_autofree guint8 *copy = g_memdup2 (data, size);
        gsize o_blocks = sizeof (CraftedHeader) + round_up8 (FIRST_UNIT_BLOCK * sizeof (guint16));
        g_autoptr(GBytes) changed = NULL;

        ((guint32 *) (copy + o_blocks))[0x4e2d >> 6] = bad_blocks[b];
        changed = g_bytes_new (copy, size);
        assert_refused (changed, FALSE);
      }
  }
}

typedef struct
{
  BaogaoMatcher *matcher;
  const char *text;
  GArray *expected_all;
  GArray *expected_longest;
} ThreadData;

static gpointer
scan_thread (gpointer user_data)
{
  ThreadData *data = user_data;
  guint i;

  for (i = 0; i < 20; i++)
    {
      g_autoptr(GArray) all = scan (data->matcher, data->text, -1,
                                    BAOGAO_MATCH_ALL);
      g_autoptr(GArray) longest = scan (data->matcher, data->text, -1,
                                        BAOGAO_MATCH_LONGEST);

      assert_same_matches (all, data->expected_all);
      assert_same_matches (longest, data->expected_longest);
    }

  return NULL;
}

static void
test_threads (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (314);
  g_autoptr(BaogaoMatcher) matcher = baogao_matcher_new ();
  g_autofree char *text = NULL;
  Reference ref = { NULL, };
  ThreadData data;
  GThread *threads[4];
  guint i;

  add_random_keywords (rand, matcher, &ref, chinese_letters,
                       G_N_ELEMENTS (chinese_letters), 300, 5);
  baogao_matcher_seal (matcher);
  text = random_string (rand, chinese_letters, G_N_ELEMENTS (chinese_letters),
                        20000, 20000);

  data.matcher = matcher;
  data.text = text;
  data.expected_all = scan (matcher, text, -1, BAOGAO_MATCH_ALL);
  data.expected_longest = scan (matcher, text, -1, BAOGAO_MATCH_LONGEST);
  g_assert_cmpuint (data.expected_all->len, >, 1000);

  for (i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("scan", scan_thread, &data);
  for (i = 0; i < G_N_ELEMENTS (threads); i++)
    g_thread_join (threads[i]);

  g_array_unref (data.expected_all);
  g_array_unref (data.expected_longest);
  reference_clear (&ref);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/matcher/classic", test_classic);
  g_test_add_func ("/matcher/chinese", test_chinese);
  g_test_add_func ("/matcher/leftmost", test_leftmost);
  g_test_add_func ("/matcher/values", test_values);
  g_test_add_func ("/matcher/length", test_length);
  g_test_add_func ("/matcher/empty", test_empty);
  g_test_add_func ("/matcher/stop", test_stop);
  g_test_add_func ("/matcher/long-keyword", test_long_keyword);
  g_test_add_func ("/matcher/boxed", test_boxed);
  g_test_add_func ("/matcher/refused/empty", test_refused);
  g_test_add_func ("/matcher/refused/invalid", test_refused_invalid);
  g_test_add_func ("/matcher/refused/sealed", test_refused_sealed);
  g_test_add_func ("/matcher/refused/forms", test_refused_forms);
  g_test_add_func ("/matcher/validity", test_validity);
  g_test_add_func ("/matcher/random/chinese", test_random_chinese);
  g_test_add_func ("/matcher/random/ascii", test_random_ascii);
  g_test_add_func ("/matcher/random/large", test_random_large);
  g_test_add_func ("/matcher/random/broken", test_random_broken);
  g_test_add_func ("/matcher/random/long", test_random_long);
  g_test_add_func ("/matcher/random/hubs", test_random_hubs);
  g_test_add_func ("/matcher/random/windows", test_random_windows);
  g_test_add_func ("/matcher/longest-pending", test_longest_pending);
  g_test_add_func ("/matcher/longest-late", test_longest_late);
  g_test_add_func ("/matcher/every-character", test_every_character);
  g_test_add_func ("/matcher/corpus", test_corpus);
  g_test_add_func ("/matcher/threads", test_threads);
  g_test_add_func ("/matcher/random-skip", test_random_skip);
  g_test_add_func ("/matcher/serial/round-trip", test_serial_round_trip);
  g_test_add_func ("/matcher/serial/extremes", test_serial_extremes);
  g_test_add_func ("/matcher/serial/refused", test_serial_refused);
  g_test_add_func ("/matcher/serial/damaged", test_serial_damaged);
  g_test_add_func ("/matcher/serial/crafted", test_serial_crafted);

  return g_test_run ();
}

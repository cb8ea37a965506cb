/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/*
 * bench-matcher: the throughput of BaogaoMatcher alone, per keyword set.
 *
 * ```
 * bench-matcher                        # the plugins' own sets, else synthetic
 * bench-matcher --plugins              # only the sets the plugins build
 * bench-matcher --synthetic            # only generated sets
 * bench-matcher words.txt other.txt    # keyword files: KEYWORD[<TAB>VALUE]
 * bench-matcher --text report.txt --size 16 --rounds 7 --chunk 200
 * bench-matcher --plugins --save DIR   # then: bench-matcher DIR/NAME.txt …
 * ```
 *
 * The text is --text, else every *.txt of $BAOGAO_CORPUS_DIR, else the
 * sample report, repeated to --size MB. Each set is sealed once; then each
 * mode (all, longest) scans the whole text --rounds times and the best
 * round counts, in MB/s of text per CPU second of the scanning thread (so
 * that other work on the machine counts little; on a busy machine, run it
 * under `nice -n -10` all the same). With --chunk the text is scanned in
 * pieces of that many bytes, as the tallies scan short windows.
 *
 * The plugins' sets: this program defines baogao_matcher_add() itself and
 * exports it, so that the analyzer modules it loads (from
 * $BAOGAO_PLUGIN_PATH) call this definition first; it records each keyword,
 * with the module that added it, and hands it on to the library's. One
 * analysis of the text makes every plugin build its tables. Nothing of the
 * plugins' vocabularies is stored here: the sets are what the modules build
 * at run time. Sets several modules build alike (the shared tallies) are
 * benchmarked once.
 *
 * Synthetic sets, for a tree without plugins: keywords cut from the text
 * (two to five characters of a run of Chinese) and as many made of random
 * characters of the text, which mostly never occur but share first
 * characters with real words.
 *
 * Also printed per set: the share of the text's characters that begin some
 * keyword (the automaton leaves its root only there), the matches per KB,
 * the time to seal and the heap the sealed matcher holds (glibc only).
 */

#define _GNU_SOURCE

#include <dlfcn.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include <baogao/baogao.h>

#ifndef BAOGAO_SAMPLE_REPORT
#define BAOGAO_SAMPLE_REPORT NULL
#endif

typedef struct
{
  char      *name;
  GPtrArray *keywords;   /* (element-type utf8) */
  GArray    *values;     /* (element-type guint) */
} KeywordSet;

static char *text_path = NULL;
static double size_mb = 8.0;
static int rounds = 5;
static int chunk = 0;
static gboolean only_plugins = FALSE;
static gboolean only_synthetic = FALSE;
static char *save_dir = NULL;

static const GOptionEntry entries[] = {
  { "text", 't', 0, G_OPTION_ARG_FILENAME, &text_path,
    "The text to scan (default: $BAOGAO_CORPUS_DIR/*.txt, else the sample report)", "FILE" },
  { "size", 's', 0, G_OPTION_ARG_DOUBLE, &size_mb,
    "Repeat the text to this many MB (default: 8)", "MB" },
  { "rounds", 'n', 0, G_OPTION_ARG_INT, &rounds,
    "Timed scans per set and mode, the best counts (default: 5)", "N" },
  { "chunk", 'c', 0, G_OPTION_ARG_INT, &chunk,
    "Scan in pieces of this many bytes (default: whole text)", "BYTES" },
  { "plugins", 'p', 0, G_OPTION_ARG_NONE, &only_plugins,
    "Only the sets the plugins build", NULL },
  { "synthetic", 0, 0, G_OPTION_ARG_NONE, &only_synthetic,
    "Only generated sets", NULL },
  { "save", 0, 0, G_OPTION_ARG_FILENAME, &save_dir,
    "Also write each set to DIR/NAME.txt, to compare builds on the same sets", "DIR" },
  G_OPTION_ENTRY_NULL
};

static void
keyword_set_free (gpointer data)
{
  KeywordSet *set = data;

  g_free (set->name);
  g_ptr_array_unref (set->keywords);
  g_array_unref (set->values);
  g_free (set);
}

static KeywordSet *
keyword_set_new (const char *name)
{
  KeywordSet *set = g_new0 (KeywordSet, 1);

  set->name = g_strdup (name);
  set->keywords = g_ptr_array_new_with_free_func (g_free);
  set->values = g_array_new (FALSE, FALSE, sizeof (guint));

  return set;
}

static void
keyword_set_add (KeywordSet *set,
                 const char *keyword,
                 guint       value)
{
  g_ptr_array_add (set->keywords, g_strdup (keyword));
  g_array_append_val (set->values, value);
}

/* Capture of the plugins' sets */

typedef void (*AddFunc) (BaogaoMatcher *self,
                         const char    *keyword,
                         guint          value);

static GHashTable *captured = NULL;   /* BaogaoMatcher * → KeywordSet */
static GPtrArray *captured_order = NULL;

void
baogao_matcher_add (BaogaoMatcher *self,
                    const char    *keyword,
                    guint          value)
{
  static AddFunc real_add = NULL;
  void *caller = __builtin_return_address (0);

  if (real_add == NULL)
    {
      real_add = (AddFunc) dlsym (RTLD_NEXT, "baogao_matcher_add");
      if (real_add == NULL)
        g_error ("bench-matcher: no baogao_matcher_add after this one: %s", dlerror ());
    }

  if (captured != NULL && self != NULL && keyword != NULL)
    {
      KeywordSet *set = g_hash_table_lookup (captured, self);

      if (set == NULL)
        {
          g_autofree char *name = NULL;
          Dl_info info;

          if (dladdr (caller, &info) != 0 && info.dli_fname != NULL)
            {
              name = g_path_get_basename (info.dli_fname);
              if (g_str_has_suffix (name, ".so"))
                name[strlen (name) - 3] = '\0';
            }
          set = keyword_set_new (name != NULL ? name : "?");
          g_hash_table_insert (captured, self, set);
          g_ptr_array_add (captured_order, set);
        }
      keyword_set_add (set, keyword, value);
    }

  real_add (self, keyword, value);
}

static char *
set_fingerprint (const KeywordSet *set)
{
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA1);

  for (guint i = 0; i < set->keywords->len; i++)
    {
      const char *keyword = set->keywords->pdata[i];

      g_checksum_update (sum, (const guchar *) keyword, strlen (keyword) + 1);
    }

  return g_strdup (g_checksum_get_string (sum));
}

/* Loads every plugin, analyzes @text once and returns the keyword sets
 * their matchers were built with, those built alike by several modules
 * once. */
static GPtrArray *
capture_plugin_sets (const char *text,
                     gsize       size)
{
  g_autoptr(GPtrArray) sets = g_ptr_array_new_with_free_func (keyword_set_free);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(BaogaoEngine) engine = NULL;
  g_autoptr(BaogaoDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *plugins;

  captured = g_hash_table_new (NULL, NULL);
  captured_order = g_ptr_array_new ();

  engine = baogao_engine_new ();
  plugins = baogao_engine_get_plugins (engine);
  for (guint i = 0; plugins != NULL && i < plugins->len; i++)
    {
      g_autoptr(GError) load_error = NULL;

      if (!baogao_engine_load_plugin (engine, plugins->pdata[i], &load_error))
        g_printerr ("bench-matcher: warning: %s\n", load_error->message);
    }
  baogao_engine_set_max_threads (engine, 1);

  if (baogao_engine_select (engine, NULL, &error))
    {
      document = baogao_document_new (text, (gssize) size, &error);
      if (document != NULL)
        baogao_engine_analyze (engine, document, NULL, &error);
    }
  if (error != NULL)
    g_printerr ("bench-matcher: warning: %s\n", error->message);

  for (guint i = 0; i < captured_order->len; i++)
    {
      KeywordSet *set = captured_order->pdata[i];
      char *fingerprint = set_fingerprint (set);
      KeywordSet *same = g_hash_table_lookup (seen, fingerprint);

      if (same != NULL)
        {
          char *name = g_strdup_printf ("%s+%s", same->name, set->name);

          g_free (same->name);
          same->name = name;
          keyword_set_free (set);
          g_free (fingerprint);
          continue;
        }
      g_hash_table_insert (seen, fingerprint, set);
      g_ptr_array_add (sets, set);
    }

  /* One module may build several sets: number the later ones. */
  for (guint i = 0; i < sets->len; i++)
    {
      KeywordSet *set = sets->pdata[i];
      guint n = 1;

      for (guint j = 0; j < i; j++)
        if (g_str_has_prefix (((KeywordSet *) sets->pdata[j])->name, set->name))
          n++;
      if (n > 1)
        {
          char *name = g_strdup_printf ("%s.%u", set->name, n);

          g_free (set->name);
          set->name = name;
        }
    }

  g_clear_pointer (&captured, g_hash_table_unref);
  g_clear_pointer (&captured_order, g_ptr_array_unref);

  return g_steal_pointer (&sets);
}

/* Other sources of keyword sets */

static KeywordSet *
read_keyword_file (const char  *path,
                   GError     **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *name = g_path_get_basename (path);
  g_auto(GStrv) lines = NULL;
  KeywordSet *set;

  if (!g_file_get_contents (path, &contents, NULL, error))
    return NULL;

  set = keyword_set_new (name);
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *tab = strchr (lines[i], '\t');
      guint value = i;

      if (tab != NULL)
        {
          *tab = '\0';
          value = (guint) g_ascii_strtoull (tab + 1, NULL, 10);
        }
      g_strchomp (lines[i]);
      if (lines[i][0] != '\0' && g_utf8_validate (lines[i], -1, NULL))
        keyword_set_add (set, lines[i], value);
    }

  return set;
}

static gboolean
is_han (gunichar c)
{
  return c >= 0x4E00 && c <= 0x9FFF;
}

/* @n keywords: half cut from @text, half random characters of it. */
static KeywordSet *
make_synthetic_set (const char *text,
                    gsize       size,
                    guint       n,
                    guint32     seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(GArray) chars = g_array_new (FALSE, FALSE, sizeof (gunichar));
  g_autoptr(GArray) offsets = g_array_new (FALSE, FALSE, sizeof (gsize));
  g_autofree char *name = g_strdup_printf ("synthetic-%u", n);
  KeywordSet *set = keyword_set_new (name);
  const char *p;

  for (p = text; p < text + size; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_han (c))
        {
          gsize offset = p - text;

          g_array_append_val (chars, c);
          g_array_append_val (offsets, offset);
        }
    }
  if (chars->len < 10)
    return set;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GString) keyword = g_string_new (NULL);
      guint length = g_rand_int_range (rand, 2, 6);

      if (i % 2 == 0)
        {
          const char *q = text + g_array_index (offsets, gsize,
                                                g_rand_int_range (rand, 0, offsets->len));

          for (guint k = 0; k < length && q < text + size && is_han (g_utf8_get_char (q)); k++)
            {
              g_string_append_unichar (keyword, g_utf8_get_char (q));
              q = g_utf8_next_char (q);
            }
          if (g_utf8_strlen (keyword->str, -1) < 2)
            continue;
        }
      else
        {
          for (guint k = 0; k < length; k++)
            g_string_append_unichar (keyword,
                                     g_array_index (chars, gunichar,
                                                    g_rand_int_range (rand, 0, chars->len)));
        }
      keyword_set_add (set, keyword->str, i);
    }

  return set;
}

static char *
read_text (GError **error)
{
  g_autoptr(GString) text = g_string_new (NULL);
  const char *dir = g_getenv ("BAOGAO_CORPUS_DIR");
  const char *sample = g_getenv ("BAOGAO_SAMPLE_REPORT");
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);

  if (text_path != NULL)
    g_ptr_array_add (paths, g_strdup (text_path));
  else if (dir != NULL && *dir != '\0' && g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
      const char *name;

      while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
        if (g_str_has_suffix (name, ".txt"))
          g_ptr_array_add (paths, g_build_filename (dir, name, NULL));
    }
  if (paths->len == 0)
    {
      if (sample == NULL)
        sample = BAOGAO_SAMPLE_REPORT;
      if (sample == NULL)
        {
          g_set_error_literal (error, G_FILE_ERROR, G_FILE_ERROR_NOENT,
                               "no text: give --text or set BAOGAO_CORPUS_DIR");
          return NULL;
        }
      g_ptr_array_add (paths, g_strdup (sample));
    }

  for (guint i = 0; i < paths->len; i++)
    {
      g_autofree char *contents = NULL;
      gsize length;

      if (!g_file_get_contents (paths->pdata[i], &contents, &length, error))
        return NULL;
      g_string_append_len (text, contents, (gssize) length);
      g_string_append_c (text, '\n');
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static gboolean
save_set (const KeywordSet  *set,
          const char        *dir,
          GError           **error)
{
  g_autoptr(GString) contents = g_string_new (NULL);
  g_autofree char *name = g_strdup_printf ("%s.txt", set->name);
  g_autofree char *path = NULL;

  if (g_mkdir_with_parents (dir, 0755) != 0)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED, "%s: cannot create", dir);
      return FALSE;
    }
  for (guint i = 0; i < set->keywords->len; i++)
    g_string_append_printf (contents, "%s\t%u\n", (const char *) set->keywords->pdata[i],
                            g_array_index (set->values, guint, i));
  path = g_build_filename (dir, name, NULL);

  return g_file_set_contents (path, contents->str, (gssize) contents->len, error);
}

/* Measurement */

/* CPU time of this thread: the machine may be busy with other work, whose
 * time slices wall-clock time would count. */
static gint64
now_ns (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);

  return (gint64) ts.tv_sec * G_GINT64_CONSTANT (1000000000) + ts.tv_nsec;
}

static gsize
heap_in_use (void)
{
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 33))
  struct mallinfo2 info = mallinfo2 ();

  return info.uordblks + info.hblkhd;
#else
  return 0;
#endif
}

typedef struct
{
  gsize n;
  gsize checksum;
} Counter;

static gboolean
count_match (gsize    start,
             gsize    end,
             guint    value,
             gpointer user_data)
{
  Counter *counter = user_data;

  counter->n++;
  counter->checksum += start * 31 + end + value;

  return TRUE;
}

/* Best MB/s of @rounds scans; the matches of the last in @counter. */
static double
time_scans (BaogaoMatcher    *matcher,
            const char       *text,
            gsize             size,
            BaogaoMatchFlags  flags,
            Counter          *counter)
{
  double best = 0.0;

  for (int r = 0; r < rounds; r++)
    {
      gint64 t0, t1;

      memset (counter, 0, sizeof (Counter));
      t0 = now_ns ();
      if (chunk <= 0)
        baogao_matcher_scan (matcher, text, (gssize) size, flags, count_match, counter);
      else
        for (gsize at = 0; at < size; at += (gsize) chunk)
          baogao_matcher_scan (matcher, text + at, (gssize) MIN ((gsize) chunk, size - at),
                               flags, count_match, counter);
      t1 = now_ns ();
      best = MAX (best, size / 1e6 / ((t1 - t0) / 1e9));
    }

  return best;
}

/* The share of the characters of @text that begin some keyword of @set. */
static double
first_char_share (const KeywordSet *set,
                  const char       *text,
                  gsize             size)
{
  g_autoptr(GHashTable) first = g_hash_table_new (NULL, NULL);
  gsize n = 0, hits = 0;
  const char *p, *end = text + size;

  for (guint i = 0; i < set->keywords->len; i++)
    g_hash_table_add (first, GUINT_TO_POINTER (g_utf8_get_char (set->keywords->pdata[i])));

  for (p = text; p != NULL && p < end; p = g_utf8_find_next_char (p, end))
    {
      gunichar c = g_utf8_get_char_validated (p, end - p);

      n++;
      if (c < 0x110000 && g_hash_table_contains (first, GUINT_TO_POINTER (c)))
        hits++;
    }

  return n > 0 ? (double) hits / n : 0.0;
}

static void
bench_set (const KeywordSet *set,
           const char       *text,
           gsize             size,
           const char       *sample,
           gsize             sample_size)
{
  g_autoptr(BaogaoMatcher) matcher = NULL;
  Counter all = { 0, }, longest = { 0, };
  gsize heap_before, heap_after;
  double all_mbs, longest_mbs;
  gint64 t0, t1;

  heap_before = heap_in_use ();
  t0 = now_ns ();
  matcher = baogao_matcher_new ();
  for (guint i = 0; i < set->keywords->len; i++)
    baogao_matcher_add (matcher, set->keywords->pdata[i],
                        g_array_index (set->values, guint, i));
  baogao_matcher_seal (matcher);
  t1 = now_ns ();
  heap_after = heap_in_use ();

  all_mbs = time_scans (matcher, text, size, BAOGAO_MATCH_ALL, &all);
  longest_mbs = time_scans (matcher, text, size, BAOGAO_MATCH_LONGEST, &longest);

  g_print ("%-28s %5u kw %5.1f%% first %6.1f m/KB %7.2f ms %7.0f KiB  all %7.1f MB/s  longest %7.1f MB/s  [%zx]\n",
           set->name, baogao_matcher_get_n_keywords (matcher),
           100.0 * first_char_share (set, sample, sample_size),
           all.n * 1000.0 / size, (t1 - t0) / 1e6,
           heap_after >= heap_before ? (heap_after - heap_before) / 1024.0 : 0.0,
           all_mbs, longest_mbs, all.checksum ^ (longest.checksum * 3));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sets = g_ptr_array_new_with_free_func (keyword_set_free);
  g_autoptr(GString) big = NULL;
  g_autofree char *sample = NULL;
  gsize sample_size, target;

  context = g_option_context_new ("[KEYWORD-FILE…]");
  g_option_context_set_summary (context,
                                "Measures BaogaoMatcher on report text, per keyword set.");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("bench-matcher: %s\n", error->message);
      return 2;
    }
  rounds = MAX (rounds, 1);

  sample = read_text (&error);
  if (sample == NULL)
    {
      g_printerr ("bench-matcher: %s\n", error->message);
      return 2;
    }
  sample_size = strlen (sample);

  for (int i = 1; i < argc; i++)
    {
      KeywordSet *set = read_keyword_file (argv[i], &error);

      if (set == NULL)
        {
          g_printerr ("bench-matcher: %s\n", error->message);
          return 2;
        }
      g_ptr_array_add (sets, set);
    }

  if (argc <= 1 && !only_synthetic)
    {
      g_autoptr(GPtrArray) from_plugins = capture_plugin_sets (sample, sample_size);

      for (guint i = 0; i < from_plugins->len; i++)
        g_ptr_array_add (sets, g_ptr_array_steal_index (from_plugins, i--));
      if (from_plugins->len == 0 && sets->len == 0 && only_plugins)
        g_printerr ("bench-matcher: no plugin built a matcher (is BAOGAO_PLUGIN_PATH set?)\n");
    }

  if (argc <= 1 && !only_plugins && (only_synthetic || sets->len == 0))
    {
      static const guint sizes[] = { 80, 200, 700, 2300 };

      for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
        g_ptr_array_add (sets, make_synthetic_set (sample, sample_size, sizes[i], 1000 + i));
    }

  target = (gsize) (size_mb * 1024 * 1024);
  big = g_string_sized_new (target + sample_size);
  while (big->len < MAX (target, 1))
    g_string_append_len (big, sample, (gssize) sample_size);

  g_print ("text: %.1f MB (%zu bytes of source repeated), best of %d", big->len / 1e6,
           sample_size, rounds);
  if (chunk > 0)
    g_print (", in pieces of %d bytes", chunk);
  g_print ("\n%-28s %8s %11s %9s %10s %11s %18s %22s\n", "set", "keywords", "first char",
           "matches", "seal", "heap", "all", "longest");

  for (guint i = 0; i < sets->len; i++)
    {
      if (save_dir != NULL && !save_set (sets->pdata[i], save_dir, &error))
        {
          g_printerr ("bench-matcher: %s\n", error->message);
          return 1;
        }
      bench_set (sets->pdata[i], big->str, big->len, sample, sample_size);
    }

  return 0;
}

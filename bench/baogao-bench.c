/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/**
 * baogao-bench:
 *
 * Measures the Baogao pipeline against the budgets of the design: plugin
 * discovery and loading, single-thread throughput and per-document latency
 * of [method@Baogao.Engine.analyze], JSON serialization, peak memory, and a
 * corpus mode analyzing many documents at once.
 *
 * ```
 * baogao-bench                                  # $BAOGAO_CORPUS_DIR or the sample
 * baogao-bench --iterations 200 --json report.txt
 * baogao-bench --corpus /data/reports --threads 8
 * ```
 *
 * ## Method
 *
 * Every input is read and decoded once, up front: reading files is not
 * measured. Each timed run makes a fresh document from the decoded text
 * with [ctor@Baogao.Document.new] (analyzing appends annotations, so a
 * document cannot be analyzed twice) and analyzes it; the document's
 * construction is timed separately. One untimed pass warms the caches and
 * the analyzers' compiled tables. Single-thread figures run the engine with
 * [method@Baogao.Engine.set_max_threads] at 1. Corpus mode pushes
 * documents × iterations runs onto a [struct@GLib.ThreadPool] sharing one
 * engine and reports the aggregate rate over the wall-clock time.
 *
 * Peak memory is the peak resident set size (VmHWM, else `ru_maxrss` from
 * getrusage(2)), read after the single-thread
 * phase (so that the corpus mode's concurrent documents do not count) and
 * again at the end.
 */

#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include <json-glib/json-glib.h>
#include <baogao/baogao.h>

#define MB (1024.0 * 1024.0)

typedef struct
{
  char  *path;
  char  *text;
  gsize  size;
} Input;

typedef struct
{
  double  n;       /* runs */
  double  seconds; /* summed */
  double  p50_us, p90_us, p99_us, max_us;
} Timings;

typedef struct
{
  BaogaoEngine *engine;
  GPtrArray    *inputs;   /* (element-type Input) */
  int           failures; /* atomic */
} CorpusRun;

static int iterations = 20;
static int threads = 0;
static gboolean json_output = FALSE;
static char *corpus_dir = NULL;
static char *analyzers = NULL;

static const GOptionEntry entries[] = {
  { "iterations", 'n', 0, G_OPTION_ARG_INT, &iterations,
    "Timed runs over each document (default: 20)", "N" },
  { "threads", 'j', 0, G_OPTION_ARG_INT, &threads,
    "Threads for the corpus mode (default: one per processor)", "N" },
  { "corpus", 'c', 0, G_OPTION_ARG_FILENAME, &corpus_dir,
    "Benchmark every *.txt in DIR (default: $BAOGAO_CORPUS_DIR, else the sample report)", "DIR" },
  { "analyzers", 'a', 0, G_OPTION_ARG_STRING, &analyzers,
    "Comma-separated analyzers to run (default: all)", "LIST" },
  { "json", 0, 0, G_OPTION_ARG_NONE, &json_output,
    "Print the figures as one JSON object", NULL },
  G_OPTION_ENTRY_NULL
};

static gint64
now_ns (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);

  return (gint64) ts.tv_sec * G_GINT64_CONSTANT (1000000000) + ts.tv_nsec;
}

/* CPU time of the whole process: on a busy machine wall-clock time also
 * counts the time other processes held the cores. During the single-thread
 * phase only one thread works, so this is the analysis' own CPU time. */
static gint64
cpu_ns (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);

  return (gint64) ts.tv_sec * G_GINT64_CONSTANT (1000000000) + ts.tv_nsec;
}

/* The peak resident set size of this process, in MB. Linux's ru_maxrss
 * carries over the peak of the process that exec()ed us (meson's Python,
 * a shell), so VmHWM, which belongs to the current address space, comes
 * first; getrusage(2) is the fallback. */
static double
peak_rss_mb (void)
{
  g_autofree char *status = NULL;
  struct rusage usage;
  const char *line;

  if (g_file_get_contents ("/proc/self/status", &status, NULL, NULL)
      && (line = strstr (status, "\nVmHWM:")) != NULL)
    return g_ascii_strtod (line + strlen ("\nVmHWM:"), NULL) / 1024.0;

  if (getrusage (RUSAGE_SELF, &usage) != 0)
    return 0.0;

  /* Linux reports kilobytes */
  return (double) usage.ru_maxrss / 1024.0;
}

static void
input_free (gpointer data)
{
  Input *input = data;

  g_free (input->path);
  g_free (input->text);
  g_free (input);
}

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* The files to benchmark: the arguments, else --corpus, else
 * $BAOGAO_CORPUS_DIR, else the bundled sample report. */
static GPtrArray *
collect_paths (char   **args,
               GError **error)
{
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  const char *dir = corpus_dir;
  const char *sample;
  g_autoptr(GDir) handle = NULL;
  const char *name;

  for (guint i = 1; args[i] != NULL; i++)
    g_ptr_array_add (paths, g_strdup (args[i]));
  if (paths->len > 0)
    return g_steal_pointer (&paths);

  if (dir == NULL)
    dir = g_getenv ("BAOGAO_CORPUS_DIR");

  if (dir != NULL && *dir != '\0')
    {
      handle = g_dir_open (dir, 0, error);
      if (handle == NULL)
        return NULL;
      while ((name = g_dir_read_name (handle)) != NULL)
        if (g_str_has_suffix (name, ".txt"))
          g_ptr_array_add (paths, g_build_filename (dir, name, NULL));
      g_ptr_array_sort (paths, compare_paths);
      if (paths->len == 0)
        {
          g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT,
                       "%s: no *.txt file in the corpus directory", dir);
          return NULL;
        }
      return g_steal_pointer (&paths);
    }

  sample = g_getenv ("BAOGAO_SAMPLE_REPORT");
#ifdef BAOGAO_SAMPLE_REPORT
  if (sample == NULL)
    sample = BAOGAO_SAMPLE_REPORT;
#endif
  if (sample == NULL)
    {
      g_set_error_literal (error, G_FILE_ERROR, G_FILE_ERROR_NOENT,
                           "no input: give FILES, --corpus or BAOGAO_CORPUS_DIR");
      return NULL;
    }
  g_ptr_array_add (paths, g_strdup (sample));

  return g_steal_pointer (&paths);
}

static GPtrArray *
read_inputs (GPtrArray  *paths,
             GError    **error)
{
  g_autoptr(GPtrArray) inputs = g_ptr_array_new_with_free_func (input_free);

  for (guint i = 0; i < paths->len; i++)
    {
      g_autoptr(BaogaoDocument) document = NULL;
      g_autoptr(GError) local_error = NULL;
      Input *input;

      document = baogao_document_new_from_file (paths->pdata[i], NULL, &local_error);
      if (document == NULL)
        {
          g_set_error (error, local_error->domain, local_error->code,
                       "%s: %s", (const char *) paths->pdata[i], local_error->message);
          return NULL;
        }

      input = g_new0 (Input, 1);
      input->path = g_strdup (paths->pdata[i]);
      input->size = baogao_document_get_size (document);
      input->text = g_memdup2 (baogao_document_get_text (document), input->size + 1);
      g_ptr_array_add (inputs, input);
    }

  return g_steal_pointer (&inputs);
}

static int
compare_gint64 (gconstpointer a,
                gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : x > y ? 1 : 0;
}

/* Nearest-rank percentile of sorted nanoseconds, in microseconds. */
static double
percentile_us (GArray *sorted,
               double  q)
{
  gsize rank;

  if (sorted->len == 0)
    return 0.0;

  rank = (gsize) (q * sorted->len + 0.999999);
  rank = CLAMP (rank, 1, sorted->len);

  return g_array_index (sorted, gint64, rank - 1) / 1000.0;
}

static void
summarize (GArray  *latencies,
           Timings *timings)
{
  gint64 sum = 0;

  for (guint i = 0; i < latencies->len; i++)
    sum += g_array_index (latencies, gint64, i);

  g_array_sort (latencies, compare_gint64);
  timings->n = latencies->len;
  timings->seconds = sum / 1e9;
  timings->p50_us = percentile_us (latencies, 0.50);
  timings->p90_us = percentile_us (latencies, 0.90);
  timings->p99_us = percentile_us (latencies, 0.99);
  timings->max_us = percentile_us (latencies, 1.0);
}

/* Analyzes one fresh document; returns it, or NULL on a run error. Adds the
 * analyze time to @latencies and the construction time to @new_ns. */
static BaogaoDocument *
run_once (BaogaoEngine *engine,
          const Input  *input,
          GArray       *latencies,
          gint64       *new_ns,
          gint64       *analyze_cpu_ns)
{
  g_autoptr(BaogaoDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  gint64 t0, t1, t2, c1 = 0, c2;

  t0 = now_ns ();
  document = baogao_document_new (input->text, (gssize) input->size, &error);
  t1 = now_ns ();
  if (document == NULL)
    {
      g_printerr ("baogao-bench: %s: %s\n", input->path, error->message);
      return NULL;
    }

  if (analyze_cpu_ns != NULL)
    c1 = cpu_ns ();
  if (!baogao_engine_analyze (engine, document, NULL, &error)
      && !g_error_matches (error, BAOGAO_ERROR, BAOGAO_ERROR_ANALYZER_FAILED))
    {
      g_printerr ("baogao-bench: %s: %s\n", input->path, error->message);
      return NULL;
    }
  t2 = now_ns ();
  if (analyze_cpu_ns != NULL)
    {
      c2 = cpu_ns ();
      *analyze_cpu_ns += c2 - c1;
    }

  if (latencies != NULL)
    {
      gint64 elapsed = t2 - t1;

      g_array_append_val (latencies, elapsed);
    }
  if (new_ns != NULL)
    *new_ns += t1 - t0;

  return g_steal_pointer (&document);
}

/* Counts the analyzers of @document that did not run cleanly, warning once
 * about each. */
static guint
check_statuses (BaogaoDocument *document,
                const char     *path)
{
  g_auto(GStrv) names = baogao_document_dup_analyzer_names (document);
  guint n_bad = 0;

  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      const char *message = NULL;

      if (baogao_document_get_analyzer_status (document, names[i], &message) != BAOGAO_RUN_OK)
        {
          g_printerr ("baogao-bench: %s: warning: analyzer “%s” did not run cleanly: %s\n",
                      path, names[i], message != NULL ? message : "(no message)");
          n_bad++;
        }
    }

  return n_bad;
}

/* Adds each analyzer's `elapsed_us`, as the engine recorded it in the
 * document, to @elapsed (name → microseconds). The API has no getter for
 * it, so this reads the serialized document; it runs outside the timings. */
static void
add_analyzer_times (BaogaoDocument *document,
                    GHashTable     *elapsed)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *json = baogao_document_to_json (document, BAOGAO_JSON_NONE, NULL);
  JsonObject *root;
  JsonArray *runs;

  if (json == NULL || !json_parser_load_from_data (parser, json, -1, NULL))
    return;
  root = json_node_get_object (json_parser_get_root (parser));
  runs = json_object_get_array_member (root, "analyzers");

  for (guint i = 0; runs != NULL && i < json_array_get_length (runs); i++)
    {
      JsonObject *run = json_array_get_object_element (runs, i);
      const char *name = json_object_get_string_member (run, "name");
      double *total;

      if (name == NULL || !json_object_has_member (run, "elapsed_us"))
        continue;
      total = g_hash_table_lookup (elapsed, name);
      if (total == NULL)
        {
          total = g_new0 (double, 1);
          g_hash_table_insert (elapsed, g_strdup (name), total);
        }
      *total += json_object_get_int_member (run, "elapsed_us");
    }
}

static void
corpus_run (gpointer data,
            gpointer user_data)
{
  CorpusRun *run = user_data;
  g_autoptr(BaogaoDocument) document = run_once (run->engine, data, NULL, NULL, NULL);

  if (document == NULL)
    g_atomic_int_inc (&run->failures);
}

static void
add_double (JsonBuilder *builder,
            const char  *member,
            double       value)
{
  json_builder_set_member_name (builder, member);
  json_builder_add_double_value (builder, value);
}

static void
add_int (JsonBuilder *builder,
         const char  *member,
         gint64       value)
{
  json_builder_set_member_name (builder, member);
  json_builder_add_int_value (builder, value);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BaogaoEngine) engine = NULL;
  g_autoptr(GPtrArray) plugins = NULL;
  g_autoptr(GPtrArray) paths = NULL;
  g_autoptr(GPtrArray) inputs = NULL;
  g_autoptr(GPtrArray) analyzed = NULL;
  g_autoptr(GArray) latencies = NULL;
  g_auto(GStrv) args = NULL;
  g_auto(GStrv) names = NULL;
  g_auto(GStrv) plan = NULL;
  GThreadPool *pool;
  CorpusRun run = { 0 };
  Timings single = { 0 };
  gint64 t0, discovery_ns, load_ns, new_ns = 0, json_ns = 0, corpus_ns, analyze_cpu = 0;
  gsize total_size = 0, json_size = 0;
  guint n_loaded = 0, n_failed_plugins = 0, n_annotations = 0, n_indicators = 0;
  guint n_bad_runs = 0, json_rounds;
  g_autoptr(GHashTable) elapsed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  int n_timed_passes;
  double rss_start, rss_ready, rss_single, rss_end;
  double single_mb, corpus_mb_s, single_mb_s, single_cpu_mb_s;

  setlocale (LC_ALL, "");

  context = g_option_context_new ("[FILE…]");
  g_option_context_set_summary (context,
    "Measures plugin discovery and loading, single-thread throughput and\n"
    "latency, JSON serialization, peak memory and multi-threaded corpus\n"
    "throughput of the Baogao pipeline.");
  g_option_context_add_main_entries (context, entries, NULL);
  args = g_strdupv (argv);
  if (!g_option_context_parse_strv (context, &args, &error))
    {
      g_printerr ("baogao-bench: %s\n", error->message);
      return 1;
    }
  if (iterations < 1 || threads < 0)
    {
      g_printerr ("baogao-bench: --iterations must be 1 or more, --threads 0 or more\n");
      return 1;
    }
  if (threads == 0)
    threads = (int) g_get_num_processors ();

  rss_start = peak_rss_mb ();

  /* plugin discovery, then loading, timed apart */
  t0 = now_ns ();
  engine = baogao_engine_new ();
  plugins = baogao_engine_get_plugins (engine);
  discovery_ns = now_ns () - t0;

  t0 = now_ns ();
  for (guint i = 0; plugins != NULL && i < plugins->len; i++)
    {
      g_autoptr(GError) load_error = NULL;

      if (baogao_engine_load_plugin (engine, plugins->pdata[i], &load_error))
        n_loaded++;
      else
        {
          g_printerr ("baogao-bench: warning: %s\n", load_error->message);
          n_failed_plugins++;
        }
    }
  load_ns = now_ns () - t0;

  if (analyzers != NULL)
    names = g_strsplit (analyzers, ",", -1);
  if (!baogao_engine_select (engine, (const char * const *) names, &error)
      || (plan = baogao_engine_dup_plan (engine, &error)) == NULL)
    {
      g_printerr ("baogao-bench: %s\n", error->message);
      return 3;
    }

  paths = collect_paths (args, &error);
  if (paths == NULL)
    {
      g_printerr ("baogao-bench: %s\n", error->message);
      return 2;
    }
  inputs = read_inputs (paths, &error);
  if (inputs == NULL)
    {
      g_printerr ("baogao-bench: %s\n", error->message);
      return 2;
    }
  for (guint i = 0; i < inputs->len; i++)
    total_size += ((Input *) inputs->pdata[i])->size;
  rss_ready = peak_rss_mb ();

  /* single thread: warm up, then time */
  baogao_engine_set_max_threads (engine, 1);
  for (guint i = 0; i < inputs->len; i++)
    {
      g_autoptr(BaogaoDocument) document = run_once (engine, inputs->pdata[i], NULL, NULL, NULL);
      g_autoptr(GPtrArray) indicators = NULL;

      if (document == NULL)
        return 4;
      n_bad_runs += check_statuses (document, ((Input *) inputs->pdata[i])->path);
      n_annotations += baogao_document_get_n_annotations (document);
      indicators = baogao_document_get_indicators (document);
      n_indicators += indicators != NULL ? indicators->len : 0;
    }

  n_timed_passes = MIN (iterations, 20);
  latencies = g_array_sized_new (FALSE, FALSE, sizeof (gint64), inputs->len * iterations);
  analyzed = g_ptr_array_new_with_free_func (g_object_unref);
  for (int it = 0; it < iterations; it++)
    for (guint i = 0; i < inputs->len; i++)
      {
        g_autoptr(BaogaoDocument) document = run_once (engine, inputs->pdata[i], latencies, &new_ns,
                                                       &analyze_cpu);

        if (document == NULL)
          return 4;
        if (it >= iterations - n_timed_passes)
          add_analyzer_times (document, elapsed);
        if (it == iterations - 1)
          g_ptr_array_add (analyzed, g_steal_pointer (&document));
      }
  summarize (latencies, &single);
  single_mb = total_size * (double) iterations / MB;
  single_mb_s = single.seconds > 0 ? single_mb / single.seconds : 0.0;
  single_cpu_mb_s = analyze_cpu > 0 ? single_mb / (analyze_cpu / 1e9) : 0.0;

  /* JSON serialization of the analyzed documents */
  json_rounds = (guint) iterations;
  for (guint round = 0; round < json_rounds; round++)
    for (guint i = 0; i < analyzed->len; i++)
      {
        gsize length = 0;
        g_autofree char *json = NULL;

        t0 = now_ns ();
        json = baogao_document_to_json (analyzed->pdata[i], BAOGAO_JSON_NO_TIMINGS, &length);
        json_ns += now_ns () - t0;
        if (round == 0)
          json_size += length;
      }
  g_clear_pointer (&analyzed, g_ptr_array_unref);
  rss_single = peak_rss_mb ();

  /* corpus mode: documents side by side over one shared engine */
  run.engine = engine;
  run.inputs = inputs;
  pool = g_thread_pool_new (corpus_run, &run, threads, TRUE, &error);
  if (pool == NULL)
    {
      g_printerr ("baogao-bench: %s\n", error->message);
      return 1;
    }
  t0 = now_ns ();
  for (int it = 0; it < iterations; it++)
    for (guint i = 0; i < inputs->len; i++)
      g_thread_pool_push (pool, inputs->pdata[i], NULL);
  g_thread_pool_free (pool, FALSE, TRUE);
  corpus_ns = now_ns () - t0;
  corpus_mb_s = corpus_ns > 0 ? single_mb / (corpus_ns / 1e9) : 0.0;
  if (g_atomic_int_get (&run.failures) > 0)
    {
      g_printerr ("baogao-bench: %d corpus runs failed\n", g_atomic_int_get (&run.failures));
      return 4;
    }
  rss_end = peak_rss_mb ();

  if (json_output)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonGenerator) generator = json_generator_new ();
      g_autoptr(JsonNode) root = NULL;
      g_autofree char *data = NULL;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "version");
      json_builder_add_string_value (builder, BAOGAO_VERSION_S);
      add_int (builder, "documents", inputs->len);
      add_int (builder, "input_bytes", (gint64) total_size);
      add_double (builder, "input_mb", total_size / MB);
      add_int (builder, "iterations", iterations);
      add_int (builder, "plugins_discovered", plugins != NULL ? plugins->len : 0);
      add_int (builder, "plugins_loaded", n_loaded);
      add_int (builder, "plugins_failed", n_failed_plugins);
      json_builder_set_member_name (builder, "plan");
      json_builder_begin_array (builder);
      for (guint i = 0; plan[i] != NULL; i++)
        json_builder_add_string_value (builder, plan[i]);
      json_builder_end_array (builder);
      add_double (builder, "discovery_ms", discovery_ns / 1e6);
      add_double (builder, "load_ms", load_ns / 1e6);
      add_int (builder, "annotations", n_annotations);
      add_int (builder, "indicators", n_indicators);
      add_int (builder, "analyzer_problems", n_bad_runs);
      add_double (builder, "analyzed_mb", single_mb);
      add_double (builder, "analyze_seconds", single.seconds);
      add_double (builder, "mb_per_s", single_mb_s);
      add_double (builder, "mb_per_cpu_s", single_cpu_mb_s);
      add_double (builder, "documents_per_s", single.seconds > 0 ? single.n / single.seconds : 0.0);
      add_double (builder, "latency_p50_us", single.p50_us);
      add_double (builder, "latency_p90_us", single.p90_us);
      add_double (builder, "latency_p99_us", single.p99_us);
      add_double (builder, "latency_max_us", single.max_us);
      add_double (builder, "document_new_mb_per_s", new_ns > 0 ? single_mb / (new_ns / 1e9) : 0.0);
      add_int (builder, "json_bytes", (gint64) json_size);
      add_double (builder, "json_text_mb_per_s",
                  json_ns > 0 ? total_size * (double) json_rounds / MB / (json_ns / 1e9) : 0.0);
      add_double (builder, "json_output_mb_per_s",
                  json_ns > 0 ? json_size * (double) json_rounds / MB / (json_ns / 1e9) : 0.0);
      json_builder_set_member_name (builder, "analyzer_mb_per_s");
      json_builder_begin_object (builder);
      for (guint i = 0; plan[i] != NULL; i++)
        {
          double *us = g_hash_table_lookup (elapsed, plan[i]);

          json_builder_set_member_name (builder, plan[i]);
          if (us != NULL && *us > 0)
            json_builder_add_double_value (builder, total_size * (double) n_timed_passes / MB / (*us / 1e6));
          else
            json_builder_add_null_value (builder);
        }
      json_builder_end_object (builder);
      add_int (builder, "corpus_threads", threads);
      add_double (builder, "corpus_mb_per_s", corpus_mb_s);
      add_double (builder, "corpus_speedup", single_mb_s > 0 ? corpus_mb_s / single_mb_s : 0.0);
      add_double (builder, "rss_start_mb", rss_start);
      add_double (builder, "rss_ready_mb", rss_ready);
      add_double (builder, "peak_rss_mb", rss_single);
      add_double (builder, "peak_rss_corpus_mb", rss_end);
      add_double (builder, "peak_rss_over_input", total_size > 0 ? rss_single * MB / total_size : 0.0);
      add_double (builder, "rss_growth_over_input",
                  total_size > 0 ? (rss_single - rss_ready) * MB / total_size : 0.0);
      json_builder_end_object (builder);

      root = json_builder_get_root (builder);
      json_generator_set_root (generator, root);
      json_generator_set_pretty (generator, TRUE);
      data = json_generator_to_data (generator, NULL);
      g_print ("%s\n", data);
    }
  else
    {
      g_print ("baogao-bench %s\n", BAOGAO_VERSION_S);
      g_print ("corpus        %u document%s, %" G_GSIZE_FORMAT " bytes (%.3f MB) of text, %d iterations\n",
               inputs->len, inputs->len == 1 ? "" : "s", total_size, total_size / MB, iterations);
      g_print ("plugins       %u discovered in %.3f ms; %u loaded, %u failed, in %.3f ms\n",
               plugins != NULL ? plugins->len : 0, discovery_ns / 1e6,
               n_loaded, n_failed_plugins, load_ns / 1e6);
      {
        g_autofree char *joined = g_strjoinv (", ", plan);

        g_print ("plan          %s\n", joined);
      }
      g_print ("result        %u annotations, %u indicators per pass%s\n",
               n_annotations, n_indicators,
               n_bad_runs > 0 ? " (SOME ANALYZERS FAILED)" : "");
      g_print ("single thread %.2f MB in %.3f s: %.1f MB/s, %.0f documents/s; "
               "%.1f MB per CPU second\n",
               single_mb, single.seconds, single_mb_s,
               single.seconds > 0 ? single.n / single.seconds : 0.0, single_cpu_mb_s);
      g_print ("  latency µs  p50 %.1f  p90 %.1f  p99 %.1f  max %.1f\n",
               single.p50_us, single.p90_us, single.p99_us, single.max_us);
      g_print ("  per analyzer (engine's elapsed_us, wall clock, last %d passes):\n", n_timed_passes);
      for (guint i = 0; plan[i] != NULL; i++)
        {
          double *us = g_hash_table_lookup (elapsed, plan[i]);

          if (us != NULL && *us > 0)
            g_print ("    %-16s %8.1f MB/s  %8.1f µs per pass\n", plan[i],
                     total_size * (double) n_timed_passes / MB / (*us / 1e6),
                     *us / n_timed_passes);
          else
            g_print ("    %-16s        –\n", plan[i]);
        }
      g_print ("  document_new %.1f MB/s (not included above)\n",
               new_ns > 0 ? single_mb / (new_ns / 1e9) : 0.0);
      g_print ("json          %" G_GSIZE_FORMAT " bytes per pass (%.1f× the text): "
               "%.1f MB/s of text, %.1f MB/s of JSON\n",
               json_size, total_size > 0 ? (double) json_size / total_size : 0.0,
               json_ns > 0 ? total_size * (double) json_rounds / MB / (json_ns / 1e9) : 0.0,
               json_ns > 0 ? json_size * (double) json_rounds / MB / (json_ns / 1e9) : 0.0);
      g_print ("corpus mode   %d threads: %.1f MB/s aggregate (%.2f× single thread)\n",
               threads, corpus_mb_s, single_mb_s > 0 ? corpus_mb_s / single_mb_s : 0.0);
      g_print ("memory        peak RSS %.1f MB (%.1f MB at start, %.1f MB with inputs read); "
               "%.1f MB after corpus mode\n",
               rss_single, rss_start, rss_ready, rss_end);
      g_print ("  peak RSS / input %.1f; growth while analyzing / input %.1f\n",
               total_size > 0 ? rss_single * MB / total_size : 0.0,
               total_size > 0 ? (rss_single - rss_ready) * MB / total_size : 0.0);
    }

  g_free (corpus_dir);
  g_free (analyzers);

  return n_bad_runs > 0 ? 4 : 0;
}

/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/**
 * baogao analyze:
 *
 * Reads each input, runs the selected analyzers of one shared
 * [class@Baogao.Engine] over it and writes the annotated documents.
 *
 * ```
 * baogao analyze report.txt                       # one JSON document
 * baogao analyze --format jsonl a.txt b.txt      # one document per line
 * baogao analyze --format text --analyzers structure,quantity report.txt
 * baogao analyze --format csv --output indicators.csv 20*.txt
 * iconv -f utf-8 -t gb18030 report.txt | baogao analyze --encoding GB18030 -
 * ```
 *
 * ## Several inputs
 *
 * With `--format json` several inputs give one JSON array, in the order of
 * the arguments; `jsonl` writes one compact document per line; `csv` writes
 * one table of indicators, one header then the rows of every input (the
 * columns are described in baogao-csv-format.c). Inputs are
 * analyzed `--threads` at a time over a [struct@GLib.ThreadPool] and written
 * in order, so the output does not depend on the number of threads. A
 * single input spreads its analyzers over the threads, unless it is a file
 * under 64 KB and `--threads` is not given: that is analyzed in the main
 * thread alone, where it is done sooner than a thread is started.
 *
 * ## Failures
 *
 * An input that cannot be read or decoded is reported and skipped; the
 * others are still analyzed and the exit status is 2. An analyzer failing on
 * a document is recorded in the document (`"status": "failed"`) and reported
 * as a warning; the exit status stays 0 unless `--strict` is given. With
 * `--output`, the file is replaced atomically once everything is written: an
 * interrupted or failed run never leaves a partial file.
 *
 * ## Interruption
 *
 * SIGINT and SIGTERM are blocked in every thread and taken by one helper
 * thread with sigwait(3), which may call anything, unlike a signal handler.
 * The first signal cancels the shared [class@Gio.Cancellable]:
 * the analyzers and the read of standard input stop, nothing is written to
 * `--output`, and the status is 128 + the signal number. A second signal
 * exits at once. `--output` is written to a temporary file beside it as
 * the documents come; the watch runs until that file is renamed over
 * `--output` or removed, so that no signal leaves it behind.
 */

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <sys/stat.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <gio/gunixinputstream.h>

#include "baogao-tool.h"

typedef enum {
  FORMAT_JSON,
  FORMAT_JSONL,
  FORMAT_TEXT,
  FORMAT_CSV,
} OutputFormat;

/* ------------------------------------------------------------------------ */
/* Signal watch                                                              */

/* The signal signal_watch_stop () wakes the watch with: one of its own,
 * so that a user's SIGINT or SIGTERM that comes just then is not taken
 * for it */
#define WAKE_SIGNAL (SIGRTMIN + 1)

typedef struct
{
  pthread_t     thread;
  sigset_t      signals;   /* SIGINT, SIGTERM and WAKE_SIGNAL */
  sigset_t      old_mask;
  GCancellable *cancellable;
  int           signum;    /* atomic: the first signal received */
  GMutex        lock;      /* guards temp_path */
  const char   *temp_path; /* the output's temporary file, while it exists */
} SignalWatch;

static void *
signal_watch_thread (void *user_data)
{
  SignalWatch *watch = user_data;

  for (;;)
    {
      int signum;

      if (sigwait (&watch->signals, &signum) != 0)
        continue;
      if (signum == WAKE_SIGNAL)
        break;
      if (!g_atomic_int_compare_and_exchange (&watch->signum, 0, signum))
        {
          /* the second signal: the user really wants out. The lock is
           * kept, so that the temporary file is neither renamed nor
           * freed meanwhile. */
          g_mutex_lock (&watch->lock);
          if (watch->temp_path != NULL)
            g_unlink (watch->temp_path);
          _exit (128 + signum);
        }
      g_cancellable_cancel (watch->cancellable);
    }

  return NULL;
}

/* Blocks the signals in this thread, and so in every thread started from
 * now on, and waits for them in one of its own. Call it before any other
 * thread is started. */
static void
signal_watch_start (SignalWatch  *watch,
                    GCancellable *cancellable)
{
  int error;

  memset (watch, 0, sizeof *watch);
  g_mutex_init (&watch->lock);
  watch->cancellable = g_object_ref (cancellable);
  sigemptyset (&watch->signals);
  sigaddset (&watch->signals, SIGINT);
  sigaddset (&watch->signals, SIGTERM);
  sigaddset (&watch->signals, WAKE_SIGNAL);
  pthread_sigmask (SIG_BLOCK, &watch->signals, &watch->old_mask);

  error = pthread_create (&watch->thread, NULL, signal_watch_thread, watch);
  if (error != 0)
    g_error ("Cannot start a thread: %s", g_strerror (error));
}

/* Returns the signal received, or 0: one that comes while stopping
 * counts too. A signal that comes later has its default effect again. */
static int
signal_watch_stop (SignalWatch *watch)
{
  pthread_kill (watch->thread, WAKE_SIGNAL);
  pthread_join (watch->thread, NULL);
  pthread_sigmask (SIG_SETMASK, &watch->old_mask, NULL);
  g_object_unref (watch->cancellable);
  g_mutex_clear (&watch->lock);

  return g_atomic_int_get (&watch->signum);
}

/* ------------------------------------------------------------------------ */
/* Output sink: standard output, or a file replaced atomically               */

/* A file is written to a temporary file beside it as the output comes,
 * then renamed over it once whole (sink_finish ()), as
 * g_file_set_contents_full () does with one buffer: nothing is held in
 * memory longer than it takes to write it. The data reaches the disk
 * before the rename when it replaces a file, so that a crash leaves the
 * old file or the new one. The temporary file is made with the first
 * output (a run that writes nothing leaves the file alone) and removed if
 * the run is interrupted (by sink_finish () or sink_clear (), or by the
 * signal watch on a second signal). */
typedef struct
{
  char          *path;       /* NULL for standard output */
  SignalWatch   *watch;
  char          *temp;       /* the temporary file, once made */
  int            fd;         /* open on it, or -1 */
  gboolean       replacing;  /* @path exists */
  GError        *error;      /* the first failure; nothing is written after it */
  gboolean       failed;     /* a write to standard output failed */
} Sink;

static void
sink_set_errno (Sink *sink,
                int   saved_errno)
{
  if (sink->error == NULL)
    g_set_error (&sink->error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                 "%s", g_strerror (saved_errno));
}

/* Makes the temporary file, if not yet made; FALSE after a failure. */
static gboolean
sink_open_file (Sink *sink)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  GStatBuf st;
  int saved_errno = 0;

  if (sink->error != NULL)
    return FALSE;
  if (sink->fd >= 0)
    return TRUE;

  /* A device or a pipe is not replaced by a file (as g_file_replace ()
   * refused too); a link is replaced itself, as there */
  if (g_lstat (sink->path, &st) == 0)
    {
      if (!S_ISREG (st.st_mode) && !S_ISLNK (st.st_mode))
        {
          g_set_error (&sink->error, G_FILE_ERROR, G_FILE_ERROR_INVAL,
                       "Not a regular file; the output is written atomically, "
                       "by replacing a file, so give a file name or use standard output");
          return FALSE;
        }
      sink->replacing = TRUE;
    }

  dir = g_path_get_dirname (sink->path);
  base = g_path_get_basename (sink->path);
  sink->temp = g_strdup_printf ("%s%c.%s.XXXXXX", dir, G_DIR_SEPARATOR, base);
  g_mutex_lock (&sink->watch->lock);
  sink->fd = g_mkstemp_full (sink->temp, O_WRONLY, 0666);
  if (sink->fd >= 0)
    sink->watch->temp_path = sink->temp;
  else
    saved_errno = errno;
  g_mutex_unlock (&sink->watch->lock);
  if (sink->fd < 0)
    {
      g_set_error (&sink->error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   "Cannot create a file in %s: %s", dir, g_strerror (saved_errno));
      g_clear_pointer (&sink->temp, g_free);
      return FALSE;
    }

  return TRUE;
}

/* Writes @length bytes of @data. */
static void
sink_put (Sink       *sink,
          const char *data,
          gsize       length)
{
  if (sink->path == NULL)
    {
      if (!sink->failed && !tool_write_stdout (data, length))
        sink->failed = TRUE;
      return;
    }

  if (!sink_open_file (sink))
    return;
  while (length > 0)
    {
      gssize n = write (sink->fd, data, MIN (length, G_MAXSSIZE));

      if (n < 0)
        {
          if (errno == EINTR)
            continue;
          sink_set_errno (sink, errno);
          return;
        }
      data += n;
      length -= n;
    }
}

/* Takes @data, a g_malloc()ed buffer. */
static void
sink_take (Sink  *sink,
           char  *data,
           gsize  length)
{
  sink_put (sink, data, length);
  g_free (data);
}

static void
sink_write (Sink       *sink,
            const char *text)
{
  sink_put (sink, text, strlen (text));
}

/* Takes a part of a document's JSON (a BaogaoWriteFunc); FALSE once the
 * sink failed, which stops the writing */
static gboolean
sink_put_part (const guint8 *data,
               gsize         length,
               gpointer      user_data)
{
  Sink *sink = user_data;

  sink_put (sink, (const char *) data, length);
  return sink->error == NULL && !sink->failed;
}

/* Writes @document as JSON to the sink, a part at a time; FALSE on a
 * failure (recorded in the sink, and reported when it is finished) */
static gboolean
sink_write_json (Sink            *sink,
                 BaogaoDocument  *document,
                 BaogaoJsonFlags  flags)
{
  return baogao_document_write_json_to_callback (document, flags, sink_put_part, sink);
}

/* Closes and removes the temporary file, if there is one: the output of
 * an interrupted run. Call it while the signal watch runs. */
static void
sink_discard (Sink *sink)
{
  if (sink->fd >= 0)
    {
      close (sink->fd);
      sink->fd = -1;
    }
  if (sink->temp == NULL)
    return;
  g_mutex_lock (&sink->watch->lock);
  g_unlink (sink->temp);
  g_clear_pointer (&sink->temp, g_free);
  sink->watch->temp_path = NULL;
  g_mutex_unlock (&sink->watch->lock);
}

/* Ends the output: renames the file written over the one it replaces.
 * Call it while the signal watch runs. */
static int
sink_finish (Sink     *sink,
             gboolean *interrupted)
{
  gboolean cancelled;

  if (sink->path == NULL)
    {
      if (sink->failed)
        {
          /* (a write failed: stdout's error flag is set, and this
           * reports it) */
          tool_finish_stdout ();
          return TOOL_EXIT_IO;
        }
      return tool_finish_stdout ();
    }

  if (sink->fd < 0 && sink->error == NULL)
    return TOOL_EXIT_OK;

  if (sink->fd >= 0)
    {
      if (sink->error == NULL && sink->replacing && fsync (sink->fd) != 0)
        sink_set_errno (sink, errno);
      if (close (sink->fd) != 0)
        sink_set_errno (sink, errno);
      sink->fd = -1;
    }

  /* renamed, or removed, under the lock: the watch's second signal
   * removes it otherwise */
  g_mutex_lock (&sink->watch->lock);
  cancelled = g_cancellable_is_cancelled (sink->watch->cancellable);
  if (sink->temp != NULL && sink->error == NULL && !cancelled &&
      g_rename (sink->temp, sink->path) != 0)
    sink_set_errno (sink, errno);
  if (sink->temp != NULL && (sink->error != NULL || cancelled))
    g_unlink (sink->temp);
  g_clear_pointer (&sink->temp, g_free);
  sink->watch->temp_path = NULL;
  g_mutex_unlock (&sink->watch->lock);

  if (cancelled)
    {
      *interrupted = TRUE;
      return TOOL_EXIT_OK;
    }
  if (sink->error != NULL)
    {
      g_autofree char *display = g_filename_display_name (sink->path);

      tool_error (display, "%s", sink->error->message);
      return TOOL_EXIT_IO;
    }

  return TOOL_EXIT_OK;
}

/* Frees the sink, once finished or discarded. */
static void
sink_clear (Sink *sink)
{
  g_warn_if_fail (sink->temp == NULL && sink->fd < 0);
  g_clear_error (&sink->error);
  g_clear_pointer (&sink->path, g_free);
}

/* ------------------------------------------------------------------------ */
/* Jobs: one per input                                                       */

typedef struct
{
  const char     *path;      /* as given; "-" for standard input */
  char           *display;   /* UTF-8, for messages and source.path */
  BaogaoDocument *document;
  GError         *error;
  int             status;    /* the exit status the error maps to */
  gboolean        done;
} Job;

typedef struct
{
  BaogaoEngine *engine;
  GCancellable *cancellable;
  const char   *encoding;
  GMutex        mutex;
  GCond         cond;
} Pipeline;

static GBytes *
read_stdin (GCancellable  *cancellable,
            GError       **error)
{
  g_autoptr(GInputStream) input = g_unix_input_stream_new (STDIN_FILENO, FALSE);
  g_autoptr(GOutputStream) output = g_memory_output_stream_new_resizable ();

  if (g_output_stream_splice (output, input,
                              G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET,
                              cancellable, error) < 0)
    return NULL;

  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (output));
}

static BaogaoDocument *
read_input (const char    *path,
            const char    *encoding,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;

  if (!g_str_equal (path, "-"))
    return baogao_document_new_from_file (path, encoding, error);

  bytes = read_stdin (cancellable, error);
  if (bytes == NULL)
    return NULL;

  return baogao_document_new_from_bytes (bytes, encoding, error);
}

static void
run_job (Job      *job,
         Pipeline *pipeline)
{
  g_autoptr(BaogaoDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  int status = TOOL_EXIT_OK;

  if (g_cancellable_set_error_if_cancelled (pipeline->cancellable, &error))
    goto out;

  document = read_input (job->path, pipeline->encoding, pipeline->cancellable, &error);
  if (document == NULL)
    {
      status = TOOL_EXIT_IO;
      goto out;
    }

  if (!g_str_equal (job->path, "-"))
    baogao_document_set_source_path (document, job->display);

  /* analyzer failures are recorded in the document; a FALSE return is a
   * failure of the run itself */
  if (!baogao_engine_analyze (pipeline->engine, document, pipeline->cancellable, &error))
    {
      if (g_error_matches (error, BAOGAO_ERROR, BAOGAO_ERROR_ANALYZER_FAILED))
        g_clear_error (&error);
      else
        {
          g_clear_object (&document);
          status = TOOL_EXIT_SETUP;
        }
    }

out:
  g_mutex_lock (&pipeline->mutex);
  job->document = g_steal_pointer (&document);
  job->error = g_steal_pointer (&error);
  job->status = status;
  job->done = TRUE;
  g_cond_broadcast (&pipeline->cond);
  g_mutex_unlock (&pipeline->mutex);
}

static void
run_job_in_pool (gpointer data,
                 gpointer user_data)
{
  run_job (data, user_data);
}

/* The readers' messages may start with the path already; the tool prints
 * it once, in front. */
static const char *
strip_path_prefix (const char *message,
                   const Job  *job)
{
  const char *prefixes[] = { job->path, job->display };

  for (gsize i = 0; i < G_N_ELEMENTS (prefixes); i++)
    {
      gsize length = strlen (prefixes[i]);

      if (strncmp (message, prefixes[i], length) == 0
          && message[length] == ':' && message[length + 1] == ' ')
        return message + length + 2;
    }

  return message;
}

/* Warns about every analyzer that did not run cleanly; returns how many
 * failed. */
static guint
report_analyzer_problems (BaogaoDocument *document,
                          const char     *display)
{
  g_auto(GStrv) names = baogao_document_dup_analyzer_names (document);
  guint n_failed = 0;

  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      const char *message = NULL;

      switch (baogao_document_get_analyzer_status (document, names[i], &message))
        {
        case BAOGAO_RUN_OK:
          break;

        case BAOGAO_RUN_FAILED:
          tool_warning (display, "analyzer “%s” failed: %s", names[i],
                        message != NULL ? message : "no message");
          n_failed++;
          break;

        case BAOGAO_RUN_SKIPPED:
          tool_warning (display, "analyzer “%s” skipped: %s", names[i],
                        message != NULL ? message : "a requirement did not run");
          break;

        default:
          g_assert_not_reached ();
        }
    }

  return n_failed;
}

/* ------------------------------------------------------------------------ */

/* Writing one document                                                      */

/* JSON may hold U+0085, U+2028 and U+2029 raw, but line readers such as
 * Python's str.splitlines() break lines there: in jsonl, where a line is a
 * document, they are written as escapes. They can only be inside strings,
 * so each sequence is replaced where it is. Takes @json; returns it, or a
 * longer copy. The JSON is about twelve times the text: its lead bytes
 * (0xC2, 0xE2) are found with memchr (), not by reading every byte. */
static char *
escape_line_breaks (char  *json,
                    gsize *length)
{
  const char *end = json + *length;
  const char *next_c2 = memchr (json, 0xc2, *length);
  const char *next_e2 = memchr (json, 0xe2, *length);
  GString *out = NULL;
  gsize copied = 0;

  while (next_c2 != NULL || next_e2 != NULL)
    {
      const char *p = next_e2 == NULL || (next_c2 != NULL && next_c2 < next_e2) ? next_c2 : next_e2;
      const char *escape = NULL;
      gsize width = 0;

      if (p == next_c2)
        {
          if (p + 1 < end && (guchar) p[1] == 0x85)
            escape = "\\u0085", width = 2;
          next_c2 = memchr (p + 1, 0xc2, end - p - 1);
        }
      else
        {
          if (p + 2 < end && (guchar) p[1] == 0x80 && ((guchar) p[2] == 0xa8 || (guchar) p[2] == 0xa9))
            escape = (guchar) p[2] == 0xa8 ? "\\u2028" : "\\u2029", width = 3;
          next_e2 = memchr (p + 1, 0xe2, end - p - 1);
        }
      if (escape == NULL)
        continue;

      if (out == NULL)
        out = g_string_sized_new (*length + 64);
      g_string_append_len (out, json + copied, (p - json) - copied);
      g_string_append (out, escape);
      copied = (p - json) + width;
    }

  if (out == NULL)
    return json;

  g_string_append_len (out, json + copied, *length - copied);
  g_free (json);
  *length = out->len;
  return g_string_free (out, FALSE);
}

static gboolean
emit_document (Sink            *sink,
               BaogaoDocument  *document,
               const char      *display,
               const char      *name,
               OutputFormat     format,
               BaogaoJsonFlags  flags,
               gboolean         in_array,
               gboolean         bom,
               guint            n_emitted)
{
  char *json = NULL;
  gsize length = 0;
  gboolean streamed;

  if (format == FORMAT_CSV)
    {
      GString *rows = g_string_new (NULL);

      /* one table for all inputs: the header comes with the first */
      if (n_emitted == 0)
        tool_format_csv_header (rows, bom);
      tool_format_csv_rows (rows, document, name);
      length = rows->len;
      sink_take (sink, g_string_free (rows, FALSE), length);
      return TRUE;
    }

  if (format == FORMAT_TEXT)
    {
      GString *text = g_string_new (NULL);

      if (n_emitted > 0)
        g_string_append_c (text, '\n');
      tool_format_document (text, document, display);
      length = text->len;
      sink_take (sink, g_string_free (text, FALSE), length);
      return TRUE;
    }

  if (format == FORMAT_JSONL)
    flags &= ~BAOGAO_JSON_PRETTY;

  /* A document's JSON is written a part at a time, never whole in memory
   * (it is about twelve times the text), unless it must be changed first:
   * a JSON line has no line break, and a pretty document in an array
   * loses its final one. */
  streamed = format == FORMAT_JSON && !(in_array && (flags & BAOGAO_JSON_PRETTY));
  if (!streamed)
    {
      json = baogao_document_to_json (document, flags, &length);
      if (json == NULL)
        {
          tool_error (display, "cannot serialize the document");
          return FALSE;
        }
      /* keep the JSON in one piece; separators around it */
      while (length > 0 && json[length - 1] == '\n')
        length--;
      if (format == FORMAT_JSONL)
        json = escape_line_breaks (json, &length);
    }

  if (in_array)
    sink_write (sink, n_emitted == 0 ? "[\n" : ",\n");
  if (!streamed)
    sink_take (sink, json, length);
  else if (!sink_write_json (sink, document, flags))
    return FALSE;
  /* (a pretty document streamed ends with its line break) */
  if (!in_array && !(streamed && (flags & BAOGAO_JSON_PRETTY)))
    sink_write (sink, "\n");

  return TRUE;
}

/* ------------------------------------------------------------------------ */
/* Options                                                                   */

static gboolean
parse_format (const char   *name,
              OutputFormat *format)
{
  if (name == NULL || g_str_equal (name, "json"))
    *format = FORMAT_JSON;
  else if (g_str_equal (name, "jsonl"))
    *format = FORMAT_JSONL;
  else if (g_str_equal (name, "text"))
    *format = FORMAT_TEXT;
  else if (g_str_equal (name, "csv"))
    *format = FORMAT_CSV;
  else
    return FALSE;

  return TRUE;
}

/* "a, b,,c" → {"a", "b", "c"}; NULL if the list holds no name. */
static GStrv
split_analyzer_list (const char *list)
{
  g_auto(GStrv) parts = g_strsplit (list, ",", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  gboolean any = FALSE;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *name = g_strstrip (parts[i]);

      if (*name == '\0')
        continue;
      g_strv_builder_add (builder, name);
      any = TRUE;
    }

  return any ? g_strv_builder_end (builder) : NULL;
}

/* Below this size, one input is analyzed in this thread alone unless
 * --threads says otherwise: starting a thread for its analyzers, and
 * handing them over, costs more than it saves on a report of a few tens of
 * KB (one of 31 KB is analyzed in about a millisecond). */
#define SHORT_INPUT_BYTES (64 * 1024)

/* Whether the single input @path is short work: a regular file below
 * SHORT_INPUT_BYTES (standard input is not known in advance) */
static gboolean
is_short_input (const char *path)
{
  GStatBuf st;

  return !g_str_equal (path, "-") && g_stat (path, &st) == 0 &&
         S_ISREG (st.st_mode) && st.st_size < SHORT_INPUT_BYTES;
}

static int
setup_engine (BaogaoEngine       *engine,
              const char * const *names,
              int                 threads,
              const char * const *inputs,
              guint               n_inputs)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) plan = NULL;

  if (!baogao_engine_select (engine, names, &error))
    {
      tool_error (NULL, "%s", error->message);
      return TOOL_EXIT_SETUP;
    }

  /* ordering now reports a cycle or a missing requirement before any input
   * is read */
  plan = baogao_engine_dup_plan (engine, &error);
  if (plan == NULL)
    {
      tool_error (NULL, "%s", error->message);
      return TOOL_EXIT_SETUP;
    }

  /* Nothing to run: a search path without plugins, not a report without
   * facts, and the user should hear of it */
  if (plan[0] == NULL)
    {
      g_autofree char *path = g_strjoinv (G_SEARCHPATH_SEPARATOR_S,
                                          (char **) baogao_engine_get_search_path (engine));

      tool_error (NULL, "no analyzer was found in the plugin search path (%s); "
                  "install the plugins or set BAOGAO_PLUGIN_PATH to their directory",
                  path);
      return TOOL_EXIT_SETUP;
    }

  /* several inputs run side by side, one analyzer at a time each; one input
   * may spread its analyzers over the threads, unless it is short */
  if (n_inputs > 1)
    baogao_engine_set_max_threads (engine, 1);
  else if (threads > 0)
    baogao_engine_set_max_threads (engine, threads);
  else if (is_short_input (inputs[0]))
    baogao_engine_set_max_threads (engine, 1);

  return TOOL_EXIT_OK;
}

int
tool_cmd_analyze (char **args)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(BaogaoEngine) engine = NULL;
  g_autoptr(GCancellable) cancellable = NULL;
  g_autofree char *format_name = NULL;
  g_autofree char *analyzers = NULL;
  g_autofree char *encoding = NULL;
  g_autofree Job *jobs = NULL;
  g_auto(GStrv) names = NULL;
  const char *stdin_only[] = { "-", NULL };
  const char * const *inputs;
  char *output = NULL;
  gboolean pretty = FALSE;
  gboolean no_timings = FALSE;
  gboolean strict = FALSE;
  gboolean bom = FALSE;
  int threads = 0;
  OutputFormat format;
  BaogaoJsonFlags flags = BAOGAO_JSON_NONE;
  GThreadPool *pool = NULL;
  Pipeline pipeline = { 0 };
  SignalWatch watch;
  Sink sink = { 0 };
  guint n_inputs, n_emitted = 0, next = 0, window;
  gboolean in_array;
  int status, signum;
  gboolean interrupted;
  const GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name,
      "Output format: json (default), jsonl, text or csv", "FORMAT" },
    { "analyzers", 'a', 0, G_OPTION_ARG_STRING, &analyzers,
      "Comma-separated analyzers to run, with what they require (default: all)", "LIST" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      "Write to FILE, replaced atomically, instead of standard output", "FILE" },
    { "pretty", 'p', 0, G_OPTION_ARG_NONE, &pretty,
      "Indent the JSON (json format only)", NULL },
    { "bom", 0, 0, G_OPTION_ARG_NONE, &bom,
      "Start with a UTF-8 byte-order mark, for Excel (csv format only)", NULL },
    { "encoding", 'e', 0, G_OPTION_ARG_STRING, &encoding,
      "Read the inputs in this encoding instead of detecting it (e.g. GB18030)", "ENC" },
    { "threads", 'j', 0, G_OPTION_ARG_INT, &threads,
      "Worker threads (default: one per processor; one for a single input "
      "under 64 KB)", "N" },
    { "no-timings", 0, 0, G_OPTION_ARG_NONE, &no_timings,
      "Leave out the analyzer timings, for reproducible output", NULL },
    { "strict", 0, 0, G_OPTION_ARG_NONE, &strict,
      "Exit with status 4 if any analyzer failed", NULL },
    G_OPTION_ENTRY_NULL
  };

  g_set_prgname ("baogao analyze");
  context = g_option_context_new ("[FILE|-]…");
  g_option_context_set_summary (context,
    "Analyzes each FILE, or standard input for “-” or when no FILE is given,\n"
    "and writes the annotated documents (format baogao-document/1).");
  g_option_context_set_description (context,
    "Formats:\n"
    "  json   one document; a JSON array of documents for several inputs\n"
    "  jsonl  one compact document per line\n"
    "  text   a summary for people: metadata, analyzers, sections,\n"
    "         annotation counts and the indicator table\n"
    "  csv    one table of indicators for all inputs (RFC 4180, LF line\n"
    "         ends, UTF-8): document,region,year,key,value,unit,normalized,\n"
    "         base_unit,approx,scope,period,sentence; one row per\n"
    "         indicator, empty for null\n"
    "\n"
    "Inputs are detected as UTF-8, UTF-16 with a BOM or GB18030 unless\n"
    "--encoding is given. With several inputs, --threads of them are analyzed\n"
    "at a time and written in argument order. An input that cannot be read is\n"
    "reported and skipped; an analyzer that fails is reported as a warning and\n"
    "recorded in the document.\n"
    "\n"
    TOOL_EXIT_STATUS_HELP
    "\n"
    TOOL_ENVIRONMENT_HELP);
  g_option_context_add_main_entries (context, entries, NULL);

  status = tool_parse_options (context, &args);
  if (status != TOOL_EXIT_OK)
    goto out_options;

  if (!parse_format (format_name, &format))
    {
      g_autofree char *message = g_strdup_printf ("unknown format “%s”: use json, jsonl, text or csv",
                                                  format_name);

      status = tool_usage_error (context, message);
      goto out_options;
    }

  if (threads < 0)
    {
      status = tool_usage_error (context, "--threads must be 0 or more");
      goto out_options;
    }

  if (analyzers != NULL)
    {
      names = split_analyzer_list (analyzers);
      if (names == NULL)
        {
          status = tool_usage_error (context, "--analyzers names no analyzer");
          goto out_options;
        }
    }

  if (encoding != NULL)
    {
      GIConv converter = g_iconv_open ("UTF-8", encoding);

      if (converter == (GIConv) -1)
        {
          g_autofree char *message = g_strdup_printf ("unknown encoding “%s”", encoding);

          status = tool_usage_error (context, message);
          goto out_options;
        }
      g_iconv_close (converter);
    }

  if (output != NULL && g_str_equal (output, "-"))
    g_clear_pointer (&output, g_free);

  if (output != NULL && g_file_test (output, G_FILE_TEST_IS_DIR))
    {
      g_autofree char *display = g_filename_display_name (output);

      tool_error (display, "is a directory");
      status = TOOL_EXIT_IO;
      goto out_options;
    }

  inputs = args[1] != NULL ? (const char * const *) args + 1 : stdin_only;
  n_inputs = g_strv_length ((char **) inputs);
  engine = baogao_engine_new ();
  /* an explicit --threads also caps the analyzers of a single input */
  status = setup_engine (engine, (const char * const *) names, threads, inputs, n_inputs);
  if (threads == 0)
    threads = (int) g_get_num_processors ();
  if (status != TOOL_EXIT_OK)
    goto out_options;

  if (pretty && format == FORMAT_JSON)
    flags |= BAOGAO_JSON_PRETTY;
  if (no_timings)
    flags |= BAOGAO_JSON_NO_TIMINGS;
  in_array = format == FORMAT_JSON && n_inputs > 1;

  sink.path = g_steal_pointer (&output);
  sink.watch = &watch;
  sink.fd = -1;

  cancellable = g_cancellable_new ();
  signal_watch_start (&watch, cancellable);

  pipeline.engine = engine;
  pipeline.cancellable = cancellable;
  pipeline.encoding = encoding;
  g_mutex_init (&pipeline.mutex);
  g_cond_init (&pipeline.cond);

  jobs = g_new0 (Job, n_inputs);
  for (guint i = 0; i < n_inputs; i++)
    {
      jobs[i].path = inputs[i];
      jobs[i].display = g_str_equal (inputs[i], "-")
                        ? g_strdup ("standard input")
                        : g_filename_display_name (inputs[i]);
    }

  /* a bounded window keeps memory flat over a long list of inputs */
  window = 2 * (guint) threads;
  if (n_inputs > 1 && threads > 1)
    pool = g_thread_pool_new (run_job_in_pool, &pipeline, threads, FALSE, NULL);

  for (guint i = 0; i < n_inputs; i++)
    {
      Job *job = &jobs[i];

      if (pool != NULL)
        {
          for (; next < n_inputs && next < i + window; next++)
            g_thread_pool_push (pool, &jobs[next], NULL);

          g_mutex_lock (&pipeline.mutex);
          while (!job->done)
            g_cond_wait (&pipeline.cond, &pipeline.mutex);
          g_mutex_unlock (&pipeline.mutex);
        }
      else
        {
          run_job (job, &pipeline);
        }

      if (g_cancellable_is_cancelled (cancellable))
        break;

      if (job->error != NULL)
        {
          tool_error (job->display, "%s", strip_path_prefix (job->error->message, job));
          status = MAX (status, job->status);
        }

      if (job->document != NULL)
        {
          if (report_analyzer_problems (job->document, job->display) > 0 && strict)
            status = MAX (status, TOOL_EXIT_ANALYZER);

          /* the csv document column: the path as given */
          if (emit_document (&sink, job->document, job->display,
                             g_str_equal (job->path, "-") ? "-" : job->display,
                             format, flags, in_array, bom && format == FORMAT_CSV, n_emitted))
            n_emitted++;
          else
            status = MAX (status, TOOL_EXIT_IO);

          g_clear_object (&job->document);
        }
    }

  if (pool != NULL)
    {
      /* drop queued jobs; wait for the running ones, which see the
       * cancellation */
      g_thread_pool_free (g_steal_pointer (&pool), TRUE, TRUE);
    }

  if (in_array && n_emitted > 0)
    sink_write (&sink, "\n]\n");

  /* finished while the watch still runs: see Sink */
  interrupted = g_cancellable_is_cancelled (cancellable);
  if (!interrupted)
    {
      int written = sink_finish (&sink, &interrupted);  /* MAX() would run it twice */

      status = MAX (status, written);
    }
  else
    sink_discard (&sink);
  signum = signal_watch_stop (&watch);

  /* a signal after the output was written: the output stands, and the
   * status says the run was interrupted */
  if (!interrupted && signum != 0)
    {
      tool_error (NULL, "interrupted after the output was written");
      status = 128 + signum;
    }
  else if (interrupted)
    {
      if (sink.path != NULL)
        {
          g_autofree char *display = g_filename_display_name (sink.path);

          tool_error (NULL, "interrupted; %s was not written", display);
        }
      else
        {
          tool_error (NULL, "interrupted");
        }
      status = 128 + (signum != 0 ? signum : SIGINT);
    }

  for (guint i = 0; i < n_inputs; i++)
    {
      g_clear_object (&jobs[i].document);
      g_clear_error (&jobs[i].error);
      g_free (jobs[i].display);
    }
  g_mutex_clear (&pipeline.mutex);
  g_cond_clear (&pipeline.cond);
  sink_clear (&sink);

out_options:
  g_free (output);
  return status;
}

/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/**
 * baogao:
 *
 * The `baogao` command-line tool: one program, several commands.
 *
 * ```
 * baogao analyze report.txt --format text
 * baogao analyze --format jsonl --output all.jsonl 2023.txt 2024.txt
 * baogao eval result.json report.gold.json
 * baogao plugins --json
 * ```
 *
 * ## Conventions
 *
 * Every command parses its own options with a [struct@GLib.OptionContext].
 * Diagnostics go to standard error as `baogao: <file>: <message>`; results
 * go to standard output or, with `--output`, to a file written atomically.
 * The exit statuses are listed in `TOOL_EXIT_STATUS_HELP`.
 */

#include <errno.h>
#include <locale.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <stdio.h>

#include "baogao-tool.h"

typedef struct
{
  const char *name;
  const char *summary;
  int (*run) (char **args);
} ToolCommand;

static const ToolCommand commands[] = {
  { "analyze", "Analyze reports and write the annotated documents", tool_cmd_analyze },
  { "eval", "Score an analyzed report against a hand-checked gold file", tool_cmd_eval },
  { "plugins", "List the analyzer plugins and whether they load", tool_cmd_plugins },
};

static gboolean library_warnings_muted = FALSE;

/* The library's own warnings (a malformed .plugin file met during
 * discovery, …) in the tool's format; everything else as GLib prints it. */
static GLogWriterOutput
tool_log_writer (GLogLevelFlags   log_level,
                 const GLogField *fields,
                 gsize            n_fields,
                 gpointer         user_data)
{
  const char *domain = NULL;
  const char *message = NULL;

  for (gsize i = 0; i < n_fields; i++)
    {
      if (g_str_equal (fields[i].key, "GLIB_DOMAIN"))
        domain = fields[i].value;
      else if (g_str_equal (fields[i].key, "MESSAGE") && fields[i].length < 0)
        message = fields[i].value;
    }

  if (g_strcmp0 (domain, "Baogao") == 0 && message != NULL
      && (log_level & (G_LOG_LEVEL_WARNING | G_LOG_LEVEL_MESSAGE)) != 0
      && (log_level & G_LOG_FLAG_FATAL) == 0)
    {
      if (!g_atomic_int_get (&library_warnings_muted))
        g_printerr ("baogao: warning: %s\n", message);
      return G_LOG_WRITER_HANDLED;
    }

  return g_log_writer_default (log_level, fields, n_fields, user_data);
}

/* For commands that report the same problems in their output. */
void
tool_mute_library_warnings (gboolean muted)
{
  g_atomic_int_set (&library_warnings_muted, muted);
}

static void
tool_vmessage (const char *what,
               const char *kind,
               const char *format,
               va_list     args)
{
  g_autofree char *message = g_strdup_vprintf (format, args);

  g_printerr ("baogao: %s%s%s%s\n",
              what != NULL ? what : "",
              what != NULL ? ": " : "",
              kind != NULL ? kind : "",
              message);
}

/* Prints `baogao: <what>: <message>` to stderr; @what may be %NULL. */
void
tool_error (const char *what,
            const char *format,
            ...)
{
  va_list args;

  va_start (args, format);
  tool_vmessage (what, NULL, format, args);
  va_end (args);
}

/* Prints `baogao: <what>: warning: <message>` to stderr. */
void
tool_warning (const char *what,
              const char *format,
              ...)
{
  va_list args;

  va_start (args, format);
  tool_vmessage (what, "warning: ", format, args);
  va_end (args);
}

int
tool_usage_error (GOptionContext *context,
                  const char     *message)
{
  g_printerr ("baogao: %s\n", message);
  g_printerr ("Try “%s --help” for more information.\n", g_get_prgname ());

  return TOOL_EXIT_USAGE;
}

/* Parses @args in place; GLib itself handles --help and exits 0. */
int
tool_parse_options (GOptionContext   *context,
                    char           ***args)
{
  g_autoptr(GError) error = NULL;

  if (!g_option_context_parse_strv (context, args, &error))
    return tool_usage_error (context, error->message);

  return TOOL_EXIT_OK;
}

/* Results are UTF-8 whatever the locale, so they bypass g_print(), which
 * would convert them to the locale's charset. */
gboolean
tool_write_stdout (const char *data,
                   gsize       length)
{
  return fwrite (data, 1, length, stdout) == length;
}

int
tool_finish_stdout (void)
{
  if (fflush (stdout) != 0 || ferror (stdout))
    {
      int saved_errno = errno;

      tool_error ("standard output", "%s",
                  g_strerror (saved_errno != 0 ? saved_errno : EIO));
      return TOOL_EXIT_IO;
    }

  return TOOL_EXIT_OK;
}

static const ToolCommand *
find_command (const char *name)
{
  for (gsize i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      if (g_strcmp0 (commands[i].name, name) == 0)
        return &commands[i];
    }

  return NULL;
}

static int
run_command_help (const ToolCommand *command)
{
  char *help_args[] = { (char *) command->name, (char *) "--help", NULL };
  g_auto(GStrv) args = g_strdupv (help_args);

  /* GOptionContext prints the help and exits 0 */
  return command->run (args);
}

static char *
build_summary (void)
{
  GString *summary = g_string_new ("Turns people's-congress work reports (人大常委会工作报告)\n"
                                   "into annotated documents.\n\nCommands:\n");

  for (gsize i = 0; i < G_N_ELEMENTS (commands); i++)
    g_string_append_printf (summary, "  %-10s%s\n", commands[i].name, commands[i].summary);
  g_string_append_printf (summary, "  %-10s%s\n", "help", "Show the help of a command");
  g_string_append (summary, "\nRun “baogao COMMAND --help” for the options of a command.");

  return g_string_free (summary, FALSE);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autofree char *summary = NULL;
  g_auto(GStrv) args = NULL;
  const ToolCommand *command;
  gboolean version = FALSE;
  int status;
  const GOptionEntry entries[] = {
    { "version", 0, 0, G_OPTION_ARG_NONE, &version, "Print the version and exit", NULL },
    G_OPTION_ENTRY_NULL
  };

#ifdef __GLIBC__
  /* glibc raises its mmap threshold to the size of every large block
   * freed, after which the buffers an analysis frees (copies of the text,
   * arrays of hits) stay in the heap of each thread that used them. A
   * fixed threshold gives blocks of 512 KiB and more back at once: a
   * 2.5 MB report peaks 8 MB lower. Smaller ones, all a report of usual
   * size needs, stay in the heap for the next document. */
  mallopt (M_MMAP_THRESHOLD, 512 * 1024);
#endif

  /* The user's character set (for messages on the terminal) and language
   * (for GLib's own messages); numbers and dates stay as C writes them,
   * and the other categories, which nothing here uses, are not loaded:
   * each is a file to open and map. */
  setlocale (LC_CTYPE, "");
  setlocale (LC_MESSAGES, "");
  g_set_prgname ("baogao");
  g_log_set_writer_func (tool_log_writer, NULL, NULL);

  context = g_option_context_new ("COMMAND [ARGS…]");
  summary = build_summary ();
  g_option_context_set_summary (context, summary);
  g_option_context_set_description (context, TOOL_EXIT_STATUS_HELP "\n" TOOL_ENVIRONMENT_HELP);
  g_option_context_add_main_entries (context, entries, NULL);
  /* stop at the command: its options belong to its own context */
  g_option_context_set_strict_posix (context, TRUE);

  args = g_strdupv (argv);
  status = tool_parse_options (context, &args);
  if (status != TOOL_EXIT_OK)
    return status;

  if (version)
    {
      g_print ("baogao %s\n", BAOGAO_VERSION_S);
      return TOOL_EXIT_OK;
    }

  if (args[1] == NULL)
    {
      g_printerr ("Usage:\n  baogao [OPTION…] COMMAND [ARGS…]\n\n%s\n", summary);
      return TOOL_EXIT_USAGE;
    }

  if (g_str_equal (args[1], "help"))
    {
      if (args[2] == NULL)
        {
          g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

          g_print ("%s", help);
          return TOOL_EXIT_OK;
        }

      command = find_command (args[2]);
      if (command == NULL)
        {
          g_autofree char *message = g_strdup_printf ("unknown command “%s”", args[2]);

          return tool_usage_error (context, message);
        }

      return run_command_help (command);
    }

  command = find_command (args[1]);
  if (command == NULL)
    {
      g_autofree char *message = g_strdup_printf ("unknown command “%s”", args[1]);

      return tool_usage_error (context, message);
    }

  return command->run (args + 1);
}

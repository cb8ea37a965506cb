/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

#pragma once

/* Shared by the source files of the `baogao` command-line tool only; this
 * header is not installed. */

#include <baogao/baogao.h>

G_BEGIN_DECLS

/*
 * ToolExit:
 * @TOOL_EXIT_OK: success
 * @TOOL_EXIT_USAGE: a usage error: unknown command or option, bad value
 * @TOOL_EXIT_IO: an input could not be read or decoded, or the output could
 *   not be written
 * @TOOL_EXIT_SETUP: the plugins or the engine could not be set up: unknown
 *   analyzer, missing requirement, cycle, a plugin that fails to load
 * @TOOL_EXIT_ANALYZER: an analyzer failed on some input and `--strict` was
 *   given
 * @TOOL_EXIT_BELOW_BAR: `baogao eval --bars`: some score is under its bar
 * @TOOL_EXIT_CANCELLED: interrupted by SIGINT (SIGTERM gives 143)
 *
 * The exit status of `baogao`. When several apply, the highest wins.
 */
typedef enum {
  TOOL_EXIT_OK        = 0,
  TOOL_EXIT_USAGE     = 1,
  TOOL_EXIT_IO        = 2,
  TOOL_EXIT_SETUP     = 3,
  TOOL_EXIT_ANALYZER  = 4,
  TOOL_EXIT_BELOW_BAR = 5,
  TOOL_EXIT_CANCELLED = 130,
} ToolExit;

/* The exit-status table, for every command's --help. */
#define TOOL_EXIT_STATUS_HELP \
  "Exit status:\n" \
  "  0    success (analyzer failures are reported as warnings)\n" \
  "  1    usage error: unknown command or option, bad option value\n" \
  "  2    an input cannot be read or decoded, or the output cannot be\n" \
  "       written (the other inputs are still analyzed)\n" \
  "  3    plugin or engine setup error: unknown analyzer, missing\n" \
  "       requirement, dependency cycle, a plugin that cannot be loaded\n" \
  "  4    some analyzer failed and --strict was given\n" \
  "  130  interrupted by SIGINT (143 for SIGTERM); no output file is\n" \
  "       written. A second SIGINT quits at once.\n" \
  "When several apply, the highest status is returned.\n"

#define TOOL_ENVIRONMENT_HELP \
  "Environment:\n" \
  "  BAOGAO_PLUGIN_PATH  colon-separated directories searched for\n" \
  "                      plugins after the built-in plugin directory\n"

/* baogao.c */
void      tool_error            (const char     *what,
                                 const char     *format,
                                 ...) G_GNUC_PRINTF (2, 3);
void      tool_warning          (const char     *what,
                                 const char     *format,
                                 ...) G_GNUC_PRINTF (2, 3);
int       tool_usage_error      (GOptionContext *context,
                                 const char     *message);
int       tool_parse_options    (GOptionContext *context,
                                 char         ***args);
gboolean  tool_write_stdout     (const char     *data,
                                 gsize           length);
int       tool_finish_stdout    (void);
void      tool_mute_library_warnings (gboolean muted);

/* baogao-cmd-analyze.c */
int       tool_cmd_analyze      (char          **args);

/* baogao-cmd-plugins.c */
int       tool_cmd_plugins      (char          **args);

/* baogao-cmd-eval.c */
int       tool_cmd_eval         (char          **args);

/* baogao-csv-format.c */
char     *tool_format_shortest  (double          value);
void      tool_format_csv_header (GString       *out,
                                 gboolean        bom);
void      tool_format_csv_rows  (GString        *out,
                                 BaogaoDocument *document,
                                 const char     *document_name);

/* baogao-text-format.c */
gsize     tool_text_width       (const char     *text);
void      tool_append_padded    (GString        *out,
                                 const char     *text,
                                 gsize           width,
                                 gboolean        align_right);
void      tool_append_truncated (GString        *out,
                                 const char     *text,
                                 gsize           max_width,
                                 gsize           pad_to);
void      tool_format_document  (GString        *out,
                                 BaogaoDocument *document,
                                 const char     *display_name);

G_END_DECLS

/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/**
 * baogao plugins:
 *
 * Lists every plugin the engine discovers on its search path, with what its
 * `.plugin` file says and whether its module loads.
 *
 * ```
 * baogao plugins
 * baogao plugins --json | python3 -m json.tool
 * BAOGAO_PLUGIN_PATH=build/plugins baogao plugins --no-load
 * ```
 *
 * ## Status
 *
 * By default each plugin is loaded with [method@Baogao.Engine.load_plugin],
 * so a broken module shows its error: `loaded` or `error`. With `--no-load`
 * only the keyfile checks run ([method@Baogao.PluginInfo.is_available]):
 * `available` or `error`. A broken plugin never stops the listing of the
 * others, and the exit status is 0 whatever the plugins' state.
 */

#include <string.h>

#include <json-glib/json-glib.h>

#include "baogao-tool.h"

typedef struct
{
  BaogaoPluginInfo *info;
  const char       *status;
  GError           *error;
} PluginRow;

static void
plugin_row_clear (gpointer data)
{
  PluginRow *row = data;

  g_clear_pointer (&row->info, baogao_plugin_info_unref);
  g_clear_error (&row->error);
}

static void
check_plugin (BaogaoEngine     *engine,
              BaogaoPluginInfo *info,
              gboolean          load,
              PluginRow        *row)
{
  row->info = baogao_plugin_info_ref (info);

  if (!load)
    row->status = baogao_plugin_info_is_available (info, &row->error) ? "available" : "error";
  else if (baogao_plugin_info_is_loaded (info))
    row->status = "loaded";
  else
    row->status = baogao_engine_load_plugin (engine, info, &row->error) ? "loaded" : "error";
}

static void
add_string_array (JsonBuilder        *builder,
                  const char         *member,
                  const char * const *strings)
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  for (guint i = 0; strings != NULL && strings[i] != NULL; i++)
    json_builder_add_string_value (builder, strings[i]);
  json_builder_end_array (builder);
}

static void
add_nullable_string (JsonBuilder *builder,
                     const char  *member,
                     const char  *value)
{
  json_builder_set_member_name (builder, member);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

/* Paths are in the file-name encoding; JSON and terminals want UTF-8. */
static void
add_filename (JsonBuilder *builder,
              const char  *member,
              const char  *filename)
{
  g_autofree char *display = filename != NULL ? g_filename_display_name (filename) : NULL;

  add_nullable_string (builder, member, display);
}

static char *
plugins_to_json (GArray *rows)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_array (builder);
  for (guint i = 0; i < rows->len; i++)
    {
      const PluginRow *row = &g_array_index (rows, PluginRow, i);
      const BaogaoPluginInfo *info = row->info;

      json_builder_begin_object (builder);
      add_nullable_string (builder, "name", baogao_plugin_info_get_name (info));
      add_nullable_string (builder, "version", baogao_plugin_info_get_version (info));
      add_nullable_string (builder, "description", baogao_plugin_info_get_description (info));
      add_nullable_string (builder, "module", baogao_plugin_info_get_module_name (info));
      json_builder_set_member_name (builder, "abi");
      json_builder_add_int_value (builder, baogao_plugin_info_get_abi (info));
      add_string_array (builder, "requires", baogao_plugin_info_get_requires (info));
      add_string_array (builder, "provides", baogao_plugin_info_get_provides (info));
      add_filename (builder, "file", baogao_plugin_info_get_file (info));
      add_filename (builder, "module_dir", baogao_plugin_info_get_module_dir (info));
      add_nullable_string (builder, "status", row->status);
      add_nullable_string (builder, "error", row->error != NULL ? row->error->message : NULL);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);

  return json_generator_to_data (generator, NULL);
}

static void
append_list_line (GString            *out,
                  const char         *label,
                  const char * const *strings)
{
  g_string_append_printf (out, "  %-9s ", label);
  if (strings == NULL || strings[0] == NULL)
    g_string_append (out, "–");
  for (guint i = 0; strings != NULL && strings[i] != NULL; i++)
    g_string_append_printf (out, "%s%s", i > 0 ? ", " : "", strings[i]);
  g_string_append_c (out, '\n');
}

static char *
plugins_to_text (BaogaoEngine *engine,
                 GArray       *rows)
{
  GString *out = g_string_new (NULL);
  guint n_loaded = 0, n_available = 0, n_error = 0;

  if (rows->len == 0)
    {
      const char * const *path = baogao_engine_get_search_path (engine);

      g_string_append (out, "No plugins found. Search path:\n");
      for (guint i = 0; path != NULL && path[i] != NULL; i++)
        {
          g_autofree char *display = g_filename_display_name (path[i]);

          g_string_append_printf (out, "  %s\n", display);
        }
      if (path == NULL || path[0] == NULL)
        g_string_append (out, "  (empty)\n");

      return g_string_free (out, FALSE);
    }

  for (guint i = 0; i < rows->len; i++)
    {
      const PluginRow *row = &g_array_index (rows, PluginRow, i);
      const BaogaoPluginInfo *info = row->info;
      const char *description = baogao_plugin_info_get_description (info);
      const char *version = baogao_plugin_info_get_version (info);
      const char *file = baogao_plugin_info_get_file (info);
      g_autofree char *display_file = file != NULL ? g_filename_display_name (file) : NULL;

      if (g_str_equal (row->status, "loaded"))
        n_loaded++;
      else if (g_str_equal (row->status, "available"))
        n_available++;
      else
        n_error++;

      if (i > 0)
        g_string_append_c (out, '\n');
      g_string_append_printf (out, "%s %s — %s\n",
                              baogao_plugin_info_get_name (info),
                              version != NULL ? version : "(no version)",
                              row->status);
      if (description != NULL && *description != '\0')
        g_string_append_printf (out, "  %s\n", description);
      append_list_line (out, "requires", baogao_plugin_info_get_requires (info));
      append_list_line (out, "provides", baogao_plugin_info_get_provides (info));
      g_string_append_printf (out, "  %-9s %s\n", "file",
                              display_file != NULL ? display_file : "–");
      if (row->error != NULL)
        g_string_append_printf (out, "  %-9s %s\n", "error", row->error->message);
    }

  g_string_append_printf (out, "\n%u plugin%s:", rows->len, rows->len == 1 ? "" : "s");
  if (n_loaded > 0)
    g_string_append_printf (out, " %u loaded", n_loaded);
  if (n_available > 0)
    g_string_append_printf (out, "%s %u available", n_loaded > 0 ? "," : "", n_available);
  if (n_error > 0)
    g_string_append_printf (out, "%s %u with errors",
                            n_loaded + n_available > 0 ? "," : "", n_error);
  g_string_append_c (out, '\n');

  return g_string_free (out, FALSE);
}

int
tool_cmd_plugins (char **args)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(BaogaoEngine) engine = NULL;
  g_autoptr(GPtrArray) plugins = NULL;
  g_autoptr(GArray) rows = NULL;
  g_autofree char *data = NULL;
  gboolean json = FALSE;
  gboolean no_load = FALSE;
  int status;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json,
      "Print a JSON array instead of text", NULL },
    { "no-load", 0, 0, G_OPTION_ARG_NONE, &no_load,
      "Only check the .plugin files; do not load the modules", NULL },
    G_OPTION_ENTRY_NULL
  };

  g_set_prgname ("baogao plugins");
  context = g_option_context_new (NULL);
  g_option_context_set_summary (context,
    "Lists the analyzer plugins found on the search path: name, version,\n"
    "description, requires, provides, file, and status (loaded, available or\n"
    "error, with the error). Each plugin is loaded to check its module.");
  g_option_context_set_description (context,
    "A plugin that fails to load is listed with its error; the others are\n"
    "still listed and the exit status stays 0.\n"
    "\n"
    TOOL_EXIT_STATUS_HELP
    "\n"
    TOOL_ENVIRONMENT_HELP);
  g_option_context_add_main_entries (context, entries, NULL);

  status = tool_parse_options (context, &args);
  if (status != TOOL_EXIT_OK)
    return status;

  if (args[1] != NULL)
    {
      g_autofree char *message = g_strdup_printf ("unexpected argument “%s”", args[1]);

      return tool_usage_error (context, message);
    }

  /* discovery warns about malformed keyfiles; the listing shows them */
  tool_mute_library_warnings (TRUE);
  engine = baogao_engine_new ();
  plugins = baogao_engine_get_plugins (engine);

  rows = g_array_new (FALSE, TRUE, sizeof (PluginRow));
  g_array_set_clear_func (rows, plugin_row_clear);
  g_array_set_size (rows, plugins != NULL ? plugins->len : 0);
  for (guint i = 0; i < rows->len; i++)
    check_plugin (engine, plugins->pdata[i], !no_load, &g_array_index (rows, PluginRow, i));

  data = json ? plugins_to_json (rows) : plugins_to_text (engine, rows);
  if (json)
    {
      char *with_newline = g_strconcat (data, "\n", NULL);

      g_free (data);
      data = with_newline;
    }

  /* a failed write leaves the stream's error flag set for the check */
  tool_write_stdout (data, strlen (data));

  return tool_finish_stdout ();
}

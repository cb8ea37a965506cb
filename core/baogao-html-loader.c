/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/* Loads the HTML reader module on first use.
 *
 * libxml2 brings ICU and libstdc++ along: linked into the library, their
 * relocations cost every process about 3.8 M instructions at start, more
 * than analysing a report. Most inputs are text files, so the reader is a
 * module, opened once per process the first time a page is read, and kept. */

#define _GNU_SOURCE   /* dladdr */

#include "baogao-html-reader-private.h"

#include <baogao/baogao-error.h>
#include <gmodule.h>

#ifdef HAVE_DLADDR
#include <dlfcn.h>
#endif

#define MODULE_NAME "baogao-html-reader." G_MODULE_SUFFIX

typedef struct
{
  BaogaoHtmlExtractFunc  extract;
  char                  *failure;   /* why it did not load */
} Loaded;

/* The directory of the library this code is in: the build tree's core/
 * directory, or the installed libdir. */
static char *
library_dir (void)
{
#ifdef HAVE_DLADDR
  Dl_info info;

  if (dladdr ((const void *) library_dir, &info) != 0 && info.dli_fname != NULL)
    return g_path_get_dirname (info.dli_fname);
#endif
  return NULL;
}

static gpointer
load_module (gpointer data G_GNUC_UNUSED)
{
  Loaded *loaded = g_new0 (Loaded, 1);
  g_autoptr(GPtrArray) candidates = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) tried = g_string_new (NULL);
  g_autofree char *dir = library_dir ();
  const char *override = g_getenv ("BAOGAO_HTML_READER");

  if (override != NULL && override[0] != '\0')
    g_ptr_array_add (candidates, g_strdup (override));
  else
    {
      if (dir != NULL)
        {
          g_ptr_array_add (candidates, g_build_filename (dir, MODULE_NAME, NULL));
          g_ptr_array_add (candidates, g_build_filename (dir, "baogao-" BAOGAO_API_VERSION_S,
                                                         MODULE_NAME, NULL));
        }
      g_ptr_array_add (candidates, g_build_filename (BAOGAO_MODULEDIR, MODULE_NAME, NULL));
    }

  for (guint i = 0; i < candidates->len && loaded->extract == NULL; i++)
    {
      const char *path = g_ptr_array_index (candidates, i);
      GModule *module;
      gpointer symbol = NULL;
      gboolean tried_before = FALSE;

      /* Installed, the library's directory and libdir may be one. */
      for (guint j = 0; j < i; j++)
        tried_before |= g_str_equal (path, g_ptr_array_index (candidates, j));
      if (tried_before)
        continue;

      if (!g_file_test (path, G_FILE_TEST_EXISTS))
        {
          g_string_append_printf (tried, "%s%s (not there)", tried->len ? ", " : "", path);
          continue;
        }

      module = g_module_open (path, G_MODULE_BIND_LAZY | G_MODULE_BIND_LOCAL);
      if (module == NULL)
        {
          g_string_append_printf (tried, "%s%s (%s)", tried->len ? ", " : "", path,
                                  g_module_error ());
          continue;
        }
      if (!g_module_symbol (module, BAOGAO_HTML_READER_SYMBOL, &symbol) || symbol == NULL)
        {
          g_string_append_printf (tried, "%s%s (no %s)", tried->len ? ", " : "", path,
                                  BAOGAO_HTML_READER_SYMBOL);
          g_module_close (module);
          continue;
        }

      /* Kept for the life of the process, like the plugins. */
      g_module_make_resident (module);
      loaded->extract = (BaogaoHtmlExtractFunc) symbol;
    }

  if (loaded->extract == NULL)
    loaded->failure = g_string_free (g_steal_pointer (&tried), FALSE);

  return loaded;
}

gboolean
baogao_html_extract (const guint8   *data,
                     gsize           length,
                     const char     *encoding,
                     BaogaoDecoded  *out,
                     GError        **error)
{
  static GOnce once = G_ONCE_INIT;
  const Loaded *loaded = g_once (&once, load_module, NULL);

  if (loaded->extract == NULL)
    {
      out->text = NULL;
      out->length = 0;
      out->encoding = NULL;
      g_set_error (error, BAOGAO_ERROR, BAOGAO_ERROR_FAILED,
                   "This input is a web page, and reading web pages needs the HTML "
                   "reader module, which could not be loaded: %s. Reinstall Baogao, "
                   "or set BAOGAO_HTML_READER to the path of %s",
                   loaded->failure, MODULE_NAME);
      return FALSE;
    }

  return loaded->extract (data, length, encoding, out, error);
}

/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/* Telling a web page from a text file by its first bytes. This part of the
 * HTML reader is in the core: every input is sniffed, while the reader
 * itself (and libxml2 with it) is loaded only for pages, see
 * baogao-html-loader.c. */

#include "baogao-html-reader-private.h"

#include <string.h>

/* How much of the input the sniffer looks at */
#define SNIFF_SIZE 1024

#define UTF8_BOM "\xef\xbb\xbf"

const guint8 *
baogao_find_ascii_nocase (const guint8 *hay,
                          gsize         hay_length,
                          const char   *needle)
{
  gsize n = strlen (needle);
  gsize i;

  if (n == 0 || hay_length < n)
    return NULL;

  for (i = 0; i + n <= hay_length; i++)
    {
      gsize j;

      if (g_ascii_tolower (hay[i]) != needle[0])
        continue;
      for (j = 1; j < n && g_ascii_tolower (hay[i + j]) == needle[j]; j++)
        ;
      if (j == n)
        return hay + i;
    }

  return NULL;
}

gboolean
baogao_html_sniff (const guint8 *data,
                   gsize         length)
{
  static const char * const tags[] = {
    "<!doctype html", "<html", "<head", "<body", "<meta", "<div", "<p",
  };
  guint8 sample[SNIFF_SIZE];
  gsize n = 0;
  gsize i, t;

  g_return_val_if_fail (data != NULL || length == 0, FALSE);

  /* Reduce UTF-16 to its ASCII bytes; other bytes are not needed */
  if (length >= 2 && ((data[0] == 0xff && data[1] == 0xfe) ||
                      (data[0] == 0xfe && data[1] == 0xff)))
    {
      gsize low = data[0] == 0xff ? 0 : 1;

      for (i = 2; i + 1 < length && n < sizeof sample; i += 2)
        sample[n++] = data[i + 1 - low] == 0 ? data[i + low] : 0x80;
    }
  else
    {
      gsize skip = length >= 3 && memcmp (data, UTF8_BOM, 3) == 0 ? 3 : 0;

      n = MIN (length - skip, sizeof sample);
      if (n > 0)
        memcpy (sample, data + skip, n);
    }

  for (i = 0; i < n && g_ascii_isspace (sample[i]); i++)
    ;
  if (i == n || sample[i] != '<')
    return FALSE;

  for (t = 0; t < G_N_ELEMENTS (tags); t++)
    {
      const guint8 *p = sample + i;
      const guint8 *end = sample + n;
      gsize tag_length = strlen (tags[t]);
      const guint8 *hit;

      while ((hit = baogao_find_ascii_nocase (p, end - p, tags[t])) != NULL)
        {
          const guint8 *after = hit + tag_length;

          /* "<p" and "<div" must be whole names: not "<pre", "<param" */
          if (t < G_N_ELEMENTS (tags) - 2 || after == end ||
              g_ascii_isspace (*after) || *after == '>' || *after == '/')
            return TRUE;
          p = after;
        }
    }

  return FALSE;
}

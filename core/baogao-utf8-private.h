/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Whether @length bytes at @data are valid UTF-8 by the rules of
 * g_utf8_validate_len(): shortest forms only, no surrogates, nothing past
 * U+10FFFF, no NUL. Reports are mostly three-byte characters, which take
 * the first test; GLib's decodes every character. */
static inline gboolean
baogao_utf8_is_valid (const char *data,
                      gsize       length)
{
  const guchar *p = (const guchar *) data;
  const guchar *end = p + length;

  while (p < end)
    {
      guchar c = p[0];
      gsize left = end - p;

      if ((c >= 0xe1 && c <= 0xec) || c == 0xee || c == 0xef)
        {
          if (left < 3 || (p[1] & 0xc0) != 0x80 || (p[2] & 0xc0) != 0x80)
            return FALSE;
          p += 3;
        }
      else if (c < 0x80)
        {
          if (c == 0)
            return FALSE;
          p++;
        }
      else if (c >= 0xc2 && c <= 0xdf)
        {
          if (left < 2 || (p[1] & 0xc0) != 0x80)
            return FALSE;
          p += 2;
        }
      else if (c == 0xe0 || c == 0xed)
        {
          /* E0: no overlong forms (A0–BF); ED: no surrogates (80–9F) */
          guchar lo = c == 0xe0 ? 0xa0 : 0x80, hi = c == 0xe0 ? 0xbf : 0x9f;

          if (left < 3 || p[1] < lo || p[1] > hi || (p[2] & 0xc0) != 0x80)
            return FALSE;
          p += 3;
        }
      else if (c >= 0xf0 && c <= 0xf4)
        {
          /* F0: no overlong forms (90–BF); F4: up to U+10FFFF (80–8F) */
          guchar lo = c == 0xf0 ? 0x90 : 0x80, hi = c == 0xf4 ? 0x8f : 0xbf;

          if (left < 4 || p[1] < lo || p[1] > hi ||
              (p[2] & 0xc0) != 0x80 || (p[3] & 0xc0) != 0x80)
            return FALSE;
          p += 4;
        }
      else
        return FALSE;
    }

  return TRUE;
}

G_END_DECLS

/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/*
 * baogao-reader.c: from a file's bytes to UTF-8 text
 *
 * baogao_decode_text() turns the raw bytes of a report into the text of a
 * document: valid UTF-8, NUL-terminated, without a byte-order mark, with
 * `\n` for every line end.
 *
 * ```c
 * BaogaoDecoded decoded;
 *
 * if (!baogao_decode_text (bytes, n_bytes, NULL, &decoded, error))
 *   return FALSE;
 * g_print ("%s, %" G_GSIZE_FORMAT " bytes\n",
 *          decoded.encoding, decoded.length);
 * baogao_decoded_clear (&decoded);
 * ```
 *
 * ## Detection order
 *
 * When no encoding is forced:
 *
 * 1. Empty input is empty UTF-8 text.
 * 2. A byte-order mark decides: `EF BB BF` is UTF-8, `FF FE` is UTF-16LE and
 *    `FE FF` is UTF-16BE. The mark is dropped and the rest must be valid in
 *    that encoding; there is no fallback. (The text never starts with
 *    U+FEFF: repeated marks go too, and so does GB18030's `84 31 95 33`.)
 * 3. Input that validates as UTF-8 is UTF-8. This is the common case; it costs
 *    one validation pass, a look at the first 8 KiB for control characters,
 *    a `memchr()` for `\r` and one copy.
 * 4. Otherwise the input is checked for binary data and converted from
 *    GB18030, a superset of GBK and GB2312 (Chinese government sites still
 *    serve these).
 * 5. A GB18030 conversion that succeeds is kept only if the text reads like
 *    Chinese: most double-byte characters must come from the GB2312 block of
 *    common characters and punctuation (lead and trail bytes both in
 *    `A1`–`FE`). Latin-1 text (`M\xFCller`, `na\xEFve`) and UTF-8 with a
 *    stray bad byte also often convert without error, but their "characters"
 *    are mostly rare GBK extensions, and the input is refused rather than
 *    silently read as garbage Chinese. The price: GBK text made mostly of
 *    characters outside GB2312 (traditional ones, say) needs
 *    `--encoding=GBK`. Big5 is not told apart from GB18030.
 *
 * ## Forced encodings
 *
 * A forced encoding is used as it is, with no detection and no plausibility
 * check. Its name is matched without regard to case, `-`, `_` or spaces:
 * `UTF8` is UTF-8, and `GBK`, `GB2312`, `CP936` (and a few other spellings) are
 * read as GB18030. `UTF-16` follows its byte-order mark and is big-endian
 * without one. Any other name is handed to iconv, upper-cased.
 *
 * ## Binary data
 *
 * Input holding a NUL character (a NUL byte, or a NUL code unit in UTF-16),
 * or where more than one in 16 of the first 8 KiB are control characters
 * other than tab, line feed, vertical tab, form feed and carriage return, is
 * refused with `BAOGAO_ERROR_BINARY_DATA`.
 *
 * ## Errors
 *
 * `BAOGAO_ERROR_INVALID_ENCODING` and `BAOGAO_ERROR_BINARY_DATA` messages
 * give a byte offset into the input, counting a byte-order mark: for UTF-8,
 * where the first invalid sequence starts (the first bad byte); for a
 * conversion, where it failed; for binary data, the first NUL or control
 * character. When detection fails, the UTF-8 offset comes first, then
 * where GB18030 failed, and the message suggests `--encoding`. Only
 * binary-data messages about encodings whose bytes cannot be searched
 * directly (UTF-32, UCS-2, …) give an offset into the decoded text, and say
 * so. An unknown encoding name is an `INVALID_ENCODING` error too.
 */

#include "baogao-utf8-private.h"
#include "baogao-reader-private.h"

#include <string.h>

#include <baogao/baogao-error.h>

/* How much of the input the control-character ratio looks at, a fixed cost
 * per document (git's test for binary files reads 8000 bytes). NULs are
 * looked for everywhere. */
#define BINARY_SAMPLE_SIZE (8 * 1024)

#define UTF8_BOM "\xef\xbb\xbf"

/* Whether @c (a byte, or a UTF-16 code unit) is a control character that
 * text does not hold. Tab, LF, VT, FF and CR are text (pdftotext writes form
 * feeds); NUL is not. */
static inline gsize
is_binary_control (guint c)
{
  return (gsize) (((c < 0x20) & ((c < '\t') | (c > '\r'))) | (c == 0x7f));
}

#define ONES G_GUINT64_CONSTANT (0x0101010101010101)
#define HIGHS (ONES * 0x80)

/* Sets the high bit of each byte of @x that is below @n (at most 0x80);
 * as (x | 0x80) - n cannot borrow, the bytes do not disturb each other */
static inline guint64
bytes_below (guint64 x,
             guint   n)
{
  return ~((x | HIGHS) - ONES * n) & ~x & HIGHS;
}

/* is_binary_control() summed over the 8 bytes of @x, without branches: the
 * sampling loop runs on every input and GCC does not vectorise at -O2 */
static inline gsize
count_controls_in_word (guint64 x)
{
  guint64 text_controls = bytes_below (x, '\r' + 1) & ~bytes_below (x, '\t');
  guint64 y = x ^ (ONES * 0x7f);
  guint64 del = ~(((y & (ONES * 0x7f)) + ONES * 0x7f) | y) & HIGHS;
  guint64 mask = (bytes_below (x, 0x20) & ~text_controls) | del;

  /* One bit per byte; the multiplication adds them up in the top byte */
  return (gsize) (((mask >> 7) * ONES) >> 56);
}

static gsize
count_controls (const guint8 *data,
                gsize         length)
{
  gsize controls = 0;
  gsize i = 0;

  for (; i + 8 <= length; i += 8)
    {
      guint64 word;

      memcpy (&word, data + i, 8);
      controls += count_controls_in_word (word);
    }
  for (; i < length; i++)
    controls += is_binary_control (data[i]);

  return controls;
}

static gboolean
binary_data_error (GError     **error,
                   const char  *what,
                   gsize        offset,
                   const char  *where)
{
  g_set_error (error, BAOGAO_ERROR, BAOGAO_ERROR_BINARY_DATA,
               "The input is binary data, not text: %s at byte offset %"
               G_GSIZE_FORMAT "%s",
               what, offset, where);
  return FALSE;
}

static gboolean
too_many_controls_error (GError     **error,
                         gsize        controls,
                         gsize        sampled,
                         const char  *unit,
                         gsize        first_offset,
                         const char  *where)
{
  g_set_error (error, BAOGAO_ERROR, BAOGAO_ERROR_BINARY_DATA,
               "The input is binary data, not text: %" G_GSIZE_FORMAT
               " of its first %" G_GSIZE_FORMAT " %s are control characters,"
               " the first at byte offset %" G_GSIZE_FORMAT "%s",
               controls, sampled, unit, first_offset, where);
  return FALSE;
}

/* Binary check for ASCII-compatible bytes (UTF-8, GB18030, or text already
 * converted to UTF-8). @base is added to reported offsets, @where is appended
 * to messages. */
static gboolean
check_binary_bytes (const guint8  *data,
                    gsize          length,
                    gboolean       check_nul,
                    gsize          base,
                    const char    *where,
                    GError       **error)
{
  gsize sampled = MIN (length, BINARY_SAMPLE_SIZE);
  gsize controls;
  gsize i;

  if (check_nul)
    {
      const guint8 *nul = memchr (data, '\0', length);

      if (nul != NULL)
        return binary_data_error (error, "a NUL byte", base + (nul - data),
                                  where);
    }

  controls = count_controls (data, sampled);
  if (controls * 16 > sampled)
    {
      for (i = 0; !is_binary_control (data[i]); i++)
        ;
      return too_many_controls_error (error, controls, sampled, "bytes",
                                      base + i, where);
    }

  return TRUE;
}

/* Binary check for UTF-16 code units; @data starts after the byte-order
 * mark, which is @base bytes long. A trailing odd byte is left to the
 * conversion to complain about. */
static gboolean
check_binary_utf16 (const guint8  *data,
                    gsize          length,
                    gboolean       big_endian,
                    gsize          base,
                    GError       **error)
{
  gsize n_units = length / 2;
  gsize sampled = MIN (n_units, BINARY_SAMPLE_SIZE / 2);
  guint hi = big_endian ? 0 : 1;
  gsize controls = 0;
  gsize i;

  for (i = 0; i < n_units; i++)
    {
      if ((data[2 * i] | data[2 * i + 1]) == 0)
        return binary_data_error (error, "a NUL character", base + 2 * i, "");
    }

  for (i = 0; i < sampled; i++)
    controls += (data[2 * i + hi] == 0) &
                is_binary_control (data[2 * i + 1 - hi]);

  if (controls * 16 > sampled)
    {
      for (i = 0;
           data[2 * i + hi] != 0 || !is_binary_control (data[2 * i + 1 - hi]);
           i++)
        ;
      return too_many_controls_error (error, controls, sampled, "characters",
                                      base + 2 * i, "");
    }

  return TRUE;
}

/* Copies @length bytes from @src to @dst (which may be @src) turning CRLF and
 * lone CR into LF, and NUL-terminates. @dst must hold @length + 1 bytes.
 * Returns the new length. */
static gsize
normalise_line_ends (char       *dst,
                     const char *src,
                     gsize       length)
{
  const char *end = src + length;
  const char *cr;
  char *d = dst;

  while ((cr = memchr (src, '\r', end - src)) != NULL)
    {
      gsize run = cr - src;

      if (d != src)
        memmove (d, src, run);
      d += run;
      *d++ = '\n';
      src = cr + 1;
      if (src < end && *src == '\n')
        src++;
    }

  if (d != src)
    memmove (d, src, end - src);
  d += end - src;
  *d = '\0';

  return d - dst;
}

/* Skips leading U+FEFF: iconv keeps the mark of UTF-16LE/BE and GB18030
 * (84 31 95 33), and some tools add a mark to text that has one already */
static gsize
skip_byte_order_marks (const char *text,
                       gsize       length)
{
  gsize skip = 0;

  while (length - skip >= 3 && memcmp (text + skip, UTF8_BOM, 3) == 0)
    skip += 3;
  return skip;
}

/* Finishes text that iconv produced in a buffer of its own: drops leading
 * marks and normalises line ends in place */
static void
finish_converted (BaogaoDecoded *out,
                  char          *text,
                  gsize          length)
{
  gsize skip = skip_byte_order_marks (text, length);

  out->text = text;
  out->length = normalise_line_ends (text, text + skip, length - skip);
}

static void
finish_utf8 (BaogaoDecoded *out,
             const guint8  *data,
             gsize          length)
{
  gsize skip = skip_byte_order_marks ((const char *) data, length);

  out->text = g_malloc (length - skip + 1);
  out->length = normalise_line_ends (out->text, (const char *) data + skip,
                                     length - skip);
}

static gboolean
invalid_utf8_error (GError       **error,
                    const guint8  *data,
                    gsize          bad,
                    gsize          base)
{
  g_set_error (error, BAOGAO_ERROR, BAOGAO_ERROR_INVALID_ENCODING,
               "The input is not valid UTF-8: invalid sequence at byte offset %"
               G_GSIZE_FORMAT " (byte 0x%02X); use --encoding to name its"
               " encoding",
               base + bad, data[bad]);
  return FALSE;
}

/* UTF-8 that a byte-order mark announced or the caller forced */
static gboolean
decode_utf8 (const guint8   *data,
             gsize           length,
             gsize           base,
             BaogaoDecoded  *out,
             GError        **error)
{
  const char *end;

  /* The fast check first; GLib's again only to find where it fails. */
  if (!baogao_utf8_is_valid ((const char *) data, length) &&
      !g_utf8_validate_len ((const char *) data, length, &end))
    {
      gsize bad = (const guint8 *) end - data;

      if (data[bad] == '\0')
        return binary_data_error (error, "a NUL byte", base + bad, "");
      return invalid_utf8_error (error, data, bad, base);
    }

  if (!check_binary_bytes (data, length, FALSE, base, "", error))
    return FALSE;

  finish_utf8 (out, data, length);
  return TRUE;
}

/* Converts with @cd into a new buffer. @name is for messages, @base is added
 * to offsets. On error, *@failed_at (if not %NULL) gets the offset. */
static char *
convert_to_utf8 (const guint8  *data,
                 gsize          length,
                 GIConv         cd,
                 const char    *name,
                 gsize          base,
                 gsize         *out_length,
                 gsize         *failed_at,
                 GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  gsize bytes_read = 0;
  gsize bytes_written = 0;
  char *text;

  if (length > G_MAXSSIZE)
    {
      g_set_error (error, BAOGAO_ERROR, BAOGAO_ERROR_FAILED,
                   "The input is too large to convert");
      return NULL;
    }

  text = g_convert_with_iconv ((const char *) data, length, cd,
                               &bytes_read, &bytes_written, &local_error);

  /* With bytes_read given, GLib reports a truncated last character only
   * through bytes_read < length, not as an error */
  if (text == NULL || bytes_read != length)
    {
      if (failed_at != NULL)
        *failed_at = base + bytes_read;

      if (text != NULL)
        g_set_error (error, BAOGAO_ERROR, BAOGAO_ERROR_INVALID_ENCODING,
                     "The input is not valid %s: it ends in the middle of a"
                     " character, at byte offset %" G_GSIZE_FORMAT,
                     name, base + bytes_read);
      else if (g_error_matches (local_error, G_CONVERT_ERROR,
                                G_CONVERT_ERROR_ILLEGAL_SEQUENCE) &&
               bytes_read < length)
        g_set_error (error, BAOGAO_ERROR, BAOGAO_ERROR_INVALID_ENCODING,
                     "The input is not valid %s: conversion fails at byte"
                     " offset %" G_GSIZE_FORMAT " (byte 0x%02X)",
                     name, base + bytes_read, data[bytes_read]);
      else
        g_set_error (error, BAOGAO_ERROR, BAOGAO_ERROR_INVALID_ENCODING,
                     "Cannot convert the input from %s at byte offset %"
                     G_GSIZE_FORMAT ": %s",
                     name, base + bytes_read, local_error->message);
      g_free (text);
      return NULL;
    }

  *out_length = bytes_written;
  return text;
}

static GIConv
open_converter (const char  *name,
                GError     **error)
{
  GIConv cd = g_iconv_open ("UTF-8", name);

  if (cd == (GIConv) -1)
    g_set_error (error, BAOGAO_ERROR, BAOGAO_ERROR_INVALID_ENCODING,
                 "Unknown encoding “%s”: iconv cannot convert from it",
                 name);
  return cd;
}

static gboolean
decode_utf16 (const guint8   *data,
              gsize           length,
              gboolean        big_endian,
              gsize           base,
              BaogaoDecoded  *out,
              GError        **error)
{
  const char *name = big_endian ? "UTF-16BE" : "UTF-16LE";
  GIConv cd;
  char *text;
  gsize text_length;

  if (!check_binary_utf16 (data, length, big_endian, base, error))
    return FALSE;

  cd = open_converter (name, error);
  if (cd == (GIConv) -1)
    return FALSE;
  text = convert_to_utf8 (data, length, cd, name, base, &text_length, NULL,
                          error);
  g_iconv_close (cd);
  if (text == NULL)
    return FALSE;

  finish_converted (out, text, text_length);
  return TRUE;
}

/* Any iconv encoding except UTF-16. @ascii_compatible says NULs and control
 * characters can be looked for in the input; otherwise they are looked for
 * in the output. On a conversion error, *@failed_at (if not %NULL) gets the
 * offset. */
static gboolean
decode_iconv (const guint8   *data,
              gsize           length,
              const char     *name,
              gboolean        ascii_compatible,
              BaogaoDecoded  *out,
              gsize          *failed_at,
              GError        **error)
{
  GIConv cd;
  char *text;
  const char *nul;
  gsize text_length;

  if (ascii_compatible &&
      !check_binary_bytes (data, length, TRUE, 0, "", error))
    return FALSE;

  cd = open_converter (name, error);
  if (cd == (GIConv) -1)
    return FALSE;
  text = convert_to_utf8 (data, length, cd, name, 0, &text_length, failed_at,
                          error);
  g_iconv_close (cd);
  if (text == NULL)
    return FALSE;

  /* Whatever the input looked like (a stateful encoding could make a NUL
   * of other bytes), the text must not hold a NUL */
  nul = memchr (text, '\0', text_length);
  if (nul != NULL)
    {
      binary_data_error (error, "a NUL character", nul - text,
                         " of the decoded text");
      g_free (text);
      return FALSE;
    }

  if (!ascii_compatible &&
      !check_binary_bytes ((const guint8 *) text, text_length, FALSE, 0,
                           " of the decoded text", error))
    {
      g_free (text);
      return FALSE;
    }

  finish_converted (out, text, text_length);
  return TRUE;
}

/* Whether GB18030 bytes (known to convert) read like Chinese: double-byte
 * characters from the GB2312 block (lead A1–F7, trail A1–FE: punctuation,
 * full-width forms and GB2312's 6763 hanzi) must outnumber everything else
 * that is not ASCII (GBK extensions, four-byte sequences). Real Chinese text
 * is nearly all GB2312; a Latin-1 letter is followed by ASCII, and UTF-8
 * continuation bytes are below A1, so those give GBK extensions. */
static gboolean
gb18030_looks_chinese (const guint8 *data,
                       gsize         length)
{
  gsize common = 0;
  gsize other = 0;
  gsize i = 0;

  while (i < length)
    {
      guint8 lead = data[i];
      guint8 trail;

      if (lead < 0x80)
        {
          i++;
          continue;
        }

      if (lead == 0x80 || lead == 0xff || i + 1 >= length)
        {
          other++;
          i++;
          continue;
        }

      trail = data[i + 1];
      if (trail >= 0x30 && trail <= 0x39)
        {
          other++;
          i += 4;
        }
      else
        {
          if (lead >= 0xa1 && lead <= 0xf7 && trail >= 0xa1 && trail != 0xff)
            common++;
          else
            other++;
          i += 2;
        }
    }

  return common > other;
}

/* Whether @data is UTF-8 cut inside its last character: valid up to
 * @bad, which starts a sequence its end cuts short, and holding
 * non-ASCII UTF-8 before it. (Without any, "abc\xE5\x90" may as well be
 * GB18030, and detection goes on.) A download or a copy that stopped
 * early looks like this; read as GB18030 it would be another text. */
static gboolean
utf8_cut_at_end (const guint8 *data,
                 gsize         length,
                 gsize         bad)
{
  gsize want;
  gboolean multibyte = FALSE;

  if (bad >= length || length - bad > 3)
    return FALSE;

  if (data[bad] >= 0xc2 && data[bad] <= 0xdf)
    want = 2;
  else if (data[bad] >= 0xe0 && data[bad] <= 0xef)
    want = 3;
  else if (data[bad] >= 0xf0 && data[bad] <= 0xf4)
    want = 4;
  else
    return FALSE;
  if (length - bad >= want)
    return FALSE;
  for (gsize i = bad + 1; i < length; i++)
    if ((data[i] & 0xc0) != 0x80)
      return FALSE;

  for (gsize i = 0; i < bad && !multibyte; i++)
    multibyte = data[i] >= 0x80;

  return multibyte;
}

/* No encoding given and no byte-order mark */
static gboolean
decode_detect (const guint8   *data,
               gsize           length,
               BaogaoDecoded  *out,
               GError        **error)
{
  g_autoptr(GError) gb_error = NULL;
  const char *end;
  gsize bad;
  gsize gb_failed_at = G_MAXSIZE;

  /* The fast check first; GLib's again only to find where it fails. */
  if (baogao_utf8_is_valid ((const char *) data, length) ||
      g_utf8_validate_len ((const char *) data, length, &end))
    {
      if (!check_binary_bytes (data, length, FALSE, 0, "", error))
        return FALSE;
      finish_utf8 (out, data, length);
      out->encoding = g_strdup ("UTF-8");
      return TRUE;
    }

  bad = (const guint8 *) end - data;

  if (utf8_cut_at_end (data, length, bad))
    {
      g_set_error (error, BAOGAO_ERROR, BAOGAO_ERROR_INVALID_ENCODING,
                   "The input is UTF-8 whose last character is cut off at"
                   " byte offset %" G_GSIZE_FORMAT ": the file looks"
                   " truncated; read it again from its source, or drop"
                   " its last %" G_GSIZE_FORMAT " byte%s",
                   bad, length - bad, length - bad == 1 ? "" : "s");
      return FALSE;
    }

  /* This refuses binary data before converting */
  if (!decode_iconv (data, length, "GB18030", TRUE, out, &gb_failed_at,
                     &gb_error))
    {
      if (gb_failed_at == G_MAXSIZE)
        {
          g_propagate_error (error, g_steal_pointer (&gb_error));
          return FALSE;
        }

      g_set_error (error, BAOGAO_ERROR, BAOGAO_ERROR_INVALID_ENCODING,
                   "The input is not valid UTF-8: invalid sequence at byte"
                   " offset %" G_GSIZE_FORMAT " (byte 0x%02X); nor is it"
                   " GB18030, which fails at byte %" G_GSIZE_FORMAT "; use"
                   " --encoding to name its encoding",
                   bad, data[bad], gb_failed_at);
      return FALSE;
    }

  if (!gb18030_looks_chinese (data, length))
    {
      baogao_decoded_clear (out);
      g_set_error (error, BAOGAO_ERROR, BAOGAO_ERROR_INVALID_ENCODING,
                   "The input is not valid UTF-8: invalid sequence at byte"
                   " offset %" G_GSIZE_FORMAT " (byte 0x%02X); read as"
                   " GB18030 it does not look like Chinese text; use"
                   " --encoding to name its encoding (for example"
                   " --encoding=GB18030 or --encoding=ISO-8859-1)",
                   bad, data[bad]);
      return FALSE;
    }

  out->encoding = g_strdup ("GB18030");
  return TRUE;
}

/* Upper-cases @name and maps its spellings of UTF-8, UTF-16 and the GB
 * family to "UTF-8", "UTF-16", "UTF-16LE", "UTF-16BE" or "GB18030"; other
 * names come back upper-cased. Spaces, '-', '_', '.' and ':' do not count.
 * Returns %NULL for an empty name. Shared by the text and HTML readers. */
char *
baogao_canonical_encoding (const char *name)
{
  static const struct
  {
    const char *key;
    const char *canonical;
  } aliases[] = {
    { "UTF8", "UTF-8" },
    { "UTF8SIG", "UTF-8" },
    { "UNICODE11UTF8", "UTF-8" },
    { "XUNICODE20UTF8", "UTF-8" },
    { "UTF16", "UTF-16" },
    { "UNICODE", "UTF-16" },
    { "UCS2", "UTF-16" },
    { "CSUNICODE", "UTF-16" },
    { "ISO10646UCS2", "UTF-16" },
    { "UTF16LE", "UTF-16LE" },
    { "UTF16BE", "UTF-16BE" },
    { "GB18030", "GB18030" },
    { "GBK", "GB18030" },
    { "XGBK", "GB18030" },
    { "GB2312", "GB18030" },
    { "GB231280", "GB18030" },
    { "CSGB2312", "GB18030" },
    { "EUCCN", "GB18030" },
    { "XEUCCN", "GB18030" },
    { "CP936", "GB18030" },
    { "MS936", "GB18030" },
    { "WINDOWS936", "GB18030" },
    { "CHINESE", "GB18030" },
    { "ISOIR58", "GB18030" },
    { "CSISO58GB231280", "GB18030" },
  };
  g_autofree char *upper = g_ascii_strup (name, -1);
  g_autoptr(GString) key = g_string_new (NULL);
  const char *p;
  gsize i;

  g_strstrip (upper);
  if (upper[0] == '\0')
    return NULL;

  for (p = upper; *p != '\0'; p++)
    {
      if (*p != '-' && *p != '_' && *p != ' ' && *p != '.' && *p != ':')
        g_string_append_c (key, *p);
    }

  for (i = 0; i < G_N_ELEMENTS (aliases); i++)
    {
      if (strcmp (key->str, aliases[i].key) == 0)
        return g_strdup (aliases[i].canonical);
    }

  return g_steal_pointer (&upper);
}

static gboolean
decode_forced (const guint8   *data,
               gsize           length,
               const char     *encoding,
               BaogaoDecoded  *out,
               GError        **error)
{
  g_autofree char *name = baogao_canonical_encoding (encoding);
  gboolean big_endian;

  if (name == NULL)
    {
      g_set_error (error, BAOGAO_ERROR, BAOGAO_ERROR_INVALID_ENCODING,
                   "Unknown encoding “%s”: the name is empty", encoding);
      return FALSE;
    }

  if (strcmp (name, "UTF-8") == 0)
    {
      gsize skip = (length >= 3 && memcmp (data, UTF8_BOM, 3) == 0) ? 3 : 0;

      if (!decode_utf8 (data + skip, length - skip, skip, out, error))
        return FALSE;
    }
  else if (strcmp (name, "UTF-16") == 0 ||
           strcmp (name, "UTF-16LE") == 0 ||
           strcmp (name, "UTF-16BE") == 0)
    {
      gsize skip = 0;

      if (strcmp (name, "UTF-16") == 0)
        {
          /* Big-endian without a mark, as RFC 2781 says */
          big_endian = !(length >= 2 && data[0] == 0xff && data[1] == 0xfe);
          g_free (name);
          name = g_strdup (big_endian ? "UTF-16BE" : "UTF-16LE");
        }
      else
        {
          big_endian = strcmp (name, "UTF-16BE") == 0;
        }

      if (length >= 2 &&
          ((big_endian && data[0] == 0xfe && data[1] == 0xff) ||
           (!big_endian && data[0] == 0xff && data[1] == 0xfe)))
        skip = 2;

      if (!decode_utf16 (data + skip, length - skip, big_endian, skip, out,
                         error))
        return FALSE;
    }
  else
    {
      /* NULs and controls can be looked for in the bytes of GB18030 and of
       * the single-byte encodings most names stand for; for others, such as
       * UTF-32 or UCS-2, in what they convert to */
      gboolean wide = g_str_has_prefix (name, "UTF-32") ||
                      g_str_has_prefix (name, "UTF32") ||
                      g_str_has_prefix (name, "UCS-") ||
                      g_str_has_prefix (name, "UCS2") ||
                      g_str_has_prefix (name, "UCS4") ||
                      g_str_has_prefix (name, "UNICODE") ||
                      g_str_has_prefix (name, "UTF-7") ||
                      g_str_has_prefix (name, "UTF7");
      GIConv cd;

      /* Checked first so that an unknown name is the error even for data
       * that is binary */
      cd = open_converter (name, error);
      if (cd == (GIConv) -1)
        return FALSE;
      g_iconv_close (cd);

      if (!decode_iconv (data, length, name, !wide, out, NULL, error))
        return FALSE;
    }

  out->encoding = g_steal_pointer (&name);
  return TRUE;
}

gboolean
baogao_decode_text (const guint8   *data,
                    gsize           length,
                    const char     *encoding,
                    BaogaoDecoded  *out,
                    GError        **error)
{
  const char *detected = NULL;
  gboolean ok;

  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  out->text = NULL;
  out->length = 0;
  out->encoding = NULL;

  if (data == NULL)
    data = (const guint8 *) "";

  if (encoding != NULL)
    {
      ok = decode_forced (data, length, encoding, out, error);
    }
  else if (length >= 3 && memcmp (data, UTF8_BOM, 3) == 0)
    {
      ok = decode_utf8 (data + 3, length - 3, 3, out, error);
      detected = "UTF-8";
    }
  else if (length >= 2 && data[0] == 0xff && data[1] == 0xfe)
    {
      ok = decode_utf16 (data + 2, length - 2, FALSE, 2, out, error);
      detected = "UTF-16LE";
    }
  else if (length >= 2 && data[0] == 0xfe && data[1] == 0xff)
    {
      ok = decode_utf16 (data + 2, length - 2, TRUE, 2, out, error);
      detected = "UTF-16BE";
    }
  else
    {
      ok = decode_detect (data, length, out, error);
    }

  if (!ok)
    {
      baogao_decoded_clear (out);
      return FALSE;
    }

  if (detected != NULL)
    out->encoding = g_strdup (detected);

#ifdef G_ENABLE_DEBUG
  g_assert (out->encoding != NULL);
  g_assert (strlen (out->text) == out->length);
  g_assert (g_utf8_validate_len (out->text, out->length, NULL));
  g_assert (memchr (out->text, '\r', out->length) == NULL);
#endif

  return TRUE;
}

void
baogao_decoded_clear (BaogaoDecoded *decoded)
{
  g_return_if_fail (decoded != NULL);

  g_clear_pointer (&decoded->text, g_free);
  g_clear_pointer (&decoded->encoding, g_free);
  decoded->length = 0;
}

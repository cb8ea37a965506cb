/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/* Tests of the text decoder: encodings, line ends, binary data, bad input. */

#include <string.h>

#include "baogao-reader-private.h"
#include "baogao-utf8-private.h"
#include <baogao/baogao-error.h>

#define SAMPLE \
  "各位代表：\r\n我受常委会委托，向大会报告工作。制定地方性法规１０件。"
#define SAMPLE_LF \
  "各位代表：\n我受常委会委托，向大会报告工作。制定地方性法规１０件。"

/* Decodes and checks what every success must satisfy */
static gboolean
decode (const void     *data,
        gsize           length,
        const char     *encoding,
        BaogaoDecoded  *out,
        GError        **error)
{
  gboolean ok = baogao_decode_text (data, length, encoding, out, error);

  if (ok)
    {
      g_assert_nonnull (out->text);
      g_assert_nonnull (out->encoding);
      g_assert_cmpuint (strlen (out->text), ==, out->length);
      g_assert_true (g_utf8_validate_len (out->text, out->length, NULL));
      g_assert_null (memchr (out->text, '\r', out->length));
      g_assert_false (g_str_has_prefix (out->text, "\xef\xbb\xbf"));
    }
  else
    {
      if (error != NULL)
        g_assert_nonnull (*error);
      g_assert_null (out->text);
      g_assert_null (out->encoding);
    }

  return ok;
}

static void
assert_decodes (const void *data,
                gsize       length,
                const char *encoding,
                const char *expected_text,
                const char *expected_encoding)
{
  g_autoptr(GError) error = NULL;
  BaogaoDecoded out;

  decode (data, length, encoding, &out, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (out.text, ==, expected_text);
  g_assert_cmpuint (out.length, ==, strlen (expected_text));
  g_assert_cmpstr (out.encoding, ==, expected_encoding);
  baogao_decoded_clear (&out);
}

/* The number after the first "offset " in @message */
static guint64
message_offset (const char *message)
{
  const char *p = strstr (message, "offset ");
  char *end = NULL;
  guint64 offset;

  g_assert_nonnull (p);
  p += strlen ("offset ");
  offset = g_ascii_strtoull (p, &end, 10);
  g_assert_true (end > p);
  return offset;
}

static void
assert_fails (const void *data,
              gsize       length,
              const char *encoding,
              BaogaoError code,
              gssize      expected_offset,
              const char *expected_substring)
{
  g_autoptr(GError) error = NULL;
  BaogaoDecoded out;

  g_assert_false (decode (data, length, encoding, &out, &error));
  g_assert_error (error, BAOGAO_ERROR, (gint) code);
  g_test_message ("%s", error->message);
  if (expected_offset >= 0)
    g_assert_cmpuint (message_offset (error->message), ==, expected_offset);
  if (expected_substring != NULL)
    g_assert_nonnull (strstr (error->message, expected_substring));
}

/* @utf8 in @charset; the returned GBytes holds @prefix first */
static GBytes *
encode (const char *utf8,
        const char *charset,
        const char *prefix,
        gsize       prefix_length)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *converted = NULL;
  gsize converted_length = 0;
  GByteArray *bytes = g_byte_array_new ();

  converted = g_convert (utf8, -1, charset, "UTF-8", NULL, &converted_length,
                         &error);
  g_assert_no_error (error);
  g_byte_array_append (bytes, (const guint8 *) prefix, prefix_length);
  g_byte_array_append (bytes, (const guint8 *) converted, converted_length);
  return g_byte_array_free_to_bytes (bytes);
}

static void
assert_bytes_decode (GBytes     *bytes,
                     const char *encoding,
                     const char *expected_text,
                     const char *expected_encoding)
{
  gsize length;
  gconstpointer data = g_bytes_get_data (bytes, &length);

  assert_decodes (data, length, encoding, expected_text, expected_encoding);
}

static void
test_empty (void)
{
  assert_decodes (NULL, 0, NULL, "", "UTF-8");
  assert_decodes ("", 0, NULL, "", "UTF-8");
  assert_decodes ("\xef\xbb\xbf", 3, NULL, "", "UTF-8");
  assert_decodes ("\xff\xfe", 2, NULL, "", "UTF-16LE");
  assert_decodes ("\xfe\xff", 2, NULL, "", "UTF-16BE");
  assert_decodes ("", 0, "GBK", "", "GB18030");
  assert_decodes ("", 0, "utf8", "", "UTF-8");
  assert_decodes ("", 0, "UTF-16", "", "UTF-16BE");
  assert_decodes ("", 0, "latin1", "", "LATIN1");
}

static void
test_utf8 (void)
{
  assert_decodes (SAMPLE, strlen (SAMPLE), NULL, SAMPLE_LF, "UTF-8");
  assert_decodes ("plain ASCII\n", 12, NULL, "plain ASCII\n", "UTF-8");
  /* Form feeds and tabs are text */
  assert_decodes ("一\f二\t三", 11, NULL, "一\f二\t三", "UTF-8");
}

static void
test_utf8_bom (void)
{
  g_autofree char *with_bom = g_strconcat ("\xef\xbb\xbf", SAMPLE, NULL);

  assert_decodes (with_bom, strlen (with_bom), NULL, SAMPLE_LF, "UTF-8");
  /* Forced, the mark is still dropped */
  assert_decodes (with_bom, strlen (with_bom), "UTF-8", SAMPLE_LF, "UTF-8");
  /* A doubled mark goes too: the text never starts with U+FEFF */
  assert_decodes ("\xef\xbb\xbf\xef\xbb\xbf" "a", 7, NULL, "a",
                  "UTF-8");
}

static void
test_utf8_spellings (void)
{
  const char *names[] = { "UTF-8", "utf-8", "utf8", "UTF_8", " Utf 8 ",
                          "utf-8-sig" };
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (names); i++)
    assert_decodes (SAMPLE, strlen (SAMPLE), names[i], SAMPLE_LF, "UTF-8");
}

static void
test_utf16le_bom (void)
{
  g_autoptr(GBytes) bytes = encode (SAMPLE, "UTF-16LE", "\xff\xfe", 2);

  assert_bytes_decode (bytes, NULL, SAMPLE_LF, "UTF-16LE");
  assert_bytes_decode (bytes, "UTF-16", SAMPLE_LF, "UTF-16LE");
  assert_bytes_decode (bytes, "utf-16le", SAMPLE_LF, "UTF-16LE");
}

static void
test_utf16be_bom (void)
{
  g_autoptr(GBytes) bytes = encode (SAMPLE, "UTF-16BE", "\xfe\xff", 2);
  g_autoptr(GBytes) no_bom = encode (SAMPLE, "UTF-16BE", "", 0);

  assert_bytes_decode (bytes, NULL, SAMPLE_LF, "UTF-16BE");
  assert_bytes_decode (bytes, "UTF-16", SAMPLE_LF, "UTF-16BE");
  assert_bytes_decode (bytes, "UTF16BE", SAMPLE_LF, "UTF-16BE");
  /* Big-endian without a mark */
  assert_bytes_decode (no_bom, "UTF-16", SAMPLE_LF, "UTF-16BE");
}

static void
test_utf16_bad (void)
{
  /* "ab" and half a code unit */
  assert_fails ("\xff\xfe" "a\0b\0c", 7, NULL,
                BAOGAO_ERROR_INVALID_ENCODING, 6, "UTF-16LE");
  /* A lone low surrogate at byte 4 */
  assert_fails ("\xff\xfe" "a\0\x00\xdc" "b\0", 8, NULL,
                BAOGAO_ERROR_INVALID_ENCODING, 4, "UTF-16LE");
  /* A NUL code unit at byte 6 */
  assert_fails ("\xfe\xff" "\0a\0b\0\0\0c", 10, NULL,
                BAOGAO_ERROR_BINARY_DATA, 6, "binary");
}

static void
test_gb18030 (void)
{
  g_autoptr(GBytes) gb18030 = encode (SAMPLE, "GB18030", "", 0);
  g_autoptr(GBytes) gbk = encode (SAMPLE, "GBK", "", 0);
  g_autoptr(GBytes) gb2312 = encode (SAMPLE, "GB2312", "", 0);
  /* Characters beyond GBK, in four bytes */
#define BEYOND_GBK "报告：€ 与 \xf0\xa0\x80\x80 字。"
  g_autoptr(GBytes) four = encode (BEYOND_GBK, "GB18030", "", 0);
  const char *forced[] = { "GB18030", "gb18030", "GBK", "gbk", "GB2312",
                           "gb-2312", "CP936", "EUC-CN" };
  gsize i;

  assert_bytes_decode (gb18030, NULL, SAMPLE_LF, "GB18030");
  assert_bytes_decode (gbk, NULL, SAMPLE_LF, "GB18030");
  assert_bytes_decode (gb2312, NULL, SAMPLE_LF, "GB18030");
  assert_bytes_decode (four, NULL, BEYOND_GBK, "GB18030");

  for (i = 0; i < G_N_ELEMENTS (forced); i++)
    {
      assert_bytes_decode (gb18030, forced[i], SAMPLE_LF, "GB18030");
      assert_bytes_decode (gbk, forced[i], SAMPLE_LF, "GB18030");
    }
}

static void
test_gb18030_bom (void)
{
  g_autoptr(GBytes) bytes = encode ("\xef\xbb\xbf" SAMPLE, "GB18030", "", 0);
  const guint8 *data = g_bytes_get_data (bytes, NULL);

  g_assert_cmpmem (data, 4, "\x84\x31\x95\x33", 4);
  assert_bytes_decode (bytes, NULL, SAMPLE_LF, "GB18030");
  assert_bytes_decode (bytes, "GBK", SAMPLE_LF, "GB18030");
}

static void
test_line_ends (void)
{
  const struct
  {
    const char *in;
    const char *out;
  } cases[] = {
    { "a\r\nb", "a\nb" },
    { "a\rb", "a\nb" },
    { "a\nb", "a\nb" },
    { "\r", "\n" },
    { "\r\n", "\n" },
    { "\n\r", "\n\n" },
    { "\r\r\n", "\n\n" },
    { "a\r\n\r\nb\r", "a\n\nb\n" },
    { "一\r二\r\n三\n四\r\r五", "一\n二\n三\n四\n\n五" },
  };
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) le = encode (cases[i].in, "UTF-16LE", "\xff\xfe", 2);
      g_autoptr(GBytes) gb = encode (cases[i].in, "GB18030", "", 0);

      assert_decodes (cases[i].in, strlen (cases[i].in), NULL, cases[i].out,
                      "UTF-8");
      assert_bytes_decode (le, NULL, cases[i].out, "UTF-16LE");
      assert_bytes_decode (gb, "GB18030", cases[i].out, "GB18030");
    }
}

static void
test_invalid (void)
{
  const char *sample = SAMPLE;
  gsize n = strlen (sample);
  g_autofree char *bad = g_strconcat (sample, "\xff", "尾", NULL);
  g_autofree char *bad_bom = g_strconcat ("\xef\xbb\xbf" "ab", "\x80", NULL);

  /* 0xFF is neither UTF-8 nor GB18030 */
  assert_fails ("abc\xff" "def", 7, NULL, BAOGAO_ERROR_INVALID_ENCODING, 3,
                "--encoding");
  assert_fails (bad, strlen (bad), NULL, BAOGAO_ERROR_INVALID_ENCODING, n,
                "--encoding");
  /* A truncated UTF-8 character at the end: only ASCII before it, so it
   * may be GB18030 too */
  assert_fails ("abc\xe5\x90", 5, NULL, BAOGAO_ERROR_INVALID_ENCODING, 3,
                "--encoding");
  /* UTF-8 Chinese cut inside its last character: said to be truncated,
   * not read as GB18030 */
  assert_fails ("各位代表：我受常委会委托\xe5\x90", strlen ("各位代表：我受常委会委托") + 2,
                NULL, BAOGAO_ERROR_INVALID_ENCODING, strlen ("各位代表：我受常委会委托"),
                "truncated");
  assert_fails ("各位代表\xf0\x9f\x98", strlen ("各位代表") + 3,
                NULL, BAOGAO_ERROR_INVALID_ENCODING, strlen ("各位代表"),
                "last 3 bytes");
  /* A whole character after the bad byte is not a cut */
  assert_fails ("各位代表：\xe5\x90" "a", strlen ("各位代表：") + 3, NULL,
                BAOGAO_ERROR_INVALID_ENCODING, strlen ("各位代表："), "--encoding");
  /* Offsets count the byte-order mark; no fallback after a UTF-8 mark */
  assert_fails (bad_bom, strlen (bad_bom), NULL,
                BAOGAO_ERROR_INVALID_ENCODING, 5, "UTF-8");
  /* UTF-8 fails at 0, GB18030 at 4: the UTF-8 offset comes first */
  assert_fails ("\x81\x30\x81\x30\xff", 5, NULL,
                BAOGAO_ERROR_INVALID_ENCODING, 0, "GB18030");
}

static void
test_not_chinese (void)
{
  /* Latin-1 that also converts from GB18030 without an error */
  const char latin1[] = "M\xfcller and na\xefve caf\xe9s";
  /* UTF-8 Chinese with one stray Latin-1 byte at 15 */
  const char stray[] = "各位代表：\xe9各位代表：我受常委会委托";

  assert_fails (latin1, strlen (latin1), NULL,
                BAOGAO_ERROR_INVALID_ENCODING, 1, "--encoding");
  assert_fails (stray, strlen (stray), NULL,
                BAOGAO_ERROR_INVALID_ENCODING, 15, "--encoding");

  assert_decodes (latin1, strlen (latin1), "ISO-8859-1",
                  "Müller and naïve cafés", "ISO-8859-1");
  assert_decodes (latin1, strlen (latin1), "latin1",
                  "Müller and naïve cafés", "LATIN1");
  /* Forced, GB18030 is taken as it comes */
  assert_decodes (latin1, strlen (latin1), "GB18030",
                  "M黮ler and na飗e caf閟", "GB18030");
}

static void
test_forced_fails (void)
{
  g_autoptr(GBytes) gb = encode ("ab" SAMPLE, "GB18030", "", 0);
  gsize length;
  gconstpointer data = g_bytes_get_data (gb, &length);

  /* GB18030 bytes are not UTF-8 from byte 2 on */
  assert_fails (data, length, "UTF-8", BAOGAO_ERROR_INVALID_ENCODING, 2,
                "UTF-8");
  /* 0x80 is not GB18030 */
  assert_fails ("ab\x80" "cd", 5, "GBK", BAOGAO_ERROR_INVALID_ENCODING, 2,
                "GB18030");
  /* Half a character at the end */
  assert_fails ("ab\xb8", 3, "GB18030", BAOGAO_ERROR_INVALID_ENCODING, 2,
                "GB18030");
  /* Odd length */
  assert_fails ("a\0b", 3, "UTF-16LE", BAOGAO_ERROR_INVALID_ENCODING, 2,
                "UTF-16LE");
  /* A NUL in a forced single-byte encoding */
  assert_fails ("ab\0", 3, "ISO-8859-1", BAOGAO_ERROR_BINARY_DATA, 2,
                "binary");
}

static void
test_binary_nul (void)
{
  assert_fails ("hello\0world", 11, NULL, BAOGAO_ERROR_BINARY_DATA, 5,
                "binary");
  assert_fails ("\0", 1, NULL, BAOGAO_ERROR_BINARY_DATA, 0, "NUL");
  /* Not valid UTF-8 either: the NUL still decides */
  assert_fails ("\xb8\xf7\0", 3, NULL, BAOGAO_ERROR_BINARY_DATA, 2, "NUL");
  assert_fails ("\xef\xbb\xbf" "ab\0", 6, NULL, BAOGAO_ERROR_BINARY_DATA, 5,
                "NUL");
  /* UTF-32 does hold zero bytes; a NUL character there is caught in the
   * decoded text */
  assert_decodes ("a\0\0\0", 4, "UTF-32LE", "a", "UTF-32LE");
  assert_fails ("a\0\0\0\0\0\0\0", 8, "UTF-32LE", BAOGAO_ERROR_BINARY_DATA, 1,
                "decoded text");
}

static void
test_binary_controls (void)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint i;

  /* ELF-like: no NUL, but control bytes everywhere */
  for (i = 0; i < 1000; i++)
    g_string_append (text, "\x7f" "EL\x01\x02\x03");
  assert_fails (text->str, text->len, NULL, BAOGAO_ERROR_BINARY_DATA, 0,
                "control");

  /* A few control characters in a long text are fine */
  g_string_truncate (text, 0);
  for (i = 0; i < 100; i++)
    g_string_append (text, "第一条　本条例。\x1b[0m\n");
  assert_decodes (text->str, text->len, NULL, text->str, "UTF-8");

  g_string_truncate (text, 0);
  g_string_append (text, "ab");
  for (i = 0; i < 100; i++)
    g_string_append (text, "\x01\x02");
  assert_fails (text->str, text->len, NULL, BAOGAO_ERROR_BINARY_DATA, 2,
                "control");
}

static void
test_unknown_encoding (void)
{
  assert_fails ("abc", 3, "NO-SUCH-CHARSET-42", BAOGAO_ERROR_INVALID_ENCODING,
                -1, "NO-SUCH-CHARSET-42");
  assert_fails ("", 0, "no-such-charset", BAOGAO_ERROR_INVALID_ENCODING, -1,
                "NO-SUCH-CHARSET");
  assert_fails ("abc", 3, "", BAOGAO_ERROR_INVALID_ENCODING, -1, "Unknown");
  assert_fails ("a\0b", 3, "bogus", BAOGAO_ERROR_INVALID_ENCODING, -1,
                "Unknown encoding");
}

static void
test_random (void)
{
  static const char *encodings[] = {
    NULL, NULL, NULL, NULL, "UTF-8", "GB18030", "UTF-16", "UTF-16LE",
    "ISO-8859-1", "UTF-32", "SHIFT_JIS", "ISO-2022-CN", "UTF-7",
  };
  static const char *prefixes[] = {
    "", "\xef\xbb\xbf", "\xff\xfe", "\xfe\xff", "\x84\x31\x95\x33",
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (20240126);
  guint n_ok = 0;
  guint n_invalid = 0;
  guint n_binary = 0;
  guint round;

  for (round = 0; round < 4000; round++)
    {
      g_autoptr(GError) error = NULL;
      const char *prefix =
        prefixes[g_rand_int_range (rand, 0, G_N_ELEMENTS (prefixes))];
      const char *encoding =
        encodings[g_rand_int_range (rand, 0, G_N_ELEMENTS (encodings))];
      gsize length = strlen (prefix) + g_rand_int_range (rand, 0, 600);
      guint mode = g_rand_int_range (rand, 0, 4);
      guint8 *data = g_malloc (MAX (length, 1));
      BaogaoDecoded out;
      gsize i;

      memcpy (data, prefix, strlen (prefix));
      for (i = strlen (prefix); i < length; i++)
        {
          switch (mode)
            {
            case 0: /* any byte */
              data[i] = g_rand_int_range (rand, 0, 256);
              break;
            case 1: /* high bytes and ASCII text, no NUL */
              data[i] = g_rand_boolean (rand) ?
                        g_rand_int_range (rand, 0x80, 0x100) :
                        g_rand_int_range (rand, 0x20, 0x7f);
              break;
            case 2: /* plausible GB18030 pairs and line ends */
              data[i] = (i % 2 == 0) ? g_rand_int_range (rand, 0xa1, 0xf8) :
                        g_rand_int_range (rand, 0xa1, 0xff);
              if (g_rand_int_range (rand, 0, 50) == 0)
                data[i] = g_rand_boolean (rand) ? '\r' : '\n';
              break;
            default: /* UTF-8 lead and continuation bytes */
              data[i] = g_rand_int_range (rand, 0, 3) == 0 ?
                        g_rand_int_range (rand, 0xc0, 0xf8) :
                        g_rand_int_range (rand, 0x80, 0xc0);
              break;
            }
        }

      if (decode (data, length, encoding, &out, &error))
        {
          g_assert_no_error (error);
          n_ok++;
          baogao_decoded_clear (&out);
        }
      else
        {
          g_assert_nonnull (error);
          g_assert_true (error->domain == BAOGAO_ERROR);
          g_assert_true (error->code == BAOGAO_ERROR_INVALID_ENCODING ||
                         error->code == BAOGAO_ERROR_BINARY_DATA);
          if (error->code == BAOGAO_ERROR_INVALID_ENCODING)
            n_invalid++;
          else
            n_binary++;
        }
      g_free (data);
    }

  g_test_message ("random: %u decoded, %u invalid, %u binary",
                  n_ok, n_invalid, n_binary);
  g_assert_cmpuint (n_ok, >, 0);
  g_assert_cmpuint (n_invalid, >, 0);
  g_assert_cmpuint (n_binary, >, 0);
}

static void
test_clear (void)
{
  BaogaoDecoded out;

  g_assert_true (baogao_decode_text ((const guint8 *) "x", 1, NULL, &out,
                                     NULL));
  baogao_decoded_clear (&out);
  g_assert_null (out.text);
  g_assert_null (out.encoding);
  g_assert_cmpuint (out.length, ==, 0);
  /* Twice is harmless */
  baogao_decoded_clear (&out);

  /* Failure leaves nothing to free, also with no GError asked for */
  g_assert_false (baogao_decode_text ((const guint8 *) "\xff", 1, NULL, &out,
                                      NULL));
  g_assert_null (out.text);
  g_assert_null (out.encoding);
}

static void
test_corpus (void)
{
  const char *dir = g_getenv ("BAOGAO_CORPUS_DIR");
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) gb = NULL;
  BaogaoDecoded out;
  gsize length;

  if (dir == NULL)
    {
      g_test_skip ("BAOGAO_CORPUS_DIR is not set");
      return;
    }

  path = g_build_filename (dir, "heilongjiang-2024.txt", NULL);
  if (!g_file_get_contents (path, &contents, &length, NULL))
    {
      g_test_skip ("no heilongjiang-2024.txt in BAOGAO_CORPUS_DIR");
      return;
    }

  g_assert_true (decode (contents, length, NULL, &out, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (out.encoding, ==, "UTF-8");

  /* The same text in GB18030 is detected and reads back the same */
  gb = encode (out.text, "GB18030", "", 0);
  assert_bytes_decode (gb, NULL, out.text, "GB18030");
  baogao_decoded_clear (&out);
}

static void
check_same_verdict (const guint8 *bytes,
                    gsize         length)
{
  gboolean ours = baogao_utf8_is_valid ((const char *) bytes, length);
  gboolean glib = g_utf8_validate_len ((const char *) bytes, length, NULL);

  if (ours != glib)
    {
      g_autofree char *hex = g_strdup ("");

      for (gsize i = 0; i < length; i++)
        {
          char *more = g_strdup_printf ("%s %02X", hex, bytes[i]);

          g_free (hex);
          hex = more;
        }
      g_error ("UTF-8 verdicts differ on%s: ours %d, GLib %d", hex, ours, glib);
    }
}

/* The layer and the readers use their own UTF-8 check: it must agree
 * with GLib's on every sequence of up to three bytes, on four-byte
 * sequences around each boundary, and on random and truncated input. */
static void
test_utf8_validity (void)
{
  static const guint8 edges[] = {
    0x00, 0x01, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2,
    0xdf, 0xe0, 0xe1, 0xec, 0xed, 0xee, 0xef, 0xf0, 0xf1, 0xf3, 0xf4, 0xf5,
    0xf7, 0xf8, 0xfe, 0xff,
  };
  guint8 buf[64];
  guint32 seed = 7;

  for (guint a = 0; a < 256; a++)
    {
      buf[0] = a;
      check_same_verdict (buf, 1);
      for (guint b = 0; b < 256; b++)
        {
          buf[1] = b;
          check_same_verdict (buf, 2);
          for (guint c = 0; c < 256; c++)
            {
              buf[2] = c;
              check_same_verdict (buf, 3);
            }
        }
    }

  for (guint a = 0; a < G_N_ELEMENTS (edges); a++)
    for (guint b = 0; b < G_N_ELEMENTS (edges); b++)
      for (guint c = 0; c < G_N_ELEMENTS (edges); c++)
        for (guint d = 0; d < G_N_ELEMENTS (edges); d++)
          {
            buf[0] = edges[a];
            buf[1] = edges[b];
            buf[2] = edges[c];
            buf[3] = edges[d];
            check_same_verdict (buf, 4);
          }

  /* Random strings drawn from text-like bytes, and their prefixes */
  for (guint round = 0; round < 20000; round++)
    {
      static const char * const pieces[] = { "a", "\xe4\xb8\xad", "\xf0\x9f\x98\x80", "\xc3\xa9",
                                              "\xef\xbc\x8c", "\xed\x9f\xbf", "\x80", "\xe4" };
      gsize n = 0;

      while (n < sizeof buf - 4)
        {
          const char *piece;

          seed = seed * 1103515245 + 12345;
          piece = pieces[(seed >> 16) % G_N_ELEMENTS (pieces)];
          if ((seed >> 8) % 13 == 0)
            break;
          memcpy (buf + n, piece, strlen (piece));
          n += strlen (piece);
        }
      for (gsize k = 0; k <= n; k++)
        check_same_verdict (buf, k);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/reader/empty", test_empty);
  g_test_add_func ("/reader/utf8", test_utf8);
  g_test_add_func ("/reader/utf8-bom", test_utf8_bom);
  g_test_add_func ("/reader/utf8-spellings", test_utf8_spellings);
  g_test_add_func ("/reader/utf16le-bom", test_utf16le_bom);
  g_test_add_func ("/reader/utf16be-bom", test_utf16be_bom);
  g_test_add_func ("/reader/utf16-bad", test_utf16_bad);
  g_test_add_func ("/reader/gb18030", test_gb18030);
  g_test_add_func ("/reader/gb18030-bom", test_gb18030_bom);
  g_test_add_func ("/reader/line-ends", test_line_ends);
  g_test_add_func ("/reader/invalid", test_invalid);
  g_test_add_func ("/reader/not-chinese", test_not_chinese);
  g_test_add_func ("/reader/forced-fails", test_forced_fails);
  g_test_add_func ("/reader/binary-nul", test_binary_nul);
  g_test_add_func ("/reader/binary-controls", test_binary_controls);
  g_test_add_func ("/reader/unknown-encoding", test_unknown_encoding);
  g_test_add_func ("/reader/random", test_random);
  g_test_add_func ("/reader/clear", test_clear);
  g_test_add_func ("/reader/corpus", test_corpus);
  g_test_add_func ("/reader/utf8-validity", test_utf8_validity);

  return g_test_run ();
}

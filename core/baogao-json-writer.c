/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/* Writing the `baogao-document/1` JSON format.
 *
 * The writer streams into one GString instead of building a json-glib
 * tree: a report has thousands of annotations with a dozen values each,
 * and a node per value would cost more than all the analyzers together.
 * It also gives exact control of the two things a byte-identical round
 * trip needs: key order, and doubles written in their shortest form that
 * reads back to the same value (json-glib 1.6 writes 17 digits, so 98.6
 * would come out as 98.599999999999994). The reader uses json-glib.
 *
 * Key order is fixed: as in DESIGN.md, then keys added later. */

#include "baogao-json-private.h"
#include "baogao-document-private.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#if defined(__SSE2__) && !defined(BAOGAO_JSON_SCALAR_ONLY)
#include <emmintrin.h>
#define JSON_USE_SSE2 1
#endif

/* Bytes that need an escape in a JSON string: control characters, the
 * quote and the backslash. Everything else, UTF-8 included, goes as is. */
static const guint8 needs_escape[256] = {
  [0x00] = 1, [0x01] = 1, [0x02] = 1, [0x03] = 1, [0x04] = 1, [0x05] = 1, [0x06] = 1, [0x07] = 1,
  [0x08] = 1, [0x09] = 1, [0x0a] = 1, [0x0b] = 1, [0x0c] = 1, [0x0d] = 1, [0x0e] = 1, [0x0f] = 1,
  [0x10] = 1, [0x11] = 1, [0x12] = 1, [0x13] = 1, [0x14] = 1, [0x15] = 1, [0x16] = 1, [0x17] = 1,
  [0x18] = 1, [0x19] = 1, [0x1a] = 1, [0x1b] = 1, [0x1c] = 1, [0x1d] = 1, [0x1e] = 1, [0x1f] = 1,
  ['"'] = 1, ['\\'] = 1,
};

/* Appends without g_string_append_len()'s checks: writing a report is
 * thousands of short appends into a buffer sized up front. */
static inline void
put (GString    *out,
     const char *data,
     gsize       n)
{
  gsize len = out->len;

  if (G_UNLIKELY (len + n >= out->allocated_len))
    {
      g_string_set_size (out, len + n);
      out->len = len;
    }
  memcpy (out->str + len, data, n);
  out->len = len + n;
  out->str[out->len] = '\0';
}

/* A string literal, its length known at compile time. */
#define PUT_LITERAL(out, literal) put ((out), "" literal, sizeof (literal) - 1)

static inline void
put_c (GString *out,
       char     c)
{
  if (G_UNLIKELY (out->len + 1 >= out->allocated_len))
    {
      g_string_append_c (out, c);
      return;
    }
  out->str[out->len++] = c;
  out->str[out->len] = '\0';
}

#define ONES G_GUINT64_CONSTANT (0x0101010101010101)
#define HIGHS G_GUINT64_CONSTANT (0x8080808080808080)

/* Whether any of the eight bytes of @x needs an escape: is below 0x20, a
 * quote or a backslash. Each test is exact about whether some byte hits
 * (the classic has-zero-byte trick); the slow path finds which. */
static inline gboolean
word_needs_escape (guint64 x)
{
  guint64 quote = x ^ (ONES * '"');
  guint64 backslash = x ^ (ONES * '\\');
  guint64 hits = ((x - ONES * 0x20) & ~x) |
                 ((quote - ONES) & ~quote) |
                 ((backslash - ONES) & ~backslash);

  return (hits & HIGHS) != 0;
}

/* Appends the bytes from @p to @end escaped as in a JSON string, without
 * its quotes. Only ASCII bytes are escaped, so a text may be cut
 * anywhere, inside a character too, and its pieces escaped one by one. */
static void
append_escaped (GString      *out,
                const guint8 *p,
                const guint8 *end)
{
  static const char hex[] = "0123456789abcdef";

  while (p < end)
    {
      const guint8 *run = p;
      const char *esc;
      char buf[7];

#ifdef JSON_USE_SSE2
      /* Sixteen bytes at a time while none needs an escape: a byte below
       * 0x20 is one that max (byte, 0x20) changes */
      {
        const __m128i space = _mm_set1_epi8 (0x20);
        const __m128i quote = _mm_set1_epi8 ('"');
        const __m128i backslash = _mm_set1_epi8 ('\\');

        while (end - p >= 16)
          {
            __m128i x = _mm_loadu_si128 ((const __m128i *) p);
            __m128i ok = _mm_cmpeq_epi8 (_mm_max_epu8 (x, space), x);
            __m128i bad = _mm_or_si128 (_mm_cmpeq_epi8 (x, quote),
                                        _mm_cmpeq_epi8 (x, backslash));

            if (_mm_movemask_epi8 (_mm_andnot_si128 (bad, ok)) != 0xFFFF)
              break;
            p += 16;
          }
      }
#endif
      /* Eight bytes at a time while none needs an escape. */
      while (end - p >= 8)
        {
          guint64 x;

          memcpy (&x, p, 8);
          if (word_needs_escape (x))
            break;
          p += 8;
        }
      while (p < end && !needs_escape[*p])
        p++;
      put (out, (const char *) run, p - run);
      if (p == end)
        break;

      switch (*p)
        {
        case '"': esc = "\\\""; break;
        case '\\': esc = "\\\\"; break;
        case '\n': esc = "\\n"; break;
        case '\r': esc = "\\r"; break;
        case '\t': esc = "\\t"; break;
        case '\b': esc = "\\b"; break;
        case '\f': esc = "\\f"; break;
        default:
          buf[0] = '\\'; buf[1] = 'u'; buf[2] = '0'; buf[3] = '0';
          buf[4] = hex[*p >> 4]; buf[5] = hex[*p & 0xF]; buf[6] = '\0';
          esc = buf;
          break;
        }
      put (out, esc, strlen (esc));
      p++;
    }
}

void
baogao_json_append_string (GString    *out,
                           const char *s,
                           gssize      len)
{
  const guint8 *p = (const guint8 *) s;

  put_c (out, '"');
  append_escaped (out, p, p + (len < 0 ? strlen (s) : (gsize) len));
  put_c (out, '"');
}

/* The two digits of 0 to 99 */
static const char digit_pairs[201] =
  "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
  "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
  "8081828384858687888990919293949596979899";

/* printf is a large share of writing thousands of offsets; two digits at
 * a time halve the divisions. */
static void
append_int (GString *out,
            gint64   value)
{
  char buf[24];
  char *p = buf + sizeof buf;
  guint64 u = value < 0 ? (guint64) 0 - (guint64) value : (guint64) value;

  while (u >= 100)
    {
      guint pair = (guint) (u % 100);

      u /= 100;
      p -= 2;
      memcpy (p, digit_pairs + 2 * pair, 2);
    }
  if (u >= 10)
    {
      p -= 2;
      memcpy (p, digit_pairs + 2 * u, 2);
    }
  else
    {
      *--p = '0' + (char) u;
    }
  if (value < 0)
    *--p = '-';

  put (out, p, buf + sizeof buf - p);
}

void
baogao_json_append_double (GString *out,
                           double   value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  g_assert (isfinite (value));

  /* Shortest of 15 or 17 significant digits that reads back exactly. */
  g_ascii_formatd (buf, sizeof buf, "%.15g", value);
  if (g_ascii_strtod (buf, NULL) != value)
    g_ascii_formatd (buf, sizeof buf, "%.17g", value);

  g_string_append (out, buf);
  if (strpbrk (buf, ".eEn") == NULL)
    g_string_append (out, ".0");
}

typedef struct
{
  GString  *out;
  gboolean  pretty;
  guint     depth;
  gboolean  first;   /* no member written yet at this depth */

  /* Writing in parts (baogao_json_write_document_with ()): @out is passed
   * on to @func whenever it holds STREAM_CHUNK bytes, so that the whole
   * document — about twelve times its text — is never in memory at once.
   * Once @func has refused a part, nothing more is passed on. */
  BaogaoWriteFunc func;
  gpointer        user_data;
  gboolean        stopped;
} Writer;

/* Small: the buffer is the writer's memory, and a part costs one call */
#define STREAM_CHUNK (16 * 1024)

/* Passes what @w holds on to its function, if it writes in parts and
 * holds at least @at_least bytes. */
static void
flush (Writer *w,
       gsize   at_least)
{
  if (w->func == NULL || w->out->len < at_least || w->out->len == 0)
    return;
  if (!w->stopped && !w->func ((const guint8 *) w->out->str, w->out->len, w->user_data))
    w->stopped = TRUE;
  g_string_truncate (w->out, 0);
}

/* Writes @text as a JSON string; when writing in parts, a part at a
 * time, so that a long text is not copied whole either. */
static void
write_text (Writer     *w,
            const char *text,
            gsize       size)
{
  const guint8 *p = (const guint8 *) text;

  put_c (w->out, '"');
  for (gsize at = 0; at < size && !w->stopped;)
    {
      gsize n = w->func != NULL ? MIN (size - at, STREAM_CHUNK) : size - at;

      append_escaped (w->out, p + at, p + at + n);
      flush (w, STREAM_CHUNK);
      at += n;
    }
  put_c (w->out, '"');
}

static void
newline (Writer *w)
{
  if (!w->pretty)
    return;
  g_string_append_c (w->out, '\n');
  for (guint i = 0; i < w->depth; i++)
    g_string_append (w->out, "  ");
}

static void
open_container (Writer *w,
                char    c)
{
  put_c (w->out, c);
  w->depth++;
  w->first = TRUE;
}

static void
close_container (Writer *w,
                 char    c)
{
  w->depth--;
  if (!w->first)
    newline (w);
  put_c (w->out, c);
  w->first = FALSE;
}

/* Starts an array element or, with @key, an object member. */
static void
item (Writer     *w,
      const char *key)
{
  if (!w->first)
    put_c (w->out, ',');
  w->first = FALSE;
  newline (w);

  if (key != NULL)
    {
      gsize length = strlen (key);
      gsize i;

      /* Keys are names: write them as they are unless one needs an
       * escape, which only a third-party feature name could. */
      for (i = 0; i < length && !needs_escape[(guint8) key[i]]; i++)
        ;
      if (i == length)
        {
          put_c (w->out, '"');
          put (w->out, key, length);
          put_c (w->out, '"');
        }
      else
        baogao_json_append_string (w->out, key, length);

      if (w->pretty)
        put (w->out, ": ", 2);
      else
        put_c (w->out, ':');
    }
}

static void
member_string (Writer     *w,
               const char *key,
               const char *value)
{
  item (w, key);
  if (value == NULL)
    g_string_append (w->out, "null");
  else
    baogao_json_append_string (w->out, value, -1);
}

static void
member_int (Writer     *w,
            const char *key,
            gint64      value)
{
  item (w, key);
  append_int (w->out, value);
}

static void
append_value (Writer            *w,
              const BaogaoValue *value)
{
  switch (value->type)
    {
    case BAOGAO_VALUE_STRING:
      baogao_json_append_string (w->out, value->v.s, -1);
      break;
    case BAOGAO_VALUE_INT:
      append_int (w->out, value->v.i);
      break;
    case BAOGAO_VALUE_DOUBLE:
      baogao_json_append_double (w->out, value->v.d);
      break;
    case BAOGAO_VALUE_BOOLEAN:
      g_string_append (w->out, value->v.b ? "true" : "false");
      break;
    case BAOGAO_VALUE_NONE:
    default:
      g_string_append (w->out, "null");
      break;
    }
}

static const char * const standard_metadata[] = {
  "title", "date", "meeting", "speaker", "speaker_title", "region", "year_reported",
};

static void
write_metadata (Writer         *w,
                BaogaoDocument *doc)
{
  item (w, "metadata");
  open_container (w, '{');

  for (guint i = 0; i < G_N_ELEMENTS (standard_metadata); i++)
    {
      const BaogaoValue *value = baogao_document_lookup_metadata (doc, standard_metadata[i]);

      item (w, standard_metadata[i]);
      if (value != NULL)
        append_value (w, value);
      else
        g_string_append (w->out, "null");
    }

  for (guint i = 0; i < doc->metadata->len; i++)
    {
      BaogaoMetadataEntry *entry = &g_array_index (doc->metadata, BaogaoMetadataEntry, i);

      if (g_strv_contains (standard_metadata, entry->key))
        continue;
      item (w, entry->key);
      append_value (w, &entry->value);
    }

  close_container (w, '}');
}

static const char *
status_name (BaogaoRunStatus status)
{
  switch (status)
    {
    case BAOGAO_RUN_OK: return "ok";
    case BAOGAO_RUN_FAILED: return "failed";
    case BAOGAO_RUN_SKIPPED: return "skipped";
    default: g_assert_not_reached ();
    }
}

static void
write_runs (Writer          *w,
            BaogaoDocument  *doc,
            BaogaoJsonFlags  flags)
{
  item (w, "analyzers");
  open_container (w, '[');

  for (guint i = 0; i < doc->runs->len; i++)
    {
      BaogaoRunRecord *run = &g_array_index (doc->runs, BaogaoRunRecord, i);

      item (w, NULL);
      open_container (w, '{');
      member_string (w, "name", run->name);
      member_string (w, "version", run->version);
      member_string (w, "status", status_name (run->status));
      if (!(flags & BAOGAO_JSON_NO_TIMINGS))
        member_int (w, "elapsed_us", run->elapsed_us);
      if (run->message != NULL)
        member_string (w, "message", run->message);
      close_container (w, '}');
    }

  close_container (w, ']');
}

static void
write_repairs (Writer         *w,
               BaogaoDocument *doc)
{
  item (w, "repairs");
  open_container (w, '[');

  for (guint i = 0; i < doc->repairs->len; i++)
    {
      BaogaoRepairRecord *r = &g_array_index (doc->repairs, BaogaoRepairRecord, i);
      gboolean pretty = w->pretty;

      item (w, NULL);
      w->pretty = FALSE;
      open_container (w, '{');
      member_string (w, "kind", baogao_json_repair_kinds[r->kind]);
      member_int (w, "at", r->at);
      member_int (w, "byte_at", r->byte_at);
      member_string (w, "removed", r->removed);
      if (r->page != 0)
        member_int (w, "page", r->page);
      if (r->direction != 0)
        member_string (w, "direction", r->direction > 0 ? "continues" : "continued");
      close_container (w, '}');
      w->pretty = pretty;
    }

  close_container (w, ']');
}

static void
write_annotation (Writer           *w,
                  BaogaoDocument   *doc,
                  BaogaoAnnotation *r)
{
  BaogaoStore *store = &doc->store;
  const BaogaoFeature *features = baogao_store_get_features (store, r);
  gboolean pretty = w->pretty;

  item (w, NULL);

  /* One annotation per line even when pretty: a report has thousands.
   * Its fixed members are written as literals, keys and punctuation
   * together. */
  w->pretty = FALSE;
  PUT_LITERAL (w->out, "{\"id\":");
  append_int (w->out, r->id);
  PUT_LITERAL (w->out, ",\"type\":");
  baogao_json_append_string (w->out, g_quark_to_string (r->type), -1);
  PUT_LITERAL (w->out, ",\"start\":");
  append_int (w->out, r->start);
  PUT_LITERAL (w->out, ",\"end\":");
  append_int (w->out, r->end);
  PUT_LITERAL (w->out, ",\"byte_start\":");
  append_int (w->out, r->byte_start);
  PUT_LITERAL (w->out, ",\"byte_end\":");
  append_int (w->out, r->byte_end);
  PUT_LITERAL (w->out, ",\"text\":");
  baogao_json_append_string (w->out, doc->text + r->byte_start, r->byte_end - r->byte_start);
  PUT_LITERAL (w->out, ",\"analyzer\":");
  baogao_json_append_string (w->out, g_ptr_array_index (store->analyzers, r->analyzer), -1);
  PUT_LITERAL (w->out, ",\"parent\":");
  if (r->parent != NULL)
    append_int (w->out, r->parent->id);
  else
    PUT_LITERAL (w->out, "null");
  w->depth++;
  w->first = FALSE;

  item (w, "features");
  open_container (w, '{');
  for (guint i = 0; i < r->n_feat; i++)
    {
      item (w, g_quark_to_string (features[i].key));
      append_value (w, &features[i].value);
    }
  close_container (w, '}');

  if (r->n_extra_analyzers > 0)
    {
      const guint16 *extra;
      guint n;

      extra = baogao_store_get_extra_analyzers (store, r, &n);
      item (w, "provenance");
      open_container (w, '[');
      item (w, NULL);
      baogao_json_append_string (w->out, g_ptr_array_index (store->analyzers, r->analyzer), -1);
      for (guint i = 0; i < n; i++)
        {
          item (w, NULL);
          baogao_json_append_string (w->out, g_ptr_array_index (store->analyzers, extra[i]), -1);
        }
      close_container (w, ']');
    }

  close_container (w, '}');
  w->pretty = pretty;
}

static void
write_indicators (Writer         *w,
                  BaogaoDocument *doc)
{
  item (w, "indicators");
  open_container (w, '[');

  for (guint i = 0; i < doc->indicators->len; i++)
    {
      BaogaoIndicator *ind = g_ptr_array_index (doc->indicators, i);
      BaogaoAnnotation *annotation = baogao_indicator_get_annotation (ind);
      gboolean pretty = w->pretty;
      double normalized;
      gboolean normalized_is_integer;

      item (w, NULL);
      w->pretty = FALSE;
      open_container (w, '{');
      member_string (w, "key", baogao_indicator_get_key (ind));
      item (w, "value");
      if (baogao_indicator_is_integer (ind))
        append_int (w->out, (gint64) baogao_indicator_get_value (ind));
      else
        baogao_json_append_double (w->out, baogao_indicator_get_value (ind));
      member_string (w, "unit", baogao_indicator_get_unit (ind));
      item (w, "normalized");
      if (!baogao_indicator_get_normalized (ind, &normalized, &normalized_is_integer))
        g_string_append (w->out, "null");
      else if (normalized_is_integer)
        append_int (w->out, (gint64) normalized);
      else
        baogao_json_append_double (w->out, normalized);
      member_string (w, "base_unit", baogao_indicator_get_base_unit (ind));
      member_string (w, "approx", baogao_indicator_get_approx (ind));
      member_string (w, "scope", baogao_indicator_get_scope (ind));
      member_string (w, "period", baogao_indicator_get_period (ind));
      item (w, "annotation");
      if (annotation != NULL)
        append_int (w->out, annotation->id);
      else
        g_string_append (w->out, "null");
      close_container (w, '}');
      w->pretty = pretty;
    }

  close_container (w, ']');
}

/* About how long the JSON of @doc is, a little more: the text, each
 * annotation's text and its fields */
static gsize
estimate_length (BaogaoDocument *doc)
{
  guint n = baogao_store_get_size (&doc->store);
  gsize estimate = doc->size + 4096;

  for (guint i = 0; i < n; i++)
    {
      BaogaoAnnotation *r = baogao_store_get (&doc->store, i);

      estimate += (r->byte_end - r->byte_start) + 192 + r->n_feat * 32;
    }
  estimate += doc->indicators->len * 160 + doc->repairs->len * 96;

  return estimate + estimate / 8;
}

static void
write_document (Writer          *w,
                BaogaoDocument  *doc,
                BaogaoJsonFlags  flags)
{
  guint n = baogao_store_get_size (&doc->store);

  w->pretty = (flags & BAOGAO_JSON_PRETTY) != 0;

  open_container (w, '{');
  member_string (w, "format", BAOGAO_DOCUMENT_FORMAT);

  item (w, "source");
  open_container (w, '{');
  member_string (w, "path", doc->source_path);
  member_string (w, "encoding", doc->source_encoding);
  member_string (w, "sha256", doc->source_sha256);
  member_string (w, "media_type", doc->media_type);
  close_container (w, '}');

  write_metadata (w, doc);

  item (w, "text");
  write_text (w, doc->text, doc->size);
  /* (the writing stopped: the rest would go nowhere) */
  if (G_UNLIKELY (w->stopped))
    return;

  write_repairs (w, doc);
  write_runs (w, doc, flags);

  item (w, "annotations");
  open_container (w, '[');
  for (guint i = 0; i < n; i++)
    {
      write_annotation (w, doc, baogao_store_get (&doc->store, i));
      flush (w, STREAM_CHUNK);
      /* (the writing stopped: the rest would go nowhere) */
      if (G_UNLIKELY (w->stopped))
        return;
    }
  close_container (w, ']');

  write_indicators (w, doc);

  close_container (w, '}');
  if (w->pretty)
    g_string_append_c (w->out, '\n');
}

char *
baogao_json_write_document (BaogaoDocument  *doc,
                            BaogaoJsonFlags  flags,
                            gsize           *length)
{
  Writer w = { 0 };

  /* Size the buffer once, near the result: growing by doubling would
   * hold the old and the new buffer at once, which for long reports is
   * most of the peak memory. */
  w.out = g_string_sized_new (estimate_length (doc));
  write_document (&w, doc, flags);

  if (length != NULL)
    *length = w.out->len;
  return g_string_free (w.out, FALSE);
}

gboolean
baogao_json_write_document_with (BaogaoDocument  *doc,
                                 BaogaoJsonFlags  flags,
                                 BaogaoWriteFunc  func,
                                 gpointer         user_data)
{
  Writer w = { 0 };

  w.out = g_string_sized_new (STREAM_CHUNK + STREAM_CHUNK / 4);
  w.func = func;
  w.user_data = user_data;
  write_document (&w, doc, flags);
  flush (&w, 0);
  g_string_free (w.out, TRUE);

  return !w.stopped;
}

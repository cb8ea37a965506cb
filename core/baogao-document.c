/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/**
 * BaogaoDocument:
 *
 * A report: its text, metadata, annotations and indicators.
 *
 * The text is immutable UTF-8. Readers make a document from a file
 * ([ctor@Baogao.Document.new_from_file]), from bytes in any supported
 * encoding ([ctor@Baogao.Document.new_from_bytes]) or from a string
 * ([ctor@Baogao.Document.new]); a document written as JSON reads back
 * with [ctor@Baogao.Document.new_from_json].
 *
 * An engine ([class@Baogao.Engine]) runs analyzers over the document and
 * merges what they found into it. The annotations can then be walked by
 * type or span:
 *
 * ```c
 * g_autoptr(GPtrArray) sections = baogao_document_get_annotations (doc, "structure.section");
 *
 * for (guint i = 0; i < sections->len; i++)
 *   {
 *     BaogaoAnnotation *section = g_ptr_array_index (sections, i);
 *     g_print ("%s\n", baogao_annotation_get_string (section, "heading"));
 *   }
 * ```
 *
 * ## Offsets
 *
 * Offsets in the API are Unicode code points, the indices of a Python or
 * JavaScript string; the `byte` functions and fields are UTF-8 bytes.
 * [method@Baogao.Document.offset_to_byte] and
 * [method@Baogao.Document.byte_to_offset] convert between them in
 * constant time.
 *
 * ## Threads
 *
 * A document may be read from several threads at once; it is changed only
 * by the engine between analyzer levels, and by the setters.
 */

#include "baogao-utf8-private.h"
#include "baogao-util-private.h"
#include "baogao-document-private.h"
#include "baogao-reader-private.h"
#include "baogao-html-reader-private.h"
#include "baogao-json-private.h"
#include "baogao-repair-private.h"
#include "baogao-sha256-private.h"

#include <baogao/baogao-error.h>
#include <stdlib.h>
#include <string.h>

#define CHECKPOINT_SHIFT BAOGAO_DOCUMENT_CHECKPOINT_SHIFT

G_DEFINE_FINAL_TYPE (BaogaoDocument, baogao_document, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TEXT,
  PROP_SOURCE_PATH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
run_record_clear (gpointer data)
{
  BaogaoRunRecord *run = data;

  g_free (run->name);
  g_free (run->version);
  g_free (run->message);
}

static void
repair_record_clear (gpointer data)
{
  g_free (((BaogaoRepairRecord *) data)->removed);
}

static void
metadata_entry_clear (gpointer data)
{
  BaogaoMetadataEntry *entry = data;

  g_free (entry->key);
}

static void
baogao_document_finalize (GObject *object)
{
  BaogaoDocument *self = BAOGAO_DOCUMENT (object);

  g_clear_pointer (&self->indicators, g_ptr_array_unref);
  g_clear_pointer (&self->indicator_block, g_free);
  baogao_store_clear (&self->store);
  g_clear_pointer (&self->runs, g_array_unref);
  g_clear_pointer (&self->repairs, g_array_unref);
  g_clear_pointer (&self->metadata, g_array_unref);
  g_free (self->cp_checkpoints);
  g_free (self->cp_words);
  g_free (self->text);
  g_free (self->source_path);
  g_free (self->source_encoding);
  g_free (self->source_sha256);
  g_free (self->media_type);

  G_OBJECT_CLASS (baogao_document_parent_class)->finalize (object);
}

static void
baogao_document_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  BaogaoDocument *self = BAOGAO_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    case PROP_SOURCE_PATH:
      g_value_set_string (value, self->source_path);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
baogao_document_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  BaogaoDocument *self = BAOGAO_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_SOURCE_PATH:
      baogao_document_set_source_path (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
baogao_document_class_init (BaogaoDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = baogao_document_finalize;
  object_class->get_property = baogao_document_get_property;
  object_class->set_property = baogao_document_set_property;

  /**
   * BaogaoDocument:text:
   *
   * The document's text, UTF-8.
   */
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * BaogaoDocument:source-path:
   *
   * The path of the file the document was read from, if any.
   */
  properties[PROP_SOURCE_PATH] =
    g_param_spec_string ("source-path", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
baogao_document_init (BaogaoDocument *self)
{
  self->metadata = g_array_new (FALSE, TRUE, sizeof (BaogaoMetadataEntry));
  g_array_set_clear_func (self->metadata, metadata_entry_clear);
  self->repairs = g_array_new (FALSE, TRUE, sizeof (BaogaoRepairRecord));
  g_array_set_clear_func (self->repairs, repair_record_clear);
  self->runs = g_array_new (FALSE, TRUE, sizeof (BaogaoRunRecord));
  g_array_set_clear_func (self->runs, run_record_clear);
  self->indicators = g_ptr_array_new_with_free_func ((GDestroyNotify) baogao_indicator_unref);
  self->media_type = g_strdup ("text/plain");
  baogao_store_init (&self->store);
}

/* The number of characters in @n bytes of UTF-8 at @p: the bytes that do
 * not continue a character. Eight bytes at a time: a continuation byte is
 * 10xxxxxx, so bit 7 of (x & ~(x << 1)) marks it; moved to bit 0 of each
 * byte, the marks are summed by the multiplication into the top byte. */
static inline gsize
count_chars (const guchar *p,
             gsize         n)
{
  gsize count = n;
  gsize i = 0;

  for (; i + 8 <= n; i += 8)
    {
      guint64 x, marks;

      memcpy (&x, p + i, 8);
      marks = ((x & ~(x << 1)) >> 7) & G_GUINT64_CONSTANT (0x0101010101010101);
      count -= (marks * G_GUINT64_CONSTANT (0x0101010101010101)) >> 56;
    }
  for (; i < n; i++)
    count -= (p[i] & 0xC0) == 0x80;

  return count;
}

/* Code point counts at every 64th byte, and within those blocks at every
 * 8th: byte_to_offset() then counts at most 7 bytes. */
static void
build_checkpoints (BaogaoDocument *self)
{
  const guchar *p = (const guchar *) self->text;
  gsize n = (self->size >> CHECKPOINT_SHIFT) + 1;
  gsize n_words = (self->size >> 3) + 1;
  guint32 count = 0;

  self->n_checkpoints = n;
  self->cp_checkpoints = g_new (guint32, n);
  self->cp_words = g_new (guint8, n_words);

  for (gsize word = 0; word < n_words; word++)
    {
      gsize from = word << 3;
      gsize to = MIN (from + 8, self->size);
      guint32 in_block;

      if ((from & ((1 << CHECKPOINT_SHIFT) - 1)) == 0)
        self->cp_checkpoints[from >> CHECKPOINT_SHIFT] = count;
      in_block = count - self->cp_checkpoints[from >> CHECKPOINT_SHIFT];
      self->cp_words[word] = (guint8) in_block;
      count += count_chars (p + from, to - from);
    }

  self->length = count;
}

/* Takes ownership of valid, NUL-terminated UTF-8. */
BaogaoDocument *
baogao_document_new_take (char  *text,
                          gsize  size)
{
  BaogaoDocument *self = g_object_new (BAOGAO_TYPE_DOCUMENT, NULL);

  g_assert (size < G_MAXUINT32);

  self->text = text;
  self->size = size;
  build_checkpoints (self);

  return self;
}

static gboolean
check_size (gsize    size,
            GError **error)
{
  /* Offsets are stored in 32 bits. */
  if (size >= G_MAXUINT32)
    {
      g_set_error (error, BAOGAO_ERROR, BAOGAO_ERROR_FAILED,
                   "The text is %" G_GSIZE_FORMAT " bytes long; at most 4 GiB "
                   "can be analyzed", size);
      return FALSE;
    }
  return TRUE;
}

/**
 * baogao_document_new:
 * @text: UTF-8 text
 * @length: its length in bytes, or -1 if it is NUL-terminated
 * @error: return location for a #GError
 *
 * Makes a document of a string, as it is: no decoding, no repair.
 *
 * Returns: (transfer full): a new document, or %NULL if @text is not
 *   valid UTF-8
 */
BaogaoDocument *
baogao_document_new (const char  *text,
                     gssize       length,
                     GError     **error)
{
  const char *end;
  gsize size;

  g_return_val_if_fail (text != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  size = length < 0 ? strlen (text) : (gsize) length;
  if (!check_size (size, error))
    return NULL;

  if (!baogao_utf8_is_valid (text, size) &&
      !g_utf8_validate_len (text, size, &end))
    {
      g_set_error (error, BAOGAO_ERROR, BAOGAO_ERROR_INVALID_ENCODING,
                   "The text is not valid UTF-8: first bad byte at offset %"
                   G_GSIZE_FORMAT, (gsize) (end - text));
      return NULL;
    }

  return baogao_document_new_take (g_strndup (text, size), size);
}

static char *
compute_sha256 (const guint8 *data,
                gsize         length)
{
  return baogao_sha256_hex (data, length);
}

/* Takes the decoded text, undoes the print layout and records what was
 * removed, so that spans map back to the source. */
/* the reader's repair kinds are the public ones, in the same order */
G_STATIC_ASSERT ((int) BAOGAO_REPAIR_JOIN_LINES == (int) BAOGAO_TEXT_REPAIR_JOIN);
G_STATIC_ASSERT ((int) BAOGAO_REPAIR_PRINT_MARKER == (int) BAOGAO_TEXT_REPAIR_PRINT_MARKER);
G_STATIC_ASSERT ((int) BAOGAO_REPAIR_SPACE == (int) BAOGAO_TEXT_REPAIR_SPACE);

static BaogaoDocument *
new_repaired (BaogaoDecoded *decoded)
{
  g_autoptr(GArray) repairs = g_array_new (FALSE, FALSE, sizeof (BaogaoRepair));
  BaogaoDocument *self;
  gsize length;
  char *text;

  text = baogao_repair_print_layout (decoded->text, decoded->length, &length, repairs);
  self = baogao_document_new_take (text, length);

  for (guint i = 0; i < repairs->len; i++)
    {
      const BaogaoRepair *r = &g_array_index (repairs, BaogaoRepair, i);

      baogao_document_add_repair (self, (BaogaoTextRepair) r->kind, r->out_pos, decoded->text + r->src_start,
                                  r->src_end - r->src_start, r->page, r->direction);
    }

  return self;
}

void
baogao_document_add_repair (BaogaoDocument   *self,
                            BaogaoTextRepair  kind,
                            gsize             byte_at,
                            const char       *removed,
                            gssize            removed_length,
                            guint             page,
                            gint              direction)
{
  BaogaoRepairRecord record = { 0 };

  record.kind = kind;
  record.page = page;
  record.direction = direction;
  record.byte_at = byte_at;
  record.at = baogao_document_byte_to_offset (self, byte_at);
  record.removed = removed_length < 0 ? g_strdup (removed) : g_strndup (removed, removed_length);
  record.removed_chars = g_utf8_strlen (record.removed, -1);
  g_array_append_val (self->repairs, record);
}

/**
 * baogao_document_new_from_bytes:
 * @bytes: the contents of a text file
 * @encoding: (nullable): the encoding to read it in, or %NULL to detect
 *   UTF-8 (with or without BOM), UTF-16 with BOM and GB18030/GBK
 * @error: return location for a #GError
 *
 * Reads a document from the bytes of a text file or a web page. An HTML
 * page (found by its content, not its name) gives the main text of the
 * page, one paragraph per line, without navigation, scripts and other
 * furniture; its charset comes from a byte-order mark, its `<meta>` or the
 * bytes themselves. In a text file, line ends are
 * normalised to `\n`, and what a newspaper or PDF layout did to the text
 * is undone: lines broken in the middle of a sentence are joined, print
 * markers such as `(下转第五版)` are lifted out. What was removed is kept
 * (see [method@Baogao.Document.get_repair]), so any span maps back to the
 * source text with [method@Baogao.Document.get_source_span].
 *
 * Returns: (transfer full): a new document, or %NULL with @error set to a
 *   [error@Baogao.Error] that says what is wrong and where
 */
BaogaoDocument *
baogao_document_new_from_bytes (GBytes      *bytes,
                                const char  *encoding,
                                GError     **error)
{
  BaogaoDecoded decoded = { 0 };
  BaogaoDocument *self;
  const guint8 *data;
  gboolean is_html;
  gsize length;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &length);
  if (!check_size (length, error))
    return NULL;

  is_html = baogao_html_sniff (data, length);
  if (is_html ? !baogao_html_extract (data, length, encoding, &decoded, error)
              : !baogao_decode_text (data, length, encoding, &decoded, error))
    return NULL;
  if (!check_size (decoded.length, error))
    {
      baogao_decoded_clear (&decoded);
      return NULL;
    }

  if (is_html)
    {
      /* Block elements are the paragraphs; there is no print layout. */
      self = baogao_document_new_take (g_steal_pointer (&decoded.text), decoded.length);
      g_free (self->media_type);
      self->media_type = g_strdup ("text/html");
    }
  else
    self = new_repaired (&decoded);
  self->source_encoding = g_steal_pointer (&decoded.encoding);
  self->source_sha256 = compute_sha256 (data, length);
  baogao_decoded_clear (&decoded);

  return self;
}

/**
 * baogao_document_new_from_file:
 * @path: (type filename): a text file
 * @encoding: (nullable): the encoding to read it in, or %NULL to detect it
 * @error: return location for a #GError
 *
 * Reads a document from a text file or an HTML page, as
 * [ctor@Baogao.Document.new_from_bytes] does, and records its path.
 *
 * Returns: (transfer full): a new document, or %NULL with @error set
 */
BaogaoDocument *
baogao_document_new_from_file (const char  *path,
                               const char  *encoding,
                               GError     **error)
{
  g_autoptr(GMappedFile) file = NULL;
  g_autoptr(GBytes) bytes = NULL;
  BaogaoDocument *self;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  file = g_mapped_file_new (path, FALSE, error);
  if (file == NULL)
    {
      /* GLib's message for a directory ("mmap() failed: No such
       * device") would not tell the user what is wrong */
      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        {
          g_autofree char *display = g_filename_display_name (path);

          g_clear_error (error);
          g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR,
                       "%s: a directory, not a report file", display);
        }
      return NULL;
    }

  bytes = g_mapped_file_get_bytes (file);
  self = baogao_document_new_from_bytes (bytes, encoding, error);
  if (self == NULL)
    {
      g_prefix_error (error, "%s: ", path);
      return NULL;
    }

  self->source_path = g_strdup (path);
  return self;
}

/**
 * baogao_document_new_from_json:
 * @data: a `baogao-document/1`
 *   JSON document
 * @length: its length in bytes, or -1 if it is NUL-terminated
 * @error: return location for a #GError
 *
 * Reads a document written by [method@Baogao.Document.to_json], with its
 * annotations, indicators and analyzer records. Writing it again gives the
 * same bytes.
 *
 * Returns: (transfer full): the document, or %NULL with @error set to
 *   %BAOGAO_ERROR_INVALID_FORMAT
 */
BaogaoDocument *
baogao_document_new_from_json (const char  *data,
                               gssize       length,
                               GError     **error)
{
  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return baogao_json_read_document (data, length, error);
}

void
baogao_document_set_source (BaogaoDocument *self,
                            const char     *path,
                            const char     *encoding,
                            const char     *sha256,
                            const char     *media_type)
{
  baogao_set_str (&self->source_path, path);
  baogao_set_str (&self->source_encoding, encoding);
  baogao_set_str (&self->source_sha256, sha256);
  baogao_set_str (&self->media_type, media_type);
}

/**
 * baogao_document_get_text:
 * @self: a document
 *
 * Returns: (transfer none): the text, UTF-8, NUL-terminated
 */
const char *
baogao_document_get_text (BaogaoDocument *self)
{
  g_return_val_if_fail (BAOGAO_IS_DOCUMENT (self), NULL);
  return self->text;
}

/**
 * baogao_document_get_size:
 * @self: a document
 *
 * Returns: the length of the text in bytes
 */
gsize
baogao_document_get_size (BaogaoDocument *self)
{
  g_return_val_if_fail (BAOGAO_IS_DOCUMENT (self), 0);
  return self->size;
}

/**
 * baogao_document_get_length:
 * @self: a document
 *
 * Returns: the length of the text in code points
 */
gsize
baogao_document_get_length (BaogaoDocument *self)
{
  g_return_val_if_fail (BAOGAO_IS_DOCUMENT (self), 0);
  return self->length;
}

/* Whether [@data, @data + @length) is a part of the text that starts and
 * ends on character boundaries, and so is valid UTF-8. */
gboolean
baogao_document_is_text_slice (BaogaoDocument *self,
                               const char     *data,
                               gsize           length)
{
  guintptr at = (guintptr) data - (guintptr) self->text;

  /* Unsigned: a pointer before the text wraps to a large offset. */
  if (at > self->size)
    return FALSE;

  return length <= self->size - at &&
         baogao_document_is_char_boundary (self, at) &&
         baogao_document_is_char_boundary (self, at + length);
}

/**
 * baogao_document_byte_to_offset:
 * @self: a document
 * @byte_offset: an offset in bytes, at most the text's size
 *
 * Converts a byte offset to a code point offset. An offset inside a
 * character counts that character as started.
 *
 * Returns: the offset in code points
 */
gsize
baogao_document_byte_to_offset (BaogaoDocument *self,
                                gsize           byte_offset)
{
  g_return_val_if_fail (BAOGAO_IS_DOCUMENT (self), 0);

  return baogao_document_byte_to_offset_unchecked (self, byte_offset);
}

/* baogao_document_byte_to_offset() without the type check, for the store. */
gsize
baogao_document_byte_to_offset_unchecked (BaogaoDocument *self,
                                          gsize           byte_offset)
{
  return baogao_document_byte_to_offset_inline (self, byte_offset);
}

/**
 * baogao_document_offset_to_byte:
 * @self: a document
 * @offset: an offset in code points, at most the text's length
 *
 * Converts a code point offset to a byte offset.
 *
 * Returns: the offset in bytes
 */
gsize
baogao_document_offset_to_byte (BaogaoDocument *self,
                                gsize           offset)
{
  const guchar *p;
  gsize lo, hi, i;
  gsize count;

  g_return_val_if_fail (BAOGAO_IS_DOCUMENT (self), 0);

  if (offset >= self->length)
    return self->size;

  /* Last checkpoint at or before offset. */
  lo = 0;
  hi = self->n_checkpoints;
  while (hi - lo > 1)
    {
      gsize mid = lo + (hi - lo) / 2;

      if (self->cp_checkpoints[mid] <= offset)
        lo = mid;
      else
        hi = mid;
    }

  p = (const guchar *) self->text;
  i = lo << CHECKPOINT_SHIFT;
  count = self->cp_checkpoints[lo];

  /* The checkpoint may fall inside a character: skip its tail. */
  while (i < self->size && (p[i] & 0xC0) == 0x80)
    i++;

  while (i < self->size)
    {
      if ((p[i] & 0xC0) != 0x80)
        {
          if (count == offset)
            return i;
          count++;
        }
      i++;
    }

  return self->size;
}

/**
 * baogao_document_dup_slice:
 * @self: a document
 * @start: start, in code points
 * @end: end (exclusive), in code points
 *
 * Copies a part of the text.
 *
 * Returns: (transfer full): the text from @start to @end
 */
char *
baogao_document_dup_slice (BaogaoDocument *self,
                           gsize           start,
                           gsize           end)
{
  gsize bs, be;

  g_return_val_if_fail (BAOGAO_IS_DOCUMENT (self), NULL);

  end = MIN (end, self->length);
  start = MIN (start, end);
  bs = baogao_document_offset_to_byte (self, start);
  be = baogao_document_offset_to_byte (self, end);

  return g_strndup (self->text + bs, be - bs);
}

/**
 * baogao_document_get_source_path:
 * @self: a document
 *
 * Returns: (transfer none) (nullable) (type filename): the file the
 *   document was read from
 */
const char *
baogao_document_get_source_path (BaogaoDocument *self)
{
  g_return_val_if_fail (BAOGAO_IS_DOCUMENT (self), NULL);
  return self->source_path;
}

/**
 * baogao_document_set_source_path:
 * @self: a document
 * @path: (nullable) (type filename): a path
 *
 * Sets the path recorded as the document's source, for a document read
 * from bytes or standard input.
 */
void
baogao_document_set_source_path (BaogaoDocument *self,
                                 const char     *path)
{
  g_return_if_fail (BAOGAO_IS_DOCUMENT (self));

  if (baogao_set_str (&self->source_path, path))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCE_PATH]);
}

/**
 * baogao_document_get_source_encoding:
 * @self: a document
 *
 * Returns: (transfer none) (nullable): the encoding the source was read
 *   in, such as `UTF-8` or `GB18030`
 */
const char *
baogao_document_get_source_encoding (BaogaoDocument *self)
{
  g_return_val_if_fail (BAOGAO_IS_DOCUMENT (self), NULL);
  return self->source_encoding;
}

/**
 * baogao_document_get_source_sha256:
 * @self: a document
 *
 * Returns: (transfer none) (nullable): the SHA-256 of the source bytes,
 *   in hexadecimal
 */
const char *
baogao_document_get_source_sha256 (BaogaoDocument *self)
{
  g_return_val_if_fail (BAOGAO_IS_DOCUMENT (self), NULL);
  return self->source_sha256;
}

/**
 * baogao_document_get_media_type:
 * @self: a document
 *
 * Returns: (transfer none): the media type of the source, such as
 *   `text/plain`
 */
const char *
baogao_document_get_media_type (BaogaoDocument *self)
{
  g_return_val_if_fail (BAOGAO_IS_DOCUMENT (self), NULL);
  return self->media_type;
}

const BaogaoValue *
baogao_document_lookup_metadata (BaogaoDocument *self,
                                 const char     *key)
{
  for (guint i = 0; i < self->metadata->len; i++)
    {
      BaogaoMetadataEntry *entry = &g_array_index (self->metadata, BaogaoMetadataEntry, i);

      if (strcmp (entry->key, key) == 0)
        return &entry->value;
    }

  return NULL;
}

void
baogao_document_set_metadata_value (BaogaoDocument    *self,
                                    const char        *key,
                                    const BaogaoValue *value,
                                    gboolean           replace)
{
  BaogaoMetadataEntry *entry = NULL;

  for (guint i = 0; i < self->metadata->len; i++)
    if (strcmp (g_array_index (self->metadata, BaogaoMetadataEntry, i).key, key) == 0)
      entry = &g_array_index (self->metadata, BaogaoMetadataEntry, i);

  if (entry != NULL && !replace)
    return;

  if (entry == NULL)
    {
      BaogaoMetadataEntry fresh = { g_strdup (key), { 0 } };

      g_array_append_val (self->metadata, fresh);
      entry = &g_array_index (self->metadata, BaogaoMetadataEntry, self->metadata->len - 1);
    }

  entry->value = *value;
  if (value->type == BAOGAO_VALUE_STRING)
    entry->value.v.s = baogao_store_intern_string (&self->store, value->v.s);
}

/* baogao_document_set_metadata_value() without replacing, of a key the
 * document takes and a value whose string the store already keeps (a
 * merged layer's). */
void
baogao_document_take_metadata (BaogaoDocument    *self,
                               char              *key,
                               const BaogaoValue *value)
{
  BaogaoMetadataEntry fresh = { key, *value };

  if (baogao_document_lookup_metadata (self, key) != NULL)
    {
      g_free (key);
      return;
    }

  g_array_append_val (self->metadata, fresh);
}

/**
 * baogao_document_get_n_repairs:
 * @self: a document
 *
 * Returns: how many removals the reader made in the source text
 */
guint
baogao_document_get_n_repairs (BaogaoDocument *self)
{
  g_return_val_if_fail (BAOGAO_IS_DOCUMENT (self), 0);
  return self->repairs->len;
}

/**
 * baogao_document_get_repair:
 * @self: a document
 * @index: less than [method@Baogao.Document.get_n_repairs]
 * @offset: (out) (optional): where in the text the removed part was, in code
 *   points: just before the character at @offset
 * @removed: (out) (optional) (transfer none): what was removed, such as
 *   `\n\n` or `(下转第五版)`
 * @page: (out) (optional): for a print marker, the page it names (0 if none)
 *
 * One removal the reader made in the source text, in text order.
 *
 * Returns: what kind of removal it was
 */
BaogaoTextRepair
baogao_document_get_repair (BaogaoDocument  *self,
                            guint            index,
                            gsize           *offset,
                            const char     **removed,
                            guint           *page)
{
  const BaogaoRepairRecord *r;

  g_return_val_if_fail (BAOGAO_IS_DOCUMENT (self), BAOGAO_TEXT_REPAIR_JOIN);
  g_return_val_if_fail (index < self->repairs->len, BAOGAO_TEXT_REPAIR_JOIN);

  r = &g_array_index (self->repairs, BaogaoRepairRecord, index);
  if (offset != NULL)
    *offset = r->at;
  if (removed != NULL)
    *removed = r->removed;
  if (page != NULL)
    *page = r->page;

  return r->kind;
}

/**
 * baogao_document_dup_source_text:
 * @self: a document
 *
 * The text as it was before the reader repaired it (decoded, with `\n`
 * line ends): the text with every removal put back.
 *
 * Returns: (transfer full): the source text
 */
char *
baogao_document_dup_source_text (BaogaoDocument *self)
{
  GString *out;
  gsize copied = 0;

  g_return_val_if_fail (BAOGAO_IS_DOCUMENT (self), NULL);

  out = g_string_sized_new (self->size + 64);
  for (guint i = 0; i < self->repairs->len; i++)
    {
      const BaogaoRepairRecord *r = &g_array_index (self->repairs, BaogaoRepairRecord, i);

      g_string_append_len (out, self->text + copied, r->byte_at - copied);
      g_string_append (out, r->removed);
      copied = r->byte_at;
    }
  g_string_append_len (out, self->text + copied, self->size - copied);

  return g_string_free (out, FALSE);
}

/**
 * baogao_document_get_source_span:
 * @self: a document
 * @start: start of a span of the text, in code points
 * @end: its end (exclusive)
 * @source_start: (out): where the span starts in the source text
 * @source_end: (out): where it ends in the source text
 *
 * Maps a span of the text to the source text (see
 * [method@Baogao.Document.dup_source_text]), in code points. A span that
 * crosses a removal covers it in the source: a sentence joined across a
 * page break maps to the whole printed sentence, marker included.
 */
void
baogao_document_get_source_span (BaogaoDocument *self,
                                 gsize           start,
                                 gsize           end,
                                 gsize          *source_start,
                                 gsize          *source_end)
{
  gsize before_start = 0, before_end = 0;

  g_return_if_fail (BAOGAO_IS_DOCUMENT (self));
  g_return_if_fail (start <= end);
  g_return_if_fail (source_start != NULL && source_end != NULL);

  /* Removals at the start of the span come before it; removals at its
   * end come after it. */
  for (guint i = 0; i < self->repairs->len; i++)
    {
      const BaogaoRepairRecord *r = &g_array_index (self->repairs, BaogaoRepairRecord, i);

      if (r->at <= start)
        before_start += r->removed_chars;
      if (r->at < end)
        before_end += r->removed_chars;
    }

  *source_start = start + before_start;
  *source_end = start == end ? *source_start : end + before_end;
}

/**
 * baogao_document_dup_metadata_keys:
 * @self: a document
 *
 * The metadata keys that have a value, in the order they were set.
 *
 * Returns: (transfer full) (array zero-terminated=1): the keys
 */
char **
baogao_document_dup_metadata_keys (BaogaoDocument *self)
{
  char **keys;

  g_return_val_if_fail (BAOGAO_IS_DOCUMENT (self), NULL);

  keys = g_new (char *, self->metadata->len + 1);
  for (guint i = 0; i < self->metadata->len; i++)
    keys[i] = g_strdup (g_array_index (self->metadata, BaogaoMetadataEntry, i).key);
  keys[self->metadata->len] = NULL;

  return keys;
}

/**
 * baogao_document_get_metadata_type:
 * @self: a document
 * @key: a metadata key
 *
 * Returns: the type of the value, or %BAOGAO_VALUE_NONE if it is unset
 */
BaogaoValueType
baogao_document_get_metadata_type (BaogaoDocument *self,
                                   const char     *key)
{
  const BaogaoValue *value;

  g_return_val_if_fail (BAOGAO_IS_DOCUMENT (self), BAOGAO_VALUE_NONE);
  g_return_val_if_fail (key != NULL, BAOGAO_VALUE_NONE);

  value = baogao_document_lookup_metadata (self, key);
  return value ? value->type : BAOGAO_VALUE_NONE;
}

/**
 * baogao_document_get_metadata:
 * @self: a document
 * @key: a metadata key, such as `title`, `date`, `meeting`, `speaker`,
 *   `speaker_title` or `region`
 *
 * A string metadata value. The `structure` analyzer fills the standard
 * keys from the report's header lines.
 *
 * Returns: (transfer none) (nullable): the value, or %NULL if it is unset
 *   or not a string
 */
const char *
baogao_document_get_metadata (BaogaoDocument *self,
                              const char     *key)
{
  const BaogaoValue *value;

  g_return_val_if_fail (BAOGAO_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (key != NULL, NULL);

  value = baogao_document_lookup_metadata (self, key);
  if (value == NULL || value->type != BAOGAO_VALUE_STRING)
    return NULL;
  return value->v.s;
}

/**
 * baogao_document_get_metadata_int:
 * @self: a document
 * @key: a metadata key, such as `year_reported`
 * @default_value: what to return if the value is unset
 *
 * Returns: the integer value, or @default_value
 */
gint64
baogao_document_get_metadata_int (BaogaoDocument *self,
                                  const char     *key,
                                  gint64          default_value)
{
  const BaogaoValue *value;

  g_return_val_if_fail (BAOGAO_IS_DOCUMENT (self), default_value);
  g_return_val_if_fail (key != NULL, default_value);

  value = baogao_document_lookup_metadata (self, key);
  if (value == NULL || value->type != BAOGAO_VALUE_INT)
    return default_value;
  return value->v.i;
}

/**
 * baogao_document_set_metadata:
 * @self: a document
 * @key: a metadata key
 * @value: the value
 *
 * Sets a string metadata value. Values set before the engine runs win
 * over what analyzers find.
 */
void
baogao_document_set_metadata (BaogaoDocument *self,
                              const char     *key,
                              const char     *value)
{
  BaogaoValue v = { BAOGAO_VALUE_STRING, { .s = value } };

  g_return_if_fail (BAOGAO_IS_DOCUMENT (self));
  g_return_if_fail (key != NULL);
  g_return_if_fail (value != NULL && g_utf8_validate (value, -1, NULL));

  baogao_document_set_metadata_value (self, key, &v, TRUE);
}

/**
 * baogao_document_set_metadata_int:
 * @self: a document
 * @key: a metadata key
 * @value: the value
 *
 * Sets an integer metadata value.
 */
void
baogao_document_set_metadata_int (BaogaoDocument *self,
                                  const char     *key,
                                  gint64          value)
{
  BaogaoValue v = { BAOGAO_VALUE_INT, { .i = value } };

  g_return_if_fail (BAOGAO_IS_DOCUMENT (self));
  g_return_if_fail (key != NULL);

  baogao_document_set_metadata_value (self, key, &v, TRUE);
}

/**
 * baogao_document_get_n_annotations:
 * @self: a document
 *
 * Returns: the number of annotations
 */
guint
baogao_document_get_n_annotations (BaogaoDocument *self)
{
  g_return_val_if_fail (BAOGAO_IS_DOCUMENT (self), 0);
  return baogao_store_get_size (&self->store);
}

/**
 * baogao_document_get_annotation:
 * @self: a document
 * @id: an annotation id
 *
 * Returns: (transfer none) (nullable): the annotation with that id
 */
BaogaoAnnotation *
baogao_document_get_annotation (BaogaoDocument *self,
                                guint           id)
{
  g_return_val_if_fail (BAOGAO_IS_DOCUMENT (self), NULL);
  return baogao_store_get (&self->store, id);
}

static GQuark
type_quark (const char *type)
{
  if (type == NULL)
    return 0;
  /* An unknown type has no annotations: a quark that matches none. */
  return g_quark_try_string (type) ?: G_MAXUINT32;
}

/**
 * baogao_document_get_annotations:
 * @self: a document
 * @type: (nullable): an annotation type, or %NULL for all
 *
 * The annotations of a type, in id order (by start, longest first).
 *
 * Returns: (transfer container) (element-type BaogaoAnnotation): the
 *   annotations
 */
GPtrArray *
baogao_document_get_annotations (BaogaoDocument *self,
                                 const char     *type)
{
  GPtrArray *out;

  g_return_val_if_fail (BAOGAO_IS_DOCUMENT (self), NULL);

  out = g_ptr_array_new ();
  baogao_store_query_type (&self->store, type_quark (type), out);
  return out;
}

/**
 * baogao_document_get_annotations_at:
 * @self: a document
 * @offset: an offset in code points
 * @type: (nullable): an annotation type, or %NULL for all
 *
 * The annotations that cover the character at @offset (start ≤ @offset <
 * end), in id order.
 *
 * Returns: (transfer container) (element-type BaogaoAnnotation): the
 *   annotations
 */
GPtrArray *
baogao_document_get_annotations_at (BaogaoDocument *self,
                                    gsize           offset,
                                    const char     *type)
{
  GPtrArray *out;

  g_return_val_if_fail (BAOGAO_IS_DOCUMENT (self), NULL);

  out = g_ptr_array_new ();
  baogao_store_query_overlapping (&self->store, type_quark (type), offset, offset + 1, out);
  return out;
}

/**
 * baogao_document_get_annotations_inside:
 * @self: a document
 * @start: start of the span, in code points
 * @end: end of the span (exclusive), in code points
 * @type: (nullable): an annotation type, or %NULL for all
 *
 * The annotations that lie wholly inside the span, in id order.
 *
 * Returns: (transfer container) (element-type BaogaoAnnotation): the
 *   annotations
 */
GPtrArray *
baogao_document_get_annotations_inside (BaogaoDocument *self,
                                        gsize           start,
                                        gsize           end,
                                        const char     *type)
{
  GPtrArray *out;

  g_return_val_if_fail (BAOGAO_IS_DOCUMENT (self), NULL);

  out = g_ptr_array_new ();
  baogao_store_query_inside (&self->store, type_quark (type), start, end, out);
  return out;
}

/**
 * baogao_document_get_annotations_overlapping:
 * @self: a document
 * @start: start of the span, in code points
 * @end: end of the span (exclusive), in code points
 * @type: (nullable): an annotation type, or %NULL for all
 *
 * The annotations that share at least one character with the span, in id
 * order.
 *
 * Returns: (transfer container) (element-type BaogaoAnnotation): the
 *   annotations
 */
GPtrArray *
baogao_document_get_annotations_overlapping (BaogaoDocument *self,
                                             gsize           start,
                                             gsize           end,
                                             const char     *type)
{
  GPtrArray *out;

  g_return_val_if_fail (BAOGAO_IS_DOCUMENT (self), NULL);

  out = g_ptr_array_new ();
  baogao_store_query_overlapping (&self->store, type_quark (type), start, end, out);
  return out;
}

/**
 * baogao_document_get_indicators:
 * @self: a document
 *
 * The indicator table, in text order: one indicator per `<domain>.tally`
 * annotation with a `measure` and a numeric `value`, except that a tally
 * giving the same key, value, unit (or a classifier of the same kind:
 * 件, 部, 项, 个, 份, 篇 for things, 次, 场 for times, 人, 名, 位 for
 * people), approx, scope and period as an earlier one in another
 * paragraph (a summary restated in its section) adds none.
 *
 * Returns: (transfer container) (element-type BaogaoIndicator): the
 *   indicators; the array holds references to them and drops them when
 *   freed
 */
GPtrArray *
baogao_document_get_indicators (BaogaoDocument *self)
{
  GPtrArray *out;

  g_return_val_if_fail (BAOGAO_IS_DOCUMENT (self), NULL);

  out = g_ptr_array_new_full (self->indicators->len,
                              (GDestroyNotify) baogao_indicator_unref);
  for (guint i = 0; i < self->indicators->len; i++)
    g_ptr_array_add (out, baogao_indicator_copy_detached (g_ptr_array_index (self->indicators, i)));

  return out;
}

void
baogao_document_add_indicator (BaogaoDocument  *self,
                               BaogaoIndicator *indicator)
{
  g_ptr_array_add (self->indicators, indicator);
}

static int
record_id_compare (const void *a,
                   const void *b)
{
  const BaogaoAnnotation *ra = *(BaogaoAnnotation * const *) a;
  const BaogaoAnnotation *rb = *(BaogaoAnnotation * const *) b;

  return ra->id < rb->id ? -1 : ra->id > rb->id;
}

/* The feature keys an indicator is made of, as quarks: each tally's
 * features are then read in one walk comparing numbers, not names. */
typedef struct
{
  GQuark measure, value, unit, approx, scope, period;
} TallyKeys;

static gpointer
tally_keys_init (gpointer data)
{
  TallyKeys *keys = data;

  keys->measure = g_quark_from_static_string ("measure");
  keys->value = g_quark_from_static_string ("value");
  keys->unit = g_quark_from_static_string ("unit");
  keys->approx = g_quark_from_static_string ("approx");
  keys->scope = g_quark_from_static_string ("scope");
  keys->period = g_quark_from_static_string ("period");
  return keys;
}

static const TallyKeys *
tally_keys (void)
{
  static TallyKeys keys;
  static GOnce once = G_ONCE_INIT;

  return g_once (&once, tally_keys_init, &keys);
}

/* The tally indexes merged by id into @out, k sorted lists at once:
 * there are a few of them (one per domain). */
#define MAX_MERGED_TALLY_TYPES 16

static void
merge_by_id (BaogaoSpanIndex  **lists,
             guint              n_lists,
             BaogaoAnnotation **out)
{
  guint pos[MAX_MERGED_TALLY_TYPES] = { 0 };

  for (;;)
    {
      BaogaoAnnotation *best = NULL;
      guint from = 0;

      for (guint k = 0; k < n_lists; k++)
        if (pos[k] < lists[k]->len)
          {
            BaogaoAnnotation *r = lists[k]->sorted[pos[k]];

            if (best == NULL || r->id < best->id)
              {
                best = r;
                from = k;
              }
          }

      if (best == NULL)
        return;
      pos[from]++;
      *out++ = best;
    }
}

static inline gboolean
is_tally_type (const char *type)
{
  gsize type_len = strlen (type);

  return type_len > 6 && memcmp (type + type_len - 6, ".tally", 6) == 0;
}

/* A tally that makes an indicator, with its features. */
typedef struct
{
  BaogaoAnnotation    *record;
  const BaogaoFeature *number;
  const char          *measure, *unit, *approx, *scope, *period;
  const char          *type;
  gsize                type_len;
  gsize                size;    /* of its indicator */
} Tally;

#define STRING_OF(f) ((f) != NULL && (f)->value.type == BAOGAO_VALUE_STRING ? (f)->value.v.s : NULL)

static inline double
tally_number (const Tally *t)
{
  return t->number->value.type == BAOGAO_VALUE_INT ? (double) t->number->value.v.i
                                                   : t->number->value.v.d;
}

/* The type's quark, the measure and the value: what tells rows apart
 * most often (the rest is compared in tally_same_fact()) */
static guint
tally_hash (const Tally *t)
{
  /* (+ 0.0: -0 and 0 are equal, and must hash alike) */
  double number = tally_number (t) + 0.0;
  guint64 bits;

  memcpy (&bits, &number, sizeof bits);
  return ((guint) t->record->type * 31 + g_str_hash (t->measure)) * 31 + (guint) (bits ^ (bits >> 32));
}

/* The kind of what @unit counts among the classifiers a summary and its
 * section may say the same fact in: things (制定单行条例二件 … 两部单行条
 * 例; 工作报告12个 … 12项), 1, times (开展执法检查四次 … 四场), 2, or
 * people (述职评议5人 … 5名), 3; or 0 (人次 is none of them).
 * Laws inspected (四部法律法规) are no inspections (四次), though the
 * numbers agree: measures.md has them compared within one unit. */
static guint
counting_kind (const char *unit)
{
  static const struct { const char *unit; guint kind; } kinds[] = {
    { "件", 1 }, { "部", 1 }, { "项", 1 }, { "个", 1 }, { "份", 1 }, { "篇", 1 },
    { "次", 2 }, { "场", 2 },
    { "人", 3 }, { "名", 3 }, { "位", 3 },
  };

  for (guint i = 0; unit != NULL && i < G_N_ELEMENTS (kinds); i++)
    if (strcmp (unit, kinds[i].unit) == 0)
      return kinds[i].kind;
  return 0;
}

static gboolean
same_counting_kind (const char *a,
                    const char *b)
{
  guint kind = counting_kind (a);

  return kind != 0 && kind == counting_kind (b);
}

/* Do tallies @a and @b give the same row: key, value, unit (or a unit
 * of the same kind), approx, scope and period? */
static gboolean
tally_same_fact (const Tally *a,
                 const Tally *b)
{
  return a->record->type == b->record->type && strcmp (a->measure, b->measure) == 0 &&
         tally_number (a) == tally_number (b) &&
         (g_strcmp0 (a->unit, b->unit) == 0 || same_counting_kind (a->unit, b->unit)) &&
         g_strcmp0 (a->approx, b->approx) == 0 && g_strcmp0 (a->scope, b->scope) == 0 &&
         g_strcmp0 (a->period, b->period) == 0;
}

/* Drops from @found (in text order) the tallies that state again what
 * an earlier one in another paragraph of @text stated: a report's
 * summary gives the year's counts (审查批准设区的市法规22件) and the
 * section restates them in the same words; a researcher summing the
 * table by key wants the fact once. Within one paragraph, equal counts
 * are told apart by their words (会议期间提出建议35件，闭会期间提出建议
 * 35件) and both stay. Both tallies stay annotations. Returns how many
 * are left. */
static guint
drop_restatements (const char *text,
                   gsize       size,
                   Tally      *found,
                   guint       n_found)
{
  g_autofree guint *slots = NULL;
  g_autofree gsize *paragraph = NULL;
  guint mask = 15, kept = 0;
  gsize line = 0, at = 0;

  if (n_found < 2)
    return n_found;

  /* the paragraph (line) of each tally, in one walk over the text: the
   * tallies are in text order */
  paragraph = g_new (gsize, n_found);
  for (guint i = 0; i < n_found; i++)
    {
      gsize start = MIN (found[i].record->byte_start, size);
      const char *nl;

      while (at < start && (nl = memchr (text + at, '\n', start - at)) != NULL)
        {
          line++;
          at = (gsize) (nl - text) + 1;
        }
      at = MAX (at, start);
      paragraph[i] = line;
    }

  while (mask < n_found * 2)
    mask = mask * 2 + 1;
  /* one slot per fact, its first statement: the index into found (once
   * kept) plus one; 0 is empty */
  slots = g_new0 (guint, mask + 1);
  for (guint i = 0; i < n_found; i++)
    {
      guint s = tally_hash (&found[i]) & mask;
      gsize para = paragraph[i];
      gboolean stated = FALSE, restated = FALSE;

      for (; slots[s] != 0; s = (s + 1) & mask)
        if (tally_same_fact (&found[slots[s] - 1], &found[i]))
          {
            stated = TRUE;
            restated = paragraph[slots[s] - 1] != para;
            break;
          }
      if (restated)
        continue;
      found[kept] = found[i];
      paragraph[kept] = para;
      kept++;
      if (!stated)
        slots[s] = kept;
    }
  return kept;
}

/* Every `<domain>.tally` annotation with a `measure` and a numeric
 * `value` becomes one indicator, in text order, unless an earlier one
 * gave the same row (see drop_restatements()). The tallies are taken
 * from the indexes of their types, not found among all annotations. */
void
baogao_document_derive_indicators (BaogaoDocument *self)
{
  BaogaoStore *store = &self->store;
  const TallyKeys *keys = tally_keys ();
  BaogaoSpanIndex *lists[MAX_MERGED_TALLY_TYPES];
  g_autofree BaogaoAnnotation **tallies = NULL;
  g_autofree Tally *found = NULL;
  guint n_lists = 0, n_tallies = 0, n_found = 0;

  baogao_store_commit (store);
  for (guint i = 0; i < store->type_slots; i++)
    {
      BaogaoSpanIndex *records = store->by_type[i].index;

      if (store->by_type[i].type != 0 && records->len > 0 &&
          is_tally_type (g_quark_to_string (store->by_type[i].type)))
        {
          if (n_lists < MAX_MERGED_TALLY_TYPES)
            lists[n_lists] = records;
          n_lists++;
          n_tallies += records->len;
        }
    }

  tallies = g_new (BaogaoAnnotation *, MAX (n_tallies, 1));
  if (n_lists <= MAX_MERGED_TALLY_TYPES)
    merge_by_id (lists, n_lists, tallies);
  else
    {
      /* Many tally types: all of them, then sorted. */
      guint n = 0;

      for (guint i = 0; i < store->type_slots; i++)
        {
          BaogaoSpanIndex *records = store->by_type[i].index;

          if (store->by_type[i].type != 0 && records->len > 0 &&
              is_tally_type (g_quark_to_string (store->by_type[i].type)))
            {
              memcpy (tallies + n, records->sorted, records->len * sizeof *tallies);
              n += records->len;
            }
        }
      qsort (tallies, n, sizeof *tallies, record_id_compare);
    }

  found = g_new (Tally, MAX (n_tallies, 1));
  for (guint i = 0; i < n_tallies; i++)
    {
      BaogaoAnnotation *r = tallies[i];
      const BaogaoFeature *number = NULL, *measure = NULL;
      const BaogaoFeature *unit = NULL, *approx = NULL, *scope = NULL, *period = NULL;
      const BaogaoFeature *f = baogao_store_get_features (store, r);

      /* The first feature of each key, as baogao_store_lookup_feature()
       * finds it. */
      for (guint k = 0; k < r->n_feat; k++)
        {
          GQuark q = f[k].key;

          if (q == keys->measure)
            measure = measure ?: &f[k];
          else if (q == keys->value)
            number = number ?: &f[k];
          else if (q == keys->unit)
            unit = unit ?: &f[k];
          else if (q == keys->approx)
            approx = approx ?: &f[k];
          else if (q == keys->scope)
            scope = scope ?: &f[k];
          else if (q == keys->period)
            period = period ?: &f[k];
        }

      if (measure == NULL || measure->value.type != BAOGAO_VALUE_STRING || number == NULL ||
          (number->value.type != BAOGAO_VALUE_INT && number->value.type != BAOGAO_VALUE_DOUBLE))
        continue;

      found[n_found].record = r;
      found[n_found].number = number;
      found[n_found].measure = measure->value.v.s;
      found[n_found].unit = STRING_OF (unit);
      found[n_found].approx = STRING_OF (approx);
      found[n_found].scope = STRING_OF (scope);
      found[n_found].period = STRING_OF (period);
      found[n_found].type = g_quark_to_string (r->type);
      found[n_found].type_len = strlen (found[n_found].type);
      n_found++;
    }

  n_found = drop_restatements (self->text, self->size, found, n_found);

  /* The table is sized once and filled in place; the indicators are one
   * block, which the document frees (nothing outside it holds them:
   * baogao_document_get_indicators() hands out copies). */
  g_ptr_array_set_size (self->indicators, 0);
  g_clear_pointer (&self->indicator_block, g_free);
  g_ptr_array_set_size (self->indicators, n_found);
  if (n_found > 0)
    {
      gsize total = 0;
      char *at;

      for (guint i = 0; i < n_found; i++)
        {
          Tally *t = &found[i];

          t->size = baogao_indicator_joined_size (t->type_len - 6, t->measure,
                                                  t->unit, t->approx, t->scope, t->period);
          total += t->size;
        }

      self->indicator_block = at = g_malloc (total);
      for (guint i = 0; i < n_found; i++)
        {
          const Tally *t = &found[i];
          BaogaoIndicator *indicator;

          /* "<domain>.<measure>" */
          indicator = baogao_indicator_place_joined (at, t->type, t->type_len - 6, t->measure,
                                                     t->number->value.type == BAOGAO_VALUE_INT ?
                                                       (double) t->number->value.v.i : t->number->value.v.d,
                                                     t->number->value.type == BAOGAO_VALUE_INT,
                                                     t->unit, t->approx, t->scope, t->period,
                                                     t->record);
          baogao_indicator_set_in_block (indicator);
          self->indicators->pdata[i] = indicator;
          at += t->size;
        }
    }
}

#undef STRING_OF

void
baogao_document_add_run (BaogaoDocument  *self,
                         const char      *name,
                         const char      *version,
                         BaogaoRunStatus  status,
                         const char      *message,
                         gint64           elapsed_us)
{
  BaogaoRunRecord run = {
    g_strdup (name), g_strdup (version), status, g_strdup (message), elapsed_us
  };

  g_array_append_val (self->runs, run);
}

/**
 * baogao_document_dup_analyzer_names:
 * @self: a document
 *
 * The analyzers that were run (or were meant to run) over the document, in
 * run order.
 *
 * Returns: (transfer full) (array zero-terminated=1): their names
 */
char **
baogao_document_dup_analyzer_names (BaogaoDocument *self)
{
  char **names;

  g_return_val_if_fail (BAOGAO_IS_DOCUMENT (self), NULL);

  names = g_new (char *, self->runs->len + 1);
  for (guint i = 0; i < self->runs->len; i++)
    names[i] = g_strdup (g_array_index (self->runs, BaogaoRunRecord, i).name);
  names[self->runs->len] = NULL;

  return names;
}

/**
 * baogao_document_get_analyzer_status:
 * @self: a document
 * @name: an analyzer name
 * @message: (out) (optional) (transfer none) (nullable): the error message
 *   of a failed or skipped analyzer
 *
 * What became of an analyzer in the run that made this document. An
 * analyzer that was not run reports %BAOGAO_RUN_SKIPPED with no message.
 *
 * Returns: the analyzer's status
 */
BaogaoRunStatus
baogao_document_get_analyzer_status (BaogaoDocument  *self,
                                     const char      *name,
                                     const char     **message)
{
  g_return_val_if_fail (BAOGAO_IS_DOCUMENT (self), BAOGAO_RUN_SKIPPED);
  g_return_val_if_fail (name != NULL, BAOGAO_RUN_SKIPPED);

  if (message != NULL)
    *message = NULL;

  for (guint i = self->runs->len; i > 0; i--)
    {
      BaogaoRunRecord *run = &g_array_index (self->runs, BaogaoRunRecord, i - 1);

      if (strcmp (run->name, name) == 0)
        {
          if (message != NULL)
            *message = run->message;
          return run->status;
        }
    }

  return BAOGAO_RUN_SKIPPED;
}

/**
 * baogao_document_to_json:
 * @self: a document
 * @flags: how to write it
 * @length: (out) (optional): the length of the result in bytes
 *
 * Writes the document in the `baogao-document/1` format.
 *
 * Returns: (transfer full): the JSON text
 */
char *
baogao_document_to_json (BaogaoDocument  *self,
                         BaogaoJsonFlags  flags,
                         gsize           *length)
{
  g_return_val_if_fail (BAOGAO_IS_DOCUMENT (self), NULL);

  return baogao_json_write_document (self, flags, length);
}

typedef struct
{
  GOutputStream *stream;
  GCancellable  *cancellable;
  GError        *error;
} StreamWrite;

static gboolean
write_to_stream (const guint8 *data,
                 gsize         length,
                 gpointer      user_data)
{
  StreamWrite *write = user_data;

  return g_output_stream_write_all (write->stream, data, length, NULL,
                                    write->cancellable, &write->error);
}

/**
 * baogao_document_write_json:
 * @self: a document
 * @stream: where to write
 * @flags: how to write it
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Writes the document in the `baogao-document/1` format to @stream, the
 * same bytes as [method@Baogao.Document.to_json] gives, in parts of
 * some kilobytes. The JSON
 * of a report is about twelve times its text, and is never held whole.
 * The stream is left open.
 *
 * On an error of @stream the writing stops there, and what was written
 * before stays written.
 *
 * Returns: %TRUE on success, %FALSE with @error set if @stream failed
 */
gboolean
baogao_document_write_json (BaogaoDocument  *self,
                            GOutputStream   *stream,
                            BaogaoJsonFlags  flags,
                            GCancellable    *cancellable,
                            GError         **error)
{
  StreamWrite write = { stream, cancellable, NULL };

  g_return_val_if_fail (BAOGAO_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (baogao_json_write_document_with (self, flags, write_to_stream, &write))
    return TRUE;
  g_propagate_error (error, write.error);
  return FALSE;
}

/**
 * baogao_document_write_json_to_callback:
 * @self: a document
 * @flags: how to write it
 * @func: (scope call) (closure user_data): takes each part
 * @user_data: data for @func
 *
 * Writes the document in the `baogao-document/1` format as
 * [method@Baogao.Document.write_json] does, in parts of some kilobytes,
 * but passes each part to @func: for a program that writes
 * to a file descriptor, a socket or a compressor of its own without a
 * #GOutputStream.
 *
 * If @func returns %FALSE, the writing stops there: @func is not called
 * again, and what it took before stays taken.
 *
 * Returns: %TRUE if @func took every part, %FALSE if it stopped the
 *   writing
 */
gboolean
baogao_document_write_json_to_callback (BaogaoDocument  *self,
                                        BaogaoJsonFlags  flags,
                                        BaogaoWriteFunc  func,
                                        gpointer         user_data)
{
  g_return_val_if_fail (BAOGAO_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (func != NULL, FALSE);

  return baogao_json_write_document_with (self, flags, func, user_data);
}

/**
 * baogao_document_save_json:
 * @self: a document
 * @path: (type filename): where to write
 * @flags: how to write it
 * @error: return location for a #GError
 *
 * Writes the document as JSON to a file, atomically: the file is either
 * the complete new document or untouched.
 *
 * Returns: %TRUE on success
 */
gboolean
baogao_document_save_json (BaogaoDocument  *self,
                           const char      *path,
                           BaogaoJsonFlags  flags,
                           GError         **error)
{
  g_autofree char *json = NULL;
  gsize length;

  g_return_val_if_fail (BAOGAO_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  json = baogao_json_write_document (self, flags, &length);
  return g_file_set_contents_full (path, json, length,
                                   G_FILE_SET_CONTENTS_CONSISTENT, 0666, error);
}

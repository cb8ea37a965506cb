/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

#pragma once

#include <baogao/baogao-document.h>

#include "baogao-store-private.h"

#include <string.h>

G_BEGIN_DECLS

/* One analyzer's run as recorded in the document. */
typedef struct
{
  char            *name;
  char            *version;
  BaogaoRunStatus  status;
  char            *message;
  gint64           elapsed_us;
} BaogaoRunRecord;

typedef struct
{
  char        *key;
  BaogaoValue  value;   /* strings owned by the document's store chunk */
} BaogaoMetadataEntry;

/* Something the reader removed from the source text, at @byte_at of the
 * text (the removed bytes came just before the text's byte there). */
typedef struct
{
  BaogaoTextRepair  kind;
  guint             page;
  gint              direction;   /* markers: 1 continues elsewhere, -1 continued from */
  gsize             byte_at;
  gsize             at;          /* the same, in code points */
  char             *removed;
  gsize             removed_chars;
} BaogaoRepairRecord;

struct _BaogaoDocument
{
  GObject      parent_instance;

  char        *text;
  gsize        size;     /* bytes */
  gsize        length;   /* code points */
  guint32     *cp_checkpoints;  /* code points before byte i * CHECKPOINT */
  guint8      *cp_words;        /* code points from the checkpoint to byte i * 8 */
  gsize        n_checkpoints;

  char        *source_path;
  char        *source_encoding;
  char        *source_sha256;
  char        *media_type;

  GArray      *repairs;      /* BaogaoRepairRecord, in text order */
  GArray      *metadata;     /* BaogaoMetadataEntry, in insertion order */
  GArray      *runs;         /* BaogaoRunRecord */
  GPtrArray   *indicators;   /* BaogaoIndicator */
  gpointer     indicator_block; /* the derived ones, see derive_indicators() */

  BaogaoStore  store;
};

BaogaoDocument *baogao_document_new_take          (char            *text,
                                                   gsize            size);
void            baogao_document_set_source        (BaogaoDocument  *self,
                                                   const char      *path,
                                                   const char      *encoding,
                                                   const char      *sha256,
                                                   const char      *media_type);
/* Whether @byte_offset is on a character boundary of the text (its end
 * included); inline, for the layer's checks of every span. */
static inline gboolean
baogao_document_is_char_boundary (BaogaoDocument *self,
                                  gsize           byte_offset)
{
  if (byte_offset >= self->size)
    return byte_offset == self->size;
  return (((guchar) self->text[byte_offset]) & 0xC0) != 0x80;
}
gboolean        baogao_document_is_text_slice     (BaogaoDocument  *self,
                                                   const char      *data,
                                                   gsize            length);
gsize           baogao_document_byte_to_offset_unchecked (BaogaoDocument *self,
                                                          gsize           byte_offset);

#define BAOGAO_DOCUMENT_CHECKPOINT_SHIFT 6   /* one checkpoint every 64 bytes */

/* baogao_document_byte_to_offset_unchecked(), inline: the store converts
 * both ends of every record it merges. The tables give the count up to the
 * 8-byte word of @byte_offset; the bytes of that word before it that do
 * not continue a character are counted in one go, the word loaded whole
 * and the bytes from @byte_offset on masked off (a continuation byte is
 * 10xxxxxx: bit 7 of (x & ~(x << 1)) marks it). Only the text's last,
 * partial word is counted byte by byte, not to read past the text. */
static inline gsize
baogao_document_byte_to_offset_inline (BaogaoDocument *self,
                                       gsize           byte_offset)
{
  const guchar *word;
  gsize n, count;

  byte_offset = MIN (byte_offset, self->size);
  word = (const guchar *) self->text + (byte_offset & ~(gsize) 7);
  n = byte_offset & 7;
  count = self->cp_checkpoints[byte_offset >> BAOGAO_DOCUMENT_CHECKPOINT_SHIFT] +
          self->cp_words[byte_offset >> 3];

  if (n == 0)
    return count;

  if ((byte_offset & ~(gsize) 7) + 8 <= self->size)
    {
      guint64 x, marks;

      memcpy (&x, word, 8);
      x = GUINT64_FROM_LE (x) & ((G_GUINT64_CONSTANT (1) << (n * 8)) - 1);
      marks = ((x & ~(x << 1)) >> 7) & G_GUINT64_CONSTANT (0x0101010101010101);
      return count + n - ((marks * G_GUINT64_CONSTANT (0x0101010101010101)) >> 56);
    }

  for (gsize i = 0; i < n; i++)
    count += (word[i] & 0xC0) != 0x80;
  return count;
}

const BaogaoValue *baogao_document_lookup_metadata (BaogaoDocument *self,
                                                   const char      *key);
void            baogao_document_set_metadata_value (BaogaoDocument *self,
                                                   const char      *key,
                                                   const BaogaoValue *value,
                                                   gboolean         replace);
void            baogao_document_take_metadata     (BaogaoDocument  *self,
                                                   char            *key,
                                                   const BaogaoValue *value);
void            baogao_document_add_repair        (BaogaoDocument  *self,
                                                   BaogaoTextRepair kind,
                                                   gsize            byte_at,
                                                   const char      *removed,
                                                   gssize           removed_length,
                                                   guint            page,
                                                   gint             direction);
void            baogao_document_add_run           (BaogaoDocument  *self,
                                                   const char      *name,
                                                   const char      *version,
                                                   BaogaoRunStatus  status,
                                                   const char      *message,
                                                   gint64           elapsed_us);
void            baogao_document_derive_indicators (BaogaoDocument  *self);
void            baogao_document_add_indicator     (BaogaoDocument  *self,
                                                   BaogaoIndicator *indicator);

/* Indicators */
BaogaoIndicator *baogao_indicator_new             (const char       *key,
                                                   double            value,
                                                   gboolean          is_integer,
                                                   const char       *unit,
                                                   const char       *approx,
                                                   const char       *scope,
                                                   const char       *period,
                                                   BaogaoAnnotation *annotation);
gsize            baogao_indicator_joined_size     (gsize             prefix_len,
                                                   const char       *suffix,
                                                   const char       *unit,
                                                   const char       *approx,
                                                   const char       *scope,
                                                   const char       *period);
BaogaoIndicator *baogao_indicator_place_joined    (gpointer          memory,
                                                   const char       *prefix,
                                                   gsize             prefix_len,
                                                   const char       *suffix,
                                                   double            value,
                                                   gboolean          is_integer,
                                                   const char       *unit,
                                                   const char       *approx,
                                                   const char       *scope,
                                                   const char       *period,
                                                   BaogaoAnnotation *annotation);
void             baogao_indicator_set_in_block    (BaogaoIndicator  *self);
BaogaoIndicator *baogao_indicator_copy_detached    (const BaogaoIndicator *self);
gboolean         baogao_indicator_is_integer      (const BaogaoIndicator *self);

G_END_DECLS

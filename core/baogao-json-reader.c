/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/* Reading the `baogao-document/1` JSON format with json-glib.
 *
 * Everything the writer writes is read back, so that write → read →
 * write gives the same bytes. The reader checks what it relies on (types,
 * spans against the text, parent and annotation ids) and says where a
 * document is wrong; keys it does not know are ignored, as the format
 * asks. */

#include "baogao-json-private.h"
#include "baogao-document-private.h"

#include <baogao/baogao-error.h>
#include <json-glib/json-glib.h>
#include <string.h>

#define FORMAT_ERROR(error, ...) \
  g_set_error (error, BAOGAO_ERROR, BAOGAO_ERROR_INVALID_FORMAT, __VA_ARGS__)

static JsonNode *
member (JsonObject *object,
        const char *key)
{
  return json_object_has_member (object, key) ? json_object_get_member (object, key) : NULL;
}

static gboolean
is_null (JsonNode *node)
{
  return node == NULL || JSON_NODE_HOLDS_NULL (node);
}

static gboolean
is_string (JsonNode *node)
{
  return node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
         json_node_get_value_type (node) == G_TYPE_STRING;
}

static gboolean
is_int (JsonNode *node)
{
  return node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
         json_node_get_value_type (node) == G_TYPE_INT64;
}

/* A string member, or NULL when absent or null; FALSE if of another type. */
static gboolean
get_optional_string (JsonObject  *object,
                     const char  *key,
                     const char **out,
                     const char  *where,
                     GError     **error)
{
  JsonNode *node = member (object, key);

  *out = NULL;
  if (is_null (node))
    return TRUE;
  if (!is_string (node))
    {
      FORMAT_ERROR (error, "%s: “%s” must be a string or null", where, key);
      return FALSE;
    }
  *out = json_node_get_string (node);
  return TRUE;
}

static gboolean
get_required_int (JsonObject  *object,
                  const char  *key,
                  gint64       min,
                  gint64       max,
                  gint64      *out,
                  const char  *where,
                  GError     **error)
{
  JsonNode *node = member (object, key);

  if (!is_int (node))
    {
      FORMAT_ERROR (error, "%s: “%s” must be an integer", where, key);
      return FALSE;
    }
  *out = json_node_get_int (node);
  if (*out < min || *out > max)
    {
      FORMAT_ERROR (error, "%s: “%s” is %" G_GINT64_FORMAT ", out of range", where, key, *out);
      return FALSE;
    }
  return TRUE;
}

/* A scalar JSON value as a BaogaoValue; strings are borrowed from the tree. */
static gboolean
node_to_value (JsonNode    *node,
               BaogaoValue *value)
{
  GType type;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return FALSE;

  type = json_node_get_value_type (node);
  if (type == G_TYPE_STRING)
    *value = (BaogaoValue) { BAOGAO_VALUE_STRING, { .s = json_node_get_string (node) } };
  else if (type == G_TYPE_INT64)
    *value = (BaogaoValue) { BAOGAO_VALUE_INT, { .i = json_node_get_int (node) } };
  else if (type == G_TYPE_DOUBLE)
    *value = (BaogaoValue) { BAOGAO_VALUE_DOUBLE, { .d = json_node_get_double (node) } };
  else if (type == G_TYPE_BOOLEAN)
    *value = (BaogaoValue) { BAOGAO_VALUE_BOOLEAN, { .b = json_node_get_boolean (node) } };
  else
    return FALSE;

  return TRUE;
}

static gboolean
read_source (BaogaoDocument  *doc,
             JsonObject      *root,
             GError         **error)
{
  JsonNode *node = member (root, "source");
  JsonObject *source;
  const char *path, *encoding, *sha256, *media_type;

  if (is_null (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      FORMAT_ERROR (error, "“source” must be an object");
      return FALSE;
    }

  source = json_node_get_object (node);
  if (!get_optional_string (source, "path", &path, "source", error) ||
      !get_optional_string (source, "encoding", &encoding, "source", error) ||
      !get_optional_string (source, "sha256", &sha256, "source", error) ||
      !get_optional_string (source, "media_type", &media_type, "source", error))
    return FALSE;

  baogao_document_set_source (doc, path, encoding, sha256,
                              media_type ? media_type : "text/plain");
  return TRUE;
}

static gboolean
read_metadata (BaogaoDocument  *doc,
               JsonObject      *root,
               GError         **error)
{
  JsonNode *node = member (root, "metadata");
  g_autoptr(GList) keys = NULL;

  if (is_null (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      FORMAT_ERROR (error, "“metadata” must be an object");
      return FALSE;
    }

  keys = json_object_get_members (json_node_get_object (node));
  for (GList *l = keys; l != NULL; l = l->next)
    {
      JsonNode *value_node = json_object_get_member (json_node_get_object (node), l->data);
      BaogaoValue value;

      if (is_null (value_node))
        continue;
      if (!node_to_value (value_node, &value))
        {
          FORMAT_ERROR (error, "metadata “%s” must be a string, number or boolean",
                        (const char *) l->data);
          return FALSE;
        }
      baogao_document_set_metadata_value (doc, l->data, &value, TRUE);
    }

  return TRUE;
}

static gboolean
read_runs (BaogaoDocument  *doc,
           JsonObject      *root,
           GError         **error)
{
  JsonNode *node = member (root, "analyzers");
  JsonArray *runs;

  if (is_null (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      FORMAT_ERROR (error, "“analyzers” must be an array");
      return FALSE;
    }

  runs = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (runs); i++)
    {
      JsonNode *run_node = json_array_get_element (runs, i);
      g_autofree char *where = g_strdup_printf ("analyzers[%u]", i);
      const char *name, *version, *status, *message;
      BaogaoRunStatus run_status;
      gint64 elapsed = 0;
      JsonObject *run;

      if (!JSON_NODE_HOLDS_OBJECT (run_node))
        {
          FORMAT_ERROR (error, "%s must be an object", where);
          return FALSE;
        }
      run = json_node_get_object (run_node);

      if (!get_optional_string (run, "name", &name, where, error) ||
          !get_optional_string (run, "version", &version, where, error) ||
          !get_optional_string (run, "status", &status, where, error) ||
          !get_optional_string (run, "message", &message, where, error))
        return FALSE;

      if (name == NULL)
        {
          FORMAT_ERROR (error, "%s has no name", where);
          return FALSE;
        }

      if (g_strcmp0 (status, "ok") == 0)
        run_status = BAOGAO_RUN_OK;
      else if (g_strcmp0 (status, "failed") == 0)
        run_status = BAOGAO_RUN_FAILED;
      else if (g_strcmp0 (status, "skipped") == 0)
        run_status = BAOGAO_RUN_SKIPPED;
      else
        {
          FORMAT_ERROR (error, "%s: unknown status “%s”", where, status ? status : "null");
          return FALSE;
        }

      if (json_object_has_member (run, "elapsed_us") &&
          !get_required_int (run, "elapsed_us", 0, G_MAXINT64, &elapsed, where, error))
        return FALSE;

      baogao_document_add_run (doc, name, version, run_status, message, elapsed);
    }

  return TRUE;
}

static gboolean
read_repairs (BaogaoDocument  *doc,
              JsonObject      *root,
              GError         **error)
{
  JsonNode *node = member (root, "repairs");
  JsonArray *repairs;
  gint64 last = 0;

  if (is_null (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      FORMAT_ERROR (error, "“repairs” must be an array");
      return FALSE;
    }

  repairs = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (repairs); i++)
    {
      g_autofree char *where = g_strdup_printf ("repairs[%u]", i);
      JsonNode *repair_node = json_array_get_element (repairs, i);
      const char *kind, *removed, *direction;
      gint64 at, byte_at, page = 0;
      JsonObject *repair;
      guint known;

      if (!JSON_NODE_HOLDS_OBJECT (repair_node))
        {
          FORMAT_ERROR (error, "%s must be an object", where);
          return FALSE;
        }
      repair = json_node_get_object (repair_node);

      if (!get_optional_string (repair, "kind", &kind, where, error) ||
          !get_optional_string (repair, "removed", &removed, where, error) ||
          !get_optional_string (repair, "direction", &direction, where, error) ||
          !get_required_int (repair, "at", 0, doc->length, &at, where, error) ||
          !get_required_int (repair, "byte_at", last, doc->size, &byte_at, where, error) ||
          (json_object_has_member (repair, "page") &&
           !get_required_int (repair, "page", 0, G_MAXUINT16, &page, where, error)))
        return FALSE;

      for (known = 0; kind != NULL && known < G_N_ELEMENTS (baogao_json_repair_kinds); known++)
        if (g_str_equal (kind, baogao_json_repair_kinds[known]))
          break;
      /* (a kind a later version adds is passed over, as unknown members
       * are) */
      if (kind != NULL && known == G_N_ELEMENTS (baogao_json_repair_kinds))
        continue;
      if (kind == NULL || removed == NULL ||
          !baogao_document_is_char_boundary (doc, byte_at) ||
          baogao_document_byte_to_offset (doc, byte_at) != (gsize) at)
        {
          FORMAT_ERROR (error, "%s needs a kind (join, print_marker or space), the removed "
                        "text and a position that agrees with the text", where);
          return FALSE;
        }

      baogao_document_add_repair (doc, (BaogaoTextRepair) known, byte_at, removed, -1, page,
                                  g_strcmp0 (direction, "continues") == 0 ? 1 :
                                  g_strcmp0 (direction, "continued") == 0 ? -1 : 0);
      last = byte_at;
    }

  return TRUE;
}

typedef struct
{
  GArray    *pending;    /* BaogaoPending */
  GArray    *features;   /* BaogaoFeature */
  GArray    *analyzers;  /* guint16 per annotation */
  GPtrArray *provenance; /* JsonArray* or NULL per annotation */
} Batch;

static gboolean
read_annotation (BaogaoDocument  *doc,
                 JsonNode        *node,
                 guint            index,
                 guint            count,
                 Batch           *batch,
                 GError         **error)
{
  g_autofree char *where = g_strdup_printf ("annotations[%u]", index);
  BaogaoPending p = { 0 };
  JsonObject *object;
  JsonNode *parent, *features, *provenance;
  const char *type, *analyzer;
  gint64 id, start, end, byte_start, byte_end;
  guint16 analyzer_index;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      FORMAT_ERROR (error, "%s must be an object", where);
      return FALSE;
    }
  object = json_node_get_object (node);

  if (!get_required_int (object, "id", index, index, &id, where, error) ||
      !get_required_int (object, "start", 0, doc->length, &start, where, error) ||
      !get_required_int (object, "end", 0, doc->length, &end, where, error) ||
      !get_required_int (object, "byte_start", 0, doc->size, &byte_start, where, error) ||
      !get_required_int (object, "byte_end", 0, doc->size, &byte_end, where, error) ||
      !get_optional_string (object, "type", &type, where, error) ||
      !get_optional_string (object, "analyzer", &analyzer, where, error))
    return FALSE;

  if (type == NULL || analyzer == NULL)
    {
      FORMAT_ERROR (error, "%s needs a “type” and an “analyzer”", where);
      return FALSE;
    }

  if (byte_start >= byte_end ||
      !baogao_document_is_char_boundary (doc, byte_start) ||
      !baogao_document_is_char_boundary (doc, byte_end) ||
      baogao_document_byte_to_offset (doc, byte_start) != (gsize) start ||
      baogao_document_byte_to_offset (doc, byte_end) != (gsize) end)
    {
      FORMAT_ERROR (error, "%s: the span [%" G_GINT64_FORMAT ", %" G_GINT64_FORMAT
                    ") does not agree with bytes [%" G_GINT64_FORMAT ", %" G_GINT64_FORMAT
                    ") of the text", where, start, end, byte_start, byte_end);
      return FALSE;
    }

  p.type = g_quark_from_string (type);
  p.byte_start = byte_start;
  p.byte_end = byte_end;
  p.local_parent = -1;

  parent = member (object, "parent");
  if (!is_null (parent))
    {
      gint64 parent_id;

      if (!get_required_int (object, "parent", 0, (gint64) count - 1, &parent_id, where, error))
        return FALSE;
      if (parent_id == index)
        {
          FORMAT_ERROR (error, "%s is its own parent", where);
          return FALSE;
        }
      p.local_parent = parent_id;
    }

  p.feat_first = batch->features->len;
  features = member (object, "features");
  if (!is_null (features))
    {
      g_autoptr(GList) keys = NULL;
      JsonObject *fobject;

      if (!JSON_NODE_HOLDS_OBJECT (features))
        {
          FORMAT_ERROR (error, "%s: “features” must be an object", where);
          return FALSE;
        }
      fobject = json_node_get_object (features);
      keys = json_object_get_members (fobject);
      for (GList *l = keys; l != NULL; l = l->next)
        {
          BaogaoFeature f;

          f.key = g_quark_from_string (l->data);
          if (!node_to_value (json_object_get_member (fobject, l->data), &f.value))
            {
              FORMAT_ERROR (error, "%s: feature “%s” must be a string, number or boolean",
                            where, (const char *) l->data);
              return FALSE;
            }
          g_array_append_val (batch->features, f);
        }
    }
  p.n_feat = batch->features->len - p.feat_first;

  provenance = member (object, "provenance");
  if (!is_null (provenance))
    {
      JsonArray *names;

      if (!JSON_NODE_HOLDS_ARRAY (provenance))
        {
          FORMAT_ERROR (error, "%s: “provenance” must be an array", where);
          return FALSE;
        }
      names = json_node_get_array (provenance);
      for (guint i = 0; i < json_array_get_length (names); i++)
        if (!is_string (json_array_get_element (names, i)))
          {
            FORMAT_ERROR (error, "%s: “provenance” must hold analyzer names", where);
            return FALSE;
          }
      g_ptr_array_add (batch->provenance, names);
    }
  else
    g_ptr_array_add (batch->provenance, NULL);

  analyzer_index = baogao_store_intern_analyzer (&doc->store, analyzer);
  g_array_append_val (batch->analyzers, analyzer_index);
  g_array_append_val (batch->pending, p);

  return TRUE;
}

static gboolean
read_annotations (BaogaoDocument     *doc,
                  JsonObject         *root,
                  BaogaoAnnotation  **block_out,
                  guint              *n_out,
                  GError            **error)
{
  JsonNode *node = member (root, "annotations");
  Batch batch;
  JsonArray *annotations;
  BaogaoAnnotation *block;
  gboolean ok = TRUE;
  guint n;

  *block_out = NULL;
  *n_out = 0;

  if (is_null (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      FORMAT_ERROR (error, "“annotations” must be an array");
      return FALSE;
    }

  annotations = json_node_get_array (node);
  n = json_array_get_length (annotations);

  batch.pending = g_array_sized_new (FALSE, FALSE, sizeof (BaogaoPending), n);
  batch.features = g_array_new (FALSE, FALSE, sizeof (BaogaoFeature));
  batch.analyzers = g_array_sized_new (FALSE, FALSE, sizeof (guint16), n);
  batch.provenance = g_ptr_array_sized_new (n);

  for (guint i = 0; i < n && ok; i++)
    ok = read_annotation (doc, json_array_get_element (annotations, i), i, n, &batch, error);

  if (ok && n > 0)
    {
      block = baogao_store_merge (&doc->store, doc,
                                  (BaogaoPending *) batch.pending->data, n,
                                  (BaogaoFeature *) batch.features->data,
                                  batch.features->len, NULL, 0, FALSE);

      for (guint i = 0; i < n; i++)
        {
          JsonArray *names = g_ptr_array_index (batch.provenance, i);

          block[i].analyzer = g_array_index (batch.analyzers, guint16, i);
          for (guint j = 0; names != NULL && j < json_array_get_length (names); j++)
            baogao_store_add_provenance (&doc->store, &block[i],
                                         baogao_store_intern_analyzer (&doc->store,
                                                                       json_array_get_string_element (names, j)));
        }

      *block_out = block;
      *n_out = n;
    }

  g_array_unref (batch.pending);
  g_array_unref (batch.features);
  g_array_unref (batch.analyzers);
  g_ptr_array_unref (batch.provenance);

  return ok;
}

static gboolean
read_indicators (BaogaoDocument    *doc,
                 JsonObject        *root,
                 BaogaoAnnotation  *block,
                 guint              n_annotations,
                 GError           **error)
{
  JsonNode *node = member (root, "indicators");
  JsonArray *indicators;

  if (is_null (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      FORMAT_ERROR (error, "“indicators” must be an array");
      return FALSE;
    }

  indicators = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (indicators); i++)
    {
      g_autofree char *where = g_strdup_printf ("indicators[%u]", i);
      JsonNode *ind_node = json_array_get_element (indicators, i);
      const char *key, *unit, *approx, *scope, *period;
      BaogaoAnnotation *annotation = NULL;
      BaogaoValue value;
      JsonObject *ind;

      if (!JSON_NODE_HOLDS_OBJECT (ind_node))
        {
          FORMAT_ERROR (error, "%s must be an object", where);
          return FALSE;
        }
      ind = json_node_get_object (ind_node);

      if (!get_optional_string (ind, "key", &key, where, error) ||
          !get_optional_string (ind, "unit", &unit, where, error) ||
          !get_optional_string (ind, "approx", &approx, where, error) ||
          !get_optional_string (ind, "scope", &scope, where, error) ||
          !get_optional_string (ind, "period", &period, where, error))
        return FALSE;

      if (key == NULL || !node_to_value (member (ind, "value"), &value) ||
          (value.type != BAOGAO_VALUE_INT && value.type != BAOGAO_VALUE_DOUBLE))
        {
          FORMAT_ERROR (error, "%s needs a “key” and a numeric “value”", where);
          return FALSE;
        }

      if (!is_null (member (ind, "annotation")))
        {
          gint64 id;

          if (!get_required_int (ind, "annotation", 0, (gint64) n_annotations - 1, &id, where, error))
            return FALSE;
          annotation = &block[id];
        }

      baogao_document_add_indicator (doc,
        baogao_indicator_new (key,
                              value.type == BAOGAO_VALUE_INT ? (double) value.v.i : value.v.d,
                              value.type == BAOGAO_VALUE_INT,
                              unit, approx, scope, period, annotation));
    }

  return TRUE;
}

BaogaoDocument *
baogao_json_read_document (const char  *data,
                           gssize       length,
                           GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(BaogaoDocument) doc = NULL;
  g_autoptr(GError) local_error = NULL;
  JsonObject *root;
  JsonNode *node;
  const char *format, *text;
  BaogaoAnnotation *block;
  guint n_annotations;
  gsize text_len;

  if (!json_parser_load_from_data (parser, data, length, &local_error))
    {
      FORMAT_ERROR (error, "Not a JSON document: %s", local_error->message);
      return NULL;
    }

  node = json_parser_get_root (parser);
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      FORMAT_ERROR (error, "Not a %s document: the top level is not an object",
                    BAOGAO_DOCUMENT_FORMAT);
      return NULL;
    }
  root = json_node_get_object (node);

  if (!get_optional_string (root, "format", &format, "document", error))
    return NULL;
  if (g_strcmp0 (format, BAOGAO_DOCUMENT_FORMAT) != 0)
    {
      FORMAT_ERROR (error, "Not a %s document (format is “%s”)",
                    BAOGAO_DOCUMENT_FORMAT, format ? format : "missing");
      return NULL;
    }

  if (!get_optional_string (root, "text", &text, "document", error))
    return NULL;
  if (text == NULL)
    {
      FORMAT_ERROR (error, "The document has no “text”");
      return NULL;
    }

  text_len = strlen (text);
  if (text_len >= G_MAXUINT32)
    {
      FORMAT_ERROR (error, "The document's text is too long");
      return NULL;
    }

  doc = baogao_document_new_take (g_strndup (text, text_len), text_len);

  if (!read_source (doc, root, error) ||
      !read_metadata (doc, root, error) ||
      !read_repairs (doc, root, error) ||
      !read_runs (doc, root, error) ||
      !read_annotations (doc, root, &block, &n_annotations, error) ||
      !read_indicators (doc, root, block, n_annotations, error))
    return NULL;

  return g_steal_pointer (&doc);
}

/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/**
 * SECTION:quantity
 *
 * The quantity analyzer: every number with a unit.
 *
 * It writes one `quantity` annotation per count, amount, share or time
 * span — 近300人, 1200余万元, 10万余人次, 98.6%, 两次, 十二件, ３０多个,
 * 连续3年 — whose span covers the approximation words, the number and the
 * unit. Features:
 *
 * - `value` (int or double) and `unit` as written: 1200 and 万元 for
 *   1200余万元, 1.2 and 万人次 for 1.2万人次. A 万/亿 separated from the
 *   unit by 余/多 belongs to the number: 10万余人次 is 100000 人次.
 * - `normalized` and `base_unit`: the value times the unit's 万/亿, in the
 *   bare unit (12000000 元). Percentages stay percentages; 八成 is 80 %.
 *   A count in 万 or 亿 whose unit is left out at the end of its clause
 *   (关注人数达15.6万，) has unit 万 and no `base_unit`.
 * - `approx` (absent when exact): `more_than` (余, 多, 以上, 超过, 逾, 上百,
 *   数十), `nearly` (近, 将近, 接近) or `about` (约, 左右, 大约, 三四个).
 * - `counted_by` (optional): the counting word right before, which is not
 *   part of the span: 共, 达, 累计, 合计, 总计, 达到…
 *
 * Dates and years, ordinals (第31届, 十三届四次全会), numbers inside
 * 《…》 titles, slogans (Chinese numerals inside a short “…” quote, set
 * phrases like 两个确立), model names (5G) and generational labels (80后)
 * are not quantities. The scanning itself lives in quantity-scan.c.
 *
 * ## Example
 *
 * |[
 * baogao analyze --analyzers quantity --pretty report.txt
 * ]|
 */

#include <baogao/baogao.h>
#include <baogao/baogao-plugin.h>

#include "quantity-scan.h"

#define QUANTITY_TYPE_ANALYZER (quantity_analyzer_get_type ())

G_DECLARE_FINAL_TYPE (QuantityAnalyzer, quantity_analyzer, QUANTITY, ANALYZER, GObject)

struct _QuantityAnalyzer
{
  GObject parent_instance;
};

static void quantity_analyzer_iface_init (BaogaoAnalyzerInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (QuantityAnalyzer, quantity_analyzer, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (BAOGAO_TYPE_ANALYZER,
                                                      quantity_analyzer_iface_init))

BAOGAO_DEFINE_PLUGIN (quantity_analyzer_get_type)

typedef struct {
  BaogaoLayer  *layer;
  GCancellable *cancellable;
  guint         n_matches;
} WriteData;

static void
set_number (BaogaoLayer          *layer,
            guint                 handle,
            const char           *key,
            const QuantityNumber *number)
{
  if (number->is_int)
    baogao_layer_set_int (layer, handle, key, number->i);
  else
    baogao_layer_set_double (layer, handle, key, number->d);
}

static gboolean
write_quantity (const QuantityMatch *match,
                gpointer             user_data)
{
  /* the values of `approx`, by QuantityApprox, with their lengths: the
   * setters then need not measure them */
  static const struct {
    const char *text;
    gssize      len;
  } approx_names[] = {
    [QUANTITY_APPROX_MORE_THAN] = { "more_than", sizeof "more_than" - 1 },
    [QUANTITY_APPROX_NEARLY] = { "nearly", sizeof "nearly" - 1 },
    [QUANTITY_APPROX_ABOUT] = { "about", sizeof "about" - 1 },
  };
  WriteData *data = user_data;
  guint handle;

  /* the scan is fast; still, give up on a huge input when asked to */
  if (++data->n_matches % 4096 == 0 && g_cancellable_is_cancelled (data->cancellable))
    return FALSE;

  handle = baogao_layer_add_bytes (data->layer, "quantity", match->byte_start, match->byte_end);
  if (handle == BAOGAO_LAYER_INVALID)
    return TRUE;

  set_number (data->layer, handle, "value", &match->value);
  baogao_layer_set_string_len (data->layer, handle, "unit", match->unit, match->unit_len);
  if ((guint) match->approx - 1 < G_N_ELEMENTS (approx_names) - 1)
    {
      baogao_layer_set_string_len (data->layer, handle, "approx",
                                   approx_names[match->approx].text,
                                   approx_names[match->approx].len);
    }
  set_number (data->layer, handle, "normalized", &match->normalized);
  /* (none for a count in 万 whose unit was left out) */
  if (match->base_unit_len > 0)
    baogao_layer_set_string_len (data->layer, handle, "base_unit",
                                 match->base_unit, match->base_unit_len);
  if (match->counted_by != NULL)
    baogao_layer_set_string_len (data->layer, handle, "counted_by",
                                 match->counted_by, match->counted_by_len);

  return TRUE;
}

static gboolean
quantity_analyzer_analyze (BaogaoAnalyzer  *analyzer,
                           BaogaoDocument  *document,
                           BaogaoLayer     *layer,
                           GCancellable    *cancellable,
                           GError         **error)
{
  WriteData data = { layer, cancellable, 0 };

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  quantity_scan (baogao_document_get_text (document),
                 baogao_document_get_size (document),
                 write_quantity, &data);

  /* the scan stops early only when cancelled */
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  return TRUE;
}

static void
quantity_analyzer_iface_init (BaogaoAnalyzerInterface *iface)
{
  iface->analyze = quantity_analyzer_analyze;
}

static void
quantity_analyzer_class_init (QuantityAnalyzerClass *klass)
{
}

static void
quantity_analyzer_init (QuantityAnalyzer *self)
{
}

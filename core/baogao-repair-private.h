/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * BaogaoRepairKind:
 * @BAOGAO_REPAIR_JOIN_LINES: a line break that a print layout put in the
 *   middle of a sentence was removed: newlines, blank lines and the
 *   whitespace around them (trailing spaces, U+3000 indentation)
 * @BAOGAO_REPAIR_PRINT_MARKER: a print marker such as `(下转第五版)` or
 *   `（上接第一版）`, or a page header or footer line such as
 *   `甘肃日报  2022年1月28日  星期五  第5版  要闻`, was removed; the record
 *   covers exactly the marker, or the line without its white space
 * @BAOGAO_REPAIR_SPACE: a space inside a line of the body, between two
 *   Chinese characters (`专 题询问`), or any space of a line spaced out
 *   character by character (`制 定 法 规 1 0 件`), as web and PDF copies
 *   leave them; the record covers the one space
 *
 * What one removal did.
 */
typedef enum
{
  BAOGAO_REPAIR_JOIN_LINES,
  BAOGAO_REPAIR_PRINT_MARKER,
  BAOGAO_REPAIR_SPACE,
} BaogaoRepairKind;

/*
 * BaogaoRepair:
 * @kind: what was removed
 * @direction: for a print marker, 1 when the text continues elsewhere
 *   (`下转`, `转`), -1 when it is continued from elsewhere (`上接`, `接`,
 *   `续`); 0 for a page line or a join
 * @page: for a print marker or a page line, the page (版/页) it names, 0
 *   if unknown
 * @src_start: first removed byte of the input
 * @src_end: end (exclusive) of the removed bytes of the input
 * @out_pos: byte offset in the output where the removed bytes were; the
 *   output byte at @out_pos is the input byte at @src_end
 *
 * One removal. The repair only ever removes bytes, so the output is the
 * input with every [@src_start, @src_end) range cut out. The records are
 * sorted by @src_start (and so by @out_pos), do not overlap, and several may
 * share an @out_pos (a join across a marker line is a join, a marker and
 * another join). The text of a marker is the input between @src_start and
 * @src_end.
 */
typedef struct
{
  BaogaoRepairKind kind;
  gint8            direction;
  guint16          page;
  gsize            src_start;
  gsize            src_end;
  gsize            out_pos;
} BaogaoRepair;

/*
 * baogao_repair_print_layout:
 * @text: UTF-8 text with `\n` line ends (invalid UTF-8 is tolerated: it is
 *   copied through)
 * @length: its length in bytes
 * @out_length: (out) (optional): the length of the result
 * @repairs: (nullable) (element-type BaogaoRepair): an array of
 *   #BaogaoRepair to append the removals to, in input order
 *
 * Undoes what a newspaper or PDF layout did to a report: removes print
 * markers (`(下转第五版)`, `（上接第一版）`, `(转第2版)`, glued to a line or
 * on a line of their own) and page header and footer lines (a masthead
 * `甘肃日报  2022年1月28日  星期五  第5版  要闻`, `2022年1月28日　星期五　５`,
 * `责任编辑：张某某`), and joins lines broken in the middle of a sentence
 * (`加大资\n\n金投入`), also across blank lines, marker and page lines. Real
 * paragraph breaks — after sentence punctuation, after headings (short lines
 * without sentence punctuation, section markers such as `一、`, `（一）`),
 * in the title block before `各位代表`, and before a line that starts a
 * paragraph (`二是`, `（三）`, `第一，`, `各位代表`, `——`) — are kept. In
 * the body, after the title block, the stray spaces a web or PDF copy left
 * between Chinese characters (`专 题询问`, or a line spaced out character
 * by character) are removed too.
 *
 * Nothing else changes: the result is @text with some byte ranges removed,
 * so offsets map back exactly (see baogao_repair_map_to_source()). Repairing
 * the result again changes nothing.
 *
 * Returns: (transfer full): the repaired text, NUL-terminated
 */
char  *baogao_repair_print_layout  (const char   *text,
                                    gsize         length,
                                    gsize        *out_length,
                                    GArray       *repairs);

/*
 * baogao_repair_map_to_source:
 * @repairs: (element-type BaogaoRepair): what baogao_repair_print_layout()
 *   recorded
 * @out_offset: a byte offset into the repaired text (its length included)
 *
 * Maps an offset of the repaired text back to the input: an offset inside
 * the text maps to the input byte it was copied from; the end maps to the end
 * of the input (after any removal there). O(log n).
 *
 * Returns: the byte offset in the input
 */
gsize  baogao_repair_map_to_source (const GArray *repairs,
                                    gsize         out_offset);

/*
 * baogao_repair_match_marker:
 * @text: text
 * @length: its length in bytes
 * @pos: where a marker might start (at `(` or `（`)
 * @direction: (out) (optional): as in #BaogaoRepair
 * @page: (out) (optional): as in #BaogaoRepair
 *
 * Whether a print marker starts at @pos.
 *
 * Returns: the end of the marker, or 0 when there is none
 */
gsize  baogao_repair_match_marker  (const char   *text,
                                    gsize         length,
                                    gsize         pos,
                                    gint8        *direction,
                                    guint16      *page);

G_END_DECLS

#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
# SPDX-FileCopyrightText: 2026 The Baogao authors

"""Scores the `structure` analyzer's output against a gold file.

The gold holds `metadata` (title, date, meeting, speaker, speaker_title,
region, year_reported), `sections` ({"index", "heading", "topic"} in text
order) and `items` ({"section", "marker", "ordinal", "snippet"}, the
snippet being the characters after the marker, cut at line end).

Gold sections are found in the text by their marker and heading (一、 +
heading), which gives each one a span up to the next; a gold item is
found by its marker and snippet inside its section's span.

Metrics:
- metadata_exact (bar 1.0): the fraction of the seven gold metadata fields
  the document's metadata states equally;
- sections_topic (bar 1.0): gold sections matched by a `structure.section`
  with the same index, the same heading (white space and half/full-width
  punctuation aside) and the same topic, over the larger of the gold and
  predicted section counts, so that extra sections cost too;
- items_recall (bar 0.95): gold items that a `structure.item` starts at,
  with the ordinal written as its `index`;
- items_no_merge (bar 1.0): the fraction of `structure.item` annotations
  that hold no other gold item's marker.

Run alone: score_structure.py DOCUMENT.json GOLD.json
"""

import json
import re
import sys

METADATA_FIELDS = ("title", "date", "meeting", "speaker", "speaker_title",
                   "region", "year_reported")

_WIDTH = str.maketrans({",": "，", ":": "：", ";": "；", "(": "（", ")": "）",
                        "!": "！", "?": "？"})


def _norm(s):
    return "".join(str(s or "").split()).translate(_WIDTH)


def _pattern(s):
    """A regex for s that tolerates white space (line breaks a reader may
    have kept or joined) and either width of punctuation."""
    parts = []
    for c in s:
        if c.isspace():
            continue
        wide = c.translate(_WIDTH)
        narrow = [k for k, v in ((",", "，"), (":", "："), (";", "；"), ("(", "（"),
                                 (")", "）"), ("!", "！"), ("?", "？")) if v == wide]
        alts = {c, wide, *narrow}
        parts.append("[" + "".join(re.escape(a) for a in sorted(alts)) + "]"
                     if len(alts) > 1 else re.escape(c))
    return re.compile(r"\s*".join(parts)) if parts else None


_NUMERALS = "零一二三四五六七八九十"


def _cn(n):
    if n <= 10:
        return _NUMERALS[n]
    if n < 20:
        return "十" + _NUMERALS[n - 10]
    tens, units = divmod(n, 10)
    return _NUMERALS[tens] + "十" + (_NUMERALS[units] if units else "")


def _metadata_equal(got, want):
    if got is None:
        return False
    if isinstance(want, int) and not isinstance(want, bool):
        try:
            return int(got) == want
        except (TypeError, ValueError):
            return False
    return str(got) == str(want)


def _gold_section_spans(text, sections):
    """The (start, end) of each gold section in text, or None."""
    starts = []
    cursor = 0
    for s in sections:
        index = s.get("index") or 0
        pat = _pattern(_cn(index) + "、" + (s.get("heading") or "")) if index > 0 else None
        m = pat.search(text, cursor) if pat else None
        if m is None and pat is not None:
            m = pat.search(text)
        starts.append(m.start() if m else None)
        if m:
            cursor = m.end()
    spans = []
    for i, start in enumerate(starts):
        if start is None:
            spans.append(None)
            continue
        later = [s for s in starts[i + 1:] if s is not None and s > start]
        spans.append((start, later[0] if later else len(text)))
    return spans


def _locate_items(text, gold_items, spans):
    """The start of each gold item's marker in text, or None."""
    places = []
    for item in gold_items:
        pat = _pattern((item.get("marker") or "") + (item.get("snippet") or ""))
        k = (item.get("section") or 0) - 1
        span = spans[k] if 0 <= k < len(spans) else None
        m = None
        if pat is not None:
            if span is not None:
                m = pat.search(text, span[0], span[1])
            if m is None:
                m = pat.search(text)
        places.append(m.start() if m else None)
    return places


def score(doc, gold):
    text = doc.get("text") or ""
    anns = doc.get("annotations") or []
    metadata = doc.get("metadata") or {}
    gold_meta = gold.get("metadata") or {}

    # Metadata.
    fields = [f for f in METADATA_FIELDS if f in gold_meta]
    right = sum(1 for f in fields if _metadata_equal(metadata.get(f), gold_meta[f]))
    metadata_exact = right / len(fields) if fields else 1.0

    # Sections.
    gold_sections = gold.get("sections") or []
    predicted = sorted((a for a in anns if a.get("type") == "structure.section"),
                       key=lambda a: a.get("start", 0))
    matched = 0
    for g in gold_sections:
        for a in predicted:
            f = a.get("features") or {}
            if (f.get("index") == g.get("index") and
                    _norm(f.get("heading")) == _norm(g.get("heading")) and
                    f.get("topic") == g.get("topic")):
                matched += 1
                break
    denominator = max(len(gold_sections), len(predicted))
    sections_topic = matched / denominator if denominator else 1.0

    # Items.
    gold_items = gold.get("items") or []
    spans = _gold_section_spans(text, gold_sections)
    places = _locate_items(text, gold_items, spans)
    items = [a for a in anns if a.get("type") == "structure.item"]
    by_start = {}
    for a in items:
        by_start.setdefault(a.get("start"), []).append(a)

    found = 0
    for item, place in zip(gold_items, places):
        if place is None:
            continue
        for a in by_start.get(place, []):
            if (a.get("features") or {}).get("index") == item.get("ordinal"):
                found += 1
                break
    items_recall = found / len(gold_items) if gold_items else 1.0

    clean = 0
    for a in items:
        start, end = a.get("start", 0), a.get("end", 0)
        merged = False
        for item, place in zip(gold_items, places):
            if place is None or place == start:
                continue
            if start < place and place + len(item.get("marker") or "") <= end:
                merged = True
                break
        if not merged:
            clean += 1
    if items:
        items_no_merge = clean / len(items)
    else:
        items_no_merge = 0.0 if gold_items else 1.0

    return [
        ("metadata_exact", metadata_exact, 1.0),
        ("sections_topic", sections_topic, 1.0),
        ("items_recall", items_recall, 0.95),
        ("items_no_merge", items_no_merge, 1.0),
    ]


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: score_structure.py DOCUMENT.json GOLD.json\n")
        return 2
    with open(argv[1], encoding="utf-8") as f:
        doc = json.load(f)
    if isinstance(doc, list):
        doc = doc[0]
    with open(argv[2], encoding="utf-8") as f:
        gold = json.load(f)
    failed = False
    for name, value, bar in score(doc, gold):
        ok = value >= bar
        failed |= not ok
        print("%-16s %.3f (bar %.2f) %s" % (name, value, bar, "ok" if ok else "FAIL"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

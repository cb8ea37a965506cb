#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
# SPDX-FileCopyrightText: 2026 The Baogao authors

"""Scores the `quantity` annotations of a Baogao document against a gold file.

The gold's `quantities` list holds, in text order, entries
`{"snippet", "value", "unit", "approx"}`. A snippet is the quantity as
printed, with a little context only where the bare form repeats, so it
locates the quantity rather than delimiting it. A gold entry is found when
an unused `quantity` annotation overlaps the snippet's place in the text
and agrees on the number and the unit, either as written (`value`, `unit`)
or normalized (`normalized`, `base_unit`): "1.2万人次" may be given as
1.2 万人次 or as 12000 人次, never as 1.2 人次.

Metrics (bar 0.95 each):
- quantity_precision: found annotations / all `quantity` annotations;
- quantity_recall: found gold entries / all gold entries;
- approx_accuracy: found entries whose `approx` agrees (absent = null).

Run alone: score_quantity.py DOCUMENT.json GOLD.json
"""

import json
import re
import sys

BAR = 0.95


def _locate(text, snippet, cursor):
    """The (start, end) of snippet in text, at or after cursor when it can."""
    i = text.find(snippet, cursor)
    if i < 0:
        i = text.find(snippet)
    if i >= 0:
        return i, i + len(snippet)
    # The reader may have joined or kept line breaks differently.
    chars = [re.escape(c) for c in snippet if not c.isspace()]
    if not chars:
        return None
    m = re.compile(r"\s*".join(chars)).search(text, cursor) or \
        re.compile(r"\s*".join(chars)).search(text)
    return (m.start(), m.end()) if m else None


def _same_number(a, b):
    if isinstance(a, bool) or isinstance(b, bool):
        return False
    if not isinstance(a, (int, float)) or not isinstance(b, (int, float)):
        return False
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


def _agrees(ann, entry):
    f = ann.get("features") or {}
    value, unit = entry.get("value"), entry.get("unit")
    as_written = _same_number(f.get("value"), value) and f.get("unit") == unit
    normalized = _same_number(f.get("normalized"), value) and f.get("base_unit") == unit
    return as_written or normalized


def score(doc, gold):
    text = doc.get("text") or ""
    anns = sorted((a for a in doc.get("annotations") or [] if a.get("type") == "quantity"),
                  key=lambda a: (a.get("start", 0), a.get("end", 0)))
    entries = gold.get("quantities") or []

    used = set()
    found = 0
    approx_right = 0
    cursor = 0
    for entry in entries:
        place = _locate(text, entry.get("snippet") or "", cursor)
        if place is None:
            continue
        start, end = place
        cursor = start
        for k, ann in enumerate(anns):
            if k in used:
                continue
            if ann.get("start", 0) >= end or ann.get("end", 0) <= start:
                continue
            if not _agrees(ann, entry):
                continue
            used.add(k)
            found += 1
            if (ann.get("features") or {}).get("approx") == entry.get("approx"):
                approx_right += 1
            break

    precision = found / len(anns) if anns else (1.0 if not entries else 0.0)
    recall = found / len(entries) if entries else 1.0
    approx = approx_right / found if found else (1.0 if not entries else 0.0)
    return [
        ("quantity_precision", precision, BAR),
        ("quantity_recall", recall, BAR),
        ("approx_accuracy", approx, BAR),
    ]


def _misses(doc, gold):
    """Gold entries not found and annotations matching nothing, for a report."""
    text = doc.get("text") or ""
    anns = [a for a in doc.get("annotations") or [] if a.get("type") == "quantity"]
    hit = set()
    missed = []
    cursor = 0
    for entry in gold.get("quantities") or []:
        place = _locate(text, entry.get("snippet") or "", cursor)
        ok = False
        if place:
            cursor = place[0]
            for k, ann in enumerate(anns):
                if k not in hit and ann["start"] < place[1] and ann["end"] > place[0] \
                        and _agrees(ann, entry):
                    hit.add(k)
                    ok = True
                    break
        if not ok:
            missed.append(entry)
    extra = [a for k, a in enumerate(anns) if k not in hit]
    return missed, extra


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: score_quantity.py DOCUMENT.json GOLD.json")
    with open(sys.argv[1], encoding="utf-8") as f:
        document = json.load(f)
    with open(sys.argv[2], encoding="utf-8") as f:
        gold_data = json.load(f)
    failed = False
    for name, value, bar in score(document, gold_data):
        print(f"{name}: {value:.3f} (bar {bar:.2f}) {'ok' if value >= bar else 'FAIL'}")
        failed |= value < bar
    missed, extra = _misses(document, gold_data)
    for entry in missed:
        print("missed:", json.dumps(entry, ensure_ascii=False))
    for ann in extra:
        print("extra:", ann.get("text"), json.dumps(ann.get("features"), ensure_ascii=False))
    sys.exit(1 if failed else 0)

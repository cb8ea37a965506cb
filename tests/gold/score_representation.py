#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
# SPDX-FileCopyrightText: 2026 The Baogao authors

"""Scores the `representation.tally` annotations against a gold file.

The gold's `tallies` list holds, in text order, entries
`{"snippet", "domain", "measure", "value", "unit", "approx"}`; only those
of domain `representation` are scored here. A snippet is the count with a
few words of context, so it locates the count rather than delimiting it.
A gold entry is found when an unused `representation.tally` annotation
overlaps the snippet's place in the text and agrees on the number: its
`value` and `unit`, or, through its quantity parent, the `normalized` value
in the `base_unit` (1200余万元 may be 1200 万元 or 12000000 元). Its
measure is then right or wrong; a count with the wrong measure is still
found (the count was claimed for the right domain).

Metrics (informational bars 0.0; the lead combines the domains into the
overall tally bar):
- representation_tally_precision: found annotations / all annotations;
- representation_tally_recall: found gold entries / all gold entries;
- representation_measure_accuracy: found entries with the gold's measure /
  found entries.

Run alone: score_representation.py DOCUMENT.json GOLD.json
"""

import json
import re
import sys

DOMAIN = "representation"
TYPE = DOMAIN + ".tally"
BAR = 0.0


def _locate(text, snippet, cursor):
    """The (start, end) of snippet in text, at or after cursor when it can."""
    if not snippet:
        return None
    i = text.find(snippet, cursor)
    if i < 0:
        i = text.find(snippet)
    if i >= 0:
        return i, i + len(snippet)
    # The reader may have joined or kept line breaks differently, and
    # punctuation may be half- or full-width.
    width = {",": "，", ":": "：", ";": "；", "(": "（", ")": "）"}
    parts = []
    for c in snippet:
        if c.isspace():
            continue
        alts = {c, width.get(c, c)}
        alts |= {k for k, v in width.items() if v == c}
        parts.append("[" + "".join(re.escape(a) for a in sorted(alts)) + "]")
    if not parts:
        return None
    pattern = re.compile(r"\s*".join(parts))
    m = pattern.search(text, cursor) or pattern.search(text)
    return (m.start(), m.end()) if m else None


def _number(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def _same(a, b):
    return _number(a) and _number(b) and abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


def _agrees(ann, entry, by_id):
    f = ann.get("features") or {}
    value, unit = entry.get("value"), entry.get("unit")
    if _same(f.get("value"), value) and f.get("unit") == unit:
        return True
    parent = by_id.get(ann.get("parent"))
    if parent is not None:
        pf = parent.get("features") or {}
        if _same(pf.get("normalized"), value) and pf.get("base_unit") == unit:
            return True
        if _same(pf.get("value"), value) and pf.get("unit") == unit:
            return True
    return False


def _match(doc, gold):
    """Pairs gold entries with annotations: (pairs, missed, extra)."""
    text = doc.get("text") or ""
    annotations = doc.get("annotations") or []
    by_id = {a.get("id"): a for a in annotations}
    anns = sorted((a for a in annotations if a.get("type") == TYPE),
                  key=lambda a: (a.get("start", 0), a.get("end", 0)))
    entries = [t for t in gold.get("tallies") or [] if t.get("domain") == DOMAIN]

    used = set()
    pairs = []
    missed = []
    cursor = 0
    for entry in entries:
        place = _locate(text, entry.get("snippet") or "", cursor)
        if place is None:
            missed.append(entry)
            continue
        start, end = place
        cursor = start
        candidates = [k for k, a in enumerate(anns)
                      if k not in used
                      and a.get("start", 0) < end and a.get("end", 0) > start
                      and _agrees(a, entry, by_id)]
        if not candidates:
            missed.append(entry)
            continue
        # Prefer the annotation with the gold's measure, then the nearest.
        candidates.sort(key=lambda k: (
            (anns[k].get("features") or {}).get("measure") != entry.get("measure"),
            abs(anns[k].get("start", 0) - start)))
        k = candidates[0]
        used.add(k)
        pairs.append((entry, anns[k]))
    extra = [a for k, a in enumerate(anns) if k not in used]
    return pairs, missed, extra, anns, entries


def score(doc, gold):
    pairs, _, _, anns, entries = _match(doc, gold)
    found = len(pairs)
    right = sum(1 for entry, ann in pairs
                if (ann.get("features") or {}).get("measure") == entry.get("measure"))

    precision = found / len(anns) if anns else (1.0 if not entries else 0.0)
    recall = found / len(entries) if entries else 1.0
    accuracy = right / found if found else (1.0 if not entries else 0.0)
    return [
        (DOMAIN + "_tally_precision", precision, BAR),
        (DOMAIN + "_tally_recall", recall, BAR),
        (DOMAIN + "_measure_accuracy", accuracy, BAR),
    ]


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: score_representation.py DOCUMENT.json GOLD.json")
    with open(sys.argv[1], encoding="utf-8") as f:
        document = json.load(f)
    with open(sys.argv[2], encoding="utf-8") as f:
        gold_data = json.load(f)
    failed = False
    for name, value, bar in score(document, gold_data):
        print(f"{name}: {value:.3f} (bar {bar:.2f}) {'ok' if value >= bar else 'FAIL'}")
        failed |= value < bar
    pairs, missed, extra, _, _ = _match(document, gold_data)
    for entry, ann in pairs:
        measure = (ann.get("features") or {}).get("measure")
        if measure != entry.get("measure"):
            print(f"wrong measure: {entry.get('snippet')} gold {entry.get('measure')}, got {measure}")
    for entry in missed:
        print("missed:", json.dumps(entry, ensure_ascii=False))
    for ann in extra:
        print("extra:", ann.get("text"), json.dumps(ann.get("features"), ensure_ascii=False))
    sys.exit(1 if failed else 0)

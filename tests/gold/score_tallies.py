#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
# SPDX-FileCopyrightText: 2026 The Baogao authors

"""Scores the tallies of all domains (`<domain>.tally`) against a gold file.

The gold's `tallies` list holds, in text order, entries
`{"snippet", "domain", "measure", "value", "unit", "approx"}`. The snippet
is the count with the words that say what it counts ("审查批准设区的市法规
和决定22件"); it locates the count rather than delimiting it. A gold entry
is found when an unused tally annotation of its domain overlaps the
snippet's place in the text and states the same number, as written
(`value` and `unit`) or normalized through its parent quantity
(`normalized`, `base_unit`).

Metrics:
- tally_precision: found annotations / all `<domain>.tally` annotations
  (bar 0.95);
- tally_recall: found gold entries / all gold entries (bar 0.95);
- tally_measure_accuracy: found entries whose `measure` is the gold's
  (bar 0.9);
- <domain>_tally_precision, _recall, _measure_accuracy: the same for each
  domain alone, as figures without a bar (the domain scorers that have
  bars of their own, such as score_legislation.py, report them again).

Run alone (prints what was missed and what is extra):
score_tallies.py DOCUMENT.json GOLD.json
"""

import json
import re
import sys

DOMAINS = ("political", "legislation", "oversight", "representation", "self_building")
BAR = 0.95
MEASURE_BAR = 0.9


def _locate(text, snippet, cursor):
    """The (start, end) of snippet in text, at or after cursor when it can."""
    if not snippet:
        return None
    i = text.find(snippet, cursor)
    if i < 0:
        i = text.find(snippet)
    if i >= 0:
        return i, i + len(snippet)
    # the reader may have joined or kept line breaks differently
    chars = [re.escape(c) for c in snippet if not c.isspace()]
    if not chars:
        return None
    pattern = re.compile(r"\s*".join(chars))
    m = pattern.search(text, cursor) or pattern.search(text)
    return (m.start(), m.end()) if m else None


def _same_number(a, b):
    if isinstance(a, bool) or isinstance(b, bool):
        return False
    if not isinstance(a, (int, float)) or not isinstance(b, (int, float)):
        return False
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


def _tallies(doc):
    anns = [a for a in doc.get("annotations") or []
            if a.get("type", "").endswith(".tally") and a["type"][:-len(".tally")] in DOMAINS]
    return sorted(anns, key=lambda a: (a.get("start", 0), a.get("end", 0)))


def _agrees(ann, entry, by_id):
    f = ann.get("features") or {}
    if _same_number(f.get("value"), entry.get("value")) and \
            (entry.get("unit") is None or f.get("unit") == entry.get("unit")):
        return True
    parent = by_id.get(ann.get("parent"))
    if parent is not None:
        pf = parent.get("features") or {}
        if _same_number(pf.get("normalized"), entry.get("value")) and \
                (entry.get("unit") is None or pf.get("base_unit") == entry.get("unit")):
            return True
    return False


def match(doc, gold, domains=DOMAINS):
    """Pairs gold tallies of @domains with annotations.

    Returns (entries, annotations, pairs) where pairs is a list of
    (entry, annotation or None)."""
    text = doc.get("text") or ""
    by_id = {a.get("id"): a for a in doc.get("annotations") or []}
    anns = [a for a in _tallies(doc) if a["type"][:-len(".tally")] in domains]
    entries = [e for e in gold.get("tallies") or [] if e.get("domain") in domains]
    used = set()
    pairs = []
    cursor = 0
    for entry in entries:
        place = _locate(text, entry.get("snippet") or "", cursor)
        hit = None
        if place is not None:
            start, end = place
            cursor = start
            for k, ann in enumerate(anns):
                if k in used or ann["type"] != entry.get("domain") + ".tally":
                    continue
                if ann.get("start", 0) >= end or ann.get("end", 0) <= start:
                    continue
                if not _agrees(ann, entry, by_id):
                    continue
                used.add(k)
                hit = ann
                break
        pairs.append((entry, hit))
    return entries, anns, pairs


def metrics(doc, gold, domains=DOMAINS, prefix="tally", bar=BAR, measure_bar=MEASURE_BAR):
    entries, anns, pairs = match(doc, gold, domains)
    found = [(e, a) for e, a in pairs if a is not None]
    right = sum(1 for e, a in found if (a.get("features") or {}).get("measure") == e.get("measure"))
    precision = len(found) / len(anns) if anns else (1.0 if not entries else 0.0)
    recall = len(found) / len(entries) if entries else 1.0
    accuracy = right / len(found) if found else (1.0 if not entries else 0.0)
    return [
        (f"{prefix}_precision", precision, bar),
        (f"{prefix}_recall", recall, bar),
        (f"{prefix}_measure_accuracy", accuracy, measure_bar),
    ]


def score(doc, gold):
    results = metrics(doc, gold)
    for domain in DOMAINS:
        results += metrics(doc, gold, domains=(domain,), prefix=domain + "_tally",
                           bar=0.0, measure_bar=0.0)
    return results


def main(argv, domains=DOMAINS, scorer=None):
    if len(argv) != 3:
        sys.exit(f"usage: {argv[0]} DOCUMENT.json GOLD.json")
    with open(argv[1], encoding="utf-8") as f:
        document = json.load(f)
    with open(argv[2], encoding="utf-8") as f:
        gold_data = json.load(f)
    failed = False
    for name, value, bar in (scorer or score)(document, gold_data):
        print(f"{name}: {value:.3f} (bar {bar:.2f}) {'ok' if value >= bar else 'FAIL'}")
        failed |= value < bar
    _, anns, pairs = match(document, gold_data, domains)
    matched = {id(a) for _, a in pairs if a is not None}
    for entry, ann in pairs:
        if ann is None:
            print("missed:", json.dumps(entry, ensure_ascii=False))
        elif (ann.get("features") or {}).get("measure") != entry.get("measure"):
            print("measure:", entry.get("snippet"), entry.get("measure"), "→",
                  (ann.get("features") or {}).get("measure"))
    for ann in anns:
        if id(ann) not in matched:
            print("extra:", ann["type"], ann.get("text"),
                  json.dumps(ann.get("features"), ensure_ascii=False))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

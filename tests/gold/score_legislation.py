#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
# SPDX-FileCopyrightText: 2026 The Baogao authors

"""Scores the `legislation` analyzer against a gold file.

Instruments: the gold's `instruments` list holds entries `{"snippet",
"name", "kind", "action", "level", "body"}`. Scored are the legislative
instruments acted on: kind law, regulation, rules or decision, and action
enact, amend, revise, repeal, re_enact, approve, deliberate or guide (not
the ones only cited, inspected or mentioned). A gold instrument is found
by a `legislation.instrument` annotation with the same name (ignoring
《》, spaces and the width of parentheses), or one that overlaps the
snippet's place in the text and whose name ends with the gold's (or the
other way round).

Metrics:
- instrument_precision: annotations of those kinds with an acting action
  that are found gold entries / all such annotations (bar 0.95);
- instrument_recall: found gold entries / gold entries (bar 0.95);
- instrument_action_accuracy: found entries with the gold's action
  (bar 0.95);
- instrument_level_accuracy, instrument_body_accuracy: informational;
- legislation_tally_*: the legislation tallies, as score_tallies.py
  scores all domains (informational, bar 0).

Run alone: score_legislation.py DOCUMENT.json GOLD.json
"""

import importlib.util
import json
import pathlib
import re
import sys

KINDS = {"law", "regulation", "rules", "decision"}
ACTED = {"enact", "amend", "revise", "repeal", "re_enact", "approve", "deliberate", "guide"}
BAR = 0.95


def _tallies_module():
    path = pathlib.Path(__file__).resolve().parent / "score_tallies.py"
    spec = importlib.util.spec_from_file_location("score_tallies_for_legislation", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _norm(name):
    name = name or ""
    name = re.sub(r"[\s《》〈〉]", "", name)
    return name.replace("（", "(").replace("）", ")")


def _locate(text, snippet):
    if not snippet:
        return None
    i = text.find(snippet)
    if i >= 0:
        return i, i + len(snippet)
    chars = [re.escape(c) for c in snippet if not c.isspace()]
    m = re.compile(r"\s*".join(chars)).search(text) if chars else None
    return (m.start(), m.end()) if m else None


def match_instruments(doc, gold):
    text = doc.get("text") or ""
    anns = [a for a in doc.get("annotations") or [] if a.get("type") == "legislation.instrument"]
    entries = [e for e in gold.get("instruments") or []
               if e.get("kind") in KINDS and e.get("action") in ACTED]
    used = set()
    pairs = []
    for entry in entries:
        gname = _norm(entry.get("name"))
        hit = None
        for k, ann in enumerate(anns):
            if k not in used and _norm((ann.get("features") or {}).get("name")) == gname:
                hit = k
                break
        if hit is None:
            place = _locate(text, entry.get("snippet") or "")
            if place is not None:
                for k, ann in enumerate(anns):
                    if k in used or ann.get("start", 0) >= place[1] or ann.get("end", 0) <= place[0]:
                        continue
                    aname = _norm((ann.get("features") or {}).get("name"))
                    if aname and (aname.endswith(gname) or gname.endswith(aname)):
                        hit = k
                        break
        if hit is not None:
            used.add(hit)
        pairs.append((entry, anns[hit] if hit is not None else None))
    acted = [a for a in anns
             if (a.get("features") or {}).get("kind") in KINDS
             and (a.get("features") or {}).get("action") in ACTED]
    return entries, acted, pairs


def score(doc, gold):
    entries, acted, pairs = match_instruments(doc, gold)
    found = [(e, a) for e, a in pairs if a is not None]
    found_ids = {id(a) for _, a in found}
    true_acted = sum(1 for a in acted if id(a) in found_ids)
    feats = [(e, a.get("features") or {}) for e, a in found]
    action_right = sum(1 for e, f in feats if f.get("action") == e.get("action"))
    level_right = sum(1 for e, f in feats if f.get("level") == e.get("level"))
    body_right = sum(1 for e, f in feats if f.get("body") == e.get("body"))

    def ratio(a, b, empty):
        return a / b if b else empty

    results = [
        ("instrument_precision", ratio(true_acted, len(acted), 1.0 if not entries else 0.0), BAR),
        ("instrument_recall", ratio(len(found), len(entries), 1.0), BAR),
        ("instrument_action_accuracy", ratio(action_right, len(found), 1.0 if not entries else 0.0), BAR),
        ("instrument_level_accuracy", ratio(level_right, len(found), 1.0), 0.0),
        ("instrument_body_accuracy", ratio(body_right, len(found), 1.0), 0.0),
    ]
    tallies = _tallies_module()
    results += tallies.metrics(doc, gold, domains=("legislation",), prefix="legislation_tally",
                               bar=0.0, measure_bar=0.0)
    return results


def main(argv):
    if len(argv) != 3:
        sys.exit("usage: score_legislation.py DOCUMENT.json GOLD.json")
    with open(argv[1], encoding="utf-8") as f:
        document = json.load(f)
    with open(argv[2], encoding="utf-8") as f:
        gold_data = json.load(f)
    failed = False
    for name, value, bar in score(document, gold_data):
        print(f"{name}: {value:.3f} (bar {bar:.2f}) {'ok' if value >= bar else 'FAIL'}")
        failed |= value < bar
    entries, acted, pairs = match_instruments(document, gold_data)
    found_ids = set()
    for entry, ann in pairs:
        if ann is None:
            print("missed:", json.dumps(entry, ensure_ascii=False))
            continue
        found_ids.add(id(ann))
        f = ann.get("features") or {}
        for key in ("action", "level", "body"):
            if f.get(key) != entry.get(key):
                print(f"{key}:", entry.get("name"), entry.get(key), "→", f.get(key))
    for ann in acted:
        if id(ann) not in found_ids:
            print("extra:", ann.get("text"), json.dumps(ann.get("features"), ensure_ascii=False))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
# SPDX-FileCopyrightText: 2026 The Baogao authors

"""Scores the `oversight` analyzer against a gold file.

Inspected laws: the gold's `instruments` with action `inspect` and kind
law, regulation or other (a "一法一例" pair — a national law with the
province's implementing regulation — is one instrument of kind other,
named as printed, 黑土地保护“一法一例”). A gold entry is found when some
`oversight.activity` of kind law_inspection names it among its subjects
(`subject` holds the laws ';'-joined). Names are compared without 《》〈〉,
spaces, quote and parenthesis width, and a leading 中华人民共和国; a
subject may also carry the name of the issuing region before the gold's
(黑龙江省种子条例 for 种子条例) but nothing else.

Metrics:
- inspected_laws_found: found entries / entries (bar 1.0);
- oversight_tally_*: the oversight tallies, as score_tallies.py scores all
  domains (informational, bar 0).

Run alone (prints the inspected laws missed and the subjects read):
score_oversight.py DOCUMENT.json GOLD.json
"""

import importlib.util
import json
import pathlib
import re
import sys

INSPECTED_KINDS = {"law", "regulation", "other"}

_REGION = re.compile(r"^[\u4e00-\u9fff]{2,7}?(省|自治区|市|自治州|州|县)")


def _tallies_module():
    path = pathlib.Path(__file__).resolve().parent / "score_tallies.py"
    spec = importlib.util.spec_from_file_location("score_tallies_for_oversight", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _norm(name):
    name = re.sub(r"[\s《》〈〉]", "", name or "")
    name = name.replace("（", "(").replace("）", ")")
    name = re.sub(r"[“”\"「」]", '"', name)
    if name.startswith("中华人民共和国"):
        name = name[len("中华人民共和国"):]
    return name


def _names_match(subject, gold_name):
    if not subject or not gold_name:
        return False
    if subject == gold_name:
        return True
    # the subject names the issuing region, the gold does not
    if subject.endswith(gold_name):
        prefix = subject[: len(subject) - len(gold_name)]
        return bool(_REGION.fullmatch(prefix)) or prefix in ("省", "市", "自治区")
    return False


def inspected_entries(gold):
    return [e for e in gold.get("instruments") or []
            if e.get("action") == "inspect" and e.get("kind") in INSPECTED_KINDS]


def inspection_subjects(doc):
    subjects = []
    for ann in doc.get("annotations") or []:
        if ann.get("type") != "oversight.activity":
            continue
        features = ann.get("features") or {}
        if features.get("kind") != "law_inspection" or not features.get("subject"):
            continue
        for part in features["subject"].split(";"):
            if part.strip():
                subjects.append(_norm(part))
    return subjects


def match_inspected(doc, gold):
    subjects = inspection_subjects(doc)
    pairs = []
    for entry in inspected_entries(gold):
        name = _norm(entry.get("name"))
        hit = next((s for s in subjects if _names_match(s, name)), None)
        pairs.append((entry, hit))
    return pairs


def score(doc, gold):
    pairs = match_inspected(doc, gold)
    found = sum(1 for _, hit in pairs if hit is not None)
    results = [
        ("inspected_laws_found", found / len(pairs) if pairs else 1.0, 1.0),
    ]
    tallies = _tallies_module()
    results += tallies.metrics(doc, gold, domains=("oversight",), prefix="oversight_tally",
                               bar=0.0, measure_bar=0.0)
    return results


def main(argv):
    if len(argv) != 3:
        sys.exit("usage: score_oversight.py DOCUMENT.json GOLD.json")
    with open(argv[1], encoding="utf-8") as f:
        document = json.load(f)
    with open(argv[2], encoding="utf-8") as f:
        gold_data = json.load(f)
    failed = False
    for name, value, bar in score(document, gold_data):
        print(f"{name}: {value:.3f} (bar {bar:.2f}) {'ok' if value >= bar else 'FAIL'}")
        failed |= value < bar
    for entry, hit in match_inspected(document, gold_data):
        if hit is None:
            print("missed:", json.dumps(entry, ensure_ascii=False))
    print("subjects:", "; ".join(inspection_subjects(document)))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

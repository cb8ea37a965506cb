#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
# SPDX-FileCopyrightText: 2026 The Baogao authors

"""The indicator vocabulary in docs/measures.md against the analyzers.

1. Every measure of the rule tables (plugins/common/tally-rules-*.c) is
   listed in the page, under its domain, and the page lists no measure
   the tables do not have.
2. Every example in the page's "as in" column, put in a section of its
   domain of a provincial report, gives a tally of one of its row's
   measures.

One TAP line per domain for (1) and per row for (2).

Usage: test-measures.py BAOGAO-EXECUTABLE [SOURCE-DIR]
(BAOGAO_PLUGIN_PATH must point at the built plugins.)
"""

import json
import pathlib
import re
import subprocess
import sys
import tempfile

HEADINGS = {
    "political": "坚持党的全面领导",
    "legislation": "加强立法工作",
    "oversight": "依法开展监督",
    "representation": "做好代表工作",
    "self_building": "加强常委会自身建设",
}


def table_measures(source):
    """domain -> the measures its rule table writes"""
    measures = {}
    for path in sorted((source / "plugins" / "common").glob("tally-rules-*.c")):
        domain = path.stem[len("tally-rules-"):]
        text = path.read_text()
        # (rules written out, and those a table's macros make)
        measures[domain] = set(re.findall(r'^\s*\{\s*"([a-z_+]+)",', text, re.M) +
                               re.findall(r'^\s*[A-Z_]+\s*\(\s*"([a-z_+]+)",', text, re.M))
    return measures


def page_rows(source):
    """(domain, [measures], [examples]) for each row of the page's tables"""
    rows = []
    domain = None
    for line in (source / "docs" / "measures.md").read_text().splitlines():
        heading = re.match(r"^## (\w+)$", line)
        if heading:
            domain = heading.group(1)
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if domain is None or len(cells) != 3 or not cells[0].startswith("`"):
            continue
        measures = re.findall(r"`([a-z_+]+)`", cells[0])
        examples = [e.strip() for e in cells[2].split(";") if e.strip()]
        rows.append((domain, measures, examples))
    return rows


def main():
    baogao = sys.argv[1]
    source = pathlib.Path(sys.argv[2] if len(sys.argv) > 2 else pathlib.Path(__file__).parent.parent)
    tables = table_measures(source)
    rows = page_rows(source)

    cases = []
    for domain in sorted(tables):
        listed = {m for d, ms, _ in rows if d == domain for m in ms}
        missing = sorted(tables[domain] - listed)
        unknown = sorted(listed - tables[domain])
        cases.append((not missing and not unknown,
                       f"docs/measures.md lists the {domain} measures",
                       [f"not listed: {m}" for m in missing] + [f"no such measure: {m}" for m in unknown]))

    with tempfile.TemporaryDirectory() as tmp:
        inputs = []
        for i, (domain, measures, examples) in enumerate(rows):
            for j, example in enumerate(examples):
                path = pathlib.Path(tmp) / f"{i:03d}-{j}.txt"
                path.write_text("某某省人民代表大会常务委员会工作报告\n\n"
                                f"一、{HEADINGS.get(domain, domain)}\n\n{example}。\n")
                inputs.append((i, example, path))
        run = subprocess.run([baogao, "analyze"] + [str(p) for _, _, p in inputs],
                             capture_output=True, text=True)
        if run.returncode != 0:
            print(f"not ok 1 baogao analyze ran\n# {run.stderr.strip()}")
            print("0 passed, 1 failed")
            return 1
        documents = json.loads(run.stdout)

    found = {}
    for (i, example, _), document in zip(inputs, documents):
        domain, measures, _ = rows[i]
        got = [a["features"].get("measure") for a in document["annotations"]
               if a["type"] == f"{domain}.tally"]
        ok = any(m in measures for m in got)
        found.setdefault(i, []).append((ok, example, got))
    for i, (domain, measures, _) in enumerate(rows):
        results = found.get(i, [])
        cases.append((bool(results) and all(ok for ok, _, _ in results),
                      f"{domain}.{'/'.join(measures)}: the page's examples",
                      [f"{example}: got {got or 'no tally'}" for ok, example, got in results if not ok]))

    print(f"1..{len(cases)}")
    for n, (ok, name, notes) in enumerate(cases, 1):
        print(f"{'ok' if ok else 'not ok'} {n} {name}")
        for note in notes:
            print(f"# {note}")
    failed = sum(1 for ok, _, _ in cases if not ok)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

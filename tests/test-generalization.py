#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
# SPDX-FileCopyrightText: 2026 The Baogao authors

"""Held-out generalisation check of the shipped analyzers.

Runs `baogao analyze --format json` on the report excerpts in
tests/data/generalization/ (written in the styles of other congresses:
the national NPC report, a southern province, a municipal congress, an
autonomous region with Chinese numerals, a newspaper print with page
breaks, a GBK web page) and scores the output against each excerpt's
`<name>.expected.json`:

  metadata            exact title, date, region, year_reported, speaker
  sections            parts and sections found with the right topic
  tally value recall  expected counts found as some `<domain>.tally`
  tally measure acc.  of those found, the share with the expected
                      domain and measure
  instruments         legislative instruments found with the right action
  inspected laws      laws inspected found in an `oversight.activity`
  quantities          numbers with units found with value, unit, approx
  tally precision     0.9: tallies that match no expected fact count against it

Each metric is one TAP line that fails under its bar; every miss is
listed as a TAP comment so that the cause can be traced.

An expectation may name a `same_as` file whose facts it shares, and an
`encode` (e.g. gbk) and `suffix`: the source, committed as UTF-8, is then
written in that encoding to a temporary file before it is analyzed.

Usage: test-generalization.py BAOGAO-EXECUTABLE [FIXTURE-DIR]
(BAOGAO_PLUGIN_PATH must point at the built plugins.)
"""

import json
import os
import pathlib
import re
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent

BARS = {
    "metadata": 1.0,
    "sections": 1.0,
    "tally value recall": 0.8,
    "tally measure accuracy": 0.7,
    "instruments": 0.8,
    "inspected laws": 0.8,
    "quantities": 0.9,
    "tally precision": 0.9,
}

METADATA_KEYS = ("title", "date", "region", "year_reported", "speaker")

# Characters a print layout or a reader may leave between two characters of
# a phrase: white space and page-continuation markers.
GAP = r"(?:\s|[(（][上下]接第[^()（）\n]{1,4}版[)）])*"

MARKER_RE = re.compile(r"[(（][上下][接转]第[^()（）\n]{1,4}版[)）]")

PLACE_PREFIX_RE = re.compile(
    r"^(?:中华人民共和国|本省|本市|省|市|自治区|"
    r".{1,12}?(?:省|市|自治区|自治州|自治县|县|区))$")


def as_list(x):
    return x if isinstance(x, list) else [x]


def same_number(a, b):
    try:
        a = float(a)
        b = float(b)
    except (TypeError, ValueError):
        return False
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


MULTIPLIERS = {"万": 1e4, "亿": 1e8, "千": 1e3, "百": 1e2}


def value_unit_pairs(features):
    """Every (value, unit) reading of an annotation's features."""
    pairs = []
    v, u = features.get("value"), features.get("unit")
    if v is not None and u is not None:
        pairs.append((v, u))
        if isinstance(u, str) and len(u) > 1 and u[0] in MULTIPLIERS:
            try:
                pairs.append((float(v) * MULTIPLIERS[u[0]], u[1:]))
            except (TypeError, ValueError):
                pass
    n, b = features.get("normalized"), features.get("base_unit")
    if n is not None and b is not None:
        pairs.append((n, b))
    return pairs


def matches_value(features, value, unit):
    return any(same_number(v, value) and u == unit
               for v, u in value_unit_pairs(features))


def describe(ann):
    f = ann.get("features", {})
    keys = ("measure", "value", "unit", "approx", "name", "action", "kind",
            "subject", "topic", "heading")
    shown = ", ".join(f"{k}={f[k]!r}" for k in keys if k in f)
    return f"{ann['type']} [{ann['start']},{ann['end']}) {ann.get('text', '')!r} {{{shown}}}"


class Doc:
    def __init__(self, doc):
        self.doc = doc
        self.text = doc.get("text", "")
        self.anns = doc.get("annotations", [])
        self.by_type = {}
        for a in self.anns:
            self.by_type.setdefault(a["type"], []).append(a)

    def of_type(self, t):
        return self.by_type.get(t, [])

    def tallies(self):
        return [a for a in self.anns if a["type"].endswith(".tally")]

    def locate(self, snippet):
        """Code-point spans of a snippet; tolerant of breaks the layout made."""
        spans = []
        i = self.text.find(snippet)
        while i >= 0:
            spans.append((i, i + len(snippet)))
            i = self.text.find(snippet, i + 1)
        if spans:
            return spans
        pattern = GAP.join(re.escape(c) for c in snippet)
        return [(m.start(), m.end()) for m in re.finditer(pattern, self.text)]

    @staticmethod
    def overlapping(anns, spans):
        return [a for a in anns
                if any(a["start"] < e and s < a["end"] for s, e in spans)]


def norm_heading(s):
    s = re.sub(r"\s", "", s or "")
    return s.replace(",", "，").replace(";", "；").replace(":", "：")


def norm_name(s):
    s = re.sub(r"\s", "", s or "")
    s = s.strip("《》“”\"")
    s = re.sub(r"[（(]?草案[）)]?$", "", s)
    s = re.sub(r"[（(]?修正案[）)]?$", "", s)
    return s


def same_instrument(expected, found):
    e, f = norm_name(expected), norm_name(found)
    if not e or not f:
        return False
    if e == f:
        return True
    longer, shorter = (e, f) if len(e) > len(f) else (f, e)
    if len(shorter) >= 3 and longer.endswith(shorter):
        return bool(PLACE_PREFIX_RE.match(longer[:-len(shorter)]))
    return False


def strings_in(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for v in value:
            yield from strings_in(v)
    elif isinstance(value, dict):
        for v in value.values():
            yield from strings_in(v)


# ---------------------------------------------------------------- metrics

def score_metadata(d, exp):
    meta = d.doc.get("metadata", {}) or {}
    ok, misses = 0, []
    keys = [k for k in METADATA_KEYS if k in exp["metadata"]]
    for k in keys:
        want = as_list(exp["metadata"][k])
        got = meta.get(k)
        if k == "year_reported":
            good = any(str(got) == str(w) for w in want)
        else:
            good = got in want
        if good:
            ok += 1
        else:
            misses.append(f"metadata.{k}: got {got!r}, want {' or '.join(map(repr, want))}")
    return ok, len(keys), misses


def find_by_heading(anns, heading):
    want = norm_heading(heading)
    key = want[:8]
    for a in anns:
        got = norm_heading(a.get("features", {}).get("heading") or a.get("text", ""))
        if key and key in got:
            return a
    return None


def score_sections(d, exp):
    ok, total, misses = 0, 0, []
    parts = d.of_type("structure.part")
    sections = d.of_type("structure.section")
    for p in exp.get("parts", []):
        total += 1
        a = find_by_heading(parts, p["heading"])
        if a is None:
            misses.append(f"part {p['heading']!r} ({p['topic']}): no structure.part with that heading")
        elif a.get("features", {}).get("topic") != p["topic"]:
            misses.append(f"part {p['heading']!r}: topic {a['features'].get('topic')!r}, want {p['topic']!r}")
        else:
            ok += 1
    for s in exp.get("sections", []):
        total += 1
        a = find_by_heading(sections, s["heading"])
        if a is None:
            misses.append(f"section {s['index']} {s['heading']!r} ({s['topic']}): no structure.section with that heading")
        elif a.get("features", {}).get("topic") != s["topic"]:
            misses.append(f"section {s['index']} {s['heading']!r}: topic {a['features'].get('topic')!r}, want {s['topic']!r}")
        else:
            ok += 1
    if misses:
        found = [f"{a.get('features', {}).get('index')}:{a.get('features', {}).get('heading')!r}/"
                 f"{a.get('features', {}).get('topic')}" for a in sections]
        misses.append(f"(structure.section found: {', '.join(found) or 'none'}; "
                      f"structure.part found: {len(parts)})")
    return ok, total, misses


def score_tallies(d, exp):
    """Returns (recall hits, total, measure-correct, misses, measure misses, used ids)."""
    tallies = d.tallies()
    quantities = d.of_type("quantity")
    hits, right, misses, wrong, used = 0, 0, [], [], set()
    for t in exp.get("tallies", []):
        spans = d.locate(t["snippet"])
        label = f"{t['snippet']!r} = {t['value']}{t['unit']} ({t['domain'] or '*'}.{'|'.join(as_list(t['measure']))})"
        if not spans:
            misses.append(f"tally {label}: snippet not found in the output text")
            continue
        near = Doc.overlapping(tallies, spans)
        cands = [a for a in near if matches_value(a.get("features", {}), t["value"], t["unit"])]
        if not cands:
            qs = [a for a in Doc.overlapping(quantities, spans)
                  if matches_value(a.get("features", {}), t["value"], t["unit"])]
            why = ("quantity present but no tally" if qs else "no quantity either")
            if near:
                why += "; overlapping tallies: " + "; ".join(describe(a) for a in near)
            misses.append(f"tally {label}: {why}")
            continue
        hits += 1
        good = None
        for a in cands:
            dom = a["type"].split(".", 1)[0]
            meas = a.get("features", {}).get("measure")
            if meas in as_list(t["measure"]) and (t["domain"] is None or dom == t["domain"]):
                good = a
                break
        if good is not None:
            right += 1
            used.add(good["id"])
        else:
            used.update(a["id"] for a in cands)
            got = ", ".join(f"{a['type'].split('.', 1)[0]}.{a.get('features', {}).get('measure')}" for a in cands)
            wrong.append(f"measure {label}: got {got}")
    return hits, len(exp.get("tallies", [])), right, misses, wrong, used


def score_precision(d, exp, used):
    tallies = d.tallies()
    extra = [a for a in tallies if a["id"] not in used]
    notes = []
    non_spans = []
    for n in exp.get("non_tallies", []):
        non_spans.extend(d.locate(n["snippet"]))
    for a in extra:
        flag = ""
        if non_spans and Doc.overlapping([a], non_spans):
            flag = " (a plan/per-event count, not a tally)"
        notes.append(f"unexpected tally{flag}: {describe(a)}")
    return len(tallies) - len(extra), len(tallies), notes


def score_instruments(d, exp):
    instruments = d.of_type("legislation.instrument")
    ok, misses = 0, []
    for i in exp.get("instruments", []):
        name_of = lambda a: a.get("features", {}).get("name") or a.get("text", "")
        found = [a for a in instruments if same_instrument(i["name"], name_of(a))]
        actions = as_list(i["action"])
        if not found:
            close = [describe(a) for a in instruments
                     if norm_name(i["name"])[-4:] in norm_name(name_of(a))]
            misses.append(f"instrument {i['name']!r} ({i['action']}): not found"
                          + (f"; similar: {'; '.join(close)}" if close else ""))
            continue
        good = [a for a in found if a.get("features", {}).get("action") in actions]
        if good:
            ok += 1
            if "body" in i:
                bodies = {a.get("features", {}).get("body") for a in good}
                if i["body"] not in bodies:
                    misses.append(f"(not scored) instrument {i['name']!r}: body {sorted(map(str, bodies))}, want {i['body']!r}")
        else:
            got = ", ".join(sorted({str(a.get('features', {}).get('action')) for a in found}))
            misses.append(f"instrument {i['name']!r}: action {got}, want {'|'.join(actions)}")
    return ok, len(exp.get("instruments", [])), misses


def score_inspected(d, exp):
    activities = d.of_type("oversight.activity")
    texts = []
    for a in activities:
        for s in strings_in(a.get("features", {})):
            texts.append(norm_name(s).replace("中华人民共和国", ""))
    ok, misses = 0, []
    for law in exp.get("inspected_laws", []):
        want = norm_name(law).replace("中华人民共和国", "")
        if any(want in t for t in texts):
            ok += 1
        else:
            misses.append(f"inspected law {law!r}: in no oversight.activity feature")
    if misses:
        kinds = sorted({str(a.get("features", {}).get("kind")) for a in activities})
        misses.append(f"(oversight.activity: {len(activities)}, kinds {kinds})")
    return ok, len(exp.get("inspected_laws", [])), misses


def score_quantities(d, exp):
    quantities = d.of_type("quantity")
    ok, misses = 0, []
    for q in exp.get("quantities", []):
        spans = d.locate(q["snippet"])
        label = f"{q['snippet']!r} = {q['value']}{q['unit']}" + (f" ~{q['approx']}" if q["approx"] else "")
        if not spans:
            misses.append(f"quantity {label}: snippet not found in the output text")
            continue
        near = Doc.overlapping(quantities, spans)
        vals = [a for a in near if matches_value(a.get("features", {}), q["value"], q["unit"])]
        good = [a for a in vals if a.get("features", {}).get("approx") == q["approx"]]
        if good:
            ok += 1
        elif vals:
            misses.append(f"quantity {label}: approx {vals[0]['features'].get('approx')!r}")
        else:
            misses.append(f"quantity {label}: " + ("; ".join(describe(a) for a in near) if near else "none"))
    return ok, len(exp.get("quantities", [])), misses


# ------------------------------------------------------------------ driver

def load_expectations(root):
    out = []
    for path in sorted(root.glob("*.expected.json")):
        exp = json.loads(path.read_text(encoding="utf-8"))
        if "same_as" in exp:
            base = json.loads((root / exp["same_as"]).read_text(encoding="utf-8"))
            merged = dict(base)
            merged.update({k: v for k, v in exp.items() if k != "same_as"})
            for k in ("tallies", "quantities", "instruments", "inspected_laws",
                      "sections", "parts", "non_tallies", "metadata"):
                if k in exp:
                    merged[k] = exp[k]
                else:
                    merged[k] = base.get(k)
            exp = merged
        out.append((path.name[:-len(".expected.json")], exp))
    return out


def run_baogao(baogao, root, exp, tmpdir):
    src = root / exp["document"]
    path = src
    if exp.get("encode"):
        data = src.read_text(encoding="utf-8").encode(exp["encode"])
        path = pathlib.Path(tmpdir) / (src.name.split(".")[0] + exp.get("suffix", src.suffix))
        path.write_bytes(data)
    try:
        run = subprocess.run([baogao, "analyze", "--format", "json", "--no-timings", str(path)],
                             capture_output=True, timeout=120)
    except (OSError, subprocess.TimeoutExpired) as e:
        return None, f"cannot run {baogao}: {e}"
    if run.returncode != 0:
        return None, f"exit {run.returncode}: {run.stderr.decode('utf-8', 'replace').strip()}"
    try:
        return json.loads(run.stdout.decode("utf-8")), None
    except ValueError as e:
        return None, f"output is not JSON: {e}"


def main():
    if len(sys.argv) < 2:
        print(__doc__.strip().splitlines()[-2], file=sys.stderr)
        return 1
    baogao = sys.argv[1]
    root = pathlib.Path(sys.argv[2]) if len(sys.argv) > 2 else HERE / "data" / "generalization"
    fixtures = load_expectations(root)
    if not fixtures:
        print("1..0 # SKIP no fixtures")
        return 0

    results = []   # (label, ok, [comments])
    totals = {}
    with tempfile.TemporaryDirectory(prefix="baogao-gen-") as tmpdir:
        for name, exp in fixtures:
            doc, err = run_baogao(baogao, root, exp, tmpdir)
            if doc is None:
                results.append((f"{name}: baogao analyze", False, [err]))
                continue
            d = Doc(doc)
            failed = [a for a in doc.get("analyzers", []) if a.get("status") not in (None, "ok")]
            for a in failed:
                results.append((f"{name}: analyzer {a.get('name')} ran", False, [json.dumps(a, ensure_ascii=False)]))

            hits, n_t, right, t_miss, t_wrong, used = score_tallies(d, exp)
            metrics = [
                ("metadata",) + score_metadata(d, exp),
                ("sections",) + score_sections(d, exp),
                ("tally value recall", hits, n_t, t_miss),
                ("tally measure accuracy", right, hits, t_wrong),
                ("instruments",) + score_instruments(d, exp),
                ("inspected laws",) + score_inspected(d, exp),
                ("quantities",) + score_quantities(d, exp),
                ("tally precision",) + score_precision(d, exp, used),
            ]
            for metric, num, den, misses in metrics:
                value = num / den if den else 1.0
                bar = BARS[metric]
                t = totals.setdefault(metric, [0, 0])
                t[0] += num
                t[1] += den
                results.append((f"{name}: {metric} = {value:.3f} ({num}/{den}, bar {bar:.2f})",
                                value >= bar, misses))

    print(f"1..{len(results)}")
    for i, (label, ok, comments) in enumerate(results, 1):
        print(f"{'ok' if ok else 'not ok'} {i} {label}")
        for c in comments:
            print(f"#   {c}")
    print("# totals over all fixtures:")
    for metric, (num, den) in totals.items():
        print(f"#   {metric}: {num}/{den} = {num / den if den else 1.0:.3f}")
    return 0 if all(ok for _, ok, _ in results) else 1


if __name__ == "__main__":
    sys.exit(main())

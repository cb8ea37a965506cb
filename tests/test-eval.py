#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
# SPDX-FileCopyrightText: 2026 The Baogao authors

"""Tests `baogao eval`; prints TAP.

- On a small document and gold of our own, built here by hand: the exact
  counts of every layer, agreement with the Python scorers of tests/gold/,
  the text and JSON outputs, --bars and the exit statuses.
- On every `*.gold.json` of BAOGAO_CORPUS_DIR (skipped without it): the
  scores of `baogao eval RESULT.json GOLD` and `baogao eval REPORT GOLD`
  agree with each other and, within 0.001, with the Python scorers, on the
  analyzers' result and on copies of it with errors put in on purpose.

Usage: test-eval.py BAOGAO-EXECUTABLE
"""

import copy
import importlib.util
import json
import os
import pathlib
import random
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
TOLERANCE = 0.001
N_VARIANTS = 12

results = []


def check(label, ok, why=None):
    results.append((label, bool(ok), why))


def skip(label, why):
    results.append((label, None, why))


def load_scorer(name):
    path = HERE / "gold" / f"score_{name}.py"
    spec = importlib.util.spec_from_file_location(f"score_{name}_for_eval", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run(baogao, *args):
    return subprocess.run([baogao, *args], capture_output=True, text=True)


def eval_json(baogao, result, gold, *extra):
    """Runs `baogao eval --json`; returns (status, parsed output or None, stderr)."""
    p = run(baogao, "eval", "--json", *extra, str(result), str(gold))
    try:
        out = json.loads(p.stdout) if p.stdout else None
    except ValueError:
        out = None
    return p.returncode, out, p.stderr


# --- the Python scorers' figures, in eval's terms ----------------------------

def python_figures(doc, gold):
    """{(layer, metric): value} from the scorers, for the layers eval has."""
    figures = {}
    st = dict((m, v) for m, v, _ in load_scorer("structure").score(doc, gold))
    figures[("metadata", "recall")] = st["metadata_exact"]
    figures[("sections", "sections_topic")] = st["sections_topic"]
    figures[("items", "recall")] = st["items_recall"]
    figures[("items", "no_merge")] = st["items_no_merge"]

    q = dict((m, v) for m, v, _ in load_scorer("quantity").score(doc, gold))
    figures[("quantities", "precision")] = q["quantity_precision"]
    figures[("quantities", "recall")] = q["quantity_recall"]
    figures[("quantities", "approx_accuracy")] = q["approx_accuracy"]

    tallies = load_scorer("tallies")
    domains = [("tallies", tallies.DOMAINS)] + [(f"tallies.{d}", (d,)) for d in tallies.DOMAINS]
    for layer, ds in domains:
        t = dict((m, v) for m, v, _ in tallies.metrics(doc, gold, domains=ds, prefix="t"))
        figures[(layer, "precision")] = t["t_precision"]
        figures[(layer, "recall")] = t["t_recall"]
        figures[(layer, "measure_accuracy")] = t["t_measure_accuracy"]

    leg = dict((m, v) for m, v, _ in load_scorer("legislation").score(doc, gold))
    figures[("instruments", "precision")] = leg["instrument_precision"]
    figures[("instruments", "recall")] = leg["instrument_recall"]
    figures[("instruments", "action_accuracy")] = leg["instrument_action_accuracy"]
    figures[("instruments", "level_accuracy")] = leg["instrument_level_accuracy"]
    figures[("instruments", "body_accuracy")] = leg["instrument_body_accuracy"]

    ent = dict((m, v) for m, v, _ in load_scorer("entity").score(doc, gold))
    for layer, prefix in (("people", "person"), ("places", "place"),
                          ("organizations", "organization")):
        figures[(layer, "recall")] = ent[f"{prefix}_recall"]
        figures[(layer, "precision")] = ent[f"{prefix}_precision"]
    figures[("people", "title_accuracy")] = ent["person_title_accuracy"]
    return figures


def eval_figure(layers, layer, metric):
    if layer not in layers:
        return None
    scores = layers[layer]
    if metric == "sections_topic":
        # the scorer's one figure: sections right in all three of index,
        # heading and topic over the larger count
        return min(scores["precision"], scores["recall"]) * scores["topic_accuracy"]
    return scores.get(metric)


def compare(layers, doc, gold):
    """The (layer, metric, eval, python) that disagree.

    One difference is by design: a null metadata field of the gold is one
    the report does not state, which eval does not count as missed; the
    scorer counts it as missed, so it is shown the gold without them."""
    wrong = []
    gold = dict(gold)
    if isinstance(gold.get("metadata"), dict):
        gold["metadata"] = {k: v for k, v in gold["metadata"].items() if v is not None}
    for (layer, metric), expected in python_figures(doc, gold).items():
        got = eval_figure(layers, layer, metric)
        if got is None:
            # a domain with neither gold tallies nor annotations: eval
            # leaves the layer out
            if layer.startswith("tallies.") and expected == 1.0:
                continue
            wrong.append((layer, metric, None, expected))
        elif abs(got - expected) > TOLERANCE:
            wrong.append((layer, metric, got, expected))
    return wrong


# --- a small document and gold of our own -------------------------------------

MINI_TEXT = """某省人民代表大会常务委员会工作报告

一、加强地方立法

一是全年制定地方性法规6件。二是修改法规3件，审议《某省河道管理条例》。

二、增强监督实效

开展执法检查4项，约120人参加。张三主任出席会议。
"""


def build_document(text, metadata, specs):
    """A baogao-document/1 dict; specs are (type, snippet, features, parent
    index), the snippet's first occurrence giving the span."""
    annotations = []
    for i, (atype, snippet, features, parent) in enumerate(specs):
        start = text.index(snippet)
        end = start + len(snippet)
        annotations.append({
            "id": i, "type": atype, "start": start, "end": end,
            "byte_start": len(text[:start].encode("utf-8")),
            "byte_end": len(text[:end].encode("utf-8")),
            "text": snippet, "analyzer": "test", "parent": parent,
            "features": features,
        })
    return {
        "format": "baogao-document/1",
        "source": {"path": "mini.txt", "encoding": "UTF-8", "media_type": "text/plain"},
        "metadata": metadata,
        "text": text,
        "analyzers": [{"name": "test", "version": "1.0.0", "status": "ok"}],
        "annotations": annotations,
        "indicators": [],
    }


def mini_document():
    section_1 = MINI_TEXT[MINI_TEXT.index("一、"):MINI_TEXT.index("二、增强")]
    section_2 = MINI_TEXT[MINI_TEXT.index("二、增强"):].rstrip("\n")
    specs = [
        ("structure.section", section_1.rstrip("\n"),
         {"index": 1, "heading": "加强地方立法", "topic": "legislation"}, None),
        ("structure.section", section_2,
         {"index": 2, "heading": "增强监督实效", "topic": "other"}, None),
        ("structure.item", "一是全年制定地方性法规6件。", {"index": 1, "marker": "一是"}, 0),
        ("structure.item", "二是修改法规3件，审议《某省河道管理条例》。",
         {"index": 2, "marker": "二是"}, 0),
        ("quantity", "6件", {"value": 6, "unit": "件"}, None),
        ("quantity", "3件", {"value": 3, "unit": "件"}, None),
        ("quantity", "4项", {"value": 4, "unit": "项"}, None),
        ("quantity", "约120人", {"value": 120, "unit": "人"}, None),
        ("quantity", "河道", {"value": 2, "unit": "道"}, None),
        ("legislation.tally", "6件", {"measure": "enacted", "value": 6, "unit": "件"}, 4),
        ("legislation.tally", "3件", {"measure": "revised", "value": 3, "unit": "件"}, 5),
        ("oversight.tally", "4项", {"measure": "law_inspections", "value": 4, "unit": "项"}, 6),
        ("legislation.instrument", "《某省河道管理条例》",
         {"name": "某省河道管理条例", "kind": "regulation", "action": "deliberate",
          "level": "provincial"}, None),
        ("entity.person", "张三", {"title": "主任"}, None),
        ("entity.place", "某省", {"canonical": "某省", "level": "province"}, None),
        ("entity.organization", "某省人民代表大会常务委员会", {}, None),
        ("entity.organization", "河道", {}, None),
    ]
    metadata = {"title": "某省人大常委会工作报告", "region": "某省", "year_reported": "2023"}
    return build_document(MINI_TEXT, metadata, specs)


MINI_GOLD = {
    "document": "mini.txt",
    "metadata": {"title": "某省人民代表大会常务委员会工作报告", "region": "某省",
                 "year_reported": 2023, "speaker": None},
    "sections": [
        {"index": 1, "heading": "加强地方立法", "topic": "legislation"},
        {"index": 2, "heading": "增强监督实效", "topic": "oversight"},
    ],
    "items": [
        {"section": 1, "marker": "一是", "ordinal": 1, "snippet": "全年制定地方性法规"},
        {"section": 1, "marker": "二是", "ordinal": 2, "snippet": "修改法规3件"},
        {"section": 2, "marker": "一是", "ordinal": 1, "snippet": "开展执法检查"},
    ],
    "quantities": [
        {"snippet": "6件", "value": 6, "unit": "件", "approx": None},
        {"snippet": "3件", "value": 3, "unit": "件", "approx": None},
        {"snippet": "4项", "value": 4, "unit": "项", "approx": None},
        {"snippet": "约120人", "value": 120, "unit": "人", "approx": "about"},
        {"snippet": "10次", "value": 10, "unit": "次", "approx": None},
    ],
    "tallies": [
        {"snippet": "制定地方性法规6件", "domain": "legislation", "measure": "enacted",
         "value": 6, "unit": "件", "approx": None},
        {"snippet": "修改法规3件", "domain": "legislation", "measure": "amended",
         "value": 3, "unit": "件", "approx": None},
        {"snippet": "执法检查4项", "domain": "oversight", "measure": "law_inspections",
         "value": 4, "unit": "项", "approx": None},
        {"snippet": "专题询问2次", "domain": "oversight", "measure": "special_inquiries",
         "value": 2, "unit": "次", "approx": None},
    ],
    "instruments": [
        {"snippet": "审议《某省河道管理条例》", "name": "某省河道管理条例", "kind": "regulation",
         "action": "deliberate", "level": "provincial", "body": None},
        {"snippet": "《某省森林条例》", "name": "某省森林条例", "kind": "regulation",
         "action": "enact", "level": "provincial", "body": None},
        {"snippet": "《某报》", "name": "某报", "kind": "publication", "action": "cite",
         "level": "provincial", "body": None},
    ],
    "people": [{"name": "张三", "title": "主任"}, {"name": "李四", "title": "副主任"}],
    "places": ["某省"],
    "organizations": ["某省人民代表大会常务委员会"],
    "notes": ["Hand-made for test-eval.py."],
}

# (layer): (gold, predicted, tp, fp, fn, {figure: value})
MINI_EXPECTED = {
    "metadata": (3, 3, 2, 1, 1, {}),
    "sections": (2, 2, 2, 0, 0, {"topic_accuracy": 0.5}),
    "items": (3, 2, 2, 0, 1, {"no_merge": 1.0}),
    "quantities": (5, 5, 4, 1, 1, {"approx_accuracy": 0.75}),
    "tallies": (4, 3, 3, 0, 1, {"measure_accuracy": 2 / 3}),
    "tallies.legislation": (2, 2, 2, 0, 0, {"measure_accuracy": 0.5}),
    "tallies.oversight": (2, 1, 1, 0, 1, {"measure_accuracy": 1.0}),
    "instruments": (2, 1, 1, 0, 1, {"action_accuracy": 1.0, "level_accuracy": 1.0,
                                    "body_accuracy": 1.0}),
    "people": (2, 1, 1, 0, 1, {"title_accuracy": 1.0}),
    "places": (1, 1, 1, 0, 0, {}),
    "organizations": (1, 2, 1, 1, 0, {}),
}


def test_mini(baogao, tmp):
    doc = mini_document()
    result = tmp / "mini.json"
    gold_path = tmp / "mini.gold.json"
    result.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    gold_path.write_text(json.dumps(MINI_GOLD, ensure_ascii=False), encoding="utf-8")

    status, out, err = eval_json(baogao, result, gold_path)
    check("mini: eval --json exits 0 with a layers object",
          status == 0 and out is not None and "layers" in out, f"exit {status}: {err}")
    if out is None:
        return
    layers = out["layers"]
    check("mini: the layers are those of the gold, in order",
          list(layers) == list(MINI_EXPECTED), list(layers))

    for name, (n_gold, n_pred, tp, fp, fn, figures) in MINI_EXPECTED.items():
        got = layers.get(name, {})
        counts = tuple(got.get(k) for k in ("gold", "predicted", "tp", "fp", "fn"))
        precision = (n_pred - fp) / n_pred if n_pred else (0.0 if n_gold else 1.0)
        recall = tp / n_gold if n_gold else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        wanted = dict(figures, precision=precision, recall=recall, f1=f1)
        off = {k: (got.get(k), v) for k, v in wanted.items()
               if got.get(k) is None or abs(got[k] - v) > 1e-9}
        check(f"mini: {name} counts {counts} and scores",
              counts == (n_gold, n_pred, tp, fp, fn) and not off,
              f"expected {(n_gold, n_pred, tp, fp, fn)}, wrong figures {off}")

    wrong = compare(layers, doc, MINI_GOLD)
    check("mini: eval agrees with the Python scorers", not wrong, f"{wrong}")

    for name in ("people", "places", "organizations"):
        check(f"mini: {name} precision carries a note",
              "precision_note" in layers.get(name, {}), layers.get(name))

    # the text table
    p = run(baogao, "eval", str(result), str(gold_path))
    lines = p.stdout.splitlines()
    header = [l for l in lines if l.startswith("LAYER")]
    rows = {l.split()[0]: l for l in lines if l.split() and l.split()[0] in MINI_EXPECTED}
    check("mini: the text table has a header, one row per layer and the note",
          p.returncode == 0 and header and "PRECISION" in header[0] and "F1" in header[0]
          and set(rows) == set(MINI_EXPECTED) and "only indicative" in p.stdout
          and "0.500*" in rows.get("organizations", "")
          and "topic 0.500" in rows.get("sections", ""),
          p.stdout)
    # columns line up: the recall column ends at the same place on every row
    recall_end = header[0].index("RECALL") + len("RECALL") if header else -1
    check("mini: the recall column is aligned",
          all(len(rows[n]) >= recall_end and rows[n][recall_end - 5:recall_end].replace(".", "").isdigit()
              for n in rows), "\n".join(rows.values()))

    # an array of one document is accepted
    array = tmp / "mini-array.json"
    array.write_text(json.dumps([doc], ensure_ascii=False), encoding="utf-8")
    status2, out2, err2 = eval_json(baogao, array, gold_path)
    check("mini: an array of one document scores as the document",
          status2 == 0 and out2 is not None and out2["layers"] == layers, err2)

    test_bars(baogao, tmp, result, gold_path)


def write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


def test_bars(baogao, tmp, result, gold):
    ok_bars = write(tmp / "ok.bars", "# reached\n[quantities]\nprecision=0.8\nrecall=0.8\n"
                                     "approx_accuracy=0.75\n[tallies.legislation]\nrecall=1\n")
    status, out, err = eval_json(baogao, result, gold, "--bars", str(ok_bars))
    check("bars: all reached exits 0 and lists them",
          status == 0 and out is not None and len(out.get("bars", [])) == 4
          and all(b["ok"] for b in out["bars"]), f"exit {status}: {err} {out and out.get('bars')}")

    below = write(tmp / "below.bars", "[quantities]\nrecall=0.9\n[people]\ntitle_accuracy=1\n")
    status, out, err = eval_json(baogao, result, gold, "--bars", str(below))
    failed = [b for b in (out or {}).get("bars", []) if not b["ok"]]
    check("bars: a value under its bar exits 5 and names it",
          status == 5 and len(failed) == 1 and failed[0]["layer"] == "quantities"
          and failed[0]["metric"] == "recall", f"exit {status}: {err} {failed}")

    p = run(baogao, "eval", "--bars", str(below), str(result), str(gold))
    check("bars: the text output says which bar was not reached",
          p.returncode == 5 and "BELOW" in p.stdout and "quantities.recall" in p.stdout, p.stdout)

    absent = write(tmp / "absent.bars", "[tallies.plans]\nrecall=1\n")
    status, out, err = eval_json(baogao, result, gold, "--bars", str(absent))
    check("bars: a layer the gold lacks is a warning, exit 0",
          status == 0 and "tallies.plans" in err, f"exit {status}: {err}")

    for label, text in (("an unknown layer", "[quantity]\nrecall=1\n"),
                        ("an unknown metric", "[quantities]\nrecal=1\n"),
                        ("a value that is no number", "[quantities]\nrecall=high\n"),
                        ("a malformed key file", "recall=1\n")):
        bad = write(tmp / "bad.bars", text)
        status, _, err = eval_json(baogao, result, gold, "--bars", str(bad))
        check(f"bars: {label} is a usage error (exit 1)", status == 1 and err, f"exit {status}: {err}")

    status, _, err = eval_json(baogao, result, gold, "--bars", str(tmp / "missing.bars"))
    check("bars: a missing bars file exits 2", status == 2 and "missing.bars" in err,
          f"exit {status}: {err}")


def test_usage(baogao, tmp):
    gold = write(tmp / "u.gold.json", json.dumps({"quantities": []}))
    doc = write(tmp / "u.json", json.dumps(build_document("一二三", {}, [])))
    cases = [
        ("no arguments", ["eval"], 1),
        ("one argument", ["eval", str(doc)], 1),
        ("three arguments", ["eval", str(doc), str(gold), str(gold)], 1),
        ("an unknown option", ["eval", "--frobnicate", str(doc), str(gold)], 1),
        ("a missing result", ["eval", str(tmp / "nope.json"), str(gold)], 2),
        ("a missing gold", ["eval", str(doc), str(tmp / "nope.gold.json")], 2),
        ("a gold that is not an object", ["eval", str(doc), str(write(tmp / "a.json", "[1]"))], 2),
        ("a gold that is not JSON", ["eval", str(doc), str(write(tmp / "b.json", "{oops"))], 2),
        ("a result that is broken JSON", ["eval", str(write(tmp / "c.json", "{\"format\": 1")),
                                          str(gold)], 2),
        ("a result array of two documents",
         ["eval", str(write(tmp / "d.json", "[%s, %s]" % (doc.read_text(), doc.read_text()))),
          str(gold)], 2),
    ]
    for label, args, expected in cases:
        p = run(baogao, *args)
        check(f"usage: {label} exits {expected}",
              p.returncode == expected and p.stderr.startswith("baogao"),
              f"exit {p.returncode}: {p.stderr.strip()}")

    p = run(baogao, "eval", "--help")
    check("usage: eval --help documents exit status 5 and --bars",
          p.returncode == 0 and "--bars" in p.stdout and "  5 " in p.stdout, p.stdout)

    p = run(baogao, "eval", str(doc), str(gold))
    check("usage: a gold with an empty layer scores it (recall 1)",
          p.returncode == 0 and "quantities" in p.stdout, p.stdout + p.stderr)


# --- the corpus ----------------------------------------------------------------

def perturb(doc, seed):
    """A copy of doc with errors: annotations dropped (their type changed),
    features changed, false entities and quantities added, metadata wrong."""
    rng = random.Random(seed)
    doc = copy.deepcopy(doc)
    scored = ("quantity", "structure.section", "structure.item", "legislation.instrument",
              "entity.person", "entity.place", "entity.organization")
    for a in doc["annotations"]:
        t = a["type"]
        f = a.setdefault("features", {}) if a.get("features") is not None else None
        if f is None:
            a["features"] = f = {}
        if (t in scored or t.endswith(".tally")) and rng.random() < 0.15:
            a["type"] = "test.dropped"
            continue
        r = rng.random()
        if r < 0.1 and "value" in f and isinstance(f["value"], (int, float)):
            f["value"] = f["value"] + 1
        elif r < 0.2 and "measure" in f:
            f["measure"] = "wrong_measure"
        elif r < 0.25 and t == "quantity":
            f["approx"] = "about"
        elif r < 0.3 and "topic" in f:
            f["topic"] = "other"
        elif r < 0.35 and "action" in f:
            f["action"] = rng.choice(["amend", "cite", "enact"])
        elif r < 0.4 and "name" in f and t == "legislation.instrument":
            f["name"] = f["name"][1:]
        elif r < 0.45 and "title" in f:
            f["title"] = "某职务"
        elif r < 0.5 and "canonical" in f:
            del f["canonical"]
        elif r < 0.55 and "index" in f and t == "structure.item":
            f["index"] = f["index"] + 1
        elif r < 0.6 and t == "structure.sentence":
            # a sentence becomes a false prediction of some layer
            a["type"] = rng.choice(["entity.organization", "entity.place", "entity.person",
                                    "quantity", "legislation.instrument"])
            a["features"] = {"value": 1, "unit": "件", "name": a["text"][:6],
                             "kind": "regulation", "action": "enact"}
    meta = doc.setdefault("metadata", {})
    if rng.random() < 0.5 and "year_reported" in meta:
        meta["year_reported"] = str(meta["year_reported"])  # still equal
    if rng.random() < 0.5 and "speaker" in meta:
        meta["speaker"] = "某某"
    if rng.random() < 0.3 and "date" in meta:
        del meta["date"]
    return doc


def test_corpus(baogao, tmp, corpus):
    golds = sorted(pathlib.Path(corpus).glob("*.gold.json"))
    if not golds:
        skip("corpus: eval agrees with the Python scorers", "no *.gold.json in BAOGAO_CORPUS_DIR")
        return
    for gold_path in golds:
        name = gold_path.name[:-len(".gold.json")]
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        report = gold_path.parent / gold.get("document", name + ".txt")
        p = run(baogao, "analyze", "--no-timings", str(report))
        if p.returncode != 0:
            check(f"{name}: baogao analyze", False, f"exit {p.returncode}: {p.stderr.strip()}")
            continue
        result = tmp / f"{name}.json"
        result.write_text(p.stdout, encoding="utf-8")
        doc = json.loads(p.stdout)

        status, from_json, err = eval_json(baogao, result, gold_path)
        check(f"{name}: eval RESULT.json GOLD --json exits 0", status == 0 and from_json,
              f"exit {status}: {err}")
        status, from_report, err = eval_json(baogao, report, gold_path)
        check(f"{name}: eval REPORT GOLD --json exits 0", status == 0 and from_report,
              f"exit {status}: {err}")
        if not from_json or not from_report:
            continue
        check(f"{name}: both forms give the same scores",
              from_json["layers"] == from_report["layers"],
              json.dumps([from_json["layers"], from_report["layers"]], ensure_ascii=False)[:2000])

        wrong = compare(from_json["layers"], doc, gold)
        check(f"{name}: eval agrees with the Python scorers within {TOLERANCE}", not wrong,
              f"{wrong}")

        # the same bars as the scorers: eval fails exactly when they do
        bars = ("[metadata]\nrecall=1\n[items]\nrecall=0.95\nno_merge=1\n"
                "[quantities]\nprecision=0.95\nrecall=0.95\napprox_accuracy=0.95\n"
                "[tallies]\nprecision=0.95\nrecall=0.95\nmeasure_accuracy=0.9\n"
                "[instruments]\nprecision=0.95\nrecall=0.95\naction_accuracy=0.95\n"
                "[people]\nrecall=0.9\n[places]\nrecall=0.9\n[organizations]\nrecall=0.9\n")
        bars_path = write(tmp / "suite.bars", bars)
        status, out, err = eval_json(baogao, result, gold_path, "--bars", str(bars_path))
        figures = python_figures(doc, gold)
        python_below = [k for k, bar in (
            (("metadata", "recall"), 1.0), (("items", "recall"), 0.95),
            (("items", "no_merge"), 1.0), (("quantities", "precision"), 0.95),
            (("quantities", "recall"), 0.95), (("quantities", "approx_accuracy"), 0.95),
            (("tallies", "precision"), 0.95), (("tallies", "recall"), 0.95),
            (("tallies", "measure_accuracy"), 0.9), (("instruments", "precision"), 0.95),
            (("instruments", "recall"), 0.95), (("instruments", "action_accuracy"), 0.95),
            (("people", "recall"), 0.9), (("places", "recall"), 0.9),
            (("organizations", "recall"), 0.9)) if figures[k] < bar]
        eval_below = [(b["layer"], b["metric"]) for b in (out or {}).get("bars", []) if not b["ok"]]
        check(f"{name}: --bars with the suite's bars fails exactly where the scorers do",
              out is not None and sorted(python_below) == sorted(eval_below)
              and status == (5 if python_below else 0),
              f"exit {status}; python below {python_below}; eval below {eval_below}; {err}")

        disagreements = []
        for seed in range(N_VARIANTS):
            variant = perturb(doc, seed)
            path = tmp / f"{name}-variant-{seed}.json"
            path.write_text(json.dumps(variant, ensure_ascii=False), encoding="utf-8")
            status, out, err = eval_json(baogao, path, gold_path)
            if status != 0 or out is None:
                disagreements.append((seed, f"exit {status}: {err.strip()}"))
                continue
            wrong = compare(out["layers"], variant, gold)
            if wrong:
                disagreements.append((seed, wrong))
        check(f"{name}: eval agrees with the Python scorers on {N_VARIANTS} damaged results",
              not disagreements, f"{disagreements}"[:3000])


def main():
    baogao = sys.argv[1]
    with tempfile.TemporaryDirectory(prefix="baogao-eval.") as tmpdir:
        tmp = pathlib.Path(tmpdir)
        test_usage(baogao, tmp)
        test_mini(baogao, tmp)
        corpus = os.environ.get("BAOGAO_CORPUS_DIR")
        if corpus:
            test_corpus(baogao, tmp, corpus)
        else:
            skip("corpus: eval agrees with the Python scorers", "BAOGAO_CORPUS_DIR not set")

    print(f"1..{len(results)}")
    for i, (label, ok, why) in enumerate(results, 1):
        if ok is None:
            print(f"ok {i} {label} # SKIP {why}")
            continue
        print(f"{'ok' if ok else 'not ok'} {i} {label}")
        if not ok and why:
            for line in str(why).splitlines()[:40]:
                print(f"# {line}")
    return 0 if all(ok is not False for _, ok, _ in results) else 1


if __name__ == "__main__":
    sys.exit(main())

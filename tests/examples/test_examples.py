#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
# SPDX-FileCopyrightText: 2026 The Baogao authors

"""The scripts of examples/python/ and examples/js/, run as a user runs them.

    test_examples.py python|js

`python` runs the Python scripts and checks their output against the
library itself; `js` runs the gjs scripts (gjs from $GJS) and checks that
they print the same bytes as the Python ones, plus what only JavaScript can
get wrong (code points against UTF-16 units). Prints TAP.
"""

import csv
import io
import json
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
import unittest

import gi
gi.require_version("Baogao", "1")
from gi.repository import Baogao  # noqa: E402

SRCDIR = pathlib.Path(__file__).resolve().parents[2]
sys.path.insert(0, str(SRCDIR / "tests" / "python"))
import tap  # noqa: E402

EXAMPLES = SRCDIR / "examples"
SAMPLE = EXAMPLES / "sample-report.txt"
COLUMNS = ["document", "region", "year", "key", "value", "unit", "approx",
           "scope", "sentence"]
DEFAULT_KEYWORDS = ["营商环境", "黑土地", "数字经济"]
GJS = os.environ.get("GJS") or shutil.which("gjs")

# A small report of our own, with characters outside the Basic Multilingual
# Plane before the keywords: one code point, two UTF-16 units each.
ASTRAL_REPORT = (
    "某省人民代表大会常务委员会工作报告\n\n"
    "一、推动高质量发展\n\n"
    "常委会围绕𠀀𠀁数字经济开展调研，推动营商环境持续优化。"
    "𠮷字号企业参与黑土地保护立法调研，全年制定地方性法规3件。\n")

# A web page of our own, with navigation around the article.
CITY_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>某市人大常委会工作报告</title></head>
<body>
<div class="nav"><a href="/">首页</a> | <a href="/news">新闻</a></div>
<div class="article">
<h1>某市人民代表大会常务委员会工作报告</h1>
<p>——2024年1月10日在某市第十六届人民代表大会第四次会议上</p>
<p>一、加强地方立法</p>
<p>常委会全年制定地方性法规3件、修改2件，推动营商环境建设。</p>
<p>二、依法开展监督</p>
<p>听取和审议专项工作报告6个，开展执法检查4项，组织专题询问1次。</p>
</div>
</body></html>
"""


def command(language, script):
    if language == "python":
        return [sys.executable, str(EXAMPLES / "python" / (script.replace("-", "_") + ".py"))]
    return [GJS, "-m", str(EXAMPLES / "js" / (script + ".js"))]


def run(language, script, *args):
    return subprocess.run(command(language, script) + [str(a) for a in args],
                          capture_output=True, text=True, encoding="utf-8",
                          timeout=120)


def analyzed(path):
    """The document as the scripts see it: the engine with default plugins."""
    document = Baogao.Document.new_from_file(str(path), None)
    Baogao.Engine.new().analyze(document, None)
    return document


class Folder:
    """A folder of reports: the sample in a subfolder, a web page, and a
    file that is not a report."""

    def __init__(self):
        self.tmp = tempfile.TemporaryDirectory(prefix="baogao-examples-")
        self.path = pathlib.Path(self.tmp.name) / "reports"
        (self.path / "shanxi").mkdir(parents=True)
        shutil.copy(SAMPLE, self.path / "shanxi" / "2024.txt")
        (self.path / "city.html").write_text(CITY_PAGE, encoding="utf-8")
        (self.path / "notes.md").write_text("# 不是报告\n", encoding="utf-8")
        self.out = pathlib.Path(self.tmp.name) / "indicators.csv"


class PythonSummarise(unittest.TestCase):
    language = "python"

    def setUp(self):
        self.folder = Folder()
        self.addCleanup(self.folder.tmp.cleanup)

    def test_table(self):
        r = run(self.language, "summarise", self.folder.path, self.folder.out)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stdout, "")
        with open(self.folder.out, encoding="utf-8", newline="") as f:
            table = list(csv.reader(f))
        self.assertEqual(table[0], COLUMNS)
        rows = [dict(zip(COLUMNS, row)) for row in table[1:]]
        self.assertTrue(all(len(row) == len(COLUMNS) for row in table))
        # Reports in path order, .md ignored.
        self.assertEqual(list(dict.fromkeys(r["document"] for r in rows)),
                         ["city.html", "shanxi/2024.txt"])

        for name in ("city.html", "shanxi/2024.txt"):
            document = analyzed(self.folder.path / name)
            mine = [r for r in rows if r["document"] == name]
            indicators = document.get_indicators()
            self.assertEqual(len(mine), len(indicators))
            sentences = {s.dup_text() for s in document.get_annotations("structure.sentence")}
            for row, indicator in zip(mine, indicators):
                self.assertEqual(row["key"], indicator.get_key())
                self.assertEqual(float(row["value"]), indicator.get_value())
                self.assertEqual(row["unit"], indicator.get_unit() or "")
                self.assertEqual(row["region"], document.get_metadata("region"))
                self.assertIn(row["sentence"], sentences)
                self.assertIn(indicator.get_annotation().dup_text(), row["sentence"])

        enacted = [r for r in rows
                   if r["document"] == "shanxi/2024.txt" and r["key"] == "legislation.enacted"]
        fields = ("region", "year", "value", "unit", "approx")
        self.assertIn(("山西省", "2024", "8", "件", ""),
                      [tuple(r[k] for k in fields) for r in enacted])
        self.assertTrue(any("制定地方性法规8件" in r["sentence"] for r in enacted))
        self.assertTrue(any(r["approx"] == "nearly" and r["value"] == "300" for r in rows))
        city = [(r["key"], r["value"]) for r in rows if r["document"] == "city.html"]
        self.assertIn(("legislation.amended", "2"), city)
        self.assertIn(("oversight.law_inspections", "4"), city)

    def test_standard_output(self):
        r = run(self.language, "summarise", self.folder.path, self.folder.out)
        self.assertEqual(r.returncode, 0, r.stderr)
        r = run(self.language, "summarise", self.folder.path)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stdout, self.folder.out.read_text(encoding="utf-8"))

    def test_unreadable_report(self):
        (self.folder.path / "broken.txt").write_bytes(b"\x00\x01binary\x00")
        r = run(self.language, "summarise", self.folder.path, self.folder.out)
        self.assertEqual(r.returncode, 1)
        self.assertIn("broken.txt", r.stderr)
        table = self.folder.out.read_text(encoding="utf-8")
        documents = {row[0] for row in csv.reader(io.StringIO(table))}
        self.assertEqual(documents, {"document", "city.html", "shanxi/2024.txt"})

    def test_usage(self):
        self.assertEqual(run(self.language, "summarise").returncode, 2)
        self.assertEqual(run(self.language, "summarise", SAMPLE).returncode, 2)


class PythonKeywordTagger(unittest.TestCase):
    language = "python"

    def tagged(self, path, *keywords):
        r = run(self.language, "keyword-tagger", "--json", path, *keywords)
        self.assertEqual(r.returncode, 0, r.stderr)
        return r.stdout, json.loads(r.stdout)

    def check_matches(self, data, keywords):
        text = data["text"]
        by_id = {a["id"]: a for a in data["annotations"]}
        matches = [a for a in data["annotations"] if a["type"] == "keyword.match"]
        sentences = [a for a in data["annotations"] if a["type"] == "structure.sentence"]
        for m in matches:
            self.assertEqual(m["analyzer"], "keywords")
            self.assertIn(m["features"]["keyword"], keywords)
            self.assertEqual(text[m["start"]:m["end"]], m["features"]["keyword"])
            self.assertEqual(m["text"], m["features"]["keyword"])
            parent = by_id[m["parent"]]
            self.assertEqual(parent["type"], "structure.sentence")
            self.assertTrue(parent["start"] <= m["start"] and m["end"] <= parent["end"])
        # Matches do not overlap, and every occurrence of a keyword inside a
        # sentence is matched, or lies inside the match of a longer keyword.
        spans = sorted((m["start"], m["end"]) for m in matches)
        self.assertTrue(all(a[1] <= b[0] for a, b in zip(spans, spans[1:])))
        for k in keywords:
            for s in sentences:
                at = text.find(k, s["start"], s["end"])
                while at >= 0:
                    self.assertTrue(any(a <= at and at + len(k) <= b for a, b in spans), (k, at))
                    at = text.find(k, at + 1, s["end"])
        return matches

    def test_default_keywords(self):
        _, data = self.tagged(SAMPLE)
        matches = self.check_matches(data, DEFAULT_KEYWORDS)
        self.assertEqual(sorted(m["text"] for m in matches), ["数字经济", "营商环境"])
        # Next to the C plugins, in one run.
        runs = {a["name"]: a["status"] for a in data["analyzers"]}
        self.assertEqual(runs.get("keywords"), "ok")
        self.assertEqual(runs.get("structure"), "ok")
        types = {a["type"] for a in data["annotations"]}
        self.assertTrue({"quantity", "citation", "legislation.tally"} <= types, types)
        self.assertTrue(data["indicators"])

    def test_keywords_from_the_command_line(self):
        keywords = ["条例", "地方性法规", "法规", "人大代表"]
        _, data = self.tagged(SAMPLE, *keywords)
        matches = self.check_matches(data, keywords)
        found = [m["text"] for m in matches]
        self.assertGreaterEqual(found.count("条例"), 5)
        # 地方性法规 wins over the 法规 inside it.
        self.assertIn("地方性法规", found)
        self.assertIn("法规", found)

    def test_table(self):
        r = run(self.language, "keyword-tagger", SAMPLE)
        self.assertEqual(r.returncode, 0, r.stderr)
        lines = r.stdout.splitlines()
        heads = [line.split() for line in lines if not line.startswith(" ")]
        self.assertEqual([(h[0].rstrip("　"), int(h[-1])) for h in heads],
                         [("营商环境", 1), ("黑土地", 0), ("数字经济", 1)])
        self.assertIn("数字经济", lines[-1])

    def test_code_points(self):
        with tempfile.TemporaryDirectory(prefix="baogao-examples-") as d:
            path = pathlib.Path(d) / "astral.txt"
            path.write_text(ASTRAL_REPORT, encoding="utf-8")
            _, data = self.tagged(path)
        matches = self.check_matches(data, DEFAULT_KEYWORDS)
        self.assertEqual([m["text"] for m in matches],
                         ["数字经济", "营商环境", "黑土地"])

    def test_errors(self):
        r = run(self.language, "keyword-tagger", "/nonexistent/report.txt")
        self.assertEqual(r.returncode, 1)
        self.assertIn("/nonexistent/report.txt", r.stderr)
        self.assertEqual(run(self.language, "keyword-tagger").returncode, 2)


@unittest.skipUnless(GJS, "gjs not found")
class JsSummarise(PythonSummarise):
    language = "js"

    def test_same_table_as_python(self):
        js = run("js", "summarise", self.folder.path)
        py = run("python", "summarise", self.folder.path)
        self.assertEqual(js.returncode, 0, js.stderr)
        self.assertEqual(js.stdout, py.stdout)


@unittest.skipUnless(GJS, "gjs not found")
class JsKeywordTagger(PythonKeywordTagger):
    language = "js"

    def test_same_output_as_python(self):
        for args in (["--json", SAMPLE],
                     ["--json", SAMPLE, "条例", "法规"],
                     [SAMPLE, "条例", "法规"]):
            js = run("js", "keyword-tagger", *args)
            py = run("python", "keyword-tagger", *args)
            self.assertEqual(js.returncode, 0, js.stderr)
            self.assertEqual(js.stdout, py.stdout, args)


def load_tests(loader, standard_tests, pattern):
    language = sys.argv[1] if len(sys.argv) > 1 else "python"
    classes = {
        "python": [PythonSummarise, PythonKeywordTagger],
        "js": [JsSummarise, JsKeywordTagger],
    }[language]
    suite = unittest.TestSuite()
    for cls in classes:
        suite.addTests(loader.loadTestsFromTestCase(cls))
    return suite


if __name__ == "__main__":
    tap.main()

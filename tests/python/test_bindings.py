#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
# SPDX-FileCopyrightText: 2026 The Baogao authors

"""Baogao from Python through GObject Introspection: documents, the engine
with the built plugins, annotations and features as native values,
indicators, JSON, and analyzers written in Python."""

import json
import os
import pathlib
import sys
import tempfile
import unittest

import gi
gi.require_version("Baogao", "1")
from gi.repository import Baogao, Gio, GLib, GObject  # noqa: E402

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import tap  # noqa: E402

SAMPLE = (pathlib.Path(__file__).resolve().parents[2] / "examples" / "sample-report.txt")
PLUGINS = os.environ["BAOGAO_PLUGIN_PATH"]


def engine(*names):
    e = Baogao.Engine.new_with_search_path([PLUGINS])
    if names:
        e.select(list(names))
    return e


class Keywords(GObject.Object, Baogao.Analyzer):
    """Tags a keyword list inside the legislation sections."""

    def do_get_name(self):
        return "py-keywords"

    def do_get_version(self):
        return "1.0"

    def do_get_description(self):
        return "Tags 条例 inside sentences"

    def do_get_requires(self):
        return ["structure.sentence"]

    def do_get_provides(self):
        return ["py.keyword"]

    def do_analyze(self, document, layer, cancellable):
        text = document.get_text()
        for sentence in document.get_annotations("structure.sentence"):
            start = sentence.get_start()
            chunk = text[start:sentence.get_end()]
            at = chunk.find("条例")
            while at >= 0:
                h = layer.add("py.keyword", start + at, start + at + 2)
                layer.set_string(h, "keyword", "条例")
                layer.set_parent(h, sentence)
                at = chunk.find("条例", at + 2)
        return True


class Raising(GObject.Object, Baogao.Analyzer):
    def do_get_name(self):
        return "py-raising"

    def do_get_provides(self):
        return ["py.nothing"]

    def do_analyze(self, document, layer, cancellable):
        raise GLib.Error("the Python analyzer gave up")


class TestBindings(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.doc = Baogao.Document.new_from_file(str(SAMPLE), None)
        engine().analyze(cls.doc, None)

    def test_text_and_slices(self):
        text = self.doc.get_text()
        self.assertEqual(self.doc.get_length(), len(text))
        data = text.encode("utf-8")
        for a in self.doc.get_annotations(None):
            self.assertEqual(text[a.get_start():a.get_end()], a.dup_text())
            self.assertEqual(data[a.get_byte_start():a.get_byte_end()].decode("utf-8"), a.dup_text())

    def test_metadata(self):
        self.assertIn("常务委员会工作报告", self.doc.get_metadata("title"))
        self.assertRegex(self.doc.get_metadata("date") or "", r"^\d{4}-\d{2}-\d{2}$")
        self.assertIsInstance(self.doc.get_metadata_int("year_reported", 0), int)

    def test_features_are_native(self):
        quantities = self.doc.get_annotations("quantity")
        self.assertTrue(quantities)
        for q in quantities:
            ok, value = q.get_feature("value")
            self.assertTrue(ok)
            self.assertIsInstance(value, (int, float))
            self.assertIsInstance(q.get_string("unit"), str)

    def test_queries_by_span(self):
        sections = self.doc.get_annotations("structure.section")
        self.assertTrue(sections)
        first = sections[0]
        inside = self.doc.get_annotations_inside(first.get_start(), first.get_end(), "structure.sentence")
        self.assertTrue(inside)
        for s in inside:
            self.assertTrue(first.get_start() <= s.get_start() and s.get_end() <= first.get_end())
        covering = self.doc.get_annotations_at(inside[0].get_start(), "structure.section")
        self.assertEqual([c.get_id() for c in covering], [first.get_id()])

    def test_indicators(self):
        indicators = self.doc.get_indicators()
        self.assertTrue(indicators)
        for ind in indicators:
            self.assertIn(".", ind.get_key())
            self.assertTrue(ind.get_annotation().get_annotation_type().endswith(".tally"))
            # whose count, and over what time (None: the year reported)
            self.assertIn(ind.get_scope(), ("national", "provincial", "municipal", "county", "township", "all_levels", "npc_delegation"))
            self.assertIn(ind.get_period(), (None, "term", "multi_year"))
            # the value in its base unit (万人次 → 人次), for sums
            has, normalized, is_integer = ind.get_normalized()
            if has:
                self.assertTrue(ind.get_base_unit())
                # (10000 times the value for a unit written with 万)
                scale = 10000 if (ind.get_unit() or "").startswith("万") else 1
                self.assertAlmostEqual(normalized, ind.get_value() * scale)
            else:
                self.assertIsNone(ind.get_base_unit())

    def test_json(self):
        data, length = self.doc.to_json(Baogao.JsonFlags.PRETTY)
        parsed = json.loads(data)
        self.assertEqual(parsed["format"], "baogao-document/1")
        copy = Baogao.Document.new_from_json(data, -1)
        self.assertEqual(copy.to_json(Baogao.JsonFlags.PRETTY)[0], data)
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "out.json")
            self.doc.save_json(path, Baogao.JsonFlags.NONE)
            self.assertEqual(json.load(open(path, encoding="utf-8"))["text"], self.doc.get_text())

    def test_json_to_stream(self):
        stream = Gio.MemoryOutputStream.new_resizable()
        self.assertTrue(self.doc.write_json(stream, Baogao.JsonFlags.NONE, None))
        stream.close(None)
        written = stream.steal_as_bytes().get_data()
        self.assertEqual(written, self.doc.to_json(Baogao.JsonFlags.NONE)[0].encode("utf-8"))
        # a stream's errors are GErrors
        closed = Gio.MemoryOutputStream.new_resizable()
        closed.close(None)
        with self.assertRaises(GLib.Error) as cm:
            self.doc.write_json(closed, Baogao.JsonFlags.NONE, None)
        self.assertTrue(cm.exception.matches(Gio.io_error_quark(), Gio.IOErrorEnum.CLOSED))

    def test_json_to_callback(self):
        parts = []

        # (PyGObject passes the length of the part too)
        def take(data, *length):
            parts.append(bytes(data))
            return True

        self.assertTrue(self.doc.write_json_to_callback(Baogao.JsonFlags.NONE, take))
        self.assertEqual(b"".join(parts), self.doc.to_json(Baogao.JsonFlags.NONE)[0].encode("utf-8"))
        # a function that stops the writing
        self.assertFalse(self.doc.write_json_to_callback(Baogao.JsonFlags.NONE, lambda *part: False))

    def test_python_analyzer(self):
        e = engine("structure")
        e.add_analyzer(Keywords())
        e.add_analyzer(Raising())
        e.select(["py-keywords", "py-raising"])
        doc = Baogao.Document.new_from_file(str(SAMPLE), None)
        e.analyze(doc, None)

        marks = doc.get_annotations("py.keyword")
        self.assertTrue(marks)
        for m in marks:
            self.assertEqual(m.dup_text(), "条例")
            self.assertEqual(m.get_analyzer(), "py-keywords")
            self.assertEqual(m.get_parent().get_annotation_type(), "structure.sentence")

        status, message = doc.get_analyzer_status("py-raising")
        self.assertEqual(status, Baogao.RunStatus.FAILED)
        self.assertIn("gave up", message)
        self.assertEqual(doc.get_analyzer_status("structure")[0], Baogao.RunStatus.OK)

        parsed = json.loads(doc.to_json(Baogao.JsonFlags.NONE)[0])
        self.assertIn("py-keywords", {a["analyzer"] for a in parsed["annotations"]})

    def test_errors_are_gerrors(self):
        with self.assertRaises(GLib.Error) as cm:
            Baogao.Document.new("ok", -1).to_json  # noqa: B018 (attribute exists)
            Baogao.Document.new_from_json("{}", -1)
        self.assertTrue(cm.exception.matches(Baogao.error_quark(), Baogao.Error.INVALID_FORMAT))
        with self.assertRaises(GLib.Error) as cm:
            engine().select(["no-such-analyzer"])
        self.assertIn("no-such-analyzer", cm.exception.message)

    def test_plugins(self):
        infos = engine().get_plugins()
        names = {i.get_name() for i in infos}
        self.assertTrue({"structure", "quantity", "citation", "entity"} <= names)
        for i in infos:
            self.assertTrue(i.is_available())


if __name__ == "__main__":
    tap.main()

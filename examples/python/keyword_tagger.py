#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
# SPDX-FileCopyrightText: 2026 The Baogao authors

"""Tags a list of keywords in a report with an analyzer written in Python.

    keyword_tagger.py [--json] REPORT [KEYWORD...]

The analyzer, `keywords`, reads the sentences the `structure` plugin finds
and marks every occurrence of a keyword with a `keyword.match` annotation
(feature `keyword`, parent: its sentence). It runs in one engine with all
the C plugins, so the output holds both. Without KEYWORD the list is
营商环境, 黑土地 and 数字经济.

Prints a short table (keyword, count, where), or with --json the whole
annotated document.
"""

import re
import signal
import sys

import gi
gi.require_version("Baogao", "1")
from gi.repository import Baogao, GLib, GObject  # noqa: E402

DEFAULT_KEYWORDS = ["营商环境", "黑土地", "数字经济"]


class KeywordAnalyzer(GObject.Object, Baogao.Analyzer):
    """Marks the keywords of a list inside each sentence."""

    def __init__(self, keywords):
        super().__init__()
        self.keywords = list(dict.fromkeys(keywords))
        # One pattern for the whole list, longest keyword first so that a
        # keyword inside a longer one does not hide it.
        alternatives = sorted(self.keywords, key=len, reverse=True)
        self.pattern = re.compile("|".join(map(re.escape, alternatives)))

    # Analyzers added as objects describe themselves; a C plugin gets this
    # from its .plugin file instead.
    def do_get_name(self):
        return "keywords"

    def do_get_version(self):
        return "1.0.0"

    def do_get_description(self):
        return "Marks the keywords of a list in each sentence"

    def do_get_requires(self):
        return ["structure.sentence"]

    def do_get_provides(self):
        return ["keyword.match"]

    def do_analyze(self, document, layer, cancellable):
        text = document.get_text()
        for sentence in document.get_annotations("structure.sentence"):
            if cancellable is not None:
                cancellable.set_error_if_cancelled()  # raises GLib.Error
            start, end = sentence.get_start(), sentence.get_end()
            # Python string indices are code points, like Baogao offsets.
            for match in self.pattern.finditer(text, start, end):
                handle = layer.add("keyword.match", match.start(), match.end())
                layer.set_string(handle, "keyword", match.group())
                layer.set_parent(handle, sentence)
        return True


def print_table(document, keywords):
    matches = document.get_annotations("keyword.match")
    width = max(len(k) for k in keywords)
    for keyword in keywords:
        found = [m for m in matches if m.get_string("keyword") == keyword]
        print(f"{keyword}{'　' * (width - len(keyword))}  {len(found):4d}")
        for m in found:
            sentence = m.get_parent().dup_text()
            if len(sentence) > 40:
                sentence = sentence[:39] + "…"
            print(f"    @{m.get_start():<6d} {sentence}")


def main(argv):
    args = argv[1:]
    as_json = "--json" in args
    args = [a for a in args if a != "--json"]
    if not args or args[0] in ("-h", "--help"):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    path, keywords = args[0], args[1:] or DEFAULT_KEYWORDS

    engine = Baogao.Engine.new()
    tagger = KeywordAnalyzer(keywords)
    try:
        engine.add_analyzer(tagger)
        document = Baogao.Document.new_from_file(path, None)
        engine.analyze(document, None)
    except GLib.Error as e:
        print(e.message, file=sys.stderr)
        return 1

    status, message = document.get_analyzer_status("keywords")
    if status != Baogao.RunStatus.OK:
        print(f"the keywords analyzer did not run: {message}", file=sys.stderr)
        return 1

    if as_json:
        # Without timings, two runs give the same bytes.
        data, _length = document.to_json(Baogao.JsonFlags.PRETTY | Baogao.JsonFlags.NO_TIMINGS)
        print(data)
    else:
        print_table(document, tagger.keywords)
    return 0


if __name__ == "__main__":
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # quiet under | head
    sys.exit(main(sys.argv))

#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
# SPDX-FileCopyrightText: 2026 The Baogao authors

"""Summarises a folder of work reports into one CSV table of indicators.

    summarise.py FOLDER [OUTPUT.csv]

Every .txt, .htm and .html file under FOLDER is read (in any encoding Baogao
detects), analyzed with the installed plugins (and those of
BAOGAO_PLUGIN_PATH), and each indicator the report states becomes one row:

    document, region, year, key, value, unit, approx, scope, sentence

`sentence` is the sentence the count was found in. Without OUTPUT the table
goes to standard output. A file that cannot be read is reported and
skipped; the exit status is then 1.
"""

import csv
import os
import pathlib
import signal
import sys
import tempfile

import gi
gi.require_version("Baogao", "1")
from gi.repository import Baogao, GLib  # noqa: E402

COLUMNS = ["document", "region", "year", "key", "value", "unit", "approx",
           "scope", "sentence"]
SUFFIXES = {".txt", ".htm", ".html"}


def find_reports(folder):
    """The reports under folder, sorted by their path inside it."""
    return sorted((p for p in folder.rglob("*")
                   if p.is_file() and p.suffix.lower() in SUFFIXES),
                  key=lambda p: p.relative_to(folder).as_posix())


def sentence_of(document, annotation):
    """The text of the sentence an annotation lies in.

    The parents that analyzers set are tried first; a tally usually has a
    quantity as its parent, not a sentence, so the sentence covering the
    annotation's start comes next, then the annotation's own text."""
    parent = annotation
    while parent is not None:
        if parent.get_annotation_type() == "structure.sentence":
            return parent.dup_text()
        parent = parent.get_parent()
    covering = document.get_annotations_at(annotation.get_start(), "structure.sentence")
    if covering:
        return covering[0].dup_text()
    return annotation.dup_text()


def number(value):
    """31.0 as "31", 98.6 as "98.6"."""
    return str(int(value)) if value.is_integer() else repr(value)


def rows(engine, folder, path):
    document = Baogao.Document.new_from_file(str(path), None)
    engine.analyze(document, None)

    for name in document.dup_analyzer_names():
        status, message = document.get_analyzer_status(name)
        if status == Baogao.RunStatus.FAILED:
            print(f"{path}: analyzer {name} failed: {message}", file=sys.stderr)

    region = document.get_metadata("region") or ""
    year = document.get_metadata_int("year_reported", 0) or ""
    name = path.relative_to(folder).as_posix()
    for indicator in document.get_indicators():
        annotation = indicator.get_annotation()
        yield [name, region, year,
               indicator.get_key(),
               number(indicator.get_value()),
               indicator.get_unit() or "",
               indicator.get_approx() or "",
               indicator.get_scope() or "",
               sentence_of(document, annotation) if annotation else ""]


def summarise(folder, out):
    """Writes the table of every report under folder to out; returns the
    number of reports that could not be read."""
    engine = Baogao.Engine.new()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    failures = 0
    for path in find_reports(folder):
        try:
            writer.writerows(rows(engine, folder, path))
        except GLib.Error as e:
            # Reader errors name the file already.
            message = e.message if str(path) in e.message else f"{path}: {e.message}"
            print(message, file=sys.stderr)
            failures += 1
    return failures


def main(argv):
    if len(argv) not in (2, 3) or argv[1] in ("-h", "--help"):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    folder = pathlib.Path(argv[1])
    if not folder.is_dir():
        print(f"{folder}: not a folder", file=sys.stderr)
        return 2

    if len(argv) == 2:
        failures = summarise(folder, sys.stdout)
    else:
        # Written beside the target and renamed, so that an interrupted run
        # never leaves half a table behind.
        output = pathlib.Path(argv[2])
        fd, tmp = tempfile.mkstemp(dir=output.parent, prefix=f".{output.name}.")
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
                failures = summarise(folder, out)
            os.replace(tmp, output)
        except BaseException:
            os.unlink(tmp)
            raise
    return 1 if failures else 0


if __name__ == "__main__":
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # quiet under | head
    sys.exit(main(sys.argv))

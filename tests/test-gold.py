#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
# SPDX-FileCopyrightText: 2026 The Baogao authors

"""Scores the shipped analyzers on the hand-checked gold documents.

For every `*.gold.json` in BAOGAO_CORPUS_DIR, runs `baogao analyze` on the
report it names and hands the result to every scorer in tests/gold/
(`score_<name>.py`, each with `score(doc, gold)` returning
`(metric, value, bar)` tuples). Each metric with a bar is one TAP test
case that fails under it; figures without a bar (0) are printed as
comments. Without a corpus, the whole test is skipped.

Usage: test-gold.py BAOGAO-EXECUTABLE
"""

import importlib.util
import json
import os
import pathlib
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent


def load_scorers():
    scorers = []
    for path in sorted((HERE / "gold").glob("score_*.py")):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        scorers.append((path.stem[len("score_"):], module))
    return scorers


def main():
    baogao = sys.argv[1]
    corpus = os.environ.get("BAOGAO_CORPUS_DIR")
    golds = sorted(pathlib.Path(corpus).glob("*.gold.json")) if corpus else []

    if not golds:
        print("1..0 # SKIP no gold corpus (BAOGAO_CORPUS_DIR unset or empty)")
        return 0

    results = []
    info = []
    for gold_path in golds:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        report = gold_path.parent / gold["document"]
        run = subprocess.run([baogao, "analyze", "--format", "json", str(report)],
                             capture_output=True, text=True)
        if run.returncode != 0:
            results.append((f"{gold_path.stem}: baogao analyze", False,
                            f"exit {run.returncode}: {run.stderr.strip()}"))
            continue
        doc = json.loads(run.stdout)
        for name, module in load_scorers():
            try:
                metrics = module.score(doc, gold)
            except Exception as e:  # a scorer bug is a failure, not a crash
                results.append((f"{gold_path.stem}: {name}", False, f"scorer raised {e!r}"))
                continue
            for metric, value, bar in metrics:
                label = f"{gold_path.stem}: {name}.{metric} = {value:.3f}"
                if bar <= 0:
                    # A figure without a bar cannot fail: report it, do
                    # not count it as a test.
                    info.append(label)
                else:
                    results.append((f"{label} (bar {bar:.2f})", value >= bar, None))

    print(f"1..{len(results)}")
    for label in info:
        print(f"# {label} (informational)")
    for i, (label, ok, why) in enumerate(results, 1):
        print(f"{'ok' if ok else 'not ok'} {i} {label}")
        if why:
            print(f"# {why}")
    return 0 if all(ok for _, ok, _ in results) else 1


if __name__ == "__main__":
    sys.exit(main())

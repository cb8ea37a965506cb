#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
# SPDX-FileCopyrightText: 2026 The Baogao authors

"""Scores the `political` tallies against a gold file.

The gold's `tallies` of domain political (snippet, measure, value, unit,
approx) are paired with the document's `political.tally` annotations the way
score_tallies.py pairs all domains: an entry is found when an unused
tally of the domain overlaps the snippet's place in the text and states
the same number (as written, or normalized through its quantity).

Metrics (informational, bar 0.0 each; score_tallies.py holds the bar
for all domains together):
- political_tally_precision: found annotations / all `political.tally` annotations;
- political_tally_recall: found entries / all entries of the domain;
- political_tally_measure_accuracy: found entries whose `measure` is the
  gold's.

Run alone (prints what was missed, what is extra and wrong measures):
score_political.py DOCUMENT.json GOLD.json
"""

import importlib.util
import pathlib
import sys

DOMAIN = "political"


def _tallies_module():
    path = pathlib.Path(__file__).resolve().parent / "score_tallies.py"
    spec = importlib.util.spec_from_file_location("score_tallies_for_political", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score(doc, gold):
    return _tallies_module().metrics(doc, gold, domains=(DOMAIN,),
                                     prefix=DOMAIN + "_tally",
                                     bar=0.0, measure_bar=0.0)


if __name__ == "__main__":
    sys.exit(_tallies_module().main(sys.argv, domains=(DOMAIN,), scorer=score))

#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
# SPDX-FileCopyrightText: 2026 The Baogao authors

"""Scores the `entity` analyzer against a gold file.

The gold lists names, not offsets: `people` (each a `name` and the
`title` printed with it), `places` and `organizations` (strings, as
printed; its notes say which forms are folded together, e.g. 龙江 into
黑龙江省). Each distinct name counts once, however often it occurs.

- A person is found when an `entity.person` annotation's text is the name.
- A place is found when an `entity.place` annotation's text, or its
  `canonical` feature (the full official name the analyzer folds short
  forms into), is the gold string.
- An organization is found when an `entity.organization` annotation's
  text is the gold string.

Metrics:

- person_recall, place_recall, organization_recall: found / listed
  (bar 0.9 each);
- person_title_accuracy: found people one of whose annotations has the
  gold title as its `title` feature (informational, bar 0.0);
- person_precision, place_precision, organization_precision: distinct
  annotated names that the gold lists / distinct annotated names
  (informational, bar 0.0: the gold leaves out generic mentions such as
  省委 or 省人大常委会 that the analyzer rightly marks).
"""

import re

_SPACE = re.compile(r'\s+')


def _norm(s):
    return _SPACE.sub('', s or '')


def _annotations(doc, atype):
    text = doc.get('text', '')
    for a in doc.get('annotations', []):
        if a.get('type') != atype:
            continue
        t = a.get('text')
        if t is None and 'start' in a and 'end' in a:
            t = text[a['start']:a['end']]
        yield _norm(t), a.get('features') or {}


def _ratio(num, den):
    return num / den if den else 1.0


def score(doc, gold):
    results = []

    # People
    people = [p for p in gold.get('people', []) if isinstance(p, dict) and p.get('name')]
    found_titles = {}
    for t, f in _annotations(doc, 'entity.person'):
        found_titles.setdefault(t, set()).add(_norm(f.get('title')))
    gold_names = {_norm(p['name']) for p in people}
    found = [p for p in people if _norm(p['name']) in found_titles]
    titled = [p for p in found if _norm(p.get('title')) in found_titles[_norm(p['name'])]]
    results.append(('person_recall', _ratio(len(found), len(people)), 0.9))
    results.append(('person_title_accuracy', _ratio(len(titled), len(found)), 0.0))
    results.append(('person_precision',
                    _ratio(len(set(found_titles) & gold_names), len(found_titles)), 0.0))

    # Places
    places = [_norm(p) for p in gold.get('places', []) if isinstance(p, str)]
    gold_places = set(places)
    texts, canon = set(), set()
    predicted = set()
    for t, f in _annotations(doc, 'entity.place'):
        c = _norm(f.get('canonical'))
        texts.add(t)
        if c:
            canon.add(c)
        predicted.add((t, c))
    found = [p for p in places if p in texts or p in canon]
    good = {(t, c) for t, c in predicted if t in gold_places or c in gold_places}
    results.append(('place_recall', _ratio(len(found), len(places)), 0.9))
    results.append(('place_precision', _ratio(len(good), len(predicted)), 0.0))

    # Organizations
    orgs = [_norm(o) for o in gold.get('organizations', []) if isinstance(o, str)]
    gold_orgs = set(orgs)
    predicted = {t for t, _ in _annotations(doc, 'entity.organization')}
    found = [o for o in orgs if o in predicted]
    results.append(('organization_recall', _ratio(len(found), len(orgs)), 0.9))
    results.append(('organization_precision',
                    _ratio(len(predicted & gold_orgs), len(predicted)), 0.0))

    return results


if __name__ == '__main__':
    import json
    import sys

    if len(sys.argv) != 3:
        sys.exit('usage: score_entity.py DOCUMENT.json GOLD.json')
    with open(sys.argv[1], encoding='utf-8') as f:
        document = json.load(f)
    with open(sys.argv[2], encoding='utf-8') as f:
        gold_data = json.load(f)
    for name, value, bar in score(document, gold_data):
        print('%-26s %.3f  (bar %.2f) %s' % (name, value, bar, 'ok' if value >= bar else 'FAIL'))

#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
# SPDX-FileCopyrightText: 2026 The Baogao authors

"""Scores the `citation` analyzer against a gold file.

The gold has no list of citations of its own: every entry of its lists
whose snippet holds a 《 or 》 stands for one cited title (mostly the
`instruments`, which also give a `kind`). An entry is found when a
`citation` annotation sits exactly on its title in the text:

- a snippet with a whole title (`审议《…条例》`): the annotation spans
  that 《…》 and its `title` is the text inside (whitespace aside);
- a snippet with a closing 》 it does not open (the tail of a title cut by
  a page break, `贯彻落实《…》的实施意见》`): the annotation ends at that
  》 and its `title` is the entry's `name`, or ends with the snippet's
  text before the 》;
- a snippet with an opening 《 it does not close (the head of such a
  title): the annotation starts at that 《 and its title starts with the
  rest of the snippet.

Metrics:

- citation_recall: found entries / entries (bar 1.0);
- citation_kind_accuracy: entries with a gold `kind` whose annotation has
  the same kind (bar 0.9). Kinds are compared in the gold's vocabulary (the
  kinds its entries use): an analyzer kind the gold does not use (the
  gold has no `speech`, say) counts as `other`, and so does a gold kind
  the analyzer does not know. An entry not found counts as wrong.
"""

import re

ANALYZER_KINDS = {
    'law', 'regulation', 'decision', 'rules', 'plan', 'opinion', 'agreement',
    'publication', 'speech', 'other',
}

OPEN = '《〈'
CLOSE = '》〉'
_SPACE = re.compile(r'\s+')


def _norm(s):
    return _SPACE.sub('', s or '')


def _gold_entries(gold):
    """Yields (entry dict, snippet) for every gold entry with a 《 or 》."""
    for key, value in gold.items():
        if key in ('notes', 'metadata', 'document') or not isinstance(value, list):
            continue
        for entry in value:
            if isinstance(entry, dict):
                snippet = entry.get('snippet') or entry.get('name') or ''
            elif isinstance(entry, str):
                snippet, entry = entry, {}
            else:
                continue
            if any(c in snippet for c in OPEN + CLOSE):
                yield entry, snippet


def _shape(snippet, name):
    """What the snippet says about its title.

    Returns (mode, offset, length, expected) where mode is 'whole',
    'tail' or 'head'; offset and length delimit the title's brackets in the
    snippet (for 'tail' the closing bracket, for 'head' the opening one);
    expected is the title text (for 'tail' and 'head' the part shown)."""
    depth = 0
    opens = []
    whole = []
    for i, ch in enumerate(snippet):
        if ch in OPEN:
            opens.append(i)
        elif ch in CLOSE:
            if not opens:
                return 'tail', i, 1, snippet[:i]
            start = opens.pop()
            if not opens:
                whole.append((start, i + 1))
        depth = len(opens)
    if depth > 0:
        start = opens[0]
        return 'head', start, 1, snippet[start + 1:]
    if not whole:
        return None
    for start, end in whole:
        if name is not None and _norm(snippet[start + 1:end - 1]) == _norm(name):
            return 'whole', start, end - start, snippet[start + 1:end - 1]
    start, end = whole[0]
    return 'whole', start, end - start, snippet[start + 1:end - 1]


def _find_all(text, needle):
    at = text.find(needle)
    while at >= 0:
        yield at
        at = text.find(needle, at + 1)


def _match(text, by_start, by_end, entry, snippet):
    """The citation annotation that stands for the entry, or None."""
    shape = _shape(snippet, entry.get('name'))
    if shape is None:
        return None
    mode, offset, length, expected = shape
    name = entry.get('name')
    for at in _find_all(text, snippet):
        if mode == 'whole':
            start = at + offset
            for a in by_start.get(start, ()):
                if a['end'] == start + length and \
                        _norm(a.get('features', {}).get('title')) == _norm(expected):
                    return a
        elif mode == 'tail':
            end = at + offset + 1
            for a in by_end.get(end, ()):
                title = _norm(a.get('features', {}).get('title'))
                if (name and title == _norm(name)) or \
                        (not name and title.endswith(_norm(expected))):
                    return a
        else:
            start = at + offset
            for a in by_start.get(start, ()):
                title = _norm(a.get('features', {}).get('title'))
                if title.startswith(_norm(expected)) and \
                        (not name or title == _norm(name)):
                    return a
    return None


def score(doc, gold):
    text = doc.get('text', '')
    citations = [a for a in doc.get('annotations', []) if a.get('type') == 'citation']
    by_start, by_end = {}, {}
    for a in citations:
        by_start.setdefault(a['start'], []).append(a)
        by_end.setdefault(a['end'], []).append(a)

    vocabulary = set()
    for key, value in gold.items():
        if isinstance(value, list):
            for entry in value:
                if isinstance(entry, dict) and entry.get('kind'):
                    vocabulary.add(entry['kind'])

    def in_gold_terms(kind):
        return kind if kind in vocabulary else 'other'

    def in_analyzer_terms(kind):
        return kind if kind in ANALYZER_KINDS else 'other'

    seen = set()
    found = total = 0
    kinds_right = kinds_total = 0
    for entry, snippet in _gold_entries(gold):
        key = (snippet, entry.get('name'))
        if key in seen:
            continue
        seen.add(key)
        total += 1
        a = _match(text, by_start, by_end, entry, snippet)
        if a is not None:
            found += 1
        if entry.get('kind'):
            kinds_total += 1
            if a is not None:
                predicted = a.get('features', {}).get('kind')
                if in_gold_terms(predicted) == in_analyzer_terms(entry['kind']):
                    kinds_right += 1

    recall = found / total if total else 1.0
    accuracy = kinds_right / kinds_total if kinds_total else 1.0
    return [
        ('citation_recall', recall, 1.0),
        ('citation_kind_accuracy', accuracy, 0.9),
    ]


if __name__ == '__main__':
    import json
    import sys

    if len(sys.argv) != 3:
        sys.exit('usage: score_citation.py DOCUMENT.json GOLD.json')
    with open(sys.argv[1], encoding='utf-8') as f:
        document = json.load(f)
    with open(sys.argv[2], encoding='utf-8') as f:
        gold_doc = json.load(f)
    for metric, value, bar in score(document, gold_doc):
        print('%-24s %.3f  (bar %.2f) %s' % (metric, value, bar, 'ok' if value >= bar else 'FAIL'))

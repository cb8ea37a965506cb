#!/usr/bin/env -S gjs -m
// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The Baogao authors

// Tags a list of keywords in a report with an analyzer written in JavaScript.
//
//     keyword-tagger.js [--json] REPORT [KEYWORD...]
//
// The analyzer, `keywords`, reads the sentences the `structure` plugin finds
// and marks every occurrence of a keyword with a `keyword.match` annotation
// (feature `keyword`, parent: its sentence). It runs in one engine with all
// the C plugins, so the output holds both. Without KEYWORD the list is
// 营商环境, 黑土地 and 数字经济.
//
// Prints a short table (keyword, count, where), or with --json the whole
// annotated document: the same output as ../python/keyword_tagger.py.

import Baogao from 'gi://Baogao?version=1';
import GLib from 'gi://GLib';
import GObject from 'gi://GObject';
import System from 'system';

const DEFAULT_KEYWORDS = ['营商环境', '黑土地', '数字经济'];

// Baogao offsets count code points; JavaScript strings count UTF-16 units,
// so lengths and slices of Chinese text with rare characters need this.
const codePoints = s => [...s].length;

const KeywordAnalyzer = GObject.registerClass({
    Implements: [Baogao.Analyzer],
}, class KeywordAnalyzer extends GObject.Object {
    _init(keywords) {
        super._init();
        this.keywords = [...new Set(keywords)];
        // One pattern for the whole list, longest keyword first so that a
        // keyword inside a longer one does not hide it.
        const alternatives = [...this.keywords]
            .sort((a, b) => codePoints(b) - codePoints(a))
            .map(k => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
        this.pattern = new RegExp(alternatives.join('|'), 'gu');
    }

    // Analyzers added as objects describe themselves; a C plugin gets this
    // from its .plugin file instead.
    vfunc_get_name() {
        return 'keywords';
    }

    vfunc_get_version() {
        return '1.0.0';
    }

    vfunc_get_description() {
        return 'Marks the keywords of a list in each sentence';
    }

    vfunc_get_requires() {
        return ['structure.sentence'];
    }

    vfunc_get_provides() {
        return ['keyword.match'];
    }

    vfunc_analyze(document, layer, cancellable) {
        for (const sentence of document.get_annotations('structure.sentence')) {
            cancellable?.set_error_if_cancelled();
            const text = sentence.dup_text();
            // Walk the matches in order, counting code points as we go.
            let at = sentence.get_start(), last = 0;
            for (const match of text.matchAll(this.pattern)) {
                at += codePoints(text.slice(last, match.index));
                last = match.index;
                const handle = layer.add('keyword.match', at, at + codePoints(match[0]));
                layer.set_string(handle, 'keyword', match[0]);
                layer.set_parent(handle, sentence);
            }
        }
        return true;
    }
});

function printTable(document, keywords) {
    const matches = document.get_annotations('keyword.match');
    const width = Math.max(...keywords.map(codePoints));
    for (const keyword of keywords) {
        const found = matches.filter(m => m.get_string('keyword') === keyword);
        const padding = '　'.repeat(width - codePoints(keyword));
        print(`${keyword}${padding}  ${String(found.length).padStart(4)}`);
        for (const m of found) {
            let sentence = [...m.get_parent().dup_text()];
            if (sentence.length > 40)
                sentence = [...sentence.slice(0, 39), '…'];
            print(`    @${String(m.get_start()).padEnd(6)} ${sentence.join('')}`);
        }
    }
}

function main(argv) {
    const asJson = argv.includes('--json');
    const args = argv.filter(a => a !== '--json');
    if (args.length === 0 || args[0] === '-h' || args[0] === '--help') {
        printerr('usage: keyword-tagger.js [--json] REPORT [KEYWORD...]');
        return 2;
    }
    const [path, ...rest] = args;
    const keywords = rest.length > 0 ? rest : DEFAULT_KEYWORDS;

    const engine = Baogao.Engine.new();
    const tagger = new KeywordAnalyzer(keywords);
    let document;
    try {
        engine.add_analyzer(tagger);
        document = Baogao.Document.new_from_file(path, null);
        engine.analyze(document, null);
    } catch (e) {
        if (!(e instanceof GLib.Error))
            throw e;
        printerr(e.message);
        return 1;
    }

    const [status, message] = document.get_analyzer_status('keywords');
    if (status !== Baogao.RunStatus.OK) {
        printerr(`the keywords analyzer did not run: ${message}`);
        return 1;
    }

    if (asJson) {
        // Without timings, two runs give the same bytes.
        const [json] = document.to_json(Baogao.JsonFlags.PRETTY | Baogao.JsonFlags.NO_TIMINGS);
        print(json);
    } else {
        printTable(document, tagger.keywords);
    }
    return 0;
}

System.exit(main(ARGV));

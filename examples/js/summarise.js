#!/usr/bin/env -S gjs -m
// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The Baogao authors

// Summarises a folder of work reports into one CSV table of indicators.
//
//     summarise.js FOLDER [OUTPUT.csv]
//
// Every .txt, .htm and .html file under FOLDER is read (in any encoding
// Baogao detects), analyzed with the installed plugins (and those of
// BAOGAO_PLUGIN_PATH), and each indicator the report states becomes one row:
//
//     document, region, year, key, value, unit, approx, scope, sentence
//
// `sentence` is the sentence the count was found in. Without OUTPUT the
// table goes to standard output. A file that cannot be read is reported and
// skipped; the exit status is then 1. The output is the same as that of
// ../python/summarise.py.

import Baogao from 'gi://Baogao?version=1';
import Gio from 'gi://Gio';
import GLib from 'gi://GLib';
import System from 'system';

const COLUMNS = ['document', 'region', 'year', 'key', 'value', 'unit', 'approx',
    'scope', 'sentence'];
const SUFFIXES = ['.txt', '.htm', '.html'];

// The reports under folder (a Gio.File), as relative paths in a stable order.
function findReports(folder, prefix = '') {
    const found = [];
    const children = folder.enumerate_children('standard::name,standard::type',
        Gio.FileQueryInfoFlags.NONE, null);
    for (let info; (info = children.next_file(null)) !== null;) {
        const name = info.get_name();
        if (info.get_file_type() === Gio.FileType.DIRECTORY)
            found.push(...findReports(folder.get_child(name), `${prefix}${name}/`));
        else if (SUFFIXES.some(s => name.toLowerCase().endsWith(s)))
            found.push(`${prefix}${name}`);
    }
    children.close(null);
    // Sorted by code point, as Python sorts paths.
    return found.sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
}

// The text of the sentence an annotation lies in: a structure.sentence
// among its parents, else the sentence covering its start, else its own
// text (a tally's parent is usually a quantity, not a sentence).
function sentenceOf(document, annotation) {
    for (let a = annotation; a !== null; a = a.get_parent()) {
        if (a.get_annotation_type() === 'structure.sentence')
            return a.dup_text();
    }
    const covering = document.get_annotations_at(annotation.get_start(), 'structure.sentence');
    return covering.length > 0 ? covering[0].dup_text() : annotation.dup_text();
}

// A CSV field, quoted only when it has to be.
function csvField(value) {
    const s = String(value);
    return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

function rows(engine, folder, name) {
    const document = Baogao.Document.new_from_file(folder.get_child(name).get_path(), null);
    engine.analyze(document, null);

    for (const analyzer of document.dup_analyzer_names()) {
        const [status, message] = document.get_analyzer_status(analyzer);
        if (status === Baogao.RunStatus.FAILED)
            printerr(`${name}: analyzer ${analyzer} failed: ${message}`);
    }

    const region = document.get_metadata('region') ?? '';
    const year = document.get_metadata_int('year_reported', 0) || '';
    return document.get_indicators().map(indicator => {
        const annotation = indicator.get_annotation();
        return [name, region, year,
            indicator.get_key(),
            indicator.get_value(),
            indicator.get_unit() ?? '',
            indicator.get_approx() ?? '',
            indicator.get_scope() ?? '',
            annotation ? sentenceOf(document, annotation) : ''];
    });
}

function main(args) {
    if (args.length < 1 || args.length > 2 || args[0] === '-h' || args[0] === '--help') {
        printerr('usage: summarise.js FOLDER [OUTPUT.csv]');
        return 2;
    }
    const folder = Gio.File.new_for_commandline_arg(args[0]);
    if (folder.query_file_type(Gio.FileQueryInfoFlags.NONE, null) !== Gio.FileType.DIRECTORY) {
        printerr(`${args[0]}: not a folder`);
        return 2;
    }

    const engine = Baogao.Engine.new();
    const lines = [COLUMNS.join(',')];
    let failures = 0;
    for (const name of findReports(folder)) {
        try {
            for (const row of rows(engine, folder, name))
                lines.push(row.map(csvField).join(','));
        } catch (e) {
            if (!(e instanceof GLib.Error))
                throw e;
            printerr(e.message);
            failures++;
        }
    }
    const csv = `${lines.join('\n')}\n`;

    if (args.length === 1) {
        print(csv.slice(0, -1));
    } else {
        // replace_contents writes a temporary file and renames it, so that
        // an interrupted run never leaves half a table behind.
        Gio.File.new_for_commandline_arg(args[1]).replace_contents(
            new TextEncoder().encode(csv), null, false,
            Gio.FileCreateFlags.REPLACE_DESTINATION, null);
    }
    return failures > 0 ? 1 : 0;
}

System.exit(main(ARGV));

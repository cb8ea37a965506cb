// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The Baogao authors

// Baogao from gjs: run the engine with the built plugins, read annotations,
// features and indicators, and add an analyzer written in JavaScript.
// Prints TAP. Offsets are code points: index [...text], not text itself,
// since JavaScript strings count UTF-16 units.

imports.gi.versions.Baogao = '1';
const {Baogao, GLib, GObject} = imports.gi;
const System = imports.system;

const tests = [];
const test = (name, fn) => tests.push([name, fn]);
const assert = (cond, what) => {
    if (!cond)
        throw new Error(`assertion failed: ${what}`);
};

const srcdir = GLib.path_get_dirname(GLib.path_get_dirname(GLib.path_get_dirname(
    Gio_file_path())));
function Gio_file_path() {
    return imports.gi.Gio.File.new_for_path(System.programPath ?? System.programInvocationName).get_path();
}
const samplePath = GLib.build_filenamev([srcdir, 'examples', 'sample-report.txt']);
const pluginPath = GLib.getenv('BAOGAO_PLUGIN_PATH');

const Sections = GObject.registerClass({
    Implements: [Baogao.Analyzer],
}, class Sections extends GObject.Object {
    vfunc_get_name() { return 'js-sections'; }
    vfunc_get_version() { return '1.0'; }
    vfunc_get_description() { return 'Marks the first character of each section'; }
    vfunc_get_requires() { return ['structure.section']; }
    vfunc_get_provides() { return ['js.mark']; }
    vfunc_analyze(document, layer, _cancellable) {
        for (const section of document.get_annotations('structure.section')) {
            const h = layer.add('js.mark', section.get_start(), section.get_start() + 1);
            layer.set_string(h, 'heading', section.get_string('heading') ?? '');
            layer.set_parent(h, section);
        }
        return true;
    }
});

const Failing = GObject.registerClass({
    Implements: [Baogao.Analyzer],
}, class Failing extends GObject.Object {
    vfunc_get_name() { return 'js-failing'; }
    vfunc_get_provides() { return ['js.nothing']; }
    vfunc_analyze() {
        throw new GLib.Error(Baogao.error_quark(), Baogao.Error.FAILED, 'the JavaScript analyzer gave up');
    }
});

function analyzed(extra = []) {
    const engine = Baogao.Engine.new_with_search_path([pluginPath]);
    for (const a of extra)
        engine.add_analyzer(a);
    const doc = Baogao.Document.new_from_file(samplePath, null);
    engine.analyze(doc, null);
    return doc;
}

const doc = analyzed();

test('slices agree with code points', () => {
    const chars = [...doc.get_text()];
    assert(chars.length === doc.get_length(), 'length in code points');
    for (const a of doc.get_annotations(null))
        assert(chars.slice(a.get_start(), a.get_end()).join('') === a.dup_text(), `slice of ${a.get_id()}`);
});

test('features are native values', () => {
    const quantities = doc.get_annotations('quantity');
    assert(quantities.length > 0, 'quantities found');
    for (const q of quantities) {
        const [ok, value] = q.get_feature('value');
        assert(ok && typeof value === 'number', 'numeric value');
        assert(typeof q.get_string('unit') === 'string', 'unit');
    }
});

test('metadata and indicators', () => {
    assert(doc.get_metadata('title').includes('工作报告'), 'title');
    for (const ind of doc.get_indicators()) {
        assert(ind.get_key().includes('.') && ind.get_annotation() !== null, 'indicator');
        const [has, normalized] = ind.get_normalized();
        assert(has ? normalized >= ind.get_value() && ind.get_base_unit() !== null
                   : ind.get_base_unit() === null, 'normalized');
    }
});

test('json round trip', () => {
    const [json] = doc.to_json(Baogao.JsonFlags.NONE);
    const parsed = JSON.parse(json);
    assert(parsed.format === 'baogao-document/1', 'format');
    const copy = Baogao.Document.new_from_json(json, -1);
    assert(copy.to_json(Baogao.JsonFlags.NONE)[0] === json, 'same bytes');
});

test('analyzer written in JavaScript', () => {
    const d = analyzed([new Sections(), new Failing()]);
    const marks = d.get_annotations('js.mark');
    assert(marks.length === d.get_annotations('structure.section').length, 'one mark per section');
    assert(marks.every(m => m.get_analyzer() === 'js-sections'), 'provenance');
    const [status, message] = d.get_analyzer_status('js-failing');
    assert(status === Baogao.RunStatus.FAILED, 'failure recorded');
    assert(message.includes('gave up'), `message: ${message}`);
    assert(d.get_analyzer_status('structure')[0] === Baogao.RunStatus.OK, 'others ran');
});

print(`1..${tests.length}`);
let failed = 0;
tests.forEach(([name, fn], i) => {
    try {
        fn();
        print(`ok ${i + 1} ${name}`);
    } catch (e) {
        failed++;
        print(`not ok ${i + 1} ${name}`);
        for (const line of `${e}\n${e.stack ?? ''}`.split('\n'))
            print(`# ${line}`);
    }
});
System.exit(failed ? 1 : 0);

#!/bin/bash
# SPDX-License-Identifier: LGPL-2.1-or-later
# SPDX-FileCopyrightText: 2026 The Baogao authors
#
# usage: test-hello-example.sh BUILDDIR SRCDIR
#
# Installs Baogao from BUILDDIR into a scratch DESTDIR, builds the
# out-of-tree example plugin (SRCDIR/examples/hello-analyzer) against that
# install with pkg-config, and runs the uninstalled `baogao analyze` with
# BAOGAO_PLUGIN_PATH pointing at the example's build dir. Prints TAP.
#
# The installed baogao-1.pc says prefix=/usr/local, not the DESTDIR. What
# works with meson 1.0.1 and Debian's pkgconf 1.8.1 is a copy of the .pc with
# the DESTDIR put in front of its prefix (every other path in it is relative
# to ${prefix}), found through PKG_CONFIG_PATH. Tried and rejected:
# - PKG_CONFIG_SYSROOT_DIR=<destdir> prepends the destdir to GLib's paths as
#   well (-I<destdir>/usr/include/glib-2.0: no glib.h);
# - pkg-config --define-variable=prefix=... redefines GLib's prefix too, and
#   meson's dependency() cannot pass it anyway;
# - pkg-config --define-prefix derives the prefix from the .pc's location and
#   gets a multiarch libdir (lib/x86_64-linux-gnu/pkgconfig) wrong.

set -uo pipefail

echo "1..1"

if [ $# -ne 2 ]; then
  echo "not ok 1 - usage: $0 BUILDDIR SRCDIR"
  exit 1
fi

build=$(realpath "$1")
src=$(realpath "$2")
tmp=$(mktemp -d "${TMPDIR:-/tmp}/baogao-hello.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
log=$tmp/log
: >"$log"

fail ()
{
  echo "not ok 1 - out-of-tree example plugin: $*"
  sed 's/^/# /' "$log"
  exit 1
}

run ()
{
  echo "\$ $*" >>"$log"
  "$@" >>"$log" 2>&1
}

run meson install -C "$build" --destdir "$tmp/dest" --no-rebuild \
  || fail "meson install --destdir failed"

pcfile=$(find "$tmp/dest" -name baogao-1.pc -print -quit)
[ -n "$pcfile" ] || fail "no baogao-1.pc was installed"

mkdir -p "$tmp/pkgconfig"
sed "s|^prefix=|prefix=$tmp/dest|" "$pcfile" >"$tmp/pkgconfig/baogao-1.pc"
grep -q "^prefix=$tmp/dest/" "$tmp/pkgconfig/baogao-1.pc" \
  || fail "baogao-1.pc has no absolute prefix= line to relocate"
export PKG_CONFIG_PATH=$tmp/pkgconfig

run meson setup "$tmp/hello-build" "$src/examples/hello-analyzer" -Dwerror=true \
  || fail "meson setup of the example failed"
run meson compile -C "$tmp/hello-build" \
  || fail "meson compile of the example failed"

unset PKG_CONFIG_PATH

for f in hello.so hello.plugin; do
  [ -f "$tmp/hello-build/$f" ] || fail "the example's build dir has no $f"
done
grep -qx 'Abi=[0-9][0-9]*' "$tmp/hello-build/hello.plugin" \
  || fail "hello.plugin has no numeric Abi (from pkg-config's plugin_abi)"

printf '各位代表：\n现在，我代表常务委员会向大会报告工作，请各位代表审议。你好你好。\n' \
  >"$tmp/input.txt"

BAOGAO_PLUGIN_PATH="$tmp/hello-build" run "$build/tools/baogao" analyze \
  --analyzers hello --format json --output "$tmp/out.json" "$tmp/input.txt" \
  || fail "baogao analyze with the example plugin failed"

run /usr/bin/python3 - "$tmp/out.json" <<'PY' || fail "the output lacks the expected hello.greeting annotations"
import json, sys

doc = json.load(open(sys.argv[1], encoding='utf-8'))
text = doc['text']
runs = {a['name']: a for a in doc.get('analyzers', [])}
assert runs.get('hello', {}).get('status') == 'ok', doc.get('analyzers')

found = [a for a in doc['annotations'] if a['type'] == 'hello.greeting']
expected = text.count('你好') + text.count('各位代表')
assert expected >= 4, (expected, text)
assert len(found) == expected, (len(found), expected)
for a in found:
    span = text[a['start']:a['end']]
    assert span in ('你好', '各位代表'), a
    assert a.get('text', span) == span, a
    assert a['features']['greeting'] == span, a
    assert a['analyzer'] == 'hello', a
    raw = text.encode('utf-8')[a['byte_start']:a['byte_end']].decode('utf-8')
    assert raw == span, (raw, a)
print('%d hello.greeting annotations' % len(found))
PY

echo "ok 1 - out-of-tree example plugin builds against the installed baogao-1 and runs"

#!/bin/bash
# SPDX-License-Identifier: LGPL-2.1-or-later
# SPDX-FileCopyrightText: 2026 The Baogao authors
#
# From a fresh Debian 12 checkout to a first analysis: installs the missing
# build dependencies (with sudo when not root), builds Baogao in ./build and
# analyzes the sample report with the uninstalled `baogao` tool.

set -euo pipefail

cd "$(dirname "$0")"

# shellcheck source=.ci/packages.sh
. .ci/packages.sh
baogao_install_packages

if [ ! -f build/build.ninja ]; then
  meson setup build
fi
meson compile -C build

# `meson devenv` puts the uninstalled tool, library and plugins on the paths;
# --workdir keeps relative file names working.
meson devenv -C build --workdir "$PWD" \
  baogao analyze --format text examples/sample-report.txt

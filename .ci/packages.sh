# shellcheck shell=bash
# SPDX-License-Identifier: LGPL-2.1-or-later
# SPDX-FileCopyrightText: 2026 The Baogao authors
#
# Sourced by .ci/run and quickstart.sh: the Debian packages Baogao needs to
# build and test, and a helper that installs the missing ones.

BAOGAO_DEB_PACKAGES=(
  meson
  ninja-build
  pkg-config
  gcc
  libglib2.0-dev
  libjson-glib-dev
  libltdl-dev
  libpcre2-dev
  libxml2-dev
  gobject-introspection
  libgirepository1.0-dev
  python3-gi
  gjs
  gi-docgen
  valgrind
)

# Prints the packages of BAOGAO_DEB_PACKAGES that are not installed.
baogao_missing_packages ()
{
  local pkg status
  for pkg in "${BAOGAO_DEB_PACKAGES[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    if [[ "$status" != *"install ok installed"* ]]; then
      printf '%s\n' "$pkg"
    fi
  done
}

# Installs the missing packages with apt-get; does nothing (and needs no
# network) when everything is present already.
baogao_install_packages ()
{
  local -a missing sudo=()

  if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "packages: not a Debian system; install these by hand: ${BAOGAO_DEB_PACKAGES[*]}" >&2
    return 0
  fi

  mapfile -t missing < <(baogao_missing_packages)
  if [ "${#missing[@]}" -eq 0 ]; then
    echo "packages: all ${#BAOGAO_DEB_PACKAGES[@]} build dependencies are installed"
    return 0
  fi

  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
      sudo=(sudo)
    else
      echo "packages: missing ${missing[*]}, and not root (no sudo either)" >&2
      return 1
    fi
  fi

  echo "packages: installing ${missing[*]}"
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -q --no-install-recommends "${missing[@]}"
}

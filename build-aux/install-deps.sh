#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs every Debian package the build, the app and the test suite need.
set -euo pipefail

packages=(
  build-essential meson ninja-build pkg-config gettext
  libglib2.0-dev libglib2.0-bin libgtk-4-dev libadwaita-1-dev
  libsqlite3-dev libjson-glib-dev libxml2-dev libzip-dev libxlsxwriter-dev
  libcairo2-dev libpango1.0-dev libpoppler-glib-dev
  xvfb xauth dbus dbus-x11 poppler-utils imagemagick
  desktop-file-utils appstream python3 python3-openpyxl
  fonts-cantarell fonts-dejavu-core
)
# Re-saving filled rekentools with other spreadsheet programs (round-trip tests);
# large, so a developer can skip them with OVERLEGTAFEL_SKIP_OFFICE=1.
if [ "${OVERLEGTAFEL_SKIP_OFFICE:-0}" != 1 ]; then
  packages+=(libreoffice-calc-nogui gnumeric)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# One command from a fresh checkout to the running app: dependencies, build, start.
set -euo pipefail
cd "$(dirname "$0")/.."
bash build-aux/install-deps.sh
[ -d _build ] || meson setup _build
meson compile -C _build
# Run from the build tree: the schema and resources are found there.
export GSETTINGS_SCHEMA_DIR="$PWD/_build/data"
exec ./_build/src/app/overlegtafel "$@"

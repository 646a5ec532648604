#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# One command from a fresh checkout to the whole test suite: dependencies, a plain build
# and an AddressSanitizer/UBSan build, each running every test (UI tests under Xvfb).
set -euo pipefail
cd "$(dirname "$0")/.."
bash build-aux/install-deps.sh

jobs=$(nproc)
run_suite() {
  local dir=$1; shift
  [ -d "$dir" ] || meson setup "$dir" "$@"
  meson compile -C "$dir" -j "$jobs"
  # UI tests need a display and a session bus; one Xvfb serves the whole run.
  xvfb-run -a -s "-screen 0 1280x1024x24" dbus-run-session -- \
    meson test -C "$dir" --print-errorlogs --num-processes "$jobs" --timeout-multiplier 4
}

echo "== plain build =="
run_suite _build
echo "== sanitizer build (address, undefined) =="
run_suite _build-asan -Db_sanitize=address,undefined -Db_lundef=false -Dbuildtype=debug

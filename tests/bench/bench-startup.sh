#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Time from starting the app to its first painted frame, on the demo database and on a
# ten-year database, under Xvfb. Usage: tests/bench/bench-startup.sh BUILD_DIR [RUNS]
set -euo pipefail

# Inside the X server: start the app RUNS times on one database and print the median.
if [ "${1:-}" = --inner ]; then
  app=$2 db=$3 runs=$4 times=()
  # The first start on a new file loads the demo data; it is not counted.
  dbus-run-session -- "$app" --db "$db" > /dev/null 2>&1
  for _ in $(seq "$runs"); do
    start=$(date +%s%6N)
    end=$(dbus-run-session -- "$app" --db "$db" 2>&1 >/dev/null | sed -n 's/^first-frame //p' | head -n1)
    times+=($(( (end - start) / 1000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n |
    awk '{a[NR]=$1} END {printf "median %d ms (min %d, max %d, %d runs)\n", a[int((NR+1)/2)], a[1], a[NR], NR}'
  exit 0
fi

build=$(realpath "${1:?usage: bench-startup.sh BUILD_DIR [RUNS]}")
runs=${2:-7}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
app="$build/src/app/overlegtafel"
bench_store="$build/tests/bench/bench-store"
[ -x "$bench_store" ] || { echo "configure $build with -Dbench=true first" >&2; exit 1; }
"$bench_store" "$work/ten-years.db" > /dev/null

export GSETTINGS_SCHEMA_DIR="$build/data" GSETTINGS_BACKEND=memory GSK_RENDERER=cairo \
       LANGUAGE=nl NO_AT_BRIDGE=1 GDK_DEBUG=no-portals OVERLEGTAFEL_FIRST_FRAME=quit
self=$(realpath "$0")
for db in demo ten-years; do
  printf 'first frame, %-10s database: ' "$db"
  xvfb-run -a -s '-screen 0 1280x900x24' bash "$self" --inner "$app" "$work/$db.db" "$runs"
done

#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# bench-export.sh BUILD_DIR: the minutes PDF export of the longest sample (002, the demo
# marktconsultatie) against LibreOffice converting the same text to PDF, whole processes,
# with wall time and peak memory from /usr/bin/time -v. Target: at least 20x faster than
# soffice, peak memory under 60 MiB.
set -eu

build=${1:?usage: bench-export.sh BUILD_DIR}
cli="$build/src/cli/overlegtafel-cli"
shared=${OT_SHARED_DIR:-$(dirname "$0")/../../../shared}
sample=$(ls "$shared"/samples/minutes/002_*.txt)
runs=${RUNS:-10}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Mean wall time and mean CPU time (user + system) of $runs runs of a command, in seconds with
# millisecond resolution (/usr/bin/time alone rounds to 10 ms), and the peak RSS (KiB) of one
# run. CPU time says more than wall time on a machine shared with other builds.
measure () {
  /usr/bin/time -f "%M" -o "$tmp/rss" "$@" > /dev/null 2>&1
  start=$(date +%s%N)
  /usr/bin/time -f "%U %S" -o "$tmp/cpu" sh -c '
    n=$1; shift; i=0
    while [ "$i" -lt "$n" ]; do "$@" > /dev/null 2>&1; i=$((i + 1)); done' sh "$runs" "$@"
  end=$(date +%s%N)
  awk -v s="$start" -v e="$end" -v n="$runs" -v rss="$(cat "$tmp/rss")" '
    { printf "%.3f %.3f %d\n", (e - s) / 1e9 / n, ($1 + $2) / n, rss }' "$tmp/cpu"
}

"$cli" --db "$tmp/demo.db" demo > /dev/null
meeting=$("$cli" --db "$tmp/demo.db" meetings list | awk '/^ *[0-9]+ / { id = $1 } /Marktconsultatie/ && id { print id; exit }')
[ -n "$meeting" ] || { echo "no marktconsultatie meeting in the demo data" >&2; exit 1; }

if [ -x "$build/tests/bench/bench-export" ]; then
  "$build/tests/bench/bench-export" 20
fi

set -- $(measure "$cli" --db "$tmp/demo.db" export --meeting "$meeting" --format pdf --force -o "$tmp/minutes.pdf")
ours=$1 ours_cpu=$2 ours_kib=$3
echo "overlegtafel-cli export (whole process): ${ours} s wall, ${ours_cpu} s CPU, peak ${ours_kib} KiB"

if command -v soffice > /dev/null; then
  profile="file://$tmp/lo-profile"
  cp "$sample" "$tmp/002.txt"
  # The first run creates the profile; it is not counted.
  soffice -env:UserInstallation="$profile" --headless --convert-to pdf --outdir "$tmp" "$tmp/002.txt" > /dev/null 2>&1 || true
  set -- $(measure soffice -env:UserInstallation="$profile" --headless --convert-to pdf --outdir "$tmp" "$tmp/002.txt")
  lo=$1 lo_cpu=$2 lo_kib=$3
  echo "soffice --headless --convert-to pdf (same text): ${lo} s wall, ${lo_cpu} s CPU, peak ${lo_kib} KiB"
  awk -v a="$lo" -v b="$ours" -v c="$lo_cpu" -v d="$ours_cpu" 'BEGIN {
    if (b > 0) printf "speed-up, wall time: %.1fx (target 20x)\n", a / b
    if (d > 0) printf "speed-up, CPU time: %.1fx\n", c / d
  }'
else
  echo "soffice not installed: no comparison"
fi
awk -v k="$ours_kib" 'BEGIN { printf "peak memory: %.1f MiB (target < 60 MiB)\n", k / 1024 }'

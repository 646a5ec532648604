#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# bench-rekentool.sh BUILD_DIR: one filled rekentool (about 35 KB) read by us, by Gnumeric's
# ssconvert (to CSV) and by openpyxl; 100 filled files in one batch; peak memory of the batch.
# The build needs -Dbench=true. Prints the figures.
set -eu
build=$(cd "${1:?usage: bench-rekentool.sh BUILD_DIR}" && pwd)
src=$(cd "$(dirname "$0")/../.." && pwd)
cli="$build/src/cli/overlegtafel-cli"
bench="$build/tests/bench/bench-rekentool"
py=/usr/bin/python3
[ -x "$py" ] || py=python3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="$work/bench.db"

# Nine products make a filled file of about 35 KB.
products="ho=HO,hoplus=HO+,bgi=Begeleiding individueel,bgg=Begeleiding groep,kv=Kortdurend verblijf"
products="$products,bw=Beschermd wonen,dbc=Dagbesteding,ps=Persoonlijke verzorging,cr=Cliëntondersteuning"
"$cli" --db "$db" consultation create --title "Benchmark" --products "$products" >/dev/null
"$cli" --db "$db" template --consultation 1 -o "$work/template.xlsx"

"$py" - "$work" <<'PY'
import sys, openpyxl
work = sys.argv[1]
wb = openpyxl.load_workbook(work + "/template.xlsx")
cells = {}
for dn in wb.defined_names.definedName:
    for sheet, coord in dn.destinations:
        cells[dn.name] = wb[sheet][coord.replace("$", "")]
products = ["ho", "hoplus", "bgi", "bgg", "kv", "bw", "dbc", "ps", "cr"]
for i in range(100):
    cells["ovt_aanbieder_naam"].value = "Aanbieder %03d" % i
    cells["ovt_cao"].value = "VVT"
    cells["ovt_fte_uitvoerend"].value = 10 + i
    for step in range(16):
        cells["ovt_periodiek_trede_%d" % step].value = (i + step) % 5
    for n, p in enumerate(products):
        v = lambda k, x: cells.__getitem__("ovt_%s_%s" % (p, k)).__setattr__("value", x)
        v("functieschaal", "FWG 35"); v("bruto_uurloon", 22 + n + i / 100); v("vakantiegeld_pct", 8)
        v("eindejaarsuitkering_pct", 0.0833); v("ort_pct", "5%"); v("werkgeverslasten_pct", 0.25)
        v("overige_personeelskosten_per_uur", 1.2); v("verlof_pct", 0.1); v("ziekteverzuim_pct", "6,5")
        v("scholing_pct", 0.02); v("overleg_pct", 0.04); v("reistijd_pct", 0.03)
        v("materiele_kosten_per_uur", 1.5); v("reiskosten_per_uur", 2); v("overhead_pct", 0.14)
        v("risico_opslag_pct", 0.02); v("kostprijs_per_uur", 60 + n); v("tarief_huidig", 58)
        v("uren_per_jaar", 1000 * (i + 1))
    wb.save("%s/filled-%03d.xlsx" % (work, i))
PY
one="$work/filled-000.xlsx"
echo "file: $(stat -c %s "$one") bytes"

"$bench" "$db" read "$one" 200

ms() { "$py" -c 'import sys,time; print("%.1f" % ((time.time() - float(sys.argv[1])) * 1000 / int(sys.argv[2])))' "$@"; }

runs=10
t=$("$py" -c 'import time; print(time.time())')
i=0; while [ $i -lt $runs ]; do "$cli" --version >/dev/null; i=$((i+1)); done
echo "overlegtafel-cli --version, whole process: $(ms "$t" $runs) ms"
i=0; while [ $i -lt $runs ]; do cp "$db" "$work/one-$i.db"; i=$((i+1)); done
t=$("$py" -c 'import time; print(time.time())')
i=0; while [ $i -lt $runs ]; do "$cli" --db "$work/one-$i.db" import-rekentool --consultation 1 "$one" >/dev/null; i=$((i+1)); done
echo "overlegtafel-cli import-rekentool, one file, whole process: $(ms "$t" $runs) ms"

if command -v ssconvert >/dev/null; then
  t=$("$py" -c 'import time; print(time.time())')
  i=0; while [ $i -lt $runs ]; do ssconvert "$one" "$work/out.csv" >/dev/null 2>&1; i=$((i+1)); done
  echo "ssconvert to CSV, one file: $(ms "$t" $runs) ms"
fi
"$py" - "$one" <<'PY'
import sys, time, openpyxl
openpyxl.load_workbook(sys.argv[1])
t = time.time()
for _ in range(10):
    openpyxl.load_workbook(sys.argv[1])
print("openpyxl load_workbook, one file, in process: %.1f ms" % ((time.time() - t) * 100))
PY
t=$("$py" -c 'import time; print(time.time())')
i=0; while [ $i -lt $runs ]; do "$py" -c 'import sys, openpyxl; openpyxl.load_workbook(sys.argv[1])' "$one"; i=$((i+1)); done
echo "python3 -c openpyxl.load_workbook, one file, whole process: $(ms "$t" $runs) ms"

/usr/bin/time -v "$bench" "$db" batch "$work"/filled-*.xlsx 2>"$work/time.txt"
grep "Maximum resident set size" "$work/time.txt" | sed 's/^\s*/batch peak memory: /'
"$cli" --db "$work/cli.db" consultation create --title x --products "$products" >/dev/null
/usr/bin/time -v "$cli" --db "$work/cli.db" import-rekentool --consultation 1 "$work"/filled-*.xlsx >/dev/null 2>"$work/time2.txt"
grep -E "Elapsed|Maximum resident" "$work/time2.txt" | sed 's/^\s*/overlegtafel-cli import-rekentool of 100 files: /'

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates the screenshots in data/screenshots/ from a fresh demo database, under Xvfb.
#
#   build-aux/screenshots.sh [BUILDDIR]        (default: _build, built already)
#
# Each view is started on its own with --page, shown for a few seconds and captured with
# ImageMagick. The window sits in the top-left corner of a screen twice its size, so the
# pointer, which Xvfb puts in the middle of the screen, stays off the window and shows no
# tooltip; the capture is cropped to the window.
# LANGUAGE picks the language (default nl, the users' language); SCREENSHOT_VIEWS limits
# the views, e.g. SCREENSHOT_VIEWS="meeting actions". A view the app does not offer (yet) is
# skipped with a message. The meeting view shows the demo's latest overlegtafel.
set -euo pipefail
cd "$(dirname "$0")/.."

builddir=${1:-_build}
app=$builddir/src/app/overlegtafel
cli=$builddir/src/cli/overlegtafel-cli
outdir=data/screenshots
width=1280
height=800
# view name (as --page takes it) and file name
views=${SCREENSHOT_VIEWS:-"meeting live actions consultation analysis"}

for program in "$app" "$cli"; do
  [ -x "$program" ] || { echo "screenshots.sh: $program is not built; run meson compile -C $builddir" >&2; exit 1; }
done
for tool in xvfb-run dbus-run-session import; do
  command -v "$tool" >/dev/null || { echo "screenshots.sh: $tool is missing; run build-aux/install-deps.sh" >&2; exit 1; }
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
db=$tmp/demo.db
"$cli" --db "$db" demo >/dev/null
# A market consultation with seven filled-in rekentools, so the rekentool and analysis views
# have figures to show. The values are invented but plausible for household support (HO)
# in 2019; they are filled into the real template the way a provider's spreadsheet does.
seed_consultation() {
  local py=python3
  /usr/bin/python3 -c 'import openpyxl' 2>/dev/null && py=/usr/bin/python3
  "$py" -c 'import openpyxl' 2>/dev/null || { echo "screenshots.sh: no openpyxl, no consultation in the demo" >&2; return 0; }
  local series consultation
  series=$("$cli" --db "$db" meetings list --json | "$py" -c '
import json, sys
meetings = [m for m in json.load(sys.stdin) if m["series_kind"] == "marktconsultatie"]
print(meetings[0]["series_id"] if meetings else "")
')
  [ -n "$series" ] || return 0
  consultation=$("$cli" --db "$db" consultation create --title "Rekentool HO 2020" \
    --products "ho=Huishoudelijke ondersteuning,hoplus=HO+" --series "$series")
  "$cli" --db "$db" consultation invite --consultation "$consultation" \
    Zorgspectrum Vitras Lister Abrona Reinaerde Syndion "Wij 3.0" Careyn >/dev/null
  "$cli" --db "$db" template --consultation "$consultation" -o "$tmp/template.xlsx" >/dev/null
  "$py" - "$tmp/template.xlsx" "$tmp" <<'PYTHON'
import datetime, random, sys
import openpyxl
template, outdir = sys.argv[1:3]
rng = random.Random(2019)
for i, name in enumerate(["Zorgspectrum", "Vitras", "Lister", "Abrona", "Reinaerde", "Syndion", "Wij 3.0"]):
    v = {"aanbieder_naam": name, "cao": "VVT", "fte_uitvoerend": round(rng.uniform(8, 60), 1),
         "aantal_clienten": rng.randint(80, 900), "bestuurder_naam": "Directie " + name,
         "bestuurder_functie": "bestuurder", "bestuurder_datum": datetime.datetime(2019, 8, 20)}
    for p, wage, tarief, scale in (("ho", 13.4, 26.9, "FWG 15"), ("hoplus", 15.2, 31.4, "FWG 25")):
        w = wage * rng.uniform(0.95, 1.07)
        f = {"functieschaal": scale, "bruto_uurloon": round(w, 2), "vakantiegeld_pct": 0.08,
             "eindejaarsuitkering_pct": round(rng.uniform(0.04, 0.0833), 4),
             "ort_pct": round(rng.uniform(0.0, 0.02), 3),
             "werkgeverslasten_pct": round(rng.uniform(0.22, 0.28), 3),
             "overige_personeelskosten_per_uur": round(rng.uniform(0.3, 1.0), 2),
             "verlof_pct": round(rng.uniform(0.08, 0.10), 3), "ziekteverzuim_pct": round(rng.uniform(0.04, 0.07), 3),
             "scholing_pct": round(rng.uniform(0.01, 0.02), 3), "overleg_pct": round(rng.uniform(0.02, 0.04), 3),
             "reistijd_pct": round(rng.uniform(0.04, 0.07), 3),
             "materiele_kosten_per_uur": round(rng.uniform(0.2, 0.8), 2),
             "reiskosten_per_uur": round(rng.uniform(0.5, 1.5), 2),
             "overhead_pct": round(rng.uniform(0.08, 0.14), 3),
             "risico_opslag_pct": round(rng.uniform(0.0, 0.02), 3),
             "tarief_huidig": tarief, "uren_per_jaar": rng.randint(5000, 60000)}
        prod = 1 - sum(f[k] for k in ("verlof_pct", "ziekteverzuim_pct", "scholing_pct", "overleg_pct", "reistijd_pct"))
        paid = w * (1 + f["vakantiegeld_pct"] + f["eindejaarsuitkering_pct"] + f["ort_pct"]) \
            * (1 + f["werkgeverslasten_pct"]) + f["overige_personeelskosten_per_uur"]
        direct = paid / prod + f["materiele_kosten_per_uur"] + f["reiskosten_per_uur"]
        f["kostprijs_per_uur"] = round(direct * (1 + f["overhead_pct"]) * (1 + f["risico_opslag_pct"])
                                       * rng.uniform(0.98, 1.03), 2)
        v.update({p + "_" + k: x for k, x in f.items()})
    wb = openpyxl.load_workbook(template)
    names = wb.defined_names.values() if hasattr(wb.defined_names, "values") else wb.defined_names.definedName
    for dn in list(names):
        key = dn.name[len("ovt_"):]
        if key in v:
            for sheet, coord in dn.destinations:
                wb[sheet][coord.replace("$", "")] = v[key]
    wb.save("%s/rekentool-%d.xlsx" % (outdir, i))
PYTHON
  "$cli" --db "$db" import-rekentool --consultation "$consultation" "$tmp"/rekentool-*.xlsx >/dev/null
}
seed_consultation
meeting_id=$("$cli" --db "$db" meetings list --json | python3 -c '
import json, sys
meetings = [m for m in json.load(sys.stdin) if m["date"]]
# The latest overlegtafel: its minutes list the whole attendance, those of the market consultation do not.
tables = [m for m in meetings if m["series_kind"] == "overlegtafel"] or meetings
print(max(tables, key=lambda m: m["date"])["id"] if tables else "")
')

# A private home with the window size in GSettings' keyfile backend, so nothing of the
# developer's own settings or data leaks into the pictures.
export HOME=$tmp/home XDG_CONFIG_HOME=$tmp/home/config XDG_DATA_HOME=$tmp/home/data \
       XDG_CACHE_HOME=$tmp/home/cache
mkdir -p "$XDG_CONFIG_HOME/glib-2.0/settings"
cat > "$XDG_CONFIG_HOME/glib-2.0/settings/keyfile" <<KEYFILE
[nl/overlegtafel/Overlegtafel]
window-width=$width
window-height=$height
window-maximized=false
KEYFILE
export GSETTINGS_BACKEND=keyfile GSETTINGS_SCHEMA_DIR=$builddir/data
# No GTK_THEME: it would replace libadwaita's own stylesheet with GTK's built-in theme.
export GSK_RENDERER=cairo NO_AT_BRIDGE=1
unset GTK_THEME
export LANGUAGE=${LANGUAGE:-nl} LC_ALL=C.UTF-8
unset GTK_A11Y

mkdir -p "$outdir"
for view in $views; do
  out=$outdir/$view.png
  args=(--db "$db" --page "$view")
  [ "$view" = meeting ] && [ -n "$meeting_id" ] && args+=(--meeting "$meeting_id")
  if ! xvfb-run -a -s "-screen 0 $((2 * width))x$((2 * height))x24" dbus-run-session -- \
    bash -c '
      capture=$1 crop=$2; shift 2
      "$@" &
      pid=$!
      sleep 5
      kill -0 "$pid" 2>/dev/null || exit 3
      import -window root -crop "$crop" +repage "$capture"
      kill "$pid"
      wait "$pid" || true
    ' screenshot "$tmp/$view.png" "${width}x${height}+0+0" "$app" "${args[@]}"; then
    echo "screenshots.sh: skipped $view: the app did not show it" >&2
    continue
  fi
  # Strip timestamps and other chunks, so an unchanged view gives an unchanged file.
  convert "$tmp/$view.png" -strip "$out"
  echo "$out"
done

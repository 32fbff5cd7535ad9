#!/usr/bin/env bash
# Takes the user guide's screenshots from the real app under Xvfb: English in docs/images, French
# in docs/images/fr (docs/fr/guide-utilisateur.md), on a 1366x768 screen: the smallest a clinic has.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
bash scripts/build.sh dev mesoplan-screenshots
out="${1:-docs/images}"
for lang in en fr; do
  dir="$out"
  [ "$lang" = en ] || dir="$out/$lang"
  mkdir -p "$dir"
  xvfb-run -a -s "-screen 0 1366x768x24" build/tools/mesoplan-screenshots "$dir" "$lang"
  # The first page of each printed document, as the user guide shows it.
  for doc in plan-proposed plan consent aftercare day-sheet session-sheet invoice; do
    pdftoppm -png -r 70 -f 1 -l 1 -singlefile "$dir/$doc.pdf" "$dir/$doc-pdf"
    rm -f "$dir/$doc.pdf"
  done
done
# A dark desktop theme (Fusion, dark palette): the main screens, to look at (docs/images/dark).
dark=$(mktemp -d)
xvfb-run -a -s "-screen 0 1366x768x24" build/tools/mesoplan-screenshots "$dark" en dark
mkdir -p "$out/dark"
for shot in patients consultation calendar-week stock catalog-rules plan-review session-record; do
  cp "$dark/$shot.png" "$out/dark/$shot.png"
done
rm -rf "$dark"

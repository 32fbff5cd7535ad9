#!/usr/bin/env bash
# Takes the user guide's screenshots (docs/images) from the real app under Xvfb.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
bash scripts/build.sh dev mesoplan-screenshots
out="${1:-docs/images}"
xvfb-run -a -s "-screen 0 1600x1000x24" build/tools/mesoplan-screenshots "$out"
# The first page of each printed document, as the user guide shows it.
for doc in plan-proposed plan consent aftercare day-sheet; do
  pdftoppm -png -r 70 -f 1 -l 1 -singlefile "$out/$doc.pdf" "$out/$doc-pdf"
  rm -f "$out/$doc.pdf"
done

#!/usr/bin/env bash
# Takes the user guide's screenshots (docs/images) from the real app under Xvfb.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
bash scripts/build.sh dev mesoplan-screenshots
xvfb-run -a -s "-screen 0 1400x900x24" build/tools/mesoplan-screenshots "${1:-docs/images}"

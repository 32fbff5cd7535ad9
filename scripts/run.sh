#!/usr/bin/env bash
# Installs what is missing, builds, and launches MesoPlan on the demonstration clinic: its own
# database (~/.local/share/MesoPlan/demo.sqlite, created with the bundled catalog and the demo
# clinic on first run), never the per-user clinic database.
# Extra arguments go to the app, e.g. scripts/run.sh --db /tmp/clinic.sqlite (that file, seeded
# with the demo clinic when new).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
bash scripts/build.sh dev mesoplan mesoplan-cli
exec build/ui/mesoplan --demo "$@"

#!/usr/bin/env bash
# Installs what is missing, builds, and launches MesoPlan on the per-user database
# (created with the bundled catalog and the demo patients on first run).
# Extra arguments go to the app, e.g. scripts/run.sh --db /tmp/clinic.sqlite
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
bash scripts/build.sh dev mesoplan mesoplan-cli
exec build/ui/mesoplan --demo "$@"

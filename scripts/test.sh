#!/usr/bin/env bash
# Installs what is missing, builds everything and runs every test with ctest.
# scripts/test.sh [dev|asan]
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-dev}"
bash scripts/deps.sh
bash scripts/build.sh "$preset"
export QT_QPA_PLATFORM=offscreen
# The store, clinic and booking tests also run on a throw-away PostgreSQL server, which ctest
# starts and stops (fixture "pgcluster", scripts/pgtest.sh); stopped here too if ctest is cut short.
builddir="$(python3 -c 'import json, sys; print(next(p["binaryDir"] for p in json.load(open("CMakePresets.json"))["configurePresets"] if p["name"] == sys.argv[1]).replace("${sourceDir}/", ""))' "$preset")"
trap 'bash scripts/pgtest.sh stop "$builddir/pgtest" >/dev/null 2>&1 || true' EXIT
ctest --preset "$preset"

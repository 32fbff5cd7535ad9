#!/usr/bin/env bash
# Installs what is missing, builds everything and runs every test with ctest.
# scripts/test.sh [dev|asan]
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-dev}"
bash scripts/deps.sh
bash scripts/build.sh "$preset"
export QT_QPA_PLATFORM=offscreen
ctest --preset "$preset"

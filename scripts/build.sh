#!/usr/bin/env bash
# Configures (once) and builds a CMake preset: scripts/build.sh [dev|asan] [targets...]
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-dev}"
shift || true
dir=build
[ "$preset" = dev ] || dir="build-$preset"
if [ ! -f "$dir/build.ninja" ]; then
  cmake --preset "$preset"
fi
export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/mesoplan-ccache}"
cmake --build --preset "$preset" -- "$@"

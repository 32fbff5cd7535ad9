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
# Paths inside the checkout are hashed relative to it, so that another clone (CI's) reuses the
# cache; debug info then names the clone the object was first built in, which nothing reads.
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$PWD}" CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-true}"
cmake --build --preset "$preset" -- "$@"

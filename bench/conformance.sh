#!/usr/bin/env bash
# Conformance of `mesoplan-cli logic` with the reference implementation json-logic-js 2.0.5 on
# generated rules. usage: bench/conformance.sh [COUNT] [SEED]   (needs node and npm)
# Exit 77 (skipped) when node/npm or the npm registry are not available.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cli="${MESOPLAN_CLI:-$here/../build/src/cli/mesoplan-cli}"
count="${1:-5000}"
seed="${2:-20261122}"
command -v node >/dev/null && command -v npm >/dev/null || { echo "node/npm missing: skipped"; exit 77; }
source "$here/npm-peers.sh" || { echo "npm packages not installable: skipped"; exit 77; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
node "$here/conformance/generate.js" "$count" "$seed" "$work/cases.jsonl" "$work/expected.txt"
"$cli" logic "$work/cases.jsonl" > "$work/actual.txt"
node "$here/conformance/compare.js" "$work/cases.jsonl" "$work/expected.txt" "$work/actual.txt"

# Sourced: installs the benchmark peers (json-logic-js, json-rules-engine) from the npm registry
# into bench/.cache once, and exports MESOPLAN_NODE_MODULES. Returns non-zero when unavailable.
MESOPLAN_NPM_CACHE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/.cache"
export MESOPLAN_NODE_MODULES="$MESOPLAN_NPM_CACHE/node_modules"
if [ ! -f "$MESOPLAN_NODE_MODULES/json-logic-js/package.json" ] || [ ! -f "$MESOPLAN_NODE_MODULES/json-rules-engine/package.json" ]; then
  mkdir -p "$MESOPLAN_NPM_CACHE"
  (cd "$MESOPLAN_NPM_CACHE" && timeout 300 npm install --no-audit --no-fund --silent \
      json-logic-js@2.0.5 json-rules-engine@7.3 >/dev/null 2>&1) || return 1
fi

#!/usr/bin/env bash
# Checks the habits CI holds the code to (.ci/run runs it after the dev build):
# - every tracked C++ file follows .clang-format (clang-format 14, as Debian 12 ships it);
# - clang-tidy (.clang-tidy) finds nothing new in the C++ files being changed: the uncommitted
#   ones, or when there are none (CI's clean clone), those of the last commit. A whole-tree run
#   takes half an hour on two cores; `scripts/lint.sh --all` does it anyway.
# Needs build/compile_commands.json: run scripts/build.sh first.
set -euo pipefail
cd "$(dirname "$0")/.."
status=0

unformatted=()
while IFS= read -r f; do
  clang-format-14 --dry-run -Werror "$f" >/dev/null 2>&1 || unformatted+=("$f")
done < <(git ls-files '*.cpp' '*.h')
if [ ${#unformatted[@]} -gt 0 ]; then
  echo "Not formatted (clang-format-14 -i FILE): ${unformatted[*]}"
  status=1
fi

if [ "${1:-}" = "--all" ]; then
  mapfile -t changed < <(git ls-files '*.cpp')
else
  mapfile -t changed < <({ git diff --name-only HEAD; git ls-files --others --exclude-standard; } | grep '\.cpp$' | sort -u)
  [ ${#changed[@]} -gt 0 ] || mapfile -t changed < <(git diff-tree --no-commit-id --name-only -r HEAD | grep '\.cpp$' || true)
fi
# Only files the build compiles (tests, tools and benchmarks included); fuzz targets are built by
# clang in their own preset.
tidy=()
for f in "${changed[@]}"; do
  [ -f "$f" ] && grep -q "\"file\": \"$PWD/$f\"" build/compile_commands.json && tidy+=("$f")
done
if [ ${#tidy[@]} -gt 0 ]; then
  echo "clang-tidy on ${#tidy[@]} file(s)"
  if ! printf '%s\n' "${tidy[@]}" | xargs -P 2 -n 1 clang-tidy-14 -p build --quiet --warnings-as-errors='*' \
       > build/clang-tidy.log 2>&1; then
    grep -E "(warning|error):" build/clang-tidy.log || cat build/clang-tidy.log
    status=1
  fi
fi
exit $status

#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan; preset "fuzz") and runs each for SECONDS
# (default 60) from the seed corpus in tests/fuzz/corpus plus the regressions. New inputs go to a
# scratch corpus, never into the tree. A crash, a leak or a timeout fails the run and leaves the
# input in build-fuzz/artifacts: copy it into tests/fuzz/regressions/TARGET/ once fixed.
# scripts/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(intake catalog jsonlogic)
bash scripts/deps.sh
[ -f build-fuzz/build.ninja ] || cmake --preset fuzz
export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/mesoplan-ccache}"
# Paths inside the checkout are hashed relative to it, so that another clone (CI's) reuses the
# cache; debug info then names the clone the object was first built in, which nothing reads.
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$PWD}" CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-true}"
cmake --build --preset fuzz
mkdir -p build-fuzz/artifacts
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1" UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
for target in "${targets[@]}"; do
  scratch="build-fuzz/corpus/$target"
  mkdir -p "$scratch"
  seeds=("tests/fuzz/corpus/$target")
  [ -d "tests/fuzz/regressions/$target" ] && seeds+=("tests/fuzz/regressions/$target")
  echo "fuzz_$target: $seconds s"
  # -rss_limit_mb: the targets parse whole documents; -timeout: a single input must not hang.
  build-fuzz/tests/fuzz/fuzz_"$target" "$scratch" "${seeds[@]}" -max_total_time="$seconds" -timeout=10 \
      -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 -artifact_prefix="build-fuzz/artifacts/$target-" \
      2>&1 | grep -E "^(#[0-9]+ +DONE|Done|stat::|==[0-9]+==|SUMMARY|artifact_prefix|Test unit written)" || true
  # grep hides the progress; the fuzzer's own status decides
  if ls build-fuzz/artifacts/"$target"-* >/dev/null 2>&1; then
    echo "fuzz_$target found a failing input: $(ls build-fuzz/artifacts/"$target"-*)" >&2
    exit 1
  fi
done

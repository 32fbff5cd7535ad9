#pragma once

// The fuzz targets (issue 7): each takes arbitrary bytes and must return without crashing,
// hanging or leaking, whatever they are. Built twice: as libFuzzer programs by scripts/fuzz.sh
// (clang, ASan + UBSan), and into the normal test suite, which replays the seed corpus and every
// input a fuzzer ever found (tests/fuzz/corpus, tests/fuzz/regressions).

#include <cstddef>
#include <cstdint>
#include <string>

namespace meso::fuzz {

// Intake JSON as `mesoplan-cli screen|plan --intake` reads it: parsed, checked against the bundled
// catalog, screened and planned, both outputs serialised.
int intake(const uint8_t *data, size_t size);
// One catalog file replaced by the input (its first byte picks which), the catalog validated as
// `catalog import` does, and, when valid, a fixed intake assessed with it.
int catalog(const uint8_t *data, size_t size);
// A line of `mesoplan-cli logic`: {"rule": R, "data": D} (or any JSON as the rule), compiled
// leniently and strictly, and evaluated.
int jsonlogic(const uint8_t *data, size_t size);

// The target of a corpus folder's name (intake, catalog, jsonlogic); nullptr when unknown.
using Target = int (*)(const uint8_t *, size_t);
Target targetNamed(const std::string &name);

} // namespace meso::fuzz

// Replays every seed of tests/fuzz/corpus and every input a fuzzer ever found
// (tests/fuzz/regressions) through the fuzz targets, in the normal test builds (dev and ASan):
// what once crashed stays fixed.

#include "targets.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

TEST_CASE("Every fuzz seed and every input a fuzzer found runs through its target", "[fuzz]")
{
    size_t replayed = 0;
    for (const char *root : {"corpus", "regressions"}) {
        const fs::path dir = fs::path(MESOPLAN_SOURCE_DIR) / "tests" / "fuzz" / root;
        if (!fs::exists(dir))
            continue; // no regressions yet
        for (const auto &target : fs::directory_iterator(dir)) {
            const auto run = meso::fuzz::targetNamed(target.path().filename().string());
            REQUIRE(run != nullptr);
            for (const auto &input : fs::directory_iterator(target.path())) {
                std::ifstream in(input.path(), std::ios::binary);
                std::stringstream bytes;
                bytes << in.rdbuf();
                const std::string data = bytes.str();
                INFO(input.path().string());
                CHECK(run(reinterpret_cast<const uint8_t *>(data.data()), data.size()) == 0);
                ++replayed;
            }
        }
    }
    CHECK(replayed >= 30);
}

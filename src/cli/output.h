#pragma once

#include <nlohmann/json.hpp>

namespace meso::cli {

// Writes one JSON document on stdout (2-space indent, UTF-8 as is, stable key order).
void printJson(const nlohmann::ordered_json &j);

} // namespace meso::cli

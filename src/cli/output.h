#pragma once

#include <nlohmann/json.hpp>

#include <QString>

#include <string>

namespace meso::cli {

// Writes one JSON document on stdout (2-space indent, UTF-8 as is, stable key order).
void printJson(const nlohmann::ordered_json &j);

// Reads FILE, or standard input for "-"; a UsageError naming `what` when it cannot.
std::string readInput(const QString &path, const QString &what);

} // namespace meso::cli

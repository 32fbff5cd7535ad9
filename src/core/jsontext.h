#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace meso::core::detail {

// What kind of JSON value was given, as messages name it: "a string", "an array", "null"...
inline std::string describe(const nlohmann::json &j)
{
    switch (j.type()) {
    case nlohmann::json::value_t::null:
        return "null";
    case nlohmann::json::value_t::boolean:
        return "a boolean";
    case nlohmann::json::value_t::string:
        return "a string";
    case nlohmann::json::value_t::array:
        return "an array";
    case nlohmann::json::value_t::object:
        return "an object";
    default:
        return "a number";
    }
}

} // namespace meso::core::detail

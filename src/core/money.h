#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>

namespace meso::core {

// Money is kept in whole cents (a catalog price, a quote). The headless contract writes an
// amount as a JSON number of the currency's units: 300 for 30000 cents, 300.5 for 30050.
inline nlohmann::ordered_json amount(std::int64_t cents)
{
    if (cents % 100 == 0)
        return cents / 100;
    return static_cast<double>(cents) / 100;
}

} // namespace meso::core

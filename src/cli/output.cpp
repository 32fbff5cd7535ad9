#include "output.h"

#include <iostream>

namespace meso::cli {

void printJson(const nlohmann::ordered_json &j)
{
    std::cout << j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    std::cout.flush();
}

} // namespace meso::cli

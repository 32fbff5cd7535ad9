#pragma once

#include "cliargs.h"

namespace meso::cli {

// mesoplan-cli screen --intake FILE|-  and  plan --intake FILE|-
int runAssessCommand(const CliArgs &args);
// mesoplan-cli logic [FILE|-]: JSON Lines of {"rule", "data"} -> one result line each.
int runLogicCommand(const CliArgs &args);

} // namespace meso::cli

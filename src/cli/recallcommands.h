#pragma once

#include "cliargs.h"

namespace meso::cli {

// recall list --due-before DATE [--due-from DATE]; recall mark --consultation ID --request N
// --status S --date DATE
// [--note TEXT].
int runRecallCommand(const CliArgs &args);

} // namespace meso::cli

#pragma once

#include "cliargs.h"

namespace meso::cli {

// mesoplan-cli clinic ... | book | appointments | appointment ... | ics: the front desk's work.
int runBookingCommand(const CliArgs &args);

} // namespace meso::cli

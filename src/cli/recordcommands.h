#pragma once

#include "cliargs.h"

namespace meso::cli {

// mesoplan-cli patient add | consultation add | plan approve | plan waiting: the clinical
// records a booking needs, for scripts and tests.
int runRecordCommand(const CliArgs &args);

} // namespace meso::cli

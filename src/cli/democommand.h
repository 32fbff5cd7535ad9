#pragma once

#include "cliargs.h"

namespace meso::cli {

// mesoplan-cli demo generate --patients N --years Y [--seed S] [--until DATE]: a generated clinic
// for benchmarks and trials (clinic/demogenerator.h), into an empty database.
int runDemoCommand(const CliArgs &args);

} // namespace meso::cli

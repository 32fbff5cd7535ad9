#pragma once

#include "cliargs.h"

namespace meso::cli {

// mesoplan-cli catalog import PATH | export DIR | show
int runCatalogCommand(const CliArgs &args);

} // namespace meso::cli

#pragma once

#include "cliargs.h"

namespace meso::cli {

// mesoplan-cli migrate --from SQLITE_FILE --to URI: moves a single-workstation clinic up to a
// clinic server (docs/deployment.md, "Moving up").
int runMigrateCommand(const CliArgs &args);

} // namespace meso::cli

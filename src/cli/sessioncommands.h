#pragma once

#include "cliargs.h"

namespace meso::cli {

// mesoplan-cli product | stock | session | adverse-event | photo | lot: the treatment session
// record and the traceability of injected products (docs/cli.md).
int runSessionCommand(const CliArgs &args);

} // namespace meso::cli

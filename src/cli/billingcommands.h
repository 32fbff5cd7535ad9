#pragma once

#include "cliargs.h"

namespace meso::cli {

// invoice issue|show|list|credit, payment add, takings, price list|set|clear, billing settings
// (issue 22; docs/cli.md).
int runBillingCommand(const CliArgs &args);

} // namespace meso::cli

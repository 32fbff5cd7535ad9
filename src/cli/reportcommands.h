#pragma once

#include "cliargs.h"

namespace meso::cli {

// mesoplan-cli report activity --from DATE --to DATE: the clinic's appointments per week,
// practitioner and room, counted by the database (clinic/reportservice.h).
int runReportCommand(const CliArgs &args);

} // namespace meso::cli

#pragma once

#include "cliargs.h"

namespace meso::cli {

// reminder list --date DATE [--csv]: a day's appointment reminders, as JSON or as the CSV file
// for the clinic's SMS or e-mail service.
int runReminderCommand(const CliArgs &args);

} // namespace meso::cli

#pragma once

#include "cliargs.h"

namespace meso::cli {

// mesoplan-cli user add|list|password|set, audit verify|list, patient export|anonymise,
// backup, restore (docs/cli.md, docs/security.md).
int runUserCommand(const CliArgs &args);
int runAuditCommand(const CliArgs &args);
int runPrivacyCommand(const CliArgs &args);
int runBackupCommand(const CliArgs &args);
int runRestoreCommand(const CliArgs &args);

} // namespace meso::cli

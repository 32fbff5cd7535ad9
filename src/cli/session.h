#pragma once

#include "cliargs.h"

#include "clinic/actinguser.h"

namespace meso::clinic {
class ClinicDatabase;
}

namespace meso::cli {

// Signs the command's user in (docs/cli.md, "Signing in"): --user NAME or MESOPLAN_USER; the
// password from MESOPLAN_PASSWORD, the first line of --password-file FILE, or a prompt when
// standard input is a terminal. Not signed in, wrong password or waiting after failures:
// PermissionError (exit 3). Call it before the command's transaction: a failed attempt counts.
clinic::ActingUser signIn(const CliArgs &args, const clinic::ClinicDatabase &db);

// A new password for `user add` and `user password`: MESOPLAN_NEW_PASSWORD, the first line of
// --new-password-file FILE, or typed twice at a terminal prompt.
QString newPassword(const CliArgs &args);

// The password of the clinic's mail server for `reminder email` (empty when the server asks
// for no sign-in): MESOPLAN_SMTP_PASSWORD, the system keyring, or a prompt at a terminal.
// PermissionError when none can be had.
QString smtpPassword(const QString &host, const QString &user);

} // namespace meso::cli

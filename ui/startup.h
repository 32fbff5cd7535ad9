#pragma once

#include "clinic/clinicdatabase.h"

#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace meso::ui {

// The application's life on one open database: on the first start the administrator's account
// (who is then signed in), otherwise the sign-in; the main window of who signed in until it
// closes, or back to the sign-in after File > Sign out; and the automatic backup when it all
// ends, in the name of the last user signed in (a failure is shown, never fatal). Cancelling a
// dialog quits. Needs a QApplication; returns its exit code.
int runWorkstation(const clinic::ClinicDatabase &db);

// How the start asks the person at the workstation: for a clinic server's password (nullopt:
// cancelled), and what to do when the database cannot be opened (the new location to try, e.g.
// from the connection dialog, or empty to give up).
struct StartQuestions
{
    std::function<std::optional<QString>(const QString &prompt)> password;
    std::function<QString(const QString &problem, const QString &location)> failed;
};

// Opens the clinic database at `location` for the GUI. A clinic server that wants a password
// asks for it (three times at most; kept in memory for this session only). Returns null when the
// person gives up.
std::unique_ptr<clinic::ClinicDatabase>
openAtStart(QString location, const clinic::OpenOptions &options, const StartQuestions &ask);
// The questions asked with real dialogs (password box; the problem with "Connection…").
StartQuestions dialogQuestions();

} // namespace meso::ui

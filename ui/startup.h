#pragma once

namespace meso::store {
class Database;
}

namespace meso::ui {

// The application's life on one open database: on the first start the administrator's account
// (who is then signed in), otherwise the sign-in; the main window of who signed in until it
// closes, or back to the sign-in after File > Sign out; and the automatic backup when it all
// ends, in the name of the last user signed in (a failure is shown, never fatal). Cancelling a
// dialog quits. Needs a QApplication; returns its exit code.
int runWorkstation(store::Database &db);

} // namespace meso::ui

#pragma once

#include <QApplication>

namespace meso::ui {

// The GUI's last line of defence: an exception thrown from an event handler (a database on a
// full or read-only disk, say, in a place no dialog expected it) is shown to the user as a
// message instead of ending the program. Each service call is one transaction, so the action
// that failed left nothing half-written; the window goes on. Dialogs that save still catch
// records::StoreError themselves, to keep what was typed and say it in place.
class Application : public QApplication
{
    Q_OBJECT
public:
    Application(int &argc, char **argv);
    bool notify(QObject *receiver, QEvent *event) override;

    // Shows `message` in a plain-text message box after the current event (at most one at a
    // time; a message arriving while one is shown is added to it).
    static void reportError(const QString &message);
    static int errorsReported();

private:
    static int s_reported;
};

} // namespace meso::ui

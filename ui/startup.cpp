#include "startup.h"

#include "firstadmindialog.h"
#include "mainwindow.h"
#include "plaintext.h"
#include "signindialog.h"

#include "clinic/services.h"
#include "store/database.h"

#include <QApplication>

#include <optional>

namespace meso::ui {

int runWorkstation(store::Database &db)
{
    clinic::Services services(db);
    std::optional<clinic::ActingUser> user;
    if (services.users.needsFirstAdmin()) {
        FirstAdminDialog first(services.users, db.location());
        if (first.exec() != QDialog::Accepted)
            return 0;
        user = first.user();
    }
    std::optional<clinic::ActingUser> last; // the closing backup is in their name
    int result = 0;
    for (;;) {
        if (!user) {
            SignInDialog signIn(services.users, db.location());
            if (signIn.exec() != QDialog::Accepted)
                break;
            user = signIn.user();
        }
        last = user;
        bool signedOut = false;
        {
            MainWindow window(db, *user);
            QObject::connect(&window, &MainWindow::signOutRequested, &window, [&signedOut, &window] {
                signedOut = true;
                window.close(); // the last window: the event loop returns
            });
            window.show();
            result = QApplication::exec();
        }
        user.reset();
        if (!signedOut)
            break;
    }
    // Outside any transaction, once every window is gone.
    if (last && services.backups.available()) {
        try {
            services.backups.automaticBackup(*last);
        } catch (const std::exception &e) {
            plainMessage(nullptr, QMessageBox::Warning, QApplication::translate("main", "MesoPlan"),
                         QApplication::translate("main", "The automatic backup failed: %1").arg(QString::fromUtf8(e.what())));
        }
    }
    return result;
}

} // namespace meso::ui

#include "startup.h"

#include "aside.h"

#include "connectiondialog.h"
#include "firstadmindialog.h"
#include "mainwindow.h"
#include "plaintext.h"
#include "signindialog.h"

#include "clinic/services.h"
#include "records/serveraddress.h"
#include "records/storeerror.h"

#include <QApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>

#include <optional>

namespace meso::ui {

int runWorkstation(const clinic::ClinicDatabase &db)
{
    clinic::Services services(db);
    std::optional<clinic::ActingUser> user;
    bool firstStart = false; // the new clinic's administrator: the setup assistant first
    if (services.users.needsFirstAdmin()) {
        FirstAdminDialog first(services.users, db.displayLocation());
        if (first.exec() != QDialog::Accepted)
            return 0;
        user = first.user();
        firstStart = true;
    }
    std::optional<clinic::ActingUser> last; // the closing backup is in their name
    int result = 0;
    for (;;) {
        if (!user) {
            SignInDialog signIn(services.users, db.displayLocation());
            if (signIn.exec() != QDialog::Accepted)
                break;
            user = signIn.user();
        }
        last = user;
        bool signedOut = false;
        {
            MainWindow window(db, *user);
            QObject::connect(&window, &MainWindow::signOutRequested, &window,
                             [&signedOut, &window] {
                                 signedOut = true;
                                 window.close(); // the last window: the event loop returns
                             });
            window.showRestored();
            if (firstStart)
                QTimer::singleShot(0, &window, &MainWindow::openSetupAssistant);
            firstStart = false;
            result = QApplication::exec();
        }
        user.reset();
        if (!signedOut)
            break;
    }
    // Outside any transaction, once every window is gone.
    if (last && services.backups.available()) {
        try {
            // With a progress dialog: closing a large clinic's file takes a moment.
            runAside<QString>(
                nullptr, QApplication::translate("main", "Backing up before closing…"), services,
                [user = *last](clinic::Services &s) { return s.backups.automaticBackup(user); });
        } catch (const std::exception &e) {
            plainMessage(nullptr, QMessageBox::Warning, QApplication::translate("main", "MesoPlan"),
                         QApplication::translate("main", "The automatic backup failed: %1")
                             .arg(QString::fromUtf8(e.what())));
        }
    }
    return result;
}

std::unique_ptr<clinic::ClinicDatabase>
openAtStart(QString location, const clinic::OpenOptions &options, const StartQuestions &ask)
{
    QString password; // typed for this session; never written anywhere
    int asked = 0;
    for (;;) {
        try {
            const QString address =
                password.isEmpty() ? location : records::withPassword(location, password);
            // A schema upgrade (minutes for a large clinic) on a thread of its own, with a
            // progress dialog; then the GUI's own connection, to the upgraded database.
            const clinic::ClinicDatabase::Probe probe = clinic::ClinicDatabase::probe(address);
            if (!probe.empty && probe.schemaVersion > 0 &&
                probe.schemaVersion < clinic::ClinicDatabase::latestSchemaVersion())
                runInThread<bool>(
                    nullptr, QApplication::translate("main", "Upgrading the clinic's database…"),
                    [&address, &options] {
                        clinic::openClinicDatabase(address, options);
                        return true;
                    });
            return clinic::openClinicDatabase(address, options);
        } catch (const records::StoreError &e) {
            if (e.kind() == records::StoreError::Kind::PasswordNeeded &&
                records::isServerAddress(location) && asked < 3) {
                ++asked;
                const records::ServerAddress a = records::ServerAddress::parse(location);
                const auto typed = ask.password(
                    QApplication::translate("main", "Password of %1 on the clinic server %2:")
                        .arg(a.user, a.host) +
                    (asked > 1
                         ? QStringLiteral("\n") +
                               QApplication::translate("main", "The server refused the last one.")
                         : QString()));
                if (!typed)
                    return nullptr;
                password = *typed;
                continue;
            }
            location =
                ask.failed(QApplication::translate("main", "The database cannot be opened.") +
                               QStringLiteral("\n\n") + e.message(),
                           location);
            if (location.isEmpty())
                return nullptr;
            password.clear();
            asked = 0;
        }
    }
}

StartQuestions dialogQuestions()
{
    StartQuestions q;
    q.password = [](const QString &prompt) -> std::optional<QString> {
        bool ok = false;
        const QString typed =
            QInputDialog::getText(nullptr, QApplication::translate("main", "MesoPlan"), prompt,
                                  QLineEdit::Password, QString(), &ok);
        if (!ok)
            return std::nullopt;
        return typed;
    };
    q.failed = [](const QString &problem, const QString &location) -> QString {
        QMessageBox box(QMessageBox::Critical, QApplication::translate("main", "MesoPlan"), problem,
                        QMessageBox::Close);
        box.setTextFormat(Qt::PlainText);
        QPushButton *settings =
            box.addButton(QApplication::translate("main", "&Connection…"), QMessageBox::ActionRole);
        box.exec();
        if (box.clickedButton() != settings)
            return {};
        ConnectionDialog dialog(location);
        if (dialog.exec() != QDialog::Accepted)
            return {};
        return clinic::savedDatabaseLocation();
    };
    return q;
}

} // namespace meso::ui

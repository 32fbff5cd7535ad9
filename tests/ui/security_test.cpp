// Signing in, the idle lock, what each role sees, the administrator's users and audit pages, and
// text that looks like markup or SQL: through the real widgets, offscreen, on a fresh demo
// database per test (accounts claire.martin and hugo.bernard, practitioners, and sophie.laurent,
// front desk, all with the demo password; no administrator until one is created).

#include "auditactions.h"
#include "auditpage.h"
#include "calendarpage.h"
#include "catalogpage.h"
#include "clinic/language.h"
#include "consultationdialog.h"
#include "firstadmindialog.h"
#include "historyview.h"
#include "idlelock.h"
#include "importpatientsdialog.h"
#include "lockoverlay.h"
#include "mainwindow.h"
#include "passworddialog.h"
#include "patientdialog.h"
#include "patientspage.h"
#include "patienttablemodel.h"
#include "settingspage.h"
#include "setupassistant.h"
#include "signindialog.h"
#include "startup.h"
#include "tablemodel.h"
#include "userdialog.h"
#include "userspage.h"

#include "clinic/clinicdatabase.h"
#include "clinic/services.h"
#include "clinicfixture.h"
#include "store/database.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace meso;

namespace {

const QString kDemoPassword = QStringLiteral("mesoplan-demo");
const QString kAdminPassword = QStringLiteral("admin-passw0rd");

// Runs `interact` on the modal dialog of type T that `open` shows, once it is up.
template <typename T>
bool withModal(const std::function<void()> &open, const std::function<void(T *)> &interact)
{
    bool ran = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        interact(dialog);
        ran = true;
        if (dialog->isVisible())
            dialog->reject();
    });
    open();
    return ran;
}

QStringList navigationTexts(const ui::MainWindow &window)
{
    QStringList out;
    for (int row = 0; row < window.navigation()->count(); ++row)
        out << window.navigation()->item(row)->text();
    return out;
}

// The records of an RFC 4180 file: fields may hold quoted commas, quotes and line breaks.
QList<QStringList> csvRecords(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() &&
                text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            record << field;
            field.clear();
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            record << field;
            records << record;
            record.clear();
            field.clear();
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !record.isEmpty())
        records << (record << field);
    return records;
}

} // namespace

class SecurityTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        clinic::installLanguage(QStringLiteral("en"));
    }

    void init()
    {
        m_tmp = std::make_unique<test::TempDir>();
        clinic::OpenOptions options;
        options.loadDemoData = true;
        m_db = clinic::openClinicDatabase(m_tmp->dbPath(), options);
        m_services = std::make_unique<clinic::Services>(*m_db);
    }

    void cleanup()
    {
        m_services.reset();
        m_db.reset();
        m_tmp.reset();
    }

    void firstStartCreatesTheAdministrator()
    {
        QVERIFY(m_services->users.needsFirstAdmin());
        ui::FirstAdminDialog dialog(m_services->users, m_db->location());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // Each refusal names the field and keeps the dialog open.
        QTest::keyClicks(dialog.usernameEdit(), QStringLiteral("Head Admin"));
        QTest::keyClicks(dialog.nameEdit(), QStringLiteral("Alice Moreau"));
        QTest::keyClicks(dialog.passwordEdit(), kAdminPassword);
        QTest::keyClicks(dialog.repeatEdit(), kAdminPassword);
        dialog.createButton()->click();
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.problem().startsWith(QStringLiteral("User name: expected")),
                 qPrintable(dialog.problem()));
        dialog.usernameEdit()->setText(QStringLiteral("alice"));
        dialog.passwordEdit()->setText(QStringLiteral("short"));
        dialog.repeatEdit()->setText(QStringLiteral("short"));
        dialog.createButton()->click();
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.problem(), QStringLiteral("Password: expected at least 8 characters"));
        dialog.passwordEdit()->setText(kAdminPassword);
        dialog.repeatEdit()->setText(kAdminPassword + QLatin1Char('x'));
        dialog.createButton()->click();
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.problem(), QStringLiteral("Repeat password: the two passwords differ"));
        QVERIFY(m_services->users.needsFirstAdmin());

        dialog.repeatEdit()->setText(kAdminPassword);
        dialog.createButton()->click();
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.user().username, QStringLiteral("alice"));
        QCOMPARE(dialog.user().role, QStringLiteral("admin"));
        QVERIFY(!m_services->users.needsFirstAdmin());
        QCOMPARE(m_services->users.signIn(QStringLiteral("alice"), kAdminPassword).id,
                 dialog.user().id);
    }

    void workstationStartsSignsOutAndBacksUpWhenClosing()
    {
        // The application's flow as main() runs it, driven through its dialogs and windows: the
        // first administrator, File > Sign out, Claire signing in, closing the window.
        QStringList seen;
        QTimer driver;
        driver.setInterval(30);
        connect(&driver, &QTimer::timeout, this, [&] {
            if (auto *first =
                    qobject_cast<ui::FirstAdminDialog *>(QApplication::activeModalWidget())) {
                first->usernameEdit()->setText(QStringLiteral("alice"));
                first->nameEdit()->setText(QStringLiteral("Alice Moreau"));
                first->passwordEdit()->setText(kAdminPassword);
                first->repeatEdit()->setText(kAdminPassword);
                seen << (first->create() ? QStringLiteral("administrator created")
                                         : first->problem());
                return;
            }
            // The new clinic's setup assistant opens first: left for later here.
            if (auto *assistant =
                    qobject_cast<ui::SetupAssistant *>(QApplication::activeModalWidget())) {
                seen << QStringLiteral("setup assistant");
                assistant->reject();
                return;
            }
            if (auto *signIn =
                    qobject_cast<ui::SignInDialog *>(QApplication::activeModalWidget())) {
                signIn->usernameEdit()->setText(QStringLiteral("claire.martin"));
                signIn->passwordEdit()->setText(kDemoPassword);
                seen << (signIn->signIn() ? QStringLiteral("signed in") : signIn->message());
                return;
            }
            for (QWidget *w : QApplication::topLevelWidgets()) {
                auto *window = qobject_cast<ui::MainWindow *>(w);
                if (!window || !window->isVisible())
                    continue;
                seen << window->windowTitle();
                if (window->user().role == QLatin1String("admin"))
                    window->findChild<QAction *>(QStringLiteral("signOut"))->trigger();
                else
                    window->close();
                return;
            }
        });
        driver.start();
        QVERIFY(m_services->backups.automaticBackups().empty());
        QCOMPARE(ui::runWorkstation(*m_db), 0);
        driver.stop();
        QCOMPARE(seen, (QStringList{QStringLiteral("administrator created"),
                                    QStringLiteral("setup assistant"),
                                    QStringLiteral("MesoPlan — Alice Moreau (administrator)"),
                                    QStringLiteral("signed in"),
                                    QStringLiteral("MesoPlan — Dr Claire Martin (practitioner)")}));
        // The backup when the application closes, in the name of the last user.
        const auto backups = m_services->backups.automaticBackups();
        QCOMPARE(backups.size(), size_t(1));
        const clinic::ActingUser admin =
            m_services->users.signIn(QStringLiteral("alice"), kAdminPassword);
        records::AuditFilter claire;
        claire.userId = m_services->users.signIn(QStringLiteral("claire.martin"), kDemoPassword).id;
        bool backedUp = false;
        for (const records::AuditEntry &e : m_services->audit.list(admin, claire))
            backedUp = backedUp || e.action == QStringLiteral("backup.automatic");
        QVERIFY(backedUp);
    }

    void signInRefusesAWrongPasswordAndAcceptsTheRightOne()
    {
        ui::SignInDialog dialog(m_services->users, m_db->location());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(dialog.usernameEdit(), QStringLiteral("claire.martin"));
        QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("not-her-password"));
        QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return); // the default button
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.message(), QStringLiteral("Unknown user name or wrong password."));
        QCOMPARE(dialog.passwordEdit()->text(), QString());
        QVERIFY(dialog.signInButton()->isEnabled()); // no wait after one failure

        QTest::keyClicks(dialog.passwordEdit(), kDemoPassword);
        dialog.signInButton()->click();
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.user().username, QStringLiteral("claire.martin"));
        QCOMPARE(dialog.user().role, QStringLiteral("practitioner"));
    }

    void signInWaitsAfterRepeatedFailures()
    {
        ui::SignInDialog dialog(m_services->users, m_db->location());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.usernameEdit()->setText(QStringLiteral("hugo.bernard"));
        for (int attempt = 1; attempt <= 3; ++attempt) {
            QVERIFY(dialog.signInButton()->isEnabled());
            dialog.passwordEdit()->setText(QStringLiteral("guess-%1").arg(attempt));
            QVERIFY(!dialog.signIn());
        }
        // The third failure in a row: the button waits, counting down, then comes back.
        QVERIFY(!dialog.signInButton()->isEnabled());
        const QLabel *countdown = nullptr;
        for (const QLabel *l : dialog.findChildren<QLabel *>()) {
            if (l->text().startsWith(QStringLiteral("Try again in")))
                countdown = l;
        }
        QVERIFY(countdown);
        QVERIFY(countdown->isVisible());
        dialog.passwordEdit()->setText(kDemoPassword);
        QVERIFY(!dialog.signIn()); // not even tried while waiting
        QTRY_VERIFY_WITH_TIMEOUT(dialog.signInButton()->isEnabled(), 10000);
        QVERIFY(!countdown->isVisible());
        dialog.passwordEdit()->setText(kDemoPassword);
        QVERIFY2(dialog.signIn(), qPrintable(dialog.message()));
        QCOMPARE(dialog.user().username, QStringLiteral("hugo.bernard"));
    }

    void idleLockCoversEveryWindowAndKeepsUnsavedEdits()
    {
        const clinic::ActingUser claire =
            m_services->users.signIn(QStringLiteral("claire.martin"), kDemoPassword);
        ui::MainWindow window(*m_db, claire);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ui::IdleLock *lock = window.idleLock();
        QCOMPARE(lock->timeout(), 5 * 60 * 1000); // the clinic's default policy

        // A consultation being written: a medication typed, nothing saved.
        ui::PatientsPage *page = window.patientsPage();
        page->searchField()->setText(QStringLiteral("helene"));
        page->view()->selectRow(0);
        QMenu *menu = page->consultationButton()->menu();
        Q_EMIT menu->aboutToShow();
        menu->actions().first()->trigger(); // "New consultation…"
        auto *dialog = page->findChild<ui::ConsultationDialog *>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(dialog->windowTitle().contains(QStringLiteral("DUBOIS")));
        const QString dialogTitle = dialog->windowTitle(), windowTitle = window.windowTitle();
        auto *medication = dialog->findChild<QLineEdit *>(QStringLiteral("medicationName"));
        QTest::keyClicks(medication, QStringLiteral("Herbal"));
        QCOMPARE(medication->text(), QStringLiteral("Herbal"));

        // Idle for longer than the (shortened) timeout: both windows covered.
        lock->setTimeout(300);
        QTRY_VERIFY_WITH_TIMEOUT(lock->isLocked(), 5000);
        QCOMPARE(lock->overlays().size(), 2);
        for (QWidget *w : {static_cast<QWidget *>(&window), static_cast<QWidget *>(dialog)}) {
            auto *overlay = w->findChild<ui::LockOverlay *>();
            QVERIFY(overlay);
            QVERIFY(overlay->isVisible());
            QCOMPARE(overlay->geometry(), w->rect());
            QVERIFY(overlay->autoFillBackground()); // opaque
            QCOMPARE(overlay->headingLabel()->text(), QStringLiteral("Locked — Dr Claire Martin"));
            QCOMPARE(w->windowTitle(), lock->lockedTitle());
            // Nothing of the window is on top of the cover, in the middle or at the corners.
            for (const QPoint &at :
                 {w->rect().center(), QPoint(2, 2), w->rect().bottomRight() - QPoint(2, 2)}) {
                QWidget *top = w->childAt(at);
                QVERIFY(top == overlay || overlay->isAncestorOf(top));
            }
        }
        QVERIFY(!dialog->windowTitle().contains(QStringLiteral("DUBOIS")));

        // Input to the windows underneath is dropped: no typing, no clicking Save.
        QTest::keyClicks(medication, QStringLiteral("XYZ"));
        QCOMPARE(medication->text(), QStringLiteral("Herbal"));
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QCOMPARE(dialog->consultation().id, qint64(0));
        QTest::keyClick(dialog, Qt::Key_Escape); // would close the dialog, and its edits with it
        QVERIFY(dialog->isVisible());

        // A wrong password keeps it locked, with the message on the covers.
        ui::LockOverlay *cover = dialog->findChild<ui::LockOverlay *>();
        QTest::keyClicks(cover->passwordEdit(), QStringLiteral("wrong-password"));
        QTest::keyClick(cover->passwordEdit(), Qt::Key_Return);
        QVERIFY(lock->isLocked());
        QCOMPARE(cover->message(), QStringLiteral("Unknown user name or wrong password."));
        QCOMPARE(window.findChild<ui::LockOverlay *>()->message(), cover->message());

        // The right one gives everything back: titles, and the unsaved text.
        QTest::keyClicks(cover->passwordEdit(), kDemoPassword);
        cover->unlockButton()->click();
        QVERIFY(!lock->isLocked());
        lock->setTimeout(0); // no more locking in this test
        QTRY_VERIFY(!dialog->findChild<ui::LockOverlay *>() &&
                    !window.findChild<ui::LockOverlay *>());
        QCOMPARE(dialog->windowTitle(), dialogTitle);
        QCOMPARE(window.windowTitle(), windowTitle);
        QCOMPARE(medication->text(), QStringLiteral("Herbal"));
        QTest::keyClicks(medication, QStringLiteral(" 42"));
        QCOMPARE(medication->text(), QStringLiteral("Herbal 42"));

        // Lock now: Ctrl+L, from any window.
        QTest::keyClick(dialog, Qt::Key_L, Qt::ControlModifier);
        QVERIFY(lock->isLocked());
        QVERIFY(lock->unlock(kDemoPassword));
        dialog->close();
    }

    void frontDeskSeesNoClinicalData()
    {
        // A practitioner approves a plan; the front desk books it without seeing what is in it.
        const clinic::ActingUser claire =
            m_services->users.signIn(QStringLiteral("claire.martin"), kDemoPassword);
        const records::PatientRecord camille =
            m_services->patients.search(claire, QStringLiteral("camille"), 1).front();
        test::approvedPlan(*m_services, claire,
                           test::signedConsultation(*m_services, claire, camille.id,
                                                    test::oneRequest("hair_loss", "scalp")));

        const clinic::ActingUser sophie =
            m_services->users.signIn(QStringLiteral("sophie.laurent"), kDemoPassword);
        ui::MainWindow window(*m_db, sophie);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(navigationTexts(window),
                 (QStringList{QStringLiteral("Patients"), QStringLiteral("Calendar"),
                              QStringLiteral("Recalls"), QStringLiteral("Billing"),
                              QStringLiteral("Stock"), QStringLiteral("Reports"),
                              QStringLiteral("Settings")}));
        QVERIFY(!window.catalogPage());
        QVERIFY(!window.usersPage());
        QVERIFY(!window.auditPage());
        QVERIFY(window.findChildren<ui::HistoryView *>().isEmpty());
        ui::PatientsPage *patients = window.patientsPage();
        QVERIFY(!patients->history());
        QVERIFY(!patients->consultationButton()->isVisibleTo(&window));
        QVERIFY(!patients->consultationButton()->menu());
        QVERIFY(!patients->exportButton()->isVisibleTo(&window));
        QVERIFY(!patients->anonymiseButton()->isVisibleTo(&window));
        QVERIFY(patients->newButton()->isVisibleTo(&window)); // identity and contact: yes
        patients->searchField()->setText(QStringLiteral("camille"));
        patients->view()->selectRow(0);
        QTest::qWait(20); // the (absent) history would follow the selection on the next turn
        QVERIFY(window.findChildren<ui::ConsultationDialog *>().isEmpty());

        // The calendar lists the plan from its bookable summary: patient, protocol, course.
        window.showPage(ui::MainWindow::Calendar);
        ui::CalendarPage *calendar = window.calendarPage();
        QCOMPARE(calendar->waitingList()->count(), 1);
        const QString waiting = calendar->waitingList()->item(0)->text();
        QVERIFY2(waiting.contains(QStringLiteral("MARTIN Camille")), qPrintable(waiting));
        QVERIFY2(waiting.contains(QStringLiteral("sessions every")), qPrintable(waiting));
        QVERIFY2(calendar->message().isEmpty(), qPrintable(calendar->message()));
        QVERIFY(calendar->bookButton()->isEnabled());

        // Settings: read only.
        ui::SettingsPage *settings = window.settingsPage();
        QVERIFY(settings->clinicNameEdit()->isReadOnly());
        QVERIFY(!settings->saveClinicButton()->isVisibleTo(settings));
        QVERIFY(!settings->idleLockBox());

        // And nothing clinical was read in her name.
        const clinic::ActingUser admin = m_services->users.createFirstAdmin(
            QStringLiteral("alice"), QStringLiteral("Alice Moreau"), kAdminPassword);
        records::AuditFilter hers;
        hers.userId = sophie.id;
        const auto rows = m_services->audit.list(admin, hers);
        QVERIFY(!rows.empty());
        for (const records::AuditEntry &e : rows)
            QVERIFY2(!e.action.startsWith(QStringLiteral("consultation.")) &&
                         e.action != QStringLiteral("plan.read"),
                     qPrintable(e.action));
    }

    void practitionerSeesNoAdministration()
    {
        const clinic::ActingUser claire =
            m_services->users.signIn(QStringLiteral("claire.martin"), kDemoPassword);
        ui::MainWindow window(*m_db, claire);
        QCOMPARE(navigationTexts(window),
                 (QStringList{QStringLiteral("Patients"), QStringLiteral("Calendar"),
                              QStringLiteral("Recalls"), QStringLiteral("Billing"),
                              QStringLiteral("Stock"), QStringLiteral("Reports"),
                              QStringLiteral("Catalog"), QStringLiteral("Settings")}));
        QVERIFY(!window.usersPage());
        QVERIFY(!window.auditPage());
        QVERIFY(window.patientsPage()->history());
        QVERIFY(!window.patientsPage()->exportButton()->isVisibleTo(&window));
        QVERIFY(!window.patientsPage()->importButton()->isVisibleTo(&window));
        QVERIFY(window.settingsPage()->clinicNameEdit()->isReadOnly());
        QVERIFY(!window.settingsPage()->idleLockBox());

        // File > Change my password…: the same checks as everywhere, then the new one signs in.
        auto *change = window.findChild<QAction *>(QStringLiteral("changePassword"));
        QVERIFY(change);
        const QString fresh = QStringLiteral("new-secret-42");
        QVERIFY(withModal<ui::PasswordDialog>(
            [&] { change->trigger(); },
            [&](ui::PasswordDialog *d) {
                d->passwordEdit()->setText(QStringLiteral("short"));
                d->repeatEdit()->setText(QStringLiteral("short"));
                d->okButton()->click();
                QVERIFY(d->isVisible());
                QCOMPARE(d->problem(),
                         QStringLiteral("New password: expected at least 8 characters"));
                d->passwordEdit()->setText(fresh);
                d->repeatEdit()->setText(fresh + QLatin1Char('!'));
                d->okButton()->click();
                QCOMPARE(d->problem(), QStringLiteral("Repeat password: the two passwords differ"));
                d->repeatEdit()->setText(fresh);
                d->okButton()->click();
                QVERIFY(!d->isVisible());
            }));
        QVERIFY_THROWS_EXCEPTION(
            clinic::SignInError,
            m_services->users.signIn(QStringLiteral("claire.martin"), kDemoPassword));
        QCOMPARE(m_services->users.signIn(QStringLiteral("claire.martin"), fresh).id, claire.id);

        // File > Sign out: main() takes it from there.
        QSignalSpy signOut(&window, &ui::MainWindow::signOutRequested);
        window.findChild<QAction *>(QStringLiteral("signOut"))->trigger();
        QCOMPARE(signOut.count(), 1);
    }

    // The import dialog checks the file as soon as it is opened, shows the bad lines and the
    // columns (each one can be changed), and imports only when asked to leave the bad lines out.
    void administratorImportsPatients()
    {
        const clinic::ActingUser admin = m_services->users.createFirstAdmin(
            QStringLiteral("alice"), QStringLiteral("Alice Moreau"), kAdminPassword);
        const QString path = m_tmp->path(QStringLiteral("anciens.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("Nom;Prénom;Né le;Portable;Dossier\n"
                                  "Lefèvre;Hélène;12/03/1980;06 12 34 56 78;A1\n"
                                  "Petit;Paul;31/02/1980;;A2\n"
                                  "Roux;Claire;1986-03-09;;A3\n")
                       .toUtf8());
        file.close();
        const QString unnamed = m_tmp->path(QStringLiteral("unnamed.csv"));
        QFile other(unnamed);
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write(QByteArrayLiteral("Nom;Prénom;Né\nBlanc;Ève;01/02/1990\n"));
        other.close();
        const qint64 before = m_services->patients.count(admin);
        ui::MainWindow window(*m_db, admin);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ui::PatientsPage *page = window.patientsPage();
        QVERIFY(page->importButton()->isVisibleTo(&window));
        QVERIFY(withModal<ui::ImportPatientsDialog>(
            [&] { page->importButton()->click(); },
            [&](ui::ImportPatientsDialog *d) {
                // A column the import does not recognise: refused, the others shown as
                // recognised, and accepted once the column is given its field.
                d->openFile(unnamed);
                QVERIFY(d->summaryLabel()->text().contains(QStringLiteral("birth_date")));
                QVERIFY(!d->importButton()->isEnabled());
                const auto box = [d](int row) {
                    return qobject_cast<QComboBox *>(d->columnsTable()->cellWidget(row, 1));
                };
                QCOMPARE(box(0)->currentData().toString(), QStringLiteral("family_name"));
                QCOMPARE(box(2)->currentData().toString(), QString());
                box(2)->setCurrentIndex(box(2)->findData(QStringLiteral("birth_date")));
                QTRY_VERIFY(d->importButton()->isEnabled());
                QVERIFY(d->summaryLabel()->text().contains(QStringLiteral("1 patient to import")));

                d->openFile(path);
                // The columns as recognised: the file number is not imported.
                QCOMPARE(d->columnsTable()->rowCount(), 5);
                const auto fills = [d](int row) {
                    return qobject_cast<QComboBox *>(d->columnsTable()->cellWidget(row, 1))
                        ->currentData()
                        .toString();
                };
                QCOMPARE(fills(2), QStringLiteral("birth_date"));
                QCOMPARE(fills(3), QStringLiteral("phone"));
                QCOMPARE(fills(4), QString());
                QCOMPARE(d->previewTable()->rowCount(), 3);
                QCOMPARE(d->previewTable()->item(0, 0)->text(), QStringLiteral("Lefèvre"));
                // The bad date is named with its line; nothing can be imported until it is
                // left out.
                QCOMPARE(d->problemsTable()->rowCount(), 1);
                QCOMPARE(d->problemsTable()->item(0, 0)->text(), QStringLiteral("3"));
                QVERIFY(
                    d->problemsTable()->item(0, 2)->text().contains(QStringLiteral("31/02/1980")));
                QVERIFY(!d->importButton()->isEnabled());
                // A column taken out: the birth dates are then missing, the file is refused.
                auto *birth = qobject_cast<QComboBox *>(d->columnsTable()->cellWidget(2, 1));
                birth->setCurrentIndex(birth->findData(QString()));
                QTRY_VERIFY(d->summaryLabel()->text().contains(QStringLiteral("birth_date")));
                QVERIFY(!d->importButton()->isEnabled());
                birth = qobject_cast<QComboBox *>(d->columnsTable()->cellWidget(2, 1));
                birth->setCurrentIndex(birth->findData(QStringLiteral("birth_date")));
                QTRY_COMPARE(d->problemsTable()->rowCount(), 1);
                d->skipBadBox()->setChecked(true);
                QVERIFY(d->importButton()->isEnabled());
                QVERIFY(d->summaryLabel()->text().contains(QStringLiteral("2 patients to import")));
                d->importButton()->click();
                QCOMPARE(d->result(), int(QDialog::Accepted));
                QCOMPARE(d->imported().size(), size_t{2});
            }));
        QCOMPARE(m_services->patients.count(admin), before + 2);
        QCOMPARE(page->message(), QStringLiteral("2 patients imported."));
        int imported = 0;
        for (const records::AuditEntry &e : m_services->audit.list(admin, {}))
            imported += e.action == QLatin1String("patient.import");
        QCOMPARE(imported, 2);
    }

    void administratorManagesUsers()
    {
        const clinic::ActingUser admin = m_services->users.createFirstAdmin(
            QStringLiteral("alice"), QStringLiteral("Alice Moreau"), kAdminPassword);
        ui::MainWindow window(*m_db, admin);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(navigationTexts(window),
                 (QStringList{QStringLiteral("Patients"), QStringLiteral("Recalls"),
                              QStringLiteral("Billing"), QStringLiteral("Stock"),
                              QStringLiteral("Reports"), QStringLiteral("Catalog"),
                              QStringLiteral("Settings"), QStringLiteral("Users"),
                              QStringLiteral("Audit")}));
        QVERIFY(!window.calendarPage());
        QVERIFY(!window.patientsPage()->history());
        QVERIFY(!window.patientsPage()->consultationButton()->isVisibleTo(&window));
        QVERIFY(!window.patientsPage()->newButton()->isVisibleTo(&window));
        QVERIFY(window.patientsPage()->exportButton()->isVisibleTo(&window));
        QVERIFY(window.patientsPage()->anonymiseButton()->isVisibleTo(&window));

        window.showPage(ui::MainWindow::Users);
        QCOMPARE(window.pages()->currentWidget(), window.usersPage());
        ui::UsersPage *page = window.usersPage();
        QAbstractItemModelTester tester(page->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int before = page->model()->rowCount();
        QCOMPARE(before, static_cast<int>(m_services->users.users(admin).size()));
        QCOMPARE(before, 4); // the administrator and the three demo accounts

        const QString password = QStringLiteral("front-desk-2024");
        QVERIFY(withModal<ui::UserDialog>(
            [&] { page->addButton()->click(); },
            [&](ui::UserDialog *d) {
                QTest::keyClicks(d->usernameEdit(), QStringLiteral("Nadia R"));
                QTest::keyClicks(d->nameEdit(), QStringLiteral("Nadia Roux"));
                d->roleBox()->setCurrentIndex(d->roleBox()->findData(QStringLiteral("front_desk")));
                QTest::keyClicks(d->passwordEdit(), password);
                QTest::keyClicks(d->repeatEdit(), password);
                d->okButton()->click();
                QVERIFY(d->isVisible());
                QVERIFY2(d->problem().startsWith(QStringLiteral("User name: expected")),
                         qPrintable(d->problem()));
                d->usernameEdit()->setText(QStringLiteral("sophie.laurent")); // taken
                d->okButton()->click();
                QVERIFY(d->isVisible());
                QCOMPARE(d->problem(),
                         QStringLiteral("User name: \"sophie.laurent\" is already taken"));
                d->usernameEdit()->setText(QStringLiteral("nadia.roux"));
                d->repeatEdit()->setText(QStringLiteral("something else"));
                d->okButton()->click();
                QCOMPARE(d->problem(), QStringLiteral("Repeat password: the two passwords differ"));
                d->repeatEdit()->setText(password);
                d->okButton()->click();
                QVERIFY(!d->isVisible());
                QCOMPARE(d->result(), int(QDialog::Accepted));
            }));
        QCOMPARE(page->model()->rowCount(), before + 1);
        int row = -1;
        for (int r = 0; r < page->model()->rowCount(); ++r) {
            if (page->model()->item(r, ui::UsersPage::Username)->text() ==
                QStringLiteral("nadia.roux"))
                row = r;
        }
        QVERIFY(row >= 0);
        QCOMPARE(page->model()->item(row, ui::UsersPage::Name)->text(),
                 QStringLiteral("Nadia Roux"));
        QCOMPARE(page->model()->item(row, ui::UsersPage::Role)->text(),
                 QStringLiteral("front desk"));
        QCOMPARE(page->model()->item(row, ui::UsersPage::Active)->text(), QStringLiteral("yes"));
        QCOMPARE(page->model()->item(row, ui::UsersPage::LastSignIn)->text(),
                 QStringLiteral("never"));
        QCOMPARE(m_services->users.signIn(QStringLiteral("nadia.roux"), password).role,
                 QStringLiteral("front_desk"));

        // Deactivated: she can no longer sign in. The last administrator cannot be.
        page->view()->selectRow(row);
        QCOMPARE(page->activeButton()->text(), QStringLiteral("&Deactivate"));
        QVERIFY(page->toggleActive());
        QVERIFY_THROWS_EXCEPTION(clinic::SignInError,
                                 m_services->users.signIn(QStringLiteral("nadia.roux"), password));
        for (int r = 0; r < page->model()->rowCount(); ++r) {
            if (page->model()->item(r, ui::UsersPage::Username)->text() == QStringLiteral("alice"))
                page->view()->selectRow(r);
        }
        QVERIFY(!page->toggleActive());
        QVERIFY2(page->message().contains(QStringLiteral("at least one active administrator")),
                 qPrintable(page->message()));
    }

    // Signing in builds the first page only (start-up: docs/performance.md); every other page is
    // built, and reads its data, when it is first opened or asked for.
    void pagesAreBuiltWhenFirstOpened()
    {
        const clinic::ActingUser admin = m_services->users.createFirstAdmin(
            QStringLiteral("alice"), QStringLiteral("Alice Moreau"), kAdminPassword);
        ui::MainWindow window(*m_db, admin);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.isBuilt(ui::MainWindow::Patients));
        QCOMPARE(window.pages()->currentWidget(), window.patientsPage());
        for (const auto page :
             {ui::MainWindow::Stock, ui::MainWindow::Catalog, ui::MainWindow::Settings,
              ui::MainWindow::Users, ui::MainWindow::Audit})
            QVERIFY(window.hasPage(page) && !window.isBuilt(page));
        QVERIFY(!window.hasPage(ui::MainWindow::Calendar) &&
                !window.isBuilt(ui::MainWindow::Calendar));
        const int pages = window.pages()->count();

        // Opened from the navigation: built in its row, shown, with its data.
        window.navigation()->setCurrentRow(window.navigation()->count() - 1);
        QVERIFY(window.isBuilt(ui::MainWindow::Audit));
        QCOMPARE(window.pages()->currentWidget(), window.auditPage());
        QCOMPARE(window.pages()->indexOf(window.auditPage()), window.navigation()->count() - 1);
        QVERIFY(window.auditPage()->model()->rowCount() > 0); // alice's account, at least
        QVERIFY(!window.isBuilt(ui::MainWindow::Catalog));

        // Asked for: built, not shown.
        QVERIFY(window.catalogPage());
        QVERIFY(window.isBuilt(ui::MainWindow::Catalog));
        QCOMPARE(window.pages()->currentWidget(), window.auditPage());
        QCOMPARE(window.catalogPage()->ingredientsModel()->rowCount(),
                 static_cast<int>(m_services->catalog.current(admin)->ingredients.size()));
        QCOMPARE(window.pages()->count(), pages); // each place holder gave way to its page

        // A user added on the Users page shows in the audit page's filter, whichever was built
        // first.
        const int usersListed = window.auditPage()->userBox()->count();
        records::UserRecord nadia;
        nadia.username = QStringLiteral("nadia.roux");
        nadia.displayName = QStringLiteral("Nadia Roux");
        nadia.role = QStringLiteral("front_desk");
        m_services->users.addUser(admin, nadia, QStringLiteral("a long password"));
        Q_EMIT window.usersPage()->usersChanged();
        QCOMPARE(window.auditPage()->userBox()->count(), usersListed + 1);
    }

    void auditPageFiltersAndExports()
    {
        const clinic::ActingUser admin = m_services->users.createFirstAdmin(
            QStringLiteral("alice"), QStringLiteral("Alice Moreau"), kAdminPassword);
        // Claire signs in and reads a patient's consultations: rows in her name, about the patient.
        const clinic::ActingUser claire =
            m_services->users.signIn(QStringLiteral("claire.martin"), kDemoPassword);
        const records::PatientRecord helene =
            m_services->patients.search(claire, QStringLiteral("helene"), 1).front();
        test::signedConsultation(*m_services, claire, helene.id,
                                 test::oneRequest("hair_loss", "scalp"));
        m_services->consultations.forPatient(claire, helene.id);
        m_services->users.signIn(QStringLiteral("hugo.bernard"), kDemoPassword);

        ui::MainWindow window(*m_db, admin);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(ui::MainWindow::Audit);
        ui::AuditPage *page = window.auditPage();
        QAbstractItemModelTester tester(page->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(page->model()->rowCount() > 5);

        // By user: only Claire's rows, as many as the service lists.
        const int claireIndex = page->userBox()->findData(claire.id);
        QVERIFY(claireIndex > 0);
        page->userBox()->setCurrentIndex(claireIndex);
        records::AuditFilter hers;
        hers.userId = claire.id;
        const int rows = static_cast<int>(m_services->audit.list(admin, hers).size());
        QVERIFY(rows >= 3);
        QCOMPARE(page->model()->rowCount(), rows);
        QStringList actions;
        for (int r = 0; r < page->model()->rowCount(); ++r) {
            QCOMPARE(page->model()->item(r, ui::AuditPage::User)->text(),
                     QStringLiteral("claire.martin"));
            // The action as a label; its code under kCodeRole and in the tooltip.
            const QStandardItem *action = page->model()->item(r, ui::AuditPage::Action);
            const QString code = action->data(ui::AuditPage::kCodeRole).toString();
            QCOMPARE(action->text(), ui::auditActionLabel(code));
            QVERIFY2(action->text() != code, qPrintable(code));
            QVERIFY(action->toolTip().contains(code));
            actions << action->text();
        }
        QVERIFY2(actions.contains(QStringLiteral("Signed in")),
                 qPrintable(actions.join(QLatin1Char(' '))));
        QVERIFY2(actions.contains(QStringLiteral("Consultation read")),
                 qPrintable(actions.join(QLatin1Char(' '))));
        // Newest first, in local time, written as the locale writes a date, with the seconds.
        const QStandardItem *newest = page->model()->item(0, ui::AuditPage::Time);
        const QDateTime at = newest->data(ui::AuditPage::kAtRole).toDateTime();
        QVERIFY(at.isValid());
        QCOMPARE(newest->text(), QLocale().toString(at.date(), QLocale::ShortFormat) +
                                     at.toString(QStringLiteral(" HH:mm:ss")));
        QVERIFY(at >= page->model()
                          ->item(rows - 1, ui::AuditPage::Time)
                          ->data(ui::AuditPage::kAtRole)
                          .toDateTime());

        // By patient too: her rows about Hélène, each naming her.
        page->patientBox()->setValue(static_cast<int>(helene.id));
        Q_EMIT page->patientBox()->editingFinished();
        QVERIFY(page->model()->rowCount() > 0);
        QVERIFY(page->model()->rowCount() < rows);
        for (int r = 0; r < page->model()->rowCount(); ++r)
            QVERIFY(page->model()
                        ->item(r, ui::AuditPage::Patient)
                        ->text()
                        .contains(QStringLiteral("DUBOIS")));
        page->patientBox()->setValue(0);
        Q_EMIT page->patientBox()->editingFinished();
        QCOMPARE(page->model()->rowCount(), rows);

        // Dates: from tomorrow, nothing; up to today, everything.
        page->fromEdit()->setDate(QDate::currentDate().addDays(1));
        page->fromBox()->setChecked(true);
        QCOMPARE(page->model()->rowCount(), 0);
        page->fromBox()->setChecked(false);
        page->toEdit()->setDate(QDate::currentDate());
        page->toBox()->setChecked(true);
        QCOMPARE(page->model()->rowCount(), rows);

        // CSV of the same filter: the header, then one record per row shown.
        const QString path = m_tmp->path(QStringLiteral("audit.csv"));
        QVERIFY2(page->exportCsv(path), qPrintable(page->message()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QStringList> records = csvRecords(QString::fromUtf8(file.readAll()));
        QCOMPARE(
            records.value(0),
            (QStringList{QStringLiteral("seq"), QStringLiteral("at"), QStringLiteral("user_id"),
                         QStringLiteral("username"), QStringLiteral("action"),
                         QStringLiteral("patient_id"), QStringLiteral("entity"),
                         QStringLiteral("summary"), QStringLiteral("hash")}));
        QCOMPARE(records.size() - 1, rows);
        for (qsizetype i = 1; i < records.size(); ++i) {
            QCOMPARE(records[i].value(3), QStringLiteral("claire.martin"));
            // The export keeps the stored codes, not the page's labels.
            QVERIFY2(QRegularExpression(QStringLiteral("^[a-z_]+\\.[a-z_]+$"))
                         .match(records[i].value(4))
                         .hasMatch(),
                     qPrintable(records[i].value(4)));
        }
        QVERIFY(!page->exportCsv(QStringLiteral("/nonexistent-dir/audit.csv")));
        QVERIFY(page->message().startsWith(QStringLiteral("Cannot write")));

        // The export is audited, in the administrator's name.
        page->userBox()->setCurrentIndex(page->userBox()->findData(admin.id));
        QCOMPARE(page->model()->item(0, ui::AuditPage::Action)->text(),
                 QStringLiteral("Audit trail exported"));

        // The chain verifies.
        QVERIFY(page->verify());
        QVERIFY2(page->message().startsWith(QStringLiteral("The audit trail is intact")),
                 qPrintable(page->message()));
    }

    void administratorSetsPoliciesAndHandlesPrivacy()
    {
        const clinic::ActingUser admin = m_services->users.createFirstAdmin(
            QStringLiteral("alice"), QStringLiteral("Alice Moreau"), kAdminPassword);
        ui::MainWindow window(*m_db, admin);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // Policies: saved through the service; the idle lock follows at once.
        ui::SettingsPage *settings = window.settingsPage();
        QVERIFY(settings->idleLockBox());
        QVERIFY(!settings->clinicNameEdit()->isReadOnly());
        QCOMPARE(settings->idleLockBox()->value(), 5);
        settings->idleLockBox()->setValue(12);
        settings->retentionBox()->setValue(25);
        settings->backupGenerationsBox()->setValue(3);
        QCOMPARE(settings->expiryWarningBox()->value(), 60);
        settings->expiryWarningBox()->setValue(90);
        settings->savePoliciesButton()->click();
        QCOMPARE(settings->policiesMessage(), QStringLiteral("Saved."));
        const clinic::ClinicPolicies saved = m_services->profile.policies(admin);
        QCOMPARE(saved.idleLockMinutes, 12);
        QCOMPARE(saved.retentionYears, 25);
        QCOMPARE(saved.backupGenerations, 3);
        QCOMPARE(saved.expiryWarningDays, 90);
        QCOMPARE(window.idleLock()->timeout(), 12 * 60 * 1000);

        // Export everything held about a patient, as JSON.
        ui::PatientsPage *patients = window.patientsPage();
        patients->searchField()->setText(QStringLiteral("helene"));
        patients->view()->selectRow(0);
        const qint64 id = patients->model()->patient(0).id;
        const QString json = m_tmp->path(QStringLiteral("patient.json"));
        QVERIFY2(patients->exportSelected(json), qPrintable(patients->message()));
        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto exported = nlohmann::json::parse(file.readAll().toStdString());
        QVERIFY(exported["format"] == clinic::PrivacyService::kExportFormat);
        QVERIFY(exported["patient"]["id"] == id);
        QVERIFY(exported["patient"]["family_name"] == "Dubois");

        // Anonymise: refused while the retention period runs, with the service's reason.
        QVERIFY(!patients->anonymiseSelected(QStringLiteral("Request by e-mail")));
        QVERIFY2(patients->message().contains(QStringLiteral("retention period runs until")),
                 qPrintable(patients->message()));
        QCOMPARE(m_services->patients.find(admin, id)->familyName, QStringLiteral("Dubois"));
        // The dialog asks for the reason, shows the name as typed and when the period ends.
        QVERIFY(withModal<QInputDialog>(
            [&] { patients->anonymiseButton()->click(); },
            [](QInputDialog *d) {
                const QLabel *label = d->findChild<QLabel *>();
                QVERIFY(label);
                QCOMPARE(label->textFormat(), Qt::PlainText);
                QVERIFY(label->text().contains(QStringLiteral("Hélène Dubois")));
                QVERIFY(label->text().contains(
                    QStringLiteral("retention period for this record ends on")));
            }));
        clinic::ClinicPolicies none = saved;
        none.retentionYears = 0;
        m_services->profile.setPolicies(admin, none);
        QVERIFY2(patients->anonymiseSelected(QStringLiteral("Request by e-mail")),
                 qPrintable(patients->message()));
        QCOMPARE(m_services->patients.find(admin, id)->familyName, QStringLiteral("ANONYMISED"));

        // Back up now…: to a new file only.
        const QString copy = m_tmp->path(QStringLiteral("copy.sqlite"));
        QVERIFY2(settings->backUpTo(copy), qPrintable(settings->backupMessage()));
        QVERIFY(QFileInfo(copy).size() > 0);
        QVERIFY(!settings->backUpTo(copy));
        QVERIFY2(settings->backupMessage().contains(QStringLiteral("already exists")),
                 qPrintable(settings->backupMessage()));

        // The daily backup: made when due, not again the same day.
        const QString backup = window.checkDailyBackup();
        QVERIFY(QFile::exists(backup));
        QVERIFY(backup.startsWith(m_services->backups.backupFolder()));
        QCOMPARE(window.checkDailyBackup(), QString());
    }

    void markupAndSqlInNamesAreShownVerbatim()
    {
        const QString raw = QStringLiteral("<b>Robert'); DROP TABLE patients;--</b>");
        const QString image = QStringLiteral("<img src=\"file:///etc/passwd\">Tables");
        const clinic::ActingUser claire =
            m_services->users.signIn(QStringLiteral("claire.martin"), kDemoPassword);
        ui::MainWindow window(*m_db, claire);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ui::PatientsPage *page = window.patientsPage();
        const qint64 before = m_services->patients.count(claire);
        QVERIFY(withModal<ui::PatientDialog>(
            [&] { page->newButton()->click(); },
            [&](ui::PatientDialog *d) {
                QTest::keyClicks(d->findChild<QLineEdit *>(QStringLiteral("familyName")), image);
                QTest::keyClicks(d->findChild<QLineEdit *>(QStringLiteral("givenNames")), raw);
                d->findChild<QDateEdit *>(QStringLiteral("birthDate"))->setDate(QDate(1990, 5, 17));
                d->findChild<QPlainTextEdit *>(QStringLiteral("notes"))->setPlainText(raw);
                d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
                QVERIFY2(!d->isVisible(), qPrintable(d->problem()));
            }));
        // Stored as typed; the table is still there.
        QCOMPARE(m_services->patients.count(claire), before + 1);
        const QModelIndexList selected = page->view()->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        const records::PatientRecord stored =
            *m_services->patients.find(claire, page->model()->patient(selected.first().row()).id);
        QCOMPARE(stored.givenNames, raw);
        QCOMPARE(stored.familyName, image);
        QCOMPARE(stored.notes, raw);

        // Shown as typed: the history's title (plain text), the list's tooltip (escaped).
        QTRY_VERIFY(page->history()->findChild<QLabel *>()->text().contains(raw));
        const QLabel *title = page->history()->findChild<QLabel *>();
        QCOMPARE(title->textFormat(), Qt::PlainText);
        QCOMPARE(title->text(), QStringLiteral("History of %1 %2").arg(raw, image.toUpper()));
        const QString tip =
            page->model()
                ->data(page->model()->index(selected.first().row(), ui::PatientTableModel::Name),
                       Qt::ToolTipRole)
                .toString();
        QVERIFY2(tip.contains(QStringLiteral("&lt;b&gt;Robert")), qPrintable(tip));
        QVERIFY(!tip.contains(QStringLiteral("<b>")));
        // The archive question names the patient as typed.
        QVERIFY(withModal<QMessageBox>(
            [&] { page->archiveButton()->click(); },
            [&](QMessageBox *box) {
                const auto *label = box->findChild<QLabel *>(QStringLiteral("qt_msgbox_label"));
                QVERIFY(label);
                QCOMPARE(label->textFormat(), Qt::PlainText);
                QVERIFY(label->text().startsWith(QStringLiteral("Archive %1 %2?").arg(raw, image)));
            }));
        QVERIFY(
            !m_services->patients.find(claire, stored.id)->archived); // the question was dismissed
    }

private:
    std::unique_ptr<test::TempDir> m_tmp;
    std::unique_ptr<clinic::ClinicDatabase> m_db;
    std::unique_ptr<clinic::Services> m_services;
};

QTEST_MAIN(SecurityTest)
#include "records/auditrecords.h"
#include "records/patientrecord.h"
#include "security_test.moc"

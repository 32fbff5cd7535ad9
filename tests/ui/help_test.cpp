// Help and the window (issue 20) through the real widgets: F1 opens the bundled user guide at the
// section of the page shown, with its screenshots; the guide's search keeps the sections holding
// the words; the keyboard shortcuts are listed; the window comes back as this workstation left
// it; the status bar fits a 1366-pixel screen.

#include "calendarpage.h"
#include "clinicfixture.h"
#include "clinicsetupdialog.h"
#include "helpwindow.h"
#include "mainwindow.h"
#include "patientspage.h"
#include "patienttablemodel.h"
#include "setupassistant.h"
#include "userspage.h"

#include "clinic/clinicdatabase.h"
#include "clinic/clinictime.h"
#include "clinic/language.h"
#include "clinic/services.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QTreeWidget>

using namespace meso;

class HelpTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempDir> m_tmp;
    std::unique_ptr<clinic::ClinicDatabase> m_db;
    QTemporaryDir m_settings;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // The workstation's settings (the window's geometry) in the test's own folder.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
        clinic::installLanguage(QStringLiteral("en"));
        m_tmp = std::make_unique<test::TempDir>();
        m_db = clinic::openClinicDatabase(m_tmp->dbPath());
    }

    void cleanupTestCase()
    {
        m_db.reset();
        m_tmp.reset();
    }

    void f1OpensTheSectionOfThePageShown()
    {
        QSet<int> opened;
        for (const clinic::ActingUser &user :
             {clinic::ActingUser::builtInLocal(*m_db), clinic::ActingUser::system(*m_db)}) {
            ui::MainWindow window(*m_db, user);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *guide = window.findChild<QAction *>(QStringLiteral("userGuide"));
            QVERIFY(guide);
            QCOMPARE(guide->shortcut(), QKeySequence(Qt::Key_F1));
            for (int page = ui::MainWindow::Patients; page <= ui::MainWindow::Billing; ++page) {
                const auto p = static_cast<ui::MainWindow::Page>(page);
                if (!window.hasPage(p))
                    continue;
                window.showPage(p);
                QTest::keyClick(&window, Qt::Key_F1);
                ui::HelpWindow *help = window.findChild<ui::HelpWindow *>();
                QVERIFY(help);
                QVERIFY(help->isVisible());
                QCOMPARE(help->currentSection(), ui::MainWindow::helpSection(p));
                // At the top of the view, where the reader starts.
                QTest::qWait(10);
                const int top = help->browser()->cursorRect().top();
                QVERIFY2(top >= 0 && top < 40, qPrintable(QString::number(top)));
                opened.insert(page);
            }
        }
        QCOMPARE(opened.size(), ui::MainWindow::Billing + 1); // every page, between the two roles
    }

    void theGuideIsBundledWithItsScreenshots()
    {
        ui::HelpWindow help;
        const QString text = help.browser()->toPlainText();
        QVERIFY(text.contains(QStringLiteral("A day with MesoPlan")));
        QVERIFY(help.contents()->topLevelItemCount() > 20);
        // Each screenshot the guide shows is in the program, and the browser reads it.
        QVERIFY(QFile::exists(QStringLiteral(":/mesoplan/guide/images/patients.png")));
        QVERIFY(QFile::exists(QStringLiteral(":/mesoplan/guide/images/fr/patients.png")));
        QVERIFY(QFile::exists(ui::HelpWindow::guidePath(QStringLiteral("fr"))));
        const QVariant image = help.browser()->document()->resource(
            QTextDocument::ImageResource, QUrl(QStringLiteral("images/patients.png")));
        QVERIFY(image.isValid());
    }

    void theGuideIsSearchable()
    {
        ui::HelpWindow help;
        help.show();
        QVERIFY(QTest::qWaitForWindowExposed(&help));
        QVERIFY(help.search(QStringLiteral("anonymisation retention")) >= 1);
        bool shown = false;
        for (QTreeWidgetItemIterator it(help.contents()); *it; ++it)
            if ((*it)->text(0).startsWith(QStringLiteral("A patient's data")))
                shown = !(*it)->isHidden();
        QVERIFY(shown);
        int visible = 0;
        for (QTreeWidgetItemIterator it(help.contents()); *it; ++it)
            visible += (*it)->isHidden() ? 0 : 1;
        QVERIFY(visible < 20); // the others are hidden
        QVERIFY(help.browser()->textCursor().selectedText().compare(QStringLiteral("anonymisation"),
                                                                    Qt::CaseInsensitive) == 0);
        QCOMPARE(help.search(QStringLiteral("zzqqxxy")), 0);
        QCOMPARE(help.search(QString()), 0); // every section back
        int all = 0;
        for (QTreeWidgetItemIterator it(help.contents()); *it; ++it)
            all += (*it)->isHidden() ? 0 : 1;
        QVERIFY(all > 40);
    }

    void theShortcutsAreListed()
    {
        ui::MainWindow window(*m_db, clinic::ActingUser::builtInLocal(*m_db));
        const QStringList lines = window.shortcutLines();
        QVERIFY2(lines.contains(QStringLiteral("F1: User guide")),
                 qPrintable(lines.join(QLatin1Char('|'))));
        QVERIFY(lines.contains(QStringLiteral("Ctrl+L: Lock now")));
        for (const char *line : {"Ctrl+F: Find", "Ctrl+N: New…", "Ctrl+P: Print…", "F5: Refresh"})
            QVERIFY2(lines.contains(QString::fromUtf8(line)), line);
    }

    // Ctrl+F, Ctrl+N, F5 and Ctrl+P reach the page shown, from the keyboard alone.
    void theKeysReachThePageShown()
    {
        clinic::Services services(*m_db);
        const auto user = clinic::ActingUser::builtInLocal(*m_db);
        ui::MainWindow window(*m_db, user);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        window.showPage(ui::MainWindow::Patients);
        ui::PatientsPage *patients = window.patientsPage();
        // Ctrl+F: the search field, its text selected to be typed over.
        patients->searchField()->setText(QStringLiteral("old"));
        window.navigation()->setFocus();
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), patients->searchField());
        QCOMPARE(patients->searchField()->selectedText(), QStringLiteral("old"));
        patients->searchField()->clear();
        // F5: a patient added elsewhere (another workstation, here the service) appears.
        const int before = patients->model()->rowCount();
        test::addPatient(services, user, QStringLiteral("Zwart"));
        QCOMPARE(patients->model()->rowCount(), before);
        QTest::keyClick(&window, Qt::Key_F5);
        QCOMPARE(patients->model()->rowCount(), before + 1);
        // Ctrl+N: the new patient form.
        QString title;
        QTimer::singleShot(0, [&title] {
            if (QWidget *modal = QApplication::activeModalWidget()) {
                title = modal->windowTitle();
                static_cast<QDialog *>(modal)->reject();
            }
        });
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(title, QStringLiteral("New patient"));
        // From a page without a search field, Ctrl+F goes to the patients' search.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.showPage(ui::MainWindow::Calendar);
        QVERIFY(window.pageAction(ui::PageRole::Find));
        QCOMPARE(window.currentPage(), int(ui::MainWindow::Patients));
        QCOMPARE(QApplication::focusWidget(), patients->searchField());
        // A page without a "new" of its own: nothing happens.
        window.showPage(ui::MainWindow::Reports);
        QVERIFY(!window.pageAction(ui::PageRole::New));
        QVERIFY(window.refreshPage());
    }

    void theWindowComesBackAsItWasLeft()
    {
        {
            ui::MainWindow window(*m_db, clinic::ActingUser::builtInLocal(*m_db));
            window.showRestored();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.showNormal();
            window.resize(1010, 640);
            window.move(40, 30);
            QTest::qWait(20);
            window.close();
        }
        ui::MainWindow again(*m_db, clinic::ActingUser::builtInLocal(*m_db));
        again.showRestored();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), QSize(1010, 640));
    }

    void theSplittersComeBackWhereTheyWereLeft()
    {
        const auto practitioner = clinic::ActingUser::builtInLocal(*m_db);
        const auto splitterOf = [](ui::MainWindow &w) {
            return w.calendarPage()->findChild<QSplitter *>();
        };
        int left = 0;
        {
            ui::MainWindow window(*m_db, practitioner);
            window.resize(1366, 768);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.showPage(ui::MainWindow::Calendar);
            QSplitter *split = splitterOf(window);
            QVERIFY(split);
            const int total = split->sizes().value(0) + split->sizes().value(1);
            split->setSizes({300, total - 300});
            left = split->sizes().value(0);
            Q_EMIT split->splitterMoved(left, 1); // as a drag of its handle does
        }
        ui::MainWindow again(*m_db, practitioner);
        again.resize(1366, 768);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        again.showPage(ui::MainWindow::Calendar);
        QTest::qWait(10);
        QCOMPARE(splitterOf(again)->sizes().value(0), left);
    }

    void emptyListsSayWhatToDoNext()
    {
        test::TempDir tmp;
        auto db = clinic::openClinicDatabase(tmp.dbPath());
        ui::MainWindow window(*db, clinic::ActingUser::builtInLocal(*db));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ui::PatientsPage *patients = window.patientsPage();
        QVERIFY(patients->emptyState()->isVisible());
        QVERIFY(!patients->view()->isVisible());
        const auto offers = patients->emptyState()->findChildren<QPushButton *>();
        QCOMPARE(offers.size(),
                 1); // a practitioner adds patients; importing is the administrator's
        QCOMPARE(offers.front()->text(), QStringLiteral("Add a patient…"));
        // The first patient: the list takes the place.
        clinic::Services services(*db);
        test::addPatient(services, window.user(), QStringLiteral("Première"));
        patients->refresh();
        QVERIFY(!patients->emptyState()->isVisible());
        QVERIFY(patients->view()->isVisible());
        // A search that finds nothing is not the first day: the (empty) list stays.
        patients->searchField()->setText(QStringLiteral("zzz"));
        patients->refresh();
        QVERIFY(!patients->emptyState()->isVisible());

        window.showPage(ui::MainWindow::Calendar);
        ui::CalendarPage *calendar = window.calendarPage();
        QCOMPARE(calendar->waitingList()->count(), 0);
        const auto *noneWaiting = calendar->findChild<QLabel *>(QStringLiteral("noneWaiting"));
        QVERIFY(noneWaiting && noneWaiting->isVisible());
        const auto *noAppointments =
            calendar->findChild<QLabel *>(QStringLiteral("noAppointments"));
        QVERIFY(noAppointments && noAppointments->isVisible());
        QVERIFY(noAppointments->text().startsWith(QStringLiteral("No appointments on ")));
    }

    void theSetupAssistantSetsANewClinicUp()
    {
        test::TempDir tmp;
        auto db = clinic::openClinicDatabase(tmp.dbPath());
        clinic::Services services(*db);
        const clinic::ActingUser admin = services.users.createFirstAdmin(
            QStringLiteral("ada"), QStringLiteral("Ada"), QStringLiteral("admin-secret-1"));
        ui::MainWindow window(*db, admin);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.setupChecklist() && window.setupChecklist()->isVisible());

        ui::SetupAssistant assistant(services, admin, &window);
        assistant.show();
        QVERIFY(QTest::qWaitForWindowExposed(&assistant));
        QCOMPARE(assistant.currentId(), int(ui::SetupAssistant::ClinicPage));
        // The clinic's details: refused without a name, the field named, the page kept.
        assistant.next();
        QCOMPARE(assistant.currentId(), int(ui::SetupAssistant::ClinicPage));
        QVERIFY2(assistant.message().contains(QStringLiteral("clinic.name")),
                 qPrintable(assistant.message()));
        // The logo: not any file; a PNG is kept and saved with the page.
        const QString notImage = tmp.path(QStringLiteral("logo.txt"));
        {
            QFile f(notImage);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("not a picture");
        }
        QVERIFY(!assistant.useLogoFile(notImage));
        QVERIFY2(assistant.message().startsWith(QStringLiteral("Not an image")),
                 qPrintable(assistant.message()));
        QImage logo(40, 20, QImage::Format_RGB32);
        logo.fill(Qt::darkCyan);
        const QString png = tmp.path(QStringLiteral("logo.png"));
        QVERIFY(logo.save(png));
        QVERIFY(assistant.useLogoFile(png));
        QVERIFY(assistant.languageBox()->count() >= 3); // the system's, English, French
        assistant.clinicNameEdit()->setText(QStringLiteral("Cabinet des Lilas"));
        assistant.clinicPhoneEdit()->setText(QStringLiteral("+33 1 23 45 67 89"));
        assistant.next();
        QCOMPARE(assistant.currentId(), int(ui::SetupAssistant::StaffPage));
        QCOMPARE(services.profile.profile(admin).name, QStringLiteral("Cabinet des Lilas"));
        QVERIFY(!QImage::fromData(services.profile.profile(admin).logo).isNull());

        // Staff: not without a practitioner's account; then a practitioner and a front desk,
        // shown on the page's list.
        assistant.next();
        QCOMPARE(assistant.currentId(), int(ui::SetupAssistant::StaffPage));
        QVERIFY(assistant.message().contains(QStringLiteral("practitioner")));
        records::UserRecord doc;
        doc.username = QStringLiteral("lea.roux");
        doc.displayName = QStringLiteral("Dr Léa Roux");
        doc.role = QStringLiteral("practitioner");
        services.users.addUser(admin, doc, QStringLiteral("practitioner-secret-1"));
        records::UserRecord desk;
        desk.username = QStringLiteral("accueil");
        desk.displayName = QStringLiteral("Accueil");
        desk.role = QStringLiteral("front_desk");
        services.users.addUser(admin, desk, QStringLiteral("desk-secret-123"));
        assistant.users()->refresh();
        QVERIFY(assistant.users()->model()->rowCount() >= 3);
        assistant.next();
        QCOMPARE(assistant.currentId(), int(ui::SetupAssistant::HoursPage));

        // Hours: the clinic's Monday, the practitioner's Monday and protocols.
        ui::ClinicSetupDialog *setup = assistant.clinicSetup();
        setup->openingEdit(1)->setText(QStringLiteral("08:00-13:00"));
        QVERIFY2(setup->saveHours(), qPrintable(setup->message()));
        // Cancelling the assistant with the setup's edits unsaved asks first; Cancel stays.
        setup->openingEdit(4)->setText(QStringLiteral("09:00-17:30"));
        QString asked;
        QTimer::singleShot(0, [&asked] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                asked = box->text();
                box->button(QMessageBox::Cancel)->click();
            }
        });
        assistant.reject();
        QVERIFY2(asked.contains(QStringLiteral("not saved")), qPrintable(asked));
        QVERIFY(assistant.isVisible());
        QCOMPARE(assistant.currentId(), int(ui::SetupAssistant::HoursPage));
        setup->openingEdit(4)->setText(QStringLiteral("09:00-18:00"));
        // A field left unsaved is saved by Next; one refused keeps the page, saying why.
        setup->openingEdit(5)->setText(QStringLiteral("09:00-17:00"));
        setup->openingEdit(2)->setText(QStringLiteral("13:00-08:00"));
        assistant.next();
        QCOMPARE(assistant.currentId(), int(ui::SetupAssistant::HoursPage));
        QVERIFY2(setup->message().contains(QStringLiteral("Tuesday")),
                 qPrintable(setup->message()));
        setup->openingEdit(2)->setText(QStringLiteral("09:00-18:00"));
        setup->practitionerBox()->setCurrentIndex(
            setup->practitionerBox()->findText(QStringLiteral("Dr Léa Roux")));
        QVERIFY(setup->practitionerBox()->currentIndex() >= 0);
        for (int day = 1; day <= 7; ++day)
            setup->practitionerHoursEdit(day)->setText(day == 1 ? QStringLiteral("08:00-12:00")
                                                                : QString());
        for (int i = 0; i < setup->protocolList()->count(); ++i)
            setup->protocolList()->item(i)->setCheckState(i == 0 ? Qt::Checked : Qt::Unchecked);
        const QString protocol = setup->protocolList()->item(0)->data(Qt::UserRole).toString();
        // The practitioner's hours and protocols are not saved with their button: Next does.
        assistant.next();
        QVERIFY2(assistant.currentId() == int(ui::SetupAssistant::PatientsPage),
                 qPrintable(setup->message()));
        QVERIFY(!setup->hasUnsavedEdits());
        QCOMPARE(services.clinicSetup.setup(admin).opening[4].front().end, 17 * 60);

        // Patients: neither imported nor declared none: Next says what to do; skipped for now.
        assistant.next();
        QCOMPARE(assistant.currentId(), int(ui::SetupAssistant::PatientsPage));
        QVERIFY(!assistant.message().isEmpty());
        assistant.skip();
        QCOMPARE(assistant.currentId(), int(ui::SetupAssistant::SummaryPage));
        QVERIFY2(assistant.summary().contains(
                     QStringLiteral("Left for later: Patients from the previous software")),
                 qPrintable(assistant.summary()));
        QVERIFY(assistant.summary().contains(QStringLiteral("Done: Clinic details")));
        assistant.accept();

        // The checklist keeps what is left, and only that.
        window.refreshSetupChecklist();
        QVERIFY(window.setupChecklist()->isVisible());
        const QString left = window.setupChecklist()->findChild<QLabel *>()->text();
        QVERIFY2(left.contains(QStringLiteral("Patients from the previous software")) &&
                     !left.contains(QStringLiteral("Clinic details")),
                 qPrintable(left));
        // Every step done: the checklist goes.
        services.profile.markSetupDone(admin, QStringLiteral("patients"));
        window.refreshSetupChecklist();
        QVERIFY(!window.setupChecklist()->isVisible());

        // The practitioner signs in and finds their hours and protocols.
        const clinic::ActingUser lea = services.users.signIn(
            QStringLiteral("lea.roux"), QStringLiteral("practitioner-secret-1"));
        const clinic::ClinicSetup mine = services.clinicSetup.setup(lea);
        const auto me = std::find_if(
            mine.practitioners.begin(), mine.practitioners.end(),
            [&lea](const records::PractitionerRecord &p) { return p.userId == lea.id; });
        QVERIFY(me != mine.practitioners.end());
        QVERIFY2(me->hours.contains(QStringLiteral("08:00")), qPrintable(me->hours));
        QCOMPARE(me->protocols, QStringList{protocol});
        QVERIFY(clinic::hoursJson(mine.opening).contains(QStringLiteral("13:00")));
    }

    void theStatusBarFitsASmallScreen()
    {
        ui::MainWindow window(*m_db, clinic::ActingUser::builtInLocal(*m_db));
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (const QLabel *label : window.statusBar()->findChildren<QLabel *>()) {
            if (!label->toolTip().startsWith(QStringLiteral("Database: ")))
                continue;
            QVERIFY(label->fontMetrics().horizontalAdvance(label->text()) <= 420);
            QVERIFY(label->toolTip().contains(QStringLiteral("clinic.sqlite")));
            return;
        }
        QFAIL("no database label");
    }
};

QTEST_MAIN(HelpTest)
#include "help_test.moc"

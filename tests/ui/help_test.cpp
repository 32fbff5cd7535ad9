// Help and the window (issue 20) through the real widgets: F1 opens the bundled user guide at the
// section of the page shown, with its screenshots; the guide's search keeps the sections holding
// the words; the keyboard shortcuts are listed; the window comes back as this workstation left
// it; the status bar fits a 1366-pixel screen.

#include "calendarpage.h"
#include "clinicfixture.h"
#include "helpwindow.h"
#include "mainwindow.h"
#include "patientspage.h"

#include "clinic/clinicdatabase.h"
#include "clinic/language.h"
#include "clinic/services.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
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
            for (int page = ui::MainWindow::Patients; page <= ui::MainWindow::Recalls; ++page) {
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
        QCOMPARE(opened.size(), ui::MainWindow::Recalls + 1); // every page, between the two roles
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

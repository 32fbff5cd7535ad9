// The application shell through its real widgets, offscreen: navigation, the read-only catalog,
// the patient search, and every model checked by QAbstractItemModelTester.

#include "aboutdialog.h"
#include "bodymapwidget.h"
#include "bookseriesdialog.h"
#include "calendarpage.h"
#include "calendarview.h"
#include "catalogpage.h"
#include "clinic/language.h"
#include "clinicsetupdialog.h"
#include "consultationdialog.h"
#include "historyview.h"
#include "mainwindow.h"
#include "patientdialog.h"
#include "patientspage.h"
#include "patienttablemodel.h"
#include "planpanel.h"
#include "settingspage.h"
#include "tablemodel.h"

#include "clinic/assessmentservice.h"
#include "clinic/catalogservice.h"
#include "clinic/clinicdatabase.h"
#include "clinic/clinictime.h"
#include "clinic/consultationservice.h"
#include "clinic/logfile.h"
#include "clinic/patientservice.h"
#include "clinic/services.h"
#include "clinicfixture.h"
#include "pdftext.h"
#include "store/database.h"
#include "store/statement.h"
#include "store/transaction.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <functional>

using namespace meso;

namespace {

// Runs `interact` on the patient dialog that `open` shows, once it is up (it is modal).
void withDialog(const std::function<void()> &open,
                const std::function<void(ui::PatientDialog *)> &interact)
{
    bool ran = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<ui::PatientDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        interact(dialog);
        ran = true;
        if (dialog->isVisible())
            dialog->reject();
    });
    open();
    QVERIFY(ran);
}

// Answers the question box that `ask` opens (it is modal) with `button`; returns its text.
QString answerQuestion(const std::function<void()> &ask, QMessageBox::StandardButton button)
{
    QString text;
    QTimer::singleShot(0, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        text = box->text();
        box->button(button)->click();
    });
    ask();
    return text;
}

} // namespace

class MainWindowTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        clinic::installLanguage(QStringLiteral("en")); // as the application does: plural forms
    }

    void init()
    {
        m_tmp = std::make_unique<test::TempDir>();
        clinic::OpenOptions options;
        options.loadDemoData = true;
        m_db = clinic::openClinicDatabase(m_tmp->dbPath(), options);
        // The built-in practitioner (no password): what the pages of a practitioner show.
        m_window = std::make_unique<ui::MainWindow>(*m_db, clinic::ActingUser::builtInLocal(*m_db));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_db.reset();
        m_tmp.reset();
    }

    // A SQLite file's write-ahead log goes back into the file while the window waits for input
    // (its checkpoint timer), not inside the commit that takes the log past 1,000 pages.
    void logGoesBackIntoTheFileWhileTheWindowWaits()
    {
        const QString file = m_db->location();
        const store::Database &db = m_db->store();
        store::execute(db.connection(), QStringLiteral("CREATE TABLE filler (data BLOB)"));
        {
            store::WriteTransaction tx(db);
            for (int i = 0; i < 1200; ++i)
                store::execute(db.connection(),
                               QStringLiteral("INSERT INTO filler VALUES (zeroblob(4000))"));
            tx.commit();
        }
        constexpr qint64 page = 4096;
        const qint64 before = QFileInfo(file).size(); // the commit copied nothing back
        QVERIFY(QFileInfo(file + QStringLiteral("-wal")).size() > 1100 * page);
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(file).size() > before + 1100 * page, 6000);
    }

    void navigationShowsEveryPage()
    {
        QListWidget *nav = m_window->navigation();
        QCOMPARE(nav->count(), 8);
        QCOMPARE(nav->item(0)->text(), QStringLiteral("Patients"));
        QCOMPARE(nav->item(2)->text(), QStringLiteral("Recalls"));
        QCOMPARE(nav->item(3)->text(), QStringLiteral("Billing"));
        QCOMPARE(nav->item(5)->text(), QStringLiteral("Reports"));
        QCOMPARE(nav->item(7)->text(), QStringLiteral("Settings"));
        for (int row = 0; row < nav->count(); ++row) {
            const QRect r = nav->visualItemRect(nav->item(row));
            QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, r.center());
            QCOMPARE(m_window->pages()->currentIndex(), row);
        }
    }

    // Help → About MesoPlan: the facts support asks for, read from the running program and the
    // open database; Help → Open the demonstration clinic, offered on the clinic's records.
    void helpMenuHasAboutAndTheDemonstrationClinic()
    {
        auto *about = m_window->findChild<QAction *>(QStringLiteral("about"));
        auto *demo = m_window->findChild<QAction *>(QStringLiteral("openDemo"));
        QVERIFY(about && demo);
        QVERIFY(demo->isEnabled());
        QVERIFY(!m_window->windowTitle().contains(QStringLiteral("demonstration")));
        const QString log = clinic::installLogFile();
        ui::AboutDialog dialog(*m_db, clinic::ActingUser::builtInLocal(*m_db), m_window.get());
        std::map<QString, QString> facts(dialog.facts().begin(), dialog.facts().end());
        QCOMPARE(facts[QStringLiteral("Version")], QStringLiteral(MESOPLAN_PROJECT_VERSION));
        QCOMPARE(facts[QStringLiteral("Qt")], QString::fromLatin1(qVersion()));
        const clinic::CatalogSummary catalog =
            clinic::Services(*m_db).catalog.summary(clinic::ActingUser::builtInLocal(*m_db));
        QVERIFY2(facts[QStringLiteral("Catalog")].contains(catalog.edition) &&
                     facts[QStringLiteral("Catalog")].contains(catalog.version.left(12)),
                 qPrintable(facts[QStringLiteral("Catalog")]));
        QVERIFY(facts[QStringLiteral("Database schema")].startsWith(
            QString::number(m_db->schemaVersion())));
        QCOMPARE(facts[QStringLiteral("Log file")], QDir::toNativeSeparators(log));
        QCOMPARE(facts[QStringLiteral("Database")], m_db->displayLocation());
    }

    // The demonstration clinic's own file says so in the title bar, and does not offer itself.
    void demonstrationClinicSaysSo()
    {
        QFile::remove(clinic::demoDatabaseLocation());
        clinic::OpenOptions options;
        options.loadDemoData = true;
        auto demo = clinic::openClinicDatabase(clinic::demoDatabaseLocation(), options);
        QVERIFY(demo->isDemonstration());
        QVERIFY(!m_db->isDemonstration());
        {
            ui::MainWindow window(*demo, clinic::ActingUser::builtInLocal(*demo));
            QVERIFY2(window.windowTitle().endsWith(QStringLiteral("— demonstration clinic")),
                     qPrintable(window.windowTitle()));
            QVERIFY(!window.findChild<QAction *>(QStringLiteral("openDemo"))->isEnabled());
            QVERIFY(clinic::Services(*demo)
                        .patients.search(clinic::ActingUser::builtInLocal(*demo), QString(), 5)
                        .size() > 0);
        }
        demo.reset();
        QFile::remove(clinic::demoDatabaseLocation());
    }

    void statusBarShowsTheDatabase()
    {
        const auto labels = m_window->statusBar()->findChildren<QLabel *>();
        bool found = false;
        for (const QLabel *l : labels)
            found = found || l->text().contains(QDir::toNativeSeparators(m_db->location()));
        QVERIFY(found);
    }

    void catalogPageShowsTheCatalog()
    {
        m_window->showPage(ui::MainWindow::Catalog);
        ui::CatalogPage *page = m_window->catalogPage();
        const auto catalog =
            clinic::CatalogService(*m_db).current(clinic::ActingUser::builtInLocal(*m_db));
        QCOMPARE(page->ingredientsModel()->rowCount(),
                 static_cast<int>(catalog->ingredients.size()));
        QCOMPARE(page->rulesModel()->rowCount(),
                 static_cast<int>(catalog->screeningRules.size() + catalog->planRules.size()));
        QCOMPARE(page->protocolList()->count(), static_cast<int>(catalog->protocols.size()));

        // Rules show severity, message and source, tinted by severity.
        int pregnancyRow = -1;
        for (int r = 0; r < page->rulesModel()->rowCount(); ++r) {
            if (page->rulesModel()->row(r).cells.value(0) == QLatin1String("pregnancy"))
                pregnancyRow = r;
        }
        QVERIFY(pregnancyRow >= 0);
        const auto &row = page->rulesModel()->row(pregnancyRow);
        QCOMPARE(row.cells.value(1), QStringLiteral("absolute"));
        QVERIFY(row.cells.value(4).contains(QLatin1String("regnan")));
        QVERIFY(!row.cells.value(5).isEmpty());
        QVERIFY(page->rulesModel()
                    ->data(page->rulesModel()->index(pregnancyRow, 0), Qt::BackgroundRole)
                    .isValid());

        // Selecting a protocol shows its cocktail.
        for (int p = 0; p < page->protocolList()->count(); ++p) {
            page->protocolList()->setCurrentRow(p);
            QCOMPARE(
                page->cocktailModel()->rowCount(),
                static_cast<int>(catalog->protocols.at(static_cast<size_t>(p)).cocktail.size()));
        }
    }

    void patientSearchFiltersAsYouType()
    {
        ui::PatientsPage *page = m_window->patientsPage();
        const int all = page->model()->rowCount();
        QVERIFY(all >= 10);
        QTest::keyClicks(page->searchField(), QStringLiteral("helene"));
        QCOMPARE(page->model()->rowCount(), 1);
        QVERIFY(page->model()
                    ->data(page->model()->index(0, ui::PatientTableModel::Name), Qt::DisplayRole)
                    .toString()
                    .contains(QStringLiteral("Hélène")));
        page->searchField()->clear();
        QCOMPARE(page->model()->rowCount(), all);
    }

    void createPatientThroughTheDialog()
    {
        ui::PatientsPage *page = m_window->patientsPage();
        const int before = page->model()->rowCount();
        // A save with a missing field keeps the dialog open and names the field.
        withDialog([&] { page->newButton()->click(); },
                   [](ui::PatientDialog *d) {
                       d->findChild<QLineEdit *>(QStringLiteral("givenNames"))
                           ->insert(QStringLiteral("Zoé")); // keyClicks: ASCII only
                       d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
                       QVERIFY(d->isVisible());
                       QCOMPARE(d->problem(), QStringLiteral("Family name: required"));
                   });
        QCOMPARE(page->model()->rowCount(), before);

        withDialog(
            [&] { page->newButton()->click(); },
            [](ui::PatientDialog *d) {
                d->findChild<QLineEdit *>(QStringLiteral("familyName"))
                    ->insert(QStringLiteral("Lefèvre-Durand"));
                d->findChild<QLineEdit *>(QStringLiteral("givenNames"))
                    ->insert(QStringLiteral("Zoé")); // keyClicks: ASCII only
                d->findChild<QDateEdit *>(QStringLiteral("birthDate"))->setDate(QDate(1988, 3, 14));
                QTest::keyClicks(d->findChild<QLineEdit *>(QStringLiteral("phone")),
                                 QStringLiteral("06 21 02 03 04"));
                QTest::keyClicks(d->findChild<QLineEdit *>(QStringLiteral("email")),
                                 QStringLiteral("not-an-address"));
                auto *save = d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
                save->click();
                QCOMPARE(d->problem(),
                         QStringLiteral("E-mail: expected an address such as name@example.org"));
                d->findChild<QLineEdit *>(QStringLiteral("email"))
                    ->setText(QStringLiteral("zoe@example.org"));
                // Reminders need a way to reach the patient: refused without phone or e-mail.
                auto *consent = d->findChild<QCheckBox *>(QStringLiteral("reminderConsent"));
                QVERIFY(consent);
                consent->setChecked(true);
                d->findChild<QLineEdit *>(QStringLiteral("phone"))->clear();
                d->findChild<QLineEdit *>(QStringLiteral("email"))->clear();
                save->click();
                QCOMPARE(d->problem(), QStringLiteral("Reminders: expected a phone number or an "
                                                      "e-mail address to send reminders to"));
                // A number that no French line has: refused, naming the field, with an example.
                d->findChild<QLineEdit *>(QStringLiteral("phone"))
                    ->setText(QStringLiteral("06 91 02 03 04"));
                d->findChild<QLineEdit *>(QStringLiteral("email"))
                    ->setText(QStringLiteral("zoe@example.org"));
                save->click();
                QVERIFY2(d->problem().startsWith(
                             QStringLiteral("Phone: expected a phone number of the clinic's "
                                            "country (FR), such as 06 12 34 56 78")),
                         qPrintable(d->problem()));
                d->findChild<QLineEdit *>(QStringLiteral("phone"))
                    ->setText(QStringLiteral("06 21 02 03 04"));
                save->click();
                QVERIFY(!d->isVisible());
                QCOMPARE(d->result(), int(QDialog::Accepted));
            });
        QCOMPARE(page->model()->rowCount(), before + 1);
        // The new patient is selected, and found by any part of the name without accents.
        const QModelIndexList selected = page->view()->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(page->model()->patient(selected.first().row()).givenNames, QStringLiteral("Zoé"));
        // Consent to reminders is kept with the day it was given.
        QCOMPARE(page->model()->patient(selected.first().row()).reminderConsentOn,
                 QDate::currentDate());
        QTest::keyClicks(page->searchField(), QStringLiteral("durand zoe"));
        QCOMPARE(page->model()->rowCount(), 1);
        QTest::keyClick(page->searchField(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(page->searchField(), QStringLiteral("210203"));
        QCOMPARE(page->model()->rowCount(), 1);
        // Stored in E.164, shown and found in the national format.
        QCOMPARE(page->model()->patient(0).phone, QStringLiteral("+33621020304"));
        QCOMPARE(page->model()->index(0, ui::PatientTableModel::Phone).data().toString(),
                 QStringLiteral("06 21 02 03 04"));
        QTest::keyClick(page->searchField(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(page->searchField(), QStringLiteral("06 21 02"));
        QCOMPARE(page->model()->rowCount(), 1);
    }

    void editAndArchivePatient()
    {
        ui::PatientsPage *page = m_window->patientsPage();
        QTest::keyClicks(page->searchField(), QStringLiteral("helene"));
        QCOMPARE(page->model()->rowCount(), 1);
        QVERIFY(!page->editButton()->isEnabled());
        page->view()->selectRow(0);
        QVERIFY(page->editButton()->isEnabled());
        withDialog([&] { page->editButton()->click(); },
                   [](ui::PatientDialog *d) {
                       auto *family = d->findChild<QLineEdit *>(QStringLiteral("familyName"));
                       QCOMPARE(family->text(), QStringLiteral("Dubois"));
                       family->setText(QStringLiteral("Dubois-Marchand"));
                       d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
                       QVERIFY(!d->isVisible());
                   });
        page->searchField()->setText(QStringLiteral("marchand"));
        QCOMPARE(page->model()->rowCount(), 1);

        // Archive: gone from the list, kept and shown with "Show archived", then restored.
        page->view()->selectRow(0);
        QTimer::singleShot(0, this, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            box->button(QMessageBox::Yes)->click();
        });
        page->archiveButton()->click();
        QCOMPARE(page->model()->rowCount(), 0);
        page->showArchivedBox()->setChecked(true);
        QCOMPARE(page->model()->rowCount(), 1);
        QVERIFY(page->model()->patient(0).archived);
        page->view()->selectRow(0);
        QCOMPARE(page->archiveButton()->text(), QStringLiteral("&Restore"));
        page->archiveButton()->click();
        page->showArchivedBox()->setChecked(false);
        QCOMPARE(page->model()->rowCount(), 1);
    }

    void patientTotalIsCountedOnceTheListHasPainted()
    {
        // Signing in does not wait for a count over every patient: the new page shows its first
        // page at once and the clinic's total right after the list has painted.
        clinic::Services services(*m_db);
        const clinic::ActingUser user = clinic::ActingUser::builtInLocal(*m_db);
        ui::PatientsPage page(services, user);
        QVERIFY(page.model()->rowCount() > 0);
        QVERIFY(page.countLabel()->text().isEmpty());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const auto total = static_cast<int>(services.patients.count(user));
        QTRY_COMPARE(page.countLabel()->text(), QStringLiteral("%1 patients").arg(total));

        // Typed before that: the matches and the total are counted at the pause, as always.
        ui::PatientsPage typedAtOnce(services, user);
        typedAtOnce.searchField()->setText(QStringLiteral("a"));
        QVERIFY(typedAtOnce.countLabel()->text().isEmpty());
        typedAtOnce.show();
        QTRY_VERIFY(
            typedAtOnce.countLabel()->text().endsWith(QStringLiteral(" found of %1").arg(total)));
    }

    void patientListIsReadPageByPage()
    {
        // More patients than one page: the view fetches further pages as it scrolls, and the
        // rows stay in name order without gaps or repeats.
        QTRY_VERIFY(!m_window->patientsPage()->countLabel()->text().isEmpty()); // the total
        clinic::PatientService service(*m_db);
        const clinic::ActingUser user = clinic::ActingUser::builtInLocal(*m_db);
        for (int i = 0; i < 2 * ui::PatientTableModel::PageSize + 17; ++i) {
            records::PatientRecord p;
            p.familyName = QStringLiteral("Page%1").arg(i, 4, 10, QLatin1Char('0'));
            p.givenNames = QStringLiteral("Test");
            p.birthDate = QDate(1980, 1, 1);
            service.create(user, p);
        }
        ui::PatientsPage *page = m_window->patientsPage();
        page->searchField()->setText(QStringLiteral("page"));
        ui::PatientTableModel *model = page->model();
        QCOMPARE(model->rowCount(), ui::PatientTableModel::PageSize); // the view read one page
        QVERIFY(model->canFetchMore({}));
        // The matches and the clinic's patients (added here behind the page's back) are
        // counted once typing pauses, not on each keystroke.
        const qint64 total = service.count(user);
        const QString beforePause =
            QStringLiteral("%1 or more found of ").arg(ui::PatientTableModel::PageSize);
        QVERIFY(page->countLabel()->text().startsWith(beforePause));
        QVERIFY(page->countLabel()->text() != beforePause + QString::number(total));
        page->searchField()->setText(QStringLiteral("page0"));
        QVERIFY(page->countLabel()->text().startsWith(beforePause));
        QTRY_COMPARE_WITH_TIMEOUT(page->countLabel()->text(),
                                  QStringLiteral("%1 found of %2")
                                      .arg(2 * ui::PatientTableModel::PageSize + 17)
                                      .arg(total),
                                  5 * ui::PatientsPage::CountPauseMs);
        // A search that fits in one page is counted at once, from the page.
        page->searchField()->setText(QStringLiteral("page000"));
        QCOMPARE(page->countLabel()->text(), QStringLiteral("10 found of %1").arg(total));
        page->searchField()->setText(QStringLiteral("page"));
        // The tester fetches more itself, checking the rows inserted.
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        while (model->canFetchMore({}))
            model->fetchMore({});
        QCOMPARE(model->rowCount(), 2 * ui::PatientTableModel::PageSize + 17);
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->patient(row).familyName,
                     QStringLiteral("Page%1").arg(row, 4, 10, QLatin1Char('0')));
        QTRY_COMPARE_WITH_TIMEOUT(page->countLabel()->text(),
                                  QStringLiteral("%1 found of %2")
                                      .arg(2 * ui::PatientTableModel::PageSize + 17)
                                      .arg(total),
                                  5 * ui::PatientsPage::CountPauseMs);
    }

    void consultationScreensLiveAndSigns()
    {
        ui::PatientsPage *page = m_window->patientsPage();
        page->searchField()->setText(QStringLiteral("helene"));
        page->view()->selectRow(0);
        QMenu *menu = page->consultationButton()->menu();
        QVERIFY(menu);
        Q_EMIT menu->aboutToShow(); // as when it opens: filled with the selected patient's entries
        QVERIFY(!menu->actions().isEmpty());
        menu->actions().first()->trigger(); // "New consultation…"
        auto *dialog = page->findChild<ui::ConsultationDialog *>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(dialog->verdictText().startsWith(QStringLiteral("Add a treatment request")));
        QVERIFY(dialog->findingCards().isEmpty());

        // A request: screened at once, clear for this patient.
        auto *indication = dialog->findChild<QComboBox *>(QStringLiteral("indication"));
        auto *area = dialog->findChild<QComboBox *>(QStringLiteral("area"));
        indication->setCurrentIndex(indication->findData(QStringLiteral("skin_rejuvenation")));
        area->setCurrentIndex(area->findData(QStringLiteral("face")));
        dialog->findChild<QPushButton *>(QStringLiteral("addRequest"))->click();
        QTRY_VERIFY(dialog->verdictText().startsWith(QStringLiteral("Overall: clear")));
        // The plans tab: the protocol the planner chose and every line of its cocktail.
        {
            clinic::AssessmentService assessments(*m_db);
            const auto user = clinic::ActingUser::builtInLocal(*m_db);
            const auto a = assessments.assess(user, dialog->intake());
            QCOMPARE(static_cast<int>(a.requests.size()), 1);
            const core::RequestResult &r = a.requests.front();
            QVERIFY(r.protocol);
            const QString plans = dialog->plansText();
            QVERIFY(plans.contains(QStringLiteral(": proposed")));
            QVERIFY(plans.contains(QString::fromStdString(r.protocol->name.in("en"))));
            const core::Catalog &catalog = assessments.engine(user).catalog();
            for (const core::CocktailLine *line : r.cocktail) {
                const auto *ingredient =
                    core::Catalog::findIn(catalog.ingredients, line->ingredient);
                QVERIFY(ingredient);
                QVERIFY2(plans.contains(QString::fromStdString(ingredient->name.in("en"))),
                         line->ingredient.c_str());
            }
            QVERIFY(plans.contains(QStringLiteral("Why")));

            // The printed plan, read back from the PDF: patient, protocol, every ingredient.
            const QString pdf = m_tmp->path(QStringLiteral("plan.pdf"));
            QVERIFY(dialog->exportPlanPdf(pdf));
            const QString text = test::pdfText(pdf);
            QVERIFY2(text.contains(QStringLiteral("Hélène DUBOIS")), qPrintable(text.left(300)));
            QVERIFY2(text.contains(QString::fromStdString(r.protocol->name.in("en")).simplified()),
                     qPrintable(text.left(600)));
            for (const core::CocktailLine *line : r.cocktail) {
                const QString name = QString::fromStdString(
                    core::Catalog::findIn(catalog.ingredients, line->ingredient)->name.in("en"));
                // A long name may wrap inside its table cell: look for its first word.
                QVERIFY2(text.contains(name.section(QLatin1Char(' '), 0, 0)), qPrintable(name));
            }
            QVERIFY(text.contains(QStringLiteral("Total of the plans that can go ahead")));
            // A file that cannot be written: a message, no crash.
            QVERIFY(!dialog->exportPlanPdf(QStringLiteral("/nonexistent-dir/plan.pdf")));
            QVERIFY(dialog->problem().startsWith(
                QStringLiteral("Cannot write /nonexistent-dir/plan.pdf")));
        }

        // Pregnancy ticked: an absolute card and the request blocked, on the next turn of the
        // event loop (the 50 ms budget is a benchmark matter, not a timed test).
        auto *conditions = dialog->findChild<QListWidget *>(QStringLiteral("conditions"));
        QListWidgetItem *pregnancy = nullptr;
        for (int row = 0; row < conditions->count(); ++row) {
            if (conditions->item(row)->data(Qt::UserRole) == QStringLiteral("pregnancy"))
                pregnancy = conditions->item(row);
        }
        QVERIFY(pregnancy);
        pregnancy->setCheckState(Qt::Checked);
        QTRY_VERIFY(dialog->findingCards().contains(QStringLiteral("absolute|pregnancy")));
        QVERIFY(dialog->verdictText().startsWith(QStringLiteral("Overall: blocked")));
        QVERIFY(dialog->plansText().contains(QStringLiteral(": blocked")));

        // An unknown medication is kept as typed and flagged.
        // Typed and Enter: added, and no button of the dialog pressed (nothing saved).
        auto *medication = dialog->findChild<QLineEdit *>(QStringLiteral("medicationName"));
        medication->setFocus();
        QTest::keyClicks(medication, QStringLiteral("Herbal mix 42"));
        QTest::keyClick(medication, Qt::Key_Return);
        QCOMPARE(medication->text(), QString());
        QCOMPARE(dialog->consultation().id, qint64(0));
        dialog->screenNow();
        QVERIFY(
            dialog->findingCards().contains(QStringLiteral("relative|unrecognised_medication")));
        QVERIFY(dialog->intake()["medications"][0] == "Herbal mix 42");

        // Sign: stored, read-only; the intake is the contract's.
        dialog->signButton()->click();
        QCOMPARE(dialog->problem(), QString());
        QVERIFY(dialog->consultation().signedOff());
        QVERIFY(!dialog->saveButton()->isEnabled());
        QVERIFY(!conditions->isEnabled());
        QCOMPARE(dialog->signButton()->text(), QStringLiteral("Amend"));
        clinic::AssessmentService assessments(*m_db);
        clinic::ConsultationService service(*m_db, assessments);
        const auto stored =
            service.find(clinic::ActingUser::builtInLocal(*m_db), dialog->consultation().id);
        QVERIFY(stored && stored->signedOff());
        const auto intake = nlohmann::json::parse(stored->intake.toStdString());
        QVERIFY(intake["conditions"] == nlohmann::json::array({"pregnancy"}));
        QVERIFY(intake["requests"][0]["area"] == "face");

        // Amend: a new draft, editable, the signed one kept.
        dialog->signButton()->click();
        QVERIFY(!dialog->consultation().signedOff());
        QCOMPARE(dialog->consultation().amendsId, stored->id);
        QVERIFY(dialog->saveButton()->isEnabled());
        dialog->close();
        QCOMPARE(static_cast<int>(
                     service.forPatient(clinic::ActingUser::builtInLocal(*m_db), stored->patientId)
                         .size()),
                 2);
    }

    void planIsOverriddenApprovedVersionedAndPrinted()
    {
        // The clinic's name and logo, from Settings, head every printed document. A practitioner
        // reads them; an administrator (here the built-in one) changes them.
        QVERIFY(m_window->settingsPage()->clinicNameEdit()->isReadOnly());
        QVERIFY(
            !m_window->settingsPage()->saveClinicButton()->isVisibleTo(m_window->settingsPage()));
        clinic::Services adminServices(*m_db);
        ui::SettingsPage adminSettings(*m_db, adminServices, clinic::ActingUser::system(*m_db));
        ui::SettingsPage *settings = &adminSettings;
        QVERIFY(!settings->clinicNameEdit()->isReadOnly());
        settings->clinicNameEdit()->setText(QStringLiteral("Clinique des Tilleuls"));
        settings->clinicAddressEdit()->setPlainText(QStringLiteral("12 avenue Foch\n69006 Lyon"));
        QImage logo(120, 60, QImage::Format_RGB32);
        logo.fill(QColor(0x2a, 0x7a, 0x6f));
        const QString logoPath = m_tmp->path(QStringLiteral("logo.png"));
        QVERIFY(logo.save(logoPath));
        QVERIFY(!settings->useLogoFile(m_tmp->dbPath())); // not an image: refused
        QVERIFY(settings->clinicMessage().startsWith(QStringLiteral("Not an image")));
        QVERIFY(settings->useLogoFile(logoPath));
        settings->saveClinicButton()->click();
        QCOMPARE(settings->clinicMessage(), QStringLiteral("Saved."));

        clinic::Services services(*m_db);
        const auto user = clinic::ActingUser::builtInLocal(*m_db);
        records::PatientRecord anna;
        anna.familyName = QStringLiteral("Lefèvre");
        anna.givenNames = QStringLiteral("Anna");
        anna.birthDate = QDate(1984, 3, 9);
        anna.id = services.patients.create(user, anna);
        ui::PatientsPage *page = m_window->patientsPage();
        page->searchField()->setText(QStringLiteral("lefevre anna"));
        page->view()->selectRow(0);
        QMenu *menu = page->consultationButton()->menu();
        Q_EMIT menu->aboutToShow();
        menu->actions().first()->trigger();
        auto *dialog = page->findChild<ui::ConsultationDialog *>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));

        // The body map: a click chooses the area in the form, a double click adds the request.
        ui::BodyMapWidget *map = dialog->bodyMap();
        auto *indication = dialog->findChild<QComboBox *>(QStringLiteral("indication"));
        auto *area = dialog->findChild<QComboBox *>(QStringLiteral("area"));
        indication->setCurrentIndex(indication->findData(QStringLiteral("skin_rejuvenation")));
        const QPoint neck = map->areaCenter(QStringLiteral("neck"));
        QVERIFY(neck.x() >= 0);
        QTest::mouseClick(map, Qt::LeftButton, {}, neck);
        QCOMPARE(area->currentData().toString(), QStringLiteral("neck"));
        QCOMPARE(map->currentArea(), QStringLiteral("neck"));
        QTest::mouseDClick(map, Qt::LeftButton, {}, map->areaCenter(QStringLiteral("face")));
        QVERIFY(dialog->intake()["requests"] ==
                nlohmann::json::parse(R"([{"indication": "skin_rejuvenation", "area": "face"}])"));
        // A right click marks a site condition on the area; it is screened (herpes blocks).
        QTimer::singleShot(0, [] {
            auto *popup = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            QVERIFY(popup);
            for (QAction *a : popup->actions()) {
                if (!a->menu())
                    continue;
                for (QAction *condition : a->menu()->actions()) {
                    if (condition->text() == QStringLiteral("Active herpes (cold sore)") ||
                        condition->text().startsWith(QStringLiteral("Active herpes")))
                        condition->trigger();
                }
            }
            popup->close();
        });
        Q_EMIT map->areaContextMenuRequested(
            QStringLiteral("face"), map->mapToGlobal(map->areaCenter(QStringLiteral("face"))));
        QVERIFY(dialog->intake()["site_conditions"] ==
                nlohmann::json::parse(R"([{"condition": "herpes_active", "area": "face"}])"));
        dialog->screenNow();
        QVERIFY(dialog->verdictText().startsWith(QStringLiteral("Overall: blocked")));
        auto *sites = dialog->findChild<QListWidget *>(QStringLiteral("siteConditions"));
        sites->setCurrentRow(0);
        dialog->findChild<QPushButton *>(QStringLiteral("removeSite"))->click();
        QVERIFY(dialog->intake()["site_conditions"].empty());

        // Warfarin: a relative finding the practitioner must override with a reason.
        auto *medication = dialog->findChild<QLineEdit *>(QStringLiteral("medicationName"));
        medication->setText(QStringLiteral("warfarin"));
        QTest::keyClick(medication, Qt::Key_Return);
        dialog->screenNow();
        QVERIFY(dialog->findingCards().contains(QStringLiteral("relative|anticoagulant")));
        ui::PlanPanel *panel = dialog->planPanel();
        QVERIFY(!panel->isVisible()); // plans are finalised once the consultation is signed
        dialog->signButton()->click();
        QCOMPARE(dialog->problem(), QString());
        dialog->findChild<QTabWidget *>(QStringLiteral("rightTabs"))->setCurrentIndex(1);
        QVERIFY(panel->isVisible());
        QAbstractItemModelTester findingsTester(
            panel->findingList()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(panel->plan());
        QCOMPARE(panel->plan()->record.protocol, QStringLiteral("mesolift"));
        QVERIFY(!panel->approveButton()->isEnabled());
        QVERIFY(panel->problem().contains(QStringLiteral("needs an override")));

        // Override without a reason: refused, the dialog stays with the message.
        panel->findingList()->setCurrentRow(0);
        QVERIFY(panel->overrideButton()->isEnabled());
        panel->overrideButton()->click();
        auto *overrideDialog = panel->findChild<ui::OverrideDialog *>();
        QVERIFY(overrideDialog);
        QVERIFY(QTest::qWaitForWindowExposed(overrideDialog));
        overrideDialog->okButton()->click();
        QVERIFY(overrideDialog->isVisible());
        QVERIFY2(overrideDialog->problem().contains(QStringLiteral("override.reason")),
                 qPrintable(overrideDialog->problem()));
        QVERIFY(
            services.plans.current(user, dialog->consultation().id, 0).record.overrides.empty());
        overrideDialog->reasonBox()->setCurrentIndex(
            overrideDialog->reasonBox()->findData(QStringLiteral("physician_clearance")));
        overrideDialog->commentEdit()->setPlainText(
            QStringLiteral("INR stable at 2.1; letter from Dr Weber"));
        overrideDialog->okButton()->click();
        QTRY_VERIFY(!panel->findChild<ui::OverrideDialog *>());
        QCOMPARE(static_cast<int>(panel->plan()->record.overrides.size()), 1);
        QVERIFY(panel->findingList()->item(0)->text().contains(QStringLiteral("Overridden")));
        QVERIFY(panel->approveButton()->isEnabled());

        // Sessions beyond the protocol's bounds need a reason before approval.
        const int max = panel->plan()->result().protocol->sessionsMax;
        panel->sessionsBox()->setValue(max + 1);
        Q_EMIT panel->sessionsBox()->editingFinished();
        QCOMPARE(panel->plan()->record.sessions, max + 1);
        QVERIFY(!panel->approveButton()->isEnabled());
        QVERIFY(panel->problem().contains(QStringLiteral("give a reason")));
        panel->deviationEdit()->setText(QStringLiteral("Marked photo-ageing"));
        Q_EMIT panel->deviationEdit()->editingFinished();
        QVERIFY(panel->approveButton()->isEnabled());

        panel->approveButton()->click();
        QVERIFY2(panel->plan()->record.isApproved(), qPrintable(panel->problem()));
        QVERIFY(panel->statusText().contains(QStringLiteral("approved")));
        QVERIFY(!panel->sessionsBox()->isEnabled()); // locked
        QVERIFY(panel->consentButton()->isEnabled());
        panel->consentButton()->click();
        auto *consent = panel->findChild<ui::ConsentDialog *>();
        QVERIFY(consent);
        consent->methodBox()->setCurrentIndex(
            consent->methodBox()->findData(QStringLiteral("written")));
        consent->okButton()->click();
        QTRY_VERIFY(panel->statusText().contains(QStringLiteral("consent: Written")));

        // The printed documents, read back: the clinic, the patient, the protocol, the cocktail.
        const clinic::PlanView &plan = *panel->plan();
        const core::Catalog &catalog = *plan.catalog;
        const QString protocolName = QString::fromStdString(plan.result().protocol->name.in("en"));
        const QString planPdf = m_tmp->path(QStringLiteral("approved-plan.pdf"));
        QVERIFY(panel->exportPdf(ui::PlanDocument::PlanAndQuote, planPdf));
        QString text = test::pdfText(planPdf);
        for (const QString &expected :
             {QStringLiteral("Clinique des Tilleuls"), QStringLiteral("69006 Lyon"),
              QStringLiteral("Anna LEFÈVRE"), protocolName, QStringLiteral("version 1, approved"),
              QStringLiteral("Marked photo-ageing")})
            QVERIFY2(text.contains(expected),
                     qPrintable(expected + QStringLiteral(" in ") + text.left(500)));
        for (const core::CocktailLine *line : plan.result().cocktail) {
            const QString name = QString::fromStdString(
                core::Catalog::findIn(catalog.ingredients, line->ingredient)->name.in("en"));
            QVERIFY2(text.contains(name.section(QLatin1Char(' '), 0, 0)), qPrintable(name));
        }
        QProcess images; // the logo is in the PDF
        images.start(QStringLiteral("pdfimages"), {QStringLiteral("-list"), planPdf});
        QVERIFY(images.waitForFinished(30000));
        QVERIFY(QString::fromUtf8(images.readAllStandardOutput())
                    .split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                    .size() >= 3);

        const QString consentPdf = m_tmp->path(QStringLiteral("consent.pdf"));
        QVERIFY(panel->exportPdf(ui::PlanDocument::ConsentForm, consentPdf));
        text = test::pdfText(consentPdf);
        QVERIFY(text.contains(QStringLiteral("Consent form")));
        QVERIFY(text.contains(QStringLiteral("Anna LEFÈVRE")));
        for (const std::string &id : plan.result().protocol->risks) {
            const QString risk =
                QString::fromStdString(core::Catalog::findIn(catalog.risks, id)->text.in("en"));
            QVERIFY2(text.contains(risk.section(QLatin1Char(' '), 0, 2)), qPrintable(risk));
        }
        QVERIFY(text.contains(QStringLiteral("Practitioner")));
        const QString aftercarePdf = m_tmp->path(QStringLiteral("aftercare.pdf"));
        QVERIFY(panel->exportPdf(ui::PlanDocument::AftercareSheet, aftercarePdf));
        text = test::pdfText(aftercarePdf);
        QVERIFY(text.contains(QStringLiteral("Aftercare sheet")));
        QVERIFY(!plan.result().aftercare.empty());
        for (const std::string *line : plan.result().aftercare)
            QVERIFY2(text.contains(QString::fromStdString(*line).section(QLatin1Char(' '), 0, 2)),
                     line->c_str());

        // A change after approval is a new version; the approved one is kept and listed.
        panel->reviseButton()->click();
        QCOMPARE(panel->plan()->record.version, 2);
        QVERIFY(panel->plan()->record.isDraft());
        QVERIFY(panel->sessionsBox()->isEnabled());
        dialog->close();
        ui::HistoryView *history = page->history();
        QAbstractItemModelTester historyTester(
            history->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(history->rowsText().size() == 3);
        const QStringList rows = history->rowsText();
        QVERIFY2(rows[0].contains(QStringLiteral("| signed |")),
                 qPrintable(rows.join(QLatin1Char('\n'))));
        QVERIFY2(rows[1].contains(QStringLiteral("version 1 | approved")), qPrintable(rows[1]));
        QVERIFY(rows[1].contains(
            QStringLiteral("1 override;"))); // English plural forms, not "override(s)"
        QVERIFY2(!rows.join(QLatin1Char(' ')).contains(QStringLiteral("(s)")),
                 qPrintable(rows.join(QLatin1Char('\n'))));
        QVERIFY(rows[1].contains(QStringLiteral("consent")));
        QVERIFY2(rows[2].contains(QStringLiteral("version 2 | draft")), qPrintable(rows[2]));
    }

    void cleanConsultationPlanIsApprovedAndPrinted()
    {
        // No finding at all: the proposed plan is approved as it is, then printed.
        clinic::Services services(*m_db);
        const auto user = clinic::ActingUser::builtInLocal(*m_db);
        const records::PatientRecord patient =
            services.patients.search(user, QStringLiteral("helene"), 1).front();
        const qint64 id = test::signedConsultation(services, user, patient.id,
                                                   test::oneRequest("hair_loss", "scalp"));
        ui::ConsultationDialog dialog(services, user, patient,
                                      services.consultations.find(user, id));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        ui::PlanPanel *panel = dialog.planPanel();
        QVERIFY(panel->plan());
        QCOMPARE(QString::fromStdString(panel->plan()->result().status()),
                 QStringLiteral("proposed"));
        QVERIFY(panel->detailsText().contains(QStringLiteral("Hair loss at Scalp: proposed")));
        QVERIFY(panel->approveButton()->isEnabled());
        panel->approveButton()->click();
        QVERIFY2(panel->plan()->record.isApproved(), qPrintable(panel->problem()));
        QVERIFY(panel->detailsText().contains(QStringLiteral("Hair loss at Scalp: approved")));
        const QString pdf = m_tmp->path(QStringLiteral("clean-plan.pdf"));
        QVERIFY(panel->exportPdf(ui::PlanDocument::PlanAndQuote, pdf));
        const QString text = test::pdfText(pdf);
        QVERIFY(text.contains(QStringLiteral("Hélène DUBOIS")));
        QVERIFY(text.contains(
            QString::fromStdString(panel->plan()->result().protocol->name.in("en")).simplified()));
        for (const core::CocktailLine *line : panel->plan()->result().cocktail) {
            const QString name = QString::fromStdString(
                core::Catalog::findIn(panel->plan()->catalog->ingredients, line->ingredient)
                    ->name.in("en"));
            QVERIFY2(text.contains(name.section(QLatin1Char(' '), 0, 0)), qPrintable(name));
        }
    }

    void frontDeskBooksASeriesMovesAndPrintsTheDay()
    {
        clinic::Services services(*m_db);
        const auto user = clinic::ActingUser::builtInLocal(*m_db);
        const records::PatientRecord patient =
            services.patients.search(user, QStringLiteral("camille"), 1).front();
        const qint64 plan =
            test::approvedPlan(services, user,
                               test::signedConsultation(services, user, patient.id,
                                                        test::oneRequest("hair_loss", "scalp")));

        m_window->showPage(ui::MainWindow::Calendar);
        ui::CalendarPage *page = m_window->calendarPage();
        QCOMPARE(page->waitingList()->count(), 1);
        QVERIFY(page->waitingList()->item(0)->text().contains(QStringLiteral("MARTIN Camille")));
        // "Book series": the proposal from next week, confirmed.
        bool booked = false;
        QTimer::singleShot(0, [&] {
            auto *dialog = qobject_cast<ui::BookSeriesDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QAbstractItemModelTester tester(dialog->model(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            dialog->findChild<QDateEdit *>()->setDate(QDate::currentDate().addDays(7));
            dialog->propose();
            QCOMPARE(dialog->model()->rowCount(), services.plans.view(user, plan).record.sessions);
            QVERIFY(dialog->message().contains(QStringLiteral("proposed")));
            dialog->bookButton()->click();
            booked = !dialog->isVisible();
        });
        page->bookButton()->click();
        QVERIFY(booked);
        QCOMPARE(page->waitingList()->count(), 0);
        const auto appointments = services.booking.forPlan(user, plan);
        QCOMPARE(static_cast<int>(appointments.size()),
                 services.plans.view(user, plan).record.sessions);

        // The day of the first session, per practitioner: the day list and the calendar agree.
        records::AppointmentRecord first =
            appointments.front(); // a copy: the list is read again below
        const QDateTime start = clinic::toDateTime(first.start);
        page->setView(ui::CalendarPage::DayView, ui::CalendarPage::Practitioners);
        page->showDate(start.date());
        QAbstractItemModelTester dayTester(page->dayModel(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(page->dayModel()->rowCount(), 1);
        QVERIFY(page->dayModel()->item(0, 1)->text().contains(QStringLiteral("MARTIN Camille")));
        ui::CalendarView *calendar = page->calendar();
        const QRect box = calendar->itemRect(first.id);
        QVERIFY(box.isValid());

        // Dragging onto Dr Hugo Bernard's column: refused live (he does not perform hair loss).
        int hugo = -1;
        const auto setup = services.clinicSetup.setup(user);
        for (int i = 0; i < static_cast<int>(setup.practitioners.size()); ++i) {
            if (setup.practitioners[static_cast<size_t>(i)].displayName ==
                QStringLiteral("Dr Hugo Bernard"))
                hugo = i;
        }
        QVERIFY(hugo >= 0);
        const int minute = start.time().hour() * 60 + start.time().minute();
        QTest::mousePress(calendar, Qt::LeftButton, {}, box.center());
        QTest::mouseMove(calendar, calendar->pointFor(hugo, minute) + QPoint(0, box.height() / 2));
        QVERIFY2(calendar->dragFeedback().contains(
                     QStringLiteral("does not perform the protocol hair_loss")),
                 qPrintable(calendar->dragFeedback()));
        // An hour away in the same column: accepted, and dropped there.
        int column = -1; // the session's practitioner
        for (int i = 0; i < static_cast<int>(setup.practitioners.size()); ++i) {
            if (setup.practitioners[static_cast<size_t>(i)].userId == first.practitionerId)
                column = i;
        }
        QVERIFY(column >= 0);
        QCOMPARE(calendar->targetAt(box.center(), first.id)->resource, first.practitionerId);
        const int shift =
            minute + 60 + 40 <= 13 * 60 || (minute >= 14 * 60 && minute + 100 <= 18 * 60) ? 60
                                                                                          : -60;
        QTest::mouseMove(calendar,
                         calendar->pointFor(column, minute + shift) + QPoint(0, box.height() / 2));
        QVERIFY2(calendar->dragFeedback().isEmpty(), qPrintable(calendar->dragFeedback()));
        QTest::mouseRelease(calendar, Qt::LeftButton, {},
                            calendar->pointFor(column, minute + shift) +
                                QPoint(0, box.height() / 2));
        QCOMPARE(services.booking.find(user, first.id)->start, first.start + shift);
        QVERIFY(page->message().isEmpty());

        // A check-in before the day is refused with the reason; the day sheet lists the session.
        page->dayTable()->selectRow(0);
        page->checkIn();
        QVERIFY2(page->message().contains(QStringLiteral("checked in on the day")),
                 qPrintable(page->message()));
        const QString sheet = m_tmp->path(QStringLiteral("day-sheet.pdf"));
        QVERIFY(page->exportDaySheet(sheet));
        const QString text = test::pdfText(sheet);
        QVERIFY2(text.contains(QStringLiteral("MARTIN Camille")), qPrintable(text.left(400)));
        QVERIFY(text.contains(QStringLiteral("Day sheet")));
        QVERIFY(text.contains(QStringLiteral("session 1 of")));
        QVERIFY2(test::pdfMarginProblem(sheet).isEmpty(),
                 qPrintable(test::pdfMarginProblem(sheet)));
        // The patient's series as a calendar file: one event per session.
        const QString ics = m_tmp->path(QStringLiteral("camille.ics"));
        QVERIFY(page->exportCalendar(ui::CalendarPage::PatientCalendar, ics));
        QFile icsFile(ics);
        QVERIFY(icsFile.open(QIODevice::ReadOnly));
        QCOMPARE(icsFile.readAll().count("BEGIN:VEVENT"),
                 static_cast<qsizetype>(appointments.size()));
        QVERIFY(!page->exportCalendar(ui::CalendarPage::PatientCalendar,
                                      QStringLiteral("/nonexistent-dir/x.ics")));
        QVERIFY(page->message().startsWith(QStringLiteral("Cannot write")));
        // The week of one practitioner shows the same session.
        page->setView(ui::CalendarPage::WeekView, ui::CalendarPage::Practitioners,
                      first.practitionerId);
        QVERIFY(calendar->itemRect(first.id).isValid());
    }

    void clinicSetupIsEditedAndChecked()
    {
        clinic::Services services(*m_db);
        const auto user =
            clinic::ActingUser::system(*m_db); // the clinic's setup is the administrator's
        ui::ClinicSetupDialog dialog(services, user);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.openingEdit(1)->text(), QStringLiteral("09:00-18:00"));
        QCOMPARE(dialog.openingEdit(7)->text(), QString());
        // A window ending before it starts: refused, naming the day; nothing saved.
        dialog.openingEdit(3)->setText(QStringLiteral("14:00-09:00"));
        QVERIFY(!dialog.saveHours());
        QVERIFY2(dialog.message().contains(QStringLiteral("Wednesday")),
                 qPrintable(dialog.message()));
        QCOMPARE(services.clinicSetup.setup(user).opening[2].size(), size_t(1));
        dialog.openingEdit(3)->setText(QStringLiteral("08:30-12:30, 13:30-19:00"));
        dialog.bufferBox()->setValue(15);
        QVERIFY(dialog.saveHours());
        const auto setup = services.clinicSetup.setup(user);
        QCOMPARE(setup.opening[2].size(), size_t(2));
        QCOMPARE(setup.opening[2][1].end, 19 * 60);
        QCOMPARE(setup.bufferMinutes, 15);
        QVERIFY(!dialog.addClosure(QDate::currentDate().addDays(3), QStringLiteral(" ")));
        QVERIFY(
            dialog.addClosure(QDate::currentDate().addDays(3), QStringLiteral("Staff training")));
        QCOMPARE(services.clinicSetup.setup(user).closures.size(), size_t(1));
        QVERIFY(!dialog.saveRoom(QStringLiteral("Room 3"), {QStringLiteral("laser")}));
        QVERIFY(dialog.message().contains(QStringLiteral("room.equipment")));
        QVERIFY(dialog.saveRoom(QStringLiteral("Room 3"), {QStringLiteral("multi_needle")}));
        QCOMPARE(services.clinicSetup.setup(user).rooms.size(), size_t(3));
        // Dr Hugo Bernard: Saturday afternoons too, and only cellulite.
        dialog.practitionerBox()->setCurrentIndex(
            dialog.practitionerBox()->findText(QStringLiteral("Dr Hugo Bernard")));
        dialog.practitionerHoursEdit(6)->setText(QStringLiteral("09:00-16:00"));
        for (int row = 0; row < dialog.protocolList()->count(); ++row) {
            QListWidgetItem *item = dialog.protocolList()->item(row);
            item->setCheckState(item->data(Qt::UserRole) == QStringLiteral("cellulite")
                                    ? Qt::Checked
                                    : Qt::Unchecked);
        }
        QVERIFY2(dialog.savePractitioner(), qPrintable(dialog.message()));
        for (const auto &p : services.clinicSetup.setup(user).practitioners) {
            if (p.displayName == QStringLiteral("Dr Hugo Bernard")) {
                QCOMPARE(p.protocols, QStringList{QStringLiteral("cellulite")});
                QVERIFY(p.hours.contains(QStringLiteral("16:00")));
            }
        }
        for (QAbstractItemModel *model :
             {dialog.protocolList()->model(), dialog.roomList()->model()})
            QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        // Edits not saved are not lost without a word: closing asks; Cancel stays, Discard
        // leaves them unsaved, Save saves them.
        QVERIFY(!dialog.hasUnsavedEdits());
        dialog.openingEdit(6)->setText(QStringLiteral("09:00-12:00"));
        QVERIFY(dialog.hasUnsavedEdits());
        const QString question = answerQuestion([&] { dialog.reject(); }, QMessageBox::Cancel);
        QVERIFY2(question.contains(QStringLiteral("not saved")), qPrintable(question));
        QVERIFY(dialog.isVisible());
        answerQuestion([&] { dialog.reject(); }, QMessageBox::Discard);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(services.clinicSetup.setup(user).opening[5].front().end, 13 * 60);
        dialog.show();
        dialog.openingEdit(6)->setText(QStringLiteral("09:00-12:00"));
        answerQuestion([&] { dialog.reject(); }, QMessageBox::Save);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(services.clinicSetup.setup(user).opening[5].front().end, 12 * 60);
        // Choosing another practitioner with their hours edited asks too; Cancel keeps them.
        dialog.show();
        dialog.reload();
        const int hugo = dialog.practitionerBox()->currentIndex();
        dialog.practitionerHoursEdit(1)->setText(QStringLiteral("10:00-11:00"));
        answerQuestion([&] { dialog.practitionerBox()->setCurrentIndex(hugo == 0 ? 1 : 0); },
                       QMessageBox::Cancel);
        QCOMPARE(dialog.practitionerBox()->currentIndex(), hugo);
        QCOMPARE(dialog.practitionerHoursEdit(1)->text(), QStringLiteral("10:00-11:00"));
        answerQuestion([&] { dialog.practitionerBox()->setCurrentIndex(hugo == 0 ? 1 : 0); },
                       QMessageBox::Discard);
        QVERIFY(!dialog.hasUnsavedEdits());
        // Choosing another room with the room's edits: Save saves what was typed, then shows the
        // room clicked.
        dialog.show();
        dialog.reload();
        dialog.roomList()->setCurrentRow(0);
        const qint64 firstRoom = dialog.roomList()->item(0)->data(Qt::UserRole).toLongLong();
        dialog.findChild<QLineEdit *>(QStringLiteral("roomName"))
            ->setText(QStringLiteral("Salle Lilas"));
        const qint64 secondRoom = dialog.roomList()->item(1)->data(Qt::UserRole).toLongLong();
        answerQuestion([&] { dialog.roomList()->setCurrentRow(1); }, QMessageBox::Save);
        QVERIFY(dialog.roomList()->currentItem());
        QCOMPARE(dialog.roomList()->currentItem()->data(Qt::UserRole).toLongLong(), secondRoom);
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("roomName"))->text(),
                 dialog.roomList()->currentItem()->data(Qt::UserRole + 1).toString());
        const auto rooms = services.clinicSetup.setup(user).rooms;
        QVERIFY(std::any_of(rooms.begin(), rooms.end(), [&](const records::RoomRecord &r) {
            return r.id == firstRoom && r.name == QStringLiteral("Salle Lilas");
        }));
        QVERIFY(!dialog.hasUnsavedEdits());
        // Saving every tab together is all or nothing: a room left without a name is refused,
        // and the opening hours typed with it are not saved either; the Rooms tab says why.
        dialog.openingEdit(6)->setText(QStringLiteral("10:00-12:00"));
        dialog.findChild<QLineEdit *>(QStringLiteral("roomName"))->clear();
        QVERIFY(!dialog.saveEdits());
        QVERIFY2(dialog.message().contains(QStringLiteral("room.name")),
                 qPrintable(dialog.message()));
        QCOMPARE(dialog.findChild<QTabWidget *>()->currentIndex(), 2);
        QCOMPARE(services.clinicSetup.setup(user).opening[5].front().start, 9 * 60);
        dialog.reload();
        // Saving one tab keeps what another shows unsaved.
        dialog.practitionerHoursEdit(2)->setText(QStringLiteral("10:00-12:00"));
        dialog.openingEdit(6)->setText(QStringLiteral("09:00-13:00"));
        QVERIFY(dialog.saveHours());
        QCOMPARE(dialog.practitionerHoursEdit(2)->text(), QStringLiteral("10:00-12:00"));
        QVERIFY(dialog.hasUnsavedEdits());
        answerQuestion([&] { dialog.reject(); }, QMessageBox::Discard);
        QVERIFY(!dialog.isVisible());
        // Nor the front desk nor a practitioner may change it: the service refuses, the dialog says
        // so.
        ui::ClinicSetupDialog desk(
            services, {user.id, QStringLiteral("desk"), QStringLiteral("front_desk"), QString()});
        QVERIFY(!desk.saveHours());
        QVERIFY2(desk.message().contains(QStringLiteral("desk (front desk) may not")),
                 qPrintable(desk.message()));
        ui::ClinicSetupDialog practitioner(services, clinic::ActingUser::builtInLocal(*m_db));
        QVERIFY(
            !practitioner.addClosure(QDate::currentDate().addDays(4), QStringLiteral("Inventory")));
        QVERIFY2(practitioner.message().contains(QStringLiteral("may not")),
                 qPrintable(practitioner.message()));
        QCOMPARE(services.clinicSetup.setup(user).closures.size(), size_t(1));
    }

    void calendarTextIsBrokenBetweenWordsAndElided()
    {
        const QFontMetrics metrics(m_window->font());
        const QString text = QStringLiteral("Hélène Dupont-Martin\nMésolift visage\nSalle 1");
        // Room for everything: one line per paragraph, unchanged.
        QCOMPARE(ui::CalendarView::fitText(text, metrics, 1000, 5), text.split(QLatin1Char('\n')));
        // A narrow block: each line fits, is made of whole words, and the last one is elided.
        const int width = metrics.horizontalAdvance(QStringLiteral("Hélène Dupont-Ma"));
        const QStringList lines = ui::CalendarView::fitText(text, metrics, width, 3);
        QCOMPARE(lines.size(), 3);
        for (const QString &line : lines)
            QVERIFY2(metrics.horizontalAdvance(line) <= width, qPrintable(line));
        QCOMPARE(lines[0], QStringLiteral("Hélène"));
        QCOMPARE(lines[1], QStringLiteral("Dupont-Martin"));
        QVERIFY2(lines[2].startsWith(QStringLiteral("Mésolift")) &&
                     lines[2].endsWith(QChar(0x2026)),
                 qPrintable(lines[2]));
        // A word wider than the block alone is elided, and the next words follow on their line.
        const QStringList longWord =
            ui::CalendarView::fitText(QStringLiteral("Mésothérapie-capillaire dos"), metrics,
                                      metrics.horizontalAdvance(QStringLiteral("Mésothér")), 2);
        QCOMPARE(longWord.size(), 2);
        QVERIFY(longWord[0].endsWith(QChar(0x2026)));
        QCOMPARE(longWord[1], QStringLiteral("dos"));
        // One line: the whole text elided on it.
        const QStringList one = ui::CalendarView::fitText(text, metrics, width, 1);
        QCOMPARE(one.size(), 1);
        QVERIFY(one[0].startsWith(QStringLiteral("Hélène")) && one[0].endsWith(QChar(0x2026)));
    }

    void modelsPassTheModelTester()
    {
        m_window->showPage(ui::MainWindow::Catalog);
        ui::CatalogPage *catalog = m_window->catalogPage();
        for (QAbstractItemModel *model :
             {static_cast<QAbstractItemModel *>(catalog->ingredientsModel()),
              static_cast<QAbstractItemModel *>(catalog->rulesModel()),
              static_cast<QAbstractItemModel *>(catalog->cocktailModel()),
              static_cast<QAbstractItemModel *>(m_window->patientsPage()->model())}) {
            QAbstractItemModelTester tester(model,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            Q_UNUSED(tester)
        }
        // And while they change.
        QAbstractItemModelTester patients(m_window->patientsPage()->model(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTest::keyClicks(m_window->patientsPage()->searchField(), QStringLiteral("ma"));
        QAbstractItemModelTester cocktail(catalog->cocktailModel(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
        catalog->protocolList()->setCurrentRow(1);
        catalog->reload();
    }

private:
    std::unique_ptr<test::TempDir> m_tmp;
    std::unique_ptr<clinic::ClinicDatabase> m_db;
    std::unique_ptr<ui::MainWindow> m_window;
};

QTEST_MAIN(MainWindowTest)
#include "clinic/clinictime.h"
#include "mainwindow_test.moc"
#include "records/bookingrecords.h"
#include "records/patientrecord.h"

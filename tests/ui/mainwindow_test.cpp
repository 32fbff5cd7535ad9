// The application shell through its real widgets, offscreen: navigation, the read-only catalog,
// the patient search, and every model checked by QAbstractItemModelTester.

#include "catalogpage.h"
#include "mainwindow.h"
#include "patientspage.h"
#include "patienttablemodel.h"
#include "tablemodel.h"

#include "clinic/catalogservice.h"
#include "clinic/clinicdatabase.h"
#include "store/database.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

using namespace meso;

class MainWindowTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_tmp = std::make_unique<test::TempDir>();
        clinic::OpenOptions options;
        options.loadDemoData = true;
        m_db = clinic::openClinicDatabase(m_tmp->dbPath(), options);
        m_window = std::make_unique<ui::MainWindow>(*m_db);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_db.reset();
        m_tmp.reset();
    }

    void navigationShowsEveryPage()
    {
        QListWidget *nav = m_window->navigation();
        QCOMPARE(nav->count(), 4);
        QCOMPARE(nav->item(0)->text(), QStringLiteral("Patients"));
        QCOMPARE(nav->item(3)->text(), QStringLiteral("Settings"));
        for (int row = 0; row < nav->count(); ++row) {
            const QRect r = nav->visualItemRect(nav->item(row));
            QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, r.center());
            QCOMPARE(m_window->pages()->currentIndex(), row);
        }
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
        const auto catalog = clinic::CatalogService(*m_db).current(clinic::ActingUser::builtInLocal(*m_db));
        QCOMPARE(page->ingredientsModel()->rowCount(), static_cast<int>(catalog->ingredients.size()));
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
        QVERIFY(page->rulesModel()->data(page->rulesModel()->index(pregnancyRow, 0), Qt::BackgroundRole).isValid());

        // Selecting a protocol shows its cocktail.
        for (int p = 0; p < page->protocolList()->count(); ++p) {
            page->protocolList()->setCurrentRow(p);
            QCOMPARE(page->cocktailModel()->rowCount(),
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
        QVERIFY(page->model()->data(page->model()->index(0, ui::PatientTableModel::Name), Qt::DisplayRole)
                    .toString().contains(QStringLiteral("Hélène")));
        page->searchField()->clear();
        QCOMPARE(page->model()->rowCount(), all);
    }

    void modelsPassTheModelTester()
    {
        m_window->showPage(ui::MainWindow::Catalog);
        ui::CatalogPage *catalog = m_window->catalogPage();
        for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(catalog->ingredientsModel()),
                                          static_cast<QAbstractItemModel *>(catalog->rulesModel()),
                                          static_cast<QAbstractItemModel *>(catalog->cocktailModel()),
                                          static_cast<QAbstractItemModel *>(m_window->patientsPage()->model())}) {
            QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            Q_UNUSED(tester)
        }
        // And while they change.
        QAbstractItemModelTester patients(m_window->patientsPage()->model(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTest::keyClicks(m_window->patientsPage()->searchField(), QStringLiteral("ma"));
        QAbstractItemModelTester cocktail(catalog->cocktailModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        catalog->protocolList()->setCurrentRow(1);
        catalog->reload();
    }

private:
    std::unique_ptr<test::TempDir> m_tmp;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<ui::MainWindow> m_window;
};

QTEST_MAIN(MainWindowTest)
#include "mainwindow_test.moc"

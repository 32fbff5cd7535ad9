// The Reports page through the real widgets, on a generated clinic: every chart drawn from the
// database's counts, the table beside each the same figures as the service, each model checked by
// QAbstractItemModelTester, the PNG and CSV exports read back; the front desk sees its own figures
// only (appointments, cancellations and no-shows); a period that is not one is named.

#include "clinicfixture.h"
#include "mainwindow.h"
#include "reportspage.h"
#include "tablemodel.h"

#include "clinic/clinicdatabase.h"
#include "clinic/demogenerator.h"
#include "clinic/language.h"
#include "clinic/services.h"

#include <QAbstractItemModelTester>
#include <QAbstractSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QImage>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

using namespace meso;

class ReportsUiTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempDir> m_tmp;
    std::unique_ptr<clinic::ClinicDatabase> m_db;
    const QDate m_from = QDate::currentDate().addYears(-1).addDays(1);
    const QDate m_to = QDate::currentDate();

    ui::ReportsPage *openReports(ui::MainWindow &window)
    {
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return nullptr;
        window.showPage(ui::MainWindow::Reports);
        ui::ReportsPage *page = window.reportsPage();
        if (page)
            page->setPeriod(m_from, m_to);
        return page;
    }

    static QStringList csvLines(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        const QByteArray bytes = f.readAll();
        if (!bytes.startsWith("\xEF\xBB\xBF"))
            return {QStringLiteral("no byte order mark")};
        return QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        clinic::installLanguage(QStringLiteral("en"));
    }

    void init()
    {
        m_tmp = std::make_unique<test::TempDir>();
        m_db = clinic::openClinicDatabase(m_tmp->dbPath());
        clinic::Services services(*m_db);
        clinic::GenerateOptions o;
        o.patients = 400;
        o.years = 1;
        o.seed = 7;
        o.until = m_to;
        clinic::DemoGenerator(services).generate(clinic::ActingUser::system(*m_db), o);
    }

    void cleanup()
    {
        m_db.reset();
        m_tmp.reset();
    }

    void practitionerSeesEveryChartWithItsData()
    {
        const auto user = clinic::ActingUser::builtInLocal(*m_db);
        ui::MainWindow window(*m_db, user);
        ui::ReportsPage *page = openReports(window);
        QVERIFY(page);
        QVERIFY2(page->refresh(), qPrintable(page->message()));
        using R = ui::ReportsPage;
        QCOMPARE(page->reports(),
                 (std::vector<R::Report>{R::Appointments, R::Occupancy, R::Rates, R::Courses,
                                         R::ProtocolMix, R::Quotes, R::AdverseEvents}));
        QCOMPARE(page->tabs()->count(), 7);
        for (const R::Report r : page->reports()) {
            QAbstractItemModelTester tester(page->model(r),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            QVERIFY2(page->model(r)->rowCount() > 0, qPrintable(QString::number(r)));
            QVERIFY(!page->chartView(r)->chart()->series().isEmpty());
        }

        clinic::Services services(*m_db);
        // The weekly bars add up to the period's appointments.
        const clinic::ActivityReport activity = services.reports.activity(user, m_from, m_to);
        auto *bars = qobject_cast<QStackedBarSeries *>(
            page->chartView(R::Appointments)->chart()->series().value(0));
        QVERIFY(bars);
        double drawn = 0;
        for (const QBarSet *set : bars->barSets())
            drawn += set->sum();
        QCOMPARE(drawn, double(activity.total.appointments));
        QVERIFY(activity.total.appointments > 100);
        QCOMPARE(page->model(R::Appointments)->rowCount(), int(activity.rows.size()));
        // Occupancy: a row per practitioner and room and week, a line for each.
        QCOMPARE(page->model(R::Occupancy)->rowCount(),
                 int(activity.practitioners.size() + activity.rooms.size()));
        QVERIFY(page->chartView(R::Occupancy)->chart()->series().size() >= 2);

        // The courses table is the service's figures, protocol by protocol.
        const clinic::CoursesReport courses = services.reports.courses(user, m_from, m_to);
        ui::TableModel *table = page->model(R::Courses);
        int started = 0;
        for (int row = 0; row < table->rowCount(); ++row)
            started += table->index(row, 1).data().toString().toInt();
        QCOMPARE(started, courses.total.started);
        QVERIFY(started > 0);

        // The quotes: every month of the period and the whole period's value, as money.
        const clinic::QuotesReport quotes = services.reports.quotes(user, m_from, m_to);
        ui::TableModel *quoteTable = page->model(R::Quotes);
        QCOMPARE(quoteTable->rowCount(), int(quotes.months.size()) + 1);
        const QString total = quoteTable->index(quoteTable->rowCount() - 1, 2).data().toString();
        QVERIFY2(total.contains(QLocale().toString(double(quotes.total.cents) / 100, 'f', 2)),
                 qPrintable(total));

        // The chart as a PNG, the data as CSV: read back.
        const QString png = m_tmp->path(QStringLiteral("courses.png"));
        QVERIFY(page->savePng(R::Courses, png));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 200 && image.height() > 100);
        const QString csv = m_tmp->path(QStringLiteral("quotes.csv"));
        QVERIFY(page->saveCsv(R::Quotes, csv));
        const QStringList lines = csvLines(csv);
        QCOMPARE(lines.value(0), QStringLiteral("month,quotes,value,currency"));
        QCOMPARE(lines.size(), int(quotes.months.size()) + 1);
        double value = 0;
        for (int i = 1; i < lines.size(); ++i) {
            const QStringList fields = lines[i].split(QLatin1Char(','));
            QCOMPARE(fields.value(3), QStringLiteral("EUR"));
            value += fields.value(2).toDouble();
        }
        QCOMPARE(qRound64(value * 100), quotes.total.cents);
        // A path that cannot be written is said on the page.
        QVERIFY(!page->saveCsv(R::Quotes, m_tmp->path(QStringLiteral("missing/dir/q.csv"))));
        QVERIFY(page->message().contains(QStringLiteral("Could not save")));
    }

    void frontDeskSeesItsOwnFiguresOnly()
    {
        const clinic::ActingUser desk{clinic::ActingUser::builtInLocal(*m_db).id,
                                      QStringLiteral("desk"), QStringLiteral("front_desk"),
                                      QStringLiteral("Desk")};
        ui::MainWindow window(*m_db, desk);
        ui::ReportsPage *page = openReports(window);
        QVERIFY(page);
        QVERIFY2(page->refresh(), qPrintable(page->message()));
        using R = ui::ReportsPage;
        QCOMPARE(page->reports(),
                 (std::vector<R::Report>{R::Appointments, R::Occupancy, R::Rates}));
        QVERIFY(!page->model(R::Quotes));
        QVERIFY(page->model(R::Rates)->rowCount() > 1);
    }

    void aPeriodThatIsNotOneIsNamed()
    {
        ui::MainWindow window(*m_db, clinic::ActingUser::builtInLocal(*m_db));
        ui::ReportsPage *page = openReports(window);
        QVERIFY(page);
        page->setPeriod(m_to, m_from);
        QVERIFY(!page->refresh());
        QVERIFY2(page->message().startsWith(QStringLiteral("report.to: ")),
                 qPrintable(page->message()));
        page->setPreset(ui::ReportsPage::LastFourWeeks);
        QVERIFY2(page->refresh(), qPrintable(page->message()));
    }
};

QTEST_MAIN(ReportsUiTest)
#include "reports_test.moc"

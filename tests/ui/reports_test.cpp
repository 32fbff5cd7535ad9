// The Reports and Recalls pages through the real widgets, on a generated clinic: every chart drawn
// from the database's counts, the table beside each the same figures as the service, each model
// checked by QAbstractItemModelTester, the PNG and CSV exports read back; the front desk sees its
// own figures only (appointments, occupancy, cancellations and no-shows); a period that is not one
// is named. Recalls: the service's list, marked through the dialog, declined ones hidden.

#include "clinicfixture.h"
#include "mainwindow.h"
#include "recallspage.h"
#include "reportspage.h"
#include "tablemodel.h"

#include "clinic/clinicdatabase.h"
#include "clinic/demogenerator.h"
#include "clinic/language.h"
#include "clinic/services.h"

#include <QAbstractItemModelTester>
#include <QAbstractSeries>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

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
        o.years = 2;
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
        // Every week of the period on the axis, with or without appointments.
        const auto weeks = (m_from.addDays(1 - m_from.dayOfWeek()).daysTo(m_to) / 7) + 1;
        QCOMPARE(bars->barSets().front()->count(), int(weeks));
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
        QVERIFY(page->model(ui::ReportsPage::Appointments)->rowCount() > 0);
        page->setPeriod(m_to, m_from);
        QVERIFY(!page->refresh());
        QVERIFY2(page->message().startsWith(QStringLiteral("report.to: ")),
                 qPrintable(page->message()));
        // Nothing of the previous period is left to read or save.
        QCOMPARE(page->model(ui::ReportsPage::Appointments)->rowCount(), 0);
        QVERIFY(page->chartView(ui::ReportsPage::Appointments)->chart()->series().isEmpty());
        const auto buttons = page->findChildren<QPushButton *>();
        for (QPushButton *b : buttons)
            QVERIFY2(!b->isEnabled(), qPrintable(b->text()));
        page->setPreset(ui::ReportsPage::LastFourWeeks);
        QVERIFY2(page->refresh(), qPrintable(page->message()));
    }

    void frontDeskMarksRecallsThroughTheDialog()
    {
        const clinic::ActingUser desk{clinic::ActingUser::builtInLocal(*m_db).id,
                                      QStringLiteral("desk"), QStringLiteral("front_desk"),
                                      QStringLiteral("Desk")};
        ui::MainWindow window(*m_db, desk);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(ui::MainWindow::Recalls);
        ui::RecallsPage *page = window.recallsPage();
        QVERIFY(page);
        const QDate from = m_to.addYears(-2);
        page->setWindow(from, m_to);
        QAbstractItemModelTester tester(page->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        clinic::Services services(*m_db);
        const auto due = services.recalls.due(desk, from, m_to);
        QVERIFY(due.size() > 5);
        QCOMPARE(page->model()->rowCount(), int(due.size()));
        QCOMPARE(page->recalls().front().row.consultationId, due.front().row.consultationId);
        // Soonest first, each due in the window.
        for (size_t i = 1; i < page->recalls().size(); ++i)
            QVERIFY(page->recalls()[i - 1].row.due <= page->recalls()[i].row.due);

        // Contacted, through the button and its dialog.
        QPushButton *contacted = page->markButton(QStringLiteral("contacted"));
        QVERIFY(contacted);
        QVERIFY(!contacted->isEnabled()); // nothing selected yet
        page->view()->selectRow(0);
        QVERIFY(contacted->isEnabled());
        const qint64 first = page->recalls().front().row.consultationId;
        QTimer::singleShot(0, [] {
            auto *d = qobject_cast<ui::MarkRecallDialog *>(QApplication::activeModalWidget());
            if (!d)
                return;
            d->noteEdit()->setText(QStringLiteral("message laissé"));
            d->accept();
        });
        contacted->click();
        QCOMPARE(page->recalls().front().row.consultationId, first);
        QCOMPARE(page->recalls().front().row.mark, QStringLiteral("contacted"));
        QCOMPARE(page->recalls().front().row.note, QStringLiteral("message laissé"));
        QVERIFY(page->model()
                    ->index(0, ui::RecallsPage::MarkColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("contacted on")));
        QVERIFY(page->model()
                    ->index(0, ui::RecallsPage::MarkColumn)
                    .data()
                    .toString()
                    .endsWith(QStringLiteral(": message laissé")));

        // A date in the future is refused with the field named; nothing changes.
        QVERIFY(!page->markSelected(QStringLiteral("booked"), m_to.addDays(2), QString()));
        QVERIFY2(page->message().contains(QStringLiteral("recall.date")),
                 qPrintable(page->message()));
        QCOMPARE(page->recalls().front().row.mark, QStringLiteral("contacted"));

        // Declined: hidden, unless asked for.
        page->view()->selectRow(0);
        QVERIFY(page->markSelected(QStringLiteral("declined"), m_to, QStringLiteral("non")));
        QCOMPARE(page->model()->rowCount(), int(due.size()) - 1);
        page->setShowDeclined(true);
        QCOMPARE(page->model()->rowCount(), int(due.size()));
        QVERIFY(page->message().contains(QStringLiteral("recall")));
    }

    void administratorReadsRecallsButDoesNotMarkThem()
    {
        ui::MainWindow window(*m_db, clinic::ActingUser::system(*m_db));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(ui::MainWindow::Recalls);
        ui::RecallsPage *page = window.recallsPage();
        QVERIFY(page);
        page->setWindow(m_to.addYears(-2), m_to);
        QVERIFY(page->model()->rowCount() > 0);
        QVERIFY(!page->markButton(QStringLiteral("contacted")));
        // The service refuses it even when asked directly.
        page->view()->selectRow(0);
        QVERIFY(!page->markSelected(QStringLiteral("contacted"), m_to, QString()));
    }
};

QTEST_MAIN(ReportsUiTest)
#include "reports_test.moc"

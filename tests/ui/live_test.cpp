// Two workstations of one clinic server, each with its own connection and main window: what one
// approves, books, cancels or registers appears on the other within a second (LISTEN/NOTIFY),
// and a file database stays silent. Runs on the PostgreSQL test server (MESOPLAN_TEST_PG).

#include "calendarpage.h"
#include "mainwindow.h"
#include "patientspage.h"
#include "translations.h"

#include "clinicfixture.h"
#include "store/changefeed.h"
#include "store/transaction.h"

#include <QElapsedTimer>
#include <QListWidget>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace meso;

class LiveTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        ui::installTranslations();
        QVERIFY2(!test::testServerUri().isEmpty(), "MESOPLAN_TEST_PG names no test server (scripts/pgtest.sh)");
    }

    void otherWorkstationsChangesAppearWithinASecond()
    {
        test::TempDir tmp;
        // Front desk: its own connection and window, showing the calendar of today.
        auto frontDesk = clinic::openClinicDatabase(tmp.dbPath());
        // The practitioner's workstation: another connection to the same server.
        auto practice = store::Database::open(tmp.dbPath());
        clinic::Services services(*practice);
        const clinic::ActingUser doctor = clinic::ActingUser::builtInLocal(*practice);
        const clinic::ActingUser admin = clinic::ActingUser::system(*practice);
        test::addBookablePractitioner(services, admin, QStringLiteral("pia.morel"), QStringLiteral("Dr Pia Morel"));

        ui::MainWindow window(*frontDesk, clinic::ActingUser::builtInLocal(*frontDesk));
        QVERIFY(window.changeFeed()->isLive());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(ui::MainWindow::Calendar);
        ui::CalendarPage *calendar = window.calendarPage();
        QCOMPARE(calendar->waitingList()->count(), 0);

        // Approved on the other workstation: the plan is waiting here within a second.
        const qint64 patient = test::addPatient(services, doctor, QStringLiteral("Live"));
        const qint64 consultation =
            test::signedConsultation(services, doctor, patient, test::oneRequest("hair_loss", "scalp"));
        QElapsedTimer clock;
        clock.start();
        const qint64 plan = test::approvedPlan(services, doctor, consultation);
        QTRY_COMPARE_WITH_TIMEOUT(calendar->waitingList()->count(), 1, 1000);
        qInfo("approved elsewhere, waiting here after %lld ms", static_cast<long long>(clock.elapsed()));

        // Booked over there: the plan leaves the waiting list and its first session shows.
        clock.restart();
        const auto ids = services.booking.bookBest(doctor, plan, {});
        const auto first = *services.booking.find(doctor, ids.front());
        QTRY_COMPARE_WITH_TIMEOUT(calendar->waitingList()->count(), 0, 1000);
        qInfo("booked elsewhere, shown here after %lld ms", static_cast<long long>(clock.elapsed()));
        calendar->showDate(clinic::BookingService::toDateTime(first.start).date());
        QCOMPARE(calendar->dayModel()->rowCount(), 1);

        // Cancelled over there: the day list here says so within a second, without a click.
        clock.restart();
        services.booking.cancel(doctor, first.id, first.rowVersion, QStringLiteral("ill"));
        QTRY_VERIFY_WITH_TIMEOUT(dayListSays(*calendar, QStringLiteral("cancelled")), 1000);
        qInfo("cancelled elsewhere, shown here after %lld ms", static_cast<long long>(clock.elapsed()));

        // A patient registered elsewhere is in the list when the Patients page is shown again.
        window.showPage(ui::MainWindow::Patients);
        const int before = window.patientsPage()->view()->model()->rowCount();
        test::addPatient(services, doctor, QStringLiteral("Another"));
        QTRY_COMPARE_WITH_TIMEOUT(window.patientsPage()->view()->model()->rowCount(), before + 1, 1000);
    }

    void aChangeRolledBackIsNeverAnnounced()
    {
        test::TempDir tmp;
        auto a = store::Database::open(tmp.dbPath());
        auto b = store::Database::open(tmp.dbPath());
        store::ChangeFeed feed(*a);
        QVERIFY2(feed.isLive(), qPrintable(feed.error()));
        QSignalSpy heard(&feed, &store::ChangeFeed::changed);
        {
            store::WriteTransaction undone(*b);
            store::announceChange(*b, store::topic::calendar);
        } // rolled back
        QTest::qWait(300);
        QCOMPARE(heard.count(), 0);
        {
            store::WriteTransaction tx(*b);
            store::announceChange(*b, store::topic::patients);
            QTest::qWait(200);
            QCOMPARE(heard.count(), 0); // not before the commit
            tx.commit();
        }
        QTRY_COMPARE_WITH_TIMEOUT(heard.count(), 1, 1000);
        QCOMPARE(heard.front().front().toString(), store::topic::patients);
    }

    void aDatabaseFileHasNoFeed()
    {
        QTemporaryDir dir;
        auto file = store::Database::open(dir.filePath(QStringLiteral("clinic.sqlite")));
        store::ChangeFeed feed(*file);
        QVERIFY(!feed.isLive());
        store::WriteTransaction tx(*file);
        store::announceChange(*file, store::topic::calendar); // nothing to do, nothing fails
        tx.commit();
    }

private:
    static bool dayListSays(const ui::CalendarPage &calendar, const QString &text)
    {
        const QStandardItemModel *model = calendar.dayModel();
        for (int r = 0; r < model->rowCount(); ++r) {
            for (int c = 0; c < model->columnCount(); ++c) {
                if (model->index(r, c).data().toString().contains(text))
                    return true;
            }
        }
        return false;
    }
};

QTEST_MAIN(LiveTest)
#include "live_test.moc"

// Two workstations of one clinic server, each with its own connection and main window: what one
// approves, books, cancels or registers appears on the other within a second (LISTEN/NOTIFY),
// and a file database stays silent. The connection dialog and the password asked at start.
// Runs on the PostgreSQL test server (MESOPLAN_TEST_PG).

#include "calendarpage.h"
#include "clinic/language.h"
#include "connectiondialog.h"
#include "mainwindow.h"
#include "patientspage.h"
#include "startup.h"

#include "clinic/clinictime.h"
#include "clinicfixture.h"
#include "records/serveraddress.h"
#include "records/storeerror.h"
#include "store/changefeed.h"
#include "store/transaction.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QUrl>

using namespace meso;

class LiveTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        clinic::installLanguage(QStringLiteral("en"));
        QVERIFY2(!test::testServerUri().isEmpty(),
                 "MESOPLAN_TEST_PG names no test server (scripts/pgtest.sh)");
        // This workstation's settings go to a folder of the test's, never the user's.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    }

    void theConnectionDialogTestsAndSavesWithoutThePassword()
    {
        const QUrl server(test::testServerUri());
        ui::ConnectionDialog dialog(QStringLiteral("/tmp/somewhere/clinic.sqlite"));
        QVERIFY(dialog.fileChoice()->isChecked());
        QVERIFY(!dialog.hostEdit()->isEnabled());
        dialog.serverChoice()->setChecked(true);
        QVERIFY(dialog.hostEdit()->isEnabled());
        QVERIFY(!dialog.save()); // the host is missing: said, nothing saved
        QVERIFY2(dialog.problem().startsWith(QStringLiteral("Host: expected")),
                 qPrintable(dialog.problem()));
        QVERIFY(clinic::savedDatabaseLocation().isEmpty());

        dialog.hostEdit()->setText(server.host());
        dialog.portBox()->setValue(server.port());
        dialog.databaseEdit()->setText(server.path().mid(1));
        dialog.userEdit()->setText(server.userName());
        dialog.sslBox()->setCurrentIndex(
            dialog.sslBox()->findData(QStringLiteral("prefer"))); // no TLS on the test server
        // A wrong password: the server's refusal, without the password.
        dialog.passwordEdit()->setText(QStringLiteral("bad-secret-77"));
        QVERIFY(!dialog.testConnection());
        QVERIFY2(dialog.problem().contains(QStringLiteral("refused the password")),
                 qPrintable(dialog.problem()));
        QVERIFY(!dialog.problem().contains(QStringLiteral("bad-secret-77")));
        // No password typed: the libpq password file has it. The database's own schema is empty.
        dialog.passwordEdit()->clear();
        QVERIFY2(dialog.testConnection(), qPrintable(dialog.problem()));
        QVERIFY2(dialog.result().contains(QStringLiteral("PostgreSQL 15")),
                 qPrintable(dialog.result()));
        QVERIFY2(dialog.result().contains(QStringLiteral("empty")), qPrintable(dialog.result()));

        dialog.passwordEdit()->setText(QStringLiteral("typed-secret-88"));
        QVERIFY(dialog.save());
        const QString saved = clinic::savedDatabaseLocation();
        QCOMPARE(saved, QStringLiteral("postgresql://%1@%2:%3%4?sslmode=prefer")
                            .arg(server.userName(), server.host())
                            .arg(server.port())
                            .arg(server.path()));
        QCOMPARE(clinic::resolveDatabaseLocation(QString()), saved);
        QFile file(m_settings.filePath(
            QStringLiteral("MesoPlan/MesoPlan.conf"))); // written to disk, without it
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QVERIFY(written.contains("sslmode=prefer"));
        QVERIFY(!written.contains("typed-secret-88"));

        // Reopened on the saved address, the form shows it again.
        ui::ConnectionDialog again(saved);
        QVERIFY(again.serverChoice()->isChecked());
        QCOMPARE(again.hostEdit()->text(), server.host());
        QCOMPARE(again.sslBox()->currentData().toString(), QStringLiteral("prefer"));
        QVERIFY(again.passwordEdit()->text().isEmpty());
        clinic::saveDatabaseLocation(QString());
    }

    void theStartAsksForAPasswordTheServerWants()
    {
        test::TempDir tmp;
        const QString location = tmp.dbPath();
        // No password file on this workstation: the server's refusal makes the start ask.
        const QByteArray passfile = qgetenv("PGPASSFILE");
        const QString password = QString::fromUtf8(
            readAll(QString::fromLocal8Bit(passfile)).split('\n').first().split(':').last());
        qputenv("PGPASSFILE", QFile::encodeName(tmp.path(QStringLiteral("none"))));
        const auto restore = qScopeGuard([&] { qputenv("PGPASSFILE", passfile); });

        QStringList prompts;
        ui::StartQuestions ask;
        ask.password = [&](const QString &prompt) -> std::optional<QString> {
            prompts << prompt;
            return prompts.size() == 1 ? QStringLiteral("not-it") : password;
        };
        ask.failed = [](const QString &problem, const QString &) {
            qWarning("unexpected: %s", qPrintable(problem));
            return QString();
        };
        auto db = ui::openAtStart(location, {}, ask);
        QVERIFY(db);
        QCOMPARE(prompts.size(), 2);
        QVERIFY2(
            prompts.front().startsWith(QStringLiteral("Password of mesotest on the clinic server")),
            qPrintable(prompts.front()));
        QVERIFY(prompts.back().contains(QStringLiteral("refused the last one")));
        QVERIFY(db->schemaVersion() == store::Database::latestSchemaVersion());

        // Cancelled: no database, nothing else asked.
        ask.password = [](const QString &) { return std::optional<QString>(); };
        QVERIFY(!ui::openAtStart(location, {}, ask));

        // Nobody there: the problem is put to the person, who gives up.
        QString problem;
        ask.failed = [&](const QString &p, const QString &) {
            problem = p;
            return QString();
        };
        QVERIFY(!ui::openAtStart(
            QStringLiteral("postgresql://nobody@127.0.0.1:9/mesoplan?connect_timeout=2"), {}, ask));
        QVERIFY2(problem.contains(QStringLiteral("Cannot reach the database server")),
                 qPrintable(problem));
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
        test::addBookablePractitioner(services, admin, QStringLiteral("pia.morel"),
                                      QStringLiteral("Dr Pia Morel"));

        ui::MainWindow window(*frontDesk, clinic::ActingUser::builtInLocal(*frontDesk));
        QVERIFY(window.changeFeed()->isLive());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(ui::MainWindow::Calendar);
        ui::CalendarPage *calendar = window.calendarPage();
        QCOMPARE(calendar->waitingList()->count(), 0);

        // Approved on the other workstation: the plan is waiting here within a second.
        const qint64 patient = test::addPatient(services, doctor, QStringLiteral("Live"));
        const qint64 consultation = test::signedConsultation(
            services, doctor, patient, test::oneRequest("hair_loss", "scalp"));
        QElapsedTimer clock;
        clock.start();
        const qint64 plan = test::approvedPlan(services, doctor, consultation);
        QTRY_COMPARE_WITH_TIMEOUT(calendar->waitingList()->count(), 1, 1000);
        qInfo("approved elsewhere, waiting here after %lld ms",
              static_cast<long long>(clock.elapsed()));

        // Booked over there: the plan leaves the waiting list and its first session shows.
        clock.restart();
        const auto ids = services.booking.bookBest(doctor, plan, {});
        const auto first = *services.booking.find(doctor, ids.front());
        QTRY_COMPARE_WITH_TIMEOUT(calendar->waitingList()->count(), 0, 1000);
        qInfo("booked elsewhere, shown here after %lld ms",
              static_cast<long long>(clock.elapsed()));
        calendar->showDate(clinic::toDateTime(first.start).date());
        QCOMPARE(calendar->dayModel()->rowCount(), 1);

        // Cancelled over there: the day list here says so within a second, without a click.
        clock.restart();
        services.booking.cancel(doctor, first.id, first.rowVersion, QStringLiteral("ill"));
        QTRY_VERIFY_WITH_TIMEOUT(dayListSays(*calendar, QStringLiteral("cancelled")), 1000);
        qInfo("cancelled elsewhere, shown here after %lld ms",
              static_cast<long long>(clock.elapsed()));

        // A patient registered elsewhere is in the list when the Patients page is shown again.
        window.showPage(ui::MainWindow::Patients);
        const int before = window.patientsPage()->view()->model()->rowCount();
        test::addPatient(services, doctor, QStringLiteral("Another"));
        QTRY_COMPARE_WITH_TIMEOUT(window.patientsPage()->view()->model()->rowCount(), before + 1,
                                  1000);
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
    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    QTemporaryDir m_settings;

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
#include "clinic/clinictime.h"
#include "live_test.moc"

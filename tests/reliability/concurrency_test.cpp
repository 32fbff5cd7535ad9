// Two workstations on one database (issue 7): two processes editing the same patients at once
// lose no update (an edit based on a stale read is refused and reported, never written over the
// other) and never see "database is locked"; a long writer makes the others wait, within a bound;
// and why every write begins with BEGIN IMMEDIATE.

#include "clinic/clinicdatabase.h"
#include "clinic/services.h"
#include "clinicfixture.h"
#include "records/patientrecord.h"
#include "store/database.h"
#include "store/statement.h"
#include "store/transaction.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <atomic>
#include <thread>
#include <tuple>

using namespace meso;

TEST_CASE("Two processes editing the same patients lose no update and never see a lock error",
          "[reliability][concurrency]")
{
    test::TempDir tmp;
    QStringList ids;
    {
        auto db = clinic::openClinicDatabase(tmp.dbPath());
        clinic::Services s(*db);
        const auto user = clinic::ActingUser::builtInLocal(*db);
        for (int k = 0; k < 3; ++k) {
            records::PatientRecord p;
            p.familyName = QStringLiteral("Shared%1").arg(k);
            p.givenNames = QStringLiteral("Patient");
            p.birthDate = QDate(1980, 1, 1);
            ids << QString::number(s.patients.create(user, p));
        }
    }
    const int edits = 150;
    QProcess a, b;
    a.start(QStringLiteral(MESOPLAN_EDIT_WRITER),
            QStringList{tmp.dbPath(), QStringLiteral("A"), QString::number(edits)} + ids);
    b.start(QStringLiteral(MESOPLAN_EDIT_WRITER),
            QStringList{tmp.dbPath(), QStringLiteral("B"), QString::number(edits)} + ids);
    REQUIRE(a.waitForFinished(120000));
    REQUIRE(b.waitForFinished(120000));
    CHECK(a.exitCode() == 0);
    CHECK(b.exitCode() == 0);
    QStringList ok;
    int conflicts = 0, errors = 0;
    for (QProcess *p : {&a, &b}) {
        for (const QString &line : QString::fromUtf8(p->readAllStandardOutput())
                                       .split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (line.startsWith(QStringLiteral("ok ")))
                ok << line.mid(3);
            else if (line.startsWith(QStringLiteral("conflict ")))
                ++conflicts;
            else {
                ++errors;
                UNSCOPED_INFO(line.toStdString());
            }
        }
    }
    CHECK(errors == 0); // no "database is locked" or anything else reached the user
    CHECK(ok.size() + conflicts == 2 * edits);
    auto db = store::Database::open(tmp.dbPath());
    QString allNotes;
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT notes FROM patients")));
    while (q.next())
        allNotes += q.value(0).toString();
    // Every acknowledged edit is there exactly once: none was overwritten by the other process.
    int missing = 0;
    for (const QString &token : ok)
        missing += allNotes.count(token) == 1 ? 0 : 1;
    CHECK(missing == 0);
    CHECK(allNotes.count(QLatin1Char(';')) == ok.size()); // and nothing a refused edit wrote
    QSqlQuery integrity(db->connection());
    REQUIRE(integrity.exec(QStringLiteral("PRAGMA integrity_check")));
    REQUIRE(integrity.next());
    CHECK(integrity.value(0).toString() == QStringLiteral("ok"));
    WARN(ok.size() << " edits saved, " << conflicts << " refused as changed meanwhile");
}

TEST_CASE("Why writes begin with BEGIN IMMEDIATE: a deferred transaction fails at its first write",
          "[reliability][concurrency]")
{
    test::TempDir tmp;
    auto first = clinic::openClinicDatabase(tmp.dbPath());
    auto second = store::Database::open(tmp.dbPath());
    const auto exec = [](const store::Database &db, const QString &sql) {
        QSqlQuery q(db.connection());
        return q.exec(sql) ? QString() : q.lastError().text();
    };
    const QString insert =
        QStringLiteral("INSERT INTO closures (closure_date, reason) VALUES ('%1', '')");

    SECTION("deferred: the read-then-write of a user action fails, even with a 10 s busy timeout")
    {
        REQUIRE(exec(*first, QStringLiteral("BEGIN DEFERRED")).isEmpty());
        REQUIRE(exec(*first, QStringLiteral("SELECT count(*) FROM closures"))
                    .isEmpty()); // reads a snapshot
        {
            store::WriteTransaction other(*second); // another workstation writes and commits
            REQUIRE(exec(*second, insert.arg(QStringLiteral("2030-01-01"))).isEmpty());
            other.commit();
        }
        QElapsedTimer t;
        t.start();
        const QString error = exec(*first, insert.arg(QStringLiteral("2030-01-02")));
        CHECK(
            error.contains(QStringLiteral("locked"))); // SQLITE_BUSY_SNAPSHOT: waiting cannot help
        CHECK(t.elapsed() < 5000); // it fails at once, the busy timeout is not even used
        exec(*first, QStringLiteral("ROLLBACK"));
    }
    SECTION("immediate: the second writer waits for the first, then both succeed")
    {
        std::atomic<bool> started{false}, committed{false};
        QString otherError;
        store::WriteTransaction tx(*first); // BEGIN IMMEDIATE: the write lock up front
        REQUIRE(exec(*first, QStringLiteral("SELECT count(*) FROM closures")).isEmpty());
        std::thread other([&] {
            auto own = store::Database::open(tmp.dbPath());
            started = true;
            try {
                store::WriteTransaction t(
                    *own); // waits here (busy timeout) until the first commits
                committed = true;
                store::execute(own->connection(), insert.arg(QStringLiteral("2030-01-03")));
                t.commit();
            } catch (const std::exception &e) {
                otherError = QString::fromUtf8(e.what());
            }
        });
        while (!started)
            QThread::msleep(1);
        QThread::msleep(300);
        CHECK_FALSE(committed); // still waiting for the lock
        CHECK(exec(*first, insert.arg(QStringLiteral("2030-01-02")))
                  .isEmpty()); // the write after the read works
        tx.commit();
        other.join();
        CHECK(otherError.isEmpty());
        QSqlQuery count(first->store().connection());
        REQUIRE(count.exec(QStringLiteral("SELECT count(*) FROM closures")));
        REQUIRE(count.next());
        CHECK(count.value(0).toInt() == 2);
    }
}

TEST_CASE(
    "A writer holding the database makes the CLI wait, within bounds, never fail with a lock error",
    "[reliability][concurrency]")
{
    test::TempDir tmp;
    test::makeClinicWithFrontDesk(tmp.dbPath());
    QFile person(tmp.path(QStringLiteral("p.json")));
    REQUIRE(person.open(QIODevice::WriteOnly));
    person.write(
        R"({"family_name": "Waiting", "given_names": "Patient", "birth_date": "1980-01-02"})");
    person.close();
    // Another workstation's long write: the lock is taken and held.
    auto holder = store::Database::open(tmp.dbPath());
    const auto run = [&](int holdMs) {
        store::execute(holder->connection(), QStringLiteral("BEGIN IMMEDIATE"));
        store::execute(holder->connection(),
                       QStringLiteral("INSERT INTO closures (closure_date, reason) VALUES "
                                      "('held-%1', 'another workstation')")
                           .arg(holdMs));
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MESOPLAN_USER"), QStringLiteral("desk"));
        env.insert(QStringLiteral("MESOPLAN_PASSWORD"), QStringLiteral("desk-secret"));
        cli.setProcessEnvironment(env);
        QElapsedTimer t;
        t.start();
        cli.start(QStringLiteral(MESOPLAN_CLI),
                  {QStringLiteral("--db"), tmp.dbPath(), QStringLiteral("patient"),
                   QStringLiteral("add"), QStringLiteral("--json"), person.fileName()});
        REQUIRE(cli.waitForStarted());
        const bool finishedWhileHeld = cli.waitForFinished(holdMs);
        store::execute(holder->connection(), QStringLiteral("COMMIT"));
        if (!finishedWhileHeld)
            REQUIRE(cli.waitForFinished(30000));
        return std::tuple{finishedWhileHeld, cli.exitCode(),
                          QString::fromUtf8(cli.readAllStandardError()), t.elapsed()};
    };
    SECTION("held for 3 seconds: the command waits, then succeeds")
    {
        const auto [early, code, err, ms] = run(3000);
        CHECK_FALSE(early);
        CHECK(code == 0);
        CHECK(err.isEmpty());
        CHECK(ms >= 3000);
    }
    SECTION("held for longer than the 10 s bound: one clear line, nothing written, no 'database is "
            "locked'")
    {
        const auto [early, code, err, ms] = run(12500);
        CHECK(early); // it gave up by itself, within the bound
        CHECK(code == 1);
        CHECK(err.startsWith(
            QStringLiteral("Another workstation kept the database busy for more than 10 seconds")));
        CHECK_FALSE(err.contains(QStringLiteral("locked")));
        CHECK(err.count(QLatin1Char('\n')) == 1);
        auto db = store::Database::open(tmp.dbPath());
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM patients")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 0);
    }
}

// Opening, migrating and refusing databases; the write transaction guard.

#include "records/storeerror.h"
#include "store/auditrepository.h"
#include "store/database.h"
#include "store/databasecopy.h"
#include "store/statement.h"
#include "store/transaction.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace meso;

namespace {
int scalar(const store::Database &db, const QString &sql)
{
    store::Statement s(db.connection(), sql);
    s.exec();
    s.next();
    return static_cast<int>(s.integer(0));
}
} // namespace

TEST_CASE("A new database is created and migrated to the latest schema", "[store][migration]")
{
    test::TempDir tmp;
    auto db = store::Database::open(tmp.dbPath());
    CHECK(db->schemaVersion() == store::Database::latestSchemaVersion());
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM users WHERE built_in = 1")) ==
          2); // local, system
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM patients")) == 0);
}

TEST_CASE("Connections use WAL, foreign keys, full synchronous mode and a 64 MiB page cache",
          "[sqlite][store]")
{
    test::TempDir tmp;
    auto db = store::Database::open(tmp.dbPath());
    store::Statement mode(db->connection(), QStringLiteral("PRAGMA journal_mode"));
    mode.exec();
    REQUIRE(mode.next());
    CHECK(mode.text(0) == QLatin1String("wal"));
    CHECK(scalar(*db, QStringLiteral("PRAGMA foreign_keys")) == 1);
    CHECK(scalar(*db, QStringLiteral("PRAGMA synchronous")) == 2);
    CHECK(scalar(*db, QStringLiteral("PRAGMA busy_timeout")) >= 5000);
    CHECK(scalar(*db, QStringLiteral("PRAGMA cache_size")) == -65536); // KiB: 64 MiB of pages
    CHECK_THROWS_AS(
        store::execute(db->connection(),
                       QStringLiteral("INSERT INTO consultations (patient_id, consultation_date, "
                                      "status, intake, created_by, created_at) "
                                      "VALUES (999, '2026-01-01', 'draft', '{}', 1, 'now')")),
        records::StoreError);
}

TEST_CASE("A connection that defers checkpoints leaves the log to its idle moments",
          "[sqlite][store]")
{
    test::TempDir tmp;
    const auto size = [](const QString &path) { return QFileInfo(path).size(); };
    constexpr qint64 page = 4096;
    // About 1,500 pages in three commits: past SQLite's automatic checkpoint (1,000 pages),
    // under the deferred one. In WAL mode the database file grows only when a checkpoint copies
    // the log back into it.
    const auto write = [](const store::Database &db) {
        store::execute(db.connection(), QStringLiteral("CREATE TABLE filler (data BLOB)"));
        for (int t = 0; t < 3; ++t) {
            store::WriteTransaction tx(db);
            for (int i = 0; i < 500; ++i)
                store::execute(db.connection(),
                               QStringLiteral("INSERT INTO filler VALUES (zeroblob(4000))"));
            tx.commit();
        }
    };

    // SQLite's own: the commit that crossed 1,000 pages copied them back.
    const QString usual = tmp.path(QStringLiteral("usual.sqlite"));
    {
        auto db = store::Database::open(usual);
        const qint64 before = size(usual);
        write(*db);
        CHECK(size(usual) > before + 900 * page);
    }

    // Deferred: no commit checkpoints; the idle moment copies it all back.
    const QString deferred = tmp.path(QStringLiteral("deferred.sqlite"));
    auto db = store::Database::open(deferred);
    db->deferCheckpoints();
    CHECK(scalar(*db, QStringLiteral("PRAGMA wal_autocheckpoint")) ==
          store::Database::kDeferredCheckpointPages);
    const qint64 before = size(deferred);
    write(*db);
    CHECK(size(deferred) == before);
    CHECK(size(deferred + QStringLiteral("-wal")) > 1400 * page);
    {
        store::WriteTransaction tx(*db);
        db->checkpointWhileIdle(); // not inside a transaction: nothing
        CHECK(size(deferred) == before);
    }
    db->checkpointWhileIdle();
    CHECK(size(deferred) > before + 1400 * page);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM filler")) == 1500);
}

TEST_CASE("Reopening an up-to-date database changes nothing", "[sqlite][store][migration]")
{
    test::TempDir tmp;
    store::Database::open(tmp.dbPath()).reset();
    const QByteArray before = test::readAll(tmp.dbPath());
    store::Database::open(tmp.dbPath()).reset();
    CHECK(test::readAll(tmp.dbPath()) == before);
}

TEST_CASE("A database with a newer schema is refused and left untouched", "[store][migration]")
{
    test::TempDir tmp;
    {
        auto db = store::Database::open(tmp.dbPath());
        store::execute(db->connection(),
                       tmp.onServer()
                           ? QStringLiteral("INSERT INTO schema_version (version) VALUES (99)")
                           : QStringLiteral("PRAGMA user_version = 99"));
    }
    const QByteArray before = test::readAll(tmp.dbPath());
    try {
        store::Database::open(tmp.dbPath());
        FAIL("a newer schema was accepted");
    } catch (const records::StoreError &e) {
        CHECK(e.message().contains(QLatin1String("schema version 99")));
        CHECK(e.message().contains(QLatin1String("was not changed")));
    }
    CHECK(test::readAll(tmp.dbPath()) == before);
}

TEST_CASE("A file that is not a MesoPlan database is refused", "[store]")
{
    test::TempDir tmp;
    if (tmp.onServer()) {
        {
            auto db = store::Database::open(tmp.dbPath(), 1);
            store::execute(db->connection(), QStringLiteral("DROP TABLE schema_version"));
        }
        try {
            store::Database::open(tmp.dbPath());
            FAIL("a schema of another program was taken over");
        } catch (const records::StoreError &e) {
            CHECK(e.message().contains(QLatin1String("is not a MesoPlan database")));
            CHECK_FALSE(e.message().contains(QLatin1String("secret"))); // no password in messages
        }
        return;
    }
    SECTION("a text file")
    {
        QFile f(tmp.dbPath());
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("this is not a database, just some text that is long enough to be a header.....");
        f.close();
        CHECK_THROWS_AS(store::Database::open(tmp.dbPath()), records::StoreError);
    }
    SECTION("a SQLite database of another program")
    {
        {
            QSqlDatabase other =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(tmp.dbPath());
            REQUIRE(other.open());
            QSqlQuery(other).exec(QStringLiteral("CREATE TABLE t (x)"));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        const QByteArray before = test::readAll(tmp.dbPath());
        CHECK_THROWS_WITH(store::Database::open(tmp.dbPath()),
                          Catch::Contains("is not a MesoPlan database"));
        CHECK(test::readAll(tmp.dbPath()) == before);
    }
    SECTION("a folder")
    {
        CHECK_THROWS_WITH(store::Database::open(tmp.path(QString())),
                          Catch::Contains("is a folder"));
    }
}

TEST_CASE("A write transaction rolls back unless committed", "[store][transaction]")
{
    test::TempDir tmp;
    auto db = store::Database::open(tmp.dbPath());
    const QString insert =
        QStringLiteral("INSERT INTO users (username, display_name, role, created_at) "
                       "VALUES ('u', 'U', 'admin', 'now')");
    try {
        store::WriteTransaction tx(*db);
        store::execute(db->connection(), insert);
        throw std::runtime_error("user action failed half-way");
    } catch (const std::runtime_error &) {
    }
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM users WHERE username = 'u'")) == 0);
    {
        store::WriteTransaction tx(*db);
        store::execute(db->connection(), insert);
        tx.commit();
    }
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM users WHERE username = 'u'")) == 1);
}

TEST_CASE("A second connection cannot write while a write transaction is open",
          "[store][transaction]")
{
    test::TempDir tmp;
    auto a = store::Database::open(tmp.dbPath());
    auto b = store::Database::open(tmp.dbPath());
    store::execute(b->connection(), tmp.onServer() ? QStringLiteral("SET lock_timeout = 50")
                                                   : QStringLiteral("PRAGMA busy_timeout = 50"));
    store::WriteTransaction tx(*a);
    // The write lock is taken at once (BEGIN IMMEDIATE; the server's writer lock): the other writer
    // is told at BEGIN, before it has done any work, instead of failing half-way through.
    try {
        store::WriteTransaction refused(*b);
        FAIL("a second write transaction began");
    } catch (const records::StoreError &e) {
        CHECK(e.kind() == records::StoreError::Kind::Busy);
        CHECK(e.message().startsWith(QStringLiteral("Another workstation kept the database busy")));
    }
}

TEST_CASE("A transaction inside another is a savepoint: all or nothing for the outer one",
          "[store][transaction]")
{
    test::TempDir tmp;
    auto db = store::Database::open(tmp.dbPath());
    auto count = [&db] { return scalar(*db, QStringLiteral("SELECT count(*) FROM closures")); };
    auto insert = [&db](const char *date) {
        QSqlQuery q(db->connection());
        REQUIRE(
            q.exec(QStringLiteral("INSERT INTO closures (closure_date, reason) VALUES ('%1', 'x')")
                       .arg(QLatin1String(date))));
    };
    {
        store::WriteTransaction outer(*db);
        {
            store::WriteTransaction kept(*db);
            insert("2027-01-01");
            kept.commit();
        }
        {
            store::WriteTransaction undone(*db); // not committed: only its own work is undone
            insert("2027-01-02");
        }
        CHECK(count() == 1);
        // The outer transaction is not committed: nothing stays.
    }
    CHECK(count() == 0);
    {
        store::WriteTransaction outer(*db);
        store::WriteTransaction inner(*db);
        insert("2027-01-03");
        inner.commit();
        outer.commit();
    }
    CHECK(count() == 1);
    // A new transaction afterwards is an outermost one again (BEGIN IMMEDIATE, not a savepoint).
    store::WriteTransaction next(*db);
    insert("2027-01-04");
    next.commit();
    CHECK(count() == 2);
}

TEST_CASE("Audit rows are written with the chain's head at the commit, and undone with a "
          "savepoint",
          "[store][transaction]")
{
    test::TempDir tmp;
    auto db = store::Database::open(tmp.dbPath());
    store::AuditRepository audit(*db);
    auto entry = [](const QString &action) {
        records::AuditEntry e;
        e.at = QDateTime::currentDateTimeUtc();
        e.username = QStringLiteral("test");
        e.action = action;
        e.entity = QStringLiteral("test");
        return e;
    };
    // What the table holds, read without writing the pending rows first (AuditRepository's reads
    // write them).
    auto stored = [&db] { return scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log")); };
    CHECK_THROWS_AS(audit.append(entry(QStringLiteral("outside"))), std::logic_error);
    {
        store::WriteTransaction outer(*db);
        CHECK(audit.append(entry(QStringLiteral("kept"))).seq == 1);
        CHECK(stored() == 0); // kept for the commit
        {
            store::WriteTransaction undone(*db); // its row goes; the outer one's stays
            CHECK(stored() == 1); // the outer one's row, written before its savepoint
            CHECK(audit.append(entry(QStringLiteral("undone"))).seq == 2);
        }
        {
            store::WriteTransaction inner(*db); // committed into the outer one: kept
            CHECK(audit.append(entry(QStringLiteral("committed"))).seq == 2);
            inner.commit();
        }
        const auto rows = audit.list({}); // a read inside sees the transaction's own rows
        REQUIRE(rows.size() == 2);
        CHECK(rows[0].action == QStringLiteral("kept"));
        CHECK(rows[1].action == QStringLiteral("committed"));
        CHECK(rows[1].prevHash == rows[0].hash);
        outer.commit();
    }
    CHECK(stored() == 2);
    CHECK(audit.verify().problems.isEmpty()); // the head recorded is the second row's
    {
        store::WriteTransaction dropped(*db); // an outermost rollback forgets its rows
        audit.append(entry(QStringLiteral("dropped")));
    }
    {
        store::WriteTransaction longer(*db); // a long one writes its rows as it goes
        const auto written =
            audit.appendAll(std::vector<records::AuditEntry>(1500, entry(QStringLiteral("many"))));
        CHECK(written.back().seq == 1502);
        CHECK(stored() >= 1000);
        longer.commit();
    }
    CHECK(stored() == 1502);
    const records::AuditVerification verified = audit.verify();
    CHECK(verified.rows == 1502);
    CHECK(verified.problems.isEmpty());
}

TEST_CASE("A clinic copied in keeps its trail's head: rows removed at its end stay found",
          "[store][copy]")
{
    test::TempDir tmp;
    auto source = store::Database::open(tmp.path(QStringLiteral("source.sqlite")));
    records::AuditEntry e;
    e.at = QDateTime::currentDateTimeUtc();
    e.username = QStringLiteral("test");
    e.action = QStringLiteral("test.row");
    e.entity = QStringLiteral("test");
    {
        store::WriteTransaction tx(*source);
        store::AuditRepository(*source).appendAll({e, e, e});
        tx.commit();
    }
    // Another tool removed row 4 of the file's trail: its head still names it.
    store::execute(source->connection(),
                   QStringLiteral("UPDATE clinic_settings SET setting_value = '4 %1' WHERE "
                                  "setting_key = 'audit.head'")
                       .arg(QString(64, QLatin1Char('a'))));
    auto target = store::Database::open(tmp.dbPath()); // a server's schema when on one
    records::AuditEntry copied;
    const auto checks = store::copyDatabase(*source, *target, {}, [&] {
        copied = store::AuditRepository(*target).append(e); // as the migrate command's row
    });
    REQUIRE(std::all_of(checks.begin(), checks.end(), [](const auto &c) { return c.matches(); }));
    CHECK(copied.seq == 5); // after the head copied, not the head read when the copy began
    const records::AuditVerification verified = store::AuditRepository(*target).verify();
    REQUIRE_FALSE(verified.problems.isEmpty());
    CHECK(verified.problems.front().contains(QStringLiteral("row 5 follows row 3")));
}

TEST_CASE("A script of statements gives the last one's value and stops at the first failure",
          "[store]")
{
    test::TempDir tmp;
    auto db = store::Database::open(tmp.dbPath());
    CHECK(store::executeAll(db->connection(),
                            {QStringLiteral("SELECT 1"), QStringLiteral("SELECT 2")})
              .toInt() == 2);
    CHECK(store::executeAll(db->connection(), {QStringLiteral("SELECT 1 WHERE 1 = 0")}).isNull());
    CHECK_THROWS_AS(store::executeAll(db->connection(),
                                      {QStringLiteral("SELECT 1"),
                                       QStringLiteral("SELECT * FROM no_such_table"),
                                       QStringLiteral("CREATE TABLE after_failure (x INTEGER)")}),
                    records::StoreError);
    // Nothing after the failure ran.
    CHECK_THROWS_AS(scalar(*db, QStringLiteral("SELECT count(*) FROM after_failure")),
                    records::StoreError);
}

TEST_CASE("Statements are prepared once per connection, nest, and hold no snapshot once done",
          "[store]")
{
    test::TempDir tmp;
    auto a = store::Database::open(tmp.dbPath());
    auto b = store::Database::open(tmp.dbPath());
    auto addUser = [](const store::Database &db, const QString &name) {
        store::WriteTransaction tx(db);
        store::Statement s(db.connection(),
                           QStringLiteral("INSERT INTO users (username, display_name, role, "
                                          "created_at) VALUES (?, 'U', 'admin', 'now')"));
        s.bind(name).exec();
        tx.commit();
    };
    addUser(*a, QStringLiteral("u1"));
    addUser(*a, QStringLiteral("u2"));
    const QString names = QStringLiteral("SELECT username FROM users WHERE username LIKE 'u%' "
                                         "ORDER BY username");
    // The same SQL again while the first statement is alive (a nested call): it runs apart.
    // (The server's single-row mode allows one reading statement at a time per connection: the
    // first one is read to the end first.)
    QStringList outer, inner;
    {
        store::Statement s(a->connection(), names);
        s.exec();
        while (s.next())
            outer << s.text(0);
        store::Statement again(a->connection(), names);
        again.exec();
        while (again.next())
            inner << again.text(0);
    }
    CHECK(outer == QStringList{QStringLiteral("u1"), QStringLiteral("u2")});
    CHECK(inner == outer);
    if (!tmp.onServer()) { // SQLite reads both at once: the outer one goes on where it was
        store::Statement s(a->connection(), names);
        s.exec();
        REQUIRE(s.next());
        store::Statement again(a->connection(), names);
        again.exec();
        QStringList all;
        while (again.next())
            all << again.text(0);
        CHECK(all == outer);
        REQUIRE(s.next());
        CHECK(s.text(0) == QStringLiteral("u2"));
        CHECK(!s.next());
    }
    // Left after one row of two: the kept statement must not keep its read snapshot (SQLite)
    // or its rows (the server), or the next statements would miss what another connection wrote.
    {
        store::Statement s(a->connection(), names);
        s.exec();
        REQUIRE(s.next());
    }
    addUser(*b, QStringLiteral("u3"));
    CHECK(scalar(*a, QStringLiteral("SELECT count(*) FROM users WHERE username LIKE 'u%'")) == 3);
    QStringList after;
    {
        store::Statement s(a->connection(), names);
        s.exec();
        while (s.next())
            after << s.text(0);
    }
    CHECK(after == QStringList{QStringLiteral("u1"), QStringLiteral("u2"), QStringLiteral("u3")});
}

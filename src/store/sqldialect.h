#pragma once

#include <QString>
#include <QStringList>

class QSqlDatabase;

namespace meso::store {

// The few statements that differ between SQLite and PostgreSQL, kept in one place so that the
// schema files, repositories and services stay portable.
class SqlDialect
{
public:
    enum class Engine
    {
        SQLite,
        PostgreSQL
    };

    explicit SqlDialect(Engine engine) : m_engine(engine) {}
    Engine engine() const { return m_engine; }

    // Connection settings applied on every new connection (pragmas on SQLite).
    QStringList connectionSettings() const;
    // Settings that write to the database file; applied only once the schema is known to be ours.
    QStringList fileSettings() const;
    // The statements that start a write transaction. SQLite: BEGIN IMMEDIATE, so that the file's
    // write lock is taken up front and never fails half-way with SQLITE_BUSY on lock upgrade.
    // PostgreSQL: READ COMMITTED, then the clinic's writer lock (a transaction-scoped advisory
    // lock), so that writers take turns as on SQLite: each statement after the lock sees every
    // earlier writer's commit, so the services' checks (free slot, audit chain head, row
    // versions) read the latest data and cannot race. Readers never wait for it.
    QStringList beginWrite() const;
    // A read-only snapshot over several statements (REPEATABLE READ on PostgreSQL).
    QString beginRead() const;
    // Schema version storage: PRAGMA user_version on SQLite, a table on PostgreSQL.
    QString hasSchemaVersion() const;
    QString readSchemaVersion() const;
    QStringList writeSchemaVersion(int version) const;
    // How many tables the database (the current schema on PostgreSQL) already holds.
    QString countTables() const;
    // The tables' names, in creation order (for copying a clinic from one engine to the other).
    QString listTables() const;
    // Replaces the dialect placeholders of a schema file ({{ID}}: auto-increment primary key;
    // {{WITHOUT_ROWID}}: after a table that is only its primary key; {{AUDIT_APPEND_ONLY}}: the
    // triggers that make audit_log append-only; {{NO_DOUBLE_BOOKING}}: the engine's own refusal of
    // overlapping appointments; {{KEY_COLLATION}}: code point order for the search keys).
    QString expandSchema(QString sql) const;
    // After rows were inserted with their ids (a copy from another database): the statement that
    // moves the generator of the table's integer id column past them (PostgreSQL's identity
    // sequences; empty on SQLite, whose INTEGER PRIMARY KEY continues after the largest id).
    QString moveIdentityPast(const QString &table) const;
    // Around a copy of whole tables (copyDatabase), inside its transaction: the statements that
    // stop (or restart) the triggers deriving a column from other tables (plans.booked, schema
    // step 8). The copied rows carry that column already; firing once per copied appointment
    // made moving a clinic of 100,000 patients up several times slower. Empty on SQLite, whose
    // triggers run in the process (and cannot be disabled).
    QStringList derivedTriggers(bool enable) const;
    // After a table was filled in bulk and committed: the statement that gives the planner its
    // statistics and the table its visibility map (PostgreSQL's VACUUM ANALYZE: without it a
    // search plans for 500 patients instead of 100,000 and its index-only scans read the heap
    // until autovacuum passes). Empty on SQLite, where the app runs no ANALYZE.
    QString analyzeAfterLoad(const QString &table) const;
    // Announces a change to other workstations at commit (LISTEN/NOTIFY on PostgreSQL; nothing
    // on SQLite, where one workstation is the whole clinic). Empty when the engine has none; %1 is
    // the channel and %2 the topic, both plain words (it runs in a script, without parameters).
    QString notify() const;

private:
    Engine m_engine;
};

} // namespace meso::store

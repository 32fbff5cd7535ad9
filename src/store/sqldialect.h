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
    enum class Engine { SQLite, PostgreSQL };

    explicit SqlDialect(Engine engine) : m_engine(engine) {}
    Engine engine() const { return m_engine; }

    // Connection settings applied on every new connection (pragmas on SQLite).
    QStringList connectionSettings() const;
    // Settings that write to the database file; applied only once the schema is known to be ours.
    QStringList fileSettings() const;
    // The statement that starts a write transaction: BEGIN IMMEDIATE on SQLite, so that the write
    // lock is taken up front and never fails half-way with SQLITE_BUSY on lock upgrade.
    QString beginWrite() const;
    QString beginRead() const;
    // Schema version storage: PRAGMA user_version on SQLite, a one-row table on PostgreSQL.
    QString readSchemaVersion() const;
    QString writeSchemaVersion(int version) const;
    // Replaces the dialect placeholders of a schema file ({{ID}}: auto-increment primary key;
    // {{WITHOUT_ROWID}}: after a table that is only its primary key; {{AUDIT_APPEND_ONLY}}: the
    // triggers that make audit_log append-only).
    QString expandSchema(QString sql) const;

private:
    Engine m_engine;
};

} // namespace meso::store

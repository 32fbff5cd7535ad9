#pragma once

#include "sqldialect.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace meso::store {

// One open connection to the clinic database, configured and migrated to the latest schema.
// Not shared across threads: each thread opens its own.
class Database
{
public:
    // Opens `location` (a SQLite file path; created when missing), applies the connection
    // settings and upgrades the schema. Throws StoreError with a message for the user when the
    // file cannot be opened, is not a MesoPlan database or has a newer schema (left untouched).
    // `schemaVersion` stops the upgrade at that version (tests of later steps start from an
    // earlier schema, as a clinic's database of an earlier release); -1 upgrades to the latest.
    static std::unique_ptr<Database> open(const QString &location, int schemaVersion = -1);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    const SqlDialect &dialect() const { return m_dialect; }
    const QString &location() const { return m_location; }
    int schemaVersion() const;
    // Whether a WriteTransaction is open on this connection (the audit trail requires one).
    bool inWriteTransaction() const { return m_transactionDepth > 0; }

    static int latestSchemaVersion();

    // Moves the write-ahead log into the database file and empties it (outside transactions):
    // after an erasure, the old content is then gone from both (secure_delete is on).
    void checkpoint() const;

private:
    friend class WriteTransaction;
    Database(QString connectionName, QString location, SqlDialect dialect);
    void migrate(int target);

    QString m_connectionName;
    QString m_location;
    SqlDialect m_dialect;
    mutable int m_transactionDepth = 0; // WriteTransactions open on this connection
};

} // namespace meso::store

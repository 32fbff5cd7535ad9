#pragma once

#include "sqldialect.h"
#include "storeerror.h"

#include "records/auditrecords.h"
#include "records/serveraddress.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace meso::store {

// The error for a server that could not be reached or refused the sign-in (Kind::Unreachable or
// Kind::PasswordNeeded), worded for the person at the workstation.
StoreError connectionError(const records::ServerAddress &address, const QString &serverMessage);

// One open connection to the clinic database, configured and migrated to the latest schema.
// Not shared across threads: each thread opens its own.
class Database
{
public:
    // Opens `location` (a SQLite file path, created when missing, or a clinic server's
    // postgresql:// URI: serveraddress.h), applies the connection settings and upgrades the
    // schema. Throws StoreError with a message for the user when the database cannot be opened or
    // reached, is not a MesoPlan database or has a newer schema (left untouched).
    // `schemaVersion` stops the upgrade at that version (tests of later steps start from an
    // earlier schema, as a clinic's database of an earlier release); -1 upgrades to the latest.
    static std::unique_ptr<Database> open(const QString &location, int schemaVersion = -1);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    const SqlDialect &dialect() const { return m_dialect; }
    // The file path or the server URI it was opened with (may hold a password: show
    // displayLocation(location()) instead).
    const QString &location() const { return m_location; }
    bool isServer() const { return m_dialect.engine() == SqlDialect::Engine::PostgreSQL; }
    int schemaVersion() const;
    // Whether a WriteTransaction is open on this connection (the audit trail requires one).
    bool inWriteTransaction() const { return m_transactionDepth > 0; }

    static int latestSchemaVersion();

    // What is at `location`, read without changing anything there (the GUI's "Test connection"):
    // the engine and its version, the MesoPlan schema version (0: none), and whether it holds
    // tables of another program. Throws StoreError when it cannot be reached or signed in to.
    struct Probe
    {
        QString engine; // "PostgreSQL 15.18", "SQLite 3.40.1"
        int schemaVersion = 0;
        bool empty = false;   // no table at all: MesoPlan creates its own at the first start
        bool foreign = false; // tables, but not MesoPlan's
    };
    static Probe probe(const QString &location);

    // Moves the write-ahead log into the database file and empties it (outside transactions):
    // after an erasure, the old content is then gone from both (secure_delete is on). On a
    // server: VACUUM of the clinic's tables, which reclaims the old row versions.
    void checkpoint() const;
    // SQLite copies its write-ahead log back into the database file (a checkpoint) inside the
    // commit that takes the log past 1,000 pages, so the person whose action crossed it waits for
    // it (a lot trace's audit rows dirty hundreds of pages: docs/performance.md). A process with
    // idle moments (the GUI) calls deferCheckpoints() once on its connection, then
    // checkpointWhileIdle() between user actions: the log goes back into the file then, and a
    // commit checkpoints only past kDeferredCheckpointPages, as a backstop. Nothing on a server.
    void deferCheckpoints() const;
    // A passive checkpoint, outside transactions: copies what no reader still needs, never waits
    // for another connection. Throws StoreError when SQLite refuses it (the next one catches up).
    void checkpointWhileIdle() const;
    static constexpr int kDeferredCheckpointPages = 16000; // 64 MiB of 4 KiB pages

    // After a bulk load (a clinic copied in or generated; outside transactions): on a server,
    // VACUUM (ANALYZE) of every table, so that the planner's statistics and the visibility map
    // describe the rows just written rather than the empty tables. Nothing on a file.
    void analyzeAfterLoad() const;

private:
    friend class WriteTransaction;
    friend class ReadTransaction;
    friend class AuditRepository;
    friend void announceChange(const Database &db, const QString &topic);
    friend QStringList takeAnnouncements(const Database &db);
    Database(QString connectionName, QString location, SqlDialect dialect);
    static std::unique_ptr<Database> openFile(const QString &path);
    QStringList tables() const; // the clinic's tables (a server's schema)
    static std::unique_ptr<Database> connectServer(const QString &uri);
    void migrate(int found, int target); // `found`: the version read at opening

    QString m_connectionName;
    QString m_location;
    SqlDialect m_dialect;
    mutable int m_transactionDepth = 0; // WriteTransactions open on this connection
    // The open write transaction's audit rows (AuditRepository): those appended and not written
    // yet (written at the commit, before a savepoint, before the trail is read, and by the
    // thousand in a long transaction), and the chain's head as this transaction sees it ("seq
    // hash"; nullopt: not read yet; empty: none recorded). A server reads the head in the same
    // round trip as it takes the writer lock (WriteTransaction).
    struct PendingAudit
    {
        std::vector<records::AuditEntry> rows;
        std::optional<QString> head;
    };
    mutable PendingAudit m_audit;
    bool m_headWithLock = false; // set once the schema is upgraded (Database::open)
    // The topics the open write transaction announced (changefeed.h), sent with its COMMIT.
    mutable QStringList m_announced;
};

} // namespace meso::store

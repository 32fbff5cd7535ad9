#pragma once

#include <QString>

#include <optional>

namespace meso::store {

class Database;

// RAII write transaction: begins with the dialect's write BEGIN (BEGIN IMMEDIATE on SQLite) and
// rolls back unless commit() was called, so an exception never leaves half a user action behind.
// Its commit first writes the audit rows its action appended (AuditRepository::writePending).
// Inside another one (a command made of several user actions, all or nothing) it is a savepoint:
// its commit keeps its work for the outer transaction, its rollback undoes only its own.
class WriteTransaction
{
public:
    explicit WriteTransaction(const Database &db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    void commit();

private:
    const Database &m_db;
    int m_depth = 0; // 0: the outermost transaction
    bool m_active = false;
    // The audit chain's head and the changes announced when this one began: what a rollback goes
    // back to.
    std::optional<QString> m_auditHeadAtStart;
    qsizetype m_announcedAtStart = 0;
};

// RAII read-only snapshot: the statements inside read one state of the database, whatever other
// workstations commit meanwhile (REPEATABLE READ on PostgreSQL; a read transaction on SQLite).
// Ends with a rollback (nothing to keep). Inside a WriteTransaction it does nothing: the writer
// lock already keeps other writers out.
class ReadTransaction
{
public:
    explicit ReadTransaction(const Database &db);
    ~ReadTransaction();
    ReadTransaction(const ReadTransaction &) = delete;
    ReadTransaction &operator=(const ReadTransaction &) = delete;

private:
    const Database &m_db;
    bool m_active = false;
};

} // namespace meso::store

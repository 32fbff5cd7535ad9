#pragma once

class QString;

namespace meso::store {

class Database;

// RAII write transaction: begins with the dialect's write BEGIN (BEGIN IMMEDIATE on SQLite) and
// rolls back unless commit() was called, so an exception never leaves half a user action behind.
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
};

} // namespace meso::store

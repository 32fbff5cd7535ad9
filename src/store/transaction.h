#pragma once

class QString;

namespace meso::store {

class Database;

// RAII write transaction: begins with the dialect's write BEGIN (BEGIN IMMEDIATE on SQLite) and
// rolls back unless commit() was called, so an exception never leaves half a user action behind.
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
    bool m_active = false;
};

} // namespace meso::store

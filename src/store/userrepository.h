#pragma once

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

#include "records/userrecord.h"

namespace meso::store {

using records::UserRecord;

class Database;

// The users table. Writers must run inside a WriteTransaction.
class UserRepository
{
public:
    explicit UserRepository(const Database &db) : m_db(db) {}

    std::optional<UserRecord> find(qint64 id) const;
    std::optional<UserRecord> findByName(const QString &username) const;
    // One of the built-in accounts ("local", "system"), which nobody signs in as.
    std::optional<UserRecord> findBuiltIn(const QString &username) const;
    // People (not the built-in accounts), by display name.
    std::vector<UserRecord> all() const;
    bool usernameTaken(const QString &username) const;
    // Active administrators with a password: none means the clinic has not been set up yet.
    int signInAdmins() const;

    qint64 insert(const UserRecord &user, const QDateTime &now);
    void update(const UserRecord &user); // display name, role, active
    // A built-in account's display name (update() leaves built-in accounts alone).
    void renameBuiltIn(qint64 id, const QString &displayName);
    void setPasswordHash(qint64 id, const QString &hash);
    void recordFailure(qint64 id, const QDateTime &now);
    void recordSignIn(qint64 id, const QDateTime &now);

private:
    const Database &m_db;
};

} // namespace meso::store

#include "userrepository.h"

#include "database.h"
#include "statement.h"

namespace meso::store {

namespace {

const QString kColumns =
    QStringLiteral("id, username, display_name, role, password_hash, built_in, active, "
                   "failed_attempts, last_failed_at, last_sign_in_at");

QDateTime instant(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

UserRecord readUser(const Statement &s)
{
    UserRecord u;
    u.id = s.integer(0);
    u.username = s.text(1);
    u.displayName = s.text(2);
    u.role = s.text(3);
    u.passwordHash = s.text(4);
    u.builtIn = s.integer(5) != 0;
    u.active = s.integer(6) != 0;
    u.failedAttempts = static_cast<int>(s.integer(7));
    u.lastFailedAt = instant(s.value(8));
    u.lastSignInAt = instant(s.value(9));
    return u;
}

} // namespace

std::optional<UserRecord> UserRepository::find(qint64 id) const
{
    Statement s(m_db.connection(),
                QStringLiteral("SELECT %1 FROM users WHERE id = ?").arg(kColumns));
    s.bind(id).exec();
    return s.next() ? std::optional(readUser(s)) : std::nullopt;
}

std::optional<UserRecord> UserRepository::findByName(const QString &username) const
{
    Statement s(m_db.connection(),
                QStringLiteral("SELECT %1 FROM users WHERE username = ?").arg(kColumns));
    s.bind(username).exec();
    return s.next() ? std::optional(readUser(s)) : std::nullopt;
}

std::optional<UserRecord> UserRepository::findBuiltIn(const QString &username) const
{
    Statement s(
        m_db.connection(),
        QStringLiteral("SELECT %1 FROM users WHERE built_in = 1 AND username = ?").arg(kColumns));
    s.bind(username).exec();
    return s.next() ? std::optional(readUser(s)) : std::nullopt;
}

std::vector<UserRecord> UserRepository::all() const
{
    Statement s(m_db.connection(),
                QStringLiteral("SELECT %1 FROM users WHERE built_in = 0 ORDER BY display_name, id")
                    .arg(kColumns));
    s.exec();
    std::vector<UserRecord> users;
    while (s.next())
        users.push_back(readUser(s));
    return users;
}

bool UserRepository::usernameTaken(const QString &username) const
{
    Statement s(m_db.connection(), QStringLiteral("SELECT 1 FROM users WHERE username = ?"));
    s.bind(username).exec();
    return s.next();
}

int UserRepository::signInAdmins() const
{
    Statement s(
        m_db.connection(),
        QStringLiteral(
            "SELECT count(*) FROM users WHERE role = 'admin' AND active = 1 AND built_in = 0 "
            "AND password_hash IS NOT NULL AND password_hash <> ''"));
    s.exec();
    s.next();
    return static_cast<int>(s.integer(0));
}

qint64 UserRepository::insert(const UserRecord &user, const QDateTime &now)
{
    Statement s(
        m_db.connection(),
        QStringLiteral(
            "INSERT INTO users (username, display_name, role, password_hash, active, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    s.bind(user.username).bind(user.displayName).bind(user.role);
    s.bind(user.passwordHash.isEmpty() ? QVariant() : QVariant(user.passwordHash));
    s.bind(user.active).bind(timestamp(now));
    return s.insert();
}

void UserRepository::update(const UserRecord &user)
{
    Statement s(m_db.connection(), QStringLiteral("UPDATE users SET display_name = ?, role = ?, "
                                                  "active = ? WHERE id = ? AND built_in = 0"));
    s.bind(user.displayName).bind(user.role).bind(user.active).bind(user.id).exec();
}

void UserRepository::renameBuiltIn(qint64 id, const QString &displayName)
{
    Statement s(m_db.connection(),
                QStringLiteral("UPDATE users SET display_name = ? WHERE id = ? AND built_in = 1"));
    s.bind(displayName).bind(id).exec();
}

void UserRepository::setPasswordHash(qint64 id, const QString &hash)
{
    Statement s(m_db.connection(),
                QStringLiteral("UPDATE users SET password_hash = ?, failed_attempts = 0 WHERE id = "
                               "? AND built_in = 0"));
    s.bind(hash).bind(id).exec();
}

void UserRepository::recordFailure(qint64 id, const QDateTime &now)
{
    Statement s(m_db.connection(),
                QStringLiteral("UPDATE users SET failed_attempts = failed_attempts + 1, "
                               "last_failed_at = ? WHERE id = ?"));
    s.bind(timestamp(now)).bind(id).exec();
}

void UserRepository::recordSignIn(qint64 id, const QDateTime &now)
{
    Statement s(
        m_db.connection(),
        QStringLiteral("UPDATE users SET failed_attempts = 0, last_sign_in_at = ? WHERE id = ?"));
    s.bind(timestamp(now)).bind(id).exec();
}

} // namespace meso::store

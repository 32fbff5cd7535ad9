#pragma once

#include "actinguser.h"
#include "validationerror.h"

#include "records/userrecord.h"

#include <QCoreApplication>

#include <vector>

namespace meso::store {
class Database;
}

namespace meso::clinic {

// Argon2id work factors of a password hash (libsodium crypto_pwhash_str).
struct PasswordCost
{
    unsigned long long opsLimit = 0;
    size_t memLimitBytes = 0;
};

// A sign-in refused: wrong name or password (the message does not say which), an account that
// cannot sign in, or too many failures in a row (retryAfterSeconds > 0).
class SignInError : public PermissionError
{
public:
    SignInError(const QString &message, int retryAfterSeconds)
        : PermissionError(message), m_retryAfter(retryAfterSeconds)
    {
    }
    int retryAfterSeconds() const { return m_retryAfter; }

private:
    int m_retryAfter;
};

// Accounts and sign-in. Passwords are stored only as Argon2id hashes; a hash made with lower work
// factors than the service's is replaced at the next successful sign-in. The password is checked
// outside any transaction (Argon2id takes about 0.1 s: nobody waits on the database for it); each
// sign-in's outcome, failed or not, is then audited and committed before it is returned or
// thrown: call it outside any other transaction, so that a failure counts even when the caller
// gives up.
class UserService
{
    Q_DECLARE_TR_FUNCTIONS(meso::clinic::UserService)
public:
    explicit UserService(const store::Database &db, PasswordCost cost = defaultCost());

    // libsodium's interactive level: t=2, 64 MiB (above OWASP's minimum).
    static PasswordCost defaultCost();
    // OWASP's minimum for Argon2id: t=2, 19 MiB. No hash is made below it.
    static PasswordCost minimumCost();
    static constexpr int kMinPasswordLength = 8;
    // Seconds to wait after `failedAttempts` failures in a row: none for the first two, then
    // 2, 4, 8, ... up to 5 minutes.
    static int delaySeconds(int failedAttempts);

    // No administrator can sign in yet: the first start asks for one.
    bool needsFirstAdmin() const;
    // Creates the first administrator (refused once one exists) and returns them signed in.
    ActingUser createFirstAdmin(const QString &username, const QString &displayName,
                                const QString &password);

    // SignInError when refused; the signed-in user otherwise.
    ActingUser signIn(const QString &username, const QString &password);
    // Unlocks an idle-locked workstation: the same checks as signing in, for the same user.
    void unlock(const ActingUser &user, const QString &password);

    std::vector<records::UserRecord> users(const ActingUser &admin) const;
    // ValidationError naming the field (user.username, user.display_name, user.role,
    // user.password); returns the id.
    qint64 addUser(const ActingUser &admin, const records::UserRecord &user,
                   const QString &password);
    // Display name, role and active. The last administrator who can sign in stays one.
    void updateUser(const ActingUser &admin, const records::UserRecord &user);
    // Admins set anyone's password; everyone may set their own.
    void setPassword(const ActingUser &user, qint64 userId, const QString &password);

    QString hashPassword(const QString &password) const;

private:
    void validate(const records::UserRecord &user) const;
    void validatePassword(const QString &password) const;
    const store::Database &m_db;
    PasswordCost m_cost;
};

} // namespace meso::clinic

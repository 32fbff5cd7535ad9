#include "userservice.h"

#include "audit.h"
#include "clinicsetupservice.h"
#include "permissions.h"

#include "records/userrecord.h"
#include "store/database.h"
#include "store/transaction.h"
#include "store/userrepository.h"

#include <QRegularExpression>

#include <sodium.h>

#include <algorithm>
#include <functional>

namespace meso::clinic {

namespace {

// The password's UTF-8 bytes, wiped when done.
class Secret
{
public:
    explicit Secret(const QString &text) : m_bytes(text.toUtf8()) {}
    ~Secret() { sodium_memzero(m_bytes.data(), static_cast<size_t>(m_bytes.size())); }
    Secret(const Secret &) = delete;
    Secret &operator=(const Secret &) = delete;
    const char *data() const { return m_bytes.constData(); }
    unsigned long long size() const { return static_cast<unsigned long long>(m_bytes.size()); }

private:
    QByteArray m_bytes;
};

void initSodium()
{
    if (sodium_init() < 0)
        throw std::runtime_error("libsodium could not be initialised");
}

ActingUser actingUser(const records::UserRecord &u)
{
    return ActingUser{u.id, u.username, u.role, u.displayName};
}

QString entityOf(qint64 userId)
{
    return QStringLiteral("user:%1").arg(userId);
}

} // namespace

UserService::UserService(const store::Database &db, PasswordCost cost) : m_db(db), m_cost(cost)
{
    initSodium();
    const PasswordCost floor = minimumCost();
    m_cost.opsLimit = std::max(m_cost.opsLimit, floor.opsLimit);
    m_cost.memLimitBytes = std::max(m_cost.memLimitBytes, floor.memLimitBytes);
}

PasswordCost UserService::defaultCost()
{
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

PasswordCost UserService::minimumCost()
{
    return {2, size_t{19} * 1024 * 1024};
}

int UserService::delaySeconds(int failedAttempts)
{
    if (failedAttempts < 3)
        return 0;
    return std::min(300, 1 << std::min(failedAttempts - 2, 9));
}

QString UserService::hashPassword(const QString &password) const
{
    const Secret secret(password);
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(hash, secret.data(), secret.size(), m_cost.opsLimit,
                          m_cost.memLimitBytes) != 0)
        throw std::runtime_error("not enough memory to hash the password");
    return QString::fromLatin1(hash);
}

void UserService::validatePassword(const QString &password) const
{
    if (password.size() < kMinPasswordLength)
        throw ValidationError(QStringLiteral("user.password"),
                              tr("expected at least %1 characters").arg(kMinPasswordLength));
    if (password.size() > 1024)
        throw ValidationError(QStringLiteral("user.password"),
                              tr("expected at most 1024 characters"));
}

void UserService::validate(const records::UserRecord &u) const
{
    static const QRegularExpression name(QStringLiteral("^[a-z0-9][a-z0-9._-]{1,63}$"));
    if (!name.match(u.username).hasMatch())
        throw ValidationError(
            QStringLiteral("user.username"),
            tr("expected 2 to 64 lower-case letters, digits, dots, dashes or underscores, "
               "starting with a letter or digit"));
    if (u.displayName.trimmed().isEmpty() || u.displayName.size() > 200)
        throw ValidationError(QStringLiteral("user.display_name"),
                              tr("expected a name of 1 to 200 characters"));
    if (!Permissions::roles().contains(u.role))
        throw ValidationError(QStringLiteral("user.role"),
                              tr("expected practitioner, front_desk or admin"));
}

bool UserService::needsFirstAdmin() const
{
    return store::UserRepository(m_db).signInAdmins() == 0;
}

ActingUser UserService::createFirstAdmin(const QString &username, const QString &displayName,
                                         const QString &password)
{
    records::UserRecord u;
    u.username = username.trimmed();
    u.displayName = displayName.trimmed();
    u.role = QStringLiteral("admin");
    validate(u);
    validatePassword(password);
    u.passwordHash = hashPassword(password);
    store::WriteTransaction tx(m_db);
    store::UserRepository repo(m_db);
    if (repo.signInAdmins() > 0)
        throw ConflictError(QStringLiteral("user"),
                            tr("an administrator already exists; sign in instead"));
    if (repo.usernameTaken(u.username))
        throw ValidationError(QStringLiteral("user.username"),
                              tr("\"%1\" is already taken").arg(u.username));
    u.id = repo.insert(u, QDateTime::currentDateTimeUtc());
    const ActingUser admin = actingUser(u);
    audit(m_db, admin, QStringLiteral("user.add"), 0, entityOf(u.id),
          QStringLiteral("first administrator"));
    ClinicSetupService::localiseSeededNames(m_db, admin);
    tx.commit();
    return admin;
}

ActingUser UserService::signIn(const QString &username, const QString &password)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString name = username.trimmed().left(64);
    const QString refused = tr("Unknown user name or wrong password.");
    // The slow part (Argon2id, about 0.1 s) runs outside any transaction: other workstations are
    // never kept waiting by a sign-in. Only the outcome is written, with its audit row.
    const auto record = [&](const ActingUser &who, const char *action, const QString &entity,
                            const QString &summary,
                            const std::function<void(store::UserRepository &)> &change = {}) {
        store::WriteTransaction tx(m_db);
        store::UserRepository repo(m_db);
        if (change)
            change(repo);
        audit(m_db, who, QLatin1String(action), 0, entity, summary);
        tx.commit();
    };
    const auto user = store::UserRepository(m_db).findByName(name);
    if (!user || user->builtIn || !user->active || user->passwordHash.isEmpty()) {
        // As long as a real check, so that timing does not tell which names exist.
        static const QString dummy = hashPassword(QStringLiteral("not a password"));
        const Secret secret(password);
        [[maybe_unused]] const int same =
            crypto_pwhash_str_verify(dummy.toLatin1().constData(), secret.data(), secret.size());
        record(ActingUser{user ? user->id : 0, name, {}, {}}, "user.sign_in_failed",
               user ? entityOf(user->id) : QStringLiteral("user:?"),
               user ? QStringLiteral("account cannot sign in")
                    : QStringLiteral("unknown user name"));
        throw SignInError(refused, 0);
    }
    const ActingUser who = actingUser(*user);
    const int delay = delaySeconds(user->failedAttempts);
    if (delay > 0 && user->lastFailedAt.isValid()) {
        const qint64 wait = delay - user->lastFailedAt.secsTo(now);
        if (wait > 0) {
            record(who, "user.sign_in_refused", entityOf(user->id),
                   QStringLiteral("%1 failed attempts; waiting").arg(user->failedAttempts));
            throw SignInError(
                tr("Too many failed attempts: try again in %n second(s).", nullptr, int(wait)),
                int(wait));
        }
    }
    const Secret secret(password);
    if (crypto_pwhash_str_verify(user->passwordHash.toLatin1().constData(), secret.data(),
                                 secret.size()) != 0) {
        record(who, "user.sign_in_failed", entityOf(user->id),
               QStringLiteral("wrong password (%1 in a row)").arg(user->failedAttempts + 1),
               [&](store::UserRepository &repo) { repo.recordFailure(user->id, now); });
        throw SignInError(refused, delaySeconds(user->failedAttempts + 1));
    }
    const bool rehash = crypto_pwhash_str_needs_rehash(user->passwordHash.toLatin1().constData(),
                                                       m_cost.opsLimit, m_cost.memLimitBytes) != 0;
    const QString newHash = rehash ? hashPassword(password) : QString();
    record(who, "user.sign_in", entityOf(user->id),
           rehash ? QStringLiteral("password re-hashed with higher work factors") : QString(),
           [&](store::UserRepository &repo) {
               if (rehash)
                   repo.setPasswordHash(user->id, newHash);
               repo.recordSignIn(user->id, now);
           });
    return who;
}

void UserService::unlock(const ActingUser &user, const QString &password)
{
    if (signIn(user.username, password).id != user.id)
        throw SignInError(tr("Unknown user name or wrong password."), 0);
}

std::vector<records::UserRecord> UserService::users(const ActingUser &admin) const
{
    Permissions::require(admin, Action::UserManage);
    auto all = store::UserRepository(m_db).all();
    for (auto &u : all)
        u.passwordHash = u.passwordHash.isEmpty()
                             ? QString()
                             : QStringLiteral("set"); // never leaves the service
    return all;
}

qint64 UserService::addUser(const ActingUser &admin, const records::UserRecord &draft,
                            const QString &password)
{
    Permissions::require(admin, Action::UserManage);
    records::UserRecord u = draft;
    u.username = u.username.trimmed();
    u.displayName = u.displayName.trimmed();
    validate(u);
    validatePassword(password);
    u.passwordHash = hashPassword(password);
    store::WriteTransaction tx(m_db);
    store::UserRepository repo(m_db);
    if (repo.usernameTaken(u.username))
        throw ValidationError(QStringLiteral("user.username"),
                              tr("\"%1\" is already taken").arg(u.username));
    u.id = repo.insert(u, QDateTime::currentDateTimeUtc());
    audit(m_db, admin, QStringLiteral("user.add"), 0, entityOf(u.id),
          QStringLiteral("role %1").arg(u.role));
    tx.commit();
    return u.id;
}

void UserService::updateUser(const ActingUser &admin, const records::UserRecord &changed)
{
    Permissions::require(admin, Action::UserManage);
    store::WriteTransaction tx(m_db);
    store::UserRepository repo(m_db);
    const auto old = repo.find(changed.id);
    if (!old || old->builtIn)
        throw ValidationError(QStringLiteral("user"), tr("no user with id %1").arg(changed.id));
    records::UserRecord u = *old;
    u.displayName = changed.displayName.trimmed();
    u.role = changed.role;
    u.active = changed.active;
    validate(u);
    repo.update(u);
    if (repo.signInAdmins() == 0)
        throw ValidationError(
            QStringLiteral("user.role"),
            tr("the clinic needs at least one active administrator who can sign in"));
    audit(m_db, admin, QStringLiteral("user.update"), 0, entityOf(u.id),
          QStringLiteral("role %1, %2")
              .arg(u.role, u.active ? QStringLiteral("active") : QStringLiteral("inactive")));
    tx.commit();
}

void UserService::setPassword(const ActingUser &user, qint64 userId, const QString &password)
{
    if (user.id != userId)
        Permissions::require(user, Action::UserManage);
    validatePassword(password);
    const QString hash = hashPassword(password);
    store::WriteTransaction tx(m_db);
    store::UserRepository repo(m_db);
    const auto target = repo.find(userId);
    if (!target || target->builtIn)
        throw ValidationError(QStringLiteral("user"), tr("no user with id %1").arg(userId));
    repo.setPasswordHash(userId, hash);
    audit(m_db, user, QStringLiteral("user.password"), 0, entityOf(userId));
    tx.commit();
}

} // namespace meso::clinic

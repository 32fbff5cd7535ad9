#include "statement.h"

#include "storeerror.h"

#include <QCoreApplication>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlError>

#include <unordered_map>

namespace meso::store {

namespace {

// SQLite's primary result codes that the person at the workstation can act on.
enum SqliteCode
{
    Busy = 5,
    Locked = 6,
    ReadOnly = 8,
    IoError = 10,
    Corrupt = 11,
    Full = 13,
    NotADb = 26
};

// PostgreSQL's SQLSTATE codes (nativeErrorCode() of Qt's QPSQL driver) that a user can act on.
StoreError describeServerError(const QSqlError &error, const QString &detail)
{
    const QString state = error.nativeErrorCode();
    if (state == QLatin1String("23P01"))
        return StoreError(
            QCoreApplication::translate(
                "Store",
                "Another workstation booked this time first: nothing was saved. Refresh and "
                "choose another time. %1")
                .arg(detail),
            StoreError::Kind::Conflict);
    if (state == QLatin1String("55P03"))
        return StoreError(
            QCoreApplication::translate(
                "Store", "Another workstation kept the database busy for more than 10 seconds: "
                         "nothing was saved. Try again."),
            StoreError::Kind::Busy);
    if (state == QLatin1String("40P01") || state == QLatin1String("40001"))
        return StoreError(
            QCoreApplication::translate(
                "Store",
                "This change crossed another workstation's at the same moment: nothing was "
                "saved. Try again."),
            StoreError::Kind::Busy);
    if (state == QLatin1String("53100"))
        return StoreError(
            QCoreApplication::translate(
                "Store",
                "The database server's disk is full: nothing was saved. Tell whoever looks "
                "after the server. %1")
                .arg(detail),
            StoreError::Kind::DiskFull);
    if (state == QLatin1String("25006"))
        return StoreError(
            QCoreApplication::translate(
                "Store", "The database server only allows reading (a standby server): nothing was "
                         "saved. %1")
                .arg(detail),
            StoreError::Kind::ReadOnly);
    if (state == QLatin1String("XX001") || state == QLatin1String("XX002"))
        return StoreError(
            QCoreApplication::translate(
                "Store", "The database server reports damaged data: tell whoever looks after the "
                         "server (restore its latest backup). %1")
                .arg(detail),
            StoreError::Kind::Damaged);
    // Class 08 (connection), 57P01-57P03 (shut down), or no answer at all (libpq's own words).
    const QString text = error.databaseText();
    if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P")) ||
        (state.isEmpty() && (text.contains(QLatin1String("connection")) ||
                             text.contains(QLatin1String("server closed")))))
        return StoreError(
            QCoreApplication::translate(
                "Store", "The connection to the database server was lost; the change in progress "
                         "may not have been saved. Check the network, restart MesoPlan and look at "
                         "the record again. %1")
                .arg(detail),
            StoreError::Kind::Unreachable);
    return StoreError(QCoreApplication::translate("Store", "database error: %1").arg(detail));
}

StoreError describeError(const QSqlDatabase &db, const QSqlError &error, const QString &sql)
{
    const QString detail =
        QStringLiteral("(%1; in: %2)").arg(error.text().trimmed(), sql.simplified().left(120));
    if (db.driverName() == QLatin1String("QPSQL"))
        return describeServerError(error, detail);
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) &
                     0xff; // extended codes keep the primary in the low byte
    if (ok) {
        switch (code) {
        case Full:
            return StoreError(
                QCoreApplication::translate(
                    "Store", "The disk holding the database is full: nothing was saved. Free some "
                             "space, then try again. %1")
                    .arg(detail),
                StoreError::Kind::DiskFull);
        case ReadOnly:
            return StoreError(
                QCoreApplication::translate(
                    "Store", "The database cannot be written (a read-only file, folder or disk): "
                             "nothing was saved. %1")
                    .arg(detail),
                StoreError::Kind::ReadOnly);
        case IoError:
            return StoreError(
                QCoreApplication::translate(
                    "Store", "The disk holding the database failed to read or write: nothing was "
                             "saved. Check the disk, then try again. %1")
                    .arg(detail),
                StoreError::Kind::DiskError);
        case Busy:
        case Locked:
            // Said in the user's terms only: SQLite's "database is locked" means nothing at a desk.
            return StoreError(
                QCoreApplication::translate(
                    "Store", "Another workstation kept the database busy for more than 10 seconds: "
                             "nothing was saved. Try again."),
                StoreError::Kind::Busy);
        case Corrupt:
        case NotADb:
            return StoreError(QCoreApplication::translate(
                                  "Store",
                                  "The database file is damaged: restore the latest backup "
                                  "(mesoplan-cli restore). %1")
                                  .arg(detail),
                              StoreError::Kind::Damaged);
        default:
            break;
        }
    }
    return StoreError(QCoreApplication::translate("Store", "database error: %1").arg(detail));
}

} // namespace

struct KeptStatement
{
    QSqlQuery query;
    bool inUse = false;
};

namespace {

// Statements kept per connection (by name), each connection used by one thread at a time.
// Bounded: a connection past kKeptAtMost statements forgets those not in use (the search builds
// its SQL from the words typed, so the texts are many but few are frequent).
constexpr qsizetype kKeptAtMost = 256;
QMutex keptMutex;
std::unordered_map<QString, std::unordered_map<QString, std::unique_ptr<KeptStatement>>> kept;

} // namespace

Statement::Statement(const QSqlDatabase &db, const QString &sql) : m_db(db), m_sql(sql)
{
    bool keep = false;
    {
        const QMutexLocker lock(&keptMutex);
        auto &statements = kept[db.connectionName()];
        if (const auto found = statements.find(sql); found == statements.end()) {
            keep = true; // prepared below, outside the lock (on a server, a round trip)
        } else if (!found->second->inUse) {
            m_kept = found->second.get();
            m_kept->inUse = true;
            m_query = &m_kept->query;
            return;
        } // else the same SQL is running further up the stack: a statement of its own
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        throw describeError(m_db, query.lastError(), sql);
    if (keep) {
        auto fresh = std::make_unique<KeptStatement>(KeptStatement{std::move(query), true});
        const QMutexLocker lock(&keptMutex);
        auto &statements = kept[db.connectionName()];
        if (static_cast<qsizetype>(statements.size()) >= kKeptAtMost)
            std::erase_if(statements, [](const auto &entry) { return !entry.second->inUse; });
        if (const auto [at, added] = statements.try_emplace(sql, std::move(fresh)); added) {
            m_kept = at->second.get();
            m_query = &m_kept->query;
            return;
        }
        query = std::move(fresh->query); // kept meanwhile: this one stays its own
    }
    m_own = std::make_unique<QSqlQuery>(std::move(query));
    m_query = m_own.get();
}

Statement::~Statement()
{
    if (!m_kept)
        return;
    // Leave the kept statement as a new one: on SQLite, finish() resets it, which ends its read
    // snapshot; the server's rows still on their way are discarded by the connection's next
    // statement, as when Qt's driver destroys a query (reading them here would warn when
    // another statement ran since).
    if (m_query->isActive())
        m_query->finish();
    const QMutexLocker lock(&keptMutex);
    m_kept->inUse = false;
}

void Statement::forgetConnection(const QString &connectionName)
{
    const QMutexLocker lock(&keptMutex);
    kept.erase(connectionName);
}

Statement &Statement::bind(const QVariant &value)
{
    m_query->bindValue(m_next++, value);
    return *this;
}

void Statement::exec()
{
    if (!m_query->exec())
        throw describeError(m_db, m_query->lastError(), m_sql);
    m_next = 0;
}

qint64 Statement::insert()
{
    exec();
    if (!m_query->next())
        throw StoreError(
            QStringLiteral("internal: no id returned by %1").arg(m_sql.simplified().left(120)));
    return m_query->value(0).toLongLong();
}

void execute(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        throw describeError(db, q.lastError(), sql);
}

QVariant executeAll(const QSqlDatabase &db, const QStringList &statements)
{
    if (statements.isEmpty())
        return {};
    if (db.driverName() != QLatin1String("QPSQL")) { // SQLite runs the first statement of a script
        for (qsizetype i = 0; i + 1 < statements.size(); ++i)
            execute(db, statements.at(i));
        QSqlQuery q(db);
        if (!q.exec(statements.back()))
            throw describeError(db, q.lastError(), statements.back());
        return q.next() ? q.value(0) : QVariant();
    }
    // Not forward-only: Qt's driver then reads every statement's result as the script returns.
    QSqlQuery q(db);
    if (!q.exec(statements.join(QStringLiteral(";\n"))))
        throw describeError(db, q.lastError(), statements.front());
    for (qsizetype i = 1; i < statements.size(); ++i) {
        if (!q.nextResult()) // a failed statement's error, and the server ran none after it
            throw describeError(db, q.lastError(), statements.at(i));
    }
    return q.next() ? q.value(0) : QVariant();
}

QString valueRows(qsizetype rows, qsizetype columns)
{
    QString row = QStringLiteral("(?");
    for (qsizetype c = 1; c < columns; ++c)
        row += QStringLiteral(", ?");
    row += QLatin1Char(')');
    QStringList all;
    all.reserve(rows);
    for (qsizetype r = 0; r < rows; ++r)
        all << row;
    return all.join(QStringLiteral(", "));
}

} // namespace meso::store

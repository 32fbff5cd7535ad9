#include "statement.h"

#include "storeerror.h"

#include <QSqlDatabase>
#include <QSqlError>

namespace meso::store {

namespace {

// SQLite's primary result codes that the person at the workstation can act on.
enum SqliteCode { Busy = 5, Locked = 6, ReadOnly = 8, IoError = 10, Corrupt = 11, Full = 13, NotADb = 26 };

StoreError describeError(const QSqlError &error, const QString &sql)
{
    const QString detail = QStringLiteral("(%1; in: %2)").arg(error.text().trimmed(), sql.simplified().left(120));
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff; // extended codes keep the primary in the low byte
    if (ok) {
        switch (code) {
        case Full:
            return StoreError(QStringLiteral("The disk holding the database is full: nothing was saved. Free some "
                                             "space, then try again. %1").arg(detail),
                              StoreError::Kind::DiskFull);
        case ReadOnly:
            return StoreError(QStringLiteral("The database cannot be written (a read-only file, folder or disk): "
                                             "nothing was saved. %1").arg(detail),
                              StoreError::Kind::ReadOnly);
        case IoError:
            return StoreError(QStringLiteral("The disk holding the database failed to read or write: nothing was "
                                             "saved. Check the disk, then try again. %1").arg(detail),
                              StoreError::Kind::DiskError);
        case Busy:
        case Locked:
            // Said in the user's terms only: SQLite's "database is locked" means nothing at a desk.
            return StoreError(QStringLiteral("Another workstation kept the database busy for more than 10 seconds: "
                                             "nothing was saved. Try again."),
                              StoreError::Kind::Busy);
        case Corrupt:
        case NotADb:
            return StoreError(QStringLiteral("The database file is damaged: restore the latest backup "
                                             "(mesoplan-cli restore). %1").arg(detail),
                              StoreError::Kind::Damaged);
        default:
            break;
        }
    }
    return StoreError(QStringLiteral("database error: %1").arg(detail));
}

} // namespace

Statement::Statement(const QSqlDatabase &db, const QString &sql) : m_query(db), m_sql(sql)
{
    m_query.setForwardOnly(true);
    if (!m_query.prepare(sql))
        throw describeError(m_query.lastError(), sql);
}

Statement &Statement::bind(const QVariant &value)
{
    m_query.bindValue(m_next++, value);
    return *this;
}

void Statement::exec()
{
    if (!m_query.exec())
        throw describeError(m_query.lastError(), m_sql);
    m_next = 0;
}

void execute(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        throw describeError(q.lastError(), sql);
}

} // namespace meso::store

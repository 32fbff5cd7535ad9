#include "transaction.h"

#include "database.h"
#include "settingsrepository.h"
#include "statement.h"

#include <QSqlQuery>
#include <QStringList>

namespace meso::store {

namespace {
QString savepoint(int depth)
{
    return QStringLiteral("mesoplan_%1").arg(depth);
}
} // namespace

WriteTransaction::WriteTransaction(const Database &db)
    : m_db(db), m_depth(db.m_transactionDepth), m_pendingAtStart(db.m_pendingSettings)
{
    if (m_depth > 0) {
        execute(m_db.connection(), QStringLiteral("SAVEPOINT %1").arg(savepoint(m_depth)));
    } else {
        const QStringList begin = m_db.dialect().beginWrite();
        execute(m_db.connection(), begin.front());
        try {
            for (qsizetype i = 1; i < begin.size(); ++i)
                execute(m_db.connection(), begin.at(i));
        } catch (...) {
            QSqlQuery(m_db.connection()).exec(QStringLiteral("ROLLBACK"));
            throw;
        }
    }
    ++m_db.m_transactionDepth;
    m_active = true;
}

WriteTransaction::~WriteTransaction()
{
    if (!m_active)
        return;
    --m_db.m_transactionDepth;
    m_db.m_pendingSettings = std::move(m_pendingAtStart);
    // Never throws from a destructor: a failed rollback leaves SQLite to roll back itself.
    QSqlQuery q(m_db.connection());
    if (m_depth == 0) {
        q.exec(QStringLiteral("ROLLBACK"));
    } else {
        q.exec(QStringLiteral("ROLLBACK TO SAVEPOINT %1").arg(savepoint(m_depth)));
        q.exec(QStringLiteral("RELEASE SAVEPOINT %1").arg(savepoint(m_depth)));
    }
}

void WriteTransaction::commit()
{
    if (m_depth == 0)
        SettingsRepository(m_db).writePending(); // inside the transaction: all or nothing
    execute(m_db.connection(),
            m_depth == 0 ? QStringLiteral("COMMIT")
                         : QStringLiteral("RELEASE SAVEPOINT %1").arg(savepoint(m_depth)));
    --m_db.m_transactionDepth;
    m_active = false;
}

} // namespace meso::store

namespace meso::store {

ReadTransaction::ReadTransaction(const Database &db) : m_db(db)
{
    if (m_db.m_transactionDepth > 0)
        return; // inside a write transaction, whose writer lock already keeps the data still
    execute(m_db.connection(), m_db.dialect().beginRead());
    m_active = true;
}

ReadTransaction::~ReadTransaction()
{
    if (m_active)
        QSqlQuery(m_db.connection()).exec(QStringLiteral("ROLLBACK"));
}

} // namespace meso::store

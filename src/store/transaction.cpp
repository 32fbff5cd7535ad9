#include "transaction.h"

#include "database.h"
#include "statement.h"

#include <QSqlQuery>

namespace meso::store {

namespace {
QString savepoint(int depth)
{
    return QStringLiteral("mesoplan_%1").arg(depth);
}
} // namespace

WriteTransaction::WriteTransaction(const Database &db) : m_db(db), m_depth(db.m_transactionDepth)
{
    execute(m_db.connection(), m_depth == 0 ? m_db.dialect().beginWrite()
                                            : QStringLiteral("SAVEPOINT %1").arg(savepoint(m_depth)));
    ++m_db.m_transactionDepth;
    m_active = true;
}

WriteTransaction::~WriteTransaction()
{
    if (!m_active)
        return;
    --m_db.m_transactionDepth;
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
    execute(m_db.connection(), m_depth == 0 ? QStringLiteral("COMMIT")
                                            : QStringLiteral("RELEASE SAVEPOINT %1").arg(savepoint(m_depth)));
    --m_db.m_transactionDepth;
    m_active = false;
}

} // namespace meso::store

#include "transaction.h"

#include "database.h"
#include "statement.h"

#include <QSqlQuery>

namespace meso::store {

WriteTransaction::WriteTransaction(const Database &db) : m_db(db)
{
    execute(m_db.connection(), m_db.dialect().beginWrite());
    m_active = true;
}

WriteTransaction::~WriteTransaction()
{
    if (m_active) {
        // Never throws from a destructor: a failed rollback leaves SQLite to roll back itself.
        QSqlQuery q(m_db.connection());
        q.exec(QStringLiteral("ROLLBACK"));
    }
}

void WriteTransaction::commit()
{
    execute(m_db.connection(), QStringLiteral("COMMIT"));
    m_active = false;
}

} // namespace meso::store

#include "transaction.h"

#include "auditrepository.h"
#include "changefeed.h"
#include "database.h"
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

WriteTransaction::WriteTransaction(const Database &db) : m_db(db), m_depth(db.m_transactionDepth)
{
    if (m_depth > 0) {
        // The rows appended so far belong to the outer transaction: written before the
        // savepoint, so that rolling back to it undoes this one's rows only.
        AuditRepository(m_db).writePending();
        m_auditHeadAtStart = m_db.m_audit.head;
        m_announcedAtStart = m_db.m_announced.size();
        execute(m_db.connection(), QStringLiteral("SAVEPOINT %1").arg(savepoint(m_depth)));
    } else {
        QStringList begin = m_db.dialect().beginWrite();
        // A server: the audit chain's head read right after the writer lock, in the same round
        // trip (each statement of the script has its own snapshot, so it sees the last writer's
        // commit). Almost every write is audited; SQLite reads it when it is needed.
        if (m_db.m_headWithLock)
            begin << AuditRepository::headQuery();
        try {
            const QVariant head = executeAll(m_db.connection(), begin);
            if (m_db.m_headWithLock)
                m_db.m_audit.head = head.toString(); // empty: no row, no head recorded
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
    // This one's audit rows are undone with it (an outer one's were written before its savepoint).
    m_db.m_audit.rows.clear();
    m_db.m_audit.head = m_auditHeadAtStart;
    m_db.m_announced.resize(m_announcedAtStart);
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
    if (m_depth == 0) {
        AuditRepository(m_db).writePending(); // inside the transaction: all or nothing
        // The changes announced go in the same round trip as the COMMIT (delivered only by it).
        executeAll(m_db.connection(), takeAnnouncements(m_db) << QStringLiteral("COMMIT"));
        m_db.m_audit.head.reset(); // the next transaction reads it again, under the lock
    } else {
        execute(m_db.connection(), QStringLiteral("RELEASE SAVEPOINT %1").arg(savepoint(m_depth)));
    }
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

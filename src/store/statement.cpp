#include "statement.h"

#include "storeerror.h"

#include <QSqlDatabase>
#include <QSqlError>

namespace meso::store {

namespace {
QString describeError(const QSqlError &error, const QString &sql)
{
    return QStringLiteral("database error: %1 (in: %2)")
        .arg(error.text().trimmed(), sql.simplified().left(120));
}
} // namespace

Statement::Statement(const QSqlDatabase &db, const QString &sql) : m_query(db), m_sql(sql)
{
    m_query.setForwardOnly(true);
    if (!m_query.prepare(sql))
        throw StoreError(describeError(m_query.lastError(), sql));
}

Statement &Statement::bind(const QVariant &value)
{
    m_query.bindValue(m_next++, value);
    return *this;
}

void Statement::exec()
{
    if (!m_query.exec())
        throw StoreError(describeError(m_query.lastError(), m_sql));
    m_next = 0;
}

void execute(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        throw StoreError(describeError(q.lastError(), sql));
}

} // namespace meso::store

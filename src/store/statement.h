#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace meso::store {

// A prepared statement with bound values only; every failure becomes a StoreError naming the
// statement. Values are never spliced into SQL text.
class Statement
{
public:
    Statement(const QSqlDatabase &db, const QString &sql);

    Statement &bind(const QVariant &value);
    // A null QString binds as SQL NULL in Qt: text columns get '' instead; bind QVariant() for
    // NULL.
    Statement &bind(const QString &value)
    {
        return bind(QVariant(value.isNull() ? QStringLiteral("") : value));
    }
    Statement &bind(qint64 value) { return bind(QVariant(value)); }
    Statement &bind(int value) { return bind(QVariant(value)); }
    Statement &bind(double value) { return bind(QVariant(value)); }
    Statement &bind(bool value) { return bind(QVariant(value ? 1 : 0)); }
    void exec();
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    QString text(int column) const { return m_query.value(column).toString(); }
    qint64 integer(int column) const { return m_query.value(column).toLongLong(); }
    // Runs an INSERT ... RETURNING id (both engines know RETURNING) and gives the new row's id.
    qint64 insert();
    int rowsAffected() const { return m_query.numRowsAffected(); }

private:
    QSqlDatabase m_db;
    QSqlQuery m_query;
    QString m_sql;
    int m_next = 0;
};

// How instants are stored: UTC, ISO 8601 with milliseconds, so that text order is time order.
inline QString timestamp(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

// Runs one statement without parameters (schema steps, pragmas).
void execute(const QSqlDatabase &db, const QString &sql);

} // namespace meso::store

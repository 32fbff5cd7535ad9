#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>

namespace meso::store {

struct KeptStatement; // statement.cpp

// A prepared statement with bound values only; every failure becomes a StoreError naming the
// statement. Values are never spliced into SQL text.
//
// Prepared statements are kept per connection and reused (the same SQL text on the same
// connection prepares once): on a clinic server each prepare and each deallocate is a round
// trip of its own, and SQLite compiles the statement each time. A statement whose SQL is
// already in use further up the stack (a nested read of the same query) gets a fresh one.
class Statement
{
public:
    Statement(const QSqlDatabase &db, const QString &sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

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
    bool next() { return m_query->next(); }
    QVariant value(int column) const { return m_query->value(column); }
    QString text(int column) const { return m_query->value(column).toString(); }
    qint64 integer(int column) const { return m_query->value(column).toLongLong(); }
    // Runs an INSERT ... RETURNING id (both engines know RETURNING) and gives the new row's id.
    qint64 insert();
    int rowsAffected() const { return m_query->numRowsAffected(); }

    // Drops the statements kept for a connection; called before it closes.
    static void forgetConnection(const QString &connectionName);

private:
    QSqlDatabase m_db;
    QString m_sql;
    KeptStatement *m_kept = nullptr;  // the kept statement this one borrows, if any
    std::unique_ptr<QSqlQuery> m_own; // otherwise its own
    QSqlQuery *m_query = nullptr;
    int m_next = 0;
};

// How instants are stored: UTC, ISO 8601 with milliseconds, so that text order is time order.
inline QString timestamp(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

// How appointment times are stored: clinic-local minutes since 1970-01-01 00:00 (never before it).
// A day number (its first minute / 1440) and its date, and the day of such a minute.
inline qint64 dayNumber(const QDate &day)
{
    return QDate(1970, 1, 1).daysTo(day);
}
inline QDate dayOfNumber(qint64 day)
{
    return QDate(1970, 1, 1).addDays(day);
}
inline QDate dayOfMinute(qint64 minute)
{
    return dayOfNumber(minute / 1440);
}

// Runs one statement without parameters (schema steps, pragmas).
void execute(const QSqlDatabase &db, const QString &sql);
// Runs statements without parameters in order and gives the first column of the last one's first
// row (a null QVariant when it has none). A clinic server gets them as one script: one round
// trip for all, each statement still with its own snapshot under READ COMMITTED. The first
// failure throws, and the statements after it do not run.
QVariant executeAll(const QSqlDatabase &db, const QStringList &statements);

// "(?, ?, ?), (?, ?, ?)": the VALUES of a multi-row INSERT of `rows` rows of `columns` values.
QString valueRows(qsizetype rows, qsizetype columns);

} // namespace meso::store

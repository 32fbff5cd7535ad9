#include "databasecopy.h"

#include "auditrepository.h"
#include "database.h"
#include "statement.h"
#include "storeerror.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlField>
#include <QSqlRecord>
#include <QStringList>

#include <algorithm>
#include <optional>

namespace meso::store {

namespace {

QStringList tablesOf(const Database &db)
{
    QStringList tables;
    Statement s(db.connection(), db.dialect().listTables());
    s.exec();
    while (s.next())
        tables << s.text(0);
    return tables;
}

QStringList columnsOf(const Database &db, const QString &table)
{
    QStringList columns;
    const QSqlRecord record = db.connection().record(table);
    for (int i = 0; i < record.count(); ++i)
        columns << record.fieldName(i);
    return columns;
}

qint64 count(const Database &db, const QString &sql)
{
    Statement s(db.connection(), sql);
    s.exec();
    return s.next() ? s.integer(0) : 0;
}

// A value as the same text on both engines: its kind, then integers in decimal, floating point
// numbers with every significant digit, text as it is.
void appendCanonical(QByteArray &out, const QVariant &v)
{
    if (v.isNull()) {
        out += "n";
        return;
    }
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        out += 'i' + QByteArray::number(v.toLongLong());
        break;
    case QMetaType::Double:
    case QMetaType::Float:
        out += 'd' + QByteArray::number(v.toDouble(), 'g', 17);
        break;
    case QMetaType::QByteArray: // a BLOB (SQLite) or BYTEA (PostgreSQL): its bytes
        out += 'b' + QByteArray::number(v.toByteArray().size()) + ':' + v.toByteArray();
        break;
    default:
        out += 't' + v.toString().toUtf8();
        break;
    }
}

QString selectAll(const QString &table, const QStringList &columns)
{
    QString sql =
        QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QStringLiteral(", ")), table);
    if (columns.contains(QStringLiteral("id")))
        sql += QStringLiteral(
            " ORDER BY id"); // rows that refer to earlier rows of their table come after them
    return sql;
}

} // namespace

std::pair<qint64, QByteArray> tableChecksum(const Database &db, const QString &table)
{
    const QStringList columns = columnsOf(db, table);
    Statement s(db.connection(),
                QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QStringLiteral(", ")), table));
    s.exec();
    std::vector<QByteArray> rows;
    QByteArray row;
    while (s.next()) {
        row.clear();
        for (int i = 0; i < columns.size(); ++i) {
            row += '\x1f';
            appendCanonical(row, s.value(i));
        }
        rows.push_back(QCryptographicHash::hash(row, QCryptographicHash::Sha256));
    }
    std::sort(rows.begin(), rows.end());
    QCryptographicHash all(QCryptographicHash::Sha256);
    all.addData(table.toUtf8());
    for (const QByteArray &r : rows)
        all.addData(r);
    return {static_cast<qint64>(rows.size()), all.result().toHex()};
}

bool holdsClinicData(const Database &db)
{
    return count(db, QStringLiteral("SELECT count(*) FROM catalog_meta")) > 0 ||
           count(db, QStringLiteral("SELECT count(*) FROM patients")) > 0 ||
           count(db, QStringLiteral("SELECT count(*) FROM audit_log")) > 0 ||
           count(db, QStringLiteral("SELECT count(*) FROM users WHERE built_in = 0")) > 0;
}

std::vector<TableCheck> copyDatabase(const Database &source, const Database &target,
                                     const std::function<void(const CopyProgress &)> &progress,
                                     const std::function<void()> &beforeCommit)
{
    if (source.schemaVersion() != target.schemaVersion())
        throw StoreError(
            QCoreApplication::translate(
                "Store",
                "The two databases have different schema versions (%1 and %2): open both with "
                "this MesoPlan first.")
                .arg(source.schemaVersion())
                .arg(target.schemaVersion()));
    const QStringList tables = tablesOf(source);
    QStringList targetTables = tablesOf(target);
    QStringList sortedSource = tables;
    sortedSource.sort();
    targetTables.sort();
    if (sortedSource != targetTables)
        throw StoreError(QCoreApplication::translate(
            "Store", "The two databases do not have the same tables: the target is not a MesoPlan "
                     "database of this version."));

    ReadTransaction snapshot(source); // one state of the source, whatever happens to it meanwhile
    CopyProgress p;
    struct Table
    {
        QString name;
        QStringList columns;
        qint64 rows = 0;
    };
    std::vector<Table> plan;
    for (const QString &table : tables) {
        const QStringList columns = columnsOf(source, table);
        QStringList targetColumns = columnsOf(target, table);
        QStringList sortedColumns = columns;
        sortedColumns.sort();
        targetColumns.sort();
        if (sortedColumns != targetColumns)
            throw StoreError(
                QCoreApplication::translate(
                    "Store", "The table %1 has different columns in the two databases.")
                    .arg(table));
        plan.push_back(
            {table, columns, count(source, QStringLiteral("SELECT count(*) FROM %1").arg(table))});
        p.allRows += plan.back().rows;
    }

    WriteTransaction tx(target);
    if (holdsClinicData(target))
        throw StoreError(QCoreApplication::translate(
            "Store", "The target database already holds a clinic (a catalog, patients, users or an "
                     "audit trail): nothing was copied. Copy only into a new, empty database."));
    // The rows the target's schema steps seeded (built-in users, default room and settings) are
    // the source's too, with the source's values: replace them, children first.
    for (auto it = plan.rbegin(); it != plan.rend(); ++it)
        execute(target.connection(), QStringLiteral("DELETE FROM %1").arg(it->name));
    for (const QString &sql : target.dialect().derivedTriggers(false))
        execute(target.connection(), sql);

    for (const Table &t : plan) {
        // Named references, not a structured binding: the lambdas below capture them.
        const QString &table = t.name;
        const QStringList &columns = t.columns;
        p.table = table;
        p.tableDone = 0;
        p.tableRows = t.rows;
        if (progress)
            progress(p);
        // Rows go in batches of one multi-row INSERT each: one round trip to a server per batch
        // instead of per row.
        const int perBatch = std::max(1, 2000 / static_cast<int>(columns.size()));
        const auto insertOf = [&](int rows) {
            return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                .arg(table, columns.join(QStringLiteral(", ")), valueRows(rows, columns.size()));
        };
        Statement read(source.connection(), selectAll(table, columns));
        std::optional<Statement> full;
        std::vector<QVariant> pending;
        const auto flush = [&](bool partial) {
            const int rows = static_cast<int>(pending.size() / static_cast<size_t>(columns.size()));
            if (rows == 0)
                return;
            std::optional<Statement> last;
            Statement *write = nullptr;
            if (partial) {
                write = &last.emplace(target.connection(), insertOf(rows));
            } else {
                if (!full)
                    full.emplace(target.connection(), insertOf(perBatch));
                write = &*full;
            }
            for (const QVariant &v : pending)
                write->bind(v);
            write->exec();
            pending.clear();
            p.tableDone += rows;
            p.allDone += rows;
            if (progress)
                progress(p);
        };
        read.exec();
        qsizetype pendingBytes = 0; // of BLOBs (photos): a batch stays under kMaxBatchBytes
        constexpr qsizetype kMaxBatchBytes = qsizetype{16} * 1024 * 1024;
        while (read.next()) {
            for (int i = 0; i < columns.size(); ++i) {
                pending.push_back(read.value(i));
                if (pending.back().typeId() == QMetaType::QByteArray)
                    pendingBytes += pending.back().toByteArray().size();
            }
            if (pending.size() ==
                static_cast<size_t>(perBatch) * static_cast<size_t>(columns.size())) {
                flush(false);
                pendingBytes = 0;
            } else if (pendingBytes > kMaxBatchBytes) {
                flush(true);
                pendingBytes = 0;
            }
        }
        flush(true);
        if (progress)
            progress(p);
        const QSqlField id = target.connection().record(table).field(QStringLiteral("id"));
        const bool generatedId = id.isValid() && (id.metaType().id() == QMetaType::Int ||
                                                  id.metaType().id() == QMetaType::LongLong);
        if (const QString sql = target.dialect().moveIdentityPast(table);
            generatedId && !sql.isEmpty())
            execute(target.connection(), sql);
    }

    for (const QString &sql : target.dialect().derivedTriggers(true))
        execute(target.connection(), sql);

    std::vector<TableCheck> checks;
    bool allMatch = true;
    for (const Table &t : plan) {
        const QString &table = t.name;
        TableCheck c;
        c.table = table;
        std::tie(c.sourceRows, c.sourceChecksum) = tableChecksum(source, table);
        std::tie(c.targetRows, c.targetChecksum) = tableChecksum(target, table);
        allMatch = allMatch && c.matches();
        checks.push_back(c);
    }
    if (allMatch) {
        // The source's trail and head came in under this transaction: a row appended now (the
        // copy's own) follows the head copied, not the one read as the transaction began.
        AuditRepository(target).forgetHead();
        if (beforeCommit)
            beforeCommit();
        tx.commit();
        target.analyzeAfterLoad();
    }
    return checks;
}

} // namespace meso::store

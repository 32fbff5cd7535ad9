#include "filebackup.h"

#include "database.h"
#include "statement.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>

namespace meso::store {

namespace {

// A connection to a file that is not (or not yet) the clinic's database.
class RawConnection
{
public:
    RawConnection(const QString &file, bool readOnly)
    {
        static std::atomic<int> counter{0};
        m_name = QStringLiteral("mesoplan-raw-%1").arg(counter++);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(file);
        if (readOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        m_open = db.open();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    bool isOpen() const { return m_open; }
    // The first column of the first row, or an invalid QVariant when the statement fails.
    QVariant scalar(const QString &sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }

private:
    QString m_name;
    bool m_open = false;
};

} // namespace

void writeSnapshot(const Database &db, const QString &file)
{
    Statement vacuum(db.connection(), QStringLiteral("VACUUM INTO ?"));
    vacuum.bind(file).exec();
}

FileInspection inspectFile(const QString &file)
{
    FileInspection out;
    const RawConnection c(file, true);
    out.opened = c.isOpen();
    if (!out.opened)
        return out;
    out.integrity = c.scalar(QStringLiteral("PRAGMA integrity_check")).toString();
    out.schemaVersion = c.scalar(QStringLiteral("PRAGMA user_version")).toInt();
    out.mesoplan =
        c.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'users'"))
            .toInt() == 1;
    return out;
}

void foldLog(const QString &file)
{
    const RawConnection c(file, false);
    if (c.isOpen())
        c.scalar(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

} // namespace meso::store

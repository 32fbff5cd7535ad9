#include "database.h"

#include "filesystem.h"
#include "patientrepository.h"
#include "statement.h"
#include "storeerror.h"
#include "transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>

#include <vector>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>

#include <unistd.h>

namespace meso::store {

namespace {

// The schema steps, in order; step N upgrades the schema from version N-1 to N: its SQL file,
// then, for data SQL cannot compute, a function run in the same transaction.
struct Migration
{
    QString file;
    void (*after)(const Database &) = nullptr;
};

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> steps = {
        {QStringLiteral(":/mesoplan/migrations/001_initial.sql")},
        {QStringLiteral(":/mesoplan/migrations/002_patient_search.sql"),
         [](const Database &db) { PatientRepository(db).rebuildSearchTerms(); }},
        {QStringLiteral(":/mesoplan/migrations/003_plans.sql")},
        {QStringLiteral(":/mesoplan/migrations/004_booking.sql")},
        {QStringLiteral(":/mesoplan/migrations/005_security.sql")},
    };
    return steps;
}

// Qt runs one statement per exec: a schema file is split at semicolons that end a line.
QStringList splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("--")))
            continue;
        current += line + QLatin1Char('\n');
        if (trimmed.endsWith(QLatin1Char(';'))) {
            current = current.trimmed();
            current.chop(1);
            statements << current;
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

int queryInt(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        throw StoreError(QStringLiteral("%1 is not a readable SQLite database (%2).")
                             .arg(QDir::toNativeSeparators(db.databaseName()), q.lastError().text()));
    return q.value(0).toInt();
}

} // namespace

Database::Database(QString connectionName, QString location, SqlDialect dialect)
    : m_connectionName(std::move(connectionName)), m_location(std::move(location)),
      m_dialect(dialect)
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<Database> Database::open(const QString &location, int schemaVersion)
{
    static std::atomic<int> counter{0};
    const QFileInfo info(location);
    if (info.exists() && info.isDir())
        throw StoreError(QStringLiteral("%1 is a folder, not a database file.")
                             .arg(QDir::toNativeSeparators(location)));
    // SQLite's locks are not reliable over a network file system: two workstations could
    // corrupt the file. A shared clinic database is a PostgreSQL server instead.
    if (const FileSystem fs = fileSystemOf(location); !fs.networkName.isEmpty())
        throw StoreError(QStringLiteral("%1 is on a network file system (%2). A MesoPlan database file must be on a "
                                        "disk of this computer: SQLite cannot lock it safely over a network. For "
                                        "several workstations, use the PostgreSQL mode (docs/reliability.md).")
                             .arg(QDir::toNativeSeparators(location), fs.networkName),
                         StoreError::Kind::NetworkFileSystem);
    // SQLite writes beside the file too (write-ahead log, shared memory): both must be writable.
    if (info.exists()) {
        for (const QString &path : {info.absoluteFilePath(), info.absolutePath()}) {
            if (::access(QFile::encodeName(path).constData(), W_OK) != 0)
                throw StoreError(QStringLiteral("The database %1 cannot be written: %2 is read-only (%3). Nothing was "
                                                "changed; ask for write access, or copy the database to a writable "
                                                "disk.")
                                     .arg(QDir::toNativeSeparators(location), QDir::toNativeSeparators(path),
                                          QString::fromLocal8Bit(std::strerror(errno))),
                                 StoreError::Kind::ReadOnly);
        }
    }
    if (!info.exists() && !QDir().mkpath(info.absolutePath()))
        throw StoreError(QStringLiteral("Cannot create the folder %1 for the database.")
                             .arg(QDir::toNativeSeparators(info.absolutePath())));

    const QString name = QStringLiteral("mesoplan-%1").arg(counter++);
    std::unique_ptr<Database> database(
        new Database(name, location, SqlDialect(SqlDialect::Engine::SQLite)));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(location);
        if (!db.open())
            throw StoreError(QStringLiteral("Cannot open the database %1: %2")
                                 .arg(QDir::toNativeSeparators(location), db.lastError().text()));
    }
    const QSqlDatabase db = database->connection();
    for (const QString &sql : database->m_dialect.connectionSettings())
        execute(db, sql);

    // Read the schema version before anything writes to the file: a database from a newer
    // MesoPlan, or a file that is not ours, must be left exactly as it is.
    const int version = database->schemaVersion();
    if (version > latestSchemaVersion())
        throw StoreError(
            QStringLiteral("The database %1 has schema version %2, but this MesoPlan only knows "
                           "versions up to %3. Use a newer MesoPlan; the database was not changed.")
                .arg(QDir::toNativeSeparators(location))
                .arg(version)
                .arg(latestSchemaVersion()));
    if (version == 0 && queryInt(db, QStringLiteral("SELECT count(*) FROM sqlite_master")) > 0)
        throw StoreError(QStringLiteral("%1 is not a MesoPlan database (it already holds other "
                                        "tables); it was not changed.")
                             .arg(QDir::toNativeSeparators(location)));

    for (const QString &sql : database->m_dialect.fileSettings())
        execute(db, sql);
    database->migrate(schemaVersion < 0 ? latestSchemaVersion() : std::min(schemaVersion, latestSchemaVersion()));
    return database;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    return queryInt(connection(), m_dialect.readSchemaVersion());
}

void Database::checkpoint() const
{
    if (m_dialect.engine() == SqlDialect::Engine::SQLite && m_transactionDepth == 0)
        execute(connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

int Database::latestSchemaVersion()
{
    return static_cast<int>(migrations().size());
}

void Database::migrate(int target)
{
    const QSqlDatabase db = connection();
    for (int step = schemaVersion(); step < target; ++step) {
        const Migration &migration = migrations().at(static_cast<size_t>(step));
        QFile file(migration.file);
        if (!file.open(QIODevice::ReadOnly))
            throw StoreError(QStringLiteral("internal: schema step %1 is missing").arg(step + 1));
        const QString script = m_dialect.expandSchema(QString::fromUtf8(file.readAll()));
        // Each step is its own transaction: a failure or a crash leaves the previous version.
        WriteTransaction tx(*this);
        for (const QString &sql : splitStatements(script))
            execute(db, sql);
        if (migration.after)
            migration.after(*this);
        execute(db, m_dialect.writeSchemaVersion(step + 1));
        tx.commit();
    }
}

} // namespace meso::store

#include "database.h"

#include "filebackup.h"
#include "filesystem.h"
#include "patientrepository.h"
#include "planrepository.h"
#include "records/serveraddress.h"
#include "statement.h"
#include "storeerror.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>

#include <QSqlQuery>
#include <QStringList>
#include <vector>

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
        {QStringLiteral(":/mesoplan/migrations/006_engine_guards.sql")},
        {QStringLiteral(":/mesoplan/migrations/007_sessions.sql")},
        {QStringLiteral(":/mesoplan/migrations/008_plans_booked.sql")},
        {QStringLiteral(":/mesoplan/migrations/009_plans_booked_per_statement.sql")},
        {QStringLiteral(":/mesoplan/migrations/010_reports.sql"),
         [](const Database &db) { PlanRepository(db).fillQuotesFromSnapshots(); }},
        {QStringLiteral(":/mesoplan/migrations/011_recalls.sql")},
        {QStringLiteral(":/mesoplan/migrations/012_reminder_consent.sql")},
        {QStringLiteral(":/mesoplan/migrations/013_patient_language.sql")},
        {QStringLiteral(":/mesoplan/migrations/014_reminders_sent.sql")},
        {QStringLiteral(":/mesoplan/migrations/015_search_folding.sql"),
         [](const Database &db) { PatientRepository(db).rebuildSearchTerms(); }},
        {QStringLiteral(":/mesoplan/migrations/016_billing.sql")},
        {QStringLiteral(":/mesoplan/migrations/017_catalog_price_cents.sql")},
        {QStringLiteral(":/mesoplan/migrations/018_patient_address.sql")},
        {QStringLiteral(":/mesoplan/migrations/019_plans_booked_by_index.sql")},
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
        throw StoreError(
            QCoreApplication::translate("Store", "%1 is not a readable database (%2).")
                .arg(QDir::toNativeSeparators(db.databaseName()), q.lastError().text()));
    return q.value(0).toInt();
}

QString newConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("mesoplan-%1").arg(counter++);
}

} // namespace

StoreError connectionError(const records::ServerAddress &address, const QString &serverMessage)
{
    const QString detail = serverMessage.trimmed();
    // libpq's words for a missing or wrong password, so that the GUI can ask for one.
    if (detail.contains(QLatin1String("password authentication failed")) ||
        detail.contains(QLatin1String("no password supplied")))
        return StoreError(
            QCoreApplication::translate(
                "Store", "The database server %1 refused the password of %2. Give the password, or "
                         "put it in the libpq password file (~/.pgpass or PGPASSFILE). (%3)")
                .arg(address.displayUri(),
                     address.user.isEmpty() ? QCoreApplication::translate("Store", "this user")
                                            : address.user,
                     detail),
            StoreError::Kind::PasswordNeeded);
    return StoreError(
        QCoreApplication::translate(
            "Store", "Cannot reach the database server %1: check the address, the network and that "
                     "the server runs. (%2)")
            .arg(address.displayUri(), detail),
        StoreError::Kind::Unreachable);
}

Database::Database(QString connectionName, QString location, SqlDialect dialect)
    : m_connectionName(std::move(connectionName)), m_location(std::move(location)),
      m_dialect(dialect)
{
}

Database::~Database()
{
    Statement::forgetConnection(m_connectionName);
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<Database> Database::open(const QString &location, int schemaVersion)
{
    std::unique_ptr<Database> database =
        records::isServerAddress(location) ? connectServer(location) : openFile(location);
    const QSqlDatabase db = database->connection();
    const QString shown = QDir::toNativeSeparators(records::displayLocation(location));
    for (const QString &sql : database->m_dialect.connectionSettings())
        execute(db, sql);

    // Read the schema version before anything writes to the database: a database from a newer
    // MesoPlan, or one that is not ours, must be left exactly as it is. The version and the tables
    // are read in one snapshot: another workstation may be committing the first schema step
    // between the two reads, and its tables without its version would look like another program's.
    int version = 0, tables = 0;
    {
        ReadTransaction snapshot(*database);
        version = database->schemaVersion();
        tables = queryInt(db, database->m_dialect.countTables());
    }
    if (version > latestSchemaVersion())
        throw StoreError(
            QCoreApplication::translate(
                "Store", "The database %1 has schema version %2, but this MesoPlan only knows "
                         "versions up to %3. Use a newer MesoPlan; the database was not changed.")
                .arg(shown)
                .arg(version)
                .arg(latestSchemaVersion()));
    if (version == 0 && tables > 0)
        throw StoreError(QCoreApplication::translate(
                             "Store", "%1 is not a MesoPlan database (it already holds other "
                                      "tables); it was not changed.")
                             .arg(shown));

    for (const QString &sql : database->m_dialect.fileSettings())
        execute(db, sql);
    const int target =
        schemaVersion < 0 ? latestSchemaVersion() : std::min(schemaVersion, latestSchemaVersion());
    // A database file of an earlier MesoPlan is copied as it is before its first upgrade step
    // (backups/<name>.before-schema-N-<time>.sqlite beside it), so the version before can be put
    // back (docs/deployment.md, "Upgrading"). A clinic server is dumped with its own tools.
    if (!database->isServer() && version > 0 && version < target) {
        const QFileInfo info(location);
        const QDir backups(info.absoluteDir().filePath(QStringLiteral("backups")));
        if (!backups.mkpath(QStringLiteral(".")))
            throw StoreError(QCoreApplication::translate(
                                 "Store", "Cannot create %1 for the copy made before upgrading "
                                          "the database; it was not changed.")
                                 .arg(QDir::toNativeSeparators(backups.path())));
        writeSnapshot(*database, backups.filePath(QStringLiteral("%1.before-schema-%2-%3-%4.sqlite")
                                                      .arg(info.completeBaseName())
                                                      .arg(target)
                                                      .arg(QDateTime::currentDateTimeUtc().toString(
                                                          QStringLiteral("yyyyMMdd-HHmmss")))
                                                      .arg(QCoreApplication::applicationPid())));
    }
    database->migrate(version, target);
    // From schema step 3 the settings table is there: a server's write transactions read the
    // audit chain's head with the writer lock (WriteTransaction).
    database->m_headWithLock = database->isServer() && target >= 3;
    return database;
}

std::unique_ptr<Database> Database::openFile(const QString &location)
{
    const QFileInfo info(location);
    if (info.exists() && info.isDir())
        throw StoreError(
            QCoreApplication::translate("Store", "%1 is a folder, not a database file.")
                .arg(QDir::toNativeSeparators(location)));
    // SQLite's locks are not reliable over a network file system: two workstations could
    // corrupt the file. A shared clinic database is a PostgreSQL server instead.
    if (const FileSystem fs = fileSystemOf(location); !fs.networkName.isEmpty())
        throw StoreError(
            QCoreApplication::translate(
                "Store",
                "%1 is on a network file system (%2). A MesoPlan database file must be on a "
                "disk of this computer: SQLite cannot lock it safely over a network. For "
                "several workstations, use a PostgreSQL clinic server (docs/deployment.md).")
                .arg(QDir::toNativeSeparators(location), fs.networkName),
            StoreError::Kind::NetworkFileSystem);
    // SQLite writes beside the file too (write-ahead log, shared memory): both must be writable.
    if (info.exists()) {
        for (const QString &path : {info.absoluteFilePath(), info.absolutePath()}) {
            if (::access(QFile::encodeName(path).constData(), W_OK) != 0)
                throw StoreError(
                    QCoreApplication::translate(
                        "Store",
                        "The database %1 cannot be written: %2 is read-only (%3). Nothing was "
                        "changed; ask for write access, or copy the database to a writable "
                        "disk.")
                        .arg(QDir::toNativeSeparators(location), QDir::toNativeSeparators(path),
                             QString::fromLocal8Bit(std::strerror(errno))),
                    StoreError::Kind::ReadOnly);
        }
    }
    if (!info.exists() && !QDir().mkpath(info.absolutePath()))
        throw StoreError(
            QCoreApplication::translate("Store", "Cannot create the folder %1 for the database.")
                .arg(QDir::toNativeSeparators(info.absolutePath())));

    std::unique_ptr<Database> database(
        new Database(newConnectionName(), location, SqlDialect(SqlDialect::Engine::SQLite)));
    QSqlDatabase db =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
    db.setDatabaseName(location);
    if (!db.open())
        throw StoreError(QCoreApplication::translate("Store", "Cannot open the database %1: %2")
                             .arg(QDir::toNativeSeparators(location), db.lastError().text()));
    return database;
}

std::unique_ptr<Database> Database::connectServer(const QString &location)
{
    const records::ServerAddress address = records::ServerAddress::parse(location);
    std::unique_ptr<Database> database(
        new Database(newConnectionName(), location, SqlDialect(SqlDialect::Engine::PostgreSQL)));
    QSqlDatabase db =
        QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), database->m_connectionName);
    if (!db.isValid())
        throw StoreError(QCoreApplication::translate(
                             "Store", "This computer lacks Qt's PostgreSQL driver (Debian package "
                                      "libqt6sql6-psql): cannot reach %1.")
                             .arg(address.displayUri()),
                         StoreError::Kind::Unreachable);
    db.setHostName(address.host);
    db.setPort(address.port);
    db.setDatabaseName(address.database);
    db.setUserName(address.user);
    db.setPassword(address.password);
    // A server that does not answer is reported after 10 seconds, not after TCP's minutes.
    QStringList options = address.options;
    if (!std::any_of(options.cbegin(), options.cend(), [](const QString &o) {
            return o.startsWith(QLatin1String("connect_timeout="));
        }))
        options << QStringLiteral("connect_timeout=10");
    if (!std::any_of(options.cbegin(), options.cend(), [](const QString &o) {
            return o.startsWith(QLatin1String("application_name="));
        }))
        options << QStringLiteral("application_name=MesoPlan");
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open())
        throw connectionError(address, db.lastError().text());
    // Statements are prepared once per connection (Statement); each run is planned for its own
    // values, as when it was prepared each time: a generic plan cannot tell a search word that
    // finds ten patients from one that finds half the clinic.
    execute(db, QStringLiteral("SET plan_cache_mode = force_custom_plan"));
    return database;
}

Database::Probe Database::probe(const QString &location)
{
    Probe p;
    if (!records::isServerAddress(location) && !QFileInfo::exists(location)) {
        p.engine = QStringLiteral("SQLite");
        p.empty = true;
        return p;
    }
    const std::unique_ptr<Database> database =
        records::isServerAddress(location) ? connectServer(location) : openFile(location);
    const QSqlDatabase db = database->connection();
    QSqlQuery version(db);
    if (database->isServer()
            ? version.exec(QStringLiteral("SHOW server_version")) && version.next()
            : version.exec(QStringLiteral("SELECT sqlite_version()")) && version.next())
        p.engine =
            (database->isServer() ? QStringLiteral("PostgreSQL %1") : QStringLiteral("SQLite %1"))
                .arg(version.value(0).toString().section(QLatin1Char(' '), 0, 0));
    ReadTransaction snapshot(*database); // the version and the tables of one moment (see open)
    p.schemaVersion = database->schemaVersion();
    const int tables = queryInt(db, database->m_dialect.countTables());
    p.empty = tables == 0;
    p.foreign = p.schemaVersion == 0 && tables > 0;
    return p;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    if (queryInt(connection(), m_dialect.hasSchemaVersion()) == 0)
        return 0;
    return queryInt(connection(), m_dialect.readSchemaVersion());
}

void Database::checkpoint() const
{
    if (m_transactionDepth > 0)
        return;
    if (m_dialect.engine() == SqlDialect::Engine::SQLite) {
        execute(connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        return;
    }
    // A server keeps old row versions until VACUUM reclaims them (its write-ahead log and
    // backups are the server administrator's: docs/deployment.md).
    execute(connection(), QStringLiteral("VACUUM ") + tables().join(QStringLiteral(", ")));
}

void Database::deferCheckpoints() const
{
    if (!isServer())
        execute(connection(),
                QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(kDeferredCheckpointPages));
}

void Database::checkpointWhileIdle() const
{
    if (isServer() || m_transactionDepth > 0)
        return;
    execute(connection(), QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
}

void Database::analyzeAfterLoad() const
{
    if (m_transactionDepth > 0 || m_dialect.engine() == SqlDialect::Engine::SQLite)
        return; // VACUUM cannot run inside a transaction; SQLite plans from its indexes alone
    for (const QString &table : tables())
        if (const QString sql = m_dialect.analyzeAfterLoad(table); !sql.isEmpty())
            execute(connection(), sql);
}

QStringList Database::tables() const
{
    QStringList out;
    Statement list(connection(), m_dialect.listTables());
    list.exec();
    while (list.next())
        out << list.text(0);
    return out;
}

int Database::latestSchemaVersion()
{
    return static_cast<int>(migrations().size());
}

void Database::migrate(int found, int target)
{
    const QSqlDatabase db = connection();
    // Each step is its own transaction: a failure or a crash leaves the previous version. The
    // version is read again inside it, under the write lock: when two workstations start a new
    // version at once, the second finds the steps done by the first. An up-to-date database is
    // opened without taking the lock.
    if (found >= target)
        return;
    for (;;) {
        WriteTransaction tx(*this);
        const int step = schemaVersion();
        if (step >= target)
            return;
        const Migration &migration = migrations().at(static_cast<size_t>(step));
        QFile file(migration.file);
        if (!file.open(QIODevice::ReadOnly))
            throw StoreError(QStringLiteral("internal: schema step %1 is missing").arg(step + 1));
        const QString script = m_dialect.expandSchema(QString::fromUtf8(file.readAll()));
        for (const QString &sql : splitStatements(script))
            execute(db, sql);
        if (migration.after)
            migration.after(*this);
        for (const QString &sql : m_dialect.writeSchemaVersion(step + 1))
            execute(db, sql);
        tx.commit();
    }
}

} // namespace meso::store

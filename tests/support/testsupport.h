#pragma once

#include "store/database.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>
#include <QUuid>

#include <map>
#include <memory>
#include <stdexcept>
#include <string>

namespace meso::test {

// The clinic server the suite runs against, when it runs on PostgreSQL: MESOPLAN_TEST_PG names
// the folder scripts/pgtest.sh wrote (the server's URI and a libpq password file).
inline QString testServerUri()
{
    const QString state = qEnvironmentVariable("MESOPLAN_TEST_PG");
    if (state.isEmpty())
        return {};
    qputenv("PGPASSFILE", QFile::encodeName(state + QStringLiteral("/pgpass")));
    QFile uri(state + QStringLiteral("/uri"));
    if (!uri.open(QIODevice::ReadOnly))
        throw std::runtime_error(
            "MESOPLAN_TEST_PG is set but its server is not running (scripts/pgtest.sh start)");
    return QString::fromUtf8(uri.readAll()).trimmed();
}

// A fresh temporary folder per test case, and the test's clinic database: a file in the folder,
// or, on a clinic server, a schema of its own (dropped at the end), so that test cases never
// see each other's data and can run in parallel.
class TempDir
{
public:
    TempDir() : m_server(testServerUri()) { m_dir.setAutoRemove(true); }
    ~TempDir() { dropSchema(); }
    TempDir(const TempDir &) = delete;
    TempDir &operator=(const TempDir &) = delete;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString dbPath() const
    {
        if (m_server.isEmpty())
            return path(QStringLiteral("clinic.sqlite"));
        if (m_schema.isEmpty())
            createSchema();
        return m_server + QStringLiteral("?options=-csearch_path%3D") + m_schema +
               QStringLiteral(",public");
    }
    bool onServer() const { return !m_server.isEmpty(); }

private:
    void adminExec(const QString &sql) const
    {
        const QString name = QStringLiteral("test-admin");
        {
            auto db = QSqlDatabase::contains(name)
                          ? QSqlDatabase::database(name)
                          : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            const QUrl url(m_server);
            db.setHostName(url.host());
            db.setPort(url.port(5432));
            db.setDatabaseName(url.path().mid(1));
            db.setUserName(url.userName());
            if (!db.isOpen() && (!db.open() || !QSqlQuery(db).exec(QStringLiteral(
                                                   "SET client_min_messages = warning"))))
                throw std::runtime_error("test server: " + db.lastError().text().toStdString());
            QSqlQuery q(db);
            if (!q.exec(sql))
                throw std::runtime_error("test server: " + q.lastError().text().toStdString());
        }
    }
    void createSchema() const
    {
        m_schema = QStringLiteral("t_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
        adminExec(QStringLiteral("CREATE SCHEMA ") + m_schema);
    }
    void dropSchema() const
    {
        if (m_schema.isEmpty())
            return;
        try {
            adminExec(QStringLiteral("SET lock_timeout = '5s'"));
            adminExec(QStringLiteral("DROP SCHEMA ") + m_schema + QStringLiteral(" CASCADE"));
        } catch (const std::exception &) {
            // left for the throw-away server to take with it
        }
    }

    QTemporaryDir m_dir;
    QString m_server;
    mutable QString m_schema;
};

inline QString sourceDir()
{
    return QStringLiteral(MESOPLAN_SOURCE_DIR);
}

inline QString catalogDir()
{
    return sourceDir() + QStringLiteral("/data/catalog");
}

// The bundled catalog files as text, to be altered by a test.
inline std::map<std::string, std::string> catalogFiles()
{
    std::map<std::string, std::string> files;
    const QDir dir(catalogDir());
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        QFile f(dir.filePath(name));
        if (f.open(QIODevice::ReadOnly))
            files[name.toStdString()] = f.readAll().toStdString();
    }
    return files;
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace meso::test

#pragma once

#include <QString>
#include <QStringList>

namespace meso::records {

// Where a clinic server's database is: a libpq connection URI
// (postgresql://user@host:5432/mesoplan?sslmode=require), as given to --db, MESOPLAN_DB or the
// GUI's connection page. A SQLite database is a file path instead (isServerAddress() is false).
struct ServerAddress
{
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString password;    // only when the URI carries one; the GUI never stores it
    QStringList options; // libpq keywords from the query (sslmode=require, ...), as key=value

    // Parses a postgresql:// or postgres:// URI; throws StoreError naming what is wrong.
    static ServerAddress parse(const QString &uri);
    // The URI without its password: what is shown, logged and stored in settings.
    QString displayUri() const;
};

bool isServerAddress(const QString &location);

// The server address with `password` in it, for this session's connection only (a password typed
// at start, never stored); an empty `password` removes any from the address.
QString withPassword(const QString &uri, const QString &password);

// The location shown to people and in messages: a file path as it is, a server URI without its
// password.
QString displayLocation(const QString &location);

} // namespace meso::records

#include "serveraddress.h"

#include "storeerror.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace meso::records {

namespace {

bool hasServerScheme(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

StoreError badAddress(const QString &what)
{
    return StoreError(QStringLiteral("The database server address is not valid: %1. Expected "
                                     "postgresql://user@host:5432/database?sslmode=require.")
                          .arg(what),
                      StoreError::Kind::InvalidAddress);
}

} // namespace

bool isServerAddress(const QString &location)
{
    return hasServerScheme(location.trimmed());
}

ServerAddress ServerAddress::parse(const QString &uri)
{
    if (!isServerAddress(uri))
        throw badAddress(QStringLiteral("it must start with postgresql://"));
    const QUrl url(uri.trimmed(), QUrl::StrictMode);
    if (!url.isValid())
        throw badAddress(url.errorString());
    ServerAddress a;
    a.host = url.host();
    if (a.host.isEmpty())
        throw badAddress(QStringLiteral("the host is missing"));
    a.port = url.port(5432);
    if (a.port <= 0 || a.port > 65535)
        throw badAddress(QStringLiteral("the port must be between 1 and 65535"));
    a.database = url.path().mid(1);
    if (a.database.isEmpty() || a.database.contains(QLatin1Char('/')))
        throw badAddress(QStringLiteral("the database name is missing after the host (/mesoplan)"));
    a.user = url.userName();
    a.password = url.password();
    // libpq's keywords are lower-case words; their values go to libpq unchanged, so a value must
    // not break its key=value list (Qt joins the options with spaces).
    static const QRegularExpression keyword(QStringLiteral("^[a-z_]+$"));
    for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        if (!keyword.match(key).hasMatch())
            throw badAddress(QStringLiteral("\"%1\" is not a connection option").arg(key));
        if (key == QLatin1String("password")) {
            a.password = value;
            continue;
        }
        if (value.contains(QLatin1Char(';')) || value.contains(QLatin1Char('\'')) ||
            value.contains(QLatin1Char('\\')))
            throw badAddress(
                QStringLiteral("the value of %1 holds a character libpq cannot take here")
                    .arg(key));
        a.options << QStringLiteral("%1='%2'").arg(key, value);
    }
    return a;
}

QString ServerAddress::displayUri() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    if (port != 5432)
        url.setPort(port);
    url.setUserName(user);
    url.setPath(QLatin1Char('/') + database);
    QUrlQuery query;
    for (const QString &option : options) {
        const qsizetype eq = option.indexOf(QLatin1Char('='));
        query.addQueryItem(option.left(eq), option.mid(eq + 2).chopped(1));
    }
    url.setQuery(query);
    return url.toString();
}

QString withPassword(const QString &uri, const QString &password)
{
    QUrl url(uri.trimmed(), QUrl::StrictMode);
    url.setPassword(password.isEmpty() ? QString() : password);
    QUrlQuery query(url);
    query.removeAllQueryItems(QStringLiteral("password"));
    if (query.isEmpty())
        url.setQuery(QString());
    else
        url.setQuery(query);
    return url.toString();
}

QString displayLocation(const QString &location)
{
    if (!isServerAddress(location))
        return location;
    try {
        return ServerAddress::parse(location).displayUri();
    } catch (const StoreError &) {
        return QStringLiteral("postgresql://…");
    }
}

} // namespace meso::records

// What an installed MesoPlan relies on besides its database: where the bundled catalog is read
// from, the version, and the support log (warnings and errors, rotated, with no quoted text).

#include "clinic/catalogservice.h"
#include "clinic/installation.h"
#include "clinic/logfile.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace meso;

namespace {

QString readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

TEST_CASE("A program run from its build folder reads the catalog compiled into it",
          "[sqlite][installation]")
{
    CHECK(clinic::installedDataFolder().isEmpty());
    CHECK(clinic::bundledCatalogFolder() == QStringLiteral(":/mesoplan/catalog"));
    CHECK(clinic::translationsFolder() == QStringLiteral(":/mesoplan/i18n"));
    CHECK(clinic::CatalogService::readBundled().catalog.has_value());
    CHECK(QRegularExpression(QStringLiteral("^\\d+\\.\\d+\\.\\d+$"))
              .match(clinic::applicationVersion())
              .hasMatch());
}

TEST_CASE("Quoted texts are left out of log lines", "[sqlite][installation]")
{
    CHECK(clinic::withoutQuotedText(QStringLiteral("patient \"Dupont\" not found")) ==
          QStringLiteral("patient \"…\" not found"));
    CHECK(clinic::withoutQuotedText(QString::fromUtf8("l'audit 'secret' «Lætitia» “Cœur”")) ==
          QString::fromUtf8("l'audit '…' «…» “…”"));
    CHECK(clinic::withoutQuotedText(QStringLiteral("no quotes")) == QStringLiteral("no quotes"));
}

TEST_CASE("Warnings and errors go to a rotating log file", "[sqlite][installation]")
{
    QStandardPaths::setTestModeEnabled(true);
    const QString path = clinic::installLogFile(2000, 2);
    CHECK(path == clinic::logFilePath());
    CHECK(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)));
    for (const QString &f : {path, path + QStringLiteral(".1"), path + QStringLiteral(".2"),
                             path + QStringLiteral(".3")})
        QFile::remove(f);

    qDebug("a debug message is not written");
    qWarning("patient \"Hélène Dubois\" could not be read");
    qCritical("the disk is full");
    const QString text = readAll(path);
    CHECK(text.contains(QStringLiteral(" warning default: patient \"…\" could not be read\n")));
    CHECK(text.contains(QStringLiteral(" error default: the disk is full\n")));
    CHECK_FALSE(text.contains(QStringLiteral("Dubois")));
    CHECK_FALSE(text.contains(QStringLiteral("debug")));
    // Each line starts with its time in UTC.
    CHECK(
        QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z "))
            .match(text)
            .hasMatch());

    // 60 lines of about 100 bytes: rotated at 2000 bytes, two older files kept, never a third.
    for (int i = 0; i < 60; ++i)
        qWarning("line %d %s", i, QByteArray(60, 'x').constData());
    CHECK(QFile(path).size() <= 2000);
    CHECK(QFile::exists(path + QStringLiteral(".1")));
    CHECK(QFile::exists(path + QStringLiteral(".2")));
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".3")));
    CHECK(readAll(path).contains(QStringLiteral("line 59 ")));
    CHECK_FALSE(readAll(path + QStringLiteral(".2")).contains(QStringLiteral("line 59 ")));
    clinic::installLogFile(); // the defaults again, for what follows in this process
}

// The catalog use cases: first-run load, import all or nothing, export round trip.

#include "clinic/actinguser.h"
#include "clinic/catalogservice.h"
#include "clinic/clinicdatabase.h"
#include "store/database.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QDir>

using namespace meso;

namespace {
QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
}
} // namespace

TEST_CASE("A new clinic database gets the bundled catalog", "[clinic][catalog]")
{
    test::TempDir tmp;
    auto db = clinic::openClinicDatabase(tmp.dbPath());
    clinic::CatalogService service(*db);
    const auto user = clinic::ActingUser::system(*db);
    REQUIRE(service.hasCatalog());
    const auto bundled = clinic::CatalogService::readDirectory(test::catalogDir());
    REQUIRE(bundled.catalog);
    CHECK(service.summary(user).version.toStdString() == bundled.catalog->version);
    CHECK(service.current(user)->protocols.size() == bundled.catalog->protocols.size());
}

TEST_CASE("Export then import then export gives byte-identical files", "[clinic][catalog]")
{
    test::TempDir tmp;
    auto db = clinic::openClinicDatabase(tmp.dbPath());
    clinic::CatalogService service(*db);
    const auto user = clinic::ActingUser::system(*db);
    const QString first = tmp.path(QStringLiteral("export1"));
    const QString second = tmp.path(QStringLiteral("export2"));
    service.exportTo(user, first);
    const auto reread = clinic::CatalogService::readDirectory(first);
    REQUIRE(reread.catalog);
    service.replace(user, *reread.catalog);
    service.exportTo(user, second);
    REQUIRE(filesIn(first).size() == static_cast<int>(core::catalogFileNames().size()));
    REQUIRE(filesIn(first) == filesIn(second));
    for (const QString &name : filesIn(first))
        CHECK(test::readAll(QDir(first).filePath(name)) == test::readAll(QDir(second).filePath(name)));
}

TEST_CASE("Reading a folder that does not exist is a problem, not a crash", "[clinic][catalog]")
{
    const auto r = clinic::CatalogService::readDirectory(QStringLiteral("/nonexistent/catalog"));
    CHECK_FALSE(r.catalog);
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].message.find("folder not found") != std::string::npos);
}

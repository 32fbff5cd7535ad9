// The catalog use cases: first-run load, import all or nothing, export round trip.

#include "clinic/actinguser.h"
#include "clinic/catalogservice.h"
#include "clinic/clinicdatabase.h"
#include "clinic/privacyservice.h"
#include "records/storeerror.h"
#include "store/auditrepository.h"
#include "store/catalogrepository.h"
#include "store/database.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QSqlQuery>

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
        CHECK(test::readAll(QDir(first).filePath(name)) ==
              test::readAll(QDir(second).filePath(name)));
}

TEST_CASE("Reading a folder that does not exist is a problem, not a crash", "[clinic][catalog]")
{
    const auto r = clinic::CatalogService::readDirectory(QStringLiteral("/nonexistent/catalog"));
    CHECK_FALSE(r.catalog);
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].message.find("folder not found") != std::string::npos);
}

TEST_CASE("An earlier bundled edition is moved to the current one at opening, and a clinic's own "
          "catalog is kept",
          "[clinic][catalog]")
{
    test::TempDir tmp;
    const auto bundled = clinic::CatalogService::readDirectory(test::catalogDir());
    REQUIRE(bundled.catalog);
    const QString current = QString::fromStdString(bundled.catalog->version);
    REQUIRE_FALSE(clinic::CatalogService::earlierBundledVersions().contains(current));
    REQUIRE(clinic::CatalogService::earlierBundledVersions().size() >= 2);
    auto setStoredVersion = [&](const QString &version) {
        auto db = clinic::openClinicDatabase(tmp.dbPath());
        QSqlQuery q(db->store().connection());
        REQUIRE(q.prepare(QStringLiteral(
            "UPDATE catalog_meta SET version = ?, edition = '2026.11' WHERE id = 1")));
        q.addBindValue(version);
        REQUIRE(q.exec());
    };
    auto upgrades = [](const store::Database &db) {
        records::AuditFilter all;
        int n = 0;
        for (const auto &e : clinic::AuditService(db).list(clinic::ActingUser::system(db), all))
            n += e.action == QStringLiteral("catalog.upgrade");
        return n;
    };

    // A database that still holds the 2026.11 edition as shipped gets the current one.
    const QString earlier = *clinic::CatalogService::earlierBundledVersions().begin();
    setStoredVersion(earlier);
    {
        auto db = clinic::openClinicDatabase(tmp.dbPath());
        clinic::CatalogService service(*db);
        CHECK(service.summary(clinic::ActingUser::system(*db)).version == current);
        CHECK(upgrades(*db) == 1);
    }
    // Opening again changes nothing more.
    {
        auto db = clinic::openClinicDatabase(tmp.dbPath());
        CHECK(upgrades(*db) == 1);
    }
    // A catalog the clinic imported itself (any other version) is never replaced.
    const QString own = QString(64, QLatin1Char('a'));
    setStoredVersion(own);
    auto db = clinic::openClinicDatabase(tmp.dbPath());
    CHECK(store::CatalogRepository(*db).meta()->version == own);
    CHECK(upgrades(*db) == 1);
}

TEST_CASE("A stored catalog of an earlier format says how to upgrade it, and can still be exported",
          "[clinic][catalog]")
{
    test::TempDir tmp;
    auto db = clinic::openClinicDatabase(tmp.dbPath());
    const auto user = clinic::ActingUser::system(*db);
    {
        QSqlQuery q(db->store().connection());
        REQUIRE(
            q.prepare(QStringLiteral("UPDATE catalog_meta SET doc = ?, version = ? WHERE id = 1")));
        q.addBindValue(QStringLiteral(R"({"currency": "EUR", "edition": "2026.10", "format": 1, )"
                                      R"("languages": ["en"], "name": {"en": "Our own"}})"));
        q.addBindValue(QString(64, QLatin1Char('b'))); // not a bundled edition: kept as it is
        REQUIRE(q.exec());
    }
    clinic::CatalogService service(*db);
    try {
        service.current(user);
        FAIL("an earlier format was read");
    } catch (const records::StoreError &e) {
        CHECK_THAT(e.what(),
                   Catch::Contains("earlier format") && Catch::Contains("Upgrading from format 1"));
    }
    const QString dir = tmp.path(QStringLiteral("old"));
    service.exportTo(user, dir);
    CHECK(filesIn(dir).size() == static_cast<int>(core::catalogFileNames().size()));
    CHECK(test::readAll(QDir(dir).filePath(QStringLiteral("catalog.json")))
              .contains("\"format\": 1"));
}

// The catalog tables: replace and load back to identical canonical files.

#include "store/catalogrepository.h"
#include "store/database.h"
#include "store/statement.h"
#include "store/transaction.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

using namespace meso;

TEST_CASE("A stored catalog loads back as the same canonical files and version", "[store][catalog]")
{
    test::TempDir tmp;
    auto db = store::Database::open(tmp.dbPath());
    const auto parsed = core::parseCatalog(test::catalogFiles());
    REQUIRE(parsed.catalog);
    store::CatalogRepository repo(*db);
    CHECK_FALSE(repo.meta().has_value());
    {
        store::WriteTransaction tx(*db);
        repo.replace(*parsed.catalog, 1, QDateTime::currentDateTimeUtc());
        tx.commit();
    }
    const auto files = repo.loadFiles();
    REQUIRE(files.size() == core::catalogFileNames().size());
    for (const auto &[name, content] : parsed.catalog->files)
        CHECK(files.at(name) == core::canonicalFileText(content));
    const auto again = core::parseCatalog(files);
    REQUIRE(again.catalog);
    CHECK(again.catalog->version == parsed.catalog->version);
    CHECK(repo.meta()->version.toStdString() == parsed.catalog->version);

    // The relational tables are filled too (what queries such as "protocols using an
    // ingredient" read).
    store::Statement lines(
        db->connection(),
        QStringLiteral(
            "SELECT count(*) FROM cocktail_lines WHERE ingredient_id = 'hyaluronic_acid'"));
    lines.exec();
    lines.next();
    CHECK(lines.integer(0) >= 1);
}

TEST_CASE("Replacing a catalog leaves no row of the old one", "[store][catalog]")
{
    test::TempDir tmp;
    auto db = store::Database::open(tmp.dbPath());
    auto files = test::catalogFiles();
    const auto first = core::parseCatalog(files);
    auto risks = nlohmann::json::parse(files["risks.json"]);
    risks.push_back({{"id", "temporary_risk"},
                     {"text", {{"en", "Temporary"}, {"fr", "Temporaire"}}},
                     {"serious", false},
                     {"source", "CP"},
                     {"evidence", "common_practice"}});
    files["risks.json"] = risks.dump();
    const auto second = core::parseCatalog(files);
    REQUIRE(second.catalog);
    store::CatalogRepository repo(*db);
    for (const auto *c : {&*second.catalog, &*first.catalog}) {
        store::WriteTransaction tx(*db);
        repo.replace(*c, 1, QDateTime::currentDateTimeUtc());
        tx.commit();
    }
    store::Statement s(db->connection(),
                       QStringLiteral("SELECT count(*) FROM risks WHERE id = 'temporary_risk'"));
    s.exec();
    s.next();
    CHECK(s.integer(0) == 0);
    CHECK(repo.meta()->version.toStdString() == first.catalog->version);
}

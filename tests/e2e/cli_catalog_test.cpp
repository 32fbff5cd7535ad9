// mesoplan-cli catalog import / export / show through the real binary: exit codes, one line per
// problem, and a database left byte-identical by a refused import.

#include "clirunner.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace meso;

namespace {

void writeFiles(const QString &dir, const std::map<std::string, std::string> &files)
{
    QDir().mkpath(dir);
    for (const auto &[name, text] : files) {
        QFile f(QDir(dir).filePath(QString::fromStdString(name)));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(text.data(), static_cast<qint64>(text.size()));
    }
}

} // namespace

TEST_CASE("catalog show on a new database creates it with the bundled catalog", "[e2e][cli]")
{
    test::TempDir tmp;
    const auto r = test::runCli(
        {QStringLiteral("--db"), tmp.dbPath(), QStringLiteral("catalog"), QStringLiteral("show")},
        tmp.path(QStringLiteral("home")));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const auto j = nlohmann::json::parse(r.out.toStdString());
    CHECK(j["version"].get<std::string>().size() == 64);
    CHECK(j["counts"]["ingredients"].get<int>() >= 30);
    CHECK(j["counts"]["screening_rules"].get<int>() >= 30);
    CHECK(j["counts"]["protocols"].get<int>() >= 10);
    CHECK(QFile::exists(tmp.dbPath()));
}

TEST_CASE("MESOPLAN_DB picks the database when --db is absent", "[e2e][cli]")
{
    test::TempDir tmp;
    qputenv("MESOPLAN_DB", tmp.dbPath().toUtf8());
    QProcess p;
    p.start(QStringLiteral(MESOPLAN_CLI), {QStringLiteral("catalog"), QStringLiteral("show")});
    p.waitForFinished(60000);
    qunsetenv("MESOPLAN_DB");
    CHECK(p.exitCode() == 0);
    CHECK(QFile::exists(tmp.dbPath()));
}

TEST_CASE("A broken catalog exits 2 with one line per problem and leaves the database as it was",
          "[e2e][cli]")
{
    test::TempDir tmp;
    const QString home = tmp.path(QStringLiteral("home"));
    REQUIRE(test::runCli({QStringLiteral("--db"), tmp.dbPath(), QStringLiteral("catalog"),
                          QStringLiteral("show")},
                         home)
                .exitCode == 0);
    const QByteArray before = test::readAll(tmp.dbPath());

    auto files = test::catalogFiles();
    auto protocols = nlohmann::json::parse(files["protocols.json"]);
    protocols[0]["sessions"]["min"] = 9;
    protocols[0]["sessions"]["max"] = 2;
    protocols[1]["cocktail"][0]["ingredient"] = "unicorn_dust";
    files["protocols.json"] = protocols.dump(2);
    auto rules = nlohmann::json::parse(files["rules.json"]);
    rules["screening"][0]["when"] = {{"sometimes", {1}}};
    files["rules.json"] = rules.dump(2);
    files["areas.json"] = "[{\"id\": \"face\",";
    const QString dir = tmp.path(QStringLiteral("broken"));
    writeFiles(dir, files);

    const auto r = test::runCli({QStringLiteral("--db"), tmp.dbPath(), QStringLiteral("catalog"),
                                 QStringLiteral("import"), dir},
                                home);
    CHECK(r.exitCode == 2);
    CHECK(r.out.isEmpty());
    const QStringList lines = r.errLines();
    CHECK(lines.size() == 4);
    CHECK(
        lines.contains(QStringLiteral("protocols.json: /0/sessions: min 9 is greater than max 2")));
    CHECK(lines.contains(QStringLiteral(
        "protocols.json: /1/cocktail/0/ingredient: unknown ingredient \"unicorn_dust\"")));
    for (const QString &line : lines)
        CHECK(line.contains(QRegularExpression(QStringLiteral("^[a-z_]+\\.json: /[^:]*: .+"))));
    CHECK(test::readAll(tmp.dbPath()) == before);
}

TEST_CASE("import, export, import gives byte-identical files", "[e2e][cli]")
{
    test::TempDir tmp;
    const QString home = tmp.path(QStringLiteral("home"));
    const QStringList db = {QStringLiteral("--db"), tmp.dbPath()};
    REQUIRE(test::runCli(db + QStringList{QStringLiteral("catalog"), QStringLiteral("import"),
                                          test::catalogDir()},
                         home)
                .exitCode == 0);
    const QString a = tmp.path(QStringLiteral("a"));
    const QString b = tmp.path(QStringLiteral("b"));
    REQUIRE(
        test::runCli(db + QStringList{QStringLiteral("catalog"), QStringLiteral("export"), a}, home)
            .exitCode == 0);
    const auto imported = test::runCli(
        db + QStringList{QStringLiteral("catalog"), QStringLiteral("import"), a}, home);
    REQUIRE(imported.exitCode == 0);
    CHECK(nlohmann::json::parse(imported.out.toStdString())["imported"] == true);
    REQUIRE(
        test::runCli(db + QStringList{QStringLiteral("catalog"), QStringLiteral("export"), b}, home)
            .exitCode == 0);
    const QStringList names = QDir(a).entryList(QDir::Files, QDir::Name);
    CHECK(names.size() == 16);
    CHECK(names == QDir(b).entryList(QDir::Files, QDir::Name));
    for (const QString &n : names)
        CHECK(test::readAll(QDir(a).filePath(n)) == test::readAll(QDir(b).filePath(n)));
}

TEST_CASE("Bad command lines exit 2 with one line", "[e2e][cli]")
{
    test::TempDir tmp;
    const QString home = tmp.path(QStringLiteral("home"));
    for (const QStringList &args :
         {QStringList{QStringLiteral("frobnicate")}, QStringList{QStringLiteral("catalog")},
          QStringList{QStringLiteral("catalog"), QStringLiteral("import")},
          QStringList{QStringLiteral("--db")}}) {
        const auto r = test::runCli(args, home);
        INFO(args.join(QLatin1Char(' ')).toStdString());
        CHECK(r.exitCode == 2);
        CHECK(r.errLines().size() == 1);
    }
}

TEST_CASE("A database from a newer MesoPlan is refused with a clear message", "[e2e][cli]")
{
    test::TempDir tmp;
    const QString home = tmp.path(QStringLiteral("home"));
    REQUIRE(test::runCli({QStringLiteral("--db"), tmp.dbPath(), QStringLiteral("catalog"),
                          QStringLiteral("show")},
                         home)
                .exitCode == 0);
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(tmp.dbPath());
        REQUIRE(raw.open());
        QSqlQuery(raw).exec(QStringLiteral("PRAGMA user_version = 42"));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    const QByteArray before = test::readAll(tmp.dbPath());
    const auto r = test::runCli(
        {QStringLiteral("--db"), tmp.dbPath(), QStringLiteral("catalog"), QStringLiteral("show")},
        home);
    CHECK(r.exitCode == 1);
    CHECK(r.errLines().size() == 1);
    CHECK(r.err.contains("schema version 42"));
    CHECK(test::readAll(tmp.dbPath()) == before);
}

TEST_CASE("demo generate fills an empty database, the same for the same seed, and only once",
          "[e2e][cli]")
{
    test::TempDir tmp;
    const QString home = tmp.path(QStringLiteral("home"));
    const auto generate = [&](const QString &db, const QString &seed) {
        return test::runCli({QStringLiteral("--db"), db, QStringLiteral("demo"),
                             QStringLiteral("generate"), QStringLiteral("--patients"),
                             QStringLiteral("40"), QStringLiteral("--years"), QStringLiteral("1"),
                             QStringLiteral("--seed"), seed, QStringLiteral("--until"),
                             QStringLiteral("2026-12-01")},
                            home);
    };
    const auto first = generate(tmp.path(QStringLiteral("a.sqlite")), QStringLiteral("3"));
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    const auto made = nlohmann::json::parse(first.out.toStdString());
    CHECK(made.at("patients") == 40);
    CHECK(made.at("seed") == 3);
    CHECK(made.at("audit_rows").get<int>() > 40);
    CHECK(made.at("sessions").get<int>() > 0);
    CHECK(made.at("product_lines").get<int>() > made.at("sessions").get<int>());
    // The same seed, the same clinic (the counts say so; the content is compared in clinic_tests).
    const auto second = generate(tmp.path(QStringLiteral("b.sqlite")), QStringLiteral("3"));
    REQUIRE(second.exitCode == 0);
    CHECK(nlohmann::json::parse(second.out.toStdString()) == made);
    // Never into a clinic that has patients: refused (exit 3), one line.
    const auto again = generate(tmp.path(QStringLiteral("a.sqlite")), QStringLiteral("4"));
    CHECK(again.exitCode == 3);
    CHECK_THAT(again.err.toStdString(), Catch::Contains("already has patients"));
    // Bad numbers are named.
    const auto bad = test::runCli({QStringLiteral("--db"), tmp.path(QStringLiteral("c.sqlite")),
                                   QStringLiteral("demo"), QStringLiteral("generate"),
                                   QStringLiteral("--patients"), QStringLiteral("many"),
                                   QStringLiteral("--years"), QStringLiteral("1")},
                                  home);
    CHECK(bad.exitCode == 2);
    CHECK_THAT(bad.err.toStdString(), Catch::Contains("--patients"));
    const auto daily =
        test::runCli({QStringLiteral("--db"), tmp.path(QStringLiteral("d.sqlite")),
                      QStringLiteral("demo"), QStringLiteral("generate"),
                      QStringLiteral("--patients"), QStringLiteral("1"), QStringLiteral("--years"),
                      QStringLiteral("1"), QStringLiteral("--lot-weeks"), QStringLiteral("0")},
                     home);
    CHECK(daily.exitCode == 2);
    CHECK_THAT(daily.err.toStdString(), Catch::Contains("lot_weeks"));
}

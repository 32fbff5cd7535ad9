// Moving up: a single-workstation clinic (a SQLite file) copied to the clinic server by
// `mesoplan-cli migrate`, compared table by table, then used through `--db postgresql://...`.
// Runs on the PostgreSQL test server only ([server]).

#include "cliclinic.h"

#include "store/databasecopy.h"
#include "store/statement.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QSqlQuery>
#include <QUrl>

using namespace meso;
using test::CliClinic;
using test::json;

namespace {

qint64 countOf(const QString &location, const QString &table)
{
    auto db = store::Database::open(location);
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

} // namespace

TEST_CASE("A single-workstation clinic moves to the server whole, once",
          "[server][e2e][cli][migrate]")
{
    // The clinic as it was on one workstation: accounts, patients, approved plans, a booked series,
    // a cancelled appointment, an audit trail.
    CliClinic single(CliClinic::Where::File);
    const qint64 plan = single.approvedPlan(QStringLiteral("Dupré"));
    const json booked =
        single.ok({QStringLiteral("book"), QStringLiteral("--plan"), QString::number(plan)});
    const qint64 first = booked["appointments"][0]["id"];
    single.ok({QStringLiteral("appointment"), QStringLiteral("cancel"), QString::number(first),
               QStringLiteral("--reason"), QStringLiteral("ill")});
    single.approvedPlan(QStringLiteral("Østergaard"), "skin_rejuvenation", "face");

    test::TempDir server;
    const QString uri = server.dbPath();
    const auto migrate = [&](const QString &user) {
        return test::runCli({QStringLiteral("migrate"), QStringLiteral("--from"), single.db,
                             QStringLiteral("--to"), uri},
                            single.home, {}, single.credentials(user));
    };

    // Only an administrator copies the whole clinic.
    CHECK(migrate(QStringLiteral("desk")).exitCode == 3);

    const auto r = migrate(QStringLiteral("admin"));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const json report = json::parse(r.out.toStdString());
    CHECK(report["ok"] == true);
    CHECK(QString::fromUtf8(r.err).contains(QStringLiteral("copied appointments:")));
    CHECK_FALSE(QString::fromStdString(report["to"]).contains(QStringLiteral("secret")));
    std::map<std::string, qint64> rows;
    for (const json &t : report["tables"]) {
        INFO(t.dump());
        CHECK(t["matches"] == true);
        CHECK(t["rows"] == t["copied"]);
        rows[t["table"]] = t["rows"];
    }
    CHECK(rows.at("patients") == 2);
    CHECK(rows.at("appointments") == static_cast<qint64>(booked["appointments"].size()));

    // Compared again from outside the command: every table holds the same rows on both sides,
    // and the server's audit trail is the file's, continued by one row for the copy (which also
    // moved the trail's head, kept in clinic_settings).
    {
        auto file = store::Database::open(single.db);
        auto copy = store::Database::open(uri);
        for (const auto &[table, count] : rows) {
            const QString name = QString::fromStdString(table);
            INFO(table);
            if (name == QLatin1String("audit_log") || name == QLatin1String("clinic_settings"))
                CHECK(store::tableChecksum(*copy, name).first ==
                      count + (name == QLatin1String("audit_log") ? 1 : 0));
            else
                CHECK(store::tableChecksum(*file, name) == store::tableChecksum(*copy, name));
        }
        // Every table copied was analysed for the planner after the commit.
        QSqlQuery analysed(copy->connection());
        REQUIRE(analysed.exec(QStringLiteral(
            "SELECT count(*) FROM pg_stat_user_tables WHERE schemaname = current_schema() "
            "AND last_analyze IS NOT NULL AND last_vacuum IS NOT NULL")));
        REQUIRE(analysed.next());
        CHECK(analysed.value(0).toLongLong() == static_cast<qint64>(rows.size()));
        // The triggers keeping plans.booked, stopped for the copy, run again: on appointments
        // inserted, deleted or changing status (per statement, schema step 9) and on new plans.
        QSqlQuery triggers(copy->connection());
        REQUIRE(triggers.exec(QStringLiteral(
            "SELECT count(*) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() "
            "AND t.tgname LIKE 'plans_booked_%' AND t.tgenabled = 'O'")));
        REQUIRE(triggers.next());
        CHECK(triggers.value(0).toLongLong() == 4);
    }
    const auto onServer = [&](const QString &user, const QStringList &args) {
        return test::runCli(QStringList{QStringLiteral("--db"), uri} + args, single.home, {},
                            single.credentials(user));
    };
    const auto verify =
        onServer(QStringLiteral("admin"), {QStringLiteral("audit"), QStringLiteral("verify")});
    INFO(verify.out.toStdString() << verify.err.toStdString());
    CHECK(verify.exitCode == 0);

    // The clinic goes on on the server: the same accounts sign in; new rows get new ids.
    const auto waiting =
        onServer(QStringLiteral("desk"), {QStringLiteral("plan"), QStringLiteral("waiting")});
    REQUIRE(waiting.exitCode == 0);
    CHECK(json::parse(waiting.out.toStdString()).size() == 1); // Østergaard's plan
    const json person = {
        {"family_name", "Nouveau"}, {"given_names", "Test"}, {"birth_date", "1990-05-06"}};
    const auto added =
        test::runCli({QStringLiteral("--db"), uri, QStringLiteral("patient"), QStringLiteral("add"),
                      QStringLiteral("--json"), QStringLiteral("-")},
                     single.home, QByteArray::fromStdString(person.dump()),
                     single.credentials(QStringLiteral("doc")));
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    CHECK(json::parse(added.out.toStdString())["id"] == 3);

    // A second copy into the same server is refused and changes nothing there.
    const qint64 before = countOf(uri, QStringLiteral("patients"));
    const auto again = migrate(QStringLiteral("admin"));
    CHECK(again.exitCode == 3);
    CHECK(again.errLines().value(0).contains(QStringLiteral("already holds a clinic")));
    CHECK(countOf(uri, QStringLiteral("patients")) == before);
}

TEST_CASE("A server database that is not new is refused before anything is copied",
          "[server][e2e][cli][migrate]")
{
    CliClinic single(CliClinic::Where::File);
    const auto migrateInto = [&](const QString &uri) {
        return test::runCli({QStringLiteral("migrate"), QStringLiteral("--from"), single.db,
                             QStringLiteral("--to"), uri},
                            single.home, {}, single.credentials(QStringLiteral("admin")));
    };
    test::TempDir foreign, older;
    {
        auto db = store::Database::open(foreign.dbPath(), 0);
        store::execute(db->connection(),
                       QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY)"));
    }
    store::Database::open(older.dbPath(), 3).reset();
    const std::pair<QString, QString> cases[] = {
        {foreign.dbPath(), QStringLiteral("holds tables of another program")},
        {older.dbPath(), QStringLiteral("already holds a MesoPlan database (schema 3)")}};
    for (const auto &[uri, said] : cases) {
        const auto r = migrateInto(uri);
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 3);
        CHECK(r.errLines().value(0).contains(said));
    }
    CHECK(countOf(older.dbPath(), QStringLiteral("patients")) ==
          0); // opened by the check, upgraded, still empty
    // The file records no copy that did not happen.
    const auto trail =
        single.runAs(QStringLiteral("admin"), {QStringLiteral("audit"), QStringLiteral("list")});
    REQUIRE(trail.exitCode == 0);
    CHECK_FALSE(trail.out.contains("database.migrate"));
}

TEST_CASE("Workstations starting a new clinic at once set it up once", "[server][e2e][cli]")
{
    test::TempDir tmp;
    const QString uri = tmp.dbPath();
    std::vector<std::unique_ptr<QProcess>> starts;
    for (int i = 0; i < 4; ++i) {
        auto p = std::make_unique<QProcess>();
        p->setProcessEnvironment(test::cliEnvironment(tmp.path(QStringLiteral("home"))));
        p->start(QStringLiteral(MESOPLAN_CLI),
                 {QStringLiteral("--db"), uri, QStringLiteral("catalog"), QStringLiteral("show")});
        starts.push_back(std::move(p));
    }
    for (auto &p : starts) {
        REQUIRE(p->waitForFinished(60000));
        INFO(p->readAllStandardError().toStdString());
        CHECK(p->exitCode() == 0);
    }
    // One schema, one catalog import (one audit row), one row per schema step.
    CHECK(countOf(uri, QStringLiteral("schema_version")) == store::Database::latestSchemaVersion());
    CHECK(countOf(uri, QStringLiteral("audit_log")) == 1);
    CHECK(countOf(uri, QStringLiteral("catalog_meta")) == 1);
}

TEST_CASE("Server addresses that are not ones are bad input, and passwords never show",
          "[server][e2e][cli]")
{
    test::TempDir tmp;
    const QString home = tmp.path(QStringLiteral("home"));
    const auto show = [&](const QString &db) {
        return test::runCli(
            {QStringLiteral("--db"), db, QStringLiteral("catalog"), QStringLiteral("show")}, home);
    };
    for (const char *bad : {"postgresql://", "postgresql://host:99999/db", "postgresql://host/",
                            "postgresql://host/db?bad-key=1"}) {
        const auto r = show(QLatin1String(bad));
        INFO(bad << ": " << r.err.toStdString());
        CHECK(r.exitCode == 2);
        CHECK(r.errLines().value(0).startsWith(
            QStringLiteral("The database server address is not valid")));
    }
    // A wrong password in the address: refused by the server, and not repeated in the message.
    QUrl withPassword(tmp.dbPath());
    withPassword.setPassword(QStringLiteral("wrong-secret-42"));
    const auto refused = show(withPassword.toString());
    CHECK(refused.exitCode == 1);
    CHECK(refused.errLines().value(0).contains(QStringLiteral("refused the password")));
    CHECK_FALSE(refused.err.contains("wrong-secret-42"));
    // Nobody listens there: said in a few seconds, not after TCP's minutes.
    const auto closed =
        show(QStringLiteral("postgresql://nobody@127.0.0.1:9/mesoplan?connect_timeout=3"));
    CHECK(closed.exitCode == 1);
    CHECK(closed.errLines().value(0).startsWith(QStringLiteral(
        "Cannot reach the database server postgresql://nobody@127.0.0.1:9/mesoplan")));
}

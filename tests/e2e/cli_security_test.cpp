// Issue 6 as a checker would try it, through the real mesoplan-cli and the sqlite3 shell: each
// role against clinical data, the password column, the audit trail edited behind the app's back,
// and a backup restored and compared.

#include "cliclinic.h"
#include "clinic/csvreader.h"
#include "smtpserver.h"

#include <QFile>
#include <QProcess>

#include <algorithm>
#include <set>

using namespace meso;
using test::CliClinic;
using test::json;

namespace {

// Runs SQL with the sqlite3 shell (another tool than MesoPlan); returns its exit code.
int sqliteShell(const QString &db, const QString &sql, QByteArray *out = nullptr)
{
    QProcess p;
    p.start(QStringLiteral("sqlite3"), {db, sql});
    p.waitForFinished(30000);
    if (out)
        *out = p.readAllStandardOutput();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

QStringList args(std::initializer_list<const char *> words)
{
    QStringList out;
    for (const char *w : words)
        out << QString::fromUtf8(w);
    return out;
}

} // namespace

TEST_CASE("Front desk and practitioner accounts are refused what their role may not do (CLI)",
          "[e2e][cli][security]")
{
    CliClinic c;
    const qint64 plan = c.approvedPlan(QStringLiteral("Clinical"));
    const QString planId = QString::number(plan);

    // Not signed in, or a wrong password: exit 3 with one line, nothing written.
    test::CliResult anonymous = test::runCli(
        {QStringLiteral("--db"), c.tmp.dbPath(), QStringLiteral("plan"), QStringLiteral("waiting")},
        c.home);
    CHECK(anonymous.exitCode == 3);
    CHECK(anonymous.errLines().size() == 1);
    CHECK(anonymous.errLines().value(0).startsWith(QStringLiteral("not signed in")));
    auto wrong = test::runCli(
        {QStringLiteral("--db"), c.tmp.dbPath(), QStringLiteral("plan"), QStringLiteral("waiting")},
        c.home, {},
        {{QStringLiteral("MESOPLAN_USER"), QStringLiteral("desk")},
         {QStringLiteral("MESOPLAN_PASSWORD"), QStringLiteral("guess")}});
    CHECK(wrong.exitCode == 3);
    CHECK(wrong.errLines() == QStringList{QStringLiteral("Unknown user name or wrong password.")});

    // The front desk: the bookable summary yes, clinical data no.
    c.as = QStringLiteral("desk");
    const json waiting = c.ok({QStringLiteral("plan"), QStringLiteral("waiting")});
    REQUIRE(waiting.size() == 1);
    CHECK(waiting[0]["plan"] == plan);
    CHECK_FALSE(waiting[0].contains("cocktail"));
    for (const QStringList &refused :
         {args({"plan", "approve", "--consultation", "1"}),
          args({"patient", "export", "--patient", "1"}), args({"audit", "verify"}),
          args({"audit", "list"}), args({"user", "list"}), args({"backup"}),
          args({"clinic", "closure", "--date", "2030-01-02", "--reason", "x"}),
          args({"patient", "anonymise", "--patient", "1", "--reason", "asked"})}) {
        INFO("desk: " << refused.join(QLatin1Char(' ')).toStdString());
        const auto r = c.run(refused);
        CHECK(r.exitCode == 3);
        CHECK(r.errLines().size() == 1);
    }
    // The practitioner: clinical work yes, the administrator's work no.
    c.as = QStringLiteral("doc");
    for (const QStringList &refused :
         {args({"patient", "export", "--patient", "1"}), args({"audit", "verify"}),
          args({"user", "add", "--username", "eve", "--name", "Eve", "--role", "admin"}),
          args({"backup"}), args({"clinic", "room", "add", "--name", "Room 9"})}) {
        INFO("doc: " << refused.join(QLatin1Char(' ')).toStdString());
        CHECK(c.run(refused).exitCode == 3);
    }
    // The administrator: privacy and audit yes, clinical work no.
    c.as = QStringLiteral("admin");
    CHECK(c.run({QStringLiteral("plan"), QStringLiteral("approve"),
                 QStringLiteral("--consultation"), QStringLiteral("1")})
              .exitCode == 3);
    const json exported = c.ok({QStringLiteral("patient"), QStringLiteral("export"),
                                QStringLiteral("--patient"), QStringLiteral("1")});
    CHECK(exported["patient"]["family_name"] == "Clinical");
    CHECK(exported["consultations"].size() == 1);
    CHECK(exported["plans"][0]["id"] == plan);
    const auto early =
        c.run({QStringLiteral("patient"), QStringLiteral("anonymise"), QStringLiteral("--patient"),
               QStringLiteral("1"), QStringLiteral("--reason"), QStringLiteral("asked")});
    CHECK(early.exitCode == 3);
    CHECK(early.err.contains("retention period"));
    // The refusals left no audit row (only the sign-ins before them); reads and changes did.
    const json verified = c.ok({QStringLiteral("audit"), QStringLiteral("verify")});
    CHECK(verified["ok"] == true);
    const json desk = c.ok({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--by"),
                            QStringLiteral("desk")});
    for (const auto &row : desk)
        CHECK(row["user"] == "desk");
    CHECK(desk.back()["action"] ==
          "user.sign_in"); // the last command desk ran signed in, then was refused
    const json trail = c.ok({QStringLiteral("audit"), QStringLiteral("list"),
                             QStringLiteral("--patient"), QStringLiteral("1")});
    std::set<std::string> actions;
    for (const auto &row : trail)
        actions.insert(row["action"].get<std::string>());
    for (const char *a : {"patient.create", "consultation.sign", "plan.approve", "patient.export"})
        CHECK(actions.count(a) == 1);
    // Signing and approving are one action each, with one row: the draft they store is part of it.
    for (const char *a : {"consultation.save", "plan.save"})
        CHECK(actions.count(a) == 0);
    const auto csv =
        c.run({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--csv")});
    REQUIRE(csv.exitCode == 0);
    CHECK(csv.out.startsWith("seq,at,user_id,username,action,patient_id,entity,summary,hash\r\n"));
}

TEST_CASE("Passwords are stored as Argon2id hashes only (CLI)", "[e2e][cli][security]")
{
    CliClinic c;
    QByteArray hashes;
    REQUIRE(sqliteShell(c.tmp.dbPath(),
                        QStringLiteral("SELECT username || ' ' || password_hash FROM users "
                                       "WHERE built_in = 0 ORDER BY id"),
                        &hashes) == 0);
    const QStringList lines =
        QString::fromUtf8(hashes).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    for (const QString &line : lines) {
        INFO(line.toStdString());
        const QString user = line.section(QLatin1Char(' '), 0, 0);
        CHECK(line.section(QLatin1Char(' '), 1)
                  .startsWith(QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$")));
        CHECK_FALSE(line.contains(CliClinic::passwordOf(user)));
    }
    // Built-in accounts have none.
    REQUIRE(sqliteShell(c.tmp.dbPath(),
                        QStringLiteral("SELECT count(*) FROM users WHERE built_in = 1 AND "
                                       "password_hash IS NOT NULL"),
                        &hashes) == 0);
    CHECK(hashes.trimmed() == "0");
    // A new administrator needs the old one once set up.
    auto second = test::runCli(
        {QStringLiteral("--db"), c.tmp.dbPath(), QStringLiteral("user"), QStringLiteral("add"),
         QStringLiteral("--username"), QStringLiteral("mallory"), QStringLiteral("--name"),
         QStringLiteral("M"), QStringLiteral("--role"), QStringLiteral("admin")},
        c.home, {}, {{QStringLiteral("MESOPLAN_NEW_PASSWORD"), QStringLiteral("mallory-pass")}});
    CHECK(second.exitCode == 3);
}

TEST_CASE("The audit trail edited behind the app's back is noticed by audit verify",
          "[e2e][cli][security]")
{
    CliClinic c;
    c.approvedPlan(QStringLiteral("Traced"));
    c.as = QStringLiteral("admin");
    REQUIRE(c.ok({QStringLiteral("audit"), QStringLiteral("verify")})["ok"] == true);
    // The app's triggers stop a plain UPDATE or DELETE even from the shell.
    CHECK(sqliteShell(c.tmp.dbPath(),
                      QStringLiteral("UPDATE audit_log SET summary = 'x' WHERE seq = 5")) != 0);
    CHECK(sqliteShell(c.tmp.dbPath(), QStringLiteral("DELETE FROM audit_log WHERE seq = 5")) != 0);
    REQUIRE(c.ok({QStringLiteral("audit"), QStringLiteral("verify")})["ok"] == true);

    SECTION("a row changed")
    {
        REQUIRE(sqliteShell(
                    c.tmp.dbPath(),
                    QStringLiteral("DROP TRIGGER audit_log_no_update; "
                                   "UPDATE audit_log SET action = 'patient.read' WHERE seq = 6")) ==
                0);
        const auto r = c.run({QStringLiteral("audit"), QStringLiteral("verify")});
        CHECK(r.exitCode == 1);
        const json out = json::parse(r.out.toStdString());
        CHECK(out["ok"] == false);
        CHECK(out["problems"][0].get<std::string>().rfind("row 6 was changed", 0) == 0);
        CHECK(r.errLines().size() == 1);
    }
    SECTION("a row removed")
    {
        REQUIRE(sqliteShell(c.tmp.dbPath(),
                            QStringLiteral("DROP TRIGGER audit_log_no_delete; "
                                           "DELETE FROM audit_log WHERE seq = 7")) == 0);
        const auto r = c.run({QStringLiteral("audit"), QStringLiteral("verify")});
        CHECK(r.exitCode == 1);
        CHECK(r.out.contains("row 8 follows row 6: 1 row(s) removed"));
    }
    SECTION("the newest rows removed")
    {
        REQUIRE(
            sqliteShell(c.tmp.dbPath(),
                        QStringLiteral("DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log "
                                       "WHERE seq > (SELECT max(seq) - 3 FROM audit_log)")) == 0);
        // verify signs in first, which appends a row: the chain goes on from the recorded head,
        // so the removed rows are a gap before it rather than healed over.
        const auto r = c.run({QStringLiteral("audit"), QStringLiteral("verify")});
        CHECK(r.exitCode == 1);
        CHECK(r.out.contains(": 3 row(s) removed"));
    }
}

TEST_CASE("A backup is restored and compared (CLI)", "[e2e][cli][security][backup]")
{
    CliClinic c;
    c.approvedPlan(QStringLiteral("Before"));
    c.as = QStringLiteral("admin");
    const QString file = c.tmp.path(QStringLiteral("saved.sqlite"));
    const json made = c.ok({QStringLiteral("backup"), QStringLiteral("--to"), file});
    CHECK(made["bytes"].get<qint64>() > 0);
    CHECK(c.run({QStringLiteral("backup"), QStringLiteral("--to"), file}).exitCode ==
          2);                                // never overwritten
    c.approvedPlan(QStringLiteral("After")); // a change the backup does not hold
    const QString dump =
        QStringLiteral("SELECT id, family_name, birth_date FROM patients ORDER BY id; "
                       "SELECT id, status, protocol_id, sessions FROM plans ORDER BY id; "
                       "SELECT seq, hash FROM audit_log ORDER BY seq");
    QByteArray inBackup, liveBefore, restored;
    REQUIRE(sqliteShell(file, dump, &inBackup) == 0);
    REQUIRE(sqliteShell(c.tmp.dbPath(), dump, &liveBefore) == 0);
    CHECK(liveBefore.contains("After"));
    CHECK_FALSE(inBackup.contains("After"));

    // A damaged file is refused before anything changes.
    QFile junk(c.tmp.path(QStringLiteral("junk.sqlite")));
    REQUIRE(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(8192, 'x'));
    junk.close();
    const auto refused =
        c.run({QStringLiteral("restore"), QStringLiteral("--from"), junk.fileName()});
    CHECK(refused.exitCode == 2);
    CHECK(refused.errLines().value(0).startsWith(QStringLiteral("restore.backup: ")));

    const json r = c.ok({QStringLiteral("restore"), QStringLiteral("--from"), file});
    CHECK(r["schema_version"].get<int>() >= 5);
    const QString previous = QString::fromStdString(r["previous"].get<std::string>());
    REQUIRE(QFile::exists(previous));
    REQUIRE(sqliteShell(c.tmp.dbPath(), dump, &restored) == 0);
    // Everything the backup held, then the restore's own audit row.
    CHECK(restored.startsWith(inBackup));
    QByteArray kept;
    REQUIRE(sqliteShell(previous, dump, &kept) == 0);
    CHECK(kept.startsWith(liveBefore)); // the replaced database, whole (and the restorer's sign-in)
    const json verified = c.ok({QStringLiteral("audit"), QStringLiteral("verify")});
    CHECK(verified["ok"] == true);
    const json rows = c.ok({QStringLiteral("audit"), QStringLiteral("list")});
    const auto restoreRow = std::find_if(rows.begin(), rows.end(), [](const json &row) {
        return row["action"] == "backup.restore";
    });
    REQUIRE(restoreRow != rows.end());
    CHECK((*restoreRow)["user"] == "system");
    CHECK((*restoreRow)["summary"].get<std::string>().find("saved.sqlite by admin") !=
          std::string::npos);
}

TEST_CASE("patient import: the report on stdout, bad lines refused with one line, nothing half "
          "imported",
          "[e2e][cli][import]")
{
    CliClinic c;
    c.as = QStringLiteral("admin");
    const QStringList import = {QStringLiteral("patient"), QStringLiteral("import"),
                                QStringLiteral("--csv"), QStringLiteral("-")};
    const QByteArray bad = QStringLiteral("Nom;Prénom;Date de naissance\n"
                                          "Martin;Léa;02/02/2002\n"
                                          "Petit;Paul;31/02/1980\n"
                                          "Roux;;01/01/1960\n")
                               .toUtf8();
    const auto refused = c.run(import, bad);
    CHECK(refused.exitCode == 2);
    REQUIRE(refused.errLines().size() == 1);
    CHECK(refused.errLines().front().startsWith(
        QStringLiteral("csv line 3: patient.birth_date: expected DD/MM/YYYY or YYYY-MM-DD")));
    CHECK(refused.errLines().front().contains(QStringLiteral("nothing was imported")));
    const json report = json::parse(refused.out.toStdString());
    CHECK(report["written"] == false);
    CHECK(report["problems"].size() == 2);
    CHECK(report["problems"][1]["line"] == 4);
    CHECK(report["problems"][1]["field"] == "patient.given_names");
    CHECK(c.ok({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--limit"),
                QStringLiteral("1000")})
              .dump()
              .find("patient.import") == std::string::npos);

    // The front desk may not import (exit 3), a practitioner neither.
    CHECK(c.runAs(QStringLiteral("desk"), import, bad).exitCode == 3);

    // Skipping the bad lines imports the rest, with the report; a dry run first writes nothing.
    QStringList dryRun = import;
    dryRun << QStringLiteral("--dry-run") << QStringLiteral("--skip-bad");
    CHECK(c.ok(dryRun, bad)["written"] == false);
    QStringList skip = import;
    skip << QStringLiteral("--skip-bad");
    const json done = c.ok(skip, bad);
    CHECK(done["written"] == true);
    CHECK(done["imported"] == 1);
    CHECK(done["separator"] == ";");
    CHECK(done["columns"]["Prénom"] == "given_names");
    // The same file again: Léa Martin is now a duplicate, reported and not imported twice.
    const json again = c.ok(skip, bad);
    CHECK(again["imported"] == 0);
    REQUIRE(again["duplicates"].size() == 1);
    CHECK(again["duplicates"][0]["existing_patient"] == done["patients"][0]);

    // Columns named otherwise, with --map.
    QStringList mapped = import;
    mapped << QStringLiteral("--map") << QStringLiteral("Surname=family_name,Forename=given_names")
           << QStringLiteral("--map") << QStringLiteral("Born=birth_date");
    CHECK(c.ok(mapped, QByteArray("Surname,Forename,Born\nBlanc,Eve,1971-07-14\n"))["imported"] ==
          1);
    mapped << QStringLiteral("--map") << QStringLiteral("Born");
    const auto badMap = c.run(mapped, QByteArray("Surname,Forename,Born\n"));
    CHECK(badMap.exitCode == 2);
    CHECK(badMap.errLines().value(0).startsWith(QStringLiteral("--map: expected COLUMN=FIELD")));
}

TEST_CASE("report activity: a generated clinic's appointments per week, as JSON, for the front "
          "desk too",
          "[e2e][cli][report]")
{
    CliClinic c;
    c.as = QStringLiteral("admin");
    const json made =
        c.ok({QStringLiteral("demo"), QStringLiteral("generate"), QStringLiteral("--patients"),
              QStringLiteral("60"), QStringLiteral("--years"), QStringLiteral("1"),
              QStringLiteral("--until"), QStringLiteral("2026-12-01")});
    c.as = QStringLiteral("desk");
    const QStringList report = {QStringLiteral("report"), QStringLiteral("activity"),
                                QStringLiteral("--from"), QStringLiteral("2025-01-01"),
                                QStringLiteral("--to"),   QStringLiteral("2027-12-31")};
    const json out = c.ok(report);
    CHECK(out["from"] == "2025-01-01");
    CHECK(out["total"]["appointments"] == made["appointments"]);
    CHECK(out["total"]["cancelled"] == made["cancelled"]);
    CHECK(out["total"]["no_shows"] == made["no_shows"]);
    int sum = 0;
    for (const auto &w : out["weeks"])
        sum += w["appointments"].get<int>();
    CHECK(sum == made["appointments"].get<int>());
    CHECK(out["weeks"][0]["practitioner"]["name"].get<std::string>().rfind("Dr ", 0) == 0);
    // Occupancy: the practitioners' booked minutes add up to the period's.
    qint64 booked = 0;
    for (const auto &o : out["occupancy"]["practitioners"]) {
        CHECK(o["available_minutes"].get<qint64>() >= 0);
        booked += o["booked_minutes"].get<qint64>();
    }
    CHECK(booked == out["total"]["booked_minutes"].get<qint64>());
    CHECK(booked > 0);
    CHECK_FALSE(out["occupancy"]["rooms"].empty());

    QStringList backwards = report;
    backwards[3] = QStringLiteral("2027-12-31");
    backwards[5] = QStringLiteral("2025-01-01");
    const auto bad = c.run(backwards);
    CHECK(bad.exitCode == 2);
    CHECK(bad.errLines().value(0).startsWith(
        QStringLiteral("report.to: expected a date on or after 2027-12-31")));
    QStringList notADate = report;
    notADate[3] = QStringLiteral("01/01/2025");
    CHECK(c.run(notADate).errLines().value(0) ==
          QStringLiteral("--from: expected YYYY-MM-DD, got \"01/01/2025\""));
}

TEST_CASE("report courses and quotes: by protocol and month for the administrator, refused to the "
          "front desk",
          "[e2e][cli][report]")
{
    CliClinic c;
    c.as = QStringLiteral("admin");
    const json made =
        c.ok({QStringLiteral("demo"), QStringLiteral("generate"), QStringLiteral("--patients"),
              QStringLiteral("80"), QStringLiteral("--years"), QStringLiteral("1"),
              QStringLiteral("--until"), QStringLiteral("2026-12-01")});
    const QStringList period = {QStringLiteral("--from"), QStringLiteral("2025-01-01"),
                                QStringLiteral("--to"), QStringLiteral("2027-12-31")};

    const json courses = c.ok(QStringList{QStringLiteral("report"), QStringLiteral("courses")} +
                              period + QStringList{QStringLiteral("--lang"), QStringLiteral("fr")});
    int sessions = 0, events = 0;
    for (const auto &p : courses["protocols"]) {
        CHECK_FALSE(p["protocol"]["name"].get<std::string>().empty());
        sessions += p["sessions"].get<int>();
        events += p["adverse_events"].get<int>();
    }
    // Every session record and adverse event the generator wrote falls in the period.
    CHECK(sessions == made["sessions"].get<int>() - made["not_performed"].get<int>());
    CHECK(events == made["adverse_events"].get<int>());
    CHECK(courses["total"]["sessions"] == sessions);
    CHECK(courses["total"]["started"].get<int>() > 0);

    const json quotes =
        c.ok(QStringList{QStringLiteral("report"), QStringLiteral("quotes")} + period);
    CHECK(quotes["currency"] == "EUR");
    CHECK(quotes["months"].size() == 36);
    CHECK(quotes["months"][0]["month"] == "2025-01");
    CHECK(quotes["total"]["quotes"] == made["approved_plans"]);
    CHECK(quotes["total"]["value_cents"].get<qint64>() > 0);

    c.as = QStringLiteral("desk");
    for (const char *what : {"courses", "quotes"}) {
        const auto refused =
            c.run(QStringList{QStringLiteral("report"), QString::fromLatin1(what)} + period);
        CHECK(refused.exitCode == 3);
        CHECK(refused.errLines().value(0).contains(
            QStringLiteral("courses, adverse events and quotes")));
    }
    const auto unknown =
        c.run(QStringList{QStringLiteral("report"), QStringLiteral("money")} + period);
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.errLines().value(0).contains(QStringLiteral("activity|courses|quotes")));
}

TEST_CASE("recall list and mark: the courses due on a generated clinic, marked by the front desk",
          "[e2e][cli][recall]")
{
    CliClinic c;
    c.as = QStringLiteral("admin");
    c.ok({QStringLiteral("demo"), QStringLiteral("generate"), QStringLiteral("--patients"),
          QStringLiteral("120"), QStringLiteral("--years"), QStringLiteral("2"),
          QStringLiteral("--until"), QDate::currentDate().toString(Qt::ISODate)});
    c.as = QStringLiteral("desk");
    const QStringList list = {QStringLiteral("recall"), QStringLiteral("list"),
                              QStringLiteral("--due-before"),
                              QDate::currentDate().toString(Qt::ISODate)};
    const json due = c.ok(list);
    REQUIRE(due["recalls"].size() > 0);
    bool maintenance = false, abandoned = false;
    for (const auto &r : due["recalls"]) {
        CHECK(r["due"].get<std::string>() <= due["due_before"].get<std::string>());
        CHECK_FALSE(r["patient"]["family_name"].get<std::string>().empty());
        maintenance = maintenance || r["kind"] == "maintenance";
        abandoned = abandoned || r["kind"] == "abandoned";
        CHECK(r["mark"].is_null());
    }
    CHECK(maintenance);
    CHECK(abandoned);

    const json first = due["recalls"][0];
    const QString consultation = QString::number(first["consultation"].get<qint64>());
    const QStringList mark = {
        QStringLiteral("recall"),         QStringLiteral("mark"),
        QStringLiteral("--consultation"), consultation,
        QStringLiteral("--status"),       QStringLiteral("contacted"),
        QStringLiteral("--date"),         QDate::currentDate().toString(Qt::ISODate),
        QStringLiteral("--note"),         QStringLiteral("messagerie")};
    CHECK(c.ok(mark)["status"] == "contacted");
    const json after = c.ok(list);
    bool found = false;
    for (const auto &r : after["recalls"]) {
        if (r["consultation"] == first["consultation"]) {
            found = true;
            CHECK(r["mark"]["status"] == "contacted");
            CHECK(r["mark"]["note"] == "messagerie");
        }
    }
    CHECK(found);

    QStringList badStatus = mark;
    badStatus[5] = QStringLiteral("called");
    const auto bad = c.run(badStatus);
    CHECK(bad.exitCode == 2);
    CHECK(bad.errLines().value(0).startsWith(QStringLiteral("recall.status: ")));
    c.as = QStringLiteral("admin");
    CHECK(c.run(mark).exitCode == 3); // administrators read recalls, they do not call patients
}

TEST_CASE("reminder list: a day's reminders on a generated clinic, as JSON and as CSV, for the "
          "front desk",
          "[e2e][cli][reminder]")
{
    CliClinic c;
    c.as = QStringLiteral("admin");
    c.ok({QStringLiteral("demo"), QStringLiteral("generate"), QStringLiteral("--patients"),
          QStringLiteral("120"), QStringLiteral("--years"), QStringLiteral("1"),
          QStringLiteral("--until"), QDate::currentDate().toString(Qt::ISODate)});
    c.as = QStringLiteral("desk");
    // The first of the coming days with reminders to send (courses running have sessions ahead).
    json day;
    QStringList list;
    for (int ahead = 1; ahead <= 30 && day.is_null(); ++ahead) {
        list = {QStringLiteral("reminder"), QStringLiteral("list"), QStringLiteral("--date"),
                QDate::currentDate().addDays(ahead).toString(Qt::ISODate)};
        const json out = c.ok(list);
        if (!out["reminders"].empty())
            day = out;
    }
    REQUIRE_FALSE(day.is_null());
    for (const auto &r : day["reminders"]) {
        CHECK(r["starts_at"].get<std::string>().rfind(day["date"].get<std::string>(), 0) == 0);
        const std::string message = r["message"];
        CHECK(message.rfind(r["language"] == "fr" ? "Bonjour " : "Hello ", 0) == 0);
        CHECK_FALSE(r["instructions"].empty());
        CHECK(message.find(r["instructions"][0].get<std::string>()) != std::string::npos);
        CHECK_FALSE(r["patient"]["phone"].get<std::string>().empty());
    }
    const auto csv = c.run(list + QStringList{QStringLiteral("--csv")});
    REQUIRE(csv.exitCode == 0);
    const auto records = clinic::readCsv(QString::fromUtf8(csv.out), QLatin1Char(','));
    CHECK(records.size() == day["reminders"].size() + 1);
    CHECK(records[0].fields.value(0) == QLatin1String("date"));

    QStringList badDate = list;
    badDate[3] = QStringLiteral("31/12/2026");
    const auto bad = c.run(badDate);
    CHECK(bad.exitCode == 2);
    CHECK(bad.errLines().value(0) ==
          QStringLiteral("--date: expected YYYY-MM-DD, got \"31/12/2026\""));
    c.as = QStringLiteral("admin");
    CHECK(c.run(list).exitCode == 3); // administrators do not write to patients
}

TEST_CASE("reminder email: the day's e-mails through a real SMTP server, the password from the "
          "environment, the mail server set by the administrator only",
          "[e2e][cli][reminder][smtp]")
{
    CliClinic c;
    const test::Certificate certificate(c.tmp.path(QStringLiteral(".")));
    REQUIRE(certificate.error.isEmpty());
    test::SmtpServer server(c.tmp.path(QStringLiteral("mail")), &certificate);
    REQUIRE(server.error.isEmpty());
    c.as = QStringLiteral("admin");
    c.ok({QStringLiteral("demo"), QStringLiteral("generate"), QStringLiteral("--patients"),
          QStringLiteral("150"), QStringLiteral("--years"), QStringLiteral("1"),
          QStringLiteral("--until"), QDate::currentDate().toString(Qt::ISODate)});
    const QStringList mail = {
        QStringLiteral("clinic"),    QStringLiteral("mail"),
        QStringLiteral("--host"),    QStringLiteral("localhost"),
        QStringLiteral("--port"),    QString::number(server.port),
        QStringLiteral("--login"),   QStringLiteral("clinic"),
        QStringLiteral("--from"),    QStringLiteral("rappels@clinique.example"),
        QStringLiteral("--ca-file"), certificate.cert};
    const json set = c.ok(mail);
    CHECK(set["security"] == "starttls");
    CHECK(set["login"] == "clinic");
    c.as = QStringLiteral("desk");
    CHECK(c.run(mail).exitCode == 3); // the front desk does not change the clinic's settings

    // The first coming day with e-mails to send.
    json listed;
    QString day;
    for (int ahead = 1; ahead <= 30 && listed.is_null(); ++ahead) {
        day = QDate::currentDate().addDays(ahead).toString(Qt::ISODate);
        const json out = c.ok(
            {QStringLiteral("reminder"), QStringLiteral("list"), QStringLiteral("--date"), day});
        for (const auto &r : out["reminders"])
            if (!r["patient"]["email"].get<std::string>().empty())
                listed = out;
    }
    REQUIRE_FALSE(listed.is_null());
    int withEmail = 0;
    for (const auto &r : listed["reminders"])
        withEmail += r["patient"]["email"].get<std::string>().empty() ? 0 : 1;

    const QStringList send = {QStringLiteral("reminder"), QStringLiteral("email"),
                              QStringLiteral("--date"), day};
    // No password anywhere (no terminal, no keyring here): refused before anything is sent.
    const auto noPassword = c.run(send);
    CHECK(noPassword.exitCode == 3);
    CHECK(noPassword.errLines().value(0).contains(QStringLiteral("no password for clinic")));
    CHECK(server.messages().empty());

    c.extraEnv = {{QStringLiteral("MESOPLAN_SMTP_PASSWORD"), QStringLiteral("guess")}};
    const auto refused = c.run(send);
    CHECK(refused.exitCode == 1);
    const json report = json::parse(refused.out.toStdString());
    CHECK(report["sent"] == 0);
    // Stopped at the first refusal: a server locks an account after repeated refused sign-ins.
    REQUIRE(report["failed"].size() == 1);
    CHECK(report["not_attempted"] == withEmail - 1);
    CHECK(report["failed"][0]["error"].get<std::string>().rfind(
              "the mail server refused the user name or password", 0) == 0);

    c.extraEnv = {{QStringLiteral("MESOPLAN_SMTP_PASSWORD"), QStringLiteral("secret")}};
    const json sent = c.ok(send);
    CHECK(sent["sent"] == withEmail);
    CHECK(sent["failed"].empty());
    CHECK(sent["without_email"] == int(listed["reminders"].size()) - withEmail);
    const auto received = server.messages();
    REQUIRE(received.size() == size_t(withEmail));
    // Run again (a retry): nobody twice.
    const json again = c.ok(send);
    CHECK(again["sent"] == 0);
    CHECK(again["already_sent"] == withEmail);
    CHECK(server.messages().size() == size_t(withEmail));
    for (const auto &m : received) {
        CHECK(m["attachments"].size() == 1);
        CHECK(m["from"].get<std::string>().find("rappels@clinique.example") != std::string::npos);
    }
}

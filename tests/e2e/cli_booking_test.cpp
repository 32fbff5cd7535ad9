// The front desk through the real mesoplan-cli binary: clinical records, series booked against a
// busy calendar, two processes racing for the same slots (never a double booking), a command
// that fails writes nothing, and iCalendar files read back by a real parser (python3-icalendar).

#include "cliclinic.h"

#include "clinic/clinicdatabase.h"
#include "clinic/services.h"

#include <QFile>

using namespace meso;
using test::CliClinic;
using test::json;

namespace {

// Runs the commands at the same time, as two front desks would.
std::vector<test::CliResult> concurrently(const CliClinic &c,
                                          const std::vector<QStringList> &commands)
{
    std::vector<std::unique_ptr<QProcess>> processes;
    for (QStringList args : commands) {
        args.prepend(c.db);
        args.prepend(QStringLiteral("--db"));
        auto p = std::make_unique<QProcess>();
        p->setProcessEnvironment(
            test::cliEnvironment(c.home, c.credentials(QStringLiteral("desk"))));
        p->start(QStringLiteral(MESOPLAN_CLI), args);
        processes.push_back(std::move(p));
    }
    std::vector<test::CliResult> results;
    for (auto &p : processes) {
        p->waitForFinished(60000);
        results.push_back({p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1,
                           p->readAllStandardOutput(), p->readAllStandardError()});
    }
    return results;
}

} // namespace

TEST_CASE("A series is booked through the CLI against a busy calendar, all or nothing",
          "[e2e][cli][booking]")
{
    CliClinic c;
    // A second practitioner and a room with the multi-needle device, by the administrator.
    c.as = QStringLiteral("admin");
    c.ok({QStringLiteral("clinic"), QStringLiteral("room"), QStringLiteral("add"),
          QStringLiteral("--name"), QStringLiteral("Room 2"), QStringLiteral("--equipment"),
          QStringLiteral("syringe,multi_needle")});
    const qint64 hugo =
        c.ok({QStringLiteral("clinic"), QStringLiteral("practitioner"), QStringLiteral("add"),
              QStringLiteral("--username"), QStringLiteral("hugo"), QStringLiteral("--name"),
              QStringLiteral("Dr Hugo Bernard")})["id"];
    c.as = QStringLiteral("desk"); // the front desk books
    // A busy calendar: twelve series booked before ours.
    for (int i = 0; i < 12; ++i)
        c.ok({QStringLiteral("book"), QStringLiteral("--plan"),
              QString::number(c.approvedPlan(QStringLiteral("Busy%1").arg(i)))});
    const qint64 plan = c.approvedPlan(QStringLiteral("Roux"), "cellulite", "thighs");
    CHECK(c.ok({QStringLiteral("plan"), QStringLiteral("waiting")}).size() == 1);
    const json booked = c.ok({QStringLiteral("book"), QStringLiteral("--plan"),
                              QString::number(plan), QStringLiteral("--practitioner"),
                              QString::number(hugo), QStringLiteral("--only-preferred"),
                              QStringLiteral("--weekdays"), QStringLiteral("1,3,5")});
    REQUIRE(booked["appointments"].size() >= 8); // the cellulite protocol's course
    for (const auto &a : booked["appointments"]) {
        CHECK(a["practitioner"] == hugo);
        CHECK(a["room"] == 2); // the only room with the multi-needle device
        const QDate day = QDate::fromString(
            QString::fromStdString(a["start"].get<std::string>()).left(10), Qt::ISODate);
        CHECK(QList<int>{1, 3, 5}.contains(day.dayOfWeek()));
    }
    CHECK(c.doubleBookings() == 0);
    CHECK(c.ok({QStringLiteral("plan"), QStringLiteral("waiting")}).empty());

    // Refused: the plan is booked already (exit 3, one line), nothing written.
    const auto again =
        c.run({QStringLiteral("book"), QStringLiteral("--plan"), QString::number(plan)});
    CHECK(again.exitCode == 3);
    CHECK(again.errLines().size() == 1);
    // Bad input: a consultation that cannot be signed leaves no draft behind (exit 2).
    const QStringList consult = {QStringLiteral("consultation"), QStringLiteral("add"),
                                 QStringLiteral("--patient"),    QStringLiteral("1"),
                                 QStringLiteral("--intake"),     QStringLiteral("-"),
                                 QStringLiteral("--sign")};
    const QByteArray empty =
        QStringLiteral(R"({"patient": {"birth_date": "1980-01-02"}, "date": "%1", "requests": []})")
            .arg(QDate::currentDate().toString(Qt::ISODate))
            .toUtf8();
    CHECK(c.run(consult, empty).exitCode == 3); // the front desk records no consultation
    const auto bad = c.runAs(QStringLiteral("doc"), consult, empty);
    CHECK(bad.exitCode == 2);
    CHECK(bad.errLines() ==
          QStringList{QStringLiteral("intake.requests: expected at least one request")});
    {
        auto db = store::Database::open(c.db);
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM consultations")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 12 + 1); // the busy calendar's and Roux's, not the refused one
    }

    // Move, cancel, no-show through the CLI; the spacing holds.
    const qint64 second = booked["appointments"][1]["id"];
    const json options =
        c.ok({QStringLiteral("appointment"), QStringLiteral("options"), QString::number(second)});
    REQUIRE_FALSE(options.empty());
    const json moved =
        c.ok({QStringLiteral("appointment"), QStringLiteral("move"), QString::number(second),
              QStringLiteral("--start"),
              QString::fromStdString(options.back()["start"].get<std::string>()),
              QStringLiteral("--practitioner"),
              QString::number(options.back()["practitioner"].get<qint64>()),
              QStringLiteral("--room"), QString::number(options.back()["room"].get<qint64>())});
    CHECK(moved["start"] == options.back()["start"]);
    const qint64 first = booked["appointments"][0]["id"];
    const auto tooClose = c.run({QStringLiteral("appointment"), QStringLiteral("move"),
                                 QString::number(first), QStringLiteral("--start"),
                                 QString::fromStdString(moved["start"].get<std::string>())});
    CHECK((tooClose.exitCode == 2 || tooClose.exitCode == 3));
    CHECK(c.run({QStringLiteral("appointment"), QStringLiteral("cancel"), QString::number(first)})
              .exitCode == 2);
    // A session in the future is neither a no-show nor checked in yet (refused: exit 3).
    const auto early =
        c.run({QStringLiteral("appointment"), QStringLiteral("no-show"), QString::number(first)});
    CHECK(early.exitCode == 3);
    CHECK(early.errLines() ==
          QStringList{
              QStringLiteral("appointment: a no-show is recorded once the appointment has begun")});
    const json cancelledOne =
        c.ok({QStringLiteral("appointment"), QStringLiteral("cancel"), QString::number(first),
              QStringLiteral("--reason"), QStringLiteral("Patient ill")});
    CHECK(cancelledOne["status"] == "cancelled");
    CHECK(cancelledOne["cancel_reason"] == "Patient ill");
    // Extra words and contradictory options are bad input, not silently ignored.
    CHECK(c.run({QStringLiteral("clinic"), QStringLiteral("show"), QStringLiteral("extra")})
              .exitCode == 2);
    CHECK(c.run({QStringLiteral("book"), QStringLiteral("--plan"), QString::number(plan),
                 QStringLiteral("--dry-run"), QStringLiteral("--sessions"), QStringLiteral("-")})
              .exitCode == 2);
    const auto unknown =
        c.run({QStringLiteral("book"), QStringLiteral("--plan"), QStringLiteral("999")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.errLines() == QStringList{QStringLiteral("plan: no plan with id 999")});
    CHECK(c.doubleBookings() == 0);
}

TEST_CASE("Two processes booking the same slots: exactly one wins, never a double booking",
          "[e2e][cli][booking][race]")
{
    CliClinic c;
    for (int round = 0; round < 4; ++round) {
        const qint64 a = c.approvedPlan(QStringLiteral("A%1").arg(round));
        const qint64 b = c.approvedPlan(QStringLiteral("B%1").arg(round));
        // Both front desks confirm the same proposal (the clinic has one practitioner, one room).
        const auto proposal = c.run({QStringLiteral("book"), QStringLiteral("--plan"),
                                     QString::number(a), QStringLiteral("--dry-run")});
        REQUIRE(proposal.exitCode == 0);
        QFile sessions(c.tmp.path(QStringLiteral("sessions-%1.json").arg(round)));
        REQUIRE(sessions.open(QIODevice::WriteOnly));
        sessions.write(proposal.out);
        sessions.close();
        const auto results =
            concurrently(c, {{QStringLiteral("book"), QStringLiteral("--plan"), QString::number(a),
                              QStringLiteral("--sessions"), sessions.fileName()},
                             {QStringLiteral("book"), QStringLiteral("--plan"), QString::number(b),
                              QStringLiteral("--sessions"), sessions.fileName()}});
        INFO(results[0].err.toStdString() << results[1].err.toStdString());
        CHECK(((results[0].exitCode == 0 && results[1].exitCode == 3) ||
               (results[0].exitCode == 3 && results[1].exitCode == 0)));
        const auto &loser = results[0].exitCode == 3 ? results[0] : results[1];
        CHECK(QString::fromUtf8(loser.err).startsWith(
            QStringLiteral("booking.sessions[0]: session 1: the")));
    }
    // Both asking for the best series at once: both booked, around each other.
    const qint64 x = c.approvedPlan(QStringLiteral("X")), y = c.approvedPlan(QStringLiteral("Y"));
    const auto both =
        concurrently(c, {{QStringLiteral("book"), QStringLiteral("--plan"), QString::number(x)},
                         {QStringLiteral("book"), QStringLiteral("--plan"), QString::number(y)}});
    CHECK(both[0].exitCode == 0);
    CHECK(both[1].exitCode == 0);
    CHECK(c.doubleBookings() == 0);
}

TEST_CASE("iCalendar files of a patient and a practitioner are read by a real parser",
          "[e2e][cli][ics]")
{
    CliClinic c;
    const qint64 plan = c.approvedPlan(QStringLiteral("Lefèvre, \"Zoé\"; ok"));
    const json booked =
        c.ok({QStringLiteral("book"), QStringLiteral("--plan"), QString::number(plan)});
    const qint64 patient = booked["appointments"][0]["patient"];
    const qint64 cancelled = booked["appointments"][2]["id"];
    c.ok({QStringLiteral("appointment"), QStringLiteral("cancel"), QString::number(cancelled),
          QStringLiteral("--reason"), QStringLiteral("Travelling")});
    const QString script =
        QStringLiteral("import sys, icalendar\n"
                       "cal = icalendar.Calendar.from_ical(sys.stdin.buffer.read())\n"
                       "for e in cal.walk('VEVENT'):\n"
                       "    print(e.decoded('DTSTART').strftime('%Y-%m-%dT%H:%M'), "
                       "e.get('STATUS'), e.get('UID'), e.get('SUMMARY'))\n");
    for (const QStringList &args :
         {QStringList{QStringLiteral("ics"), QStringLiteral("--patient"), QString::number(patient)},
          QStringList{QStringLiteral("ics"), QStringLiteral("--practitioner"),
                      QString::number(booked["appointments"][0]["practitioner"].get<qint64>()),
                      QStringLiteral("--from"), QDate::currentDate().toString(Qt::ISODate),
                      QStringLiteral("--to"),
                      QDate::currentDate().addYears(1).toString(Qt::ISODate)}}) {
        const auto ics = c.run(args);
        REQUIRE(ics.exitCode == 0);
        CHECK(ics.out.contains("\r\n"));
        for (const QByteArray &line : ics.out.split('\n'))
            CHECK(line.size() <= 76); // 75 octets and the CR
        QProcess python;
        python.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), script});
        REQUIRE(python.waitForStarted());
        python.write(ics.out);
        python.closeWriteChannel();
        REQUIRE(python.waitForFinished(30000));
        INFO(python.readAllStandardError().toStdString());
        REQUIRE(python.exitCode() == 0);
        const QStringList events = QString::fromUtf8(python.readAllStandardOutput())
                                       .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        REQUIRE(events.size() == static_cast<int>(booked["appointments"].size()));
        for (size_t i = 0; i < booked["appointments"].size(); ++i) {
            const auto &a = booked["appointments"][i];
            CHECK(events[static_cast<int>(i)].startsWith(
                QString::fromStdString(a["start"].get<std::string>())));
            CHECK(events[static_cast<int>(i)].contains(
                a["id"] == cancelled ? QStringLiteral("CANCELLED") : QStringLiteral("CONFIRMED")));
        }
        if (args.contains(QStringLiteral("--practitioner")))
            CHECK(events[0].contains(
                QStringLiteral("Test LEFÈVRE, \"ZOÉ\"; OK"))); // escaped, read back verbatim
    }
    // Identical input, identical output.
    CHECK(
        c.run({QStringLiteral("ics"), QStringLiteral("--patient"), QString::number(patient)}).out ==
        c.run({QStringLiteral("ics"), QStringLiteral("--patient"), QString::number(patient)}).out);
}

TEST_CASE(
    "The CLI's --lang fr writes the plan's trace and a booking refusal in French and English stays "
    "the default",
    "[e2e][cli][booking]")
{
    CliClinic c;
    const QByteArray intake = R"({"patient": {"birth_date": "1991-04-10"}, "date": "2026-12-01",
        "allergies": ["biotin"], "recent_treatments": [{"treatment": "ipl", "area": "face",
        "date": "2026-11-20"}], "requests": [{"indication": "skin_rejuvenation", "area": "face"},
        {"indication": "hair_loss", "area": "scalp"}]})";
    const auto traceOf = [&](const QStringList &lang) {
        const json out = c.ok(lang + QStringList{QStringLiteral("plan"), QStringLiteral("--intake"),
                                                 QStringLiteral("-")},
                              intake);
        QStringList lines;
        for (const auto &plan : out["plans"])
            for (const auto &line : plan["trace"])
                lines << QString::fromStdString(line.get<std::string>());
        return lines.join(QLatin1Char('\n')).toStdString();
    };
    const std::string english = traceOf({});
    // The contract's trace: ids, ISO dates, English phrases.
    CHECK_THAT(english, Catch::Contains("protocol mesolift (rank 1) serves skin_rejuvenation at "
                                        "face; alternatives: skinbooster"));
    CHECK_THAT(english, Catch::Contains("earliest start 2026-12-04"));
    CHECK_THAT(english, Catch::Contains("excluded biotin"));
    CHECK_THAT(english, Catch::Contains("status review: cocktail changed (ingredients excluded)"));
    const std::string french = traceOf({QStringLiteral("--lang"), QStringLiteral("fr")});
    INFO(french);
    // Names from the catalog, French dates and numbers, French phrases and punctuation.
    CHECK_THAT(french,
               Catch::Contains("le protocole Mésolift (mésothérapie superficielle) (rang 1) "
                               "traite Rajeunissement cutané – Visage ; alternatives : "));
    CHECK_THAT(french, Catch::Contains("début au plus tôt le 04/12/2026"));
    CHECK_THAT(french, Catch::Contains("exclusion de Biotine"));
    // The thousands separator of fr_FR is a narrow no-break space.
    CHECK_THAT(french, Catch::Contains("× 4 séances = 1\u202f000 EUR"));
    CHECK_THAT(french, Catch::Contains("statut à examiner : cocktail modifié"));
    for (const char *english : {"serves", "rank", "sessions", "interval:", "price", "excluded ",
                                "earliest", "status", "[rule", "2026-12-04"})
        CHECK_THAT(french, !Catch::Contains(english));

    // A hair-loss course of ten weekly then monthly sessions cannot fit in one day, even on a
    // day the clinic is open (a Monday to come: today may be a weekend).
    const QString plan = QString::number(c.approvedPlan(QStringLiteral("Dupont")));
    c.as = QStringLiteral("desk");
    QDate monday = QDate::currentDate().addDays(1);
    while (monday.dayOfWeek() != Qt::Monday)
        monday = monday.addDays(1);
    const auto refused = [&](const QStringList &lang) {
        const auto r =
            c.run(lang + QStringList{QStringLiteral("book"), QStringLiteral("--plan"), plan,
                                     QStringLiteral("--from"), monday.toString(Qt::ISODate),
                                     QStringLiteral("--horizon"), QStringLiteral("1")});
        CHECK(r.exitCode == 3);
        REQUIRE(r.errLines().size() == 1);
        return r.errLines().front().toStdString();
    };
    CHECK_THAT(refused({}), Catch::Contains("finds no free slot"));
    const std::string refusal = refused({QStringLiteral("--lang"), QStringLiteral("fr")});
    CHECK_THAT(refusal, Catch::Contains("ne trouve aucun créneau libre"));
    CHECK_THAT(refusal, !Catch::Contains("free slot"));
}

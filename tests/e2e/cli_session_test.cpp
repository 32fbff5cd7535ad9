// The treatment session record through the real mesoplan-cli binary: products and lots taken into
// stock, a session recorded against today's checked-in appointment (the lots go down, the
// appointment completes), the refusals with their exit codes and nothing written, an amendment,
// an adverse event that becomes a finding, a photo that comes back byte for byte, and the
// recall's lot trace as JSON and CSV.

#include "cliclinic.h"

#include <QCryptographicHash>
#include <QFile>
#include <QImage>

using namespace meso;
using test::CliClinic;
using test::json;

namespace {

QStringList words(const char *text)
{
    return QString::fromLatin1(text).split(QLatin1Char(' '));
}

QByteArray bytes(const json &j)
{
    return QByteArray::fromStdString(j.dump());
}

qint64 count(const CliClinic &c, const char *sql)
{
    auto database = store::Database::open(c.db);
    QSqlQuery q(database->connection());
    REQUIRE(q.exec(QLatin1String(sql)));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

// The plan's series booked by the front desk: the appointments' ids.
std::vector<qint64> bookSeries(CliClinic &c, qint64 plan)
{
    const auto r =
        c.runAs(QStringLiteral("desk"),
                {QStringLiteral("book"), QStringLiteral("--plan"), QString::number(plan)});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    std::vector<qint64> ids;
    const json booked = json::parse(r.out.toStdString());
    for (const json &a : booked["appointments"])
        ids.push_back(a["id"]);
    REQUIRE_FALSE(ids.empty());
    return ids;
}

// The appointment moved to today's `minute` and checked in by the front desk. Booking only offers
// slots to come, so the test puts it on today's first minutes itself.
qint64 checkedInToday(CliClinic &c, qint64 id, int minute = 1)
{
    {
        auto database = store::Database::open(c.db);
        QSqlQuery q(database->connection());
        const qint64 today = QDate(1970, 1, 1).daysTo(QDate::currentDate()) * 1440;
        REQUIRE(q.exec(QStringLiteral("UPDATE appointments SET starts_at = %1, ends_at = %2 "
                                      "WHERE id = %3")
                           .arg(today + minute)
                           .arg(today + minute + 1)
                           .arg(id)));
    }
    const auto r =
        c.runAs(QStringLiteral("desk"),
                {QStringLiteral("appointment"), QStringLiteral("check-in"), QString::number(id)});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return id;
}

// A practitioner's clinic with an approved face plan, its first appointment checked in today, and
// an HA product with a lot of 3 × 2 mL in stock.
struct SessionCli : CliClinic
{
    qint64 plan = 0, appointment = 0, product = 0, lot = 0;
    std::vector<qint64> series;

    explicit SessionCli(const char *extras = "")
    {
        plan = approvedPlan(QStringLiteral("Lot"), "skin_rejuvenation", "face", extras);
        series = bookSeries(*this, plan);
        appointment = checkedInToday(*this, series[0]);
        product = ok(
            words("product add --json -"),
            bytes({{"name", "HA booster"},
                   {"manufacturer", "Laboratoire Test"},
                   {"form", "vial"},
                   {"unit_ml", 2},
                   {"components",
                    {{{"ingredient", "hyaluronic_acid"}, {"concentration", "10 mg/mL"}}}}}))["id"];
        const json received = ok(
            words("stock receive --lot HA-001 --quantity 3 --supplier Grossiste")
            << QStringLiteral("--product") << QString::number(product) << QStringLiteral("--expiry")
            << QDate::currentDate().addYears(1).toString(Qt::ISODate));
        lot = received["id"];
        CHECK(received["remaining_ml"] == 6.0);
    }

    QStringList withAppointment(const char *command) const
    {
        return words(command) << QStringLiteral("--appointment") << QString::number(appointment);
    }
};

} // namespace

TEST_CASE("A session is recorded through the CLI: the lot goes down, the appointment completes",
          "[e2e][cli][session]")
{
    SessionCli c;
    // `session start` prints the plan's session as the input of `session record`.
    json draft = c.ok(c.withAppointment("session start"));
    CHECK(draft["technique"] == "papular");
    REQUIRE(draft["lines"].size() == 1);
    CHECK(draft["lines"][0]["lot"] == c.lot);
    draft["lines"] = {{{"area", "face"}, {"lot", "HA-001"}, {"volume_ml", 1.5}, {"points", 80}},
                      {{"area", "periorbital"}, {"lot", c.lot}, {"volume_ml", 0.25}}};
    draft["pain"] = 2;
    const json recorded =
        c.ok(c.withAppointment("session record --json -") << QStringLiteral("-"), bytes(draft));
    // (--json - reads the input from standard input; the last "-" above is that file name.)
    CHECK(recorded["performed"] == true);
    CHECK(recorded["lines"][0]["lot_number"] == "HA-001");
    CHECK(recorded["lines"][1]["volume_ml"] == 0.25);
    CHECK(recorded["deviations"].empty());
    const json stock = c.ok(words("stock list"));
    CHECK(stock["lots"][0]["remaining_ml"] == 4.25);
    const json appointments = c.ok({QStringLiteral("appointments"), QStringLiteral("--patient"),
                                    QString::number(recorded["patient"].get<qint64>())});
    CHECK(appointments[0]["status"] == "completed");
    const json shown =
        c.ok(words("session show --id") << QString::number(recorded["id"].get<qint64>()));
    CHECK(shown["lines"] == recorded["lines"]);
    CHECK(count(c, "SELECT count(*) FROM audit_log WHERE action = 'session.record'") == 1);

    // A second record for the same appointment is refused (exit 3), and `appointment complete`
    // is gone: the record completes the appointment.
    CHECK(c.run(c.withAppointment("session record --json -") << QStringLiteral("-"), bytes(draft))
              .exitCode == 3);
    const auto complete = c.run({QStringLiteral("appointment"), QStringLiteral("complete"),
                                 QString::number(c.appointment)});
    CHECK(complete.exitCode == 2);
    CHECK(complete.err.contains("session record"));
}

TEST_CASE("The CLI refuses an unusable lot, an excluded ingredient or an unexplained deviation, "
          "writing nothing",
          "[e2e][cli][session]")
{
    SessionCli c(R"(, "allergies": ["Lidocaine"])");
    const qint64 lidocaine = c.ok(words("product add --json -"),
                                  bytes({{"name", "Lidocaine 1%"},
                                         {"manufacturer", "Laboratoire Test"},
                                         {"form", "ampoule"},
                                         {"unit_ml", 5},
                                         {"components", {{{"ingredient", "lidocaine"}}}}}))["id"];
    c.ok(words("stock receive --lot LID-3 --quantity 2")
         << QStringLiteral("--product") << QString::number(lidocaine) << QStringLiteral("--expiry")
         << QDate::currentDate().addYears(1).toString(Qt::ISODate));
    const qint64 sessionsBefore = count(c, "SELECT count(*) FROM treatment_sessions");
    const auto refused = [&](const json &lines, int exitCode, const char *message) {
        const auto r = c.run(c.withAppointment("session record --json -") << QStringLiteral("-"),
                             bytes({{"technique", "papular"}, {"lines", lines}}));
        INFO(r.err.toStdString());
        CHECK(r.exitCode == exitCode);
        CHECK(r.err.contains(message));
        CHECK(r.out.isEmpty());
    };
    // Exhausted: 7 mL asked of a lot holding 6.
    refused({{{"area", "face"}, {"lot", c.lot}, {"volume_ml", 7}}}, 2,
            "session.lines[0].lot: lot HA-001 of HA booster has only");
    // A product holding an ingredient the patient's screening excludes (allergy to lidocaine).
    refused({{{"area", "face"}, {"lot", "LID-3"}, {"volume_ml", 0.5}}}, 2,
            "session.lines[0].lot: Lidocaine 1% holds Lidocaine, which this patient's screening "
            "excludes");
    // Unknown lot number.
    refused({{{"area", "face"}, {"lot", "NOPE"}, {"volume_ml", 1}}}, 2,
            "session.lines[0].lot: no lot numbered \"NOPE\" was received");
    // Above the catalog's per-session maximum of hyaluronic acid (2 mL) without a reason.
    refused({{{"area", "face"}, {"lot", c.lot}, {"volume_ml", 2.5}}}, 2,
            "session.deviations: give the reason for this deviation from the plan "
            "(maximum:hyaluronic_acid)");
    // Not JSON at all.
    const auto garbage = c.run(c.withAppointment("session record --json -") << QStringLiteral("-"),
                               QByteArray("{lines"));
    CHECK(garbage.exitCode == 2);
    CHECK(garbage.err.contains("session: not valid JSON"));

    // The front desk never records a session, nor reads one.
    const auto desk = c.runAs(QStringLiteral("desk"),
                              c.withAppointment("session record --json -") << QStringLiteral("-"),
                              bytes({{"lines", json::array()}}));
    CHECK(desk.exitCode == 3);

    CHECK(count(c, "SELECT count(*) FROM treatment_sessions") == sessionsBefore);
    CHECK(count(c, "SELECT count(*) FROM session_products") == 0);
    const json stock = c.ok(words("stock list")); // kept: the loop reads into it
    for (const json &lot : stock["lots"])
        CHECK(lot["remaining_ml"] == lot["received_ml"]);
    // Signing in is audited; nothing of the refused sessions is.
    CHECK(count(c, "SELECT count(*) FROM audit_log WHERE action LIKE 'session.%'") == 0);
}

TEST_CASE("Through the CLI: amendment, adverse event, photo and the lot's trace",
          "[e2e][cli][session]")
{
    SessionCli c;
    const json first =
        c.ok(c.withAppointment("session record --json -") << QStringLiteral("-"),
             bytes({{"technique", "papular"},
                    {"lines", {{{"area", "face"}, {"lot", c.lot}, {"volume_ml", 1}}}}}));
    const QString id = QString::number(first["id"].get<qint64>());

    // An amendment keeps the original beside it; the lot follows the corrected volume.
    const json amended =
        c.ok(words("session amend --json - --reason")
                 << QStringLiteral("Volume misread") << QStringLiteral("--id") << id,
             bytes({{"technique", "papular"},
                    {"lines", {{{"area", "face"}, {"lot", c.lot}, {"volume_ml", 1.5}}}}}));
    CHECK(amended["amends"] == first["id"]);
    const json shown = c.ok(words("session show --id") << id);
    CHECK(shown["versions"].size() == 2);
    CHECK(c.ok(words("stock list"))["lots"][0]["remaining_ml"] == 4.5);

    // An adverse event on the session; while open it is a finding of the patient's next
    // screening (the rule open_adverse_event).
    const json event =
        c.ok(words("adverse-event add --json - --session") << id,
             bytes({{"type", "bruising"},
                    {"onset", QDate::currentDate().toString(Qt::ISODate).toStdString()},
                    {"severity", "mild"},
                    {"outcome", "ongoing"}}));
    CHECK(event["type"] == "bruising");
    // The next session of the series shows it first; its output is still `session record`'s
    // input.
    const json next = c.ok(words("session start --appointment")
                           << QString::number(checkedInToday(c, c.series.at(1), 3)));
    REQUIRE(next["open_adverse_events"].size() == 1);
    CHECK(next["open_adverse_events"][0]["type"] == "bruising");
    const auto unknownRisk = c.run(words("adverse-event add --json - --session") << id,
                                   bytes({{"type", "sunburn"}, {"severity", "mild"}}));
    CHECK(unknownRisk.exitCode == 2);
    CHECK(unknownRisk.err.contains("adverse_event.type"));

    // A photo needs the patient's consent first, and comes back byte for byte.
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(QColor(200, 150, 120));
    const QString file = c.tmp.path(QStringLiteral("before.png"));
    REQUIRE(image.save(file, "PNG"));
    const QStringList add = words("photo add --area face --when before --session")
                            << id << QStringLiteral("--file") << file;
    const auto noConsent = c.run(add);
    CHECK(noConsent.exitCode == 3);
    CHECK(noConsent.err.contains("consent"));
    c.ok(words("photo consent --scope record --patient")
         << QString::number(first["patient"].get<qint64>()));
    const json photo = c.ok(add);
    const QString out = c.tmp.path(QStringLiteral("back.png"));
    c.ok(words("photo get --out") << out << QStringLiteral("--id")
                                  << QString::number(photo["id"].get<qint64>()));
    QFile stored(out);
    REQUIRE(stored.open(QIODevice::ReadOnly));
    const QByteArray back = stored.readAll();
    CHECK(QImage::fromData(back).size() == image.size());
    CHECK(QString::fromLatin1(QCryptographicHash::hash(back, QCryptographicHash::Sha256).toHex()) ==
          QString::fromStdString(photo["sha256"].get<std::string>()));

    // The recall: every patient who received the lot, as the record now says.
    const json trace = c.ok(words("lot trace --lot HA-001"));
    REQUIRE(trace["lines"].size() == 1);
    CHECK(trace["lines"][0]["volume_ml"] == 1.5);
    CHECK(trace["lines"][0]["area"] == "face");
    const auto csv = c.run(words("lot trace --lot HA-001 --csv"));
    REQUIRE(csv.exitCode == 0);
    CHECK(csv.out.split('\n').size() >= 2);
    CHECK(csv.out.contains("HA-001"));
    const auto unknown = c.run(words("lot trace --lot NOPE"));
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains("lot: no lot numbered \"NOPE\" was received"));
    CHECK(c.runAs(QStringLiteral("desk"), words("lot trace --lot HA-001")).exitCode == 3);
}

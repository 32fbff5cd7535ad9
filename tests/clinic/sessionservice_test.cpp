// The treatment session record through the services on a real database (and on the PostgreSQL
// test server): stock, recording what was injected from which lot, the refusals that keep a
// contraindicated or unusable product out of a patient, deviations, amendments, adverse events,
// photos, progress and the recall's lot trace; each refusal leaves nothing behind.

#include "clinic/permissions.h"
#include "clinic/validationerror.h"
#include "clinicfixture.h"
#include "records/sessionrecords.h"
#include "store/statement.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QCryptographicHash>
#include <QImage>
#include <QSqlQuery>
#include <QtEndian>

using namespace meso;

namespace {

qint64 count(const store::Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

// A clinic with a patient whose consultation asks for `indication` at `area`, its approved plan,
// a checked-in appointment today and a few products in stock.
struct SessionClinic : test::ClinicFixture
{
    qint64 patient = 0, consultation = 0, plan = 0, appointment = 0;
    records::ProductRecord ha, vitamins, lidocaine, caffeine;
    records::LotRecord haLot, vitaminLot, lidocaineLot, caffeineLot;

    explicit SessionClinic(const QString &intake = test::oneRequest("skin_rejuvenation", "face"),
                           const QString &family = QStringLiteral("Session"))
    {
        patient = test::addPatient(services, user, family);
        consultation = test::signedConsultation(services, user, patient, intake);
        plan = test::approvedPlan(services, user, consultation);
        appointment = test::checkedInToday(services, user, *db, plan);
        ha = product(QStringLiteral("HA booster"), 2.0,
                     {{QStringLiteral("hyaluronic_acid"), QStringLiteral("10 mg/mL")}});
        vitamins = product(QStringLiteral("Vitamin complex"), 5.0,
                           {{QStringLiteral("vitamin_c"), QString()},
                            {QStringLiteral("vitamin_a"), QString()},
                            {QStringLiteral("vitamin_e"), QString()}});
        lidocaine = product(QStringLiteral("Lidocaine 1%"), 5.0,
                            {{QStringLiteral("lidocaine"), QStringLiteral("10 mg/mL")}});
        caffeine = product(QStringLiteral("Caffeine 2.5%"), 5.0,
                           {{QStringLiteral("caffeine"), QStringLiteral("25 mg/mL")}});
        haLot = receive(ha, QStringLiteral("HA-001"), 3);
        vitaminLot = receive(vitamins, QStringLiteral("VIT-7"), 2);
        lidocaineLot = receive(lidocaine, QStringLiteral("LID-3"), 2);
        caffeineLot = receive(caffeine, QStringLiteral("CAF-9"), 2);
    }

    records::ProductRecord product(const QString &name, double unitMl,
                                   std::vector<records::ProductComponent> components)
    {
        records::ProductRecord p;
        p.name = name;
        p.manufacturer = QStringLiteral("Laboratoire Test");
        p.form = QStringLiteral("vial");
        p.unitMl = unitMl;
        p.lowStockUnits = 1;
        p.components = std::move(components);
        return services.stock.addProduct(user, p);
    }

    records::LotRecord receive(const records::ProductRecord &p, const QString &number, int units,
                               const QDate &expiry = QDate::currentDate().addYears(1))
    {
        records::LotRecord l;
        l.productId = p.id;
        l.lotNumber = number;
        l.expiry = expiry;
        l.unitsReceived = units;
        l.supplier = QStringLiteral("Grossiste");
        return services.stock.receiveLot(user, l);
    }

    records::SessionRecord draft(std::vector<records::SessionProductLine> lines, qint64 on = 0)
    {
        records::SessionRecord r;
        r.appointmentId = on == 0 ? appointment : on;
        r.technique = QStringLiteral("papular");
        r.depthMinMm = 1;
        r.depthMaxMm = 2;
        r.needle = QStringLiteral("32G 4 mm");
        r.pain = 3;
        r.gaisPatient = 2;
        r.gaisPractitioner = 2;
        r.notes = QStringLiteral("Well tolerated");
        r.lines = std::move(lines);
        return r;
    }

    static records::SessionProductLine line(const QString &area, const records::LotRecord &lot,
                                            double ml)
    {
        records::SessionProductLine l;
        l.area = area;
        l.lotId = lot.id;
        l.volumeMl = ml;
        l.points = 60;
        return l;
    }

    double remaining(const records::LotRecord &lot) const
    {
        for (const auto &s : services.stock.stock(user, QDate::currentDate())) {
            if (s.lot.id == lot.id)
                return s.lot.remainingMl();
        }
        return -1;
    }

    QString status(qint64 appointmentId) const
    {
        return services.booking.find(user, appointmentId)->status;
    }

    qint64 sessions() const
    {
        return count(*db, QStringLiteral("SELECT count(*) FROM treatment_sessions"));
    }
};

// Checks that a refused recording left nothing: no record, the lots untouched, the appointment
// still checked in, no audit row.
struct NothingWritten
{
    SessionClinic &c;
    qint64 sessions = c.sessions();
    qint64 audit = count(*c.db, QStringLiteral("SELECT count(*) FROM audit_log"));
    double ha = c.remaining(c.haLot), lidocaine = c.remaining(c.lidocaineLot);

    void check() const
    {
        CHECK(c.sessions() == sessions);
        CHECK(count(*c.db, QStringLiteral("SELECT count(*) FROM audit_log")) == audit);
        CHECK(c.remaining(c.haLot) == Approx(ha));
        CHECK(c.remaining(c.lidocaineLot) == Approx(lidocaine));
        CHECK(c.status(c.appointment) == QStringLiteral("checked_in"));
    }
};

template <typename Error, typename Fn> QString refusal(Fn &&fn)
{
    try {
        fn();
    } catch (const Error &e) {
        return e.field() + QStringLiteral(": ") + e.message();
    }
    FAIL("not refused");
    return {};
}

} // namespace

TEST_CASE("Recording a session takes from its lots, completes the appointment and is audited",
          "[clinic][sessions]")
{
    SessionClinic c;
    const clinic::SessionStart start = c.services.sessions.start(c.user, c.appointment);
    CHECK(start.area == QStringLiteral("face"));
    CHECK(start.technique == QStringLiteral("papular"));
    CHECK(start.sessionNumber == 1);
    // Pre-filled from stock: the HA booster lot for hyaluronic acid, the vitamin complex once.
    REQUIRE(start.suggested.size() == 2);
    CHECK(start.suggested[0].lotId == c.haLot.id);
    CHECK(start.suggested[0].volumeMl == Approx(2.0));
    CHECK(start.suggested[1].lotId == c.vitaminLot.id);
    // A product that would bring an ingredient outside the cocktail is never suggested, even
    // from a lot expiring sooner.
    const auto mixed = c.product(
        QStringLiteral("HA with biotin"), 2.0,
        {{QStringLiteral("hyaluronic_acid"), QString()}, {QStringLiteral("biotin"), QString()}});
    c.receive(mixed, QStringLiteral("MIX-1"), 2, QDate::currentDate().addDays(30));
    CHECK(c.services.sessions.start(c.user, c.appointment).suggested[0].lotId == c.haLot.id);

    auto r = c.draft({SessionClinic::line(QStringLiteral("face"), c.haLot, 1.5),
                      SessionClinic::line(QStringLiteral("periorbital"), c.haLot, 0.25),
                      SessionClinic::line(QStringLiteral("face"), c.vitaminLot, 0.5)});
    const records::SessionRecord stored = c.services.sessions.record(c.user, r);
    CHECK(stored.id > 0);
    CHECK(stored.performed);
    CHECK(stored.performedOn == QDate::currentDate());
    REQUIRE(stored.lines.size() == 3);
    CHECK(stored.lines[1].area == QStringLiteral("periorbital"));
    CHECK(stored.lines[1].volumeMl == Approx(0.25));
    CHECK(stored.lines[1].lotNumber == QStringLiteral("HA-001"));
    CHECK(stored.lines[1].productName == QStringLiteral("HA booster"));
    CHECK(stored.lines[0].points == 60);
    CHECK(stored.pain == 3);
    CHECK(stored.deviations.empty());
    CHECK(c.remaining(c.haLot) == Approx(6.0 - 1.75));
    CHECK(c.remaining(c.vitaminLot) == Approx(10.0 - 0.5));
    CHECK(c.status(c.appointment) == QStringLiteral("completed"));
    const auto audit = c.services.audit.list(c.admin, {});
    CHECK(std::count_if(audit.begin(), audit.end(), [](const auto &e) {
              return e.action == QStringLiteral("session.record");
          }) == 1);
    // Once recorded, the appointment takes no second record.
    CHECK_THROWS_AS(c.services.sessions.record(c.user, r), clinic::ConflictError);
    CHECK(c.services.sessions.forPatient(c.user, c.patient).size() == 1);
}

TEST_CASE("An expired lot, an exhausted lot or an unknown one is refused, and nothing is saved",
          "[clinic][sessions]")
{
    SessionClinic c;
    {
        // A lot that expired while in stock.
        QSqlQuery q(c.db->store().connection());
        REQUIRE(q.exec(QStringLiteral("UPDATE lots SET expiry_date = '%1' WHERE id = %2")
                           .arg(QDate::currentDate().addDays(-1).toString(Qt::ISODate))
                           .arg(c.haLot.id)));
    }
    NothingWritten before{c};
    const QString expired = refusal<clinic::ValidationError>([&] {
        c.services.sessions.record(
            c.user, c.draft({SessionClinic::line(QStringLiteral("face"), c.vitaminLot, 0.5),
                             SessionClinic::line(QStringLiteral("face"), c.haLot, 1.0)}));
    });
    CHECK(expired.startsWith(QStringLiteral("session.lines[1].lot: lot HA-001 of HA booster "
                                            "expired on")));
    before.check();

    // 2 units of 5 mL: 10 mL in all, across two lines.
    const QString exhausted = refusal<clinic::ValidationError>([&] {
        c.services.sessions.record(
            c.user, c.draft({SessionClinic::line(QStringLiteral("face"), c.vitaminLot, 6),
                             SessionClinic::line(QStringLiteral("neck"), c.vitaminLot, 4.5)}));
    });
    CHECK(exhausted == QStringLiteral("session.lines[1].lot: lot VIT-7 of Vitamin complex has only "
                                      "10.00 mL left"));
    before.check();

    records::SessionProductLine unknown;
    unknown.area = QStringLiteral("face");
    unknown.lotId = 999999;
    unknown.volumeMl = 1;
    CHECK(refusal<clinic::ValidationError>([&] {
              c.services.sessions.record(c.user, c.draft({unknown}));
          }) == QStringLiteral("session.lines[0].lot: no lot with id 999999 was received"));
    records::SessionProductLine nowhere =
        SessionClinic::line(QStringLiteral("elbow"), c.vitaminLot, 1);
    CHECK(refusal<clinic::ValidationError>([&] {
              c.services.sessions.record(c.user, c.draft({nowhere}));
          }).startsWith(QStringLiteral("session.lines[0].area:")));
    CHECK(refusal<clinic::ValidationError>([&] {
              c.services.sessions.record(c.user, c.draft({}));
          }).startsWith(QStringLiteral("session.lines:")));
    before.check();
}

TEST_CASE("A product holding an ingredient the patient's screening excludes is refused",
          "[clinic][sessions]")
{
    // Allergic to lidocaine: an absolute finding on any product that holds it.
    SessionClinic allergic(QStringLiteral(
        R"({"patient": {"birth_date": "%2"}, "date": "%1", "allergies": ["Lidocaïne"],
            "requests": [{"indication": "skin_rejuvenation", "area": "face"}]})"));
    NothingWritten before{allergic};
    auto r =
        allergic.draft({SessionClinic::line(QStringLiteral("face"), allergic.haLot, 1.0),
                        SessionClinic::line(QStringLiteral("face"), allergic.lidocaineLot, 0.5)});
    r.deviations = {{QStringLiteral("ingredient:lidocaine"), QStringLiteral("comfort")}};
    const QString refused = refusal<clinic::ValidationError>(
        [&] { allergic.services.sessions.record(allergic.user, r); });
    CHECK(refused.startsWith(QStringLiteral("session.lines[1].lot: Lidocaine 1% holds Lidocaine")));
    CHECK(refused.contains(QStringLiteral("excludes")));
    before.check();

    // Heart disease: caffeine is a relative finding the plan did not override.
    SessionClinic heart(QStringLiteral(
        R"({"patient": {"birth_date": "%2"}, "date": "%1", "conditions": ["heart_disease"],
            "requests": [{"indication": "skin_rejuvenation", "area": "face"}]})"));
    auto withCaffeine =
        heart.draft({SessionClinic::line(QStringLiteral("face"), heart.caffeineLot, 1.0)});
    withCaffeine.deviations = {{QStringLiteral("ingredient:caffeine"), QStringLiteral("test")}};
    const QString relative = refusal<clinic::ValidationError>(
        [&] { heart.services.sessions.record(heart.user, withCaffeine); });
    CHECK(
        relative.startsWith(QStringLiteral("session.lines[0].lot: Caffeine 2.5% holds Caffeine")));
    CHECK(relative.contains(QStringLiteral("revise the plan")));

    // The same lidocaine product for a patient without the allergy: only a deviation.
    SessionClinic plain;
    auto ok = plain.draft({SessionClinic::line(QStringLiteral("face"), plain.lidocaineLot, 0.5)});
    ok.deviations = {{QStringLiteral("ingredient:lidocaine"), QStringLiteral("patient's comfort")}};
    CHECK(plain.services.sessions.record(plain.user, ok).deviations.size() == 1);
}

TEST_CASE("Every deviation from the plan needs its reason, which the record keeps",
          "[clinic][sessions]")
{
    SessionClinic c;
    // 2.5 mL of hyaluronic acid (the catalog's maximum is 2 mL), at the scalp, by nappage.
    auto r = c.draft({SessionClinic::line(QStringLiteral("face"), c.haLot, 2.0),
                      SessionClinic::line(QStringLiteral("scalp"), c.haLot, 0.5)});
    r.technique = QStringLiteral("nappage");
    const auto deviations = c.services.sessions.deviations(c.user, r);
    REQUIRE(deviations.size() == 3);
    CHECK(c.services.sessions.describe(c.user, deviations[1]) ==
          QStringLiteral("Hyaluronic acid (non-crosslinked): 2.5 mL in this session, above the "
                         "maximum of 2 mL (R12)"));
    NothingWritten before{c};
    r.deviations = {{QStringLiteral("area:scalp"), QStringLiteral("patient asked")},
                    {QStringLiteral("technique:nappage"), QStringLiteral("better tolerated")}};
    CHECK(refusal<clinic::ValidationError>([&] { c.services.sessions.record(c.user, r); }) ==
          QStringLiteral("session.deviations: give the reason for this deviation from the plan "
                         "(maximum:hyaluronic_acid): Hyaluronic acid (non-crosslinked): 2.5 mL in "
                         "this session, above the "
                         "maximum of 2 mL (R12)"));
    before.check();
    r.deviations.push_back({QStringLiteral("maximum:hyaluronic_acid"), QStringLiteral("  ")});
    CHECK_THROWS_AS(c.services.sessions.record(c.user, r), clinic::ValidationError);
    r.deviations.back().reason = QStringLiteral("larger area than planned");
    r.deviations.push_back(
        {QStringLiteral("ingredient:biotin"), QStringLiteral("not a deviation")});
    const auto stored = c.services.sessions.record(c.user, r);
    REQUIRE(stored.deviations.size() == 3); // the reason for no deviation is not kept
    CHECK(stored.deviations[1] ==
          records::SessionDeviation{QStringLiteral("maximum:hyaluronic_acid"),
                                    QStringLiteral("larger area than planned")});
}

TEST_CASE("A signed record is corrected by an amendment: both are kept and stock follows",
          "[clinic][sessions]")
{
    SessionClinic c;
    const auto first = c.services.sessions.record(
        c.user, c.draft({SessionClinic::line(QStringLiteral("face"), c.haLot, 2.0)}));
    CHECK(c.remaining(c.haLot) == Approx(4.0));
    auto corrected = c.draft({SessionClinic::line(QStringLiteral("face"), c.haLot, 1.2),
                              SessionClinic::line(QStringLiteral("face"), c.vitaminLot, 0.5)});
    CHECK_THROWS_AS(c.services.sessions.amend(c.user, first.id, corrected, QStringLiteral(" ")),
                    clinic::ValidationError);
    const auto amended =
        c.services.sessions.amend(c.user, first.id, corrected, QStringLiteral("volume misread"));
    CHECK(amended.amendsId == first.id);
    CHECK(amended.appointmentId == c.appointment);
    CHECK(c.remaining(c.haLot) == Approx(4.8)); // 2.0 given back, 1.2 taken
    CHECK(c.remaining(c.vitaminLot) == Approx(9.5));
    // The original is untouched and still readable; the current record is the amendment.
    CHECK(c.services.sessions.find(c.user, first.id)->lines.front().volumeMl == Approx(2.0));
    const auto versions = c.services.sessions.versions(c.user, amended.id);
    REQUIRE(versions.size() == 2);
    CHECK(versions[0].id == first.id);
    CHECK(c.services.sessions.forAppointment(c.user, c.appointment)->id == amended.id);
    CHECK(c.services.sessions.forPatient(c.user, c.patient).size() == 1);
    // Only the latest version is amended.
    CHECK_THROWS_AS(c.services.sessions.amend(c.user, first.id, corrected, QStringLiteral("again")),
                    clinic::ConflictError);
    // An amendment giving more than the lot holds (after the give-back) is refused as a whole.
    const double before = c.remaining(c.haLot);
    CHECK_THROWS_AS(c.services.sessions.amend(
                        c.user, amended.id,
                        c.draft({SessionClinic::line(QStringLiteral("face"), c.haLot, 7.0)}),
                        QStringLiteral("too much")),
                    clinic::ValidationError);
    CHECK(c.remaining(c.haLot) == Approx(before));
}

TEST_CASE("A session not performed closes the appointment with its reason, nothing used",
          "[clinic][sessions]")
{
    SessionClinic c;
    CHECK_THROWS_AS(c.services.sessions.notPerformed(c.user, c.appointment, QStringLiteral("")),
                    clinic::ValidationError);
    const auto r =
        c.services.sessions.notPerformed(c.user, c.appointment, QStringLiteral("Cold sore today"));
    CHECK_FALSE(r.performed);
    CHECK(r.notPerformedReason == QStringLiteral("Cold sore today"));
    CHECK(r.lines.empty());
    CHECK(c.status(c.appointment) == QStringLiteral("completed"));
    const auto progress = c.services.sessions.progress(c.user, c.plan);
    CHECK(progress.done == 0);
    CHECK(progress.notPerformed == 1);
}

TEST_CASE("The front desk never sees or writes a session record, but stock is everyone's",
          "[clinic][sessions][security]")
{
    SessionClinic c;
    clinic::UserService users(*c.db, clinic::UserService::minimumCost());
    const auto admin = users.createFirstAdmin(QStringLiteral("ada"), QStringLiteral("Ada"),
                                              QStringLiteral("admin-secret"));
    records::UserRecord u;
    u.username = QStringLiteral("desk");
    u.displayName = QStringLiteral("Desk");
    u.role = QStringLiteral("front_desk");
    users.addUser(admin, u, QStringLiteral("desk-secret"));
    const auto desk = users.signIn(QStringLiteral("desk"), QStringLiteral("desk-secret"));
    const auto r = c.draft({SessionClinic::line(QStringLiteral("face"), c.haLot, 1.0)});
    NothingWritten before{c};
    CHECK_THROWS_AS(c.services.sessions.record(desk, r), clinic::PermissionError);
    CHECK_THROWS_AS(c.services.sessions.start(desk, c.appointment), clinic::PermissionError);
    CHECK_THROWS_AS(c.services.sessions.notPerformed(desk, c.appointment, QStringLiteral("x")),
                    clinic::PermissionError);
    CHECK_THROWS_AS(c.services.sessions.forPatient(desk, c.patient), clinic::PermissionError);
    CHECK_THROWS_AS(c.services.stock.trace(desk, QStringLiteral("HA-001")),
                    clinic::PermissionError);
    before.check();
    const auto stored = c.services.sessions.record(c.user, r);
    CHECK_THROWS_AS(c.services.sessions.find(desk, stored.id), clinic::PermissionError);
    CHECK_THROWS_AS(c.services.adverseEvents.forPatient(desk, c.patient), clinic::PermissionError);
    CHECK_THROWS_AS(c.services.photos.forPatient(desk, c.patient), clinic::PermissionError);
    // The calendar may know that a session was recorded, never what.
    CHECK(c.services.sessions.recorded(desk, {c.appointment, 424242}) ==
          std::vector<qint64>{c.appointment});
    CHECK_FALSE(c.services.stock.stock(desk, QDate::currentDate()).empty());
    CHECK(c.receive(c.ha, QStringLiteral("HA-002"), 1).id > 0); // as the practitioner
    records::LotRecord delivery;
    delivery.productId = c.ha.id;
    delivery.lotNumber = QStringLiteral("HA-003");
    delivery.expiry = QDate::currentDate().addMonths(6);
    delivery.unitsReceived = 4;
    CHECK(c.services.stock.receiveLot(desk, delivery).unitsReceived == 4);
}

TEST_CASE("Products and lots are checked when they come in, and stock flags what to watch",
          "[clinic][sessions][stock]")
{
    SessionClinic c;
    records::ProductRecord p;
    p.name = QStringLiteral("Mystery");
    p.manufacturer = QStringLiteral("Lab");
    p.unitMl = 1;
    p.components = {{QStringLiteral("unicorn_extract"), QString()}};
    CHECK(refusal<clinic::ValidationError>([&] {
              c.services.stock.addProduct(c.user, p);
          }).startsWith(QStringLiteral("product.components[0].ingredient: \"unicorn_extract\"")));
    p.components = {{QStringLiteral("biotin"), QString()}};
    p.form = QStringLiteral("bottle");
    CHECK(refusal<clinic::ValidationError>([&] {
              c.services.stock.addProduct(c.user, p);
          }).startsWith(QStringLiteral("product.form:")));
    p.form = QStringLiteral("ampoule");
    p.unitMl = 0;
    CHECK(refusal<clinic::ValidationError>([&] {
              c.services.stock.addProduct(c.user, p);
          }).startsWith(QStringLiteral("product.unit_ml:")));
    p.unitMl = 1;
    p.name = c.ha.name;
    p.manufacturer = c.ha.manufacturer;
    CHECK_THROWS_AS(c.services.stock.addProduct(c.user, p), clinic::ConflictError);

    records::LotRecord stale;
    stale.productId = c.ha.id;
    stale.lotNumber = QStringLiteral("OLD");
    stale.expiry = QDate::currentDate().addDays(-1);
    stale.unitsReceived = 1;
    CHECK(refusal<clinic::ValidationError>([&] {
              c.services.stock.receiveLot(c.user, stale);
          }).startsWith(QStringLiteral("lot.expiry: the lot expired on")));
    // More of a lot already received adds to it; another expiry for the same lot is a mistake.
    const auto more = c.receive(c.ha, QStringLiteral("HA-001"), 2);
    CHECK(more.id == c.haLot.id);
    CHECK(more.unitsReceived == 5);
    CHECK_THROWS_AS(c.receive(c.ha, QStringLiteral("HA-001"), 1, QDate::currentDate().addDays(9)),
                    clinic::ConflictError);

    const auto soon =
        c.receive(c.caffeine, QStringLiteral("CAF-SOON"), 1, QDate::currentDate().addDays(20));
    c.services.sessions.record(
        c.user, c.draft({SessionClinic::line(QStringLiteral("face"), c.vitaminLot, 10.0)}));
    const auto stock = c.services.stock.stock(c.user, QDate::currentDate());
    REQUIRE(stock.front().lot.id == soon.id); // soonest expiry first
    CHECK(stock.front().expiringSoon);        // within the clinic's 60 days
    for (const auto &s : stock) {
        if (s.lot.id == c.vitaminLot.id) {
            CHECK(s.exhausted);
            CHECK(s.lowStock); // no unit of the vitamin complex left, threshold 1
        }
        if (s.lot.id == c.haLot.id) {
            CHECK_FALSE(s.lowStock);
            CHECK_FALSE(s.expiringSoon);
        }
    }
}

TEST_CASE("A lot's trace finds every patient who received it, as recorded now, and is audited",
          "[clinic][sessions][trace]")
{
    SessionClinic c;
    // A second patient of the same clinic, treated from the same lot.
    const qint64 other = test::addPatient(c.services, c.user, QStringLiteral("Second"));
    const qint64 otherPlan =
        test::approvedPlan(c.services, c.user,
                           test::signedConsultation(c.services, c.user, other,
                                                    test::oneRequest("skin_rejuvenation", "neck")));
    const qint64 otherAppointment = test::checkedInToday(c.services, c.user, *c.db, otherPlan);
    const auto mine = c.services.sessions.record(
        c.user, c.draft({SessionClinic::line(QStringLiteral("face"), c.haLot, 1.0),
                         SessionClinic::line(QStringLiteral("periorbital"), c.haLot, 0.3)}));
    auto theirs =
        c.draft({SessionClinic::line(QStringLiteral("neck"), c.vitaminLot, 1.0)}, otherAppointment);
    const auto wrong = c.services.sessions.record(c.user, theirs);
    // The second record named the wrong lot: its amendment is what the trace follows.
    theirs.lines = {SessionClinic::line(QStringLiteral("neck"), c.haLot, 1.5)};
    c.services.sessions.amend(c.user, wrong.id, theirs, QStringLiteral("wrong vial scanned"));

    const qint64 auditBefore = count(*c.db, QStringLiteral("SELECT count(*) FROM audit_log"));
    const auto rows = c.services.stock.trace(c.user, QStringLiteral("HA-001"));
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].patientId == c.patient);
    CHECK(rows[0].sessionId == mine.id);
    CHECK(rows[1].area == QStringLiteral("periorbital"));
    CHECK(rows[1].volumeMl == Approx(0.3));
    CHECK(rows[2].patientId == other);
    CHECK(rows[2].familyName == QStringLiteral("Second"));
    CHECK(rows[2].volumeMl == Approx(1.5));
    CHECK(rows[2].performedOn == QDate::currentDate());
    CHECK(c.services.stock.trace(c.user, QStringLiteral("VIT-7")).empty()); // corrected away
    // One audit row per patient found, one for the trace that found none.
    CHECK(count(*c.db, QStringLiteral("SELECT count(*) FROM audit_log")) == auditBefore + 3);
    CHECK(count(*c.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'lot.trace' "
                                      "AND patient_id = %1")
                           .arg(other)) == 1);
    // Written together, the rows still make one unbroken chain.
    const auto verified = c.services.audit.verify(c.admin);
    CHECK(verified.problems.isEmpty());
    CHECK(verified.rows == count(*c.db, QStringLiteral("SELECT count(*) FROM audit_log")));
    CHECK(refusal<clinic::ValidationError>([&] {
              c.services.stock.trace(c.user, QStringLiteral("NOPE"));
          }) == QStringLiteral("lot: no lot numbered \"NOPE\" was received"));
    CHECK_THROWS_AS(c.services.stock.trace(c.user, QStringLiteral("HA-001"), c.vitamins.id),
                    clinic::ValidationError); // no lot HA-001 of the vitamin complex
}

TEST_CASE("An adverse event is followed until resolved, and an open one is a finding next time",
          "[clinic][sessions][adverse]")
{
    SessionClinic c;
    const auto session = c.services.sessions.record(
        c.user, c.draft({SessionClinic::line(QStringLiteral("face"), c.haLot, 1.0)}));
    records::AdverseEventRecord e;
    e.sessionId = session.id;
    e.risk = QStringLiteral("bruising");
    e.onset = QDate::currentDate();
    e.severity = QStringLiteral("mild");
    e.actionTaken = QStringLiteral("Arnica, cold compress");
    const auto bruise = c.services.adverseEvents.add(c.user, e);
    CHECK(bruise.open());
    CHECK(bruise.patientId == c.patient);

    // The patient's next plan screens it: a relative finding that needs a reason.
    const qint64 next = test::signedConsultation(c.services, c.user, c.patient,
                                                 test::oneRequest("skin_rejuvenation", "neck"));
    auto view = c.services.plans.current(c.user, next, 0);
    const auto relative = view.relativeFindings();
    CHECK(std::any_of(relative.begin(), relative.end(),
                      [](const core::Finding *f) { return f->rule->id == "open_adverse_event"; }));
    // And the next session of the series already approved shows it before anything is injected.
    const qint64 second = test::checkedInToday(c.services, c.user, *c.db, c.plan, 1);
    const auto start = c.services.sessions.start(c.user, second);
    REQUIRE(start.openEvents.size() == 1);
    CHECK(start.openEvents[0].id == bruise.id);

    CHECK(refusal<clinic::ValidationError>([&] {
              auto bad = e;
              bad.risk = QStringLiteral("werewolf");
              c.services.adverseEvents.add(c.user, bad);
          }).startsWith(QStringLiteral("adverse_event.type: expected one of the catalog's risks")));
    // A severe event asks whether the manufacturer and the authorities were notified.
    auto severe = e;
    severe.risk = QStringLiteral("necrosis");
    severe.severity = QStringLiteral("severe");
    CHECK(refusal<clinic::ValidationError>([&] { c.services.adverseEvents.add(c.user, severe); })
              .startsWith(QStringLiteral("adverse_event.notification: a severe or serious event "
                                         "is notified")));
    severe.notificationPending = true;
    auto pending = c.services.adverseEvents.add(c.user, severe);
    CHECK(pending.notificationPending);
    pending.notifiedOn = QDate::currentDate();
    pending.notificationRef = QStringLiteral("ANSM-2026-0042");
    pending = c.services.adverseEvents.update(c.user, pending);
    CHECK_FALSE(pending.notificationPending);
    CHECK(pending.notificationRef == QStringLiteral("ANSM-2026-0042"));

    // Resolved: no longer a finding. A stale version is refused.
    auto resolved = bruise;
    resolved.outcome = QStringLiteral("resolved");
    CHECK(refusal<clinic::ValidationError>([&] {
              c.services.adverseEvents.update(c.user, resolved);
          }).startsWith(QStringLiteral("adverse_event.resolved_on:")));
    resolved.resolvedOn = QDate::currentDate();
    c.services.adverseEvents.update(c.user, resolved);
    CHECK_THROWS_AS(c.services.adverseEvents.update(c.user, resolved), clinic::ConflictError);
    auto necrosis = c.services.adverseEvents.find(c.user, pending.id);
    necrosis.outcome = QStringLiteral("sequelae");
    necrosis.resolvedOn = QDate::currentDate();
    c.services.adverseEvents.update(c.user, necrosis);
    view = c.services.plans.current(c.user, next, 0);
    for (const core::Finding *f : view.relativeFindings())
        CHECK(f->rule->id != "open_adverse_event");
    const auto events = c.services.adverseEvents.forPatient(c.user, c.patient);
    REQUIRE(events.size() == 2);
    CHECK(events[0].outcome == QStringLiteral("resolved"));
}

namespace {

// A JPEG whose EXIF says "rotate 90° clockwise to view" (orientation 6) and holds a GPS
// position: what a phone writes.
QByteArray jpegWithExif(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::white);
    for (int y = 0; y < height / 4; ++y) // a dark band on top, to see which way is up
        for (int x = 0; x < width; ++x)
            image.setPixel(x, y, qRgb(20, 20, 20));
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 95);
    // TIFF (big endian): IFD0 with Orientation and a pointer to the GPS IFD, which holds
    // GPSLatitudeRef "N" and the text marker GPS-SECRET in GPSAreaInformation.
    QByteArray tiff = QByteArray("MM\x00\x2a\x00\x00\x00\x08", 8);
    auto u16 = [&tiff](quint16 v) { tiff.append(char(v >> 8)).append(char(v & 0xff)); };
    auto u32 = [&](quint32 v) {
        u16(quint16(v >> 16));
        u16(quint16(v & 0xffff));
    };
    u16(2); // IFD0: 2 entries
    u16(0x0112);
    u16(3);
    u32(1);
    u16(6);
    u16(0); // Orientation = 6
    u16(0x8825);
    u16(4);
    u32(1);
    u32(8 + 2 + 24 + 4); // GPSInfo IFD offset
    u32(0);              // no next IFD
    const QByteArray secret("GPS-SECRET");
    u16(2); // GPS IFD: 2 entries
    u16(0x0001);
    u16(2);
    u32(2);
    tiff.append("N\0", 2);
    tiff.append(2, '\0'); // LatitudeRef
    u16(0x001c);
    u16(7);
    u32(quint32(secret.size()));
    u32(quint32(tiff.size() + 4 + 4));
    u32(0);
    tiff.append(secret);
    const QByteArray exif = QByteArray("Exif\0\0", 6) + tiff;
    QByteArray app1("\xff\xe1", 2);
    const quint16 length = quint16(exif.size() + 2);
    app1.append(char(length >> 8)).append(char(length & 0xff)).append(exif);
    return jpeg.left(2) + app1 + jpeg.mid(2); // right after SOI
}

} // namespace

TEST_CASE("A photo needs the patient's consent, is stored upright without EXIF, and comes back "
          "byte for byte",
          "[clinic][sessions][photos]")
{
    SessionClinic c;
    const auto session = c.services.sessions.record(
        c.user, c.draft({SessionClinic::line(QStringLiteral("face"), c.haLot, 1.0)}));
    const QByteArray file = jpegWithExif(64, 32);
    REQUIRE(file.contains("GPS-SECRET"));
    const qint64 photosBefore = count(*c.db, QStringLiteral("SELECT count(*) FROM photos"));
    CHECK(refusal<clinic::ConflictError>([&] {
              c.services.photos.add(c.user, session.id, QStringLiteral("face"),
                                    QStringLiteral("before"), file);
          })
              .startsWith(
                  QStringLiteral("photo.consent: the patient's photo consent is not recorded")));
    c.services.photos.setConsent(c.user, c.patient, QStringLiteral("none"), QDate::currentDate());
    CHECK_THROWS_AS(c.services.photos.add(c.user, session.id, QStringLiteral("face"),
                                          QStringLiteral("before"), file),
                    clinic::ConflictError);
    CHECK(count(*c.db, QStringLiteral("SELECT count(*) FROM photos")) == photosBefore);

    c.services.photos.setConsent(c.user, c.patient, QStringLiteral("record"), QDate::currentDate());
    CHECK_THROWS_AS(c.services.photos.add(c.user, session.id, QStringLiteral("face"),
                                          QStringLiteral("during"), file),
                    clinic::ValidationError);
    CHECK(refusal<clinic::ValidationError>([&] {
              c.services.photos.add(c.user, session.id, QStringLiteral("face"),
                                    QStringLiteral("before"), QByteArray("not an image"));
          }).startsWith(QStringLiteral("photo.file: not an image")));
    const auto stored = c.services.photos.add(c.user, session.id, QStringLiteral("face"),
                                              QStringLiteral("before"), file);
    CHECK(stored.mediaType == QStringLiteral("image/jpeg"));
    CHECK(stored.width == 32); // turned upright: the 64x32 picture was taken sideways
    CHECK(stored.height == 64);
    const auto back = c.services.photos.photo(c.user, stored.id);
    CHECK(back.sha256 ==
          QString::fromLatin1(
              QCryptographicHash::hash(back.content, QCryptographicHash::Sha256).toHex()));
    CHECK_FALSE(back.content.contains("GPS-SECRET"));
    CHECK_FALSE(back.content.contains(QByteArray("Exif\0\0", 6)));
    const QImage upright = QImage::fromData(back.content);
    REQUIRE_FALSE(upright.isNull());
    // The dark band was on top of the sideways picture: orientation 6 puts it on the right.
    CHECK(qGray(upright.pixel(upright.width() - 2, upright.height() / 2)) < 80);
    CHECK(qGray(upright.pixel(1, upright.height() / 2)) > 200);
    const auto listed = c.services.photos.forPatient(c.user, c.patient);
    REQUIRE(listed.size() == 1);
    CHECK(listed[0].content.isEmpty()); // the list carries no image
    CHECK(listed[0].sessionDate == QDate::currentDate());

    // A PNG stays a PNG.
    QImage png(10, 10, QImage::Format_ARGB32);
    png.fill(Qt::transparent);
    QByteArray pngBytes;
    QBuffer pngBuffer(&pngBytes);
    pngBuffer.open(QIODevice::WriteOnly);
    png.save(&pngBuffer, "PNG");
    CHECK(c.services.photos
              .add(c.user, session.id, QStringLiteral("face"), QStringLiteral("after"), pngBytes)
              .mediaType == QStringLiteral("image/png"));
}

TEST_CASE("A course's progress counts its sessions and adds up each ingredient",
          "[clinic][sessions][progress]")
{
    SessionClinic c;
    c.services.sessions.record(
        c.user, c.draft({SessionClinic::line(QStringLiteral("face"), c.haLot, 1.0),
                         SessionClinic::line(QStringLiteral("face"), c.vitaminLot, 0.5)}));
    const qint64 second = test::checkedInToday(c.services, c.user, *c.db, c.plan, 1);
    auto r = c.draft({SessionClinic::line(QStringLiteral("face"), c.haLot, 1.5)}, second);
    r.pain = 5;
    r.gaisPatient = 1;
    c.services.sessions.record(c.user, r);
    const auto p = c.services.sessions.progress(c.user, c.plan);
    CHECK(p.planned == c.services.plans.summary(c.user, c.plan).sessions);
    CHECK(p.done == 2);
    REQUIRE(p.sessions.size() == 2);
    CHECK(p.sessions[1].pain == 5);
    CHECK(p.sessions[1].gaisPatient == 1);
    CHECK(p.sessions[1].volumeMl == Approx(1.5));
    CHECK(p.cumulativeMlByIngredient.at(QStringLiteral("hyaluronic_acid")) == Approx(2.5));
    CHECK(p.cumulativeMlByIngredient.at(QStringLiteral("vitamin_c")) == Approx(0.5));
}

// The generated clinic of the benchmarks (mesoplan-cli demo generate): the same for the same seed,
// a calendar without double bookings, names as a French clinic meets them, an intact audit trail,
// and never mixed into a clinic that has patients.

#include "clinic/demogenerator.h"
#include "clinic/validationerror.h"
#include "clinicfixture.h"
#include "store/statement.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>

using namespace meso;

namespace {

// The generated content, row by row (the timestamps of the run left out).
QStringList contentOf(const store::Database &db)
{
    QStringList rows;
    const QStringList queries = {
        QStringLiteral("SELECT family_name || '|' || given_names || '|' || birth_date || '|' || "
                       "phone || '|' || email FROM patients ORDER BY id"),
        QStringLiteral(
            "SELECT patient_id || '|' || practitioner_id || '|' || room_id || '|' || "
            "starts_at || '|' || ends_at || '|' || status FROM appointments ORDER BY id"),
        QStringLiteral("SELECT consultation_id || '|' || protocol_id || '|' || status || '|' || "
                       "sessions || '|' || "
                       "interval_days FROM plans ORDER BY id"),
        QStringLiteral(
            "SELECT s.appointment_id || '|' || s.performed || '|' || s.performed_on || "
            "'|' || coalesce(CAST(s.pain AS TEXT), '') || '|' || p.lot_id || '|' || p.volume_ul "
            "FROM treatment_sessions s LEFT JOIN session_products p ON "
            "p.session_id = s.id ORDER BY s.id, p.line_no"),
        QStringLiteral("SELECT lot_number || '|' || received_on || '|' || units_received || '|' "
                       "|| used_ul FROM lots ORDER BY id"),
    };
    for (const QString &sql : queries) {
        store::Statement s(db.connection(), sql);
        s.exec();
        while (s.next())
            rows << s.text(0);
    }
    return rows;
}

qint64 scalar(const store::Database &db, const QString &sql)
{
    store::Statement s(db.connection(), sql);
    s.exec();
    s.next();
    return s.integer(0);
}

clinic::GenerateOptions options(std::uint32_t seed)
{
    clinic::GenerateOptions o;
    o.patients = 150;
    o.years = 2;
    o.seed = seed;
    o.until = QDate(2026, 12, 1);
    return o;
}

} // namespace

TEST_CASE("A generated clinic is the same for the same seed, and sound", "[clinic][generate]")
{
    test::ClinicFixture a, b, c;
    int told = 0;
    const clinic::GeneratedClinic made =
        clinic::DemoGenerator(a.services)
            .generate(a.admin, options(7), [&told](int done, int total) {
                CHECK(done <= total);
                told = done;
            });
    clinic::DemoGenerator(b.services).generate(b.admin, options(7));
    clinic::DemoGenerator(c.services).generate(c.admin, options(8));
    CHECK(told == 150);

    const store::Database &db = a.db->store();
    const QStringList content = contentOf(db);
    CHECK(content == contentOf(b.db->store()));
    CHECK(content != contentOf(c.db->store()));

    CHECK(made.patients == 150);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM patients")) == 150);
    CHECK(made.consultations > 20);
    CHECK(made.approvedPlans > 0);
    CHECK(made.approvedPlans < made.plans); // some wait for an override's reason
    CHECK(made.appointments == scalar(db, QStringLiteral("SELECT count(*) FROM appointments")));
    CHECK(made.cancelled > 0);
    CHECK(made.noShows > 0);
    // What lies before the `until` day was checked in, cancelled or missed: nothing left booked.
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM appointments WHERE status = 'booked' "
                                    "AND starts_at < %1")
                         .arg(QDate(1970, 1, 1).daysTo(options(7).until) * 1440)) == 0);
    // Names with hyphens and letters beyond ASCII, as the search must find them.
    CHECK(content.filter(QRegularExpression(QStringLiteral("^[^|]*-"))).size() > 0);
    CHECK(content.filter(QRegularExpression(QStringLiteral("^[^|]*[^\\x00-\\x7f]"))).size() > 0);
    // No practitioner and no room is booked twice at once.
    for (const char *who : {"practitioner_id", "room_id"}) {
        INFO(who);
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM appointments x JOIN appointments y "
                                        "ON x.id < y.id AND x.%1 = y.%1 AND x.starts_at < "
                                        "y.ends_at AND y.starts_at < x.ends_at")
                             .arg(QLatin1String(who))) == 0);
    }
    // Every row the services would write, chained.
    const records::AuditVerification audit = a.services.audit.verify(a.admin);
    CHECK(audit.problems.isEmpty());
    CHECK(audit.rows == made.auditRows);
    CHECK(made.auditRows > made.patients + made.consultations);

    // Every session checked in before the `until` day was recorded and completed, and every
    // record belongs to a completed appointment of its patient's approved plan.
    CHECK(made.sessions > 50);
    CHECK(made.sessions == scalar(db, QStringLiteral("SELECT count(*) FROM treatment_sessions")));
    CHECK(
        made.sessions ==
        scalar(db, QStringLiteral("SELECT count(*) FROM appointments WHERE status = 'completed'")));
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM appointments WHERE status = "
                                    "'checked_in'")) == 0);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM treatment_sessions s JOIN appointments "
                                    "a ON a.id = s.appointment_id AND a.patient_id = s.patient_id "
                                    "AND a.plan_id = s.plan_id AND a.status = 'completed'")) ==
          made.sessions);
    CHECK(made.notPerformed > 0);
    CHECK(made.notPerformed < made.sessions / 10);
    CHECK(made.productLines == scalar(db, QStringLiteral("SELECT count(*) FROM session_products")));
    CHECK(made.adverseEvents > 0);
    CHECK(made.adverseEvents == scalar(db, QStringLiteral("SELECT count(*) FROM adverse_events")));
    // Each lot holds what its lines took, was received before the first of them and had not
    // expired at the last; a lot of each product every four weeks at most.
    CHECK(made.lots == scalar(db, QStringLiteral("SELECT count(*) FROM lots")));
    CHECK(made.lots > made.products);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM lots l WHERE used_ul <> (SELECT "
                                    "sum(volume_ul) FROM session_products p WHERE p.lot_id = "
                                    "l.id) OR used_ul > units_received * 2000")) == 0);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM session_products p JOIN lots l ON l.id "
                                    "= p.lot_id JOIN treatment_sessions s ON s.id = p.session_id "
                                    "WHERE s.performed_on < l.received_on OR s.performed_on > "
                                    "l.expiry_date")) == 0);
    // As the session form would have recorded them: no deviation (these reads are audited) from the
    // approved plan.
    std::vector<qint64> some; // read first: a server connection reads one result at a time
    {
        store::Statement s(db.connection(),
                           QStringLiteral("SELECT id FROM treatment_sessions WHERE performed = 1 "
                                          "ORDER BY id LIMIT 5"));
        s.exec();
        while (s.next())
            some.push_back(s.integer(0));
    }
    REQUIRE(some.size() == 5);
    for (const qint64 id : some) {
        const auto record = a.services.sessions.find(a.user, id);
        REQUIRE(record);
        CHECK_FALSE(record->lines.empty());
        CHECK(a.services.sessions.deviations(a.user, *record).empty());
    }
    // A recall's trace finds the patients who received a lot.
    const QString lot = [&db] {
        store::Statement s(db.connection(),
                           QStringLiteral("SELECT lot_number FROM lots ORDER BY used_ul DESC"));
        s.exec();
        s.next();
        return s.text(0);
    }();
    CHECK_FALSE(a.services.stock.trace(a.admin, lot).empty());

    // Never into a clinic that has patients, and nothing written when refused.
    CHECK_THROWS_AS(clinic::DemoGenerator(a.services).generate(a.admin, options(9)),
                    clinic::ConflictError);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM patients")) == 150);
}

TEST_CASE("On a server, a generated clinic leaves the planner the statistics of what it wrote",
          "[clinic][generate]")
{
    test::ClinicFixture clinic;
    const clinic::GeneratedClinic made =
        clinic::DemoGenerator(clinic.services).generate(clinic.admin, options(7));
    REQUIRE(made.appointments > 0);
    if (!clinic.tmp.onServer())
        return; // SQLite plans from its indexes alone: nothing to analyse
    // ANALYZE counts a small table's rows exactly: the planner sees the clinic, not the empty
    // tables of before the load (docs/performance.md: the booking benchmark on a server).
    const store::Database &db = clinic.db->store();
    for (const char *table : {"appointments", "patients", "plans", "audit_log"}) {
        INFO(table);
        CHECK(scalar(db, QStringLiteral("SELECT CAST(reltuples AS BIGINT) FROM pg_class WHERE "
                                        "oid = '%1'::regclass")
                             .arg(QLatin1String(table))) ==
              scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))));
    }
}

TEST_CASE("Only an administrator generates a clinic, of a sensible size", "[clinic][generate]")
{
    test::ClinicFixture f;
    CHECK_THROWS_AS(clinic::DemoGenerator(f.services).generate(f.user, options(1)),
                    clinic::PermissionError);
    clinic::GenerateOptions none = options(1);
    none.patients = 0;
    CHECK_THROWS_AS(clinic::DemoGenerator(f.services).generate(f.admin, none),
                    clinic::ValidationError);
    clinic::GenerateOptions everyDay = options(1);
    everyDay.lotWeeks = 0;
    CHECK_THROWS_AS(clinic::DemoGenerator(f.services).generate(f.admin, everyDay),
                    clinic::ValidationError);
    CHECK(scalar(f.db->store(), QStringLiteral("SELECT count(*) FROM users WHERE username LIKE "
                                               "'practitioner%'")) == 0);
}

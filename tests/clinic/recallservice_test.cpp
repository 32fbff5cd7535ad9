// Maintenance recalls (issue 19), on both engines: a completed course is due once the catalog's
// maintenance interval has passed since its last session, an abandoned one at once; a later
// appointment of the same protocol clears either; a course in progress is never listed. Marks
// (contacted, booked, declined) are kept, checked and audited with the patient.

#include "clinic/recallservice.h"
#include "clinic/validationerror.h"
#include "clinicfixture.h"
#include "store/bookingrepository.h"
#include "store/statement.h"
#include "store/transaction.h"

#include <catch2/catch.hpp>

using namespace meso;

namespace {

struct Course
{
    qint64 patient = 0, consultation = 0, plan = 0;
    int sessions = 0;
};

// A signed consultation and its approved skin rejuvenation plan for a new patient.
Course course(test::ClinicFixture &f, const QString &family)
{
    Course c;
    c.patient = test::addPatient(f.services, f.user, family);
    c.consultation = test::signedConsultation(f.services, f.user, c.patient,
                                              test::oneRequest("skin_rejuvenation", "face"));
    c.plan = test::approvedPlan(f.services, f.user, c.consultation);
    c.sessions = f.services.plans.view(f.user, c.plan).record.sessions;
    return c;
}

// An appointment of the course on `day` at the next free minutes, with its status.
void appointment(test::ClinicFixture &f, const Course &c, const QDate &day, const QString &status)
{
    static int slot = 0;
    const clinic::ClinicSetup setup = f.services.clinicSetup.setup(f.admin);
    records::AppointmentRecord a;
    a.planId = c.plan;
    a.sessionIndex = slot;
    a.patientId = c.patient;
    a.practitionerId = f.practitioner;
    a.roomId = setup.rooms.front().id;
    a.start = QDate(1970, 1, 1).daysTo(day) * 1440 + 480 + qint64{slot++ % 40} * 15; // from 08:00
    a.end = a.start + 10;
    store::BookingRepository booking(f.db->store());
    store::WriteTransaction tx(f.db->store());
    const qint64 id = booking.insert(a, f.user.id, QDateTime::currentDateTimeUtc());
    if (status != QLatin1String("booked"))
        REQUIRE(booking.setStatus(id, 1, QStringLiteral("booked"), status, {},
                                  QDateTime::currentDateTimeUtc()));
    tx.commit();
}

const clinic::Recall *find(const std::vector<clinic::Recall> &list, qint64 consultation)
{
    for (const clinic::Recall &r : list) {
        if (r.row.consultationId == consultation)
            return &r;
    }
    return nullptr;
}

} // namespace

TEST_CASE("Completed courses are due after the maintenance interval, abandoned ones at once",
          "[clinic][recall]")
{
    test::ClinicFixture f;
    const QDate today = QDate::currentDate();
    const auto catalog = f.services.assessments.catalog(f.user);
    const core::Protocol *mesolift = core::Catalog::findIn(catalog->protocols, "mesolift");
    REQUIRE(mesolift);
    REQUIRE(mesolift->maintenanceDays > 0);
    const int interval = mesolift->maintenanceDays;

    // Completed, its last session an interval and ten days ago: due ten days ago.
    const Course done = course(f, QStringLiteral("Achevée"));
    REQUIRE(f.services.plans.view(f.user, done.plan).record.protocol == QLatin1String("mesolift"));
    const QDate last = today.addDays(-interval - 10);
    for (int s = 0; s < done.sessions; ++s)
        appointment(f, done, last.addDays(qint64{-14} * (done.sessions - 1 - s)),
                    QStringLiteral("completed"));
    // Abandoned: two sessions kept, the third missed, nothing booked since.
    const Course left = course(f, QStringLiteral("Abandon"));
    appointment(f, left, today.addDays(-60), QStringLiteral("completed"));
    appointment(f, left, today.addDays(-46), QStringLiteral("completed"));
    appointment(f, left, today.addDays(-32), QStringLiteral("no_show"));
    // Completed, but the maintenance session is booked: cleared.
    const Course maintained = course(f, QStringLiteral("Entretenue"));
    for (int s = 0; s < maintained.sessions; ++s)
        appointment(f, maintained, last.addDays(qint64{-14} * (maintained.sessions - 1 - s) - 1),
                    QStringLiteral("completed"));
    const Course again = {maintained.patient,
                          test::signedConsultation(f.services, f.user, maintained.patient,
                                                   test::oneRequest("skin_rejuvenation", "face")),
                          0, 0};
    const Course maintenance = {again.patient, again.consultation,
                                test::approvedPlan(f.services, f.user, again.consultation), 1};
    appointment(f, maintenance, today.addDays(5), QStringLiteral("booked"));
    // Every session cancelled, none booked again: abandoned from its first booked day.
    const Course cancelled = course(f, QStringLiteral("Annulée"));
    appointment(f, cancelled, today.addDays(-50), QStringLiteral("cancelled"));
    appointment(f, cancelled, today.addDays(-36), QStringLiteral("cancelled"));
    // In progress: a session ahead.
    const Course running = course(f, QStringLiteral("EnCours"));
    appointment(f, running, today.addDays(-20), QStringLiteral("completed"));
    appointment(f, running, today.addDays(-6), QStringLiteral("no_show"));
    appointment(f, running, today.addDays(8), QStringLiteral("booked"));

    const std::vector<clinic::Recall> due = f.services.recalls.due(f.user, QDate(), today, "fr");
    const clinic::Recall *maintenanceDue = find(due, done.consultation);
    REQUIRE(maintenanceDue);
    CHECK(maintenanceDue->row.kind == QLatin1String("maintenance"));
    CHECK(maintenanceDue->row.lastSession == last);
    CHECK(maintenanceDue->row.due == last.addDays(interval));
    CHECK(maintenanceDue->row.sessionsDone == done.sessions);
    CHECK(maintenanceDue->row.familyName == QStringLiteral("Achevée"));
    CHECK(maintenanceDue->row.patientId == done.patient);
    CHECK(maintenanceDue->protocolName != QLatin1String("mesolift")); // named, in French
    const clinic::Recall *abandoned = find(due, left.consultation);
    REQUIRE(abandoned);
    CHECK(abandoned->row.kind == QLatin1String("abandoned"));
    CHECK(abandoned->row.sessionsDone == 2);
    CHECK(abandoned->row.lastSession == today.addDays(-32));
    CHECK(abandoned->row.due == today.addDays(-32));
    const clinic::Recall *allCancelled = find(due, cancelled.consultation);
    REQUIRE(allCancelled);
    CHECK(allCancelled->row.kind == QLatin1String("abandoned"));
    CHECK(allCancelled->row.sessionsDone == 0);
    CHECK(allCancelled->row.due == today.addDays(-50)); // the first one booked
    CHECK(allCancelled->row.lastSession == today.addDays(-50));
    CHECK_FALSE(find(due, maintained.consultation));
    CHECK_FALSE(find(due, maintenance.consultation));
    CHECK_FALSE(find(due, running.consultation));
    // By due date: the cancelled course (50 days ago), the abandoned one (32 days ago), then the
    // maintenance one (10 days ago).
    REQUIRE(due.size() == 3);
    CHECK(due[0].row.consultationId == cancelled.consultation);
    CHECK(due[1].row.consultationId == left.consultation);

    // Before its maintenance date, a completed course is not due yet.
    const auto earlier = f.services.recalls.due(f.user, QDate(), last.addDays(interval - 1));
    CHECK_FALSE(find(earlier, done.consultation));
    CHECK(find(earlier, left.consultation));
    // A window of due dates: from 20 days ago, only the maintenance one (due 10 days ago).
    const auto recent = f.services.recalls.due(f.user, today.addDays(-20), today);
    CHECK(find(recent, done.consultation));
    CHECK_FALSE(find(recent, left.consultation));
    CHECK_THROWS_WITH(f.services.recalls.due(f.user, today, today.addDays(-1)),
                      Catch::StartsWith("recall.due_from"));
    // Listing is audited once per list, with how many were shown.
    store::Statement audit(f.db->store().connection(),
                           QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                          "'recall.list' AND patient_id IS NULL"));
    audit.exec();
    REQUIRE(audit.next());
    CHECK(audit.integer(0) == 3);
}

TEST_CASE("A recall is marked contacted, booked or declined, checked and audited",
          "[clinic][recall]")
{
    test::ClinicFixture f;
    const QDate today = QDate::currentDate();
    const Course left = course(f, QStringLiteral("Rappel"));
    appointment(f, left, today.addDays(-40), QStringLiteral("completed"));
    appointment(f, left, today.addDays(-26), QStringLiteral("cancelled"));

    const clinic::ActingUser desk{f.user.id, QStringLiteral("desk"), QStringLiteral("front_desk"),
                                  QString()};
    f.services.recalls.mark(desk, left.consultation, 0, QStringLiteral("contacted"),
                            today.addDays(-1), QStringLiteral("  rappelle lundi "));
    auto due = f.services.recalls.due(desk, QDate(), today);
    const clinic::Recall *r = find(due, left.consultation);
    REQUIRE(r);
    CHECK(r->row.mark == QLatin1String("contacted"));
    CHECK(r->row.markedOn == today.addDays(-1));
    CHECK(r->row.note == QStringLiteral("rappelle lundi"));
    // A new mark replaces it.
    f.services.recalls.mark(f.user, left.consultation, 0, QStringLiteral("declined"), today);
    due = f.services.recalls.due(f.user, QDate(), today);
    r = find(due, left.consultation);
    REQUIRE(r);
    CHECK(r->row.mark == QLatin1String("declined"));
    CHECK(r->row.note.isEmpty());
    CHECK(clinic::RecallService::markName(QStringLiteral("declined")) ==
          QStringLiteral("declined"));

    // Refused with the field named; nothing written.
    CHECK_THROWS_WITH(
        f.services.recalls.mark(f.user, left.consultation, 0, QStringLiteral("called"), today),
        Catch::StartsWith("recall.status"));
    CHECK_THROWS_WITH(f.services.recalls.mark(f.user, left.consultation, 0,
                                              QStringLiteral("booked"), today.addDays(1)),
                      Catch::StartsWith("recall.date"));
    CHECK_THROWS_WITH(
        f.services.recalls.mark(f.user, left.consultation, 3, QStringLiteral("booked"), today),
        Catch::StartsWith("recall.course"));
    CHECK_THROWS_WITH(f.services.recalls.due(f.user, QDate(), QDate()),
                      Catch::StartsWith("recall.due_before"));
    // An administrator reads recalls but does not call patients.
    CHECK_THROWS_AS(
        f.services.recalls.mark(f.admin, left.consultation, 0, QStringLiteral("booked"), today),
        clinic::PermissionError);
    CHECK_NOTHROW(f.services.recalls.due(f.admin, QDate(), today));

    store::Statement audit(f.db->store().connection(),
                           QStringLiteral("SELECT count(*), min(patient_id) FROM audit_log WHERE "
                                          "action = 'recall.mark'"));
    audit.exec();
    REQUIRE(audit.next());
    CHECK(audit.integer(0) == 2);
    CHECK(audit.integer(1) == left.patient);
}

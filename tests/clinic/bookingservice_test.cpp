// Booking: approved plans only, the whole series or nothing, conflicts checked inside the write
// transaction, moves that keep the spacing, cancel / check-in / complete / no-show.

#include "clinic/clinictime.h"
#include "clinic/validationerror.h"
#include "clinicfixture.h"
#include "records/storeerror.h"
#include "store/statement.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

#include <algorithm>
#include <functional>
#include <tuple>

using namespace meso;

namespace {

struct Clinic : test::ClinicFixture
{
    // An approved plan for a new patient: hair loss at the scalp (no finding).
    qint64 approvedPlan(const QString &family, bool approve = true)
    {
        const qint64 patient = test::addPatient(services, user, family);
        const qint64 consultation = test::signedConsultation(
            services, user, patient, test::oneRequest("hair_loss", "scalp"));
        return test::approvedPlan(services, user, consultation, approve);
    }

    int activeAppointments()
    {
        int n = 0;
        for (const auto &a :
             services.booking.between(user, QDateTime(QDate(2000, 1, 1), QTime(0, 0)),
                                      QDateTime(QDate(2100, 1, 1), QTime(0, 0))))
            n += a.active() ? 1 : 0;
        return n;
    }
};

} // namespace

TEST_CASE("An approved plan's whole series is proposed and booked, once", "[clinic][booking]")
{
    Clinic clinic;
    const qint64 plan = clinic.approvedPlan(QStringLiteral("First"));
    CHECK(clinic.services.booking.plansWaiting(clinic.user) == std::vector<qint64>{plan});
    const clinic::SeriesProposal proposal = clinic.services.booking.propose(clinic.user, plan, {});
    REQUIRE(proposal.plan.found());
    const int sessions = clinic.services.plans.view(clinic.user, plan).record.sessions;
    REQUIRE(static_cast<int>(proposal.plan.sessions.size()) == sessions);
    CHECK(proposal.request.minutes == 20 + 10); // the protocol's session and the set-up buffer
    const auto ids = clinic.services.booking.book(clinic.user, plan, proposal.plan.sessions);
    CHECK(static_cast<int>(ids.size()) == sessions);
    CHECK(clinic.activeAppointments() == sessions);
    // One statement inserts the series: each id is its session's, at the time proposed.
    for (int k = 0; k < sessions; ++k) {
        const auto a = clinic.services.booking.find(clinic.user, ids[static_cast<size_t>(k)]);
        REQUIRE(a);
        CHECK(a->sessionIndex == k);
        CHECK(a->start == proposal.plan.sessions[static_cast<size_t>(k)].span.start);
    }
    CHECK(clinic.services.booking.plansWaiting(clinic.user).empty());
    CHECK_THROWS_AS(clinic.services.booking.book(clinic.user, plan, proposal.plan.sessions),
                    clinic::ConflictError);
    // A session moved (its times change, not its status) leaves the plan booked.
    const auto first = clinic.services.booking.find(clinic.user, ids.front());
    REQUIRE(first);
    const auto to = clinic.services.booking.moveOptions(clinic.user, first->id, 1);
    REQUIRE(!to.empty());
    clinic.services.booking.move(clinic.user, first->id, first->rowVersion, to.front());
    CHECK(clinic.services.booking.find(clinic.user, first->id)->start == to.front().span.start);
    CHECK(clinic.services.booking.plansWaiting(clinic.user).empty());

    // A new version of the booked plan is not a second course: not waiting, not booked again.
    const qint64 v2 = clinic.services.plans.revise(clinic.user, plan);
    clinic.services.plans.approve(clinic.user, v2,
                                  clinic.services.plans.view(clinic.user, v2).record.rowVersion);
    CHECK(clinic.services.booking.plansWaiting(clinic.user).empty());
    CHECK_THROWS_AS(clinic.services.booking.bookBest(clinic.user, v2, {}), clinic::ConflictError);
    CHECK(clinic.activeAppointments() == sessions);

    // A draft plan is not booked.
    const qint64 draft = clinic.approvedPlan(QStringLiteral("Draft"), false);
    CHECK_THROWS_AS(clinic.services.booking.propose(clinic.user, draft, {}), clinic::ConflictError);
}

TEST_CASE("A plan whose sessions are all cancelled waits to be booked again", "[clinic][booking]")
{
    Clinic clinic;
    const qint64 plan = clinic.approvedPlan(QStringLiteral("First"));
    const auto ids = clinic.services.booking.bookBest(clinic.user, plan, {});
    REQUIRE_FALSE(ids.empty());
    CHECK(clinic.services.booking.plansWaiting(clinic.user).empty());
    for (size_t k = 0; k < ids.size(); ++k) {
        const auto a = clinic.services.booking.find(clinic.user, ids[k]);
        REQUIRE(a);
        clinic.services.booking.cancel(clinic.user, a->id, a->rowVersion,
                                       QStringLiteral("moving away"));
        // Waiting again only once no session of the series is left.
        CHECK(clinic.services.booking.plansWaiting(clinic.user).empty() == (k + 1 < ids.size()));
    }
    CHECK(clinic.services.booking.plansWaiting(clinic.user) == std::vector<qint64>{plan});
    CHECK(clinic.services.booking.bookBest(clinic.user, plan, {}).size() == ids.size());
    CHECK(clinic.services.booking.plansWaiting(clinic.user).empty());
}

TEST_CASE("The calendar the scheduler reads holds every active appointment of its window",
          "[clinic][booking]")
{
    // A server sends it as one text of numbers, a file as rows: the same appointments either way.
    Clinic clinic;
    const qint64 plan = clinic.approvedPlan(QStringLiteral("First"));
    const qint64 patient = clinic.services.plans.summary(clinic.user, plan).patientId;
    const qint64 other = clinic.approvedPlan(QStringLiteral("Second"));
    const qint64 otherPatient = clinic.services.plans.summary(clinic.user, other).patientId;
    const QDate day(2030, 3, 4);
    const auto at = [&](const QDate &date, int hour, int minute) {
        return QDateTime(date, QTime(hour, minute));
    };
    store::BookingRepository booking(clinic.db->store());
    const store::BookingRepository::Busy none{0, 0, 0, 0, 0};
    const auto readBack = [&](qint64 id) {
        const auto a = booking.find(id);
        return a ? store::BookingRepository::Busy{a->practitionerId, a->roomId, a->patientId,
                                                  a->start, a->end}
                 : none;
    };
    const qint64 from = clinic::toMinute(at(day, 0, 0));
    const qint64 to = from + 1440;
    CHECK(booking.busyBetween(from, to).empty()); // nothing booked: no text at all on a server

    // Overlapping the window's start, inside it (one of them completed, one of another patient).
    const qint64 overnight = clinic.appointmentAt(patient, plan, 0, at(day.addDays(-1), 23, 50));
    const qint64 morning = clinic.appointmentAt(patient, plan, 1, at(day, 10, 0));
    const qint64 done =
        clinic.appointmentAt(otherPatient, other, 0, at(day, 15, 0), QStringLiteral("completed"));
    // Not in it: ended before it, cancelled, after it, and the one left out (a move's own).
    clinic.appointmentAt(patient, plan, 2, at(day.addDays(-1), 23, 0));
    clinic.appointmentAt(otherPatient, other, 1, at(day, 11, 0), QStringLiteral("cancelled"));
    clinic.appointmentAt(otherPatient, other, 2, at(day.addDays(1), 9, 0));
    const qint64 moved = clinic.appointmentAt(otherPatient, other, 3, at(day, 16, 0));

    const auto busy = booking.busyBetween(from, to, moved);
    const auto key = [](const store::BookingRepository::Busy &b) {
        return std::tuple(b.start, b.end, b.practitionerId, b.roomId, b.patientId);
    };
    std::vector<std::tuple<qint64, qint64, qint64, qint64, qint64>> got, expected;
    for (const auto &b : busy)
        got.push_back(key(b));
    for (const qint64 id : {overnight, morning, done})
        expected.push_back(key(readBack(id)));
    std::sort(got.begin(), got.end());
    std::sort(expected.begin(), expected.end());
    CHECK(got == expected);
    CHECK(std::get<4>(expected.back()) == otherPatient); // each row's own patient
    CHECK(booking.busyBetween(from, to).size() == 4);    // with the one left out above
}

TEST_CASE("A series colliding with a booked session writes nothing and names the session",
          "[clinic][booking]")
{
    Clinic clinic;
    const qint64 first = clinic.approvedPlan(QStringLiteral("First"));
    const qint64 second = clinic.approvedPlan(QStringLiteral("Second"));
    const auto proposal = clinic.services.booking.propose(clinic.user, first, {});
    // Both front desks got the same proposal (one practitioner, one room): the second loses.
    const auto secondProposal = clinic.services.booking.propose(clinic.user, second, {});
    REQUIRE(secondProposal.plan.sessions.front().span == proposal.plan.sessions.front().span);
    clinic.services.booking.book(clinic.user, first, proposal.plan.sessions);
    const int before = clinic.activeAppointments();
    try {
        clinic.services.booking.book(clinic.user, second, secondProposal.plan.sessions);
        FAIL("a taken slot was booked");
    } catch (const clinic::SlotTakenError &e) {
        CHECK(e.field() == QStringLiteral("booking.sessions[0]"));
        CHECK(e.message().contains(QStringLiteral("already booked")));
    }
    CHECK(clinic.activeAppointments() == before);
    // Proposed again, it goes around the first patient's sessions.
    const auto again = clinic.services.booking.propose(clinic.user, second, {});
    REQUIRE(again.plan.found());
    clinic.services.booking.book(clinic.user, second, again.plan.sessions);
    CHECK(clinic.activeAppointments() == 2 * before);
}

TEST_CASE("Moving a session keeps its spacing, and statuses follow the day", "[clinic][booking]")
{
    Clinic clinic;
    const qint64 plan = clinic.approvedPlan(QStringLiteral("Mover"));
    const auto proposal = clinic.services.booking.propose(clinic.user, plan, {});
    const auto ids = clinic.services.booking.book(clinic.user, plan, proposal.plan.sessions);
    REQUIRE(ids.size() >= 3);
    auto second = *clinic.services.booking.find(clinic.user, ids[1]);
    const auto options = clinic.services.booking.moveOptions(clinic.user, ids[1], 4);
    REQUIRE_FALSE(options.empty());
    clinic.services.booking.move(clinic.user, ids[1], second.rowVersion, options.back());
    second = *clinic.services.booking.find(clinic.user, ids[1]);
    CHECK(second.start == options.back().span.start);
    // Onto the third session's day: too close to it.
    core::ScheduledSession tooClose = options.back();
    const auto third = *clinic.services.booking.find(clinic.user, ids[2]);
    tooClose.date = core::Date::fromDays(static_cast<long>(third.start / 1440));
    tooClose.span = {third.start, third.end};
    CHECK_THROWS_AS(clinic.services.booking.move(clinic.user, ids[1], second.rowVersion, tooClose),
                    clinic::ValidationError);
    CHECK(clinic.services.booking.find(clinic.user, ids[1])->start == second.start);

    CHECK_THROWS_AS(
        clinic.services.booking.cancel(clinic.user, ids[2], third.rowVersion, QStringLiteral(" ")),
        clinic::ValidationError);
    clinic.services.booking.cancel(clinic.user, ids[2], third.rowVersion,
                                   QStringLiteral("Patient ill"));
    CHECK(clinic.services.booking.find(clinic.user, ids[2])->status == QStringLiteral("cancelled"));
    // The day itself: check-in, no-show and completion follow the clock.
    auto later = *clinic.services.booking.find(clinic.user, ids[3]);
    CHECK_THROWS_AS(clinic.services.booking.checkIn(clinic.user, ids[3], later.rowVersion),
                    clinic::ConflictError);
    CHECK_THROWS_AS(clinic.services.booking.markNoShow(clinic.user, ids[3], later.rowVersion),
                    clinic::ConflictError);
    const QDateTime now = QDateTime::currentDateTime();
    const core::Minute start =
        std::max(clinic::toMinute(QDateTime(now.date(), QTime(0, 0))), clinic::toMinute(now) - 60);
    // As if booked for earlier today, one after the other (on a clinic server the database itself
    // refuses two at once: the patient's and practitioner's exclusion constraints).
    const std::pair<qint64, core::Minute> earlier[] = {{ids.back(), start}, {ids[0], start + 1}};
    for (const auto &[id, from] : earlier) {
        QSqlQuery q(clinic.db->store().connection());
        REQUIRE(q.exec(
            QStringLiteral("UPDATE appointments SET starts_at = %1, ends_at = %2 WHERE id = %3")
                .arg(from)
                .arg(from + (from == start ? 1 : 30))
                .arg(id)));
    }
    // Completed by its session record (here: not performed), once checked in.
    const auto first = *clinic.services.booking.find(clinic.user, ids[0]);
    CHECK_THROWS_AS(
        clinic.services.sessions.notPerformed(clinic.user, ids[0], QStringLiteral("Felt unwell")),
        clinic::ConflictError);
    clinic.services.booking.checkIn(clinic.user, ids[0], first.rowVersion);
    clinic.services.sessions.notPerformed(clinic.user, ids[0], QStringLiteral("Felt unwell"));
    CHECK(clinic.services.booking.find(clinic.user, ids[0])->status == QStringLiteral("completed"));
    const auto last = *clinic.services.booking.find(clinic.user, ids.back());
    CHECK(clinic.services.booking.noShows(clinic.user, last.patientId) == 0);
    clinic.services.booking.markNoShow(clinic.user, ids.back(), last.rowVersion);
    CHECK(clinic.services.booking.noShows(clinic.user, last.patientId) == 1);
    // A no-show is not moved.
    core::ScheduledSession anywhere = options.front();
    CHECK_THROWS_AS(
        clinic.services.booking.move(clinic.user, ids.back(), last.rowVersion + 1, anywhere),
        clinic::ConflictError);
    // A stale row version is refused.
    CHECK_THROWS_AS(clinic.services.booking.checkIn(clinic.user, ids[3], 99),
                    clinic::ConflictError);
}

TEST_CASE("Clinic setup: only administrators change it, and bad hours name the field",
          "[clinic][booking]")
{
    Clinic clinic;
    const clinic::ActingUser desk{clinic.user.id, QStringLiteral("desk"),
                                  QStringLiteral("front_desk"), QString()};
    const clinic::ClinicSetup setup = clinic.services.clinicSetup.setup(clinic.user);
    CHECK(setup.bufferMinutes == 10);
    CHECK(setup.opening[0].size() == 1);
    CHECK(setup.opening[6].empty());
    CHECK(setup.rooms.size() == 1);
    CHECK_THROWS_AS(clinic.services.clinicSetup.setOpeningHours(desk, setup.opening, 5),
                    clinic::PermissionError);
    CHECK_THROWS_AS(
        clinic.services.clinicSetup.saveRoom(desk, {0, QStringLiteral("Room 9"), {}, true}),
        clinic::PermissionError);
    CHECK_THROWS_AS(
        clinic.services.clinicSetup.setClosure(clinic.user, QDate::currentDate(), QString()),
        clinic::PermissionError);
    // Equipment and protocols are the catalog's: a typo would make a room or a practitioner
    // unusable.
    CHECK_THROWS_AS(
        clinic.services.clinicSetup.saveRoom(
            clinic.admin, {0, QStringLiteral("Room 9"), {QStringLiteral("multineedle")}, true}),
        clinic::ValidationError);
    // Offered by the catalog's names (catalog.json `equipment`), saved by id.
    const auto equipment = clinic.services.clinicSetup.equipment(clinic.user);
    const auto multiNeedle = std::find_if(equipment.begin(), equipment.end(), [](const auto &c) {
        return c.id == QStringLiteral("multi_needle");
    });
    REQUIRE(multiNeedle != equipment.end());
    CHECK(multiNeedle->name == QStringLiteral("Multi-needle injector"));
    CHECK_THROWS_AS(clinic.services.clinicSetup.saveProfile(clinic.admin, clinic.practitioner,
                                                            setup.opening,
                                                            {QStringLiteral("mesolif")}),
                    clinic::ValidationError);
    CHECK_THROWS_AS(clinic.services.booking.propose(clinic.user, 999, {}), clinic::ValidationError);
    try {
        clinic::parseHours(QStringLiteral(R"({"1": [["18:00", "09:00"]]})"),
                           QStringLiteral("hours"));
        FAIL("an end before the start was accepted");
    } catch (const clinic::ValidationError &e) {
        CHECK(e.field() == QStringLiteral("hours"));
    }
    clinic.services.clinicSetup.setClosure(clinic.admin, QDate::currentDate().addDays(1),
                                           QStringLiteral("Holiday"));
    CHECK(clinic.services.clinicSetup.setup(clinic.user).closures.size() == 1);
    const QDateTime t(QDate(2027, 3, 4), QTime(14, 35));
    CHECK(clinic::toDateTime(clinic::toMinute(t)) == t);
}

TEST_CASE("On a clinic server the engine itself refuses double bookings and orphans",
          "[server][clinic][booking]")
{
    Clinic clinic;
    REQUIRE(clinic.db->isServer());
    const qint64 plan = clinic.approvedPlan(QStringLiteral("First"));
    const auto ids = clinic.services.booking.bookBest(clinic.user, plan, {});
    const auto booked = *clinic.services.booking.find(clinic.user, ids.front());
    const qint64 other = clinic.approvedPlan(QStringLiteral("Second"));
    const qint64 otherPatient = clinic.services.plans.summary(clinic.user, other).patientId;
    const qint64 room2 =
        clinic.services.clinicSetup.saveRoom(clinic.admin, {0, QStringLiteral("Room 2"), {}, true});
    // What another tool (or a bug) might write behind the services' back: the same practitioner
    // at an overlapping time, in another room, for another patient.
    const auto insert = [&](qint64 patient, qint64 practitioner, qint64 room, core::Minute start,
                            qint64 planId) {
        store::Statement s(
            clinic.db->store().connection(),
            QStringLiteral(
                "INSERT INTO appointments (plan_id, session_index, patient_id, practitioner_id, "
                "room_id, starts_at, ends_at, status, created_by, created_at, updated_at) "
                "VALUES (?, 0, ?, ?, ?, ?, ?, 'booked', ?, 'now', 'now')"));
        s.bind(planId)
            .bind(patient)
            .bind(practitioner)
            .bind(room)
            .bind(start)
            .bind(start + 30)
            .bind(clinic.user.id);
        s.exec();
    };
    const auto kindOf = [](const std::function<void()> &write) {
        try {
            write();
        } catch (const records::StoreError &e) {
            return e.kind();
        }
        return records::StoreError::Kind::Other;
    };
    CHECK(kindOf([&] {
              insert(otherPatient, booked.practitionerId, room2, booked.start + 10, other);
          }) == records::StoreError::Kind::Conflict);
    // Same room, another practitioner; the same patient elsewhere: refused alike.
    const qint64 pia =
        clinic.practitioner == booked.practitionerId ? clinic.user.id : clinic.practitioner;
    CHECK(kindOf([&] { insert(otherPatient, pia, booked.roomId, booked.start, other); }) ==
          records::StoreError::Kind::Conflict);
    CHECK(kindOf([&] { insert(booked.patientId, pia, room2, booked.start + 29, plan); }) ==
          records::StoreError::Kind::Conflict);
    // Back to back is not an overlap; a cancelled appointment frees its time.
    CHECK_NOTHROW(insert(otherPatient, booked.practitionerId, booked.roomId, booked.end, other));
    clinic.services.booking.cancel(clinic.user, booked.id, booked.rowVersion,
                                   QStringLiteral("moved away"));
    CHECK_NOTHROW(insert(otherPatient, booked.practitionerId, booked.roomId, booked.start, other));
    // Foreign keys and checks hold as on SQLite.
    CHECK_THROWS_AS(insert(999999, pia, room2, booked.start + 2000, other), records::StoreError);
    CHECK_THROWS_AS(store::execute(clinic.db->store().connection(),
                                   QStringLiteral("UPDATE appointments SET status = 'lost'")),
                    records::StoreError);
}

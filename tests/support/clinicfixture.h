#pragma once

// The clinical records a test of plans or booking starts from, made through the services as a
// user would: a patient, a signed consultation, an approved plan. For tests that link
// mesoplan_clinic (store-only tests use testsupport.h alone).

#include "testsupport.h"

#include "clinic/clinicdatabase.h"
#include "clinic/services.h"
#include "records/consultationrecord.h"
#include "records/patientrecord.h"
#include "records/userrecord.h"
#include "store/bookingrepository.h"
#include "store/database.h"
#include "store/transaction.h"

#include <QDate>

namespace meso::test {

inline qint64 addPatient(clinic::Services &s, const clinic::ActingUser &user, const QString &family,
                         const QDate &birth = QDate(1985, 6, 1))
{
    records::PatientRecord p;
    p.familyName = family;
    p.givenNames = QStringLiteral("Test");
    p.birthDate = birth;
    return s.patients.create(user, p);
}

// A signed consultation of the patient, dated today. `intake` is JSON text in which %1 stands for
// today's date and %2 for the patient's birth date.
inline qint64 signedConsultation(clinic::Services &s, const clinic::ActingUser &user,
                                 qint64 patientId, const QString &intake)
{
    const auto patient = s.patients.find(user, patientId);
    records::ConsultationRecord c;
    c.patientId = patientId;
    c.date = QDate::currentDate();
    c.intake = intake.arg(c.date.toString(Qt::ISODate), patient->birthDate.toString(Qt::ISODate));
    return s.consultations.sign(user, c).id;
}

// The intake of one request, without findings.
inline QString oneRequest(const char *indication, const char *area)
{
    return QStringLiteral(
               R"({"patient": {"birth_date": "%2"}, "date": "%1", "requests": [{"indication": "%3", "area": "%4"}]})")
        .arg(QStringLiteral("%1"), QStringLiteral("%2"), QLatin1String(indication),
             QLatin1String(area));
}

// The rules' proposal for the consultation's request, saved and (unless `approve` is false)
// approved.
inline qint64 approvedPlan(clinic::Services &s, const clinic::ActingUser &user,
                           qint64 consultationId, bool approve = true)
{
    const qint64 plan = s.plans.saveDraft(user, s.plans.current(user, consultationId, 0).record);
    if (approve)
        s.plans.approve(user, plan, s.plans.view(user, plan).record.rowVersion);
    return plan;
}

// A practitioner the calendar can book (the built-in accounts never are), working the clinic's
// opening hours; returns their id.
inline qint64 addBookablePractitioner(clinic::Services &s, const clinic::ActingUser &admin,
                                      const QString &username, const QString &name)
{
    return s.clinicSetup.addPractitioner(admin, username, name, s.clinicSetup.setup(admin).opening);
}

// An appointment of the plan's session `sessionIndex` for earlier today, checked in: what a
// session is recorded on, whatever the time the test runs (the calendar books only future
// slots). Each call takes the next minutes, so that none overlaps another on a clinic server.
inline qint64 checkedInToday(clinic::Services &s, const clinic::ActingUser &user,
                             const store::Database &db, qint64 planId, int sessionIndex = 0)
{
    static int minute = 0;
    const auto summary = s.plans.summary(user, planId);
    records::AppointmentRecord a;
    a.planId = planId;
    a.sessionIndex = sessionIndex;
    a.patientId = summary.patientId;
    const auto setup = s.clinicSetup.setup(user);
    a.practitionerId = setup.practitioners.front().userId;
    a.roomId = setup.rooms.front().id;
    a.start = QDate(1970, 1, 1).daysTo(QDate::currentDate()) * 1440 + (minute++ % 1400);
    a.end = a.start + 1;
    qint64 id = 0;
    {
        store::WriteTransaction tx(db);
        id = store::BookingRepository(db).insert(a, user.id, QDateTime::currentDateTimeUtc());
        tx.commit();
    }
    s.booking.checkIn(user, id, s.booking.find(user, id)->rowVersion);
    return id;
}

// A new clinic database at `path` with an administrator "ada" (password "admin-secret") and a
// front desk "desk" (password "desk-secret"), hashed at the cheapest allowed cost: for tests that
// drive the real CLI, which signs in.
inline void makeClinicWithFrontDesk(const QString &path)
{
    auto db = clinic::openClinicDatabase(path);
    clinic::UserService users(*db, clinic::UserService::minimumCost());
    const auto admin = users.createFirstAdmin(QStringLiteral("ada"), QStringLiteral("Ada"),
                                              QStringLiteral("admin-secret"));
    records::UserRecord desk;
    desk.username = QStringLiteral("desk");
    desk.displayName = QStringLiteral("Desk");
    desk.role = QStringLiteral("front_desk");
    users.addUser(admin, desk, QStringLiteral("desk-secret"));
}

// A clinic database of its own, with the built-in practitioner acting (`admin` for the clinic's
// setup, which only administrators change) and one bookable practitioner.
struct ClinicFixture
{
    TempDir tmp;
    std::unique_ptr<clinic::ClinicDatabase> db = clinic::openClinicDatabase(tmp.dbPath());
    clinic::ActingUser user = clinic::ActingUser::builtInLocal(*db);
    clinic::ActingUser admin = clinic::ActingUser::system(*db);
    clinic::Services services{*db};
    qint64 practitioner = addBookablePractitioner(services, admin, QStringLiteral("pia.morel"),
                                                  QStringLiteral("Dr Pia Morel"));

    // An appointment of the plan's session `session` at `start` (30 minutes, the first room, the
    // fixture's practitioner), written as booking would, then given `status`: for tests about a
    // history or a day's list, which booking through the service (from now on only) cannot make.
    qint64 appointmentAt(qint64 patientId, qint64 planId, int session, const QDateTime &start,
                         const QString &status = QStringLiteral("booked"))
    {
        records::AppointmentRecord a;
        a.planId = planId;
        a.sessionIndex = session;
        a.patientId = patientId;
        a.practitionerId = practitioner;
        a.roomId = services.clinicSetup.setup(admin).rooms.front().id;
        a.start = QDate(1970, 1, 1).daysTo(start.date()) * 1440 +
                  start.time().msecsSinceStartOfDay() / 60000;
        a.end = a.start + 30;
        store::BookingRepository booking(db->store());
        store::WriteTransaction tx(db->store());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const qint64 id = booking.insert(a, user.id, now);
        if (status != QLatin1String("booked") &&
            !booking.setStatus(id, 1, QStringLiteral("booked"), status, {}, now))
            throw std::runtime_error("the appointment's status could not be set");
        tx.commit();
        return id;
    }
};

} // namespace meso::test

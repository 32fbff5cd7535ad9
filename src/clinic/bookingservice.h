#pragma once

#include "actinguser.h"
#include "clinicsetupservice.h"

#include "core/scheduler.h"
#include "records/bookingrecords.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

#include <vector>

namespace meso::store {
class Database;
}

namespace meso::clinic {

class PlanService;

// What the front desk asks for when booking a series.
struct BookingPreferences
{
    QDate earliest;                     // invalid: the plan's earliest start, never before today
    std::vector<int> weekdays;          // 1 Monday .. 7 Sunday; empty: any
    std::vector<core::DayWindow> times; // empty: any opening time
    qint64 practitioner = 0;            // preferred; 0: anyone who performs the protocol
    bool onlyPreferred = false;
    int horizonDays = 0; // 0: the whole course at its widest spacing, and 90 days more
};

struct SeriesProposal
{
    qint64 planId = 0, patientId = 0;
    core::SeriesRequest request;
    core::SeriesPlan plan;
};

// Booking approved plans' session series into practitioners' and rooms' calendars. Every write
// is one transaction that checks again, inside it, that every session is still free for the
// practitioner, the room and the patient: two front desks booking at once never double-book.
class BookingService
{
    Q_DECLARE_TR_FUNCTIONS(meso::clinic::BookingService)
public:
    BookingService(const store::Database &db, PlanService &plans);

    // An appointment's status (booked, checked_in, completed, cancelled, no_show) in words,
    // translated; the code itself when unknown.
    static QString statusName(const QString &status);

    // The best-fitting series for an approved plan (nothing written).
    SeriesProposal propose(const ActingUser &user, qint64 planId,
                           const BookingPreferences &preferences);
    // Books the whole series or nothing: SlotTakenError when a session collides (naming it),
    // ValidationError when it breaks the clinic's hours or the protocol's spacing, ConflictError
    // when the plan is not approved or already booked. Returns the appointments' ids.
    std::vector<qint64> book(const ActingUser &user, qint64 planId,
                             const std::vector<core::ScheduledSession> &sessions);
    // Proposes and books in one write transaction: what another workstation books meanwhile is
    // seen before the proposal is made. ConflictError with the scheduler's reason when nothing
    // fits.
    std::vector<qint64> bookBest(const ActingUser &user, qint64 planId,
                                 const BookingPreferences &preferences);
    // The nearest slots keeping the spacing to the session's neighbours.
    std::vector<core::ScheduledSession> moveOptions(const ActingUser &user, qint64 appointmentId,
                                                    int count);
    void move(const ActingUser &user, qint64 appointmentId, int rowVersion,
              const core::ScheduledSession &target);
    // Why moving there is refused, or empty when it may: the calendar's live feedback while a
    // session is dragged (nothing written).
    std::string checkMove(const ActingUser &user, qint64 appointmentId,
                          core::ScheduledSession target);
    void cancel(const ActingUser &user, qint64 appointmentId, int rowVersion,
                const QString &reason);
    void checkIn(const ActingUser &user, qint64 appointmentId, int rowVersion);
    // (An appointment is completed by its session record: SessionService::record, notPerformed.)
    void markNoShow(const ActingUser &user, qint64 appointmentId, int rowVersion);

    std::optional<records::AppointmentRecord> find(const ActingUser &user,
                                                   qint64 appointmentId) const;
    // Every appointment starting in [from, to), by start.
    std::vector<records::AppointmentRecord> between(const ActingUser &user, const QDateTime &from,
                                                    const QDateTime &to) const;
    std::vector<records::AppointmentRecord> forPatient(const ActingUser &user,
                                                       qint64 patientId) const;
    std::vector<records::AppointmentRecord> forPlan(const ActingUser &user, qint64 planId) const;
    int noShows(const ActingUser &user, qint64 patientId) const;
    std::vector<qint64> plansWaiting(const ActingUser &user) const;
    // A stable identity of this clinic database for calendar exports (created on first use).
    QString calendarId(const ActingUser &user);

private:
    // The request of an approved plan, with the clinic's setup it was made with, and the clinic's
    // calendar over [from, to) on that setup, without the appointment `except`. Each is read once
    // per use case: on a clinic server every statement is a round trip.
    core::SeriesRequest requestFor(const ActingUser &user, qint64 planId, qint64 &patientId,
                                   ClinicSetup &setup);
    core::ClinicSchedule schedule(const ClinicSetup &setup, core::Minute from, core::Minute to,
                                  qint64 patientId, std::vector<core::Span> &patientBusy,
                                  qint64 except = 0) const;
    std::string whyNotMove(const ActingUser &user, const records::AppointmentRecord &appointment,
                           core::ScheduledSession &target);
    // propose, giving the calendar it read (the horizon and a day on each side).
    SeriesProposal propose(const ActingUser &user, qint64 planId,
                           const BookingPreferences &preferences, core::ClinicSchedule &clinic);
    // Checks the sessions against `clinic` (read inside the caller's write transaction, around
    // every session) and inserts them.
    std::vector<qint64> insertSeries(const ActingUser &user, qint64 planId, qint64 patientId,
                                     const core::SeriesRequest &request,
                                     const core::ClinicSchedule &clinic,
                                     const std::vector<core::ScheduledSession> &sessions);
    void transition(const ActingUser &user, qint64 id, int rowVersion, const QStringList &from,
                    const QString &to, const QString &reason);

    const store::Database &m_db;
    PlanService &m_plans;
};

} // namespace meso::clinic

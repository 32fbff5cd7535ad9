#include "bookingservice.h"

#include "audit.h"
#include "clinicsetupservice.h"
#include "clinictime.h"
#include "language.h"
#include "permissions.h"
#include "planservice.h"
#include "validationerror.h"

#include "records/bookingrecords.h"
#include "records/strings.h"
#include "store/bookingrepository.h"
#include "store/changefeed.h"
#include "store/database.h"
#include "store/planrepository.h"
#include "store/settingsrepository.h"
#include "store/transaction.h"
#include "store/userrepository.h"

#include <nlohmann/json.hpp>

#include <QRegularExpression>
#include <QUuid>

#include <algorithm>
#include <map>

namespace meso::clinic {

namespace {

using records::qs;

[[noreturn]] void changedMeanwhile()
{
    throw ConflictError(QStringLiteral("appointment"),
                        BookingService::tr("it was changed meanwhile; reload the calendar"));
}

// "7 to 10 days": the spacing allowed before session `index` of the series.
std::string spacingBounds(const core::SeriesRequest &request, int index)
{
    const core::SeriesPhase phase = core::spacingBefore(request, index);
    return std::to_string(phase.minIntervalDays) + " to " +
           std::to_string(phase.intervalDays + phase.toleranceDays) + " days";
}

void requireDesk(const ActingUser &user)
{
    Permissions::require(user, Action::BookingWrite);
}

QString appointmentEntity(qint64 id)
{
    return QStringLiteral("appointment:%1").arg(id);
}

core::ScheduledSession sessionOf(const records::AppointmentRecord &a)
{
    core::ScheduledSession s;
    s.index = a.sessionIndex;
    s.date = core::Date::fromDays(static_cast<long>(a.start / 1440));
    s.span = {a.start, a.end};
    s.practitioner = a.practitionerId;
    s.room = a.roomId;
    return s;
}

// The message of a session refused by the scheduler's check, as the right error.
[[noreturn]] void refuse(int index, const std::string &why)
{
    const QString field = QStringLiteral("booking.sessions[%1]").arg(index);
    const QString message = BookingService::tr("session %1: %2").arg(index + 1).arg(qs(why));
    if (why.find("already") != std::string::npos)
        throw SlotTakenError(field, message);
    throw ValidationError(field, message);
}

} // namespace

QString BookingService::statusName(const QString &status)
{
    if (status == QLatin1String("booked"))
        return tr("booked");
    if (status == QLatin1String("checked_in"))
        return tr("checked in");
    if (status == QLatin1String("completed"))
        return tr("completed");
    if (status == QLatin1String("cancelled"))
        return tr("cancelled");
    if (status == QLatin1String("no_show"))
        return tr("no-show");
    return status;
}

BookingService::BookingService(const store::Database &db, PlanService &plans)
    : m_db(db), m_plans(plans)
{
}

core::SeriesRequest BookingService::requestFor(const ActingUser &user, qint64 planId,
                                               qint64 &patientId, ClinicSetup &setup)
{
    std::optional<records::PlanRecord> record = store::PlanRepository(m_db).find(planId);
    if (!record)
        throw ValidationError(QStringLiteral("plan"), tr("no plan with id %1").arg(planId));
    // The plan's bookable parts only: the caller was checked for booking, not for reading plans.
    const PlanView plan = m_plans.viewForBooking(user, std::move(*record));
    if (!plan.record.isApproved())
        throw ConflictError(QStringLiteral("plan"), tr("only an approved plan is booked"));
    const core::Protocol *p = plan.result().protocol;
    if (!p)
        throw ConflictError(QStringLiteral("plan"), tr("the plan has no protocol"));
    patientId = plan.patientId;
    core::SeriesRequest r;
    r.protocol = p->id;
    // Refusals name the protocol as the interface does (English keeps the contract's id) and the
    // equipment by the catalog's names.
    const std::string lang = installedLanguage().toStdString();
    if (lang != "en")
        r.protocolName = p->name.in(lang);
    r.equipment = p->equipment;
    for (const std::string &e : p->equipment)
        r.equipmentNames.push_back(plan.catalog->equipmentName(e, lang));
    r.sessions = plan.record.sessions;
    r.intervalDays = plan.record.intervalDays;
    // The protocol's minimum, unless the approved plan itself went below it with a reason.
    r.minIntervalDays = std::min(p->interval.minDays, plan.record.intervalDays);
    r.toleranceDays = p->interval.toleranceDays;
    if (p->laterInterval) // a course in phases: the later phase as the protocol gives it
        r.later = core::SeriesPhase{p->laterInterval->fromSession, p->laterInterval->days,
                                    p->laterInterval->minDays, p->laterInterval->toleranceDays};
    setup = ClinicSetupService::read(m_db);
    r.minutes = p->sessionMinutes + setup.bufferMinutes;
    r.earliestStart = std::max(plan.result().earliestStart, toDate(QDate::currentDate()));
    r.notBefore = toMinute(QDateTime::currentDateTime());
    return r;
}

core::ClinicSchedule BookingService::schedule(const ClinicSetup &s, core::Minute from,
                                              core::Minute to, qint64 patientId,
                                              std::vector<core::Span> &patientBusy,
                                              qint64 except) const
{
    core::ClinicSchedule c;
    c.opening = s.opening;
    for (const auto &[date, reason] : s.closures)
        c.closures.push_back(toDate(date));
    std::map<qint64, size_t> practitioner, room;
    for (const auto &p : s.practitioners) {
        if (p.hours.isEmpty())
            continue; // no working hours yet: not bookable
        practitioner[p.userId] = c.practitioners.size();
        c.practitioners.push_back(
            {p.userId, parseHours(p.hours, QStringLiteral("practitioner.hours")), {}, {}});
        for (const QString &id : p.protocols)
            c.practitioners.back().protocols.push_back(id.toStdString());
    }
    for (const auto &r : s.rooms) {
        if (!r.active)
            continue;
        room[r.id] = c.rooms.size();
        c.rooms.push_back({r.id, {}, {}});
        for (const QString &e : r.equipment)
            c.rooms.back().equipment.push_back(e.toStdString());
    }
    for (const auto &a : store::BookingRepository(m_db).busyBetween(from, to, except)) {
        const core::Span span{a.start, a.end};
        if (const auto p = practitioner.find(a.practitionerId); p != practitioner.end())
            c.practitioners[p->second].busy.push_back(span);
        if (const auto r = room.find(a.roomId); r != room.end())
            c.rooms[r->second].busy.push_back(span);
        if (a.patientId == patientId)
            patientBusy.push_back(span);
    }
    return c;
}

SeriesProposal BookingService::propose(const ActingUser &user, qint64 planId,
                                       const BookingPreferences &preferences)
{
    core::ClinicSchedule clinic;
    return propose(user, planId, preferences, clinic);
}

SeriesProposal BookingService::propose(const ActingUser &user, qint64 planId,
                                       const BookingPreferences &preferences,
                                       core::ClinicSchedule &clinic)
{
    Permissions::require(user, Action::BookingRead);
    SeriesProposal proposal;
    proposal.planId = planId;
    ClinicSetup setup;
    proposal.request = requestFor(user, planId, proposal.patientId, setup);
    core::SeriesRequest &r = proposal.request;
    if (preferences.earliest.isValid())
        r.earliestStart = std::max(r.earliestStart, toDate(preferences.earliest));
    r.weekdays = preferences.weekdays;
    r.times = preferences.times;
    r.practitioner = preferences.practitioner;
    r.onlyPreferred = preferences.onlyPreferred && preferences.practitioner != 0;
    if (r.practitioner != 0) {
        const auto all = store::BookingRepository(m_db).practitioners();
        if (std::none_of(all.begin(), all.end(),
                         [&](const auto &p) { return p.userId == r.practitioner; }))
            throw ValidationError(QStringLiteral("booking.practitioner"),
                                  tr("no active practitioner with id %1").arg(r.practitioner));
    }
    // By default, long enough for the whole course at its widest spacing, and three months more.
    int widest = r.intervalDays + r.toleranceDays;
    if (r.later)
        widest = std::max(widest, r.later->intervalDays + r.later->toleranceDays);
    r.horizonDays =
        preferences.horizonDays > 0 ? preferences.horizonDays : r.sessions * widest + 90;
    // A day more on each side than the series can use: what booking checks again around each
    // session (insertSeries) is in it, so that bookBest reads the calendar once.
    const core::Minute from = core::minuteOf(r.earliestStart, 0);
    clinic =
        schedule(setup, from - 1440, from + static_cast<core::Minute>(r.horizonDays + 2) * 1440,
                 proposal.patientId, r.patientBusy);
    proposal.plan = core::findSeries(clinic, r);
    return proposal;
}

std::vector<qint64> BookingService::book(const ActingUser &user, qint64 planId,
                                         const std::vector<core::ScheduledSession> &sessions)
{
    requireDesk(user);
    store::WriteTransaction tx(m_db);
    qint64 patientId = 0;
    ClinicSetup setup;
    core::SeriesRequest request = requestFor(user, planId, patientId, setup);
    core::ClinicSchedule clinic;
    if (!sessions.empty()) // around the sessions, read inside the write transaction
        clinic = schedule(setup, sessions.front().span.start - 1440,
                          sessions.back().span.end + 1440, patientId, request.patientBusy);
    const std::vector<qint64> ids =
        insertSeries(user, planId, patientId, request, clinic, sessions);
    store::announceChange(m_db, store::topic::calendar);
    tx.commit();
    return ids;
}

std::vector<qint64> BookingService::bookBest(const ActingUser &user, qint64 planId,
                                             const BookingPreferences &preferences)
{
    requireDesk(user);
    store::WriteTransaction tx(m_db);
    core::ClinicSchedule clinic; // read once, inside the write transaction
    const SeriesProposal proposal = propose(user, planId, preferences, clinic);
    if (!proposal.plan.found())
        throw ConflictError(QStringLiteral("booking"), qs(proposal.plan.problem));
    const std::vector<qint64> ids = insertSeries(user, planId, proposal.patientId, proposal.request,
                                                 clinic, proposal.plan.sessions);
    store::announceChange(m_db, store::topic::calendar);
    tx.commit();
    return ids;
}

std::vector<qint64>
BookingService::insertSeries(const ActingUser &user, qint64 planId, qint64 patientId,
                             const core::SeriesRequest &request, const core::ClinicSchedule &clinic,
                             const std::vector<core::ScheduledSession> &sessions)
{
    store::BookingRepository repo(m_db);
    // Every version of the request: a new version of a booked plan is not a second course.
    if (repo.requestBooked(planId))
        throw ConflictError(QStringLiteral("plan"),
                            tr("the plan's sessions are already booked (cancel or move them "
                               "to follow a new version)"));
    if (static_cast<int>(sessions.size()) != request.sessions)
        throw ValidationError(QStringLiteral("booking.sessions"),
                              tr("expected %1 sessions").arg(request.sessions));
    if (sessions.empty())
        return {};
    // Checked again here against the calendar read inside the write transaction: what another
    // workstation booked since a proposal was shown is seen.
    for (size_t k = 0; k < sessions.size(); ++k) {
        const core::ScheduledSession &s = sessions[k];
        if (s.index != static_cast<int>(k) ||
            core::minuteOf(s.date, 0) != s.span.start / 1440 * 1440)
            throw ValidationError(QStringLiteral("booking.sessions[%1]").arg(k),
                                  tr("expected session %1 in order, "
                                     "with its date")
                                      .arg(k + 1));
        if (k > 0 && !core::spacingAllowed(request, static_cast<int>(k),
                                           s.date.toDays() - sessions[k - 1].date.toDays()))
            refuse(static_cast<int>(k), "it must fall " +
                                            spacingBounds(request, static_cast<int>(k)) +
                                            " after the previous session");
        if (const std::string why = core::whyNot(clinic, request, s); !why.empty())
            refuse(static_cast<int>(k), why);
    }
    std::vector<records::AppointmentRecord> series;
    for (const core::ScheduledSession &s : sessions) {
        records::AppointmentRecord a;
        a.planId = planId;
        a.sessionIndex = s.index;
        a.patientId = patientId;
        a.practitionerId = s.practitioner;
        a.roomId = s.room;
        a.start = s.span.start;
        a.end = s.span.end;
        series.push_back(a);
    }
    const std::vector<qint64> ids =
        repo.insertSeries(series, user.id, QDateTime::currentDateTimeUtc());
    audit(m_db, user, QStringLiteral("booking.book"), patientId,
          QStringLiteral("plan:%1").arg(planId),
          QStringLiteral("sessions: %1, appointments %2 to %3")
              .arg(ids.size())
              .arg(ids.front())
              .arg(ids.back()));
    return ids;
}

std::vector<core::ScheduledSession> BookingService::moveOptions(const ActingUser &user,
                                                                qint64 appointmentId, int count)
{
    Permissions::require(user, Action::BookingRead);
    store::BookingRepository repo(m_db);
    const auto appointment = repo.find(appointmentId);
    if (!appointment || appointment->status != QLatin1String("booked"))
        throw ConflictError(QStringLiteral("appointment"),
                            tr("only a booked appointment is moved"));
    qint64 patientId = 0;
    ClinicSetup setup;
    core::SeriesRequest request = requestFor(user, appointment->planId, patientId, setup);
    std::vector<core::ScheduledSession> series;
    int index = -1;
    for (const auto &a : repo.forPlan(appointment->planId)) {
        if (!a.active())
            continue;
        if (a.id == appointmentId)
            index = static_cast<int>(series.size());
        series.push_back(sessionOf(a));
    }
    int widest = request.intervalDays + request.toleranceDays;
    if (request.later)
        widest = std::max(widest, request.later->intervalDays + request.later->toleranceDays);
    const core::Minute reach = static_cast<core::Minute>(widest + 1) * 1440;
    const core::ClinicSchedule clinic =
        schedule(setup, appointment->start - reach, appointment->end + reach, patientId,
                 request.patientBusy, appointmentId);
    request.earliestStart = toDate(QDate::currentDate());
    return core::rescheduleOptions(clinic, request, series, index, count);
}

std::string BookingService::whyNotMove(const ActingUser &user,
                                       const records::AppointmentRecord &appointment,
                                       core::ScheduledSession &target)
{
    const store::BookingRepository repo(m_db);
    qint64 patientId = 0;
    ClinicSetup setup;
    core::SeriesRequest request = requestFor(user, appointment.planId, patientId, setup);
    // The spacing to the neighbours in the series (the active appointments before and after).
    std::vector<records::AppointmentRecord> series;
    for (const auto &a : repo.forPlan(appointment.planId)) {
        if (a.active())
            series.push_back(a);
    }
    const auto at = std::find_if(series.begin(), series.end(),
                                 [&](const auto &a) { return a.id == appointment.id; });
    const long day = target.date.toDays();
    const int index = static_cast<int>(at - series.begin());
    if (at != series.end() && at != series.begin() &&
        !core::spacingAllowed(request, index, day - static_cast<long>(std::prev(at)->start / 1440)))
        return "it must stay " + spacingBounds(request, index) + " after the previous session";
    if (at != series.end() && std::next(at) != series.end() &&
        !core::spacingAllowed(request, index + 1,
                              static_cast<long>(std::next(at)->start / 1440) - day))
        return "it must stay " + spacingBounds(request, index + 1) + " before the next session";
    target.index = appointment.sessionIndex;
    const core::ClinicSchedule clinic =
        schedule(setup, target.span.start - 1440, target.span.end + 1440, patientId,
                 request.patientBusy, appointment.id);
    return core::whyNot(clinic, request, target);
}

std::string BookingService::checkMove(const ActingUser &user, qint64 appointmentId,
                                      core::ScheduledSession target)
{
    Permissions::require(user, Action::BookingRead);
    const auto appointment = store::BookingRepository(m_db).find(appointmentId);
    if (!appointment || appointment->status != QLatin1String("booked"))
        return "only a booked appointment is moved";
    return whyNotMove(user, *appointment, target);
}

void BookingService::move(const ActingUser &user, qint64 appointmentId, int rowVersion,
                          const core::ScheduledSession &target)
{
    requireDesk(user);
    store::WriteTransaction tx(m_db);
    store::BookingRepository repo(m_db);
    const auto appointment = repo.find(appointmentId);
    if (appointment && appointment->rowVersion == rowVersion &&
        appointment->status != QLatin1String("booked"))
        throw ConflictError(
            QStringLiteral("appointment.status"),
            tr("only a booked appointment is moved (this one is %1)").arg(appointment->status));
    if (!appointment || appointment->rowVersion != rowVersion)
        changedMeanwhile();
    core::ScheduledSession s = target;
    if (const std::string why = whyNotMove(user, *appointment, s); !why.empty())
        refuse(appointment->sessionIndex, why);
    if (!repo.move(appointmentId, rowVersion, s.span.start, s.span.end, s.practitioner, s.room,
                   QDateTime::currentDateTimeUtc()))
        changedMeanwhile();
    audit(m_db, user, QStringLiteral("appointment.move"), appointment->patientId,
          appointmentEntity(appointmentId),
          QStringLiteral("to %1, practitioner %2, room %3")
              .arg(toDateTime(s.span.start).toString(Qt::ISODate))
              .arg(s.practitioner)
              .arg(s.room));
    store::announceChange(m_db, store::topic::calendar);
    tx.commit();
}

void BookingService::transition(const ActingUser &user, qint64 id, int rowVersion,
                                const QStringList &from, const QString &to, const QString &reason)
{
    requireDesk(user);
    store::WriteTransaction tx(m_db);
    store::BookingRepository repo(m_db);
    const auto a = repo.find(id);
    if (!a || a->rowVersion != rowVersion)
        changedMeanwhile();
    if (!from.contains(a->status))
        throw ConflictError(QStringLiteral("appointment.status"),
                            tr("expected an appointment that is %1, not %2")
                                .arg(from.join(QStringLiteral(" or ")), a->status));
    if (!repo.setStatus(id, rowVersion, a->status, to, reason, QDateTime::currentDateTimeUtc()))
        changedMeanwhile();
    audit(m_db, user, QStringLiteral("appointment.%1").arg(to), a->patientId, appointmentEntity(id),
          QStringLiteral("was %1").arg(a->status));
    store::announceChange(m_db, store::topic::calendar);
    tx.commit();
}

void BookingService::cancel(const ActingUser &user, qint64 appointmentId, int rowVersion,
                            const QString &reason)
{
    if (reason.trimmed().isEmpty())
        throw ValidationError(QStringLiteral("cancel.reason"),
                              tr("expected the reason for cancelling"));
    transition(user, appointmentId, rowVersion,
               {QStringLiteral("booked"), QStringLiteral("checked_in")},
               QStringLiteral("cancelled"), reason.trimmed());
}

void BookingService::checkIn(const ActingUser &user, qint64 appointmentId, int rowVersion)
{
    // On the day itself: a patient is checked in when they arrive.
    if (const auto a = store::BookingRepository(m_db).find(appointmentId);
        a && toDateTime(a->start).date() != QDate::currentDate())
        throw ConflictError(QStringLiteral("appointment"),
                            tr("a patient is checked in on the day of the appointment"));
    transition(user, appointmentId, rowVersion, {QStringLiteral("booked")},
               QStringLiteral("checked_in"), {});
}

void BookingService::markNoShow(const ActingUser &user, qint64 appointmentId, int rowVersion)
{
    if (const auto a = store::BookingRepository(m_db).find(appointmentId);
        a && a->start > toMinute(QDateTime::currentDateTime()))
        throw ConflictError(QStringLiteral("appointment"),
                            tr("a no-show is recorded once the appointment has begun"));
    transition(user, appointmentId, rowVersion, {QStringLiteral("booked")},
               QStringLiteral("no_show"), {});
}

std::optional<records::AppointmentRecord> BookingService::find(const ActingUser &user,
                                                               qint64 appointmentId) const
{
    Permissions::require(user, Action::BookingRead);
    return store::BookingRepository(m_db).find(appointmentId);
}

std::vector<records::AppointmentRecord>
BookingService::between(const ActingUser &user, const QDateTime &from, const QDateTime &to) const
{
    Permissions::require(user, Action::BookingRead);
    return store::BookingRepository(m_db).startingBetween(toMinute(from), toMinute(to));
}

std::vector<records::AppointmentRecord> BookingService::forPatient(const ActingUser &user,
                                                                   qint64 patientId) const
{
    Permissions::require(user, Action::BookingRead);
    return store::BookingRepository(m_db).forPatient(patientId);
}

std::vector<records::AppointmentRecord> BookingService::forPlan(const ActingUser &user,
                                                                qint64 planId) const
{
    Permissions::require(user, Action::BookingRead);
    return store::BookingRepository(m_db).forPlan(planId);
}

int BookingService::noShows(const ActingUser &user, qint64 patientId) const
{
    Permissions::require(user, Action::BookingRead);
    return store::BookingRepository(m_db).noShows(patientId);
}

std::vector<qint64> BookingService::plansWaiting(const ActingUser &user) const
{
    Permissions::require(user, Action::BookingRead);
    return store::BookingRepository(m_db).plansWaiting();
}

QString BookingService::calendarId(const ActingUser &user)
{
    Permissions::require(user, Action::BookingRead);
    const QString key = QStringLiteral("booking.calendar_id");
    if (const QString id = store::SettingsRepository(m_db).value(key); !id.isEmpty())
        return id;
    store::WriteTransaction tx(m_db);
    store::SettingsRepository settings(m_db);
    QString id = settings.value(key);
    if (id.isEmpty()) {
        id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        settings.setValue(key, id);
        audit(m_db, user, QStringLiteral("clinic.calendar_id"), 0, QStringLiteral("clinic"));
    }
    tx.commit();
    return id;
}

} // namespace meso::clinic

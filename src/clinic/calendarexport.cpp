#include "calendarexport.h"

#include "icalendar.h"
#include "services.h"
#include "validationerror.h"

#include "clinictime.h"
#include "records/bookingrecords.h"
#include "store/planrepository.h"

namespace meso::clinic {

namespace {

struct Names
{
    ClinicSetup setup;
    QString clinic, phone;
};

Names names(Services &s, const ActingUser &user)
{
    const ClinicProfile profile = s.profile.profile(user);
    return {s.clinicSetup.setup(user), profile.name, profile.phone};
}

// The event of an appointment; `title` says what it is for this calendar's reader.
CalendarEvent event(Services &s, const ActingUser &user, const records::AppointmentRecord &a,
                    const Names &n, const QString &title)
{
    CalendarEvent e;
    e.uid = QStringLiteral("appointment-%1@%2.mesoplan").arg(a.id).arg(s.booking.calendarId(user));
    e.start = toDateTime(a.start);
    e.end = toDateTime(a.end);
    e.stamp = a.updatedAt;
    e.sequence = a.rowVersion - 1;
    e.summary = title;
    const QString room = n.setup.roomName(a.roomId);
    e.location = n.clinic.isEmpty() ? room
                 : room.isEmpty()   ? n.clinic
                                    : n.clinic + QStringLiteral(", ") + room;
    e.cancelled = a.status == QLatin1String("cancelled");
    return e;
}

// "Mesolift, session 2 of 4" for an appointment of a plan.
QString sessionTitle(Services &s, const ActingUser &user, const records::AppointmentRecord &a,
                     const std::string &lang)
{
    const auto plan = store::PlanRepository(s.db()).find(a.planId);
    const auto catalog = s.assessments.catalog(user);
    QString protocol = plan ? plan->protocol : QString();
    if (plan) {
        if (const core::Protocol *p =
                core::Catalog::findIn(catalog->protocols, plan->protocol.toStdString()))
            protocol = QString::fromStdString(p->name.in(lang));
    }
    return CalendarExport::tr("%1, session %2 of %3")
        .arg(protocol)
        .arg(a.sessionIndex + 1)
        .arg(plan ? plan->sessions : a.sessionIndex + 1);
}

} // namespace

QByteArray CalendarExport::forPatient(Services &s, const ActingUser &user, qint64 patientId,
                                      const std::string &lang)
{
    const auto patient = s.patients.find(user, patientId);
    if (!patient)
        throw ValidationError(QStringLiteral("patient"), tr("no such patient"));
    const Names n = names(s, user);
    std::vector<CalendarEvent> events;
    for (const auto &a : s.booking.forPatient(user, patientId)) {
        if (a.status == QLatin1String("no_show"))
            continue;
        CalendarEvent e =
            event(s, user, a, n, tr("Mesotherapy: %1").arg(sessionTitle(s, user, a, lang)));
        if (!n.phone.isEmpty())
            e.description = tr("To change or cancel, call %1.").arg(n.phone);
        events.push_back(std::move(e));
    }
    return iCalendar(tr("Appointments of %1 %2").arg(patient->givenNames, patient->familyName),
                     events);
}

QByteArray CalendarExport::forPractitioner(Services &s, const ActingUser &user,
                                           qint64 practitionerId, const QDate &from,
                                           const QDate &to, const std::string &lang)
{
    const Names n = names(s, user);
    if (n.setup.practitionerName(practitionerId).isEmpty())
        throw ValidationError(QStringLiteral("practitioner"),
                              tr("expected the id of an active practitioner"));
    std::vector<CalendarEvent> events;
    for (const auto &a : s.booking.between(user, QDateTime(from, QTime(0, 0)),
                                           QDateTime(to.addDays(1), QTime(0, 0)))) {
        if (a.practitionerId != practitionerId || a.status == QLatin1String("no_show"))
            continue;
        const auto patient = s.patients.find(user, a.patientId);
        const QString who =
            patient ? patient->givenNames + QLatin1Char(' ') + patient->familyName.toUpper()
                    : QString();
        events.push_back(
            event(s, user, a, n, tr("%1: %2").arg(who, sessionTitle(s, user, a, lang))));
    }
    return iCalendar(tr("MesoPlan: %1").arg(n.setup.practitionerName(practitionerId)), events);
}

} // namespace meso::clinic

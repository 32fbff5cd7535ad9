#include "reportservice.h"

#include "assessmentservice.h"
#include "clinicsetupservice.h"
#include "clinictime.h"
#include "permissions.h"
#include "validationerror.h"

#include "store/reportrepository.h"
#include "store/transaction.h"

#include <algorithm>
#include <map>
#include <set>

namespace meso::clinic {

double ActivityReport::cancellationRate() const
{
    return total.appointments == 0 ? 0.0
                                   : static_cast<double>(total.cancelled) / total.appointments;
}

double ActivityReport::noShowRate() const
{
    const int held = total.appointments - total.cancelled;
    return held == 0 ? 0.0 : static_cast<double>(total.noShows) / held;
}

double Occupancy::rate() const
{
    return availableMinutes == 0
               ? 0.0
               : static_cast<double>(bookedMinutes) / static_cast<double>(availableMinutes);
}

double CourseFigures::adverseEventsPer100() const
{
    return sessions == 0 ? 0.0 : 100.0 * adverseEvents / sessions;
}

void ReportService::checkPeriod(const QDate &from, const QDate &to)
{
    if (!from.isValid())
        throw ValidationError(QStringLiteral("report.from"), tr("expected a date"));
    if (!to.isValid() || to < from)
        throw ValidationError(QStringLiteral("report.to"),
                              tr("expected a date on or after %1").arg(from.toString(Qt::ISODate)));
    if (from.addYears(10) < to)
        throw ValidationError(QStringLiteral("report.to"),
                              tr("expected a period of at most 10 years"));
}

ActivityReport ReportService::activity(const ActingUser &user, const QDate &from,
                                       const QDate &to) const
{
    Permissions::require(user, Action::ReportActivity);
    checkPeriod(from, to);
    store::ReadTransaction tx(m_db);
    return readActivity(from, to);
}

CoursesReport ReportService::courses(const ActingUser &user, const QDate &from, const QDate &to,
                                     const std::string &lang) const
{
    Permissions::require(user, Action::ReportClinic);
    checkPeriod(from, to);
    const std::shared_ptr<const core::Catalog> catalog = m_assessments.catalog(user);
    store::ReadTransaction tx(m_db);
    return readCourses(*catalog, from, to, lang);
}

QuotesReport ReportService::quotes(const ActingUser &user, const QDate &from, const QDate &to) const
{
    Permissions::require(user, Action::ReportClinic);
    checkPeriod(from, to);
    const std::shared_ptr<const core::Catalog> catalog = m_assessments.catalog(user);
    store::ReadTransaction tx(m_db);
    return readQuotes(*catalog, from, to);
}

ClinicReports ReportService::page(const ActingUser &user, const QDate &from, const QDate &to,
                                  const std::string &lang) const
{
    Permissions::require(user, Action::ReportActivity);
    checkPeriod(from, to);
    const bool clinical = Permissions::allows(user.role, Action::ReportClinic);
    std::shared_ptr<const core::Catalog> catalog;
    if (clinical)
        catalog = m_assessments.catalog(user); // read before the snapshot: its own transaction
    ClinicReports reports;
    store::ReadTransaction tx(m_db);
    reports.activity = readActivity(from, to);
    if (clinical) {
        reports.courses = readCourses(*catalog, from, to, lang);
        reports.quotes = readQuotes(*catalog, from, to);
    }
    return reports;
}

ActivityReport ReportService::readActivity(const QDate &from, const QDate &to) const
{
    ActivityReport report;
    report.from = from;
    report.to = to;
    report.rows = store::ReportRepository(m_db).activity(from, to);
    for (const records::ActivityRow &r : report.rows) {
        report.total.appointments += r.appointments;
        report.total.completed += r.completed;
        report.total.cancelled += r.cancelled;
        report.total.noShows += r.noShows;
        report.total.bookedMinutes += r.bookedMinutes;
    }
    addOccupancy(report, ClinicSetupService::read(m_db));
    return report;
}

void ReportService::addOccupancy(ActivityReport &report, const ClinicSetup &setup)
{
    std::set<QDate> closed;
    for (const auto &[day, reason] : setup.closures)
        closed.insert(day);
    // The minutes of `hours` within the opening hours, on the week's days of the period.
    const auto available = [&](const core::WeekHours &hours, const QDate &week) {
        qint64 minutes = 0;
        for (int d = 0; d < 7; ++d) {
            const QDate day = week.addDays(d);
            if (day < report.from || day > report.to || closed.count(day) == 1)
                continue;
            const auto index = static_cast<size_t>(d);
            minutes += core::minutesOf(core::intersect(setup.opening[index], hours[index]));
        }
        return minutes;
    };
    std::vector<QDate> weeks;
    for (QDate w = report.from.addDays(1 - report.from.dayOfWeek()); w <= report.to;
         w = w.addDays(7))
        weeks.push_back(w);

    // Who could be booked: practitioners with hours, rooms in use; and whoever was booked.
    std::map<qint64, std::pair<QString, core::WeekHours>> practitioners, rooms;
    for (const records::PractitionerRecord &p : setup.practitioners) {
        if (p.hours.isEmpty())
            continue; // no profile yet: never bookable
        practitioners[p.userId] = {p.displayName, parseHours(p.hours, QStringLiteral("hours"))};
    }
    for (const records::RoomRecord &r : setup.rooms) {
        if (r.active)
            rooms[r.id] = {r.name, setup.opening};
    }
    std::map<std::pair<QDate, qint64>, qint64> bookedBy, bookedIn;
    for (const records::ActivityRow &r : report.rows) {
        bookedBy[{r.week, r.practitionerId}] += r.bookedMinutes;
        bookedIn[{r.week, r.roomId}] += r.bookedMinutes;
        practitioners.try_emplace(r.practitionerId, r.practitioner, core::WeekHours{});
        rooms.try_emplace(r.roomId, r.room, core::WeekHours{});
    }
    const auto fill = [&](const std::map<qint64, std::pair<QString, core::WeekHours>> &who,
                          const std::map<std::pair<QDate, qint64>, qint64> &booked) {
        std::vector<Occupancy> out;
        for (const QDate &week : weeks) {
            const size_t first = out.size();
            for (const auto &[id, nameAndHours] : who) {
                Occupancy o;
                o.week = week;
                o.id = id;
                o.name = nameAndHours.first;
                o.availableMinutes = available(nameAndHours.second, week);
                const auto b = booked.find({week, id});
                o.bookedMinutes = b == booked.end() ? 0 : b->second;
                if (o.availableMinutes > 0 || o.bookedMinutes > 0)
                    out.push_back(std::move(o));
            }
            std::sort(out.begin() + static_cast<std::ptrdiff_t>(first), out.end(),
                      [](const Occupancy &a, const Occupancy &b) {
                          return QString::localeAwareCompare(a.name, b.name) < 0;
                      });
        }
        return out;
    };
    report.practitioners = fill(practitioners, bookedBy);
    report.rooms = fill(rooms, bookedIn);
}

CoursesReport ReportService::readCourses(const core::Catalog &catalog, const QDate &from,
                                         const QDate &to, const std::string &lang) const
{
    const store::ReportRepository repository(m_db);
    std::map<QString, CourseFigures> byProtocol;
    for (const records::CourseRow &c : repository.courses(from, to)) {
        CourseFigures &f = byProtocol[c.protocol];
        f.started = c.started;
        f.completed = c.completed;
        f.abandoned = c.abandoned;
    }
    for (const records::SafetyRow &r : repository.safety(from, to)) {
        CourseFigures &f = byProtocol[r.protocol];
        f.sessions = r.sessions;
        f.adverseEvents = r.adverseEvents;
    }
    CoursesReport report;
    report.from = from;
    report.to = to;
    for (auto &[id, f] : byProtocol) {
        f.protocol = id;
        const core::Protocol *p = core::Catalog::findIn(catalog.protocols, id.toStdString());
        f.protocolName = p ? QString::fromStdString(p->name.in(lang)) : id;
        report.total.started += f.started;
        report.total.completed += f.completed;
        report.total.abandoned += f.abandoned;
        report.total.sessions += f.sessions;
        report.total.adverseEvents += f.adverseEvents;
        report.rows.push_back(std::move(f));
    }
    std::sort(report.rows.begin(), report.rows.end(),
              [](const CourseFigures &a, const CourseFigures &b) {
                  return QString::localeAwareCompare(a.protocolName, b.protocolName) < 0;
              });
    return report;
}

QuotesReport ReportService::readQuotes(const core::Catalog &catalog, const QDate &from,
                                       const QDate &to) const
{
    QuotesReport report;
    report.from = from;
    report.to = to;
    report.currency = QString::fromStdString(catalog.currency);
    // Each month of the clinic's calendar (the part of it inside the period), its bounds in UTC:
    // an approval at 00:30 in Paris on the 1st is 23:30 UTC the day before.
    const store::ReportRepository repository(m_db);
    for (QDate m(from.year(), from.month(), 1); m <= to; m = m.addMonths(1)) {
        const QDate first = std::max(m, from), last = std::min(m.addMonths(1).addDays(-1), to);
        const records::QuoteTotal t =
            repository.quotes(first.startOfDay(), last.addDays(1).startOfDay());
        report.months.push_back({m, t.quotes, t.cents});
        report.total.quotes += t.quotes;
        report.total.cents += t.cents;
    }
    return report;
}

} // namespace meso::clinic

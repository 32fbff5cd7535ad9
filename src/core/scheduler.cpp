#include "scheduler.h"

#include "phrase.h"

#include <algorithm>
#include <cstdlib>
#include <limits>
#include <map>
#include <utility>

namespace meso::core {

namespace {

const std::string &protocolOf(const SeriesRequest &request)
{
    return request.protocolName.empty() ? request.protocol : request.protocolName;
}

const std::string &equipmentName(const SeriesRequest &request, size_t i)
{
    return i < request.equipmentNames.size() ? request.equipmentNames[i] : request.equipment[i];
}

// Busy spans sorted by start, with the running maximum of their ends: whether a span overlaps
// any of them is a binary search, however many appointments the calendar holds.
class BusyIndex
{
public:
    explicit BusyIndex(std::vector<Span> spans) : m_spans(std::move(spans))
    {
        std::sort(m_spans.begin(), m_spans.end(), [](const Span &a, const Span &b) {
            return a.start != b.start ? a.start < b.start : a.end < b.end;
        });
        m_maxEnd.reserve(m_spans.size());
        Minute maxEnd = std::numeric_limits<Minute>::min();
        for (const Span &s : m_spans)
            m_maxEnd.push_back(maxEnd = std::max(maxEnd, s.end));
    }

    bool isFree(const Span &s) const
    {
        // Every span starting before s ends is a candidate; one of them overlaps iff the
        // latest end among them is after s starts.
        const auto firstAfter =
            std::lower_bound(m_spans.begin(), m_spans.end(), s.end,
                             [](const Span &b, Minute end) { return b.start < end; });
        const auto n = firstAfter - m_spans.begin();
        return n == 0 || m_maxEnd[static_cast<size_t>(n - 1)] <= s.start;
    }

private:
    std::vector<Span> m_spans;
    std::vector<Minute> m_maxEnd;
};

bool contains(const std::vector<std::string> &list, const std::string &item)
{
    return std::find(list.begin(), list.end(), item) != list.end();
}

// The clinic and the request, prepared once: eligible practitioners (preferred first) and rooms,
// busy indexes, and each day's earliest slot computed once.
class Planner
{
public:
    Planner(const ClinicSchedule &clinic, const SeriesRequest &request)
        : m_clinic(clinic), m_request(request)
    {
        std::vector<const SchedulePractitioner *> eligible;
        for (const SchedulePractitioner &p : clinic.practitioners) {
            if (request.onlyPreferred && p.id != request.practitioner)
                continue;
            if (p.protocols.empty() || contains(p.protocols, request.protocol))
                eligible.push_back(&p);
        }
        std::stable_sort(eligible.begin(), eligible.end(),
                         [&](const SchedulePractitioner *a, const SchedulePractitioner *b) {
                             const bool ap = a->id == request.practitioner,
                                        bp = b->id == request.practitioner;
                             return ap != bp ? ap : a->id < b->id;
                         });
        for (const SchedulePractitioner *p : eligible)
            m_practitioners.push_back({p, BusyIndex(p->busy)});
        for (const ScheduleRoom &r : clinic.rooms) {
            if (std::all_of(request.equipment.begin(), request.equipment.end(),
                            [&r](const std::string &e) { return contains(r.equipment, e); }))
                m_rooms.push_back({&r, BusyIndex(r.busy)});
        }
        std::sort(m_rooms.begin(), m_rooms.end(),
                  [](const auto &a, const auto &b) { return a.first->id < b.first->id; });
    }

    bool anyPractitioner() const { return !m_practitioners.empty(); }
    bool anyRoom() const { return !m_rooms.empty(); }

    std::optional<ScheduledSession> slotOn(const Date &day)
    {
        const long key = day.toDays();
        const auto cached = m_days.find(key);
        if (cached != m_days.end())
            return cached->second;
        return m_days[key] = computeSlot(day);
    }

private:
    std::optional<ScheduledSession> computeSlot(const Date &day) const
    {
        const int weekday = day.weekday();
        if (!m_request.weekdays.empty() &&
            std::find(m_request.weekdays.begin(), m_request.weekdays.end(), weekday) ==
                m_request.weekdays.end())
            return std::nullopt;
        if (std::find(m_clinic.closures.begin(), m_clinic.closures.end(), day) !=
            m_clinic.closures.end())
            return std::nullopt;
        std::vector<DayWindow> open = m_clinic.opening[static_cast<size_t>(weekday - 1)];
        if (!m_request.times.empty())
            open = intersect(open, m_request.times);
        // The preferred practitioner's earliest slot if they have one that day, else the
        // earliest slot of anyone eligible (ties: the lower id).
        std::optional<ScheduledSession> best;
        for (const auto &[practitioner, busy] : m_practitioners) {
            const auto slot = earliestWith(day, open, *practitioner, busy);
            if (!slot)
                continue;
            if (practitioner->id == m_request.practitioner)
                return slot;
            if (!best || slot->span.start < best->span.start)
                best = slot;
        }
        return best;
    }

    std::optional<ScheduledSession> earliestWith(const Date &day,
                                                 const std::vector<DayWindow> &open,
                                                 const SchedulePractitioner &practitioner,
                                                 const BusyIndex &busy) const
    {
        const int step = std::max(m_request.stepMinutes, 1);
        const size_t weekday = static_cast<size_t>(day.weekday() - 1);
        for (const DayWindow &w : intersect(open, practitioner.hours[weekday])) {
            const int first = (w.start + step - 1) / step * step;
            for (int t = first; t + m_request.minutes <= w.end; t += step) {
                const Span span{minuteOf(day, t), minuteOf(day, t + m_request.minutes)};
                if (span.start < m_request.notBefore || !busy.isFree(span) ||
                    !m_patientBusy.isFree(span))
                    continue;
                for (const auto &[room, roomBusy] : m_rooms) {
                    if (roomBusy.isFree(span))
                        return ScheduledSession{0, day, span, practitioner.id, room->id, 0};
                }
            }
        }
        return std::nullopt;
    }

    const ClinicSchedule &m_clinic;
    const SeriesRequest &m_request;
    BusyIndex m_patientBusy{m_request.patientBusy};
    std::vector<std::pair<const SchedulePractitioner *, BusyIndex>> m_practitioners;
    std::vector<std::pair<const ScheduleRoom *, BusyIndex>> m_rooms;
    std::map<long, std::optional<ScheduledSession>> m_days;
};

std::string problemOf(const SeriesRequest &r)
{
    if (r.sessions < 1)
        return "request.sessions: expected at least 1 session";
    if (r.intervalDays < 1)
        return "request.interval_days: expected at least 1 day";
    if (r.minIntervalDays < 1 || r.minIntervalDays > r.intervalDays)
        return "request.min_interval_days: expected 1 to the interval";
    if (r.toleranceDays < 0)
        return "request.tolerance_days: expected 0 or more days";
    if (r.later) {
        if (r.later->fromSession < 2)
            return "request.later.from_session: expected session 2 or later";
        if (r.later->intervalDays < 1)
            return "request.later.interval_days: expected at least 1 day";
        if (r.later->minIntervalDays < 1 || r.later->minIntervalDays > r.later->intervalDays)
            return "request.later.min_interval_days: expected 1 to the interval";
        if (r.later->toleranceDays < 0)
            return "request.later.tolerance_days: expected 0 or more days";
    }
    if (r.minutes < 1 || r.minutes > 24 * 60)
        return "request.minutes: expected 1 to 1440 minutes";
    if (r.horizonDays < 1)
        return "request.horizon_days: expected at least 1 day";
    for (int w : r.weekdays) {
        if (w < 1 || w > 7)
            return "request.weekdays: expected days 1 (Monday) to 7 (Sunday)";
    }
    return {};
}

} // namespace

std::vector<DayWindow> intersect(const std::vector<DayWindow> &a, const std::vector<DayWindow> &b)
{
    std::vector<DayWindow> out;
    for (const DayWindow &x : a) {
        for (const DayWindow &y : b) {
            const int start = std::max(x.start, y.start), end = std::min(x.end, y.end);
            if (start < end)
                out.push_back({start, end});
        }
    }
    std::sort(out.begin(), out.end(),
              [](const DayWindow &p, const DayWindow &q) { return p.start < q.start; });
    return out;
}

int minutesOf(const std::vector<DayWindow> &windows)
{
    int minutes = 0;
    for (const DayWindow &w : windows)
        minutes += w.end - w.start;
    return minutes;
}

SeriesPhase spacingBefore(const SeriesRequest &request, int index)
{
    if (request.later && index + 1 >= request.later->fromSession)
        return *request.later;
    return {2, request.intervalDays, request.minIntervalDays, request.toleranceDays};
}

bool spacingAllowed(const SeriesRequest &request, int index, long spacingDays)
{
    const SeriesPhase phase = spacingBefore(request, index);
    return spacingDays >= std::max(phase.minIntervalDays, 1) &&
           spacingDays <= static_cast<long>(phase.intervalDays) + phase.toleranceDays;
}

std::string whyNot(const ClinicSchedule &clinic, const SeriesRequest &request,
                   const ScheduledSession &session)
{
    const Span &span = session.span;
    const Minute dayStart = minuteOf(session.date, 0);
    if (span.start < dayStart || span.end > dayStart + 1440 || span.end <= span.start)
        return phrase(MESO_PHRASE("Booking", "the session must start and end on %1"),
                      {dateText(session.date)});
    if (span.end - span.start != request.minutes)
        return phrase(MESO_PHRASE("Booking", "the session must last %1 minutes"),
                      {std::to_string(request.minutes)});
    if (span.start < request.notBefore)
        return phrase(MESO_PHRASE("Booking", "the session would start in the past"));
    const auto inHours = [&](const std::vector<DayWindow> &windows) {
        return std::any_of(windows.begin(), windows.end(), [&](const DayWindow &w) {
            return span.start >= dayStart + w.start && span.end <= dayStart + w.end;
        });
    };
    const size_t weekday = static_cast<size_t>(session.date.weekday() - 1);
    if (std::find(clinic.closures.begin(), clinic.closures.end(), session.date) !=
        clinic.closures.end())
        return phrase(MESO_PHRASE("Booking", "the clinic is closed on %1"),
                      {dateText(session.date)});
    if (!inHours(clinic.opening[weekday]))
        return phrase(MESO_PHRASE("Booking", "the clinic is not open then"));
    const auto practitioner =
        std::find_if(clinic.practitioners.begin(), clinic.practitioners.end(),
                     [&](const SchedulePractitioner &p) { return p.id == session.practitioner; });
    if (practitioner == clinic.practitioners.end())
        return phrase(MESO_PHRASE("Booking", "practitioner %1 is not a practitioner of the clinic"),
                      {std::to_string(session.practitioner)});
    if (!practitioner->protocols.empty() && !contains(practitioner->protocols, request.protocol))
        return phrase(MESO_PHRASE("Booking", "the practitioner does not perform the protocol %1"),
                      {protocolOf(request)});
    if (!inHours(practitioner->hours[weekday]))
        return phrase(MESO_PHRASE("Booking", "the practitioner does not work then"));
    const auto room = std::find_if(clinic.rooms.begin(), clinic.rooms.end(),
                                   [&](const ScheduleRoom &r) { return r.id == session.room; });
    if (room == clinic.rooms.end())
        return phrase(MESO_PHRASE("Booking", "room %1 is not a room of the clinic"),
                      {std::to_string(session.room)});
    for (size_t i = 0; i < request.equipment.size(); ++i) {
        if (!contains(room->equipment, request.equipment[i]))
            return phrase(MESO_PHRASE("Booking", "the room lacks this equipment: %1"),
                          {equipmentName(request, i)});
    }
    if (!BusyIndex(practitioner->busy).isFree(span))
        return phrase(MESO_PHRASE("Booking", "the practitioner is already booked then"));
    if (!BusyIndex(room->busy).isFree(span))
        return phrase(MESO_PHRASE("Booking", "the room is already booked then"));
    if (!BusyIndex(request.patientBusy).isFree(span))
        return phrase(MESO_PHRASE("Booking", "the patient already has an appointment then"));
    return {};
}

std::optional<ScheduledSession> firstSlotOn(const ClinicSchedule &clinic,
                                            const SeriesRequest &request, const Date &day)
{
    if (!problemOf(request).empty())
        return std::nullopt;
    return Planner(clinic, request).slotOn(day);
}

SeriesPlan findSeries(const ClinicSchedule &clinic, const SeriesRequest &request)
{
    SeriesPlan result;
    if (result.problem = problemOf(request); !result.problem.empty())
        return result;
    Planner planner(clinic, request);
    if (!planner.anyPractitioner()) {
        result.problem =
            request.onlyPreferred
                ? phrase(MESO_PHRASE("Booking", "practitioner %1 does not perform the protocol %2"),
                         {std::to_string(request.practitioner), protocolOf(request)})
                : phrase(MESO_PHRASE("Booking", "no practitioner performs the protocol %1"),
                         {protocolOf(request)});
        return result;
    }
    if (!planner.anyRoom()) {
        std::string needed;
        for (size_t i = 0; i < request.equipment.size(); ++i)
            needed += (needed.empty() ? "" : ", ") + equipmentName(request, i);
        result.problem = phrase(
            MESO_PHRASE("Booking", "no room has the equipment the protocol needs (%1)"), {needed});
        return result;
    }

    const long start = request.earliestStart.toDays();
    const long last = start + request.horizonDays - 1; // the last day a session may fall on
    const long n = request.sessions;
    // Each session's ideal offset from the first, and how far it may move from it.
    std::vector<long> offset(static_cast<size_t>(std::max(n, 1L)), 0), tolerance(offset.size(), 0);
    for (long k = 1; k < n; ++k) {
        const SeriesPhase phase = spacingBefore(request, static_cast<int>(k));
        offset[static_cast<size_t>(k)] = offset[static_cast<size_t>(k - 1)] + phase.intervalDays;
        tolerance[static_cast<size_t>(k)] = phase.toleranceDays;
    }
    int best = std::numeric_limits<int>::max();
    std::vector<ScheduledSession> bestSessions;
    long furthestSession = -1, furthestFirst = 0; // for the explanation when nothing fits
    bool anyFirst = false;

    for (long first = start; first <= last; ++first) {
        if (first - start >= best)
            break; // the delay alone already costs as much as the best series
        const auto firstSlot = planner.slotOn(Date::fromDays(first));
        if (!firstSlot)
            continue;
        anyFirst = true;
        // Dynamic programming over sessions: for each feasible day of session k (within the
        // tolerance of its ideal date), the cheapest way to reach it from session k-1.
        struct State
        {
            long day;
            int cost;
            size_t previous;
        };
        std::vector<std::vector<State>> stages{{State{first, static_cast<int>(first - start), 0}}};
        long reached = 0;
        for (long k = 1; k < n; ++k) {
            const long ideal = first + offset[static_cast<size_t>(k)];
            const long slack = tolerance[static_cast<size_t>(k)];
            std::vector<State> stage;
            for (long day = std::max(ideal - slack, start); day <= std::min(ideal + slack, last);
                 ++day) {
                std::optional<State> cheapest;
                const auto &before = stages.back();
                for (size_t i = 0; i < before.size(); ++i) {
                    if (!spacingAllowed(request, static_cast<int>(k), day - before[i].day))
                        continue;
                    const int cost = before[i].cost + static_cast<int>(std::labs(day - ideal));
                    if (!cheapest || cost < cheapest->cost)
                        cheapest = State{day, cost, i};
                }
                if (cheapest && planner.slotOn(Date::fromDays(day)))
                    stage.push_back(*cheapest);
            }
            if (stage.empty())
                break;
            stages.push_back(std::move(stage));
            reached = k;
        }
        if (reached > furthestSession) {
            furthestSession = reached;
            furthestFirst = first;
        }
        if (reached != n - 1)
            continue;
        const auto end =
            std::min_element(stages.back().begin(), stages.back().end(),
                             [](const State &a, const State &b) { return a.cost < b.cost; });
        if (end->cost >= best)
            continue;
        best = end->cost;
        bestSessions.assign(static_cast<size_t>(n), {});
        size_t at = static_cast<size_t>(end - stages.back().begin());
        for (long k = n - 1; k >= 0; --k) {
            const State &s = stages[static_cast<size_t>(k)][at];
            ScheduledSession session = *planner.slotOn(Date::fromDays(s.day));
            session.index = static_cast<int>(k);
            session.deviationDays = static_cast<int>(
                k == 0 ? s.day - start
                       : std::labs(s.day - (first + offset[static_cast<size_t>(k)])));
            bestSessions[static_cast<size_t>(k)] = session;
            at = s.previous;
        }
    }
    if (!bestSessions.empty()) {
        result.sessions = std::move(bestSessions);
        result.totalDeviationDays = best;
        return result;
    }
    if (!anyFirst) {
        const std::string from = dateText(request.earliestStart);
        const std::string to = dateText(Date::fromDays(last));
        result.problem =
            request.weekdays.empty() && request.times.empty()
                ? phrase(
                      MESO_PHRASE("Booking",
                                  "no free slot for a first session from %1 to %2 with an eligible "
                                  "practitioner, a room with the equipment, the clinic open "
                                  "and the patient free"),
                      {from, to})
                : phrase(
                      MESO_PHRASE("Booking",
                                  "no free slot for a first session from %1 to %2 with an eligible "
                                  "practitioner, a room with the equipment, the clinic open "
                                  "and the patient free, on the preferred days and times"),
                      {from, to});
        return result;
    }
    const size_t missing = static_cast<size_t>(furthestSession + 1);
    const long ideal = furthestFirst + offset[missing];
    const long slack = tolerance[missing];
    result.problem = phrase(
        MESO_PHRASE(
            "Booking",
            "session %1 of %2 finds no free slot: after a first session on %3 (the start that "
            "gets furthest), it must fall between %4 and %5 and at least %6 days after "
            "the previous session"),
        {std::to_string(furthestSession + 2), std::to_string(n),
         dateText(Date::fromDays(furthestFirst)), dateText(Date::fromDays(ideal - slack)),
         dateText(Date::fromDays(ideal + slack)),
         std::to_string(spacingBefore(request, static_cast<int>(missing)).minIntervalDays)});
    if (ideal - slack > last)
        result.problem +=
            ", " + phrase(MESO_PHRASE("Booking", "which is past the last day searched (%1)"),
                          {dateText(Date::fromDays(last))});
    return result;
}

std::vector<ScheduledSession> rescheduleOptions(const ClinicSchedule &clinic,
                                                const SeriesRequest &request,
                                                const std::vector<ScheduledSession> &series,
                                                int index, int count)
{
    std::vector<ScheduledSession> options;
    if (index < 0 || static_cast<size_t>(index) >= series.size() || count < 1 ||
        !problemOf(request).empty())
        return options;
    Planner planner(clinic, request);
    const long current = series[static_cast<size_t>(index)].date.toDays();
    auto fits = [&](long day) {
        if (index > 0 &&
            !spacingAllowed(request, index,
                            day - series[static_cast<size_t>(index - 1)].date.toDays()))
            return false;
        if (static_cast<size_t>(index) + 1 < series.size() &&
            !spacingAllowed(request, index + 1,
                            series[static_cast<size_t>(index) + 1].date.toDays() - day))
            return false;
        return day >= request.earliestStart.toDays();
    };
    // Nearest first: the current day, then one day either side (earlier first), and so on.
    long reach = static_cast<long>(request.intervalDays) + request.toleranceDays;
    if (request.later)
        reach = std::max(reach, static_cast<long>(request.later->intervalDays) +
                                    request.later->toleranceDays);
    for (long d = 0; d <= reach && static_cast<int>(options.size()) < count; ++d) {
        const std::vector<long> days =
            d == 0 ? std::vector<long>{current} : std::vector<long>{current - d, current + d};
        for (long day : days) {
            if (static_cast<int>(options.size()) >= count || !fits(day))
                continue;
            if (auto slot = planner.slotOn(Date::fromDays(day))) {
                slot->index = index;
                slot->deviationDays = static_cast<int>(d);
                options.push_back(*slot);
            }
        }
    }
    return options;
}

} // namespace meso::core

// The scheduler: property tests over random clinics (no overlap for any practitioner, room or
// patient, every spacing within bounds, every session inside opening and working hours, the
// least total deviation, deterministic) and the reasons it gives when nothing fits.

#include "core/scheduler.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <functional>
#include <random>

using namespace meso::core;

namespace {

const Date kMonday{2027, 1, 4};

WeekHours weekdays(int from, int to)
{
    WeekHours h;
    for (size_t d = 0; d < 5; ++d)
        h[d] = {{from * 60, to * 60}};
    return h;
}

SeriesRequest mesolift()
{
    SeriesRequest r;
    r.protocol = "mesolift";
    r.equipment = {"syringe"};
    r.sessions = 4;
    r.intervalDays = 14;
    r.minIntervalDays = 7;
    r.toleranceDays = 3;
    r.minutes = 45;
    r.earliestStart = kMonday;
    r.horizonDays = 120;
    return r;
}

ClinicSchedule quietClinic()
{
    ClinicSchedule c;
    c.opening = weekdays(9, 18);
    c.practitioners = {{1, weekdays(9, 17), {}, {}}, {2, weekdays(12, 18), {"mesolift"}, {}}};
    c.rooms = {{10, {"syringe"}, {}}, {11, {"syringe", "multi_needle"}, {}}};
    return c;
}

// A busy random clinic: practitioners and rooms with random appointments over the horizon.
ClinicSchedule randomClinic(std::mt19937 &rng, const Date &from, int days)
{
    ClinicSchedule c;
    c.opening = weekdays(8, 19);
    c.opening[5] = {{9 * 60, 13 * 60}};
    std::uniform_int_distribution<int> coin(0, 3);
    if (coin(rng) == 0)
        c.closures = {from.addDays(10), from.addDays(11), from.addDays(30)};
    const int practitioners = 1 + coin(rng) % 3;
    for (int p = 0; p < practitioners; ++p) {
        SchedulePractitioner sp{100 + p, weekdays(8 + p, 16 + p), {}, {}};
        if (p == 0)
            sp.hours[5] = {{9 * 60, 12 * 60}};
        if (coin(rng) == 0)
            sp.protocols = {"other"};
        c.practitioners.push_back(sp);
    }
    c.rooms = {{1, {"syringe"}, {}}, {2, {"syringe", "multi_needle"}, {}}};
    std::uniform_int_distribution<int> day(0, days), minute(8 * 60, 18 * 60), length(15, 120),
        load(50, 400);
    auto fill = [&](std::vector<Span> &busy) {
        const int n = load(rng);
        for (int i = 0; i < n; ++i) {
            const Minute start = minuteOf(from.addDays(day(rng)), minute(rng) / 15 * 15);
            busy.push_back({start, start + length(rng)});
        }
    };
    for (auto &p : c.practitioners)
        fill(p.busy);
    for (auto &r : c.rooms)
        fill(r.busy);
    return c;
}

bool freeOf(const std::vector<Span> &busy, const Span &s)
{
    return std::none_of(busy.begin(), busy.end(), [&s](const Span &b) { return b.overlaps(s); });
}

bool inside(const std::vector<DayWindow> &windows, const ScheduledSession &s)
{
    const Minute dayStart = minuteOf(s.date, 0);
    return std::any_of(windows.begin(), windows.end(), [&](const DayWindow &w) {
        return s.span.start >= dayStart + w.start && s.span.end <= dayStart + w.end;
    });
}

// The least total deviation by brute force over every combination of days (small cases only),
// with the same definition as the scheduler: the first session's delay plus each later
// session's distance from the first session's date plus k intervals.
int bruteForceBest(const ClinicSchedule &c, const SeriesRequest &r)
{
    int best = -1;
    const long start = r.earliestStart.toDays(), last = start + r.horizonDays - 1;
    std::vector<bool> open;
    for (long d = start; d <= last; ++d)
        open.push_back(firstSlotOn(c, r, Date::fromDays(d)).has_value());
    std::vector<long> days(static_cast<size_t>(r.sessions));
    // Session k's ideal offset from the first: the sum of the spacings before it (phases included).
    std::vector<long> offset(static_cast<size_t>(r.sessions), 0);
    for (int k = 1; k < r.sessions; ++k)
        offset[static_cast<size_t>(k)] =
            offset[static_cast<size_t>(k - 1)] + spacingBefore(r, k).intervalDays;
    std::function<void(int, int)> place = [&](int k, int cost) {
        if (k == r.sessions) {
            if (best < 0 || cost < best)
                best = cost;
            return;
        }
        const long ideal = days[0] + offset[static_cast<size_t>(k)];
        const long slack = k == 0 ? 0 : spacingBefore(r, k).toleranceDays;
        const long lo = k == 0 ? start : ideal - slack;
        const long hi = k == 0 ? last : ideal + slack;
        for (long d = std::max(lo, start); d <= std::min(hi, last); ++d) {
            if (k > 0 && !spacingAllowed(r, k, d - days[static_cast<size_t>(k - 1)]))
                continue;
            if (!open[static_cast<size_t>(d - start)])
                continue;
            days[static_cast<size_t>(k)] = d;
            place(k + 1, cost + static_cast<int>(k == 0 ? d - start : std::labs(d - ideal)));
        }
    };
    place(0, 0);
    return best;
}

} // namespace

TEST_CASE("A quiet clinic books the ideal series on the ideal dates", "[scheduler]")
{
    const SeriesPlan plan = findSeries(quietClinic(), mesolift());
    REQUIRE(plan.found());
    REQUIRE(plan.sessions.size() == 4);
    CHECK(plan.totalDeviationDays == 0);
    for (int k = 0; k < 4; ++k) {
        CHECK(plan.sessions[static_cast<size_t>(k)].date == kMonday.addDays(14L * k));
        CHECK(plan.sessions[static_cast<size_t>(k)].span.start ==
              minuteOf(kMonday.addDays(14L * k), 9 * 60));
        CHECK(plan.sessions[static_cast<size_t>(k)].practitioner == 1);
        CHECK(plan.sessions[static_cast<size_t>(k)].room == 10);
    }
}

TEST_CASE("Preferences, closures and busy calendars move sessions within their tolerance",
          "[scheduler]")
{
    ClinicSchedule clinic = quietClinic();
    SeriesRequest request = mesolift();
    request.practitioner = 2;
    request.onlyPreferred = true;
    request.weekdays = {2, 4}; // Tuesday, Thursday
    request.times = {{14 * 60, 16 * 60}};
    clinic.closures = {kMonday.addDays(15)}; // the second Tuesday
    // Practitioner 2 is busy all afternoon on the Tuesday four weeks on.
    clinic.practitioners[1].busy = {
        {minuteOf(kMonday.addDays(29), 12 * 60), minuteOf(kMonday.addDays(29), 18 * 60)}};
    const SeriesPlan plan = findSeries(clinic, request);
    REQUIRE(plan.found());
    for (const ScheduledSession &s : plan.sessions) {
        CHECK((s.date.weekday() == 2 || s.date.weekday() == 4));
        CHECK(s.date != kMonday.addDays(15));
        CHECK(s.practitioner == 2);
        CHECK(s.span.start >= minuteOf(s.date, 14 * 60));
        CHECK(s.span.end <= minuteOf(s.date, 16 * 60));
        CHECK(s.deviationDays <= request.toleranceDays + (s.index == 0 ? 1 : 0));
    }
    // Starting on the first Tuesday would cost 1 + 2 + 2 + 0 (the second Tuesday is closed, the
    // third busy): starting on the first Thursday costs 3 and keeps every later session ideal.
    std::vector<long> days;
    for (const auto &s : plan.sessions)
        days.push_back(s.date.toDays() - kMonday.toDays());
    CHECK(days == std::vector<long>{3, 17, 31, 45});
    CHECK(plan.totalDeviationDays == 3);

    // A preference only: another practitioner takes the busy Tuesday, so starting on the first
    // Tuesday costs 1 + 2 + 0 + 0, as little as the Thursday start, and is earlier.
    request.onlyPreferred = false;
    const SeriesPlan flexible = findSeries(clinic, request);
    REQUIRE(flexible.found());
    CHECK(flexible.sessions[0].date == kMonday.addDays(1));
    CHECK(flexible.sessions[0].practitioner == 2);
    CHECK(flexible.sessions[1].date == kMonday.addDays(17)); // Thursday: that Tuesday is closed
    CHECK(flexible.sessions[2].date == kMonday.addDays(29));
    CHECK(flexible.sessions[2].practitioner == 1);
    CHECK(flexible.totalDeviationDays == 3);
}

TEST_CASE("When nothing fits, the scheduler says precisely why", "[scheduler]")
{
    ClinicSchedule clinic = quietClinic();
    SeriesRequest request = mesolift();
    request.protocol = "cellulite";
    request.equipment = {"multi_needle"};
    clinic.practitioners[1].protocols = {"mesolift"};
    clinic.practitioners[0].protocols = {"mesolift"};
    CHECK(findSeries(clinic, request).problem == "no practitioner performs the protocol cellulite");
    clinic.practitioners[0].protocols.clear();
    request.equipment = {"laser"};
    CHECK(findSeries(clinic, request)
              .problem.find("no room has the equipment the protocol needs (laser)") == 0);
    request.equipmentNames = {"Fractional laser"}; // the catalog's name, when it has one
    CHECK(findSeries(clinic, request)
              .problem.find("no room has the equipment the protocol needs (Fractional laser)") ==
          0);
    request.equipmentNames.clear();
    request.equipment = {"multi_needle"};
    request.weekdays = {7}; // the clinic is closed on Sundays
    CHECK(findSeries(clinic, request).problem.find("no free slot for a first session") == 0);
    // Only the first fortnight is open: the second session cannot be placed.
    request = mesolift();
    request.horizonDays = 10;
    const SeriesPlan plan = findSeries(clinic, request);
    CHECK_FALSE(plan.found());
    CHECK(
        plan.problem ==
        "session 2 of 4 finds no free slot: after a first session on 2027-01-04 (the start that "
        "gets furthest), it must fall between 2027-01-15 and 2027-01-21 and at least 7 days after "
        "the previous session, which is past the last day searched (2027-01-13)");
    request.sessions = 0;
    CHECK(findSeries(clinic, request).problem == "request.sessions: expected at least 1 session");
}

TEST_CASE("Random busy clinics: no overlap, spacing within bounds, least deviation, deterministic",
          "[scheduler][property]")
{
    const int seed = GENERATE(range(1, 41));
    std::mt19937 rng(static_cast<unsigned>(seed));
    const ClinicSchedule clinic = randomClinic(rng, kMonday, 200);
    SeriesRequest request = mesolift();
    std::uniform_int_distribution<int> pick(0, 5);
    request.sessions = 1 + pick(rng);
    request.intervalDays = 7 + 7 * (pick(rng) % 3);
    request.minIntervalDays = request.intervalDays - pick(rng) % 4;
    request.toleranceDays = pick(rng);
    request.minutes = 30 + 15 * (pick(rng) % 3);
    request.equipment = pick(rng) % 2 ? std::vector<std::string>{"multi_needle"}
                                      : std::vector<std::string>{"syringe"};
    if (pick(rng) == 0)
        request.weekdays = {1, 3, 5};
    if (pick(rng) == 0)
        request.times = {{9 * 60, 12 * 60}};
    request.practitioner = pick(rng) % 2 ? 101 : 0;
    if (pick(rng) < 2) // a course in phases: later sessions further apart
        request.later =
            SeriesPhase{2 + pick(rng), 21 + 7 * (pick(rng) % 2), 14 + pick(rng), pick(rng)};
    for (int i = 0; i < 60; ++i) {
        const Minute at = minuteOf(kMonday.addDays(i * 3L), 10 * 60);
        request.patientBusy.push_back({at, at + 60});
    }
    CAPTURE(seed, request.sessions, request.intervalDays, request.toleranceDays);

    const SeriesPlan plan = findSeries(clinic, request);
    const SeriesPlan again = findSeries(clinic, request);
    REQUIRE(plan.problem == again.problem);
    REQUIRE(plan.sessions.size() == again.sessions.size());
    for (size_t i = 0; i < plan.sessions.size(); ++i) {
        CHECK(plan.sessions[i].span == again.sessions[i].span);
        CHECK(plan.sessions[i].practitioner == again.sessions[i].practitioner);
        CHECK(plan.sessions[i].room == again.sessions[i].room);
    }
    if (!plan.found()) {
        CHECK_FALSE(plan.problem.empty());
        CHECK(bruteForceBest(clinic, request) == -1);
        return;
    }
    REQUIRE(static_cast<int>(plan.sessions.size()) == request.sessions);
    for (size_t i = 0; i < plan.sessions.size(); ++i) {
        const ScheduledSession &s = plan.sessions[i];
        const auto practitioner =
            std::find_if(clinic.practitioners.begin(), clinic.practitioners.end(),
                         [&s](const auto &p) { return p.id == s.practitioner; });
        const auto room = std::find_if(clinic.rooms.begin(), clinic.rooms.end(),
                                       [&s](const auto &r) { return r.id == s.room; });
        REQUIRE(practitioner != clinic.practitioners.end());
        REQUIRE(room != clinic.rooms.end());
        CHECK(s.span.end - s.span.start == request.minutes);
        CHECK(freeOf(practitioner->busy, s.span));
        CHECK(freeOf(room->busy, s.span));
        CHECK(freeOf(request.patientBusy, s.span));
        CHECK((practitioner->protocols.empty() ||
               std::find(practitioner->protocols.begin(), practitioner->protocols.end(),
                         "mesolift") != practitioner->protocols.end()));
        for (const std::string &e : request.equipment)
            CHECK(std::find(room->equipment.begin(), room->equipment.end(), e) !=
                  room->equipment.end());
        CHECK(inside(clinic.opening[static_cast<size_t>(s.date.weekday() - 1)], s));
        CHECK(inside(practitioner->hours[static_cast<size_t>(s.date.weekday() - 1)], s));
        CHECK(std::find(clinic.closures.begin(), clinic.closures.end(), s.date) ==
              clinic.closures.end());
        CHECK(s.date >= request.earliestStart);
        CHECK(s.date.toDays() < request.earliestStart.toDays() + request.horizonDays);
        if (i > 0) {
            const long spacing = s.date.toDays() - plan.sessions[i - 1].date.toDays();
            CHECK(spacingAllowed(request, static_cast<int>(i), spacing));
            CHECK(spacing >= spacingBefore(request, static_cast<int>(i)).minIntervalDays);
            CHECK(s.deviationDays <= spacingBefore(request, static_cast<int>(i)).toleranceDays);
        }
    }
    if (request.sessions <= 3)
        CHECK(plan.totalDeviationDays == bruteForceBest(clinic, request));
}

TEST_CASE("A course in phases keeps each phase's spacing: weekly, then monthly", "[scheduler]")
{
    ClinicSchedule clinic = quietClinic();
    clinic.opening[5] =
        clinic.opening[6] = {{9 * 60, 18 * 60}}; // open every day: the ideal dates are free
    for (auto &p : clinic.practitioners)
        p.hours = clinic.opening;
    SeriesRequest request = mesolift();
    request.sessions = 6;
    request.intervalDays = request.minIntervalDays = 7;
    request.toleranceDays = 7;
    request.later = SeriesPhase{5, 30, 28, 7}; // sessions 5 and 6 a month apart
    request.horizonDays = 200;
    const SeriesPlan plan = findSeries(clinic, request);
    REQUIRE(plan.sessions.size() == 6);
    std::vector<long> gaps;
    for (size_t i = 1; i < plan.sessions.size(); ++i)
        gaps.push_back(plan.sessions[i].date.toDays() - plan.sessions[i - 1].date.toDays());
    CHECK(gaps == std::vector<long>{7, 7, 7, 30, 30});
    CHECK(plan.totalDeviationDays == 0);
    // Moving session 5 keeps 28 to 37 days after session 4 and before session 6.
    for (const auto &o : rescheduleOptions(clinic, request, plan.sessions, 4, 20)) {
        CHECK(o.date.toDays() - plan.sessions[3].date.toDays() >= 28);
        CHECK(plan.sessions[5].date.toDays() - o.date.toDays() >= 28);
    }
    // A monthly gap in the weekly phase, or a weekly one in the monthly phase, is refused.
    CHECK_FALSE(spacingAllowed(request, 1, 30));
    CHECK_FALSE(spacingAllowed(request, 4, 7));
    CHECK(spacingAllowed(request, 4, 30));
    request.later->minIntervalDays = 40;
    CHECK(findSeries(clinic, request).problem ==
          "request.later.min_interval_days: expected 1 to the interval");
}

TEST_CASE("Rescheduling offers the nearest days that keep the spacing to both neighbours",
          "[scheduler]")
{
    ClinicSchedule clinic = quietClinic();
    const SeriesRequest request = mesolift();
    const SeriesPlan plan = findSeries(clinic, request);
    REQUIRE(plan.sessions.size() == 4);
    // Move session 2 (index 1): neighbours on day 0 and day 28; spacing 7..17 both ways.
    const auto options = rescheduleOptions(clinic, request, plan.sessions, 1, 5);
    REQUIRE(options.size() == 5);
    // Nearest first, earlier before later; the weekend (days 12 and 13) is closed.
    std::vector<long> days;
    for (const auto &o : options)
        days.push_back(o.date.toDays() - kMonday.toDays());
    CHECK(days == std::vector<long>{14, 15, 16, 11, 17});
    for (const auto &o : options) {
        CHECK(spacingAllowed(request, 1, o.date.toDays() - plan.sessions[0].date.toDays()));
        CHECK(spacingAllowed(request, 2, plan.sessions[2].date.toDays() - o.date.toDays()));
        CHECK(o.index == 1);
    }
    CHECK(rescheduleOptions(clinic, request, plan.sessions, 9, 5).empty());
}

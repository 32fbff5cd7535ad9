#pragma once

#include "date.h"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace meso::core {

// Clinic-local wall-clock minutes since 1970-01-01 00:00 (the clinic's calendar has one zone).
using Minute = long long;

inline Minute minuteOf(const Date &d, int minuteOfDay)
{
    return static_cast<Minute>(d.toDays()) * 1440 + minuteOfDay;
}

// A half-open span of time [start, end).
struct Span
{
    Minute start = 0, end = 0;
    bool overlaps(const Span &o) const { return start < o.end && o.start < end; }
    friend bool operator==(const Span &, const Span &) = default;
};

// A window of a day in minutes from midnight, [start, end).
struct DayWindow
{
    int start = 0, end = 0;
};
using WeekHours = std::array<std::vector<DayWindow>, 7>; // [0] Monday .. [6] Sunday

// Intersection of two sets of windows of one day, by start.
std::vector<DayWindow> intersect(const std::vector<DayWindow> &a, const std::vector<DayWindow> &b);
// How many minutes the windows cover (windows that do not overlap, as intersect gives them).
int minutesOf(const std::vector<DayWindow> &windows);

struct SchedulePractitioner
{
    long long id = 0;
    WeekHours hours;
    std::vector<std::string> protocols; // what they perform; empty: every protocol
    std::vector<Span> busy;
};

struct ScheduleRoom
{
    long long id = 0;
    std::vector<std::string> equipment;
    std::vector<Span> busy;
};

// What the scheduler knows of the clinic: when it is open and who and what is busy when.
struct ClinicSchedule
{
    WeekHours opening;
    std::vector<Date> closures; // whole days closed (holidays)
    std::vector<SchedulePractitioner> practitioners;
    std::vector<ScheduleRoom> rooms;
};

// A later phase of a series with its own spacing (hair loss: weekly, then monthly).
struct SeriesPhase
{
    int fromSession = 2; // 1-based: the first session reached with this spacing
    int intervalDays = 1;
    int minIntervalDays = 1;
    int toleranceDays = 0;
};

// A plan's session series to place.
struct SeriesRequest
{
    std::string protocol;
    std::string protocolName; // how refusals name it; the id when empty (the contract's messages)
    std::vector<std::string> equipment;      // a room must have all of it
    std::vector<std::string> equipmentNames; // how refusals name it, in its order; ids when empty
    int sessions = 1;
    int intervalDays = 1;    // the ideal spacing
    int minIntervalDays = 1; // the protocol's minimum: never closer
    int toleranceDays =
        0; // how far a session may move from its ideal date (and the spacing beyond ideal)
    std::optional<SeriesPhase>
        later;        // from its session on, the spacing above gives way to this one
    int minutes = 30; // appointment length: the session plus the set-up buffer
    Date earliestStart;
    int horizonDays = 365;         // the whole series must fall within earliestStart + horizonDays
    std::vector<int> weekdays;     // preferred weekdays 1..7 (empty: any day the clinic opens)
    std::vector<DayWindow> times;  // preferred times of day (empty: any opening time)
    long long practitioner = 0;    // preferred practitioner (0: anyone who performs the protocol)
    bool onlyPreferred = false;    // true: that practitioner or nobody
    std::vector<Span> patientBusy; // the patient's other appointments
    int stepMinutes = 15;          // start times are multiples of this
    Minute notBefore = 0;          // no session starts before this (now: never in the past)
};

struct ScheduledSession
{
    int index = 0; // 0-based position in the series
    Date date;
    Span span;
    long long practitioner = 0, room = 0;
    int deviationDays = 0; // from the ideal date (first session: from the earliest start)
};

struct SeriesPlan
{
    std::vector<ScheduledSession> sessions; // empty when nothing fits
    int totalDeviationDays = 0;
    std::string problem; // when nothing fits: precisely why

    bool found() const { return !sessions.empty(); }
};

// Finds the series that best fits: every session in a free slot of an eligible practitioner and
// a room with the equipment, the patient free, the clinic open and not closed, each spacing
// between the protocol's minimum and the ideal interval plus the tolerance, each session within
// the tolerance of its ideal date (the first session's date plus k intervals), and the least
// total deviation, counting the delay of the first session from the earliest start; ties go to
// earlier dates. On a day, the preferred practitioner's earliest slot is taken if there is one,
// else the earliest slot of anyone eligible (then the lower id). Pure and deterministic.
SeriesPlan findSeries(const ClinicSchedule &clinic, const SeriesRequest &request);

// The earliest free slot on `day` for the request (preferred practitioner first), if any.
std::optional<ScheduledSession> firstSlotOn(const ClinicSchedule &clinic,
                                            const SeriesRequest &request, const Date &day);

// For moving session `index` of a booked series: the nearest dates (closest to its current
// date first, earlier before later) whose spacing to its neighbours stays within the bounds, at
// most `count`. The clinic's and the patient's busy spans must not include the session moved.
std::vector<ScheduledSession> rescheduleOptions(const ClinicSchedule &clinic,
                                                const SeriesRequest &request,
                                                const std::vector<ScheduledSession> &series,
                                                int index, int count);

// Why `session` cannot take place as given (clinic closed or not open then, practitioner not
// working then or not performing the protocol, room without the equipment, practitioner, room
// or patient busy), or empty when it can. Preferences (weekdays, times) are not checked: a
// front desk may book outside them.
std::string whyNot(const ClinicSchedule &clinic, const SeriesRequest &request,
                   const ScheduledSession &session);

// The spacing rules for the gap before session `index` (0-based, from 1): the later phase's once
// reached, else the request's own.
SeriesPhase spacingBefore(const SeriesRequest &request, int index);

// Whether `spacingDays` between session `index - 1` and session `index` is within the bounds.
bool spacingAllowed(const SeriesRequest &request, int index, long spacingDays);

} // namespace meso::core

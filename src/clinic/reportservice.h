#pragma once

#include "actinguser.h"

#include "records/reportrecords.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>
#include <string>
#include <vector>

namespace meso::core {
struct Catalog;
}

namespace meso::store {
class Database;
}

namespace meso::clinic {

class AssessmentService;
struct ClinicSetup;

// One practitioner's or room's booked time in one week against the time it could be booked: a
// practitioner's working hours within the clinic's opening hours, a room's the opening hours;
// closures and the days outside the period left out.
struct Occupancy
{
    QDate week; // its Monday
    qint64 id = 0;
    QString name;
    qint64 bookedMinutes = 0, availableMinutes = 0;
    // Booked among available (0 when nothing was available); above 1 when booked outside hours.
    double rate() const;
};

// The clinic's appointments over a period: per week, practitioner and room, and in all; each
// practitioner's and room's occupancy per week.
struct ActivityReport
{
    QDate from, to; // both included
    std::vector<records::ActivityRow> rows;
    records::ActivityRow total;                  // its week, practitioner and room left empty
    std::vector<Occupancy> practitioners, rooms; // by week, then name
    // Cancelled appointments among all of them; no-shows among those not cancelled (0 when
    // there are none).
    double cancellationRate() const;
    double noShowRate() const;
};

// One protocol's courses and safety over a period (records::CourseRow and SafetyRow).
struct CourseFigures
{
    QString protocol, protocolName; // the name in the asked language; the id when unknown
    int started = 0, completed = 0, abandoned = 0;
    int sessions = 0, adverseEvents = 0; // sessions performed in the period, events after them
    // Adverse events per 100 sessions performed (0 without sessions).
    double adverseEventsPer100() const;
};

struct CoursesReport
{
    QDate from, to;
    std::vector<CourseFigures> rows; // by protocol name
    CourseFigures total;             // its protocol left empty
};

// The quotes approved in one of the clinic's months (current approved plans only).
struct QuoteMonth
{
    QDate month; // its first day
    int quotes = 0;
    qint64 cents = 0;
};

struct QuotesReport
{
    QDate from, to;
    QString currency;               // the catalog's (ISO 4217)
    std::vector<QuoteMonth> months; // every month the period touches, empty ones included
    QuoteMonth total;               // its month left empty
};

// The Reports page's figures, read in one snapshot: the activity for every role, the courses and
// quotes for the roles that may see them (report.clinic), empty otherwise.
struct ClinicReports
{
    ActivityReport activity;
    std::optional<CoursesReport> courses;
    std::optional<QuotesReport> quotes;
};

// What the clinic's activity was, counted by the database (issue 19). Aggregates only: no
// patient appears in a report, so reading one is not audited. Every role may see the activity
// (the front desk's own figures: appointments, cancellations, no-shows); courses, safety and
// quotes are for practitioners and administrators.
class ReportService
{
    Q_DECLARE_TR_FUNCTIONS(meso::clinic::ReportService)
public:
    ReportService(const store::Database &db, AssessmentService &assessments)
        : m_db(db), m_assessments(assessments)
    {
    }

    // Each throws ValidationError naming "report.from" or "report.to" for a period that is not
    // one (`to` before `from`, longer than 10 years).
    ActivityReport activity(const ActingUser &user, const QDate &from, const QDate &to) const;
    // Practitioners and administrators (report.clinic). Protocol names in `lang`.
    CoursesReport courses(const ActingUser &user, const QDate &from, const QDate &to,
                          const std::string &lang = "en") const;
    // Months in the clinic's time zone (the workstation's).
    QuotesReport quotes(const ActingUser &user, const QDate &from, const QDate &to) const;
    // Every report the user may read, from one state of the database (the Reports page).
    ClinicReports page(const ActingUser &user, const QDate &from, const QDate &to,
                       const std::string &lang = "en") const;

private:
    static void checkPeriod(const QDate &from, const QDate &to);
    // Each practitioner's and room's occupancy per week, from the report's booked minutes.
    static void addOccupancy(ActivityReport &report, const ClinicSetup &setup);
    // Inside the caller's read transaction.
    ActivityReport readActivity(const QDate &from, const QDate &to) const;
    CoursesReport readCourses(const core::Catalog &catalog, const QDate &from, const QDate &to,
                              const std::string &lang) const;
    QuotesReport readQuotes(const core::Catalog &catalog, const QDate &from, const QDate &to) const;

    const store::Database &m_db;
    AssessmentService &m_assessments;
};

} // namespace meso::clinic

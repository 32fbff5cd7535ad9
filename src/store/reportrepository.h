#pragma once

#include "records/reportrecords.h"

#include <vector>

namespace meso::store {

class Database;

// The clinic's activity counted by the database (both engines), never by reading every row into
// the program: reports and `mesoplan-cli report`.
class ReportRepository
{
public:
    explicit ReportRepository(const Database &db) : m_db(db) {}

    // Appointments starting on `from` to `to` (both included), per week, practitioner and room,
    // by week, practitioner's name and room's name.
    std::vector<records::ActivityRow> activity(const QDate &from, const QDate &to) const;
    // Courses started, completed and abandoned on `from` to `to`, by protocol id.
    std::vector<records::CourseRow> courses(const QDate &from, const QDate &to) const;
    // Sessions performed on `from` to `to` and the adverse events after them, by protocol id.
    std::vector<records::SafetyRow> safety(const QDate &from, const QDate &to) const;
    // The quotes approved from `from` (included) to `until` (excluded): one month of the clinic
    // at a time, its bounds in UTC (whatever the clinic's offset, half hours included).
    records::QuoteTotal quotes(const QDateTime &from, const QDateTime &until) const;

private:
    const Database &m_db;
};

} // namespace meso::store

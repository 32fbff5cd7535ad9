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

private:
    const Database &m_db;
};

} // namespace meso::store

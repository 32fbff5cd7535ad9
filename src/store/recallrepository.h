#pragma once

#include "records/reportrecords.h"

#include <QDate>
#include <QDateTime>

#include <vector>

namespace meso::store {

class Database;

// Maintenance recalls (issue 19): the courses due, found by the database from the appointments
// and the stored catalog's maintenance intervals, and the clinic's marks on them.
class RecallRepository
{
public:
    explicit RecallRepository(const Database &db) : m_db(db) {}

    // The courses due from `dueFrom` (invalid: since ever) to `dueBefore`, both included, of
    // both kinds, by due date then name: a course whose patient has a later appointment of the
    // same protocol (a maintenance session booked, or the course taken up again) is not due;
    // archived patients are left out.
    std::vector<records::RecallRow> due(const QDate &dueFrom, const QDate &dueBefore) const;
    // Whether the request of a consultation holds appointments (a course that can be marked).
    bool isCourse(qint64 consultationId, int requestIndex) const;
    // The course's latest mark, replacing the previous one.
    void mark(qint64 consultationId, int requestIndex, const QString &status, const QDate &on,
              const QString &note, qint64 by, const QDateTime &now);

private:
    const Database &m_db;
};

} // namespace meso::store

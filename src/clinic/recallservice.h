#pragma once

#include "actinguser.h"

#include "records/reportrecords.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <string>
#include <vector>

namespace meso::store {
class Database;
}

namespace meso::clinic {

class AssessmentService;

// A course to recall, with its protocol named in the asked language.
struct Recall
{
    records::RecallRow row;
    QString protocolName; // the id when the catalog does not know it
};

// Maintenance recalls (issue 19): the completed courses whose maintenance interval (the
// catalog's, after the last session) has come, and the abandoned ones (sessions missed or
// cancelled and not booked again), with the patient's contact and what the clinic did about
// each: contacted, booked or declined, on a date. A later appointment of the same protocol for
// the patient (the maintenance session booked, the course taken up again) clears a recall.
// The front desk and practitioners list and mark recalls; administrators list them. Listing is
// audited once (how many were shown), each mark with its patient.
class RecallService
{
    Q_DECLARE_TR_FUNCTIONS(meso::clinic::RecallService)
public:
    RecallService(const store::Database &db, AssessmentService &assessments)
        : m_db(db), m_assessments(assessments)
    {
    }

    // Due from `dueFrom` to `dueBefore`, both included (an invalid `dueFrom`: every overdue one,
    // however old), by due date then name.
    std::vector<Recall> due(const ActingUser &user, const QDate &dueFrom, const QDate &dueBefore,
                            const std::string &lang = "en") const;
    // contacted, booked, declined.
    static QStringList markStatuses();
    static QString markName(const QString &status);
    // ValidationError naming "recall.status", "recall.date" (not a date, or in the future) or
    // "recall.course" (no course for that consultation's request).
    void mark(const ActingUser &user, qint64 consultationId, int requestIndex,
              const QString &status, const QDate &on, const QString &note = {});

private:
    const store::Database &m_db;
    AssessmentService &m_assessments;
};

} // namespace meso::clinic

#pragma once

#include "actinguser.h"

#include "records/sessionrecords.h"

#include <QCoreApplication>

#include <vector>

namespace meso::store {
class Database;
}

namespace meso::clinic {

class AssessmentService;

// Adverse events after sessions: recorded on the day or later (a follow-up call, the next visit)
// and kept up to date until resolved. An open one is a finding at the patient's next
// consultation (catalog rule open_adverse_event).
class AdverseEventService
{
    Q_DECLARE_TR_FUNCTIONS(meso::clinic::AdverseEventService)
public:
    AdverseEventService(const store::Database &db, AssessmentService &assessments);

    // Records an event on a performed session. ValidationError naming the field: the risk (one of
    // the catalog's), onset (not before the session, not in the future), severity, outcome
    // (ongoing, resolved, sequelae; a resolved one with its date, not before the onset), and for
    // a severe or serious event the notification: notified_on and notification_ref, or
    // notification_pending confirmed. Returns the event as stored.
    records::AdverseEventRecord add(const ActingUser &user, const records::AdverseEventRecord &e);
    // Updates an event read at e.rowVersion (the same checks); ConflictError when it changed.
    records::AdverseEventRecord update(const ActingUser &user,
                                       const records::AdverseEventRecord &e);
    // One event; ValidationError when there is none. Audited.
    records::AdverseEventRecord find(const ActingUser &user, qint64 id) const;
    // A patient's events, oldest first. Audited.
    std::vector<records::AdverseEventRecord> forPatient(const ActingUser &user,
                                                        qint64 patientId) const;

    static QStringList severities(); // mild, moderate, severe
    static QStringList outcomes();   // ongoing, resolved, sequelae
    static QString severityName(const QString &severity);
    static QString outcomeName(const QString &outcome);

private:
    records::AdverseEventRecord checked(const ActingUser &user,
                                        const records::AdverseEventRecord &e) const;

    const store::Database &m_db;
    AssessmentService &m_assessments;
};

} // namespace meso::clinic

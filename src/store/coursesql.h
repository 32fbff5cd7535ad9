#pragma once

#include <QString>

namespace meso::store {

// A course is a plan's request: every version of the plan and all of their appointments. This
// is one row per course with what its appointments tell (times in clinic-local minutes), the one
// definition the reports (ReportRepository::courses) and the recalls (RecallRepository::due)
// build on. It reads covering indexes only: the UNIQUE key of plans, then appointments_course.
// `ahead` counts the appointments still booked or checked in, whatever their day: one left open
// in the past keeps its course running until the calendar closes it (no-show, session record).
inline QString courseRowsSql()
{
    return QStringLiteral(
        "SELECT v.consultation_id, v.request_index, max(a.patient_id) AS patient_id, "
        "sum(CASE WHEN a.status = 'completed' THEN 1 ELSE 0 END) AS done, "
        "min(CASE WHEN a.status = 'completed' THEN a.starts_at END) AS first_done, "
        "max(CASE WHEN a.status = 'completed' THEN a.starts_at END) AS last_done, "
        "max(CASE WHEN a.status <> 'cancelled' THEN a.starts_at END) AS last_kept, "
        "sum(CASE WHEN a.status IN ('booked', 'checked_in') THEN 1 ELSE 0 END) AS ahead, "
        "min(a.starts_at) AS first_any, max(a.starts_at) AS last_any "
        "FROM plans v JOIN appointments a ON a.plan_id = v.id "
        "GROUP BY v.consultation_id, v.request_index");
}

} // namespace meso::store

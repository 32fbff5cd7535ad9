#include "reportrepository.h"

#include "coursesql.h"
#include "database.h"
#include "statement.h"

namespace meso::store {

std::vector<records::ActivityRow> ReportRepository::activity(const QDate &from,
                                                             const QDate &to) const
{
    // The week's Monday: 1970-01-01 was a Thursday, so (day + 3) % 7 counts days since Monday.
    // Integer division and modulo of non-negative integers mean the same on both engines; the
    // range reads the covering index appointments_busy (starts_at first).
    Statement s(
        m_db.connection(),
        QStringLiteral("SELECT w.week, w.practitioner_id, u.display_name, w.room_id, r.name, w.n, "
                       "w.completed, w.cancelled, w.no_shows, w.booked FROM (SELECT "
                       "a.starts_at / 1440 - (a.starts_at / 1440 + 3) % 7 AS week, "
                       "a.practitioner_id, a.room_id, count(*) AS n, "
                       "sum(CASE WHEN a.status = 'completed' THEN 1 ELSE 0 END) AS completed, "
                       "sum(CASE WHEN a.status = 'cancelled' THEN 1 ELSE 0 END) AS cancelled, "
                       "sum(CASE WHEN a.status = 'no_show' THEN 1 ELSE 0 END) AS no_shows, "
                       "sum(CASE WHEN a.status <> 'cancelled' THEN a.ends_at - a.starts_at "
                       "ELSE 0 END) AS booked "
                       "FROM appointments a WHERE a.starts_at >= ? AND a.starts_at < ? "
                       "GROUP BY 1, 2, 3) w JOIN users u ON u.id = w.practitioner_id "
                       "JOIN rooms r ON r.id = w.room_id ORDER BY w.week, u.display_name, r.name"));
    s.bind(dayNumber(from) * 1440).bind((dayNumber(to) + 1) * 1440).exec();
    std::vector<records::ActivityRow> rows;
    while (s.next()) {
        records::ActivityRow r;
        r.week = dayOfNumber(s.integer(0));
        r.practitionerId = s.integer(1);
        r.practitioner = s.text(2);
        r.roomId = s.integer(3);
        r.room = s.text(4);
        r.appointments = static_cast<int>(s.integer(5));
        r.completed = static_cast<int>(s.integer(6));
        r.cancelled = static_cast<int>(s.integer(7));
        r.noShows = static_cast<int>(s.integer(8));
        r.bookedMinutes = s.integer(9);
        rows.push_back(std::move(r));
    }
    return rows;
}

std::vector<records::CourseRow> ReportRepository::courses(const QDate &from, const QDate &to) const
{
    // Every course (courseRowsSql), kept when one of its appointments may fall in the period
    // (each event is an appointment's time); then the request's approved version (plans_course).
    // Every request is looked at: a course running in the period may have started long before it,
    // so no range of appointments finds it alone.
    Statement s(m_db.connection(),
                QStringLiteral(
                    "SELECT p.protocol_id, "
                    "sum(CASE WHEN c.first_done >= ? AND c.first_done < ? THEN 1 ELSE 0 END), "
                    "sum(CASE WHEN c.done >= p.sessions AND c.last_done >= ? AND c.last_done < ? "
                    "THEN 1 ELSE 0 END), "
                    "sum(CASE WHEN c.done < p.sessions AND c.ahead = 0 "
                    "AND coalesce(c.last_kept, c.first_any) >= ? "
                    "AND coalesce(c.last_kept, c.first_any) < ? THEN 1 ELSE 0 END) "
                    "FROM (%1) c JOIN plans p ON p.consultation_id = c.consultation_id "
                    "AND p.request_index = c.request_index AND p.status = 'approved' "
                    "WHERE c.last_any >= ? AND c.first_any < ? "
                    "GROUP BY p.protocol_id ORDER BY p.protocol_id")
                    .arg(courseRowsSql()));
    const qint64 begin = dayNumber(from) * 1440, end = (dayNumber(to) + 1) * 1440;
    for (int i = 0; i < 4; ++i) // three events and the period's filter
        s.bind(begin).bind(end);
    s.exec();
    std::vector<records::CourseRow> rows;
    while (s.next()) {
        records::CourseRow r;
        r.protocol = s.text(0);
        r.started = static_cast<int>(s.integer(1));
        r.completed = static_cast<int>(s.integer(2));
        r.abandoned = static_cast<int>(s.integer(3));
        if (r.started + r.completed + r.abandoned > 0)
            rows.push_back(std::move(r));
    }
    return rows;
}

std::vector<records::SafetyRow> ReportRepository::safety(const QDate &from, const QDate &to) const
{
    // performed_on is the clinic's day as YYYY-MM-DD: text order is date order. Protocol by
    // protocol (plans_protocol), each plan's records of the period (treatment_sessions_plan):
    // index entries only, never a plan's row (its snapshot); CROSS JOIN keeps that order on
    // SQLite (a server's planner is free). The current performed records count as sessions, and
    // every record's adverse events count (an event stays with the record it was recorded on,
    // also when that record was amended later).
    Statement s(m_db.connection(),
                QStringLiteral("SELECT v.protocol_id, sum(CASE WHEN t.performed = 1 AND NOT EXISTS "
                               "(SELECT 1 FROM treatment_sessions n WHERE n.amends_id = t.id) "
                               "THEN 1 ELSE 0 END), sum((SELECT count(*) FROM adverse_events e "
                               "WHERE e.session_id = t.id)) FROM plans v CROSS JOIN "
                               "treatment_sessions t WHERE t.plan_id = v.id AND "
                               "t.performed_on >= ? AND t.performed_on <= ? "
                               "GROUP BY v.protocol_id ORDER BY v.protocol_id"));
    s.bind(from.toString(Qt::ISODate)).bind(to.toString(Qt::ISODate)).exec();
    std::vector<records::SafetyRow> rows;
    while (s.next()) {
        records::SafetyRow r;
        r.protocol = s.text(0);
        r.sessions = static_cast<int>(s.integer(1));
        r.adverseEvents = static_cast<int>(s.integer(2));
        rows.push_back(std::move(r));
    }
    return rows;
}

records::QuoteTotal ReportRepository::quotes(const QDateTime &from, const QDateTime &until) const
{
    // approved_at is UTC ISO 8601 text: text order is time order (plans_approved covers it).
    Statement s(m_db.connection(),
                QStringLiteral("SELECT count(*), coalesce(sum(quote_cents), 0) FROM plans WHERE "
                               "status = 'approved' AND approved_at >= ? AND approved_at < ?"));
    s.bind(timestamp(from)).bind(timestamp(until)).exec();
    records::QuoteTotal total;
    if (s.next()) {
        total.quotes = static_cast<int>(s.integer(0));
        total.cents = s.integer(1);
    }
    return total;
}

} // namespace meso::store

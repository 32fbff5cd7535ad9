#include "reportrepository.h"

#include "database.h"
#include "statement.h"

namespace meso::store {

namespace {

// Days since 1970-01-01, the unit of appointments.starts_at / 1440 (clinic-local minutes).
qint64 dayNumber(const QDate &d)
{
    return QDate(1970, 1, 1).daysTo(d);
}

} // namespace

std::vector<records::ActivityRow> ReportRepository::activity(const QDate &from,
                                                             const QDate &to) const
{
    // The week's Monday: 1970-01-01 was a Thursday, so (day + 3) % 7 counts days since Monday.
    // Integer division and modulo of non-negative integers mean the same on both engines; the
    // range reads the covering index appointments_busy (starts_at first).
    Statement s(
        m_db.connection(),
        QStringLiteral("SELECT w.week, w.practitioner_id, u.display_name, w.room_id, r.name, w.n, "
                       "w.completed, w.cancelled, w.no_shows FROM (SELECT "
                       "a.starts_at / 1440 - (a.starts_at / 1440 + 3) % 7 AS week, "
                       "a.practitioner_id, a.room_id, count(*) AS n, "
                       "sum(CASE WHEN a.status = 'completed' THEN 1 ELSE 0 END) AS completed, "
                       "sum(CASE WHEN a.status = 'cancelled' THEN 1 ELSE 0 END) AS cancelled, "
                       "sum(CASE WHEN a.status = 'no_show' THEN 1 ELSE 0 END) AS no_shows "
                       "FROM appointments a WHERE a.starts_at >= ? AND a.starts_at < ? "
                       "GROUP BY 1, 2, 3) w JOIN users u ON u.id = w.practitioner_id "
                       "JOIN rooms r ON r.id = w.room_id ORDER BY w.week, u.display_name, r.name"));
    s.bind(dayNumber(from) * 1440).bind((dayNumber(to) + 1) * 1440).exec();
    std::vector<records::ActivityRow> rows;
    while (s.next()) {
        records::ActivityRow r;
        r.week = QDate(1970, 1, 1).addDays(s.integer(0));
        r.practitionerId = s.integer(1);
        r.practitioner = s.text(2);
        r.roomId = s.integer(3);
        r.room = s.text(4);
        r.appointments = static_cast<int>(s.integer(5));
        r.completed = static_cast<int>(s.integer(6));
        r.cancelled = static_cast<int>(s.integer(7));
        r.noShows = static_cast<int>(s.integer(8));
        rows.push_back(std::move(r));
    }
    return rows;
}

} // namespace meso::store

#include "reminderrepository.h"

#include "database.h"
#include "statement.h"

#include <algorithm>

namespace meso::store {

std::vector<records::ReminderRow> ReminderRepository::on(const QDate &day, qint64 fromMinute) const
{
    Statement s(
        m_db.connection(),
        QStringLiteral("SELECT a.id, a.patient_id, pt.family_name, pt.given_names, pt.phone, "
                       "pt.email, pt.language, pt.reminder_consent_on, a.starts_at, a.ends_at, "
                       "a.status, u.display_name, a.room_id, p.protocol_id, a.session_index, "
                       "p.sessions, a.row_version, a.updated_at, EXISTS (SELECT 1 FROM "
                       "reminders_sent r WHERE r.appointment_id = a.id AND r.starts_at = "
                       "a.starts_at) FROM appointments a "
                       "JOIN patients pt ON pt.id = a.patient_id "
                       "JOIN users u ON u.id = a.practitioner_id "
                       "JOIN plans p ON p.id = a.plan_id "
                       "WHERE a.starts_at >= ? AND a.starts_at < ? "
                       "AND a.status = 'booked' "
                       "ORDER BY a.starts_at, pt.family_name, pt.given_names, a.id"));
    const qint64 first = dayNumber(day) * 1440;
    s.bind(std::max(first, fromMinute)).bind(first + 1440).exec();
    std::vector<records::ReminderRow> rows;
    while (s.next()) {
        records::ReminderRow r;
        r.appointmentId = s.integer(0);
        r.patientId = s.integer(1);
        r.familyName = s.text(2);
        r.givenNames = s.text(3);
        r.phone = s.text(4);
        r.email = s.text(5);
        r.language = s.text(6);
        r.consented = !s.text(7).isEmpty();
        r.start = s.integer(8);
        r.end = s.integer(9);
        r.status = s.text(10);
        r.practitioner = s.text(11);
        r.roomId = s.integer(12);
        r.protocol = s.text(13);
        r.sessionIndex = static_cast<int>(s.integer(14));
        r.sessions = static_cast<int>(s.integer(15));
        r.rowVersion = static_cast<int>(s.integer(16));
        r.updatedAt = QDateTime::fromString(s.text(17), Qt::ISODateWithMs);
        r.emailed = s.integer(18) != 0;
        rows.push_back(std::move(r));
    }
    return rows;
}

void ReminderRepository::markSent(qint64 appointmentId, qint64 startsAt, qint64 by,
                                  const QDateTime &now)
{
    Statement s(m_db.connection(),
                QStringLiteral("INSERT INTO reminders_sent (appointment_id, starts_at, sent_at, "
                               "sent_by) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING"));
    s.bind(appointmentId).bind(startsAt).bind(timestamp(now)).bind(by).exec();
}

} // namespace meso::store

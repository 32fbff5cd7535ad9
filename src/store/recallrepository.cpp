#include "recallrepository.h"

#include "coursesql.h"
#include "database.h"
#include "statement.h"

#include <algorithm>

namespace meso::store {

std::vector<records::RecallRow> RecallRepository::due(const QDate &dueFrom,
                                                      const QDate &dueBefore) const
{
    // Every course (courseRowsSql) with its approved version, the protocol's interval and its due
    // day; only then, for the courses due in the period, the patient, the mark and whether a
    // later appointment of the protocol cleared it (a plan's row is read for those few only).
    Statement s(
        m_db.connection(),
        QStringLiteral(
            "SELECT d.consultation_id, d.request_index, d.patient_id, pt.family_name, "
            "pt.given_names, pt.phone, pt.email, d.protocol_id, d.sessions, d.done, d.last_done, "
            "d.last_at, d.due_day, m.status, m.marked_on, m.note FROM ("
            "SELECT c.*, p.protocol_id, p.sessions, coalesce(c.last_kept, c.first_any) AS last_at, "
            "CASE WHEN c.done >= p.sessions THEN c.last_done / 1440 + pr.maintenance_days "
            "ELSE coalesce(c.last_kept, c.first_any) / 1440 END AS due_day "
            "FROM (%1) c "
            "JOIN plans p ON p.consultation_id = c.consultation_id "
            "AND p.request_index = c.request_index AND p.status = 'approved' "
            "JOIN protocols pr ON pr.id = p.protocol_id "
            "WHERE c.ahead = 0 "
            "AND (c.done < p.sessions OR pr.maintenance_days > 0)) d "
            "JOIN patients pt ON pt.id = d.patient_id "
            "LEFT JOIN recall_marks m ON m.consultation_id = d.consultation_id "
            "AND m.request_index = d.request_index "
            "WHERE d.due_day >= ? AND d.due_day <= ? AND pt.archived = 0 "
            "AND NOT EXISTS (SELECT 1 FROM appointments l JOIN plans lp ON lp.id = l.plan_id "
            "WHERE l.patient_id = d.patient_id AND l.status <> 'cancelled' "
            "AND l.starts_at > d.last_at AND lp.protocol_id = d.protocol_id "
            "AND NOT (lp.consultation_id = d.consultation_id "
            "AND lp.request_index = d.request_index))")
            .arg(courseRowsSql()));
    s.bind(dueFrom.isValid() ? dayNumber(dueFrom) : qint64{0}).bind(dayNumber(dueBefore)).exec();
    std::vector<records::RecallRow> rows;
    while (s.next()) {
        records::RecallRow r;
        r.consultationId = s.integer(0);
        r.requestIndex = static_cast<int>(s.integer(1));
        r.patientId = s.integer(2);
        r.familyName = s.text(3);
        r.givenNames = s.text(4);
        r.phone = s.text(5);
        r.email = s.text(6);
        r.protocol = s.text(7);
        r.sessionsPlanned = static_cast<int>(s.integer(8));
        r.sessionsDone = static_cast<int>(s.integer(9));
        const bool completed = r.sessionsDone >= r.sessionsPlanned;
        r.kind = completed ? QStringLiteral("maintenance") : QStringLiteral("abandoned");
        r.lastSession = dayOfMinute(completed ? s.integer(10) : s.integer(11));
        r.due = dayOfNumber(s.integer(12));
        r.mark = s.text(13);
        r.markedOn = QDate::fromString(s.text(14), Qt::ISODate);
        r.note = s.text(15);
        rows.push_back(std::move(r));
    }
    // By due date, then by name as people read names ("Émile" before "Zola").
    std::sort(rows.begin(), rows.end(),
              [](const records::RecallRow &a, const records::RecallRow &b) {
                  if (a.due != b.due)
                      return a.due < b.due;
                  if (const int c = QString::localeAwareCompare(a.familyName, b.familyName); c)
                      return c < 0;
                  if (const int c = QString::localeAwareCompare(a.givenNames, b.givenNames); c)
                      return c < 0;
                  return a.consultationId < b.consultationId;
              });
    return rows;
}

bool RecallRepository::isCourse(qint64 consultationId, int requestIndex) const
{
    Statement s(m_db.connection(),
                QStringLiteral("SELECT 1 FROM plans v JOIN appointments a ON a.plan_id = v.id "
                               "WHERE v.consultation_id = ? AND v.request_index = ? LIMIT 1"));
    s.bind(consultationId).bind(requestIndex).exec();
    return s.next();
}

void RecallRepository::mark(qint64 consultationId, int requestIndex, const QString &status,
                            const QDate &on, const QString &note, qint64 by, const QDateTime &now)
{
    Statement remove(m_db.connection(),
                     QStringLiteral("DELETE FROM recall_marks WHERE consultation_id = ? AND "
                                    "request_index = ?"));
    remove.bind(consultationId).bind(requestIndex).exec();
    Statement insert(m_db.connection(),
                     QStringLiteral("INSERT INTO recall_marks (consultation_id, request_index, "
                                    "status, marked_on, note, marked_by, marked_at) VALUES "
                                    "(?, ?, ?, ?, ?, ?, ?)"));
    insert.bind(consultationId).bind(requestIndex).bind(status).bind(on.toString(Qt::ISODate));
    insert.bind(note).bind(by).bind(timestamp(now)).exec();
}

} // namespace meso::store

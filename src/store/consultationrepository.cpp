#include "consultationrepository.h"

#include "database.h"
#include "statement.h"

namespace meso::store {

namespace {

const QString kColumns = QStringLiteral("id, patient_id, consultation_date, status, intake, "
                                        "amends_id, row_version, created_at, signed_at");

ConsultationRecord readConsultation(const Statement &s)
{
    ConsultationRecord c;
    c.id = s.integer(0);
    c.patientId = s.integer(1);
    c.date = QDate::fromString(s.text(2), Qt::ISODate);
    c.status = s.text(3);
    c.intake = s.text(4);
    c.amendsId = s.integer(5);
    c.rowVersion = static_cast<int>(s.integer(6));
    c.createdAt = QDateTime::fromString(s.text(7), Qt::ISODateWithMs);
    c.signedAt = QDateTime::fromString(s.text(8), Qt::ISODateWithMs);
    return c;
}

} // namespace

qint64 ConsultationRepository::insert(const ConsultationRecord &c, qint64 createdBy,
                                      const QDateTime &now)
{
    Statement s(
        m_db.connection(),
        QStringLiteral(
            "INSERT INTO consultations (patient_id, consultation_date, status, intake, amends_id, "
            "created_by, created_at) VALUES (?, ?, 'draft', ?, ?, ?, ?) RETURNING id"));
    s.bind(c.patientId).bind(c.date.toString(Qt::ISODate)).bind(c.intake);
    s.bind(c.amendsId ? QVariant(c.amendsId) : QVariant());
    s.bind(createdBy).bind(timestamp(now));
    return s.insert();
}

bool ConsultationRepository::updateDraft(const ConsultationRecord &c)
{
    Statement s(m_db.connection(),
                QStringLiteral("UPDATE consultations SET consultation_date = ?, intake = ?, "
                               "row_version = row_version + 1 "
                               "WHERE id = ? AND row_version = ? AND status = 'draft'"));
    s.bind(c.date.toString(Qt::ISODate)).bind(c.intake).bind(c.id).bind(c.rowVersion);
    s.exec();
    return s.rowsAffected() == 1;
}

bool ConsultationRepository::sign(qint64 id, int rowVersion, qint64 signedBy, const QDateTime &now)
{
    Statement s(
        m_db.connection(),
        QStringLiteral(
            "UPDATE consultations SET status = 'signed', signed_by = ?, signed_at = ?, "
            "row_version = row_version + 1 WHERE id = ? AND row_version = ? AND status = 'draft'"));
    s.bind(signedBy).bind(timestamp(now)).bind(id).bind(rowVersion);
    s.exec();
    return s.rowsAffected() == 1;
}

std::optional<ConsultationRecord> ConsultationRepository::find(qint64 id) const
{
    Statement s(m_db.connection(),
                QStringLiteral("SELECT %1 FROM consultations WHERE id = ?").arg(kColumns));
    s.bind(id).exec();
    if (!s.next())
        return std::nullopt;
    return readConsultation(s);
}

qint64 ConsultationRepository::patientOf(qint64 id) const
{
    Statement s(m_db.connection(),
                QStringLiteral("SELECT patient_id FROM consultations WHERE id = ?"));
    s.bind(id).exec();
    return s.next() ? s.integer(0) : 0;
}

std::vector<ConsultationRecord> ConsultationRepository::forPatient(qint64 patientId) const
{
    Statement s(m_db.connection(),
                QStringLiteral("SELECT %1 FROM consultations WHERE patient_id = ? "
                               "ORDER BY consultation_date DESC, id DESC")
                    .arg(kColumns));
    s.bind(patientId).exec();
    std::vector<ConsultationRecord> out;
    while (s.next())
        out.push_back(readConsultation(s));
    return out;
}

} // namespace meso::store

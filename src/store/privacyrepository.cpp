#include "privacyrepository.h"

#include "database.h"
#include "statement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QDateTime>

#include <utility>
#include <vector>

namespace meso::store {

QDate PrivacyRepository::lastActivity(qint64 patientId) const
{
    Statement p(m_db.connection(), QStringLiteral("SELECT created_at FROM patients WHERE id = ?"));
    p.bind(patientId).exec();
    if (!p.next())
        return {};
    QDate last = QDateTime::fromString(p.text(0), Qt::ISODateWithMs).date();
    Statement c(
        m_db.connection(),
        QStringLiteral("SELECT max(consultation_date) FROM consultations WHERE patient_id = ?"));
    c.bind(patientId).exec();
    if (c.next() && !c.value(0).isNull())
        last = std::max(last, QDate::fromString(c.text(0), Qt::ISODate));
    Statement a(m_db.connection(),
                QStringLiteral("SELECT max(ends_at) FROM appointments WHERE patient_id = ? "
                               "AND status <> 'cancelled'"));
    a.bind(patientId).exec();
    if (a.next() && !a.value(0).isNull()) // clinic-local minutes since 1970-01-01
        last = std::max(last, dayOfMinute(a.integer(0)));
    return last;
}

void PrivacyRepository::scrub(qint64 patientId,
                              const std::function<QString(const QString &)> &scrubJson)
{
    const auto rewrite = [&](const QString &select, const QString &update) {
        Statement read(m_db.connection(), select);
        read.bind(patientId).exec();
        std::vector<std::pair<qint64, QString>> rows;
        while (read.next())
            rows.emplace_back(read.integer(0), read.text(1));
        Statement write(m_db.connection(), update);
        for (const auto &[id, doc] : rows)
            write.bind(doc.isEmpty() ? doc : scrubJson(doc)).bind(id).exec();
    };
    rewrite(QStringLiteral("SELECT id, intake FROM consultations WHERE patient_id = ?"),
            QStringLiteral("UPDATE consultations SET intake = ? WHERE id = ?"));
    rewrite(
        QStringLiteral(
            "SELECT p.id, p.snapshot FROM plans p JOIN consultations c ON c.id = p.consultation_id "
            "WHERE c.patient_id = ?"),
        QStringLiteral("UPDATE plans SET snapshot = ? WHERE id = ?"));
    Statement comments(
        m_db.connection(),
        QStringLiteral(
            "UPDATE plan_overrides SET comment = '' WHERE plan_id IN (SELECT p.id FROM plans p "
            "JOIN consultations c ON c.id = p.consultation_id WHERE c.patient_id = ?)"));
    comments.bind(patientId).exec();
    Statement reasons(
        m_db.connection(),
        QStringLiteral("UPDATE appointments SET cancel_reason = '' WHERE patient_id = ?"));
    reasons.bind(patientId).exec();
    // Session records keep what was injected, from which lot (a recall still finds the record),
    // but lose their free text; the deviations keep their keys without the reasons.
    const auto clearReasons = [](const QString &json) {
        QJsonArray deviations = QJsonDocument::fromJson(json.toUtf8()).array();
        for (QJsonValueRef d : deviations) {
            QJsonObject o = d.toObject();
            o[QStringLiteral("reason")] = QString();
            d = o;
        }
        return QString::fromUtf8(QJsonDocument(deviations).toJson(QJsonDocument::Compact));
    };
    {
        Statement read(m_db.connection(),
                       QStringLiteral("SELECT id, deviations FROM treatment_sessions WHERE "
                                      "patient_id = ?"));
        read.bind(patientId).exec();
        std::vector<std::pair<qint64, QString>> rows;
        while (read.next())
            rows.emplace_back(read.integer(0), clearReasons(read.text(1)));
        Statement write(m_db.connection(),
                        QStringLiteral("UPDATE treatment_sessions SET deviations = ?, notes = '', "
                                       "not_performed_reason = '', amendment_reason = '' WHERE "
                                       "id = ?"));
        for (const auto &[id, deviations] : rows)
            write.bind(deviations).bind(id).exec();
    }
    Statement events(m_db.connection(),
                     QStringLiteral("UPDATE adverse_events SET description = '', action_taken = "
                                    "'' WHERE patient_id = ?"));
    events.bind(patientId).exec();
    // Photos show the patient: they go.
    Statement photos(m_db.connection(), QStringLiteral("DELETE FROM photos WHERE patient_id = ?"));
    photos.bind(patientId).exec();
}

} // namespace meso::store

#include "sessionrepository.h"

#include "database.h"
#include "statement.h"
#include "stockrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace meso::store {

namespace {

const QString kSessionColumns = QStringLiteral(
    "s.id, s.appointment_id, s.patient_id, s.plan_id, s.performed, s.not_performed_reason, "
    "s.performed_on, s.technique, s.depth_min_mm, s.depth_max_mm, s.needle, s.pain, "
    "s.gais_patient, s.gais_practitioner, s.notes, s.deviations, s.amends_id, "
    "s.amendment_reason, s.signed_by, s.signed_at");
// A record no other record amends.
const QString kCurrent =
    QStringLiteral("NOT EXISTS (SELECT 1 FROM treatment_sessions a WHERE a.amends_id = s.id)");

QVariant optional(const std::optional<int> &v)
{
    return v ? QVariant(*v) : QVariant();
}

QVariant optional(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant();
}

std::optional<int> optionalInt(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<int>(v.toInt());
}

std::optional<double> optionalDouble(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

QVariant optionalDate(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

QDate date(const QString &text)
{
    return QDate::fromString(text, Qt::ISODate);
}

QString deviationsJson(const std::vector<records::SessionDeviation> &deviations)
{
    QJsonArray a;
    for (const auto &d : deviations)
        a.append(QJsonObject{{QStringLiteral("key"), d.key}, {QStringLiteral("reason"), d.reason}});
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

std::vector<records::SessionDeviation> deviationsOf(const QString &json)
{
    std::vector<records::SessionDeviation> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        out.push_back({v[QLatin1String("key")].toString(), v[QLatin1String("reason")].toString()});
    return out;
}

records::SessionRecord readSession(const Statement &s)
{
    records::SessionRecord r;
    r.id = s.integer(0);
    r.appointmentId = s.integer(1);
    r.patientId = s.integer(2);
    r.planId = s.integer(3);
    r.performed = s.integer(4) != 0;
    r.notPerformedReason = s.text(5);
    r.performedOn = date(s.text(6));
    r.technique = s.text(7);
    r.depthMinMm = optionalDouble(s.value(8));
    r.depthMaxMm = optionalDouble(s.value(9));
    r.needle = s.text(10);
    r.pain = optionalInt(s.value(11));
    r.gaisPatient = optionalInt(s.value(12));
    r.gaisPractitioner = optionalInt(s.value(13));
    r.notes = s.text(14);
    r.deviations = deviationsOf(s.text(15));
    r.amendsId = s.integer(16);
    r.amendmentReason = s.text(17);
    r.signedBy = s.integer(18);
    r.signedAt = QDateTime::fromString(s.text(19), Qt::ISODateWithMs);
    return r;
}

const QString kEventColumns = QStringLiteral(
    "id, patient_id, session_id, risk_id, onset_date, severity, serious, description, "
    "action_taken, outcome, resolved_on, notified_on, notification_ref, notification_pending, "
    "row_version, recorded_by, recorded_at, updated_at");

records::AdverseEventRecord readEvent(const Statement &s)
{
    records::AdverseEventRecord e;
    e.id = s.integer(0);
    e.patientId = s.integer(1);
    e.sessionId = s.integer(2);
    e.risk = s.text(3);
    e.onset = date(s.text(4));
    e.severity = s.text(5);
    e.serious = s.integer(6) != 0;
    e.description = s.text(7);
    e.actionTaken = s.text(8);
    e.outcome = s.text(9);
    e.resolvedOn = date(s.text(10));
    e.notifiedOn = date(s.text(11));
    e.notificationRef = s.text(12);
    e.notificationPending = s.integer(13) != 0;
    e.rowVersion = static_cast<int>(s.integer(14));
    e.recordedBy = s.integer(15);
    e.recordedAt = QDateTime::fromString(s.text(16), Qt::ISODateWithMs);
    e.updatedAt = QDateTime::fromString(s.text(17), Qt::ISODateWithMs);
    return e;
}

const QString kPhotoColumns = QStringLiteral(
    "ph.id, ph.patient_id, ph.session_id, ph.area_id, ph.taken, ph.media_type, ph.width, "
    "ph.height, ph.sha256, s.performed_on, ph.recorded_at");

records::PhotoRecord readPhoto(const Statement &s)
{
    records::PhotoRecord p;
    p.id = s.integer(0);
    p.patientId = s.integer(1);
    p.sessionId = s.integer(2);
    p.area = s.text(3);
    p.taken = s.text(4);
    p.mediaType = s.text(5);
    p.width = static_cast<int>(s.integer(6));
    p.height = static_cast<int>(s.integer(7));
    p.sha256 = s.text(8);
    p.sessionDate = date(s.text(9));
    p.recordedAt = QDateTime::fromString(s.text(10), Qt::ISODateWithMs);
    return p;
}

} // namespace

qint64 SessionRepository::insert(const records::SessionRecord &r)
{
    Statement s(m_db.connection(),
                QStringLiteral(
                    "INSERT INTO treatment_sessions (appointment_id, patient_id, plan_id, "
                    "performed, not_performed_reason, performed_on, technique, depth_min_mm, "
                    "depth_max_mm, needle, pain, gais_patient, gais_practitioner, notes, "
                    "deviations, amends_id, amendment_reason, signed_by, signed_at) VALUES (?, ?, "
                    "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    s.bind(r.appointmentId)
        .bind(r.patientId)
        .bind(r.planId)
        .bind(r.performed)
        .bind(r.notPerformedReason)
        .bind(r.performedOn.toString(Qt::ISODate))
        .bind(r.technique)
        .bind(optional(r.depthMinMm))
        .bind(optional(r.depthMaxMm))
        .bind(r.needle)
        .bind(optional(r.pain))
        .bind(optional(r.gaisPatient))
        .bind(optional(r.gaisPractitioner))
        .bind(r.notes)
        .bind(deviationsJson(r.deviations))
        .bind(r.amendsId == 0 ? QVariant() : QVariant(r.amendsId))
        .bind(r.amendmentReason)
        .bind(r.signedBy)
        .bind(timestamp(r.signedAt));
    const qint64 id = s.insert();
    int lineNo = 0;
    for (const records::SessionProductLine &line : r.lines) {
        Statement l(m_db.connection(),
                    QStringLiteral("INSERT INTO session_products (session_id, line_no, area_id, "
                                   "lot_id, volume_ul, points, passes) VALUES (?, ?, ?, ?, ?, ?, "
                                   "?)"));
        l.bind(id)
            .bind(lineNo++)
            .bind(line.area)
            .bind(line.lotId)
            .bind(microlitres(line.volumeMl))
            .bind(optional(line.points))
            .bind(optional(line.passes))
            .exec();
    }
    return id;
}

std::vector<records::SessionRecord> SessionRepository::readSessions(const QString &where,
                                                                    qint64 key) const
{
    Statement s(m_db.connection(),
                QStringLiteral("SELECT %1 FROM treatment_sessions s WHERE %2 ORDER BY "
                               "s.performed_on, s.id")
                    .arg(kSessionColumns, where));
    s.bind(key).exec();
    std::vector<records::SessionRecord> out;
    while (s.next())
        out.push_back(readSession(s));
    if (out.empty())
        return out;
    // Their lines, in one query.
    Statement l(
        m_db.connection(),
        QStringLiteral("SELECT sp.session_id, sp.area_id, sp.lot_id, sp.volume_ul, sp.points, "
                       "sp.passes, l.product_id, l.lot_number, p.name FROM session_products sp "
                       "JOIN lots l ON l.id = sp.lot_id JOIN products p ON p.id = l.product_id "
                       "WHERE sp.session_id IN (SELECT s.id FROM treatment_sessions s WHERE %1) "
                       "ORDER BY sp.session_id, sp.line_no")
            .arg(where));
    l.bind(key).exec();
    while (l.next()) {
        records::SessionProductLine line;
        line.area = l.text(1);
        line.lotId = l.integer(2);
        line.volumeMl = millilitres(l.integer(3));
        line.points = optionalInt(l.value(4));
        line.passes = optionalInt(l.value(5));
        line.productId = l.integer(6);
        line.lotNumber = l.text(7);
        line.productName = l.text(8);
        for (records::SessionRecord &r : out) {
            if (r.id == l.integer(0))
                r.lines.push_back(line);
        }
    }
    return out;
}

std::optional<records::SessionRecord> SessionRepository::find(qint64 id) const
{
    auto found = readSessions(QStringLiteral("s.id = ?"), id);
    if (found.empty())
        return std::nullopt;
    return std::move(found.front());
}

std::optional<records::SessionRecord>
SessionRepository::currentForAppointment(qint64 appointmentId) const
{
    auto found =
        readSessions(QStringLiteral("s.appointment_id = ? AND ") + kCurrent, appointmentId);
    if (found.empty())
        return std::nullopt;
    return std::move(found.back());
}

std::vector<records::SessionRecord> SessionRepository::forAppointment(qint64 appointmentId) const
{
    auto all = readSessions(QStringLiteral("s.appointment_id = ?"), appointmentId);
    std::sort(all.begin(), all.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
    return all;
}

bool SessionRepository::isAmended(qint64 id) const
{
    Statement s(m_db.connection(),
                QStringLiteral("SELECT 1 FROM treatment_sessions WHERE amends_id = ?"));
    s.bind(id).exec();
    return s.next();
}

std::vector<records::SessionRecord> SessionRepository::currentForPatient(qint64 patientId) const
{
    return readSessions(QStringLiteral("s.patient_id = ? AND ") + kCurrent, patientId);
}

std::vector<records::SessionRecord> SessionRepository::currentForPlan(qint64 planId) const
{
    return readSessions(QStringLiteral("s.plan_id = ? AND ") + kCurrent, planId);
}

std::vector<qint64>
SessionRepository::recordedAppointments(const std::vector<qint64> &appointmentIds) const
{
    std::vector<qint64> out;
    for (const qint64 id : appointmentIds) {
        Statement s(m_db.connection(),
                    QStringLiteral("SELECT 1 FROM treatment_sessions WHERE appointment_id = ?"));
        s.bind(id).exec();
        if (s.next())
            out.push_back(id);
    }
    return out;
}

std::vector<records::LotTraceRow> SessionRepository::trace(const QString &lotNumber,
                                                           qint64 productId) const
{
    Statement s(
        m_db.connection(),
        QStringLiteral("SELECT l.id, l.product_id, l.lot_number, p.name, s.patient_id, "
                       "pt.family_name, pt.given_names, pt.birth_date, s.id, s.performed_on, "
                       "sp.area_id, sp.volume_ul FROM lots l "
                       "JOIN products p ON p.id = l.product_id "
                       "JOIN session_products sp ON sp.lot_id = l.id "
                       "JOIN treatment_sessions s ON s.id = sp.session_id "
                       "JOIN patients pt ON pt.id = s.patient_id "
                       "WHERE l.lot_number = ? AND (? = 0 OR l.product_id = ?) AND %1 "
                       "ORDER BY s.performed_on, s.patient_id, s.id, sp.line_no")
            .arg(kCurrent));
    s.bind(lotNumber).bind(productId).bind(productId).exec();
    std::vector<records::LotTraceRow> out;
    while (s.next()) {
        records::LotTraceRow r;
        r.lotId = s.integer(0);
        r.productId = s.integer(1);
        r.lotNumber = s.text(2);
        r.productName = s.text(3);
        r.patientId = s.integer(4);
        r.familyName = s.text(5);
        r.givenNames = s.text(6);
        r.birthDate = date(s.text(7));
        r.sessionId = s.integer(8);
        r.performedOn = date(s.text(9));
        r.area = s.text(10);
        r.volumeMl = millilitres(s.integer(11));
        out.push_back(std::move(r));
    }
    return out;
}

qint64 SessionRepository::insertEvent(const records::AdverseEventRecord &e, const QDateTime &now)
{
    Statement s(m_db.connection(),
                QStringLiteral(
                    "INSERT INTO adverse_events (patient_id, session_id, risk_id, onset_date, "
                    "severity, serious, description, action_taken, outcome, resolved_on, "
                    "notified_on, notification_ref, notification_pending, recorded_by, "
                    "recorded_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                    "?) RETURNING id"));
    s.bind(e.patientId)
        .bind(e.sessionId)
        .bind(e.risk)
        .bind(e.onset.toString(Qt::ISODate))
        .bind(e.severity)
        .bind(e.serious)
        .bind(e.description)
        .bind(e.actionTaken)
        .bind(e.outcome)
        .bind(optionalDate(e.resolvedOn))
        .bind(optionalDate(e.notifiedOn))
        .bind(e.notificationRef)
        .bind(e.notificationPending)
        .bind(e.recordedBy)
        .bind(timestamp(now))
        .bind(timestamp(now));
    return s.insert();
}

bool SessionRepository::updateEvent(const records::AdverseEventRecord &e, int rowVersion,
                                    const QDateTime &now)
{
    Statement s(m_db.connection(),
                QStringLiteral(
                    "UPDATE adverse_events SET risk_id = ?, onset_date = ?, severity = ?, "
                    "serious = ?, description = ?, action_taken = ?, outcome = ?, resolved_on = ?, "
                    "notified_on = ?, notification_ref = ?, notification_pending = ?, "
                    "row_version = row_version + 1, updated_at = ? WHERE id = ? AND row_version = "
                    "?"));
    s.bind(e.risk)
        .bind(e.onset.toString(Qt::ISODate))
        .bind(e.severity)
        .bind(e.serious)
        .bind(e.description)
        .bind(e.actionTaken)
        .bind(e.outcome)
        .bind(optionalDate(e.resolvedOn))
        .bind(optionalDate(e.notifiedOn))
        .bind(e.notificationRef)
        .bind(e.notificationPending)
        .bind(timestamp(now))
        .bind(e.id)
        .bind(rowVersion)
        .exec();
    return s.rowsAffected() == 1;
}

std::optional<records::AdverseEventRecord> SessionRepository::event(qint64 id) const
{
    Statement s(m_db.connection(),
                QStringLiteral("SELECT %1 FROM adverse_events WHERE id = ?").arg(kEventColumns));
    s.bind(id).exec();
    if (!s.next())
        return std::nullopt;
    return readEvent(s);
}

std::vector<records::AdverseEventRecord> SessionRepository::eventsOfPatient(qint64 patientId) const
{
    Statement s(m_db.connection(),
                QStringLiteral("SELECT %1 FROM adverse_events WHERE patient_id = ? ORDER BY "
                               "onset_date, id")
                    .arg(kEventColumns));
    s.bind(patientId).exec();
    std::vector<records::AdverseEventRecord> out;
    while (s.next())
        out.push_back(readEvent(s));
    return out;
}

std::optional<records::PhotoConsentRecord> SessionRepository::photoConsent(qint64 patientId) const
{
    Statement s(m_db.connection(),
                QStringLiteral(
                    "SELECT patient_id, scope, given_on FROM photo_consents WHERE patient_id = ?"));
    s.bind(patientId).exec();
    if (!s.next())
        return std::nullopt;
    return records::PhotoConsentRecord{s.integer(0), s.text(1), date(s.text(2))};
}

void SessionRepository::setPhotoConsent(const records::PhotoConsentRecord &c, qint64 by,
                                        const QDateTime &now)
{
    Statement remove(m_db.connection(),
                     QStringLiteral("DELETE FROM photo_consents WHERE patient_id = ?"));
    remove.bind(c.patientId).exec();
    Statement s(m_db.connection(),
                QStringLiteral("INSERT INTO photo_consents (patient_id, scope, given_on, "
                               "recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?)"));
    s.bind(c.patientId)
        .bind(c.scope)
        .bind(c.givenOn.toString(Qt::ISODate))
        .bind(by)
        .bind(timestamp(now))
        .exec();
}

qint64 SessionRepository::insertPhoto(const records::PhotoRecord &p, qint64 by,
                                      const QDateTime &now)
{
    Statement s(m_db.connection(),
                QStringLiteral("INSERT INTO photos (patient_id, session_id, area_id, taken, "
                               "media_type, width, height, sha256, content, recorded_by, "
                               "recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING "
                               "id"));
    s.bind(p.patientId)
        .bind(p.sessionId)
        .bind(p.area)
        .bind(p.taken)
        .bind(p.mediaType)
        .bind(p.width)
        .bind(p.height)
        .bind(p.sha256)
        .bind(QVariant(p.content))
        .bind(by)
        .bind(timestamp(now));
    return s.insert();
}

std::optional<records::PhotoRecord> SessionRepository::photo(qint64 id) const
{
    Statement s(m_db.connection(),
                QStringLiteral("SELECT %1, ph.content FROM photos ph JOIN treatment_sessions s ON "
                               "s.id = ph.session_id WHERE ph.id = ?")
                    .arg(kPhotoColumns));
    s.bind(id).exec();
    if (!s.next())
        return std::nullopt;
    records::PhotoRecord p = readPhoto(s);
    p.content = s.value(11).toByteArray();
    return p;
}

std::vector<records::PhotoRecord> SessionRepository::photosOfPatient(qint64 patientId) const
{
    Statement s(m_db.connection(),
                QStringLiteral("SELECT %1 FROM photos ph JOIN treatment_sessions s ON s.id = "
                               "ph.session_id WHERE ph.patient_id = ? ORDER BY s.performed_on, "
                               "ph.id")
                    .arg(kPhotoColumns));
    s.bind(patientId).exec();
    std::vector<records::PhotoRecord> out;
    while (s.next())
        out.push_back(readPhoto(s));
    return out;
}

} // namespace meso::store

#include "planrepository.h"

#include "database.h"
#include "statement.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace meso::store {

namespace {

const QString kColumns = QStringLiteral("id, consultation_id, request_index, indication_id, "
                                        "area_id, version, status, protocol_id, sessions, "
                                        "interval_days, deviation_reason, snapshot, consent_date, "
                                        "consent_method, consent_at, row_version, "
                                        "created_by, created_at, approved_by, approved_at, "
                                        "quote_cents");

PlanRecord readPlan(const Statement &s)
{
    PlanRecord p;
    p.id = s.integer(0);
    p.consultationId = s.integer(1);
    p.requestIndex = static_cast<int>(s.integer(2));
    p.indication = s.text(3);
    p.area = s.text(4);
    p.version = static_cast<int>(s.integer(5));
    p.status = s.text(6);
    p.protocol = s.text(7);
    p.sessions = static_cast<int>(s.integer(8));
    p.intervalDays = static_cast<int>(s.integer(9));
    p.deviationReason = s.text(10);
    p.snapshot = s.text(11);
    p.consentDate = QDate::fromString(s.text(12), Qt::ISODate);
    p.consentMethod = s.text(13);
    p.consentAt = QDateTime::fromString(s.text(14), Qt::ISODateWithMs);
    p.rowVersion = static_cast<int>(s.integer(15));
    p.createdBy = s.integer(16);
    p.createdAt = QDateTime::fromString(s.text(17), Qt::ISODateWithMs);
    p.approvedBy = s.integer(18);
    p.approvedAt = QDateTime::fromString(s.text(19), Qt::ISODateWithMs);
    p.quoteCents = s.value(20).isNull() ? -1 : s.integer(20);
    return p;
}

void insertOverride(const Database &db, qint64 planId, const PlanOverride &o)
{
    Statement s(
        db.connection(),
        QStringLiteral("INSERT INTO plan_overrides (plan_id, rule_id, subject, reason, comment, "
                       "overridden_by, overridden_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    s.bind(planId).bind(o.ruleId).bind(o.subject).bind(o.reason).bind(o.comment).bind(o.by).bind(
        timestamp(o.at));
    s.exec();
}

} // namespace

qint64 PlanRepository::insert(const PlanRecord &p, qint64 createdBy, const QDateTime &now)
{
    Statement s(
        m_db.connection(),
        QStringLiteral(
            "INSERT INTO plans (consultation_id, request_index, indication_id, area_id, version, "
            "status, protocol_id, sessions, interval_days, deviation_reason, created_by, "
            "created_at) "
            "VALUES (?, ?, ?, ?, ?, 'draft', ?, ?, ?, ?, ?, ?) RETURNING id"));
    s.bind(p.consultationId).bind(p.requestIndex).bind(p.indication).bind(p.area).bind(p.version);
    s.bind(p.protocol).bind(p.sessions).bind(p.intervalDays).bind(p.deviationReason);
    s.bind(createdBy).bind(timestamp(now));
    const qint64 id = s.insert();
    for (const PlanOverride &o : p.overrides)
        insertOverride(m_db, id, o);
    return id;
}

bool PlanRepository::updateDraft(const PlanRecord &p)
{
    Statement s(
        m_db.connection(),
        QStringLiteral(
            "UPDATE plans SET protocol_id = ?, sessions = ?, interval_days = ?, deviation_reason = "
            "?, "
            "row_version = row_version + 1 WHERE id = ? AND row_version = ? AND status = 'draft'"));
    s.bind(p.protocol)
        .bind(p.sessions)
        .bind(p.intervalDays)
        .bind(p.deviationReason)
        .bind(p.id)
        .bind(p.rowVersion);
    s.exec();
    return s.rowsAffected() == 1;
}

bool PlanRepository::touchDraft(qint64 planId, int rowVersion)
{
    Statement s(m_db.connection(),
                QStringLiteral("UPDATE plans SET row_version = row_version + 1 "
                               "WHERE id = ? AND row_version = ? AND status = 'draft'"));
    s.bind(planId).bind(rowVersion).exec();
    return s.rowsAffected() == 1;
}

bool PlanRepository::setOverride(qint64 planId, int rowVersion, const PlanOverride &o)
{
    if (!removeOverride(planId, rowVersion, o.ruleId, o.subject))
        return false;
    insertOverride(m_db, planId, o);
    return true;
}

bool PlanRepository::removeOverride(qint64 planId, int rowVersion, const QString &ruleId,
                                    const QString &subject)
{
    if (!touchDraft(planId, rowVersion))
        return false;
    Statement s(
        m_db.connection(),
        QStringLiteral(
            "DELETE FROM plan_overrides WHERE plan_id = ? AND rule_id = ? AND subject = ?"));
    s.bind(planId).bind(ruleId).bind(subject).exec();
    return true;
}

bool PlanRepository::approve(qint64 planId, int rowVersion, const QString &snapshot,
                             qint64 quoteCents, qint64 by, const QDateTime &now)
{
    const auto plan = find(planId);
    if (!plan)
        return false;
    Statement s(
        m_db.connection(),
        QStringLiteral(
            "UPDATE plans SET status = 'approved', snapshot = ?, quote_cents = ?, approved_by = ?, "
            "approved_at = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ? AND "
            "status = 'draft'"));
    s.bind(snapshot)
        .bind(quoteCents)
        .bind(by)
        .bind(timestamp(now))
        .bind(planId)
        .bind(rowVersion)
        .exec();
    if (s.rowsAffected() != 1)
        return false;
    Statement older(
        m_db.connection(),
        QStringLiteral(
            "UPDATE plans SET status = 'superseded', row_version = row_version + 1 "
            "WHERE consultation_id = ? AND request_index = ? AND status = 'approved' AND id <> ?"));
    older.bind(plan->consultationId).bind(plan->requestIndex).bind(planId).exec();
    return true;
}

void PlanRepository::setApprovedAt(qint64 planId, const QDateTime &at)
{
    Statement s(m_db.connection(), QStringLiteral("UPDATE plans SET approved_at = ? WHERE id = ?"));
    s.bind(timestamp(at)).bind(planId).exec();
}

void PlanRepository::fillQuotesFromSnapshots()
{
    // Read first, then write: a server connection reads one result at a time.
    std::vector<std::pair<qint64, qint64>> quotes;
    {
        Statement s(m_db.connection(),
                    QStringLiteral("SELECT id, snapshot FROM plans WHERE status <> 'draft'"));
        s.exec();
        while (s.next()) {
            const QJsonValue total = QJsonDocument::fromJson(s.text(1).toUtf8())
                                         .object()
                                         .value(QLatin1String("price"))
                                         .toObject()
                                         .value(QLatin1String("total"));
            if (total.isDouble())
                quotes.emplace_back(s.integer(0), std::llround(total.toDouble() * 100));
        }
    }
    Statement update(m_db.connection(),
                     QStringLiteral("UPDATE plans SET quote_cents = ? WHERE id = ?"));
    for (const auto &[id, value] : quotes)
        update.bind(value).bind(id).exec();
}

bool PlanRepository::recordConsent(qint64 planId, int rowVersion, const QDate &date,
                                   const QString &method, qint64 by, const QDateTime &now)
{
    Statement s(m_db.connection(),
                QStringLiteral("UPDATE plans SET consent_date = ?, consent_method = ?, consent_by "
                               "= ?, consent_at = ?, "
                               "row_version = row_version + 1 WHERE id = ? AND row_version = ? AND "
                               "status = 'approved' "
                               "AND consent_method IS NULL"));
    s.bind(date.toString(Qt::ISODate))
        .bind(method)
        .bind(by)
        .bind(timestamp(now))
        .bind(planId)
        .bind(rowVersion)
        .exec();
    return s.rowsAffected() == 1;
}

std::optional<PlanRecord> PlanRepository::find(qint64 id) const
{
    Statement s(m_db.connection(),
                QStringLiteral("SELECT %1 FROM plans WHERE id = ?").arg(kColumns));
    s.bind(id).exec();
    if (!s.next())
        return std::nullopt;
    PlanRecord p = readPlan(s);
    Statement o(
        m_db.connection(),
        QStringLiteral("SELECT rule_id, subject, reason, comment, overridden_by, overridden_at "
                       "FROM plan_overrides WHERE plan_id = ? ORDER BY rule_id, subject"));
    o.bind(id).exec();
    while (o.next()) {
        p.overrides.push_back({o.text(0), o.text(1), o.text(2), o.text(3), o.integer(4),
                               QDateTime::fromString(o.text(5), Qt::ISODateWithMs)});
    }
    return p;
}

std::vector<PlanRecord> PlanRepository::forConsultation(qint64 consultationId) const
{
    Statement s(
        m_db.connection(),
        QStringLiteral(
            "SELECT id FROM plans WHERE consultation_id = ? ORDER BY request_index, version"));
    s.bind(consultationId).exec();
    std::vector<qint64> ids;
    while (s.next())
        ids.push_back(s.integer(0));
    std::vector<PlanRecord> out;
    for (qint64 id : ids)
        out.push_back(*find(id));
    return out;
}

} // namespace meso::store

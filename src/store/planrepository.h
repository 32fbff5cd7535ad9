#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace meso::store {

class Database;

// A relative finding overridden by a practitioner: the finding (rule and subject: the area or
// ingredient it is about, empty for the patient), the reason id and comment, who and when.
struct PlanOverride
{
    QString ruleId, subject, reason, comment;
    qint64 by = 0;
    QDateTime at;
};

// One version of the plan for one request of a consultation.
struct PlanRecord
{
    qint64 id = 0;
    qint64 consultationId = 0;
    int requestIndex = 0;
    QString indication, area;
    int version = 1;
    QString status = QStringLiteral("draft"); // draft, approved, superseded
    QString protocol;
    int sessions = 1, intervalDays = 1;
    QString deviationReason; // why sessions or interval are outside the protocol's bounds
    QString snapshot;        // the plan as approved (JSON), empty for a draft
    QDate consentDate;
    QString consentMethod; // written, verbal_witnessed, electronic; empty until recorded
    QDateTime consentAt;
    int rowVersion = 0;
    qint64 createdBy = 0, approvedBy = 0;
    QDateTime createdAt, approvedAt;
    std::vector<PlanOverride> overrides;

    bool isDraft() const { return status == QLatin1String("draft"); }
    bool isApproved() const { return status == QLatin1String("approved"); }
};

// Plans and their overrides. Writers must run inside a WriteTransaction. Every change is
// guarded by the row version read, so two workstations never overwrite each other silently.
class PlanRepository
{
public:
    explicit PlanRepository(const Database &db) : m_db(db) {}

    // Inserts a draft version with its overrides; returns the id.
    qint64 insert(const PlanRecord &p, qint64 createdBy, const QDateTime &now);
    // Saves a draft's protocol, sessions, interval and deviation reason; false when it changed
    // or stopped being a draft meanwhile.
    bool updateDraft(const PlanRecord &p);
    bool setOverride(qint64 planId, int rowVersion, const PlanOverride &o);
    bool removeOverride(qint64 planId, int rowVersion, const QString &ruleId,
                        const QString &subject);
    // Approves a draft, storing its snapshot; the previous approved version becomes superseded.
    bool approve(qint64 planId, int rowVersion, const QString &snapshot, qint64 by,
                 const QDateTime &now);
    // Records consent on an approved version once; false when it was recorded or changed meanwhile.
    bool recordConsent(qint64 planId, int rowVersion, const QDate &date, const QString &method,
                       qint64 by, const QDateTime &now);
    std::optional<PlanRecord> find(qint64 id) const;
    // Every version of every request's plan of a consultation, by request then version.
    std::vector<PlanRecord> forConsultation(qint64 consultationId) const;

private:
    // Bumps the row version of a draft read at rowVersion; false when it is not that any more.
    bool touchDraft(qint64 planId, int rowVersion);

    const Database &m_db;
};

} // namespace meso::store

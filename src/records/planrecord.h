#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <vector>

namespace meso::records {

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
    qint64 quoteCents = -1;  // the total quoted when approved (kept, whatever prices do later)
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

} // namespace meso::records

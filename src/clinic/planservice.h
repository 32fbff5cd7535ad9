#pragma once

#include "actinguser.h"

#include "core/engine.h"
#include "records/planrecord.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <memory>
#include <vector>

namespace meso::store {
class Database;
}

namespace meso::clinic {

class AssessmentService;

// A plan as the practitioner sees it: the stored version (or, before any edit, the engine's
// proposal with id 0) and the assessment of the signed intake with the plan's protocol.
struct PlanView
{
    records::PlanRecord record;
    qint64 patientId = 0;
    std::shared_ptr<const core::Catalog> catalog; // keeps the assessment's pointers valid
    core::Assessment assessment;
    size_t request = 0; // the plan's request in assessment.requests

    const core::RequestResult &result() const { return assessment.requests.at(request); }
    // The request's relative findings: each needs an override before the plan is approved.
    std::vector<const core::Finding *> relativeFindings() const;
    const records::PlanOverride *overrideOf(const core::Finding &f) const;
    // The protocol's bounds; outside them the plan needs a deviation reason.
    bool sessionsWithinBounds() const;
    bool intervalWithinBounds() const;
    int intervalMaxDays() const;
    // The quote kept when the version was approved; a draft's at today's prices; -1 when the
    // protocol has no price in the clinic's currency yet.
    qint64 totalCents() const
    {
        if (!record.isDraft() && record.quoteCents >= 0)
            return record.quoteCents;
        return result().priced() ? result().priceCents * record.sessions : -1;
    }
    // Why the plan cannot be approved as it stands, for the user; empty when it can.
    QStringList approvalProblems() const;
};

// What the front desk sees of a plan: enough to book it, never its cocktail or findings.
struct PlanSummary
{
    qint64 planId = 0, consultationId = 0, patientId = 0;
    QString status, protocol, protocolName;
    int sessions = 0, intervalDays = 0, sessionMinutes = 0;
};

// What subject a finding is about, as stored with an override: its area or ingredient, or
// empty for the patient.
QString findingSubject(const core::Finding &f);

// The practitioner's plans: one per request of a signed consultation, edited as a draft
// (protocol among those serving the request, sessions, interval, overrides of relative
// findings), approved and then locked; a change after approval is a new version, and approving
// it supersedes the old one, which is kept. Consent is recorded on the approved version.
// Every change is one transaction; only practitioners change plans.
class PlanService
{
    Q_DECLARE_TR_FUNCTIONS(meso::clinic::PlanService)
public:
    PlanService(const store::Database &db, AssessmentService &assessments);

    struct Reason
    {
        QString id, text; // text translated
    };
    // The reasons a practitioner can give for overriding a relative finding ("other" needs a
    // comment).
    static QList<Reason> overrideReasons();
    // How consent can be obtained: written, verbal_witnessed, electronic.
    static QList<Reason> consentMethods();
    // The text of an id of one of these lists; the id itself when unknown.
    static QString textOf(const QList<Reason> &list, const QString &id);

    // The newest version of the plan for request `requestIndex` of the consultation, or the
    // engine's proposal when none is stored. The consultation's intake must be valid.
    PlanView current(const ActingUser &user, qint64 consultationId, int requestIndex,
                     const std::string &lang = "en");
    // The same for a given stored version. Both are audited reads (practitioners only).
    PlanView view(const ActingUser &user, qint64 planId, const std::string &lang = "en");
    // The bookable summary of a stored plan (front desk and practitioners; not audited).
    PlanSummary summary(const ActingUser &user, qint64 planId, const std::string &lang = "en");
    std::vector<records::PlanRecord> versions(const ActingUser &user, qint64 consultationId) const;
    // The catalog plans are made with now.
    std::shared_ptr<const core::Catalog> catalog(const ActingUser &user);

    // Saves a draft: a new version when p.id is 0 (the consultation must be signed and have
    // no draft for that request), else the draft read at p.rowVersion. Returns the id.
    qint64 saveDraft(const ActingUser &user, const records::PlanRecord &p);
    // The plan with another of the protocols serving its request, and that protocol's own
    // default course (sessions, interval): what choosing a protocol means.
    records::PlanRecord withProtocol(const ActingUser &user, records::PlanRecord plan,
                                     const QString &protocol);
    void setOverride(const ActingUser &user, qint64 planId, int rowVersion, const QString &ruleId,
                     const QString &subject, const QString &reason, const QString &comment);
    void removeOverride(const ActingUser &user, qint64 planId, int rowVersion,
                        const QString &ruleId, const QString &subject);
    // Approves and locks a draft (ValidationError naming what is missing when it cannot be).
    void approve(const ActingUser &user, qint64 planId, int rowVersion);
    // Approval as one action, in one transaction: the plan as the practitioner sees it (the
    // rules' proposal, or a draft read at its row version, saved with its choices first), the
    // overrides given with it
    // (rule, subject, reason, comment), then the consent when a date is given. Returns the
    // approved plan; nothing is kept when any step is refused.
    struct Approval
    {
        records::PlanRecord plan;
        std::vector<records::PlanOverride> overrides;
        QDate consentDate; // invalid: no consent recorded now
        QString consentMethod;
    };
    PlanView approve(const ActingUser &user, const Approval &approval,
                     const std::string &lang = "en");
    // A new draft version of an approved plan, with its choices and overrides.
    qint64 revise(const ActingUser &user, qint64 planId);
    void recordConsent(const ActingUser &user, qint64 planId, int rowVersion, const QDate &date,
                       const QString &method);

private:
    friend class BookingService;
    // The plan assessed for booking: its protocol, course and earliest start. Only the booking
    // service uses it, and never hands out the clinical parts.
    PlanView viewForBooking(const ActingUser &user, records::PlanRecord plan);
    qint64 patientOfPlan(qint64 planId) const;
    PlanView assess(const ActingUser &user, records::PlanRecord record, const std::string &lang);
    // The steps of the use cases, inside the caller's write transaction.
    PlanView storeDraft(const ActingUser &user, const records::PlanRecord &p);
    PlanView storedPlanView(const ActingUser &user, qint64 planId);
    void addOverride(const ActingUser &user, const PlanView &v, int rowVersion,
                     const records::PlanOverride &given);
    void approveStored(const ActingUser &user, PlanView &v);
    void storeConsent(const ActingUser &user, const PlanView &v, const QDate &date,
                      const QString &method);

    const store::Database &m_db;
    AssessmentService &m_assessments;
};

} // namespace meso::clinic

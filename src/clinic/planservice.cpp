#include "planservice.h"

#include "assessmentservice.h"
#include "validationerror.h"

#include "core/intake.h"
#include "store/consultationrepository.h"
#include "store/database.h"
#include "store/transaction.h"

#include <algorithm>

namespace meso::clinic {

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

[[noreturn]] void changedMeanwhile()
{
    throw ConflictError(QStringLiteral("plan"), PlanService::tr("it was approved or changed meanwhile; reopen it"));
}

void requirePractitioner(const ActingUser &user)
{
    if (user.role != QLatin1String("practitioner"))
        throw PermissionError(PlanService::tr("Only a practitioner can change, override or approve a plan."));
}

bool known(const QList<PlanService::Reason> &list, const QString &id)
{
    return std::any_of(list.begin(), list.end(), [&id](const PlanService::Reason &r) { return r.id == id; });
}

QStringList ids(const QList<PlanService::Reason> &list)
{
    QStringList out;
    for (const auto &r : list)
        out << r.id;
    return out;
}

store::PlanRecord storedPlan(const store::Database &db, qint64 planId)
{
    const auto plan = store::PlanRepository(db).find(planId);
    if (!plan)
        changedMeanwhile();
    return *plan;
}

} // namespace

QString findingSubject(const core::Finding &f)
{
    return qs(!f.area.empty() ? f.area : f.ingredient);
}

std::vector<const core::Finding *> PlanView::relativeFindings() const
{
    std::vector<const core::Finding *> out;
    for (size_t i : result().findings) {
        if (assessment.findings[i].rule->severity == core::Severity::Relative)
            out.push_back(&assessment.findings[i]);
    }
    return out;
}

const store::PlanOverride *PlanView::overrideOf(const core::Finding &f) const
{
    const QString rule = qs(f.rule->id), subject = findingSubject(f);
    for (const auto &o : record.overrides) {
        if (o.ruleId == rule && o.subject == subject)
            return &o;
    }
    return nullptr;
}

bool PlanView::sessionsWithinBounds() const
{
    const core::Protocol *p = result().protocol;
    return p && record.sessions >= p->sessionsMin && record.sessions <= p->sessionsMax;
}

int PlanView::intervalMaxDays() const
{
    const core::Protocol *p = result().protocol;
    return p ? p->intervalDays + p->intervalToleranceDays : 0;
}

bool PlanView::intervalWithinBounds() const
{
    const core::Protocol *p = result().protocol;
    return p && record.intervalDays >= p->intervalMinDays && record.intervalDays <= intervalMaxDays();
}

QStringList PlanView::approvalProblems() const
{
    QStringList problems;
    const core::RequestResult &r = result();
    if (!r.protocol)
        return {PlanService::tr("no protocol of the catalog serves this request")};
    if (r.verdict == "blocked")
        problems << PlanService::tr("an absolute contraindication blocks this request");
    for (const core::Finding *f : relativeFindings()) {
        if (!overrideOf(*f))
            problems << PlanService::tr("the relative finding \"%1\" needs an override with a reason")
                            .arg(qs(f->message).section(QLatin1Char(':'), 0, 0)); // its title
    }
    const bool noReason = record.deviationReason.trimmed().isEmpty();
    if (!sessionsWithinBounds() && noReason) {
        problems << PlanService::tr("%1 sessions is outside the protocol's %2 to %3: give a reason")
                        .arg(record.sessions)
                        .arg(r.protocol->sessionsMin)
                        .arg(r.protocol->sessionsMax);
    }
    if (!intervalWithinBounds() && noReason) {
        problems << PlanService::tr("an interval of %1 days is outside the protocol's %2 to %3 days: give a reason")
                        .arg(record.intervalDays)
                        .arg(r.protocol->intervalMinDays)
                        .arg(intervalMaxDays());
    }
    return problems;
}

PlanService::PlanService(const store::Database &db, AssessmentService &assessments)
    : m_db(db), m_assessments(assessments)
{
}

QList<PlanService::Reason> PlanService::overrideReasons()
{
    return {
        {QStringLiteral("benefit_outweighs_risk"), tr("Benefit outweighs the risk; discussed with the patient")},
        {QStringLiteral("physician_clearance"), tr("Cleared by the treating physician or specialist (on file)")},
        {QStringLiteral("condition_controlled"), tr("Condition controlled or resolved, confirmed at examination")},
        {QStringLiteral("medication_adjusted"), tr("Medication paused or adjusted by its prescriber")},
        {QStringLiteral("site_avoided"), tr("The affected site is avoided during injection")},
        {QStringLiteral("other"), tr("Other (explained in the comment)")},
    };
}

QList<PlanService::Reason> PlanService::consentMethods()
{
    return {
        {QStringLiteral("written"), tr("Written, signed by the patient")},
        {QStringLiteral("verbal_witnessed"), tr("Verbal, with a witness")},
        {QStringLiteral("electronic"), tr("Electronic signature")},
    };
}

QString PlanService::textOf(const QList<Reason> &list, const QString &id)
{
    for (const Reason &r : list) {
        if (r.id == id)
            return r.text;
    }
    return id;
}

PlanView PlanService::assess(const ActingUser &user, store::PlanRecord record, const std::string &lang)
{
    const auto consultation = store::ConsultationRepository(m_db).find(record.consultationId);
    if (!consultation)
        throw ValidationError(QStringLiteral("plan.consultation"), tr("no such consultation"));
    PlanView v;
    v.catalog = m_assessments.catalog(user);
    const core::RulesEngine &engine = m_assessments.engine(user);
    core::Intake intake;
    try {
        intake = core::parseIntake(nlohmann::json::parse(consultation->intake.toStdString()), *v.catalog);
    } catch (const core::IntakeError &e) {
        throw ValidationError(qs(e.field()), qs(e.message()));
    }
    if (record.requestIndex < 0 || static_cast<size_t>(record.requestIndex) >= intake.requests.size())
        throw ValidationError(QStringLiteral("plan.request"), tr("the consultation has no such request"));
    v.request = static_cast<size_t>(record.requestIndex);
    intake.requests[v.request].protocol = record.protocol.toStdString();
    v.assessment = engine.assess(intake, lang);
    const core::RequestResult &r = v.result();
    if (record.id == 0) {
        record.indication = qs(r.request.indication);
        record.area = qs(r.request.area);
    }
    if (record.id == 0 && record.protocol.isEmpty()) { // the engine's proposal
        record.protocol = r.protocol ? qs(r.protocol->id) : QString();
        record.sessions = std::max(r.sessions, 1);
        record.intervalDays = r.protocol ? std::max(r.protocol->intervalDays, 1) : 1;
    }
    v.record = std::move(record);
    return v;
}

PlanView PlanService::current(const ActingUser &user, qint64 consultationId, int requestIndex, const std::string &lang)
{
    store::PlanRecord newest;
    newest.consultationId = consultationId;
    newest.requestIndex = requestIndex;
    for (store::PlanRecord &p : store::PlanRepository(m_db).forConsultation(consultationId)) {
        if (p.requestIndex == requestIndex)
            newest = std::move(p); // ordered by version
    }
    return assess(user, std::move(newest), lang);
}

PlanView PlanService::view(const ActingUser &user, qint64 planId, const std::string &lang)
{
    return assess(user, storedPlan(m_db, planId), lang);
}

std::shared_ptr<const core::Catalog> PlanService::catalog(const ActingUser &user)
{
    return m_assessments.catalog(user);
}

std::vector<store::PlanRecord> PlanService::versions(const ActingUser &, qint64 consultationId) const
{
    return store::PlanRepository(m_db).forConsultation(consultationId);
}

qint64 PlanService::saveDraft(const ActingUser &user, const store::PlanRecord &p)
{
    requirePractitioner(user);
    if (p.sessions < 1)
        throw ValidationError(QStringLiteral("plan.sessions"), tr("expected a whole number of sessions, at least 1"));
    if (p.intervalDays < 1)
        throw ValidationError(QStringLiteral("plan.interval_days"), tr("expected an interval of at least 1 day"));
    store::WriteTransaction tx(m_db);
    store::PlanRepository repo(m_db);
    const auto consultation = store::ConsultationRepository(m_db).find(p.consultationId);
    if (!consultation || !consultation->signedOff())
        throw ConflictError(QStringLiteral("consultation"), tr("sign the consultation before editing its plans"));
    PlanView v = assess(user, p, "en");
    if (!v.result().protocol || qs(v.result().protocol->id) != p.protocol) {
        QStringList serving;
        if (v.result().protocol)
            serving << qs(v.result().protocol->id);
        for (const auto &id : v.result().alternatives)
            serving << qs(id);
        throw ValidationError(QStringLiteral("plan.protocol"),
                              tr("expected a protocol serving this request (%1)").arg(serving.join(QStringLiteral(", "))));
    }
    qint64 id = p.id;
    if (id == 0) {
        int version = 0;
        for (const auto &other : repo.forConsultation(p.consultationId)) {
            if (other.requestIndex == p.requestIndex)
                version = std::max(version, other.version);
        }
        if (version > 0)
            changedMeanwhile();
        store::PlanRecord first = v.record;
        first.version = 1;
        id = repo.insert(first, user.id, QDateTime::currentDateTimeUtc());
    } else if (!repo.updateDraft(p)) {
        changedMeanwhile();
    }
    tx.commit();
    return id;
}

void PlanService::setOverride(const ActingUser &user, qint64 planId, int rowVersion, const QString &ruleId,
                              const QString &subject, const QString &reason, const QString &comment)
{
    requirePractitioner(user);
    const QList<Reason> reasons = overrideReasons();
    if (!known(reasons, reason))
        throw ValidationError(QStringLiteral("override.reason"),
                              tr("expected one of the listed reasons (%1)").arg(ids(reasons).join(QStringLiteral(", "))));
    if (reason == QLatin1String("other") && comment.trimmed().isEmpty())
        throw ValidationError(QStringLiteral("override.comment"), tr("expected a comment explaining the reason"));
    store::WriteTransaction tx(m_db);
    const PlanView v = view(user, planId);
    const auto relative = v.relativeFindings();
    if (std::none_of(relative.begin(), relative.end(), [&](const core::Finding *f) {
            return qs(f->rule->id) == ruleId && findingSubject(*f) == subject;
        }))
        throw ValidationError(QStringLiteral("override.rule"), tr("only a relative finding of this plan can be overridden"));
    store::PlanOverride o{ruleId, subject, reason, comment.trimmed(), user.id, QDateTime::currentDateTimeUtc()};
    if (!store::PlanRepository(m_db).setOverride(planId, rowVersion, o))
        changedMeanwhile();
    tx.commit();
}

void PlanService::removeOverride(const ActingUser &user, qint64 planId, int rowVersion, const QString &ruleId,
                                 const QString &subject)
{
    requirePractitioner(user);
    store::WriteTransaction tx(m_db);
    if (!store::PlanRepository(m_db).removeOverride(planId, rowVersion, ruleId, subject))
        changedMeanwhile();
    tx.commit();
}

void PlanService::approve(const ActingUser &user, qint64 planId, int rowVersion)
{
    requirePractitioner(user);
    store::WriteTransaction tx(m_db);
    const PlanView v = view(user, planId);
    if (!v.record.isDraft() || v.record.rowVersion != rowVersion)
        changedMeanwhile();
    if (const QStringList problems = v.approvalProblems(); !problems.isEmpty())
        throw ValidationError(QStringLiteral("plan"), tr("cannot approve: %1").arg(problems.join(QStringLiteral("; "))));

    // The snapshot: the contract's plan for this request with the practitioner's choices.
    nlohmann::ordered_json plan =
        m_assessments.engine(user).planJson(v.assessment)["plans"][v.request];
    plan["version"] = v.record.version;
    plan["sessions"] = v.record.sessions;
    plan["interval_days"] = v.record.intervalDays;
    plan["price"]["total"] = v.total();
    plan["deviation_reason"] = v.record.deviationReason.toStdString();
    auto overrides = nlohmann::ordered_json::array();
    for (const auto &o : v.record.overrides) {
        overrides.push_back({{"rule", o.ruleId.toStdString()}, {"subject", o.subject.toStdString()},
                             {"reason", o.reason.toStdString()}, {"comment", o.comment.toStdString()},
                             {"by", o.by}, {"at", o.at.toString(Qt::ISODateWithMs).toStdString()}});
    }
    plan["overrides"] = std::move(overrides);
    plan["catalog_version"] = v.catalog->version;
    if (!store::PlanRepository(m_db).approve(planId, rowVersion, qs(plan.dump()), user.id,
                                             QDateTime::currentDateTimeUtc()))
        changedMeanwhile();
    tx.commit();
}

qint64 PlanService::revise(const ActingUser &user, qint64 planId)
{
    requirePractitioner(user);
    store::WriteTransaction tx(m_db);
    store::PlanRepository repo(m_db);
    store::PlanRecord next = storedPlan(m_db, planId);
    if (!next.isApproved())
        throw ConflictError(QStringLiteral("plan"), tr("only the approved version is revised; edit the draft instead"));
    for (const auto &other : repo.forConsultation(next.consultationId)) {
        if (other.requestIndex == next.requestIndex && other.version > next.version)
            changedMeanwhile();
    }
    next.version += 1;
    next.snapshot.clear();
    const qint64 id = repo.insert(next, user.id, QDateTime::currentDateTimeUtc());
    tx.commit();
    return id;
}

void PlanService::recordConsent(const ActingUser &user, qint64 planId, int rowVersion, const QDate &date,
                                const QString &method)
{
    requirePractitioner(user);
    if (!date.isValid() || date > QDate::currentDate())
        throw ValidationError(QStringLiteral("consent.date"), tr("expected a date, not in the future"));
    const QList<Reason> methods = consentMethods();
    if (!known(methods, method))
        throw ValidationError(QStringLiteral("consent.method"),
                              tr("expected one of %1").arg(ids(methods).join(QStringLiteral(", "))));
    store::WriteTransaction tx(m_db);
    if (!store::PlanRepository(m_db).recordConsent(planId, rowVersion, date, method, user.id,
                                                   QDateTime::currentDateTimeUtc()))
        changedMeanwhile();
    tx.commit();
}

} // namespace meso::clinic

#include "planservice.h"

#include "assessmentservice.h"
#include "audit.h"
#include "language.h"
#include "permissions.h"
#include "validationerror.h"

#include "core/intake.h"
#include "core/money.h"
#include "records/planrecord.h"
#include "records/strings.h"
#include "store/changefeed.h"
#include "store/consultationrepository.h"
#include "store/database.h"
#include "store/planrepository.h"
#include "store/transaction.h"

#include <algorithm>

namespace meso::clinic {

namespace {

using records::qs;

[[noreturn]] void changedMeanwhile()
{
    throw ConflictError(QStringLiteral("plan"),
                        PlanService::tr("it was approved or changed meanwhile; reopen it"));
}

QString planEntity(qint64 planId)
{
    return QStringLiteral("plan:%1").arg(planId);
}

bool known(const QList<PlanService::Reason> &list, const QString &id)
{
    return std::any_of(list.begin(), list.end(),
                       [&id](const PlanService::Reason &r) { return r.id == id; });
}

QStringList ids(const QList<PlanService::Reason> &list)
{
    QStringList out;
    for (const auto &r : list)
        out << r.id;
    return out;
}

records::PlanRecord storedPlan(const store::Database &db, qint64 planId)
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

const records::PlanOverride *PlanView::overrideOf(const core::Finding &f) const
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
    return p ? p->interval.days + p->interval.toleranceDays : 0;
}

bool PlanView::intervalWithinBounds() const
{
    const core::Protocol *p = result().protocol;
    return p && record.intervalDays >= p->interval.minDays &&
           record.intervalDays <= intervalMaxDays();
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
            problems
                << PlanService::tr("the relative finding \"%1\" needs an override with a reason")
                       .arg(qs(f->message).section(QLatin1Char(':'), 0, 0).trimmed()); // its title
    }
    if (!r.priced())
        problems << PlanService::tr("the protocol has no price in %1 yet: an administrator sets "
                                    "it in Billing, Prices and VAT")
                        .arg(qs(catalog->currency));
    const bool noReason = record.deviationReason.trimmed().isEmpty();
    if (!sessionsWithinBounds() && noReason) {
        problems << PlanService::tr("%1 sessions is outside the protocol's %2 to %3: give a reason")
                        .arg(record.sessions)
                        .arg(r.protocol->sessionsMin)
                        .arg(r.protocol->sessionsMax);
    }
    if (!intervalWithinBounds() && noReason) {
        problems
            << PlanService::tr(
                   "an interval of %1 days is outside the protocol's %2 to %3 days: give a reason")
                   .arg(record.intervalDays)
                   .arg(r.protocol->interval.minDays)
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
        {QStringLiteral("benefit_outweighs_risk"),
         tr("Benefit outweighs the risk; discussed with the patient")},
        {QStringLiteral("physician_clearance"),
         tr("Cleared by the treating physician or specialist (on file)")},
        {QStringLiteral("condition_controlled"),
         tr("Condition controlled or resolved, confirmed at examination")},
        {QStringLiteral("medication_adjusted"),
         tr("Medication paused or adjusted by its prescriber")},
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

PlanView PlanService::assess(const ActingUser &user, records::PlanRecord record,
                             const std::string &lang)
{
    const auto consultation = store::ConsultationRepository(m_db).find(record.consultationId);
    if (!consultation)
        throw ValidationError(QStringLiteral("plan.consultation"), tr("no such consultation"));
    PlanView v;
    v.patientId = consultation->patientId;
    const core::RulesEngine &engine = m_assessments.engine(user);
    v.catalog = engine.sharedCatalog(); // the catalog and prices read once
    core::Intake intake;
    try {
        intake = core::parseIntake(nlohmann::json::parse(consultation->intake.toStdString()),
                                   *v.catalog);
    } catch (const core::IntakeError &e) {
        throw ValidationError(qs(e.field()), qs(e.message()));
    }
    if (record.requestIndex < 0 ||
        static_cast<size_t>(record.requestIndex) >= intake.requests.size())
        throw ValidationError(QStringLiteral("plan.request"),
                              tr("the consultation has no such request"));
    v.request = static_cast<size_t>(record.requestIndex);
    intake.requests[v.request].protocol = record.protocol.toStdString();
    v.assessment = engine.assess(intake, m_assessments.options(lang, v.patientId));
    const core::RequestResult &r = v.result();
    if (record.id == 0) {
        record.indication = qs(r.request.indication);
        record.area = qs(r.request.area);
    }
    if (record.id == 0 && record.protocol.isEmpty()) { // the engine's proposal
        record.protocol = r.protocol ? qs(r.protocol->id) : QString();
        record.sessions = std::max(r.sessions, 1);
        record.intervalDays = r.protocol ? std::max(r.protocol->interval.days, 1) : 1;
    }
    v.record = std::move(record);
    return v;
}

PlanView PlanService::current(const ActingUser &user, qint64 consultationId, int requestIndex,
                              const std::string &lang)
{
    Permissions::require(user, Action::PlanRead);
    store::WriteTransaction tx(m_db); // for the audit row
    records::PlanRecord newest;
    newest.consultationId = consultationId;
    newest.requestIndex = requestIndex;
    for (records::PlanRecord &p : store::PlanRepository(m_db).forConsultation(consultationId)) {
        if (p.requestIndex == requestIndex)
            newest = std::move(p); // ordered by version
    }
    PlanView v = assess(user, std::move(newest), lang);
    audit(m_db, user, QStringLiteral("plan.read"), v.patientId,
          v.record.id
              ? planEntity(v.record.id)
              : QStringLiteral("consultation:%1/request:%2").arg(consultationId).arg(requestIndex),
          v.record.id ? QString() : QStringLiteral("proposal"));
    tx.commit();
    return v;
}

PlanView PlanService::view(const ActingUser &user, qint64 planId, const std::string &lang)
{
    Permissions::require(user, Action::PlanRead);
    store::WriteTransaction tx(m_db);
    PlanView v = assess(user, storedPlan(m_db, planId), lang);
    audit(m_db, user, QStringLiteral("plan.read"), v.patientId, planEntity(planId));
    tx.commit();
    return v;
}

PlanView PlanService::viewForBooking(const ActingUser &user, records::PlanRecord plan)
{
    Permissions::require(user, Action::PlanSummary);
    return assess(user, std::move(plan), "en");
}

PlanSummary PlanService::summary(const ActingUser &user, qint64 planId, const std::string &lang)
{
    Permissions::require(user, Action::PlanSummary);
    const records::PlanRecord record = storedPlan(m_db, planId);
    PlanSummary s;
    s.planId = planId;
    s.consultationId = record.consultationId;
    s.patientId = store::ConsultationRepository(m_db).patientOf(record.consultationId);
    s.status = record.status;
    s.protocol = record.protocol;
    s.sessions = record.sessions;
    s.intervalDays = record.intervalDays;
    const auto catalog = m_assessments.catalog(user);
    if (const core::Protocol *p =
            core::Catalog::findIn(catalog->protocols, record.protocol.toStdString())) {
        s.protocolName = qs(p->name.in(lang));
        s.sessionMinutes = p->sessionMinutes;
    } else {
        s.protocolName = record.protocol;
    }
    return s;
}

qint64 PlanService::patientOfPlan(qint64 planId) const
{
    return store::ConsultationRepository(m_db).patientOf(storedPlan(m_db, planId).consultationId);
}

std::shared_ptr<const core::Catalog> PlanService::catalog(const ActingUser &user)
{
    return m_assessments.catalog(user);
}

std::vector<records::PlanRecord> PlanService::versions(const ActingUser &user,
                                                       qint64 consultationId) const
{
    Permissions::require(user, Action::PlanRead);
    store::WriteTransaction tx(m_db);
    const auto consultation = store::ConsultationRepository(m_db).find(consultationId);
    auto plans = store::PlanRepository(m_db).forConsultation(consultationId);
    audit(m_db, user, QStringLiteral("plan.read"), consultation ? consultation->patientId : 0,
          QStringLiteral("consultation:%1").arg(consultationId),
          QStringLiteral("versions: %1").arg(plans.size()));
    tx.commit();
    return plans;
}

qint64 PlanService::saveDraft(const ActingUser &user, const records::PlanRecord &p)
{
    Permissions::require(user, Action::PlanWrite);
    store::WriteTransaction tx(m_db);
    const PlanView v = storeDraft(user, p);
    audit(m_db, user, QStringLiteral("plan.save"), v.patientId, planEntity(v.record.id),
          QStringLiteral("protocol %1, sessions %2, interval %3 days")
              .arg(p.protocol)
              .arg(p.sessions)
              .arg(p.intervalDays));
    tx.commit();
    return v.record.id;
}

records::PlanRecord PlanService::withProtocol(const ActingUser &user, records::PlanRecord plan,
                                              const QString &protocol)
{
    if (protocol == plan.protocol)
        return plan;
    plan.protocol = protocol;
    // Another protocol brings its own default course: sessions and interval are its own, not
    // the previous protocol's.
    if (const core::Protocol *p =
            core::Catalog::findIn(catalog(user)->protocols, protocol.toStdString())) {
        plan.sessions = p->sessionsDefault;
        plan.intervalDays = p->interval.days;
    }
    return plan;
}

PlanView PlanService::storeDraft(const ActingUser &user, const records::PlanRecord &p)
{
    if (p.sessions < 1)
        throw ValidationError(QStringLiteral("plan.sessions"),
                              tr("expected a whole number of sessions, at least 1"));
    if (p.intervalDays < 1)
        throw ValidationError(QStringLiteral("plan.interval_days"),
                              tr("expected an interval of at least 1 day"));
    store::PlanRepository repo(m_db);
    const auto consultation = store::ConsultationRepository(m_db).find(p.consultationId);
    if (!consultation || !consultation->signedOff())
        throw ConflictError(QStringLiteral("consultation"),
                            tr("sign the consultation before editing its plans"));
    PlanView v = assess(user, p, "en");
    if (!v.result().protocol || qs(v.result().protocol->id) != p.protocol) {
        QStringList serving;
        if (v.result().protocol)
            serving << qs(v.result().protocol->id);
        for (const auto &id : v.result().alternatives)
            serving << qs(id);
        throw ValidationError(QStringLiteral("plan.protocol"),
                              tr("expected a protocol serving this request (%1)")
                                  .arg(serving.join(QStringLiteral(", "))));
    }
    if (p.id == 0) {
        int version = 0;
        for (const auto &other : repo.forConsultation(p.consultationId)) {
            if (other.requestIndex == p.requestIndex)
                version = std::max(version, other.version);
        }
        if (version > 0)
            changedMeanwhile();
        records::PlanRecord first = v.record;
        first.version = 1;
        v.record.id = repo.insert(first, user.id, QDateTime::currentDateTimeUtc());
    } else if (!repo.updateDraft(p)) {
        changedMeanwhile();
    }
    v.record = storedPlan(m_db, v.record.id);
    return v;
}

void PlanService::setOverride(const ActingUser &user, qint64 planId, int rowVersion,
                              const QString &ruleId, const QString &subject, const QString &reason,
                              const QString &comment)
{
    store::WriteTransaction tx(m_db);
    addOverride(user, storedPlanView(user, planId), rowVersion,
                {ruleId, subject, reason, comment, 0, {}});
    tx.commit();
}

PlanView PlanService::storedPlanView(const ActingUser &user, qint64 planId)
{
    return assess(user, storedPlan(m_db, planId), "en");
}

void PlanService::addOverride(const ActingUser &user, const PlanView &v, int rowVersion,
                              const records::PlanOverride &given)
{
    Permissions::require(user, Action::PlanOverride);
    const QList<Reason> reasons = overrideReasons();
    if (!known(reasons, given.reason))
        throw ValidationError(QStringLiteral("override.reason"),
                              tr("expected one of the listed reasons (%1)")
                                  .arg(ids(reasons).join(QStringLiteral(", "))));
    if (given.reason == QLatin1String("other") && given.comment.trimmed().isEmpty())
        throw ValidationError(QStringLiteral("override.comment"),
                              tr("expected a comment explaining the reason"));
    const auto relative = v.relativeFindings();
    if (std::none_of(relative.begin(), relative.end(), [&](const core::Finding *f) {
            return qs(f->rule->id) == given.ruleId && findingSubject(*f) == given.subject;
        }))
        throw ValidationError(QStringLiteral("override.rule"),
                              tr("only a relative finding of this plan can be overridden"));
    records::PlanOverride o{given.ruleId, given.subject,
                            given.reason, given.comment.trimmed(),
                            user.id,      QDateTime::currentDateTimeUtc()};
    if (!store::PlanRepository(m_db).setOverride(v.record.id, rowVersion, o))
        changedMeanwhile();
    audit(m_db, user, QStringLiteral("plan.override"), v.patientId, planEntity(v.record.id),
          QStringLiteral("%1%2: %3")
              .arg(given.ruleId,
                   given.subject.isEmpty() ? QString() : QLatin1Char('@') + given.subject,
                   given.reason));
}

void PlanService::removeOverride(const ActingUser &user, qint64 planId, int rowVersion,
                                 const QString &ruleId, const QString &subject)
{
    Permissions::require(user, Action::PlanOverride);
    store::WriteTransaction tx(m_db);
    if (!store::PlanRepository(m_db).removeOverride(planId, rowVersion, ruleId, subject))
        changedMeanwhile();
    audit(m_db, user, QStringLiteral("plan.override_removed"), patientOfPlan(planId),
          planEntity(planId),
          QStringLiteral("%1%2").arg(ruleId,
                                     subject.isEmpty() ? QString() : QLatin1Char('@') + subject));
    tx.commit();
}

void PlanService::approve(const ActingUser &user, qint64 planId, int rowVersion)
{
    Permissions::require(user, Action::PlanApprove);
    store::WriteTransaction tx(m_db);
    PlanView v = storedPlanView(user, planId);
    if (v.record.rowVersion != rowVersion)
        changedMeanwhile();
    approveStored(user, v);
    tx.commit();
}

PlanView PlanService::approve(const ActingUser &user, const Approval &approval,
                              const std::string &lang)
{
    Permissions::require(user, Action::PlanApprove);
    store::WriteTransaction tx(m_db);
    // The plan as shown: the proposal stored as version 1, or the draft with its choices.
    Permissions::require(user, Action::PlanWrite);
    PlanView v = storeDraft(user, approval.plan);
    for (const records::PlanOverride &o : approval.overrides) {
        addOverride(user, v, v.record.rowVersion, o);
        v = storedPlanView(user, v.record.id);
    }
    approveStored(user, v);
    if (approval.consentDate.isValid()) {
        storeConsent(user, v, approval.consentDate, approval.consentMethod);
        v.record = storedPlan(m_db, v.record.id);
    }
    tx.commit();
    if (lang != "en") // the texts of the plan in the asked language
        v = assess(user, v.record, lang);
    return v;
}

void PlanService::approveStored(const ActingUser &user, PlanView &v)
{
    if (!v.record.isDraft())
        changedMeanwhile();
    if (const QStringList problems = v.approvalProblems(); !problems.isEmpty())
        throw ValidationError(QStringLiteral("plan"),
                              tr("cannot approve: %1").arg(joinClauses(problems)));

    // The snapshot: the contract's plan for this request with the practitioner's choices.
    nlohmann::ordered_json plan =
        m_assessments.engine(user).planJson(v.assessment)["plans"][v.request];
    plan["version"] = v.record.version;
    plan["sessions"] = v.record.sessions;
    plan["interval_days"] = v.record.intervalDays;
    plan["price"]["total"] = core::amount(v.totalCents());
    plan["deviation_reason"] = v.record.deviationReason.toStdString();
    auto overrides = nlohmann::ordered_json::array();
    for (const auto &o : v.record.overrides) {
        overrides.push_back({{"rule", o.ruleId.toStdString()},
                             {"subject", o.subject.toStdString()},
                             {"reason", o.reason.toStdString()},
                             {"comment", o.comment.toStdString()},
                             {"by", o.by},
                             {"at", o.at.toString(Qt::ISODateWithMs).toStdString()}});
    }
    plan["overrides"] = std::move(overrides);
    plan["catalog_version"] = v.catalog->version;
    if (!store::PlanRepository(m_db).approve(v.record.id, v.record.rowVersion, qs(plan.dump()),
                                             v.totalCents(), user.id,
                                             QDateTime::currentDateTimeUtc()))
        changedMeanwhile();
    audit(m_db, user, QStringLiteral("plan.approve"), v.patientId, planEntity(v.record.id),
          QStringLiteral("version %1, overrides: %2")
              .arg(v.record.version)
              .arg(v.record.overrides.size()));
    store::announceChange(m_db, store::topic::plans);
    v.record = storedPlan(m_db, v.record.id);
}

qint64 PlanService::revise(const ActingUser &user, qint64 planId)
{
    Permissions::require(user, Action::PlanWrite);
    store::WriteTransaction tx(m_db);
    store::PlanRepository repo(m_db);
    records::PlanRecord next = storedPlan(m_db, planId);
    if (!next.isApproved())
        throw ConflictError(QStringLiteral("plan"),
                            tr("only the approved version is revised; edit the draft instead"));
    for (const auto &other : repo.forConsultation(next.consultationId)) {
        if (other.requestIndex == next.requestIndex && other.version > next.version)
            changedMeanwhile();
    }
    next.version += 1;
    next.snapshot.clear();
    const qint64 id = repo.insert(next, user.id, QDateTime::currentDateTimeUtc());
    audit(m_db, user, QStringLiteral("plan.revise"), patientOfPlan(planId), planEntity(id),
          QStringLiteral("version %1 of plan %2").arg(next.version).arg(planId));
    tx.commit();
    return id;
}

void PlanService::recordConsent(const ActingUser &user, qint64 planId, int rowVersion,
                                const QDate &date, const QString &method)
{
    store::WriteTransaction tx(m_db);
    PlanView v;
    v.record = storedPlan(m_db, planId);
    v.record.rowVersion = rowVersion; // the version the user saw
    v.patientId = patientOfPlan(planId);
    storeConsent(user, v, date, method);
    tx.commit();
}

void PlanService::storeConsent(const ActingUser &user, const PlanView &v, const QDate &date,
                               const QString &method)
{
    Permissions::require(user, Action::PlanConsent);
    if (!date.isValid() || date > QDate::currentDate())
        throw ValidationError(QStringLiteral("consent.date"),
                              tr("expected a date, not in the future"));
    const QList<Reason> methods = consentMethods();
    if (!known(methods, method))
        throw ValidationError(
            QStringLiteral("consent.method"),
            tr("expected one of %1").arg(ids(methods).join(QStringLiteral(", "))));
    if (!store::PlanRepository(m_db).recordConsent(v.record.id, v.record.rowVersion, date, method,
                                                   user.id, QDateTime::currentDateTimeUtc()))
        changedMeanwhile();
    audit(m_db, user, QStringLiteral("plan.consent"), v.patientId, planEntity(v.record.id),
          QStringLiteral("%1 on %2").arg(method, date.toString(Qt::ISODate)));
}

} // namespace meso::clinic

#include "consultationservice.h"

#include "assessmentservice.h"
#include "audit.h"
#include "permissions.h"
#include "validationerror.h"

#include "core/intake.h"
#include "records/consultationrecord.h"
#include "store/consultationrepository.h"
#include "store/database.h"
#include "store/planrepository.h"
#include "store/transaction.h"

#include <QCoreApplication>

namespace meso::clinic {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("meso::clinic::ConsultationService", text);
}

[[noreturn]] void changedMeanwhile()
{
    throw ConflictError(
        QStringLiteral("consultation"),
        translated(QT_TRANSLATE_NOOP("meso::clinic::ConsultationService",
                                     "it was signed or changed meanwhile; reopen it")));
}

QString consultationEntity(qint64 id)
{
    return QStringLiteral("consultation:%1").arg(id);
}

} // namespace

ConsultationService::ConsultationService(const store::Database &db, AssessmentService &assessments)
    : m_db(db), m_assessments(assessments)
{
}

namespace {

void checkDraftShape(const records::ConsultationRecord &c)
{
    if (!c.date.isValid())
        throw ValidationError(
            QStringLiteral("consultation.date"),
            translated(QT_TRANSLATE_NOOP("meso::clinic::ConsultationService", "expected a date")));
    const auto intake = nlohmann::json::parse(c.intake.toStdString(), nullptr, false);
    if (!intake.is_object())
        throw ValidationError(QStringLiteral("consultation.intake"),
                              translated(QT_TRANSLATE_NOOP("meso::clinic::ConsultationService",
                                                           "expected a JSON object")));
}

// Inserts or updates the draft inside the caller's transaction; returns its id.
qint64 storeDraft(store::ConsultationRepository &repo, const ActingUser &user,
                  const records::ConsultationRecord &c)
{
    if (c.id == 0)
        return repo.insert(c, user.id, QDateTime::currentDateTimeUtc());
    if (!repo.updateDraft(c))
        changedMeanwhile();
    return c.id;
}

} // namespace

records::ConsultationRecord ConsultationService::saveDraft(const ActingUser &user,
                                                           const records::ConsultationRecord &c)
{
    Permissions::require(user, Action::ConsultationWrite);
    checkDraftShape(c);
    store::WriteTransaction tx(m_db);
    store::ConsultationRepository repo(m_db);
    const qint64 id = storeDraft(repo, user, c);
    audit(m_db, user, QStringLiteral("consultation.save"), c.patientId, consultationEntity(id),
          QStringLiteral("draft"));
    const records::ConsultationRecord saved = *repo.find(id);
    tx.commit();
    return saved;
}

records::ConsultationRecord ConsultationService::sign(const ActingUser &user,
                                                      const records::ConsultationRecord &c)
{
    Permissions::require(user, Action::ConsultationWrite);
    checkDraftShape(c);
    try {
        core::parseIntake(nlohmann::json::parse(c.intake.toStdString()),
                          m_assessments.engine(user).catalog());
    } catch (const core::IntakeError &e) {
        throw ValidationError(QString::fromStdString(e.field()),
                              QString::fromStdString(e.message()));
    }
    store::WriteTransaction tx(m_db);
    store::ConsultationRepository repo(m_db);
    const qint64 id = storeDraft(repo, user, c);
    const auto stored = repo.find(id);
    if (!stored || stored->signedOff() ||
        !repo.sign(id, stored->rowVersion, user.id, QDateTime::currentDateTimeUtc()))
        changedMeanwhile();
    audit(m_db, user, QStringLiteral("consultation.sign"), c.patientId, consultationEntity(id));
    const records::ConsultationRecord signedOff = *repo.find(id);
    tx.commit();
    return signedOff;
}

records::ConsultationRecord ConsultationService::amend(const ActingUser &user, qint64 signedId)
{
    Permissions::require(user, Action::ConsultationWrite);
    store::WriteTransaction tx(m_db);
    store::ConsultationRepository repo(m_db);
    const auto original = repo.find(signedId);
    if (!original || !original->signedOff())
        throw ConflictError(QStringLiteral("consultation"),
                            translated(QT_TRANSLATE_NOOP(
                                "meso::clinic::ConsultationService",
                                "only a signed consultation is amended; edit the draft instead")));
    records::ConsultationRecord amendment = *original;
    amendment.amendsId = signedId;
    const qint64 id = repo.insert(amendment, user.id, QDateTime::currentDateTimeUtc());
    audit(m_db, user, QStringLiteral("consultation.amend"), original->patientId,
          consultationEntity(id), QStringLiteral("amends consultation %1").arg(signedId));
    const records::ConsultationRecord saved = *repo.find(id);
    tx.commit();
    return saved;
}

std::optional<records::ConsultationRecord> ConsultationService::find(const ActingUser &user,
                                                                     qint64 id) const
{
    Permissions::require(user, Action::ConsultationRead);
    store::WriteTransaction tx(m_db); // for the audit row
    auto c = store::ConsultationRepository(m_db).find(id);
    if (c) {
        audit(m_db, user, QStringLiteral("consultation.read"), c->patientId,
              consultationEntity(id));
        tx.commit();
    }
    return c;
}

std::vector<records::ConsultationRecord> ConsultationService::forPatient(const ActingUser &user,
                                                                         qint64 patientId) const
{
    Permissions::require(user, Action::ConsultationRead);
    store::WriteTransaction tx(m_db);
    auto all = store::ConsultationRepository(m_db).forPatient(patientId);
    audit(m_db, user, QStringLiteral("consultation.read"), patientId,
          QStringLiteral("patient:%1").arg(patientId),
          QStringLiteral("consultations: %1").arg(all.size()));
    tx.commit();
    return all;
}

std::vector<ConsultationService::HistoryEntry> ConsultationService::history(const ActingUser &user,
                                                                            qint64 patientId) const
{
    Permissions::require(user, Action::ConsultationRead);
    Permissions::require(user, Action::PlanRead);
    store::WriteTransaction tx(m_db);
    std::vector<HistoryEntry> out;
    size_t plans = 0;
    const store::PlanRepository planRepo(m_db);
    for (records::ConsultationRecord &c :
         store::ConsultationRepository(m_db).forPatient(patientId)) {
        HistoryEntry e{std::move(c), {}};
        e.plans = planRepo.forConsultation(e.consultation.id);
        plans += e.plans.size();
        out.push_back(std::move(e));
    }
    audit(m_db, user, QStringLiteral("consultation.read"), patientId,
          QStringLiteral("patient:%1").arg(patientId),
          QStringLiteral("history: consultations %1, plan versions %2").arg(out.size()).arg(plans));
    tx.commit();
    return out;
}

} // namespace meso::clinic

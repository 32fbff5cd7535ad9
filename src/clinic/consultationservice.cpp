#include "consultationservice.h"

#include "assessmentservice.h"
#include "validationerror.h"

#include "core/intake.h"
#include "store/database.h"
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
    throw ConflictError(QStringLiteral("consultation"),
                        translated(QT_TRANSLATE_NOOP("meso::clinic::ConsultationService",
                                                     "it was signed or changed meanwhile; reopen it")));
}

} // namespace

ConsultationService::ConsultationService(const store::Database &db, AssessmentService &assessments)
    : m_db(db), m_assessments(assessments)
{
}

qint64 ConsultationService::saveDraft(const ActingUser &user, const store::ConsultationRecord &c)
{
    if (!c.date.isValid())
        throw ValidationError(QStringLiteral("consultation.date"),
                              translated(QT_TRANSLATE_NOOP("meso::clinic::ConsultationService", "expected a date")));
    const auto intake = nlohmann::json::parse(c.intake.toStdString(), nullptr, false);
    if (!intake.is_object())
        throw ValidationError(QStringLiteral("consultation.intake"),
                              translated(QT_TRANSLATE_NOOP("meso::clinic::ConsultationService", "expected a JSON object")));
    store::WriteTransaction tx(m_db);
    store::ConsultationRepository repo(m_db);
    qint64 id = c.id;
    if (id == 0)
        id = repo.insert(c, user.id, QDateTime::currentDateTimeUtc());
    else if (!repo.updateDraft(c))
        changedMeanwhile();
    tx.commit();
    return id;
}

void ConsultationService::sign(const ActingUser &user, qint64 id, int rowVersion)
{
    store::WriteTransaction tx(m_db);
    store::ConsultationRepository repo(m_db);
    const auto c = repo.find(id);
    if (!c || c->rowVersion != rowVersion || c->signedOff())
        changedMeanwhile();
    try {
        core::parseIntake(nlohmann::json::parse(c->intake.toStdString()), m_assessments.engine(user).catalog());
    } catch (const core::IntakeError &e) {
        throw ValidationError(QString::fromStdString(e.field()), QString::fromStdString(e.message()));
    }
    if (!repo.sign(id, rowVersion, user.id, QDateTime::currentDateTimeUtc()))
        changedMeanwhile();
    tx.commit();
}

qint64 ConsultationService::amend(const ActingUser &user, qint64 signedId)
{
    store::WriteTransaction tx(m_db);
    store::ConsultationRepository repo(m_db);
    const auto original = repo.find(signedId);
    if (!original || !original->signedOff())
        throw ConflictError(QStringLiteral("consultation"),
                            translated(QT_TRANSLATE_NOOP("meso::clinic::ConsultationService",
                                                         "only a signed consultation is amended; edit the draft instead")));
    store::ConsultationRecord amendment = *original;
    amendment.amendsId = signedId;
    const qint64 id = repo.insert(amendment, user.id, QDateTime::currentDateTimeUtc());
    tx.commit();
    return id;
}

std::optional<store::ConsultationRecord> ConsultationService::find(const ActingUser &, qint64 id) const
{
    return store::ConsultationRepository(m_db).find(id);
}

std::vector<store::ConsultationRecord> ConsultationService::forPatient(const ActingUser &, qint64 patientId) const
{
    return store::ConsultationRepository(m_db).forPatient(patientId);
}

} // namespace meso::clinic

#include "recallservice.h"

#include "assessmentservice.h"
#include "audit.h"
#include "permissions.h"
#include "validationerror.h"

#include "store/consultationrepository.h"
#include "store/recallrepository.h"
#include "store/transaction.h"

namespace meso::clinic {

std::vector<Recall> RecallService::due(const ActingUser &user, const QDate &dueFrom,
                                       const QDate &dueBefore, const std::string &lang) const
{
    Permissions::require(user, Action::RecallRead);
    if (!dueBefore.isValid())
        throw ValidationError(QStringLiteral("recall.due_before"), tr("expected a date"));
    if (dueFrom.isValid() && dueFrom > dueBefore)
        throw ValidationError(
            QStringLiteral("recall.due_from"),
            tr("expected a date on or before %1").arg(dueBefore.toString(Qt::ISODate)));
    const std::shared_ptr<const core::Catalog> catalog = m_assessments.catalog(user);
    std::vector<Recall> recalls;
    store::WriteTransaction tx(m_db); // the audit row of the list
    for (records::RecallRow &row : store::RecallRepository(m_db).due(dueFrom, dueBefore)) {
        Recall r;
        const core::Protocol *p =
            core::Catalog::findIn(catalog->protocols, row.protocol.toStdString());
        r.protocolName = p ? QString::fromStdString(p->name.in(lang)) : row.protocol;
        r.row = std::move(row);
        recalls.push_back(std::move(r));
    }
    audit(m_db, user, QStringLiteral("recall.list"), 0, QStringLiteral("recalls"),
          QStringLiteral("due %1 to %2: %3")
              .arg(dueFrom.isValid() ? dueFrom.toString(Qt::ISODate) : QStringLiteral("start"),
                   dueBefore.toString(Qt::ISODate))
              .arg(recalls.size()));
    tx.commit();
    return recalls;
}

QStringList RecallService::markStatuses()
{
    return {QStringLiteral("contacted"), QStringLiteral("booked"), QStringLiteral("declined")};
}

QString RecallService::markName(const QString &status)
{
    if (status == QLatin1String("contacted"))
        return tr("contacted");
    if (status == QLatin1String("booked"))
        return tr("booked");
    if (status == QLatin1String("declined"))
        return tr("declined");
    return status;
}

void RecallService::mark(const ActingUser &user, qint64 consultationId, int requestIndex,
                         const QString &status, const QDate &on, const QString &note)
{
    Permissions::require(user, Action::RecallWrite);
    if (!markStatuses().contains(status))
        throw ValidationError(QStringLiteral("recall.status"),
                              tr("expected contacted, booked or declined"));
    if (!on.isValid() || on > QDate::currentDate())
        throw ValidationError(QStringLiteral("recall.date"), tr("expected a date up to today"));
    store::WriteTransaction tx(m_db);
    store::RecallRepository recalls(m_db);
    if (!recalls.isCourse(consultationId, requestIndex))
        throw ValidationError(QStringLiteral("recall.course"),
                              tr("no course for request %1 of consultation %2")
                                  .arg(requestIndex)
                                  .arg(consultationId));
    recalls.mark(consultationId, requestIndex, status, on, note.trimmed(), user.id,
                 QDateTime::currentDateTimeUtc());
    audit(m_db, user, QStringLiteral("recall.mark"),
          store::ConsultationRepository(m_db).patientOf(consultationId),
          QStringLiteral("consultation:%1").arg(consultationId),
          QStringLiteral("request %1: %2 on %3")
              .arg(requestIndex)
              .arg(status, on.toString(Qt::ISODate)));
    tx.commit();
}

} // namespace meso::clinic

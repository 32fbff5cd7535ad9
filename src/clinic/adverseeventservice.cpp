#include "adverseeventservice.h"

#include "assessmentservice.h"
#include "audit.h"
#include "permissions.h"
#include "validationerror.h"

#include "records/strings.h"
#include "store/database.h"
#include "store/sessionrepository.h"
#include "store/transaction.h"

#include <algorithm>

namespace meso::clinic {

AdverseEventService::AdverseEventService(const store::Database &db, AssessmentService &assessments)
    : m_db(db), m_assessments(assessments)
{
}

QStringList AdverseEventService::severities()
{
    return {QStringLiteral("mild"), QStringLiteral("moderate"), QStringLiteral("severe")};
}

QStringList AdverseEventService::outcomes()
{
    return {QStringLiteral("ongoing"), QStringLiteral("resolved"), QStringLiteral("sequelae")};
}

QString AdverseEventService::severityName(const QString &severity)
{
    if (severity == QLatin1String("mild"))
        return tr("mild");
    if (severity == QLatin1String("moderate"))
        return tr("moderate");
    if (severity == QLatin1String("severe"))
        return tr("severe");
    return severity;
}

QString AdverseEventService::outcomeName(const QString &outcome)
{
    if (outcome == QLatin1String("ongoing"))
        return tr("ongoing");
    if (outcome == QLatin1String("resolved"))
        return tr("resolved");
    if (outcome == QLatin1String("sequelae"))
        return tr("resolved with sequelae");
    return outcome;
}

records::AdverseEventRecord
AdverseEventService::checked(const ActingUser &user, const records::AdverseEventRecord &given) const
{
    records::AdverseEventRecord e = given;
    e.risk = e.risk.trimmed();
    e.description = e.description.trimmed();
    e.actionTaken = e.actionTaken.trimmed();
    e.notificationRef = e.notificationRef.trimmed();
    const auto catalog = m_assessments.catalog(user);
    if (std::none_of(catalog->risks.begin(), catalog->risks.end(),
                     [&](const core::Risk &r) { return records::qs(r.id) == e.risk; })) {
        QStringList ids;
        for (const core::Risk &r : catalog->risks)
            ids << records::qs(r.id);
        throw ValidationError(
            QStringLiteral("adverse_event.type"),
            tr("expected one of the catalog's risks (%1)").arg(ids.join(QStringLiteral(", "))));
    }
    const auto session = store::SessionRepository(m_db).find(e.sessionId);
    if (!session)
        throw ValidationError(QStringLiteral("adverse_event.session"),
                              tr("no session record with id %1").arg(e.sessionId));
    if (!session->performed)
        throw ValidationError(QStringLiteral("adverse_event.session"),
                              tr("session %1 was not performed").arg(e.sessionId));
    e.patientId = session->patientId;
    const QDate today = QDate::currentDate();
    if (!e.onset.isValid() || e.onset < session->performedOn || e.onset > today)
        throw ValidationError(QStringLiteral("adverse_event.onset"),
                              tr("expected a date from the session (%1) to today")
                                  .arg(session->performedOn.toString(Qt::ISODate)));
    if (!severities().contains(e.severity))
        throw ValidationError(
            QStringLiteral("adverse_event.severity"),
            tr("expected one of %1").arg(severities().join(QStringLiteral(", "))));
    if (!outcomes().contains(e.outcome))
        throw ValidationError(QStringLiteral("adverse_event.outcome"),
                              tr("expected one of %1").arg(outcomes().join(QStringLiteral(", "))));
    if (e.open()) {
        e.resolvedOn = QDate();
    } else if (!e.resolvedOn.isValid() || e.resolvedOn < e.onset || e.resolvedOn > today) {
        throw ValidationError(QStringLiteral("adverse_event.resolved_on"),
                              tr("expected the date it resolved, from the onset to today"));
    }
    if (e.needsNotification()) {
        const bool notified = e.notifiedOn.isValid() || !e.notificationRef.isEmpty();
        if (notified && (!e.notifiedOn.isValid() || e.notificationRef.isEmpty() ||
                         e.notifiedOn < e.onset || e.notifiedOn > today))
            throw ValidationError(QStringLiteral("adverse_event.notification"),
                                  tr("expected both the date of the notification (from the "
                                     "onset to today) and its reference"));
        if (!notified && !e.notificationPending)
            throw ValidationError(
                QStringLiteral("adverse_event.notification"),
                tr("a severe or serious event is notified to the manufacturer and the "
                   "authorities: give the date and reference of the notification, or confirm "
                   "that it is still to be done"));
        if (notified)
            e.notificationPending = false;
    } else {
        e.notificationPending = false;
    }
    return e;
}

records::AdverseEventRecord AdverseEventService::add(const ActingUser &user,
                                                     const records::AdverseEventRecord &given)
{
    Permissions::require(user, Action::SessionWrite);
    store::WriteTransaction tx(m_db);
    records::AdverseEventRecord e = checked(user, given);
    e.recordedBy = user.id;
    store::SessionRepository repo(m_db);
    const qint64 id = repo.insertEvent(e, QDateTime::currentDateTimeUtc());
    audit(m_db, user, QStringLiteral("adverse_event.add"), e.patientId,
          QStringLiteral("adverse_event:%1").arg(id),
          QStringLiteral("session %1, %2, %3, %4")
              .arg(e.sessionId)
              .arg(e.risk, e.severity, e.outcome));
    const records::AdverseEventRecord stored = *repo.event(id);
    tx.commit();
    return stored;
}

records::AdverseEventRecord AdverseEventService::update(const ActingUser &user,
                                                        const records::AdverseEventRecord &given)
{
    Permissions::require(user, Action::SessionWrite);
    store::WriteTransaction tx(m_db);
    store::SessionRepository repo(m_db);
    const auto before = repo.event(given.id);
    if (!before)
        throw ValidationError(QStringLiteral("adverse_event"),
                              tr("no adverse event with id %1").arg(given.id));
    records::AdverseEventRecord e = given;
    e.sessionId = before->sessionId; // an event stays on the session it followed
    e = checked(user, e);
    if (!repo.updateEvent(e, given.rowVersion, QDateTime::currentDateTimeUtc()))
        throw ConflictError(QStringLiteral("adverse_event"),
                            tr("it was changed meanwhile; reopen it"));
    audit(m_db, user, QStringLiteral("adverse_event.update"), e.patientId,
          QStringLiteral("adverse_event:%1").arg(e.id),
          QStringLiteral("%1, %2").arg(e.severity, e.outcome));
    const records::AdverseEventRecord stored = *repo.event(e.id);
    tx.commit();
    return stored;
}

records::AdverseEventRecord AdverseEventService::find(const ActingUser &user, qint64 id) const
{
    Permissions::require(user, Action::SessionRead);
    store::WriteTransaction tx(m_db);
    const auto e = store::SessionRepository(m_db).event(id);
    if (!e)
        throw ValidationError(QStringLiteral("adverse_event"),
                              tr("no adverse event with id %1").arg(id));
    audit(m_db, user, QStringLiteral("adverse_event.read"), e->patientId,
          QStringLiteral("adverse_event:%1").arg(id));
    tx.commit();
    return *e;
}

std::vector<records::AdverseEventRecord> AdverseEventService::forPatient(const ActingUser &user,
                                                                         qint64 patientId) const
{
    Permissions::require(user, Action::SessionRead);
    store::WriteTransaction tx(m_db);
    auto all = store::SessionRepository(m_db).eventsOfPatient(patientId);
    audit(m_db, user, QStringLiteral("adverse_event.read"), patientId,
          QStringLiteral("patient:%1").arg(patientId),
          QStringLiteral("events: %1").arg(all.size()));
    tx.commit();
    return all;
}

} // namespace meso::clinic

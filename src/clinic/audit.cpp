#include "audit.h"

#include "actinguser.h"

#include "store/auditrepository.h"
#include "store/database.h"

#include <stdexcept>

#include <QDateTime>

namespace meso::clinic {

void audit(const store::Database &db, const ActingUser &user, const QString &action,
           qint64 patientId, const QString &entity, const QString &summary)
{
    if (!db.inWriteTransaction()) // a row outside the action's transaction could outlive a rollback
        throw std::logic_error("audit row written outside a write transaction: " +
                               action.toStdString());
    records::AuditEntry e;
    e.at = QDateTime::currentDateTimeUtc();
    e.userId = user.id;
    e.username = user.username;
    e.action = action;
    e.patientId = patientId;
    e.entity = entity;
    e.summary = summary;
    store::AuditRepository(db).append(e);
}

} // namespace meso::clinic

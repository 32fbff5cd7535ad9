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
    auditEach(db, user, action, entity, {{patientId, summary}});
}

void auditEach(const store::Database &db, const ActingUser &user, const QString &action,
               const QString &entity, const std::vector<std::pair<qint64, QString>> &rows)
{
    if (!db.inWriteTransaction()) // a row outside the action's transaction could outlive a rollback
        throw std::logic_error("audit row written outside a write transaction: " +
                               action.toStdString());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    std::vector<records::AuditEntry> entries;
    entries.reserve(rows.size());
    for (const auto &[patientId, summary] : rows) {
        records::AuditEntry e;
        e.at = now;
        e.userId = user.id;
        e.username = user.username;
        e.action = action;
        e.patientId = patientId;
        e.entity = entity;
        e.summary = summary;
        entries.push_back(std::move(e));
    }
    store::AuditRepository(db).appendAll(std::move(entries));
}

} // namespace meso::clinic

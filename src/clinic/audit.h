#pragma once

#include <utility>
#include <vector>

#include <QString>

namespace meso::store {
class Database;
}

namespace meso::clinic {

struct ActingUser;

// Writes the audit row of the action being taken. Call it inside the action's WriteTransaction,
// once per service call that reads clinical data or changes anything (docs/security.md): the
// row commits with the action or not at all. `summary` holds ids and facts, never identities.
void audit(const store::Database &db, const ActingUser &user, const QString &action,
           qint64 patientId, const QString &entity, const QString &summary = {});

// One action's rows about several patients, written together (one head update): patient id and
// summary of each.
void auditEach(const store::Database &db, const ActingUser &user, const QString &action,
               const QString &entity, const std::vector<std::pair<qint64, QString>> &rows);

} // namespace meso::clinic

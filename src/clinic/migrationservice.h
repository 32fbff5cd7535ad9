#pragma once

#include "actinguser.h"

#include "records/copyrecords.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <vector>

namespace meso::store {
class Database;
}

namespace meso::clinic {

// What moving a clinic up to a server did: every table compared, and whether the file could
// record where its clinic went (the copy is on the server either way).
struct MigrationReport
{
    QString from, to; // the target without its password
    std::vector<records::TableCheck> tables;
    QString sourceAuditProblem; // empty when the file's audit row was written
    bool ok() const;
};

// Moving a single workstation's clinic onto a clinic server (docs/deployment.md): an
// administrator's act (Backup permission), into a new, empty database only, verified table by
// table before it commits, audited on both sides.
class MigrationService
{
    Q_DECLARE_TR_FUNCTIONS(meso::clinic::MigrationService)
public:
    explicit MigrationService(const store::Database &source) : m_source(source) {}

    // Copies the source into the server database at `to`. ConflictError (field migrate.to) when
    // the target holds another program's tables, another schema or a clinic: nothing is written
    // there. Throws records::StoreError when the server cannot be reached.
    MigrationReport migrate(const ActingUser &admin, const QString &to,
                            const std::function<void(const records::CopyProgress &)> &progress);

private:
    const store::Database &m_source;
};

} // namespace meso::clinic

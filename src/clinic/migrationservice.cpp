#include "migrationservice.h"

#include "audit.h"
#include "permissions.h"
#include "validationerror.h"

#include "records/serveraddress.h"
#include "store/database.h"
#include "store/databasecopy.h"
#include "store/transaction.h"

#include <QFileInfo>

#include <algorithm>

namespace meso::clinic {

bool MigrationReport::ok() const
{
    return !tables.empty() && std::all_of(tables.cbegin(), tables.cend(),
                                          [](const records::TableCheck &c) { return c.matches(); });
}

MigrationReport
MigrationService::migrate(const ActingUser &admin, const QString &to,
                          const std::function<void(const records::CopyProgress &)> &progress)
{
    Permissions::require(admin, Action::Backup); // every patient's record is copied
    MigrationReport report;
    report.from = m_source.location();
    report.to = records::displayLocation(to);
    // The target must be new: checked before its schema is made, so that a clinic's server
    // database is never written to when it already holds something.
    const auto refuse = [&](const QString &what) {
        return ConflictError(QStringLiteral("migrate.to"),
                             tr("%1 %2: nothing was copied. Copy only into a new, empty database.")
                                 .arg(report.to, what));
    };
    const store::Database::Probe probe = store::Database::probe(to);
    if (probe.foreign)
        throw refuse(tr("holds tables of another program"));
    if (probe.schemaVersion > 0 && probe.schemaVersion != store::Database::latestSchemaVersion())
        throw refuse(tr("already holds a MesoPlan database (schema %1)").arg(probe.schemaVersion));
    if (probe.schemaVersion > 0 && store::holdsClinicData(*store::Database::open(to)))
        throw refuse(tr("already holds a clinic"));
    const auto target = store::Database::open(to);

    report.tables = store::copyDatabase(m_source, *target, progress, [&] {
        audit(*target, admin, QStringLiteral("database.migrate"), 0, QStringLiteral("database"),
              QStringLiteral("copied from %1").arg(QFileInfo(report.from).fileName()));
    });
    if (!report.ok())
        return report;
    // The file keeps a record of where its clinic went (after the copy: not part of it).
    try {
        store::WriteTransaction tx(m_source);
        audit(m_source, admin, QStringLiteral("database.migrate"), 0, QStringLiteral("database"),
              QStringLiteral("copied to %1").arg(report.to));
        tx.commit();
    } catch (const std::exception &e) {
        report.sourceAuditProblem = QString::fromUtf8(e.what());
    }
    return report;
}

} // namespace meso::clinic

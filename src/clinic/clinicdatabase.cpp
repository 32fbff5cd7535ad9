#include "clinicdatabase.h"

#include "actinguser.h"
#include "catalogservice.h"
#include "demodata.h"

#include "records/serveraddress.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace meso::clinic {

void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("MesoPlan"));
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
}

QString defaultDatabaseLocation()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("mesoplan.sqlite"));
}

namespace {
const QString kLocationKey = QStringLiteral("database/location");

// This workstation's MesoPlan settings (~/.config/MesoPlan/MesoPlan.conf), named outright: the
// GUI and the CLI read the same file whatever their application identity.
QSettings workstationSettings()
{
    return QSettings(QStringLiteral("MesoPlan"), QStringLiteral("MesoPlan"));
}
} // namespace

QString savedDatabaseLocation()
{
    return workstationSettings().value(kLocationKey).toString();
}

void saveDatabaseLocation(const QString &location)
{
    QSettings settings = workstationSettings();
    if (location.isEmpty())
        settings.remove(kLocationKey);
    else // a server's password is never written down: asked at start, or in the libpq password file
        settings.setValue(kLocationKey, records::isServerAddress(location)
                                            ? records::withPassword(location, QString())
                                            : location);
    settings.sync();
}

QString resolveDatabaseLocation(const QString &commandLineValue)
{
    if (!commandLineValue.isEmpty())
        return commandLineValue;
    const QString fromEnvironment = qEnvironmentVariable("MESOPLAN_DB");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString saved = savedDatabaseLocation();
    return saved.isEmpty() ? defaultDatabaseLocation() : saved;
}

std::unique_ptr<store::Database> openClinicDatabase(const QString &location,
                                                    const OpenOptions &options)
{
    auto db = store::Database::open(location);
    const ActingUser system = ActingUser::system(*db);
    CatalogService catalog(*db);
    if (catalog.needsBundled()) // most starts: read without waiting for any writer
        catalog.importOrUpgradeBundled(system);
    if (options.loadDemoData)
        loadDemoDataIfEmpty(*db, system);
    return db;
}

} // namespace meso::clinic

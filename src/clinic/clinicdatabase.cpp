#include "clinicdatabase.h"

#include "actinguser.h"
#include "catalogservice.h"
#include "demodata.h"
#include "installation.h"
#include "patientservice.h"

#include "records/serveraddress.h"
#include "store/changefeed.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace meso::clinic {

void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("MesoPlan"));
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setApplicationVersion(applicationVersion());
}

QString defaultDatabaseLocation()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("mesoplan.sqlite"));
}

QString demoDatabaseLocation()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo.sqlite"));
}

namespace {
const QString kLocationKey = QStringLiteral("database/location");
} // namespace

QSettings workstationSettings()
{
    return QSettings(QStringLiteral("MesoPlan"), QStringLiteral("MesoPlan"));
}

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

ClinicDatabase::ClinicDatabase(std::unique_ptr<store::Database> db) : m_db(std::move(db)) {}

ClinicDatabase::~ClinicDatabase() = default;

std::unique_ptr<ClinicDatabase> openAnotherConnection(const store::Database &db)
{
    return std::make_unique<ClinicDatabase>(store::Database::open(db.location()));
}

QString ClinicDatabase::location() const
{
    return m_db->location();
}

QString ClinicDatabase::displayLocation() const
{
    return records::displayLocation(m_db->location());
}

bool ClinicDatabase::isDemonstration() const
{
    return !isServer() && QFileInfo(location()) == QFileInfo(demoDatabaseLocation());
}

bool ClinicDatabase::isServer() const
{
    return m_db->isServer();
}

void ClinicDatabase::deferCheckpoints() const
{
    m_db->deferCheckpoints();
}

void ClinicDatabase::checkpointWhileIdle() const
{
    m_db->checkpointWhileIdle();
}

int ClinicDatabase::schemaVersion() const
{
    return m_db->schemaVersion();
}

int ClinicDatabase::latestSchemaVersion()
{
    return store::Database::latestSchemaVersion();
}

ClinicDatabase::Probe ClinicDatabase::probe(const QString &location)
{
    const store::Database::Probe p = store::Database::probe(location);
    return {p.engine, p.schemaVersion, p.empty, p.foreign};
}

std::unique_ptr<ClinicDatabase> openClinicDatabase(const QString &location,
                                                   const OpenOptions &options)
{
    auto db = std::make_unique<ClinicDatabase>(store::Database::open(location));
    const ActingUser system = ActingUser::system(*db);
    CatalogService catalog(*db);
    if (catalog.needsBundled()) // most starts: read without waiting for any writer
        catalog.importOrUpgradeBundled(system);
    if (options.loadDemoData)
        loadDemoDataIfEmpty(*db, system);
    // Best effort: a database that cannot be written now (a busy or read-only one) still opens;
    // the numbers are written at a later start.
    try {
        PatientService(*db).writeStoredPhonesInE164(system);
    } catch (const std::exception &e) {
        qWarning("Phone numbers not written in E.164 this time: %s", e.what());
    }
    return db;
}

namespace topic {
const QString calendar = store::topic::calendar;
const QString plans = store::topic::plans;
const QString patients = store::topic::patients;
} // namespace topic

LiveUpdates::LiveUpdates(const ClinicDatabase &db, QObject *parent)
    : QObject(parent), m_feed(new store::ChangeFeed(db.store(), this))
{
    connect(m_feed, &store::ChangeFeed::changed, this, &LiveUpdates::changed);
}

LiveUpdates::~LiveUpdates() = default;

bool LiveUpdates::isLive() const
{
    return m_feed->isLive();
}

QString LiveUpdates::error() const
{
    return m_feed->error();
}

} // namespace meso::clinic

#pragma once

#include <QObject>
#include <QSettings>
#include <QString>

#include <memory>

namespace meso::store {
class ChangeFeed;
class Database;
} // namespace meso::store

namespace meso::clinic {

// Application name shared by the GUI and the CLI, so both find the same per-user database.
void setApplicationIdentity();

// This workstation's MesoPlan settings (~/.config/MesoPlan/MesoPlan.conf), named outright: the
// GUI and the CLI read the same file whatever their application identity.
QSettings workstationSettings();

// The database the user meant: --db, else MESOPLAN_DB, else this workstation's saved choice
// (Settings → Database → Connection…), else the per-user data file.
QString resolveDatabaseLocation(const QString &commandLineValue);
QString defaultDatabaseLocation();
// The demonstration clinic's own file (demo.sqlite beside the per-user database): `mesoplan
// --demo`, scripts/run.sh and Help → Open the demonstration clinic; never the clinic's records.
QString demoDatabaseLocation();
// This workstation's choice (empty: the default file). Saved without any password.
QString savedDatabaseLocation();
void saveDatabaseLocation(const QString &location);

struct OpenOptions
{
    bool loadDemoData = false; // seed the demo patients when the database has none
};

// One open clinic database as the faces hold it: where it is, which engine and schema. The
// connection itself is the services' business: a ClinicDatabase is what they are built on
// (Services, ActingUser), and the faces never see the store behind it.
class ClinicDatabase
{
public:
    explicit ClinicDatabase(std::unique_ptr<store::Database> db);
    ~ClinicDatabase();
    ClinicDatabase(const ClinicDatabase &) = delete;
    ClinicDatabase &operator=(const ClinicDatabase &) = delete;

    // For the services (and the store's own tests).
    const store::Database &store() const { return *m_db; }
    operator const store::Database &() const { return *m_db; }

    QString location() const;        // may hold a password: show displayLocation()
    QString displayLocation() const; // a file path, or a server address without its password
    bool isServer() const;
    // Whether this is the demonstration clinic's file (demoDatabaseLocation()).
    bool isDemonstration() const;
    int schemaVersion() const;
    static int latestSchemaVersion();
    // A file's write-ahead log copied back between user actions instead of inside the commit
    // that crosses SQLite's threshold (store::Database::deferCheckpoints; the GUI's).
    void deferCheckpoints() const;
    void checkpointWhileIdle() const;

    // What is at `location`, read without changing anything (the GUI's "Test connection", the
    // checks before moving a clinic to a server). Throws records::StoreError when it cannot be
    // reached or signed in to.
    struct Probe
    {
        QString engine; // "PostgreSQL 15.18", "SQLite 3.40.1"
        int schemaVersion = 0;
        bool empty = false;   // no table at all: MesoPlan creates its own at the first start
        bool foreign = false; // tables, but not MesoPlan's
    };
    static Probe probe(const QString &location);

private:
    std::unique_ptr<store::Database> m_db;
};

// Opens and migrates the database; on first use loads the bundled catalog (and the demo data
// when asked), each in its own transaction; an unchanged earlier bundled catalog is upgraded.
// Another connection to the database `db` is connected to (Services::db()), for work on another
// thread: opened, used and closed on that thread only (a Qt SQL connection belongs to the thread
// that made it). The schema is already the latest: nothing is upgraded or imported.
std::unique_ptr<ClinicDatabase> openAnotherConnection(const store::Database &db);

std::unique_ptr<ClinicDatabase> openClinicDatabase(const QString &location,
                                                   const OpenOptions &options = {});

// What other workstations changed, as they announce it.
namespace topic {
extern const QString calendar; // appointments, rooms, hours, closures
extern const QString plans;    // plans approved or revised (the waiting list)
extern const QString patients; // patients added, changed, archived
} // namespace topic

// Hears the changes other workstations of a clinic server announce, on a connection of its own
// (no polling). On a file it never emits. Lives in the thread that created it.
class LiveUpdates : public QObject
{
    Q_OBJECT
public:
    explicit LiveUpdates(const ClinicDatabase &db, QObject *parent = nullptr);
    ~LiveUpdates() override;

    bool isLive() const;
    QString error() const; // why it is not live, when it should be

Q_SIGNALS:
    void changed(const QString &topic);

private:
    store::ChangeFeed *m_feed = nullptr;
};

} // namespace meso::clinic

#pragma once

#include <QString>

#include <memory>

namespace meso::store {
class Database;
}

namespace meso::clinic {

// Application name shared by the GUI and the CLI, so both find the same per-user database.
void setApplicationIdentity();

// The database the user meant: --db, else MESOPLAN_DB, else this workstation's saved choice
// (Settings → Database → Connection…), else the per-user data file.
QString resolveDatabaseLocation(const QString &commandLineValue);
QString defaultDatabaseLocation();
// This workstation's choice (empty: the default file). Saved without any password.
QString savedDatabaseLocation();
void saveDatabaseLocation(const QString &location);

struct OpenOptions
{
    bool loadDemoData = false; // seed the demo patients when the database has none
};

// Opens and migrates the database; on first use loads the bundled catalog (and the demo data
// when asked), each in its own transaction.
std::unique_ptr<store::Database> openClinicDatabase(const QString &location,
                                                    const OpenOptions &options = {});

} // namespace meso::clinic

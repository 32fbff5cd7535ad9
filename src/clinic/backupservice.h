#pragma once

#include "actinguser.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace meso::store {
class Database;
}

namespace meso::clinic {

struct BackupFile
{
    QString path;
    QDateTime at; // from the file name, local time
    qint64 bytes = 0;
};

// Backups of the SQLite database (a single workstation's file; a clinic server's are made on the
// server): a consistent copy made while others keep working (VACUUM
// INTO reads one snapshot), flushed to disk (fsync of the file and its folder) before it counts.
class BackupService
{
    Q_DECLARE_TR_FUNCTIONS(meso::clinic::BackupService)
public:
    explicit BackupService(const store::Database &db) : m_db(db) {}

    // A backup to `file` (which must not exist yet), by an administrator. Audited: the row is
    // in the backup too. Call it outside any transaction.
    QString backup(const ActingUser &admin, const QString &file);
    // The automatic backup (when the app closes, and daily): into backupFolder(), keeping the
    // clinic's number of generations. A job of the app, not a user action: any signed-in user
    // triggers it; it is audited under their name.
    QString automaticBackup(const ActingUser &user);
    // An administrator's backup now, into the automatic backups' folder and rotation.
    QString backupNow(const ActingUser &admin);
    // Whether the newest automatic backup is older than a day (or there is none), and a backup can
    // run now (no write transaction open on this connection).
    bool dailyBackupDue() const;
    QString backupFolder() const;
    // Whether this database is a file MesoPlan backs up (a clinic server is backed up on the
    // server with pg_dump: docs/deployment.md).
    bool available() const;
    std::vector<BackupFile> automaticBackups() const; // newest first

    // Replaces the database file `databaseFile` (closed by every workstation) with `backupFile`,
    // as `admin`: an administrator signed in on the database being replaced (the database being
    // replaced decides who may replace it), or nullopt when there is no database yet. Checks the
    // backup first (PRAGMA integrity_check, a MesoPlan schema this version knows). The replaced
    // file is kept beside it; the restored one is opened (an older backup's schema upgraded)
    // and the restore audited in it. ValidationError naming the backup when it is unusable,
    // PermissionError for anyone but an administrator: nothing changed either way.
    struct Restored
    {
        QString previous; // the replaced file, kept; empty when there was none
        int schemaVersion = 0;
    };
    static Restored restore(const std::optional<ActingUser> &admin, const QString &backupFile,
                            const QString &databaseFile);
    // Checks a backup file; returns its schema version. ValidationError when unusable. Reads no
    // patient data out: a bad backup is refused before anyone signs in.
    static int check(const QString &backupFile);

private:
    QString write(const ActingUser &user, const QString &file, const QString &action);
    const store::Database &m_db;
};

} // namespace meso::clinic

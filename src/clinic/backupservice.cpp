#include "backupservice.h"

#include "audit.h"
#include "clinicdatabase.h"
#include "clinicprofile.h"
#include "permissions.h"
#include "validationerror.h"

#include "records/storeerror.h"
#include "store/database.h"
#include "store/filebackup.h"
#include "store/transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

#include <fcntl.h>
#include <unistd.h>

namespace meso::clinic {

namespace {

const QString kPrefix = QStringLiteral("mesoplan-");
const QString kStampFormat = QStringLiteral("yyyyMMdd-HHmmss");

// Flushes a file or folder to the disk: a backup that is still in the page cache when the power
// goes is no backup.
void syncPath(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0)
        throw records::StoreError(BackupService::tr("Cannot open %1 to flush it to disk.")
                                      .arg(QDir::toNativeSeparators(path)));
    const int rc = ::fsync(fd);
    ::close(fd);
    if (rc != 0)
        throw records::StoreError(
            BackupService::tr("Cannot flush %1 to disk.").arg(QDir::toNativeSeparators(path)));
}

} // namespace

QString BackupService::backupFolder() const
{
    return QFileInfo(m_db.location()).absoluteDir().filePath(QStringLiteral("backups"));
}

bool BackupService::available() const
{
    return !m_db.isServer();
}

QString BackupService::write(const ActingUser &user, const QString &file, const QString &action)
{
    if (m_db.inWriteTransaction())
        throw std::logic_error("a backup cannot be made inside a transaction");
    if (!available())
        throw ValidationError(
            QStringLiteral("backup.database"),
            tr("a clinic server is backed up on the server, with pg_dump (docs/deployment.md); "
               "MesoPlan backs up only a database file of this computer"));
    const QFileInfo target(file);
    if (target.exists())
        throw ValidationError(
            QStringLiteral("backup.file"),
            tr("%1 already exists; choose a new file").arg(QDir::toNativeSeparators(file)));
    if (!QDir().mkpath(target.absolutePath()))
        throw ValidationError(
            QStringLiteral("backup.file"),
            tr("cannot create the folder %1").arg(QDir::toNativeSeparators(target.absolutePath())));
    {
        store::WriteTransaction tx(m_db);
        audit(m_db, user, action, 0, QStringLiteral("database"), target.fileName());
        tx.commit();
    }
    store::writeSnapshot(m_db, target.absoluteFilePath());
    syncPath(target.absoluteFilePath());
    syncPath(target.absolutePath());
    return target.absoluteFilePath();
}

QString BackupService::backup(const ActingUser &admin, const QString &file)
{
    Permissions::require(admin, Action::Backup);
    return write(admin, file, QStringLiteral("backup.create"));
}

QString BackupService::backupNow(const ActingUser &admin)
{
    Permissions::require(admin, Action::Backup);
    return automaticBackup(admin);
}

std::vector<BackupFile> BackupService::automaticBackups() const
{
    std::vector<BackupFile> out;
    const QDir dir(backupFolder());
    for (const QFileInfo &f : dir.entryInfoList({kPrefix + QStringLiteral("*.sqlite")}, QDir::Files,
                                                QDir::Name | QDir::Reversed)) {
        const QDateTime at =
            QDateTime::fromString(f.completeBaseName().mid(kPrefix.size()), kStampFormat);
        if (at.isValid())
            out.push_back({f.absoluteFilePath(), at, f.size()});
    }
    return out;
}

bool BackupService::dailyBackupDue() const
{
    // Not while this connection is inside a user's action (a long import repaints its progress,
    // and the hourly check may come then): a backup cannot run inside a transaction, and the next
    // check makes it.
    if (!available() || m_db.inWriteTransaction())
        return false;
    const auto all = automaticBackups();
    return all.empty() || all.front().at.secsTo(QDateTime::currentDateTime()) >= qint64{24} * 3600;
}

QString BackupService::automaticBackup(const ActingUser &user)
{
    QDateTime now = QDateTime::currentDateTime();
    QString file;
    do { // two backups in the same second: the second one waits for a free name
        file = QDir(backupFolder())
                   .filePath(kPrefix + now.toString(kStampFormat) + QStringLiteral(".sqlite"));
        now = now.addSecs(1);
    } while (QFileInfo::exists(file));
    const QString written = write(user, file, QStringLiteral("backup.automatic"));
    const int keep = std::max(1, ClinicProfileService(m_db).policies(user).backupGenerations);
    const auto all = automaticBackups();
    for (size_t k = static_cast<size_t>(keep); k < all.size(); ++k)
        QFile::remove(all[k].path);
    return written;
}

int BackupService::check(const QString &backupFile)
{
    const QString field = QStringLiteral("restore.backup");
    if (!QFileInfo(backupFile).isFile())
        throw ValidationError(field,
                              tr("%1 is not a file").arg(QDir::toNativeSeparators(backupFile)));
    const store::FileInspection backup = store::inspectFile(backupFile);
    if (!backup.opened)
        throw ValidationError(field,
                              tr("%1 cannot be opened").arg(QDir::toNativeSeparators(backupFile)));
    if (backup.integrity != QLatin1String("ok"))
        throw ValidationError(
            field, tr("%1 is damaged (integrity check: %2); nothing was changed")
                       .arg(QDir::toNativeSeparators(backupFile),
                            backup.integrity.isEmpty() ? tr("not a database") : backup.integrity));
    const int version = backup.schemaVersion;
    if (version < 1 || !backup.mesoplan)
        throw ValidationError(field, tr("%1 is not a MesoPlan database; nothing was changed")
                                         .arg(QDir::toNativeSeparators(backupFile)));
    if (version > store::Database::latestSchemaVersion())
        throw ValidationError(field,
                              tr("%1 comes from a newer MesoPlan (schema %2); nothing was changed")
                                  .arg(QDir::toNativeSeparators(backupFile))
                                  .arg(version));
    return version;
}

BackupService::Restored BackupService::restore(const std::optional<ActingUser> &admin,
                                               const QString &backupFile,
                                               const QString &databaseFile)
{
    if (QFileInfo::exists(databaseFile)) {
        if (!admin)
            throw PermissionError(
                tr("an administrator of the database being replaced restores it"));
        Permissions::require(*admin, Action::Backup);
    }
    check(backupFile);
    const QFileInfo target(databaseFile);
    if (QFileInfo(backupFile).canonicalFilePath() == target.canonicalFilePath())
        throw ValidationError(QStringLiteral("restore.backup"),
                              tr("the backup is the database itself"));
    // The copy is made and flushed beside the database first: the swap itself is two renames.
    const QString incoming = target.absoluteFilePath() + QStringLiteral(".restoring");
    QFile::remove(incoming);
    if (!QFile::copy(backupFile, incoming))
        throw records::StoreError(tr("Cannot copy the backup next to the database %1.")
                                      .arg(QDir::toNativeSeparators(target.absoluteFilePath())));
    QFile(incoming).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    syncPath(incoming);
    QString kept;
    if (target.exists()) {
        store::foldLog(target.absoluteFilePath()); // the kept file is whole on its own
        kept = target.absoluteFilePath() + QStringLiteral(".before-restore-") +
               QDateTime::currentDateTime().toString(kStampFormat);
        if (std::rename(QFile::encodeName(target.absoluteFilePath()).constData(),
                        QFile::encodeName(kept).constData()) != 0)
            throw records::StoreError(
                tr("Cannot set the current database aside; nothing was changed."));
        // The log goes with the file it belongs to: it must never be applied to the restored one.
        for (const char *suffix : {"-wal", "-shm"}) {
            const QString log = target.absoluteFilePath() + QLatin1String(suffix);
            if (QFileInfo::exists(log) && !QFile::rename(log, kept + QLatin1String(suffix)))
                QFile::remove(log);
        }
    }
    if (std::rename(QFile::encodeName(incoming).constData(),
                    QFile::encodeName(target.absoluteFilePath()).constData()) != 0)
        throw records::StoreError(
            tr("Cannot move the restored database into place; the previous one is kept as %1.")
                .arg(QDir::toNativeSeparators(kept)));
    syncPath(target.absolutePath());
    auto restored = openClinicDatabase(target.absoluteFilePath()); // upgrades an older schema
    {
        store::WriteTransaction tx(*restored);
        audit(*restored, ActingUser::system(*restored), QStringLiteral("backup.restore"), 0,
              QStringLiteral("database"),
              QStringLiteral("from %1 by %2")
                  .arg(QFileInfo(backupFile).fileName(),
                       admin ? admin->username : QStringLiteral("(no database yet)")));
        tx.commit();
    }
    return {kept, restored->schemaVersion()};
}

} // namespace meso::clinic

#include "backupservice.h"

#include "audit.h"
#include "clinicprofile.h"
#include "permissions.h"
#include "validationerror.h"

#include "records/storeerror.h"
#include "store/database.h"
#include "store/statement.h"
#include "store/transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>
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

// A read-only connection to a file that is not (or not yet) the clinic's database.
class RawConnection
{
public:
    explicit RawConnection(const QString &file, bool readOnly)
    {
        static std::atomic<int> counter{0};
        m_name = QStringLiteral("mesoplan-raw-%1").arg(counter++);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(file);
        if (readOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        m_open = db.open();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    // The first column of the first row, or an invalid QVariant when the statement fails.
    QVariant scalar(const QString &sql) const
    {
        QSqlQuery q(db());
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }

private:
    QString m_name;
    bool m_open = false;
};

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
    // One read snapshot of the whole database, written as a compact new file; other
    // connections keep reading and writing meanwhile.
    store::Statement vacuum(m_db.connection(), QStringLiteral("VACUUM INTO ?"));
    vacuum.bind(target.absoluteFilePath()).exec();
    syncPath(target.absoluteFilePath());
    syncPath(target.absolutePath());
    return target.absoluteFilePath();
}

QString BackupService::backup(const ActingUser &admin, const QString &file)
{
    Permissions::require(admin, Action::Backup);
    return write(admin, file, QStringLiteral("backup.create"));
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
    if (!available())
        return false;
    const auto all = automaticBackups();
    return all.empty() || all.front().at.secsTo(QDateTime::currentDateTime()) >= 24 * 3600;
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
    const RawConnection backup(backupFile, true);
    if (!backup.isOpen())
        throw ValidationError(field,
                              tr("%1 cannot be opened").arg(QDir::toNativeSeparators(backupFile)));
    const QVariant integrity = backup.scalar(QStringLiteral("PRAGMA integrity_check"));
    if (integrity.toString() != QLatin1String("ok"))
        throw ValidationError(
            field, tr("%1 is damaged (integrity check: %2); nothing was changed")
                       .arg(QDir::toNativeSeparators(backupFile),
                            integrity.isValid() ? integrity.toString() : tr("not a database")));
    const int version = backup.scalar(QStringLiteral("PRAGMA user_version")).toInt();
    const bool ours =
        backup.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'users'"))
            .toInt() == 1;
    if (version < 1 || !ours)
        throw ValidationError(field, tr("%1 is not a MesoPlan database; nothing was changed")
                                         .arg(QDir::toNativeSeparators(backupFile)));
    if (version > store::Database::latestSchemaVersion())
        throw ValidationError(field,
                              tr("%1 comes from a newer MesoPlan (schema %2); nothing was changed")
                                  .arg(QDir::toNativeSeparators(backupFile))
                                  .arg(version));
    return version;
}

QString BackupService::restore(const QString &backupFile, const QString &databaseFile)
{
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
        { // fold the write-ahead log into the file, so that the kept file is whole on its own
            const RawConnection current(target.absoluteFilePath(), false);
            if (current.isOpen())
                current.scalar(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
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
    return kept;
}

} // namespace meso::clinic

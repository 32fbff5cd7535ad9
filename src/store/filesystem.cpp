#include "filesystem.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/vfs.h>

namespace meso::store {

namespace {

FileSystemProbe g_probe = nullptr;

unsigned long statfsType(const QString &path)
{
    struct statfs info
    {
    };
    if (::statfs(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return static_cast<unsigned long>(info.f_type);
}

} // namespace

void setFileSystemProbe(FileSystemProbe probe)
{
    g_probe = probe;
}

QString networkFileSystemName(unsigned long type)
{
    // linux/magic.h and the kernel's file systems (statfs(2)).
    switch (type) {
    case 0x6969:
        return QStringLiteral("NFS");
    case 0x517B:
    case 0xFF534D42:
    case 0xFE534D42:
        return QStringLiteral("SMB/CIFS");
    case 0x564C:
        return QStringLiteral("NCP");
    case 0x5346414F:
        return QStringLiteral("AFS");
    case 0x73757245:
        return QStringLiteral("Coda");
    case 0x00C36400:
        return QStringLiteral("CephFS");
    case 0x47504653:
        return QStringLiteral("GPFS");
    case 0x0BD00BD0:
        return QStringLiteral("Lustre");
    case 0x01021997:
        return QStringLiteral("9P (a shared folder)");
    default:
        return {};
    }
}

FileSystem fileSystemOf(const QString &path)
{
    // The folder the file is (or will be) in; for a new path, its nearest existing parent.
    QFileInfo info(path);
    QString dir = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
    while (!QFileInfo::exists(dir) && dir != QDir::rootPath())
        dir = QFileInfo(dir).absolutePath();
    FileSystem fs;
    fs.type = g_probe ? g_probe(dir) : statfsType(dir);
    fs.networkName = networkFileSystemName(fs.type);
    return fs;
}

} // namespace meso::store

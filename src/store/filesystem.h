#pragma once

#include <QString>

namespace meso::store {

// The file system a database file lives on, as statfs(2) reports it for the file's folder (or its
// nearest existing parent). SQLite's locking is not reliable on network file systems, so a
// database there is refused (Database::open) with advice to use the PostgreSQL mode.
struct FileSystem
{
    unsigned long type = 0; // statfs f_type
    QString networkName;    // "NFS", "SMB/CIFS", ...; empty for a local file system
};

FileSystem fileSystemOf(const QString &path);
// The name of a network file system type, or empty.
QString networkFileSystemName(unsigned long type);

// Tests stand in for statfs with this (nullptr: the real one); it returns the f_type of a path.
using FileSystemProbe = unsigned long (*)(const QString &path);
void setFileSystemProbe(FileSystemProbe probe);

} // namespace meso::store

#pragma once

#include <QString>

namespace meso::store {

class Database;

// SQLite file operations behind backups and restores (a clinic server is backed up with its own
// tools). The files and folders are the services' to choose.

// Writes one read snapshot of the whole database as a compact new file (VACUUM INTO); other
// connections keep reading and writing meanwhile. Outside any transaction.
void writeSnapshot(const Database &db, const QString &file);

// What a database file holds, read through a read-only connection of its own.
struct FileInspection
{
    bool opened = false;
    QString integrity;     // PRAGMA integrity_check: "ok", a problem, or empty when unreadable
    int schemaVersion = 0; // PRAGMA user_version
    bool mesoplan = false; // has MesoPlan's users table
};
FileInspection inspectFile(const QString &file);

// Folds the write-ahead log of a closed database file into it, so that the file is whole on its
// own (before it is set aside). Does nothing when the file cannot be opened.
void foldLog(const QString &file);

} // namespace meso::store

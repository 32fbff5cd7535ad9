#pragma once

#include <QString>

#include <stdexcept>

namespace meso::records {

// A database problem worded for the person at the workstation (what failed and what to do).
class StoreError : public std::runtime_error
{
public:
    // What the environment did, when a user can act on it (docs/reliability.md).
    enum class Kind
    {
        Other,
        DiskFull,  // SQLITE_FULL: the disk (or the database's size limit) is full
        ReadOnly,  // SQLITE_READONLY: file, folder or disk cannot be written
        DiskError, // SQLITE_IOERR: the disk failed to read or write
        Busy,    // SQLITE_BUSY / LOCKED after the busy timeout; a lock wait or deadlock on a server
        Damaged, // SQLITE_CORRUPT / NOTADB
        NetworkFileSystem, // refused before opening: a network file system
        InvalidAddress,    // a clinic server address (postgresql://...) that cannot be understood
        Unreachable,       // the clinic server cannot be reached (or the connection was lost)
        PasswordNeeded,    // the clinic server wants a password, or refused the one given
        Conflict, // the engine refused a change that contradicts another (a double booking)
    };

    explicit StoreError(const QString &message, Kind kind = Kind::Other)
        : std::runtime_error(message.toStdString()), m_message(message), m_kind(kind)
    {
    }
    const QString &message() const { return m_message; }
    Kind kind() const { return m_kind; }

private:
    QString m_message;
    Kind m_kind;
};

} // namespace meso::records

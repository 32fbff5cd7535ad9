#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace meso::store {

class Database;

// What changed, as announced to the other workstations of a clinic server.
namespace topic {
inline const QString calendar = QStringLiteral("calendar"); // appointments, rooms, hours, closures
inline const QString plans =
    QStringLiteral("plans"); // plans approved or revised (the waiting list)
inline const QString patients = QStringLiteral("patients"); // patients added, changed, archived
} // namespace topic

// Announces a change to the other workstations, inside the change's write transaction: on a
// clinic server a NOTIFY, sent with the transaction's COMMIT (one round trip for both) and
// delivered only if it commits; nothing on a SQLite file, which one workstation uses at a time.
// `topic` is one of the names above.
void announceChange(const Database &db, const QString &topic);
// The NOTIFY statements of the topics the open write transaction announced, forgotten here
// (WriteTransaction::commit sends them before its COMMIT, in the same script).
QStringList takeAnnouncements(const Database &db);

// Hears the changes other workstations announce (LISTEN on a connection of its own, so that
// notifications arrive while the app's own connection is busy, without polling any table).
// On a SQLite file it never emits. Lives in the thread that created it (the GUI's).
class ChangeFeed : public QObject
{
    Q_OBJECT
public:
    // Opens the listening connection to `db`'s server; a ChangeFeed that stays silent when the
    // database is a file or the server cannot be reached (the app still works, without live
    // updates: error() says why).
    explicit ChangeFeed(const Database &db, QObject *parent = nullptr);
    ~ChangeFeed() override;

    bool isLive() const { return !m_connectionName.isEmpty(); }
    const QString &error() const { return m_error; }

Q_SIGNALS:
    void changed(const QString &topic);

private:
    QString m_connectionName;
    QString m_error;
};

} // namespace meso::store

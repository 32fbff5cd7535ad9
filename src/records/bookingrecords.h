#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace meso::records {

struct RoomRecord
{
    qint64 id = 0;
    QString name;
    QStringList equipment;
    bool active = true;
};

// A user with the practitioner role and their booking profile (hours and protocols as JSON text).
struct PractitionerRecord
{
    qint64 userId = 0;
    QString username, displayName;
    QString hours;         // {"1": [["09:00", "18:00"]], ...}; empty: no profile yet
    QStringList protocols; // empty: every protocol
};

struct AppointmentRecord
{
    qint64 id = 0;
    qint64 planId = 0;
    int sessionIndex = 0;
    qint64 patientId = 0, practitionerId = 0, roomId = 0;
    qint64 start = 0, end = 0;                 // clinic-local minutes since 1970-01-01 00:00
    QString status = QStringLiteral("booked"); // booked, checked_in, completed, cancelled, no_show
    QString cancelReason;
    int rowVersion = 0;
    QDateTime updatedAt;

    // Whether it holds its slot: a cancelled appointment frees it.
    bool active() const { return status != QLatin1String("cancelled"); }
};

} // namespace meso::records

#pragma once

#include <QDate>
#include <QString>

namespace meso::records {

// One practitioner's appointments in one room in one week (Monday to Sunday), by how they ended.
struct ActivityRow
{
    QDate week; // its Monday
    qint64 practitionerId = 0, roomId = 0;
    QString practitioner, room;
    int appointments = 0; // every status
    int completed = 0, cancelled = 0, noShows = 0;
};

} // namespace meso::records

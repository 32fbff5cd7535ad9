#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <vector>

namespace meso::clinic {

// One appointment as an iCalendar event.
struct CalendarEvent
{
    QString uid;
    QDateTime start, end; // clinic-local wall-clock time, written as floating times
    QDateTime stamp;  // when the appointment last changed (UTC): DTSTAMP, so output is reproducible
    int sequence = 0; // the number of changes, for calendar clients that update events
    QString summary, location, description;
    bool cancelled = false;
};

// An RFC 5545 calendar (VCALENDAR with one VEVENT per event): CRLF line ends, text escaped,
// lines folded at 75 octets without splitting a UTF-8 character.
QByteArray iCalendar(const QString &name, const std::vector<CalendarEvent> &events);

} // namespace meso::clinic

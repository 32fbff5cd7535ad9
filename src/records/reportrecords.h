#pragma once

#include <QDate>
#include <QDateTime>
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
    qint64 bookedMinutes = 0; // the appointments not cancelled (a no-show kept its slot)
};

// One protocol's courses over a period. A course is the series of one plan's request (every
// version of it), counted under its approved version's protocol: started when its first
// completed session falls in the period, completed when its last one does and every planned
// session is completed, abandoned when it falls short, nothing is booked ahead any more and its
// last session kept (or, all of them cancelled, its first) falls in the period.
struct CourseRow
{
    QString protocol; // the catalog's id
    int started = 0, completed = 0, abandoned = 0;
};

// One protocol's performed sessions over a period (their current records) and the adverse events
// that followed sessions of the period.
struct SafetyRow
{
    QString protocol;
    int sessions = 0, adverseEvents = 0;
};

// The quotes approved in a span of time: the current approved versions only.
struct QuoteTotal
{
    int quotes = 0;
    qint64 cents = 0;
};

// A course to recall: completed, with the catalog's maintenance interval since its last session
// (kind "maintenance"), or abandoned (kind "abandoned": fewer sessions kept than planned and
// nothing booked ahead), with the patient's contact and the clinic's latest mark.
struct RecallRow
{
    qint64 consultationId = 0;
    int requestIndex = 0;
    qint64 patientId = 0;
    QString familyName, givenNames, phone, email;
    QString protocol; // the catalog's id
    QString kind;     // maintenance, abandoned
    int sessionsDone = 0, sessionsPlanned = 0;
    QDate lastSession; // maintenance: the last completed; abandoned: the last kept (completed or
                       // missed), or the first booked when every one was cancelled
    QDate due;         // maintenance: last session + interval; abandoned: the last session
    QString mark;      // contacted, booked, declined; empty when not marked
    QDate markedOn;
    QString note;
};

// An appointment of a day to remind its patient of (issue 19), with what the reminder needs.
struct ReminderRow
{
    qint64 appointmentId = 0, patientId = 0;
    QString familyName, givenNames, phone, email;
    QString language;          // the patient's; empty when not chosen
    bool consented = false;    // the patient agreed to reminders (patients.reminder_consent_on)
    qint64 start = 0, end = 0; // clinic-local minutes since 1970-01-01 00:00
    QString status;            // booked
    bool emailed = false;      // its reminder e-mail went out for this start
    QString practitioner;      // display name
    qint64 roomId = 0;
    QString protocol; // the catalog's id
    int sessionIndex = 0, sessions = 0;
    int rowVersion = 0;
    QDateTime updatedAt;
};

} // namespace meso::records

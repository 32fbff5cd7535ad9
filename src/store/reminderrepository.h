#pragma once

#include "records/reportrecords.h"

#include <QDate>
#include <QDateTime>

#include <vector>

namespace meso::store {

class Database;

// What appointment reminders are made of (issue 19): a day's appointments still to come, with
// their patient's contact, language and consent, in one query.
class ReminderRepository
{
public:
    explicit ReminderRepository(const Database &db) : m_db(db) {}

    // The appointments still booked on `day` that start at `fromMinute` or later (clinic-local
    // minutes; the day's first minute, or now for today), by start then patient name, each with
    // its patient (consenting or not: the caller counts those left out), practitioner, protocol
    // and whether its reminder e-mail went out for that start.
    std::vector<records::ReminderRow> on(const QDate &day, qint64 fromMinute) const;
    // The reminder e-mail of the appointment at that start went out.
    void markSent(qint64 appointmentId, qint64 startsAt, qint64 by, const QDateTime &now);

private:
    const Database &m_db;
};

} // namespace meso::store

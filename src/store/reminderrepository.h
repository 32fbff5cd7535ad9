#pragma once

#include "records/reportrecords.h"

#include <QDate>

#include <vector>

namespace meso::store {

class Database;

// What appointment reminders are made of (issue 19): a day's appointments still to come, with
// their patient's contact, language and consent, in one query.
class ReminderRepository
{
public:
    explicit ReminderRepository(const Database &db) : m_db(db) {}

    // The appointments booked or checked in on `day`, by start then patient name, each with its
    // patient (consenting or not: the caller counts those left out), practitioner and protocol.
    std::vector<records::ReminderRow> on(const QDate &day) const;

private:
    const Database &m_db;
};

} // namespace meso::store

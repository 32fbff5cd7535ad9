#pragma once

#include <QDate>
#include <QString>

namespace meso::records {

struct PatientRecord
{
    qint64 id = 0;
    QString familyName, givenNames;
    QDate birthDate;
    QString sex; // female, male, other or empty
    QString phone, email, notes;
    QString address;         // postal address, lines separated by '\n' (printed on invoices)
    QDate reminderConsentOn; // the day the patient agreed to reminders; invalid: not agreed
    QString language;        // what reminders are written in ("en", "fr"); empty: not chosen
    bool archived = false;
    int rowVersion = 0;
};

// Where a page of the sorted patient list ends: the next page starts after it.
struct PatientCursor
{
    QString sortKey;
    qint64 id = 0;
};

} // namespace meso::records

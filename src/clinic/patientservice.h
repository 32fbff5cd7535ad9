#pragma once

#include "actinguser.h"
#include "phonenumbers.h"

#include "records/patientrecord.h"

#include <vector>

namespace meso::store {
class Database;
}

namespace meso::clinic {

// Patients as use cases: create with validation, find, search.
class PatientService
{
public:
    explicit PatientService(const store::Database &db) : m_db(db) {}

    // Validates (throws ValidationError naming the field) and stores a new patient.
    qint64 create(const ActingUser &user, const records::PatientRecord &patient);
    // Validates and saves a changed patient. Throws ConflictError, saving nothing, when someone
    // else changed the patient since it was read (patient.rowVersion): a lost update is refused.
    void update(const ActingUser &user, const records::PatientRecord &patient);
    // Archives (or restores) a patient instead of deleting: the record and its history stay.
    void setArchived(const ActingUser &user, qint64 id, int rowVersion, bool archived);
    std::optional<records::PatientRecord> find(const ActingUser &user, qint64 id) const;
    // Where the next page of the list starts, after `last` (the last patient shown).
    static records::PatientCursor cursorAfter(const records::PatientRecord &last);
    // One page of the patient list, in name order, after `after` (see PatientRepository::search).
    std::vector<records::PatientRecord>
    search(const ActingUser &user, const QString &text, int limit,
           const std::optional<records::PatientCursor> &after = std::nullopt,
           bool includeArchived = false) const;
    // How many patients the search finds, counting at most `atMost`.
    qint64 countMatching(const ActingUser &user, const QString &text, bool includeArchived,
                         qint64 atMost) const;
    qint64 count(const ActingUser &user) const;

    // The patient as stored: checked (throws ValidationError naming the field), the phone
    // number in E.164 by `phones`.
    static records::PatientRecord validated(records::PatientRecord patient, const QDate &today,
                                            const PhoneNumbers &phones);
    // The numbers stored as typed before MesoPlan stored them in E.164, written so: those that
    // read as a valid number of the clinic's country (Settings; none set: nothing is done yet)
    // or with their country code; the others stay as typed, shown as they are. Once per
    // database and country (setting patients.phones_e164), a few hundred patients per
    // transaction, each patient changed audited. Only as the built-in system user
    // (PermissionError otherwise). Returns how many were written. Run by openClinicDatabase.
    int writeStoredPhonesInE164(const ActingUser &system);
    // The clinic's phone numbering: how numbers typed without a country code are read, and how
    // stored ones are shown.
    PhoneNumbers phoneNumbers() const;

private:
    // The text searched for: phone numbers in it as the digits stored numbers are indexed by.
    QString searchText(const QString &text) const;

    const store::Database &m_db;
};

} // namespace meso::clinic

#pragma once

#include "actinguser.h"

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

    static void validate(const records::PatientRecord &patient, const QDate &today);

private:
    const store::Database &m_db;
};

} // namespace meso::clinic

#pragma once

#include "actinguser.h"

#include "store/patientrepository.h"

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
    qint64 create(const ActingUser &user, const store::PatientRecord &patient);
    std::vector<store::PatientRecord> search(const ActingUser &user, const QString &text, int limit) const;
    qint64 count(const ActingUser &user) const;

    static void validate(const store::PatientRecord &patient, const QDate &today);

private:
    const store::Database &m_db;
};

} // namespace meso::clinic

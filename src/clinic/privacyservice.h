#pragma once

#include "actinguser.h"
#include "csvwriter.h"

#include "records/auditrecords.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <QDate>

class QIODevice;

namespace meso::store {
class Database;
}

namespace meso::clinic {

// Patients' rights over their data (docs/security.md): everything held about a patient as JSON,
// and anonymisation once the clinic's retention period has run. Administrators only, audited.
class PrivacyService
{
    Q_DECLARE_TR_FUNCTIONS(meso::clinic::PrivacyService)
public:
    explicit PrivacyService(const store::Database &db) : m_db(db) {}

    // Identity, consultations with their intakes, plans with overrides and snapshots,
    // appointments and the audit rows about the patient (this export's own row included).
    nlohmann::ordered_json exportPatient(const ActingUser &admin, qint64 patientId);
    // The first day the patient may be anonymised: the last activity plus the retention period.
    QDate retentionEnds(const ActingUser &admin, qint64 patientId) const;
    // Replaces the identity (names, contact, notes, exact birth date) everywhere it is held and
    // archives the patient, then clears the old identity out of the database's logs and free space
    // (Database::checkpoint). ConflictError while the retention period runs or when already done.
    void anonymise(const ActingUser &admin, qint64 patientId, const QString &reason);

    static constexpr const char *kExportFormat = "mesoplan-patient-export/1";

private:
    const store::Database &m_db;
};

// The audit trail as administrators see it: filtered lists, CSV, and verification of the chain.
class AuditService
{
    Q_DECLARE_TR_FUNCTIONS(meso::clinic::AuditService)
public:
    explicit AuditService(const store::Database &db) : m_db(db) {}

    std::vector<records::AuditEntry> list(const ActingUser &admin,
                                          const records::AuditFilter &filter) const;
    // Writes the matching rows as CSV (RFC 4180, UTF-8, laid out by `format`); the export itself
    // is audited.
    void exportCsv(const ActingUser &admin, const records::AuditFilter &filter, QIODevice &out,
                   const CsvFormat &format = {});
    records::AuditVerification verify(const ActingUser &admin) const;

private:
    const store::Database &m_db;
};

} // namespace meso::clinic

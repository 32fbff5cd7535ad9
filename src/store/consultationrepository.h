#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

#include "records/consultationrecord.h"

namespace meso::store {

using records::ConsultationRecord;

class Database;

// Consultations table. Writers must run inside a WriteTransaction.
class ConsultationRepository
{
public:
    explicit ConsultationRepository(const Database &db) : m_db(db) {}

    qint64 insert(const ConsultationRecord &c, qint64 createdBy, const QDateTime &now);
    // Saves a draft's date and intake if it is still a draft at the version read; false when not.
    bool updateDraft(const ConsultationRecord &c);
    // Signs a draft at the version read; false when it changed or was signed meanwhile.
    bool sign(qint64 id, int rowVersion, qint64 signedBy, const QDateTime &now);
    std::optional<ConsultationRecord> find(qint64 id) const;
    // Whose consultation it is (0 when there is none), without reading its intake.
    qint64 patientOf(qint64 id) const;
    // The patient's consultations, newest first.
    std::vector<ConsultationRecord> forPatient(qint64 patientId) const;

private:
    const Database &m_db;
};

} // namespace meso::store

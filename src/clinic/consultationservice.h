#pragma once

#include "actinguser.h"

#include "records/consultationrecord.h"
#include "records/planrecord.h"

#include <nlohmann/json.hpp>

#include <memory>
#include <optional>
#include <vector>

namespace meso::store {
class Database;
}

namespace meso::clinic {

class AssessmentService;

// Consultations as use cases: drafts saved as often as the practitioner likes, signing (the
// intake must then be complete and valid), amendments of signed consultations.
class ConsultationService
{
public:
    ConsultationService(const store::Database &db, AssessmentService &assessments);

    // Saves a draft: a new one when c.id is 0, else the draft read at c.rowVersion. The intake
    // may be incomplete. Throws ConflictError when the consultation was signed or changed
    // meanwhile; returns the draft as stored.
    records::ConsultationRecord saveDraft(const ActingUser &user,
                                          const records::ConsultationRecord &c);
    // Saves the form as it is (a new consultation when c.id is 0, else the draft read at
    // c.rowVersion) and signs it, in one transaction with one audit row: its intake must pass the
    // contract's checks (ValidationError naming the field, e.g. "intake.requests"), and it is
    // read-only from then on. Returns the signed consultation; nothing is saved when refused.
    records::ConsultationRecord sign(const ActingUser &user, const records::ConsultationRecord &c);
    // A new draft correcting a signed consultation, with its intake; both are kept. Returns it.
    records::ConsultationRecord amend(const ActingUser &user, qint64 signedId);
    std::optional<records::ConsultationRecord> find(const ActingUser &user, qint64 id) const;
    std::vector<records::ConsultationRecord> forPatient(const ActingUser &user,
                                                        qint64 patientId) const;

    // A patient's clinical history, newest first: each consultation with every version of its
    // plans. One audited read (the history view asks for it each time a patient is selected).
    struct HistoryEntry
    {
        records::ConsultationRecord consultation;
        std::vector<records::PlanRecord> plans;
    };
    std::vector<HistoryEntry> history(const ActingUser &user, qint64 patientId) const;

private:
    const store::Database &m_db;
    AssessmentService &m_assessments;
};

} // namespace meso::clinic

#pragma once

#include "records/sessionrecords.h"

#include <QDateTime>

#include <optional>
#include <vector>

namespace meso::store {

class Database;

// Treatment session records with their product lines, adverse events, photos and photo
// consents, and the trace of a lot. Records are inserted, never updated: an amendment is a new
// record. Writers run inside a WriteTransaction.
class SessionRepository
{
public:
    explicit SessionRepository(const Database &db) : m_db(db) {}

    qint64 insert(const records::SessionRecord &s);
    std::optional<records::SessionRecord> find(qint64 id) const;
    // The record of an appointment that no other record amends.
    std::optional<records::SessionRecord> currentForAppointment(qint64 appointmentId) const;
    bool isAmended(qint64 id) const;
    // Every record of an appointment, amended ones included, the original first.
    std::vector<records::SessionRecord> forAppointment(qint64 appointmentId) const;
    // A patient's or a plan's current records, by date then id.
    std::vector<records::SessionRecord> currentForPatient(qint64 patientId) const;
    std::vector<records::SessionRecord> currentForPlan(qint64 planId) const;
    // Which of these appointments have a record (any version).
    std::vector<qint64> recordedAppointments(const std::vector<qint64> &appointmentIds) const;

    // Every current record's line that used a lot numbered `lotNumber` (of `productId` when not
    // 0), by date, patient and session.
    std::vector<records::LotTraceRow> trace(const QString &lotNumber, qint64 productId) const;

    qint64 insertEvent(const records::AdverseEventRecord &e, const QDateTime &now);
    bool updateEvent(const records::AdverseEventRecord &e, int rowVersion, const QDateTime &now);
    std::optional<records::AdverseEventRecord> event(qint64 id) const;
    std::vector<records::AdverseEventRecord> eventsOfPatient(qint64 patientId) const;

    std::optional<records::PhotoConsentRecord> photoConsent(qint64 patientId) const;
    void setPhotoConsent(const records::PhotoConsentRecord &c, qint64 by, const QDateTime &now);
    qint64 insertPhoto(const records::PhotoRecord &p, qint64 by, const QDateTime &now);
    // With its content.
    std::optional<records::PhotoRecord> photo(qint64 id) const;
    // Without their content, by session date then id.
    std::vector<records::PhotoRecord> photosOfPatient(qint64 patientId) const;

private:
    std::vector<records::SessionRecord> readSessions(const QString &where, qint64 key) const;

    const Database &m_db;
};

} // namespace meso::store

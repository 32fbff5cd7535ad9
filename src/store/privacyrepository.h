#pragma once

#include <QDate>
#include <QString>

#include <functional>

namespace meso::store {

class Database;

// The patient-wide reads and writes of privacy requests (PrivacyService). Writers must run
// inside a WriteTransaction.
class PrivacyRepository
{
public:
    explicit PrivacyRepository(const Database &db) : m_db(db) {}

    // The patient's latest activity: registration, a consultation, or an appointment that was
    // not cancelled. Invalid when there is no such patient.
    QDate lastActivity(qint64 patientId) const;
    // Rewrites every JSON document held about the patient (consultation intakes, approved plan
    // snapshots) through `scrubJson`, clears free-text comments (override comments,
    // cancellation reasons, session notes and reasons, adverse events' descriptions), which may
    // name people, and deletes the patient's photos.
    void scrub(qint64 patientId, const std::function<QString(const QString &)> &scrubJson);

private:
    const Database &m_db;
};

} // namespace meso::store

#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace meso::store {

class Database;

// One row of the audit trail (docs/security.md).
struct AuditEntry
{
    qint64 seq = 0;    // 1, 2, 3, ... without gaps
    QDateTime at;      // UTC
    qint64 userId = 0; // 0: no such user (a failed sign-in with an unknown name)
    QString username;
    QString action;       // e.g. "plan.approve", "user.sign_in_failed"
    qint64 patientId = 0; // 0: not about one patient
    QString entity;       // what was acted on, e.g. "plan:12"
    QString summary;      // ids and facts, never a patient's identity
    QString prevHash, hash;
};

struct AuditFilter
{
    qint64 userId = 0, patientId = 0; // 0: any
    QDateTime from, to;               // [from, to); invalid: open
    int limit = 0;                    // 0: all; else the newest `limit` rows
};

struct AuditVerification
{
    qint64 rows = 0;
    QStringList problems; // empty: the chain is intact
};

// The append-only, hash-chained audit_log table. append() must run inside the audited action's
// WriteTransaction: the row commits or rolls back with the action, and the write lock every
// write transaction takes first (BEGIN IMMEDIATE; a clinic server's writer lock: sqldialect.h)
// serialises the chain's tail between workstations.
class AuditRepository
{
public:
    explicit AuditRepository(const Database &db) : m_db(db) {}

    // Fills seq, prevHash and hash; returns the stored entry.
    AuditEntry append(AuditEntry entry);
    // Matching rows in seq order.
    std::vector<AuditEntry> list(const AuditFilter &filter) const;
    void forEach(const AuditFilter &filter,
                 const std::function<void(const AuditEntry &)> &visit) const;
    // Walks the whole chain: every seq in order, every prev_hash the previous row's hash, every
    // hash recomputed from the row, and the last row the head recorded at the last append.
    AuditVerification verify() const;

    // The hash of an entry's fields and its predecessor's hash (SHA-256, hex).
    static QString hashOf(const AuditEntry &entry);
    static QString genesisHash(); // the prev_hash of row 1

private:
    const Database &m_db;
};

} // namespace meso::store

#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

#include "records/auditrecords.h"

namespace meso::store {

using records::AuditEntry;
using records::AuditFilter;
using records::AuditVerification;

class Database;

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
    // Appends the entries in order as append() would one by one: for an action that reads many
    // patients' records (a lot's trace for a recall), one row per patient. The rows are kept by
    // the transaction and written with the chain's head at its commit (writePending), so that an
    // action's audit costs one statement on a server, however many rows it has.
    std::vector<AuditEntry> appendAll(std::vector<AuditEntry> entries);
    // Writes the rows appended and not written yet, and the chain's head (WriteTransaction: at the
    // commit and before a savepoint; the reads below do it first).
    void writePending() const;
    // The trail and its head were written by other means inside the open transaction (a clinic
    // copied in): the next append reads the head again instead of the one read with the lock.
    void forgetHead() const;
    // The query of the recorded head, which a server's write transaction runs as it takes the
    // writer lock (no parameter: it goes in the same script).
    static QString headQuery();
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
    static QString hashOf(const AuditEntry &entry, const QString &at); // at: timestamp(entry.at)

    const Database &m_db;
};

} // namespace meso::store

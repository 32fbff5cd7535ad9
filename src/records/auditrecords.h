#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace meso::records {

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

} // namespace meso::records

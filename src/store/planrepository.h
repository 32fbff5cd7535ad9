#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

#include "records/planrecord.h"

namespace meso::store {

using records::PlanOverride;
using records::PlanRecord;

class Database;

// Plans and their overrides. Writers must run inside a WriteTransaction. Every change is
// guarded by the row version read, so two workstations never overwrite each other silently.
class PlanRepository
{
public:
    explicit PlanRepository(const Database &db) : m_db(db) {}

    // Inserts a draft version with its overrides; returns the id.
    qint64 insert(const PlanRecord &p, qint64 createdBy, const QDateTime &now);
    // Saves a draft's protocol, sessions, interval and deviation reason; false when it changed
    // or stopped being a draft meanwhile.
    bool updateDraft(const PlanRecord &p);
    bool setOverride(qint64 planId, int rowVersion, const PlanOverride &o);
    bool removeOverride(qint64 planId, int rowVersion, const QString &ruleId,
                        const QString &subject);
    // Approves a draft, storing its snapshot and its quote's value (the total, in whole cents);
    // the previous approved version becomes superseded.
    bool approve(qint64 planId, int rowVersion, const QString &snapshot, qint64 quoteCents,
                 qint64 by, const QDateTime &now);
    // The data generator's history: a plan approved on the day of its consultation.
    void setApprovedAt(qint64 planId, const QDateTime &at);
    // Schema step 10: the quote of every plan approved before the step, from its snapshot.
    void fillQuotesFromSnapshots();
    // Records consent on an approved version once; false when it was recorded or changed meanwhile.
    bool recordConsent(qint64 planId, int rowVersion, const QDate &date, const QString &method,
                       qint64 by, const QDateTime &now);
    std::optional<PlanRecord> find(qint64 id) const;
    // Every version of every request's plan of a consultation, by request then version.
    std::vector<PlanRecord> forConsultation(qint64 consultationId) const;

private:
    // Bumps the row version of a draft read at rowVersion; false when it is not that any more.
    bool touchDraft(qint64 planId, int rowVersion);

    const Database &m_db;
};

} // namespace meso::store

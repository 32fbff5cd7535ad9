#pragma once

#include "actinguser.h"

#include "records/reportrecords.h"

#include <QCoreApplication>
#include <QDate>

#include <vector>

namespace meso::store {
class Database;
}

namespace meso::clinic {

// The clinic's appointments over a period: per week, practitioner and room, and in all.
struct ActivityReport
{
    QDate from, to; // both included
    std::vector<records::ActivityRow> rows;
    records::ActivityRow total; // its week, practitioner and room left empty
    // Cancelled appointments among all of them; no-shows among those not cancelled (0 when
    // there are none).
    double cancellationRate() const;
    double noShowRate() const;
};

// What the clinic's activity was, counted by the database (issue 19). Aggregates only: no
// patient appears in a report, so reading one is not audited. Every role may see the activity
// (the front desk's own figures: appointments, cancellations, no-shows).
class ReportService
{
    Q_DECLARE_TR_FUNCTIONS(meso::clinic::ReportService)
public:
    explicit ReportService(const store::Database &db) : m_db(db) {}

    // ValidationError naming "report.from" or "report.to" for a period that is not one (`to`
    // before `from`, longer than 10 years).
    ActivityReport activity(const ActingUser &user, const QDate &from, const QDate &to) const;

private:
    const store::Database &m_db;
};

} // namespace meso::clinic

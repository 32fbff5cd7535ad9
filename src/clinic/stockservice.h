#pragma once

#include "actinguser.h"
#include "csvwriter.h"

#include "records/sessionrecords.h"

#include <QCoreApplication>
#include <QDate>

#include <vector>

class QIODevice;

namespace meso::store {
class Database;
}

namespace meso::clinic {

class AssessmentService;

// A lot as the Stock page shows it: what is left and what to watch.
struct LotStatus
{
    records::LotRecord lot;
    records::ProductRecord product;
    bool expired = false, expiringSoon = false, exhausted = false;
    bool lowStock = false; // the product's usable units (all its lots) at or below its threshold
};

// The clinic's products and lots, and the recall's trace of a lot to the patients who received
// it. Every change is one transaction with its audit row.
class StockService
{
    Q_DECLARE_TR_FUNCTIONS(meso::clinic::StockService)
public:
    StockService(const store::Database &db, AssessmentService &assessments);

    // A new product. ValidationError naming the field: name, manufacturer, form (vial, ampoule,
    // syringe), unit volume (above 0, at most 1000 mL), at least one component, each a catalog
    // ingredient once; ConflictError when the manufacturer already has a product of that name.
    records::ProductRecord addProduct(const ActingUser &user, const records::ProductRecord &p);
    std::vector<records::ProductRecord> products(const ActingUser &user) const;

    // Receives a lot of a product: a new lot, or more units of a lot already received (with the
    // same expiry). ValidationError naming the field: product, lot number, expiry (a date, not
    // already past), quantity (1 to 100000 units), received on (not in the future). Returns the
    // lot as stored.
    records::LotRecord receiveLot(const ActingUser &user, const records::LotRecord &lot);
    // Every lot, soonest expiry first, flagged as of `today` with the clinic's expiry warning.
    std::vector<LotStatus> stock(const ActingUser &user, const QDate &today) const;

    // Every patient, session, date, area and volume that used the lot numbered `lotNumber` (of
    // `productId` when not 0), by date. ValidationError when no such lot was received. Audited:
    // one row per patient found (lot.trace), or one row when none was.
    std::vector<records::LotTraceRow> trace(const ActingUser &user, const QString &lotNumber,
                                            qint64 productId = 0);

    // The trace as CSV (RFC 4180, CRLF, UTF-8), text made safe for spreadsheets as the audit's
    // export does: what `lot trace --csv` prints and the Stock page saves.
    static void writeTraceCsv(const std::vector<records::LotTraceRow> &rows, QIODevice &out,
                              const CsvFormat &format = {});

    static QStringList forms();                   // vial, ampoule, syringe
    static QString formName(const QString &form); // translated

private:
    const store::Database &m_db;
    AssessmentService &m_assessments;
};

} // namespace meso::clinic

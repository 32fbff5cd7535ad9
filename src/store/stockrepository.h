#pragma once

#include "records/sessionrecords.h"

#include <QDateTime>

#include <optional>
#include <vector>

namespace meso::store {

class Database;

// Products, their composition and their lots. Writers run inside a WriteTransaction.
class StockRepository
{
public:
    explicit StockRepository(const Database &db) : m_db(db) {}

    qint64 insertProduct(const records::ProductRecord &p, qint64 by, const QDateTime &now);
    std::optional<records::ProductRecord> product(qint64 id) const;
    std::optional<records::ProductRecord> productNamed(const QString &name,
                                                       const QString &manufacturer) const;
    std::vector<records::ProductRecord> products() const; // by name

    qint64 insertLot(const records::LotRecord &lot, qint64 by, const QDateTime &now);
    void addUnits(qint64 lotId, int units);
    std::optional<records::LotRecord> lot(qint64 id) const;
    std::optional<records::LotRecord> lotOf(qint64 productId, const QString &lotNumber) const;
    // The lots with this number (of any product).
    std::vector<records::LotRecord> lotsNumbered(const QString &lotNumber) const;
    // Every lot, soonest expiry first.
    std::vector<records::LotRecord> lots() const;
    // Takes `ml` from the lot (gives it back when negative).
    void use(qint64 lotId, double ml);

private:
    const Database &m_db;
};

// Volumes are stored as whole microlitres: sums of recorded volumes add up exactly.
inline qint64 microlitres(double ml)
{
    return static_cast<qint64>(ml * 1000.0 + (ml < 0 ? -0.5 : 0.5));
}

inline double millilitres(qint64 ul)
{
    return static_cast<double>(ul) / 1000.0;
}

} // namespace meso::store

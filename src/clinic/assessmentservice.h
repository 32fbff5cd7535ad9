#pragma once

#include "actinguser.h"

#include "core/engine.h"

#include <map>
#include <memory>
#include <string>

namespace meso::store {
class Database;
}

namespace meso::clinic {

class CatalogService;

// Screening and planning of a consultation's intake with the stored catalog, priced at the
// clinic's own prices where it set them (Billing > Prices and VAT: every plan, quote and approval
// then uses them), in the clinic's currency. A clinic whose currency is not the catalog's prices
// every protocol itself; one it has not priced yet (a catalog import brought it) has no price
// (core::Protocol::priceCents -1): its plans cannot be approved until it has. Reads only.
class AssessmentService
{
public:
    explicit AssessmentService(const store::Database &db);
    ~AssessmentService();

    // Parses the intake (throws core::IntakeError naming the field) and assesses it.
    core::Assessment assess(const ActingUser &user, const nlohmann::json &intake,
                            const core::AssessOptions &options);
    core::Assessment assess(const ActingUser &user, const nlohmann::json &intake,
                            const std::string &lang = "en");
    // The clinic's context for an assessment in `lang`: its country (clinic profile), and when
    // the patient is known, their adverse events still open (risk ids only).
    core::AssessOptions options(const std::string &lang, qint64 patientId = 0) const;
    // The engine for the current catalog and prices (rebuilt when either changes).
    const core::RulesEngine &engine(const ActingUser &user);
    // The catalog the engine uses now, in the clinic's currency, each protocol at the clinic's
    // price per session where set; holding it keeps it valid after a catalog import.
    std::shared_ptr<const core::Catalog> catalog(const ActingUser &user);
    // The catalog as imported, at its own prices.
    std::shared_ptr<const core::Catalog> importedCatalog(const ActingUser &user);

private:
    const store::Database &m_db;
    std::unique_ptr<CatalogService> m_catalog;
    std::shared_ptr<const core::Catalog> m_engineCatalog;   // priced
    std::shared_ptr<const core::Catalog> m_importedCatalog; // what it was made from
    std::map<std::string, qint64> m_prices;                 // the clinic's, in cents
    std::string m_currency;                                 // the clinic's; empty: the catalog's
    std::unique_ptr<core::RulesEngine> m_engine;
};

} // namespace meso::clinic

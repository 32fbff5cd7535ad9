#include "assessmentservice.h"

#include "catalogservice.h"
#include "clinicprofile.h"
#include "permissions.h"

#include "store/billingrepository.h"
#include "store/sessionrepository.h"
#include "store/settingsrepository.h"

namespace meso::clinic {

AssessmentService::AssessmentService(const store::Database &db)
    : m_db(db), m_catalog(std::make_unique<CatalogService>(db))
{
}

AssessmentService::~AssessmentService() = default;

const core::RulesEngine &AssessmentService::engine(const ActingUser &user)
{
    const auto catalog = m_catalog->current(user);
    // The clinic's prices, read each time (a few rows): another workstation may have changed them.
    std::map<std::string, qint64> prices;
    for (const records::PriceRecord &p : store::BillingRepository(m_db).prices())
        prices[p.protocol.toStdString()] = p.sessionCents;
    const std::string currency =
        store::SettingsRepository(m_db).value(ClinicProfileService::currencyKey()).toStdString();
    if (catalog != m_importedCatalog || prices != m_prices || currency != m_currency || !m_engine) {
        std::shared_ptr<const core::Catalog> priced = catalog;
        const bool foreign = !currency.empty() && currency != catalog->currency;
        if (!prices.empty() || foreign) {
            auto copy = std::make_shared<core::Catalog>(*catalog);
            for (core::Protocol &p : copy->protocols) {
                if (const auto it = prices.find(p.id); it != prices.end())
                    p.priceCents = it->second;
                else if (foreign)
                    p.priceCents = -1; // the catalog's amount is in another currency
            }
            if (foreign)
                copy->currency = currency;
            priced = std::move(copy);
        }
        m_engine = std::make_unique<core::RulesEngine>(priced);
        m_engineCatalog = std::move(priced);
        m_importedCatalog = catalog;
        m_prices = std::move(prices);
        m_currency = currency;
    }
    return *m_engine;
}

std::shared_ptr<const core::Catalog> AssessmentService::catalog(const ActingUser &user)
{
    engine(user);
    return m_engineCatalog;
}

std::shared_ptr<const core::Catalog> AssessmentService::importedCatalog(const ActingUser &user)
{
    engine(user);
    return m_importedCatalog;
}

core::AssessOptions AssessmentService::options(const std::string &lang, qint64 patientId) const
{
    core::AssessOptions o(lang);
    o.country =
        store::SettingsRepository(m_db).value(ClinicProfileService::countryKey()).toStdString();
    if (patientId != 0) {
        for (const records::AdverseEventRecord &e :
             store::SessionRepository(m_db).eventsOfPatient(patientId)) {
            if (e.open())
                o.openAdverseEvents.push_back(e.risk.toStdString());
        }
    }
    return o;
}

core::Assessment AssessmentService::assess(const ActingUser &user, const nlohmann::json &intake,
                                           const core::AssessOptions &options)
{
    Permissions::require(user, Action::Assess);
    const core::RulesEngine &e = engine(user);
    return e.assess(core::parseIntake(intake, e.catalog()), options);
}

core::Assessment AssessmentService::assess(const ActingUser &user, const nlohmann::json &intake,
                                           const std::string &lang)
{
    return assess(user, intake, options(lang));
}

} // namespace meso::clinic

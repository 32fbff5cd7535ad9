#include "assessmentservice.h"

#include "catalogservice.h"
#include "permissions.h"

namespace meso::clinic {

AssessmentService::AssessmentService(const store::Database &db)
    : m_catalog(std::make_unique<CatalogService>(db))
{
}

AssessmentService::~AssessmentService() = default;

const core::RulesEngine &AssessmentService::engine(const ActingUser &user)
{
    const auto catalog = m_catalog->current(user);
    if (catalog != m_engineCatalog) {
        m_engine = std::make_unique<core::RulesEngine>(catalog);
        m_engineCatalog = catalog;
    }
    return *m_engine;
}

std::shared_ptr<const core::Catalog> AssessmentService::catalog(const ActingUser &user)
{
    engine(user);
    return m_engineCatalog;
}

core::Assessment AssessmentService::assess(const ActingUser &user, const nlohmann::json &intake,
                                           const std::string &lang)
{
    Permissions::require(user, Action::Assess);
    const core::RulesEngine &e = engine(user);
    return e.assess(core::parseIntake(intake, e.catalog()), lang);
}

} // namespace meso::clinic

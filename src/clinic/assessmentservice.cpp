#include "assessmentservice.h"

#include "catalogservice.h"
#include "clinicprofile.h"
#include "permissions.h"

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

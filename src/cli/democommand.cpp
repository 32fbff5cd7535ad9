#include "democommand.h"

#include "output.h"
#include "session.h"

#include "clinic/clinicdatabase.h"
#include "clinic/demogenerator.h"
#include "clinic/services.h"

#include <nlohmann/json.hpp>

#include <string>

namespace meso::cli {

int runDemoCommand(const CliArgs &args)
{
    args.allowOnly({QStringLiteral("patients"), QStringLiteral("years"), QStringLiteral("seed"),
                    QStringLiteral("until"), QStringLiteral("lot-weeks")});
    if (args.words.size() != 2 || args.words.value(1) != QLatin1String("generate"))
        throw UsageError(QStringLiteral(
            "demo: expected \"demo generate --patients N --years Y [--seed S] [--until DATE] "
            "[--lot-weeks W]\""));
    if (!args.hasOption(QStringLiteral("patients")) || !args.hasOption(QStringLiteral("years")))
        throw UsageError(QStringLiteral("demo generate: expected --patients N and --years Y"));
    clinic::GenerateOptions options;
    options.patients = static_cast<int>(args.number(QStringLiteral("patients")));
    options.years = static_cast<int>(args.number(QStringLiteral("years")));
    if (args.hasOption(QStringLiteral("seed")))
        options.seed = static_cast<std::uint32_t>(args.number(QStringLiteral("seed")));
    if (args.hasOption(QStringLiteral("lot-weeks")))
        options.lotWeeks = static_cast<int>(args.number(QStringLiteral("lot-weeks")));
    if (args.hasOption(QStringLiteral("until")))
        options.until = args.date(QStringLiteral("until"));
    auto db = clinic::openClinicDatabase(clinic::resolveDatabaseLocation(args.db));
    clinic::Services services(*db);
    // A new database has no administrator yet: MesoPlan itself sets the generated clinic up.
    const clinic::ActingUser admin =
        services.users.needsFirstAdmin() ? clinic::ActingUser::system(*db) : signIn(args, *db);
    const clinic::GeneratedClinic made =
        clinic::DemoGenerator(services).generate(admin, options, countingProgressBar("patients"));
    printJson({{"seed", options.seed},
               {"until", options.until.toString(Qt::ISODate).toStdString()},
               {"practitioners", made.practitioners},
               {"rooms", made.rooms},
               {"patients", made.patients},
               {"consultations", made.consultations},
               {"plans", made.plans},
               {"approved_plans", made.approvedPlans},
               {"appointments", made.appointments},
               {"cancelled", made.cancelled},
               {"no_shows", made.noShows},
               {"sessions", made.sessions},
               {"not_performed", made.notPerformed},
               {"product_lines", made.productLines},
               {"products", made.products},
               {"lots", made.lots},
               {"adverse_events", made.adverseEvents},
               {"audit_rows", made.auditRows}});
    return Ok;
}

} // namespace meso::cli

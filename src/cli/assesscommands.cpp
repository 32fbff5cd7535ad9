#include "assesscommands.h"

#include "output.h"

#include "clinic/actinguser.h"
#include "clinic/assessmentservice.h"
#include "clinic/clinicdatabase.h"
#include "clinic/clinicprofile.h"
#include "clinic/validationerror.h"
#include "core/intake.h"
#include "core/jsonlogic.h"

#include <fstream>
#include <iostream>
#include <optional>

namespace meso::cli {

int runAssessCommand(const CliArgs &args)
{
    const QString command = args.words.value(0);
    args.allowOnly({QStringLiteral("intake"), QStringLiteral("country")});
    if (args.words.size() != 1 || !args.hasOption(QStringLiteral("intake")))
        throw UsageError(
            QStringLiteral("%1: expected --intake FILE (or - for standard input) [--country CC]")
                .arg(command));
    // Where the treatment would take place: the clinic's country unless given.
    std::optional<QString> country;
    if (args.hasOption(QStringLiteral("country"))) {
        try {
            country = clinic::ClinicProfileService::checkedCountry(
                args.option(QStringLiteral("country")));
        } catch (const clinic::ValidationError &e) {
            throw clinic::ValidationError(QStringLiteral("--country"), e.message());
        }
        if (country->isEmpty())
            throw clinic::ValidationError(
                QStringLiteral("--country"),
                QStringLiteral("expected a two-letter country code such as FR"));
    }
    // Unparsable input is refused before the database is opened.
    const nlohmann::json intake = core::parseIntakeJson(
        readInput(args.option(QStringLiteral("intake")), QStringLiteral("intake")));
    auto db = clinic::openClinicDatabase(clinic::resolveDatabaseLocation(args.db));
    // Screening a file stores and reads no patient data: MesoPlan itself acts, no sign-in.
    const auto user = clinic::ActingUser::system(*db);
    clinic::AssessmentService service(*db);
    core::AssessOptions options = service.options(args.lang.toStdString());
    if (country)
        options.country = country->toStdString();
    const core::Assessment a = service.assess(user, intake, options);
    const core::RulesEngine &engine = service.engine(user);
    printJson(command == QLatin1String("plan") ? engine.planJson(a) : engine.screenJson(a));
    return Ok;
}

int runLogicCommand(const CliArgs &args)
{
    args.allowOnly({});
    if (args.words.size() > 2)
        throw UsageError(
            QStringLiteral("logic: expected at most one FILE (default: standard input)"));
    const QString path = args.words.value(1, QStringLiteral("-"));
    std::ifstream file;
    if (path != QLatin1String("-")) {
        file.open(path.toStdString());
        if (!file)
            throw UsageError(QStringLiteral("logic: cannot read %1").arg(path));
    }
    std::istream &in = path == QLatin1String("-") ? std::cin : file;
    std::string line;
    std::string out;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (line.find_first_not_of(" \t") == std::string::npos)
            continue;
        try {
            nlohmann::ordered_json doc;
            std::string error;
            if (!core::parseJsonText(line, doc, error))
                throw std::runtime_error(error);
            if (!doc.is_object() || !doc.contains("rule"))
                throw std::runtime_error("expected {\"rule\": ..., \"data\": ...}");
            const core::Logic logic = core::Logic::compile(doc["rule"], core::Logic::Mode::Lenient);
            const core::Value data =
                doc.contains("data") ? core::Value::fromJson(doc["data"]) : core::Value::null();
            out = core::js::stringify(logic.evaluate(data));
        } catch (const std::exception &e) {
            nlohmann::ordered_json err;
            err["error"] = e.what();
            out = err.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        }
        std::cout << out << '\n';
    }
    std::cout.flush();
    return Ok;
}

} // namespace meso::cli

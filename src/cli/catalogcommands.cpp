#include "catalogcommands.h"

#include "output.h"
#include "session.h"

#include "clinic/userservice.h"

#include "clinic/actinguser.h"
#include "clinic/catalogservice.h"
#include "clinic/clinicdatabase.h"

#include <nlohmann/json.hpp>

#include <iostream>

namespace meso::cli {

namespace {

nlohmann::ordered_json summaryJson(const clinic::CatalogSummary &s)
{
    nlohmann::ordered_json j;
    j["version"] = s.version.toStdString();
    j["edition"] = s.edition.toStdString();
    j["currency"] = s.currency.toStdString();
    if (s.importedAt.isValid())
        j["imported_at"] = s.importedAt.toUTC().toString(Qt::ISODate).toStdString();
    nlohmann::ordered_json counts = nlohmann::ordered_json::object();
    for (const auto &[what, n] : s.counts)
        counts[what.toStdString()] = n;
    j["counts"] = counts;
    return j;
}

} // namespace

int runCatalogCommand(const CliArgs &args)
{
    args.allowOnly({});
    const QString verb = args.words.value(1);
    if (verb == QLatin1String("import")) {
        if (args.words.size() != 3)
            throw UsageError(QStringLiteral(
                "catalog import: expected one PATH (a folder of catalog .json files)"));
        // Validate everything before the database is even opened: a bad catalog leaves it
        // byte-identical.
        const core::CatalogParseResult parsed =
            clinic::CatalogService::readDirectory(args.words.at(2));
        if (!parsed.catalog) {
            for (const auto &p : parsed.problems)
                printErrorLine(p.toString());
            return BadInput;
        }
        auto db = clinic::openClinicDatabase(clinic::resolveDatabaseLocation(args.db));
        clinic::CatalogService service(*db);
        // An administrator imports; before the first one exists (set-up), MesoPlan itself does.
        const auto user = clinic::UserService(*db).needsFirstAdmin()
                              ? clinic::ActingUser::system(*db)
                              : signIn(args, *db);
        service.replace(user, *parsed.catalog);
        nlohmann::ordered_json out;
        out["imported"] = true;
        out.update(summaryJson(service.summary(user)));
        printJson(out);
        return Ok;
    }
    if (verb == QLatin1String("export")) {
        if (args.words.size() != 3)
            throw UsageError(QStringLiteral("catalog export: expected one DIR"));
        auto db = clinic::openClinicDatabase(clinic::resolveDatabaseLocation(args.db));
        clinic::CatalogService service(*db);
        const auto user = clinic::ActingUser::system(*db); // the catalog is not patient data
        service.exportTo(user, args.words.at(2));
        nlohmann::ordered_json out;
        out["exported"] = args.words.at(2).toStdString();
        out["version"] = service.summary(user).version.toStdString();
        printJson(out);
        return Ok;
    }
    if (verb == QLatin1String("show")) {
        if (args.words.size() != 2)
            throw UsageError(QStringLiteral("catalog show: takes no arguments"));
        auto db = clinic::openClinicDatabase(clinic::resolveDatabaseLocation(args.db));
        clinic::CatalogService service(*db);
        printJson(summaryJson(service.summary(clinic::ActingUser::system(*db))));
        return Ok;
    }
    throw UsageError(
        QStringLiteral("catalog: expected import, export or show, got \"%1\"").arg(verb));
}

} // namespace meso::cli

#include "reportcommands.h"

#include "output.h"
#include "session.h"

#include "clinic/clinicdatabase.h"
#include "clinic/services.h"
#include "records/strings.h"

namespace meso::cli {

using records::ss;

int runReportCommand(const CliArgs &args)
{
    args.allowOnly({QStringLiteral("from"), QStringLiteral("to")});
    if (args.words.size() != 2 || args.words.value(1) != QLatin1String("activity"))
        throw UsageError(
            QStringLiteral("report: expected \"report activity --from DATE --to DATE\""));
    if (!args.hasOption(QStringLiteral("from")) || !args.hasOption(QStringLiteral("to")))
        throw UsageError(QStringLiteral("report activity: expected --from DATE and --to DATE"));
    const QDate from = args.date(QStringLiteral("from"));
    const QDate to = args.date(QStringLiteral("to"));
    auto db = clinic::openClinicDatabase(clinic::resolveDatabaseLocation(args.db));
    const auto user = signIn(args, *db);
    clinic::Services services(*db);
    const clinic::ActivityReport report = services.reports.activity(user, from, to);

    const auto counts = [](const records::ActivityRow &r, nlohmann::ordered_json &o) {
        o["appointments"] = r.appointments;
        o["completed"] = r.completed;
        o["cancelled"] = r.cancelled;
        o["no_shows"] = r.noShows;
    };
    nlohmann::ordered_json out;
    out["from"] = ss(report.from.toString(Qt::ISODate));
    out["to"] = ss(report.to.toString(Qt::ISODate));
    out["weeks"] = nlohmann::ordered_json::array();
    for (const records::ActivityRow &r : report.rows) {
        nlohmann::ordered_json o;
        o["week"] = ss(r.week.toString(Qt::ISODate));
        o["practitioner"] = {{"id", r.practitionerId}, {"name", ss(r.practitioner)}};
        o["room"] = {{"id", r.roomId}, {"name", ss(r.room)}};
        counts(r, o);
        out["weeks"].push_back(std::move(o));
    }
    nlohmann::ordered_json total;
    counts(report.total, total);
    total["cancellation_rate"] = report.cancellationRate();
    total["no_show_rate"] = report.noShowRate();
    out["total"] = std::move(total);
    printJson(out);
    return Ok;
}

} // namespace meso::cli

#include "reportcommands.h"

#include "output.h"
#include "session.h"

#include "clinic/clinicdatabase.h"
#include "clinic/services.h"
#include "records/strings.h"

namespace meso::cli {

using records::ss;

namespace {

nlohmann::ordered_json period(const QDate &from, const QDate &to)
{
    nlohmann::ordered_json out;
    out["from"] = ss(from.toString(Qt::ISODate));
    out["to"] = ss(to.toString(Qt::ISODate));
    return out;
}

nlohmann::ordered_json activityJson(const clinic::ActivityReport &report)
{
    const auto counts = [](const records::ActivityRow &r, nlohmann::ordered_json &o) {
        o["appointments"] = r.appointments;
        o["completed"] = r.completed;
        o["cancelled"] = r.cancelled;
        o["no_shows"] = r.noShows;
        o["booked_minutes"] = r.bookedMinutes;
    };
    const auto occupancy = [](const std::vector<clinic::Occupancy> &list, const char *who) {
        auto out = nlohmann::ordered_json::array();
        for (const clinic::Occupancy &o : list) {
            out.push_back({{"week", ss(o.week.toString(Qt::ISODate))},
                           {who, {{"id", o.id}, {"name", ss(o.name)}}},
                           {"booked_minutes", o.bookedMinutes},
                           {"available_minutes", o.availableMinutes},
                           {"occupancy", o.rate()}});
        }
        return out;
    };
    nlohmann::ordered_json out = period(report.from, report.to);
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
    out["occupancy"] = {{"practitioners", occupancy(report.practitioners, "practitioner")},
                        {"rooms", occupancy(report.rooms, "room")}};
    return out;
}

nlohmann::ordered_json coursesJson(const clinic::CoursesReport &report)
{
    const auto figures = [](const clinic::CourseFigures &f, nlohmann::ordered_json &o) {
        o["started"] = f.started;
        o["completed"] = f.completed;
        o["abandoned"] = f.abandoned;
        o["sessions"] = f.sessions;
        o["adverse_events"] = f.adverseEvents;
        o["adverse_events_per_100_sessions"] = f.adverseEventsPer100();
    };
    nlohmann::ordered_json out = period(report.from, report.to);
    out["protocols"] = nlohmann::ordered_json::array();
    for (const clinic::CourseFigures &f : report.rows) {
        nlohmann::ordered_json o;
        o["protocol"] = {{"id", ss(f.protocol)}, {"name", ss(f.protocolName)}};
        figures(f, o);
        out["protocols"].push_back(std::move(o));
    }
    nlohmann::ordered_json total;
    figures(report.total, total);
    out["total"] = std::move(total);
    return out;
}

nlohmann::ordered_json quotesJson(const clinic::QuotesReport &report)
{
    nlohmann::ordered_json out = period(report.from, report.to);
    out["currency"] = ss(report.currency);
    out["months"] = nlohmann::ordered_json::array();
    for (const clinic::QuoteMonth &m : report.months) {
        out["months"].push_back({{"month", ss(m.month.toString(QStringLiteral("yyyy-MM")))},
                                 {"quotes", m.quotes},
                                 {"value_cents", m.cents}});
    }
    out["total"] = {{"quotes", report.total.quotes}, {"value_cents", report.total.cents}};
    return out;
}

} // namespace

int runReportCommand(const CliArgs &args)
{
    args.allowOnly({QStringLiteral("from"), QStringLiteral("to")});
    const QString what = args.words.value(1);
    if (args.words.size() != 2 || !QStringList{QStringLiteral("activity"),
                                               QStringLiteral("courses"), QStringLiteral("quotes")}
                                       .contains(what))
        throw UsageError(QStringLiteral(
            "report: expected \"report activity|courses|quotes --from DATE --to DATE\""));
    if (!args.hasOption(QStringLiteral("from")) || !args.hasOption(QStringLiteral("to")))
        throw UsageError(QStringLiteral("report %1: expected --from DATE and --to DATE").arg(what));
    const QDate from = args.date(QStringLiteral("from"));
    const QDate to = args.date(QStringLiteral("to"));
    auto db = clinic::openClinicDatabase(clinic::resolveDatabaseLocation(args.db));
    const auto user = signIn(args, *db);
    clinic::Services services(*db);
    if (what == QLatin1String("activity"))
        printJson(activityJson(services.reports.activity(user, from, to)));
    else if (what == QLatin1String("courses"))
        printJson(coursesJson(services.reports.courses(user, from, to, args.lang.toStdString())));
    else
        printJson(quotesJson(services.reports.quotes(user, from, to)));
    return Ok;
}

} // namespace meso::cli

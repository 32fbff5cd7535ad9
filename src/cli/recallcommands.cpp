#include "recallcommands.h"

#include "output.h"
#include "session.h"

#include "clinic/clinicdatabase.h"
#include "clinic/services.h"
#include "records/strings.h"

namespace meso::cli {

using records::ss;

namespace {

int list(const CliArgs &args)
{
    args.allowOnly({QStringLiteral("due-before"), QStringLiteral("due-from")});
    if (!args.hasOption(QStringLiteral("due-before")))
        throw UsageError(QStringLiteral("recall list: expected --due-before DATE"));
    const QDate dueBefore = args.date(QStringLiteral("due-before"));
    const QDate dueFrom = args.hasOption(QStringLiteral("due-from"))
                              ? args.date(QStringLiteral("due-from"))
                              : QDate();
    auto db = clinic::openClinicDatabase(clinic::resolveDatabaseLocation(args.db));
    const auto user = signIn(args, *db);
    clinic::Services services(*db);
    const std::vector<clinic::Recall> recalls =
        services.recalls.due(user, dueFrom, dueBefore, args.lang.toStdString());
    nlohmann::ordered_json out;
    out["due_from"] = dueFrom.isValid() ? nlohmann::ordered_json(ss(dueFrom.toString(Qt::ISODate)))
                                        : nlohmann::ordered_json();
    out["due_before"] = ss(dueBefore.toString(Qt::ISODate));
    out["recalls"] = nlohmann::ordered_json::array();
    for (const clinic::Recall &r : recalls) {
        const records::RecallRow &row = r.row;
        nlohmann::ordered_json o;
        o["consultation"] = row.consultationId;
        o["request"] = row.requestIndex;
        o["patient"] = {{"id", row.patientId},
                        {"family_name", ss(row.familyName)},
                        {"given_names", ss(row.givenNames)},
                        {"phone", ss(row.phone)},
                        {"email", ss(row.email)}};
        o["protocol"] = {{"id", ss(row.protocol)}, {"name", ss(r.protocolName)}};
        o["kind"] = ss(row.kind);
        o["sessions_done"] = row.sessionsDone;
        o["sessions_planned"] = row.sessionsPlanned;
        o["last_session"] = ss(row.lastSession.toString(Qt::ISODate));
        o["due"] = ss(row.due.toString(Qt::ISODate));
        if (row.mark.isEmpty()) {
            o["mark"] = nullptr;
        } else {
            o["mark"] = {{"status", ss(row.mark)},
                         {"on", ss(row.markedOn.toString(Qt::ISODate))},
                         {"note", ss(row.note)}};
        }
        out["recalls"].push_back(std::move(o));
    }
    printJson(out);
    return Ok;
}

int mark(const CliArgs &args)
{
    args.allowOnly({QStringLiteral("consultation"), QStringLiteral("request"),
                    QStringLiteral("status"), QStringLiteral("date"), QStringLiteral("note")});
    for (const char *needed : {"consultation", "status", "date"}) {
        if (!args.hasOption(QString::fromLatin1(needed)))
            throw UsageError(
                QStringLiteral("recall mark: expected --%1").arg(QLatin1String(needed)));
    }
    const qint64 consultation = args.number(QStringLiteral("consultation"));
    const qint64 request =
        args.hasOption(QStringLiteral("request")) ? args.number(QStringLiteral("request")) : 0;
    const QDate on = args.date(QStringLiteral("date"));
    auto db = clinic::openClinicDatabase(clinic::resolveDatabaseLocation(args.db));
    const auto user = signIn(args, *db);
    clinic::Services services(*db);
    services.recalls.mark(user, consultation, static_cast<int>(request),
                          args.option(QStringLiteral("status")), on,
                          args.option(QStringLiteral("note")));
    nlohmann::ordered_json out;
    out["consultation"] = consultation;
    out["request"] = request;
    out["status"] = ss(args.option(QStringLiteral("status")));
    out["on"] = ss(on.toString(Qt::ISODate));
    printJson(out);
    return Ok;
}

} // namespace

int runRecallCommand(const CliArgs &args)
{
    const QString what = args.words.value(1);
    if (args.words.size() == 2 && what == QLatin1String("list"))
        return list(args);
    if (args.words.size() == 2 && what == QLatin1String("mark"))
        return mark(args);
    throw UsageError(QStringLiteral("recall: expected \"recall list --due-before DATE\" or "
                                    "\"recall mark --consultation ID --status S --date DATE\""));
}

} // namespace meso::cli

#include "remindercommands.h"

#include "output.h"
#include "session.h"

#include "clinic/clinicdatabase.h"
#include "clinic/clinictime.h"
#include "clinic/services.h"
#include "records/strings.h"

#include <iostream>

namespace meso::cli {

using records::ss;

namespace {

int list(const CliArgs &args)
{
    args.allowOnly({QStringLiteral("date"), QStringLiteral("csv")});
    if (!args.hasOption(QStringLiteral("date")))
        throw UsageError(QStringLiteral("reminder list: expected --date DATE [--csv]"));
    const QDate day = args.date(QStringLiteral("date"));
    auto db = clinic::openClinicDatabase(clinic::resolveDatabaseLocation(args.db));
    const auto user = signIn(args, *db);
    clinic::Services services(*db);
    if (args.hasOption(QStringLiteral("csv"))) {
        std::cout << services.reminders.exportCsv(user, day).toStdString();
        return Ok;
    }
    const clinic::DayReminders reminders = services.reminders.forDay(user, day);
    nlohmann::ordered_json out;
    out["date"] = ss(day.toString(Qt::ISODate));
    out["without_consent"] = reminders.withoutConsent;
    out["reminders"] = nlohmann::ordered_json::array();
    for (const clinic::Reminder &r : reminders.reminders) {
        nlohmann::ordered_json o;
        o["appointment"] = r.row.appointmentId;
        o["starts_at"] =
            ss(clinic::toDateTime(r.row.start).toString(QStringLiteral("yyyy-MM-ddTHH:mm")));
        o["patient"] = {{"id", r.row.patientId},
                        {"family_name", ss(r.row.familyName)},
                        {"given_names", ss(r.row.givenNames)},
                        {"phone", ss(r.row.phone)},
                        {"email", ss(r.row.email)}};
        o["language"] = ss(r.language);
        o["practitioner"] = ss(r.row.practitioner);
        o["protocol"] = {{"id", ss(r.row.protocol)}, {"name", ss(r.protocolName)}};
        o["session"] = r.row.sessionIndex + 1;
        o["sessions"] = r.row.sessions;
        nlohmann::ordered_json instructions = nlohmann::ordered_json::array();
        for (const QString &item : r.instructions)
            instructions.push_back(ss(item));
        o["instructions"] = std::move(instructions);
        o["message"] = ss(r.message);
        out["reminders"].push_back(std::move(o));
    }
    printJson(out);
    return Ok;
}

} // namespace

int runReminderCommand(const CliArgs &args)
{
    if (args.words.size() == 2 && args.words.value(1) == QLatin1String("list"))
        return list(args);
    throw UsageError(QStringLiteral("reminder: expected \"reminder list --date DATE [--csv]\""));
}

} // namespace meso::cli

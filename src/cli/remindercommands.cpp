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

// Sends the day's reminder e-mails through the clinic's mail server; the report on stdout.
int email(const CliArgs &args)
{
    args.allowOnly({QStringLiteral("date")});
    if (!args.hasOption(QStringLiteral("date")))
        throw UsageError(QStringLiteral("reminder email: expected --date DATE"));
    const QDate day = args.date(QStringLiteral("date"));
    auto db = clinic::openClinicDatabase(clinic::resolveDatabaseLocation(args.db));
    const auto user = signIn(args, *db);
    clinic::Services services(*db);
    const clinic::MailBatch batch = services.reminders.prepareEmails(user, day);
    // Asked only when there is something to send.
    const QString password =
        batch.mails.empty() ? QString() : smtpPassword(batch.settings.host, batch.settings.user);
    clinic::SmtpSession smtp(batch.settings, password);
    size_t sent = 0;
    nlohmann::ordered_json failed = nlohmann::ordered_json::array();
    for (size_t i = 0; i < batch.mails.size(); ++i) {
        const auto &[reminder, message] = batch.mails[i];
        const QString error = smtp.send(message);
        if (error.isEmpty()) {
            services.reminders.recordEmailed(user, batch, {i}); // at once: never sent twice
            ++sent;
            continue;
        }
        failed.push_back({{"appointment", reminder.row.appointmentId},
                          {"patient", reminder.row.patientId},
                          {"email", ss(reminder.row.email)},
                          {"error", ss(error)}});
        if (smtp.lastFailureStopsAll()) // the next ones would fail alike: stop here
            break;
    }
    nlohmann::ordered_json out;
    out["date"] = ss(day.toString(Qt::ISODate));
    out["sent"] = sent;
    out["not_attempted"] = batch.mails.size() - sent - failed.size();
    out["already_sent"] = batch.alreadySent;
    out["without_email"] = batch.withoutEmail;
    out["without_consent"] = batch.withoutConsent;
    out["failed"] = failed;
    printJson(out);
    return failed.empty() ? Ok : Internal;
}

} // namespace

int runReminderCommand(const CliArgs &args)
{
    if (args.words.size() == 2 && args.words.value(1) == QLatin1String("list"))
        return list(args);
    if (args.words.size() == 2 && args.words.value(1) == QLatin1String("email"))
        return email(args);
    throw UsageError(QStringLiteral("reminder: expected \"reminder list --date DATE [--csv]\" or "
                                    "\"reminder email --date DATE\""));
}

} // namespace meso::cli

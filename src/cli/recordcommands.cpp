#include "recordcommands.h"

#include "output.h"
#include "session.h"

#include "clinic/clinicdatabase.h"
#include "clinic/services.h"
#include "clinic/validationerror.h"
#include "core/intake.h"
#include "records/consultationrecord.h"
#include "records/patientrecord.h"
#include "records/planrecord.h"
#include "records/strings.h"

namespace meso::cli {

namespace {

using records::ss;

QString text(const nlohmann::json &j, const char *key)
{
    return j.contains(key) && j[key].is_string() ? QString::fromStdString(j[key].get<std::string>())
                                                 : QString();
}

int patientAdd(clinic::Services &s, const clinic::ActingUser &user, const CliArgs &args)
{
    args.allowOnly({QStringLiteral("json")});
    if (!args.hasOption(QStringLiteral("json")))
        throw UsageError(
            QStringLiteral("patient add: expected --json FILE (or - for standard input)"));
    const auto j = nlohmann::json::parse(
        readInput(args.option(QStringLiteral("json")), QStringLiteral("patient")), nullptr, false);
    if (!j.is_object())
        throw clinic::ValidationError(QStringLiteral("patient"),
                                      QStringLiteral("expected a JSON object"));
    for (const auto &[key, value] : j.items()) {
        static const std::vector<std::string> known{
            "family_name", "given_names",         "birth_date", "sex",   "phone",
            "email",       "reminder_consent_on", "language",   "notes", "address"};
        if (std::find(known.begin(), known.end(), key) == known.end())
            throw clinic::ValidationError(
                QStringLiteral("patient.%1").arg(QString::fromStdString(key)),
                QStringLiteral(
                    "unknown field (expected one of family_name, given_names, "
                    "birth_date, sex, phone, email, reminder_consent_on, language, notes, "
                    "address)"));
        if (!value.is_string())
            throw clinic::ValidationError(
                QStringLiteral("patient.%1").arg(QString::fromStdString(key)),
                QStringLiteral("expected a string"));
    }
    records::PatientRecord p;
    p.familyName = text(j, "family_name");
    p.givenNames = text(j, "given_names");
    const QString birth = text(j, "birth_date");
    p.birthDate = QDate::fromString(birth, Qt::ISODate);
    if (!birth.isEmpty() && !p.birthDate.isValid())
        throw clinic::ValidationError(QStringLiteral("patient.birth_date"),
                                      QStringLiteral("expected YYYY-MM-DD, got \"%1\"").arg(birth));
    p.sex = text(j, "sex");
    p.phone = text(j, "phone");
    p.email = text(j, "email");
    const QString consent = text(j, "reminder_consent_on");
    p.reminderConsentOn = QDate::fromString(consent, Qt::ISODate);
    if (!consent.isEmpty() && !p.reminderConsentOn.isValid())
        throw clinic::ValidationError(
            QStringLiteral("patient.reminder_consent_on"),
            QStringLiteral("expected YYYY-MM-DD, got \"%1\"").arg(consent));
    p.language = text(j, "language");
    p.notes = text(j, "notes");
    p.address = text(j, "address");
    nlohmann::ordered_json out;
    out["id"] = s.patients.create(user, p);
    printJson(out);
    return Ok;
}

int consultationAdd(clinic::Services &s, const clinic::ActingUser &user, const CliArgs &args)
{
    args.allowOnly({QStringLiteral("patient"), QStringLiteral("intake"), QStringLiteral("sign")});
    if (!args.hasOption(QStringLiteral("patient")) || !args.hasOption(QStringLiteral("intake")))
        throw UsageError(
            QStringLiteral("consultation add: expected --patient ID --intake FILE [--sign]"));
    records::ConsultationRecord c;
    c.patientId = args.number(QStringLiteral("patient"));
    if (!s.patients.find(user, c.patientId))
        throw clinic::ValidationError(QStringLiteral("patient"),
                                      QStringLiteral("no patient with id %1").arg(c.patientId));
    const std::string intake =
        readInput(args.option(QStringLiteral("intake")), QStringLiteral("intake"));
    // The core's one reader: a draft may have no request yet; every value it has is checked.
    const core::Intake parsed = core::parseIntake(
        core::parseIntakeJson(intake), *s.assessments.catalog(user), core::IntakeCheck::Draft);
    c.date = QDate(parsed.date.year, parsed.date.month, parsed.date.day);
    c.intake = QString::fromStdString(core::toJson(parsed).dump());
    // Saved, or saved and signed, as the GUI's Save and Sign: one call each, so an intake that
    // cannot be signed leaves nothing behind.
    const records::ConsultationRecord saved = args.hasOption(QStringLiteral("sign"))
                                                  ? s.consultations.sign(user, c)
                                                  : s.consultations.saveDraft(user, c);
    nlohmann::ordered_json out;
    out["id"] = saved.id;
    out["status"] = ss(saved.status);
    printJson(out);
    return Ok;
}

// --override RULE[@SUBJECT]=REASON[:COMMENT]
records::PlanOverride overrideOf(const QString &spec)
{
    const qsizetype eq = spec.indexOf(QLatin1Char('='));
    if (eq <= 0)
        throw UsageError(
            QStringLiteral("--override: expected RULE[@SUBJECT]=REASON[:COMMENT], got \"%1\"")
                .arg(spec));
    const QString finding = spec.left(eq), reason = spec.mid(eq + 1);
    records::PlanOverride o;
    o.ruleId = finding.section(QLatin1Char('@'), 0, 0);
    o.subject = finding.section(QLatin1Char('@'), 1);
    o.reason = reason.section(QLatin1Char(':'), 0, 0);
    o.comment = reason.section(QLatin1Char(':'), 1);
    return o;
}

int planApprove(clinic::Services &s, const clinic::ActingUser &user, const CliArgs &args)
{
    args.allowOnly({QStringLiteral("consultation"), QStringLiteral("request"),
                    QStringLiteral("protocol"), QStringLiteral("sessions"),
                    QStringLiteral("interval"), QStringLiteral("reason"),
                    QStringLiteral("override"), QStringLiteral("consent")});
    if (!args.hasOption(QStringLiteral("consultation")))
        throw UsageError(
            QStringLiteral("plan approve: expected --consultation ID [--request N] ..."));
    const qint64 consultation = args.number(QStringLiteral("consultation"));
    const int request = args.hasOption(QStringLiteral("request"))
                            ? static_cast<int>(args.number(QStringLiteral("request")))
                            : 0;
    records::PlanRecord p = s.plans.current(user, consultation, request).record;
    if (p.id != 0 && !p.isDraft())
        throw clinic::ConflictError(
            QStringLiteral("plan"),
            QStringLiteral("version %1 is %2; revise it in the GUI").arg(p.version).arg(p.status));
    if (args.hasOption(QStringLiteral("protocol")))
        p = s.plans.withProtocol(user, p, args.option(QStringLiteral("protocol")));
    if (args.hasOption(QStringLiteral("sessions")))
        p.sessions = static_cast<int>(args.number(QStringLiteral("sessions")));
    if (args.hasOption(QStringLiteral("interval")))
        p.intervalDays = static_cast<int>(args.number(QStringLiteral("interval")));
    if (args.hasOption(QStringLiteral("reason")))
        p.deviationReason = args.option(QStringLiteral("reason"));
    // Saving the choices, the overrides, approving and the consent: one action, all or nothing.
    clinic::PlanService::Approval approval;
    approval.plan = p;
    for (const QString &spec : args.values(QStringLiteral("override")))
        approval.overrides.push_back(overrideOf(spec));
    if (args.hasOption(QStringLiteral("consent"))) {
        approval.consentDate = QDate::currentDate();
        approval.consentMethod = args.option(QStringLiteral("consent"));
    }
    const records::PlanRecord approved = s.plans.approve(user, approval).record;
    nlohmann::ordered_json out;
    out["plan"] = approved.id;
    out["version"] = approved.version;
    out["status"] = ss(approved.status);
    out["protocol"] = ss(approved.protocol);
    out["sessions"] = approved.sessions;
    out["interval_days"] = approved.intervalDays;
    printJson(out);
    return Ok;
}

// patient import --csv FILE [--map COLUMN=FIELD,...] [--dry-run] [--skip-bad]: `--csv` is a flag
// (as for the exports), so FILE is the command's third word.
int patientImport(clinic::Services &s, const clinic::ActingUser &user, const CliArgs &args)
{
    args.allowOnly({QStringLiteral("csv"), QStringLiteral("map"), QStringLiteral("dry-run"),
                    QStringLiteral("skip-bad")});
    if (!args.hasOption(QStringLiteral("csv")) || args.words.size() != 3)
        throw UsageError(QStringLiteral("patient import: expected --csv FILE (or - for standard "
                                        "input) [--map COLUMN=FIELD,...] [--dry-run] "
                                        "[--skip-bad]"));
    clinic::PatientImportOptions options;
    options.dryRun = args.hasOption(QStringLiteral("dry-run"));
    options.skipBad = args.hasOption(QStringLiteral("skip-bad"));
    for (const QString &map : args.values(QStringLiteral("map"))) {
        for (const QString &pair : map.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const qsizetype equals = pair.lastIndexOf(QLatin1Char('='));
            if (equals <= 0 || equals == pair.size() - 1)
                throw UsageError(
                    QStringLiteral("--map: expected COLUMN=FIELD pairs separated by commas, got "
                                   "\"%1\"")
                        .arg(pair));
            options.columns[pair.left(equals).trimmed()] = pair.mid(equals + 1).trimmed();
        }
    }
    const std::string bytes = readInput(args.words.at(2), QStringLiteral("csv"));
    const clinic::PatientImportReport r = s.patientImport.import(
        user, QByteArray::fromStdString(bytes), options, countingProgressBar("lines"));

    nlohmann::ordered_json out;
    out["encoding"] = ss(r.encoding);
    out["separator"] = std::string(1, r.separator.toLatin1());
    out["columns"] = nlohmann::ordered_json::object();
    for (const auto &[header, field] : r.columns)
        out["columns"][ss(header)] = ss(field);
    out["ignored_columns"] = nlohmann::ordered_json::array();
    for (const QString &header : r.ignoredColumns)
        out["ignored_columns"].push_back(ss(header));
    out["lines"] = r.lines;
    out["dry_run"] = options.dryRun;
    out["written"] = r.written;
    out["imported"] = r.patientIds.size();
    out["problems"] = nlohmann::ordered_json::array();
    for (const auto &p : r.problems)
        out["problems"].push_back(
            {{"line", p.line}, {"field", ss(p.field)}, {"message", ss(p.message)}});
    out["duplicates"] = nlohmann::ordered_json::array();
    for (const auto &d : r.duplicates) {
        nlohmann::ordered_json o = {{"line", d.line},
                                    {"name", ss(d.name)},
                                    {"birth_date", ss(d.birthDate.toString(Qt::ISODate))}};
        if (d.existingId != 0)
            o["existing_patient"] = d.existingId;
        else
            o["same_as_line"] = d.sameAsLine;
        out["duplicates"].push_back(std::move(o));
    }
    out["patients"] = r.patientIds;
    printJson(out);
    if (r.problems.empty() || options.skipBad) // --skip-bad: the bad lines are in the report
        return Ok;
    const auto &first = r.problems.front();
    std::string line = "csv line " + std::to_string(first.line) + ": " + ss(first.field) + ": " +
                       ss(first.message);
    if (r.problems.size() > 1)
        line +=
            " (and " + std::to_string(r.problems.size() - 1) + " more bad lines: see \"problems\")";
    line += "; nothing was imported";
    printErrorLine(line);
    return BadInput;
}

int plansWaiting(clinic::Services &s, const clinic::ActingUser &user, const CliArgs &args)
{
    args.allowOnly({QStringLiteral("waiting")});
    auto out = nlohmann::ordered_json::array();
    for (qint64 id : s.booking.plansWaiting(user)) {
        const clinic::PlanSummary p = s.plans.summary(user, id);
        nlohmann::ordered_json o;
        o["plan"] = id;
        o["patient"] = p.patientId;
        o["protocol"] = ss(p.protocol);
        o["sessions"] = p.sessions;
        o["interval_days"] = p.intervalDays;
        out.push_back(std::move(o));
    }
    printJson(out);
    return Ok;
}

} // namespace

int runRecordCommand(const CliArgs &args)
{
    const QString what = args.words.value(0) + QLatin1Char(' ') + args.words.value(1);
    if (args.words.size() != 2 && what != QLatin1String("patient import"))
        throw UsageError(
            QStringLiteral("%1: unexpected arguments (try --help)").arg(what.trimmed()));
    int (*command)(clinic::Services &, const clinic::ActingUser &, const CliArgs &) = nullptr;
    if (what == QLatin1String("patient add"))
        command = patientAdd;
    else if (what == QLatin1String("patient import"))
        command = patientImport;
    else if (what == QLatin1String("consultation add"))
        command = consultationAdd;
    else if (what == QLatin1String("plan approve"))
        command = planApprove;
    else if (what == QLatin1String("plan waiting"))
        command = plansWaiting;
    else
        throw UsageError(QStringLiteral("unknown command \"%1\" (try --help)").arg(what));
    auto db = clinic::openClinicDatabase(clinic::resolveDatabaseLocation(args.db));
    const auto user = signIn(args, *db);
    clinic::Services services(*db);
    // Every command is one service call, all or nothing in its own transaction.
    return command(services, user, args);
}

} // namespace meso::cli

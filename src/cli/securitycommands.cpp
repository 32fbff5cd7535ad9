#include "securitycommands.h"

#include "output.h"
#include "session.h"

#include "clinic/clinicdatabase.h"
#include "clinic/permissions.h"
#include "clinic/services.h"
#include "clinic/validationerror.h"
#include "records/auditrecords.h"
#include "records/serveraddress.h"
#include "records/storeerror.h"
#include "records/strings.h"
#include "records/userrecord.h"

#include <QBuffer>
#include <QDateTime>
#include <QFileInfo>

#include <iostream>

namespace meso::cli {

namespace {

using Json = nlohmann::ordered_json;

using records::ss;

// A moment as the JSON output gives it: UTC, ISO 8601 with milliseconds.
QString utc(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

std::unique_ptr<clinic::ClinicDatabase> openDatabase(const CliArgs &args)
{
    return clinic::openClinicDatabase(clinic::resolveDatabaseLocation(args.db));
}

records::UserRecord userNamed(clinic::Services &s, const clinic::ActingUser &admin,
                              const QString &username)
{
    for (const records::UserRecord &u : s.users.users(admin)) {
        if (u.username == username)
            return u;
    }
    throw clinic::ValidationError(QStringLiteral("user.username"),
                                  QStringLiteral("no user \"%1\"").arg(username));
}

Json userJson(const records::UserRecord &u)
{
    return {{"id", u.id},
            {"username", ss(u.username)},
            {"display_name", ss(u.displayName)},
            {"role", ss(u.role)},
            {"active", u.active},
            {"password_set", !u.passwordHash.isEmpty()},
            {"last_sign_in", u.lastSignInAt.isValid() ? ss(utc(u.lastSignInAt)) : std::string()}};
}

QDateTime dayStart(const CliArgs &args, const QString &option, int addDays)
{
    if (!args.hasOption(option))
        return {};
    return args.date(option).addDays(addDays).startOfDay();
}

} // namespace

int runUserCommand(const CliArgs &args)
{
    const QString verb = args.words.value(1);
    if (args.words.size() != 2)
        throw UsageError(QStringLiteral("user: expected add, list, password or set (try --help)"));
    auto db = openDatabase(args);
    clinic::Services s(*db);
    if (verb == QLatin1String("add")) {
        args.allowOnly({QStringLiteral("username"), QStringLiteral("name"), QStringLiteral("role"),
                        QStringLiteral("new-password-file")});
        for (const char *required : {"username", "name", "role"}) {
            if (!args.hasOption(QLatin1String(required)))
                throw UsageError(
                    QStringLiteral("user add: expected --%1").arg(QLatin1String(required)));
        }
        records::UserRecord u;
        u.username = args.option(QStringLiteral("username"));
        u.displayName = args.option(QStringLiteral("name"));
        u.role = args.option(QStringLiteral("role"));
        Json out;
        // Set-up: until an administrator exists, the first one is created without signing in.
        if (s.users.needsFirstAdmin()) {
            if (u.role != QLatin1String("admin"))
                throw clinic::PermissionError(
                    QStringLiteral("no administrator yet: the first account is created with "
                                   "--role admin"));
            out["id"] = s.users.createFirstAdmin(u.username, u.displayName, newPassword(args)).id;
        } else {
            const auto admin = signIn(args, *db);
            clinic::Permissions::require(
                admin, clinic::Action::UserManage); // before asking for a password
            out["id"] = s.users.addUser(admin, u, newPassword(args));
        }
        out["username"] = ss(u.username.trimmed());
        out["role"] = ss(u.role);
        printJson(out);
        return Ok;
    }
    const auto user = signIn(args, *db);
    if (verb == QLatin1String("list")) {
        args.allowOnly({});
        Json out = Json::array();
        for (const auto &u : s.users.users(user))
            out.push_back(userJson(u));
        printJson(out);
        return Ok;
    }
    if (verb == QLatin1String("password")) {
        args.allowOnly({QStringLiteral("username"), QStringLiteral("new-password-file")});
        const QString name = args.hasOption(QStringLiteral("username"))
                                 ? args.option(QStringLiteral("username"))
                                 : user.username;
        const qint64 id = name == user.username ? user.id : userNamed(s, user, name).id;
        s.users.setPassword(user, id, newPassword(args));
        printJson(Json{{"username", ss(name)}, {"password_set", true}});
        return Ok;
    }
    if (verb == QLatin1String("set")) {
        args.allowOnly({QStringLiteral("username"), QStringLiteral("name"), QStringLiteral("role"),
                        QStringLiteral("active")});
        if (!args.hasOption(QStringLiteral("username")))
            throw UsageError(QStringLiteral("user set: expected --username"));
        records::UserRecord u = userNamed(s, user, args.option(QStringLiteral("username")));
        if (args.hasOption(QStringLiteral("name")))
            u.displayName = args.option(QStringLiteral("name"));
        if (args.hasOption(QStringLiteral("role")))
            u.role = args.option(QStringLiteral("role"));
        if (args.hasOption(QStringLiteral("active"))) {
            const QString active = args.option(QStringLiteral("active"));
            if (active != QLatin1String("yes") && active != QLatin1String("no"))
                throw UsageError(
                    QStringLiteral("--active: expected yes or no, got \"%1\"").arg(active));
            u.active = active == QLatin1String("yes");
        }
        s.users.updateUser(user, u);
        printJson(userJson(userNamed(s, user, u.username)));
        return Ok;
    }
    throw UsageError(
        QStringLiteral("user: expected add, list, password or set, got \"%1\"").arg(verb));
}

int runAuditCommand(const CliArgs &args)
{
    const QString verb = args.words.value(1);
    if (args.words.size() != 2 ||
        (verb != QLatin1String("verify") && verb != QLatin1String("list")))
        throw UsageError(QStringLiteral("audit: expected verify or list (try --help)"));
    auto db = openDatabase(args);
    clinic::Services s(*db);
    const auto admin = signIn(args, *db);
    if (verb == QLatin1String("verify")) {
        args.allowOnly({});
        const records::AuditVerification v = s.audit.verify(admin);
        Json problems = Json::array();
        for (const QString &p : v.problems)
            problems.push_back(ss(p));
        printJson(Json{{"ok", v.problems.isEmpty()}, {"rows", v.rows}, {"problems", problems}});
        if (v.problems.isEmpty())
            return Ok;
        printErrorLine("the audit trail was altered outside MesoPlan: " + ss(v.problems.front()));
        return Internal;
    }
    args.allowOnly({QStringLiteral("by"), QStringLiteral("patient"), QStringLiteral("from"),
                    QStringLiteral("to"), QStringLiteral("limit"), QStringLiteral("csv")});
    records::AuditFilter filter;
    if (args.hasOption(QStringLiteral("patient")))
        filter.patientId = args.number(QStringLiteral("patient"));
    if (args.hasOption(QStringLiteral("by")))
        filter.userId = userNamed(s, admin, args.option(QStringLiteral("by"))).id;
    filter.from = dayStart(args, QStringLiteral("from"), 0);
    filter.to = dayStart(args, QStringLiteral("to"), 1); // --to is the last day included
    if (args.hasOption(QStringLiteral("limit")))
        filter.limit = static_cast<int>(args.number(QStringLiteral("limit")));
    if (args.hasOption(QStringLiteral("csv"))) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        s.audit.exportCsv(admin, filter, buffer);
        std::cout << buffer.data().toStdString();
        return Ok;
    }
    Json out = Json::array();
    for (const records::AuditEntry &e : s.audit.list(admin, filter))
        out.push_back({{"seq", e.seq},
                       {"at", ss(utc(e.at))},
                       {"user", ss(e.username)},
                       {"action", ss(e.action)},
                       {"patient", e.patientId == 0 ? Json() : Json(e.patientId)},
                       {"entity", ss(e.entity)},
                       {"summary", ss(e.summary)}});
    printJson(out);
    return Ok;
}

int runPrivacyCommand(const CliArgs &args)
{
    const QString verb = args.words.value(1);
    if (args.words.size() != 2)
        throw UsageError(QStringLiteral("patient: expected add, export or anonymise (try --help)"));
    if (!args.hasOption(QStringLiteral("patient")))
        throw UsageError(QStringLiteral("patient %1: expected --patient ID").arg(verb));
    auto db = openDatabase(args);
    clinic::Services s(*db);
    const auto admin = signIn(args, *db);
    const qint64 patient = args.number(QStringLiteral("patient"));
    if (verb == QLatin1String("export")) {
        args.allowOnly({QStringLiteral("patient")});
        printJson(s.privacy.exportPatient(admin, patient));
        return Ok;
    }
    args.allowOnly({QStringLiteral("patient"), QStringLiteral("reason")});
    s.privacy.anonymise(admin, patient, args.option(QStringLiteral("reason")));
    printJson(Json{{"patient", patient}, {"anonymised", true}});
    return Ok;
}

int runBackupCommand(const CliArgs &args)
{
    args.allowOnly({QStringLiteral("to")});
    if (args.words.size() != 1)
        throw UsageError(QStringLiteral("backup: unexpected arguments (try --help)"));
    auto db = openDatabase(args);
    clinic::Services s(*db);
    const auto admin = signIn(args, *db);
    QString file;
    if (args.hasOption(QStringLiteral("to"))) {
        file = s.backups.backup(admin, args.option(QStringLiteral("to")));
    } else {
        file = s.backups.backupNow(admin);
    }
    printJson(Json{{"backup", ss(file)}, {"bytes", QFileInfo(file).size()}});
    return Ok;
}

int runRestoreCommand(const CliArgs &args)
{
    args.allowOnly({QStringLiteral("from")});
    if (args.words.size() != 1 || !args.hasOption(QStringLiteral("from")))
        throw UsageError(QStringLiteral("restore: expected --from BACKUP_FILE"));
    const QString backup = args.option(QStringLiteral("from"));
    clinic::BackupService::check(backup); // a bad backup is refused before anyone signs in
    const QString location = clinic::resolveDatabaseLocation(args.db);
    if (records::isServerAddress(location))
        throw UsageError(
            QStringLiteral("restore: a clinic server is restored on the server, with pg_restore "
                           "(docs/deployment.md); --db must be a database file"));
    std::optional<clinic::ActingUser> admin;
    if (QFileInfo::exists(location)) // the database being replaced decides who may replace it
        admin = signIn(args, *openDatabase(args));
    const clinic::BackupService::Restored restored =
        clinic::BackupService::restore(admin, backup, location);
    printJson(Json{{"restored", ss(location)},
                   {"from", ss(QFileInfo(backup).absoluteFilePath())},
                   {"previous", ss(restored.previous)},
                   {"schema_version", restored.schemaVersion}});
    return Ok;
}

} // namespace meso::cli

#include "bookingcommands.h"

#include "output.h"
#include "session.h"

#include "clinic/calendarexport.h"
#include "clinic/clinicdatabase.h"
#include "clinic/clinictime.h"
#include "clinic/services.h"
#include "clinic/validationerror.h"
#include "records/bookingrecords.h"
#include "records/strings.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <iostream>
#include <map>

namespace meso::cli {

namespace {

using Json = nlohmann::ordered_json;

using records::ss;

std::string stamp(core::Minute m)
{
    return ss(clinic::toDateTime(m).toString(QStringLiteral("yyyy-MM-dd'T'HH:mm")));
}

QStringList listOption(const CliArgs &args, const QString &name)
{
    return args.option(name).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

Json appointmentJson(const records::AppointmentRecord &a)
{
    Json o;
    o["id"] = a.id;
    o["plan"] = a.planId;
    o["session"] = a.sessionIndex + 1;
    o["patient"] = a.patientId;
    o["practitioner"] = a.practitionerId;
    o["room"] = a.roomId;
    o["start"] = stamp(a.start);
    o["end"] = stamp(a.end);
    o["status"] = ss(a.status);
    if (!a.cancelReason.isEmpty())
        o["cancel_reason"] = ss(a.cancelReason);
    return o;
}

Json sessionJson(const core::ScheduledSession &s)
{
    Json o;
    o["session"] = s.index + 1;
    o["start"] = stamp(s.span.start);
    o["end"] = stamp(s.span.end);
    o["practitioner"] = s.practitioner;
    o["room"] = s.room;
    o["deviation_days"] = s.deviationDays;
    return o;
}

core::ScheduledSession parseSession(const nlohmann::json &j, size_t k)
{
    const QString field = QStringLiteral("sessions[%1]").arg(k);
    auto start = [&](const char *key) {
        const QDateTime t =
            j.contains(key) && j[key].is_string()
                ? QDateTime::fromString(QString::fromStdString(j[key].get<std::string>()),
                                        QStringLiteral("yyyy-MM-dd'T'HH:mm"))
                : QDateTime();
        if (!t.isValid())
            throw clinic::ValidationError(field + QLatin1Char('.') + QLatin1String(key),
                                          QStringLiteral("expected YYYY-MM-DDTHH:MM"));
        return clinic::toMinute(t);
    };
    auto id = [&](const char *key) {
        if (!j.contains(key) || !j[key].is_number_integer())
            throw clinic::ValidationError(field + QLatin1Char('.') + QLatin1String(key),
                                          QStringLiteral("expected an id"));
        return j[key].get<qint64>();
    };
    core::ScheduledSession s;
    s.index = static_cast<int>(k);
    s.span = {start("start"), start("end")};
    s.date = core::Date::fromDays(static_cast<long>(s.span.start / 1440));
    s.practitioner = id("practitioner");
    s.room = id("room");
    return s;
}

clinic::BookingPreferences preferences(const CliArgs &args)
{
    clinic::BookingPreferences p;
    if (args.hasOption(QStringLiteral("from")))
        p.earliest = args.date(QStringLiteral("from"));
    for (const QString &d : listOption(args, QStringLiteral("weekdays"))) {
        const int day = d.toInt();
        if (day < 1 || day > 7)
            throw UsageError(
                QStringLiteral("--weekdays: expected days 1 (Monday) to 7 (Sunday), got \"%1\"")
                    .arg(d));
        p.weekdays.push_back(day);
    }
    for (const QString &w : listOption(args, QStringLiteral("times"))) {
        const QTime from =
            QTime::fromString(w.section(QLatin1Char('-'), 0, 0), QStringLiteral("HH:mm"));
        const QTime to = QTime::fromString(w.section(QLatin1Char('-'), 1), QStringLiteral("HH:mm"));
        if (!from.isValid() || !to.isValid() || from >= to)
            throw UsageError(
                QStringLiteral("--times: expected HH:MM-HH:MM windows, got \"%1\"").arg(w));
        p.times.push_back({from.hour() * 60 + from.minute(), to.hour() * 60 + to.minute()});
    }
    if (args.hasOption(QStringLiteral("practitioner")))
        p.practitioner = args.number(QStringLiteral("practitioner"));
    p.onlyPreferred = args.hasOption(QStringLiteral("only-preferred"));
    if (args.hasOption(QStringLiteral("horizon"))) { // else the whole course and three months more
        p.horizonDays = static_cast<int>(args.number(QStringLiteral("horizon")));
        if (p.horizonDays < 1 || p.horizonDays > 3660)
            throw UsageError(QStringLiteral("--horizon: expected 1 to 3660 days"));
    }
    return p;
}

int clinicCommand(clinic::Services &s, const clinic::ActingUser &user, const CliArgs &args)
{
    const QString what = args.words.value(1);
    if (what == QLatin1String("show")) {
        args.allowOnly({});
        const clinic::ClinicSetup setup = s.clinicSetup.setup(user);
        Json out;
        const QString country = s.profile.profile(user).country;
        out["country"] = country.isEmpty() ? Json() : Json(ss(country));
        out["opening_hours"] = Json::parse(ss(clinic::hoursJson(setup.opening)));
        out["buffer_minutes"] = setup.bufferMinutes;
        out["closures"] = Json::array();
        for (const auto &[date, reason] : setup.closures)
            out["closures"].push_back(
                {{"date", ss(date.toString(Qt::ISODate))}, {"reason", ss(reason)}});
        out["rooms"] = Json::array();
        for (const auto &r : setup.rooms) {
            Json room;
            room["id"] = r.id;
            room["name"] = ss(r.name);
            room["equipment"] = Json::array();
            for (const QString &e : r.equipment)
                room["equipment"].push_back(ss(e));
            room["active"] = r.active;
            out["rooms"].push_back(std::move(room));
        }
        out["practitioners"] = Json::array();
        for (const auto &p : setup.practitioners) {
            Json o;
            o["id"] = p.userId;
            o["username"] = ss(p.username);
            o["name"] = ss(p.displayName);
            o["hours"] = p.hours.isEmpty() ? Json() : Json::parse(ss(p.hours));
            o["protocols"] = Json::array();
            for (const QString &id : p.protocols)
                o["protocols"].push_back(ss(id));
            out["practitioners"].push_back(std::move(o));
        }
        printJson(out);
        return Ok;
    }
    if (what == QLatin1String("hours")) {
        args.allowOnly({QStringLiteral("json"), QStringLiteral("buffer")});
        const clinic::ClinicSetup setup = s.clinicSetup.setup(user);
        const core::WeekHours hours =
            args.hasOption(QStringLiteral("json"))
                ? clinic::parseHours(args.option(QStringLiteral("json")), QStringLiteral("hours"))
                : setup.opening;
        const int buffer = args.hasOption(QStringLiteral("buffer"))
                               ? static_cast<int>(args.number(QStringLiteral("buffer")))
                               : setup.bufferMinutes;
        s.clinicSetup.setOpeningHours(user, hours, buffer);
        printJson({{"opening_hours", Json::parse(ss(clinic::hoursJson(hours)))},
                   {"buffer_minutes", buffer}});
        return Ok;
    }
    if (what == QLatin1String("room") && args.words.value(2) == QLatin1String("add")) {
        args.allowOnly({QStringLiteral("name"), QStringLiteral("equipment")});
        const qint64 id =
            s.clinicSetup.saveRoom(user, {0, args.option(QStringLiteral("name")),
                                          listOption(args, QStringLiteral("equipment")), true});
        printJson({{"id", id}});
        return Ok;
    }
    if (what == QLatin1String("practitioner") && args.words.value(2) == QLatin1String("add")) {
        args.allowOnly({QStringLiteral("username"), QStringLiteral("name"), QStringLiteral("hours"),
                        QStringLiteral("protocols")});
        const QString username = args.option(QStringLiteral("username")).trimmed();
        const QString name = args.option(QStringLiteral("name")).trimmed();
        if (username.isEmpty() || name.isEmpty())
            throw UsageError(QStringLiteral("clinic practitioner add: expected --username U --name "
                                            "NAME [--hours JSON] [--protocols a,b]"));
        const core::WeekHours hours =
            args.hasOption(QStringLiteral("hours"))
                ? clinic::parseHours(args.option(QStringLiteral("hours")), QStringLiteral("hours"))
                : s.clinicSetup.setup(user).opening;
        const qint64 id = s.clinicSetup.addPractitioner(
            user, username, name, hours, listOption(args, QStringLiteral("protocols")));
        printJson({{"id", id}});
        return Ok;
    }
    if (what == QLatin1String("closure")) {
        args.allowOnly({QStringLiteral("date"), QStringLiteral("reason")});
        s.clinicSetup.setClosure(user, args.date(QStringLiteral("date")),
                                 args.option(QStringLiteral("reason")));
        printJson({{"date", ss(args.date(QStringLiteral("date")).toString(Qt::ISODate))},
                   {"closed", !args.option(QStringLiteral("reason")).trimmed().isEmpty()}});
        return Ok;
    }
    if (what == QLatin1String("country")) {
        args.allowOnly({QStringLiteral("set")});
        if (!args.hasOption(QStringLiteral("set")))
            throw UsageError(QStringLiteral("clinic country: expected --set CC (an ISO 3166-1 code "
                                            "such as FR; \"\" to unset)"));
        s.profile.setCountry(user, args.option(QStringLiteral("set")));
        const QString country = s.profile.profile(user).country;
        printJson({{"country", country.isEmpty() ? Json() : Json(ss(country))}});
        return Ok;
    }
    if (what == QLatin1String("profile")) {
        // The clinic as invoices and documents name it; without options, what is set.
        const QStringList options = {QStringLiteral("name"), QStringLiteral("address"),
                                     QStringLiteral("phone"), QStringLiteral("email")};
        args.allowOnly(options);
        clinic::ClinicProfile p = s.profile.profile(user);
        if (!args.options.isEmpty()) {
            if (args.hasOption(QStringLiteral("name")))
                p.name = args.option(QStringLiteral("name"));
            if (args.hasOption(QStringLiteral("address")))
                p.address = args.option(QStringLiteral("address"));
            if (args.hasOption(QStringLiteral("phone")))
                p.phone = args.option(QStringLiteral("phone"));
            if (args.hasOption(QStringLiteral("email")))
                p.email = args.option(QStringLiteral("email"));
            s.profile.setProfile(user, p);
            p = s.profile.profile(user);
        }
        printJson({{"name", ss(p.name)},
                   {"address", ss(p.address)},
                   {"phone", ss(p.phone)},
                   {"email", ss(p.email)},
                   {"country", p.country.isEmpty() ? Json() : Json(ss(p.country))}});
        return Ok;
    }
    if (what == QLatin1String("mail")) {
        // Without options, what is set; with some, those changed and the rest kept.
        const QStringList options = {QStringLiteral("host"),     QStringLiteral("port"),
                                     QStringLiteral("security"), QStringLiteral("login"),
                                     QStringLiteral("from"),     QStringLiteral("ca-file")};
        args.allowOnly(options);
        clinic::MailSettings m = s.profile.mailSettings(user);
        if (std::any_of(options.begin(), options.end(),
                        [&args](const QString &o) { return args.hasOption(o); })) {
            if (args.hasOption(QStringLiteral("host")))
                m.host = args.option(QStringLiteral("host"));
            if (args.hasOption(QStringLiteral("port")))
                m.port = static_cast<int>(args.number(QStringLiteral("port")));
            if (args.hasOption(QStringLiteral("security")))
                m.security = args.option(QStringLiteral("security"));
            if (args.hasOption(QStringLiteral("login")))
                m.user = args.option(QStringLiteral("login"));
            if (args.hasOption(QStringLiteral("from")))
                m.from = args.option(QStringLiteral("from"));
            if (args.hasOption(QStringLiteral("ca-file")))
                m.caFile = args.option(QStringLiteral("ca-file"));
            s.profile.setMailSettings(user, m);
            m = s.profile.mailSettings(user);
        }
        printJson({{"host", ss(m.host)},
                   {"port", m.port},
                   {"security", ss(m.security)},
                   {"login", ss(m.user)},
                   {"from", ss(m.from)},
                   {"ca_file", ss(m.caFile)}});
        return Ok;
    }
    throw UsageError(QStringLiteral(
        "clinic: expected show, profile, hours, room add, practitioner add, closure, country or "
        "mail"));
}

int bookCommand(clinic::Services &s, const clinic::ActingUser &user, const CliArgs &args)
{
    args.allowOnly({QStringLiteral("plan"), QStringLiteral("from"), QStringLiteral("weekdays"),
                    QStringLiteral("times"), QStringLiteral("practitioner"),
                    QStringLiteral("only-preferred"), QStringLiteral("horizon"),
                    QStringLiteral("dry-run"), QStringLiteral("sessions")});
    if (!args.hasOption(QStringLiteral("plan")))
        throw UsageError(QStringLiteral("book: expected --plan ID"));
    if (args.hasOption(QStringLiteral("dry-run")) && args.hasOption(QStringLiteral("sessions")))
        throw UsageError(QStringLiteral(
            "book: --dry-run proposes, --sessions books given sessions: give one of them"));
    if (args.hasOption(QStringLiteral("sessions"))) {
        for (const char *preference :
             {"from", "weekdays", "times", "practitioner", "only-preferred", "horizon"}) {
            if (args.hasOption(QLatin1String(preference)))
                throw UsageError(
                    QStringLiteral(
                        "--%1: preferences are for proposing; --sessions books the sessions "
                        "as given")
                        .arg(QLatin1String(preference)));
        }
    }
    const qint64 plan = args.number(QStringLiteral("plan"));
    Json out;
    out["plan"] = plan;
    if (args.hasOption(QStringLiteral("dry-run"))) {
        const clinic::SeriesProposal proposal = s.booking.propose(user, plan, preferences(args));
        if (!proposal.plan.found())
            throw clinic::ConflictError(QStringLiteral("booking"),
                                        QString::fromStdString(proposal.plan.problem));
        out["total_deviation_days"] = proposal.plan.totalDeviationDays;
        out["sessions"] = Json::array();
        for (const auto &session : proposal.plan.sessions)
            out["sessions"].push_back(sessionJson(session));
        printJson(out);
        return Ok;
    }
    std::vector<qint64> ids;
    if (args.hasOption(QStringLiteral("sessions"))) {
        const auto j = nlohmann::json::parse(
            readInput(args.option(QStringLiteral("sessions")), QStringLiteral("sessions")), nullptr,
            false);
        const nlohmann::json list = j.is_object() && j.contains("sessions") ? j["sessions"] : j;
        if (!list.is_array())
            throw clinic::ValidationError(QStringLiteral("sessions"),
                                          QStringLiteral("expected an array of sessions "
                                                         "(or a dry run's output)"));
        std::vector<core::ScheduledSession> sessions;
        for (size_t k = 0; k < list.size(); ++k)
            sessions.push_back(parseSession(list[k], k));
        ids = s.booking.book(user, plan, sessions);
    } else {
        ids = s.booking.bookBest(user, plan, preferences(args));
    }
    out["appointments"] = Json::array();
    for (qint64 id : ids)
        out["appointments"].push_back(appointmentJson(*s.booking.find(user, id)));
    printJson(out);
    return Ok;
}

int appointmentsCommand(clinic::Services &s, const clinic::ActingUser &user, const CliArgs &args)
{
    args.allowOnly({QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("practitioner"),
                    QStringLiteral("room"), QStringLiteral("patient")});
    const QDate from = args.hasOption(QStringLiteral("from")) ? args.date(QStringLiteral("from"))
                                                              : QDate::currentDate();
    const QDate to = args.hasOption(QStringLiteral("to")) ? args.date(QStringLiteral("to")) : from;
    if (to < from)
        throw UsageError(QStringLiteral("--to: expected a date on or after --from"));
    // Parsed before anything is listed: a bad filter is bad input whatever the calendar holds.
    std::map<QString, qint64> filters;
    for (const char *name : {"practitioner", "room", "patient"}) {
        if (args.hasOption(QLatin1String(name)))
            filters[QLatin1String(name)] = args.number(QLatin1String(name));
    }
    auto filter = [&filters](const char *name, qint64 value) {
        const auto f = filters.find(QLatin1String(name));
        return f == filters.end() || f->second == value;
    };
    Json out = Json::array();
    for (const auto &a : s.booking.between(user, QDateTime(from, QTime(0, 0)),
                                           QDateTime(to.addDays(1), QTime(0, 0)))) {
        if (filter("practitioner", a.practitionerId) && filter("room", a.roomId) &&
            filter("patient", a.patientId))
            out.push_back(appointmentJson(a));
    }
    printJson(out);
    return Ok;
}

int appointmentCommand(clinic::Services &s, const clinic::ActingUser &user, const CliArgs &args)
{
    const QString what = args.words.value(1);
    const qint64 id = args.idAt(2, QStringLiteral("appointment %1").arg(what));
    const auto a = s.booking.find(user, id);
    if (!a)
        throw clinic::ValidationError(QStringLiteral("appointment"),
                                      QStringLiteral("no appointment with id %1").arg(id));
    if (what == QLatin1String("options")) {
        args.allowOnly({QStringLiteral("count")});
        const int count = args.hasOption(QStringLiteral("count"))
                              ? static_cast<int>(args.number(QStringLiteral("count")))
                              : 5;
        Json out = Json::array();
        for (const auto &option : s.booking.moveOptions(user, id, count))
            out.push_back(sessionJson(option));
        printJson(out);
        return Ok;
    }
    if (what == QLatin1String("move")) {
        args.allowOnly(
            {QStringLiteral("start"), QStringLiteral("practitioner"), QStringLiteral("room")});
        const QDateTime start = QDateTime::fromString(args.option(QStringLiteral("start")),
                                                      QStringLiteral("yyyy-MM-dd'T'HH:mm"));
        if (!start.isValid())
            throw UsageError(QStringLiteral("--start: expected YYYY-MM-DDTHH:MM, got \"%1\"")
                                 .arg(args.option(QStringLiteral("start"))));
        core::ScheduledSession target;
        target.span.start = clinic::toMinute(start);
        target.span.end = target.span.start + (a->end - a->start);
        target.date = clinic::toDate(start.date());
        target.practitioner = args.hasOption(QStringLiteral("practitioner"))
                                  ? args.number(QStringLiteral("practitioner"))
                                  : a->practitionerId;
        target.room = args.hasOption(QStringLiteral("room")) ? args.number(QStringLiteral("room"))
                                                             : a->roomId;
        s.booking.move(user, id, a->rowVersion, target);
    } else if (what == QLatin1String("cancel")) {
        args.allowOnly({QStringLiteral("reason")});
        s.booking.cancel(user, id, a->rowVersion, args.option(QStringLiteral("reason")));
    } else if (what == QLatin1String("check-in")) {
        args.allowOnly({});
        s.booking.checkIn(user, id, a->rowVersion);
    } else if (what == QLatin1String("complete")) {
        throw UsageError(QStringLiteral(
            "appointment complete: an appointment is completed by its session record: session "
            "record --appointment ID --json FILE, or session not-performed --appointment ID "
            "--reason TEXT"));
    } else if (what == QLatin1String("no-show")) {
        args.allowOnly({});
        s.booking.markNoShow(user, id, a->rowVersion);
    } else {
        throw UsageError(
            QStringLiteral("appointment: expected options, move, cancel, check-in or no-show"));
    }
    Json out = appointmentJson(*s.booking.find(user, id));
    out["patient_no_shows"] = s.booking.noShows(user, a->patientId);
    printJson(out);
    return Ok;
}

int icsCommand(clinic::Services &s, const clinic::ActingUser &user, const CliArgs &args)
{
    args.allowOnly({QStringLiteral("patient"), QStringLiteral("practitioner"),
                    QStringLiteral("from"), QStringLiteral("to")});
    QByteArray ics;
    if (args.hasOption(QStringLiteral("patient")) == args.hasOption(QStringLiteral("practitioner")))
        throw UsageError(QStringLiteral(
            "ics: expected --patient ID or --practitioner ID [--from DATE] [--to DATE]"));
    if (args.hasOption(QStringLiteral("patient"))) {
        if (args.hasOption(QStringLiteral("from")) || args.hasOption(QStringLiteral("to")))
            throw UsageError(
                QStringLiteral("ics --patient: the patient's calendar holds all their appointments "
                               "(--from and --to are for --practitioner)"));
        ics = clinic::CalendarExport::forPatient(s, user, args.number(QStringLiteral("patient")),
                                                 args.lang.toStdString());
    } else if (args.hasOption(QStringLiteral("practitioner"))) {
        const QDate from = args.hasOption(QStringLiteral("from"))
                               ? args.date(QStringLiteral("from"))
                               : QDate::currentDate();
        const QDate to = args.hasOption(QStringLiteral("to")) ? args.date(QStringLiteral("to"))
                                                              : from.addDays(90);
        if (to < from)
            throw UsageError(QStringLiteral("--to: expected a date on or after --from"));
        ics = clinic::CalendarExport::forPractitioner(s, user,
                                                      args.number(QStringLiteral("practitioner")),
                                                      from, to, args.lang.toStdString());
    }
    std::cout.write(ics.constData(), ics.size());
    std::cout.flush();
    return Ok;
}

} // namespace

int runBookingCommand(const CliArgs &args)
{
    const QString command = args.words.value(0);
    // How many words each command takes: anything more is a mistake, not something to ignore.
    const QString sub = args.words.value(1);
    const int words =
        command == QLatin1String("clinic")
            ? (sub == QLatin1String("room") || sub == QLatin1String("practitioner") ? 3 : 2)
        : command == QLatin1String("appointment") ? 3
                                                  : 1;
    if (args.words.size() > words)
        throw UsageError(QStringLiteral("%1: unexpected \"%2\" (try --help)")
                             .arg(command, args.words.value(words)));
    int (*run)(clinic::Services &, const clinic::ActingUser &, const CliArgs &) = nullptr;
    if (command == QLatin1String("clinic"))
        run = clinicCommand;
    else if (command == QLatin1String("book"))
        run = bookCommand;
    else if (command == QLatin1String("appointments"))
        run = appointmentsCommand;
    else if (command == QLatin1String("appointment"))
        run = appointmentCommand;
    else
        run = icsCommand;
    auto db = clinic::openClinicDatabase(clinic::resolveDatabaseLocation(args.db));
    const auto user = signIn(args, *db);
    clinic::Services services(*db);
    // Every command is one service call, all or nothing in its own transaction.
    return run(services, user, args);
}

} // namespace meso::cli

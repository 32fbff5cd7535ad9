#include "sessioncommands.h"

#include "output.h"
#include "session.h"

#include "clinic/clinicdatabase.h"
#include "clinic/services.h"
#include "clinic/validationerror.h"
#include "records/strings.h"

#include <QBuffer>
#include <QFile>
#include <QSaveFile>

#include <iostream>

namespace meso::cli {

namespace {

using Json = nlohmann::ordered_json;
using records::qs;
using records::ss;

// The fields of one JSON object of the input, each read with the name the error gives
// ("session.lines[0].volume_ml") and what was expected.
class Fields
{
public:
    Fields(const nlohmann::json &j, QString prefix) : m_j(j), m_prefix(std::move(prefix))
    {
        if (!j.is_object())
            throw clinic::ValidationError(m_prefix, QStringLiteral("expected a JSON object"));
    }
    QString field(const char *key) const
    {
        return m_prefix + QLatin1Char('.') + QLatin1String(key);
    }
    void only(const std::vector<std::string> &known) const
    {
        for (const auto &[key, value] : m_j.items()) {
            if (std::find(known.begin(), known.end(), key) == known.end()) {
                QStringList names;
                for (const auto &k : known)
                    names << qs(k);
                throw clinic::ValidationError(m_prefix + QLatin1Char('.') + qs(key),
                                              QStringLiteral("unknown field (expected %1)")
                                                  .arg(names.join(QStringLiteral(", "))));
            }
        }
    }
    bool has(const char *key) const { return m_j.contains(key) && !m_j[key].is_null(); }
    const nlohmann::json &at(const char *key) const { return m_j[key]; }
    QString text(const char *key, bool required = false) const
    {
        if (!has(key)) {
            if (required)
                throw clinic::ValidationError(field(key), QStringLiteral("required"));
            return {};
        }
        if (!m_j[key].is_string())
            throw clinic::ValidationError(field(key), QStringLiteral("expected a string"));
        return qs(m_j[key].get<std::string>());
    }
    std::optional<double> number(const char *key) const
    {
        if (!has(key))
            return std::nullopt;
        if (!m_j[key].is_number())
            throw clinic::ValidationError(field(key), QStringLiteral("expected a number"));
        return m_j[key].get<double>();
    }
    std::optional<int> integer(const char *key) const
    {
        if (!has(key))
            return std::nullopt;
        if (!m_j[key].is_number_integer())
            throw clinic::ValidationError(field(key), QStringLiteral("expected a whole number"));
        const auto v = m_j[key].get<long long>();
        if (v < -1000000 || v > 1000000)
            throw clinic::ValidationError(field(key), QStringLiteral("out of range"));
        return static_cast<int>(v);
    }
    bool flag(const char *key) const
    {
        if (!has(key))
            return false;
        if (!m_j[key].is_boolean())
            throw clinic::ValidationError(field(key), QStringLiteral("expected true or false"));
        return m_j[key].get<bool>();
    }
    QDate date(const char *key) const
    {
        const QString t = text(key);
        if (t.isEmpty())
            return {};
        const QDate d = QDate::fromString(t, Qt::ISODate);
        if (!d.isValid())
            throw clinic::ValidationError(field(key),
                                          QStringLiteral("expected YYYY-MM-DD, got \"%1\"").arg(t));
        return d;
    }
    const nlohmann::json &array(const char *key) const
    {
        static const nlohmann::json empty = nlohmann::json::array();
        if (!has(key))
            return empty;
        if (!m_j[key].is_array())
            throw clinic::ValidationError(field(key), QStringLiteral("expected an array"));
        return m_j[key];
    }

private:
    const nlohmann::json &m_j;
    QString m_prefix;
};

nlohmann::json readJson(const CliArgs &args, const QString &what)
{
    if (!args.hasOption(QStringLiteral("json")))
        throw UsageError(
            QStringLiteral("%1: expected --json FILE (or - for standard input)").arg(what));
    const auto j =
        nlohmann::json::parse(readInput(args.option(QStringLiteral("json")), what), nullptr, false);
    if (j.is_discarded())
        throw clinic::ValidationError(what, QStringLiteral("not valid JSON"));
    return j;
}

QDate dateOption(const CliArgs &args, const QString &name)
{
    const QString text = args.option(name);
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid())
        throw UsageError(QStringLiteral("--%1: expected YYYY-MM-DD, got \"%2\"").arg(name, text));
    return d;
}

Json dateJson(const QDate &d)
{
    return d.isValid() ? Json(ss(d.toString(Qt::ISODate))) : Json();
}

template <typename T> Json optionalJson(const std::optional<T> &v)
{
    return v ? Json(*v) : Json();
}

// product add --json: {"name", "manufacturer", "form", "unit_ml", "low_stock_units",
// "components": [{"ingredient", "concentration"}]}
int productAdd(clinic::Services &s, const clinic::ActingUser &user, const CliArgs &args)
{
    args.allowOnly({QStringLiteral("json")});
    const nlohmann::json j = readJson(args, QStringLiteral("product"));
    const Fields f(j, QStringLiteral("product"));
    f.only({"name", "manufacturer", "form", "unit_ml", "low_stock_units", "components"});
    records::ProductRecord p;
    p.name = f.text("name", true);
    p.manufacturer = f.text("manufacturer", true);
    p.form = f.text("form", true);
    p.unitMl = f.number("unit_ml").value_or(0);
    p.lowStockUnits = f.integer("low_stock_units").value_or(0);
    const nlohmann::json &components = f.array("components");
    for (size_t i = 0; i < components.size(); ++i) {
        const Fields c(components[i], QStringLiteral("product.components[%1]").arg(i));
        c.only({"ingredient", "concentration"});
        p.components.push_back({c.text("ingredient", true), c.text("concentration")});
    }
    const records::ProductRecord added = s.stock.addProduct(user, p);
    Json out;
    out["id"] = added.id;
    out["name"] = ss(added.name);
    out["manufacturer"] = ss(added.manufacturer);
    printJson(out);
    return Ok;
}

Json lotJson(const records::LotRecord &l)
{
    Json j;
    j["id"] = l.id;
    j["product"] = l.productId;
    j["lot"] = ss(l.lotNumber);
    j["expiry"] = dateJson(l.expiry);
    j["received_on"] = dateJson(l.receivedOn);
    j["units_received"] = l.unitsReceived;
    j["supplier"] = ss(l.supplier);
    j["received_ml"] = l.receivedMl();
    j["remaining_ml"] = l.remainingMl();
    return j;
}

int stockCommand(clinic::Services &s, const clinic::ActingUser &user, const CliArgs &args)
{
    const QString what = args.words.value(1);
    if (what == QLatin1String("receive")) {
        args.allowOnly({QStringLiteral("product"), QStringLiteral("lot"), QStringLiteral("expiry"),
                        QStringLiteral("quantity"), QStringLiteral("supplier"),
                        QStringLiteral("received")});
        for (const char *required : {"product", "lot", "expiry", "quantity"}) {
            if (!args.hasOption(QLatin1String(required)))
                throw UsageError(QStringLiteral(
                    "stock receive: expected --product ID --lot LOT --expiry YYYY-MM-DD "
                    "--quantity N [--supplier NAME] [--received YYYY-MM-DD]"));
        }
        records::LotRecord lot;
        lot.productId = args.number(QStringLiteral("product"));
        lot.lotNumber = args.option(QStringLiteral("lot"));
        lot.expiry = dateOption(args, QStringLiteral("expiry"));
        lot.unitsReceived = static_cast<int>(
            std::clamp<qint64>(args.number(QStringLiteral("quantity")), -1, 1000000));
        lot.supplier = args.option(QStringLiteral("supplier"));
        if (args.hasOption(QStringLiteral("received")))
            lot.receivedOn = dateOption(args, QStringLiteral("received"));
        printJson(lotJson(s.stock.receiveLot(user, lot)));
        return Ok;
    }
    if (what == QLatin1String("list")) {
        args.allowOnly({QStringLiteral("date")});
        const QDate day = args.hasOption(QStringLiteral("date"))
                              ? dateOption(args, QStringLiteral("date"))
                              : QDate::currentDate();
        Json lots = Json::array();
        for (const clinic::LotStatus &l : s.stock.stock(user, day)) {
            Json j = lotJson(l.lot);
            j["product_name"] = ss(l.product.name);
            j["expired"] = l.expired;
            j["expiring_soon"] = l.expiringSoon;
            j["exhausted"] = l.exhausted;
            j["low_stock"] = l.lowStock;
            lots.push_back(std::move(j));
        }
        Json products = Json::array();
        for (const records::ProductRecord &p : s.stock.products(user)) {
            Json j;
            j["id"] = p.id;
            j["name"] = ss(p.name);
            j["manufacturer"] = ss(p.manufacturer);
            j["form"] = ss(p.form);
            j["unit_ml"] = p.unitMl;
            j["low_stock_units"] = p.lowStockUnits;
            Json components = Json::array();
            for (const auto &c : p.components)
                components.push_back(
                    {{"ingredient", ss(c.ingredient)}, {"concentration", ss(c.concentration)}});
            j["components"] = std::move(components);
            products.push_back(std::move(j));
        }
        printJson({{"date", ss(day.toString(Qt::ISODate))},
                   {"products", std::move(products)},
                   {"lots", std::move(lots)}});
        return Ok;
    }
    throw UsageError(QStringLiteral("stock: expected receive or list"));
}

// A session's input: {"technique", "depth_mm": [min, max], "needle", "pain", "gais_patient",
// "gais_practitioner", "notes", "lines": [{"area", "lot", "product", "volume_ml", "points",
// "passes"}], "deviations": [{"key", "reason"}]}. "lot" is a lot id, or a lot number (with
// "product" when two products have a lot of that number).
records::SessionRecord sessionInput(clinic::Services &s, const clinic::ActingUser &user,
                                    const nlohmann::json &j)
{
    const Fields f(j, QStringLiteral("session"));
    // "open_adverse_events" is what `session start` printed for the practitioner to read: ignored.
    f.only({"technique", "depth_mm", "needle", "pain", "gais_patient", "gais_practitioner", "notes",
            "lines", "deviations", "open_adverse_events"});
    records::SessionRecord r;
    r.technique = f.text("technique");
    r.needle = f.text("needle");
    r.notes = f.text("notes");
    r.pain = f.integer("pain");
    r.gaisPatient = f.integer("gais_patient");
    r.gaisPractitioner = f.integer("gais_practitioner");
    if (f.has("depth_mm")) {
        const nlohmann::json &d = f.at("depth_mm");
        if (!d.is_array() || d.size() != 2 || !d[0].is_number() || !d[1].is_number())
            throw clinic::ValidationError(f.field("depth_mm"),
                                          QStringLiteral("expected [shallowest, deepest] in mm"));
        r.depthMinMm = d[0].get<double>();
        r.depthMaxMm = d[1].get<double>();
    }
    std::vector<clinic::LotStatus> lots; // read once, when a line names a lot by its number
    const nlohmann::json &lines = f.array("lines");
    for (size_t i = 0; i < lines.size(); ++i) {
        const QString prefix = QStringLiteral("session.lines[%1]").arg(i);
        const Fields l(lines[i], prefix);
        l.only({"area", "lot", "product", "volume_ml", "points", "passes"});
        records::SessionProductLine line;
        line.area = l.text("area", true);
        line.volumeMl = l.number("volume_ml").value_or(0);
        line.points = l.integer("points");
        line.passes = l.integer("passes");
        if (!l.has("lot"))
            throw clinic::ValidationError(l.field("lot"), QStringLiteral("required"));
        const nlohmann::json &lot = l.at("lot");
        if (lot.is_number_integer()) {
            line.lotId = lot.get<qint64>();
        } else if (lot.is_string()) {
            if (lots.empty())
                lots = s.stock.stock(user, QDate::currentDate());
            const QString number = qs(lot.get<std::string>());
            const qint64 product = l.integer("product").value_or(0);
            std::vector<qint64> found;
            for (const clinic::LotStatus &x : lots) {
                if (x.lot.lotNumber == number && (product == 0 || x.lot.productId == product))
                    found.push_back(x.lot.id);
            }
            if (found.size() != 1)
                throw clinic::ValidationError(
                    l.field("lot"),
                    found.empty()
                        ? QStringLiteral("no lot numbered \"%1\" was received").arg(number)
                        : QStringLiteral("several products have a lot \"%1\": give \"product\"")
                              .arg(number));
            line.lotId = found.front();
        } else {
            throw clinic::ValidationError(l.field("lot"),
                                          QStringLiteral("expected a lot id or a lot number"));
        }
        r.lines.push_back(line);
    }
    const nlohmann::json &deviations = f.array("deviations");
    for (size_t i = 0; i < deviations.size(); ++i) {
        const Fields d(deviations[i], QStringLiteral("session.deviations[%1]").arg(i));
        d.only({"key", "reason"});
        r.deviations.push_back({d.text("key", true), d.text("reason")});
    }
    return r;
}

Json sessionJson(const records::SessionRecord &r)
{
    Json j;
    j["id"] = r.id;
    j["appointment"] = r.appointmentId;
    j["patient"] = r.patientId;
    j["plan"] = r.planId;
    j["date"] = dateJson(r.performedOn);
    j["performed"] = r.performed;
    if (!r.performed) {
        j["reason"] = ss(r.notPerformedReason);
    } else {
        j["technique"] = ss(r.technique);
        j["depth_mm"] =
            r.depthMinMm && r.depthMaxMm ? Json::array({*r.depthMinMm, *r.depthMaxMm}) : Json();
        j["needle"] = ss(r.needle);
        j["pain"] = optionalJson(r.pain);
        j["gais_patient"] = optionalJson(r.gaisPatient);
        j["gais_practitioner"] = optionalJson(r.gaisPractitioner);
        j["notes"] = ss(r.notes);
        Json lines = Json::array();
        for (const records::SessionProductLine &l : r.lines) {
            Json line;
            line["area"] = ss(l.area);
            line["product"] = l.productId;
            line["product_name"] = ss(l.productName);
            line["lot"] = l.lotId;
            line["lot_number"] = ss(l.lotNumber);
            line["volume_ml"] = l.volumeMl;
            line["points"] = optionalJson(l.points);
            line["passes"] = optionalJson(l.passes);
            lines.push_back(std::move(line));
        }
        j["lines"] = std::move(lines);
        Json deviations = Json::array();
        for (const records::SessionDeviation &d : r.deviations)
            deviations.push_back({{"key", ss(d.key)}, {"reason", ss(d.reason)}});
        j["deviations"] = std::move(deviations);
    }
    j["amends"] = r.amendsId == 0 ? Json() : Json(r.amendsId);
    if (r.amendsId != 0)
        j["amendment_reason"] = ss(r.amendmentReason);
    j["signed_by"] = r.signedBy;
    j["signed_at"] = ss(r.signedAt.toString(Qt::ISODateWithMs));
    return j;
}

int sessionCommand(clinic::Services &s, const clinic::ActingUser &user, const CliArgs &args)
{
    const QString what = args.words.value(1);
    if (what == QLatin1String("record")) {
        args.allowOnly({QStringLiteral("appointment"), QStringLiteral("json")});
        if (!args.hasOption(QStringLiteral("appointment")))
            throw UsageError(QStringLiteral(
                "session record: expected --appointment ID --json FILE (or - for standard input)"));
        records::SessionRecord r = sessionInput(s, user, readJson(args, QStringLiteral("session")));
        r.appointmentId = args.number(QStringLiteral("appointment"));
        printJson(sessionJson(s.sessions.record(user, r)));
        return Ok;
    }
    if (what == QLatin1String("not-performed")) {
        args.allowOnly({QStringLiteral("appointment"), QStringLiteral("reason")});
        if (!args.hasOption(QStringLiteral("appointment")))
            throw UsageError(
                QStringLiteral("session not-performed: expected --appointment ID --reason TEXT"));
        printJson(
            sessionJson(s.sessions.notPerformed(user, args.number(QStringLiteral("appointment")),
                                                args.option(QStringLiteral("reason")))));
        return Ok;
    }
    if (what == QLatin1String("amend")) {
        args.allowOnly({QStringLiteral("id"), QStringLiteral("reason"), QStringLiteral("json")});
        if (!args.hasOption(QStringLiteral("id")))
            throw UsageError(QStringLiteral(
                "session amend: expected --id ID --reason TEXT --json FILE (or - for standard "
                "input)"));
        const records::SessionRecord corrected =
            sessionInput(s, user, readJson(args, QStringLiteral("session")));
        printJson(sessionJson(s.sessions.amend(user, args.number(QStringLiteral("id")), corrected,
                                               args.option(QStringLiteral("reason")))));
        return Ok;
    }
    if (what == QLatin1String("show")) {
        args.allowOnly({QStringLiteral("id")});
        if (!args.hasOption(QStringLiteral("id")))
            throw UsageError(QStringLiteral("session show: expected --id ID"));
        const auto versions = s.sessions.versions(user, args.number(QStringLiteral("id")));
        if (versions.empty())
            throw clinic::ValidationError(QStringLiteral("id"),
                                          QStringLiteral("no session record with id %1")
                                              .arg(args.number(QStringLiteral("id"))));
        Json out = sessionJson(versions.back());
        Json all = Json::array();
        for (const auto &v : versions)
            all.push_back(sessionJson(v));
        out["versions"] = std::move(all);
        printJson(out);
        return Ok;
    }
    if (what == QLatin1String("start")) {
        args.allowOnly({QStringLiteral("appointment")});
        if (!args.hasOption(QStringLiteral("appointment")))
            throw UsageError(QStringLiteral("session start: expected --appointment ID"));
        const clinic::SessionStart start =
            s.sessions.start(user, args.number(QStringLiteral("appointment")));
        Json lines = Json::array();
        for (const records::SessionProductLine &l : start.suggested)
            lines.push_back({{"area", ss(l.area)}, {"lot", l.lotId}, {"volume_ml", l.volumeMl}});
        Json j;
        j["technique"] = ss(start.technique);
        if (start.depthMinMm && start.depthMaxMm)
            j["depth_mm"] = Json::array({*start.depthMinMm, *start.depthMaxMm});
        j["needle"] = ss(start.needle);
        j["lines"] = std::move(lines);
        // Not part of the input: the patient's adverse events still open, to check first.
        if (!start.openEvents.empty()) {
            Json open = Json::array();
            for (const records::AdverseEventRecord &e : start.openEvents)
                open.push_back({{"id", e.id},
                                {"type", ss(e.risk)},
                                {"onset", dateJson(e.onset)},
                                {"severity", ss(e.severity)}});
            j["open_adverse_events"] = std::move(open);
        }
        printJson(j); // the input of session record, as the plan says: edit it to what was done
        return Ok;
    }
    if (what == QLatin1String("progress")) {
        args.allowOnly({QStringLiteral("plan")});
        if (!args.hasOption(QStringLiteral("plan")))
            throw UsageError(QStringLiteral("session progress: expected --plan ID"));
        const clinic::SeriesProgress p =
            s.sessions.progress(user, args.number(QStringLiteral("plan")));
        Json sessions = Json::array();
        for (const auto &x : p.sessions)
            sessions.push_back({{"session", x.sessionId},
                                {"date", dateJson(x.date)},
                                {"volume_ml", x.volumeMl},
                                {"pain", optionalJson(x.pain)},
                                {"gais_patient", optionalJson(x.gaisPatient)},
                                {"gais_practitioner", optionalJson(x.gaisPractitioner)}});
        Json cumulative = Json::object();
        for (const auto &[ingredient, ml] : p.cumulativeMlByIngredient)
            cumulative[ss(ingredient)] = ml;
        printJson({{"plan", p.planId},
                   {"planned", p.planned},
                   {"done", p.done},
                   {"not_performed", p.notPerformed},
                   {"sessions", std::move(sessions)},
                   {"cumulative_ml", std::move(cumulative)}});
        return Ok;
    }
    throw UsageError(
        QStringLiteral("session: expected record, not-performed, amend, show, start or progress"));
}

// {"type": RISK, "onset", "severity", "serious", "description", "action", "outcome",
// "resolved_on", "notified_on", "notification_ref", "notification_pending"}
void readEvent(const nlohmann::json &j, records::AdverseEventRecord &e)
{
    const Fields f(j, QStringLiteral("adverse_event"));
    f.only({"type", "onset", "severity", "serious", "description", "action", "outcome",
            "resolved_on", "notified_on", "notification_ref", "notification_pending"});
    if (f.has("type"))
        e.risk = f.text("type");
    if (f.has("onset"))
        e.onset = f.date("onset");
    if (f.has("severity"))
        e.severity = f.text("severity");
    if (f.has("serious"))
        e.serious = f.flag("serious");
    if (f.has("description"))
        e.description = f.text("description");
    if (f.has("action"))
        e.actionTaken = f.text("action");
    if (f.has("outcome"))
        e.outcome = f.text("outcome");
    if (f.has("resolved_on"))
        e.resolvedOn = f.date("resolved_on");
    if (f.has("notified_on"))
        e.notifiedOn = f.date("notified_on");
    if (f.has("notification_ref"))
        e.notificationRef = f.text("notification_ref");
    if (f.has("notification_pending"))
        e.notificationPending = f.flag("notification_pending");
}

Json eventJson(const records::AdverseEventRecord &e)
{
    Json j;
    j["id"] = e.id;
    j["patient"] = e.patientId;
    j["session"] = e.sessionId;
    j["type"] = ss(e.risk);
    j["onset"] = dateJson(e.onset);
    j["severity"] = ss(e.severity);
    j["serious"] = e.serious;
    j["description"] = ss(e.description);
    j["action"] = ss(e.actionTaken);
    j["outcome"] = ss(e.outcome);
    j["resolved_on"] = dateJson(e.resolvedOn);
    j["notified_on"] = dateJson(e.notifiedOn);
    j["notification_ref"] = ss(e.notificationRef);
    j["notification_pending"] = e.notificationPending;
    return j;
}

int adverseEventCommand(clinic::Services &s, const clinic::ActingUser &user, const CliArgs &args)
{
    const QString what = args.words.value(1);
    if (what == QLatin1String("add")) {
        args.allowOnly({QStringLiteral("session"), QStringLiteral("json")});
        if (!args.hasOption(QStringLiteral("session")))
            throw UsageError(QStringLiteral(
                "adverse-event add: expected --session ID --json FILE (or - for standard input)"));
        records::AdverseEventRecord e;
        e.sessionId = args.number(QStringLiteral("session"));
        readEvent(readJson(args, QStringLiteral("adverse_event")), e);
        printJson(eventJson(s.adverseEvents.add(user, e)));
        return Ok;
    }
    if (what == QLatin1String("update")) {
        args.allowOnly({QStringLiteral("id"), QStringLiteral("json")});
        if (!args.hasOption(QStringLiteral("id")))
            throw UsageError(QStringLiteral(
                "adverse-event update: expected --id ID --json FILE (the fields that change)"));
        const nlohmann::json changes = readJson(args, QStringLiteral("adverse_event"));
        // The event as stored, changed by the fields given.
        records::AdverseEventRecord e =
            s.adverseEvents.find(user, args.number(QStringLiteral("id")));
        readEvent(changes, e);
        printJson(eventJson(s.adverseEvents.update(user, e)));
        return Ok;
    }
    throw UsageError(QStringLiteral("adverse-event: expected add or update"));
}

int photoCommand(clinic::Services &s, const clinic::ActingUser &user, const CliArgs &args)
{
    const QString what = args.words.value(1);
    if (what == QLatin1String("consent")) {
        args.allowOnly(
            {QStringLiteral("patient"), QStringLiteral("scope"), QStringLiteral("date")});
        if (!args.hasOption(QStringLiteral("patient")) || !args.hasOption(QStringLiteral("scope")))
            throw UsageError(
                QStringLiteral("photo consent: expected --patient ID --scope "
                               "none|record|teaching|publication [--date YYYY-MM-DD]"));
        const QDate date = args.hasOption(QStringLiteral("date"))
                               ? dateOption(args, QStringLiteral("date"))
                               : QDate::currentDate();
        const qint64 patient = args.number(QStringLiteral("patient"));
        s.photos.setConsent(user, patient, args.option(QStringLiteral("scope")), date);
        printJson({{"patient", patient},
                   {"scope", ss(args.option(QStringLiteral("scope")))},
                   {"date", dateJson(date)}});
        return Ok;
    }
    if (what == QLatin1String("add")) {
        args.allowOnly({QStringLiteral("session"), QStringLiteral("area"), QStringLiteral("when"),
                        QStringLiteral("file")});
        for (const char *required : {"session", "area", "when", "file"}) {
            if (!args.hasOption(QLatin1String(required)))
                throw UsageError(QStringLiteral("photo add: expected --session ID --area AREA "
                                                "--when before|after --file FILE"));
        }
        QFile file(args.option(QStringLiteral("file")));
        if (!file.open(QIODevice::ReadOnly))
            throw UsageError(QStringLiteral("--file: cannot read %1 (%2)")
                                 .arg(file.fileName(), file.errorString()));
        const QByteArray bytes = file.read(clinic::PhotoService::kMaxFileBytes + 1);
        const records::PhotoRecord p = s.photos.add(user, args.number(QStringLiteral("session")),
                                                    args.option(QStringLiteral("area")),
                                                    args.option(QStringLiteral("when")), bytes);
        printJson({{"id", p.id},
                   {"session", p.sessionId},
                   {"area", ss(p.area)},
                   {"when", ss(p.taken)},
                   {"media_type", ss(p.mediaType)},
                   {"width", p.width},
                   {"height", p.height},
                   {"sha256", ss(p.sha256)}});
        return Ok;
    }
    if (what == QLatin1String("get")) {
        args.allowOnly({QStringLiteral("id"), QStringLiteral("out")});
        if (!args.hasOption(QStringLiteral("id")) || !args.hasOption(QStringLiteral("out")))
            throw UsageError(QStringLiteral("photo get: expected --id ID --out FILE"));
        const records::PhotoRecord p = s.photos.photo(user, args.number(QStringLiteral("id")));
        QSaveFile out(args.option(QStringLiteral("out")));
        if (!out.open(QIODevice::WriteOnly) || out.write(p.content) != p.content.size() ||
            !out.commit())
            throw UsageError(QStringLiteral("--out: cannot write %1 (%2)")
                                 .arg(out.fileName(), out.errorString()));
        printJson({{"id", p.id},
                   {"media_type", ss(p.mediaType)},
                   {"bytes", p.content.size()},
                   {"sha256", ss(p.sha256)}});
        return Ok;
    }
    throw UsageError(QStringLiteral("photo: expected consent, add or get"));
}

int lotCommand(clinic::Services &s, const clinic::ActingUser &user, const CliArgs &args)
{
    if (args.words.value(1) != QLatin1String("trace"))
        throw UsageError(QStringLiteral("lot: expected trace"));
    args.allowOnly({QStringLiteral("lot"), QStringLiteral("product"), QStringLiteral("csv")});
    if (!args.hasOption(QStringLiteral("lot")))
        throw UsageError(QStringLiteral("lot trace: expected --lot LOT [--product ID] [--csv]"));
    const qint64 product =
        args.hasOption(QStringLiteral("product")) ? args.number(QStringLiteral("product")) : 0;
    const auto rows = s.stock.trace(user, args.option(QStringLiteral("lot")), product);
    if (args.hasOption(QStringLiteral("csv"))) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        clinic::StockService::writeTraceCsv(rows, buffer);
        std::cout << buffer.data().toStdString();
        return Ok;
    }
    Json out = Json::array();
    for (const records::LotTraceRow &r : rows)
        out.push_back({{"lot", ss(r.lotNumber)},
                       {"product", r.productId},
                       {"product_name", ss(r.productName)},
                       {"patient", r.patientId},
                       {"family_name", ss(r.familyName)},
                       {"given_names", ss(r.givenNames)},
                       {"birth_date", dateJson(r.birthDate)},
                       {"session", r.sessionId},
                       {"date", dateJson(r.performedOn)},
                       {"area", ss(r.area)},
                       {"volume_ml", r.volumeMl}});
    printJson({{"lot", ss(args.option(QStringLiteral("lot")))}, {"lines", std::move(out)}});
    return Ok;
}

} // namespace

int runSessionCommand(const CliArgs &args)
{
    const QString command = args.words.value(0);
    int (*run)(clinic::Services &, const clinic::ActingUser &, const CliArgs &) = nullptr;
    if (command == QLatin1String("product") && args.words.value(1) == QLatin1String("add"))
        run = productAdd;
    else if (command == QLatin1String("stock"))
        run = stockCommand;
    else if (command == QLatin1String("session"))
        run = sessionCommand;
    else if (command == QLatin1String("adverse-event"))
        run = adverseEventCommand;
    else if (command == QLatin1String("photo"))
        run = photoCommand;
    else if (command == QLatin1String("lot"))
        run = lotCommand;
    else
        throw UsageError(QStringLiteral("product: expected add"));
    auto db = clinic::openClinicDatabase(clinic::resolveDatabaseLocation(args.db));
    const auto user = signIn(args, *db);
    clinic::Services services(*db);
    // Every command is one service call, all or nothing in its own transaction.
    return run(services, user, args);
}

} // namespace meso::cli

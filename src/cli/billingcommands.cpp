#include "billingcommands.h"

#include "output.h"
#include "session.h"

#include "clinic/clinicdatabase.h"
#include "clinic/money.h"
#include "clinic/services.h"
#include "records/strings.h"

#include <QJsonDocument>

namespace meso::cli {

using records::ss;

namespace {

nlohmann::ordered_json jsonOf(const QString &jsonText)
{
    return nlohmann::ordered_json::parse(jsonText.toStdString(), nullptr, false);
}

nlohmann::ordered_json invoiceJson(const records::InvoiceRecord &r)
{
    nlohmann::ordered_json o;
    o["number"] = ss(r.number);
    o["kind"] = ss(r.kind);
    o["credits"] = r.creditsNumber.isEmpty() ? nlohmann::ordered_json()
                                             : nlohmann::ordered_json(ss(r.creditsNumber));
    o["patient"] = r.patientId;
    if (r.consultationId > 0)
        o["course"] = {{"consultation", r.consultationId}, {"request", r.requestIndex}};
    else
        o["course"] = nullptr;
    o["package"] = r.package;
    o["issued_on"] = ss(r.issuedOn.toString(Qt::ISODate));
    o["issued_at"] = ss(r.issuedAt.toString(Qt::ISODateWithMs));
    o["currency"] = ss(r.currency);
    o["lines"] = nlohmann::ordered_json::array();
    for (const records::InvoiceLine &l : r.lines) {
        nlohmann::ordered_json j;
        j["line"] = l.lineNo;
        j["label"] = ss(l.label);
        j["quantity"] = l.quantity;
        j["unit_cents"] = l.unitCents;
        j["vat_rate_bp"] = l.vatRate;
        j["excl_cents"] = l.exclCents;
        j["vat_cents"] = l.vatCents;
        j["incl_cents"] = l.inclCents;
        j["appointment"] = l.appointmentId > 0 ? nlohmann::ordered_json(l.appointmentId)
                                               : nlohmann::ordered_json();
        if (l.creditsLine > 0)
            j["credits_line"] = l.creditsLine;
        o["lines"].push_back(std::move(j));
    }
    o["excl_cents"] = r.exclCents;
    o["vat_cents"] = r.vatCents;
    o["incl_cents"] = r.inclCents;
    o["seller"] = jsonOf(r.seller);
    o["buyer"] = jsonOf(r.buyer);
    o["mention"] = ss(r.mention);
    o["reason"] = ss(r.reason);
    return o;
}

nlohmann::ordered_json paymentJson(const records::PaymentRecord &p)
{
    nlohmann::ordered_json o;
    o["id"] = p.id;
    o["patient"] = p.patientId;
    o["method"] = ss(p.method);
    o["amount_cents"] = p.amountCents;
    o["paid_on"] = ss(p.paidOn.toString(Qt::ISODate));
    o["document"] =
        p.document.isEmpty() ? nlohmann::ordered_json() : nlohmann::ordered_json(ss(p.document));
    if (p.consultationId > 0)
        o["course"] = {{"consultation", p.consultationId}, {"request", p.requestIndex}};
    else
        o["course"] = nullptr;
    o["note"] = ss(p.note);
    return o;
}

// --NAME as cents: "120", "120.50"; a UsageError naming the option otherwise.
qint64 centsOption(const CliArgs &args, const QString &name)
{
    const std::optional<qint64> cents = clinic::parseCents(args.option(name));
    if (!cents)
        throw UsageError(
            QStringLiteral("--%1: expected an amount such as 120 or 120.50").arg(name));
    return *cents;
}

std::vector<qint64> idList(const CliArgs &args, const QString &name)
{
    std::vector<qint64> ids;
    for (const QString &part : args.option(name).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 id = part.trimmed().toLongLong(&ok);
        if (!ok || id <= 0)
            throw UsageError(QStringLiteral("--%1: expected numbers separated by commas, such as "
                                            "12,13")
                                 .arg(name));
        ids.push_back(id);
    }
    return ids;
}

void require(const CliArgs &args, const QString &command, const QStringList &needed)
{
    for (const QString &n : needed) {
        if (!args.hasOption(n))
            throw UsageError(QStringLiteral("%1: expected --%2").arg(command, n));
    }
}

int issue(const CliArgs &args, clinic::Services &services, const clinic::ActingUser &user)
{
    args.allowOnly(
        {QStringLiteral("appointments"), QStringLiteral("course"), QStringLiteral("request")});
    const bool sessions = args.hasOption(QStringLiteral("appointments"));
    if (sessions == args.hasOption(QStringLiteral("course")))
        throw UsageError(QStringLiteral("invoice issue: expected --appointments ID,ID,... or "
                                        "--course CONSULTATION [--request N]"));
    const records::InvoiceRecord r =
        sessions ? services.billing.invoiceSessions(
                       user, idList(args, QStringLiteral("appointments")), args.lang.toStdString())
                 : services.billing.invoicePackage(
                       user, args.number(QStringLiteral("course")),
                       args.hasOption(QStringLiteral("request"))
                           ? static_cast<int>(args.number(QStringLiteral("request")))
                           : 0,
                       args.lang.toStdString());
    printJson(invoiceJson(r));
    return Ok;
}

int credit(const CliArgs &args, clinic::Services &services, const clinic::ActingUser &user)
{
    args.allowOnly({QStringLiteral("number"), QStringLiteral("lines"), QStringLiteral("reason")});
    require(args, QStringLiteral("invoice credit"),
            {QStringLiteral("number"), QStringLiteral("reason")});
    std::vector<int> lines;
    if (args.hasOption(QStringLiteral("lines"))) {
        for (const qint64 n : idList(args, QStringLiteral("lines")))
            lines.push_back(static_cast<int>(n));
    }
    printJson(
        invoiceJson(services.billing.creditNote(user, args.option(QStringLiteral("number")), lines,
                                                args.option(QStringLiteral("reason")))));
    return Ok;
}

int list(const CliArgs &args, clinic::Services &services, const clinic::ActingUser &user)
{
    args.allowOnly({QStringLiteral("patient")});
    require(args, QStringLiteral("invoice list"), {QStringLiteral("patient")});
    const qint64 patient = args.number(QStringLiteral("patient"));
    nlohmann::ordered_json out;
    out["patient"] = patient;
    out["documents"] = nlohmann::ordered_json::array();
    const clinic::BillingAccount account = services.billing.account(user, patient);
    for (const records::InvoiceRecord &r : account.documents)
        out["documents"].push_back(invoiceJson(r));
    out["payments"] = nlohmann::ordered_json::array();
    for (const records::PaymentRecord &p : account.payments)
        out["payments"].push_back(paymentJson(p));
    const clinic::BillingBalance &b = account.balance;
    out["invoiced_cents"] = b.invoicedCents;
    out["paid_cents"] = b.paidCents;
    out["due_cents"] = b.dueCents();
    printJson(out);
    return Ok;
}

int pay(const CliArgs &args, clinic::Services &services, const clinic::ActingUser &user)
{
    args.allowOnly({QStringLiteral("patient"), QStringLiteral("amount"), QStringLiteral("method"),
                    QStringLiteral("document"), QStringLiteral("course"), QStringLiteral("request"),
                    QStringLiteral("date"), QStringLiteral("note")});
    require(args, QStringLiteral("payment add"),
            {QStringLiteral("patient"), QStringLiteral("amount"), QStringLiteral("method")});
    if (args.hasOption(QStringLiteral("document")) && args.hasOption(QStringLiteral("course")))
        throw UsageError(QStringLiteral("payment add: expected --document or --course, not both"));
    clinic::PaymentRequest r;
    r.patientId = args.number(QStringLiteral("patient"));
    r.amountCents = centsOption(args, QStringLiteral("amount"));
    r.method = args.option(QStringLiteral("method"));
    r.document = args.option(QStringLiteral("document"));
    if (args.hasOption(QStringLiteral("course"))) {
        r.consultationId = args.number(QStringLiteral("course"));
        r.requestIndex = args.hasOption(QStringLiteral("request"))
                             ? static_cast<int>(args.number(QStringLiteral("request")))
                             : 0;
    }
    if (args.hasOption(QStringLiteral("date")))
        r.paidOn = args.date(QStringLiteral("date"));
    r.note = args.option(QStringLiteral("note"));
    const records::PaymentRecord p = services.billing.addPayment(user, r);
    nlohmann::ordered_json out = paymentJson(p);
    const clinic::BillingBalance b = services.billing.balance(user, p.patientId);
    out["patient_due_cents"] = b.dueCents();
    printJson(out);
    return Ok;
}

int takings(const CliArgs &args, clinic::Services &services, const clinic::ActingUser &user)
{
    args.allowOnly({QStringLiteral("date")});
    require(args, QStringLiteral("takings"), {QStringLiteral("date")});
    const clinic::Takings t = services.billing.takings(user, args.date(QStringLiteral("date")));
    nlohmann::ordered_json out;
    out["date"] = ss(t.day.toString(Qt::ISODate));
    out["currency"] = ss(t.currency);
    out["methods"] = nlohmann::ordered_json::array();
    for (const records::TakingsRow &r : t.methods) {
        out["methods"].push_back({{"method", ss(r.method)},
                                  {"payments", r.payments},
                                  {"received_cents", r.receivedCents},
                                  {"refunds", r.refunds},
                                  {"refunded_cents", r.refundedCents}});
    }
    out["received_cents"] = t.receivedCents;
    out["refunded_cents"] = t.refundedCents;
    out["net_cents"] = t.netCents();
    printJson(out);
    return Ok;
}

int prices(const CliArgs &args, clinic::Services &services, const clinic::ActingUser &user)
{
    const QString what = args.words.value(1);
    if (what == QLatin1String("set")) {
        args.allowOnly(
            {QStringLiteral("protocol"), QStringLiteral("session"), QStringLiteral("package")});
        require(args, QStringLiteral("price set"),
                {QStringLiteral("protocol"), QStringLiteral("session")});
        services.billing.setPrice(user, args.option(QStringLiteral("protocol")),
                                  centsOption(args, QStringLiteral("session")),
                                  args.hasOption(QStringLiteral("package"))
                                      ? centsOption(args, QStringLiteral("package"))
                                      : 0);
    } else if (what == QLatin1String("clear")) {
        args.allowOnly({QStringLiteral("protocol")});
        require(args, QStringLiteral("price clear"), {QStringLiteral("protocol")});
        services.billing.clearPrice(user, args.option(QStringLiteral("protocol")));
    } else {
        args.allowOnly({});
    }
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const clinic::Price &p : services.billing.prices(user, args.lang.toStdString())) {
        out.push_back(
            {{"protocol", ss(p.protocol)},
             {"name", ss(p.protocolName)},
             {"session_cents", p.sessionCents >= 0 ? nlohmann::ordered_json(p.sessionCents)
                                                   : nlohmann::ordered_json()},
             {"package_cents", p.packageCents > 0 ? nlohmann::ordered_json(p.packageCents)
                                                  : nlohmann::ordered_json()},
             {"source", p.clinicPrice        ? "clinic"
                        : p.sessionCents < 0 ? "none"
                                             : "catalog"}});
    }
    printJson(out);
    return Ok;
}

int settings(const CliArgs &args, clinic::Services &services, const clinic::ActingUser &user)
{
    args.allowOnly({QStringLiteral("siret"), QStringLiteral("vat-number"),
                    QStringLiteral("vat-rate"), QStringLiteral("vat-exemption"),
                    QStringLiteral("terms"), QStringLiteral("currency")});
    if (!args.options.isEmpty()) {
        records::BillingSettings b = services.billing.settings(user);
        if (args.hasOption(QStringLiteral("siret")))
            b.siret = args.option(QStringLiteral("siret"));
        if (args.hasOption(QStringLiteral("vat-number")))
            b.vatNumber = args.option(QStringLiteral("vat-number"));
        if (args.hasOption(QStringLiteral("vat-rate"))) {
            const std::optional<qint64> rate =
                clinic::parseCents(args.option(QStringLiteral("vat-rate")));
            if (!rate || *rate > 10000)
                throw UsageError(
                    QStringLiteral("--vat-rate: expected a percentage such as 20 or 5.5"));
            b.vatRate = static_cast<int>(*rate);
        }
        if (args.hasOption(QStringLiteral("vat-exemption")))
            b.vatExemption = args.option(QStringLiteral("vat-exemption"));
        if (args.hasOption(QStringLiteral("terms")))
            b.paymentTerms = args.option(QStringLiteral("terms"));
        if (args.hasOption(QStringLiteral("currency")))
            b.currency = args.option(QStringLiteral("currency"));
        services.billing.setSettings(user, b);
    }
    const records::BillingSettings b = services.billing.settings(user);
    nlohmann::ordered_json out;
    out["siret"] = ss(b.siret);
    out["vat_number"] = ss(b.vatNumber);
    out["vat_rate_bp"] = b.vatRate;
    out["vat_exemption"] = ss(b.vatExemption);
    out["terms"] = ss(b.paymentTerms);
    out["currency"] = services.assessments.catalog(user)->currency;
    printJson(out);
    return Ok;
}

} // namespace

int runBillingCommand(const CliArgs &args)
{
    const QString command = args.words.value(0);
    const QString what = args.words.value(1);
    int (*run)(const CliArgs &, clinic::Services &, const clinic::ActingUser &) = nullptr;
    if (command == QLatin1String("invoice") && args.words.size() == 2) {
        if (what == QLatin1String("issue"))
            run = issue;
        else if (what == QLatin1String("credit"))
            run = credit;
        else if (what == QLatin1String("list"))
            run = list;
        else if (what == QLatin1String("show"))
            run = [](const CliArgs &a, clinic::Services &s, const clinic::ActingUser &u) {
                a.allowOnly({QStringLiteral("number")});
                require(a, QStringLiteral("invoice show"), {QStringLiteral("number")});
                printJson(invoiceJson(s.billing.invoice(u, a.option(QStringLiteral("number")))));
                return int(Ok);
            };
    } else if (command == QLatin1String("payment") && args.words.size() == 2 &&
               what == QLatin1String("add")) {
        run = pay;
    } else if (command == QLatin1String("takings") && args.words.size() == 1) {
        run = takings;
    } else if (command == QLatin1String("price") &&
               (args.words.size() == 1 ||
                (args.words.size() == 2 &&
                 (what == QLatin1String("list") || what == QLatin1String("set") ||
                  what == QLatin1String("clear"))))) {
        run = prices;
    } else if (command == QLatin1String("billing") && args.words.size() == 2 &&
               what == QLatin1String("settings")) {
        run = settings;
    }
    if (!run)
        throw UsageError(
            QStringLiteral("%1: expected \"invoice issue|show|list|credit\", \"payment add\", "
                           "\"takings --date "
                           "DATE\", \"price list|set|clear\" or \"billing settings\" (see --help)")
                .arg(command));
    auto db = clinic::openClinicDatabase(clinic::resolveDatabaseLocation(args.db));
    const auto user = signIn(args, *db);
    clinic::Services services(*db);
    return run(args, services, user);
}

} // namespace meso::cli

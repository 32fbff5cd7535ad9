#include "billingservice.h"

#include "assessmentservice.h"
#include "audit.h"
#include "clinicprofile.h"
#include "money.h"
#include "permissions.h"
#include "validationerror.h"

#include "store/billingrepository.h"
#include "store/database.h"
#include "store/patientrepository.h"
#include "store/settingsrepository.h"
#include "store/transaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace meso::clinic {

namespace {

const QString kSiret = QStringLiteral("billing.siret");
const QString kVatNumber = QStringLiteral("billing.vat_number");
const QString kVatRate = QStringLiteral("billing.vat_rate");
const QString kVatExemption = QStringLiteral("billing.vat_exemption");
const QString kPaymentTerms = QStringLiteral("billing.payment_terms");
constexpr qint64 kMaxPriceCents = 10'000'000; // 100,000.00

records::BillingSettings readSettings(const store::Database &db)
{
    const store::SettingsRepository s(db);
    records::BillingSettings b;
    b.siret = s.value(kSiret);
    b.vatNumber = s.value(kVatNumber);
    bool ok = false;
    const int rate = s.value(kVatRate).toInt(&ok);
    b.vatRate = ok ? rate : 2000;
    b.vatExemption = s.value(kVatExemption);
    b.paymentTerms = s.value(kPaymentTerms);
    b.currency = s.value(ClinicProfileService::currencyKey());
    return b;
}

// The ISO 4217 codes of the currencies some country uses, as Qt's locale data (CLDR) knows them:
// "EUO" is a typing mistake, not a currency.
const QSet<QString> &knownCurrencies()
{
    static const QSet<QString> codes = [] {
        QSet<QString> out;
        for (const QLocale &l : QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript,
                                                         QLocale::AnyTerritory)) {
            const QString code = l.currencySymbol(QLocale::CurrencyIsoCode);
            if (code.size() == 3)
                out.insert(code);
        }
        return out;
    }();
    return codes;
}

// The Luhn check of a SIRET (and of its SIREN, the first 9 digits).
bool luhn(const QString &digits)
{
    int sum = 0;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        int d = digits.at(digits.size() - 1 - i).digitValue();
        if (i % 2 == 1) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
    }
    return sum % 10 == 0;
}

QString numberOf(int year, int seq)
{
    return QStringLiteral("%1-%2").arg(year).arg(seq, 6, 10, QLatin1Char('0'));
}

std::vector<records::InvoiceLine> numbered(std::vector<records::InvoiceLine> lines)
{
    int n = 0;
    for (records::InvoiceLine &l : lines)
        l.lineNo = ++n;
    return lines;
}

// A line of `quantity` at `unitCents` VAT included, split at `rate`.
records::InvoiceLine line(const QString &label, int quantity, qint64 unitCents, int rate,
                          qint64 appointmentId = 0)
{
    records::InvoiceLine l;
    l.label = label;
    l.quantity = quantity;
    l.unitCents = unitCents;
    l.vatRate = rate;
    l.inclCents = unitCents * quantity;
    const VatSplit split = splitVat(l.inclCents, rate);
    l.exclCents = split.exclCents;
    l.vatCents = split.vatCents;
    l.appointmentId = appointmentId;
    return l;
}

QString protocolName(const core::Catalog &catalog, const QString &id, const std::string &lang)
{
    const core::Protocol *p = core::Catalog::findIn(catalog.protocols, id.toStdString());
    return p ? QString::fromStdString(p->name.in(lang)) : id;
}

qint64 catalogCents(const core::Catalog &catalog, const QString &protocol)
{
    const core::Protocol *p = core::Catalog::findIn(catalog.protocols, protocol.toStdString());
    return p ? p->priceCents : 0;
}

// The clinic's prices by protocol, read in one query (not one per protocol of the catalog).
std::map<QString, records::PriceRecord> pricesByProtocol(const store::BillingRepository &billing)
{
    std::map<QString, records::PriceRecord> out;
    for (records::PriceRecord &r : billing.prices())
        out.emplace(r.protocol, std::move(r));
    return out;
}

// A session's price: the course's approved quote shared between its sessions (the rest of the
// division on the last one, so the course adds up to the quote), else the protocol's price.
qint64 sessionCents(const store::BillingRepository &billing, const core::Catalog &catalog,
                    const store::BillableSession &s)
{
    if (s.quoteCents >= 0 && s.sessions > 0) {
        qint64 unit = s.quoteCents / s.sessions;
        if (s.sessionIndex == s.sessions - 1)
            unit += s.quoteCents % s.sessions;
        return unit;
    }
    if (const auto own = billing.price(s.protocol))
        return own->sessionCents;
    return catalogCents(catalog, s.protocol);
}

// What a package invoice of the course charges: the protocol's package price when the course has
// the protocol's usual number of sessions (the package is priced for that course), else the
// approved quote; -1 when there is neither.
qint64 packageCents(const store::BillingRepository &billing, const core::Catalog &catalog,
                    const store::BillableSession &course)
{
    const auto own = billing.price(course.protocol);
    const core::Protocol *p =
        core::Catalog::findIn(catalog.protocols, course.protocol.toStdString());
    if (own && own->packageCents > 0 && p && course.sessions == p->sessionsDefault)
        return own->packageCents;
    return course.quoteCents;
}

// An amount in a message, as the interface's language writes numbers ("600,00" in French).
QString amountText(qint64 cents)
{
    return QLocale().toString(static_cast<double>(cents) / 100, 'f', 2);
}

// ValidationError naming `field` when there is no such patient.
void requirePatient(const store::Database &db, qint64 patientId, const QString &field)
{
    if (patientId <= 0 || !store::PatientRepository(db).find(patientId))
        throw ValidationError(field, BillingService::tr("no patient %1").arg(patientId));
}

} // namespace

QStringList BillingService::paymentMethods()
{
    return {QStringLiteral("card"), QStringLiteral("cash"), QStringLiteral("cheque"),
            QStringLiteral("transfer")};
}

QString BillingService::methodName(const QString &method)
{
    if (method == QLatin1String("card"))
        return tr("Card");
    if (method == QLatin1String("cash"))
        return tr("Cash");
    if (method == QLatin1String("cheque"))
        return tr("Cheque");
    if (method == QLatin1String("transfer"))
        return tr("Transfer");
    return method;
}

std::vector<Price> BillingService::prices(const ActingUser &user, const std::string &lang) const
{
    Permissions::require(user, Action::BillingRead);
    const auto catalog = m_assessments.importedCatalog(user);
    const bool foreign = m_assessments.catalog(user)->currency != catalog->currency;
    std::vector<Price> out;
    const auto own = pricesByProtocol(store::BillingRepository(m_db));
    for (const core::Protocol &p : catalog->protocols) {
        Price price;
        price.protocol = QString::fromStdString(p.id);
        price.protocolName = QString::fromStdString(p.name.in(lang));
        price.sessionCents = foreign ? -1 : p.priceCents;
        if (const auto it = own.find(price.protocol); it != own.end()) {
            price.sessionCents = it->second.sessionCents;
            price.packageCents = it->second.packageCents;
            price.clinicPrice = true;
        }
        out.push_back(std::move(price));
    }
    return out;
}

void BillingService::setPrice(const ActingUser &user, const QString &protocol, qint64 sessionCents,
                              qint64 packageCents)
{
    setPrices(user, {{protocol, sessionCents, packageCents}});
}

void BillingService::clearPrice(const ActingUser &user, const QString &protocol)
{
    setPrices(user, {{protocol, -1, 0}});
}

void BillingService::setPrices(const ActingUser &user, const std::vector<PriceChange> &changes)
{
    Permissions::require(user, Action::BillingSetup);
    const auto catalog = m_assessments.importedCatalog(user);
    // Every change checked before any is written.
    for (const PriceChange &c : changes) {
        if (!core::Catalog::findIn(catalog->protocols, c.protocol.toStdString()))
            throw ValidationError(
                QStringLiteral("price.protocol"),
                tr("expected a protocol of the catalog, not \"%1\"").arg(c.protocol));
        if (c.sessionCents < -1 || c.sessionCents > kMaxPriceCents)
            throw ValidationError(QStringLiteral("price.session"),
                                  tr("expected an amount from 0 to 100000.00"));
        if (c.packageCents < 0 || c.packageCents > kMaxPriceCents)
            throw ValidationError(QStringLiteral("price.package"),
                                  tr("expected an amount from 0 to 100000.00 (0: no package)"));
    }
    store::WriteTransaction tx(m_db);
    // Under the writer lock: the clinic's currency as it is now (another administrator may have
    // chosen one meanwhile).
    const QString catalogCurrency = QString::fromStdString(catalog->currency);
    const QString currency =
        store::SettingsRepository(m_db).value(ClinicProfileService::currencyKey());
    if (!currency.isEmpty() && currency != catalogCurrency &&
        std::any_of(changes.begin(), changes.end(),
                    [](const PriceChange &c) { return c.sessionCents < 0; }))
        throw ValidationError(QStringLiteral("price.session"),
                              tr("expected a price: the clinic's currency (%1) is not the "
                                 "catalog's (%2), so every protocol keeps a price of its own")
                                  .arg(currency, catalogCurrency));
    store::BillingRepository billing(m_db);
    for (const PriceChange &c : changes) {
        const QString entity = QStringLiteral("price:%1").arg(c.protocol);
        if (c.sessionCents < 0) {
            billing.removePrice(c.protocol);
            audit(m_db, user, QStringLiteral("price.set"), 0, entity,
                  QStringLiteral("the catalog's"));
            continue;
        }
        records::PriceRecord r;
        r.protocol = c.protocol;
        r.sessionCents = c.sessionCents;
        r.packageCents = c.packageCents;
        r.updatedBy = user.id;
        r.updatedAt = QDateTime::currentDateTimeUtc();
        billing.setPrice(r);
        audit(m_db, user, QStringLiteral("price.set"), 0, entity,
              QStringLiteral("session %1, package %2")
                  .arg(centsText(c.sessionCents), centsText(c.packageCents)));
    }
    tx.commit();
}

// A clinic keeps one currency: it may choose another than the catalog's before its first quote
// or invoice, once every protocol has its price in it (the catalog's amounts are not in it).
void BillingService::checkCurrency(const ActingUser &user, const QString &wanted)
{
    const auto catalog = m_assessments.importedCatalog(user);
    const QString catalogCurrency = QString::fromStdString(catalog->currency);
    const QString before = readSettings(m_db).currency;
    const QString now = before.isEmpty() ? catalogCurrency : before;
    const QString next = wanted.isEmpty() ? catalogCurrency : wanted;
    if (next == now)
        return;
    const store::BillingRepository billing(m_db);
    if (billing.anyQuoteOrInvoice())
        throw ConflictError(QStringLiteral("billing.currency"),
                            tr("quotes or invoices were already made in %1: a clinic chooses its "
                               "currency before its first quote")
                                .arg(now));
    if (next == catalogCurrency)
        return;
    const auto own = pricesByProtocol(billing);
    QStringList unpriced;
    for (const core::Protocol &p : catalog->protocols) {
        if (!own.count(QString::fromStdString(p.id)))
            unpriced << QString::fromStdString(p.id);
    }
    if (!unpriced.isEmpty())
        throw ValidationError(QStringLiteral("billing.currency"),
                              tr("the catalog's prices are in %1: give every protocol its price "
                                 "in %2 first (none yet: %3)")
                                  .arg(catalogCurrency, next, unpriced.join(QStringLiteral(", "))));
}

records::BillingSettings BillingService::settings(const ActingUser &user) const
{
    Permissions::require(user, Action::BillingRead);
    return readSettings(m_db);
}

void BillingService::setSettings(const ActingUser &user, const records::BillingSettings &in)
{
    Permissions::require(user, Action::BillingSetup);
    records::BillingSettings b = in;
    b.siret.remove(QLatin1Char(' '));
    b.vatNumber = b.vatNumber.remove(QLatin1Char(' ')).toUpper();
    b.vatExemption = b.vatExemption.trimmed();
    b.paymentTerms = b.paymentTerms.trimmed();
    static const QRegularExpression fourteen(QStringLiteral("^\\d{14}$"));
    if (!b.siret.isEmpty() && (!fourteen.match(b.siret).hasMatch() || !luhn(b.siret)))
        throw ValidationError(QStringLiteral("billing.siret"),
                              tr("expected the 14 digits of a SIRET number, such as "
                                 "732 829 320 00074 (its last digit checks the others)"));
    static const QRegularExpression french(QStringLiteral("^FR(\\d{2})(\\d{9})$"));
    static const QRegularExpression other(QStringLiteral("^[A-Z]{2}[A-Z0-9]{2,13}$"));
    if (!b.vatNumber.isEmpty()) {
        if (b.vatNumber.startsWith(QLatin1String("FR"))) {
            const QRegularExpressionMatch m = french.match(b.vatNumber);
            const qint64 siren = m.hasMatch() ? m.captured(2).toLongLong() : 0;
            if (!m.hasMatch() || m.captured(1).toInt() != (12 + 3 * (siren % 97)) % 97 ||
                (!b.siret.isEmpty() && !b.siret.startsWith(m.captured(2))))
                throw ValidationError(
                    QStringLiteral("billing.vat_number"),
                    tr("expected FR, its 2-digit key and the 9 digits of the SIRET's SIREN, "
                       "such as FR44 732829320"));
        } else if (!other.match(b.vatNumber).hasMatch()) {
            throw ValidationError(QStringLiteral("billing.vat_number"),
                                  tr("expected a VAT number: a country code and 2 to 13 letters "
                                     "or digits"));
        }
    }
    b.currency = b.currency.trimmed().toUpper();
    if (!b.currency.isEmpty() && !knownCurrencies().contains(b.currency))
        throw ValidationError(QStringLiteral("billing.currency"),
                              tr("expected an ISO 4217 code such as EUR or CHF"));
    if (b.vatRate < 0 || b.vatRate > 10000)
        throw ValidationError(QStringLiteral("billing.vat_rate"), tr("expected 0 to 100 %"));
    if (b.vatRate == 0 && b.vatExemption.isEmpty())
        throw ValidationError(QStringLiteral("billing.vat_exemption"),
                              tr("expected the legal mention printed without VAT, such as "
                                 "\"TVA non applicable, article 261-4-1° du CGI\""));
    store::WriteTransaction tx(m_db);
    checkCurrency(user, b.currency);
    store::SettingsRepository s(m_db);
    s.setValue(kSiret, b.siret);
    s.setValue(kVatNumber, b.vatNumber);
    s.setValue(kVatRate, QString::number(b.vatRate));
    s.setValue(kVatExemption, b.vatExemption);
    s.setValue(kPaymentTerms, b.paymentTerms);
    s.setValue(ClinicProfileService::currencyKey(), b.currency);
    audit(m_db, user, QStringLiteral("billing.settings"), 0, QStringLiteral("clinic"),
          QStringLiteral("VAT %1 bp, currency %2")
              .arg(b.vatRate)
              .arg(b.currency.isEmpty() ? QStringLiteral("the catalog's") : b.currency));
    tx.commit();
}

records::InvoiceRecord BillingService::issue(const ActingUser &user, records::InvoiceRecord r)
{
    const records::BillingSettings b = readSettings(m_db);
    const store::SettingsRepository settings(m_db);
    const QString name = settings.value(QStringLiteral("clinic.name"));
    const QString country = settings.value(QStringLiteral("clinic.country"));
    if (name.isEmpty())
        throw ValidationError(QStringLiteral("invoice.seller"),
                              tr("expected the clinic's name (Settings > Clinic) before the first "
                                 "invoice"));
    if (country == QLatin1String("FR") && b.siret.isEmpty())
        throw ValidationError(QStringLiteral("invoice.seller"),
                              tr("expected the clinic's SIRET (Billing > Prices and VAT): a French "
                                 "invoice must show it"));
    const bool charged = std::any_of(r.lines.begin(), r.lines.end(),
                                     [](const records::InvoiceLine &l) { return l.vatRate > 0; });
    if (country == QLatin1String("FR") && charged && b.vatNumber.isEmpty())
        throw ValidationError(QStringLiteral("invoice.seller"),
                              tr("expected the clinic's VAT number (Billing > Prices and VAT): an "
                                 "invoice charging VAT must show it"));
    QJsonObject seller{
        {QStringLiteral("name"), name},
        {QStringLiteral("address"), settings.value(QStringLiteral("clinic.address"))},
        {QStringLiteral("phone"), settings.value(QStringLiteral("clinic.phone"))},
        {QStringLiteral("email"), settings.value(QStringLiteral("clinic.email"))},
        {QStringLiteral("country"), country},
        {QStringLiteral("siret"), b.siret},
        {QStringLiteral("vat_number"), b.vatNumber},
        {QStringLiteral("terms"), b.paymentTerms}};
    r.seller = QString::fromUtf8(QJsonDocument(seller).toJson(QJsonDocument::Compact));
    const auto patient = store::PatientRepository(m_db).find(r.patientId);
    if (!patient)
        throw ValidationError(QStringLiteral("invoice.patient"),
                              tr("no patient %1").arg(r.patientId));
    QJsonObject buyer{{QStringLiteral("id"), r.patientId},
                      {QStringLiteral("family_name"), patient->familyName},
                      {QStringLiteral("given_names"), patient->givenNames},
                      {QStringLiteral("address"), patient->address}};
    r.buyer = QString::fromUtf8(QJsonDocument(buyer).toJson(QJsonDocument::Compact));
    const bool exempt = std::any_of(r.lines.begin(), r.lines.end(),
                                    [](const records::InvoiceLine &l) { return l.vatRate == 0; });
    if (exempt && r.mention.isEmpty())
        r.mention = b.vatExemption;
    r.lines = numbered(std::move(r.lines));
    r.exclCents = r.vatCents = r.inclCents = 0;
    for (const records::InvoiceLine &l : r.lines) {
        r.exclCents += l.exclCents;
        r.vatCents += l.vatCents;
        r.inclCents += l.inclCents;
    }
    r.currency = QString::fromStdString(m_assessments.catalog(user)->currency);
    r.issuedBy = user.id;
    // The number last, under the writer lock the transaction holds: the time of issue follows the
    // number's order.
    store::BillingRepository billing(m_db);
    r.issuedOn = QDate::currentDate();
    r.year = r.issuedOn.year();
    r.seq = billing.takeNumber(r.year);
    r.number = numberOf(r.year, r.seq);
    r.issuedAt = QDateTime::currentDateTimeUtc();
    r.id = billing.insertInvoice(r);
    return r;
}

records::InvoiceRecord BillingService::invoiceSessions(const ActingUser &user,
                                                       const std::vector<qint64> &appointmentIds,
                                                       const std::string &lang)
{
    Permissions::require(user, Action::InvoiceIssue);
    const QString field = QStringLiteral("invoice.appointments");
    const std::set<qint64> unique(appointmentIds.begin(), appointmentIds.end());
    if (unique.empty())
        throw ValidationError(field, tr("expected at least one completed session"));
    const std::vector<qint64> ids(unique.begin(), unique.end());
    const auto catalog = m_assessments.catalog(user);
    store::WriteTransaction tx(m_db);
    store::BillingRepository billing(m_db);
    const std::vector<store::BillableSession> sessions = billing.sessions(ids);
    for (const qint64 id : ids) {
        if (std::none_of(sessions.begin(), sessions.end(),
                         [id](const store::BillableSession &s) { return s.appointmentId == id; }))
            throw ValidationError(field, tr("no appointment %1").arg(id));
    }
    const std::set<qint64> billed = billing.billedAppointments(ids);
    const int rate = readSettings(m_db).vatRate;
    records::InvoiceRecord r;
    r.kind = QStringLiteral("invoice");
    r.patientId = sessions.front().patientId;
    const QLocale locale;
    for (const store::BillableSession &s : sessions) {
        if (s.status != QLatin1String("completed"))
            throw ConflictError(
                field, tr("appointment %1 is not a completed session").arg(s.appointmentId));
        if (s.patientId != r.patientId)
            throw ValidationError(field, tr("appointment %1 is another patient's: an invoice is "
                                            "one patient's")
                                             .arg(s.appointmentId));
        if (billed.count(s.appointmentId))
            throw ConflictError(field, tr("appointment %1 is already billed").arg(s.appointmentId));
        const QString package = billing.packageInvoiceOf(s.consultationId, s.requestIndex);
        if (!package.isEmpty())
            throw ConflictError(field, tr("appointment %1 is part of a course billed as a "
                                          "package (invoice %2)")
                                           .arg(s.appointmentId)
                                           .arg(package));
        const qint64 unit = sessionCents(billing, *catalog, s);
        if (unit < 0)
            throw ConflictError(field, tr("%1 has no price in %2 yet: an administrator sets it in "
                                          "Prices and VAT")
                                           .arg(protocolName(*catalog, s.protocol, lang),
                                                QString::fromStdString(catalog->currency)));
        const QDate day = QDate(1970, 1, 1).addDays(s.startsAt / 1440);
        r.lines.push_back(line(tr("%1: session %2 of %3, %4")
                                   .arg(protocolName(*catalog, s.protocol, lang))
                                   .arg(s.sessionIndex + 1)
                                   .arg(s.sessions)
                                   .arg(locale.toString(day, QLocale::ShortFormat)),
                               1, unit, rate, s.appointmentId));
    }
    if (sessions.size() == 1 || std::all_of(sessions.begin(), sessions.end(), [&](const auto &s) {
            return s.consultationId == sessions.front().consultationId &&
                   s.requestIndex == sessions.front().requestIndex;
        })) {
        r.consultationId = sessions.front().consultationId;
        r.requestIndex = sessions.front().requestIndex;
    }
    r = issue(user, std::move(r));
    audit(m_db, user, QStringLiteral("invoice.issue"), r.patientId,
          QStringLiteral("invoice:%1").arg(r.number),
          QStringLiteral("%1 session(s), %2").arg(r.lines.size()).arg(centsText(r.inclCents)));
    tx.commit();
    return r;
}

std::vector<BillableSession> BillingService::billableSessions(const ActingUser &user,
                                                              qint64 patientId,
                                                              const std::string &lang) const
{
    Permissions::require(user, Action::BillingRead);
    const auto catalog = m_assessments.catalog(user);
    store::ReadTransaction tx(m_db);
    const store::BillingRepository billing(m_db);
    const std::vector<store::BillableSession> done = billing.completedSessionsOf(patientId);
    std::vector<qint64> ids;
    for (const store::BillableSession &s : done)
        ids.push_back(s.appointmentId);
    const std::set<qint64> billed = billing.billedAppointments(ids);
    std::vector<BillableSession> out;
    for (const store::BillableSession &s : done) {
        if (billed.count(s.appointmentId) ||
            !billing.packageInvoiceOf(s.consultationId, s.requestIndex).isEmpty())
            continue;
        out.push_back({s.appointmentId, QDate(1970, 1, 1).addDays(s.startsAt / 1440),
                       protocolName(*catalog, s.protocol, lang), s.sessionIndex + 1, s.sessions,
                       sessionCents(billing, *catalog, s)});
    }
    return out;
}

std::vector<BillableCourse> BillingService::courses(const ActingUser &user, qint64 patientId,
                                                    const std::string &lang) const
{
    Permissions::require(user, Action::BillingRead);
    const auto catalog = m_assessments.catalog(user);
    store::ReadTransaction tx(m_db);
    const store::BillingRepository billing(m_db);
    std::vector<BillableCourse> out;
    for (const store::BillableSession &c : billing.approvedCoursesOf(patientId)) {
        BillableCourse b;
        b.consultationId = c.consultationId;
        b.requestIndex = c.requestIndex;
        b.protocolName = protocolName(*catalog, c.protocol, lang);
        b.sessions = c.sessions;
        b.packageCents = packageCents(billing, *catalog, c);
        b.packageInvoice = billing.packageInvoiceOf(c.consultationId, c.requestIndex);
        b.sessionsBilled = billing.billedSessionsOf(c.consultationId, c.requestIndex);
        out.push_back(std::move(b));
    }
    return out;
}

records::InvoiceRecord BillingService::invoicePackage(const ActingUser &user, qint64 consultationId,
                                                      int requestIndex, const std::string &lang)
{
    Permissions::require(user, Action::InvoiceIssue);
    const QString field = QStringLiteral("invoice.course");
    const auto catalog = m_assessments.catalog(user);
    store::WriteTransaction tx(m_db);
    store::BillingRepository billing(m_db);
    const auto course = billing.approvedCourse(consultationId, requestIndex);
    if (!course)
        throw ValidationError(field, tr("no approved plan for request %1 of consultation %2")
                                         .arg(requestIndex)
                                         .arg(consultationId));
    const QString earlier = billing.packageInvoiceOf(consultationId, requestIndex);
    if (!earlier.isEmpty())
        throw ConflictError(
            field, tr("the course is already billed as a package (invoice %1)").arg(earlier));
    if (const int billed = billing.billedSessionsOf(consultationId, requestIndex))
        throw ConflictError(field, tr("%n session(s) of the course are already billed one by one",
                                      nullptr, billed));
    const qint64 amount = packageCents(billing, *catalog, *course);
    if (amount < 0)
        throw ValidationError(field, tr("no package price for %1 and no approved quote")
                                         .arg(protocolName(*catalog, course->protocol, lang)));
    records::InvoiceRecord r;
    r.kind = QStringLiteral("invoice");
    r.patientId = course->patientId;
    r.consultationId = consultationId;
    r.requestIndex = requestIndex;
    r.package = true;
    r.lines.push_back(line(tr("%1: course of %2 sessions, paid in advance")
                               .arg(protocolName(*catalog, course->protocol, lang))
                               .arg(course->sessions),
                           1, amount, readSettings(m_db).vatRate));
    r = issue(user, std::move(r));
    audit(m_db, user, QStringLiteral("invoice.issue"), r.patientId,
          QStringLiteral("invoice:%1").arg(r.number),
          QStringLiteral("package of consultation %1 request %2, %3")
              .arg(consultationId)
              .arg(requestIndex)
              .arg(centsText(r.inclCents)));
    tx.commit();
    return r;
}

records::InvoiceRecord BillingService::creditNote(const ActingUser &user,
                                                  const QString &invoiceNumber,
                                                  const std::vector<int> &lines,
                                                  const QString &reason)
{
    Permissions::require(user, Action::CreditNote);
    if (reason.trimmed().isEmpty())
        throw ValidationError(QStringLiteral("credit.reason"),
                              tr("expected why the invoice is cancelled"));
    store::WriteTransaction tx(m_db);
    store::BillingRepository billing(m_db);
    const auto original = billing.invoiceByNumber(invoiceNumber.trimmed());
    if (!original || original->kind != QLatin1String("invoice"))
        throw ValidationError(QStringLiteral("invoice.number"),
                              tr("no invoice numbered \"%1\"").arg(invoiceNumber));
    const std::set<int> done = billing.creditedLines(original->id);
    std::set<int> chosen(lines.begin(), lines.end());
    if (chosen.empty()) {
        for (const records::InvoiceLine &l : original->lines) {
            if (!done.count(l.lineNo))
                chosen.insert(l.lineNo);
        }
        if (chosen.empty())
            throw ConflictError(
                QStringLiteral("credit.lines"),
                tr("every line of invoice %1 is already cancelled").arg(original->number));
    }
    records::InvoiceRecord r;
    r.kind = QStringLiteral("credit_note");
    r.creditsId = original->id;
    r.creditsNumber = original->number;
    r.patientId = original->patientId;
    r.consultationId = original->consultationId;
    r.requestIndex = original->requestIndex;
    r.package = original->package;
    r.mention = original->mention;
    r.reason = reason.trimmed();
    for (const int n : chosen) {
        const auto it = std::find_if(original->lines.begin(), original->lines.end(),
                                     [n](const records::InvoiceLine &l) { return l.lineNo == n; });
        if (it == original->lines.end())
            throw ValidationError(QStringLiteral("credit.lines"),
                                  tr("invoice %1 has no line %2").arg(original->number).arg(n));
        if (done.count(n))
            throw ConflictError(
                QStringLiteral("credit.lines"),
                tr("line %1 of invoice %2 is already cancelled").arg(n).arg(original->number));
        records::InvoiceLine l = *it;
        l.unitCents = -l.unitCents;
        l.exclCents = -l.exclCents;
        l.vatCents = -l.vatCents;
        l.inclCents = -l.inclCents;
        l.creditsLine = n;
        r.lines.push_back(std::move(l));
    }
    r = issue(user, std::move(r));
    audit(m_db, user, QStringLiteral("invoice.credit"), r.patientId,
          QStringLiteral("invoice:%1").arg(r.number),
          QStringLiteral("cancels %1 line(s) of %2, %3")
              .arg(r.lines.size())
              .arg(original->number, centsText(r.inclCents)));
    tx.commit();
    return r;
}

records::InvoiceRecord BillingService::invoice(const ActingUser &user, const QString &number) const
{
    Permissions::require(user, Action::BillingRead);
    store::WriteTransaction tx(m_db); // the audit row of the read
    const auto found = store::BillingRepository(m_db).invoiceByNumber(number.trimmed());
    if (!found)
        throw ValidationError(QStringLiteral("invoice.number"),
                              tr("no invoice or credit note numbered \"%1\"").arg(number));
    audit(m_db, user, QStringLiteral("invoice.read"), found->patientId,
          QStringLiteral("invoice:%1").arg(found->number));
    tx.commit();
    return *found;
}

BillingAccount BillingService::account(const ActingUser &user, qint64 patientId) const
{
    Permissions::require(user, Action::BillingRead);
    store::WriteTransaction tx(m_db); // one snapshot, and the audit row of the read
    requirePatient(m_db, patientId, QStringLiteral("invoice.patient"));
    const store::BillingRepository billing(m_db);
    BillingAccount a;
    a.documents = billing.invoicesOf(patientId);
    a.payments = billing.paymentsOf(patientId);
    const store::Balance b = billing.balanceOf(patientId);
    a.balance = {b.invoicedCents, b.paidCents};
    audit(m_db, user, QStringLiteral("invoice.read"), patientId,
          QStringLiteral("patient:%1").arg(patientId),
          QStringLiteral("%1 document(s)").arg(a.documents.size()));
    tx.commit();
    return a;
}

records::PaymentRecord BillingService::addPayment(const ActingUser &user,
                                                  const PaymentRequest &request)
{
    Permissions::require(user, Action::PaymentTake);
    if (!paymentMethods().contains(request.method))
        throw ValidationError(QStringLiteral("payment.method"),
                              tr("expected card, cash, cheque or transfer"));
    if (request.amountCents <= 0 || request.amountCents > kMaxPriceCents)
        throw ValidationError(QStringLiteral("payment.amount"),
                              tr("expected an amount from 0.01 to 100000.00"));
    const QDate today = QDate::currentDate();
    const QDate paidOn = request.paidOn.isValid() ? request.paidOn : today;
    if (paidOn > today)
        throw ValidationError(QStringLiteral("payment.date"), tr("expected a day up to today"));
    store::WriteTransaction tx(m_db);
    store::BillingRepository billing(m_db);
    requirePatient(m_db, request.patientId, QStringLiteral("payment.patient"));
    records::PaymentRecord p;
    p.patientId = request.patientId;
    p.method = request.method;
    p.amountCents = request.amountCents;
    p.paidOn = paidOn;
    p.note = request.note.trimmed();
    p.takenBy = user.id;
    p.takenAt = QDateTime::currentDateTimeUtc();
    QString against;
    if (!request.document.trimmed().isEmpty()) {
        const auto doc = billing.invoiceByNumber(request.document.trimmed());
        if (!doc || doc->patientId != request.patientId)
            throw ValidationError(QStringLiteral("payment.document"),
                                  tr("no invoice or credit note \"%1\" of patient %2")
                                      .arg(request.document)
                                      .arg(request.patientId));
        p.invoiceId = doc->id;
        p.document = doc->number;
        const qint64 paid = billing.paidAgainst(doc->id);
        if (doc->kind == QLatin1String("credit_note")) {
            // A refund: what the credit note gives back, less the refunds made.
            const qint64 left = -doc->inclCents + paid;
            if (left <= 0)
                throw ConflictError(QStringLiteral("payment.document"),
                                    tr("credit note %1 is already refunded").arg(doc->number));
            if (request.amountCents > left)
                throw ConflictError(QStringLiteral("payment.amount"),
                                    tr("expected at most %1 left to refund on credit note %2")
                                        .arg(amountText(left), doc->number));
            p.amountCents = -request.amountCents;
        } else {
            qint64 credited = 0;
            for (const records::InvoiceRecord &c : billing.creditNotesOf(doc->id))
                credited += c.inclCents;
            qint64 left = doc->inclCents + credited - paid;
            // A deposit on the invoice's course counts: never more than the course still owes.
            if (doc->consultationId > 0)
                left = std::min(
                    left,
                    billing.balanceOfCourse(doc->consultationId, doc->requestIndex).dueCents());
            if (left <= 0)
                throw ConflictError(QStringLiteral("payment.document"),
                                    tr("nothing is left to pay on invoice %1").arg(doc->number));
            if (request.amountCents > left)
                throw ConflictError(QStringLiteral("payment.amount"),
                                    tr("expected at most %1 still due on invoice %2")
                                        .arg(amountText(left), doc->number));
        }
        against = doc->number;
    } else if (request.consultationId > 0) {
        const auto course = billing.approvedCourse(request.consultationId, request.requestIndex);
        if (!course || course->patientId != request.patientId)
            throw ValidationError(QStringLiteral("payment.course"),
                                  tr("no approved course of patient %1 for request %2 of "
                                     "consultation %3")
                                      .arg(request.patientId)
                                      .arg(request.requestIndex)
                                      .arg(request.consultationId));
        p.consultationId = request.consultationId;
        p.requestIndex = request.requestIndex;
        against = QStringLiteral("consultation %1 request %2")
                      .arg(request.consultationId)
                      .arg(request.requestIndex);
    }
    p.id = billing.insertPayment(p);
    audit(m_db, user, QStringLiteral("payment.add"), p.patientId,
          QStringLiteral("payment:%1").arg(p.id),
          against.isEmpty()
              ? QStringLiteral("%1 %2").arg(p.method, centsText(p.amountCents))
              : QStringLiteral("%1 %2 on %3").arg(p.method, centsText(p.amountCents), against));
    tx.commit();
    return p;
}

BillingBalance BillingService::balance(const ActingUser &user, qint64 patientId) const
{
    Permissions::require(user, Action::BillingRead);
    store::ReadTransaction tx(m_db);
    const store::Balance b = store::BillingRepository(m_db).balanceOf(patientId);
    return {b.invoicedCents, b.paidCents};
}

BillingBalance BillingService::courseBalance(const ActingUser &user, qint64 consultationId,
                                             int requestIndex) const
{
    Permissions::require(user, Action::BillingRead);
    store::ReadTransaction tx(m_db);
    const store::Balance b =
        store::BillingRepository(m_db).balanceOfCourse(consultationId, requestIndex);
    return {b.invoicedCents, b.paidCents};
}

Takings BillingService::takings(const ActingUser &user, const QDate &day) const
{
    Permissions::require(user, Action::BillingRead);
    if (!day.isValid())
        throw ValidationError(QStringLiteral("takings.date"), tr("expected a date"));
    Takings t;
    t.day = day;
    t.currency = QString::fromStdString(m_assessments.catalog(user)->currency);
    store::WriteTransaction tx(m_db);
    t.methods = store::BillingRepository(m_db).takings(day);
    for (const records::TakingsRow &r : t.methods) {
        t.receivedCents += r.receivedCents;
        t.refundedCents += r.refundedCents;
    }
    audit(m_db, user, QStringLiteral("billing.takings"), 0, QStringLiteral("takings"),
          QStringLiteral("%1: %2").arg(day.toString(Qt::ISODate), centsText(t.netCents())));
    tx.commit();
    return t;
}

} // namespace meso::clinic

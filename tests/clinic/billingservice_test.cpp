// Billing (issue 22), on both engines: invoices of completed sessions at the course's quote,
// numbered in one gapless series a year, never changed, cancelled by credit notes; payments,
// deposits and refunds, balances and a day's takings; the clinic's legal identifiers checked.

#include "clinic/billingservice.h"
#include "clinic/money.h"
#include "clinic/validationerror.h"
#include "clinicfixture.h"
#include "records/storeerror.h"
#include "store/statement.h"

#include <catch2/catch.hpp>

#include <QProcess>

using namespace meso;

namespace {

struct Billing
{
    test::ClinicFixture f;
    clinic::ActingUser desk;
    qint64 patient = 0, consultation = 0, plan = 0;
    int sessions = 0;
    qint64 quote = 0;

    Billing()
    {
        clinic::ClinicProfile profile = f.services.profile.profile(f.admin);
        profile.name = QStringLiteral("Clinique du Parc");
        profile.address = QStringLiteral("12 rue des Lilas, 69006 Lyon");
        profile.country = QStringLiteral("FR");
        f.services.profile.setProfile(f.admin, profile);
        records::BillingSettings b;
        b.siret = QStringLiteral("732 829 320 00074");
        b.vatNumber = QStringLiteral("FR44732829320");
        b.vatRate = 2000;
        f.services.billing.setSettings(f.admin, b);
        records::UserRecord u;
        u.username = QStringLiteral("accueil");
        u.displayName = QStringLiteral("Accueil");
        u.role = QStringLiteral("front_desk");
        desk.id = f.services.users.addUser(f.admin, u, QStringLiteral("desk-secret-1"));
        desk.username = u.username;
        desk.role = u.role;
        std::tie(patient, consultation, plan) = course(QStringLiteral("Lefèvre"));
        sessions = f.services.plans.view(f.user, plan).record.sessions;
        store::Statement q(f.db->store().connection(),
                           QStringLiteral("SELECT quote_cents FROM plans WHERE id = ?"));
        q.bind(plan).exec();
        REQUIRE(q.next());
        quote = q.integer(0);
    }

    std::tuple<qint64, qint64, qint64> course(const QString &family)
    {
        const qint64 p = test::addPatient(f.services, f.user, family);
        auto record = f.services.patients.find(f.user, p);
        record->address = QStringLiteral("12 rue de la Paix\n75002 Paris");
        f.services.patients.update(f.user, *record);
        const qint64 c = test::signedConsultation(f.services, f.user, p,
                                                  test::oneRequest("skin_rejuvenation", "face"));
        return {p, c, test::approvedPlan(f.services, f.user, c)};
    }

    // A session of the course `daysAgo` days ago, with `status`.
    qint64 session(int index, int daysAgo, const QString &status = QStringLiteral("completed"),
                   qint64 who = 0, qint64 whichPlan = 0)
    {
        return f.appointmentAt(who ? who : patient, whichPlan ? whichPlan : plan, index,
                               QDateTime(QDate::currentDate().addDays(-daysAgo), QTime(10, 0)),
                               status);
    }

    int rows(const QString &sql)
    {
        store::Statement q(f.db->store().connection(), sql);
        q.exec();
        REQUIRE(q.next());
        return static_cast<int>(q.integer(0));
    }
};

QString numbered(int seq)
{
    return QStringLiteral("%1-%2")
        .arg(QDate::currentDate().year())
        .arg(seq, 6, 10, QLatin1Char('0'));
}

} // namespace

TEST_CASE("Money is parsed and split into VAT in whole cents", "[clinic][billing]")
{
    CHECK(clinic::parseCents(QStringLiteral("120")) == 12000);
    CHECK(clinic::parseCents(QStringLiteral("120.5")) == 12050);
    CHECK(clinic::parseCents(QStringLiteral("1 234,56")) == 123456);
    CHECK(clinic::parseCents(QStringLiteral("0.07")) == 7);
    CHECK_FALSE(clinic::parseCents(QStringLiteral("12.345")));
    CHECK_FALSE(clinic::parseCents(QStringLiteral("-5")));
    CHECK_FALSE(clinic::parseCents(QStringLiteral("12e3")));
    CHECK_FALSE(clinic::parseCents(QString()));
    CHECK(clinic::centsText(123456) == QLatin1String("1234.56"));
    CHECK(clinic::centsText(-5) == QLatin1String("-0.05"));
    // 250.00 at 20 %: 208.33 + 41.67; every split adds up to what the patient pays.
    CHECK(clinic::splitVat(25000, 2000).exclCents == 20833);
    CHECK(clinic::splitVat(25000, 2000).vatCents == 4167);
    CHECK(clinic::splitVat(-25000, 2000).exclCents == -20833);
    CHECK(clinic::splitVat(999, 0).vatCents == 0);
    for (qint64 cents = 1; cents < 5000; cents += 7) {
        for (const int rate : {550, 1000, 2000}) {
            const clinic::VatSplit s = clinic::splitVat(cents, rate);
            REQUIRE(s.exclCents + s.vatCents == cents);
            // The VAT is the rate of the amount without it, to the cent.
            REQUIRE(std::llabs(s.exclCents * rate - s.vatCents * 10000) <= 10000);
        }
    }
}

TEST_CASE("Completed sessions are invoiced once, at the quote, in a gapless series",
          "[clinic][billing]")
{
    Billing b;
    REQUIRE(b.quote > 0);
    const qint64 first = b.session(0, 30);
    const qint64 second = b.session(1, 16);
    const qint64 ahead = b.session(2, -5, QStringLiteral("booked"));

    const records::InvoiceRecord r = b.f.services.billing.invoiceSessions(b.desk, {first, second});
    CHECK(r.number == numbered(1));
    CHECK(r.kind == QLatin1String("invoice"));
    CHECK(r.patientId == b.patient);
    CHECK(r.consultationId == b.consultation);
    REQUIRE(r.lines.size() == 2);
    CHECK(r.lines[0].appointmentId == first);
    CHECK(r.lines[0].inclCents == b.quote / b.sessions);
    CHECK(r.lines[0].vatRate == 2000);
    CHECK(r.lines[0].exclCents == clinic::splitVat(b.quote / b.sessions, 2000).exclCents);
    CHECK(r.inclCents == 2 * (b.quote / b.sessions));
    CHECK(r.exclCents + r.vatCents == r.inclCents);
    CHECK(r.seller.contains(QLatin1String("73282932000074")));
    CHECK(r.buyer.contains(QStringLiteral("Lefèvre")));
    CHECK(r.buyer.contains(QStringLiteral("12 rue de la Paix\\n75002 Paris")));
    // A later move does not rewrite the invoice: it keeps the address it was issued to.
    auto moved = b.f.services.patients.find(b.f.user, b.patient);
    moved->address = QStringLiteral("1 place du Capitole\n31000 Toulouse");
    b.f.services.patients.update(b.f.user, *moved);
    // Read back as issued.
    const records::InvoiceRecord read = b.f.services.billing.invoice(b.desk, r.number);
    CHECK(read.inclCents == r.inclCents);
    CHECK(read.lines.size() == 2);
    CHECK(read.issuedOn == QDate::currentDate());
    CHECK(read.buyer == r.buyer);

    // Never twice, never a session not completed, never a course's package over its sessions.
    CHECK_THROWS_AS(b.f.services.billing.invoiceSessions(b.desk, {first}), clinic::ConflictError);
    CHECK_THROWS_AS(b.f.services.billing.invoiceSessions(b.desk, {ahead}), clinic::ConflictError);
    CHECK_THROWS_AS(b.f.services.billing.invoiceSessions(b.desk, {987654}),
                    clinic::ValidationError);
    CHECK_THROWS_AS(b.f.services.billing.invoicePackage(b.desk, b.consultation, 0),
                    clinic::ConflictError);
    const auto [other, otherConsultation, otherPlan] = b.course(QStringLiteral("Martin"));
    const qint64 theirs = b.session(0, 20, QStringLiteral("completed"), other, otherPlan);
    const qint64 third = b.session(2, 2);
    CHECK_THROWS_AS(b.f.services.billing.invoiceSessions(b.desk, {third, theirs}),
                    clinic::ValidationError);
    // A refused invoice takes no number: the next one follows.
    const records::InvoiceRecord next = b.f.services.billing.invoiceSessions(b.desk, {theirs});
    CHECK(next.number == numbered(2));

    // A practitioner sees but does not bill; only an administrator credits.
    CHECK_THROWS_AS(b.f.services.billing.invoiceSessions(b.f.user, {third}),
                    clinic::PermissionError);
    CHECK_THROWS_AS(b.f.services.billing.creditNote(b.desk, r.number, {}, QStringLiteral("x")),
                    clinic::PermissionError);
    CHECK_THROWS_AS(b.f.services.billing.creditNote(b.f.admin, r.number, {2}, QString()),
                    clinic::ValidationError);

    // Cancelling the second line frees its session for another invoice; the first stays billed.
    const records::InvoiceRecord credit = b.f.services.billing.creditNote(
        b.f.admin, r.number, {2}, QStringLiteral("séance facturée deux fois"));
    CHECK(credit.number == numbered(3));
    CHECK(credit.kind == QLatin1String("credit_note"));
    CHECK(credit.creditsNumber == r.number);
    REQUIRE(credit.lines.size() == 1);
    CHECK(credit.lines[0].creditsLine == 2);
    CHECK(credit.inclCents == -r.lines[1].inclCents);
    CHECK_THROWS_AS(b.f.services.billing.creditNote(b.f.admin, r.number, {2}, QStringLiteral("x")),
                    clinic::ConflictError);
    CHECK_THROWS_AS(b.f.services.billing.creditNote(b.f.admin, r.number, {7}, QStringLiteral("x")),
                    clinic::ValidationError);
    CHECK_THROWS_AS(b.f.services.billing.invoiceSessions(b.desk, {first}), clinic::ConflictError);
    CHECK(b.f.services.billing.invoiceSessions(b.desk, {second, third}).number == numbered(4));

    // The series has no gap and no duplicate, in the order of issue.
    CHECK(b.rows(QStringLiteral("SELECT count(*) FROM invoices")) == 4);
    CHECK(b.rows(QStringLiteral("SELECT max(seq) - min(seq) + 1 FROM invoices")) == 4);
    const std::vector<records::InvoiceRecord> mine =
        b.f.services.billing.account(b.desk, b.patient).documents;
    REQUIRE(mine.size() == 3);
    CHECK(mine[0].issuedAt <= mine[1].issuedAt);
    CHECK(mine[1].issuedAt <= mine[2].issuedAt);

    // An issued document never changes, even through SQL.
    CHECK_THROWS_AS(store::execute(b.f.db->store().connection(),
                                   QStringLiteral("UPDATE invoices SET incl_cents = 0")),
                    records::StoreError);
    CHECK_THROWS_AS(
        store::execute(b.f.db->store().connection(), QStringLiteral("DELETE FROM invoice_lines")),
        records::StoreError);
    CHECK(b.rows(QStringLiteral("SELECT count(*) FROM invoice_lines")) == 6);
    // Audited, with the patient.
    CHECK(b.rows(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'invoice.issue'")) ==
          3);
    CHECK(b.rows(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'invoice.credit' "
                                "AND patient_id = %1")
                     .arg(b.patient)) == 1);
}

TEST_CASE("A course sold as a package is billed at its package price, its sessions not again",
          "[clinic][billing]")
{
    Billing b;
    const QString protocol = b.f.services.plans.view(b.f.user, b.plan).record.protocol;
    CHECK_THROWS_AS(b.f.services.billing.setPrice(b.desk, protocol, 20000, 100000),
                    clinic::PermissionError);
    CHECK_THROWS_AS(b.f.services.billing.setPrice(b.f.admin, QStringLiteral("nope"), 1, 0),
                    clinic::ValidationError);
    b.f.services.billing.setPrice(b.f.admin, protocol, 20000, 99000);
    const auto prices = b.f.services.billing.prices(b.desk);
    const auto it = std::find_if(prices.begin(), prices.end(),
                                 [&](const clinic::Price &p) { return p.protocol == protocol; });
    REQUIRE(it != prices.end());
    CHECK(it->clinicPrice);
    CHECK(it->packageCents == 99000);
    // A plan approved from now on is quoted at the clinic's price per session.
    const auto [newPatient, newConsultation, newPlan] = b.course(QStringLiteral("Nouvelle"));
    const int newSessions = b.f.services.plans.view(b.f.user, newPlan).record.sessions;
    CHECK(b.rows(QStringLiteral("SELECT quote_cents FROM plans WHERE id = %1").arg(newPlan)) ==
          20000 * newSessions);
    // A plan approved before the change is shown at its quote, not at today's price.
    CHECK(b.f.services.plans.view(b.f.user, b.plan).totalCents() == b.quote);
    CHECK(b.quote != qint64{20000} * b.sessions);

    // The package price is the protocol's usual course's: a course of another length is billed
    // at its quote.
    const core::Protocol *usual = core::Catalog::findIn(
        b.f.services.assessments.catalog(b.f.user)->protocols, protocol.toStdString());
    REQUIRE(usual);
    const qint64 pkg = b.sessions == usual->sessionsDefault ? 99000 : b.quote;
    const records::InvoiceRecord package =
        b.f.services.billing.invoicePackage(b.desk, b.consultation, 0);
    CHECK(package.package);
    CHECK(package.inclCents == pkg);
    CHECK(package.vatCents == pkg - clinic::splitVat(pkg, 2000).exclCents);
    CHECK_THROWS_AS(b.f.services.billing.invoicePackage(b.desk, b.consultation, 0),
                    clinic::ConflictError);
    const qint64 done = b.session(0, 3);
    CHECK_THROWS_AS(b.f.services.billing.invoiceSessions(b.desk, {done}), clinic::ConflictError);

    // Deposit before, instalment on the invoice; no more than is due.
    clinic::PaymentRequest deposit;
    deposit.patientId = b.patient;
    deposit.consultationId = b.consultation;
    deposit.method = QStringLiteral("cheque");
    deposit.amountCents = 30000;
    b.f.services.billing.addPayment(b.desk, deposit);
    clinic::PaymentRequest rest;
    rest.patientId = b.patient;
    rest.document = package.number;
    rest.method = QStringLiteral("card");
    rest.amountCents = pkg + 1;
    CHECK_THROWS_AS(b.f.services.billing.addPayment(b.desk, rest), clinic::ConflictError);
    rest.amountCents = pkg - 30000; // the deposit counts
    b.f.services.billing.addPayment(b.desk, rest);
    CHECK(b.f.services.billing.courseBalance(b.desk, b.consultation, 0).dueCents() == 0);
    CHECK(b.f.services.billing.balance(b.desk, b.patient).paidCents == pkg);

    // The course stopped after one session: the package cancelled, the clinic refunds.
    const records::InvoiceRecord credit = b.f.services.billing.creditNote(
        b.f.admin, package.number, {}, QStringLiteral("arrêt du traitement"));
    CHECK(credit.inclCents == -pkg);
    CHECK(b.f.services.billing.balance(b.desk, b.patient).dueCents() == -pkg);
    // The session done can now be billed alone.
    CHECK(b.f.services.billing.invoiceSessions(b.desk, {done}).inclCents == b.quote / b.sessions);
    clinic::PaymentRequest refund;
    refund.patientId = b.patient;
    refund.document = credit.number;
    refund.method = QStringLiteral("transfer");
    refund.amountCents = pkg + 1;
    CHECK_THROWS_AS(b.f.services.billing.addPayment(b.desk, refund), clinic::ConflictError);
    refund.amountCents = pkg - b.quote / b.sessions;
    const records::PaymentRecord paidBack = b.f.services.billing.addPayment(b.desk, refund);
    CHECK(paidBack.amountCents == -(pkg - b.quote / b.sessions));
    CHECK(b.f.services.billing.balance(b.desk, b.patient).dueCents() == 0);

    // The day's takings per method.
    const clinic::Takings t = b.f.services.billing.takings(b.desk, QDate::currentDate());
    REQUIRE(t.methods.size() == 3);
    CHECK(t.methods[0].method == QLatin1String("card"));
    CHECK(t.methods[0].receivedCents == pkg - 30000);
    CHECK(t.methods[1].method == QLatin1String("cheque"));
    CHECK(t.methods[2].refundedCents == paidBack.amountCents);
    CHECK(t.methods[2].refunds == 1);
    CHECK(t.netCents() == pkg + paidBack.amountCents);
    CHECK(b.f.services.billing.takings(b.desk, QDate::currentDate().addDays(-1)).methods.empty());

    // Bad payments, each naming its field; nothing written.
    clinic::PaymentRequest bad = deposit;
    bad.method = QStringLiteral("bitcoin");
    CHECK_THROWS_WITH(b.f.services.billing.addPayment(b.desk, bad),
                      Catch::Contains("payment.method"));
    bad = deposit;
    bad.paidOn = QDate::currentDate().addDays(1);
    CHECK_THROWS_WITH(b.f.services.billing.addPayment(b.desk, bad),
                      Catch::Contains("payment.date"));
    bad = deposit;
    bad.amountCents = 0;
    CHECK_THROWS_WITH(b.f.services.billing.addPayment(b.desk, bad),
                      Catch::Contains("payment.amount"));
    bad = deposit;
    bad.consultationId = 424242;
    CHECK_THROWS_WITH(b.f.services.billing.addPayment(b.desk, bad),
                      Catch::Contains("payment.course"));
    CHECK_THROWS_AS(b.f.services.billing.addPayment(b.f.user, deposit), clinic::PermissionError);
    CHECK(b.rows(QStringLiteral("SELECT count(*) FROM payments")) == 3);

    // Everything held about the patient includes what they were billed and paid.
    const auto exported = b.f.services.privacy.exportPatient(b.f.admin, b.patient);
    REQUIRE(exported["invoices"].size() == 3);
    CHECK(exported["invoices"][1]["kind"] == "credit_note");
    CHECK(exported["invoices"][1]["incl_cents"] == -pkg);
    REQUIRE(exported["payments"].size() == 3);
    CHECK(exported["payments"][2]["amount_cents"] == paidBack.amountCents);

    // A revision of the plan approved before the price change (a draft) is priced anew.
    const qint64 revision = b.f.services.plans.revise(b.f.user, b.plan);
    CHECK(b.f.services.plans.view(b.f.user, revision).totalCents() == qint64{20000} * b.sessions);
    CHECK(b.f.services.plans.view(b.f.user, b.plan).totalCents() == b.quote);
}

TEST_CASE("Invoices need the clinic's legal identifiers, checked when they are set",
          "[clinic][billing]")
{
    test::ClinicFixture f;
    records::BillingSettings s;
    s.siret = QStringLiteral("73282932000075");
    CHECK_THROWS_WITH(f.services.billing.setSettings(f.admin, s), Catch::Contains("billing.siret"));
    s.siret = QStringLiteral("73282932000074");
    s.vatNumber = QStringLiteral("FR45732829320");
    CHECK_THROWS_WITH(f.services.billing.setSettings(f.admin, s),
                      Catch::Contains("billing.vat_number"));
    s.vatNumber = QStringLiteral("FR64443061841"); // valid, but another company's SIREN
    CHECK_THROWS_WITH(f.services.billing.setSettings(f.admin, s),
                      Catch::Contains("billing.vat_number"));
    s.vatNumber.clear();
    s.vatRate = 0;
    CHECK_THROWS_WITH(f.services.billing.setSettings(f.admin, s),
                      Catch::Contains("billing.vat_exemption"));
    s.vatExemption = QStringLiteral("TVA non applicable, article 261-4-1° du CGI");
    CHECK_THROWS_AS(f.services.billing.setSettings(f.user, s), clinic::PermissionError);
    f.services.billing.setSettings(f.admin, s);
    CHECK(f.services.billing.settings(f.user).vatRate == 0);

    // A French clinic without its SIRET cannot invoice; nothing is written, no number is taken.
    clinic::ClinicProfile profile;
    profile.name = QStringLiteral("Clinique");
    profile.country = QStringLiteral("FR");
    f.services.profile.setProfile(f.admin, profile);
    const qint64 patient = test::addPatient(f.services, f.user, QStringLiteral("Roux"));
    const qint64 consultation = test::signedConsultation(
        f.services, f.user, patient, test::oneRequest("skin_rejuvenation", "face"));
    test::approvedPlan(f.services, f.user, consultation);
    s.siret.clear();
    f.services.billing.setSettings(f.admin, s);
    CHECK_THROWS_WITH(f.services.billing.invoicePackage(f.admin, consultation, 0),
                      Catch::Contains("invoice.seller"));
    s.siret = QStringLiteral("73282932000074");
    f.services.billing.setSettings(f.admin, s);
    // At 0 %, the exemption is printed on the invoice.
    const records::InvoiceRecord r = f.services.billing.invoicePackage(f.admin, consultation, 0);
    CHECK(r.number == numbered(1));
    CHECK(r.vatCents == 0);
    CHECK(r.mention == s.vatExemption);
}

TEST_CASE("Two workstations issuing at once share one series without gap or duplicate",
          "[clinic][billing]")
{
    Billing b;
    // 2 x 15 completed sessions, each billed by one of two processes at the same time.
    std::vector<qint64> ids;
    for (int i = 0; i < 30; ++i)
        ids.push_back(b.session(i, 40 - i));
    QStringList halves[2];
    for (size_t i = 0; i < ids.size(); ++i)
        halves[i % 2] << QString::number(ids[i]);
    QProcess workers[2];
    for (int w = 0; w < 2; ++w) {
        workers[w].start(QStringLiteral(MESOPLAN_INVOICE_WORKER),
                         {b.f.tmp.dbPath(), halves[w].join(QLatin1Char(','))});
    }
    for (QProcess &w : workers) {
        REQUIRE(w.waitForFinished(180000));
        INFO(w.readAllStandardError().toStdString());
        REQUIRE(w.exitCode() == 0);
    }
    CHECK(b.rows(QStringLiteral("SELECT count(*) FROM invoices")) == 30);
    CHECK(b.rows(QStringLiteral("SELECT count(DISTINCT seq) FROM invoices")) == 30);
    CHECK(b.rows(QStringLiteral("SELECT max(seq) FROM invoices")) == 30);
    CHECK(b.rows(QStringLiteral("SELECT count(*) FROM invoices a JOIN invoices n ON n.seq = "
                                "a.seq + 1 WHERE n.issued_at < a.issued_at")) == 0);
}

TEST_CASE("A clinic in another currency prices every protocol itself, before its first quote",
          "[clinic][billing]")
{
    test::ClinicFixture f;
    clinic::ClinicProfile profile = f.services.profile.profile(f.admin);
    profile.name = QStringLiteral("Clinique du Lac");
    profile.address = QStringLiteral("3 quai du Mont-Blanc, 1201 Genève");
    f.services.profile.setProfile(f.admin, profile);
    records::BillingSettings s = f.services.billing.settings(f.admin);
    s.siret = QStringLiteral("73282932000074");
    s.vatNumber = QStringLiteral("FR44732829320");
    CHECK(f.services.assessments.catalog(f.admin)->currency == "EUR");
    for (const char *bad : {"Swiss francs", "EUO", "chfr"}) {
        s.currency = QString::fromLatin1(bad);
        CHECK_THROWS_WITH(f.services.billing.setSettings(f.admin, s),
                          Catch::StartsWith("billing.currency: expected an ISO 4217 code"));
    }
    // The catalog's amounts are euros: another currency needs the clinic's price of each protocol.
    s.currency = QStringLiteral("chf");
    CHECK_THROWS_WITH(f.services.billing.setSettings(f.admin, s),
                      Catch::Contains("give every protocol its price in CHF first (none yet: "
                                      "mesolift, skinbooster"));
    CHECK(f.services.billing.settings(f.admin).currency.isEmpty());
    const auto catalog = f.services.assessments.importedCatalog(f.admin);
    std::vector<clinic::BillingService::PriceChange> all;
    for (const core::Protocol &p : catalog->protocols)
        all.push_back({QString::fromStdString(p.id), 27000, 0});
    f.services.billing.setPrices(f.admin, all);
    f.services.billing.setSettings(f.admin, s);
    CHECK(f.services.billing.settings(f.admin).currency == QLatin1String("CHF"));
    CHECK(f.services.assessments.catalog(f.admin)->currency == "CHF");
    CHECK_THROWS_WITH(f.services.billing.clearPrice(f.admin, QStringLiteral("mesolift")),
                      Catch::StartsWith("price.session: expected a price: the clinic's currency "
                                        "(CHF) is not the catalog's (EUR)"));

    // Quotes and invoices are in francs, at the clinic's prices.
    const qint64 patient = test::addPatient(f.services, f.user, QStringLiteral("Suisse"));
    const qint64 consultation = test::signedConsultation(
        f.services, f.user, patient, test::oneRequest("skin_rejuvenation", "face"));
    const qint64 plan = test::approvedPlan(f.services, f.user, consultation);
    const clinic::PlanView approved = f.services.plans.view(f.user, plan);
    CHECK(approved.totalCents() == qint64{27000} * approved.record.sessions);
    const auto snapshot = nlohmann::json::parse(approved.record.snapshot.toStdString());
    CHECK(snapshot["price"]["currency"] == "CHF");
    CHECK(snapshot["price"]["per_session"] == 270);
    const qint64 done =
        f.appointmentAt(patient, plan, 0, QDateTime(QDate::currentDate().addDays(-2), QTime(10, 0)),
                        QStringLiteral("completed"));
    const records::InvoiceRecord invoice = f.services.billing.invoiceSessions(f.admin, {done});
    CHECK(invoice.currency == QLatin1String("CHF"));
    CHECK(invoice.inclCents == 27000);

    // Chosen once: not after the first quote or invoice.
    s.currency = QStringLiteral("EUR");
    CHECK_THROWS_AS(f.services.billing.setSettings(f.admin, s), clinic::ConflictError);
    CHECK(f.services.billing.settings(f.admin).currency == QLatin1String("CHF"));

    // A protocol without the clinic's price (as a later catalog import brings one) has none: its
    // plans show no price and cannot be approved.
    store::Statement drop(f.db->store().connection(),
                          QStringLiteral("DELETE FROM prices WHERE protocol_id = 'mesolift'"));
    drop.exec();
    const auto prices = f.services.billing.prices(f.admin);
    const auto mesolift = std::find_if(prices.begin(), prices.end(), [](const clinic::Price &p) {
        return p.protocol == QLatin1String("mesolift");
    });
    REQUIRE(mesolift != prices.end());
    CHECK(mesolift->sessionCents == -1);
    CHECK_FALSE(mesolift->clinicPrice);
    const qint64 second = test::signedConsultation(f.services, f.user, patient,
                                                   test::oneRequest("skin_rejuvenation", "face"));
    const clinic::PlanView draft = f.services.plans.current(f.user, second, 0);
    REQUIRE(draft.record.protocol == QLatin1String("mesolift"));
    CHECK_FALSE(draft.result().priced());
    CHECK(draft.totalCents() == -1);
    CHECK(draft.approvalProblems()
              .join(QLatin1Char(' '))
              .contains(QStringLiteral("the protocol has no price in CHF yet")));
    const auto json = f.services.assessments.engine(f.user).planJson(draft.assessment);
    CHECK(json["plans"][0]["price"]["per_session"].is_null());
    CHECK(json["plans"][0]["price"]["currency"] == "CHF");
    // The plan approved before keeps its quote.
    CHECK(f.services.plans.view(f.user, plan).totalCents() ==
          qint64{27000} * approved.record.sessions);
}

TEST_CASE("A catalog in another currency does not change the clinic's", "[clinic][billing]")
{
    test::ClinicFixture f;
    const auto euros = f.services.assessments.importedCatalog(f.admin);
    REQUIRE(euros->currency == "EUR");
    const qint64 patient = test::addPatient(f.services, f.user, QStringLiteral("Quote"));
    const qint64 plan =
        test::approvedPlan(f.services, f.user,
                           test::signedConsultation(f.services, f.user, patient,
                                                    test::oneRequest("skin_rejuvenation", "face")));
    const qint64 quote = f.services.plans.view(f.user, plan).totalCents();
    REQUIRE(quote > 0);

    // The same catalog with its amounts in francs: the clinic keeps working in euros, so its
    // quote is not relabelled, and the francs are not used until the clinic prices them.
    std::map<std::string, std::string> files;
    for (const auto &[name, doc] : euros->files)
        files[name] = doc.dump();
    auto head = nlohmann::json::parse(files.at("catalog.json"));
    head["currency"] = "CHF";
    files["catalog.json"] = head.dump();
    const core::CatalogParseResult francs = core::parseCatalog(files);
    REQUIRE(francs.catalog);
    f.services.catalog.replace(f.admin, *francs.catalog);
    CHECK(f.services.billing.settings(f.admin).currency == QLatin1String("EUR"));
    CHECK(f.services.assessments.catalog(f.admin)->currency == "EUR");
    CHECK(f.services.plans.view(f.user, plan).totalCents() == quote);
    const qint64 second = test::signedConsultation(f.services, f.user, patient,
                                                   test::oneRequest("skin_rejuvenation", "face"));
    const clinic::PlanView draft = f.services.plans.current(f.user, second, 0);
    CHECK_FALSE(draft.result().priced());
    CHECK_FALSE(draft.approvalProblems().isEmpty());
}

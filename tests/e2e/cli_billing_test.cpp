// Billing through the CLI (issue 22): the clinic's identity and prices set by an administrator,
// a course's package invoiced and paid at the front desk, cancelled by an administrator's credit
// note and refunded, the day's takings; refusals by role (exit 3) and bad input (exit 2) with
// nothing written.

#include "cliclinic.h"

#include <QSqlQuery>

using namespace meso;
using test::CliClinic;
using test::json;

namespace {

qint64 scalar(const CliClinic &c, const QString &sql)
{
    auto db = store::Database::open(c.db);
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

QString arg(qint64 n)
{
    return QString::number(n);
}

} // namespace

TEST_CASE("A package is invoiced, paid, credited and refunded through the CLI",
          "[e2e][cli][billing]")
{
    CliClinic c;
    const qint64 plan = c.approvedPlan(QStringLiteral("Facturée"));
    const qint64 consultation =
        scalar(c, QStringLiteral("SELECT consultation_id FROM plans WHERE id = %1").arg(plan));
    const qint64 patient = scalar(
        c, QStringLiteral("SELECT patient_id FROM consultations WHERE id = %1").arg(consultation));

    c.as = QStringLiteral("admin");
    c.ok({QStringLiteral("clinic"), QStringLiteral("profile"), QStringLiteral("--name"),
          QStringLiteral("Clinique du Parc"), QStringLiteral("--address"),
          QStringLiteral("12 rue des Lilas, 69006 Lyon")});
    c.ok({QStringLiteral("clinic"), QStringLiteral("country"), QStringLiteral("--set"),
          QStringLiteral("FR")});
    const auto badSiret = c.run({QStringLiteral("billing"), QStringLiteral("settings"),
                                 QStringLiteral("--siret"), QStringLiteral("73282932000075")});
    CHECK(badSiret.exitCode == 2);
    CHECK(badSiret.errLines().value(0).startsWith(QStringLiteral("billing.siret: ")));
    const json settings =
        c.ok({QStringLiteral("billing"), QStringLiteral("settings"), QStringLiteral("--siret"),
              QStringLiteral("732 829 320 00074"), QStringLiteral("--vat-number"),
              QStringLiteral("FR44732829320"), QStringLiteral("--vat-rate"), QStringLiteral("20"),
              QStringLiteral("--terms"), QStringLiteral("Payable à réception")});
    CHECK(settings["siret"] == "73282932000074");
    CHECK(settings["vat_rate_bp"] == 2000);
    CHECK(settings["currency"] == "EUR");
    // The consultation's plan is approved (a quote in euros): the currency is kept.
    const auto francs = c.run({QStringLiteral("billing"), QStringLiteral("settings"),
                               QStringLiteral("--currency"), QStringLiteral("CHF")});
    CHECK(francs.exitCode == 3);
    CHECK(francs.errLines().value(0).startsWith(
        QStringLiteral("billing.currency: quotes or invoices were already made in EUR")));
    const json prices =
        c.ok({QStringLiteral("price"), QStringLiteral("set"), QStringLiteral("--protocol"),
              QStringLiteral("hair_loss"), QStringLiteral("--session"), QStringLiteral("180"),
              QStringLiteral("--package"), QStringLiteral("950,00")});
    bool found = false;
    for (const json &p : prices) {
        if (p["protocol"] == "hair_loss") {
            found = true;
            CHECK(p["session_cents"] == 18000);
            CHECK(p["package_cents"] == 95000);
            CHECK(p["source"] == "clinic");
        }
    }
    CHECK(found);

    // A practitioner does not bill; the front desk does.
    c.as = QStringLiteral("doc");
    const auto refused = c.run({QStringLiteral("invoice"), QStringLiteral("issue"),
                                QStringLiteral("--course"), arg(consultation)});
    CHECK(refused.exitCode == 3);
    c.as = QStringLiteral("desk");
    const json invoice = c.ok({QStringLiteral("invoice"), QStringLiteral("issue"),
                               QStringLiteral("--course"), arg(consultation)});
    const QString number = QString::fromStdString(invoice["number"].get<std::string>());
    CHECK(number == QStringLiteral("%1-000001").arg(QDate::currentDate().year()));
    CHECK(invoice["incl_cents"] == 95000);
    CHECK(invoice["vat_cents"] == 95000 - 79167);
    CHECK(invoice["package"] == true);
    CHECK(invoice["seller"]["siret"] == "73282932000074");
    CHECK(invoice["buyer"]["family_name"] == "Facturée");
    const auto twice = c.run({QStringLiteral("invoice"), QStringLiteral("issue"),
                              QStringLiteral("--course"), arg(consultation)});
    CHECK(twice.exitCode == 3);
    CHECK(twice.errLines().value(0).startsWith(QStringLiteral("invoice.course: ")));

    const auto tooMuch = c.run(
        {QStringLiteral("payment"), QStringLiteral("add"), QStringLiteral("--patient"),
         arg(patient), QStringLiteral("--amount"), QStringLiteral("950.01"),
         QStringLiteral("--method"), QStringLiteral("card"), QStringLiteral("--document"), number});
    CHECK(tooMuch.exitCode == 3);
    const auto oddAmount =
        c.run({QStringLiteral("payment"), QStringLiteral("add"), QStringLiteral("--patient"),
               arg(patient), QStringLiteral("--amount"), QStringLiteral("12.345"),
               QStringLiteral("--method"), QStringLiteral("card")});
    CHECK(oddAmount.exitCode == 2);
    CHECK(oddAmount.errLines().value(0).contains(QLatin1String("--amount")));
    const json paid = c.ok({QStringLiteral("payment"), QStringLiteral("add"),
                            QStringLiteral("--patient"), arg(patient), QStringLiteral("--amount"),
                            QStringLiteral("950"), QStringLiteral("--method"),
                            QStringLiteral("card"), QStringLiteral("--document"), number});
    CHECK(paid["amount_cents"] == 95000);
    CHECK(paid["patient_due_cents"] == 0);

    // Only an administrator cancels; the refund is a negative payment on the credit note.
    const auto deskCredit =
        c.run({QStringLiteral("invoice"), QStringLiteral("credit"), QStringLiteral("--number"),
               number, QStringLiteral("--reason"), QStringLiteral("x")});
    CHECK(deskCredit.exitCode == 3);
    c.as = QStringLiteral("admin");
    const json credit =
        c.ok({QStringLiteral("invoice"), QStringLiteral("credit"), QStringLiteral("--number"),
              number, QStringLiteral("--reason"), QStringLiteral("arrêt du traitement")});
    CHECK(credit["kind"] == "credit_note");
    CHECK(credit["credits"] == number.toStdString());
    CHECK(credit["incl_cents"] == -95000);
    c.as = QStringLiteral("desk");
    const json refund =
        c.ok({QStringLiteral("payment"), QStringLiteral("add"), QStringLiteral("--patient"),
              arg(patient), QStringLiteral("--amount"), QStringLiteral("950"),
              QStringLiteral("--method"), QStringLiteral("transfer"), QStringLiteral("--document"),
              QString::fromStdString(credit["number"].get<std::string>())});
    CHECK(refund["amount_cents"] == -95000);
    CHECK(refund["patient_due_cents"] == 0);

    const json takings = c.ok({QStringLiteral("takings"), QStringLiteral("--date"),
                               QDate::currentDate().toString(Qt::ISODate)});
    REQUIRE(takings["methods"].size() == 2);
    CHECK(takings["methods"][0]["method"] == "card");
    CHECK(takings["methods"][0]["received_cents"] == 95000);
    CHECK(takings["methods"][1]["refunded_cents"] == -95000);
    CHECK(takings["net_cents"] == 0);
    const json list = c.ok({QStringLiteral("invoice"), QStringLiteral("list"),
                            QStringLiteral("--patient"), arg(patient)});
    CHECK(list["documents"].size() == 2);
    CHECK(list["payments"].size() == 2);
    CHECK(list["due_cents"] == 0);
    const auto unknown = c.run({QStringLiteral("invoice"), QStringLiteral("show"),
                                QStringLiteral("--number"), QStringLiteral("1999-000001")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.errLines().value(0).startsWith(QStringLiteral("invoice.number: ")));
    CHECK(scalar(c, QStringLiteral("SELECT count(*) FROM invoices")) == 2);
    CHECK(scalar(c, QStringLiteral("SELECT count(*) FROM payments")) == 2);
}

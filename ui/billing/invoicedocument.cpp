#include "invoicedocument.h"

#include "documenthtml.h"
#include "money.h"
#include "plandocument.h"

#include "clinic/clinicprofile.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextDocument>

namespace meso::ui {

using html::esc;

namespace {

QString rate(int basisPoints, const QLocale &locale)
{
    return locale.toString(basisPoints / 100.0, 'f', basisPoints % 100 ? 2 : 0) +
           QStringLiteral(" %");
}

} // namespace

QString InvoiceDocument::title(const records::InvoiceRecord &invoice)
{
    return invoice.kind == QLatin1String("credit_note") ? tr("Credit note %1").arg(invoice.number)
                                                        : tr("Invoice %1").arg(invoice.number);
}

QString InvoiceDocument::html(const records::InvoiceRecord &invoice, const QByteArray &logo)
{
    const QLocale locale;
    const QJsonObject seller = QJsonDocument::fromJson(invoice.seller.toUtf8()).object();
    const QJsonObject buyer = QJsonDocument::fromJson(invoice.buyer.toUtf8()).object();
    clinic::ClinicProfile clinic;
    clinic.name = seller.value(QStringLiteral("name")).toString();
    clinic.address = seller.value(QStringLiteral("address")).toString();
    clinic.phone = seller.value(QStringLiteral("phone")).toString();
    clinic.email = seller.value(QStringLiteral("email")).toString();
    clinic.logo = logo;
    QString out = PlanDocument::letterheadHtml(clinic, title(invoice));
    QStringList ids;
    if (const QString siret = seller.value(QStringLiteral("siret")).toString(); !siret.isEmpty())
        ids << tr("SIRET: %1").arg(siret);
    if (const QString vat = seller.value(QStringLiteral("vat_number")).toString(); !vat.isEmpty())
        ids << tr("VAT number: %1").arg(vat);
    if (!ids.isEmpty())
        out += html::paragraph({ids.join(QStringLiteral(" · "))});
    QStringList head = {
        tr("Number: %1").arg(invoice.number),
        tr("Date of issue: %1").arg(locale.toString(invoice.issuedOn, QLocale::LongFormat))};
    if (!invoice.creditsNumber.isEmpty())
        head << tr("Cancels invoice %1").arg(invoice.creditsNumber);
    head << tr("Patient: %1 %2")
                .arg(buyer.value(QStringLiteral("given_names")).toString(),
                     buyer.value(QStringLiteral("family_name")).toString().toUpper());
    const QString address = buyer.value(QStringLiteral("address")).toString();
    if (!address.isEmpty())
        head << address.split(QLatin1Char('\n'));
    out += html::paragraph(head);

    out += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\" "
                          "style=\"border-collapse: collapse\"><tr>");
    for (const QString &h : {tr("Description"), tr("Qty"), tr("Unit price excl. VAT"), tr("VAT"),
                             tr("Total excl. VAT"), tr("Total incl. VAT")})
        out += QStringLiteral("<th>%1</th>").arg(esc(h));
    out += QStringLiteral("</tr>");
    for (const records::InvoiceLine &l : invoice.lines) {
        const qint64 unitExcl = l.quantity ? l.exclCents / l.quantity : l.exclCents;
        out += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td align=\"right\">%3"
                              "</td><td align=\"right\">%4</td><td align=\"right\">%5</td>"
                              "<td align=\"right\">%6</td></tr>")
                   .arg(esc(l.label), locale.toString(l.quantity),
                        esc(centsMoney(unitExcl, invoice.currency, locale)),
                        esc(rate(l.vatRate, locale)),
                        esc(centsMoney(l.exclCents, invoice.currency, locale)),
                        esc(centsMoney(l.inclCents, invoice.currency, locale)));
    }
    out += QStringLiteral("</table>");
    out += QStringLiteral("<p align=\"right\">%1<br>%2<br><b>%3</b></p>")
               .arg(esc(tr("Total excl. VAT: %1")
                            .arg(centsMoney(invoice.exclCents, invoice.currency, locale))),
                    esc(tr("VAT: %1").arg(centsMoney(invoice.vatCents, invoice.currency, locale))),
                    esc(tr("Total incl. VAT: %1")
                            .arg(centsMoney(invoice.inclCents, invoice.currency, locale))));
    QStringList mentions;
    if (!invoice.mention.isEmpty())
        mentions << invoice.mention;
    if (!invoice.reason.isEmpty())
        mentions << tr("Reason: %1").arg(invoice.reason);
    if (const QString terms = seller.value(QStringLiteral("terms")).toString(); !terms.isEmpty())
        mentions << terms;
    if (!mentions.isEmpty())
        out += html::paragraph(mentions);
    return out;
}

void InvoiceDocument::writePdf(const records::InvoiceRecord &invoice, const QByteArray &logo,
                               const QString &path)
{
    clinic::ClinicProfile clinic;
    clinic.logo = logo;
    const auto document = PlanDocument::document(html(invoice, logo), clinic);
    PlanDocument::writePdf(*document, title(invoice), path);
}

} // namespace meso::ui

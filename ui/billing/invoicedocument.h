#pragma once

#include "records/billingrecords.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace meso::ui {

// An invoice or a credit note as printed (issue 22), in the interface's language: the clinic as
// it was on the day of issue (name, address, SIRET, VAT number, from the document itself, with
// today's logo), the patient, the number and date, each line with its quantity, unit price
// without VAT, VAT rate and amounts, the totals without VAT, VAT and with VAT, the payment terms
// and the legal mentions (VAT exemption; a credit note names the invoice it cancels and why).
class InvoiceDocument
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceDocument)
public:
    static QString title(const records::InvoiceRecord &invoice);
    static QString html(const records::InvoiceRecord &invoice, const QByteArray &logo);
    // Writes it as an A4 PDF; throws std::runtime_error naming the file when it cannot.
    static void writePdf(const records::InvoiceRecord &invoice, const QByteArray &logo,
                         const QString &path);
};

} // namespace meso::ui

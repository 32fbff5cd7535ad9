#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <vector>

namespace meso::records {

// Billing (issue 22). Every amount is whole cents of the clinic's currency (never a floating
// point number); VAT rates are basis points (2000 = 20 %).

// The clinic's price of a protocol, VAT included: a session, and the whole course sold as a
// prepaid package (0 when the protocol is not sold as one).
struct PriceRecord
{
    QString protocol;
    qint64 sessionCents = 0;
    qint64 packageCents = 0;
    QDateTime updatedAt;
    qint64 updatedBy = 0;
};

// The clinic's legal identity and VAT as invoices print them (clinic settings).
struct BillingSettings
{
    QString siret;        // 14 digits (France), required to issue an invoice there
    QString vatNumber;    // intra-community VAT number, required when VAT is charged
    int vatRate = 2000;   // the rate of aesthetic acts: 20 % in France
    QString vatExemption; // the legal mention printed when the rate is 0
    QString paymentTerms; // printed under the totals (e.g. "Payable on receipt")
    QString currency;     // ISO 4217; empty: the catalog's (chosen before the first quote)
};

struct InvoiceLine
{
    int lineNo = 0;
    QString label;
    int quantity = 1;
    qint64 unitCents = 0; // VAT included
    int vatRate = 0;
    qint64 exclCents = 0, vatCents = 0, inclCents = 0;
    qint64 appointmentId = 0; // the session billed, 0 for none
    int creditsLine = 0;      // on a credit note: the invoice line it cancels
};

// An invoice or a credit note (its amounts negative), as issued: it never changes.
struct InvoiceRecord
{
    qint64 id = 0;
    QString number; // "2026-000042"
    int year = 0, seq = 0;
    QString kind; // invoice, credit_note
    qint64 creditsId = 0;
    QString creditsNumber; // a credit note's invoice
    qint64 patientId = 0;
    qint64 consultationId = 0; // the course billed, 0 for none
    int requestIndex = 0;
    bool package = false;
    QDate issuedOn;
    QDateTime issuedAt;
    qint64 issuedBy = 0;
    QString currency;
    qint64 exclCents = 0, vatCents = 0, inclCents = 0;
    QString seller, buyer; // JSON as printed
    QString mention, reason;
    std::vector<InvoiceLine> lines;
};

struct PaymentRecord
{
    qint64 id = 0;
    qint64 patientId = 0;
    qint64 invoiceId = 0;      // the invoice or credit note it settles or refunds, 0 for none
    QString document;          // its number
    qint64 consultationId = 0; // a deposit or instalment on a course, 0 for none
    int requestIndex = 0;
    QString method;         // card, cash, cheque, transfer
    qint64 amountCents = 0; // negative for a refund
    QDate paidOn;           // the day written on the payment (a cheque's date)
    QString note;
    qint64 takenBy = 0;
    QDateTime takenAt;
};

// One payment method's takings of a day.
struct TakingsRow
{
    QString method;
    int payments = 0, refunds = 0;
    qint64 receivedCents = 0, refundedCents = 0; // refunded: negative or 0
};

} // namespace meso::records

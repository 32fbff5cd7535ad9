#pragma once

#include "actinguser.h"

#include "records/billingrecords.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <string>
#include <vector>

namespace meso::store {
class Database;
}

namespace meso::clinic {

class AssessmentService;

// A protocol's price as the clinic charges it: its own when set, else the catalog's.
struct Price
{
    QString protocol, protocolName;
    qint64 sessionCents = 0;
    qint64 packageCents = 0;  // 0: not sold as a package
    bool clinicPrice = false; // false: the catalog's price per session, no package
};

// What a patient or a course was billed and paid, in cents.
struct BillingBalance
{
    qint64 invoicedCents = 0; // invoices less credit notes
    qint64 paidCents = 0;     // payments less refunds
    qint64 dueCents() const { return invoicedCents - paidCents; }
};

// A completed session not billed yet, at the price it would be billed.
struct BillableSession
{
    qint64 appointmentId = 0;
    QDate day;
    QString protocolName;
    int session = 0, sessions = 0; // session counts from 1
    qint64 cents = 0;
};

// A patient's course (an approved plan's request) as billing sees it.
struct BillableCourse
{
    qint64 consultationId = 0;
    int requestIndex = 0;
    QString protocolName;
    int sessions = 0;
    qint64 packageCents = -1; // what a package invoice would charge, -1: no price for one
    QString packageInvoice;   // the package invoice in force, if any
    int sessionsBilled = 0;   // sessions billed one by one
};

// A patient's account: what the Billing page and `invoice list` show.
struct BillingAccount
{
    std::vector<records::InvoiceRecord> documents; // invoices and credit notes, oldest first
    std::vector<records::PaymentRecord> payments;  // refunds negative
    BillingBalance balance;
};

// A payment as the front desk takes it: the amount is positive; paying against a credit note is
// its refund (recorded as a negative payment).
struct PaymentRequest
{
    qint64 patientId = 0;
    QString document;          // an invoice or credit note number, empty for none
    qint64 consultationId = 0; // a deposit or instalment on this course, 0 for none
    int requestIndex = 0;
    QString method; // card, cash, cheque, transfer
    qint64 amountCents = 0;
    QDate paidOn; // invalid: today
    QString note;
};

// One day's takings (the Z report): per payment method, and their totals.
struct Takings
{
    QDate day;
    QString currency;
    std::vector<records::TakingsRow> methods;
    qint64 receivedCents = 0, refundedCents = 0;
    qint64 netCents() const { return receivedCents + refundedCents; }
};

// Billing (issue 22): invoices of completed sessions or of a course sold as a package, numbered
// in one gapless series a year (taken under the writer lock, so two workstations issuing at once
// get consecutive numbers), never changed once issued: a credit note, by an administrator,
// cancels an invoice in whole or part. Payments (card, cash, cheque, transfer) settle invoices or
// are deposits and instalments on a course; a refund is a negative payment against a credit note.
// Amounts are whole cents, VAT included on the price list; each line's VAT is split from it at
// the clinic's rate. Every change and every read of a patient's documents is audited.
class BillingService
{
    Q_DECLARE_TR_FUNCTIONS(meso::clinic::BillingService)
public:
    BillingService(const store::Database &db, AssessmentService &assessments)
        : m_db(db), m_assessments(assessments)
    {
    }

    // Every protocol of the catalog with its price.
    std::vector<Price> prices(const ActingUser &user, const std::string &lang = "en") const;
    // The clinic's price of a protocol; `packageCents` 0 for no package. ValidationError naming
    // price.protocol (not in the catalog), price.session or price.package (at most 100,000.00).
    void setPrice(const ActingUser &user, const QString &protocol, qint64 sessionCents,
                  qint64 packageCents);
    // Back to the catalog's price.
    void clearPrice(const ActingUser &user, const QString &protocol);
    // Several prices at once, all or none (the Prices tab's Save).
    struct PriceChange
    {
        QString protocol;
        qint64 sessionCents = -1; // -1: back to the catalog's price
        qint64 packageCents = 0;  // 0: no package
    };
    void setPrices(const ActingUser &user, const std::vector<PriceChange> &changes);

    records::BillingSettings settings(const ActingUser &user) const;
    // ValidationError naming billing.siret (14 digits with a valid check digit),
    // billing.vat_number (for France, FR, a 2-digit key and the SIRET's first 9 digits),
    // billing.vat_rate (0 to 100 %), billing.vat_exemption (required at 0 %) or billing.currency
    // (an ISO 4217 code; another than the catalog's once every protocol has its clinic price);
    // ConflictError naming billing.currency when it changes after the first quote or invoice.
    void setSettings(const ActingUser &user, const records::BillingSettings &settings);

    // An invoice of completed sessions of one patient, one line each, at the course's approved
    // quote (its sessions' share) or else the protocol's price. ValidationError naming
    // invoice.appointments: none, not found, not completed, another patient's, already billed,
    // or of a course billed as a package; invoice.seller when the clinic's identity is missing.
    records::InvoiceRecord invoiceSessions(const ActingUser &user,
                                           const std::vector<qint64> &appointmentIds,
                                           const std::string &lang = "en");
    // The patient's completed sessions that may be invoiced (not billed, not in a package).
    std::vector<BillableSession> billableSessions(const ActingUser &user, qint64 patientId,
                                                  const std::string &lang = "en") const;
    // The patient's approved courses, with what a package invoice of each would charge.
    std::vector<BillableCourse> courses(const ActingUser &user, qint64 patientId,
                                        const std::string &lang = "en") const;
    // An invoice of a whole course (a plan's request) sold as a package, at booking: at the
    // protocol's package price when the course has its usual number of sessions, else at the
    // approved quote. ValidationError naming invoice.course (no approved
    // plan, already billed as a package, or sessions of it already billed).
    records::InvoiceRecord invoicePackage(const ActingUser &user, qint64 consultationId,
                                          int requestIndex, const std::string &lang = "en");
    // A credit note cancelling the invoice's `lines` (empty: every line not yet cancelled).
    // Administrators only. ValidationError naming invoice.number, credit.lines (unknown or
    // already cancelled) or credit.reason (required).
    records::InvoiceRecord creditNote(const ActingUser &user, const QString &invoiceNumber,
                                      const std::vector<int> &lines, const QString &reason);
    // A document by its number (audited as invoice.read). ValidationError naming invoice.number.
    records::InvoiceRecord invoice(const ActingUser &user, const QString &number) const;
    // A patient's account in one reading: their documents (oldest first) and payments, and the
    // balance. Audited as invoice.read. ValidationError naming invoice.patient.
    BillingAccount account(const ActingUser &user, qint64 patientId) const;

    // ValidationError naming payment.patient, payment.method, payment.amount (more than is due
    // on the invoice, what its course's deposits already paid deducted, or than is left to refund
    // on the credit note), payment.date (in the future), payment.document (not the patient's, or
    // nothing left on it) or payment.course (not the patient's approved course).
    records::PaymentRecord addPayment(const ActingUser &user, const PaymentRequest &request);
    BillingBalance balance(const ActingUser &user, qint64 patientId) const;
    BillingBalance courseBalance(const ActingUser &user, qint64 consultationId,
                                 int requestIndex) const;
    Takings takings(const ActingUser &user, const QDate &day) const;

    static QStringList paymentMethods(); // card, cash, cheque, transfer
    static QString methodName(const QString &method);

private:
    records::InvoiceRecord issue(const ActingUser &user, records::InvoiceRecord invoice);
    void checkCurrency(const ActingUser &user, const QString &wanted);
    const store::Database &m_db;
    AssessmentService &m_assessments;
};

} // namespace meso::clinic

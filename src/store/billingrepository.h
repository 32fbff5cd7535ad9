#pragma once

#include "records/billingrecords.h"

#include <QDate>
#include <QString>

#include <optional>
#include <set>
#include <vector>

namespace meso::store {

class Database;

// A completed session to bill: its appointment, course and the plan's quote.
struct BillableSession
{
    qint64 appointmentId = 0, patientId = 0, planId = 0, consultationId = 0;
    int requestIndex = 0, sessionIndex = 0, sessions = 0;
    QString status, protocol;
    qint64 startsAt = 0;    // clinic-local minutes
    qint64 quoteCents = -1; // the approved quote of the whole course, -1 when none was kept
};

// What a patient or a course was billed and paid, in cents.
struct Balance
{
    qint64 invoicedCents = 0; // invoices less credit notes
    qint64 paidCents = 0;     // payments less refunds
    qint64 dueCents() const { return invoicedCents - paidCents; }
};

// Prices, invoices, credit notes and payments (schema step 16). Writers must run inside a
// WriteTransaction; invoices, their lines and payments are only ever inserted.
class BillingRepository
{
public:
    explicit BillingRepository(const Database &db) : m_db(db) {}

    std::vector<records::PriceRecord> prices() const;
    std::optional<records::PriceRecord> price(const QString &protocol) const;
    // Whether the clinic has approved a quote or issued an invoice (its currency is then fixed).
    bool anyQuoteOrInvoice() const;
    void setPrice(const records::PriceRecord &price);
    void removePrice(const QString &protocol);

    // The next number of `year`'s series, taken for the transaction (given back by a rollback).
    int takeNumber(int year);
    // Inserts the document and its lines; returns its id.
    qint64 insertInvoice(const records::InvoiceRecord &invoice);
    std::optional<records::InvoiceRecord> invoice(qint64 id) const;
    std::optional<records::InvoiceRecord> invoiceByNumber(const QString &number) const;
    // A patient's documents, oldest first, with their lines.
    std::vector<records::InvoiceRecord> invoicesOf(qint64 patientId) const;
    // The credit notes of an invoice.
    std::vector<records::InvoiceRecord> creditNotesOf(qint64 invoiceId) const;
    // The invoice's lines already cancelled by a credit note.
    std::set<int> creditedLines(qint64 invoiceId) const;

    // The appointments, with their course and quote; those not found are missing.
    std::vector<BillableSession> sessions(const std::vector<qint64> &appointmentIds) const;
    // The patient's completed sessions, oldest first.
    std::vector<BillableSession> completedSessionsOf(qint64 patientId) const;
    // The approved versions of the patient's plans (BillableSession without an appointment).
    std::vector<BillableSession> approvedCoursesOf(qint64 patientId) const;
    // Among `appointmentIds`, those on an invoice line that no credit note cancelled.
    std::set<qint64> billedAppointments(const std::vector<qint64> &appointmentIds) const;
    // The course's package invoice that no credit note cancelled in whole, if any (its number).
    QString packageInvoiceOf(qint64 consultationId, int requestIndex) const;
    // How many of the course's sessions are on invoice lines no credit note cancelled.
    int billedSessionsOf(qint64 consultationId, int requestIndex) const;
    // The approved version of the course's plan: protocol, sessions and quote (BillableSession
    // without an appointment); nullopt when the course has no approved plan.
    std::optional<BillableSession> approvedCourse(qint64 consultationId, int requestIndex) const;

    qint64 insertPayment(const records::PaymentRecord &payment);
    std::vector<records::PaymentRecord> paymentsOf(qint64 patientId) const;
    // The sum of the payments recorded against a document (refunds of a credit note: negative).
    qint64 paidAgainst(qint64 invoiceId) const;
    Balance balanceOf(qint64 patientId) const;
    // The course's documents and the payments made on it or on its documents.
    Balance balanceOfCourse(qint64 consultationId, int requestIndex) const;
    // The payments recorded on a day (their taken_at, not the day written on them) per method
    // (methods without payment left out), by method.
    std::vector<records::TakingsRow> takings(const QDate &day) const;

private:
    std::vector<records::InvoiceRecord> readInvoices(const QString &where, qint64 key) const;
    void readLines(records::InvoiceRecord &invoice) const;
    const Database &m_db;
};

} // namespace meso::store

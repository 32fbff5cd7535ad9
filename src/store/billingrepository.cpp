#include "billingrepository.h"

#include "database.h"
#include "statement.h"

namespace meso::store {

namespace {

QVariant orNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

QString inList(size_t n)
{
    QStringList marks;
    for (size_t i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

const QString kInvoiceColumns = QStringLiteral(
    "i.id, i.number, i.year, i.seq, i.kind, i.credits_id, c.number, i.patient_id, "
    "i.consultation_id, i.request_index, i.package, i.issued_on, i.issued_at, i.issued_by, "
    "i.currency, i.excl_cents, i.vat_cents, i.incl_cents, i.seller, i.buyer, i.mention, i.reason");

records::InvoiceRecord invoiceFrom(const Statement &s)
{
    records::InvoiceRecord r;
    r.id = s.integer(0);
    r.number = s.text(1);
    r.year = static_cast<int>(s.integer(2));
    r.seq = static_cast<int>(s.integer(3));
    r.kind = s.text(4);
    r.creditsId = s.integer(5);
    r.creditsNumber = s.text(6);
    r.patientId = s.integer(7);
    r.consultationId = s.integer(8);
    r.requestIndex = static_cast<int>(s.integer(9));
    r.package = s.integer(10) != 0;
    r.issuedOn = QDate::fromString(s.text(11), Qt::ISODate);
    r.issuedAt = QDateTime::fromString(s.text(12), Qt::ISODateWithMs);
    r.issuedBy = s.integer(13);
    r.currency = s.text(14);
    r.exclCents = s.integer(15);
    r.vatCents = s.integer(16);
    r.inclCents = s.integer(17);
    r.seller = s.text(18);
    r.buyer = s.text(19);
    r.mention = s.text(20);
    r.reason = s.text(21);
    return r;
}

// The sessions' common reading: appointment, plan (the version booked) and the course's approved
// version (`v`: its sessions, protocol and quote, what the patient agreed to; the booked version's
// when none is approved).
const QString kSessionColumns = QStringLiteral(
    "a.id, a.patient_id, a.plan_id, p.consultation_id, p.request_index, a.session_index, "
    "coalesce(v.sessions, p.sessions), a.status, coalesce(v.protocol_id, p.protocol_id), "
    "a.starts_at, v.quote_cents");

const QString kSessionTables = QStringLiteral(
    "appointments a JOIN plans p ON p.id = a.plan_id LEFT JOIN plans v ON v.consultation_id = "
    "p.consultation_id AND v.request_index = p.request_index AND v.status = 'approved'");

BillableSession sessionFrom(const Statement &s)
{
    BillableSession b;
    b.appointmentId = s.integer(0);
    b.patientId = s.integer(1);
    b.planId = s.integer(2);
    b.consultationId = s.integer(3);
    b.requestIndex = static_cast<int>(s.integer(4));
    b.sessionIndex = static_cast<int>(s.integer(5));
    b.sessions = static_cast<int>(s.integer(6));
    b.status = s.text(7);
    b.protocol = s.text(8);
    b.startsAt = s.integer(9);
    b.quoteCents = s.value(10).isNull() ? -1 : s.integer(10);
    return b;
}

const QString kPriceColumns =
    QStringLiteral("protocol_id, session_cents, package_cents, updated_by, updated_at");

records::PriceRecord readPrice(const Statement &s)
{
    records::PriceRecord p;
    p.protocol = s.text(0);
    p.sessionCents = s.integer(1);
    p.packageCents = s.integer(2);
    p.updatedBy = s.integer(3);
    p.updatedAt = QDateTime::fromString(s.text(4), Qt::ISODateWithMs);
    return p;
}
} // namespace

std::vector<records::PriceRecord> BillingRepository::prices() const
{
    Statement s(m_db.connection(),
                QStringLiteral("SELECT %1 FROM prices ORDER BY protocol_id").arg(kPriceColumns));
    s.exec();
    std::vector<records::PriceRecord> out;
    while (s.next())
        out.push_back(readPrice(s));
    return out;
}

bool BillingRepository::anyQuoteOrInvoice() const
{
    Statement s(m_db.connection(),
                QStringLiteral("SELECT CASE WHEN EXISTS (SELECT 1 FROM plans WHERE quote_cents IS "
                               "NOT NULL) OR EXISTS (SELECT 1 FROM invoices) THEN 1 ELSE 0 END"));
    s.exec();
    return s.next() && s.integer(0) != 0;
}

std::optional<records::PriceRecord> BillingRepository::price(const QString &protocol) const
{
    Statement s(m_db.connection(),
                QStringLiteral("SELECT %1 FROM prices WHERE protocol_id = ?").arg(kPriceColumns));
    s.bind(protocol).exec();
    if (!s.next())
        return std::nullopt;
    return readPrice(s);
}

void BillingRepository::setPrice(const records::PriceRecord &price)
{
    removePrice(price.protocol);
    Statement(m_db.connection(),
              QStringLiteral("INSERT INTO prices (protocol_id, session_cents, package_cents, "
                             "updated_by, updated_at) VALUES (?, ?, ?, ?, ?)"))
        .bind(price.protocol)
        .bind(price.sessionCents)
        .bind(price.packageCents > 0 ? QVariant(price.packageCents) : QVariant())
        .bind(price.updatedBy)
        .bind(timestamp(price.updatedAt))
        .exec();
}

void BillingRepository::removePrice(const QString &protocol)
{
    Statement(m_db.connection(), QStringLiteral("DELETE FROM prices WHERE protocol_id = ?"))
        .bind(protocol)
        .exec();
}

int BillingRepository::takeNumber(int year)
{
    Statement next(m_db.connection(),
                   QStringLiteral("UPDATE invoice_numbers SET last_number = last_number + 1 "
                                  "WHERE year = ? RETURNING last_number"));
    next.bind(year).exec();
    if (next.next())
        return static_cast<int>(next.integer(0));
    Statement(m_db.connection(),
              QStringLiteral("INSERT INTO invoice_numbers (year, last_number) VALUES (?, 1)"))
        .bind(year)
        .exec();
    return 1;
}

qint64 BillingRepository::insertInvoice(const records::InvoiceRecord &r)
{
    Statement s(m_db.connection(),
                QStringLiteral(
                    "INSERT INTO invoices (number, year, seq, kind, credits_id, patient_id, "
                    "consultation_id, request_index, package, issued_on, issued_at, issued_by, "
                    "currency, excl_cents, vat_cents, incl_cents, seller, buyer, mention, reason) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    "RETURNING id"));
    s.bind(r.number)
        .bind(r.year)
        .bind(r.seq)
        .bind(r.kind)
        .bind(orNull(r.creditsId))
        .bind(r.patientId)
        .bind(orNull(r.consultationId))
        .bind(r.consultationId > 0 ? QVariant(r.requestIndex) : QVariant())
        .bind(r.package)
        .bind(r.issuedOn.toString(Qt::ISODate))
        .bind(timestamp(r.issuedAt))
        .bind(r.issuedBy)
        .bind(r.currency)
        .bind(r.exclCents)
        .bind(r.vatCents)
        .bind(r.inclCents)
        .bind(r.seller)
        .bind(r.buyer)
        .bind(r.mention)
        .bind(r.reason);
    const qint64 id = s.insert();
    for (const records::InvoiceLine &l : r.lines) {
        Statement(m_db.connection(),
                  QStringLiteral("INSERT INTO invoice_lines (invoice_id, line_no, label, quantity, "
                                 "unit_cents, vat_rate, excl_cents, vat_cents, incl_cents, "
                                 "appointment_id, credits_line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                                 "?, ?, ?)"))
            .bind(id)
            .bind(l.lineNo)
            .bind(l.label)
            .bind(l.quantity)
            .bind(l.unitCents)
            .bind(l.vatRate)
            .bind(l.exclCents)
            .bind(l.vatCents)
            .bind(l.inclCents)
            .bind(orNull(l.appointmentId))
            .bind(l.creditsLine > 0 ? QVariant(l.creditsLine) : QVariant())
            .exec();
    }
    return id;
}

std::vector<records::InvoiceRecord> BillingRepository::readInvoices(const QString &where,
                                                                    qint64 key) const
{
    Statement s(m_db.connection(),
                QStringLiteral("SELECT %1 FROM invoices i LEFT JOIN invoices c ON c.id = "
                               "i.credits_id WHERE %2 ORDER BY i.year, i.seq")
                    .arg(kInvoiceColumns, where));
    s.bind(key).exec();
    std::vector<records::InvoiceRecord> out;
    while (s.next())
        out.push_back(invoiceFrom(s));
    for (records::InvoiceRecord &r : out)
        readLines(r);
    return out;
}

void BillingRepository::readLines(records::InvoiceRecord &invoice) const
{
    Statement s(m_db.connection(),
                QStringLiteral("SELECT line_no, label, quantity, unit_cents, vat_rate, excl_cents, "
                               "vat_cents, incl_cents, appointment_id, credits_line FROM "
                               "invoice_lines WHERE invoice_id = ? ORDER BY line_no"));
    s.bind(invoice.id).exec();
    while (s.next()) {
        records::InvoiceLine l;
        l.lineNo = static_cast<int>(s.integer(0));
        l.label = s.text(1);
        l.quantity = static_cast<int>(s.integer(2));
        l.unitCents = s.integer(3);
        l.vatRate = static_cast<int>(s.integer(4));
        l.exclCents = s.integer(5);
        l.vatCents = s.integer(6);
        l.inclCents = s.integer(7);
        l.appointmentId = s.integer(8);
        l.creditsLine = static_cast<int>(s.integer(9));
        invoice.lines.push_back(std::move(l));
    }
}

std::optional<records::InvoiceRecord> BillingRepository::invoice(qint64 id) const
{
    std::vector<records::InvoiceRecord> found = readInvoices(QStringLiteral("i.id = ?"), id);
    if (found.empty())
        return std::nullopt;
    return std::move(found.front());
}

std::optional<records::InvoiceRecord>
BillingRepository::invoiceByNumber(const QString &number) const
{
    Statement s(m_db.connection(), QStringLiteral("SELECT id FROM invoices WHERE number = ?"));
    s.bind(number).exec();
    if (!s.next())
        return std::nullopt;
    return invoice(s.integer(0));
}

std::vector<records::InvoiceRecord> BillingRepository::invoicesOf(qint64 patientId) const
{
    return readInvoices(QStringLiteral("i.patient_id = ?"), patientId);
}

std::vector<records::InvoiceRecord> BillingRepository::creditNotesOf(qint64 invoiceId) const
{
    return readInvoices(QStringLiteral("i.credits_id = ?"), invoiceId);
}

std::set<int> BillingRepository::creditedLines(qint64 invoiceId) const
{
    Statement s(m_db.connection(),
                QStringLiteral("SELECT l.credits_line FROM invoices c JOIN invoice_lines l ON "
                               "l.invoice_id = c.id WHERE c.credits_id = ?"));
    s.bind(invoiceId).exec();
    std::set<int> lines;
    while (s.next())
        lines.insert(static_cast<int>(s.integer(0)));
    return lines;
}

std::vector<BillableSession>
BillingRepository::sessions(const std::vector<qint64> &appointmentIds) const
{
    std::vector<BillableSession> out;
    if (appointmentIds.empty())
        return out;
    Statement s(m_db.connection(),
                QStringLiteral("SELECT %1 FROM %2 WHERE a.id IN (%3) ORDER BY a.starts_at, a.id")
                    .arg(kSessionColumns, kSessionTables, inList(appointmentIds.size())));
    for (const qint64 id : appointmentIds)
        s.bind(id);
    s.exec();
    while (s.next())
        out.push_back(sessionFrom(s));
    return out;
}

std::vector<BillableSession> BillingRepository::completedSessionsOf(qint64 patientId) const
{
    Statement s(m_db.connection(),
                QStringLiteral("SELECT %1 FROM %2 WHERE a.patient_id = ? AND a.status = "
                               "'completed' ORDER BY a.starts_at, a.id")
                    .arg(kSessionColumns, kSessionTables));
    s.bind(patientId).exec();
    std::vector<BillableSession> out;
    while (s.next())
        out.push_back(sessionFrom(s));
    return out;
}

std::vector<BillableSession> BillingRepository::approvedCoursesOf(qint64 patientId) const
{
    Statement s(m_db.connection(),
                QStringLiteral("SELECT p.consultation_id, p.request_index FROM plans p JOIN "
                               "consultations c ON c.id = p.consultation_id WHERE c.patient_id = "
                               "? AND p.status = 'approved' ORDER BY p.approved_at, p.id"));
    s.bind(patientId).exec();
    std::vector<std::pair<qint64, int>> keys;
    while (s.next())
        keys.emplace_back(s.integer(0), static_cast<int>(s.integer(1)));
    std::vector<BillableSession> out;
    for (const auto &[consultation, request] : keys) {
        if (auto course = approvedCourse(consultation, request))
            out.push_back(std::move(*course));
    }
    return out;
}

std::set<qint64>
BillingRepository::billedAppointments(const std::vector<qint64> &appointmentIds) const
{
    std::set<qint64> billed;
    if (appointmentIds.empty())
        return billed;
    Statement s(m_db.connection(),
                QStringLiteral("SELECT l.appointment_id FROM invoice_lines l JOIN invoices i ON "
                               "i.id = l.invoice_id WHERE i.kind = 'invoice' AND "
                               "l.appointment_id IN (%1) AND NOT EXISTS (SELECT 1 FROM invoices "
                               "c JOIN invoice_lines cl ON cl.invoice_id = c.id WHERE "
                               "c.credits_id = i.id AND cl.credits_line = l.line_no)")
                    .arg(inList(appointmentIds.size())));
    for (const qint64 id : appointmentIds)
        s.bind(id);
    s.exec();
    while (s.next())
        billed.insert(s.integer(0));
    return billed;
}

QString BillingRepository::packageInvoiceOf(qint64 consultationId, int requestIndex) const
{
    Statement s(m_db.connection(),
                QStringLiteral("SELECT i.number FROM invoices i WHERE i.kind = 'invoice' AND "
                               "i.package = 1 AND i.consultation_id = ? AND i.request_index = ? "
                               "AND EXISTS (SELECT 1 FROM invoice_lines l WHERE l.invoice_id = "
                               "i.id AND NOT EXISTS (SELECT 1 FROM invoices c JOIN invoice_lines "
                               "cl ON cl.invoice_id = c.id WHERE c.credits_id = i.id AND "
                               "cl.credits_line = l.line_no))"));
    s.bind(consultationId).bind(requestIndex).exec();
    return s.next() ? s.text(0) : QString();
}

int BillingRepository::billedSessionsOf(qint64 consultationId, int requestIndex) const
{
    Statement s(
        m_db.connection(),
        QStringLiteral("SELECT count(*) FROM invoice_lines l JOIN invoices i ON i.id = "
                       "l.invoice_id JOIN appointments a ON a.id = l.appointment_id JOIN "
                       "plans p ON p.id = a.plan_id WHERE i.kind = 'invoice' AND "
                       "p.consultation_id = ? AND p.request_index = ? AND NOT EXISTS "
                       "(SELECT 1 FROM invoices c JOIN invoice_lines cl ON cl.invoice_id "
                       "= c.id WHERE c.credits_id = i.id AND cl.credits_line = l.line_no)"));
    s.bind(consultationId).bind(requestIndex).exec();
    return s.next() ? static_cast<int>(s.integer(0)) : 0;
}

std::optional<BillableSession> BillingRepository::approvedCourse(qint64 consultationId,
                                                                 int requestIndex) const
{
    Statement s(m_db.connection(),
                QStringLiteral("SELECT p.id, c.patient_id, p.protocol_id, p.sessions, "
                               "p.quote_cents FROM plans p JOIN consultations c ON c.id = "
                               "p.consultation_id WHERE p.consultation_id = ? AND "
                               "p.request_index = ? AND p.status = 'approved'"));
    s.bind(consultationId).bind(requestIndex).exec();
    if (!s.next())
        return std::nullopt;
    BillableSession b;
    b.planId = s.integer(0);
    b.patientId = s.integer(1);
    b.protocol = s.text(2);
    b.sessions = static_cast<int>(s.integer(3));
    b.quoteCents = s.value(4).isNull() ? -1 : s.integer(4);
    b.consultationId = consultationId;
    b.requestIndex = requestIndex;
    return b;
}

qint64 BillingRepository::insertPayment(const records::PaymentRecord &p)
{
    Statement s(m_db.connection(),
                QStringLiteral("INSERT INTO payments (patient_id, invoice_id, consultation_id, "
                               "request_index, method, amount_cents, paid_on, note, taken_by, "
                               "taken_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    s.bind(p.patientId)
        .bind(orNull(p.invoiceId))
        .bind(orNull(p.consultationId))
        .bind(p.consultationId > 0 ? QVariant(p.requestIndex) : QVariant())
        .bind(p.method)
        .bind(p.amountCents)
        .bind(p.paidOn.toString(Qt::ISODate))
        .bind(p.note)
        .bind(p.takenBy)
        .bind(timestamp(p.takenAt));
    return s.insert();
}

std::vector<records::PaymentRecord> BillingRepository::paymentsOf(qint64 patientId) const
{
    Statement s(m_db.connection(),
                QStringLiteral("SELECT p.id, p.patient_id, p.invoice_id, p.consultation_id, "
                               "p.request_index, p.method, p.amount_cents, p.paid_on, p.note, "
                               "p.taken_by, p.taken_at, i.number FROM payments p LEFT JOIN "
                               "invoices i ON i.id = p.invoice_id WHERE p.patient_id = ? ORDER BY "
                               "p.taken_at, p.id"));
    s.bind(patientId).exec();
    std::vector<records::PaymentRecord> out;
    while (s.next()) {
        records::PaymentRecord p;
        p.id = s.integer(0);
        p.patientId = s.integer(1);
        p.invoiceId = s.integer(2);
        p.consultationId = s.integer(3);
        p.requestIndex = static_cast<int>(s.integer(4));
        p.method = s.text(5);
        p.amountCents = s.integer(6);
        p.paidOn = QDate::fromString(s.text(7), Qt::ISODate);
        p.note = s.text(8);
        p.takenBy = s.integer(9);
        p.takenAt = QDateTime::fromString(s.text(10), Qt::ISODateWithMs);
        p.document = s.text(11);
        out.push_back(std::move(p));
    }
    return out;
}

qint64 BillingRepository::paidAgainst(qint64 invoiceId) const
{
    Statement s(m_db.connection(), QStringLiteral("SELECT coalesce(sum(amount_cents), 0) FROM "
                                                  "payments WHERE invoice_id = ?"));
    s.bind(invoiceId).exec();
    return s.next() ? s.integer(0) : 0;
}

Balance BillingRepository::balanceOf(qint64 patientId) const
{
    Balance b;
    Statement invoiced(m_db.connection(), QStringLiteral("SELECT coalesce(sum(incl_cents), 0) "
                                                         "FROM invoices WHERE patient_id = ?"));
    invoiced.bind(patientId).exec();
    if (invoiced.next())
        b.invoicedCents = invoiced.integer(0);
    Statement paid(m_db.connection(), QStringLiteral("SELECT coalesce(sum(amount_cents), 0) FROM "
                                                     "payments WHERE patient_id = ?"));
    paid.bind(patientId).exec();
    if (paid.next())
        b.paidCents = paid.integer(0);
    return b;
}

Balance BillingRepository::balanceOfCourse(qint64 consultationId, int requestIndex) const
{
    Balance b;
    Statement invoiced(m_db.connection(),
                       QStringLiteral("SELECT coalesce(sum(incl_cents), 0) FROM invoices WHERE "
                                      "consultation_id = ? AND request_index = ?"));
    invoiced.bind(consultationId).bind(requestIndex).exec();
    if (invoiced.next())
        b.invoicedCents = invoiced.integer(0);
    Statement paid(m_db.connection(),
                   QStringLiteral("SELECT coalesce(sum(p.amount_cents), 0) FROM payments p LEFT "
                                  "JOIN invoices i ON i.id = p.invoice_id WHERE "
                                  "(p.consultation_id = ? AND p.request_index = ?) OR "
                                  "(i.consultation_id = ? AND i.request_index = ?)"));
    paid.bind(consultationId).bind(requestIndex).bind(consultationId).bind(requestIndex).exec();
    if (paid.next())
        b.paidCents = paid.integer(0);
    return b;
}

std::vector<records::TakingsRow> BillingRepository::takings(const QDate &day) const
{
    Statement s(m_db.connection(),
                QStringLiteral("SELECT method, "
                               "sum(CASE WHEN amount_cents > 0 THEN 1 ELSE 0 END), "
                               "sum(CASE WHEN amount_cents < 0 THEN 1 ELSE 0 END), "
                               "sum(CASE WHEN amount_cents > 0 THEN amount_cents ELSE 0 END), "
                               "sum(CASE WHEN amount_cents < 0 THEN amount_cents ELSE 0 END) "
                               "FROM payments WHERE taken_at >= ? AND taken_at < ? GROUP BY "
                               "method ORDER BY method"));
    // The day's bounds on this workstation's clock (the clinic's time zone), as stored: UTC.
    s.bind(timestamp(QDateTime(day, QTime(0, 0))))
        .bind(timestamp(QDateTime(day.addDays(1), QTime(0, 0))))
        .exec();
    std::vector<records::TakingsRow> out;
    while (s.next()) {
        records::TakingsRow r;
        r.method = s.text(0);
        r.payments = static_cast<int>(s.integer(1));
        r.refunds = static_cast<int>(s.integer(2));
        r.receivedCents = s.integer(3);
        r.refundedCents = s.integer(4);
        out.push_back(std::move(r));
    }
    return out;
}

} // namespace meso::store

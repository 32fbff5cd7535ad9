-- Schema version 16: billing (issue 22). Amounts are whole cents of the clinic's currency, VAT
-- rates in basis points (2000 = 20 %). Prices are the clinic's, apart from the clinical catalog,
-- so a price change needs no catalog import: the price of a session of a protocol, VAT
-- included (what the patient pays), and of the whole course sold as a package.
CREATE TABLE prices (
    protocol_id TEXT PRIMARY KEY,
    session_cents INTEGER NOT NULL CHECK (session_cents >= 0),
    package_cents INTEGER CHECK (package_cents >= 0),
    updated_by INTEGER NOT NULL REFERENCES users (id),
    updated_at TEXT NOT NULL
);
-- The last number given per year: invoices and credit notes share one gapless series a year,
-- taken under the writer lock and committed with the document (a rollback gives the number
-- back), so numbers follow the order of issue with no gap and no duplicate.
CREATE TABLE invoice_numbers (
    year INTEGER PRIMARY KEY,
    last_number INTEGER NOT NULL CHECK (last_number >= 1)
);
-- An issued document never changes (triggers at the end, as for payments): a credit note (kind
-- credit_note, amounts negative) cancels an invoice in whole or part. `seller` and `buyer` keep
-- the clinic's legal identity and the patient's name as printed on the day (JSON).
CREATE TABLE invoices (
    id {{ID}},
    number TEXT NOT NULL UNIQUE,
    year INTEGER NOT NULL,
    seq INTEGER NOT NULL CHECK (seq >= 1),
    kind TEXT NOT NULL CHECK (kind IN ('invoice', 'credit_note')),
    credits_id INTEGER REFERENCES invoices (id),
    patient_id INTEGER NOT NULL REFERENCES patients (id),
    consultation_id INTEGER REFERENCES consultations (id),
    request_index INTEGER CHECK (request_index >= 0),
    package INTEGER NOT NULL DEFAULT 0 CHECK (package IN (0, 1)),
    issued_on TEXT NOT NULL,
    issued_at TEXT NOT NULL,
    issued_by INTEGER NOT NULL REFERENCES users (id),
    currency TEXT NOT NULL,
    excl_cents INTEGER NOT NULL,
    vat_cents INTEGER NOT NULL,
    incl_cents INTEGER NOT NULL,
    seller TEXT NOT NULL,
    buyer TEXT NOT NULL,
    mention TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT '',
    UNIQUE (year, seq),
    CHECK ((kind = 'invoice') = (credits_id IS NULL)),
    CHECK (excl_cents + vat_cents = incl_cents)
);
CREATE INDEX invoices_patient ON invoices (patient_id, issued_at);
CREATE INDEX invoices_course ON invoices (consultation_id, request_index);
CREATE INDEX invoices_credits ON invoices (credits_id);
-- A document's lines. `credits_line` is, on a credit note, the invoice line it cancels (each at
-- most once); `appointment_id` the session a line bills.
CREATE TABLE invoice_lines (
    invoice_id INTEGER NOT NULL REFERENCES invoices (id),
    line_no INTEGER NOT NULL CHECK (line_no >= 1),
    label TEXT NOT NULL,
    quantity INTEGER NOT NULL CHECK (quantity >= 1),
    unit_cents INTEGER NOT NULL,
    vat_rate INTEGER NOT NULL CHECK (vat_rate BETWEEN 0 AND 10000),
    excl_cents INTEGER NOT NULL,
    vat_cents INTEGER NOT NULL,
    incl_cents INTEGER NOT NULL,
    appointment_id INTEGER REFERENCES appointments (id),
    credits_line INTEGER CHECK (credits_line >= 1),
    PRIMARY KEY (invoice_id, line_no),
    CHECK (excl_cents + vat_cents = incl_cents)
){{WITHOUT_ROWID}};
CREATE INDEX invoice_lines_appointment ON invoice_lines (appointment_id);
-- What patients paid: card, cash, cheque, transfer. A refund is a negative payment linked to the
-- credit note it repays. A payment may settle an invoice, or be a deposit or an instalment on a
-- course (consultation and request) before its invoice. `paid_on` is the day on the payment (a
-- cheque's date); a day's takings are the payments recorded that day (`taken_at`), so a payment
-- entered late never changes a day already closed.
CREATE TABLE payments (
    id {{ID}},
    patient_id INTEGER NOT NULL REFERENCES patients (id),
    invoice_id INTEGER REFERENCES invoices (id),
    consultation_id INTEGER REFERENCES consultations (id),
    request_index INTEGER CHECK (request_index >= 0),
    method TEXT NOT NULL CHECK (method IN ('card', 'cash', 'cheque', 'transfer')),
    amount_cents INTEGER NOT NULL CHECK (amount_cents <> 0),
    paid_on TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    taken_by INTEGER NOT NULL REFERENCES users (id),
    taken_at TEXT NOT NULL
);
CREATE INDEX payments_patient ON payments (patient_id, paid_on);
CREATE INDEX payments_taken ON payments (taken_at);
CREATE INDEX payments_invoice ON payments (invoice_id);
{{BILLING_APPEND_ONLY}}

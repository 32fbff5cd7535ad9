#include "billingpage.h"

#include "invoicedocument.h"

#include "money.h"
#include "pageroles.h"
#include "refusal.h"
#include "tablemodel.h"
#include "tableviews.h"

#include "clinic/money.h"
#include "clinic/permissions.h"
#include "clinic/services.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace meso::ui {

namespace {

std::string interfaceLanguage()
{
    return QLocale().name().left(2).toStdString();
}

// The name and birth date: patients of the same name are told apart.
QString patientName(const records::PatientRecord &p)
{
    return BillingPage::tr("%1 %2, born %3")
        .arg(p.familyName.toUpper(), p.givenNames,
             QLocale().toString(p.birthDate, QLocale::ShortFormat));
}

// Cents as typed in the interface's language ("12,50" in French); the service takes them.
QString typedCents(qint64 cents, const QLocale &locale)
{
    return locale.toString(static_cast<double>(cents) / 100, 'f', 2)
        .remove(locale.groupSeparator());
}

} // namespace

BillingPage::BillingPage(clinic::Services &services, clinic::ActingUser user, QWidget *parent)
    : QWidget(parent), m_services(services), m_user(std::move(user)), m_tabs(new QTabWidget(this)),
      m_search(new QLineEdit(this)), m_patients(new QListWidget(this)),
      m_documents(new TableModel(
          {tr("Number"), tr("Date"), tr("Document"), tr("Total"), tr("Left to pay"), tr("Course")},
          this)),
      m_payments(
          new TableModel({tr("Date"), tr("Method"), tr("Amount"), tr("For"), tr("Note")}, this)),
      m_takings(new TableModel(
          {tr("Method"), tr("Payments"), tr("Received"), tr("Refunds"), tr("Refunded")}, this)),
      m_documentsView(makeOneLineTable(m_documents, this, 5)), m_patientLabel(new QLabel(this)),
      m_balance(new QLabel(this)), m_message(new QLabel(this)), m_takingsTotal(new QLabel(this)),
      m_settingsMessage(new QLabel(this)),
      m_invoiceButton(new QPushButton(tr("&New invoice…"), this)),
      m_paymentButton(new QPushButton(tr("&Record payment…"), this)),
      m_creditButton(new QPushButton(tr("&Credit note…"), this)),
      m_pdfButton(new QPushButton(tr("Save &PDF…"), this)),
      m_day(new QDateEdit(QDate::currentDate(), this)), m_siret(new QLineEdit(this)),
      m_vatNumber(new QLineEdit(this)), m_vatRate(new QLineEdit(this)),
      m_exemption(new QLineEdit(this)), m_terms(new QLineEdit(this)),
      m_currencyCode(new QLineEdit(this)), m_prices(new QTableWidget(0, 4, this)),
      m_saveSettings(new QPushButton(tr("Save &legal details"), this)),
      m_savePrices(new QPushButton(tr("Save p&rices"), this))
{
    using clinic::Action;
    const auto may = [this](Action a) { return clinic::Permissions::allows(m_user.role, a); };
    try {
        m_currency = QString::fromStdString(m_services.assessments.catalog(m_user)->currency);
    } catch (const std::exception &) {
        m_currency = QStringLiteral("EUR");
    }

    // Accounts: patients found on the left, their documents and payments on the right.
    auto *accounts = new QWidget(this);
    m_search->setPlaceholderText(tr("Name, birth date or phone"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, &BillingPage::search);
    connect(m_patients, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            showPatient(m_patients->item(row)->data(Qt::UserRole).toLongLong());
    });
    auto *findLabel = new QLabel(tr("&Find a patient:"), this);
    findLabel->setBuddy(m_search);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(findLabel);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_patients, 1);

    QFont bold = m_patientLabel->font();
    bold.setBold(true);
    m_patientLabel->setFont(bold);
    m_message->setWordWrap(true);
    QHeaderView *header = m_documentsView->horizontalHeader();
    header->resizeSection(0, 110);
    header->resizeSection(1, 90);
    header->resizeSection(2, 120);
    header->resizeSection(3, 110);
    header->resizeSection(4, 110);
    auto *paymentsView = makeOneLineTable(m_payments, this, 4);
    paymentsView->horizontalHeader()->resizeSection(0, 90);
    paymentsView->horizontalHeader()->resizeSection(1, 90);
    paymentsView->horizontalHeader()->resizeSection(2, 110);
    paymentsView->horizontalHeader()->resizeSection(3, 160);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_invoiceButton, m_paymentButton, m_creditButton, m_pdfButton})
        buttons->addWidget(b);
    buttons->addStretch();
    m_invoiceButton->setVisible(may(Action::InvoiceIssue));
    m_paymentButton->setVisible(may(Action::PaymentTake));
    m_creditButton->setVisible(may(Action::CreditNote));
    connect(m_invoiceButton, &QPushButton::clicked, this, &BillingPage::newInvoice);
    connect(m_paymentButton, &QPushButton::clicked, this, &BillingPage::recordPayment);
    connect(m_creditButton, &QPushButton::clicked, this, &BillingPage::creditNote);
    connect(m_pdfButton, &QPushButton::clicked, this, &BillingPage::askPdf);
    connect(m_documentsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BillingPage::updateButtons);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_patientLabel);
    rightLayout->addWidget(new QLabel(tr("Invoices and credit notes:"), this));
    rightLayout->addWidget(m_documentsView, 3);
    rightLayout->addWidget(new QLabel(tr("Payments:"), this));
    rightLayout->addWidget(paymentsView, 2);
    rightLayout->addWidget(m_balance);
    rightLayout->addLayout(buttons);
    rightLayout->addWidget(m_message);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("billingSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 900});
    auto *accountsLayout = new QVBoxLayout(accounts);
    accountsLayout->addWidget(splitter);
    m_tabs->addTab(accounts, tr("&Accounts"));

    // Takings: a day's payments per method.
    auto *takings = new QWidget(this);
    m_day->setCalendarPopup(true);
    m_day->setMaximumDate(QDate::currentDate());
    m_day->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    connect(m_day, &QDateEdit::dateChanged, this, &BillingPage::refreshTakings);
    auto *dayLabel = new QLabel(tr("&Day:"), this);
    dayLabel->setBuddy(m_day);
    auto *dayRow = new QHBoxLayout;
    dayRow->addWidget(dayLabel);
    dayRow->addWidget(m_day);
    dayRow->addStretch();
    auto *takingsView = makeOneLineTable(m_takings, this, 0);
    auto *takingsLayout = new QVBoxLayout(takings);
    takingsLayout->addLayout(dayRow);
    takingsLayout->addWidget(takingsView, 1);
    takingsLayout->addWidget(m_takingsTotal);
    m_tabs->addTab(takings, tr("&Takings"));

    // Prices and VAT.
    auto *setup = new QWidget(this);
    m_siret->setPlaceholderText(QStringLiteral("732 829 320 00074"));
    m_vatNumber->setPlaceholderText(QStringLiteral("FR44 732829320"));
    m_vatRate->setPlaceholderText(QStringLiteral("20"));
    m_exemption->setPlaceholderText(tr("e.g. TVA non applicable, article 261-4-1° du CGI"));
    m_terms->setPlaceholderText(tr("e.g. Payable on receipt"));
    auto *form = new QFormLayout;
    form->addRow(tr("&SIRET:"), m_siret);
    form->addRow(tr("&VAT number:"), m_vatNumber);
    form->addRow(tr("VAT &rate (%):"), m_vatRate);
    form->addRow(tr("&Without VAT, the mention:"), m_exemption);
    form->addRow(tr("Pa&yment terms:"), m_terms);
    // The clinic's currency: the catalog's unless the clinic chooses another before its first
    // quote (every protocol then needs its price in it).
    m_currencyCode->setMaxLength(3);
    m_currencyCode->setMaximumWidth(
        m_currencyCode->fontMetrics().horizontalAdvance(QStringLiteral("MMMMMMMM")));
    m_currencyCode->setToolTip(tr("The ISO 4217 code of the clinic's currency (EUR, CHF, ...), "
                                  "chosen before the first quote"));
    form->addRow(tr("C&urrency:"), m_currencyCode);
    m_prices->setHorizontalHeaderLabels(
        {tr("Protocol"), tr("Session"), tr("Course as a package"), tr("Price from")});
    m_prices->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column : {1, 2, 3})
        m_prices->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_prices->verticalHeader()->hide();
    m_settingsMessage->setWordWrap(true);
    const bool setupAllowed = may(Action::BillingSetup);
    for (QLineEdit *e : {m_siret, m_vatNumber, m_vatRate, m_exemption, m_terms, m_currencyCode})
        e->setReadOnly(!setupAllowed);
    if (!setupAllowed)
        m_prices->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_saveSettings->setVisible(setupAllowed);
    m_savePrices->setVisible(setupAllowed);
    connect(m_saveSettings, &QPushButton::clicked, this, &BillingPage::saveSettings);
    connect(m_savePrices, &QPushButton::clicked, this, &BillingPage::savePrices);
    auto *setupButtons = new QHBoxLayout;
    setupButtons->addWidget(m_saveSettings);
    setupButtons->addWidget(m_savePrices);
    setupButtons->addStretch();
    auto *setupLayout = new QVBoxLayout(setup);
    setupLayout->addLayout(form);
    auto *pricesHelp = new QLabel(tr("Prices, VAT included (empty: the catalog's price, while the "
                                     "currency is the catalog's; a package of 0: not sold as "
                                     "one):"),
                                  this);
    pricesHelp->setWordWrap(true);
    setupLayout->addWidget(pricesHelp);
    setupLayout->addWidget(m_prices, 1);
    setupLayout->addLayout(setupButtons);
    setupLayout->addWidget(m_settingsMessage);
    m_tabs->addTab(setup, tr("&Prices and VAT"));

    markRole(m_search, PageRole::Find);
    markRole(m_invoiceButton, PageRole::New);
    markRole(m_pdfButton, PageRole::Print);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    // The takings are an audited read: read when their tab is shown, not with the page.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this, takings](int) {
        if (m_tabs->currentWidget() == takings)
            refreshTakings();
    });
    search();
    loadSettings();
    updateButtons();
}

QString BillingPage::message() const
{
    return m_message->text();
}

QString BillingPage::settingsMessage() const
{
    return m_settingsMessage->text();
}

void BillingPage::search()
{
    const qint64 shown = m_patientId;
    m_patients->blockSignals(true);
    m_patients->clear();
    try {
        for (const records::PatientRecord &p :
             m_services.patients.search(m_user, m_search->text(), 50)) {
            auto *item = new QListWidgetItem(patientName(p), m_patients);
            item->setData(Qt::UserRole, p.id);
            if (p.id == shown)
                m_patients->setCurrentItem(item);
        }
    } catch (const std::exception &e) {
        m_message->setText(refusal(e));
    }
    m_patients->blockSignals(false);
}

void BillingPage::showPatient(qint64 patientId)
{
    m_patientId = patientId;
    refresh();
}

qint64 BillingPage::leftOn(const records::InvoiceRecord &document) const
{
    qint64 left = document.inclCents;
    if (document.kind == QLatin1String("invoice")) {
        for (const records::InvoiceRecord &c : m_shownDocuments) {
            if (c.creditsId == document.id)
                left += c.inclCents;
        }
    }
    for (const records::PaymentRecord &p : m_shownPayments) {
        if (p.invoiceId == document.id)
            left -= p.amountCents;
    }
    // An invoice of a course: never more than the course still owes (its deposits count).
    if (document.kind == QLatin1String("invoice") && document.consultationId > 0) {
        const auto ofCourse = [&document](qint64 consultation, int request) {
            return consultation == document.consultationId && request == document.requestIndex;
        };
        qint64 courseDue = 0;
        for (const records::InvoiceRecord &d : m_shownDocuments) {
            if (ofCourse(d.consultationId, d.requestIndex))
                courseDue += d.inclCents;
        }
        for (const records::PaymentRecord &p : m_shownPayments) {
            const auto on =
                std::find_if(m_shownDocuments.begin(), m_shownDocuments.end(),
                             [&p](const records::InvoiceRecord &d) { return d.id == p.invoiceId; });
            if (on != m_shownDocuments.end() ? ofCourse(on->consultationId, on->requestIndex)
                                             : ofCourse(p.consultationId, p.requestIndex))
                courseDue -= p.amountCents;
        }
        left = std::min(left, courseDue);
    }
    return left;
}

std::set<int> BillingPage::cancelledLines(const records::InvoiceRecord &invoice) const
{
    std::set<int> lines;
    for (const records::InvoiceRecord &c : m_shownDocuments) {
        if (c.creditsId == invoice.id) {
            for (const records::InvoiceLine &l : c.lines)
                lines.insert(l.creditsLine);
        }
    }
    return lines;
}

bool BillingPage::refresh()
{
    m_shownDocuments.clear();
    m_shownPayments.clear();
    m_documents->setRows({});
    m_payments->setRows({});
    m_balance->clear();
    if (m_patientId <= 0) {
        m_patientLabel->setText(tr("Find a patient to see their account."));
        updateButtons();
        return false;
    }
    clinic::BillingBalance balance;
    try {
        const auto patient = m_services.patients.find(m_user, m_patientId);
        m_patientLabel->setText(patient ? patientName(*patient) : QString());
        clinic::BillingAccount account = m_services.billing.account(m_user, m_patientId);
        m_shownDocuments = std::move(account.documents);
        m_shownPayments = std::move(account.payments);
        balance = account.balance;
    } catch (const std::exception &e) {
        m_message->setText(refusal(e));
        updateButtons();
        return false;
    }
    const QLocale locale;
    std::vector<TableModel::Row> rows;
    for (const records::InvoiceRecord &d : m_shownDocuments) {
        const bool credit = d.kind == QLatin1String("credit_note");
        const qint64 left = leftOn(d);
        QString course;
        if (d.package)
            course = tr("Course paid in advance");
        else if (d.consultationId > 0)
            course = tr("Consultation %1").arg(d.consultationId);
        rows.push_back(
            {{d.number, locale.toString(d.issuedOn, QLocale::ShortFormat),
              credit ? tr("Credit note of %1").arg(d.creditsNumber) : tr("Invoice"),
              centsMoney(d.inclCents, d.currency, locale),
              (credit ? left >= 0 : left <= 0)
                  ? tr("Settled")
                  : (credit ? tr("%1 to refund").arg(centsMoney(-left, d.currency, locale))
                            : centsMoney(left, d.currency, locale)),
              course},
             {},
             d.lines.empty() ? QString() : d.lines.front().label});
    }
    m_documents->setRows(std::move(rows));
    std::vector<TableModel::Row> payments;
    for (const records::PaymentRecord &p : m_shownPayments) {
        QString against = p.document;
        if (against.isEmpty() && p.consultationId > 0)
            against = tr("Deposit, consultation %1").arg(p.consultationId);
        payments.push_back({{locale.toString(p.paidOn, QLocale::ShortFormat),
                             clinic::BillingService::methodName(p.method),
                             centsMoney(p.amountCents, m_currency, locale), against, p.note},
                            {},
                            {}});
    }
    m_payments->setRows(std::move(payments));
    const qint64 due = balance.dueCents();
    m_balance->setText(
        due > 0 ? tr("Balance: %1 to pay").arg(centsMoney(due, m_currency, locale))
        : due < 0
            ? tr("Balance: %1 in the patient's favour").arg(centsMoney(-due, m_currency, locale))
            : tr("Balance: settled"));
    updateButtons();
    return true;
}

const records::InvoiceRecord *BillingPage::selectedDocument() const
{
    const QModelIndexList selected = m_documentsView->selectionModel()->selectedRows();
    if (selected.isEmpty())
        return nullptr;
    return &m_shownDocuments.at(static_cast<size_t>(selected.front().row()));
}

void BillingPage::updateButtons()
{
    const records::InvoiceRecord *d = selectedDocument();
    m_invoiceButton->setEnabled(m_patientId > 0);
    m_paymentButton->setEnabled(m_patientId > 0);
    m_creditButton->setEnabled(d && d->kind == QLatin1String("invoice"));
    m_pdfButton->setEnabled(d != nullptr);
}

void BillingPage::newInvoice()
{
    std::vector<clinic::BillableSession> sessions;
    std::vector<clinic::BillableCourse> courses;
    try {
        sessions = m_services.billing.billableSessions(m_user, m_patientId, interfaceLanguage());
        courses = m_services.billing.courses(m_user, m_patientId, interfaceLanguage());
    } catch (const std::exception &e) {
        m_message->setText(refusal(e));
        return;
    }
    NewInvoiceDialog dialog(std::move(sessions), std::move(courses), m_currency, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    try {
        records::InvoiceRecord r;
        if (dialog.packageChosen()) {
            const clinic::BillableCourse *c = dialog.chosenCourse();
            if (!c)
                return;
            r = m_services.billing.invoicePackage(m_user, c->consultationId, c->requestIndex,
                                                  interfaceLanguage());
        } else {
            r = m_services.billing.invoiceSessions(m_user, dialog.chosenSessions(),
                                                   interfaceLanguage());
        }
        refresh();
        m_message->setText(tr("Invoice %1 issued.").arg(r.number));
        Q_EMIT changed();
    } catch (const std::exception &e) {
        m_message->setText(tr("Not issued: %1").arg(refusal(e)));
    }
}

void BillingPage::recordPayment()
{
    std::vector<clinic::BillableCourse> courses;
    try {
        courses = m_services.billing.courses(m_user, m_patientId, interfaceLanguage());
    } catch (const std::exception &e) {
        m_message->setText(refusal(e));
        return;
    }
    // What can still be paid (invoices) or refunded (credit notes).
    std::vector<records::InvoiceRecord> open;
    for (const records::InvoiceRecord &d : m_shownDocuments) {
        const bool credit = d.kind == QLatin1String("credit_note");
        if (credit ? leftOn(d) < 0 : leftOn(d) > 0)
            open.push_back(d);
    }
    PaymentDialog dialog(open, courses, this);
    if (const records::InvoiceRecord *d = selectedDocument()) {
        const int at = dialog.againstBox()->findData(d->number);
        if (at >= 0)
            dialog.againstBox()->setCurrentIndex(at);
    }
    while (dialog.exec() == QDialog::Accepted) {
        clinic::PaymentRequest r;
        QString problem;
        if (!dialog.request(r, problem)) {
            m_message->setText(problem);
            continue;
        }
        r.patientId = m_patientId;
        try {
            m_services.billing.addPayment(m_user, r);
        } catch (const std::exception &e) {
            m_message->setText(tr("Not recorded: %1").arg(refusal(e)));
            return;
        }
        refresh();
        m_message->setText(tr("Payment recorded."));
        Q_EMIT changed();
        return;
    }
}

void BillingPage::creditNote()
{
    const records::InvoiceRecord *d = selectedDocument();
    if (!d || d->kind != QLatin1String("invoice"))
        return;
    const records::InvoiceRecord invoice = *d;
    CreditNoteDialog dialog(invoice, cancelledLines(invoice), m_currency, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.chosenLines().empty()) { // the service would take "none" as "all left"
        m_message->setText(tr("Nothing cancelled: tick the lines to cancel."));
        return;
    }
    try {
        const records::InvoiceRecord r = m_services.billing.creditNote(
            m_user, invoice.number, dialog.chosenLines(), dialog.reasonField()->text());
        refresh();
        m_message->setText(tr("Credit note %1 issued.").arg(r.number));
        Q_EMIT changed();
    } catch (const std::exception &e) {
        m_message->setText(tr("Not issued: %1").arg(refusal(e)));
    }
}

bool BillingPage::savePdf(const QString &path)
{
    const records::InvoiceRecord *d = selectedDocument();
    if (!d)
        return false;
    try {
        InvoiceDocument::writePdf(*d, m_services.profile.profile(m_user).logo, path);
    } catch (const std::exception &e) {
        m_message->setText(refusal(e));
        return false;
    }
    m_message->setText(tr("Saved %1.").arg(path));
    return true;
}

void BillingPage::askPdf()
{
    const records::InvoiceRecord *d = selectedDocument();
    if (!d)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save PDF"), folder + QLatin1Char('/') + d->number + QStringLiteral(".pdf"),
        tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        savePdf(path);
}

bool BillingPage::refreshTakings()
{
    clinic::Takings t;
    try {
        t = m_services.billing.takings(m_user, m_day->date());
    } catch (const std::exception &e) {
        m_takings->setRows({});
        m_takingsTotal->setText(refusal(e));
        return false;
    }
    const QLocale locale;
    std::vector<TableModel::Row> rows;
    for (const records::TakingsRow &r : t.methods) {
        rows.push_back(
            {{clinic::BillingService::methodName(r.method), locale.toString(r.payments),
              centsMoney(r.receivedCents, t.currency, locale), locale.toString(r.refunds),
              centsMoney(-r.refundedCents, t.currency, locale)},
             {},
             {}});
    }
    m_takings->setRows(std::move(rows));
    m_takingsTotal->setText(t.methods.empty()
                                ? tr("No payment on this day.")
                                : tr("Received %1, refunded %2, net %3.")
                                      .arg(centsMoney(t.receivedCents, t.currency, locale),
                                           centsMoney(-t.refundedCents, t.currency, locale),
                                           centsMoney(t.netCents(), t.currency, locale)));
    return true;
}

void BillingPage::loadSettings()
{
    const QLocale locale;
    try {
        const records::BillingSettings b = m_services.billing.settings(m_user);
        m_siret->setText(b.siret);
        m_vatNumber->setText(b.vatNumber);
        m_vatRate->setText(locale.toString(b.vatRate / 100.0, 'f', b.vatRate % 100 ? 2 : 0));
        m_exemption->setText(b.vatExemption);
        m_terms->setText(b.paymentTerms);
        m_currency = QString::fromStdString(m_services.assessments.catalog(m_user)->currency);
        m_currencyCode->setText(m_currency);
        m_shownPrices = m_services.billing.prices(m_user, interfaceLanguage());
    } catch (const std::exception &e) {
        m_settingsMessage->setText(refusal(e));
        return;
    }
    m_prices->setRowCount(static_cast<int>(m_shownPrices.size()));
    int row = 0;
    for (const clinic::Price &p : m_shownPrices) {
        auto *name = new QTableWidgetItem(p.protocolName);
        name->setFlags(name->flags() & ~Qt::ItemIsEditable);
        m_prices->setItem(row, 0, name);
        m_prices->setItem(
            row, 1,
            new QTableWidgetItem(p.clinicPrice ? typedCents(p.sessionCents, locale) : QString()));
        m_prices->setItem(row, 2,
                          new QTableWidgetItem(
                              p.packageCents > 0 ? typedCents(p.packageCents, locale) : QString()));
        auto *from = new QTableWidgetItem(
            p.clinicPrice ? tr("the clinic")
            : p.sessionCents < 0
                ? tr("none in %1 yet: give one").arg(m_currency)
                : tr("the catalog: %1").arg(centsMoney(p.sessionCents, m_currency)));
        from->setFlags(from->flags() & ~Qt::ItemIsEditable);
        m_prices->setItem(row, 3, from);
        ++row;
    }
}

bool BillingPage::saveSettings()
{
    records::BillingSettings b;
    b.siret = m_siret->text();
    b.vatNumber = m_vatNumber->text();
    const std::optional<qint64> rate = clinic::parseCents(m_vatRate->text());
    if (!rate) {
        m_settingsMessage->setText(
            tr("Not saved: billing.vat_rate: expected a percentage such as 20 or 5,5"));
        return false;
    }
    b.vatRate = static_cast<int>(std::min<qint64>(*rate, 100000));
    b.vatExemption = m_exemption->text();
    b.paymentTerms = m_terms->text();
    b.currency = m_currencyCode->text();
    try {
        m_services.billing.setSettings(m_user, b);
    } catch (const std::exception &e) {
        m_settingsMessage->setText(tr("Not saved: %1").arg(refusal(e)));
        return false;
    }
    loadSettings();
    m_settingsMessage->setText(tr("Legal details saved."));
    return true;
}

bool BillingPage::savePrices()
{
    // Every row read first, then saved together: all or none.
    std::vector<clinic::BillingService::PriceChange> changes;
    for (int row = 0; row < m_prices->rowCount(); ++row) {
        const clinic::Price &p = m_shownPrices.at(static_cast<size_t>(row));
        const QString session = m_prices->item(row, 1)->text().trimmed();
        const QString package = m_prices->item(row, 2)->text().trimmed();
        if (session.isEmpty()) {
            if (!package.isEmpty()) {
                m_settingsMessage->setText(
                    tr("Not saved: %1: a package price needs the session's price too")
                        .arg(p.protocolName));
                return false;
            }
            if (p.clinicPrice)
                changes.push_back({p.protocol, -1, 0});
            continue;
        }
        const std::optional<qint64> s = clinic::parseCents(session);
        const std::optional<qint64> k =
            package.isEmpty() ? std::optional<qint64>(0) : clinic::parseCents(package);
        if (!s || !k) {
            m_settingsMessage->setText(
                tr("Not saved: %1: expected an amount such as 120 or 120,50").arg(p.protocolName));
            return false;
        }
        if (!p.clinicPrice || *s != p.sessionCents || *k != p.packageCents)
            changes.push_back({p.protocol, *s, *k});
    }
    try {
        m_services.billing.setPrices(m_user, changes);
    } catch (const std::exception &e) {
        m_settingsMessage->setText(tr("Not saved: %1").arg(refusal(e)));
        return false;
    }
    loadSettings();
    m_settingsMessage->setText(tr("%n price(s) saved.", nullptr, static_cast<int>(changes.size())));
    return true;
}

NewInvoiceDialog::NewInvoiceDialog(std::vector<clinic::BillableSession> sessions,
                                   std::vector<clinic::BillableCourse> courses,
                                   const QString &currency, QWidget *parent)
    : QDialog(parent), m_sessionItems(std::move(sessions)), m_courseItems(std::move(courses)),
      m_sessions(new QListWidget(this)), m_courses(new QComboBox(this)),
      m_kind(new QTabWidget(this))
{
    setWindowTitle(tr("New invoice"));
    const QLocale locale;
    for (const clinic::BillableSession &s : m_sessionItems) {
        auto *item = new QListWidgetItem(
            tr("%1, %2: session %3 of %4 — %5")
                .arg(locale.toString(s.day, QLocale::ShortFormat), s.protocolName)
                .arg(s.session)
                .arg(s.sessions)
                .arg(s.cents >= 0 ? centsMoney(s.cents, currency, locale)
                                  : tr("no price in %1 yet").arg(currency)),
            m_sessions);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
        item->setData(Qt::UserRole, s.appointmentId);
        item->setToolTip(item->text());
    }
    for (size_t i = 0; i < m_courseItems.size(); ++i) {
        const clinic::BillableCourse &c = m_courseItems[i];
        QString text = tr("%1, %n session(s)", nullptr, c.sessions).arg(c.protocolName);
        if (!c.packageInvoice.isEmpty())
            text = tr("%1 (already invoiced: %2)").arg(text, c.packageInvoice);
        else if (c.sessionsBilled > 0)
            text = tr("%1 (sessions already invoiced one by one)").arg(text);
        else
            text = tr("%1 — %2").arg(text, c.packageCents >= 0
                                               ? centsMoney(c.packageCents, currency, locale)
                                               : tr("no price in %1 yet").arg(currency));
        m_courses->addItem(text, static_cast<int>(i));
    }
    auto *sessionsTab = new QWidget(this);
    auto *sessionsLayout = new QVBoxLayout(sessionsTab);
    sessionsLayout->addWidget(new QLabel(m_sessionItems.empty()
                                             ? tr("No completed session is left to invoice.")
                                             : tr("Completed sessions not invoiced yet:"),
                                         this));
    sessionsLayout->addWidget(m_sessions);
    auto *courseTab = new QWidget(this);
    auto *courseLayout = new QVBoxLayout(courseTab);
    courseLayout->addWidget(new QLabel(
        tr("A whole course, invoiced at booking and paid in advance (its package price, else "
           "its quote):"),
        this));
    courseLayout->addWidget(m_courses);
    courseLayout->addStretch();
    m_sessions->setWordWrap(true); // a protocol's name is long: the line wraps, never scrolls
    m_courses->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_kind->addTab(sessionsTab, tr("&Sessions"));
    m_kind->addTab(courseTab, tr("Course &paid in advance"));
    if (m_sessionItems.empty() && !m_courseItems.empty())
        m_kind->setCurrentIndex(1);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    box->button(QDialogButtonBox::Ok)->setText(tr("&Issue invoice"));
    connect(box, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_kind);
    layout->addWidget(box);
    resize(760, 400);
}

bool NewInvoiceDialog::packageChosen() const
{
    return m_kind->currentIndex() == 1;
}

std::vector<qint64> NewInvoiceDialog::chosenSessions() const
{
    std::vector<qint64> ids;
    for (int i = 0; i < m_sessions->count(); ++i) {
        if (m_sessions->item(i)->checkState() == Qt::Checked)
            ids.push_back(m_sessions->item(i)->data(Qt::UserRole).toLongLong());
    }
    return ids;
}

const clinic::BillableCourse *NewInvoiceDialog::chosenCourse() const
{
    const int at = m_courses->currentData().isValid() ? m_courses->currentData().toInt() : -1;
    return at >= 0 ? &m_courseItems.at(static_cast<size_t>(at)) : nullptr;
}

PaymentDialog::PaymentDialog(const std::vector<records::InvoiceRecord> &documents,
                             const std::vector<clinic::BillableCourse> &courses, QWidget *parent)
    : QDialog(parent), m_amount(new QLineEdit(this)), m_note(new QLineEdit(this)),
      m_method(new QComboBox(this)), m_against(new QComboBox(this)),
      m_day(new QDateEdit(QDate::currentDate(), this))
{
    setWindowTitle(tr("Record payment"));
    const QLocale locale;
    m_amount->setPlaceholderText(locale.toString(120.5, 'f', 2));
    for (const QString &method : clinic::BillingService::paymentMethods())
        m_method->addItem(clinic::BillingService::methodName(method), method);
    m_against->addItem(tr("Nothing in particular"));
    for (const records::InvoiceRecord &d : documents) {
        m_against->addItem(d.kind == QLatin1String("credit_note")
                               ? tr("Refund of credit note %1").arg(d.number)
                               : tr("Invoice %1").arg(d.number),
                           d.number);
    }
    for (const clinic::BillableCourse &c : courses) {
        m_against->addItem(
            tr("Deposit on %1 (consultation %2)").arg(c.protocolName).arg(c.consultationId),
            QStringLiteral("course:%1:%2").arg(c.consultationId).arg(c.requestIndex));
    }
    m_day->setCalendarPopup(true);
    m_day->setMaximumDate(QDate::currentDate());
    m_day->setDisplayFormat(locale.dateFormat(QLocale::ShortFormat));
    auto *form = new QFormLayout;
    form->addRow(tr("&Amount:"), m_amount);
    form->addRow(tr("&Method:"), m_method);
    form->addRow(tr("&For:"), m_against);
    form->addRow(tr("&Day:"), m_day);
    form->addRow(tr("&Note:"), m_note);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    box->button(QDialogButtonBox::Ok)->setText(tr("&Record"));
    connect(box, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(box);
}

bool PaymentDialog::request(clinic::PaymentRequest &out, QString &problem) const
{
    const std::optional<qint64> cents = clinic::parseCents(m_amount->text());
    if (!cents) {
        problem = tr("payment.amount: expected an amount such as %1")
                      .arg(QLocale().toString(120.5, 'f', 2));
        return false;
    }
    out.amountCents = *cents;
    out.method = m_method->currentData().toString();
    const QString against = m_against->currentData().toString();
    if (against.startsWith(QLatin1String("course:"))) {
        const QStringList parts = against.split(QLatin1Char(':'));
        out.consultationId = parts.value(1).toLongLong();
        out.requestIndex = parts.value(2).toInt();
    } else {
        out.document = against;
    }
    out.paidOn = m_day->date();
    out.note = m_note->text();
    return true;
}

CreditNoteDialog::CreditNoteDialog(const records::InvoiceRecord &invoice,
                                   const std::set<int> &cancelled, const QString &currency,
                                   QWidget *parent)
    : QDialog(parent), m_lines(new QListWidget(this)), m_reason(new QLineEdit(this))
{
    setWindowTitle(tr("Credit note for invoice %1").arg(invoice.number));
    const QLocale locale;
    for (const records::InvoiceLine &l : invoice.lines) {
        auto *item = new QListWidgetItem(
            tr("%1 — %2").arg(l.label, centsMoney(l.inclCents, currency, locale)), m_lines);
        item->setData(Qt::UserRole, l.lineNo);
        if (cancelled.count(l.lineNo)) {
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            item->setText(tr("%1 (already cancelled)").arg(item->text()));
        } else {
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Checked);
        }
    }
    m_lines->setWordWrap(true);
    m_reason->setPlaceholderText(tr("e.g. course stopped after the second session"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Reason:"), m_reason);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    box->button(QDialogButtonBox::Ok)->setText(tr("&Issue credit note"));
    connect(box, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Lines to cancel:"), this));
    layout->addWidget(m_lines);
    layout->addLayout(form);
    layout->addWidget(box);
    resize(560, 320);
}

std::vector<int> CreditNoteDialog::chosenLines() const
{
    std::vector<int> lines;
    for (int i = 0; i < m_lines->count(); ++i) {
        const QListWidgetItem *item = m_lines->item(i);
        if ((item->flags() & Qt::ItemIsUserCheckable) && item->checkState() == Qt::Checked)
            lines.push_back(item->data(Qt::UserRole).toInt());
    }
    return lines;
}

} // namespace meso::ui

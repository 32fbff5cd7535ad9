#pragma once

#include "clinic/actinguser.h"
#include "clinic/billingservice.h"

#include <QDialog>
#include <QWidget>

#include <set>
#include <vector>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableView;
class QTableWidget;

namespace meso::clinic {
struct Services;
}

namespace meso::ui {

class TableModel;

// The Billing page (issue 22). "Accounts": a patient found by name, their invoices and credit
// notes with what is left to pay on each, their payments and balance; New invoice… (completed
// sessions not billed yet, or a course paid in advance), Record payment… (on an invoice, a
// deposit on a course, or a refund of a credit note), Credit note… (administrators) and Save
// PDF…. "Takings": a day's payments per method (the Z report). "Prices and VAT": the clinic's
// price of each protocol (a session, a course as a package), the VAT rate and the legal
// identifiers printed on invoices; administrators change them. Every refusal comes from the
// service and is shown as it says.
class BillingPage : public QWidget
{
    Q_OBJECT
public:
    BillingPage(clinic::Services &services, clinic::ActingUser user, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    QLineEdit *searchField() const { return m_search; }
    QListWidget *patientList() const { return m_patients; }
    QTableView *documentsView() const { return m_documentsView; }
    TableModel *documentsModel() const { return m_documents; }
    TableModel *paymentsModel() const { return m_payments; }
    TableModel *takingsModel() const { return m_takings; }
    QDateEdit *takingsDay() const { return m_day; }
    QTableWidget *pricesTable() const { return m_prices; }
    QLabel *balanceLabel() const { return m_balance; }
    QString message() const;
    // What the Prices and VAT tab last said (saved, or why not).
    QString settingsMessage() const;
    QPushButton *invoiceButton() const { return m_invoiceButton; }
    QPushButton *paymentButton() const { return m_paymentButton; }
    QPushButton *creditButton() const { return m_creditButton; }
    QPushButton *pdfButton() const { return m_pdfButton; }
    QPushButton *saveSettingsButton() const { return m_saveSettings; }
    QPushButton *savePricesButton() const { return m_savePrices; }
    QLineEdit *siretField() const { return m_siret; }
    QLineEdit *vatNumberField() const { return m_vatNumber; }
    QLineEdit *vatRateField() const { return m_vatRate; }
    QLineEdit *exemptionField() const { return m_exemption; }
    QLineEdit *termsField() const { return m_terms; }
    QLineEdit *currencyField() const { return m_currencyCode; }

    // The patient whose account is shown (0: none).
    qint64 patientId() const { return m_patientId; }
    void showPatient(qint64 patientId);
    const std::vector<records::InvoiceRecord> &documents() const { return m_shownDocuments; }
    // The document selected in the list, or null.
    const records::InvoiceRecord *selectedDocument() const;
    // What is left to pay on an invoice (its credit notes and payments deducted), or to refund
    // on a credit note, in cents.
    qint64 leftOn(const records::InvoiceRecord &document) const;
    // The lines of an invoice its credit notes cancelled.
    std::set<int> cancelledLines(const records::InvoiceRecord &invoice) const;
    Q_INVOKABLE bool refresh();
    bool refreshTakings();
    bool saveSettings();
    bool savePrices();
    bool savePdf(const QString &path);

Q_SIGNALS:
    void changed(); // something was issued or paid

private:
    void search();
    void loadSettings();
    void updateButtons();
    void newInvoice();
    void recordPayment();
    void creditNote();
    void askPdf();

    clinic::Services &m_services;
    clinic::ActingUser m_user;
    QTabWidget *m_tabs;
    QLineEdit *m_search;
    QListWidget *m_patients;
    TableModel *m_documents, *m_payments, *m_takings;
    QTableView *m_documentsView;
    QLabel *m_patientLabel, *m_balance, *m_message, *m_takingsTotal, *m_settingsMessage;
    QPushButton *m_invoiceButton, *m_paymentButton, *m_creditButton, *m_pdfButton;
    QDateEdit *m_day;
    QLineEdit *m_siret, *m_vatNumber, *m_vatRate, *m_exemption, *m_terms, *m_currencyCode;
    QTableWidget *m_prices;
    QPushButton *m_saveSettings, *m_savePrices;
    std::vector<clinic::Price> m_shownPrices;
    std::vector<records::InvoiceRecord> m_shownDocuments;
    std::vector<records::PaymentRecord> m_shownPayments;
    qint64 m_patientId = 0;
    QString m_currency;
};

// New invoice… : the patient's completed sessions not billed yet (ticked), or one of their
// courses billed as a package.
class NewInvoiceDialog : public QDialog
{
    Q_OBJECT
public:
    NewInvoiceDialog(std::vector<clinic::BillableSession> sessions,
                     std::vector<clinic::BillableCourse> courses, const QString &currency,
                     QWidget *parent = nullptr);
    QListWidget *sessionList() const { return m_sessions; }
    QComboBox *courseBox() const { return m_courses; }
    bool packageChosen() const;
    std::vector<qint64> chosenSessions() const;
    const clinic::BillableCourse *chosenCourse() const;

private:
    std::vector<clinic::BillableSession> m_sessionItems;
    std::vector<clinic::BillableCourse> m_courseItems;
    QListWidget *m_sessions;
    QComboBox *m_courses;
    QTabWidget *m_kind;
};

// Record payment… : amount, method, what it pays (an invoice with something left to pay, a
// course as a deposit, a credit note to refund, or nothing), the day and a note.
class PaymentDialog : public QDialog
{
    Q_OBJECT
public:
    PaymentDialog(const std::vector<records::InvoiceRecord> &documents,
                  const std::vector<clinic::BillableCourse> &courses, QWidget *parent = nullptr);
    QLineEdit *amountField() const { return m_amount; }
    QComboBox *methodBox() const { return m_method; }
    QComboBox *againstBox() const { return m_against; }
    QDateEdit *dayEdit() const { return m_day; }
    QLineEdit *noteField() const { return m_note; }
    // The request, without the patient; false with the reason when the amount is not one.
    bool request(clinic::PaymentRequest &out, QString &problem) const;

private:
    QLineEdit *m_amount, *m_note;
    QComboBox *m_method, *m_against;
    QDateEdit *m_day;
};

// Credit note… (administrators): the invoice's lines not cancelled yet, ticked, and the reason.
class CreditNoteDialog : public QDialog
{
    Q_OBJECT
public:
    CreditNoteDialog(const records::InvoiceRecord &invoice, const std::set<int> &cancelled,
                     const QString &currency, QWidget *parent = nullptr);
    QListWidget *lineList() const { return m_lines; }
    QLineEdit *reasonField() const { return m_reason; }
    std::vector<int> chosenLines() const;

private:
    QListWidget *m_lines;
    QLineEdit *m_reason;
};

} // namespace meso::ui

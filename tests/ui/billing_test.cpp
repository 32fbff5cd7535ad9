// The Billing page through the real widgets (issue 22): the front desk finds a patient, invoices
// their completed sessions through the New invoice dialog, records a payment through its dialog,
// sees the balance and the day's takings, and saves the invoice as a PDF read back with
// pdftotext; an administrator issues a credit note through its dialog and sets prices and the
// legal details (a price that is not an amount saves nothing); the front desk cannot change them.

#include "billingpage.h"
#include "clinicfixture.h"
#include "mainwindow.h"
#include "money.h"
#include "pdftext.h"
#include "tablemodel.h"

#include "clinic/services.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace meso;

class BillingUiTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::ClinicFixture> m_f;
    clinic::ActingUser m_desk, m_admin;
    qint64 m_patient = 0;
    std::vector<qint64> m_sessions;

    ui::BillingPage *open(ui::MainWindow &window)
    {
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return nullptr;
        window.showPage(ui::MainWindow::Billing);
        return window.billingPage();
    }

    // Accepts the next modal dialog of type D after `prepare` filled it.
    template <typename D> static void whenShown(std::function<void(D *)> prepare)
    {
        QTimer::singleShot(0, [prepare] {
            auto *d = qobject_cast<D *>(QApplication::activeModalWidget());
            if (!d)
                return;
            prepare(d);
            d->accept();
        });
    }

    static int rowOf(QListWidget *list, const QString &text)
    {
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->text().contains(text))
                return i;
        }
        return -1;
    }

private Q_SLOTS:
    // A session or a course without a price in the clinic's currency says so, as the plan's
    // total does (a protocol a catalog update added to a clinic billing in CHF), instead of
    // showing nothing where the amount goes.
    void newInvoiceSaysWhatHasNoPriceYet()
    {
        clinic::BillableCourse unpriced, priced;
        unpriced.protocolName = QStringLiteral("Skinbooster");
        unpriced.sessions = 3;
        priced.protocolName = QStringLiteral("Hair loss");
        priced.sessions = 10;
        priced.packageCents = 130000;
        ui::NewInvoiceDialog d({{1, QDate(2026, 12, 7), QStringLiteral("Skinbooster"), 1, 3, -1},
                                {2, QDate(2026, 12, 7), QStringLiteral("Hair loss"), 1, 10, 24000}},
                               {unpriced, priced}, QStringLiteral("CHF"));
        QVERIFY(d.sessionList()->item(0)->text().endsWith(QStringLiteral("no price in CHF yet")));
        QVERIFY(!d.sessionList()->item(1)->text().contains(QStringLiteral("no price")));
        QVERIFY(d.courseBox()->itemText(0).endsWith(QStringLiteral("no price in CHF yet")));
        QVERIFY(!d.courseBox()->itemText(1).contains(QStringLiteral("no price")));
        QVERIFY(d.courseBox()->itemText(1).contains(QStringLiteral("CHF")));
    }

    void init()
    {
        m_f = std::make_unique<test::ClinicFixture>();
        clinic::Services &s = m_f->services;
        clinic::ClinicProfile profile = s.profile.profile(m_f->admin);
        profile.name = QStringLiteral("Clinique du Parc");
        profile.address = QStringLiteral("12 rue des Lilas\n69006 Lyon");
        profile.country = QStringLiteral("FR");
        s.profile.setProfile(m_f->admin, profile);
        records::BillingSettings b;
        b.siret = QStringLiteral("73282932000074");
        b.vatNumber = QStringLiteral("FR44732829320");
        b.paymentTerms = QStringLiteral("Payable on receipt");
        s.billing.setSettings(m_f->admin, b);
        for (const auto &[name, role] :
             {std::pair{"accueil", "front_desk"}, {"direction", "admin"}}) {
            records::UserRecord u;
            u.username = QLatin1String(name);
            u.displayName = QLatin1String(name);
            u.role = QLatin1String(role);
            const qint64 id = s.users.addUser(m_f->admin, u, QStringLiteral("secret-secret-1"));
            (u.role == QLatin1String("admin") ? m_admin : m_desk) = {id, u.username, u.role,
                                                                     u.displayName};
        }
        m_patient = test::addPatient(s, m_f->user, QStringLiteral("Lefèvre"));
        auto withAddress = s.patients.find(m_f->user, m_patient);
        withAddress->address = QStringLiteral("14 rue des Lilas\n69003 Lyon");
        s.patients.update(m_f->user, *withAddress);
        const qint64 consultation = test::signedConsultation(
            s, m_f->user, m_patient, test::oneRequest("skin_rejuvenation", "face"));
        const qint64 plan = test::approvedPlan(s, m_f->user, consultation);
        m_sessions.clear();
        for (int i = 0; i < 2; ++i)
            m_sessions.push_back(m_f->appointmentAt(
                m_patient, plan, i,
                QDateTime(QDate::currentDate().addDays(-20 + 14 * i), QTime(10, 0)),
                QStringLiteral("completed")));
    }

    void amountsAreWrittenAsTheLanguageWritesMoney()
    {
        // The locale's own currency with its symbol; another with its code after the amount.
        const QLocale french(QLocale::French, QLocale::France);
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(ui::centsMoney(125050, QStringLiteral("EUR"), french),
                 french.toCurrencyString(1250.5, QStringLiteral("€"), 2));
        QCOMPARE(ui::centsMoney(125050, QStringLiteral("CHF"), french),
                 QStringLiteral("1\u202f250,50\u00a0CHF"));
        QCOMPARE(ui::centsMoney(125050, QStringLiteral("EUR"), english),
                 QStringLiteral("1,250.50\u00a0EUR"));
        QCOMPARE(ui::centsMoney(125050, QStringLiteral("USD"), english),
                 QStringLiteral("$1,250.50"));
        QCOMPARE(ui::centsMoney(-1, QStringLiteral("EUR"), english),
                 QStringLiteral("-0.01\u00a0EUR"));
    }

    void frontDeskInvoicesTakesAPaymentAndSavesThePdf()
    {
        ui::MainWindow window(*m_f->db, m_desk);
        ui::BillingPage *page = open(window);
        QVERIFY(page);
        QAbstractItemModelTester documents(page->documentsModel(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester payments(page->paymentsModel(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!page->creditButton()->isVisible()); // administrators only
        QVERIFY(!page->saveSettingsButton()->isVisible());
        QVERIFY(page->siretField()->isReadOnly());

        QTest::keyClicks(page->searchField(), QStringLiteral("lefe"));
        QCOMPARE(page->patientList()->count(), 1);
        page->patientList()->setCurrentRow(0);
        QCOMPARE(page->patientId(), m_patient);
        QCOMPARE(page->documentsModel()->rowCount(), 0);

        // New invoice: both completed sessions, ticked by default.
        int offered = 0;
        whenShown<ui::NewInvoiceDialog>(
            [&offered](ui::NewInvoiceDialog *d) { offered = d->sessionList()->count(); });
        page->invoiceButton()->click();
        QCOMPARE(offered, 2);
        QVERIFY2(page->message().startsWith(QStringLiteral("Invoice ")),
                 qPrintable(page->message()));
        QCOMPARE(page->documentsModel()->rowCount(), 1);
        const records::InvoiceRecord invoice = page->documents().front();
        QCOMPARE(invoice.lines.size(), size_t(2));
        QVERIFY(invoice.inclCents > 0);
        QVERIFY(page->balanceLabel()->text().contains(QStringLiteral("to pay")));

        // A payment of part of it, through the dialog, against the invoice.
        page->documentsView()->selectRow(0);
        whenShown<ui::PaymentDialog>([](ui::PaymentDialog *d) {
            d->amountField()->setText(QStringLiteral("100.50"));
            d->methodBox()->setCurrentIndex(d->methodBox()->findData(QStringLiteral("cash")));
        });
        page->paymentButton()->click();
        QCOMPARE(page->message(), QStringLiteral("Payment recorded."));
        QCOMPARE(page->paymentsModel()->rowCount(), 1);
        const auto paid = m_f->services.billing.account(m_desk, m_patient).payments;
        QCOMPARE(paid.size(), size_t(1));
        QCOMPARE(paid.front().amountCents, qint64{10050});
        QCOMPARE(paid.front().invoiceId, invoice.id);
        QCOMPARE(page->leftOn(page->documents().front()), invoice.inclCents - 10050);
        QCOMPARE(page->takingsModel()->rowCount(), 0); // read when its tab is shown
        page->tabs()->setCurrentIndex(1);
        QCOMPARE(page->takingsModel()->rowCount(), 1);
        page->tabs()->setCurrentIndex(0);
        QCOMPARE(page->takingsModel()->index(0, 0).data().toString(), QStringLiteral("Cash"));

        // An amount that is not one is named and nothing is recorded.
        whenShown<ui::PaymentDialog>([](ui::PaymentDialog *d) {
            d->amountField()->setText(QStringLiteral("12.345"));
            QTimer::singleShot(0, d, [d] { d->reject(); }); // the dialog comes back: close it
        });
        page->paymentButton()->click();
        QVERIFY2(page->message().contains(QStringLiteral("payment.amount")),
                 qPrintable(page->message()));
        QCOMPARE(m_f->services.billing.account(m_desk, m_patient).payments.size(), size_t(1));

        // The PDF, read back.
        page->documentsView()->selectRow(0);
        const QString pdf = m_f->tmp.path(QStringLiteral("invoice.pdf"));
        QVERIFY2(page->savePdf(pdf), qPrintable(page->message()));
        const QString text = test::pdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("Invoice ") + invoice.number), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("SIRET: 73282932000074")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("VAT number: FR44732829320")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("LEFÈVRE")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("14 rue des Lilas")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("69003 Lyon")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Total incl. VAT")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Payable on receipt")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("20 %")), qPrintable(text));
    }

    void administratorCreditsAnInvoiceAndSetsPrices()
    {
        const records::InvoiceRecord invoice =
            m_f->services.billing.invoiceSessions(m_desk, m_sessions);
        ui::MainWindow window(*m_f->db, m_admin);
        ui::BillingPage *page = open(window);
        QVERIFY(page);
        page->showPatient(m_patient);
        page->documentsView()->selectRow(0);
        QVERIFY(page->creditButton()->isEnabled());
        whenShown<ui::CreditNoteDialog>([](ui::CreditNoteDialog *d) {
            d->lineList()->item(0)->setCheckState(Qt::Unchecked); // the second session only
            d->reasonField()->setText(QStringLiteral("séance offerte"));
        });
        page->creditButton()->click();
        QVERIFY2(page->message().startsWith(QStringLiteral("Credit note ")),
                 qPrintable(page->message()));
        QCOMPARE(page->documentsModel()->rowCount(), 2);
        const records::InvoiceRecord &credit = page->documents().back();
        QCOMPARE(credit.creditsId, invoice.id);
        QCOMPARE(credit.lines.size(), size_t(1));
        QCOMPARE(credit.lines.front().creditsLine, 2);
        QCOMPARE(page->cancelledLines(invoice), std::set<int>{2});

        // Prices: one protocol's session and package price; a bad one saves nothing.
        QTableWidget *prices = page->pricesTable();
        QVERIFY(prices->rowCount() > 0);
        const QString first = m_f->services.billing.prices(m_admin).front().protocol;
        prices->item(0, 1)->setText(QStringLiteral("210"));
        prices->item(0, 2)->setText(QStringLiteral("1150,50"));
        QVERIFY(page->savePrices());
        const clinic::Price saved = m_f->services.billing.prices(m_admin).front();
        QCOMPARE(saved.protocol, first);
        QVERIFY(saved.clinicPrice);
        QCOMPARE(saved.sessionCents, qint64{21000});
        QCOMPARE(saved.packageCents, qint64{115050});
        prices->item(0, 1)->setText(QStringLiteral("deux cents"));
        QVERIFY(!page->savePrices());
        QCOMPARE(m_f->services.billing.prices(m_admin).front().sessionCents, qint64{21000});

        // Legal details: a SIRET whose check digit is wrong is named.
        page->siretField()->setText(QStringLiteral("73282932000075"));
        QVERIFY(!page->saveSettings());
        QCOMPARE(m_f->services.billing.settings(m_admin).siret, QStringLiteral("73282932000074"));
        page->vatRateField()->setText(QStringLiteral("10"));
        page->siretField()->setText(QStringLiteral("732 829 320 00074"));
        QVERIFY(page->saveSettings());
        QCOMPARE(m_f->services.billing.settings(m_admin).vatRate, 1000);

        // The currency shows the catalog's; another is refused after the clinic's first quote,
        // and the field shows the currency kept.
        QCOMPARE(page->currencyField()->text(), QStringLiteral("EUR"));
        page->currencyField()->setText(QStringLiteral("chf"));
        QVERIFY(!page->saveSettings());
        QVERIFY2(page->settingsMessage().contains(QStringLiteral("billing.currency")),
                 qPrintable(page->settingsMessage()));
        QCOMPARE(m_f->services.assessments.catalog(m_admin)->currency, std::string("EUR"));
    }
};

QTEST_MAIN(BillingUiTest)
#include "billing_test.moc"

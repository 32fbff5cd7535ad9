// The French edition through the real widgets: the main window of an administrator and of a
// practitioner started in French, every page and the main dialogs walked, no visible text left in
// English (a text is English when it is the source of a message that French translates
// differently); the consent form printed in French and read back with pdftotext.

#include "aboutdialog.h"
#include "adverseeventdialog.h"
#include "auditactions.h"
#include "auditpage.h"
#include "auditsummaries.h"
#include "billingpage.h"
#include "bodymapwidget.h"
#include "bookseriesdialog.h"
#include "clinicsetupdialog.h"
#include "connectiondialog.h"
#include "consultationdialog.h"
#include "firstadmindialog.h"
#include "helpwindow.h"
#include "importpatientsdialog.h"
#include "mainwindow.h"
#include "passworddialog.h"
#include "patientdialog.h"
#include "patientspage.h"
#include "patienttablemodel.h"
#include "photodialog.h"
#include "planpanel.h"
#include "recallspage.h"
#include "remindersdialog.h"
#include "sessiondialog.h"
#include "settingspage.h"
#include "setupassistant.h"
#include "signindialog.h"
#include "stockpage.h"
#include "userdialog.h"

#include "clinic/clinicdatabase.h"
#include "clinic/csvreader.h"
#include "clinic/language.h"
#include "clinic/permissions.h"
#include "clinic/services.h"
#include "clinicfixture.h"
#include "pdftext.h"
#include "records/strings.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSet>
#include <QSettings>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QXmlStreamReader>

#include <algorithm>

using namespace meso;

namespace {

// A text as the user reads it: without the mnemonic's ampersand.
QString shown(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text.trimmed();
}

// The English sources of translations/mesoplan_fr.ts that French writes differently (a proper
// name or "Stock" reads the same in both and is not counted).
QSet<QString> englishTexts()
{
    QSet<QString> english;
    QFile file(QStringLiteral(MESOPLAN_SOURCE_DIR "/translations/mesoplan_fr.ts"));
    if (!file.open(QIODevice::ReadOnly))
        return english;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation") ||
                 xml.name() == QLatin1String("numerusform")) {
            const QString french = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!source.contains(QLatin1Char('%')) && shown(french) != shown(source) &&
                shown(source).size() > 1)
                english.insert(shown(source));
        }
    }
    // French words spelled as an English source: "Front" is the body map's front view in
    // English, and the forehead in French (the catalog's area).
    english.remove(QStringLiteral("Front"));
    return english;
}

// Every text the user can see in `root` and its visible children: labels, buttons, group
// titles, tabs, placeholders, combo box items, table headers, menus.
QStringList visibleTexts(QWidget *root)
{
    QStringList texts;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : widgets) {
        if (!w->isVisible())
            continue;
        if (auto *l = qobject_cast<QLabel *>(w))
            texts << l->text();
        else if (auto *b = qobject_cast<QAbstractButton *>(w))
            texts << b->text();
        else if (auto *g = qobject_cast<QGroupBox *>(w))
            texts << g->title();
        else if (auto *e = qobject_cast<QLineEdit *>(w))
            texts << e->placeholderText();
        else if (auto *c = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < c->count(); ++i)
                texts << c->itemText(i);
        } else if (auto *t = qobject_cast<QTabWidget *>(w)) {
            for (int i = 0; i < t->count(); ++i)
                texts << t->tabText(i);
        } else if (auto *v = qobject_cast<QAbstractItemView *>(w); v && v->model()) {
            for (int c = 0; c < v->model()->columnCount(); ++c)
                texts << v->model()->headerData(c, Qt::Horizontal).toString();
            if (auto *list = qobject_cast<QListWidget *>(w))
                for (int i = 0; i < list->count(); ++i)
                    texts << list->item(i)->text();
        } else if (auto *bar = qobject_cast<QMenuBar *>(w)) {
            for (QAction *menu : bar->actions()) {
                texts << menu->text();
                if (menu->menu())
                    for (QAction *a : menu->menu()->actions())
                        texts << a->text();
            }
        }
    }
    texts << root->windowTitle();
    return texts;
}

// The smallest screen a clinic has, less the desktop's panel and the window's title bar.
constexpr QSize kSmallScreen(1366, 768 - 64);

// What keeps `window` (a dialog, a page) from showing all its French text on a 1366x768
// screen: needing more room than the screen has, or a button or one-line label cut short (held
// narrower than its text by a fixed width, or squeezed by a window at the screen's size).
QStringList clippedOnASmallScreen(QWidget *window)
{
    QStringList cut;
    const QSize need = window->minimumSizeHint();
    if (need.width() > kSmallScreen.width() || need.height() > kSmallScreen.height())
        cut << QStringLiteral("the window needs %1x%2").arg(need.width()).arg(need.height());
    window->resize(window->size().boundedTo(kSmallScreen).expandedTo(window->minimumSize()));
    QCoreApplication::processEvents();
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisible() || w->width() <= 0)
            continue;
        if (auto *b = qobject_cast<QAbstractButton *>(w);
            b && !b->text().isEmpty() && b->width() < b->sizeHint().width())
            cut << shown(b->text());
        if (auto *l = qobject_cast<QLabel *>(w); l && !l->wordWrap() && !l->text().isEmpty() &&
                                                 l->width() < l->minimumSizeHint().width())
            cut << shown(l->text()).left(60);
    }
    return cut;
}

// The texts of `root` still in English, each once.
QStringList englishIn(QWidget *root, const QSet<QString> &english)
{
    QStringList left;
    for (const QString &t : visibleTexts(root))
        if (english.contains(shown(t)) && !left.contains(shown(t)))
            left << shown(t);
    return left;
}

} // namespace

class FrenchTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // The workstation's settings file in a folder of the test's own, never the user's.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
        clinic::installLanguage(QStringLiteral("fr"));
        m_english = englishTexts();
        QVERIFY(m_english.size() > 500);
        QVERIFY(m_english.contains(QStringLiteral("Record session…")));
    }

    void init()
    {
        m_tmp = std::make_unique<test::TempDir>();
        clinic::OpenOptions options;
        options.loadDemoData = true;
        m_db = clinic::openClinicDatabase(m_tmp->dbPath(), options);
        m_services = std::make_unique<clinic::Services>(*m_db);
    }

    void cleanup()
    {
        m_services.reset();
        m_db.reset();
        m_tmp.reset();
    }

    void formatsAreFrench()
    {
        const QLocale locale;
        QCOMPARE(locale.language(), QLocale::French);
        QCOMPARE(locale.toString(QDate(2026, 11, 23), QLocale::ShortFormat),
                 QStringLiteral("23/11/2026"));
        QCOMPARE(locale.firstDayOfWeek(), Qt::Monday);
        QVERIFY(!locale.timeFormat(QLocale::ShortFormat).contains(QLatin1Char('A'))); // 24 h
        QCOMPARE(locale.toCurrencyString(1234.5, QStringLiteral("€")),
                 QStringLiteral("1\u202f234,50\u00a0€"));
        QCOMPARE(QCoreApplication::translate("meso::ui::PlanPanel", "Approve"),
                 QStringLiteral("Valider"));
        QCOMPARE(
            QCoreApplication::translate("PlanDocument", "Next session: in %n day(s).", nullptr, 2),
            QStringLiteral("Prochaine séance : dans 2 jours."));
    }

    // What the schema seeds in English (a room, the built-in practitioner), the demonstration's
    // room and products, and the catalog's equipment are all named in French.
    void theClinicIsNamedInFrench()
    {
        const clinic::ActingUser local = clinic::ActingUser::builtInLocal(*m_db);
        const clinic::ClinicSetup setup = m_services->clinicSetup.setup(local);
        QStringList rooms;
        for (const auto &r : setup.rooms)
            rooms << r.name;
        QCOMPARE(rooms, QStringList({QStringLiteral("Salle 1"), QStringLiteral("Salle 2")}));
        QCOMPARE(local.displayName, QStringLiteral("Praticien local"));
        QStringList products;
        for (const auto &p : m_services->stock.products(local))
            products << p.name;
        QVERIFY2(products.contains(QStringLiteral("Complexe revitalisant")),
                 qPrintable(products.join(QStringLiteral(", "))));
        QStringList equipment;
        for (const auto &e : m_services->clinicSetup.equipment(local))
            equipment << e.name;
        QVERIFY2(equipment.contains(QStringLiteral("Injecteur multi-aiguilles")),
                 qPrintable(equipment.join(QStringLiteral(", "))));

        // A new clinic without the demonstration: named when its administrator is created.
        test::TempDir other;
        const auto db = clinic::openClinicDatabase(other.dbPath());
        clinic::Services services(*db);
        const clinic::ActingUser admin = services.users.createFirstAdmin(
            QStringLiteral("amoreau"), QStringLiteral("Alice Moreau"),
            QStringLiteral("correct horse battery"));
        QCOMPARE(services.clinicSetup.setup(admin).rooms.front().name, QStringLiteral("Salle 1"));
    }

    void everyPageOfAnAdministratorIsFrench()
    {
        const clinic::ActingUser admin = m_services->users.createFirstAdmin(
            QStringLiteral("amoreau"), QStringLiteral("Alice Moreau"),
            QStringLiteral("correct horse battery"));
        walkEveryPage(admin);
    }

    void everyPageOfAPractitionerIsFrench()
    {
        walkEveryPage(clinic::ActingUser::builtInLocal(*m_db));
    }

    void patientAndConsultationDialogsAreFrench()
    {
        const clinic::ActingUser user = clinic::ActingUser::builtInLocal(*m_db);
        ui::MainWindow window(*m_db, user);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const records::PatientRecord patient = window.patientsPage()->model()->patient(0);
        {
            ui::PatientDialog dialog(m_services->patients, user, patient, &window);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            const QStringList left = englishIn(&dialog, m_english);
            QVERIFY2(left.isEmpty(), qPrintable(left.join(QStringLiteral(" | "))));
            const QStringList cut = clippedOnASmallScreen(&dialog);
            QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QStringLiteral(" | "))));
        }
        ui::ConsultationDialog dialog(*m_services, user, patient, std::nullopt, &window);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.screenNow();
        auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("rightTabs"));
        QVERIFY(tabs);
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            const QStringList left = englishIn(&dialog, m_english);
            QVERIFY2(left.isEmpty(), qPrintable(left.join(QStringLiteral(" | "))));
            const QStringList cut = clippedOnASmallScreen(&dialog);
            QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QStringLiteral(" | "))));
        }
        // On a 1366 px wide screen the French form fits beside the body map and the screening,
        // with no horizontal scrolling: its narrowest width leaves them their own.
        auto *form = dialog.findChild<QScrollArea *>(QStringLiteral("formScroll"));
        QVERIFY(form);
        const int formWidth = form->widget()->minimumSizeHint().width();
        auto *bodyMap = dialog.findChild<ui::BodyMapWidget *>();
        QVERIFY(bodyMap);
        const int besideIt = tabs->minimumWidth() + bodyMap->parentWidget()->maximumWidth();
        QVERIFY2(formWidth + besideIt + 60 /* margins, scroll bar */ <= 1366,
                 qPrintable(QStringLiteral("form needs %1 px").arg(formWidth)));
    }

    void theOtherDialogsAreFrench()
    {
        const clinic::ActingUser admin = m_services->users.createFirstAdmin(
            QStringLiteral("amoreau"), QStringLiteral("Alice Moreau"),
            QStringLiteral("correct horse battery"));
        {
            // The check itself: a button held narrower than its French text is found.
            QDialog squeezed;
            auto *button = new QPushButton(QStringLiteral("Enregistrer le praticien"), &squeezed);
            button->setFixedWidth(40);
            squeezed.show();
            QCOMPARE(clippedOnASmallScreen(&squeezed),
                     QStringList{QStringLiteral("Enregistrer le praticien")});
        }
        const clinic::ActingUser practitioner = clinic::ActingUser::builtInLocal(*m_db);
        ui::MainWindow window(*m_db, practitioner);
        const qint64 patientId = window.patientsPage()->model()->patient(0).id;
        records::AdverseEventRecord event;
        event.risk = QStringLiteral("bruising");
        event.onset = QDate::currentDate();
        const QString where = m_tmp->dbPath();
        std::vector<std::pair<QString, std::unique_ptr<QDialog>>> dialogs;
        dialogs.emplace_back(QStringLiteral("clinic setup"),
                             std::make_unique<ui::ClinicSetupDialog>(*m_services, admin));
        dialogs.emplace_back(QStringLiteral("sign in"),
                             std::make_unique<ui::SignInDialog>(m_services->users, where));
        dialogs.emplace_back(QStringLiteral("first administrator"),
                             std::make_unique<ui::FirstAdminDialog>(m_services->users, where));
        dialogs.emplace_back(
            QStringLiteral("user"),
            std::make_unique<ui::UserDialog>(std::nullopt,
                                             [](const records::UserRecord &, const QString &) {}));
        dialogs.emplace_back(QStringLiteral("connection"),
                             std::make_unique<ui::ConnectionDialog>(where));
        dialogs.emplace_back(QStringLiteral("product"),
                             std::make_unique<ui::ProductDialog>(*m_services, practitioner));
        dialogs.emplace_back(QStringLiteral("receive lot"),
                             std::make_unique<ui::ReceiveLotDialog>(*m_services, practitioner));
        dialogs.emplace_back(QStringLiteral("trace lot"),
                             std::make_unique<ui::TraceLotDialog>(*m_services, practitioner));
        dialogs.emplace_back(QStringLiteral("photos"), std::make_unique<ui::PhotoDialog>(
                                                           *m_services, practitioner, patientId));
        dialogs.emplace_back(
            QStringLiteral("adverse event"),
            std::make_unique<ui::AdverseEventDialog>(*m_services, practitioner, event));
        dialogs.emplace_back(QStringLiteral("password"),
                             std::make_unique<ui::PasswordDialog>(QStringLiteral("Alice Moreau"),
                                                                  [](const QString &) {}));
        dialogs.emplace_back(QStringLiteral("about"),
                             std::make_unique<ui::AboutDialog>(*m_db, admin));
        dialogs.emplace_back(
            QStringLiteral("override"),
            std::make_unique<ui::OverrideDialog>(QStringLiteral("Anticoagulant"),
                                                 [](const QString &, const QString &) {}));
        dialogs.emplace_back(QStringLiteral("consent"), std::make_unique<ui::ConsentDialog>(
                                                            [](const QDate &, const QString &) {}));
        dialogs.emplace_back(QStringLiteral("recall"),
                             std::make_unique<ui::MarkRecallDialog>(QStringLiteral("booked"),
                                                                    QStringLiteral("Lefort")));
        dialogs.emplace_back(
            QStringLiteral("import patients"),
            std::make_unique<ui::ImportPatientsDialog>(m_services->patientImport, admin));
        dialogs.emplace_back(QStringLiteral("reminders"),
                             std::make_unique<ui::RemindersDialog>(
                                 *m_services, practitioner, QDate::currentDate().addDays(1)));
        const qint64 patient =
            test::addPatient(*m_services, practitioner, QStringLiteral("Lefort"));
        const qint64 plan = test::approvedPlan(
            *m_services, practitioner,
            test::signedConsultation(*m_services, practitioner, patient,
                                     test::oneRequest("skin_rejuvenation", "face")));
        dialogs.emplace_back(QStringLiteral("book series"),
                             std::make_unique<ui::BookSeriesDialog>(*m_services, practitioner, plan,
                                                                    QStringLiteral("Lefort")));
        dialogs.emplace_back(QStringLiteral("session"),
                             std::make_unique<ui::SessionDialog>(
                                 *m_services, practitioner,
                                 test::checkedInToday(*m_services, practitioner, *m_db, plan)));
        // Billing's dialogs, with what they offer for a patient with a course.
        const std::vector<clinic::BillableCourse> courses =
            m_services->billing.courses(practitioner, patient, "fr");
        dialogs.emplace_back(
            QStringLiteral("new invoice"),
            std::make_unique<ui::NewInvoiceDialog>(
                std::vector<clinic::BillableSession>{
                    {1, QDate::currentDate(), QStringLiteral("Mésolift"), 2, 6, 25000}},
                courses, QStringLiteral("EUR")));
        records::InvoiceRecord invoice;
        invoice.id = 1;
        invoice.number = QStringLiteral("2026-000001");
        invoice.kind = QStringLiteral("invoice");
        records::InvoiceLine line;
        line.lineNo = 1;
        line.label = QStringLiteral("Mésolift : séance 1 sur 6, 07/12/2026");
        line.inclCents = 25000;
        invoice.lines.push_back(line);
        dialogs.emplace_back(QStringLiteral("payment"),
                             std::make_unique<ui::PaymentDialog>(
                                 std::vector<records::InvoiceRecord>{invoice}, courses));
        dialogs.emplace_back(QStringLiteral("credit note"),
                             std::make_unique<ui::CreditNoteDialog>(invoice, std::set<int>{},
                                                                    QStringLiteral("EUR")));
        for (const auto &[name, dialog] : dialogs) {
            dialog->show();
            QVERIFY2(QTest::qWaitForWindowExposed(dialog.get()), qPrintable(name));
            const QStringList left = englishIn(dialog.get(), m_english);
            QVERIFY2(left.isEmpty(),
                     qPrintable(name + QStringLiteral(": ") + left.join(QStringLiteral(" | "))));
            // French runs longer: the dialog shows its texts whole on a 1366x768 screen.
            const QStringList cut = clippedOnASmallScreen(dialog.get());
            QVERIFY2(cut.isEmpty(),
                     qPrintable(name + QStringLiteral(": ") + cut.join(QStringLiteral(" | "))));
            dialog->close();
        }
        // The setup assistant, each of its pages (Skip leaves each step as it is), and the help.
        ui::SetupAssistant assistant(*m_services, admin);
        assistant.show();
        QVERIFY(QTest::qWaitForWindowExposed(&assistant));
        for (int page = 0; page < assistant.pageIds().size(); ++page) {
            const QStringList cut = clippedOnASmallScreen(&assistant);
            QVERIFY2(cut.isEmpty(), qPrintable(QStringLiteral("assistant page %1: %2")
                                                   .arg(assistant.currentId())
                                                   .arg(cut.join(QStringLiteral(" | ")))));
            assistant.skip();
        }
        ui::HelpWindow help;
        help.show();
        QVERIFY(QTest::qWaitForWindowExposed(&help));
        const QStringList cut = clippedOnASmallScreen(&help);
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QStringLiteral(" | "))));
    }

    // A French spreadsheet opens what MesoPlan saves in columns, accents whole: semicolons and
    // the UTF-8 byte order mark unless the user chooses otherwise.
    void csvFilesOpenInAFrenchSpreadsheet()
    {
        const clinic::ActingUser admin = m_services->users.createFirstAdmin(
            QStringLiteral("amoreau"), QStringLiteral("Hélène Moreau"),
            QStringLiteral("correct horse battery"));
        ui::AuditPage page(*m_services, admin);
        const QString path = m_tmp->path(QStringLiteral("journal.csv"));
        QVERIFY2(page.exportCsv(path), qPrintable(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(bytes.startsWith("\xEF\xBB\xBF"
                                  "seq;at;user_id;username;action;"),
                 bytes.left(60).constData());
        QVERIFY(bytes.contains("amoreau"));
        const auto records =
            clinic::readCsv(clinic::decodeText(bytes).text,
                            clinic::detectSeparator(clinic::decodeText(bytes).text));
        QVERIFY(records.size() > 2);
        QCOMPARE(records.front().fields.size(), 9);
    }

    void consentFormIsPrintedInFrench()
    {
        const clinic::ActingUser user = clinic::ActingUser::builtInLocal(*m_db);
        ui::MainWindow window(*m_db, user);
        const records::PatientRecord patient = window.patientsPage()->model()->patient(0);
        records::ConsultationRecord c;
        c.patientId = patient.id;
        c.date = QDate::currentDate();
        c.intake = QStringLiteral(
                       R"({"patient": {"birth_date": "%1", "sex": "female", "fitzpatrick": 3},
                       "date": "%2", "requests": [{"indication": "skin_rejuvenation", "area": "face"}]})")
                       .arg(patient.birthDate.toString(Qt::ISODate), c.date.toString(Qt::ISODate));
        const qint64 id = m_services->consultations.sign(user, c).id;
        ui::ConsultationDialog dialog(*m_services, user, patient,
                                      m_services->consultations.find(user, id), &window);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        ui::PlanPanel *panel = dialog.planPanel();
        QVERIFY(panel->approveButton()->isEnabled());
        panel->approveButton()->click();
        QVERIFY(panel->consentButton()->isEnabled());
        panel->consentButton()->click();
        auto *consent = panel->findChild<ui::ConsentDialog *>();
        QVERIFY(consent);
        consent->methodBox()->setCurrentIndex(
            consent->methodBox()->findData(QStringLiteral("written")));
        const QStringList left = englishIn(consent, m_english);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QStringLiteral(" | "))));
        consent->okButton()->click();

        const QString pdf = m_tmp->path(QStringLiteral("consentement.pdf"));
        QVERIFY(panel->exportPdf(ui::PlanDocument::ConsentForm, pdf));
        const QString text = test::pdfText(pdf);
        QVERIFY2(test::pdfMarginProblem(pdf).isEmpty(), qPrintable(test::pdfMarginProblem(pdf)));
        for (const QString &french :
             {QStringLiteral("Formulaire de consentement"), QStringLiteral("Praticien"),
              QStringLiteral("Lu et approuvé"), QStringLiteral("retirer mon consentement")})
            QVERIFY2(text.contains(french, Qt::CaseInsensitive),
                     qPrintable(french + QStringLiteral(" not in ") + text.left(600)));
        for (const QString &english :
             {QStringLiteral("Consent form"), QStringLiteral("Practitioner"),
              QStringLiteral("What will be injected"), QStringLiteral("Common effects")})
            QVERIFY2(!text.contains(english), qPrintable(english));
        // The plan and quote: amounts in euros as French writes them, and the aftercare sheet.
        const QString planPdf = m_tmp->path(QStringLiteral("devis.pdf"));
        QVERIFY(panel->exportPdf(ui::PlanDocument::PlanAndQuote, planPdf));
        const QString quote = test::pdfText(planPdf);
        QVERIFY2(test::pdfMarginProblem(planPdf).isEmpty(),
                 qPrintable(test::pdfMarginProblem(planPdf)));
        QVERIFY2(quote.contains(QRegularExpression(
                     QStringLiteral("Total : [0-9 \u202f\u00a0]+,[0-9]{2}\\s?€"))),
                 qPrintable(quote.left(1500)));
        QVERIFY2(quote.contains(QRegularExpression(
                     // An approved plan: the total quoted when it was approved.
                     QStringLiteral("Prix : [0-9 \u202f\u00a0]+,[0-9]{2}\\s?€ pour [0-9]+ séances, "
                                    "selon le devis validé"))),
                 qPrintable(quote.left(1500)));
        // Why, as the rules traced it: French phrases, catalog names, no English left.
        QVERIFY2(quote.contains(QStringLiteral("Justification")) &&
                     quote.contains(QStringLiteral("traite Rajeunissement cutané")),
                 qPrintable(quote));
        for (const QString &english : {QStringLiteral("serves"), QStringLiteral("sessions:"),
                                       QStringLiteral("interval:"), QStringLiteral("[rule")})
            QVERIFY2(!quote.contains(english), qPrintable(english));
        const QString aftercarePdf = m_tmp->path(QStringLiteral("consignes.pdf"));
        QVERIFY(panel->exportPdf(ui::PlanDocument::AftercareSheet, aftercarePdf));
        QVERIFY(!test::pdfText(aftercarePdf).contains(QStringLiteral("Aftercare sheet")));
        QVERIFY2(test::pdfMarginProblem(aftercarePdf).isEmpty(),
                 qPrintable(test::pdfMarginProblem(aftercarePdf)));
        // The catalog's texts in French too: the protocol's risks as the catalog words them.
        const core::Catalog &catalog = *panel->plan()->catalog;
        for (const std::string &risk : panel->plan()->result().protocol->risks) {
            const QString words =
                QString::fromStdString(core::Catalog::findIn(catalog.risks, risk)->text.in("fr"));
            QVERIFY2(text.contains(words.section(QLatin1Char(' '), 0, 2)), qPrintable(words));
        }
    }

    void sessionRecordIsPrintedInFrench()
    {
        const clinic::ActingUser user = clinic::ActingUser::builtInLocal(*m_db);
        ui::MainWindow window(*m_db, user);
        const qint64 patient = test::addPatient(*m_services, user, QStringLiteral("Lefèvre"));
        const qint64 plan = test::approvedPlan(
            *m_services, user,
            test::signedConsultation(*m_services, user, patient,
                                     test::oneRequest("skin_rejuvenation", "face")));
        const clinic::SessionStart start =
            m_services->sessions.start(user, test::checkedInToday(*m_services, user, *m_db, plan));
        records::SessionRecord r;
        r.appointmentId = start.appointment.id;
        r.lines = start.suggested;
        r.pain = 2;
        for (const core::Deviation &d : m_services->sessions.deviations(user, r))
            r.deviations.push_back({records::qs(d.key()), QStringLiteral("produit en stock")});
        const records::SessionRecord session = m_services->sessions.record(user, r);
        const QString pdf = m_tmp->path(QStringLiteral("seance.pdf"));
        QVERIFY2(window.patientsPage()->exportSessionRecord(session.id, pdf),
                 qPrintable(window.patientsPage()->message()));
        const QString text = test::pdfText(pdf);
        QVERIFY2(test::pdfMarginProblem(pdf).isEmpty(), qPrintable(test::pdfMarginProblem(pdf)));
        for (const QString &french :
             {QStringLiteral("Fiche de séance"), QStringLiteral("Produits injectés"),
              QStringLiteral("Total injecté"), QStringLiteral("Douleur : 2/10"),
              QStringLiteral("Signé par"), session.lines.front().lotNumber})
            QVERIFY2(text.contains(french), qPrintable(french + QStringLiteral(" not in ") + text));
        for (const QString &english :
             {QStringLiteral("Treatment session record"), QStringLiteral("Products injected"),
              QStringLiteral("Total injected"), QStringLiteral("Signed by"),
              QStringLiteral("Technique:")})
            QVERIFY2(!text.contains(english), qPrintable(english));
    }

    // Every action code a service writes has a label, and the label is French: the Audit page
    // shows no code. The codes are read from the services' sources (the first text of each
    // audit(), auditEach() and record() call; those built at run time are listed here).
    void auditActionsHaveFrenchLabels()
    {
        QStringList written{
            QStringLiteral("appointment.cancelled"), QStringLiteral("appointment.checked_in"),
            QStringLiteral("appointment.no_show"),   QStringLiteral("backup.automatic"),
            QStringLiteral("backup.create"),         QStringLiteral("backup.restore"),
            QStringLiteral("catalog.import"),        QStringLiteral("catalog.upgrade"),
            QStringLiteral("patient.restore"),       QStringLiteral("session.amend"),
            QStringLiteral("session.record")};
        const QRegularExpression call(QStringLiteral(
            "\\b(?:audit|auditEach|record|save)\\(\\s*[^;\"]*?\"([a-z_]+\\.[a-z_]+)\""));
        QDirIterator sources(QStringLiteral(MESOPLAN_SOURCE_DIR "/src/clinic"),
                             {QStringLiteral("*.cpp")});
        while (sources.hasNext()) {
            QFile file(sources.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            for (auto m = call.globalMatch(text); m.hasNext();)
                written << m.next().captured(1);
        }
        written.removeDuplicates();
        QVERIFY2(written.size() > 45, qPrintable(written.join(QLatin1Char(' '))));
        const QStringList known = ui::auditActionCodes();
        for (const QString &code : written) {
            QVERIFY2(known.contains(code), qPrintable(code + QStringLiteral(" has no label")));
            const QString french = ui::auditActionLabel(code);
            QVERIFY2(!m_english.contains(french) && french != code, qPrintable(code));
        }

        // The page itself, on the demonstration clinic's trail.
        const clinic::ActingUser admin = m_services->users.createFirstAdmin(
            QStringLiteral("alice"), QStringLiteral("Alice Moreau"),
            QStringLiteral("correct horse battery"));
        ui::AuditPage page(*m_services, admin);
        QStringList codes;
        for (int r = 0; r < page.model()->rowCount(); ++r) {
            const QStandardItem *item = page.model()->item(r, ui::AuditPage::Action);
            codes << item->data(ui::AuditPage::kCodeRole).toString();
            QVERIFY2(item->text() != codes.back() && !m_english.contains(item->text()),
                     qPrintable(codes.back()));
        }
        QVERIFY2(codes.contains(QStringLiteral("demo.load")) &&
                     codes.contains(QStringLiteral("user.add")),
                 qPrintable(codes.join(QLatin1Char(' '))));
    }

    // The Object and Summary columns: every text a service writes into an audit row has its
    // French form in the page's tables (auditsummaries.cpp). The services' audit calls are read
    // from the sources, so a new summary without its translation fails here.
    void auditSummariesHaveFrenchText()
    {
        const QRegularExpression call(
            QStringLiteral("\\b(audit|auditEach|save|record|storeCatalog)\\("));
        const QRegularExpression literal(QStringLiteral("\"((?:[^\"\\\\]|\\\\.)*)\""));
        const QRegularExpression code(QStringLiteral("^[a-z_]+\\.[a-z_%1]+$"));
        const QRegularExpression placeholder(QStringLiteral("%[1-9]"));
        const QStringList words = ui::auditSummaryWords();
        int summaries = 0;
        QDirIterator sources(QStringLiteral(MESOPLAN_SOURCE_DIR "/src/clinic"),
                             {QStringLiteral("*.cpp")});
        while (sources.hasNext()) {
            const QString path = sources.next();
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            for (auto m = call.globalMatch(text); m.hasNext();) {
                const QRegularExpressionMatch found = m.next();
                // The call's arguments, up to its closing parenthesis.
                qsizetype end = found.capturedEnd();
                for (int depth = 1; depth > 0 && end < text.size(); ++end)
                    depth += text[end] == QLatin1Char('(')   ? 1
                             : text[end] == QLatin1Char(')') ? -1
                                                             : 0;
                const QString args = text.mid(found.capturedEnd(), end - found.capturedEnd());
                QStringList literals;
                for (auto l = literal.globalMatch(args); l.hasNext();)
                    literals << l.next().captured(1);
                QString action;
                for (const QString &l : literals)
                    if (code.match(l).hasMatch() && action.isEmpty())
                        action =
                            QString(l).replace(QStringLiteral("%1"), QStringLiteral("cancelled"));
                const bool isAudit = found.captured(1).startsWith(QLatin1String("audit"));
                if (action.isEmpty() && !isAudit)
                    continue; // a call of the same name that writes no audit row
                for (const QString &l : literals) {
                    if (code.match(l).hasMatch() ||
                        !l.contains(QRegularExpression(QStringLiteral("[a-z]"))))
                        continue;
                    const QString sample = QString(l).replace(placeholder, QStringLiteral("7"));
                    const bool entity = ui::auditEntityText(sample) != sample;
                    const bool summary = ui::auditSummaryTemplates(action).contains(l) ||
                                         ui::auditSummaryText(action, sample) != sample;
                    QVERIFY2(entity || summary || words.contains(l),
                             qPrintable(QStringLiteral("%1: \"%2\" (%3) is not in the Audit page's "
                                                       "tables")
                                            .arg(QFileInfo(path).fileName(), l, action)));
                    summaries += summary ? 1 : 0;
                }
            }
        }
        QVERIFY2(summaries > 40, qPrintable(QString::number(summaries)));

        // Read in French, values named by their own labels.
        QCOMPARE(ui::auditEntityText(QStringLiteral("patient:5")), QStringLiteral("patient 5"));
        QCOMPARE(ui::auditEntityText(QStringLiteral("session:3")),
                 QStringLiteral("fiche de séance 3"));
        QCOMPARE(ui::auditEntityText(QStringLiteral("user:?")), QStringLiteral("compte inconnu"));
        QCOMPARE(ui::auditSummaryText(QStringLiteral("user.sign_in_failed"),
                                      QStringLiteral("wrong password (2 in a row)")),
                 QStringLiteral("mot de passe erroné (2 fois de suite)"));
        QCOMPARE(ui::auditSummaryText(QStringLiteral("appointment.no_show"),
                                      QStringLiteral("was checked_in")),
                 QStringLiteral("était arrivé"));
        QCOMPARE(ui::auditSummaryText(QStringLiteral("user.update"),
                                      QStringLiteral("role front_desk, inactive")),
                 QStringLiteral("rôle %1, désactivé")
                     .arg(clinic::Permissions::roleName(QStringLiteral("front_desk"))));
        QCOMPARE(ui::auditSummaryText(QStringLiteral("photo.consent"),
                                      QStringLiteral("teaching on 2026-11-23")),
                 QStringLiteral("%1 le 23/11/2026")
                     .arg(clinic::PhotoService::scopeName(QStringLiteral("teaching"))));
        // A room called "%2" stays so; a text of another MesoPlan is shown as stored.
        QCOMPARE(ui::auditSummaryText(QStringLiteral("clinic.room"), QStringLiteral("named %2 b")),
                 QStringLiteral("nom : %2 b"));
        QCOMPARE(ui::auditSummaryText(QStringLiteral("user.add"), QStringLiteral("granted by bob")),
                 QStringLiteral("granted by bob"));

        // The page: on the demonstration clinic's trail, every summary is in French (or, as
        // "version 2026.3", reads the same in both languages).
        const clinic::ActingUser admin = m_services->users.createFirstAdmin(
            QStringLiteral("alice"), QStringLiteral("Alice Moreau"),
            QStringLiteral("correct horse battery"));
        try {
            m_services->users.signIn(QStringLiteral("alice"), QStringLiteral("wrong"));
            QFAIL("a wrong password signed in");
        } catch (const clinic::SignInError &) {
        }
        ui::AuditPage page(*m_services, admin);
        QCOMPARE(page.model()->item(0, ui::AuditPage::Summary)->text(),
                 QStringLiteral("mot de passe erroné (1 fois de suite)"));
        QCOMPARE(page.model()->item(0, ui::AuditPage::Entity)->text(),
                 ui::auditEntityText(QStringLiteral("user:%1").arg(admin.id)));
        QVERIFY2(page.model()->rowCount() >= 4,
                 qPrintable(QString::number(page.model()->rowCount())));
        for (int r = 0; r < page.model()->rowCount(); ++r) {
            const QString action = page.model()
                                       ->item(r, ui::AuditPage::Action)
                                       ->data(ui::AuditPage::kCodeRole)
                                       .toString();
            for (const int column : {int(ui::AuditPage::Entity), int(ui::AuditPage::Summary)}) {
                const QStandardItem *item = page.model()->item(r, column);
                if (item->text().isEmpty())
                    continue;
                const QStringList templates = ui::auditSummaryTemplates(action);
                const bool same =
                    column == ui::AuditPage::Summary &&
                    std::any_of(templates.cbegin(), templates.cend(), [](const QString &t) {
                        return QCoreApplication::translate("AuditSummary",
                                                           t.toLatin1().constData()) == t;
                    });
                QVERIFY2(item->toolTip().contains(QLatin1Char('(')) || same,
                         qPrintable(action + QStringLiteral(": ") + item->text()));
            }
        }
    }

private:
    void walkEveryPage(const clinic::ActingUser &user)
    {
        ui::MainWindow window(*m_db, user);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        int walked = 0;
        for (int page = ui::MainWindow::Patients; page <= ui::MainWindow::Billing; ++page) {
            const auto p = static_cast<ui::MainWindow::Page>(page);
            if (!window.hasPage(p))
                continue;
            window.showPage(p);
            QTest::qWait(20);
            ++walked;
            const QStringList left = englishIn(&window, m_english);
            QVERIFY2(
                left.isEmpty(),
                qPrintable(
                    QStringLiteral("page %1: %2").arg(page).arg(left.join(QStringLiteral(" | ")))));
            const QStringList cut = clippedOnASmallScreen(&window);
            QVERIFY2(
                cut.isEmpty(),
                qPrintable(
                    QStringLiteral("page %1: %2").arg(page).arg(cut.join(QStringLiteral(" | ")))));
            // F1: the French guide, at the page's own section.
            ui::HelpWindow *help = window.showHelp();
            QVERIFY(help);
            QCOMPARE(help->currentSection(), ui::MainWindow::helpSection(p));
            QVERIFY(help->browser()->toPlainText().contains(
                QStringLiteral("Une journée avec MesoPlan")));
            help->close();
        }
        QCOMPARE(walked, window.navigation()->count());
        if (window.settingsPage()) { // the language is chosen there
            // The catalog's contents are counted in French, not named by their ids.
            QString contents;
            for (const QLabel *label : window.settingsPage()->findChildren<QLabel *>())
                if (label->text().contains(QStringLiteral("protocole")))
                    contents = label->text();
            QVERIFY2(contents.contains(QStringLiteral("affections locales")) &&
                         contents.contains(QStringLiteral("règles d'espacement")) &&
                         !contents.contains(QLatin1Char('_')) &&
                         !contents.contains(QStringLiteral("rules")),
                     qPrintable(contents));
            QComboBox *language = window.settingsPage()->languageBox();
            QVERIFY(language->findData(QStringLiteral("fr")) > 0);
            QCOMPARE(language->itemText(language->findData(QStringLiteral("fr"))),
                     QStringLiteral("Français"));
            // Chosen, it is this workstation's language from the next start; "the system's"
            // forgets the choice.
            language->setCurrentIndex(language->findData(QStringLiteral("fr")));
            QCOMPARE(clinic::savedLanguage(), QStringLiteral("fr"));
            QVERIFY2(window.settingsPage()->languageMessage().contains(QStringLiteral("Français")),
                     qPrintable(window.settingsPage()->languageMessage()));
            language->setCurrentIndex(language->findData(QStringLiteral("en")));
            QCOMPARE(clinic::savedLanguage(), QStringLiteral("en"));
            language->setCurrentIndex(0);
            QCOMPARE(clinic::savedLanguage(), QString());
        }
    }

    QTemporaryDir m_settings;
    QSet<QString> m_english;
    std::unique_ptr<test::TempDir> m_tmp;
    std::unique_ptr<clinic::ClinicDatabase> m_db;
    std::unique_ptr<clinic::Services> m_services;
};

QTEST_MAIN(FrenchTest)
#include "french_test.moc"

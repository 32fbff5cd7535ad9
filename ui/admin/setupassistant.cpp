#include "setupassistant.h"

#include "clinicsetupdialog.h"
#include "importpatientsdialog.h"
#include "refusal.h"
#include "settingspage.h"
#include "userspage.h"
#include "windowsize.h"

#include "clinic/language.h"
#include "clinic/services.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizardPage>

#include <algorithm>

namespace meso::ui {

namespace {

// A page of the assistant with its title, what it is for, and a line for what went wrong.
QWizardPage *makePage(const QString &title, const QString &subtitle, QWidget *content)
{
    auto *page = new QWizardPage;
    page->setTitle(title);
    page->setSubTitle(subtitle);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(content, 1);
    auto *message = new QLabel(page);
    message->setObjectName(QStringLiteral("message"));
    message->setWordWrap(true);
    message->setTextFormat(Qt::PlainText);
    layout->addWidget(message);
    return page;
}

QString stepTitle(const QString &id)
{
    if (id == QLatin1String("clinic"))
        return SetupAssistant::tr("Clinic details");
    if (id == QLatin1String("staff"))
        return SetupAssistant::tr("Staff accounts");
    if (id == QLatin1String("hours"))
        return SetupAssistant::tr("Opening hours, rooms and practitioners' hours");
    return SetupAssistant::tr("Patients from the previous software");
}

} // namespace

std::vector<SetupStep> SetupAssistant::checklist(clinic::Services &services,
                                                 const clinic::ActingUser &user)
{
    const QStringList marked = services.profile.setupDone(user);
    bool practitioner = false, frontDesk = false;
    for (const records::UserRecord &u : services.users.users(user)) {
        practitioner = practitioner || (u.role == QLatin1String("practitioner") && !u.builtIn);
        frontDesk = frontDesk || u.role == QLatin1String("front_desk");
    }
    std::vector<SetupStep> steps;
    for (const QString &id : clinic::ClinicProfileService::setupSteps()) {
        bool done = marked.contains(id);
        if (id == QLatin1String("clinic"))
            done = done || !services.profile.profile(user).name.isEmpty();
        else if (id == QLatin1String("staff"))
            done = done || (practitioner && frontDesk);
        else if (id == QLatin1String("patients"))
            done = done || services.patients.count(user) > 0;
        steps.push_back({id, stepTitle(id), done});
    }
    return steps;
}

SetupAssistant::SetupAssistant(clinic::Services &services, clinic::ActingUser admin,
                               QWidget *parent)
    : QWizard(parent), m_services(services), m_admin(std::move(admin))
{
    setWindowTitle(tr("Setting the clinic up"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::HaveCustomButton1);
    setButtonText(QWizard::CustomButton1, tr("S&kip this step"));
    connect(this, &QWizard::customButtonClicked, this, &SetupAssistant::skip);

    // Clinic details: what the printed documents are headed with.
    const clinic::ClinicProfile profile = m_services.profile.profile(m_admin);
    auto *clinicForm = new QWidget;
    auto *clinicLayout = new QVBoxLayout(clinicForm);
    auto *form = new QFormLayout;
    clinicLayout->addLayout(form);
    clinicLayout->addStretch(1);
    m_name = new QLineEdit(profile.name, clinicForm);
    m_address = new QPlainTextEdit(profile.address, clinicForm);
    m_address->setTabChangesFocus(true);
    m_address->setMaximumHeight(80);
    m_phone = new QLineEdit(profile.phone, clinicForm);
    m_email = new QLineEdit(profile.email, clinicForm);
    m_country = countryBox(profile.country, clinicForm);
    const std::pair<QString, QWidget *> fields[] = {{tr("&Name:"), m_name},
                                                    {tr("&Address:"), m_address},
                                                    {tr("&Phone:"), m_phone},
                                                    {tr("&E-mail:"), m_email},
                                                    {tr("C&ountry:"), m_country}};
    for (const auto &[text, field] : fields) {
        auto *label = new QLabel(text, clinicForm);
        label->setBuddy(field);
        form->addRow(label, field);
    }
    // The logo printed on the documents, and the language this workstation speaks.
    m_logo = profile.logo;
    m_logoPreview = new QLabel(clinicForm);
    m_logoPreview->setFixedSize(160, 64);
    auto *chooseLogo = new QPushButton(tr("C&hoose…"), clinicForm);
    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logoPreview);
    logoRow->addWidget(chooseLogo);
    logoRow->addStretch(1);
    auto *logoLabel = new QLabel(tr("&Logo:"), clinicForm);
    logoLabel->setBuddy(chooseLogo);
    form->addRow(logoLabel, logoRow);
    m_language = workstationLanguageBox(clinicForm);
    auto *languageLabel = new QLabel(tr("Lan&guage of this workstation:"), clinicForm);
    languageLabel->setBuddy(m_language);
    form->addRow(languageLabel, m_language);
    auto *currency = new QLabel(
        tr("Amounts are in %1. Another currency is chosen in Billing, Prices and VAT, with the "
           "clinic's prices, before the first quote.")
            .arg(QString::fromStdString(m_services.assessments.catalog(m_admin)->currency)),
        clinicForm);
    currency->setWordWrap(true);
    form->addRow(QString(), currency);
    showLogoIn(m_logoPreview, m_logo);
    connect(chooseLogo, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Clinic logo"), QString(),
                                                          tr("Images (*.png *.jpg *.jpeg)"));
        if (!path.isEmpty())
            useLogoFile(path);
    });
    setPage(ClinicPage, makePage(tr("Clinic details"),
                                 tr("The name, address and phone printed on plans, consent forms "
                                    "and aftercare sheets; the country decides which protocols "
                                    "may be proposed."),
                                 clinicForm));

    // Staff: the practitioners' and front desk's accounts.
    m_users = new UsersPage(m_services, m_admin);
    setPage(StaffPage,
            makePage(tr("Staff accounts"),
                     tr("An account for each practitioner and each person at the front "
                        "desk (Add user…). Their working hours and protocols come next."),
                     m_users));

    // Opening hours, closures, rooms, practitioners' hours and protocols: the clinic setup.
    m_setup = new ClinicSetupDialog(m_services, m_admin);
    m_setup->setWindowFlags(Qt::Widget); // a part of the page, not a dialog of its own
    if (auto *close = m_setup->findChild<QDialogButtonBox *>())
        close->hide();                 // the assistant's buttons move on
    m_setup->installEventFilter(this); // Escape must not close it inside the page
    setPage(HoursPage, makePage(tr("Opening hours, rooms and practitioners' hours"),
                                tr("The opening hours and closures, the rooms and their "
                                   "equipment, each practitioner's hours and protocols. Each tab "
                                   "has its save button; Next saves what is left unsaved."),
                                m_setup));

    // Patients: from the previous software, or none.
    auto *patients = new QWidget;
    auto *patientsLayout = new QVBoxLayout(patients);
    m_patientsCount = new QLabel(patients);
    auto *import = new QPushButton(tr("&Import patients…"), patients);
    m_noPatients = new QCheckBox(tr("This clinic starts without earlier patients"), patients);
    patientsLayout->addWidget(
        new QLabel(tr("A CSV file from the previous software: names, birth dates and contacts; "
                      "the file is checked before anything is imported."),
                   patients));
    patientsLayout->addWidget(import, 0, Qt::AlignLeft);
    patientsLayout->addWidget(m_patientsCount);
    patientsLayout->addWidget(m_noPatients);
    patientsLayout->addStretch(1);
    connect(import, &QPushButton::clicked, this, [this] {
        ImportPatientsDialog dialog(m_services.patientImport, m_admin, this);
        dialog.exec();
        initializePage(PatientsPage);
    });
    setPage(PatientsPage, makePage(tr("Patients from the previous software"),
                                   tr("Bring the patients over now, or later from the Patients "
                                      "page."),
                                   patients));

    m_summary = new QLabel;
    m_summary->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    setPage(SummaryPage, makePage(tr("Summary"),
                                  tr("What is done, and what is left: the steps left stay on your "
                                     "checklist until they are done, and this assistant is in "
                                     "Settings."),
                                  m_summary));
    m_message = nullptr;
    fitToScreen(this, {1000, 720});
}

bool SetupAssistant::useLogoFile(const QString &path)
{
    QString problem;
    const std::optional<QByteArray> data = readLogoFile(path, problem);
    auto *label = page(ClinicPage)->findChild<QLabel *>(QStringLiteral("message"));
    label->setText(data ? QString() : problem);
    if (!data)
        return false;
    m_logo = *data;
    showLogoIn(m_logoPreview, m_logo);
    return true;
}

void SetupAssistant::reject()
{
    // Cancel, Escape or the window's close: the clinic setup's unsaved edits are asked about.
    if (m_setup->confirmLeaving())
        QWizard::reject();
}

bool SetupAssistant::eventFilter(QObject *watched, QEvent *event)
{
    // A QDialog closes on Escape: the embedded clinic setup would vanish from its page. Escape
    // cancels the assistant instead, as on its other pages.
    if (watched == m_setup && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        reject();
        return true;
    }
    return QWizard::eventFilter(watched, event);
}

QString SetupAssistant::message() const
{
    const QWizardPage *page = currentPage();
    const auto *label = page ? page->findChild<QLabel *>(QStringLiteral("message")) : nullptr;
    return label ? label->text() : QString();
}

QString SetupAssistant::summary() const
{
    return m_summary->text();
}

void SetupAssistant::initializePage(int id)
{
    if (id == HoursPage)
        m_setup->reloadPractitioners(); // the accounts just added; the tabs' edits kept
    if (id == StaffPage)
        m_users->refresh();
    if (id == PatientsPage)
        m_patientsCount->setText(tr("%n patient(s) in the clinic's records.", nullptr,
                                    static_cast<int>(m_services.patients.count(m_admin))));
    if (id == SummaryPage) {
        QStringList lines;
        for (const SetupStep &step : checklist(m_services, m_admin))
            lines << (step.done ? tr("Done: %1") : tr("Left for later: %1")).arg(step.title);
        m_summary->setText(lines.join(QLatin1Char('\n')));
    }
    button(QWizard::CustomButton1)->setVisible(id != SummaryPage);
    QWizard::initializePage(id);
}

bool SetupAssistant::mark(const QString &step)
{
    QWizardPage *page = currentPage();
    auto *label = page->findChild<QLabel *>(QStringLiteral("message"));
    try {
        m_services.profile.markSetupDone(m_admin, step);
    } catch (const std::exception &e) {
        label->setText(tr("Not saved: %1").arg(refusal(e)));
        return false;
    }
    label->clear();
    return true;
}

bool SetupAssistant::validateCurrentPage()
{
    if (m_skipping)
        return true;
    auto *label = currentPage()->findChild<QLabel *>(QStringLiteral("message"));
    switch (currentId()) {
    case ClinicPage: {
        clinic::ClinicProfile profile = m_services.profile.profile(m_admin);
        profile.name = m_name->text();
        profile.address = m_address->toPlainText();
        profile.phone = m_phone->text();
        profile.email = m_email->text();
        profile.country = m_country->currentData().toString();
        profile.logo = m_logo;
        clinic::saveLanguage(m_language->currentData().toString()); // from the next start
        try {
            m_services.profile.setProfile(m_admin, profile);
        } catch (const std::exception &e) {
            label->setText(tr("Not saved: %1").arg(refusal(e)));
            return false;
        }
        return mark(QStringLiteral("clinic"));
    }
    case StaffPage: {
        // The clinical work needs a practitioner's account (administrators do none of it).
        const auto accounts = m_services.users.users(m_admin);
        if (std::none_of(accounts.begin(), accounts.end(), [](const records::UserRecord &u) {
                return u.role == QLatin1String("practitioner") && !u.builtIn && u.active;
            })) {
            label->setText(
                tr("Add at least one practitioner's account (Add user…), or skip this step."));
            return false;
        }
        return mark(QStringLiteral("staff"));
    }
    case HoursPage:
        // Next saves what the tabs show (a refusal keeps the page, its tab saying why).
        return m_setup->saveEdits() && mark(QStringLiteral("hours"));
    case PatientsPage:
        if (m_services.patients.count(m_admin) == 0 && !m_noPatients->isChecked()) {
            label->setText(tr("Import the patients, tick \"This clinic starts without earlier "
                              "patients\", or skip this step."));
            return false;
        }
        return mark(QStringLiteral("patients"));
    default:
        return true;
    }
}

void SetupAssistant::skip()
{
    m_skipping = true;
    next();
    m_skipping = false;
}

} // namespace meso::ui

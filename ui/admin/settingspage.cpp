#include "settingspage.h"

#include "aside.h"

#include "clinicsetupdialog.h"
#include "connectiondialog.h"
#include "mailsettingsbox.h"

#include "clinic/clinicdatabase.h"
#include "clinic/language.h"
#include "clinic/permissions.h"
#include "clinic/services.h"
#include "clinic/validationerror.h"
#include "records/serveraddress.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <vector>

namespace meso::ui {

namespace {
QLabel *plain(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setTextFormat(Qt::PlainText);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->setWordWrap(true);
    return l;
}
} // namespace

QComboBox *countryBox(const QString &current, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    std::vector<std::pair<QString, QString>> countries; // name, code
    for (int t = 1; t <= static_cast<int>(QLocale::LastTerritory); ++t) {
        const auto territory = static_cast<QLocale::Territory>(t);
        const QString code = QLocale::territoryToCode(territory);
        if (code.size() != 2)
            continue;
        const QLocale locale(QLocale::AnyLanguage, territory);
        QString name = locale.territory() == territory ? locale.nativeTerritoryName() : QString();
        if (name.isEmpty())
            name = QLocale::territoryToString(territory);
        countries.emplace_back(name, code);
    }
    std::sort(countries.begin(), countries.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.first, b.first) < 0;
    });
    box->addItem(SettingsPage::tr("Not set"), QString());
    for (const auto &[name, code] : countries)
        box->addItem(QStringLiteral("%1 (%2)").arg(name, code), code);
    box->setCurrentIndex(std::max(0, box->findData(current)));
    return box;
}

SettingsPage::SettingsPage(const clinic::ClinicDatabase &db, clinic::Services &services,
                           clinic::ActingUser user, QWidget *parent)
    : QWidget(parent), m_db(db), m_services(services), m_user(std::move(user))
{
    reload();
}

void SettingsPage::reload()
{
    delete layout();
    qDeleteAll(findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly));
    m_idleLock = m_retention = m_generations = nullptr;
    m_savePolicies = nullptr;
    m_policiesMessage = m_backupMessage = nullptr;
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(content);
    const bool admin = clinic::Permissions::allows(m_user.role, clinic::Action::ClinicWrite);

    layout->addWidget(clinicSection(content, admin));
    layout->addWidget(workstationSection(content));
    layout->addWidget(bookingSection(content, admin));
    if (admin) {
        layout->addWidget(policiesSection(content));
        layout->addWidget(new MailSettingsBox(m_services, m_user, content));
    }
    layout->addWidget(databaseSection(content));
    layout->addWidget(catalogSection(content));
    layout->addStretch(1);
}

// The clinic's details printed on every document, and where it practises.
QWidget *SettingsPage::clinicSection(QWidget *content, bool admin)
{
    const clinic::ClinicProfile profile = m_services.profile.profile(m_user);
    auto *clinicGroup =
        new QGroupBox(tr("Clinic (printed on plans, consent forms and aftercare sheets)"), content);
    auto *clinicForm = new QFormLayout(clinicGroup);
    m_name = new QLineEdit(profile.name, clinicGroup);
    m_address = new QPlainTextEdit(profile.address, clinicGroup);
    m_address->setTabChangesFocus(true);
    m_address->setMaximumHeight(70);
    m_phone = new QLineEdit(profile.phone, clinicGroup);
    m_email = new QLineEdit(profile.email, clinicGroup);
    m_country = countryBox(profile.country, clinicGroup);
    m_country->setToolTip(
        tr("Where the clinic practises: a protocol not allowed in this country is never proposed "
           "(for example injection lipolysis in France)."));
    const std::pair<QString, QWidget *> fields[] = {{tr("&Name:"), m_name},
                                                    {tr("&Address:"), m_address},
                                                    {tr("&Phone:"), m_phone},
                                                    {tr("&E-mail:"), m_email},
                                                    {tr("C&ountry:"), m_country}};
    for (const auto &[text, editor] : fields) {
        auto *label = new QLabel(text, clinicGroup);
        label->setBuddy(editor);
        clinicForm->addRow(label, editor);
    }
    for (QLineEdit *edit : {m_name, m_phone, m_email})
        edit->setReadOnly(!admin);
    m_country->setEnabled(admin);
    m_address->setReadOnly(!admin);
    m_logo = profile.logo;
    m_logoPreview = new QLabel(clinicGroup);
    m_logoPreview->setFixedSize(160, 64);
    m_logoPreview->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    auto *choose = new QPushButton(tr("&Choose…"), clinicGroup);
    auto *remove = new QPushButton(tr("&Remove"), clinicGroup);
    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logoPreview);
    logoRow->addWidget(choose);
    logoRow->addWidget(remove);
    logoRow->addStretch(1);
    clinicForm->addRow(tr("Logo:"), logoRow);
    m_message = plain(admin ? QString() : tr("Only an administrator changes the clinic's details."),
                      clinicGroup);
    m_save = new QPushButton(tr("&Save clinic details"), clinicGroup);
    if (admin) {
        auto *assistant = new QPushButton(tr("Setup &assistant…"), clinicGroup);
        assistant->setObjectName(QStringLiteral("setupAssistant"));
        connect(assistant, &QPushButton::clicked, this, &SettingsPage::setupAssistantRequested);
        clinicForm->addRow(QString(), assistant);
    }
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_save);
    saveRow->addWidget(m_message, 1);
    clinicForm->addRow(QString(), saveRow);
    for (QPushButton *b : {choose, remove, m_save})
        b->setVisible(admin);
    showLogo();
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Clinic logo"), QString(),
                                                          tr("Images (*.png *.jpg *.jpeg)"));
        if (!path.isEmpty())
            useLogoFile(path);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        m_logo.clear();
        showLogo();
    });
    connect(m_save, &QPushButton::clicked, this, &SettingsPage::saveClinic);

    return clinicGroup;
}

// The booking setup in one line, and the way to change it.
QWidget *SettingsPage::bookingSection(QWidget *content, bool admin)
{
    auto *booking = new QGroupBox(tr("Booking"), content);
    auto *bookingRow = new QHBoxLayout(booking);
    const clinic::ClinicSetup setup = m_services.clinicSetup.setup(m_user);
    const QStringList setupCounts{
        tr("%n practitioner(s)", nullptr, static_cast<int>(setup.practitioners.size())),
        tr("%n room(s)", nullptr, static_cast<int>(setup.rooms.size())),
        tr("%n closure(s)", nullptr, static_cast<int>(setup.closures.size()))};
    bookingRow->addWidget(plain(setupCounts.join(QStringLiteral(", ")) +
                                    tr("; %1 min set-up per session").arg(setup.bufferMinutes),
                                booking),
                          1);
    if (admin) {
        auto *setupButton = new QPushButton(tr("Clinic &setup…"), booking);
        bookingRow->addWidget(setupButton);
        connect(setupButton, &QPushButton::clicked, this, [this] {
            ClinicSetupDialog dialog(m_services, m_user, this);
            dialog.exec();
            // Later: reload() deletes this very button, whose click is still being handled.
            QMetaObject::invokeMethod(this, &SettingsPage::reload, Qt::QueuedConnection);
        });
    }

    return booking;
}

// The security, privacy and backup policies (administrators only).
QWidget *SettingsPage::policiesSection(QWidget *content)
{
    const clinic::ClinicPolicies policies = m_services.profile.policies(m_user);
    auto *policiesGroup = new QGroupBox(tr("Policies"), content);
    policiesGroup->setObjectName(QStringLiteral("policies"));
    auto *form = new QFormLayout(policiesGroup);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_idleLock = new QSpinBox(policiesGroup);
    m_idleLock->setRange(1, 60);
    m_idleLock->setSuffix(tr(" min"));
    m_idleLock->setValue(policies.idleLockMinutes);
    m_retention = new QSpinBox(policiesGroup);
    m_retention->setRange(0, 100);
    m_retention->setSuffix(tr(" years"));
    m_retention->setValue(policies.retentionYears);
    m_generations = new QSpinBox(policiesGroup);
    m_generations->setRange(1, 365);
    m_generations->setValue(policies.backupGenerations);
    m_expiryWarning = new QSpinBox(policiesGroup);
    m_expiryWarning->setRange(0, 365);
    m_expiryWarning->setSuffix(tr(" days"));
    m_expiryWarning->setValue(policies.expiryWarningDays);
    const std::pair<QString, QSpinBox *> rows[] = {
        {tr("&Lock a workstation after this long without input:"), m_idleLock},
        {tr("Keep patients' records after their last visit &for:"), m_retention},
        {tr("Automatic &backups kept:"), m_generations},
        {tr("Flag lots on Stock that &expire within:"), m_expiryWarning}};
    for (const auto &[text, box] : rows) {
        auto *label = new QLabel(text, policiesGroup);
        label->setBuddy(box);
        form->addRow(label, box);
    }
    m_savePolicies = new QPushButton(tr("Save &policies"), policiesGroup);
    m_policiesMessage = plain(QString(), policiesGroup);
    auto *row = new QHBoxLayout;
    row->addWidget(m_savePolicies);
    row->addWidget(m_policiesMessage, 1);
    form->addRow(QString(), row);
    connect(m_savePolicies, &QPushButton::clicked, this, &SettingsPage::savePolicies);
    return policiesGroup;
}

// This workstation's own choices (any role: they are not the clinic's data).
QWidget *SettingsPage::workstationSection(QWidget *content)
{
    auto *group = new QGroupBox(tr("This workstation"), content);
    auto *form = new QFormLayout(group);
    m_language = workstationLanguageBox(group);
    m_languageMessage = plain(QString(), group);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_languageMessage);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        clinic::saveLanguage(m_language->currentData().toString());
        m_languageMessage->setText(tr("MesoPlan speaks %1 from its next start.")
                                       .arg(clinic::languageName(clinic::resolveLanguage(
                                           m_language->currentData().toString()))));
    });
    return group;
}

// Where the data lives, which engine, and its backups.
QWidget *SettingsPage::databaseSection(QWidget *content)
{
    auto *database = new QGroupBox(tr("Database"), content);
    auto *dbForm = new QFormLayout(database);
    dbForm->addRow(tr("Location:"),
                   plain(QDir::toNativeSeparators(m_db.displayLocation()), database));
    dbForm->addRow(tr("Engine:"),
                   plain(m_db.isServer() ? tr("PostgreSQL clinic server (several workstations)")
                                         : tr("SQLite file (single workstation)"),
                         database));
    dbForm->addRow(tr("Schema version:"), plain(QString::number(m_db.schemaVersion()), database));
    // Where this workstation's database is: its own setting, changed by administrators.
    if (clinic::Permissions::allows(m_user.role, clinic::Action::Backup)) {
        m_connection = new QPushButton(tr("&Connection…"), database);
        auto *row = new QHBoxLayout;
        row->addWidget(m_connection);
        row->addStretch(1);
        dbForm->addRow(QString(), row);
        connect(m_connection, &QPushButton::clicked, this, [this] {
            ConnectionDialog dialog(clinic::resolveDatabaseLocation(QString()), this);
            dialog.exec();
        });
    }
    if (m_db.isServer() && clinic::Permissions::allows(m_user.role, clinic::Action::Backup)) {
        dbForm->addRow(
            tr("Backups:"),
            plain(tr("made on the server, with pg_dump (docs/deployment.md)"), database));
    } else if (clinic::Permissions::allows(m_user.role, clinic::Action::Backup)) {
        const auto backups = m_services.backups.automaticBackups();
        const QString latest = backups.empty()
                                   ? tr("none yet")
                                   : QLocale().toString(backups.front().at, QLocale::ShortFormat);
        dbForm->addRow(
            tr("Automatic backups:"),
            plain(tr("%1 (when MesoPlan closes and daily; latest: %2)")
                      .arg(QDir::toNativeSeparators(m_services.backups.backupFolder()), latest),
                  database));
        auto *backupNow = new QPushButton(tr("Back &up now…"), database);
        m_backupMessage = plain(QString(), database);
        auto *row = new QHBoxLayout;
        row->addWidget(backupNow);
        row->addWidget(m_backupMessage, 1);
        dbForm->addRow(QString(), row);
        connect(backupNow, &QPushButton::clicked, this, [this] {
            const QString file = QFileDialog::getSaveFileName(
                this, tr("Back up the database"),
                tr("mesoplan-backup-%1.sqlite").arg(QDate::currentDate().toString(Qt::ISODate)),
                tr("SQLite databases (*.sqlite)"), nullptr, QFileDialog::DontConfirmOverwrite);
            if (!file.isEmpty())
                backUpTo(file);
        });
    }

    return database;
}

namespace {

// "12 site conditions" for the catalog's count of site_conditions, in the window's language.
QString catalogCount(const QString &what, int n)
{
    if (what == QLatin1String("areas"))
        return SettingsPage::tr("%n area(s)", nullptr, n);
    if (what == QLatin1String("indications"))
        return SettingsPage::tr("%n indication(s)", nullptr, n);
    if (what == QLatin1String("conditions"))
        return SettingsPage::tr("%n medical condition(s)", nullptr, n);
    if (what == QLatin1String("site_conditions"))
        return SettingsPage::tr("%n site condition(s)", nullptr, n);
    if (what == QLatin1String("treatments"))
        return SettingsPage::tr("%n treatment(s)", nullptr, n);
    if (what == QLatin1String("techniques"))
        return SettingsPage::tr("%n technique(s)", nullptr, n);
    if (what == QLatin1String("allergen_groups"))
        return SettingsPage::tr("%n allergen group(s)", nullptr, n);
    if (what == QLatin1String("allergens"))
        return SettingsPage::tr("%n allergen(s)", nullptr, n);
    if (what == QLatin1String("medication_classes"))
        return SettingsPage::tr("%n medication class(es)", nullptr, n);
    if (what == QLatin1String("medications"))
        return SettingsPage::tr("%n medication(s)", nullptr, n);
    if (what == QLatin1String("ingredients"))
        return SettingsPage::tr("%n ingredient(s)", nullptr, n);
    if (what == QLatin1String("aftercare_sets"))
        return SettingsPage::tr("%n aftercare set(s)", nullptr, n);
    if (what == QLatin1String("risks"))
        return SettingsPage::tr("%n risk(s)", nullptr, n);
    if (what == QLatin1String("protocols"))
        return SettingsPage::tr("%n protocol(s)", nullptr, n);
    if (what == QLatin1String("spacing_rules"))
        return SettingsPage::tr("%n spacing rule(s)", nullptr, n);
    if (what == QLatin1String("screening_rules"))
        return SettingsPage::tr("%n screening rule(s)", nullptr, n);
    if (what == QLatin1String("plan_rules"))
        return SettingsPage::tr("%n plan rule(s)", nullptr, n);
    return QStringLiteral("%1 %2").arg(n).arg(
        QString(what).replace(QLatin1Char('_'), QLatin1Char(' ')));
}

} // namespace

// Which catalog is loaded.
QWidget *SettingsPage::catalogSection(QWidget *content)
{
    const clinic::CatalogSummary s = m_services.catalog.summary(m_user);
    auto *catalog = new QGroupBox(tr("Clinical catalog"), content);
    auto *form = new QFormLayout(catalog);
    form->addRow(tr("Edition:"), plain(s.edition, catalog));
    form->addRow(tr("Version (SHA-256):"), plain(s.version, catalog));
    form->addRow(
        tr("Imported:"),
        plain(QLocale().toString(s.importedAt.toLocalTime(), QLocale::LongFormat), catalog));
    form->addRow(tr("Currency:"), plain(s.currency, catalog));
    QStringList counts;
    for (const auto &[what, n] : s.counts)
        counts << catalogCount(what, n);
    form->addRow(tr("Contents:"), plain(counts.join(QLatin1String(", ")), catalog));
    return catalog;
}

QString SettingsPage::languageMessage() const
{
    return m_languageMessage->text();
}

QString SettingsPage::policiesMessage() const
{
    return m_policiesMessage ? m_policiesMessage->text() : QString();
}

bool SettingsPage::savePolicies()
{
    if (!m_idleLock)
        return false;
    const clinic::ClinicPolicies p{m_idleLock->value(), m_retention->value(),
                                   m_generations->value(), m_expiryWarning->value()};
    try {
        m_services.profile.setPolicies(m_user, p);
    } catch (const clinic::ValidationError &e) {
        m_policiesMessage->setText(tr("Not saved: %1: %2").arg(e.field(), e.message()));
        return false;
    } catch (const std::exception &e) {
        m_policiesMessage->setText(tr("Not saved: %1").arg(QString::fromUtf8(e.what())));
        return false;
    }
    m_policiesMessage->setText(tr("Saved."));
    Q_EMIT policiesChanged(p);
    return true;
}

QString SettingsPage::backupMessage() const
{
    return m_backupMessage ? m_backupMessage->text() : QString();
}

bool SettingsPage::backUpTo(const QString &file)
{
    if (!m_backupMessage)
        return false;
    try {
        // On its own thread: a large clinic's copy takes a while, the window keeps repainting.
        const QString written = runAside<QString>(
            this, tr("Backing up the database…"), m_services,
            [user = m_user, file](clinic::Services &s) { return s.backups.backup(user, file); });
        m_backupMessage->setText(tr("Saved %1.").arg(QDir::toNativeSeparators(written)));
    } catch (const clinic::ValidationError &e) {
        m_backupMessage->setText(tr("Not saved: %1").arg(e.message()));
        return false;
    } catch (const std::exception &e) {
        m_backupMessage->setText(tr("Not saved: %1").arg(QString::fromUtf8(e.what())));
        return false;
    }
    return true;
}

QString SettingsPage::clinicMessage() const
{
    return m_message->text();
}

void showLogoIn(QLabel *preview, const QByteArray &logo)
{
    const QImage image = QImage::fromData(logo);
    if (image.isNull()) {
        preview->setPixmap({});
        preview->setText(SettingsPage::tr("No logo"));
        return;
    }
    preview->setPixmap(QPixmap::fromImage(
        image.scaled(preview->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

void SettingsPage::showLogo()
{
    showLogoIn(m_logoPreview, m_logo);
}

std::optional<QByteArray> readLogoFile(const QString &path, QString &problem)
{
    QFile file(path);
    if (file.size() > clinic::ClinicProfileService::kMaxLogoBytes) {
        problem = SettingsPage::tr("The logo must be at most 512 KiB: %1")
                      .arg(QDir::toNativeSeparators(path));
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        problem = SettingsPage::tr("Cannot read %1: %2")
                      .arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    QByteArray data = file.readAll();
    if (QImage::fromData(data).isNull()) {
        problem = SettingsPage::tr("Not an image: %1").arg(QDir::toNativeSeparators(path));
        return std::nullopt;
    }
    return data;
}

QComboBox *workstationLanguageBox(QWidget *parent)
{
    auto *box = new QComboBox(parent);
    const QString system = clinic::resolveLanguage(QString());
    box->addItem(SettingsPage::tr("The system's (%1)").arg(clinic::languageName(system)),
                 QString());
    for (const QString &code : clinic::availableLanguages()) // each in its own words
        box->addItem(clinic::languageName(code), code);
    box->setCurrentIndex(std::max(0, box->findData(clinic::savedLanguage())));
    return box;
}

bool SettingsPage::useLogoFile(const QString &path)
{
    QString problem;
    const std::optional<QByteArray> data = readLogoFile(path, problem);
    if (!data) {
        m_message->setText(problem);
        return false;
    }
    m_logo = *data;
    m_message->setText(tr("Logo chosen; save to keep it."));
    showLogo();
    return true;
}

bool SettingsPage::saveClinic()
{
    const clinic::ClinicProfile profile{m_name->text(),  m_address->toPlainText(),
                                        m_phone->text(), m_email->text(),
                                        m_logo,          m_country->currentData().toString()};
    try {
        m_services.profile.setProfile(m_user, profile);
    } catch (const clinic::ValidationError &e) {
        m_message->setText(tr("Not saved: %1: %2").arg(e.field(), e.message()));
        return false;
    } catch (const clinic::PermissionError &e) {
        m_message->setText(tr("Not saved: %1").arg(QString::fromUtf8(e.what())));
        return false;
    }
    m_message->setText(tr("Saved."));
    return true;
}

} // namespace meso::ui

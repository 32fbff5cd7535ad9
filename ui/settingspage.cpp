#include "settingspage.h"

#include "clinicsetupdialog.h"

#include "clinic/services.h"
#include "clinic/validationerror.h"
#include "store/database.h"

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
#include <QVBoxLayout>

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

SettingsPage::SettingsPage(const store::Database &db, clinic::Services &services, clinic::ActingUser user,
                           QWidget *parent)
    : QWidget(parent), m_db(db), m_services(services), m_user(std::move(user))
{
    reload();
}

void SettingsPage::reload()
{
    delete layout();
    qDeleteAll(findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly));
    auto *layout = new QVBoxLayout(this);

    const clinic::ClinicProfile profile = m_services.profile.profile(m_user);
    auto *clinicGroup = new QGroupBox(tr("Clinic (printed on plans, consent forms and aftercare sheets)"), this);
    auto *clinicForm = new QFormLayout(clinicGroup);
    m_name = new QLineEdit(profile.name, clinicGroup);
    m_address = new QPlainTextEdit(profile.address, clinicGroup);
    m_address->setTabChangesFocus(true);
    m_address->setMaximumHeight(70);
    m_phone = new QLineEdit(profile.phone, clinicGroup);
    m_email = new QLineEdit(profile.email, clinicGroup);
    clinicForm->addRow(tr("&Name:"), m_name);
    clinicForm->addRow(tr("&Address:"), m_address);
    clinicForm->addRow(tr("&Phone:"), m_phone);
    clinicForm->addRow(tr("&E-mail:"), m_email);
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
    m_message = plain(QString(), clinicGroup);
    m_save = new QPushButton(tr("&Save clinic details"), clinicGroup);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_save);
    saveRow->addWidget(m_message, 1);
    clinicForm->addRow(QString(), saveRow);
    layout->addWidget(clinicGroup);
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

    auto *booking = new QGroupBox(tr("Booking"), this);
    auto *bookingRow = new QHBoxLayout(booking);
    const clinic::ClinicSetup setup = m_services.booking.setup(m_user);
    const QStringList setupCounts{tr("%n practitioner(s)", nullptr, static_cast<int>(setup.practitioners.size())),
                             tr("%n room(s)", nullptr, static_cast<int>(setup.rooms.size())),
                             tr("%n closure(s)", nullptr, static_cast<int>(setup.closures.size()))};
    bookingRow->addWidget(plain(setupCounts.join(QStringLiteral(", ")) +
                                    tr("; %1 min set-up per session").arg(setup.bufferMinutes),
                                booking),
                          1);
    auto *setupButton = new QPushButton(tr("Clinic &setup…"), booking);
    bookingRow->addWidget(setupButton);
    connect(setupButton, &QPushButton::clicked, this, [this] {
        ClinicSetupDialog dialog(m_services, m_user, this);
        dialog.exec();
        // Later: reload() deletes this very button, whose click is still being handled.
        QMetaObject::invokeMethod(this, &SettingsPage::reload, Qt::QueuedConnection);
    });
    layout->addWidget(booking);

    auto *database = new QGroupBox(tr("Database"), this);
    auto *dbForm = new QFormLayout(database);
    dbForm->addRow(tr("Location:"), plain(QDir::toNativeSeparators(m_db.location()), database));
    dbForm->addRow(tr("Engine:"), plain(tr("SQLite (single workstation)"), database));
    dbForm->addRow(tr("Schema version:"), plain(QString::number(m_db.schemaVersion()), database));
    layout->addWidget(database);

    const clinic::CatalogSummary s = m_services.catalog.summary(m_user);
    auto *catalog = new QGroupBox(tr("Clinical catalog"), this);
    auto *form = new QFormLayout(catalog);
    form->addRow(tr("Edition:"), plain(s.edition, catalog));
    form->addRow(tr("Version (SHA-256):"), plain(s.version, catalog));
    form->addRow(tr("Imported:"), plain(QLocale().toString(s.importedAt.toLocalTime(), QLocale::LongFormat), catalog));
    form->addRow(tr("Currency:"), plain(s.currency, catalog));
    QStringList counts;
    for (const auto &[what, n] : s.counts)
        counts << QStringLiteral("%1 %2").arg(n).arg(QString(what).replace(QLatin1Char('_'), QLatin1Char(' ')));
    form->addRow(tr("Contents:"), plain(counts.join(QLatin1String(", ")), catalog));
    layout->addWidget(catalog);
    layout->addStretch(1);
}

QString SettingsPage::clinicMessage() const
{
    return m_message->text();
}

void SettingsPage::showLogo()
{
    const QImage image = QImage::fromData(m_logo);
    if (image.isNull()) {
        m_logoPreview->setPixmap({});
        m_logoPreview->setText(tr("No logo"));
        return;
    }
    m_logoPreview->setPixmap(QPixmap::fromImage(image.scaled(m_logoPreview->size(), Qt::KeepAspectRatio,
                                                             Qt::SmoothTransformation)));
}

bool SettingsPage::useLogoFile(const QString &path)
{
    QFile file(path);
    if (file.size() > clinic::ClinicProfileService::kMaxLogoBytes) {
        m_message->setText(tr("The logo must be at most 512 KiB: %1").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        m_message->setText(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    const QByteArray data = file.readAll();
    if (QImage::fromData(data).isNull()) {
        m_message->setText(tr("Not an image: %1").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    m_logo = data;
    m_message->setText(tr("Logo chosen; save to keep it."));
    showLogo();
    return true;
}

bool SettingsPage::saveClinic()
{
    const clinic::ClinicProfile profile{m_name->text(), m_address->toPlainText(), m_phone->text(), m_email->text(),
                                        m_logo};
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

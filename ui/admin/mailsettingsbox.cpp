#include "mailsettingsbox.h"

#include "common/refusal.h"

#include "clinic/services.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace meso::ui {

MailSettingsBox::MailSettingsBox(clinic::Services &services, clinic::ActingUser user,
                                 QWidget *parent)
    : QGroupBox(tr("Mail server (appointment reminders)"), parent), m_services(services),
      m_user(std::move(user)), m_host(new QLineEdit(this)), m_login(new QLineEdit(this)),
      m_from(new QLineEdit(this)), m_caFile(new QLineEdit(this)), m_port(new QSpinBox(this)),
      m_security(new QComboBox(this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("mail"));
    const clinic::MailSettings settings = m_services.profile.mailSettings(m_user);
    auto *form = new QFormLayout(this);
    m_host->setPlaceholderText(tr("smtp.example.org (empty: no e-mails)"));
    m_host->setText(settings.host);
    m_port->setRange(1, 65535);
    m_port->setValue(settings.port);
    m_security->addItem(tr("STARTTLS (usually port 587)"), QStringLiteral("starttls"));
    m_security->addItem(tr("TLS (usually port 465)"), QStringLiteral("tls"));
    m_security->addItem(tr("None (a server on this computer only)"), QStringLiteral("none"));
    m_security->setCurrentIndex(std::max(0, m_security->findData(settings.security)));
    m_login->setText(settings.user);
    m_login->setPlaceholderText(tr("empty: the server asks for no sign-in"));
    m_from->setText(settings.from);
    m_from->setPlaceholderText(tr("contact@clinic.example"));
    m_caFile->setText(settings.caFile);
    m_caFile->setPlaceholderText(tr("empty: the system's certificates"));
    auto *browse = new QPushButton(tr("Choose…"), this);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);
    const std::pair<QString, QWidget *> rows[] = {{tr("&Server:"), m_host},
                                                  {tr("P&ort:"), m_port},
                                                  {tr("&Encryption:"), m_security},
                                                  {tr("Sign-in &name:"), m_login},
                                                  {tr("Sender &address:"), m_from}};
    for (const auto &[text, field] : rows) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
    }
    auto *caLabel = new QLabel(tr("&CA certificate:"), this);
    caLabel->setBuddy(m_caFile);
    form->addRow(caLabel, caRow);
    form->addRow(QString(),
                 new QLabel(tr("The password is asked when reminders are first sent from a "
                               "workstation, and can be kept in its system keyring."),
                            this));
    auto *save = new QPushButton(tr("Save &mail server"), this);
    m_message->setWordWrap(true);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(save);
    saveRow->addWidget(m_message, 1);
    form->addRow(QString(), saveRow);
    connect(save, &QPushButton::clicked, this, &MailSettingsBox::save);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("The mail server's CA certificate"), QString(),
                                         tr("Certificates (*.pem *.crt);;All files (*)"));
        if (!path.isEmpty())
            m_caFile->setText(path);
    });
}

QString MailSettingsBox::message() const
{
    return m_message->text();
}

bool MailSettingsBox::save()
{
    clinic::MailSettings m;
    m.host = m_host->text().trimmed();
    m.port = m_port->value();
    m.security = m_security->currentData().toString();
    m.user = m_login->text().trimmed();
    m.from = m_from->text().trimmed();
    m.caFile = m_caFile->text().trimmed();
    try {
        m_services.profile.setMailSettings(m_user, m);
    } catch (const std::exception &e) {
        m_message->setText(tr("Not saved: %1").arg(refusal(e)));
        return false;
    }
    m_message->setText(tr("Saved."));
    return true;
}

} // namespace meso::ui

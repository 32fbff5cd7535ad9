#pragma once

#include "clinic/actinguser.h"

#include <QGroupBox>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace meso::clinic {
struct Services;
}

namespace meso::ui {

// Settings > Mail server (administrators): the clinic's SMTP server for reminder e-mails, shared
// by every workstation. The password is not set here: each workstation keeps it in its system
// keyring when it first sends, or asks each time.
class MailSettingsBox : public QGroupBox
{
    Q_OBJECT
public:
    MailSettingsBox(clinic::Services &services, clinic::ActingUser user, QWidget *parent = nullptr);

    // Saves what the fields say; false, the reason shown beside the button, when refused.
    bool save();

    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portBox() const { return m_port; }
    QComboBox *securityBox() const { return m_security; }
    QLineEdit *loginEdit() const { return m_login; }
    QLineEdit *fromEdit() const { return m_from; }
    QLineEdit *caFileEdit() const { return m_caFile; }
    QString message() const;

private:
    clinic::Services &m_services;
    clinic::ActingUser m_user;
    QLineEdit *m_host, *m_login, *m_from, *m_caFile;
    QSpinBox *m_port;
    QComboBox *m_security;
    QLabel *m_message;
};

} // namespace meso::ui

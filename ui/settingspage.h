#pragma once

#include "clinic/actinguser.h"

#include <QByteArray>
#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace meso::store {
class Database;
}
namespace meso::clinic {
struct Services;
}

namespace meso::ui {

// The clinic's name, address and logo for printed documents; where the data lives and which
// catalog is loaded.
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    SettingsPage(const store::Database &db, clinic::Services &services, clinic::ActingUser user,
                 QWidget *parent = nullptr);
    void reload();

    QLineEdit *clinicNameEdit() const { return m_name; }
    QPlainTextEdit *clinicAddressEdit() const { return m_address; }
    QPushButton *saveClinicButton() const { return m_save; }
    QString clinicMessage() const;
    // Takes the logo from an image file (what "Choose…" does once a file is picked); false, with
    // the message shown, when it is not a usable image.
    bool useLogoFile(const QString &path);
    // Saves the clinic's details (one transaction); false with the message shown when refused.
    bool saveClinic();

private:
    void showLogo();

    const store::Database &m_db;
    clinic::Services &m_services;
    clinic::ActingUser m_user;
    QLineEdit *m_name = nullptr, *m_phone = nullptr, *m_email = nullptr;
    QPlainTextEdit *m_address = nullptr;
    QLabel *m_logoPreview = nullptr, *m_message = nullptr;
    QPushButton *m_save = nullptr;
    QByteArray m_logo;
};

} // namespace meso::ui

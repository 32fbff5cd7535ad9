#pragma once

#include "clinic/actinguser.h"
#include "clinic/clinicprofile.h"

#include <QByteArray>
#include <QWidget>

#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace meso::clinic {
class ClinicDatabase;
struct Services;
} // namespace meso::clinic

namespace meso::ui {

// The clinic's name, address and logo for printed documents, the booking setup, the security and
// backup policies; where the data lives and which catalog is loaded. Administrators change them;
// everyone else reads them.
// Every country Qt knows, by its own name, with its ISO code as item data; "Not set" first.
QComboBox *countryBox(const QString &current, QWidget *parent);
// This workstation's language: the system's, or one MesoPlan speaks, each in its own words; the
// saved choice selected.
QComboBox *workstationLanguageBox(QWidget *parent);
// A logo file's contents (PNG or JPEG of at most 512 KiB), or nullopt with why not in `problem`.
std::optional<QByteArray> readLogoFile(const QString &path, QString &problem);
// A logo's preview scaled into `preview`, or "No logo".
void showLogoIn(QLabel *preview, const QByteArray &logo);

class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    SettingsPage(const clinic::ClinicDatabase &db, clinic::Services &services,
                 clinic::ActingUser user, QWidget *parent = nullptr);
    void reload(); // not F5's: it would drop what is typed and not saved

    QLineEdit *clinicNameEdit() const { return m_name; }
    QPlainTextEdit *clinicAddressEdit() const { return m_address; }
    // The clinic's country (item data: the ISO 3166-1 code, empty for "not set").
    QComboBox *clinicCountryBox() const { return m_country; }
    QPushButton *saveClinicButton() const { return m_save; }
    QString clinicMessage() const;
    // Takes the logo from an image file (what "Choose…" does once a file is picked); false, with
    // the message shown, when it is not a usable image.
    bool useLogoFile(const QString &path);
    // Saves the clinic's details (one transaction); false with the message shown when refused.
    bool saveClinic();

    // The Policies group (administrators only; null for others).
    QSpinBox *idleLockBox() const { return m_idleLock; }
    QSpinBox *retentionBox() const { return m_retention; }
    QSpinBox *backupGenerationsBox() const { return m_generations; }
    QSpinBox *expiryWarningBox() const { return m_expiryWarning; }
    QPushButton *savePoliciesButton() const { return m_savePolicies; }
    QString policiesMessage() const;
    bool savePolicies();
    // Backs the database up to `file` now (administrators); false with the message shown.
    bool backUpTo(const QString &file);
    QString backupMessage() const;
    // This workstation's language (item data: the code, empty for the system's), saved when
    // chosen and applied at the next start.
    QComboBox *languageBox() const { return m_language; }
    QString languageMessage() const;
    // Opens the connection dialog (administrators; null for others).
    QPushButton *connectionButton() const { return m_connection; }

Q_SIGNALS:
    void policiesChanged(const clinic::ClinicPolicies &policies);
    // "Setup assistant…" (administrators): the main window opens it.
    void setupAssistantRequested();

private:
    void showLogo();
    // The page's sections, each a group box built afresh by reload().
    QWidget *clinicSection(QWidget *content, bool admin);
    QWidget *workstationSection(QWidget *content);
    QWidget *bookingSection(QWidget *content, bool admin);
    QWidget *policiesSection(QWidget *content);
    QWidget *databaseSection(QWidget *content);
    QWidget *catalogSection(QWidget *content);

    const clinic::ClinicDatabase &m_db;
    clinic::Services &m_services;
    clinic::ActingUser m_user;
    QLineEdit *m_name = nullptr, *m_phone = nullptr, *m_email = nullptr;
    QPlainTextEdit *m_address = nullptr;
    QComboBox *m_country = nullptr, *m_language = nullptr;
    QLabel *m_languageMessage = nullptr;
    QLabel *m_logoPreview = nullptr, *m_message = nullptr;
    QPushButton *m_save = nullptr;
    QByteArray m_logo;
    QSpinBox *m_idleLock = nullptr, *m_retention = nullptr, *m_generations = nullptr,
             *m_expiryWarning = nullptr;
    QPushButton *m_savePolicies = nullptr;
    QLabel *m_policiesMessage = nullptr, *m_backupMessage = nullptr;
    QPushButton *m_connection = nullptr;
};

} // namespace meso::ui

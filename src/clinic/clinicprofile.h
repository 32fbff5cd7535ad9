#pragma once

#include "actinguser.h"
#include "smtpclient.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace meso::store {
class Database;
}

namespace meso::clinic {

// The clinic as printed documents name it: shared by every workstation (stored in the database).
struct ClinicProfile
{
    QString name, address, phone, email;
    QByteArray logo; // PNG or JPEG file contents, empty for none
    // ISO 3166-1 alpha-2 code of where the clinic practises: a protocol not allowed there is never
    // proposed (catalog `jurisdiction`). Empty until set.
    QString country;
};

// The clinic's security, privacy and backup policies (docs/security.md).
struct ClinicPolicies
{
    int idleLockMinutes = 5;    // a workstation locks after this long without input
    int retentionYears = 20;    // after a patient's last activity, before anonymisation is allowed
    int backupGenerations = 7;  // automatic backups kept
    int expiryWarningDays = 60; // lots expiring within this many days are flagged on Stock
};

class ClinicProfileService
{
    Q_DECLARE_TR_FUNCTIONS(meso::clinic::ClinicProfileService)
public:
    explicit ClinicProfileService(const store::Database &db) : m_db(db) {}

    ClinicProfile profile(const ActingUser &user) const;
    // Saves the profile in one transaction. ValidationError naming the field: a name is required,
    // the logo must be a PNG or JPEG of at most 512 KiB. Front-desk staff cannot change it.
    void setProfile(const ActingUser &user, const ClinicProfile &profile);
    // The country alone (the CLI's `clinic country`); the same checks as setProfile.
    void setCountry(const ActingUser &user, const QString &country);
    // Empty, or an ISO 3166-1 alpha-2 code Qt knows; throws ValidationError naming clinic.country.
    static QString checkedCountry(const QString &country);
    static const QString &countryKey();
    // The clinic's currency (ISO 4217), set with the billing settings; empty: the catalog's.
    static const QString &currencyKey();

    ClinicPolicies policies(const ActingUser &user) const;
    // Administrators only; ValidationError naming the setting when out of range.
    void setPolicies(const ActingUser &user, const ClinicPolicies &policies);
    static constexpr qsizetype kMaxLogoBytes = 512 * 1024;

    // The setup assistant's steps done (Settings > Setup assistant): "clinic", "staff", "hours",
    // "patients", in that order, those marked done. Everyone reads them; administrators mark.
    static QStringList setupSteps();
    QStringList setupDone(const ActingUser &user) const;
    // Administrators; ValidationError naming setup.step for another step. Audited as clinic.setup.
    void markSetupDone(const ActingUser &user, const QString &step);

    // The clinic's mail server for reminder e-mails (never its password: keyring.h).
    MailSettings mailSettings(const ActingUser &user) const;
    // Administrators; an empty host turns e-mails off. ValidationError naming mail.host,
    // mail.port, mail.security (none only for a server on this computer), mail.from or
    // mail.ca_file. Audited as clinic.mail.
    void setMailSettings(const ActingUser &user, const MailSettings &settings);

private:
    const store::Database &m_db;
};

} // namespace meso::clinic

#include "clinicprofile.h"

#include "audit.h"
#include "permissions.h"
#include "validationerror.h"

#include "store/settingsrepository.h"

#include "store/transaction.h"
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

namespace meso::clinic {

namespace {

const QString kName = QStringLiteral("clinic.name");
const QString kAddress = QStringLiteral("clinic.address");
const QString kPhone = QStringLiteral("clinic.phone");
const QString kEmail = QStringLiteral("clinic.email");
const QString kLogo = QStringLiteral("clinic.logo"); // base64
const QString kCountry = QStringLiteral("clinic.country");
const QString kIdleLock = QStringLiteral("security.idle_lock_minutes");
const QString kRetention = QStringLiteral("privacy.retention_years");
const QString kGenerations = QStringLiteral("backup.generations");
const QString kExpiryWarning = QStringLiteral("stock.expiry_warning_days");
const QString kSetupDone = QStringLiteral("setup.done"); // the steps done, comma-separated
const QString kMailHost = QStringLiteral("mail.host");
const QString kMailPort = QStringLiteral("mail.port");
const QString kMailSecurity = QStringLiteral("mail.security");
const QString kMailUser = QStringLiteral("mail.user");
const QString kMailFrom = QStringLiteral("mail.from");
const QString kMailCaFile = QStringLiteral("mail.ca_file");

bool isImage(const QByteArray &data)
{
    return data.startsWith("\x89PNG\r\n\x1a\n") || data.startsWith("\xff\xd8\xff");
}

} // namespace

ClinicProfile ClinicProfileService::profile(const ActingUser &user) const
{
    Permissions::require(user, Action::ClinicRead);
    const store::SettingsRepository settings(m_db);
    return {settings.value(kName),
            settings.value(kAddress),
            settings.value(kPhone),
            settings.value(kEmail),
            QByteArray::fromBase64(settings.value(kLogo).toLatin1()),
            settings.value(kCountry)};
}

const QString &ClinicProfileService::countryKey()
{
    return kCountry;
}

const QString &ClinicProfileService::currencyKey()
{
    static const QString key = QStringLiteral("billing.currency");
    return key;
}

QString ClinicProfileService::checkedCountry(const QString &country)
{
    const QString code = country.trimmed().toUpper();
    if (code.isEmpty())
        return code;
    if (code.size() != 2 || QLocale::codeToTerritory(code) == QLocale::AnyTerritory)
        throw ValidationError(
            QStringLiteral("clinic.country"),
            tr("expected a two-letter country code such as FR, BE or CH, got \"%1\"").arg(country));
    return code;
}

void ClinicProfileService::setCountry(const ActingUser &user, const QString &country)
{
    Permissions::require(user, Action::ClinicWrite);
    const QString code = checkedCountry(country);
    store::WriteTransaction tx(m_db);
    store::SettingsRepository(m_db).setValue(kCountry, code);
    audit(m_db, user, QStringLiteral("clinic.profile"), 0, QStringLiteral("clinic"),
          QStringLiteral("country %1").arg(code.isEmpty() ? QStringLiteral("not set") : code));
    tx.commit();
}

void ClinicProfileService::setProfile(const ActingUser &user, const ClinicProfile &p)
{
    Permissions::require(user, Action::ClinicWrite);
    if (p.name.trimmed().isEmpty())
        throw ValidationError(QStringLiteral("clinic.name"), tr("expected the clinic's name"));
    if (!p.logo.isEmpty() && !isImage(p.logo))
        throw ValidationError(QStringLiteral("clinic.logo"), tr("expected a PNG or JPEG image"));
    if (p.logo.size() > kMaxLogoBytes)
        throw ValidationError(QStringLiteral("clinic.logo"),
                              tr("expected an image of at most 512 KiB"));
    const QString country = checkedCountry(p.country);
    store::WriteTransaction tx(m_db);
    store::SettingsRepository settings(m_db);
    settings.setValue(kName, p.name.trimmed());
    settings.setValue(kAddress, p.address.trimmed());
    settings.setValue(kPhone, p.phone.trimmed());
    settings.setValue(kEmail, p.email.trimmed());
    settings.setValue(kLogo, QString::fromLatin1(p.logo.toBase64()));
    settings.setValue(kCountry, country);
    audit(
        m_db, user, QStringLiteral("clinic.profile"), 0, QStringLiteral("clinic"),
        QStringLiteral("country %1").arg(country.isEmpty() ? QStringLiteral("not set") : country));
    tx.commit();
}

ClinicPolicies ClinicProfileService::policies(const ActingUser &user) const
{
    Permissions::require(user, Action::ClinicRead);
    const store::SettingsRepository settings(m_db);
    ClinicPolicies p; // the defaults where a setting is missing or unreadable
    bool ok = false;
    if (const int v = settings.value(kIdleLock).toInt(&ok); ok && v > 0)
        p.idleLockMinutes = v;
    if (const int v = settings.value(kRetention).toInt(&ok); ok && v >= 0)
        p.retentionYears = v;
    if (const int v = settings.value(kGenerations).toInt(&ok); ok && v > 0)
        p.backupGenerations = v;
    if (const int v = settings.value(kExpiryWarning).toInt(&ok); ok && v >= 0)
        p.expiryWarningDays = v;
    return p;
}

void ClinicProfileService::setPolicies(const ActingUser &user, const ClinicPolicies &p)
{
    Permissions::require(user, Action::ClinicWrite);
    if (p.idleLockMinutes < 1 || p.idleLockMinutes > 60)
        throw ValidationError(kIdleLock, tr("expected 1 to 60 minutes"));
    if (p.retentionYears < 0 || p.retentionYears > 100)
        throw ValidationError(kRetention, tr("expected 0 to 100 years"));
    if (p.backupGenerations < 1 || p.backupGenerations > 365)
        throw ValidationError(kGenerations, tr("expected 1 to 365 backups"));
    if (p.expiryWarningDays < 0 || p.expiryWarningDays > 365)
        throw ValidationError(kExpiryWarning, tr("expected 0 to 365 days"));
    store::WriteTransaction tx(m_db);
    store::SettingsRepository settings(m_db);
    settings.setValue(kIdleLock, QString::number(p.idleLockMinutes));
    settings.setValue(kRetention, QString::number(p.retentionYears));
    settings.setValue(kGenerations, QString::number(p.backupGenerations));
    settings.setValue(kExpiryWarning, QString::number(p.expiryWarningDays));
    audit(m_db, user, QStringLiteral("clinic.policies"), 0, QStringLiteral("clinic"),
          QStringLiteral("idle lock %1 min, retention %2 years, %3 backups, expiry warning %4 days")
              .arg(p.idleLockMinutes)
              .arg(p.retentionYears)
              .arg(p.backupGenerations)
              .arg(p.expiryWarningDays));
    tx.commit();
}

QStringList ClinicProfileService::setupSteps()
{
    return {QStringLiteral("clinic"), QStringLiteral("staff"), QStringLiteral("hours"),
            QStringLiteral("patients")};
}

QStringList ClinicProfileService::setupDone(const ActingUser &user) const
{
    Permissions::require(user, Action::ClinicRead);
    const QStringList done = store::SettingsRepository(m_db)
                                 .value(kSetupDone)
                                 .split(QLatin1Char(','), Qt::SkipEmptyParts);
    QStringList ordered;
    for (const QString &step : setupSteps())
        if (done.contains(step))
            ordered << step;
    return ordered;
}

void ClinicProfileService::markSetupDone(const ActingUser &user, const QString &step)
{
    Permissions::require(user, Action::ClinicWrite);
    if (!setupSteps().contains(step))
        throw ValidationError(
            QStringLiteral("setup.step"),
            tr("expected one of %1").arg(setupSteps().join(QStringLiteral(", "))));
    store::WriteTransaction tx(m_db);
    store::SettingsRepository settings(m_db);
    QStringList done = settings.value(kSetupDone).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (!done.contains(step)) {
        done << step;
        settings.setValue(kSetupDone, done.join(QLatin1Char(',')));
        audit(m_db, user, QStringLiteral("clinic.setup"), 0, QStringLiteral("clinic"),
              QStringLiteral("step %1 done").arg(step));
    }
    tx.commit();
}

MailSettings ClinicProfileService::mailSettings(const ActingUser &user) const
{
    Permissions::require(user, Action::ClinicRead);
    const store::SettingsRepository settings(m_db);
    MailSettings m;
    m.host = settings.value(kMailHost);
    bool ok = false;
    if (const int port = settings.value(kMailPort).toInt(&ok); ok && port > 0)
        m.port = port;
    if (const QString security = settings.value(kMailSecurity); !security.isEmpty())
        m.security = security;
    m.user = settings.value(kMailUser);
    m.from = settings.value(kMailFrom);
    m.caFile = settings.value(kMailCaFile);
    return m;
}

void ClinicProfileService::setMailSettings(const ActingUser &user, const MailSettings &m)
{
    Permissions::require(user, Action::ClinicWrite);
    const QString host = m.host.trimmed();
    if (!host.isEmpty()) { // empty: no e-mails sent
        static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9.:\\[\\]-]+$"));
        if (!name.match(host).hasMatch())
            throw ValidationError(kMailHost, tr("expected a server name such as smtp.example.org"));
        if (m.port < 1 || m.port > 65535)
            throw ValidationError(kMailPort, tr("expected a port from 1 to 65535"));
        if (!QStringList{QStringLiteral("starttls"), QStringLiteral("tls"), QStringLiteral("none")}
                 .contains(m.security))
            throw ValidationError(kMailSecurity, tr("expected starttls, tls or none"));
        // Reminders name a patient and their appointment: they cross the network encrypted.
        // This computer only: its name, or a loopback address (127.x.y.z, ::1), never a name
        // that merely starts like one.
        static const QRegularExpression loopback(
            QStringLiteral("^(localhost|127(\\.[0-9]{1,3}){3}|::1|\\[::1\\])$"));
        const bool local = loopback.match(host).hasMatch();
        if (m.security == QLatin1String("none") && !local)
            throw ValidationError(kMailSecurity,
                                  tr("expected starttls or tls: without encryption, only a mail "
                                     "server on this computer (localhost) is accepted"));
        static const QRegularExpression email(
            QStringLiteral("^[^@\\s<>]+@[^@\\s<>]+\\.[^@\\s<>]+$"));
        if (!email.match(m.from.trimmed()).hasMatch())
            throw ValidationError(kMailFrom, tr("expected the sender's address, such as "
                                                "contact@clinic.example"));
        if (!m.caFile.isEmpty() && !QFileInfo(m.caFile).isReadable())
            throw ValidationError(
                kMailCaFile,
                tr("expected a readable certificate file (PEM), not found: %1").arg(m.caFile));
    }
    store::WriteTransaction tx(m_db);
    store::SettingsRepository settings(m_db);
    settings.setValue(kMailHost, host);
    settings.setValue(kMailPort, QString::number(m.port));
    settings.setValue(kMailSecurity, m.security);
    settings.setValue(kMailUser, m.user.trimmed());
    settings.setValue(kMailFrom, m.from.trimmed());
    settings.setValue(kMailCaFile, m.caFile);
    audit(m_db, user, QStringLiteral("clinic.mail"), 0, QStringLiteral("clinic"),
          host.isEmpty()
              ? QStringLiteral("not set")
              : QStringLiteral("server %1, port %2, %3").arg(host).arg(m.port).arg(m.security));
    tx.commit();
}

} // namespace meso::clinic

#include "clinicprofile.h"

#include "validationerror.h"

#include "store/settingsrepository.h"
#include "store/transaction.h"

namespace meso::clinic {

namespace {

const QString kName = QStringLiteral("clinic.name");
const QString kAddress = QStringLiteral("clinic.address");
const QString kPhone = QStringLiteral("clinic.phone");
const QString kEmail = QStringLiteral("clinic.email");
const QString kLogo = QStringLiteral("clinic.logo"); // base64

bool isImage(const QByteArray &data)
{
    return data.startsWith("\x89PNG\r\n\x1a\n") || data.startsWith("\xff\xd8\xff");
}

} // namespace

ClinicProfile ClinicProfileService::profile(const ActingUser &) const
{
    const store::SettingsRepository settings(m_db);
    return {settings.value(kName), settings.value(kAddress), settings.value(kPhone), settings.value(kEmail),
            QByteArray::fromBase64(settings.value(kLogo).toLatin1())};
}

void ClinicProfileService::setProfile(const ActingUser &user, const ClinicProfile &p)
{
    // Until the users-and-roles work narrows it to admins, every clinical role may set it.
    if (user.role == QLatin1String("front_desk"))
        throw PermissionError(tr("Front-desk staff cannot change the clinic's settings."));
    if (p.name.trimmed().isEmpty())
        throw ValidationError(QStringLiteral("clinic.name"), tr("expected the clinic's name"));
    if (!p.logo.isEmpty() && !isImage(p.logo))
        throw ValidationError(QStringLiteral("clinic.logo"), tr("expected a PNG or JPEG image"));
    if (p.logo.size() > kMaxLogoBytes)
        throw ValidationError(QStringLiteral("clinic.logo"), tr("expected an image of at most 512 KiB"));
    store::WriteTransaction tx(m_db);
    store::SettingsRepository settings(m_db);
    settings.setValue(kName, p.name.trimmed());
    settings.setValue(kAddress, p.address.trimmed());
    settings.setValue(kPhone, p.phone.trimmed());
    settings.setValue(kEmail, p.email.trimmed());
    settings.setValue(kLogo, QString::fromLatin1(p.logo.toBase64()));
    tx.commit();
}

} // namespace meso::clinic

#pragma once

#include <QString>

#include <optional>

namespace meso::clinic {

// The SMTP password of a workstation, in the system keyring (the desktop's Secret Service:
// GNOME Keyring, KWallet) through libsecret: never in the database nor in a settings file. A
// workstation without a keyring (no desktop session) asks for the password each time. Each
// function tells what went wrong in `error` when the keyring could not be used.
class Keyring
{
public:
    // The password kept for the user at the mail server; nullopt when none is kept (or no
    // keyring answers).
    static std::optional<QString> smtpPassword(const QString &host, const QString &user,
                                               QString *error = nullptr);
    static bool storeSmtpPassword(const QString &host, const QString &user, const QString &password,
                                  QString *error = nullptr);
    static bool forgetSmtpPassword(const QString &host, const QString &user,
                                   QString *error = nullptr);
};

} // namespace meso::clinic

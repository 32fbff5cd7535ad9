#include "keyring.h"

#include <QCoreApplication>

#include <libsecret/secret.h>

namespace meso::clinic {

namespace {

// What the keyring files the password under: the mail server and the user at it.
const SecretSchema *schema()
{
    static const SecretSchema s = {"org.mesoplan.SmtpPassword",
                                   SECRET_SCHEMA_NONE,
                                   {{"host", SECRET_SCHEMA_ATTRIBUTE_STRING},
                                    {"user", SECRET_SCHEMA_ATTRIBUTE_STRING},
                                    {nullptr, SECRET_SCHEMA_ATTRIBUTE_STRING}},
                                   0,
                                   nullptr,
                                   nullptr,
                                   nullptr,
                                   nullptr,
                                   nullptr,
                                   nullptr,
                                   nullptr};
    return &s;
}

// Takes a GError's message into `error` and frees it.
bool failed(GError *e, QString *error)
{
    if (!e)
        return false;
    if (error)
        *error = QString::fromUtf8(e->message);
    g_error_free(e);
    return true;
}

} // namespace

std::optional<QString> Keyring::smtpPassword(const QString &host, const QString &user,
                                             QString *error)
{
    GError *e = nullptr;
    gchar *password =
        secret_password_lookup_sync(schema(), nullptr, &e, "host", host.toUtf8().constData(),
                                    "user", user.toUtf8().constData(), nullptr);
    if (failed(e, error) || !password)
        return std::nullopt;
    const QString out = QString::fromUtf8(password);
    secret_password_free(password);
    return out;
}

bool Keyring::storeSmtpPassword(const QString &host, const QString &user, const QString &password,
                                QString *error)
{
    GError *e = nullptr;
    // Shown in the desktop's password manager.
    const QByteArray label =
        QCoreApplication::translate("meso::clinic::Keyring", "MesoPlan: mail server %1 (%2)")
            .arg(host, user)
            .toUtf8();
    const gboolean stored = secret_password_store_sync(
        schema(), SECRET_COLLECTION_DEFAULT, label.constData(), password.toUtf8().constData(),
        nullptr, &e, "host", host.toUtf8().constData(), "user", user.toUtf8().constData(), nullptr);
    return !failed(e, error) && stored;
}

bool Keyring::forgetSmtpPassword(const QString &host, const QString &user, QString *error)
{
    GError *e = nullptr;
    secret_password_clear_sync(schema(), nullptr, &e, "host", host.toUtf8().constData(), "user",
                               user.toUtf8().constData(), nullptr);
    return !failed(e, error);
}

} // namespace meso::clinic

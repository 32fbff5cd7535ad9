// The SMTP password in the system keyring (libsecret), against a real Secret Service: GNOME
// Keyring on a private D-Bus session (tests/support/with-keyring.sh runs this hidden test).

#include "clinic/keyring.h"

#include <catch2/catch.hpp>

using meso::clinic::Keyring;

TEST_CASE("The mail server's password is kept in the keyring per server and user, and forgotten",
          "[.keyring]")
{
    const QString host = QStringLiteral("smtp.example.org"), user = QStringLiteral("clinic");
    QString error;
    CHECK_FALSE(Keyring::smtpPassword(host, user, &error));
    INFO(error.toStdString());
    REQUIRE(Keyring::storeSmtpPassword(host, user, QStringLiteral("s3cret é"), &error));
    CHECK(Keyring::smtpPassword(host, user) == QStringLiteral("s3cret é"));
    CHECK_FALSE(Keyring::smtpPassword(host, QStringLiteral("other")));
    CHECK_FALSE(Keyring::smtpPassword(QStringLiteral("smtp.example.com"), user));
    // Stored again: replaced, not added.
    REQUIRE(Keyring::storeSmtpPassword(host, user, QStringLiteral("n3w")));
    CHECK(Keyring::smtpPassword(host, user) == QStringLiteral("n3w"));
    REQUIRE(Keyring::forgetSmtpPassword(host, user, &error));
    CHECK_FALSE(Keyring::smtpPassword(host, user));
}

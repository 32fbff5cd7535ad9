#pragma once

#include <QDateTime>
#include <QString>

namespace meso::records {

struct UserRecord
{
    qint64 id = 0;
    QString username, displayName;
    QString role;         // practitioner, front_desk, admin
    QString passwordHash; // libsodium crypto_pwhash_str text; empty: cannot sign in
    bool builtIn = false, active = true;
    int failedAttempts = 0;
    QDateTime lastFailedAt, lastSignInAt; // invalid when never
};

} // namespace meso::records

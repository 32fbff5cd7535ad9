#pragma once

#include <QString>

namespace meso::store {
class Database;
}

namespace meso::clinic {

// Who performs a service call. Every service takes one, so that permission checks and the audit
// trail slot in without changing callers. The GUI and the CLI get one by signing in
// (UserService); MesoPlan itself acts as the built-in "system" account (an administrator nobody
// can sign in as) to import the bundled catalog and demo data. The built-in "local"
// practitioner, also without a password, is what tests and tools act as.
struct ActingUser
{
    qint64 id = 0;
    QString username;
    QString role;        // practitioner, front_desk, admin
    QString displayName; // for titles and the lock screen; the user name when not known

    static ActingUser builtInLocal(const store::Database &db);
    static ActingUser system(const store::Database &db);
};

} // namespace meso::clinic

#pragma once

#include <QString>

namespace meso::store {
class Database;
}

namespace meso::clinic {

// Who performs a service call. Every service takes one, so that permission checks and the audit
// trail slot in without changing callers. Until sign-in exists, the built-in local user acts.
struct ActingUser
{
    qint64 id = 0;
    QString username;
    QString role; // practitioner, front_desk, admin

    static ActingUser builtInLocal(const store::Database &db);
};

} // namespace meso::clinic

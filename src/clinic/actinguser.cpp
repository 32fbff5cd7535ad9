#include "actinguser.h"

#include "records/storeerror.h"
#include "store/userrepository.h"

#include <QCoreApplication>

namespace meso::clinic {

namespace {

ActingUser builtIn(const store::Database &db, const QString &username)
{
    const auto user = store::UserRepository(db).findBuiltIn(username);
    if (!user)
        throw records::StoreError(QCoreApplication::translate(
                                      "Store", "The built-in %1 user is missing from the database.")
                                      .arg(username));
    return ActingUser{user->id, user->username, user->role, user->displayName};
}

} // namespace

ActingUser ActingUser::builtInLocal(const store::Database &db)
{
    return builtIn(db, QStringLiteral("local"));
}

ActingUser ActingUser::system(const store::Database &db)
{
    return builtIn(db, QStringLiteral("system"));
}

} // namespace meso::clinic

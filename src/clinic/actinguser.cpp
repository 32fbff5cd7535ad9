#include "actinguser.h"

#include "records/storeerror.h"
#include "store/database.h"
#include "store/statement.h"

namespace meso::clinic {

namespace {

ActingUser builtIn(const store::Database &db, const QString &username)
{
    store::Statement s(db.connection(),
                       QStringLiteral("SELECT id, username, role, display_name FROM users "
                                      "WHERE built_in = 1 AND username = ?"));
    s.bind(username).exec();
    if (!s.next())
        throw records::StoreError(
            QStringLiteral("The built-in %1 user is missing from the database.").arg(username));
    return ActingUser{s.integer(0), s.text(1), s.text(2), s.text(3)};
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

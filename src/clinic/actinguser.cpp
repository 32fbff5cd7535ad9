#include "actinguser.h"

#include "store/database.h"
#include "store/statement.h"
#include "store/storeerror.h"

namespace meso::clinic {

ActingUser ActingUser::builtInLocal(const store::Database &db)
{
    store::Statement s(db.connection(),
                       QStringLiteral("SELECT id, username, role FROM users WHERE built_in = 1 "
                                      "AND username = 'local'"));
    s.exec();
    if (!s.next())
        throw store::StoreError(QStringLiteral("The built-in local user is missing from the database."));
    return ActingUser{s.integer(0), s.text(1), s.text(2)};
}

} // namespace meso::clinic

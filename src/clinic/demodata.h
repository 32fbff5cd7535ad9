#pragma once

namespace meso::store {
class Database;
}

namespace meso::clinic {

struct ActingUser;

// Seeds the demo patients (data/demo) when the database holds none, in one transaction.
void loadDemoDataIfEmpty(const store::Database &db, const ActingUser &user);

} // namespace meso::clinic

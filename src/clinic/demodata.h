#pragma once

namespace meso::store {
class Database;
}

namespace meso::clinic {

struct ActingUser;

// Seeds the demo patients and the demo clinic's practitioners and rooms (data/demo) when the
// database holds no patient, in one transaction.
void loadDemoDataIfEmpty(const store::Database &db, const ActingUser &user);

} // namespace meso::clinic

#pragma once

#include <QByteArray>
#include <QString>

#include <functional>
#include <vector>

#include "records/copyrecords.h"

namespace meso::store {

using records::CopyProgress;
using records::TableCheck;

class Database;

// Copies every row of every table of `source` into `target`, which must hold a new, empty clinic
// database of the same schema version (only the rows its schema steps seed), inside one write
// transaction of the target: the seed rows are replaced, the rows copied with their ids, the
// id generators moved past them, then every table compared (rows and checksums). When every
// table matches, `beforeCommit` runs in the same transaction (the caller's audit row) and the
// copy commits, and each table is analysed for the planner (SqlDialect::analyzeAfterLoad);
// otherwise it rolls back and the target stays as it was. Returns the comparison.
// Throws StoreError when the schemas differ or the target already holds a clinic.
std::vector<TableCheck> copyDatabase(const Database &source, const Database &target,
                                     const std::function<void(const CopyProgress &)> &progress,
                                     const std::function<void()> &beforeCommit);

// The table's row count and checksum (see TableCheck), read in one snapshot by the caller.
std::pair<qint64, QByteArray> tableChecksum(const Database &db, const QString &table);

// Whether a freshly migrated database holds anything beyond what its schema steps seed: a
// catalog, patients, users or audit rows.
bool holdsClinicData(const Database &db);

} // namespace meso::store

#pragma once

#include <QByteArray>
#include <QString>

namespace meso::records {

// One table compared after a copy: rows and a checksum of their content on each side. The
// checksum is SHA-256 over the sorted SHA-256 of each row's values in a canonical text form, so
// it does not depend on the engines' row order, collation or number formatting.
struct TableCheck
{
    QString table;
    qint64 sourceRows = 0, targetRows = 0;
    QByteArray sourceChecksum, targetChecksum; // hex
    bool matches() const { return sourceRows == targetRows && sourceChecksum == targetChecksum; }
};

struct CopyProgress
{
    QString table;
    qint64 tableRows = 0, tableDone = 0; // of this table
    qint64 allRows = 0, allDone = 0;     // of the whole copy
};

} // namespace meso::records

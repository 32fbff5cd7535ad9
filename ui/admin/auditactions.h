#pragma once

#include <QString>
#include <QStringList>

namespace meso::ui {

// The audit trail's action codes ("plan.approve"), as an administrator reads them in the Audit
// page ("Plan approved", "Plan validé"). The codes themselves are stored in the hash-chained rows
// and kept as they are in the CSV export and the CLI; only the page translates them.

// The label of `code` in the current language; the code itself when the table does not know it
// (a row written by a newer MesoPlan).
QString auditActionLabel(const QString &code);

// Every code the table knows, for the tests that hold it against the services' audit calls.
QStringList auditActionCodes();

} // namespace meso::ui

#pragma once

#include <QString>
#include <QtGlobal>

namespace meso::clinic {

// Warnings and errors (qWarning, qCritical, qFatal: Qt's own and MesoPlan's) also go to a log
// file for support, under QStandardPaths' AppLocalDataLocation ("logs/mesoplan.log"): one line
// each, time (UTC), level, category and message, with every quoted text ("…", «…», '…') left out,
// since a quoted value may be a patient's. The file rotates at `maxBytes`, keeping `keep` older
// files (mesoplan.log.1 the newest). Messages still reach the previous handler (stderr).
// Returns the file's path. Installing again changes the limits.
QString installLogFile(qint64 maxBytes = 1024 * 1024, int keep = 3);

// The log file's path (named in the About box); empty before installLogFile.
QString logFilePath();

// `message` with the contents of its quoted texts replaced by "…".
QString withoutQuotedText(const QString &message);

} // namespace meso::clinic

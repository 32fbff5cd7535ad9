#pragma once
// The command line of a benchmark on a generated clinic (booking, security, sessions, reports):
// --patients N, --years N, --lot-weeks N (the generator's options), --db FILE|URI and the
// benchmark's own counts (--runs N, --rounds N), each a whole number of at least 1.

#include "clinic/demogenerator.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <map>

namespace meso::bench {

struct ClinicArgs
{
    clinic::GenerateOptions clinic; // with the benchmark's defaults set before reading
    QString db;
    std::map<QString, int> counts; // the benchmark's own options, with their defaults: {"runs", 60}

    // Reads QCoreApplication::arguments(); false on an unknown option or a count below 1.
    bool read()
    {
        const QStringList args = QCoreApplication::arguments();
        for (int i = 1; i < args.size(); i += 2) {
            if (i + 1 >= args.size() || !args[i].startsWith(QLatin1String("--")))
                return false;
            const QString name = args[i].mid(2), value = args[i + 1];
            if (name == QLatin1String("db")) {
                db = value;
                continue;
            }
            bool ok = false;
            const int n = value.toInt(&ok);
            if (!ok || n < 1)
                return false;
            if (name == QLatin1String("patients"))
                clinic.patients = n;
            else if (name == QLatin1String("years"))
                clinic.years = n;
            else if (name == QLatin1String("lot-weeks"))
                clinic.lotWeeks = n;
            else if (counts.count(name) == 1)
                counts[name] = n;
            else
                return false;
        }
        return true;
    }
};

} // namespace meso::bench

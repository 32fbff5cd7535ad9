// Patient search on a generated clinic of 100,000 patients (a real SQLite file, filled by the
// generator of `mesoplan-cli demo generate` when empty): the time from a search text to the first
// page of the list and the "found" count, as the Patients page does on every keystroke. Prints the
// markdown section of docs/performance.md (bench/run.sh).
// usage: mesoplan-patient-bench [--patients N] [--db PATH]

#include "clinic/clinicdatabase.h"
#include "clinic/demogenerator.h"
#include "clinic/services.h"
#include "store/database.h"
#include "store/patientrepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <iostream>

using namespace meso;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int patients = 100000;
    QString path;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--patients"))
            patients = std::max(1, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--db"))
            path = args[i + 1];
    }
    QTemporaryDir tmp;
    if (path.isEmpty())
        path = tmp.filePath(QStringLiteral("clinic.sqlite"));
    try {
        auto clinicDb = clinic::openClinicDatabase(path);
        const store::Database &db = clinicDb->store();
        store::PatientRepository repo(db);
        QElapsedTimer fill;
        fill.start();
        if (repo.count() == 0) {
            clinic::Services services(*clinicDb);
            clinic::GenerateOptions options;
            options.patients = patients;
            options.years = 3;
            options.seed = 20261123;
            options.until = QDate(2026, 12, 1);
            clinic::DemoGenerator(services).generate(clinic::ActingUser::system(*clinicDb),
                                                     options);
        }
        patients = static_cast<int>(repo.count());
        const double fillSeconds = static_cast<double>(fill.elapsed()) / 1000.0;

        // What a receptionist types, keystroke by keystroke.
        const QStringList typed = {QStringLiteral("helene"),        QStringLiteral("dubois h"),
                                   QStringLiteral("muller jurgen"), QStringLiteral("1979"),
                                   QStringLiteral("12/03/19"),      QStringLiteral("6 12 3"),
                                   QStringLiteral("obrien"),        QStringLiteral("zzz")};
        std::vector<double> times;
        std::cout
            << "## Patient search (issue 4)\n\n"
            << "The Patients page on a generated clinic (`mesoplan-patient-bench`, same machine as "
               "above; the clinic of `mesoplan-cli demo generate --patients N --years 3 --seed "
               "20261123 --until 2026-12-01`): "
            << "each text typed one key at a time, and for every keystroke the time the page takes "
               "to "
            << "read the first 200 rows of the list (lazy model: further rows are read as the view "
            << "scrolls) and the \"found\" count (counted up to 1,000). A real SQLite file, WAL, "
            << "`synchronous=FULL`, as the app opens it.\n\n";
        std::cout << "| Search text (typed one key at a time) | Found (up to 1,000) | Slowest "
                     "keystroke (ms) |\n|---|---:|---:|\n";
        for (const QString &text : typed) {
            double slowest = 0;
            qint64 found = 0;
            for (int n = 1; n <= text.size(); ++n) {
                const QString prefix = text.left(n);
                QElapsedTimer t;
                t.start();
                const auto page = repo.search(prefix, 200);
                found = repo.countMatching(prefix, false, 1000);
                const double ms = static_cast<double>(t.nsecsElapsed()) / 1e6;
                times.push_back(ms);
                slowest = std::max(slowest, ms);
                if (page.size() > 200)
                    return 1;
            }
            std::cout << "| `" << text.toStdString() << "` | " << found << " | "
                      << QString::number(slowest, 'f', 1).toStdString() << " |\n";
        }
        std::sort(times.begin(), times.end());
        const double median = times[times.size() / 2];
        const double p95 = times[times.size() * 95 / 100];
        std::cout << "\nAll " << times.size() << " keystrokes: median "
                  << QString::number(median, 'f', 1).toStdString() << " ms, 95th percentile "
                  << QString::number(p95, 'f', 1).toStdString() << " ms, slowest "
                  << QString::number(times.back(), 'f', 1).toStdString()
                  << " ms (first page of 200 rows plus the count). "
                  << "Database: " << patients << " patients, "
                  << QString::number(static_cast<double>(QFileInfo(path).size()) / 1e6, 'f', 0)
                         .toStdString()
                  << " MB, filled in " << QString::number(fillSeconds, 'f', 0).toStdString()
                  << " s.\n";
        return 0;
    } catch (const std::exception &e) {
        std::cerr << "mesoplan-patient-bench: " << e.what() << '\n';
        return 1;
    }
}

// Importing the patients of a clinic's previous software (issue 19's 100,000 rows under 30 s): a
// CSV file as a French spreadsheet writes it (';', DD/MM/YYYY, accented and hyphenated names,
// phones, e-mails), imported into a new SQLite file through the real service
// (PatientImportService: decoding, every line checked, duplicates looked up, then one transaction
// with the patients, their search terms and one audit row each). The dry run (everything but the
// writing) is timed apart, three times; the import once, on a new file each time it runs.
// Prints the markdown section of docs/performance.md.
// usage: mesoplan-import-bench [--lines N] --db FILE

#include "clinic/clinicdatabase.h"
#include "clinic/services.h"
#include "records/serveraddress.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <iostream>
#include <random>

using namespace meso;

namespace {

const char *const kFamily[] = {"Martin",   "Bernard",    "Dubois",       "Lefèvre",  "Müller",
                               "O'Brien",  "Cœurdacier", "Lætitia-Roux", "Le Goff",  "Nguyen",
                               "García",   "Łukasik",    "Øster",        "Da Silva", "Fontaine",
                               "Rousseau", "Saint-Just", "Lemaître",     "Benali",   "Chevalier"};
const char *const kGiven[] = {"Hélène", "Léa",     "Chloé",   "Inès",          "Zoé",
                              "Noël",   "Jürgen",  "Anaïs",   "Jean-Baptiste", "Maëlle",
                              "Élodie", "Camille", "Siobhán", "Théo",          "Marie-Claire"};

double seconds(const QElapsedTimer &t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e9;
}

std::string fmt(double v, int decimals = 1)
{
    return QString::number(v, 'f', decimals).toStdString();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int lines = 100000;
    QString path;
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--lines"))
            lines = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--db"))
            path = args[i + 1];
    }
    if (path.isEmpty() || lines < 1 || records::isServerAddress(path)) {
        std::cerr << "usage: mesoplan-import-bench [--lines N] --db FILE\n";
        return 2;
    }
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);

    // The file, the same for the same --lines.
    std::mt19937 rng(19);
    QString text =
        QStringLiteral("Nom;Prénom;Date de naissance;Sexe;Téléphone;Email;N° dossier\r\n");
    for (int i = 0; i < lines; ++i) {
        const QDate birth = QDate(1940, 1, 1).addDays(static_cast<qint64>(rng() % 24000));
        text += QStringLiteral("%1;%2;%3;%4;06 %5 %6 %7 %8;patient%9@example.org;A-%10\r\n")
                    .arg(QString::fromUtf8(kFamily[rng() % std::size(kFamily)]),
                         QString::fromUtf8(kGiven[rng() % std::size(kGiven)]),
                         birth.toString(QStringLiteral("dd/MM/yyyy")),
                         rng() % 6 == 0 ? QStringLiteral("M") : QStringLiteral("F"))
                    .arg(rng() % 90 + 10)
                    .arg(rng() % 90 + 10)
                    .arg(rng() % 90 + 10)
                    .arg(rng() % 90 + 10)
                    .arg(i)
                    .arg(i);
    }
    const QByteArray csv = text.toUtf8();

    try {
        auto db = clinic::openClinicDatabase(path);
        clinic::Services s(*db);
        const auto admin = s.users.createFirstAdmin(QStringLiteral("ada"), QStringLiteral("Ada"),
                                                    QStringLiteral("bench-password"));
        clinic::PatientImportOptions dryRun;
        dryRun.dryRun = true;
        std::vector<double> checks;
        clinic::PatientImportReport report;
        for (int round = 0; round < 3; ++round) {
            QElapsedTimer t;
            t.start();
            report = s.patientImport.import(admin, csv, dryRun);
            checks.push_back(seconds(t));
        }
        std::sort(checks.begin(), checks.end());
        QElapsedTimer t;
        t.start();
        const auto imported = s.patientImport.import(admin, csv, {});
        const double importSeconds = seconds(t);
        if (!imported.written || !imported.problems.empty() ||
            imported.patientIds.size() + imported.duplicates.size() != static_cast<size_t>(lines)) {
            std::cerr << "the import did not take every line\n";
            return 1;
        }
        const double megabytes = static_cast<double>(csv.size()) / (1024.0 * 1024.0);
        std::cout
            << "## Importing patients (issue 19)\n\n"
            << "`mesoplan-import-bench`: a CSV file of " << lines << " patients (" << fmt(megabytes)
            << " MB, UTF-8, `;`, dates as DD/MM/YYYY, accented and hyphenated names, phones, "
               "e-mails and a file number the import leaves out) imported into a new SQLite file "
               "through `PatientImportService`, as `mesoplan-cli patient import` and the Import "
               "dialog do. The dry run reads, decodes and checks every line and looks each "
               "patient up for a duplicate, writing nothing; the import does the same, then writes "
               "every patient with its search terms and its `patient.import` audit row in one "
               "transaction.\n\n"
            << "| " << lines << " lines | Seconds | Lines per second | Requirement |\n"
            << "|---|---:|---:|---|\n"
            << "| dry run (fastest of 3) | " << fmt(checks.front()) << " | "
            << fmt(lines / checks.front(), 0) << " | |\n"
            << "| import | " << fmt(importSeconds) << " | " << fmt(lines / importSeconds, 0)
            << " | 30 s for 100,000 rows: "
            << (importSeconds * 100000.0 / lines < 30 ? "met" : "**not met**") << " |\n\n"
            << imported.patientIds.size() << " patients imported, " << imported.duplicates.size()
            << " lines reported as duplicates of an earlier line (the same names and birth date: "
               "the generator draws them at random) and left out.\n";
    } catch (const std::exception &e) {
        std::cerr << "mesoplan-import-bench: " << e.what() << '\n';
        return 1;
    }
    return 0;
}

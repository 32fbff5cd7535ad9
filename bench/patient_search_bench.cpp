// Patient search on a generated clinic of 100,000 patients (a real SQLite file): the time from
// a search text to the first page of the list and the "found" count, as the Patients page does
// on every keystroke. Prints the markdown section of docs/performance.md (bench/run.sh).
// usage: mesoplan-patient-bench [--patients N] [--db PATH]

#include "store/database.h"
#include "store/patientrepository.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <iostream>
#include <random>

using namespace meso;

namespace {

const char *const kFamily[] = {"Martin",
                               "Bernard",
                               "Dubois",
                               "Thomas",
                               "Robert",
                               "Richard",
                               "Petit",
                               "Durand",
                               "Leroy",
                               "Moreau",
                               "Simon",
                               "Laurent",
                               "Lefèvre",
                               "Michel",
                               "García",
                               "Müller",
                               "Rossi",
                               "Nguyen",
                               "O'Brien",
                               "Kowalski",
                               "Fournier",
                               "Girard",
                               "Bonnet",
                               "Dupont",
                               "Lambert",
                               "Fontaine",
                               "Rousseau",
                               "Vincent",
                               "Müller-Lüdenscheidt",
                               "Benali"};
const char *const kGiven[] = {
    "Hélène", "Léa",    "Camille",  "Chloé", "Inès",   "Manon",  "Emma",    "Louise", "Zoé",
    "Noël",   "Jürgen", "Siobhán",  "Anh",   "Chiara", "Zofia",  "Yasmine", "Lucas",  "Hugo",
    "Théo",   "Jérôme", "François", "Anaïs", "Maëlle", "Élodie", "Céline"};

template <size_t N> QString pick(const char *const (&list)[N], std::mt19937 &rng)
{
    return QString::fromUtf8(list[rng() % N]);
}

} // namespace

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
        auto db = store::Database::open(path);
        store::PatientRepository repo(*db);
        QElapsedTimer fill;
        fill.start();
        if (repo.count() < patients) {
            std::mt19937 rng(20261123);
            store::WriteTransaction tx(*db);
            const QDateTime now = QDateTime::currentDateTimeUtc();
            for (qint64 i = repo.count(); i < patients; ++i) {
                records::PatientRecord p;
                p.familyName = pick(kFamily, rng);
                p.givenNames = pick(kGiven, rng);
                p.birthDate = QDate(1940, 1, 1).addDays(static_cast<qint64>(rng() % 25000));
                p.phone = QStringLiteral("+33 6 %1 %2 %3 %4")
                              .arg(rng() % 100, 2, 10, QLatin1Char('0'))
                              .arg(rng() % 100, 2, 10, QLatin1Char('0'))
                              .arg(rng() % 100, 2, 10, QLatin1Char('0'))
                              .arg(rng() % 100, 2, 10, QLatin1Char('0'));
                repo.insert(p, 1, now);
            }
            tx.commit();
        }
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
               "above): "
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

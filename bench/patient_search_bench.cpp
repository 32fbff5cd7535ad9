// Patient search on a generated clinic of 100,000 patients (a real SQLite file, filled by the
// generator of `mesoplan-cli demo generate` when empty), as the Patients page runs it: on every
// keystroke the first page of the list (each word's term probe, then the page's query); when the
// page is full, the "found" count once typing pauses. Each is timed through PatientRepository
// (Qt SQL) and, beside it in the same run, through the sqlite3 C API running the same SQL
// (PatientRepository::searchQuery / countQuery) on the same file. Prints the markdown section of
// docs/performance.md (bench/run.sh). On a clinic server (--db postgresql://...: bench/server.sh
// runs it on the patient clinic moved up) only the app's side is timed.
// usage: mesoplan-patient-bench [--patients N] [--db PATH|URI] [--rounds R]

#include "clinic/clinicdatabase.h"
#include "clinic/demogenerator.h"
#include "clinic/services.h"
#include "store/database.h"
#include "store/patientrepository.h"

#include "benchstats.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <iostream>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>

using namespace meso;
using bench::fixed;
using bench::Times;
using store::PatientRepository;

namespace {

constexpr int kPageSize = 200;        // PatientTableModel::PageSize
constexpr qint64 kCountAtMost = 1000; // PatientsPage

// The same queries through the sqlite3 C API, each statement prepared once and reset for its next
// run (as store::Statement keeps Qt's), every column of every row read as text into a string.
class RawSqlite
{
public:
    explicit RawSqlite(const QString &path)
    {
        if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READONLY, nullptr) !=
            SQLITE_OK)
            throw std::runtime_error("sqlite3_open_v2 failed");
    }
    ~RawSqlite()
    {
        for (const auto &[sql, s] : m_prepared)
            sqlite3_finalize(s);
        sqlite3_close(m_db);
    }
    RawSqlite(const RawSqlite &) = delete;
    RawSqlite &operator=(const RawSqlite &) = delete;

    // Runs the statement; returns the number of rows and the first column of the last one.
    std::pair<qint64, qint64> run(const QString &sql, const QVariantList &values)
    {
        const QByteArray text = sql.toUtf8();
        sqlite3_stmt *&s = m_prepared[text.toStdString()];
        if (!s && sqlite3_prepare_v2(m_db, text.constData(), static_cast<int>(text.size()), &s,
                                     nullptr) != SQLITE_OK)
            throw std::runtime_error(sqlite3_errmsg(m_db));
        for (int i = 0; i < values.size(); ++i) {
            const QVariant &v = values[i];
            if (v.typeId() == QMetaType::QString) {
                const QByteArray utf8 = v.toString().toUtf8();
                sqlite3_bind_text(s, i + 1, utf8.constData(), static_cast<int>(utf8.size()),
                                  SQLITE_TRANSIENT);
            } else {
                sqlite3_bind_int64(s, i + 1, v.toLongLong());
            }
        }
        qint64 rows = 0;
        qint64 first = 0;
        std::string cell;
        while (sqlite3_step(s) == SQLITE_ROW) {
            ++rows;
            first = sqlite3_column_int64(s, 0);
            for (int c = 0; c < sqlite3_column_count(s); ++c) {
                const auto *t = sqlite3_column_text(s, c);
                cell.assign(t ? reinterpret_cast<const char *>(t) : "");
            }
        }
        sqlite3_reset(s);
        return {rows, first};
    }
    PatientRepository::TermCounter termCounter()
    {
        return [this](const QString &from, const QString &to) {
            return run(PatientRepository::termCountSql(), {from, to, PatientRepository::kBroadWord})
                .second;
        };
    }

private:
    sqlite3 *m_db = nullptr;
    std::map<std::string, sqlite3_stmt *> m_prepared;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int patients = 100000;
    int rounds = 5;
    QString path;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--patients"))
            patients = std::max(1, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--db"))
            path = args[i + 1];
        else if (args[i] == QLatin1String("--rounds"))
            rounds = std::max(1, args[i + 1].toInt());
    }
    QTemporaryDir tmp;
    if (path.isEmpty())
        path = tmp.filePath(QStringLiteral("clinic.sqlite"));
    try {
        auto clinicDb = clinic::openClinicDatabase(path);
        const store::Database &db = clinicDb->store();
        PatientRepository repo(db);
        QElapsedTimer fill;
        fill.start();
        const bool generated = repo.count() == 0;
        if (generated) {
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
        std::optional<RawSqlite> raw;
        if (!db.isServer())
            raw.emplace(path);

        // What a receptionist types, keystroke by keystroke.
        const QStringList typed = {QStringLiteral("helene"),        QStringLiteral("dubois h"),
                                   QStringLiteral("muller jurgen"), QStringLiteral("1979"),
                                   QStringLiteral("12/03/19"),      QStringLiteral("6 12 3"),
                                   QStringLiteral("obrien"),        QStringLiteral("zzz")};
        std::cout
            << "## Patient search (issues 4 and 18)\n\n"
            << "The Patients page on a generated clinic (`mesoplan-patient-bench`; the clinic of "
               "`mesoplan-cli demo generate --patients N --years 3 --seed 20261123 --until "
               "2026-12-01`), a real SQLite file, WAL, `synchronous=FULL`, as the app opens it. "
               "Each text is typed one key at a time, "
            << rounds
            << " rounds. On every keystroke the page reads the first 200 rows of the list (each "
               "word's term probe, then the page's query; the lazy model reads further rows as the "
               "view scrolls); when fewer than 200 rows come back, that is the \"found\" count. "
               "When the page is full, the count (up to 1,000) is run once typing pauses for 300 "
               "ms. Each is timed through `PatientRepository` (Qt SQL, rows read into "
               "`PatientRecord`s) and through the sqlite3 C API running the same SQL on the same "
               "file in the same run (each statement prepared once and reset after each run, as "
               "`store::Statement` keeps Qt's; each column read as text).\n\n";
        std::cout << "| Search text | Found | Keystroke, slowest (ms) | C API, slowest (ms) | "
                     "Count at pause (ms) | C API (ms) |\n|---|---:|---:|---:|---:|---:|\n";
        Times keys, rawKeys, counts, rawCounts;
        for (const QString &text : typed) {
            double slowest = 0, rawSlowest = 0, count = 0, rawCount = 0;
            qint64 found = 0;
            for (int round = 0; round < rounds; ++round) {
                for (int n = 1; n <= text.size(); ++n) {
                    const QString prefix = text.left(n);
                    QElapsedTimer t;
                    t.start();
                    const auto page = repo.search(prefix, kPageSize);
                    keys.add(t);
                    slowest = std::max(slowest, keys.ms.back());
                    if (raw) {
                        t.start();
                        const auto q = PatientRepository::searchQuery(
                            prefix, kPageSize, false, std::nullopt, raw->termCounter());
                        const auto rawPage = raw->run(q.sql, q.values);
                        rawKeys.add(t);
                        rawSlowest = std::max(rawSlowest, rawKeys.ms.back());
                        if (rawPage.first != static_cast<qint64>(page.size()))
                            throw std::runtime_error("the two drivers found different pages");
                    }
                    found = static_cast<qint64>(page.size());
                    if (page.size() < static_cast<size_t>(kPageSize) || n < text.size())
                        continue;
                    // Typing paused after the whole text: the count.
                    t.start();
                    found = repo.countMatching(prefix, false, kCountAtMost);
                    counts.add(t);
                    count = std::max(count, counts.ms.back());
                    if (!raw)
                        continue;
                    t.start();
                    const auto cq = PatientRepository::countQuery(prefix, false, kCountAtMost,
                                                                  raw->termCounter());
                    if (raw->run(cq.sql, cq.values).second != found)
                        throw std::runtime_error("the two drivers counted differently");
                    rawCounts.add(t);
                    rawCount = std::max(rawCount, rawCounts.ms.back());
                }
            }
            std::cout << "| `" << text.toStdString() << "` | "
                      << (found >= kCountAtMost ? "1,000 or more" : std::to_string(found)) << " | "
                      << fixed(slowest) << " | " << (raw ? fixed(rawSlowest) : "") << " | "
                      << (count > 0 ? fixed(count) : "not needed") << " | "
                      << (rawCount > 0 ? fixed(rawCount) : "") << " |\n";
        }
        auto row = [](const std::string &what, Times &times) {
            return "| " + what + " | " + fixed(times.at(50), 2) + " | " + fixed(times.at(95), 2) +
                   " | " + fixed(times.at(100), 2) + " |\n";
        };
        std::cout << "\n| All " << keys.ms.size() / static_cast<size_t>(rounds) << " keystrokes × "
                  << rounds << " rounds, ms | Median | 95th percentile | Slowest |\n"
                  << "|---|---:|---:|---:|\n"
                  << row("`PatientRepository::search` (Qt SQL)", keys);
        if (raw)
            std::cout << row("the same SQL through the sqlite3 C API", rawKeys);
        std::cout << row("count at pause (Qt SQL), " + std::to_string(counts.ms.size()) + " counts",
                         counts);
        if (raw)
            std::cout << row("the same count through the C API", rawCounts);
        std::cout << "\n";
        if (raw)
            std::cout << "Keystroke: Qt SQL takes " << fixed(keys.at(50) / rawKeys.at(50), 2)
                      << "× the C API's time at the median and "
                      << fixed(keys.at(95) / rawKeys.at(95), 2)
                      << "× at the 95th percentile (goal: 1.5×); ";
        // Issue 18 sets the 10 ms on a file; on a server the figure is reported beside it.
        std::cout << "95th percentile " << fixed(keys.at(95))
                  << (db.isServer() ? " ms (no goal on a server; on a file: under 10 ms). "
                                    : " ms (goal: under 10 ms). ")
                  << patients << " patients";
        if (!db.isServer())
            std::cout << ", " << fixed(static_cast<double>(QFileInfo(path).size()) / 1e6, 0)
                      << " MB";
        std::cout << (generated       ? ", generated in " + fixed(fillSeconds, 0) + " s.\n"
                      : db.isServer() ? ".\n"
                                      : " (kept from an earlier run).\n");
        return 0;
    } catch (const std::exception &e) {
        std::cerr << "mesoplan-patient-bench: " << e.what() << '\n';
        return 1;
    }
}

// The treatment session record at a clinic's scale (issue 15): a SQLite file holding a clinic made
// by `mesoplan-cli demo generate`'s generator (by default 70,000 patients over four years: about
// 100,000 session records and their product lines, a new lot of each product every 4 weeks), then
// - a recall's lot trace through the real service (`StockService::trace`: the query, one audit
//   row per patient found, the commit), the repository's query alone, and the same query in the
//   sqlite3 shell on the same file (`.timer on`), on the same random lots;
// - recording a session through the real service (`SessionService::record`: the checks, the
//   record and its lines, the lots' volumes, the audit row, the appointment completed, the
//   commit) on checked-in appointments prepared beforehand.
// Prints the markdown section of docs/performance.md (bench/run.sh).
// usage: mesoplan-session-bench [--patients N] [--years N] [--lot-weeks N] [--rounds N]
//        [--db FILE]

#include "clinicargs.h"

#include "clinic/clinicdatabase.h"
#include "clinic/demogenerator.h"
#include "clinic/services.h"
#include "records/consultationrecord.h"
#include "records/patientrecord.h"
#include "records/planrecord.h"
#include "records/serveraddress.h"
#include "store/bookingrepository.h"
#include "store/database.h"
#include "store/sessionrepository.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <functional>
#include <iostream>
#include <random>
#include <set>

using namespace meso;

namespace {

constexpr int kWarmUp = 3; // untimed traces before each timed series

// The query SessionRepository::trace runs, as its source writes it (kCurrent spliced in).
const QString kTraceSql =
    QStringLiteral("SELECT l.id, l.product_id, l.lot_number, p.name, s.patient_id, "
                   "pt.family_name, pt.given_names, pt.birth_date, s.id, s.performed_on, "
                   "sp.area_id, sp.volume_ul FROM lots l "
                   "JOIN products p ON p.id = l.product_id "
                   "JOIN session_products sp ON sp.lot_id = l.id "
                   "JOIN treatment_sessions s ON s.id = sp.session_id "
                   "JOIN patients pt ON pt.id = s.patient_id "
                   "WHERE l.lot_number = %1 AND (%2 = 0 OR l.product_id = %2) AND "
                   "NOT EXISTS (SELECT 1 FROM treatment_sessions a WHERE a.amends_id = s.id) "
                   "ORDER BY s.performed_on, s.patient_id, s.id, sp.line_no");

struct Stats
{
    double min = 0, median = 0, p95 = 0, max = 0;
};

Stats statsOf(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    return {ms.front(), ms[ms.size() / 2], ms[ms.size() * 95 / 100], ms.back()};
}

double elapsedMs(const std::function<void()> &call)
{
    QElapsedTimer t;
    t.start();
    call();
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

std::string fmt(double v, int decimals = 1)
{
    return QString::number(v, 'f', decimals).toStdString();
}

std::string thousands(qint64 v)
{
    QString s = QString::number(v);
    for (int i = static_cast<int>(s.size()) - 3; i > 0; i -= 3)
        s.insert(i, QLatin1Char(','));
    return s.toStdString();
}

std::string row(const std::string &what, const Stats &s, const std::string &requirement)
{
    return "| " + what + " | " + fmt(s.min) + " | " + fmt(s.median) + " | " + fmt(s.p95) + " | " +
           fmt(s.max) + " | " + requirement + " |\n";
}

QString cpuModel()
{
    QFile f(QStringLiteral("/proc/cpuinfo"));
    if (f.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : f.readAll().split('\n')) {
            if (line.startsWith("model name"))
                return QString::fromUtf8(line.mid(line.indexOf(':') + 1)).trimmed();
        }
    }
    return QSysInfo::currentCpuArchitecture();
}

qint64 minuteOf(const QDate &day, int minuteOfDay)
{
    return QDate(1970, 1, 1).daysTo(day) * 1440 + minuteOfDay;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    bench::ClinicArgs args;
    args.clinic.patients = 70000;
    args.clinic.years = 4;
    args.counts = {{QStringLiteral("rounds"), 200}};
    const bool read = args.read();
    const clinic::GenerateOptions &clinicOptions = args.clinic;
    const int rounds = args.counts.at(QStringLiteral("rounds"));
    QString path = args.db;
    QTemporaryDir tmp;
    if (path.isEmpty())
        path = tmp.filePath(QStringLiteral("sessions.sqlite"));
    if (!read || records::isServerAddress(path)) {
        std::cerr << "usage: mesoplan-session-bench [--patients N] [--years N] [--lot-weeks N] "
                     "[--rounds N] [--db FILE]\n";
        return 2;
    }
    try {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        auto db = clinic::openClinicDatabase(path);
        const auto user = clinic::ActingUser::builtInLocal(*db); // a practitioner
        const auto admin = clinic::ActingUser::system(*db);
        clinic::Services s(*db);
        std::mt19937 rng(15);
        const QDate today = QDate::currentDate();

        // The clinic, its session records and their lots.
        QElapsedTimer fillTimer;
        fillTimer.start();
        const clinic::GeneratedClinic made =
            clinic::DemoGenerator(s).generate(admin, clinicOptions);
        db->store().checkpoint(); // the write-ahead log into the file, as after a quiet night
        // Checkpoints between actions, as the window takes them (MainWindow's timer): each timed
        // action below is followed by the idle moment's checkpoint, untimed.
        db->deferCheckpoints();
        const double fillSeconds = static_cast<double>(fillTimer.elapsed()) / 1000;
        const double megabytes = static_cast<double>(QFileInfo(path).size()) / (1024.0 * 1024.0);

        // The lots that sessions used, with how many lines each holds.
        std::vector<QString> lotNumbers;
        std::vector<qint64> linesOfLot;
        {
            QSqlQuery q(db->store().connection());
            if (!q.exec(QStringLiteral("SELECT l.lot_number, count(*) FROM lots l JOIN "
                                       "session_products p ON p.lot_id = l.id GROUP BY l.id, "
                                       "l.lot_number ORDER BY l.id")))
                throw std::runtime_error(q.lastError().text().toStdString());
            while (q.next()) {
                lotNumbers.push_back(q.value(0).toString());
                linesOfLot.push_back(q.value(1).toLongLong());
            }
        }
        if (lotNumbers.empty())
            throw std::runtime_error("the generated clinic used no lot");
        const qint64 lotCount = static_cast<qint64>(lotNumbers.size());
        const qint64 largestLot = *std::max_element(linesOfLot.begin(), linesOfLot.end());

        // The lots traced: the same random ones for each way of running the query.
        std::vector<size_t> traced;
        for (int i = 0; i < kWarmUp + rounds; ++i)
            traced.push_back(rng() % lotNumbers.size());

        // The repository's query alone, in a read transaction, no audit.
        std::vector<double> repositoryMs;
        for (size_t i = 0; i < traced.size(); ++i) {
            const double ms = elapsedMs([&] {
                store::ReadTransaction tx(*db);
                store::SessionRepository(*db).trace(lotNumbers[traced[i]], 0);
            });
            if (static_cast<int>(i) >= kWarmUp)
                repositoryMs.push_back(ms);
        }

        // The service: the query, one lot.trace audit row per patient, the commit.
        std::vector<double> serviceMs;
        qint64 tracedLines = 0, tracedPatients = 0;
        for (size_t i = 0; i < traced.size(); ++i) {
            std::vector<records::LotTraceRow> rows;
            const double ms = elapsedMs([&] { rows = s.stock.trace(user, lotNumbers[traced[i]]); });
            db->checkpointWhileIdle();
            if (static_cast<int>(rows.size()) != linesOfLot[traced[i]]) {
                std::cerr << "lot " << lotNumbers[traced[i]].toStdString() << ": " << rows.size()
                          << " lines traced, " << linesOfLot[traced[i]] << " recorded\n";
                return 1;
            }
            if (static_cast<int>(i) < kWarmUp)
                continue;
            serviceMs.push_back(ms);
            std::set<qint64> patients;
            for (const auto &r : rows)
                patients.insert(r.patientId);
            tracedLines += static_cast<qint64>(rows.size());
            tracedPatients += static_cast<qint64>(patients.size());
        }

        // The same query in the sqlite3 shell on the same file: one script, one process.
        const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
        std::vector<double> shellMs;
        QString shellVersion, queryPlan;
        if (!shell.isEmpty()) {
            auto literal = [](const QString &text) {
                return QLatin1Char('\'') +
                       QString(text).replace(QLatin1Char('\''), QStringLiteral("''")) +
                       QLatin1Char('\'');
            };
            auto run = [&](const QStringList &arguments, const QByteArray &input) {
                QProcess p;
                p.start(shell, arguments);
                p.write(input);
                p.closeWriteChannel();
                if (!p.waitForFinished(600000) || p.exitCode() != 0)
                    throw std::runtime_error("sqlite3: " + p.readAllStandardError().toStdString());
                return QString::fromUtf8(p.readAllStandardOutput());
            };
            shellVersion = run({QStringLiteral("-version")}, {}).section(QLatin1Char(' '), 0, 0);
            queryPlan =
                run({path},
                    "EXPLAIN QUERY PLAN " +
                        kTraceSql.arg(literal(lotNumbers[traced.front()]), QStringLiteral("0"))
                            .toUtf8() +
                        ";\n")
                    .trimmed();
            QByteArray script = ".output /dev/null\n.timer on\n";
            for (const size_t lot : traced)
                script +=
                    kTraceSql.arg(literal(lotNumbers[lot]), QStringLiteral("0")).toUtf8() + ";\n";
            const QString out = run({path}, script);
            static const QRegularExpression timer(QStringLiteral("Run Time: real ([0-9.]+)"));
            auto it = timer.globalMatch(out);
            for (int i = 0; it.hasNext(); ++i) {
                const double ms = it.next().captured(1).toDouble() * 1000;
                if (i >= kWarmUp)
                    shellMs.push_back(ms);
            }
            if (static_cast<int>(shellMs.size()) != rounds)
                throw std::runtime_error("sqlite3 printed " + std::to_string(shellMs.size()) +
                                         " timings, expected " + std::to_string(rounds));
        }

        // Recording: checked-in appointments of patients with an approved plan (skin
        // rejuvenation of the face, the mesolift protocol, made through the services as a
        // practitioner would), and a lot of each product received today, prepared first (not
        // timed). Each session is recorded as the form pre-fills it (SessionService::start).
        for (const records::ProductRecord &product : s.stock.products(user)) {
            records::LotRecord lot;
            lot.productId = product.id;
            lot.lotNumber = QStringLiteral("NOW-%1").arg(product.id);
            lot.expiry = today.addYears(2);
            lot.unitsReceived = 1000;
            lot.supplier = QStringLiteral("Grossiste");
            s.stock.receiveLot(user, lot);
        }
        const auto setup = s.clinicSetup.setup(user);
        std::vector<qint64> appointments;
        for (int i = 0; i < rounds; ++i) {
            records::PatientRecord p;
            p.familyName = QStringLiteral("Today%1").arg(i);
            p.givenNames = QStringLiteral("Recorded");
            p.birthDate = QDate(1975, 3, 1);
            records::ConsultationRecord c;
            c.patientId = s.patients.create(user, p);
            c.date = today;
            c.intake = QStringLiteral(R"({"patient": {"birth_date": "1975-03-01"}, "date": "%1",
                "requests": [{"indication": "skin_rejuvenation", "area": "face"}]})")
                           .arg(today.toString(Qt::ISODate));
            const qint64 consultation = s.consultations.sign(user, c).id;
            const qint64 plan =
                s.plans.saveDraft(user, s.plans.current(user, consultation, 0).record);
            s.plans.approve(user, plan, s.plans.view(user, plan).record.rowVersion);
            records::AppointmentRecord a;
            a.planId = plan;
            a.patientId = c.patientId;
            a.practitionerId =
                setup.practitioners[static_cast<size_t>(i) % setup.practitioners.size()].userId;
            a.roomId = setup.rooms.front().id;
            a.start = minuteOf(today, i % 1400); // earlier today, whatever the time now
            a.end = a.start + 1;
            {
                store::WriteTransaction tx(*db);
                a.id = store::BookingRepository(*db).insert(a, user.id,
                                                            QDateTime::currentDateTimeUtc());
                tx.commit();
            }
            s.booking.checkIn(user, a.id, s.booking.find(user, a.id)->rowVersion);
            appointments.push_back(a.id);
        }
        std::vector<double> recordMs;
        size_t linesPerSession = 0;
        for (const qint64 appointment : appointments) {
            const clinic::SessionStart form = s.sessions.start(user, appointment);
            records::SessionRecord r;
            r.appointmentId = appointment;
            r.technique = form.technique;
            r.depthMinMm = form.depthMinMm;
            r.depthMaxMm = form.depthMaxMm;
            r.needle = form.needle;
            r.pain = 3;
            r.gaisPatient = 2;
            r.gaisPractitioner = 2;
            r.notes = QStringLiteral("Well tolerated");
            r.lines = form.suggested;
            records::SessionRecord stored;
            recordMs.push_back(elapsedMs([&] { stored = s.sessions.record(user, r); }));
            db->checkpointWhileIdle();
            if (stored.lines.empty() || stored.lines.size() != r.lines.size() ||
                !stored.deviations.empty()) {
                std::cerr << "the recorded session is not the one given\n";
                return 1;
            }
            linesPerSession = stored.lines.size();
        }

        const Stats service = statsOf(serviceMs), repository = statsOf(repositoryMs),
                    record = statsOf(recordMs);
        const double meanLines = static_cast<double>(tracedLines) / rounds;
        const double meanPatients = static_cast<double>(tracedPatients) / rounds;
        QString kernel = QSysInfo::kernelType(); // "linux": as bench/report.js writes it
        if (!kernel.isEmpty())
            kernel[0] = kernel[0].toUpper();
        QSqlQuery version(db->store().connection());
        version.exec(QStringLiteral("SELECT sqlite_version()"));
        version.next();
        std::cout
            << "## The treatment session record: lot trace and recording (issue 15)\n\n"
            << "`mesoplan-session-bench`, measured " << today.toString(Qt::ISODate).toStdString()
            << " on " << cpuModel().toStdString() << " (" << QThread::idealThreadCount()
            << " cores, " << kernel.toStdString() << ' ' << QSysInfo::kernelVersion().toStdString()
            << "), `dev` preset (GCC, RelWithDebInfo: -O2), SQLite "
            << version.value(0).toString().toStdString()
            << " through Qt SQL, one file as the app opens it (WAL, `synchronous=FULL`). The "
               "clinic: "
            << thousands(made.sessions) << " session records (" << thousands(made.notPerformed)
            << " of them for sessions not performed) of " << thousands(made.patients)
            << " patients over " << clinicOptions.years
            << " years, made by `mesoplan-cli demo generate`'s generator with `--lot-weeks "
            << clinicOptions.lotWeeks << "`: " << thousands(made.productLines)
            << " product lines (the approved plan's cocktail, one line per ingredient) from "
            << thousands(lotCount) << " lots of " << made.products
            << " products, a new lot of each received every " << clinicOptions.lotWeeks
            << " week(s), so a lot holds on average "
            << thousands(std::llround(static_cast<double>(made.productLines) /
                                      static_cast<double>(lotCount)))
            << " lines (the largest " << thousands(largestLot) << "). Generated in "
            << fmt(fillSeconds, 0) << " s; the file is " << fmt(megabytes, 0)
            << " MB. No `ANALYZE` was run (the app runs none).\n\n"
            << "**Lot trace.** " << rounds << " traces of random lots (the same ones each way), "
            << "after " << kWarmUp << " untimed ones; a trace found on average "
            << thousands(std::llround(meanLines)) << " lines of "
            << thousands(std::llround(meanPatients))
            << " patients. `StockService::trace` is what `mesoplan-cli lot "
               "trace` and the Stock page call: the write transaction (`BEGIN IMMEDIATE`), the "
               "lot looked up, `SessionRepository::trace`'s one query, one `lot.trace` audit row "
               "per patient found (hash-chained), the commit (the connection defers SQLite's "
               "checkpoints to the idle moments between actions, as the window does: each one "
               "is taken after its action, untimed). The same query, with the lot number "
               "as a literal, ran in the sqlite3 shell ";
        if (shell.isEmpty()) {
            std::cout << "(not measured: no `sqlite3` on this machine).\n\n";
        } else {
            std::cout << shellVersion.toStdString()
                      << " on the same file, all rounds in one script (`.timer on`, results to "
                         "`/dev/null`; the shell prints wall time to the millisecond).\n\n";
        }
        std::cout << "| Lot trace, ms | Fastest | Median | 95th percentile | Slowest | "
                     "Requirement |\n|---|---:|---:|---:|---:|---|\n"
                  << row("`StockService::trace` (query, audit rows, commit)", service,
                         std::string("50 ms: ") + (service.p95 < 50 ? "met" : "**not met**") +
                             " (95th percentile)")
                  << row("`SessionRepository::trace` alone (read transaction)", repository, "");
        if (!shell.isEmpty()) {
            const Stats shellStats = statsOf(shellMs);
            std::cout << row("the same query in the sqlite3 shell", shellStats, "") << '\n'
                      << "Ratio at the 95th percentile: the service takes "
                      << fmt(service.p95 / std::max(shellStats.p95, 0.001))
                      << "× the shell's time, the repository's query alone "
                      << fmt(repository.p95 / std::max(shellStats.p95, 0.001))
                      << "×. The difference between the service and the repository is the "
                         "audit: "
                      << thousands(std::llround(meanPatients))
                      << " rows per trace, each chained to the previous one, in the commit.\n\n"
                      << "The query plan (sqlite3 `EXPLAIN QUERY PLAN`):\n\n```\n"
                      << queryPlan.toStdString() << "\n```\n\n";
        } else {
            std::cout << '\n';
        }
        std::cout << "**Recording a session.** `SessionService::record` on " << rounds
                  << " appointments checked in beforehand (each a patient with a signed "
                     "consultation and an approved mesolift plan; not timed), with the "
                  << linesPerSession
                  << " lines the form suggests from the lots received today and no deviation: the "
                     "write transaction, the "
                     "appointment and its plan, the record's checks (lots, expiry, what is "
                     "left, the products' ingredients screened against the consultation, "
                     "deviations), the record and its lines, the lots' volumes, the "
                     "`session.record` audit row, the appointment completed, the commit; in the "
                     "clinic above.\n\n"
                  << "| Record a session, ms | Fastest | Median | 95th percentile | Slowest | "
                     "Requirement |\n|---|---:|---:|---:|---:|---|\n"
                  << row("`SessionService::record`", record,
                         std::string("20 ms: ") + (record.p95 < 20 ? "met" : "**not met**") +
                             " (95th percentile)");
    } catch (const std::exception &e) {
        std::cerr << "mesoplan-session-bench: " << e.what() << '\n';
        return 1;
    }
    return 0;
}

// Issuing invoices under contention (issue 22): two processes (two workstations) each issue
// `--per-worker` invoices (1,000 by default) at the same time on one clinic, each invoice one
// completed session of a clinic made by `mesoplan-cli demo generate`'s generator, through the real
// service (clinic::BillingService::invoiceSessions: the write transaction, the sessions checked,
// the number taken, the invoice, its line and audit row, the commit). Reports the time each issue
// took (median, 95th percentile, slowest, over both processes) and checks the series: as many
// numbers as invoices, no gap, no duplicate, in the order of issue. Prints the markdown section
// of docs/performance.md; exit 1 when the series is broken.
// usage: mesoplan-invoice-bench [--patients N] [--years N] [--per-worker N] --db FILE|URI
//        mesoplan-invoice-bench --worker IDS --db FILE|URI   (one workstation: prints its times)

#include "benchstats.h"
#include "clinicargs.h"

#include "clinic/clinicdatabase.h"
#include "clinic/demogenerator.h"
#include "clinic/services.h"
#include "store/database.h"
#include "store/statement.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>

#include <iostream>

using namespace meso;
using bench::fixed;

namespace {

// One workstation: bills each appointment of the file on an invoice of its own.
int worker(const QString &db, const QString &idsFile)
{
    QFile f(idsFile);
    if (!f.open(QIODevice::ReadOnly))
        return 2;
    const QStringList ids =
        QString::fromLatin1(f.readAll()).split(QLatin1Char(','), Qt::SkipEmptyParts);
    auto database = clinic::openClinicDatabase(db);
    clinic::Services s(*database);
    const clinic::ActingUser user = clinic::ActingUser::system(*database);
    for (const QString &id : ids) {
        QElapsedTimer t;
        t.start();
        s.billing.invoiceSessions(user, {id.toLongLong()});
        std::cout << static_cast<double>(t.nsecsElapsed()) / 1e6 << '\n';
    }
    return 0;
}

qint64 scalar(const store::Database &db, const QString &sql)
{
    store::Statement s(db.connection(), sql);
    s.exec();
    return s.next() ? s.integer(0) : -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList argv0 = app.arguments();
    if (argv0.size() == 5 && argv0[1] == QLatin1String("--worker") &&
        argv0[3] == QLatin1String("--db")) {
        try {
            return worker(argv0[4], argv0[2]);
        } catch (const std::exception &e) {
            std::cerr << e.what() << '\n';
            return 1;
        }
    }
    bench::ClinicArgs args;
    args.clinic.patients = 4000;
    args.clinic.years = 2;
    args.counts = {{QStringLiteral("per-worker"), 1000}};
    if (!args.read() || args.db.isEmpty()) {
        std::cerr << "usage: mesoplan-invoice-bench [--patients N] [--years N] [--per-worker N] "
                     "--db FILE|URI\n";
        return 2;
    }
    const qint64 perWorker = args.counts.at(QStringLiteral("per-worker"));
    try {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(args.db + suffix);
        std::vector<qint64> sessions;
        {
            auto db = clinic::openClinicDatabase(args.db);
            clinic::Services s(*db);
            const clinic::ActingUser system = clinic::ActingUser::system(*db);
            clinic::DemoGenerator(s).generate(system, args.clinic);
            clinic::ClinicProfile profile = s.profile.profile(system);
            profile.name = QStringLiteral("Clinique du Parc");
            profile.country = QStringLiteral("FR");
            s.profile.setProfile(system, profile);
            records::BillingSettings legal;
            legal.siret = QStringLiteral("73282932000074");
            legal.vatNumber = QStringLiteral("FR44732829320");
            s.billing.setSettings(system, legal);
            store::Statement q(db->store().connection(),
                               QStringLiteral("SELECT id FROM appointments WHERE status = "
                                              "'completed' ORDER BY id"));
            q.exec();
            while (q.next())
                sessions.push_back(q.integer(0));
        }
        if (static_cast<qint64>(sessions.size()) < 2 * perWorker) {
            std::cerr << "the generated clinic has " << sessions.size()
                      << " completed sessions: generate more patients\n";
            return 2;
        }
        QTemporaryDir tmp;
        QProcess workers[2];
        for (int w = 0; w < 2; ++w) {
            QStringList ids;
            for (qint64 i = 0; i < perWorker; ++i)
                ids << QString::number(sessions[static_cast<size_t>(2 * i + w)]);
            QFile f(tmp.filePath(QStringLiteral("ids-%1").arg(w)));
            if (!f.open(QIODevice::WriteOnly) || f.write(ids.join(QLatin1Char(',')).toLatin1()) < 0)
                return 1;
        }
        QElapsedTimer wall;
        wall.start();
        for (int w = 0; w < 2; ++w)
            workers[w].start(QCoreApplication::applicationFilePath(),
                             {QStringLiteral("--worker"),
                              tmp.filePath(QStringLiteral("ids-%1").arg(w)), QStringLiteral("--db"),
                              args.db});
        bench::Times times;
        for (QProcess &w : workers) {
            w.waitForFinished(-1);
            if (w.exitCode() != 0) {
                std::cerr << w.readAllStandardError().toStdString();
                return 1;
            }
            for (const QByteArray &line : w.readAllStandardOutput().split('\n')) {
                if (!line.trimmed().isEmpty())
                    times.ms.push_back(line.toDouble());
            }
        }
        const double seconds = static_cast<double>(wall.elapsed()) / 1000;
        auto db = store::Database::open(args.db);
        const qint64 issued = scalar(*db, QStringLiteral("SELECT count(*) FROM invoices"));
        const qint64 distinct =
            scalar(*db, QStringLiteral("SELECT count(DISTINCT seq) FROM invoices"));
        const qint64 last = scalar(*db, QStringLiteral("SELECT max(seq) FROM invoices"));
        const qint64 outOfOrder =
            scalar(*db, QStringLiteral(
                            "SELECT count(*) FROM invoices a JOIN invoices n ON n.year = a.year "
                            "AND n.seq = a.seq + 1 WHERE n.issued_at < a.issued_at"));
        const bool sound =
            issued == 2 * perWorker && distinct == issued && last == issued && outOfOrder == 0;
        std::cout << "## Issuing invoices at two workstations at once (issue 22)\n\n"
                  << "`mesoplan-invoice-bench`, measured "
                  << QDate::currentDate().toString(Qt::ISODate).toStdString() << " on "
                  << QSysInfo::prettyProductName().toStdString()
                  << ", `dev` preset (GCC, RelWithDebInfo: -O2), "
                  << (db->isServer() ? "a PostgreSQL server" : "a SQLite file (WAL)")
                  << ". The clinic: " << args.clinic.patients << " patients over "
                  << args.clinic.years
                  << " years made by `mesoplan-cli demo generate`'s generator, " << sessions.size()
                  << " completed sessions. Two processes, started together, "
                  << "each issue " << perWorker
                  << " invoices of one session through `BillingService::invoiceSessions` (the "
                     "write transaction, the checks, the number, the invoice, its line and audit "
                     "row, the commit).\n\n"
                  << "| Issue an invoice, ms | Median | 95th percentile | Slowest |\n"
                  << "|---|---:|---:|---:|\n"
                  << "| both processes, " << times.ms.size() << " invoices | "
                  << fixed(times.at(50), 2) << " | " << fixed(times.at(95), 2) << " | "
                  << fixed(times.at(100), 2) << " |\n\n"
                  << "All " << issued << " invoices in " << fixed(seconds, 1) << " s; numbers "
                  << "1 to " << last << ", " << distinct << " distinct, " << outOfOrder
                  << " issued before the number below them: "
                  << (sound ? "**no gap, no duplicate, in the order of issue**."
                            : "**the series is broken**.")
                  << "\n";
        return sound ? 0 : 1;
    } catch (const std::exception &e) {
        std::cerr << e.what() << '\n';
        return 1;
    }
}

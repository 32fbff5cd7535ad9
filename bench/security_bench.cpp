// What issue 6's protections cost: signing in (Argon2id at the service's work factors), the
// audit row added to every action (a patient edit with and without its row), verifying the trail
// of a generated clinic (`mesoplan-cli demo generate`'s generator: about 100,000 rows for the
// default 16,000 patients over two years), and a backup (VACUUM INTO + fsync) of that database
// while nothing else runs (on a SQLite file: a clinic server's backups are the server's own).
// Prints the markdown section of docs/performance.md; bench/server.sh runs it on a server too.
// usage: mesoplan-security-bench [--patients N] [--years N] --db FILE|URI (an empty server schema)

#include "clinicargs.h"

#include "clinic/audit.h"
#include "clinic/clinicdatabase.h"
#include "clinic/demogenerator.h"
#include "clinic/services.h"
#include "records/serveraddress.h"
#include "store/database.h"
#include "store/patientrepository.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <functional>
#include <iostream>

using namespace meso;

namespace {

// Milliseconds of each of `runs` calls, sorted.
std::vector<double> timed(int runs, const std::function<void()> &call)
{
    std::vector<double> ms;
    for (int k = 0; k < runs; ++k) {
        QElapsedTimer t;
        t.start();
        call();
        ms.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return ms;
}

std::string fmt(double v, int decimals = 1)
{
    return QString::number(v, 'f', decimals).toStdString();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    bench::ClinicArgs args;
    args.clinic.patients = 16000;
    args.clinic.years = 2;
    const bool read = args.read();
    const clinic::GenerateOptions &clinicOptions = args.clinic;
    const QString path = args.db;
    if (!read || path.isEmpty()) {
        std::cerr << "usage: mesoplan-security-bench [--patients N] [--years N] --db FILE|URI\n";
        return 2;
    }
    const bool server = records::isServerAddress(path);
    if (!server) {
        QFile::remove(path);
        QDir(QFileInfo(path).absoluteDir().filePath(QStringLiteral("backups"))).removeRecursively();
    }
    auto db = clinic::openClinicDatabase(path);
    clinic::Services s(*db);
    const auto admin = s.users.createFirstAdmin(QStringLiteral("ada"), QStringLiteral("Ada"),
                                                QStringLiteral("bench-password"));

    const auto signIn =
        timed(15, [&] { s.users.signIn(QStringLiteral("ada"), QStringLiteral("bench-password")); });

    // The clinic, with every audit row its services would have written.
    QElapsedTimer fill;
    fill.start();
    const clinic::GeneratedClinic made = clinic::DemoGenerator(s).generate(admin, clinicOptions);
    const double fillSeconds = static_cast<double>(fill.elapsed()) / 1000;

    // A patient edit as the service does it (with its audit row) and the same edit without it.
    const auto user = clinic::ActingUser::builtInLocal(*db);
    const qint64 patientId = s.patients.search(user, QString(), 1).front().id;
    int phone = 100000;
    const auto withAudit = timed(300, [&] {
        records::PatientRecord next = *s.patients.find(user, patientId);
        next.phone = QStringLiteral("+33 6 12 %1").arg(++phone); // a valid French mobile
        s.patients.update(user, next);
    });
    const auto withoutAudit = timed(300, [&] {
        records::PatientRecord next = *s.patients.find(user, patientId);
        next.phone = QStringLiteral("+33 6 12 %1").arg(++phone); // a valid French mobile
        store::WriteTransaction tx(*db);
        store::PatientRepository(*db).update(next, QDateTime::currentDateTimeUtc());
        tx.commit();
    });

    // The trail's verification and a backup of the whole database.
    records::AuditVerification verification;
    const auto verify = timed(3, [&] { verification = s.audit.verify(admin); });
    if (!verification.problems.isEmpty()) {
        std::cerr << "the trail does not verify: " << verification.problems.front().toStdString()
                  << '\n';
        return 1;
    }
    QString backupFile;
    std::vector<double> backup;
    if (!server)
        backup = timed(3, [&] { backupFile = s.backups.automaticBackup(admin); });
    const double megabytes = static_cast<double>(QFileInfo(backupFile).size()) / (1024.0 * 1024.0);

    const auto median = [](const std::vector<double> &ms) { return ms[ms.size() / 2]; };
    const auto p95 = [](const std::vector<double> &ms) { return ms[ms.size() * 95 / 100]; };
    std::cout
        << "## Security: sign-in, audit trail, backups (issue 6)\n\n"
        << "`mesoplan-security-bench`, same machine, "
        << (server ? "a PostgreSQL server" : "one SQLite file (WAL, `synchronous=FULL`)") << ".\n\n"
        << "| Measure | Median | 95th percentile | Slowest | Note |\n|---|---:|---:|---:|---|\n"
        << "| Sign in (Argon2id, 64 MiB, t=2), ms | " << fmt(median(signIn)) << " | "
        << fmt(p95(signIn)) << " | " << fmt(signIn.back())
        << " | 15 sign-ins: the cost an attacker pays per guess, and a user once per start "
           "or unlock |\n"
        << "| Save a patient edit with its audit row, ms | " << fmt(median(withAudit), 2) << " | "
        << fmt(p95(withAudit), 2) << " | " << fmt(withAudit.back(), 2)
        << " | 300 edits through `PatientService::update` |\n"
        << "| The same edit without the audit row, ms | " << fmt(median(withoutAudit), 2) << " | "
        << fmt(p95(withoutAudit), 2) << " | " << fmt(withoutAudit.back(), 2)
        << " | 300 edits through the repository alone |\n"
        << "| Verify a trail of " << verification.rows << " rows, ms | " << fmt(median(verify), 0)
        << " | " << fmt(p95(verify), 0) << " | " << fmt(verify.back(), 0)
        << " | `audit verify`: every row re-hashed (SHA-256) and linked |\n";
    if (!server) {
        std::cout << "| Back up that database (" << fmt(megabytes) << " MiB), ms | "
                  << fmt(median(backup), 0) << " | " << fmt(p95(backup), 0) << " | "
                  << fmt(backup.back(), 0)
                  << " | `VACUUM INTO`, then `fsync` of the file and its folder |\n";
    }
    std::cout
        << '\n'
        << "The database is a clinic made by `mesoplan-cli demo generate`'s generator: "
        << made.patients << " patients over " << clinicOptions.years << " years, "
        << made.appointments << " appointments, " << made.sessions << " session records, "
        << made.auditRows << " audit rows (generated in " << fmt(fillSeconds, 0)
        << " s); the edits add 300 more rows. The audit row's cost is the difference between the "
           "two edit lines: one more insert and the chain's head updated, in the same commit.\n";
    return 0;
}

// What issue 6's protections cost: signing in (Argon2id at the service's work factors), the
// audit row added to every action (a patient edit with and without its row), verifying a trail of
// 100,000 rows, and a backup (VACUUM INTO + fsync) of that database while nothing else runs.
// Prints the markdown section of docs/performance.md.
// usage: mesoplan-security-bench [--rows N] --db FILE

#include "clinic/audit.h"
#include "clinic/clinicdatabase.h"
#include "clinic/services.h"
#include "store/auditrepository.h"
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
    int rows = 100000;
    QString path;
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--rows"))
            rows = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--db"))
            path = args[i + 1];
    }
    if (path.isEmpty() || rows < 1) {
        std::cerr << "usage: mesoplan-security-bench [--rows N] --db FILE\n";
        return 2;
    }
    QFile::remove(path);
    QDir(QFileInfo(path).absoluteDir().filePath(QStringLiteral("backups"))).removeRecursively();
    auto db = clinic::openClinicDatabase(path);
    clinic::Services s(*db);
    const auto admin = s.users.createFirstAdmin(QStringLiteral("ada"), QStringLiteral("Ada"),
                                                QStringLiteral("bench-password"));

    const auto signIn =
        timed(15, [&] { s.users.signIn(QStringLiteral("ada"), QStringLiteral("bench-password")); });

    // A patient edit as the service does it (with its audit row) and the same edit without it.
    const auto user = clinic::ActingUser::builtInLocal(*db);
    records::PatientRecord p;
    p.familyName = QStringLiteral("Bench");
    p.givenNames = QStringLiteral("Audit");
    p.birthDate = QDate(1980, 1, 1);
    p.id = s.patients.create(user, p);
    int phone = 100000;
    const auto withAudit = timed(300, [&] {
        records::PatientRecord next = *s.patients.find(user, p.id);
        next.phone = QStringLiteral("+33 6 %1").arg(++phone);
        s.patients.update(user, next);
    });
    const auto withoutAudit = timed(300, [&] {
        records::PatientRecord next = *s.patients.find(user, p.id);
        next.phone = QStringLiteral("+33 6 %1").arg(++phone);
        store::WriteTransaction tx(*db);
        store::PatientRepository(*db).update(next, QDateTime::currentDateTimeUtc());
        tx.commit();
    });

    // A long trail, then its verification and a backup of the whole database.
    QElapsedTimer fill;
    fill.start();
    {
        store::WriteTransaction tx(*db);
        for (qint64 k = store::AuditRepository(*db).verify().rows; k < rows; ++k)
            clinic::audit(*db, user, QStringLiteral("patient.update"), p.id,
                          QStringLiteral("patient:%1").arg(p.id));
        tx.commit();
    }
    const double fillSeconds = static_cast<double>(fill.elapsed()) / 1000;
    records::AuditVerification verification;
    const auto verify = timed(3, [&] { verification = s.audit.verify(admin); });
    if (!verification.problems.isEmpty()) {
        std::cerr << "the trail does not verify: " << verification.problems.front().toStdString()
                  << '\n';
        return 1;
    }
    QString backupFile;
    const auto backup = timed(3, [&] { backupFile = s.backups.automaticBackup(admin); });
    const double megabytes = static_cast<double>(QFileInfo(backupFile).size()) / (1024.0 * 1024.0);

    const auto median = [](const std::vector<double> &ms) { return ms[ms.size() / 2]; };
    std::cout
        << "## Security: sign-in, audit trail, backups (issue 6)\n\n"
        << "`mesoplan-security-bench`, same machine, one SQLite file (WAL, `synchronous=FULL`).\n\n"
        << "| Measure | Median | Slowest | Note |\n|---|---:|---:|---|\n"
        << "| Sign in (Argon2id, 64 MiB, t=2), ms | " << fmt(median(signIn)) << " | "
        << fmt(signIn.back())
        << " | 15 sign-ins: the cost an attacker pays per guess, and a user once per start or "
           "unlock |\n"
        << "| Save a patient edit with its audit row, ms | " << fmt(median(withAudit), 2) << " | "
        << fmt(withAudit.back(), 2) << " | 300 edits through `PatientService::update` |\n"
        << "| The same edit without the audit row, ms | " << fmt(median(withoutAudit), 2) << " | "
        << fmt(withoutAudit.back(), 2) << " | 300 edits through the repository alone |\n"
        << "| Verify a trail of " << verification.rows << " rows, ms | " << fmt(median(verify), 0)
        << " | " << fmt(verify.back(), 0)
        << " | `audit verify`: every row re-hashed (SHA-256) and linked |\n"
        << "| Back up that database (" << fmt(megabytes) << " MiB), ms | " << fmt(median(backup), 0)
        << " | " << fmt(backup.back(), 0)
        << " | `VACUUM INTO`, then `fsync` of the file and its folder |\n\n"
        << "The trail was filled with " << rows << " rows in one transaction in "
        << fmt(fillSeconds)
        << " s. The audit row's cost is the difference between the two edit lines: one more insert "
           "and "
        << "the chain's head updated, in the same commit.\n";
    return 0;
}

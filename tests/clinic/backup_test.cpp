// Backups while another connection writes (a second workstation, here a thread with its own
// connection), restored and compared; damaged or foreign backups refused without a change.

#include "clinic/validationerror.h"
#include "clinicfixture.h"
#include "store/auditrepository.h"
#include "store/patientrepository.h"
#include "store/transaction.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QThread>

#include <atomic>
#include <map>
#include <thread>

using namespace meso;

namespace {

// id -> family name of every patient in a database file, read through a copy (opening a file
// as a clinic database may write to it).
std::map<qint64, QString> patientsIn(const QString &file, const QString &scratch)
{
    QFile::remove(scratch);
    REQUIRE(QFile::copy(file, scratch));
    auto db = store::Database::open(scratch);
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT id, family_name FROM patients")));
    std::map<qint64, QString> out;
    while (q.next())
        out[q.value(0).toLongLong()] = q.value(1).toString();
    CHECK(store::AuditRepository(*db).verify().problems.isEmpty());
    QSqlQuery check(db->connection());
    REQUIRE(check.exec(QStringLiteral("PRAGMA integrity_check")));
    REQUIRE(check.next());
    CHECK(check.value(0).toString() == QStringLiteral("ok"));
    return out;
}

QByteArray digest(const QString &file)
{
    QFile f(file);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

TEST_CASE("Backups taken while another connection writes are consistent and restore whole",
          "[sqlite][clinic][backup]")
{
    test::TempDir tmp;
    std::vector<QString> backups;
    std::atomic<int> written{0};
    std::optional<clinic::ActingUser> admin;
    {
        auto db = clinic::openClinicDatabase(tmp.dbPath());
        clinic::Services s(*db);
        admin = clinic::UserService(*db, clinic::UserService::minimumCost())
                    .createFirstAdmin(QStringLiteral("ada"), QStringLiteral("Ada"),
                                      QStringLiteral("admin-secret"));
        std::atomic<bool> stop{false};
        std::thread writer([&] {
            auto own = store::Database::open(tmp.dbPath()); // a connection of this thread
            clinic::Services ws(*own);
            const auto user = clinic::ActingUser::builtInLocal(*own);
            while (!stop) {
                test::addPatient(ws, user, QStringLiteral("Writer%1").arg(written.load()));
                ++written;
            }
        });
        const auto waitFor = [&](int count) {
            while (written < count)
                QThread::msleep(5);
        };
        waitFor(20);
        for (int k = 0; k < 3; ++k) {
            const int before = written;
            backups.push_back(
                s.backups.backup(*admin, tmp.path(QStringLiteral("backup-%1.sqlite").arg(k))));
            waitFor(before + 10);
        }
        stop = true;
        writer.join();
        CHECK_THROWS_AS(s.backups.backup(*admin, backups.front()),
                        clinic::ValidationError); // never overwritten
        CHECK_THROWS_AS(s.backups.backup(clinic::ActingUser::builtInLocal(*db),
                                         tmp.path(QStringLiteral("x.sqlite"))),
                        clinic::PermissionError);
    }
    const auto live = patientsIn(tmp.dbPath(), tmp.path(QStringLiteral("scratch.sqlite")));
    REQUIRE(static_cast<int>(live.size()) == written);
    size_t previous = 0;
    for (const QString &b : backups) {
        CHECK(clinic::BackupService::check(b) == store::Database::latestSchemaVersion());
        const auto saved = patientsIn(b, tmp.path(QStringLiteral("scratch.sqlite")));
        // A snapshot: some prefix of what was written, exactly as written, and growing.
        CHECK(saved.size() >= 20);
        CHECK(saved.size() > previous);
        CHECK(saved.size() < live.size());
        for (const auto &[id, name] : saved)
            CHECK(live.at(id) == name);
        previous = saved.size();
    }

    // Restore the second backup: the live file is kept aside, the backup is in place.
    const QByteArray liveDigest = digest(tmp.dbPath());
    // Only an administrator of the database being replaced restores it.
    CHECK_THROWS_AS(clinic::BackupService::restore(std::nullopt, backups[1], tmp.dbPath()),
                    clinic::PermissionError);
    clinic::ActingUser desk = *admin;
    desk.role = QStringLiteral("front_desk");
    CHECK_THROWS_AS(clinic::BackupService::restore(desk, backups[1], tmp.dbPath()),
                    clinic::PermissionError);
    CHECK(digest(tmp.dbPath()) == liveDigest);
    const QString kept = clinic::BackupService::restore(admin, backups[1], tmp.dbPath()).previous;
    REQUIRE(QFile::exists(kept));
    CHECK(digest(kept) == liveDigest);
    const auto restored = patientsIn(tmp.dbPath(), tmp.path(QStringLiteral("scratch.sqlite")));
    CHECK(restored == patientsIn(backups[1], tmp.path(QStringLiteral("scratch.sqlite"))));
    auto db = clinic::openClinicDatabase(tmp.dbPath());
    CHECK(store::PatientRepository(*db).count() == static_cast<qint64>(restored.size()));
    // The restore is in the restored database's audit trail, by whom.
    const auto trail = store::AuditRepository(*db).list({});
    REQUIRE_FALSE(trail.empty());
    CHECK(trail.back().action == QStringLiteral("backup.restore"));
    CHECK(trail.back().summary.endsWith(QStringLiteral("by ada")));
}

TEST_CASE("A damaged or foreign backup is refused and nothing changes", "[sqlite][clinic][backup]")
{
    test::TempDir tmp;
    QString backup;
    {
        auto db = clinic::openClinicDatabase(tmp.dbPath());
        clinic::Services s(*db);
        test::addPatient(s, clinic::ActingUser::builtInLocal(*db), QStringLiteral("Kept"));
        backup = s.backups.backup(clinic::ActingUser::system(*db),
                                  tmp.path(QStringLiteral("good.sqlite")));
    }
    const QByteArray before = digest(tmp.dbPath());
    const auto refused = [&](const QString &file) {
        try {
            clinic::BackupService::restore(clinic::ActingUser::system(*clinic::openClinicDatabase(
                                               tmp.path(QStringLiteral("scratch-admin.sqlite")))),
                                           file, tmp.dbPath());
        } catch (const clinic::ValidationError &e) {
            CHECK(e.field() == QStringLiteral("restore.backup"));
            return true;
        }
        return false;
    };
    // Half a backup.
    QFile whole(backup);
    REQUIRE(whole.open(QIODevice::ReadOnly));
    const QByteArray bytes = whole.readAll();
    QFile half(tmp.path(QStringLiteral("half.sqlite")));
    REQUIRE(half.open(QIODevice::WriteOnly));
    half.write(bytes.left(bytes.size() / 2));
    half.close();
    CHECK(refused(half.fileName()));
    // Pages overwritten in the middle.
    QByteArray damaged = bytes;
    for (qsizetype k = qsizetype{4096} * 2; k < qsizetype{4096} * 3 && k < damaged.size(); ++k)
        damaged[k] = static_cast<char>(k * 7);
    QFile broken(tmp.path(QStringLiteral("broken.sqlite")));
    REQUIRE(broken.open(QIODevice::WriteOnly));
    broken.write(damaged);
    broken.close();
    CHECK(refused(broken.fileName()));
    // Not a database at all, or somebody else's.
    QFile text(tmp.path(QStringLiteral("notes.txt")));
    REQUIRE(text.open(QIODevice::WriteOnly));
    text.write("not a database");
    text.close();
    CHECK(refused(text.fileName()));
    CHECK(refused(tmp.path(QStringLiteral("missing.sqlite"))));
    {
        auto other =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        other.setDatabaseName(tmp.path(QStringLiteral("foreign.sqlite")));
        REQUIRE(other.open());
        QSqlQuery q(other);
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE t (x)")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    CHECK(refused(tmp.path(QStringLiteral("foreign.sqlite"))));
    CHECK(digest(tmp.dbPath()) == before);
    CHECK(QDir(tmp.path(QString())).entryList({QStringLiteral("*.before-restore-*")}).isEmpty());
}

TEST_CASE("Automatic backups rotate through the clinic's generations", "[sqlite][clinic][backup]")
{
    test::ClinicFixture f;
    clinic::ClinicPolicies p = f.services.profile.policies(f.admin);
    p.backupGenerations = 2;
    f.services.profile.setPolicies(f.admin, p);
    CHECK(f.services.backups.dailyBackupDue());
    {
        // Not inside a user's action on this connection: the next check makes it.
        store::WriteTransaction busy(f.db->store());
        CHECK_FALSE(f.services.backups.dailyBackupDue());
    }
    CHECK(f.services.backups.dailyBackupDue());
    QStringList made;
    for (int k = 0; k < 3; ++k)
        made << f.services.backups.automaticBackup(f.user); // any signed-in user's app makes them
    CHECK_FALSE(f.services.backups.dailyBackupDue());
    const auto kept = f.services.backups.automaticBackups();
    REQUIRE(kept.size() == 2);
    CHECK(kept[0].path == made[2]); // newest first; the oldest went
    CHECK(kept[1].path == made[1]);
    CHECK_FALSE(QFile::exists(made[0]));
    CHECK(clinic::BackupService::check(kept[0].path) == store::Database::latestSchemaVersion());
}

// A failing disk (issue 7): a database on a full disk (a 1.2 MB tmpfs) and on a read-only mount,
// driven through the real mesoplan-cli inside a private mount namespace (unshare -rm, no root
// needed), gives one clear line and no crash, and what was saved before stays intact. A database
// on a network file system is refused before it is opened.

#include "clinic/clinicdatabase.h"
#include "clinic/services.h"
#include "clinicfixture.h"
#include "records/patientrecord.h"
#include "records/storeerror.h"
#include "store/database.h"
#include "store/filesystem.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>

using namespace meso;

namespace {

// Runs a bash script in a new user and mount namespace; returns its standard output lines.
QStringList inNamespace(const QString &script, const QList<QPair<QString, QString>> &env)
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const auto &[k, v] : env)
        e.insert(k, v);
    e.insert(QStringLiteral("CLI"), QStringLiteral(MESOPLAN_CLI));
    e.insert(QStringLiteral("MESOPLAN_USER"), QStringLiteral("desk"));
    e.insert(QStringLiteral("MESOPLAN_PASSWORD"), QStringLiteral("desk-secret"));
    p.setProcessEnvironment(e);
    p.start(QStringLiteral("unshare"),
            {QStringLiteral("-rm"), QStringLiteral("bash"), QStringLiteral("-c"), script});
    REQUIRE(p.waitForFinished(300000));
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput())
        .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QString valueOf(const QStringList &lines, const QString &key)
{
    for (const QString &line : lines) {
        if (line.startsWith(key + QLatin1Char(' ')))
            return line.mid(key.size() + 1);
    }
    return {};
}

} // namespace

TEST_CASE("A full disk: one clear line, no crash, everything saved before intact (CLI)",
          "[reliability][disk]")
{
    test::TempDir tmp;
    test::makeClinicWithFrontDesk(tmp.dbPath());
    QFile big(tmp.path(QStringLiteral("big.json")));
    REQUIRE(big.open(QIODevice::WriteOnly));
    big.write(
        R"({"family_name": "Full", "given_names": "Disk", "birth_date": "1980-02-03", "notes": ")" +
        QByteArray(9000, 'x') + "\"}");
    big.close();
    QDir().mkpath(tmp.path(QStringLiteral("mnt")));
    const QStringList out =
        inNamespace(QStringLiteral(R"SH(
        set -u
        mount -t tmpfs -o size=1200k tmpfs "$MNT"
        cp "$DB" "$MNT/db.sqlite"
        # Ballast, freed once the disk is full, as the message asks: reading signs in, and a
        # sign-in writes its audit row, so it needs the few pages a full disk may not have left.
        head -c 65536 /dev/zero > "$MNT/ballast"
        for i in $(seq 1 400); do
          if "$CLI" --db "$MNT/db.sqlite" patient add --json "$BIG" > /dev/null 2> "$ERR"; then
            echo "saved $i"
          else
            echo "exit $?"; echo "lines $(wc -l < "$ERR")"; echo "stderr $(head -1 "$ERR")"; break
          fi
        done
        rm "$MNT/ballast"
        echo "integrity $(sqlite3 "$MNT/db.sqlite" 'PRAGMA integrity_check')"
        echo "patients $(sqlite3 "$MNT/db.sqlite" 'SELECT count(*) FROM patients')"
        "$CLI" --db "$MNT/db.sqlite" plan waiting > /dev/null 2>&1; echo "read $?"
    )SH"),
                    {{QStringLiteral("MNT"), tmp.path(QStringLiteral("mnt"))},
                     {QStringLiteral("DB"), tmp.dbPath()},
                     {QStringLiteral("BIG"), big.fileName()},
                     {QStringLiteral("ERR"), tmp.path(QStringLiteral("err.txt"))}});
    INFO(out.join(QLatin1Char('\n')).toStdString());
    const int saved = out.filter(QStringLiteral("saved ")).size();
    REQUIRE(saved > 0);
    REQUIRE(saved < 400); // the disk did fill up
    CHECK(valueOf(out, QStringLiteral("exit")) == QStringLiteral("1"));
    CHECK(valueOf(out, QStringLiteral("lines")) == QStringLiteral("1"));
    CHECK(valueOf(out, QStringLiteral("stderr"))
              .startsWith(
                  QStringLiteral("The disk holding the database is full: nothing was saved.")));
    CHECK(valueOf(out, QStringLiteral("integrity")) == QStringLiteral("ok"));
    CHECK(valueOf(out, QStringLiteral("patients")) == QString::number(saved));
    CHECK(valueOf(out, QStringLiteral("read")) ==
          QStringLiteral("0")); // once space is freed, it works again
}

TEST_CASE("A read-only database: one clear line, no crash, the file unchanged (CLI)",
          "[reliability][disk]")
{
    test::TempDir tmp;
    QDir().mkpath(tmp.path(QStringLiteral("ro")));
    const QString db = tmp.path(QStringLiteral("ro/clinic.sqlite"));
    test::makeClinicWithFrontDesk(db);
    QFile f(db);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray before = f.readAll();
    f.close();
    const QStringList out = inNamespace(QStringLiteral(R"SH(
        set -u
        mount --bind "$DIR" "$DIR" && mount -o remount,bind,ro "$DIR"
        echo '{"family_name": "Read", "given_names": "Only", "birth_date": "1980-02-03"}' > "$TMPDIR_/p.json"
        "$CLI" --db "$DB" patient add --json "$TMPDIR_/p.json" > /dev/null 2> "$TMPDIR_/err"
        echo "exit $?"; echo "lines $(wc -l < "$TMPDIR_/err")"; echo "stderr $(head -1 "$TMPDIR_/err")"
    )SH"),
                                        {{QStringLiteral("DIR"), tmp.path(QStringLiteral("ro"))},
                                         {QStringLiteral("DB"), db},
                                         {QStringLiteral("TMPDIR_"), tmp.path(QString())}});
    INFO(out.join(QLatin1Char('\n')).toStdString());
    CHECK(valueOf(out, QStringLiteral("exit")) == QStringLiteral("1"));
    CHECK(valueOf(out, QStringLiteral("lines")) == QStringLiteral("1"));
    CHECK(valueOf(out, QStringLiteral("stderr")).contains(QStringLiteral("cannot be written")));
    CHECK(valueOf(out, QStringLiteral("stderr")).contains(QStringLiteral("Read-only file system")));
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == before);
}

TEST_CASE("The same failures inside the app: the kind of problem travels with the message",
          "[reliability][disk]")
{
    test::ClinicFixture c;
    records::PatientRecord p;
    p.familyName = QStringLiteral("Kept");
    p.givenNames = QStringLiteral("Before");
    p.birthDate = QDate(1980, 1, 1);
    const qint64 kept = c.services.patients.create(c.user, p);
    QSqlQuery q(c.db->store().connection());
    SECTION("full")
    {
        // The database may not grow any more: SQLite answers as for a full disk.
        QSqlQuery pages(c.db->store().connection());
        REQUIRE(pages.exec(QStringLiteral("PRAGMA page_count")));
        REQUIRE(pages.next());
        REQUIRE(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages.value(0).toInt())));
        p.notes = QString(9000, QLatin1Char('n'));
        try {
            for (int k = 0; k < 100; ++k)
                c.services.patients.create(c.user, p);
            FAIL("the database never filled up");
        } catch (const records::StoreError &e) {
            CHECK(e.kind() == records::StoreError::Kind::DiskFull);
            CHECK(e.message().startsWith(QStringLiteral("The disk holding the database is full")));
        }
    }
    SECTION("read-only")
    {
        REQUIRE(q.exec(QStringLiteral("PRAGMA query_only = ON")));
        try {
            c.services.patients.create(c.user, p);
            FAIL("a read-only database was written");
        } catch (const records::StoreError &e) {
            CHECK(e.kind() == records::StoreError::Kind::ReadOnly);
        }
        REQUIRE(q.exec(QStringLiteral("PRAGMA query_only = OFF")));
    }
    CHECK(c.services.patients.find(c.user, kept)->familyName == QStringLiteral("Kept"));
    CHECK_FALSE(c.db->store().inWriteTransaction()); // every failed action rolled back
}

TEST_CASE("A database on a network file system is refused before it is opened",
          "[reliability][disk]")
{
    test::TempDir tmp;
    CHECK(store::networkFileSystemName(0xEF53).isEmpty());     // ext4
    CHECK(store::networkFileSystemName(0x01021994).isEmpty()); // tmpfs
    CHECK(store::networkFileSystemName(0x6969) == QStringLiteral("NFS"));
    CHECK(store::networkFileSystemName(0xFF534D42) == QStringLiteral("SMB/CIFS"));
    CHECK(store::fileSystemOf(tmp.dbPath()).networkName.isEmpty()); // where the tests run
    for (const unsigned long type : {0x6969UL, 0xFF534D42UL, 0x517BUL}) {
        store::setFileSystemProbe(type == 0x6969UL ? [](const QString &) { return 0x6969UL; }
                                  : type == 0x517BUL
                                      ? [](const QString &) { return 0x517BUL; }
                                      : [](const QString &) { return 0xFF534D42UL; });
        const QString path = tmp.path(QStringLiteral("share/clinic.sqlite"));
        try {
            store::Database::open(path);
            FAIL("a database on a network file system was opened");
        } catch (const records::StoreError &e) {
            CHECK(e.kind() == records::StoreError::Kind::NetworkFileSystem);
            CHECK(e.message().contains(store::networkFileSystemName(type)));
            CHECK(e.message().contains(QStringLiteral("PostgreSQL")));
        }
        CHECK_FALSE(QFile::exists(path));
        CHECK_FALSE(QDir(tmp.path(QStringLiteral("share"))).exists()); // not even its folder
    }
    store::setFileSystemProbe(nullptr);
    CHECK_NOTHROW(store::Database::open(tmp.dbPath()));
}

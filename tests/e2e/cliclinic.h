#pragma once

// A clinic database driven through the real mesoplan-cli, with accounts for each role: what the
// e2e tests of booking and security start from.

#include "clirunner.h"
#include "testsupport.h"

#include "store/database.h"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <QDate>
#include <QScopeGuard>
#include <QSqlQuery>

#include <utility>

namespace meso::test {

using json = nlohmann::json;

// A clinic database with three accounts made through the CLI: the first administrator (set-up,
// no sign-in), then a practitioner and a front desk added by them. Commands run as `as`.
struct CliClinic
{
    // Where the clinic is: the test's database (a file, or a schema of the test server when the
    // suite runs on PostgreSQL), or a file whatever the suite runs on.
    enum class Where
    {
        TestDatabase,
        File
    };

    test::TempDir tmp;
    QString db;
    QString home = tmp.path(QStringLiteral("home"));
    QString as = QStringLiteral("doc");
    QList<QPair<QString, QString>> extraEnv; // more variables for every run

    static QString passwordOf(const QString &username)
    {
        return username + QStringLiteral("-secret-1");
    }

    explicit CliClinic(Where where = Where::TestDatabase)
        : db(where == Where::File ? tmp.path(QStringLiteral("clinic.sqlite")) : tmp.dbPath())
    {
        for (const auto &[username, role] :
             {std::pair{"admin", "admin"}, {"doc", "practitioner"}, {"desk", "front_desk"}}) {
            const auto r = test::runCli(
                {QStringLiteral("--db"), db, QStringLiteral("user"), QStringLiteral("add"),
                 QStringLiteral("--username"), QLatin1String(username), QStringLiteral("--name"),
                 QLatin1String(username), QStringLiteral("--role"), QLatin1String(role)},
                home, {}, credentials(QStringLiteral("admin"), QLatin1String(username)));
            INFO(r.err.toStdString());
            REQUIRE(r.exitCode == 0);
        }
    }

    QList<QPair<QString, QString>> credentials(const QString &user,
                                               const QString &newUser = {}) const
    {
        QList<QPair<QString, QString>> env = {
            {QStringLiteral("MESOPLAN_USER"), user},
            {QStringLiteral("MESOPLAN_PASSWORD"), passwordOf(user)}};
        if (!newUser.isEmpty())
            env.append({QStringLiteral("MESOPLAN_NEW_PASSWORD"), passwordOf(newUser)});
        return env;
    }

    test::CliResult run(QStringList args, const QByteArray &input = {}) const
    {
        args.prepend(db);
        args.prepend(QStringLiteral("--db"));
        return test::runCli(args, home, input, credentials(as) + extraEnv);
    }

    test::CliResult runAs(const QString &user, const QStringList &args,
                          const QByteArray &input = {})
    {
        const QString before = as;
        as = user;
        auto r = run(args, input);
        as = before;
        return r;
    }

    json ok(const QStringList &args, const QByteArray &input = {}) const
    {
        const auto r = run(args, input);
        INFO(args.join(QLatin1Char(' ')).toStdString() << ": " << r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return r.out.startsWith("BEGIN:VCALENDAR") ? json() : json::parse(r.out.toStdString());
    }

    // A patient with a signed consultation and an approved plan, through the CLI. `extras`
    // are more fields of the intake (", \"allergies\": [\"lidocaine\"]").
    qint64 approvedPlan(const QString &family, const char *indication = "hair_loss",
                        const char *area = "scalp", const char *extras = "")
    {
        const QString before = std::exchange(as, QStringLiteral("doc"));
        const auto restore = qScopeGuard([&] { as = before; });
        const json person = {{"family_name", family.toStdString()},
                             {"given_names", "Test"},
                             {"birth_date", "1980-01-02"}};
        const qint64 patient = ok({QStringLiteral("patient"), QStringLiteral("add"),
                                   QStringLiteral("--json"), QStringLiteral("-")},
                                  QByteArray::fromStdString(person.dump()))["id"];
        const QByteArray intake =
            QStringLiteral(R"({"patient": {"birth_date": "1980-01-02"}, "date": "%1",
            "requests": [{"indication": "%2", "area": "%3"}]%4})")
                .arg(QDate::currentDate().toString(Qt::ISODate), QLatin1String(indication),
                     QLatin1String(area), QLatin1String(extras))
                .toUtf8();
        const qint64 consultation =
            ok({QStringLiteral("consultation"), QStringLiteral("add"), QStringLiteral("--patient"),
                QString::number(patient), QStringLiteral("--intake"), QStringLiteral("-"),
                QStringLiteral("--sign")},
               intake)["id"];
        return ok({QStringLiteral("plan"), QStringLiteral("approve"),
                   QStringLiteral("--consultation"), QString::number(consultation)})["plan"];
    }

    // Active appointments that overlap another for the same practitioner, room or patient.
    int doubleBookings() const
    {
        auto database = store::Database::open(db);
        int n = 0;
        for (const char *column : {"practitioner_id", "room_id", "patient_id"}) {
            QSqlQuery q(database->connection());
            REQUIRE(q.exec(
                QStringLiteral(
                    "SELECT count(*) FROM appointments a JOIN appointments b ON a.%1 = b.%1 "
                    "AND a.id < b.id AND a.starts_at < b.ends_at AND b.starts_at < a.ends_at "
                    "WHERE a.status <> 'cancelled' AND b.status <> 'cancelled'")
                    .arg(QLatin1String(column))));
            REQUIRE(q.next());
            n += q.value(0).toInt();
        }
        return n;
    }
};

} // namespace meso::test

// Issue 6 through the services on a real database: every role tried on every action (the matrix
// of permissions.cpp, which docs/security.md must show identically), one audit row per action,
// tampering found by the hash chain, sign-in (Argon2id hashes, delays, re-hashing), privacy
// export and anonymisation, and text that looks like SQL or markup stored verbatim.

#include "clinic/audit.h"
#include "clinic/permissions.h"
#include "clinic/validationerror.h"
#include "clinicfixture.h"
#include "records/consultationrecord.h"
#include "records/patientrecord.h"
#include "records/userrecord.h"
#include "store/auditrepository.h"
#include "store/statement.h"
#include "store/transaction.h"
#include "store/userrepository.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>

#include <functional>
#include <map>
#include <random>
#include <set>
#include <thread>

using namespace meso;

namespace {

qint64 auditRows(const store::Database &db)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM audit_log")));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

records::AuditEntry lastAudit(const store::Database &db)
{
    records::AuditFilter f;
    f.limit = 1;
    const auto rows = store::AuditRepository(db).list(f);
    REQUIRE(rows.size() == 1);
    return rows.front();
}

void exec(const store::Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
}

// What another tool with the database's own rights could do: lift the append-only guard.
void liftAuditGuard(const store::Database &db)
{
    if (db.isServer()) {
        exec(db, QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only"));
    } else {
        exec(db, QStringLiteral("DROP TRIGGER audit_log_no_update"));
        exec(db, QStringLiteral("DROP TRIGGER audit_log_no_delete"));
    }
}

// A clinic with one account per role (cheapest allowed hashes: these tests are not about cost),
// a patient with a signed consultation, an approved plan and a booked series.
struct SecureClinic : test::ClinicFixture
{
    clinic::UserService users{*db, clinic::UserService::minimumCost()};
    std::map<QString, clinic::ActingUser> byRole;
    qint64 patient = 0, consultation = 0, plan = 0, appointment = 0;

    SecureClinic()
    {
        byRole[QStringLiteral("admin")] = users.createFirstAdmin(
            QStringLiteral("ada"), QStringLiteral("Ada Admin"), QStringLiteral("admin-secret"));
        for (const auto &[name, role] :
             {std::pair{"pia", "practitioner"}, {"fred", "front_desk"}}) {
            records::UserRecord u;
            u.username = QLatin1String(name);
            u.displayName = QLatin1String(name);
            u.role = QLatin1String(role);
            users.addUser(byRole[QStringLiteral("admin")], u,
                          QLatin1String(name) + QStringLiteral("-secret"));
            byRole[QLatin1String(role)] =
                users.signIn(QLatin1String(name), QLatin1String(name) + QStringLiteral("-secret"));
        }
        patient = test::addPatient(services, user, QStringLiteral("Matrix"));
        consultation = test::signedConsultation(services, user, patient,
                                                test::oneRequest("hair_loss", "scalp"));
        plan = test::approvedPlan(services, user, consultation);
        appointment = services.booking.bookBest(user, plan, {}).front();
    }
};

// One call per action, each reaching the service method that the action guards. A call may fail
// for another reason (a stale row version, a missing reason): only PermissionError counts.
std::map<clinic::Action, std::function<void(SecureClinic &, const clinic::ActingUser &)>>
representativeCalls()
{
    using A = clinic::Action;
    using C = SecureClinic;
    using U = clinic::ActingUser;
    static int backups = 0;
    return {
        {A::PatientRead, [](C &c, const U &u) { c.services.patients.find(u, c.patient); }},
        {A::PatientWrite,
         [](C &c, const U &u) { test::addPatient(c.services, u, QStringLiteral("New")); }},
        {A::ConsultationRead,
         [](C &c, const U &u) { c.services.consultations.find(u, c.consultation); }},
        {A::ConsultationWrite,
         [](C &c, const U &u) {
             records::ConsultationRecord r;
             r.patientId = c.patient;
             r.date = QDate::currentDate();
             r.intake = QStringLiteral("{}");
             c.services.consultations.saveDraft(u, r);
         }},
        {A::Assess,
         [](C &c, const U &u) {
             c.services.assessments.assess(
                 u, nlohmann::json::parse(R"({"patient": {"birth_date": "1980-01-01"},
                 "date": "2026-01-05", "requests": [{"indication": "hair_loss", "area": "scalp"}]})"));
         }},
        {A::PlanRead, [](C &c, const U &u) { c.services.plans.view(u, c.plan); }},
        {A::PlanSummary, [](C &c, const U &u) { c.services.plans.summary(u, c.plan); }},
        {A::PlanWrite, [](C &c, const U &u) { c.services.plans.revise(u, c.plan); }},
        {A::PlanOverride,
         [](C &c, const U &u) {
             c.services.plans.removeOverride(u, c.plan, 0, QStringLiteral("x"), QString());
         }},
        {A::PlanApprove, [](C &c, const U &u) { c.services.plans.approve(u, c.plan, 0); }},
        {A::PlanConsent,
         [](C &c, const U &u) {
             c.services.plans.recordConsent(u, c.plan, 0, QDate::currentDate(),
                                            QStringLiteral("written"));
         }},
        {A::SessionRead, [](C &c, const U &u) { c.services.sessions.forPatient(u, c.patient); }},
        {A::SessionWrite,
         [](C &c, const U &u) {
             c.services.sessions.notPerformed(u, c.appointment, QStringLiteral("matrix"));
         }},
        {A::StockRead, [](C &c, const U &u) { c.services.stock.products(u); }},
        {A::StockWrite,
         [](C &c, const U &u) {
             records::ProductRecord p;
             p.name = QStringLiteral("Matrix HA %1").arg(u.username);
             p.manufacturer = QStringLiteral("Lab");
             p.unitMl = 2;
             p.components = {{QStringLiteral("hyaluronic_acid"), QStringLiteral("10 mg/mL")}};
             c.services.stock.addProduct(u, p);
         }},
        {A::LotTrace,
         [](C &c, const U &u) { c.services.stock.trace(u, QStringLiteral("NO-SUCH-LOT")); }},
        {A::BookingRead,
         [](C &c, const U &u) {
             c.services.booking.between(u, QDateTime::currentDateTime(),
                                        QDateTime::currentDateTime().addDays(400));
         }},
        {A::BookingWrite,
         [](C &c, const U &u) {
             c.services.booking.cancel(u, c.appointment, 0, QStringLiteral("matrix"));
         }},
        {A::ClinicRead, [](C &c, const U &u) { c.services.clinicSetup.setup(u); }},
        {A::ClinicWrite,
         [](C &c, const U &u) {
             c.services.clinicSetup.setClosure(u, QDate::currentDate().addDays(300), QString());
         }},
        {A::CatalogRead, [](C &c, const U &u) { c.services.catalog.summary(u); }},
        {A::CatalogImport,
         [](C &c, const U &u) {
             c.services.catalog.replace(u, *c.services.catalog.current(c.admin));
         }},
        {A::UserManage, [](C &c, const U &u) { c.services.users.users(u); }},
        {A::AuditRead, [](C &c, const U &u) { c.services.audit.verify(u); }},
        {A::PatientExport,
         [](C &c, const U &u) { c.services.privacy.exportPatient(u, c.patient); }},
        {A::PatientAnonymise,
         [](C &c, const U &u) { c.services.privacy.anonymise(u, c.patient, QString()); }},
        {A::PatientImport,
         [](C &c, const U &u) {
             c.services.patientImport.import(
                 u, QByteArrayLiteral("Nom;Prénom;Date de naissance\nMatrix;Import;01/02/1990\n"),
                 {{}, true, false});
         }},
        {A::ReportActivity,
         [](C &c, const U &u) {
             c.services.reports.activity(u, QDate::currentDate().addDays(-7), QDate::currentDate());
         }},
        {A::RecallRead,
         [](C &c, const U &u) { c.services.recalls.due(u, QDate(), QDate::currentDate()); }},
        {A::RecallWrite,
         [](C &c, const U &u) {
             c.services.recalls.mark(u, c.consultation, 0, QStringLiteral("contacted"),
                                     QDate::currentDate());
         }},
        {A::ReminderSend,
         [](C &c, const U &u) { c.services.reminders.forDay(u, QDate::currentDate()); }},
        {A::BillingRead, [](C &c, const U &u) { c.services.billing.balance(u, c.patient); }},
        {A::InvoiceIssue,
         [](C &c, const U &u) { c.services.billing.invoicePackage(u, c.consultation, 0); }},
        {A::PaymentTake,
         [](C &c, const U &u) {
             clinic::PaymentRequest p;
             p.patientId = c.patient;
             p.method = QStringLiteral("cash");
             p.amountCents = 100;
             c.services.billing.addPayment(u, p);
         }},
        {A::CreditNote,
         [](C &c, const U &u) {
             c.services.billing.creditNote(u, QStringLiteral("0000-000000"), {},
                                           QStringLiteral("matrix"));
         }},
        {A::BillingSetup,
         [](C &c, const U &u) { c.services.billing.clearPrice(u, QStringLiteral("hair_loss")); }},
        {A::ReportClinic,
         [](C &c, const U &u) {
             c.services.reports.courses(u, QDate::currentDate().addDays(-7), QDate::currentDate());
         }},
        {A::Backup,
         [](C &c, const U &u) {
             c.services.backups.backup(
                 u, c.tmp.path(QStringLiteral("matrix-%1.sqlite").arg(++backups)));
         }},
    };
}

} // namespace

TEST_CASE("Every role is tried on every action: refused exactly where the matrix says",
          "[clinic][security]")
{
    SecureClinic c;
    const auto calls = representativeCalls();
    for (const clinic::Permission &p : clinic::Permissions::all()) {
        INFO("action " << p.name);
        REQUIRE(calls.count(p.action) == 1); // a new action needs its call here
        for (const QString &role : clinic::Permissions::roles()) {
            INFO("role " << role.toStdString());
            bool refused = false;
            try {
                calls.at(p.action)(c, c.byRole.at(role));
            } catch (const clinic::PermissionError &) {
                refused = true;
            } catch (const std::exception &) {
                // refused for another reason than the role: the permission check was passed
            }
            CHECK(refused == !clinic::Permissions::allows(role, p.action));
        }
    }
    CHECK(calls.size() == clinic::Permissions::all().size());
    // An account whose role is unknown (a database edited by hand) may do nothing.
    const clinic::ActingUser odd{c.user.id, QStringLiteral("odd"), QStringLiteral("superuser"),
                                 QString()};
    for (const auto &[action, call] : calls)
        CHECK_THROWS_AS(call(c, odd), clinic::PermissionError);
}

TEST_CASE("docs/security.md shows the permission matrix of the code", "[clinic][security][docs]")
{
    const QString doc =
        QString::fromUtf8(test::readAll(test::sourceDir() + QStringLiteral("/docs/security.md")));
    // Rows such as "| `plan.read` | yes | no | no | Read plans ... |"
    static const QRegularExpression row(
        QStringLiteral(
            R"(^\|\s*`([a-z_.]+)`\s*\|\s*(yes|no)\s*\|\s*(yes|no)\s*\|\s*(yes|no)\s*\|)"),
        QRegularExpression::MultilineOption);
    std::map<std::string, std::array<bool, 3>> documented;
    for (auto it = row.globalMatch(doc); it.hasNext();) {
        const auto m = it.next();
        documented[m.captured(1).toStdString()] = {m.captured(2) == QLatin1String("yes"),
                                                   m.captured(3) == QLatin1String("yes"),
                                                   m.captured(4) == QLatin1String("yes")};
    }
    REQUIRE(documented.size() == clinic::Permissions::all().size());
    for (const clinic::Permission &p : clinic::Permissions::all()) {
        INFO(p.name);
        REQUIRE(documented.count(p.name) == 1);
        CHECK(documented[p.name] == std::array<bool, 3>{p.practitioner, p.frontDesk, p.admin});
    }
}

TEST_CASE(
    "Each action leaves exactly one audit row, in its own transaction, and a refused one none",
    "[clinic][security][audit]")
{
    SecureClinic c;
    const clinic::ActingUser doc = c.byRole.at(QStringLiteral("practitioner"));
    const clinic::ActingUser desk = c.byRole.at(QStringLiteral("front_desk"));
    // Operations that succeed, each with the audit action it must leave.
    struct Operation
    {
        const char *action;
        std::function<void()> run;
    };
    std::vector<qint64> patients{c.patient};
    std::vector<qint64> consultations{c.consultation};
    std::mt19937 random(20261123);
    const auto pick = [&](const std::vector<qint64> &ids) { return ids[random() % ids.size()]; };
    const std::vector<Operation> operations = {
        {"patient.create",
         [&] { patients.push_back(test::addPatient(c.services, desk, QStringLiteral("Rand"))); }},
        {"patient.update",
         [&] {
             auto p = *c.services.patients.find(desk, pick(patients));
             p.phone = QStringLiteral("+33 6 %1").arg(random() % 30000000, 8, 10, QLatin1Char('0'));
             c.services.patients.update(desk, p);
         }},
        {"consultation.save",
         [&] {
             records::ConsultationRecord r;
             r.patientId = pick(patients);
             r.date = QDate::currentDate();
             r.intake = QStringLiteral("{}");
             consultations.push_back(c.services.consultations.saveDraft(doc, r).id);
         }},
        {"consultation.read", [&] { c.services.consultations.find(doc, pick(consultations)); }},
        {"consultation.read", [&] { c.services.consultations.forPatient(doc, pick(patients)); }},
        {"plan.read", [&] { c.services.plans.view(doc, c.plan); }},
        {"plan.read", [&] { c.services.plans.versions(doc, c.consultation); }},
        {"patient.archive",
         [&] {
             const auto p = *c.services.patients.find(desk, c.patient);
             c.services.patients.setArchived(desk, p.id, p.rowVersion, !p.archived);
         }},
    };
    for (int k = 0; k < 60; ++k) {
        const Operation &op = operations[random() % operations.size()];
        const qint64 before = auditRows(*c.db);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        op.run();
        INFO("operation " << k << ": " << op.action);
        REQUIRE(auditRows(*c.db) == before + 1);
        const records::AuditEntry row = lastAudit(*c.db);
        const QString expected = QLatin1String(op.action);
        if (expected == QLatin1String("patient.archive"))
            CHECK(row.action.startsWith(QStringLiteral("patient."))); // archive or restore
        else
            CHECK(row.action == expected);
        CHECK((row.userId == doc.id || row.userId == desk.id));
        CHECK(row.at.toMSecsSinceEpoch() >= now - 1000);
    }
    // Refused (role) or invalid (input) actions leave nothing.
    const qint64 before = auditRows(*c.db);
    CHECK_THROWS_AS(c.services.consultations.find(desk, c.consultation), clinic::PermissionError);
    CHECK_THROWS_AS(c.services.plans.approve(doc, c.plan, 0), clinic::ConflictError);
    records::PatientRecord nameless;
    CHECK_THROWS_AS(c.services.patients.create(desk, nameless), clinic::ValidationError);
    CHECK(auditRows(*c.db) == before);
    // A row outside a transaction could outlive a rolled-back action: refused.
    CHECK_THROWS_AS(clinic::audit(*c.db, doc, QStringLiteral("x"), 0, QStringLiteral("x")),
                    std::logic_error);
    CHECK(c.services.audit.verify(c.byRole.at(QStringLiteral("admin"))).problems.isEmpty());
}

TEST_CASE("The audit trail cannot be changed by the app, and changes by other tools are found",
          "[clinic][security][audit]")
{
    SecureClinic c;
    const clinic::ActingUser admin = c.byRole.at(QStringLiteral("admin"));
    const records::AuditVerification clean = c.services.audit.verify(admin);
    CHECK(clean.problems.isEmpty());
    REQUIRE(clean.rows >= 10);
    // Through the app's own connection: the triggers abort.
    for (const char *sql : {"UPDATE audit_log SET summary = 'x' WHERE seq = 3",
                            "DELETE FROM audit_log WHERE seq = 3", "DELETE FROM audit_log",
                            c.db->isServer() ? "TRUNCATE audit_log" : "DELETE FROM audit_log"}) {
        QSqlQuery q(c.db->store().connection());
        INFO(sql);
        CHECK_FALSE(q.exec(QLatin1String(sql)));
    }
    CHECK(c.services.audit.verify(admin).problems.isEmpty());

    SECTION("a changed row")
    {
        liftAuditGuard(*c.db);
        exec(*c.db, QStringLiteral("UPDATE audit_log SET username = 'someone' WHERE seq = 4"));
        const auto v = c.services.audit.verify(admin);
        REQUIRE(v.problems.size() == 1);
        CHECK(v.problems.front().startsWith(QStringLiteral("row 4 was changed")));
    }
    SECTION("a changed row whose hash was recomputed without the chain's next row")
    {
        liftAuditGuard(*c.db);
        records::AuditEntry e = store::AuditRepository(*c.db).list({}).at(4);
        e.summary = QStringLiteral("forged");
        exec(*c.db,
             QStringLiteral("UPDATE audit_log SET summary = 'forged', hash = '%1' WHERE seq = %2")
                 .arg(store::AuditRepository::hashOf(e))
                 .arg(e.seq));
        const auto v = c.services.audit.verify(admin);
        REQUIRE_FALSE(v.problems.isEmpty());
        CHECK(v.problems.front().contains(QStringLiteral("row %1 does not follow").arg(e.seq + 1)));
    }
    SECTION("a removed row in the middle")
    {
        liftAuditGuard(*c.db);
        exec(*c.db, QStringLiteral("DELETE FROM audit_log WHERE seq = 5"));
        const auto v = c.services.audit.verify(admin);
        REQUIRE_FALSE(v.problems.isEmpty());
        CHECK(v.problems.front() == QStringLiteral("row 6 follows row 4: 1 row(s) removed"));
    }
    SECTION("the newest rows removed")
    {
        liftAuditGuard(*c.db);
        exec(*c.db, QStringLiteral("DELETE FROM audit_log WHERE seq > %1").arg(clean.rows - 2));
        const auto v = c.services.audit.verify(admin);
        REQUIRE(v.problems.size() == 1);
        CHECK(v.problems.front().contains(QStringLiteral("the newest rows were removed")));
    }
    SECTION("a row added by hand")
    {
        exec(*c.db,
             QStringLiteral("INSERT INTO audit_log (seq, at, username, action, entity, summary, "
                            "prev_hash, hash) "
                            "VALUES (%1, '2026-01-01T00:00:00.000Z', 'x', 'x', 'x', '', 'x', 'x')")
                 .arg(clean.rows + 1));
        CHECK(c.services.audit.verify(admin).problems.size() >= 2); // chain and head
    }
}

TEST_CASE("Workstations writing at once keep one unbroken audit chain and every change",
          "[clinic][security][audit][concurrency]")
{
    // Three workstations (threads, each with its own connection) register patients as fast as
    // they can: on a server the writer lock serialises the chain's tail, on a file SQLite's.
    test::ClinicFixture f;
    const clinic::ActingUser admin = clinic::ActingUser::system(*f.db);
    const qint64 before = f.services.audit.verify(admin).rows;
    constexpr qint64 kWorkstations = 3, kEach = 25;
    std::vector<std::thread> workstations;
    std::vector<QString> failures(kWorkstations);
    for (int w = 0; w < kWorkstations; ++w) {
        workstations.emplace_back([&, w] {
            try {
                auto own = store::Database::open(f.tmp.dbPath());
                clinic::Services services(*own);
                const clinic::ActingUser user = clinic::ActingUser::builtInLocal(*own);
                for (int k = 0; k < kEach; ++k)
                    test::addPatient(services, user, QStringLiteral("W%1P%2").arg(w).arg(k));
            } catch (const std::exception &e) {
                failures[static_cast<size_t>(w)] = QString::fromUtf8(e.what());
            }
        });
    }
    for (auto &t : workstations)
        t.join();
    for (const QString &failure : failures)
        CHECK(failure.toStdString() == "");
    const records::AuditVerification after = f.services.audit.verify(admin);
    CHECK(after.problems.isEmpty());
    CHECK(after.rows == before + kWorkstations * kEach);
    CHECK(f.services.patients.count(f.user) == kWorkstations * kEach);
}

TEST_CASE("Passwords are Argon2id hashes, and sign-in delays, re-hashes and refuses alike",
          "[clinic][security][users]")
{
    test::ClinicFixture f;
    clinic::UserService cheap(*f.db, clinic::UserService::minimumCost());
    const clinic::ActingUser admin = cheap.createFirstAdmin(
        QStringLiteral("boss"), QStringLiteral("Boss"), QStringLiteral("correct horse"));
    CHECK_FALSE(cheap.needsFirstAdmin());
    CHECK_THROWS_AS(cheap.createFirstAdmin(QStringLiteral("boss2"), QStringLiteral("B"),
                                           QStringLiteral("whatever12")),
                    clinic::ConflictError);
    const auto hashOf = [&](const QString &username) {
        return store::UserRepository(*f.db).findByName(username)->passwordHash;
    };
    const QString first = hashOf(QStringLiteral("boss"));
    CHECK(first.startsWith(QStringLiteral("$argon2id$v=19$m=19456,t=2,")));
    CHECK_FALSE(first.contains(QStringLiteral("correct horse")));
    if (!f.db->isServer()) { // a server's files are not ours to read
        QFile file(f.db->location());
        REQUIRE(file.open(QIODevice::ReadOnly));
        f.db->store().checkpoint();
        CHECK_FALSE(file.readAll().contains("correct horse"));
    }

    // Too short, unknown role, taken name: each names its field.
    const auto field = [&](const std::function<void()> &call) {
        try {
            call();
        } catch (const clinic::ValidationError &e) {
            return e.field();
        }
        return QString();
    };
    records::UserRecord u;
    u.username = QStringLiteral("nina");
    u.displayName = QStringLiteral("Nina");
    u.role = QStringLiteral("front_desk");
    CHECK(field([&] { cheap.addUser(admin, u, QStringLiteral("short")); }) ==
          QStringLiteral("user.password"));
    u.role = QStringLiteral("root");
    CHECK(field([&] { cheap.addUser(admin, u, QStringLiteral("long enough")); }) ==
          QStringLiteral("user.role"));
    u.role = QStringLiteral("front_desk");
    u.username = QStringLiteral("Nina Smith");
    CHECK(field([&] { cheap.addUser(admin, u, QStringLiteral("long enough")); }) ==
          QStringLiteral("user.username"));
    u.username = QStringLiteral("nina");
    const qint64 nina = cheap.addUser(admin, u, QStringLiteral("long enough"));
    CHECK(field([&] { cheap.addUser(admin, u, QStringLiteral("long enough")); }) ==
          QStringLiteral("user.username"));

    // Wrong passwords: the same message as an unknown name; from the third in a row, a delay.
    QString unknownMessage, wrongMessage;
    try {
        cheap.signIn(QStringLiteral("nobody"), QStringLiteral("long enough"));
    } catch (const clinic::SignInError &e) {
        unknownMessage = QString::fromUtf8(e.what());
    }
    for (int attempt = 1; attempt <= 3; ++attempt) {
        try {
            cheap.signIn(QStringLiteral("nina"), QStringLiteral("wrong password"));
            FAIL("a wrong password signed in");
        } catch (const clinic::SignInError &e) {
            wrongMessage = QString::fromUtf8(e.what());
            CHECK(e.retryAfterSeconds() == clinic::UserService::delaySeconds(attempt));
        }
    }
    CHECK(wrongMessage == unknownMessage);
    CHECK(clinic::UserService::delaySeconds(3) == 2);
    CHECK(clinic::UserService::delaySeconds(4) == 4);
    CHECK(clinic::UserService::delaySeconds(40) == 300);
    // Waiting: even the right password is refused until the delay has passed.
    try {
        cheap.signIn(QStringLiteral("nina"), QStringLiteral("long enough"));
        FAIL("signed in during the delay");
    } catch (const clinic::SignInError &e) {
        CHECK(e.retryAfterSeconds() > 0);
    }
    exec(*f.db, QStringLiteral(
                    "UPDATE users SET last_failed_at = '2000-01-01T00:00:00.000Z' WHERE id = %1")
                    .arg(nina));
    // The delay has passed; signing in with a costlier service re-hashes the password.
    clinic::UserService costly(*f.db); // the default cost: 64 MiB
    CHECK(costly.signIn(QStringLiteral("nina"), QStringLiteral("long enough")).id == nina);
    CHECK(hashOf(QStringLiteral("nina")).startsWith(QStringLiteral("$argon2id$v=19$m=65536,t=2,")));
    CHECK(store::UserRepository(*f.db).find(nina)->failedAttempts == 0);
    CHECK(lastAudit(*f.db).summary.contains(QStringLiteral("re-hashed")));

    // Deactivated: no sign-in. The last administrator stays one.
    records::UserRecord record = *store::UserRepository(*f.db).find(nina);
    record.active = false;
    cheap.updateUser(admin, record);
    CHECK_THROWS_AS(cheap.signIn(QStringLiteral("nina"), QStringLiteral("long enough")),
                    clinic::SignInError);
    records::UserRecord boss = *store::UserRepository(*f.db).find(admin.id);
    boss.role = QStringLiteral("practitioner");
    CHECK(field([&] { cheap.updateUser(admin, boss); }) == QStringLiteral("user.role"));
    CHECK(store::UserRepository(*f.db).find(admin.id)->role == QStringLiteral("admin"));
    // Built-in accounts have no password: nobody signs in as them.
    CHECK_THROWS_AS(cheap.signIn(QStringLiteral("system"), QString()), clinic::SignInError);
    CHECK_THROWS_AS(cheap.signIn(QStringLiteral("local"), QString()), clinic::SignInError);
    // Every attempt was audited.
    records::AuditFilter failures;
    int failed = 0;
    for (const auto &e : store::AuditRepository(*f.db).list(failures))
        failed += e.action.startsWith(QStringLiteral("user.sign_in_")) ? 1 : 0;
    CHECK(failed == 8); // unknown, 3 wrong, 1 waiting, inactive, system, local
}

TEST_CASE("A patient's data is exported whole, and anonymisation waits for the retention period",
          "[clinic][security][privacy]")
{
    SecureClinic c;
    const clinic::ActingUser admin = c.byRole.at(QStringLiteral("admin"));
    const clinic::ActingUser doc = c.byRole.at(QStringLiteral("practitioner"));
    // A patient with a name no other data holds, an override comment and a cancelled session.
    records::PatientRecord p;
    p.familyName = QStringLiteral("Zyxwvutsrq");
    p.givenNames = QStringLiteral("Quintessa");
    p.birthDate = QDate(1979, 8, 14);
    p.phone = QStringLiteral("+33 6 12 34 56 78");
    p.email = QStringLiteral("quintessa@example.org");
    p.address = QStringLiteral("9 impasse Zyxwvutsrq\n75020 Paris");
    p.notes = QStringLiteral("Prefers mornings");
    const qint64 id = c.services.patients.create(doc, p);
    const qint64 consultation = test::signedConsultation(
        c.services, doc, id,
        QStringLiteral(
            R"({"patient": {"birth_date": "%2"}, "date": "%1", "medications": ["aspirin"],
                          "requests": [{"indication": "hair_loss", "area": "scalp"}]})"));
    const qint64 draft =
        c.services.plans.saveDraft(doc, c.services.plans.current(doc, consultation, 0).record);
    clinic::PlanView v = c.services.plans.view(doc, draft);
    for (const core::Finding *finding : v.relativeFindings()) {
        c.services.plans.setOverride(doc, draft, v.record.rowVersion,
                                     QString::fromStdString(finding->rule->id),
                                     clinic::findingSubject(*finding), QStringLiteral("other"),
                                     QStringLiteral("Quintessa Zyxwvutsrq said her GP agreed"));
        v = c.services.plans.view(doc, draft);
    }
    REQUIRE_FALSE(v.record.overrides.empty()); // aspirin is a relative finding
    c.services.plans.approve(doc, draft, v.record.rowVersion);
    // The course is booked, then called off: only activity that took place counts for retention.
    const auto booked = c.services.booking.bookBest(doc, draft, {});
    for (qint64 a : booked)
        c.services.booking.cancel(doc, a, c.services.booking.find(doc, a)->rowVersion,
                                  QStringLiteral("Zyxwvutsrq called"));

    const nlohmann::ordered_json out = c.services.privacy.exportPatient(admin, id);
    CHECK(out["format"] == clinic::PrivacyService::kExportFormat);
    CHECK(out["patient"]["family_name"] == "Zyxwvutsrq");
    CHECK(out["patient"]["email"] == "quintessa@example.org");
    CHECK(out["patient"]["address"] == "9 impasse Zyxwvutsrq\n75020 Paris");
    REQUIRE(out["consultations"].size() == 1);
    CHECK(out["consultations"][0]["intake"]["medications"][0] == "aspirin");
    REQUIRE(out["plans"].size() == 1);
    CHECK(out["plans"][0]["snapshot"]["protocol"] == out["plans"][0]["protocol"]);
    CHECK(out["plans"][0]["overrides"][0]["comment"] == "Quintessa Zyxwvutsrq said her GP agreed");
    CHECK(out["appointments"].size() == booked.size());
    CHECK(out["appointments"].back()["status"] == "cancelled");
    // The audit rows about the patient, the export's own last.
    REQUIRE(out["audit"].size() >= 6);
    CHECK(out["audit"].back()["action"] == "patient.export");
    CHECK(out["audit"].front()["action"] == "patient.create");
    for (const auto &row : out["audit"])
        CHECK(row["summary"].get<std::string>().find("Zyxwvutsrq") ==
              std::string::npos); // ids, not names

    // The retention period runs from the last activity (today): refused, and nothing changes.
    CHECK(c.services.privacy.retentionEnds(admin, id) == QDate::currentDate().addYears(20));
    CHECK_THROWS_AS(c.services.privacy.anonymise(admin, id, QStringLiteral("patient's request")),
                    clinic::ConflictError);
    CHECK_THROWS_AS(c.services.privacy.anonymise(doc, id, QStringLiteral("patient's request")),
                    clinic::PermissionError);
    CHECK(c.services.patients.find(admin, id)->familyName == QStringLiteral("Zyxwvutsrq"));

    // A clinic whose duty is over (retention 0 years for the test) may anonymise.
    clinic::ClinicPolicies policies = c.services.profile.policies(admin);
    policies.retentionYears = 0;
    c.services.profile.setPolicies(admin, policies);
    c.services.privacy.anonymise(admin, id, QStringLiteral("patient's request"));
    c.db->store().checkpoint();
    const records::PatientRecord gone = *c.services.patients.find(admin, id);
    CHECK(gone.familyName == QStringLiteral("ANONYMISED"));
    CHECK(gone.birthDate == QDate(1979, 1, 1));
    CHECK(gone.phone.isEmpty());
    CHECK(gone.email.isEmpty());
    CHECK(gone.address.isEmpty());
    CHECK(gone.notes.isEmpty());
    CHECK(gone.archived);
    const auto again = c.services.privacy.exportPatient(admin, id);
    CHECK(again["patient"]["anonymised"] == true);
    CHECK(again["consultations"][0]["intake"]["patient"]["birth_date"] == "1979-01-01");
    CHECK(again["plans"][0]["overrides"][0]["comment"] == "");
    CHECK(again["appointments"].back()["cancel_reason"] == "");
    CHECK(lastAudit(*c.db).action == QStringLiteral("patient.export"));
    CHECK(c.services.audit.verify(admin).problems.isEmpty()); // the trail itself is untouched
    CHECK_THROWS_AS(c.services.privacy.anonymise(admin, id, QStringLiteral("again")),
                    clinic::ConflictError);
    CHECK_THROWS_AS(c.services.patients.update(doc, gone), clinic::ConflictError);
    CHECK(c.services.patients.search(admin, QStringLiteral("Zyxwvutsrq"), 10, std::nullopt, true)
              .empty());
    // secure_delete: the old identity is nowhere in the file any more (a server's files are its
    // administrator's: docs/deployment.md).
    if (c.db->isServer())
        return;
    QFile file(c.db->location());
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK_FALSE(bytes.contains("Zyxwvutsrq"));
    CHECK_FALSE(bytes.contains("quintessa@example.org"));
    CHECK_FALSE(bytes.contains("1979-08-14"));
}

TEST_CASE("Text that looks like SQL or markup is stored and read back verbatim",
          "[clinic][security]")
{
    SecureClinic c;
    const clinic::ActingUser desk = c.byRole.at(QStringLiteral("front_desk"));
    const QString hostile[] = {
        QStringLiteral("Robert'); DROP TABLE patients;--"),
        QStringLiteral("<b>bold</b><img src=x onerror=alert(1)>"),
        QStringLiteral("\" OR 1=1 --"),
        QStringLiteral("%1 %s {{ID}} \\x00 ' ; --"),
        QStringLiteral("=HYPERLINK(\"http://evil\")"),
    };
    for (const QString &text : hostile) {
        records::PatientRecord p;
        p.familyName = text;
        p.givenNames = text;
        p.birthDate = QDate(1990, 1, 1);
        p.notes = text;
        p.phone = QStringLiteral("+1 202 555 0143");
        const qint64 id = c.services.patients.create(desk, p);
        const auto back = c.services.patients.find(desk, id);
        CHECK(back->familyName == text);
        CHECK(back->givenNames == text);
        CHECK(back->notes == text);
        CHECK_FALSE(c.services.patients.search(desk, text, 5).empty());
    }
    // Still there, all of it.
    CHECK(c.services.patients.count(desk) == 1 + static_cast<qint64>(std::size(hostile)));
    // A user name typed at sign-in reaches the audit CSV as plain text, never a formula.
    CHECK_THROWS(
        c.users.signIn(QStringLiteral("=HYPERLINK(\"http://evil\")"), QStringLiteral("x")));
    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    c.services.audit.exportCsv(c.byRole.at(QStringLiteral("admin")), {}, csv);
    CHECK(csv.data().contains("\"'=HYPERLINK(\"\"http://evil\"\")\""));
    CHECK_FALSE(csv.data().contains(",=HYPERLINK"));
}

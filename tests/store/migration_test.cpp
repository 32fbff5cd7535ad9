// Migrations (issue 7): a database of every schema version MesoPlan has shipped
// (tests/store/fixtures/schema-N.sql, frozen once shipped) is upgraded to the latest with every
// row kept; a process killed in the middle of an upgrade leaves the old or the new version of
// each step, never a mix.
//
// The fixtures are made by the hidden test "[.fixtures]" (store_tests "[.fixtures]"), which writes
// only the ones missing: when a schema step is added, run it once to freeze the new version.

#include "store/auditrepository.h"
#include "store/database.h"
#include "store/filebackup.h"
#include "store/patientrepository.h"
#include "store/statement.h"
#include "store/transaction.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>

#include <algorithm>
#include <map>
#include <set>

#include <signal.h>

using namespace meso;

namespace {

QString fixturePath(int version)
{
    return test::sourceDir() + QStringLiteral("/tests/store/fixtures/schema-%1.sql").arg(version);
}

void exec(const store::Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
}

// The rows a clinic of that version would hold, written with that version's columns.
void addRowsOfVersion(const store::Database &db, int version)
{
    store::WriteTransaction tx(db);
    if (version == 1) {
        exec(db,
             QStringLiteral(
                 "INSERT INTO users (username, display_name, role, created_at) VALUES "
                 "('helene.roy', 'Dr Hélène Roy', 'practitioner', '2026-01-05T09:00:00.000Z')"));
        const char *patients[][5] = {
            {"Dupré", "Élodie", "1984-03-09", "female", "+33 6 11 22 33 44"},
            {"O'Connor", "Seán", "1990-12-31", "male", ""},
            {"Nguyễn", "Thị Mai", "1975-07-01", "female", "+84 90 123 4567"}};
        int n = 0;
        for (const auto &p : patients) {
            ++n;
            exec(db,
                 QStringLiteral(
                     "INSERT INTO patients (family_name, given_names, birth_date, sex, phone, "
                     "email, "
                     "notes, search_key, archived, created_by, created_at, updated_at) VALUES "
                     "('%1', '%2', '%3', '%4', '%5', 'p%6@example.org', 'Notes %6 "
                     "<b>''quoted''</b>', "
                     "lower('%1 %2'), %7, 1, '2026-01-0%6T10:00:00.000Z', "
                     "'2026-01-0%6T10:00:00.000Z')")
                     .arg(QString::fromUtf8(p[0]).replace(QLatin1Char('\''), QStringLiteral("''")),
                          QString::fromUtf8(p[1]), QLatin1String(p[2]), QLatin1String(p[3]),
                          QLatin1String(p[4]))
                     .arg(n)
                     .arg(n == 2 ? 1 : 0));
        }
        const QString intake =
            QStringLiteral(R"({"patient": {"birth_date": "1984-03-09", "sex": "female"},
            "date": "2026-01-10", "requests": [{"indication": "hair_loss", "area": "scalp"}],
            "medications": ["aspirin"], "allergies": ["lidocaine"]})");
        exec(db,
             QStringLiteral(
                 "INSERT INTO consultations (patient_id, consultation_date, status, intake, "
                 "created_by, "
                 "created_at, signed_by, signed_at) VALUES (1, '2026-01-10', 'signed', '%1', 1, "
                 "'2026-01-10T10:00:00.000Z', 1, '2026-01-10T10:30:00.000Z')")
                 .arg(intake));
        exec(db,
             QStringLiteral("INSERT INTO consultations (patient_id, consultation_date, status, "
                            "intake, amends_id, "
                            "created_by, created_at) VALUES (1, '2026-01-11', 'draft', '%1', 1, 1, "
                            "'2026-01-11T10:00:00.000Z')")
                 .arg(intake));
        exec(db, QStringLiteral("INSERT INTO consultations (patient_id, consultation_date, status, "
                                "intake, created_by, "
                                "created_at) VALUES (3, '2026-01-12', 'draft', '{}', 2, "
                                "'2026-01-12T10:00:00.000Z')"));
    }
    if (version == 3) {
        exec(db,
             QStringLiteral(
                 "INSERT INTO plans (consultation_id, request_index, indication_id, area_id, "
                 "version, "
                 "status, protocol_id, sessions, interval_days, snapshot, consent_date, "
                 "consent_method, "
                 "consent_by, consent_at, created_by, created_at, approved_by, approved_at) VALUES "
                 "(1, 0, 'hair_loss', 'scalp', 1, 'approved', 'hair_loss', 6, 14, "
                 "'{\"protocol\": \"hair_loss\", \"sessions\": 6}', '2026-01-10', 'written', 1, "
                 "'2026-01-10T11:00:00.000Z', 1, '2026-01-10T10:40:00.000Z', 1, "
                 "'2026-01-10T10:50:00.000Z')"));
        exec(db, QStringLiteral(
                     "INSERT INTO plan_overrides (plan_id, rule_id, subject, reason, comment, "
                     "overridden_by, "
                     "overridden_at) VALUES (1, 'antiplatelet', '', 'benefit_outweighs_risk', "
                     "'stopped 7 days before', 1, '2026-01-10T10:45:00.000Z')"));
        exec(db, QStringLiteral("INSERT INTO clinic_settings (setting_key, setting_value) VALUES "
                                "('clinic.name', 'Clinique du Parc')"));
    }
    if (version == 4) {
        exec(db, QStringLiteral("INSERT INTO rooms (name, equipment) VALUES ('Salle 2', "
                                "'[\"syringe\", \"multi_needle\"]')"));
        exec(db, QStringLiteral(
                     "INSERT INTO closures (closure_date, reason) VALUES ('2026-12-25', 'Noël')"));
        for (int s = 0; s < 3; ++s) {
            const qint64 start =
                QDate(1970, 1, 1).daysTo(QDate(2026, 2, 2).addDays(qint64{14} * s)) * 1440 +
                qint64{9} * 60;
            exec(db,
                 QStringLiteral(
                     "INSERT INTO appointments (plan_id, session_index, patient_id, "
                     "practitioner_id, "
                     "room_id, starts_at, ends_at, status, cancel_reason, created_by, created_at, "
                     "updated_at) VALUES (1, %1, 1, 2, 1, %2, %3, '%4', '%5', 1, "
                     "'2026-01-10T12:00:00.000Z', '2026-01-10T12:00:00.000Z')")
                     .arg(s)
                     .arg(start)
                     .arg(start + 30)
                     .arg(s == 2 ? QStringLiteral("cancelled") : QStringLiteral("booked"),
                          s == 2 ? QStringLiteral("ill") : QString()));
        }
    }
    if (version == 5) {
        exec(db, QStringLiteral("INSERT INTO anonymisations (patient_id, anonymised_at, "
                                "anonymised_by, reason) VALUES "
                                "(2, '2026-03-01T09:00:00.000Z', 1, 'patient''s request')"));
        for (const char *action : {"user.sign_in", "consultation.read", "plan.approve"}) {
            records::AuditEntry e;
            e.at = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
            e.userId = 2;
            e.username = QStringLiteral("helene.roy");
            e.action = QLatin1String(action);
            e.patientId = QLatin1String(action) == QLatin1String("user.sign_in") ? 0 : 1;
            e.entity = QStringLiteral("patient:1");
            store::AuditRepository(db).append(e);
        }
    }
    if (version == 7) {
        exec(db, QStringLiteral("INSERT INTO products (name, manufacturer, form, unit_ul, "
                                "low_stock_units, created_by, created_at) VALUES ('Profhilo', "
                                "'IBSA', 'syringe', 2000, 2, 1, '2026-04-01T09:00:00.000Z')"));
        exec(db, QStringLiteral("INSERT INTO product_ingredients (product_id, ingredient_id, "
                                "concentration) VALUES (1, 'hyaluronic_acid', '32 mg/mL')"));
        exec(db, QStringLiteral("INSERT INTO lots (product_id, lot_number, expiry_date, "
                                "units_received, received_on, supplier, used_ul, received_by, "
                                "received_at) VALUES (1, 'PH-2026-01', '2027-06-30', 4, "
                                "'2026-04-01', 'Grossiste Rhône', 2000, 1, "
                                "'2026-04-01T09:05:00.000Z')"));
        exec(db, QStringLiteral("INSERT INTO treatment_sessions (appointment_id, patient_id, "
                                "plan_id, performed, performed_on, technique, depth_min_mm, "
                                "depth_max_mm, needle, pain, gais_patient, notes, deviations, "
                                "signed_by, signed_at) VALUES (1, 1, 1, 1, '2026-02-02', "
                                "'nappage', 2, 4, '32G 4 mm', 4, 2, 'Légère gêne', "
                                "'[{\"key\":\"technique:nappage\",\"reason\":\"cuir "
                                "chevelu\"}]', 1, '2026-02-02T09:30:00.000Z')"));
        exec(db, QStringLiteral("INSERT INTO session_products (session_id, line_no, area_id, "
                                "lot_id, volume_ul, points) VALUES (1, 0, 'scalp', 1, 2000, 80)"));
        exec(db, QStringLiteral("INSERT INTO adverse_events (patient_id, session_id, risk_id, "
                                "onset_date, severity, serious, outcome, resolved_on, "
                                "recorded_by, recorded_at, updated_at) VALUES (1, 1, "
                                "'bruising', '2026-02-02', 'mild', 0, 'resolved', '2026-02-06', "
                                "1, '2026-02-03T10:00:00.000Z', '2026-02-06T10:00:00.000Z')"));
        exec(db, QStringLiteral("INSERT INTO photo_consents (patient_id, scope, given_on, "
                                "recorded_by, recorded_at) VALUES (1, 'record', '2026-02-02', 1, "
                                "'2026-02-02T09:00:00.000Z')"));
        exec(db, QStringLiteral("INSERT INTO photos (patient_id, session_id, area_id, taken, "
                                "media_type, width, height, sha256, content, recorded_by, "
                                "recorded_at) VALUES (1, 1, 'scalp', 'before', 'image/png', 1, 1, "
                                "'00', X'89504E470D0A1A0A', 1, '2026-02-02T09:10:00.000Z')"));
    }
    if (version == 10)
        exec(db, QStringLiteral("UPDATE plans SET quote_cents = 180000 WHERE id = 1"));
    if (version == 11)
        exec(db, QStringLiteral("INSERT INTO recall_marks (consultation_id, request_index, status, "
                                "marked_on, note, marked_by, marked_at) VALUES (1, 0, "
                                "'contacted', '2026-09-01', 'rappel en octobre', 1, "
                                "'2026-09-01T10:00:00.000Z')"));
    if (version == 12)
        exec(db,
             QStringLiteral("UPDATE patients SET reminder_consent_on = '2026-09-01' WHERE id = 1"));
    if (version == 13)
        exec(db, QStringLiteral("UPDATE patients SET language = 'fr' WHERE id = 1"));
    if (version == 14)
        exec(db, QStringLiteral("INSERT INTO reminders_sent (appointment_id, starts_at, sent_at, "
                                "sent_by) SELECT id, starts_at, '2026-12-01T18:00:00.000Z', 1 "
                                "FROM appointments WHERE id = 1"));
    if (version == 18)
        exec(db, QStringLiteral("UPDATE patients SET address = '14 rue des Lilas' || char(10) || "
                                "'69003 Lyon' WHERE id = 1"));
    if (version == 16) {
        exec(db, QStringLiteral("INSERT INTO prices (protocol_id, session_cents, package_cents, "
                                "updated_by, updated_at) VALUES ('hair_loss', 18000, 95000, 1, "
                                "'2026-12-07T09:00:00.000Z')"));
        exec(db,
             QStringLiteral("INSERT INTO invoice_numbers (year, last_number) VALUES (2026, 1)"));
        exec(db, QStringLiteral(
                     "INSERT INTO invoices (number, year, seq, kind, patient_id, consultation_id, "
                     "request_index, package, issued_on, issued_at, issued_by, currency, "
                     "excl_cents, vat_cents, incl_cents, seller, buyer) VALUES ('2026-000001', "
                     "2026, 1, 'invoice', 1, 1, 0, 0, '2026-12-07', '2026-12-07T09:30:00.000Z', "
                     "1, 'EUR', 15000, 3000, 18000, '{\"name\":\"Clinique du Parc\"}', "
                     "'{\"family_name\":\"Dupré\"}')"));
        exec(db, QStringLiteral("INSERT INTO invoice_lines (invoice_id, line_no, label, quantity, "
                                "unit_cents, vat_rate, excl_cents, vat_cents, incl_cents, "
                                "appointment_id) VALUES (1, 1, 'Séance 1 de 6', 1, 18000, 2000, "
                                "15000, 3000, 18000, 1)"));
        exec(db, QStringLiteral("INSERT INTO payments (patient_id, invoice_id, method, "
                                "amount_cents, paid_on, taken_by, taken_at) VALUES (1, 1, 'card', "
                                "18000, '2026-12-07', 1, '2026-12-07T09:31:00.000Z')"));
    }
    tx.commit();
}

// Loads a fixture (a SQL dump ending with its PRAGMA user_version) into a new database file.
void load(const QString &fixture, const QString &file)
{
    QProcess sqlite;
    sqlite.setStandardInputFile(fixture);
    sqlite.start(QStringLiteral("sqlite3"), {file});
    REQUIRE(sqlite.waitForFinished(60000));
    INFO(sqlite.readAllStandardError().toStdString());
    REQUIRE(sqlite.exitCode() == 0);
}

using Rows = std::vector<QStringList>;

// Every table's rows (columns by name, in rowid order), for comparing before and after.
std::map<QString, std::pair<QStringList, Rows>> snapshot(const QSqlDatabase &db)
{
    std::map<QString, std::pair<QStringList, Rows>> out;
    for (const QString &table : db.tables()) {
        if (table.startsWith(QStringLiteral("sqlite_")))
            continue;
        QStringList columns;
        const QSqlRecord r = db.record(table);
        for (int i = 0; i < r.count(); ++i) {
            if (table == QLatin1String("patients") && r.fieldName(i) == QLatin1String("search_key"))
                continue; // recomputed by step 2 from the names
            if (table == QLatin1String("protocols") &&
                r.fieldName(i) == QLatin1String("price_per_session"))
                continue; // converted to whole cents by step 17 (its own test)
            columns << r.fieldName(i);
        }
        out[table].first = columns;
    }
    return out;
}

Rows rowsOf(const QSqlDatabase &db, const QString &table, const QStringList &columns)
{
    QSqlQuery q(db);
    REQUIRE(q.exec(
        QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
            .arg(columns.join(QStringLiteral(", ")), table, columns.join(QStringLiteral(", ")))));
    Rows rows;
    while (q.next()) {
        QStringList row;
        for (int i = 0; i < columns.size(); ++i)
            row << (q.value(i).isNull() ? QStringLiteral("<null>") : q.value(i).toString());
        rows.push_back(row);
    }
    return rows;
}

} // namespace

TEST_CASE("Migration fixtures: write the missing ones", "[.fixtures]")
{
    for (int version = 1; version <= store::Database::latestSchemaVersion(); ++version) {
        if (QFile::exists(fixturePath(version)))
            continue; // a shipped version's fixture never changes
        test::TempDir tmp;
        for (int step = 1; step <= version; ++step) {
            auto db = store::Database::open(tmp.dbPath(), step);
            addRowsOfVersion(*db, step);
        }
        QProcess dump;
        dump.start(QStringLiteral("sqlite3"), {tmp.dbPath(), QStringLiteral(".dump")});
        REQUIRE(dump.waitForFinished(60000));
        QFile out(fixturePath(version));
        REQUIRE(QDir().mkpath(QFileInfo(out).absolutePath()));
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write("-- MesoPlan schema version " + QByteArray::number(version) +
                  ", frozen when shipped (tests/store/migration_test.cpp).\n");
        out.write(dump.readAllStandardOutput());
        out.write("PRAGMA user_version = " + QByteArray::number(version) + ";\n");
    }
}

TEST_CASE("Step 8 marks the plans whose request already holds appointments",
          "[sqlite][store][migration]")
{
    // Version 7's clinic: plan 1 has two booked sessions and a cancelled one.
    test::TempDir tmp;
    load(fixturePath(7), tmp.dbPath());
    auto db = store::Database::open(tmp.dbPath());
    REQUIRE(db->schemaVersion() >= 8);
    store::Statement booked(db->connection(),
                            QStringLiteral("SELECT booked FROM plans WHERE id = 1"));
    booked.exec();
    REQUIRE(booked.next());
    CHECK(booked.integer(0) == 1);
}

TEST_CASE("After step 19 the database still marks which requests hold appointments",
          "[store][migration]")
{
    // A version-18 clinic (on a server: step 9's triggers) with three requests, the first
    // booked; step 19 replaces the server's triggers (docs/performance.md).
    test::TempDir tmp;
    {
        auto db = store::Database::open(tmp.dbPath(), 18);
        exec(*db, QStringLiteral("INSERT INTO patients (family_name, given_names, birth_date, "
                                 "search_key, created_by, created_at, updated_at) VALUES "
                                 "('Roy', 'Anne', '1980-01-01', 'roy anne', 1, "
                                 "'2026-12-01T09:00:00Z', '2026-12-01T09:00:00Z')"));
        exec(*db, QStringLiteral("INSERT INTO consultations (patient_id, consultation_date, "
                                 "status, intake, created_by, created_at) VALUES (1, "
                                 "'2026-12-01', 'signed', '{}', 1, '2026-12-01T09:00:00Z')"));
        exec(*db, QStringLiteral("INSERT INTO rooms (name, equipment) VALUES ('Salle 1', '[]')"));
        for (int request = 0; request < 3; ++request)
            exec(*db, QStringLiteral("INSERT INTO plans (consultation_id, request_index, "
                                     "indication_id, area_id, version, status, protocol_id, "
                                     "sessions, interval_days, created_by, created_at) VALUES "
                                     "(1, %1, 'hair_loss', 'scalp', 1, 'approved', 'hair_loss', "
                                     "6, 14, 1, '2026-12-01T09:00:00Z')")
                          .arg(request));
    }
    auto db = store::Database::open(tmp.dbPath());
    REQUIRE(db->schemaVersion() >= 19);
    int minute = 29000000;
    const auto add = [&](int plan, const char *status) {
        minute += 60;
        exec(*db, QStringLiteral("INSERT INTO appointments (plan_id, session_index, patient_id, "
                                 "practitioner_id, room_id, starts_at, ends_at, status, "
                                 "created_by, created_at, updated_at) VALUES (%1, 0, 1, 1, 1, "
                                 "%2, %3, '%4', 1, '2026-12-01T09:00:00Z', "
                                 "'2026-12-01T09:00:00Z')")
                      .arg(plan)
                      .arg(minute)
                      .arg(minute + 30)
                      .arg(QLatin1String(status)));
    };
    const auto booked = [&] {
        std::vector<qint64> out;
        store::Statement s(db->connection(),
                           QStringLiteral("SELECT id FROM plans WHERE booked = 1 ORDER BY id"));
        s.exec();
        while (s.next())
            out.push_back(s.integer(0));
        return out;
    };
    add(1, "booked");
    add(1, "booked");
    add(3, "cancelled"); // a cancelled appointment does not book its request
    CHECK(booked() == std::vector<qint64>{1});
    add(2, "booked");
    CHECK(booked() == std::vector<qint64>{1, 2});
    // A new version of a booked plan inherits its request's appointments.
    exec(*db, QStringLiteral("INSERT INTO plans (consultation_id, request_index, indication_id, "
                             "area_id, version, status, protocol_id, sessions, interval_days, "
                             "created_by, created_at) VALUES (1, 1, 'hair_loss', 'scalp', 2, "
                             "'draft', 'hair_loss', 6, 14, 1, '2026-12-02T09:00:00Z')"));
    CHECK(booked() == std::vector<qint64>{1, 2, 4});
    // Cancelling one of two keeps the request booked; the last one frees it, for every version.
    exec(*db, QStringLiteral("UPDATE appointments SET status = 'cancelled' WHERE id = 1"));
    CHECK(booked() == std::vector<qint64>{1, 2, 4});
    exec(*db, QStringLiteral("UPDATE appointments SET status = 'cancelled' WHERE id = 2"));
    CHECK(booked() == std::vector<qint64>{2, 4});
    exec(*db, QStringLiteral("DELETE FROM appointments WHERE plan_id = 2"));
    CHECK(booked().empty());
    // A moved appointment (no status change) leaves its request as it was.
    add(3, "booked");
    exec(*db, QStringLiteral("UPDATE appointments SET starts_at = starts_at + 1440, ends_at = "
                             "ends_at + 1440 WHERE plan_id = 3 AND status = 'booked'"));
    CHECK(booked() == std::vector<qint64>{3});
}

TEST_CASE("Step 10 keeps each approved plan's quote in cents, read from its snapshot",
          "[sqlite][store][migration]")
{
    // Version 9's plan 1 is approved; its snapshot has no price until the test gives it one.
    for (const bool priced : {false, true}) {
        INFO("priced " << priced);
        test::TempDir tmp;
        load(fixturePath(9), tmp.dbPath());
        if (priced) {
            const QString name = QStringLiteral("step-10");
            {
                QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                raw.setDatabaseName(tmp.dbPath());
                REQUIRE(raw.open());
                QSqlQuery q(raw);
                REQUIRE(q.exec(QStringLiteral(
                    "UPDATE plans SET snapshot = '{\"sessions\": 6, \"price\": "
                    "{\"per_session\": 300.0833, \"total\": 1800.5}}' WHERE id = 1")));
                raw.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
        auto db = store::Database::open(tmp.dbPath());
        REQUIRE(db->schemaVersion() >= 10);
        store::Statement quote(db->connection(),
                               QStringLiteral("SELECT quote_cents FROM plans WHERE id = 1"));
        quote.exec();
        REQUIRE(quote.next());
        if (priced)
            CHECK(quote.integer(0) == 180050);
        else
            CHECK(quote.value(0).isNull());
    }
}

TEST_CASE("Step 17 converts the catalog's prices to whole cents exactly",
          "[sqlite][store][migration]")
{
    // Amounts a double cannot hold exactly (300.07 is 300.069999...), written as version 16 kept
    // them, into protocol rows of a version-16 clinic.
    const std::vector<std::pair<double, qint64>> prices = {
        {300.07, 30007}, {0.29, 29}, {1234.56, 123456}, {99999.99, 9999999}, {0, 0}, {180, 18000}};
    test::TempDir tmp;
    load(fixturePath(16), tmp.dbPath());
    const QString name = QStringLiteral("step-17");
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(tmp.dbPath());
        REQUIRE(raw.open());
        REQUIRE(QSqlQuery(raw).exec(
            QStringLiteral("INSERT INTO techniques (id, position, depth_min_mm, depth_max_mm, "
                           "source, evidence, doc) VALUES ('nappage', 1, 0.5, 1, 'S', "
                           "'common_practice', '{}')")));
        for (size_t i = 0; i < prices.size(); ++i) {
            QSqlQuery q(raw);
            q.prepare(QStringLiteral(
                "INSERT INTO protocols (id, position, protocol_rank, technique_id, sessions_min, "
                "sessions_default, sessions_max, interval_days, interval_min_days, "
                "interval_tolerance_days, maintenance_days, session_minutes, price_per_session, "
                "source, evidence, doc) VALUES (?, 1, 1, 'nappage', 1, 1, 1, 7, 7, 0, 0, 30, ?, "
                "'S', 'common_practice', '{}')"));
            q.addBindValue(QStringLiteral("p%1").arg(i));
            q.addBindValue(prices[i].first);
            INFO(q.lastError().text().toStdString());
            REQUIRE(q.exec());
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);
    auto db = store::Database::open(tmp.dbPath());
    REQUIRE(db->schemaVersion() >= 17);
    for (size_t i = 0; i < prices.size(); ++i) {
        INFO("price " << prices[i].first);
        store::Statement s(db->connection(), QStringLiteral("SELECT price_per_session_cents FROM "
                                                            "protocols WHERE id = ?"));
        s.bind(QStringLiteral("p%1").arg(i)).exec();
        REQUIRE(s.next());
        CHECK(s.integer(0) == prices[i].second);
    }
    CHECK_FALSE(db->connection()
                    .record(QStringLiteral("protocols"))
                    .contains(QStringLiteral("price_per_session")));
}

TEST_CASE("A database of every shipped schema version upgrades with every row kept",
          "[sqlite][store][migration]")
{
    const int latest = store::Database::latestSchemaVersion();
    for (int version = 1; version <= latest; ++version) {
        INFO("schema version " << version);
        REQUIRE(QFile::exists(fixturePath(version)));
        test::TempDir tmp;
        load(fixturePath(version), tmp.dbPath());
        std::map<QString, std::pair<QStringList, Rows>> before;
        {
            const QString name = QStringLiteral("fixture-%1").arg(version);
            {
                QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                raw.setDatabaseName(tmp.dbPath());
                REQUIRE(raw.open());
                QSqlQuery v(raw);
                REQUIRE(v.exec(QStringLiteral("PRAGMA user_version")));
                REQUIRE(v.next());
                REQUIRE(v.value(0).toInt() == version);
                before = snapshot(raw);
                for (auto &[table, content] : before)
                    content.second = rowsOf(raw, table, content.first);
                raw.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
        REQUIRE(before.at(QStringLiteral("patients")).second.size() == 3);

        auto db = store::Database::open(tmp.dbPath());
        CHECK(db->schemaVersion() == latest);
        // The file as it was, copied into backups/ before the first step; none when up to date.
        const QStringList copies =
            QDir(QFileInfo(tmp.dbPath()).absoluteDir().filePath(QStringLiteral("backups")))
                .entryList({QStringLiteral("*.before-schema-%1-*.sqlite").arg(latest)});
        if (version == latest) {
            CHECK(copies.isEmpty());
        } else {
            REQUIRE(copies.size() == 1);
            const store::FileInspection copy =
                store::inspectFile(QFileInfo(tmp.dbPath())
                                       .absoluteDir()
                                       .filePath(QStringLiteral("backups/") + copies.front()));
            CHECK(copy.integrity == QStringLiteral("ok"));
            CHECK(copy.schemaVersion == version);
        }
        for (const auto &[table, content] : before) {
            INFO("table " << table.toStdString());
            const Rows after = rowsOf(db->connection(), table, content.first);
            if (table == QLatin1String("clinic_settings") || table == QLatin1String("users") ||
                table == QLatin1String("practitioner_profiles") ||
                table == QLatin1String("rooms")) {
                // Later steps add their defaults (settings, the system account): the old rows stay.
                for (const QStringList &row : content.second)
                    CHECK(std::find(after.begin(), after.end(), row) != after.end());
            } else {
                CHECK(after == content.second);
            }
        }
        QSqlQuery check(db->connection());
        REQUIRE(check.exec(QStringLiteral("PRAGMA integrity_check")));
        REQUIRE(check.next());
        CHECK(check.value(0).toString() == QStringLiteral("ok"));
        QSqlQuery fk(db->connection());
        REQUIRE(fk.exec(QStringLiteral("PRAGMA foreign_key_check")));
        CHECK_FALSE(fk.next());
        // What later steps compute from the old rows: search terms, the audit chain.
        const auto found = store::PatientRepository(*db).search(QStringLiteral("dupre elodie"), 10);
        REQUIRE(found.size() == 1);
        CHECK(found.front().familyName == QString::fromUtf8("Dupré"));
        CHECK(store::AuditRepository(*db).verify().problems.isEmpty());
    }
}

TEST_CASE("A kill in the middle of an upgrade leaves each step whole: the old or the new version",
          "[sqlite][store][migration]")
{
    // A schema-1 clinic with many patients, so that step 2 (search terms for each) takes a while.
    test::TempDir tmp;
    const QString original = tmp.path(QStringLiteral("v1.sqlite"));
    {
        auto db = store::Database::open(original, 1);
        addRowsOfVersion(*db, 1);
        store::WriteTransaction tx(*db);
        store::Statement insert(
            db->connection(),
            QStringLiteral(
                "INSERT INTO patients (family_name, given_names, birth_date, search_key, "
                "created_by, created_at, updated_at) VALUES (?, ?, '1980-01-01', '', 1, "
                "'2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')"));
        for (int k = 0; k < 6000; ++k)
            insert.bind(QStringLiteral("Family%1 Longname%1").arg(k))
                .bind(QStringLiteral("Given%1 Other%1").arg(k))
                .exec();
        tx.commit();
    }
    // Which tables each schema version has, in addition to the previous one's.
    const std::map<int, QString> introduced = {{2, QStringLiteral("patient_search_terms")},
                                               {3, QStringLiteral("plans")},
                                               {4, QStringLiteral("appointments")},
                                               {5, QStringLiteral("audit_log")}};
    std::set<int> seen;
    for (int k = 0; k < 8; ++k) {
        const QString file = tmp.path(QStringLiteral("run%1.sqlite").arg(k));
        REQUIRE(QFile::copy(original, file));
        QProcess upgrade;
        upgrade.start(
            QStringLiteral(MESOPLAN_CLI),
            {QStringLiteral("--db"), file, QStringLiteral("catalog"), QStringLiteral("show")});
        REQUIRE(upgrade.waitForStarted());
        QThread::msleep(30 + QRandomGenerator::global()->bounded(1500));
        ::kill(static_cast<pid_t>(upgrade.processId()), SIGKILL);
        upgrade.waitForFinished(10000);

        const QString name = QStringLiteral("killed-%1").arg(k);
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            raw.setDatabaseName(file);
            REQUIRE(raw.open());
            QSqlQuery q(raw);
            REQUIRE(q.exec(QStringLiteral("PRAGMA user_version")));
            REQUIRE(q.next());
            const int version = q.value(0).toInt();
            seen.insert(version);
            INFO("run " << k << ": left at version " << version);
            CHECK(version >= 1);
            const QStringList tables = raw.tables();
            for (const auto &[step, table] : introduced)
                CHECK(tables.contains(table) == (version >= step));
            if (version >= 2) { // step 2's terms exist for every patient, or step 2 never happened
                QSqlQuery terms(raw);
                REQUIRE(
                    terms.exec(QStringLiteral("SELECT count(*) FROM patients WHERE id NOT IN "
                                              "(SELECT patient_id FROM patient_search_terms)")));
                REQUIRE(terms.next());
                CHECK(terms.value(0).toInt() == 0);
            }
            QSqlQuery patients(raw);
            REQUIRE(patients.exec(QStringLiteral("SELECT count(*) FROM patients")));
            REQUIRE(patients.next());
            CHECK(patients.value(0).toInt() == 6003);
            raw.close();
        }
        QSqlDatabase::removeDatabase(name);
        // And the next start finishes the upgrade.
        CHECK(store::Database::open(file)->schemaVersion() ==
              store::Database::latestSchemaVersion());
    }
    WARN("versions left by the kills: " << [&] {
        QStringList v;
        for (int s : seen)
            v << QString::number(s);
        return v.join(QStringLiteral(", ")).toStdString();
    }());
}

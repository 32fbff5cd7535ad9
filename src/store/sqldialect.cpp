#include "sqldialect.h"

namespace meso::store {

QStringList SqlDialect::connectionSettings() const
{
    if (m_engine == Engine::SQLite) {
        // busy_timeout: a second workstation process waits for the writer instead of failing.
        // cache_size: 64 MiB of pages per connection (SQLite's default is 2 MiB): a large
        // transaction (an import, a generated clinic) otherwise spills its dirty index pages to
        // the write-ahead log again and again, and a clinic's indexes are read from the disk.
        return {QStringLiteral("PRAGMA foreign_keys = ON"),
                QStringLiteral("PRAGMA busy_timeout = 10000"),
                QStringLiteral("PRAGMA cache_size = -65536")};
    }
    // lock_timeout: as SQLite's busy_timeout, a workstation waits 10 s for another's writer lock,
    // then says so (StoreError::Kind::Busy). Notices (CREATE ... IF NOT EXISTS) are not for users.
    return {QStringLiteral("SET client_encoding = 'UTF8'"),
            QStringLiteral("SET lock_timeout = '10s'"),
            QStringLiteral("SET client_min_messages = warning")};
}

QStringList SqlDialect::fileSettings() const
{
    if (m_engine == Engine::SQLite) {
        // WAL lets readers go on while one writer commits; synchronous=FULL makes every
        // acknowledged commit durable across power loss (docs/architecture.md). secure_delete
        // overwrites deleted patient data instead of leaving it in free pages.
        return {QStringLiteral("PRAGMA journal_mode = WAL"),
                QStringLiteral("PRAGMA synchronous = FULL"),
                QStringLiteral("PRAGMA secure_delete = ON")};
    }
    return {};
}

QStringList SqlDialect::beginWrite() const
{
    if (m_engine == Engine::SQLite)
        return {QStringLiteral("BEGIN IMMEDIATE")};
    // The lock's key: MesoPlan's number and the schema, so that clinics in separate schemas of one
    // database (the tests) do not wait for each other.
    return {QStringLiteral("BEGIN ISOLATION LEVEL READ COMMITTED"),
            QStringLiteral("SELECT pg_advisory_xact_lock(1296388943, hashtext(current_schema()))")};
}

QString SqlDialect::beginRead() const
{
    return m_engine == Engine::SQLite
               ? QStringLiteral("BEGIN DEFERRED")
               : QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
}

QString SqlDialect::hasSchemaVersion() const
{
    return m_engine == Engine::SQLite
               ? QStringLiteral("SELECT 1")
               : QStringLiteral(
                     "SELECT count(*) FROM information_schema.tables WHERE "
                     "table_schema = current_schema() AND table_name = 'schema_version'");
}

QString SqlDialect::readSchemaVersion() const
{
    return m_engine == Engine::SQLite
               ? QStringLiteral("PRAGMA user_version")
               : QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version");
}

QStringList SqlDialect::writeSchemaVersion(int version) const
{
    if (m_engine == Engine::SQLite)
        return {QStringLiteral("PRAGMA user_version = %1").arg(version)};
    return {
        QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                       "applied_at TIMESTAMPTZ NOT NULL DEFAULT now())"),
        QStringLiteral("INSERT INTO schema_version (version) VALUES (%1)").arg(version)};
}

QString SqlDialect::countTables() const
{
    return m_engine == Engine::SQLite
               ? QStringLiteral("SELECT count(*) FROM sqlite_master")
               : QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema "
                                "= current_schema()");
}

QString SqlDialect::listTables() const
{
    return m_engine == Engine::SQLite
               ? QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                                "LIKE 'sqlite%' "
                                "ORDER BY rowid")
               : QStringLiteral("SELECT c.relname FROM pg_class c WHERE c.relkind = 'r' AND "
                                "c.relnamespace = current_schema()::regnamespace AND c.relname <> "
                                "'schema_version' "
                                "ORDER BY c.oid");
}

QString SqlDialect::moveIdentityPast(const QString &table) const
{
    if (m_engine == Engine::SQLite)
        return {};
    // Nothing happens for an id that is not generated (catalog_meta's): no sequence, no row.
    return QStringLiteral("SELECT setval(s, (SELECT COALESCE(MAX(id), 0) + 1 FROM %1), false) "
                          "FROM pg_get_serial_sequence('%1', 'id') AS s WHERE s IS NOT NULL")
        .arg(table);
}

QStringList SqlDialect::derivedTriggers(bool enable) const
{
    if (m_engine == Engine::SQLite)
        return {};
    const QString how = enable ? QStringLiteral("ENABLE") : QStringLiteral("DISABLE");
    return {QStringLiteral("ALTER TABLE appointments %1 TRIGGER plans_booked_inserted").arg(how),
            QStringLiteral("ALTER TABLE appointments %1 TRIGGER plans_booked_status").arg(how),
            QStringLiteral("ALTER TABLE appointments %1 TRIGGER plans_booked_deleted").arg(how),
            QStringLiteral("ALTER TABLE plans %1 TRIGGER plans_booked_plans").arg(how)};
}

QString SqlDialect::analyzeAfterLoad(const QString &table) const
{
    return m_engine == Engine::SQLite ? QString()
                                      : QStringLiteral("VACUUM (ANALYZE) %1").arg(table);
}

QString SqlDialect::notify() const
{
    return m_engine == Engine::SQLite
               ? QString()
               : QStringLiteral("SELECT pg_notify('%1', current_schema() || ':%2')");
}

QString SqlDialect::expandSchema(QString sql) const
{
    const QString id = m_engine == Engine::SQLite
                           ? QStringLiteral("INTEGER PRIMARY KEY")
                           : QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY");
    // A table that is only its primary key: SQLite can store it as that index alone.
    const QString withoutRowid =
        m_engine == Engine::SQLite ? QStringLiteral(" WITHOUT ROWID") : QString();
    // The audit trail is append-only: an UPDATE or DELETE of a row aborts (one statement a line,
    // see Database::migrate's splitting).
    const QString appendOnly =
        m_engine == Engine::SQLite
            ? QStringLiteral(
                  "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT "
                  "RAISE(ABORT, 'audit rows cannot be changed'); END;\n"
                  "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT "
                  "RAISE(ABORT, 'audit rows cannot be removed'); END;")
            : QStringLiteral(
                  "CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
                  "BEGIN "
                  "RAISE EXCEPTION 'audit rows cannot be changed or removed'; END $$;\n"
                  "CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log "
                  "FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();\n"
                  "CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log "
                  "FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();");
    // Issued invoices, their lines and payments are never changed or removed (issue 22): a
    // credit note or a refund corrects them.
    QString billingAppendOnly;
    for (const char *table : {"invoices", "invoice_lines", "payments"}) {
        billingAppendOnly +=
            m_engine == Engine::SQLite
                ? QStringLiteral("CREATE TRIGGER %1_no_update BEFORE UPDATE ON %1 BEGIN SELECT "
                                 "RAISE(ABORT, '%1 rows cannot be changed'); END;\n"
                                 "CREATE TRIGGER %1_no_delete BEFORE DELETE ON %1 BEGIN SELECT "
                                 "RAISE(ABORT, '%1 rows cannot be removed'); END;\n")
                      .arg(QLatin1String(table))
                : QStringLiteral("CREATE TRIGGER %1_append_only BEFORE UPDATE OR DELETE ON %1 "
                                 "FOR EACH ROW EXECUTE FUNCTION billing_append_only();\n"
                                 "CREATE TRIGGER %1_no_truncate BEFORE TRUNCATE ON %1 "
                                 "FOR EACH STATEMENT EXECUTE FUNCTION billing_append_only();\n")
                      .arg(QLatin1String(table));
    }
    if (m_engine == Engine::PostgreSQL)
        billingAppendOnly.prepend(QStringLiteral(
            "CREATE FUNCTION billing_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            "RAISE EXCEPTION '% rows cannot be changed or removed', TG_TABLE_NAME; END $$;\n"));
    // Exclusion constraints: at most one active appointment per practitioner, room and patient
    // at any minute (a cancelled one frees its slot; a no-show keeps it, as in the services).
    QString noDoubleBooking;
    QString keyCollation;
    if (m_engine == Engine::PostgreSQL) {
        noDoubleBooking =
            QStringLiteral("CREATE EXTENSION IF NOT EXISTS btree_gist WITH SCHEMA public;\n");
        for (const char *who : {"practitioner", "room", "patient"}) {
            noDoubleBooking +=
                QStringLiteral(
                    "ALTER TABLE appointments ADD CONSTRAINT appointments_%1_no_overlap "
                    "EXCLUDE USING gist (%1_id public.gist_int4_ops WITH =, "
                    "int4range(starts_at, ends_at) WITH &&) WHERE (status <> 'cancelled');\n")
                    .arg(QLatin1String(who));
        }
        keyCollation = QStringLiteral(
            "ALTER TABLE patients ALTER COLUMN search_key TYPE TEXT COLLATE \"C\";\n"
            "ALTER TABLE patient_search_terms ALTER COLUMN term TYPE TEXT COLLATE \"C\";");
    }
    // plans.booked (schema step 8): recomputed for every version of the request an
    // appointment's plan belongs to, or a new plan's request (one statement a line).
    const QString booked = QStringLiteral(
        "booked = CASE WHEN EXISTS (SELECT 1 FROM appointments a JOIN plans v ON v.id = "
        "a.plan_id WHERE v.consultation_id = plans.consultation_id AND v.request_index = "
        "plans.request_index AND a.status <> 'cancelled') THEN 1 ELSE 0 END");
    const auto ofPlan = [](const char *id) {
        return QStringLiteral("WHERE consultation_id = (SELECT consultation_id FROM plans WHERE "
                              "id = %1) AND request_index = (SELECT request_index FROM plans "
                              "WHERE id = %1)")
            .arg(QLatin1String(id));
    };
    QString plansBooked;
    if (m_engine == Engine::SQLite) {
        const std::pair<const char *, const char *> events[] = {
            {"insert AFTER INSERT ON appointments", "NEW.plan_id"},
            {"status AFTER UPDATE OF status ON appointments", "NEW.plan_id"},
            {"delete AFTER DELETE ON appointments", "OLD.plan_id"},
            {"plan AFTER INSERT ON plans", "NEW.id"}};
        for (const auto &[event, plan] : events)
            plansBooked += QStringLiteral("CREATE TRIGGER plans_booked_%1 BEGIN UPDATE plans SET "
                                          "%2 %3; END;\n")
                               .arg(QLatin1String(event), booked, ofPlan(plan));
    } else {
        plansBooked =
            QStringLiteral(
                "CREATE FUNCTION plans_booked_refresh() RETURNS trigger LANGUAGE plpgsql AS $$ "
                "DECLARE p BIGINT; BEGIN IF TG_TABLE_NAME = 'plans' THEN p := NEW.id; "
                "ELSIF TG_OP = 'DELETE' THEN p := OLD.plan_id; ELSE p := NEW.plan_id; END IF; "
                "UPDATE plans SET %1 %2; RETURN NULL; END $$;\n"
                "CREATE TRIGGER plans_booked_appointments AFTER INSERT OR DELETE OR UPDATE OF "
                "status ON appointments FOR EACH ROW EXECUTE FUNCTION plans_booked_refresh();\n"
                "CREATE TRIGGER plans_booked_plans AFTER INSERT ON plans FOR EACH ROW EXECUTE "
                "FUNCTION plans_booked_refresh();")
                .arg(booked, ofPlan("p"));
    }
    // Schema step 9, on a server: the appointment triggers per statement. Each recomputes the
    // requests of the plans in the statement's transition table ("changed"); an update counts
    // only where the status changed (a move does not change what is booked).
    QString plansBookedPerStatement;
    if (m_engine == Engine::PostgreSQL) {
        const auto function = [&](const char *name, const char *plans) {
            return QStringLiteral(
                       "CREATE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                       "UPDATE plans SET %2 WHERE (consultation_id, request_index) IN (SELECT "
                       "v.consultation_id, v.request_index FROM plans v WHERE v.id IN (%3)); "
                       "RETURN NULL; END $$;\n")
                .arg(QLatin1String(name), booked, QLatin1String(plans));
        };
        plansBookedPerStatement =
            QStringLiteral("DROP TRIGGER plans_booked_appointments ON appointments;\n"
                           "DROP TRIGGER plans_booked_plans ON plans;\n"
                           "DROP FUNCTION plans_booked_refresh();\n") +
            function("plans_booked_rows", "SELECT plan_id FROM changed") +
            function("plans_booked_status_rows",
                     "SELECT n.plan_id FROM changed n JOIN previous o ON o.id = n.id WHERE "
                     "o.status <> n.status") +
            QStringLiteral(
                "CREATE FUNCTION plans_booked_plan() RETURNS trigger LANGUAGE plpgsql AS $$ "
                "BEGIN UPDATE plans SET %1 %2; RETURN NULL; END $$;\n"
                "CREATE TRIGGER plans_booked_plans AFTER INSERT ON plans FOR EACH ROW EXECUTE "
                "FUNCTION plans_booked_plan();\n"
                "CREATE TRIGGER plans_booked_inserted AFTER INSERT ON appointments REFERENCING "
                "NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION plans_booked_rows();\n"
                "CREATE TRIGGER plans_booked_deleted AFTER DELETE ON appointments REFERENCING "
                "OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION plans_booked_rows();\n"
                "CREATE TRIGGER plans_booked_status AFTER UPDATE ON appointments REFERENCING "
                "OLD TABLE AS previous NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "
                "plans_booked_status_rows();")
                .arg(booked, ofPlan("NEW.id"));
    }
    // Schema step 19, on a server: the same triggers, planned so that statistics cannot matter.
    // Step 9's recount (an EXISTS) let the planner hash every appointment when the statistics
    // were stale, then compile that plan (JIT): 30 ms a cancellation or a removal, where the
    // recount itself takes 0.1 ms. A scalar subquery with LIMIT 1 is never hashed: it is run
    // per plan through the appointments' plan index. Appointments inserted do not recount: a
    // request holding an active one is booked.
    QString plansBookedByIndex;
    if (m_engine == Engine::PostgreSQL) {
        const QString recount = QStringLiteral(
            "booked = COALESCE((SELECT 1 FROM plans v JOIN appointments a ON a.plan_id = v.id "
            "WHERE v.consultation_id = plans.consultation_id AND v.request_index = "
            "plans.request_index AND a.status <> 'cancelled' LIMIT 1), 0)");
        // "set" for the plans of the requests of "plans" (a query on the transition tables).
        const auto function = [](const char *name, const QString &set, const char *plans,
                                 const char *only = "") {
            return QStringLiteral(
                       "CREATE OR REPLACE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS $$ "
                       "BEGIN UPDATE plans SET %2 WHERE %4(consultation_id, request_index) IN "
                       "(SELECT v.consultation_id, v.request_index FROM plans v WHERE v.id IN "
                       "(%3)); RETURN NULL; END $$;\n")
                .arg(QLatin1String(name), set, QLatin1String(plans), QLatin1String(only));
        };
        plansBookedByIndex =
            function("plans_booked_rows", recount, "SELECT plan_id FROM changed") +
            function("plans_booked_status_rows", recount,
                     "SELECT n.plan_id FROM changed n JOIN previous o ON o.id = n.id WHERE "
                     "o.status <> n.status") +
            function("plans_booked_added", QStringLiteral("booked = 1"),
                     "SELECT plan_id FROM changed WHERE status <> 'cancelled'", "booked = 0 AND ") +
            QStringLiteral(
                "CREATE OR REPLACE FUNCTION plans_booked_plan() RETURNS trigger LANGUAGE plpgsql "
                "AS $$ BEGIN UPDATE plans SET %1 %2; RETURN NULL; END $$;\n"
                "DROP TRIGGER plans_booked_inserted ON appointments;\n"
                "CREATE TRIGGER plans_booked_inserted AFTER INSERT ON appointments REFERENCING "
                "NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION plans_booked_added();")
                .arg(recount, ofPlan("NEW.id"));
    }
    const QString blob =
        m_engine == Engine::SQLite ? QStringLiteral("BLOB") : QStringLiteral("BYTEA");
    return sql.replace(QStringLiteral("{{ID}}"), id)
        .replace(QStringLiteral("{{BLOB}}"), blob)
        .replace(QStringLiteral("{{NO_DOUBLE_BOOKING}}"), noDoubleBooking)
        .replace(QStringLiteral("{{KEY_COLLATION}}"), keyCollation)
        .replace(QStringLiteral("{{WITHOUT_ROWID}}"), withoutRowid)
        .replace(QStringLiteral("{{AUDIT_APPEND_ONLY}}"), appendOnly)
        .replace(QStringLiteral("{{BILLING_APPEND_ONLY}}"), billingAppendOnly.trimmed())
        .replace(QStringLiteral("{{PLANS_BOOKED_PER_STATEMENT}}"), plansBookedPerStatement)
        .replace(QStringLiteral("{{PLANS_BOOKED_BY_INDEX}}"), plansBookedByIndex)
        .replace(QStringLiteral("{{PLANS_BOOKED}}"), plansBooked);
}

} // namespace meso::store

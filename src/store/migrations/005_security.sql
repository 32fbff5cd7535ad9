-- Schema version 5: sign-in, the audit trail, privacy and backup settings (docs/security.md).

-- Failed sign-ins since the last success and when the last one happened: the next attempt waits
-- a delay that grows with the count (AuthService).
ALTER TABLE users ADD COLUMN failed_attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN last_failed_at TEXT;
ALTER TABLE users ADD COLUMN last_sign_in_at TEXT;

-- MesoPlan itself: acts when nobody has signed in yet (bundled catalog import, demo data,
-- creating the first administrator). It has no password, so nobody can sign in as it.
INSERT INTO users (username, display_name, role, built_in, created_at)
VALUES ('system', 'MesoPlan', 'admin', 1, '1970-01-01T00:00:00Z');

-- One row per audited action, appended in the action's own transaction. Rows are never changed
-- or removed (the triggers below abort), and each row's hash covers its fields and the previous
-- row's hash, so that `mesoplan-cli audit verify` finds a row edited or removed by another tool.
-- seq counts rows from 1 without gaps; username is kept as it was at the time (also for failed
-- sign-ins with an unknown name, where user_id is NULL). Summaries hold ids, never identities,
-- so that anonymising a patient leaves the trail untouched.
CREATE TABLE audit_log (
    id {{ID}},
    seq INTEGER NOT NULL UNIQUE CHECK (seq >= 1),
    at TEXT NOT NULL,
    user_id INTEGER REFERENCES users (id),
    username TEXT NOT NULL,
    action TEXT NOT NULL,
    patient_id INTEGER REFERENCES patients (id),
    entity TEXT NOT NULL,
    summary TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);

CREATE INDEX audit_log_patient ON audit_log (patient_id, seq);
CREATE INDEX audit_log_user ON audit_log (user_id, seq);

{{AUDIT_APPEND_ONLY}}

-- Patients anonymised on request (PrivacyService): the row stays, so that plans, appointments
-- and the audit trail keep their references, but its identity is gone for good.
CREATE TABLE anonymisations (
    patient_id INTEGER PRIMARY KEY REFERENCES patients (id),
    anonymised_at TEXT NOT NULL,
    anonymised_by INTEGER NOT NULL REFERENCES users (id),
    reason TEXT NOT NULL
);

-- Clinic policy, editable by administrators in Settings: minutes of inactivity before a
-- workstation locks, years a patient's record is kept after their last activity before it may be
-- anonymised (set it to the clinic's legal duty), backup generations kept.
INSERT INTO clinic_settings (setting_key, setting_value) VALUES ('security.idle_lock_minutes', '5');
INSERT INTO clinic_settings (setting_key, setting_value) VALUES ('privacy.retention_years', '20');
INSERT INTO clinic_settings (setting_key, setting_value) VALUES ('backup.generations', '7');

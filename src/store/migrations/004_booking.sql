-- Schema version 4: booking. The clinic's rooms, practitioners' working hours and protocols,
-- closures, and the appointments of approved plans' session series.
-- Times of appointments are clinic-local wall-clock minutes since 1970-01-01 00:00 (integers),
-- so that overlap checks are index range scans: an appointment never lasts more than a day.

CREATE TABLE rooms (
    id {{ID}},
    name TEXT NOT NULL UNIQUE,
    equipment TEXT NOT NULL DEFAULT '[]',
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

-- Working hours as JSON {"1": [["09:00", "18:00"]], ...} (1 Monday .. 7 Sunday); protocols as a
-- JSON array of protocol ids, empty for every protocol.
CREATE TABLE practitioner_profiles (
    user_id INTEGER PRIMARY KEY REFERENCES users (id),
    hours TEXT NOT NULL,
    protocols TEXT NOT NULL DEFAULT '[]'
);

CREATE TABLE closures (
    closure_date TEXT PRIMARY KEY,
    reason TEXT NOT NULL DEFAULT ''
);

CREATE TABLE appointments (
    id {{ID}},
    plan_id INTEGER NOT NULL REFERENCES plans (id),
    session_index INTEGER NOT NULL CHECK (session_index >= 0),
    patient_id INTEGER NOT NULL REFERENCES patients (id),
    practitioner_id INTEGER NOT NULL REFERENCES users (id),
    room_id INTEGER NOT NULL REFERENCES rooms (id),
    starts_at INTEGER NOT NULL,
    ends_at INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('booked', 'checked_in', 'completed', 'cancelled', 'no_show')),
    cancel_reason TEXT NOT NULL DEFAULT '',
    row_version INTEGER NOT NULL DEFAULT 1,
    created_by INTEGER NOT NULL REFERENCES users (id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (ends_at > starts_at AND ends_at - starts_at <= 1440)
);

CREATE INDEX appointments_practitioner ON appointments (practitioner_id, starts_at);
CREATE INDEX appointments_room ON appointments (room_id, starts_at);
CREATE INDEX appointments_patient ON appointments (patient_id, starts_at);
CREATE INDEX appointments_plan ON appointments (plan_id, session_index);
-- The calendar a booking reads (who is busy when over the horizon): a covering index, so the
-- thousands of rows read never touch the table.
CREATE INDEX appointments_busy ON appointments (starts_at, ends_at, status, practitioner_id, room_id, patient_id, id);

-- A new clinic opens Monday to Friday 09:00-18:00 and Saturday morning, with one treatment room
-- and the built-in practitioner working those hours: Settings changes all of it.
INSERT INTO clinic_settings (setting_key, setting_value) VALUES ('booking.opening_hours',
    '{"1":[["09:00","18:00"]],"2":[["09:00","18:00"]],"3":[["09:00","18:00"]],"4":[["09:00","18:00"]],"5":[["09:00","18:00"]],"6":[["09:00","13:00"]],"7":[]}');
INSERT INTO clinic_settings (setting_key, setting_value) VALUES ('booking.buffer_minutes', '10');
INSERT INTO rooms (name, equipment) VALUES ('Room 1', '["syringe"]');
INSERT INTO practitioner_profiles (user_id, hours, protocols)
SELECT id, '{"1":[["09:00","18:00"]],"2":[["09:00","18:00"]],"3":[["09:00","18:00"]],"4":[["09:00","18:00"]],"5":[["09:00","18:00"]],"6":[["09:00","13:00"]],"7":[]}', '[]'
FROM users WHERE built_in = 1 AND role = 'practitioner';

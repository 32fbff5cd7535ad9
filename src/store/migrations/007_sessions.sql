-- Schema version 7: the treatment session record. The clinic's products and their lots, what each
-- session injected from which lot and where (a manufacturer's recall finds every patient who
-- received a lot), adverse events, before/after photos and each patient's photo consent.

-- A product the clinic buys: its form, the volume of one unit and, below, what it holds. Volumes
-- are whole microlitres (ul), so that what a lot has left adds up exactly.
CREATE TABLE products (
    id {{ID}},
    name TEXT NOT NULL,
    manufacturer TEXT NOT NULL,
    form TEXT NOT NULL CHECK (form IN ('vial', 'ampoule', 'syringe')),
    unit_ul INTEGER NOT NULL CHECK (unit_ul > 0),
    low_stock_units INTEGER NOT NULL DEFAULT 0 CHECK (low_stock_units >= 0),
    created_by INTEGER NOT NULL REFERENCES users (id),
    created_at TEXT NOT NULL,
    UNIQUE (name, manufacturer)
);

-- A product's composition as catalog ingredients (screened for the patient, compared with the
-- plan's cocktail and the catalog's per-session maxima), each with the label's concentration.
CREATE TABLE product_ingredients (
    product_id INTEGER NOT NULL REFERENCES products (id),
    ingredient_id TEXT NOT NULL,
    concentration TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (product_id, ingredient_id)
){{WITHOUT_ROWID}};

-- A lot received: what is left is units_received x the product's unit_ul - used_ul, where used_ul
-- grows with every session that takes from it (and shrinks when an amendment gives it back).
CREATE TABLE lots (
    id {{ID}},
    product_id INTEGER NOT NULL REFERENCES products (id),
    lot_number TEXT NOT NULL,
    expiry_date TEXT NOT NULL,
    units_received INTEGER NOT NULL CHECK (units_received > 0),
    received_on TEXT NOT NULL,
    supplier TEXT NOT NULL DEFAULT '',
    used_ul INTEGER NOT NULL DEFAULT 0 CHECK (used_ul >= 0),
    received_by INTEGER NOT NULL REFERENCES users (id),
    received_at TEXT NOT NULL,
    UNIQUE (product_id, lot_number)
);

CREATE INDEX lots_number ON lots (lot_number);
CREATE INDEX lots_expiry ON lots (expiry_date);

-- A session's record, signed when saved and never changed: a correction is a new record that
-- amends it (amends_id), and both are kept; the current record of an appointment is the one no
-- other record amends. "performed" 0 is an appointment closed without treatment, with its reason.
-- Dates are the clinic's calendar days (YYYY-MM-DD); deviations are a JSON array of
-- {"key": "maximum:deoxycholic_acid", "reason": "..."}.
CREATE TABLE treatment_sessions (
    id {{ID}},
    appointment_id INTEGER NOT NULL REFERENCES appointments (id),
    patient_id INTEGER NOT NULL REFERENCES patients (id),
    plan_id INTEGER NOT NULL REFERENCES plans (id),
    performed INTEGER NOT NULL CHECK (performed IN (0, 1)),
    not_performed_reason TEXT NOT NULL DEFAULT '',
    performed_on TEXT NOT NULL,
    technique TEXT NOT NULL DEFAULT '',
    depth_min_mm DOUBLE PRECISION,
    depth_max_mm DOUBLE PRECISION,
    needle TEXT NOT NULL DEFAULT '',
    pain INTEGER CHECK (pain BETWEEN 0 AND 10),
    gais_patient INTEGER CHECK (gais_patient BETWEEN 1 AND 5),
    gais_practitioner INTEGER CHECK (gais_practitioner BETWEEN 1 AND 5),
    notes TEXT NOT NULL DEFAULT '',
    deviations TEXT NOT NULL DEFAULT '[]',
    amends_id INTEGER REFERENCES treatment_sessions (id),
    amendment_reason TEXT NOT NULL DEFAULT '',
    signed_by INTEGER NOT NULL REFERENCES users (id),
    signed_at TEXT NOT NULL
);

CREATE INDEX treatment_sessions_appointment ON treatment_sessions (appointment_id);
CREATE INDEX treatment_sessions_patient ON treatment_sessions (patient_id, performed_on);
CREATE INDEX treatment_sessions_plan ON treatment_sessions (plan_id);
CREATE UNIQUE INDEX treatment_sessions_amends ON treatment_sessions (amends_id);

-- What a session injected: per area, from which lot, how much; points and passes where counted.
CREATE TABLE session_products (
    id {{ID}},
    session_id INTEGER NOT NULL REFERENCES treatment_sessions (id),
    line_no INTEGER NOT NULL CHECK (line_no >= 0),
    area_id TEXT NOT NULL,
    lot_id INTEGER NOT NULL REFERENCES lots (id),
    volume_ul INTEGER NOT NULL CHECK (volume_ul > 0),
    points INTEGER CHECK (points > 0),
    passes INTEGER CHECK (passes > 0),
    UNIQUE (session_id, line_no)
);

-- A recall's question: every line of a lot.
CREATE INDEX session_products_lot ON session_products (lot_id, session_id);

-- An adverse event after a session, recorded then or later (follow-up call, next visit), kept up
-- to date until resolved. risk_id names one of the catalog's risks. A severe or serious event is
-- notified to the manufacturer and the authorities: notified_on and notification_ref, or
-- notification_pending 1 while it is still to be done.
CREATE TABLE adverse_events (
    id {{ID}},
    patient_id INTEGER NOT NULL REFERENCES patients (id),
    session_id INTEGER NOT NULL REFERENCES treatment_sessions (id),
    risk_id TEXT NOT NULL,
    onset_date TEXT NOT NULL,
    severity TEXT NOT NULL CHECK (severity IN ('mild', 'moderate', 'severe')),
    serious INTEGER NOT NULL CHECK (serious IN (0, 1)),
    description TEXT NOT NULL DEFAULT '',
    action_taken TEXT NOT NULL DEFAULT '',
    outcome TEXT NOT NULL CHECK (outcome IN ('ongoing', 'resolved', 'sequelae')),
    resolved_on TEXT,
    notified_on TEXT,
    notification_ref TEXT NOT NULL DEFAULT '',
    notification_pending INTEGER NOT NULL DEFAULT 0 CHECK (notification_pending IN (0, 1)),
    row_version INTEGER NOT NULL DEFAULT 1,
    recorded_by INTEGER NOT NULL REFERENCES users (id),
    recorded_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE INDEX adverse_events_patient ON adverse_events (patient_id, outcome);
CREATE INDEX adverse_events_session ON adverse_events (session_id);

-- What the patient agreed photos may be used for: none, the record only, teaching (inside the
-- profession, without the face where possible) or publication. No row: never asked.
CREATE TABLE photo_consents (
    patient_id INTEGER PRIMARY KEY REFERENCES patients (id),
    scope TEXT NOT NULL CHECK (scope IN ('none', 'record', 'teaching', 'publication')),
    given_on TEXT NOT NULL,
    recorded_by INTEGER NOT NULL REFERENCES users (id),
    recorded_at TEXT NOT NULL
);

-- A before or after photo of a session's area, as stored: re-encoded from the imported file with
-- its EXIF orientation applied and every EXIF field (GPS included) dropped; sha256 of content.
CREATE TABLE photos (
    id {{ID}},
    patient_id INTEGER NOT NULL REFERENCES patients (id),
    session_id INTEGER NOT NULL REFERENCES treatment_sessions (id),
    area_id TEXT NOT NULL,
    taken TEXT NOT NULL CHECK (taken IN ('before', 'after')),
    media_type TEXT NOT NULL CHECK (media_type IN ('image/jpeg', 'image/png')),
    width INTEGER NOT NULL CHECK (width > 0),
    height INTEGER NOT NULL CHECK (height > 0),
    sha256 TEXT NOT NULL,
    content {{BLOB}} NOT NULL,
    recorded_by INTEGER NOT NULL REFERENCES users (id),
    recorded_at TEXT NOT NULL
);

CREATE INDEX photos_session ON photos (session_id);
CREATE INDEX photos_patient_area ON photos (patient_id, area_id);

-- Lots flagged on the Stock page as expiring soon: this many days ahead (Settings).
INSERT INTO clinic_settings (setting_key, setting_value) VALUES ('stock.expiry_warning_days', '60');

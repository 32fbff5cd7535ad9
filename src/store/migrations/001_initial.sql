-- Schema version 1: users, the clinical catalog, patients and consultations.
-- Portable SQL for SQLite and PostgreSQL; {{ID}} is the dialect's auto-increment primary key
-- (see sqldialect.cpp). Statements are separated by a semicolon at the end of a line.

CREATE TABLE users (
    id {{ID}},
    username TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('practitioner', 'front_desk', 'admin')),
    password_hash TEXT,
    built_in INTEGER NOT NULL DEFAULT 0 CHECK (built_in IN (0, 1)),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL
);

INSERT INTO users (username, display_name, role, built_in, created_at)
VALUES ('local', 'Local practitioner', 'practitioner', 1, '1970-01-01T00:00:00Z');

CREATE TABLE catalog_meta (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    version TEXT NOT NULL,
    edition TEXT NOT NULL,
    currency TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    imported_by INTEGER REFERENCES users (id),
    doc TEXT NOT NULL
);

CREATE TABLE catalog_sources (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    citation TEXT NOT NULL,
    evidence TEXT NOT NULL,
    doc TEXT NOT NULL
);

CREATE TABLE areas (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    region TEXT NOT NULL,
    body_view TEXT NOT NULL,
    doc TEXT NOT NULL
);

CREATE TABLE indications (id TEXT PRIMARY KEY, position INTEGER NOT NULL, doc TEXT NOT NULL);

CREATE TABLE conditions (id TEXT PRIMARY KEY, position INTEGER NOT NULL, doc TEXT NOT NULL);

CREATE TABLE site_conditions (id TEXT PRIMARY KEY, position INTEGER NOT NULL, doc TEXT NOT NULL);

CREATE TABLE treatments (id TEXT PRIMARY KEY, position INTEGER NOT NULL, doc TEXT NOT NULL);

CREATE TABLE techniques (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    depth_min_mm DOUBLE PRECISION NOT NULL,
    depth_max_mm DOUBLE PRECISION NOT NULL CHECK (depth_max_mm >= depth_min_mm),
    source TEXT NOT NULL,
    evidence TEXT NOT NULL,
    doc TEXT NOT NULL
);

CREATE TABLE allergen_groups (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    cross_reactivity TEXT NOT NULL CHECK (cross_reactivity IN ('full', 'warn')),
    source TEXT NOT NULL,
    evidence TEXT NOT NULL,
    doc TEXT NOT NULL
);

CREATE TABLE allergens (id TEXT PRIMARY KEY, position INTEGER NOT NULL, doc TEXT NOT NULL);

CREATE TABLE allergen_group_members (
    allergen_id TEXT NOT NULL REFERENCES allergens (id),
    group_id TEXT NOT NULL REFERENCES allergen_groups (id),
    PRIMARY KEY (allergen_id, group_id)
);

CREATE TABLE medication_classes (id TEXT PRIMARY KEY, position INTEGER NOT NULL, doc TEXT NOT NULL);

CREATE TABLE medications (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    class_id TEXT NOT NULL REFERENCES medication_classes (id),
    doc TEXT NOT NULL
);

CREATE TABLE medication_aliases (
    alias TEXT PRIMARY KEY,
    medication_id TEXT NOT NULL REFERENCES medications (id)
);

CREATE TABLE ingredients (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    source TEXT NOT NULL,
    evidence TEXT NOT NULL,
    doc TEXT NOT NULL
);

CREATE TABLE aftercare_sets (id TEXT PRIMARY KEY, position INTEGER NOT NULL, doc TEXT NOT NULL);

CREATE TABLE risks (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    serious INTEGER NOT NULL CHECK (serious IN (0, 1)),
    source TEXT NOT NULL,
    evidence TEXT NOT NULL,
    doc TEXT NOT NULL
);

CREATE TABLE protocols (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    protocol_rank INTEGER NOT NULL,
    technique_id TEXT NOT NULL REFERENCES techniques (id),
    sessions_min INTEGER NOT NULL,
    sessions_default INTEGER NOT NULL,
    sessions_max INTEGER NOT NULL,
    interval_days INTEGER NOT NULL,
    interval_min_days INTEGER NOT NULL,
    interval_tolerance_days INTEGER NOT NULL,
    maintenance_days INTEGER NOT NULL,
    session_minutes INTEGER NOT NULL,
    price_per_session DOUBLE PRECISION NOT NULL CHECK (price_per_session >= 0),
    source TEXT NOT NULL,
    evidence TEXT NOT NULL,
    doc TEXT NOT NULL,
    CHECK (sessions_min <= sessions_default AND sessions_default <= sessions_max),
    CHECK (interval_min_days <= interval_days)
);

CREATE TABLE protocol_indications (
    protocol_id TEXT NOT NULL REFERENCES protocols (id),
    indication_id TEXT NOT NULL REFERENCES indications (id),
    PRIMARY KEY (protocol_id, indication_id)
);

CREATE TABLE protocol_areas (
    protocol_id TEXT NOT NULL REFERENCES protocols (id),
    area_id TEXT NOT NULL REFERENCES areas (id),
    PRIMARY KEY (protocol_id, area_id)
);

CREATE TABLE cocktail_lines (
    protocol_id TEXT NOT NULL REFERENCES protocols (id),
    position INTEGER NOT NULL,
    ingredient_id TEXT NOT NULL REFERENCES ingredients (id),
    amount TEXT NOT NULL,
    volume_ml DOUBLE PRECISION NOT NULL CHECK (volume_ml >= 0),
    essential INTEGER NOT NULL CHECK (essential IN (0, 1)),
    PRIMARY KEY (protocol_id, position)
);

CREATE INDEX cocktail_lines_ingredient ON cocktail_lines (ingredient_id);

CREATE TABLE spacing_rules (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    min_days INTEGER NOT NULL CHECK (min_days > 0),
    same_area INTEGER NOT NULL CHECK (same_area IN (0, 1)),
    source TEXT NOT NULL,
    evidence TEXT NOT NULL,
    doc TEXT NOT NULL
);

CREATE TABLE rules (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('screening', 'plan')),
    position INTEGER NOT NULL,
    severity TEXT CHECK (severity IN ('absolute', 'relative', 'caution')),
    scope TEXT CHECK (scope IN ('patient', 'area', 'ingredient')),
    condition_logic TEXT NOT NULL,
    source TEXT NOT NULL,
    evidence TEXT NOT NULL,
    doc TEXT NOT NULL
);

CREATE TABLE patients (
    id {{ID}},
    family_name TEXT NOT NULL,
    given_names TEXT NOT NULL,
    birth_date TEXT NOT NULL,
    sex TEXT CHECK (sex IN ('female', 'male', 'other')),
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    search_key TEXT NOT NULL,
    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    row_version INTEGER NOT NULL DEFAULT 1,
    created_by INTEGER NOT NULL REFERENCES users (id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE INDEX patients_family_name ON patients (family_name);

CREATE TABLE consultations (
    id {{ID}},
    patient_id INTEGER NOT NULL REFERENCES patients (id),
    consultation_date TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('draft', 'signed')),
    intake TEXT NOT NULL,
    amends_id INTEGER REFERENCES consultations (id),
    row_version INTEGER NOT NULL DEFAULT 1,
    created_by INTEGER NOT NULL REFERENCES users (id),
    created_at TEXT NOT NULL,
    signed_by INTEGER REFERENCES users (id),
    signed_at TEXT
);

CREATE INDEX consultations_patient ON consultations (patient_id, consultation_date);

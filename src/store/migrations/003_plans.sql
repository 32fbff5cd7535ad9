-- Schema version 3: the plans practitioners edit, approve and version, with the overrides of
-- relative findings and the consent stored with them; the clinic's name and logo for printing.

-- One row per version of the plan for one request of a signed consultation. A draft changes;
-- an approved version never does (a change is a new draft version; approving it supersedes the
-- previous approved one). `snapshot` keeps the plan as approved (JSON, the contract's plan with
-- the practitioner's choices), so history reads the same after the catalog changes.
CREATE TABLE plans (
    id {{ID}},
    consultation_id INTEGER NOT NULL REFERENCES consultations (id),
    request_index INTEGER NOT NULL CHECK (request_index >= 0),
    indication_id TEXT NOT NULL,
    area_id TEXT NOT NULL,
    version INTEGER NOT NULL CHECK (version >= 1),
    status TEXT NOT NULL CHECK (status IN ('draft', 'approved', 'superseded')),
    protocol_id TEXT NOT NULL,
    sessions INTEGER NOT NULL CHECK (sessions >= 1),
    interval_days INTEGER NOT NULL CHECK (interval_days >= 1),
    deviation_reason TEXT NOT NULL DEFAULT '',
    snapshot TEXT NOT NULL DEFAULT '',
    consent_date TEXT,
    consent_method TEXT CHECK (consent_method IN ('written', 'verbal_witnessed', 'electronic')),
    consent_by INTEGER REFERENCES users (id),
    consent_at TEXT,
    row_version INTEGER NOT NULL DEFAULT 1,
    created_by INTEGER NOT NULL REFERENCES users (id),
    created_at TEXT NOT NULL,
    approved_by INTEGER REFERENCES users (id),
    approved_at TEXT,
    UNIQUE (consultation_id, request_index, version)
);

-- A relative finding the practitioner decided to proceed despite: which finding (rule and the
-- area or ingredient it is about, '' for the patient), why (a reason id from PlanService's list
-- and a comment), who and when.
CREATE TABLE plan_overrides (
    plan_id INTEGER NOT NULL REFERENCES plans (id),
    rule_id TEXT NOT NULL,
    subject TEXT NOT NULL,
    reason TEXT NOT NULL,
    comment TEXT NOT NULL DEFAULT '',
    overridden_by INTEGER NOT NULL REFERENCES users (id),
    overridden_at TEXT NOT NULL,
    PRIMARY KEY (plan_id, rule_id, subject)
);

-- Clinic-wide settings shared by every workstation (name, address, logo for printed documents).
CREATE TABLE clinic_settings (
    setting_key TEXT PRIMARY KEY,
    setting_value TEXT NOT NULL
);

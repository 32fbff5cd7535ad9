-- Schema version 10: what the reports count (issue 19), by the database rather than by reading
-- rows. A quote's value is the approved plan's total, which until now lived only inside its
-- snapshot (JSON, the catalog's price at approval): quote_cents keeps it as whole cents, written
-- at approval and, for the plans approved before this step, read from their snapshots by the
-- step's function (a price change in the catalog later does not change a quote already given).
ALTER TABLE plans ADD COLUMN quote_cents INTEGER CHECK (quote_cents >= 0);

-- The indexes cover each report's columns: a plan's row holds its snapshot (a few kB), so reading
-- rows instead of index entries costs a page per plan (docs/performance.md, "reports").
-- The quotes approved in a period, by hour (report quotes).
CREATE INDEX plans_approved ON plans (status, approved_at, quote_cents);
-- Each request's approved version, its protocol and sessions (report courses).
CREATE INDEX plans_course ON plans (consultation_id, request_index, status, protocol_id, sessions);
-- Each plan's appointments by how they ended, and whose (report courses, recalls).
CREATE INDEX appointments_course ON appointments (plan_id, status, starts_at, patient_id);
-- Each protocol's plans, then their sessions in a period (adverse events per 100 sessions): the
-- plan's index gains the day, so that it covers the count.
CREATE INDEX plans_protocol ON plans (protocol_id, id);
DROP INDEX treatment_sessions_plan;
CREATE INDEX treatment_sessions_plan ON treatment_sessions (plan_id, performed_on, performed);

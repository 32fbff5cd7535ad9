-- Schema version 10: what the reports count (issue 19), by the database rather than by reading
-- rows. A quote's value is the approved plan's total, which until now lived only inside its
-- snapshot (JSON, the catalog's price at approval): quote_cents keeps it as whole cents, written
-- at approval and, for the plans approved before this step, read from their snapshots by the
-- step's function (a price change in the catalog later does not change a quote already given).
ALTER TABLE plans ADD COLUMN quote_cents INTEGER CHECK (quote_cents >= 0);

-- The quotes approved in a period, by hour (report quotes).
CREATE INDEX plans_approved ON plans (status, approved_at, quote_cents);

-- The sessions performed in a period, by protocol (adverse events per 100 sessions).
CREATE INDEX treatment_sessions_day ON treatment_sessions (performed_on, performed);

-- Schema version 8: whether a plan's request already holds appointments, kept by the database
-- itself, so that the plans waiting to be booked come from an index instead of a check of every
-- approved plan (95 ms on a clinic of 40,000 plans, on each refresh of the calendar page:
-- docs/performance.md). booked = 1 when any version of the plan's request (the same
-- consultation and request index) has an appointment that is not cancelled.
ALTER TABLE plans ADD COLUMN booked INTEGER NOT NULL DEFAULT 0;

UPDATE plans SET booked = CASE WHEN EXISTS (SELECT 1 FROM appointments a
    JOIN plans v ON v.id = a.plan_id WHERE v.consultation_id = plans.consultation_id
    AND v.request_index = plans.request_index AND a.status <> 'cancelled') THEN 1 ELSE 0 END;

CREATE INDEX plans_waiting ON plans (status, booked, approved_at, id);

-- Kept by triggers: an appointment inserted, deleted or changing status, and a new version of a
-- plan (it inherits its request's appointments).
{{PLANS_BOOKED}}

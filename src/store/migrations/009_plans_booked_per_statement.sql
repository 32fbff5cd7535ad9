-- Schema version 9: on a clinic server, plans.booked (schema step 8) is kept once per statement
-- instead of once per appointment row. Booking a 10-session series is one INSERT: step 8's row
-- trigger recomputed the same plan ten times, each time looking through the request's
-- appointments (docs/performance.md). The statement triggers read the rows the statement changed
-- (its transition table) and recompute each plan of them once. SQLite has no statement
-- triggers: nothing changes there.
{{PLANS_BOOKED_PER_STATEMENT}}

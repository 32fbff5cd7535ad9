-- Schema version 17: money in whole cents everywhere (issue 22). The catalog's price of a
-- session, stored as a floating-point amount since version 1, becomes whole cents, converted
-- exactly (a catalog price has at most two decimals: 300.07 -> 30007). The default only serves
-- this conversion: the catalog import always writes the column.
ALTER TABLE protocols ADD COLUMN price_per_session_cents INTEGER NOT NULL DEFAULT 0
    CHECK (price_per_session_cents >= 0);
UPDATE protocols SET price_per_session_cents = CAST(ROUND(price_per_session * 100) AS INTEGER);
ALTER TABLE protocols DROP COLUMN price_per_session;

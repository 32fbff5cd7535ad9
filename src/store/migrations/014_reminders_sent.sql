-- Schema version 14: the reminder e-mails sent (issue 19), so that sending a day's reminders again
-- (a second press, a retry after a failure) reaches only those not reached yet. Keyed by the
-- appointment and its start: an appointment moved since gets a reminder of its new time.
CREATE TABLE reminders_sent (
    appointment_id INTEGER NOT NULL REFERENCES appointments (id),
    starts_at INTEGER NOT NULL,
    sent_at TEXT NOT NULL,
    sent_by INTEGER NOT NULL REFERENCES users (id),
    PRIMARY KEY (appointment_id, starts_at)
);

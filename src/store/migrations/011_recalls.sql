-- Schema version 11: maintenance recalls (issue 19). Which courses are due for a maintenance
-- session, or were abandoned, is computed from the appointments and the catalog's maintenance
-- interval (protocols.maintenance_days); what the clinic did about each is kept here: the latest
-- mark of a course (a plan's request) - contacted, booked or declined, on which day, with a note.
-- Every mark is also an audit row (recall.mark).
CREATE TABLE recall_marks (
    consultation_id INTEGER NOT NULL REFERENCES consultations (id),
    request_index INTEGER NOT NULL CHECK (request_index >= 0),
    status TEXT NOT NULL CHECK (status IN ('contacted', 'booked', 'declined')),
    marked_on TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    marked_by INTEGER NOT NULL REFERENCES users (id),
    marked_at TEXT NOT NULL,
    PRIMARY KEY (consultation_id, request_index)
){{WITHOUT_ROWID}};

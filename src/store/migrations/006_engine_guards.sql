-- Schema version 6: the database engine itself refuses what the services already check, for a
-- clinic server that several workstations (and other tools) write to (docs/deployment.md).
-- On PostgreSQL, exclusion constraints: no two active appointments of one practitioner, one
-- room or one patient overlap in time (btree_gist lets an exclusion mix "=" on an id with "&&"
-- on a time range). On SQLite nothing: every write transaction holds the file's single write
-- lock from its start (BEGIN IMMEDIATE), so the booking service's own check cannot race.
{{NO_DOUBLE_BOOKING}}

-- The patient list and its search rely on code point order of text, as SQLite compares it: on
-- PostgreSQL the sort and search keys get the "C" collation, whatever the server's locale.
{{KEY_COLLATION}}

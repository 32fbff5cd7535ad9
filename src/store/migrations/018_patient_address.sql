-- Schema version 18: the patient's postal address (issue 22), printed on invoices as French
-- rules ask of the buyer: free lines (street, postcode and town, country), '' while not known.
ALTER TABLE patients ADD COLUMN address TEXT NOT NULL DEFAULT '';

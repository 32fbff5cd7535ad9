-- Schema version 13: the language the patient reads (issue 19), for the reminders written to
-- them: "en", "fr", ... NULL while not chosen (reminders are then written in the language of
-- the workstation that prepares them).
ALTER TABLE patients ADD COLUMN language TEXT;

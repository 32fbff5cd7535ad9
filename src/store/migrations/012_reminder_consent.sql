-- Schema version 12: the patient's consent to appointment reminders (issue 19): the day it was
-- given, NULL while it was not. No reminder (SMS, e-mail) is prepared or sent without it.
ALTER TABLE patients ADD COLUMN reminder_consent_on TEXT;

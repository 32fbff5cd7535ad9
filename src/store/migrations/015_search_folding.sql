-- Schema version 15: search folds every script to lower-case ASCII (issue 21: "coeur" finds
-- "Cœur", "laetitia" "Lætitia", "lukasz" "Łukasz"), so the terms and sort keys written with the
-- earlier folding are written again: emptied here, refilled by PatientRepository::
-- rebuildSearchTerms in the same transaction.
DELETE FROM patient_search_terms;

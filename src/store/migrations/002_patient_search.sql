-- Schema version 2: an index of search terms for the patient list, so that searching stays
-- instant with 100,000 patients. The terms are computed in C++ (accent and case folding):
-- PatientRepository::rebuildSearchTerms fills the table for existing patients in this step.
CREATE TABLE patient_search_terms (
    term TEXT NOT NULL,
    patient_id INTEGER NOT NULL REFERENCES patients (id),
    PRIMARY KEY (term, patient_id)
){{WITHOUT_ROWID}};

-- Whether one patient has a term in a range: a broad search word ("m") walks the sorted list
-- and asks this for each patient instead of collecting every match first.
CREATE INDEX patient_search_terms_patient ON patient_search_terms (patient_id, term);

-- The list is sorted by search_key (the folded name and birth date: PatientRepository::sortKey).
CREATE INDEX patients_sorted ON patients (archived, search_key, id);

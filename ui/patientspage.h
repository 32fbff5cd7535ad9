#pragma once

#include "clinic/actinguser.h"
#include "store/consultationrepository.h"
#include "store/patientrepository.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace meso::clinic {
class AssessmentService;
class ConsultationService;
class PatientService;
} // namespace meso::clinic

namespace meso::ui {

class PatientTableModel;

// The patient list with instant search by any part of name, birth date or phone; create, edit,
// archive and restore.
class PatientsPage : public QWidget
{
    Q_OBJECT
public:
    PatientsPage(clinic::PatientService &patients, clinic::ConsultationService &consultations,
                 clinic::AssessmentService &assessments, clinic::ActingUser user, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    QCheckBox *showArchivedBox() const { return m_showArchived; }
    QPushButton *newButton() const { return m_newButton; }
    QPushButton *editButton() const { return m_editButton; }
    QPushButton *archiveButton() const { return m_archiveButton; }
    // Its menu: "New consultation" and the selected patient's consultations, newest first.
    QPushButton *consultationButton() const { return m_consultationButton; }
    QTableView *view() const { return m_view; }
    QLabel *countLabel() const { return m_count; }
    PatientTableModel *model() const { return m_model; }

    // Selects the patient's row, reading pages until it is found.
    void showPatient(qint64 id);

private:
    void refresh();
    void updateButtons();
    void newPatient();
    void editSelected();
    void archiveSelected();
    void fillConsultationMenu();
    void openConsultation(const store::PatientRecord &patient, std::optional<store::ConsultationRecord> consultation);
    std::optional<store::PatientRecord> selectedPatient() const;

    clinic::PatientService &m_patients;
    clinic::ConsultationService &m_consultations;
    clinic::AssessmentService &m_assessments;
    clinic::ActingUser m_user;
    QLineEdit *m_search;
    QCheckBox *m_showArchived;
    QPushButton *m_newButton, *m_editButton, *m_archiveButton, *m_consultationButton;
    QTableView *m_view = nullptr;
    QLabel *m_count;
    PatientTableModel *m_model;
};

} // namespace meso::ui

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
class QTimer;

namespace meso::clinic {
struct Services;
}

namespace meso::ui {

class HistoryView;
class PatientTableModel;

// The patient list with instant search by any part of name, birth date or phone; create, edit,
// archive and restore; the selected patient's history below.
class PatientsPage : public QWidget
{
    Q_OBJECT
public:
    PatientsPage(clinic::Services &services, clinic::ActingUser user, QWidget *parent = nullptr);

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
    // The selected patient's consultations and plans, below the list.
    HistoryView *history() const { return m_history; }

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

    void showHistory();

    clinic::Services &m_services;
    clinic::ActingUser m_user;
    QLineEdit *m_search;
    QCheckBox *m_showArchived;
    QPushButton *m_newButton, *m_editButton, *m_archiveButton, *m_consultationButton;
    QTableView *m_view = nullptr;
    QLabel *m_count;
    PatientTableModel *m_model;
    HistoryView *m_history;
    QTimer *m_historyTimer;
};

} // namespace meso::ui

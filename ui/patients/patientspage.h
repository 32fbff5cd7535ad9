#pragma once

#include "clinic/actinguser.h"
#include "records/consultationrecord.h"
#include "records/patientrecord.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedLayout;
class QTableView;
class QTimer;

namespace meso::clinic {
struct Services;
}

namespace meso::ui {

class HistoryView;
class PatientTableModel;

// The patient list with instant search by any part of name, birth date or phone; create, edit,
// archive and restore; the selected patient's history below. What shows depends on the role:
// consultations and the history for practitioners, identity and contact for the front desk, and
// for administrators the export of everything held about a patient and anonymisation.
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
    // The selected patient's consultations and plans, below the list (null unless the role reads
    // them).
    HistoryView *history() const { return m_history; }
    QPushButton *exportButton() const { return m_exportButton; }
    QPushButton *anonymiseButton() const { return m_anonymiseButton; }
    QPushButton *importButton() const { return m_importButton; }
    // Shown instead of the list while the clinic has no patient: what to do first.
    QWidget *emptyState() const { return m_empty; }
    QString message() const;
    // Saves everything held about the selected patient as JSON (administrators); false with
    // the message shown.
    bool exportSelected(const QString &path);
    // Anonymises the selected patient for `reason` (administrators); false with the service's
    // refusal shown (e.g. while the retention period runs).
    bool anonymiseSelected(const QString &reason);
    // Writes the printed record of a session (ui/session/sessiondocument.h) as a PDF; false with
    // the refusal or the file's problem shown.
    bool exportSessionRecord(qint64 sessionId, const QString &path);

    // Selects the patient's row, reading pages until it is found.
    void showPatient(qint64 id);
    // Reads the list again from its first page and counts the patients (for changes made
    // elsewhere).
    Q_INVOKABLE void refresh();
    // How long typing must pause before the matches and the clinic's patients are counted.
    static constexpr int CountPauseMs = 300;

protected:
    // The list's first paint: the clinic's total is counted right after it.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // On each keystroke: the first page, and the count from it (exact when the page holds
    // every match); the counts wait for a pause in typing (countFound).
    void search();
    void countFound();
    void updateButtons();
    void newPatient();
    void importPatients();
    void editSelected();
    void archiveSelected();
    void askAnonymise();
    void fillConsultationMenu();
    void openConsultation(const records::PatientRecord &patient,
                          std::optional<records::ConsultationRecord> consultation);
    std::optional<records::PatientRecord> selectedPatient() const;

    void showHistory();
    // "Adverse event…" from the history: a new event on the session, or the event's follow-up.
    void openAdverseEvent(qint64 eventId, qint64 sessionId);
    // "Amend session…" from the history: the signed record corrected, the original kept.
    void amendSession(qint64 sessionId);

    clinic::Services &m_services;
    clinic::ActingUser m_user;
    QLineEdit *m_search;
    QCheckBox *m_showArchived;
    QPushButton *m_newButton, *m_editButton, *m_archiveButton, *m_consultationButton;
    QPushButton *m_exportButton, *m_anonymiseButton, *m_importButton;
    QTableView *m_view = nullptr;
    QWidget *m_empty = nullptr;
    QStackedLayout *m_listOrEmpty = nullptr;
    QLabel *m_count, *m_message;
    PatientTableModel *m_model;
    HistoryView *m_history = nullptr;
    QTimer *m_historyTimer, *m_countTimer;
    qint64 m_total = 0;         // patients not archived, as last counted
    bool m_totalPending = true; // not counted yet: the page is new and its list not painted
};

} // namespace meso::ui

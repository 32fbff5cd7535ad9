#pragma once

#include "clinic/actinguser.h"
#include "clinic/recallservice.h"

#include <QDialog>
#include <QWidget>

#include <vector>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace meso::clinic {
struct Services;
}

namespace meso::ui {

class TableModel;

// The Recalls page (issue 19): the courses due for their maintenance session and the abandoned
// ones, due in a window of dates (by default from six months ago to a month ahead), soonest
// first, with the patient's phone and e-mail, the protocol, the last session and what the clinic
// did about each. "Contacted…", "Booked…" and "Declined…" mark the selected one with a date and a
// note; declined ones are hidden unless asked for. Every role lists recalls; the front desk and
// practitioners mark them (the service checks).
class RecallsPage : public QWidget
{
    Q_OBJECT
public:
    enum Column
    {
        DueColumn,
        PatientColumn,
        ContactColumn, // phone and e-mail
        ProtocolColumn,
        CourseColumn, // maintenance, or abandoned with the sessions kept
        LastSessionColumn,
        MarkColumn // what the clinic did, with the note
    };

    RecallsPage(clinic::Services &services, clinic::ActingUser user, QWidget *parent = nullptr);

    // Reads the recalls again; false (the reason shown) when the window is not one.
    Q_INVOKABLE bool refresh();
    void setWindow(const QDate &from, const QDate &to);
    void setShowDeclined(bool show);

    TableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    const std::vector<clinic::Recall> &recalls() const { return m_shown; }
    QString message() const;
    QPushButton *markButton(const QString &status) const;

    // Marks the selected recall; false (the reason shown) when refused or nothing is selected.
    bool markSelected(const QString &status, const QDate &on, const QString &note);

private:
    void askMark(const QString &status);
    void updateButtons();

    clinic::Services &m_services;
    clinic::ActingUser m_user;
    QDateEdit *m_from, *m_to;
    QCheckBox *m_declined;
    TableModel *m_model;
    QTableView *m_view;
    QLabel *m_message;
    QTimer *m_refreshTimer;
    std::vector<QPushButton *> m_markButtons;
    std::vector<clinic::Recall> m_shown;
    bool m_settingWindow = false;
};

// Asks the day a recall was contacted, booked or declined, and a note.
class MarkRecallDialog : public QDialog
{
    Q_OBJECT
public:
    MarkRecallDialog(const QString &status, const QString &patient, QWidget *parent = nullptr);

    QDateEdit *dateEdit() const { return m_date; }
    QLineEdit *noteEdit() const { return m_note; }

private:
    QDateEdit *m_date;
    QLineEdit *m_note;
};

} // namespace meso::ui

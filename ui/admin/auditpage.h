#pragma once

#include "csvfile.h"

#include "clinic/actinguser.h"
#include "records/auditrecords.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSpinBox;
class QStandardItemModel;
class QTableView;

namespace meso::clinic {
struct Services;
}

namespace meso::ui {

// The administrator's audit viewer: the rows of the audit trail filtered by user, patient and
// dates (time in local time, user, action as a label, patient, entity, summary), saved as CSV, and
// the verification of the hash chain.
class AuditPage : public QWidget
{
    Q_OBJECT
public:
    enum Column
    {
        Time,
        User,
        Action,
        Patient,
        Entity,
        Summary,
        ColumnCount
    };
    // The Time column's item holds the row's instant (local time) under this role.
    static constexpr int kAtRole = Qt::UserRole + 2;
    // The Action column shows the action's label (auditactions.h); its code is under this role.
    static constexpr int kCodeRole = Qt::UserRole + 3;
    // The newest rows shown at most; the CSV export has them all.
    static constexpr int kShownAtMost = 5000;

    AuditPage(clinic::Services &services, clinic::ActingUser admin, QWidget *parent = nullptr);

    Q_INVOKABLE void refresh();
    // The user list of the filter (after accounts change).
    void reloadUsers();
    records::AuditFilter filter() const;

    QComboBox *userBox() const { return m_user; }
    QSpinBox *patientBox() const { return m_patient; }
    QCheckBox *fromBox() const { return m_useFrom; }
    QCheckBox *toBox() const { return m_useTo; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QStandardItemModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *verifyButton() const { return m_verify; }
    QString message() const;

    // Writes the rows matching the filter (all of them) as CSV; false with the message shown.
    bool exportCsv(const QString &path, const clinic::CsvFormat &format = spreadsheetCsv());
    // Verifies the whole chain; true when intact. The result is shown either way.
    bool verify();

private:
    clinic::Services &m_services;
    clinic::ActingUser m_admin;
    QComboBox *m_user;
    QSpinBox *m_patient;
    QCheckBox *m_useFrom, *m_useTo;
    QDateEdit *m_from, *m_to;
    QPushButton *m_refresh, *m_export, *m_verify;
    QStandardItemModel *m_model;
    QTableView *m_view;
    QLabel *m_count, *m_message;
};

} // namespace meso::ui

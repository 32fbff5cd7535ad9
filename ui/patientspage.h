#pragma once

#include "clinic/actinguser.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;

namespace meso::clinic {
class PatientService;
}

namespace meso::ui {

class PatientTableModel;

// The patient list with instant search by any part of name, birth date or phone.
class PatientsPage : public QWidget
{
    Q_OBJECT
public:
    PatientsPage(clinic::PatientService &patients, clinic::ActingUser user, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    PatientTableModel *model() const { return m_model; }

private:
    void refresh();

    clinic::PatientService &m_patients;
    clinic::ActingUser m_user;
    QLineEdit *m_search;
    QLabel *m_count;
    PatientTableModel *m_model;
};

} // namespace meso::ui

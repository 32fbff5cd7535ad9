#pragma once

#include "clinic/actinguser.h"
#include "records/patientrecord.h"

#include <QDialog>

#include <memory>
#include <optional>

class QLabel;

namespace Ui {
class PatientDialog;
}

namespace meso::clinic {
class PatientService;
}

namespace meso::ui {

// Creates a patient, or edits one. Save goes through PatientService (validation, one
// transaction); a refused save keeps the dialog open with the message beside the field named.
class PatientDialog : public QDialog
{
    Q_OBJECT
public:
    // `patient` empty: a new patient.
    PatientDialog(clinic::PatientService &patients, clinic::ActingUser user,
                  const std::optional<records::PatientRecord> &patient, QWidget *parent = nullptr);
    ~PatientDialog() override;

    // The id of the patient saved (valid after accept()).
    qint64 patientId() const { return m_record.id; }
    QString problem() const;

private:
    void save();
    records::PatientRecord fromForm() const;
    // The editor and label of a field named by ValidationError ("patient.email").
    struct Field
    {
        QWidget *editor = nullptr;
        QLabel *label = nullptr;
    };
    Field field(const QString &name) const;

    std::unique_ptr<Ui::PatientDialog> m_ui;
    clinic::PatientService &m_patients;
    clinic::ActingUser m_user;
    records::PatientRecord m_record;
};

} // namespace meso::ui

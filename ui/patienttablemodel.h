#pragma once

#include "store/patientrepository.h"

#include <QAbstractTableModel>

#include <vector>

namespace meso::ui {

// Search results of the patient list: name, birth date, phone, e-mail. Names are plain text.
class PatientTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, BirthDate, Phone, Email, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setPatients(std::vector<store::PatientRecord> patients);
    const store::PatientRecord &patient(int row) const { return m_patients.at(static_cast<size_t>(row)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<store::PatientRecord> m_patients;
};

} // namespace meso::ui

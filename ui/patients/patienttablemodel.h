#pragma once

#include "clinic/phonenumbers.h"
#include "records/patientrecord.h"

#include <QAbstractTableModel>

#include <functional>
#include <optional>
#include <vector>

namespace meso::ui {

// The patient list: name, birth date, phone, e-mail, in name order. Lazy: rows are fetched a
// page at a time as the view scrolls (canFetchMore/fetchMore), so a search over 100,000
// patients reads only what is shown. Names are plain text.
class PatientTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        BirthDate,
        Phone,
        Email,
        ColumnCount
    };
    static constexpr int PageSize = 200;

    // Reads the page that follows `after` (the first page when empty), at most `count` rows.
    using Fetch = std::function<std::vector<records::PatientRecord>(
        const std::optional<records::PatientCursor> &after, int count)>;

    using QAbstractTableModel::QAbstractTableModel;

    // Starts over with another query: the first page is read at once. Phone numbers are shown
    // by `phones` (the clinic's national format).
    void reset(Fetch fetch, const clinic::PhoneNumbers &phones);
    const records::PatientRecord &patient(int row) const
    {
        return m_patients.at(static_cast<size_t>(row));
    }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    clinic::PhoneNumbers m_phones{QString()};
    std::vector<records::PatientRecord> m_patients;
    Fetch m_fetch;
    bool m_atEnd = true;
};

} // namespace meso::ui

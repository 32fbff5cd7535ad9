#include "patienttablemodel.h"

#include "clinic/patientservice.h"
#include "plaintext.h"
#include "records/patientrecord.h"

#include <QLocale>

namespace meso::ui {

void PatientTableModel::reset(Fetch fetch, const clinic::PhoneNumbers &phones)
{
    beginResetModel();
    m_fetch = std::move(fetch);
    m_phones = phones;
    m_patients = m_fetch({}, PageSize);
    m_atEnd = m_patients.size() < static_cast<size_t>(PageSize);
    endResetModel();
}

bool PatientTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void PatientTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    std::vector<records::PatientRecord> page =
        m_fetch(clinic::PatientService::cursorAfter(m_patients.back()), PageSize);
    m_atEnd = page.size() < static_cast<size_t>(PageSize);
    if (page.empty())
        return;
    const int first = static_cast<int>(m_patients.size());
    beginInsertRows({}, first, first + static_cast<int>(page.size()) - 1);
    m_patients.insert(m_patients.end(), std::make_move_iterator(page.begin()),
                      std::make_move_iterator(page.end()));
    endInsertRows();
}

int PatientTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_patients.size());
}

int PatientTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PatientTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const records::PatientRecord &p = m_patients.at(static_cast<size_t>(index.row()));
    if (role == Qt::ToolTipRole) // a tooltip guesses rich text: names are shown as typed
        return plainToolTip(data(index, Qt::DisplayRole).toString());
    switch (index.column()) {
    case Name:
        return tr("%1, %2").arg(p.familyName.toUpper(), p.givenNames);
    case BirthDate:
        return QLocale().toString(p.birthDate, QLocale::ShortFormat);
    case Phone:
        return m_phones.display(p.phone);
    case Email:
        return p.email;
    default:
        return {};
    }
}

QVariant PatientTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case BirthDate:
        return tr("Birth date");
    case Phone:
        return tr("Phone");
    case Email:
        return tr("E-mail");
    default:
        return {};
    }
}

} // namespace meso::ui

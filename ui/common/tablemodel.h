#pragma once

#include <QAbstractTableModel>
#include <QColor>
#include <QStringList>

#include <vector>

namespace meso::ui {

// A read-only table of display texts with optional row tints (severity colours), for the catalog
// views. The data is a snapshot: views are rebuilt when the catalog changes.
class TableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    struct Row
    {
        QStringList cells;
        QColor tint; // invalid: no tint
        QString toolTip;
    };

    explicit TableModel(QStringList headers, QObject *parent = nullptr);

    void setRows(std::vector<Row> rows);
    const Row &row(int r) const { return m_rows.at(static_cast<size_t>(r)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QStringList m_headers;
    std::vector<Row> m_rows;
};

} // namespace meso::ui

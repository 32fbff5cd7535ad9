#include "tableviews.h"

#include <QAbstractItemModel>
#include <QFontMetrics>
#include <QHeaderView>
#include <QTableView>

namespace meso::ui {

QTableView *makeReadOnlyTable(QAbstractItemModel *model, int stretchColumn, QWidget *parent,
                              std::initializer_list<int> wideColumns)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(true);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->setVisible(false);
    QHeaderView *header = view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (int column : wideColumns) {
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        header->resizeSection(column, 220);
    }
    header->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    QObject::connect(model, &QAbstractItemModel::modelReset, view,
                     &QTableView::resizeRowsToContents);
    // Column widths settle during layout: refit the rows once the event loop has laid them out.
    QObject::connect(header, &QHeaderView::sectionResized, view, [view] {
        QMetaObject::invokeMethod(view, &QTableView::resizeRowsToContents, Qt::QueuedConnection);
    });
    view->resizeRowsToContents();
    return view;
}

QTableView *makeOneLineTable(QAbstractItemModel *model, QWidget *parent, int stretchColumn)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(QFontMetrics(view->font()).height() + 8);
    QHeaderView *header = view->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    if (stretchColumn < 0) {
        header->setStretchLastSection(true);
    } else {
        header->setSectionResizeMode(QHeaderView::Interactive);
        header->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    }
    return view;
}

} // namespace meso::ui

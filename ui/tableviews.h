#pragma once

#include <initializer_list>

class QAbstractItemModel;
class QTableView;
class QWidget;

namespace meso::ui {

// A read-only, row-selecting table view whose columns fit their contents, except `stretchColumn`
// which takes the remaining width, and `wideColumns` (long free text) which start at a fixed
// width the user can change; text wraps and rows grow to fit it.
QTableView *makeReadOnlyTable(QAbstractItemModel *model, int stretchColumn, QWidget *parent,
                              std::initializer_list<int> wideColumns = {});

} // namespace meso::ui

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

// A read-only, row-selecting list of one text line per row (long lists: patients, users, the
// audit trail), with rows of a fixed height, so that nothing reads every row to fit them. The
// caller sizes the columns; without `stretchColumn` (-1) the last one takes the remaining width.
QTableView *makeOneLineTable(QAbstractItemModel *model, QWidget *parent, int stretchColumn = -1);

} // namespace meso::ui

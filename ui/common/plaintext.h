#pragma once

#include <QMessageBox>
#include <QString>

class QLabel;
class QWidget;

namespace meso::ui {

// What people typed (patient names, notes, reasons, user names) is shown as typed: a QLabel, a
// tooltip or a message box guesses rich text otherwise, and "<b>x</b>" or "<img src=...>" would
// be rendered instead of shown.

// A word-wrapped, selectable label in plain text.
QLabel *plainLabel(const QString &text, QWidget *parent);
// A tooltip showing `text` verbatim: the escaped text inside rich text (tooltips guess the format).
QString plainToolTip(const QString &text);
// A message box whose text is plain; returns the button pressed.
QMessageBox::StandardButton
plainMessage(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
             QMessageBox::StandardButtons buttons = QMessageBox::Ok,
             QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);

} // namespace meso::ui

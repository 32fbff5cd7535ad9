#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <initializer_list>
#include <tuple>

class QDialog;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;
class QWidget;

namespace meso::clinic {
class ValidationError;
}

namespace meso::ui {

// What the account dialogs (first administrator, user, password) share.

// The red line under a form that says what is wrong and where: "Repeat password: the two
// passwords differ", with the cursor put in that field.
class FormProblem
{
    Q_DECLARE_TR_FUNCTIONS(meso::ui::FormProblem)
public:
    explicit FormProblem(QWidget *parent);
    QLabel *label() const { return m_label; }
    QString text() const;
    void clear();
    void show(const QString &message);
    // Names the field by its label (without the mnemonic) and focuses its editor.
    void at(const QLabel *fieldLabel, QWidget *editor, const QString &message);
    // A service's ValidationError: at the field it names, among (field id, label, editor), else
    // as "field: message".
    void
    validation(const clinic::ValidationError &e,
               std::initializer_list<std::tuple<const char *, const QLabel *, QWidget *>> fields);

private:
    QLabel *m_label;
};

// A new password and its repetition, as rows of a form (echo off, at most 1,024 characters).
class PasswordFields
{
    Q_DECLARE_TR_FUNCTIONS(meso::ui::PasswordFields)
public:
    PasswordFields(QFormLayout *form, QWidget *parent, const QString &passwordLabel);
    QLabel *passwordLabel, *repeatLabel;
    QLineEdit *password, *repeat;
    // Refuses (at the repeat field) two entries that differ; true when they are the same.
    bool same(FormProblem &problem) const;
    void clear();
    void setVisible(bool visible);
};

// The foot of an account dialog: `action` (the default button, which runs `act`) beside Cancel,
// or beside `quit` when the dialog is the start of the app (sign-in, first administrator). Sizes
// the dialog to `width`. Returns `action`.
QPushButton *accountButtons(QDialog *dialog, QVBoxLayout *layout, QPushButton *action,
                            const std::function<void()> &act, int width,
                            const QString &quit = QString());

} // namespace meso::ui

#pragma once

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace meso::ui {

// A new password, typed twice, for one's own account or (an administrator's "Reset password…")
// someone else's. OK hands it to `apply` (the service); a refusal keeps the dialog open with the
// message.
class PasswordDialog : public QDialog
{
    Q_OBJECT
public:
    using Apply = std::function<void(const QString &password)>;
    PasswordDialog(const QString &whose, Apply apply, QWidget *parent = nullptr);

    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *repeatEdit() const { return m_repeat; }
    QPushButton *okButton() const { return m_ok; }
    QString problem() const;

private:
    void submit();

    Apply m_apply;
    QLineEdit *m_password, *m_repeat;
    QLabel *m_problem;
    QPushButton *m_ok;
};

} // namespace meso::ui

#pragma once

#include "accountform.h"

#include <QDialog>

#include <functional>
#include <memory>

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
    ~PasswordDialog() override;

    QLineEdit *passwordEdit() const;
    QLineEdit *repeatEdit() const;
    QPushButton *okButton() const { return m_ok; }
    QString problem() const;

private:
    void submit();

    Apply m_apply;
    FormProblem m_problem;
    std::unique_ptr<PasswordFields> m_fields;
    QPushButton *m_ok = nullptr;
};

} // namespace meso::ui

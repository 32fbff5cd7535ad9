#pragma once

#include "records/userrecord.h"

#include "accountform.h"

#include <QDialog>

#include <functional>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace meso::ui {

// Adds a user account (user name, name, role, password twice) or changes one (name, role,
// active). OK hands the account to `apply` (the service); a refusal is shown beside the field it
// names and the dialog stays open.
class UserDialog : public QDialog
{
    Q_OBJECT
public:
    // `password` is empty when changing an account.
    using Apply = std::function<void(const records::UserRecord &user, const QString &password)>;
    // `existing` empty: a new account.
    UserDialog(std::optional<records::UserRecord> existing, Apply apply, QWidget *parent = nullptr);
    ~UserDialog() override;

    QLineEdit *usernameEdit() const { return m_username; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *roleBox() const { return m_role; }
    QCheckBox *activeBox() const { return m_active; }
    // The new account's password fields (nullptr when changing an account).
    QLineEdit *passwordEdit() const;
    QLineEdit *repeatEdit() const;
    QPushButton *okButton() const { return m_ok; }
    QString problem() const;

private:
    void submit();

    bool m_new;
    records::UserRecord m_record;
    Apply m_apply;
    QLineEdit *m_username, *m_name;
    QComboBox *m_role;
    QCheckBox *m_active;
    QLabel *m_usernameLabel, *m_nameLabel, *m_roleLabel;
    FormProblem m_problem;
    std::unique_ptr<PasswordFields> m_fields; // a new account's password
    QPushButton *m_ok;
};

} // namespace meso::ui

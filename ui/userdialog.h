#pragma once

#include "store/userrepository.h"

#include <QDialog>

#include <functional>
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
    using Apply = std::function<void(const store::UserRecord &user, const QString &password)>;
    // `existing` empty: a new account.
    UserDialog(std::optional<store::UserRecord> existing, Apply apply, QWidget *parent = nullptr);

    QLineEdit *usernameEdit() const { return m_username; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *roleBox() const { return m_role; }
    QCheckBox *activeBox() const { return m_active; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *repeatEdit() const { return m_repeat; }
    QPushButton *okButton() const { return m_ok; }
    QString problem() const;

private:
    void submit();

    bool m_new;
    store::UserRecord m_record;
    Apply m_apply;
    QLineEdit *m_username, *m_name;
    QComboBox *m_role;
    QCheckBox *m_active;
    QLineEdit *m_password, *m_repeat;
    QLabel *m_usernameLabel, *m_nameLabel, *m_roleLabel, *m_passwordLabel, *m_repeatLabel, *m_problem;
    QPushButton *m_ok;
};

} // namespace meso::ui

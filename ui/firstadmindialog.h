#pragma once

#include "clinic/actinguser.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace meso::clinic {
class UserService;
}

namespace meso::ui {

// The first start of a clinic database: creates the administrator account (user name, name,
// password twice). A refusal names the field and keeps the dialog open; once created, the
// administrator is signed in. Cancel quits the application.
class FirstAdminDialog : public QDialog
{
    Q_OBJECT
public:
    FirstAdminDialog(clinic::UserService &users, const QString &where, QWidget *parent = nullptr);

    QLineEdit *usernameEdit() const { return m_username; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *repeatEdit() const { return m_repeat; }
    QPushButton *createButton() const { return m_create; }
    QString problem() const;
    const clinic::ActingUser &user() const { return m_user; }
    bool create();

private:
    clinic::UserService &m_users;
    QLineEdit *m_username, *m_name, *m_password, *m_repeat;
    QLabel *m_usernameLabel, *m_nameLabel, *m_passwordLabel, *m_repeatLabel, *m_problem;
    QPushButton *m_create;
    clinic::ActingUser m_user;
};

} // namespace meso::ui

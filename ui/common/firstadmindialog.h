#pragma once

#include "accountform.h"

#include "clinic/actinguser.h"

#include <QDialog>

#include <memory>

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
    ~FirstAdminDialog() override;

    QLineEdit *usernameEdit() const { return m_username; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *passwordEdit() const;
    QLineEdit *repeatEdit() const;
    QPushButton *createButton() const { return m_create; }
    QString problem() const;
    const clinic::ActingUser &user() const { return m_user; }
    bool create();

private:
    clinic::UserService &m_users;
    QLineEdit *m_username, *m_name;
    QLabel *m_usernameLabel, *m_nameLabel;
    FormProblem m_problem;
    std::unique_ptr<PasswordFields> m_fields;
    QPushButton *m_create;
    clinic::ActingUser m_user;
};

} // namespace meso::ui

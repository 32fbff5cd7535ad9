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

class SignInDelay;

// Sign-in: user name and password, checked by UserService. A refusal keeps the dialog open with
// the service's message; after repeated failures the button stays disabled, counting down, for
// as long as the service asks to wait. Cancel quits the application.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    // `where` (the database file) is shown so that people know which clinic they sign in to.
    SignInDialog(clinic::UserService &users, const QString &where, QWidget *parent = nullptr);

    QLineEdit *usernameEdit() const { return m_username; }
    QLineEdit *passwordEdit() const { return m_password; }
    QPushButton *signInButton() const { return m_signIn; }
    QString message() const;
    // The user signed in (valid once accepted).
    const clinic::ActingUser &user() const { return m_user; }
    // Tries the name and password entered; accepts the dialog when they are right.
    bool signIn();

private:
    void showDelay(int seconds);

    clinic::UserService &m_users;
    QLineEdit *m_username, *m_password;
    QLabel *m_message, *m_countdown;
    QPushButton *m_signIn;
    SignInDelay *m_delay;
    QString m_refusal;
    clinic::ActingUser m_user;
};

} // namespace meso::ui

#pragma once

#include "clinic/actinguser.h"
#include "records/userrecord.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace meso::clinic {
struct Services;
}

namespace meso::ui {

// The administrator's list of accounts (user name, name, role, active, last sign-in): Add user…,
// Change…(name, role, active), Reset password… and Deactivate/Reactivate, each through
// UserService, whose refusals are shown.
class UsersPage : public QWidget
{
    Q_OBJECT
public:
    enum Column
    {
        Username,
        Name,
        Role,
        Active,
        LastSignIn,
        ColumnCount
    };

    UsersPage(clinic::Services &services, clinic::ActingUser admin, QWidget *parent = nullptr);

    Q_INVOKABLE void refresh();
    QStandardItemModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *changeButton() const { return m_change; }
    QPushButton *passwordButton() const { return m_password; }
    QPushButton *activeButton() const { return m_active; }
    QString message() const;
    void selectUser(qint64 id);
    // Deactivates (or reactivates) the selected account; false with the refusal shown.
    bool toggleActive();

Q_SIGNALS:
    // Accounts were added or changed (the audit page's list of users follows).
    void usersChanged();

private:
    std::optional<records::UserRecord> selected() const;
    void updateButtons();
    void addUser();
    void changeUser();
    void resetPassword();

    clinic::Services &m_services;
    clinic::ActingUser m_admin;
    std::vector<records::UserRecord> m_users;
    QStandardItemModel *m_model;
    QTableView *m_view;
    QPushButton *m_add, *m_change, *m_password, *m_active;
    QLabel *m_message;
};

} // namespace meso::ui

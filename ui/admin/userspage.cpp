#include "userspage.h"
#include "pageroles.h"

#include "passworddialog.h"
#include "plaintext.h"
#include "tableviews.h"
#include "userdialog.h"

#include "clinic/permissions.h"
#include "clinic/services.h"
#include "clinic/validationerror.h"
#include "records/userrecord.h"

#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace meso::ui {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
}

UsersPage::UsersPage(clinic::Services &services, clinic::ActingUser admin, QWidget *parent)
    : QWidget(parent), m_services(services), m_admin(std::move(admin)),
      m_model(new QStandardItemModel(this)), m_view(makeOneLineTable(m_model, this)),
      m_add(new QPushButton(tr("&Add user…"), this)),
      m_change(new QPushButton(tr("C&hange…"), this)),
      m_password(new QPushButton(tr("&Reset password…"), this)),
      m_active(new QPushButton(tr("&Deactivate"), this)), m_message(plainLabel(QString(), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(plainLabel(
        tr("Everyone who uses MesoPlan has an account of their own; what each role may do "
           "is checked on every action and recorded in the audit trail. Accounts are never "
           "deleted: deactivate those who leave."),
        this));
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_change, m_password, m_active})
        buttons->addWidget(b);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UsersPage::updateButtons);

    connect(m_add, &QPushButton::clicked, this, &UsersPage::addUser);
    markRole(m_add, PageRole::New);
    connect(m_change, &QPushButton::clicked, this, &UsersPage::changeUser);
    connect(m_view, &QTableView::doubleClicked, this, &UsersPage::changeUser);
    connect(m_password, &QPushButton::clicked, this, &UsersPage::resetPassword);
    connect(m_active, &QPushButton::clicked, this, &UsersPage::toggleActive);
    refresh();
}

QString UsersPage::message() const
{
    return m_message->text();
}

void UsersPage::refresh()
{
    const auto keep = selected();
    m_model->clear();
    m_model->setHorizontalHeaderLabels(
        {tr("User name"), tr("Name"), tr("Role"), tr("Active"), tr("Last sign-in")});
    try {
        m_users = m_services.users.users(m_admin);
    } catch (const std::exception &e) {
        m_users.clear();
        m_message->setText(QString::fromUtf8(e.what()));
    }
    const QLocale locale;
    for (const records::UserRecord &u : m_users) {
        QList<QStandardItem *> row;
        for (const QString &text :
             {u.username, u.displayName, clinic::Permissions::roleName(u.role),
              u.active ? tr("yes") : tr("no"),
              u.lastSignInAt.isValid()
                  ? locale.toString(u.lastSignInAt.toLocalTime(), QLocale::ShortFormat)
                  : tr("never")}) {
            auto *item = new QStandardItem(text);
            item->setData(u.id, kIdRole);
            item->setToolTip(plainToolTip(text));
            if (!u.active)
                item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
            row << item;
        }
        if (u.passwordHash.isEmpty()) // e.g. a practitioner added in Clinic setup
            row[LastSignIn]->setText(tr("no password yet"));
        m_model->appendRow(row);
    }
    m_view->resizeColumnsToContents();
    if (keep)
        selectUser(keep->id);
    updateButtons();
}

std::optional<records::UserRecord> UsersPage::selected() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    const qint64 id = m_model->item(rows.first().row(), 0)->data(kIdRole).toLongLong();
    for (const auto &u : m_users) {
        if (u.id == id)
            return u;
    }
    return std::nullopt;
}

void UsersPage::selectUser(qint64 id)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->item(row, 0)->data(kIdRole).toLongLong() == id) {
            m_view->selectRow(row);
            return;
        }
    }
}

void UsersPage::updateButtons()
{
    const auto u = selected();
    m_change->setEnabled(u.has_value());
    m_password->setEnabled(u.has_value());
    m_active->setEnabled(u.has_value());
    m_active->setText(u && !u->active ? tr("Re&activate") : tr("&Deactivate"));
}

void UsersPage::addUser()
{
    qint64 added = 0;
    UserDialog dialog(
        std::nullopt,
        [this, &added](const records::UserRecord &u, const QString &password) {
            added = m_services.users.addUser(m_admin, u, password);
        },
        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    selectUser(added);
    m_message->setText(tr("Added %1.").arg(dialog.usernameEdit()->text().trimmed()));
    Q_EMIT usersChanged();
}

void UsersPage::changeUser()
{
    const auto u = selected();
    if (!u)
        return;
    UserDialog dialog(
        *u,
        [this](const records::UserRecord &changed, const QString &) {
            m_services.users.updateUser(m_admin, changed);
        },
        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    m_message->setText(tr("Saved %1.").arg(u->username));
    Q_EMIT usersChanged();
}

void UsersPage::resetPassword()
{
    const auto u = selected();
    if (!u)
        return;
    PasswordDialog dialog(
        tr("%1 (%2)").arg(u->displayName, u->username),
        [this, id = u->id](const QString &password) {
            m_services.users.setPassword(m_admin, id, password);
        },
        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    m_message->setText(tr("New password set for %1.").arg(u->username));
}

bool UsersPage::toggleActive()
{
    auto u = selected();
    if (!u)
        return false;
    u->active = !u->active;
    try {
        m_services.users.updateUser(m_admin, *u);
    } catch (const clinic::ValidationError &e) {
        m_message->setText(tr("Not changed: %1").arg(e.message()));
        return false;
    } catch (const std::exception &e) {
        m_message->setText(tr("Not changed: %1").arg(QString::fromUtf8(e.what())));
        return false;
    }
    refresh();
    m_message->setText(u->active ? tr("%1 can sign in again.").arg(u->username)
                                 : tr("%1 can no longer sign in.").arg(u->username));
    Q_EMIT usersChanged();
    return true;
}

} // namespace meso::ui

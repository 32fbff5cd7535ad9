#include "firstadmindialog.h"

#include "plaintext.h"

#include "clinic/userservice.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace meso::ui {

FirstAdminDialog::FirstAdminDialog(clinic::UserService &users, const QString &where,
                                   QWidget *parent)
    : QDialog(parent), m_users(users), m_username(new QLineEdit(this)), m_name(new QLineEdit(this)),
      m_usernameLabel(new QLabel(tr("&User name:"), this)),
      m_nameLabel(new QLabel(tr("&Full name:"), this)), m_problem(this),
      m_create(new QPushButton(tr("&Create administrator"), this))
{
    setWindowTitle(tr("Welcome to MesoPlan"));
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("Welcome to MesoPlan"), this);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    heading->setFont(big);
    layout->addWidget(heading);
    layout->addWidget(
        plainLabel(tr("This clinic database has no administrator yet. Create the administrator's "
                      "account: the administrator adds the practitioners' and the front desk's "
                      "accounts (Users), and manages the settings and the audit trail."),
                   this));
    auto *database = plainLabel(tr("Database: %1").arg(QDir::toNativeSeparators(where)), this);
    database->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(database);

    auto *form = new QFormLayout;
    const std::pair<QLabel *, QLineEdit *> rows[] = {{m_usernameLabel, m_username},
                                                     {m_nameLabel, m_name}};
    for (const auto &[label, edit] : rows) {
        label->setBuddy(edit);
        form->addRow(label, edit);
    }
    m_fields = std::make_unique<PasswordFields>(form, this, tr("&Password:"));
    m_username->setObjectName(QStringLiteral("username"));
    m_username->setPlaceholderText(tr("e.g. admin or jdupont"));
    m_username->setMaxLength(64);
    m_name->setObjectName(QStringLiteral("displayName"));
    m_name->setPlaceholderText(tr("as shown in the window and the audit trail"));
    layout->addLayout(form);
    layout->addWidget(m_problem.label());

    accountButtons(
        this, layout, m_create, [this] { create(); }, 480, tr("&Quit"));
}

FirstAdminDialog::~FirstAdminDialog() = default;

QString FirstAdminDialog::problem() const
{
    return m_problem.text();
}

QLineEdit *FirstAdminDialog::passwordEdit() const
{
    return m_fields->password;
}

QLineEdit *FirstAdminDialog::repeatEdit() const
{
    return m_fields->repeat;
}

bool FirstAdminDialog::create()
{
    if (!m_fields->same(m_problem))
        return false;
    try {
        m_user = m_users.createFirstAdmin(m_username->text(), m_name->text(),
                                          m_fields->password->text());
    } catch (const clinic::ValidationError &e) {
        m_problem.validation(e, {{"user.username", m_usernameLabel, m_username},
                                 {"user.display_name", m_nameLabel, m_name},
                                 {"user.password", m_fields->passwordLabel, m_fields->password}});
        return false;
    } catch (const std::exception &e) {
        m_problem.show(QString::fromUtf8(e.what()));
        return false;
    }
    m_fields->clear();
    accept();
    return true;
}

} // namespace meso::ui

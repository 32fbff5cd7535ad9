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

FirstAdminDialog::FirstAdminDialog(clinic::UserService &users, const QString &where, QWidget *parent)
    : QDialog(parent), m_users(users), m_username(new QLineEdit(this)), m_name(new QLineEdit(this)),
      m_password(new QLineEdit(this)), m_repeat(new QLineEdit(this)),
      m_usernameLabel(new QLabel(tr("&User name:"), this)), m_nameLabel(new QLabel(tr("&Full name:"), this)),
      m_passwordLabel(new QLabel(tr("&Password:"), this)), m_repeatLabel(new QLabel(tr("&Repeat password:"), this)),
      m_problem(plainLabel(QString(), this)), m_create(new QPushButton(tr("&Create administrator"), this))
{
    setWindowTitle(tr("Welcome to MesoPlan"));
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("Welcome to MesoPlan"), this);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    heading->setFont(big);
    layout->addWidget(heading);
    layout->addWidget(plainLabel(tr("This clinic database has no administrator yet. Create the administrator's "
                                    "account: the administrator adds the practitioners' and the front desk's "
                                    "accounts (Users), and manages the settings and the audit trail."),
                                 this));
    auto *database = plainLabel(tr("Database: %1").arg(QDir::toNativeSeparators(where)), this);
    database->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(database);

    auto *form = new QFormLayout;
    const std::pair<QLabel *, QLineEdit *> rows[] = {
        {m_usernameLabel, m_username}, {m_nameLabel, m_name}, {m_passwordLabel, m_password}, {m_repeatLabel, m_repeat}};
    for (const auto &[label, edit] : rows) {
        label->setBuddy(edit);
        form->addRow(label, edit);
    }
    m_username->setObjectName(QStringLiteral("username"));
    m_username->setPlaceholderText(tr("e.g. admin or jdupont"));
    m_username->setMaxLength(64);
    m_name->setObjectName(QStringLiteral("displayName"));
    m_name->setPlaceholderText(tr("as shown in the window and the audit trail"));
    for (QLineEdit *edit : {m_password, m_repeat}) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setMaxLength(1024);
    }
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setPlaceholderText(tr("at least %1 characters").arg(clinic::UserService::kMinPasswordLength));
    m_repeat->setObjectName(QStringLiteral("repeat"));
    layout->addLayout(form);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    layout->addWidget(m_problem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Quit"));
    buttons->addButton(m_create, QDialogButtonBox::AcceptRole);
    m_create->setDefault(true);
    layout->addWidget(buttons);
    connect(m_create, &QPushButton::clicked, this, &FirstAdminDialog::create);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(480, sizeHint().height());
}

QString FirstAdminDialog::problem() const
{
    return m_problem->text();
}

bool FirstAdminDialog::create()
{
    const auto refuse = [this](QLabel *label, QLineEdit *edit, const QString &message) {
        m_problem->setText(tr("%1 %2").arg(label->text().remove(QLatin1Char('&')), message));
        edit->setFocus();
        return false;
    };
    if (m_password->text() != m_repeat->text())
        return refuse(m_repeatLabel, m_repeat, tr("the two passwords differ"));
    try {
        m_user = m_users.createFirstAdmin(m_username->text(), m_name->text(), m_password->text());
    } catch (const clinic::ValidationError &e) {
        const std::pair<const char *, std::pair<QLabel *, QLineEdit *>> fields[] = {
            {"user.username", {m_usernameLabel, m_username}},
            {"user.display_name", {m_nameLabel, m_name}},
            {"user.password", {m_passwordLabel, m_password}}};
        for (const auto &[name, field] : fields) {
            if (e.field() == QLatin1String(name))
                return refuse(field.first, field.second, e.message());
        }
        m_problem->setText(tr("%1: %2").arg(e.field(), e.message()));
        return false;
    } catch (const std::exception &e) {
        m_problem->setText(QString::fromUtf8(e.what()));
        return false;
    }
    m_password->clear();
    m_repeat->clear();
    accept();
    return true;
}

} // namespace meso::ui

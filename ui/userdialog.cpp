#include "userdialog.h"

#include "plaintext.h"

#include "clinic/permissions.h"
#include "clinic/userservice.h"
#include "clinic/validationerror.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace meso::ui {

UserDialog::UserDialog(std::optional<store::UserRecord> existing, Apply apply, QWidget *parent)
    : QDialog(parent), m_new(!existing), m_record(existing.value_or(store::UserRecord{})), m_apply(std::move(apply)),
      m_username(new QLineEdit(m_record.username, this)), m_name(new QLineEdit(m_record.displayName, this)),
      m_role(new QComboBox(this)), m_active(new QCheckBox(tr("&Active (can sign in)"), this)),
      m_password(new QLineEdit(this)), m_repeat(new QLineEdit(this)),
      m_usernameLabel(new QLabel(tr("&User name:"), this)), m_nameLabel(new QLabel(tr("&Full name:"), this)),
      m_roleLabel(new QLabel(tr("&Role:"), this)), m_passwordLabel(new QLabel(tr("&Password:"), this)),
      m_repeatLabel(new QLabel(tr("R&epeat password:"), this)), m_problem(plainLabel(QString(), this))
{
    setWindowTitle(m_new ? tr("Add user") : tr("Change user"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_username->setObjectName(QStringLiteral("username"));
    m_username->setMaxLength(64);
    m_username->setPlaceholderText(tr("lower case, e.g. cmartin"));
    m_username->setReadOnly(!m_new); // the name in the audit trail never changes
    m_name->setObjectName(QStringLiteral("displayName"));
    for (const QString &role : clinic::Permissions::roles())
        m_role->addItem(clinic::Permissions::roleName(role), role);
    m_role->setCurrentIndex(std::max(0, m_role->findData(m_record.role)));
    m_active->setChecked(m_record.active);
    for (QLineEdit *edit : {m_password, m_repeat}) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setMaxLength(1024);
    }
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setPlaceholderText(tr("at least %1 characters").arg(clinic::UserService::kMinPasswordLength));
    m_repeat->setObjectName(QStringLiteral("repeat"));
    const std::pair<QLabel *, QWidget *> rows[] = {
        {m_usernameLabel, m_username}, {m_nameLabel, m_name}, {m_roleLabel, m_role}};
    for (const auto &[label, editor] : rows) {
        label->setBuddy(editor);
        form->addRow(label, editor);
    }
    if (m_new) {
        m_passwordLabel->setBuddy(m_password);
        m_repeatLabel->setBuddy(m_repeat);
        form->addRow(m_passwordLabel, m_password);
        form->addRow(m_repeatLabel, m_repeat);
        m_active->hide();
    } else {
        form->addRow(QString(), m_active);
        for (QWidget *w : std::initializer_list<QWidget *>{m_password, m_repeat, m_passwordLabel, m_repeatLabel})
            w->hide();
    }
    layout->addLayout(form);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(m_new ? tr("Add user") : tr("Save"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &UserDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(440, sizeHint().height());
}

QString UserDialog::problem() const
{
    return m_problem->text();
}

void UserDialog::submit()
{
    const auto refuse = [this](QLabel *label, QWidget *editor, const QString &message) {
        m_problem->setText(tr("%1 %2").arg(label->text().remove(QLatin1Char('&')), message));
        editor->setFocus();
    };
    if (m_new && m_password->text() != m_repeat->text()) {
        refuse(m_repeatLabel, m_repeat, tr("the two passwords differ"));
        return;
    }
    store::UserRecord u = m_record;
    u.username = m_username->text();
    u.displayName = m_name->text();
    u.role = m_role->currentData().toString();
    u.active = m_new || m_active->isChecked();
    try {
        m_apply(u, m_new ? m_password->text() : QString());
    } catch (const clinic::ValidationError &e) {
        const std::pair<const char *, std::pair<QLabel *, QWidget *>> fields[] = {
            {"user.username", {m_usernameLabel, m_username}},
            {"user.display_name", {m_nameLabel, m_name}},
            {"user.role", {m_roleLabel, m_role}},
            {"user.password", {m_passwordLabel, m_password}}};
        for (const auto &[name, field] : fields) {
            if (e.field() == QLatin1String(name)) {
                refuse(field.first, field.second, e.message());
                return;
            }
        }
        m_problem->setText(tr("%1: %2").arg(e.field(), e.message()));
        return;
    } catch (const std::exception &e) {
        m_problem->setText(QString::fromUtf8(e.what()));
        return;
    }
    accept();
}

} // namespace meso::ui

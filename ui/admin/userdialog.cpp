#include "userdialog.h"

#include "accountform.h"
#include "plaintext.h"

#include "clinic/permissions.h"
#include "clinic/userservice.h"
#include "clinic/validationerror.h"
#include "records/userrecord.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace meso::ui {

UserDialog::UserDialog(std::optional<records::UserRecord> existing, Apply apply, QWidget *parent)
    : QDialog(parent), m_new(!existing), m_record(existing.value_or(records::UserRecord{})),
      m_apply(std::move(apply)), m_username(new QLineEdit(m_record.username, this)),
      m_name(new QLineEdit(m_record.displayName, this)), m_role(new QComboBox(this)),
      m_active(new QCheckBox(tr("&Active (can sign in)"), this)),
      m_usernameLabel(new QLabel(tr("&User name:"), this)),
      m_nameLabel(new QLabel(tr("&Full name:"), this)), m_roleLabel(new QLabel(tr("&Role:"), this)),
      m_problem(this)
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
    const std::pair<QLabel *, QWidget *> rows[] = {
        {m_usernameLabel, m_username}, {m_nameLabel, m_name}, {m_roleLabel, m_role}};
    for (const auto &[label, editor] : rows) {
        label->setBuddy(editor);
        form->addRow(label, editor);
    }
    if (m_new) {
        m_fields = std::make_unique<PasswordFields>(form, this, tr("&Password:"));
        m_active->hide();
    } else {
        form->addRow(QString(), m_active);
    }
    layout->addLayout(form);
    layout->addWidget(m_problem.label());
    m_ok = accountButtons(
        this, layout, new QPushButton(m_new ? tr("Add user") : tr("Save"), this),
        [this] { submit(); }, 440);
}

UserDialog::~UserDialog() = default;

QString UserDialog::problem() const
{
    return m_problem.text();
}

QLineEdit *UserDialog::passwordEdit() const
{
    return m_fields ? m_fields->password : nullptr;
}

QLineEdit *UserDialog::repeatEdit() const
{
    return m_fields ? m_fields->repeat : nullptr;
}

void UserDialog::submit()
{
    if (m_fields && !m_fields->same(m_problem))
        return;
    records::UserRecord u = m_record;
    u.username = m_username->text();
    u.displayName = m_name->text();
    u.role = m_role->currentData().toString();
    u.active = m_new || m_active->isChecked();
    try {
        m_apply(u, m_fields ? m_fields->password->text() : QString());
    } catch (const clinic::ValidationError &e) {
        std::initializer_list<std::tuple<const char *, const QLabel *, QWidget *>> known = {
            {"user.username", m_usernameLabel, m_username},
            {"user.display_name", m_nameLabel, m_name},
            {"user.role", m_roleLabel, m_role}};
        if (m_fields && e.field() == QLatin1String("user.password"))
            m_problem.at(m_fields->passwordLabel, m_fields->password, e.message());
        else
            m_problem.validation(e, known);
        return;
    } catch (const std::exception &e) {
        m_problem.show(QString::fromUtf8(e.what()));
        return;
    }
    accept();
}

} // namespace meso::ui

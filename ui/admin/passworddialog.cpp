#include "passworddialog.h"

#include "accountform.h"
#include "plaintext.h"

#include "clinic/userservice.h"
#include "clinic/validationerror.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace meso::ui {

PasswordDialog::PasswordDialog(const QString &whose, Apply apply, QWidget *parent)
    : QDialog(parent), m_apply(std::move(apply)), m_problem(this)
{
    setWindowTitle(tr("Set password"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(plainLabel(tr("New password for %1").arg(whose), this));
    auto *form = new QFormLayout;
    m_fields = std::make_unique<PasswordFields>(form, this, tr("&New password:"));
    layout->addLayout(form);
    layout->addWidget(m_problem.label());
    m_ok = accountButtons(
        this, layout, new QPushButton(tr("Set password"), this), [this] { submit(); }, 400);
}

PasswordDialog::~PasswordDialog() = default;

QString PasswordDialog::problem() const
{
    return m_problem.text();
}

QLineEdit *PasswordDialog::passwordEdit() const
{
    return m_fields->password;
}

QLineEdit *PasswordDialog::repeatEdit() const
{
    return m_fields->repeat;
}

void PasswordDialog::submit()
{
    if (!m_fields->same(m_problem))
        return;
    try {
        m_apply(m_fields->password->text());
    } catch (const clinic::ValidationError &e) {
        m_problem.validation(e, {{"user.password", m_fields->passwordLabel, m_fields->password}});
        return;
    } catch (const std::exception &e) {
        m_problem.show(QString::fromUtf8(e.what()));
        return;
    }
    accept();
}

} // namespace meso::ui

#include "passworddialog.h"

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
    : QDialog(parent), m_apply(std::move(apply)), m_password(new QLineEdit(this)), m_repeat(new QLineEdit(this)),
      m_problem(plainLabel(QString(), this))
{
    setWindowTitle(tr("Set password"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(plainLabel(tr("New password for %1").arg(whose), this));
    auto *form = new QFormLayout;
    auto *passwordLabel = new QLabel(tr("&New password:"), this);
    auto *repeatLabel = new QLabel(tr("&Repeat password:"), this);
    passwordLabel->setBuddy(m_password);
    repeatLabel->setBuddy(m_repeat);
    for (QLineEdit *edit : {m_password, m_repeat}) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setMaxLength(1024);
    }
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setPlaceholderText(tr("at least %1 characters").arg(clinic::UserService::kMinPasswordLength));
    m_repeat->setObjectName(QStringLiteral("repeat"));
    form->addRow(passwordLabel, m_password);
    form->addRow(repeatLabel, m_repeat);
    layout->addLayout(form);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Set password"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PasswordDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(400, sizeHint().height());
}

QString PasswordDialog::problem() const
{
    return m_problem->text();
}

void PasswordDialog::submit()
{
    if (m_password->text() != m_repeat->text()) {
        m_problem->setText(tr("Repeat password: the two passwords differ"));
        m_repeat->setFocus();
        return;
    }
    try {
        m_apply(m_password->text());
    } catch (const clinic::ValidationError &e) {
        m_problem->setText(e.field() == QLatin1String("user.password") ? tr("New password: %1").arg(e.message())
                                                                       : tr("%1: %2").arg(e.field(), e.message()));
        m_password->setFocus();
        return;
    } catch (const std::exception &e) {
        m_problem->setText(QString::fromUtf8(e.what()));
        return;
    }
    accept();
}

} // namespace meso::ui

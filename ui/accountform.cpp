#include "accountform.h"

#include "plaintext.h"

#include "clinic/userservice.h"
#include "clinic/validationerror.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace meso::ui {

FormProblem::FormProblem(QWidget *parent) : m_label(plainLabel(QString(), parent))
{
    m_label->setObjectName(QStringLiteral("problem"));
    m_label->setStyleSheet(QStringLiteral("color: #b00020;"));
}

QString FormProblem::text() const
{
    return m_label->text();
}

void FormProblem::clear()
{
    m_label->clear();
}

void FormProblem::show(const QString &message)
{
    m_label->setText(message);
}

void FormProblem::at(const QLabel *fieldLabel, QWidget *editor, const QString &message)
{
    QString name = fieldLabel->text().remove(QLatin1Char('&'));
    if (!name.endsWith(QLatin1Char(':')))
        name += QLatin1Char(':');
    m_label->setText(tr("%1 %2").arg(name, message));
    editor->setFocus();
}

void FormProblem::validation(
    const clinic::ValidationError &e,
    std::initializer_list<std::tuple<const char *, const QLabel *, QWidget *>> fields)
{
    for (const auto &[id, label, editor] : fields) {
        if (e.field() == QLatin1String(id)) {
            at(label, editor, e.message());
            return;
        }
    }
    m_label->setText(tr("%1: %2").arg(e.field(), e.message()));
}

PasswordFields::PasswordFields(QFormLayout *form, QWidget *parent, const QString &passwordLabelText)
    : passwordLabel(new QLabel(passwordLabelText, parent)),
      repeatLabel(new QLabel(tr("R&epeat password:"), parent)), password(new QLineEdit(parent)),
      repeat(new QLineEdit(parent))
{
    for (QLineEdit *edit : {password, repeat}) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setMaxLength(1024);
    }
    password->setObjectName(QStringLiteral("password"));
    password->setPlaceholderText(
        tr("at least %1 characters").arg(clinic::UserService::kMinPasswordLength));
    repeat->setObjectName(QStringLiteral("repeat"));
    passwordLabel->setBuddy(password);
    repeatLabel->setBuddy(repeat);
    form->addRow(passwordLabel, password);
    form->addRow(repeatLabel, repeat);
}

bool PasswordFields::same(FormProblem &problem) const
{
    if (password->text() == repeat->text())
        return true;
    problem.at(repeatLabel, repeat, tr("the two passwords differ"));
    return false;
}

void PasswordFields::clear()
{
    password->clear();
    repeat->clear();
}

void PasswordFields::setVisible(bool visible)
{
    for (QWidget *w :
         std::initializer_list<QWidget *>{passwordLabel, repeatLabel, password, repeat})
        w->setVisible(visible);
}

} // namespace meso::ui

#include "accountform.h"

#include "plaintext.h"
#include "tones.h"

#include "clinic/userservice.h"
#include "clinic/validationerror.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace meso::ui {

FormProblem::FormProblem(QWidget *parent) : m_label(plainLabel(QString(), parent))
{
    m_label->setObjectName(QStringLiteral("problem"));
    setTone(m_label, Tone::Danger);
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

QPushButton *accountButtons(QDialog *dialog, QVBoxLayout *layout, QPushButton *action,
                            const std::function<void()> &act, int width, const QString &quit)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, dialog);
    if (!quit.isEmpty())
        buttons->button(QDialogButtonBox::Cancel)->setText(quit);
    buttons->addButton(action, QDialogButtonBox::AcceptRole);
    action->setDefault(true);
    layout->addWidget(buttons);
    // The action runs on its own click: accepting is the action's to decide.
    QObject::connect(action, &QPushButton::clicked, dialog, act);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    dialog->resize(width, dialog->sizeHint().height());
    return action;
}

} // namespace meso::ui

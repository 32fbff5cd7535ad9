#include "signindialog.h"
#include "accountform.h"

#include "plaintext.h"
#include "signindelay.h"
#include "tones.h"

#include "clinic/userservice.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace meso::ui {

SignInDialog::SignInDialog(clinic::UserService &users, const QString &where, QWidget *parent)
    : QDialog(parent), m_users(users), m_username(new QLineEdit(this)),
      m_password(new QLineEdit(this)), m_message(plainLabel(QString(), this)),
      m_countdown(plainLabel(QString(), this)), m_signIn(new QPushButton(tr("&Sign in"), this)),
      m_delay(new SignInDelay(this))
{
    setWindowTitle(tr("Sign in to MesoPlan"));
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("Sign in to MesoPlan"), this);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    heading->setFont(big);
    layout->addWidget(heading);
    auto *database = plainLabel(tr("Database: %1").arg(QDir::toNativeSeparators(where)), this);
    database->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(database);

    auto *form = new QFormLayout;
    m_username->setObjectName(QStringLiteral("username"));
    m_username->setMaxLength(64);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(1024);
    auto *usernameLabel = new QLabel(tr("&User name:"), this);
    usernameLabel->setBuddy(m_username);
    auto *passwordLabel = new QLabel(tr("&Password:"), this);
    passwordLabel->setBuddy(m_password);
    form->addRow(usernameLabel, m_username);
    form->addRow(passwordLabel, m_password);
    layout->addLayout(form);
    setTone(m_message, Tone::Danger);
    layout->addWidget(m_message);
    m_countdown->hide();
    layout->addWidget(m_countdown);

    accountButtons(
        this, layout, m_signIn, [this] { signIn(); }, 420, tr("&Quit"));
    connect(m_delay, &SignInDelay::changed, this, &SignInDialog::showDelay);
    m_username->setFocus();
}

QString SignInDialog::message() const
{
    return m_message->text();
}

bool SignInDialog::signIn()
{
    if (m_delay->remainingSeconds() > 0)
        return false;
    if (m_username->text().trimmed().isEmpty()) {
        m_message->setText(tr("Enter your user name."));
        m_username->setFocus();
        return false;
    }
    try {
        m_user = m_users.signIn(m_username->text(), m_password->text());
    } catch (const clinic::SignInError &e) {
        m_password->clear();
        m_password->setFocus();
        m_message->setText(QString::fromUtf8(e.what()));
        m_delay->start(e.retryAfterSeconds());
        return false;
    } catch (const std::exception &e) { // the database: said as it is, the dialog stays
        m_message->setText(QString::fromUtf8(e.what()));
        return false;
    }
    m_password->clear();
    accept();
    return true;
}

void SignInDialog::showDelay(int seconds)
{
    m_signIn->setEnabled(seconds == 0);
    m_countdown->setText(SignInDelay::countdownText(seconds));
    m_countdown->setVisible(seconds > 0);
}

} // namespace meso::ui

#include "lockoverlay.h"

#include "plaintext.h"
#include "signindelay.h"

#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace meso::ui {

LockOverlay::LockOverlay(QWidget *window, const QString &heading, const QString &lockedTitle)
    : QWidget(window), m_window(window), m_savedTitle(window->windowTitle()),
      m_lockedTitle(lockedTitle), m_savedFocus(window->focusWidget()),
      m_heading(plainLabel(heading, this)), m_message(plainLabel(QString(), this)),
      m_countdown(plainLabel(QString(), this)), m_password(new QLineEdit(this)),
      m_unlock(new QPushButton(tr("&Unlock"), this))
{
    setObjectName(QStringLiteral("lockOverlay"));
    // Opaque: nothing of the window shows through, whatever the style.
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, QColor(0x2b, 0x33, 0x3b));
    p.setColor(QPalette::WindowText, Qt::white);
    setPalette(p);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    auto *box = new QWidget(this);
    box->setMinimumWidth(420);
    auto *boxLayout = new QVBoxLayout(box);
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_heading->setFont(big);
    m_heading->setAlignment(Qt::AlignCenter);
    m_heading->setTextInteractionFlags(Qt::NoTextInteraction);
    boxLayout->addWidget(m_heading);
    auto *hint =
        plainLabel(tr("Nothing of the clinic's data shows until your password is given again.\n"
                      "Unsaved work stays as it was."),
                   this);
    hint->setAlignment(Qt::AlignCenter);
    hint->setTextInteractionFlags(Qt::NoTextInteraction);
    boxLayout->addWidget(hint);
    boxLayout->addSpacing(8);
    m_password->setObjectName(QStringLiteral("unlockPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Password"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setContextMenuPolicy(Qt::NoContextMenu);
    m_password->setMaxLength(1024);
    boxLayout->addWidget(m_password);
    boxLayout->addWidget(m_unlock);
    QPalette warn = m_message->palette();
    warn.setColor(QPalette::WindowText, QColor(0xff, 0xb4, 0xb4));
    for (QLabel *l : {m_message, m_countdown}) {
        l->setPalette(warn);
        l->setAlignment(Qt::AlignCenter);
        boxLayout->addWidget(l);
    }
    m_countdown->hide();
    // One line each (a word-wrapped label in a centred box gets too little height).
    for (QLabel *l : findChildren<QLabel *>())
        l->setWordWrap(false);
    layout->addWidget(box, 0, Qt::AlignHCenter);
    layout->addStretch(2);

    connect(m_unlock, &QPushButton::clicked, this,
            [this] { Q_EMIT unlockRequested(m_password->text()); });
    connect(m_password, &QLineEdit::returnPressed, m_unlock, &QPushButton::click);

    setGeometry(window->rect());
    window->installEventFilter(this);
    window->setWindowTitle(m_lockedTitle);
    show();
    raise();
    m_password->setFocus();
}

LockOverlay::~LockOverlay() = default;

QString LockOverlay::message() const
{
    return m_message->text();
}

void LockOverlay::setMessage(const QString &message)
{
    m_message->setText(message);
    m_password->clear();
}

void LockOverlay::setCountdown(int seconds)
{
    m_unlock->setEnabled(seconds == 0);
    m_countdown->setText(SignInDelay::countdownText(seconds));
    m_countdown->setVisible(seconds > 0);
}

void LockOverlay::restoreWindow()
{
    m_window->removeEventFilter(this);
    m_window->setWindowTitle(m_savedTitle);
    if (m_savedFocus)
        m_savedFocus->setFocus();
}

void LockOverlay::paintEvent(QPaintEvent *)
{
    // Every pixel, whatever the style or a style sheet of the window says.
    QPainter(this).fillRect(rect(), palette().color(QPalette::Window));
}

bool LockOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window) {
        switch (event->type()) {
        case QEvent::Resize:
            setGeometry(m_window->rect());
            break;
        case QEvent::ChildAdded: // a new child of the window must not show above the cover
            QMetaObject::invokeMethod(this, &QWidget::raise, Qt::QueuedConnection);
            break;
        case QEvent::WindowTitleChange:
            // A title set while locked is kept for later; the window keeps saying "locked".
            if (m_window->windowTitle() != m_lockedTitle) {
                m_savedTitle = m_window->windowTitle();
                m_window->setWindowTitle(m_lockedTitle);
            }
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace meso::ui

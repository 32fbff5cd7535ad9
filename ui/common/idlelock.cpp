#include "idlelock.h"

#include "lockoverlay.h"
#include "signindelay.h"

#include "clinic/userservice.h"

#include <QApplication>
#include <QCloseEvent>
#include <QLineEdit>
#include <QToolTip>
#include <QWidget>

namespace meso::ui {

IdleLock::IdleLock(const QString &displayName, Check check, QObject *parent)
    : QObject(parent), m_displayName(displayName), m_check(std::move(check)),
      m_delay(new SignInDelay(this))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleLock::idle);
    connect(m_delay, &SignInDelay::changed, this, [this](int seconds) {
        for (LockOverlay *o : overlays())
            o->setCountdown(seconds);
    });
    m_sinceInput.start();
    qApp->installEventFilter(this);
}

IdleLock::~IdleLock()
{
    qApp->removeEventFilter(this);
    for (LockOverlay *o : overlays()) {
        o->restoreWindow();
        delete o;
    }
}

void IdleLock::setTimeout(int milliseconds)
{
    m_timeout = std::max(0, milliseconds);
    m_sinceInput.restart();
    if (m_timeout > 0 && !m_locked)
        m_timer.start(m_timeout);
    else
        m_timer.stop();
}

QString IdleLock::lockedTitle() const
{
    return tr("MesoPlan (locked)");
}

QList<LockOverlay *> IdleLock::overlays() const
{
    QList<LockOverlay *> out;
    for (const auto &o : m_overlays) {
        if (o)
            out << o;
    }
    return out;
}

void IdleLock::idle()
{
    if (m_locked || m_timeout <= 0)
        return;
    const qint64 idleFor = m_sinceInput.elapsed();
    if (idleFor + 5 < m_timeout) { // input meanwhile: wait for the rest
        m_timer.start(static_cast<int>(m_timeout - idleFor));
        return;
    }
    lock();
}

void IdleLock::lock()
{
    if (m_locked)
        return;
    m_locked = true;
    m_timer.stop();
    QToolTip::hideText();
    // Menus and drop-down lists may show patient data: closed (what they would have done is not
    // done).
    while (QWidget *popup = QApplication::activePopupWidget()) {
        popup->close();
        if (QApplication::activePopupWidget() == popup)
            break;
    }
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w->isVisible() && !(w->windowType() == Qt::Popup || w->windowType() == Qt::ToolTip))
            cover(w);
    }
    // The password goes where the user was working.
    if (QWidget *active = QApplication::activeWindow()) {
        for (LockOverlay *o : overlays()) {
            if (o->window() == active)
                o->passwordEdit()->setFocus();
        }
    }
    Q_EMIT lockedChanged(true);
}

void IdleLock::cover(QWidget *window)
{
    for (LockOverlay *o : overlays()) {
        if (o->parentWidget() == window)
            return;
    }
    auto *overlay = new LockOverlay(window, tr("Locked — %1").arg(m_displayName), lockedTitle());
    overlay->setCountdown(m_delay->remainingSeconds());
    connect(overlay, &LockOverlay::unlockRequested, this, &IdleLock::unlock);
    m_overlays << overlay;
}

bool IdleLock::unlock(const QString &password)
{
    if (!m_locked || m_delay->remainingSeconds() > 0)
        return false;
    try {
        m_check(password);
    } catch (const clinic::SignInError &e) {
        for (LockOverlay *o : overlays())
            o->setMessage(QString::fromUtf8(e.what()));
        m_delay->start(e.retryAfterSeconds());
        return false;
    } catch (const std::exception &e) {
        for (LockOverlay *o : overlays())
            o->setMessage(QString::fromUtf8(e.what()));
        return false;
    }
    m_locked = false;
    const auto covers = overlays();
    m_overlays.clear();
    for (LockOverlay *o : covers) {
        o->restoreWindow();
        // Later: this may run inside the click of the cover's own button.
        o->hide();
        o->deleteLater();
    }
    m_sinceInput.restart();
    if (m_timeout > 0)
        m_timer.start(m_timeout);
    Q_EMIT lockedChanged(false);
    return true;
}

bool IdleLock::isInput(int type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::ShortcutOverride:
    case QEvent::Shortcut:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::ContextMenu:
    case QEvent::InputMethod:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd:
    case QEvent::TabletPress:
    case QEvent::TabletMove:
    case QEvent::TabletRelease:
    case QEvent::DragEnter:
    case QEvent::DragMove:
    case QEvent::Drop:
    case QEvent::ToolTip:
    case QEvent::WhatsThis:
    case QEvent::StatusTip:
        return true;
    default:
        return false;
    }
}

bool IdleLock::insideOverlay(const QObject *object) const
{
    for (const QObject *o = object; o; o = o->parent()) {
        if (qobject_cast<const LockOverlay *>(o))
            return true;
        if (o->isWidgetType() && static_cast<const QWidget *>(o)->isWindow())
            return false;
    }
    return false;
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    const auto type = event->type();
    if (!m_locked) {
        if (isInput(type) && type != QEvent::ToolTip && type != QEvent::StatusTip)
            m_sinceInput.restart();
        return false;
    }
    if (type == QEvent::Show && watched->isWidgetType()) {
        auto *w = static_cast<QWidget *>(watched);
        if (w->isWindow() && !qobject_cast<LockOverlay *>(w)) {
            if (w->windowType() == Qt::Popup || w->windowType() == Qt::ToolTip)
                QMetaObject::invokeMethod(w, &QWidget::close, Qt::QueuedConnection);
            else
                cover(w); // opened while locked (a timer's message, a dialog): covered at once
        }
        return false;
    }
    if (type == QEvent::Close && watched->isWidgetType() &&
        static_cast<QWidget *>(watched)->isWindow() && event->spontaneous()) {
        // The window manager's close button: a locked window keeps its unsaved work.
        event->ignore();
        return true;
    }
    // Shortcuts go to actions (not widgets): all of them wait until unlocked.
    if (type == QEvent::Shortcut)
        return !insideOverlay(watched);
    if (isInput(type) && watched->isWidgetType())
        return !insideOverlay(watched);
    return false;
}

} // namespace meso::ui

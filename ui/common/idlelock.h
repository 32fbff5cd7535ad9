#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class QWidget;

namespace meso::ui {

class LockOverlay;
class SignInDelay;

// The idle lock: after a time without keyboard or mouse input anywhere in the application, every
// visible window (the main window and any open dialog) is covered by a LockOverlay until the
// signed-in user's password is given again. Nothing is closed, so unsaved edits stay. While
// locked, input to anything but the covers is dropped (an event filter on the application), and
// windows opened meanwhile are covered too.
class IdleLock : public QObject
{
    Q_OBJECT
public:
    // Checks the password; throws clinic::SignInError (or another exception) when refused.
    using Check = std::function<void(const QString &password)>;
    IdleLock(const QString &displayName, Check check, QObject *parent = nullptr);
    ~IdleLock() override;

    // The time without input before locking; 0 never locks. The clinic sets it in minutes
    // (Settings, Policies); tests set a few milliseconds.
    void setTimeout(int milliseconds);
    int timeout() const { return m_timeout; }

    bool isLocked() const { return m_locked; }
    void lock();
    // Tries the password; false, with the refusal shown on every cover, when it is wrong.
    bool unlock(const QString &password);
    QList<LockOverlay *> overlays() const;
    QString lockedTitle() const;

Q_SIGNALS:
    void lockedChanged(bool locked);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void idle();
    void cover(QWidget *window);
    bool insideOverlay(const QObject *object) const;
    static bool isInput(int type);

    QString m_displayName;
    Check m_check;
    int m_timeout = 0;
    bool m_locked = false;
    QTimer m_timer;
    QElapsedTimer m_sinceInput;
    QList<QPointer<LockOverlay>> m_overlays;
    SignInDelay *m_delay;
};

} // namespace meso::ui

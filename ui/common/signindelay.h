#pragma once

#include <QDeadlineTimer>
#include <QObject>
#include <QTimer>

namespace meso::ui {

// The wait a refused sign-in imposes (SignInError::retryAfterSeconds): whoever shows a sign-in
// button keeps it disabled, with the seconds counting down, until the wait has passed.
class SignInDelay : public QObject
{
    Q_OBJECT
public:
    explicit SignInDelay(QObject *parent = nullptr);

    void start(int seconds);
    // Whole seconds still to wait; 0 once one may try again.
    int remainingSeconds() const;
    // "Try again in 4 seconds."; empty for 0.
    static QString countdownText(int seconds);

Q_SIGNALS:
    // Each second of the wait, and once with 0 when it has passed.
    void changed(int remainingSeconds);

private:
    void tick();

    QTimer m_tick;
    QDeadlineTimer m_until;
    int m_shown = 0;
};

} // namespace meso::ui

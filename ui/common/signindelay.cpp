#include "signindelay.h"

namespace meso::ui {

SignInDelay::SignInDelay(QObject *parent) : QObject(parent)
{
    m_tick.setInterval(200);
    connect(&m_tick, &QTimer::timeout, this, &SignInDelay::tick);
}

void SignInDelay::start(int seconds)
{
    if (seconds <= 0)
        return;
    m_until = QDeadlineTimer(std::chrono::seconds(seconds));
    m_shown = -1;
    m_tick.start();
    tick();
}

int SignInDelay::remainingSeconds() const
{
    if (!m_tick.isActive())
        return 0;
    const qint64 ms = m_until.remainingTime();
    return ms <= 0 ? 0 : static_cast<int>((ms + 999) / 1000);
}

QString SignInDelay::countdownText(int seconds)
{
    if (seconds <= 0)
        return {};
    return tr("Try again in %n second(s).", nullptr, seconds);
}

void SignInDelay::tick()
{
    const qint64 ms = m_until.remainingTime();
    const int seconds = ms <= 0 ? 0 : static_cast<int>((ms + 999) / 1000);
    if (seconds == 0)
        m_tick.stop();
    if (seconds != m_shown) {
        m_shown = seconds;
        Q_EMIT changed(seconds);
    }
}

} // namespace meso::ui

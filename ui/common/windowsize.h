#pragma once

#include <QGuiApplication>
#include <QScreen>
#include <QSize>
#include <QWidget>

#include <algorithm>

namespace meso::ui {

// Sizes a window to `wanted`, or to the screen's available area where that is smaller (a
// 1366x768 laptop at the front desk): nothing opens larger than the screen.
inline void fitToScreen(QWidget *window, QSize wanted)
{
    const QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    if (screen) {
        const QSize room = screen->availableGeometry().size();
        wanted = wanted.boundedTo(room);
    }
    window->resize(wanted);
}

} // namespace meso::ui

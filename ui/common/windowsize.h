#pragma once

#include "clinic/clinicdatabase.h"

#include <QGuiApplication>
#include <QObject>
#include <QScreen>
#include <QSettings>
#include <QSize>
#include <QSplitter>
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

// Keeps where the user left a splitter, per workstation (its settings, "splitters/<key>"): put
// back now, saved each time it is moved.
inline void rememberSplitter(QSplitter *splitter, const QString &key)
{
    const QString name = QStringLiteral("splitters/") + key;
    splitter->restoreState(clinic::workstationSettings().value(name).toByteArray());
    QObject::connect(splitter, &QSplitter::splitterMoved, splitter, [splitter, name] {
        clinic::workstationSettings().setValue(name, splitter->saveState());
    });
}

} // namespace meso::ui

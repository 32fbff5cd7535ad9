#pragma once

#include <QVariant>
#include <QWidget>

namespace meso::ui {

// The window's Page menu (Find Ctrl+F, New Ctrl+N, Print Ctrl+P) reaches the page shown through
// the widget the page marks with the role: its search field is focused, its button clicked.
// Nothing marked, or hidden or disabled for now: the action does nothing there.
enum class PageRole
{
    Find,
    New,
    Print
};

inline void markRole(QWidget *widget, PageRole role)
{
    widget->setProperty("mesoPageRole", static_cast<int>(role));
}

inline QWidget *roleIn(const QWidget *page, PageRole role)
{
    for (QWidget *w : page->findChildren<QWidget *>()) {
        if (w->property("mesoPageRole") == QVariant(static_cast<int>(role)) && w->isVisible() &&
            w->isEnabled())
            return w;
    }
    return nullptr;
}

} // namespace meso::ui

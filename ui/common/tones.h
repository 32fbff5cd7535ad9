#pragma once

#include <QColor>
#include <QLabel>
#include <QPalette>
#include <QString>

namespace meso::ui {

// The few meanings colour carries in MesoPlan (a finding's severity, an error, a lot's state, an
// appointment's status), each as a pair drawn for the palette in use: a tint to fill behind the
// palette's own text, and a strong colour for text, borders and marks on the palette's window or
// base. A dark palette (a dark desktop theme, Fusion's dark) gets dark tints and light strong
// colours, so that text stays readable in both (tests/ui/theme_test.cpp measures the contrast).
enum class Tone
{
    Danger,  // an absolute contraindication, an error, an expired lot, a no-show
    Warning, // a relative contraindication, something to check, a lot running out
    Notice,  // a caution
    Success, // checked in, a move that fits
    Info,    // booked, a finding that only informs
    Neutral  // completed, cancelled
};

inline bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

inline QColor tint(const QPalette &palette, Tone tone)
{
    const bool dark = isDark(palette);
    switch (tone) {
    case Tone::Danger:
        return dark ? QColor(0x5c, 0x23, 0x26) : QColor(0xfd, 0xe2, 0xe2);
    case Tone::Warning:
        return dark ? QColor(0x5a, 0x42, 0x14) : QColor(0xff, 0xf1, 0xd6);
    case Tone::Notice:
        return dark ? QColor(0x4f, 0x4a, 0x1c) : QColor(0xfd, 0xf6, 0xc9);
    case Tone::Success:
        return dark ? QColor(0x1f, 0x4a, 0x31) : QColor(0xd9, 0xf2, 0xe3);
    case Tone::Info:
        return dark ? QColor(0x1f, 0x35, 0x52) : QColor(0xde, 0xeb, 0xfb);
    case Tone::Neutral:
        return dark ? QColor(0x3a, 0x3f, 0x45) : QColor(0xe4, 0xe7, 0xeb);
    }
    return {};
}

inline QColor strong(const QPalette &palette, Tone tone)
{
    const bool dark = isDark(palette);
    switch (tone) {
    case Tone::Danger:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
    case Tone::Warning:
    case Tone::Notice:
        return dark ? QColor(0xff, 0xc4, 0x6b) : QColor(0x8a, 0x4b, 0x00);
    case Tone::Success:
        return dark ? QColor(0x7f, 0xd9, 0x9a) : QColor(0x16, 0x6b, 0x33);
    case Tone::Info:
        return dark ? QColor(0x8a, 0xb8, 0xf0) : QColor(0x1f, 0x5f, 0xa8);
    case Tone::Neutral:
        return dark ? QColor(0xa0, 0xaa, 0xb4) : QColor(0x5a, 0x66, 0x73);
    }
    return {};
}

// A label's text in a tone (an error line: Tone::Danger), through its palette: readable on the
// window whatever the theme.
inline void setTone(QLabel *label, Tone tone)
{
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, strong(p, tone));
    label->setPalette(p);
}

// A dark palette as a dark desktop theme gives one (for the tests and the screenshots' dark run:
// MesoPlan itself takes the desktop's palette).
inline QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x35, 0x35, 0x35), base(0x23, 0x23, 0x23), text(0xe8, 0xe8, 0xe8);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x2c, 0x2c, 0x2c));
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb8, 0xf0));
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x7f, 0x7f, 0x7f));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x7f, 0x7f, 0x7f));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x7f, 0x7f, 0x7f));
    return p;
}

// Back to the palette's own text colour.
inline void clearTone(QLabel *label)
{
    label->setPalette(QPalette());
}

} // namespace meso::ui

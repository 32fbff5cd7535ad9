#include "calendarview.h"

#include "tones.h"
#include <algorithm>

#include <QFontMetrics>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace meso::ui {

namespace {

constexpr int kTimeAxis = 48; // width of the hours on the left
constexpr int kHeader = 28;   // height of the column titles
constexpr int kPixelsPerHour = 56;
constexpr int kSnap = 15; // minutes

QColor statusColour(const QString &status, const QPalette &palette)
{
    if (status == QLatin1String("checked_in"))
        return tint(palette, Tone::Success);
    if (status == QLatin1String("completed"))
        return tint(palette, Tone::Neutral);
    if (status == QLatin1String("cancelled"))
        return palette.color(QPalette::AlternateBase);
    if (status == QLatin1String("no_show"))
        return tint(palette, Tone::Danger);
    return tint(palette, Tone::Info); // booked
}

} // namespace

CalendarView::CalendarView(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Calendar"));
}

void CalendarView::setColumns(const QList<Column> &columns)
{
    m_columns = columns;
    updateGeometry();
    update();
}

void CalendarView::setItems(const QList<Item> &items)
{
    m_items = items;
    if (!find(m_selected))
        m_selected = 0;
    update();
}

void CalendarView::setHours(int firstMinute, int lastMinute)
{
    m_first = firstMinute / 60 * 60;
    m_last = std::max(m_first + 60, (lastMinute + 59) / 60 * 60);
    updateGeometry();
    update();
}

void CalendarView::select(qint64 id)
{
    if (m_selected == id)
        return;
    m_selected = id;
    update();
    Q_EMIT selectionChanged(id);
}

QSize CalendarView::sizeHint() const
{
    return {kTimeAxis + 160 * static_cast<int>(std::max<qsizetype>(m_columns.size(), 1)),
            kHeader + (m_last - m_first) * kPixelsPerHour / 60 + 1};
}

QSize CalendarView::minimumSizeHint() const
{
    return {kTimeAxis + 76 * static_cast<int>(std::max<qsizetype>(m_columns.size(), 1)),
            sizeHint().height()};
}

QRect CalendarView::columnRect(int column) const
{
    const int n = static_cast<int>(std::max<qsizetype>(m_columns.size(), 1));
    const int width = (this->width() - kTimeAxis) / n;
    return {kTimeAxis + column * width, kHeader, width, height() - kHeader};
}

// The hours fill the height the view is given (at least kPixelsPerHour each).
int CalendarView::yOf(int minute) const
{
    return kHeader + (minute - m_first) * (height() - kHeader - 1) / (m_last - m_first);
}

int CalendarView::minuteAt(int y) const
{
    return m_first + (y - kHeader) * (m_last - m_first) / std::max(height() - kHeader - 1, 1);
}

int CalendarView::columnAt(const QPoint &pos) const
{
    for (int c = 0; c < m_columns.size(); ++c) {
        if (columnRect(c).contains(pos))
            return c;
    }
    return -1;
}

const CalendarView::Item *CalendarView::find(qint64 id) const
{
    for (const Item &i : m_items) {
        if (i.id == id)
            return &i;
    }
    return nullptr;
}

QRect CalendarView::itemRect(qint64 id) const
{
    const Item *item = find(id);
    if (!item)
        return {};
    for (int c = 0; c < m_columns.size(); ++c) {
        if (m_columns[c].date == item->date && m_columns[c].resource == item->resource) {
            const QRect col = columnRect(c);
            return QRect(col.left() + 3, yOf(item->start) + 1, col.width() - 6,
                         yOf(item->end) - yOf(item->start) - 2);
        }
    }
    return {};
}

QPoint CalendarView::pointFor(int column, int minuteOfDay) const
{
    const QRect col = columnRect(column);
    return {col.center().x(), yOf(minuteOfDay) + 1};
}

qint64 CalendarView::itemAt(const QPoint &pos) const
{
    // Cancelled appointments are drawn under the others: a live one wins the click.
    qint64 found = 0;
    for (const Item &i : m_items) {
        if (itemRect(i.id).contains(pos) && (found == 0 || i.status != QLatin1String("cancelled")))
            found = i.id;
    }
    return found;
}

std::optional<CalendarView::Target> CalendarView::targetAt(const QPoint &pos, qint64 id) const
{
    const Item *item = find(id);
    const int column = columnAt(pos);
    if (!item || column < 0)
        return std::nullopt;
    int start = minuteAt(pos.y()) - m_grabMinutes;
    start = (start + kSnap / 2) / kSnap * kSnap;
    start = std::clamp(start, m_first, m_last - (item->end - item->start));
    return Target{id, m_columns[column].date, start, m_columns[column].resource};
}

void CalendarView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QPalette &pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Base));
    p.setPen(pal.color(QPalette::Mid));
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    for (int minute = m_first; minute <= m_last; minute += 60) {
        const int y = yOf(minute);
        p.setPen(pal.color(QPalette::Midlight));
        p.drawLine(kTimeAxis, y, width(), y);
        if (minute == m_last)
            break; // the closing hour is the bottom line
        p.setPen(pal.color(QPalette::Text));
        p.setFont(small);
        p.drawText(QRect(0, y - 8, kTimeAxis - 6, 16), Qt::AlignRight | Qt::AlignVCenter,
                   QStringLiteral("%1:00").arg(minute / 60, 2, 10, QLatin1Char('0')));
    }
    p.setFont(font());
    for (int c = 0; c < m_columns.size(); ++c) {
        const QRect col = columnRect(c);
        p.setPen(pal.color(QPalette::Mid));
        p.drawLine(col.topLeft(), col.bottomLeft());
        const bool today = m_columns[c].date == QDate::currentDate();
        QFont title = font();
        title.setBold(today);
        p.setFont(title);
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRect(col.left(), 0, col.width(), kHeader), Qt::AlignCenter | Qt::TextSingleLine,
                   p.fontMetrics().elidedText(m_columns[c].title, Qt::ElideRight, col.width() - 6));
    }
    p.setFont(small);
    auto drawItem = [&](const Item &i, const QRect &r, const QColor &fill, const QColor &border,
                        int width) {
        p.setPen(QPen(border, width));
        p.setBrush(fill);
        p.drawRoundedRect(r, 4, 4);
        p.setPen(pal.color(QPalette::Text)); // on a tint drawn for the same palette
        QFont f = small;
        f.setStrikeOut(i.status == QLatin1String("cancelled"));
        p.setFont(f);
        const QRect inside = r.adjusted(4, 2, -4, -2);
        const QFontMetrics metrics(f);
        const QStringList lines = fitText(i.text, metrics, inside.width(),
                                          std::max(1, inside.height() / metrics.lineSpacing()));
        for (int k = 0; k < lines.size(); ++k)
            p.drawText(QRect(inside.left(), inside.top() + k * metrics.lineSpacing(),
                             inside.width(), metrics.lineSpacing()),
                       Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine, lines[k]);
    };
    for (int pass = 0; pass < 2; ++pass) { // cancelled ones first, under the others
        for (const Item &i : m_items) {
            if ((i.status == QLatin1String("cancelled")) != (pass == 0))
                continue;
            const QRect r = itemRect(i.id);
            if (r.isEmpty())
                continue;
            const bool selected = i.id == m_selected;
            drawItem(i, r, statusColour(i.status, pal),
                     selected ? pal.color(QPalette::Highlight) : strong(pal, Tone::Neutral),
                     selected ? 2 : 1);
        }
    }
    if (m_dragging && m_target) {
        const Item *item = find(m_dragging);
        for (int c = 0; item && c < m_columns.size(); ++c) {
            if (m_columns[c].date != m_target->date || m_columns[c].resource != m_target->resource)
                continue;
            const QRect col = columnRect(c);
            const QRect ghost(col.left() + 3, yOf(m_target->start), col.width() - 6,
                              yOf(m_target->start + item->end - item->start) -
                                  yOf(m_target->start));
            const bool ok = m_feedback.isEmpty();
            Item shown = *item;
            shown.text = ok ? tr("Move here: %1")
                                  .arg(QTime(0, 0)
                                           .addSecs(m_target->start * 60)
                                           .toString(QStringLiteral("HH:mm")))
                            : m_feedback;
            QColor fill = tint(pal, ok ? Tone::Success : Tone::Danger);
            fill.setAlpha(230);
            drawItem(shown, ghost, fill, strong(pal, ok ? Tone::Success : Tone::Danger), 2);
        }
    }
}

void CalendarView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    const qint64 id = itemAt(event->position().toPoint());
    select(id);
    const Item *item = find(id);
    if (item && item->status == QLatin1String("booked")) {
        m_dragging = id;
        m_pressAt = event->position().toPoint();
        m_grabMinutes = minuteAt(m_pressAt.y()) - item->start;
    }
}

void CalendarView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging)
        return QWidget::mouseMoveEvent(event);
    if (!m_target && (event->position().toPoint() - m_pressAt).manhattanLength() < 6)
        return;
    const auto target = targetAt(event->position().toPoint(), m_dragging);
    const bool changed = !target || !m_target || target->date != m_target->date ||
                         target->start != m_target->start || target->resource != m_target->resource;
    if (!changed)
        return;
    m_target = target;
    // Live feedback: the service says whether the session may go there, and why not.
    m_feedback =
        m_target ? (m_checker ? m_checker(*m_target) : QString()) : tr("Not in the calendar");
    setCursor(m_feedback.isEmpty() ? Qt::ClosedHandCursor : Qt::ForbiddenCursor);
    update();
}

void CalendarView::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_dragging)
        return QWidget::mouseReleaseEvent(event);
    const std::optional<Target> target = m_target;
    const bool accepted = m_feedback.isEmpty();
    m_dragging = 0;
    m_target.reset();
    m_feedback.clear();
    unsetCursor();
    update();
    if (target && accepted)
        Q_EMIT moveRequested(*target);
}

void CalendarView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (const qint64 id = itemAt(event->position().toPoint()))
        Q_EMIT activated(id);
}

QStringList CalendarView::fitText(const QString &text, const QFontMetrics &metrics, int width,
                                  int maxLines)
{
    QStringList out;
    const QStringList paragraphs = text.split(QLatin1Char('\n'));
    for (qsizetype p = 0; p < paragraphs.size() && out.size() < maxLines; ++p) {
        QString rest = paragraphs[p];
        while (!rest.isEmpty()) {
            if (out.size() == maxLines - 1) { // the last line: what is left, elided
                for (qsizetype q = p + 1; q < paragraphs.size(); ++q)
                    rest += QLatin1Char(' ') + paragraphs[q];
                out << metrics.elidedText(rest, Qt::ElideRight, width);
                return out;
            }
            // The most whole words that fit; a word wider than the line alone, elided.
            qsizetype cut = rest.size();
            while (cut > 0 && metrics.horizontalAdvance(rest.left(cut)) > width)
                cut = rest.lastIndexOf(QLatin1Char(' '), cut - 1);
            if (cut <= 0) {
                const qsizetype space = rest.indexOf(QLatin1Char(' '));
                cut = space < 0 ? rest.size() : space;
                out << metrics.elidedText(rest.left(cut), Qt::ElideRight, width);
            } else {
                out << rest.left(cut);
            }
            rest = rest.mid(cut).trimmed();
        }
    }
    return out;
}

bool CalendarView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const Item *item = find(itemAt(help->pos()));
        if (item) // rich text around escaped text: names show as typed, never as markup
            QToolTip::showText(help->globalPos(),
                               QStringLiteral("<p style=\"white-space:pre\">%1</p>")
                                   .arg(item->text.toHtmlEscaped()),
                               this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace meso::ui

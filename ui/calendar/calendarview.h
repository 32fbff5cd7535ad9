#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <functional>
#include <optional>

class QFontMetrics;

namespace meso::ui {

// A day or week calendar drawn as columns of time: one column per practitioner or room (a day)
// or per day (a week of one practitioner or room). Appointments are boxes coloured by status; a
// booked one can be dragged to another time or column, with live feedback from `checker` (the
// booking service's reason to refuse, or empty), and dropping asks for the move.
class CalendarView : public QWidget
{
    Q_OBJECT
public:
    struct Column
    {
        QString title;
        QDate date;
        qint64 resource = 0; // practitioner or room id
    };
    struct Item
    {
        qint64 id = 0;
        QDate date;
        int start = 0, end = 0; // minutes of the day
        qint64 resource = 0;    // the practitioner or room the columns show
        QString status;         // booked, checked_in, completed, cancelled, no_show
        QString text;           // plain text: time, patient, protocol and session
    };
    struct Target
    {
        qint64 id = 0;
        QDate date;
        int start = 0;
        qint64 resource = 0;
    };
    using Checker = std::function<QString(const Target &)>;

    explicit CalendarView(QWidget *parent = nullptr);

    void setColumns(const QList<Column> &columns);
    void setItems(const QList<Item> &items);
    void setHours(int firstMinute, int lastMinute); // the time range shown
    void setChecker(Checker checker) { m_checker = std::move(checker); }
    qint64 selectedId() const { return m_selected; }
    void select(qint64 id);

    // Geometry, for tests and for the page: where an item is drawn, and what is at a point.
    QRect itemRect(qint64 id) const;
    std::optional<Target> targetAt(const QPoint &pos, qint64 id) const;
    QPoint pointFor(int column, int minuteOfDay) const;
    // The feedback shown while dragging: empty when the drop would be accepted.
    QString dragFeedback() const { return m_feedback; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // An item's text as drawn in a block `width` pixels wide with room for `maxLines` lines: its
    // lines broken between words, and the last line that fits elided (the tooltip has it all).
    static QStringList fitText(const QString &text, const QFontMetrics &metrics, int width,
                               int maxLines);

Q_SIGNALS:
    void selectionChanged(qint64 id);
    void activated(qint64 id);
    void moveRequested(const meso::ui::CalendarView::Target &target);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRect columnRect(int column) const;
    int yOf(int minute) const;
    int minuteAt(int y) const;
    int columnAt(const QPoint &pos) const;
    qint64 itemAt(const QPoint &pos) const;
    const Item *find(qint64 id) const;

    QList<Column> m_columns;
    QList<Item> m_items;
    int m_first = 8 * 60, m_last = 20 * 60;
    Checker m_checker;
    qint64 m_selected = 0;
    // Dragging: the item, the grab offset in minutes, the current target and its feedback.
    qint64 m_dragging = 0;
    QPoint m_pressAt;
    int m_grabMinutes = 0;
    std::optional<Target> m_target;
    QString m_feedback;
};

} // namespace meso::ui

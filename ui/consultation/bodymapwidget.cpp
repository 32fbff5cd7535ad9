#include "bodymapwidget.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QTextDocument>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace meso::ui {

namespace {

// Figure space: each silhouette fills a 100 x 242 box, head up; the front and back boxes sit
// side by side, FigureGap apart. Everything below is in these units.
constexpr qreal FigureWidth = 100;
constexpr qreal FigureHeight = 242;
constexpr qreal FigureGap = 8;

enum class Clip
{
    Head,
    Body,
    Figure
};

// One outline of an area, in figure units (front view: the patient faces the viewer, so the
// left of the drawing is the patient's right). bothSides adds the mirror image.
struct ShapeSpec
{
    const char *id;
    int view; // 0 front, 1 back
    Clip clip;
    bool bothSides;
    const char *path;
};

// Clipping against the silhouette keeps each area exactly on the body's outline without
// repeating its curves here; the smaller shape wins the hit test (periorbital on face).
constexpr ShapeSpec ShapeSpecs[] = {
    {"scalp", 0, Clip::Head, false, "M 30 0 L 70 0 L 70 15 C 60 10.5 40 10.5 30 15 Z"},
    {"face", 0, Clip::Head, false, "M 30 15 C 40 10.5 60 10.5 70 15 L 70 45 L 30 45 Z"},
    {"periorbital", 0, Clip::Head, true,
     "M 41.4 22.8 C 42.4 29 47.8 29 48.8 23.2 C 47 25.2 43 25.2 41.4 22.8 Z"},
    {"forehead", 0, Clip::Head, false, "M 38 14.6 C 44 11.8 56 11.8 62 14.6 L 62 17.6 L 38 17.6 Z"},
    {"crows_feet", 0, Clip::Head, true, "M 37.6 18.8 L 41.3 19.6 L 41.3 22.6 L 37.8 23.8 Z"},
    {"cheeks", 0, Clip::Head, true,
     "M 38.2 24.6 L 41.5 25.4 C 42.6 27.7 44 28.3 45.6 28.5 L 45.3 31 L 40.4 31.8 C 39 29.6 38.4 "
     "27 38.2 24.6 Z"},
    {"nasolabial_folds", 0, Clip::Head, true, "M 46.9 28.3 L 47.9 28.7 L 46.7 32.7 L 45.7 32.3 Z"},
    {"perioral", 0, Clip::Head, false,
     "M 46 30.6 C 48 30 52 30 54 30.6 L 54.6 33.6 C 52.6 35.2 47.4 35.2 45.4 33.6 Z"},
    {"submental", 0, Clip::Figure, false,
     "M 42.6 34.4 C 45.5 37.8 54.5 37.8 57.4 34.4 L 57 39 C 55 43.6 45 43.6 43 39 Z"},
    {"neck", 0, Clip::Body, false, "M 38 36 L 62 36 L 62 46.5 Q 50 51 38 46.5 Z"},
    {"decolletage", 0, Clip::Body, false, "M 36 46 L 64 46 L 72 54 Q 63 64 50 72 Q 37 64 28 54 Z"},
    {"hands", 0, Clip::Body, true, "M 0 139 L 28 139 L 28 170 L 0 170 Z"},
    {"arms", 0, Clip::Body, true, "M 0 60 L 31 66 L 31 103 L 0 103 Z"},
    {"abdomen", 0, Clip::Body, false,
     "M 40 88 Q 50 85.5 60 88 C 61.6 104 61.6 118 59.6 131 Q 50 136.5 40.4 131 "
     "C 38.4 118 38.4 104 40 88 Z"},
    {"flanks", 0, Clip::Body, true, "M 30 86 L 40 88 C 38.4 104 38.4 118 40.4 131 L 30 129 Z"},
    {"thighs", 0, Clip::Body, true, "M 25 144 L 50 144 L 50 176 L 25 176 Z"},
    {"scalp", 1, Clip::Head, false, "M 30 0 L 70 0 L 70 28 C 60 31 40 31 30 28 Z"},
    {"arms", 1, Clip::Body, true, "M 0 60 L 31 66 L 31 103 L 0 103 Z"},
    {"flanks", 1, Clip::Body, true, "M 30 90 L 40.5 92 C 39.6 102 39.6 110 40.2 119 L 30 119 Z"},
    {"buttocks", 1, Clip::Body, true,
     "M 49.6 122 C 42 119.5 33.5 123 31.8 133 C 31 141.5 36 149.5 42.5 149.5 "
     "C 46.5 149.5 49.6 147 49.6 143 Z"},
    {"thighs", 1, Clip::Body, true, "M 25 151 L 50 151 L 50 177 L 25 177 Z"},
};

// Faint anatomical landmarks, so the silhouettes read as front and back at a glance: per view,
// those of the left side (mirrored to the right) and those on the midline.
constexpr const char *Details[2][2] = {
    {"M 42.2 20.6 Q 45 18.4 47.8 20.6 Q 45 22.2 42.2 20.6 M 47.5 50.8 Q 38 49.5 29.5 54 "
     "M 35.6 180.5 Q 39 184 42.6 180.5",
     "M 48.2 28.2 Q 50 29.4 51.8 28.2 M 46.6 32.2 Q 50 33.6 53.4 32.2 E 50 112 0.9 1.3"},
    {"M 39 58 C 36 66 37 74 43 80 M 35.8 184 Q 39 182 42.4 184", "M 50 48 L 50 122"}};

const QTransform &mirrorTransform()
{
    static const QTransform t(-1, 0, 0, 1, FigureWidth, 0);
    return t;
}

// A small subset of SVG path data (absolute M L Q C Z, plus E cx cy rx ry for an ellipse),
// so the geometry above reads as data and can be traced from a drawing.
QPainterPath parsePath(const char *data)
{
    const QStringList tokens =
        QString::fromLatin1(data).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QPainterPath path;
    qsizetype i = 0;
    const auto number = [&] { return tokens.at(i++).toDouble(); };
    const auto point = [&] {
        const qreal x = number();
        return QPointF(x, number());
    };
    while (i < tokens.size()) {
        const char op = tokens.at(i++).front().toLatin1();
        const int count = op == 'C' ? 3 : op == 'Q' || op == 'E' ? 2 : op == 'Z' ? 0 : 1;
        QPointF p[3];
        for (int k = 0; k < count; ++k)
            p[k] = point();
        switch (op) {
        case 'M':
            path.moveTo(p[0]);
            break;
        case 'L':
            path.lineTo(p[0]);
            break;
        case 'Q':
            path.quadTo(p[0], p[1]);
            break;
        case 'C':
            path.cubicTo(p[0], p[1], p[2]);
            break;
        case 'E':
            path.addEllipse(p[0], p[1].x(), p[1].y());
            break;
        case 'Z':
            path.closeSubpath();
            break;
        }
    }
    return path;
}

// The left half from the top of the midline down, then its mirror image back up: the outline
// stays symmetric and smooth where the halves meet.
QPainterPath symmetric(const char *leftHalf)
{
    QPainterPath path = parsePath(leftHalf);
    path.connectPath(mirrorTransform().map(path).toReversed());
    path.closeSubpath();
    return path;
}

constexpr char HeadHalf[] = "M 50 5 C 43.2 5 37.6 10.5 37.6 19.5 C 37.6 27 40.5 32.5 44 35.8 "
                            "C 46.2 37.8 48 38.6 50 38.6";
// Neck, shoulder, arm down to the fingertips and up to the armpit, torso, leg down to the
// foot and up to the crotch.
constexpr char BodyHalf[] = "M 50 32 L 44 32 C 44 40 43.6 44.5 41.4 47 C 36 49.5 28 50 24 53.5 "
                            "C 19.6 57.3 18 61.5 18 68 C 17.6 80 16.2 92 14.8 102 "
                            "C 13.4 115 12 127 11.4 138 C 10.2 144 9.8 151 11 157 "
                            "C 12 162.5 16.6 164.5 18.4 159.5 C 19.6 154 19.8 146 18.9 138 "
                            "C 20.4 127 22.6 114 24 103 C 25 92 27 80 30 72.5 "
                            "C 30.6 71.4 31.6 71.6 32 73.5 C 32 88 35.2 100 35.6 110 "
                            "C 35.8 118 31 124 30.6 134 C 30.2 152 32 168 33.4 182 "
                            "C 32.4 190 32 200 33.6 210 C 34.8 218 36.4 224 37 228 "
                            "C 36.2 233 35 238 38.2 238.5 C 40 238.6 43 238.6 45 238.5 "
                            "C 46.2 235 45.4 231 44.6 228 C 45.2 218 46 204 45.6 196 "
                            "C 45.2 190 44.2 186 44.2 182 C 45 165 47 150 48.6 142 "
                            "C 49 140.6 49.5 140 50 140";

// QColor works in float; the geometry and these weights are qreal.
QColor blend(const QColor &a, const QColor &b, qreal t)
{
    const auto mix = [t](float x, float y) { return static_cast<float>(x + (y - x) * t); };
    return QColor::fromRgbF(mix(a.redF(), b.redF()), mix(a.greenF(), b.greenF()),
                            mix(a.blueF(), b.blueF()));
}

QColor withAlpha(QColor c, qreal alpha)
{
    c.setAlphaF(static_cast<float>(alpha));
    return c;
}

// Outlines and fills derive from the palette so the map fits light and dark themes; the two
// status tints are fixed hues that read on both, greyed when the widget is disabled.
struct Colors
{
    Colors(const QWidget *w, qreal scale)
        : group(w->isEnabled() ? QPalette::Active : QPalette::Disabled),
          base(w->palette().color(group, QPalette::Base)),
          text(w->palette().color(group, QPalette::Text)),
          highlight(w->palette().color(group, QPalette::Highlight)),
          requested(w->isEnabled() ? QColor(0x1f, 0x9e, 0x89) : blend(base, text, 0.4)),
          condition(w->isEnabled() ? QColor(0xd6, 0x33, 0x33) : blend(base, text, 0.5)),
          line(std::clamp(scale * 0.8, 1.0, 2.0))
    {
    }
    QPalette::ColorGroup group;
    QColor base, text, highlight, requested, condition;
    qreal line;
};

// The same look for an area and for its legend swatch.
void paintArea(QPainter &painter, const QPainterPath &path, const Colors &c, bool requested,
               bool condition)
{
    painter.setPen(QPen(blend(c.base, c.text, 0.28), 0.8 * c.line));
    painter.setBrush(requested ? QBrush(withAlpha(c.requested, 0.5)) : QBrush());
    painter.drawPath(path);
    if (condition) {
        painter.setPen(QPen(c.condition, 1.4 * c.line));
        painter.setBrush(QBrush(withAlpha(c.condition, 0.7), Qt::BDiagPattern));
        painter.drawPath(path);
    }
}

QStringList legendLabels()
{
    return {BodyMapWidget::tr("Requested"), BodyMapWidget::tr("Site condition")};
}

} // namespace

BodyMapWidget::BodyMapWidget(QWidget *parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAccessibleName(tr("Body map"));
}

void BodyMapWidget::setAreas(const QList<BodyMapArea> &areas)
{
    m_areas = areas;
    m_layoutDirty = true;
    setHoverArea({});
    update();
}

void BodyMapWidget::setRequestedAreas(const QSet<QString> &ids)
{
    m_requested = ids;
    update();
}

void BodyMapWidget::setSiteConditions(const QMap<QString, QStringList> &byArea)
{
    m_conditions = byArea;
    update();
}

void BodyMapWidget::setCurrentArea(const QString &id)
{
    if (m_current == id)
        return;
    m_current = id;
    update();
}

QString BodyMapWidget::areaAt(const QPoint &pos) const
{
    const int i = shapeAt(pos);
    return i < 0 ? QString() : m_shapes.at(i).id;
}

QPoint BodyMapWidget::areaCenter(const QString &id) const
{
    ensureLayout();
    const auto it = std::find_if(m_shapes.cbegin(), m_shapes.cend(),
                                 [&id](const Shape &s) { return s.id == id; });
    if (it == m_shapes.cend())
        return {-1, -1};
    // The box centre may fall outside a curved shape or under a smaller area (the face's centre
    // could be an eye): search rings around it for a point that hits this area.
    const QRectF box = it->path.boundingRect();
    const QPoint centre = box.center().toPoint();
    for (int r = 0; r <= int(std::max(box.width(), box.height())); ++r) {
        for (int dy = -r; dy <= r; ++dy) {
            for (int dx = -r; dx <= r; dx += (std::abs(dy) == r ? 1 : 2 * r)) {
                const QPoint p = centre + QPoint(dx, dy);
                if (it->path.contains(QPointF(p)) && areaAt(p) == id)
                    return p;
            }
        }
    }
    return {-1, -1};
}

QSize BodyMapWidget::minimumSizeHint() const
{
    // Wide enough for the legend, which is one line.
    const QFontMetrics fm(font());
    const QStringList labels = legendLabels();
    return {std::max(200, 4 * fm.height() + fm.horizontalAdvance(labels.join(QString())) + 24),
            240};
}

void BodyMapWidget::ensureLayout() const
{
    if (!m_layoutDirty && m_layoutSize == size())
        return;
    m_layoutDirty = false;
    m_layoutSize = size();

    const QFontMetricsF fm(font());
    const QRectF inner = QRectF(rect()).adjusted(8, 6, -8, -6);
    const qreal labelHeight = fm.height() + 4;
    const qreal legendHeight = fm.height() + 10;
    const qreal totalWidth = 2 * FigureWidth + FigureGap;
    const qreal available = inner.height() - labelHeight - legendHeight;
    m_scale = std::max(0.1, std::min(inner.width() / totalWidth, available / FigureHeight));
    const QPointF origin(inner.center().x() - totalWidth * m_scale / 2,
                         inner.top() + labelHeight + (available - FigureHeight * m_scale) / 2);
    m_legendRect =
        QRectF(inner.left(), origin.y() + FigureHeight * m_scale + 2, inner.width(), legendHeight);

    m_shapes.clear();
    m_silhouettes.clear();
    m_details.clear();
    QSet<QString> wanted;
    for (const BodyMapArea &area : m_areas)
        wanted.insert(area.id);
    const QPainterPath head = symmetric(HeadHalf);
    const QPainterPath body = symmetric(BodyHalf);
    const QPainterPath ears = parsePath("E 37.8 23 2 4.2 E 62.2 23 2 4.2");
    for (int view = 0; view < 2; ++view) {
        const qreal left = origin.x() + view * (FigureWidth + FigureGap) * m_scale;
        const QTransform t =
            QTransform::fromScale(m_scale, m_scale) * QTransform::fromTranslate(left, origin.y());
        m_labelRects[view] =
            QRectF(left, origin.y() - labelHeight, FigureWidth * m_scale, labelHeight);
        const QPainterPath deviceHead = t.map(head);
        const QPainterPath deviceBody = t.map(body);
        m_silhouettes << t.map(ears) << deviceBody << deviceHead;
        const QPainterPath paired = parsePath(Details[view][0]);
        m_details << t.map(paired) << t.map(mirrorTransform().map(paired))
                  << t.map(parsePath(Details[view][1]));
        // Boolean operations flatten curves: clip in widget coordinates so they stay smooth.
        const QPainterPath bodyOnly = deviceBody.subtracted(deviceHead);
        const QPainterPath figure = deviceBody.united(deviceHead);
        for (const ShapeSpec &spec : ShapeSpecs) {
            const QString id = QString::fromLatin1(spec.id);
            if (spec.view != view || !wanted.contains(id))
                continue;
            const QPainterPath path = parsePath(spec.path);
            const QPainterPath &clip = spec.clip == Clip::Head   ? deviceHead
                                       : spec.clip == Clip::Body ? bodyOnly
                                                                 : figure;
            m_shapes.append({id, t.map(path).intersected(clip)});
            if (spec.bothSides)
                m_shapes.append({id, t.map(mirrorTransform().map(path)).intersected(clip)});
        }
    }

    // The smaller shape is the more specific one (periorbital sits on the face).
    const auto extent = [this](int i) {
        const QRectF r = m_shapes.at(i).path.boundingRect();
        return r.width() * r.height();
    };
    m_hitOrder.clear();
    for (int i = 0; i < m_shapes.size(); ++i)
        m_hitOrder.append(i);
    std::stable_sort(m_hitOrder.begin(), m_hitOrder.end(),
                     [&extent](int a, int b) { return extent(a) < extent(b); });
}

int BodyMapWidget::shapeAt(const QPoint &pos) const
{
    ensureLayout();
    for (int i : std::as_const(m_hitOrder)) {
        if (m_shapes.at(i).path.contains(QPointF(pos)))
            return i;
    }
    return -1;
}

QStringList BodyMapWidget::drawnAreas() const
{
    ensureLayout();
    QSet<QString> drawn;
    for (const Shape &shape : std::as_const(m_shapes))
        drawn.insert(shape.id);
    QStringList ids;
    for (const BodyMapArea &area : m_areas) {
        if (drawn.contains(area.id) && !ids.contains(area.id))
            ids.append(area.id);
    }
    return ids;
}

void BodyMapWidget::setHoverArea(const QString &id)
{
    if (m_hover == id)
        return;
    m_hover = id;
    if (id.isEmpty())
        unsetCursor();
    else
        setCursor(Qt::PointingHandCursor);
    update();
}

bool BodyMapWidget::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    const auto *help = static_cast<QHelpEvent *>(event);
    const int i = isEnabled() ? shapeAt(help->pos()) : -1;
    if (i < 0) {
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    const QString id = m_shapes.at(i).id;
    const auto area = std::find_if(m_areas.cbegin(), m_areas.cend(),
                                   [&id](const BodyMapArea &a) { return a.id == id; });
    QString text = (QStringList{area->name} + m_conditions.value(id)).join(QLatin1Char('\n'));
    // Catalog names are shown as written: text that looks like markup is escaped, not rendered.
    if (Qt::mightBeRichText(text))
        text = Qt::convertFromPlainText(text, Qt::WhiteSpaceNoWrap);
    QToolTip::showText(help->globalPos(), text, this,
                       m_shapes.at(i).path.boundingRect().toAlignedRect());
    return true;
}

void BodyMapWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::EnabledChange && !isEnabled())
        setHoverArea({});
    if (event->type() == QEvent::FontChange)
        m_layoutDirty = true;
    QWidget::changeEvent(event);
}

void BodyMapWidget::paintEvent(QPaintEvent *)
{
    ensureLayout();
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const Colors c(this, m_scale);

    // A focus frame like a line edit's: it shows focus even when no area is current.
    painter.setPen(hasFocus() ? QPen(c.highlight, 2) : QPen(blend(c.base, c.text, 0.2), 1));
    painter.setBrush(c.base);
    painter.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 6, 6);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(blend(c.base, c.text, 0.7));
    painter.drawText(m_labelRects[0], Qt::AlignCenter, tr("Front"));
    painter.drawText(m_labelRects[1], Qt::AlignCenter, tr("Back"));

    // Stroke every part at double width, then fill them all: only the outer outline stays, and
    // no seam shows where the head, ears and body overlap.
    painter.setPen(
        QPen(blend(c.base, c.text, 0.5), 2 * c.line, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    for (const QPainterPath &path : std::as_const(m_silhouettes))
        painter.drawPath(path);
    for (const QPainterPath &path : std::as_const(m_silhouettes))
        painter.fillPath(path, blend(c.base, c.text, 0.06));
    painter.setPen(QPen(blend(c.base, c.text, 0.3), 0.8 * c.line, Qt::SolidLine, Qt::RoundCap));
    for (const QPainterPath &path : std::as_const(m_details))
        painter.drawPath(path);

    for (auto it = m_hitOrder.crbegin(); it != m_hitOrder.crend(); ++it) { // large under small
        const Shape &shape = m_shapes.at(*it);
        paintArea(painter, shape.path, c, m_requested.contains(shape.id),
                  !m_conditions.value(shape.id).isEmpty());
        if (shape.id == m_hover)
            painter.fillPath(shape.path, withAlpha(c.highlight, 0.22));
    }
    painter.setPen(QPen(c.highlight, 2.2 * c.line, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    for (const Shape &shape : std::as_const(m_shapes)) {
        if (shape.id == m_current)
            painter.drawPath(shape.path);
    }

    const QFontMetricsF fm(font());
    const qreal swatch = std::round(fm.height() * 0.8);
    const QStringList labels = legendLabels();
    qreal x = m_legendRect.center().x() -
              (2 * (swatch + 6) + fm.height() + fm.horizontalAdvance(labels.join(QString()))) / 2;
    for (int i = 0; i < 2; ++i) {
        QPainterPath box;
        box.addRoundedRect(x, m_legendRect.center().y() - swatch / 2, swatch, swatch, 2, 2);
        paintArea(painter, box, c, i == 0, i == 1);
        x += swatch + 6;
        const qreal advance = fm.horizontalAdvance(labels.at(i)) + 1;
        painter.setPen(c.text);
        painter.drawText(QRectF(x, m_legendRect.top(), advance, m_legendRect.height()),
                         Qt::AlignVCenter | Qt::AlignLeft, labels.at(i));
        x += advance + fm.height();
    }
}

void BodyMapWidget::mousePressEvent(QMouseEvent *event)
{
    const QString id = areaAt(event->position().toPoint());
    if (event->button() != Qt::LeftButton || id.isEmpty()) {
        QWidget::mousePressEvent(event); // a parent may want clicks beside the body
        return;
    }
    setCurrentArea(id);
    Q_EMIT areaClicked(id);
}

void BodyMapWidget::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QString id = areaAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && !id.isEmpty())
        Q_EMIT areaActivated(id);
}

void BodyMapWidget::mouseMoveEvent(QMouseEvent *event)
{
    setHoverArea(areaAt(event->position().toPoint()));
    QWidget::mouseMoveEvent(event);
}

void BodyMapWidget::leaveEvent(QEvent *event)
{
    setHoverArea({});
    QWidget::leaveEvent(event);
}

void BodyMapWidget::keyPressEvent(QKeyEvent *event)
{
    const QStringList ids = drawnAreas();
    const int key = event->key();
    if ((key == Qt::Key_Left || key == Qt::Key_Right) && !ids.isEmpty()) {
        const qsizetype at = ids.indexOf(m_current);
        const qsizetype next =
            key == Qt::Key_Right ? (at + 1) % ids.size() : (at <= 0 ? ids.size() - 1 : at - 1);
        setCurrentArea(ids.at(next));
        Q_EMIT areaClicked(m_current);
    } else if ((key == Qt::Key_Return || key == Qt::Key_Enter) && ids.contains(m_current)) {
        Q_EMIT areaActivated(m_current);
    } else {
        QWidget::keyPressEvent(event);
    }
}

void BodyMapWidget::contextMenuEvent(QContextMenuEvent *event)
{
    // The menu key acts on the current area, as the arrow keys do.
    const bool byMouse = event->reason() == QContextMenuEvent::Mouse;
    const QString id = byMouse ? areaAt(event->pos()) : m_current;
    const QPoint local = byMouse ? event->pos() : areaCenter(id);
    if (id.isEmpty() || local.x() < 0) {
        event->ignore();
        return;
    }
    Q_EMIT areaContextMenuRequested(id, mapToGlobal(local));
}

} // namespace meso::ui

#pragma once

#include <QList>
#include <QMap>
#include <QPainterPath>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QWidget>

namespace meso::ui {

// One treatment area as the catalog gives it: the id and its already translated name.
struct BodyMapArea
{
    QString id;
    QString name;
};

// A clickable front and back body diagram over the catalog's treatment areas, for the
// consultation form. The shapes are UI geometry keyed by area id: an id without a shape is not
// drawn (the form still offers it in its combo boxes).
class BodyMapWidget : public QWidget
{
    Q_OBJECT
public:
    explicit BodyMapWidget(QWidget *parent = nullptr);

    // Only these areas are drawn and clickable; their order is the keyboard order.
    void setAreas(const QList<BodyMapArea> &areas);
    // Areas with a treatment request: filled.
    void setRequestedAreas(const QSet<QString> &ids);
    // Area id -> condition names at that site: outlined in red, hatched, listed in the tooltip.
    void setSiteConditions(const QMap<QString, QStringList> &byArea);
    // The selection (strong outline); emits nothing, so the form can mirror its combo box.
    void setCurrentArea(const QString &id);
    QString currentArea() const { return m_current; }

    // The most specific area under pos (periorbital before face); empty when none.
    QString areaAt(const QPoint &pos) const;
    // A point that hits the area's first shape, for tests; (-1, -1) when it is not drawn.
    QPoint areaCenter(const QString &id) const;

    QSize sizeHint() const override { return {340, 380}; }
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void areaClicked(const QString &id);
    void areaActivated(const QString &id);
    void areaContextMenuRequested(const QString &id, const QPoint &globalPos);

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    // One closed outline of an area in widget coordinates (an area may have several: both
    // hands, front and back).
    struct Shape
    {
        QString id;
        QPainterPath path;
    };

    void ensureLayout() const;
    int shapeAt(const QPoint &pos) const;
    QStringList drawnAreas() const;
    void setHoverArea(const QString &id);

    QList<BodyMapArea> m_areas;
    QSet<QString> m_requested;
    QMap<QString, QStringList> m_conditions;
    QString m_current;
    QString m_hover;

    // Geometry follows the widget size; rebuilt lazily so the hit test is right even before
    // the first resize event (tests, grab()).
    mutable bool m_layoutDirty = true;
    mutable QSize m_layoutSize;
    mutable qreal m_scale = 1;
    mutable QList<Shape> m_shapes; // in the shape table's order
    mutable QList<int> m_hitOrder; // indexes into m_shapes, smallest first
    mutable QList<QPainterPath> m_silhouettes;
    mutable QList<QPainterPath> m_details;
    mutable QRectF m_labelRects[2];
    mutable QRectF m_legendRect;
};

} // namespace meso::ui

#pragma once

#include "clinic/actinguser.h"
#include "records/sessionrecords.h"

#include <QDialog>
#include <QImage>
#include <QWidget>

#include <vector>

class QComboBox;
class QLabel;
class QSlider;

namespace meso::clinic {
struct Services;
}

namespace meso::ui {

// Two photos of an area at one zoom: side by side, or one over the other with a divider the
// user drags (the slider mode). Both images are scaled by the same factor, so that what is
// compared is the skin, not the framing.
class PhotoCompareWidget : public QWidget
{
    Q_OBJECT
public:
    enum Mode
    {
        SideBySide,
        Slider
    };
    explicit PhotoCompareWidget(QWidget *parent = nullptr);

    void setImages(const QImage &left, const QImage &right);
    void setMode(Mode mode);
    void setZoom(double zoom); // 1 = fitted to the widget
    void setDivider(double fraction);
    Mode mode() const { return m_mode; }
    double zoom() const { return m_zoom; }
    // The factor each image is drawn at: the same for both.
    double scaleOf(int which) const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    double fittedScale() const;

    QImage m_images[2];
    Mode m_mode = SideBySide;
    double m_zoom = 1;
    double m_divider = 0.5;
};

// "Photos" of a patient: the photo consent (scope), importing a before or after photo of a
// session's area from a file, and the comparison of two photos of the same area.
class PhotoDialog : public QDialog
{
    Q_OBJECT
public:
    PhotoDialog(clinic::Services &services, clinic::ActingUser user, qint64 patientId,
                QWidget *parent = nullptr);

    bool setConsent(const QString &scope);
    // Imports a file as a photo of the session's area; false, with the reason shown, when
    // refused.
    bool importPhoto(qint64 sessionId, const QString &area, const QString &when,
                     const QString &path);
    // Compares the photos shown at these indexes of the area's list.
    void compare(int left, int right);
    void setMode(PhotoCompareWidget::Mode mode);
    QComboBox *areaBox() const { return m_area; }
    QComboBox *leftBox() const { return m_left; }
    QComboBox *rightBox() const { return m_right; }
    PhotoCompareWidget *comparison() const { return m_compare; }
    QString message() const;

private:
    void reload();
    void fillPhotos();
    void showChosen();

    clinic::Services &m_services;
    clinic::ActingUser m_user;
    qint64 m_patientId;
    std::vector<records::PhotoRecord> m_photos;
    std::vector<records::SessionRecord> m_sessions;
    QComboBox *m_scope, *m_area, *m_left, *m_right, *m_mode;
    QSlider *m_zoom;
    PhotoCompareWidget *m_compare;
    QLabel *m_message;
};

} // namespace meso::ui

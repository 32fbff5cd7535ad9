#include "photodialog.h"

#include "catalogtext.h"
#include "refusal.h"

#include "clinic/photoservice.h"
#include "clinic/services.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPushButton>
#include <QSlider>
#include <QVBoxLayout>

namespace meso::ui {

// --- The comparison ------------------------------------------------------------------------

PhotoCompareWidget::PhotoCompareWidget(QWidget *parent) : QWidget(parent)
{
    setMinimumSize(480, 300);
    setMouseTracking(false);
    setAccessibleName(tr("Photo comparison"));
}

void PhotoCompareWidget::setImages(const QImage &left, const QImage &right)
{
    m_images[0] = left;
    m_images[1] = right;
    update();
}

void PhotoCompareWidget::setMode(Mode mode)
{
    m_mode = mode;
    update();
}

void PhotoCompareWidget::setZoom(double zoom)
{
    m_zoom = std::clamp(zoom, 0.25, 8.0);
    update();
}

void PhotoCompareWidget::setDivider(double fraction)
{
    m_divider = std::clamp(fraction, 0.0, 1.0);
    update();
}

// One factor for both images: the largest at which each fits its half (side by side) or the
// whole widget (slider), so that equal sizes on screen mean equal sizes on the skin when both
// photos were taken at the same distance.
double PhotoCompareWidget::fittedScale() const
{
    const double room = m_mode == SideBySide ? width() / 2.0 : width();
    double scale = 0;
    for (const QImage &image : m_images) {
        if (image.isNull())
            continue;
        const double s = std::min(room / image.width(), double(height()) / image.height());
        scale = scale == 0 ? s : std::min(scale, s);
    }
    return scale;
}

double PhotoCompareWidget::scaleOf(int which) const
{
    return m_images[which].isNull() ? 0 : fittedScale() * m_zoom;
}

void PhotoCompareWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), QColor(0x30, 0x30, 0x30));
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    const double scale = fittedScale() * m_zoom;
    if (scale <= 0) {
        p.setPen(Qt::white);
        p.drawText(rect(), Qt::AlignCenter, tr("Choose two photos of the same area"));
        return;
    }
    if (m_mode == SideBySide) {
        for (int i = 0; i < 2; ++i) {
            const QRectF half(i * (width() / 2.0), 0, (width() / 2.0), height());
            if (m_images[i].isNull())
                continue;
            const QSizeF size = QSizeF(m_images[i].size()) * scale;
            p.save();
            p.setClipRect(half);
            p.drawImage(QRectF(half.center() - QPointF(size.width(), size.height()) / 2, size),
                        m_images[i]);
            p.restore();
        }
        p.setPen(QPen(Qt::white, 2));
        p.drawLine(QPointF((width() / 2.0), 0), QPointF((width() / 2.0), height()));
        return;
    }
    const double split = m_divider * width();
    for (int i = 0; i < 2; ++i) {
        if (m_images[i].isNull())
            continue;
        const QSizeF size = QSizeF(m_images[i].size()) * scale;
        p.save();
        p.setClipRect(i == 0 ? QRectF(0, 0, split, height())
                             : QRectF(split, 0, width() - split, height()));
        p.drawImage(
            QRectF(QPointF(width(), height()) / 2 - QPointF(size.width(), size.height()) / 2, size),
            m_images[i]);
        p.restore();
    }
    p.setPen(QPen(Qt::white, 2));
    p.drawLine(QPointF(split, 0), QPointF(split, height()));
}

void PhotoCompareWidget::mousePressEvent(QMouseEvent *event)
{
    if (m_mode == Slider)
        setDivider(event->position().x() / width());
}

void PhotoCompareWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (m_mode == Slider && (event->buttons() & Qt::LeftButton))
        setDivider(event->position().x() / width());
}

// --- The dialog ----------------------------------------------------------------------------

PhotoDialog::PhotoDialog(clinic::Services &services, clinic::ActingUser user, qint64 patientId,
                         QWidget *parent)
    : QDialog(parent), m_services(services), m_user(std::move(user)), m_patientId(patientId),
      m_scope(new QComboBox(this)), m_area(new QComboBox(this)), m_left(new QComboBox(this)),
      m_right(new QComboBox(this)), m_mode(new QComboBox(this)),
      m_zoom(new QSlider(Qt::Horizontal, this)), m_compare(new PhotoCompareWidget(this)),
      m_message(new QLabel(this))
{
    setWindowTitle(tr("Photos"));
    resize(1000, 720);
    auto *layout = new QVBoxLayout(this);

    auto *consent = new QHBoxLayout;
    for (const QString &s : clinic::PhotoService::scopes())
        m_scope->addItem(clinic::PhotoService::scopeName(s), s);
    auto *saveConsent = new QPushButton(tr("Record &consent"), this);
    consent->addWidget(new QLabel(tr("Photo consent:"), this));
    consent->addWidget(m_scope, 1);
    consent->addWidget(saveConsent);
    layout->addLayout(consent);

    auto *import = new QGroupBox(tr("Import a photo"), this);
    auto *importLayout = new QHBoxLayout(import);
    auto *session = new QComboBox(import), *importArea = new QComboBox(import),
         *when = new QComboBox(import);
    when->addItem(tr("before"), QStringLiteral("before"));
    when->addItem(tr("after"), QStringLiteral("after"));
    auto *importButton = new QPushButton(tr("&Import file…"), import);
    importLayout->addWidget(new QLabel(tr("Session:"), import));
    importLayout->addWidget(session, 1);
    importLayout->addWidget(new QLabel(tr("Area:"), import));
    importLayout->addWidget(importArea, 1);
    importLayout->addWidget(when);
    importLayout->addWidget(importButton);
    layout->addWidget(import);

    auto *choose = new QHBoxLayout;
    for (const QString &m : {tr("Side by side"), tr("Slider")})
        m_mode->addItem(m);
    m_zoom->setRange(25, 400);
    m_zoom->setValue(100);
    m_zoom->setAccessibleName(tr("Zoom"));
    choose->addWidget(new QLabel(tr("Area:"), this));
    choose->addWidget(m_area, 1);
    choose->addWidget(m_left, 2);
    choose->addWidget(new QLabel(tr("with"), this));
    choose->addWidget(m_right, 2);
    choose->addWidget(m_mode);
    choose->addWidget(new QLabel(tr("Zoom:"), this));
    choose->addWidget(m_zoom, 1);
    layout->addLayout(choose);
    layout->addWidget(m_compare, 1);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);

    const auto catalog = services.catalog.current(m_user);
    const std::string lang = ss(QLocale().name().left(2));
    const auto fillAreas = [this, session, importArea, catalog, lang] {
        importArea->clear();
        const qint64 id = session->currentData().toLongLong();
        for (const records::SessionRecord &s : m_sessions) {
            if (s.id != id)
                continue;
            QStringList seen;
            for (const records::SessionProductLine &l : s.lines) {
                if (!seen.contains(l.area))
                    importArea->addItem(nameOf(catalog->areas, ss(l.area), lang), l.area);
                seen << l.area;
            }
        }
    };
    reload();
    for (const records::SessionRecord &s : m_sessions) {
        if (s.performed)
            session->addItem(QLocale().toString(s.performedOn, QLocale::ShortFormat), s.id);
    }
    fillAreas();
    connect(session, &QComboBox::currentIndexChanged, this, fillAreas);
    connect(saveConsent, &QPushButton::clicked, this,
            [this] { setConsent(m_scope->currentData().toString()); });
    connect(importButton, &QPushButton::clicked, this, [this, session, importArea, when] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import a photo"), {},
                                                          tr("Images (*.jpg *.jpeg *.png *.heic)"));
        if (!path.isEmpty())
            importPhoto(session->currentData().toLongLong(), importArea->currentData().toString(),
                        when->currentData().toString(), path);
    });
    connect(m_area, &QComboBox::currentIndexChanged, this, &PhotoDialog::fillPhotos);
    connect(m_left, &QComboBox::currentIndexChanged, this, &PhotoDialog::showChosen);
    connect(m_right, &QComboBox::currentIndexChanged, this, &PhotoDialog::showChosen);
    connect(m_mode, &QComboBox::currentIndexChanged, this,
            [this](int mode) { m_compare->setMode(static_cast<PhotoCompareWidget::Mode>(mode)); });
    connect(m_zoom, &QSlider::valueChanged, this,
            [this](int percent) { m_compare->setZoom(percent / 100.0); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void PhotoDialog::reload()
{
    try {
        m_sessions = m_services.sessions.forPatient(m_user, m_patientId);
        m_photos = m_services.photos.forPatient(m_user, m_patientId);
        if (const auto c = m_services.photos.consent(m_user, m_patientId))
            m_scope->setCurrentIndex(m_scope->findData(c->scope));
        else
            m_message->setText(tr("The patient's photo consent is not recorded yet."));
    } catch (const std::exception &e) {
        m_message->setText(tr("Refused: %1").arg(refusal(e)));
    }
    const QString area = m_area->currentData().toString();
    const auto catalog = m_services.catalog.current(m_user);
    const std::string lang = ss(QLocale().name().left(2));
    QStringList areas;
    for (const records::PhotoRecord &p : m_photos) {
        if (!areas.contains(p.area))
            areas << p.area;
    }
    m_area->blockSignals(true);
    m_area->clear();
    for (const QString &a : areas)
        m_area->addItem(nameOf(catalog->areas, ss(a), lang), a);
    m_area->setCurrentIndex(std::max(0, m_area->findData(area)));
    m_area->blockSignals(false);
    fillPhotos();
}

void PhotoDialog::fillPhotos()
{
    const QString area = m_area->currentData().toString();
    for (QComboBox *box : {m_left, m_right}) {
        box->blockSignals(true);
        box->clear();
        for (const records::PhotoRecord &p : m_photos) {
            if (p.area == area)
                box->addItem(tr("%1, %2").arg(
                                 QLocale().toString(p.sessionDate, QLocale::ShortFormat),
                                 p.taken == QLatin1String("before") ? tr("before") : tr("after")),
                             p.id);
        }
        box->blockSignals(false);
    }
    // The first and the latest photo of the area, as a practitioner compares them.
    m_right->setCurrentIndex(m_right->count() - 1);
    showChosen();
}

void PhotoDialog::showChosen()
{
    QImage images[2];
    QComboBox *boxes[2] = {m_left, m_right};
    for (int i = 0; i < 2; ++i) {
        if (boxes[i]->currentIndex() < 0)
            continue;
        try {
            images[i] = QImage::fromData(
                m_services.photos.photo(m_user, boxes[i]->currentData().toLongLong()).content);
        } catch (const std::exception &e) {
            m_message->setText(tr("Refused: %1").arg(refusal(e)));
        }
    }
    m_compare->setImages(images[0], images[1]);
}

void PhotoDialog::compare(int left, int right)
{
    m_left->setCurrentIndex(left);
    m_right->setCurrentIndex(right);
    showChosen();
}

void PhotoDialog::setMode(PhotoCompareWidget::Mode mode)
{
    m_mode->setCurrentIndex(mode); // the combo box follows, and sets the widget's mode
}

bool PhotoDialog::setConsent(const QString &scope)
{
    try {
        m_services.photos.setConsent(m_user, m_patientId, scope, QDate::currentDate());
    } catch (const std::exception &e) {
        m_message->setText(tr("Not saved: %1").arg(refusal(e)));
        return false;
    }
    m_scope->setCurrentIndex(m_scope->findData(scope));
    m_message->setText(tr("Photo consent recorded: %1.").arg(m_scope->currentText()));
    return true;
}

bool PhotoDialog::importPhoto(qint64 sessionId, const QString &area, const QString &when,
                              const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_message->setText(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return false;
    }
    try {
        m_services.photos.add(m_user, sessionId, area, when,
                              file.read(clinic::PhotoService::kMaxFileBytes + 1));
    } catch (const std::exception &e) {
        m_message->setText(tr("Not imported: %1").arg(refusal(e)));
        return false;
    }
    m_message->setText(tr("Imported %1.").arg(QFileInfo(path).fileName()));
    reload();
    m_area->setCurrentIndex(m_area->findData(area));
    return true;
}

QString PhotoDialog::message() const
{
    return m_message->text();
}

} // namespace meso::ui

// Dark themes (issue 21): every colour MesoPlan draws with (ui/common/tones.h) is drawn for the
// palette, so that text stays readable on a light or a dark desktop: measured as the WCAG
// contrast ratio (4.5:1 for text) on the tones themselves and on the consultation's finding
// cards and an error line as they are painted under a dark Fusion palette.

#include "consultationdialog.h"
#include "mainwindow.h"
#include "patientspage.h"
#include "patienttablemodel.h"
#include "tones.h"

#include "clinic/clinicdatabase.h"
#include "clinic/language.h"
#include "clinic/services.h"
#include "clinicfixture.h"

#include <QApplication>
#include <QComboBox>
#include <QFrame>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyle>
#include <QTest>

#include <cmath>

using namespace meso;

namespace {

double luminance(const QColor &c)
{
    const auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

// WCAG 2's contrast ratio, from 1 (none) to 21 (black on white).
double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QString describe(const QColor &text, const QColor &back)
{
    return QStringLiteral("%1 on %2: %3:1")
        .arg(text.name(), back.name())
        .arg(contrast(text, back), 0, 'f', 2);
}

} // namespace

class ThemeTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        clinic::installLanguage(QStringLiteral("en"));
        m_light = QApplication::palette();
    }

    void cleanup() { QApplication::setPalette(m_light); }

    // Each tone's tint under the palette's text, and its strong colour on the window and on
    // the base, readable in both themes.
    void everyToneIsReadableOnALightAndADarkPalette()
    {
        const QPalette light = QApplication::style()->standardPalette();
        QVERIFY(!ui::isDark(light));
        QVERIFY(ui::isDark(ui::darkPalette()));
        for (const QPalette &palette : {light, ui::darkPalette()}) {
            for (const ui::Tone tone : {ui::Tone::Danger, ui::Tone::Warning, ui::Tone::Notice,
                                        ui::Tone::Success, ui::Tone::Info, ui::Tone::Neutral}) {
                const QColor text = palette.color(QPalette::Text);
                const QColor fill = ui::tint(palette, tone);
                QVERIFY2(contrast(text, fill) >= 4.5, qPrintable(describe(text, fill)));
                for (const auto role : {QPalette::Window, QPalette::Base}) {
                    const QColor back = palette.color(role);
                    const QColor mark = ui::strong(palette, tone);
                    QVERIFY2(contrast(mark, back) >= 4.5, qPrintable(describe(mark, back)));
                }
            }
        }
        // The light ones are not merely the dark ones: each palette gets its own.
        QVERIFY(ui::tint(light, ui::Tone::Danger) != ui::tint(ui::darkPalette(), ui::Tone::Danger));
    }

    // The consultation under a dark palette: an absolute finding's card painted dark enough for
    // its light text, and the error line light enough on the dark window.
    void findingCardsAreReadableUnderADarkPalette()
    {
        QApplication::setPalette(ui::darkPalette());
        test::ClinicFixture c;
        const qint64 patientId = test::addPatient(c.services, c.user, QStringLiteral("Sombre"));
        const records::PatientRecord patient = *c.services.patients.find(c.user, patientId);
        ui::ConsultationDialog dialog(c.services, c.user, patient, std::nullopt);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // A request (screening needs one), then pregnancy: an absolute finding.
        auto *indication = dialog.findChild<QComboBox *>(QStringLiteral("indication"));
        auto *area = dialog.findChild<QComboBox *>(QStringLiteral("area"));
        QVERIFY(indication && area);
        indication->setCurrentIndex(indication->findData(QStringLiteral("skin_rejuvenation")));
        area->setCurrentIndex(area->findData(QStringLiteral("face")));
        dialog.findChild<QPushButton *>(QStringLiteral("addRequest"))->click();
        auto *conditions = dialog.findChild<QListWidget *>(QStringLiteral("conditions"));
        QVERIFY(conditions);
        for (int row = 0; row < conditions->count(); ++row) {
            if (conditions->item(row)->data(Qt::UserRole) == QStringLiteral("pregnancy"))
                conditions->item(row)->setCheckState(Qt::Checked);
        }
        dialog.screenNow();
        QTRY_VERIFY(dialog.findingCards().contains(QStringLiteral("absolute|pregnancy")));
        int cards = 0;
        for (QFrame *card : dialog.findChildren<QFrame *>(QStringLiteral("finding"))) {
            ++cards;
            const QImage image = card->grab().toImage();
            // The card's own background: inside its border, above its first line of text.
            const QColor back = image.pixelColor(image.width() / 2, 4);
            const auto *label = card->findChild<QLabel *>();
            QVERIFY(label);
            const QColor text = label->palette().color(QPalette::WindowText);
            QVERIFY2(contrast(text, back) >= 4.5, qPrintable(describe(text, back)));
            QVERIFY2(ui::isDark(QPalette(back)), qPrintable(back.name())); // not a light tint
        }
        QVERIFY(cards >= 1);

        // An error line: light red on the dark window.
        QLabel error(QStringLiteral("Not saved: patient.phone: expected a phone number"));
        ui::setTone(&error, ui::Tone::Danger);
        const QColor text = error.palette().color(QPalette::WindowText);
        const QColor window = error.palette().color(QPalette::Window);
        QVERIFY2(contrast(text, window) >= 4.5, qPrintable(describe(text, window)));
    }

private:
    QPalette m_light;
};

QTEST_MAIN(ThemeTest)
#include "theme_test.moc"

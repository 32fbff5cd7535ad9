#pragma once

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <algorithm>

namespace meso::test {

// The text of a PDF as pdftotext reads it, NFKC-normalised (the PDF's fonts use ligatures such
// as "ﬁ" that pdftotext gives back as such) and with whitespace simplified; empty on failure.
inline QString pdfText(const QString &pdf)
{
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"),
                    {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    if (!pdftotext.waitForFinished(30000) || pdftotext.exitCode() != 0)
        return {};
    return QString::fromUtf8(pdftotext.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC)
        .simplified();
}

// How far right anything is drawn on the pages of a PDF, and the page width, in points (1/72 in):
// each page rendered by pdftoppm at 72 dpi in grey, the rightmost column with a pixel darker than
// light grey. {-1, -1} on failure. What a print margin test holds against the page's margin.
struct InkExtent
{
    int right = -1, pageWidth = -1;
};

inline InkExtent pdfInkExtent(const QString &pdf)
{
    QTemporaryDir dir;
    QProcess pdftoppm;
    pdftoppm.start(QStringLiteral("pdftoppm"),
                   {QStringLiteral("-r"), QStringLiteral("72"), QStringLiteral("-gray"), pdf,
                    dir.filePath(QStringLiteral("page"))});
    if (!dir.isValid() || !pdftoppm.waitForFinished(60000) || pdftoppm.exitCode() != 0)
        return {};
    InkExtent extent;
    for (const QString &name : QDir(dir.path()).entryList({QStringLiteral("page*.pgm")})) {
        const QImage page(dir.filePath(name));
        if (page.isNull())
            return {};
        extent.pageWidth = page.width();
        for (int y = 0; y < page.height(); ++y) {
            for (int x = page.width() - 1; x > extent.right; --x) {
                if (qGray(page.pixel(x, y)) < 200) {
                    extent.right = x;
                    break;
                }
            }
        }
    }
    return extent;
}

// Printed documents keep to their 2 cm margins (PlanDocument::writePdf), in French too, whose
// words are longer: nothing (a table's border, a long line) runs into the right margin, and the
// text fills the lines up to it. Empty when so, else what is wrong.
inline QString pdfMarginProblem(const QString &pdf)
{
    const InkExtent ink = pdfInkExtent(pdf);
    if (ink.pageWidth <= 0)
        return QStringLiteral("%1 could not be rendered").arg(pdf);
    const int margin = qRound(20 / 25.4 * 72);
    if (ink.right > ink.pageWidth - margin)
        return QStringLiteral("%1: drawn up to %2 pt, the right margin begins at %3 pt")
            .arg(pdf)
            .arg(ink.right)
            .arg(ink.pageWidth - margin);
    // Nor a margin twice as wide (the writer's margins and the document's): paragraphs and
    // tables fill the line up to the margin.
    if (ink.right < ink.pageWidth - margin - 20)
        return QStringLiteral("%1: drawn only up to %2 pt, the right margin begins at %3 pt")
            .arg(pdf)
            .arg(ink.right)
            .arg(ink.pageWidth - margin);
    return {};
}

} // namespace meso::test

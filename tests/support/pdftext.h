#pragma once

#include <QProcess>
#include <QString>

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

} // namespace meso::test

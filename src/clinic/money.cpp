#include "money.h"

#include <QRegularExpression>

namespace meso::clinic {

std::optional<qint64> parseCents(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("^(\\d{1,10})(?:[.,](\\d{1,2}))?$"));
    QString compact = text.trimmed();
    compact.remove(QLatin1Char(' ')).remove(QChar(0x202F)).remove(QChar(0x00A0));
    const QRegularExpressionMatch m = form.match(compact);
    if (!m.hasMatch())
        return std::nullopt;
    qint64 cents = m.captured(1).toLongLong() * 100;
    const QString fraction = m.captured(2);
    if (!fraction.isEmpty())
        cents += fraction.size() == 1 ? fraction.toLongLong() * 10 : fraction.toLongLong();
    return cents;
}

QString centsText(qint64 cents)
{
    const qint64 magnitude = cents < 0 ? -cents : cents;
    return QStringLiteral("%1%2.%3")
        .arg(cents < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

VatSplit splitVat(qint64 inclCents, int rate)
{
    const qint64 magnitude = inclCents < 0 ? -inclCents : inclCents;
    const qint64 divisor = 10000 + rate;
    // round(magnitude * 10000 / divisor), halves up, in integers.
    const qint64 excl = (magnitude * 10000 * 2 + divisor) / (divisor * 2);
    VatSplit s;
    s.exclCents = inclCents < 0 ? -excl : excl;
    s.vatCents = inclCents - s.exclCents;
    return s;
}

} // namespace meso::clinic

#include "csvwriter.h"

#include <QLocale>
#include <QRegularExpression>

namespace meso::clinic {

QChar CsvFormat::localeSeparator()
{
    return QLocale().decimalPoint() == QStringLiteral(",") ? QLatin1Char(';') : QLatin1Char(',');
}

QByteArray CsvFormat::start() const
{
    return byteOrderMark ? QByteArrayLiteral("\xEF\xBB\xBF") : QByteArray();
}

QString csvField(const QString &text, QChar separator)
{
    QString t = text;
    // A spreadsheet runs a cell starting with = + - @ as a formula: such text is stored by
    // anyone who can type a user name at sign-in, so it is made plain text. A negative number
    // ("-0,125") runs nothing and stays a number.
    static const QRegularExpression number(QStringLiteral("^-[0-9]+([.,][0-9]+)?$"));
    if (!t.isEmpty() && QStringLiteral("=+-@\t\r").contains(t.front()) &&
        !number.match(t).hasMatch())
        t.prepend(QLatin1Char('\''));
    if (t.contains(QLatin1Char('"')) || t.contains(separator) || t.contains(QLatin1Char('\n')) ||
        t.contains(QLatin1Char('\r')) || t != text)
        return QLatin1Char('"') + t.replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
               QLatin1Char('"');
    return t;
}

QByteArray csvLine(const QStringList &fields, const CsvFormat &format, qsizetype phoneColumn)
{
    // Digits, spaces and + ( ) . - (all a phone number may hold) call nothing in a spreadsheet,
    // and an SMS service needs the number's leading + as it is.
    static const QRegularExpression phone(QStringLiteral("^[0-9 +().-]*$"));
    static const QRegularExpression decimal(QStringLiteral("^-?[0-9]+\\.[0-9]+$"));
    QStringList quoted;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i == phoneColumn && phone.match(fields[i]).hasMatch())
            quoted << fields[i];
        else if (format.decimalPoint != QLatin1Char('.') && decimal.match(fields[i]).hasMatch())
            quoted << csvField(QString(fields[i]).replace(QLatin1Char('.'), format.decimalPoint),
                               format.separator);
        else
            quoted << csvField(fields[i], format.separator);
    }
    return (quoted.join(format.separator) + QStringLiteral("\r\n")).toUtf8();
}

} // namespace meso::clinic

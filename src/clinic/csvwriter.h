#pragma once

#include <QByteArray>
#include <QChar>
#include <QString>
#include <QStringList>

namespace meso::clinic {

// How a CSV file MesoPlan writes is laid out. The default is what programs read (the CLI's
// output, the headless contract): commas, no byte order mark. For a spreadsheet: a UTF-8 byte
// order mark (without it, Excel reads UTF-8 as the system's code page and breaks the accents)
// and the separator the user chose: ';' for a locale whose decimal separator is a comma (French:
// a comma-separated file opens in one column there), ',' otherwise.
struct CsvFormat
{
    QChar separator = QLatin1Char(',');
    bool byteOrderMark = false;
    // How a decimal number ("12.50") is written: with a comma in the semicolon layout, so that
    // a French spreadsheet reads a number it can sum, not text.
    QChar decimalPoint = QLatin1Char('.');

    static CsvFormat forSpreadsheet(QChar separator)
    {
        return {separator, true,
                separator == QLatin1Char(';') ? QLatin1Char(',') : QLatin1Char('.')};
    }
    // ';' where the locale writes decimals with a comma, else ','.
    static QChar localeSeparator();
    // What the file starts with: the byte order mark, or nothing.
    QByteArray start() const;
};

// One field, made safe: a text a spreadsheet would run as a formula (starting with = + - @,
// tab or CR) gets a leading apostrophe; quoted when it holds the separator, a quote or a line
// break.
QString csvField(const QString &text, QChar separator = QLatin1Char(','));
// One CSV record of `fields`, each made safe by csvField, ended by CRLF, as UTF-8: every CSV
// MesoPlan writes (audit trail, lot trace, reports, reminders) is written with it. A field that
// is a decimal number takes the format's decimal point. The field at
// `phoneColumn` is written as it is when it is a phone number (+33612345678).
QByteArray csvLine(const QStringList &fields, const CsvFormat &format = {},
                   qsizetype phoneColumn = -1);

} // namespace meso::clinic

#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace meso::clinic {

// Text files as other software writes them: UTF-8 (with or without a byte order mark) or, when
// the bytes are not UTF-8, Windows-1252 (what a French spreadsheet saves as "CSV" on Windows).
struct DecodedText
{
    QString text;
    QString encoding; // "UTF-8" or "Windows-1252"
};
DecodedText decodeText(const QByteArray &bytes);

// One record of a CSV file, with the line of the file it starts on (1: the first line).
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

// The separator of a CSV file: ';' when its first line holds more semicolons than commas
// (French spreadsheets), ',' otherwise. Quoted text is not counted.
QChar detectSeparator(const QString &text);

// RFC 4180 records separated by `separator`: fields in double quotes may hold the separator, line
// breaks and doubled quotes; lines end in CRLF or LF; empty lines are skipped. A quote left open
// at the end of the file ends its field there (`unterminated` tells the line it opened on).
std::vector<CsvRecord> readCsv(const QString &text, QChar separator, int *unterminated = nullptr);

} // namespace meso::clinic

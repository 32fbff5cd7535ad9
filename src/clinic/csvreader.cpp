#include "csvreader.h"

#include <QStringDecoder>

#include <array>

namespace meso::clinic {

namespace {

// Windows-1252 differs from Latin-1 only in 0x80-0x9F (the WHATWG encoding standard's index;
// the five unassigned bytes are kept as the C1 controls Latin-1 gives them). Qt 6.4 decodes only
// the Unicode encodings and Latin-1 itself, so the 32 differences are written out here.
constexpr std::array<char16_t, 32> kWindows1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

QString fromWindows1252(const QByteArray &bytes)
{
    QString out(bytes.size(), Qt::Uninitialized);
    QChar *d = out.data();
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        *d++ = b >= 0x80 && b <= 0x9F ? QChar(kWindows1252High[b - 0x80]) : QChar(char16_t{b});
    }
    return out;
}

} // namespace

DecodedText decodeText(const QByteArray &bytes)
{
    QByteArray body = bytes;
    if (body.startsWith("\xEF\xBB\xBF"))
        body.remove(0, 3);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(body);
    if (!utf8.hasError())
        return {text, QStringLiteral("UTF-8")};
    return {fromWindows1252(bytes), QStringLiteral("Windows-1252")};
}

QChar detectSeparator(const QString &text)
{
    int semicolons = 0, commas = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        else if (!quoted && c == QLatin1Char(';'))
            ++semicolons;
        else if (!quoted && c == QLatin1Char(','))
            ++commas;
    }
    return semicolons > commas ? QLatin1Char(';') : QLatin1Char(',');
}

std::vector<CsvRecord> readCsv(const QString &text, QChar separator, int *unterminated)
{
    std::vector<CsvRecord> records;
    CsvRecord record;
    QString field;
    bool quoted = false, fieldWasQuoted = false, recordHasContent = false;
    int line = 1, quoteOpenedOn = 0;
    record.line = 1;
    const auto endField = [&] {
        record.fields << field;
        recordHasContent = recordHasContent || fieldWasQuoted || !field.isEmpty();
        field.clear();
        fieldWasQuoted = false;
    };
    const auto endRecord = [&](int nextLine) {
        endField();
        if (recordHasContent)
            records.push_back(std::move(record));
        record = CsvRecord();
        record.line = nextLine;
        recordHasContent = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
        } else if (c == QLatin1Char('"') && field.isEmpty() && !fieldWasQuoted) {
            quoted = fieldWasQuoted = true;
            quoteOpenedOn = line;
        } else if (c == separator) {
            endField();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() &&
                   text.at(i + 1) == QLatin1Char('\n')) {
            continue; // the LF ends the record
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            ++line;
            endRecord(line);
        } else {
            field += c;
        }
    }
    if (unterminated)
        *unterminated = quoted ? quoteOpenedOn : 0;
    endRecord(line);
    return records;
}

} // namespace meso::clinic

#include "icalendar.h"

namespace meso::clinic {

namespace {

// TEXT values (RFC 5545 3.3.11): backslash, semicolon, comma and newline are escaped.
QString escaped(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char(';') || c == QLatin1Char(','))
            out += QLatin1Char('\\') + QString(c);
        else if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else if (c != QLatin1Char('\r') && (c >= QLatin1Char(' ') || c == QLatin1Char('\t')))
            out += c;
    }
    return out;
}

// A content line, folded (RFC 5545 3.1): at most 75 octets per line, continuation lines start
// with a space, and a UTF-8 sequence is never cut.
void line(QByteArray &out, const QString &content)
{
    const QByteArray utf8 = content.toUtf8();
    int width = 0;
    for (int i = 0; i < utf8.size();) {
        int length = 1;
        const auto lead = static_cast<unsigned char>(utf8[i]);
        if (lead >= 0xf0)
            length = 4;
        else if (lead >= 0xe0)
            length = 3;
        else if (lead >= 0xc0)
            length = 2;
        if (width + length > 75) {
            out += "\r\n ";
            width = 1;
        }
        out += utf8.mid(i, length);
        width += length;
        i += length;
    }
    out += "\r\n";
}

QString floating(const QDateTime &t)
{
    return t.toString(QStringLiteral("yyyyMMdd'T'HHmmss"));
}

} // namespace

QByteArray iCalendar(const QString &name, const std::vector<CalendarEvent> &events)
{
    QByteArray out;
    line(out, QStringLiteral("BEGIN:VCALENDAR"));
    line(out, QStringLiteral("VERSION:2.0"));
    line(out, QStringLiteral("PRODID:-//MesoPlan//MesoPlan//EN"));
    line(out, QStringLiteral("CALSCALE:GREGORIAN"));
    line(out, QStringLiteral("METHOD:PUBLISH"));
    line(out, QStringLiteral("X-WR-CALNAME:") + escaped(name));
    for (const CalendarEvent &e : events) {
        line(out, QStringLiteral("BEGIN:VEVENT"));
        line(out, QStringLiteral("UID:") + e.uid);
        line(out, QStringLiteral("DTSTAMP:") +
                      e.stamp.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")));
        line(out, QStringLiteral("DTSTART:") + floating(e.start));
        line(out, QStringLiteral("DTEND:") + floating(e.end));
        line(out, QStringLiteral("SEQUENCE:") + QString::number(e.sequence));
        line(out, QStringLiteral("SUMMARY:") + escaped(e.summary));
        if (!e.location.isEmpty())
            line(out, QStringLiteral("LOCATION:") + escaped(e.location));
        if (!e.description.isEmpty())
            line(out, QStringLiteral("DESCRIPTION:") + escaped(e.description));
        line(out, QStringLiteral("STATUS:") +
                      (e.cancelled ? QStringLiteral("CANCELLED") : QStringLiteral("CONFIRMED")));
        line(out, QStringLiteral("END:VEVENT"));
    }
    line(out, QStringLiteral("END:VCALENDAR"));
    return out;
}

} // namespace meso::clinic

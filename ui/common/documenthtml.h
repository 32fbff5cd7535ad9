#pragma once

#include <QString>
#include <QStringList>

// The bits of HTML the printed documents (plan, consent, aftercare, day sheet, session record)
// are written in: every text the user or the catalog gave is escaped, so that a name with "<"
// prints as typed and never as markup.
namespace meso::ui::html {

inline QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// One paragraph of lines, each escaped, one under the other.
inline QString paragraph(const QStringList &lines)
{
    QStringList escaped;
    escaped.reserve(lines.size());
    for (const QString &line : lines)
        escaped << esc(line);
    return QStringLiteral("<p>%1</p>").arg(escaped.join(QStringLiteral("<br>")));
}

} // namespace meso::ui::html

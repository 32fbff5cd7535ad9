#include "translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace meso::ui {

void installTranslations()
{
    static QTranslator translator; // lives as long as the application
    const QString base = QStringLiteral(":/mesoplan/i18n/mesoplan_");
    if (translator.load(base + QLocale().name().left(2)) ||
        translator.load(base + QStringLiteral("en")))
        QCoreApplication::installTranslator(&translator);
}

} // namespace meso::ui

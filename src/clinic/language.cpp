#include "language.h"

#include "clinicdatabase.h"
#include "installation.h"

#include "core/phrase.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMutex>
#include <QSettings>
#include <QTranslator>

#include <map>
#include <memory>

namespace meso::clinic {

namespace {
const QString kLanguageKey = QStringLiteral("workstation/language");

// The locale a language is written in at a clinic: French as in France (the euro, weeks from
// Monday, the 24-hour clock); English as the system writes it when the system speaks English (or
// is the bare C locale of a build machine), else as in the United Kingdom.
QLocale localeFor(const QString &language)
{
    if (language == QLatin1String("fr"))
        return QLocale(QLocale::French, QLocale::France);
    const QLocale system = QLocale::system();
    if (system.language() == QLocale::English || system.language() == QLocale::C)
        return system;
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}
// The core's phrases (plan trace, booking refusals) in the interface's language, with its dates
// and numbers.
core::Phrasebook phrasebook()
{
    core::Phrasebook book;
    book.translate = [](const char *context, const char *text) {
        return QCoreApplication::translate(context, text).toStdString();
    };
    book.date = [](const core::Date &date) {
        return QLocale()
            .toString(QDate(date.year, date.month, date.day), QLocale::ShortFormat)
            .toStdString();
    };
    book.number = [](double value) {
        return QLocale().toString(value, 'g', QLocale::FloatingPointShortest).toStdString();
    };
    return book;
}
} // namespace

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("fr")};
}

QString resolveLanguage(const QString &wanted)
{
    const QString code = wanted.trimmed().left(2).toLower();
    if (availableLanguages().contains(code))
        return code;
    const QString system = QLocale::system().name().left(2);
    return availableLanguages().contains(system) ? system : QStringLiteral("en");
}

QString savedLanguage()
{
    return workstationSettings().value(kLanguageKey).toString();
}

void saveLanguage(const QString &language)
{
    QSettings settings = workstationSettings();
    if (language.isEmpty())
        settings.remove(kLanguageKey);
    else
        settings.setValue(kLanguageKey, language);
    settings.sync();
}

namespace {
QString g_installed = QStringLiteral("en");
}

QString installedLanguage()
{
    return g_installed;
}

void installLanguage(const QString &language)
{
    g_installed = language;
    // Both live as long as the application; installed once.
    static QTranslator mesoplan;
    static QTranslator qtbase;
    QLocale::setDefault(localeFor(language));
    if (mesoplan.load(QStringLiteral("mesoplan_") + language, translationsFolder()) ||
        mesoplan.load(QStringLiteral("mesoplan_en"), translationsFolder()))
        QCoreApplication::installTranslator(&mesoplan);
    // English keeps the core's own texts: the headless contract's ISO dates and JSON numbers.
    if (language != QLatin1String("en"))
        core::installPhrasebook(phrasebook());
    if (language != QLatin1String("en") &&
        qtbase.load(QStringLiteral("qtbase_") + language,
                    QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtbase);
}

QString translateIn(const QString &language, const char *context, const char *source,
                    const char *disambiguation)
{
    // One translator per language asked for, loaded once and kept: reminders for a day may be
    // in several languages, none of them the interface's.
    static QMutex mutex;
    static std::map<QString, std::unique_ptr<QTranslator>> translators;
    const QMutexLocker lock(&mutex);
    auto &translator = translators[language];
    if (!translator) {
        translator = std::make_unique<QTranslator>();
        // Without the file, translate() gives nothing back and the source (English) text is used.
        [[maybe_unused]] const bool loaded =
            translator->load(QStringLiteral("mesoplan_") + language, translationsFolder());
    }
    const QString text = translator->translate(context, source, disambiguation);
    return text.isEmpty() ? QString::fromUtf8(source) : text;
}

QLocale localeOf(const QString &language)
{
    return localeFor(language);
}

QString languageName(const QString &language)
{
    // English alone would read "American English", the name of the locale it stands for.
    if (language == QLatin1String("en"))
        return QStringLiteral("English");
    const QString name = QLocale(language).nativeLanguageName();
    return name.left(1).toUpper() + name.mid(1);
}

QString joinClauses(const QStringList &clauses)
{
    QString out;
    for (const QString &clause : clauses)
        out = out.isEmpty() ? clause
                            : QCoreApplication::translate("Clauses", "%1; %2").arg(out, clause);
    return out;
}

} // namespace meso::clinic

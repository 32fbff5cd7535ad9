#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace meso::clinic {

// The languages MesoPlan speaks: its interface and messages (translations/mesoplan_*.ts, compiled
// into this library under :/mesoplan/i18n), Qt's own dialogs (qtbase_*.qm from
// qt6-translations-l10n) and the catalog's texts. English is the source language.
QStringList availableLanguages(); // "en", "fr"

// The language to use: `wanted` when MesoPlan has it, else the system locale's when it has that,
// else English. An empty `wanted` means "the system's".
QString resolveLanguage(const QString &wanted);

// This workstation's choice (Settings > Language; empty: the system's). Applied at the next start.
QString savedLanguage();
void saveLanguage(const QString &language);

// Installs the translators for `language` (one of availableLanguages()) and makes its locale the
// default one, so that dates, numbers and money are written as that language writes them. English
// has a translation too: it gives the plural forms of texts written with %n. Call once at start.
void installLanguage(const QString &language);
// The language installed ("en" until installLanguage is called).
QString installedLanguage();

// `source`, marked with QT_TRANSLATE_NOOP in `context`, in `language` whatever the interface
// speaks: what MesoPlan writes to a patient (reminders) is in the patient's language.
QString translateIn(const QString &language, const char *context, const char *source,
                    const char *disambiguation = nullptr);
// The locale dates and numbers are written in for `language` ("fr": France's).
QLocale localeOf(const QString &language);

// A language's name in its own words, for a language picker: "English", "Français".
QString languageName(const QString &language);

// Clauses one after the other, as the interface's language separates them: "a; b" in English,
// "a ; b" in French.
QString joinClauses(const QStringList &clauses);

} // namespace meso::clinic

#pragma once

namespace meso::ui {

// Installs the application's translations for the user's language, English otherwise. English
// has one too: it gives the plural forms ("1 session", "2 sessions") of texts written with %n.
// The translations are compiled in (translations/*.ts, resource prefix /mesoplan/i18n).
void installTranslations();

} // namespace meso::ui

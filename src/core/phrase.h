#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

#include "date.h"

// Marks an English phrase for translation. lupdate reads it as QT_TRANSLATE_NOOP(context, text)
// (scripts/update-translations.sh passes the alias); the compiler sees `context, text`, the first
// two arguments of phrase().
#define MESO_PHRASE(context, text) context, text

namespace meso::core {

// How the interface's language writes the core's phrases (plan trace lines, review reasons,
// booking refusals), its dates and its numbers. The clinic layer installs one at start-up for a
// language other than English (clinic/language.h), before any engine runs. With none, phrases
// stay English, dates ISO and numbers as JSON writes them: the headless contract's output.
struct Phrasebook
{
    std::string (*translate)(const char *context, const char *text) = nullptr;
    std::string (*date)(const Date &date) = nullptr;
    std::string (*number)(double value) = nullptr;
};
void installPhrasebook(const Phrasebook &book);

// `text` in the installed language, its %1..%9 replaced by `args`:
//   phrase(MESO_PHRASE("Booking", "the room has no %1"), {equipment})
std::string phrase(const char *context, const char *text,
                   std::initializer_list<std::string_view> args = {});
std::string dateText(const Date &date);
std::string numberText(double value);

} // namespace meso::core

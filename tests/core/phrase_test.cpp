// The core's phrases (core/phrase.h): English by default, as the headless contract prints them;
// the installed phrasebook's language otherwise.

#include "core/phrase.h"

#include <catch2/catch.hpp>

#include <cstring>

using namespace meso::core;

namespace {

// Puts the English default back whatever the test did.
struct PhrasebookGuard
{
    ~PhrasebookGuard() { installPhrasebook({}); }
};

} // namespace

TEST_CASE("A phrase without a phrasebook is its English text with its arguments in place",
          "[core][phrase]")
{
    CHECK(phrase(MESO_PHRASE("Booking", "the room has no %1"), {"laser"}) ==
          "the room has no laser");
    CHECK(phrase(MESO_PHRASE("Test", "%2 then %1, %1 again"), {"a", "b"}) == "b then a, a again");
    // A place with no argument, or not a place at all, stays as written.
    CHECK(phrase(MESO_PHRASE("Test", "%1 of %2 at 100%"), {"one"}) == "one of %2 at 100%");
    CHECK(dateText(Date{2026, 3, 9}) == "2026-03-09");
    CHECK(numberText(1234.5) == "1234.5");
}

TEST_CASE("An installed phrasebook translates phrases, dates and numbers", "[core][phrase]")
{
    const PhrasebookGuard guard;
    Phrasebook book;
    book.translate = [](const char *context, const char *text) {
        if (std::strcmp(context, "Booking") == 0 && std::strcmp(text, "the room has no %1") == 0)
            return std::string("la salle n'a pas d'équipement « %1 »");
        return std::string(text); // not translated: the English text
    };
    book.date = [](const Date &d) {
        return std::to_string(d.day) + "/" + std::to_string(d.month) + "/" + std::to_string(d.year);
    };
    book.number = [](double) { return std::string("1 234,5"); };
    installPhrasebook(book);
    CHECK(phrase(MESO_PHRASE("Booking", "the room has no %1"), {"laser"}) ==
          "la salle n'a pas d'équipement « laser »");
    CHECK(phrase(MESO_PHRASE("Booking", "the clinic is not open then")) ==
          "the clinic is not open then");
    CHECK(dateText(Date{2026, 3, 9}) == "9/3/2026");
    CHECK(numberText(1234.5) == "1 234,5");
}

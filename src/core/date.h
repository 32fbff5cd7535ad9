#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace meso::core {

// A calendar date (proleptic Gregorian), without time or zone.
struct Date
{
    int year = 1970, month = 1, day = 1;

    // Strict YYYY-MM-DD with a real day of the month; nullopt otherwise.
    static std::optional<Date> parse(std::string_view text);
    static Date fromDays(long days);
    long toDays() const; // days since 1970-01-01
    std::string toString() const;
    Date addDays(long n) const { return fromDays(toDays() + n); }
    int weekday() const; // 1 Monday .. 7 Sunday

    friend bool operator==(const Date &, const Date &) = default;
    friend auto operator<=>(const Date &a, const Date &b) { return a.toDays() <=> b.toDays(); }
};

// Whole years from `birth` to `on` (the age on that date).
int ageInYears(const Date &birth, const Date &on);

} // namespace meso::core

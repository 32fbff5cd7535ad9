#pragma once

#include <QString>

#include <optional>

namespace meso::store {
class Database;
}

namespace meso::clinic {

// Phone numbers through libphonenumber (Google's metadata of every country's numbering plan):
// stored in E.164 ("+33612345678"), shown in the national format of the clinic's country
// ("06 12 34 56 78") and in the international one for another country ("+44 20 7946 0958"), and
// searched by any form a person types ("0612345678", "06 12", "+33 6 12", "0033 6 12").
class PhoneNumbers
{
public:
    // `region`: the ISO 3166-1 alpha-2 code numbers without a country code belong to (the
    // clinic's country); empty: only numbers with their country code are understood.
    explicit PhoneNumbers(const QString &region);

    QString region() const { return m_region; }
    // E.164 of a number as typed, or nullopt when it is not a valid number (of the region,
    // when typed without a country code).
    std::optional<QString> e164(const QString &typed) const;
    // What to store for a number typed in `field`: its E.164, empty for empty; throws
    // ValidationError naming the field, with an example of a valid number, for anything else.
    QString checked(const QString &typed, const QString &field) const;
    // A mobile number as the clinic's country writes it ("06 12 34 56 78"), to show what to
    // type; without a country, one with its country code.
    QString example() const;
    // A stored number as people read it; a text that is not a number, as it is.
    QString display(const QString &stored) const;
    // What a search for `text` looks for when it is a phone number, whole or begun: its digits
    // without the country code and the national prefix ("0612" and "+33 6 12" look for "612";
    // stored numbers are found by any run of their digits). Empty when `text` is not one (a
    // name, a birth date such as 1979-07).
    QString searchDigits(const QString &text) const;
    // The start of a birth date as the search takes it ("1979", "1979-07"), not a number.
    static bool isDatePrefix(const QString &text);

private:
    QString m_region;
};

// The clinic's: its country as set in Settings; none set, numbers need their country code.
PhoneNumbers clinicPhoneNumbers(const store::Database &db);

} // namespace meso::clinic

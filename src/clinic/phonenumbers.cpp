#include "phonenumbers.h"

#include "clinicprofile.h"
#include "validationerror.h"

#include "store/settingsrepository.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <phonenumbers/phonenumberutil.h>

#include <set>

namespace meso::clinic {

namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

std::optional<PhoneNumber> parse(const QString &text, const QString &region)
{
    PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    // "ZZ": no region, so only a number with its country code parses.
    const std::string in = region.isEmpty() ? "ZZ" : region.toStdString();
    // A number with an extension ("... ext. 12") is not one an SMS reaches: E.164 has no
    // extension, and dropping it would call the switchboard instead.
    if (util->Parse(text.trimmed().toStdString(), in, &number) !=
            PhoneNumberUtil::NO_PARSING_ERROR ||
        !util->IsValidNumber(number) || number.has_extension())
        return std::nullopt;
    return number;
}

QString digitsOf(const QString &text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits += c;
    }
    return digits;
}

QString nationalPrefix(const QString &region)
{
    std::string prefix;
    if (!region.isEmpty())
        PhoneNumberUtil::GetInstance()->GetNddPrefixForRegion(region.toStdString(), true, &prefix);
    return QString::fromStdString(prefix);
}

} // namespace

PhoneNumbers::PhoneNumbers(const QString &region) : m_region(region.toUpper())
{
    // A region libphonenumber does not know (or "ZZ") counts as none.
    std::set<std::string> known;
    PhoneNumberUtil::GetInstance()->GetSupportedRegions(&known);
    if (!known.contains(m_region.toStdString()))
        m_region.clear();
}

std::optional<QString> PhoneNumbers::e164(const QString &typed) const
{
    const auto number = parse(typed, m_region);
    if (!number)
        return std::nullopt;
    std::string out;
    PhoneNumberUtil::GetInstance()->Format(*number, PhoneNumberUtil::E164, &out);
    return QString::fromStdString(out);
}

QString PhoneNumbers::checked(const QString &typed, const QString &field) const
{
    if (typed.trimmed().isEmpty())
        return {};
    if (const auto number = e164(typed))
        return *number;
    if (m_region.isEmpty())
        throw ValidationError(
            field, QCoreApplication::translate(
                       "meso::clinic::PhoneNumbers",
                       "expected a phone number with its country code, such as +33 6 12 34 56 78 "
                       "(the clinic's country, in Settings, lets numbers be typed without it)"));
    throw ValidationError(
        field, QCoreApplication::translate("meso::clinic::PhoneNumbers",
                                           "expected a phone number of the clinic's country (%1), "
                                           "such as %2, or one with its country code, such as "
                                           "+44 20 7946 0958")
                   .arg(m_region, example()));
}

QString PhoneNumbers::example() const
{
    PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber example;
    std::string shown;
    if (m_region.isEmpty() ||
        !util->GetExampleNumberForType(m_region.toStdString(), PhoneNumberUtil::MOBILE, &example))
        return QStringLiteral("+33 6 12 34 56 78");
    util->Format(example, PhoneNumberUtil::NATIONAL, &shown);
    return QString::fromStdString(shown);
}

QString PhoneNumbers::display(const QString &stored) const
{
    const auto number = parse(stored, m_region);
    if (!number)
        return stored;
    PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    std::string region, out;
    util->GetRegionCodeForNumber(*number, &region);
    util->Format(*number,
                 QString::fromStdString(region) == m_region ? PhoneNumberUtil::NATIONAL
                                                            : PhoneNumberUtil::INTERNATIONAL,
                 &out);
    return QString::fromStdString(out);
}

bool PhoneNumbers::isDatePrefix(const QString &text)
{
    static const QRegularExpression datePrefix(
        QStringLiteral("^\\s*(19|20)[0-9]{2}(-[0-9]{0,2}(-[0-9]{0,2})?)?\\s*$"));
    return datePrefix.match(text).hasMatch();
}

QString PhoneNumbers::searchDigits(const QString &text) const
{
    static const QRegularExpression phoneLike(QStringLiteral("^\\s*\\+?[0-9 ().-]+$"));
    if (!phoneLike.match(text).hasMatch() || isDatePrefix(text))
        return {};
    QString digits = digitsOf(text);
    if (digits.size() < 3)
        return {};
    QString region = m_region;
    const bool international =
        text.trimmed().startsWith(QLatin1Char('+')) ||
        (nationalPrefix(m_region) == QLatin1String("0") && digits.startsWith(QLatin1String("00")));
    if (international) {
        if (!text.trimmed().startsWith(QLatin1Char('+')))
            digits.remove(0, 2); // "0033...": the international call prefix of Europe
        // The country code: one to three digits that name a country.
        region.clear();
        for (int length = 1; length <= 3 && length < digits.size(); ++length) {
            std::string code;
            PhoneNumberUtil::GetInstance()->GetRegionCodeForCountryCode(digits.left(length).toInt(),
                                                                        &code);
            if (code != "ZZ") {
                region = QString::fromStdString(code);
                digits.remove(0, length);
                break;
            }
        }
    }
    const QString prefix = nationalPrefix(region);
    if (!prefix.isEmpty() && digits.startsWith(prefix) && digits.size() > prefix.size())
        digits.remove(0, prefix.size());
    return digits;
}

PhoneNumbers clinicPhoneNumbers(const store::Database &db)
{
    // Never a guess from this computer's locale: a Belgian clinic's 0475 12 34 56 is a valid
    // French number too, and would be stored as one.
    return PhoneNumbers(store::SettingsRepository(db).value(ClinicProfileService::countryKey()));
}

} // namespace meso::clinic

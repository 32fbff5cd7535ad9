#include "catalog.h"

#include <sodium.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <set>

namespace meso::core {

const std::string &Text::in(const std::string &lang) const
{
    const auto it = translations.find(lang);
    if (it != translations.end() && !it->second.empty())
        return it->second;
    static const std::string empty;
    const auto en = translations.find("en");
    return en != translations.end() ? en->second : empty;
}

bool Jurisdiction::allows(const std::string &country) const
{
    if (std::find(notAllowedIn.begin(), notAllowedIn.end(), country) != notAllowedIn.end())
        return false;
    return onlyIn.empty() || std::find(onlyIn.begin(), onlyIn.end(), country) != onlyIn.end();
}

const Interval &Protocol::intervalBefore(int session) const
{
    return laterInterval && session >= laterInterval->fromSession ? *laterInterval : interval;
}

bool Catalog::areasOverlap(std::string_view a, std::string_view b) const
{
    if (a == b)
        return true;
    const Area *first = findIn(areas, a);
    const Area *second = findIn(areas, b);
    auto encloses = [](const Area *inner, std::string_view outer) {
        return inner && std::find(inner->enclosing.begin(), inner->enclosing.end(), outer) !=
                            inner->enclosing.end();
    };
    return encloses(first, b) || encloses(second, a);
}

bool Catalog::areaWithin(std::string_view inner, std::string_view outer) const
{
    if (inner == outer)
        return true;
    const Area *a = findIn(areas, inner);
    return a && std::find(a->enclosing.begin(), a->enclosing.end(), outer) != a->enclosing.end();
}

namespace {

// The ASCII letters a Latin letter with a diacritic or a ligature folds to, for the code points
// of Latin-1 and Latin Extended-A that French, German, Spanish, Italian and Portuguese names use.
const char *foldedLetter(char32_t c)
{
    if (c >= 0xC0 && c <= 0xC5)
        return "a";
    if (c >= 0xE0 && c <= 0xE5)
        return "a";
    if (c >= 0xC8 && c <= 0xCB)
        return "e";
    if (c >= 0xE8 && c <= 0xEB)
        return "e";
    if (c >= 0xCC && c <= 0xCF)
        return "i";
    if (c >= 0xEC && c <= 0xEF)
        return "i";
    if ((c >= 0xD2 && c <= 0xD6) || c == 0xD8)
        return "o";
    if ((c >= 0xF2 && c <= 0xF6) || c == 0xF8)
        return "o";
    if (c >= 0xD9 && c <= 0xDC)
        return "u";
    if (c >= 0xF9 && c <= 0xFC)
        return "u";
    switch (c) {
    case 0xC6:
    case 0xE6:
        return "ae";
    case 0xC7:
    case 0xE7:
        return "c";
    case 0xD1:
    case 0xF1:
        return "n";
    case 0xDD:
    case 0xFD:
    case 0xFF:
    case 0x178:
        return "y";
    case 0xDF:
        return "ss";
    case 0x152:
    case 0x153:
        return "oe";
    case 0x2018:
    case 0x2019:
    case 0x2BC:
        return "'";
    default:
        break;
    }
    if (c >= 0x100 && c <= 0x17F) {
        // Latin Extended-A: pairs of capital and small letters, in alphabetical blocks.
        static const char *const letters[] = {"a",  "a",  "a", "a", "a",  "a",  "c", "c", "c", "c",
                                              "c",  "c",  "c", "c", "d",  "d",  "d", "d", // 0x100
                                              "e",  "e",  "e", "e", "e",  "e",  "e", "e", "e", "e",
                                              "g",  "g",  "g", "g", "g",  "g",  "g", "g", // 0x112
                                              "h",  "h",  "h", "h", "i",  "i",  "i", "i", "i", "i",
                                              "i",  "i",  "i", "i", "ij", "ij", "j", "j", // 0x124
                                              "k",  "k",  "k", "l", "l",  "l",  "l", "l", "l", "l",
                                              "l",  "l",  "l", "n", "n",  "n",  "n", "n", // 0x136
                                              "n",  "n",  "n", "n", "o",  "o",  "o", "o", "o", "o",
                                              "oe", "oe", "r", "r", "r",  "r",  "r", "r", // 0x148
                                              "s",  "s",  "s", "s", "s",  "s",  "s", "s", "t", "t",
                                              "t",  "t",  "t", "t", "u",  "u",  "u", "u", // 0x15A
                                              "u",  "u",  "u", "u", "u",  "u",  "u", "u", "w", "w",
                                              "y",  "y",  "y", "z", "z",  "z",  "z", "z", // 0x16C
                                              "z",  "s"};                                 // 0x17E
        return letters[c - 0x100];
    }
    return nullptr;
}

} // namespace

std::string normaliseName(const std::string &name)
{
    std::string out;
    bool space = false;
    auto put = [&](std::string_view piece) {
        if (space) {
            out += ' ';
            space = false;
        }
        out += piece;
    };
    for (size_t i = 0; i < name.size();) {
        const unsigned char c = static_cast<unsigned char>(name[i]);
        if (c == ' ' || c == '\t' || c == '-' || c == '_' || c == '\n' || c == '\r') {
            space = !out.empty();
            ++i;
            continue;
        }
        if (c < 0x80) {
            const char lower = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
            put(std::string_view(&lower, 1));
            ++i;
            continue;
        }
        // A UTF-8 sequence: fold the letters above, keep anything else as it is.
        const size_t length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        char32_t code = length == 1 ? c : c & (0xFF >> (length + 1));
        bool valid = length > 1 && i + length <= name.size();
        for (size_t k = 1; valid && k < length; ++k) {
            const unsigned char next = static_cast<unsigned char>(name[i + k]);
            valid = (next & 0xC0) == 0x80;
            code = (code << 6) | (next & 0x3F);
        }
        if (!valid) {
            put(std::string_view(&name[i], 1));
            ++i;
            continue;
        }
        if (code == 0xA0) { // no-break space
            space = !out.empty();
        } else if (const char *folded = foldedLetter(code)) {
            put(folded);
        } else {
            put(std::string_view(&name[i], length));
        }
        i += length;
    }
    return out;
}

std::string severityName(Severity s)
{
    switch (s) {
    case Severity::Absolute:
        return "absolute";
    case Severity::Relative:
        return "relative";
    case Severity::Caution:
        return "caution";
    }
    return {};
}

std::string scopeName(Scope s)
{
    switch (s) {
    case Scope::Patient:
        return "patient";
    case Scope::Area:
        return "area";
    case Scope::Ingredient:
        return "ingredient";
    }
    return {};
}

std::string Catalog::equipmentName(const std::string &id, const std::string &language) const
{
    const Entry *e = findIn(equipment, id);
    return e ? e->name.in(language) : id;
}

std::string CatalogProblem::toString() const
{
    return file + ": " + (pointer.empty() ? std::string("/") : pointer) + ": " + message;
}

const std::vector<std::string> &catalogFileNames()
{
    static const std::vector<std::string> names = {
        "catalog.json",    "sources.json",         "areas.json",       "indications.json",
        "conditions.json", "site_conditions.json", "treatments.json",  "techniques.json",
        "allergens.json",  "medications.json",     "ingredients.json", "aftercare.json",
        "risks.json",      "protocols.json",       "spacing.json",     "rules.json",
    };
    return names;
}

std::string canonicalFileText(const nlohmann::json &content)
{
    return content.dump(2, ' ', false, nlohmann::json::error_handler_t::strict) + "\n";
}

std::string sha256Hex(const std::string &data)
{
    if (sodium_init() < 0)
        throw std::runtime_error("libsodium could not be initialised");
    unsigned char hash[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(hash, reinterpret_cast<const unsigned char *>(data.data()), data.size());
    char hex[crypto_hash_sha256_BYTES * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, hash, sizeof hash);
    return hex;
}

} // namespace meso::core

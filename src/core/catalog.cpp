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

namespace {

const std::set<std::string> kIngredientFacts = {"id",    "allergens",   "allergy",
                                                "route", "teratogenic", "off_label"};

const std::set<std::string> kEvidence = {"regulatory", "clinical_study", "review",
                                         "expert",     "weak",           "common_practice"};

std::string describe(const nlohmann::json &j)
{
    switch (j.type()) {
    case nlohmann::json::value_t::null:
        return "null";
    case nlohmann::json::value_t::boolean:
        return "a boolean";
    case nlohmann::json::value_t::string:
        return "a string";
    case nlohmann::json::value_t::array:
        return "an array";
    case nlohmann::json::value_t::object:
        return "an object";
    default:
        return "a number";
    }
}

bool isId(const std::string &s)
{
    if (s.empty() || s.size() > 64 || s[0] < 'a' || s[0] > 'z')
        return false;
    return std::all_of(s.begin(), s.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    });
}

// Reads one catalog file, recording every problem with its JSON pointer; never throws.
class Reader
{
public:
    Reader(std::string file, std::vector<CatalogProblem> &problems)
        : m_file(std::move(file)), m_problems(problems)
    {
    }

    void problem(const std::string &pointer, const std::string &message)
    {
        m_problems.push_back({m_file, pointer, message});
    }

    // Checks that `j` is an object with only the allowed keys (required ones marked with '!').
    bool object(const nlohmann::json &j, const std::string &p, const std::vector<std::string> &keys)
    {
        if (!j.is_object()) {
            problem(p, "expected an object, got " + describe(j));
            return false;
        }
        std::set<std::string> allowed;
        for (const auto &k : keys) {
            const bool required = k.back() == '!';
            const std::string name = required ? k.substr(0, k.size() - 1) : k;
            allowed.insert(name);
            if (required && !j.contains(name))
                problem(p + "/" + name, "required field is missing");
        }
        for (const auto &[k, v] : j.items()) {
            if (!allowed.count(k))
                problem(p + "/" + k, "unknown field");
        }
        return true;
    }

    const nlohmann::json *field(const nlohmann::json &j, const std::string &key)
    {
        if (!j.is_object())
            return nullptr;
        const auto it = j.find(key);
        return it == j.end() ? nullptr : &*it;
    }

    std::string string(const nlohmann::json &j, const std::string &p, const std::string &key,
                       bool required = true)
    {
        const auto *v = field(j, key);
        if (!v)
            return {};
        if (!v->is_string() || (required && v->get<std::string>().empty())) {
            problem(p + "/" + key, "expected a non-empty string, got " + describe(*v));
            return {};
        }
        return v->get<std::string>();
    }

    std::string id(const nlohmann::json &j, const std::string &p, const std::string &key = "id")
    {
        const std::string s = string(j, p, key);
        if (!s.empty() && !isId(s))
            problem(p + "/" + key, "expected an id (lower_snake_case), got \"" + s + "\"");
        return s;
    }

    std::string oneOf(const nlohmann::json &j, const std::string &p, const std::string &key,
                      const std::set<std::string> &values)
    {
        const std::string s = string(j, p, key);
        if (!s.empty() && !values.count(s)) {
            std::string list;
            for (const auto &v : values)
                list += (list.empty() ? "" : ", ") + v;
            problem(p + "/" + key, "expected one of " + list + ", got \"" + s + "\"");
        }
        return s;
    }

    Text text(const nlohmann::json &j, const std::string &p, const std::string &key)
    {
        Text t;
        const auto *v = field(j, key);
        if (!v)
            return t;
        const std::string tp = p + "/" + key;
        if (!v->is_object()) {
            problem(tp, "expected a text object such as {\"en\": \"...\"}, got " + describe(*v));
            return t;
        }
        for (const auto &[lang, s] : v->items()) {
            if (lang.size() != 2 || !std::islower(static_cast<unsigned char>(lang[0])) ||
                !std::islower(static_cast<unsigned char>(lang[1]))) {
                problem(tp + "/" + lang, "expected a two-letter language code");
                continue;
            }
            if (!s.is_string() || s.get<std::string>().empty()) {
                problem(tp + "/" + lang, "expected a non-empty string, got " + describe(s));
                continue;
            }
            t.translations[lang] = s.get<std::string>();
        }
        if (!v->contains("en"))
            problem(tp + "/en", "the English text is required");
        return t;
    }

    double number(const nlohmann::json &j, const std::string &p, const std::string &key, double min,
                  double max)
    {
        const auto *v = field(j, key);
        if (!v)
            return min;
        if (!v->is_number()) {
            problem(p + "/" + key, "expected a number, got " + describe(*v));
            return min;
        }
        const double d = v->get<double>();
        if (!(d >= min && d <= max)) {
            problem(p + "/" + key, "expected a number from " + js::numberToString(min) + " to " +
                                       js::numberToString(max) + ", got " + js::numberToString(d));
            return min;
        }
        return d;
    }

    int integer(const nlohmann::json &j, const std::string &p, const std::string &key, int min,
                int max)
    {
        const auto *v = field(j, key);
        if (!v)
            return min;
        if (!v->is_number_integer()) {
            problem(p + "/" + key, "expected a whole number, got " + describe(*v));
            return min;
        }
        const auto i = v->get<std::int64_t>();
        if (i < min || i > max) {
            problem(p + "/" + key, "expected a whole number from " + std::to_string(min) + " to " +
                                       std::to_string(max) + ", got " + std::to_string(i));
            return min;
        }
        return static_cast<int>(i);
    }

    bool boolean(const nlohmann::json &j, const std::string &p, const std::string &key, bool def)
    {
        const auto *v = field(j, key);
        if (!v)
            return def;
        if (!v->is_boolean()) {
            problem(p + "/" + key, "expected true or false, got " + describe(*v));
            return def;
        }
        return v->get<bool>();
    }

    std::vector<std::string> strings(const nlohmann::json &j, const std::string &p,
                                     const std::string &key, bool ids)
    {
        std::vector<std::string> out;
        const auto *v = field(j, key);
        if (!v)
            return out;
        if (!v->is_array()) {
            problem(p + "/" + key, "expected an array, got " + describe(*v));
            return out;
        }
        std::set<std::string> seen;
        for (size_t i = 0; i < v->size(); ++i) {
            const auto &e = (*v)[i];
            const std::string ep = p + "/" + key + "/" + std::to_string(i);
            if (!e.is_string() || e.get<std::string>().empty()) {
                problem(ep, "expected a non-empty string, got " + describe(e));
                continue;
            }
            const std::string s = e.get<std::string>();
            if (ids && !isId(s))
                problem(ep, "expected an id (lower_snake_case), got \"" + s + "\"");
            if (!seen.insert(s).second)
                problem(ep, "\"" + s + "\" is listed twice");
            out.push_back(s);
        }
        return out;
    }

    // Iterates a top-level or nested array of entries, checking that ids are unique.
    void entries(const nlohmann::json &list, const std::string &p,
                 const std::function<void(const nlohmann::json &, const std::string &)> &each)
    {
        if (!list.is_array()) {
            problem(p, "expected an array, got " + describe(list));
            return;
        }
        std::set<std::string> ids;
        for (size_t i = 0; i < list.size(); ++i) {
            const std::string ep = p + "/" + std::to_string(i);
            const auto &e = list[i];
            if (e.is_object() && e.contains("id") && e["id"].is_string() &&
                !ids.insert(e["id"].get<std::string>()).second)
                problem(ep + "/id", "duplicate id \"" + e["id"].get<std::string>() + "\"");
            each(e, ep);
        }
    }

    const std::string &file() const { return m_file; }

private:
    std::string m_file;
    std::vector<CatalogProblem> &m_problems;
};

// A reference to check once every file is read: (file, pointer, id, what it must name).
struct Reference
{
    std::string file, pointer, id, kind;
};

class CatalogBuilder
{
public:
    explicit CatalogBuilder(std::vector<CatalogProblem> &problems) : m_problems(problems) {}

    void ref(Reader &r, const std::string &pointer, const std::string &id, const std::string &kind)
    {
        if (!id.empty())
            m_refs.push_back({r.file(), pointer, id, kind});
    }

    void refs(Reader &r, const std::string &pointer, const std::vector<std::string> &ids,
              const std::string &kind)
    {
        for (size_t i = 0; i < ids.size(); ++i)
            ref(r, pointer + "/" + std::to_string(i), ids[i], kind);
    }

    void sourceAndEvidence(Reader &r, const nlohmann::json &j, const std::string &p,
                           std::string &source, std::string &evidence)
    {
        source = r.string(j, p, "source");
        size_t start = 0;
        while (start < source.size()) {
            size_t end = source.find(' ', start);
            if (end == std::string::npos)
                end = source.size();
            if (end > start)
                ref(r, p + "/source", source.substr(start, end - start), "source");
            start = end + 1;
        }
        evidence = r.oneOf(j, p, "evidence", kEvidence);
    }

    Entry entry(Reader &r, const nlohmann::json &j, const std::string &p)
    {
        Entry e;
        e.id = r.id(j, p);
        e.name = r.text(j, p, "name");
        return e;
    }

    void readSimpleList(Reader &r, const nlohmann::json &doc, std::vector<Entry> &out)
    {
        r.entries(doc, "", [&](const nlohmann::json &j, const std::string &p) {
            if (r.object(j, p, {"id!", "name!"}))
                out.push_back(entry(r, j, p));
        });
    }

    void read(const std::string &file, const nlohmann::json &doc)
    {
        Reader r(file, m_problems);
        if (file == "catalog.json") {
            if (!r.object(doc, "", {"format!", "name!", "edition!", "currency!", "languages!"}))
                return;
            const int format = r.integer(doc, "", "format", 1, 99);
            if (doc.contains("format") && format == 1)
                r.problem("/format",
                          "format 1 is the catalog of MesoPlan before edition 2026.12; bring it to "
                          "format " +
                              std::to_string(kCatalogFormat) +
                              " as docs/catalog-format.md (\"Upgrading from format 1\") says");
            else if (doc.contains("format") && format != kCatalogFormat)
                r.problem("/format", "expected format " + std::to_string(kCatalogFormat) +
                                         ", got " + std::to_string(format));
            m_catalog.name = r.text(doc, "", "name");
            m_catalog.edition = r.string(doc, "", "edition");
            m_catalog.currency = r.string(doc, "", "currency");
            if (!m_catalog.currency.empty() &&
                (m_catalog.currency.size() != 3 ||
                 !std::all_of(m_catalog.currency.begin(), m_catalog.currency.end(), ::isupper)))
                r.problem("/currency", "expected an ISO 4217 code such as \"EUR\"");
            m_catalog.languages = r.strings(doc, "", "languages", true);
            if (std::find(m_catalog.languages.begin(), m_catalog.languages.end(), "en") ==
                m_catalog.languages.end())
                r.problem("/languages", "\"en\" is required");
        } else if (file == "sources.json") {
            r.entries(doc, "", [&](const nlohmann::json &j, const std::string &p) {
                if (!r.object(j, p, {"id!", "citation!", "evidence!"}))
                    return;
                Source s;
                s.id = r.string(j, p, "id");
                if (s.id.find(' ') != std::string::npos)
                    r.problem(p + "/id", "a source key has no spaces");
                s.citation = r.string(j, p, "citation");
                s.evidence = r.oneOf(j, p, "evidence", kEvidence);
                m_catalog.sources.push_back(s);
            });
        } else if (file == "areas.json") {
            r.entries(doc, "", [&](const nlohmann::json &j, const std::string &p) {
                if (!r.object(j, p, {"id!", "name!", "region!", "view!", "within"}))
                    return;
                Area a;
                static_cast<Entry &>(a) = entry(r, j, p);
                a.region = r.oneOf(j, p, "region", {"face", "scalp", "body"});
                a.view = r.oneOf(j, p, "view", {"front", "back"});
                a.within = r.strings(j, p, "within", true);
                refs(r, p + "/within", a.within, "area");
                if (std::find(a.within.begin(), a.within.end(), a.id) != a.within.end())
                    r.problem(p + "/within", "an area cannot be within itself");
                m_catalog.areas.push_back(a);
            });
        } else if (file == "indications.json") {
            readSimpleList(r, doc, m_catalog.indications);
        } else if (file == "conditions.json") {
            readSimpleList(r, doc, m_catalog.conditions);
        } else if (file == "site_conditions.json") {
            readSimpleList(r, doc, m_catalog.siteConditions);
        } else if (file == "treatments.json") {
            readSimpleList(r, doc, m_catalog.treatments);
        } else if (file == "techniques.json") {
            r.entries(doc, "", [&](const nlohmann::json &j, const std::string &p) {
                if (!r.object(j, p, {"id!", "name!", "depth_mm!", "notes", "source!", "evidence!"}))
                    return;
                Technique t;
                static_cast<Entry &>(t) = entry(r, j, p);
                readRange(r, j, p, "depth_mm", 0, 20, t.depthMin, t.depthMax);
                t.notes = r.text(j, p, "notes");
                sourceAndEvidence(r, j, p, t.source, t.evidence);
                m_catalog.techniques.push_back(t);
            });
        } else if (file == "allergens.json") {
            if (!r.object(doc, "", {"groups!", "allergens!"}))
                return;
            r.entries(doc.value("groups", nlohmann::json::array()), "/groups",
                      [&](const nlohmann::json &j, const std::string &p) {
                          if (!r.object(j, p,
                                        {"id!", "name!", "aliases", "cross_reactivity!", "source!",
                                         "evidence!"}))
                              return;
                          AllergenGroup g;
                          static_cast<Entry &>(g) = entry(r, j, p);
                          g.aliases = r.strings(j, p, "aliases", false);
                          g.fullCrossReactivity =
                              r.oneOf(j, p, "cross_reactivity", {"full", "warn"}) == "full";
                          sourceAndEvidence(r, j, p, g.source, g.evidence);
                          m_catalog.allergenGroups.push_back(g);
                      });
            r.entries(doc.value("allergens", nlohmann::json::array()), "/allergens",
                      [&](const nlohmann::json &j, const std::string &p) {
                          if (!r.object(j, p, {"id!", "name!", "aliases", "groups", "origins"}))
                              return;
                          Allergen a;
                          static_cast<Entry &>(a) = entry(r, j, p);
                          a.aliases = r.strings(j, p, "aliases", false);
                          a.origins = r.strings(j, p, "origins", true);
                          a.groups = r.strings(j, p, "groups", true);
                          refs(r, p + "/groups", a.groups, "allergen group");
                          m_catalog.allergens.push_back(a);
                      });
        } else if (file == "medications.json") {
            if (!r.object(doc, "", {"classes!", "medications!"}))
                return;
            readSimpleListAt(r, doc.value("classes", nlohmann::json::array()), "/classes",
                             m_catalog.medicationClasses);
            r.entries(
                doc.value("medications", nlohmann::json::array()), "/medications",
                [&](const nlohmann::json &j, const std::string &p) {
                    if (!r.object(j, p,
                                  {"id!", "name!", "class!", "aliases", "source!", "evidence!"}))
                        return;
                    Medication m;
                    static_cast<Entry &>(m) = entry(r, j, p);
                    m.medicationClass = r.id(j, p, "class");
                    ref(r, p + "/class", m.medicationClass, "medication class");
                    m.aliases = r.strings(j, p, "aliases", false);
                    sourceAndEvidence(r, j, p, m.source, m.evidence);
                    m_catalog.medications.push_back(m);
                });
        } else if (file == "ingredients.json") {
            r.entries(doc, "", [&](const nlohmann::json &j, const std::string &p) {
                if (!r.object(j, p,
                              {"id!", "name!", "aliases", "class!", "dose", "allergens", "origin",
                               "formulation!", "teratogenic", "off_label", "source!", "evidence!"}))
                    return;
                Ingredient i;
                static_cast<Entry &>(i) = entry(r, j, p);
                i.aliases = r.strings(j, p, "aliases", false);
                i.ingredientClass = r.text(j, p, "class");
                i.dose = r.text(j, p, "dose");
                i.allergens = r.strings(j, p, "allergens", true);
                refs(r, p + "/allergens", i.allergens, "allergen");
                if (j.contains("origin"))
                    i.origin = r.id(j, p, "origin");
                if (const auto *f = r.field(j, "formulation");
                    f && r.object(*f, p + "/formulation", {"route!", "vehicle!", "fat_soluble!"})) {
                    const std::string fp = p + "/formulation";
                    i.formulation.route = r.oneOf(*f, fp, "route", {"injection", "topical"});
                    i.formulation.vehicle = r.oneOf(
                        *f, fp, "vehicle", {"aqueous", "micellar", "oil", "alcohol", "cream"});
                    i.formulation.fatSoluble = r.boolean(*f, fp, "fat_soluble", false);
                    // The hard rule of R1: nothing oil- or alcohol-based is injected, and a
                    // fat-soluble substance only solubilised in water.
                    if (i.formulation.route == "injection" && i.formulation.vehicle != "aqueous" &&
                        i.formulation.vehicle != "micellar")
                        r.problem(fp + "/vehicle",
                                  "an injected ingredient must be aqueous or micellar, got \"" +
                                      i.formulation.vehicle +
                                      "\" (never inject oil- or alcohol-based substances, R1)");
                    else if (i.formulation.route == "injection" && i.formulation.fatSoluble &&
                             i.formulation.vehicle != "micellar")
                        r.problem(fp + "/vehicle",
                                  "a fat-soluble ingredient is injected only solubilised in water "
                                  "(\"micellar\"), got \"" +
                                      i.formulation.vehicle + "\" (R1)");
                }
                i.teratogenic = r.boolean(j, p, "teratogenic", false);
                i.offLabel = r.boolean(j, p, "off_label", false);
                sourceAndEvidence(r, j, p, i.source, i.evidence);
                m_catalog.ingredients.push_back(i);
            });
        } else if (file == "aftercare.json") {
            r.entries(doc, "", [&](const nlohmann::json &j, const std::string &p) {
                if (!r.object(j, p, {"id!", "name!", "items!"}))
                    return;
                AftercareSet s;
                static_cast<Entry &>(s) = entry(r, j, p);
                const auto *items = r.field(j, "items");
                if (items && (!items->is_array() || items->empty()))
                    r.problem(p + "/items", "expected a non-empty array");
                else if (items) {
                    for (size_t k = 0; k < items->size(); ++k) {
                        const std::string ip = p + "/items/" + std::to_string(k);
                        if (!r.object((*items)[k], ip, {"text!", "source!", "evidence!"}))
                            continue;
                        AftercareItem item;
                        item.text = r.text((*items)[k], ip, "text");
                        sourceAndEvidence(r, (*items)[k], ip, item.source, item.evidence);
                        s.items.push_back(item);
                    }
                }
                m_catalog.aftercare.push_back(s);
            });
        } else if (file == "risks.json") {
            r.entries(doc, "", [&](const nlohmann::json &j, const std::string &p) {
                if (!r.object(j, p, {"id!", "text!", "serious!", "source!", "evidence!"}))
                    return;
                Risk k;
                k.id = r.id(j, p);
                k.text = r.text(j, p, "text");
                k.serious = r.boolean(j, p, "serious", false);
                sourceAndEvidence(r, j, p, k.source, k.evidence);
                m_catalog.risks.push_back(k);
            });
        } else if (file == "protocols.json") {
            r.entries(doc, "", [&](const nlohmann::json &j, const std::string &p) {
                readProtocol(r, j, p);
            });
        } else if (file == "spacing.json") {
            r.entries(doc, "", [&](const nlohmann::json &j, const std::string &p) {
                if (!r.object(j, p,
                              {"id!", "earlier!", "min_days!", "same_area!", "areas",
                               "protocol_interval", "message!", "source!", "evidence!"}))
                    return;
                SpacingRule s;
                s.id = r.id(j, p);
                s.earlier = r.strings(j, p, "earlier", true);
                if (s.earlier.empty() && j.contains("earlier"))
                    r.problem(p + "/earlier", "expected at least one treatment");
                refs(r, p + "/earlier", s.earlier, "treatment");
                s.minDays = r.integer(j, p, "min_days", 1, 3650);
                s.sameArea = r.boolean(j, p, "same_area", true);
                s.protocolInterval = r.boolean(j, p, "protocol_interval", false);
                s.areas = r.strings(j, p, "areas", true);
                refs(r, p + "/areas", s.areas, "area");
                s.message = r.text(j, p, "message");
                sourceAndEvidence(r, j, p, s.source, s.evidence);
                m_catalog.spacing.push_back(s);
            });
        } else if (file == "rules.json") {
            if (!r.object(doc, "", {"screening!", "plan!"}))
                return;
            r.entries(
                doc.value("screening", nlohmann::json::array()), "/screening",
                [&](const nlohmann::json &j, const std::string &p) { readScreeningRule(r, j, p); });
            r.entries(
                doc.value("plan", nlohmann::json::array()), "/plan",
                [&](const nlohmann::json &j, const std::string &p) { readPlanRule(r, j, p); });
        }
    }

    void readSimpleListAt(Reader &r, const nlohmann::json &list, const std::string &prefix,
                          std::vector<Entry> &out)
    {
        r.entries(list, prefix, [&](const nlohmann::json &j, const std::string &p) {
            if (r.object(j, p, {"id!", "name!"}))
                out.push_back(entry(r, j, p));
        });
    }

    void sourcing(Reader &r, const nlohmann::json &j, const std::string &p, Sourcing &out)
    {
        sourceAndEvidence(r, j, p, out.source, out.evidence);
    }

    // An interval object: days, min_days, tolerance_days with their source, plus `extra` keys.
    bool readInterval(Reader &r, const nlohmann::json &iv, const std::string &p,
                      std::vector<std::string> extra, Interval &out)
    {
        extra.insert(extra.end(),
                     {"days!", "min_days!", "tolerance_days!", "source!", "evidence!"});
        if (!r.object(iv, p, extra))
            return false;
        out.days = r.integer(iv, p, "days", 1, 365);
        out.minDays = r.integer(iv, p, "min_days", 1, 365);
        out.toleranceDays = r.integer(iv, p, "tolerance_days", 0, 365);
        sourcing(r, iv, p, out.sourcing);
        if (out.minDays > out.days)
            r.problem(p, "min_days " + std::to_string(out.minDays) + " is greater than days " +
                             std::to_string(out.days));
        if (out.toleranceDays > out.days)
            r.problem(p + "/tolerance_days", "expected at most the interval itself");
        return true;
    }

    void readRange(Reader &r, const nlohmann::json &j, const std::string &p, const std::string &key,
                   double min, double max, double &lo, double &hi)
    {
        const auto *v = r.field(j, key);
        if (!v)
            return;
        if (!v->is_array() || v->size() != 2 || !(*v)[0].is_number() || !(*v)[1].is_number()) {
            r.problem(p + "/" + key, "expected [min, max] in millimetres");
            return;
        }
        lo = (*v)[0].get<double>();
        hi = (*v)[1].get<double>();
        if (!(lo >= min && hi <= max))
            r.problem(p + "/" + key, "expected depths from " + js::numberToString(min) + " to " +
                                         js::numberToString(max) + " mm");
        if (lo > hi)
            r.problem(p + "/" + key, "min " + js::numberToString(lo) + " is greater than max " +
                                         js::numberToString(hi));
    }

    // Where a rule runs decides which facts it can read (docs/rules.md).
    enum class RuleKind
    {
        Patient,
        Area,
        Ingredient,
        Plan
    };

    Logic logic(Reader &r, const nlohmann::json &j, const std::string &p, const std::string &ruleId,
                RuleKind kind)
    {
        const auto *w = r.field(j, "when");
        if (!w)
            return {};
        try {
            Logic compiled = Logic::compile(*w, Logic::Mode::Strict);
            factRefs(r, *w, p + "/when", ruleId, kind);
            return compiled;
        } catch (const LogicError &e) {
            r.problem(p + "/when" + e.pointer(), "rule \"" + ruleId + "\": " + e.what());
        }
        return {};
    }

    // The facts a rule's `var`s name and the catalog ids it compares them with. A misspelt fact
    // or id would otherwise make a rule that silently never fires. Inside the body of an array
    // operator (map, filter, all, ...) `var` reads the element, so only the list is checked.
    void factRefs(Reader &r, const nlohmann::json &node, const std::string &pointer,
                  const std::string &ruleId, RuleKind kind)
    {
        if (node.is_array()) {
            for (size_t i = 0; i < node.size(); ++i)
                factRefs(r, node[i], pointer + "/" + std::to_string(i), ruleId, kind);
            return;
        }
        if (!node.is_object() || node.size() != 1)
            return;
        const std::string &op = node.begin().key();
        const nlohmann::json &args = node.begin().value();
        const std::string opPointer = pointer + "/" + escapePointerToken(op);
        if (op == "var") {
            const nlohmann::json &name = args.is_array() && !args.empty() ? args[0] : args;
            if (name.is_string())
                factPath(r, name.get<std::string>(), args.is_array() ? opPointer + "/0" : opPointer,
                         ruleId, kind);
            return;
        }
        const bool arrayOperator = op == "map" || op == "filter" || op == "reduce" || op == "all" ||
                                   op == "some" || op == "none";
        if (arrayOperator) {
            if (args.is_array() && !args.empty())
                factRefs(r, args[0], opPointer + "/0", ruleId, kind);
            return;
        }
        if (args.is_array() && args.size() == 2) {
            // {"in": ["id", {"var": "list"}]} and {"==": [{"var": "fact"}, "id"]} in either order.
            auto varName = [](const nlohmann::json &a) -> std::string {
                if (!a.is_object() || a.size() != 1 || !a.contains("var"))
                    return {};
                const nlohmann::json &v = a["var"];
                const nlohmann::json &n = v.is_array() && !v.empty() ? v[0] : v;
                return n.is_string() ? n.get<std::string>() : std::string();
            };
            static const std::map<std::string, std::string> listKinds = {
                {"conditions", "condition"},
                {"site_conditions", "site condition"},
                {"medications", "medication"},
                {"medication_classes", "medication class"},
                {"allergies", "allergen"},
                {"allergen_groups", "allergen group"},
                {"areas", "area"},
                {"indications", "indication"},
                {"ingredient.allergens", "allergen"}};
            static const std::map<std::string, std::string> scalarKinds = {
                {"area", "area"},
                {"ingredient.id", "ingredient"},
                {"request.area", "area"},
                {"request.indication", "indication"},
                {"protocol", "protocol"}};
            if (op == "in" && args[0].is_string()) {
                const auto it = listKinds.find(varName(args[1]));
                if (it != listKinds.end())
                    ref(r, opPointer + "/0", args[0].get<std::string>(), it->second);
            }
            if (op == "==" || op == "===" || op == "!=" || op == "!==") {
                for (int i = 0; i < 2; ++i) {
                    const auto it = scalarKinds.find(varName(args[i]));
                    if (it != scalarKinds.end() && args[1 - i].is_string())
                        ref(r, opPointer + "/" + std::to_string(1 - i),
                            args[1 - i].get<std::string>(), it->second);
                }
            }
        }
        factRefs(r, args, opPointer, ruleId, kind);
    }

    void factPath(Reader &r, const std::string &path, const std::string &pointer,
                  const std::string &ruleId, RuleKind kind)
    {
        const size_t dot = path.find('.');
        const std::string head = path.substr(0, dot);
        const std::string rest = dot == std::string::npos ? std::string() : path.substr(dot + 1);
        static const std::set<std::string> everywhere = {"age",
                                                         "sex",
                                                         "fitzpatrick",
                                                         "country",
                                                         "conditions",
                                                         "medications",
                                                         "medication_classes",
                                                         "stopped_medications",
                                                         "unknown_medications",
                                                         "allergies",
                                                         "allergen_groups",
                                                         "unknown_allergies",
                                                         "recent_treatments",
                                                         "days_since",
                                                         "requests",
                                                         "areas",
                                                         "indications"};
        static const std::map<std::string, RuleKind> scoped = {{"area", RuleKind::Area},
                                                               {"site_conditions", RuleKind::Area},
                                                               {"ingredient", RuleKind::Ingredient},
                                                               {"request", RuleKind::Plan},
                                                               {"protocol", RuleKind::Plan}};
        const auto it = scoped.find(head);
        if (!everywhere.count(head) && it == scoped.end()) {
            r.problem(pointer,
                      "rule \"" + ruleId + "\": unknown fact \"" + head + "\" (see docs/rules.md)");
            return;
        }
        if (it != scoped.end() && it->second != kind) {
            static const char *where[] = {"", "area-scoped rules", "ingredient-scoped rules",
                                          "plan rules"};
            r.problem(pointer, "rule \"" + ruleId + "\": the fact \"" + head +
                                   "\" exists only in " + where[static_cast<int>(it->second)]);
            return;
        }
        const std::string first = rest.substr(0, rest.find('.'));
        if (head == "days_since" && !first.empty())
            ref(r, pointer, first, "treatment");
        else if (head == "stopped_medications" && !first.empty())
            ref(r, pointer, first, "medication");
        else if (head == "ingredient" && !first.empty() && !kIngredientFacts.count(first))
            r.problem(pointer, "rule \"" + ruleId +
                                   "\": the ingredient fact has id, allergens, allergy, route, "
                                   "teratogenic and off_label, not \"" +
                                   first + "\"");
        else if (head == "request" && !first.empty() && first != "indication" && first != "area")
            r.problem(pointer, "rule \"" + ruleId +
                                   "\": the request fact has indication and area, not \"" + first +
                                   "\"");
    }

    void readScreeningRule(Reader &r, const nlohmann::json &j, const std::string &p)
    {
        if (!r.object(j, p,
                      {"id!", "severity!", "scope!", "areas", "ingredients", "when!", "message!",
                       "source!", "evidence!"}))
            return;
        ScreeningRule s;
        s.id = r.id(j, p);
        const std::string severity = r.oneOf(j, p, "severity", {"absolute", "relative", "caution"});
        s.severity = severity == "absolute"   ? Severity::Absolute
                     : severity == "relative" ? Severity::Relative
                                              : Severity::Caution;
        const std::string scope = r.oneOf(j, p, "scope", {"patient", "area", "ingredient"});
        s.scope = scope == "area"         ? Scope::Area
                  : scope == "ingredient" ? Scope::Ingredient
                                          : Scope::Patient;
        s.areas = r.strings(j, p, "areas", true);
        refs(r, p + "/areas", s.areas, "area");
        s.ingredients = r.strings(j, p, "ingredients", true);
        refs(r, p + "/ingredients", s.ingredients, "ingredient");
        if (!s.areas.empty() && s.scope != Scope::Area)
            r.problem(p + "/areas", "only an area-scoped rule can list areas");
        if (!s.ingredients.empty() && s.scope != Scope::Ingredient)
            r.problem(p + "/ingredients", "only an ingredient-scoped rule can list ingredients");
        s.when = logic(r, j, p, s.id,
                       s.scope == Scope::Area         ? RuleKind::Area
                       : s.scope == Scope::Ingredient ? RuleKind::Ingredient
                                                      : RuleKind::Patient);
        s.message = r.text(j, p, "message");
        placeholders(r, p + "/message", s.message);
        sourceAndEvidence(r, j, p, s.source, s.evidence);
        m_catalog.screeningRules.push_back(s);
    }

    // The placeholders a screening message may use (docs/catalog-format.md); a misspelt one would
    // be shown to the practitioner as it is.
    void placeholders(Reader &r, const std::string &p, const Text &message)
    {
        for (const auto &[lang, text] : message.translations) {
            for (size_t open = text.find('{'); open != std::string::npos;
                 open = text.find('{', open + 1)) {
                const size_t close = text.find('}', open);
                const std::string name = text.substr(
                    open + 1, close == std::string::npos ? std::string::npos : close - open - 1);
                const std::string where = p + "/" + lang;
                static const std::set<std::string> plain = {
                    "area", "ingredient", "unknown_medications", "unknown_allergies"};
                if (close == std::string::npos) {
                    r.problem(where, "a '{' without its '}'");
                    break;
                }
                if (plain.count(name))
                    continue;
                if (name.rfind("medications:", 0) == 0)
                    ref(r, where, name.substr(12), "medication class");
                else if (name.rfind("allergies:", 0) == 0)
                    ref(r, where, name.substr(10), "allergen group");
                else if (name.rfind("recorded:", 0) == 0)
                    ref(r, where, name.substr(9), "site condition");
                else
                    r.problem(
                        where,
                        "unknown placeholder {" + name +
                            "} (expected {area}, {ingredient}, "
                            "{unknown_medications}, {unknown_allergies}, {medications:CLASS}, "
                            "{allergies:GROUP} or {recorded:SITE_CONDITION})");
            }
        }
    }

    void readPlanRule(Reader &r, const nlohmann::json &j, const std::string &p)
    {
        if (!r.object(j, p,
                      {"id!", "when!", "protocols", "effect!", "message!", "source!", "evidence!"}))
            return;
        PlanRule s;
        s.id = r.id(j, p);
        s.when = logic(r, j, p, s.id, RuleKind::Plan);
        s.protocols = r.strings(j, p, "protocols", true);
        refs(r, p + "/protocols", s.protocols, "protocol");
        const auto *effect = r.field(j, "effect");
        const std::string ep = p + "/effect";
        if (effect && r.object(*effect, ep, {"sessions", "aftercare", "technique"})) {
            if (effect->empty())
                r.problem(ep, "an effect needs at least one of sessions, aftercare, technique");
            if (const auto *ses = r.field(*effect, "sessions")) {
                if (ses->is_string() && (*ses == "min" || *ses == "default" || *ses == "max")) {
                    s.effect.sessions = ses->get<std::string>();
                } else if (ses->is_object() && ses->size() == 1 && ses->contains("add") &&
                           (*ses)["add"].is_number_integer()) {
                    s.effect.sessions = "add";
                    s.effect.sessionsAdd = (*ses)["add"].get<int>();
                    if (std::abs(s.effect.sessionsAdd) > 20)
                        r.problem(ep + "/sessions/add", "expected a whole number from -20 to 20");
                } else {
                    r.problem(ep + "/sessions",
                              "expected \"min\", \"default\", \"max\" or {\"add\": n}");
                }
            }
            s.effect.aftercare = r.strings(*effect, ep, "aftercare", true);
            refs(r, ep + "/aftercare", s.effect.aftercare, "aftercare set");
            if (effect->contains("technique")) {
                s.effect.technique = r.id(*effect, ep, "technique");
                ref(r, ep + "/technique", s.effect.technique, "technique");
            }
        }
        s.message = r.text(j, p, "message");
        sourceAndEvidence(r, j, p, s.source, s.evidence);
        m_catalog.planRules.push_back(s);
    }

    void readProtocol(Reader &r, const nlohmann::json &j, const std::string &p)
    {
        if (!r.object(j, p, {"id!",       "name!",      "indications!",   "areas!",
                             "rank!",     "technique!", "depth_mm!",      "needle!",
                             "sessions!", "interval!",  "later_interval", "maintenance!",
                             "session!",  "price!",     "jurisdiction",   "equipment",
                             "cocktail!", "aftercare!", "risks",          "source!",
                             "evidence!"}))
            return;
        Protocol pr;
        static_cast<Entry &>(pr) = entry(r, j, p);
        pr.indications = r.strings(j, p, "indications", true);
        refs(r, p + "/indications", pr.indications, "indication");
        pr.areas = r.strings(j, p, "areas", true);
        refs(r, p + "/areas", pr.areas, "area");
        if (pr.indications.empty() && j.contains("indications"))
            r.problem(p + "/indications", "expected at least one indication");
        if (pr.areas.empty() && j.contains("areas"))
            r.problem(p + "/areas", "expected at least one area");
        pr.rank = r.integer(j, p, "rank", 1, 99);
        pr.technique = r.id(j, p, "technique");
        ref(r, p + "/technique", pr.technique, "technique");
        readRange(r, j, p, "depth_mm", 0, 20, pr.depthMin, pr.depthMax);
        m_depthChecks.push_back({r.file(), p, pr.technique, pr.depthMin, pr.depthMax});
        pr.needle = r.string(j, p, "needle");
        // Every number of a protocol carries its own source and evidence level.
        if (const auto *s = r.field(j, "sessions");
            s &&
            r.object(*s, p + "/sessions", {"min!", "default!", "max!", "source!", "evidence!"})) {
            pr.sessionsMin = r.integer(*s, p + "/sessions", "min", 1, 30);
            pr.sessionsDefault = r.integer(*s, p + "/sessions", "default", 1, 30);
            pr.sessionsMax = r.integer(*s, p + "/sessions", "max", 1, 30);
            sourcing(r, *s, p + "/sessions", pr.sessionsSourcing);
            if (pr.sessionsMin > pr.sessionsMax)
                r.problem(p + "/sessions", "min " + std::to_string(pr.sessionsMin) +
                                               " is greater than max " +
                                               std::to_string(pr.sessionsMax));
            else if (pr.sessionsDefault < pr.sessionsMin || pr.sessionsDefault > pr.sessionsMax)
                r.problem(p + "/sessions/default", "expected a default between min and max");
        }
        if (const auto *iv = r.field(j, "interval"))
            readInterval(r, *iv, p + "/interval", {}, pr.interval);
        if (const auto *later = r.field(j, "later_interval")) {
            IntervalPhase phase;
            if (readInterval(r, *later, p + "/later_interval", {"from_session!"}, phase)) {
                phase.fromSession = r.integer(*later, p + "/later_interval", "from_session", 2, 30);
                if (later->contains("from_session") && phase.fromSession > pr.sessionsMax)
                    r.problem(p + "/later_interval/from_session",
                              "expected a session of the course (at most " +
                                  std::to_string(pr.sessionsMax) + ")");
                pr.laterInterval = phase;
            }
        }
        auto sourcedNumber = [&](const char *key, const char *number, int min, int max, int &value,
                                 Sourcing &sourcing) {
            const auto *o = r.field(j, key);
            const std::string op = p + "/" + key;
            if (!o || !r.object(*o, op, {std::string(number) + "!", "source!", "evidence!"}))
                return;
            value = r.integer(*o, op, number, min, max);
            this->sourcing(r, *o, op, sourcing);
        };
        sourcedNumber("maintenance", "days", 0, 3650, pr.maintenanceDays, pr.maintenanceSourcing);
        sourcedNumber("session", "minutes", 5, 240, pr.sessionMinutes, pr.minutesSourcing);
        if (const auto *price = r.field(j, "price");
            price && r.object(*price, p + "/price", {"per_session!", "source!", "evidence!"})) {
            pr.pricePerSession = r.number(*price, p + "/price", "per_session", 0, 100000);
            sourcing(r, *price, p + "/price", pr.priceSourcing);
        }
        if (const auto *jur = r.field(j, "jurisdiction");
            jur && r.object(*jur, p + "/jurisdiction",
                            {"not_allowed_in", "only_in", "note!", "source!", "evidence!"})) {
            const std::string jp = p + "/jurisdiction";
            for (const auto &[key, list] : {std::pair<const char *, std::vector<std::string> *>{
                                                "not_allowed_in", &pr.jurisdiction.notAllowedIn},
                                            {"only_in", &pr.jurisdiction.onlyIn}}) {
                *list = r.strings(*jur, jp, key, false);
                for (size_t k = 0; k < list->size(); ++k) {
                    const std::string &code = (*list)[k];
                    if (code.size() != 2 || !std::isupper(static_cast<unsigned char>(code[0])) ||
                        !std::isupper(static_cast<unsigned char>(code[1])))
                        r.problem(
                            jp + "/" + key + "/" + std::to_string(k),
                            "expected an ISO 3166-1 alpha-2 country code such as \"FR\", got \"" +
                                code + "\"");
                }
            }
            if (!pr.jurisdiction.restricted())
                r.problem(jp, "expected not_allowed_in or only_in");
            pr.jurisdiction.note = r.text(*jur, jp, "note");
            sourcing(r, *jur, jp, pr.jurisdiction.sourcing);
        }
        pr.equipment = r.strings(j, p, "equipment", true);
        const auto *cocktail = r.field(j, "cocktail");
        if (cocktail && (!cocktail->is_array() || cocktail->empty())) {
            r.problem(p + "/cocktail", "expected a non-empty array of cocktail lines");
        } else if (cocktail) {
            std::set<std::string> seen;
            for (size_t k = 0; k < cocktail->size(); ++k) {
                const auto &l = (*cocktail)[k];
                const std::string lp = p + "/cocktail/" + std::to_string(k);
                if (!r.object(l, lp,
                              {"ingredient!", "amount!", "volume_ml!", "essential!", "source!",
                               "evidence!"}))
                    continue;
                CocktailLine line;
                line.ingredient = r.id(l, lp, "ingredient");
                ref(r, lp + "/ingredient", line.ingredient, "ingredient");
                if (!line.ingredient.empty() && !seen.insert(line.ingredient).second)
                    r.problem(lp + "/ingredient", "\"" + line.ingredient + "\" is listed twice");
                line.amount = r.string(l, lp, "amount");
                line.volumeMl = r.number(l, lp, "volume_ml", 0, 50);
                line.essential = r.boolean(l, lp, "essential", false);
                sourcing(r, l, lp, line.sourcing);
                pr.cocktail.push_back(line);
            }
        }
        pr.aftercare = r.strings(j, p, "aftercare", true);
        refs(r, p + "/aftercare", pr.aftercare, "aftercare set");
        pr.risks = r.strings(j, p, "risks", true);
        refs(r, p + "/risks", pr.risks, "risk");
        sourceAndEvidence(r, j, p, pr.source, pr.evidence);
        m_catalog.protocols.push_back(pr);
    }

    // Checks references and cross-file constraints once every file has been read.
    void finish(const std::set<std::string> &unreadable)
    {
        // Kinds defined by a file that could not be parsed are not checked: every reference to
        // them would be reported as unknown, hiding the real problem.
        static const std::map<std::string, std::string> kindFile = {
            {"source", "sources.json"},
            {"area", "areas.json"},
            {"indication", "indications.json"},
            {"treatment", "treatments.json"},
            {"technique", "techniques.json"},
            {"allergen group", "allergens.json"},
            {"medication class", "medications.json"},
            {"ingredient", "ingredients.json"},
            {"aftercare set", "aftercare.json"},
            {"risk", "risks.json"},
            {"protocol", "protocols.json"},
            {"allergen", "allergens.json"},
            {"condition", "conditions.json"},
            {"site condition", "site_conditions.json"},
            {"medication", "medications.json"}};
        auto checkable = [&](const std::string &kind) {
            const auto it = kindFile.find(kind);
            if (kind == "allergen" && unreadable.count("ingredients.json"))
                return false;
            return it == kindFile.end() || !unreadable.count(it->second);
        };
        std::map<std::string, std::set<std::string>> known;
        auto add = [&](const std::string &kind, const auto &list) {
            for (const auto &e : list)
                known[kind].insert(e.id);
        };
        add("source", m_catalog.sources);
        add("area", m_catalog.areas);
        add("indication", m_catalog.indications);
        add("treatment", m_catalog.treatments);
        add("technique", m_catalog.techniques);
        add("allergen group", m_catalog.allergenGroups);
        add("medication class", m_catalog.medicationClasses);
        add("ingredient", m_catalog.ingredients);
        add("aftercare set", m_catalog.aftercare);
        add("risk", m_catalog.risks);
        add("protocol", m_catalog.protocols);
        add("condition", m_catalog.conditions);
        add("site condition", m_catalog.siteConditions);
        add("medication", m_catalog.medications);
        known["allergen"] = known["allergen group"];
        add("allergen", m_catalog.allergens);
        add("allergen", m_catalog.ingredients);
        for (const auto &ref : m_refs) {
            if (checkable(ref.kind) && !known[ref.kind].count(ref.id))
                m_problems.push_back(
                    {ref.file, ref.pointer, "unknown " + ref.kind + " \"" + ref.id + "\""});
        }
        for (const auto &g : m_catalog.allergenGroups) {
            if (Catalog::findIn(m_catalog.allergens, g.id))
                m_problems.push_back({"allergens.json", "/groups",
                                      "group id \"" + g.id + "\" is also an allergen id"});
        }
        for (const auto &d : m_depthChecks) {
            const Technique *t = Catalog::findIn(m_catalog.techniques, d.technique);
            if (t && !unreadable.count("techniques.json") &&
                (d.lo < t->depthMin || d.hi > t->depthMax))
                m_problems.push_back({d.file, d.pointer + "/depth_mm",
                                      "depth " + js::numberToString(d.lo) + "-" +
                                          js::numberToString(d.hi) +
                                          " mm lies outside technique \"" + t->id + "\" (" +
                                          js::numberToString(t->depthMin) + "-" +
                                          js::numberToString(t->depthMax) + " mm)"});
        }
        for (const std::string required : {"unrecognised_medication", "unrecognised_allergy"}) {
            if (!unreadable.count("rules.json") &&
                !Catalog::findIn(m_catalog.screeningRules, required))
                m_problems.push_back(
                    {"rules.json", "/screening",
                     "the rule \"" + required + "\" is required (unknown names must be flagged)"});
        }
        if (!unreadable.count("areas.json"))
            areaClosure();
        if (!unreadable.count("allergens.json") && !unreadable.count("ingredients.json"))
            allergenOrigins();
        if (!unreadable.count("ingredients.json") && !unreadable.count("protocols.json"))
            injectedCocktails();
        // Names (in every language, and aliases, folded as the engine matches them) must not
        // make a medication or an allergy ambiguous.
        std::map<std::string, std::string> names;
        auto name = [&](const std::string &file, const std::string &pointer,
                        const std::string &text, const std::string &id) {
            const auto [it, fresh] = names.emplace(normaliseName(text), id);
            if (!fresh && it->second != id)
                m_problems.push_back(
                    {file, pointer, "name \"" + text + "\" also names \"" + it->second + "\""});
        };
        auto named = [&](const std::string &file, const std::string &prefix, const auto &list) {
            for (size_t i = 0; i < list.size(); ++i) {
                const auto &e = list[i];
                const std::string pointer = prefix + "/" + std::to_string(i);
                name(file, pointer, e.id, e.id);
                for (const auto &[lang, text] : e.name.translations)
                    name(file, pointer + "/name/" + lang, text, e.id);
                for (size_t k = 0; k < e.aliases.size(); ++k)
                    name(file, pointer + "/aliases/" + std::to_string(k), e.aliases[k], e.id);
            }
        };
        named("medications.json", "/medications", m_catalog.medications);
        names.clear();
        named("allergens.json", "/groups", m_catalog.allergenGroups);
        named("allergens.json", "/allergens", m_catalog.allergens);
    }

    // Checks that `within` has no cycle and records, for every area, every area containing it.
    void areaClosure()
    {
        for (size_t i = 0; i < m_catalog.areas.size(); ++i) {
            Area &a = m_catalog.areas[i];
            std::vector<std::string> pending = a.within;
            while (!pending.empty()) {
                const std::string id = pending.back();
                pending.pop_back();
                if (id == a.id) {
                    m_problems.push_back({"areas.json", "/" + std::to_string(i) + "/within",
                                          "\"" + a.id + "\" ends up within itself"});
                    break;
                }
                if (std::find(a.enclosing.begin(), a.enclosing.end(), id) != a.enclosing.end())
                    continue;
                a.enclosing.push_back(id);
                if (const Area *outer = Catalog::findIn(m_catalog.areas, id))
                    pending.insert(pending.end(), outer->within.begin(), outer->within.end());
            }
            std::sort(a.enclosing.begin(), a.enclosing.end());
        }
    }

    // An allergen that every ingredient of an origin carries (gram-positive bacterial protein in
    // anything made by bacterial fermentation) must be listed on each such ingredient.
    void allergenOrigins()
    {
        for (const auto &a : m_catalog.allergens) {
            for (size_t i = 0; i < m_catalog.ingredients.size(); ++i) {
                const Ingredient &ing = m_catalog.ingredients[i];
                if (ing.origin.empty() ||
                    std::find(a.origins.begin(), a.origins.end(), ing.origin) == a.origins.end())
                    continue;
                if (std::find(ing.allergens.begin(), ing.allergens.end(), a.id) ==
                    ing.allergens.end())
                    m_problems.push_back({"ingredients.json",
                                          "/" + std::to_string(i) + "/allergens",
                                          "an ingredient of origin \"" + ing.origin +
                                              "\" carries the allergen \"" + a.id + "\": list it"});
            }
        }
    }

    // A protocol injects something: a cocktail of topical products only is not mesotherapy.
    void injectedCocktails()
    {
        for (size_t i = 0; i < m_catalog.protocols.size(); ++i) {
            const Protocol &p = m_catalog.protocols[i];
            const bool injects =
                std::any_of(p.cocktail.begin(), p.cocktail.end(), [this](const CocktailLine &l) {
                    const Ingredient *ing = Catalog::findIn(m_catalog.ingredients, l.ingredient);
                    return !ing || ing->formulation.route == "injection";
                });
            if (!injects && !p.cocktail.empty())
                m_problems.push_back({"protocols.json", "/" + std::to_string(i) + "/cocktail",
                                      "expected at least one injected ingredient"});
        }
    }

    Catalog take() { return std::move(m_catalog); }

private:
    struct DepthCheck
    {
        std::string file, pointer, technique;
        double lo, hi;
    };
    std::vector<CatalogProblem> &m_problems;
    std::vector<Reference> m_refs;
    std::vector<DepthCheck> m_depthChecks;
    Catalog m_catalog;
};

} // namespace

CatalogParseResult parseCatalog(const std::map<std::string, std::string> &files)
{
    CatalogParseResult result;
    CatalogBuilder builder(result.problems);
    Catalog canonical;
    std::set<std::string> unreadable;
    for (const auto &[name, text] : files) {
        if (std::find(catalogFileNames().begin(), catalogFileNames().end(), name) ==
            catalogFileNames().end())
            result.problems.push_back(
                {name, "",
                 "not a catalog file (expected one of the files of docs/catalog-format.md)"});
    }
    for (const auto &name : catalogFileNames()) {
        const auto it = files.find(name);
        if (it == files.end()) {
            result.problems.push_back({name, "", "file is missing"});
            unreadable.insert(name);
            continue;
        }
        nlohmann::json doc;
        std::string error;
        if (!parseJsonText(it->second, doc, error)) {
            result.problems.push_back({name, "", "invalid JSON: " + error});
            unreadable.insert(name);
            continue;
        }
        builder.read(name, doc);
        canonical.files[name] = std::move(doc);
    }
    builder.finish(unreadable);
    if (!result.problems.empty())
        return result;
    Catalog catalog = builder.take();
    catalog.files = std::move(canonical.files);
    catalog.version = sha256Hex(nlohmann::json(catalog.files).dump());
    result.catalog = std::move(catalog);
    return result;
}

} // namespace meso::core

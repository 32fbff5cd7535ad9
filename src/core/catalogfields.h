#pragma once

// Reading the catalog's JSON files field by field, every problem recorded with its JSON pointer
// (catalogreader.cpp). Internal to the core.

#include "catalog.h"
#include "jsontext.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <functional>
#include <set>
#include <string>
#include <vector>

namespace meso::core::detail {

inline bool isId(const std::string &s)
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
    // A user-facing text as read: where it is, and the languages it has (checked against the
    // catalog's declared languages once every file is read).
    struct TextSeen
    {
        std::string file, pointer;
        std::vector<std::string> languages;
    };

    Reader(std::string file, std::vector<CatalogProblem> &problems,
           std::vector<TextSeen> *texts = nullptr)
        : m_file(std::move(file)), m_problems(problems), m_texts(texts)
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
        if (m_texts) {
            TextSeen seen{m_file, tp, {}};
            for (const auto &[lang, s] : t.translations)
                seen.languages.push_back(lang);
            m_texts->push_back(std::move(seen));
        }
        return t;
    }

    // A text that catalogs before edition 2026.12 (and clinics' own) wrote as a plain string: read
    // as its English, so that a catalog declaring French is asked for the French on import.
    Text textOrString(const nlohmann::json &j, const std::string &p, const std::string &key)
    {
        const auto *v = field(j, key);
        if (!v || !v->is_string())
            return text(j, p, key);
        Text t;
        if (v->get<std::string>().empty())
            problem(p + "/" + key, "expected a non-empty string");
        else
            t.translations["en"] = v->get<std::string>();
        if (m_texts)
            m_texts->push_back({m_file, p + "/" + key, {"en"}});
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

    // An amount of money in the catalog's currency, kept as whole cents: at most two decimals
    // when `exact` (an import), else rounded to the nearest cent (a catalog stored before the rule,
    // as schema step 17 rounded its column).
    std::int64_t cents(const nlohmann::json &j, const std::string &p, const std::string &key,
                       double min, double max, bool exact)
    {
        const double d = number(j, p, key, min, max);
        const double hundredths = d * 100;
        const auto whole = std::llround(hundredths);
        if (exact && std::fabs(hundredths - static_cast<double>(whole)) > 1e-6) {
            problem(p + "/" + key,
                    "expected an amount with at most 2 decimals, got " + js::numberToString(d));
            return std::llround(min * 100);
        }
        return whole;
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
    std::vector<TextSeen> *m_texts;
};

} // namespace meso::core::detail

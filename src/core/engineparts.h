#pragma once

// What the engine's three parts share (engine.cpp: facts and names; screening.cpp: the findings;
// planner.cpp: each request's plan). Internal to the core: not for its users.

#include "engine.h"
#include "money.h"
#include "phrase.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace meso::core::detail {

inline int verdictRank(const std::string &v)
{
    if (v == "blocked")
        return 3;
    if (v == "review")
        return 2;
    if (v == "unsupported")
        return 1;
    return 0;
}

inline std::string severityVerdict(int worst)
{
    return worst == static_cast<int>(Severity::Absolute)   ? "blocked"
           : worst == static_cast<int>(Severity::Relative) ? "review"
                                                           : "clear";
}

template <typename T> void sortUnique(std::vector<T> &v)
{
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
}

template <typename T> bool has(const std::vector<T> &v, const T &x)
{
    return std::find(v.begin(), v.end(), x) != v.end();
}

inline std::string join(const std::vector<std::string> &v, std::string_view sep)
{
    std::string out;
    for (size_t i = 0; i < v.size(); ++i) {
        if (i > 0)
            out += sep;
        out += v[i];
    }
    return out;
}

// Concatenates in one allocation: trace lines are built for every request of every intake.
template <typename... Parts> std::string cat(const Parts &...parts)
{
    const std::string_view views[] = {std::string_view(parts)...};
    size_t size = 0;
    for (const auto v : views)
        size += v.size();
    std::string out;
    out.reserve(size);
    for (const auto v : views)
        out += v;
    return out;
}

inline nlohmann::ordered_json number(double d)
{
    if (d == std::trunc(d) && std::fabs(d) < 1e15)
        return static_cast<std::int64_t>(d);
    return d;
}

// "[rule id, source]": where a trace line's finding comes from.
inline std::string ruleSource(std::string_view id, std::string_view source)
{
    return phrase(MESO_PHRASE("Plan trace", "[rule %1, %2]"), {id, source});
}

// Clauses one after the other, as the language separates them: "a; b" in English, "a ; b" in
// French.
inline std::string clauses(const std::vector<std::string> &parts)
{
    std::string out;
    for (const std::string &part : parts)
        out = out.empty() ? part : phrase(MESO_PHRASE("Plan trace", "%1; %2"), {out, part});
    return out;
}

// How a trace line names a catalog entry: by its id in English (the headless contract's trace),
// by its name in any other language.
template <typename T>
std::string shown(const std::vector<T> &list, std::string_view id, const std::string &lang)
{
    if (lang == "en")
        return std::string(id);
    const T *entry = Catalog::findIn(list, id);
    return entry ? entry->name.in(lang) : std::string(id);
}

// A request's status as the trace says it: the contract's code in English.
inline std::string statusText(std::string_view status)
{
    if (status == "proposed")
        return phrase(MESO_PHRASE("Plan status", "proposed"));
    if (status == "review")
        return phrase(MESO_PHRASE("Plan status", "review"));
    if (status == "blocked")
        return phrase(MESO_PHRASE("Plan status", "blocked"));
    if (status == "unsupported")
        return phrase(MESO_PHRASE("Plan status", "unsupported"));
    return std::string(status);
}

} // namespace meso::core::detail

namespace meso::core {

using detail::cat;
using detail::clauses;
using detail::has;
using detail::join;
using detail::number;
using detail::ruleSource;
using detail::severityVerdict;
using detail::shown;
using detail::sortUnique;
using detail::statusText;
using detail::verdictRank;

// The facts one rule sees: the intake's base facts followed by the keys of its scope. One
// object serves every scope of an assessment; the scope keys are set in place before each group
// of evaluations instead of copying the base facts for every area, ingredient and request. A key
// left undefined reads as absent, as in JavaScript.
class ScopedFacts
{
public:
    enum Key
    {
        Area,
        SiteConditions,
        Ingredient,
        Request,
        Protocol,
        KeyCount
    };

    // An empty object with room for a whole facts object, reused from an earlier assessment of
    // this thread when one has ended. Its vector is larger than 1 KiB: allocating it anew for
    // every intake made glibc consolidate its free lists each time (a tenth of the run time).
    static Object emptyObject()
    {
        std::vector<Object> &pool = spareObjects();
        if (pool.empty()) {
            Object object;
            object.reserve(24);
            return object;
        }
        Object object = std::move(pool.back());
        pool.pop_back();
        return object;
    }

    ScopedFacts() = default;
    ScopedFacts(const ScopedFacts &) = delete;
    ScopedFacts &operator=(const ScopedFacts &) = delete;
    ScopedFacts(ScopedFacts &&) = default;
    ScopedFacts &operator=(ScopedFacts &&) = default;
    ~ScopedFacts()
    {
        // Give the storage back when nothing else holds the facts (a rule result or an
        // observer may have kept a copy: then it stays theirs).
        m_value = Value();
        if (m_object && m_object.use_count() == 1) {
            std::vector<Object> &pool = spareObjects();
            if (pool.size() < 4) {
                m_object->clear();
                pool.push_back(std::move(*m_object));
            }
        }
    }

    explicit ScopedFacts(Object base) : m_object(std::make_shared<Object>(std::move(base)))
    {
        m_first = m_object->size();
        m_object->reserve(m_first + KeyCount);
        static const Name names[KeyCount] = {"area", "site_conditions", "ingredient", "request",
                                             "protocol"};
        for (const Name &name : names)
            m_object->emplace_back(name, Value());
        m_value = Value(std::shared_ptr<const Object>(m_object));
    }
    // Starts a scope: every scope key undefined.
    void reset()
    {
        for (size_t k = 0; k < KeyCount; ++k)
            (*m_object)[m_first + k].second = Value();
    }
    void set(Key key, Value v) { (*m_object)[m_first + key].second = std::move(v); }
    const Value &value() const { return m_value; }
    // The base facts alone, without the scope keys.
    Object base() const
    {
        return Object(m_object->begin(), m_object->begin() + static_cast<std::ptrdiff_t>(m_first));
    }

private:
    static std::vector<Object> &spareObjects()
    {
        thread_local std::vector<Object> pool;
        return pool;
    }

    std::shared_ptr<Object> m_object;
    size_t m_first = 0;
    Value m_value;
};

// The facts of one intake: the object the rules see, and what the scopes are built from.
struct RulesEngine::Facts
{
    ScopedFacts scoped;
    std::vector<std::string> unknownMedications, unknownAllergies;
    // Recognised ids: the medications taken now; the allergies named and what named products carry.
    std::vector<std::string> medications, allergies;
    const std::vector<SiteCondition> *siteConditions = nullptr; // the intake's, for {recorded:...}
    std::vector<std::string> openAdverseEvents; // risk ids, sorted, for {open_adverse_events}
    std::set<std::string> allergyDirect, allergyRelated;
};

// The findings of one intake (screening.cpp), numbered once: most severe first, then in catalog
// rule order. `found` is never resized once `all` points into it.
struct RulesEngine::Screened
{
    std::vector<Finding> found;
    std::vector<const Finding *> all; // sorted
    std::vector<size_t> rank;         // of found[i] in all
    std::vector<bool> reported;       // by rank: shown with a request or an exclusion

    size_t order(const Finding *x) const { return rank[static_cast<size_t>(x - found.data())]; }
    template <typename Fn> void forIngredient(const std::string &ingredient, Fn &&fn) const
    {
        for (const auto &x : found) {
            if (x.rule->scope == Scope::Ingredient && x.ingredient == ingredient)
                fn(x);
        }
    }
};

} // namespace meso::core

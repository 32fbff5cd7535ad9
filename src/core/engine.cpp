#include "engine.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace meso::core {

namespace {

int verdictRank(const std::string &v)
{
    if (v == "blocked")
        return 3;
    if (v == "review")
        return 2;
    if (v == "unsupported")
        return 1;
    return 0;
}

std::string severityVerdict(int worst)
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

std::string join(const std::vector<std::string> &v, std::string_view sep)
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

nlohmann::ordered_json number(double d)
{
    if (d == std::trunc(d) && std::fabs(d) < 1e15)
        return static_cast<std::int64_t>(d);
    return d;
}

std::string formatNumber(double d)
{
    return js::numberToString(d);
}

} // namespace

std::string RequestResult::status() const
{
    if (verdict == "clear")
        return "proposed";
    return verdict;
}

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
        for (const char *key : {"area", "site_conditions", "ingredient", "request", "protocol"})
            m_object->emplace_back(key, Value());
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
    std::set<std::string> allergyDirect, allergyRelated;
};

RulesEngine::RulesEngine(std::shared_ptr<const Catalog> catalog) : m_catalog(std::move(catalog))
{
    const Catalog &c = *m_catalog;
    // Names as patients and practitioners write them: the id, the name in every language and the
    // aliases, folded. A group's name wins over an allergen's, an allergen's over an ingredient's.
    for (const auto &m : c.medications) {
        m_medicationNames.emplace(normaliseName(m.id), &m);
        for (const auto &[lang, name] : m.name.translations)
            m_medicationNames.emplace(normaliseName(name), &m);
        for (const auto &a : m.aliases)
            m_medicationNames.emplace(normaliseName(a), &m);
    }
    auto addAllergy = [&](const auto &entry) {
        m_allergyNames.emplace(normaliseName(entry.id), entry.id);
        for (const auto &[lang, name] : entry.name.translations)
            m_allergyNames.emplace(normaliseName(name), entry.id);
        for (const auto &a : entry.aliases)
            m_allergyNames.emplace(normaliseName(a), entry.id);
    };
    for (const auto &g : c.allergenGroups)
        addAllergy(g);
    for (const auto &a : c.allergens)
        addAllergy(a);
    for (const auto &i : c.ingredients)
        addAllergy(i);
    for (const auto &p : c.protocols) {
        for (const auto &ind : p.indications) {
            for (const auto &area : p.areas)
                m_serving[ind][area].push_back(&p);
        }
    }
    auto intern = [this](const std::string &id) { m_idValues.try_emplace(id, Value(id)); };
    for (const auto &a : c.areas)
        intern(a.id);
    for (const auto *list : {&c.indications, &c.conditions, &c.siteConditions, &c.treatments}) {
        for (const auto &x : *list)
            intern(x.id);
    }
    for (const auto &m : c.medications) {
        intern(m.id);
        intern(m.medicationClass);
    }
    for (const auto &a : c.allergens)
        intern(a.id);
    for (const auto &g : c.allergenGroups)
        intern(g.id);
    for (const auto &p : c.protocols)
        intern(p.id);
    for (const char *word : {"direct", "related", "female", "male", "other"})
        intern(word);
    for (Value &empty : m_emptyLists)
        empty = Value(Array{});
    for (const auto &p : c.protocols) {
        for (const auto &ind : p.indications) {
            for (const auto &area : p.areas)
                m_requestValues.emplace(
                    std::pair<std::string_view, std::string_view>(ind, area),
                    Value(Object{{"indication", idValue(ind)}, {"area", idValue(area)}}));
        }
    }
    // Each rule indexed by where it can apply, in catalog order.
    for (const auto &a : c.areas)
        m_areaRules[a.id];
    for (const auto &i : c.ingredients) {
        intern(i.id);
        IngredientFacts &facts = m_ingredients[i.id];
        facts.ingredient = &i;
        const Value allergy[3] = {Value::null(), idValue("direct"), idValue("related")};
        for (int k = 0; k < 3; ++k) {
            facts.value[k] =
                Value(Object{{"id", idValue(i.id)},
                             {"allergens", idValues(ListFact::IngredientAllergens, i.allergens)},
                             {"allergy", allergy[k]},
                             {"route", Value(i.formulation.route)},
                             {"teratogenic", Value(i.teratogenic)},
                             {"off_label", Value(i.offLabel)}});
        }
    }
    for (const auto &rule : c.screeningRules) {
        switch (rule.scope) {
        case Scope::Patient:
            m_patientRules.push_back(&rule);
            break;
        case Scope::Area:
            // A rule for an area applies at every area sharing skin with it (areas.json `within`).
            for (auto &entry : m_areaRules) {
                const std::string &area =
                    entry.first; // a structured binding: clang 14 cannot capture it
                if (rule.areas.empty() ||
                    std::any_of(rule.areas.begin(), rule.areas.end(),
                                [&](const std::string &a) { return c.areasOverlap(a, area); }))
                    entry.second.push_back(&rule);
            }
            break;
        case Scope::Ingredient:
            for (auto &[id, facts] : m_ingredients) {
                if (rule.ingredients.empty() || has(rule.ingredients, id))
                    facts.rules.push_back(&rule);
            }
            break;
        }
    }
    for (auto &[indication, byArea] : m_serving) {
        for (auto &[area, list] : byArea) {
            std::stable_sort(list.begin(), list.end(), [](const Protocol *a, const Protocol *b) {
                return a->rank < b->rank;
            });
        }
    }
}

const std::vector<const Protocol *> *RulesEngine::serving(const Request &r) const
{
    const auto byArea = m_serving.find(r.indication);
    if (byArea == m_serving.end())
        return nullptr;
    const auto list = byArea->second.find(r.area);
    return list == byArea->second.end() ? nullptr : &list->second;
}

std::vector<const Protocol *> RulesEngine::allowedServing(const Request &r,
                                                          const std::string &country,
                                                          std::vector<std::string> *trace,
                                                          const std::string &lang) const
{
    std::vector<const Protocol *> out;
    const std::vector<const Protocol *> *all = serving(r);
    if (!all)
        return out;
    for (const Protocol *p : *all) {
        if (country.empty() || p->jurisdiction.allows(country)) {
            out.push_back(p);
            continue;
        }
        if (trace)
            trace->push_back(cat("protocol ", p->id, " is not allowed in ", country, ": ",
                                 p->jurisdiction.note.in(lang), " [",
                                 p->jurisdiction.sourcing.source, "]"));
    }
    return out;
}

Value RulesEngine::idValue(std::string_view id) const
{
    const auto it = m_idValues.find(id);
    return it == m_idValues.end() ? Value(std::string(id)) : it->second;
}

Value RulesEngine::requestValue(const Request &r) const
{
    const auto it =
        m_requestValues.find(std::pair<std::string_view, std::string_view>(r.indication, r.area));
    if (it != m_requestValues.end())
        return it->second;
    return Value(Object{{"indication", idValue(r.indication)}, {"area", idValue(r.area)}});
}

template <typename List> Value RulesEngine::idValues(ListFact fact, const List &ids) const
{
    if (ids.empty())
        return m_emptyLists[static_cast<size_t>(fact)];
    Array a;
    a.reserve(ids.size());
    for (const auto &id : ids)
        a.push_back(idValue(id));
    return Value(std::move(a));
}

const Medication *RulesEngine::medication(const std::string &name) const
{
    const auto it = m_medicationNames.find(normaliseName(name));
    return it == m_medicationNames.end() ? nullptr : it->second;
}

const std::string &RulesEngine::medicationId(const std::string &name) const
{
    static const std::string unknown;
    const Medication *m = medication(name);
    return m ? m->id : unknown;
}

const std::string &RulesEngine::allergyId(const std::string &name) const
{
    static const std::string unknown;
    const auto it = m_allergyNames.find(normaliseName(name));
    return it == m_allergyNames.end() ? unknown : it->second;
}

RulesEngine::Facts RulesEngine::buildFacts(const Intake &in, const AssessOptions &options) const
{
    const Catalog &c = *m_catalog;
    Facts f;
    f.siteConditions = &in.siteConditions;
    const long today = in.date.toDays();

    std::vector<std::string_view> conditions(in.conditions.begin(), in.conditions.end());
    sortUnique(conditions);

    std::vector<std::string_view> meds, classes;
    meds.reserve(in.medications.size());
    classes.reserve(in.medications.size());
    std::map<std::string_view, long> stopped;
    for (const auto &m : in.medications) {
        const Medication *known = medication(m.name);
        if (!known) {
            f.unknownMedications.push_back(m.name);
            continue;
        }
        const std::string &id = known->id;
        if (m.stopped && m.stopped->toDays() <= today) {
            const long days = today - m.stopped->toDays();
            const auto it = stopped.find(id);
            if (it == stopped.end() || days < it->second)
                stopped[id] = days;
            continue;
        }
        meds.push_back(id);
        classes.push_back(known->medicationClass);
    }
    sortUnique(meds);
    sortUnique(classes);
    for (const auto &id : meds)
        stopped.erase(id); // still taken: not a stopped medication
    sortUnique(f.unknownMedications);
    f.medications.assign(meds.begin(), meds.end());

    // Allergies: what the patient reacts to (direct) and what is only related (a `warn` group).
    std::vector<std::string_view> allergies, groups;
    allergies.reserve(in.allergies.size());
    groups.reserve(4 * in.allergies.size());
    // An allergy to an allergen or a group, with what the group's cross-reactivity implies.
    auto allergyTo = [&](const std::string &id) {
        allergies.push_back(id);
        f.allergyDirect.insert(id);
        if (const AllergenGroup *g = Catalog::findIn(c.allergenGroups, id)) {
            groups.push_back(g->id);
            for (const auto &a : c.allergens) {
                if (has(a.groups, g->id))
                    f.allergyDirect.insert(a.id);
            }
        }
        if (const Allergen *a = Catalog::findIn(c.allergens, id)) {
            for (const auto &gid : a->groups) {
                const AllergenGroup *g = Catalog::findIn(c.allergenGroups, gid);
                groups.push_back(gid);
                for (const auto &other : c.allergens) {
                    if (other.id == a->id || !has(other.groups, gid))
                        continue;
                    (g->fullCrossReactivity ? f.allergyDirect : f.allergyRelated).insert(other.id);
                }
                (g->fullCrossReactivity ? f.allergyDirect : f.allergyRelated).insert(gid);
            }
        }
    };
    for (const auto &name : in.allergies) {
        const std::string &id = allergyId(name);
        if (id.empty()) {
            f.unknownAllergies.push_back(name);
            continue;
        }
        allergyTo(id);
        // A reaction to a product is a reaction to everything it carries, as far as we know.
        if (!Catalog::findIn(c.allergens, id) && !Catalog::findIn(c.allergenGroups, id)) {
            if (const auto it = m_ingredients.find(id); it != m_ingredients.end()) {
                for (const auto &carried : it->second.ingredient->allergens)
                    allergyTo(carried);
            }
        }
    }
    for (const auto &d : f.allergyDirect)
        f.allergyRelated.erase(d);
    sortUnique(allergies);
    f.allergies.assign(allergies.begin(), allergies.end());
    sortUnique(groups);
    sortUnique(f.unknownAllergies);

    Array recent;
    std::map<std::string_view, long> daysSince;
    std::vector<const RecentTreatment *> treatments;
    treatments.reserve(in.recentTreatments.size());
    for (const auto &t : in.recentTreatments)
        treatments.push_back(&t);
    std::sort(treatments.begin(), treatments.end(),
              [](const RecentTreatment *a, const RecentTreatment *b) {
                  return std::tie(a->treatment, a->area, a->date.year, a->date.month, a->date.day) <
                         std::tie(b->treatment, b->area, b->date.year, b->date.month, b->date.day);
              });
    for (const RecentTreatment *treatment : treatments) {
        const RecentTreatment &t = *treatment;
        const long days = today - t.date.toDays();
        recent.emplace_back(Object{{"treatment", idValue(t.treatment)},
                                   {"area", idValue(t.area)},
                                   {"days_ago", static_cast<double>(days)}});
        const auto it = daysSince.find(t.treatment);
        if (it == daysSince.end() || days < it->second)
            daysSince[t.treatment] = days;
    }
    Object since;
    for (const auto &[t, d] : daysSince)
        since.emplace_back(std::string(t), static_cast<double>(d));
    Object stoppedObj;
    for (const auto &[m, d] : stopped)
        stoppedObj.emplace_back(std::string(m), static_cast<double>(d));

    Array requests;
    requests.reserve(in.requests.size());
    std::vector<std::string_view> areas, indications;
    areas.reserve(in.requests.size());
    indications.reserve(in.requests.size());
    for (const auto &r : in.requests) {
        requests.push_back(requestValue(r));
        areas.push_back(r.area);
        indications.push_back(r.indication);
    }
    sortUnique(areas);
    sortUnique(indications);

    // Built member by member: an initializer list would copy every key and value once more.
    Object base = ScopedFacts::emptyObject();
    auto add = [&base](const char *key, Value v) { base.emplace_back(key, std::move(v)); };
    add("age", static_cast<double>(ageInYears(in.birthDate, in.date)));
    add("sex", in.sex.empty() ? Value::null() : idValue(in.sex));
    add("fitzpatrick", in.fitzpatrick ? Value(*in.fitzpatrick) : Value::null());
    add("country", options.country.empty() ? Value::null() : Value(options.country));
    add("conditions", idValues(ListFact::Conditions, conditions));
    add("medications", idValues(ListFact::Medications, meds));
    add("medication_classes", idValues(ListFact::MedicationClasses, classes));
    add("stopped_medications", Value(std::move(stoppedObj)));
    add("unknown_medications", idValues(ListFact::UnknownMedications, f.unknownMedications));
    add("allergies", idValues(ListFact::Allergies, allergies));
    add("allergen_groups", idValues(ListFact::AllergenGroups, groups));
    add("unknown_allergies", idValues(ListFact::UnknownAllergies, f.unknownAllergies));
    add("recent_treatments", Value(std::move(recent)));
    add("days_since", Value(std::move(since)));
    add("requests", Value(std::move(requests)));
    add("areas", idValues(ListFact::Areas, areas));
    add("indications", idValues(ListFact::Indications, indications));
    f.scoped = ScopedFacts(std::move(base));
    return f;
}

Value RulesEngine::facts(const Intake &intake, const AssessOptions &options) const
{
    return Value(buildFacts(intake, options).scoped.base());
}

std::string RulesEngine::fill(const Text &text, const std::string &lang, const Facts &f,
                              const std::string &area, const std::string &ingredient) const
{
    std::string s = text.in(lang);
    if (s.find('{') == std::string::npos)
        return s;
    auto replace = [&s](std::string_view key, auto &&with) {
        size_t pos = s.find(key);
        if (pos == std::string::npos)
            return;
        const std::string value = with();
        for (; pos != std::string::npos; pos = s.find(key, pos + value.size()))
            s.replace(pos, key.size(), value);
    };
    replace("{area}", [&] {
        const Area *a = area.empty() ? nullptr : Catalog::findIn(m_catalog->areas, area);
        return a ? a->name.in(lang) : area;
    });
    replace("{ingredient}", [&] {
        const auto it = ingredient.empty() ? m_ingredients.end() : m_ingredients.find(ingredient);
        return it != m_ingredients.end() ? it->second.ingredient->name.in(lang) : ingredient;
    });
    replace("{unknown_medications}", [&] { return join(f.unknownMedications, ", "); });
    replace("{unknown_allergies}", [&] { return join(f.unknownAllergies, ", "); });
    // {medications:CLASS} and {allergies:GROUP}: the patient's recognised ones, by catalog name;
    // {recorded:CONDITION}: the areas sharing skin with the request's where it was recorded.
    for (const std::string_view kind : {"{medications:", "{allergies:", "{recorded:"}) {
        for (size_t pos = s.find(kind); pos != std::string::npos; pos = s.find(kind, pos)) {
            const size_t close = s.find('}', pos);
            if (close == std::string::npos)
                break;
            const std::string which = s.substr(pos + kind.size(), close - pos - kind.size());
            std::vector<std::string> names;
            if (kind == "{recorded:") {
                for (const Area &a : m_catalog->areas) {
                    const bool recorded =
                        f.siteConditions &&
                        std::any_of(f.siteConditions->begin(), f.siteConditions->end(),
                                    [&](const SiteCondition &sc) {
                                        return sc.condition == which && sc.area == a.id;
                                    });
                    if (recorded && (area.empty() || m_catalog->areasOverlap(a.id, area)))
                        names.push_back(a.name.in(lang));
                }
            } else if (kind == "{medications:") {
                for (const auto &id : f.medications) {
                    const Medication *m = Catalog::findIn(m_catalog->medications, id);
                    if (m && m->medicationClass == which)
                        names.push_back(m->name.in(lang));
                }
            } else {
                for (const auto &id : f.allergies) {
                    const Allergen *a = Catalog::findIn(m_catalog->allergens, id);
                    if (a && has(a->groups, which))
                        names.push_back(a->name.in(lang));
                    else if (const AllergenGroup *g =
                                 Catalog::findIn(m_catalog->allergenGroups, id);
                             g && id == which)
                        names.push_back(g->name.in(lang));
                }
            }
            const std::string value = join(names, ", ");
            s.replace(pos, close + 1 - pos, value);
            pos += value.size();
        }
    }
    return s;
}

Assessment RulesEngine::assess(const Intake &in, const AssessOptions &options,
                               const RuleObserver &observer) const
{
    const Catalog &c = *m_catalog;
    const std::string &lang = options.lang;
    Facts f = buildFacts(in, options);
    ScopedFacts &scoped = f.scoped;
    Assessment out;
    out.requests.reserve(in.requests.size());

    // Every finding of the intake, in one list: patient scope once, area scope once per
    // requested area, ingredient scope once per ingredient of any cocktail that could serve a
    // request. Pointers into the list are taken only once it is complete.
    std::vector<Finding> found;
    found.reserve(8); // 104-byte findings: under 1 KiB (see ScopedFacts::emptyObject)
    auto evaluate = [&](const ScreeningRule *rule, const std::string &area,
                        const std::string &ingredient) {
        const bool fired = js::truthy(rule->when.evaluate(scoped.value()));
        if (observer)
            observer(rule->id, scoped.value(), fired);
        if (fired)
            found.push_back(
                {rule, area, ingredient, fill(rule->message, lang, f, area, ingredient)});
    };
    static const std::string none;
    for (const ScreeningRule *rule : m_patientRules)
        evaluate(rule, none, none);

    std::vector<std::string_view> areasDone;
    areasDone.reserve(in.requests.size());
    for (const auto &r : in.requests) {
        if (has(areasDone, std::string_view(r.area)))
            continue;
        areasDone.push_back(r.area);
        // A condition recorded at an area containing the request's, or inside it, is at the site.
        std::vector<std::string> site;
        for (const auto &sc : in.siteConditions) {
            if (c.areasOverlap(sc.area, r.area))
                site.push_back(sc.condition);
        }
        sortUnique(site);
        scoped.reset();
        scoped.set(ScopedFacts::Area, idValue(r.area));
        scoped.set(ScopedFacts::SiteConditions, idValues(ListFact::SiteConditions, site));
        for (const ScreeningRule *rule : m_areaRules.at(r.area))
            evaluate(rule, r.area, none);
    }

    std::vector<std::string_view> ingredientsDone;
    ingredientsDone.reserve(32);
    for (const auto &r : in.requests) {
        for (const Protocol *p : allowedServing(r, options.country, nullptr, lang)) {
            for (const auto &line : p->cocktail) {
                if (has(ingredientsDone, std::string_view(line.ingredient)))
                    continue;
                ingredientsDone.push_back(line.ingredient);
                const IngredientFacts &facts = m_ingredients.at(line.ingredient);
                const Ingredient *ing = facts.ingredient;
                auto allergic = [ing](const std::set<std::string> &to) {
                    if (to.count(ing->id))
                        return true;
                    for (const auto &al : ing->allergens) {
                        if (to.count(al))
                            return true;
                    }
                    return false;
                };
                const IngredientFacts::Allergy allergy =
                    allergic(f.allergyDirect)    ? IngredientFacts::Direct
                    : allergic(f.allergyRelated) ? IngredientFacts::Related
                                                 : IngredientFacts::NotAllergic;
                scoped.reset();
                scoped.set(ScopedFacts::Ingredient, facts.value[allergy]);
                for (const ScreeningRule *rule : facts.rules)
                    evaluate(rule, none, ing->id);
            }
        }
    }

    // Findings are numbered once, most severe first, then in catalog rule order.
    std::vector<const Finding *> all;
    all.reserve(found.size());
    for (const auto &x : found)
        all.push_back(&x);
    auto ruleIndex = [&c](const ScreeningRule *r) { return r - c.screeningRules.data(); };
    std::sort(all.begin(), all.end(), [&](const Finding *a, const Finding *b) {
        if (a->rule->severity != b->rule->severity)
            return a->rule->severity > b->rule->severity;
        if (a->rule != b->rule)
            return ruleIndex(a->rule) < ruleIndex(b->rule);
        return std::tie(a->area, a->ingredient) < std::tie(b->area, b->ingredient);
    });
    std::vector<size_t> rank(found.size());
    for (size_t i = 0; i < all.size(); ++i)
        rank[static_cast<size_t>(all[i] - found.data())] = i;
    auto order = [&](const Finding *x) { return rank[static_cast<size_t>(x - found.data())]; };
    std::vector<bool> reported(all.size(), false);
    auto forIngredient = [&found](const std::string &ingredient, auto &&fn) {
        for (const auto &x : found) {
            if (x.rule->scope == Scope::Ingredient && x.ingredient == ingredient)
                fn(x);
        }
    };

    for (const auto &r : in.requests) {
        RequestResult rr;
        rr.request = r;
        rr.trace.reserve(12);
        std::vector<const Finding *> applies;
        applies.reserve(found.size());
        for (const auto &x : found) {
            if (x.rule->scope == Scope::Patient ||
                (x.rule->scope == Scope::Area && x.area == r.area))
                applies.push_back(&x);
        }

        std::vector<std::string> notAllowed;
        const std::vector<const Protocol *> candidates =
            allowedServing(r, options.country, &notAllowed, lang);
        if (candidates.empty()) {
            int worst = -1;
            for (const Finding *x : applies)
                worst = std::max(worst, static_cast<int>(x->rule->severity));
            rr.verdict = worst == static_cast<int>(Severity::Absolute) ? "blocked" : "unsupported";
            rr.trace = std::move(notAllowed);
            rr.trace.push_back(cat("no protocol of the catalog serves ", r.indication, " at ",
                                   r.area, rr.trace.empty() ? "" : " in ",
                                   rr.trace.empty() ? "" : options.country));
        } else {
            // The best-ranked protocol whose essential ingredients all stay in. The absolute
            // findings that rule a protocol out are reported and traced: they are why the
            // practitioner sees another protocol, or a blocked request when none is left.
            const Protocol *chosen = nullptr;
            std::vector<std::string> skipped;
            std::vector<const Finding *> skipReasons;
            auto absoluteFor = [&forIngredient](const CocktailLine &line) {
                std::vector<const Finding *> found;
                forIngredient(line.ingredient, [&found](const Finding &x) {
                    if (x.rule->severity == Severity::Absolute)
                        found.push_back(&x);
                });
                return found;
            };
            auto injected = [&c](const CocktailLine &line) {
                const Ingredient *ing = Catalog::findIn(c.ingredients, line.ingredient);
                return ing && ing->formulation.route == "injection";
            };
            // A protocol cannot go ahead when an essential ingredient is contraindicated, or when
            // every injected ingredient is: nothing would be left to inject.
            auto nothingLeft = [&](const Protocol &p) {
                return std::all_of(p.cocktail.begin(), p.cocktail.end(),
                                   [&](const CocktailLine &line) {
                                       return !injected(line) || !absoluteFor(line).empty();
                                   });
            };
            auto essentialBlockers = [&](const Protocol &p) {
                std::vector<const Finding *> blockers;
                const bool empty = nothingLeft(p);
                for (const auto &line : p.cocktail) {
                    if (line.essential || (empty && injected(line))) {
                        const auto found = absoluteFor(line);
                        blockers.insert(blockers.end(), found.begin(), found.end());
                    }
                }
                return blockers;
            };
            auto ruledOut = [&](const Protocol &p, const std::vector<const Finding *> &blockers) {
                std::vector<std::string> why;
                for (const Finding *x : blockers)
                    why.push_back(cat(x->ingredient, ": ", x->message, " [rule ", x->rule->id, ", ",
                                      x->rule->source, "]"));
                return cat(p.id,
                           nothingLeft(p) ? " ruled out, no injected ingredient could stay: "
                                          : " ruled out, essential ingredient contraindicated: ",
                           join(why, "; "));
            };
            std::vector<std::string> ruledOutTrace = std::move(notAllowed);
            // The practitioner's choice, when it serves the request, is planned even if its
            // essential ingredients are contraindicated: the cocktail below then blocks it.
            const Protocol *preferred = nullptr;
            for (const Protocol *p : candidates) {
                if (!r.protocol.empty() && p->id == r.protocol)
                    preferred = p;
            }
            if (preferred)
                chosen = preferred;
            for (const Protocol *p : candidates) {
                if (p == preferred)
                    continue;
                const std::vector<const Finding *> blockers = essentialBlockers(*p);
                if (chosen) {
                    // A lower-ranked alternative: the practitioner may pick it, so say when it
                    // cannot be done, without making its findings part of this plan.
                    if (!blockers.empty())
                        ruledOutTrace.push_back(cat("alternative ", ruledOut(*p, blockers)));
                    continue;
                }
                if (blockers.empty()) {
                    chosen = p;
                    continue;
                }
                skipped.push_back(p->id);
                skipReasons.insert(skipReasons.end(), blockers.begin(), blockers.end());
                ruledOutTrace.push_back(ruledOut(*p, blockers));
            }
            const bool allBlocked = chosen == nullptr;
            if (allBlocked) {
                // Nothing can be done: every protocol's blockers are why the request is blocked.
                chosen = candidates.front();
                applies.insert(applies.end(), skipReasons.begin(), skipReasons.end());
            }
            for (const Finding *x : skipReasons)
                reported[order(x)] = true;
            rr.protocol = chosen;
            rr.cocktail.reserve(chosen->cocktail.size());
            for (const Protocol *p : candidates) {
                if (p != chosen)
                    rr.alternatives.push_back(p->id);
            }
            rr.trace.push_back(cat("protocol ", chosen->id, " (rank ", std::to_string(chosen->rank),
                                   preferred ? ", chosen by the practitioner" : "", ") serves ",
                                   r.indication, " at ", r.area,
                                   rr.alternatives.empty() ? "" : "; alternatives: ",
                                   join(rr.alternatives, ", "), " [", chosen->source, "]"));
            rr.trace.insert(rr.trace.end(), ruledOutTrace.begin(), ruledOutTrace.end());

            // Cocktail: an absolute ingredient finding takes the ingredient out, except an
            // essential one, which stays in the cocktail and blocks the plan instead (contract);
            // so does every injected one when none of them could stay. The ingredient's relative
            // and caution findings stay with the request either way.
            const bool empty = nothingLeft(*chosen);
            for (const auto &line : chosen->cocktail) {
                const bool keeps = line.essential || (empty && injected(line));
                const Finding *absolute = nullptr;
                forIngredient(line.ingredient, [&](const Finding &x) {
                    if (x.rule->severity == Severity::Absolute) {
                        if (!absolute)
                            absolute = &x;
                        if (keeps)
                            applies.push_back(&x);
                    } else {
                        applies.push_back(&x);
                    }
                });
                if (!absolute || keeps)
                    rr.cocktail.push_back(&line);
                if (!absolute)
                    continue;
                reported[order(absolute)] = true;
                if (!keeps)
                    rr.excluded.push_back({line.ingredient, absolute->message, absolute->rule->id});
                rr.trace.push_back(
                    cat(keeps ? (line.essential ? "essential ingredient " : "ingredient ")
                              : "excluded ",
                        line.ingredient, ": ", absolute->message, " [rule ", absolute->rule->id,
                        ", ", absolute->rule->source, "]",
                        line.essential ? "; the protocol cannot do without it: blocked"
                        : keeps        ? "; no injected ingredient could stay: blocked"
                                       : ""));
            }

            int worst = -1;
            for (const Finding *x : applies)
                worst = std::max(worst, static_cast<int>(x->rule->severity));
            rr.verdict = severityVerdict(worst);
            // A cocktail or protocol changed because something was ruled out is for the
            // practitioner to confirm: a plan that lost an ingredient or its preferred protocol
            // is never "clear", so adding an allergy never makes a verdict milder.
            const bool changed = !rr.excluded.empty() || (!allBlocked && !skipped.empty());
            if (changed && rr.verdict == "clear") {
                rr.verdict = "review";
                rr.reviewReasons.push_back(!rr.excluded.empty()
                                               ? "cocktail changed (ingredients excluded)"
                                               : "preferred protocol ruled out");
            }
            // Where the clinic works is unknown: a protocol that some countries forbid is for the
            // practitioner to confirm.
            if (options.country.empty() && chosen->jurisdiction.restricted()) {
                if (rr.verdict == "clear")
                    rr.verdict = "review";
                if (rr.verdict == "review")
                    rr.reviewReasons.push_back("clinic country not set: check that " + chosen->id +
                                               " is allowed where you practise");
                rr.trace.push_back(cat("jurisdiction: the clinic's country is not set; ",
                                       chosen->jurisdiction.note.in(lang), " [",
                                       chosen->jurisdiction.sourcing.source, "]"));
            }

            // Sessions and technique from the protocol, changed by the plan rules.
            rr.technique = chosen->technique;
            rr.depthMin = chosen->depthMin;
            rr.depthMax = chosen->depthMax;
            rr.sessions = chosen->sessionsDefault;
            rr.trace.push_back(cat("sessions: protocol default ", std::to_string(rr.sessions),
                                   " (from ", std::to_string(chosen->sessionsMin), " to ",
                                   std::to_string(chosen->sessionsMax), ") [",
                                   chosen->sessionsSourcing.source, "]"));
            rr.trace.push_back(cat(
                "interval: every ", std::to_string(chosen->interval.days), " days (at least ",
                std::to_string(chosen->interval.minDays), ") [", chosen->interval.sourcing.source,
                "]",
                chosen->laterInterval
                    ? cat(" until session ", std::to_string(chosen->laterInterval->fromSession - 1),
                          ", then every ", std::to_string(chosen->laterInterval->days),
                          " days (at least ", std::to_string(chosen->laterInterval->minDays), ") [",
                          chosen->laterInterval->sourcing.source, "]")
                    : std::string()));
            std::vector<std::string_view> aftercareSets(chosen->aftercare.begin(),
                                                        chosen->aftercare.end());
            scoped.reset();
            scoped.set(ScopedFacts::Request, requestValue(r));
            scoped.set(ScopedFacts::Protocol, idValue(chosen->id));
            const Value &planFacts = scoped.value();
            for (const auto &rule : c.planRules) {
                if (!rule.protocols.empty() && !has(rule.protocols, chosen->id))
                    continue;
                const bool fired = js::truthy(rule.when.evaluate(planFacts));
                if (observer)
                    observer(rule.id, planFacts, fired);
                if (!fired)
                    continue;
                std::string what;
                const PlanEffect &e = rule.effect;
                if (!e.sessions.empty()) {
                    int target = rr.sessions;
                    if (e.sessions == "min")
                        target = chosen->sessionsMin;
                    else if (e.sessions == "max")
                        target = chosen->sessionsMax;
                    else if (e.sessions == "default")
                        target = chosen->sessionsDefault;
                    else
                        target = rr.sessions + e.sessionsAdd;
                    const int clamped =
                        std::clamp(target, chosen->sessionsMin, chosen->sessionsMax);
                    what +=
                        "sessions " + std::to_string(clamped) +
                        (clamped != target ? " (clamped from " + std::to_string(target) + ")" : "");
                    rr.sessions = clamped;
                }
                if (!e.technique.empty() && e.technique != rr.technique) {
                    const Technique *t = Catalog::findIn(c.techniques, e.technique);
                    rr.technique = t->id;
                    rr.depthMin = t->depthMin;
                    rr.depthMax = t->depthMax;
                    what += std::string(what.empty() ? "" : "; ") + "technique " + t->id;
                }
                for (const auto &set : e.aftercare) {
                    if (!has(aftercareSets, std::string_view(set))) {
                        aftercareSets.push_back(set);
                        what += std::string(what.empty() ? "" : "; ") + "aftercare " + set;
                    }
                }
                rr.trace.push_back(cat("rule ", rule.id, ": ", rule.message.in(lang),
                                       what.empty() ? "" : " -> ", what, " [", rule.source, "]"));
            }

            // Earliest start: the consultation date, pushed back by the spacing rules.
            rr.earliestStart = in.date;
            // "The same area" is any area sharing skin with the request's (areas.json `within`).
            for (const auto &t : in.recentTreatments) {
                for (const auto &s : c.spacing) {
                    if (!has(s.earlier, t.treatment) ||
                        (s.sameArea && !c.areasOverlap(t.area, r.area)) ||
                        (!s.areas.empty() &&
                         std::none_of(s.areas.begin(), s.areas.end(), [&](const std::string &a) {
                             return c.areasOverlap(a, r.area);
                         })))
                        continue;
                    const int days = s.protocolInterval
                                         ? std::max(s.minDays, chosen->interval.minDays)
                                         : s.minDays;
                    const Date ready = t.date.addDays(days);
                    if (ready > rr.earliestStart) {
                        rr.earliestStart = ready;
                        rr.trace.push_back(
                            cat("earliest start ", ready.toString(), ": ", s.message.in(lang), " (",
                                t.treatment, " on ", t.date.toString(), " at ", t.area, ", ",
                                std::to_string(days), " days) [rule ", s.id, ", ", s.source, "]"));
                    }
                }
            }

            rr.pricePerSession = chosen->pricePerSession;
            rr.trace.push_back(cat("price ", formatNumber(rr.pricePerSession), " ", c.currency,
                                   " x ", std::to_string(rr.sessions),
                                   " sessions = ", formatNumber(rr.pricePerSession * rr.sessions),
                                   " ", c.currency));
            for (const auto &setId : aftercareSets) {
                const AftercareSet *set = Catalog::findIn(c.aftercare, setId);
                for (const auto &item : set->items)
                    rr.aftercare.push_back(&item.text.in(lang));
            }
        }

        std::sort(applies.begin(), applies.end(),
                  [&](const Finding *a, const Finding *b) { return order(a) < order(b); });
        applies.erase(std::unique(applies.begin(), applies.end()), applies.end());
        for (const Finding *x : applies) {
            rr.findings.push_back(order(x));
            reported[order(x)] = true;
        }
        if (rr.verdict != "clear" && rr.verdict != "unsupported") {
            std::vector<std::string> why;
            for (const Finding *x : applies) {
                if (severityVerdict(static_cast<int>(x->rule->severity)) == rr.verdict)
                    why.push_back(x->rule->id);
            }
            why.erase(std::unique(why.begin(), why.end()), why.end()); // sorted by rule already
            why.insert(why.end(), rr.reviewReasons.begin(), rr.reviewReasons.end());
            rr.trace.push_back(cat("status ", rr.status(), ": ", join(why, ", ")));
        }
        out.requests.push_back(std::move(rr));
    }

    // Keep the findings that touch a request or explain an exclusion, renumbered.
    std::vector<size_t> renumber(all.size(), 0);
    for (size_t i = 0; i < all.size(); ++i) {
        if (!reported[i])
            continue;
        renumber[i] = out.findings.size();
        out.findings.push_back(*all[i]);
    }
    out.verdict = "clear";
    for (auto &rr : out.requests) {
        for (auto &idx : rr.findings)
            idx = renumber[idx];
        if (verdictRank(rr.verdict) > verdictRank(out.verdict))
            out.verdict = rr.verdict;
    }
    return out;
}

nlohmann::ordered_json RulesEngine::findingJson(const Finding &f) const
{
    nlohmann::ordered_json j;
    j["rule"] = f.rule->id;
    j["severity"] = severityName(f.rule->severity);
    j["scope"] = scopeName(f.rule->scope);
    if (f.rule->scope == Scope::Area)
        j["area"] = f.area;
    if (f.rule->scope == Scope::Ingredient)
        j["ingredient"] = f.ingredient;
    j["message"] = f.message;
    j["source"] = f.rule->source;
    return j;
}

nlohmann::ordered_json RulesEngine::screenJson(const Assessment &a) const
{
    nlohmann::ordered_json j;
    j["verdict"] = a.verdict;
    auto requests = nlohmann::ordered_json::array();
    for (const auto &r : a.requests) {
        nlohmann::ordered_json o;
        o["indication"] = r.request.indication;
        o["area"] = r.request.area;
        o["verdict"] = r.verdict;
        auto findings = nlohmann::ordered_json::array();
        for (size_t i : r.findings)
            findings.push_back(findingJson(a.findings[i]));
        o["findings"] = std::move(findings);
        requests.push_back(std::move(o));
    }
    j["requests"] = std::move(requests);
    auto findings = nlohmann::ordered_json::array();
    for (const auto &f : a.findings)
        findings.push_back(findingJson(f));
    j["findings"] = std::move(findings);
    return j;
}

nlohmann::ordered_json RulesEngine::planJson(const Assessment &a) const
{
    const Catalog &c = *m_catalog;
    nlohmann::ordered_json j;
    j["catalog_version"] = c.version;
    auto plans = nlohmann::ordered_json::array();
    for (const auto &r : a.requests) {
        nlohmann::ordered_json o;
        o["indication"] = r.request.indication;
        o["area"] = r.request.area;
        o["status"] = r.status();
        if (r.protocol) {
            const Protocol &p = *r.protocol;
            o["protocol"] = p.id;
            o["alternatives"] = r.alternatives;
            o["technique"] = r.technique;
            o["depth_mm"] = {number(r.depthMin), number(r.depthMax)};
            o["needle"] = p.needle;
            auto cocktail = nlohmann::ordered_json::array();
            for (const CocktailLine *l : r.cocktail) {
                nlohmann::ordered_json line;
                line["ingredient"] = l->ingredient;
                line["amount"] = l->amount;
                line["volume_ml"] = l->volumeMl;
                cocktail.push_back(std::move(line));
            }
            o["cocktail"] = std::move(cocktail);
            auto excluded = nlohmann::ordered_json::array();
            for (const auto &e : r.excluded) {
                nlohmann::ordered_json x;
                x["ingredient"] = e.ingredient;
                x["reason"] = e.reason;
                x["rule"] = e.rule;
                excluded.push_back(std::move(x));
            }
            o["excluded"] = std::move(excluded);
            o["sessions"] = r.sessions;
            o["interval_days"] = p.interval.days;
            // Only for a course in phases that reaches its later phase, so that other plans keep
            // their shape.
            if (p.laterInterval && r.sessions >= p.laterInterval->fromSession)
                o["later_interval"] = {{"from_session", p.laterInterval->fromSession},
                                       {"interval_days", p.laterInterval->days}};
            o["maintenance_interval_days"] = p.maintenanceDays;
            o["session_minutes"] = p.sessionMinutes;
            o["earliest_start"] = r.earliestStart.toString();
            nlohmann::ordered_json price;
            price["per_session"] = number(r.pricePerSession);
            price["total"] = number(r.pricePerSession * r.sessions);
            price["currency"] = c.currency;
            o["price"] = std::move(price);
        } else {
            o["protocol"] = nullptr;
            o["alternatives"] = nlohmann::ordered_json::array();
        }
        auto findings = nlohmann::ordered_json::array();
        for (size_t i : r.findings)
            findings.push_back(findingJson(a.findings[i]));
        o["findings"] = std::move(findings);
        auto aftercare = nlohmann::ordered_json::array();
        for (const std::string *text : r.aftercare)
            aftercare.push_back(*text);
        o["aftercare"] = std::move(aftercare);
        o["trace"] = r.trace;
        plans.push_back(std::move(o));
    }
    j["plans"] = std::move(plans);
    return j;
}

} // namespace meso::core

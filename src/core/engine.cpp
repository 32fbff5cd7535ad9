#include "engineparts.h"

namespace meso::core {

namespace {

// The facts' member names, interned once: a Name made from text takes the interning lock.
struct FactNames
{
    const Name age{"age"};
    const Name sex{"sex"};
    const Name fitzpatrick{"fitzpatrick"};
    const Name country{"country"};
    const Name conditions{"conditions"};
    const Name medications{"medications"};
    const Name medicationClasses{"medication_classes"};
    const Name stoppedMedications{"stopped_medications"};
    const Name unknownMedications{"unknown_medications"};
    const Name allergies{"allergies"};
    const Name allergenGroups{"allergen_groups"};
    const Name unknownAllergies{"unknown_allergies"};
    const Name recentTreatments{"recent_treatments"};
    const Name daysSince{"days_since"};
    const Name requests{"requests"};
    const Name areas{"areas"};
    const Name indications{"indications"};
    const Name openAdverseEvents{"open_adverse_events"};
    // recent_treatments' members
    const Name treatment{"treatment"};
    const Name area{"area"};
    const Name daysAgo{"days_ago"};
};

const FactNames &factNames()
{
    static const FactNames names;
    return names;
}

} // namespace

std::string RequestResult::status() const
{
    if (verdict == "clear")
        return "proposed";
    return verdict;
}

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
            trace->push_back(
                phrase(MESO_PHRASE("Plan trace", "protocol %1 is not allowed in %2: %3 [%4]"),
                       {shown(m_catalog->protocols, p->id, lang), country,
                        p->jurisdiction.note.in(lang), p->jurisdiction.sourcing.source}));
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

    const FactNames &name = factNames();
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
        recent.emplace_back(Object{{name.treatment, idValue(t.treatment)},
                                   {name.area, idValue(t.area)},
                                   {name.daysAgo, static_cast<double>(days)}});
        const auto it = daysSince.find(t.treatment);
        if (it == daysSince.end() || days < it->second)
            daysSince[t.treatment] = days;
    }
    Object since;
    for (const auto &[t, d] : daysSince)
        since.emplace_back(Name(t), static_cast<double>(d));
    Object stoppedObj;
    for (const auto &[m, d] : stopped)
        stoppedObj.emplace_back(Name(m), static_cast<double>(d));

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
    auto add = [&base](const Name &key, Value v) { base.emplace_back(key, std::move(v)); };
    add(name.age, static_cast<double>(ageInYears(in.birthDate, in.date)));
    add(name.sex, in.sex.empty() ? Value::null() : idValue(in.sex));
    add(name.fitzpatrick, in.fitzpatrick ? Value(*in.fitzpatrick) : Value::null());
    add(name.country, options.country.empty() ? Value::null() : Value(options.country));
    add(name.conditions, idValues(ListFact::Conditions, conditions));
    add(name.medications, idValues(ListFact::Medications, meds));
    add(name.medicationClasses, idValues(ListFact::MedicationClasses, classes));
    add(name.stoppedMedications, Value(std::move(stoppedObj)));
    add(name.unknownMedications, idValues(ListFact::UnknownMedications, f.unknownMedications));
    add(name.allergies, idValues(ListFact::Allergies, allergies));
    add(name.allergenGroups, idValues(ListFact::AllergenGroups, groups));
    add(name.unknownAllergies, idValues(ListFact::UnknownAllergies, f.unknownAllergies));
    add(name.recentTreatments, Value(std::move(recent)));
    add(name.daysSince, Value(std::move(since)));
    add(name.requests, Value(std::move(requests)));
    add(name.areas, idValues(ListFact::Areas, areas));
    add(name.indications, idValues(ListFact::Indications, indications));
    f.openAdverseEvents = options.openAdverseEvents;
    sortUnique(f.openAdverseEvents);
    add(name.openAdverseEvents, idValues(ListFact::OpenAdverseEvents, f.openAdverseEvents));
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
    replace("{open_adverse_events}", [&] {
        std::vector<std::string> names;
        for (const std::string &id : f.openAdverseEvents) {
            const Risk *r = nullptr;
            for (const Risk &risk : m_catalog->risks) {
                if (risk.id == id)
                    r = &risk;
            }
            names.push_back(r ? r->text.in(lang) : id);
        }
        return clauses(names);
    });
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
    Facts f = buildFacts(in, options);
    Assessment out;
    out.lang = options.lang;
    out.requests.reserve(in.requests.size());

    Screened s = screen(in, options, f, observer);
    for (const auto &r : in.requests)
        out.requests.push_back(planRequest(r, in, options, f, s, observer));

    // Keep the findings that touch a request or explain an exclusion, renumbered.
    std::vector<size_t> renumber(s.all.size(), 0);
    for (size_t i = 0; i < s.all.size(); ++i) {
        if (!s.reported[i])
            continue;
        renumber[i] = out.findings.size();
        out.findings.push_back(*s.all[i]);
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
                line["amount"] = l->amount.in(a.lang);
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
            // Null when the clinic has not priced the protocol in its currency yet.
            price["per_session"] = r.priced() ? amount(r.priceCents) : nlohmann::ordered_json();
            price["total"] =
                r.priced() ? amount(r.priceCents * r.sessions) : nlohmann::ordered_json();
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

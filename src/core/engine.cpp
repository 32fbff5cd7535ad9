#include "engine.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace meso::core {

std::string normaliseName(const std::string &name)
{
    std::string out;
    bool space = false;
    for (unsigned char c : name) {
        if (c == ' ' || c == '\t' || c == '-' || c == '_' || c == '\n' || c == '\r') {
            space = !out.empty();
            continue;
        }
        if (space) {
            out += ' ';
            space = false;
        }
        out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
    return out;
}

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

Value strings(const std::vector<std::string> &list)
{
    Array a;
    a.reserve(list.size());
    for (const auto &s : list)
        a.emplace_back(s);
    return Value(std::move(a));
}

void sortUnique(std::vector<std::string> &v)
{
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
}

template <typename T>
bool has(const std::vector<T> &v, const T &x)
{
    return std::find(v.begin(), v.end(), x) != v.end();
}

std::string join(const std::vector<std::string> &v, const std::string &sep)
{
    std::string out;
    for (const auto &s : v)
        out += (out.empty() ? "" : sep) + s;
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

// The facts of one intake: the base object every rule sees, and what the scopes add.
struct RulesEngine::Facts
{
    Object base;
    std::vector<std::string> unknownMedications, unknownAllergies;
    std::set<std::string> allergyDirect, allergyRelated;
    Value value;
};

RulesEngine::RulesEngine(std::shared_ptr<const Catalog> catalog) : m_catalog(std::move(catalog))
{
    const Catalog &c = *m_catalog;
    for (const auto &m : c.medications) {
        m_medicationNames.emplace(normaliseName(m.id), m.id);
        m_medicationNames.emplace(normaliseName(m.name.in("en")), m.id);
        for (const auto &a : m.aliases)
            m_medicationNames.emplace(normaliseName(a), m.id);
    }
    auto addAllergy = [&](const std::string &id, const Text &name) {
        m_allergyNames.emplace(normaliseName(id), id);
        m_allergyNames.emplace(normaliseName(name.in("en")), id);
    };
    for (const auto &g : c.allergenGroups)
        addAllergy(g.id, g.name);
    for (const auto &a : c.allergens)
        addAllergy(a.id, a.name);
    for (const auto &i : c.ingredients)
        addAllergy(i.id, i.name);
    for (const auto &p : c.protocols) {
        for (const auto &ind : p.indications) {
            for (const auto &area : p.areas)
                m_serving[ind + "|" + area].push_back(&p);
        }
    }
    for (auto &[key, list] : m_serving) {
        std::stable_sort(list.begin(), list.end(),
                         [](const Protocol *a, const Protocol *b) { return a->rank < b->rank; });
    }
}

std::string RulesEngine::medicationId(const std::string &name) const
{
    const auto it = m_medicationNames.find(normaliseName(name));
    return it == m_medicationNames.end() ? std::string() : it->second;
}

std::string RulesEngine::allergyId(const std::string &name) const
{
    const auto it = m_allergyNames.find(normaliseName(name));
    return it == m_allergyNames.end() ? std::string() : it->second;
}

RulesEngine::Facts RulesEngine::buildFacts(const Intake &in) const
{
    const Catalog &c = *m_catalog;
    Facts f;
    const long today = in.date.toDays();

    std::vector<std::string> conditions = in.conditions;
    sortUnique(conditions);

    std::vector<std::string> meds, classes;
    std::map<std::string, long> stopped;
    for (const auto &m : in.medications) {
        const std::string id = medicationId(m.name);
        if (id.empty()) {
            f.unknownMedications.push_back(m.name);
            continue;
        }
        if (m.stopped && m.stopped->toDays() <= today) {
            const long days = today - m.stopped->toDays();
            const auto it = stopped.find(id);
            if (it == stopped.end() || days < it->second)
                stopped[id] = days;
            continue;
        }
        meds.push_back(id);
        classes.push_back(Catalog::findIn(c.medications, id)->medicationClass);
    }
    sortUnique(meds);
    sortUnique(classes);
    for (const auto &id : meds)
        stopped.erase(id); // still taken: not a stopped medication
    sortUnique(f.unknownMedications);

    // Allergies: what the patient reacts to (direct) and what is only related (a `warn` group).
    std::vector<std::string> allergies, groups;
    for (const auto &name : in.allergies) {
        const std::string id = allergyId(name);
        if (id.empty()) {
            f.unknownAllergies.push_back(name);
            continue;
        }
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
    }
    for (const auto &d : f.allergyDirect)
        f.allergyRelated.erase(d);
    sortUnique(allergies);
    sortUnique(groups);
    sortUnique(f.unknownAllergies);

    Array recent;
    std::map<std::string, long> daysSince;
    std::vector<RecentTreatment> treatments = in.recentTreatments;
    std::sort(treatments.begin(), treatments.end(), [](const RecentTreatment &a, const RecentTreatment &b) {
        return std::tie(a.treatment, a.area, a.date.year, a.date.month, a.date.day) <
               std::tie(b.treatment, b.area, b.date.year, b.date.month, b.date.day);
    });
    for (const auto &t : treatments) {
        const long days = today - t.date.toDays();
        recent.emplace_back(Object{{"treatment", t.treatment}, {"area", t.area},
                                   {"days_ago", static_cast<double>(days)}});
        const auto it = daysSince.find(t.treatment);
        if (it == daysSince.end() || days < it->second)
            daysSince[t.treatment] = days;
    }
    Object since;
    for (const auto &[t, d] : daysSince)
        since.emplace_back(t, static_cast<double>(d));
    Object stoppedObj;
    for (const auto &[m, d] : stopped)
        stoppedObj.emplace_back(m, static_cast<double>(d));

    Array requests;
    std::vector<std::string> areas, indications;
    for (const auto &r : in.requests) {
        requests.emplace_back(Object{{"indication", r.indication}, {"area", r.area}});
        areas.push_back(r.area);
        indications.push_back(r.indication);
    }
    sortUnique(areas);
    sortUnique(indications);

    f.base = {
        {"age", static_cast<double>(ageInYears(in.birthDate, in.date))},
        {"sex", in.sex.empty() ? Value::null() : Value(in.sex)},
        {"fitzpatrick", in.fitzpatrick ? Value(*in.fitzpatrick) : Value::null()},
        {"conditions", strings(conditions)},
        {"medications", strings(meds)},
        {"medication_classes", strings(classes)},
        {"stopped_medications", Value(std::move(stoppedObj))},
        {"unknown_medications", strings(f.unknownMedications)},
        {"allergies", strings(allergies)},
        {"allergen_groups", strings(groups)},
        {"unknown_allergies", strings(f.unknownAllergies)},
        {"recent_treatments", Value(std::move(recent))},
        {"days_since", Value(std::move(since))},
        {"requests", Value(std::move(requests))},
        {"areas", strings(areas)},
        {"indications", strings(indications)},
    };
    f.value = Value(f.base);
    return f;
}

Value RulesEngine::facts(const Intake &intake) const
{
    return buildFacts(intake).value;
}

std::string RulesEngine::fill(const Text &text, const std::string &lang, const Facts &f,
                              const std::string &area, const std::string &ingredient) const
{
    std::string s = text.in(lang);
    auto replace = [&s](const std::string &key, const std::string &with) {
        for (size_t pos = s.find(key); pos != std::string::npos; pos = s.find(key, pos + with.size()))
            s.replace(pos, key.size(), with);
    };
    if (!area.empty()) {
        const Area *a = Catalog::findIn(m_catalog->areas, area);
        replace("{area}", a ? a->name.in(lang) : area);
    }
    if (!ingredient.empty()) {
        const Ingredient *i = Catalog::findIn(m_catalog->ingredients, ingredient);
        replace("{ingredient}", i ? i->name.in(lang) : ingredient);
    }
    replace("{unknown_medications}", join(f.unknownMedications, ", "));
    replace("{unknown_allergies}", join(f.unknownAllergies, ", "));
    return s;
}

Assessment RulesEngine::assess(const Intake &in, const std::string &lang) const
{
    const Catalog &c = *m_catalog;
    const Facts f = buildFacts(in);
    Assessment out;

    auto withKey = [&f](const char *key, Value v) {
        Object o = f.base;
        o.emplace_back(key, std::move(v));
        return Value(std::move(o));
    };

    // Patient scope: once.
    std::vector<Finding> patient;
    for (const auto &rule : c.screeningRules) {
        if (rule.scope == Scope::Patient && js::truthy(rule.when.evaluate(f.value)))
            patient.push_back({&rule, {}, {}, fill(rule.message, lang, f, {}, {})});
    }

    // Area scope: once per requested area.
    std::map<std::string, std::vector<Finding>> byArea;
    for (const auto &r : in.requests) {
        if (byArea.count(r.area))
            continue;
        auto &list = byArea[r.area];
        std::vector<std::string> site;
        for (const auto &s : in.siteConditions) {
            if (s.area == r.area)
                site.push_back(s.condition);
        }
        sortUnique(site);
        Object o = f.base;
        o.emplace_back("area", Value(r.area));
        o.emplace_back("site_conditions", strings(site));
        const Value facts(std::move(o));
        for (const auto &rule : c.screeningRules) {
            if (rule.scope != Scope::Area || (!rule.areas.empty() && !has(rule.areas, r.area)))
                continue;
            if (js::truthy(rule.when.evaluate(facts)))
                list.push_back({&rule, r.area, {}, fill(rule.message, lang, f, r.area, {})});
        }
    }

    // Ingredient scope: once per ingredient of every cocktail that could serve a request.
    std::map<std::string, std::vector<Finding>> byIngredient;
    for (const auto &r : in.requests) {
        const auto it = m_serving.find(r.indication + "|" + r.area);
        if (it == m_serving.end())
            continue;
        for (const Protocol *p : it->second) {
            for (const auto &line : p->cocktail) {
                if (byIngredient.count(line.ingredient))
                    continue;
                auto &list = byIngredient[line.ingredient];
                const Ingredient *ing = Catalog::findIn(c.ingredients, line.ingredient);
                std::vector<std::string> allergens = ing->allergens;
                allergens.push_back(ing->id);
                Value allergy = Value::null();
                for (const auto &a : allergens) {
                    if (f.allergyDirect.count(a))
                        allergy = Value("direct");
                }
                if (allergy.isNull()) {
                    for (const auto &a : allergens) {
                        if (f.allergyRelated.count(a))
                            allergy = Value("related");
                    }
                }
                const Value facts = withKey("ingredient", Value(Object{{"id", ing->id},
                                                                       {"allergens", strings(ing->allergens)},
                                                                       {"allergy", allergy}}));
                for (const auto &rule : c.screeningRules) {
                    if (rule.scope != Scope::Ingredient ||
                        (!rule.ingredients.empty() && !has(rule.ingredients, ing->id)))
                        continue;
                    if (js::truthy(rule.when.evaluate(facts)))
                        list.push_back({&rule, {}, ing->id, fill(rule.message, lang, f, {}, ing->id)});
                }
            }
        }
    }

    // Findings are numbered once, most severe first, then in catalog rule order.
    std::vector<const Finding *> all;
    for (const auto &x : patient)
        all.push_back(&x);
    for (const auto &[area, list] : byArea)
        for (const auto &x : list)
            all.push_back(&x);
    for (const auto &[ing, list] : byIngredient)
        for (const auto &x : list)
            all.push_back(&x);
    auto ruleIndex = [&c](const ScreeningRule *r) { return r - c.screeningRules.data(); };
    std::stable_sort(all.begin(), all.end(), [&](const Finding *a, const Finding *b) {
        if (a->rule->severity != b->rule->severity)
            return a->rule->severity > b->rule->severity;
        if (a->rule != b->rule)
            return ruleIndex(a->rule) < ruleIndex(b->rule);
        return std::tie(a->area, a->ingredient) < std::tie(b->area, b->ingredient);
    });
    std::map<const Finding *, size_t> order;
    std::vector<bool> reported(all.size(), false);
    for (size_t i = 0; i < all.size(); ++i)
        order[all[i]] = i;

    for (const auto &r : in.requests) {
        RequestResult rr;
        rr.request = r;
        std::vector<const Finding *> applies;
        for (const auto &x : patient)
            applies.push_back(&x);
        for (const auto &x : byArea[r.area])
            applies.push_back(&x);

        const auto serving = m_serving.find(r.indication + "|" + r.area);
        if (serving == m_serving.end()) {
            int worst = -1;
            for (const Finding *x : applies)
                worst = std::max(worst, static_cast<int>(x->rule->severity));
            rr.verdict = worst == static_cast<int>(Severity::Absolute) ? "blocked" : "unsupported";
            rr.trace.push_back("no protocol of the catalog serves " + r.indication + " at " + r.area);
        } else {
            // The best-ranked protocol whose essential ingredients all stay in. The absolute
            // findings that rule a protocol out are reported and traced: they are why the
            // practitioner sees another protocol, or a blocked request when none is left.
            const std::vector<const Protocol *> &candidates = serving->second;
            const Protocol *chosen = nullptr;
            std::vector<std::string> skipped;
            std::vector<const Finding *> skipReasons;
            auto essentialBlockers = [&byIngredient](const Protocol &p) {
                std::vector<const Finding *> blockers;
                for (const auto &line : p.cocktail) {
                    if (!line.essential)
                        continue;
                    for (const auto &x : byIngredient[line.ingredient]) {
                        if (x.rule->severity == Severity::Absolute)
                            blockers.push_back(&x);
                    }
                }
                return blockers;
            };
            auto ruledOut = [](const Protocol &p, const std::vector<const Finding *> &blockers) {
                std::vector<std::string> why;
                for (const Finding *x : blockers)
                    why.push_back(x->ingredient + ": " + x->message + " [rule " + x->rule->id + ", " +
                                  x->rule->source + "]");
                return p.id + " ruled out, essential ingredient contraindicated: " + join(why, "; ");
            };
            std::vector<std::string> ruledOutTrace;
            for (const Protocol *p : candidates) {
                const std::vector<const Finding *> blockers = essentialBlockers(*p);
                if (chosen) {
                    // A lower-ranked alternative: the practitioner may pick it, so say when it
                    // cannot be done, without making its findings part of this plan.
                    if (!blockers.empty())
                        ruledOutTrace.push_back("alternative " + ruledOut(*p, blockers));
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
                reported[order[x]] = true;
            rr.protocol = chosen;
            for (const Protocol *p : candidates) {
                if (p != chosen)
                    rr.alternatives.push_back(p->id);
            }
            rr.trace.push_back("protocol " + chosen->id + " (rank " + std::to_string(chosen->rank) +
                               ") serves " + r.indication + " at " + r.area +
                               (rr.alternatives.empty() ? "" : "; alternatives: " + join(rr.alternatives, ", ")) +
                               " [" + chosen->source + "]");
            rr.trace.insert(rr.trace.end(), ruledOutTrace.begin(), ruledOutTrace.end());

            // Cocktail: absolute ingredient findings take the ingredient out (or block).
            for (const auto &line : chosen->cocktail) {
                const Finding *absolute = nullptr;
                for (const auto &x : byIngredient[line.ingredient]) {
                    if (x.rule->severity == Severity::Absolute) {
                        if (!absolute)
                            absolute = &x;
                        if (line.essential)
                            applies.push_back(&x);
                    } else {
                        applies.push_back(&x);
                    }
                }
                if (!absolute) {
                    rr.cocktail.push_back(&line);
                    continue;
                }
                reported[order[absolute]] = true;
                rr.excluded.push_back({line.ingredient, absolute->message, absolute->rule->id});
                rr.trace.push_back(std::string(line.essential ? "essential ingredient " : "excluded ") +
                                   line.ingredient + ": " + absolute->message + " [rule " +
                                   absolute->rule->id + ", " + absolute->rule->source + "]" +
                                   (line.essential ? "; the protocol cannot do without it: blocked" : ""));
            }

            int worst = -1;
            for (const Finding *x : applies)
                worst = std::max(worst, static_cast<int>(x->rule->severity));
            rr.verdict = severityVerdict(worst);
            // A cocktail or protocol changed because something was ruled out is for the
            // practitioner to confirm. This also keeps verdicts monotone: adding an allergy that
            // takes out an ingredient (and with it that ingredient's relative finding) never
            // makes the verdict milder.
            const bool changed = !rr.excluded.empty() || (!allBlocked && !skipped.empty());
            if (changed && rr.verdict == "clear") {
                rr.verdict = "review";
                rr.reviewReasons.push_back(!rr.excluded.empty() ? "cocktail changed (ingredients excluded)"
                                                                 : "preferred protocol ruled out");
            }

            // Sessions and technique from the protocol, changed by the plan rules.
            rr.technique = chosen->technique;
            rr.depthMin = chosen->depthMin;
            rr.depthMax = chosen->depthMax;
            rr.sessions = chosen->sessionsDefault;
            rr.trace.push_back("sessions: protocol default " + std::to_string(rr.sessions) + " (from " +
                               std::to_string(chosen->sessionsMin) + " to " +
                               std::to_string(chosen->sessionsMax) + ")");
            std::vector<std::string> aftercareSets = chosen->aftercare;
            Object planObj = f.base;
            planObj.emplace_back("request", Value(Object{{"indication", r.indication}, {"area", r.area}}));
            planObj.emplace_back("protocol", Value(chosen->id));
            const Value planFacts(std::move(planObj));
            for (const auto &rule : c.planRules) {
                if (!rule.protocols.empty() && !has(rule.protocols, chosen->id))
                    continue;
                if (!js::truthy(rule.when.evaluate(planFacts)))
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
                    const int clamped = std::clamp(target, chosen->sessionsMin, chosen->sessionsMax);
                    what += "sessions " + std::to_string(clamped) +
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
                    if (!has(aftercareSets, set)) {
                        aftercareSets.push_back(set);
                        what += std::string(what.empty() ? "" : "; ") + "aftercare " + set;
                    }
                }
                rr.trace.push_back("rule " + rule.id + ": " + rule.message.in(lang) +
                                   (what.empty() ? "" : " -> " + what) + " [" + rule.source + "]");
            }

            // Earliest start: the consultation date, pushed back by the spacing rules.
            rr.earliestStart = in.date;
            for (const auto &t : in.recentTreatments) {
                for (const auto &s : c.spacing) {
                    if (!has(s.earlier, t.treatment) || (s.sameArea && t.area != r.area) ||
                        (!s.areas.empty() && !has(s.areas, r.area)))
                        continue;
                    const Date ready = t.date.addDays(s.minDays);
                    if (ready > rr.earliestStart) {
                        rr.earliestStart = ready;
                        rr.trace.push_back("earliest start " + ready.toString() + ": " + s.message.in(lang) +
                                           " (" + t.treatment + " on " + t.date.toString() + " at " + t.area +
                                           ", " + std::to_string(s.minDays) + " days) [rule " + s.id + ", " +
                                           s.source + "]");
                    }
                }
            }

            rr.pricePerSession = chosen->pricePerSession;
            rr.trace.push_back("price " + formatNumber(rr.pricePerSession) + " " + c.currency + " x " +
                               std::to_string(rr.sessions) + " sessions = " +
                               formatNumber(rr.pricePerSession * rr.sessions) + " " + c.currency);
            for (const auto &setId : aftercareSets) {
                const AftercareSet *set = Catalog::findIn(c.aftercare, setId);
                for (const auto &item : set->items)
                    rr.aftercare.push_back(item.text.in(lang));
            }
        }

        std::sort(applies.begin(), applies.end(), [&](const Finding *a, const Finding *b) { return order[a] < order[b]; });
        applies.erase(std::unique(applies.begin(), applies.end()), applies.end());
        for (const Finding *x : applies) {
            rr.findings.push_back(order[x]);
            reported[order[x]] = true;
        }
        if (rr.verdict != "clear" && rr.verdict != "unsupported") {
            std::vector<std::string> why;
            for (const Finding *x : applies) {
                if (severityVerdict(static_cast<int>(x->rule->severity)) == rr.verdict)
                    why.push_back(x->rule->id);
            }
            why.insert(why.end(), rr.reviewReasons.begin(), rr.reviewReasons.end());
            rr.trace.push_back("status " + rr.status() + ": " + join(why, ", "));
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
            o["interval_days"] = p.intervalDays;
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
        o["aftercare"] = r.aftercare;
        o["trace"] = r.trace;
        plans.push_back(std::move(o));
    }
    j["plans"] = std::move(plans);
    return j;
}

} // namespace meso::core

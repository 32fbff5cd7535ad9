#include "engineparts.h"

namespace meso::core {

// Screening: every rule of the catalog that can apply to the intake, evaluated once per scope
// (the patient; each requested area with the site conditions sharing its skin; each ingredient
// of a cocktail that may serve a request, with the patient's allergy to it).
RulesEngine::Screened RulesEngine::screen(const Intake &in, const AssessOptions &options, Facts &f,
                                          const RuleObserver &observer) const
{
    const Catalog &c = *m_catalog;
    const std::string &lang = options.lang;
    ScopedFacts &scoped = f.scoped;
    // Every finding of the intake, in one list: patient scope once, area scope once per
    // requested area, ingredient scope once per ingredient of any cocktail that could serve a
    // request. Pointers into the list are taken only once it is complete.
    Screened out;
    std::vector<Finding> &found = out.found;
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
                for (const ScreeningRule *rule : ingredientScope(line.ingredient, f))
                    evaluate(rule, none, line.ingredient);
            }
        }
    }

    // Findings are numbered once, most severe first, then in catalog rule order.
    std::vector<const Finding *> &all = out.all;
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
    std::vector<size_t> &rank = out.rank;
    rank.resize(found.size());
    for (size_t i = 0; i < all.size(); ++i)
        rank[static_cast<size_t>(all[i] - found.data())] = i;
    out.reported.assign(all.size(), false);
    return out;
}

const std::vector<const ScreeningRule *> &
RulesEngine::ingredientScope(const std::string &ingredientId, Facts &f) const
{
    const IngredientFacts &facts = m_ingredients.at(ingredientId);
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
    const IngredientFacts::Allergy allergy = allergic(f.allergyDirect) ? IngredientFacts::Direct
                                             : allergic(f.allergyRelated)
                                                 ? IngredientFacts::Related
                                                 : IngredientFacts::NotAllergic;
    f.scoped.reset();
    f.scoped.set(ScopedFacts::Ingredient, facts.value[allergy]);
    return facts.rules;
}

std::vector<Finding> RulesEngine::screenIngredients(const Intake &in,
                                                    const std::vector<std::string> &ingredients,
                                                    const AssessOptions &options) const
{
    Facts f = buildFacts(in, options);
    std::vector<std::string> ids = ingredients;
    sortUnique(ids);
    std::vector<Finding> found;
    static const std::string none;
    for (const std::string &id : ids) {
        if (!m_ingredients.count(id))
            continue;
        for (const ScreeningRule *rule : ingredientScope(id, f)) {
            if (js::truthy(rule->when.evaluate(f.scoped.value())))
                found.push_back({rule, none, id, fill(rule->message, options.lang, f, none, id)});
        }
    }
    std::stable_sort(found.begin(), found.end(), [](const Finding &a, const Finding &b) {
        return a.rule->severity > b.rule->severity;
    });
    return found;
}

} // namespace meso::core

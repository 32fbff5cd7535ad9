#include "engineparts.h"

namespace meso::core {

// Planning one request: the protocols allowed in the country, the best one whose cocktail can
// go ahead, the cocktail without what is contraindicated, the plan rules, the spacing from recent
// treatments, the price and aftercare, and the trace of every step.
RequestResult RulesEngine::planRequest(const Request &r, const Intake &in,
                                       const AssessOptions &options, Facts &f, Screened &s,
                                       const RuleObserver &observer) const
{
    const Catalog &c = *m_catalog;
    const std::string &lang = options.lang;
    RequestResult rr;
    rr.request = r;
    rr.trace.reserve(12);
    std::vector<const Finding *> applies;
    applies.reserve(s.found.size());
    for (const auto &x : s.found) {
        if (x.rule->scope == Scope::Patient || (x.rule->scope == Scope::Area && x.area == r.area))
            applies.push_back(&x);
    }

    const std::string indication = shown(c.indications, r.indication, lang);
    const std::string area = shown(c.areas, r.area, lang);
    std::vector<std::string> notAllowed;
    const std::vector<const Protocol *> candidates =
        allowedServing(r, options.country, &notAllowed, lang);
    if (candidates.empty()) {
        int worst = -1;
        for (const Finding *x : applies)
            worst = std::max(worst, static_cast<int>(x->rule->severity));
        rr.verdict = worst == static_cast<int>(Severity::Absolute) ? "blocked" : "unsupported";
        rr.trace = std::move(notAllowed);
        rr.trace.push_back(
            rr.trace.empty()
                ? phrase(MESO_PHRASE("Plan trace", "no protocol of the catalog serves %1 at %2"),
                         {indication, area})
                : phrase(
                      MESO_PHRASE("Plan trace", "no protocol of the catalog serves %1 at %2 in %3"),
                      {indication, area, options.country}));
    } else {
        // The best-ranked protocol whose essential ingredients all stay in. The absolute
        // findings that rule a protocol out are reported and traced: they are why the
        // practitioner sees another protocol, or a blocked request when none is left.
        const Protocol *chosen = nullptr;
        std::vector<std::string> skipped;
        std::vector<const Finding *> skipReasons;
        auto absoluteFor = [&s](const CocktailLine &line) {
            std::vector<const Finding *> found;
            s.forIngredient(line.ingredient, [&found](const Finding &x) {
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
            return std::all_of(p.cocktail.begin(), p.cocktail.end(), [&](const CocktailLine &line) {
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
                why.push_back(cat(shown(c.ingredients, x->ingredient, lang), ": ", x->message, " ",
                                  ruleSource(x->rule->id, x->rule->source)));
            return nothingLeft(p)
                       ? phrase(MESO_PHRASE("Plan trace",
                                            "%1 ruled out, no injected ingredient could stay: %2"),
                                {shown(c.protocols, p.id, lang), clauses(why)})
                       : phrase(
                             MESO_PHRASE("Plan trace",
                                         "%1 ruled out, essential ingredient contraindicated: %2"),
                             {shown(c.protocols, p.id, lang), clauses(why)});
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
                    ruledOutTrace.push_back(phrase(MESO_PHRASE("Plan trace", "alternative %1"),
                                                   {ruledOut(*p, blockers)}));
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
            s.reported[s.order(x)] = true;
        rr.protocol = chosen;
        rr.cocktail.reserve(chosen->cocktail.size());
        for (const Protocol *p : candidates) {
            if (p != chosen)
                rr.alternatives.push_back(p->id);
        }
        const std::string rank = std::to_string(chosen->rank);
        std::vector<std::string> alternatives;
        for (const std::string &id : rr.alternatives)
            alternatives.push_back(shown(c.protocols, id, lang));
        std::vector<std::string> serves = {
            preferred ? phrase(MESO_PHRASE("Plan trace",
                                           "protocol %1 (rank %2, chosen by the practitioner) "
                                           "serves %3 at %4"),
                               {shown(c.protocols, chosen->id, lang), rank, indication, area})
                      : phrase(MESO_PHRASE("Plan trace", "protocol %1 (rank %2) serves %3 at %4"),
                               {shown(c.protocols, chosen->id, lang), rank, indication, area})};
        if (!alternatives.empty())
            serves.push_back(
                phrase(MESO_PHRASE("Plan trace", "alternatives: %1"), {join(alternatives, ", ")}));
        rr.trace.push_back(cat(clauses(serves), " [", chosen->source, "]"));
        rr.trace.insert(rr.trace.end(), ruledOutTrace.begin(), ruledOutTrace.end());

        // Cocktail: an absolute ingredient finding takes the ingredient out, except an
        // essential one, which stays in the cocktail and blocks the plan instead (contract);
        // so does every injected one when none of them could stay. The ingredient's relative
        // and caution findings stay with the request either way.
        const bool empty = nothingLeft(*chosen);
        for (const auto &line : chosen->cocktail) {
            const bool keeps = line.essential || (empty && injected(line));
            const Finding *absolute = nullptr;
            s.forIngredient(line.ingredient, [&](const Finding &x) {
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
            s.reported[s.order(absolute)] = true;
            if (!keeps)
                rr.excluded.push_back({line.ingredient, absolute->message, absolute->rule->id});
            const std::string why =
                cat(absolute->message, " ", ruleSource(absolute->rule->id, absolute->rule->source));
            rr.trace.push_back(
                line.essential
                    ? phrase(MESO_PHRASE("Plan trace", "essential ingredient %1: %2; the protocol "
                                                       "cannot do without it: blocked"),
                             {shown(c.ingredients, line.ingredient, lang), why})
                : keeps ? phrase(MESO_PHRASE("Plan trace", "ingredient %1: %2; no injected "
                                                           "ingredient could stay: blocked"),
                                 {shown(c.ingredients, line.ingredient, lang), why})
                        : phrase(MESO_PHRASE("Plan trace", "excluded %1: %2"),
                                 {shown(c.ingredients, line.ingredient, lang), why}));
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
            rr.reviewReasons.push_back(
                !rr.excluded.empty()
                    ? phrase(MESO_PHRASE("Plan trace", "cocktail changed (ingredients excluded)"))
                    : phrase(MESO_PHRASE("Plan trace", "preferred protocol ruled out")));
        }
        // Where the clinic works is unknown: a protocol that some countries forbid is for the
        // practitioner to confirm.
        if (options.country.empty() && chosen->jurisdiction.restricted()) {
            if (rr.verdict == "clear")
                rr.verdict = "review";
            if (rr.verdict == "review")
                rr.reviewReasons.push_back(
                    phrase(MESO_PHRASE("Plan trace", "clinic country not set: check that %1 is "
                                                     "allowed where you practise"),
                           {shown(c.protocols, chosen->id, lang)}));
            rr.trace.push_back(phrase(
                MESO_PHRASE("Plan trace", "jurisdiction: the clinic's country is not set; %1 [%2]"),
                {chosen->jurisdiction.note.in(lang), chosen->jurisdiction.sourcing.source}));
        }

        // Sessions and technique from the protocol, changed by the plan rules.
        rr.technique = chosen->technique;
        rr.depthMin = chosen->depthMin;
        rr.depthMax = chosen->depthMax;
        rr.sessions = chosen->sessionsDefault;
        rr.trace.push_back(
            phrase(MESO_PHRASE("Plan trace", "sessions: protocol default %1 (from %2 to %3) [%4]"),
                   {std::to_string(rr.sessions), std::to_string(chosen->sessionsMin),
                    std::to_string(chosen->sessionsMax), chosen->sessionsSourcing.source}));
        rr.trace.push_back(cat(
            phrase(MESO_PHRASE("Plan trace", "interval: every %1 days (at least %2) [%3]"),
                   {std::to_string(chosen->interval.days), std::to_string(chosen->interval.minDays),
                    chosen->interval.sourcing.source}),
            chosen->laterInterval ? " " : "",
            chosen->laterInterval
                ? phrase(MESO_PHRASE("Plan trace",
                                     "until session %1, then every %2 days (at least %3) [%4]"),
                         {std::to_string(chosen->laterInterval->fromSession - 1),
                          std::to_string(chosen->laterInterval->days),
                          std::to_string(chosen->laterInterval->minDays),
                          chosen->laterInterval->sourcing.source})
                : std::string()));
        std::vector<std::string_view> aftercareSets(chosen->aftercare.begin(),
                                                    chosen->aftercare.end());
        applyPlanRules(rr, *chosen, f, aftercareSets, lang, observer);
        applySpacing(rr, in, *chosen, lang);

        rr.priceCents = chosen->priceCents;
        rr.trace.push_back(
            rr.priced()
                ? phrase(MESO_PHRASE("Plan trace", "price %1 %2 x %3 sessions = %4 %2"),
                         {numberText(static_cast<double>(rr.priceCents) / 100), c.currency,
                          std::to_string(rr.sessions),
                          numberText(static_cast<double>(rr.priceCents * rr.sessions) / 100)})
                : phrase(MESO_PHRASE("Plan trace", "no price in %1 yet: the clinic sets it"),
                         {c.currency}));
        for (const auto &setId : aftercareSets) {
            const AftercareSet *set = Catalog::findIn(c.aftercare, setId);
            for (const auto &item : set->items)
                rr.aftercare.push_back(&item.text.in(lang));
        }
    }

    std::sort(applies.begin(), applies.end(),
              [&](const Finding *a, const Finding *b) { return s.order(a) < s.order(b); });
    applies.erase(std::unique(applies.begin(), applies.end()), applies.end());
    for (const Finding *x : applies) {
        rr.findings.push_back(s.order(x));
        s.reported[s.order(x)] = true;
    }
    if (rr.verdict != "clear" && rr.verdict != "unsupported") {
        std::vector<std::string> why;
        for (const Finding *x : applies) {
            if (severityVerdict(static_cast<int>(x->rule->severity)) == rr.verdict)
                why.push_back(x->rule->id);
        }
        why.erase(std::unique(why.begin(), why.end()), why.end()); // sorted by rule already
        why.insert(why.end(), rr.reviewReasons.begin(), rr.reviewReasons.end());
        rr.trace.push_back(phrase(MESO_PHRASE("Plan trace", "status %1: %2"),
                                  {statusText(rr.status()), join(why, ", ")}));
    }
    return rr;
}

// The plan rules that apply to the chosen protocol, in file order: sessions, technique and
// aftercare sets, each traced.
void RulesEngine::applyPlanRules(RequestResult &rr, const Protocol &chosen, Facts &f,
                                 std::vector<std::string_view> &aftercareSets,
                                 const std::string &lang, const RuleObserver &observer) const
{
    const Catalog &c = *m_catalog;
    ScopedFacts &scoped = f.scoped;
    scoped.reset();
    scoped.set(ScopedFacts::Request, requestValue(rr.request));
    scoped.set(ScopedFacts::Protocol, idValue(chosen.id));
    const Value &planFacts = scoped.value();
    for (const auto &rule : c.planRules) {
        if (!rule.protocols.empty() && !has(rule.protocols, chosen.id))
            continue;
        const bool fired = js::truthy(rule.when.evaluate(planFacts));
        if (observer)
            observer(rule.id, planFacts, fired);
        if (!fired)
            continue;
        std::vector<std::string> what;
        const PlanEffect &e = rule.effect;
        if (!e.sessions.empty()) {
            int target = rr.sessions;
            if (e.sessions == "min")
                target = chosen.sessionsMin;
            else if (e.sessions == "max")
                target = chosen.sessionsMax;
            else if (e.sessions == "default")
                target = chosen.sessionsDefault;
            else
                target = rr.sessions + e.sessionsAdd;
            const int clamped = std::clamp(target, chosen.sessionsMin, chosen.sessionsMax);
            what.push_back(
                clamped != target
                    ? phrase(MESO_PHRASE("Plan trace", "sessions %1 (clamped from %2)"),
                             {std::to_string(clamped), std::to_string(target)})
                    : phrase(MESO_PHRASE("Plan trace", "sessions %1"), {std::to_string(clamped)}));
            rr.sessions = clamped;
        }
        if (!e.technique.empty() && e.technique != rr.technique) {
            const Technique *t = Catalog::findIn(c.techniques, e.technique);
            rr.technique = t->id;
            rr.depthMin = t->depthMin;
            rr.depthMax = t->depthMax;
            what.push_back(phrase(MESO_PHRASE("Plan trace", "technique %1"),
                                  {shown(c.techniques, t->id, lang)}));
        }
        for (const auto &set : e.aftercare) {
            if (!has(aftercareSets, std::string_view(set))) {
                aftercareSets.push_back(set);
                what.push_back(phrase(MESO_PHRASE("Plan trace", "aftercare %1"),
                                      {shown(c.aftercare, set, lang)}));
            }
        }
        rr.trace.push_back(
            cat(phrase(MESO_PHRASE("Plan trace", "rule %1: %2"), {rule.id, rule.message.in(lang)}),
                what.empty() ? "" : " -> ", clauses(what), " [", rule.source, "]"));
    }
}

// The earliest start: the consultation date, pushed back by the spacing rules.
void RulesEngine::applySpacing(RequestResult &rr, const Intake &in, const Protocol &chosen,
                               const std::string &lang) const
{
    const Catalog &c = *m_catalog;
    // Earliest start: the consultation date, pushed back by the spacing rules.
    rr.earliestStart = in.date;
    // "The same area" is any area sharing skin with the request's (areas.json `within`).
    for (const auto &t : in.recentTreatments) {
        for (const SpacingRule &rule : c.spacing) {
            if (!has(rule.earlier, t.treatment) ||
                (rule.sameArea && !c.areasOverlap(t.area, rr.request.area)) ||
                (!rule.areas.empty() &&
                 std::none_of(rule.areas.begin(), rule.areas.end(), [&](const std::string &a) {
                     return c.areasOverlap(a, rr.request.area);
                 })))
                continue;
            const int days = rule.protocolInterval ? std::max(rule.minDays, chosen.interval.minDays)
                                                   : rule.minDays;
            const Date ready = t.date.addDays(days);
            if (ready > rr.earliestStart) {
                rr.earliestStart = ready;
                rr.trace.push_back(cat(
                    phrase(MESO_PHRASE("Plan trace", "earliest start %1: %2 (%3 on %4 at %5, %6 "
                                                     "days)"),
                           {dateText(ready), rule.message.in(lang),
                            shown(c.treatments, t.treatment, lang), dateText(t.date),
                            shown(c.areas, t.area, lang), std::to_string(days)}),
                    " ", ruleSource(rule.id, rule.source)));
            }
        }
    }
}

} // namespace meso::core

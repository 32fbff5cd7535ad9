#include "sessioncheck.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace meso::core {

std::string Deviation::key() const
{
    switch (kind) {
    case Kind::AreaNotPlanned:
        return "area:" + subject;
    case Kind::IngredientNotPlanned:
        return "ingredient:" + subject;
    case Kind::AboveMaximum:
        return "maximum:" + subject;
    case Kind::OtherTechnique:
        return "technique:" + subject;
    }
    return subject;
}

std::vector<Deviation> sessionDeviations(const Catalog &catalog, const PlannedSession &plan,
                                         const std::string &technique,
                                         const std::vector<SessionLine> &lines)
{
    std::vector<Deviation> out;
    std::set<std::string> areas, unplanned;
    std::map<std::string, double> volumes; // by ingredient, every area together
    for (const SessionLine &line : lines) {
        if (!catalog.areaWithin(line.area, plan.area))
            areas.insert(line.area);
        for (const std::string &ingredient : line.ingredients) {
            volumes[ingredient] += line.volumeMl;
            if (std::find(plan.cocktail.begin(), plan.cocktail.end(), ingredient) ==
                plan.cocktail.end())
                unplanned.insert(ingredient);
        }
    }
    for (const std::string &area : areas)
        out.push_back({Deviation::Kind::AreaNotPlanned, area, 0, 0, {}});
    for (const std::string &ingredient : unplanned)
        out.push_back({Deviation::Kind::IngredientNotPlanned, ingredient, 0, 0, {}});
    for (const auto &[ingredient, volume] : volumes) {
        const Ingredient *i = Catalog::findIn(catalog.ingredients, ingredient);
        // Volumes are stored in whole microlitres: sums of them are compared to within half of
        // one, so that floating-point rounding never makes exactly the maximum a deviation.
        if (i && i->sessionMax && volume > i->sessionMax->ml + 0.0005)
            out.push_back({Deviation::Kind::AboveMaximum, ingredient, volume, i->sessionMax->ml,
                           i->sessionMax->sourcing.source});
    }
    if (!technique.empty() && technique != plan.technique)
        out.push_back({Deviation::Kind::OtherTechnique, technique, 0, 0, {}});
    return out;
}

} // namespace meso::core

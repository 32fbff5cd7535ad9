#pragma once

#include "catalog.h"

#include <string>
#include <vector>

namespace meso::core {

// One product line of a treatment session as the check sees it: where it went, how much, and
// the catalog ingredients the product holds.
struct SessionLine
{
    std::string area;
    double volumeMl = 0;
    std::vector<std::string> ingredients;
};

// What the approved plan said the session would be.
struct PlannedSession
{
    std::string area, technique;
    std::vector<std::string> cocktail; // ingredient ids
};

// How a session differs from its plan or from the catalog: each needs the practitioner's reason.
struct Deviation
{
    enum class Kind
    {
        AreaNotPlanned,       // a line at an area that is not the plan's or inside it
        IngredientNotPlanned, // a product holding an ingredient the approved cocktail has not
        AboveMaximum,         // more of an ingredient than the catalog's per-session maximum
        OtherTechnique,       // another technique than the plan's
    };
    Kind kind = Kind::IngredientNotPlanned;
    std::string subject;                // the area, ingredient or technique id
    double volumeMl = 0, maximumMl = 0; // AboveMaximum: the session's total and the maximum
    std::string source;                 // AboveMaximum: where the maximum comes from

    // What a reason is given for: "area:ID", "ingredient:ID", "maximum:ID" or "technique:ID".
    std::string key() const;
};

// Every deviation of a session from its plan and from the catalog's per-session maxima, in the
// order of the kinds above, then of their subjects. Pure: the same input, the same answer.
std::vector<Deviation> sessionDeviations(const Catalog &catalog, const PlannedSession &plan,
                                         const std::string &technique,
                                         const std::vector<SessionLine> &lines);

} // namespace meso::core

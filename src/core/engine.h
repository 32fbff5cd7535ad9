#pragma once

#include "catalog.h"
#include "intake.h"

#include <nlohmann/json.hpp>

#include <array>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace meso::core {

struct Finding
{
    const ScreeningRule *rule = nullptr;
    std::string area, ingredient; // set for area and ingredient scope
    std::string message;          // placeholders filled, in the requested language
};

struct Exclusion
{
    std::string ingredient, reason, rule;
};

// The outcome for one request: its verdict and, when a protocol serves it, the session plan.
struct RequestResult
{
    Request request;
    std::string verdict;          // clear, review, blocked, unsupported
    std::vector<size_t> findings; // indices into Assessment::findings
    const Protocol *protocol = nullptr;
    std::vector<std::string> alternatives;
    std::string technique;
    double depthMin = 0, depthMax = 0;
    std::vector<const CocktailLine *> cocktail;
    std::vector<Exclusion> excluded;
    int sessions = 0;
    Date earliestStart;
    std::int64_t priceCents = 0; // a session's price in whole cents; -1: not priced
    bool priced() const { return priceCents >= 0; }
    std::vector<const std::string *> aftercare; // texts of the catalog, in the requested language
    std::vector<std::string> trace;
    std::vector<std::string> reviewReasons; // why a plan without relative findings needs review

    std::string status() const; // proposed, review, blocked, unsupported
};

// Where and in which language an intake is assessed. Converts from a language code, so that
// `assess(intake, "fr")` reads as before.
struct AssessOptions
{
    AssessOptions() = default;
    AssessOptions(const char *language) : lang(language) {}
    AssessOptions(std::string language) : lang(std::move(language)) {}

    std::string lang = "en";
    std::string
        country; // the clinic's ISO 3166-1 alpha-2 code; empty when the clinic has not set it
    // The patient's adverse events after earlier sessions that are not resolved yet (catalog risk
    // ids): the `open_adverse_events` fact.
    std::vector<std::string> openAdverseEvents;
};

struct Assessment
{
    std::string lang = "en"; // the language its texts are in (AssessOptions::lang)
    std::string verdict;
    std::vector<Finding> findings; // each once, most severe first
    std::vector<RequestResult> requests;
};

// Screening and planning over a validated catalog: builds the facts of an intake, evaluates the
// catalog's compiled rules and assembles findings and plans. Pure: no I/O, identical input gives
// identical output.
class RulesEngine
{
public:
    explicit RulesEngine(std::shared_ptr<const Catalog> catalog);

    const Catalog &catalog() const { return *m_catalog; }
    const std::shared_ptr<const Catalog> &sharedCatalog() const { return m_catalog; }

    // Sees every rule evaluation of an assessment: the rule's id, the facts it read (valid only
    // during the call) and whether it fired. For the benchmark's peer comparison and for tools
    // that explain a rule; costs nothing when absent.
    using RuleObserver =
        std::function<void(const std::string &ruleId, const Value &facts, bool fired)>;

    Assessment assess(const Intake &intake, const AssessOptions &options = {},
                      const RuleObserver &observer = {}) const;
    // The facts object the rules read (base facts, before any scope is added).
    Value facts(const Intake &intake, const AssessOptions &options = {}) const;

    // The ingredient-scope findings of these ingredients (the products about to be injected at a
    // session) for the patient of the intake, as if a cocktail held them: most severe first.
    // Ingredients the catalog does not know are skipped (the caller refuses them).
    std::vector<Finding> screenIngredients(const Intake &intake,
                                           const std::vector<std::string> &ingredients,
                                           const AssessOptions &options = {}) const;

    nlohmann::ordered_json screenJson(const Assessment &a) const;
    nlohmann::ordered_json planJson(const Assessment &a) const;
    nlohmann::ordered_json findingJson(const Finding &f) const;

    // Canonical id for a free medication or allergy name, empty when unknown.
    const std::string &medicationId(const std::string &name) const;
    const std::string &allergyId(const std::string &name) const;

private:
    struct Facts;
    struct Screened;
    Facts buildFacts(const Intake &intake, const AssessOptions &options) const;
    Screened screen(const Intake &in, const AssessOptions &options, Facts &f,
                    const RuleObserver &observer) const; // screening.cpp
    // Sets the ingredient scope of `ingredientId` (with the patient's allergy to it) and returns
    // the ingredient-scope rules that apply to it (screening.cpp).
    const std::vector<const ScreeningRule *> &ingredientScope(const std::string &ingredientId,
                                                              Facts &f) const;
    RequestResult planRequest(const Request &r, const Intake &in, const AssessOptions &options,
                              Facts &f, Screened &s,
                              const RuleObserver &observer) const; // planner.cpp
    void applyPlanRules(RequestResult &rr, const Protocol &chosen, Facts &f,
                        std::vector<std::string_view> &aftercareSets, const std::string &lang,
                        const RuleObserver &observer) const;
    void applySpacing(RequestResult &rr, const Intake &in, const Protocol &chosen,
                      const std::string &lang) const;
    std::string fill(const Text &text, const std::string &lang, const Facts &facts,
                     const std::string &area, const std::string &ingredient) const;

    // Catalog ids as shared string values: facts reuse them instead of allocating new strings.
    Value idValue(std::string_view id) const;
    // The list facts. An empty list is the common case: each list fact has one empty array,
    // shared by every assessment, instead of a new one each time. Two different list facts never
    // share one, so comparing them behaves as in JavaScript (distinct arrays are not equal).
    enum class ListFact
    {
        Conditions,
        Medications,
        MedicationClasses,
        UnknownMedications,
        Allergies,
        AllergenGroups,
        UnknownAllergies,
        Areas,
        Indications,
        SiteConditions,
        IngredientAllergens,
        OpenAdverseEvents,
        Count
    };
    template <typename List> Value idValues(ListFact fact, const List &ids) const;
    const Medication *medication(const std::string &name) const;
    Value
    requestValue(const Request &r) const; // {"indication", "area"}, shared when in the catalog

    std::shared_ptr<const Catalog> m_catalog;
    struct StringHash
    {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
    };
    std::unordered_map<std::string, Value, StringHash, std::equal_to<>> m_idValues;
    struct IngredientFacts
    {
        enum Allergy
        {
            NotAllergic,
            Direct,
            Related
        };
        const Ingredient *ingredient = nullptr;
        Value value[3]; // the `ingredient` fact, by the patient's allergy to it
        std::vector<const ScreeningRule *> rules; // the ingredient-scope rules that apply to it
    };
    std::unordered_map<std::string, IngredientFacts> m_ingredients;
    std::map<std::pair<std::string_view, std::string_view>, Value>
        m_requestValues; // keys: catalog ids
    std::array<Value, static_cast<size_t>(ListFact::Count)> m_emptyLists;
    std::vector<const ScreeningRule *> m_patientRules;
    std::unordered_map<std::string, std::vector<const ScreeningRule *>> m_areaRules; // by area id
    std::map<std::string, const Medication *> m_medicationNames; // normalised name -> medication
    std::map<std::string, std::string>
        m_allergyNames; // normalised name -> allergen/group/ingredient id
    // The protocols serving a request that may be performed in `country`, best rank first; those
    // that may not are traced. Empty when none serves.
    std::vector<const Protocol *> allowedServing(const Request &r, const std::string &country,
                                                 std::vector<std::string> *trace,
                                                 const std::string &lang) const;
    // The protocols serving a request, best rank first; nullptr when none does.
    const std::vector<const Protocol *> *serving(const Request &r) const;
    // indication -> area -> protocols by rank
    std::map<std::string, std::map<std::string, std::vector<const Protocol *>>> m_serving;
};

} // namespace meso::core

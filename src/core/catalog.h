#pragma once

#include "jsonlogic.h"

#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace meso::core {

// A user-facing catalog text with its translations; English is always present.
struct Text
{
    std::map<std::string, std::string> translations;
    const std::string &in(const std::string &lang) const;
};

struct Source
{
    std::string id, citation, evidence;
};

struct Entry
{
    std::string id;
    Text name;
};

struct Area : Entry
{
    std::string region, view;
};

struct Technique : Entry
{
    double depthMin = 0, depthMax = 0;
    Text notes;
    std::string source, evidence;
};

struct AllergenGroup : Entry
{
    bool fullCrossReactivity = false;
    std::string source, evidence;
};

struct Allergen : Entry
{
    std::vector<std::string> groups;
};

struct Medication : Entry
{
    std::string medicationClass;
    std::vector<std::string> aliases;
};

struct Ingredient : Entry
{
    Text ingredientClass, dose;
    std::vector<std::string> allergens;
    std::string source, evidence;
};

struct AftercareItem
{
    Text text;
    std::string source, evidence;
};

struct AftercareSet : Entry
{
    std::vector<AftercareItem> items;
};

struct Risk
{
    std::string id;
    Text text;
    bool serious = false;
    std::string source, evidence;
};

struct CocktailLine
{
    std::string ingredient, amount;
    double volumeMl = 0;
    bool essential = false;
};

struct Protocol : Entry
{
    std::vector<std::string> indications, areas;
    int rank = 1;
    std::string technique;
    double depthMin = 0, depthMax = 0;
    std::string needle;
    int sessionsMin = 1, sessionsDefault = 1, sessionsMax = 1;
    int intervalDays = 0, intervalMinDays = 0, intervalToleranceDays = 0;
    int maintenanceDays = 0, sessionMinutes = 0;
    double pricePerSession = 0;
    std::vector<std::string> equipment;
    std::vector<CocktailLine> cocktail;
    std::vector<std::string> aftercare, risks;
    std::string source, evidence;
};

struct SpacingRule
{
    std::string id;
    std::vector<std::string> earlier, areas;
    int minDays = 0;
    bool sameArea = true;
    Text message;
    std::string source, evidence;
};

enum class Severity { Caution = 0, Relative = 1, Absolute = 2 };
enum class Scope { Patient, Area, Ingredient };

struct ScreeningRule
{
    std::string id;
    Severity severity = Severity::Caution;
    Scope scope = Scope::Patient;
    std::vector<std::string> areas, ingredients;
    Logic when;
    Text message;
    std::string source, evidence;
};

struct PlanEffect
{
    std::string sessions; // "", "min", "default", "max", "add"
    int sessionsAdd = 0;
    std::vector<std::string> aftercare;
    std::string technique;
};

struct PlanRule
{
    std::string id;
    Logic when;
    std::vector<std::string> protocols;
    PlanEffect effect;
    Text message;
    std::string source, evidence;
};

std::string severityName(Severity s);
std::string scopeName(Scope s);

// The whole clinical catalog, validated. `files` holds each file's canonical JSON (what export
// writes and what the version hashes).
struct Catalog
{
    Text name;
    std::string edition, currency;
    std::vector<std::string> languages;
    std::vector<Source> sources;
    std::vector<Area> areas;
    std::vector<Entry> indications, conditions, siteConditions, treatments, medicationClasses;
    std::vector<Technique> techniques;
    std::vector<AllergenGroup> allergenGroups;
    std::vector<Allergen> allergens;
    std::vector<Medication> medications;
    std::vector<Ingredient> ingredients;
    std::vector<AftercareSet> aftercare;
    std::vector<Risk> risks;
    std::vector<Protocol> protocols;
    std::vector<SpacingRule> spacing;
    std::vector<ScreeningRule> screeningRules;
    std::vector<PlanRule> planRules;

    std::map<std::string, nlohmann::json> files;
    std::string version; // sha256 (hex) of the canonical form

    template <typename T>
    static const T *findIn(const std::vector<T> &list, std::string_view id)
    {
        for (const auto &e : list) {
            if (e.id == id)
                return &e;
        }
        return nullptr;
    }
};

// One thing wrong with a catalog: printed as `FILE: /json/pointer: message`.
struct CatalogProblem
{
    std::string file, pointer, message;
    std::string toString() const;
};

struct CatalogParseResult
{
    std::optional<Catalog> catalog;
    std::vector<CatalogProblem> problems;
};

// The catalog's file names, in the order they are read and written.
const std::vector<std::string> &catalogFileNames();

// Validates every file (syntax, fields, ranges, references, unique ids, JsonLogic) and builds the
// catalog only when nothing is wrong. `files` maps a file name (e.g. "rules.json") to its text.
CatalogParseResult parseCatalog(const std::map<std::string, std::string> &files);

// The canonical text of one catalog file: keys sorted, 2-space indent, trailing newline.
std::string canonicalFileText(const nlohmann::json &content);

std::string sha256Hex(const std::string &data);

} // namespace meso::core

#pragma once

#include "jsonlogic.h"

#include <nlohmann/json.hpp>

#include <cstdint>
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
    std::vector<std::string> within; // the areas that contain this one, as the catalog lists them
    std::vector<std::string>
        enclosing; // every area containing this one, directly or not (computed)
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
    std::vector<std::string> aliases;
    std::string source, evidence;
};

struct Allergen : Entry
{
    std::vector<std::string> groups, aliases;
    // Every ingredient of one of these origins carries this allergen (checked at import).
    std::vector<std::string> origins;
};

struct Medication : Entry
{
    std::string medicationClass;
    std::vector<std::string> aliases;
    std::string source, evidence;
};

// How an ingredient reaches the skin. Only an aqueous solution or gel, or a fat-soluble
// substance solubilised in water (micellar), is ever injected: oil- and alcohol-based ones cause
// necrosis (R1). Checked at import.
struct Formulation
{
    std::string route;   // injection, topical
    std::string vehicle; // aqueous, micellar, oil, alcohol, cream
    bool fatSoluble = false;
};

// Where a number of the catalog comes from.
struct Sourcing
{
    std::string source, evidence;
};

// The most of an ingredient's products injected in one session, all areas together, where a
// source gives one (a label's maximum): above it a session record needs a reason.
struct SessionMaximum
{
    double ml = 0;
    Sourcing sourcing;
};

struct Ingredient : Entry
{
    Text ingredientClass, dose;
    std::optional<SessionMaximum> sessionMax;
    std::vector<std::string> allergens, aliases;
    std::string origin; // e.g. bacterial_fermentation; empty when not recorded
    Formulation formulation;
    bool teratogenic = false, offLabel = false;
    std::string source, evidence;
};

struct AftercareItem
{
    Text text;
    std::string source, evidence;
};

// Instructions given to the patient: after a session (the aftercare sheet) or, with `when`
// "before", to prepare for one (the appointment reminders).
struct AftercareSet : Entry
{
    bool beforeSession = false;
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
    std::string ingredient;
    Text amount; // "20 mg (10 mg/mL)": how much, as the practitioner reads it
    double volumeMl = 0;
    bool essential = false;
    Sourcing sourcing;
};

// The spacing of a course's sessions: ideal, never closer than the minimum, and how much later
// than ideal a booking may fall (a scheduling allowance, not a clinical number).
struct Interval
{
    int days = 0, minDays = 0, toleranceDays = 0;
    Sourcing sourcing;
};

// A later phase of a course with another spacing (hair loss: weekly, then monthly).
struct IntervalPhase : Interval
{
    int fromSession = 0; // 1-based: the first session reached with this spacing
};

// Where a protocol may be performed: never where it is not allowed (a product without marketing
// authorisation, a technique banned by law).
struct Jurisdiction
{
    std::vector<std::string> notAllowedIn, onlyIn; // ISO 3166-1 alpha-2 codes
    Text note;
    Sourcing sourcing;

    bool restricted() const { return !notAllowedIn.empty() || !onlyIn.empty(); }
    bool allows(const std::string &country) const;
};

struct Protocol : Entry
{
    std::vector<std::string> indications, areas;
    int rank = 1;
    std::string technique;
    double depthMin = 0, depthMax = 0;
    std::string needle;
    int sessionsMin = 1, sessionsDefault = 1, sessionsMax = 1;
    Interval interval;
    std::optional<IntervalPhase> laterInterval;
    int maintenanceDays = 0, sessionMinutes = 0;
    // A session's price in whole cents of the catalog's currency; -1: none (a clinic whose
    // currency is not the catalog's has not priced this protocol yet).
    std::int64_t priceCents = 0;
    Sourcing sessionsSourcing, maintenanceSourcing, minutesSourcing, priceSourcing;
    Jurisdiction jurisdiction;
    std::vector<std::string> equipment;
    std::vector<CocktailLine> cocktail;
    std::vector<std::string> aftercare, risks;
    std::vector<std::string> preparation; // sets of instructions before a session
    std::string source, evidence;

    // The spacing before session `session` (1-based, from 2): the later phase's once reached.
    const Interval &intervalBefore(int session) const;
};

struct SpacingRule
{
    std::string id;
    std::vector<std::string> earlier, areas;
    int minDays = 0;
    bool sameArea = true;
    // The gap is at least the planned protocol's minimum interval (a new course after an earlier
    // one at the same area keeps the course's own spacing).
    bool protocolInterval = false;
    Text message;
    std::string source, evidence;
};

enum class Severity
{
    Caution = 0,
    Relative = 1,
    Absolute = 2
};
enum class Scope
{
    Patient,
    Area,
    Ingredient
};

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
    // What a room can be equipped with (catalog.json `equipment`), named for the room settings and
    // the booking refusals. Optional: a catalog without it names equipment by its id.
    std::vector<Entry> equipment;
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

    // Whether two areas share skin: the same area, or one contains the other (areas.json
    // `within`). A site condition, a recent treatment or an area rule at one applies to the other.
    bool areasOverlap(std::string_view a, std::string_view b) const;
    // Whether `inner` is `outer` or lies inside it (periorbital inside face).
    bool areaWithin(std::string_view inner, std::string_view outer) const;
    // An equipment id's name in `language`: the id itself when the catalog does not name it.
    std::string equipmentName(const std::string &id, const std::string &language) const;

    template <typename T> static const T *findIn(const std::vector<T> &list, std::string_view id)
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

// The catalog format this version reads (catalog.json `format`).
constexpr int kCatalogFormat = 2;

// The catalog's file names, in the order they are read and written.
const std::vector<std::string> &catalogFileNames();

// How a catalog is read: one being imported meets every rule of today; one already stored in a
// database was accepted by the rules of its import, and is read as it is (a text missing one of the
// declared languages, a rule added later, does not make a clinic's stored catalog unreadable).
enum class CatalogReading
{
    Import,
    Stored
};

// Validates every file (syntax, fields, ranges, references, unique ids, JsonLogic) and builds the
// catalog only when nothing is wrong. `files` maps a file name (e.g. "rules.json") to its text.
CatalogParseResult parseCatalog(const std::map<std::string, std::string> &files,
                                CatalogReading reading = CatalogReading::Import);

// The canonical text of one catalog file: keys sorted, 2-space indent, trailing newline.
std::string canonicalFileText(const nlohmann::json &content);

std::string sha256Hex(const std::string &data);

// A free name as the engine matches it: lower case, trimmed, runs of spaces, '-' and '_' folded
// into one space, accents and ligatures folded ("Lidocaïne" -> "lidocaine", "Œ" -> "oe").
std::string normaliseName(const std::string &name);

} // namespace meso::core

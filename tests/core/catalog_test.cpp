// Catalog validation: the bundled catalog is valid, and each class of mistake is reported as
// FILE: /json/pointer: message, with nothing built.

#include "core/catalog.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

using namespace meso::core;
namespace core = meso::core;

namespace {

std::map<std::string, std::string> bundledFiles()
{
    std::map<std::string, std::string> files;
    for (const auto &e : std::filesystem::directory_iterator(MESOPLAN_SOURCE_DIR "/data/catalog")) {
        if (e.path().extension() != ".json")
            continue;
        std::ifstream in(e.path());
        std::stringstream ss;
        ss << in.rdbuf();
        files[e.path().filename().string()] = ss.str();
    }
    return files;
}

// Applies `edit` to one file of the bundled catalog and returns the problems as lines.
std::vector<std::string> problemsAfter(const std::string &file,
                                       const std::function<void(nlohmann::json &)> &edit)
{
    auto files = bundledFiles();
    auto doc = nlohmann::json::parse(files.at(file));
    edit(doc);
    files[file] = doc.dump(2);
    const CatalogParseResult r = parseCatalog(files);
    CHECK_FALSE(r.catalog.has_value());
    std::vector<std::string> lines;
    for (const auto &p : r.problems)
        lines.push_back(p.toString());
    return lines;
}

bool contains(const std::vector<std::string> &lines, const std::string &line)
{
    return std::find(lines.begin(), lines.end(), line) != lines.end();
}

} // namespace

TEST_CASE("The bundled catalog is valid and complete", "[catalog]")
{
    const CatalogParseResult r = parseCatalog(bundledFiles());
    for (const auto &p : r.problems)
        UNSCOPED_INFO(p.toString());
    REQUIRE(r.catalog.has_value());
    const Catalog &c = *r.catalog;
    CHECK(c.ingredients.size() >= 30);
    CHECK(c.screeningRules.size() >= 30);
    CHECK(c.protocols.size() >= 10);
    CHECK(c.version.size() == 64);
    // The whole vocabulary of the headless contract.
    for (const char *area : {"face", "periorbital", "neck", "decolletage", "hands", "scalp",
                             "submental", "abdomen", "flanks", "thighs", "buttocks", "arms"})
        CHECK(Catalog::findIn(c.areas, area));
    for (const char *i : {"skin_rejuvenation", "skin_hydration", "acne_scars", "under_eye",
                          "hair_loss", "localized_fat", "cellulite", "stretch_marks"})
        CHECK(Catalog::findIn(c.indications, i));
    for (const char *k :
         {"pregnancy", "breastfeeding", "trying_to_conceive", "bleeding_disorder",
          "autoimmune_disease", "immunosuppression", "active_cancer", "diabetes_uncontrolled",
          "keloid_tendency", "heart_disease", "uncontrolled_hypertension", "kidney_disease",
          "liver_disease", "gallstones", "dysphagia", "epilepsy", "thyroid_disease",
          "anaphylaxis_history"})
        CHECK(Catalog::findIn(c.conditions, k));
    for (const char *s : {"active_infection", "herpes_active", "acne_flare", "eczema_flare",
                          "open_wound", "sunburn", "tumour"})
        CHECK(Catalog::findIn(c.siteConditions, s));
    for (const char *t : {"botulinum_toxin", "dermal_filler", "chemical_peel", "ipl",
                          "laser_fractional", "laser_ablative", "microneedling", "mesotherapy",
                          "facial_surgery", "tattoo", "dental_work"})
        CHECK(Catalog::findIn(c.treatments, t));
    for (const char *m :
         {"warfarin",     "apixaban",   "rivaroxaban",  "dabigatran",   "heparin",
          "enoxaparin",   "aspirin",    "clopidogrel",  "ticagrelor",   "ibuprofen",
          "naproxen",     "diclofenac", "isotretinoin", "methotrexate", "ciclosporin",
          "azathioprine", "tacrolimus", "fish_oil",     "ginkgo",       "vitamin_e"})
        CHECK(Catalog::findIn(c.medications, m));
    for (const char *g : {"amide_anaesthetic", "ester_anaesthetic"})
        CHECK(Catalog::findIn(c.allergenGroups, g));
    for (const char *a :
         {"lidocaine", "mepivacaine", "bupivacaine", "articaine", "prilocaine", "procaine",
          "benzocaine", "tetracaine", "chloroprocaine", "soy", "fish", "ethylenediamine",
          "asteraceae", "methylparaben", "metabisulfite", "gram_positive_bacterial_protein"})
        CHECK(Catalog::findIn(c.allergens, a));
    // Every protocol row of the clinical facts.
    for (const char *p :
         {"mesolift", "skinbooster", "acne_scars", "under_eye", "hair_loss",
          "hair_loss_dutasteride", "submental_fat", "localized_fat", "cellulite", "stretch_marks"})
        CHECK(Catalog::findIn(c.protocols, p));
    // Every appointment reminder tells the patient how to prepare (G1 section XII).
    for (const Protocol &p : c.protocols) {
        INFO("protocol " << p.id);
        CHECK_FALSE(p.preparation.empty());
    }
}

TEST_CASE("A protocol's preparation names sets for before a session, its aftercare the others",
          "[catalog][import-errors]")
{
    const auto lines = problemsAfter("protocols.json", [](nlohmann::json &d) {
        d[0]["preparation"] = {"face_standard"};
        d[1]["aftercare"] = {"before_standard"};
    });
    CHECK(contains(lines,
                   "protocols.json: /0/preparation/0: unknown preparation set \"face_standard\""));
    CHECK(contains(lines,
                   "protocols.json: /1/aftercare/0: unknown aftercare set \"before_standard\""));
    const auto when =
        problemsAfter("aftercare.json", [](nlohmann::json &d) { d[0]["when"] = "during"; });
    CHECK(contains(when, "aftercare.json: /0/when: expected one of after, before, got \"during\""));
}

TEST_CASE("The catalog version is the hash of the content, not of its layout", "[catalog]")
{
    auto files = bundledFiles();
    const std::string v1 = parseCatalog(files).catalog->version;
    files["areas.json"] = nlohmann::json::parse(files["areas.json"]).dump(); // other whitespace
    CHECK(parseCatalog(files).catalog->version == v1);
    auto areas = nlohmann::json::parse(files["areas.json"]);
    areas[0]["name"]["en"] = "Whole face";
    files["areas.json"] = areas.dump();
    CHECK(parseCatalog(files).catalog->version != v1);
}

TEST_CASE("Broken JSON names the file", "[catalog][import-errors]")
{
    auto files = bundledFiles();
    files["rules.json"] = "{\"screening\": [";
    const auto r = parseCatalog(files);
    REQUIRE_FALSE(r.catalog);
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].file == "rules.json");
    CHECK(r.problems[0].message.rfind("invalid JSON", 0) == 0);
}

TEST_CASE("A missing file and a stray file are both reported", "[catalog][import-errors]")
{
    auto files = bundledFiles();
    files.erase("risks.json");
    files["notes.json"] = "{}";
    const auto r = parseCatalog(files);
    REQUIRE_FALSE(r.catalog);
    std::vector<std::string> lines;
    for (const auto &p : r.problems)
        lines.push_back(p.toString());
    CHECK(contains(lines, "risks.json: /: file is missing"));
    CHECK(contains(
        lines,
        "notes.json: /: not a catalog file (expected one of the files of docs/catalog-format.md)"));
}

TEST_CASE("Unknown references are reported at their pointer", "[catalog][import-errors]")
{
    const auto lines = problemsAfter("protocols.json", [](nlohmann::json &d) {
        d[0]["cocktail"][0]["ingredient"] = "unicorn_dust";
        d[1]["areas"].push_back("elbow");
    });
    CHECK(contains(
        lines, "protocols.json: /0/cocktail/0/ingredient: unknown ingredient \"unicorn_dust\""));
    CHECK(contains(
        lines,
        "protocols.json: /1/areas/" +
            std::to_string(
                nlohmann::json::parse(bundledFiles().at("protocols.json"))[1]["areas"].size()) +
            ": unknown area \"elbow\""));
}

TEST_CASE("Duplicate ids are reported", "[catalog][import-errors]")
{
    const auto lines =
        problemsAfter("ingredients.json", [](nlohmann::json &d) { d.push_back(d[0]); });
    const auto n = nlohmann::json::parse(bundledFiles().at("ingredients.json")).size();
    CHECK(contains(lines, "ingredients.json: /" + std::to_string(n) + "/id: duplicate id \"" +
                              nlohmann::json::parse(bundledFiles().at("ingredients.json"))[0]["id"]
                                  .get<std::string>() +
                              "\""));
}

TEST_CASE("Unknown JsonLogic operators name the rule", "[catalog][import-errors]")
{
    std::string id;
    const auto lines = problemsAfter("rules.json", [&](nlohmann::json &d) {
        id = d["screening"][2]["id"];
        d["screening"][2]["when"] = {{"and", {true, {{"sometimes", {1}}}}}};
    });
    CHECK(contains(lines, "rules.json: /screening/2/when/and/1/sometimes: rule \"" + id +
                              "\": unknown JsonLogic operator \"sometimes\""));
}

TEST_CASE("A rule naming an unknown fact or id, or a fact of another scope, is refused",
          "[catalog][import-errors]")
{
    // Each of these would make a rule that silently never fires.
    std::string patientRule, areaRule;
    const auto lines = problemsAfter("rules.json", [&](nlohmann::json &d) {
        for (auto &rule : d["screening"]) {
            if (patientRule.empty() && rule["scope"] == "patient")
                patientRule = rule["id"];
            if (areaRule.empty() && rule["scope"] == "area")
                areaRule = rule["id"];
        }
        for (auto &rule : d["screening"]) {
            if (rule["id"] == patientRule)
                rule["when"] =
                    nlohmann::json::parse(R"({"or": [{"in": ["pregnacy", {"var": "conditions"}]},
                    {"in": ["pregnancy", {"var": "condtions"}]}, {"==": [{"var": "area"}, "face"]},
                    {"<": [{"var": ["days_since.botox", 999]}, 14]},
                    {"some": [{"var": "recent_treatments"}, {"==": [{"var": "treatment"}, "chemical_peel"]}]}]})");
            if (rule["id"] == areaRule)
                rule["when"] = nlohmann::json::parse(R"({"==": ["faec", {"var": "area"}]})");
        }
    });
    auto at = [](const std::string &rule, int index) {
        return std::string("rules.json: /screening/") + std::to_string(index) + "/when" + rule;
    };
    const auto d = nlohmann::json::parse(bundledFiles().at("rules.json"));
    int pi = 0, ai = 0;
    for (int i = 0; i < static_cast<int>(d["screening"].size()); ++i) {
        if (d["screening"][i]["id"] == patientRule)
            pi = i;
        if (d["screening"][i]["id"] == areaRule)
            ai = i;
    }
    CHECK(contains(lines, at("/or/0/in/0", pi) + ": unknown condition \"pregnacy\""));
    CHECK(contains(lines, at("/or/1/in/1/var", pi) + ": rule \"" + patientRule +
                              "\": unknown fact \"condtions\" (see docs/rules.md)"));
    CHECK(contains(lines, at("/or/2/==/0/var", pi) + ": rule \"" + patientRule +
                              "\": the fact \"area\" exists only in area-scoped rules"));
    CHECK(contains(lines, at("/or/3/</0/var/0", pi) + ": unknown treatment \"botox\""));
    CHECK(contains(lines, at("/==/0", ai) + ": unknown area \"faec\""));
    // `var` inside an array operator's body reads the element, not the facts: not reported.
    for (const auto &line : lines)
        CHECK(line.find("\"treatment\"") == std::string::npos);
}

TEST_CASE("Numbers out of range and min greater than max are reported", "[catalog][import-errors]")
{
    const auto lines = problemsAfter("protocols.json", [](nlohmann::json &d) {
        d[0]["sessions"]["min"] = 9;
        d[0]["sessions"]["max"] = 2;
        d[1]["session"]["minutes"] = 100000;
        d[2]["price"]["per_session"] = -5;
    });
    CHECK(contains(lines, "protocols.json: /0/sessions: min 9 is greater than max 2"));
    CHECK(contains(
        lines,
        "protocols.json: /1/session/minutes: expected a whole number from 5 to 240, got 100000"));
    CHECK(contains(
        lines, "protocols.json: /2/price/per_session: expected a number from 0 to 100000, got -5"));
}

TEST_CASE("A price is read as whole cents, exactly, and a fraction of a cent is refused",
          "[catalog][import-errors]")
{
    auto files = bundledFiles();
    auto doc = nlohmann::json::parse(files.at("protocols.json"));
    // Amounts a double does not hold exactly: read to the cent, not truncated (300.07 * 100 is
    // 30006.999...).
    const std::vector<std::pair<double, std::int64_t>> exact = {
        {300.07, 30007}, {0.29, 29}, {1234.56, 123456}, {99999.99, 9999999}, {180, 18000}};
    for (size_t i = 0; i < exact.size(); ++i)
        doc[i]["price"]["per_session"] = exact[i].first;
    files["protocols.json"] = doc.dump(2);
    const CatalogParseResult r = parseCatalog(files);
    REQUIRE(r.catalog.has_value());
    for (size_t i = 0; i < exact.size(); ++i) {
        INFO(exact[i].first);
        CHECK(r.catalog->protocols[i].priceCents == exact[i].second);
    }

    // A catalog stored before the rule is read, rounded to the nearest cent (as schema step 17
    // rounded the stored column): a clinic's own catalog never becomes unreadable.
    doc[0]["price"]["per_session"] = 83.333;
    files["protocols.json"] = doc.dump(2);
    const CatalogParseResult stored = parseCatalog(files, CatalogReading::Stored);
    REQUIRE(stored.catalog.has_value());
    CHECK(stored.catalog->protocols[0].priceCents == 8333);
    CHECK_FALSE(parseCatalog(files).catalog.has_value());

    const auto lines = problemsAfter(
        "protocols.json", [](nlohmann::json &d) { d[0]["price"]["per_session"] = 300.005; });
    CHECK(contains(lines, "protocols.json: /0/price/per_session: expected an amount with at most 2 "
                          "decimals, got 300.005"));
}

TEST_CASE("Unknown fields, missing fields and wrong types are reported", "[catalog][import-errors]")
{
    const auto lines = problemsAfter("rules.json", [](nlohmann::json &d) {
        d["screening"][0]["severty"] = "absolute";
        d["screening"][1].erase("source");
        d["screening"][3]["severity"] = "fatal";
        d["screening"][4]["message"] = "just a string";
    });
    CHECK(contains(lines, "rules.json: /screening/0/severty: unknown field"));
    CHECK(contains(lines, "rules.json: /screening/1/source: required field is missing"));
    CHECK(contains(lines, "rules.json: /screening/3/severity: expected one of absolute, caution, "
                          "relative, got \"fatal\""));
    CHECK(contains(lines, "rules.json: /screening/4/message: expected a text object such as "
                          "{\"en\": \"...\"}, got a string"));
}

TEST_CASE("A catalog that would ignore unknown medications is refused", "[catalog][import-errors]")
{
    const auto lines = problemsAfter("rules.json", [](nlohmann::json &d) {
        auto &s = d["screening"];
        s.erase(std::remove_if(
                    s.begin(), s.end(),
                    [](const nlohmann::json &r) { return r["id"] == "unrecognised_medication"; }),
                s.end());
    });
    CHECK(contains(lines, "rules.json: /screening: the rule \"unrecognised_medication\" is "
                          "required (unknown names must be flagged)"));
}

TEST_CASE("Every problem is reported, not only the first", "[catalog][import-errors]")
{
    auto files = bundledFiles();
    auto protocols = nlohmann::json::parse(files["protocols.json"]);
    protocols[0]["technique"] = "no_such_technique";
    files["protocols.json"] = protocols.dump();
    files["areas.json"] = "[";
    const auto r = parseCatalog(files);
    std::vector<std::string> lines;
    for (const auto &p : r.problems)
        lines.push_back(p.toString());
    CHECK(lines.size() >= 2);
    CHECK(contains(lines, "protocols.json: /0/technique: unknown technique \"no_such_technique\""));
}

TEST_CASE("docs/clinical-sources.md lists every source with the catalog entries that use it",
          "[catalog][docs]")
{
    const auto parsed = parseCatalog(bundledFiles());
    REQUIRE(parsed.catalog);
    const Catalog &c = *parsed.catalog;

    // What the catalog says: source key -> {"kind `id`"}.
    std::map<std::string, std::set<std::string>> used;
    auto use = [&used](const std::string &kind, const std::string &id, const std::string &sources) {
        std::istringstream keys(sources);
        for (std::string key; keys >> key;)
            used[key].insert(kind + " `" + id + "`");
    };
    auto useAll = [&use](const std::string &kind, const auto &entries) {
        for (const auto &e : entries)
            use(kind, e.id, e.source);
    };
    useAll("technique", c.techniques);
    useAll("allergen group", c.allergenGroups);
    useAll("ingredient", c.ingredients);
    useAll("medication", c.medications);
    useAll("protocol", c.protocols);
    for (const auto &i : c.ingredients) {
        if (i.sessionMax)
            use("ingredient", i.id, i.sessionMax->sourcing.source);
    }
    for (const auto &p : c.protocols) { // each number of a protocol has its own source
        for (const core::Sourcing *s :
             {&p.sessionsSourcing, &p.interval.sourcing, &p.maintenanceSourcing, &p.minutesSourcing,
              &p.priceSourcing, &p.jurisdiction.sourcing})
            use("protocol", p.id, s->source);
        if (p.laterInterval)
            use("protocol", p.id, p.laterInterval->sourcing.source);
        for (const auto &line : p.cocktail)
            use("protocol", p.id, line.sourcing.source);
    }
    useAll("risk", c.risks);
    useAll("rule", c.screeningRules);
    useAll("plan rule", c.planRules);
    useAll("spacing", c.spacing);
    for (const auto &set : c.aftercare) { // sources are per item of a set
        for (const auto &item : set.items)
            use(set.beforeSession ? "preparation" : "aftercare", set.id, item.source);
    }

    // What the page says: "### KEY" sections, each with a "Used by (N): kind `id`, ..." line.
    std::ifstream in(MESOPLAN_SOURCE_DIR "/docs/clinical-sources.md");
    std::map<std::string, std::set<std::string>> documented;
    std::string line, key;
    while (std::getline(in, line)) {
        if (line.rfind("### ", 0) == 0) {
            key = line.substr(4);
            documented[key];
        } else if (!key.empty() && line.rfind("Used by (", 0) == 0) {
            std::string list = line.substr(line.find(':') + 1);
            if (!list.empty() && list.back() == '.')
                list.pop_back();
            std::istringstream items(list);
            for (std::string item; std::getline(items, item, ',');)
                documented[key].insert(item.substr(item.find_first_not_of(' ')));
        }
    }
    for (const auto &s : c.sources) {
        INFO("source " << s.id);
        CHECK(documented.count(s.id) == 1);
        CHECK(documented[s.id] == used[s.id]);
    }
}

TEST_CASE("A catalog of format 1 is refused with the way to upgrade it", "[catalog][import-errors]")
{
    const auto lines = problemsAfter("catalog.json", [](nlohmann::json &d) { d["format"] = 1; });
    REQUIRE_FALSE(lines.empty());
    CHECK_THAT(
        lines.front(),
        Catch::StartsWith("catalog.json: /format: format 1 is the catalog of MesoPlan before"));
    CHECK_THAT(lines.front(), Catch::Contains("Upgrading from format 1"));
}

TEST_CASE("Equipment is named in catalog.json and protocols use only what it names",
          "[catalog][import-errors]")
{
    const auto parsed = parseCatalog(bundledFiles());
    REQUIRE(parsed.catalog.has_value());
    const Catalog &c = *parsed.catalog;
    CHECK(c.equipmentName("multi_needle", "fr") == "Injecteur multi-aiguilles");
    CHECK(c.equipmentName("multi_needle", "en") == "Multi-needle injector");
    CHECK(c.equipmentName("laser", "fr") == "laser"); // not named: its id
    for (const Protocol &p : c.protocols) {
        for (const std::string &e : p.equipment) {
            INFO(p.id << " needs " << e);
            CHECK(Catalog::findIn(c.equipment, e) != nullptr);
        }
    }

    // A protocol needing equipment the catalog does not name is refused, as any unknown id.
    const auto lines = problemsAfter("protocols.json", [](nlohmann::json &d) {
        d[0]["equipment"] = {"syringe", "laser"};
    });
    CHECK(contains(lines, "protocols.json: /0/equipment/1: unknown equipment \"laser\""));
    CHECK(lines.size() == 1);
    // A name needs its French as every other text.
    const auto names = problemsAfter(
        "catalog.json", [](nlohmann::json &d) { d["equipment"][0]["name"].erase("fr"); });
    CHECK(contains(names, "catalog.json: /equipment/0/name/fr: no \"fr\" text, and catalog.json "
                          "declares \"fr\" among its languages"));

    // A catalog from before equipment names (no `equipment` list) names equipment by its ids.
    auto files = bundledFiles();
    auto manifest = nlohmann::json::parse(files.at("catalog.json"));
    manifest.erase("equipment");
    files["catalog.json"] = manifest.dump();
    const auto older = parseCatalog(files);
    REQUIRE(older.catalog.has_value());
    CHECK(older.catalog->equipmentName("syringe", "fr") == "syringe");
}

TEST_CASE("Nothing oil- or alcohol-based is injected, and a fat-soluble substance only solubilised",
          "[catalog][import-errors]")
{
    const auto d = nlohmann::json::parse(bundledFiles().at("ingredients.json"));
    size_t vitaminE = 0, caffeine = 0, cream = 0;
    for (size_t i = 0; i < d.size(); ++i) {
        if (d[i]["id"] == "vitamin_e")
            vitaminE = i;
        if (d[i]["id"] == "caffeine")
            caffeine = i;
        if (d[i]["id"] == "lidocaine_prilocaine_cream")
            cream = i;
    }
    const auto lines = problemsAfter("ingredients.json", [&](nlohmann::json &doc) {
        doc[vitaminE]["formulation"]["vehicle"] = "aqueous"; // fat-soluble, not solubilised
        doc[caffeine]["formulation"]["vehicle"] = "oil";
        doc[cream]["formulation"]["vehicle"] = "alcohol"; // topical: allowed
    });
    const std::string e =
        "ingredients.json: /" + std::to_string(vitaminE) + "/formulation/vehicle: ";
    const std::string c =
        "ingredients.json: /" + std::to_string(caffeine) + "/formulation/vehicle: ";
    CHECK(contains(lines, e + "a fat-soluble ingredient is injected only solubilised in water "
                              "(\"micellar\"), got \"aqueous\" (R1)"));
    CHECK(contains(
        lines,
        c + "an injected ingredient must be aqueous or micellar, got \"oil\" (never inject oil- or "
            "alcohol-based substances, R1)"));
    CHECK(lines.size() == 2);
}

TEST_CASE("Every allergen an ingredient's origin implies is listed on it",
          "[catalog][import-errors]")
{
    const auto d = nlohmann::json::parse(bundledFiles().at("ingredients.json"));
    size_t ha = 0;
    for (size_t i = 0; i < d.size(); ++i) {
        if (d[i]["id"] == "hyaluronic_acid")
            ha = i;
    }
    const auto lines = problemsAfter("ingredients.json", [&](nlohmann::json &doc) {
        doc[ha]["allergens"] = {
            "hyaluronic_acid"}; // made by bacteria, without the bacterial protein
    });
    CHECK(contains(lines, "ingredients.json: /" + std::to_string(ha) +
                              "/allergens: an ingredient of origin "
                              "\"bacterial_fermentation\" carries the allergen "
                              "\"gram_positive_bacterial_protein\": list it"));
}

TEST_CASE("Areas within areas: references checked, no cycle", "[catalog][import-errors]")
{
    const auto lines = problemsAfter("areas.json", [](nlohmann::json &d) {
        d[0]["within"] = {
            "periorbital"}; // the face within the periorbital area, itself within the face
        d[2]["within"] = {"elbow"};
    });
    CHECK(contains(lines, "areas.json: /0/within: \"face\" ends up within itself"));
    CHECK(contains(lines, "areas.json: /2/within/0: unknown area \"elbow\""));
}

TEST_CASE("Message placeholders, jurisdictions and folded names are checked",
          "[catalog][import-errors]")
{
    auto rules = problemsAfter("rules.json", [](nlohmann::json &d) {
        d["screening"][0]["message"]["en"] =
            "Pregnancy at the {aera}: {medications:blood_thinner}.";
    });
    CHECK(contains(
        rules, "rules.json: /screening/0/message/en: unknown placeholder {aera} (expected {area}, "
               "{ingredient}, {unknown_medications}, {unknown_allergies}, {open_adverse_events}, "
               "{medications:CLASS}, {allergies:GROUP} or {recorded:SITE_CONDITION})"));
    CHECK(contains(
        rules, "rules.json: /screening/0/message/en: unknown medication class \"blood_thinner\""));
    const auto protocols = problemsAfter("protocols.json", [](nlohmann::json &d) {
        d[0]["jurisdiction"] = {{"not_allowed_in", {"France"}},
                                {"note", {{"en", "x"}}},
                                {"source", "CP"},
                                {"evidence", "common_practice"}};
    });
    CHECK(
        contains(protocols,
                 "protocols.json: /0/jurisdiction/not_allowed_in/0: expected an ISO 3166-1 alpha-2 "
                 "country code such as \"FR\", got \"France\""));
    const auto meds = problemsAfter("medications.json", [](nlohmann::json &d) {
        d["medications"][1]["aliases"].push_back(
            "WARFARINE"); // apixaban would also be called warfarine
    });
    CHECK(contains(
        meds,
        "medications.json: /medications/1/aliases/1: name \"WARFARINE\" also names \"warfarin\""));
}

TEST_CASE("A catalog that declares French has French for every text", "[catalog][import-errors]")
{
    // The bundled catalog declares en and fr and passes ("is valid and complete" above); a text
    // without its French is one line naming where, as the other import errors.
    const auto lines = problemsAfter("risks.json", [](nlohmann::json &d) {
        d[0]["text"].erase("fr");
        d[2]["text"].erase("fr");
    });
    CHECK(contains(lines, "risks.json: /0/text/fr: no \"fr\" text, and catalog.json declares "
                          "\"fr\" among its languages"));
    CHECK(contains(lines, "risks.json: /2/text/fr: no \"fr\" text, and catalog.json declares "
                          "\"fr\" among its languages"));
    CHECK(lines.size() == 2);

    // A plain-string amount (catalogs before 2026.12) is English only: asked for its French too.
    const auto amounts = problemsAfter("protocols.json", [](nlohmann::json &d) {
        d[0]["cocktail"][1]["amount"] = "vitamin complex, 0.5 mL";
    });
    CHECK(contains(amounts, "protocols.json: /0/cocktail/1/amount/fr: no \"fr\" text, and "
                            "catalog.json declares \"fr\" among its languages"));

    // A catalog stored in a database was accepted by the rules of its import: read as it is.
    {
        auto files = bundledFiles();
        auto risks = nlohmann::json::parse(files.at("risks.json"));
        risks[0]["text"].erase("fr");
        files["risks.json"] = risks.dump();
        CHECK_FALSE(parseCatalog(files).catalog.has_value());
        const auto stored = parseCatalog(files, CatalogReading::Stored);
        REQUIRE(stored.catalog.has_value());
        CHECK(stored.catalog->risks[0].text.in("fr") == stored.catalog->risks[0].text.in("en"));
    }

    // Once the catalog no longer declares French, an English-only text is accepted.
    auto files = bundledFiles();
    auto manifest = nlohmann::json::parse(files.at("catalog.json"));
    manifest["languages"] = {"en"};
    files["catalog.json"] = manifest.dump();
    auto risks = nlohmann::json::parse(files.at("risks.json"));
    risks[0]["text"].erase("fr");
    files["risks.json"] = risks.dump();
    CHECK(parseCatalog(files).catalog.has_value());
}

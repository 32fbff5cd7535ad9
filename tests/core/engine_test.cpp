// The rules engine: bad input names its field, verdicts are monotone and independent of the
// order of conditions, medications and allergies, and identical input gives identical output.

#include "enginefixture.h"

#include <catch2/catch.hpp>

#include <random>

using namespace meso;
using nlohmann::json;

namespace {

json baseIntake()
{
    return json::parse(
        R"({"patient": {"birth_date": "1980-04-10", "sex": "female", "fitzpatrick": 2},
        "date": "2026-12-01", "requests": [{"indication": "skin_rejuvenation", "area": "face"}]})");
}

std::string errorOf(const json &intake)
{
    try {
        core::parseIntake(intake, *test::bundledCatalog());
    } catch (const core::IntakeError &e) {
        return e.what();
    }
    return "accepted";
}

int rank(const std::string &verdict)
{
    return verdict == "blocked" ? 3 : verdict == "review" ? 2 : verdict == "unsupported" ? 1 : 0;
}

std::string planText(const json &intake)
{
    const auto &e = test::bundledEngine();
    const auto a = e.assess(core::parseIntake(intake, e.catalog()));
    return e.screenJson(a).dump() + e.planJson(a).dump();
}

} // namespace

TEST_CASE("Every required field and every malformed value is named", "[engine][bad-input]")
{
    struct Case
    {
        std::function<void(json &)> edit;
        std::string error;
    };
    const std::vector<Case> cases = {
        {[](json &j) { j.erase("patient"); }, "intake.patient: required field is missing"},
        {[](json &j) { j["patient"].erase("birth_date"); },
         "intake.patient.birth_date: required field is missing (expected YYYY-MM-DD)"},
        {[](json &j) { j.erase("date"); },
         "intake.date: required field is missing (expected YYYY-MM-DD)"},
        {[](json &j) { j.erase("requests"); },
         "intake.requests: required field is missing (expected at least one request)"},
        {[](json &j) { j["requests"] = json::array(); },
         "intake.requests: expected at least one request"},
        {[](json &j) { j["patient"]["birth_date"] = "1990-13-01"; },
         "intake.patient.birth_date: expected YYYY-MM-DD, got \"1990-13-01\""},
        {[](json &j) { j["patient"]["birth_date"] = "1990-02-30"; },
         "intake.patient.birth_date: expected YYYY-MM-DD, got \"1990-02-30\""},
        {[](json &j) { j["date"] = 20261201; }, "intake.date: expected YYYY-MM-DD, got 20261201"},
        {[](json &j) { j["patient"]["birth_date"] = "2027-01-01"; },
         "intake.patient.birth_date: expected a date on or before the consultation date "
         "2026-12-01, got \"2027-01-01\""},
        {[](json &j) { j["patient"]["sex"] = "f"; },
         "intake.patient.sex: expected female, male or other, got \"f\""},
        {[](json &j) { j["patient"]["fitzpatrick"] = 7; },
         "intake.patient.fitzpatrick: expected a whole number from 1 to 6, got 7"},
        {[](json &j) { j["patient"]["fitzpatrick"] = -1; },
         "intake.patient.fitzpatrick: expected a whole number from 1 to 6, got -1"},
        {[](json &j) { j["requests"][0]["area"] = "elbow"; },
         "intake.requests[0].area: expected an area (one of face, periorbital, forehead, "
         "crows_feet, tear_trough, cheeks, nasolabial_folds, perioral, neck, decolletage, hands, "
         "scalp, submental, abdomen, flanks, thighs, buttocks, arms), got \"elbow\""},
        {[](json &j) { j["requests"][0].erase("indication"); },
         "intake.requests[0].indication: required field is missing"},
        {[](json &j) { j["requests"].push_back(j["requests"][0]); },
         "intake.requests[1]: duplicate of intake.requests[0]"},
        {[](json &j) { j["conditions"] = {"pregnant"}; },
         "intake.conditions[0]: expected a condition"},
        {[](json &j) { j["conditions"] = "pregnancy"; },
         "intake.conditions: expected an array, got a string"},
        {[](json &j) {
             j["site_conditions"] = {{{"condition", "herpes_active"}}};
         },
         "intake.site_conditions[0].area: required field is missing"},
        {[](json &j) { j["medications"] = {42}; },
         "intake.medications[0]: expected a medication name"},
        {[](json &j) {
             j["medications"] = {{{"name", "isotretinoin"}, {"stopped", "yesterday"}}};
         },
         "intake.medications[0].stopped: expected YYYY-MM-DD, got \"yesterday\""},
        {[](json &j) { j["allergies"] = {""}; }, "intake.allergies[0]: expected a non-empty name"},
        {[](json &j) { j["allergies"] = {std::string(10000, 'x')}; },
         "intake.allergies[0]: expected at most 200 characters, got 10000"},
        {[](json &j) {
             j["recent_treatments"] = {
                 {{"treatment", "chemical_peel"}, {"area", "face"}, {"date", "2026-12-05"}}};
         },
         "intake.recent_treatments[0].date: expected a date on or before the consultation date "
         "2026-12-01, got \"2026-12-05\""},
        {[](json &j) {
             j["recent_treatments"] = {
                 {{"treatment", "peel"}, {"area", "face"}, {"date", "2026-11-05"}}};
         },
         "intake.recent_treatments[0].treatment: expected a treatment"},
        {[](json &j) { j["medication"] = {"warfarin"}; }, "intake.medication: unknown field"},
        {[](json &j) { j = json::array(); }, "intake: expected an object, got an array"},
    };
    for (const auto &c : cases) {
        json intake = baseIntake();
        c.edit(intake);
        INFO(intake.dump());
        CHECK_THAT(errorOf(intake), Catch::StartsWith(c.error));
    }
    CHECK_THROWS_WITH(core::parseIntakeJson("{\"patient\": "),
                      Catch::StartsWith("intake: expected a JSON object"));
}

TEST_CASE("Age is counted in whole years at the consultation date", "[engine][facts]")
{
    json intake = baseIntake();
    intake["patient"]["birth_date"] = "2008-12-02"; // 18 tomorrow
    const auto under =
        test::bundledEngine().assess(core::parseIntake(intake, *test::bundledCatalog()));
    CHECK(under.verdict == "blocked");
    intake["patient"]["birth_date"] = "2008-12-01"; // 18 today
    const auto facts =
        test::bundledEngine().facts(core::parseIntake(intake, *test::bundledCatalog()));
    CHECK(facts.find("age")->number() == 18);
    CHECK(
        test::bundledEngine().assess(core::parseIntake(intake, *test::bundledCatalog())).verdict !=
        "blocked");
}

TEST_CASE(
    "Medications and allergies are matched by name, alias and case, and unknown ones are flagged",
    "[engine][facts]")
{
    const auto &e = test::bundledEngine();
    CHECK(e.medicationId("Warfarin") == "warfarin");
    CHECK(e.medicationId("  ELIQUIS ") == "apixaban");
    CHECK(e.medicationId("fish oil") == "fish_oil");
    CHECK(e.medicationId("Vitamin-E") == "vitamin_e");
    CHECK(e.medicationId("frobnitol").empty());
    CHECK(e.allergyId("Amide anaesthetic") == "amide_anaesthetic");
    CHECK(e.allergyId("LIDOCAINE") == "lidocaine");
    json intake = baseIntake();
    intake["medications"] = {"Frobnitol", "Zzyzx 5 mg"};
    intake["allergies"] = {"pollen-like dust"};
    const auto a = e.assess(core::parseIntake(intake, e.catalog()));
    CHECK(a.verdict == "review");
    const auto screen = e.screenJson(a).dump();
    CHECK_THAT(screen, Catch::Contains("Frobnitol, Zzyzx 5 mg"));
    CHECK_THAT(screen, Catch::Contains("unrecognised_allergy"));
}

TEST_CASE("Identical input gives byte-identical output", "[engine][determinism]")
{
    json intake = baseIntake();
    intake["medications"] = {"warfarin", "ibuprofen", "unknownium"};
    intake["allergies"] = {"lidocaine", "soy"};
    intake["requests"].push_back({{"indication", "skin_hydration"}, {"area", "neck"}});
    const std::string first = planText(intake);
    for (int i = 0; i < 5; ++i)
        CHECK(planText(intake) == first);
}

TEST_CASE("Results never depend on the order of conditions, medications or allergies",
          "[engine][property]")
{
    const auto &c = *test::bundledCatalog();
    std::mt19937 rng(20261122);
    for (int round = 0; round < 60; ++round) {
        json intake = baseIntake();
        intake["requests"] = json::array();
        for (const auto &p :
             {std::pair{"hair_loss", "scalp"}, std::pair{"skin_hydration", "face"},
              std::pair{"localized_fat", "abdomen"}, std::pair{"cellulite", "thighs"}})
            if (rng() % 2 == 0 || intake["requests"].empty())
                intake["requests"].push_back({{"indication", p.first}, {"area", p.second}});
        for (const auto &k : c.conditions)
            if (rng() % 6 == 0)
                intake["conditions"].push_back(k.id);
        for (const auto &m : c.medications)
            if (rng() % 8 == 0)
                intake["medications"].push_back(m.id);
        if (rng() % 3 == 0)
            intake["medications"].push_back("Mystery pill");
        for (const char *a : {"lidocaine", "soy", "procaine", "fish", "strawberries", "caffeine"})
            if (rng() % 4 == 0)
                intake["allergies"].push_back(a);
        const std::string expected = planText(intake);
        for (int shuffle = 0; shuffle < 3; ++shuffle) {
            json shuffled = intake;
            for (const char *key : {"conditions", "medications", "allergies"}) {
                if (shuffled.contains(key))
                    std::shuffle(shuffled[key].begin(), shuffled[key].end(), rng);
            }
            INFO(shuffled.dump());
            CHECK(planText(shuffled) == expected);
        }
    }
}

TEST_CASE("Adding a condition, medication, allergy or site condition never makes a verdict milder",
          "[engine][property]")
{
    const auto &e = test::bundledEngine();
    const auto &c = e.catalog();
    std::mt19937 rng(7);
    std::vector<std::pair<std::string, json>> additions;
    for (const auto &k : c.conditions)
        additions.push_back({"conditions", k.id});
    for (const auto &m : c.medications)
        additions.push_back({"medications", m.id});
    for (const auto &a : c.allergens)
        additions.push_back({"allergies", a.id});
    for (const auto &i : c.ingredients)
        additions.push_back({"allergies", i.id});
    for (const auto &g : c.allergenGroups)
        additions.push_back({"allergies", g.id});
    additions.push_back({"medications", "unheard-of drug"});
    for (const auto &p : c.protocols) {
        for (const auto &area : p.areas) {
            json base = baseIntake();
            base["requests"] = {{{"indication", p.indications.front()}, {"area", area}}};
            if (rng() % 2)
                base["conditions"] = {c.conditions[rng() % c.conditions.size()].id};
            const auto before = e.assess(core::parseIntake(base, c));
            for (const auto &[key, value] : additions) {
                json more = base;
                more[key].push_back(value);
                const auto after = e.assess(core::parseIntake(more, c));
                INFO(more.dump() << " before " << before.verdict << " after " << after.verdict);
                CHECK(rank(after.requests[0].verdict) >= rank(before.requests[0].verdict));
            }
            for (const auto &s : c.siteConditions) {
                json more = base;
                more["site_conditions"].push_back({{"condition", s.id}, {"area", area}});
                CHECK(e.assess(core::parseIntake(more, c)).requests[0].verdict == "blocked");
            }
        }
    }
}

TEST_CASE("Scopes: an area finding touches only requests at that area", "[engine][scope]")
{
    const auto &e = test::bundledEngine();
    json intake = baseIntake();
    intake["requests"] = {{{"indication", "skin_rejuvenation"}, {"area", "hands"}},
                          {{"indication", "hair_loss"}, {"area", "scalp"}}};
    intake["site_conditions"] = {{{"condition", "herpes_active"}, {"area", "hands"}},
                                 {{"condition", "sunburn"}, {"area", "abdomen"}}};
    const auto a = e.assess(core::parseIntake(intake, e.catalog()));
    REQUIRE(a.requests.size() == 2);
    CHECK(a.requests[0].verdict == "blocked");
    CHECK(a.requests[1].verdict == "clear");
    // Sunburn on a part of the body nobody asked to treat is not a finding.
    for (const auto &f : a.findings)
        CHECK(f.area != "abdomen");
}

TEST_CASE("An excluded non-essential ingredient keeps the plan, and an essential one blocks it",
          "[engine][planner]")
{
    const auto &e = test::bundledEngine();
    json intake = baseIntake();
    intake["requests"] = {{{"indication", "skin_hydration"}, {"area", "face"}}};
    intake["allergies"] = {"lidocaine"};
    auto a = e.assess(core::parseIntake(intake, e.catalog()));
    REQUIRE(a.requests[0].protocol);
    CHECK(a.requests[0].protocol->id == "skinbooster");
    // Lidocaine leaves the syringe, and the lidocaine-prilocaine numbing cream the session.
    REQUIRE(a.requests[0].excluded.size() == 2);
    CHECK(a.requests[0].excluded[0].ingredient == "lidocaine");
    CHECK(a.requests[0].excluded[1].ingredient == "lidocaine_prilocaine_cream");
    CHECK(a.requests[0].verdict == "review");
    intake["allergies"] = {"hyaluronic_acid"};
    a = e.assess(core::parseIntake(intake, e.catalog()));
    CHECK(a.requests[0].verdict == "blocked");
    // The contract: an ingredient the protocol cannot do without blocks the plan instead of
    // being taken out, so it stays in the cocktail and is not listed as excluded.
    const json plan = e.planJson(a)["plans"][0];
    CHECK(plan["status"] == "blocked");
    CHECK(plan["excluded"].empty());
    // The skin booster's hyaluronic acid is the cross-linked form, in the allergen's group.
    bool listed = false;
    for (const auto &line : plan["cocktail"])
        listed = listed || line["ingredient"] == "hyaluronic_acid_crosslinked";
    CHECK(listed);
}

TEST_CASE("Distinct list facts are distinct arrays, as in JavaScript", "[engine][facts]")
{
    // json-logic-js compares arrays by identity: two different lists are never equal, even when
    // both are empty, and a list is equal to itself.
    const auto facts =
        test::bundledEngine().facts(core::parseIntake(baseIntake(), *test::bundledCatalog()));
    auto eval = [&facts](const char *rule) {
        return core::js::truthy(core::Logic::compile(json::parse(rule)).evaluate(facts));
    };
    CHECK(facts.find("conditions")->array().empty());
    CHECK(facts.find("allergies")->array().empty());
    CHECK_FALSE(eval(R"({"==": [{"var": "conditions"}, {"var": "allergies"}]})"));
    CHECK_FALSE(eval(R"({"===": [{"var": "medications"}, {"var": "unknown_medications"}]})"));
    CHECK(eval(R"({"===": [{"var": "conditions"}, {"var": "conditions"}]})"));
}

TEST_CASE("A protocol chosen by the practitioner is planned, and blocked when its essential "
          "ingredient is contraindicated",
          "[engine][plan]")
{
    const auto &e = test::bundledEngine();
    json intake = json::parse(
        R"({"patient": {"birth_date": "1985-02-01", "sex": "female"}, "date": "2026-11-20",
                                  "requests": [{"indication": "hair_loss", "area": "scalp"}]})");
    core::Intake in = core::parseIntake(intake, e.catalog());
    auto a = e.assess(in);
    REQUIRE(a.requests[0].protocol);
    CHECK(a.requests[0].protocol->id == "hair_loss");

    in.requests[0].protocol = "hair_loss_dutasteride";
    a = e.assess(in);
    REQUIRE(a.requests[0].protocol);
    CHECK(a.requests[0].protocol->id == "hair_loss_dutasteride");
    CHECK(a.requests[0].alternatives == std::vector<std::string>{"hair_loss"});
    // A woman of 41: dutasteride is teratogenic, so contraception must be checked (relative).
    CHECK(a.requests[0].verdict == "review");
    CHECK(a.requests[0].trace.front().find("chosen by the practitioner") != std::string::npos);

    // Trying to conceive: the engine's own choice avoids dutasteride; the practitioner's choice
    // of the dutasteride protocol is blocked by it, not silently replaced.
    intake["conditions"] = {"trying_to_conceive"};
    in = core::parseIntake(intake, e.catalog());
    in.requests[0].protocol = "hair_loss_dutasteride";
    a = e.assess(in);
    CHECK(a.requests[0].protocol->id == "hair_loss_dutasteride");
    CHECK(a.requests[0].verdict == "blocked");
    in.requests[0].protocol.clear();
    CHECK(e.assess(in).requests[0].protocol->id == "hair_loss");

    // A protocol that does not serve the request is not a choice: the best-ranked one is planned.
    in.requests[0].protocol = "mesolift";
    CHECK(e.assess(in).requests[0].protocol->id == "hair_loss");
}

TEST_CASE("Names are matched in every language, with accents and ligatures folded",
          "[engine][facts]")
{
    const auto &e = test::bundledEngine();
    CHECK(core::normaliseName("  Lidocaïne ") == "lidocaine");
    CHECK(core::normaliseName("ŒUF") == "oeuf");
    CHECK(core::normaliseName("Préviscan\u00a05 mg") == "previscan 5 mg");
    CHECK(core::normaliseName("ÇA_Ñ-Æ") == "ca n ae");
    CHECK(core::normaliseName("\xff broken") == "\xff broken"); // invalid UTF-8 kept as it is
    CHECK(e.allergyId("Lidocaïne") == "lidocaine");
    CHECK(e.allergyId("LIDOCAÏNE") == "lidocaine");
    CHECK(e.allergyId("soja") == "soy");
    CHECK(e.allergyId("Acide hyaluronique") == "hyaluronic_acid");
    CHECK(e.allergyId("Œufs") == "egg");
    CHECK(e.allergyId("Bétadine") == "povidone_iodine");
    CHECK(e.allergyId("EMLA") == "lidocaine_prilocaine_cream");
    CHECK(e.medicationId("Préviscan") == "fluindione");
    CHECK(e.medicationId("minisintrom") == "acenocoumarol");
    CHECK(e.medicationId("Kardégic") == "aspirin");
    CHECK(e.medicationId("Isotrétinoïne") == "isotretinoin");
    CHECK(e.medicationId("Warfarine") == "warfarin"); // the French name, not only an alias
    CHECK(e.medicationId("Doliprane") == "paracetamol");
}

TEST_CASE("An allergy to a product is an allergy to everything it carries", "[engine][facts]")
{
    const auto &e = test::bundledEngine();
    json intake = baseIntake();
    intake["requests"] = {{{"indication", "skin_hydration"}, {"area", "face"}}};
    intake["allergies"] = {"lidocaine_prilocaine_cream"};
    const auto a = e.assess(core::parseIntake(intake, e.catalog()));
    std::vector<std::string> excluded;
    for (const auto &x : a.requests[0].excluded)
        excluded.push_back(x.ingredient);
    CHECK(excluded == std::vector<std::string>{"lidocaine", "lidocaine_prilocaine_cream"});
    const auto facts = e.facts(core::parseIntake(intake, e.catalog()));
    std::vector<std::string> allergies;
    for (const auto &v : facts.find("allergies")->array())
        allergies.push_back(v.string());
    CHECK(allergies ==
          std::vector<std::string>{"lidocaine", "lidocaine_prilocaine_cream", "prilocaine"});
}

TEST_CASE("Recording a site condition or a treatment at a containing or contained area never makes "
          "a request milder",
          "[engine][property][areas]")
{
    const auto &e = test::bundledEngine();
    const auto &c = e.catalog();
    std::mt19937 rng(24);
    int pairs = 0;
    for (const auto &p : c.protocols) {
        for (const auto &area : p.areas) {
            // Every area sharing skin with the request's: those containing it and those inside it.
            std::vector<std::string> related;
            for (const auto &other : c.areas) {
                if (other.id != area && c.areasOverlap(other.id, area))
                    related.push_back(other.id);
            }
            json base = baseIntake();
            base["requests"] = {{{"indication", p.indications.front()}, {"area", area}}};
            if (rng() % 2)
                base["conditions"] = {c.conditions[rng() % c.conditions.size()].id};
            core::AssessOptions where;
            where.country = "GB";
            for (const auto &s : c.siteConditions) {
                json here = base;
                here["site_conditions"] = {{{"condition", s.id}, {"area", area}}};
                const auto atArea = e.assess(core::parseIntake(here, c), where).requests[0].verdict;
                for (const auto &other : related) {
                    json there = base;
                    there["site_conditions"] = {{{"condition", s.id}, {"area", other}}};
                    const auto verdict =
                        e.assess(core::parseIntake(there, c), where).requests[0].verdict;
                    INFO(p.id << " at " << area << ", " << s.id << " recorded at " << other);
                    CHECK(rank(verdict) >= rank(atArea));
                    ++pairs;
                }
            }
            for (const auto &t : c.treatments) {
                json here = base;
                here["recent_treatments"] = {
                    {{"treatment", t.id}, {"area", area}, {"date", "2026-11-28"}}};
                const auto atArea =
                    e.assess(core::parseIntake(here, c), where).requests[0].earliestStart;
                for (const auto &other : related) {
                    json there = base;
                    there["recent_treatments"] = {
                        {{"treatment", t.id}, {"area", other}, {"date", "2026-11-28"}}};
                    INFO(p.id << " at " << area << ", " << t.id << " recorded at " << other);
                    CHECK_FALSE(
                        e.assess(core::parseIntake(there, c), where).requests[0].earliestStart <
                        atArea);
                }
            }
        }
    }
    CHECK(pairs > 100); // the hierarchy is really exercised
    // Areas that merely sit side by side share nothing.
    CHECK_FALSE(c.areasOverlap("perioral", "periorbital"));
    CHECK_FALSE(c.areasOverlap("face", "neck"));
    CHECK(c.areasOverlap("submental", "neck"));
    CHECK(c.areasOverlap("crows_feet", "face"));
}

TEST_CASE("A protocol not allowed in the clinic's country is never proposed there",
          "[engine][jurisdiction]")
{
    const auto &e = test::bundledEngine();
    const auto &c = e.catalog();
    json intake = baseIntake();
    intake["requests"] = {{{"indication", "localized_fat"}, {"area", "abdomen"}},
                          {{"indication", "cellulite"}, {"area", "buttocks"}}};
    const core::Intake in = core::parseIntake(intake, c);
    for (const char *country : {"FR", "BE", "US", ""}) {
        core::AssessOptions where;
        where.country = country;
        const auto a = e.assess(in, where);
        INFO("country " << country);
        for (const auto &r : a.requests) {
            if (r.protocol && where.country.empty())
                CHECK((!r.protocol->jurisdiction.restricted() || r.verdict != "clear"));
            else if (r.protocol)
                CHECK(r.protocol->jurisdiction.allows(country));
            for (const auto &alt : r.alternatives)
                CHECK((where.country.empty() ||
                       core::Catalog::findIn(c.protocols, alt)->jurisdiction.allows(country)));
        }
    }
    core::AssessOptions france;
    france.country = "FR";
    core::Intake chosen = in;
    chosen.requests[0].protocol = "localized_fat"; // a practitioner's choice does not lift the ban
    const auto a = e.assess(chosen, france);
    CHECK(a.requests[0].protocol == nullptr);
    CHECK(a.requests[0].verdict == "unsupported");
    CHECK_THAT(a.requests[0].trace.front(),
               Catch::StartsWith("protocol localized_fat is not allowed in FR"));
    CHECK(e.facts(in, france).find("country")->string() == "FR");
}

TEST_CASE("A plan with nothing left to inject is blocked, even without an essential ingredient",
          "[engine][planner]")
{
    const auto &e = test::bundledEngine();
    json intake = baseIntake();
    intake["requests"] = {{{"indication", "hair_loss"}, {"area", "scalp"}}};
    intake["allergies"] = {"biotin", "dexpanthenol", "vitamin_b_complex", "zinc",
                           "organic_silicon"};
    core::Intake in = core::parseIntake(intake, e.catalog());
    in.requests[0].protocol = "hair_loss";
    auto a = e.assess(in);
    CHECK(a.requests[0].protocol->id == "hair_loss");
    CHECK(a.requests[0].verdict == "review"); // the peptides are left
    CHECK(a.requests[0].cocktail.size() == 1);
    intake["allergies"].push_back("peptides");
    in = core::parseIntake(intake, e.catalog());
    in.requests[0].protocol = "hair_loss";
    a = e.assess(in);
    CHECK(a.requests[0].verdict == "blocked");
    CHECK(a.requests[0].excluded.empty()); // kept in the cocktail as the reason it is blocked
    bool traced = false;
    for (const auto &line : a.requests[0].trace)
        traced =
            traced || line.find("no injected ingredient could stay: blocked") != std::string::npos;
    CHECK(traced);
}

TEST_CASE("The intake's one writer and one reader agree: toJson then parseIntake gives it back",
          "[engine][intake]")
{
    const auto &c = *test::bundledCatalog();
    for (const auto &file :
         std::filesystem::directory_iterator(MESOPLAN_SOURCE_DIR "/tests/core/scenarios")) {
        const auto doc = json::parse(test::readText(file.path()));
        const core::Intake in = core::parseIntake(doc.at("intake"), c);
        INFO(file.path().filename().string());
        CHECK(core::parseIntake(core::toJson(in), c) == in);
        CHECK(core::toJson(core::parseIntake(core::toJson(in), c)) == core::toJson(in));
    }
    // A draft may have no request yet; a signed intake may not.
    json draft = baseIntake();
    draft["requests"] = json::array();
    CHECK(core::parseIntake(draft, c, core::IntakeCheck::Draft).requests.empty());
    CHECK_THROWS_AS(core::parseIntake(draft, c), core::IntakeError);
    draft["requests"] = {{{"indication", "skin_rejuvenation"}, {"area", "elbow"}}};
    CHECK_THROWS_AS(core::parseIntake(draft, c, core::IntakeCheck::Draft), core::IntakeError);
}

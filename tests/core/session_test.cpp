// The core's part of a treatment session: how a session differs from its approved plan and from
// the catalog's per-session maxima, and the screening of the products about to be injected.

#include "core/sessioncheck.h"
#include "enginefixture.h"

#include <catch2/catch.hpp>

using namespace meso;
using core::Deviation;

namespace {

std::vector<std::string> keys(const std::vector<Deviation> &deviations)
{
    std::vector<std::string> out;
    for (const auto &d : deviations)
        out.push_back(d.key());
    return out;
}

core::Intake intakeWith(const nlohmann::json &patientExtras)
{
    nlohmann::json doc = {{"patient", {{"birth_date", "1980-03-01"}, {"sex", "female"}}},
                          {"date", "2026-12-01"},
                          {"requests", {{{"indication", "skin_rejuvenation"}, {"area", "face"}}}}};
    doc.update(patientExtras);
    return core::parseIntake(doc, *test::bundledCatalog());
}

} // namespace

TEST_CASE("A session as planned has no deviation", "[session]")
{
    const core::Catalog &c = *test::bundledCatalog();
    const core::PlannedSession plan{"face", "papular", {"hyaluronic_acid", "vitamin_c"}};
    // Areas inside the plan's count as planned; exactly the maximum is not above it.
    const std::vector<core::SessionLine> lines = {
        {"periorbital", 0.5, {"hyaluronic_acid"}},
        {"face", 1.5, {"hyaluronic_acid", "vitamin_c"}},
    };
    CHECK(core::sessionDeviations(c, plan, "papular", lines).empty());
    CHECK(core::sessionDeviations(c, plan, "", lines).empty()); // technique not recorded
}

TEST_CASE("Each way a session departs from its plan is a deviation of its own", "[session]")
{
    const core::Catalog &c = *test::bundledCatalog();
    const core::PlannedSession plan{"face", "papular", {"hyaluronic_acid"}};
    const std::vector<core::SessionLine> lines = {
        {"face", 1.5, {"hyaluronic_acid"}},
        {"periorbital", 1.0, {"hyaluronic_acid", "lidocaine"}}, // 2.5 mL of HA in all: above 2
        {"scalp", 0.5, {"biotin"}},
    };
    const auto d = core::sessionDeviations(c, plan, "nappage", lines);
    CHECK(keys(d) == std::vector<std::string>{"area:scalp", "ingredient:biotin",
                                              "ingredient:lidocaine", "maximum:hyaluronic_acid",
                                              "technique:nappage"});
    const Deviation &above = d[3];
    CHECK(above.volumeMl == Approx(2.5));
    CHECK(above.maximumMl == Approx(2.0));
    CHECK(above.source == "R12"); // the catalog's maximum and where it comes from
}

TEST_CASE("The per-session maximum adds up every area of the session", "[session]")
{
    const core::Catalog &c = *test::bundledCatalog();
    const core::PlannedSession plan{"submental", "subcutaneous", {"deoxycholic_acid"}};
    std::vector<core::SessionLine> lines(5, {"submental", 2.0, {"deoxycholic_acid"}});
    CHECK(core::sessionDeviations(c, plan, "", lines).empty()); // 10 mL: the label's maximum
    lines.push_back({"submental", 0.2, {"deoxycholic_acid"}});
    const auto d = core::sessionDeviations(c, plan, "", lines);
    REQUIRE(d.size() == 1);
    CHECK(d[0].key() == "maximum:deoxycholic_acid");
    CHECK(d[0].volumeMl == Approx(10.2));
    CHECK(d[0].source == "R18");
}

TEST_CASE("The products of a session are screened for the patient like a cocktail", "[session]")
{
    const auto &engine = test::bundledEngine();
    const auto allergic = intakeWith({{"allergies", {"Lidocaïne"}}});
    const auto found = engine.screenIngredients(allergic, {"lidocaine", "hyaluronic_acid", "nope"});
    REQUIRE_FALSE(found.empty());
    CHECK(found[0].rule->id == "allergy_ingredient"); // most severe first
    CHECK(found[0].rule->severity == core::Severity::Absolute);
    CHECK(found[0].ingredient == "lidocaine");
    for (const auto &f : found)
        CHECK(f.ingredient != "nope"); // not in the catalog: skipped, the caller refuses it

    const auto none = engine.screenIngredients(intakeWith(nlohmann::json::object()),
                                               {"lidocaine", "hyaluronic_acid"});
    for (const auto &f : none)
        CHECK(f.rule->severity != core::Severity::Absolute);
}

TEST_CASE("An adverse event still open is a finding at the next consultation", "[session]")
{
    const auto &engine = test::bundledEngine();
    core::AssessOptions options;
    options.openAdverseEvents = {"bruising"};
    const auto a = engine.assess(intakeWith(nlohmann::json::object()), options);
    REQUIRE_FALSE(a.findings.empty());
    const auto it = std::find_if(a.findings.begin(), a.findings.end(),
                                 [](const auto &f) { return f.rule->id == "open_adverse_event"; });
    REQUIRE(it != a.findings.end());
    CHECK(it->rule->severity == core::Severity::Relative);
    CHECK(it->message.find("Bruising") != std::string::npos); // the risk's name, in the message
    CHECK(engine.assess(intakeWith(nlohmann::json::object()), core::AssessOptions{}).verdict ==
          "clear");
}

TEST_CASE("A per-session maximum needs a positive volume and its source", "[session][catalog]")
{
    std::map<std::string, std::string> files;
    for (const auto &e : std::filesystem::directory_iterator(MESOPLAN_SOURCE_DIR "/data/catalog")) {
        if (e.path().extension() == ".json")
            files[e.path().filename().string()] = test::readText(e.path());
    }
    auto doc = nlohmann::json::parse(files.at("ingredients.json"));
    doc[0]["session_max"] = {{"ml", 0}, {"evidence", "weak"}};
    files["ingredients.json"] = doc.dump(2);
    const auto r = core::parseCatalog(files);
    CHECK_FALSE(r.catalog);
    std::vector<std::string> lines;
    for (const auto &p : r.problems)
        lines.push_back(p.toString());
    CHECK(std::find(lines.begin(), lines.end(),
                    "ingredients.json: /0/session_max/ml: expected a number from 0.01 to 1000, "
                    "got 0") != lines.end());
    CHECK(std::find(lines.begin(), lines.end(),
                    "ingredients.json: /0/session_max/source: required field is missing") !=
          lines.end());
}

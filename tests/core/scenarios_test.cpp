// Golden clinical scenarios (tests/core/scenarios/*.json): intake plus the verdicts and key plan
// fields a careful practitioner expects. Together they must exercise every rule of the catalog.
// A scenario may give the clinic's "country" (jurisdiction), the patient's "open_adverse_events"
// (risk ids of adverse events after earlier sessions, not resolved) and, per request, the protocol
// the practitioner "chose" (null: the engine's own choice).

#include "enginefixture.h"

#include <catch2/catch.hpp>

#include <set>

using namespace meso;
namespace fs = std::filesystem;

namespace {

std::vector<fs::path> scenarioFiles()
{
    std::vector<fs::path> files;
    for (const auto &e : fs::directory_iterator(MESOPLAN_SOURCE_DIR "/tests/core/scenarios")) {
        if (e.path().extension() == ".json")
            files.push_back(e.path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

std::set<std::string> ids(const nlohmann::ordered_json &list, const char *key)
{
    std::set<std::string> out;
    for (const auto &e : list)
        out.insert(e[key].get<std::string>());
    return out;
}

std::set<std::string> asSet(const nlohmann::json &list)
{
    std::set<std::string> out;
    for (const auto &e : list)
        out.insert(e.get<std::string>());
    return out;
}

bool traceMentions(const nlohmann::ordered_json &trace, const std::string &rule)
{
    for (const auto &line : trace) {
        const std::string s = line.get<std::string>();
        if (s.rfind("rule " + rule + ":", 0) == 0 ||
            s.find("[rule " + rule + ",") != std::string::npos)
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("Golden clinical scenarios", "[scenarios]")
{
    const auto &engine = test::bundledEngine();
    const auto files = scenarioFiles();
    REQUIRE(files.size() >= 60);
    for (const auto &file : files) {
        DYNAMIC_SECTION(file.filename().string())
        {
            const auto doc = nlohmann::json::parse(test::readText(file));
            const auto &expect = doc.at("expect");
            core::Intake intake = core::parseIntake(doc.at("intake"), engine.catalog());
            const auto chosen = doc.value("chose", nlohmann::json::array());
            for (size_t i = 0; i < chosen.size() && i < intake.requests.size(); ++i) {
                if (chosen[i].is_string())
                    intake.requests[i].protocol = chosen[i].get<std::string>();
            }
            core::AssessOptions options;
            options.country = doc.value("country", "");
            options.openAdverseEvents =
                doc.value("open_adverse_events", std::vector<std::string>{});
            const core::Assessment a = engine.assess(intake, options);
            const auto screen = engine.screenJson(a);
            const auto plan = engine.planJson(a);
            INFO(screen.dump(1));
            CHECK(screen["verdict"] == expect.at("verdict"));
            REQUIRE(screen["requests"].size() == expect.at("requests").size());
            for (size_t i = 0; i < expect["requests"].size(); ++i)
                CHECK(screen["requests"][i]["verdict"] == expect["requests"][i]);
            const auto fired = ids(screen["findings"], "rule");
            for (const auto &r : expect.value("findings", nlohmann::json::array()))
                CHECK(fired.count(r.get<std::string>()) == 1);
            for (const auto &r : expect.value("no_findings", nlohmann::json::array()))
                CHECK(fired.count(r.get<std::string>()) == 0);
            const auto &plans = expect.value("plans", nlohmann::json::array());
            for (size_t i = 0; i < plans.size() && i < plan["plans"].size(); ++i) {
                const auto &want = plans[i];
                const auto &got = plan["plans"][i];
                INFO("plan " << i << ": " << got.dump(1));
                for (const char *key :
                     {"protocol", "status", "alternatives", "sessions", "interval_days",
                      "later_interval", "session_minutes", "earliest_start"}) {
                    if (want.contains(key)) // null: the key is absent or null
                        CHECK((got.contains(key) ? got[key].dump() : std::string("null")) ==
                              want[key].dump());
                }
                if (want.contains("price_total"))
                    CHECK(got["price"]["total"].get<double>() == want["price_total"].get<double>());
                if (want.contains("excluded"))
                    CHECK(ids(got["excluded"], "ingredient") == asSet(want["excluded"]));
                const auto cocktail = got.contains("cocktail") ? ids(got["cocktail"], "ingredient")
                                                               : std::set<std::string>{};
                for (const auto &ing : want.value("cocktail_has", nlohmann::json::array()))
                    CHECK(cocktail.count(ing.get<std::string>()) == 1);
                for (const auto &ing : want.value("cocktail_lacks", nlohmann::json::array()))
                    CHECK(cocktail.count(ing.get<std::string>()) == 0);
                for (const auto &rule : want.value("trace_has", nlohmann::json::array()))
                    CHECK(traceMentions(got["trace"], rule.get<std::string>()));
            }
        }
    }
}

TEST_CASE("The scenarios exercise every rule of the catalog", "[scenarios]")
{
    const auto &c = *test::bundledCatalog();
    std::set<std::string> findings, traced;
    for (const auto &file : scenarioFiles()) {
        const auto doc = nlohmann::json::parse(test::readText(file));
        for (const auto &r : doc["expect"].value("findings", nlohmann::json::array()))
            findings.insert(r.get<std::string>());
        for (const auto &p : doc["expect"].value("plans", nlohmann::json::array()))
            for (const auto &r : p.value("trace_has", nlohmann::json::array()))
                traced.insert(r.get<std::string>());
    }
    for (const auto &r : c.screeningRules) {
        INFO("screening rule " << r.id);
        CHECK(findings.count(r.id) == 1);
    }
    for (const auto &r : c.planRules) {
        INFO("plan rule " << r.id);
        CHECK(traced.count(r.id) == 1);
    }
    for (const auto &s : c.spacing) {
        INFO("spacing rule " << s.id);
        CHECK(traced.count(s.id) == 1);
    }
}

// Screening + planning throughput of the rules engine on synthetic intakes, one thread.
// Also exports, for the peer comparison (bench/peers.js), the catalog's rules and the facts they
// were evaluated on, and times our engine on exactly those evaluations.
// usage: mesoplan-bench [--intakes N] [--rounds R] [--export DIR] [--profile]

#include "core/engine.h"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <new>
#include <random>
#include <sstream>
#include <string_view>

// Heap allocations are the main cost of an assessment: count them.
static size_t g_allocations = 0;
void *operator new(std::size_t n)
{
    ++g_allocations;
    if (void *p = std::malloc(n))
        return p;
    throw std::bad_alloc();
}
void operator delete(void *p) noexcept
{
    std::free(p);
}
void operator delete(void *p, std::size_t) noexcept
{
    std::free(p);
}

using namespace meso::core;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

std::shared_ptr<const Catalog> loadCatalog()
{
    std::map<std::string, std::string> files;
    for (const auto &e : fs::directory_iterator(MESOPLAN_SOURCE_DIR "/data/catalog")) {
        std::ifstream in(e.path());
        std::stringstream ss;
        ss << in.rdbuf();
        files[e.path().filename().string()] = ss.str();
    }
    auto r = parseCatalog(files);
    if (!r.catalog)
        throw std::runtime_error(r.problems.front().toString());
    return std::make_shared<const Catalog>(std::move(*r.catalog));
}

// A plausible clinic mix: mostly served requests, a few contraindications, some unknown names.
nlohmann::json syntheticIntake(const Catalog &c, std::mt19937 &rng)
{
    auto chance = [&rng](int percent) { return static_cast<int>(rng() % 100) < percent; };
    auto pickFrom = [&rng](const auto &list) -> const auto &
    {
        return list[rng() % list.size()];
    };
    nlohmann::json j;
    const int age = 16 + static_cast<int>(rng() % 65);
    char birth[16];
    std::snprintf(birth, sizeof birth, "%04d-%02d-%02d", 2026 - age,
                  1 + static_cast<int>(rng() % 12), 1 + static_cast<int>(rng() % 28));
    j["patient"] = {{"birth_date", birth},
                    {"sex", pickFrom(std::vector<std::string>{"female", "male", "other"})}};
    if (chance(80))
        j["patient"]["fitzpatrick"] = 1 + static_cast<int>(rng() % 6);
    j["date"] = "2026-12-01";
    j["requests"] = nlohmann::json::array();
    const int requests = 1 + static_cast<int>(rng() % 3);
    for (int i = 0; i < requests; ++i) {
        std::string indication, area;
        if (chance(95)) {
            const Protocol &p = pickFrom(c.protocols);
            indication = pickFrom(p.indications);
            area = pickFrom(p.areas);
        } else {
            indication = pickFrom(c.indications).id;
            area = pickFrom(c.areas).id;
        }
        bool duplicate = false;
        for (const auto &r : j["requests"])
            duplicate = duplicate || (r["indication"] == indication && r["area"] == area);
        if (!duplicate)
            j["requests"].push_back({{"indication", indication}, {"area", area}});
    }
    for (const auto &k : c.conditions)
        if (chance(3))
            j["conditions"].push_back(k.id);
    if (chance(10))
        j["site_conditions"].push_back(
            {{"condition", pickFrom(c.siteConditions).id}, {"area", j["requests"][0]["area"]}});
    const int meds = static_cast<int>(rng() % 3);
    for (int i = 0; i < meds; ++i)
        j["medications"].push_back(chance(85)
                                       ? pickFrom(c.medications).id
                                       : std::string("unknown drug ") + std::to_string(rng() % 50));
    if (chance(10))
        j["medications"].push_back({{"name", "isotretinoin"}, {"stopped", "2026-08-01"}});
    if (chance(20))
        j["allergies"].push_back(chance(80) ? pickFrom(c.allergens).id : std::string("pollen"));
    if (chance(20))
        j["recent_treatments"].push_back({{"treatment", pickFrom(c.treatments).id},
                                          {"area", j["requests"][0]["area"]},
                                          {"date", "2026-11-" + std::to_string(10 + rng() % 19)}});
    return j;
}

double seconds(Clock::duration d)
{
    return std::chrono::duration<double>(d).count();
}

// Best and median of several timed rounds of `work`, in items per second. This machine shares
// its cores: the best round is the one least disturbed, the median shows the spread.
template <typename Work> std::pair<double, double> rate(int rounds, size_t items, Work &&work)
{
    std::vector<double> rates;
    for (int r = 0; r < rounds; ++r) {
        const auto t0 = Clock::now();
        work();
        rates.push_back(static_cast<double>(items) / seconds(Clock::now() - t0));
    }
    std::sort(rates.begin(), rates.end());
    return {rates.back(), rates[rates.size() / 2]};
}

struct Options
{
    int intakes = 100000;
    int rounds = 5;
    std::string exportDir; // the peers' input: rules.json and facts.jsonl
    bool profile = false;  // only the screen+plan loop, for perf
};

Options parseOptions(int argc, char **argv)
{
    Options o;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        const bool hasValue = i + 1 < argc;
        if (a == "--intakes" && hasValue)
            o.intakes = std::max(1, std::atoi(argv[++i]));
        else if (a == "--rounds" && hasValue)
            o.rounds = std::max(1, std::atoi(argv[++i]));
        else if (a == "--export" && hasValue)
            o.exportDir = argv[++i];
        else if (a == "--profile")
            o.profile = true;
        else
            throw std::runtime_error(
                "usage: mesoplan-bench [--intakes N] [--rounds R] [--export DIR] [--profile]");
    }
    return o;
}

// Every rule evaluation of the first intakes, as the engine performs them: one facts object per
// intake, whose scope keys (area, ingredient, request, ...) are set before each group of rules.
// This is what the peers evaluate (as JSON), and what our engine is timed on for the ratio, on
// the facts values the engine itself built.
bool isScopeKey(std::string_view key)
{
    return key == "area" || key == "site_conditions" || key == "ingredient" || key == "request" ||
           key == "protocol";
}

// How many times in a row each intake's evaluations run for the warm figures (peers.js reads it
// from the export).
constexpr int PeerWarmRepeat = 8;

struct PeerGroup
{
    std::string scopeJson;     // the scope keys set for this group
    Object scope;              // the same, as the engine built them
    std::vector<size_t> rules; // indices into the exported rules
};

struct PeerIntake
{
    std::string baseJson; // the facts without scope keys
    Object base;          // the same, as the engine built them (sharing its lists and ids)
    std::vector<PeerGroup> groups;
};

// An exported intake ready for timing: its facts object with one slot per scope key, and each
// group's scope values by slot and its rules. The rule lists are the timing loop's own, built
// here one intake after the other as json-logic-js's come from parsing facts.jsonl: pointing into
// the export's lists, allocated among everything an assessment allocates, cost the cold run
// about an eighth of its time in cache misses that were the benchmark's, not the engine's.
struct TimedIntake
{
    std::shared_ptr<Object> object;
    Value facts;
    size_t firstSlot = 0;
    std::vector<std::pair<std::vector<std::pair<size_t, Value>>, std::vector<size_t>>> groups;
};

void exportForPeers(const RulesEngine &engine, const std::vector<Intake> &intakes, const Options &o,
                    nlohmann::ordered_json &result)
{
    const Catalog &c = engine.catalog();
    const auto &rulesDoc = c.files.at("rules.json");
    nlohmann::ordered_json rules = nlohmann::ordered_json::array();
    std::map<std::string, size_t> index;
    std::vector<const Logic *> compiled;
    for (size_t i = 0; i < c.screeningRules.size(); ++i) {
        index[c.screeningRules[i].id] = rules.size();
        compiled.push_back(&c.screeningRules[i].when);
        rules.push_back(
            {{"id", c.screeningRules[i].id}, {"when", rulesDoc["screening"][i]["when"]}});
    }
    for (size_t i = 0; i < c.planRules.size(); ++i) {
        if (!index.emplace(c.planRules[i].id, rules.size()).second)
            throw std::runtime_error("rule id used twice: " + c.planRules[i].id);
        compiled.push_back(&c.planRules[i].when);
        rules.push_back({{"id", c.planRules[i].id}, {"when", rulesDoc["plan"][i]["when"]}});
    }

    std::vector<PeerIntake> exported;
    size_t fired = 0, evaluations = 0;
    for (size_t i = 0; i < std::min(intakes.size(), size_t(20000)); ++i) {
        PeerIntake intake;
        engine.assess(
            intakes[i], "en", [&](const std::string &id, const Value &facts, bool didFire) {
                Object base, scope;
                for (const auto &member : facts.object()) {
                    if (!isScopeKey(member.first.str()))
                        base.push_back(member);
                    else if (!member.second.isUndefined())
                        scope.push_back(member);
                }
                std::string baseJson = js::stringify(Value(base));
                if (intake.baseJson.empty()) {
                    intake.baseJson = std::move(baseJson);
                    intake.base = std::move(base);
                } else if (intake.baseJson != baseJson) {
                    throw std::runtime_error("the base facts changed during an assessment");
                }
                std::string scopeJson = js::stringify(Value(scope));
                if (intake.groups.empty() || intake.groups.back().scopeJson != scopeJson)
                    intake.groups.push_back({std::move(scopeJson), std::move(scope), {}});
                intake.groups.back().rules.push_back(index.at(id));
                fired += didFire ? 1 : 0;
                ++evaluations;
            });
        exported.push_back(std::move(intake));
    }
    fs::create_directories(o.exportDir);
    std::ofstream(o.exportDir + "/rules.json") << rules.dump() << '\n';
    std::ofstream(o.exportDir + "/warm_repeat") << PeerWarmRepeat << '\n';
    std::ofstream out(o.exportDir + "/facts.jsonl");
    std::vector<TimedIntake> timed;
    size_t groups = 0;
    for (const auto &intake : exported) {
        out << "{\"facts\":" << intake.baseJson << ",\"groups\":[";
        TimedIntake t;
        Object object = intake.base;
        t.firstSlot = object.size();
        std::map<std::string, size_t> slots;
        for (const char *key : {"area", "site_conditions", "ingredient", "request", "protocol"}) {
            slots[key] = object.size();
            object.emplace_back(key, Value());
        }
        t.object = std::make_shared<Object>(std::move(object));
        t.facts = Value(std::shared_ptr<const Object>(t.object));
        for (const auto &g : intake.groups) {
            out << (&g == &intake.groups.front() ? "" : ",") << "{\"scope\":" << g.scopeJson
                << ",\"rules\":" << nlohmann::json(g.rules).dump() << "}";
            std::vector<std::pair<size_t, Value>> scope;
            for (const auto &[key, value] : g.scope)
                scope.emplace_back(slots.at(key.str()), value);
            t.groups.emplace_back(std::move(scope), g.rules);
            ++groups;
        }
        out << "]}\n";
        timed.push_back(std::move(t));
    }

    // Our engine on exactly these evaluations, setting the scope keys as it does. Each intake's
    // evaluations run `repeat` times in a row: once, its facts come cold from memory (they were
    // built long before); repeated, they are in the cache, as in an assessment, which evaluates
    // the rules right after building the facts.
    auto timeOurs = [&](int repeat) {
        size_t check = 0;
        const auto rates = rate(o.rounds, evaluations * static_cast<size_t>(repeat), [&] {
            check = 0;
            for (auto &t : timed) {
                Object &object = *t.object;
                for (int k = 0; k < repeat; ++k) {
                    for (const auto &[scope, ids] : t.groups) {
                        for (size_t slot = t.firstSlot; slot < object.size(); ++slot)
                            object[slot].second = Value();
                        for (const auto &[slot, value] : scope)
                            object[slot].second = value;
                        for (size_t r : ids)
                            check += js::truthy(compiled[r]->evaluate(t.facts)) ? 1 : 0;
                    }
                }
            }
        });
        if (check != fired * static_cast<size_t>(repeat))
            throw std::runtime_error("re-evaluating the exported facts fired other rules");
        return rates;
    };
    result["peer_intakes"] = exported.size();
    result["peer_rule_groups"] = groups;
    result["peer_rule_evaluations"] = evaluations;
    result["peer_rules_fired"] = fired;
    const auto [coldBest, coldMedian] = timeOurs(1);
    result["rule_evaluations_per_second"] = coldBest;
    result["rule_evaluations_per_second_median"] = coldMedian;
    const auto [warmBest, warmMedian] = timeOurs(PeerWarmRepeat);
    result["warm_repeat"] = PeerWarmRepeat;
    result["warm_rule_evaluations_per_second"] = warmBest;
    result["warm_rule_evaluations_per_second_median"] = warmMedian;
}

} // namespace

int main(int argc, char **argv)
{
    try {
        const Options o = parseOptions(argc, argv);
        const auto catalog = loadCatalog();
        const RulesEngine engine(catalog);

        std::mt19937 rng(20261122);
        std::vector<nlohmann::json> docs;
        docs.reserve(static_cast<size_t>(o.intakes));
        for (int i = 0; i < o.intakes; ++i)
            docs.push_back(syntheticIntake(*catalog, rng));
        const size_t count = docs.size();

        // Parsing the intake JSON into a checked Intake is part of what `screen` and `plan` do.
        std::vector<Intake> intakes;
        const auto [parseBest, parseMedian] = rate(o.rounds, count, [&] {
            intakes.clear();
            intakes.reserve(count);
            for (const auto &d : docs)
                intakes.push_back(parseIntake(d, *catalog));
        });

        size_t verdicts[4] = {0, 0, 0, 0};
        size_t evaluations = 0;
        for (const auto &in : intakes) {
            const Assessment a =
                engine.assess(in, "en", [&evaluations](const std::string &, const Value &, bool) {
                    ++evaluations;
                });
            verdicts[a.verdict == "clear"     ? 0
                     : a.verdict == "review"  ? 1
                     : a.verdict == "blocked" ? 2
                                              : 3]++;
        }
        const size_t before = g_allocations;
        const auto [best, median] = rate(o.rounds, count, [&] {
            for (const auto &in : intakes)
                engine.assess(in);
        });
        const double allocations = double(g_allocations - before) / double(count) / o.rounds;
        if (o.profile) {
            std::cout << best << " screen+plan per second (best of " << o.rounds << "), "
                      << allocations << " allocations each\n";
            return 0;
        }

        size_t bytes = 0;
        const auto [jsonBest, jsonMedian] = rate(std::min(o.rounds, 3), count, [&] {
            bytes = 0;
            for (const auto &in : intakes) {
                const Assessment a = engine.assess(in);
                bytes += engine.screenJson(a).dump().size() + engine.planJson(a).dump().size();
            }
        });

        nlohmann::ordered_json result;
        result["intakes"] = count;
        result["rounds"] = o.rounds;
        result["verdicts"] = {{"clear", verdicts[0]},
                              {"review", verdicts[1]},
                              {"blocked", verdicts[2]},
                              {"unsupported", verdicts[3]}};
        result["parse_per_second"] = parseBest;
        result["screen_plan_per_second"] = best;
        result["screen_plan_per_second_median"] = median;
        result["screen_plan_json_per_second"] = jsonBest;
        result["rule_evaluations_per_screen_plan"] = double(evaluations) / double(count);
        result["allocations_per_screen_plan"] = allocations;
        result["output_bytes_per_intake"] = double(bytes) / double(count);
        if (!o.exportDir.empty())
            exportForPeers(engine, intakes, o, result);
        std::cout << result.dump(2) << '\n';
        return 0;
    } catch (const std::exception &e) {
        std::cerr << "mesoplan-bench: " << e.what() << '\n';
        return 1;
    }
}

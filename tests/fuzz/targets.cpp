#include "targets.h"

#include "core/catalog.h"
#include "core/engine.h"
#include "core/intake.h"
#include "core/jsonlogic.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>

namespace meso::fuzz {

namespace {

std::map<std::string, std::string> bundledFiles()
{
    std::map<std::string, std::string> files;
    for (const auto &entry :
         std::filesystem::directory_iterator(MESOPLAN_SOURCE_DIR "/data/catalog")) {
        if (entry.path().extension() != ".json")
            continue;
        std::ifstream in(entry.path());
        std::stringstream text;
        text << in.rdbuf();
        files[entry.path().filename().string()] = text.str();
    }
    return files;
}

const std::map<std::string, std::string> &bundled()
{
    static const auto files = bundledFiles();
    return files;
}

const core::RulesEngine &engine()
{
    static const core::RulesEngine e = [] {
        core::CatalogParseResult parsed = core::parseCatalog(bundled());
        if (!parsed.catalog)
            std::abort(); // the bundled catalog is checked by the test suite
        return core::RulesEngine(std::make_shared<const core::Catalog>(std::move(*parsed.catalog)));
    }();
    return e;
}

const char *const kIntake =
    R"({"patient": {"birth_date": "1980-05-14", "sex": "female", "fitzpatrick": 3},
    "date": "2026-11-22", "requests": [{"indication": "skin_rejuvenation", "area": "face"},
    {"indication": "hair_loss", "area": "scalp"}, {"indication": "cellulite", "area": "thighs"}],
    "conditions": ["autoimmune_disease"], "site_conditions": [{"condition": "acne_flare", "area": "face"}],
    "medications": ["warfarin", "something unknown"], "allergies": ["lidocaine"],
    "recent_treatments": [{"treatment": "botulinum_toxin", "area": "face", "date": "2026-11-15"}]})";

} // namespace

int intake(const uint8_t *data, size_t size)
{
    const std::string text(reinterpret_cast<const char *>(data), size);
    const core::RulesEngine &e = engine();
    try {
        const core::Intake parsed = core::parseIntakeText(text, e.catalog());
        const core::Assessment a = e.assess(parsed);
        (void)e.screenJson(a).dump();
        (void)e.planJson(a).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    } catch (const core::IntakeError &) {
        // bad input, reported to the user with the field: the expected outcome
    }
    return 0;
}

int catalog(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    std::map<std::string, std::string> files = bundled();
    auto it = files.begin();
    std::advance(it, data[0] % files.size());
    it->second.assign(reinterpret_cast<const char *>(data + 1), size - 1);
    const core::CatalogParseResult parsed = core::parseCatalog(files);
    if (!parsed.catalog)
        return 0; // problems listed for the user: the expected outcome
    const core::RulesEngine e(std::make_shared<const core::Catalog>(std::move(*parsed.catalog)));
    try {
        const core::Assessment a = e.assess(core::parseIntakeText(kIntake, e.catalog()));
        (void)e.planJson(a).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    } catch (const core::IntakeError &) {
        // a valid catalog without the example's areas or indications
    }
    return 0;
}

int jsonlogic(const uint8_t *data, size_t size)
{
    nlohmann::ordered_json doc;
    std::string error;
    if (!core::parseJsonText(std::string(reinterpret_cast<const char *>(data), size), doc, error))
        return 0; // as `mesoplan-cli logic` does: {"error": ...} for that line
    const bool line = doc.is_object() && doc.contains("rule");
    const nlohmann::ordered_json &rule = line ? doc["rule"] : doc;
    const core::Value facts =
        line && doc.contains("data") ? core::Value::fromJson(doc["data"]) : core::Value::null();
    for (const auto mode : {core::Logic::Mode::Lenient, core::Logic::Mode::Strict}) {
        try {
            (void)core::js::stringify(core::Logic::compile(rule, mode).evaluate(facts));
        } catch (const core::LogicError &) {
            // a rule that does not compile or cannot be evaluated, reported with its pointer
        }
    }
    return 0;
}

Target targetNamed(const std::string &name)
{
    if (name == "intake")
        return intake;
    if (name == "catalog")
        return catalog;
    if (name == "jsonlogic")
        return jsonlogic;
    return nullptr;
}

} // namespace meso::fuzz

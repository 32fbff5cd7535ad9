#pragma once

#include "core/engine.h"

#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>

namespace meso::test {

inline std::string readText(const std::filesystem::path &p)
{
    std::ifstream in(p);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// The bundled catalog, parsed once for all core tests.
inline std::shared_ptr<const core::Catalog> bundledCatalog()
{
    static const std::shared_ptr<const core::Catalog> catalog = [] {
        std::map<std::string, std::string> files;
        for (const auto &e :
             std::filesystem::directory_iterator(MESOPLAN_SOURCE_DIR "/data/catalog")) {
            if (e.path().extension() == ".json")
                files[e.path().filename().string()] = readText(e.path());
        }
        auto r = core::parseCatalog(files);
        if (!r.catalog)
            throw std::runtime_error("bundled catalog invalid: " + r.problems.front().toString());
        return std::make_shared<const core::Catalog>(std::move(*r.catalog));
    }();
    return catalog;
}

inline const core::RulesEngine &bundledEngine()
{
    static const core::RulesEngine engine(bundledCatalog());
    return engine;
}

} // namespace meso::test

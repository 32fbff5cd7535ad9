#include "catalogfields.h"

#include <cmath>
#include <map>

namespace meso::core {

namespace {

using detail::describe;
using detail::isId;
using detail::Reader;

const std::set<std::string> kIngredientFacts = {"id",    "allergens",   "allergy",
                                                "route", "teratogenic", "off_label"};

const std::set<std::string> kEvidence = {"regulatory", "clinical_study", "review",
                                         "expert",     "weak",           "common_practice"};

// A reference to check once every file is read: (file, pointer, id, what it must name).
struct Reference
{
    std::string file, pointer, id, kind;
};

class CatalogBuilder
{
public:
    CatalogBuilder(std::vector<CatalogProblem> &problems, CatalogReading reading)
        : m_problems(problems), m_reading(reading)
    {
    }

    void ref(Reader &r, const std::string &pointer, const std::string &id, const std::string &kind)
    {
        if (!id.empty())
            m_refs.push_back({r.file(), pointer, id, kind});
    }

    void refs(Reader &r, const std::string &pointer, const std::vector<std::string> &ids,
              const std::string &kind)
    {
        for (size_t i = 0; i < ids.size(); ++i)
            ref(r, pointer + "/" + std::to_string(i), ids[i], kind);
    }

    void sourceAndEvidence(Reader &r, const nlohmann::json &j, const std::string &p,
                           std::string &source, std::string &evidence)
    {
        source = r.string(j, p, "source");
        size_t start = 0;
        while (start < source.size()) {
            size_t end = source.find(' ', start);
            if (end == std::string::npos)
                end = source.size();
            if (end > start)
                ref(r, p + "/source", source.substr(start, end - start), "source");
            start = end + 1;
        }
        evidence = r.oneOf(j, p, "evidence", kEvidence);
    }

    Entry entry(Reader &r, const nlohmann::json &j, const std::string &p)
    {
        Entry e;
        e.id = r.id(j, p);
        e.name = r.text(j, p, "name");
        return e;
    }

    void readSimpleList(Reader &r, const nlohmann::json &doc, std::vector<Entry> &out)
    {
        r.entries(doc, "", [&](const nlohmann::json &j, const std::string &p) {
            if (r.object(j, p, {"id!", "name!"}))
                out.push_back(entry(r, j, p));
        });
    }

    void read(const std::string &file, const nlohmann::json &doc)
    {
        Reader r(file, m_problems, &m_texts);
        if (file == "catalog.json") {
            if (!r.object(doc, "",
                          {"format!", "name!", "edition!", "currency!", "languages!", "equipment"}))
                return;
            const int format = r.integer(doc, "", "format", 1, 99);
            if (doc.contains("format") && format == 1)
                r.problem("/format",
                          "format 1 is the catalog of MesoPlan before edition 2026.12; bring it to "
                          "format " +
                              std::to_string(kCatalogFormat) +
                              " as docs/catalog-format.md (\"Upgrading from format 1\") says");
            else if (doc.contains("format") && format != kCatalogFormat)
                r.problem("/format", "expected format " + std::to_string(kCatalogFormat) +
                                         ", got " + std::to_string(format));
            m_catalog.name = r.text(doc, "", "name");
            m_catalog.edition = r.string(doc, "", "edition");
            m_catalog.currency = r.string(doc, "", "currency");
            if (!m_catalog.currency.empty() &&
                (m_catalog.currency.size() != 3 ||
                 !std::all_of(m_catalog.currency.begin(), m_catalog.currency.end(), ::isupper)))
                r.problem("/currency", "expected an ISO 4217 code such as \"EUR\"");
            m_catalog.languages = r.strings(doc, "", "languages", true);
            if (std::find(m_catalog.languages.begin(), m_catalog.languages.end(), "en") ==
                m_catalog.languages.end())
                r.problem("/languages", "\"en\" is required");
            m_declaresEquipment = doc.contains("equipment");
            r.entries(doc.value("equipment", nlohmann::json::array()), "/equipment",
                      [&](const nlohmann::json &j, const std::string &p) {
                          if (r.object(j, p, {"id!", "name!"}))
                              m_catalog.equipment.push_back(entry(r, j, p));
                      });
        } else if (file == "sources.json") {
            r.entries(doc, "", [&](const nlohmann::json &j, const std::string &p) {
                if (!r.object(j, p, {"id!", "citation!", "evidence!"}))
                    return;
                Source s;
                s.id = r.string(j, p, "id");
                if (s.id.find(' ') != std::string::npos)
                    r.problem(p + "/id", "a source key has no spaces");
                s.citation = r.string(j, p, "citation");
                s.evidence = r.oneOf(j, p, "evidence", kEvidence);
                m_catalog.sources.push_back(s);
            });
        } else if (file == "areas.json") {
            r.entries(doc, "", [&](const nlohmann::json &j, const std::string &p) {
                if (!r.object(j, p, {"id!", "name!", "region!", "view!", "within"}))
                    return;
                Area a;
                static_cast<Entry &>(a) = entry(r, j, p);
                a.region = r.oneOf(j, p, "region", {"face", "scalp", "body"});
                a.view = r.oneOf(j, p, "view", {"front", "back"});
                a.within = r.strings(j, p, "within", true);
                refs(r, p + "/within", a.within, "area");
                if (std::find(a.within.begin(), a.within.end(), a.id) != a.within.end())
                    r.problem(p + "/within", "an area cannot be within itself");
                m_catalog.areas.push_back(a);
            });
        } else if (file == "indications.json") {
            readSimpleList(r, doc, m_catalog.indications);
        } else if (file == "conditions.json") {
            readSimpleList(r, doc, m_catalog.conditions);
        } else if (file == "site_conditions.json") {
            readSimpleList(r, doc, m_catalog.siteConditions);
        } else if (file == "treatments.json") {
            readSimpleList(r, doc, m_catalog.treatments);
        } else if (file == "techniques.json") {
            r.entries(doc, "", [&](const nlohmann::json &j, const std::string &p) {
                if (!r.object(j, p, {"id!", "name!", "depth_mm!", "notes", "source!", "evidence!"}))
                    return;
                Technique t;
                static_cast<Entry &>(t) = entry(r, j, p);
                readRange(r, j, p, "depth_mm", 0, 20, t.depthMin, t.depthMax);
                t.notes = r.text(j, p, "notes");
                sourceAndEvidence(r, j, p, t.source, t.evidence);
                m_catalog.techniques.push_back(t);
            });
        } else if (file == "allergens.json") {
            if (!r.object(doc, "", {"groups!", "allergens!"}))
                return;
            r.entries(doc.value("groups", nlohmann::json::array()), "/groups",
                      [&](const nlohmann::json &j, const std::string &p) {
                          if (!r.object(j, p,
                                        {"id!", "name!", "aliases", "cross_reactivity!", "source!",
                                         "evidence!"}))
                              return;
                          AllergenGroup g;
                          static_cast<Entry &>(g) = entry(r, j, p);
                          g.aliases = r.strings(j, p, "aliases", false);
                          g.fullCrossReactivity =
                              r.oneOf(j, p, "cross_reactivity", {"full", "warn"}) == "full";
                          sourceAndEvidence(r, j, p, g.source, g.evidence);
                          m_catalog.allergenGroups.push_back(g);
                      });
            r.entries(doc.value("allergens", nlohmann::json::array()), "/allergens",
                      [&](const nlohmann::json &j, const std::string &p) {
                          if (!r.object(j, p, {"id!", "name!", "aliases", "groups", "origins"}))
                              return;
                          Allergen a;
                          static_cast<Entry &>(a) = entry(r, j, p);
                          a.aliases = r.strings(j, p, "aliases", false);
                          a.origins = r.strings(j, p, "origins", true);
                          a.groups = r.strings(j, p, "groups", true);
                          refs(r, p + "/groups", a.groups, "allergen group");
                          m_catalog.allergens.push_back(a);
                      });
        } else if (file == "medications.json") {
            if (!r.object(doc, "", {"classes!", "medications!"}))
                return;
            readSimpleListAt(r, doc.value("classes", nlohmann::json::array()), "/classes",
                             m_catalog.medicationClasses);
            r.entries(
                doc.value("medications", nlohmann::json::array()), "/medications",
                [&](const nlohmann::json &j, const std::string &p) {
                    if (!r.object(j, p,
                                  {"id!", "name!", "class!", "aliases", "source!", "evidence!"}))
                        return;
                    Medication m;
                    static_cast<Entry &>(m) = entry(r, j, p);
                    m.medicationClass = r.id(j, p, "class");
                    ref(r, p + "/class", m.medicationClass, "medication class");
                    m.aliases = r.strings(j, p, "aliases", false);
                    sourceAndEvidence(r, j, p, m.source, m.evidence);
                    m_catalog.medications.push_back(m);
                });
        } else if (file == "ingredients.json") {
            r.entries(doc, "", [&](const nlohmann::json &j, const std::string &p) {
                if (!r.object(j, p,
                              {"id!", "name!", "aliases", "class!", "dose", "session_max",
                               "allergens", "origin", "formulation!", "teratogenic", "off_label",
                               "source!", "evidence!"}))
                    return;
                Ingredient i;
                static_cast<Entry &>(i) = entry(r, j, p);
                i.aliases = r.strings(j, p, "aliases", false);
                i.ingredientClass = r.text(j, p, "class");
                i.dose = r.text(j, p, "dose");
                i.allergens = r.strings(j, p, "allergens", true);
                refs(r, p + "/allergens", i.allergens, "allergen");
                if (j.contains("origin"))
                    i.origin = r.id(j, p, "origin");
                if (const auto *f = r.field(j, "formulation");
                    f && r.object(*f, p + "/formulation", {"route!", "vehicle!", "fat_soluble!"})) {
                    const std::string fp = p + "/formulation";
                    i.formulation.route = r.oneOf(*f, fp, "route", {"injection", "topical"});
                    i.formulation.vehicle = r.oneOf(
                        *f, fp, "vehicle", {"aqueous", "micellar", "oil", "alcohol", "cream"});
                    i.formulation.fatSoluble = r.boolean(*f, fp, "fat_soluble", false);
                    // The hard rule of R1: nothing oil- or alcohol-based is injected, and a
                    // fat-soluble substance only solubilised in water.
                    if (i.formulation.route == "injection" && i.formulation.vehicle != "aqueous" &&
                        i.formulation.vehicle != "micellar")
                        r.problem(fp + "/vehicle",
                                  "an injected ingredient must be aqueous or micellar, got \"" +
                                      i.formulation.vehicle +
                                      "\" (never inject oil- or alcohol-based substances, R1)");
                    else if (i.formulation.route == "injection" && i.formulation.fatSoluble &&
                             i.formulation.vehicle != "micellar")
                        r.problem(fp + "/vehicle",
                                  "a fat-soluble ingredient is injected only solubilised in water "
                                  "(\"micellar\"), got \"" +
                                      i.formulation.vehicle + "\" (R1)");
                }
                if (const auto *m = r.field(j, "session_max");
                    m && r.object(*m, p + "/session_max", {"ml!", "source!", "evidence!"})) {
                    SessionMaximum max;
                    max.ml = r.number(*m, p + "/session_max", "ml", 0.01, 1000);
                    sourcing(r, *m, p + "/session_max", max.sourcing);
                    i.sessionMax = max;
                }
                i.teratogenic = r.boolean(j, p, "teratogenic", false);
                i.offLabel = r.boolean(j, p, "off_label", false);
                sourceAndEvidence(r, j, p, i.source, i.evidence);
                m_catalog.ingredients.push_back(i);
            });
        } else if (file == "aftercare.json") {
            r.entries(doc, "", [&](const nlohmann::json &j, const std::string &p) {
                if (!r.object(j, p, {"id!", "name!", "when", "items!"}))
                    return;
                AftercareSet s;
                static_cast<Entry &>(s) = entry(r, j, p);
                s.beforeSession =
                    r.field(j, "when") && r.oneOf(j, p, "when", {"after", "before"}) == "before";
                const auto *items = r.field(j, "items");
                if (items && (!items->is_array() || items->empty()))
                    r.problem(p + "/items", "expected a non-empty array");
                else if (items) {
                    for (size_t k = 0; k < items->size(); ++k) {
                        const std::string ip = p + "/items/" + std::to_string(k);
                        if (!r.object((*items)[k], ip, {"text!", "source!", "evidence!"}))
                            continue;
                        AftercareItem item;
                        item.text = r.text((*items)[k], ip, "text");
                        sourceAndEvidence(r, (*items)[k], ip, item.source, item.evidence);
                        s.items.push_back(item);
                    }
                }
                m_catalog.aftercare.push_back(s);
            });
        } else if (file == "risks.json") {
            r.entries(doc, "", [&](const nlohmann::json &j, const std::string &p) {
                if (!r.object(j, p, {"id!", "text!", "serious!", "source!", "evidence!"}))
                    return;
                Risk k;
                k.id = r.id(j, p);
                k.text = r.text(j, p, "text");
                k.serious = r.boolean(j, p, "serious", false);
                sourceAndEvidence(r, j, p, k.source, k.evidence);
                m_catalog.risks.push_back(k);
            });
        } else if (file == "protocols.json") {
            r.entries(doc, "", [&](const nlohmann::json &j, const std::string &p) {
                readProtocol(r, j, p);
            });
        } else if (file == "spacing.json") {
            r.entries(doc, "", [&](const nlohmann::json &j, const std::string &p) {
                if (!r.object(j, p,
                              {"id!", "earlier!", "min_days!", "same_area!", "areas",
                               "protocol_interval", "message!", "source!", "evidence!"}))
                    return;
                SpacingRule s;
                s.id = r.id(j, p);
                s.earlier = r.strings(j, p, "earlier", true);
                if (s.earlier.empty() && j.contains("earlier"))
                    r.problem(p + "/earlier", "expected at least one treatment");
                refs(r, p + "/earlier", s.earlier, "treatment");
                s.minDays = r.integer(j, p, "min_days", 1, 3650);
                s.sameArea = r.boolean(j, p, "same_area", true);
                s.protocolInterval = r.boolean(j, p, "protocol_interval", false);
                s.areas = r.strings(j, p, "areas", true);
                refs(r, p + "/areas", s.areas, "area");
                s.message = r.text(j, p, "message");
                sourceAndEvidence(r, j, p, s.source, s.evidence);
                m_catalog.spacing.push_back(s);
            });
        } else if (file == "rules.json") {
            if (!r.object(doc, "", {"screening!", "plan!"}))
                return;
            r.entries(
                doc.value("screening", nlohmann::json::array()), "/screening",
                [&](const nlohmann::json &j, const std::string &p) { readScreeningRule(r, j, p); });
            r.entries(
                doc.value("plan", nlohmann::json::array()), "/plan",
                [&](const nlohmann::json &j, const std::string &p) { readPlanRule(r, j, p); });
        }
    }

    void readSimpleListAt(Reader &r, const nlohmann::json &list, const std::string &prefix,
                          std::vector<Entry> &out)
    {
        r.entries(list, prefix, [&](const nlohmann::json &j, const std::string &p) {
            if (r.object(j, p, {"id!", "name!"}))
                out.push_back(entry(r, j, p));
        });
    }

    void sourcing(Reader &r, const nlohmann::json &j, const std::string &p, Sourcing &out)
    {
        sourceAndEvidence(r, j, p, out.source, out.evidence);
    }

    // An interval object: days, min_days, tolerance_days with their source, plus `extra` keys.
    bool readInterval(Reader &r, const nlohmann::json &iv, const std::string &p,
                      std::vector<std::string> extra, Interval &out)
    {
        extra.insert(extra.end(),
                     {"days!", "min_days!", "tolerance_days!", "source!", "evidence!"});
        if (!r.object(iv, p, extra))
            return false;
        out.days = r.integer(iv, p, "days", 1, 365);
        out.minDays = r.integer(iv, p, "min_days", 1, 365);
        out.toleranceDays = r.integer(iv, p, "tolerance_days", 0, 365);
        sourcing(r, iv, p, out.sourcing);
        if (out.minDays > out.days)
            r.problem(p, "min_days " + std::to_string(out.minDays) + " is greater than days " +
                             std::to_string(out.days));
        if (out.toleranceDays > out.days)
            r.problem(p + "/tolerance_days", "expected at most the interval itself");
        return true;
    }

    void readRange(Reader &r, const nlohmann::json &j, const std::string &p, const std::string &key,
                   double min, double max, double &lo, double &hi)
    {
        const auto *v = r.field(j, key);
        if (!v)
            return;
        if (!v->is_array() || v->size() != 2 || !(*v)[0].is_number() || !(*v)[1].is_number()) {
            r.problem(p + "/" + key, "expected [min, max] in millimetres");
            return;
        }
        lo = (*v)[0].get<double>();
        hi = (*v)[1].get<double>();
        if (!(lo >= min && hi <= max))
            r.problem(p + "/" + key, "expected depths from " + js::numberToString(min) + " to " +
                                         js::numberToString(max) + " mm");
        if (lo > hi)
            r.problem(p + "/" + key, "min " + js::numberToString(lo) + " is greater than max " +
                                         js::numberToString(hi));
    }

    // Where a rule runs decides which facts it can read (docs/rules.md).
    enum class RuleKind
    {
        Patient,
        Area,
        Ingredient,
        Plan
    };

    Logic logic(Reader &r, const nlohmann::json &j, const std::string &p, const std::string &ruleId,
                RuleKind kind)
    {
        const auto *w = r.field(j, "when");
        if (!w)
            return {};
        try {
            Logic compiled = Logic::compile(*w, Logic::Mode::Strict);
            factRefs(r, *w, p + "/when", ruleId, kind);
            return compiled;
        } catch (const LogicError &e) {
            r.problem(p + "/when" + e.pointer(), "rule \"" + ruleId + "\": " + e.what());
        }
        return {};
    }

    // The facts a rule's `var`s name and the catalog ids it compares them with. A misspelt fact
    // or id would otherwise make a rule that silently never fires. Inside the body of an array
    // operator (map, filter, all, ...) `var` reads the element, so only the list is checked.
    void factRefs(Reader &r, const nlohmann::json &node, const std::string &pointer,
                  const std::string &ruleId, RuleKind kind)
    {
        if (node.is_array()) {
            for (size_t i = 0; i < node.size(); ++i)
                factRefs(r, node[i], pointer + "/" + std::to_string(i), ruleId, kind);
            return;
        }
        if (!node.is_object() || node.size() != 1)
            return;
        const std::string &op = node.begin().key();
        const nlohmann::json &args = node.begin().value();
        const std::string opPointer = pointer + "/" + escapePointerToken(op);
        if (op == "var") {
            const nlohmann::json &name = args.is_array() && !args.empty() ? args[0] : args;
            if (name.is_string())
                factPath(r, name.get<std::string>(), args.is_array() ? opPointer + "/0" : opPointer,
                         ruleId, kind);
            return;
        }
        const bool arrayOperator = op == "map" || op == "filter" || op == "reduce" || op == "all" ||
                                   op == "some" || op == "none";
        if (arrayOperator) {
            if (args.is_array() && !args.empty())
                factRefs(r, args[0], opPointer + "/0", ruleId, kind);
            return;
        }
        if (args.is_array() && args.size() == 2) {
            // {"in": ["id", {"var": "list"}]} and {"==": [{"var": "fact"}, "id"]} in either order.
            auto varName = [](const nlohmann::json &a) -> std::string {
                if (!a.is_object() || a.size() != 1 || !a.contains("var"))
                    return {};
                const nlohmann::json &v = a["var"];
                const nlohmann::json &n = v.is_array() && !v.empty() ? v[0] : v;
                return n.is_string() ? n.get<std::string>() : std::string();
            };
            static const std::map<std::string, std::string> listKinds = {
                {"conditions", "condition"},
                {"site_conditions", "site condition"},
                {"medications", "medication"},
                {"medication_classes", "medication class"},
                {"allergies", "allergen"},
                {"allergen_groups", "allergen group"},
                {"areas", "area"},
                {"indications", "indication"},
                {"ingredient.allergens", "allergen"}};
            static const std::map<std::string, std::string> scalarKinds = {
                {"area", "area"},
                {"ingredient.id", "ingredient"},
                {"request.area", "area"},
                {"request.indication", "indication"},
                {"protocol", "protocol"}};
            if (op == "in" && args[0].is_string()) {
                const auto it = listKinds.find(varName(args[1]));
                if (it != listKinds.end())
                    ref(r, opPointer + "/0", args[0].get<std::string>(), it->second);
            }
            if (op == "==" || op == "===" || op == "!=" || op == "!==") {
                for (int i = 0; i < 2; ++i) {
                    const auto it = scalarKinds.find(varName(args[i]));
                    if (it != scalarKinds.end() && args[1 - i].is_string())
                        ref(r, opPointer + "/" + std::to_string(1 - i),
                            args[1 - i].get<std::string>(), it->second);
                }
            }
        }
        factRefs(r, args, opPointer, ruleId, kind);
    }

    void factPath(Reader &r, const std::string &path, const std::string &pointer,
                  const std::string &ruleId, RuleKind kind)
    {
        const size_t dot = path.find('.');
        const std::string head = path.substr(0, dot);
        const std::string rest = dot == std::string::npos ? std::string() : path.substr(dot + 1);
        static const std::set<std::string> everywhere = {"age",
                                                         "sex",
                                                         "fitzpatrick",
                                                         "country",
                                                         "conditions",
                                                         "medications",
                                                         "medication_classes",
                                                         "stopped_medications",
                                                         "unknown_medications",
                                                         "allergies",
                                                         "allergen_groups",
                                                         "unknown_allergies",
                                                         "recent_treatments",
                                                         "days_since",
                                                         "requests",
                                                         "areas",
                                                         "indications",
                                                         "open_adverse_events"};
        static const std::map<std::string, RuleKind> scoped = {{"area", RuleKind::Area},
                                                               {"site_conditions", RuleKind::Area},
                                                               {"ingredient", RuleKind::Ingredient},
                                                               {"request", RuleKind::Plan},
                                                               {"protocol", RuleKind::Plan}};
        const auto it = scoped.find(head);
        if (!everywhere.count(head) && it == scoped.end()) {
            r.problem(pointer,
                      "rule \"" + ruleId + "\": unknown fact \"" + head + "\" (see docs/rules.md)");
            return;
        }
        if (it != scoped.end() && it->second != kind) {
            static const char *where[] = {"", "area-scoped rules", "ingredient-scoped rules",
                                          "plan rules"};
            r.problem(pointer, "rule \"" + ruleId + "\": the fact \"" + head +
                                   "\" exists only in " + where[static_cast<int>(it->second)]);
            return;
        }
        const std::string first = rest.substr(0, rest.find('.'));
        if (head == "days_since" && !first.empty())
            ref(r, pointer, first, "treatment");
        else if (head == "stopped_medications" && !first.empty())
            ref(r, pointer, first, "medication");
        else if (head == "ingredient" && !first.empty() && !kIngredientFacts.count(first))
            r.problem(pointer, "rule \"" + ruleId +
                                   "\": the ingredient fact has id, allergens, allergy, route, "
                                   "teratogenic and off_label, not \"" +
                                   first + "\"");
        else if (head == "request" && !first.empty() && first != "indication" && first != "area")
            r.problem(pointer, "rule \"" + ruleId +
                                   "\": the request fact has indication and area, not \"" + first +
                                   "\"");
    }

    void readScreeningRule(Reader &r, const nlohmann::json &j, const std::string &p)
    {
        if (!r.object(j, p,
                      {"id!", "severity!", "scope!", "areas", "ingredients", "when!", "message!",
                       "source!", "evidence!"}))
            return;
        ScreeningRule s;
        s.id = r.id(j, p);
        const std::string severity = r.oneOf(j, p, "severity", {"absolute", "relative", "caution"});
        s.severity = severity == "absolute"   ? Severity::Absolute
                     : severity == "relative" ? Severity::Relative
                                              : Severity::Caution;
        const std::string scope = r.oneOf(j, p, "scope", {"patient", "area", "ingredient"});
        s.scope = scope == "area"         ? Scope::Area
                  : scope == "ingredient" ? Scope::Ingredient
                                          : Scope::Patient;
        s.areas = r.strings(j, p, "areas", true);
        refs(r, p + "/areas", s.areas, "area");
        s.ingredients = r.strings(j, p, "ingredients", true);
        refs(r, p + "/ingredients", s.ingredients, "ingredient");
        if (!s.areas.empty() && s.scope != Scope::Area)
            r.problem(p + "/areas", "only an area-scoped rule can list areas");
        if (!s.ingredients.empty() && s.scope != Scope::Ingredient)
            r.problem(p + "/ingredients", "only an ingredient-scoped rule can list ingredients");
        s.when = logic(r, j, p, s.id,
                       s.scope == Scope::Area         ? RuleKind::Area
                       : s.scope == Scope::Ingredient ? RuleKind::Ingredient
                                                      : RuleKind::Patient);
        s.message = r.text(j, p, "message");
        placeholders(r, p + "/message", s.message);
        sourceAndEvidence(r, j, p, s.source, s.evidence);
        m_catalog.screeningRules.push_back(s);
    }

    // The placeholders a screening message may use (docs/catalog-format.md); a misspelt one would
    // be shown to the practitioner as it is.
    void placeholders(Reader &r, const std::string &p, const Text &message)
    {
        for (const auto &[lang, text] : message.translations) {
            for (size_t open = text.find('{'); open != std::string::npos;
                 open = text.find('{', open + 1)) {
                const size_t close = text.find('}', open);
                const std::string name = text.substr(
                    open + 1, close == std::string::npos ? std::string::npos : close - open - 1);
                const std::string where = p + "/" + lang;
                static const std::set<std::string> plain = {
                    "area", "ingredient", "unknown_medications", "unknown_allergies",
                    "open_adverse_events"};
                if (close == std::string::npos) {
                    r.problem(where, "a '{' without its '}'");
                    break;
                }
                if (plain.count(name))
                    continue;
                if (name.rfind("medications:", 0) == 0)
                    ref(r, where, name.substr(12), "medication class");
                else if (name.rfind("allergies:", 0) == 0)
                    ref(r, where, name.substr(10), "allergen group");
                else if (name.rfind("recorded:", 0) == 0)
                    ref(r, where, name.substr(9), "site condition");
                else
                    r.problem(
                        where,
                        "unknown placeholder {" + name +
                            "} (expected {area}, {ingredient}, "
                            "{unknown_medications}, {unknown_allergies}, {open_adverse_events}, "
                            "{medications:CLASS}, {allergies:GROUP} or {recorded:SITE_CONDITION})");
            }
        }
    }

    void readPlanRule(Reader &r, const nlohmann::json &j, const std::string &p)
    {
        if (!r.object(j, p,
                      {"id!", "when!", "protocols", "effect!", "message!", "source!", "evidence!"}))
            return;
        PlanRule s;
        s.id = r.id(j, p);
        s.when = logic(r, j, p, s.id, RuleKind::Plan);
        s.protocols = r.strings(j, p, "protocols", true);
        refs(r, p + "/protocols", s.protocols, "protocol");
        const auto *effect = r.field(j, "effect");
        const std::string ep = p + "/effect";
        if (effect && r.object(*effect, ep, {"sessions", "aftercare", "technique"})) {
            if (effect->empty())
                r.problem(ep, "an effect needs at least one of sessions, aftercare, technique");
            if (const auto *ses = r.field(*effect, "sessions")) {
                if (ses->is_string() && (*ses == "min" || *ses == "default" || *ses == "max")) {
                    s.effect.sessions = ses->get<std::string>();
                } else if (ses->is_object() && ses->size() == 1 && ses->contains("add") &&
                           (*ses)["add"].is_number_integer()) {
                    s.effect.sessions = "add";
                    s.effect.sessionsAdd = (*ses)["add"].get<int>();
                    if (std::abs(s.effect.sessionsAdd) > 20)
                        r.problem(ep + "/sessions/add", "expected a whole number from -20 to 20");
                } else {
                    r.problem(ep + "/sessions",
                              "expected \"min\", \"default\", \"max\" or {\"add\": n}");
                }
            }
            s.effect.aftercare = r.strings(*effect, ep, "aftercare", true);
            refs(r, ep + "/aftercare", s.effect.aftercare, "aftercare set");
            if (effect->contains("technique")) {
                s.effect.technique = r.id(*effect, ep, "technique");
                ref(r, ep + "/technique", s.effect.technique, "technique");
            }
        }
        s.message = r.text(j, p, "message");
        sourceAndEvidence(r, j, p, s.source, s.evidence);
        m_catalog.planRules.push_back(s);
    }

    void readProtocol(Reader &r, const nlohmann::json &j, const std::string &p)
    {
        if (!r.object(j, p, {"id!",       "name!",      "indications!",   "areas!",
                             "rank!",     "technique!", "depth_mm!",      "needle!",
                             "sessions!", "interval!",  "later_interval", "maintenance!",
                             "session!",  "price!",     "jurisdiction",   "equipment",
                             "cocktail!", "aftercare!", "preparation",    "risks",
                             "source!",   "evidence!"}))
            return;
        Protocol pr;
        static_cast<Entry &>(pr) = entry(r, j, p);
        pr.indications = r.strings(j, p, "indications", true);
        refs(r, p + "/indications", pr.indications, "indication");
        pr.areas = r.strings(j, p, "areas", true);
        refs(r, p + "/areas", pr.areas, "area");
        if (pr.indications.empty() && j.contains("indications"))
            r.problem(p + "/indications", "expected at least one indication");
        if (pr.areas.empty() && j.contains("areas"))
            r.problem(p + "/areas", "expected at least one area");
        pr.rank = r.integer(j, p, "rank", 1, 99);
        pr.technique = r.id(j, p, "technique");
        ref(r, p + "/technique", pr.technique, "technique");
        readRange(r, j, p, "depth_mm", 0, 20, pr.depthMin, pr.depthMax);
        m_depthChecks.push_back({r.file(), p, pr.technique, pr.depthMin, pr.depthMax});
        pr.needle = r.string(j, p, "needle");
        // Every number of a protocol carries its own source and evidence level.
        if (const auto *s = r.field(j, "sessions");
            s &&
            r.object(*s, p + "/sessions", {"min!", "default!", "max!", "source!", "evidence!"})) {
            pr.sessionsMin = r.integer(*s, p + "/sessions", "min", 1, 30);
            pr.sessionsDefault = r.integer(*s, p + "/sessions", "default", 1, 30);
            pr.sessionsMax = r.integer(*s, p + "/sessions", "max", 1, 30);
            sourcing(r, *s, p + "/sessions", pr.sessionsSourcing);
            if (pr.sessionsMin > pr.sessionsMax)
                r.problem(p + "/sessions", "min " + std::to_string(pr.sessionsMin) +
                                               " is greater than max " +
                                               std::to_string(pr.sessionsMax));
            else if (pr.sessionsDefault < pr.sessionsMin || pr.sessionsDefault > pr.sessionsMax)
                r.problem(p + "/sessions/default", "expected a default between min and max");
        }
        if (const auto *iv = r.field(j, "interval"))
            readInterval(r, *iv, p + "/interval", {}, pr.interval);
        if (const auto *later = r.field(j, "later_interval")) {
            IntervalPhase phase;
            if (readInterval(r, *later, p + "/later_interval", {"from_session!"}, phase)) {
                phase.fromSession = r.integer(*later, p + "/later_interval", "from_session", 2, 30);
                if (later->contains("from_session") && phase.fromSession > pr.sessionsMax)
                    r.problem(p + "/later_interval/from_session",
                              "expected a session of the course (at most " +
                                  std::to_string(pr.sessionsMax) + ")");
                pr.laterInterval = phase;
            }
        }
        auto sourcedNumber = [&](const char *key, const char *number, int min, int max, int &value,
                                 Sourcing &sourcing) {
            const auto *o = r.field(j, key);
            const std::string op = p + "/" + key;
            if (!o || !r.object(*o, op, {std::string(number) + "!", "source!", "evidence!"}))
                return;
            value = r.integer(*o, op, number, min, max);
            this->sourcing(r, *o, op, sourcing);
        };
        sourcedNumber("maintenance", "days", 0, 3650, pr.maintenanceDays, pr.maintenanceSourcing);
        sourcedNumber("session", "minutes", 5, 240, pr.sessionMinutes, pr.minutesSourcing);
        if (const auto *price = r.field(j, "price");
            price && r.object(*price, p + "/price", {"per_session!", "source!", "evidence!"})) {
            pr.priceCents = r.cents(*price, p + "/price", "per_session", 0, 100000,
                                    m_reading == CatalogReading::Import);
            sourcing(r, *price, p + "/price", pr.priceSourcing);
        }
        if (const auto *jur = r.field(j, "jurisdiction");
            jur && r.object(*jur, p + "/jurisdiction",
                            {"not_allowed_in", "only_in", "note!", "source!", "evidence!"})) {
            const std::string jp = p + "/jurisdiction";
            for (const auto &[key, list] : {std::pair<const char *, std::vector<std::string> *>{
                                                "not_allowed_in", &pr.jurisdiction.notAllowedIn},
                                            {"only_in", &pr.jurisdiction.onlyIn}}) {
                *list = r.strings(*jur, jp, key, false);
                for (size_t k = 0; k < list->size(); ++k) {
                    const std::string &code = (*list)[k];
                    if (code.size() != 2 || !std::isupper(static_cast<unsigned char>(code[0])) ||
                        !std::isupper(static_cast<unsigned char>(code[1])))
                        r.problem(
                            jp + "/" + key + "/" + std::to_string(k),
                            "expected an ISO 3166-1 alpha-2 country code such as \"FR\", got \"" +
                                code + "\"");
                }
            }
            if (!pr.jurisdiction.restricted())
                r.problem(jp, "expected not_allowed_in or only_in");
            pr.jurisdiction.note = r.text(*jur, jp, "note");
            sourcing(r, *jur, jp, pr.jurisdiction.sourcing);
        }
        pr.equipment = r.strings(j, p, "equipment", true);
        refs(r, p + "/equipment", pr.equipment, "equipment");
        const auto *cocktail = r.field(j, "cocktail");
        if (cocktail && (!cocktail->is_array() || cocktail->empty())) {
            r.problem(p + "/cocktail", "expected a non-empty array of cocktail lines");
        } else if (cocktail) {
            std::set<std::string> seen;
            for (size_t k = 0; k < cocktail->size(); ++k) {
                const auto &l = (*cocktail)[k];
                const std::string lp = p + "/cocktail/" + std::to_string(k);
                if (!r.object(l, lp,
                              {"ingredient!", "amount!", "volume_ml!", "essential!", "source!",
                               "evidence!"}))
                    continue;
                CocktailLine line;
                line.ingredient = r.id(l, lp, "ingredient");
                ref(r, lp + "/ingredient", line.ingredient, "ingredient");
                if (!line.ingredient.empty() && !seen.insert(line.ingredient).second)
                    r.problem(lp + "/ingredient", "\"" + line.ingredient + "\" is listed twice");
                line.amount = r.textOrString(l, lp, "amount");
                line.volumeMl = r.number(l, lp, "volume_ml", 0, 50);
                line.essential = r.boolean(l, lp, "essential", false);
                sourcing(r, l, lp, line.sourcing);
                pr.cocktail.push_back(line);
            }
        }
        pr.aftercare = r.strings(j, p, "aftercare", true);
        refs(r, p + "/aftercare", pr.aftercare, "aftercare set");
        pr.preparation = r.strings(j, p, "preparation", true);
        refs(r, p + "/preparation", pr.preparation, "preparation set");
        pr.risks = r.strings(j, p, "risks", true);
        refs(r, p + "/risks", pr.risks, "risk");
        sourceAndEvidence(r, j, p, pr.source, pr.evidence);
        m_catalog.protocols.push_back(pr);
    }

    // Checks references and cross-file constraints once every file has been read.
    void finish(const std::set<std::string> &unreadable)
    {
        // A catalog that declares a language has it for every text the user sees: a French
        // clinic never meets an English text in a French screen or document.
        const std::vector<std::string> required =
            m_reading == CatalogReading::Import ? m_catalog.languages : std::vector<std::string>{};
        for (const std::string &lang : required) {
            for (const Reader::TextSeen &t : m_texts) {
                if (lang != "en" &&
                    std::find(t.languages.begin(), t.languages.end(), lang) == t.languages.end())
                    m_problems.push_back({t.file, t.pointer + "/" + lang,
                                          "no \"" + lang + "\" text, and catalog.json declares \"" +
                                              lang + "\" among its languages"});
            }
        }
        // Kinds defined by a file that could not be parsed are not checked: every reference to
        // them would be reported as unknown, hiding the real problem.
        static const std::map<std::string, std::string> kindFile = {
            {"source", "sources.json"},
            {"area", "areas.json"},
            {"indication", "indications.json"},
            {"treatment", "treatments.json"},
            {"technique", "techniques.json"},
            {"allergen group", "allergens.json"},
            {"medication class", "medications.json"},
            {"ingredient", "ingredients.json"},
            {"aftercare set", "aftercare.json"},
            {"preparation set", "aftercare.json"},
            {"risk", "risks.json"},
            {"protocol", "protocols.json"},
            {"allergen", "allergens.json"},
            {"condition", "conditions.json"},
            {"site condition", "site_conditions.json"},
            {"medication", "medications.json"},
            {"equipment", "catalog.json"}};
        auto checkable = [&](const std::string &kind) {
            const auto it = kindFile.find(kind);
            if (kind == "allergen" && unreadable.count("ingredients.json"))
                return false;
            if (kind == "equipment" && !m_declaresEquipment)
                return false; // named by their ids: catalogs before equipment names

            return it == kindFile.end() || !unreadable.count(it->second);
        };
        std::map<std::string, std::set<std::string>> known;
        auto add = [&](const std::string &kind, const auto &list) {
            for (const auto &e : list)
                known[kind].insert(e.id);
        };
        add("source", m_catalog.sources);
        add("area", m_catalog.areas);
        add("indication", m_catalog.indications);
        add("treatment", m_catalog.treatments);
        add("technique", m_catalog.techniques);
        add("allergen group", m_catalog.allergenGroups);
        add("medication class", m_catalog.medicationClasses);
        add("ingredient", m_catalog.ingredients);
        // Instructions for after a session and for before one are both sets of aftercare.json
        // (`when`); a protocol's aftercare names the first kind, its preparation the second.
        for (const AftercareSet &set : m_catalog.aftercare)
            known[set.beforeSession ? "preparation set" : "aftercare set"].insert(set.id);
        add("risk", m_catalog.risks);
        add("protocol", m_catalog.protocols);
        add("condition", m_catalog.conditions);
        add("site condition", m_catalog.siteConditions);
        add("medication", m_catalog.medications);
        add("equipment", m_catalog.equipment);
        known["allergen"] = known["allergen group"];
        add("allergen", m_catalog.allergens);
        add("allergen", m_catalog.ingredients);
        for (const auto &ref : m_refs) {
            if (checkable(ref.kind) && !known[ref.kind].count(ref.id))
                m_problems.push_back(
                    {ref.file, ref.pointer, "unknown " + ref.kind + " \"" + ref.id + "\""});
        }
        for (const auto &g : m_catalog.allergenGroups) {
            if (Catalog::findIn(m_catalog.allergens, g.id))
                m_problems.push_back({"allergens.json", "/groups",
                                      "group id \"" + g.id + "\" is also an allergen id"});
        }
        for (const auto &d : m_depthChecks) {
            const Technique *t = Catalog::findIn(m_catalog.techniques, d.technique);
            if (t && !unreadable.count("techniques.json") &&
                (d.lo < t->depthMin || d.hi > t->depthMax))
                m_problems.push_back({d.file, d.pointer + "/depth_mm",
                                      "depth " + js::numberToString(d.lo) + "-" +
                                          js::numberToString(d.hi) +
                                          " mm lies outside technique \"" + t->id + "\" (" +
                                          js::numberToString(t->depthMin) + "-" +
                                          js::numberToString(t->depthMax) + " mm)"});
        }
        for (const std::string required : {"unrecognised_medication", "unrecognised_allergy"}) {
            if (!unreadable.count("rules.json") &&
                !Catalog::findIn(m_catalog.screeningRules, required))
                m_problems.push_back(
                    {"rules.json", "/screening",
                     "the rule \"" + required + "\" is required (unknown names must be flagged)"});
        }
        if (!unreadable.count("areas.json"))
            areaClosure();
        if (!unreadable.count("allergens.json") && !unreadable.count("ingredients.json"))
            allergenOrigins();
        if (!unreadable.count("ingredients.json") && !unreadable.count("protocols.json"))
            injectedCocktails();
        // Names (in every language, and aliases, folded as the engine matches them) must not
        // make a medication or an allergy ambiguous.
        std::map<std::string, std::string> names;
        auto name = [&](const std::string &file, const std::string &pointer,
                        const std::string &text, const std::string &id) {
            const auto [it, fresh] = names.emplace(normaliseName(text), id);
            if (!fresh && it->second != id)
                m_problems.push_back(
                    {file, pointer, "name \"" + text + "\" also names \"" + it->second + "\""});
        };
        auto named = [&](const std::string &file, const std::string &prefix, const auto &list) {
            for (size_t i = 0; i < list.size(); ++i) {
                const auto &e = list[i];
                const std::string pointer = prefix + "/" + std::to_string(i);
                name(file, pointer, e.id, e.id);
                for (const auto &[lang, text] : e.name.translations)
                    name(file, pointer + "/name/" + lang, text, e.id);
                for (size_t k = 0; k < e.aliases.size(); ++k)
                    name(file, pointer + "/aliases/" + std::to_string(k), e.aliases[k], e.id);
            }
        };
        named("medications.json", "/medications", m_catalog.medications);
        names.clear();
        named("allergens.json", "/groups", m_catalog.allergenGroups);
        named("allergens.json", "/allergens", m_catalog.allergens);
    }

    // Checks that `within` has no cycle and records, for every area, every area containing it.
    void areaClosure()
    {
        for (size_t i = 0; i < m_catalog.areas.size(); ++i) {
            Area &a = m_catalog.areas[i];
            std::vector<std::string> pending = a.within;
            while (!pending.empty()) {
                const std::string id = pending.back();
                pending.pop_back();
                if (id == a.id) {
                    m_problems.push_back({"areas.json", "/" + std::to_string(i) + "/within",
                                          "\"" + a.id + "\" ends up within itself"});
                    break;
                }
                if (std::find(a.enclosing.begin(), a.enclosing.end(), id) != a.enclosing.end())
                    continue;
                a.enclosing.push_back(id);
                if (const Area *outer = Catalog::findIn(m_catalog.areas, id))
                    pending.insert(pending.end(), outer->within.begin(), outer->within.end());
            }
            std::sort(a.enclosing.begin(), a.enclosing.end());
        }
    }

    // An allergen that every ingredient of an origin carries (gram-positive bacterial protein in
    // anything made by bacterial fermentation) must be listed on each such ingredient.
    void allergenOrigins()
    {
        for (const auto &a : m_catalog.allergens) {
            for (size_t i = 0; i < m_catalog.ingredients.size(); ++i) {
                const Ingredient &ing = m_catalog.ingredients[i];
                if (ing.origin.empty() ||
                    std::find(a.origins.begin(), a.origins.end(), ing.origin) == a.origins.end())
                    continue;
                if (std::find(ing.allergens.begin(), ing.allergens.end(), a.id) ==
                    ing.allergens.end())
                    m_problems.push_back({"ingredients.json",
                                          "/" + std::to_string(i) + "/allergens",
                                          "an ingredient of origin \"" + ing.origin +
                                              "\" carries the allergen \"" + a.id + "\": list it"});
            }
        }
    }

    // A protocol injects something: a cocktail of topical products only is not mesotherapy.
    void injectedCocktails()
    {
        for (size_t i = 0; i < m_catalog.protocols.size(); ++i) {
            const Protocol &p = m_catalog.protocols[i];
            const bool injects =
                std::any_of(p.cocktail.begin(), p.cocktail.end(), [this](const CocktailLine &l) {
                    const Ingredient *ing = Catalog::findIn(m_catalog.ingredients, l.ingredient);
                    return !ing || ing->formulation.route == "injection";
                });
            if (!injects && !p.cocktail.empty())
                m_problems.push_back({"protocols.json", "/" + std::to_string(i) + "/cocktail",
                                      "expected at least one injected ingredient"});
        }
    }

    Catalog take() { return std::move(m_catalog); }

private:
    struct DepthCheck
    {
        std::string file, pointer, technique;
        double lo, hi;
    };
    std::vector<CatalogProblem> &m_problems;
    CatalogReading m_reading;
    std::vector<Reader::TextSeen> m_texts;
    std::vector<Reference> m_refs;
    std::vector<DepthCheck> m_depthChecks;
    bool m_declaresEquipment = false; // catalog.json names the equipment: protocols must use it
    Catalog m_catalog;
};

} // namespace

CatalogParseResult parseCatalog(const std::map<std::string, std::string> &files,
                                CatalogReading reading)
{
    CatalogParseResult result;
    CatalogBuilder builder(result.problems, reading);
    Catalog canonical;
    std::set<std::string> unreadable;
    for (const auto &[name, text] : files) {
        if (std::find(catalogFileNames().begin(), catalogFileNames().end(), name) ==
            catalogFileNames().end())
            result.problems.push_back(
                {name, "",
                 "not a catalog file (expected one of the files of docs/catalog-format.md)"});
    }
    for (const auto &name : catalogFileNames()) {
        const auto it = files.find(name);
        if (it == files.end()) {
            result.problems.push_back({name, "", "file is missing"});
            unreadable.insert(name);
            continue;
        }
        nlohmann::json doc;
        std::string error;
        if (!parseJsonText(it->second, doc, error)) {
            result.problems.push_back({name, "", "invalid JSON: " + error});
            unreadable.insert(name);
            continue;
        }
        builder.read(name, doc);
        canonical.files[name] = std::move(doc);
    }
    builder.finish(unreadable);
    if (!result.problems.empty())
        return result;
    Catalog catalog = builder.take();
    catalog.files = std::move(canonical.files);
    catalog.version = sha256Hex(nlohmann::json(catalog.files).dump());
    result.catalog = std::move(catalog);
    return result;
}

} // namespace meso::core
